/*
 * Memory syscalls: thin wrappers over linux-user/mmap.c, which keeps every
 * mapping inside the guest reservation.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/mman.h>

#include "syscall/util.h"
#include "translator/tb.h"

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

/* Only a mapped, page-aligned range reaches the host. */
static int64_t check_range(uint64_t addr, uint64_t len)
{
    if (addr & ~GUEST_PAGE_MASK) {
        return -EINVAL;
    }
    if (!guest_range_valid(addr, len)) {
        return -ENOMEM;
    }
    return 0;
}

int64_t sys_madvise(CPUCommon *cpu, const uint64_t *a)
{
    int64_t r = check_range(a[0], a[1]);
    if (r < 0 || a[1] == 0) {
        return r;
    }
    int advice = arg_int(a[2]);
    if (advice == MADV_DONTNEED || advice == MADV_FREE ||
        advice == MADV_REMOVE) {
        /* The contents may change under translated code. */
        tb_invalidate_range(a[0], a[0] + a[1]);
    }
    return host_ret(madvise(g2h(a[0]), a[1], advice));
}

int64_t sys_msync(CPUCommon *cpu, const uint64_t *a)
{
    int64_t r = check_range(a[0], a[1]);
    return r < 0 ? r : host_ret(msync(g2h(a[0]), a[1], arg_int(a[2])));
}

int64_t sys_mlock(CPUCommon *cpu, const uint64_t *a)
{
    int64_t r = check_range(a[0] & GUEST_PAGE_MASK, a[1]);
    return r < 0 ? r : host_ret(mlock(g2h(a[0]), a[1]));
}

int64_t sys_munlock(CPUCommon *cpu, const uint64_t *a)
{
    int64_t r = check_range(a[0] & GUEST_PAGE_MASK, a[1]);
    return r < 0 ? r : host_ret(munlock(g2h(a[0]), a[1]));
}
