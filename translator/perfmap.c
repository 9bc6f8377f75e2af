/*
 * The -perfmap writer and the guest symbol table it names TBs with.
 *
 * Symbols arrive unsorted from the loader (perfmap_add_symbol); the table
 * is sorted on the first lookup after an addition. Lookups and writes run
 * under tb_lock (TB publication), so no locking of its own.
 */
#include "translator/perfmap.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "translator/tb.h"

typedef struct PerfSym {
    uint64_t addr, size;
    char *name;
} PerfSym;

bool perfmap_enabled;
static FILE *perfmap_file;
static PerfSym *syms;
static size_t nb_syms, cap_syms;
static bool syms_sorted = true;

int perfmap_open(void)
{
    char path[64];

    if (perfmap_file) {
        fclose(perfmap_file);
    }
    snprintf(path, sizeof(path), "/tmp/perf-%d.map", (int)getpid());
    perfmap_file = fopen(path, "w");
    if (!perfmap_file) {
        return -errno;
    }
    perfmap_enabled = true;
    return 0;
}

void perfmap_add_symbol(uint64_t addr, uint64_t size, const char *name)
{
    if (nb_syms == cap_syms) {
        cap_syms = cap_syms ? 2 * cap_syms : 1024;
        syms = realloc(syms, cap_syms * sizeof(*syms));
        if (!syms) {
            fprintf(stderr, "mimic: out of memory\n");
            exit(1);
        }
    }
    syms[nb_syms++] = (PerfSym){ addr, size, strdup(name) };
    syms_sorted = false;
}

static int perfsym_cmp(const void *a, const void *b)
{
    const PerfSym *x = a, *y = b;
    return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/* The symbol covering addr (or the nearest below it when sizes are 0). */
static const PerfSym *perfmap_find(uint64_t addr)
{
    size_t lo = 0, hi = nb_syms;

    if (!syms_sorted) {
        qsort(syms, nb_syms, sizeof(*syms), perfsym_cmp);
        syms_sorted = true;
    }
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (syms[mid].addr <= addr) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == 0) {
        return NULL;
    }
    const PerfSym *s = &syms[lo - 1];
    if (s->size && addr - s->addr >= s->size) {
        return NULL;
    }
    return s;
}

void perfmap_write_tb(const TranslationBlock *tb)
{
    if (!perfmap_file) {
        return;
    }
    const PerfSym *s = perfmap_find(tb->pc);
    fprintf(perfmap_file, "%" PRIxPTR " %" PRIx32 " 0x%" PRIx64,
            (uintptr_t)tb->code, tb->code_size, tb->pc);
    if (s) {
        fprintf(perfmap_file, " %s+0x%" PRIx64, s->name, tb->pc - s->addr);
    }
    fputc('\n', perfmap_file);
    fflush(perfmap_file);
}
