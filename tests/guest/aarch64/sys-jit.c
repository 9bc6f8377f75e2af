/* Code written at run time must run as written, never a stale translation:
 * an RWX buffer rewritten in place (DC CVAU / IC IVAU by hand and
 * __builtin___clear_cache), W^X toggling with mprotect, the dual-mapping
 * pattern (a memfd mapped RW and RX, written through the RW view), code
 * replaced by munmap + mmap, MAP_FIXED, mremap and file writes, and a page
 * made non-executable. The tests are in ../common/sys-jit.h. */
#define _GNU_SOURCE
#include <stdint.h>
#include <string.h>

/* movz x0, #n; ret */
#define MOVZ_X0(n) (0xd2800000u | ((uint32_t)(n)&0xffff) << 5)
#define RET 0xd65f03c0u
static void emit(void *p, int n)
{
    uint32_t code[2] = {MOVZ_X0(n), RET};
    memcpy(p, code, sizeof(code));
}

/* The architected sequence for new code: clean the data cache line the
 * code was written through (w), invalidate the instruction cache line it
 * runs from (x), then resynchronise the fetch. */
static void sync_alias(void *w, void *x)
{
    __asm__ volatile("dc cvau, %0\n\tdsb ish\n\tic ivau, %1\n\tdsb ish\n\tisb"
                     :
                     : "r"(w), "r"(x)
                     : "memory");
}

static void sync_same(void *x)
{
    sync_alias(x, x);
}

#include "../common/sys-jit.h"
