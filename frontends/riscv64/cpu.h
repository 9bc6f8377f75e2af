/*
 * CPURISCVState: the riscv64 guest CPU as generated code sees it.
 *
 * x[0] is always zero (the frontend never writes it). FP registers hold
 * NaN-boxed values: a single-precision value lives in the low 32 bits with
 * the upper 32 bits all ones.
 */
#ifndef MIMIC_RISCV64_CPU_H
#define MIMIC_RISCV64_CPU_H

#include <stdint.h>

#include "translator/cpu.h"

typedef struct CPURISCVState {
    CPUCommon common; /* must be first */
    uint64_t x[32];
    uint64_t f[32];
    uint64_t fflags; /* accrued exceptions, bits NX UF OF DZ NV = 0..4 */
    uint64_t frm;    /* dynamic rounding mode, 0..7 */
    uint64_t load_res; /* LR reservation address, or -1 */
    uint64_t load_val; /* value LR read */
    uint64_t insn_count; /* for instret when requested */
} CPURISCVState;

static inline CPURISCVState *rv_env(CPUCommon *cpu)
{
    return (CPURISCVState *)cpu;
}

#endif
