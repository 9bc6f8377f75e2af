/*
 * riscv64 disassembly for -d in_asm, used when capstone cannot open RISC-V
 * (capstone 4, as in Debian 12, has no RISC-V; capstone 5 does).
 *
 * It keeps no instruction table of its own: an encoding is looked up in the
 * decoder's pattern tables (translate.h), the mnemonic is the pattern's name
 * ('_' read as '.', plus the width and aq/rl suffixes of the A extension),
 * and the operands are laid out by the encoding format, which the major
 * opcode (bits 6:0) and the pattern's mask decide. Compressed instructions
 * are expanded by rv_expand_compressed() and printed in their 32-bit form.
 *
 * The text follows GNU objdump -M no-aliases: ABI register names, CSR
 * names for the CSRs mimic implements, rounding modes only when static,
 * lui/auipc immediates in hex; other immediates (shift amounts included,
 * which objdump shows in hex) in decimal; branch and jump targets as
 * absolute hex addresses. Operands are separated by ", ".
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>

#include "frontends/riscv64/helpers.h"
#include "frontends/riscv64/translate.h"

/* Indexed by the rm field; 5 and 6 are reserved (objdump: "unknown"). */
static const char *const rv_disas_rm_names[8] = {
    "rne", "rtz", "rdn", "rup", "rmm", "unknown", "unknown", "dyn",
};

/* Major opcodes, bits 6:0. */
enum {
    RV_OP_LOAD = 0x03,
    RV_OP_LOAD_FP = 0x07,
    RV_OP_MISC_MEM = 0x0f,
    RV_OP_IMM = 0x13,
    RV_OP_AUIPC = 0x17,
    RV_OP_IMM_32 = 0x1b,
    RV_OP_STORE = 0x23,
    RV_OP_STORE_FP = 0x27,
    RV_OP_AMO = 0x2f,
    RV_OP_OP = 0x33,
    RV_OP_LUI = 0x37,
    RV_OP_OP_32 = 0x3b,
    RV_OP_MADD = 0x43,
    RV_OP_MSUB = 0x47,
    RV_OP_NMSUB = 0x4b,
    RV_OP_NMADD = 0x4f,
    RV_OP_FP = 0x53,
    RV_OP_BRANCH = 0x63,
    RV_OP_JALR = 0x67,
    RV_OP_JAL = 0x6f,
    RV_OP_SYSTEM = 0x73,
};

/* Pattern mask bits that, when fixed, say an operand field is absent. */
enum {
    RV_MASK_RS2 = 0x01f00000,  /* unary: rs2 is part of the opcode */
    RV_MASK_F3 = 0x00007000,   /* funct3 fixed: no rounding-mode field */
    RV_MASK_SHAMT5 = 1u << 25, /* shift by imm: bit 25 fixed, 5-bit shamt */
};

/* Output cursor over the caller's buffer; text past the end is dropped. */
typedef struct RVDisasOut {
    char *buf;
    size_t size, len;
} RVDisasOut;

static void __attribute__((format(printf, 2, 3)))
out_printf(RVDisasOut *o, const char *fmt, ...)
{
    va_list ap;
    int n;

    if (o->len + 1 >= o->size) {
        return;
    }
    va_start(ap, fmt);
    n = vsnprintf(o->buf + o->len, o->size - o->len, fmt, ap);
    va_end(ap);
    if (n > 0) {
        o->len +=
            (size_t)n < o->size - o->len ? (size_t)n : o->size - o->len - 1;
    }
}

static const char *xr(uint32_t r)
{
    return rv_reg_name((int)r);
}

static const char *fr(uint32_t r)
{
    return rv_freg_name((int)r);
}

/* The mnemonic: the pattern name with '_' as '.', then `suffix`; padded
 * to the operand column when operands follow. */
static void out_mnemonic(RVDisasOut *o, const char *name, const char *suffix,
                         bool has_operands)
{
    char mn[32];
    size_t i;

    for (i = 0; name[i] && i < sizeof(mn) - 1; i++) {
        mn[i] = name[i] == '_' ? '.' : name[i];
    }
    snprintf(mn + i, sizeof(mn) - i, "%s", suffix);
    out_printf(o, has_operands ? "%-10s " : "%s", mn);
}

static void out_csr(RVDisasOut *o, uint32_t csr)
{
    static const struct {
        uint16_t num;
        const char *name;
    } csrs[] = {
        {0x001, "fflags"}, {0x002, "frm"},  {0x003, "fcsr"},
        {0xc00, "cycle"},  {0xc01, "time"}, {0xc02, "instret"},
    };

    for (size_t i = 0; i < sizeof(csrs) / sizeof(csrs[0]); i++) {
        if (csrs[i].num == csr) {
            out_printf(o, "%s", csrs[i].name);
            return;
        }
    }
    out_printf(o, "0x%x", csr);
}

/* fence's pred/succ sets as objdump spells them ("unknown" when empty). */
static void out_fence_set(RVDisasOut *o, uint32_t set)
{
    static const char bits[] = "iorw";

    if (!set) {
        out_printf(o, "unknown");
        return;
    }
    for (int b = 0; b < 4; b++) {
        if (set & (8 >> b)) {
            out_printf(o, "%c", bits[b]);
        }
    }
}

/* fence: fm[31:28] pred[27:24] succ[23:20] rs1 000 rd 0001111. */
static void fmt_misc_mem(RVDisasOut *o, uint32_t insn, const RVPattern *p)
{
    uint32_t fm = insn >> 28, pred = (insn >> 24) & 15,
             succ = (insn >> 20) & 15;

    if (rv_funct3(insn) != 0) {
        out_mnemonic(o, p->name, "", false); /* fence.i */
    } else if (fm == 8 && pred == 3 && succ == 3) {
        out_mnemonic(o, "fence.tso", "", false);
    } else {
        out_mnemonic(o, p->name, "", true);
        out_fence_set(o, pred);
        out_printf(o, ", ");
        out_fence_set(o, succ);
    }
}

/* ecall/ebreak (the whole word fixed) and csrr{w,s,c}[i]. */
static void fmt_system(RVDisasOut *o, uint32_t insn, const RVPattern *p)
{
    bool uimm = rv_funct3(insn) & 4;

    if (p->mask == 0xffffffff) {
        out_mnemonic(o, p->name, "", false);
        return;
    }
    out_mnemonic(o, p->name, uimm ? "i" : "", true);
    out_printf(o, "%s, ", xr(rv_rd(insn)));
    out_csr(o, insn >> 20);
    if (uimm) {
        out_printf(o, ", %u", rv_rs1(insn));
    } else {
        out_printf(o, ", %s", xr(rv_rs1(insn)));
    }
}

/* OP-IMM, OP-IMM-32: unary (Zbb), shift by shamt, or the I immediate. */
static void fmt_op_imm(RVDisasOut *o, uint32_t insn, const RVPattern *p)
{
    uint32_t f3 = rv_funct3(insn);

    out_mnemonic(o, p->name, "", true);
    out_printf(o, "%s, %s", xr(rv_rd(insn)), xr(rv_rs1(insn)));
    if ((p->mask & RV_MASK_RS2) == RV_MASK_RS2) {
        return;
    }
    if (f3 == 1 || f3 == 5) {
        uint32_t m = (p->mask & RV_MASK_SHAMT5) ? 31 : 63;
        out_printf(o, ", %u", (insn >> 20) & m);
    } else {
        out_printf(o, ", %" PRId64, rv_imm_i(insn));
    }
}

/* OP, OP-32: rd, rs1, rs2; or rd, rs1 when rs2 is fixed (zext.h). */
static void fmt_op(RVDisasOut *o, uint32_t insn, const RVPattern *p)
{
    out_mnemonic(o, p->name, "", true);
    out_printf(o, "%s, %s", xr(rv_rd(insn)), xr(rv_rs1(insn)));
    if ((p->mask & RV_MASK_RS2) != RV_MASK_RS2) {
        out_printf(o, ", %s", xr(rv_rs2(insn)));
    }
}

/* lr/sc/amo<op>: name.{w,d}[.aq][.rl]  rd, [rs2,] (rs1). */
static void fmt_amo(RVDisasOut *o, uint32_t insn, const RVPattern *p)
{
    static const char *const aqrl[4] = {"", ".rl", ".aq", ".aqrl"};
    char suffix[8];

    snprintf(suffix, sizeof(suffix), "%s%s", rv_funct3(insn) == 2 ? ".w" : ".d",
             aqrl[(insn >> 25) & 3]);
    out_mnemonic(o, p->name, suffix, true);
    out_printf(o, "%s, ", xr(rv_rd(insn)));
    if ((p->mask & RV_MASK_RS2) != RV_MASK_RS2) {
        out_printf(o, "%s, ", xr(rv_rs2(insn)));
    }
    out_printf(o, "(%s)", xr(rv_rs1(insn)));
}

/* fmadd/fmsub/fnmsub/fnmadd: rs3[31:27] fmt rs2 rs1 rm rd opcode. */
static void fmt_r4(RVDisasOut *o, uint32_t insn, const RVPattern *p)
{
    uint32_t rm = rv_funct3(insn);

    out_mnemonic(o, p->name, "", true);
    out_printf(o, "%s, %s, %s, %s", fr(rv_rd(insn)), fr(rv_rs1(insn)),
               fr(rv_rs2(insn)), fr(rv_rs3(insn)));
    if (rm != 7) {
        out_printf(o, ", %s", rv_disas_rm_names[rm]);
    }
}

/* fcvt.d.w, fcvt.d.wu, fcvt.d.s are exact: objdump shows no rm for them. */
static bool fp_is_exact_cvt(uint32_t insn)
{
    uint32_t f7 = insn >> 25, rs2 = rv_rs2(insn);

    return (f7 == 0x69 && rs2 < 2) || (f7 == 0x21 && rs2 == 0);
}

/* OP-FP: funct5 picks which operands are integer registers. */
static void fmt_op_fp(RVDisasOut *o, uint32_t insn, const RVPattern *p)
{
    uint32_t f5 = insn >> 27, rm = rv_funct3(insn);
    bool x_rd = f5 == 0x14 || f5 == 0x18 || f5 == 0x1c; /* fcmp, to int */
    bool x_rs1 = f5 == 0x1a || f5 == 0x1e;              /* from int */

    out_mnemonic(o, p->name, "", true);
    out_printf(o, "%s, %s", x_rd ? xr(rv_rd(insn)) : fr(rv_rd(insn)),
               x_rs1 ? xr(rv_rs1(insn)) : fr(rv_rs1(insn)));
    if ((p->mask & RV_MASK_RS2) != RV_MASK_RS2) {
        out_printf(o, ", %s", fr(rv_rs2(insn)));
    }
    if (!(p->mask & RV_MASK_F3) && rm != 7 && !fp_is_exact_cvt(insn)) {
        out_printf(o, ", %s", rv_disas_rm_names[rm]);
    }
}

static void rv_disas_format(RVDisasOut *o, uint64_t pc, uint32_t insn,
                            const RVPattern *p)
{
    uint32_t rd = rv_rd(insn), rs1 = rv_rs1(insn), rs2 = rv_rs2(insn);

    switch (insn & 0x7f) {
    case RV_OP_LUI:
    case RV_OP_AUIPC:
        out_mnemonic(o, p->name, "", true);
        out_printf(o, "%s, 0x%x", xr(rd), insn >> 12);
        break;
    case RV_OP_JAL:
        out_mnemonic(o, p->name, "", true);
        out_printf(o, "%s, 0x%" PRIx64, xr(rd), pc + rv_imm_j(insn));
        break;
    case RV_OP_BRANCH:
        out_mnemonic(o, p->name, "", true);
        out_printf(o, "%s, %s, 0x%" PRIx64, xr(rs1), xr(rs2), pc + rv_imm_b(insn));
        break;
    case RV_OP_JALR:
    case RV_OP_LOAD:
    case RV_OP_LOAD_FP:
        out_mnemonic(o, p->name, "", true);
        out_printf(o, "%s, %" PRId64 "(%s)",
                   (insn & 0x7f) == RV_OP_LOAD_FP ? fr(rd) : xr(rd),
                   rv_imm_i(insn), xr(rs1));
        break;
    case RV_OP_STORE:
    case RV_OP_STORE_FP:
        out_mnemonic(o, p->name, "", true);
        out_printf(o, "%s, %" PRId64 "(%s)",
                   (insn & 0x7f) == RV_OP_STORE_FP ? fr(rs2) : xr(rs2),
                   rv_imm_s(insn), xr(rs1));
        break;
    case RV_OP_MISC_MEM:
        fmt_misc_mem(o, insn, p);
        break;
    case RV_OP_SYSTEM:
        fmt_system(o, insn, p);
        break;
    case RV_OP_IMM:
    case RV_OP_IMM_32:
        fmt_op_imm(o, insn, p);
        break;
    case RV_OP_OP:
    case RV_OP_OP_32:
        fmt_op(o, insn, p);
        break;
    case RV_OP_AMO:
        fmt_amo(o, insn, p);
        break;
    case RV_OP_MADD:
    case RV_OP_MSUB:
    case RV_OP_NMSUB:
    case RV_OP_NMADD:
        fmt_r4(o, insn, p);
        break;
    case RV_OP_FP:
        fmt_op_fp(o, insn, p);
        break;
    default: /* a pattern for an opcode this file does not know */
        out_mnemonic(o, p->name, "", true);
        out_printf(o, "0x%08x", insn);
        break;
    }
}

/* The 32-bit (expanded) encoding at code and the original length, or 0 if
 * the bytes are too few or not a legal 16- or 32-bit instruction. */
static int rv_disas_fetch(const uint8_t *code, size_t avail, uint32_t *insn)
{
    uint32_t lo;

    if (avail < 2) {
        return 0;
    }
    lo = code[0] | (uint32_t)code[1] << 8;
    if ((lo & 3) != 3) {
        *insn = rv_expand_compressed((uint16_t)lo);
        return *insn ? 2 : 0;
    }
    if (avail < 4 || (lo & 0x1c) == 0x1c) { /* short, or 48 bits and up */
        return 0;
    }
    *insn = lo | (uint32_t)code[2] << 16 | (uint32_t)code[3] << 24;
    return 4;
}

int rv_disas_insn(uint64_t pc, const uint8_t *code, size_t avail, char *buf,
                  size_t bufsize)
{
    RVDisasOut o = {buf, bufsize, 0};
    const RVPattern *p;
    uint32_t insn;
    int len = rv_disas_fetch(code, avail, &insn);

    if (!len || !(p = rv_lookup(insn))) {
        return 0;
    }
    if (bufsize) {
        buf[0] = 0;
    }
    rv_disas_format(&o, pc, insn, p);
    return len;
}
