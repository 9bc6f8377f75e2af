/*
 * Inline IR for AdvSIMD integer operations (simd-ir.c): access to the
 * 64-bit halves of the V registers, and lane operations done with scalar
 * 64-bit IR ("SIMD within a register") on those halves.
 *
 * V registers are not IR globals; a half is read with ld_env and written
 * with st_env. a64_vld() forwards (switch simd_fwd): when the same basic
 * block has just stored or loaded that half, and nothing since could have
 * changed it (no helper call, no overlapping st_env, no write of the
 * value's temp), it returns the temp that holds the value instead of
 * loading it again. That is found by scanning the IR already emitted, so
 * the other translation files need not cooperate.
 *
 * Lane sizes are log2 bytes (0 = bytes ... 3 = 64-bit lanes). A "mask"
 * value has every lane all ones or all zeros, as compares produce.
 */
#ifndef MIMIC_AARCH64_SIMD_IR_H
#define MIMIC_AARCH64_SIMD_IR_H

#include <stdbool.h>
#include <stdint.h>

#include "frontends/aarch64/translate.h"

/* Half `half` (0 low, 1 high) of V register `reg`: read, write. */
IRTempId a64_vld(A64DisasContext *ctx, int reg, int half);
void a64_vst(A64DisasContext *ctx, int reg, int half, IRTempId v);

/* Is temp t known (from the IR that computed it) to hold byte lanes that
 * are each 0x00 or 0xff? */
bool a64_is_byte_mask(A64DisasContext *ctx, IRTempId t);

/* Compare kinds for a64_swar_cmp (two operands) and a64_swar_cmp0 (against
 * zero). */
enum {
    A64_SWAR_EQ,  /* CMEQ */
    A64_SWAR_TST, /* CMTST: (a & b) != 0 */
    A64_SWAR_HI,  /* CMHI: a > b unsigned */
    A64_SWAR_HS,  /* CMHS: a >= b unsigned */
    A64_SWAR_GT,  /* CMGT: a > b signed */
    A64_SWAR_GE,  /* CMGE: a >= b signed */
    A64_SWAR_LE0, /* CMLE #0 */
    A64_SWAR_LT0, /* CMLT #0 */
};

/* Lane-wise compare of 64-bit words a and b (b unused for the #0 forms,
 * where kind EQ/GT/GE mean CMEQ/CMGT/CMGE #0): all-ones lanes where it
 * holds. */
IRTempId a64_swar_cmp(A64DisasContext *ctx, int kind, IRTempId a, IRTempId b,
                      int size);
IRTempId a64_swar_cmp0(A64DisasContext *ctx, int kind, IRTempId a, int size);

/* Pairwise op of the byte lanes of word w (UMAXP, UMINP, SMAXP, SMINP,
 * ADDP by op = SIMD_OP_UMAX, UMIN, SMAX, SMIN, ADD): the four results in
 * the low 32 bits, zero above. */
IRTempId a64_swar_pair_b(A64DisasContext *ctx, int op, IRTempId w);

/* Narrowing of the (16 << size)-bit lanes of w to (8 << size) bits, each
 * shifted right by sh first (SHRN; XTN is sh = 0): the narrow lanes in the
 * low 32 bits, zero above. size (0..2) is that of the narrow lanes. */
IRTempId a64_swar_narrow(A64DisasContext *ctx, IRTempId w, int size, int sh);

/* The result's low half of glibc's strlen step UMINP; UMINP; CMEQ #0
 * (see simd-ir.c) from the four words of n:m (w[0..1] n, w[2..3] m). */
IRTempId a64_swar_strlen_step(A64DisasContext *ctx, const IRTempId *w);

#endif
