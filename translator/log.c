/*
 * -d / -D logging and disassembly for in_asm and out_asm: capstone, or for
 * guest code the frontend's disas_insn hook when capstone lacks the guest
 * architecture (capstone 4 has no RISC-V).
 */
#include "translator/log.h"
#include "translator/guest-mem.h"
#include "translator/guest.h"

#include <capstone/capstone.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

unsigned log_mask;
FILE *log_file;

static const struct {
    const char *name, *help;
} log_items[] = {
#define X(name, help) {#name, help},
    LOG_ITEMS(X)
#undef X
};

#define LOG_NB_ITEMS (sizeof(log_items) / sizeof(log_items[0]))

int64_t log_parse_items(const char *list, const char **bad)
{
    static char badbuf[64];
    int64_t mask = 0;
    const char *p = list;

    while (*p) {
        size_t len = strcspn(p, ",");
        size_t i;
        for (i = 0; i < LOG_NB_ITEMS; i++) {
            if (strlen(log_items[i].name) == len &&
                !strncmp(log_items[i].name, p, len)) {
                mask |= 1u << i;
                break;
            }
        }
        if (i == LOG_NB_ITEMS && len > 0) {
            snprintf(badbuf, sizeof(badbuf), "%.*s", (int)len, p);
            *bad = badbuf;
            return -1;
        }
        p += len;
        if (*p == ',') {
            p++;
        }
    }
    return mask;
}

void log_print_help(FILE *out)
{
    fprintf(out, "Log items (comma separated):\n");
    for (size_t i = 0; i < LOG_NB_ITEMS; i++) {
        fprintf(out, "%-10s %s\n", log_items[i].name, log_items[i].help);
    }
}

int log_set_file(const char *path)
{
    FILE *f = fopen(path, "we"); /* "e": a guest execve must not inherit it */
    if (!f) {
        return -errno;
    }
    setvbuf(f, NULL, _IOLBF, 0);
    log_file = f;
    return 0;
}

void log_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(log_file ? log_file : stderr, fmt, ap);
    va_end(ap);
}

/* ---- -dfilter ---------------------------------------------------------- */

#define LOG_MAX_RANGES 64

typedef struct LogRange {
    uint64_t first, last; /* inclusive */
} LogRange;

static LogRange log_ranges[LOG_MAX_RANGES];
unsigned log_nb_ranges;

static int log_parse_range(const char *item, LogRange *r)
{
    char *end;
    const char *p;
    char kind;
    uint64_t a, b;

    errno = 0;
    a = strtoull(item, &end, 0);
    if (errno || end == item) {
        return -EINVAL;
    }
    p = end;
    kind = *p;
    if (kind == '.' && p[1] == '.') {
        p += 2;
    } else if (kind == '+' || kind == '-') {
        p++;
    } else {
        return -EINVAL;
    }
    b = strtoull(p, &end, 0);
    if (errno || end == p || *end) {
        return -EINVAL;
    }
    switch (kind) {
    case '.':
        if (b < a) {
            return -EINVAL;
        }
        r->first = a;
        r->last = b;
        return 0;
    case '+':
        if (b == 0 || a + (b - 1) < a) {
            return -EINVAL;
        }
        r->first = a;
        r->last = a + (b - 1);
        return 0;
    default:
        if (b == 0 || b - 1 > a) {
            return -EINVAL;
        }
        r->first = a - (b - 1);
        r->last = a;
        return 0;
    }
}

int log_parse_filter(const char *spec)
{
    char *copy = strdup(spec), *save = NULL;
    unsigned n = 0;
    int ret = 0;

    if (!copy) {
        return -ENOMEM;
    }
    for (char *t = strtok_r(copy, ",", &save); t;
         t = strtok_r(NULL, ",", &save)) {
        if (n == LOG_MAX_RANGES || log_parse_range(t, &log_ranges[n]) < 0) {
            ret = -EINVAL;
            break;
        }
        n++;
    }
    free(copy);
    if (ret == 0 && n == 0) {
        ret = -EINVAL;
    }
    log_nb_ranges = ret ? 0 : n;
    return ret;
}

bool log_filter_match_slow(uint64_t addr)
{
    for (unsigned i = 0; i < log_nb_ranges; i++) {
        if (addr >= log_ranges[i].first && addr <= log_ranges[i].last) {
            return true;
        }
    }
    return false;
}

static void log_undecoded(uint64_t addr, size_t n)
{
    log_printf("0x%016" PRIx64 ":  .byte (%zu undecoded bytes)\n", addr, n);
}

/* Disassemble with capstone; false (nothing logged) if capstone cannot
 * open this architecture. */
static bool log_disas_capstone(int arch, int mode, const uint8_t *code,
                               size_t size, uint64_t addr)
{
    csh handle;
    cs_insn *insn;

    if (cs_open((cs_arch)arch, (cs_mode)mode, &handle) != CS_ERR_OK) {
        return false;
    }
    size_t n = cs_disasm(handle, code, size, addr, 0, &insn);
    size_t done = 0;
    for (size_t i = 0; i < n; i++) {
        log_printf("0x%016" PRIx64 ":  %-10s %s\n", insn[i].address,
                   insn[i].mnemonic, insn[i].op_str);
        done += insn[i].size;
    }
    if (done < size) {
        log_undecoded(addr + done, size - done);
    }
    if (n) {
        cs_free(insn, n);
    }
    cs_close(&handle);
    return true;
}

void log_disas(int arch, int mode, const uint8_t *code, size_t size,
               uint64_t addr)
{
    if (!log_disas_capstone(arch, mode, code, size, addr)) {
        log_printf("  (capstone cannot disassemble this architecture)\n");
    }
}

/* How many of the `size` bytes at guest `addr` can be read. A TB whose
 * first fetch faulted covers bytes that are not mapped executable, and
 * reading them here would crash the emulator instead of the guest. Page
 * flags are per page, so one probe per page is enough. */
static size_t log_guest_readable(uint64_t addr, size_t size)
{
    size_t n = 0;
    uint32_t byte;

    while (n < size && translator_fetch(addr + n, 1, &byte)) {
        size_t in_page = GUEST_PAGE_SIZE - ((addr + n) & ~GUEST_PAGE_MASK);
        n += in_page < size - n ? in_page : size - n;
    }
    return n;
}

static void log_disas_hook(const GuestArch *arch, const uint8_t *code,
                           size_t size, uint64_t addr)
{
    char text[128];
    size_t done = 0;

    if (!arch->disas_insn) {
        log_printf("  (capstone cannot disassemble this architecture)\n");
        return;
    }
    while (done < size) {
        int len = arch->disas_insn(addr + done, code + done, size - done, text,
                                   sizeof(text));
        if (len <= 0) {
            break;
        }
        log_printf("0x%016" PRIx64 ":  %s\n", addr + done, text);
        done += (size_t)len;
    }
    if (done < size) {
        log_undecoded(addr + done, size - done);
    }
}

void log_disas_guest(const GuestArch *arch, const uint8_t *code, size_t size,
                     uint64_t addr)
{
    size_t readable = log_guest_readable(addr, size);

    if (readable && !log_disas_capstone(arch->cs_arch, arch->cs_mode, code,
                                        readable, addr)) {
        log_disas_hook(arch, code, readable, addr);
    }
    if (readable < size) {
        log_printf("0x%016" PRIx64 ":  (%zu bytes not mapped executable)\n",
                   addr + readable, size - readable);
    }
}

void log_disas_host(const uint8_t *code, size_t size)
{
    log_disas(CS_ARCH_X86, CS_MODE_64, code, size, (uintptr_t)code);
}
