/* Conformance: signals — masks, pending sets, sigsuspend, siginfo codes,
 * SA_NODEFER/SA_RESETHAND/SA_ONSTACK/SA_RESTART, sigaltstack, interval
 * timers with pause(), EINTR vs restart on a blocking read, sigtimedwait,
 * SIGCHLD, the mask restored from the ucontext by sigreturn, and state kept
 * across asynchronous handlers. See conf.h. */
#include "conf.h"

#include <sys/resource.h>
#include <sys/time.h>
#include <sys/ucontext.h>

static volatile sig_atomic_t hits, depth, max_depth;
static volatile int order[16], norder;
static siginfo_t last_info;
static volatile int handler_blocked; /* was the signal blocked in the handler */

static void on_count(int sig)
{
    (void)sig;
    hits++;
}

static void on_order(int sig)
{
    if (norder < 16) {
        order[norder++] = sig;
    }
}

static void on_info(int sig, siginfo_t *si, void *uc)
{
    (void)uc, (void)sig;
    last_info = *si;
    hits++;
}

static void set_handler(int sig, void (*fn)(int), int flags)
{
    struct sigaction sa = {.sa_handler = fn, .sa_flags = flags};
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

static void set_info_handler(int sig, void (*fn)(int, siginfo_t *, void *),
                             int flags)
{
    struct sigaction sa = {.sa_sigaction = fn, .sa_flags = flags | SA_SIGINFO};
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

static void block(int how, int sig)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, sig);
    sigprocmask(how, &s, NULL);
}

static int is_blocked(int sig)
{
    sigset_t s;
    sigprocmask(SIG_BLOCK, NULL, &s);
    return sigismember(&s, sig);
}

static void check_mask_pending(void)
{
    sigset_t pend;
    hits = 0;
    set_handler(SIGUSR1, on_count, 0);
    block(SIG_BLOCK, SIGUSR1);
    raise(SIGUSR1);
    int while_blocked = hits;
    sigpending(&pend);
    int pending = sigismember(&pend, SIGUSR1);
    int other = sigismember(&pend, SIGUSR2);
    block(SIG_UNBLOCK, SIGUSR1);
    int after = hits;
    sigpending(&pend);
    int still = sigismember(&pend, SIGUSR1);

    set_handler(SIGUSR1, SIG_DFL, 0);
    report(!while_blocked && pending && !other && after == 1 && !still,
           "ran-blocked=%d pending=%d other-pending=%d ran-on-unblock=%d "
           "pending-after=%d",
           while_blocked, pending, other, after, still);
}

/* Standard signals coalesce, real-time ones queue; with every signal masked
 * in the handlers, delivery is lowest number first. */
static void check_queueing(void)
{
    struct sigaction sa = {.sa_handler = on_order};
    sigset_t both;
    char line[128] = "";

    sigfillset(&sa.sa_mask);
    sigaction(SIGUSR2, &sa, NULL);
    sigaction(SIGRTMIN + 1, &sa, NULL);
    sigaction(SIGUSR1, &sa, NULL);
    sigemptyset(&both);
    sigaddset(&both, SIGUSR2);
    sigaddset(&both, SIGUSR1);
    sigaddset(&both, SIGRTMIN + 1);
    sigprocmask(SIG_BLOCK, &both, NULL);
    norder = 0;
    for (int i = 0; i < 3; i++) {
        raise(SIGRTMIN + 1);
        raise(SIGUSR2);
    }
    raise(SIGUSR1);
    sigprocmask(SIG_UNBLOCK, &both, NULL);
    for (int i = 0; i < norder; i++) {
        int s = order[i];
        snprintf(line + strlen(line), sizeof(line) - strlen(line), " %s",
                 s == SIGUSR1        ? "USR1"
                 : s == SIGUSR2      ? "USR2"
                 : s == SIGRTMIN + 1 ? "RTMIN+1"
                                     : "?");
    }
    set_handler(SIGUSR2, SIG_DFL, 0);
    set_handler(SIGUSR1, SIG_DFL, 0);
    set_handler(SIGRTMIN + 1, SIG_DFL, 0);
    report(norder == 5 && order[0] == SIGUSR1 && order[1] == SIGUSR2,
           "delivered:%s", line);
}

static void check_sigsuspend(void)
{
    sigset_t empty;
    hits = 0;
    set_handler(SIGUSR1, on_count, 0);
    block(SIG_BLOCK, SIGUSR1);
    raise(SIGUSR1);
    sigemptyset(&empty);
    errno = 0;
    long r = sigsuspend(&empty);
    int e = errno;
    int restored = is_blocked(SIGUSR1);

    block(SIG_UNBLOCK, SIGUSR1);
    set_handler(SIGUSR1, SIG_DFL, 0);
    report(r == -1 && e == EINTR && hits == 1 && restored,
           "ret=%ld errno=%s hits=%d mask-restored=%d", r, strerror(e),
           (int)hits, restored);
}

/* sigsuspend that really sleeps until another process signals us. */
static void check_sigsuspend_wait(void)
{
    sigset_t empty;
    hits = 0;
    set_handler(SIGUSR2, on_count, 0);
    block(SIG_BLOCK, SIGUSR2);
    pid_t parent = getpid(), pid = fork();
    if (pid == 0) {
        struct timespec ts = {0, 30 * 1000 * 1000};
        nanosleep(&ts, NULL);
        kill(parent, SIGUSR2);
        _exit(0);
    }
    sigemptyset(&empty);
    long r = sigsuspend(&empty);
    int st;
    waitpid(pid, &st, 0);

    block(SIG_UNBLOCK, SIGUSR2);
    set_handler(SIGUSR2, SIG_DFL, 0);
    report(r == -1 && hits == 1 && st == 0, "ret=%ld hits=%d child=%s", r,
           (int)hits, wait_str(st));
}

static const char *code_name(int code)
{
    switch (code) {
    case SI_USER:
        return "SI_USER";
    case SI_TKILL:
        return "SI_TKILL";
    case SI_QUEUE:
        return "SI_QUEUE";
    case SI_KERNEL:
        return "SI_KERNEL";
    case SI_TIMER:
        return "SI_TIMER";
    default:
        return "?";
    }
}

static void check_siginfo(void)
{
    char line[256];
    int n = 0;
    hits = 0;
    set_info_handler(SIGUSR1, on_info, 0);
    kill(getpid(), SIGUSR1);
    int self = last_info.si_pid == getpid() && last_info.si_uid == getuid();
    n += snprintf(line + n, sizeof(line) - n, "kill=%d/%s/self:%d",
                  last_info.si_signo, code_name(last_info.si_code), self);
    raise(SIGUSR1);
    n += snprintf(line + n, sizeof(line) - n, " raise=%s",
                  code_name(last_info.si_code));
    union sigval v = {.sival_int = 1234};
    sigqueue(getpid(), SIGUSR1, v);
    n += snprintf(line + n, sizeof(line) - n, " sigqueue=%s/value:%d/self:%d",
                  code_name(last_info.si_code), last_info.si_value.sival_int,
                  last_info.si_pid == getpid());

    set_handler(SIGUSR1, SIG_DFL, 0);
    report(hits >= 3 && self && last_info.si_value.sival_int == 1234, "%s",
           line);
}

static void on_mask(int sig, siginfo_t *si, void *ucp)
{
    ucontext_t *uc = ucp;
    (void)si;
    handler_blocked = is_blocked(sig) * 1 + is_blocked(SIGUSR2) * 2 +
                      sigismember(&uc->uc_sigmask, SIGUSR1) * 4 +
                      sigismember(&uc->uc_sigmask, SIGPIPE) * 8;
    /* sigreturn restores the mask from here: add SIGPIPE for the caller */
    sigaddset(&uc->uc_sigmask, SIGPIPE);
}

/* In the handler: the signal and sa_mask are blocked, uc_sigmask holds the
 * interrupted mask; on return the mask comes back from uc_sigmask. */
static void check_handler_mask(void)
{
    struct sigaction sa = {.sa_sigaction = on_mask, .sa_flags = SA_SIGINFO};
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGUSR2);
    sigaction(SIGUSR1, &sa, NULL);
    handler_blocked = -1;
    kill(getpid(), SIGUSR1);
    int pipe_blocked = is_blocked(SIGPIPE);
    int usr2 = is_blocked(SIGUSR2);

    block(SIG_UNBLOCK, SIGPIPE);
    set_handler(SIGUSR1, SIG_DFL, 0);
    report(handler_blocked == 3 && pipe_blocked && !usr2,
           "in-handler: self=%d sa_mask=%d uc_mask-self=%d; after: "
           "uc-added=%d sa_mask=%d",
           handler_blocked & 1, !!(handler_blocked & 2),
           !!(handler_blocked & 4), pipe_blocked, usr2);
}

static void on_nest(int sig)
{
    depth++;
    if (depth > max_depth) {
        max_depth = depth;
    }
    hits++;
    if (hits == 1) {
        raise(sig); /* nests only with SA_NODEFER */
    }
    depth--;
}

static void check_nodefer(void)
{
    hits = depth = max_depth = 0;
    set_handler(SIGUSR1, on_nest, 0);
    raise(SIGUSR1);
    int d0 = max_depth, h0 = hits;
    hits = depth = max_depth = 0;
    set_handler(SIGUSR1, on_nest, SA_NODEFER);
    raise(SIGUSR1);
    int d1 = max_depth, h1 = hits;

    set_handler(SIGUSR1, SIG_DFL, 0);
    report(d0 == 1 && h0 == 2 && d1 == 2 && h1 == 2,
           "default: depth=%d hits=%d; nodefer: depth=%d hits=%d", d0, h0, d1,
           h1);
}

static int resethand_child(void *arg)
{
    (void)arg;
    hits = 0;
    set_handler(SIGUSR1, on_count, SA_RESETHAND);
    raise(SIGUSR1);
    if (hits != 1) {
        return 1;
    }
    raise(SIGUSR1); /* now SIG_DFL: terminates */
    return 2;
}

static void check_resethand(void)
{
    struct sigaction old;
    hits = 0;
    set_handler(SIGUSR2, on_count, SA_RESETHAND);
    raise(SIGUSR2);
    sigaction(SIGUSR2, NULL, &old);
    int dfl = old.sa_handler == SIG_DFL;
    int st = run_child(resethand_child, NULL);

    report(hits == 1 && dfl && WIFSIGNALED(st) && WTERMSIG(st) == SIGUSR1,
           "hits=%d reset-to-default=%d second-raise=%s", (int)hits, dfl,
           wait_str(st));
}

static char *alt_base;
static size_t alt_size;
static volatile int on_alt, alt_flags;

static void on_alt_handler(int sig)
{
    char here;
    stack_t cur;
    (void)sig;
    on_alt = &here >= alt_base && &here < alt_base + alt_size;
    sigaltstack(NULL, &cur);
    alt_flags = cur.ss_flags;
}

static void check_altstack(void)
{
    alt_size = 64 * 1024;
    alt_base = malloc(alt_size);
    stack_t ss = {.ss_sp = alt_base, .ss_size = alt_size}, old;
    SYS(sigaltstack(&ss, NULL));
    set_handler(SIGUSR1, on_alt_handler, SA_ONSTACK);
    raise(SIGUSR1);
    int onstack = on_alt, flags_in = alt_flags;
    set_handler(SIGUSR1, on_alt_handler, 0);
    raise(SIGUSR1);
    int plain = on_alt;
    SYS(sigaltstack(NULL, &old));
    int same = old.ss_sp == alt_base && old.ss_size == alt_size;
    stack_t small = {.ss_sp = alt_base, .ss_size = 100};
    errno = 0;
    const char *e = sigaltstack(&small, NULL) < 0 ? strerror(errno) : "0";
    stack_t off = {.ss_flags = SS_DISABLE};
    SYS(sigaltstack(&off, NULL));

    set_handler(SIGUSR1, SIG_DFL, 0);
    report(onstack && flags_in == SS_ONSTACK && !plain && same &&
               old.ss_flags == 0,
           "onstack=%d flags-in-handler=%s without-SA_ONSTACK=%d query=%d "
           "flags=%d too-small=%s",
           onstack, flags_in == SS_ONSTACK ? "SS_ONSTACK" : "other", plain,
           same, old.ss_flags, e);
}

static sigjmp_buf overflow_jmp;

static void on_overflow(int sig)
{
    char here;
    (void)sig;
    on_alt = &here >= alt_base && &here < alt_base + alt_size;
    siglongjmp(overflow_jmp, 1);
}

#pragma GCC diagnostic ignored "-Winfinite-recursion"
static int recurse(volatile char *prev)
{
    volatile char pad[1024];
    pad[0] = prev ? prev[0] + 1 : 0;
    return recurse(pad) + pad[1];
}

/* A stack overflow's SIGSEGV can only be handled on the alternate stack. */
static int overflow_child(void *arg)
{
    (void)arg;
    struct rlimit rl = {1 << 20, 1 << 20};
    setrlimit(RLIMIT_STACK, &rl);
    alt_size = 64 * 1024;
    alt_base = malloc(alt_size);
    stack_t ss = {.ss_sp = alt_base, .ss_size = alt_size};
    sigaltstack(&ss, NULL);
    set_handler(SIGSEGV, on_overflow, SA_ONSTACK);
    if (sigsetjmp(overflow_jmp, 1) == 0) {
        recurse(NULL);
        return 1;
    }
    return on_alt ? 0 : 2;
}

static void check_altstack_overflow(void)
{
    int st = run_child(overflow_child, NULL);
    report(st == 0, "child=%s", wait_str(st));
}

static void check_sigaction_query(void)
{
    const int flags =
        SA_SIGINFO | SA_RESTART | SA_NODEFER | SA_RESETHAND | SA_ONSTACK;
    struct sigaction sa = {.sa_sigaction = on_info,
                           .sa_flags = SA_SIGINFO | SA_RESTART};
    struct sigaction old;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGUSR2);
    sigaddset(&sa.sa_mask, SIGRTMIN + 3);
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGUSR1, NULL, &old);
    int same = old.sa_sigaction == on_info;
    int fl = old.sa_flags & flags;
    int m = sigismember(&old.sa_mask, SIGUSR2) +
            sigismember(&old.sa_mask, SIGRTMIN + 3) * 2 +
            sigismember(&old.sa_mask, SIGINT) * 4;
    errno = 0;
    const char *e = sigaction(SIGKILL, &sa, NULL) < 0 ? strerror(errno) : "0";
    errno = 0;
    const char *e2 = sigaction(65, &sa, NULL) < 0 ? strerror(errno) : "0";
    block(SIG_BLOCK, SIGKILL);
    int kb = is_blocked(SIGKILL);
    struct sigaction stop;
    sigaction(SIGSTOP, NULL, &stop);

    set_handler(SIGUSR1, SIG_DFL, 0);
    report(same && fl == (SA_SIGINFO | SA_RESTART) && m == 3 && !kb,
           "handler=%d flags=%s mask=%d set-SIGKILL=%s sig65=%s "
           "SIGKILL-blockable=%d SIGSTOP-default=%d",
           same, fl == (SA_SIGINFO | SA_RESTART) ? "SIGINFO|RESTART" : "?", m,
           e, e2, kb, stop.sa_handler == SIG_DFL);
}

static void check_itimer_pause(void)
{
    struct itimerval it = {{0, 0}, {0, 30000}}, left;
    struct timespec t0;
    hits = 0;
    set_handler(SIGALRM, on_count, 0);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    SYS(setitimer(ITIMER_REAL, &it, NULL));
    errno = 0;
    long r = pause();
    int e = errno;
    double ms = ms_since(&t0);
    SYS(getitimer(ITIMER_REAL, &left));

    set_handler(SIGALRM, SIG_DFL, 0);
    report(r == -1 && e == EINTR && hits == 1 && ms >= 29 &&
               left.it_value.tv_sec == 0 && left.it_value.tv_usec == 0,
           "pause=%ld errno=%s hits=%d waited>=30ms:%d disarmed=%d", r,
           strerror(e), (int)hits, ms >= 29,
           left.it_value.tv_sec == 0 && left.it_value.tv_usec == 0);
}

static void check_itimer_interval(void)
{
    struct itimerval it = {{0, 5000}, {0, 5000}}, cur, off = {{0, 0}, {0, 0}};
    hits = 0;
    set_handler(SIGALRM, on_count, 0);
    SYS(setitimer(ITIMER_REAL, &it, NULL));
    SYS(getitimer(ITIMER_REAL, &cur));
    while (hits < 5) {
        pause();
    }
    SYS(setitimer(ITIMER_REAL, &off, &it));

    set_handler(SIGALRM, SIG_DFL, 0);
    report(cur.it_interval.tv_usec == 5000 && cur.it_value.tv_usec <= 5000 &&
               it.it_interval.tv_usec == 5000,
           "interval=%ld value<=interval:%d five-ticks=%d old-interval=%ld",
           (long)cur.it_interval.tv_usec, cur.it_value.tv_usec <= 5000,
           hits >= 5, (long)it.it_interval.tv_usec);
}

static void check_alarm(void)
{
    unsigned a = alarm(100);
    unsigned b = alarm(0);
    report(a == 0 && b >= 99 && b <= 100, "first=%u remaining~100:%d", a,
           b >= 99 && b <= 100);
}

static int restart_pipe[2];
static volatile int reading, early;

static void on_alarm_write(int sig)
{
    (void)sig;
    hits++;
    if (!reading) {
        early = 1;
    }
    if (write(restart_pipe[1], "sig", 3) != 3) {
        hits += 100;
    }
}

/* A read blocked on an empty pipe is interrupted by SIGALRM, whose handler
 * writes to the pipe. With SA_RESTART the read restarts and returns the
 * data; without it the read fails with EINTR. The timer fires 50 ms after the
 * read starts blocking, retried if it ever fires before. */
static void restart_case(int flags, long *ret, int *err, char *buf)
{
    struct itimerval it = {{0, 0}, {0, 50000}};
    for (int attempt = 0; attempt < 5; attempt++) {
        if (pipe(restart_pipe) < 0) {
            *ret = -2;
            return;
        }
        hits = reading = early = 0;
        set_handler(SIGALRM, on_alarm_write, flags);
        setitimer(ITIMER_REAL, &it, NULL);
        reading = 1;
        errno = 0;
        *ret = read(restart_pipe[0], buf, 8);
        *err = errno;
        reading = 0;
        if (*ret < 0) {
            read(restart_pipe[0], buf, 8); /* drain the handler's data */
        }
        close(restart_pipe[0]);
        close(restart_pipe[1]);
        set_handler(SIGALRM, SIG_DFL, 0);
        if (!early) {
            return;
        }
    }
}

static void check_sa_restart(void)
{
    char buf[8] = {0};
    long r;
    int e = 0;
    restart_case(SA_RESTART, &r, &e, buf);
    report(r == 3 && !strcmp(buf, "sig") && hits == 1, "read=%ld '%s' hits=%d",
           r, buf, (int)hits);
}

static void check_eintr(void)
{
    char buf[8] = {0};
    long r;
    int e = 0;
    restart_case(0, &r, &e, buf);
    report(r == -1 && e == EINTR && hits == 1, "read=%ld errno=%s hits=%d", r,
           strerror(e), (int)hits);
}

static void check_sigtimedwait(void)
{
    sigset_t set;
    siginfo_t si;
    struct timespec ts = {0, 10 * 1000 * 1000};
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGRTMIN + 2);
    sigprocmask(SIG_BLOCK, &set, NULL);
    raise(SIGUSR1);
    union sigval v = {.sival_int = 77};
    sigqueue(getpid(), SIGRTMIN + 2, v);
    long a = sigtimedwait(&set, &si, &ts);
    int code_a = si.si_code;
    long b = sigwaitinfo(&set, &si);
    int val = si.si_value.sival_int;
    errno = 0;
    long c = sigtimedwait(&set, &si, &ts);
    int e = errno;

    sigprocmask(SIG_UNBLOCK, &set, NULL);
    report(a == SIGUSR1 && b == SIGRTMIN + 2 && val == 77 && c == -1 &&
               e == EAGAIN,
           "first=%s/%s second=RTMIN+%ld/value:%d empty=%ld/%s",
           a == SIGUSR1 ? "USR1" : "?", code_name(code_a), b - SIGRTMIN, val, c,
           strerror(e));
}

static volatile pid_t chld_pid;
static volatile int chld_code, chld_status;

static void on_chld(int sig, siginfo_t *si, void *uc)
{
    (void)sig, (void)uc;
    chld_pid = si->si_pid;
    chld_code = si->si_code;
    chld_status = si->si_status;
}

static void check_sigchld(void)
{
    sigset_t set, empty;
    sigemptyset(&set);
    sigemptyset(&empty);
    sigaddset(&set, SIGCHLD);
    sigprocmask(SIG_BLOCK, &set, NULL);
    set_info_handler(SIGCHLD, on_chld, 0);
    chld_pid = 0;
    pid_t pid = fork();
    if (pid == 0) {
        _exit(3);
    }
    while (chld_pid == 0) {
        sigsuspend(&empty);
    }
    int st;
    waitpid(pid, &st, 0);

    sigprocmask(SIG_UNBLOCK, &set, NULL);
    set_handler(SIGCHLD, SIG_DFL, 0);
    report(chld_pid == pid && chld_code == CLD_EXITED && chld_status == 3,
           "pid-matches=%d code=%s status=%d wait=%s", chld_pid == pid,
           chld_code == CLD_EXITED ? "CLD_EXITED" : "?", chld_status,
           wait_str(st));
}

static void check_kill_errors(void)
{
    long z = kill(getpid(), 0);
    errno = 0;
    const char *e = kill(0x3ffffff0, SIGUSR1) < 0 ? strerror(errno) : "0";
    errno = 0;
    const char *e2 = kill(getpid(), 99) < 0 ? strerror(errno) : "0";
    set_handler(SIGUSR1, SIG_IGN, 0);
    long ign = raise(SIGUSR1);
    set_handler(SIGUSR1, SIG_DFL, 0);

    report(z == 0 && ign == 0,
           "probe=%ld no-such-pid=%s bad-signal=%s "
           "ignored-raise=%ld",
           z, e, e2, ign);
}

/* Handlers interrupting a computation must leave its integer and FP state
 * exactly as it was (the signal frame saves and restores every register). */
static volatile double sink;

static void on_clobber(int sig)
{
    (void)sig;
    double a = 1.5, b = -2.25;
    for (int i = 0; i < 50; i++) {
        a = a * b + 0.125;
        b = b / 1.0001 - a * 1e-9;
    }
    sink = a + b;
    hits++;
}

static volatile int compute_len = 1000000;

/* The value differs between architectures (FP contraction); only its
 * repeatability within one process is checked. */
static uint64_t compute(void)
{
    double x = 0.5, y = 1.25;
    uint64_t h = 1469598103934665603ull, bits;
    for (int i = 0, n = compute_len; i < n; i++) {
        x = x * 0.9999999 + y * 0.5;
        y = y * 0.999 - x * 1e-7;
        memcpy(&bits, &x, sizeof(bits));
        h = (h ^ (uint64_t)i ^ bits) * 1099511628211ull;
    }
    memcpy(&bits, &y, sizeof(bits));
    return h ^ bits;
}

static void check_state_preserved(void)
{
    uint64_t want = compute(), got = 0;
    struct itimerval it = {{0, 500}, {0, 500}}, off = {{0, 0}, {0, 0}};
    int tries = 0, same = 1;
    set_handler(SIGALRM, on_clobber, SA_RESTART);
    hits = 0;
    setitimer(ITIMER_REAL, &it, NULL);
    while (hits < 20 && tries < 200) {
        got = compute();
        same &= got == want;
        tries++;
    }
    setitimer(ITIMER_REAL, &off, NULL);
    set_handler(SIGALRM, SIG_DFL, 0);
    report(same && hits >= 20 && got == want, "same=%d interrupted=%d", same,
           hits >= 20);
}

static const ConfCheck checks[] = {
    {"sig.mask-pending", check_mask_pending},
    {"sig.queueing", check_queueing},
    {"sig.sigsuspend", check_sigsuspend},
    {"sig.sigsuspend-wait", check_sigsuspend_wait},
    {"sig.siginfo", check_siginfo},
    {"sig.handler-mask", check_handler_mask},
    {"sig.nodefer", check_nodefer},
    {"sig.resethand", check_resethand},
    {"sig.altstack", check_altstack},
    {"sig.altstack-overflow", check_altstack_overflow},
    {"sig.sigaction-query", check_sigaction_query},
    {"sig.itimer-pause", check_itimer_pause},
    {"sig.itimer-interval", check_itimer_interval},
    {"sig.alarm", check_alarm},
    {"sig.sa-restart", check_sa_restart},
    {"sig.eintr", check_eintr},
    {"sig.sigtimedwait", check_sigtimedwait},
    {"sig.sigchld", check_sigchld},
    {"sig.kill-errors", check_kill_errors},
    {"sig.state-preserved", check_state_preserved},
};

CONF_MAIN(checks)
