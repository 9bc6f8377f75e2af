/*
 * The initial guest stack, laid out as Linux's create_elf_tables() does:
 *
 *   top of the VA space
 *     8 zero bytes
 *     AT_EXECFN string
 *     argv strings, then envp strings (ascending)
 *     AT_PLATFORM string (if the guest has one)
 *     16 AT_RANDOM bytes
 *     (16-byte alignment)
 *     auxv pairs ... AT_NULL
 *     envp[] NULL
 *     argv[] NULL
 *     argc                      <- sp, 16-byte aligned
 *
 * The stack mapping is [top - stack_size, top); the page below stays
 * unmapped as a guard. ImageInfo keeps a copy of the auxv and where the
 * argv and envp strings are, for /proc/self/{auxv,cmdline,environ}.
 */
#define _GNU_SOURCE
#include "loader/loader.h"

#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <unistd.h>

#include "linux-user/mmap.h"

/* Copy a string downward from *p; returns its guest address. */
static uint64_t push_string(uint64_t *p, const char *s)
{
    size_t n = strlen(s) + 1;
    *p -= n;
    memcpy(g2h(*p), s, n);
    return *p;
}

static void put_u64(uint64_t addr, uint64_t v)
{
    memcpy(g2h(addr), &v, 8);
}

static int count_strings(char *const *v, size_t *bytes)
{
    int n = 0;
    for (; v && v[n]; n++) {
        *bytes += strlen(v[n]) + 1;
    }
    return n;
}

int loader_setup_stack(const GuestArch *arch, ImageInfo *info,
                       uint64_t stack_size, int argc, char *const *argv,
                       char *const *envp, const char *execfn, LoaderError *err)
{
    uint64_t top = guest_va_limit;
    stack_size = (stack_size + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
    if (stack_size < 4 * GUEST_PAGE_SIZE || stack_size > top / 4) {
        snprintf(err->msg, sizeof(err->msg), "bad stack size %llu",
                 (unsigned long long)stack_size);
        return -1;
    }
    size_t bytes = strlen(execfn) + 1 + 64 +
                   (arch->platform ? strlen(arch->platform) + 1 : 0);
    int envc = count_strings(envp, &bytes);
    count_strings(argv, &bytes);
    bytes += (argc + envc + 3 + 2 * LOADER_MAX_AUXV) * 8;
    if (bytes > stack_size / 4) {
        snprintf(err->msg, sizeof(err->msg), "%s", strerror(E2BIG));
        return -1;
    }
    int64_t r =
        target_mmap(top - stack_size, stack_size, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    if (r < 0) {
        snprintf(err->msg, sizeof(err->msg), "cannot map the stack: %s",
                 strerror((int)-r));
        return -1;
    }
    info->stack_low = top - stack_size;
    info->stack_high = top;

    uint64_t p = top - 8;
    uint64_t *arg_addr = calloc(argc + envc + 1, 8),
             *env_addr = arg_addr + argc;
    if (!arg_addr) {
        snprintf(err->msg, sizeof(err->msg), "%s", strerror(ENOMEM));
        return -1;
    }
    put_u64(p, 0);
    uint64_t execfn_addr = push_string(&p, execfn);
    info->env_end = p;
    for (int i = envc - 1; i >= 0; i--) {
        env_addr[i] = push_string(&p, envp[i]);
    }
    info->env_start = info->arg_end = p;
    for (int i = argc - 1; i >= 0; i--) {
        arg_addr[i] = push_string(&p, argv[i]);
    }
    info->arg_start = p;
    uint64_t platform = arch->platform ? push_string(&p, arch->platform) : 0;
    uint8_t rnd[16];
    if (getrandom(rnd, sizeof(rnd), 0) != sizeof(rnd)) {
        memset(rnd, 0x5a, sizeof(rnd));
    }
    p -= 16;
    memcpy(g2h(p), rnd, 16);
    info->random_addr = p;
    p &= ~15ull;

    uint64_t auxv[2 * LOADER_MAX_AUXV], *a = auxv;
#define AUX(type, val) (*a++ = (type), *a++ = (val))
    AUX(AT_PHDR, info->exe.phdr);
    AUX(AT_PHENT, info->exe.phent);
    AUX(AT_PHNUM, info->exe.phnum);
    AUX(AT_PAGESZ, GUEST_PAGE_SIZE);
    AUX(AT_BASE, info->has_interp ? info->interp.load_bias : 0);
    AUX(AT_FLAGS, 0);
    AUX(AT_ENTRY, info->exe.entry);
    AUX(AT_UID, getuid());
    AUX(AT_EUID, geteuid());
    AUX(AT_GID, getgid());
    AUX(AT_EGID, getegid());
    /* A setuid program started through binfmt_misc C runs mimic with the
     * program's credentials; the kernel tells mimic so, and the guest. */
    AUX(AT_SECURE, getauxval(AT_SECURE));
    AUX(AT_RANDOM, info->random_addr);
    AUX(AT_HWCAP, arch->hwcap ? arch->hwcap() : 0);
    if (arch->has_hwcap2) {
        AUX(AT_HWCAP2, 0);
    }
    if (arch->at_minsigstksz) {
        AUX(AT_MINSIGSTKSZ, arch->at_minsigstksz);
    }
    AUX(AT_CLKTCK, sysconf(_SC_CLK_TCK));
    AUX(AT_EXECFN, execfn_addr);
    if (platform) {
        AUX(AT_PLATFORM, platform);
    }
    AUX(AT_NULL, 0);
#undef AUX
    size_t nwords = 1 + (argc + 1) + (envc + 1) + (a - auxv);
    uint64_t sp = (p - nwords * 8) & ~15ull;
    uint64_t w = sp;
    put_u64(w, argc), w += 8;
    for (int i = 0; i < argc; i++, w += 8) {
        put_u64(w, arg_addr[i]);
    }
    put_u64(w, 0), w += 8;
    for (int i = 0; i < envc; i++, w += 8) {
        put_u64(w, env_addr[i]);
    }
    put_u64(w, 0), w += 8;
    memcpy(g2h(w), auxv, (a - auxv) * 8);
    memcpy(info->auxv, auxv, (a - auxv) * 8);
    info->auxv_words = a - auxv;
    free(arg_addr);
    info->sp = sp;
    return 0;
}
