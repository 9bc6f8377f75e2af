/* Multithreaded benchmark: 4 threads share rounds of work. In each round
 * they take 64 KiB chunks from a shared atomic cursor (work stealing), hash
 * and sort-merge them in private buffers, add each chunk's result under a
 * mutex, and meet at a barrier; the round's total seeds the next round. The
 * checksum does not depend on which thread did which chunk. Exercises
 * parallel translated code, atomics, futex-based mutexes and barriers. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 4
#define CHUNKS 96
#define CHUNK_WORDS 8192

static int rounds;
static uint64_t seed = 0x9e3779b97f4a7c15ull;
static unsigned cursor;
static uint64_t total;
static pthread_mutex_t total_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t barrier;

static uint64_t mix(uint64_t x)
{
    x ^= x >> 31;
    x *= 0x7fb5d329728ea185ull;
    x ^= x >> 27;
    x *= 0x81dadef4bc2dd44dull;
    return x ^ (x >> 33);
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static uint64_t chunk_work(uint64_t s, unsigned chunk, uint32_t *buf)
{
    uint64_t x = mix(s + chunk), h = 0;
    for (int i = 0; i < CHUNK_WORDS; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        buf[i] = (uint32_t)(x >> 16);
    }
    qsort(buf, CHUNK_WORDS, sizeof(buf[0]), cmp_u32);
    for (int i = 0; i < CHUNK_WORDS; i++) {
        h = h * 31 + (buf[i] ^ (uint32_t)i);
    }
    return mix(h);
}

static void *worker(void *arg)
{
    uint32_t *buf = malloc(CHUNK_WORDS * sizeof(uint32_t));
    (void)arg;
    for (int r = 0; r < rounds; r++) {
        uint64_t s = __atomic_load_n(&seed, __ATOMIC_ACQUIRE);
        unsigned c;
        while ((c = __atomic_fetch_add(&cursor, 1, __ATOMIC_RELAXED)) <
               CHUNKS) {
            uint64_t v = chunk_work(s, c, buf);
            pthread_mutex_lock(&total_lock);
            total += v; /* addition commutes: any order, same sum */
            pthread_mutex_unlock(&total_lock);
        }
        if (pthread_barrier_wait(&barrier) == PTHREAD_BARRIER_SERIAL_THREAD) {
            __atomic_store_n(&seed, mix(total + r), __ATOMIC_RELEASE);
            __atomic_store_n(&cursor, 0, __ATOMIC_RELAXED);
        }
        pthread_barrier_wait(&barrier); /* the next round's seed is ready */
    }
    free(buf);
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t t[THREADS];
    int scale = argc > 1 ? atoi(argv[1]) : 1;

    rounds = 12 * scale;
    pthread_barrier_init(&barrier, NULL, THREADS);
    for (int i = 0; i < THREADS; i++) {
        pthread_create(&t[i], NULL, worker, NULL);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
    }
    printf("threads %016llx %016llx\n", (unsigned long long)total,
           (unsigned long long)seed);
    return 0;
}
