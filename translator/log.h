/*
 * Logging for -d / -D: one table of items, a mask, and a log file.
 */
#ifndef MIMIC_LOG_H
#define MIMIC_LOG_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* X(name, help) — the -d items; LOG_<NAME> is the mask bit. */
#define LOG_ITEMS(X)                                                   \
    X(in_asm, "show guest code as it is translated")                  \
    X(out_asm, "show generated host code (capstone)")                 \
    X(op, "show IR before optimization")                              \
    X(op_opt, "show IR after optimization")                           \
    X(exec, "show each TB as it is executed")                         \
    X(cpu, "show the CPU state before each TB")                       \
    X(int, "show exceptions and signals")                             \
    X(unimp, "log unimplemented syscalls and instructions")           \
    X(page, "show guest memory mappings")                             \
    X(nochain, "do not chain translated blocks")                      \
    X(strace, "log each guest syscall")

enum {
#define X(name, help) LOG_BIT_##name,
    LOG_ITEMS(X)
#undef X
};

enum {
#define X(name, help) LOG_##name = 1u << LOG_BIT_##name,
    LOG_ITEMS(X)
#undef X
};

extern unsigned log_mask;
extern FILE *log_file; /* stderr unless -D */

/* Parse "in_asm,op"; returns the mask, or -1 with the bad item in *bad. */
int64_t log_parse_items(const char *list, const char **bad);
void log_print_help(FILE *out);
/* Open -D FILE; returns 0 or -errno. */
int log_set_file(const char *path);
static inline bool log_enabled(unsigned mask)
{
    return (log_mask & mask) != 0;
}
void log_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* -dfilter: comma-separated guest address ranges, each START..END
 * (inclusive), START+LEN or END-LEN (the LEN bytes ending at END).
 * in_asm, out_asm, op, op_opt, exec and cpu then log only TBs whose pc is
 * in a range. Returns 0 or -EINVAL. */
int log_parse_filter(const char *spec);
extern unsigned log_nb_ranges;
bool log_filter_match_slow(uint64_t addr);
static inline bool log_filter_match(uint64_t addr)
{
    return log_nb_ranges == 0 || log_filter_match_slow(addr);
}
/* Disassemble with capstone into the log. */
void log_disas(int cs_arch, int cs_mode, const uint8_t *code, size_t size,
               uint64_t addr);
/* Disassemble guest code (`code` maps guest `addr`): capstone if it
 * supports the guest architecture, else the guest's disas_insn hook if it
 * has one. Bytes not mapped executable are reported, never read. */
struct GuestArch;
void log_disas_guest(const struct GuestArch *arch, const uint8_t *code,
                     size_t size, uint64_t addr);

void log_disas_host(const uint8_t *code, size_t size);

#endif
