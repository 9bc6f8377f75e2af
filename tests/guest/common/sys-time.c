/* Time: clock_getres/settime answers, clock_nanosleep (relative and
 * absolute), POSIX timers with SIGEV_NONE, interval timers, adjtimex and
 * clock_adjtime queries, settimeofday, getrusage, times. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>

#include "sys-check.h"

static long ns_between(const struct timespec *a, const struct timespec *b)
{
    return (b->tv_sec - a->tv_sec) * 1000000000L + (b->tv_nsec - a->tv_nsec);
}

static void check_clocks(void)
{
    static const clockid_t ids[] = {CLOCK_REALTIME, CLOCK_MONOTONIC,
                                    CLOCK_BOOTTIME, CLOCK_PROCESS_CPUTIME_ID,
                                    CLOCK_THREAD_CPUTIME_ID};
    int good = 0;
    for (unsigned i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
        struct timespec res, now;
        good += clock_getres(ids[i], &res) == 0 && res.tv_sec == 0 &&
                res.tv_nsec > 0 && clock_gettime(ids[i], &now) == 0;
    }
    CHECK(good == 5);
    CHECK(clock_getres(CLOCK_MONOTONIC, NULL) == 0);
    struct timespec ts;
    CHECK(clock_getres(12345, &ts) == -1 && errno == EINVAL);
    /* The syscall itself: a vDSO would fault in user space instead. */
    CHECK(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, 8) == -1 &&
          errno == EFAULT);
    CHECK(clock_gettime(CLOCK_MONOTONIC, &ts) == 0 &&
          clock_settime(CLOCK_MONOTONIC, &ts) == -1 && errno == EINVAL);

    struct timespec t0, t1, nap = {0, 10 * 1000 * 1000};
    clock_gettime(CLOCK_MONOTONIC, &t0);
    CHECK(clock_nanosleep(CLOCK_MONOTONIC, 0, &nap, NULL) == 0);
    struct timespec until = t0;
    until.tv_nsec += 30 * 1000 * 1000;
    if (until.tv_nsec >= 1000000000) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000;
    }
    CHECK(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL) == 0);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    CHECK(ns_between(&t0, &t1) >= 30 * 1000 * 1000);
    struct timespec bad = {0, 2000000000};
    CHECK(clock_nanosleep(CLOCK_MONOTONIC, 0, &bad, NULL) == EINVAL);
    CHECK(nanosleep(&bad, NULL) == -1 && errno == EINVAL);
}

static void check_timers(void)
{
    struct sigevent sev;
    memset(&sev, 0, sizeof(sev));
    sev.sigev_notify = SIGEV_NONE;
    timer_t t;
    CHECK(timer_create(CLOCK_MONOTONIC, &sev, &t) == 0);
    struct itimerspec its = {{0, 0}, {10, 0}}, cur, old;
    CHECK(timer_settime(t, 0, &its, NULL) == 0);
    CHECK(timer_gettime(t, &cur) == 0 && cur.it_value.tv_sec >= 9 &&
          cur.it_value.tv_sec <= 10 && cur.it_interval.tv_sec == 0);
    /* Disarm, reading the old setting. (Not read back: Linux 6.18 keeps
     * reporting the old expiry of a disarmed SIGEV_NONE timer.) */
    its.it_value.tv_sec = 0;
    CHECK(timer_settime(t, 0, &its, &old) == 0 && old.it_value.tv_sec >= 9);
    CHECK(timer_getoverrun(t) == 0);

    /* Absolute expiry already past: the timer fires at once (no signal
     * with SIGEV_NONE) and reads as disarmed. */
    struct itimerspec past = {{0, 0}, {1, 0}};
    CHECK(timer_settime(t, TIMER_ABSTIME, &past, NULL) == 0);
    CHECK(timer_gettime(t, &cur) == 0 && cur.it_value.tv_sec == 0 &&
          cur.it_value.tv_nsec == 0);
    CHECK(timer_delete(t) == 0);
    CHECK(timer_gettime(t, &cur) == -1 && errno == EINVAL);

    /* SIGEV_THREAD_ID names a thread of ours: the guest tid is valid. */
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = SIGUSR1;
    sev._sigev_un._tid = gettid();
    CHECK(timer_create(CLOCK_REALTIME, &sev, &t) == 0 && timer_delete(t) == 0);
    sev._sigev_un._tid = 1; /* not in our thread group */
    CHECK(timer_create(CLOCK_REALTIME, &sev, &t) == -1 && errno == EINVAL);
}

static void check_itimers(void)
{
    struct itimerval v = {{0, 0}, {100, 0}}, cur, old;
    CHECK(setitimer(ITIMER_REAL, &v, NULL) == 0);
    CHECK(getitimer(ITIMER_REAL, &cur) == 0 && cur.it_value.tv_sec >= 99 &&
          cur.it_value.tv_sec <= 100 && cur.it_interval.tv_sec == 0);
    struct itimerval off = {{0, 0}, {0, 0}};
    CHECK(setitimer(ITIMER_REAL, &off, &old) == 0 && old.it_value.tv_sec >= 99);
    CHECK(getitimer(ITIMER_REAL, &cur) == 0 && cur.it_value.tv_sec == 0 &&
          cur.it_value.tv_usec == 0);
    struct itimerval virt = {{5, 0}, {50, 0}};
    CHECK(setitimer(ITIMER_VIRTUAL, &virt, NULL) == 0 &&
          getitimer(ITIMER_VIRTUAL, &cur) == 0 && cur.it_interval.tv_sec == 5 &&
          cur.it_value.tv_sec >= 49);
    CHECK(setitimer(ITIMER_VIRTUAL, &off, NULL) == 0);
    CHECK(getitimer(99, &cur) == -1 && errno == EINVAL);
    CHECK(getitimer(ITIMER_REAL, (struct itimerval *)8) == -1 &&
          errno == EFAULT);
}

static void check_admin_time(void)
{
    struct timex tx;
    memset(&tx, 0, sizeof(tx));
    int state = adjtimex(&tx);
    CHECK(state >= TIME_OK && state <= TIME_ERROR);
    memset(&tx, 0, sizeof(tx));
    CHECK(clock_adjtime(CLOCK_REALTIME, &tx) >= 0);
    /* The value is checked before the privilege: EINVAL for anyone. */
    struct timeval badtv = {0, 2000000};
    CHECK(settimeofday(&badtv, NULL) == -1 && errno == EINVAL);
    struct timeval tv;
    CHECK(gettimeofday(&tv, NULL) == 0 && tv.tv_sec > 1600000000);
}

static void check_usage(void)
{
    /* Burn 30 ms of CPU so the tick-based counters below are non-zero. */
    struct timespec c0, c1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
    do {
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
    } while (ns_between(&c0, &c1) < 30 * 1000 * 1000);
    struct rusage ru;
    CHECK(getrusage(RUSAGE_SELF, &ru) == 0 && ru.ru_maxrss > 0 &&
          ru.ru_utime.tv_sec + ru.ru_utime.tv_usec + ru.ru_stime.tv_sec +
                  ru.ru_stime.tv_usec >
              0);
    CHECK(getrusage(RUSAGE_THREAD, &ru) == 0);
    CHECK(getrusage(RUSAGE_CHILDREN, &ru) == 0);
    CHECK(getrusage(42, &ru) == -1 && errno == EINVAL);
    CHECK(getrusage(RUSAGE_SELF, (struct rusage *)8) == -1 && errno == EFAULT);
    struct tms t;
    clock_t c = times(&t);
    CHECK(c != (clock_t)-1 && t.tms_utime + t.tms_stime > 0);
    CHECK(times(NULL) != (clock_t)-1);
}

int main(void)
{
    check_clocks();
    check_timers();
    check_itimers();
    check_admin_time();
    check_usage();
    return sys_finish();
}
