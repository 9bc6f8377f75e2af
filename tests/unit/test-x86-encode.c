/*
 * Encoder tests: every instruction form backends/x86_64/x86-emit.c can
 * produce is emitted and disassembled with capstone, and the text compared
 * with what an x86 manual says it should be. Covers every register
 * (including r8-r15 and the rsp/rbp/r12/r13 ModRM/SIB special cases),
 * disp0/8/32, imm8/32/64 selection and 32- vs 64-bit forms. (capstone 4
 * prints sign-extended 64-bit immediates as negative numbers.)
 */
#include <capstone/capstone.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "backends/x86_64/x86-emit.h"

static const char *const r64[16] = {
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
    "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
};
static const char *const r32[16] = {
    "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
    "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d",
};
static const char *const r16[16] = {
    "ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
    "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w",
};
static const char *const r8n[16] = {
    "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
    "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b",
};

static csh cs;
static uint8_t buf[1024];
static X86Asm A;
static int failures, passes;

static void begin(void)
{
    A.ptr = buf;
}

/* Disassemble buf..A.ptr into "insn; insn" and compare with want. */
static void expect(const char *name, const char *want)
{
    char got[1024] = "";
    cs_insn *insn;
    size_t len = (size_t)(A.ptr - buf);
    size_t n = cs_disasm(cs, buf, len, 0x1000, 0, &insn);
    size_t used = 0;

    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(got);
        snprintf(got + l, sizeof(got) - l, "%s%s%s%s", i ? "; " : "",
                 insn[i].mnemonic, insn[i].op_str[0] ? " " : "",
                 insn[i].op_str);
        used += insn[i].size;
    }
    if (n) {
        cs_free(insn, n);
    }
    if (strcmp(got, want) != 0 || used != len) {
        printf("FAIL %s: got \"%s\" (%zu of %zu bytes), want \"%s\"\n", name,
               got, used, len, want);
        failures++;
    } else {
        passes++;
    }
}

static const char *fmt(const char *f, ...)
{
    static char s[8][256];
    static int k;
    va_list ap;
    char *p = s[k++ & 7];
    va_start(ap, f);
    vsnprintf(p, 256, f, ap);
    va_end(ap);
    return p;
}

/* capstone's spelling of a displacement inside [...]. */
static const char *disp_str(int32_t d)
{
    if (d == 0) {
        return "";
    }
    if (d < 0) {
        return fmt(d > -10 ? " - %d" : " - 0x%x", -d);
    }
    return fmt(d < 10 ? " + %d" : " + 0x%x", d);
}

static void test_mov_rr(void)
{
    for (int d = 0; d < 16; d++) {
        for (int s = 0; s < 16; s++) {
            begin();
            x86_mov_rr(&A, true, d, s);
            expect("mov_rr64", fmt("mov %s, %s", r64[d], r64[s]));
            begin();
            x86_mov_rr(&A, false, d, s);
            expect("mov_rr32", fmt("mov %s, %s", r32[d], r32[s]));
        }
    }
    printf("PASS mov_rr\n");
}

static void test_mov_ri(void)
{
    static const struct {
        uint64_t imm;
        int len;
        const char *fmt;
    } cases[] = {
        { 0, 5, "mov %s, 0" },
        { 7, 5, "mov %s, 7" },
        { 0xffffffffu, 5, "mov %s, 0xffffffff" },
        { (uint64_t)-1, 7, "mov %s, -1" },
        { (uint64_t)-0x80000000ll, 7, "mov %s, -0x80000000" },
        { 0x100000000ull, 10, "movabs %s, 0x100000000" },
        { 0x8000000000000000ull, 10, "movabs %s, 0x8000000000000000" },
    };
    for (int r = 0; r < 16; r++) {
        for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
            begin();
            x86_mov_ri(&A, r, cases[i].imm);
            const char *rn = cases[i].len == 5 ? r32[r] : r64[r];
            int len = cases[i].len + (cases[i].len == 5 && r >= 8);
            expect("mov_ri", fmt(cases[i].fmt, rn));
            if (A.ptr - buf != len) {
                printf("FAIL mov_ri length %s %d\n", rn, (int)(A.ptr - buf));
                failures++;
            }
        }
    }
    begin();
    x86_zero(&A, X86_R9);
    expect("zero", "xor r9d, r9d");
    printf("PASS mov_ri\n");
}

/* Every base register with disp 0 / 8 / -8 / 0x1000 / -0x1000. */
static void test_mem_base(void)
{
    static const int32_t disps[] = { 0, 8, -8, 127, -128, 0x1000, -0x1000 };
    for (int b = 0; b < 16; b++) {
        for (size_t i = 0; i < sizeof(disps) / sizeof(disps[0]); i++) {
            int32_t d = disps[i];
            begin();
            x86_load(&A, 3, false, X86_RAX, x86_mem(b, d));
            expect("mem_base",
                   fmt("mov rax, qword ptr [%s%s]", r64[b], disp_str(d)));
            /* Size of the ModRM tail: disp0 except rbp/r13, SIB for
             * rsp/r12. */
            int want = 3 + ((b & 7) == 4) +
                       (d == 0 && (b & 7) != 5 ? 0
                        : (d >= -128 && d <= 127) ? 1 : 4);
            if (A.ptr - buf != want) {
                printf("FAIL mem_base length [%s%s] = %d, want %d\n", r64[b],
                       disp_str(d), (int)(A.ptr - buf), want);
                failures++;
            }
        }
    }
    printf("PASS mem_base\n");
}

static void test_mem_index(void)
{
    for (int b = 0; b < 16; b++) {
        for (int x = 0; x < 16; x++) {
            if (x == X86_RSP) {
                continue;
            }
            for (int sh = 0; sh < 4; sh++) {
                begin();
                x86_store(&A, 2, X86_R11, x86_mem_idx(b, x, sh, 0x20));
                expect("mem_index",
                       fmt("mov dword ptr [%s + %s%s + 0x20], r11d", r64[b],
                           r64[x], sh ? fmt("*%d", 1 << sh) : ""));
            }
        }
    }
    begin();
    x86_load(&A, 2, false, X86_RDX, x86_mem(X86_NOREG, 0x12345));
    expect("mem_abs", "mov edx, dword ptr [0x12345]");
    begin();
    x86_lea(&A, true, X86_R8, x86_mem_idx(X86_NOREG, X86_R9, 3, 16));
    expect("mem_abs_index", "lea r8, [r9*8 + 0x10]");
    begin();
    x86_lea(&A, true, X86_R13, x86_mem_idx(X86_R13, X86_R12, 0, 0));
    expect("lea_r13_r12", "lea r13, [r13 + r12]");
    begin();
    x86_lea(&A, false, X86_RAX, x86_mem(X86_RCX, -1));
    expect("lea32", "lea eax, [rcx - 1]");
    printf("PASS mem_index\n");
}

static void test_load_store(void)
{
    for (int r = 0; r < 16; r++) {
        X86Mem m = x86_mem(X86_R14, 0x40);
        begin();
        x86_load(&A, 0, false, r, m);
        expect("ld8u", fmt("movzx %s, byte ptr [r14 + 0x40]", r32[r]));
        begin();
        x86_load(&A, 0, true, r, m);
        expect("ld8s", fmt("movsx %s, byte ptr [r14 + 0x40]", r64[r]));
        begin();
        x86_load(&A, 1, false, r, m);
        expect("ld16u", fmt("movzx %s, word ptr [r14 + 0x40]", r32[r]));
        begin();
        x86_load(&A, 1, true, r, m);
        expect("ld16s", fmt("movsx %s, word ptr [r14 + 0x40]", r64[r]));
        begin();
        x86_load(&A, 2, false, r, m);
        expect("ld32u", fmt("mov %s, dword ptr [r14 + 0x40]", r32[r]));
        begin();
        x86_load(&A, 2, true, r, m);
        expect("ld32s", fmt("movsxd %s, dword ptr [r14 + 0x40]", r64[r]));
        begin();
        x86_load(&A, 3, false, r, m);
        expect("ld64", fmt("mov %s, qword ptr [r14 + 0x40]", r64[r]));
        begin();
        x86_store(&A, 0, r, x86_mem_idx(X86_R15, X86_RBX, 0, 0));
        expect("st8", fmt("mov byte ptr [r15 + rbx], %s", r8n[r]));
        begin();
        x86_store(&A, 1, r, x86_mem(X86_RSP, 0));
        expect("st16", fmt("mov word ptr [rsp], %s", r16[r]));
        begin();
        x86_store(&A, 3, r, x86_mem(X86_RBP, 0));
        expect("st64", fmt("mov qword ptr [rbp], %s", r64[r]));
    }
    begin();
    x86_store_imm(&A, 0, -1, x86_mem(X86_RAX, 0));
    expect("st8i", "mov byte ptr [rax], 0xff");
    begin();
    x86_store_imm(&A, 1, 0x1234, x86_mem(X86_R12, 2));
    expect("st16i", "mov word ptr [r12 + 2], 0x1234");
    begin();
    x86_store_imm(&A, 2, 0x12345678, x86_mem(X86_R13, 0));
    expect("st32i", "mov dword ptr [r13], 0x12345678");
    begin();
    x86_store_imm(&A, 3, -2, x86_mem(X86_R14, 0x1000));
    expect("st64i", "mov qword ptr [r14 + 0x1000], -2");
    printf("PASS load_store\n");
}

static void test_alu(void)
{
    static const char *const names[8] = {
        "add", "or", "adc", "sbb", "and", "sub", "xor", "cmp",
    };
    for (int op = 0; op < 8; op++) {
        for (int r = 0; r < 16; r++) {
            int s = 15 - r;
            begin();
            x86_alu_rr(&A, op, true, r, s);
            expect("alu_rr", fmt("%s %s, %s", names[op], r64[r], r64[s]));
            begin();
            x86_alu_rr(&A, op, false, r, s);
            expect("alu_rr32", fmt("%s %s, %s", names[op], r32[r], r32[s]));
            begin();
            x86_alu_ri(&A, op, true, r, 0x7f);
            expect("alu_ri8", fmt("%s %s, 0x7f", names[op], r64[r]));
            if (A.ptr - buf != 4) {
                printf("FAIL alu_ri8 not imm8\n");
                failures++;
            }
            begin();
            x86_alu_ri(&A, op, false, r, 0x80);
            expect("alu_ri32", fmt("%s %s, 0x80", names[op], r32[r]));
            begin();
            x86_alu_ri(&A, op, true, r, -0x12345678);
            expect("alu_ri32n",
                   fmt("%s %s, %s", names[op], r64[r],
                       /* capstone shows logic immediates unsigned */
                       op == X86_OR || op == X86_AND || op == X86_XOR
                           ? "0xffffffffedcba988"
                           : "-0x12345678"));
            begin();
            x86_alu_rm(&A, op, true, r, x86_mem(X86_R14, 0x18));
            expect("alu_rm",
                   fmt("%s %s, qword ptr [r14 + 0x18]", names[op], r64[r]));
        }
    }
    begin();
    x86_alu_mi(&A, X86_CMP, false, x86_mem(X86_R14, 8), 0);
    expect("alu_mi", "cmp dword ptr [r14 + 8], 0");
    begin();
    x86_alu_mi(&A, X86_ADD, true, x86_mem(X86_RSP, 0x200), 0x1000);
    expect("alu_mi32", "add qword ptr [rsp + 0x200], 0x1000");
    begin();
    x86_test_rr(&A, true, X86_R12, X86_RSI);
    expect("test_rr", "test r12, rsi");
    begin();
    x86_test_rr(&A, false, X86_RAX, X86_RAX);
    expect("test_rr32", "test eax, eax");
    for (int r = 0; r < 16; r++) {
        begin();
        x86_test_ri8(&A, r, 7);
        expect("test_ri8", fmt("test %s, 7", r8n[r]));
    }
    printf("PASS alu\n");
}

static void test_shift_mul(void)
{
    static const char *const sh[8] = {
        "rol", "ror", "rcl", "rcr", "shl", "shr", "sal", "sar",
    };
    static const int ops[] = { X86_ROL, X86_ROR, X86_SHL, X86_SHR, X86_SAR };
    for (int r = 0; r < 16; r++) {
        for (size_t i = 0; i < 5; i++) {
            int op = ops[i];
            begin();
            x86_shift_ri(&A, op, true, r, 63);
            expect("shift_ri", fmt("%s %s, 0x3f", sh[op], r64[r]));
            begin();
            x86_shift_ri(&A, op, false, r, 1);
            expect("shift_r1", fmt("%s %s, 1", sh[op], r32[r]));
            begin();
            x86_shift_cl(&A, op, true, r);
            expect("shift_cl", fmt("%s %s, cl", sh[op], r64[r]));
        }
        int s = (r + 5) & 15, c = (r + 9) & 15;
        begin();
        x86_shiftx(&A, X86_SHLX, true, r, s, c);
        expect("shlx", fmt("shlx %s, %s, %s", r64[r], r64[s], r64[c]));
        begin();
        x86_shiftx(&A, X86_SHRX, false, r, s, c);
        expect("shrx", fmt("shrx %s, %s, %s", r32[r], r32[s], r32[c]));
        begin();
        x86_shiftx(&A, X86_SARX, true, r, s, c);
        expect("sarx", fmt("sarx %s, %s, %s", r64[r], r64[s], r64[c]));
        begin();
        x86_rorx(&A, true, r, s, 13);
        expect("rorx", fmt("rorx %s, %s, 0xd", r64[r], r64[s]));
        begin();
        x86_andn(&A, false, r, s, c);
        expect("andn", fmt("andn %s, %s, %s", r32[r], r32[s], r32[c]));
        begin();
        x86_grp3(&A, X86_NEG, true, r);
        x86_grp3(&A, X86_NOT, false, r);
        x86_grp3(&A, X86_MUL, true, r);
        x86_grp3(&A, X86_IMUL1, false, r);
        expect("grp3", fmt("neg %s; not %s; mul %s; imul %s", r64[r], r32[r],
                           r64[r], r32[r]));
        begin();
        x86_imul_rr(&A, true, r, s);
        x86_imul_ri(&A, false, r, s, 3);
        x86_imul_ri(&A, true, r, s, 0x1000);
        expect("imul", fmt("imul %s, %s; imul %s, %s, 3; imul %s, %s, 0x1000",
                           r64[r], r64[s], r32[r], r32[s], r64[r], r64[s]));
        begin();
        x86_bswap(&A, true, r);
        x86_bswap(&A, false, r);
        expect("bswap", fmt("bswap %s; bswap %s", r64[r], r32[r]));
    }
    printf("PASS shift_mul\n");
}

static void test_bitops_ext(void)
{
    for (int r = 0; r < 16; r++) {
        int s = 15 - r;
        begin();
        x86_op_rr(&A, X86_OPC_LZCNT, true, r, s);
        x86_op_rr(&A, X86_OPC_TZCNT, false, r, s);
        x86_op_rr(&A, X86_OPC_POPCNT, true, r, s);
        expect("cnt", fmt("lzcnt %s, %s; tzcnt %s, %s; popcnt %s, %s", r64[r],
                          r64[s], r32[r], r32[s], r64[r], r64[s]));
        begin();
        x86_op_rr(&A, X86_OPC_BSR, true, r, s);
        x86_op_rr(&A, X86_OPC_BSF, false, r, s);
        expect("bsx", fmt("bsr %s, %s; bsf %s, %s", r64[r], r64[s], r32[r],
                          r32[s]));
        begin();
        x86_op_rr(&A, X86_OPC_MOVZBL | X86_P_REXB_RM, false, r, s);
        x86_op_rr(&A, X86_OPC_MOVSBL | X86_P_REXB_RM, true, r, s);
        expect("ext8", fmt("movzx %s, %s; movsx %s, %s", r32[r], r8n[s],
                           r64[r], r8n[s]));
        begin();
        x86_op_rr(&A, X86_OPC_MOVZWL, false, r, s);
        x86_op_rr(&A, X86_OPC_MOVSWL, false, r, s);
        x86_op_rr(&A, X86_OPC_MOVSLQ, true, r, s);
        expect("ext16", fmt("movzx %s, %s; movsx %s, %s; movsxd %s, %s",
                            r32[r], r16[s], r32[r], r16[s], r64[r], r32[s]));
        begin();
        x86_op_rm(&A, X86_OPC_POPCNT, false, r, x86_mem(X86_RSP, 8));
        expect("cnt_mem", fmt("popcnt %s, dword ptr [rsp + 8]", r32[r]));
    }
    printf("PASS bitops_ext\n");
}

static void test_cond(void)
{
    static const char *const cc[16] = {
        "o", "no", "b", "ae", "e", "ne", "be", "a",
        "s", "ns", "p", "np", "l", "ge", "le", "g",
    };
    for (int c = 0; c < 16; c++) {
        for (int r = 0; r < 16; r++) {
            begin();
            x86_setcc(&A, c, r);
            x86_cmov_rr(&A, c, true, r, 15 - r);
            x86_cmov_rr(&A, c, false, r, 15 - r);
            expect("setcc", fmt("set%s %s; cmov%s %s, %s; cmov%s %s, %s",
                                cc[c], r8n[r], cc[c], r64[r], r64[15 - r],
                                cc[c], r32[r], r32[15 - r]));
        }
        begin();
        x86_jcc32(&A, c, buf + 0x100);
        expect("jcc32", fmt("j%s 0x1100", cc[c]));
        begin();
        x86_jcc8(&A, c, 0x10);
        expect("jcc8", fmt("j%s 0x1012", cc[c]));
    }
    printf("PASS cond\n");
}

static void test_control(void)
{
    begin();
    x86_jmp32(&A, buf + 0x80);
    x86_jmp_to(&A, buf);
    x86_jmp_to(&A, buf + 0x200);
    expect("jmp", "jmp 0x1080; jmp 0x1000; jmp 0x1200");
    begin();
    x86_call_rel(&A, buf + 0x40);
    x86_call_r(&A, X86_RAX);
    x86_call_r(&A, X86_R11);
    x86_jmp_r(&A, X86_RAX);
    x86_jmp_r(&A, X86_R13);
    x86_ret(&A);
    expect("call", "call 0x1040; call rax; call r11; jmp rax; jmp r13; ret");
    begin();
    x86_lea_rip(&A, X86_RDX, buf + 0x30);
    x86_lea_rip(&A, X86_R9, buf);
    expect("lea_rip", "lea rdx, [rip + 0x29]; lea r9, [rip - 0xe]");
    begin();
    x86_fence(&A);
    x86_xchg_rr(&A, X86_RCX, X86_R10);
    expect("misc", "lock or dword ptr [rsp], 0; xchg r10, rcx");
    for (int r = 0; r < 16; r++) {
        begin();
        x86_push(&A, r);
        x86_pop(&A, r);
        expect("push_pop", fmt("push %s; pop %s", r64[r], r64[r]));
    }
    for (unsigned n = 1; n <= 20; n++) {
        begin();
        x86_nops(&A, n);
        if (A.ptr - buf != (int)n) {
            printf("FAIL nops length %u\n", n);
            failures++;
        }
        cs_insn *insn;
        size_t cnt = cs_disasm(cs, buf, n, 0x1000, 0, &insn);
        size_t used = 0;
        for (size_t i = 0; i < cnt; i++) {
            used += insn[i].size;
            if (strcmp(insn[i].mnemonic, "nop") != 0) {
                printf("FAIL nops %u: %s\n", n, insn[i].mnemonic);
                failures++;
            }
        }
        if (cnt) {
            cs_free(insn, cnt);
        }
        if (used != n || cnt != (n + 8) / 9) {
            printf("FAIL nops %u: %zu insns\n", n, cnt);
            failures++;
        }
    }
    printf("PASS control\n");
}

int main(void)
{
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &cs) != CS_ERR_OK) {
        printf("FAIL capstone: cs_open\n");
        return 1;
    }
    test_mov_rr();
    test_mov_ri();
    test_mem_base();
    test_mem_index();
    test_load_store();
    test_alu();
    test_shift_mul();
    test_bitops_ext();
    test_cond();
    test_control();
    cs_close(&cs);
    printf("%s x86-encode: %d checks, %d failed\n", failures ? "FAIL" : "PASS",
           passes + failures, failures);
    return failures != 0;
}
