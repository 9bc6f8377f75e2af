/* CFLAGS: -fno-omit-frame-pointer
 * The signal frame as Linux arm64 lays it out, read and written by a
 * handler: uc_mcontext.regs/sp/pc/pstate hold the interrupted state; the
 * first __reserved record is FPSIMD (fpsr, fpcr, v0-v31) and the chain
 * ends with a null record; siginfo, ucontext and the {fp, lr} frame
 * record sit where the kernel puts them, x29 points at that record and
 * x30 at an rt_sigreturn trampoline. What the handler changes in the frame
 * (pc, x10, NZCV, v8, fpcr) is what the interrupted code sees after
 * sigreturn; what it changes in live registers (v9, fpcr) is not.
 * backtrace() from a handler unwinds through the frame into the
 * interrupted function. */
#define _GNU_SOURCE
#include <execinfo.h>
#include <signal.h>
#include <string.h>

#include "sig-check.h"

#define PAT(n) (0x0101010101010101ull * (n))

/* What the interrupted code loads before its UDF: x9..x12, v8, v9, fpcr. */
static const uint64_t in[9] __attribute__((aligned(16))) = {
    1,         2,         PAT(0x33), PAT(0x44),  PAT(0x88),
    PAT(0x89), PAT(0x98), PAT(0x99), 0x00c00000, /* fpcr: round toward zero */
};
static uint64_t out[12] __attribute__((aligned(16)));

static struct {
    uint64_t x9, x10, x11, x12, sp_ok, pc_ok, nzcv;
    uint64_t rec_first, rec_size, fpcr, fpsr, v8lo, v8hi, v9lo, v9hi, end_ok;
    uint64_t si_uc, frame_align, frame_below_sp, record_at, record_fp,
        record_lr, tramp, x0, x1, x2;
} h;

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    mcontext_t *mc = &uc->uc_mcontext;
    struct sig_fpsimd *fp = (struct sig_fpsimd *)mc->__reserved;
    uint64_t *fr = *(uint64_t **)__builtin_frame_address(0);
    uint64_t lr = ((uint64_t *)__builtin_frame_address(0))[1];

    h.x9 = mc->regs[9];
    h.x10 = mc->regs[10];
    h.x11 = mc->regs[11];
    h.x12 = mc->regs[12];
    h.sp_ok = mc->sp == mc->regs[14];
    h.pc_ok = mc->pc == mc->regs[15];
    h.nzcv = mc->pstate & 0xf0000000;
    h.rec_first = fp->head.magic;
    h.rec_size = fp->head.size;
    h.fpcr = fp->fpcr;
    h.fpsr = fp->fpsr;
    h.v8lo = (uint64_t)fp->vregs[8];
    h.v8hi = (uint64_t)(fp->vregs[8] >> 64);
    h.v9lo = (uint64_t)fp->vregs[9];
    h.v9hi = (uint64_t)(fp->vregs[9] >> 64);
    /* The chain ends with a null record inside __reserved (right after
     * FPSIMD without SVE; an SVE CPU adds its record first). */
    size_t off = 0;
    struct sig_ctx_head *rec = &fp->head;
    while (rec->magic && rec->size >= 16 &&
           off + rec->size + 8 <= sizeof(mc->__reserved)) {
        off += rec->size;
        rec = (void *)(mc->__reserved + off);
    }
    h.end_ok = rec->magic == 0 && rec->size == 0;

    h.si_uc = (uint64_t)uc - (uint64_t)si;
    h.frame_align = (uint64_t)si & 15;
    h.frame_below_sp = mc->sp - (uint64_t)si >= 4704;
    h.record_at = (uint64_t)fr - (uint64_t)si;
    h.record_fp = fr[0] == mc->regs[29];
    h.record_lr = fr[1] == mc->regs[30];
    /* mov x8, #139; svc #0: what libgcc's unwinder looks for */
    h.tramp =
        ((uint32_t *)lr)[0] == 0xd2801168 && ((uint32_t *)lr)[1] == 0xd4000001;
    h.x0 = sig;
    h.x1 = (uint64_t)si;
    h.x2 = (uint64_t)uc;

    /* Change the frame: step over the UDF, new x10, NZCV = Z|C, v8, fpcr. */
    mc->pc += 4;
    mc->regs[10] = PAT(0x10);
    mc->pstate = (mc->pstate & ~0xf0000000ull) | 0x60000000;
    fp->vregs[8] = (__uint128_t)PAT(0x81) << 64 | PAT(0x80);
    fp->fpcr = 0x00400000; /* round toward +inf */
    fp->fpsr = 0x1;        /* IOC */
    /* Change live registers: sigreturn must undo this. */
    __asm__ volatile("movi v9.16b, #0x55\n\tmsr fpcr, %0\n\tmsr fpsr, %1" ::"r"(
                         0x00800000ul),
                     "r"(0x8ul)
                     : "v9");
}

static void interrupted(void)
{
    __asm__ volatile("ldp x9, x10, [%[in]]\n\t"
                     "ldp x11, x12, [%[in], #16]\n\t"
                     "ldr q8, [%[in], #32]\n\t"
                     "ldr q9, [%[in], #48]\n\t"
                     "ldr x13, [%[in], #64]\n\t"
                     "msr fpcr, x13\n\t"
                     "mov x13, #0x10\n\t" /* IXC */
                     "msr fpsr, x13\n\t"
                     "mov x14, sp\n\t"
                     "adr x15, 1f\n\t"
                     "cmp x9, x10\n\t" /* 1 - 2: N only */
                     "1: udf #0\n\t"
                     "mrs x13, nzcv\n\t"
                     "stp x10, x13, [%[out]]\n\t"
                     "mrs x13, fpcr\n\t"
                     "str x13, [%[out], #16]\n\t"
                     "str q8, [%[out], #32]\n\t"
                     "str q9, [%[out], #48]\n\t"
                     "mov x13, sp\n\t"
                     "sub x13, x13, x14\n\t"
                     "str x13, [%[out], #64]\n\t"
                     "mrs x13, fpsr\n\t"
                     "str x13, [%[out], #72]\n\t"
                     "msr fpsr, xzr\n\t"
                     "msr fpcr, xzr"
                     :
                     : [in] "r"(in), [out] "r"(out)
                     : "x9", "x10", "x11", "x12", "x13", "x14", "x15", "v8",
                       "v9", "memory", "cc");
}

/* A function that traps, and a handler that unwinds from there. */
static volatile int bt_found_fn, bt_found_main, bt_depth;

__attribute__((noinline)) static void trapping_fn(void)
{
    __asm__ volatile("udf #1" ::: "memory");
}

__attribute__((noinline)) static int bt_main_marker(void)
{
    trapping_fn();
    return 1;
}

static void bt_handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    void *pcs[32];
    int n = backtrace(pcs, 32);

    bt_depth = n;
    for (int i = 0; i < n; i++) {
        uint64_t a = (uint64_t)pcs[i];
        if (a >= (uint64_t)trapping_fn && a < (uint64_t)trapping_fn + 16) {
            bt_found_fn = 1;
        }
        if (a >= (uint64_t)bt_main_marker &&
            a < (uint64_t)bt_main_marker + 64) {
            bt_found_main = 1;
        }
    }
    uc->uc_mcontext.pc += 4;
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGILL, &sa, NULL);

    interrupted();
    check("x0 = sig", h.x0, SIGILL);
    check("x9", h.x9, 1);
    check("x10", h.x10, 2);
    check("x11", h.x11, PAT(0x33));
    check("x12", h.x12, PAT(0x44));
    check("sp", h.sp_ok, 1);
    check("pc at the udf", h.pc_ok, 1);
    check("pstate NZCV", h.nzcv, 0x80000000);
    check("first record magic", h.rec_first, SIG_FPSIMD_MAGIC);
    check("first record size", h.rec_size, 528);
    check("fpcr", h.fpcr, 0x00c00000);
    check("fpsr", h.fpsr, 0x10);
    check("v8 low", h.v8lo, PAT(0x88));
    check("v8 high", h.v8hi, PAT(0x89));
    check("v9 low", h.v9lo, PAT(0x98));
    check("v9 high", h.v9hi, PAT(0x99));
    check("null record after", h.end_ok, 1);
    check("ucontext - siginfo", h.si_uc, 128);
    check("frame 16-aligned", h.frame_align, 0);
    check("frame below sp", h.frame_below_sp, 1);
    check("frame record - siginfo", h.record_at, 4688);
    check("frame record fp = x29", h.record_fp, 1);
    check("frame record lr = x30", h.record_lr, 1);
    check("x30 -> sigreturn tramp", h.tramp, 1);
    check("after: x10 from frame", out[0], PAT(0x10));
    check("after: NZCV from frame", out[1], 0x60000000);
    check("after: fpcr from frame", out[2], 0x00400000);
    check("after: v8 low from frame", out[4], PAT(0x80));
    check("after: v8 high from frame", out[5], PAT(0x81));
    check("after: v9 low restored", out[6], PAT(0x98));
    check("after: v9 high restored", out[7], PAT(0x99));
    check("after: sp restored", out[8], 0);
    check("after: fpsr from frame", out[9], 0x1);

    /* Nested: the same again from a second signal's handler is not needed;
     * a handler that unwinds through the frame is. */
    sa.sa_sigaction = bt_handler;
    sigaction(SIGILL, &sa, NULL);
    check("unwound call", bt_main_marker(), 1);
    check("backtrace: trapping fn", bt_found_fn, 1);
    check("backtrace: its caller", bt_found_main, 1);
    check("backtrace: depth >= 4", bt_depth >= 4, 1);
    return finish("sig-context");
}
