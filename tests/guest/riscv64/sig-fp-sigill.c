/* Reserved rounding modes raise SIGILL, caught by a handler: static rm 5
 * and 6, and dynamic rm with frm 5..7, while an instruction without an rm
 * field runs under any frm. Needs guest signal handlers; the no-handler FP
 * checks are ../fp-misc.c and ../whole-fp-rm-sigill.c. */
#include <inttypes.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static sigjmp_buf jb;

static void on_sigill(int sig)
{
    siglongjmp(jb, 1);
}

static void try_insn(const char *name, int which, uint64_t frm)
{
    volatile uint64_t r = 0;
    __asm__ volatile("fsrm %0" : : "r"(frm));
    if (sigsetjmp(jb, 1) == 0) {
        switch (which) {
        case 0: /* fadd.s ft3, ft0, ft1 with rm = 5 */
            __asm__ volatile(".word 0x001051d3" ::: "ft3");
            break;
        case 1: /* rm = 6 */
            __asm__ volatile(".word 0x001061d3" ::: "ft3");
            break;
        case 2: /* fcvt.d.w ft3, a0 with rm = 5 */
            __asm__ volatile(".word 0xd20551d3" ::: "ft3");
            break;
        case 3:
            __asm__ volatile("fadd.d ft3, ft0, ft1, dyn" ::: "ft3");
            break;
        case 4:
            __asm__ volatile("fcvt.d.l ft3, zero, dyn" ::: "ft3");
            break;
        default:
            __asm__ volatile("fsgnj.d ft3, ft0, ft1" ::: "ft3");
            break;
        }
        r = 1;
    }
    __asm__ volatile("fsrm zero");
    printf("%-24s frm=%" PRIu64 " %s\n", name, frm, r ? "ok" : "SIGILL");
}

int main(void)
{
    struct sigaction sa;
    setvbuf(stdout, NULL, _IOLBF, 0);
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_sigill;
    sigaction(SIGILL, &sa, NULL);

    try_insn("fadd.s rm=5", 0, 0);
    try_insn("fadd.s rm=6", 1, 0);
    try_insn("fcvt.d.w rm=5", 2, 0);
    for (uint64_t frm = 0; frm < 8; frm++) {
        try_insn("fadd.d dyn", 3, frm);
        try_insn("fcvt.d.l dyn", 4, frm);
        try_insn("fsgnj.d", 5, frm);
    }
    return 0;
}
