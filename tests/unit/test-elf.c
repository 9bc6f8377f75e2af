/*
 * Loader tests: good riscv64 images (ET_EXEC, ET_DYN, bss, brk, stack and
 * auxv) and malformed ones, each of which must fail with its reason and
 * never crash. Test files are built in a temporary directory.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "linux-user/mmap.h"
#include "loader/loader.h"
#include "translator/guest.h"

static int failures;
static char dir[] = "/tmp/mimic-test-elf-XXXXXX";

static void check(bool ok, const char *name)
{
    printf("%s %s\n", ok ? "PASS" : "FAIL", name);
    if (!ok) {
        failures++;
    }
}

/* A minimal image: one RX segment with code, one RW segment with bss. */
typedef struct Spec {
    uint16_t machine, type;
    uint8_t class, data;
    uint64_t text_vaddr, data_vaddr, entry;
    uint64_t data_filesz, data_memsz;
    uint64_t data_offset_override; /* nonzero: p_offset of the data segment */
    unsigned truncate_to;          /* nonzero: cut the file */
    uint16_t phnum_override;
} Spec;

static Spec good_spec(void)
{
    return (Spec){.machine = EM_RISCV,
                  .type = ET_EXEC,
                  .class = ELFCLASS64,
                  .data = ELFDATA2LSB,
                  .text_vaddr = 0x10000,
                  .data_vaddr = 0x12100,
                  .entry = 0x100c0,
                  .data_filesz = 0x10,
                  .data_memsz = 0x3000};
}

static char *write_elf(const char *name, const Spec *s)
{
    static char path[256];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    uint8_t file[0x2200];
    memset(file, 0, sizeof(file));
    Elf64_Ehdr *eh = (Elf64_Ehdr *)file;
    memcpy(eh->e_ident, ELFMAG, SELFMAG);
    eh->e_ident[EI_CLASS] = s->class;
    eh->e_ident[EI_DATA] = s->data;
    eh->e_ident[EI_VERSION] = EV_CURRENT;
    eh->e_type = s->type;
    eh->e_machine = s->machine;
    eh->e_version = EV_CURRENT;
    eh->e_entry = s->entry;
    eh->e_phoff = sizeof(Elf64_Ehdr);
    eh->e_ehsize = sizeof(Elf64_Ehdr);
    eh->e_phentsize = sizeof(Elf64_Phdr);
    eh->e_phnum = s->phnum_override ? s->phnum_override : 2;
    Elf64_Phdr *ph = (Elf64_Phdr *)(file + eh->e_phoff);
    ph[0] = (Elf64_Phdr){.p_type = PT_LOAD,
                         .p_flags = PF_R | PF_X,
                         .p_offset = 0,
                         .p_vaddr = s->text_vaddr,
                         .p_paddr = s->text_vaddr,
                         .p_filesz = 0x100,
                         .p_memsz = 0x100,
                         .p_align = 0x1000};
    uint64_t doff = s->data_offset_override ? s->data_offset_override
                                            : 0x1000 + (s->data_vaddr & 0xfff);
    ph[1] = (Elf64_Phdr){.p_type = PT_LOAD,
                         .p_flags = PF_R | PF_W,
                         .p_offset = doff,
                         .p_vaddr = s->data_vaddr,
                         .p_paddr = s->data_vaddr,
                         .p_filesz = s->data_filesz,
                         .p_memsz = s->data_memsz,
                         .p_align = 0x1000};
    /* "code" at the entry and recognizable data followed by junk that
     * must be zeroed as bss. */
    memset(file + 0xc0, 0x13, 8);
    if (doff < sizeof(file) - 0x40) {
        memset(file + doff, 0xab, 0x10);
        memset(file + doff + 0x10, 0xcd, 0x30);
    }
    size_t size = s->truncate_to ? s->truncate_to : sizeof(file);
    FILE *f = fopen(path, "wb");
    fwrite(file, 1, size, f);
    fclose(f);
    return path;
}

static int load(const char *path, ElfImage *img, LoaderError *err)
{
    char interp[256];
    memset(err, 0, sizeof(*err));
    return elf_load_image(guest_arch, path, loader_dyn_base(guest_va_limit),
                          img, interp, sizeof(interp), err);
}

static void expect_error(const char *name, const char *path, const char *want)
{
    ElfImage img;
    LoaderError err;
    int r = load(path, &img, &err);
    bool ok = r < 0 && strstr(err.msg, want) != NULL;
    if (!ok) {
        printf("  got r=%d msg='%s', want '%s'\n", r, err.msg, want);
    }
    check(ok, name);
}

static void test_good_exec(void)
{
    Spec s = good_spec();
    ElfImage img;
    LoaderError err;
    int r = load(write_elf("good", &s), &img, &err);
    check(r == 0, "good ET_EXEC loads");
    if (r) {
        printf("  %s\n", err.msg);
        return;
    }
    check(img.entry == 0x100c0 && img.load_bias == 0, "entry and bias");
    check(img.phdr == 0x10040 && img.phnum == 2,
          "AT_PHDR from the first PT_LOAD");
    check(img.brk == 0x16000, "brk after the highest segment, page aligned");
    unsigned tf = page_flags_get(0x10000), df = page_flags_get(0x12000);
    check((tf & (PAGE_READ | PAGE_EXEC)) == (PAGE_READ | PAGE_EXEC) &&
              !(tf & PAGE_WRITE),
          "text is r-x");
    check((df & (PAGE_READ | PAGE_WRITE)) == (PAGE_READ | PAGE_WRITE) &&
              !(df & PAGE_EXEC),
          "data is rw-");
    const uint8_t *d = g2h(0x12100);
    bool data_ok = d[0] == 0xab && d[15] == 0xab;
    bool bss_ok = true;
    for (uint64_t i = 0x10; i < 0x3000; i++) {
        bss_ok &= d[i] == 0;
    }
    check(data_ok, "data contents from the file");
    check(bss_ok, "bss zeroed (partial page and beyond)");
    uint32_t insn;
    check(translator_fetch(0x100c0, 4, &insn) && insn == 0x13131313,
          "translator_fetch reads code");
    check(!translator_fetch(0x12100, 4, &insn),
          "translator_fetch refuses data");
    check(!(page_flags_get(0x16000) & PAGE_VALID), "nothing mapped after brk");
}

static void test_good_dyn(void)
{
    Spec s = good_spec();
    s.type = ET_DYN;
    s.text_vaddr = 0;
    s.data_vaddr = 0x2100;
    s.entry = 0xc0;
    ElfImage img;
    LoaderError err;
    int r = load(write_elf("dyn", &s), &img, &err);
    check(r == 0 && img.load_bias == loader_dyn_base(guest_va_limit) &&
              img.entry == img.load_bias + 0xc0,
          "ET_DYN loads at the dyn base");
}

static void test_stack(void)
{
    ImageInfo info;
    memset(&info, 0, sizeof(info));
    info.exe.phdr = 0x10040;
    info.exe.phnum = 2;
    info.exe.phent = 56;
    info.exe.entry = 0x100c0;
    char *argv[] = {"prog", "arg one", NULL};
    char *envp[] = {"A=1", "B=two", NULL};
    LoaderError err;
    int r = loader_setup_stack(guest_arch, &info, 1 << 20, 2, argv, envp,
                               "/bin/prog", &err);
    check(r == 0 && (info.sp & 15) == 0, "stack set up, sp 16-byte aligned");
    if (r) {
        return;
    }
    const uint64_t *sp = g2h(info.sp);
    check(sp[0] == 2 && !strcmp(g2h(sp[1]), "prog") &&
              !strcmp(g2h(sp[2]), "arg one") && sp[3] == 0,
          "argc and argv");
    check(!strcmp(g2h(sp[4]), "A=1") && !strcmp(g2h(sp[5]), "B=two") &&
              sp[6] == 0,
          "envp");
    const uint64_t *aux = sp + 7;
    uint64_t pagesz = 0, entry = 0, rnd = 0, execfn = 0, phdr = 0, n = 0;
    for (; aux[0] != AT_NULL && n < 64; aux += 2, n++) {
        switch (aux[0]) {
        case AT_PAGESZ:
            pagesz = aux[1];
            break;
        case AT_ENTRY:
            entry = aux[1];
            break;
        case AT_RANDOM:
            rnd = aux[1];
            break;
        case AT_EXECFN:
            execfn = aux[1];
            break;
        case AT_PHDR:
            phdr = aux[1];
            break;
        }
    }
    check(pagesz == 4096 && entry == 0x100c0 && phdr == 0x10040, "auxv values");
    check(rnd && guest_access_ok(rnd, 16, false),
          "AT_RANDOM points at 16 bytes");
    check(execfn && !strcmp(g2h(execfn), "/bin/prog"), "AT_EXECFN");
}

static void test_bad(void)
{
    Spec s;
    char path[256];

    snprintf(path, sizeof(path), "%s/text", dir);
    FILE *f = fopen(path, "w");
    fputs("#!/bin/sh\necho not an elf\n", f);
    fclose(f);
    expect_error("not an ELF", path, "not an ELF file");

    snprintf(path, sizeof(path), "%s/empty", dir);
    fclose(fopen(path, "w"));
    expect_error("empty file", path, "not an ELF file");

    s = good_spec(), s.machine = EM_X86_64;
    expect_error("x86-64 binary", write_elf("x86", &s),
                 "wrong architecture (x86-64, expected riscv64)");
    s = good_spec(), s.machine = EM_AARCH64;
    expect_error("aarch64 binary", write_elf("a64", &s),
                 "wrong architecture (aarch64, expected riscv64)");
    s = good_spec(), s.data = ELFDATA2MSB;
    expect_error("big-endian", write_elf("be", &s), "wrong");
    s = good_spec(), s.type = ET_REL;
    expect_error("relocatable object", write_elf("rel", &s),
                 "not an executable");
    s = good_spec(), s.truncate_to = 40;
    expect_error("truncated ELF header", write_elf("trunc-eh", &s), "");
    s = good_spec(), s.truncate_to = 100;
    expect_error("truncated program headers", write_elf("trunc-ph", &s),
                 "truncated program headers");
    s = good_spec(), s.truncate_to = 0x1000;
    expect_error("segment past end of file", write_elf("trunc-seg", &s),
                 "truncated file");
    s = good_spec(), s.data_offset_override = 0x7fffffff00000100ull;
    expect_error("absurd segment offset", write_elf("bigoff", &s),
                 "truncated file");
    s = good_spec(), s.data_vaddr = 0xffffffff00002100ull;
    expect_error("segment beyond the VA width", write_elf("highva", &s),
                 "outside the guest address space");
    s = good_spec(), s.data_vaddr = 0x10080, s.data_offset_override = 0x1080;
    expect_error("overlapping segments", write_elf("overlap", &s), "overlaps");
    s = good_spec(), s.data_filesz = 0x4000, s.data_memsz = 0x10;
    expect_error("filesz > memsz", write_elf("filesz", &s),
                 "file size larger than memory size");
    s = good_spec(), s.data_offset_override = 0x1234;
    expect_error("misaligned segment", write_elf("misalign", &s), "congruent");
    s = good_spec(), s.entry = 0x12100;
    expect_error("entry not executable", write_elf("entry", &s), "entry point");
    s = good_spec(), s.phnum_override = 60000;
    expect_error("absurd phnum", write_elf("phnum", &s), "program header");

    snprintf(path, sizeof(path), "%s/does-not-exist", dir);
    expect_error("missing file", path, "No such file or directory");
    expect_error("directory", dir, "Is a directory");
    if (geteuid() != 0) {
        s = good_spec();
        char *p = write_elf("noperm", &s);
        chmod(p, 0);
        expect_error("no permission", p, "Permission denied");
    }
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    int r = mmap_init(guest_arch->va_bits, 8 << 20);
    check(r == 0, "reserve the guest address space");
    if (r) {
        return 1;
    }
    test_good_exec();
    test_good_dyn();
    test_stack();
    test_bad();
    char cmd[300];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    if (system(cmd) != 0) {
        fprintf(stderr, "cannot remove %s\n", dir);
    }
    return failures ? 1 : 0;
}
