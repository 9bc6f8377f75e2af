/*
 * runstat — run a command and report how it ended, its wall time and peak RSS.
 *
 *   runstat [-t SECONDS] [-o FILE] PROGRAM [ARGS...]
 *
 * Writes one line to FILE (default stderr):
 *   "exit N WALL_SECONDS MAXRSS_KB"  or  "signal N WALL MAXRSS"  or  "timeout N
 * WALL MAXRSS" and exits like a shell would: N for exit N, 128+N for signal N,
 * 124 for a timeout (the child is then killed with SIGKILL). Used by the loader
 * fuzz test (to tell "exit 139" from "killed by SIGSEGV") and by
 * scripts/bench.sh.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static pid_t child;
static volatile sig_atomic_t timed_out;

static void on_alarm(int sig)
{
    (void)sig;
    timed_out = 1;
    kill(child, SIGKILL);
}

int main(int argc, char **argv)
{
    const char *out = NULL;
    unsigned secs = 0;
    int opt, status;
    struct rusage ru;
    struct timespec t0, t1;
    FILE *f;

    while ((opt = getopt(argc, argv, "+t:o:")) != -1) {
        if (opt == 't') {
            secs = (unsigned)atoi(optarg);
        } else if (opt == 'o') {
            out = optarg;
        } else {
            return 125;
        }
    }
    if (optind >= argc) {
        fprintf(stderr,
                "usage: runstat [-t SECONDS] [-o FILE] PROGRAM [ARGS...]\n");
        return 125;
    }
    clock_gettime(CLOCK_MONOTONIC, &t0);
    child = fork();
    if (child < 0) {
        perror("runstat: fork");
        return 125;
    }
    if (child == 0) {
        execvp(argv[optind], argv + optind);
        fprintf(stderr, "runstat: %s: %s\n", argv[optind], strerror(errno));
        _exit(127);
    }
    signal(SIGALRM, on_alarm);
    alarm(secs);
    while (wait4(child, &status, 0, &ru) < 0) {
    }
    alarm(0);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double wall = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;

    f = out ? fopen(out, "w") : stderr;
    if (!f) {
        perror(out);
        return 125;
    }
    int rc;
    if (timed_out) {
        fprintf(f, "timeout %u %.6f %ld\n", secs, wall, ru.ru_maxrss);
        rc = 124;
    } else if (WIFSIGNALED(status)) {
        fprintf(f, "signal %d %.6f %ld\n", WTERMSIG(status), wall,
                ru.ru_maxrss);
        rc = 128 + WTERMSIG(status);
    } else {
        fprintf(f, "exit %d %.6f %ld\n", WEXITSTATUS(status), wall,
                ru.ru_maxrss);
        rc = WEXITSTATUS(status);
    }
    if (out) {
        fclose(f);
    }
    return rc;
}
