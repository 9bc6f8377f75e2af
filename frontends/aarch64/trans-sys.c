/*
 * A64 system instructions at EL0: hints, CLREX, barriers, MRS/MSR and the
 * cache maintenance SYS aliases Linux lets user space run.
 *
 * System registers are named by op0:op1:CRn:CRm:op2 (insn bits 20:5, op0
 * being 2 + bit 19). EL0 sees NZCV, FPCR, FPSR, TPIDR_EL0, TPIDRRO_EL0
 * (read), CTR_EL0, DCZID_EL0, the virtual counter, and the ID registers as
 * Linux's MRS emulation (HWCAP_CPUID) shows them: exactly the features
 * mimic advertises, everything else zero. Any other register, and any
 * other SYS operation, raises SIGILL like an EL0 trap does.
 */
#include <stddef.h>

#include "frontends/aarch64/helpers.h"
#include "frontends/aarch64/translate.h"

#define SR(op0, op1, crn, crm, op2)                                        \
    (((op0) & 1) << 14 | (op1) << 11 | (crn) << 7 | (crm) << 3 | (op2))

enum {
    SR_NZCV = SR(3, 3, 4, 2, 0),
    SR_FPCR = SR(3, 3, 4, 4, 0),
    SR_FPSR = SR(3, 3, 4, 4, 1),
    SR_TPIDR_EL0 = SR(3, 3, 13, 0, 2),
    SR_TPIDRRO_EL0 = SR(3, 3, 13, 0, 3),
    SR_CTR_EL0 = SR(3, 3, 0, 0, 1),
    SR_DCZID_EL0 = SR(3, 3, 0, 0, 7),
    SR_CNTFRQ_EL0 = SR(3, 3, 14, 0, 0),
    SR_CNTPCT_EL0 = SR(3, 3, 14, 0, 1),
    SR_CNTVCT_EL0 = SR(3, 3, 14, 0, 2),
    SR_MIDR_EL1 = SR(3, 0, 0, 0, 0),
    SR_MPIDR_EL1 = SR(3, 0, 0, 0, 5),
    SR_REVIDR_EL1 = SR(3, 0, 0, 0, 6),
    SR_ID_AA64PFR0_EL1 = SR(3, 0, 0, 4, 0),
    SR_ID_AA64ISAR0_EL1 = SR(3, 0, 0, 6, 0),
    SR_ID_AA64ISAR1_EL1 = SR(3, 0, 0, 6, 1),
};

/* Writable FPCR bits: AHP, DN, FZ, RMode (no FP16, no trapping). FPSR:
 * the cumulative flags and QC. */
#define A64_FPCR_MASK 0x07c00000u
#define A64_FPSR_MASK 0x0800009fu

/* CTR_EL0: 64-byte lines (IminLine = DminLine = 4 words log2), ERG and
 * CWG 64 bytes, PIPT icache, IDC = DIC = 0 (maintenance is required). */
#define A64_CTR_EL0 0x8444c004ull
/* DCZID_EL0: DC ZVA allowed, 16 words = 64 bytes. */
#define A64_DCZID_EL0 4ull
#define A64_ZVA_BYTES 64

/* Constant registers: the CPU identification Linux exposes. */
static bool sysreg_const(unsigned key, uint64_t *val)
{
    switch (key) {
    case SR_CTR_EL0: *val = A64_CTR_EL0; return true;
    case SR_DCZID_EL0: *val = A64_DCZID_EL0; return true;
    case SR_CNTFRQ_EL0: *val = A64_CNTFRQ; return true;
    /* Architecture "defined by ID registers", implementer and part 0, as
     * /proc/cpuinfo says. */
    case SR_MIDR_EL1: *val = 0x000f0000; return true;
    case SR_MPIDR_EL1: *val = 0x80000000; return true; /* Linux's safe val */
    case SR_REVIDR_EL1: *val = 0; return true;
    /* EL0 and EL1 AArch64 only; FP and AdvSIMD implemented (0). */
    case SR_ID_AA64PFR0_EL1: *val = 0x11; return true;
    /* CRC32 (bits 19:16) = 1, Atomic (23:20) = 2 (LSE). */
    case SR_ID_AA64ISAR0_EL1: *val = 0x00210000; return true;
    /* LRCPC (23:20) = 1. */
    case SR_ID_AA64ISAR1_EL1: *val = 0x00100000; return true;
    }
    /* The rest of the ID space (op0 3, op1 0, CRn 0, CRm 1..7) reads 0. */
    if ((key & ~0x7fu) == SR(3, 0, 0, 0, 0) && (key >> 3 & 15) != 0 &&
        (key >> 3 & 15) < 8) {
        *val = 0;
        return true;
    }
    return false;
}

/* NZCV (bits 31:28) from the lazy flags. */
static void gen_read_nzcv(IRContext *ir, IRTempId d)
{
    IRTempId n = ir_temp(ir), z = ir_temp(ir), c = ir_temp(ir);
    IRTempId v = ir_temp(ir);

    ir_shri(ir, n, a64_nf, 63);
    ir_shli(ir, n, n, 31);
    ir_setcond(ir, IR_COND_EQ, z, a64_zf, ir_const(ir, 0));
    ir_shli(ir, z, z, 30);
    ir_shli(ir, c, a64_cf, 29);
    ir_shri(ir, v, a64_vf, 63);
    ir_shli(ir, v, v, 28);
    ir_or(ir, n, n, z);
    ir_or(ir, c, c, v);
    ir_or(ir, d, n, c);
}

/* The lazy flags from NZCV in bits 31:28 of val: only bit 63 of nf and vf
 * counts, and zf must be zero exactly when Z is set. */
static void gen_write_nzcv(IRContext *ir, IRTempId val)
{
    IRTempId t = ir_temp(ir);

    ir_shli(ir, a64_nf, val, 32);
    ir_shli(ir, a64_vf, val, 35);
    ir_shri(ir, t, val, 29);
    ir_andi(ir, a64_cf, t, 1);
    ir_andi(ir, t, val, 1 << 30);
    ir_xori(ir, a64_zf, t, 1 << 30);
}

/* MRS Xt, <sysreg>: 1101010100 1 1 o0 op1 CRn CRm op2 Rt */
static bool trans_mrs(A64DisasContext *ctx, uint32_t insn)
{
    static const IRHelper h_cntvct =
        IR_HELPER(a64_helper_cntvct, IR_HELPER_PURE);
    IRContext *ir = ctx->ir;
    unsigned key = a64_field(insn, 5, 15);
    IRTempId d = a64_gpr_dst(ctx, a64_rd(insn));
    uint64_t val;

    if (sysreg_const(key, &val)) {
        ir_movi(ir, d, (int64_t)val);
        return true;
    }
    switch (key) {
    case SR_NZCV:
        gen_read_nzcv(ir, d);
        return true;
    case SR_FPCR:
        ir_ld_env(ir, d, offsetof(CPUARMState, fpcr), IR_MO_32);
        return true;
    case SR_FPSR:
        ir_ld_env(ir, d, offsetof(CPUARMState, fpsr), IR_MO_32);
        return true;
    case SR_TPIDR_EL0:
        ir_ld_env(ir, d, offsetof(CPUARMState, tpidr_el0), IR_MO_64);
        return true;
    case SR_TPIDRRO_EL0:
        ir_ld_env(ir, d, offsetof(CPUARMState, tpidrro_el0), IR_MO_64);
        return true;
    case SR_CNTVCT_EL0:
    case SR_CNTPCT_EL0:
        ir_call(ir, &h_cntvct, d, 0);
        return true;
    default:
        return false;
    }
}

/* MSR <sysreg>, Xt: 1101010100 0 1 o0 op1 CRn CRm op2 Rt */
static bool trans_msr(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    unsigned key = a64_field(insn, 5, 15);
    IRTempId s = a64_gpr(ctx, a64_rd(insn)), t;

    switch (key) {
    case SR_NZCV:
        gen_write_nzcv(ir, s);
        return true;
    case SR_FPCR:
        t = ir_temp(ir);
        ir_andi(ir, t, s, A64_FPCR_MASK);
        ir_st_env(ir, t, offsetof(CPUARMState, fpcr), IR_MO_32);
        /* In case FP translation depends on the rounding mode. */
        ctx->state = A64_DISAS_STOP;
        return true;
    case SR_FPSR:
        t = ir_temp(ir);
        ir_andi(ir, t, s, A64_FPSR_MASK);
        ir_st_env(ir, t, offsetof(CPUARMState, fpsr), IR_MO_32);
        return true;
    case SR_TPIDR_EL0:
        ir_st_env(ir, s, offsetof(CPUARMState, tpidr_el0), IR_MO_64);
        return true;
    default:
        return false;
    }
}

/* HINT #imm: 1101010100 0 00 011 0010 CRm op2 11111. NOP, YIELD, WFE, WFI,
 * SEV, SEVL, BTI, the PAC hints (no PAuth: they do nothing), CSDB... */
static bool trans_hint(A64DisasContext *ctx, uint32_t insn)
{
    return true;
}

/* CLREX: 1101010100 0 00 011 0011 CRm 010 11111 */
static bool trans_clrex(A64DisasContext *ctx, uint32_t insn)
{
    ir_st_env(ctx->ir, ir_const(ctx->ir, -1), offsetof(CPUARMState, excl_addr),
              IR_MO_64);
    return true;
}

/* DSB / DMB: ... 0011 CRm 1 opc 11111; CRm's low bits say which accesses
 * (01 loads, 10 stores, 11 all) are ordered. */
static bool trans_barrier(A64DisasContext *ctx, uint32_t insn)
{
    unsigned types = a64_field(insn, 8, 2);
    unsigned kind;

    if (types == 1) { /* LD: loads before, loads and stores after */
        kind = IR_MB_LD_LD | IR_MB_LD_ST;
    } else if (types == 2) { /* ST: stores before stores */
        kind = IR_MB_ST_ST;
    } else {
        kind = IR_MB_ALL;
    }
    ir_mb(ctx->ir, kind);
    return true;
}

/* ISB: ... 0011 CRm 110 11111. Later instructions are fetched afresh: end
 * the TB, after picking up code written through other mappings. */
static bool trans_isb(A64DisasContext *ctx, uint32_t insn)
{
    static const IRHelper h =
        IR_HELPER(a64_helper_icache_sync, IR_HELPER_PURE);

    ir_call(ctx->ir, &h, ir_temp(ctx->ir), 0);
    ctx->state = A64_DISAS_STOP;
    return true;
}

/* DC ZVA: zero the 64-byte block holding Xt, as eight stores (a fault
 * becomes SIGSEGV like any store). */
static void gen_dc_zva(A64DisasContext *ctx, IRTempId addr)
{
    IRContext *ir = ctx->ir;
    IRTempId base = ir_temp(ir), zero = ir_const(ir, 0);

    ir_andi(ir, base, addr, -(int64_t)A64_ZVA_BYTES);
    for (int i = 0; i < A64_ZVA_BYTES; i += 8) {
        IRTempId a = base;
        if (i) {
            a = ir_temp(ir);
            ir_addi(ir, a, base, i);
        }
        ir_st(ir, zero, a, IR_MO_64);
    }
}

/* SYS #op1, Cn, Cm, #op2, Xt: 1101010100 0 01 op1 CRn CRm op2 Rt. EL0 may
 * run DC ZVA, DC CVAU/CVAC/CVAP/CIVAC and IC IVAU (SCTLR_EL1.UCI and DZE
 * as Linux sets them). */
static bool trans_sys(A64DisasContext *ctx, uint32_t insn)
{
    static const IRHelper h_ivau =
        IR_HELPER(a64_helper_ic_ivau, IR_HELPER_PURE);
    unsigned op = a64_field(insn, 5, 14); /* op1 CRn CRm op2 */
    IRTempId xt = a64_gpr(ctx, a64_rd(insn));

    switch (op) {
    case SR(0, 3, 7, 4, 1): /* DC ZVA */
        gen_dc_zva(ctx, xt);
        return true;
    case SR(0, 3, 7, 11, 1): /* DC CVAU */
    case SR(0, 3, 7, 10, 1): /* DC CVAC */
    case SR(0, 3, 7, 12, 1): /* DC CVAP */
    case SR(0, 3, 7, 14, 1): /* DC CIVAC */
        return true;
    case SR(0, 3, 7, 5, 1): /* IC IVAU */
        ir_call(ctx->ir, &h_ivau, ir_temp(ctx->ir), 1, xt);
        return true;
    default:
        return false;
    }
}

const A64Pattern a64_sys_patterns[] = {
    {0xfffff01f, 0xd503201f, trans_hint, "hint"},
    {0xfffff0ff, 0xd503305f, trans_clrex, "clrex"},
    {0xfffff0ff, 0xd503309f, trans_barrier, "dsb"},
    {0xfffff0ff, 0xd50330bf, trans_barrier, "dmb"},
    {0xfffff0ff, 0xd50330df, trans_isb, "isb"},
    {0xfff00000, 0xd5300000, trans_mrs, "mrs"},
    {0xfff00000, 0xd5100000, trans_msr, "msr"},
    {0xfff80000, 0xd5080000, trans_sys, "sys"},
    {0, 0, NULL, NULL},
};

#undef SR
