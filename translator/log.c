/*
 * -d / -D logging and capstone disassembly for in_asm and out_asm.
 */
#include "translator/log.h"

#include <capstone/capstone.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
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
    FILE *f = fopen(path, "w");
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

void log_disas(int arch, int mode, const uint8_t *code, size_t size,
               uint64_t addr)
{
    csh handle;
    cs_insn *insn;

    if (cs_open((cs_arch)arch, (cs_mode)mode, &handle) != CS_ERR_OK) {
        log_printf("  (capstone cannot disassemble this architecture)\n");
        return;
    }
    size_t n = cs_disasm(handle, code, size, addr, 0, &insn);
    size_t done = 0;
    for (size_t i = 0; i < n; i++) {
        log_printf("0x%016" PRIx64 ":  %-10s %s\n", insn[i].address,
                   insn[i].mnemonic, insn[i].op_str);
        done += insn[i].size;
    }
    if (done < size) {
        log_printf("0x%016" PRIx64 ":  .byte (%zu undecoded bytes)\n",
                   addr + done, size - done);
    }
    if (n) {
        cs_free(insn, n);
    }
    cs_close(&handle);
}

void log_disas_host(const uint8_t *code, size_t size)
{
    log_disas(CS_ARCH_X86, CS_MODE_64, code, size, (uintptr_t)code);
}
