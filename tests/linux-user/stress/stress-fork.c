/*
 * Stress: fork from a multithreaded process. Four threads keep allocating,
 * formatting and taking a mutex while main forks eight children one after
 * another. Each child (a copy of whichever state the threads were in)
 * allocates, starts and joins a thread of its own, printf()s a line into a
 * pipe and exits; the parent checks every child's line and exit status, then
 * the threads' totals. One line, "ok ..." and exit 0 on success; a child that
 * deadlocks (say on an allocator or emulator lock held at fork time) shows as
 * a hang, caught by the runner's timeout.
 *
 *   stress-fork [--no-child-thread]
 * The option leaves out the child's thread (qemu-riscv64 7.2 aborts on
 * pthread_create in a child forked from a multithreaded process).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define WORKERS 4
#define CHILDREN 8

static volatile int running = 1;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long shared_count;

static void *worker(void *arg)
{
    long mine = 0;
    unsigned seed = (unsigned)(uintptr_t)arg * 2654435761u;
    char text[128];
    while (__atomic_load_n(&running, __ATOMIC_RELAXED)) {
        seed = seed * 1103515245 + 12345;
        size_t size = 16 + (seed >> 8) % 5000;
        char *p = malloc(size);
        memset(p, (int)seed, size);
        snprintf(text, sizeof(text), "%u %zu %p", seed, size, (void *)p);
        free(p);
        pthread_mutex_lock(&m);
        shared_count++;
        pthread_mutex_unlock(&m);
        mine++;
    }
    return (void *)mine;
}

static void *child_thread(void *arg)
{
    long *v = arg;
    char *p = malloc(100000);
    memset(p, 1, 100000);
    for (int i = 0; i < 100000; i++) {
        *v += p[i];
    }
    free(p);
    return NULL;
}

static int child_threads = 1;

static int child_main(int fd, int i)
{
    long sum = 0;
    char **blocks = malloc(200 * sizeof(*blocks));
    for (int k = 0; k < 200; k++) {
        blocks[k] = malloc(32 + k * 50);
        memset(blocks[k], k, 32 + k * 50);
    }
    for (int k = 0; k < 200; k++) {
        sum += (unsigned char)blocks[k][k];
        free(blocks[k]);
    }
    free(blocks);
    pthread_t t;
    long tsum = 0;
    if (!child_threads) {
        child_thread(&tsum);
    } else if (pthread_create(&t, NULL, child_thread, &tsum) != 0) {
        return 2;
    } else {
        pthread_join(t, NULL);
    }
    if (dup2(fd, 1) < 0) {
        return 3;
    }
    printf("child %d sum=%ld thread=%ld\n", i, sum, tsum);
    return 0; /* exit() flushes stdout */
}

int main(int argc, char **argv)
{
    pthread_t w[WORKERS];
    int bad = 0;

    child_threads = !(argc > 1 && !strcmp(argv[1], "--no-child-thread"));
    for (uintptr_t i = 0; i < WORKERS; i++) {
        pthread_create(&w[i], NULL, worker, (void *)(i + 1));
    }
    for (int i = 0; i < CHILDREN; i++) {
        int p[2];
        if (pipe(p) < 0) {
            printf("FAIL stress-fork: pipe\n");
            return 1;
        }
        usleep(500 + i * 300); /* fork at different points of the workers */
        fflush(stdout);
        pid_t pid = fork();
        if (pid < 0) {
            printf("FAIL stress-fork: fork\n");
            return 1;
        }
        if (pid == 0) {
            close(p[0]);
            exit(child_main(p[1], i));
        }
        close(p[1]);
        char buf[128] = {0}, want[128];
        size_t got = 0;
        ssize_t n;
        while (got < sizeof(buf) - 1 &&
               (n = read(p[0], buf + got, sizeof(buf) - 1 - got)) > 0) {
            got += n;
        }
        close(p[0]);
        int st;
        waitpid(pid, &st, 0);
        long sum = 0;
        for (int k = 0; k < 200; k++) {
            sum += k;
        }
        snprintf(want, sizeof(want), "child %d sum=%ld thread=100000\n", i,
                 sum);
        if (st != 0 || strcmp(buf, want) != 0) {
            if (!bad) {
                fprintf(stderr, "child %d: status 0x%x, output '%s'\n", i, st,
                        buf);
            }
            bad++;
        }
    }
    __atomic_store_n(&running, 0, __ATOMIC_RELAXED);
    long total = 0;
    for (int i = 0; i < WORKERS; i++) {
        void *r;
        pthread_join(w[i], &r);
        total += (long)r;
    }
    int ok = !bad && total == shared_count && total > 0;
    printf("%s stress-fork: children-ok=%d/%d worker-totals-agree=%d\n",
           ok ? "ok" : "FAIL", CHILDREN - bad, CHILDREN, total == shared_count);
    return ok ? 0 : 1;
}
