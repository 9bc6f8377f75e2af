/*
 * Guest path resolution (see path.h): the sysroot as a chroot that falls
 * back to the host.
 *
 * An absolute guest path is walked component by component below the
 * sysroot. A symbolic link met on the way is followed inside the sysroot:
 * an absolute target restarts at the sysroot, ".." stops at it. If every
 * component exists there, the result is the sysroot path; otherwise the
 * guest path is used on the host unchanged. So /lib/libc.so.6 comes from the
 * sysroot while /tmp, /home or /etc/passwd (absent from a cross sysroot)
 * are the host's.
 *
 * The returned path has every directory resolved, so the host kernel meets
 * no symbolic link except maybe the last component. That one is left in
 * place when the kernel, following it, would end where the chroot walk ends
 * (a relative target that stays inside): readlink and lstat then see the
 * link itself. A link the kernel would follow out of the sysroot (an
 * absolute target, or ".." past the root) is replaced by its resolution,
 * except for the _nofollow variant, which never follows the last component.
 *
 * Speed: dynamic program startup opens dozens of paths, mostly in a few
 * directories. The resolution of each directory (or "not in the sysroot")
 * is cached, so a path costs one lstat() of its last component, and a path
 * under a directory the sysroot lacks costs none. The cache is a hash table
 * under a mutex (guest threads resolve concurrently; the mutex is taken
 * around fork so a child never inherits it locked). Entries may go stale if
 * the sysroot changes under a running program; the cache is dropped when it
 * grows past CACHE_MAX.
 */
#define _GNU_SOURCE
#include "linux-user/path.h"

#include <errno.h>
#include <glib.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "linux-user/mmap.h"
#include "translator/guest.h"

#define CACHE_MAX 4096
#define MAX_LINKS 40 /* Linux's MAXSYMLINKS */

static char *sysroot; /* canonical, no trailing slash; NULL: none */
static size_t sysroot_len;

static GHashTable *dir_cache; /* guest dir → host dir, or ABSENT */
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static char absent_marker;
#define ABSENT (&absent_marker)

static void cache_lock_fork(void)
{
    pthread_mutex_lock(&cache_lock);
}

static void cache_unlock_fork(void)
{
    pthread_mutex_unlock(&cache_lock);
}

static void cache_free_value(gpointer v)
{
    if (v != ABSENT) {
        g_free(v);
    }
}

void path_init(const char *prefix)
{
    free(sysroot);
    sysroot = NULL;
    sysroot_len = 0;
    if (!prefix) {
        prefix = guest_arch->default_sysroot;
    }
    char *real = prefix ? realpath(prefix, NULL) : NULL;
    struct stat st;
    if (real &&
        (!strcmp(real, "/") || stat(real, &st) < 0 || !S_ISDIR(st.st_mode))) {
        free(real); /* "/" is no sysroot at all */
        real = NULL;
    }
    sysroot = real;
    sysroot_len = real ? strlen(real) : 0;
    if (!dir_cache) {
        dir_cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                          cache_free_value);
        pthread_atfork(cache_lock_fork, cache_unlock_fork, cache_unlock_fork);
    } else {
        g_hash_table_remove_all(dir_cache);
    }
}

const char *path_sysroot(void)
{
    return sysroot;
}

/*
 * Walk `path` (relative to the sysroot's root) starting from the host
 * directory already in out[0..olen) (the sysroot itself or below it),
 * following links chroot-style. On success out holds the host path and
 * 0 is returned; *escapes tells whether a link met while following the
 * last component leads somewhere the host kernel would not go.
 */
static int walk(const char *path, bool follow_last, char *out, size_t olen,
                bool *escapes)
{
    char rest[PATH_MAX], link[PATH_MAX];
    int links = 0;
    bool in_last = false;
    size_t n = strlen(path);
    if (n >= sizeof(rest)) {
        return -ENAMETOOLONG;
    }
    memcpy(rest, path, n + 1);
    *escapes = false;
    out[olen] = 0;
    for (char *p = rest;;) {
        while (*p == '/') {
            p++;
        }
        if (!*p) {
            return 0;
        }
        char *end = strchrnul(p, '/');
        size_t len = end - p;
        const char *next = end;
        while (*next == '/') {
            next++;
        }
        bool last = !*next;
        if (len == 1 && p[0] == '.') {
            p = end;
            continue;
        }
        if (len == 2 && p[0] == '.' && p[1] == '.') {
            if (olen > sysroot_len) {
                while (out[--olen] != '/') {
                }
                out[olen] = 0;
            } else if (in_last) {
                *escapes = true; /* the host would climb out of the root */
            }
            p = end;
            continue;
        }
        if (olen + 1 + len >= PATH_MAX) {
            return -ENAMETOOLONG;
        }
        out[olen] = '/';
        memcpy(out + olen + 1, p, len);
        out[olen + 1 + len] = 0;
        struct stat st;
        if (lstat(out, &st) < 0) {
            out[olen] = 0;
            return -errno;
        }
        if (!S_ISLNK(st.st_mode) || (last && !follow_last && !*end)) {
            olen += 1 + len;
            p = end;
            continue;
        }
        if (++links > MAX_LINKS) {
            return -ELOOP;
        }
        ssize_t ln = readlink(out, link, sizeof(link));
        out[olen] = 0;
        if (ln <= 0 || ln >= (ssize_t)sizeof(link)) {
            return ln < 0 ? -errno : -ENOENT;
        }
        in_last |= last;
        if (link[0] == '/') {
            *escapes |= in_last;
            olen = sysroot_len;
            out[olen] = 0;
        }
        /* rest = link target + what followed the link */
        size_t tail = strlen(end);
        if (ln + tail >= sizeof(rest)) {
            return -ENAMETOOLONG;
        }
        memmove(rest + ln, end, tail + 1);
        memcpy(rest, link, ln);
        p = rest;
    }
}

/* Full walk of an absolute guest path; returns the host path or NULL. */
static const char *resolve_full(const char *guest_path, bool follow_last,
                                PathBuf *pb)
{
    bool escapes;
    memcpy(pb->buf, sysroot, sysroot_len);
    if (walk(guest_path, follow_last, pb->buf, sysroot_len, &escapes) < 0 ||
        strlen(pb->buf) == sysroot_len) {
        return NULL; /* absent, or the root itself (see resolve) */
    }
    size_t n = strlen(pb->buf);
    if (guest_path[strlen(guest_path) - 1] == '/' && n + 1 < PATH_MAX) {
        memcpy(pb->buf + n, "/", 2); /* keep "must be a directory" */
    }
    return pb->buf;
}

/* The host directory for guest directory `dir` (absolute, len bytes), into
 * out; false if it is not in the sysroot. Cached. */
static bool resolve_dir(const char *dir, size_t len, char *out)
{
    char key[PATH_MAX];
    memcpy(key, dir, len);
    key[len] = 0;

    pthread_mutex_lock(&cache_lock);
    const char *hit = g_hash_table_lookup(dir_cache, key);
    if (hit) {
        bool found = hit != ABSENT;
        if (found) {
            strcpy(out, hit);
        }
        pthread_mutex_unlock(&cache_lock);
        return found;
    }
    pthread_mutex_unlock(&cache_lock);

    bool escapes;
    memcpy(out, sysroot, sysroot_len);
    bool found = walk(key, true, out, sysroot_len, &escapes) == 0;
    if (found) {
        struct stat st;
        found = stat(out, &st) == 0 && S_ISDIR(st.st_mode);
    }
    pthread_mutex_lock(&cache_lock);
    if (g_hash_table_size(dir_cache) >= CACHE_MAX) {
        g_hash_table_remove_all(dir_cache);
    }
    g_hash_table_replace(dir_cache, g_strdup(key),
                         found ? g_strdup(out) : ABSENT);
    pthread_mutex_unlock(&cache_lock);
    return found;
}

/* Kernel file systems are always the host's: a rootfs sysroot has empty
 * /proc, /sys and /dev directories that would otherwise hide them. */
static bool host_only(const char *p)
{
    static const char *const dirs[] = {"/proc", "/sys", "/dev"};
    for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
        size_t n = strlen(dirs[i]);
        if (!strncmp(p, dirs[i], n) && (p[n] == '/' || !p[n])) {
            return true;
        }
    }
    return false;
}

static const char *resolve(const char *guest_path, bool follow_last,
                           PathBuf *pb)
{
    if (!sysroot || guest_path[0] != '/' || host_only(guest_path) ||
        strnlen(guest_path, PATH_MAX) == PATH_MAX) {
        return guest_path; /* (too long: the host says ENAMETOOLONG) */
    }
    const char *slash = strrchr(guest_path, '/');
    const char *base = slash + 1;
    size_t blen = strlen(base);
    /* "/", a trailing slash, "." or "..": rare, walk it all. The sysroot's
     * own root is not used for "/" so that listing / shows the host's. */
    if (!blen ||
        (base[0] == '.' && (blen == 1 || (blen == 2 && base[1] == '.')))) {
        const char *r = resolve_full(guest_path, true, pb);
        return r ? r : guest_path;
    }
    char *out = pb->buf;
    if (slash == guest_path) {
        memcpy(out, sysroot, sysroot_len + 1);
    } else if (!resolve_dir(guest_path, slash - guest_path, out)) {
        return guest_path;
    }
    size_t dlen = strlen(out);
    if (dlen + 1 + blen >= PATH_MAX) {
        return guest_path;
    }
    out[dlen] = '/';
    memcpy(out + dlen + 1, base, blen + 1);
    struct stat st;
    if (lstat(out, &st) < 0) {
        return guest_path;
    }
    if (!S_ISLNK(st.st_mode) || !follow_last) {
        return out;
    }
    /* A link: keep it unless following it would leave the sysroot. */
    char full[PATH_MAX];
    bool escapes;
    memcpy(full, out, dlen);
    if (walk(base, true, full, dlen, &escapes) < 0) {
        return escapes ? guest_path : out; /* dangling inside: the link */
    }
    if (escapes) {
        strcpy(out, full);
    }
    return out;
}

const char *path_resolve(const char *guest_path, PathBuf *pb)
{
    return resolve(guest_path, true, pb);
}

const char *path_resolve_nofollow(const char *guest_path, PathBuf *pb)
{
    return resolve(guest_path, false, pb);
}

const char *user_path(uint64_t addr, PathBuf *pb)
{
    const char *p = lock_user_string(addr);
    return p ? path_resolve(p, pb) : NULL;
}

const char *user_path_nofollow(uint64_t addr, PathBuf *pb)
{
    const char *p = lock_user_string(addr);
    return p ? path_resolve_nofollow(p, pb) : NULL;
}

bool path_to_guest(const char *host_path, char *out, size_t size)
{
    if (!sysroot || strncmp(host_path, sysroot, sysroot_len) ||
        (host_path[sysroot_len] != '/' && host_path[sysroot_len])) {
        return false;
    }
    const char *rest = host_path[sysroot_len] ? host_path + sysroot_len : "/";
    size_t n = strlen(rest);
    if (n >= size) {
        return false;
    }
    memcpy(out, rest, n + 1);
    return true;
}
