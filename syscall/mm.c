/*
 * Memory syscalls: thin wrappers over linux-user/mmap.c, which keeps every
 * mapping inside the guest reservation and the page flags exact.
 *
 * The calls that work on a range (madvise, msync, mlock, mincore) follow
 * Linux: the start must be page aligned (mlock rounds it down), the length
 * is rounded up, arguments are checked before the range, and a range with
 * unmapped pages is applied to the mapped ones and fails with ENOMEM. They
 * reach the host only for mapped guest pages, never the reservation.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/util.h"

int64_t sys_mmap(CPUCommon *cpu, const uint64_t *a)
{
    return target_mmap(a[0], a[1], arg_int(a[2]), arg_int(a[3]), arg_int(a[4]),
                       a[5]);
}

int64_t sys_munmap(CPUCommon *cpu, const uint64_t *a)
{
    return target_munmap(a[0], a[1]);
}

int64_t sys_mprotect(CPUCommon *cpu, const uint64_t *a)
{
    return target_mprotect(a[0], a[1], arg_int(a[2]));
}

int64_t sys_mremap(CPUCommon *cpu, const uint64_t *a)
{
    return target_mremap(a[0], a[1], a[2], arg_int(a[3]), a[4]);
}

int64_t sys_brk(CPUCommon *cpu, const uint64_t *a)
{
    return target_brk(a[0]);
}

/* The page-aligned range [addr, addr + *len) with *len rounded up: 0 to go
 * on, 1 when it is empty (success, nothing to do), or -errno. Outside the
 * guest space is unmapped memory: ENOMEM. */
static int range_check(uint64_t addr, uint64_t *len)
{
    if (addr & ~GUEST_PAGE_MASK) {
        return -EINVAL;
    }
    uint64_t n = (*len + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
    if (n < *len) {
        return -EINVAL; /* a small negative length rounded to zero */
    }
    *len = n;
    if (n == 0) {
        return 1;
    }
    return guest_range_valid(addr, n) ? 0 : -ENOMEM;
}

/* A host call on one run of mapped pages. */
typedef struct RunOp {
    int (*call)(void *host, size_t len, int arg);
    int arg;
} RunOp;

static int run_op(void *host, uint64_t len, void *opaque)
{
    const RunOp *op = opaque;
    return op->call(host, len, op->arg) < 0 ? -errno : 0;
}

/* Apply op to the mapped runs of the range under mmap_lock. */
static int64_t on_runs(uint64_t addr, uint64_t len, RunOp op, bool discard)
{
    mmap_lock();
    int r = discard ? mmap_discard_runs(addr, len, run_op, &op)
                    : mmap_for_each_run(addr, len, run_op, &op);
    mmap_unlock();
    return r;
}

/* Advice that can change what the guest reads (anonymous pages become
 * zero): translated code from those pages must go. */
static bool advice_discards(int advice)
{
    return advice == MADV_DONTNEED || advice == MADV_FREE ||
           advice == MADV_REMOVE || advice == 24 /* MADV_DONTNEED_LOCKED */;
}

int64_t sys_madvise(CPUCommon *cpu, const uint64_t *a)
{
    uint64_t addr = a[0], len = a[1];
    int advice = arg_int(a[2]);

    /* A zero-length call on any aligned address validates the advice. */
    if (madvise(g2h(0), 0, advice) < 0) {
        return -errno;
    }
    int r = range_check(addr, &len);
    if (r != 0) {
        return r < 0 ? r : 0;
    }
    if (advice == 23 /* MADV_POPULATE_WRITE */) {
        /* Code-protected pages are read-only on the host. */
        guest_access_ok(addr, len, true);
    }
    return on_runs(addr, len, (RunOp){madvise, advice},
                   advice_discards(advice));
}

int64_t sys_msync(CPUCommon *cpu, const uint64_t *a)
{
    uint64_t addr = a[0], len = a[1];
    int flags = arg_int(a[2]);

    if (msync(g2h(0), 0, flags) < 0) { /* checks the flags */
        return -errno;
    }
    int r = range_check(addr, &len);
    if (r != 0) {
        return r < 0 ? r : 0;
    }
    return on_runs(addr, len, (RunOp){msync, flags}, false);
}

static int host_mlock2(void *host, size_t len, int flags)
{
    return (int)syscall(SYS_mlock2, host, len, flags);
}

static int host_munlock(void *host, size_t len, int unused)
{
    return munlock(host, len);
}

/* mlock rounds the start down instead of refusing it. */
static int64_t lock_range(uint64_t addr, uint64_t len, bool lock, int flags)
{
    len += addr & ~GUEST_PAGE_MASK;
    addr &= GUEST_PAGE_MASK;
    int r = range_check(addr, &len);
    if (r != 0) {
        return r < 0 ? r : 0;
    }
    RunOp op = {lock ? host_mlock2 : host_munlock, flags};
    return on_runs(addr, len, op, false);
}

int64_t sys_mlock(CPUCommon *cpu, const uint64_t *a)
{
    return lock_range(a[0], a[1], true, 0);
}

int64_t sys_mlock2(CPUCommon *cpu, const uint64_t *a)
{
    if (a[2] & ~(uint64_t)MLOCK_ONFAULT) {
        return -EINVAL;
    }
    return lock_range(a[0], a[1], true, (int)a[2]);
}

int64_t sys_munlock(CPUCommon *cpu, const uint64_t *a)
{
    return lock_range(a[0], a[1], false, 0);
}

/* MCL_CURRENT locks the guest's own mappings (not the emulator's);
 * MCL_FUTURE makes mmap.c lock each later guest mapping. */
int64_t sys_mlockall(CPUCommon *cpu, const uint64_t *a)
{
    uint64_t f = a[0];
    if (!f || (f & ~(uint64_t)(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT)) ||
        f == MCL_ONFAULT) {
        return -EINVAL;
    }
    int onfault = f & MCL_ONFAULT ? MLOCK_ONFAULT : 0;
    if (f & MCL_CURRENT) {
        mmap_lock();
        RunOp op = {host_mlock2, onfault};
        int r = mmap_for_each_run(0, guest_va_limit, run_op, &op);
        mmap_unlock();
        if (r < 0 && r != -ENOMEM) {
            return r;
        }
    }
    mmap_set_lock_future(f & MCL_FUTURE, onfault);
    return 0;
}

int64_t sys_munlockall(CPUCommon *cpu, const uint64_t *a)
{
    mmap_set_lock_future(false, false);
    return host_ret(munlockall());
}

int64_t sys_mincore(CPUCommon *cpu, const uint64_t *a)
{
    uint64_t addr = a[0], len = a[1];

    if (addr & ~GUEST_PAGE_MASK) {
        return -EINVAL;
    }
    if (!guest_range_valid(addr, len)) {
        return -ENOMEM;
    }
    uint64_t pages = (len + GUEST_PAGE_SIZE - 1) >> GUEST_PAGE_BITS;
    if (pages == 0) {
        return 0;
    }
    unsigned char *vec = lock_user(a[2], pages, true);
    if (!vec) {
        return -EFAULT;
    }
    mmap_lock();
    int64_t r = page_range_mapped(addr, pages << GUEST_PAGE_BITS)
                    ? host_ret(mincore(g2h(addr), len, vec))
                    : -ENOMEM;
    mmap_unlock();
    return r;
}
