/*
 * Files and directories by name: open/close/dup/pipe, the *at family
 * (mkdir, mknod, unlink, rename, link, symlink, readlink, access, chmod,
 * chown, utimensat), truncate, cwd, umask, fallocate, memfd. Every guest
 * path goes through user_path() (linux-user/path.h: sysroot and /proc);
 * a symlink's target is stored as the guest wrote it. linux_dirent64 and
 * timespec have the same layout on the 64-bit guests and x86-64; open()
 * flags go through the ABI table.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/path.h"
#include "linux-user/proc.h"
#include "linux-user/safe-syscall.h"
#include "linux-user/user.h"
#include "syscall/abi.h"
#include "syscall/util.h"

/* The guest path at addr; with nofollow a final symbolic link is the
 * object itself and is not resolved (path.h). */
static const char *at_path(uint64_t addr, bool nofollow, PathBuf *pb)
{
    return nofollow ? user_path_nofollow(addr, pb) : user_path(addr, pb);
}

/* open() names the link itself with O_NOFOLLOW, and O_CREAT|O_EXCL never
 * follows one. */
static bool open_nofollow(uint32_t host_flags)
{
    return (host_flags & O_NOFOLLOW) ||
           (host_flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL);
}

int64_t sys_openat(CPUCommon *cpu, const uint64_t *a)
{
    /* /proc files that describe the guest (linux-user/proc.h) */
    const char *gp = lock_user_string(a[1]);
    int64_t r = gp ? proc_open(gp, (int)open_flags_to_host((uint32_t)a[2]),
                               (mode_t)a[3])
                   : -EFAULT;
    if (r != PROC_PASS) {
        return r;
    }
    PathBuf pb;
    uint32_t hflags = open_flags_to_host((uint32_t)a[2]);
    const char *path = at_path(a[1], open_nofollow(hflags), &pb);
    if (!path) {
        return -EFAULT;
    }
    /* Opening a FIFO waits for the other end. */
    return safe_syscall(SYS_openat, (long)arg_int(a[0]), path, (long)hflags,
                        (long)(mode_t)a[3]);
}

/* struct open_how: flags, mode, resolve (u64 each), possibly followed by
 * fields of a newer kernel that must be zero. */
#define OPEN_HOW_SIZE 24

int64_t sys_openat2(CPUCommon *cpu, const uint64_t *a)
{
    uint64_t how[3];
    uint64_t size = a[3];
    if (size < OPEN_HOW_SIZE) {
        return -EINVAL;
    }
    if (size > 4096) {
        return -E2BIG;
    }
    const uint8_t *g = lock_user(a[2], size, false);
    if (!g) {
        return -EFAULT;
    }
    for (uint64_t i = OPEN_HOW_SIZE; i < size; i++) {
        if (g[i]) {
            return -E2BIG;
        }
    }
    memcpy(how, g, sizeof(how));
    if (how[0] >> 32) {
        return -EINVAL;
    }
    how[0] = open_flags_to_host((uint32_t)how[0]);
    PathBuf pb;
    const char *path = at_path(a[1], open_nofollow(how[0]), &pb);
    if (!path) {
        return -EFAULT;
    }
    return safe_syscall(SYS_openat2, (long)arg_int(a[0]), path, how,
                        (long)sizeof(how));
}

int64_t sys_close(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(close(arg_int(a[0])));
}

int64_t sys_close_range(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_close_range, (unsigned)a[0], (unsigned)a[1],
                            (unsigned)a[2]));
}

int64_t sys_getdents64(CPUCommon *cpu, const uint64_t *a)
{
    /* struct linux_dirent64 is the same everywhere. */
    void *buf = lock_user(a[1], a[2], true);
    if (!buf) {
        return -EFAULT;
    }
    return host_ret(
        syscall(SYS_getdents64, arg_int(a[0]), buf, (unsigned)a[2]));
}

int64_t sys_readlinkat(CPUCommon *cpu, const uint64_t *a)
{
    const char *gp = lock_user_string(a[1]);
    int64_t len = (int64_t)a[3];
    if (!gp) {
        return -EFAULT;
    }
    if (len <= 0) {
        return -EINVAL;
    }
    char *buf = lock_user(a[2], len, true);
    if (!buf) {
        return -EFAULT;
    }
    /* /proc/self/exe names the guest program (linux-user/proc.h) */
    int64_t r = proc_readlink(gp, buf, len);
    if (r != PROC_PASS) {
        return r;
    }
    PathBuf pb;
    const char *path = path_resolve_nofollow(gp, &pb);
    return host_ret(readlinkat(arg_int(a[0]), path, buf, len));
}

int64_t sys_faccessat(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pb;
    const char *path = user_path(a[1], &pb);
    return path ? host_ret(syscall(SYS_faccessat, arg_int(a[0]), path,
                                   arg_int(a[2])))
                : -EFAULT;
}

int64_t sys_faccessat2(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pb;
    const char *path = at_path(a[1], arg_int(a[3]) & AT_SYMLINK_NOFOLLOW, &pb);
    return path ? host_ret(syscall(SYS_faccessat2, arg_int(a[0]), path,
                                   arg_int(a[2]), arg_int(a[3])))
                : -EFAULT;
}

int64_t sys_dup(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(dup(arg_int(a[0])));
}

int64_t sys_dup3(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(dup3(arg_int(a[0]), arg_int(a[1]),
                         (int)open_flags_to_host((uint32_t)a[2])));
}

int64_t sys_pipe2(CPUCommon *cpu, const uint64_t *a)
{
    int fds[2];
    if (!guest_access_ok(a[0], sizeof(fds), true)) {
        return -EFAULT;
    }
    if (pipe2(fds, (int)open_flags_to_host((uint32_t)a[1])) < 0) {
        return -errno;
    }
    memcpy(g2h(a[0]), fds, sizeof(fds));
    return 0;
}

int64_t sys_getcwd(CPUCommon *cpu, const uint64_t *a)
{
    char *buf = lock_user(a[0], a[1], true);
    if (!buf) {
        return -EFAULT;
    }
    /* The raw syscall returns the length including the NUL. */
    return host_ret(syscall(SYS_getcwd, buf, a[1]));
}

int64_t sys_chdir(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pb;
    const char *path = user_path(a[0], &pb);
    return path ? host_ret(chdir(path)) : -EFAULT;
}

int64_t sys_fchdir(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(fchdir(arg_int(a[0])));
}

int64_t sys_mkdirat(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pb;
    const char *path = user_path_nofollow(a[1], &pb);
    return path ? host_ret(mkdirat(arg_int(a[0]), path, (mode_t)a[2]))
                : -EFAULT;
}

int64_t sys_mknodat(CPUCommon *cpu, const uint64_t *a)
{
    /* dev is the kernel's 32-bit encoding on every 64-bit port. */
    PathBuf pb;
    const char *path = user_path_nofollow(a[1], &pb);
    return path ? host_ret(syscall(SYS_mknodat, arg_int(a[0]), path,
                                   (mode_t)a[2], (unsigned)a[3]))
                : -EFAULT;
}

int64_t sys_unlinkat(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pb;
    const char *path = user_path_nofollow(a[1], &pb);
    return path ? host_ret(unlinkat(arg_int(a[0]), path, arg_int(a[2])))
                : -EFAULT;
}

int64_t sys_renameat2(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pf, pt;
    const char *from = user_path_nofollow(a[1], &pf);
    const char *to = user_path_nofollow(a[3], &pt);
    if (!from || !to) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_renameat2, arg_int(a[0]), from, arg_int(a[2]),
                            to, (unsigned)a[4]));
}

int64_t sys_renameat(CPUCommon *cpu, const uint64_t *a)
{
    const uint64_t b[5] = {a[0], a[1], a[2], a[3], 0};
    return sys_renameat2(cpu, b);
}

int64_t sys_symlinkat(CPUCommon *cpu, const uint64_t *a)
{
    /* The target is the link's contents, not a name to look up now. */
    PathBuf pb;
    const char *target = lock_user_string(a[0]);
    const char *path = user_path_nofollow(a[2], &pb);
    if (!target || !path) {
        return -EFAULT;
    }
    return host_ret(symlinkat(target, arg_int(a[1]), path));
}

int64_t sys_linkat(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pf, pt;
    const char *from = at_path(a[1], !(arg_int(a[4]) & AT_SYMLINK_FOLLOW), &pf);
    const char *to = user_path_nofollow(a[3], &pt);
    if (!from || !to) {
        return -EFAULT;
    }
    return host_ret(
        linkat(arg_int(a[0]), from, arg_int(a[2]), to, arg_int(a[4])));
}

int64_t sys_ftruncate(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(ftruncate(arg_int(a[0]), (off_t)a[1]));
}

int64_t sys_truncate(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pb;
    const char *path = user_path(a[0], &pb);
    return path ? host_ret(truncate(path, (off_t)a[1])) : -EFAULT;
}

int64_t sys_fchmod(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(fchmod(arg_int(a[0]), (mode_t)a[1]));
}

int64_t sys_fchmodat(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pb;
    const char *path = user_path(a[1], &pb);
    return path ? host_ret(
                      syscall(SYS_fchmodat, arg_int(a[0]), path, (mode_t)a[2]))
                : -EFAULT;
}

int64_t sys_fchownat(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pb;
    const char *path = at_path(a[1], arg_int(a[4]) & AT_SYMLINK_NOFOLLOW, &pb);
    return path ? host_ret(fchownat(arg_int(a[0]), path, (uid_t)a[2],
                                    (gid_t)a[3], arg_int(a[4])))
                : -EFAULT;
}

int64_t sys_fchown(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(fchown(arg_int(a[0]), (uid_t)a[1], (gid_t)a[2]));
}

int64_t sys_umask(CPUCommon *cpu, const uint64_t *a)
{
    return umask((mode_t)a[0]);
}

int64_t sys_utimensat(CPUCommon *cpu, const uint64_t *a)
{
    /* A NULL path (futimens) names the descriptor itself. */
    PathBuf pb;
    const char *path = NULL;
    if (a[1] &&
        !(path = at_path(a[1], arg_int(a[3]) & AT_SYMLINK_NOFOLLOW, &pb))) {
        return -EFAULT;
    }
    void *times = lock_user_opt(a[2], 2 * sizeof(struct timespec), false);
    if (times == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(
        syscall(SYS_utimensat, arg_int(a[0]), path, times, arg_int(a[3])));
}

int64_t sys_fallocate(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(
        fallocate(arg_int(a[0]), arg_int(a[1]), (off_t)a[2], (off_t)a[3]));
}

int64_t sys_memfd_create(CPUCommon *cpu, const uint64_t *a)
{
    /* A name for /proc/self/fd, not a path. */
    const char *name = lock_user_string(a[0]);
    return name ? host_ret(memfd_create(name, (unsigned)a[1])) : -EFAULT;
}
