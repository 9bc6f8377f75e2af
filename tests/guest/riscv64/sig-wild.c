/* Wild pointers: loads, stores, atomics, FP loads and jumps at addresses
 * beyond the guest address space (or below 0) raise SIGSEGV with
 * SEGV_MAPERR and si_addr = the guest's address, whatever the base
 * register and offset; they never reach the emulator's own memory. */
#include <setjmp.h>
#include <signal.h>
#include <string.h>

#include "check.h"

static sigjmp_buf env;
static volatile int got_sig, got_code;
static volatile uint64_t got_addr;

static void handler(int sig, siginfo_t *si, void *uc)
{
    got_sig = sig;
    got_code = si->si_code;
    got_addr = (uint64_t)si->si_addr;
    siglongjmp(env, 1);
}

/* stmt must fault with SIGSEGV, SEGV_MAPERR at `addr` (printed relative
 * to `rel`, for addresses that depend on the stack's place). */
#define WILD_REL(what, addr, rel, stmt)                                        \
    do {                                                                       \
        got_sig = got_code = 0;                                                \
        got_addr = 0;                                                          \
        if (!sigsetjmp(env, 1)) {                                              \
            stmt;                                                              \
        }                                                                      \
        check(what, got_sig, SIGSEGV);                                         \
        check("  si_code", got_code, SEGV_MAPERR);                             \
        check("  si_addr", got_addr - (rel), (uint64_t)(addr) - (rel));        \
    } while (0)
#define WILD(what, addr, stmt) WILD_REL(what, addr, 0, stmt)

#define LD(insn, base, off)                                                    \
    ({                                                                         \
        uint64_t v_;                                                           \
        __asm__ volatile(insn " %0, " #off "(%1)"                              \
                         : "=r"(v_)                                            \
                         : "r"(base)                                           \
                         : "memory");                                          \
        v_;                                                                    \
    })

static volatile uint64_t wild = 0x7fffffff0000ull;
static volatile uint64_t neg = 0xffffffffffff0000ull;
static volatile uint64_t small = 16;
static volatile uint64_t edge = 1ull << 39; /* mimic's guest VA width */

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);

    WILD("ld 0x7fffffff0000", wild, LD("ld", wild, 0));
    WILD("lbu 0xffffffffffff0000", neg, LD("lbu", neg, 0));
    WILD("ld -2048(wild)", wild - 2048, LD("ld", wild, -2048));
    WILD("lw 8(2^39)", edge + 8, LD("lw", edge, 8));
    WILD("ld -32(16)", (uint64_t)-16, LD("ld", small, -32));
    WILD("sd 0x7fffffff0000", wild, ({
             __asm__ volatile("sd %1, 0(%0)" ::"r"(wild), "r"(1) : "memory");
         }));
    WILD("sb 2047(-1 << 16)", neg + 2047, ({
             __asm__ volatile("sb %1, 2047(%0)" ::"r"(neg), "r"(1) : "memory");
         }));
    WILD("li -16; ld", (uint64_t)-16, ({
             uint64_t v;
             __asm__ volatile("li t0, -16\n\tld %0, 0(t0)"
                              : "=r"(v)::"t0", "memory");
         }));
    WILD("li 0x7fffffff0000; sw", 0x7fffffff0008ull, ({
             __asm__ volatile("li t0, 0x7fffffff0000\n\tsw zero, 8(t0)" ::
                                  : "t0", "memory");
         }));
    uint64_t sp;
    __asm__ volatile("mv %0, sp" : "=r"(sp));
    WILD_REL("ld 0x7ffff000 + sp", sp + 0x7ffff000, sp, ({
                 uint64_t v;
                 __asm__ volatile("li t0, 0x7ffff000\n\tadd t0, t0, sp\n\t"
                                  "ld %0, 0(t0)"
                                  : "=r"(v)::"t0", "memory");
             }));
    WILD("amoadd.d wild", wild, ({
             uint64_t v;
             __asm__ volatile("amoadd.d %0, %2, (%1)"
                              : "=r"(v)
                              : "r"(wild), "r"(1)
                              : "memory");
         }));
    WILD("lr.w neg", neg, ({
             uint64_t v;
             __asm__ volatile("lr.w %0, (%1)" : "=r"(v) : "r"(neg) : "memory");
         }));
    WILD("fld wild", wild + 8, ({
             double d;
             __asm__ volatile("fld %0, 8(%1)" : "=f"(d) : "r"(wild) : "memory");
         }));
    WILD("jalr wild", wild, ({
             __asm__ volatile("jalr ra, 0(%0)" ::"r"(wild) : "ra", "memory");
         }));
    check("still running", 1, 1);
    return finish("wild");
}
