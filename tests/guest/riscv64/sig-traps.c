/* Instructions that trap: an illegal encoding, a write to a read-only CSR,
 * an unknown CSR, a misaligned AMO/LR/SC, ebreak, and a jump to unmapped
 * memory each deliver the right signal with the right si_addr. */
#include <setjmp.h>
#include <signal.h>
#include <string.h>

#include "check.h"

static sigjmp_buf env;
static volatile int got_sig;
static volatile uint64_t got_addr;

static void handler(int sig, siginfo_t *si, void *uc)
{
    got_sig = sig;
    got_addr = (uint64_t)si->si_addr;
    siglongjmp(env, 1);
}

#define EXPECT(what, sig_, stmt)                                           \
    do {                                                                   \
        got_sig = 0;                                                       \
        if (!sigsetjmp(env, 1)) {                                          \
            stmt;                                                          \
        }                                                                  \
        check(what, got_sig, sig_);                                        \
    } while (0)

static uint64_t mem[2];

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

    EXPECT("illegal .4byte 0", SIGILL, __asm__ volatile(".4byte 0"));
    EXPECT("illegal c.unimp", SIGILL, __asm__ volatile("c.unimp"));
    EXPECT("csrw cycle", SIGILL, __asm__ volatile("csrw cycle, %0" ::"r"(1)));
    EXPECT("csrr mstatus", SIGILL, ({
               uint64_t v;
               __asm__ volatile("csrr %0, mstatus" : "=r"(v));
           }));
    EXPECT("csrrs time, x0 ok", 0, ({
               uint64_t v;
               __asm__ volatile("csrrs %0, time, zero" : "=r"(v));
           }));
    char *p = (char *)mem + 2;
    EXPECT("amoadd.w misaligned", SIGBUS,
           __asm__ volatile("amoadd.w zero, %1, (%0)" ::"r"(p), "r"(1)
                            : "memory"));
    check("  si_addr", got_addr - (uint64_t)p, 0);
    EXPECT("lr.d misaligned", SIGBUS, ({
               uint64_t v;
               __asm__ volatile("lr.d %0, (%1)" : "=r"(v) : "r"(p + 2));
           }));
    /* A misaligned sc raises SIGBUS in mimic (as the ISA and hardware
     * do); qemu-user 7.2 just fails it, so it is not checked here. */
    EXPECT("ebreak", SIGTRAP, __asm__ volatile("ebreak"));
    EXPECT("jump to unmapped", SIGSEGV,
           __asm__ volatile("jalr ra, 0(%0)" ::"r"(0x1000) : "ra"));
    check("  si_addr", got_addr, 0x1000);
    EXPECT("load unmapped", SIGSEGV, ({
               uint64_t v;
               __asm__ volatile("ld %0, 0(%1)" : "=r"(v) : "r"(0x10)
                                : "memory");
           }));
    check("  si_addr", got_addr, 0x10);
    check("still running", 1, 1);
    return finish("traps");
}
