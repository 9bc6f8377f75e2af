/* M extension: products, high halves with every sign mix, and division's
 * corner cases (x/0, INT_MIN/-1) in 64- and 32-bit forms. */
#include "check.h"

static const uint64_t vals[] = {
    0, 1, 2, 3, 7, 0xffffffffffffffffull, 0xfffffffffffffffeull,
    0x8000000000000000ull, 0x7fffffffffffffffull, 0x80000000ull,
    0xffffffff80000000ull, 0x7fffffffull, 0xffffffffull, 0x123456789abcdef1ull,
    0xfedcba9876543210ull, 0x100000000ull,
};
#define NV (sizeof(vals) / sizeof(vals[0]))

typedef __int128 i128;
typedef unsigned __int128 u128;

static uint64_t sx32(uint64_t x) { return (uint64_t)(int64_t)(int32_t)x; }

static uint64_t ref_div(int64_t a, int64_t b)
{
    return b == 0 ? (uint64_t)-1 : (a == INT64_MIN && b == -1) ? (uint64_t)a
                                                              : (uint64_t)(a / b);
}
static uint64_t ref_rem(int64_t a, int64_t b)
{
    return b == 0 ? (uint64_t)a : (a == INT64_MIN && b == -1) ? 0 : (uint64_t)(a % b);
}
static uint64_t ref_divw(int32_t a, int32_t b)
{
    return b == 0 ? (uint64_t)-1 : (a == INT32_MIN && b == -1) ? sx32(a)
                                                              : sx32(a / b);
}
static uint64_t ref_remw(int32_t a, int32_t b)
{
    return b == 0 ? sx32(a) : (a == INT32_MIN && b == -1) ? 0 : sx32(a % b);
}

int main(void)
{
    char name[64];

    for (unsigned i = 0; i < NV; i++) {
        for (unsigned j = 0; j < NV; j++) {
            uint64_t a = vals[i], b = vals[j];
            int64_t sa = a, sb = b;
            uint32_t a32 = a, b32 = b;
#define T(op, expr) snprintf(name, sizeof(name), op "[%u,%u]", i, j), \
                    check(name, RR(op, a, b), (expr))
            T("mul", a * b);
            T("mulh", (uint64_t)((i128)sa * sb >> 64));
            T("mulhu", (uint64_t)((u128)a * b >> 64));
            T("mulhsu", (uint64_t)((i128)sa * (i128)(u128)b >> 64));
            T("mulw", sx32(a32 * b32));
            T("div", ref_div(sa, sb));
            T("divu", b == 0 ? (uint64_t)-1 : a / b);
            T("rem", ref_rem(sa, sb));
            T("remu", b == 0 ? a : a % b);
            T("divw", ref_divw(a32, b32));
            T("divuw", b32 == 0 ? (uint64_t)-1 : sx32(a32 / b32));
            T("remw", ref_remw(a32, b32));
            T("remuw", b32 == 0 ? sx32(a32) : sx32(a32 % b32));
#undef T
        }
    }
    /* rd == rs1 / rd == rs2 for the multi-op sequences. */
    uint64_t x = 0xfffffffffffffff0ull, y = 0x10;
    __asm__ volatile("mulhsu %0, %0, %1" : "+r"(x) : "r"(y));
    check("mulhsu rd=rs1", x, (uint64_t)-1);
    x = 0xfffffffffffffff0ull;
    __asm__ volatile("mulhsu %1, %0, %1" : "+r"(x), "+r"(y));
    check("mulhsu rd=rs2", y, (uint64_t)-1);
    x = 7;
    __asm__ volatile("divw %0, %0, zero" : "+r"(x));
    check("divw by x0", x, (uint64_t)-1);
    return finish("muldiv");
}
