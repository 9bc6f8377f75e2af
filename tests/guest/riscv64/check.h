/*
 * Shared by the riscv64 guest tests: print a value and compare it with a
 * reference computed in C. Each test prints one line per check and ends
 * with "NAME: N failed"; the exit status is nonzero on any failure.
 */
#include <stdint.h>

#include "../common/value-check.h"

/* Register-register and register-immediate forms of one instruction. */
#define RR(op, a, b)                                                       \
    ({                                                                     \
        uint64_t r_;                                                       \
        __asm__ volatile(op " %0, %1, %2" : "=r"(r_) : "r"(a), "r"(b));    \
        r_;                                                                \
    })
#define RI(op, a, imm)                                                     \
    ({                                                                     \
        uint64_t r_;                                                       \
        __asm__ volatile(op " %0, %1, %2" : "=r"(r_) : "r"(a), "i"(imm));  \
        r_;                                                                \
    })
#define R1(op, a)                                                          \
    ({                                                                     \
        uint64_t r_;                                                       \
        __asm__ volatile(op " %0, %1" : "=r"(r_) : "r"(a));                \
        r_;                                                                \
    })
