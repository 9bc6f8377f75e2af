/* The mmap family from many threads at once: threads map, fill, remap and
 * unmap memory while others rewrite and run code (RWX with fence.i, W^X
 * with mprotect) and grow and shrink the break. Every thread checks what
 * it reads and what its code returns; the run must neither fail nor hang. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PG 4096L
#define ROUNDS 400

typedef long (*Fn)(void);

static void emit(void *p, int n)
{
    uint32_t code[2] = {((uint32_t)(n & 0x7ff) << 20) | 0x513, 0x00008067};
    memcpy(p, code, sizeof(code));
}

static void *mapper(void *arg)
{
    long bad = 0, id = (long)arg;
    for (int i = 0; i < ROUNDS; i++) {
        size_t len = (1 + (i + id) % 7) * PG;
        char *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) {
            bad++;
            continue;
        }
        memset(p, (int)id, len);
        char *q = mremap(p, len, 2 * len, MREMAP_MAYMOVE);
        if (q == MAP_FAILED) {
            bad++;
            munmap(p, len);
            continue;
        }
        bad += q[len - 1] != (char)id || q[2 * len - 1] != 0;
        bad += mprotect(q, len, PROT_READ) != 0;
        bad += munmap(q, 2 * len) != 0;
    }
    return (void *)bad;
}

static void *jit_rwx(void *arg)
{
    long bad = 0;
    char *p = mmap(NULL, PG, PROT_READ | PROT_WRITE | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    for (int i = 0; i < ROUNDS; i++) {
        emit(p, i);
        __asm__ volatile("fence.i" ::: "memory");
        bad += ((Fn)p)() != (i & 0x7ff);
    }
    munmap(p, PG);
    return (void *)bad;
}

static void *jit_wx(void *arg)
{
    long bad = 0;
    for (int i = 0; i < ROUNDS / 4; i++) {
        char *p = mmap(NULL, PG, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        for (int k = 0; k < 4; k++) {
            bad += mprotect(p, PG, PROT_READ | PROT_WRITE) != 0;
            emit(p, i + k);
            bad += mprotect(p, PG, PROT_READ | PROT_EXEC) != 0;
            __builtin___clear_cache(p, p + 8);
            bad += ((Fn)p)() != i + k;
        }
        munmap(p, PG);
    }
    return (void *)bad;
}

int main(void)
{
    void *(*fns[])(void *) = {mapper, mapper, mapper, jit_rwx, jit_wx};
    enum { N = sizeof(fns) / sizeof(fns[0]) };
    pthread_t t[N];
    long bad = 0;

    for (long i = 0; i < N; i++) {
        pthread_create(&t[i], NULL, fns[i], (void *)i);
    }
    char *b0 = sbrk(0);
    for (int i = 0; i < ROUNDS; i++) {
        bad += sbrk(16 * PG) == (void *)-1;
        b0[i % PG] = 1;
        bad += sbrk(-16 * PG) == (void *)-1;
    }
    for (int i = 0; i < N; i++) {
        void *r;
        pthread_join(t[i], &r);
        bad += (long)r;
    }
    printf("threads-mm: %ld bad\n", bad);
    return bad != 0;
}
