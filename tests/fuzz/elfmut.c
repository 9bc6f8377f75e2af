/*
 * elfmut — seeded ELF mutator for the loader fuzz test.
 *
 *   elfmut IN.elf SEED N OUT
 *
 * Writes variant number N of a valid ELF64 file to OUT and prints what was
 * done to it on one line. About a third of the variants are truncations
 * (at interesting and random lengths), the rest set ELF-header and
 * program-header fields to edge values or flip bits, concentrated in the
 * headers, sometimes also elsewhere. The same arguments always give the
 * same file, and each (SEED, N) is independent of the others, so variants
 * can be made and checked one at a time, in parallel.
 */
#include <elf.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng;

static uint64_t rnd(void)
{
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    return rng * 0x2545F4914F6CDD1DULL;
}

static uint64_t rn(uint64_t n)
{
    return n ? rnd() % n : 0;
}

static const uint64_t edges[] = {
    0,
    1,
    2,
    7,
    0x38,
    0x40,
    0xfff,
    0x1000,
    0x1001,
    0x7fffffff,
    0x80000000,
    0xffffffff,
    0x100000000ULL,
    0x3fffffffffULL,
    0x4000000000ULL,
    0x7fffffffffffffffULL,
    0x8000000000000000ULL,
    0xfffffffffffff000ULL,
    0xffffffffffffffffULL,
};

static uint64_t edge(void)
{
    uint64_t v = edges[rn(sizeof(edges) / sizeof(edges[0]))];
    return rn(4) == 0 ? v + rn(16) - 8 : v;
}

static void put(unsigned char *p, int size, uint64_t v)
{
    memcpy(p, &v, size); /* little-endian host and guest */
}

/* Field mutation: pick a header field, set it to an edge value. */
static void mutate_field(unsigned char *buf, size_t len, char *what,
                         size_t wlen)
{
    Elf64_Ehdr *eh = (Elf64_Ehdr *)buf;
    static const struct {
        const char *name;
        int off, size;
    } ef[] = {
        {"e_ident[EI_CLASS]", 4, 1}, {"e_ident[EI_DATA]", 5, 1},
        {"e_type", 16, 2},           {"e_machine", 18, 2},
        {"e_version", 20, 4},        {"e_entry", 24, 8},
        {"e_phoff", 32, 8},          {"e_shoff", 40, 8},
        {"e_flags", 48, 4},          {"e_ehsize", 52, 2},
        {"e_phentsize", 54, 2},      {"e_phnum", 56, 2},
        {"e_shentsize", 58, 2},      {"e_shnum", 60, 2},
        {"e_shstrndx", 62, 2},
    };
    static const struct {
        const char *name;
        int off, size;
    } pf[] = {
        {"p_type", 0, 4},   {"p_flags", 4, 4},  {"p_offset", 8, 8},
        {"p_vaddr", 16, 8}, {"p_paddr", 24, 8}, {"p_filesz", 32, 8},
        {"p_memsz", 40, 8}, {"p_align", 48, 8},
    };
    uint64_t v = edge();
    int phnum = eh->e_phnum;

    if (rn(3) == 0 || phnum == 0 || eh->e_phoff + (uint64_t)phnum * 56 > len) {
        int k = rn(sizeof(ef) / sizeof(ef[0]));
        put(buf + ef[k].off, ef[k].size, v);
        snprintf(what, wlen, "%s=0x%" PRIx64, ef[k].name, v);
    } else {
        int i = rn(phnum), k = rn(sizeof(pf) / sizeof(pf[0]));
        Elf64_Phdr *ph = (Elf64_Phdr *)(buf + eh->e_phoff) + i;
        if (k == 0 && rn(2)) { /* a meaningful but unexpected type */
            static const uint32_t types[] = {PT_LOAD, PT_DYNAMIC,   PT_INTERP,
                                             PT_TLS,  PT_GNU_STACK, PT_PHDR,
                                             PT_NULL};
            v = types[rn(7)];
        }
        if (k == 2 || k == 3 || k == 5 ||
            k == 6) { /* offsets and sizes: near the real value too */
            uint64_t cur;
            memcpy(&cur, (unsigned char *)ph + pf[k].off, 8);
            if (rn(2)) {
                v = cur + rn(0x3000) - 0x1800;
            }
        }
        put((unsigned char *)ph + pf[k].off, pf[k].size, v);
        snprintf(what, wlen, "phdr[%d].%s=0x%" PRIx64, i, pf[k].name, v);
    }
}

int main(int argc, char **argv)
{
    FILE *f;
    unsigned char *buf;
    long len, out_len;
    char what[128];
    int n;

    if (argc != 5) {
        fprintf(stderr, "usage: elfmut IN.elf SEED N OUT\n");
        return 1;
    }
    f = fopen(argv[1], "rb");
    if (!f || fseek(f, 0, SEEK_END) ||
        (len = ftell(f)) < (long)sizeof(Elf64_Ehdr)) {
        fprintf(stderr, "elfmut: %s: cannot read\n", argv[1]);
        return 1;
    }
    rewind(f);
    buf = malloc(len);
    if (!buf || fread(buf, 1, len, f) != (size_t)len) {
        fprintf(stderr, "elfmut: %s: cannot read\n", argv[1]);
        return 1;
    }
    fclose(f);
    n = atoi(argv[3]);
    rng = (strtoull(argv[2], NULL, 0) * 0x9E3779B97F4A7C15ULL) ^
          ((uint64_t)n * 0xD1B54A32D192ED03ULL);
    rng = rng ? rng : 1;
    for (int i = 0; i < 4; i++) {
        rnd();
    }

    Elf64_Ehdr *eh = (Elf64_Ehdr *)buf;
    uint64_t hdr_end = eh->e_phoff + (uint64_t)eh->e_phnum * eh->e_phentsize;
    if (hdr_end > (uint64_t)len) {
        hdr_end = len;
    }

    out_len = len;
    if (n % 3 == 0) {
        static const long fixed[] = {0, 1, 3, 4, 16, 17, 52, 63, 64, 65};
        uint64_t k = rn(4);
        if (k == 0) {
            out_len = fixed[rn(10)];
        } else if (k == 1) {
            out_len = rn(hdr_end + 1); /* inside the program headers */
        } else {
            out_len = rn(len); /* inside a segment */
        }
        snprintf(what, sizeof(what), "truncated to %ld of %ld bytes", out_len,
                 len);
    } else if (n % 3 == 1) {
        mutate_field(buf, len, what, sizeof(what));
    } else {
        int flips = 1 + rn(4);
        long pos = 0;
        for (int i = 0; i < flips; i++) {
            pos = rn(4) ? (long)rn(hdr_end) : (long)rn(len);
            buf[pos] ^= 1u << rn(8);
        }
        snprintf(what, sizeof(what), "%d bit flip(s), last at 0x%lx", flips,
                 pos);
    }
    f = fopen(argv[4], "wb");
    if (!f || fwrite(buf, 1, out_len, f) != (size_t)out_len || fclose(f)) {
        fprintf(stderr, "elfmut: %s: cannot write\n", argv[4]);
        return 1;
    }
    printf("%s\n", what);
    return 0;
}
