/*
 * Thread and process lifecycle: clone, exit, wait, futex, tid addresses.
 *
 * clone's argument order on riscv64 and aarch64 is Linux's
 * CONFIG_CLONE_BACKWARDS one: (flags, newsp, parent_tid, tls, child_tid).
 * Futex words are guest memory at the same host address (guest_base 0 or
 * not, g2h gives the host one), so futexes are the host kernel's, shared
 * with every other thread and process mapping the same memory.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "linux-user/safe-syscall.h"
#include "linux-user/signal.h"
#include "linux-user/thread.h"
#include "syscall/util.h"
#include "translator/guest.h"
#include "translator/log.h"

/* What a thread clone must share: glibc's pthread_create asks for all. */
#define CLONE_THREAD_FLAGS                                                     \
    (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD)
/* What we accept besides: tid bookkeeping, TLS, and flags that only
 * matter to the kernel's accounting. */
#define CLONE_OPTIONAL_FLAGS                                                   \
    (CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_SETTID |                 \
     CLONE_CHILD_CLEARTID | CLONE_SYSVSEM | CLONE_DETACHED | CLONE_VFORK |    \
     CSIGNAL)

static int64_t clone_process(CPUCommon *cpu, uint64_t flags, uint64_t newsp,
                             uint64_t ptid, uint64_t tls, uint64_t ctid)
{
    const GuestArch *arch = cpu->arch;
    /* vfork and CLONE_VM without a thread (posix_spawn) run as fork: the
     * child gets a copy of memory instead of borrowing the parent's, which
     * programs that exec or _exit right away cannot tell apart. */
    if ((flags & CLONE_VM) && !(flags & CLONE_VFORK)) {
        return -EINVAL;
    }
    if ((flags & CSIGNAL) != SIGCHLD && (flags & CSIGNAL) != 0 &&
        log_enabled(LOG_unimp)) {
        log_printf("clone: exit signal %d delivered as SIGCHLD\n",
                   (int)(flags & CSIGNAL));
    }
    pid_t pid = thread_fork();
    if (pid < 0) {
        return -errno;
    }
    if (pid == 0) {
        if (newsp) {
            arch->set_sp(cpu, newsp);
        }
        if (flags & CLONE_SETTLS) {
            arch->set_tls(cpu, tls);
        }
        uint32_t tid = (uint32_t)gettid();
        if (flags & CLONE_CHILD_SETTID) {
            copy_to_user(ctid, &tid, 4);
        }
        if (flags & CLONE_CHILD_CLEARTID) {
            current_task->clear_child_tid = ctid;
        }
        return 0;
    }
    if (flags & CLONE_PARENT_SETTID) {
        uint32_t v = (uint32_t)pid;
        copy_to_user(ptid, &v, 4);
    }
    return pid;
}

int64_t sys_clone(CPUCommon *cpu, const uint64_t *a)
{
    uint64_t flags = a[0];
    if (flags & ~(CLONE_THREAD_FLAGS | CLONE_OPTIONAL_FLAGS)) {
        if (log_enabled(LOG_unimp)) {
            log_printf("clone: unsupported flags 0x%llx\n",
                       (unsigned long long)flags);
        }
        return -EINVAL;
    }
    if (flags & CLONE_THREAD) {
        if ((flags & CLONE_THREAD_FLAGS) != CLONE_THREAD_FLAGS) {
            return -EINVAL;
        }
        return thread_create(cpu, flags, a[1], a[2], a[3], a[4]);
    }
    if (flags & (CLONE_FS | CLONE_FILES | CLONE_SIGHAND)) {
        return -EINVAL;
    }
    return clone_process(cpu, flags, a[1], a[2], a[3], a[4]);
}

int64_t sys_clone3(CPUCommon *cpu, const uint64_t *a)
{
    return -ENOSYS; /* glibc falls back to clone */
}

int64_t sys_exit(CPUCommon *cpu, const uint64_t *a)
{
    thread_exit(arg_int(a[0]));
}

int64_t sys_exit_group(CPUCommon *cpu, const uint64_t *a)
{
    thread_release_robust_list(current_task);
    if (log_file) {
        fflush(log_file);
    }
    _exit(arg_int(a[0]));
}

int64_t sys_set_tid_address(CPUCommon *cpu, const uint64_t *a)
{
    current_task->clear_child_tid = a[0];
    return gettid();
}

int64_t sys_set_robust_list(CPUCommon *cpu, const uint64_t *a)
{
    if (a[1] != 24) {
        return -EINVAL;
    }
    current_task->robust_list = a[0];
    current_task->robust_len = a[1];
    return 0;
}

int64_t sys_get_robust_list(CPUCommon *cpu, const uint64_t *a)
{
    TaskState *ts = current_task;
    if (a[0] && arg_int(a[0]) != ts->tid) {
        return -EPERM;
    }
    uint64_t len = ts->robust_len ? ts->robust_len : 24;
    if (copy_to_user(a[1], &ts->robust_list, 8) < 0 ||
        copy_to_user(a[2], &len, 8) < 0) {
        return -EFAULT;
    }
    return 0;
}

int64_t sys_wait4(CPUCommon *cpu, const uint64_t *a)
{
    void *status = lock_user_opt(a[1], 4, true);
    void *ru = lock_user_opt(a[3], sizeof(struct rusage), true);
    if (status == GUEST_EFAULT || ru == GUEST_EFAULT) {
        return -EFAULT;
    }
    return safe_syscall(SYS_wait4, arg_int(a[0]), status, arg_int(a[2]), ru);
}

int64_t sys_waitid(CPUCommon *cpu, const uint64_t *a)
{
    void *info = lock_user_opt(a[2], sizeof(siginfo_t), true);
    void *ru = lock_user_opt(a[4], sizeof(struct rusage), true);
    if (info == GUEST_EFAULT || ru == GUEST_EFAULT) {
        return -EFAULT;
    }
    return safe_syscall(SYS_waitid, arg_int(a[0]), arg_int(a[1]), info,
                        arg_int(a[3]), ru);
}

static bool futex_has_timeout(int cmd)
{
    return cmd == FUTEX_WAIT || cmd == FUTEX_WAIT_BITSET ||
           cmd == FUTEX_LOCK_PI || cmd == FUTEX_WAIT_REQUEUE_PI ||
           cmd == FUTEX_LOCK_PI2;
}

static bool futex_has_uaddr2(int cmd)
{
    return cmd == FUTEX_REQUEUE || cmd == FUTEX_CMP_REQUEUE ||
           cmd == FUTEX_WAKE_OP || cmd == FUTEX_CMP_REQUEUE_PI ||
           cmd == FUTEX_WAIT_REQUEUE_PI;
}

/* The ops where the kernel writes the futex word (PI ownership). */
static bool futex_writes(int cmd)
{
    return cmd == FUTEX_LOCK_PI || cmd == FUTEX_LOCK_PI2 ||
           cmd == FUTEX_UNLOCK_PI || cmd == FUTEX_TRYLOCK_PI ||
           cmd == FUTEX_WAIT_REQUEUE_PI;
}

int64_t sys_futex(CPUCommon *cpu, const uint64_t *a)
{
    int op = arg_int(a[1]), cmd = op & FUTEX_CMD_MASK;
    void *uaddr = lock_user(a[0], 4, futex_writes(cmd));
    if (!uaddr) {
        return -EFAULT;
    }
    uint64_t timeout = a[3]; /* the val2 count for the requeue ops */
    if (futex_has_timeout(cmd)) {
        void *ts = lock_user_opt(a[3], sizeof(struct timespec), false);
        if (ts == GUEST_EFAULT) {
            return -EFAULT;
        }
        timeout = (uintptr_t)ts;
    }
    void *uaddr2 = NULL;
    if (futex_has_uaddr2(cmd) && !(uaddr2 = lock_user(a[4], 4, true))) {
        return -EFAULT;
    }
    return safe_syscall(SYS_futex, uaddr, op, (uint32_t)a[2], timeout, uaddr2,
                        (uint32_t)a[5]);
}
