/*
 * Moving file data: read/write and their vector and positioned forms,
 * lseek, sendfile, copy_file_range, splice/tee/vmsplice, and the sync,
 * readahead and advice calls. iovec, loff_t and the RWF_ and SPLICE_F_
 * flags have the same layout and values on the 64-bit guests and x86-64:
 * buffers are checked, then handed to the host kernel as they are.
 *
 * Whatever can wait on a pipe, socket, terminal or FIFO goes through
 * safe_syscall() so a guest signal ends the wait (safe-syscall.h); its
 * result, -MIMIC_ERESTARTSYS included, is returned unchanged for
 * do_syscall() to restart or fail with EINTR. safe_syscall() reads every
 * argument as a long, so int arguments are widened explicitly.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "linux-user/safe-syscall.h"
#include "syscall/iovec.h"
#include "syscall/util.h"

/* A file descriptor argument, widened for safe_syscall(). */
static inline long fd_arg(uint64_t v)
{
    return arg_int(v);
}

int64_t sys_read(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user(a[1], a[2], true);
    if (!buf && a[2]) {
        return -EFAULT;
    }
    return safe_syscall(SYS_read, fd_arg(a[0]), buf, (long)a[2]);
}

int64_t sys_write(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user(a[1], a[2], false);
    if (!buf && a[2]) {
        return -EFAULT;
    }
    return safe_syscall(SYS_write, fd_arg(a[0]), buf, (long)a[2]);
}

int64_t sys_pread64(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user(a[1], a[2], true);
    if (!buf && a[2]) {
        return -EFAULT;
    }
    return safe_syscall(SYS_pread64, fd_arg(a[0]), buf, (long)a[2], (long)a[3]);
}

int64_t sys_pwrite64(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user(a[1], a[2], false);
    if (!buf && a[2]) {
        return -EFAULT;
    }
    return safe_syscall(SYS_pwrite64, fd_arg(a[0]), buf, (long)a[2],
                        (long)a[3]);
}

int64_t lock_iovec(uint64_t addr, uint64_t count, bool write,
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

/* The vector calls: nr with (fd, iov, count) and up to three more raw
 * arguments (position low/high, RWF_ flags). */
static int64_t do_rwv(long nr, const uint64_t *a, bool is_read, int extra)
{
    struct iovec *iov;
    int64_t r = lock_iovec(a[1], a[2], is_read, &iov);
    if (r < 0) {
        return r;
    }
    long x[3] = {0, 0, 0};
    for (int i = 0; i < extra; i++) {
        x[i] = (long)a[3 + i];
    }
    r = safe_syscall(nr, fd_arg(a[0]), iov, (long)a[2], x[0], x[1], x[2]);
    free(iov);
    return r;
}

int64_t sys_readv(CPUCommon *cpu, const uint64_t *a)
{
    return do_rwv(SYS_readv, a, true, 0);
}

int64_t sys_writev(CPUCommon *cpu, const uint64_t *a)
{
    return do_rwv(SYS_writev, a, false, 0);
}

/* preadv/pwritev take the position as (low, high) words; on a 64-bit
 * kernel the low word is all of it and both kernels ignore the high one. */
int64_t sys_preadv(CPUCommon *cpu, const uint64_t *a)
{
    return do_rwv(SYS_preadv, a, true, 2);
}

int64_t sys_pwritev(CPUCommon *cpu, const uint64_t *a)
{
    return do_rwv(SYS_pwritev, a, false, 2);
}

int64_t sys_preadv2(CPUCommon *cpu, const uint64_t *a)
{
    return do_rwv(SYS_preadv2, a, true, 3);
}

int64_t sys_pwritev2(CPUCommon *cpu, const uint64_t *a)
{
    return do_rwv(SYS_pwritev2, a, false, 3);
}

int64_t sys_lseek(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(lseek(arg_int(a[0]), (off_t)a[1], arg_int(a[2])));
}

int64_t sys_sendfile(CPUCommon *cpu, const uint64_t *a)
{
    off_t *off = lock_user_opt(a[2], sizeof(off_t), true);
    if (off == GUEST_EFAULT) {
        return -EFAULT;
    }
    return safe_syscall(SYS_sendfile, fd_arg(a[0]), fd_arg(a[1]), off,
                        (long)a[3]);
}

int64_t sys_copy_file_range(CPUCommon *cpu, const uint64_t *a)
{
    off_t *in = lock_user_opt(a[1], sizeof(off_t), true);
    off_t *out = lock_user_opt(a[3], sizeof(off_t), true);
    if (in == GUEST_EFAULT || out == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_copy_file_range, arg_int(a[0]), in,
                            arg_int(a[2]), out, (size_t)a[4], (unsigned)a[5]));
}

int64_t sys_splice(CPUCommon *cpu, const uint64_t *a)
{
    loff_t *in = lock_user_opt(a[1], sizeof(loff_t), true);
    loff_t *out = lock_user_opt(a[3], sizeof(loff_t), true);
    if (in == GUEST_EFAULT || out == GUEST_EFAULT) {
        return -EFAULT;
    }
    return safe_syscall(SYS_splice, fd_arg(a[0]), in, fd_arg(a[2]), out,
                        (long)a[4], (long)(unsigned)a[5]);
}

int64_t sys_tee(CPUCommon *cpu, const uint64_t *a)
{
    return safe_syscall(SYS_tee, fd_arg(a[0]), fd_arg(a[1]), (long)a[2],
                        (long)(unsigned)a[3]);
}

int64_t sys_vmsplice(CPUCommon *cpu, const uint64_t *a)
{
    /* Into a pipe's write end the kernel reads guest memory; from its read
     * end it fills it. */
    int fl = fcntl(arg_int(a[0]), F_GETFL);
    if (fl < 0) {
        return -errno;
    }
    struct iovec *iov;
    int64_t r = lock_iovec(a[1], a[2], (fl & O_ACCMODE) == O_RDONLY, &iov);
    if (r < 0) {
        return r;
    }
    r = safe_syscall(SYS_vmsplice, fd_arg(a[0]), iov, (long)a[2],
                     (long)(unsigned)a[3]);
    free(iov);
    return r;
}

int64_t sys_readahead(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(
        syscall(SYS_readahead, arg_int(a[0]), (off_t)a[1], (size_t)a[2]));
}

int64_t sys_fadvise64(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_fadvise64, arg_int(a[0]), (off_t)a[1],
                            (off_t)a[2], arg_int(a[3])));
}

int64_t sys_sync_file_range(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_sync_file_range, arg_int(a[0]), (off_t)a[1],
                            (off_t)a[2], (unsigned)a[3]));
}

int64_t sys_sync(CPUCommon *cpu, const uint64_t *a)
{
    sync();
    return 0;
}

int64_t sys_syncfs(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syncfs(arg_int(a[0])));
}

int64_t sys_fsync(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(fsync(arg_int(a[0])));
}

int64_t sys_fdatasync(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(fdatasync(arg_int(a[0])));
}
