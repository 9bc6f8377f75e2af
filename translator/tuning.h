/*
 * Translation tuning switches: each optimization that changes generated
 * code can be turned off, to measure what it gains and to rule it out when
 * hunting a bug. One table; `-opt no-NAME[,...]` (or MIMIC_OPT / QEMU_OPT)
 * clears the bits.
 */
#ifndef MIMIC_TUNING_H
#define MIMIC_TUNING_H

#include <stdbool.h>
#include <stdint.h>

/* X(name, help) — OPT_<NAME> is the bit. */
#define TUNING_ITEMS(X)                                                     \
    X(inline_div, "integer division inline (x86 div) instead of a helper")  \
    X(div_cache, "unsigned 64-bit division by a multiply when the divisor " \
                 "is the one cached for the division site (per-CPU cache "  \
                 "of reciprocals, filled on a repeated miss)")             \
    X(superblock, "continue a TB across direct unconditional jumps/calls")   \
    X(side_exit, "a TB goes on past a conditional branch (fall-through), "  \
                 "the taken side leaving without a register flush")     \
    X(loop, "a branch to the TB's own start loops in generated code, guest " \
            "registers kept in host registers")                         \
    X(lazy_sync, "no write-back of guest registers before guest loads and " \
                 "stores; a fault recovers them from the host registers") \
    X(fusion, "riscv64 idiom fusion: slli rd,rs,32 + srli rd,rd,32 as one "  \
              "zero extension")                                        \
    X(fma_nx, "fused multiply-adds on the bare host FMA once the guest's "  \
              "inexact flag is set (RNE, FZ off)")                      \
    X(fp_nx, "FP add/sub/mul/div/sqrt on the bare host operation once " \
             "the guest's inexact flag is set (RNE, FZ off); compares "  \
             "and riscv64 int conversions on the host")                 \
    X(frm_once, "riscv64: a dynamic rounding mode checked once per TB, "   \
                "by a side exit")                                       \
    X(flag_sink, "aarch64: flag computation moves out of a self-loop, or " \
                 "into a side exit, when the code after overwrites the "  \
                 "flags unread")                                        \
    X(fatal_faults, "guest state kept exact at loads and stores only once " \
                    "something can see it (a SIGSEGV/SIGBUS handler, gdb, " \
                    "-d cpu/int/exec)") \
    X(simd_swar, "aarch64 AdvSIMD compares, byte UMAXP/UMINP/ADDP, SHRN/XTN " \
                 "inline as 64-bit lane arithmetic (SWAR), not helpers") \
    X(simd_fwd, "aarch64 V register halves reused from the IR value just " \
                "stored/loaded in the block instead of reloaded from env") \
    X(simd_fuse, "aarch64 glibc strlen step UMINP+UMINP+CMEQ #0 as one "   \
                 "inline operation")                                      \
    X(thp, "guest anonymous private mappings of 16 MiB or more backed by " \
           "transparent huge pages (MADV_HUGEPAGE)")                     \
    X(forward_chain, "a chained jump to a higher guest pc enters the TB "  \
                     "past its exit-request check (backward jumps check)") \
    X(fp_inline, "the fp_nx/fma_nx scalar operations done in generated "   \
                 "code (SSE2/FMA3), the exact helper called out of line") \
    X(ifconv, "a forward branch around a few register operations on "   \
              "each side becomes conditional moves (if-conversion)")      \
    X(loop_tail, "riscv64: a branch to a loop's tail (register operations " \
                 "and a jump back to the TB's start) loops in the TB, its " \
                 "other way a side exit")                                  \
    X(known_bits, "IR optimizer tracks which bits may be nonzero and how "  \
                  "many top bits copy the sign, and drops extensions "     \
                  "(riscv64 W-op ext32s, ext32u) the value already has")  \
    X(addsh, "aarch64 register-offset addresses and ADD with LSL/extend " \
             "#0..3 as one IR addsh (x86 lea), not shift + add")

enum {
#define X(name, help) TUNING_BIT_##name,
    TUNING_ITEMS(X)
#undef X
};

enum {
#define X(name, help) TUNING_##name = 1u << TUNING_BIT_##name,
    TUNING_ITEMS(X)
#undef X
};

/* Enabled optimizations (all by default). */
extern unsigned tuning_mask;

static inline bool tuning_on(unsigned bit)
{
    return (tuning_mask & bit) != 0;
}

/* Parse "no-inline-div,superblock" (dashes or underscores; "no-" clears,
 * a bare name sets, "none" clears all, "help" lists). Returns 0, or -1
 * with the bad item in *bad. */
int tuning_parse(const char *list, const char **bad);
void tuning_print_help(void);

#endif
