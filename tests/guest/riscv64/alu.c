/* RV64I integer ALU, immediates, loads/stores of every width. */
#include "check.h"

static const uint64_t vals[] = {
    0, 1, 0x7fffffffffffffffull, 0x8000000000000000ull, 0xffffffffffffffffull,
    0x123456789abcdef0ull, 0x80000000ull, 0x7fffffffull, 0xfffffffff0000000ull,
    63, 64, 31, 33,
};
#define NV (sizeof(vals) / sizeof(vals[0]))

static int64_t s(uint64_t x) { return (int64_t)x; }
static uint64_t sx32(uint64_t x) { return (uint64_t)(int64_t)(int32_t)x; }

int main(void)
{
    char name[64];

    for (unsigned i = 0; i < NV; i++) {
        for (unsigned j = 0; j < NV; j++) {
            uint64_t a = vals[i], b = vals[j];
            uint32_t a32 = a, sh = b & 63, sh5 = b & 31;
#define T(op, expr) snprintf(name, sizeof(name), op "[%u,%u]", i, j), \
                    check(name, RR(op, a, b), (expr))
            T("add", a + b);
            T("sub", a - b);
            T("sll", a << sh);
            T("slt", s(a) < s(b));
            T("sltu", a < b);
            T("xor", a ^ b);
            T("srl", a >> sh);
            T("sra", (uint64_t)(s(a) >> sh));
            T("or", a | b);
            T("and", a & b);
            T("addw", sx32(a + b));
            T("subw", sx32(a - b));
            T("sllw", sx32(a32 << sh5));
            T("srlw", sx32(a32 >> sh5));
            T("sraw", sx32((uint32_t)((int32_t)a32 >> sh5)));
#undef T
        }
    }
    for (unsigned i = 0; i < NV; i++) {
        uint64_t a = vals[i];
        uint32_t a32 = a;
#define T(op, imm, expr) snprintf(name, sizeof(name), op " %d[%u]", imm, i), \
                         check(name, RI(op, a, imm), (expr))
        T("addi", -2048, a - 2048);
        T("addi", 2047, a + 2047);
        T("slti", -1, s(a) < -1);
        T("slti", 5, s(a) < 5);
        T("sltiu", -1, a < (uint64_t)-1);
        T("sltiu", 1, a < 1);
        T("xori", -1, ~a);
        T("xori", 0x555, a ^ 0x555);
        T("ori", -16, a | (uint64_t)-16);
        T("andi", 0x7f0, a & 0x7f0);
        T("andi", -256, a & (uint64_t)-256);
        T("slli", 0, a);
        T("slli", 63, a << 63);
        T("slli", 37, a << 37);
        T("srli", 63, a >> 63);
        T("srli", 33, a >> 33);
        T("srai", 63, (uint64_t)(s(a) >> 63));
        T("srai", 40, (uint64_t)(s(a) >> 40));
        T("addiw", -1, sx32(a32 - 1));
        T("addiw", 2047, sx32(a32 + 2047));
        T("slliw", 31, sx32(a32 << 31));
        T("slliw", 0, sx32(a32));
        T("srliw", 31, sx32(a32 >> 31));
        T("srliw", 4, sx32(a32 >> 4));
        T("sraiw", 31, sx32((uint32_t)((int32_t)a32 >> 31)));
        T("sraiw", 0, sx32(a32));
#undef T
        check("sext.w", R1("sext.w", a), sx32(a32));
        check("neg", R1("neg", a), -a);
        check("seqz", R1("seqz", a), a == 0);
        check("snez", R1("snez", a), a != 0);
    }

    uint64_t r;
    __asm__ volatile("lui %0, 0xfffff" : "=r"(r));
    check("lui 0xfffff", r, 0xfffffffffffff000ull);
    __asm__ volatile("lui %0, 0x80000" : "=r"(r));
    check("lui 0x80000", r, 0xffffffff80000000ull);
    __asm__ volatile("lui %0, 0x7ffff" : "=r"(r));
    check("lui 0x7ffff", r, 0x7ffff000ull);
    uint64_t p1, p2;
    __asm__ volatile("1: auipc %0, 0\n auipc %1, 1" : "=r"(p1), "=r"(p2));
    check("auipc delta", p2 - p1, 4 + 4096);
    __asm__ volatile("c.li %0, -32" : "=r"(r));
    check("c.li", r, (uint64_t)-32);
    __asm__ volatile("c.lui %0, 0x1f" : "=r"(r));
    check("c.lui", r, 0x1f000);
    __asm__ volatile("li %0, 0\n c.addiw %0, -1" : "=&r"(r));
    check("c.addiw", r, (uint64_t)-1);

    /* Memory: every load/store width and sign. */
    static volatile union {
        uint64_t d[2];
        uint8_t b[16];
    } m = {{0x8182838485868788ull, 0xf1f2f3f4f5f6f7f8ull}};
    volatile uint8_t *p = m.b;
    __asm__ volatile("lb %0, 0(%1)" : "=r"(r) : "r"(p));
    check("lb", r, 0xffffffffffffff88ull);
    __asm__ volatile("lbu %0, 1(%1)" : "=r"(r) : "r"(p));
    check("lbu", r, 0x87);
    __asm__ volatile("lh %0, 2(%1)" : "=r"(r) : "r"(p));
    check("lh", r, 0xffffffffffff8586ull);
    __asm__ volatile("lhu %0, 2(%1)" : "=r"(r) : "r"(p));
    check("lhu", r, 0x8586);
    __asm__ volatile("lw %0, 4(%1)" : "=r"(r) : "r"(p));
    check("lw", r, 0xffffffff81828384ull);
    __asm__ volatile("lwu %0, 4(%1)" : "=r"(r) : "r"(p));
    check("lwu", r, 0x81828384ull);
    __asm__ volatile("ld %0, 8(%1)" : "=r"(r) : "r"(p));
    check("ld", r, 0xf1f2f3f4f5f6f7f8ull);
    __asm__ volatile("ld %0, 3(%1)" : "=r"(r) : "r"(p));
    check("ld misaligned", r, 0xf6f7f88182838485ull);
    __asm__ volatile("addi %0, %1, 16\n ld %0, -16(%0)" : "=&r"(r) : "r"(p));
    check("ld rd=rs1", r, 0x8182838485868788ull);
    __asm__ volatile("sb %1, 0(%0)" ::"r"(p), "r"(0x1234) : "memory");
    __asm__ volatile("sh %1, 2(%0)" ::"r"(p), "r"(0x56789a) : "memory");
    __asm__ volatile("sw %1, 4(%0)" ::"r"(p), "r"(0x1122334455ull) : "memory");
    check("sb/sh/sw", m.d[0], 0x22334455789a8734ull);
    __asm__ volatile("sd %1, 8(%0)" ::"r"(p), "r"(0x0102030405060708ull) : "memory");
    check("sd", m.d[1], 0x0102030405060708ull);
    __asm__ volatile("sd %1, 5(%0)" ::"r"(p), "r"(0xa1a2a3a4a5a6a7a8ull) : "memory");
    check("sd misaligned", m.d[1], 0x010203a1a2a3a4a5ull);

    /* Compressed loads/stores with sp and rs1'. */
    uint64_t buf[4] = {0, 0, 0, 0}, res[4];
    __asm__ volatile("mv a0, %[buf]\n li a1, %[v]\n"
                     "c.sd a1, 8(a0)\n c.sw a1, 16(a0)\n"
                     "c.ld a2, 8(a0)\n sd a2, 0(%[res])\n"
                     "c.lw a2, 16(a0)\n sd a2, 8(%[res])\n"
                     "addi sp, sp, -32\n c.sdsp a1, 24(sp)\n c.swsp a1, 4(sp)\n"
                     "c.ldsp a2, 24(sp)\n c.lwsp a3, 4(sp)\n addi sp, sp, 32\n"
                     "sd a2, 16(%[res])\n sd a3, 24(%[res])"
                     :: [buf] "r"(buf), [res] "r"(res), [v] "i"(0x1122334455667788ull)
                     : "a0", "a1", "a2", "a3", "memory");
    check("c.sd/c.ld", res[0], 0x1122334455667788ull);
    check("c.sw/c.lw", res[1], 0x55667788);
    check("c.sdsp/c.ldsp", res[2], 0x1122334455667788ull);
    check("c.swsp/c.lwsp", res[3], 0x55667788);
    return finish("alu");
}
