/* Short branch hammocks, which mimic turns into conditional moves
 * (-opt ifconv): triangles, diamonds and out-of-line taken sides, for
 * every branch condition, with sides that write the branch's own operands,
 * x0, the same register on both sides, W operations, auipc (pc-relative:
 * the out-of-line side's own pc counts), compressed encodings, and a side
 * too long to convert. Each shape runs over a grid of operand values and
 * prints a hash of the registers it leaves. */
#include <stdint.h>
#include <stdio.h>

static const int64_t vals[] = {
    0, 1, -1, 2, 0x7fffffff, -0x80000000ll, 0x80000000ll, 0x7fffffffffffffffll,
    -0x7fffffffffffffffll - 1, 12345, -12345, 0x100000000ll,
};
#define NV (sizeof(vals) / sizeof(vals[0]))

static uint64_t hash = 0xcbf29ce484222325ull;

static void mix(uint64_t v)
{
    hash = (hash ^ v) * 0x100000001b3ull;
}

/* Triangle: the fall-through side writes a2 and a0 (an operand). */
#define TRIANGLE(name, br)                                                     \
    static void name(int64_t x, int64_t y)                                     \
    {                                                                          \
        register int64_t a0 __asm__("a0") = x, a1 __asm__("a1") = y;           \
        register int64_t a2 __asm__("a2") = 7, a3 __asm__("a3") = 9;           \
        __asm__ volatile(br " a0, a1, 1f\n\t"                                  \
                         "addiw a2, a0, 5\n\t"                                 \
                         "xor a0, a0, a1\n\t"                                  \
                         "1:\n\t"                                              \
                         "add a3, a3, a2"                                      \
                         : "+r"(a0), "+r"(a1), "+r"(a2), "+r"(a3));            \
        mix(a0), mix(a1), mix(a2), mix(a3);                                    \
    }

/* Diamond: both sides write a2; the taken side writes x0 and a4 (lla:
 * auipc + addi, 4 instructions in all), the fall-through
 * side writes a4 by auipc: a4 ends as the auipc's address either way. */
#define DIAMOND(name, br)                                                      \
    static void name(int64_t x, int64_t y)                                     \
    {                                                                          \
        register int64_t a0 __asm__("a0") = x, a1 __asm__("a1") = y;           \
        register int64_t a2 __asm__("a2") = 3, a4 __asm__("a4") = 0;           \
        __asm__ volatile(br " a0, a1, 1f\n\t"                                  \
                         "sub a2, a0, a1\n\t"                                  \
                         "5: auipc a4, 0\n\t"                                  \
                         "j 2f\n\t"                                            \
                         "1:\n\t"                                              \
                         "sllw a2, a0, a1\n\t"                                 \
                         "add x0, a0, a1\n\t"                                  \
                         "lla a4, 5b\n\t"                                      \
                         "2:\n\t"                                              \
                         "or a2, a2, a1\n\t"                                   \
                         "lla t0, 5b\n\t"                                      \
                         "sub a4, a4, t0"                                      \
                         : "+r"(a0), "+r"(a1), "+r"(a2), "+r"(a4)              \
                         :                                                     \
                         : "t0");                                              \
        mix(a0), mix(a1), mix(a2), mix(a4);                                    \
    }

/* Taken side out of line (after the join's code), jumping back into the
 * middle of the fall-through side, as in a binary search step. */
#define OUTLINE(name, br)                                                      \
    static void name(int64_t x, int64_t y)                                     \
    {                                                                          \
        register int64_t a0 __asm__("a0") = x, a1 __asm__("a1") = y;           \
        register int64_t a2 __asm__("a2") = 1, a3 __asm__("a3") = 2;           \
        register int64_t a5 __asm__("a5") = 0;                                 \
        __asm__ volatile(br " a0, a1, 3f\n\t"                                  \
                         "mv a3, a2\n\t"                                       \
                         "2:\n\t"                                              \
                         "addw a5, a3, a0\n\t"                                 \
                         "sraiw a2, a5, 1\n\t"                                 \
                         "j 4f\n\t"                                            \
                         "3:\n\t"                                              \
                         "addiw a3, a1, 1\n\t"                                 \
                         "auipc a5, 0\n\t"                                     \
                         "j 2b\n\t"                                            \
                         "4:"                                                  \
                         : "+r"(a0), "+r"(a1), "+r"(a2), "+r"(a3), "+r"(a5));  \
        mix(a0), mix(a1), mix(a2), mix(a3), mix(a5);                           \
    }

/* Five instructions on the fall-through side: not converted, same result. */
#define LONG(name, br)                                                         \
    static void name(int64_t x, int64_t y)                                     \
    {                                                                          \
        register int64_t a0 __asm__("a0") = x, a1 __asm__("a1") = y;           \
        register int64_t a2 __asm__("a2") = 0;                                 \
        __asm__ volatile(br " a0, a1, 1f\n\t"                                  \
                         "addi a2, a2, 1\n\t"                                  \
                         "addi a2, a2, 2\n\t"                                  \
                         "addi a2, a2, 3\n\t"                                  \
                         "addi a2, a2, 4\n\t"                                  \
                         "slli a2, a2, 5\n\t"                                  \
                         "1:"                                                  \
                         : "+r"(a0), "+r"(a1), "+r"(a2));                      \
        mix(a2);                                                               \
    }

/* A loop whose continuation is a tail block jumping back to the loop's
 * head, as in glibc's strlen (-opt loop-tail: the TB loops and the branch's
 * fall-through becomes the side exit); the tail writes the compare's own
 * operand. */
#define TAIL(name, br)                                                         \
    static void name(int64_t x, int64_t y)                                     \
    {                                                                          \
        register int64_t a0 __asm__("a0") = x, a1 __asm__("a1") = y;           \
        register int64_t a2 __asm__("a2") = 0, a3 __asm__("a3") = 64;          \
        __asm__ volatile("1:\n\t"                                              \
                         "addi a2, a2, 1\n\t"                                  \
                         "srli a0, a0, 1\n\t"                                  \
                         "addi a3, a3, -1\n\t"                                 \
                         "beqz a3, 4f\n\t"                                     \
                         br " a0, a1, 3f\n\t"                                  \
                         "xor a1, a1, a2\n\t"                                  \
                         "j 4f\n"                                               \
                         "3:\n\t"                                              \
                         "addi a1, a1, 3\n\t"                                  \
                         "xor a0, a0, a2\n\t"                                  \
                         "j 1b\n"                                               \
                         "4:"                                                  \
                         : "+r"(a0), "+r"(a1), "+r"(a2), "+r"(a3));            \
        mix(a0), mix(a1), mix(a2), mix(a3);                                    \
    }

#define CONDS(X, shape)                                                        \
    X(shape##_beq, "beq") X(shape##_bne, "bne") X(shape##_blt, "blt")         \
    X(shape##_bge, "bge") X(shape##_bltu, "bltu") X(shape##_bgeu, "bgeu")
CONDS(TRIANGLE, tri)
CONDS(DIAMOND, dia)
CONDS(OUTLINE, out)
CONDS(LONG, lng)
CONDS(TAIL, tail)

typedef void (*Fn)(int64_t, int64_t);
#define ROW(shape)                                                             \
    { #shape, { shape##_beq, shape##_bne, shape##_blt, shape##_bge,            \
                shape##_bltu, shape##_bgeu } }
static const struct {
    const char *name;
    Fn fn[6];
} shapes[] = { ROW(tri), ROW(dia), ROW(out), ROW(lng), ROW(tail) };

int main(void)
{
    static const char *const cond[6] = { "beq", "bne", "blt",
                                         "bge", "bltu", "bgeu" };

    for (unsigned s = 0; s < sizeof(shapes) / sizeof(shapes[0]); s++) {
        for (int c = 0; c < 6; c++) {
            hash = 0xcbf29ce484222325ull;
            for (unsigned i = 0; i < NV; i++) {
                for (unsigned j = 0; j < NV; j++) {
                    shapes[s].fn[c](vals[i], vals[j]);
                }
            }
            printf("%s %-4s %016llx\n", shapes[s].name, cond[c],
                   (unsigned long long)hash);
        }
    }
    return 0;
}
