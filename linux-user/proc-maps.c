/*
 * /proc/self/maps and smaps as the guest sees them.
 *
 * Built from the host's own file: each host mapping is clipped to the guest
 * address space and cut into runs of guest pages with equal flags
 * (page_flags_get). Pages the guest never mapped are left out, which hides
 * the PROT_NONE reservation around the guest's mappings. A run shows:
 *  - guest addresses, and the host file offset moved by the clip;
 *  - the guest's permissions, not the host's: executable pages are only
 *    readable on the host, and pages write-protected for self-modifying
 *    code detection (PAGE_WRITE_ORG) are still writable for the guest;
 *  - [stack] / [heap] for the guest stack and brk area, and file names
 *    inside the sysroot as the guest names them (/lib/libc.so.6);
 *  - in smaps, the host mapping's counters (Rss, Pss, ...) below a Size
 *    line that is the run's own.
 *
 * Cost: one page_flags_get() per page of each host mapping inside the guest
 * space, except for huge anonymous PROT_NONE mappings, which are pieces of
 * the reservation: there only the guest pages adjacent to either end are
 * looked at (a guest PROT_NONE | MAP_NORESERVE mapping can merge with the
 * reservation on the host, and top-down allocation puts it at an end).
 */
#define _GNU_SOURCE
#include "linux-user/proc-maps.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "linux-user/mmap.h"
#include "linux-user/path.h"
#include "linux-user/user.h"

#define SCAN_LIMIT (1ull << 30)
#define NAME_COLUMN 73 /* where Linux starts the path: 25 + 6 * 8 */

/* One line (and for smaps its counter lines) of the host's file. */
typedef struct HostMap {
    uint64_t start, end, offset, inode; /* host addresses */
    char perms[5], dev[16];
    const char *name;
    size_t name_len;
    const char *fields; /* smaps: the lines after the header */
    size_t fields_len;
} HostMap;

enum { LABEL_FILE, LABEL_STACK, LABEL_HEAP };

typedef struct MapsCtx {
    GString *out; /* NULL: only count vsize */
    bool smaps;
    uint64_t vsize;
    uint64_t stack_lo, stack_hi, heap_lo, heap_hi;
} MapsCtx;

/* Parse "start-end perms offset dev inode   name" (no sscanf: it would
 * strlen the whole rest of the file for every line). */
static bool parse_header(const char *p, const char *eol, HostMap *h)
{
    char *e;
    h->start = strtoull(p, &e, 16);
    if (e == p || *e != '-') {
        return false;
    }
    p = e + 1;
    h->end = strtoull(p, &e, 16);
    if (e == p || *e != ' ' || eol - (e + 1) < 5 || e[5] != ' ') {
        return false;
    }
    memcpy(h->perms, e + 1, 4);
    h->perms[4] = 0;
    p = e + 6;
    h->offset = strtoull(p, &e, 16);
    if (e == p || *e != ' ') {
        return false;
    }
    p = e + 1;
    const char *sp = memchr(p, ' ', eol - p);
    if (!sp || sp - p >= (ptrdiff_t)sizeof(h->dev)) {
        return false;
    }
    memcpy(h->dev, p, sp - p);
    h->dev[sp - p] = 0;
    p = sp + 1;
    h->inode = strtoull(p, &e, 10);
    if (e == p) {
        return false;
    }
    for (p = e; p < eol && *p == ' '; p++) {
    }
    h->name = p;
    h->name_len = eol - p;
    return true;
}

/* What makes guest pages one run: valid, r/w/x as the guest sees them, and
 * the label. 0 for a page the guest has not mapped. */
static unsigned page_key(const MapsCtx *c, uint64_t g)
{
    unsigned f = page_flags_get(g);
    if (!(f & PAGE_VALID)) {
        return 0;
    }
    unsigned prot = (f & (PAGE_VALID | PAGE_READ | PAGE_EXEC)) |
                    (f & (PAGE_WRITE | PAGE_WRITE_ORG) ? PAGE_WRITE : 0);
    unsigned label = g >= c->stack_lo && g < c->stack_hi ? LABEL_STACK
                     : g >= c->heap_lo && g < c->heap_hi ? LABEL_HEAP
                                                         : LABEL_FILE;
    return prot | label << 8;
}

static void put_name(GString *out, const HostMap *h, unsigned label)
{
    if (label == LABEL_STACK) {
        g_string_append(out, "[stack]");
    } else if (label == LABEL_HEAP) {
        g_string_append(out, "[heap]");
    } else {
        char host[PATH_MAX], guest[PATH_MAX];
        size_t n = h->name_len < sizeof(host) ? h->name_len : sizeof(host) - 1;
        memcpy(host, h->name, n);
        host[n] = 0;
        g_string_append(out, path_to_guest(host, guest, sizeof(guest)) ? guest
                                                                       : host);
    }
}

static void put_run(MapsCtx *c, const HostMap *h, uint64_t start, uint64_t end,
                    unsigned key)
{
    c->vsize += end - start;
    if (!c->out) {
        return;
    }
    GString *out = c->out;
    size_t line = out->len;
    uint64_t off =
        h->offset + (h->inode ? (uintptr_t)g2h(start) - h->start : 0);
    unsigned label = key >> 8;
    g_string_append_printf(
        out,
        "%08" PRIx64 "-%08" PRIx64 " %c%c%c%c %08" PRIx64 " %s %" PRIu64 " ",
        start, end, key & PAGE_READ ? 'r' : '-', key & PAGE_WRITE ? 'w' : '-',
        key & PAGE_EXEC ? 'x' : '-', h->perms[3], off, h->dev, h->inode);
    if (h->name_len || label != LABEL_FILE) {
        while (out->len < line + NAME_COLUMN) {
            g_string_append_c(out, ' ');
        }
        put_name(out, h, label);
    }
    g_string_append_c(out, '\n');
    if (!c->smaps) {
        return;
    }
    const char *p = h->fields, *end_f = h->fields + h->fields_len;
    while (p < end_f) {
        const char *eol = memchr(p, '\n', end_f - p);
        eol = eol ? eol + 1 : end_f;
        if (!strncmp(p, "Size:", 5)) {
            g_string_append_printf(out, "Size:           %8" PRIu64 " kB\n",
                                   (end - start) >> 10);
        } else {
            g_string_append_len(out, p, eol - p);
        }
        p = eol;
    }
}

/* Runs of guest pages in [a, b). */
static void put_runs(MapsCtx *c, const HostMap *h, uint64_t a, uint64_t b)
{
    uint64_t run = a;
    unsigned key = 0;
    for (uint64_t g = a; g < b; g += GUEST_PAGE_SIZE) {
        unsigned k = page_key(c, g);
        if (k != key) {
            if (key) {
                put_run(c, h, run, g, key);
            }
            run = g;
            key = k;
        }
    }
    if (key) {
        put_run(c, h, run, b, key);
    }
}

static void put_host_map(MapsCtx *c, const HostMap *h)
{
    uint64_t lo = guest_base, hi = guest_base + guest_va_limit;
    uint64_t hs = h->start > lo ? h->start : lo;
    uint64_t he = h->end < hi ? h->end : hi;
    if (hs >= he) {
        return;
    }
    uint64_t a = hs - guest_base, b = he - guest_base;
    if (h->inode || strncmp(h->perms, "---", 3) || b - a <= SCAN_LIMIT) {
        put_runs(c, h, a, b);
        return;
    }
    uint64_t x = a, y = b;
    while (x < b && (page_flags_get(x) & PAGE_VALID)) {
        x += GUEST_PAGE_SIZE;
    }
    while (y > x && (page_flags_get(y - GUEST_PAGE_SIZE) & PAGE_VALID)) {
        y -= GUEST_PAGE_SIZE;
    }
    put_runs(c, h, a, x);
    put_runs(c, h, y, b);
}

static const char *next_line(const char *p)
{
    const char *eol = strchrnul(p, '\n');
    return *eol ? eol + 1 : eol;
}

static void walk(MapsCtx *c, const char *file)
{
    gchar *text = NULL;
    if (!g_file_get_contents(file, &text, NULL, NULL)) {
        return;
    }
    const ImageInfo *im = &user_image;
    c->stack_lo = im->stack_low;
    c->stack_hi = im->stack_high;
    c->heap_lo = (im->exe.brk + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
    c->heap_hi = (target_brk(0) + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
    HostMap h, next;
    const char *p = text;
    while (*p) {
        if (!parse_header(p, strchrnul(p, '\n'), &h)) {
            p = next_line(p);
            continue;
        }
        const char *q = h.fields = next_line(p);
        while (*q && !parse_header(q, strchrnul(q, '\n'), &next)) {
            q = next_line(q);
        }
        h.fields_len = q - h.fields;
        put_host_map(c, &h);
        p = q;
    }
    g_free(text);
}

void proc_fill_maps(GString *out)
{
    MapsCtx c = {.out = out};
    walk(&c, "/proc/self/maps");
}

void proc_fill_smaps(GString *out)
{
    MapsCtx c = {.out = out, .smaps = true};
    walk(&c, "/proc/self/smaps");
}

uint64_t proc_guest_vsize(void)
{
    MapsCtx c = {0};
    walk(&c, "/proc/self/maps");
    return c.vsize;
}
