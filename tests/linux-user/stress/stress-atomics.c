/*
 * Stress: 16 threads hammering shared state at once —
 *   - __atomic fetch_add on 64-, 32-, 16- and 8-bit counters (sub-word
 *     atomics become LR/SC loops on an aligned word on riscv64),
 *   - a compare-and-swap retry loop (increment plus a running maximum),
 *   - a test-and-set spinlock guarding a plain counter,
 *   - a pthread mutex guarding a plain counter,
 *   - a bounded queue with condition variables (8 producers, 8 consumers).
 * Every total is known in advance. Prints one line, "ok ..." and exit 0 on
 * success, "FAIL ..." and exit 1 otherwise. Run many times by
 * tests/run-tests.sh (layer stress); a run takes well under a second.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define THREADS 16
#define ITERS 4001 /* THREADS * ITERS is no multiple of 256 */
#define ITEMS 3000 /* per producer */
#define QSIZE 16

static uint64_t c64;
static uint32_t c32;
static uint16_t c16;
static uint8_t c8;
static uint64_t cas_count, cas_max;
static int spin;
static uint64_t spin_count;
static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static uint64_t mtx_count;
static pthread_barrier_t start;

static struct {
    pthread_mutex_t m;
    pthread_cond_t not_empty, not_full;
    int64_t buf[QSIZE];
    int head, tail, count;
} q = {.m = PTHREAD_MUTEX_INITIALIZER,
       .not_empty = PTHREAD_COND_INITIALIZER,
       .not_full = PTHREAD_COND_INITIALIZER};

static void *hammer(void *arg)
{
    uint64_t id = (uintptr_t)arg;
    pthread_barrier_wait(&start);
    for (int i = 0; i < ITERS; i++) {
        __atomic_fetch_add(&c64, 1, __ATOMIC_SEQ_CST);
        __atomic_fetch_add(&c32, 3, __ATOMIC_RELAXED);
        __atomic_fetch_add(&c16, 1, __ATOMIC_ACQ_REL);
        __atomic_fetch_add(&c8, 1, __ATOMIC_SEQ_CST);

        uint64_t old = __atomic_load_n(&cas_count, __ATOMIC_RELAXED);
        while (!__atomic_compare_exchange_n(
            &cas_count, &old, old + 1, 1, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
        }
        uint64_t v = id * 100000 + i,
                 m = __atomic_load_n(&cas_max, __ATOMIC_RELAXED);
        while (v > m && !__atomic_compare_exchange_n(&cas_max, &m, v, 0,
                                                     __ATOMIC_SEQ_CST,
                                                     __ATOMIC_RELAXED)) {
        }

        if (i % 4 == 0) {
            while (__atomic_exchange_n(&spin, 1, __ATOMIC_ACQUIRE)) {
                while (__atomic_load_n(&spin, __ATOMIC_RELAXED)) {
                }
            }
            spin_count++;
            __atomic_store_n(&spin, 0, __ATOMIC_RELEASE);

            pthread_mutex_lock(&mtx);
            mtx_count++;
            pthread_mutex_unlock(&mtx);
        }
    }
    return NULL;
}

static void *producer(void *arg)
{
    int64_t base = (intptr_t)arg * 1000000;
    for (int i = 1; i <= ITEMS; i++) {
        pthread_mutex_lock(&q.m);
        while (q.count == QSIZE) {
            pthread_cond_wait(&q.not_full, &q.m);
        }
        q.buf[q.tail] = base + i;
        q.tail = (q.tail + 1) % QSIZE;
        q.count++;
        pthread_cond_signal(&q.not_empty);
        pthread_mutex_unlock(&q.m);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    int64_t sum = 0;
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&q.m);
        while (q.count == 0) {
            pthread_cond_wait(&q.not_empty, &q.m);
        }
        int64_t v = q.buf[q.head];
        q.head = (q.head + 1) % QSIZE;
        q.count--;
        pthread_cond_signal(&q.not_full);
        pthread_mutex_unlock(&q.m);
        if (v < 0) {
            return (void *)(intptr_t)sum;
        }
        sum += v;
    }
}

static void push(int64_t v)
{
    pthread_mutex_lock(&q.m);
    while (q.count == QSIZE) {
        pthread_cond_wait(&q.not_full, &q.m);
    }
    q.buf[q.tail] = v;
    q.tail = (q.tail + 1) % QSIZE;
    q.count++;
    pthread_cond_signal(&q.not_empty);
    pthread_mutex_unlock(&q.m);
}

int main(void)
{
    pthread_t t[THREADS], prod[8], cons[8];
    int fails = 0;

    pthread_barrier_init(&start, NULL, THREADS);
    for (uintptr_t i = 0; i < THREADS; i++) {
        if (pthread_create(&t[i], NULL, hammer, (void *)i)) {
            printf("FAIL stress-atomics: pthread_create\n");
            return 1;
        }
    }
    for (intptr_t i = 0; i < 8; i++) {
        pthread_create(&cons[i], NULL, consumer, NULL);
        pthread_create(&prod[i], NULL, producer, (void *)i);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
    }
    for (int i = 0; i < 8; i++) {
        pthread_join(prod[i], NULL);
    }
    for (int i = 0; i < 8; i++) {
        push(-1); /* one stop marker per consumer */
    }
    int64_t total = 0;
    for (int i = 0; i < 8; i++) {
        void *r;
        pthread_join(cons[i], &r);
        total += (intptr_t)r;
    }

    const uint64_t n = (uint64_t)THREADS * ITERS;
    int64_t want_total = 0;
    for (int64_t p = 0; p < 8; p++) {
        want_total += p * 1000000 * ITEMS + (int64_t)ITEMS * (ITEMS + 1) / 2;
    }
    fails += c64 != n;
    fails += c32 != (uint32_t)(3 * n);
    fails += c16 != (uint16_t)n;
    fails += c8 != (uint8_t)n;
    fails += cas_count != n;
    fails += cas_max != (THREADS - 1) * 100000ull + ITERS - 1;
    fails += spin_count != THREADS * ((ITERS + 3) / 4);
    fails += mtx_count != THREADS * ((ITERS + 3) / 4);
    fails += total != want_total;
    printf("%s stress-atomics: c64=%llu c32=%u c16=%u c8=%u cas=%llu "
           "max=%llu spin=%llu mutex=%llu queue=%lld\n",
           fails ? "FAIL" : "ok", (unsigned long long)c64, c32, c16, c8,
           (unsigned long long)cas_count, (unsigned long long)cas_max,
           (unsigned long long)spin_count, (unsigned long long)mtx_count,
           (long long)total);
    return fails ? 1 : 0;
}
