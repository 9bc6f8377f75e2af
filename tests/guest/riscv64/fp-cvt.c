/* F/D conversions (every direction, every rounding mode, static and
 * dynamic), compares, fclass and the fmv moves over edge inputs. */
#include "fp-common.h"

#define B(x) (0xffffffff00000000ull | (x))

static const uint64_t in_s[] = {
    B(0), B(0x80000000), B(0x7f800000), B(0xff800000), B(0x7fc00000),
    B(0xff800001), B(1), B(0x807fffff), B(0x3f000000), B(0xbf000000),
    B(0x3fc00000), B(0x40200000), B(0xc0200000), B(0x3f7fffff),
    B(0x4effffff), B(0x4f000000), B(0xcf000000), B(0xcf000001),
    B(0x4f7fffff), B(0x4f800000), B(0x5effffff), B(0x5f000000),
    B(0xdf000000), B(0xdf000001), B(0x5f7fffff), B(0x5f800000),
    B(0x7f7fffff), B(0xbf800000), 0x000000003f800000, 0xfffffffe7f800000,
};

static const uint64_t in_d[] = {
    0, 0x8000000000000000, 0x7ff0000000000000, 0xfff0000000000000,
    0x7ff8000000000000, 0x7ff0000000000001, 1, 0x3fe0000000000000,
    0xbfe0000000000000, 0x3ff8000000000000, 0x4004000000000000,
    0xc004000000000000, 0x41dfffffffc00000, 0x41dfffffffe00000,
    0x41e0000000000000, 0xc1e0000000000000, 0xc1e0000000100000,
    0xc1e0000000200000, 0x41efffffffe00000, 0x41effffffff00000,
    0x41f0000000000000, 0x43dfffffffffffff, 0x43e0000000000000,
    0xc3e0000000000000, 0xc3e0000000000001, 0x43efffffffffffff,
    0x43f0000000000000, 0x36a0000000000000, 0x3690000000000000,
    0x3810000000000000, 0x380ffffff0000000, 0x47efffffe0000000,
    0x47effffff0000000, 0x7fefffffffffffff, 0xbff0000000000001,
};

static const uint64_t in_i[] = {
    0, 1, (uint64_t)-1, 0x7fffffff, 0x80000000, 0xffffffff,
    0xffffffff80000000, 0x1000001, 0x1000003, 0x7fffffc0, 0xffffff80,
    0x20000000000001, 0x20000000000003, 0x7fffffffffffffff,
    0x8000000000000000, 0xffffffffffffffff, 0x8000000000000001,
    0x7ffffffffffffe00, 0xfffffffffffffc00, 0x123456789abcdef1,
    0xffffff7f00000001,
};

DEF_RM(fcvt_w_s, "fcvt.w.s", FX, "ft0")
DEF_RM(fcvt_wu_s, "fcvt.wu.s", FX, "ft0")
DEF_RM(fcvt_l_s, "fcvt.l.s", FX, "ft0")
DEF_RM(fcvt_lu_s, "fcvt.lu.s", FX, "ft0")
DEF_RM(fcvt_w_d, "fcvt.w.d", FX, "ft0")
DEF_RM(fcvt_wu_d, "fcvt.wu.d", FX, "ft0")
DEF_RM(fcvt_l_d, "fcvt.l.d", FX, "ft0")
DEF_RM(fcvt_lu_d, "fcvt.lu.d", FX, "ft0")
DEF_RM(fcvt_s_w, "fcvt.s.w", XF, "")
DEF_RM(fcvt_s_wu, "fcvt.s.wu", XF, "")
DEF_RM(fcvt_s_l, "fcvt.s.l", XF, "")
DEF_RM(fcvt_s_lu, "fcvt.s.lu", XF, "")
DEF_NORM(fcvt_d_w, "fcvt.d.w", XF, "")
DEF_NORM(fcvt_d_wu, "fcvt.d.wu", XF, "")
DEF_RM(fcvt_d_l, "fcvt.d.l", XF, "")
DEF_RM(fcvt_d_lu, "fcvt.d.lu", XF, "")
DEF_RM(fcvt_s_d, "fcvt.s.d", FF, "ft0")
DEF_NORM(fcvt_d_s, "fcvt.d.s", FF, "ft0")
DEF_NORM(feq_s, "feq.s", FX, "ft0,ft1")
DEF_NORM(flt_s, "flt.s", FX, "ft0,ft1")
DEF_NORM(fle_s, "fle.s", FX, "ft0,ft1")
DEF_NORM(feq_d, "feq.d", FX, "ft0,ft1")
DEF_NORM(flt_d, "flt.d", FX, "ft0,ft1")
DEF_NORM(fle_d, "fle.d", FX, "ft0,ft1")
DEF_NORM(fclass_s, "fclass.s", FX, "ft0")
DEF_NORM(fclass_d, "fclass.d", FX, "ft0")
DEF_NORM(fmv_x_w, "fmv.x.w", FX, "ft0")
DEF_NORM(fmv_x_d, "fmv.x.d", FX, "ft0")
DEF_NORM(fmv_w_x, "fmv.w.x", XF, "")
DEF_NORM(fmv_d_x, "fmv.d.x", XF, "")

#define N(a) (int)(sizeof(a) / sizeof((a)[0]))

static void unary(const char *name, FPFn fn, int nmodes, const uint64_t *in,
                  int n)
{
    for (int i = 0; i < n; i++) {
        fp_show(name, fn, nmodes, 1, in[i], 0, 0);
    }
}

/* Compares on a subset: every value against every fourth one. */
static void compare(const char *name, FPFn fn, const uint64_t *in, int n)
{
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j += 4) {
            fp_show(name, fn, 1, 2, in[i], in[j], 0);
        }
    }
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    unary("fcvt.w.s", fcvt_w_s, 10, in_s, N(in_s));
    unary("fcvt.wu.s", fcvt_wu_s, 10, in_s, N(in_s));
    unary("fcvt.l.s", fcvt_l_s, 10, in_s, N(in_s));
    unary("fcvt.lu.s", fcvt_lu_s, 10, in_s, N(in_s));
    unary("fcvt.w.d", fcvt_w_d, 10, in_d, N(in_d));
    unary("fcvt.wu.d", fcvt_wu_d, 10, in_d, N(in_d));
    unary("fcvt.l.d", fcvt_l_d, 10, in_d, N(in_d));
    unary("fcvt.lu.d", fcvt_lu_d, 10, in_d, N(in_d));
    unary("fcvt.s.w", fcvt_s_w, 10, in_i, N(in_i));
    unary("fcvt.s.wu", fcvt_s_wu, 10, in_i, N(in_i));
    unary("fcvt.s.l", fcvt_s_l, 10, in_i, N(in_i));
    unary("fcvt.s.lu", fcvt_s_lu, 10, in_i, N(in_i));
    unary("fcvt.d.w", fcvt_d_w, 1, in_i, N(in_i));
    unary("fcvt.d.wu", fcvt_d_wu, 1, in_i, N(in_i));
    unary("fcvt.d.l", fcvt_d_l, 10, in_i, N(in_i));
    unary("fcvt.d.lu", fcvt_d_lu, 10, in_i, N(in_i));
    unary("fcvt.s.d", fcvt_s_d, 10, in_d, N(in_d));
    unary("fcvt.d.s", fcvt_d_s, 1, in_s, N(in_s));
    compare("feq.s", feq_s, in_s, N(in_s));
    compare("flt.s", flt_s, in_s, N(in_s));
    compare("fle.s", fle_s, in_s, N(in_s));
    compare("feq.d", feq_d, in_d, N(in_d));
    compare("flt.d", flt_d, in_d, N(in_d));
    compare("fle.d", fle_d, in_d, N(in_d));
    unary("fclass.s", fclass_s, 1, in_s, N(in_s));
    unary("fclass.d", fclass_d, 1, in_d, N(in_d));
    unary("fmv.x.w", fmv_x_w, 1, in_s, N(in_s));
    unary("fmv.x.d", fmv_x_d, 1, in_d, N(in_d));
    unary("fmv.w.x", fmv_w_x, 1, in_i, N(in_i));
    unary("fmv.d.x", fmv_d_x, 1, in_i, N(in_i));
    return 0;
}
