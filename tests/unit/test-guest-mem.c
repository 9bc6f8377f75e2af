/*
 * The user-mode guest address space: mmap family bounds and placement,
 * brk, pointer checks, and the SIGSEGV handler's two paths (self-modifying
 * code on a protected page; a guest fault unwinding to jmp_env).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "linux-user/mmap.h"
#include "linux-user/signal.h"
#include "translator/exec.h"
#include "translator/guest.h"
#include "translator/tb.h"

static int failures;

static void check(bool ok, const char *name)
{
    printf("%s %s\n", ok ? "PASS" : "FAIL", name);
    if (!ok) {
        failures++;
    }
}

#define RW (PROT_READ | PROT_WRITE)
#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)

static void test_mmap(void)
{
    int64_t a = target_mmap(0, 3 * 4096, RW, ANON, -1, 0);
    int64_t b = target_mmap(0, 4096, RW, ANON, -1, 0);
    check(a > 0 && (uint64_t)a + 3 * 4096 <= guest_va_limit,
          "mmap inside the VA width");
    check(b > 0 && b < a, "mmap is top-down");
    check(target_mmap(guest_va_limit - 4096, 8192, RW, ANON | MAP_FIXED, -1,
                      0) == -ENOMEM,
          "MAP_FIXED beyond the VA width: ENOMEM");
    check(target_mmap(a, 4096, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0) ==
              -EEXIST,
          "MAP_FIXED_NOREPLACE over a mapping: EEXIST");
    check(target_mmap(a + 1, 4096, RW, ANON | MAP_FIXED, -1, 0) == -EINVAL,
          "MAP_FIXED unaligned: EINVAL");
    check(target_munmap(a + 4096, 4096) == 0 &&
              !(page_flags_get(a + 4096) & PAGE_VALID) &&
              (page_flags_get(a) & PAGE_VALID),
          "munmap a hole");
    check(target_mprotect(a, 3 * 4096, PROT_READ) == -ENOMEM,
          "mprotect across a hole: ENOMEM");
    check(!guest_access_ok(a, 3 * 4096, false),
          "access check fails across a hole");
    check(guest_access_ok(a, 4096, true) && !guest_access_ok(a, 4097, true),
          "access check is exact");
    int64_t h = target_mmap(a + 4096, 4096, RW, ANON, -1, 0);
    check(h == a + 4096, "mmap hint honoured when free");
    int64_t m = target_mremap(b, 4096, 16 * 4096, MREMAP_MAYMOVE, 0);
    check(m > 0 && (page_flags_get(m + 15 * 4096) & PAGE_WRITE) &&
              !(page_flags_get(b) & PAGE_VALID),
          "mremap grows and moves");
    check(target_mmap(0, 1ull << 62, RW, ANON, -1, 0) == -ENOMEM,
          "huge mmap: ENOMEM");
    target_set_brk(0x200000);
    check(target_brk(0) == 0x200000 && target_brk(0x205123) == 0x205123 &&
              (page_flags_get(0x205000) & PAGE_WRITE),
          "brk grows");
    check(target_brk(0x201000) == 0x201000 &&
              !(page_flags_get(0x202000) & PAGE_VALID),
          "brk shrinks");
    check(target_brk(0x100000) == 0x201000, "brk below start is refused");
    check(guest_strlen(0x1000) == -EFAULT, "strlen of an unmapped string");
}

/* Flags that follow the mappings: SHARED through mprotect and mremap,
 * CODE from page_protect_code until the mapping changes, and a failed
 * MAP_FIXED that leaves the old mapping (bad fd) or a hole. */
static void test_flags(void)
{
    int64_t s = target_mmap(0, 2 * 4096, RW, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    check(s > 0 && (page_flags_get(s) & PAGE_SHARED),
          "MAP_SHARED: PAGE_SHARED");
    check(target_mprotect(s, 4096, PROT_READ | PROT_EXEC) == 0 &&
              (page_flags_get(s) & (PAGE_SHARED | PAGE_EXEC)) ==
                  (PAGE_SHARED | PAGE_EXEC),
          "mprotect keeps PAGE_SHARED");
    page_protect_code(s);
    check(page_flags_get(s) & PAGE_CODE, "a TB page is marked PAGE_CODE");
    guest_icache_sync(); /* drops the alias page's TBs (none here) */
    int64_t m = target_mremap(s, 2 * 4096, 2 * 4096, MREMAP_MAYMOVE, 0);
    check(m == s, "mremap same size stays");
    int64_t d = target_mremap(s, 0, 4096, MREMAP_MAYMOVE, 0);
    check(d > 0 && d != s && (page_flags_get(d) & PAGE_SHARED) &&
              !(page_flags_get(d) & PAGE_CODE),
          "mremap old_size 0: a second shared view, no code");
    *(volatile char *)g2h(s + 4096) = 1; /* writable second page */
    check(target_mmap(s, 4096, RW, MAP_SHARED | MAP_FIXED, 12345, 0) ==
                  -EBADF &&
              (page_flags_get(s) & PAGE_VALID),
          "failed MAP_FIXED (bad fd) keeps the old mapping");
    check(target_munmap(s, 2 * 4096) == 0 && page_flags_get(s) == 0 &&
              page_flags_get(s + 4096) == 0,
          "munmap clears every flag");
    check(target_munmap(d, 4096) == 0, "munmap the view");
}

static CPUCommon cpu;

static void test_faults(void)
{
    signal_init();
    current_cpu = &cpu;
    int64_t code = target_mmap(0, 4096, RW | PROT_EXEC, ANON, -1, 0);
    page_protect_code(code);
    check(page_flags_get(code) & PAGE_WRITE_ORG, "code page protected");
    cpu.running = 1;
    *(volatile uint8_t *)g2h(code + 8) = 0x42; /* faults, handler unprotects */
    cpu.running = 0;
    check(*(uint8_t *)g2h(code + 8) == 0x42 &&
              !(page_flags_get(code) & PAGE_WRITE_ORG),
          "write to a code page: SMC path unprotects and retries");
    page_protect_code(code);
    check(guest_access_ok(code, 16, true) &&
              !(page_flags_get(code) & PAGE_WRITE_ORG),
          "syscall write check lifts code protection");

    volatile int stage = 0;
    if (sigsetjmp(cpu.jmp_env, 0) == 0) {
        cpu.running = 1;
        stage = 1;
        (void)*(volatile uint8_t *)g2h(0x3000);
        stage = 2;
    }
    cpu.running = 0;
    check(stage == 1 && cpu.exception_index == EXCP_SEGV &&
              cpu.fault_addr == 0x3000 && cpu.fault_code == SEGV_MAPERR,
          "unmapped read: EXCP_SEGV, SEGV_MAPERR, guest address");
    int64_t ro = target_mmap(0, 4096, PROT_READ, ANON, -1, 0);
    stage = 0;
    if (sigsetjmp(cpu.jmp_env, 0) == 0) {
        cpu.running = 1;
        stage = 1;
        *(volatile uint8_t *)g2h(ro + 5) = 1;
        stage = 2;
    }
    cpu.running = 0;
    check(stage == 1 && cpu.exception_index == EXCP_SEGV &&
              cpu.fault_addr == (uint64_t)ro + 5 &&
              cpu.fault_code == SEGV_ACCERR,
          "write to read-only: SEGV_ACCERR");
    stage = 0;
    if (sigsetjmp(cpu.jmp_env, 0) == 0) {
        cpu.running = 1;
        (void)*(volatile uint8_t *)g2h(0x4000);
        stage = 2;
    }
    cpu.running = 0;
    check(stage == 0 && cpu.fault_addr == 0x4000,
          "a second fault is caught too (signal unblocked)");
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    if (mmap_init(guest_arch->va_bits, 8 << 20) != 0) {
        check(false, "reserve the guest address space");
        return 1;
    }
    translator_init(guest_arch, 1 << 20);
    check(guest_va_limit == 1ull << guest_arch->va_bits,
          "VA limit from va_bits");
    test_mmap();
    test_flags();
    test_faults();
    return failures ? 1 : 0;
}
