/*
 * Everything else: randomness, futexes, barriers, rseq, and the
 * riscv64 arch-specific calls.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <sys/random.h>
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

/* riscv_flush_icache(start, end, flags): writes through the executed
 * mapping are caught by code-page protection; this drops what could have
 * changed behind it (shared memory written through another mapping, the
 * range itself). Every hart shares the TB cache, so the SMP-local flag
 * changes nothing. */
int64_t sys_riscv_flush_icache(CPUCommon *cpu, const uint64_t *a)
{
    if (a[2] & ~1ull) { /* SYS_RISCV_FLUSH_ICACHE_LOCAL */
        return -EINVAL;
    }
    target_flush_icache(a[0], a[1]);
    return 0;
}
