/*
 * Time: clocks, sleeps, POSIX timers, interval timers, time of day,
 * adjtimex, times. timespec, timeval, timezone, itimerspec, itimerval,
 * struct timex, struct tms and struct sigevent have the same layout on the
 * 64-bit guests and x86-64, and clock ids, signal numbers and tids are the
 * host's, so the calls are forwarded once guest memory is checked.
 *
 * Timer signals (SIGEV_SIGNAL, SIGEV_THREAD_ID, SIGALRM from setitimer)
 * are host signals sent to the emulator process or thread; signal.c turns
 * them into guest signals like any other. Sleeps go through
 * safe_syscall() so a guest signal interrupts them.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>

#include "linux-user/safe-syscall.h"
#include "syscall/util.h"

#define TS_SIZE sizeof(struct timespec)
#define ITS_SIZE sizeof(struct itimerspec)
#define ITV_SIZE sizeof(struct itimerval)
#define SIGEVENT_SIZE 64

_Static_assert(sizeof(struct timex) == 208, "timex layout");
_Static_assert(sizeof(struct sigevent) == SIGEVENT_SIZE, "sigevent layout");

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

int64_t sys_clock_adjtime(CPUCommon *cpu, const uint64_t *a)
{
    void *tx = lock_user(a[1], sizeof(struct timex), true);
    return tx ? host_ret(syscall(SYS_clock_adjtime, arg_int(a[0]), tx))
              : -EFAULT;
}

int64_t sys_adjtimex(CPUCommon *cpu, const uint64_t *a)
{
    void *tx = lock_user(a[0], sizeof(struct timex), true);
    return tx ? host_ret(syscall(SYS_adjtimex, tx)) : -EFAULT;
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

int64_t sys_settimeofday(CPUCommon *cpu, const uint64_t *a)
{
    void *tv = lock_user_opt(a[0], sizeof(struct timeval), false);
    void *tz = lock_user_opt(a[1], sizeof(struct timezone), false);
    if (tv == GUEST_EFAULT || tz == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_settimeofday, tv, tz));
}

int64_t sys_nanosleep(CPUCommon *cpu, const uint64_t *a)
{
    void *req = lock_user(a[0], TS_SIZE, false);
    void *rem = lock_user_opt(a[1], TS_SIZE, true);
    if (!req || rem == GUEST_EFAULT) {
        return -EFAULT;
    }
    return safe_syscall(SYS_nanosleep, req, rem);
}

int64_t sys_clock_nanosleep(CPUCommon *cpu, const uint64_t *a)
{
    void *req = lock_user(a[2], TS_SIZE, false);
    void *rem = lock_user_opt(a[3], TS_SIZE, true);
    if (!req || rem == GUEST_EFAULT) {
        return -EFAULT;
    }
    return safe_syscall(SYS_clock_nanosleep, (long)arg_int(a[0]),
                        (long)arg_int(a[1]), req, rem);
}

int64_t sys_timer_create(CPUCommon *cpu, const uint64_t *a)
{
    /* A NULL sigevent means SIGEV_SIGNAL with SIGALRM. The timer id the
     * kernel writes back is an int (__kernel_timer_t). */
    struct sigevent sev;
    if (a[1] && copy_from_user(&sev, a[1], sizeof(sev)) < 0) {
        return -EFAULT;
    }
    void *id = lock_user(a[2], sizeof(int), true);
    if (!id) {
        return -EFAULT;
    }
    return host_ret(
        syscall(SYS_timer_create, arg_int(a[0]), a[1] ? &sev : NULL, id));
}

int64_t sys_timer_settime(CPUCommon *cpu, const uint64_t *a)
{
    void *new = lock_user(a[2], ITS_SIZE, false);
    void *old = lock_user_opt(a[3], ITS_SIZE, true);
    if (!new || old == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(
        syscall(SYS_timer_settime, arg_int(a[0]), arg_int(a[1]), new, old));
}

int64_t sys_timer_gettime(CPUCommon *cpu, const uint64_t *a)
{
    void *cur = lock_user(a[1], ITS_SIZE, true);
    return cur ? host_ret(syscall(SYS_timer_gettime, arg_int(a[0]), cur))
               : -EFAULT;
}

int64_t sys_timer_getoverrun(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_timer_getoverrun, arg_int(a[0])));
}

int64_t sys_timer_delete(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_timer_delete, arg_int(a[0])));
}

int64_t sys_getitimer(CPUCommon *cpu, const uint64_t *a)
{
    void *cur = lock_user(a[1], ITV_SIZE, true);
    return cur ? host_ret(syscall(SYS_getitimer, arg_int(a[0]), cur)) : -EFAULT;
}

int64_t sys_setitimer(CPUCommon *cpu, const uint64_t *a)
{
    /* A NULL new value disarms, as the kernel still accepts. */
    void *new = lock_user_opt(a[1], ITV_SIZE, false);
    void *old = lock_user_opt(a[2], ITV_SIZE, true);
    if (new == GUEST_EFAULT || old == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_setitimer, arg_int(a[0]), new, old));
}

int64_t sys_times(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user_opt(a[0], sizeof(struct tms), true);
    return buf == GUEST_EFAULT ? -EFAULT : host_ret(syscall(SYS_times, buf));
}
