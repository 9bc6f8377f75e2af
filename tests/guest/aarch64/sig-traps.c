/* CFLAGS: -march=armv8.1-a
 * Instructions that trap deliver the right signal, si_code and si_addr,
 * and the frame's pc, fault_address and ESR record agree: UDF, HVC and a
 * privileged MRS (SIGILL at the insn), BRK (SIGTRAP at the insn), a
 * misaligned LDXR/STXR/LDAXP and an LSE atomic crossing 16 bytes (SIGBUS
 * BUS_ADRALN at the address), loads, stores and a jump to unmapped memory
 * (SIGSEGV SEGV_MAPERR; a store to a read-only page SEGV_ACCERR). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>

#include "sig-check.h"

static sigjmp_buf env;
static volatile int got_sig, got_code, got_esr_rec;
static volatile uint64_t got_addr, got_pc, got_fault, got_esr;

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    struct {
        struct sig_ctx_head head;
        uint64_t esr;
    } *esr = sig_record(uc, SIG_ESR_MAGIC);

    got_sig = sig;
    got_code = si->si_code;
    got_addr = (uint64_t)si->si_addr;
    got_pc = uc->uc_mcontext.pc;
    got_fault = uc->uc_mcontext.fault_address;
    got_esr_rec = esr != NULL;
    got_esr = esr ? esr->esr : 0;
    siglongjmp(env, 1);
}

/* Run stmt, which must raise sig_ with si_code code_. */
#define EXPECT(what, sig_, code_, stmt)                                        \
    do {                                                                       \
        got_sig = got_code = 0;                                                \
        if (!sigsetjmp(env, 1)) {                                              \
            stmt;                                                              \
        }                                                                      \
        check(what, got_sig, sig_);                                            \
        check("  si_code", got_code, code_);                                   \
    } while (0)

/* An instruction at a known address: label 1 in the asm. */
#define AT_LABEL(insn)                                                         \
    ({                                                                         \
        uint64_t at_;                                                          \
        __asm__ volatile("adr %0, 1f\n\t"                                      \
                         "1: " insn                                            \
                         : "=&r"(at_)                                          \
                         :                                                     \
                         : "memory");                                          \
        at_;                                                                   \
    })

static uint64_t mem[4] __attribute__((aligned(16)));

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGTRAP, &sa, NULL);
    sigaction(SIGSEGV, &sa, NULL);

    EXPECT("udf #0", SIGILL, ILL_ILLOPC, AT_LABEL("udf #0"));
    check("  si_addr == pc", got_addr == got_pc, 1);
    check("  fault_address", got_fault, 0);
    EXPECT("udf #0xbeef", SIGILL, ILL_ILLOPC, AT_LABEL("udf #0xbeef"));
    check("  si_addr == pc", got_addr == got_pc, 1);
    EXPECT(".inst 0 (udf)", SIGILL, ILL_ILLOPC, AT_LABEL(".inst 0x00000000"));
    EXPECT("hvc #0", SIGILL, ILL_ILLOPC, AT_LABEL("hvc #0"));
    EXPECT("mrs sctlr_el1", SIGILL, ILL_ILLOPC, ({
               uint64_t v;
               __asm__ volatile("mrs %0, sctlr_el1" : "=r"(v));
           }));
    EXPECT("brk #0", SIGTRAP, TRAP_BRKPT, AT_LABEL("brk #0"));
    check("  si_addr == pc", got_addr == got_pc, 1);
    EXPECT("brk #0x3e8", SIGTRAP, TRAP_BRKPT, __builtin_trap());
    check("  si_addr == pc", got_addr == got_pc, 1);

    char *p = (char *)mem + 2;
    EXPECT("ldxr misaligned", SIGBUS, BUS_ADRALN, ({
               uint64_t v;
               __asm__ volatile("ldxr %0, [%1]" : "=r"(v) : "r"(p) : "memory");
           }));
    check("  si_addr", got_addr - (uint64_t)p, 0);
    check("  fault_address", got_fault - (uint64_t)p, 0);
    check("  esr record", got_esr_rec, 1);
    check("  esr EC (data abort)", got_esr >> 26, 0x24);
    check("  esr DFSC (alignment)", got_esr & 0x3f, 0x21);
    EXPECT("ldxr w misaligned", SIGBUS, BUS_ADRALN, ({
               uint32_t v;
               __asm__ volatile("ldxr %w0, [%1]"
                                : "=r"(v)
                                : "r"(p + 1)
                                : "memory");
           }));
    check("  si_addr", got_addr - (uint64_t)(p + 1), 0);
    EXPECT("ldaxp misaligned", SIGBUS, BUS_ADRALN, ({
               uint64_t a, b;
               __asm__ volatile("ldaxp %0, %1, [%2]"
                                : "=r"(a), "=r"(b)
                                : "r"((char *)mem + 8)
                                : "memory");
           }));
    EXPECT("ldadd crossing 16 bytes", SIGBUS, BUS_ADRALN, ({
               uint32_t v;
               __asm__ volatile("ldadd %w1, %w0, [%2]"
                                : "=r"(v)
                                : "r"(1), "r"((char *)mem + 14)
                                : "memory");
           }));
    check("  si_addr", got_addr - ((uint64_t)mem + 14), 0);

    EXPECT("jump to unmapped", SIGSEGV, SEGV_MAPERR,
           __asm__ volatile("blr %0" ::"r"(0x1000)
                            : "x30", "memory"));
    check("  si_addr", got_addr, 0x1000);
    check("  pc", got_pc, 0x1000);
    check("  fault_address", got_fault, 0x1000);
    check("  esr EC (instruction abort)", got_esr >> 26, 0x20);
    EXPECT("load unmapped", SIGSEGV, SEGV_MAPERR, ({
               uint64_t v;
               __asm__ volatile("ldr %0, [%1, #8]"
                                : "=r"(v)
                                : "r"(0x10)
                                : "memory");
           }));
    check("  si_addr", got_addr, 0x18);
    check("  fault_address", got_fault, 0x18);
    check("  esr record", got_esr_rec, 1);
    check("  esr EC (data abort)", got_esr >> 26, 0x24);
    check("  esr DFSC (translation)", (got_esr & 0x3c) == 0x04, 1);

    char *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    EXPECT("store read-only", SIGSEGV, SEGV_ACCERR, ({
               __asm__ volatile("str %0, [%1, #24]" ::"r"(1L), "r"(ro)
                                : "memory");
           }));
    check("  si_addr", got_addr - (uint64_t)ro, 24);
    check("  esr DFSC (permission)", (got_esr & 0x3c) == 0x0c, 1);
    EXPECT("stp read-only", SIGSEGV, SEGV_ACCERR, ({
               __asm__ volatile("stp %0, %0, [%1, #-16]" ::"r"(1L),
                                "r"(ro + 4096)
                                : "memory");
           }));
    check("  si_addr", got_addr - (uint64_t)ro, 4096 - 16);
    munmap(ro, 4096);

    /* After all that, the process still takes ordinary signals. */
    EXPECT("raise SIGTRAP", SIGTRAP, SI_TKILL, raise(SIGTRAP));
    return finish("sig-traps");
}
