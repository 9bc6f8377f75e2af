/* Conformance: threads — create/join, __thread TLS, mutexes (normal, PI,
 * robust), condition variables, barriers, rwlocks, timeouts, once and keys,
 * thread-directed signals, cancellation, exit() from a thread, attributes.
 * See conf.h. */
#include "conf.h"

#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <sys/syscall.h>

static pid_t gettid_(void)
{
    return (pid_t)syscall(SYS_gettid);
}

static void *ret_double(void *arg)
{
    return (void *)((intptr_t)arg * 2);
}

static void *exit_triple(void *arg)
{
    pthread_exit((void *)((intptr_t)arg * 3));
}

static void check_create_join(void)
{
    pthread_t t[8];
    long sum = 0, sum2 = 0;
    for (intptr_t i = 0; i < 8; i++) {
        if (pthread_create(&t[i], NULL, i & 1 ? exit_triple : ret_double,
                           (void *)i)) {
            fail_errno("pthread_create");
            return;
        }
    }
    for (int i = 0; i < 8; i++) {
        void *r;
        pthread_join(t[i], &r);
        sum += (intptr_t)r;
    }
    for (intptr_t i = 0; i < 100; i++) { /* creation and teardown, serially */
        pthread_t u;
        void *r;
        pthread_create(&u, NULL, ret_double, (void *)i);
        pthread_join(u, &r);
        sum2 += (intptr_t)r;
    }
    int e = pthread_join(pthread_self(), NULL);
    report(sum == 2 * (0 + 2 + 4 + 6) + 3 * (1 + 3 + 5 + 7) && sum2 == 9900 &&
               e == EDEADLK,
           "returns=%ld serial-100=%ld join-self=%s", sum, sum2, strerror(e));
}

static __thread int tls_counter = 5;
static __thread char tls_name[16] = "main";
static __thread int tls_zero;

static void *tls_thread(void *arg)
{
    intptr_t id = (intptr_t)arg;
    int ok = tls_counter == 5 && !strcmp(tls_name, "main") && tls_zero == 0;
    snprintf(tls_name, sizeof(tls_name), "t%d", (int)id);
    for (int i = 0; i < 10000; i++) {
        tls_counter++;
        if (i % 1000 == 0) {
            sched_yield();
        }
    }
    ok &= tls_counter == 10005 && tls_name[1] == '0' + id;
    return (void *)(intptr_t)(ok ? (intptr_t)&tls_counter : 0);
}

static void check_tls(void)
{
    pthread_t t[4];
    void *addr[4];
    tls_counter = 100;
    strcpy(tls_name, "changed");
    for (intptr_t i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, tls_thread, (void *)i);
    }
    int ok = 1, distinct = 1;
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], &addr[i]);
        ok &= addr[i] != NULL;
        distinct &= addr[i] != &tls_counter;
        for (int j = 0; j < i; j++) {
            distinct &= addr[i] != addr[j];
        }
    }
    report(ok && distinct && tls_counter == 100 && !strcmp(tls_name, "changed"),
           "threads-own-initial-copies=%d distinct=%d main-untouched=%d", ok,
           distinct, tls_counter == 100 && !strcmp(tls_name, "changed"));
}

static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static pthread_mutex_t *hammer_mutex;
static int hammer_iters;

static void *mutex_thread(void *arg)
{
    pthread_mutex_t *m = hammer_mutex;
    (void)arg;
    for (int i = 0; i < hammer_iters; i++) {
        pthread_mutex_lock(m);
        counter++;
        pthread_mutex_unlock(m);
    }
    return NULL;
}

static long hammer(pthread_mutex_t *m, int n, int iters)
{
    pthread_t t[4];
    counter = 0;
    hammer_mutex = m;
    hammer_iters = iters;
    for (int i = 0; i < n; i++) {
        pthread_create(&t[i], NULL, mutex_thread, NULL);
    }
    for (int i = 0; i < n; i++) {
        pthread_join(t[i], NULL);
    }
    return counter;
}

static void check_mutex(void)
{
    long c = hammer(&mtx, 4, 50000);
    pthread_mutex_lock(&mtx);
    int busy = pthread_mutex_trylock(&mtx);
    pthread_mutex_unlock(&mtx);
    pthread_mutexattr_t a;
    pthread_mutex_t em;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&em, &a);
    pthread_mutex_lock(&em);
    int dead = pthread_mutex_lock(&em);
    pthread_mutex_unlock(&em);
    int notmine = pthread_mutex_unlock(&em);
    report(c == 200000 && busy == EBUSY && dead == EDEADLK && notmine == EPERM,
           "counter=%ld trylock=%s relock=%s unlock-unowned=%s", c,
           strerror(busy), strerror(dead), strerror(notmine));
}

static void check_pi_mutex(void)
{
    pthread_mutexattr_t a;
    pthread_mutex_t m;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_INHERIT);
    if (pthread_mutex_init(&m, &a)) {
        report(0, "PI mutex init failed");
        return;
    }
    long c = hammer(&m, 2, 5000); /* contention goes through the kernel */
    report(c == 10000, "counter=%ld", c);
}

static pthread_mutex_t robust;

static void *die_holding(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&robust);
    return NULL; /* exits with the lock held */
}

static void check_robust(void)
{
    pthread_mutexattr_t a;
    pthread_t t;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
    pthread_mutex_init(&robust, &a);
    pthread_create(&t, NULL, die_holding, NULL);
    pthread_join(t, NULL);
    int r = pthread_mutex_trylock(&robust);
    int c = r == EOWNERDEAD ? pthread_mutex_consistent(&robust) : -1;
    pthread_mutex_unlock(&robust);
    int r2 = pthread_mutex_trylock(&robust);
    pthread_mutex_unlock(&robust);
    report(r == EOWNERDEAD && c == 0 && r2 == 0,
           "after-owner-died=%s consistent=%d relock=%d", strerror(r), c, r2);
}

#define QN 8
static struct {
    pthread_mutex_t m;
    pthread_cond_t not_empty, not_full;
    int buf[QN], head, tail, count;
} q = {.m = PTHREAD_MUTEX_INITIALIZER,
       .not_empty = PTHREAD_COND_INITIALIZER,
       .not_full = PTHREAD_COND_INITIALIZER};

static void *producer(void *arg)
{
    int base = (int)(intptr_t)arg;
    for (int i = 1; i <= 2000; i++) {
        pthread_mutex_lock(&q.m);
        while (q.count == QN) {
            pthread_cond_wait(&q.not_full, &q.m);
        }
        q.buf[q.tail] = base + i;
        q.tail = (q.tail + 1) % QN;
        q.count++;
        pthread_cond_signal(&q.not_empty);
        pthread_mutex_unlock(&q.m);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    long sum = 0;
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&q.m);
        while (q.count == 0) {
            pthread_cond_wait(&q.not_empty, &q.m);
        }
        int v = q.buf[q.head];
        q.head = (q.head + 1) % QN;
        q.count--;
        pthread_cond_signal(&q.not_full);
        pthread_mutex_unlock(&q.m);
        if (v < 0) {
            return (void *)sum;
        }
        sum += v;
    }
}

static void check_cond(void)
{
    pthread_t p[2], c[2];
    for (int i = 0; i < 2; i++) {
        pthread_create(&c[i], NULL, consumer, NULL);
        pthread_create(&p[i], NULL, producer, (void *)(intptr_t)(i * 10000));
    }
    for (int i = 0; i < 2; i++) {
        pthread_join(p[i], NULL);
    }
    for (int i = 0; i < 2; i++) { /* one stop marker per consumer */
        pthread_mutex_lock(&q.m);
        while (q.count == QN) {
            pthread_cond_wait(&q.not_full, &q.m);
        }
        q.buf[q.tail] = -1;
        q.tail = (q.tail + 1) % QN;
        q.count++;
        pthread_cond_signal(&q.not_empty);
        pthread_mutex_unlock(&q.m);
    }
    long total = 0;
    for (int i = 0; i < 2; i++) {
        void *r;
        pthread_join(c[i], &r);
        total += (intptr_t)r;
    }
    long want = 2 * (2000L * 2001 / 2) + 10000L * 2000;
    report(total == want, "total=%ld", total);
}

static struct {
    pthread_mutex_t m;
    pthread_cond_t c;
    int go, waiting, woke;
} bc = {.m = PTHREAD_MUTEX_INITIALIZER, .c = PTHREAD_COND_INITIALIZER};

static void *bc_waiter(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&bc.m);
    bc.waiting++;
    while (!bc.go) {
        pthread_cond_wait(&bc.c, &bc.m);
    }
    bc.woke++;
    pthread_mutex_unlock(&bc.m);
    return NULL;
}

static void check_broadcast(void)
{
    pthread_t t[6];
    for (int i = 0; i < 6; i++) {
        pthread_create(&t[i], NULL, bc_waiter, NULL);
    }
    for (;;) {
        pthread_mutex_lock(&bc.m);
        int w = bc.waiting;
        pthread_mutex_unlock(&bc.m);
        if (w == 6) {
            break;
        }
        sched_yield();
    }
    pthread_mutex_lock(&bc.m);
    bc.go = 1;
    pthread_cond_broadcast(&bc.c);
    pthread_mutex_unlock(&bc.m);
    for (int i = 0; i < 6; i++) {
        pthread_join(t[i], NULL);
    }
    report(bc.woke == 6, "woke=%d", bc.woke);
}

static void *ids_thread(void *arg)
{
    pid_t *out = arg;
    out[0] = getpid();
    out[1] = gettid_();
    return NULL;
}

static void check_ids(void)
{
    pthread_t t[3];
    pid_t ids[3][2];
    for (int i = 0; i < 3; i++) {
        pthread_create(&t[i], NULL, ids_thread, ids[i]);
    }
    for (int i = 0; i < 3; i++) {
        pthread_join(t[i], NULL);
    }
    int same_pid = 1, distinct = 1;
    for (int i = 0; i < 3; i++) {
        same_pid &= ids[i][0] == getpid();
        distinct &= ids[i][1] != getpid() && ids[i][1] > 0;
        for (int j = 0; j < i; j++) {
            distinct &= ids[i][1] != ids[j][1];
        }
    }
    report(same_pid && distinct && gettid_() == getpid(),
           "getpid-shared=%d tids-distinct=%d main-tid=pid:%d", same_pid,
           distinct, gettid_() == getpid());
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs;
static pthread_key_t key;
static int destructed;
static pthread_mutex_t dm = PTHREAD_MUTEX_INITIALIZER;

static void once_fn(void)
{
    once_runs++;
}

static void key_dtor(void *v)
{
    pthread_mutex_lock(&dm);
    destructed += (int)(intptr_t)v;
    pthread_mutex_unlock(&dm);
}

static void *once_thread(void *arg)
{
    pthread_once(&once, once_fn);
    pthread_setspecific(key, arg);
    return pthread_getspecific(key);
}

static void check_once_keys(void)
{
    pthread_t t[6];
    long sum = 0;
    pthread_key_create(&key, key_dtor);
    for (intptr_t i = 0; i < 6; i++) {
        pthread_create(&t[i], NULL, once_thread, (void *)(i + 1));
    }
    for (int i = 0; i < 6; i++) {
        void *r;
        pthread_join(t[i], &r);
        sum += (intptr_t)r;
    }
    report(once_runs == 1 && sum == 21 && destructed == 21,
           "once-ran=%d specific-sum=%ld destructor-sum=%d", once_runs, sum,
           destructed);
}

static pthread_barrier_t barrier;
static int serial_count;

static void *barrier_thread(void *arg)
{
    (void)arg;
    for (int r = 0; r < 20; r++) {
        if (pthread_barrier_wait(&barrier) == PTHREAD_BARRIER_SERIAL_THREAD) {
            __atomic_fetch_add(&serial_count, 1, __ATOMIC_RELAXED);
        }
    }
    return NULL;
}

static void check_barrier(void)
{
    pthread_t t[4];
    pthread_barrier_init(&barrier, NULL, 4);
    for (int i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, barrier_thread, NULL);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
    }
    pthread_barrier_destroy(&barrier);
    report(serial_count == 20, "serial-per-round=%d/20", serial_count);
}

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long rw_a, rw_b;
static int rw_bad;

static void *rw_thread(void *arg)
{
    int writer = (int)(intptr_t)arg;
    for (int i = 0; i < 20000; i++) {
        if (writer) {
            pthread_rwlock_wrlock(&rw);
            rw_a++;
            rw_b++;
        } else {
            pthread_rwlock_rdlock(&rw);
            if (rw_a != rw_b) {
                rw_bad = 1;
            }
        }
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}

static void check_rwlock(void)
{
    pthread_t t[4];
    for (intptr_t i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, rw_thread, (void *)(intptr_t)(i < 2));
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
    }
    pthread_rwlock_rdlock(&rw);
    int r2 = pthread_rwlock_tryrdlock(&rw);
    int w = pthread_rwlock_trywrlock(&rw);
    pthread_rwlock_unlock(&rw);
    pthread_rwlock_unlock(&rw);
    report(rw_a == 40000 && !rw_bad && r2 == 0 && w == EBUSY,
           "writes=%ld torn-reads=%d second-reader=%d writer-while-read=%s",
           rw_a, rw_bad, r2, strerror(w));
}

static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;

static void *timedlock_thread(void *arg)
{
    struct timespec ts;
    (void)arg;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += 20 * 1000 * 1000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    return (void *)(intptr_t)pthread_mutex_timedlock(&held, &ts);
}

static void check_timeouts(void)
{
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_t c = PTHREAD_COND_INITIALIZER;
    struct timespec t0, ts;
    sem_t sem;

    clock_gettime(CLOCK_MONOTONIC, &t0);
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += 20 * 1000 * 1000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    pthread_mutex_lock(&m);
    int r = pthread_cond_timedwait(&c, &m, &ts);
    pthread_mutex_unlock(&m);
    double ms = ms_since(&t0);

    sem_init(&sem, 0, 0);
    int s = sem_timedwait(&sem, &ts) < 0 ? errno : 0; /* already past */
    sem_post(&sem);
    int s2 = sem_trywait(&sem);

    pthread_t t;
    void *lr;
    pthread_mutex_lock(&held);
    pthread_create(&t, NULL, timedlock_thread, NULL);
    pthread_join(t, &lr);
    pthread_mutex_unlock(&held);

    report(r == ETIMEDOUT && ms >= 19 && s == ETIMEDOUT && s2 == 0 &&
               (intptr_t)lr == ETIMEDOUT,
           "cond=%s waited>=20ms:%d sem=%s sem-after-post=%d mutex=%s",
           strerror(r), ms >= 19, strerror(s), s2, strerror((int)(intptr_t)lr));
}

static volatile pid_t handled_tid;

static void on_usr(int sig)
{
    (void)sig;
    handled_tid = gettid_();
}

static struct {
    pthread_mutex_t m;
    pthread_cond_t c;
    int ready, done;
    pid_t tid;
} sg = {.m = PTHREAD_MUTEX_INITIALIZER, .c = PTHREAD_COND_INITIALIZER};

static void *signal_target(void *arg)
{
    sigset_t s;
    (void)arg;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2); /* process-directed SIGUSR2 must go elsewhere */
    pthread_sigmask(SIG_BLOCK, &s, NULL);
    pthread_mutex_lock(&sg.m);
    sg.tid = gettid_();
    sg.ready = 1;
    pthread_cond_broadcast(&sg.c);
    while (!sg.done) {
        pthread_cond_wait(&sg.c, &sg.m);
    }
    pthread_mutex_unlock(&sg.m);
    return NULL;
}

static void check_thread_signals(void)
{
    pthread_t t;
    signal(SIGUSR1, on_usr);
    signal(SIGUSR2, on_usr);
    pthread_create(&t, NULL, signal_target, NULL);
    pthread_mutex_lock(&sg.m);
    while (!sg.ready) {
        pthread_cond_wait(&sg.c, &sg.m);
    }
    pthread_mutex_unlock(&sg.m);

    handled_tid = 0;
    pthread_kill(t, SIGUSR1);
    for (int i = 0; i < 1000 && handled_tid == 0; i++) {
        struct timespec ts = {0, 1000000};
        nanosleep(&ts, NULL);
    }
    int in_target = handled_tid == sg.tid;
    handled_tid = 0;
    kill(getpid(), SIGUSR2); /* main is the only thread not blocking it */
    int in_main = handled_tid == getpid();

    pthread_mutex_lock(&sg.m);
    sg.done = 1;
    pthread_cond_broadcast(&sg.c);
    pthread_mutex_unlock(&sg.m);
    pthread_join(t, NULL);
    signal(SIGUSR1, SIG_DFL);
    signal(SIGUSR2, SIG_DFL);
    report(in_target && in_main,
           "pthread_kill-ran-in-target=%d process-signal-ran-in-main=%d",
           in_target, in_main);
}

static int cleanup_ran;
static int cancel_pipe[2];

static void cleanup(void *arg)
{
    (void)arg;
    cleanup_ran = 1;
}

static void *cancel_thread(void *arg)
{
    char c;
    (void)arg;
    pthread_cleanup_push(cleanup, NULL);
    read(cancel_pipe[0], &c, 1); /* a cancellation point; blocks forever */
    pthread_cleanup_pop(0);
    return NULL;
}

static void check_cancel(void)
{
    pthread_t t;
    void *r;
    SYS(pipe(cancel_pipe));
    pthread_create(&t, NULL, cancel_thread, NULL);
    struct timespec ts = {0, 20 * 1000 * 1000};
    nanosleep(&ts, NULL);
    pthread_cancel(t);
    pthread_join(t, &r);
    close(cancel_pipe[0]);
    close(cancel_pipe[1]);
    report(r == PTHREAD_CANCELED && cleanup_ran, "canceled=%d cleanup=%d",
           r == PTHREAD_CANCELED, cleanup_ran);
}

static void *exit_thread(void *arg)
{
    (void)arg;
    struct timespec ts = {0, 10 * 1000 * 1000};
    nanosleep(&ts, NULL);
    exit(7); /* ends the whole process, main included */
}

static void *spin_thread(void *arg)
{
    (void)arg;
    for (;;) {
        __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED);
    }
    return NULL;
}

static int exit_child(void *arg)
{
    pthread_t t, s;
    (void)arg;
    pthread_create(&s, NULL, spin_thread, NULL);
    pthread_create(&t, NULL, exit_thread, NULL);
    for (;;) {
        pause();
    }
    return 1;
}

static void check_exit_from_thread(void)
{
    int st = run_child(exit_child, NULL);
    report(WIFEXITED(st) && WEXITSTATUS(st) == 7, "child=%s", wait_str(st));
}

static void *stack_thread(void *arg)
{
    volatile char big[200 * 1024];
    pthread_attr_t a;
    size_t size = 0;
    (void)arg;
    big[0] = 1;
    big[sizeof(big) - 1] = 2;
    pthread_getattr_np(pthread_self(), &a);
    pthread_attr_getstacksize(&a, &size);
    pthread_attr_destroy(&a);
    return (void *)(size + big[0] + big[sizeof(big) - 1] - 3);
}

static void check_attrs(void)
{
    pthread_attr_t a;
    pthread_t t;
    void *r;
    pthread_attr_init(&a);
    pthread_attr_setstacksize(&a, 512 * 1024);
    pthread_create(&t, &a, stack_thread, NULL);
    pthread_join(t, &r);
    pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    pthread_t d;
    int e = pthread_create(&d, &a, ret_double, NULL);
    pthread_attr_destroy(&a);
    report((size_t)r >= 512 * 1024 && e == 0,
           "stack>=512KiB:%d detached-create=%d", (size_t)r >= 512 * 1024, e);
}

static struct {
    pthread_mutex_t m;
    pthread_cond_t c;
    int named, done;
} nm = {.m = PTHREAD_MUTEX_INITIALIZER, .c = PTHREAD_COND_INITIALIZER};

static void *name_thread(void *arg)
{
    (void)arg;
    pthread_setname_np(pthread_self(), "conf-worker");
    pthread_mutex_lock(&nm.m);
    nm.named = 1;
    pthread_cond_broadcast(&nm.c);
    while (!nm.done) {
        pthread_cond_wait(&nm.c, &nm.m);
    }
    pthread_mutex_unlock(&nm.m);
    return NULL;
}

static void check_names(void)
{
    pthread_t t;
    char name[32] = "", self[32] = "";
    pthread_create(&t, NULL, name_thread, NULL);
    pthread_mutex_lock(&nm.m);
    while (!nm.named) {
        pthread_cond_wait(&nm.c, &nm.m);
    }
    pthread_mutex_unlock(&nm.m);
    int r = pthread_getname_np(t, name, sizeof(name));
    pthread_setname_np(pthread_self(), "conf-main");
    pthread_getname_np(pthread_self(), self, sizeof(self));
    pthread_mutex_lock(&nm.m);
    nm.done = 1;
    pthread_cond_broadcast(&nm.c);
    pthread_mutex_unlock(&nm.m);
    pthread_join(t, NULL);
    report(r == 0 && !strcmp(name, "conf-worker") && !strcmp(self, "conf-main"),
           "other='%s' self='%s'", name, self);
}

static void check_sched(void)
{
    cpu_set_t set;
    long y = sched_yield();
    long a = sched_getaffinity(0, sizeof(set), &set);
    int n = CPU_COUNT(&set);
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    int pol = sched_getscheduler(0);
    report(y == 0 && a == 0 && n >= 1 && pol == SCHED_OTHER,
           "yield=%ld affinity-cpus>=1:%d <=online:%d policy=%s", y, n >= 1,
           n <= online, pol == SCHED_OTHER ? "SCHED_OTHER" : "?");
}

static const ConfCheck checks[] = {
    {"thr.create-join", check_create_join},
    {"thr.tls", check_tls},
    {"thr.mutex", check_mutex},
    {"thr.pi-mutex", check_pi_mutex},
    {"thr.robust-mutex", check_robust},
    {"thr.cond", check_cond},
    {"thr.broadcast", check_broadcast},
    {"thr.ids", check_ids},
    {"thr.once-keys", check_once_keys},
    {"thr.barrier", check_barrier},
    {"thr.rwlock", check_rwlock},
    {"thr.timeouts", check_timeouts},
    {"thr.signals", check_thread_signals},
    {"thr.cancel", check_cancel},
    {"thr.exit-from-thread", check_exit_from_thread},
    {"thr.attrs", check_attrs},
    {"thr.names", check_names},
    {"thr.sched", check_sched},
};

CONF_MAIN(checks)
