/*
 * The riscv64 decoder's shared state and the pattern-table interface.
 *
 * Decoding is table driven: each translation file exports an array of
 * RVPattern {mask, match, trans} ended by a zero entry; translate.c tries
 * the tables in order and calls the first trans() whose (insn & mask) ==
 * match. A trans() returns false when the encoding is illegal (reserved
 * fields, bad rounding mode ...), which raises SIGILL at that pc.
 *
 * Compressed instructions are expanded to their 32-bit equivalents before
 * lookup (rvc.c), so every trans() sees a 32-bit encoding; ctx->len says
 * how long the original was. A conditional branch may first offer its
 * hammock to if-conversion (ifconv.c, translator/ifconv.c).
 */
#ifndef MIMIC_RISCV64_TRANSLATE_H
#define MIMIC_RISCV64_TRANSLATE_H

#include <stdbool.h>
#include <stdint.h>

#include "frontends/riscv64/cpu.h"
#include "translator/guest.h"
#include "translator/ir.h"

typedef enum RVDisasState {
    RV_DISAS_NEXT,   /* keep decoding */
    RV_DISAS_STOP,   /* end the TB after this insn; continue at next_pc */
    RV_DISAS_JUMPED, /* this insn emitted the TB exits itself */
} RVDisasState;

typedef struct RVDisasContext {
    IRContext *ir;
    CPUCommon *cpu;
    TranslationBlock *tb;
    uint64_t pc;      /* this instruction */
    uint64_t next_pc; /* pc + len */
    uint32_t insn;    /* 32-bit (expanded) encoding */
    unsigned len;     /* 2 or 4 */
    unsigned nb_slots; /* goto_tb slots used so far (TB_MAX_JUMPS at most) */
    bool frm_checked;  /* frm known valid from here on (trans-fp.c) */
    uint64_t cover_end; /* guest code translated beyond next_pc ends here
                           (ifconv.c), else 0 */
    RVDisasState state;
} RVDisasContext;

typedef struct RVPattern {
    uint32_t mask, match;
    bool (*trans)(RVDisasContext *ctx, uint32_t insn);
    const char *name;
} RVPattern;

/* The globals, registered by rv_init_globals(). */
extern IRTempId rv_x[32]; /* rv_x[0] is unused: use rv_gpr() */
extern IRTempId rv_f[32];
extern IRTempId rv_pc, rv_frm;
/* fflags is not a global: the FP helpers accrue into env->fflags, and
 * trans-fp.c reads and writes it with ir_ld_env/ir_st_env. */

/* Source operand: x0 reads as constant 0. */
IRTempId rv_gpr(RVDisasContext *ctx, int r);
/* Destination: a fresh temp for x0 (result discarded) or the global. */
IRTempId rv_gpr_dst(RVDisasContext *ctx, int r);

/* End the TB with a chained jump to `dest` through the next free slot. */
void rv_gen_goto(RVDisasContext *ctx, uint64_t dest);
/* Raise `excp` (EXCP_*) at the current pc. */
void rv_gen_exception(RVDisasContext *ctx, int excp);
/* Store the current pc to the CPU state (before a helper that may raise). */
void rv_gen_sync_pc(RVDisasContext *ctx);

/* Field extraction. */
static inline uint32_t rv_rd(uint32_t i)  { return (i >> 7) & 31; }
static inline uint32_t rv_rs1(uint32_t i) { return (i >> 15) & 31; }
static inline uint32_t rv_rs2(uint32_t i) { return (i >> 20) & 31; }
static inline uint32_t rv_rs3(uint32_t i) { return (i >> 27) & 31; }
static inline uint32_t rv_funct3(uint32_t i) { return (i >> 12) & 7; }
static inline int64_t rv_imm_i(uint32_t i) { return (int32_t)i >> 20; }
static inline int64_t rv_imm_s(uint32_t i)
{
    return ((int32_t)i >> 25 << 5) | (int32_t)((i >> 7) & 31);
}
static inline int64_t rv_imm_b(uint32_t i)
{
    return (int64_t)((int32_t)(i & 0x80000000) >> 19) | ((i >> 20) & 0x7e0) |
           ((i >> 7) & 0x1e) | ((i << 4) & 0x800);
}
static inline int64_t rv_imm_j(uint32_t i)
{
    return (int64_t)((int32_t)(i & 0x80000000) >> 11) | (i & 0xff000) |
           ((i >> 9) & 0x800) | ((i >> 20) & 0x7fe);
}

/* Tables, tried in this order. */
extern const RVPattern rv_int_patterns[];  /* trans-int.c: I, M, Zicsr, Zifencei */
extern const RVPattern rv_amo_patterns[];  /* trans-amo.c: A */
extern const RVPattern rv_bit_patterns[];  /* trans-bitmanip.c: Zba, Zbb, Zbs */
extern const RVPattern rv_fp_patterns[];   /* trans-fp.c: F, D, FP CSRs */

/* The pattern decoding `insn` (32-bit encoding), or NULL: the decoder and
 * the disassembler share it. */
const RVPattern *rv_lookup(uint32_t insn);
/* Fetch the instruction at ctx->pc into ctx->insn/len (false, with
 * *fault_addr, when unreadable; insn 0: an illegal compressed one). */
bool rv_fetch(RVDisasContext *ctx, uint64_t *fault_addr);
/* Translate ctx->insn; an illegal one raises SIGILL. */
void rv_translate_one(RVDisasContext *ctx);
/* ifconv.c: translate the branch insn at ctx->pc and a short hammock after
 * it without branching; false (nothing emitted) when it does not apply. */
bool rv_try_ifconv(RVDisasContext *ctx, uint32_t insn, IRCond cond,
                   int64_t offset);
/* ifconv.c: the branch at ctx->pc to a loop's tail as the TB's own loop,
 * its fall-through a side exit (translator/ifconv.h); ends the TB. False,
 * nothing emitted, when it does not apply. */
bool rv_try_loop_tail(RVDisasContext *ctx, uint32_t insn, IRCond cond,
                      int64_t offset);

/* rvc.c: expand a 16-bit instruction; returns 0 if illegal. */
uint32_t rv_expand_compressed(uint16_t c);

/* The FP CSRs (fflags/frm/fcsr) are handled by trans-fp.c's csr hook, called
 * from the Zicsr translation: returns false if csr is not an FP CSR. The
 * Zicsr code passes the old value out and the new value in as temps. */
bool rv_fp_csr_read(RVDisasContext *ctx, int csr, IRTempId dst);
bool rv_fp_csr_write(RVDisasContext *ctx, int csr, IRTempId val);

#endif
