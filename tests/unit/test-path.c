/*
 * Sysroot path resolution (linux-user/path.c) on a sysroot built in a
 * temporary directory: files and directories inside it, absolute and
 * relative links (a link's ".." stops at the sysroot's root), final links
 * kept or resolved, the nofollow variants, the host fallback, /proc always
 * the host's, path_to_guest, and the same answers again from the cache.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "linux-user/path.h"

static int failures;
static char root[] = "/tmp/mimic-test-path-XXXXXX";

static void check(bool ok, const char *name)
{
    printf("%s %s\n", ok ? "PASS" : "FAIL", name);
    if (!ok) {
        failures++;
    }
}

/* path_resolve(guest) is root + want, or guest itself when want is NULL. */
static void expect(const char *name, const char *guest, const char *want,
                   bool nofollow)
{
    PathBuf pb;
    char full[PATH_MAX];
    const char *got =
        nofollow ? path_resolve_nofollow(guest, &pb) : path_resolve(guest, &pb);
    if (want) {
        snprintf(full, sizeof(full), "%s%s", path_sysroot(), want);
    }
    bool ok = want ? !strcmp(got, full) : got == guest;
    if (!ok) {
        printf("  %s -> %s\n", guest, got);
    }
    check(ok, name);
}

static void touch(const char *rel)
{
    char p[PATH_MAX];
    snprintf(p, sizeof(p), "%s%s", root, rel);
    FILE *f = fopen(p, "w");
    if (f) {
        fclose(f);
    }
}

static void link_at(const char *target, const char *rel)
{
    char p[PATH_MAX];
    snprintf(p, sizeof(p), "%s%s", root, rel);
    if (symlink(target, p) < 0) {
        perror(p);
    }
}

static void make_dir(const char *rel)
{
    char p[PATH_MAX];
    snprintf(p, sizeof(p), "%s%s", root, rel);
    mkdir(p, 0755);
}

static void build_sysroot(void)
{
    make_dir("/lib");
    make_dir("/real");
    make_dir("/real/sub");
    touch("/lib/libc.so.6");
    touch("/real/file");
    touch("/real/sub/deep");
    link_at("/real", "/lib/abs-dir");          /* absolute, to a directory */
    link_at("/real/file", "/lib/abs-file");    /* absolute, final */
    link_at("libc.so.6", "/lib/rel-file");     /* relative, stays inside */
    link_at("../../../../../real", "/lib/up"); /* ".." past the root */
    link_at("/nowhere", "/lib/dangling-abs");  /* absolute, missing */
    link_at("loop2", "/lib/loop1");
    link_at("loop1", "/lib/loop2");
}

static void run_cases(const char *pass)
{
    char name[128];
#define CASE(n, guest, want, nofollow)                                         \
    (snprintf(name, sizeof(name), "%s %s", pass, n),                           \
     expect(name, guest, want, nofollow))
    CASE("file in sysroot", "/lib/libc.so.6", "/lib/libc.so.6", false);
    CASE("double slashes", "//lib//libc.so.6", "/lib/libc.so.6", false);
    CASE("dot and dotdot", "/lib/./../lib/libc.so.6", "/lib/libc.so.6", false);
    CASE("absolute dir link", "/lib/abs-dir/file", "/real/file", false);
    CASE("absolute dir link twice", "/lib/abs-dir/sub/deep", "/real/sub/deep",
         false);
    CASE("final absolute link followed", "/lib/abs-file", "/real/file", false);
    CASE("final absolute link nofollow", "/lib/abs-file", "/lib/abs-file",
         true);
    CASE("final relative link kept", "/lib/rel-file", "/lib/rel-file", false);
    CASE("dotdot stops at the root", "/lib/up/file", "/real/file", false);
    CASE("dotdot in path stops at the root", "/../../lib/libc.so.6",
         "/lib/libc.so.6", false);
    CASE("directory", "/lib", "/lib", false);
    CASE("trailing slash", "/lib/abs-dir/", "/real/", false);
    CASE("missing file: host", "/lib/missing", NULL, false);
    CASE("missing dir: host", "/tmp/x/y", NULL, false);
    CASE("dangling absolute link: host", "/lib/dangling-abs", NULL, false);
    CASE("dangling link nofollow", "/lib/dangling-abs", "/lib/dangling-abs",
         true);
    CASE("link loop kept", "/lib/loop1", "/lib/loop1", false);
    CASE("relative path: as is", "lib/libc.so.6", NULL, false);
    CASE("root: host", "/", NULL, false);
    CASE("/proc: host", "/proc/self/maps", NULL, false);
#undef CASE
}

int main(void)
{
    if (!mkdtemp(root)) {
        perror("mkdtemp");
        return 1;
    }
    build_sysroot();
    path_init(root);
    check(path_sysroot() && !strcmp(path_sysroot(), root), "sysroot set");
    run_cases("first");
    run_cases("cached");

    char g[PATH_MAX], h[PATH_MAX];
    snprintf(h, sizeof(h), "%s/lib/libc.so.6", root);
    check(path_to_guest(h, g, sizeof(g)) && !strcmp(g, "/lib/libc.so.6"),
          "path_to_guest inside");
    check(path_to_guest(root, g, sizeof(g)) && !strcmp(g, "/"),
          "path_to_guest root");
    check(!path_to_guest("/etc/passwd", g, sizeof(g)), "path_to_guest outside");

    path_init("/");
    PathBuf pb;
    check(!path_sysroot() &&
              !strcmp(path_resolve("/lib/libc.so.6", &pb), "/lib/libc.so.6"),
          "sysroot / is none");

    char cmd[PATH_MAX + 16];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", root);
    if (system(cmd) != 0) {
        perror(cmd);
    }
    return failures != 0;
}
