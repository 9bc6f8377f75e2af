/* CFLAGS: -march=armv8-a+crc
 *
 * A64 integer data processing without flags, X and W forms, on edge
 * values: add/sub (shifted, extended, immediate, SP forms), logical
 * shifted register (all shifts incl. ROR), MOVZ/MOVN/MOVK, ADR/ADRP,
 * variable shifts, multiply (MADD..UMULH), division edge cases, CLZ, CLS,
 * RBIT, REV*, CSEL family, CRC32/CRC32C.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

static const uint64_t vals[] = {
    0, 1, 3, 0x7fffffffffffffffull, 0x8000000000000000ull,
    0xffffffffffffffffull, 0x7fffffffull, 0x80000000ull, 0xffffffffull,
    0x123456789abcdef0ull, 0xfedcba9876543210ull, 63, 64, 33, 0xff80,
};
#define NV (sizeof(vals) / sizeof(vals[0]))

/* Every result goes into a hash per operation (printed at the end); the
 * results themselves are printed for a few operands, or for all with any
 * argument (to diff against the reference emulator). */
#define MAXOPS 160
static struct {
    const char *name;
    uint64_t hash;
} ops[MAXOPS];
static unsigned nops;
static int verbose;

static void out(const char *name, uint64_t a, uint64_t b, uint64_t r)
{
    unsigned k;

    if (verbose) {
        printf("%-10s %016" PRIx64 " %016" PRIx64 " %016" PRIx64 "\n", name,
               a, b, r);
    }
    for (k = 0; k < nops && ops[k].name != name; k++) {
    }
    if (k == nops && nops < MAXOPS) {
        ops[nops].name = name;
        ops[nops++].hash = 1469598103934665603ull;
    }
    ops[k].hash = (ops[k].hash ^ r) * 1099511628211ull;
}

#define RR(insn)                                                           \
    ({                                                                     \
        uint64_t r_;                                                       \
        __asm__ volatile(insn : "=&r"(r_) : "r"(a), "r"(b) : "x9", "cc");               \
        r_;                                                                \
    })
#define T(name, insn) out(name, a, b, RR(insn))

static void binary(uint64_t a, uint64_t b)
{
    T("add", "add %0, %1, %2");
    T("addw", "add %w0, %w1, %w2");
    T("sub", "sub %0, %1, %2");
    T("subw", "sub %w0, %w1, %w2");
    T("addlsl", "add %0, %1, %2, lsl #7");
    T("addlsr", "add %0, %1, %2, lsr #63");
    T("subasr", "sub %0, %1, %2, asr #17");
    T("addwasr", "add %w0, %w1, %w2, asr #31");
    T("subwlsl", "sub %w0, %w1, %w2, lsl #5");
    T("adduxtb", "add %0, %1, %w2, uxtb #1");
    T("adduxth", "add %0, %1, %w2, uxth #2");
    T("adduxtw", "add %0, %1, %w2, uxtw #3");
    T("addsxtb", "add %0, %1, %w2, sxtb #4");
    T("subsxth", "sub %0, %1, %w2, sxth");
    T("addsxtw", "add %0, %1, %w2, sxtw #2");
    T("addsxtx", "add %0, %1, %2, sxtx #1");
    T("addwuxtb", "add %w0, %w1, %w2, uxtb #2");
    T("subwsxth", "sub %w0, %w1, %w2, sxth #1");
    T("and", "and %0, %1, %2");
    T("andw", "and %w0, %w1, %w2");
    T("orrror", "orr %0, %1, %2, ror #13");
    T("orrwror", "orr %w0, %w1, %w2, ror #13");
    T("eorlsr", "eor %0, %1, %2, lsr #9");
    T("eonasr", "eon %0, %1, %2, asr #40");
    T("eonw", "eon %w0, %w1, %w2");
    T("bic", "bic %0, %1, %2, lsl #4");
    T("bicw", "bic %w0, %w1, %w2, ror #31");
    T("orn", "orn %0, %1, %2");
    T("ornw", "orn %w0, %w1, %w2, lsr #1");
    T("mvn", "mvn %0, %2, ror #3");
    T("mvnw", "mvn %w0, %w2");
    T("movw", "mov %w0, %w2");
    T("lslv", "lsl %0, %1, %2");
    T("lsrv", "lsr %0, %1, %2");
    T("asrv", "asr %0, %1, %2");
    T("rorv", "ror %0, %1, %2");
    T("lslvw", "lsl %w0, %w1, %w2");
    T("lsrvw", "lsr %w0, %w1, %w2");
    T("asrvw", "asr %w0, %w1, %w2");
    T("rorvw", "ror %w0, %w1, %w2");
    T("mul", "mul %0, %1, %2");
    T("mulw", "mul %w0, %w1, %w2");
    T("madd", "madd %0, %1, %2, %1");
    T("msub", "msub %0, %1, %2, %2");
    T("maddw", "madd %w0, %w1, %w2, %w2");
    T("msubw", "msub %w0, %w1, %w2, %w1");
    T("mneg", "mneg %0, %1, %2");
    T("smaddl", "smaddl %0, %w1, %w2, %1");
    T("smsubl", "smsubl %0, %w1, %w2, %2");
    T("umaddl", "umaddl %0, %w1, %w2, %1");
    T("umsubl", "umsubl %0, %w1, %w2, %2");
    T("smull", "smull %0, %w1, %w2");
    T("umull", "umull %0, %w1, %w2");
    T("smulh", "smulh %0, %1, %2");
    T("umulh", "umulh %0, %1, %2");
    T("udiv", "udiv %0, %1, %2");
    T("sdiv", "sdiv %0, %1, %2");
    T("udivw", "udiv %w0, %w1, %w2");
    T("sdivw", "sdiv %w0, %w1, %w2");
    T("csel", "cmp %1, %2\n\tcsel %0, %1, %2, lo");
    T("cselw", "cmp %w1, %w2\n\tcsel %w0, %w1, %w2, ge");
    T("csinc", "cmp %1, %2\n\tcsinc %0, %1, %2, eq");
    T("csincw", "cmp %1, %2\n\tcsinc %w0, %w1, %w2, gt");
    T("csinv", "tst %1, %2\n\tcsinv %0, %1, %2, ne");
    T("csinvw", "tst %w1, %w2\n\tcsinv %w0, %w1, %w2, mi");
    T("csneg", "cmn %1, %2\n\tcsneg %0, %1, %2, vs");
    T("csnegw", "cmn %w1, %w2\n\tcsneg %w0, %w1, %w2, hi");
    T("csetm", "cmp %1, %2\n\tcsetm %0, le");
    T("csetmw", "cmp %w1, %w2\n\tcsetm %w0, ls");
    T("cinc", "cmp %1, %2\n\tcinc %0, %1, pl");
    T("cneg", "cmp %w1, %w2\n\tcneg %0, %1, lt");
    T("crc32b", "crc32b %w0, %w1, %w2");
    T("crc32h", "crc32h %w0, %w1, %w2");
    T("crc32w", "crc32w %w0, %w1, %w2");
    T("crc32x", "crc32x %w0, %w1, %2");
    T("crc32cb", "crc32cb %w0, %w1, %w2");
    T("crc32ch", "crc32ch %w0, %w1, %w2");
    T("crc32cw", "crc32cw %w0, %w1, %w2");
    T("crc32cx", "crc32cx %w0, %w1, %2");
    T("extr", "extr %0, %1, %2, #17");
    T("extrw", "extr %w0, %w1, %w2, #31");
    T("extr1", "extr %0, %1, %2, #1");
}

static void unary(uint64_t a)
{
    uint64_t b = 0;

    T("clz", "clz %0, %1");
    T("clzw", "clz %w0, %w1");
    T("cls", "cls %0, %1");
    T("clsw", "cls %w0, %w1");
    T("rbit", "rbit %0, %1");
    T("rbitw", "rbit %w0, %w1");
    T("rev", "rev %0, %1");
    T("revw", "rev %w0, %w1");
    T("rev16", "rev16 %0, %1");
    T("rev16w", "rev16 %w0, %w1");
    T("rev32", "rev32 %0, %1");
    T("neg", "neg %0, %1");
    T("negw", "neg %w0, %w1");
    T("negsh", "neg %0, %1, lsl #3");
    T("ror", "ror %0, %1, #7");
    T("rorw", "ror %w0, %w1, #31");
    T("lsl", "lsl %0, %1, #63");
    T("lslw", "lsl %w0, %w1, #1");
    T("lsr", "lsr %0, %1, #1");
    T("lsrw", "lsr %w0, %w1, #31");
    T("asr", "asr %0, %1, #33");
    T("asrw", "asr %w0, %w1, #3");
    T("sxtb", "sxtb %0, %w1");
    T("sxth", "sxth %0, %w1");
    T("sxtw", "sxtw %0, %w1");
    T("sxtbw", "sxtb %w0, %w1");
    T("sxthw", "sxth %w0, %w1");
    T("uxtb", "uxtb %w0, %w1");
    T("uxth", "uxth %w0, %w1");
    T("ubfx", "ubfx %0, %1, #3, #17");
    T("ubfxw", "ubfx %w0, %w1, #30, #2");
    T("sbfx", "sbfx %0, %1, #60, #4");
    T("sbfxw", "sbfx %w0, %w1, #7, #9");
    T("ubfiz", "ubfiz %0, %1, #40, #20");
    T("ubfizw", "ubfiz %w0, %w1, #5, #27");
    T("sbfiz", "sbfiz %0, %1, #1, #63");
    T("sbfizw", "sbfiz %w0, %w1, #20, #4");
    T("bfi", "mov %0, %2\n\tbfi %0, %1, #5, #7");
    T("bfiw", "mvn %0, %2\n\tbfi %w0, %w1, #31, #1");
    T("bfxil", "mvn %0, %2\n\tbfxil %0, %1, #7, #50");
    T("bfxilw", "mvn %0, %2\n\tbfxil %w0, %w1, #0, #16");
    T("bfc", "mvn %0, %2\n\tbfi %0, xzr, #8, #8");
    T("ubfm", "ubfm %0, %1, #60, #3");
    T("sbfm", "sbfm %0, %1, #62, #61");
    T("bfm", "mvn %0, %2\n\tbfm %0, %1, #33, #1");
    T("sbfm63", "sbfm %0, %1, #0, #63");
    T("ubfm63", "ubfm %0, %1, #63, #63");
    T("addsp", "mov %0, sp\n\tmov sp, %1\n\tadd sp, sp, #0x123, lsl #12\n\t"
               "sub sp, sp, %1\n\tmov x9, sp\n\tmov sp, %0\n\tmov %0, x9");
    T("addwsp", "mov %0, sp\n\tmov sp, %1\n\tadd wsp, wsp, #1\n\tmov x9, sp\n\t"
                "mov sp, %0\n\tmov %0, x9");
    T("addspx", "mov x9, sp\n\tadd %0, sp, %1, uxtx #2\n\tsub %0, %0, x9");
    T("andsp", "mov %0, sp\n\tand sp, %1, #0xfffffffffffffff0\n\tmov x9, sp\n\t"
               "mov sp, %0\n\tmov %0, x9");
    T("cmpsp", "mov x9, sp\n\tmov sp, %1\n\tcmp sp, #16\n\tcset %0, hs\n\t"
               "mov sp, x9");
}

static void immediates(void)
{
    uint64_t a = 0x0123456789abcdefull, b = 0;

    T("movz", "movz %0, #0x1234, lsl #48");
    T("movzw", "movz %w0, #0x1234, lsl #16");
    T("movn", "movn %0, #0x1234, lsl #32");
    T("movnw", "movn %w0, #0x1234");
    T("movk", "mov %0, %1\n\tmovk %0, #0xbeef, lsl #16");
    T("movkw", "mov %0, %1\n\tmovk %w0, #0xbeef, lsl #16");
    T("movk48", "mov %0, %1\n\tmovk %0, #0xbeef, lsl #48");
    T("addi", "add %0, %1, #4095");
    T("addi12", "add %0, %1, #4095, lsl #12");
    T("subi", "sub %w0, %w1, #1, lsl #12");
    T("adrdiff", "adr %0, 1f\n\tadr x9, .\n1:\tsub %0, %0, x9");
    T("adrpdiff", "adrp %0, .\n\tadr x9, .\n\tsub %0, x9, %0\n\t"
                  "cmp %0, #4096\n\tcset %0, lo");
    T("adrplow", "adrp %0, .\n\tand %0, %0, #0xfff");
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    for (unsigned i = 0; i < NV; i++) {
        for (unsigned j = 0; j < NV; j++) {
            verbose = argc > 1 || (i == 9 && j == 10) || (i == 4 && j == 5);
            binary(vals[i], vals[j]);
        }
        verbose = argc > 1 || i == 9 || i == 8;
        unary(vals[i]);
    }
    verbose = 1;
    immediates();
    for (unsigned k = 0; k < nops; k++) {
        printf("%-10s %016" PRIx64 "\n", ops[k].name, ops[k].hash);
    }
    return 0;
}
