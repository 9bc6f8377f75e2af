/*
 * Exception-generating and unallocated instructions: BRK gives SIGTRAP
 * (TRAP_BRKPT) at the brk, UDF and unallocated encodings (HVC, SMC, a PAC
 * branch without FEAT_PAuth, reserved logical immediates, MSR to an EL1
 * register) give SIGILL (ILL_ILLOPC) at the instruction; execution resumes
 * after the handler moves the pc on. SVC with a non-zero immediate still
 * makes the system call. (Reference output: qemu-aarch64 -cpu cortex-a72,
 * since qemu's default "max" CPU implements pointer authentication.)
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

static volatile int got_sig, got_code;
static volatile uint64_t got_addr, got_pc;

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;

    got_sig = sig;
    got_code = si->si_code;
    got_addr = (uint64_t)si->si_addr;
    got_pc = uc->uc_mcontext.pc;
    uc->uc_mcontext.pc += 4; /* skip the trapping instruction */
}

static int failures;

/* si_code of SIGILL: Linux says ILL_ILLOPC; qemu-user ILL_ILLOPN. */
static int code_ok(int sig, int code, int want)
{
    return sig == SIGILL ? code == ILL_ILLOPC || code == ILL_ILLOPN
                         : code == want;
}

#define EXPECT(what, sig_, code_, insn)                                    \
    do {                                                                   \
        uint64_t at_;                                                      \
        int ok_;                                                           \
        got_sig = 0;                                                       \
        __asm__ volatile("adr %0, 1f\n1:\t" insn : "=r"(at_) : : "memory"); \
        ok_ = got_sig == (sig_) &&                                         \
              (!got_sig || (code_ok(got_sig, got_code, code_) &&           \
                            got_pc == at_ && got_addr == at_));            \
        printf("%-22s sig %d %s\n", what, got_sig, ok_ ? "ok" : "FAIL");   \
        failures += !ok_;                                                  \
    } while (0)

int main(void)
{
    struct sigaction sa;

    setvbuf(stdout, NULL, _IOLBF, 0);
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGTRAP, &sa, NULL);

    EXPECT("brk #0", SIGTRAP, TRAP_BRKPT, "brk #0");
    EXPECT("brk #0x1234", SIGTRAP, TRAP_BRKPT, "brk #0x1234");
    EXPECT("udf #0", SIGILL, ILL_ILLOPC, "udf #0");
    EXPECT(".inst 0", SIGILL, ILL_ILLOPC, ".inst 0x00000000");
    EXPECT("hvc #0", SIGILL, ILL_ILLOPC, ".inst 0xd4000002");
    EXPECT("smc #0", SIGILL, ILL_ILLOPC, ".inst 0xd4000003");
    EXPECT("hlt #0", SIGILL, ILL_ILLOPC, ".inst 0xd4400000");
    EXPECT("braa x0, x1", SIGILL, ILL_ILLOPC, ".inst 0xd71f0801");
    EXPECT("retaa", SIGILL, ILL_ILLOPC, ".inst 0xd65f0bff");
    EXPECT("eret", SIGILL, ILL_ILLOPC, ".inst 0xd69f03e0");
    EXPECT("and imm all-ones", SIGILL, ILL_ILLOPC, ".inst 0x92400fe0 | (63 << 10)");
    EXPECT("and w imm N=1", SIGILL, ILL_ILLOPC, ".inst 0x12400000");
    EXPECT("msr sctlr_el1", SIGILL, ILL_ILLOPC, "msr sctlr_el1, x0");
    EXPECT("mrs currentel", SIGILL, ILL_ILLOPC, "mrs x0, currentel");
    EXPECT("sys ic iallu", SIGILL, ILL_ILLOPC, "ic iallu");
    EXPECT("msr tpidrro_el0", SIGILL, ILL_ILLOPC, "msr tpidrro_el0, x0");
    EXPECT("sbfm w N=1", SIGILL, ILL_ILLOPC, ".inst 0x13400000");
    EXPECT("smulh w", SIGILL, ILL_ILLOPC, ".inst 0x1b407c00");
    EXPECT("crc32x w", SIGILL, ILL_ILLOPC, ".inst 0x1ac24c20");
    EXPECT("add ext imm3=5", SIGILL, ILL_ILLOPC, ".inst 0x8b201400");
    EXPECT("pacia hint ok", 0, 0, "hint #25\n\thint #29\n\tbti c\n\tnop");
    EXPECT("yield/wfe/sev ok", 0, 0, "yield\n\tsevl\n\twfe\n\tsev");

    /* svc #1 still runs the syscall in x8. */
    register long x8 __asm__("x8") = 172; /* getpid */
    register long x0 __asm__("x0");
    __asm__ volatile("svc #1" : "=r"(x0) : "r"(x8) : "memory");
    printf("svc #1 getpid ok %d\n", x0 == getpid());
    failures += x0 != getpid();
    printf("branch-traps: %d failed\n", failures);
    return failures != 0;
}
