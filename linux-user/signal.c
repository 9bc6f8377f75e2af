/*
 * Host signal handling for user mode.
 *
 * SIGSEGV/SIGBUS run on a per-thread alternate stack. A fault is the
 * guest's when it happens in generated code, or while the CPU is `running`
 * (a helper touching guest memory) at an address inside the guest space:
 *
 *  - a write to a page we made read-only because code was translated from
 *    it (PAGE_WRITE_ORG): invalidate the page's TBs, make it writable again
 *    and return, so the store retries;
 *  - anything else: restore the exact guest state, record the fault and
 *    unwind to cpu_exec, which returns EXCP_SEGV / EXCP_BUS.
 *
 * Any other host fault is an emulator bug and aborts with a message.
 */
#define _GNU_SOURCE
#include "linux-user/signal.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <ucontext.h>
#include <unistd.h>

#include "linux-user/mmap.h"
#include "translator/exec.h"
#include "translator/log.h"
#include "translator/tb.h"

#define ALTSTACK_SIZE (64 * 1024)
#define X86_PF_WRITE 2 /* page-fault error code: write access */

static TargetSigaction sigact[TARGET_NSIG + 1];
static __thread uint64_t sigmask;
__thread volatile int signal_pending;

static void unblock_signal(int sig)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
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

static void host_fault_handler(int sig, siginfo_t *si, void *uc_)
{
    ucontext_t *uc = uc_;
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
        cpu_restore_state(cpu, pc);
    }
    cpu->fault_addr = gaddr;
    if (sig == SIGBUS) {
        cpu->fault_code = si->si_code;
    } else {
        cpu->fault_code = flags & PAGE_VALID ? SEGV_ACCERR : SEGV_MAPERR;
    }
    /* cpu_exec's sigsetjmp does not save the mask: unblock by hand. */
    unblock_signal(sig);
    cpu_loop_exit(cpu, sig == SIGBUS ? EXCP_BUS : EXCP_SEGV);
}

static void host_bug_handler(int sig, siginfo_t *si, void *uc_)
{
    ucontext_t *uc = uc_;
    internal_error(sig, uc->uc_mcontext.gregs[REG_RIP], (uintptr_t)si->si_addr);
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
    sa.sa_sigaction = host_fault_handler;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sa.sa_sigaction = host_bug_handler;
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    signal_init_thread();
}

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

void force_sig_fatal(int sig)
{
    if (sig_dumps_core(sig)) {
        fprintf(stderr, "mimic: uncaught target signal %d (%s)\n", sig,
                strsignal(sig));
    }
    if (log_file) {
        fflush(log_file);
    }
    struct rlimit rl = {0, 0};
    setrlimit(RLIMIT_CORE, &rl);
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
    unblock_signal(sig);
    raise(sig);
    kill(getpid(), sig);
    _exit(128 + sig);
}

void queue_guest_signal(CPUCommon *cpu, int sig, int code, uint64_t addr)
{
    if (log_enabled(LOG_int)) {
        log_printf("guest signal %d code %d addr 0x%llx at pc 0x%llx\n", sig,
                   code, (unsigned long long)addr, (unsigned long long)cpu->pc);
    }
    /* Synchronous faults cannot be ignored or blocked; with no delivery to
     * guest handlers yet, every one is fatal. */
    force_sig_fatal(sig);
}

int signal_send_self(int sig)
{
    if (sig == 0) {
        return 0;
    }
    if (sig < 1 || sig > TARGET_NSIG) {
        return -EINVAL;
    }
    if (sig == SIGKILL || sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN ||
        sig == SIGTTOU) {
        return kill(getpid(), sig) < 0 ? -errno : 0;
    }
    uint64_t h = sigact[sig].handler;
    if (h == 1 || (h == 0 && sig_default_ignored(sig))) {
        return 0;
    }
    if (h == 0) {
        force_sig_fatal(sig);
    }
    if (log_enabled(LOG_unimp)) {
        log_printf("signal %d to a guest handler: delivery not implemented\n",
                   sig);
    }
    return 0;
}

int target_sigaction(int sig, const TargetSigaction *act, TargetSigaction *old)
{
    if (sig < 1 || sig > TARGET_NSIG) {
        return -EINVAL;
    }
    if (old) {
        *old = sigact[sig];
    }
    if (act) {
        if (sig == SIGKILL || sig == SIGSTOP) {
            return -EINVAL;
        }
        sigact[sig] = *act;
    }
    return 0;
}

int target_sigprocmask(int how, const uint64_t *set, uint64_t *old)
{
    if (old) {
        *old = sigmask;
    }
    if (!set) {
        return 0;
    }
    uint64_t never = (1ull << (SIGKILL - 1)) | (1ull << (SIGSTOP - 1));
    switch (how) {
    case SIG_BLOCK:
        sigmask |= *set & ~never;
        break;
    case SIG_UNBLOCK:
        sigmask &= ~*set;
        break;
    case SIG_SETMASK:
        sigmask = *set & ~never;
        break;
    default:
        return -EINVAL;
    }
    return 0;
}
