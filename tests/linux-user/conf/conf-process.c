/* Conformance: processes — fork/pipe/waitpid with exit codes, children
 * killed by signals, stop/continue, waitid/wait4, clone without CLONE_VM,
 * vfork, exec of itself through /proc/self/exe (and posix_spawn), exec
 * errors, atexit and stdio flushing, sessions and process groups, pid
 * relations, /proc/self/{exe,cmdline}. See conf.h. */
#include "conf.h"

#include <sched.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>

static int main_argc;
static char **main_argv;
extern char **environ;

static int exit_with(void *arg)
{
    return (int)(intptr_t)arg;
}

static int check_ppid(void *arg)
{
    pid_t parent = (pid_t)(intptr_t)arg;
    return getppid() == parent && getpid() != parent ? 0 : 1;
}

static void check_fork_exit(void)
{
    int a = run_child(exit_with, (void *)42);
    int b = run_child(exit_with, (void *)0);
    int c = run_child(exit_with, (void *)255);
    int d = run_child(exit_with, (void *)256); /* only the low 8 bits */
    int e = run_child(check_ppid, (void *)(intptr_t)getpid());
    char s[5][32];
    snprintf(s[0], 32, "%s", wait_str(a));
    snprintf(s[1], 32, "%s", wait_str(b));
    snprintf(s[2], 32, "%s", wait_str(c));
    snprintf(s[3], 32, "%s", wait_str(d));
    snprintf(s[4], 32, "%s", wait_str(e));

    report(WIFEXITED(a) && WEXITSTATUS(a) == 42 && b == 0 &&
               WEXITSTATUS(c) == 255 && d == 0 && e == 0,
           "%s, %s, %s, %s, ppid-check %s", s[0], s[1], s[2], s[3], s[4]);
}

static void check_pids(void)
{
    pid_t pid = getpid();
    int tid = syscall(SYS_gettid) == pid;
    /* In a pid namespace whose session leader or parent lives outside it
       (a CI container), the kernel reports those ids as 0. */
    int ppid = getppid() != pid && getppid() >= 0;
    int pgrp = getpgrp() == getpgid(0);
    int sid = getsid(0) >= 0 && getsid(0) == getsid(pid);
    int fds[2];
    SYS(pipe(fds));
    pid_t c = SYS(fork());
    if (c == 0) {
        pid_t me = getpid();
        write(fds[1], &me, sizeof(me));
        _exit(0);
    }
    pid_t seen = 0;
    read(fds[0], &seen, sizeof(seen));
    int st;
    waitpid(c, &st, 0);
    close(fds[0]), close(fds[1]);

    report(tid && ppid && pgrp && sid && seen == c && c != pid,
           "tid=pid:%d ppid:%d pgrp:%d sid:%d child-getpid=fork-ret:%d", tid,
           ppid, pgrp, sid, seen == c);
}

/* 1 MiB through a pipe to a child and its checksum back: blocking both ways. */
static void check_pipe_data(void)
{
    int down[2], up[2];
    SYS(pipe(down));
    SYS(pipe(up));
    pid_t c = SYS(fork());
    if (c == 0) {
        close(down[1]);
        close(up[0]);
        unsigned char buf[3000];
        uint32_t sum = 0, n = 0;
        ssize_t r;
        while ((r = read(down[0], buf, sizeof(buf))) > 0) {
            for (ssize_t i = 0; i < r; i++) {
                sum = sum * 31 + buf[i];
            }
            n += r;
        }
        uint32_t out[2] = {sum, n};
        write(up[1], out, sizeof(out));
        _exit(r == 0 ? 0 : 1);
    }
    close(down[0]);
    close(up[1]);
    unsigned char buf[4096];
    uint32_t sum = 0;
    for (int k = 0; k < 256; k++) {
        for (int i = 0; i < 4096; i++) {
            buf[i] = (unsigned char)(i * k + 7);
            sum = sum * 31 + buf[i];
        }
        if (write(down[1], buf, sizeof(buf)) != sizeof(buf)) {
            fail_errno("write");
            return;
        }
    }
    close(down[1]);
    uint32_t got[2] = {0, 0};
    long r = read(up[0], got, sizeof(got));
    close(up[0]);
    int st;
    waitpid(c, &st, 0);

    report(r == 8 && got[0] == sum && got[1] == 1 << 20 && st == 0,
           "child-got=%u bytes sum-match=%d child=%s", got[1], got[0] == sum,
           wait_str(st));
}

static int die_term(void *arg)
{
    (void)arg;
    kill(getpid(), SIGTERM);
    return 1;
}

static int die_segv(void *arg)
{
    (void)arg;
    signal(SIGSEGV, SIG_DFL);
    *(volatile int *)(uintptr_t)arg = 1;
    return 1;
}

static int die_abort(void *arg)
{
    (void)arg;
    abort();
}

static void check_killed(void)
{
    int t = run_child(die_term, NULL);
    int s = run_child(die_segv, NULL);
    int a = run_child(die_abort, NULL);
    pid_t c = SYS(fork());
    if (c == 0) {
        for (;;) {
            pause();
        }
    }
    kill(c, SIGKILL);
    int k;
    waitpid(c, &k, 0);
    char buf[4][32];
    snprintf(buf[0], 32, "%s", wait_str(t));
    snprintf(buf[1], 32, "%s", wait_str(s));
    snprintf(buf[2], 32, "%s", wait_str(a));
    snprintf(buf[3], 32, "%s", wait_str(k));

    report(WIFSIGNALED(t) && WTERMSIG(t) == SIGTERM && WIFSIGNALED(s) &&
               WTERMSIG(s) == SIGSEGV && WIFSIGNALED(a) &&
               WTERMSIG(a) == SIGABRT && WIFSIGNALED(k) &&
               WTERMSIG(k) == SIGKILL,
           "SIGTERM: %s, SIGSEGV: %s, abort: %s, SIGKILL: %s", buf[0], buf[1],
           buf[2], buf[3]);
}

static void check_stop_continue(void)
{
    int st1 = 0, st2 = 0, st3 = 0, go[2];
    SYS(pipe(go));
    pid_t c = SYS(fork());
    if (c == 0) {
        char x;
        raise(SIGSTOP);
        /* Exit only after the parent saw the continue: an exit first
         * would make waitpid(WCONTINUED) report it instead. */
        read(go[0], &x, 1);
        _exit(5);
    }
    waitpid(c, &st1, WUNTRACED);
    kill(c, SIGCONT);
    waitpid(c, &st2, WCONTINUED);
    write(go[1], "g", 1);
    waitpid(c, &st3, 0);
    close(go[0]);
    close(go[1]);

    report(WIFSTOPPED(st1) && WSTOPSIG(st1) == SIGSTOP && WIFCONTINUED(st2) &&
               WIFEXITED(st3) && WEXITSTATUS(st3) == 5,
           "stopped=%d/%d continued=%d then %s", WIFSTOPPED(st1),
           WIFSTOPPED(st1) ? WSTOPSIG(st1) : 0, WIFCONTINUED(st2),
           wait_str(st3));
}

static void check_wait_variants(void)
{
    int fds[2];
    SYS(pipe(fds));
    pid_t c = SYS(fork());
    if (c == 0) {
        char x;
        read(fds[0], &x, 1); /* wait for the parent's go */
        _exit(9);
    }
    int st;
    long nohang = waitpid(c, &st, WNOHANG);
    write(fds[1], "g", 1);
    siginfo_t si = {0};
    SYS(waitid(P_PID, c, &si, WEXITED | WNOWAIT));
    int code = si.si_code, status = si.si_status, same = si.si_pid == c;
    struct rusage ru;
    long w = SYS(wait4(-1, &st, 0, &ru));
    errno = 0;
    long none = waitpid(-1, &st, WNOHANG);
    const char *e = none < 0 ? strerror(errno) : "?";
    close(fds[0]), close(fds[1]);

    report(nohang == 0 && code == CLD_EXITED && status == 9 && same && w == c &&
               WEXITSTATUS(st) == 9 && none == -1,
           "wnohang=%ld waitid=%s/%d/pid:%d wait4=%s no-children=%s", nohang,
           code == CLD_EXITED ? "CLD_EXITED" : "?", status, same, wait_str(st),
           e);
}

static void check_clone_fork(void)
{
    /* clone without CLONE_VM, as a raw syscall (flags first on every ABI) */
    long c = syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
    if (c == 0) {
        _exit(getppid() > 0 ? 6 : 1);
    }
    if (c < 0) {
        fail_errno("clone");
        return;
    }
    int st;
    long w = waitpid(c, &st, 0);

    report(w == c && WIFEXITED(st) && WEXITSTATUS(st) == 6, "child=%s",
           wait_str(st));
}

static void check_vfork(void)
{
    static volatile int before = 1;
    pid_t c = vfork();
    if (c == 0) {
        _exit(before + 6);
    }
    int st;
    waitpid(c, &st, 0);
    report(WIFEXITED(st) && WEXITSTATUS(st) == 7, "child=%s", wait_str(st));
}

static int atexit_fd;
static void at_a(void)
{
    write(atexit_fd, "A", 1);
}
static void at_b(void)
{
    write(atexit_fd, "B", 1);
}
static void at_c(void)
{
    write(atexit_fd, "C", 1);
}

static int atexit_child(void *arg)
{
    atexit(at_a);
    atexit(at_b);
    atexit(at_c);
    FILE *f = fdopen(dup(atexit_fd), "w"); /* a pipe: fully buffered */
    fprintf(f, "[buffered]"); /* flushed only by exit(), after the handlers */
    if (arg) {
        _exit(3); /* neither handlers nor flushing */
    }
    exit(4);
}

static void check_atexit(void)
{
    int fds[2];
    char buf[64] = {0}, buf2[64] = {0};
    SYS(pipe(fds));
    atexit_fd = fds[1];
    int st = run_child(atexit_child, NULL);
    int st2 = run_child(atexit_child, (void *)1);
    close(fds[1]);
    long n = read(fds[0], buf, sizeof(buf) - 1);
    close(fds[0]);
    (void)n;
    strcpy(buf2, wait_str(st2));

    report(!strcmp(buf, "CBA[buffered]") && WEXITSTATUS(st) == 4 &&
               WEXITSTATUS(st2) == 3,
           "exit: '%s' %s; _exit: %s", buf, wait_str(st), buf2);
}

static void check_sigchld_ignore(void)
{
    signal(SIGCHLD, SIG_IGN);
    pid_t c = SYS(fork());
    if (c == 0) {
        _exit(0);
    }
    int st;
    errno = 0;
    long w = waitpid(c, &st, 0); /* blocks until the child is gone */
    int e = errno;
    signal(SIGCHLD, SIG_DFL);

    report(w == -1 && e == ECHILD, "waitpid=%ld errno=%s", w, strerror(e));
}

static int session_child(void *arg)
{
    (void)arg;
    pid_t s = setsid();
    if (s != getpid() || getsid(0) != getpid() || getpgrp() != getpid()) {
        return 1;
    }
    return setpgid(0, 0) < 0 && errno == EPERM ? 0 : 2; /* session leader */
}

static int pgrp_child(void *arg)
{
    (void)arg;
    if (setpgid(0, 0) < 0 || getpgrp() != getpid()) {
        return 1;
    }
    return setsid() < 0 && errno == EPERM ? 0 : 2; /* group leader */
}

static void check_sessions(void)
{
    int a = run_child(session_child, NULL);
    int b = run_child(pgrp_child, NULL);
    char s[32];
    strcpy(s, wait_str(a));
    report(a == 0 && b == 0, "setsid-child=%s setpgid-child=%s", s,
           wait_str(b));
}

static void check_proc_self(void)
{
    char exe[4096], want[4096], cmd[4096];
    long n = SYS(readlink("/proc/self/exe", exe, sizeof(exe) - 1));
    exe[n] = 0;
    if (!realpath(main_argv[0], want)) {
        fail_errno("realpath argv[0]");
        return;
    }
    int fd = SYS(open("/proc/self/cmdline", O_RDONLY));
    long len = SYS(read(fd, cmd, sizeof(cmd)));
    close(fd);
    long want_len = 0;
    int same = 1;
    for (int i = 0; i < main_argc; i++) {
        size_t l = strlen(main_argv[i]) + 1;
        same &= want_len + (long)l <= len &&
                !memcmp(cmd + want_len, main_argv[i], l);
        want_len += l;
    }
    char bypid[64], exe2[4096];
    snprintf(bypid, sizeof(bypid), "/proc/%d/exe", (int)getpid());
    long n2 = SYS(readlink(bypid, exe2, sizeof(exe2) - 1));
    exe2[n2] = 0;
    struct stat a, b;
    fd = SYS(open("/proc/self/exe", O_RDONLY));
    SYS(fstat(fd, &a));
    close(fd);
    SYS(stat(want, &b));

    report(!strcmp(exe, want) && !strcmp(exe2, want) && same &&
               len == want_len && a.st_ino == b.st_ino,
           "exe-link=argv0:%d pid-exe-link:%d cmdline=argv:%d opened-exe:%d",
           !strcmp(exe, want), !strcmp(exe2, want), same && len == want_len,
           a.st_ino == b.st_ino);
}

/* stat() through the link, not only readlink and open, sees the program. */
static void check_proc_exe_stat(void)
{
    char want[4096];
    struct stat a, b;
    if (!realpath(main_argv[0], want)) {
        fail_errno("realpath argv[0]");
        return;
    }
    SYS(stat("/proc/self/exe", &a));
    SYS(stat(want, &b));
    report(a.st_ino == b.st_ino && a.st_size == b.st_size, "same-file=%d",
           a.st_ino == b.st_ino && a.st_size == b.st_size);
}

/* The image started by exec-self: report argv, environment and whether the
 * close-on-exec descriptor was closed, through the descriptor in argv[2]. */
static int exec_child_main(int argc, char **argv)
{
    char line[512];
    int fd = atoi(argv[2]);
    int cloexec_fd = argc > 4 ? atoi(argv[4]) : -1;
    errno = 0;
    int closed = fcntl(cloexec_fd, F_GETFD) < 0 && errno == EBADF;
    const char *env = getenv("CONF_EXEC_VAR");
    int n = snprintf(line, sizeof(line),
                     "argc=%d arg='%s' env=%s cloexec-closed=%d", argc,
                     argc > 3 ? argv[3] : "", env ? env : "(unset)", closed);
    return write(fd, line, n) == n ? 23 : 1;
}

static void exec_result(const char *how, pid_t c, int rd)
{
    char buf[512] = {0};
    int st;
    long n = read(rd, buf, sizeof(buf) - 1);
    (void)n;
    waitpid(c, &st, 0);
    close(rd);
    report(WIFEXITED(st) && WEXITSTATUS(st) == 23 &&
               !strcmp(buf, "argc=5 arg='two words' env=yes cloexec-closed=1"),
           "%s: %s child=%s", how, buf, wait_str(st));
}

static void check_exec_self(void)
{
    int fds[2];
    char fdnum[16], cefd[16];
    SYS(pipe(fds));
    int ce = SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
    snprintf(fdnum, sizeof(fdnum), "%d", fds[1]);
    snprintf(cefd, sizeof(cefd), "%d", ce);
    pid_t c = SYS(fork());
    if (c == 0) {
        char *args[] = {"conf-exec", "--exec-child", fdnum,
                        "two words", cefd,           NULL};
        setenv("CONF_EXEC_VAR", "yes", 1);
        execv("/proc/self/exe", args);
        _exit(127);
    }
    close(fds[1]);
    close(ce);
    exec_result("execv", c, fds[0]);
}

static void check_spawn_self(void)
{
    int fds[2];
    char fdnum[16], cefd[16];
    SYS(pipe(fds));
    int ce = SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
    snprintf(fdnum, sizeof(fdnum), "%d", fds[1]);
    snprintf(cefd, sizeof(cefd), "%d", ce);
    char *args[] = {"conf-exec", "--exec-child", fdnum,
                    "two words", cefd,           NULL};
    setenv("CONF_EXEC_VAR", "yes", 1);
    pid_t c;
    int r = posix_spawn(&c, "/proc/self/exe", NULL, NULL, args, environ);
    unsetenv("CONF_EXEC_VAR");
    close(fds[1]);
    close(ce);
    if (r != 0) {
        report(0, "posix_spawn: %s", strerror(r));
        close(fds[0]);
        return;
    }
    exec_result("posix_spawn", c, fds[0]);
}

static void check_exec_errors(void)
{
    char *args[] = {"x", NULL};
    const char *e[4];
    int fd = SYS(open(conf_path("noexec"), O_CREAT | O_WRONLY, 0644));
    write(fd, "plain text\n", 11);
    close(fd);
    fd = SYS(open(conf_path("garbage"), O_CREAT | O_WRONLY, 0755));
    write(fd, "\1\2\3\4 not a program\n", 20);
    close(fd);
    errno = 0;
    execv(conf_path("missing"), args);
    e[0] = strerror(errno);
    execv(conf_path(""), args); /* the directory */
    e[1] = strerror(errno);
    execv(conf_path("noexec"), args);
    e[2] = strerror(errno);
    execv(conf_path("garbage"), args);
    e[3] = strerror(errno);

    report(1, "missing=%s directory=%s no-x-bit=%s garbage=%s", e[0], e[1],
           e[2], e[3]);
}

static const ConfCheck checks[] = {
    {"proc.fork-exit", check_fork_exit},
    {"proc.pids", check_pids},
    {"proc.pipe-data", check_pipe_data},
    {"proc.killed", check_killed},
    {"proc.stop-continue", check_stop_continue},
    {"proc.wait-variants", check_wait_variants},
    {"proc.clone-fork", check_clone_fork},
    {"proc.vfork", check_vfork},
    {"proc.atexit", check_atexit},
    {"proc.sigchld-ignore", check_sigchld_ignore},
    {"proc.sessions", check_sessions},
    {"proc.proc-self", check_proc_self},
    {"proc.proc-exe-stat", check_proc_exe_stat},
    {"proc.exec-self", check_exec_self},
    {"proc.spawn-self", check_spawn_self},
    {"proc.exec-errors", check_exec_errors},
};

int main(int argc, char **argv)
{
    if (argc > 2 && strcmp(argv[1], "--exec-child") == 0) {
        return exec_child_main(argc, argv);
    }
    main_argc = argc;
    main_argv = argv;
    return conf_main(checks, sizeof(checks) / sizeof(checks[0]), argc, argv);
}
