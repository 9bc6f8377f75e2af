/* F/D state handling: loads and stores (bit-exact, NaN-boxing on flw),
 * sign injection with improperly boxed inputs, the fflags/frm/fcsr CSRs,
 * flag accrual, and the rounding-mode cases that must not trap (dynamic rm
 * with frm 0..4, an rm-less instruction with any frm). No signal handler:
 * the SIGILL cases for reserved rounding modes are linux-user/fp-sigill.c
 * and whole-fp-rm-sigill.c. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#define P(name, v) printf("%-24s %016" PRIx64 "\n", name, (uint64_t)(v))

#define SGNJ(insn, a, b)                                                   \
    ({                                                                     \
        uint64_t r_;                                                       \
        __asm__ volatile("fmv.d.x ft0,%1\nfmv.d.x ft1,%2\n" insn           \
                         " ft2,ft0,ft1\nfmv.x.d %0,ft2"                    \
                         : "=r"(r_)                                        \
                         : "r"(a), "r"(b)                                  \
                         : "ft0", "ft1", "ft2");                           \
        r_;                                                                \
    })

static void loads_stores(void)
{
    volatile uint64_t mem[2] = { 0x7f8000017fa00001ull, 0xfff0000000000001ull };
    uint64_t r, s = 0;
    __asm__ volatile("flw ft0,0(%1)\nfmv.x.d %0,ft0" : "=r"(r) : "r"(mem) : "ft0");
    P("flw lo", r);
    __asm__ volatile("flw ft0,4(%1)\nfmv.x.d %0,ft0" : "=r"(r) : "r"(mem) : "ft0");
    P("flw hi", r);
    __asm__ volatile("fld ft0,8(%1)\nfmv.x.d %0,ft0" : "=r"(r) : "r"(mem) : "ft0");
    P("fld", r);
    /* fsw stores the low word even of an improperly boxed value */
    __asm__ volatile("fmv.d.x ft0,%0\nfsw ft0,0(%1)"
                     : : "r"(0x123456789abcdef0ull), "r"(&s) : "ft0", "memory");
    P("fsw", s);
    __asm__ volatile("fmv.d.x ft0,%0\nfsd ft0,0(%1)"
                     : : "r"(0x7ff0000000000001ull), "r"(&s) : "ft0", "memory");
    P("fsd", s);
    __asm__ volatile("fmv.w.x ft0,%1\nfmv.x.d %0,ft0" : "=r"(r) : "r"(0x1234567880000001ull) : "ft0");
    P("fmv.w.x", r);
}

static void sign_injection(void)
{
    static const uint64_t v[] = {
        0xffffffff3f800000ull, 0xffffffffbf800000ull, 0x000000003f800000ull,
        0xffffffff7fa00000ull, 0x7fffffffbf800000ull, 0xbff0000000000000ull,
    };
    char name[32];
    for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) {
            snprintf(name, sizeof(name), "sgnj %d %d", i, j);
            printf("%-12s %016" PRIx64 " %016" PRIx64 " %016" PRIx64
                   " %016" PRIx64 " %016" PRIx64 " %016" PRIx64 "\n",
                   name, SGNJ("fsgnj.s", v[i], v[j]),
                   SGNJ("fsgnjn.s", v[i], v[j]), SGNJ("fsgnjx.s", v[i], v[j]),
                   SGNJ("fsgnj.d", v[i], v[j]), SGNJ("fsgnjn.d", v[i], v[j]),
                   SGNJ("fsgnjx.d", v[i], v[j]));
        }
    }
    /* same register: fmv.s / fneg.s / fabs.s */
    for (int i = 0; i < 6; i++) {
        uint64_t r1, r2, r3;
        __asm__ volatile("fmv.d.x ft0,%3\nfmv.s ft1,ft0\nfneg.s ft2,ft0\n"
                         "fabs.s ft3,ft0\nfmv.x.d %0,ft1\nfmv.x.d %1,ft2\n"
                         "fmv.x.d %2,ft3"
                         : "=r"(r1), "=r"(r2), "=r"(r3)
                         : "r"(v[i])
                         : "ft0", "ft1", "ft2", "ft3");
        printf("fmv/fneg/fabs.s %d %016" PRIx64 " %016" PRIx64 " %016" PRIx64 "\n",
               i, r1, r2, r3);
    }
}

static void csrs(void)
{
    uint64_t r, old;
    __asm__ volatile("csrw fcsr, zero");
    __asm__ volatile("csrrw %0, fcsr, %1" : "=r"(old) : "r"(0xffffffffull));
    __asm__ volatile("csrr %0, fcsr" : "=r"(r));
    P("fcsr after -1", r);
    __asm__ volatile("csrr %0, frm" : "=r"(r));
    P("frm", r);
    __asm__ volatile("csrr %0, fflags" : "=r"(r));
    P("fflags", r);
    __asm__ volatile("fsrm %0, %1" : "=r"(old) : "r"(2ull));
    P("fsrm old", old);
    __asm__ volatile("csrr %0, fcsr" : "=r"(r));
    P("fcsr", r);
    __asm__ volatile("fsflags %0, %1" : "=r"(old) : "r"(0x3ull));
    P("fsflags old", old);
    __asm__ volatile("csrrs %0, fflags, %1" : "=r"(old) : "r"(0x30ull));
    P("csrrs fflags old", old);
    __asm__ volatile("csrrc %0, fcsr, %1" : "=r"(old) : "r"(0x41ull));
    P("csrrc fcsr old", old);
    __asm__ volatile("csrr %0, fcsr" : "=r"(r));
    P("fcsr", r);
    __asm__ volatile("csrrwi %0, frm, 4" : "=r"(old));
    P("csrrwi frm old", old);
    /* accrual: flags OR together across instructions, and are readable */
    __asm__ volatile("csrw fcsr, zero\n"
                     "fmv.w.x ft0, %1\nfmv.w.x ft1, zero\n"
                     "fdiv.s ft2, ft0, ft1\n"  /* DZ */
                     "fmv.w.x ft1, %2\nfadd.s ft2, ft0, ft1\n" /* NX */
                     "csrr %0, fflags"
                     : "=r"(r)
                     : "r"(0x3f800000ull), "r"(0x33000001ull)
                     : "ft0", "ft1", "ft2");
    P("accrued", r);
    /* fclass/fmv do not touch flags; feq on qNaN is quiet, flt is not */
    __asm__ volatile("csrw fflags, zero\nfmv.w.x ft0, %1\nfeq.s t0, ft0, ft0\n"
                     "fclass.s t0, ft0\ncsrr %0, fflags"
                     : "=r"(r) : "r"(0x7fc00000ull) : "ft0", "t0");
    P("feq qnan flags", r);
    __asm__ volatile("csrw fflags, zero\nfmv.w.x ft0, %1\nflt.s t0, ft0, ft0\n"
                     "csrr %0, fflags"
                     : "=r"(r) : "r"(0x7fc00000ull) : "ft0", "t0");
    P("flt qnan flags", r);
    __asm__ volatile("csrw fcsr, zero");
}

/* Each of these must run normally: a trap here kills the test. */
static void run_insn(const char *name, int which, uint64_t frm)
{
    __asm__ volatile("fsrm %0" : : "r"(frm));
    switch (which) {
    case 0:
        __asm__ volatile("fadd.d ft3, ft0, ft1, dyn" ::: "ft3");
        break;
    case 1:
        __asm__ volatile("fcvt.d.l ft3, zero, dyn" ::: "ft3");
        break;
    default: /* fsgnj has no rm field, so a reserved frm does not matter */
        __asm__ volatile("fsgnj.d ft3, ft0, ft1" ::: "ft3");
        break;
    }
    __asm__ volatile("fsrm zero");
    printf("%-24s frm=%" PRIu64 " ok\n", name, frm);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);

    loads_stores();
    sign_injection();
    csrs();
    for (uint64_t frm = 0; frm < 8; frm++) {
        if (frm <= 4) {
            run_insn("fadd.d dyn", 0, frm);
            run_insn("fcvt.d.l dyn", 1, frm);
        }
        run_insn("fsgnj.d", 2, frm);
    }
    return 0;
}
