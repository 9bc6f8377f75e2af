/*
 * The aarch64 decoder's shared state and the pattern-table interface.
 *
 * As on riscv64, decoding is table driven: each translation file exports an
 * array of A64Pattern {mask, match, trans, name} ended by a zero entry;
 * translate.c tries the tables in the order below and calls the first
 * trans() whose (insn & mask) == match. A trans() returns false when the
 * encoding is unallocated or not implemented, which raises SIGILL at that pc
 * (whatever it emitted is dropped).
 *
 * Files and what they own:
 *   translate.c      decode loop, globals, operand access, TB exits, and
 *                    the IR passes on the flags (dead writes dropped,
 *                    flag work sunk out of loops and into side exits)
 *   trans-int.c      data processing (immediate and register), CRC32
 *   trans-branch.c   branches, exception generation (SVC, BRK, UDF)
 *   trans-sys.c      system: MRS/MSR, hints, barriers, DC/IC, CLREX
 *   trans-ldst.c     loads/stores of general and scalar FP/SIMD registers
 *                    (all single-register and pair forms, literal)
 *   trans-atomic.c   exclusives, acquire/release, LDAPR, LSE atomics
 *   trans-fp.c       scalar FP and AdvSIMD FP (fpu.c and fpu-nx.c do the
 *                    arithmetic)
 *   trans-simd.c     AdvSIMD integer, permutes, across-lanes, moves
 *   simd-ir.c        V register halves and inline lane arithmetic (SWAR)
 *   trans-simd-ldst.c LD1-4/ST1-4 (multiple, single, replicate)
 *   ifconv.c         which instructions a branch hammock may hold
 *                    (translator/ifconv.c converts it)
 */
#ifndef MIMIC_AARCH64_TRANSLATE_H
#define MIMIC_AARCH64_TRANSLATE_H

#include <stdbool.h>
#include <stdint.h>

#include "frontends/aarch64/cpu.h"
#include "translator/guest.h"
#include "translator/ir.h"

typedef enum A64DisasState {
    A64_DISAS_NEXT,   /* keep decoding */
    A64_DISAS_STOP,   /* end the TB after this insn; continue at next_pc */
    A64_DISAS_JUMPED, /* this insn emitted the TB exits itself */
} A64DisasState;

typedef struct A64DisasContext {
    IRContext *ir;
    CPUCommon *cpu;
    TranslationBlock *tb;
    uint64_t pc;      /* this instruction */
    uint64_t next_pc; /* pc + 4 */
    uint32_t insn;
    A64DisasState state;
    unsigned nb_slots; /* goto_tb slots used so far (TB_MAX_JUMPS at most) */
    /* Compare fusion (translate.c): the last flag-setting op of this TB.
     * cmp_kind says what it was; cmp_mark is ir->nb_insns right after it,
     * so users can check that no later insn changed the operands or the
     * flags. */
    int cmp_kind; /* A64_CMP_* */
    bool cmp_w32;
    IRTempId cmp_a, cmp_b, cmp_res;
    uint32_t cmp_mark;
    uint64_t cover_end; /* guest code translated beyond next_pc ends here
                           (ifconv.c), else 0 */
} A64DisasContext;

typedef struct A64Pattern {
    uint32_t mask, match;
    bool (*trans)(A64DisasContext *ctx, uint32_t insn);
    const char *name;
} A64Pattern;

/* The globals, registered by a64_init_globals(): x0..x30, sp (a64_x[31]),
 * pc and the four lazy flag words (see cpu.h). */
extern IRTempId a64_x[32];
extern IRTempId a64_pc, a64_nf, a64_zf, a64_cf, a64_vf;

/* Register operands. Register number 31 means XZR or SP depending on the
 * encoding: the _sp forms give SP, the others the zero register. */
IRTempId a64_gpr(A64DisasContext *ctx, int r);        /* 31 = XZR (const 0) */
IRTempId a64_gpr_sp(A64DisasContext *ctx, int r);     /* 31 = SP */
IRTempId a64_gpr_dst(A64DisasContext *ctx, int r);    /* 31 = discarded */
IRTempId a64_gpr_sp_dst(A64DisasContext *ctx, int r); /* 31 = SP */
/* Write a 32-bit result: zero-extends val into register r (31 = XZR). */
void a64_set_w(A64DisasContext *ctx, int r, IRTempId val);

/* Condition `cond` (the 4-bit A64 encoding) of the current flags as a 0/1
 * temp (fused with the last flag-setting compare where the decoder can). */
IRTempId a64_cond_value(A64DisasContext *ctx, int cond);

/* End the TB with a chained jump to `dest` through the next free slot. */
void a64_gen_goto(A64DisasContext *ctx, uint64_t dest);
/* End the TB jumping to the address in `target` (indirect branch). */
void a64_gen_goto_reg(A64DisasContext *ctx, IRTempId target);
/* Raise `excp` (EXCP_*) at the current pc. */
void a64_gen_exception(A64DisasContext *ctx, int excp);
/* Store the current pc to the CPU state (before a helper that may raise). */
void a64_gen_sync_pc(A64DisasContext *ctx);

/* Field extraction. */
static inline uint32_t a64_rd(uint32_t i) { return i & 31; }
static inline uint32_t a64_rn(uint32_t i) { return (i >> 5) & 31; }
static inline uint32_t a64_rm(uint32_t i) { return (i >> 16) & 31; }
static inline uint32_t a64_ra(uint32_t i) { return (i >> 10) & 31; }
static inline uint32_t a64_field(uint32_t i, int pos, int len)
{
    return (i >> pos) & ((1u << len) - 1);
}
static inline int64_t a64_sfield(uint32_t i, int pos, int len)
{
    return (int64_t)((uint64_t)i << (64 - pos - len)) >> (64 - len);
}

/* Tables, tried in this order. */
extern const A64Pattern a64_int_patterns[];       /* trans-int.c */
extern const A64Pattern a64_branch_patterns[];    /* trans-branch.c */
extern const A64Pattern a64_sys_patterns[];       /* trans-sys.c */
extern const A64Pattern a64_ldst_patterns[];      /* trans-ldst.c */
extern const A64Pattern a64_atomic_patterns[];    /* trans-atomic.c */
extern const A64Pattern a64_fp_patterns[];        /* trans-fp.c */
extern const A64Pattern a64_simd_patterns[];      /* trans-simd.c */
extern const A64Pattern a64_simd_ldst_patterns[]; /* trans-simd-ldst.c */

const A64Pattern *a64_lookup(uint32_t insn);
/* Translate ctx->insn; an unallocated one raises SIGILL. */
void a64_translate_one(A64DisasContext *ctx);

/* translate.c: what arch.c puts in the GuestArch. */
extern unsigned a64_max_insns;
void a64_init_globals(IRContext *ctx);
void a64_translate(IRContext *ctx, TranslationBlock *tb, CPUCommon *cpu);
void a64_cpu_reset(CPUCommon *cpu); /* all zero, exclusive monitor clear */
void a64_dump_state(CPUCommon *cpu, void (*print)(const char *, ...));
bool a64_cpu_select(const char *name); /* -cpu NAME / -cpu help */

/* ---- translate.c: conditions and compare fusion ---- */

/* A condition as one IR comparison: holds when (a cond b), compared in the
 * low 32 bits when w32. cond may be IR_COND_ALWAYS/NEVER (a, b unused). */
typedef struct A64Test {
    IRCond cond;
    IRTempId a, b;
    bool w32;
} A64Test;
static inline A64Test a64_test(IRCond cond, IRTempId a, IRTempId b, bool w32)
{
    A64Test t = {cond, a, b, w32};
    return t;
}
A64Test a64_cond_test(A64DisasContext *ctx, int cond);
/* ifconv.c: the hammock after a conditional branch to `target` taken when
 * t holds, as selects (translator/ifconv.h); false when it does not
 * apply, nothing emitted. */
bool a64_try_ifconv(A64DisasContext *ctx, A64Test t, uint64_t target);
/* d = cond ? v1 : v2 (64-bit values). */
void a64_cond_select(A64DisasContext *ctx, int cond, IRTempId d, IRTempId v1,
                     IRTempId v2);

/* What the last flag-setting op was, for compare fusion. Other code that
 * writes the flag globals (FCMP, MSR NZCV, CCMP) need not call anything:
 * a64_cond_test scans the IR emitted since the compare and falls back to
 * the flags when the flags or the operands were written meanwhile. */
enum {
    A64_CMP_NONE,
    A64_CMP_SUB,   /* flags of a - b (SUBS, CMP; CMN #imm as a - (-imm)) */
    A64_CMP_RES,   /* only N and Z known from res (ADDS) */
    A64_CMP_LOGIC, /* flags of res with C = V = 0 (ANDS, BICS, TST) */
};
/* Record a flag-setting op just emitted (a, b, res must not be written
 * again by the op itself after this call). */
void a64_note_cmp(A64DisasContext *ctx, int kind, bool w32, IRTempId a,
                  IRTempId b, IRTempId res);

#endif
