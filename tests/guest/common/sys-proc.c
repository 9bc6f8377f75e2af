/* /proc as the guest sees it: /proc/self/exe (readlink, open, stat),
 * maps and smaps (guest addresses and permissions, [stack], [heap], the
 * text segment r-xp, a page of generated code still rwxp), cmdline, auxv,
 * environ, stat and /proc/cpuinfo. Run with the arguments in sys-proc.args. */
#include <elf.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sys-check.h"

/* What differs between the guests: the ELF machine, a return instruction,
 * the user address-space limit and /proc/cpuinfo. */
#if defined(__aarch64__)
#define EM_GUEST EM_AARCH64
#define RET_INSN 0xd65f03c0u /* ret */
#define VA_LIMIT (1ul << 48)
static int cpuinfo_is_guest(const char *ci)
{
    return strstr(ci, "Features\t: fp asimd") &&
           strstr(ci, "CPU architecture: 8\n");
}
#else
#define EM_GUEST EM_RISCV
#define RET_INSN 0x00008067u /* ret */
#define VA_LIMIT (1ul << 39) /* Sv39 */
static int cpuinfo_is_guest(const char *ci)
{
    return strstr(ci, "isa\t\t: rv64imafdc") && strstr(ci, "mmu\t\t: sv39");
}
#endif

extern char **environ;
static int data_var = 1;

/* The whole of a (generated) /proc file, NUL-terminated. */
static char *slurp(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n + 1024 > cap) {
            buf = realloc(buf, cap *= 2);
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r <= 0) {
            break;
        }
        n += r;
    }
    close(fd);
    buf[n] = 0;
    if (len) {
        *len = n;
    }
    return buf;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && !strcmp(s + a - b, suffix);
}

/* The maps line whose range contains addr, copied into line. */
static int maps_line(const char *maps, uintptr_t addr, char *line, size_t size)
{
    for (const char *p = maps; *p;) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        unsigned long lo, hi;
        if (sscanf(p, "%lx-%lx", &lo, &hi) == 2 && addr >= lo && addr < hi) {
            snprintf(line, size, "%.*s", (int)n, p);
            return 1;
        }
        p += n + (eol != NULL);
    }
    return 0;
}

/* Every range below the 39-bit guest limit, and none of them the huge
 * PROT_NONE reservation. */
static int maps_sane(const char *maps)
{
    int lines = 0;
    for (const char *p = maps; *p; lines++) {
        unsigned long lo, hi;
        if (sscanf(p, "%lx-%lx", &lo, &hi) != 2 || lo >= hi ||
            hi > VA_LIMIT || hi - lo > (16ul << 30)) {
            return 0;
        }
        const char *eol = strchr(p, '\n');
        if (!eol) {
            return 0;
        }
        p = eol + 1;
    }
    return lines > 3;
}

static void check_exe(const char *argv0)
{
    char link[4096] = {0}, pidlink[64], link2[4096] = {0};
    CHECK(readlink("/proc/self/exe", link, sizeof(link) - 1) > 0);
    CHECK(link[0] == '/' && ends_with(link, "/sys-proc"));
    snprintf(pidlink, sizeof(pidlink), "/proc/%d/exe", getpid());
    CHECK(readlink(pidlink, link2, sizeof(link2) - 1) > 0 &&
          !strcmp(link, link2));
    char small[4];
    CHECK(readlink("/proc/self/exe", small, sizeof(small)) == 4 &&
          !memcmp(small, link, 4));

    Elf64_Ehdr eh;
    int fd = open("/proc/self/exe", O_RDONLY);
    CHECK(fd >= 0 && read(fd, &eh, sizeof(eh)) == sizeof(eh));
    CHECK(!memcmp(eh.e_ident, ELFMAG, SELFMAG) && eh.e_machine == EM_GUEST);
    close(fd);

    struct stat a, b;
    CHECK(stat("/proc/self/exe", &a) == 0 && stat(argv0, &b) == 0 &&
          a.st_ino == b.st_ino && a.st_size == b.st_size);
    CHECK(lstat("/proc/self/exe", &a) == 0 && S_ISLNK(a.st_mode));
}

static void check_maps(void)
{
    /* A page of code written at run time: translating it write-protects
     * the host page, but the guest must still see it writable. */
    uint32_t *code = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    code[0] = RET_INSN;
    __builtin___clear_cache((char *)code, (char *)code + 4);
    ((void (*)(void))code)();
    char *heap = sbrk(0);
    CHECK(brk(heap + 8192) == 0);
    heap[0] = 1;

    size_t len;
    char *maps = slurp("/proc/self/maps", &len);
    char line[512];
    int local;
    CHECK(maps && maps_sane(maps));
    CHECK(maps_line(maps, (uintptr_t)&check_maps, line, sizeof(line)) &&
          strstr(line, " r-xp ") && ends_with(line, "/sys-proc"));
    CHECK(maps_line(maps, (uintptr_t)&data_var, line, sizeof(line)) &&
          strstr(line, " rw-p "));
    CHECK(maps_line(maps, (uintptr_t)&local, line, sizeof(line)) &&
          strstr(line, " rw-p ") && ends_with(line, "[stack]"));
    CHECK(maps_line(maps, (uintptr_t)heap, line, sizeof(line)) &&
          ends_with(line, "[heap]"));
    CHECK(maps_line(maps, (uintptr_t)code, line, sizeof(line)) &&
          strstr(line, " rwxp "));
    CHECK(mprotect(code, 4096, PROT_READ) == 0 &&
          (free(maps), maps = slurp("/proc/self/maps", NULL)) &&
          maps_line(maps, (uintptr_t)code, line, sizeof(line)) &&
          strstr(line, " r--p "));

    int fd = open("/proc/self/maps", O_RDONLY);
    struct stat st;
    char head[64], again[64];
    CHECK(fd >= 0 && read(fd, head, sizeof(head)) == sizeof(head) &&
          lseek(fd, 0, SEEK_SET) == 0 &&
          read(fd, again, sizeof(again)) == sizeof(again) &&
          !memcmp(head, again, sizeof(head)));
    CHECK(fstat(fd, &st) == 0 && S_ISREG(st.st_mode));
    CHECK(write(fd, "x", 1) == -1);
    close(fd);
    CHECK(open("/proc/self/maps", O_WRONLY) == -1 && errno == EACCES);
    free(maps);

    char *smaps = slurp("/proc/self/smaps", NULL);
    CHECK(smaps && strstr(smaps, "[stack]") && strstr(smaps, "\nSize:") &&
          strstr(smaps, "\nRss:"));
    free(smaps);
    munmap(code, 4096);
}

static void check_cmdline(int argc, char **argv)
{
    size_t len, want = 0;
    char *cmd = slurp("/proc/self/cmdline", &len);
    for (int i = 0; i < argc; i++) {
        want += strlen(argv[i]) + 1;
    }
    CHECK(cmd && len == want && !memcmp(cmd, argv[0], want));
    free(cmd);
    char *env = slurp("/proc/self/environ", &len);
    CHECK(env && (!environ[0] || !strcmp(env, environ[0])));
    free(env);
}

static void check_auxv(void)
{
    size_t len;
    uint64_t *av = (uint64_t *)slurp("/proc/self/auxv", &len);
    uint64_t pagesz = 0, entry = 0, phdr = 0, random = 0;
    int terminated = 0;
    for (size_t i = 0; av && i + 1 < len / 8; i += 2) {
        if (av[i] == AT_PAGESZ) {
            pagesz = av[i + 1];
        } else if (av[i] == AT_ENTRY) {
            entry = av[i + 1];
        } else if (av[i] == AT_PHDR) {
            phdr = av[i + 1];
        } else if (av[i] == AT_RANDOM) {
            random = av[i + 1];
        } else if (av[i] == AT_NULL) {
            terminated = 1;
        }
    }
    CHECK(len % 16 == 0 && terminated);
    CHECK(pagesz == 4096);
    CHECK(entry != 0 && entry == getauxval(AT_ENTRY));
    CHECK(phdr == getauxval(AT_PHDR) && random == getauxval(AT_RANDOM));
    free(av);
}

static void check_stat_cpuinfo(void)
{
    char *st = slurp("/proc/self/stat", NULL);
    char *rp = st ? strrchr(st, ')') : NULL;
    CHECK(st && strstr(st, " (sys-proc) ") && rp);
    /* fields 3.. after the comm: startstack is field 28 */
    unsigned long v = 0;
    char *p = rp + 2;
    for (int field = 3; p && field < 28; field++) {
        p = strchr(p, ' ');
        p = p ? p + 1 : NULL;
    }
    int local;
    if (p) {
        v = strtoul(p, NULL, 10);
    }
    CHECK(v > (uintptr_t)&local && v - (uintptr_t)&local < (1 << 20));
    free(st);

    char *ci = slurp("/proc/cpuinfo", NULL);
    CHECK(ci && strstr(ci, "processor\t: 0\n") && cpuinfo_is_guest(ci));
    free(ci);
}

int main(int argc, char **argv)
{
    CHECK(argc == 3 && !strcmp(argv[1], "one") && !strcmp(argv[2], "two"));
    check_exe(argv[0]);
    check_maps();
    check_cmdline(argc, argv);
    check_auxv();
    check_stat_cpuinfo();
    return sys_finish();
}
