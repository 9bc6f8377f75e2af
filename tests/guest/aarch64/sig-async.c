/* Asynchronous signals (a 1 ms interval timer) land in a loop that keeps
 * state in every register class: v0-v31, fpcr, x12-x18 and the NZCV
 * between a compare and its branch. The handler clobbers all of them; after
 * 20 deliveries every value must be what the loop left there. */
#include <signal.h>
#include <string.h>
#include <sys/time.h>

#include "sig-check.h"

static volatile uint64_t ticks;
static uint64_t vin[64] __attribute__((aligned(16)));
static uint64_t vout[64] __attribute__((aligned(16)));
static uint64_t xin[7], xout[7];
static uint64_t fpcr_out;

static void on_alarm(int sig)
{
    ticks++;
    /* Clobber the vector registers, fpcr and the flags. */
    __asm__ volatile("movi v0.16b, #0xee\n\t"
                     "mov v1.16b, v0.16b\n\tmov v2.16b, v0.16b\n\t"
                     "mov v3.16b, v0.16b\n\tmov v4.16b, v0.16b\n\t"
                     "mov v5.16b, v0.16b\n\tmov v6.16b, v0.16b\n\t"
                     "mov v7.16b, v0.16b\n\tmov v16.16b, v0.16b\n\t"
                     "mov v17.16b, v0.16b\n\tmov v31.16b, v0.16b\n\t"
                     "msr fpcr, %0\n\t"
                     "cmp %0, #0" ::"r"(0x00c00000ul)
                     : "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v16",
                       "v17", "v31", "cc");
}

int main(void)
{
    uint64_t spins = 0;

    for (int i = 0; i < 64; i++) {
        vin[i] = 0x0123456789abcdefull * (i + 1);
    }
    for (int i = 0; i < 7; i++) {
        xin[i] = 0xfeedface00000000ull + i;
    }
    signal(SIGALRM, on_alarm);
    struct itimerval it = {{0, 1000}, {0, 1000}};
    setitimer(ITIMER_REAL, &it, NULL);

    __asm__ volatile(
        "ldp q0, q1, [%[vi]]\n\tldp q2, q3, [%[vi], #32]\n\t"
        "ldp q4, q5, [%[vi], #64]\n\tldp q6, q7, [%[vi], #96]\n\t"
        "ldp q8, q9, [%[vi], #128]\n\tldp q10, q11, [%[vi], #160]\n\t"
        "ldp q12, q13, [%[vi], #192]\n\tldp q14, q15, [%[vi], #224]\n\t"
        "ldp q16, q17, [%[vi], #256]\n\tldp q18, q19, [%[vi], #288]\n\t"
        "ldp q20, q21, [%[vi], #320]\n\tldp q22, q23, [%[vi], #352]\n\t"
        "ldp q24, q25, [%[vi], #384]\n\tldp q26, q27, [%[vi], #416]\n\t"
        "ldp q28, q29, [%[vi], #448]\n\tldp q30, q31, [%[vi], #480]\n\t"
        "ldp x12, x13, [%[xi]]\n\tldp x14, x15, [%[xi], #16]\n\t"
        "ldp x16, x17, [%[xi], #32]\n\tldr x18, [%[xi], #48]\n\t"
        "mov x9, #0x00400000\n\tmsr fpcr, x9\n\t"
        "1: add %[n], %[n], #1\n\t"
        "ldr x9, [%[t]]\n\t"
        "cmp x9, #20\n\t"
        "b.lo 1b\n\t"
        "stp q0, q1, [%[vo]]\n\tstp q2, q3, [%[vo], #32]\n\t"
        "stp q4, q5, [%[vo], #64]\n\tstp q6, q7, [%[vo], #96]\n\t"
        "stp q8, q9, [%[vo], #128]\n\tstp q10, q11, [%[vo], #160]\n\t"
        "stp q12, q13, [%[vo], #192]\n\tstp q14, q15, [%[vo], #224]\n\t"
        "stp q16, q17, [%[vo], #256]\n\tstp q18, q19, [%[vo], #288]\n\t"
        "stp q20, q21, [%[vo], #320]\n\tstp q22, q23, [%[vo], #352]\n\t"
        "stp q24, q25, [%[vo], #384]\n\tstp q26, q27, [%[vo], #416]\n\t"
        "stp q28, q29, [%[vo], #448]\n\tstp q30, q31, [%[vo], #480]\n\t"
        "stp x12, x13, [%[xo]]\n\tstp x14, x15, [%[xo], #16]\n\t"
        "stp x16, x17, [%[xo], #32]\n\tstr x18, [%[xo], #48]\n\t"
        "mrs x9, fpcr\n\tstr x9, [%[fo]]\n\t"
        "msr fpcr, xzr"
        : [n] "+r"(spins)
        : [vi] "r"(vin), [vo] "r"(vout), [xi] "r"(xin), [xo] "r"(xout),
          [t] "r"(&ticks), [fo] "r"(&fpcr_out)
        : "x9", "x12", "x13", "x14", "x15", "x16", "x17", "x18", "v0", "v1",
          "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12",
          "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22",
          "v23", "v24", "v25", "v26", "v27", "v28", "v29", "v30", "v31",
          "memory", "cc");

    struct itimerval off = {{0, 0}, {0, 0}};
    setitimer(ITIMER_REAL, &off, NULL);
    int vbad = 0, xbad = 0;
    for (int i = 0; i < 64; i++) {
        vbad += vout[i] != vin[i];
    }
    for (int i = 0; i < 7; i++) {
        xbad += xout[i] != xin[i];
    }
    check("signals delivered >= 20", ticks >= 20, 1);
    check("loop ran", spins > 0, 1);
    check("v0-v31 intact (words bad)", vbad, 0);
    check("x12-x18 intact (bad)", xbad, 0);
    check("fpcr intact", fpcr_out, 0x00400000);
    return finish("sig-async");
}
