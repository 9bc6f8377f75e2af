/*
 * Scheduling: policies and parameters, sched_attr, CPU affinity, yield,
 * priority ranges, round-robin interval, nice values, I/O priorities and
 * getcpu. struct sched_param (one int), cpu_set_t (bit arrays of longs),
 * timespec and struct sched_attr have the same layout on the 64-bit guests
 * and x86-64, and a guest thread is a host thread with the same tid, so
 * everything is forwarded once its memory is checked.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "syscall/util.h"

#define SCHED_PARAM_SIZE 4
#define SCHED_ATTR_SIZE_VER0 48
#define SCHED_ATTR_MAX 4096 /* the kernel refuses larger with E2BIG */

/* A sched_param pointer as the kernel judges it: NULL is EINVAL, an
 * unreadable one EFAULT. */
static void *sched_param_ptr(uint64_t addr, bool write, int64_t *err)
{
    void *p = lock_user_opt(addr, SCHED_PARAM_SIZE, write);
    *err = !p ? -EINVAL : p == GUEST_EFAULT ? -EFAULT : 0;
    return p;
}

int64_t sys_sched_setparam(CPUCommon *cpu, const uint64_t *a)
{
    int64_t err;
    void *p = sched_param_ptr(a[1], false, &err);
    return err ? err : host_ret(syscall(SYS_sched_setparam, arg_int(a[0]), p));
}

int64_t sys_sched_setscheduler(CPUCommon *cpu, const uint64_t *a)
{
    int64_t err;
    void *p = sched_param_ptr(a[2], false, &err);
    return err ? err
               : host_ret(syscall(SYS_sched_setscheduler, arg_int(a[0]),
                                  arg_int(a[1]), p));
}

int64_t sys_sched_getscheduler(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_sched_getscheduler, arg_int(a[0])));
}

int64_t sys_sched_getparam(CPUCommon *cpu, const uint64_t *a)
{
    int64_t err;
    void *p = sched_param_ptr(a[1], true, &err);
    return err ? err : host_ret(syscall(SYS_sched_getparam, arg_int(a[0]), p));
}

int64_t sys_sched_setattr(CPUCommon *cpu, const uint64_t *a)
{
    /* The size lives inside the structure: copy it once so the kernel
     * reads exactly what was checked. */
    static __thread uint8_t attr[SCHED_ATTR_MAX];
    uint32_t size;
    if (!a[1]) {
        return -EINVAL;
    }
    if (copy_from_user(&size, a[1], 4) < 0) {
        return -EFAULT;
    }
    if (!size) {
        size = SCHED_ATTR_SIZE_VER0;
    }
    if (size < SCHED_ATTR_SIZE_VER0 || size > SCHED_ATTR_MAX) {
        return -E2BIG;
    }
    if (copy_from_user(attr, a[1], size) < 0) {
        return -EFAULT;
    }
    memcpy(attr, &size, 4);
    return host_ret(
        syscall(SYS_sched_setattr, arg_int(a[0]), attr, (unsigned)a[2]));
}

int64_t sys_sched_getattr(CPUCommon *cpu, const uint64_t *a)
{
    uint32_t size = (uint32_t)a[2];
    if (size < SCHED_ATTR_SIZE_VER0 || size > SCHED_ATTR_MAX) {
        return -EINVAL;
    }
    void *attr = lock_user(a[1], size, true);
    return attr ? host_ret(syscall(SYS_sched_getattr, arg_int(a[0]), attr, size,
                                   (unsigned)a[3]))
                : -EFAULT;
}

int64_t sys_sched_setaffinity(CPUCommon *cpu, const uint64_t *a)
{
    void *mask = lock_user(a[2], a[1], false);
    return mask ? host_ret(syscall(SYS_sched_setaffinity, arg_int(a[0]),
                                   (size_t)a[1], mask))
                : -EFAULT;
}

int64_t sys_sched_getaffinity(CPUCommon *cpu, const uint64_t *a)
{
    /* Returns the number of bytes written, a multiple of sizeof(long). */
    void *mask = lock_user(a[2], a[1], true);
    return mask ? host_ret(syscall(SYS_sched_getaffinity, arg_int(a[0]),
                                   (size_t)a[1], mask))
                : -EFAULT;
}

int64_t sys_sched_yield(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(sched_yield());
}

int64_t sys_sched_get_priority_max(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_sched_get_priority_max, arg_int(a[0])));
}

int64_t sys_sched_get_priority_min(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_sched_get_priority_min, arg_int(a[0])));
}

int64_t sys_sched_rr_get_interval(CPUCommon *cpu, const uint64_t *a)
{
    void *ts = lock_user(a[1], sizeof(struct timespec), true);
    return ts ? host_ret(syscall(SYS_sched_rr_get_interval, arg_int(a[0]), ts))
              : -EFAULT;
}

int64_t sys_getpriority(CPUCommon *cpu, const uint64_t *a)
{
    /* The raw syscall returns 20 - nice, never negative. */
    return host_ret(syscall(SYS_getpriority, arg_int(a[0]), arg_int(a[1])));
}

int64_t sys_setpriority(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(
        syscall(SYS_setpriority, arg_int(a[0]), arg_int(a[1]), arg_int(a[2])));
}

int64_t sys_ioprio_set(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(
        syscall(SYS_ioprio_set, arg_int(a[0]), arg_int(a[1]), arg_int(a[2])));
}

int64_t sys_ioprio_get(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_ioprio_get, arg_int(a[0]), arg_int(a[1])));
}

int64_t sys_getcpu(CPUCommon *cpu, const uint64_t *a)
{
    /* The third argument (a cache) has been unused since Linux 2.6.24. */
    void *c = lock_user_opt(a[0], 4, true), *n = lock_user_opt(a[1], 4, true);
    if (c == GUEST_EFAULT || n == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_getcpu, c, n, NULL));
}
