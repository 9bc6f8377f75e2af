/*
 * A64 branches: CBZ/CBNZ (W and X, so the upper half must not count for
 * W), TBZ/TBNZ on every bit, B.cond after ADDS/SUBS loops, BL/BLR/BR/RET
 * (including BLR X30, which reads the target before writing the link),
 * long forward and backward branches, and a jump table.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

static int failures;

static void check(const char *what, uint64_t got, uint64_t want)
{
    if (got != want) {
        printf("FAIL %s: %016" PRIx64 " want %016" PRIx64 "\n", what, got,
               want);
        failures++;
    }
}

static uint64_t cbz_mask(uint64_t v)
{
    uint64_t m = 0, t;

    __asm__("cbz %1, 1f\n\tmov %0, #0\n\tb 2f\n1:\tmov %0, #1\n2:"
            : "=r"(t) : "r"(v));
    m |= t;
    __asm__("cbz %w1, 1f\n\tmov %0, #0\n\tb 2f\n1:\tmov %0, #2\n2:"
            : "=r"(t) : "r"(v));
    m |= t;
    __asm__("cbnz %1, 1f\n\tmov %0, #0\n\tb 2f\n1:\tmov %0, #4\n2:"
            : "=r"(t) : "r"(v));
    m |= t;
    __asm__("cbnz %w1, 1f\n\tmov %0, #0\n\tb 2f\n1:\tmov %0, #8\n2:"
            : "=r"(t) : "r"(v));
    return m | t;
}

/* TBZ/TBNZ on bit b of v, for all 64 bits: the asm needs the bit number
 * as an immediate, so unroll with the preprocessor. */
#define TB(b)                                                              \
    do {                                                                   \
        uint64_t z_, nz_;                                                  \
        __asm__("tbz %2, #" #b ", 1f\n\tmov %0, #0\n\tb 2f\n1:\tmov %0, #1\n2:" \
                : "=r"(z_) : "0"(0), "r"(v));                              \
        __asm__("tbnz %2, #" #b ", 1f\n\tmov %0, #0\n\tb 2f\n1:\tmov %0, #1\n2:" \
                : "=r"(nz_) : "0"(0), "r"(v));                             \
        zm |= z_ << b;                                                     \
        nzm |= nz_ << b;                                                   \
    } while (0)
#define TB8(b) TB(b##0); TB(b##1); TB(b##2); TB(b##3); TB(b##4); TB(b##5); \
               TB(b##6); TB(b##7)

static void tbz_check(uint64_t v)
{
    uint64_t zm = 0, nzm = 0;

    TB(0); TB(1); TB(2); TB(3); TB(4); TB(5); TB(6); TB(7); TB(8); TB(9);
    TB8(1); TB(18); TB(19);
    TB8(2); TB(28); TB(29);
    TB8(3); TB(38); TB(39);
    TB8(4); TB(48); TB(49);
    TB8(5); TB(58); TB(59);
    TB(60); TB(61); TB(62); TB(63);
    check("tbnz", nzm, v);
    check("tbz", zm, ~v);
}

/* Count down with SUBS + B.NE, B.GT, B.HI and a CMP/B.LT loop. */
static void loops(void)
{
    uint64_t n, acc;

    __asm__("mov %0, #100\n\tmov %1, #0\n1:\tadd %1, %1, %0\n\t"
            "subs %0, %0, #1\n\tb.ne 1b"
            : "=&r"(n), "=&r"(acc) : : "cc");
    check("loop ne", acc, 5050);
    __asm__("mov %w0, #10\n\tmov %1, #0\n1:\tadd %1, %1, #1\n\t"
            "subs %w0, %w0, #1\n\tb.gt 1b"
            : "=&r"(n), "=&r"(acc) : : "cc");
    check("loop gt", acc, 10);
    __asm__("mov %0, #3\n\tmov %1, #0\n1:\tadd %1, %1, #1\n\t"
            "sub %0, %0, #1\n\tcmp %0, #0\n\tb.hi 1b"
            : "=&r"(n), "=&r"(acc) : : "cc");
    check("loop hi", acc, 3);
    __asm__("mov %0, #-5\n\tmov %1, #0\n1:\tadd %1, %1, #1\n\t"
            "add %0, %0, #1\n\tcmp %0, #5\n\tb.lt 1b"
            : "=&r"(n), "=&r"(acc) : : "cc");
    check("loop lt", acc, 10);
    /* A compare whose operands change before the branch. */
    __asm__("mov %0, #1\n\tcmp %0, #2\n\tmov %0, #7\n\tmov %1, #0\n\t"
            "b.ge 1f\n\tmov %1, #1\n1:"
            : "=&r"(n), "=&r"(acc) : : "cc");
    check("stale operand", acc, 1);
    /* CMN with flags then ADD (no flags) before B.EQ. */
    __asm__("mov %0, #-3\n\tcmn %0, #3\n\tadd %0, %0, #1\n\tmov %1, #0\n\t"
            "b.ne 1f\n\tmov %1, #1\n1:"
            : "=&r"(n), "=&r"(acc) : : "cc");
    check("cmn eq", acc, 1);
    /* An operand reloaded from memory between compare and branch. */
    static uint64_t cell = 9;
    __asm__("mov %0, #1\n\tcmp %0, #2\n\tldr %0, [%2]\n\tmov %1, #0\n\t"
            "b.ge 1f\n\tmov %1, #1\n1:"
            : "=&r"(n), "=&r"(acc) : "r"(&cell) : "cc", "memory");
    check("reloaded operand", acc, 1);
    /* Flags rewritten by FCMP, MSR NZCV and CCMP after a compare. */
    __asm__("fmov d0, #1.0\n\tfmov d1, #2.0\n\tmov %0, #5\n\t"
            "cmp %0, #5\n\tfcmp d0, d1\n\tmov %1, #0\n\t"
            "b.eq 1f\n\tmov %1, #1\n1:"
            : "=&r"(n), "=&r"(acc) : : "cc", "d0", "d1");
    check("fcmp after cmp", acc, 1);
    __asm__("mov %0, #5\n\tcmp %0, #5\n\tmsr nzcv, xzr\n\tcset %1, eq"
            : "=&r"(n), "=&r"(acc) : : "cc");
    check("msr after cmp", acc, 0);
    __asm__("mov %0, #5\n\tcmp %0, #5\n\tccmp %0, #4, #4, ne\n\t"
            "cset %1, eq"
            : "=&r"(n), "=&r"(acc) : : "cc");
    check("ccmp after cmp", acc, 1);
    __asm__("mov %0, #5\n\tcmp %0, #4\n\tadds xzr, %0, #0\n\t"
            "cset %1, hi"
            : "=&r"(n), "=&r"(acc) : : "cc");
    check("adds #0 after cmp", acc, 0);
}

static uint64_t leaf(uint64_t x)
{
    return x * 3 + 1;
}

static void calls(void)
{
    uint64_t r, t;

    /* BL to a local label and RET through x30. */
    __asm__("mov %0, #0\n\tmov x9, x30\n\tbl 1f\n\tadd %0, %0, #10\n\t"
            "b 2f\n1:\tadd %0, %0, #1\n\tret\n2:\tmov x30, x9"
            : "=&r"(r) : : "x9", "x30");
    check("bl/ret", r, 11);
    /* BLR x30: jump to the old x30, link to the next insn. */
    __asm__("mov x9, x30\n\tadr x30, 1f\n\tmov %0, #0\n\tblr x30\n\t"
            "add %0, %0, #100\n\tb 2f\n1:\tadd %0, %0, #5\n\tmov %1, x30\n\t"
            "ret\n2:\tmov x30, x9\n\tadr x9, 3f\n3:"
            : "=&r"(r), "=&r"(t) : : "x9", "x30");
    check("blr x30", r, 105);
    /* BR through a register, RET through another register. */
    __asm__("adr x10, 1f\n\tmov %0, #1\n\tbr x10\n\tmov %0, #2\n1:\t"
            "adr x11, 2f\n\tret x11\n\tmov %0, #3\n2:"
            : "=&r"(r) : : "x10", "x11");
    check("br/ret xN", r, 1);
    /* Indirect call to a C function. */
    uint64_t (*volatile fp)(uint64_t) = leaf;
    check("blr c", fp(7), 22);
}

/* A jump table (switch) and long branches over padding. */
static int sw(int x)
{
    switch (x) {
    case 0: return 11;
    case 1: return 22;
    case 2: return 33;
    case 3: return 44;
    case 4: return 55;
    case 5: return 66;
    case 6: return 77;
    default: return -1;
    }
}

static void far(void)
{
    uint64_t r;

    __asm__("mov %0, #0\n\tb 1f\n\t.skip 65536\n1:\tadd %0, %0, #1\n\t"
            "cbnz %0, 2f\n\t.skip 32768\n2:\tadd %0, %0, #1\n\t"
            "tbz %0, #0, 3f\n\t.skip 16384\n3:\tadd %0, %0, #1\n\t"
            "cmp %0, #3\n\tb.eq 4f\n\t.skip 262144\n4:"
            : "=&r"(r) : : "cc");
    check("far", r, 3);
}

int main(void)
{
    static const uint64_t vals[] = {
        0, 1, 0x100000000ull, 0xffffffff00000000ull, 0x80000000ull,
        0x8000000000000000ull, ~0ull, 0x5555aaaa0f0f3c3cull,
    };
    int (*volatile swp)(int) = sw;

    setvbuf(stdout, NULL, _IOLBF, 0);
    for (unsigned i = 0; i < sizeof(vals) / sizeof(vals[0]); i++) {
        printf("cbz %016" PRIx64 " %" PRIx64 "\n", vals[i], cbz_mask(vals[i]));
        tbz_check(vals[i]);
    }
    loops();
    calls();
    for (int i = -1; i < 9; i++) {
        printf("switch %d %d\n", i, swp(i));
    }
    far();
    printf("branch-basic: %d failed\n", failures);
    return failures != 0;
}
