/* Time, identity, uname, randomness, pipes, dup, limits, signals state. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "sys-check.h"

int main(int argc, char **argv)
{
    struct timespec t0, t1, res;
    CHECK(clock_gettime(CLOCK_MONOTONIC, &t0) == 0);
    struct timespec nap = {0, 20 * 1000 * 1000};
    CHECK(nanosleep(&nap, NULL) == 0);
    CHECK(clock_gettime(CLOCK_MONOTONIC, &t1) == 0);
    long ns = (t1.tv_sec - t0.tv_sec) * 1000000000L + (t1.tv_nsec - t0.tv_nsec);
    CHECK(ns >= 20 * 1000 * 1000 && ns < 5L * 1000 * 1000 * 1000);
    CHECK(clock_getres(CLOCK_MONOTONIC, &res) == 0 && res.tv_sec == 0);
    CHECK(clock_nanosleep(CLOCK_MONOTONIC, 0, &nap, NULL) == 0);
    struct timeval tv;
    CHECK(gettimeofday(&tv, NULL) == 0 && tv.tv_sec > 1600000000);
    CHECK(time(NULL) > 1600000000);

    struct utsname u;
    CHECK(uname(&u) == 0);
    printf("machine %s sysname %s\n", u.machine, u.sysname);

    unsigned char r1[32], r2[32];
    CHECK(getrandom(r1, sizeof(r1), 0) == 32 && getrandom(r2, sizeof(r2), 0) == 32 &&
          memcmp(r1, r2, 32) != 0);

    CHECK(getpid() > 1 && getppid() > 0 && gettid() == getpid());
    CHECK(getuid() == geteuid() && getgid() == getegid());

    int p[2];
    CHECK(pipe2(p, O_CLOEXEC) == 0);
    CHECK(write(p[1], "pipe!", 5) == 5);
    char buf[8] = {0};
    CHECK(read(p[0], buf, sizeof(buf)) == 5 && !strcmp(buf, "pipe!"));
    int d = dup(p[1]);
    CHECK(d > p[1]);
    CHECK(dup3(p[1], 20, O_CLOEXEC) == 20 && fcntl(20, F_GETFD) == FD_CLOEXEC);
    CHECK(write(20, "x", 1) == 1 && read(p[0], buf, 1) == 1 && buf[0] == 'x');
    close(20);
    close(d);
    close(p[1]);
    CHECK(read(p[0], buf, 1) == 0);
    close(p[0]);
    CHECK(dup(1000) == -1 && errno == EBADF);

    struct rlimit rl;
    CHECK(getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur > 0);
    CHECK(getrlimit(RLIMIT_STACK, &rl) == 0);
    struct sysinfo si;
    CHECK(sysinfo(&si) == 0 && si.totalram > 0);
    cpu_set_t set;
    CHECK(sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0);
    CHECK(sched_yield() == 0);
    CHECK(umask(022) >= 0 && umask(022) == 022);

    struct sigaction sa, old;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = SIG_IGN;
    CHECK(sigaction(SIGUSR1, &sa, &old) == 0 && old.sa_handler == SIG_DFL);
    CHECK(sigaction(SIGUSR1, NULL, &old) == 0 && old.sa_handler == SIG_IGN);
    CHECK(kill(getpid(), SIGUSR1) == 0); /* ignored */
    sigset_t ms, oms;
    sigemptyset(&ms);
    sigaddset(&ms, SIGUSR2);
    CHECK(sigprocmask(SIG_BLOCK, &ms, &oms) == 0);
    CHECK(sigprocmask(SIG_SETMASK, &oms, &ms) == 0 && sigismember(&ms, SIGUSR2));

    CHECK(argc >= 1 && strstr(argv[0], "sys-misc") != NULL);
    return sys_finish();
}
