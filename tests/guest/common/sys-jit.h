/* The body of the sys-jit test (see tests/guest/<arch>/sys-jit.c): code
 * written at run time must run as written, never a stale translation. The
 * including file defines _GNU_SOURCE and the architecture's pieces:
 *   emit(p, n)        store "return n" (0 <= n < 2048) at p
 *   sync_same(x)      make code stored at x runnable at x
 *   sync_alias(w, x)  make code stored through the mapping w runnable
 *                     through the mapping x of the same memory */
#ifndef SYS_JIT_H
#define SYS_JIT_H

#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sys-check.h"

#define PG 4096L

typedef long (*Fn)(void);

static long call(void *p)
{
    return ((Fn)p)();
}

static int rewrite_loop(char *w, char *x, int rounds, int how)
{
    int bad = 0;
    for (int i = 0; i < rounds; i++) {
        emit(w, 100 + i);
        if (how == 0) {
            sync_same(x);
        } else if (how == 1) {
            __builtin___clear_cache(x, x + 8);
        } else {
            sync_alias(w, x);
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
    sync_same(p + 64);
    CHECK(call(p + 64) == 7 && call(p) == 199);
    emit(p, 8);
    sync_same(p);
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
    uint32_t code[2];
    emit(code, 42);
    CHECK(pwrite(fd, code, sizeof(code), 0) == sizeof(code));
    sync_same(code);
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
    sync_same(p);
    CHECK(call(p) == 1);
    /* New pages at the same address hold new code (a new executable
     * mapping is coherent; the maintenance is for the stores after). */
    CHECK(munmap(p, 2 * PG) == 0);
    char *q = mmap(p, PG, rwx, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    CHECK(q == p && *(uint32_t *)q == 0);
    emit(q, 2);
    sync_same(q);
    CHECK(call(q) == 2);
    char *r = mmap(p, PG, rwx, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    CHECK(r == p);
    emit(r, 3);
    sync_same(r);
    CHECK(call(r) == 3);
    /* mremap: the code moves with the pages; the old address gets new
     * code. */
    char *m = mremap(r, PG, 2 * PG, MREMAP_MAYMOVE | MREMAP_FIXED, r + 64 * PG);
    CHECK(m == r + 64 * PG && call(m) == 3);
    char *o = mmap(r, PG, rwx, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    emit(o, 4);
    sync_same(o);
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
        sync_alias(priv, priv);
        sync_same(priv);
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
    sync_same(p);
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

#endif
