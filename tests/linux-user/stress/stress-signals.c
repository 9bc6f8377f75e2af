/*
 * Stress: a signal storm over running and blocked threads.
 *   - ITIMER_REAL fires SIGALRM every millisecond (SA_RESTART handler that
 *     counts and clobbers integer and FP registers);
 *   - three threads compute a known result over and over (a handler that
 *     corrupted their state would change it);
 *   - a reader thread blocks in read() on a pipe that main writes only later,
 *     in pieces; a waiter blocks in pthread_cond_wait until main signals;
 *     main also aims SIGUSR1 (SA_RESTART) straight at both with pthread_kill
 *     while they are blocked.
 * Checks: every computation is right, the reader gets exactly the bytes
 * written and in order (no EINTR leaks out of a restarted read), the waiter
 * wakes (no lost wakeup), the handlers ran. One line, "ok ..." and exit 0 on
 * success; a hang is caught by the runner's timeout.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define DATA (64 * 1024)

static volatile int alarm_hits, usr1_hits;
static volatile double sink;
static int data_pipe[2];
static volatile int computing = 1;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int released, woke;

static void on_signal(int sig)
{
    double a = 1.25, b = 3.5;
    for (int i = 0; i < 20; i++) {
        a = a * b - 0.5;
        b = b / 1.5 + a * 1e-6;
    }
    sink = a + b;
    __atomic_fetch_add(sig == SIGALRM ? &alarm_hits : &usr1_hits, 1,
                       __ATOMIC_RELAXED);
}

static volatile int compute_len = 200000;

static uint64_t compute(uint64_t seed)
{
    double x = (double)(seed % 7) + 0.5, y = 1.25;
    uint64_t h = seed ^ 1469598103934665603ull, bits;
    for (int i = 0, n = compute_len; i < n; i++) {
        x = x * 0.9999999 + y * 0.5;
        y = y * 0.999 - x * 1e-7;
        memcpy(&bits, &x, sizeof(bits));
        h = (h ^ (uint64_t)i ^ bits) * 1099511628211ull;
        h += h >> 29;
    }
    memcpy(&bits, &y, sizeof(bits));
    return h ^ bits;
}

static uint64_t expected[3];

static void *computer(void *arg)
{
    intptr_t id = (intptr_t)arg;
    long bad = 0, rounds = 0;
    while (__atomic_load_n(&computing, __ATOMIC_RELAXED) || rounds < 3) {
        bad += compute(id + 1) != expected[id];
        rounds++;
    }
    return (void *)bad;
}

static unsigned char byte_at(long i)
{
    return (unsigned char)(i * 7 + (i >> 8));
}

static void *reader(void *arg)
{
    static unsigned char buf[DATA];
    long got = 0, bad = 0;
    (void)arg;
    while (got < DATA) {
        ssize_t n = read(data_pipe[0], buf, 1000);
        if (n <= 0) {
            fprintf(stderr, "read: %zd %s after %ld bytes\n", n,
                    n < 0 ? strerror(errno) : "EOF", got);
            return (void *)-1L;
        }
        for (ssize_t i = 0; i < n; i++) {
            bad += buf[i] != byte_at(got + i);
        }
        got += n;
    }
    return (void *)(bad ? -2L : got);
}

static void *waiter(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (!released) {
        pthread_cond_wait(&c, &m);
    }
    woke = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void sleep_ms(long ms)
{
    struct timespec ts = {0, ms * 1000000};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
    }
}

int main(void)
{
    pthread_t comp[3], rd, wt;
    struct sigaction sa = {.sa_handler = on_signal, .sa_flags = SA_RESTART};
    struct itimerval it = {{0, 1000}, {0, 1000}}, off = {{0, 0}, {0, 0}};
    sigset_t alrm;

    for (int i = 0; i < 3; i++) {
        expected[i] = compute(i + 1);
    }
    if (pipe(data_pipe) < 0) {
        printf("FAIL stress-signals: pipe\n");
        return 1;
    }
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    sigaction(SIGUSR1, &sa, NULL);
    for (intptr_t i = 0; i < 3; i++) {
        pthread_create(&comp[i], NULL, computer, (void *)i);
    }
    pthread_create(&rd, NULL, reader, NULL);
    pthread_create(&wt, NULL, waiter, NULL);
    /* main takes no SIGALRM (the threads, made before, do): the timer's
     * signals land on the computing and the blocked threads */
    sigemptyset(&alrm);
    sigaddset(&alrm, SIGALRM);
    pthread_sigmask(SIG_BLOCK, &alrm, NULL);
    setitimer(ITIMER_REAL, &it, NULL);

    for (int i = 0; i < 30; i++) { /* both are blocked by now */
        sleep_ms(1);
        pthread_kill(rd, SIGUSR1);
        pthread_kill(wt, SIGUSR1);
    }
    static unsigned char out[DATA];
    for (long i = 0; i < DATA; i++) {
        out[i] = byte_at(i);
    }
    for (long off_ = 0; off_ < DATA;) { /* in uneven pieces, with pauses */
        long n = 1 + (off_ * 31 + 4093) % 6000;
        if (n > DATA - off_) {
            n = DATA - off_;
        }
        ssize_t w = write(data_pipe[1], out + off_, n);
        if (w < 0) {
            printf("FAIL stress-signals: write: %s\n", strerror(errno));
            return 1;
        }
        off_ += w;
        if (off_ % 3 == 0) {
            pthread_kill(rd, SIGUSR1);
        }
    }
    sleep_ms(2);
    pthread_mutex_lock(&m);
    released = 1;
    pthread_cond_signal(&c);
    pthread_mutex_unlock(&m);

    void *r;
    pthread_join(rd, &r);
    long got = (long)r;
    pthread_join(wt, NULL);
    __atomic_store_n(&computing, 0, __ATOMIC_RELAXED);
    long bad = 0;
    for (int i = 0; i < 3; i++) {
        void *b;
        pthread_join(comp[i], &b);
        bad += (long)b;
    }
    setitimer(ITIMER_REAL, &off, NULL);

    int ok = got == DATA && woke && bad == 0 && alarm_hits > 0 && usr1_hits > 0;
    printf("%s stress-signals: read=%ld woke=%d bad-results=%ld "
           "alarms>0:%d usr1>0:%d\n",
           ok ? "ok" : "FAIL", got, woke, bad, alarm_hits > 0, usr1_hits > 0);
    return ok ? 0 : 1;
}
