/* Code written at run time must run as written, never a stale translation:
 * an RWX buffer rewritten in place (fence.i, __builtin___clear_cache), W^X
 * toggling with mprotect, the dual-mapping pattern (a memfd mapped RW and
 * RX, written through the RW view), code replaced by munmap + mmap,
 * MAP_FIXED, mremap and file writes, and a page made non-executable. The
 * tests are in ../common/sys-jit.h. */
#define _GNU_SOURCE
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define SYS_riscv_flush_icache_ 259

/* li a0, n; ret */
static void emit(void *p, int n)
{
    uint32_t code[2] = {((uint32_t)(n & 0xfff) << 20) | 0x513, 0x00008067};
    memcpy(p, code, sizeof(code));
}

static void sync_same(void *x)
{
    __asm__ volatile("fence.i" ::: "memory");
}

/* The other view is flushed by the kernel's icache flush call. */
static void sync_alias(void *w, void *x)
{
    syscall(SYS_riscv_flush_icache_, x, (char *)x + 8, 0);
}

#include "../common/sys-jit.h"
