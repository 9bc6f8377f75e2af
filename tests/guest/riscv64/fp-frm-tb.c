/* Reserved dynamic rounding modes in the middle of a block: mimic checks frm
 * once per TB (-opt frm-once), by a side exit away from the TB's first
 * instruction. With frm invalid, each dyn-rm instruction must raise SIGILL
 * at its own pc, with the registers computed before it in the same block;
 * an fsrm in the block must make the next dyn instruction check again.
 * The handler skips the instruction and keeps the registers it saw at the
 * first SIGILL. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <ucontext.h>

static volatile long nsig, a1v, a2v;
static volatile uintptr_t sigpc[4];

static void handler(int sig, siginfo_t *si, void *uc_)
{
    ucontext_t *uc = uc_;
    if (nsig == 0) {
        a1v = uc->uc_mcontext.__gregs[11];
        a2v = uc->uc_mcontext.__gregs[12];
    }
    if (nsig < 4) {
        sigpc[nsig] = uc->uc_mcontext.__gregs[0];
    }
    nsig++;
    uc->uc_mcontext.__gregs[0] += 4;
}

/* frm = `frm` (set in an earlier block), then in one block: two integer
 * ops, fadd dyn, an integer op, fmul dyn. */
static void two_dyn(int k, long frm)
{
    uintptr_t p1, p2;
    double x = 1.5, y = 3.25, s = 0, m = 0;
    long out;

    nsig = 0;
    __asm__ volatile("fsrm %0" : : "r"(frm));
    __asm__ volatile(".option push\n\t.option norvc\n\t"
                     "la %[p1], 1f\n\t"
                     "la %[p2], 2f\n\t"
                     "li a1, 1000\n\t"
                     "addi a2, a1, %[k]\n\t"
                     "1: fadd.d %[s], %[x], %[y], dyn\n\t"
                     "addi a2, a2, 1\n\t"
                     "2: fmul.d %[m], %[x], %[y], dyn\n\t"
                     "add %[out], a1, a2\n\t"
                     ".option pop"
                     : [p1] "=&r"(p1), [p2] "=&r"(p2), [out] "=r"(out),
                       [s] "+f"(s), [m] "+f"(m)
                     : [x] "f"(x), [y] "f"(y), [k] "i"(7)
                     : "a1", "a2");
    __asm__ volatile("fsrm zero");
    printf("k%d frm=%ld: %ld SIGILL", k, frm, nsig);
    if (nsig == 2) {
        printf(" at fadd %d, fmul %d, a1 %ld a2 %ld", sigpc[0] == p1,
               sigpc[1] == p2, a1v, a2v);
    }
    printf("; sum %g prod %g out %ld\n", s, m, out);
}

/* frm valid at the block's first dyn instruction, then set to `bad` by an
 * fsrm in the same block before a second one. */
static void frm_in_block(int k, long bad)
{
    uintptr_t p2;
    double x = 2.0, y = 0.5, s = 0, m = 0;

    nsig = 0;
    __asm__ volatile("fsrm zero");
    __asm__ volatile(".option push\n\t.option norvc\n\t"
                     "la %[p2], 2f\n\t"
                     "fadd.d %[s], %[x], %[y], dyn\n\t"
                     "fsrm %[bad]\n\t"
                     "2: fmul.d %[m], %[x], %[y], dyn\n\t"
                     ".option pop"
                     : [p2] "=&r"(p2), [s] "+f"(s), [m] "+f"(m)
                     : [x] "f"(x), [y] "f"(y), [bad] "r"(bad));
    __asm__ volatile("fsrm zero");
    printf("k%d fsrm %ld in block: %ld SIGILL%s; sum %g prod %g\n", k, bad,
           nsig, nsig == 1 && sigpc[0] == p2 ? " at fmul" : "", s, m);
}

int main(void)
{
    struct sigaction sa = {0};
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGILL, &sa, NULL);
    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int k = 0; k < 2; k++) {
        two_dyn(k, 0);
        two_dyn(k, 5);
        two_dyn(k, 7);
        two_dyn(k, 1);
        frm_in_block(k, 6);
        frm_in_block(k, 3);
    }
    return 0;
}
