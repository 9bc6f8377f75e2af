/* Event descriptors and waits through the syscall layer: epoll (the 64-bit
 * data word survives the epoll_event layout change), epoll_pwait2, poll/
 * ppoll/pselect6 timeouts and readiness, eventfd counters, timerfd
 * expirations, signalfd with a blocked SIGUSR1, a wait's temporary sigmask,
 * inotify create events. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/select.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include "sys-check.h"

/* An unmapped address; volatile keeps the compiler from warning. */
static void *volatile bad_ptr = (void *)8;
#define BAD_PTR bad_ptr

static int64_t now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static void test_epoll(void)
{
    int p[2], q[2];
    CHECK(pipe(p) == 0 && pipe(q) == 0);
    int ep = epoll_create1(EPOLL_CLOEXEC);
    CHECK(ep >= 0 && fcntl(ep, F_GETFD) == FD_CLOEXEC);
    struct epoll_event ev = {0};
    ev.events = EPOLLIN;
    ev.data.u64 = 0x1122334455667788ull;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev) == 0);
    ev.data.u64 = 0xfedcba9876543210ull;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, q[0], &ev) == 0);
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, q[0], &ev) == -1 && errno == EEXIST);
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[1], BAD_PTR) == -1 && errno == EFAULT);

    struct epoll_event out[4];
    int64_t t0 = now_ms();
    CHECK(epoll_wait(ep, out, 4, 30) == 0);
    CHECK(now_ms() - t0 >= 25);

    CHECK(write(p[1], "x", 1) == 1);
    memset(out, 0, sizeof(out));
    CHECK(epoll_wait(ep, out, 4, 1000) == 1);
    CHECK(out[0].events == EPOLLIN && out[0].data.u64 == 0x1122334455667788ull);

    CHECK(write(q[1], "y", 1) == 1);
    memset(out, 0, sizeof(out));
    CHECK(epoll_wait(ep, out, 4, 0) == 2);
    uint64_t seen = out[0].data.u64 ^ out[1].data.u64;
    CHECK(seen == (0x1122334455667788ull ^ 0xfedcba9876543210ull));
    CHECK(epoll_wait(ep, out, 1, 0) == 1);

    /* MOD: new data and output events; DEL with a NULL event. */
    ev.events = EPOLLOUT;
    ev.data.u64 = 0x8000000000000001ull;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev) == 0);
    CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL) == 0);
    CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, q[0], NULL) == 0);
    memset(out, 0, sizeof(out));
    CHECK(epoll_wait(ep, out, 4, 0) == 1 && out[0].events == EPOLLOUT &&
          out[0].data.u64 == 0x8000000000000001ull);
    ev.events = EPOLLIN;
    ev.data.fd = 77;
    CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, p[1], &ev) == 0);
    CHECK(epoll_wait(ep, out, 4, 0) == 0);

    /* epoll_pwait with a mask, and epoll_pwait2 with a timespec. */
    ev.events = EPOLLIN;
    ev.data.u64 = 42;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev) == 0);
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGUSR2);
    memset(out, 0, sizeof(out));
    CHECK(epoll_pwait(ep, out, 4, 100, &mask) == 1 && out[0].data.u64 == 42);
    char c;
    CHECK(read(p[0], &c, 1) == 1 && read(q[0], &c, 1) == 1);
    struct timespec ts = {0, 20 * 1000000};
    t0 = now_ms();
    CHECK(syscall(SYS_epoll_pwait2, ep, out, 4, &ts, NULL, 8) == 0);
    CHECK(now_ms() - t0 >= 15);
    CHECK(write(p[1], "z", 1) == 1);
    CHECK(syscall(SYS_epoll_pwait2, ep, out, 4, NULL, NULL, 8) == 1 &&
          out[0].data.u64 == 42);
    CHECK(read(p[0], &c, 1) == 1);

    CHECK(epoll_wait(ep, out, 0, 0) == -1 && errno == EINVAL);
    /* A bad buffer faults once there is an event to store. */
    CHECK(write(p[1], "w", 1) == 1);
    CHECK(epoll_wait(ep, BAD_PTR, 4, 0) == -1 && errno == EFAULT);
    CHECK(epoll_wait(ep, out, 4, 0) == 1 && out[0].data.u64 == 42);
    CHECK(read(p[0], &c, 1) == 1);
    CHECK(epoll_pwait(ep, out, 4, 0, BAD_PTR) == -1 && errno == EFAULT);
    CHECK(syscall(SYS_epoll_pwait, ep, out, 4, 0, &mask, 4) == -1 &&
          errno == EINVAL);
    close(ep);
    close(p[0]);
    close(p[1]);
    close(q[0]);
    close(q[1]);
}

static void test_poll_select(void)
{
    int p[2];
    CHECK(pipe(p) == 0);
    struct pollfd pf[2] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}};
    int64_t t0 = now_ms();
    CHECK(poll(pf, 1, 30) == 0 && pf[0].revents == 0);
    CHECK(now_ms() - t0 >= 25);
    CHECK(poll(pf, 2, 0) == 1 && pf[1].revents == POLLOUT);
    CHECK(write(p[1], "a", 1) == 1);
    CHECK(poll(pf, 2, -1) == 2 && pf[0].revents == POLLIN);

    /* ppoll: the time left is written back; a sigmask. */
    struct timespec ts = {5, 0};
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGUSR2);
    CHECK(syscall(SYS_ppoll, pf, 1, &ts, &mask, 8) == 1 &&
          pf[0].revents == POLLIN);
    CHECK(ts.tv_sec <= 5 && ts.tv_sec >= 4 &&
          (ts.tv_sec < 5 || ts.tv_nsec == 0));
    ts = (struct timespec){5, 0};
    CHECK(ppoll(pf, 1, &ts, &mask) == 1 && pf[0].revents == POLLIN);
    char c;
    CHECK(read(p[0], &c, 1) == 1);
    ts = (struct timespec){0, 20 * 1000000};
    t0 = now_ms();
    /* The raw call: glibc's ppoll passes a copy of the timeout. */
    CHECK(syscall(SYS_ppoll, pf, 1, &ts, NULL, 8) == 0 && ts.tv_sec == 0 &&
          ts.tv_nsec == 0);
    CHECK(now_ms() - t0 >= 15);
    CHECK(ppoll(BAD_PTR, 1, &ts, NULL) == -1 && errno == EFAULT);
    CHECK(syscall(SYS_ppoll, pf, 1, NULL, &mask, 4) == -1 && errno == EINVAL);
    CHECK(ppoll(NULL, 0, &ts, NULL) == 0);

    /* select (pselect6 underneath) and pselect with a sigmask. */
    fd_set rd, wr;
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    struct timeval tv = {0, 20000};
    t0 = now_ms();
    CHECK(select(p[0] + 1, &rd, NULL, NULL, &tv) == 0 && !FD_ISSET(p[0], &rd));
    CHECK(now_ms() - t0 >= 15);
    CHECK(write(p[1], "b", 1) == 1);
    FD_ZERO(&rd);
    FD_ZERO(&wr);
    FD_SET(p[0], &rd);
    FD_SET(p[1], &wr);
    int n = (p[0] > p[1] ? p[0] : p[1]) + 1;
    CHECK(select(n, &rd, &wr, NULL, NULL) == 2 && FD_ISSET(p[0], &rd) &&
          FD_ISSET(p[1], &wr));
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    ts = (struct timespec){1, 0};
    CHECK(pselect(n, &rd, NULL, NULL, &ts, &mask) == 1 && FD_ISSET(p[0], &rd));
    CHECK(select(n, BAD_PTR, NULL, NULL, NULL) == -1 && errno == EFAULT);
    CHECK(select(-1, NULL, NULL, NULL, NULL) == -1 && errno == EINVAL);
    struct {
        const sigset_t *ss;
        size_t len;
    } sig = {&mask, 4};
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    CHECK(syscall(SYS_pselect6, n, &rd, NULL, NULL, NULL, &sig) == -1 &&
          errno == EINVAL);
    close(p[0]);
    close(p[1]);
}

static void test_eventfd(void)
{
    int e = eventfd(3, EFD_NONBLOCK | EFD_CLOEXEC);
    CHECK(e >= 0 && fcntl(e, F_GETFD) == FD_CLOEXEC);
    uint64_t v = 4;
    CHECK(write(e, &v, 8) == 8);
    v = 0;
    CHECK(read(e, &v, 8) == 8 && v == 7);
    CHECK(read(e, &v, 8) == -1 && errno == EAGAIN);
    CHECK(read(e, &v, 4) == -1 && errno == EINVAL);
    v = UINT64_MAX;
    CHECK(write(e, &v, 8) == -1 && errno == EINVAL);
    close(e);

    e = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK);
    CHECK(read(e, &v, 8) == 8 && v == 1);
    CHECK(read(e, &v, 8) == 8 && v == 1);
    CHECK(read(e, &v, 8) == -1 && errno == EAGAIN);
    struct pollfd pf = {e, POLLIN, 0};
    CHECK(poll(&pf, 1, 0) == 0);
    v = 1;
    CHECK(write(e, &v, 8) == 8 && poll(&pf, 1, 0) == 1);
    close(e);
}

static void test_timerfd(void)
{
    int t = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    CHECK(t >= 0);
    struct itimerspec its = {{0, 10 * 1000000}, {0, 10 * 1000000}}, cur, old;
    CHECK(timerfd_settime(t, 0, &its, NULL) == 0);
    CHECK(timerfd_gettime(t, &cur) == 0 &&
          cur.it_interval.tv_nsec == 10 * 1000000 && cur.it_value.tv_sec == 0 &&
          cur.it_value.tv_nsec > 0);
    usleep(55 * 1000);
    uint64_t n = 0;
    CHECK(read(t, &n, 8) == 8 && n >= 4);
    /* Disarm; old value comes back. */
    memset(&its, 0, sizeof(its));
    CHECK(timerfd_settime(t, 0, &its, &old) == 0 &&
          old.it_interval.tv_nsec == 10 * 1000000);
    CHECK(timerfd_gettime(t, &cur) == 0 && cur.it_value.tv_sec == 0 &&
          cur.it_value.tv_nsec == 0);
    CHECK(timerfd_settime(t, 0, BAD_PTR, NULL) == -1 && errno == EFAULT);
    CHECK(timerfd_gettime(t, BAD_PTR) == -1 && errno == EFAULT);
    /* An absolute one-shot, blocking read. */
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    its.it_value = now;
    its.it_value.tv_nsec += 20 * 1000000;
    if (its.it_value.tv_nsec >= 1000000000) {
        its.it_value.tv_sec++;
        its.it_value.tv_nsec -= 1000000000;
    }
    CHECK(timerfd_settime(t, TFD_TIMER_ABSTIME, &its, NULL) == 0);
    CHECK(read(t, &n, 8) == 8 && n == 1);
    close(t);
}

static void test_signalfd(void)
{
    sigset_t mask, old;
    sigemptyset(&mask);
    sigaddset(&mask, SIGUSR1);
    CHECK(sigprocmask(SIG_BLOCK, &mask, &old) == 0);
    int s = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
    CHECK(s >= 0);
    struct signalfd_siginfo si;
    CHECK(read(s, &si, sizeof(si)) == -1 && errno == EAGAIN);
    CHECK(raise(SIGUSR1) == 0);
    memset(&si, 0, sizeof(si));
    CHECK(read(s, &si, sizeof(si)) == sizeof(si) && si.ssi_signo == SIGUSR1 &&
          si.ssi_pid == (uint32_t)getpid());
    CHECK(kill(getpid(), SIGUSR1) == 0);
    struct pollfd pf = {s, POLLIN, 0};
    CHECK(poll(&pf, 1, 1000) == 1);
    memset(&si, 0, sizeof(si));
    CHECK(read(s, &si, sizeof(si)) == sizeof(si) && si.ssi_signo == SIGUSR1 &&
          si.ssi_code == SI_USER);
    CHECK(syscall(SYS_signalfd4, -1, &mask, 4, 0) == -1 && errno == EINVAL);
    CHECK(signalfd(-1, BAD_PTR, 0) == -1 && errno == EFAULT);
    /* Changing the mask of an existing signalfd. */
    sigaddset(&mask, SIGUSR2);
    CHECK(sigprocmask(SIG_BLOCK, &mask, NULL) == 0);
    CHECK(signalfd(s, &mask, 0) == s);
    CHECK(raise(SIGUSR2) == 0);
    CHECK(read(s, &si, sizeof(si)) == sizeof(si) && si.ssi_signo == SIGUSR2);
    close(s);
    CHECK(sigprocmask(SIG_SETMASK, &old, NULL) == 0);
}

static volatile int alarms;

static void on_alarm(int sig)
{
    alarms++;
}

/* A wait's sigmask lets a blocked signal in for the wait only: its handler
 * runs (under the wait's mask), the wait fails with EINTR, and the old
 * mask is back afterwards. */
static void test_wait_mask(void)
{
    struct sigaction sa = {0}, old_sa;
    sa.sa_handler = on_alarm;
    CHECK(sigaction(SIGALRM, &sa, &old_sa) == 0);
    sigset_t blk, empty, cur;
    sigemptyset(&blk);
    sigaddset(&blk, SIGALRM);
    sigemptyset(&empty);
    CHECK(sigprocmask(SIG_BLOCK, &blk, NULL) == 0);
    int p[2];
    CHECK(pipe(p) == 0);
    struct itimerval it = {{0, 0}, {0, 20000}};
    struct pollfd pf = {p[0], POLLIN, 0};
    CHECK(setitimer(ITIMER_REAL, &it, NULL) == 0);
    CHECK(ppoll(&pf, 1, NULL, &empty) == -1 && errno == EINTR && alarms == 1);
    fd_set rd;
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    CHECK(setitimer(ITIMER_REAL, &it, NULL) == 0);
    CHECK(pselect(p[0] + 1, &rd, NULL, NULL, NULL, &empty) == -1 &&
          errno == EINTR && alarms == 2);
    int ep = epoll_create1(0);
    struct epoll_event ev = {EPOLLIN, {0}};
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev) == 0);
    CHECK(setitimer(ITIMER_REAL, &it, NULL) == 0);
    CHECK(epoll_pwait(ep, &ev, 1, -1, &empty) == -1 && errno == EINTR &&
          alarms == 3);
    /* Ready at once: no signal, the old mask stays. */
    CHECK(write(p[1], "r", 1) == 1);
    CHECK(ppoll(&pf, 1, NULL, &empty) == 1 && alarms == 3);
    CHECK(sigprocmask(SIG_BLOCK, NULL, &cur) == 0 &&
          sigismember(&cur, SIGALRM));
    sigset_t pend;
    CHECK(sigpending(&pend) == 0 && !sigismember(&pend, SIGALRM));
    CHECK(sigprocmask(SIG_UNBLOCK, &blk, NULL) == 0);
    CHECK(sigaction(SIGALRM, &old_sa, NULL) == 0);
    close(ep);
    close(p[0]);
    close(p[1]);
}

static void test_inotify(void)
{
    char dir[] = "/tmp/mimic-events-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    int in = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    CHECK(in >= 0);
    int wd = inotify_add_watch(in, dir, IN_CREATE | IN_DELETE);
    CHECK(wd >= 0);
    char buf[4096] __attribute__((aligned(8)));
    CHECK(read(in, buf, sizeof(buf)) == -1 && errno == EAGAIN);
    char path[64];
    snprintf(path, sizeof(path), "%s/new-file", dir);
    int fd = open(path, O_CREAT | O_WRONLY, 0600);
    CHECK(fd >= 0);
    close(fd);
    ssize_t n = read(in, buf, sizeof(buf));
    struct inotify_event *ev = (struct inotify_event *)buf;
    CHECK(n >= (ssize_t)sizeof(*ev) && ev->wd == wd && (ev->mask & IN_CREATE) &&
          strcmp(ev->name, "new-file") == 0);
    CHECK(unlink(path) == 0);
    n = read(in, buf, sizeof(buf));
    CHECK(n > 0 && (ev->mask & IN_DELETE) && strcmp(ev->name, "new-file") == 0);
    CHECK(inotify_rm_watch(in, wd) == 0);
    n = read(in, buf, sizeof(buf));
    CHECK(n > 0 && (ev->mask & IN_IGNORED) && ev->wd == wd);
    CHECK(inotify_rm_watch(in, wd) == -1 && errno == EINVAL);
    CHECK(inotify_add_watch(in, "/nonexistent/x", IN_CREATE) == -1 &&
          errno == ENOENT);
    CHECK(inotify_add_watch(in, BAD_PTR, IN_CREATE) == -1 && errno == EFAULT);
    close(in);
    CHECK(rmdir(dir) == 0);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    test_epoll();
    test_poll_select();
    test_eventfd();
    test_timerfd();
    test_signalfd();
    test_wait_mask();
    test_inotify();
    return sys_finish();
}
