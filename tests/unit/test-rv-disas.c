/*
 * The riscv64 -d in_asm fallback (frontends/riscv64/disas.c), reached the
 * way the log reaches it: through guest_arch->disas_insn.
 *
 * Expected text is GNU binutils 2.40: the instructions were assembled with
 *   riscv64-linux-gnu-as -march=rv64gc_zba_zbb_zbs   (.option norvc / rvc)
 * and disassembled with
 *   riscv64-linux-gnu-objdump -d -M no-aliases --adjust-vma=0x10000
 * then put in disas.c's layout: mnemonic padded to 10 columns and a space,
 * operands joined by ", ", targets as 0x<absolute address> without the
 * <symbol>, shift amounts in decimal (objdump: hex). Compressed encodings
 * are printed as their 32-bit expansion, so their text is objdump's c.*
 * line rewritten to the instruction it expands to.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "translator/guest.h"

typedef struct DisasCase {
    const char *group;
    uint64_t pc;
    uint32_t insn; /* little-endian, `len` bytes */
    int len;
    const char *text;
} DisasCase;

static const DisasCase disas_cases[] = {
    {"int", 0x10000, 0x01010513, 4, "addi       a0, sp, 16"},
    {"int", 0x10004, 0x80050513, 4, "addi       a0, a0, -2048"},
    {"int", 0x10008, 0x03f61593, 4, "slli       a1, a2, 63"},
    {"int", 0x1000c, 0x40565593, 4, "srai       a1, a2, 5"},
    {"int", 0x10010, 0x41f3529b, 4, "sraiw      t0, t1, 31"},
    {"int", 0x10014, 0x01248433, 4, "add        s0, s1, s2"},
    {"int", 0x10018, 0x40c5853b, 4, "subw       a0, a1, a2"},
    {"int", 0x1001c, 0x03eeae33, 4, "mulhsu     t3, t4, t5"},
    {"int", 0x10020, 0x031877bb, 4, "remuw      a5, a6, a7"},
    {"int", 0x10024, 0x12345537, 4, "lui        a0, 0x12345"},
    {"int", 0x10028, 0xfffff197, 4, "auipc      gp, 0xfffff"},
    {"mem", 0x1002c, 0x00813083, 4, "ld         ra, 8(sp)"},
    {"mem", 0x10030, 0xfff5c503, 4, "lbu        a0, -1(a1)"},
    {"mem", 0x10034, 0x00113c23, 4, "sd         ra, 24(sp)"},
    {"mem", 0x10038, 0x800f8023, 4, "sb         zero, -2048(t6)"},
    {"ctl", 0x1003c, 0xfcb502e3, 4, "beq        a0, a1, 0x10000"},
    {"ctl", 0x10040, 0x0062f263, 4, "bgeu       t0, t1, 0x10044"},
    {"ctl", 0x10044, 0xfbdff0ef, 4, "jal        ra, 0x10000"},
    {"ctl", 0x10048, 0xffdff06f, 4, "jal        zero, 0x10044"},
    {"ctl", 0x1004c, 0x00c780e7, 4, "jalr       ra, 12(a5)"},
    {"ctl", 0x10050, 0x00008067, 4, "jalr       zero, 0(ra)"},
    {"system", 0x10054, 0x00000073, 4, "ecall"},
    {"system", 0x10058, 0x00100073, 4, "ebreak"},
    {"system", 0x1005c, 0x0330000f, 4, "fence      rw, rw"},
    {"system", 0x10060, 0x0ff0000f, 4, "fence      iorw, iorw"},
    {"system", 0x10064, 0x8330000f, 4, "fence.tso"},
    {"system", 0x10068, 0x0000100f, 4, "fence.i"},
    {"system", 0x1006c, 0x00302573, 4, "csrrs      a0, fcsr, zero"},
    {"system", 0x10070, 0x00259073, 4, "csrrw      zero, frm, a1"},
    {"system", 0x10074, 0x0011f573, 4, "csrrci     a0, fflags, 3"},
    {"system", 0x10078, 0xc0002573, 4, "csrrs      a0, cycle, zero"},
    {"system", 0x1007c, 0x7c002573, 4, "csrrs      a0, 0x7c0, zero"},
    {"amo", 0x10080, 0x1005a52f, 4, "lr.w       a0, (a1)"},
    {"amo", 0x10084, 0x1ad7362f, 4, "sc.d.rl    a2, a3, (a4)"},
    {"amo", 0x10088, 0x06b6252f, 4, "amoadd.w.aqrl a0, a1, (a2)"},
    {"amo", 0x1008c, 0x0c6132af, 4, "amoswap.d.aq t0, t1, (sp)"},
    {"amo", 0x10090, 0xe099342f, 4, "amomaxu.d  s0, s1, (s2)"},
    {"bitmanip", 0x10094, 0x20c5a533, 4, "sh1add     a0, a1, a2"},
    {"bitmanip", 0x10098, 0x0805853b, 4, "add.uw     a0, a1, zero"},
    {"bitmanip", 0x1009c, 0x20c5e53b, 4, "sh3add.uw  a0, a1, a2"},
    {"bitmanip", 0x100a0, 0x0a85951b, 4, "slli.uw    a0, a1, 40"},
    {"bitmanip", 0x100a4, 0x40c5f533, 4, "andn       a0, a1, a2"},
    {"bitmanip", 0x100a8, 0x60059513, 4, "clz        a0, a1"},
    {"bitmanip", 0x100ac, 0x6025951b, 4, "cpopw      a0, a1"},
    {"bitmanip", 0x100b0, 0x60459513, 4, "sext.b     a0, a1"},
    {"bitmanip", 0x100b4, 0x0805c53b, 4, "zext.h     a0, a1"},
    {"bitmanip", 0x100b8, 0x6b85d513, 4, "rev8       a0, a1"},
    {"bitmanip", 0x100bc, 0x2875d513, 4, "orc.b      a0, a1"},
    {"bitmanip", 0x100c0, 0x63f5d513, 4, "rori       a0, a1, 63"},
    {"bitmanip", 0x100c4, 0x6035d51b, 4, "roriw      a0, a1, 3"},
    {"bitmanip", 0x100c8, 0x2a859513, 4, "bseti      a0, a1, 40"},
    {"bitmanip", 0x100cc, 0x4825d513, 4, "bexti      a0, a1, 2"},
    {"bitmanip", 0x100d0, 0x0ac5c533, 4, "min        a0, a1, a2"},
    {"fp", 0x100d4, 0x00452507, 4, "flw        fa0, 4(a0)"},
    {"fp", 0x100d8, 0xfe813c27, 4, "fsd        fs0, -8(sp)"},
    {"fp", 0x100dc, 0x02c5f553, 4, "fadd.d     fa0, fa1, fa2"},
    {"fp", 0x100e0, 0x00c59553, 4, "fadd.s     fa0, fa1, fa2, rtz"},
    {"fp", 0x100e4, 0x13f08053, 4, "fmul.d     ft0, ft1, ft11, rne"},
    {"fp", 0x100e8, 0x5a05f553, 4, "fsqrt.d    fa0, fa1"},
    {"fp", 0x100ec, 0x6ac5f543, 4, "fmadd.d    fa0, fa1, fa2, fa3"},
    {"fp", 0x100f0, 0x68c5a54b, 4, "fnmsub.s   fa0, fa1, fa2, fa3, rdn"},
    {"fp", 0x100f4, 0x22b58553, 4, "fsgnj.d    fa0, fa1, fa1"},
    {"fp", 0x100f8, 0x2020a053, 4, "fsgnjx.s   ft0, ft1, ft2"},
    {"fp", 0x100fc, 0x2ac58553, 4, "fmin.d     fa0, fa1, fa2"},
    {"fp", 0x10100, 0xa2b52553, 4, "feq.d      a0, fa0, fa1"},
    {"fp", 0x10104, 0xa0b51553, 4, "flt.s      a0, fa0, fa1"},
    {"fp", 0x10108, 0xc2251553, 4, "fcvt.l.d   a0, fa0, rtz"},
    {"fp", 0x1010c, 0xc0057553, 4, "fcvt.w.s   a0, fa0"},
    {"fp", 0x10110, 0xd2050553, 4, "fcvt.d.w   fa0, a0"},
    {"fp", 0x10114, 0xd2357553, 4, "fcvt.d.lu  fa0, a0"},
    {"fp", 0x10118, 0xd0253553, 4, "fcvt.s.l   fa0, a0, rup"},
    {"fp", 0x1011c, 0x4015f553, 4, "fcvt.s.d   fa0, fa1"},
    {"fp", 0x10120, 0x42058553, 4, "fcvt.d.s   fa0, fa1"},
    {"fp", 0x10124, 0xe2050553, 4, "fmv.x.d    a0, fa0"},
    {"fp", 0x10128, 0xf2050553, 4, "fmv.d.x    fa0, a0"},
    {"fp", 0x1012c, 0xf0000553, 4, "fmv.w.x    fa0, zero"},
    {"fp", 0x10130, 0xe2051553, 4, "fclass.d   a0, fa0"},
    {"rvc", 0x10134, 0x7139, 2, "addi       sp, sp, -64"},
    {"rvc", 0x10136, 0x0808, 2, "addi       a0, sp, 16"},
    {"rvc", 0x10138, 0x556d, 2, "addi       a0, zero, -5"},
    {"rvc", 0x1013a, 0x65fd, 2, "lui        a1, 0x1f"},
    {"rvc", 0x1013c, 0x60a2, 2, "ld         ra, 8(sp)"},
    {"rvc", 0x1013e, 0xe022, 2, "sd         s0, 0(sp)"},
    {"rvc", 0x10140, 0x852e, 2, "add        a0, zero, a1"},
    {"rvc", 0x10142, 0x952e, 2, "add        a0, a0, a1"},
    {"rvc", 0x10144, 0x8082, 2, "jalr       zero, 0(ra)"},
    {"rvc", 0x10146, 0x9782, 2, "jalr       ra, 0(a5)"},
    {"rvc", 0x10148, 0xbd65, 2, "jal        zero, 0x10000"},
    {"ctl", 0x1014a, 0xea050be3, 4, "beq        a0, zero, 0x10000"},
    {"rvc", 0x1014e, 0xe089, 2, "bne        s1, zero, 0x10150"},
    {"rvc", 0x10150, 0x2442, 2, "fld        fs0, 16(sp)"},
    {"rvc", 0x10152, 0x810d, 2, "srli       a0, a0, 3"},
    {"rvc", 0x10154, 0x9d0d, 2, "subw       a0, a0, a1"},
    {"rvc", 0x10156, 0x0001, 2, "addi       zero, zero, 0"},
    {"rvc", 0x10158, 0x9002, 2, "ebreak"},
    {"rvc", 0x1015a, 0x357d, 2, "addiw      a0, a0, -1"},
    {"fp", 0x10200, 0x00c5e553, 4, "fadd.s     fa0, fa1, fa2, unknown"},
};

static const char *const disas_groups[] = {
    "int", "mem", "ctl", "system", "amo", "bitmanip", "fp", "rvc",
};

static int disas(uint64_t pc, uint32_t insn, size_t avail, char *buf,
                 size_t size)
{
    uint8_t code[4];

    for (int b = 0; b < 4; b++) {
        code[b] = (uint8_t)(insn >> (8 * b));
    }
    return guest_arch->disas_insn(pc, code, avail, buf, size);
}

/* One PASS/FAIL line per group; a FAIL line per mismatching case. Adds
 * the number of cases in the group to *seen. */
static int check_group(const char *group, size_t *seen)
{
    int fails = 0;

    for (size_t i = 0; i < sizeof(disas_cases) / sizeof(disas_cases[0]); i++) {
        const DisasCase *t = &disas_cases[i];
        char buf[128];

        if (strcmp(t->group, group)) {
            continue;
        }
        (*seen)++;
        int len = disas(t->pc, t->insn, 4, buf, sizeof(buf));
        if (len != t->len || strcmp(buf, t->text)) {
            printf("FAIL disas-%s %08x: got %d \"%s\", want %d \"%s\"\n", group,
                   t->insn, len, len ? buf : "", t->len, t->text);
            fails++;
        }
    }
    if (!fails) {
        printf("PASS disas-%s\n", group);
    }
    return fails;
}

/* Encodings that must give 0: reserved, unknown, or cut short. */
static int check_undecodable(void)
{
    static const struct {
        uint32_t insn;
        size_t avail;
        const char *why;
    } bad[] = {
        {0x00000000, 4, "c.illegal"},
        {0x0000007f, 4, "80-bit and longer"},
        {0x0000001f, 4, "48-bit"},
        {0x0000000b, 4, "custom-0"},
        {0x00c5d553, 2, "32-bit with 2 bytes"},
        {0x7139, 1, "16-bit with 1 byte"},
    };
    int fails = 0;
    char buf[64];

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        int len = disas(0x1000, bad[i].insn, bad[i].avail, buf, sizeof(buf));
        if (len != 0) {
            printf("FAIL disas-undecodable %s: got %d\n", bad[i].why, len);
            fails++;
        }
    }
    if (!fails) {
        printf("PASS disas-undecodable\n");
    }
    return fails;
}

/* A short buffer truncates the text, still terminated; the length stands. */
static int check_truncation(void)
{
    char buf[8];
    int len = disas(0x1000, 0x06b6252f, 4, buf, sizeof(buf));

    if (len != 4 || strcmp(buf, "amoadd.")) {
        printf("FAIL disas-truncate: got %d \"%.8s\"\n", len, buf);
        return 1;
    }
    printf("PASS disas-truncate\n");
    return 0;
}

int main(void)
{
    size_t ncases = sizeof(disas_cases) / sizeof(disas_cases[0]), seen = 0;
    int fails = 0;

    if (!guest_arch->disas_insn) {
        printf("FAIL disas-hook: riscv64 has no disas_insn\n");
        return 1;
    }
    for (size_t g = 0; g < sizeof(disas_groups) / sizeof(disas_groups[0]);
         g++) {
        fails += check_group(disas_groups[g], &seen);
    }
    if (seen != ncases) {
        printf("FAIL disas-groups: %zu of %zu cases in no group\n",
               ncases - seen, ncases);
        fails++;
    }
    fails += check_undecodable();
    fails += check_truncation();
    return fails != 0;
}
