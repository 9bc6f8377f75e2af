/*
 * The intermediate representation: temps, instructions, and the builder API
 * frontends use to emit them.
 *
 * One IRContext per translating thread. Globals (temps bound to CPU state
 * fields) are registered once and survive ir_reset(); everything else is per
 * translation block.
 *
 *   IRInsn  +-----+-----+-------+------+------------------------------+
 *           | opc | w32 | nargs | life | args[0..IR_MAX_ARGS)          |
 *           +-----+-----+-------+------+------------------------------+
 *   args: outputs first, then inputs (temp ids), then constants (raw).
 *   life: bit i set = input i is dead after this insn (set by liveness).
 *
 * Temp kinds:
 *   ENV     the CPU state pointer itself, fixed in a host register; pass it
 *           to helpers that take the CPU state.
 *   GLOBAL  a 64-bit CPU state field; cached in a host register inside a
 *           basic block, written back when dirty at block ends, before
 *           IR_F_SYNC ops and before helpers that read globals.
 *   LOCAL   lives across basic blocks of one TB (spilled at block ends).
 *   NORMAL  dies at the end of its basic block.
 *   CONST   an immediate; never written.
 */
#ifndef MIMIC_IR_H
#define MIMIC_IR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    IR_F_BB_END = 1 << 0,
    IR_F_SIDE = 1 << 1,
    IR_F_SYNC = 1 << 2,
    IR_F_COMMUTE = 1 << 3,
};

typedef enum IROpcode {
#define DEF(name, oargs, iargs, cargs, flags) IR_##name,
#include "ir-ops.def"
#undef DEF
    IR_NB_OPS
} IROpcode;

typedef struct IROpDef {
    const char *name;
    uint8_t nb_oargs, nb_iargs, nb_cargs;
    uint8_t flags;
} IROpDef;

extern const IROpDef ir_op_defs[IR_NB_OPS];

/* Conditions for setcond/movcond/brcond. ORDER: ir_cond_invert() flips the
 * low bit, so each condition sits next to its inverse. */
typedef enum IRCond {
    IR_COND_EQ, IR_COND_NE,
    IR_COND_LT, IR_COND_GE,
    IR_COND_LTU, IR_COND_GEU,
    IR_COND_LE, IR_COND_GT,
    IR_COND_LEU, IR_COND_GTU,
    IR_COND_ALWAYS, IR_COND_NEVER,
} IRCond;

static inline IRCond ir_cond_invert(IRCond c)
{
    return (IRCond)(c ^ 1);
}

/* Memory operation descriptor for ld/st/ld_env/st_env. */
typedef enum IRMemOp {
    IR_MO_8 = 0,
    IR_MO_16 = 1,
    IR_MO_32 = 2,
    IR_MO_64 = 3,
    IR_MO_SIZE = 3,
    IR_MO_SIGN = 4,  /* sign-extend loads to 64 bits */
    IR_MO_ALIGN = 8, /* fault (SIGBUS) if not naturally aligned */
} IRMemOp;

/* Barrier kinds for IR_mb. Only store->load ordering costs on x86. */
enum {
    IR_MB_LD_LD = 1,
    IR_MB_LD_ST = 2,
    IR_MB_ST_LD = 4,
    IR_MB_ST_ST = 8,
    IR_MB_ALL = 15,
};

typedef enum IRTempKind {
    IR_TEMP_NORMAL,
    IR_TEMP_LOCAL,
    IR_TEMP_GLOBAL,
    IR_TEMP_ENV,
    IR_TEMP_CONST,
} IRTempKind;

typedef uint32_t IRTempId;
typedef uint64_t IRArg;

#define IR_ARG_NONE ((IRArg)UINT32_MAX)
#define IR_MAX_ARGS 9
#define IR_MAX_TEMPS 4096
#define IR_MAX_INSNS 4096
#define IR_MAX_LABELS 256
#define IR_MAX_GLOBALS 160
#define IR_MAX_SIDE_OPS 16 /* taken-side ops of one exit_cond */
#define IR_ENV 0 /* temp id of the CPU state pointer */

typedef struct IRTemp {
    IRTempKind kind;
    int32_t env_offset; /* GLOBAL: byte offset in the CPU state */
    int64_t val;        /* CONST: the value */
    const char *name;   /* GLOBAL: for dumps */
    /* Backend scratch, reset per TB. */
    int8_t reg;         /* host register holding it, or -1 */
    uint8_t dirty;      /* register copy newer than memory */
    uint8_t mem_valid;  /* memory copy is current */
    int32_t spill_slot; /* LOCAL/NORMAL spill offset, or -1 */
} IRTemp;

typedef struct IRInsn {
    uint8_t opc;
    uint8_t w32;
    uint8_t nargs;
    uint16_t life;
    IRArg args[IR_MAX_ARGS];
} IRInsn;

/* Helper flags (IRHelper.flags). Default 0 = may read and write any global
 * and may raise (the frontend must have stored pc first). */
enum {
    IR_HELPER_NO_READ_GLOBALS = 1 << 0,
    IR_HELPER_NO_WRITE_GLOBALS = 1 << 1,
    IR_HELPER_PURE = IR_HELPER_NO_READ_GLOBALS | IR_HELPER_NO_WRITE_GLOBALS,
};

/* A C function called from generated code: uint64_t fn(uint64_t...). */
typedef struct IRHelper {
    void *fn;
    const char *name;
    unsigned flags;
} IRHelper;

#define IR_HELPER(fn_, flags_) { (void *)(fn_), #fn_, (flags_) }

/*
 * An FP operation for IR fop (TUNING_fp_inline). The generated code does
 * it on the host FPU (MXCSR in its default state: round to nearest, no
 * DAZ/FTZ, exceptions masked) and keeps that result when
 *   - input x is 0 (riscv64: the rounding mode, RNE),
 *   - every guard holds: the CPU state's 32-bit word at env_off ANDed
 *     with mask is nonzero if `set`, zero otherwise,
 *   - boxed: the upper 32 bits of a, b and c are all ones (riscv64
 *     NaN-boxed singles),
 *   - the result's biased exponent e satisfies exp_lo <= e < exp_hi;
 * otherwise d = slow(env, a, b, c, x), the exact operation, which accrues
 * the guest's FP flags itself. The frontend picks the guards and the
 * range so that the fast result is exactly the guest's and raises no flag
 * that is not already set. Singles are in the low 32 bits (upper zero).
 */
typedef enum IRFpKind {
    IR_FP_ADD, IR_FP_SUB, IR_FP_MUL, IR_FP_DIV, IR_FP_SQRT,
    IR_FP_FMA, /* (+-(a * b)) + (+-c), rounded once */
} IRFpKind;

enum {
    IR_FP_NEG_PROD = 1, /* FMA: negate a * b */
    IR_FP_NEG_ADD = 2,  /* FMA: negate c */
    IR_FP_NEG_RES = 4,  /* negate the result (not FMA) */
};

typedef struct IRFpGuard {
    int32_t env_off; /* < 0: no test */
    uint32_t mask;
    bool set;
} IRFpGuard;

typedef struct IRFpOp {
    const char *name;
    uint8_t kind; /* IRFpKind */
    uint8_t neg;  /* IR_FP_NEG_* */
    bool dbl;
    bool boxed;
    uint16_t exp_lo, exp_hi;
    IRFpGuard guard[2];
    uint64_t (*slow)(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                     uint64_t x);
} IRFpOp;

typedef struct IRContext {
    IRTemp temps[IR_MAX_TEMPS];
    IRInsn insns[IR_MAX_INSNS];
    uint32_t nb_globals; /* temps [0, nb_globals) survive ir_reset */
    uint32_t nb_temps;
    uint32_t nb_insns;
    uint32_t nb_labels;
    bool overflow; /* too many insns/temps: frontend must end the TB */
} IRContext;

void ir_context_init(IRContext *ctx);
void ir_reset(IRContext *ctx);
IRTempId ir_global(IRContext *ctx, int32_t env_offset, const char *name);
IRTempId ir_temp(IRContext *ctx);
IRTempId ir_local(IRContext *ctx);
IRTempId ir_const(IRContext *ctx, int64_t val);
uint32_t ir_new_label(IRContext *ctx);
/* True when the TB should end now (room left for one more guest insn). */
bool ir_nearly_full(const IRContext *ctx);

IRInsn *ir_emit(IRContext *ctx, IROpcode opc, bool w32, int nargs, ...);

void ir_dump(const IRContext *ctx, void (*print)(const char *fmt, ...));

static inline bool ir_temp_is_const(const IRContext *ctx, IRTempId t)
{
    return ctx->temps[t].kind == IR_TEMP_CONST;
}

/* ---- builder API ---------------------------------------------------- */

#define IR_BINOP(name)                                                     \
    static inline void ir_##name(IRContext *c, IRTempId d, IRTempId a,     \
                                 IRTempId b)                               \
    {                                                                      \
        ir_emit(c, IR_##name, false, 3, (IRArg)d, (IRArg)a, (IRArg)b);     \
    }                                                                      \
    static inline void ir_##name##32(IRContext *c, IRTempId d, IRTempId a, \
                                     IRTempId b)                           \
    {                                                                      \
        ir_emit(c, IR_##name, true, 3, (IRArg)d, (IRArg)a, (IRArg)b);      \
    }                                                                      \
    static inline void ir_##name##i(IRContext *c, IRTempId d, IRTempId a,  \
                                    int64_t imm)                           \
    {                                                                      \
        ir_##name(c, d, a, ir_const(c, imm));                              \
    }
IR_BINOP(add)
IR_BINOP(sub)
IR_BINOP(mul)
IR_BINOP(mulsh)
IR_BINOP(muluh)
IR_BINOP(divs)
IR_BINOP(divu)
IR_BINOP(rems)
IR_BINOP(remu)
IR_BINOP(and)
IR_BINOP(or)
IR_BINOP(xor)
IR_BINOP(andc)
IR_BINOP(orc)
IR_BINOP(xnor)
IR_BINOP(shl)
IR_BINOP(shr)
IR_BINOP(sar)
IR_BINOP(rotl)
IR_BINOP(rotr)
#undef IR_BINOP

#define IR_UNOP(name)                                                       \
    static inline void ir_##name(IRContext *c, IRTempId d, IRTempId a)      \
    {                                                                       \
        ir_emit(c, IR_##name, false, 2, (IRArg)d, (IRArg)a);                \
    }                                                                       \
    static inline void ir_##name##32(IRContext *c, IRTempId d, IRTempId a)  \
    {                                                                       \
        ir_emit(c, IR_##name, true, 2, (IRArg)d, (IRArg)a);                 \
    }
IR_UNOP(mov)
IR_UNOP(neg)
IR_UNOP(not)
IR_UNOP(ext8s)
IR_UNOP(ext8u)
IR_UNOP(ext16s)
IR_UNOP(ext16u)
IR_UNOP(ext32s)
IR_UNOP(ext32u)
IR_UNOP(bswap)
IR_UNOP(clz)
IR_UNOP(ctz)
IR_UNOP(cpop)
#undef IR_UNOP

static inline void ir_movi(IRContext *c, IRTempId d, int64_t v)
{
    ir_emit(c, IR_movi, false, 2, (IRArg)d, (IRArg)v);
}

static inline void ir_setcond(IRContext *c, IRCond cond, IRTempId d,
                              IRTempId a, IRTempId b)
{
    ir_emit(c, IR_setcond, false, 4, (IRArg)d, (IRArg)a, (IRArg)b,
            (IRArg)cond);
}

static inline void ir_setcond32(IRContext *c, IRCond cond, IRTempId d,
                                IRTempId a, IRTempId b)
{
    ir_emit(c, IR_setcond, true, 4, (IRArg)d, (IRArg)a, (IRArg)b,
            (IRArg)cond);
}

/* d = a + (b << k): a register-offset address (x86 lea up to k = 3). */
static inline void ir_addsh(IRContext *c, IRTempId d, IRTempId a, IRTempId b,
                            unsigned k)
{
    ir_emit(c, IR_addsh, false, 4, (IRArg)d, (IRArg)a, (IRArg)b, (IRArg)k);
}

static inline void ir_movcond(IRContext *c, IRCond cond, IRTempId d,
                              IRTempId c1, IRTempId c2, IRTempId v1,
                              IRTempId v2)
{
    ir_emit(c, IR_movcond, false, 6, (IRArg)d, (IRArg)c1, (IRArg)c2,
            (IRArg)v1, (IRArg)v2, (IRArg)cond);
}

static inline void ir_ld(IRContext *c, IRTempId d, IRTempId addr,
                         IRMemOp mo)
{
    ir_emit(c, IR_ld, false, 4, (IRArg)d, (IRArg)addr, (IRArg)mo, (IRArg)0);
}

static inline void ir_st(IRContext *c, IRTempId val, IRTempId addr,
                         IRMemOp mo)
{
    ir_emit(c, IR_st, false, 4, (IRArg)val, (IRArg)addr, (IRArg)mo, (IRArg)0);
}

static inline void ir_ld_env(IRContext *c, IRTempId d, int32_t off,
                             IRMemOp mo)
{
    ir_emit(c, IR_ld_env, false, 3, (IRArg)d, (IRArg)off, (IRArg)mo);
}

static inline void ir_st_env(IRContext *c, IRTempId val, int32_t off,
                             IRMemOp mo)
{
    ir_emit(c, IR_st_env, false, 3, (IRArg)val, (IRArg)off, (IRArg)mo);
}

static inline void ir_set_label(IRContext *c, uint32_t label)
{
    ir_emit(c, IR_set_label, false, 1, (IRArg)label);
}

static inline void ir_br(IRContext *c, uint32_t label)
{
    ir_emit(c, IR_br, false, 1, (IRArg)label);
}

static inline void ir_brcond(IRContext *c, IRCond cond, IRTempId a,
                             IRTempId b, uint32_t label)
{
    ir_emit(c, IR_brcond, false, 4, (IRArg)a, (IRArg)b, (IRArg)cond,
            (IRArg)label);
}

static inline void ir_brcond32(IRContext *c, IRCond cond, IRTempId a,
                               IRTempId b, uint32_t label)
{
    ir_emit(c, IR_brcond, true, 4, (IRArg)a, (IRArg)b, (IRArg)cond,
            (IRArg)label);
}

static inline void ir_insn_start(IRContext *c, uint64_t pc)
{
    ir_emit(c, IR_insn_start, false, 1, (IRArg)pc);
}

static inline void ir_goto_tb(IRContext *c, int slot)
{
    ir_emit(c, IR_goto_tb, false, 1, (IRArg)slot);
}

static inline void ir_exit_tb(IRContext *c, uint64_t val)
{
    ir_emit(c, IR_exit_tb, false, 1, (IRArg)val);
}

/* w32: compare the low 32 bits only (as brcond32). */
static inline void ir_loop_back_w(IRContext *c, bool w32, IRCond cond,
                                  IRTempId a, IRTempId b)
{
    ir_emit(c, IR_loop_back, w32, 3, (IRArg)a, (IRArg)b, (IRArg)cond);
}

static inline void ir_loop_back(IRContext *c, IRCond cond, IRTempId a,
                                IRTempId b)
{
    ir_loop_back_w(c, false, cond, a, b);
}

static inline void ir_exit_cond_w(IRContext *c, bool w32, IRCond cond,
                                  IRTempId a, IRTempId b, int slot,
                                  uint64_t pc)
{
    ir_emit(c, IR_exit_cond, w32, 6, (IRArg)a, (IRArg)b, (IRArg)cond,
            (IRArg)slot, (IRArg)pc, 0);
}

static inline void ir_exit_cond(IRContext *c, IRCond cond, IRTempId a,
                                IRTempId b, int slot, uint64_t pc)
{
    ir_exit_cond_w(c, false, cond, a, b, slot, pc);
}

static inline void ir_goto_ptr(IRContext *c)
{
    ir_emit(c, IR_goto_ptr, false, 0);
}

static inline void ir_mb(IRContext *c, unsigned kind)
{
    ir_emit(c, IR_mb, false, 1, (IRArg)kind);
}

/* d = helper(args...); d may be IR_ARG_NONE-like: pass ir_temp() and ignore.
 * Up to 6 arguments. */
void ir_call(IRContext *c, const IRHelper *h, IRTempId d, int nargs, ...);
/* d = op(a, b, c) with x as IRFpOp says; unused inputs may repeat a. */
void ir_fop(IRContext *c, const IRFpOp *op, IRTempId d, IRTempId a,
            IRTempId b, IRTempId cc, IRTempId x);

/* ---- passes (translator/optimize.c, translator/liveness.c) ---------- */

void ir_optimize(IRContext *ctx);
/* Evaluate a pure op (arithmetic, logic, shifts, extensions, setcond,
 * movcond) on constant inputs: the single definition of IR semantics that
 * both the folder and the backend tests use. Returns false for ops with
 * side effects or no fixed value. */
bool ir_eval(IROpcode opc, bool w32, const uint64_t *in, const IRArg *cst,
             uint64_t *out);
/* Does `a cond b` hold, comparing in the op's width? */
bool ir_eval_cond(IRCond c, bool w32, uint64_t a, uint64_t b);
/* Set IRInsn.life: bit j set when input args[j] (a NORMAL or CONST temp) is
 * read for the last time by this insn. */
void ir_liveness(IRContext *ctx);
/* Turn NORMAL temps read outside the block that wrote them into LOCALs. */
void ir_promote_locals(IRContext *ctx);

#endif
