/*
 * Signal syscalls. Guest signal numbers, sigset_t (8 bytes in the kernel
 * ABI), siginfo and stack_t have x86-64's layout on the 64-bit asm-generic
 * guests; struct sigaction differs by sa_restorer (syscall/abi.h). Sending
 * goes straight to the host: the host's dispositions and masks mirror the
 * guest's (linux-user/signal.h), so the kernel picks the thread and the
 * action as it would for the guest.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/safe-syscall.h"
#include "linux-user/signal.h"
#include "syscall/abi.h"
#include "syscall/util.h"
#include "translator/guest.h"

static int check_sig(int sig)
{
    return sig < 0 || sig > TARGET_NSIG ? -EINVAL : 0;
}

int64_t sys_kill(CPUCommon *cpu, const uint64_t *a)
{
    int r = check_sig(arg_int(a[1]));
    return r ? r : host_ret(kill(arg_int(a[0]), arg_int(a[1])));
}

int64_t sys_tkill(CPUCommon *cpu, const uint64_t *a)
{
    int r = check_sig(arg_int(a[1]));
    return r ? r : host_ret(syscall(SYS_tkill, arg_int(a[0]), arg_int(a[1])));
}

int64_t sys_tgkill(CPUCommon *cpu, const uint64_t *a)
{
    int r = check_sig(arg_int(a[2]));
    return r ? r
             : host_ret(syscall(SYS_tgkill, arg_int(a[0]), arg_int(a[1]),
                                arg_int(a[2])));
}

int64_t sys_rt_sigqueueinfo(CPUCommon *cpu, const uint64_t *a)
{
    siginfo_t info;
    if (copy_from_user(&info, a[2], sizeof(info)) < 0) {
        return -EFAULT;
    }
    return host_ret(
        syscall(SYS_rt_sigqueueinfo, arg_int(a[0]), arg_int(a[1]), &info));
}

int64_t sys_rt_tgsigqueueinfo(CPUCommon *cpu, const uint64_t *a)
{
    siginfo_t info;
    if (copy_from_user(&info, a[3], sizeof(info)) < 0) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_rt_tgsigqueueinfo, arg_int(a[0]),
                            arg_int(a[1]), arg_int(a[2]), &info));
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

int64_t sys_rt_sigpending(CPUCommon *cpu, const uint64_t *a)
{
    uint64_t set = 0;
    if (a[1] != 8) {
        return -EINVAL;
    }
    /* Blocked signals wait in the kernel; faults the guest blocked, here. */
    if (syscall(SYS_rt_sigpending, &set, 8) < 0) {
        return -errno;
    }
    set |= current_task->pending;
    set &= current_task->sigmask;
    return copy_to_user(a[0], &set, 8);
}

int64_t sys_rt_sigsuspend(CPUCommon *cpu, const uint64_t *a)
{
    TaskState *ts = current_task;
    uint64_t mask;
    if (a[1] != 8) {
        return -EINVAL;
    }
    if (copy_from_user(&mask, a[0], 8) < 0) {
        return -EFAULT;
    }
    ts->saved_sigmask = ts->sigmask;
    ts->in_sigsuspend = true;
    ts->sigmask = mask & ~((1ull << (SIGKILL - 1)) | (1ull << (SIGSTOP - 1)));
    uint64_t host = ts->sigmask;
    long r;
    /* Only a guest signal ends it; its handler runs before the guest sees
     * EINTR (the delivery restores the old mask through the frame). A wake
     * by an emulator-internal signal goes back to sleep. */
    do {
        r = safe_syscall(SYS_rt_sigsuspend, &host, 8);
    } while ((r == -MIMIC_ERESTARTSYS || r == -EINTR) && !signal_pending);
    if (r != -MIMIC_ERESTARTSYS && r != -EINTR) {
        ts->sigmask = ts->saved_sigmask;
        ts->in_sigsuspend = false;
        return r;
    }
    return -EINTR;
}

int64_t sys_rt_sigtimedwait(CPUCommon *cpu, const uint64_t *a)
{
    uint64_t set;
    struct timespec ts;
    siginfo_t info;
    if (a[3] != 8) {
        return -EINVAL;
    }
    if (copy_from_user(&set, a[0], 8) < 0 ||
        (a[2] && copy_from_user(&ts, a[2], sizeof(ts)) < 0)) {
        return -EFAULT;
    }
    if (a[1] && !guest_access_ok(a[1], sizeof(info), true)) {
        return -EFAULT;
    }
    long r = safe_syscall(SYS_rt_sigtimedwait, &set, a[1] ? &info : NULL,
                          a[2] ? &ts : NULL, 8);
    if (r > 0 && a[1]) {
        copy_to_user(a[1], &info, sizeof(info));
    }
    return r;
}

int64_t sys_sigaltstack(CPUCommon *cpu, const uint64_t *a)
{
    /* stack_t: sp, flags (int, padded), size. */
    uint64_t w[3];
    TargetStack ss, old;
    if (a[0]) {
        if (copy_from_user(w, a[0], sizeof(w)) < 0) {
            return -EFAULT;
        }
        ss = (TargetStack){w[0], (int32_t)w[1], w[2]};
    }
    if (a[1] && !guest_access_ok(a[1], sizeof(w), true)) {
        return -EFAULT;
    }
    int r = target_sigaltstack(a[0] ? &ss : NULL, &old, cpu->arch->get_sp(cpu));
    if (r == 0 && a[1]) {
        w[0] = old.sp;
        w[1] = (uint32_t)old.flags;
        w[2] = old.size;
        r = copy_to_user(a[1], w, sizeof(w));
    }
    return r;
}

int64_t sys_rt_sigreturn(CPUCommon *cpu, const uint64_t *a)
{
    target_sigreturn(cpu);
    return -MIMIC_ESIGRETURN;
}
