/* Short branch hammocks, which mimic turns into conditional moves
 * (-opt ifconv): triangles, diamonds and out-of-line taken sides after
 * B.cond, CBZ/CBNZ and TBZ/TBNZ, with sides that write the compare's own
 * operands, W registers, MOVK, CSEL (reading the flags the branch tested)
 * and a shift by register; and a side too long to convert. NZCV after the
 * join must be the compare's. Each shape runs over a grid of operand
 * values and prints a hash of the registers and flags it leaves. */
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

/* Triangle after CMP; B.cond: the fall-through side writes x2 and x0 (an
 * operand of the compare), and the flags are read after the join. */
#define TRIANGLE(name, cond)                                                   \
    static void name(int64_t x, int64_t y)                                     \
    {                                                                          \
        register int64_t x0 __asm__("x0") = x, x1 __asm__("x1") = y;           \
        register int64_t x2 __asm__("x2") = 7, x3 __asm__("x3") = 9;           \
        uint64_t f;                                                            \
        __asm__ volatile("cmp x0, x1\n\t"                                      \
                         "b." cond " 1f\n\t"                                   \
                         "add w2, w0, #5\n\t"                                  \
                         "eor x0, x0, x1\n\t"                                  \
                         "1:\n\t"                                              \
                         "add x3, x3, x2\n\t"                                  \
                         "mrs %4, nzcv"                                        \
                         : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3), "=r"(f)     \
                         :                                                     \
                         : "cc");                                              \
        mix(x0), mix(x1), mix(x2), mix(x3), mix(f);                            \
    }

/* Diamond after a 32-bit compare: both sides write x2; the taken side uses
 * CSEL on the branch's flags and MOVK, the fall-through a shift by
 * register. */
#define DIAMOND(name, cond)                                                    \
    static void name(int64_t x, int64_t y)                                     \
    {                                                                          \
        register int64_t x0 __asm__("x0") = x, x1 __asm__("x1") = y;           \
        register int64_t x2 __asm__("x2") = 3, x4 __asm__("x4") = 0;           \
        __asm__ volatile("cmp w0, w1\n\t"                                      \
                         "b." cond " 1f\n\t"                                   \
                         "sub x2, x0, x1\n\t"                                  \
                         "lsl x4, x0, x1\n\t"                                  \
                         "b 2f\n"                                              \
                         "1:\n\t"                                              \
                         "csel x2, x0, x1, gt\n\t"                             \
                         "movk x4, #0x1234, lsl #16\n"                         \
                         "2:\n\t"                                              \
                         "orr x2, x2, x1"                                      \
                         : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x4)              \
                         :                                                     \
                         : "cc");                                              \
        mix(x0), mix(x1), mix(x2), mix(x4);                                    \
    }

/* Taken side out of line (after the join's code), jumping back into the
 * middle of the fall-through side, as in a binary search step. */
#define OUTLINE(name, cond)                                                    \
    static void name(int64_t x, int64_t y)                                     \
    {                                                                          \
        register int64_t x0 __asm__("x0") = x, x1 __asm__("x1") = y;           \
        register int64_t x2 __asm__("x2") = 1, x3 __asm__("x3") = 2;           \
        register int64_t x5 __asm__("x5") = 0;                                 \
        __asm__ volatile("cmp x0, x1\n\t"                                      \
                         "b." cond " 3f\n\t"                                   \
                         "mov w3, w2\n"                                        \
                         "2:\n\t"                                              \
                         "add w5, w3, w0\n\t"                                  \
                         "asr w2, w5, #1\n\t"                                  \
                         "b 4f\n"                                              \
                         "3:\n\t"                                              \
                         "add w3, w1, #1\n\t"                                  \
                         "ubfx x5, x0, #3, #7\n\t"                             \
                         "b 2b\n"                                              \
                         "4:"                                                  \
                         : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3), "+r"(x5)    \
                         :                                                     \
                         : "cc");                                              \
        mix(x0), mix(x1), mix(x2), mix(x3), mix(x5);                           \
    }

/* CBZ, CBNZ, TBZ, TBNZ triangles. */
#define CBRANCH(name, br)                                                      \
    static void name(int64_t x, int64_t y)                                     \
    {                                                                          \
        register int64_t x0 __asm__("x0") = x, x1 __asm__("x1") = y;           \
        register int64_t x2 __asm__("x2") = 5;                                 \
        __asm__ volatile(br ", 1f\n\t"                                         \
                         "add x2, x1, x0, lsl #2\n\t"                          \
                         "neg x0, x0\n"                                        \
                         "1:"                                                  \
                         : "+r"(x0), "+r"(x1), "+r"(x2));                      \
        mix(x0), mix(x1), mix(x2);                                             \
    }

/* Five instructions on the fall-through side: not converted. */
#define LONG(name, cond)                                                       \
    static void name(int64_t x, int64_t y)                                     \
    {                                                                          \
        register int64_t x0 __asm__("x0") = x, x1 __asm__("x1") = y;           \
        register int64_t x2 __asm__("x2") = 0;                                 \
        __asm__ volatile("cmp x0, x1\n\t"                                      \
                         "b." cond " 1f\n\t"                                   \
                         "add x2, x2, #1\n\t"                                  \
                         "add x2, x2, #2\n\t"                                  \
                         "add x2, x2, #3\n\t"                                  \
                         "add x2, x2, #4\n\t"                                  \
                         "lsl x2, x2, #5\n"                                    \
                         "1:"                                                  \
                         : "+r"(x0), "+r"(x1), "+r"(x2)                        \
                         :                                                     \
                         : "cc");                                              \
        mix(x2);                                                               \
    }

#define CONDS(X, shape)                                                        \
    X(shape##_eq, "eq") X(shape##_ne, "ne") X(shape##_lt, "lt")               \
    X(shape##_ge, "ge") X(shape##_hi, "hi") X(shape##_ls, "ls")               \
    X(shape##_mi, "mi") X(shape##_vs, "vs")
CONDS(TRIANGLE, tri)
CONDS(DIAMOND, dia)
CONDS(OUTLINE, out)
CONDS(LONG, lng)
CBRANCH(cb_z, "cbz x0")
CBRANCH(cb_nz, "cbnz w0")
CBRANCH(tb_z, "tbz x0, #63")
CBRANCH(tb_nz, "tbnz w0, #3")

typedef void (*Fn)(int64_t, int64_t);
#define ROW(shape)                                                             \
    { #shape, { shape##_eq, shape##_ne, shape##_lt, shape##_ge, shape##_hi,    \
                shape##_ls, shape##_mi, shape##_vs } }
static const struct {
    const char *name;
    Fn fn[8];
} shapes[] = {
    ROW(tri), ROW(dia), ROW(out), ROW(lng),
    { "cb", { cb_z, cb_nz, tb_z, tb_nz, cb_z, cb_nz, tb_z, tb_nz } },
};

int main(void)
{
    static const char *const cond[8] = { "eq", "ne", "lt", "ge",
                                         "hi", "ls", "mi", "vs" };

    for (unsigned s = 0; s < sizeof(shapes) / sizeof(shapes[0]); s++) {
        for (int c = 0; c < 8; c++) {
            hash = 0xcbf29ce484222325ull;
            for (unsigned i = 0; i < NV; i++) {
                for (unsigned j = 0; j < NV; j++) {
                    shapes[s].fn[c](vals[i], vals[j]);
                }
            }
            printf("%s %-2s %016llx\n", shapes[s].name, cond[c],
                   (unsigned long long)hash);
        }
    }
    return 0;
}
