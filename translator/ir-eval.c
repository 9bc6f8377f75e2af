/*
 * ir_eval: the reference semantics of every pure IR op. The constant folder
 * uses it, and the backend tests compare generated code against it, so this
 * file is the definition of what an op means.
 */
#include "translator/ir.h"

static bool ir_cond_holds(IRCond c, uint64_t a, uint64_t b)
{
    switch (c) {
    case IR_COND_EQ: return a == b;
    case IR_COND_NE: return a != b;
    case IR_COND_LT: return (int64_t)a < (int64_t)b;
    case IR_COND_GE: return (int64_t)a >= (int64_t)b;
    case IR_COND_LTU: return a < b;
    case IR_COND_GEU: return a >= b;
    case IR_COND_LE: return (int64_t)a <= (int64_t)b;
    case IR_COND_GT: return (int64_t)a > (int64_t)b;
    case IR_COND_LEU: return a <= b;
    case IR_COND_GTU: return a > b;
    case IR_COND_ALWAYS: return true;
    default: return false;
    }
}

/* Compare in the op's width: w32 compares the low words, signed or not. */
bool ir_eval_cond(IRCond c, bool w32, uint64_t a, uint64_t b)
{
    if (w32) {
        bool sgn = c == IR_COND_LT || c == IR_COND_GE || c == IR_COND_LE ||
                   c == IR_COND_GT;
        a = sgn ? (uint64_t)(int64_t)(int32_t)a : (uint32_t)a;
        b = sgn ? (uint64_t)(int64_t)(int32_t)b : (uint32_t)b;
    }
    return ir_cond_holds(c, a, b);
}

static uint64_t eval_mulsh(uint64_t a, uint64_t b)
{
    return (uint64_t)(((__int128)(int64_t)a * (int64_t)b) >> 64);
}

static uint64_t eval_muluh(uint64_t a, uint64_t b)
{
    return (uint64_t)(((unsigned __int128)a * b) >> 64);
}

static uint64_t eval_divs(uint64_t a, uint64_t b, bool rem)
{
    int64_t x = (int64_t)a, y = (int64_t)b;

    if (y == 0) {
        return rem ? a : UINT64_MAX;
    }
    if (y == -1) {
        return rem ? 0 : -a;
    }
    return rem ? (uint64_t)(x % y) : (uint64_t)(x / y);
}

static uint64_t eval_divs32(uint32_t a, uint32_t b, bool rem)
{
    int32_t x = (int32_t)a, y = (int32_t)b;

    if (y == 0) {
        return rem ? a : UINT32_MAX;
    }
    if (y == -1) {
        return rem ? 0 : (uint32_t)-a;
    }
    return (uint32_t)(rem ? x % y : x / y);
}

static uint64_t ir_eval64(IROpcode opc, uint64_t a, uint64_t b, bool *ok)
{
    unsigned s = b & 63;
    switch (opc) {
    case IR_mov: return a;
    case IR_add: return a + b;
    case IR_sub: return a - b;
    case IR_mul: return a * b;
    case IR_mulsh: return eval_mulsh(a, b);
    case IR_muluh: return eval_muluh(a, b);
    case IR_divs: return eval_divs(a, b, false);
    case IR_rems: return eval_divs(a, b, true);
    case IR_divu: return b ? a / b : UINT64_MAX;
    case IR_remu: return b ? a % b : a;
    case IR_neg: return -a;
    case IR_and: return a & b;
    case IR_or: return a | b;
    case IR_xor: return a ^ b;
    case IR_not: return ~a;
    case IR_andc: return a & ~b;
    case IR_orc: return a | ~b;
    case IR_xnor: return ~(a ^ b);
    case IR_shl: return a << s;
    case IR_shr: return a >> s;
    case IR_sar: return (uint64_t)((int64_t)a >> s);
    case IR_rotl: return s ? (a << s) | (a >> (64 - s)) : a;
    case IR_rotr: return s ? (a >> s) | (a << (64 - s)) : a;
    case IR_ext8s: return (uint64_t)(int64_t)(int8_t)a;
    case IR_ext8u: return (uint8_t)a;
    case IR_ext16s: return (uint64_t)(int64_t)(int16_t)a;
    case IR_ext16u: return (uint16_t)a;
    case IR_ext32s: return (uint64_t)(int64_t)(int32_t)a;
    case IR_ext32u: return (uint32_t)a;
    case IR_bswap: return __builtin_bswap64(a);
    case IR_clz: return a ? __builtin_clzll(a) : 64;
    case IR_ctz: return a ? __builtin_ctzll(a) : 64;
    case IR_cpop: return __builtin_popcountll(a);
    default: *ok = false; return 0;
    }
}

static uint64_t ir_eval32(IROpcode opc, uint32_t a, uint32_t b, bool *ok)
{
    unsigned s = b & 31;
    switch (opc) {
    case IR_mulsh: return (uint32_t)(((int64_t)(int32_t)a * (int32_t)b) >> 32);
    case IR_muluh: return (uint32_t)(((uint64_t)a * b) >> 32);
    case IR_divs: return eval_divs32(a, b, false);
    case IR_rems: return eval_divs32(a, b, true);
    case IR_divu: return b ? a / b : UINT32_MAX;
    case IR_remu: return b ? a % b : a;
    case IR_shl: return (uint32_t)(a << s);
    case IR_shr: return a >> s;
    case IR_sar: return (uint32_t)((int32_t)a >> s);
    case IR_rotl: return s ? (uint32_t)((a << s) | (a >> (32 - s))) : a;
    case IR_rotr: return s ? (uint32_t)((a >> s) | (a << (32 - s))) : a;
    case IR_bswap: return __builtin_bswap32(a);
    case IR_clz: return a ? __builtin_clz(a) : 32;
    case IR_ctz: return a ? __builtin_ctz(a) : 32;
    case IR_cpop: return __builtin_popcount(a);
    default: return (uint32_t)ir_eval64(opc, a, b, ok);
    }
}

bool ir_eval(IROpcode opc, bool w32, const uint64_t *in, const IRArg *cst,
             uint64_t *out)
{
    bool ok = true;

    switch (opc) {
    case IR_setcond:
        *out = ir_eval_cond((IRCond)cst[0], w32, in[0], in[1]);
        return true;
    case IR_movcond:
        *out = ir_eval_cond((IRCond)cst[0], w32, in[0], in[1]) ? in[2]
                                                               : in[3];
        if (w32) {
            *out = (uint32_t)*out;
        }
        return true;
    case IR_movi:
        *out = cst[0];
        return true;
    case IR_addsh:
        *out = in[0] + (in[1] << (cst[0] & 63));
        return true;
    default:
        break;
    }
    if (ir_op_defs[opc].flags & IR_F_SIDE || ir_op_defs[opc].nb_oargs != 1 ||
        ir_op_defs[opc].nb_cargs != 0) {
        return false;
    }
    uint64_t b = ir_op_defs[opc].nb_iargs > 1 ? in[1] : 0;
    *out = w32 ? ir_eval32(opc, (uint32_t)in[0], (uint32_t)b, &ok)
               : ir_eval64(opc, in[0], b, &ok);
    return ok;
}
