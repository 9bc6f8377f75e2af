/*
 * If-conversion of short branch hammocks (TUNING_ifconv), for frontends.
 *
 * When both sides of a forward conditional branch are a few plain register
 * operations that meet again, the TB computes both sides and picks each
 * written register's value with a movcond; translation goes on at the
 * join. No branch is left to mispredict (a binary search step, min/max).
 * The shapes (B the branch, E the fall-through side, T the taken side, J
 * the join):
 *   triangle        B T; E..; T = J:
 *   diamond         B T; E..; j J; T: T..; J:
 *   out of line     B T; E..; J: ... T: T..; j J   (J anywhere in E.. or
 *                                                   right after it)
 * The frontend says which instructions are plain register operations:
 * they must not fault, trap, branch, touch memory or write anything but
 * one register (and, for aarch64, not the flags), so nothing between the
 * branch and the join is observable and the TB records no instruction
 * boundary inside. The TB's guest range must grow to cover an out-of-line
 * side (`cover`), so that writing that code still invalidates the TB.
 */
#ifndef MIMIC_IFCONV_H
#define MIMIC_IFCONV_H

#include <stdbool.h>
#include <stdint.h>

#include "translator/ir.h"
#include "translator/tb.h"

typedef struct IfconvArch {
    /* The instruction at pc (its length, 0 if unreadable). */
    unsigned (*fetch)(void *dc, uint64_t pc, uint32_t *insn);
    /* The register a plain register operation writes (0 if none), or -1
     * if insn is anything else. Registers are 0..31. */
    int (*pure_rd)(uint32_t insn);
    /* Is insn an unconditional direct jump (no link)? Its target then. */
    bool (*jump)(uint32_t insn, uint64_t pc, uint64_t *dest);
    /* Translate one side instruction; false if it did not translate as a
     * plain operation (the conversion is then undone). */
    bool (*gen)(void *dc, uint64_t pc, uint32_t insn, unsigned len);
    /* The IR global of register r (1..31). */
    IRTempId (*reg)(int r);
} IfconvArch;

/* The hammock after a branch taken (to `target`, forward) when
 * cond(a, b) holds (compared in 32 bits if w32), the branch ending at
 * `next_pc`: if it has one of the shapes, emit both sides and the
 * selects, set *join (where decoding goes on) and *cover (the end of the
 * guest code translated, 0 if not past the join) and return true; else
 * emit nothing and return false. */
bool ifconv_try(IRContext *ir, const IfconvArch *arch, void *dc,
                TranslationBlock *tb, uint64_t next_pc, uint64_t target,
                IRCond cond, IRTempId a, IRTempId b, bool w32,
                uint64_t *join, uint64_t *cover);

/* A branch taken (to `target`) when cond(a, b) holds whose target is a
 * loop's tail: a few plain register operations and a jump back to the
 * TB's start (gcc's rotated loops, glibc's word-at-a-time strlen). The
 * branch's other way, usually the loop's exit, becomes the side exit: emit
 * an exit_cond through goto_tb `slot` to `next_pc` unless cond holds, the
 * tail, a loop_back to the TB's start and its exit_cond (slot + 1) for an
 * exit request (-opt loop-tail). The caller then ends the TB (slot + 2).
 * True if it did; else nothing is emitted. *cover as for ifconv_try. */
bool ifconv_try_tail(IRContext *ir, const IfconvArch *arch, void *dc,
                     TranslationBlock *tb, uint64_t next_pc, uint64_t target,
                     IRCond cond, IRTempId a, IRTempId b, bool w32, int slot,
                     uint64_t *cover);

#endif
