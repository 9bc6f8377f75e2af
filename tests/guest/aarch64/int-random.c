/*
 * Random integer instructions: blocks of 8 encodings drawn from every A64
 * integer data-processing class (random fields within each class's fixed
 * bits, registers x0..x15 and XZR where it is not SP) and conditional
 * branches over the next instruction are written to an
 * executable buffer and run on registers and NZCV seeded from edge values.
 * The registers and flags after each block are hashed; unallocated picks
 * raise SIGILL, which the handler skips and counts. With an argument,
 * prints every block's result (to diff against a reference emulator).
 */
#define _GNU_SOURCE
#include <inttypes.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

#define NBLOCKS 6000
#define NINSNS 8
#define BLOCK_WORDS 32

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* Register field rules: ANY 0..15 or 31 (XZR), LOW 0..15 (31 would be SP). */
enum { NONE, ANY, LOW };

typedef struct Class {
    uint32_t mask, match;
    uint8_t rd, rn, rm, ra;
    const uint8_t *ops; /* bits 15:10 choices for dp1/dp2 (or NULL) */
    unsigned nops;
} Class;

static const uint8_t dp2_ops[] = {2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 20, 21, 22, 23};
static const uint8_t dp1_ops[] = {0, 1, 2, 3, 4, 5};

static const Class classes[] = {
    {0x1f800000, 0x11000000, LOW, LOW, NONE, NONE, NULL, 0},  /* add/sub imm */
    {0x1f800000, 0x12000000, LOW, ANY, NONE, NONE, NULL, 0},  /* logical imm */
    {0x1f800000, 0x12800000, LOW, NONE, NONE, NONE, NULL, 0}, /* movn/z/k */
    {0x1f800000, 0x13000000, LOW, ANY, NONE, NONE, NULL, 0},  /* bitfield */
    {0x7fa00000, 0x13800000, LOW, ANY, ANY, NONE, NULL, 0},   /* extr */
    {0x1f000000, 0x0a000000, ANY, ANY, ANY, NONE, NULL, 0},   /* logical reg */
    {0x1f200000, 0x0b000000, ANY, ANY, ANY, NONE, NULL, 0},   /* add/sub shift */
    {0x1f200000, 0x0b200000, LOW, LOW, ANY, NONE, NULL, 0},   /* add/sub ext */
    {0x1fe0fc00, 0x1a000000, ANY, ANY, ANY, NONE, NULL, 0},   /* adc/sbc */
    {0x3fe00410, 0x3a400000, NONE, ANY, ANY, NONE, NULL, 0},  /* ccmp/ccmn */
    {0x3fe00800, 0x1a800000, ANY, ANY, ANY, NONE, NULL, 0},   /* csel */
    {0x7fe00000, 0x1ac00000, ANY, ANY, ANY, NONE, dp2_ops, sizeof(dp2_ops)},
    {0x7fff0000, 0x5ac00000, ANY, ANY, NONE, NONE, dp1_ops, sizeof(dp1_ops)},
    {0x7f000000, 0x1b000000, ANY, ANY, ANY, ANY, NULL, 0},    /* dp 3-source */
    /* Branches over the next instruction. */
    {0xfffffff0, 0x54000040, NONE, NONE, NONE, NONE, NULL, 0}, /* b.cond */
    {0x7effffe0, 0x34000040, ANY, NONE, NONE, NONE, NULL, 0},  /* cbz/cbnz */
    {0x7e07ffe0, 0x36000040, ANY, NONE, NONE, NONE, NULL, 0},  /* tbz/tbnz */
};
#define NCLASSES (sizeof(classes) / sizeof(classes[0]))

static uint32_t reg(int rule)
{
    uint32_t r = next() % 17;

    return r == 16 ? (rule == ANY ? 31 : 15) : r;
}

static uint32_t fixup(uint32_t match, uint32_t insn)
{
    uint32_t sf = insn >> 31;

    switch (match) {
    case 0x12000000: /* logical imm: N only for 64-bit */
        return sf ? insn : insn & ~(1u << 22);
    case 0x13000000: /* bitfield: N = sf, opc != 3, W: 5-bit immr/imms */
        if ((insn >> 29 & 3) == 3) {
            insn &= ~(1u << 29);
        }
        /* fall through */
    case 0x13800000: /* extr: N = sf, W: lsb < 32 */
        insn = (insn & ~(1u << 22)) | sf << 22;
        return sf ? insn : insn & ~(1u << 21 | 1u << 15);
    case 0x0a000000: /* logical reg: W shift < 32 */
        return sf ? insn : insn & ~(1u << 15);
    case 0x0b000000: /* add/sub shift: no ROR, W shift < 32 */
        if ((insn >> 22 & 3) == 3) {
            insn &= ~(1u << 23);
        }
        return sf ? insn : insn & ~(1u << 15);
    case 0x0b200000: /* add/sub ext: opt 00, shift <= 4 */
        insn &= ~(3u << 22);
        return (insn >> 10 & 7) > 4 ? insn & ~(4u << 10) : insn;
    case 0x12800000: /* movw: opc != 01, W: hw < 2 */
        if ((insn >> 29 & 3) == 1) {
            insn ^= 3u << 29;
        }
        return sf ? insn : insn & ~(1u << 22);
    case 0x1b000000: /* 3-source: op31 000 half the time */
        return next() & 1 ? insn & ~(7u << 21) : insn;
    default:
        return insn;
    }
}

static uint32_t random_insn(void)
{
    const Class *c = &classes[next() % NCLASSES];
    uint32_t insn = (c->match & c->mask) | ((uint32_t)next() & ~c->mask);

    if (c->rd) {
        insn = (insn & ~31u) | reg(c->rd);
    }
    if (c->rn) {
        insn = (insn & ~(31u << 5)) | reg(c->rn) << 5;
    }
    if (c->rm) {
        insn = (insn & ~(31u << 16)) | reg(c->rm) << 16;
    }
    if (c->ra) {
        insn = (insn & ~(31u << 10)) | reg(c->ra) << 10;
    }
    if (c->ops) {
        insn = (insn & ~(63u << 10)) | (uint32_t)c->ops[next() % c->nops] << 10;
    }
    /* Mostly steer clear of unallocated field combinations. */
    if (next() % 8) {
        insn = fixup(c->match, insn);
    }
    return insn;
}

/* Block: x17 = state; load x0..x15 and NZCV, run, store them back. */
static void emit_block(uint32_t *p)
{
    unsigned n = 0;

    p[n++] = 0xaa0003f1; /* mov x17, x0 */
    for (unsigned r = 0; r < 16; r += 2) {
        p[n++] = 0xa9400000 | (r + 1) << 10 | 17 << 5 | r | (r / 2) << 15;
    }
    p[n++] = 0xf9404230; /* ldr x16, [x17, #128] */
    p[n++] = 0xd51b4210; /* msr nzcv, x16 */
    for (unsigned i = 0; i < NINSNS; i++) {
        p[n++] = random_insn();
    }
    p[n++] = 0xd53b4210; /* mrs x16, nzcv */
    for (unsigned r = 0; r < 16; r += 2) {
        p[n++] = 0xa9000000 | (r + 1) << 10 | 17 << 5 | r | (r / 2) << 15;
    }
    p[n++] = 0xf9004230; /* str x16, [x17, #128] */
    p[n++] = 0xd65f03c0; /* ret */
    while (n < BLOCK_WORDS) {
        p[n++] = 0xd503201f;
    }
}

static const uint64_t edges[] = {
    0, 1, 2, 0x7fffffffffffffffull, 0x8000000000000000ull, ~0ull,
    0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull, 0xffffffff80000000ull,
    63, 64, 31, 32, 0xff, 0xffff,
};

static volatile unsigned ills;

static void on_ill(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;

    ills++;
    uc->uc_mcontext.pc += 4;
}

int main(int argc, char **argv)
{
    size_t size = (size_t)NBLOCKS * BLOCK_WORDS * 4;
    uint32_t *code = mmap(NULL, size, PROT_READ | PROT_WRITE | PROT_EXEC,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    uint64_t hash = 1469598103934665603ull;
    struct sigaction sa;

    setvbuf(stdout, NULL, _IOLBF, 0);
    if (code == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_ill;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGILL, &sa, NULL);
    for (unsigned b = 0; b < NBLOCKS; b++) {
        emit_block(code + b * BLOCK_WORDS);
    }
    __builtin___clear_cache((char *)code, (char *)code + size);

    for (unsigned b = 0; b < NBLOCKS; b++) {
        uint64_t st[17];
        void (*fn)(uint64_t *) = (void (*)(uint64_t *))(code + b * BLOCK_WORDS);
        for (unsigned r = 0; r < 16; r++) {
            uint64_t e = next();
            st[r] = e & 1 ? edges[(e >> 8) % (sizeof(edges) / 8)] : next();
        }
        st[16] = (next() & 15) << 28;
        fn(st);
        for (unsigned r = 0; r < 17; r++) {
            hash = (hash ^ st[r]) * 1099511628211ull;
        }
        if (argc > 1) {
            printf("block %u:", b);
            for (unsigned i = 0; i < NINSNS; i++) {
                printf(" %08x", code[b * BLOCK_WORDS + 11 + i]);
            }
            printf("\n");
            for (unsigned r = 0; r < 17; r++) {
                printf(" %016" PRIx64 "%s", st[r], r % 4 == 3 ? "\n" : "");
            }
            printf("\n");
        }
        if (b % 500 == 499) {
            printf("blocks %u hash %016" PRIx64 " ills %u\n", b + 1, hash, ills);
        }
    }
    return 0;
}
