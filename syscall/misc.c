/*
 * Everything else: randomness, futexes, polling, barriers, rseq, and the
 * riscv64 arch-specific calls.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <poll.h>
#include <sys/random.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "syscall/util.h"

int64_t sys_getrandom(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user(a[0], a[1], true);
    return buf ? host_ret(getrandom(buf, a[1], (unsigned)a[2])) : -EFAULT;
}

int64_t sys_rseq(CPUCommon *cpu, const uint64_t *a)
{
    return -ENOSYS; /* glibc copes; restartable sequences need signal support */
}

int64_t sys_membarrier(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(
        syscall(SYS_membarrier, arg_int(a[0]), (unsigned)a[1], arg_int(a[2])));
}

static bool futex_has_timeout(int cmd)
{
    return cmd == FUTEX_WAIT || cmd == FUTEX_WAIT_BITSET ||
           cmd == FUTEX_LOCK_PI || cmd == FUTEX_WAIT_REQUEUE_PI ||
           cmd == FUTEX_LOCK_PI2;
}

int64_t sys_futex(CPUCommon *cpu, const uint64_t *a)
{
    int op = arg_int(a[1]), cmd = op & FUTEX_CMD_MASK;
    void *uaddr = lock_user(a[0], 4, false);
    if (!uaddr) {
        return -EFAULT;
    }
    uint64_t timeout = a[3];
    if (futex_has_timeout(cmd)) {
        void *ts = lock_user_opt(a[3], sizeof(struct timespec), false);
        if (ts == GUEST_EFAULT) {
            return -EFAULT;
        }
        timeout = (uintptr_t)ts;
    }
    void *uaddr2 = NULL;
    if (cmd == FUTEX_REQUEUE || cmd == FUTEX_CMP_REQUEUE ||
        cmd == FUTEX_WAKE_OP || cmd == FUTEX_CMP_REQUEUE_PI ||
        cmd == FUTEX_WAIT_REQUEUE_PI) {
        if (!(uaddr2 = lock_user(a[4], 4, true))) {
            return -EFAULT;
        }
    }
    return host_ret(syscall(SYS_futex, uaddr, op, (uint32_t)a[2], timeout,
                            uaddr2, (uint32_t)a[5]));
}

int64_t sys_ppoll(CPUCommon *cpu, const uint64_t *a)
{
    /* struct pollfd and timespec: same layout. The signal mask is not
     * applied: there is no guest signal delivery yet. */
    uint64_t nfds = a[1];
    if (nfds > 1u << 20) {
        return -EINVAL;
    }
    void *fds = lock_user_opt(a[0], nfds * sizeof(struct pollfd), true);
    void *ts = lock_user_opt(a[2], sizeof(struct timespec), true);
    if (fds == GUEST_EFAULT || ts == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_ppoll, fds, nfds, ts, NULL, 8));
}

int64_t sys_pselect6(CPUCommon *cpu, const uint64_t *a)
{
    int n = arg_int(a[0]);
    if (n < 0 || n > 1 << 20) {
        return -EINVAL;
    }
    uint64_t bytes = ((uint64_t)n + 63) / 64 * 8;
    void *sets[3];
    for (int i = 0; i < 3; i++) {
        sets[i] = lock_user_opt(a[1 + i], bytes, true);
        if (sets[i] == GUEST_EFAULT) {
            return -EFAULT;
        }
    }
    void *ts = lock_user_opt(a[4], sizeof(struct timespec), true);
    if (ts == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(
        syscall(SYS_pselect6, n, sets[0], sets[1], sets[2], ts, NULL));
}

int64_t sys_riscv_flush_icache(CPUCommon *cpu, const uint64_t *a)
{
    return 0; /* code pages are write-protected: stale TBs cannot run */
}
