/*
 * conf.h — the harness of the linux-user conformance programs (conf-*.c).
 *
 * Each program is built for x86-64 and run natively (the truth), and built
 * for riscv64, static and dynamic, and run under the emulator; the emulator's
 * stdout must equal the native stdout line for line. A check is one function
 * in the program's table and prints exactly one line:
 *
 *     ok NAME: observed values          or          FAIL NAME: what went wrong
 *
 * A line holds only what is the same on every machine and in every run: no
 * pids, addresses, times, inode numbers or architecture names (compare those
 * inside the check and print the verdict). Printing the observed values, not
 * just "ok", makes a wrong value show in the runner's diff even when the
 * check's own test is too weak to catch it.
 *
 *   conf-PROG              run every check, in table order
 *   conf-PROG NAME...      run only the named checks (the runner re-runs one by
 *                          one the checks a crashed or hung run never printed)
 *   conf-PROG --list       print the check names
 *
 * Rules for checks: they are independent (any one may run alone); files go in
 * conf_path()'s private directory; forked children leave with _exit() and
 * never print to stdout (they report through pipes or exit statuses), so the
 * order of lines does not depend on scheduling. stdout is line-buffered so
 * that a crash loses no finished line and fork() duplicates none.
 */
#ifndef CONF_H
#define CONF_H

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct ConfCheck {
    const char *name;
    void (*fn)(void);
} ConfCheck;

static const char *conf_name; /* the check now running */
static int conf_reports;      /* lines it printed */
static char conf_dir[64];     /* private scratch directory, made lazily */

/* Print the check's one line: "ok NAME: ..." if ok, else "FAIL NAME: ...". */
__attribute__((format(printf, 2, 3))) static void report(int ok,
                                                         const char *fmt, ...)
{
    va_list ap;

    conf_reports++;
    printf("%s %s", ok ? "ok" : "FAIL", conf_name);
    if (fmt && *fmt) {
        printf(": ");
        va_start(ap, fmt);
        vprintf(fmt, ap);
        va_end(ap);
    }
    printf("\n");
}

/* Report a failed call with its errno text. */
static inline void fail_errno(const char *what)
{
    report(0, "%s: %s", what, strerror(errno));
}

/*
 * SYS(call): evaluate a call that returns a negative number on failure; on
 * failure report it and return from the check. A macro because it returns
 * from its caller; yields the call's value as a long.
 */
#define SYS(call)                                                              \
    ({                                                                         \
        long sys_r_ = (long)(call);                                            \
        if (sys_r_ < 0) {                                                      \
            fail_errno(#call);                                                 \
            return;                                                            \
        }                                                                      \
        sys_r_;                                                                \
    })

/* A path NAME inside the private scratch directory (4 rotating buffers). */
static inline const char *conf_path(const char *name)
{
    static char bufs[4][128];
    static int next;
    char *p = bufs[next++ & 3];

    if (!conf_dir[0]) {
        const char *t = getenv("TMPDIR");
        snprintf(conf_dir, sizeof(conf_dir), "%s/conf-XXXXXX",
                 t && *t && strlen(t) < 40 ? t : "/tmp");
        if (!mkdtemp(conf_dir)) {
            perror("mkdtemp");
            exit(2);
        }
    }
    snprintf(p, 128, "%s/%s", conf_dir, name);
    return p;
}

static int conf_rm_one(const char *path, const struct stat *st, int flag,
                       struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    remove(path);
    return 0;
}

/* Fork; the child runs fn(arg) and _exit()s with its return value. Returns
 * the child's wait status, or -1. */
static inline int run_child(int (*fn)(void *), void *arg)
{
    int status;
    pid_t pid = fork();

    if (pid < 0) {
        return -1;
    }
    if (pid == 0) {
        _exit(fn(arg));
    }
    if (waitpid(pid, &status, 0) != pid) {
        return -1;
    }
    return status;
}

/* "exit N", "signal N" or "status 0xN" for a wait status. */
static inline const char *wait_str(int status)
{
    static char buf[32];

    if (status == -1) {
        snprintf(buf, sizeof(buf), "fork/wait failed");
    } else if (WIFEXITED(status)) {
        snprintf(buf, sizeof(buf), "exit %d", WEXITSTATUS(status));
    } else if (WIFSIGNALED(status)) {
        snprintf(buf, sizeof(buf), "signal %d", WTERMSIG(status));
    } else {
        snprintf(buf, sizeof(buf), "status 0x%x", status);
    }
    return buf;
}

/* Elapsed CLOCK_MONOTONIC time since *t0, in milliseconds. */
static inline double ms_since(const struct timespec *t0)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (t.tv_sec - t0->tv_sec) * 1e3 + (t.tv_nsec - t0->tv_nsec) / 1e6;
}

static void conf_run(const ConfCheck *c)
{
    conf_name = c->name;
    conf_reports = 0;
    c->fn();
    if (conf_reports != 1) {
        report(0, "printed %d lines, expected 1", conf_reports);
    }
}

/* The program's main: run the checks named on the command line, or all. */
static int conf_main(const ConfCheck *checks, size_t n, int argc, char **argv)
{
    int status = 0;

    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc > 1 && strcmp(argv[1], "--list") == 0) {
        for (size_t i = 0; i < n; i++) {
            printf("%s\n", checks[i].name);
        }
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        int wanted = argc < 2;
        for (int a = 1; a < argc && !wanted; a++) {
            wanted = strcmp(argv[a], checks[i].name) == 0;
        }
        if (wanted) {
            conf_run(&checks[i]);
        }
    }
    for (int a = 1; a < argc; a++) {
        size_t i = 0;
        while (i < n && strcmp(argv[a], checks[i].name) != 0) {
            i++;
        }
        if (i == n) {
            fprintf(stderr, "%s: no check named '%s'\n", argv[0], argv[a]);
            status = 2;
        }
    }
    if (conf_dir[0]) {
        nftw(conf_dir, conf_rm_one, 16, FTW_DEPTH | FTW_PHYS);
    }
    return status;
}

#define CONF_MAIN(table)                                                       \
    int main(int argc, char **argv)                                            \
    {                                                                          \
        return conf_main(table, sizeof(table) / sizeof(table[0]), argc, argv); \
    }

#endif
