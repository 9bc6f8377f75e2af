/*
 * Time syscalls. timespec, timeval, timezone and tms have the same layout
 * on the 64-bit guests and x86-64: checked, then passed through.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

#include "syscall/util.h"

#define TS_SIZE sizeof(struct timespec)

int64_t sys_clock_gettime(CPUCommon *cpu, const uint64_t *a)
{
    void *ts = lock_user(a[1], TS_SIZE, true);
    return ts ? host_ret(syscall(SYS_clock_gettime, arg_int(a[0]), ts))
              : -EFAULT;
}

int64_t sys_clock_settime(CPUCommon *cpu, const uint64_t *a)
{
    void *ts = lock_user(a[1], TS_SIZE, false);
    return ts ? host_ret(syscall(SYS_clock_settime, arg_int(a[0]), ts))
              : -EFAULT;
}

int64_t sys_clock_getres(CPUCommon *cpu, const uint64_t *a)
{
    void *ts = lock_user_opt(a[1], TS_SIZE, true);
    return ts == GUEST_EFAULT
               ? -EFAULT
               : host_ret(syscall(SYS_clock_getres, arg_int(a[0]), ts));
}

int64_t sys_gettimeofday(CPUCommon *cpu, const uint64_t *a)
{
    void *tv = lock_user_opt(a[0], sizeof(struct timeval), true);
    void *tz = lock_user_opt(a[1], sizeof(struct timezone), true);
    if (tv == GUEST_EFAULT || tz == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_gettimeofday, tv, tz));
}

int64_t sys_nanosleep(CPUCommon *cpu, const uint64_t *a)
{
    void *req = lock_user(a[0], TS_SIZE, false);
    void *rem = lock_user_opt(a[1], TS_SIZE, true);
    if (!req || rem == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_nanosleep, req, rem));
}

int64_t sys_clock_nanosleep(CPUCommon *cpu, const uint64_t *a)
{
    void *req = lock_user(a[2], TS_SIZE, false);
    void *rem = lock_user_opt(a[3], TS_SIZE, true);
    if (!req || rem == GUEST_EFAULT) {
        return -EFAULT;
    }
    /* Returns a positive error number, not -1/errno. */
    return -clock_nanosleep(arg_int(a[0]), arg_int(a[1]), req, rem);
}

int64_t sys_times(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user_opt(a[0], sizeof(struct tms), true);
    return buf == GUEST_EFAULT ? -EFAULT : host_ret(syscall(SYS_times, buf));
}
