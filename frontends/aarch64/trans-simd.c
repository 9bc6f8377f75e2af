/*
 * AdvSIMD integer data processing: three same/different, two-register
 * misc, shifts by immediate, across lanes, by element, permutes, TBL/TBX,
 * copies (DUP/INS/UMOV/SMOV), modified immediates, and their scalar forms.
 *
 * V registers are not IR globals: the common simple operations (bitwise
 * logic, ADD/SUB of any lane size, SHL/USHR by immediate, moves, MOVI,
 * DUP/INS/UMOV/SMOV, EXT) are inline IR on the two 64-bit halves through
 * ld_env/st_env, and so (switch simd_swar, simd-ir.c) are the ones glibc's
 * string functions live on: vector compares of any lane size, byte
 * ADDP/[SU]MAXP/[SU]MINP, SHRN/XTN, SLI/SRI, with strlen's UMINP, UMINP,
 * CMEQ #0 fused into one (simd_fuse). Reads of a half reuse the value the
 * block last stored there (simd_fwd, simd-ir.c). Everything else calls a
 * helper of helpers-simd.c with one descriptor word (the helpers have SSE2
 * fast paths for the byte compares and pairwise ops, used with simd_swar
 * off).
 *
 * trans-fp.c's table is tried first. The FP encodings that share these
 * groups (three same opcode >= 0x18, FP two-reg misc, FCVT/SCVTF by
 * immediate, FP by element, FMOV immediate, FMAXV...) must not be claimed
 * here: the decoders below accept only integer opcodes and return false
 * (SIGILL) for the rest.
 *
 * Vector encodings (bit 31 = 0, Q = bit 30, U = bit 29):
 *   0 Q U 01110 size 1 Rm   opcode(5) 1 Rn Rd      three same
 *   0 Q U 01110 size 1 Rm   opcode(4) 00 Rn Rd     three different
 *   0 Q U 01110 size 10000  opcode(5) 10 Rn Rd     two-reg misc
 *   0 Q U 01110 size 11000  opcode(5) 10 Rn Rd     across lanes
 *   0 Q op 01110000 imm5 0  imm4 1 Rn Rd           copy
 *   0 Q op 0111100000 abc   cmode o2 1 defgh Rd    modified immediate
 *   0 Q U 011110 immh immb  opcode(5) 1 Rn Rd      shift by immediate
 *   0 Q U 01111 size L M Rm opcode(4) H 0 Rn Rd    by element
 *   0 Q 001110 size 0 Rm 0  opc(3) 10 Rn Rd        ZIP/UZP/TRN
 *   0 Q 101110 00 0 Rm 0    imm4 0 Rn Rd           EXT
 *   0 Q 001110 00 0 Rm 0    len op 00 Rn Rd        TBL/TBX
 * Scalar forms: bits 31:30 = 01 and bit 28 = 1 in the same layouts.
 */
#include "frontends/aarch64/helpers-simd.h"
#include "frontends/aarch64/simd-ir.h"
#include "frontends/aarch64/translate.h"
#include "translator/guest-mem.h"
#include "translator/tuning.h"

#define HP(fn) IR_HELPER(fn, IR_HELPER_PURE)

static const IRHelper h_elt = HP(a64_helper_simd_elt);
static const IRHelper h_pair = HP(a64_helper_simd_pair);
static const IRHelper h_long = HP(a64_helper_simd_long);
static const IRHelper h_narrow = HP(a64_helper_simd_narrow);
static const IRHelper h_widen = HP(a64_helper_simd_widen);
static const IRHelper h_across = HP(a64_helper_simd_across);
static const IRHelper h_perm = HP(a64_helper_simd_perm);
static const IRHelper h_tbl = HP(a64_helper_simd_tbl);

static inline bool insn_q(uint32_t insn)
{
    return (insn >> 30) & 1;
}
static inline bool insn_u(uint32_t insn)
{
    return (insn >> 29) & 1;
}
static inline int insn_size(uint32_t insn)
{
    return (insn >> 22) & 3;
}

static IRTempId vld(A64DisasContext *ctx, int reg, int half)
{
    return a64_vld(ctx, reg, half);
}

static void vst(A64DisasContext *ctx, int reg, int half, IRTempId v)
{
    a64_vst(ctx, reg, half, v);
}

static void vst_zero_hi(A64DisasContext *ctx, int reg)
{
    vst(ctx, reg, 1, ir_const(ctx->ir, 0));
}

static void gen_simd(A64DisasContext *ctx, const IRHelper *h, uint64_t desc)
{
    ir_call(ctx->ir, h, ir_temp(ctx->ir), 2, (IRTempId)IR_ENV,
            ir_const(ctx->ir, (int64_t)desc));
}

/* Descriptor for insn's rd/rn/rm with the given size and op; Q from insn. */
static uint64_t desc_of(uint32_t insn, int size, int op, uint32_t imm)
{
    uint64_t d =
        a64_simd_desc(a64_rd(insn), a64_rn(insn), a64_rm(insn), size, op, imm);
    return insn_q(insn) ? d | SD_Q : d;
}

/* ---- three same ------------------------------------------------------ */

/* By [U][opcode]; -1 unallocated, SIMD_OP_COUNT for the logic group. */
static const int16_t ops_3same[2][24] = {
    {SIMD_OP_SHADD, SIMD_OP_SQADD, SIMD_OP_SRHADD,  SIMD_OP_COUNT,
     SIMD_OP_SHSUB, SIMD_OP_SQSUB, SIMD_OP_CMGT,    SIMD_OP_CMGE,
     SIMD_OP_SSHL,  SIMD_OP_SQSHL, SIMD_OP_SRSHL,   SIMD_OP_SQRSHL,
     SIMD_OP_SMAX,  SIMD_OP_SMIN,  SIMD_OP_SABD,    SIMD_OP_SABA,
     SIMD_OP_ADD,   SIMD_OP_CMTST, SIMD_OP_MLA,     SIMD_OP_MUL,
     SIMD_OP_SMAX,  SIMD_OP_SMIN,  SIMD_OP_SQDMULH, SIMD_OP_ADD},
    {SIMD_OP_UHADD, SIMD_OP_UQADD, SIMD_OP_URHADD,   SIMD_OP_COUNT,
     SIMD_OP_UHSUB, SIMD_OP_UQSUB, SIMD_OP_CMHI,     SIMD_OP_CMHS,
     SIMD_OP_USHL,  SIMD_OP_UQSHL, SIMD_OP_URSHL,    SIMD_OP_UQRSHL,
     SIMD_OP_UMAX,  SIMD_OP_UMIN,  SIMD_OP_UABD,     SIMD_OP_UABA,
     SIMD_OP_SUB,   SIMD_OP_CMEQ,  SIMD_OP_MLS,      SIMD_OP_PMUL,
     SIMD_OP_UMAX,  SIMD_OP_UMIN,  SIMD_OP_SQRDMULH, -1},
};

/* Bitwise logic on the 64-bit halves, inline. */
static bool gen_logic(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int rd = a64_rd(insn), rn = a64_rn(insn), rm = a64_rm(insn);
    int opc = insn_u(insn) << 2 | insn_size(insn);
    int nh = insn_q(insn) ? 2 : 1;
    IRTempId r[2];

    for (int h = 0; h < nh; h++) {
        IRTempId a = vld(ctx, rn, h), b = vld(ctx, rm, h), d, t;
        r[h] = ir_temp(ir);
        switch (opc) {
        case 0: /* AND */
            ir_and(ir, r[h], a, b);
            break;
        case 1: /* BIC */
            ir_andc(ir, r[h], a, b);
            break;
        case 2: /* ORR (MOV when rn == rm) */
            if (rn == rm) {
                r[h] = a;
            } else {
                ir_or(ir, r[h], a, b);
            }
            break;
        case 3: /* ORN */
            ir_orc(ir, r[h], a, b);
            break;
        case 4: /* EOR */
            ir_xor(ir, r[h], a, b);
            break;
        default: /* BSL: d ? n : m; BIT: m ? n : d; BIF: m ? d : n */
            d = vld(ctx, rd, h);
            t = ir_temp(ir);
            if (opc == 5) {
                ir_xor(ir, t, a, b);
                ir_and(ir, t, t, d);
                ir_xor(ir, r[h], t, b);
            } else if (opc == 6) {
                ir_xor(ir, t, a, d);
                ir_and(ir, t, t, b);
                ir_xor(ir, r[h], t, d);
            } else {
                ir_xor(ir, t, a, d);
                ir_andc(ir, t, t, b);
                ir_xor(ir, r[h], t, d);
            }
            break;
        }
    }
    for (int h = 0; h < nh; h++) {
        vst(ctx, rd, h, r[h]);
    }
    if (nh == 1) {
        vst_zero_hi(ctx, rd);
    }
    return true;
}

/* Lane masks over 64 bits: the top bit of each lane, and a lane-wide
 * pattern replicated. */
static const uint64_t lane_rep[4] = {
    0x0101010101010101ull, 0x0001000100010001ull, 0x0000000100000001ull, 1};

static inline uint64_t lane_fill(uint64_t lane, int size)
{
    return lane * lane_rep[size];
}

/* ADD/SUB of lanes, inline: 64-bit lanes directly, narrower ones with the
 * SWAR identities (carries stopped at the lane tops, which are then fixed
 * up with an xor):
 *   a + b = ((a & ~H) + (b & ~H)) ^ ((a ^ b) & H)
 *   a - b = ((a | H) - (b & ~H)) ^ ((a ^ ~b) & H)   */
static void gen_add_sub(A64DisasContext *ctx, int rd, int rn, int rm, int size,
                        bool sub, int nh)
{
    IRContext *ir = ctx->ir;
    uint64_t hi = lane_fill(1ull << ((8 << size) - 1), size);
    IRTempId r[2];

    for (int h = 0; h < nh; h++) {
        IRTempId a = vld(ctx, rn, h), b = vld(ctx, rm, h);
        r[h] = ir_temp(ir);
        if (size == 3) {
            if (sub) {
                ir_sub(ir, r[h], a, b);
            } else {
                ir_add(ir, r[h], a, b);
            }
            continue;
        }
        IRTempId x = ir_temp(ir), y = ir_temp(ir), t = ir_temp(ir);
        IRTempId nhc = ir_const(ir, (int64_t)~hi),
                 hc = ir_const(ir, (int64_t)hi);
        ir_and(ir, y, b, nhc);
        if (sub) {
            ir_or(ir, x, a, hc);
            ir_sub(ir, x, x, y);
            ir_xnor(ir, t, a, b);
        } else {
            ir_and(ir, x, a, nhc);
            ir_add(ir, x, x, y);
            ir_xor(ir, t, a, b);
        }
        ir_and(ir, t, t, hc);
        ir_xor(ir, r[h], x, t);
    }
    for (int h = 0; h < nh; h++) {
        vst(ctx, rd, h, r[h]);
    }
    if (nh == 1) {
        vst_zero_hi(ctx, rd);
    }
}

/* SLI / SRI by immediate, inline: the shifted n lanes replace the bits of
 * d they reach, km = the lane bits the shift leaves from n (none for SRI by
 * the lane width):  d = (d & ~km) | ((n << sh or n >> sh) & km). */
static bool gen_insert_inline(A64DisasContext *ctx, int rd, int rn, bool left,
                              int size, int sh, int nh)
{
    IRContext *ir = ctx->ir;
    int bits = 8 << size;
    uint64_t lane = bits == 64 ? ~0ull : (1ull << bits) - 1, km;
    IRTempId r[2];

    if (left) {
        km = lane_fill((lane << sh) & lane, size);
    } else {
        km = sh >= bits ? 0 : lane_fill(lane >> sh, size);
    }
    for (int h = 0; h < nh; h++) {
        IRTempId a = vld(ctx, rn, h), d = vld(ctx, rd, h);
        IRTempId x = ir_temp(ir);
        r[h] = ir_temp(ir);
        if (km == 0) {
            r[h] = d;
            continue;
        }
        if (left) {
            ir_shli(ir, x, a, sh);
        } else {
            ir_shri(ir, x, a, sh);
        }
        if (km != ~0ull) {
            ir_andi(ir, x, x, (int64_t)km);
            ir_andi(ir, r[h], d, (int64_t)~km);
            ir_or(ir, r[h], r[h], x);
        } else {
            r[h] = x;
        }
    }
    for (int h = 0; h < nh; h++) {
        vst(ctx, rd, h, r[h]);
    }
    if (nh == 1) {
        vst_zero_hi(ctx, rd);
    }
    return true;
}

/* SHL / USHR / SSHR (64-bit lanes only) by immediate, inline. Shifts by
 * the lane width give 0 (USHR) or the sign (SSHR); IR shifts are modulo
 * 64, hence the special cases. */
static bool gen_shift_inline(A64DisasContext *ctx, int rd, int rn, int op,
                             int size, int sh, int nh)
{
    IRContext *ir = ctx->ir;
    int bits = 8 << size;
    uint64_t lane = bits == 64 ? ~0ull : (1ull << bits) - 1, mask;
    IRTempId r[2];

    switch (op) {
    case SIMD_OP_SHL:
        mask = lane_fill((lane << sh) & lane, size);
        break;
    case SIMD_OP_USHR:
        mask = sh >= bits ? 0 : lane_fill(lane >> sh, size);
        break;
    case SIMD_OP_SSHR:
        if (size != 3) {
            return false;
        }
        mask = ~0ull;
        break;
    case SIMD_OP_SLI:
    case SIMD_OP_SRI:
        if (!tuning_on(TUNING_simd_swar)) {
            return false;
        }
        return gen_insert_inline(ctx, rd, rn, op == SIMD_OP_SLI, size, sh, nh);
    default:
        return false;
    }
    for (int h = 0; h < nh; h++) {
        IRTempId a = vld(ctx, rn, h);
        r[h] = ir_temp(ir);
        if (op == SIMD_OP_SSHR) {
            ir_sari(ir, r[h], a, sh > 63 ? 63 : sh);
        } else if (mask == 0) {
            ir_movi(ir, r[h], 0);
        } else {
            if (op == SIMD_OP_SHL) {
                ir_shli(ir, r[h], a, sh);
            } else {
                ir_shri(ir, r[h], a, sh);
            }
            if (mask != ~0ull) {
                ir_andi(ir, r[h], r[h], (int64_t)mask);
            }
        }
    }
    for (int h = 0; h < nh; h++) {
        vst(ctx, rd, h, r[h]);
    }
    if (nh == 1) {
        vst_zero_hi(ctx, rd);
    }
    return true;
}

/* Store r[0..nh) to rd, zeroing the high half when nh == 1. */
static void vst_result(A64DisasContext *ctx, int rd, const IRTempId *r, int nh)
{
    for (int h = 0; h < nh; h++) {
        vst(ctx, rd, h, r[h]);
    }
    if (nh == 1) {
        vst_zero_hi(ctx, rd);
    }
}

/* Vector compares (register or #0, kind A64_SWAR_*), inline. */
static void gen_cmp_inline(A64DisasContext *ctx, int kind, bool zero, int rd,
                           int rn, int rm, int size, int nh)
{
    IRTempId r[2];

    for (int h = 0; h < nh; h++) {
        IRTempId a = vld(ctx, rn, h);
        r[h] = zero ? a64_swar_cmp0(ctx, kind, a, size)
                    : a64_swar_cmp(ctx, kind, a, vld(ctx, rm, h), size);
    }
    vst_result(ctx, rd, r, nh);
}

/* Byte-lane pairwise ops (ADDP, [SU]MAXP, [SU]MINP), inline: the pairs of
 * the concatenation m:n, so with Q the low result half comes from n and
 * the high one from m; without Q both come from the low halves. */
static void gen_pair_inline(A64DisasContext *ctx, int op, int rd, int rn,
                            int rm, bool q)
{
    IRContext *ir = ctx->ir;
    IRTempId src[4], c[4], r[2];
    int nw = q ? 4 : 2;

    src[0] = vld(ctx, rn, 0);
    src[1] = q ? vld(ctx, rn, 1) : vld(ctx, rm, 0);
    if (q) {
        src[2] = vld(ctx, rm, 0);
        src[3] = vld(ctx, rm, 1);
    }
    for (int i = 0; i < nw; i++) {
        c[i] = q && rn == rm && i >= 2 ? c[i - 2]
                                       : a64_swar_pair_b(ctx, op, src[i]);
    }
    for (int h = 0; h < nw / 2; h++) {
        IRTempId t;
        if (h == 1 && rn == rm) {
            r[1] = r[0];
            break;
        }
        t = ir_temp(ir);
        r[h] = ir_temp(ir);
        ir_shli(ir, t, c[2 * h + 1], 32);
        ir_or(ir, r[h], c[2 * h], t);
    }
    vst_result(ctx, rd, r, nw / 2);
}

/* UMINP Vd.16B, Vn.16B, Vm.16B followed by UMINP Vd.16B, Vd.16B, Vd.16B and
 * CMEQ Vd.8B, Vd.8B, #0 (glibc's strlen loop): the three as one, when the
 * two after it are on the same page and no breakpoint or single step
 * needs them apart. None of them can fault, so one insn_start is enough. */
static bool gen_strlen_fused(A64DisasContext *ctx, uint32_t insn)
{
    int rd = a64_rd(insn);
    uint32_t next[2];
    IRTempId w[4];

    if (!tuning_on(TUNING_simd_fuse) ||
        ((ctx->pc + 8) & GUEST_PAGE_MASK) != (ctx->pc & GUEST_PAGE_MASK) ||
        !translator_fetch(ctx->pc + 4, 4, &next[0]) ||
        !translator_fetch(ctx->pc + 8, 4, &next[1]) ||
        next[0] != (0x6e20ac00u | rd << 16 | rd << 5 | rd) ||
        next[1] != (0x0e209800u | rd << 5 | rd) ||
        translator_debug_check(ctx->tb, ctx->pc + 4, 1) !=
            TRANSLATOR_DEBUG_NONE ||
        translator_debug_check(ctx->tb, ctx->pc + 8, 2) !=
            TRANSLATOR_DEBUG_NONE) {
        return false;
    }
    w[0] = vld(ctx, a64_rn(insn), 0);
    w[1] = vld(ctx, a64_rn(insn), 1);
    w[2] = vld(ctx, a64_rm(insn), 0);
    w[3] = vld(ctx, a64_rm(insn), 1);
    vst(ctx, rd, 0, a64_swar_strlen_step(ctx, w));
    vst_zero_hi(ctx, rd);
    ctx->next_pc = ctx->pc + 12;
    return true;
}

/* The compare kind of a three-same opcode (0x06 CMGT/CMHI, 0x07 CMGE/CMHS,
 * 0x11 CMTST/CMEQ), or -1. */
static int cmp_kind_3same(int opcode, bool u)
{
    switch (opcode) {
    case 0x06:
        return u ? A64_SWAR_HI : A64_SWAR_GT;
    case 0x07:
        return u ? A64_SWAR_HS : A64_SWAR_GE;
    case 0x11:
        return u ? A64_SWAR_EQ : A64_SWAR_TST;
    default:
        return -1;
    }
}

static bool trans_3same(A64DisasContext *ctx, uint32_t insn)
{
    int opcode = a64_field(insn, 11, 5), size = insn_size(insn);
    bool q = insn_q(insn), u = insn_u(insn);
    int op;

    if (opcode >= 0x18) {
        return false; /* FP */
    }
    op = ops_3same[u][opcode];
    if (op == SIMD_OP_COUNT) {
        return gen_logic(ctx, insn);
    }
    if (op < 0 || (size == 3 && !q)) {
        return false;
    }
    switch (opcode) {
    case 0x00:
    case 0x02:
    case 0x04:
    case 0x0c:
    case 0x0d:
    case 0x0e:
    case 0x0f:
    case 0x12:
    case 0x14:
    case 0x15:
        if (size == 3) {
            return false;
        }
        break;
    case 0x13:
        if (size == 3 || (u && size != 0)) {
            return false;
        }
        break;
    case 0x16:
        if (size == 0 || size == 3) {
            return false;
        }
        break;
    default:
        break;
    }
    if (opcode == 0x10) {
        gen_add_sub(ctx, a64_rd(insn), a64_rn(insn), a64_rm(insn), size, u,
                    q ? 2 : 1);
        return true;
    }
    if (tuning_on(TUNING_simd_swar)) {
        int kind = cmp_kind_3same(opcode, u);
        if (kind >= 0) {
            gen_cmp_inline(ctx, kind, false, a64_rd(insn), a64_rn(insn),
                           a64_rm(insn), size, q ? 2 : 1);
            return true;
        }
        if (opcode == 0x15 && u && size == 0 && q &&
            gen_strlen_fused(ctx, insn)) { /* UMINP .16B */
            return true;
        }
        if (size == 0 && opcode >= 0x14 && opcode != 0x16) {
            gen_pair_inline(ctx, op, a64_rd(insn), a64_rn(insn), a64_rm(insn),
                            q);
            return true;
        }
    }
    if (opcode >= 0x14 && opcode != 0x16) {
        gen_simd(ctx, &h_pair, desc_of(insn, size, op, 0));
    } else {
        gen_simd(ctx, &h_elt, desc_of(insn, size, op, 0));
    }
    return true;
}

static bool trans_scalar_3same(A64DisasContext *ctx, uint32_t insn)
{
    int opcode = a64_field(insn, 11, 5), size = insn_size(insn);
    bool u = insn_u(insn);
    int op;

    switch (opcode) {
    case 0x01:
    case 0x05:
    case 0x09:
    case 0x0b:
        break;
    case 0x06:
    case 0x07:
    case 0x08:
    case 0x0a:
    case 0x10:
    case 0x11:
        if (size != 3) {
            return false;
        }
        break;
    case 0x16:
        if (size == 0 || size == 3) {
            return false;
        }
        break;
    default:
        return false;
    }
    if (opcode == 0x10) {
        gen_add_sub(ctx, a64_rd(insn), a64_rn(insn), a64_rm(insn), 3, u, 1);
        return true;
    }
    op = ops_3same[u][opcode];
    gen_simd(ctx, &h_elt, desc_of(insn, size, op, 0) | SD_SCALAR);
    return true;
}

/* ---- three different -------------------------------------------------- */

static bool trans_3diff(A64DisasContext *ctx, uint32_t insn)
{
    static const int8_t ops[16] = {
        SIMD_OP_ADD,   SIMD_OP_ADD,     SIMD_OP_SUB,   SIMD_OP_SUB,
        SIMD_OP_ADDHN, SIMD_OP_ABA,     SIMD_OP_SUBHN, SIMD_OP_ABD,
        SIMD_OP_MLA,   SIMD_OP_SQDMLAL, SIMD_OP_MLS,   SIMD_OP_SQDMLSL,
        SIMD_OP_MUL,   SIMD_OP_SQDMULL, SIMD_OP_PMULL, -1,
    };
    int opcode = a64_field(insn, 12, 4), size = insn_size(insn);
    bool u = insn_u(insn);
    int op = ops[opcode];
    uint64_t desc;

    if (op < 0 || size == 3) {
        return false; /* incl. PMULL .1q: no HWCAP_PMULL */
    }
    if ((opcode == 9 || opcode == 11 || opcode == 13) && (u || size == 0)) {
        return false;
    }
    if (opcode == 14 && (u || size != 0)) {
        return false;
    }
    desc = a64_simd_desc(a64_rd(insn), a64_rn(insn), a64_rm(insn), size, op,
                         opcode == 1 || opcode == 3);
    desc |= insn_q(insn) ? SD_PART : 0;
    if (opcode == 4 || opcode == 6) {
        if (u) {
            desc += (uint64_t)(SIMD_OP_RADDHN - SIMD_OP_ADDHN) << 24;
        }
        gen_simd(ctx, &h_narrow, desc);
        return true;
    }
    gen_simd(ctx, &h_long, u ? desc : desc | SD_SIGNED);
    return true;
}

static bool trans_scalar_3diff(A64DisasContext *ctx, uint32_t insn)
{
    int opcode = a64_field(insn, 12, 4), size = insn_size(insn), op;

    if (insn_u(insn) || size == 0 || size == 3) {
        return false;
    }
    switch (opcode) {
    case 9:
        op = SIMD_OP_SQDMLAL;
        break;
    case 11:
        op = SIMD_OP_SQDMLSL;
        break;
    case 13:
        op = SIMD_OP_SQDMULL;
        break;
    default:
        return false;
    }
    gen_simd(
        ctx, &h_long,
        a64_simd_desc(a64_rd(insn), a64_rn(insn), a64_rm(insn), size, op, 0) |
            SD_SCALAR | SD_SIGNED);
    return true;
}

/* ---- two-register misc ------------------------------------------------ */

/* XTN/SHRN (and their "2" forms, which write the high half and keep the
 * low one), inline. */
static void gen_narrow_inline(A64DisasContext *ctx, int rd, int rn, int size,
                              int sh, bool part)
{
    IRContext *ir = ctx->ir;
    IRTempId lo = a64_swar_narrow(ctx, vld(ctx, rn, 0), size, sh);
    IRTempId hi = a64_swar_narrow(ctx, vld(ctx, rn, 1), size, sh);
    IRTempId t = ir_temp(ir), r = ir_temp(ir);

    ir_shli(ir, t, hi, 32);
    ir_or(ir, r, lo, t);
    if (part) {
        vst(ctx, rd, 1, r);
    } else {
        vst(ctx, rd, 0, r);
        vst_zero_hi(ctx, rd);
    }
}

/* NOT (MVN), inline. */
static void gen_not(A64DisasContext *ctx, int rd, int rn, int nh)
{
    IRTempId r[2];

    for (int h = 0; h < nh; h++) {
        r[h] = ir_temp(ctx->ir);
        ir_not(ctx->ir, r[h], vld(ctx, rn, h));
    }
    for (int h = 0; h < nh; h++) {
        vst(ctx, rd, h, r[h]);
    }
    if (nh == 1) {
        vst_zero_hi(ctx, rd);
    }
}

/* CNT (bytes), inline: the classic SWAR population count per byte. */
static void gen_cnt(A64DisasContext *ctx, int rd, int rn, int nh)
{
    IRContext *ir = ctx->ir;
    IRTempId r[2];

    for (int h = 0; h < nh; h++) {
        IRTempId x = vld(ctx, rn, h), t = ir_temp(ir), u = ir_temp(ir);
        r[h] = ir_temp(ir);
        ir_shri(ir, t, x, 1);
        ir_andi(ir, t, t, 0x5555555555555555ll);
        ir_sub(ir, t, x, t);
        ir_shri(ir, u, t, 2);
        ir_andi(ir, u, u, 0x3333333333333333ll);
        ir_andi(ir, t, t, 0x3333333333333333ll);
        ir_add(ir, t, t, u);
        ir_shri(ir, u, t, 4);
        ir_add(ir, t, t, u);
        ir_andi(ir, r[h], t, 0x0f0f0f0f0f0f0f0fll);
    }
    for (int h = 0; h < nh; h++) {
        vst(ctx, rd, h, r[h]);
    }
    if (nh == 1) {
        vst_zero_hi(ctx, rd);
    }
}

/* The element-wise opcodes the vector and scalar two-register-misc groups
 * share: SUQADD/USQADD, SQABS/SQNEG, compares against zero, ABS/NEG; -1
 * for any other opcode or an unallocated U. */
static int misc_elt_op(int opcode, bool u)
{
    switch (opcode) {
    case 0x03:
        return u ? SIMD_OP_USQADD : SIMD_OP_SUQADD;
    case 0x07:
        return u ? SIMD_OP_SQNEG : SIMD_OP_SQABS;
    case 0x08:
        return u ? SIMD_OP_CMGE0 : SIMD_OP_CMGT0;
    case 0x09:
        return u ? SIMD_OP_CMLE0 : SIMD_OP_CMEQ0;
    case 0x0a:
        return u ? -1 : SIMD_OP_CMLT0;
    case 0x0b:
        return u ? SIMD_OP_NEG : SIMD_OP_ABS;
    default:
        return -1;
    }
}

static bool trans_2misc(A64DisasContext *ctx, uint32_t insn)
{
    int opcode = a64_field(insn, 12, 5), size = insn_size(insn);
    bool q = insn_q(insn), u = insn_u(insn);
    uint64_t desc;
    int op;

    switch (opcode) {
    case 0x00: /* REV64 / REV32 */
        if (size + u >= 3) {
            return false;
        }
        gen_simd(ctx, &h_perm, desc_of(insn, size, SIMD_OP_REV, u ? 2 : 3));
        return true;
    case 0x01: /* REV16 */
        if (u || size != 0) {
            return false;
        }
        gen_simd(ctx, &h_perm, desc_of(insn, size, SIMD_OP_REV, 1));
        return true;
    case 0x02: /* [SU]ADDLP */
    case 0x06: /* [SU]ADALP */
        if (size == 3) {
            return false;
        }
        desc =
            desc_of(insn, size, opcode == 2 ? SIMD_OP_ADDLP : SIMD_OP_ADALP, 0);
        gen_simd(ctx, &h_widen, u ? desc : desc | SD_SIGNED);
        return true;
    case 0x04:
        if (size == 3) {
            return false;
        }
        op = u ? SIMD_OP_CLZ : SIMD_OP_CLS;
        break;
    case 0x05:
        if (!u && size == 0) {
            op = SIMD_OP_CNT;
        } else if (u && size == 0) {
            op = SIMD_OP_NOT;
        } else if (u && size == 1) {
            op = SIMD_OP_RBIT;
            size = 0;
        } else {
            return false;
        }
        break;
    case 0x12: /* XTN / SQXTUN */
    case 0x14: /* SQXTN / UQXTN */
        if (size == 3) {
            return false;
        }
        if (opcode == 0x12) {
            op = u ? SIMD_OP_SQXTUN : SIMD_OP_XTN;
        } else {
            op = u ? SIMD_OP_UQXTN : SIMD_OP_SQXTN;
        }
        if (op == SIMD_OP_XTN && tuning_on(TUNING_simd_swar)) {
            gen_narrow_inline(ctx, a64_rd(insn), a64_rn(insn), size, 0, q);
            return true;
        }
        desc = a64_simd_desc(a64_rd(insn), a64_rn(insn), 0, size, op, 0);
        gen_simd(ctx, &h_narrow, q ? desc | SD_PART : desc);
        return true;
    case 0x1c: /* URECPE / URSQRTE (FCVTA[SU] with size 0x are FP) */
        if (size != 2) {
            return false;
        }
        op = u ? SIMD_OP_URSQRTE : SIMD_OP_URECPE;
        break;
    case 0x13: /* SHLL */
        if (!u || size == 3) {
            return false;
        }
        desc = a64_simd_desc(a64_rd(insn), a64_rn(insn), 0, size, SIMD_OP_SHLL,
                             8 << size);
        gen_simd(ctx, &h_widen, q ? desc | SD_PART : desc);
        return true;
    default: /* the opcodes both groups share */
        op = misc_elt_op(opcode, u);
        if (op < 0) {
            return false;
        }
        break;
    }
    if (size == 3 && !q) {
        return false;
    }
    if (op == SIMD_OP_NOT) {
        gen_not(ctx, a64_rd(insn), a64_rn(insn), q ? 2 : 1);
        return true;
    }
    if (op >= SIMD_OP_CMEQ0 && op <= SIMD_OP_CMLT0 &&
        tuning_on(TUNING_simd_swar)) {
        static const int kinds[] = {
            [SIMD_OP_CMEQ0 - SIMD_OP_CMEQ0] = A64_SWAR_EQ,
            [SIMD_OP_CMGE0 - SIMD_OP_CMEQ0] = A64_SWAR_GE,
            [SIMD_OP_CMGT0 - SIMD_OP_CMEQ0] = A64_SWAR_GT,
            [SIMD_OP_CMLE0 - SIMD_OP_CMEQ0] = A64_SWAR_LE0,
            [SIMD_OP_CMLT0 - SIMD_OP_CMEQ0] = A64_SWAR_LT0,
        };
        gen_cmp_inline(ctx, kinds[op - SIMD_OP_CMEQ0], true, a64_rd(insn),
                       a64_rn(insn), 0, size, q ? 2 : 1);
        return true;
    }
    if (op == SIMD_OP_CNT) {
        gen_cnt(ctx, a64_rd(insn), a64_rn(insn), q ? 2 : 1);
        return true;
    }
    gen_simd(ctx, &h_elt, desc_of(insn, size, op, 0));
    return true;
}

static bool trans_scalar_2misc(A64DisasContext *ctx, uint32_t insn)
{
    int opcode = a64_field(insn, 12, 5), size = insn_size(insn);
    bool u = insn_u(insn);
    uint64_t desc;
    int op;

    switch (opcode) {
    case 0x12:
    case 0x14:
        if (size == 3 || (opcode == 0x12 && !u)) {
            return false;
        }
        if (opcode == 0x12) {
            op = SIMD_OP_SQXTUN;
        } else {
            op = u ? SIMD_OP_UQXTN : SIMD_OP_SQXTN;
        }
        desc = a64_simd_desc(a64_rd(insn), a64_rn(insn), 0, size, op, 0);
        gen_simd(ctx, &h_narrow, desc | SD_SCALAR);
        return true;
    default: /* the opcodes both groups share */
        op = misc_elt_op(opcode, u);
        if (op < 0) {
            return false;
        }
        break;
    }
    if (opcode >= 0x08 && size != 3) {
        return false;
    }
    gen_simd(ctx, &h_elt, desc_of(insn, size, op, 0) | SD_SCALAR);
    return true;
}

/* ---- across lanes and scalar pairwise --------------------------------- */

static bool trans_across(A64DisasContext *ctx, uint32_t insn)
{
    int opcode = a64_field(insn, 12, 5), size = insn_size(insn);
    bool u = insn_u(insn);
    uint64_t desc;
    int op;

    switch (opcode) {
    case 0x03:
        op = SIMD_OP_ADDLV;
        break;
    case 0x0a:
        op = SIMD_OP_MAXV;
        break;
    case 0x1a:
        op = SIMD_OP_MINV;
        break;
    case 0x1b:
        if (u) {
            return false;
        }
        op = SIMD_OP_ADDV;
        break;
    default:
        return false;
    }
    if (size == 3 || (size == 2 && !insn_q(insn))) {
        return false;
    }
    desc = desc_of(insn, size, op, 0);
    gen_simd(ctx, &h_across, u ? desc : desc | SD_SIGNED);
    return true;
}

static bool trans_scalar_pair(A64DisasContext *ctx, uint32_t insn)
{
    if (insn_u(insn) || a64_field(insn, 12, 5) != 0x1b ||
        insn_size(insn) != 3) {
        return false;
    }
    gen_simd(ctx, &h_pair,
             a64_simd_desc(a64_rd(insn), a64_rn(insn), 0, 3, SIMD_OP_ADD, 0) |
                 SD_SCALAR);
    return true;
}

/* ---- copy --------------------------------------------------------------- */

/* Replicate the low (8 << size) bits of v over 64 bits. */
static IRTempId gen_dup64(A64DisasContext *ctx, IRTempId v, int size)
{
    static const int64_t rep[3] = {0x0101010101010101ll, 0x0001000100010001ll,
                                   0x0000000100000001ll};
    IRContext *ir = ctx->ir;
    IRTempId t;

    if (size == 3) {
        return v;
    }
    t = ir_temp(ir);
    switch (size) {
    case 0:
        ir_ext8u(ir, t, v);
        break;
    case 1:
        ir_ext16u(ir, t, v);
        break;
    default:
        ir_ext32u(ir, t, v);
        break;
    }
    ir_mul(ir, t, t, ir_const(ir, rep[size]));
    return t;
}

static int32_t lane_offset(int reg, int size, int idx)
{
    return (int32_t)(a64_vreg_offset(reg, 0) + ((size_t)idx << size));
}

static void gen_dup_to(A64DisasContext *ctx, int rd, IRTempId v, int size,
                       bool q)
{
    IRTempId t = gen_dup64(ctx, v, size);

    vst(ctx, rd, 0, t);
    vst(ctx, rd, 1, q ? t : ir_const(ctx->ir, 0));
}

static bool trans_copy(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int imm5 = a64_field(insn, 16, 5), imm4 = a64_field(insn, 11, 4);
    int rd = a64_rd(insn), rn = a64_rn(insn);
    bool q = insn_q(insn), op = insn_u(insn);
    int size, idx;
    IRTempId t;

    if ((imm5 & 15) == 0) {
        return false;
    }
    size = __builtin_ctz(imm5);
    idx = imm5 >> (size + 1);
    if (op) { /* INS (element) */
        if (!q) {
            return false;
        }
        t = ir_temp(ir);
        ir_ld_env(ir, t, lane_offset(rn, size, imm4 >> size), (IRMemOp)size);
        ir_st_env(ir, t, lane_offset(rd, size, idx), (IRMemOp)size);
        return true;
    }
    switch (imm4) {
    case 0: /* DUP (element) */
        if (size == 3 && !q) {
            return false;
        }
        t = ir_temp(ir);
        ir_ld_env(ir, t, lane_offset(rn, size, idx), (IRMemOp)size);
        gen_dup_to(ctx, rd, t, size, q);
        return true;
    case 1: /* DUP (general) */
        if (size == 3 && !q) {
            return false;
        }
        gen_dup_to(ctx, rd, a64_gpr(ctx, rn), size, q);
        return true;
    case 3: /* INS (general) */
        if (!q) {
            return false;
        }
        ir_st_env(ir, a64_gpr(ctx, rn), lane_offset(rd, size, idx),
                  (IRMemOp)size);
        return true;
    case 5: /* SMOV */
    case 7: /* UMOV */
        if (imm4 == 5 ? (size == 3 || (size == 2 && !q)) : (q != (size == 3))) {
            return false;
        }
        t = a64_gpr_dst(ctx, rd);
        if (size == 3) { /* UMOV Xd, Vn.D[i] (MOV): the half, forwarded */
            ir_mov(ir, t, vld(ctx, rn, idx));
            return true;
        }
        ir_ld_env(ir, t, lane_offset(rn, size, idx),
                  (IRMemOp)(size | (imm4 == 5 ? IR_MO_SIGN : 0)));
        if (imm4 == 5 && !q && rd != 31) {
            ir_ext32u(ir, t, t);
        }
        return true;
    default:
        return false;
    }
}

static bool trans_scalar_copy(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int imm5 = a64_field(insn, 16, 5), size, idx;
    IRTempId t;

    if (insn_u(insn) || a64_field(insn, 11, 4) != 0 || (imm5 & 15) == 0) {
        return false;
    }
    size = __builtin_ctz(imm5);
    idx = imm5 >> (size + 1);
    t = ir_temp(ir);
    ir_ld_env(ir, t, lane_offset(a64_rn(insn), size, idx), (IRMemOp)size);
    vst(ctx, a64_rd(insn), 0, t);
    vst_zero_hi(ctx, a64_rd(insn));
    return true;
}

/* ---- modified immediate ----------------------------------------------- */

static bool trans_modimm(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int cmode = a64_field(insn, 12, 4), rd = a64_rd(insn);
    bool op = insn_u(insn), q = insn_q(insn), orr_bic = false;
    uint64_t imm8 = a64_field(insn, 16, 3) << 5 | a64_field(insn, 5, 5);
    uint64_t imm;

    if (a64_field(insn, 11, 1)) {
        return false; /* o2: FP16 FMOV */
    }
    switch (cmode >> 1) {
    case 0:
    case 1:
    case 2:
    case 3: /* 32-bit shifted */
        imm = imm8 << (8 * (cmode >> 1));
        imm |= imm << 32;
        orr_bic = cmode & 1;
        break;
    case 4:
    case 5: /* 16-bit shifted */
        imm = (imm8 << (8 * ((cmode >> 1) & 1))) * 0x0001000100010001ull;
        orr_bic = cmode & 1;
        break;
    case 6: /* 32-bit shifting ones */
        imm = (cmode & 1) ? (imm8 << 16 | 0xffff) : (imm8 << 8 | 0xff);
        imm |= imm << 32;
        break;
    default:
        if (cmode == 15) {
            return false; /* FMOV (vector, immediate) */
        }
        if (!op) {
            imm = imm8 * 0x0101010101010101ull;
        } else {
            imm = 0;
            for (int i = 0; i < 8; i++) {
                if (imm8 >> i & 1) {
                    imm |= 0xffull << (8 * i);
                }
            }
        }
        op = false; /* MOVI, no inversion */
        break;
    }
    if (orr_bic) {
        int nh = q ? 2 : 1;
        for (int h = 0; h < nh; h++) {
            IRTempId d = vld(ctx, rd, h), r = ir_temp(ir);
            if (op) {
                ir_and(ir, r, d, ir_const(ir, (int64_t)~imm));
            } else {
                ir_or(ir, r, d, ir_const(ir, (int64_t)imm));
            }
            vst(ctx, rd, h, r);
        }
        if (!q) {
            vst_zero_hi(ctx, rd);
        }
        return true;
    }
    if (op) {
        imm = ~imm;
    }
    vst(ctx, rd, 0, ir_const(ir, (int64_t)imm));
    vst(ctx, rd, 1, ir_const(ir, q ? (int64_t)imm : 0));
    return true;
}

/* ---- shift by immediate ----------------------------------------------- */

/* Right-shift ops by [U][opcode >> 1] for opcodes 0x00..0x0e. */
static const int16_t ops_shr[2][8] = {
    {SIMD_OP_SSHR, SIMD_OP_SSRA, SIMD_OP_SRSHR, SIMD_OP_SRSRA, -1, SIMD_OP_SHL,
     -1, SIMD_OP_SQSHL_IMM},
    {SIMD_OP_USHR, SIMD_OP_USRA, SIMD_OP_URSHR, SIMD_OP_URSRA, SIMD_OP_SRI,
     SIMD_OP_SLI, SIMD_OP_SQSHLU, SIMD_OP_UQSHL_IMM},
};

/* Narrowing shifts by [U][opcode - 0x10]. */
static const int16_t ops_shrn[2][4] = {
    {SIMD_OP_SHRN, SIMD_OP_RSHRN, SIMD_OP_SQSHRN, SIMD_OP_SQRSHRN},
    {SIMD_OP_SQSHRUN, SIMD_OP_SQRSHRUN, SIMD_OP_UQSHRN, SIMD_OP_UQRSHRN},
};

static bool gen_shift_imm(A64DisasContext *ctx, uint32_t insn, bool scalar)
{
    int immh = a64_field(insn, 19, 4), immhb = a64_field(insn, 16, 7);
    int opcode = a64_field(insn, 11, 5), size, bits, op, sh;
    bool q = insn_q(insn), u = insn_u(insn);
    uint64_t desc;

    if (immh == 0) {
        return false;
    }
    size = 31 - __builtin_clz(immh);
    bits = 8 << size;
    if (opcode <= 0x0e && !(opcode & 1)) {
        op = ops_shr[u][opcode >> 1];
        if (op < 0 || (!scalar && size == 3 && !q)) {
            return false;
        }
        if (scalar && size != 3 && opcode != 0x0c && opcode != 0x0e) {
            return false;
        }
        /* left shifts: immhb - bits; right shifts: 2 * bits - immhb */
        sh = opcode >= 0x0a ? immhb - bits : 2 * bits - immhb;
        if (gen_shift_inline(ctx, a64_rd(insn), a64_rn(insn), op, size, sh,
                             !scalar && q ? 2 : 1)) {
            return true;
        }
        desc = a64_simd_desc(a64_rd(insn), a64_rn(insn), 0, size, op, sh);
        desc |= scalar ? SD_SCALAR : (q ? SD_Q : 0);
        gen_simd(ctx, &h_elt, desc);
        return true;
    }
    if (size == 3) {
        return false;
    }
    if (opcode >= 0x10 && opcode <= 0x13) {
        op = ops_shrn[u][opcode - 0x10];
        if (scalar && !u && opcode < 0x12) {
            return false; /* no scalar SHRN/RSHRN */
        }
        if (op == SIMD_OP_SHRN && !scalar && tuning_on(TUNING_simd_swar)) {
            gen_narrow_inline(ctx, a64_rd(insn), a64_rn(insn), size,
                              2 * bits - immhb, q);
            return true;
        }
        desc = a64_simd_desc(a64_rd(insn), a64_rn(insn), 0, size, op,
                             2 * bits - immhb);
        desc |= scalar ? SD_SCALAR : (q ? SD_PART : 0);
        gen_simd(ctx, &h_narrow, desc);
        return true;
    }
    if (opcode == 0x14 && !scalar) { /* SSHLL / USHLL */
        desc = a64_simd_desc(a64_rd(insn), a64_rn(insn), 0, size, SIMD_OP_SHLL,
                             immhb - bits);
        desc |= (q ? SD_PART : 0) | (u ? 0 : SD_SIGNED);
        gen_simd(ctx, &h_widen, desc);
        return true;
    }
    return false; /* 0x1c/0x1f: SCVTF/FCVTZ fixed point (FP) */
}

static bool trans_shift_imm(A64DisasContext *ctx, uint32_t insn)
{
    return gen_shift_imm(ctx, insn, false);
}

static bool trans_scalar_shift_imm(A64DisasContext *ctx, uint32_t insn)
{
    return gen_shift_imm(ctx, insn, true);
}

/* ---- by element ------------------------------------------------------- */

/* By element, by [U][opcode]: the operation and its shape (0 element-wise,
 * 1 long). */
static const struct {
    uint8_t op1, kind; /* op1: the operation + 1; 0 unallocated */
} by_elem_ops[2][16] = {
    {
        [0x2] = {SIMD_OP_MLA + 1, 1},
        [0x3] = {SIMD_OP_SQDMLAL + 1, 1},
        [0x6] = {SIMD_OP_MLS + 1, 1},
        [0x7] = {SIMD_OP_SQDMLSL + 1, 1},
        [0x8] = {SIMD_OP_MUL + 1, 0},
        [0xa] = {SIMD_OP_MUL + 1, 1},
        [0xb] = {SIMD_OP_SQDMULL + 1, 1},
        [0xc] = {SIMD_OP_SQDMULH + 1, 0},
        [0xd] = {SIMD_OP_SQRDMULH + 1, 0},
    },
    {
        [0x0] = {SIMD_OP_MLA + 1, 0},
        [0x2] = {SIMD_OP_MLA + 1, 1},
        [0x4] = {SIMD_OP_MLS + 1, 0},
        [0x6] = {SIMD_OP_MLS + 1, 1},
        [0xa] = {SIMD_OP_MUL + 1, 1},
    },
};

static bool gen_by_elem(A64DisasContext *ctx, uint32_t insn, bool scalar)
{
    int opcode = a64_field(insn, 12, 4), size = insn_size(insn);
    bool u = insn_u(insn), h = a64_field(insn, 11, 1);
    bool l = a64_field(insn, 21, 1), m = a64_field(insn, 20, 1);
    int rm = a64_field(insn, 16, 4), idx, op, kind; /* 0 elt, 1 long */
    uint64_t desc;

    if (size == 1) {
        idx = h << 2 | l << 1 | m;
    } else if (size == 2) {
        idx = h << 1 | l;
        rm |= m << 4;
    } else {
        return false;
    }
    op = by_elem_ops[u][opcode].op1 - 1;
    kind = by_elem_ops[u][opcode].kind;
    if (op < 0) {
        return false; /* FP (1, 5, 9), dot products, unallocated */
    }
    if (scalar &&
        (op == SIMD_OP_MLA || op == SIMD_OP_MLS || op == SIMD_OP_MUL)) {
        return false;
    }
    desc = a64_simd_desc(a64_rd(insn), a64_rn(insn), rm, size, op,
                         kind ? idx << 1 : idx) |
           SD_ELEM;
    if (scalar) {
        desc |= SD_SCALAR;
    } else if (insn_q(insn)) {
        desc |= kind ? SD_PART : SD_Q;
    }
    if (kind) {
        gen_simd(ctx, &h_long, u ? desc : desc | SD_SIGNED);
    } else {
        gen_simd(ctx, &h_elt, desc);
    }
    return true;
}

static bool trans_by_elem(A64DisasContext *ctx, uint32_t insn)
{
    return gen_by_elem(ctx, insn, false);
}

static bool trans_scalar_by_elem(A64DisasContext *ctx, uint32_t insn)
{
    return gen_by_elem(ctx, insn, true);
}

/* ---- permutes, EXT, TBL ----------------------------------------------- */

static bool trans_permute(A64DisasContext *ctx, uint32_t insn)
{
    static const int8_t ops[8] = {-1, SIMD_OP_UZP1, SIMD_OP_TRN1, SIMD_OP_ZIP1,
                                  -1, SIMD_OP_UZP2, SIMD_OP_TRN2, SIMD_OP_ZIP2};
    int op = ops[a64_field(insn, 12, 3)], size = insn_size(insn);

    if (op < 0 || (size == 3 && !insn_q(insn))) {
        return false;
    }
    gen_simd(ctx, &h_perm, desc_of(insn, size, op, 0));
    return true;
}

/* EXT: bytes imm.. of the concatenation m:n, as shifts of 64-bit words. */
static bool trans_ext(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int imm = a64_field(insn, 11, 4), rd = a64_rd(insn);
    bool q = insn_q(insn);
    IRTempId w[4], r[2];
    int nh = q ? 2 : 1;

    if (!q && imm >= 8) {
        return false;
    }
    if (q) {
        w[0] = vld(ctx, a64_rn(insn), 0);
        w[1] = vld(ctx, a64_rn(insn), 1);
        w[2] = vld(ctx, a64_rm(insn), 0);
        w[3] = vld(ctx, a64_rm(insn), 1);
    } else {
        w[0] = vld(ctx, a64_rn(insn), 0);
        w[1] = vld(ctx, a64_rm(insn), 0);
        w[2] = w[3] = w[1];
    }
    for (int h = 0; h < nh; h++) {
        int k = imm / 8 + h, s = (imm % 8) * 8;
        if (s == 0) {
            r[h] = w[k];
        } else {
            IRTempId lo = ir_temp(ir), hi = ir_temp(ir);
            r[h] = ir_temp(ir);
            ir_shri(ir, lo, w[k], s);
            ir_shli(ir, hi, w[k + 1], 64 - s);
            ir_or(ir, r[h], lo, hi);
        }
    }
    for (int h = 0; h < nh; h++) {
        vst(ctx, rd, h, r[h]);
    }
    if (!q) {
        vst_zero_hi(ctx, rd);
    }
    return true;
}

static bool trans_tbl(A64DisasContext *ctx, uint32_t insn)
{
    uint64_t desc = desc_of(insn, 0, 0, a64_field(insn, 13, 2) + 1);

    if (a64_field(insn, 12, 1)) {
        desc |= SD_SIGNED; /* TBX */
    }
    gen_simd(ctx, &h_tbl, desc);
    return true;
}

const A64Pattern a64_simd_patterns[] = {
    {0x9f200400, 0x0e200400, trans_3same, "simd-3same"},
    {0x9f200c00, 0x0e200000, trans_3diff, "simd-3diff"},
    {0x9f3e0c00, 0x0e200800, trans_2misc, "simd-2misc"},
    {0x9f3e0c00, 0x0e300800, trans_across, "simd-across"},
    {0x9fe08400, 0x0e000400, trans_copy, "simd-copy"},
    {0x9ff80400, 0x0f000400, trans_modimm, "simd-modimm"},
    {0x9f800400, 0x0f000400, trans_shift_imm, "simd-shift-imm"},
    {0x9f000400, 0x0f000000, trans_by_elem, "simd-by-elem"},
    {0xbf208c00, 0x0e000800, trans_permute, "simd-permute"},
    {0xbfe08400, 0x2e000000, trans_ext, "simd-ext"},
    {0xbfe08c00, 0x0e000000, trans_tbl, "simd-tbl"},
    {0xdf200400, 0x5e200400, trans_scalar_3same, "simd-s-3same"},
    {0xdf200c00, 0x5e200000, trans_scalar_3diff, "simd-s-3diff"},
    {0xdf3e0c00, 0x5e200800, trans_scalar_2misc, "simd-s-2misc"},
    {0xdf3e0c00, 0x5e300800, trans_scalar_pair, "simd-s-pair"},
    {0xdfe08400, 0x5e000400, trans_scalar_copy, "simd-s-copy"},
    {0xdf800400, 0x5f000400, trans_scalar_shift_imm, "simd-s-shift-imm"},
    {0xdf000400, 0x5f000000, trans_scalar_by_elem, "simd-s-by-elem"},
    {0, 0, NULL, NULL},
};

#undef HP
