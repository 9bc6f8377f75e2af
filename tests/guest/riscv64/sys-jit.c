/* Code written at run time must run as written, never a stale translation:
 * an RWX buffer rewritten in place (fence.i, __builtin___clear_cache), W^X
 * toggling with mprotect, the dual-mapping pattern (a memfd mapped RW and
 * RX, written through the RW view), code replaced by munmap + mmap,
 * MAP_FIXED, mremap and file writes, and a page made non-executable. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "../common/sys-check.h"

#define PG 4096L
#define SYS_riscv_flush_icache_ 259

typedef long (*Fn)(void);

/* li a0, n; ret */
static void emit(void *p, int n)
{
    uint32_t code[2] = {((uint32_t)(n & 0xfff) << 20) | 0x513, 0x00008067};
    memcpy(p, code, sizeof(code));
}

static long call(void *p)
{
    return ((Fn)p)();
}

static void fence_i(void)
{
    __asm__ volatile("fence.i" ::: "memory");
}

static void flush_syscall(void *p)
{
    syscall(SYS_riscv_flush_icache_, p, (char *)p + 8, 0);
}

static int rewrite_loop(char *w, char *x, int rounds, int how)
{
    int bad = 0;
    for (int i = 0; i < rounds; i++) {
        emit(w, 100 + i);
        if (how == 0) {
            fence_i();
        } else if (how == 1) {
            __builtin___clear_cache(x, x + 8);
        } else {
            flush_syscall(x);
        }
        bad += call(x) != 100 + i;
    }
    return bad;
}

static void test_rwx(void)
{
    char *p = mmap(NULL, PG, PROT_READ | PROT_WRITE | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(p != MAP_FAILED);
    CHECK(rewrite_loop(p, p, 100, 0) == 0);
    CHECK(rewrite_loop(p, p, 100, 1) == 0);
    /* Two functions on one page: rewriting one keeps the other. */
    emit(p + 64, 7);
    fence_i();
    CHECK(call(p + 64) == 7 && call(p) == 199);
    emit(p, 8);
    fence_i();
    CHECK(call(p) == 8 && call(p + 64) == 7);
    munmap(p, PG);
}

static void test_wx(void)
{
    char *p = mmap(NULL, PG, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    int bad = 0;
    for (int i = 0; i < 50; i++) {
        bad += mprotect(p, PG, PROT_READ | PROT_WRITE) != 0;
        emit(p, i);
        bad += mprotect(p, PG, PROT_READ | PROT_EXEC) != 0;
        __builtin___clear_cache(p, p + 8);
        bad += call(p) != i;
    }
    CHECK(bad == 0);
    munmap(p, PG);
}

static void test_dual(void)
{
    int fd = memfd_create("jit", 0);
    CHECK(fd >= 0 && ftruncate(fd, PG) == 0);
    char *w = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    char *x = mmap(NULL, PG, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    CHECK(w != MAP_FAILED && x != MAP_FAILED && w != x);
    CHECK(rewrite_loop(w, x, 100, 0) == 0);
    CHECK(rewrite_loop(w, x, 100, 1) == 0);
    CHECK(rewrite_loop(w, x, 100, 2) == 0);
    /* Written with write(2) on the memfd. */
    uint32_t code[2] = {(42u << 20) | 0x513, 0x00008067};
    CHECK(pwrite(fd, code, sizeof(code), 0) == sizeof(code));
    fence_i();
    CHECK(call(x) == 42);
    munmap(w, PG);
    munmap(x, PG);
    close(fd);
}

static void test_remap(void)
{
    int rwx = PROT_READ | PROT_WRITE | PROT_EXEC;
    char *p = mmap(NULL, 2 * PG, rwx, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    emit(p, 1);
    fence_i();
    CHECK(call(p) == 1);
    /* New pages at the same address hold new code (no fence.i needed:
     * Linux makes a new executable mapping coherent). */
    CHECK(munmap(p, 2 * PG) == 0);
    char *q = mmap(p, PG, rwx, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    CHECK(q == p && *(uint32_t *)q == 0);
    emit(q, 2);
    fence_i();
    CHECK(call(q) == 2);
    char *r = mmap(p, PG, rwx, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    CHECK(r == p);
    emit(r, 3);
    fence_i();
    CHECK(call(r) == 3);
    /* mremap: the code moves with the pages; the old address gets new
     * code. */
    char *m = mremap(r, PG, 2 * PG, MREMAP_MAYMOVE | MREMAP_FIXED, r + 64 * PG);
    CHECK(m == r + 64 * PG && call(m) == 3);
    char *o = mmap(r, PG, rwx, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    emit(o, 4);
    fence_i();
    CHECK(call(o) == 4 && call(m) == 3);
    munmap(o, PG);
    munmap(m, 2 * PG);
}

static void test_files(void)
{
    char path[] = "/tmp/mimic-jit-XXXXXX";
    int fd = mkstemp(path);
    char page[PG];
    memset(page, 0, sizeof(page));
    emit(page, 10);
    CHECK(fd >= 0 && write(fd, page, PG) == PG);
    char *priv = mmap(NULL, PG, PROT_READ | PROT_EXEC, MAP_PRIVATE, fd, 0);
    char *shr = mmap(NULL, PG, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    CHECK(priv != MAP_FAILED && shr != MAP_FAILED);
    CHECK(call(priv) == 10 && call(shr) == 10);
    for (int i = 11; i < 20; i++) {
        emit(page, i);
        CHECK(pwrite(fd, page, 8, 0) == 8);
        flush_syscall(priv);
        fence_i();
        CHECK(call(priv) == i && call(shr) == i);
    }
    munmap(priv, PG);
    munmap(shr, PG);
    close(fd);
    unlink(path);
}

static sigjmp_buf env;
static volatile uint64_t fault_addr;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
    fault_addr = (uint64_t)si->si_addr;
    siglongjmp(env, 1);
}

static void test_noexec(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);

    char *p = mmap(NULL, PG, PROT_READ | PROT_WRITE | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    emit(p, 5);
    fence_i();
    CHECK(call(p) == 5);
    CHECK(mprotect(p, PG, PROT_READ | PROT_WRITE) == 0);
    volatile int stage = 0;
    if (!sigsetjmp(env, 1)) {
        stage = 1;
        call(p);
        stage = 2;
    }
    CHECK(stage == 1 && fault_addr == (uint64_t)p);
    CHECK(mprotect(p, PG, PROT_READ | PROT_EXEC) == 0 && call(p) == 5);
    munmap(p, PG);
    signal(SIGSEGV, SIG_DFL);
}

int main(void)
{
    test_rwx();
    test_wx();
    test_dual();
    test_remap();
    test_files();
    test_noexec();
    return sys_finish();
}
