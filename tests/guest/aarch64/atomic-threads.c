/* CFLAGS: -march=armv8.1-a -pthread
 *
 * Atomics under contention: several threads update shared counters with
 * LDXR/STXR (and acquire/release) retry loops, LDXP/STXP on a 128-bit pair,
 * LDADD (word, doubleword, byte wrapping), CAS and CASP loops, SWP and
 * LDAXR spinlocks guarding plain counters, and a store-buffering check that
 * STLR followed by LDAR is ordered. Every total is exact or the test fails.
 * (qemu-aarch64 7.2 itself fails the store-buffering check now and then: it
 * puts no store->load fence between STLR and a later LDAR.)
 */
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define NTHREADS 4
#define ITERS 20000

static uint64_t c_excl, c_excl_w, c_ldadd, c_cas, c_lock_plain, c_swp_plain;
static uint32_t c_ldadd_w;
static uint8_t c_ldadd_b;
static uint64_t pair_xp[2] __attribute__((aligned(16)));
static uint64_t pair_casp[2] __attribute__((aligned(16)));
static uint32_t lock_excl, lock_swp;
static volatile int go;

static void inc_excl(uint64_t *p)
{
    uint64_t v;
    uint32_t fail;
    __asm__ volatile("1: ldxr %0, [%2]\n"
                     "   add %0, %0, #1\n"
                     "   stxr %w1, %0, [%2]\n"
                     "   cbnz %w1, 1b\n"
                     : "=&r"(v), "=&r"(fail) : "r"(p) : "memory");
}

static void inc_excl_w(uint64_t *p)
{
    uint32_t v, fail;
    __asm__ volatile("1: ldaxr %w0, [%2]\n"
                     "   add %w0, %w0, #1\n"
                     "   stlxr %w1, %w0, [%2]\n"
                     "   cbnz %w1, 1b\n"
                     : "=&r"(v), "=&r"(fail) : "r"(p) : "memory");
}

/* Both halves +1 and +2 together: they must stay in step. */
static void inc_pair_xp(uint64_t *p)
{
    uint64_t lo, hi;
    uint32_t fail;
    __asm__ volatile("1: ldaxp %0, %1, [%3]\n"
                     "   add %0, %0, #1\n"
                     "   add %1, %1, #2\n"
                     "   stlxp %w2, %0, %1, [%3]\n"
                     "   cbnz %w2, 1b\n"
                     : "=&r"(lo), "=&r"(hi), "=&r"(fail) : "r"(p) : "memory");
}

static void inc_cas(uint64_t *p)
{
    uint64_t old = *(volatile uint64_t *)p, seen;
    for (;;) {
        seen = old;
        __asm__ volatile("casal %0, %2, [%1]"
                         : "+r"(seen) : "r"(p), "r"(old + 1) : "memory");
        if (seen == old) {
            return;
        }
        old = seen;
    }
}

static void inc_casp(uint64_t *p)
{
    register uint64_t c0 __asm__("x4"), c1 __asm__("x5");
    register uint64_t n0 __asm__("x6"), n1 __asm__("x7");
    uint64_t o0 = p[0], o1 = p[1];
    for (;;) {
        c0 = o0;
        c1 = o1;
        n0 = o0 + 1;
        n1 = o1 + 3;
        __asm__ volatile("caspal %0, %1, %2, %3, [%4]"
                         : "+r"(c0), "+r"(c1)
                         : "r"(n0), "r"(n1), "r"(p)
                         : "memory");
        if (c0 == o0 && c1 == o1) {
            return;
        }
        o0 = c0;
        o1 = c1;
    }
}

/* Spinners yield: the host may have fewer CPUs than threads. */
static void lock_ldaxr(uint32_t *l)
{
    uint32_t v, fail;
    for (;;) {
        __asm__ volatile("1: ldaxr %w0, [%2]\n"
                         "   cbnz %w0, 2f\n"
                         "   mov %w0, #1\n"
                         "   stxr %w1, %w0, [%2]\n"
                         "   cbnz %w1, 1b\n"
                         "   b 3f\n"
                         "2: clrex\n"
                         "   mov %w1, #1\n"
                         "3:\n"
                         : "=&r"(v), "=&r"(fail) : "r"(l) : "memory");
        if (!fail) {
            return;
        }
        sched_yield();
    }
}

static void lock_swpa(uint32_t *l)
{
    uint32_t old;
    do {
        __asm__ volatile("swpa %w0, %w0, [%1]"
                         : "=&r"(old) : "r"(l), "0"(1u) : "memory");
        if (old != 0) {
            sched_yield();
        }
    } while (old != 0);
}

static void unlock_stlr(uint32_t *l)
{
    __asm__ volatile("stlr wzr, [%0]" : : "r"(l) : "memory");
}

static void *worker(void *arg)
{
    while (!go) {
        sched_yield();
    }
    for (int i = 0; i < ITERS; i++) {
        uint64_t one = 1;
        inc_excl(&c_excl);
        inc_excl_w(&c_excl_w);
        inc_pair_xp(pair_xp);
        __asm__ volatile("ldaddal %1, xzr, [%0]" : : "r"(&c_ldadd), "r"(one)
                         : "memory");
        __asm__ volatile("staddl %w1, [%0]" : : "r"(&c_ldadd_w), "r"(3)
                         : "memory");
        __asm__ volatile("ldaddb %w1, wzr, [%0]" : : "r"(&c_ldadd_b), "r"(7)
                         : "memory");
        inc_cas(&c_cas);
        inc_casp(pair_casp);
        lock_ldaxr(&lock_excl);
        c_lock_plain++;
        unlock_stlr(&lock_excl);
        lock_swpa(&lock_swp);
        c_swp_plain += 2;
        unlock_stlr(&lock_swp);
    }
    return NULL;
}

/* Store buffering: x = 1; r0 = y  ||  y = 1; r1 = x, with STLR/LDAR.
 * r0 == r1 == 0 is forbidden. Fresh locations each round; the two sides
 * meet at a barrier between rounds so that they run close together. */
#define SB_ROUNDS 20000
static uint64_t sb_x[SB_ROUNDS], sb_y[SB_ROUNDS], sb_r[2][SB_ROUNDS];
static uint64_t sb_arrive;

static void sb_barrier(uint64_t want)
{
    int spins = 0;
    __asm__ volatile("stadd %0, [%1]" : : "r"(1ul), "r"(&sb_arrive)
                     : "memory");
    while (__atomic_load_n(&sb_arrive, __ATOMIC_ACQUIRE) < want) {
        if (++spins > 2000) {
            sched_yield();
            spins = 0;
        }
    }
}

static void *sb_side(void *arg)
{
    int me = (int)(intptr_t)arg;
    uint64_t seed = (uint64_t)me + 1;

    for (int r = 0; r < SB_ROUNDS; r++) {
        uint64_t *mine = me ? &sb_y[r] : &sb_x[r];
        uint64_t *other = me ? &sb_x[r] : &sb_y[r];
        uint64_t v;
        sb_barrier(2 * (uint64_t)(r + 1));
        /* jitter, so that the two sides' windows overlap now and then */
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        for (volatile unsigned d = (unsigned)(seed >> 59); d; d--) {
        }
        __asm__ volatile("stlr %2, [%1]\n"
                         "ldar %0, [%3]\n"
                         : "=&r"(v) : "r"(mine), "r"((uint64_t)1), "r"(other)
                         : "memory");
        sb_r[me][r] = v;
    }
    return NULL;
}

static int store_buffering(void)
{
    pthread_t t[2];
    int bad = 0;

    for (int i = 0; i < 2; i++) {
        pthread_create(&t[i], NULL, sb_side, (void *)(intptr_t)i);
    }
    for (int i = 0; i < 2; i++) {
        pthread_join(t[i], NULL);
    }
    for (int r = 0; r < SB_ROUNDS; r++) {
        bad += sb_r[0][r] == 0 && sb_r[1][r] == 0;
    }
    return bad;
}

static int failures;

static void check(const char *what, uint64_t got, uint64_t want)
{
    printf("%-14s %llu%s\n", what, (unsigned long long)got,
           got == want ? "" : "  FAIL");
    failures += got != want;
}

int main(void)
{
    pthread_t t[NTHREADS];
    const uint64_t n = (uint64_t)NTHREADS * ITERS;

    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int i = 0; i < NTHREADS; i++) {
        if (pthread_create(&t[i], NULL, worker, NULL)) {
            printf("pthread_create failed\n");
            return 1;
        }
    }
    go = 1;
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(t[i], NULL);
    }
    check("ldxr/stxr", c_excl, n);
    check("ldaxr/stlxr w", c_excl_w, n);
    check("ldxp lo", pair_xp[0], n);
    check("ldxp hi", pair_xp[1], 2 * n);
    check("ldadd x", c_ldadd, n);
    check("stadd w", c_ldadd_w, 3 * n);
    check("ldadd b", c_ldadd_b, (uint8_t)(7 * n));
    check("cas", c_cas, n);
    check("casp lo", pair_casp[0], n);
    check("casp hi", pair_casp[1], 3 * n);
    check("ldaxr lock", c_lock_plain, n);
    check("swp lock", c_swp_plain, 2 * n);
    check("sb forbidden", (uint64_t)store_buffering(), 0);
    printf("atomic-threads: %d failed\n", failures);
    return failures != 0;
}
