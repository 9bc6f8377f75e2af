/*
 * NZCV around self-loops and side exits. A loop whose next iteration
 * overwrites the flags before reading them may have its flag computation
 * moved out of the loop body, and a side exit whose fall-through
 * overwrites them may compute them on its taken side only (-opt
 * flag-sink); the flags must still be exact on every way out: the normal
 * loop exit (read with MRS after it), a taken side exit (MRS at its
 * target), and an asynchronous signal taken while the loop spins, whose
 * handler sees the interrupted NZCV in uc_mcontext.pstate.
 */
#include <inttypes.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <ucontext.h>

#define N (1u << 31)
#define Z (1u << 30)
#define C (1u << 29)
#define V (1u << 28)

static int failures;

static void check(const char *what, uint64_t got, uint64_t want)
{
    if (got != want) {
        printf("FAIL %s: %08" PRIx64 " want %08" PRIx64 "\n", what, got, want);
        failures++;
    }
}

/* NZCV after each loop's exit, from MRS. */
static void exits(void)
{
    uint64_t n, acc, f;

    __asm__ volatile("mov %0, #100\n\tmov %1, #0\n1:\tadd %1, %1, %0\n\t"
                     "subs %0, %0, #1\n\tb.ne 1b\n\tmrs %2, nzcv"
                     : "=&r"(n), "=&r"(acc), "=&r"(f) : : "cc");
    check("subs x b.ne", f, Z | C);
    check("subs x b.ne sum", acc, 5050);
    __asm__ volatile("mov %w0, #10\n\tmov %1, #0\n1:\tadd %1, %1, #1\n\t"
                     "subs %w0, %w0, #3\n\tb.gt 1b\n\tmrs %2, nzcv"
                     : "=&r"(n), "=&r"(acc), "=&r"(f) : : "cc");
    check("subs w b.gt", f, N); /* 1 - 3 = -2: N, borrow (C clear) */
    __asm__ volatile("mov %0, #-5\n\tmov %1, #0\n1:\tadd %1, %1, #1\n\t"
                     "add %0, %0, #1\n\tcmp %0, #5\n\tb.lt 1b\n\tmrs %2, nzcv"
                     : "=&r"(n), "=&r"(acc), "=&r"(f) : : "cc");
    check("cmp b.lt", f, Z | C);
    __asm__ volatile("mov %0, #-4\n\tmov %1, #0\n1:\tadd %1, %1, #1\n\t"
                     "adds %0, %0, #1\n\tb.ne 1b\n\tmrs %2, nzcv"
                     : "=&r"(n), "=&r"(acc), "=&r"(f) : : "cc");
    check("adds b.ne", f, Z | C);
    __asm__ volatile("movz %w0, #0x7fff, lsl #16\n\tmovk %w0, #0xfffd\n\t"
                     "mov %1, #0\n1:\t"
                     "add %1, %1, #1\n\tadds %w0, %w0, #1\n\tb.vc 1b\n\t"
                     "mrs %2, nzcv"
                     : "=&r"(n), "=&r"(acc), "=&r"(f) : : "cc");
    check("adds w b.vc", f, N | V);
    check("adds w b.vc count", acc, 3);
    __asm__ volatile("mov %0, #0x100\n\tmov %1, #0\n1:\tadd %1, %1, #1\n\t"
                     "lsr %0, %0, #1\n\ttst %0, #0xf0\n\tb.ne 1b\n\t"
                     "mrs %2, nzcv"
                     : "=&r"(n), "=&r"(acc), "=&r"(f) : : "cc");
    check("tst b.ne", f, Z);
    __asm__ volatile("mov %0, #7\n\tmov %1, #0\n1:\tadd %1, %1, #1\n\t"
                     "sub %0, %0, #1\n\tcmp %0, #2\n\tb.hi 1b\n\t"
                     "mrs %2, nzcv"
                     : "=&r"(n), "=&r"(acc), "=&r"(f) : : "cc");
    check("cmp b.hi", f, Z | C);
    /* B.cond reading a CCMP's flags (not fused with a compare). */
    __asm__ volatile("mov %0, #0\n\tmov %1, #0\n1:\tadd %1, %1, #1\n\t"
                     "add %0, %0, #1\n\tcmp %0, #5\n\t"
                     "ccmp xzr, xzr, #10, ne\n\tb.eq 1b\n\tmrs %2, nzcv"
                     : "=&r"(n), "=&r"(acc), "=&r"(f) : : "cc");
    check("ccmp b.eq", f, N | C);
    check("ccmp b.eq count", acc, 5);
}

/* CMP a, b; B.LT; CMP c, d; B.EQ: NZCV at each branch's target (bit 0
 * tells which), 0 when neither is taken. */
static __attribute__((noinline)) uint64_t two_exits(uint64_t a, uint64_t b,
                                                    uint64_t c, uint64_t d)
{
    uint64_t f;

    __asm__ volatile("cmp %1, %2\n\tb.lt 1f\n\tcmp %3, %4\n\tb.eq 2f\n\t"
                     "mov %0, #0\n\tb 3f\n"
                     "1:\tmrs %0, nzcv\n\tb 3f\n"
                     "2:\tmrs %0, nzcv\n\torr %0, %0, #1\n3:"
                     : "=&r"(f) : "r"(a), "r"(b), "r"(c), "r"(d) : "cc");
    return f;
}

static void side_exits(void)
{
    check("exit lt", two_exits(1, 2, 0, 0), N);
    check("exit lt neg", two_exits((uint64_t)-5, 3, 0, 0), N | C);
    check("exit lt overflow", two_exits(1ull << 63, 1, 0, 0), C | V);
    check("exit eq", two_exits(5, 2, 7, 7), Z | C | 1);
    check("exit none", two_exits(5, 2, 7, 8), 0);
}

/* A loop whose B.cond exit comes right before the back edge's compare
 * (CMP a; B.EQ out; CMP b; B.LO loop, as in liblzma's match finder): the
 * fall-through overwrites the first flags and the loop start overwrites
 * the second, so both are computed on the way out only. The taken exit
 * must see the first compare's NZCV, the loop's end the second's (bit 0
 * tells which). */
static __attribute__((noinline)) uint64_t exit_before_back(
    const uint8_t *p, uint64_t key, uint64_t limit)
{
    uint64_t f, c;

    __asm__ volatile("1:\tldrb %w1, [%2], #1\n\t"
                     "cmp %w1, %w3\n\tb.eq 2f\n\t"
                     "cmp %w1, %w4\n\tb.lo 1b\n\t"
                     "mrs %0, nzcv\n\tb 3f\n"
                     "2:\tmrs %0, nzcv\n\torr %0, %0, #1\n3:"
                     : "=&r"(f), "=&r"(c), "+r"(p)
                     : "r"(key), "r"(limit)
                     : "cc", "memory");
    return f;
}

/* The same with one more exit before both: its flags are dead only
 * because both later ways out (the second exit's taken side and the loop)
 * write them first. Bit 1 marks this exit. */
static __attribute__((noinline)) uint64_t three_exits(
    const uint8_t *p, uint64_t key, uint64_t limit, uint64_t high)
{
    uint64_t f, c;

    __asm__ volatile("1:\tldrb %w1, [%2], #1\n\t"
                     "cmp %w1, %w5\n\tb.hi 4f\n\t"
                     "cmp %w1, %w3\n\tb.eq 2f\n\t"
                     "cmp %w1, %w4\n\tb.lo 1b\n\t"
                     "mrs %0, nzcv\n\tb 3f\n"
                     "2:\tmrs %0, nzcv\n\torr %0, %0, #1\n\tb 3f\n"
                     "4:\tmrs %0, nzcv\n\torr %0, %0, #2\n3:"
                     : "=&r"(f), "=&r"(c), "+r"(p)
                     : "r"(key), "r"(limit), "r"(high)
                     : "cc", "memory");
    return f;
}

static void loop_exits(void)
{
    static const uint8_t data[] = { 1, 2, 5, 7, 9, 200, 3 };

    check("exit eq before back", exit_before_back(data, 7, 100), Z | C | 1);
    check("exit eq first", exit_before_back(data, 1, 100), Z | C | 1);
    check("loop end", exit_before_back(data, 250, 3), C);
    check("loop end later", exit_before_back(data, 250, 8), C);
    check("first of three", three_exits(data, 250, 255, 4), C | 2);
    check("second of three", three_exits(data, 5, 255, 250), Z | C | 1);
    check("loop end of three", three_exits(data, 250, 8, 250), C);
}

/* The spinning loop below counts x9 down with SUBS; between its SUBS and
 * the next, NZCV is what SUBS gave for the current x9 (the ADD in
 * between does not set flags). Each SIGALRM checks that against the
 * interrupted context. Before the first SUBS the flags are from the CMP
 * that starts the loop. */
static volatile int ticks, bad;
static uint64_t start_count;
extern char spin_loop[], spin_end[]; /* labels in spin() */

static uint64_t subs_flags(uint64_t after)
{
    uint64_t before = after + 1, f = 0;

    f |= (after >> 63) ? N : 0;
    f |= after == 0 ? Z : 0;
    f |= before >= 1 ? C : 0;
    f |= ((before ^ 1) & (before ^ after)) >> 63 ? V : 0;
    return f;
}

static void on_alarm(int sig, siginfo_t *si, void *ctx)
{
    mcontext_t *mc = &((ucontext_t *)ctx)->uc_mcontext;
    uint64_t x9 = mc->regs[9], nzcv = mc->pstate & 0xf0000000;

    (void)sig, (void)si;
    if (mc->pc < (uint64_t)spin_loop || mc->pc > (uint64_t)spin_end) {
        return; /* not in the loop */
    }
    ticks++;
    if (x9 == start_count ? nzcv != (N | V) && nzcv != subs_flags(x9)
                          : nzcv != subs_flags(x9)) {
        if (!bad) {
            printf("FAIL signal in loop: x9=%" PRIx64 " nzcv=%08" PRIx64
                   " want %08" PRIx64 "\n",
                   x9, nzcv, subs_flags(x9));
        }
        bad++;
    }
}

/* Not inlined: the asm defines global labels. */
static __attribute__((noinline)) void spin(uint64_t count)
{
    uint64_t acc = 0;

    start_count = count;
    /* CMP 0, 1<<63 sets N and V (0 - INT64_MIN overflows), C clear. */
    __asm__ volatile("mov x9, %1\n\tmov x11, #1\n\tlsl x11, x11, #63\n\t"
                     "cmp xzr, x11\n"
                     ".globl spin_loop\nspin_loop:\tadd %0, %0, #1\n\t"
                     "subs x9, x9, #1\n"
                     ".globl spin_end\nspin_end:\tb.ne spin_loop"
                     : "+r"(acc) : "r"(count) : "x9", "x11", "cc");
    check("spin count", acc, count);
}

static void signals(void)
{
    struct sigaction sa;
    struct itimerval it = {{0, 500}, {0, 500}}, off;

    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_alarm;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    setitimer(ITIMER_REAL, &it, NULL);
    for (int i = 0; i < 20 && ticks < 50; i++) {
        spin(20000000);
    }
    memset(&off, 0, sizeof(off));
    setitimer(ITIMER_REAL, &off, NULL);
    signal(SIGALRM, SIG_DFL);
    printf("signals in loop: %s\n", ticks >= 10 ? "taken" : "too few");
    check("signal flags mismatches", (uint64_t)bad, 0);
}

int main(void)
{
    exits();
    side_exits();
    loop_exits();
    signals();
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures != 0;
}
