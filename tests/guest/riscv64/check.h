/*
 * Shared by the riscv64 guest tests: print a value and compare it with a
 * reference computed in C. Each test prints one line per check and ends
 * with "NAME: N failed"; the exit status is nonzero on any failure.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

static int failures;

/* Line-buffered, so output up to a crash is kept. */
__attribute__((constructor)) static void check_init(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
}

static void check(const char *what, uint64_t got, uint64_t want)
{
    printf("%-28s %016" PRIx64 "%s\n", what, got, got == want ? "" : "  FAIL");
    if (got != want) {
        printf("  want %016" PRIx64 "\n", want);
        failures++;
    }
}

static int finish(const char *name)
{
    printf("%s: %d failed\n", name, failures);
    return failures != 0;
}

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
