// CFLAGS: -pthread
/* A extension under contention: four threads each add 20000 to one counter
 * with amoadd.d and to another with an lr.w.aq/sc.w.rl loop; no update may
 * be lost. Needs guest threads; the single-threaded checks are ../amo.c. */
#include <pthread.h>

#include "check.h"

#define NTHREADS 4
#define ITERS 20000

static volatile uint64_t counter;
static volatile uint32_t counter32;

static void *worker(void *arg)
{
    for (int i = 0; i < ITERS; i++) {
        uint64_t one = 1, old, fail;
        __asm__ volatile("amoadd.d zero, %1, (%0)" ::"r"(&counter), "r"(one)
                         : "memory");
        __asm__ volatile("1: lr.w.aq %0, (%2)\n addiw %0, %0, 1\n"
                         " sc.w.rl %1, %0, (%2)\n bnez %1, 1b"
                         : "=&r"(old), "=&r"(fail) : "r"(&counter32)
                         : "memory");
    }
    return arg;
}

int main(void)
{
    pthread_t t[NTHREADS];
    int created = 0;

    for (int i = 0; i < NTHREADS; i++) {
        if (pthread_create(&t[i], NULL, worker, NULL) == 0) {
            created++;
        }
    }
    check("pthread_create", created, NTHREADS);
    for (int i = 0; i < created; i++) {
        pthread_join(t[i], NULL);
    }
    check("threads amoadd.d", counter, (uint64_t)created * ITERS);
    check("threads lr/sc.w", counter32, (uint64_t)created * ITERS);
    return finish("amo-threads");
}
