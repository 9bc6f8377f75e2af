/* Zicsr: the user counters (cycle, time, instret) and the FP CSRs through
 * every csrr* form, including rd = rs1 and the no-write rs1 = x0 cases. */
#include <time.h>

#include "check.h"

#define CSRR(name)                                                         \
    ({                                                                     \
        uint64_t v_;                                                       \
        __asm__ volatile("csrr %0, " name : "=r"(v_));                     \
        v_;                                                                \
    })

int main(void)
{
    uint64_t c0 = CSRR("cycle"), t0 = CSRR("time"), i0 = CSRR("instret");
    volatile uint64_t spin = 0;
    for (int i = 0; i < 100000; i++) {
        spin += i;
    }
    uint64_t c1, t1, i1;
    __asm__ volatile("rdcycle %0" : "=r"(c1));
    __asm__ volatile("rdtime %0" : "=r"(t1));
    __asm__ volatile("rdinstret %0" : "=r"(i1));
    check("cycle advances", c1 > c0, 1);
    check("instret advances", i1 > i0, 1);
    check("time advances", t1 > t0, 1);

    /* time runs at a fixed rate (mimic: 10 MHz; qemu-user: the host TSC):
     * check it is between 1 MHz and 10 GHz over ~20 ms. */
    struct timespec a, b, d = {0, 20000000};
    clock_gettime(CLOCK_MONOTONIC, &a);
    t0 = CSRR("time");
    nanosleep(&d, NULL);
    t1 = CSRR("time");
    clock_gettime(CLOCK_MONOTONIC, &b);
    uint64_t ns = (b.tv_sec - a.tv_sec) * 1000000000ull + b.tv_nsec - a.tv_nsec;
    uint64_t ticks = t1 - t0;
    check("time rate plausible", ticks * 1000 >= ns && ticks <= ns * 10, 1);

    /* FP CSRs. */
    uint64_t old, v;
    __asm__ volatile("csrw fcsr, zero");
    __asm__ volatile("csrrwi %0, frm, 3" : "=r"(old));
    check("csrrwi frm old", old, 0);
    check("frm", CSRR("frm"), 3);
    check("fcsr after frm", CSRR("fcsr"), 3 << 5);
    __asm__ volatile("csrrsi %0, fflags, 0x5" : "=r"(old));
    check("csrrsi fflags old", old, 0);
    check("fflags", CSRR("fflags"), 5);
    __asm__ volatile("csrrci %0, fflags, 0x1" : "=r"(old));
    check("csrrci fflags old", old, 5);
    check("fflags cleared", CSRR("fflags"), 4);
    v = 0xff;
    __asm__ volatile("csrrw %0, fcsr, %0" : "+r"(v));
    check("csrrw fcsr rd=rs1 old", v, (3 << 5) | 4);
    check("fcsr", CSRR("fcsr"), 0xff);
    check("frm from fcsr", CSRR("frm"), 7);
    v = 0x3;
    __asm__ volatile("csrrc %0, fflags, %0" : "+r"(v));
    check("csrrc rd=rs1 old", v, 0x1f);
    check("fflags after csrrc", CSRR("fflags"), 0x1c);
    v = 0x1;
    __asm__ volatile("csrrs %0, fflags, %0" : "+r"(v));
    check("csrrs rd=rs1 old", v, 0x1c);
    check("fflags after csrrs", CSRR("fflags"), 0x1d);
    __asm__ volatile("csrrs %0, fcsr, zero" : "=r"(v));
    check("csrrs x0 reads", v, (7 << 5) | 0x1d);
    __asm__ volatile("csrrci %0, fcsr, 0" : "=r"(v));
    check("csrrci 0 reads", v, (7 << 5) | 0x1d);
    __asm__ volatile("fsrm %0, %1" : "=r"(old) : "r"(1ull));
    check("fsrm old", old, 7);
    /* a write to frm ends the TB; the value must hold in the next one. */
    __asm__ volatile("fsrmi 2\n frrm %0" : "=r"(v));
    check("frm then read", v, 2);
    __asm__ volatile("csrw fcsr, zero");
    check("fcsr zero", CSRR("fcsr"), 0);
    return finish("csr");
}
