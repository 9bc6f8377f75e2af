/* CFLAGS: -march=armv8.1-a
 * Wild pointers: loads, stores, pairs, exclusives, LSE atomics, FP/SIMD
 * loads and stores and jumps at unmapped addresses, beyond the 48-bit
 * user address space, or in the top half raise SIGSEGV with si_addr = the
 * guest's address (and the same in uc_mcontext.fault_address), whatever
 * the base register, offset and addressing mode; they never reach the
 * emulator's own memory. Addresses keep the top byte 0 or all ones, so
 * top-byte-ignore does not change them. */
#include <setjmp.h>
#include <signal.h>
#include <string.h>

#include "sig-check.h"

static sigjmp_buf env;
static volatile int got_sig, got_code;
static volatile uint64_t got_addr, got_fault;

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    got_sig = sig;
    got_code = si->si_code;
    got_addr = (uint64_t)si->si_addr;
    got_fault = uc->uc_mcontext.fault_address;
    siglongjmp(env, 1);
}

/* stmt must fault with SIGSEGV at `addr` (printed relative to `rel`, for
 * addresses that depend on the stack's place). User-half addresses also
 * check si_code SEGV_MAPERR (the top half's depends on the kernel's
 * mappings). */
#define WILD_REL(what, addr, rel, stmt)                                        \
    do {                                                                       \
        got_sig = got_code = 0;                                                \
        got_addr = got_fault = 0;                                              \
        if (!sigsetjmp(env, 1)) {                                              \
            stmt;                                                              \
        }                                                                      \
        check(what, got_sig, SIGSEGV);                                         \
        if ((int64_t)(addr) >= 0) {                                            \
            check("  si_code", got_code, SEGV_MAPERR);                         \
        }                                                                      \
        check("  si_addr", got_addr - (rel), (uint64_t)(addr) - (rel));        \
        check("  fault_address", got_fault == got_addr, 1);                    \
    } while (0)
#define WILD(what, addr, stmt) WILD_REL(what, addr, 0, stmt)

#define LD(insn, base, off)                                                    \
    ({                                                                         \
        uint64_t v_;                                                           \
        __asm__ volatile(insn " %0, [%1, #" #off "]"                           \
                         : "=r"(v_)                                            \
                         : "r"(base)                                           \
                         : "memory");                                          \
        v_;                                                                    \
    })

static volatile uint64_t wild = 0x7fffffff0000ull;
static volatile uint64_t neg = 0xffffffffffff0000ull;
static volatile uint64_t small = 16;
static volatile uint64_t edge = 1ull << 48; /* past the 48-bit user VA */

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);

    WILD("ldr 0x7fffffff0000", wild, LD("ldr", wild, 0));
    WILD("ldrb 0xffffffffffff0000", neg, ({
             uint32_t v;
             __asm__ volatile("ldrb %w0, [%1]" : "=r"(v) : "r"(neg) : "memory");
         }));
    WILD("ldur -256(wild)", wild - 256, LD("ldur", wild, -256));
    WILD("ldr w 8(2^48)", edge + 8, ({
             uint32_t v;
             __asm__ volatile("ldr %w0, [%1, #8]"
                              : "=r"(v)
                              : "r"(edge)
                              : "memory");
         }));
    WILD("ldur -32(16)", (uint64_t)-16, LD("ldur", small, -32));
    WILD("ldr [x, x, lsl 3]", wild + 8 * 5, ({
             uint64_t v;
             __asm__ volatile("ldr %0, [%1, %2, lsl #3]"
                              : "=r"(v)
                              : "r"(wild), "r"(5L)
                              : "memory");
         }));
    WILD("ldr [x, w, sxtw]", wild - 4, ({
             uint64_t v;
             __asm__ volatile("ldr %0, [%1, %w2, sxtw]"
                              : "=r"(v)
                              : "r"(wild), "r"(-4)
                              : "memory");
         }));
    WILD("str 0x7fffffff0000", wild, ({
             __asm__ volatile("str %1, [%0]" ::"r"(wild), "r"(1L) : "memory");
         }));
    WILD("strb 255(neg)", neg + 255, ({
             __asm__ volatile("strb %w1, [%0, #255]" ::"r"(neg), "r"(1)
                              : "memory");
         }));
    WILD("str pre-index", wild + 16, ({
             uint64_t b = wild;
             __asm__ volatile("str %1, [%0, #16]!"
                              : "+r"(b)
                              : "r"(1L)
                              : "memory");
         }));
    WILD("ldp", wild + 32, ({
             uint64_t a, b;
             __asm__ volatile("ldp %0, %1, [%2, #32]"
                              : "=r"(a), "=r"(b)
                              : "r"(wild)
                              : "memory");
         }));
    WILD("stp post-index", wild, ({
             uint64_t b = wild;
             __asm__ volatile("stp xzr, xzr, [%0], #16" : "+r"(b)::"memory");
         }));
    WILD("mov -16; ldr", (uint64_t)-16, ({
             uint64_t v;
             __asm__ volatile("mov x9, #-16\n\tldr %0, [x9]"
                              : "=r"(v)::"x9", "memory");
         }));
    uint64_t sp;
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    WILD_REL("ldr 0x7ffff000 + sp", sp + 0x7ffff000, sp, ({
                 uint64_t v;
                 __asm__ volatile("mov x9, #0x7ffff000\n\tadd x9, sp, x9\n\t"
                                  "ldr %0, [x9]"
                                  : "=r"(v)::"x9", "memory");
             }));
    WILD("ldxr wild", wild, ({
             uint64_t v;
             __asm__ volatile("ldxr %0, [%1]" : "=r"(v) : "r"(wild) : "memory");
         }));
    WILD("ldadd wild", wild, ({
             uint64_t v;
             __asm__ volatile("ldadd %1, %0, [%2]"
                              : "=r"(v)
                              : "r"(1L), "r"(wild)
                              : "memory");
         }));
    WILD("cas neg", neg, ({
             uint64_t v = 0;
             __asm__ volatile("cas %0, %1, [%2]"
                              : "+r"(v)
                              : "r"(1L), "r"(neg)
                              : "memory");
         }));
    WILD("ldr d wild", wild + 8, ({
             double d;
             __asm__ volatile("ldr %d0, [%1, #8]"
                              : "=w"(d)
                              : "r"(wild)
                              : "memory");
         }));
    WILD("str q edge", edge, ({
             __asm__ volatile("str q0, [%0]" ::"r"(edge) : "memory");
         }));
    WILD("ld1 {v0.16b} wild", wild, ({
             __asm__ volatile("ld1 {v0.16b}, [%0]" ::"r"(wild)
                              : "v0", "memory");
         }));
    WILD("br wild", wild, ({
             __asm__ volatile("br %0" ::"r"(wild) : "memory");
         }));
    WILD("blr edge", edge, ({
             __asm__ volatile("blr %0" ::"r"(edge) : "x30", "memory");
         }));
    check("still running", 1, 1);
    return finish("sig-wild");
}
