/* The body of atomic-c11.c and atomic-c11-llsc.c (see there): C11
 * atomics on every integer width and under thread contention. NAME is the
 * test's name. */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#ifndef NAME
#define NAME "atomic-c11"
#endif

static int failures;

static void check(const char *what, unsigned long long got,
                  unsigned long long want)
{
    printf("%-24s %llx%s\n", what, got, got == want ? "" : "  FAIL");
    failures += got != want;
}

#define FETCH_TESTS(T, name, init)                                         \
    do {                                                                   \
        _Atomic T v = (T)(init);                                           \
        T e;                                                               \
        check(name " add", (unsigned long long)(uint64_t)atomic_fetch_add(&v, (T)5), \
              (unsigned long long)(uint64_t)(T)(init));                    \
        check(name " sub", (unsigned long long)(uint64_t)atomic_fetch_sub(&v, (T)7), \
              (unsigned long long)(uint64_t)(T)((T)(init) + 5));           \
        check(name " or", (unsigned long long)(uint64_t)atomic_fetch_or(&v, (T)0x30), \
              (unsigned long long)(uint64_t)(T)((T)(init) - 2));           \
        check(name " and", (unsigned long long)(uint64_t)atomic_fetch_and(&v, (T)~1), \
              (unsigned long long)(uint64_t)(T)(((T)(init) - 2) | 0x30));  \
        check(name " xor", (unsigned long long)(uint64_t)atomic_fetch_xor(&v, (T)-1), \
              (unsigned long long)(uint64_t)(T)((((T)(init) - 2) | 0x30) & ~1)); \
        check(name " xchg", (unsigned long long)(uint64_t)atomic_exchange(&v, (T)9), \
              (unsigned long long)(uint64_t)(T)~((((T)(init) - 2) | 0x30) & ~1)); \
        e = 8;                                                             \
        check(name " cas fail", atomic_compare_exchange_strong(&v, &e, (T)1), 0); \
        check(name " cas seen", (unsigned long long)(uint64_t)e, 9);       \
        check(name " cas ok", atomic_compare_exchange_strong(&v, &e, (T)-3), 1); \
        check(name " final", (unsigned long long)(uint64_t)atomic_load(&v), \
              (unsigned long long)(uint64_t)(T)-3);                        \
    } while (0)

#define NT 4
#define ITERS 20000

static _Atomic uint8_t c8;
static _Atomic uint16_t c16;
static _Atomic uint32_t c32;
static _Atomic uint64_t c64;
static _Atomic uint64_t cweak;
static atomic_flag spin = ATOMIC_FLAG_INIT;
static uint64_t under_spin;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static uint64_t under_mutex;
static int turn;

static void *worker(void *arg)
{
    int me = (int)(intptr_t)arg;

    for (int i = 0; i < ITERS; i++) {
        atomic_fetch_add_explicit(&c8, 1, memory_order_relaxed);
        atomic_fetch_add_explicit(&c16, 3, memory_order_acq_rel);
        atomic_fetch_sub(&c32, 1);
        atomic_fetch_add_explicit(&c64, 2, memory_order_release);
        uint64_t old = atomic_load_explicit(&cweak, memory_order_relaxed);
        while (!atomic_compare_exchange_weak(&cweak, &old, old + 1)) {
        }
        while (atomic_flag_test_and_set_explicit(&spin, memory_order_acquire)) {
            sched_yield();
        }
        under_spin++;
        atomic_flag_clear_explicit(&spin, memory_order_release);
    }
    /* round-robin handoff under a mutex and condvar */
    for (int i = 0; i < 200; i++) {
        pthread_mutex_lock(&mu);
        while (turn % NT != me) {
            pthread_cond_wait(&cv, &mu);
        }
        under_mutex += (uint64_t)me + 1;
        turn++;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&mu);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    const uint64_t n = (uint64_t)NT * ITERS;

    setvbuf(stdout, NULL, _IOLBF, 0);
    FETCH_TESTS(uint8_t, "u8", 0xf0);
    FETCH_TESTS(int8_t, "s8", -100);
    FETCH_TESTS(uint16_t, "u16", 0xfff0);
    FETCH_TESTS(int32_t, "s32", 0x7ffffff0);
    FETCH_TESTS(uint64_t, "u64", 0xfffffffffffffff0ull);

    for (int i = 0; i < NT; i++) {
        pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
    }
    for (int i = 0; i < NT; i++) {
        pthread_join(t[i], NULL);
    }
    check("threads u8", c8, (uint8_t)n);
    check("threads u16", c16, (uint16_t)(3 * n));
    check("threads u32", c32, (uint32_t)-n);
    check("threads u64", c64, 2 * n);
    check("threads cas weak", cweak, n);
    check("threads spinlock", under_spin, n);
    check("threads mutex", under_mutex, 200 * (1 + 2 + 3 + 4));
    printf("%s: %d failed\n", NAME, failures);
    return failures != 0;
}
