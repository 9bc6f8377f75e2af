/* F/D arithmetic over edge inputs in every rounding mode, static and
 * dynamic: add sub mul div sqrt min max and the fused multiply-adds. */
#include "fp-common.h"

#define NAN_BOX 0xffffffff00000000ull

static const uint64_t in_s[] = {
    NAN_BOX | 0x00000000, NAN_BOX | 0x80000000, NAN_BOX | 0x7f800000,
    NAN_BOX | 0xff800000, NAN_BOX | 0x7fc00000, NAN_BOX | 0x7f800001,
    NAN_BOX | 0x00000001, NAN_BOX | 0x807fffff, NAN_BOX | 0x7f7fffff,
    NAN_BOX | 0xbfc00001, NAN_BOX | 0x33800000, 0x000000003f800000,
};

static const uint64_t in_d[] = {
    0, 0x8000000000000000, 0x7ff0000000000000, 0xfff0000000000000,
    0x7ff8000000000000, 0x7ff0000000000001, 1, 0x800fffffffffffff,
    0x7fefffffffffffff, 0xbff8000000000001, 0x3ca0000000000000,
    0x3fe0000000000001,
};

DEF_RM(fadd_s, "fadd.s", FF, "ft0,ft1")
DEF_RM(fsub_s, "fsub.s", FF, "ft0,ft1")
DEF_RM(fmul_s, "fmul.s", FF, "ft0,ft1")
DEF_RM(fdiv_s, "fdiv.s", FF, "ft0,ft1")
DEF_RM(fsqrt_s, "fsqrt.s", FF, "ft0")
DEF_NORM(fmin_s, "fmin.s", FF, "ft0,ft1")
DEF_NORM(fmax_s, "fmax.s", FF, "ft0,ft1")
DEF_RM(fmadd_s, "fmadd.s", FF, "ft0,ft1,ft2")
DEF_RM(fmsub_s, "fmsub.s", FF, "ft0,ft1,ft2")
DEF_RM(fnmsub_s, "fnmsub.s", FF, "ft0,ft1,ft2")
DEF_RM(fnmadd_s, "fnmadd.s", FF, "ft0,ft1,ft2")
DEF_RM(fadd_d, "fadd.d", FF, "ft0,ft1")
DEF_RM(fsub_d, "fsub.d", FF, "ft0,ft1")
DEF_RM(fmul_d, "fmul.d", FF, "ft0,ft1")
DEF_RM(fdiv_d, "fdiv.d", FF, "ft0,ft1")
DEF_RM(fsqrt_d, "fsqrt.d", FF, "ft0")
DEF_NORM(fmin_d, "fmin.d", FF, "ft0,ft1")
DEF_NORM(fmax_d, "fmax.d", FF, "ft0,ft1")
DEF_RM(fmadd_d, "fmadd.d", FF, "ft0,ft1,ft2")
DEF_RM(fmsub_d, "fmsub.d", FF, "ft0,ft1,ft2")
DEF_RM(fnmsub_d, "fnmsub.d", FF, "ft0,ft1,ft2")
DEF_RM(fnmadd_d, "fnmadd.d", FF, "ft0,ft1,ft2")

#define N(a) (int)(sizeof(a) / sizeof((a)[0]))

static void binary(const char *name, FPFn fn, int nmodes, const uint64_t *in,
                   int n)
{
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            fp_show(name, fn, nmodes, 2, in[i], in[j], 0);
        }
    }
}

/* Fused ops: a sample of the triples keeps output small. */
static void ternary(const char *name, FPFn fn, const uint64_t *in, int n)
{
    for (int i = 0; i < n; i += 3) {
        for (int j = 1; j < n; j += 3) {
            for (int k = 0; k < n; k += 4) {
                fp_show(name, fn, 10, 3, in[i], in[j], in[k]);
            }
        }
    }
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    binary("fadd.s", fadd_s, 10, in_s, N(in_s));
    binary("fsub.s", fsub_s, 10, in_s, N(in_s));
    binary("fmul.s", fmul_s, 10, in_s, N(in_s));
    binary("fdiv.s", fdiv_s, 10, in_s, N(in_s));
    binary("fmin.s", fmin_s, 1, in_s, N(in_s));
    binary("fmax.s", fmax_s, 1, in_s, N(in_s));
    for (int i = 0; i < N(in_s); i++) {
        fp_show("fsqrt.s", fsqrt_s, 10, 1, in_s[i], 0, 0);
    }
    ternary("fmadd.s", fmadd_s, in_s, N(in_s));
    ternary("fmsub.s", fmsub_s, in_s, N(in_s));
    ternary("fnmsub.s", fnmsub_s, in_s, N(in_s));
    ternary("fnmadd.s", fnmadd_s, in_s, N(in_s));
    binary("fadd.d", fadd_d, 10, in_d, N(in_d));
    binary("fsub.d", fsub_d, 10, in_d, N(in_d));
    binary("fmul.d", fmul_d, 10, in_d, N(in_d));
    binary("fdiv.d", fdiv_d, 10, in_d, N(in_d));
    binary("fmin.d", fmin_d, 1, in_d, N(in_d));
    binary("fmax.d", fmax_d, 1, in_d, N(in_d));
    for (int i = 0; i < N(in_d); i++) {
        fp_show("fsqrt.d", fsqrt_d, 10, 1, in_d[i], 0, 0);
    }
    ternary("fmadd.d", fmadd_d, in_d, N(in_d));
    ternary("fmsub.d", fmsub_d, in_d, N(in_d));
    ternary("fnmsub.d", fnmsub_d, in_d, N(in_d));
    ternary("fnmadd.d", fnmadd_d, in_d, N(in_d));
    return 0;
}
