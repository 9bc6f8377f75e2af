/*
 * The x86-64 backend's guest address checks (x86-lower-mem.c): with the
 * guest space reserved (guest_va_limit set), a load or store whose address
 * is beyond it raises EXCP_SEGV with SEGV_MAPERR and the guest's address,
 * for register bases with and without offsets, offsets below the guard,
 * constant addresses, aligned accesses, and with guest_base 0 (limit in
 * r15) or not (limit in the TB); addresses inside still work. Also the
 * code shape: a base checked once per label-free stretch, rechecked after
 * it is written or after a label.
 */
#define _GNU_SOURCE
#include <capstone/capstone.h>
#include <inttypes.h>
#include <setjmp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "backends/x86_64/x86-gen.h"
#include "linux-user/mmap.h"
#include "translator/backend.h"
#include "translator/exec.h"
#include "translator/ir.h"

#define NG 4
#include "tests/unit/backend-harness.h"

static TranslationBlock tb;
static uint32_t insn_off[64];
static uint64_t insn_pcs[64];
static int failures;
static csh cs;

static void check(bool ok, const char *name)
{
    printf("%s %s\n", ok ? "PASS" : "FAIL", name);
    failures += !ok;
}

static void setup(void)
{
    if (mmap_init(39, 8 << 20) != 0 ||
        cs_open(CS_ARCH_X86, CS_MODE_64, &cs) != CS_ERR_OK) {
        printf("FAIL setup\n");
        exit(1);
    }
    harness_setup(4 << 20);
}

static void new_tb(void)
{
    memset(&tb, 0, sizeof(tb));
    tb.insn_host_off = insn_off;
    tb.insn_pc = insn_pcs;
    ir_reset(&ctx);
    ir_insn_start(&ctx, 0x1000);
}

static TranslationBlock *gen(void)
{
    ir_exit_tb(&ctx, 0);
    return host_backend.gen_code(&ctx, &tb, &cb) < 0 ? NULL : &tb;
}

/* Run the TB; the exception it raised, or 0. */
static int run(TranslationBlock *t)
{
    cpu.common.exception_index = 0;
    cpu.common.fault_addr = 0;
    cpu.common.fault_code = 0;
    if (!t) {
        return -1;
    }
    if (sigsetjmp(cpu.common.jmp_env, 0) == 0) {
        host_backend.enter(&cpu, t->code);
        return 0;
    }
    return cpu.common.exception_index;
}

static bool segv_at(int excp, uint64_t addr)
{
    return excp == EXCP_SEGV && cpu.common.fault_addr == addr &&
           cpu.common.fault_code == SEGV_MAPERR;
}

/* ld g0, [g1 + off] */
static TranslationBlock *gen_ld(int32_t off, unsigned mo)
{
    new_tb();
    ir_ld(&ctx, g[0], g[1], (IRMemOp)mo);
    ctx.insns[ctx.nb_insns - 1].args[3] = (IRArg)off; /* as folded */
    return gen();
}

static int count_insns(const TranslationBlock *t, const char *mnemonic)
{
    cs_insn *insn;
    size_t n = cs_disasm(cs, t->code, t->code_size, 0, 0, &insn);
    int k = 0;
    for (size_t i = 0; i < n; i++) {
        k += strcmp(insn[i].mnemonic, mnemonic) == 0;
    }
    cs_free(insn, n);
    return k;
}

static void test_register_bases(const char *mode, uint64_t page)
{
    char name[96];
    static const uint64_t wild[] = {
        0x7fffffff0000ull, 0xffffffffffff0000ull,         1ull << 40,
        UINT64_MAX - 7,    (1ull << 39) + GUEST_GUARD_LO,
    };

    *(uint64_t *)g2h(page + 8) = 0x1122334455667788ull;
    cpu.r[1] = page;
    snprintf(name, sizeof(name), "%s: ld inside the guest space", mode);
    check(run(gen_ld(8, IR_MO_64)) == 0 && cpu.r[0] == 0x1122334455667788ull,
          name);
    for (size_t i = 0; i < sizeof(wild) / sizeof(wild[0]); i++) {
        for (int32_t off = -2048; off <= 2048; off += 2048) {
            cpu.r[1] = wild[i];
            int e = run(gen_ld(off, IR_MO_32));
            snprintf(name, sizeof(name), "%s: ld %#" PRIx64 "%+d: SEGV there",
                     mode, wild[i], off);
            check(segv_at(e, wild[i] + off), name);
        }
    }
    /* Stores too, and nothing is written. */
    new_tb();
    ir_st(&ctx, g[2], g[1], IR_MO_64);
    cpu.r[1] = 0x7ffffff00000ull;
    cpu.r[2] = 5;
    snprintf(name, sizeof(name), "%s: st to a wild address: SEGV", mode);
    check(segv_at(run(gen()), 0x7ffffff00000ull), name);
    /* Offsets below the guard check the whole address. */
    cpu.r[1] = page + (64 << 20);
    snprintf(name, sizeof(name), "%s: ld -64MiB(base) inside", mode);
    check(run(gen_ld(-(64 << 20) + 8, IR_MO_64)) == 0 &&
              cpu.r[0] == 0x1122334455667788ull,
          name);
    cpu.r[1] = 16;
    snprintf(name, sizeof(name), "%s: ld -64MiB(16): SEGV below 0", mode);
    check(segv_at(run(gen_ld(-(64 << 20), IR_MO_8)), 16 - (64 << 20)), name);
    /* A misaligned wild access is SIGBUS first, as the alignment check
     * comes first; an aligned one SIGSEGV. */
    cpu.r[1] = 0x7fffffff0002ull;
    snprintf(name, sizeof(name), "%s: aligned ld, misaligned wild: BUS", mode);
    check(run(gen_ld(0, IR_MO_32 | IR_MO_ALIGN)) == EXCP_BUS, name);
    cpu.r[1] = 0x7fffffff0004ull;
    snprintf(name, sizeof(name), "%s: aligned ld, aligned wild: SEGV", mode);
    check(segv_at(run(gen_ld(0, IR_MO_32 | IR_MO_ALIGN)), 0x7fffffff0004ull),
          name);
}

static void test_constants(uint64_t page)
{
    new_tb();
    ir_ld(&ctx, g[0], ir_const(&ctx, (int64_t)(page + 8)), IR_MO_64);
    check(run(gen()) == 0 && cpu.r[0] == 0x1122334455667788ull,
          "constant address inside");
    new_tb();
    ir_ld(&ctx, g[0], ir_const(&ctx, -16), IR_MO_64);
    check(segv_at(run(gen()), (uint64_t)-16),
          "constant address -16 (fits a disp32): SEGV");
    new_tb();
    ir_st(&ctx, g[0], ir_const(&ctx, 0x7fffffff0000), IR_MO_8);
    check(segv_at(run(gen()), 0x7fffffff0000ull), "constant wild store: SEGV");
}

/* One check per base per label-free stretch. */
static void test_shape(uint64_t page)
{
    new_tb();
    ir_ld(&ctx, g[0], g[1], IR_MO_64);
    ir_ld(&ctx, g[2], g[1], IR_MO_32);
    ir_st(&ctx, g[2], g[1], IR_MO_64);
    ir_ld(&ctx, g[3], g[2], IR_MO_8);
    TranslationBlock *t = gen();
    check(t && count_insns(t, "jae") == 2, "same base checked once");

    new_tb();
    ir_ld(&ctx, g[0], g[1], IR_MO_64);
    ir_ld(&ctx, g[1], g[1], IR_MO_64); /* checks g1, then redefines it */
    ir_ld(&ctx, g[2], g[1], IR_MO_64);
    t = gen();
    check(t && count_insns(t, "jae") == 2, "base rechecked after a write");
    *(uint64_t *)g2h(page) = 0x7fffffff0000ull;
    cpu.r[1] = page;
    check(segv_at(run(t), 0x7fffffff0000ull),
          "loaded wild pointer caught after the recheck");

    new_tb();
    uint32_t l = ir_new_label(&ctx);
    ir_ld(&ctx, g[0], g[1], IR_MO_64);
    ir_brcond(&ctx, IR_COND_EQ, g[0], ir_const(&ctx, 0), l);
    ir_set_label(&ctx, l);
    ir_ld(&ctx, g[2], g[1], IR_MO_64);
    t = gen();
    check(t && count_insns(t, "jae") == 2, "base rechecked after a label");
}

/* The rip-relative compare, checked against capstone. */
static void test_encoding(void)
{
    static const struct {
        int reg;
        const char *text;
    } cases[] = {
        {X86_RBX, "cmp rbx, qword ptr [rip + 0x13]"},
        {X86_R12, "cmp r12, qword ptr [rip + 0x13]"},
        {X86_RSP, "cmp rsp, qword ptr [rip + 0x13]"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        uint8_t buf[64];
        X86Asm a = {buf};
        x86_alu_rm_rip(&a, X86_CMP, true, cases[i].reg, buf + 7 + 0x13);
        cs_insn *insn;
        char text[256] = "";
        size_t n = cs_disasm(cs, buf, (size_t)(a.ptr - buf), 0, 0, &insn);
        if (n == 1 && (size_t)(a.ptr - buf) == 7) {
            snprintf(text, sizeof(text), "%s %s", insn[0].mnemonic,
                     insn[0].op_str);
        }
        if (n) {
            cs_free(insn, n);
        }
        char name[96];
        snprintf(name, sizeof(name), "encode %s", cases[i].text);
        check(strcmp(text, cases[i].text) == 0, name);
    }
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    setup();
    check(guest_va_limit == 1ull << 39, "VA limit 2^39");
    test_encoding();
    int64_t page = target_mmap(0, 4096, PROT_READ | PROT_WRITE,
                               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    check(page > 0, "guest page");
    uintptr_t base0 = guest_base;
    test_register_bases(guest_base ? "guest_base" : "guest_base 0",
                        (uint64_t)page);
    test_constants((uint64_t)page);
    test_shape((uint64_t)page);
    /* The other addressing mode: a nonzero guest_base (the limit is then
     * a constant in the TB, compared from memory). */
    static uint8_t membuf[8192] __attribute__((aligned(4096)));
    guest_base = (uintptr_t)membuf - 0x1000;
    test_register_bases(base0 ? "guest_base 0" : "guest_base", 0x1000);
    guest_base = base0;
    cs_close(&cs);
    return failures ? 1 : 0;
}
