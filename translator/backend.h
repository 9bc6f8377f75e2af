/*
 * HostBackend: what the core needs from a host code generator.
 *
 * The backend owns the prologue/epilogue at the start of the code buffer,
 * register allocation, and instruction selection. Generated code runs with
 * the CPU state pointer and guest_base in reserved host registers (the
 * backend documents which). It returns to the loop through the epilogue
 * with an exit value (see TB_EXIT_* in tb.h).
 */
#ifndef MIMIC_BACKEND_H
#define MIMIC_BACKEND_H

#include <stddef.h>
#include <stdint.h>

#include "ir.h"
#include "tb.h"

typedef struct CodeBuffer {
    uint8_t *base;
    size_t size;
    uint8_t *ptr; /* next free byte */
    uint8_t *end; /* generation stops with overflow before passing this */
} CodeBuffer;

typedef struct HostBackend {
    const char *name;
    /* Emit prologue/epilogue at cb->ptr; called once per buffer reset. */
    void (*init)(CodeBuffer *cb);
    /* Generate code for ctx at cb->ptr, filling tb->code, code_size,
     * jmp_*_off and the insn records. Returns the code size, or -1 when the
     * buffer is full (the core flushes and retries). */
    int (*gen_code)(IRContext *ctx, TranslationBlock *tb, CodeBuffer *cb);
    /* Atomically retarget jump slot `slot` of tb to `target`. */
    void (*patch_jump)(TranslationBlock *tb, int slot, uintptr_t target);
    /* A host fault at host_pc inside tb: copy the guest state that lives
     * only in host registers there (taken from `gregs`, the signal
     * context's general registers) into env. NULL if the backend always
     * syncs before accesses. */
    void (*fault_regs)(const TranslationBlock *tb, uintptr_t host_pc,
                       const void *gregs, void *env);
    /* Run generated code at `code` with env; returns the exit value. */
    uintptr_t (*enter)(void *env, const void *code);
} HostBackend;

extern const HostBackend host_backend;

/* Set by HostBackend.init: generated-code address that returns 0 to the loop
 * (goto_ptr's miss path). */
extern const void *backend_exit_zero;

/* Set by the loader before any translation; 0 when guest addresses equal host
 * addresses. Generated code adds it to every guest address. */
extern uintptr_t guest_base;

/* The code goto_ptr calls: returns the host entry of the TB for cpu->pc, or
 * the epilogue address that returns 0 to the loop on a miss. */
const void *tb_lookup_ptr(CPUCommon *cpu);

#endif
