/*
 * rv_expand_compressed (frontends/riscv64/rvc.c) against GNU binutils.
 *
 * The table below holds sample 16-bit encodings and the 32-bit instruction
 * binutils 2.40 gives for them ("-" = reserved, must expand to 0): objdump
 * disassembled every 16-bit value, and gas re-assembled each result without
 * compression (scripts/gen-rvc-golden.py). The hash covers the expansion
 * of all 65536 values from the same run, so any change anywhere shows.
 * binutils decodes c.addi16sp with a zero immediate; the ISA reserves it,
 * and so does the hash.
 */
#include <stdint.h>
#include <stdio.h>

#include "frontends/riscv64/translate.h"

typedef struct RVCCase {
    uint16_t c;
    uint32_t expanded;
    const char *text;
} RVCCase;

static const RVCCase rvc_cases[] = {
    {0x0000, 0x00000000, "-"},
    {0x6f01, 0x00000000, "-"},
    {0x8604, 0x00000000, "-"},
    {0x9118, 0x00000000, "-"},
    {0x95a4, 0x00000000, "-"},
    {0x9ffd, 0x00000000, "-"},
    {0x0020, 0x00810413, "add x8,x2,8"},
    {0x04f1, 0x01c48493, "add x9,x9,28"},
    {0x0655, 0x01560613, "add x12,x12,21"},
    {0x17f5, 0xffd78793, "add x15,x15,-3"},
    {0x84e2, 0x018004b3, "add x9,x0,x24"},
    {0x9ffe, 0x01ff8fb3, "add x31,x31,x31"},
    {0x0005, 0x00100013, "addi x0,x0,1"},
    {0x0021, 0x00800013, "addi x0,x0,8"},
    {0x4005, 0x00100013, "addi x0,x0,1"},
    {0x402d, 0x00b00013, "addi x0,x0,11"},
    {0x5055, 0xff500013, "addi x0,x0,-11"},
    {0x507d, 0xfff00013, "addi x0,x0,-1"},
    {0x2085, 0x0010809b, "addw x1,x1,1"},
    {0x21bd, 0x00f1819b, "addw x3,x3,15"},
    {0x2359, 0x0163031b, "addw x6,x6,22"},
    {0x2799, 0x0067879b, "addw x15,x15,6"},
    {0x2ed5, 0x015e8e9b, "addw x29,x29,21"},
    {0x9fbd, 0x00f787bb, "addw x15,x15,x15"},
    {0x8801, 0x00047413, "and x8,x8,0"},
    {0x891d, 0x00757513, "and x10,x10,7"},
    {0x8971, 0x01c57513, "and x10,x10,28"},
    {0x8bd9, 0x0167f793, "and x15,x15,22"},
    {0x99b1, 0xfec5f593, "and x11,x11,-20"},
    {0x9bfd, 0xfff7f793, "and x15,x15,-1"},
    {0xc001, 0x00040063, "beqz x8,.+0"},
    {0xc3c9, 0x08078163, "beqz x15,.+130"},
    {0xc7ed, 0x0e078563, "beqz x15,.+234"},
    {0xce49, 0x08060d63, "beqz x12,.+154"},
    {0xdb29, 0xf40709e3, "beqz x14,.-174"},
    {0xdffd, 0xfe078fe3, "beqz x15,.-2"},
    {0xe001, 0x00041063, "bnez x8,.+0"},
    {0xe32d, 0x06071163, "bnez x14,.+98"},
    {0xe3f5, 0x0e079263, "bnez x15,.+228"},
    {0xee25, 0x06061c63, "bnez x12,.+120"},
    {0xf961, 0xfc0518e3, "bnez x10,.-48"},
    {0xfffd, 0xfe079fe3, "bnez x15,.-2"},
    {0x9002, 0x00100073, "ebreak"},
    {0x2000, 0x00043407, "fld f8,0(x8)"},
    {0x2884, 0x0104b487, "fld f9,16(x9)"},
    {0x293a, 0x18813907, "fld f18,392(x2)"},
    {0x3288, 0x0206b507, "fld f10,32(x13)"},
    {0x3ad2, 0x13013a87, "fld f21,304(x2)"},
    {0x3ffe, 0x1f813f87, "fld f31,504(x2)"},
    {0xa000, 0x00843027, "fsd f8,0(x8)"},
    {0xa698, 0x00e6b427, "fsd f14,8(x13)"},
    {0xa788, 0x00a7b427, "fsd f10,8(x15)"},
    {0xab90, 0x00c7b827, "fsd f12,16(x15)"},
    {0xb3be, 0x1ef13027, "fsd f15,480(x2)"},
    {0xbffe, 0x1ff13c27, "fsd f31,504(x2)"},
    {0xa001, 0x0000006f, "j .+0"},
    {0xa405, 0x2200006f, "j .+544"},
    {0xa63d, 0x32e0006f, "j .+814"},
    {0xac05, 0x2300006f, "j .+560"},
    {0xb7d5, 0xfe5ff06f, "j .-28"},
    {0xbffd, 0xfffff06f, "j .-2"},
    {0x9082, 0x000080e7, "jalr x1"},
    {0x9102, 0x000100e7, "jalr x2"},
    {0x9382, 0x000380e7, "jalr x7"},
    {0x9982, 0x000980e7, "jalr x19"},
    {0x9a02, 0x000a00e7, "jalr x20"},
    {0x9f82, 0x000f80e7, "jalr x31"},
    {0x8102, 0x00010067, "jr x2"},
    {0x8782, 0x00078067, "jr x15"},
    {0x8882, 0x00088067, "jr x17"},
    {0x8982, 0x00098067, "jr x19"},
    {0x8b82, 0x000b8067, "jr x23"},
    {0x8f82, 0x000f8067, "jr x31"},
    {0x6000, 0x00043403, "ld x8,0(x8)"},
    {0x6a4c, 0x09063583, "ld x11,144(x12)"},
    {0x6f26, 0x04813f03, "ld x30,72(x2)"},
    {0x733c, 0x06073783, "ld x15,96(x14)"},
    {0x795e, 0x1f013903, "ld x18,496(x2)"},
    {0x7ffe, 0x1f813f83, "ld x31,504(x2)"},
    {0x4081, 0x00000093, "li x1,0"},
    {0x4a15, 0x00500a13, "li x20,5"},
    {0x4c11, 0x00400c13, "li x24,4"},
    {0x4f01, 0x00000f13, "li x30,0"},
    {0x5e8d, 0xfe300e93, "li x29,-29"},
    {0x5ffd, 0xfff00f93, "li x31,-1"},
    {0x6005, 0x00001037, "lui x0,0x1"},
    {0x6671, 0x0001c637, "lui x12,0x1c"},
    {0x68b5, 0x0000d8b7, "lui x17,0xd"},
    {0x77d9, 0xffff67b7, "lui x15,0xffff6"},
    {0x7ae5, 0xffff9ab7, "lui x21,0xffff9"},
    {0x7ffd, 0xffffffb7, "lui x31,0xfffff"},
    {0x4000, 0x00042403, "lw x8,0(x8)"},
    {0x42de, 0x0d412283, "lw x5,212(x2)"},
    {0x480e, 0x0c012803, "lw x16,192(x2)"},
    {0x52e0, 0x0646a403, "lw x8,100(x13)"},
    {0x5974, 0x07452683, "lw x13,116(x10)"},
    {0x5ffe, 0x0fc12f83, "lw x31,252(x2)"},
    {0x0001, 0x00000013, "nop"},
    {0x8c41, 0x00846433, "or x8,x8,x8"},
    {0x8e51, 0x00c66633, "or x12,x12,x12"},
    {0x8ecd, 0x00b6e6b3, "or x13,x13,x11"},
    {0x8fc5, 0x0097e7b3, "or x15,x15,x9"},
    {0x8fdd, 0x00f7e7b3, "or x15,x15,x15"},
    {0x6101, 0x00000000, "reserved: c.addi16sp 0"},
    {0x8082, 0x00008067, "ret"},
    {0xe000, 0x00843023, "sd x8,0(x8)"},
    {0xe9ba, 0x0ce13823, "sd x14,208(x2)"},
    {0xea8e, 0x14313823, "sd x3,336(x2)"},
    {0xf5e4, 0x0e95b423, "sd x9,232(x11)"},
    {0xfac2, 0x17013823, "sd x16,368(x2)"},
    {0xfffe, 0x1ff13c23, "sd x31,504(x2)"},
    {0x2081, 0x0000809b, "sext.w x1,x1"},
    {0x2101, 0x0001011b, "sext.w x2,x2"},
    {0x2701, 0x0007071b, "sext.w x14,x14"},
    {0x2801, 0x0008081b, "sext.w x16,x16"},
    {0x2f01, 0x000f0f1b, "sext.w x30,x30"},
    {0x2f81, 0x000f8f9b, "sext.w x31,x31"},
    {0x0086, 0x00109093, "sll x1,x1,0x1"},
    {0x0312, 0x00431313, "sll x6,x6,0x4"},
    {0x1356, 0x03531313, "sll x6,x6,0x35"},
    {0x16de, 0x03769693, "sll x13,x13,0x37"},
    {0x19f2, 0x03c99993, "sll x19,x19,0x3c"},
    {0x1ffe, 0x03ff9f93, "sll x31,x31,0x3f"},
    {0x0002, 0x00001013, "slli x0,x0,0"},
    {0x0482, 0x00049493, "slli x9,x9,0"},
    {0x0602, 0x00061613, "slli x12,x12,0"},
    {0x102a, 0x02a01013, "slli x0,x0,0x2a"},
    {0x1066, 0x03901013, "slli x0,x0,0x39"},
    {0x107e, 0x03f01013, "slli x0,x0,0x3f"},
    {0x8405, 0x40145413, "sra x8,x8,0x1"},
    {0x86e5, 0x4196d693, "sra x13,x13,0x19"},
    {0x9419, 0x42645413, "sra x8,x8,0x26"},
    {0x94c1, 0x4304d493, "sra x9,x9,0x30"},
    {0x94e1, 0x4384d493, "sra x9,x9,0x38"},
    {0x97fd, 0x43f7d793, "sra x15,x15,0x3f"},
    {0x8401, 0x40045413, "srai x8,x8,0"},
    {0x8501, 0x40055513, "srai x10,x10,0"},
    {0x8701, 0x40075713, "srai x14,x14,0"},
    {0x8781, 0x4007d793, "srai x15,x15,0"},
    {0x8005, 0x00145413, "srl x8,x8,0x1"},
    {0x808d, 0x0034d493, "srl x9,x9,0x3"},
    {0x83e9, 0x01a7d793, "srl x15,x15,0x1a"},
    {0x9171, 0x03c55513, "srl x10,x10,0x3c"},
    {0x91b1, 0x02c5d593, "srl x11,x11,0x2c"},
    {0x93fd, 0x03f7d793, "srl x15,x15,0x3f"},
    {0x8001, 0x00045413, "srli x8,x8,0"},
    {0x8101, 0x00055513, "srli x10,x10,0"},
    {0x8281, 0x0006d693, "srli x13,x13,0"},
    {0x8301, 0x00075713, "srli x14,x14,0"},
    {0x8381, 0x0007d793, "srli x15,x15,0"},
    {0x8c01, 0x40840433, "sub x8,x8,x8"},
    {0x8e11, 0x40c60633, "sub x12,x12,x12"},
    {0x8e91, 0x40c686b3, "sub x13,x13,x12"},
    {0x8f05, 0x40970733, "sub x14,x14,x9"},
    {0x8f85, 0x409787b3, "sub x15,x15,x9"},
    {0x8f9d, 0x40f787b3, "sub x15,x15,x15"},
    {0x9c01, 0x4084043b, "subw x8,x8,x8"},
    {0x9c09, 0x40a4043b, "subw x8,x8,x10"},
    {0x9d15, 0x40d5053b, "subw x10,x10,x13"},
    {0x9e95, 0x40d686bb, "subw x13,x13,x13"},
    {0x9f8d, 0x40b787bb, "subw x15,x15,x11"},
    {0x9f9d, 0x40f787bb, "subw x15,x15,x15"},
    {0xc000, 0x00842023, "sw x8,0(x8)"},
    {0xc3c4, 0x0097a223, "sw x9,4(x15)"},
    {0xc77e, 0x09f12623, "sw x31,140(x2)"},
    {0xcdf6, 0x0dd12c23, "sw x29,216(x2)"},
    {0xdf98, 0x02e7ac23, "sw x14,56(x15)"},
    {0xdffe, 0x0ff12e23, "sw x31,252(x2)"},
    {0x8c21, 0x00844433, "xor x8,x8,x8"},
    {0x8d21, 0x00854533, "xor x10,x10,x8"},
    {0x8dbd, 0x00f5c5b3, "xor x11,x11,x15"},
    {0x8e31, 0x00c64633, "xor x12,x12,x12"},
    {0x8f29, 0x00a74733, "xor x14,x14,x10"},
    {0x8fbd, 0x00f7c7b3, "xor x15,x15,x15"},
    /* Reserved encodings the table may not sample. */
    {0x6101, 0x00000000, "c.addi16sp sp, 0 (reserved)"},
    {0x6001, 0x00000000, "c.lui x0... nzimm=0 (reserved)"},
    {0x4002, 0x00000000, "c.lwsp x0 (reserved)"},
    {0x6002, 0x00000000, "c.ldsp x0 (reserved)"},
    {0x8002, 0x00000000, "c.jr x0 (reserved)"},
    {0x2001, 0x00000000, "c.addiw x0 (reserved)"},
    {0x9c41, 0x00000000, "q1 100 1 11 10 (reserved)"},
    {0x8000, 0x00000000, "q0 funct3 100 (reserved)"},
};

static const uint64_t rvc_all_hash = 0x658cfe193eb99893ull;

int main(void)
{
    int fails = 0;

    for (size_t i = 0; i < sizeof(rvc_cases) / sizeof(rvc_cases[0]); i++) {
        const RVCCase *t = &rvc_cases[i];
        uint32_t got = rv_expand_compressed(t->c);
        if (got != t->expanded) {
            printf("FAIL rvc %04x (%s): got %08x, want %08x\n", t->c,
                   t->text, got, t->expanded);
            fails++;
        }
    }
    printf("%s rvc-table\n", fails ? "FAIL" : "PASS");

    /* FNV-1a over the little-endian expansion of every 16-bit value. */
    uint64_t h = 0xcbf29ce484222325ull;
    for (uint32_t c = 0; c < 65536; c++) {
        uint32_t w = (c & 3) == 3 ? 0 : rv_expand_compressed((uint16_t)c);
        for (int b = 0; b < 4; b++) {
            h ^= (w >> (8 * b)) & 0xff;
            h *= 0x100000001b3ull;
        }
    }
    if (h != rvc_all_hash) {
        printf("FAIL rvc-all: hash %016llx, want %016llx\n",
               (unsigned long long)h, (unsigned long long)rvc_all_hash);
        fails++;
    } else {
        printf("PASS rvc-all\n");
    }
    return fails != 0;
}
