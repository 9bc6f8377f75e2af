/*
 * CPUCommon: the part of every guest CPU state the core and the backend
 * know. Each frontend's state struct begins with it, so the env pointer that
 * generated code holds points at both.
 *
 * Invariant: `pc` is exact whenever generated code returns to the loop or
 * calls a helper flagged as possibly raising; inside chained blocks it may be
 * stale (each TB knows its own pc), and cpu_restore_state() recovers it from
 * the per-instruction records after a fault.
 */
#ifndef MIMIC_CPU_H
#define MIMIC_CPU_H

#include <setjmp.h>
#include <stdint.h>

#include "translator/div-magic.h"

/* Why cpu_exec() returned. */
typedef enum CPUException {
    EXCP_NONE = 0,
    EXCP_SYSCALL,    /* ecall / svc: pc is the syscall insn */
    EXCP_ILLEGAL,    /* undefined instruction at pc */
    EXCP_BREAKPOINT, /* ebreak / brk at pc */
    EXCP_SEGV,       /* guest memory fault: fault_addr, fault_code */
    EXCP_BUS,        /* misaligned atomic: fault_addr */
    EXCP_INTERRUPT,  /* exit_request was set (signal, flush, exit) */
    EXCP_FPE,
    EXCP_DEBUG,      /* gdb: breakpoint at pc, or a single step done */
} CPUException;

/* tb_flags bit of the one-instruction TBs a gdb single-step runs: they are
 * kept apart from the normal TBs at the same pc, never chained, and never
 * entered from generated code (see cpu_exec_step). */
#define TB_FLAG_STEP (1u << 31)

#define TB_JMP_CACHE_BITS 12
#define TB_JMP_CACHE_SIZE (1u << TB_JMP_CACHE_BITS)

struct TranslationBlock;
struct GuestArch;

/* The jump-cache slot of a guest pc. Generated code (goto_ptr) computes the
 * same hash inline: keep them in step. */
static inline uint32_t tb_jmp_cache_index(uint64_t pc)
{
    return (uint32_t)(pc >> 1) & (TB_JMP_CACHE_SIZE - 1);
}

typedef struct TBJumpCacheEntry {
    uint64_t pc;
    struct TranslationBlock *tb;
} TBJumpCacheEntry;

typedef struct CPUCommon {
    /* Fields read by generated code: keep them first and small. */
    uint64_t pc;
    volatile int32_t exit_request; /* nonzero: leave at next TB entry */
    int32_t exception_index;       /* a CPUException */
    uint32_t tb_flags;
    uint32_t fault_code; /* si_code for EXCP_SEGV (SEGV_MAPERR/ACCERR) */
    uint64_t fault_addr;
    /* Loop state. */
    TBJumpCacheEntry *jmp_cache; /* TB_JMP_CACHE_SIZE entries */
    const struct GuestArch *arch;
    sigjmp_buf jmp_env; /* longjmp target for faults and raising helpers */
    volatile int running; /* inside generated code or a guest-memory helper */
    int in_exec;          /* between cpu_exec_start and cpu_exec_end */
    void *opaque;         /* the runtime's per-thread state (user mode) */
    int singlestep;       /* gdb: run one instruction, then EXCP_DEBUG */
    /* Reciprocals of the divisors seen at unsigned division sites, read
     * and filled by generated code (div-magic.h). Zeroed by cpu_new, not
     * copied by cpu_clone. */
    DivCacheSlot div_cache[DIV_CACHE_SIZE];
} CPUCommon;

#endif
