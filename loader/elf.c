/*
 * ELF program loading with libelf.
 *
 * Everything read from the file is checked before it is used: class,
 * endianness, machine, type, program header bounds, every PT_LOAD against
 * the file size and the guest VA width, segment order and overlap, the
 * entry point. A bad file produces one reason in LoaderError and no mapping
 * is left behind that matters (the caller exits).
 *
 * Segments are mapped the way Linux does: each PT_LOAD page-wise with
 * MAP_FIXED from the file, the tail of the last file page zeroed, the rest
 * of memsz anonymous; brk starts at the page after the highest segment.
 */
#define _GNU_SOURCE
#include "loader/loader.h"

#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "linux-user/mmap.h"
#include "linux-user/path.h"
#include "translator/perfmap.h"

#define MAX_PHNUM 256

static const struct {
    uint16_t machine;
    const char *name;
} machine_names[] = {
    {EM_386, "i386"},        {EM_X86_64, "x86-64"},       {EM_ARM, "arm"},
    {EM_AARCH64, "aarch64"}, {EM_RISCV, "riscv"},         {EM_PPC, "ppc"},
    {EM_PPC64, "ppc64"},     {EM_S390, "s390x"},          {EM_MIPS, "mips"},
    {EM_SPARCV9, "sparc64"}, {EM_LOONGARCH, "loongarch"},
};

static const char *machine_name(uint16_t machine)
{
    for (size_t i = 0; i < sizeof(machine_names) / sizeof(machine_names[0]);
         i++) {
        if (machine_names[i].machine == machine) {
            return machine_names[i].name;
        }
    }
    return "unknown";
}

static int fail(LoaderError *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int fail(LoaderError *err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
    va_end(ap);
    return -1;
}

uint64_t loader_dyn_base(uint64_t va_limit)
{
    return (va_limit / 3 * 2) & GUEST_PAGE_MASK; /* like ELF_ET_DYN_BASE */
}

uint64_t loader_interp_base(uint64_t va_limit)
{
    return 0; /* top-down below the mmap base, as Linux maps interpreters */
}

static int elf_prot(uint32_t pflags)
{
    return (pflags & PF_R ? PROT_READ : 0) | (pflags & PF_W ? PROT_WRITE : 0) |
           (pflags & PF_X ? PROT_EXEC : 0);
}

/* Header checks: class, data, machine, type. */
static int check_ehdr(const GuestArch *arch, Elf *e, GElf_Ehdr *eh,
                      LoaderError *err)
{
    if (elf_kind(e) != ELF_K_ELF) {
        return fail(err, "not an ELF file");
    }
    size_t n;
    const char *ident = elf_getident(e, &n);
    if (!ident || n < EI_NIDENT || !gelf_getehdr(e, eh)) {
        return fail(err, "truncated ELF header");
    }
    if (eh->e_machine != arch->elf_machine) {
        return fail(err, "wrong architecture (%s, expected %s)",
                    machine_name(eh->e_machine), arch->name);
    }
    if (ident[EI_CLASS] != ELFCLASS64) {
        return fail(err, "wrong ELF class (%s, expected 64-bit)",
                    ident[EI_CLASS] == ELFCLASS32 ? "32-bit" : "invalid");
    }
    if (ident[EI_DATA] != ELFDATA2LSB) {
        return fail(err, "wrong endianness (expected little-endian)");
    }
    if (eh->e_type != ET_EXEC && eh->e_type != ET_DYN) {
        return fail(err, "not an executable (ELF type %u)", eh->e_type);
    }
    return 0;
}

/* Check one PT_LOAD against the file and the previous segment. */
static int check_load(const GElf_Phdr *ph, int i, uint64_t file_size,
                      uint64_t prev_end, LoaderError *err)
{
    if (ph->p_filesz > ph->p_memsz) {
        return fail(err, "segment %d: file size larger than memory size", i);
    }
    if (ph->p_offset > file_size || ph->p_filesz > file_size - ph->p_offset) {
        return fail(err, "truncated file (segment %d ends past end of file)",
                    i);
    }
    if (ph->p_vaddr > guest_va_limit ||
        ph->p_memsz > guest_va_limit - ph->p_vaddr) {
        return fail(err,
                    "segment %d at 0x%" PRIx64 " is outside the guest address "
                    "space",
                    i, (uint64_t)ph->p_vaddr);
    }
    if ((ph->p_vaddr - ph->p_offset) % GUEST_PAGE_SIZE) {
        return fail(err,
                    "segment %d: address and file offset not congruent "
                    "modulo the page size",
                    i);
    }
    if (ph->p_vaddr < prev_end) {
        return fail(err, "segment %d overlaps the previous one", i);
    }
    return 0;
}

/* Map one checked PT_LOAD at bias. */
static int map_segment(int fd, const GElf_Phdr *ph, uint64_t bias,
                       LoaderError *err)
{
    int prot = elf_prot(ph->p_flags);
    uint64_t vaddr = ph->p_vaddr + bias;
    uint64_t vstart = vaddr & GUEST_PAGE_MASK;
    uint64_t file_end = vaddr + ph->p_filesz, mem_end = vaddr + ph->p_memsz;
    uint64_t file_page_end = (file_end + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
    uint64_t mem_page_end = (mem_end + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
    bool zero_tail =
        ph->p_memsz > ph->p_filesz && (file_end & ~GUEST_PAGE_MASK);
    int64_t r;

    if (ph->p_filesz) {
        r = target_mmap(
            vstart, file_page_end - vstart, prot | (zero_tail ? PROT_WRITE : 0),
            MAP_PRIVATE | MAP_FIXED, fd, ph->p_offset - (vaddr - vstart));
        if (r < 0) {
            return fail(err, "cannot map segment at 0x%" PRIx64 ": %s", vaddr,
                        strerror((int)-r));
        }
        if (zero_tail) {
            memset(g2h(file_end), 0, file_page_end - file_end);
            target_mprotect(vstart, file_page_end - vstart, prot);
        }
    } else {
        file_page_end = vstart;
    }
    if (mem_page_end > file_page_end) {
        r = target_mmap(file_page_end, mem_page_end - file_page_end, prot,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (r < 0) {
            return fail(err, "cannot map segment at 0x%" PRIx64 ": %s", vaddr,
                        strerror((int)-r));
        }
    }
    return 0;
}

/* Walk the program headers: validate, find the span, PT_INTERP, PT_PHDR. */
typedef struct PhdrScan {
    uint64_t lo, hi; /* page-aligned span of PT_LOADs (unbiased) */
    uint64_t phdr_vaddr;
    int nload;
} PhdrScan;

static int scan_phdrs(Elf *e, int fd, const GElf_Ehdr *eh, size_t phnum,
                      uint64_t file_size, PhdrScan *s, char *interp,
                      size_t interp_size, LoaderError *err)
{
    uint64_t prev_end = 0;
    s->lo = UINT64_MAX;
    s->hi = 0;
    s->phdr_vaddr = 0;
    s->nload = 0;
    for (size_t i = 0; i < phnum; i++) {
        GElf_Phdr ph;
        if (!gelf_getphdr(e, (int)i, &ph)) {
            return fail(err, "truncated program headers");
        }
        if (ph.p_type == PT_INTERP) {
            if (ph.p_filesz < 2 || ph.p_filesz > interp_size ||
                ph.p_offset > file_size ||
                ph.p_filesz > file_size - ph.p_offset ||
                pread(fd, interp, ph.p_filesz, ph.p_offset) !=
                    (ssize_t)ph.p_filesz ||
                interp[ph.p_filesz - 1] != 0) {
                return fail(err, "bad PT_INTERP");
            }
        } else if (ph.p_type == PT_PHDR) {
            s->phdr_vaddr = ph.p_vaddr;
        } else if (ph.p_type == PT_LOAD && ph.p_memsz) {
            if (check_load(&ph, (int)i, file_size, prev_end, err) < 0) {
                return -1;
            }
            prev_end = ph.p_vaddr + ph.p_memsz;
            if ((ph.p_vaddr & GUEST_PAGE_MASK) < s->lo) {
                s->lo = ph.p_vaddr & GUEST_PAGE_MASK;
            }
            uint64_t end = (prev_end + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
            if (end > s->hi) {
                s->hi = end;
            }
            if (!s->phdr_vaddr && eh->e_phoff >= ph.p_offset &&
                eh->e_phoff - ph.p_offset < ph.p_filesz) {
                s->phdr_vaddr = ph.p_vaddr + (eh->e_phoff - ph.p_offset);
            }
            s->nload++;
        }
    }
    if (!s->nload) {
        return fail(err, "no loadable segments");
    }
    return 0;
}

static bool entry_in_exec_segment(Elf *e, size_t phnum, uint64_t entry)
{
    for (size_t i = 0; i < phnum; i++) {
        GElf_Phdr ph;
        if (gelf_getphdr(e, (int)i, &ph) && ph.p_type == PT_LOAD &&
            (ph.p_flags & PF_X) && entry >= ph.p_vaddr &&
            entry - ph.p_vaddr < ph.p_memsz) {
            return true;
        }
    }
    return false;
}

/* The code and data bounds as load_elf_binary() computes them. */
static void note_bounds(ElfImage *img, const GElf_Phdr *ph, uint64_t bias)
{
    uint64_t lo = ph->p_vaddr + bias, hi = lo + ph->p_filesz;
    if ((ph->p_flags & PF_X) && lo < img->start_code) {
        img->start_code = lo;
    }
    if ((ph->p_flags & PF_X) && hi > img->end_code) {
        img->end_code = hi;
    }
    if (lo > img->start_data) {
        img->start_data = lo;
    }
    if (hi > img->end_data) {
        img->end_data = hi;
    }
}

/* Choose the load bias and map every PT_LOAD. */
static int map_image(Elf *e, int fd, const GElf_Ehdr *eh, size_t phnum,
                     const PhdrScan *s, uint64_t dyn_base, ElfImage *img,
                     LoaderError *err)
{
    uint64_t span = s->hi - s->lo, bias = 0;
    if (eh->e_type == ET_DYN) {
        uint64_t base = dyn_base;
        if (!base || !page_range_free(base, span)) {
            base = mmap_find_free(span);
        }
        if (!base) {
            return fail(err,
                        "no room for %" PRIu64 " bytes in the guest "
                        "address space",
                        span);
        }
        bias = base - s->lo;
    } else if (!page_range_free(s->lo, span)) {
        return fail(err,
                    "cannot load at 0x%" PRIx64 "-0x%" PRIx64
                    ": range not available",
                    s->lo, s->hi);
    }
    img->start_code = UINT64_MAX;
    img->end_code = img->start_data = img->end_data = 0;
    for (size_t i = 0; i < phnum; i++) {
        GElf_Phdr ph;
        if (!gelf_getphdr(e, (int)i, &ph) || ph.p_type != PT_LOAD ||
            !ph.p_memsz) {
            continue;
        }
        if (map_segment(fd, &ph, bias, err) < 0) {
            return -1;
        }
        note_bounds(img, &ph, bias);
    }
    img->load_bias = bias;
    img->entry = eh->e_entry + bias;
    img->phdr = s->phdr_vaddr ? s->phdr_vaddr + bias : 0;
    img->phnum = phnum;
    img->phent = eh->e_phentsize;
    img->start = s->lo + bias;
    img->end = s->hi + bias;
    img->brk = s->hi + bias;
    img->type = eh->e_type;
    return 0;
}

int loader_exec_fd = -1;
/* Set by loader_load_program for the program's own image only. */
static int next_image_fd = -1;

static int open_image(const char *path, struct stat *st, LoaderError *err)
{
    int fd = next_image_fd >= 0 ? next_image_fd : open(path, O_RDONLY | O_CLOEXEC);
    next_image_fd = -1;
    if (fd < 0) {
        err->open_errno = errno;
        return fail(err, "%s", strerror(errno));
    }
    if (fstat(fd, st) < 0 || !S_ISREG(st->st_mode)) {
        int e = S_ISDIR(st->st_mode) ? EISDIR : EACCES;
        close(fd);
        return fail(err, "%s", strerror(e));
    }
    return fd;
}

/* -perfmap: hand the image's function symbols (.symtab, else .dynsym) to
 * the perf map writer, relocated by bias. A missing or damaged table just
 * gives fewer names. */
static void elf_read_symbols(Elf *e, uint64_t bias)
{
    Elf_Scn *scn = NULL, *dyn = NULL, *use = NULL;
    GElf_Shdr sh;

    while ((scn = elf_nextscn(e, scn))) {
        if (!gelf_getshdr(scn, &sh)) {
            return;
        }
        if (sh.sh_type == SHT_SYMTAB) {
            use = scn;
        } else if (sh.sh_type == SHT_DYNSYM) {
            dyn = scn;
        }
    }
    use = use ? use : dyn;
    if (!use || !gelf_getshdr(use, &sh) || !sh.sh_entsize) {
        return;
    }
    Elf_Data *data = elf_getdata(use, NULL);
    size_t n = data ? data->d_size / sh.sh_entsize : 0;
    for (size_t i = 0; i < n; i++) {
        GElf_Sym sym;
        const char *name;
        if (!gelf_getsym(data, (int)i, &sym) ||
            GELF_ST_TYPE(sym.st_info) != STT_FUNC || !sym.st_value ||
            !(name = elf_strptr(e, sh.sh_link, sym.st_name)) || !*name) {
            continue;
        }
        perfmap_add_symbol(sym.st_value + bias, sym.st_size, name);
    }
}

int elf_load_image(const GuestArch *arch, const char *path, uint64_t dyn_base,
                   ElfImage *img, char *interp, size_t interp_size,
                   LoaderError *err)
{
    snprintf(err->file, sizeof(err->file), "%s", path);
    err->open_errno = 0;
    interp[0] = 0;
    struct stat st;
    int fd = open_image(path, &st, err);
    if (fd < 0) {
        return -1;
    }
    elf_version(EV_CURRENT);
    int ret = -1;
    Elf *e = elf_begin(fd, ELF_C_READ, NULL);
    GElf_Ehdr eh;
    size_t phnum;
    PhdrScan scan;
    if (!e) {
        fail(err, "not an ELF file");
        goto out;
    }
    if (check_ehdr(arch, e, &eh, err) < 0) {
        goto out;
    }
    if (elf_getphdrnum(e, &phnum) != 0) {
        phnum = 0;
    }
    if (phnum < eh.e_phnum && eh.e_phnum != PN_XNUM) {
        phnum = eh.e_phnum; /* libelf may report 0 for a cut-off table */
    }
    if (eh.e_phoff > (uint64_t)st.st_size ||
        (uint64_t)phnum * eh.e_phentsize > (uint64_t)st.st_size - eh.e_phoff) {
        fail(err, "truncated program headers");
        goto out;
    }
    if (phnum == 0 || phnum > MAX_PHNUM ||
        eh.e_phentsize != sizeof(Elf64_Phdr)) {
        fail(err, "bad program header table (%zu entries of %u bytes)", phnum,
             eh.e_phentsize);
        goto out;
    }
    if (scan_phdrs(e, fd, &eh, phnum, st.st_size, &scan, interp, interp_size,
                   err) < 0) {
        goto out;
    }
    if (!entry_in_exec_segment(e, phnum, eh.e_entry)) {
        fail(err, "entry point 0x%" PRIx64 " is not in an executable segment",
             (uint64_t)eh.e_entry);
        goto out;
    }
    ret = map_image(e, fd, &eh, phnum, &scan, dyn_base, img, err);
    if (ret == 0 && perfmap_enabled) {
        elf_read_symbols(e, img->load_bias);
    }
out:
    if (e) {
        elf_end(e);
    }
    close(fd);
    return ret;
}

/* The host path for a guest one, into out (size PATH_MAX). */
static void resolve_into(const char *guest_path, char *out)
{
    PathBuf pb;
    snprintf(out, PATH_MAX, "%s", path_resolve(guest_path, &pb));
}

static int interp_error(const char *path, const char *interp,
                        const LoaderError *ierr, LoaderError *err)
{
    if (ierr->open_errno == ENOENT) {
        err->file[0] = 0;
        snprintf(err->msg, sizeof(err->msg),
                 "could not open '%.200s': %s (use -L <sysroot>)", interp,
                 strerror(ENOENT));
    } else {
        snprintf(err->file, sizeof(err->file), "%s", path);
        snprintf(err->msg, sizeof(err->msg), "interpreter %.100s: %.140s",
                 interp, ierr->msg);
    }
    return -1;
}

int loader_load_program(const GuestArch *arch, const char *path,
                        ImageInfo *info, LoaderError *err)
{
    char interp[4096];
    memset(info, 0, sizeof(*info));
    resolve_into(path, info->exe_path);
    next_image_fd = loader_exec_fd;
    if (elf_load_image(arch, info->exe_path, loader_dyn_base(guest_va_limit),
                       &info->exe, interp, sizeof(interp), err) < 0) {
        snprintf(err->file, sizeof(err->file), "%s", path); /* guest's name */
        return -1;
    }
    info->entry = info->exe.entry;
    target_set_brk(info->exe.brk);
    if (!interp[0]) {
        return 0;
    }
    resolve_into(interp, info->interp_path);
    char unused[16];
    LoaderError ierr;
    if (elf_load_image(arch, info->interp_path,
                       loader_interp_base(guest_va_limit), &info->interp,
                       unused, sizeof(unused), &ierr) < 0) {
        return interp_error(path, interp, &ierr, err);
    }
    info->has_interp = 1;
    info->entry = info->interp.entry;
    return 0;
}
