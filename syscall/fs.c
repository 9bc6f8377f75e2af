/*
 * File and directory syscalls. Structures here (iovec, linux_dirent64,
 * flock, loff_t, timespec) have the same layout for the 64-bit asm-generic
 * guests as on x86-64 and are passed through once their guest memory is
 * checked. open() flags go through the ABI table.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "linux-user/user.h"
#include "syscall/abi.h"
#include "syscall/util.h"

/* The guest path argument, or NULL for -EFAULT. */
static inline const char *gpath(uint64_t addr)
{
    return lock_user_string(addr);
}

int64_t sys_openat(CPUCommon *cpu, const uint64_t *a)
{
    const char *path = gpath(a[1]);
    if (!path) {
        return -EFAULT;
    }
    return host_ret(openat(arg_int(a[0]), path,
                           (int)open_flags_to_host((uint32_t)a[2]),
                           (mode_t)a[3]));
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

int64_t sys_read(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user(a[1], a[2], true);
    if (!buf) {
        return -EFAULT;
    }
    return host_ret(read(arg_int(a[0]), buf, a[2]));
}

int64_t sys_write(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user(a[1], a[2], false);
    if (!buf) {
        return -EFAULT;
    }
    return host_ret(write(arg_int(a[0]), buf, a[2]));
}

int64_t sys_pread64(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user(a[1], a[2], true);
    if (!buf) {
        return -EFAULT;
    }
    return host_ret(pread(arg_int(a[0]), buf, a[2], (off_t)a[3]));
}

int64_t sys_pwrite64(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user(a[1], a[2], false);
    if (!buf) {
        return -EFAULT;
    }
    return host_ret(pwrite(arg_int(a[0]), buf, a[2], (off_t)a[3]));
}

/* Guest iovec array → host iovecs with checked buffers. */
static int64_t lock_iovec(uint64_t addr, uint64_t count, bool write,
                          struct iovec **out)
{
    if (count > IOV_MAX) {
        return -EINVAL;
    }
    const uint64_t *giov = lock_user(addr, count * 16, false);
    if (!giov && count) {
        return -EFAULT;
    }
    struct iovec *iov = calloc(count ? count : 1, sizeof(*iov));
    if (!iov) {
        return -ENOMEM;
    }
    for (uint64_t i = 0; i < count; i++) {
        uint64_t base = giov[2 * i], len = giov[2 * i + 1];
        if ((int64_t)len < 0) {
            free(iov);
            return -EINVAL;
        }
        if (!guest_access_ok(base, len, write)) {
            free(iov);
            return -EFAULT;
        }
        iov[i].iov_base = g2h(base);
        iov[i].iov_len = len;
    }
    *out = iov;
    return 0;
}

static int64_t do_rwv(const uint64_t *a, bool is_read)
{
    struct iovec *iov;
    int64_t r = lock_iovec(a[1], a[2], is_read, &iov);
    if (r < 0) {
        return r;
    }
    r = is_read ? readv(arg_int(a[0]), iov, (int)a[2])
                : writev(arg_int(a[0]), iov, (int)a[2]);
    r = host_ret(r);
    free(iov);
    return r;
}

int64_t sys_readv(CPUCommon *cpu, const uint64_t *a)
{
    return do_rwv(a, true);
}

int64_t sys_writev(CPUCommon *cpu, const uint64_t *a)
{
    return do_rwv(a, false);
}

int64_t sys_lseek(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(lseek(arg_int(a[0]), (off_t)a[1], arg_int(a[2])));
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

/* readlink of /proc/self/exe must name the guest program, not mimic. */
static bool is_proc_self_exe(const char *path)
{
    char mine[64];
    snprintf(mine, sizeof(mine), "/proc/%d/exe", getpid());
    return !strcmp(path, "/proc/self/exe") || !strcmp(path, mine);
}

int64_t sys_readlinkat(CPUCommon *cpu, const uint64_t *a)
{
    const char *path = gpath(a[1]);
    int64_t len = (int64_t)a[3];
    if (!path) {
        return -EFAULT;
    }
    if (len <= 0) {
        return -EINVAL;
    }
    char *buf = lock_user(a[2], len, true);
    if (!buf) {
        return -EFAULT;
    }
    if (is_proc_self_exe(path) && user_exe) {
        char real[PATH_MAX];
        if (!realpath(user_exe, real)) {
            return -errno;
        }
        size_t n = strlen(real);
        n = n < (size_t)len ? n : (size_t)len;
        memcpy(buf, real, n);
        return n;
    }
    return host_ret(readlinkat(arg_int(a[0]), path, buf, len));
}

int64_t sys_faccessat(CPUCommon *cpu, const uint64_t *a)
{
    const char *path = gpath(a[1]);
    return path ? host_ret(faccessat(arg_int(a[0]), path, arg_int(a[2]), 0))
                : -EFAULT;
}

int64_t sys_faccessat2(CPUCommon *cpu, const uint64_t *a)
{
    const char *path = gpath(a[1]);
    return path ? host_ret(syscall(SYS_faccessat2, arg_int(a[0]), path,
                                   arg_int(a[2]), arg_int(a[3])))
                : -EFAULT;
}

int64_t sys_fcntl(CPUCommon *cpu, const uint64_t *a)
{
    int fd = arg_int(a[0]), cmd = arg_int(a[1]);
    switch (cmd) {
    case F_GETFL: {
        /* The host kernel forces O_LARGEFILE (0100000) on every open; a
         * 64-bit guest's libc does not know the flag, and the reference
         * emulator does not report it. */
        int r = fcntl(fd, F_GETFL);
        return r < 0 ? -errno
                     : (int64_t)open_flags_to_guest((uint32_t)r & ~0100000u);
    }
    case F_SETFL:
        return host_ret(
            fcntl(fd, F_SETFL, (int)open_flags_to_host((uint32_t)a[2])));
    case F_GETLK:
    case F_SETLK:
    case F_SETLKW:
    case F_OFD_GETLK:
    case F_OFD_SETLK:
    case F_OFD_SETLKW: {
        /* struct flock: same 32-byte layout. */
        void *p = lock_user(a[2], sizeof(struct flock),
                            cmd == F_GETLK || cmd == F_OFD_GETLK);
        return p ? host_ret(fcntl(fd, cmd, p)) : -EFAULT;
    }
    case F_GETOWN_EX:
    case F_SETOWN_EX: {
        void *p =
            lock_user(a[2], sizeof(struct f_owner_ex), cmd == F_GETOWN_EX);
        return p ? host_ret(fcntl(fd, cmd, p)) : -EFAULT;
    }
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
    case F_GETFD:
    case F_SETFD:
    case F_GETOWN:
    case F_SETOWN:
    case F_GETSIG:
    case F_SETSIG:
    case F_GETLEASE:
    case F_SETLEASE:
    case F_NOTIFY:
    case F_GETPIPE_SZ:
    case F_SETPIPE_SZ:
    case F_ADD_SEALS:
    case F_GET_SEALS:
        return host_ret(fcntl(fd, cmd, (long)a[2]));
    default:
        return -EINVAL;
    }
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
    const char *path = gpath(a[0]);
    return path ? host_ret(chdir(path)) : -EFAULT;
}

int64_t sys_fchdir(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(fchdir(arg_int(a[0])));
}

int64_t sys_mkdirat(CPUCommon *cpu, const uint64_t *a)
{
    const char *path = gpath(a[1]);
    return path ? host_ret(mkdirat(arg_int(a[0]), path, (mode_t)a[2]))
                : -EFAULT;
}

int64_t sys_unlinkat(CPUCommon *cpu, const uint64_t *a)
{
    const char *path = gpath(a[1]);
    return path ? host_ret(unlinkat(arg_int(a[0]), path, arg_int(a[2])))
                : -EFAULT;
}

int64_t sys_renameat2(CPUCommon *cpu, const uint64_t *a)
{
    const char *from = gpath(a[1]), *to = gpath(a[3]);
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
    const char *target = gpath(a[0]), *path = gpath(a[2]);
    if (!target || !path) {
        return -EFAULT;
    }
    return host_ret(symlinkat(target, arg_int(a[1]), path));
}

int64_t sys_linkat(CPUCommon *cpu, const uint64_t *a)
{
    const char *from = gpath(a[1]), *to = gpath(a[3]);
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
    const char *path = gpath(a[0]);
    return path ? host_ret(truncate(path, (off_t)a[1])) : -EFAULT;
}

int64_t sys_fchmod(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(fchmod(arg_int(a[0]), (mode_t)a[1]));
}

int64_t sys_fchmodat(CPUCommon *cpu, const uint64_t *a)
{
    const char *path = gpath(a[1]);
    return path ? host_ret(
                      syscall(SYS_fchmodat, arg_int(a[0]), path, (mode_t)a[2]))
                : -EFAULT;
}

int64_t sys_fchownat(CPUCommon *cpu, const uint64_t *a)
{
    const char *path = gpath(a[1]);
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

int64_t sys_sync(CPUCommon *cpu, const uint64_t *a)
{
    sync();
    return 0;
}

int64_t sys_fsync(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(fsync(arg_int(a[0])));
}

int64_t sys_fdatasync(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(fdatasync(arg_int(a[0])));
}

int64_t sys_utimensat(CPUCommon *cpu, const uint64_t *a)
{
    const char *path = NULL;
    if (a[1] && !(path = gpath(a[1]))) {
        return -EFAULT;
    }
    void *times = lock_user_opt(a[2], 2 * sizeof(struct timespec), false);
    if (times == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(
        syscall(SYS_utimensat, arg_int(a[0]), path, times, arg_int(a[3])));
}

int64_t sys_sendfile(CPUCommon *cpu, const uint64_t *a)
{
    off_t *off = lock_user_opt(a[2], sizeof(off_t), true);
    if (off == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(sendfile(arg_int(a[0]), arg_int(a[1]), off, a[3]));
}

int64_t sys_copy_file_range(CPUCommon *cpu, const uint64_t *a)
{
    off_t *in = lock_user_opt(a[1], sizeof(off_t), true);
    off_t *out = lock_user_opt(a[3], sizeof(off_t), true);
    if (in == GUEST_EFAULT || out == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(copy_file_range(arg_int(a[0]), in, arg_int(a[2]), out, a[4],
                                    (unsigned)a[5]));
}

int64_t sys_flock(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(flock(arg_int(a[0]), arg_int(a[1])));
}

int64_t sys_fadvise64(CPUCommon *cpu, const uint64_t *a)
{
    return -posix_fadvise(arg_int(a[0]), (off_t)a[1], (off_t)a[2],
                          arg_int(a[3]));
}

int64_t sys_fallocate(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(
        fallocate(arg_int(a[0]), arg_int(a[1]), (off_t)a[2], (off_t)a[3]));
}

int64_t sys_memfd_create(CPUCommon *cpu, const uint64_t *a)
{
    const char *name = gpath(a[0]);
    return name ? host_ret(memfd_create(name, (unsigned)a[1])) : -EFAULT;
}

int64_t sys_eventfd2(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_eventfd2, (unsigned)a[0], arg_int(a[1])));
}
