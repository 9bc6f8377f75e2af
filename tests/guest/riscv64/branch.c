/* Branches and jumps: every condition taken and not taken, jal/jalr with
 * every link choice (incl. rd == rs1), and the compressed forms. */
#include "check.h"

/* 1 if `op a, b` branches. */
#define BR(op, a, b)                                                       \
    ({                                                                     \
        uint64_t t_;                                                       \
        __asm__ volatile("li %0, 1\n " op " %1, %2, 1f\n li %0, 0\n1:"     \
                         : "=&r"(t_) : "r"(a), "r"(b));                    \
        t_;                                                                \
    })

/* Compressed branches need rs1' in x8..x15. */
#define CBR(op, a)                                                         \
    ({                                                                     \
        uint64_t t_;                                                       \
        __asm__ volatile("mv a0, %1\n li %0, 1\n " op " a0, 1f\n"          \
                         " li %0, 0\n1:"                                   \
                         : "=&r"(t_) : "r"(a) : "a0");                     \
        t_;                                                                \
    })

static const int64_t vals[] = {0, 1, -1, 2, INT64_MIN, INT64_MAX, -2};
#define NV (sizeof(vals) / sizeof(vals[0]))

__attribute__((noinline)) static uint64_t callee(uint64_t x)
{
    return x * 3 + 1;
}

int main(void)
{
    char name[64];

    for (unsigned i = 0; i < NV; i++) {
        for (unsigned j = 0; j < NV; j++) {
            int64_t a = vals[i], b = vals[j];
            uint64_t ua = a, ub = b;
#define T(op, expr) snprintf(name, sizeof(name), op "[%u,%u]", i, j), \
                    check(name, BR(op, a, b), (expr))
            T("beq", a == b);
            T("bne", a != b);
            T("blt", a < b);
            T("bge", a >= b);
            T("bltu", ua < ub);
            T("bgeu", ua >= ub);
#undef T
        }
        snprintf(name, sizeof(name), "c.beqz[%u]", i);
        check(name, CBR("c.beqz", vals[i]), vals[i] == 0);
        snprintf(name, sizeof(name), "c.bnez[%u]", i);
        check(name, CBR("c.bnez", vals[i]), vals[i] != 0);
    }

    uint64_t r, link, here;
    /* jal with a link register, and a backward jal loop. */
    __asm__ volatile("jal %1, 1f\n2: li %0, 0\n j 3f\n1: li %0, 7\n"
                     "la %2, 2b\n3:"
                     : "=&r"(r), "=&r"(link), "=&r"(here));
    check("jal taken", r, 7);
    check("jal link - label", link - here, 0);
    __asm__ volatile("li %0, 0\n li t0, 10\n1: addi %0, %0, 3\n addi t0, t0, -1\n"
                     " bnez t0, 1b" : "=&r"(r) :: "t0");
    check("backward loop", r, 30);
    __asm__ volatile("li %0, 0\n li t0, 5\n1: c.addi %0, 2\n addi t0, t0, -1\n"
                     " beqz t0, 2f\n c.j 1b\n2:" : "=&r"(r) :: "t0");
    check("c.j loop", r, 10);

    /* jalr: offset, bit 0 cleared, rd == rs1. */
    __asm__ volatile("la t0, 1f\n jalr t1, 1(t0)\n li %0, 0\n j 2f\n"
                     "1: li %0, 5\n2: sub %1, t1, t0"
                     : "=&r"(r), "=&r"(link) :: "t0", "t1");
    check("jalr odd target", r, 5);
    check("jalr link", link, (uint64_t)-4);
    __asm__ volatile("la t0, 1f\n la t1, 2f\n jalr t0, 0(t0)\n"
                     "2: li %0, 0\n j 3f\n1: li %0, 9\n3: sub %1, t0, t1"
                     : "=&r"(r), "=&r"(link) :: "t0", "t1");
    check("jalr rd=rs1 taken", r, 9);
    check("jalr rd=rs1 link", link, 0);
    __asm__ volatile("la t0, 1f\n addi t0, t0, 16\n jalr zero, -16(t0)\n"
                     " li %0, 0\n j 2f\n1: li %0, 4\n2:"
                     : "=&r"(r) :: "t0");
    check("jalr x0 negative off", r, 4);

    /* c.jr, c.jalr (link = pc + 2). */
    __asm__ volatile("la a0, 1f\n c.jr a0\n li %0, 0\n j 2f\n1: li %0, 6\n2:"
                     : "=&r"(r) :: "a0");
    check("c.jr", r, 6);
    __asm__ volatile("la a0, 1f\n la a1, 3f\n .option push\n .option rvc\n"
                     " c.jalr a0\n3: .option pop\n li %0, 0\n j 2f\n"
                     "1: li %0, 8\n2: sub %1, ra, a1"
                     : "=&r"(r), "=&r"(link) :: "a0", "a1", "ra");
    check("c.jalr", r, 8);
    check("c.jalr link", link, 0);
    /* c.mv / c.add as part of the control-flow file: cheap to include. */
    __asm__ volatile("li a0, 40\n li a1, 2\n c.add a0, a1\n c.mv %0, a0"
                     : "=r"(r) :: "a0", "a1");
    check("c.add/c.mv", r, 42);

    /* Calls and returns through the normal ABI (jal ra / ret). */
    uint64_t acc = 0;
    for (int i = 0; i < 100; i++) {
        acc += callee(i);
    }
    check("call/ret", acc, 3 * 4950 + 100);

    /* Indirect calls through a table (jalr with a changing target). */
    static uint64_t (*const fns[])(uint64_t) = {callee, callee};
    acc = 0;
    for (volatile int i = 0; i < 10; i++) {
        acc += fns[i & 1](i);
    }
    check("indirect calls", acc, 3 * 45 + 10);
    return finish("branch");
}
