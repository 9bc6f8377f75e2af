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
    char file[256]; /* what the reason is about; "" when msg says it all */
    char msg[256];
    int open_errno; /* the file could not be opened: why; else 0 */
} LoaderError;

/* One loaded ELF image (already relocated by load_bias). */
typedef struct ElfImage {
    uint64_t load_bias; /* 0 for ET_EXEC */
    uint64_t entry;
    uint64_t phdr; /* guest address of the program headers, or 0 */
    uint64_t phnum, phent;
    uint64_t start, end; /* lowest and highest guest address mapped */
    uint64_t brk;        /* end of the highest segment's memory */
    /* Linux's mm->start_code ... end_data (for /proc/self/stat). */
    uint64_t start_code, end_code, start_data, end_data;
    int type; /* ET_EXEC / ET_DYN */
} ElfImage;

#define LOADER_MAX_AUXV 24 /* auxv pairs, AT_NULL included */

typedef struct ImageInfo {
    ElfImage exe;
    ElfImage interp; /* valid when has_interp */
    int has_interp;
    char exe_path[4096];    /* host path of the program (after -L) */
    char interp_path[4096]; /* host path of the interpreter (after -L) */
    uint64_t entry;         /* where execution starts (interp's entry if any) */
    uint64_t sp;            /* initial guest stack pointer */
    uint64_t stack_low, stack_high;
    uint64_t random_addr; /* AT_RANDOM bytes */
    /* Where the argv and envp strings are, for /proc/self/cmdline and
     * environ (which read them from guest memory, as Linux does). */
    uint64_t arg_start, arg_end, env_start, env_end;
    /* The auxv as written to the stack, for /proc/self/auxv. */
    uint64_t auxv[2 * LOADER_MAX_AUXV];
    size_t auxv_words;
} ImageInfo;

/* Bases for position-independent images: chosen inside the VA width. */
uint64_t loader_dyn_base(uint64_t va_limit);
uint64_t loader_interp_base(uint64_t va_limit);

/* Map the ELF at `path` (ET_EXEC at its addresses, ET_DYN at `dyn_base`).
 * Also returns the PT_INTERP string (or "") in interp/interp_size. */
int elf_load_image(const GuestArch *arch, const char *path, uint64_t dyn_base,
                   ElfImage *img, char *interp, size_t interp_size,
                   LoaderError *err);

/* A descriptor the program is already open on (binfmt_misc's AT_EXECFD),
 * or -1: loader_load_program maps the program from it instead of opening
 * the path, which may not be readable. */
extern int loader_exec_fd;

/* Load the program and its interpreter, both guest paths resolved through
 * the sysroot (linux-user/path.h); sets info->exe, interp, entry, the host
 * paths and the brk. A missing interpreter gives the one line
 * "could not open '/lib/ld-...': No such file or directory (use -L
 * <sysroot>)" with an empty err->file. */
int loader_load_program(const GuestArch *arch, const char *path,
                        ImageInfo *info, LoaderError *err);

/* Map the stack and write argc/argv/envp/auxv; sets info->sp. `execfn` is
 * the name the program was started with (AT_EXECFN). */
int loader_setup_stack(const GuestArch *arch, ImageInfo *info,
                       uint64_t stack_size, int argc, char *const *argv,
                       char *const *envp, const char *execfn, LoaderError *err);

#endif
