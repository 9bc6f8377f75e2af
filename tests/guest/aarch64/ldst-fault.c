/* CFLAGS: -march=armv8.1-a
 *
 * Faulting loads and stores: SIGSEGV with the exact si_addr and si_code
 * (unmapped, read-only), the base register of a faulting write-back access
 * left unchanged, misaligned plain accesses working (also across a page),
 * and SIGBUS (BUS_ADRALN) for misaligned exclusives, LSE atomics and
 * LDAR/STLR.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

static sigjmp_buf env;
static volatile int got_sig, got_code;
static volatile uintptr_t got_addr;
static volatile uint64_t got_x2, got_x3;

static void handler(int sig, siginfo_t *si, void *ucp)
{
    ucontext_t *uc = ucp;

    got_sig = sig;
    got_code = si->si_code;
    got_addr = (uintptr_t)si->si_addr;
    got_x2 = uc->uc_mcontext.regs[2];
    got_x3 = uc->uc_mcontext.regs[3];
    siglongjmp(env, 1);
}

static int failures;

static void expect(const char *what, int sig, int code, uintptr_t addr)
{
    int ok = got_sig == sig && got_code == code && got_addr == addr;
    printf("%-22s sig %d code %d addr %s%s\n", what, got_sig, got_code,
           got_addr == addr ? "ok" : "wrong", ok ? "" : "  FAIL");
    failures += !ok;
    got_sig = got_code = 0;
    got_addr = 0;
}

static void check(const char *what, uint64_t got, uint64_t want)
{
    printf("%-22s %016llx%s\n", what, (unsigned long long)got,
           got == want ? "" : "  FAIL");
    failures += got != want;
}

/* Run `body` expecting a signal. */
#define TRY(body)                                                          \
    do {                                                                   \
        if (!sigsetjmp(env, 1)) {                                          \
            body;                                                          \
            got_sig = -1;                                                  \
        }                                                                  \
    } while (0)

int main(void)
{
    long pg = sysconf(_SC_PAGESIZE);
    struct sigaction sa;
    char *p, *ro, *gone;
    uint64_t v;

    setvbuf(stdout, NULL, _IOLBF, 0);
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);

    p = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
             -1, 0);
    ro = mmap(NULL, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    gone = mmap(NULL, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(gone, pg);
    mprotect(p + pg, pg, PROT_NONE);

    /* plain faults */
    TRY(__asm__ volatile("ldr %0, [%1]" : "=r"(v) : "r"(gone) : "memory"));
    expect("ldr unmapped", SIGSEGV, SEGV_MAPERR, (uintptr_t)gone);
    TRY(__asm__ volatile("strb wzr, [%0, #5]" : : "r"(ro) : "memory"));
    expect("strb read-only", SIGSEGV, SEGV_ACCERR, (uintptr_t)ro + 5);
    TRY(__asm__ volatile("ldrsh %0, [%1, #-2]" : "=r"(v) : "r"(p + 2 * pg)
                         : "memory"));
    expect("ldrsh prot_none", SIGSEGV, SEGV_ACCERR, (uintptr_t)p + 2 * pg - 2);

    /* write-back is not done when the access faults */
    TRY(__asm__ volatile("mov x2, %1\n"
                         "mov x3, #1\n"
                         "ldr x3, [x2, #16]!\n"
                         : "=r"(v) : "r"(gone) : "x2", "x3", "memory"));
    expect("ldr pre-index", SIGSEGV, SEGV_MAPERR, (uintptr_t)gone + 16);
    check("  base moved", got_x2 - ((uintptr_t)gone), 0);
    check("  dest", got_x3, 1);
    TRY(__asm__ volatile("mov x2, %0\n"
                         "stp x3, x3, [x2], #-16\n"
                         : : "r"(ro + 64) : "x2", "x3", "memory"));
    expect("stp post-index", SIGSEGV, SEGV_ACCERR, (uintptr_t)ro + 64);
    check("  base moved", got_x2 - ((uintptr_t)ro + 64), 0);
    /* second half of a pair in the protected page */
    TRY(__asm__ volatile("mov x2, %0\n"
                         "ldp x3, x4, [x2, #-8]!\n"
                         : : "r"(p + pg) : "x2", "x3", "x4", "memory"));
    expect("ldp 2nd half", SIGSEGV, SEGV_ACCERR, (uintptr_t)p + pg);
    check("  base moved", got_x2 - ((uintptr_t)p + pg), 0);
    TRY(__asm__ volatile("mov x2, %0\n"
                         "ldr q0, [x2], #16\n"
                         : : "r"(p + pg) : "x2", "v0", "memory"));
    expect("ldr q post-index", SIGSEGV, SEGV_ACCERR, (uintptr_t)p + pg);
    check("  base moved", got_x2 - ((uintptr_t)p + pg), 0);

    /* misaligned plain accesses work */
    for (int i = 0; i < 32; i++) {
        p[pg - 32 + i] = (char)(i * 7 + 1);
    }
    __asm__ volatile("ldr %0, [%1, #1]" : "=r"(v) : "r"(p + pg - 32));
    {
        uint64_t want = 0;
        for (int k = 7; k >= 0; k--) {
            want = want << 8 | (uint8_t)((k + 1) * 7 + 1);
        }
        check("ldr misaligned", v, want);
    }
    {
        uint64_t a, b;
        __asm__ volatile("ldp %0, %1, [%2]" : "=r"(a), "=r"(b)
                         : "r"(p + pg - 19));
        __asm__ volatile("stp %1, %0, [%2]" : : "r"(a), "r"(b),
                         "r"(p + pg - 17) : "memory");
        check("ldp/stp misaligned", *(volatile uint64_t *)(p + pg - 9), a);
    }

    /* misaligned atomics: SIGBUS, BUS_ADRALN, at the address */
    TRY(__asm__ volatile("ldxr %0, [%1]" : "=r"(v) : "r"(p + 4) : "memory"));
    expect("ldxr", SIGBUS, BUS_ADRALN, (uintptr_t)p + 4);
    TRY(__asm__ volatile("ldaxrh %w0, [%1]" : "=r"(v) : "r"(p + 1) : "memory"));
    expect("ldaxrh", SIGBUS, BUS_ADRALN, (uintptr_t)p + 1);
    TRY(__asm__ volatile("ldxp %0, x5, [%1]" : "=r"(v) : "r"(p + 8)
                         : "x5", "memory"));
    expect("ldxp", SIGBUS, BUS_ADRALN, (uintptr_t)p + 8);
    TRY(__asm__ volatile("ldaddal %1, %0, [%2]" : "=r"(v) : "r"(1ul),
                         "r"(p + 12) : "memory"));
    expect("ldaddal", SIGBUS, BUS_ADRALN, (uintptr_t)p + 12);
    TRY(__asm__ volatile("swph %w1, %w0, [%2]" : "=r"(v) : "r"(1ul),
                         "r"(p + 3) : "memory"));
    expect("swph", SIGBUS, BUS_ADRALN, (uintptr_t)p + 3);
    TRY(__asm__ volatile("mov x6, #0\n cas w6, wzr, [%0]" : : "r"(p + 6)
                         : "x6", "memory"));
    expect("cas", SIGBUS, BUS_ADRALN, (uintptr_t)p + 6);
    TRY(__asm__ volatile("mov x6, #0\n mov x7, #0\n"
                         "casp x6, x7, x6, x7, [%0]" : : "r"(p + 8)
                         : "x6", "x7", "memory"));
    expect("casp", SIGBUS, BUS_ADRALN, (uintptr_t)p + 8);

    TRY(__asm__ volatile("ldar %0, [%1]" : "=r"(v) : "r"(p + 4) : "memory"));
    expect("ldar", SIGBUS, BUS_ADRALN, (uintptr_t)p + 4);
    TRY(__asm__ volatile("stlrh wzr, [%0]" : : "r"(p + 7) : "memory"));
    expect("stlrh", SIGBUS, BUS_ADRALN, (uintptr_t)p + 7);

    /* atomics on bad memory: SIGSEGV */
    TRY(__asm__ volatile("ldxr %0, [%1]" : "=r"(v) : "r"(gone) : "memory"));
    expect("ldxr unmapped", SIGSEGV, SEGV_MAPERR, (uintptr_t)gone);
    TRY(__asm__ volatile("ldadd %1, %0, [%2]" : "=r"(v) : "r"(1ul), "r"(ro)
                         : "memory"));
    expect("ldadd read-only", SIGSEGV, SEGV_ACCERR, (uintptr_t)ro);
    TRY(__asm__ volatile("ldar %0, [%1]" : "=r"(v) : "r"(gone) : "memory"));
    expect("ldar unmapped", SIGSEGV, SEGV_MAPERR, (uintptr_t)gone);

    printf("ldst-fault: %d failed\n", failures);
    return failures != 0;
}
