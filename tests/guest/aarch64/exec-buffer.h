/* Shared harness of the AdvSIMD encoding tests (simd-random, simd-real,
 * simd-ldst-random): each test defines tcode, NTESTS entries of 8 bytes
 * ("insn; b run_back"), and runs every entry once on the fixed v0-v31,
 * x0-x30 values in init[], reporting what changed. */
#ifndef EXEC_BUFFER_H
#define EXEC_BUFFER_H

#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

extern const uint32_t tcode[];
void run(void (*fn)(void), uint64_t *state);

/* v0-v31 as lo/hi pairs in [0, 64), x0-x30 in [64, 95), FPSR in [95]. */
static uint64_t init[96], st[96];
static sigjmp_buf jb;

static void on_ill(int sig)
{
    siglongjmp(jb, 1);
}

/* Catch SIGILL and fill init[] with a mix of pseudo-random and edge values. */
static void eb_setup(void)
{
    uint64_t s = 0x123456789abcdefull;
    static const uint64_t special[] = {0, ~0ull, 0x8000000000000000ull, 0x7fffffffffffffffull,
        0x8000800080008000ull, 0x7f7f7f7f7f7f7f7full, 0x0000000100000001ull, 0x80000000ffffffffull};
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_ill;
    sa.sa_flags = SA_NODEFER;
    sigaction(SIGILL, &sa, NULL);
    for (int i = 0; i < 96; i++) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        init[i] = (i % 5 == 1) ? special[(s >> 40) % 8] : (i % 7 == 3 ? (s >> 59) * 0x0101010101010101ull : s ^ (s >> 29));
    }
    for (int i = 64; i < 96; i++) {
        init[i] = (i & 1) ? init[i - 64] : (uint64_t)(i * 0x1111);
    }
}

/* Run tcode entry t on a fresh copy of init[] into st[]; 0 if it raised
 * SIGILL. The jump back lands while this frame is still live. */
static int eb_exec(unsigned t)
{
    memcpy(st, init, sizeof(st));
    if (sigsetjmp(jb, 1)) {
        return 0;
    }
    run((void (*)(void))(tcode + 2 * t), st);
    return 1;
}

/* Print the changed v and x registers (x16/x17 are the harness's own);
 * x0_delta prints x0 as an offset from its initial value (a base register). */
static void eb_print_regs(int x0_delta)
{
    for (int r = 0; r < 32; r++) {
        if (st[2 * r] != init[2 * r] || st[2 * r + 1] != init[2 * r + 1]) {
            printf(" v%d=%016llx%016llx", r, (unsigned long long)st[2 * r + 1], (unsigned long long)st[2 * r]);
        }
    }
    for (int r = 0; r < 31; r++) {
        if (r != 16 && r != 17 && st[64 + r] != init[64 + r]) {
            if (r == 0 && x0_delta) {
                printf(" x0%+lld", (long long)(st[64] - init[64]));
                continue;
            }
            printf(" x%d=%016llx", r, (unsigned long long)st[64 + r]);
        }
    }
}

/* Print FPSR if set and end the line. */
static void eb_print_fpsr(void)
{
    if (st[95]) {
        printf(" fpsr=%llx", (unsigned long long)st[95]);
    }
    printf("\n");
}

/* The whole test for a table that only touches registers: one line per
 * entry, its encoding then ILL or what changed. */
__attribute__((unused)) static void eb_run_all(unsigned ntests)
{
    eb_setup();
    for (unsigned t = 0; t < ntests; t++) {
        printf("%08x", tcode[2 * t]);
        if (!eb_exec(t)) {
            printf(" ILL\n");
            continue;
        }
        eb_print_regs(0);
        eb_print_fpsr();
    }
}

__asm__(
    "/* run(fn, state): load v0-v31, x0-x15 and x18-x30 from state, clear FPSR, branch to\n"
    " * fn (one instruction, then `b run_back`), store v0-v31, x0-x30, FPSR. */\n"
    "	.text\n"
    "	.globl run\n"
    "	.globl run_back\n"
    "run:\n"
    "	stp x29, x30, [sp, #-176]!\n"
    "	stp x19, x20, [sp, #16]\n"
    "	stp x21, x22, [sp, #32]\n"
    "	stp x23, x24, [sp, #48]\n"
    "	stp x25, x26, [sp, #64]\n"
    "	stp x27, x28, [sp, #80]\n"
    "	stp d8, d9, [sp, #96]\n"
    "	stp d10, d11, [sp, #112]\n"
    "	stp d12, d13, [sp, #128]\n"
    "	stp d14, d15, [sp, #144]\n"
    "	str x1, [sp, #160]\n"
    "	mov x17, x0\n"
    "	ldp q0, q1, [x1, #0]\n"
    "	ldp q2, q3, [x1, #32]\n"
    "	ldp q4, q5, [x1, #64]\n"
    "	ldp q6, q7, [x1, #96]\n"
    "	ldp q8, q9, [x1, #128]\n"
    "	ldp q10, q11, [x1, #160]\n"
    "	ldp q12, q13, [x1, #192]\n"
    "	ldp q14, q15, [x1, #224]\n"
    "	ldp q16, q17, [x1, #256]\n"
    "	ldp q18, q19, [x1, #288]\n"
    "	ldp q20, q21, [x1, #320]\n"
    "	ldp q22, q23, [x1, #352]\n"
    "	ldp q24, q25, [x1, #384]\n"
    "	ldp q26, q27, [x1, #416]\n"
    "	ldp q28, q29, [x1, #448]\n"
    "	ldp q30, q31, [x1, #480]\n"
    "	add x16, x1, #512\n"
    "	ldp x2, x3, [x16, #16]\n"
    "	ldp x4, x5, [x16, #32]\n"
    "	ldp x6, x7, [x16, #48]\n"
    "	ldp x8, x9, [x16, #64]\n"
    "	ldp x10, x11, [x16, #80]\n"
    "	ldp x12, x13, [x16, #96]\n"
    "	ldp x14, x15, [x16, #112]\n"
    "	ldp x18, x19, [x16, #144]\n"
    "	ldp x20, x21, [x16, #160]\n"
    "	ldp x22, x23, [x16, #176]\n"
    "	ldp x24, x25, [x16, #192]\n"
    "	ldp x26, x27, [x16, #208]\n"
    "	ldp x28, x29, [x16, #224]\n"
    "	ldr x30, [x16, #240]\n"
    "	ldp x0, x1, [x16]\n"
    "	msr fpsr, xzr\n"
    "	br x17\n"
    "run_back:\n"
    "	stp x0, x1, [sp, #-16]!\n"
    "	ldr x0, [sp, #176]\n"
    "	stp q0, q1, [x0, #0]\n"
    "	stp q2, q3, [x0, #32]\n"
    "	stp q4, q5, [x0, #64]\n"
    "	stp q6, q7, [x0, #96]\n"
    "	stp q8, q9, [x0, #128]\n"
    "	stp q10, q11, [x0, #160]\n"
    "	stp q12, q13, [x0, #192]\n"
    "	stp q14, q15, [x0, #224]\n"
    "	stp q16, q17, [x0, #256]\n"
    "	stp q18, q19, [x0, #288]\n"
    "	stp q20, q21, [x0, #320]\n"
    "	stp q22, q23, [x0, #352]\n"
    "	stp q24, q25, [x0, #384]\n"
    "	stp q26, q27, [x0, #416]\n"
    "	stp q28, q29, [x0, #448]\n"
    "	stp q30, q31, [x0, #480]\n"
    "	add x0, x0, #512\n"
    "	stp x2, x3, [x0, #16]\n"
    "	stp x4, x5, [x0, #32]\n"
    "	stp x6, x7, [x0, #48]\n"
    "	stp x8, x9, [x0, #64]\n"
    "	stp x10, x11, [x0, #80]\n"
    "	stp x12, x13, [x0, #96]\n"
    "	stp x14, x15, [x0, #112]\n"
    "	stp x16, x17, [x0, #128]\n"
    "	stp x18, x19, [x0, #144]\n"
    "	stp x20, x21, [x0, #160]\n"
    "	stp x22, x23, [x0, #176]\n"
    "	stp x24, x25, [x0, #192]\n"
    "	stp x26, x27, [x0, #208]\n"
    "	stp x28, x29, [x0, #224]\n"
    "	str x30, [x0, #240]\n"
    "	ldp x2, x3, [sp], #16\n"
    "	stp x2, x3, [x0, #0]\n"
    "	mrs x2, fpsr\n"
    "	str x2, [x0, #248]\n"
    "	ldp x19, x20, [sp, #16]\n"
    "	ldp x21, x22, [sp, #32]\n"
    "	ldp x23, x24, [sp, #48]\n"
    "	ldp x25, x26, [sp, #64]\n"
    "	ldp x27, x28, [sp, #80]\n"
    "	ldp d8, d9, [sp, #96]\n"
    "	ldp d10, d11, [sp, #112]\n"
    "	ldp d12, d13, [sp, #128]\n"
    "	ldp d14, d15, [sp, #144]\n"
    "	ldp x29, x30, [sp], #176\n"
    "	ret\n"
    "\n"
);

#endif
