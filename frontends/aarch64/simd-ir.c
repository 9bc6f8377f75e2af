/*
 * Inline IR for AdvSIMD integer operations: V register halves with
 * forwarding, and SWAR lane operations (see simd-ir.h).
 *
 * Lane identities used below, for lanes of `bits` bits, H = the top bit of
 * every lane, L = ~H (the other bits), all on one 64-bit word:
 *   nonzero: ((x & L) + L) | x has a lane's top bit set iff the lane is not
 *            0 (the add carries into the top bit iff the low bits are not
 *            all zero, and cannot carry out of the lane);
 *   a - b per lane without borrows between lanes: (a | H) - (b & L) gives
 *            the low bits exactly and the top bit inverted when a and b
 *            have equal top bits; from it, the borrow out of each lane
 *            (a < b unsigned) is (~a & b) | (~(a ^ b) & ~raw) at the top;
 *   a top-bit-per-lane value z becomes a mask by (z >> (bits - 1)) times
 *            the all-ones lane (no carries: each lane holds 0 or 1).
 * a64_is_byte_mask() recognizes that last shape in the IR.
 */
#include "frontends/aarch64/simd-ir.h"

#include "frontends/aarch64/helpers-simd.h"
#include "translator/tuning.h"

/* How far back (IR insns) forwarding and mask recognition look. */
#define SCAN_LIMIT 512u
#define NO_TEMP ((IRTempId)UINT32_MAX)

static const uint64_t lane_rep[4] = {
    0x0101010101010101ull, 0x0001000100010001ull, 0x0000000100000001ull, 1};

static inline uint64_t lane_top(int size)
{
    return (1ull << ((8 << size) - 1)) * lane_rep[size];
}

static inline uint64_t lane_ones(int size)
{
    return size == 3 ? ~0ull : (1ull << (8 << size)) - 1;
}

static inline IRTempId K(IRContext *ir, uint64_t v)
{
    return ir_const(ir, (int64_t)v);
}

/* ---- V register halves and forwarding ------------------------------------ */

static bool temp_written_from(const IRContext *ir, IRArg t, uint32_t from)
{
    for (uint32_t i = from; i < ir->nb_insns; i++) {
        const IRInsn *in = &ir->insns[i];
        const IROpDef *def = &ir_op_defs[in->opc];
        for (int j = 0; j < def->nb_oargs && j < in->nargs; j++) {
            if (in->args[j] == t) {
                return true;
            }
        }
    }
    return false;
}

/* Can the scan go on past insn `in` (backwards)? Not past a basic block
 * end (NORMAL temps die there), a loop back edge, or a helper call (which
 * may write any V register). */
static bool scan_barrier(const IRInsn *in)
{
    return (ir_op_defs[in->opc].flags & IR_F_BB_END) || in->opc == IR_call ||
           in->opc == IR_loop_back;
}

/* The temp holding the 64 bits at env offset `off`, if the IR emitted
 * since the last st_env/ld_env of exactly those bits left it intact. */
static IRTempId vreg_forward(const IRContext *ir, int32_t off)
{
    uint32_t stop = ir->nb_insns > SCAN_LIMIT ? ir->nb_insns - SCAN_LIMIT : 0;

    for (uint32_t i = ir->nb_insns; i-- > stop;) {
        const IRInsn *in = &ir->insns[i];
        int32_t o;
        int mo;

        if (scan_barrier(in)) {
            return NO_TEMP;
        }
        if (in->opc != IR_st_env && in->opc != IR_ld_env) {
            continue;
        }
        o = (int32_t)in->args[1];
        mo = (int)in->args[2];
        if (o >= off + 8 || off >= o + (1 << (mo & IR_MO_SIZE))) {
            continue;
        }
        if (o == off && (mo & IR_MO_SIZE) == IR_MO_64) {
            IRArg t = in->args[0];
            return temp_written_from(ir, t, i + 1) ? NO_TEMP : (IRTempId)t;
        }
        if (in->opc == IR_st_env) {
            return NO_TEMP; /* a partial write (INS, LD1 lane) */
        }
    }
    return NO_TEMP;
}

IRTempId a64_vld(A64DisasContext *ctx, int reg, int half)
{
    int32_t off = (int32_t)a64_vreg_offset(reg, half);
    IRTempId t;

    if (tuning_on(TUNING_simd_fwd)) {
        t = vreg_forward(ctx->ir, off);
        if (t != NO_TEMP) {
            return t;
        }
    }
    t = ir_temp(ctx->ir);
    ir_ld_env(ctx->ir, t, off, IR_MO_64);
    return t;
}

void a64_vst(A64DisasContext *ctx, int reg, int half, IRTempId v)
{
    ir_st_env(ctx->ir, v, (int32_t)a64_vreg_offset(reg, half), IR_MO_64);
}

/* ---- mask recognition ---------------------------------------------------- */

/* Index of the last insn before `before` that writes t, or -1 (also when a
 * block end or the scan limit comes first). */
static int64_t def_before(const IRContext *ir, IRArg t, uint32_t before)
{
    uint32_t stop = before > SCAN_LIMIT ? before - SCAN_LIMIT : 0;

    for (uint32_t i = before; i-- > stop;) {
        const IRInsn *in = &ir->insns[i];
        const IROpDef *def = &ir_op_defs[in->opc];

        if (def->flags & IR_F_BB_END) {
            return -1;
        }
        for (int j = 0; j < def->nb_oargs && j < in->nargs; j++) {
            if (in->args[j] == t) {
                return i;
            }
        }
    }
    return -1;
}

static bool is_const(const IRContext *ir, IRArg t, uint64_t v)
{
    return t < ir->nb_temps && ir->temps[t].kind == IR_TEMP_CONST &&
           (uint64_t)ir->temps[t].val == v;
}

/* t = mul(shr(z, bits - 1), ones) with z = and(x, H) or andc(H, x): each
 * lane is 0 or all ones, for some lane size; so is each byte. */
bool a64_is_byte_mask(A64DisasContext *ctx, IRTempId t)
{
    const IRContext *ir = ctx->ir;
    int64_t i = def_before(ir, t, ir->nb_insns);
    const IRInsn *in;

    if (i < 0 || ir->insns[i].opc != IR_mul) {
        return false;
    }
    in = &ir->insns[i];
    for (int size = 0; size < 4; size++) {
        IRArg s, z;
        int64_t j, k;

        if (!is_const(ir, in->args[2], lane_ones(size))) {
            continue;
        }
        s = in->args[1];
        j = def_before(ir, s, (uint32_t)i);
        if (j < 0 || ir->insns[j].opc != IR_shr ||
            !is_const(ir, ir->insns[j].args[2], (uint64_t)(8 << size) - 1)) {
            return false;
        }
        z = ir->insns[j].args[1];
        k = def_before(ir, z, (uint32_t)j);
        if (k < 0) {
            return false;
        }
        in = &ir->insns[k];
        if (in->opc == IR_andc) {
            return is_const(ir, in->args[1], lane_top(size));
        }
        return in->opc == IR_and &&
               (is_const(ir, in->args[1], lane_top(size)) ||
                is_const(ir, in->args[2], lane_top(size)));
    }
    return false;
}

/* ---- compares ------------------------------------------------------------ */

/* Top bit of each lane set iff the lane of x is not zero (unmasked: the
 * other bits are garbage). */
static IRTempId nonzero_raw(IRContext *ir, IRTempId x, int size)
{
    uint64_t l = ~lane_top(size);
    IRTempId t = ir_temp(ir);

    ir_andi(ir, t, x, (int64_t)l);
    ir_addi(ir, t, t, (int64_t)l);
    ir_or(ir, t, t, x);
    return t;
}

/* Top bit of each lane set iff a < b unsigned (unmasked). */
static IRTempId borrow_raw(IRContext *ir, IRTempId a, IRTempId b, int size)
{
    uint64_t h = lane_top(size);
    IRTempId d = ir_temp(ir), t = ir_temp(ir), e = ir_temp(ir);

    ir_ori(ir, d, a, (int64_t)h);
    ir_andi(ir, t, b, (int64_t)~h);
    ir_sub(ir, d, d, t);
    ir_xnor(ir, e, a, b);
    ir_andc(ir, e, e, d);
    ir_andc(ir, t, b, a);
    ir_or(ir, e, e, t);
    return e;
}

/* Top bits -> whole-lane mask, in the shape a64_is_byte_mask knows. `top`
 * is masked to H here: keep = true takes the lanes whose top bit is set,
 * keep = false those whose top bit is clear. */
static IRTempId top_to_mask(IRContext *ir, IRTempId top, bool keep, int size)
{
    IRTempId z = ir_temp(ir), s = ir_temp(ir), r = ir_temp(ir);

    if (keep) {
        ir_and(ir, z, top, K(ir, lane_top(size)));
    } else {
        ir_andc(ir, z, K(ir, lane_top(size)), top);
    }
    ir_shri(ir, s, z, (8 << size) - 1);
    ir_mul(ir, r, s, K(ir, lane_ones(size)));
    return r;
}

IRTempId a64_swar_cmp(A64DisasContext *ctx, int kind, IRTempId a, IRTempId b,
                      int size)
{
    IRContext *ir = ctx->ir;
    IRTempId x = ir_temp(ir);

    if (kind == A64_SWAR_GT || kind == A64_SWAR_GE) {
        IRTempId sa = ir_temp(ir), sb = ir_temp(ir);
        ir_xori(ir, sa, a, (int64_t)lane_top(size));
        ir_xori(ir, sb, b, (int64_t)lane_top(size));
        a = sa;
        b = sb;
        kind = kind == A64_SWAR_GT ? A64_SWAR_HI : A64_SWAR_HS;
    }
    switch (kind) {
    case A64_SWAR_EQ:
        ir_xor(ir, x, a, b);
        return top_to_mask(ir, nonzero_raw(ir, x, size), false, size);
    case A64_SWAR_TST:
        ir_and(ir, x, a, b);
        return top_to_mask(ir, nonzero_raw(ir, x, size), true, size);
    case A64_SWAR_HI: /* b < a */
        return top_to_mask(ir, borrow_raw(ir, b, a, size), true, size);
    default: /* HS: !(a < b) */
        return top_to_mask(ir, borrow_raw(ir, a, b, size), false, size);
    }
}

IRTempId a64_swar_cmp0(A64DisasContext *ctx, int kind, IRTempId a, int size)
{
    IRContext *ir = ctx->ir;
    IRTempId t;

    switch (kind) {
    case A64_SWAR_EQ:
        return top_to_mask(ir, nonzero_raw(ir, a, size), false, size);
    case A64_SWAR_LT0:
        return top_to_mask(ir, a, true, size);
    case A64_SWAR_GE:
        return top_to_mask(ir, a, false, size);
    case A64_SWAR_GT: /* nonzero and sign clear */
        t = ir_temp(ir);
        ir_andc(ir, t, nonzero_raw(ir, a, size), a);
        return top_to_mask(ir, t, true, size);
    default: /* LE0: zero or sign set */
        t = ir_temp(ir);
        ir_andc(ir, t, nonzero_raw(ir, a, size), a);
        return top_to_mask(ir, t, false, size);
    }
}

/* ---- pairwise and narrowing ---------------------------------------------- */

/* Gather the low bytes of the four 16-bit lanes of x (whose high bytes are
 * zero) into the low 32 bits. */
static IRTempId pack_bytes(IRContext *ir, IRTempId x)
{
    IRTempId t = ir_temp(ir), r = ir_temp(ir);

    ir_shri(ir, t, x, 8);
    ir_or(ir, r, x, t);
    ir_andi(ir, r, r, 0x0000ffff0000ffffll);
    t = ir_temp(ir);
    ir_shri(ir, t, r, 16);
    ir_or(ir, r, r, t);
    ir_ext32u(ir, r, r);
    return r;
}

IRTempId a64_swar_pair_b(A64DisasContext *ctx, int op, IRTempId w)
{
    IRContext *ir = ctx->ir;
    const int64_t lo8 = 0x00ff00ff00ff00ffll, bit8 = 0x0100010001000100ll;
    bool sgn = op == SIMD_OP_SMAX || op == SIMD_OP_SMIN;
    IRTempId ev = ir_temp(ir), od = ir_temp(ir), r = ir_temp(ir);

    if (op != SIMD_OP_ADD && a64_is_byte_mask(ctx, w)) {
        /* lanes 0 or 0xff (-1): max is OR unsigned, AND signed */
        ir_shri(ir, od, w, 8);
        if (op == SIMD_OP_UMAX || op == SIMD_OP_SMIN) {
            ir_or(ir, r, w, od);
        } else {
            ir_and(ir, r, w, od);
        }
        ir_andi(ir, r, r, lo8);
        return pack_bytes(ir, r);
    }
    if (sgn) {
        IRTempId f = ir_temp(ir);
        ir_xori(ir, f, w, (int64_t)lane_top(0));
        w = f;
    }
    ir_andi(ir, ev, w, lo8);
    ir_shri(ir, od, w, 8);
    ir_andi(ir, od, od, lo8);
    if (op == SIMD_OP_ADD) {
        ir_add(ir, r, ev, od);
        ir_andi(ir, r, r, lo8);
    } else {
        /* g: bit 8 of a lane set iff ev >= od; m: 0xff there */
        IRTempId g = ir_temp(ir), m = ir_temp(ir), x = ir_temp(ir);
        bool max = op == SIMD_OP_UMAX || op == SIMD_OP_SMAX;
        ir_ori(ir, g, ev, bit8);
        ir_sub(ir, g, g, od);
        ir_andi(ir, g, g, bit8);
        ir_shri(ir, m, g, 8);
        ir_sub(ir, m, g, m);
        ir_xor(ir, x, ev, od);
        ir_and(ir, x, x, m);
        ir_xor(ir, r, max ? od : ev, x);
    }
    r = pack_bytes(ir, r);
    if (sgn) {
        ir_xori(ir, r, r, 0x80808080);
    }
    return r;
}

IRTempId a64_swar_narrow(A64DisasContext *ctx, IRTempId w, int size, int sh)
{
    IRContext *ir = ctx->ir;
    IRTempId x = ir_temp(ir), t;

    if (sh) {
        ir_shri(ir, x, w, sh);
        w = x;
        x = ir_temp(ir);
    }
    switch (size) {
    case 0:
        ir_andi(ir, x, w, 0x00ff00ff00ff00ffll);
        return pack_bytes(ir, x);
    case 1:
        ir_andi(ir, x, w, 0x0000ffff0000ffffll);
        t = ir_temp(ir);
        ir_shri(ir, t, x, 16);
        ir_or(ir, x, x, t);
        ir_ext32u(ir, x, x);
        return x;
    default:
        ir_ext32u(ir, x, w);
        return x;
    }
}

/* ---- fused idioms -------------------------------------------------------- */

/* glibc's strlen step, UMINP Vd.16B, Vn.16B, Vm.16B; UMINP Vd.16B, Vd.16B,
 * Vd.16B; CMEQ Vd.8B, Vd.8B, #0: byte 2k+j of the result (k = word of n:m,
 * j = its low or high four bytes) is 0xff iff one of those four bytes is
 * zero (the minimum of four bytes is 0 iff one of them is); the high half
 * is zero. The nonzero top bits of word k go to bit 2k of each byte of
 * acc; ANDing four bytes leaves group j's bits in byte 4j; e gathers bit
 * 2k+j; e times 0x01.. copies it to every byte, byte i keeps bit i, and
 * adding 0x80 - (1 << i) to byte i moves that bit to the top (no carries:
 * at most 0x80). */
IRTempId a64_swar_strlen_step(A64DisasContext *ctx, const IRTempId *w)
{
    IRContext *ir = ctx->ir;
    IRTempId acc = NO_TEMP, g = ir_temp(ir), t = ir_temp(ir);
    IRTempId e = ir_temp(ir), x = ir_temp(ir);

    for (int k = 0; k < 4; k++) {
        IRTempId b = ir_temp(ir);
        ir_andi(ir, b, nonzero_raw(ir, w[k], 0), (int64_t)lane_top(0));
        ir_shri(ir, b, b, 7 - 2 * k);
        if (k) {
            IRTempId a = ir_temp(ir);
            ir_or(ir, a, acc, b);
            b = a;
        }
        acc = b;
    }
    ir_shri(ir, t, acc, 8);
    ir_and(ir, g, acc, t);
    t = ir_temp(ir);
    ir_shri(ir, t, g, 16);
    ir_and(ir, g, g, t);
    t = ir_temp(ir);
    ir_andi(ir, e, g, 0x55);
    ir_shri(ir, t, g, 31);
    ir_andi(ir, t, t, 0xaa);
    ir_or(ir, e, e, t);
    ir_mul(ir, x, e, K(ir, lane_rep[0]));
    ir_andi(ir, x, x, (int64_t)0x8040201008040201ull);
    ir_addi(ir, x, x, 0x00406070787c7e7fll);
    return top_to_mask(ir, x, false, 0);
}
