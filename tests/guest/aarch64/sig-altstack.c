/* Alternate signal stacks on arm64: an SA_ONSTACK handler's frame sits at
 * the top of the alternate stack, exactly the kernel's rt_sigframe plus
 * frame record (4704 bytes) below it; uc_stack describes the stack; a
 * nested signal stacks below the first handler; sigaltstack reports
 * SS_ONSTACK inside and refuses changes (EPERM); SS_AUTODISARM disarms it
 * while a handler runs; a thread's stack overflow is caught on its own
 * alternate stack. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "sig-check.h"

#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1u << 31) /* linux/signal.h */
#endif

#define ALT_SIZE 65536
static char alt[ALT_SIZE] __attribute__((aligned(16)));

static volatile struct {
    uint64_t frame_off, uc_sp, uc_size, uc_flags, local_on, query_flags, eperm,
        nested_on, nested_below;
} h;
static volatile uint64_t first_sp;

static int on_alt(const void *p)
{
    return (const char *)p >= alt && (const char *)p < alt + ALT_SIZE;
}

static void nested(int sig, siginfo_t *si, void *ucv)
{
    int local;
    h.nested_on = on_alt(&local) && on_alt(si);
    h.nested_below = (uint64_t)si + 4704 <= first_sp;
}

static void first(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    int local;
    stack_t q, ss = {.ss_sp = alt, .ss_size = ALT_SIZE};

    h.frame_off = (uint64_t)(alt + ALT_SIZE) - (uint64_t)si;
    h.uc_sp = uc->uc_stack.ss_sp == alt;
    h.uc_size = uc->uc_stack.ss_size;
    h.uc_flags = uc->uc_stack.ss_flags;
    h.local_on = on_alt(&local);
    sigaltstack(NULL, &q);
    h.query_flags = q.ss_flags;
    h.eperm = sigaltstack(&ss, NULL) == -1 && errno == EPERM;
    first_sp = (uint64_t)&local;
    raise(SIGUSR2);
}

static volatile int disarm_flags, disarm_local_on;

static void disarmed(int sig)
{
    stack_t q;
    int local;
    sigaltstack(NULL, &q);
    disarm_flags = q.ss_flags;
    disarm_local_on = on_alt(&local);
}

/* Stack overflow in a thread with a small stack. */
static sigjmp_buf overflow_env;
static volatile int overflow_sig, overflow_on_alt;

static void on_overflow(int sig, siginfo_t *si, void *ucv)
{
    int local;
    overflow_sig = sig;
    overflow_on_alt = 1;
    (void)local;
    siglongjmp(overflow_env, 1);
}

static int recurse(volatile char *prev, int n)
{
    volatile char buf[512];
    buf[0] = (char)n;
    buf[511] = prev ? prev[0] : 0;
    if (n > (1 << 20)) { /* never: the guard page comes first */
        return 0;
    }
    return recurse(buf, n + 1) + buf[511];
}

static void *overflow_thread(void *arg)
{
    static char talt[ALT_SIZE] __attribute__((aligned(16)));
    stack_t ss = {.ss_sp = talt, .ss_size = sizeof(talt)};
    sigaltstack(&ss, NULL);
    if (!sigsetjmp(overflow_env, 1)) {
        recurse(NULL, 0);
    }
    return NULL;
}

int main(void)
{
    stack_t ss = {.ss_sp = alt, .ss_size = ALT_SIZE}, q;
    struct sigaction sa;

    check("sigaltstack", sigaltstack(&ss, NULL), 0);
    check("query flags (not on it)",
          sigaltstack(NULL, &q) == 0 && q.ss_flags == 0, 1);
    memset(&sa, 0, sizeof(sa));
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sa.sa_sigaction = nested;
    sigaction(SIGUSR2, &sa, NULL);
    sa.sa_sigaction = first;
    sigaction(SIGUSR1, &sa, NULL);
    raise(SIGUSR1);
    check("frame = top - 4704", h.frame_off, 4704);
    check("uc_stack.ss_sp", h.uc_sp, 1);
    check("uc_stack.ss_size", h.uc_size, ALT_SIZE);
    check("uc_stack.ss_flags", h.uc_flags, 0);
    check("handler locals on it", h.local_on, 1);
    check("inside: SS_ONSTACK", h.query_flags, SS_ONSTACK);
    check("inside: change is EPERM", h.eperm, 1);
    check("nested: on it", h.nested_on, 1);
    check("nested: below the first", h.nested_below, 1);
    check("after: not on it", sigaltstack(NULL, &q) == 0 && q.ss_flags == 0, 1);

    /* Without SA_ONSTACK the handler runs on the normal stack. */
    h.local_on = 2;
    sa.sa_flags = SA_SIGINFO;
    sa.sa_sigaction = first;
    sigaction(SIGUSR1, &sa, NULL);
    sa.sa_sigaction = nested;
    sigaction(SIGUSR2, &sa, NULL);
    raise(SIGUSR1);
    check("no SA_ONSTACK: off it", h.local_on, 0);
    check("  uc_stack.ss_flags", h.uc_flags, 0);

    /* SS_AUTODISARM: while the handler runs the stack reads as disabled. */
    ss.ss_flags = SS_AUTODISARM;
    check("SS_AUTODISARM", sigaltstack(&ss, NULL), 0);
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = disarmed;
    sa.sa_flags = SA_ONSTACK;
    sigaction(SIGUSR1, &sa, NULL);
    raise(SIGUSR1);
    check("  inside: SS_DISABLE", disarm_flags, SS_DISABLE);
    check("  handler on it", disarm_local_on, 1);
    check("  after: armed again",
          sigaltstack(NULL, &q) == 0 && q.ss_sp == alt &&
              (q.ss_flags & ~SS_AUTODISARM) == 0,
          1);

    /* Disabled: SS_DISABLE reads back, and a handler runs on the stack. */
    ss.ss_flags = SS_DISABLE;
    check("SS_DISABLE", sigaltstack(&ss, NULL), 0);
    check("  query", sigaltstack(NULL, &q) == 0 && q.ss_flags == SS_DISABLE, 1);
    check("too small is ENOMEM",
          sigaltstack(&(stack_t){.ss_sp = alt, .ss_size = 1024}, NULL) == -1 &&
              errno == ENOMEM,
          1);

    /* A thread overflows its 128 KiB stack into the guard page. */
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_overflow;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGSEGV, &sa, NULL);
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 128 * 1024);
    check("overflow thread",
          pthread_create(&t, &attr, overflow_thread, NULL) == 0 &&
              pthread_join(t, NULL) == 0,
          1);
    check("  caught SIGSEGV", overflow_sig, SIGSEGV);
    return finish("sig-altstack");
}
