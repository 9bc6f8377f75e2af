/*
 * execve for the guest (see execve.h).
 *
 * Everything is decided before the point of no return: the host execve is
 * the only step that can replace the process, so a failure anywhere leaves
 * the guest running with an error code, as on hardware.
 *
 * mimic re-runs itself through /proc/self/exe, so it holds no descriptor
 * the guest could see; without /proc (a bare chroot) binfmt_misc is the
 * way left (exec_emulated).
 */
#define _GNU_SOURCE
#include "linux-user/execve.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "linux-user/path.h"
#include "linux-user/proc.h"
#include "linux-user/user.h"
#include "translator/guest.h"

#define BINPRM_BUF_SIZE 256

static const char *self_argv0 = "mimic";
static char *const *inherited_opts;
static int n_inherited_opts;
static char self_path[PATH_MAX];

void execve_init(const char *argv0, int nopts, char *const *opts)
{
    self_argv0 = argv0 ? argv0 : "mimic";
    n_inherited_opts = nopts;
    inherited_opts = opts;
    ssize_t n = readlink("/proc/self/exe", self_path, sizeof(self_path) - 1);
    self_path[n > 0 ? n : 0] = 0;
}

/* Let the kernel execute the host file `host` with args (args[0] is
 * argv[0]); returns -errno, leaving args as they were. */
static int exec_host(const char *host, GPtrArray *args, char *const *envp)
{
    g_ptr_array_add(args, NULL);
    fflush(NULL); /* the log */
    execve(host, (char *const *)args->pdata, envp);
    int r = -errno;
    g_ptr_array_remove_index(args, args->len - 1);
    return r;
}

/* Execute mimic itself; returns -errno. */
static int exec_self(char *const *argv, char *const *envp)
{
    fflush(NULL); /* the log */
    /* /proc/self/exe is this very binary even when its path is gone or
     * outside a chroot; the path read at startup is the fallback. */
    execve("/proc/self/exe", argv, envp);
    if (self_path[0]) {
        execve(self_path, argv, envp);
    }
    return -errno;
}

/* What a "#!" line asks for: the interpreter and at most one argument
 * (the rest of the line, as Linux takes it). Both point into buf, which
 * has room for a NUL after its n bytes. */
static int parse_shebang(char *buf, size_t n, char **interp, char **arg)
{
    char *end = memchr(buf, '\n', n);
    bool cut = !end && n == BINPRM_BUF_SIZE; /* a longer first line */
    if (!end) {
        end = buf + n;
    }
    *end = 0;
    char *p = buf + 2;
    while (*p == ' ' || *p == '\t') {
        p++;
    }
    if (!*p) {
        return -ENOEXEC;
    }
    *interp = p;
    while (*p && *p != ' ' && *p != '\t') {
        p++;
    }
    if (!*p && cut) {
        return -ENOEXEC; /* the name itself may be cut off */
    }
    *arg = NULL;
    if (*p) {
        *p++ = 0;
        while (*p == ' ' || *p == '\t') {
            p++;
        }
        char *e = p + strlen(p);
        while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) {
            *--e = 0;
        }
        *arg = *p ? p : NULL;
    }
    return 0;
}

/* Read the first bytes of an executable file the way execve checks it. */
static ssize_t read_header(const char *host, char *buf, size_t size)
{
    struct stat st;
    if (stat(host, &st) < 0) {
        return -errno;
    }
    if (!S_ISREG(st.st_mode)) {
        return -EACCES;
    }
    if (faccessat(AT_FDCWD, host, X_OK, AT_EACCESS) < 0) {
        return -errno;
    }
    int fd = open(host, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return -errno;
    }
    ssize_t n = pread(fd, buf, size, 0);
    int e = errno;
    close(fd);
    return n < 0 ? -e : n;
}

/* Is buf an ELF header? Then 1 for the guest's machine, 0 for another
 * (the host's, say), -ENOEXEC for one the guest's kernel would refuse. */
static int elf_kind(const char *buf, ssize_t n)
{
    if (n < (ssize_t)sizeof(Elf64_Ehdr) || memcmp(buf, ELFMAG, SELFMAG)) {
        return 0;
    }
    Elf64_Ehdr eh;
    memcpy(&eh, buf, sizeof(eh));
    if (eh.e_machine != guest_arch->elf_machine) {
        return 0;
    }
    if (eh.e_ident[EI_CLASS] != ELFCLASS64 ||
        (eh.e_type != ET_EXEC && eh.e_type != ET_DYN)) {
        return -ENOEXEC;
    }
    return 1;
}

/* Run mimic on the guest program `file` with args (args[0] is its argv[0]).
 * The program is named as the guest names it: the new mimic resolves it
 * through the same sysroot. */
static int exec_emulated(const char *file, const char *host, GPtrArray *args,
                         char *const *envp)
{
    struct stat st;
    if (stat(host, &st) == 0 && (st.st_mode & (S_ISUID | S_ISGID))) {
        /* Re-running mimic would drop the program's set-user-ID: the kernel
         * applies it only to the program itself, and binfmt_misc's C flag
         * carries it to the emulator. Without binfmt_misc this is ENOEXEC
         * and mimic runs it unprivileged, below. */
        exec_host(host, args, envp);
    }
    GPtrArray *v = g_ptr_array_new();
    g_ptr_array_add(v, (char *)self_argv0);
    for (int i = 0; i < n_inherited_opts; i++) {
        g_ptr_array_add(v, inherited_opts[i]);
    }
    g_ptr_array_add(v, "-0");
    g_ptr_array_add(v, args->len ? g_ptr_array_index(args, 0) : "");
    g_ptr_array_add(v, "--");
    g_ptr_array_add(v, (char *)file);
    for (unsigned i = 1; i < args->len; i++) {
        g_ptr_array_add(v, g_ptr_array_index(args, i));
    }
    g_ptr_array_add(v, NULL);
    int r = exec_self((char *const *)v->pdata, envp);
    g_ptr_array_free(v, TRUE);
    /* mimic cannot reach its own binary (say, a chroot without a usable
     * /proc, entered through binfmt_misc): let the kernel start the
     * program, which works when binfmt_misc knows the architecture. */
    exec_host(host, args, envp);
    return r;
}

/* Decide how to run `file` (a guest path) with args, and do it. */
static int exec_file(const char *file, GPtrArray *args, char *const *envp,
                     int depth)
{
    PathBuf pb;
    const char *host = proc_exe_path(file);
    if (host) {
        file = user_exe; /* a path the new mimic resolves to the same file */
    } else {
        host = path_resolve(file, &pb);
    }
    char buf[BINPRM_BUF_SIZE + 1];
    ssize_t n = read_header(host, buf, BINPRM_BUF_SIZE);
    if (n < 0) {
        return (int)n;
    }
    int kind = elf_kind(buf, n);
    if (kind < 0) {
        return kind;
    }
    if (kind) {
        return exec_emulated(file, host, args, envp);
    }
    if (n >= 2 && buf[0] == '#' && buf[1] == '!') {
        char *interp, *arg;
        if (depth >= EXEC_MAX_DEPTH) {
            return -ELOOP;
        }
        int r = parse_shebang(buf, n, &interp, &arg);
        if (r < 0) {
            return r;
        }
        /* interpreter [arg] file argv[1..] */
        GPtrArray *v = g_ptr_array_new();
        g_ptr_array_add(v, interp);
        if (arg) {
            g_ptr_array_add(v, arg);
        }
        g_ptr_array_add(v, (char *)file);
        for (unsigned i = 1; i < args->len; i++) {
            g_ptr_array_add(v, g_ptr_array_index(args, i));
        }
        r = exec_file(interp, v, envp, depth + 1);
        g_ptr_array_free(v, TRUE);
        return r;
    }
    /* The host's to run (or to refuse with ENOEXEC). */
    return exec_host(host, args, envp);
}

/* The guest's name for what execveat(dirfd, path, AT_EMPTY_PATH?) runs.
 * *fd_flags: the descriptor flags to put back if the exec fails, or -1. */
static int exec_name(int dirfd, const char *path, int flags, char *out,
                     int *fd_flags)
{
    *fd_flags = -1;
    if (!*path) {
        if (!(flags & AT_EMPTY_PATH)) {
            return -ENOENT;
        }
        /* The new mimic opens the file by its descriptor, which must
         * survive the exec (Linux has the same limit for scripts). */
        int fl = fcntl(dirfd, F_GETFD);
        if (fl < 0 || fcntl(dirfd, F_SETFD, fl & ~FD_CLOEXEC) < 0) {
            return -EBADF;
        }
        *fd_flags = fl;
        snprintf(out, PATH_MAX, "/dev/fd/%d", dirfd);
        return 0;
    }
    if (path[0] == '/' || dirfd == AT_FDCWD) {
        snprintf(out, PATH_MAX, "%s", path);
        return 0;
    }
    char link[32], dir[PATH_MAX], guest[PATH_MAX];
    snprintf(link, sizeof(link), "/proc/self/fd/%d", dirfd);
    ssize_t n = readlink(link, dir, sizeof(dir) - 1);
    if (n < 0) {
        return -EBADF;
    }
    dir[n] = 0;
    const char *d = path_to_guest(dir, guest, sizeof(guest)) ? guest : dir;
    if (snprintf(out, PATH_MAX, "%s/%s", d, path) >= PATH_MAX) {
        return -ENAMETOOLONG;
    }
    return 0;
}

int execve_guest(int dirfd, const char *path, char *const *argv,
                 char *const *envp, int flags)
{
    if (flags & ~(AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW)) {
        return -EINVAL;
    }
    char file[PATH_MAX];
    int fd_flags;
    int r = exec_name(dirfd, path, flags, file, &fd_flags);
    if (r < 0) {
        return r;
    }
    PathBuf pb;
    struct stat st;
    if ((flags & AT_SYMLINK_NOFOLLOW) &&
        lstat(path_resolve_nofollow(file, &pb), &st) == 0 &&
        S_ISLNK(st.st_mode)) {
        r = -ELOOP;
    } else {
        GPtrArray *args = g_ptr_array_new();
        for (size_t i = 0; argv && argv[i]; i++) {
            g_ptr_array_add(args, argv[i]);
        }
        r = exec_file(file, args, envp, 0);
        g_ptr_array_free(args, TRUE);
    }
    if (fd_flags >= 0) {
        fcntl(dirfd, F_SETFD, fd_flags);
    }
    return r;
}
