/*
 * The IR optimizer: constant folding and propagation, copy propagation,
 * algebraic simplification, and dead-code elimination.
 *
 * Contract: one forward pass tracks, per temp, either a known constant or
 * the temp it is a copy of, each stamped with the writer's version so a
 * later write to the source invalidates the fact without a search. Facts
 * die at labels (control may arrive from elsewhere) and, for globals, at
 * helper calls that may write globals. Folding uses ir_eval(), the single
 * definition of op semantics. A backward pass then removes pure insns whose
 * outputs are never read (globals are always live: they are guest state).
 *
 * Known bits (tuning known_bits): each written temp also records which of
 * its bits may be nonzero and how many of its top bits are copies of bit
 * 63. These facts are about the temp's own value, so they need no version
 * stamp: they die with the next write to the temp (opt_forget), at labels
 * and, for globals, at calls, exactly like the constant facts. With them an
 * extension of a value already in that form becomes a copy, and riscv64's
 * `op32 d, a, b; ext32s d, d` becomes the 64-bit op alone when the 64-bit
 * result is known to fit in 32 signed bits (see opt_widen_w32).
 */
#include "translator/ir.h"
#include "translator/tuning.h"

#include <string.h>

typedef struct OptTemp {
    uint32_t version;   /* bumped on every write */
    uint8_t is_const;   /* val is known */
    uint8_t is_copy;    /* equal to copy_of at copy_ver */
    uint8_t is_sum;     /* equal to copy_of + val at copy_ver */
    uint8_t sign_extra; /* known bits: the top sign_extra + 1 bits are equal */
    uint64_t val;
    uint64_t known0;    /* known bits: these bits are zero */
    IRTempId copy_of;
    uint32_t copy_ver;
} OptTemp;

typedef struct OptState {
    IRContext *ctx;
    bool kb; /* tuning known_bits */
    OptTemp t[IR_MAX_TEMPS];
} OptState;

static OptState opt_state;

static void opt_forget(OptState *s, IRTempId t)
{
    s->t[t].version++;
    s->t[t].is_const = 0;
    s->t[t].is_copy = 0;
    s->t[t].is_sum = 0;
    s->t[t].known0 = 0;
    s->t[t].sign_extra = 0;
}

static void opt_forget_globals(OptState *s)
{
    for (uint32_t i = 1; i < s->ctx->nb_globals; i++) {
        opt_forget(s, i);
    }
}

static void opt_forget_all(OptState *s)
{
    for (uint32_t i = 1; i < s->ctx->nb_temps; i++) {
        if (s->ctx->temps[i].kind != IR_TEMP_CONST) {
            opt_forget(s, i);
        }
    }
}

/* The best replacement for reading temp a: a constant or the copy source. */
static IRArg opt_input(OptState *s, IRArg a)
{
    if (a == IR_ARG_NONE) {
        return a;
    }
    OptTemp *ot = &s->t[a];
    if (ot->is_copy && s->t[ot->copy_of].version == ot->copy_ver) {
        return ot->copy_of;
    }
    return a;
}

static bool opt_known(OptState *s, IRArg a, uint64_t *val)
{
    const IRTemp *t = &s->ctx->temps[a];
    if (t->kind == IR_TEMP_CONST) {
        *val = (uint64_t)t->val;
        return true;
    }
    if (s->t[a].is_const) {
        *val = s->t[a].val;
        return true;
    }
    return false;
}

/* ---- known bits ------------------------------------------------------ */

/* What is known of a value v: every bit of v outside z is zero, and the top
 * sb bits of v (1..64, bit 63 included) are all equal. */
typedef struct OptBits {
    uint64_t z;
    int sb;
} OptBits;

#define OPT_M32 0xffffffffull

static const OptBits opt_bits_none = {~0ull, 1};

static int opt_clz(uint64_t v)
{
    return v ? __builtin_clzll(v) : 64;
}

/* All ones in the low n bits. */
static uint64_t opt_low_mask(int n)
{
    return n >= 64 ? ~0ull : (1ull << n) - 1;
}

/* Every bit at or below the highest bit that may be set. */
static uint64_t opt_smear(uint64_t z)
{
    return opt_low_mask(64 - opt_clz(z));
}

/* Let z and sb agree: known leading zeros are sign copies, and the sign
 * copies of a value known non-negative are known zeros. */
static OptBits opt_bits_norm(OptBits b)
{
    int lz = opt_clz(b.z);

    b.sb = b.sb < lz ? lz : b.sb;
    b.sb = b.sb < 1 ? 1 : b.sb > 64 ? 64 : b.sb;
    if (!(b.z >> 63)) {
        b.z &= opt_low_mask(64 - b.sb);
    }
    return b;
}

static OptBits opt_bits_of(OptState *s, IRArg a)
{
    uint64_t v;

    if (opt_known(s, a, &v)) {
        return (OptBits){v, __builtin_clrsbll((long long)v) + 1};
    }
    if (!s->kb) {
        return opt_bits_none;
    }
    return (OptBits){~s->t[a].known0, s->t[a].sign_extra + 1};
}

/* Record b for temp d, just written (after opt_forget). */
static void opt_put_bits(OptState *s, IRTempId d, OptBits b)
{
    if (!s->kb) {
        return;
    }
    b = opt_bits_norm(b);
    s->t[d].known0 = ~b.z;
    s->t[d].sign_extra = (uint8_t)(b.sb - 1);
}

/* May-be-set bits of a + b and of a * b (no 64-bit wrap below the bound). */
static uint64_t opt_z_add(uint64_t za, uint64_t zb)
{
    if (!(za & zb)) {
        return za | zb; /* no carries */
    }
    return opt_low_mask(64 - opt_clz(za | zb) + 1);
}

static uint64_t opt_z_mul(uint64_t za, uint64_t zb)
{
    if (!za || !zb) {
        return 0;
    }
    return opt_low_mask((64 - opt_clz(za)) + (64 - opt_clz(zb)));
}

/* a sign-extended from bit w-1 (w < 64). */
static OptBits opt_bits_sext(OptBits a, int w)
{
    uint64_t low = opt_low_mask(w);
    OptBits o = {a.z & low, 64 - w + 1};

    if (a.z & (1ull << (w - 1))) {
        o.z |= ~low;
    }
    if (a.sb > o.sb) {
        o.sb = a.sb; /* a already was: the result is a */
    }
    return o;
}

static uint64_t opt_rot64(uint64_t v, unsigned n)
{
    n &= 63;
    return n ? (v << n) | (v >> (64 - n)) : v;
}

static uint64_t opt_rot32(uint64_t v, unsigned n)
{
    uint32_t x = (uint32_t)v;
    n &= 31;
    return n ? (uint32_t)((x << n) | (x >> (32 - n))) : x;
}

/* Known bits of a 64-bit op's result from its inputs' (kc: input 1 is the
 * constant c). False when nothing is known. */
static bool opt_eval_bits64(IROpcode opc, const OptBits *x, bool kc,
                            uint64_t c, OptBits *o)
{
    OptBits a = x[0], b = x[1];
    int sb = a.sb < b.sb ? a.sb : b.sb;
    unsigned n = (unsigned)c & 63;

    switch (opc) {
    case IR_mov: *o = a; return true;
    case IR_and: *o = (OptBits){a.z & b.z, sb}; return true;
    case IR_or:
    case IR_xor: *o = (OptBits){a.z | b.z, sb}; return true;
    case IR_andc: *o = (OptBits){a.z, sb}; return true;
    case IR_orc:
    case IR_xnor: *o = (OptBits){~0ull, sb}; return true;
    case IR_not: *o = (OptBits){~0ull, a.sb}; return true;
    /* Inputs of k significant signed bits give a sum or difference of at
     * most k + 1: one sign copy fewer. */
    case IR_add: *o = (OptBits){opt_z_add(a.z, b.z), sb - 1}; return true;
    case IR_sub: *o = (OptBits){~0ull, sb - 1}; return true;
    case IR_neg: *o = (OptBits){~0ull, a.sb - 1}; return true;
    case IR_mul: *o = (OptBits){opt_z_mul(a.z, b.z), 1}; return true;
    /* a % b is a when b is 0, else below both; a / b is all ones when b
     * is 0, else at most a. */
    case IR_remu: *o = (OptBits){opt_smear(a.z), 1}; return true;
    case IR_divu:
        *o = (OptBits){kc && c ? opt_smear(a.z) : ~0ull, 1};
        return true;
    case IR_shl:
        *o = kc ? (OptBits){a.z << n, a.sb - (int)n} : opt_bits_none;
        return true;
    case IR_shr:
        *o = kc ? (OptBits){a.z >> n, n ? 1 : a.sb}
                : (OptBits){opt_smear(a.z), 1};
        return true;
    case IR_sar:
        *o = kc ? (OptBits){(uint64_t)((int64_t)a.z >> n), a.sb + (int)n}
                : (OptBits){opt_smear(a.z), a.sb};
        return true;
    case IR_rotl:
        *o = (OptBits){kc ? opt_rot64(a.z, n) : ~0ull, 1};
        return true;
    case IR_rotr:
        *o = (OptBits){kc ? opt_rot64(a.z, 64 - n) : ~0ull, 1};
        return true;
    case IR_ext8s: *o = opt_bits_sext(a, 8); return true;
    case IR_ext16s: *o = opt_bits_sext(a, 16); return true;
    case IR_ext32s: *o = opt_bits_sext(a, 32); return true;
    case IR_ext8u: *o = (OptBits){a.z & 0xff, 1}; return true;
    case IR_ext16u: *o = (OptBits){a.z & 0xffff, 1}; return true;
    case IR_ext32u: *o = (OptBits){a.z & OPT_M32, 1}; return true;
    case IR_bswap: *o = (OptBits){__builtin_bswap64(a.z), 1}; return true;
    case IR_clz:
    case IR_ctz:
    case IR_cpop: *o = (OptBits){0x7f, 1}; return true;
    case IR_setcond: *o = (OptBits){1, 1}; return true;
    case IR_movcond:
        *o = (OptBits){x[2].z | x[3].z, x[2].sb < x[3].sb ? x[2].sb : x[3].sb};
        return true;
    default:
        return false;
    }
}

/* The same for a w32 op: a function of the inputs' low words, zero-extended
 * (ir-ops.def), so only z matters and its high half is zero. */
static bool opt_eval_bits32(IROpcode opc, const OptBits *x, bool kc,
                            uint64_t c, OptBits *o)
{
    uint64_t za = x[0].z & OPT_M32, zb = x[1].z & OPT_M32, z;
    unsigned n = (unsigned)c & 31;

    switch (opc) {
    case IR_mov:
    case IR_ext32s:
    case IR_ext32u: z = za; break;
    case IR_and: z = za & zb; break;
    case IR_or:
    case IR_xor: z = za | zb; break;
    case IR_andc: z = za; break;
    case IR_add: z = opt_z_add(za, zb); break;
    case IR_mul: z = opt_z_mul(za, zb); break;
    case IR_remu: z = opt_smear(za); break;
    case IR_divu: z = kc && (uint32_t)c ? opt_smear(za) : OPT_M32; break;
    case IR_shl: z = kc ? za << n : OPT_M32; break;
    case IR_shr: z = kc ? za >> n : opt_smear(za); break;
    case IR_sar:
        z = kc ? (uint32_t)((int32_t)(uint32_t)za >> n) : opt_smear(za);
        break;
    case IR_rotl: z = kc ? opt_rot32(za, n) : OPT_M32; break;
    case IR_rotr: z = kc ? opt_rot32(za, 32 - n) : OPT_M32; break;
    case IR_ext8s: z = za & 0x80 ? (za & 0xff) | 0xffffff00 : za & 0x7f; break;
    case IR_ext16s:
        z = za & 0x8000 ? (za & 0xffff) | 0xffff0000 : za & 0x7fff;
        break;
    case IR_ext8u: z = za & 0xff; break;
    case IR_ext16u: z = za & 0xffff; break;
    case IR_bswap: z = __builtin_bswap32((uint32_t)za); break;
    case IR_clz:
    case IR_ctz:
    case IR_cpop: z = 0x3f; break;
    case IR_setcond: z = 1; break;
    case IR_movcond: z = x[2].z | x[3].z; break;
    case IR_sub: case IR_neg: case IR_not: case IR_orc: case IR_xnor:
    case IR_mulsh: case IR_muluh: case IR_divs: case IR_rems:
        z = OPT_M32;
        break;
    default:
        return false;
    }
    *o = (OptBits){z & OPT_M32, 1};
    return true;
}

/* Known bits of insn's result, from its (already propagated) inputs. */
static OptBits opt_eval_bits(OptState *s, const IRInsn *insn, bool w32)
{
    const IROpDef *def = &ir_op_defs[insn->opc];
    OptBits in[4] = {opt_bits_none, opt_bits_none, opt_bits_none,
                     opt_bits_none};
    uint64_t c = 0;
    bool kc = def->nb_iargs > 1 && opt_known(s, insn->args[2], &c);
    OptBits o;

    for (int i = 0; i < def->nb_iargs && i < 4; i++) {
        in[i] = opt_bits_of(s, insn->args[1 + i]);
    }
    if (!(w32 ? opt_eval_bits32 : opt_eval_bits64)(insn->opc, in, kc, c,
                                                   &o)) {
        return opt_bits_none;
    }
    return opt_bits_norm(o);
}

/* An extension (or a w32 mov, or an and with a constant mask) that leaves
 * its input as it is, given what is known of the input. */
static bool opt_is_identity(OptState *s, const IRInsn *insn)
{
    OptBits a = opt_bits_of(s, insn->args[1]);
    uint64_t m;

    switch (insn->opc) {
    case IR_ext8s: return !insn->w32 && a.sb >= 57;
    case IR_ext16s: return !insn->w32 && a.sb >= 49;
    case IR_ext32s: return !insn->w32 && a.sb >= 33;
    case IR_ext8u: return !(a.z & ~0xffull);
    case IR_ext16u: return !(a.z & ~0xffffull);
    case IR_ext32u: return !(a.z & ~OPT_M32);
    case IR_mov: return insn->w32 && !(a.z & ~OPT_M32);
    case IR_and:
        if (!opt_known(s, insn->args[2], &m)) {
            return false;
        }
        m &= insn->w32 ? OPT_M32 : ~0ull;
        return !(a.z & ~m);
    default:
        return false;
    }
}

/* riscv64's W ops are `op32 d, a, b; ext32s d, d`. When the 64-bit op is
 * known to give a value that fits 32 signed bits, that value is the
 * sign-extended word (these ops' low words depend only on the inputs' low
 * words; for shl, with a count below 32), so the op becomes 64-bit and the
 * ext32s, then redundant, goes. sar's low word depends on the high bits,
 * so it needs an input that is a sign-extended word already (then both
 * are that word's arithmetic shift). Only with the ext32s right after it,
 * rewriting d: nothing can see the value in between. */
static void opt_widen_w32(OptState *s, IRInsn *insn, const IRInsn *next)
{
    IRTempId d = insn->args[0];
    uint64_t c;

    switch (insn->opc) {
    case IR_add: case IR_sub: case IR_neg: case IR_mul:
    case IR_and: case IR_or: case IR_xor: case IR_not:
    case IR_andc: case IR_orc: case IR_xnor:
        break;
    case IR_shl:
    case IR_sar:
        if (!opt_known(s, insn->args[2], &c) || (c & 32)) {
            return;
        }
        if (insn->opc == IR_sar && opt_bits_of(s, insn->args[1]).sb < 33) {
            return;
        }
        break;
    default:
        return;
    }
    if (!insn->w32 || next->opc != IR_ext32s || next->w32 ||
        next->args[0] != d || next->args[1] != d) {
        return;
    }
    if (opt_eval_bits(s, insn, true).sb >= 33) {
        return; /* the word is already non-negative: the ext32s goes */
    }
    if (opt_eval_bits(s, insn, false).sb >= 33) {
        insn->w32 = false;
    }
}

static void opt_set_const(OptState *s, IRInsn *insn, uint64_t val)
{
    IRTempId d = insn->args[0];
    insn->opc = IR_movi;
    insn->w32 = false;
    insn->nargs = 2;
    insn->args[1] = val;
    opt_forget(s, d);
    s->t[d].is_const = 1;
    s->t[d].val = val;
}

static void opt_set_copy(OptState *s, IRInsn *insn, IRTempId src)
{
    IRTempId d = insn->args[0];
    OptBits b = opt_bits_of(s, src);

    insn->opc = IR_mov;
    insn->w32 = false;
    insn->nargs = 2;
    insn->args[1] = src;
    opt_forget(s, d);
    opt_put_bits(s, d, b);
    if (d == src) {
        insn->opc = IR_nop;
        insn->nargs = 0;
        return;
    }
    uint64_t v;
    if (opt_known(s, src, &v)) {
        s->t[d].is_const = 1;
        s->t[d].val = v;
    } else {
        s->t[d].is_copy = 1;
        s->t[d].copy_of = src;
        s->t[d].copy_ver = s->t[src].version;
    }
}

/* Identities with one constant operand; returns true if insn was rewritten. */
static bool opt_simplify(OptState *s, IRInsn *insn, bool ka, uint64_t a,
                         bool kb, uint64_t b)
{
    IRArg x = insn->args[1], y = insn->args[2];
    uint64_t mask = insn->w32 ? 0xffffffffull : ~0ull;

    if (insn->opc == IR_setcond && ((kb && (b & mask) == 0) ||
                                    (ka && (a & mask) == 0))) {
        /* Unsigned against 0 (aarch64 CMP #0's carry): x >= 0, 0 <= x
         * always; x < 0, 0 > x never. */
        IRCond c = (IRCond)insn->args[3];
        if (kb && (b & mask) == 0 && (c == IR_COND_GEU || c == IR_COND_LTU)) {
            opt_set_const(s, insn, c == IR_COND_GEU);
            return true;
        }
        if (ka && (a & mask) == 0 && (c == IR_COND_LEU || c == IR_COND_GTU)) {
            opt_set_const(s, insn, c == IR_COND_LEU);
            return true;
        }
    }
    if (insn->w32) {
        return false; /* a w32 copy would still need a zero extension */
    }
    switch (insn->opc) {
    case IR_add: case IR_or: case IR_xor:
    case IR_shl: case IR_shr: case IR_sar: case IR_rotl: case IR_rotr:
        if (kb && (b & mask) == 0) {
            opt_set_copy(s, insn, x);
            return true;
        }
        if (ka && a == 0 && (insn->opc == IR_add || insn->opc == IR_or ||
                             insn->opc == IR_xor)) {
            opt_set_copy(s, insn, y);
            return true;
        }
        break;
    case IR_sub:
        if (kb && b == 0) {
            opt_set_copy(s, insn, x);
            return true;
        }
        break;
    case IR_and:
        if ((kb && b == 0) || (ka && a == 0)) {
            opt_set_const(s, insn, 0);
            return true;
        }
        if (kb && b == mask) {
            opt_set_copy(s, insn, x);
            return true;
        }
        break;
    case IR_mul:
        if ((kb && b == 0) || (ka && a == 0)) {
            opt_set_const(s, insn, 0);
            return true;
        }
        if (kb && b == 1) {
            opt_set_copy(s, insn, x);
            return true;
        }
        break;
    default:
        break;
    }
    if (x == y && !insn->w32 &&
        (insn->opc == IR_sub || insn->opc == IR_xor)) {
        opt_set_const(s, insn, 0);
        return true;
    }
    return false;
}

/* Remember d = base + imm (imm fits 32 bits) so guest accesses through d
 * can address base directly with a displacement. */
static void opt_note_sum(OptState *s, const IRInsn *insn, bool kb, uint64_t b)
{
    IRTempId d = insn->args[0], base = insn->args[1];
    int64_t imm = (int64_t)b;

    if (insn->opc != IR_add || insn->w32 || !kb || d == base ||
        imm != (int32_t)imm || s->ctx->temps[d].kind != IR_TEMP_NORMAL) {
        return;
    }
    s->t[d].is_sum = 1;
    s->t[d].copy_of = base;
    s->t[d].copy_ver = s->t[base].version;
    s->t[d].val = b;
}

/* ld/st through a known sum: use the sum's base and fold the offset. */
static void opt_fold_address(OptState *s, IRInsn *insn)
{
    const int ai = 1, mi = 2; /* ld d, addr, mo, off / st v, addr, mo, off */
    IRArg a = insn->args[ai];
    OptTemp *ot = &s->t[a];

    if (!ot->is_sum || s->t[ot->copy_of].version != ot->copy_ver ||
        (insn->args[mi] & IR_MO_ALIGN)) {
        return;
    }
    int64_t off = (int64_t)insn->args[mi + 1] + (int64_t)ot->val;
    if (off != (int32_t)off) {
        return;
    }
    insn->args[ai] = ot->copy_of;
    insn->args[mi + 1] = (IRArg)off;
}

static void opt_pure(OptState *s, IRInsn *insn)
{
    const IROpDef *def = &ir_op_defs[insn->opc];
    int ni = def->nb_iargs;
    uint64_t in[4] = {0};
    bool known[4] = {false};
    bool all = true;

    for (int i = 0; i < ni; i++) {
        known[i] = opt_known(s, insn->args[1 + i], &in[i]);
        all &= known[i];
    }
    uint64_t out;
    if (all && ir_eval(insn->opc, insn->w32, in, &insn->args[1 + ni], &out)) {
        opt_set_const(s, insn, out);
        return;
    }
    if (insn->opc == IR_mov && !insn->w32) {
        opt_set_copy(s, insn, insn->args[1]);
        return;
    }
    if (s->kb && opt_is_identity(s, insn)) {
        opt_set_copy(s, insn, insn->args[1]);
        return;
    }
    if (ni == 2 && opt_simplify(s, insn, known[0], in[0], known[1], in[1])) {
        return;
    }
    OptBits bits = opt_eval_bits(s, insn, insn->w32);
    opt_forget(s, insn->args[0]);
    opt_put_bits(s, insn->args[0], bits);
    opt_note_sum(s, insn, known[1], in[1]);
}

/* Known bits of a load's result: the memop's width and signedness. */
static void opt_load_bits(OptState *s, const IRInsn *insn, unsigned mo)
{
    int w = 8 << (mo & IR_MO_SIZE);

    if (w == 64) {
        return;
    }
    if (mo & IR_MO_SIGN) {
        opt_put_bits(s, insn->args[0], (OptBits){~0ull, 64 - w + 1});
    } else {
        opt_put_bits(s, insn->args[0], (OptBits){opt_low_mask(w), 1});
    }
}

static void opt_brcond(OptState *s, IRInsn *insn)
{
    uint64_t a, b;
    if (!opt_known(s, insn->args[0], &a) || !opt_known(s, insn->args[1], &b)) {
        return;
    }
    if (ir_eval_cond((IRCond)insn->args[2], insn->w32, a, b)) {
        insn->opc = IR_br;
        insn->nargs = 1;
        insn->args[0] = insn->args[3];
    } else {
        insn->opc = IR_nop;
        insn->nargs = 0;
    }
}

static void opt_forward(OptState *s)
{
    IRContext *ctx = s->ctx;
    uint32_t side_end = 0; /* ops before this run only on an exit's side */

    for (uint32_t i = 0; i < ctx->nb_insns; i++) {
        IRInsn *insn = &ctx->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        int no = def->nb_oargs;

        if (i < side_end) {
            /* Taken side of an exit_cond: it sees the facts that hold at
             * the branch, and the fall-through learns nothing from it. */
            for (int j = no; j < no + def->nb_iargs; j++) {
                insn->args[j] = opt_input(s, insn->args[j]);
            }
            for (int j = 0; j < no; j++) {
                opt_forget(s, insn->args[j]);
            }
            continue;
        }
        if (insn->opc == IR_exit_cond) {
            side_end = i + 1 + (uint32_t)insn->args[5];
        }
        for (int j = no; j < no + def->nb_iargs; j++) {
            insn->args[j] = opt_input(s, insn->args[j]);
        }
        switch (insn->opc) {
        case IR_set_label:
            opt_forget_all(s);
            continue;
        case IR_brcond:
            opt_brcond(s, insn);
            continue;
        case IR_call: {
            const IRHelper *h = (const IRHelper *)(uintptr_t)insn->args[7];
            if (!(h->flags & IR_HELPER_NO_WRITE_GLOBALS)) {
                opt_forget_globals(s);
            }
            opt_forget(s, insn->args[0]);
            continue;
        }
        case IR_movi:
            opt_set_const(s, insn, insn->args[1]);
            continue;
        case IR_ld:
        case IR_st:
            opt_fold_address(s, insn);
            break;
        default:
            break;
        }
        if (no == 1 && !(def->flags & IR_F_SIDE) && insn->opc != IR_ld &&
            insn->opc != IR_ld_env) {
            if (s->kb && i + 1 < ctx->nb_insns) {
                opt_widen_w32(s, insn, &ctx->insns[i + 1]);
            }
            opt_pure(s, insn);
        } else if (no == 1) {
            opt_forget(s, insn->args[0]);
            if (insn->opc == IR_ld || insn->opc == IR_ld_env) {
                opt_load_bits(s, insn, (unsigned)insn->args[2]);
            }
        }
    }
}

/* Backward dead-code elimination over non-global temps. */
static void opt_dce(IRContext *ctx)
{
    static uint8_t used[IR_MAX_TEMPS];

    /* LOCAL temps may be read before (in program order) a write when a TB
     * loops back to a label: count any read anywhere as a use. */
    memset(used, 0, ctx->nb_temps);
    for (uint32_t i = 0; i < ctx->nb_insns; i++) {
        const IRInsn *insn = &ctx->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        for (int j = def->nb_oargs; j < def->nb_oargs + def->nb_iargs; j++) {
            IRArg a = insn->args[j];
            if (a != IR_ARG_NONE && ctx->temps[a].kind == IR_TEMP_LOCAL) {
                used[a] = 1;
            }
        }
    }
    for (int i = (int)ctx->nb_insns - 1; i >= 0; i--) {
        IRInsn *insn = &ctx->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        int no = def->nb_oargs;

        if (insn->opc == IR_nop) {
            continue;
        }
        /* Guest loads stay: a load to x0 must still fault like hardware. */
        if (!(def->flags & (IR_F_SIDE | IR_F_SYNC)) && no == 1) {
            IRTempId d = insn->args[0];
            IRTempKind k = ctx->temps[d].kind;
            if (k != IR_TEMP_GLOBAL && !used[d]) {
                insn->opc = IR_nop;
                insn->nargs = 0;
                continue;
            }
        }
        for (int j = no; j < no + def->nb_iargs; j++) {
            if (insn->args[j] != IR_ARG_NONE) {
                used[insn->args[j]] = 1;
            }
        }
    }
}

void ir_optimize(IRContext *ctx)
{
    OptState *s = &opt_state;

    s->ctx = ctx;
    s->kb = tuning_on(TUNING_known_bits);
    memset(s->t, 0, sizeof(s->t[0]) * ctx->nb_temps);
    opt_forward(s);
    ir_promote_locals(ctx);
    opt_dce(ctx);
}

#undef OPT_M32
