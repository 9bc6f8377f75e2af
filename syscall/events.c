/*
 * Waiting on many descriptors and descriptors that deliver events: epoll,
 * ppoll, pselect6, eventfd, timerfd, signalfd, inotify.
 *
 * Layouts: struct epoll_event is the one that differs — packed, 12 bytes,
 * on x86-64; 16 bytes (u32 events, 4 bytes padding, u64 data) on the
 * 64-bit asm-generic guests — and is converted both ways. pollfd,
 * timespec, itimerspec, fd_set words, signalfd_siginfo and inotify_event
 * are the same on both sides and pass through once checked. Signal numbers
 * and the 8-byte kernel sigset are the host's too.
 *
 * A sigmask argument is the guest's mask for the duration of the wait,
 * as rt_sigsuspend's is (TaskState.in_sigsuspend, linux-user/signal.c):
 * the host call gets the same mask, and when a signal ends the wait its
 * handler runs under that mask before the old one comes back, as the
 * kernel does; otherwise the old mask is put back here. Waits go through
 * safe_syscall() and return its result unchanged, -MIMIC_ERESTARTSYS
 * included (safe-syscall.h); every argument is widened to long for it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include "linux-user/path.h"
#include "linux-user/safe-syscall.h"
#include "linux-user/signal.h"
#include "linux-user/thread.h"
#include "syscall/util.h"

/* The size of the kernel sigset_t the guest must pass. */
#define KSIGSET_SIZE 8

/* struct epoll_event of the 64-bit asm-generic guests. */
typedef struct GuestEpollEvent {
    uint32_t events;
    uint32_t pad;
    uint64_t data;
} GuestEpollEvent;

_Static_assert(sizeof(GuestEpollEvent) == 16, "guest epoll_event layout");
_Static_assert(sizeof(struct epoll_event) == 12, "host epoll_event packed");

/* Events returned per epoll wait at most: the kernel may return fewer than
 * maxevents, and a bounded host buffer lives on the stack. */
#define EPOLL_BATCH 256

static inline long fd_arg(uint64_t v)
{
    return arg_int(v);
}

/* A guest sigmask argument (addr, size) read into *mask: 1 when there is
 * one, 0 when addr is NULL, or -EINVAL (size) / -EFAULT. */
static int sigmask_arg(uint64_t addr, uint64_t size, uint64_t *mask)
{
    if (!addr) {
        return 0;
    }
    if (size != KSIGSET_SIZE) {
        return -EINVAL;
    }
    if (copy_from_user(mask, addr, KSIGSET_SIZE)) {
        return -EFAULT;
    }
    *mask &= ~((1ull << (SIGKILL - 1)) | (1ull << (SIGSTOP - 1)));
    return 1;
}

/* Make *mask the guest's mask for the wait (the host call gets it too). */
static void wait_mask_begin(const uint64_t *mask)
{
    TaskState *ts = current_task;
    ts->saved_sigmask = ts->sigmask;
    ts->sigmask = *mask;
    ts->in_sigsuspend = true;
}

/* After the wait: unless a guest signal ended it (its delivery restores
 * the saved mask once the handler is entered), the old mask comes back
 * here. An EINTR with nothing pending (an emulator-internal signal) must
 * not leave the temporary mask behind. */
static long wait_mask_end(long r)
{
    TaskState *ts = current_task;
    if ((r != -EINTR && r != -MIMIC_ERESTARTSYS) || !signal_pending) {
        ts->sigmask = ts->saved_sigmask;
        ts->in_sigsuspend = false;
    }
    return r;
}

/* safe_syscall() of a wait that takes a sigmask pointer (mask, or NULL
 * when has_mask is 0) in argument position mask_arg. */
static long wait_call(long nr, long *args, int mask_arg, int has_mask,
                      uint64_t *mask)
{
    if (has_mask) {
        args[mask_arg] = (long)mask;
        wait_mask_begin(mask);
    }
    long r =
        safe_syscall(nr, args[0], args[1], args[2], args[3], args[4], args[5]);
    return has_mask ? wait_mask_end(r) : r;
}

/* ---- epoll -------------------------------------------------------------- */

int64_t sys_epoll_create1(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(epoll_create1(arg_int(a[0])));
}

int64_t sys_epoll_ctl(CPUCommon *cpu, const uint64_t *a)
{
    int op = arg_int(a[1]);
    struct epoll_event ev = {0}, *evp = NULL;
    if (op != EPOLL_CTL_DEL) { /* DEL ignores the event (may be NULL) */
        GuestEpollEvent g;
        if (copy_from_user(&g, a[3], sizeof(g))) {
            return -EFAULT;
        }
        ev.events = g.events;
        ev.data.u64 = g.data;
        evp = &ev;
    }
    return host_ret(epoll_ctl(arg_int(a[0]), op, arg_int(a[2]), evp));
}

/* epoll_pwait (timeout in ms) and epoll_pwait2 (timespec *). */
static int64_t do_epoll_wait(const uint64_t *a, bool pwait2)
{
    int maxevents = arg_int(a[2]);
    if (maxevents <= 0 ||
        maxevents > INT32_MAX / (int)sizeof(GuestEpollEvent)) {
        return -EINVAL;
    }
    GuestEpollEvent *gev =
        lock_user(a[1], (uint64_t)maxevents * sizeof(*gev), true);
    if (!gev) {
        return -EFAULT;
    }
    long timeout = arg_int(a[3]);
    if (pwait2) {
        void *ts = lock_user_opt(a[3], sizeof(struct timespec), false);
        if (ts == GUEST_EFAULT) {
            return -EFAULT;
        }
        timeout = (long)ts;
    }
    uint64_t mask;
    int has_mask = sigmask_arg(a[4], a[5], &mask);
    if (has_mask < 0) {
        return has_mask;
    }
    struct epoll_event hev[EPOLL_BATCH];
    int n = maxevents < EPOLL_BATCH ? maxevents : EPOLL_BATCH;
    long args[6] = {fd_arg(a[0]), (long)hev, n, timeout, 0, KSIGSET_SIZE};
    long r = wait_call(pwait2 ? SYS_epoll_pwait2 : SYS_epoll_pwait, args, 4,
                       has_mask, &mask);
    for (long i = 0; i < r; i++) {
        gev[i] = (GuestEpollEvent){hev[i].events, 0, hev[i].data.u64};
    }
    return r;
}

int64_t sys_epoll_pwait(CPUCommon *cpu, const uint64_t *a)
{
    return do_epoll_wait(a, false);
}

int64_t sys_epoll_pwait2(CPUCommon *cpu, const uint64_t *a)
{
    return do_epoll_wait(a, true);
}

/* ---- ppoll, pselect6 ---------------------------------------------------- */

int64_t sys_ppoll(CPUCommon *cpu, const uint64_t *a)
{
    unsigned nfds = (unsigned)a[1]; /* the kernel's unsigned int */
    void *fds =
        lock_user_opt(a[0], (uint64_t)nfds * sizeof(struct pollfd), true);
    /* ppoll writes the time left back into the timespec. */
    void *ts = lock_user_opt(a[2], sizeof(struct timespec), true);
    if (fds == GUEST_EFAULT && nfds) {
        /* The kernel refuses more than RLIMIT_NOFILE before it looks at
         * the array; asked only here, where the answer matters. */
        struct rlimit rl;
        if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && nfds > rl.rlim_cur) {
            return -EINVAL;
        }
        return -EFAULT;
    }
    if (ts == GUEST_EFAULT) {
        return -EFAULT;
    }
    uint64_t mask;
    int has_mask = sigmask_arg(a[3], a[4], &mask);
    if (has_mask < 0) {
        return has_mask;
    }
    void *hfds = fds == GUEST_EFAULT ? NULL : fds; /* nfds == 0 */
    long args[6] = {(long)hfds, nfds, (long)ts, 0, KSIGSET_SIZE, 0};
    return wait_call(SYS_ppoll, args, 3, has_mask, &mask);
}

/* Bits the kernel can look at: it clamps n to the fd table size, which
 * never exceeds fs.nr_open (1 << 20 unless raised). */
#define SELECT_MAX_FDS (1 << 20)

int64_t sys_pselect6(CPUCommon *cpu, const uint64_t *a)
{
    int n = arg_int(a[0]);
    if (n < 0) {
        return -EINVAL;
    }
    if (n > SELECT_MAX_FDS) {
        n = SELECT_MAX_FDS;
    }
    uint64_t bytes = ((uint64_t)n + 63) / 64 * 8;
    void *sets[3];
    for (int i = 0; i < 3; i++) {
        sets[i] = lock_user_opt(a[1 + i], bytes, true);
        if (sets[i] == GUEST_EFAULT) {
            return -EFAULT;
        }
    }
    void *ts = lock_user_opt(a[4], sizeof(struct timespec), true);
    if (ts == GUEST_EFAULT) {
        return -EFAULT;
    }
    /* The sixth argument points at { const sigset_t *ss; size_t ss_len; }
     * with a guest pointer inside: rebuild it with a host pointer. */
    struct {
        const void *ss;
        size_t len;
    } hsig = {NULL, KSIGSET_SIZE};
    uint64_t mask;
    int has_mask = 0;
    if (a[5]) {
        uint64_t gsig[2];
        if (copy_from_user(gsig, a[5], sizeof(gsig))) {
            return -EFAULT;
        }
        if ((has_mask = sigmask_arg(gsig[0], gsig[1], &mask)) < 0) {
            return has_mask;
        }
    }
    long args[6] = {n, (long)sets[0], (long)sets[1], (long)sets[2], (long)ts,
                    0};
    if (has_mask) {
        hsig.ss = &mask;
        wait_mask_begin(&mask);
        args[5] = (long)&hsig;
    }
    long r = safe_syscall(SYS_pselect6, args[0], args[1], args[2], args[3],
                          args[4], args[5]);
    return has_mask ? wait_mask_end(r) : r;
}

/* ---- eventfd, timerfd, signalfd ----------------------------------------- */

int64_t sys_eventfd2(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_eventfd2, (unsigned)a[0], arg_int(a[1])));
}

int64_t sys_timerfd_create(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(timerfd_create(arg_int(a[0]), arg_int(a[1])));
}

int64_t sys_timerfd_settime(CPUCommon *cpu, const uint64_t *a)
{
    const struct itimerspec *nv = lock_user(a[2], sizeof(*nv), false);
    struct itimerspec *ov = lock_user_opt(a[3], sizeof(*ov), true);
    if (!nv || ov == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(timerfd_settime(arg_int(a[0]), arg_int(a[1]), nv, ov));
}

int64_t sys_timerfd_gettime(CPUCommon *cpu, const uint64_t *a)
{
    struct itimerspec *cur = lock_user(a[1], sizeof(*cur), true);
    if (!cur) {
        return -EFAULT;
    }
    return host_ret(timerfd_gettime(arg_int(a[0]), cur));
}

int64_t sys_signalfd4(CPUCommon *cpu, const uint64_t *a)
{
    if (a[2] != KSIGSET_SIZE) {
        return -EINVAL;
    }
    const void *mask = lock_user(a[1], KSIGSET_SIZE, false);
    if (!mask) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_signalfd4, arg_int(a[0]), mask,
                            (size_t)KSIGSET_SIZE, arg_int(a[3])));
}

/* ---- inotify ------------------------------------------------------------ */

int64_t sys_inotify_init1(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(inotify_init1(arg_int(a[0])));
}

int64_t sys_inotify_add_watch(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pb;
    const char *path = user_path(a[1], &pb);
    if (!path) {
        return -EFAULT;
    }
    return host_ret(inotify_add_watch(arg_int(a[0]), path, (uint32_t)a[2]));
}

int64_t sys_inotify_rm_watch(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(inotify_rm_watch(arg_int(a[0]), arg_int(a[1])));
}
