/*
 * Shared by the unit tests that run generated code (test-backend-ops,
 * test-div-magic, test-x86-bounds): a CPU state whose NG 64-bit fields are IR globals g[0..],
 * the IR context, and a code buffer holding the backend's prologue, TBs
 * generated from tb_area on. Define NG (and TEST_CPU_EXTRA, more fields)
 * before including it.
 */
#ifndef MIMIC_TEST_BACKEND_HARNESS_H
#define MIMIC_TEST_BACKEND_HARNESS_H

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "translator/backend.h"
#include "translator/exec.h"
#include "translator/ir.h"

#ifndef TEST_CPU_EXTRA
#define TEST_CPU_EXTRA
#endif

typedef struct TestCPU {
    CPUCommon common;
    uint64_t r[NG];
    TEST_CPU_EXTRA
} TestCPU;

static TestCPU cpu;
static IRContext ctx;
static IRTempId g[NG];
static CodeBuffer cb;
static uint8_t *tb_area; /* first byte after the prologue */

/* An executable code buffer of `size` bytes with the prologue, the IR
 * context with the globals, and the CPU's jump cache. */
static void harness_setup(size_t size)
{
    uint8_t *p = mmap(NULL, size, PROT_READ | PROT_WRITE | PROT_EXEC,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        exit(1);
    }
    cb = (CodeBuffer){ p, size, p, p + size };
    host_backend.init(&cb);
    tb_area = cb.ptr;
    ir_context_init(&ctx);
    for (int i = 0; i < NG; i++) {
        static char names[NG][8];
        snprintf(names[i], sizeof(names[i]), "g%d", i);
        g[i] = ir_global(&ctx, offsetof(TestCPU, r[i]), names[i]);
    }
    cpu.common.jmp_cache = calloc(TB_JMP_CACHE_SIZE, sizeof(TBJumpCacheEntry));
}

#endif
