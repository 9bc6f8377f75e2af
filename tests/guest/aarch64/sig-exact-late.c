/*
 * A SIGSEGV handler installed after the faulting code already ran (and was
 * translated) must still see the exact state at the fault: the registers
 * and NZCV computed just before the load. Until a handler exists a fault
 * is fatal, so the emulator may keep less state at loads; installing one
 * must retranslate (tb_exact_faults).
 */
#include <inttypes.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

static int failures;
static volatile uint64_t seen_x5, seen_nzcv, seen_x3;

static void check(const char *what, uint64_t got, uint64_t want)
{
    if (got != want) {
        printf("FAIL %s: %016" PRIx64 " want %016" PRIx64 "\n", what, got,
               want);
        failures++;
    }
}

/* x5 = a + 7; NZCV = flags of a - b; x3 = *p; returns x3 + x5 + (lt). */
static __attribute__((noinline)) uint64_t probe(const uint64_t *p,
                                                uint64_t a, uint64_t b)
{
    uint64_t r;

    __asm__ volatile("add x5, %2, #7\n\tcmp %2, %3\n\tmov x3, #99\n\t"
                     "ldr x3, [%1]\n\tcset %0, lt\n\tadd %0, %0, x3\n\t"
                     "add %0, %0, x5"
                     : "=&r"(r) : "r"(p), "r"(a), "r"(b) : "x3", "x5", "cc",
                       "memory");
    return r;
}

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
    mcontext_t *mc = &((ucontext_t *)ctx)->uc_mcontext;

    (void)sig, (void)si;
    seen_x5 = mc->regs[5];
    seen_x3 = mc->regs[3];
    seen_nzcv = mc->pstate & 0xf0000000;
    mc->pc += 4; /* skip the load: x3 keeps what it had */
}

/* Called through a pointer, so every call runs the one TB at probe's entry
 * (a direct BL could be translated into the caller's block). */
static uint64_t (*volatile probe_fn)(const uint64_t *, uint64_t,
                                     uint64_t) = probe;

int main(void)
{
    static uint64_t cell = 1000;
    uint64_t sum = 0;
    struct sigaction sa;

    for (int i = 0; i < 100000; i++) { /* hot and translated */
        sum += probe_fn(&cell, (uint64_t)i, 50000);
    }
    check("warm-up sum", sum, 100000ull * 1007 + 4999950000ull + 50000);

    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);

    uint64_t r = probe_fn(NULL, 3, 10); /* 3 - 10: N set, C clear */
    check("x5 at fault", seen_x5, 10);
    check("x3 at fault", seen_x3, 99);
    check("nzcv at fault", seen_nzcv, 0x80000000);
    check("result after", r, 99 + 10 + 1);
    r = probe_fn(NULL, (uint64_t)-1, 1); /* -1 - 1 = -2: N and C set */
    check("nzcv at fault 2", seen_nzcv, 0xa0000000);
    check("result after 2", r, 99 + 6 + 1);
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures != 0;
}
