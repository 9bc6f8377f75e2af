/*
 * Translation blocks: the cache of translated guest code.
 *
 * A TB is looked up by (pc, flags): first in the CPU's direct-mapped jump
 * cache, then in the global hash table. Each TB has two outgoing jump slots
 * (goto_tb 0/1) that the loop patches to point straight at the successor's
 * code once both exist (chaining); every TB keeps the list of slots that
 * jump into it so invalidation can unchain them.
 *
 * Per-instruction records map host code offsets back to guest pcs:
 * insn_host_off[i] is where guest insn i (at insn_pc[i]) starts in the code.
 */
#ifndef MIMIC_TB_H
#define MIMIC_TB_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu.h"

#define TB_NO_JUMP 0xffff
/* Chainable exits per TB (goto_tb slots). Slot numbers ride in the low bits
 * of TB pointers (8-byte aligned): see TB_EXIT_* and jmp_first. */
#define TB_MAX_JUMPS 4

typedef struct TranslationBlock {
    uint64_t pc;
    uint32_t flags;
    uint32_t size;     /* guest bytes covered */
    uint8_t *code;     /* host code start (entry) */
    uint32_t code_size;
    /* Where a chained jump from a TB at a lower guest pc may enter: past
     * the exit_request check (-opt forward-chain, tb_add_jump). Any cycle
     * of chained TBs has a jump to the same or a lower pc, which enters
     * at `code` and checks. */
    uint16_t forward_entry;
    uint16_t jmp_insn_off[TB_MAX_JUMPS];  /* patchable rel32, or TB_NO_JUMP */
    uint16_t jmp_reset_off[TB_MAX_JUMPS]; /* where an unchained slot jumps */
    struct TranslationBlock *jmp_dest[TB_MAX_JUMPS];
    /* Incoming chained jumps: tagged pointers (tb | slot), linked through
     * the source TB's jmp_next[slot]. */
    uintptr_t jmp_first;
    uintptr_t jmp_next[TB_MAX_JUMPS];
    struct TranslationBlock *hash_next;
    struct TranslationBlock *page_next[2]; /* TBs on the same guest page */
    uint64_t page_addr[2];                 /* pages spanned, or -1 */
    uint32_t nb_insns;
    uint32_t *insn_host_off;
    uint64_t *insn_pc;
    /* Backend data: where dirty guest registers live at each guest memory
     * access (see HostBackend.fault_regs), or NULL. */
    const uint8_t *fault_map;
    bool invalid;
    bool self_loop; /* loops inside its code (IR loop_back): invalidation
                       must kick CPUs out, no unchaining reaches it */
} TranslationBlock;

/* Exit values returned by generated code: a TB pointer with the low bits
 * saying why. 0 means "pc is set, look up the next TB". */
enum {
    TB_EXIT_SLOT0 = 0, /* ... slot TB_MAX_JUMPS - 1 */
    TB_EXIT_REQUESTED = TB_MAX_JUMPS, /* exit_request seen at TB entry */
    TB_EXIT_MASK = 7,
};
_Static_assert(TB_EXIT_REQUESTED <= TB_EXIT_MASK && TB_MAX_JUMPS == 4,
               "slot and exit tags must fit the TB pointer's 3 low bits");

#include <pthread.h>
#include <stddef.h>

/* Serializes translation, publication, chaining and invalidation. */
extern pthread_mutex_t tb_lock;
/* Bumped by every flush: a TB pointer from an older generation is stale. */
extern uint32_t tb_flush_count;

void tb_init_buffers(size_t code_size);
void tb_register_cpu(CPUCommon *cpu);
void tb_unregister_cpu(CPUCommon *cpu);
/* Set exit_request on every CPU inside cpu_exec (start_exclusive). */
void tb_kick_cpus(void);
/* In a fork child: only `self` exists (caller owns tb_lock's state). */
void tb_forget_other_cpus(CPUCommon *self);
bool tb_in_code_buffer(uintptr_t host_pc);
TranslationBlock *tb_lookup(CPUCommon *cpu, uint64_t pc, uint32_t flags);
TranslationBlock *tb_find_or_translate(CPUCommon *cpu, uint64_t pc,
                                       uint32_t flags);
void tb_add_jump(TranslationBlock *from, int slot, TranslationBlock *to);
/* Invalidate every TB intersecting [start, end). */
void tb_invalidate_range(uint64_t start, uint64_t end);
void tb_flush(void);
TranslationBlock *tb_find_by_host_pc(uintptr_t host_pc);
/* Restore exact guest state for a fault at host_pc; false if host_pc is not
 * in generated code. */
bool cpu_restore_state(CPUCommon *cpu, uintptr_t host_pc);

/* gdb breakpoints, implemented by translation: inserting or removing one
 * invalidates the TBs covering pc, so the next translation ends a TB
 * before pc or raises EXCP_DEBUG at it (translator_debug_check). Counted:
 * a software and a hardware breakpoint may share a pc. Call with every
 * CPU stopped (the gdbstub holds an exclusive section). */
void tb_breakpoint_insert(uint64_t pc);
/* False if no breakpoint is at pc. */
bool tb_breakpoint_remove(uint64_t pc);
void tb_breakpoint_remove_all(void);
bool tb_breakpoint_at(uint64_t pc);
/* -one-insn-per-tb: every TB holds one guest instruction. */
extern bool tb_one_insn_per_tb;
/*
 * Must guest state be exact at a guest load or store that faults? Only if
 * something can see it: a guest SIGSEGV/SIGBUS handler, a debugger, a log
 * of CPU state. Otherwise the fault kills the process, and translation
 * may treat loads and stores as ops that observe nothing (no flags kept
 * for them, no fault maps). Read under tb_lock while translating.
 */
extern bool tb_exact_faults;
/* Make it so from now on: every TB translated without it is flushed.
 * Called outside cpu_exec (from a syscall, or before the guest runs). */
void tb_require_exact_faults(void);
/* May translation go on past a branch or a jump in this TB (superblocks,
 * side exits)? Not when it must hold one instruction (gdb single-step,
 * -one-insn-per-tb). */
static inline bool tb_may_grow(const TranslationBlock *tb)
{
    return !(tb->flags & TB_FLAG_STEP) && !tb_one_insn_per_tb;
}
/* tb_may_grow, and every TB execution is a visit to the main loop's
 * lookup (no side exits or loops inside a TB) when `-d exec`, `cpu` or
 * `nochain` is on. */
bool tb_may_branch_inside(const TranslationBlock *tb);
/* Call fn on every registered CPU, under tb_lock. */
void tb_for_each_cpu(void (*fn)(CPUCommon *cpu, void *opaque), void *opaque);

/* Statistics for -d and bench. */
typedef struct TBStats {
    uint64_t translated, chained, flushes, invalidated, lookups_slow;
} TBStats;
extern TBStats tb_stats;

#endif
