/*
 * Process, identity, limits, scheduling and signal-state syscalls.
 * utsname, rlimit, rusage, sysinfo and cpu sets have the same layout on the
 * 64-bit guests and x86-64.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "linux-user/signal.h"
#include "syscall/abi.h"
#include "syscall/util.h"
#include "translator/guest.h"
#include "translator/log.h"

_Static_assert(sizeof(struct utsname) == 390, "utsname layout");
_Static_assert(sizeof(struct sysinfo) == 112, "sysinfo layout");
_Static_assert(sizeof(struct rusage) == 144, "rusage layout");

static uint64_t clear_child_tid, robust_list, robust_len;

static __attribute__((noreturn)) void do_exit(int status)
{
    if (log_file) {
        fflush(log_file);
    }
    _exit(status);
}

int64_t sys_exit(CPUCommon *cpu, const uint64_t *a)
{
    /* One guest thread for now: its exit ends the process. */
    do_exit(arg_int(a[0]));
}

int64_t sys_exit_group(CPUCommon *cpu, const uint64_t *a)
{
    do_exit(arg_int(a[0]));
}

int64_t sys_set_tid_address(CPUCommon *cpu, const uint64_t *a)
{
    clear_child_tid = a[0];
    return gettid();
}

int64_t sys_set_robust_list(CPUCommon *cpu, const uint64_t *a)
{
    if (a[1] != 24) {
        return -EINVAL;
    }
    robust_list = a[0];
    robust_len = a[1];
    return 0;
}

int64_t sys_get_robust_list(CPUCommon *cpu, const uint64_t *a)
{
    if (a[0] && arg_int(a[0]) != gettid()) {
        return -EPERM;
    }
    uint64_t len = robust_len ? robust_len : 24;
    if (copy_to_user(a[1], &robust_list, 8) < 0 ||
        copy_to_user(a[2], &len, 8) < 0) {
        return -EFAULT;
    }
    return 0;
}

int64_t sys_getpid(CPUCommon *cpu, const uint64_t *a)
{
    return getpid();
}
int64_t sys_getppid(CPUCommon *cpu, const uint64_t *a)
{
    return getppid();
}
int64_t sys_gettid(CPUCommon *cpu, const uint64_t *a)
{
    return gettid();
}
int64_t sys_getuid(CPUCommon *cpu, const uint64_t *a)
{
    return getuid();
}
int64_t sys_geteuid(CPUCommon *cpu, const uint64_t *a)
{
    return geteuid();
}
int64_t sys_getgid(CPUCommon *cpu, const uint64_t *a)
{
    return getgid();
}
int64_t sys_getegid(CPUCommon *cpu, const uint64_t *a)
{
    return getegid();
}
int64_t sys_setsid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(setsid());
}

int64_t sys_getpgid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(getpgid(arg_int(a[0])));
}

int64_t sys_setpgid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(setpgid(arg_int(a[0]), arg_int(a[1])));
}

int64_t sys_getsid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(getsid(arg_int(a[0])));
}

int64_t sys_getgroups(CPUCommon *cpu, const uint64_t *a)
{
    int n = arg_int(a[0]);
    if (n < 0) {
        return -EINVAL;
    }
    void *list = n ? lock_user(a[1], (uint64_t)n * 4, true) : NULL;
    if (n && !list) {
        return -EFAULT;
    }
    return host_ret(getgroups(n, list));
}

int64_t sys_uname(CPUCommon *cpu, const uint64_t *a)
{
    struct utsname u;
    if (uname(&u) < 0) {
        return -errno;
    }
    snprintf(u.machine, sizeof(u.machine), "%s", guest_arch->uname_machine);
    return copy_to_user(a[0], &u, sizeof(u));
}

/* Limits that would constrain the emulator itself, not just the guest, are
 * accepted without touching the host (as QEMU does). */
static bool rlimit_is_emulator_private(int resource)
{
    return resource == RLIMIT_AS || resource == RLIMIT_DATA ||
           resource == RLIMIT_STACK;
}

int64_t sys_prlimit64(CPUCommon *cpu, const uint64_t *a)
{
    int resource = arg_int(a[1]);
    struct rlimit *newl = lock_user_opt(a[2], sizeof(*newl), false);
    struct rlimit *oldl = lock_user_opt(a[3], sizeof(*oldl), true);
    if (newl == GUEST_EFAULT || oldl == GUEST_EFAULT) {
        return -EFAULT;
    }
    if (newl && rlimit_is_emulator_private(resource)) {
        if (oldl) {
            return host_ret(prlimit(arg_int(a[0]), resource, NULL, oldl));
        }
        return 0;
    }
    return host_ret(prlimit(arg_int(a[0]), resource, newl, oldl));
}

int64_t sys_getrlimit(CPUCommon *cpu, const uint64_t *a)
{
    struct rlimit *l = lock_user(a[1], sizeof(*l), true);
    return l ? host_ret(getrlimit(arg_int(a[0]), l)) : -EFAULT;
}

int64_t sys_setrlimit(CPUCommon *cpu, const uint64_t *a)
{
    struct rlimit *l = lock_user(a[1], sizeof(*l), false);
    if (!l) {
        return -EFAULT;
    }
    if (rlimit_is_emulator_private(arg_int(a[0]))) {
        return 0;
    }
    return host_ret(setrlimit(arg_int(a[0]), l));
}

int64_t sys_getrusage(CPUCommon *cpu, const uint64_t *a)
{
    void *ru = lock_user(a[1], sizeof(struct rusage), true);
    return ru ? host_ret(getrusage(arg_int(a[0]), ru)) : -EFAULT;
}

int64_t sys_sysinfo(CPUCommon *cpu, const uint64_t *a)
{
    void *si = lock_user(a[0], sizeof(struct sysinfo), true);
    return si ? host_ret(sysinfo(si)) : -EFAULT;
}

int64_t sys_prctl(CPUCommon *cpu, const uint64_t *a)
{
    int option = arg_int(a[0]);
    void *p;
    switch (option) {
    case PR_GET_NAME:
    case PR_SET_NAME:
        p = lock_user(a[1], 16, option == PR_GET_NAME);
        return p ? host_ret(prctl(option, p)) : -EFAULT;
    case PR_GET_DUMPABLE:
    case PR_SET_DUMPABLE:
    case PR_GET_NO_NEW_PRIVS:
    case PR_SET_NO_NEW_PRIVS:
    case PR_SET_PDEATHSIG:
    case PR_GET_TIMERSLACK:
    case PR_SET_TIMERSLACK:
        return host_ret(prctl(option, a[1], a[2], a[3], a[4]));
    default:
        return -EINVAL;
    }
}

int64_t sys_sched_yield(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(sched_yield());
}

int64_t sys_sched_getaffinity(CPUCommon *cpu, const uint64_t *a)
{
    void *mask = lock_user(a[2], a[1], true);
    return mask ? host_ret(syscall(SYS_sched_getaffinity, arg_int(a[0]),
                                   (size_t)a[1], mask))
                : -EFAULT;
}

int64_t sys_sched_getscheduler(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(sched_getscheduler(arg_int(a[0])));
}

int64_t sys_sched_getparam(CPUCommon *cpu, const uint64_t *a)
{
    void *p = lock_user(a[1], sizeof(struct sched_param), true);
    return p ? host_ret(sched_getparam(arg_int(a[0]), p)) : -EFAULT;
}

int64_t sys_getpriority(CPUCommon *cpu, const uint64_t *a)
{
    /* The raw syscall returns 20 - nice, never negative. */
    return host_ret(syscall(SYS_getpriority, arg_int(a[0]), arg_int(a[1])));
}

int64_t sys_getcpu(CPUCommon *cpu, const uint64_t *a)
{
    void *c = lock_user_opt(a[0], 4, true), *n = lock_user_opt(a[1], 4, true);
    if (c == GUEST_EFAULT || n == GUEST_EFAULT) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_getcpu, c, n, NULL));
}

int64_t sys_kill(CPUCommon *cpu, const uint64_t *a)
{
    int pid = arg_int(a[0]);
    if (pid == getpid()) {
        return signal_send_self(arg_int(a[1]));
    }
    return host_ret(kill(pid, arg_int(a[1])));
}

int64_t sys_tkill(CPUCommon *cpu, const uint64_t *a)
{
    if (arg_int(a[0]) == gettid()) {
        return signal_send_self(arg_int(a[1]));
    }
    return host_ret(syscall(SYS_tkill, arg_int(a[0]), arg_int(a[1])));
}

int64_t sys_tgkill(CPUCommon *cpu, const uint64_t *a)
{
    if (arg_int(a[0]) == getpid() && arg_int(a[1]) == gettid()) {
        return signal_send_self(arg_int(a[2]));
    }
    return host_ret(
        syscall(SYS_tgkill, arg_int(a[0]), arg_int(a[1]), arg_int(a[2])));
}

/* struct sigaction in guest memory: handler, flags, [restorer,] mask. */
static int get_sigaction(uint64_t addr, TargetSigaction *act)
{
    uint64_t w[4] = {0};
    unsigned n = syscall_abi->sa_restorer ? 4 : 3;
    if (copy_from_user(w, addr, n * 8) < 0) {
        return -EFAULT;
    }
    act->handler = w[0];
    act->flags = w[1];
    act->restorer = n == 4 ? w[2] : 0;
    act->mask = w[n - 1];
    return 0;
}

static int put_sigaction(uint64_t addr, const TargetSigaction *act)
{
    bool r = syscall_abi->sa_restorer;
    uint64_t w[4] = {act->handler, act->flags, r ? act->restorer : act->mask,
                     act->mask};
    return copy_to_user(addr, w, (r ? 4 : 3) * 8);
}

int64_t sys_rt_sigaction(CPUCommon *cpu, const uint64_t *a)
{
    TargetSigaction act, old;
    if (a[3] != 8) {
        return -EINVAL;
    }
    if (a[1] && get_sigaction(a[1], &act) < 0) {
        return -EFAULT;
    }
    if (a[2] &&
        !guest_access_ok(a[2], syscall_abi->sa_restorer ? 32 : 24, true)) {
        return -EFAULT;
    }
    int r = target_sigaction(arg_int(a[0]), a[1] ? &act : NULL, &old);
    if (r == 0 && a[2]) {
        r = put_sigaction(a[2], &old);
    }
    return r;
}

int64_t sys_rt_sigprocmask(CPUCommon *cpu, const uint64_t *a)
{
    uint64_t set, old;
    if (a[3] != 8) {
        return -EINVAL;
    }
    if (a[1] && copy_from_user(&set, a[1], 8) < 0) {
        return -EFAULT;
    }
    if (a[2] && !guest_access_ok(a[2], 8, true)) {
        return -EFAULT;
    }
    int r = target_sigprocmask(arg_int(a[0]), a[1] ? &set : NULL, &old);
    if (r == 0 && a[2]) {
        r = copy_to_user(a[2], &old, 8);
    }
    return r;
}

int64_t sys_sigaltstack(CPUCommon *cpu, const uint64_t *a)
{
    /* stack_t: sp, flags (int, padded), size — recorded for delivery. */
    static uint64_t ss[3] = {0, SS_DISABLE, 0};
    uint64_t nss[3];
    if (a[0] && copy_from_user(nss, a[0], sizeof(nss)) < 0) {
        return -EFAULT;
    }
    if (a[1] && copy_to_user(a[1], ss, sizeof(ss)) < 0) {
        return -EFAULT;
    }
    if (a[0]) {
        memcpy(ss, nss, sizeof(ss));
    }
    return 0;
}
