/*
 * Program loading for user mode: ELF images (with libelf) into the guest
 * address space, and the initial stack (argv, envp, auxv).
 *
 * Errors never exit: each function fills a LoaderError with a one-line
 * reason (without the file name prefix when `file` names it) and returns -1,
 * so main prints "mimic-ARCH: FILE: reason" and tests can check the text.
 */
#ifndef MIMIC_LOADER_H
#define MIMIC_LOADER_H

#include <stdint.h>

#include "translator/guest.h"

typedef struct LoaderError {
    char file[256]; /* what the reason is about (program or interpreter) */
    char msg[256];
} LoaderError;

/* One loaded ELF image (already relocated by load_bias). */
typedef struct ElfImage {
    uint64_t load_bias; /* 0 for ET_EXEC */
    uint64_t entry;
    uint64_t phdr; /* guest address of the program headers, or 0 */
    uint64_t phnum, phent;
    uint64_t start, end; /* lowest and highest guest address mapped */
    uint64_t brk;        /* end of the highest segment's memory */
    int type;            /* ET_EXEC / ET_DYN */
} ElfImage;

typedef struct ImageInfo {
    ElfImage exe;
    ElfImage interp; /* valid when has_interp */
    int has_interp;
    char interp_path[4096];
    uint64_t entry; /* where execution starts (interp's entry if any) */
    uint64_t sp;    /* initial guest stack pointer */
    uint64_t stack_low, stack_high;
    uint64_t random_addr; /* AT_RANDOM bytes */
} ImageInfo;

/* Bases for position-independent images: chosen inside the VA width. */
uint64_t loader_dyn_base(uint64_t va_limit);
uint64_t loader_interp_base(uint64_t va_limit);

/* Map the ELF at `path` (ET_EXEC at its addresses, ET_DYN at `dyn_base`).
 * Also returns the PT_INTERP string (or "") in interp/interp_size. */
int elf_load_image(const GuestArch *arch, const char *path, uint64_t dyn_base,
                   ElfImage *img, char *interp, size_t interp_size,
                   LoaderError *err);

/* Load the program and its interpreter (looked up under `prefix` first when
 * non-NULL); sets info->exe, interp, entry, and the brk. */
int loader_load_program(const GuestArch *arch, const char *path,
                        const char *prefix, ImageInfo *info, LoaderError *err);

/* Map the stack and write argc/argv/envp/auxv; sets info->sp. `execfn` is
 * the name the program was started with (AT_EXECFN). */
int loader_setup_stack(const GuestArch *arch, ImageInfo *info,
                       uint64_t stack_size, int argc, char *const *argv,
                       char *const *envp, const char *execfn, LoaderError *err);

#endif
