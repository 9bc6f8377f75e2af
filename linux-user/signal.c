/*
 * Guest signals in user mode: host handlers, dispositions and masks,
 * delivery through the architecture's signal frame, rt_sigreturn. The
 * model is in signal.h.
 */
#define _GNU_SOURCE
#include "linux-user/signal.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include "linux-user/mmap.h"
#include "translator/backend.h"
#include "translator/exec.h"
#include "translator/gdbstub.h"
#include "translator/guest.h"
#include "translator/log.h"
#include "translator/tb.h"

#define ALTSTACK_SIZE (64 * 1024)
#define X86_PF_WRITE 2 /* page-fault error code: write access */
#define HOST_SA_RESTORER 0x04000000
#define TARGET_SS_AUTODISARM (1u << 31)

/* Guest dispositions are per process; writers hold sigact_lock. */
static TargetSigaction sigact[TARGET_NSIG + 1];
static pthread_mutex_t sigact_lock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t sigtramp_addr;
static void *host_restorer; /* glibc's, for raw rt_sigaction */

__thread volatile int signal_pending;

/* safe-syscall-x86_64.S */
extern char safe_syscall_start[], safe_syscall_end[], safe_syscall_restart[];

static inline uint64_t sigbit(int sig)
{
    return 1ull << (sig - 1);
}

/* Host faults the emulator itself must see: never blocked on the host. */
#define FAULT_SIGS                                                             \
    (sigbit(SIGSEGV) | sigbit(SIGBUS) | sigbit(SIGILL) | sigbit(SIGFPE) |      \
     sigbit(SIGTRAP))
#define UNBLOCKABLE (sigbit(SIGKILL) | sigbit(SIGSTOP))

static bool sig_dumps_core(int sig)
{
    switch (sig) {
    case SIGQUIT:
    case SIGILL:
    case SIGTRAP:
    case SIGABRT:
    case SIGBUS:
    case SIGFPE:
    case SIGSEGV:
    case SIGXCPU:
    case SIGXFSZ:
    case SIGSYS:
        return true;
    default:
        return false;
    }
}

static bool sig_default_ignored(int sig)
{
    return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT;
}

static bool sig_default_stops(int sig)
{
    return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

/* ---- host side ----------------------------------------------------------- */

/* The kernel's struct sigaction on x86-64. Raw rt_sigaction, because glibc
 * refuses to touch the two real-time signals it reserves, which are
 * ordinary signals to the guest's own libc. */
typedef struct HostKSigaction {
    void *handler;
    unsigned long flags;
    void *restorer;
    uint64_t mask;
} HostKSigaction;

static void host_sigaction(int sig, void *handler, unsigned long flags)
{
    HostKSigaction ka = {handler, flags | HOST_SA_RESTORER, host_restorer, 0};
    syscall(SYS_rt_sigaction, sig, &ka, NULL, 8);
}

static void host_mask_set(uint64_t mask)
{
    mask &= ~FAULT_SIGS;
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &mask, NULL, 8);
}

void signal_sync_host_mask(void)
{
    host_mask_set(current_task->sigmask);
}

static void internal_error(int sig, uintptr_t pc, uintptr_t addr)
{
    fprintf(stderr,
            "mimic: internal error: host signal %d at pc 0x%lx, "
            "address 0x%lx\n",
            sig, (unsigned long)pc, (unsigned long)addr);
    signal(SIGABRT, SIG_DFL);
    abort();
}

static void unblock_host_signal(int sig)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

/* A SIGSEGV/SIGBUS the kernel raised: self-modifying code, a guest fault,
 * or an emulator bug. */
static void host_fault(int sig, siginfo_t *si, ucontext_t *uc)
{
    uintptr_t pc = uc->uc_mcontext.gregs[REG_RIP];
    uintptr_t addr = (uintptr_t)si->si_addr;
    CPUCommon *cpu = current_cpu;
    bool in_code = cpu && tb_find_by_host_pc(pc) != NULL;

    if (!cpu || !(in_code || (cpu->running && h2g_valid(addr)))) {
        internal_error(sig, pc, addr);
    }
    uint64_t gaddr = addr - guest_base;
    unsigned flags = h2g_valid(addr) ? page_flags_get(gaddr) : 0;
    bool write =
        sig == SIGSEGV && (uc->uc_mcontext.gregs[REG_ERR] & X86_PF_WRITE);
    if (write && (flags & PAGE_WRITE_ORG)) {
        page_unprotect(gaddr);
        return;
    }
    if (in_code) {
        if (host_backend.fault_regs) {
            host_backend.fault_regs(tb_find_by_host_pc(pc), pc,
                                    uc->uc_mcontext.gregs, cpu);
        }
        cpu_restore_state(cpu, pc);
    }
    cpu->fault_addr = gaddr;
    if (sig == SIGBUS) {
        cpu->fault_code = si->si_code;
    } else {
        cpu->fault_code = flags & PAGE_VALID ? SEGV_ACCERR : SEGV_MAPERR;
    }
    /* cpu_exec's sigsetjmp does not save the mask: unblock by hand. */
    unblock_host_signal(sig);
    cpu_loop_exit(cpu, sig == SIGBUS ? EXCP_BUS : EXCP_SEGV);
}

static void host_signal_handler(int sig, siginfo_t *si, void *uc_)
{
    ucontext_t *uc = uc_;
    int saved_errno = errno;

    if (si->si_code > 0 && (sig == SIGSEGV || sig == SIGBUS)) {
        host_fault(sig, si, uc);
        errno = saved_errno;
        return;
    }
    if (si->si_code > 0 && (sig == SIGILL || sig == SIGFPE || sig == SIGTRAP)) {
        internal_error(sig, uc->uc_mcontext.gregs[REG_RIP],
                       (uintptr_t)si->si_addr);
    }
    TaskState *ts = current_task;
    if (!ts) {
        return; /* no guest code runs on this thread */
    }
    ts->pending_info[sig] = *si;
    __atomic_or_fetch(&ts->pending, sigbit(sig), __ATOMIC_SEQ_CST);
    signal_pending = 1;
    if (ts->cpu) {
        ts->cpu->exit_request = 1;
    }
    /* Hold every other signal in the kernel until this one is delivered. */
    sigfillset(&uc->uc_sigmask);
    for (int s = 1; s <= TARGET_NSIG; s++) {
        if (FAULT_SIGS & sigbit(s)) {
            sigdelset(&uc->uc_sigmask, s);
        }
    }
    uintptr_t pc = uc->uc_mcontext.gregs[REG_RIP];
    if (pc >= (uintptr_t)safe_syscall_start &&
        pc < (uintptr_t)safe_syscall_end) {
        uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)safe_syscall_restart;
    }
    errno = saved_errno;
}

/* Make the host disposition of sig follow the guest's (sigact_lock held). */
static void host_action_update(int sig)
{
    if (sig == SIGKILL || sig == SIGSTOP || (FAULT_SIGS & sigbit(sig))) {
        return;
    }
    const TargetSigaction *ka = &sigact[sig];
    unsigned long keep = ka->flags & (SA_NOCLDSTOP | SA_NOCLDWAIT);
    if (ka->handler == TARGET_SIG_IGN) {
        host_sigaction(sig, SIG_IGN, keep);
    } else if (ka->handler == TARGET_SIG_DFL && !sig_dumps_core(sig)) {
        host_sigaction(sig, SIG_DFL, keep);
    } else {
        host_sigaction(sig, (void *)host_signal_handler,
                       keep | SA_SIGINFO | SA_ONSTACK);
    }
}

void signal_init_thread(void)
{
    stack_t ss = {.ss_sp = malloc(ALTSTACK_SIZE), .ss_size = ALTSTACK_SIZE};
    if (ss.ss_sp) {
        sigaltstack(&ss, NULL);
    }
}

void signal_init(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sa.sa_sigaction = host_signal_handler;
    sigaction(SIGSEGV, &sa, NULL);
    HostKSigaction cur;
    syscall(SYS_rt_sigaction, SIGSEGV, NULL, &cur, 8);
    host_restorer = cur.restorer;

    /* Dispositions the guest inherits: an ignored signal stays ignored. */
    for (int sig = 1; sig <= TARGET_NSIG; sig++) {
        if (sig == SIGKILL || sig == SIGSTOP) {
            continue;
        }
        if (syscall(SYS_rt_sigaction, sig, NULL, &cur, 8) == 0 &&
            cur.handler == SIG_IGN && !(FAULT_SIGS & sigbit(sig))) {
            sigact[sig].handler = TARGET_SIG_IGN;
        }
        if ((FAULT_SIGS & sigbit(sig)) || sig_dumps_core(sig)) {
            host_sigaction(sig, (void *)host_signal_handler,
                           SA_SIGINFO | SA_ONSTACK);
        }
    }
    signal_init_thread();
}

void signal_init_trampoline(void)
{
    const GuestArch *arch = guest_arch;
    int64_t a = target_mmap(0, GUEST_PAGE_SIZE, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (a < 0 && a > -4096) {
        fprintf(stderr, "mimic: cannot map the signal trampoline\n");
        exit(1);
    }
    memcpy(g2h((uint64_t)a), arch->sigtramp, arch->sigtramp_size);
    target_mprotect((uint64_t)a, GUEST_PAGE_SIZE, PROT_READ | PROT_EXEC);
    sigtramp_addr = (uint64_t)a;
}

/* ---- fatal signals ------------------------------------------------------- */

void force_sig_fatal(int sig)
{
    gdbstub_signal_exit(sig);
    if (sig_dumps_core(sig)) {
        fprintf(stderr, "mimic: uncaught target signal %d (%s)\n", sig,
                strsignal(sig));
    }
    if (log_file) {
        fflush(log_file);
    }
    struct rlimit rl = {0, 0};
    setrlimit(RLIMIT_CORE, &rl);
    host_sigaction(sig, SIG_DFL, 0);
    uint64_t none = 0;
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &none, NULL, 8);
    syscall(SYS_tgkill, getpid(), gettid(), sig);
    kill(getpid(), sig);
    _exit(128 + sig);
}

/* ---- delivery ------------------------------------------------------------ */

/* Running on the alternate stack? An SS_AUTODISARM stack never counts:
 * it is disarmed while a handler uses it (as Linux's on_sig_stack). */
static bool on_altstack(const TaskState *ts, uint64_t sp)
{
    if (ts->altstack.flags & TARGET_SS_AUTODISARM) {
        return false;
    }
    return ts->altstack.size && sp - ts->altstack.sp < ts->altstack.size;
}

/* sigaltstack's report: SS_DISABLE, or SS_ONSTACK and the stored flags. */
static int32_t altstack_flags(const TaskState *ts, uint64_t sp)
{
    if (!ts->altstack.size) {
        return SS_DISABLE;
    }
    return (on_altstack(ts, sp) ? SS_ONSTACK : 0) |
           (int32_t)(ts->altstack.flags & TARGET_SS_AUTODISARM);
}

/* Run the guest's action for sig now: build the frame for a handler, or
 * take the default action. */
static void deliver_signal(CPUCommon *cpu, TaskState *ts, int sig,
                           const siginfo_t *info)
{
    const GuestArch *arch = cpu->arch;
    pthread_mutex_lock(&sigact_lock);
    TargetSigaction ka = sigact[sig];
    if (ka.handler > TARGET_SIG_IGN && (ka.flags & SA_RESETHAND)) {
        sigact[sig].handler = TARGET_SIG_DFL;
        sigact[sig].flags &= ~SA_SIGINFO;
        host_action_update(sig);
    }
    pthread_mutex_unlock(&sigact_lock);

    if (log_enabled(LOG_int)) {
        log_printf("delivering guest signal %d (handler 0x%llx) at pc 0x%llx\n",
                   sig, (unsigned long long)ka.handler,
                   (unsigned long long)cpu->pc);
    }
    if (ka.handler == TARGET_SIG_IGN) {
        return;
    }
    if (ka.handler == TARGET_SIG_DFL) {
        if (sig_default_ignored(sig)) {
            return;
        }
        if (sig_default_stops(sig)) {
            kill(getpid(), SIGSTOP);
            return;
        }
        force_sig_fatal(sig);
    }

    uint64_t sp = arch->get_sp(cpu);
    if ((ka.flags & SA_ONSTACK) && ts->altstack.size && !on_altstack(ts, sp)) {
        sp = ts->altstack.sp + ts->altstack.size;
    }
    /* uc_stack holds the stack as configured (Linux 4.7+): its own flags,
     * not whether this frame is on it. */
    int32_t ss_flags =
        ts->altstack.size ? (int32_t)ts->altstack.flags : SS_DISABLE;
    uint64_t frame = (sp - arch->sigframe_size) & ~(uint64_t)15;
    void *host = lock_user(frame, arch->sigframe_size, true);
    if (!host) {
        force_sig_fatal(SIGSEGV); /* no room for the frame: as Linux does */
    }
    GuestSigFrame f = {
        .sig = sig,
        .info = info,
        .handler = ka.handler,
        .restorer = (ka.flags & HOST_SA_RESTORER) && ka.restorer
                        ? ka.restorer
                        : sigtramp_addr,
        .mask = ts->in_sigsuspend ? ts->saved_sigmask : ts->sigmask,
        .ss_sp = ts->altstack.sp,
        .ss_flags = ss_flags,
        .ss_size = ts->altstack.size,
    };
    arch->setup_sigframe(cpu, host, frame, &f);
    if (ts->altstack.flags & TARGET_SS_AUTODISARM) {
        /* Disarmed until rt_sigreturn restores it from uc_stack. */
        ts->altstack = (TargetStack){0, SS_DISABLE, 0};
    }
    ts->in_sigsuspend = false;
    ts->sigmask |= ka.mask;
    if (!(ka.flags & SA_NODEFER)) {
        ts->sigmask |= sigbit(sig);
    }
    ts->sigmask &= ~UNBLOCKABLE;
}

void process_pending_signals(CPUCommon *cpu)
{
    TaskState *ts = current_task;
    if (!signal_pending) {
        return;
    }
    do {
        signal_pending = 0;
        for (;;) {
            uint64_t ready =
                __atomic_load_n(&ts->pending, __ATOMIC_SEQ_CST) & ~ts->sigmask;
            if (!ready) {
                break;
            }
            /* Faults first, then the lowest number, as Linux picks. */
            uint64_t pick = ready & FAULT_SIGS ? ready & FAULT_SIGS : ready;
            int sig = __builtin_ctzll(pick) + 1;
            siginfo_t info = ts->pending_info[sig];
            __atomic_and_fetch(&ts->pending, ~sigbit(sig), __ATOMIC_SEQ_CST);
            /* gdb stops on it first (faults: already, in cpu_loop) and may
             * discard it. */
            if (!(sigbit(sig) & FAULT_SIGS) && gdbstub_attached() &&
                gdbstub_handle_signal(cpu, sig) == 0) {
                continue;
            }
            deliver_signal(cpu, ts, sig, &info);
        }
        if (ts->in_sigsuspend) {
            /* Woken without a handler running: the old mask comes back. */
            ts->sigmask = ts->saved_sigmask;
            ts->in_sigsuspend = false;
            /* The old mask may unblock what the temporary one held. */
            if (__atomic_load_n(&ts->pending, __ATOMIC_SEQ_CST) &
                ~ts->sigmask) {
                signal_pending = 1;
            }
        }
        host_mask_set(ts->sigmask); /* may let the next one in right now */
    } while (signal_pending);
}

bool signal_restart_ok(void)
{
    TaskState *ts = current_task;
    uint64_t ready = __atomic_load_n(&ts->pending, __ATOMIC_SEQ_CST) &
                     ~ts->sigmask;
    bool ok = true;
    pthread_mutex_lock(&sigact_lock);
    for (int sig = 1; sig <= TARGET_NSIG; sig++) {
        if ((ready & sigbit(sig)) && sigact[sig].handler > TARGET_SIG_IGN &&
            !(sigact[sig].flags & SA_RESTART)) {
            ok = false;
        }
    }
    pthread_mutex_unlock(&sigact_lock);
    return ok;
}

void queue_guest_signal(CPUCommon *cpu, int sig, int code, uint64_t addr)
{
    TaskState *ts = current_task;
    siginfo_t info;

    if (log_enabled(LOG_int)) {
        log_printf("guest signal %d code %d addr 0x%llx at pc 0x%llx\n", sig,
                   code, (unsigned long long)addr, (unsigned long long)cpu->pc);
    }
    memset(&info, 0, sizeof(info));
    info.si_signo = sig;
    info.si_code = code;
    info.si_addr = (void *)(uintptr_t)addr;
    /* Linux's force_sig: a blocked or ignored fault resets to the default
     * action, which for these signals is death. */
    pthread_mutex_lock(&sigact_lock);
    bool fatal = (ts->sigmask & sigbit(sig)) ||
                 sigact[sig].handler == TARGET_SIG_IGN;
    if (fatal) {
        sigact[sig].handler = TARGET_SIG_DFL;
    }
    pthread_mutex_unlock(&sigact_lock);
    if (fatal) {
        force_sig_fatal(sig);
    }
    deliver_signal(cpu, ts, sig, &info);
    if (!signal_pending) {
        host_mask_set(ts->sigmask);
    }
}

/* ---- the syscalls' side -------------------------------------------------- */

int target_sigaction(int sig, const TargetSigaction *act, TargetSigaction *old)
{
    if (sig < 1 || sig > TARGET_NSIG) {
        return -EINVAL;
    }
    if (act && (sig == SIGKILL || sig == SIGSTOP)) {
        return -EINVAL;
    }
    pthread_mutex_lock(&sigact_lock);
    if (old) {
        *old = sigact[sig];
    }
    if (act) {
        sigact[sig] = *act;
        host_action_update(sig);
    }
    pthread_mutex_unlock(&sigact_lock);
    if (act && (sig == SIGSEGV || sig == SIGBUS) &&
        act->handler != TARGET_SIG_DFL) {
        tb_require_exact_faults(); /* a handler will see the fault's state */
    }
    return 0;
}

int target_sigprocmask(int how, const uint64_t *set, uint64_t *old)
{
    TaskState *ts = current_task;
    if (old) {
        *old = ts->sigmask;
    }
    if (!set) {
        return 0;
    }
    switch (how) {
    case SIG_BLOCK:
        ts->sigmask |= *set;
        break;
    case SIG_UNBLOCK:
        ts->sigmask &= ~*set;
        break;
    case SIG_SETMASK:
        ts->sigmask = *set;
        break;
    default:
        return -EINVAL;
    }
    ts->sigmask &= ~UNBLOCKABLE;
    if (__atomic_load_n(&ts->pending, __ATOMIC_SEQ_CST) & ~ts->sigmask) {
        signal_pending = 1; /* a held fault signal became deliverable */
    }
    if (!signal_pending) {
        host_mask_set(ts->sigmask);
    }
    return 0;
}

int target_sigaltstack(const TargetStack *ss, TargetStack *old, uint64_t sp)
{
    TaskState *ts = current_task;
    if (old) {
        *old = ts->altstack;
        old->flags = altstack_flags(ts, sp);
        if (!ts->altstack.size) {
            old->sp = old->size = 0;
        }
    }
    if (!ss) {
        return 0;
    }
    if (on_altstack(ts, sp)) {
        return -EPERM;
    }
    if (ss->flags & SS_DISABLE) {
        ts->altstack = (TargetStack){0, SS_DISABLE, 0};
        return 0;
    }
    if (ss->flags & ~TARGET_SS_AUTODISARM) {
        return -EINVAL;
    }
    if (ss->size < current_cpu->arch->minsigstksz) {
        return -ENOMEM;
    }
    ts->altstack = *ss;
    ts->altstack.flags = ss->flags & TARGET_SS_AUTODISARM;
    return 0;
}

int target_sigreturn(CPUCommon *cpu)
{
    const GuestArch *arch = cpu->arch;
    TaskState *ts = current_task;
    uint64_t frame = arch->get_sp(cpu);
    const void *host = lock_user(frame, arch->sigframe_size, false);
    if (!host) {
        force_sig_fatal(SIGSEGV);
    }
    GuestSigFrame f;
    memset(&f, 0, sizeof(f));
    arch->restore_sigframe(cpu, host, &f);
    ts->sigmask = f.mask & ~UNBLOCKABLE;
    if (__atomic_load_n(&ts->pending, __ATOMIC_SEQ_CST) & ~ts->sigmask) {
        signal_pending = 1;
    }
    if (!signal_pending) {
        host_mask_set(ts->sigmask);
    }
    TargetStack ss = {f.ss_sp, f.ss_flags, f.ss_size};
    target_sigaltstack(&ss, NULL, arch->get_sp(cpu));
    return 0;
}
