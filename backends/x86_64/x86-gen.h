/*
 * The x86-64 backend's per-TB generation state, shared by the register
 * allocator (x86-regalloc.c), the lowering files (x86-lower-*.c) and the
 * driver (x86-backend.c). Nothing outside backends/x86_64 includes this.
 *
 * Host register conventions (the backend's ABI, relied on everywhere):
 *   r14  env: the CPU state pointer (IR temp IR_ENV lives here, always)
 *   r15  guest_base (loaded from the variable by the prologue); used as
 *        [r15 + addr] only when guest_base was nonzero at generation time.
 *        When it is 0, the guest address checks keep the address limit in
 *        r15 instead, loaded lazily (x86-lower-mem.c); helpers preserve it
 *        (callee-saved).
 *   rsp  16-byte aligned inside TB code; [rsp, rsp + X86_FRAME_SIZE) is the
 *        spill area (8-byte slots) for LOCAL temps and spilled temps
 *   allocatable: rax rcx rdx rbx rbp rsi rdi r8-r13. Globals prefer the
 *        callee-saved rbx/rbp/r12/r13 so helper calls do not evict them.
 *
 * Register allocation, forward over one TB:
 *   - A temp's value lives in a register (X86TempState.reg) and/or in its
 *     memory home (env field for globals, a stack slot otherwise).
 *     `dirty` means the register is newer than the home.
 *   - Globals are loaded on first use and stay cached; dirty globals are
 *     written back before IR_F_SYNC ops and helper calls that may touch
 *     globals (and stay cached clean), and at every basic-block end, after
 *     which all registers are empty. Helpers that may write globals drop
 *     the cached copies.
 *   - NORMAL temps die at their block's end. A NORMAL temp read in a later
 *     block than the one that wrote it is treated as LOCAL (its `kind`
 *     here is promoted). LOCAL temps are stored to their slot at block
 *     ends.
 *   - next-use distances (computed backwards per block) pick spill victims
 *     (farthest next use first) and free registers of dead temps.
 *   - Within one IR op, registers in `locked` are not evicted: the inputs
 *     already in registers, the output, scratch registers. An op's
 *     lowering claims fixed registers first, then reads inputs, then
 *     allocates the output, then emits; flags are never live across ops.
 *
 * Translation is serialized by the core (DESIGN.md, decision 4), so one
 * static X86Gen serves all TBs.
 */
#ifndef MIMIC_X86_GEN_H
#define MIMIC_X86_GEN_H

#include <stdbool.h>
#include <stdint.h>

#include "backends/x86_64/x86-emit.h"
#include "translator/backend.h"
#include "translator/ir.h"

#define X86_FRAME_SLOTS 256
#define X86_FRAME_SIZE (X86_FRAME_SLOTS * 8 + 8) /* +8: 16-align the calls */
#define X86_NO_USE 0xffff   /* next-use distance of a dead value */
#define X86_MAX_TEMP_ARGS 7 /* outputs + inputs of one op (call: 1 + 6) */
/* Room one op's code (and the syncs before it) may take. */
#define X86_OP_MARGIN 512
/* Globals kept in registers across the iterations of a self-loop TB. */
#define X86_MAX_LOOP_REGS 6

enum {
    X86_REG_FREE = -1,
    X86_REG_SCRATCH = -2, /* locked for the current op, no temp */
};

/* Allocatable register sets. */
#define X86_CALLER_SAVED                                                    \
    ((1u << X86_RAX) | (1u << X86_RCX) | (1u << X86_RDX) | (1u << X86_RSI) | \
     (1u << X86_RDI) | (1u << X86_R8) | (1u << X86_R9) | (1u << X86_R10) |  \
     (1u << X86_R11))
#define X86_CALLEE_SAVED                                                    \
    ((1u << X86_RBX) | (1u << X86_RBP) | (1u << X86_R12) | (1u << X86_R13))

typedef struct X86Features {
    bool bmi1, bmi2, lzcnt, popcnt;
    bool fma; /* and AVX enabled by the OS: VEX FMA3 */
} X86Features;

/* Detected once by init(); tests may clear bits to exercise fallbacks. */
extern X86Features x86_features;

typedef struct X86TempState {
    int8_t reg;     /* host register, or -1 */
    uint8_t dirty;  /* register newer than the memory home */
    uint8_t kind;   /* IRTempKind, NORMAL promoted to LOCAL if needed */
    int16_t slot;   /* stack slot, or -1 */
    uint16_t next;  /* index of the next use, or X86_NO_USE */
} X86TempState;

/* An operand of one instruction: register, immediate or memory. */
typedef enum X86OpndKind { X86_OPND_REG, X86_OPND_IMM, X86_OPND_MEM } X86OpndKind;

typedef struct X86Opnd {
    X86OpndKind kind;
    int reg;
    int64_t imm;
    X86Mem mem;
} X86Opnd;

/* A rel32 to a label, resolved when gen_code finishes. */
typedef struct X86LabelRef {
    uint32_t off; /* of the rel32, from the TB start */
    uint32_t label;
} X86LabelRef;

/* Out-of-line fault for one guest access (x86-lower-mem.c): a misaligned
 * IR_MO_ALIGN access (cpu_unaligned_access) or an address beyond the guest
 * VA width (SIGSEGV at addr_reg + disp). */
typedef enum X86StubKind { X86_STUB_ALIGN, X86_STUB_BOUNDS } X86StubKind;

typedef struct X86AlignStub {
    uint32_t jcc_off;    /* rel32 of the jcc into the stub */
    uint32_t access_off; /* host pc reported to the core */
    int8_t addr_reg;
    uint8_t kind;        /* X86StubKind */
    int8_t check_reg;    /* BOUNDS: the register compared (base or scratch) */
    int32_t disp;        /* BOUNDS: the folded offset */
    int32_t map;         /* index in X86Gen.maps, or -1 */
    uint32_t limit_ref;  /* BOUNDS: rel32 of the cmp's rip-relative limit,
                            0 when the limit is in r15 */
} X86AlignStub;

/* Which registers hold dirty globals at some point, and each one's home
 * in the CPU state (x86_ra_dirty_globals, x86_store_dirty). */
typedef struct X86DirtyRegs {
    uint16_t mask;
    uint16_t env_off[X86_NB_REGS]; /* one per mask bit, low bit first */
} X86DirtyRegs;

/* The taken side of an IR exit_cond, emitted after the TB's code
 * (x86-lower-ctl.c): store the dirty globals that were in registers at the
 * branch, then leave through goto_tb `slot` to guest pc `dest`. */
typedef struct X86ExitStub {
    uint32_t jcc_off; /* rel32 of the jcc into the stub */
    uint8_t slot;
    X86DirtyRegs regs;
    uint64_t dest;
} X86ExitStub;

/* The slow path of one IR fop (x86-lower-fp.c), emitted after the TB's
 * code: every jcc in jcc_off enters it, it returns to back_off. */
typedef struct X86FpStub {
    const IRFpOp *op;
    uint32_t jcc_off[6];
    uint8_t nb_jcc;
    int8_t d_reg;
    uint16_t save;  /* caller-saved registers holding something */
    X86Opnd x;      /* register or immediate */
    uint32_t back_off;
} X86FpStub;

typedef struct X86FaultMap {
    uint32_t access_off; /* host offset of the access instruction */
    X86DirtyRegs regs;
} X86FaultMap;

typedef struct X86Gen {
    X86Asm a;
    IRContext *ctx;
    TranslationBlock *tb;
    uint8_t *code; /* TB start */
    uint8_t *end;  /* must not pass */
    uint32_t cur;  /* index of the op being lowered */
    uint32_t nb_insn_starts;
    uint32_t exit_req_jcc; /* rel32 of the entry check's jne */
    uint16_t locked;
    int32_t reg_temp[X86_NB_REGS]; /* owning temp, or X86_REG_* */
    int32_t slot_owner[X86_FRAME_SLOTS];
    X86TempState t[IR_MAX_TEMPS];
    uint16_t next_use[IR_MAX_INSNS][X86_MAX_TEMP_ARGS];
    int32_t label_off[IR_MAX_LABELS];
    X86LabelRef label_refs[IR_MAX_INSNS];
    uint32_t nb_label_refs;
    X86AlignStub stubs[2 * IR_MAX_INSNS]; /* an access may have both */
    uint32_t nb_stubs;
    /* IR loop_back: where the loop starts and the globals preloaded there
     * (x86-lower-ctl.c). */
    /* lazy_sync: the dirty globals in registers at each guest access
     * (x86-lower-mem.c), written after the TB's code as its fault_map. */
    X86FaultMap maps[IR_MAX_INSNS];
    uint32_t nb_maps;
    X86FpStub fp_stubs[IR_MAX_INSNS];
    uint32_t nb_fp_stubs;
    X86ExitStub exits[TB_MAX_JUMPS];
    uint32_t nb_exits;
    /* exit_cond with taken-side ops: how many ops after it the driver
     * skips, and the allocator state kept while lowering them. */
    uint32_t skip_ops;
    int32_t saved_reg_temp[X86_NB_REGS];
    int32_t saved_slot_owner[X86_FRAME_SLOTS];
    uint16_t saved_locked;
    X86TempState saved_t[IR_MAX_TEMPS];
    uint32_t loop_head_off;
    int nb_loop;
    IRTempId loop_temp[X86_MAX_LOOP_REGS];
    int8_t loop_reg[X86_MAX_LOOP_REGS];
    bool loop_written[X86_MAX_LOOP_REGS]; /* written in the body: kept
                                              dirty across the back edge */
} X86Gen;

/* Addresses inside the prologue area, set by init(). */
extern const uint8_t *x86_epilogue;  /* returns rax to the loop */
extern const uint8_t *x86_exit_zero; /* returns 0 */

static inline IRTempId x86_arg(const IRInsn *insn, int i)
{
    return (IRTempId)insn->args[i];
}

static inline uint32_t x86_off(const X86Gen *s)
{
    return (uint32_t)(s->a.ptr - s->code);
}

static inline bool x86_is_const(const X86Gen *s, IRTempId t)
{
    return s->ctx->temps[t].kind == IR_TEMP_CONST;
}

static inline int64_t x86_const_val(const X86Gen *s, IRTempId t)
{
    return s->ctx->temps[t].val;
}

/* ---- x86-regalloc.c ------------------------------------------------------ */

/* Reset per-TB state and compute next-use information. */
void x86_ra_begin(X86Gen *s);
/* Lock the op's inputs that already sit in registers. */
void x86_ra_op_begin(X86Gen *s, const IRInsn *insn);
/* Free dead temps, update next-use, drop locks and scratch registers. */
void x86_ra_op_end(X86Gen *s, const IRInsn *insn);
/* The globals dirty in registers now, but `exclude` (or IR_ARG_NONE). */
void x86_ra_dirty_globals(const X86Gen *s, IRTempId exclude, X86DirtyRegs *d);
/* Store them to the CPU state (the allocator's state is left alone). */
void x86_store_dirty(X86Gen *s, const X86DirtyRegs *d);
/* Save and restore the whole allocator state (around code that runs on
 * one side of a branch only). */
void x86_ra_save(X86Gen *s);
void x86_ra_restore(X86Gen *s);
/* The allocator's view of op s->cur when this path does not run it: its
 * inputs' next uses move on and those that die free their registers. */
void x86_ra_skip_op(X86Gen *s, const IRInsn *insn);

/* Make `reg` free and locked for this op (moving or spilling its temp). */
void x86_ra_claim(X86Gen *s, int reg);
/* A free locked scratch register from `mask` (0 = any allocatable). */
int x86_ra_scratch(X86Gen *s, uint16_t mask);
/* t's value in a register, locked (consts load into a scratch). */
int x86_ra_in(X86Gen *s, IRTempId t);
/* Input `idx` of the current op as an operand: an immediate if allowed and
 * it fits (w32: any value), its memory home if allowed and the value is
 * not in a register and dies here, else a register. */
X86Opnd x86_ra_opnd(X86Gen *s, const IRInsn *insn, int idx, bool w32,
                    bool imm_ok, bool mem_ok);
/* Copy t's value into register `reg` without binding (reg is locked). */
void x86_ra_copy_to(X86Gen *s, IRTempId t, int reg, bool w32);
/* Can the op overwrite a's register to produce d? */
bool x86_ra_clobberable(X86Gen *s, IRTempId a, IRTempId d, int arg_index);
/* A register for output d (not yet holding anything useful), bound, dirty. */
int x86_ra_out(X86Gen *s, IRTempId d);
/* Output d initialised with a's value: reuses a's register when a dies. */
int x86_ra_out_from(X86Gen *s, IRTempId d, IRTempId a, int a_index,
                    bool w32);
/* Output d in a's register when a dies there, else a fresh register. */
int x86_ra_out_reuse(X86Gen *s, IRTempId d, IRTempId a, int a_index);
/* Bind output d to the (claimed or free) register reg, dirty. */
void x86_ra_bind(X86Gen *s, IRTempId d, int reg);
/* Forget t's register copy without storing it (t is being redefined). */
void x86_ra_drop(X86Gen *s, IRTempId t);
/* The memory home of a global, local or spilled temp. */
X86Mem x86_ra_home(X86Gen *s, IRTempId t);
/* Write back dirty globals (they stay cached, clean). */
void x86_ra_sync_globals(X86Gen *s);
/* Write back global t if it is dirty in a register (stays cached). */
void x86_ra_sync_one(X86Gen *s, IRTempId t);
/* x86_ra_sync_globals, except the loop globals the body writes, which stay
 * dirty in their registers across a loop_back (x86-lower-ctl.c). */
void x86_ra_sync_globals_but_loop(X86Gen *s);
/* Unbind every cached global (they must be clean). */
void x86_ra_drop_globals(X86Gen *s);
/* Block end: store dirty globals and locals, empty all registers. */
void x86_ra_bb_end(X86Gen *s);
/* Evacuate caller-saved registers before a call; `after[k]` is the next
 * use of args[k] after the call. Leaves only dead NORMAL temps there. */
void x86_ra_before_call(X86Gen *s, const IRTempId *args,
                        const uint16_t *after, int nargs, bool drop_globals);
/* Forget every temp in a caller-saved register (after the call). */
void x86_ra_after_call(X86Gen *s);

/* The host condition for an IR condition (not ALWAYS/NEVER). */
static inline X86Cond x86_cond(IRCond c)
{
    static const X86Cond map[] = {
        [IR_COND_EQ] = X86_CC_E,   [IR_COND_NE] = X86_CC_NE,
        [IR_COND_LT] = X86_CC_L,   [IR_COND_GE] = X86_CC_GE,
        [IR_COND_LTU] = X86_CC_B,  [IR_COND_GEU] = X86_CC_AE,
        [IR_COND_LE] = X86_CC_LE,  [IR_COND_GT] = X86_CC_G,
        [IR_COND_LEU] = X86_CC_BE, [IR_COND_GTU] = X86_CC_A,
    };
    return map[c];
}

/* The condition that holds for (b, a) when c holds for (a, b). */
static inline IRCond x86_cond_swap(IRCond c)
{
    switch (c) {
    case IR_COND_LT: return IR_COND_GT;
    case IR_COND_GT: return IR_COND_LT;
    case IR_COND_GE: return IR_COND_LE;
    case IR_COND_LE: return IR_COND_GE;
    case IR_COND_LTU: return IR_COND_GTU;
    case IR_COND_GTU: return IR_COND_LTU;
    case IR_COND_GEU: return IR_COND_LEU;
    case IR_COND_LEU: return IR_COND_GEU;
    default: return c;
    }
}

/* ---- lowering -------------------------------------------------------------- */

/* cmp ra, b (test ra, ra when b is the immediate 0). */
void x86_emit_cmp(X86Gen *s, bool w64, int ra, X86Opnd b);

void x86_lower_op(X86Gen *s, const IRInsn *insn);
/* Per-area entry points (return false if the op is not theirs). */
bool x86_lower_alu(X86Gen *s, const IRInsn *insn);
bool x86_lower_mem(X86Gen *s, const IRInsn *insn);
bool x86_lower_ctl(X86Gen *s, const IRInsn *insn);
bool x86_lower_fp(X86Gen *s, const IRInsn *insn);
/* A helper call: d = fn(args...). */
void x86_emit_call(X86Gen *s, const void *fn, unsigned flags, IRTempId d,
                   const IRTempId *args, const uint16_t *after, int nargs);
/* call fn: rel32 when reachable, else through rax. */
void x86_call_abs(X86Asm *a, const void *fn);
/* lazy_sync: the fault map of the ld/st being lowered (x86-lower-mem.c),
 * its storage after the code, and the fault-time lookup. */
int x86_fault_map_here(X86Gen *s, IRTempId exclude);
bool x86_emit_fault_maps(X86Gen *s);
void x86_fault_regs(const TranslationBlock *tb, uintptr_t host_pc,
                    const void *gregs, void *env);
/* If the TB has a loop_back, preload its hottest globals (after the entry
 * check) and mark the loop head. */
void x86_loop_head(X86Gen *s);
/* Emit the out-of-line code after the last op; false when out of room. */
bool x86_emit_stubs(X86Gen *s);
bool x86_emit_exit_stubs(X86Gen *s);
bool x86_emit_fp_stubs(X86Gen *s);

#endif
