/* Blocking file and time calls interrupted by a signal: read on an empty
 * pipe, nanosleep, clock_nanosleep, flock and F_OFD_SETLKW on a held lock,
 * opening a FIFO with no writer end EINTR without SA_RESTART; with
 * SA_RESTART a read resumes and gets what the handler wrote. The signal
 * comes from setitimer(ITIMER_REAL) 50 ms in. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "sys-check.h"

static volatile int alarms;
static int pipe_w = -1;

static void on_alarm(int sig)
{
    alarms++;
    if (pipe_w >= 0) {
        write(pipe_w, "!", 1);
    }
}

static void arm(int restart)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_alarm;
    sa.sa_flags = restart ? SA_RESTART : 0;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval v = {{0, 0}, {0, 50000}};
    setitimer(ITIMER_REAL, &v, NULL);
}

int main(void)
{
    int p[2];
    char c;
    CHECK(pipe(p) == 0);

    arm(0);
    CHECK(read(p[0], &c, 1) == -1 && errno == EINTR && alarms == 1);

    arm(0);
    struct timespec ten = {10, 0}, rem = {0, 0};
    CHECK(nanosleep(&ten, &rem) == -1 && errno == EINTR && rem.tv_sec >= 8 &&
          rem.tv_sec <= 10);

    arm(0);
    CHECK(clock_nanosleep(CLOCK_MONOTONIC, 0, &ten, &rem) == EINTR &&
          rem.tv_sec >= 8);

    char path[] = "/tmp/mimic-intr-XXXXXX";
    int a = mkstemp(path);
    int b = open(path, O_RDWR);
    CHECK(a >= 0 && b >= 0 && flock(a, LOCK_EX) == 0);
    arm(0);
    CHECK(flock(b, LOCK_EX) == -1 && errno == EINTR);
    CHECK(flock(a, LOCK_UN) == 0);

    struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_len = 1};
    CHECK(fcntl(a, F_OFD_SETLK, &fl) == 0);
    arm(0);
    CHECK(fcntl(b, F_OFD_SETLKW, &fl) == -1 && errno == EINTR);
    close(a);
    close(b);
    unlink(path);

    char fifo[] = "/tmp/mimic-intr-fifo-XXXXXX";
    CHECK(mkdtemp(fifo) != NULL);
    char name[64];
    snprintf(name, sizeof(name), "%s/f", fifo);
    CHECK(mkfifo(name, 0600) == 0);
    arm(0);
    CHECK(open(name, O_RDONLY) == -1 && errno == EINTR);
    unlink(name);
    rmdir(fifo);

    /* SA_RESTART: the read is restarted and sees the handler's byte. */
    pipe_w = p[1];
    arm(1);
    CHECK(read(p[0], &c, 1) == 1 && c == '!');
    CHECK(alarms == 7);
    return sys_finish();
}
