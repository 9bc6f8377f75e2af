/* A extension: every AMO in .w and .d form (old value returned, memory
 * updated, .w results sign-extended) and LR/SC success and failure, all
 * single-threaded. The contended-counter test with several threads is
 * linux-user/amo-threads.c. */
#include "check.h"

#define AMO(op, p, v)                                                      \
    ({                                                                     \
        uint64_t r_;                                                       \
        __asm__ volatile(op " %0, %2, (%1)"                                \
                         : "=&r"(r_) : "r"(p), "r"(v) : "memory");          \
        r_;                                                                \
    })

static const uint64_t vals[] = {0, 1, 0xffffffffffffffffull,
                                0x8000000000000000ull, 0x7fffffff80000001ull,
                                0x00000000fffffffeull};
#define NV (sizeof(vals) / sizeof(vals[0]))

static uint64_t sx32(uint64_t x) { return (uint64_t)(int64_t)(int32_t)x; }

static uint64_t apply(int op, uint64_t m, uint64_t v, int w)
{
    int64_t sm = w ? (int32_t)m : (int64_t)m, sv = w ? (int32_t)v : (int64_t)v;
    uint64_t um = w ? (uint32_t)m : m, uv = w ? (uint32_t)v : v;
    switch (op) {
    case 0: return v;
    case 1: return m + v;
    case 2: return m ^ v;
    case 3: return m & v;
    case 4: return m | v;
    case 5: return sm < sv ? m : v;
    case 6: return sm > sv ? m : v;
    case 7: return um < uv ? m : v;
    default: return um > uv ? m : v;
    }
}

int main(void)
{
    static const char *const wn[] = {"amoswap.w", "amoadd.w", "amoxor.w",
                                     "amoand.w", "amoor.w", "amomin.w",
                                     "amomax.w", "amominu.w", "amomaxu.w"};
    static const char *const dn[] = {"amoswap.d", "amoadd.d", "amoxor.d",
                                     "amoand.d", "amoor.d", "amomin.d",
                                     "amomax.d", "amominu.d", "amomaxu.d"};
    char name[64];
    static uint64_t mem[2];

    for (int op = 0; op < 9; op++) {
        for (unsigned i = 0; i < NV; i++) {
            for (unsigned j = 0; j < NV; j++) {
                uint64_t m = vals[i], v = vals[j], r;
                mem[0] = m;
                mem[1] = 0x5555555555555555ull;
                switch (op) {
                case 0: r = AMO("amoswap.d", mem, v); break;
                case 1: r = AMO("amoadd.d", mem, v); break;
                case 2: r = AMO("amoxor.d", mem, v); break;
                case 3: r = AMO("amoand.d", mem, v); break;
                case 4: r = AMO("amoor.d", mem, v); break;
                case 5: r = AMO("amomin.d", mem, v); break;
                case 6: r = AMO("amomax.d", mem, v); break;
                case 7: r = AMO("amominu.d", mem, v); break;
                default: r = AMO("amomaxu.d.aqrl", mem, v); break;
                }
                snprintf(name, sizeof(name), "%s[%u,%u]", dn[op], i, j);
                check(name, r, m);
                check("  mem", mem[0], apply(op, m, v, 0));

                mem[0] = m;
                switch (op) {
                case 0: r = AMO("amoswap.w", mem, v); break;
                case 1: r = AMO("amoadd.w.aq", mem, v); break;
                case 2: r = AMO("amoxor.w", mem, v); break;
                case 3: r = AMO("amoand.w", mem, v); break;
                case 4: r = AMO("amoor.w.rl", mem, v); break;
                case 5: r = AMO("amomin.w", mem, v); break;
                case 6: r = AMO("amomax.w", mem, v); break;
                case 7: r = AMO("amominu.w", mem, v); break;
                default: r = AMO("amomaxu.w", mem, v); break;
                }
                snprintf(name, sizeof(name), "%s[%u,%u]", wn[op], i, j);
                check(name, r, sx32(m));
                check("  mem", mem[0],
                      (m & ~0xffffffffull) |
                          (uint32_t)apply(op, m, v, 1));
                check("  neighbour", mem[1], 0x5555555555555555ull);
            }
        }
    }

    /* LR/SC: success, failure without reservation, failure after a store
     * to the address changed the value, sc.w storing 32 bits. */
    uint64_t r, f;
    mem[0] = 0x1111222233334444ull;
    __asm__ volatile("lr.d %0, (%2)\n sc.d %1, %3, (%2)"
                     : "=&r"(r), "=&r"(f) : "r"(mem), "r"(42ull) : "memory");
    check("lr.d value", r, 0x1111222233334444ull);
    check("sc.d success", f, 0);
    check("sc.d stored", mem[0], 42);
    __asm__ volatile("sc.d %0, %2, (%1)"
                     : "=&r"(f) : "r"(mem), "r"(7ull) : "memory");
    check("sc.d no reservation", f != 0, 1);
    check("sc.d not stored", mem[0], 42);
    __asm__ volatile("lr.d %0, (%2)\n sd %3, 0(%2)\n sc.d %1, %3, (%2)"
                     : "=&r"(r), "=&r"(f) : "r"(mem), "r"(9ull) : "memory");
    check("sc.d after store", f != 0, 1);
    mem[0] = 0x00000000fffffff0ull;
    __asm__ volatile("lr.w %0, (%2)\n addi %0, %0, 1\n sc.w %1, %0, (%2)"
                     : "=&r"(r), "=&r"(f) : "r"(mem) : "memory");
    check("lr.w sign-extends", r, 0xfffffffffffffff1ull);
    check("sc.w success", f, 0);
    check("sc.w stored", mem[0], 0x00000000fffffff1ull);
    __asm__ volatile("lr.w %0, (%2)\n sc.w %1, %0, (%3)"
                     : "=&r"(r), "=&r"(f) : "r"(mem), "r"(&mem[1])
                     : "memory");
    check("sc.w other address", f != 0, 1);

    return finish("amo");
}
