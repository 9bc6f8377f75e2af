/*
 * Guest threads and processes: clone with CLONE_THREAD starts a host
 * thread running its own copy of the CPU; fork keeps the emulator's locks
 * consistent in the child. See thread.h.
 */
#define _GNU_SOURCE
#include "linux-user/thread.h"

#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/mmap.h"
#include "linux-user/signal.h"
#include "linux-user/user.h"
#include "translator/exec.h"
#include "translator/guest.h"
#include "translator/log.h"

__thread TaskState *current_task;

/* Guest threads alive; the last one to exit ends the process. */
static int n_threads = 1;

static TaskState *task_new(CPUCommon *cpu)
{
    TaskState *ts = calloc(1, sizeof(*ts));
    if (!ts) {
        return NULL;
    }
    ts->cpu = cpu;
    ts->altstack.flags = SS_DISABLE;
    cpu->opaque = ts;
    return ts;
}

TaskState *thread_init_main(CPUCommon *cpu)
{
    TaskState *ts = task_new(cpu);
    if (!ts) {
        fprintf(stderr, "%s: out of memory\n", prog_name);
        exit(1);
    }
    ts->tid = gettid();
    sigset_t host;
    pthread_sigmask(SIG_SETMASK, NULL, &host);
    for (int sig = 1; sig <= TARGET_NSIG; sig++) {
        if (sigismember(&host, sig) == 1) {
            ts->sigmask |= 1ull << (sig - 1);
        }
    }
    current_task = ts;
    return ts;
}

typedef struct NewThread {
    CPUCommon *cpu;
    TaskState *ts;
    uint64_t flags, parent_tid, child_tid;
    sem_t started;
    int tid;
} NewThread;

static void put_tid(uint64_t addr, int tid)
{
    uint32_t v = (uint32_t)tid;
    copy_to_user(addr, &v, sizeof(v));
}

static void *thread_start(void *arg)
{
    NewThread *nt = arg;
    TaskState *ts = nt->ts;
    CPUCommon *cpu = nt->cpu;

    current_task = ts;
    current_cpu = cpu;
    ts->tid = gettid();
    signal_init_thread();
    if (nt->flags & CLONE_CHILD_SETTID) {
        put_tid(nt->child_tid, ts->tid);
    }
    if (nt->flags & CLONE_PARENT_SETTID) {
        put_tid(nt->parent_tid, ts->tid);
    }
    if (nt->flags & CLONE_CHILD_CLEARTID) {
        ts->clear_child_tid = nt->child_tid;
    }
    nt->tid = ts->tid;
    sem_post(&nt->started); /* nt belongs to the parent from here */
    signal_sync_host_mask();
    cpu_loop(cpu);
}

int thread_create(CPUCommon *parent, uint64_t flags, uint64_t newsp,
                  uint64_t parent_tid, uint64_t tls, uint64_t child_tid)
{
    const GuestArch *arch = parent->arch;
    NewThread nt = {.flags = flags,
                    .parent_tid = parent_tid,
                    .child_tid = child_tid};
    CPUCommon *cpu = cpu_clone(parent);
    TaskState *ts = task_new(cpu);
    if (!ts) {
        cpu_free(cpu);
        return -ENOMEM;
    }
    /* The child returns 0 from clone, on its own stack. */
    arch->syscall_ret(cpu, 0);
    if (newsp) {
        arch->set_sp(cpu, newsp);
    }
    if (flags & CLONE_SETTLS) {
        arch->set_tls(cpu, tls);
    }
    ts->sigmask = current_task->sigmask;
    nt.cpu = cpu;
    nt.ts = ts;
    sem_init(&nt.started, 0, 0);

    /* The host thread starts with every signal blocked and takes the
     * guest's mask itself once its TaskState is in place. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 1 << 20);
    __atomic_add_fetch(&n_threads, 1, __ATOMIC_SEQ_CST);
    pthread_t th;
    int r = pthread_create(&th, &attr, thread_start, &nt);
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (r != 0) {
        __atomic_sub_fetch(&n_threads, 1, __ATOMIC_SEQ_CST);
        cpu_free(cpu);
        free(ts);
        return -r;
    }
    while (sem_wait(&nt.started) < 0 && errno == EINTR) {
    }
    sem_destroy(&nt.started);
    return nt.tid;
}

/* What the kernel does for a dying thread's robust futex list (see
 * Documentation/locking/robust-futex-ABI): every lock still owned by the
 * thread gets FUTEX_OWNER_DIED and one waiter is woken, so the next
 * pthread_mutex_lock returns EOWNERDEAD. The list lives in guest memory
 * with guest pointers, which is why the host kernel cannot walk it. */
static void robust_futex_release(uint64_t uaddr, uint32_t tid)
{
    uint32_t *p = lock_user(uaddr, 4, true);
    if (!p || ((uintptr_t)p & 3)) {
        return;
    }
    uint32_t old = __atomic_load_n(p, __ATOMIC_SEQ_CST);
    for (;;) {
        if ((old & FUTEX_TID_MASK) != tid) {
            return;
        }
        uint32_t new = (old & FUTEX_WAITERS) | FUTEX_OWNER_DIED;
        if (__atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_SEQ_CST,
                                        __ATOMIC_SEQ_CST)) {
            break;
        }
    }
    if (old & FUTEX_WAITERS) {
        syscall(SYS_futex, p, FUTEX_WAKE, 1, NULL, NULL, 0);
    }
}

void thread_release_robust_list(TaskState *ts)
{
    struct {
        uint64_t next;
        int64_t futex_offset;
        uint64_t pending;
    } head;
    uint32_t tid = (uint32_t)ts->tid;

    if (!ts->robust_list ||
        copy_from_user(&head, ts->robust_list, sizeof(head)) < 0) {
        return;
    }
    uint64_t entry = head.next;
    /* Bounded like the kernel's ROBUST_LIST_LIMIT: a corrupt or circular
     * list must not hang the exit. */
    for (int n = 0; entry != ts->robust_list && n < 2048; n++) {
        uint64_t next;
        if (copy_from_user(&next, entry, 8) < 0) {
            break;
        }
        /* The entry being locked or unlocked is handled last. */
        if (entry != head.pending) {
            robust_futex_release((entry & ~1ull) + head.futex_offset, tid);
        }
        entry = next;
    }
    if (head.pending) {
        robust_futex_release((head.pending & ~1ull) + head.futex_offset, tid);
    }
    ts->robust_list = 0;
}

void thread_exit(int status)
{
    TaskState *ts = current_task;
    thread_release_robust_list(ts);
    if (__atomic_sub_fetch(&n_threads, 1, __ATOMIC_SEQ_CST) == 0) {
        if (log_file) {
            fflush(log_file);
        }
        _exit(status);
    }
    if (ts->clear_child_tid) {
        /* What pthread_join waits for; the stack may be freed after it. */
        uint32_t *p = lock_user(ts->clear_child_tid, 4, true);
        if (p) {
            __atomic_store_n(p, 0, __ATOMIC_SEQ_CST);
            syscall(SYS_futex, p, FUTEX_WAKE, 1, NULL, NULL, 0);
        }
    }
    CPUCommon *cpu = ts->cpu;
    current_task = NULL;
    current_cpu = NULL;
    cpu_free(cpu);
    free(ts);
    pthread_exit(NULL);
}

pid_t thread_fork(void)
{
    mmap_fork_prepare(); /* lock order: mmap_lock before tb_lock */
    cpu_fork_prepare();
    pid_t pid = fork();
    int saved = errno;
    mmap_fork_done(pid == 0);
    cpu_fork_done(pid == 0, current_cpu);
    if (pid == 0) {
        n_threads = 1;
        current_task->tid = gettid();
    }
    errno = saved;
    return pid;
}
