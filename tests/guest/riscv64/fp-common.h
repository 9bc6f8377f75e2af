/*
 * Shared by the fp-*.c guest tests: run one F/D instruction on raw register
 * bits in any rounding mode and print result bits and fflags.
 *
 * Modes 0..4 are the static rm fields (rne rtz rdn rup rmm); modes 5..9 use
 * rm=dyn with frm set to 0..4. Inputs are loaded with fmv.d.x, so single
 * operands can be improperly NaN-boxed on purpose.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#define LOADS "fmv.d.x ft0,%2\nfmv.d.x ft1,%3\nfmv.d.x ft2,%4\n"
#define T_FF(insn, ops, rm) LOADS insn " ft3," ops rm "\nfmv.x.d %0,ft3"
#define T_FX(insn, ops, rm) LOADS insn " %0," ops rm
#define T_XF(insn, ops, rm) insn " ft3,%2" rm "\nfmv.x.d %0,ft3"
#define FP_ASM(text)                                                       \
    __asm__ volatile("fsflags zero\n" text "\nfrflags %1"                  \
                     : "=&r"(r), "=&r"(f)                                  \
                     : "r"(a), "r"(b), "r"(c)                              \
                     : "ft0", "ft1", "ft2", "ft3")

typedef uint64_t (*FPFn)(int, uint64_t, uint64_t, uint64_t, unsigned long *);

/* DEF_RM: an instruction with a rounding mode; DEF_NORM: without. */
#define DEF_RM(fn, insn, form, ops)                                        \
    static uint64_t fn(int mode, uint64_t a, uint64_t b, uint64_t c,       \
                       unsigned long *fl)                                  \
    {                                                                      \
        uint64_t r;                                                        \
        unsigned long f;                                                   \
        switch (mode) {                                                    \
        case 0: FP_ASM(T_##form(insn, ops, ",rne")); break;                \
        case 1: FP_ASM(T_##form(insn, ops, ",rtz")); break;                \
        case 2: FP_ASM(T_##form(insn, ops, ",rdn")); break;                \
        case 3: FP_ASM(T_##form(insn, ops, ",rup")); break;                \
        case 4: FP_ASM(T_##form(insn, ops, ",rmm")); break;                \
        default:                                                           \
            __asm__ volatile("fsrm %0" : : "r"(mode - 5));                 \
            FP_ASM(T_##form(insn, ops, ",dyn"));                           \
            __asm__ volatile("fsrm zero");                                 \
            break;                                                         \
        }                                                                  \
        *fl = f;                                                           \
        return r;                                                          \
    }
#define DEF_NORM(fn, insn, form, ops)                                      \
    static uint64_t fn(int mode, uint64_t a, uint64_t b, uint64_t c,       \
                       unsigned long *fl)                                  \
    {                                                                      \
        uint64_t r;                                                        \
        unsigned long f;                                                   \
        (void)mode;                                                        \
        FP_ASM(T_##form(insn, ops, ""));                                   \
        *fl = f;                                                           \
        return r;                                                          \
    }

/* One line: name, inputs, then result/fflags for each mode. */
static void fp_show(const char *name, FPFn fn, int nmodes, int nargs,
                    uint64_t a, uint64_t b, uint64_t c)
{
    printf("%-10s %016" PRIx64, name, a);
    if (nargs > 1) {
        printf(" %016" PRIx64, b);
    }
    if (nargs > 2) {
        printf(" %016" PRIx64, c);
    }
    printf(" :");
    for (int m = 0; m < nmodes; m++) {
        unsigned long fl;
        uint64_t r = fn(m, a, b, c, &fl);
        printf(" %" PRIx64 "/%lx", r, fl);
    }
    printf("\n");
}
