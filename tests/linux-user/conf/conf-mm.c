/* Conformance: memory — anonymous and file mappings, mprotect, mremap with
 * data kept, MAP_FIXED(_NOREPLACE), faults caught with sigsetjmp (SIGSEGV
 * MAPERR/ACCERR with the exact si_addr, SIGBUS past the end of a file), shared
 * mappings across fork, brk, SysV shm, /proc/self/maps. See conf.h. */
#include "conf.h"

#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/shm.h>

#define PAGE 4096L

static sigjmp_buf fault_jmp;
static siginfo_t fault_info;

static void on_fault(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    fault_info = *si;
    siglongjmp(fault_jmp, sig);
}

/* Read (or write) *addr with SIGSEGV and SIGBUS caught. Returns a string
 * naming the outcome relative to base: "none", "SEGV:ACCERR@+123", ... */
static const char *touch(volatile char *addr, int write, const void *base)
{
    static char buf[64];
    struct sigaction sa = {.sa_sigaction = on_fault, .sa_flags = SA_SIGINFO};
    struct sigaction old_segv, old_bus;
    int sig;

    sigaction(SIGSEGV, &sa, &old_segv);
    sigaction(SIGBUS, &sa, &old_bus);
    sig = sigsetjmp(fault_jmp, 1);
    if (sig == 0) {
        if (write) {
            *addr = 1;
        } else {
            (void)*addr;
        }
    }
    sigaction(SIGSEGV, &old_segv, NULL);
    sigaction(SIGBUS, &old_bus, NULL);
    if (sig == 0) {
        return "none";
    }
    const char *code = "?";
    if (sig == SIGSEGV) {
        code = fault_info.si_code == SEGV_MAPERR   ? "MAPERR"
               : fault_info.si_code == SEGV_ACCERR ? "ACCERR"
                                                   : "other";
    } else if (sig == SIGBUS) {
        code = fault_info.si_code == BUS_ADRERR ? "ADRERR" : "other";
    }
    long off = (char *)fault_info.si_addr - (char *)base;
    if (fault_info.si_signo != sig) {
        snprintf(buf, sizeof(buf), "signo %d != %d", fault_info.si_signo, sig);
    } else if (off >= 0 && off < (1L << 30)) {
        snprintf(buf, sizeof(buf), "%s:%s@+%ld",
                 sig == SIGSEGV  ? "SEGV"
                 : sig == SIGBUS ? "BUS"
                                 : "?",
                 code, off);
    } else {
        snprintf(buf, sizeof(buf), "%s:%s@elsewhere",
                 sig == SIGSEGV ? "SEGV" : "BUS", code);
    }
    return buf;
}

static char *map_anon(long len, int prot)
{
    char *p = mmap(NULL, len, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

#define MAP(len, prot)                                                         \
    ({                                                                         \
        char *map_p_ = map_anon(len, prot);                                    \
        if (!map_p_) {                                                         \
            fail_errno("mmap");                                                \
            return;                                                            \
        }                                                                      \
        map_p_;                                                                \
    })

static unsigned sum_bytes(const char *p, long len)
{
    unsigned s = 0;
    for (long i = 0; i < len; i++) {
        s = s * 31 + (unsigned char)p[i];
    }
    return s;
}

static void fill(char *p, long len, int seed)
{
    for (long i = 0; i < len; i++) {
        p[i] = (char)(i * 13 + seed);
    }
}

static void check_anon(void)
{
    char *p = MAP(3 * PAGE, PROT_READ | PROT_WRITE);
    int zero = 1;
    for (long i = 0; i < 3 * PAGE; i++) {
        zero &= p[i] == 0;
    }
    fill(p, 3 * PAGE, 1);
    unsigned s = sum_bytes(p, 3 * PAGE);
    int aligned = ((uintptr_t)p & (PAGE - 1)) == 0;

    SYS(munmap(p, 3 * PAGE));
    report(zero && aligned, "zero-filled=%d aligned=%d sum=%08x", zero, aligned,
           s);
}

static void check_mprotect_ro(void)
{
    char *p = MAP(2 * PAGE, PROT_READ | PROT_WRITE);
    fill(p, 2 * PAGE, 2);
    SYS(mprotect(p + PAGE, PAGE, PROT_READ));
    const char *w = touch(p + PAGE + 123, 1, p);
    const char *w0 = strdup(touch(p + 5, 1, p));
    unsigned s = sum_bytes(p + PAGE, PAGE);
    char r = p[PAGE + 123];
    SYS(mprotect(p + PAGE, PAGE, PROT_READ | PROT_WRITE));
    const char *w2 = touch(p + PAGE + 123, 1, p);

    munmap(p, 2 * PAGE);
    report(!strcmp(w, "SEGV:ACCERR@+4219") && !strcmp(w2, "none"),
           "write-ro=%s write-rw=%s data=%08x byte=%d after-rw=%s", w, w0, s, r,
           w2);
}

static void check_prot_none(void)
{
    char *p = MAP(PAGE, PROT_NONE);
    const char *r = strdup(touch(p + 2000, 0, p));
    const char *w = touch(p + 7, 1, p);

    munmap(p, PAGE);
    report(!strcmp(r, "SEGV:ACCERR@+2000") && !strcmp(w, "SEGV:ACCERR@+7"),
           "read=%s write=%s", r, w);
}

static void check_unmapped(void)
{
    char *p = MAP(3 * PAGE, PROT_READ | PROT_WRITE);
    SYS(munmap(p + PAGE, PAGE));
    const char *r = strdup(touch(p + PAGE + 8, 0, p));
    const char *a = strdup(touch(p + PAGE - 1, 0, p));
    const char *b = touch(p + 2 * PAGE, 1, p);

    munmap(p, 3 * PAGE);
    report(!strcmp(r, "SEGV:MAPERR@+4104") && !strcmp(a, "none") &&
               !strcmp(b, "none"),
           "hole=%s below=%s above=%s", r, a, b);
}

static void check_null(void)
{
    const char *r = strdup(touch((char *)0, 0, (char *)0));
    const char *w = touch((char *)16, 1, (char *)0);

    report(!strcmp(r, "SEGV:MAPERR@+0") && !strcmp(w, "SEGV:MAPERR@+16"),
           "read-null=%s write-16=%s", r, w);
}

static void check_mremap_grow(void)
{
    char *p = MAP(2 * PAGE, PROT_READ | PROT_WRITE);
    fill(p, 2 * PAGE, 3);
    unsigned s = sum_bytes(p, 2 * PAGE);
    char *q = mremap(p, 2 * PAGE, 64 * PAGE, MREMAP_MAYMOVE);
    if (q == MAP_FAILED) {
        fail_errno("mremap");
        return;
    }
    unsigned s2 = sum_bytes(q, 2 * PAGE);
    int zero = 1;
    for (long i = 2 * PAGE; i < 64 * PAGE; i++) {
        zero &= q[i] == 0;
    }
    const char *end = touch(q + 64 * PAGE - 1, 1, q);

    munmap(q, 64 * PAGE);
    report(s == s2 && zero && !strcmp(end, "none"),
           "kept=%d new-zero=%d data=%08x write-end=%s", s == s2, zero, s2,
           end);
}

static void check_mremap_shrink(void)
{
    char *p = MAP(4 * PAGE, PROT_READ | PROT_WRITE);
    fill(p, 4 * PAGE, 4);
    char *q = mremap(p, 4 * PAGE, PAGE, 0);
    if (q == MAP_FAILED) {
        fail_errno("mremap");
        return;
    }
    const char *f = touch(p + PAGE + 1, 0, p);

    report(q == p && !strcmp(f, "SEGV:MAPERR@+4097") &&
               q[99] == (char)(99 * 13 + 4),
           "same-address=%d tail=%s byte99=%d", q == p, f, q[99]);
    munmap(q, PAGE);
}

static void check_mremap_fixed(void)
{
    char *dst = MAP(8 * PAGE, PROT_NONE); /* reserve a target range */
    char *p = MAP(2 * PAGE, PROT_READ | PROT_WRITE);
    fill(p, 2 * PAGE, 5);
    unsigned s = sum_bytes(p, 2 * PAGE);
    char *q = mremap(p, 2 * PAGE, 3 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED,
                     dst + 4 * PAGE);
    if (q == MAP_FAILED) {
        fail_errno("mremap");
        return;
    }
    const char *old = strdup(touch(p, 0, p));
    const char *below = touch(dst + 4 * PAGE - 1, 0, dst);

    report(q == dst + 4 * PAGE && sum_bytes(q, 2 * PAGE) == s &&
               !strcmp(old, "SEGV:MAPERR@+0") &&
               !strcmp(below, "SEGV:ACCERR@+16383"),
           "at-target=%d kept=%d old=%s reserved-below=%s", q == dst + 4 * PAGE,
           sum_bytes(q, 2 * PAGE) == s, old, below);
    munmap(dst, 8 * PAGE);
}

static void check_map_fixed(void)
{
    char *p = MAP(3 * PAGE, PROT_READ | PROT_WRITE);
    fill(p, 3 * PAGE, 6);
    unsigned s0 = sum_bytes(p, PAGE), s2 = sum_bytes(p + 2 * PAGE, PAGE);
    char *q = mmap(p + PAGE, PAGE, PROT_READ,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    if (q == MAP_FAILED) {
        fail_errno("mmap MAP_FIXED");
        return;
    }
    int zero = q[0] == 0 && q[PAGE - 1] == 0;
    const char *w = touch(q + 10, 1, p);
    int kept = sum_bytes(p, PAGE) == s0 && sum_bytes(p + 2 * PAGE, PAGE) == s2;

    munmap(p, 3 * PAGE);
    report(q == p + PAGE && zero && kept && !strcmp(w, "SEGV:ACCERR@+4106"),
           "placed=%d zero=%d neighbours-kept=%d write=%s", q == p + PAGE, zero,
           kept, w);
}

static void check_fixed_noreplace(void)
{
    char *p = MAP(4 * PAGE, PROT_READ | PROT_WRITE);
    SYS(munmap(p + 2 * PAGE, 2 * PAGE));
    errno = 0;
    char *q = mmap(p + PAGE, PAGE, PROT_READ,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    const char *e = q == MAP_FAILED ? strerror(errno) : "mapped";
    char *r = mmap(p + 3 * PAGE, PAGE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);

    report(q == MAP_FAILED && errno == EEXIST && r == p + 3 * PAGE,
           "over-mapping=%s free-range=%s", e,
           r == p + 3 * PAGE ? "exact"
           : r == MAP_FAILED ? "failed"
                             : "moved");
    munmap(p, 4 * PAGE);
}

static int make_file(const char *name, long size, int seed)
{
    char buf[PAGE];
    int fd = open(conf_path(name), O_RDWR | O_CREAT | O_TRUNC, 0644);

    for (long off = 0; fd >= 0 && off < size; off += PAGE) {
        long n = size - off < PAGE ? size - off : PAGE;
        fill(buf, n, seed + (int)(off / PAGE));
        if (write(fd, buf, n) != n) {
            close(fd);
            return -1;
        }
    }
    return fd;
}

static void check_file_shared(void)
{
    char buf[8] = {0};
    int fd = SYS(make_file("shared", 2 * PAGE, 7));
    char *p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
        fail_errno("mmap");
        return;
    }
    memcpy(p + PAGE + 10, "MAPW", 4);
    SYS(msync(p, 2 * PAGE, MS_SYNC));
    SYS(pread(fd, buf, 4, PAGE + 10));
    SYS(pwrite(fd, "FILE", 4, 20));
    int seen = !memcmp(p + 20, "FILE", 4);

    munmap(p, 2 * PAGE);
    close(fd);
    report(!strcmp(buf, "MAPW") && seen, "file-sees='%s' map-sees-write=%d",
           buf, seen);
}

static void check_file_private(void)
{
    char buf[8] = {0};
    int fd = SYS(make_file("private", 3 * PAGE, 8));
    char *p =
        mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, PAGE);
    if (p == MAP_FAILED) {
        fail_errno("mmap");
        return;
    }
    char want[PAGE];
    fill(want, PAGE, 9); /* file page 1 */
    int offset_ok = !memcmp(p, want, PAGE);
    memcpy(p + 5, "PRIV", 4);
    SYS(pread(fd, buf, 4, PAGE + 5));
    int untouched = memcmp(buf, "PRIV", 4) != 0;
    errno = 0;
    void *bad = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, 100);
    const char *e = bad == MAP_FAILED ? strerror(errno) : "mapped";

    munmap(p, 2 * PAGE);
    close(fd);
    report(offset_ok && untouched && bad == MAP_FAILED,
           "offset-data=%d file-untouched=%d unaligned-offset=%s", offset_ok,
           untouched, e);
}

static void check_sigbus(void)
{
    int fd = SYS(make_file("short", 100, 10));
    char *p = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
        fail_errno("mmap");
        return;
    }
    int tail_zero = p[100] == 0 && p[PAGE - 1] == 0;
    const char *r = strdup(touch(p + PAGE + 5, 0, p));
    const char *w = strdup(touch(p + 2 * PAGE, 1, p));
    SYS(ftruncate(fd, 2 * PAGE)); /* now the second page exists */
    const char *r2 = touch(p + PAGE + 5, 0, p);

    munmap(p, 3 * PAGE);
    close(fd);
    report(tail_zero && !strcmp(r, "BUS:ADRERR@+4101") &&
               !strcmp(w, "BUS:ADRERR@+8192") && !strcmp(r2, "none"),
           "tail-zero=%d read=%s write=%s after-extend=%s", tail_zero, r, w,
           r2);
}

static void check_madvise(void)
{
    char *p = MAP(4 * PAGE, PROT_READ | PROT_WRITE);
    fill(p, 4 * PAGE, 11);
    SYS(madvise(p + PAGE, 2 * PAGE, MADV_DONTNEED));
    int zero = p[PAGE] == 0 && p[3 * PAGE - 1] == 0;
    int kept = p[0] == (char)11 && p[3 * PAGE] == (char)(3 * PAGE * 13 + 11);
    SYS(madvise(p, 4 * PAGE, MADV_WILLNEED));
    errno = 0;
    long bad = madvise(p + 1, PAGE, MADV_DONTNEED);
    const char *e = bad < 0 ? strerror(errno) : "0";

    munmap(p, 4 * PAGE);
    report(zero && kept && bad < 0,
           "dontneed-zero=%d others-kept=%d "
           "unaligned=%s",
           zero, kept, e);
}

static void check_mlock_msync(void)
{
    char *p = MAP(2 * PAGE, PROT_READ | PROT_WRITE);
    long l = mlock(p, PAGE);
    long u = munlock(p, PAGE);
    long s = msync(p, 2 * PAGE, MS_ASYNC);
    SYS(munmap(p, 2 * PAGE));
    errno = 0;
    long s2 = msync(p, PAGE, MS_SYNC);
    const char *e = s2 < 0 ? strerror(errno) : "0";
    unsigned char vec[2];
    errno = 0;
    long m = mincore(p, PAGE, vec);
    const char *e2 = m < 0 ? strerror(errno) : "0";

    report(l == 0 && u == 0 && s == 0 && s2 < 0 && m < 0,
           "mlock=%ld munlock=%ld msync=%ld unmapped-msync=%s mincore=%s", l, u,
           s, e, e2);
}

static int shared_child(void *arg)
{
    char **pp = arg;
    strcpy(pp[0], "child wrote shared");
    strcpy(pp[1], "child wrote private");
    return 0;
}

static void check_shared_fork(void)
{
    char *sh = mmap(NULL, PAGE, PROT_READ | PROT_WRITE,
                    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    char *pr = MAP(PAGE, PROT_READ | PROT_WRITE);
    if (sh == MAP_FAILED) {
        fail_errno("mmap");
        return;
    }
    strcpy(sh, "parent");
    strcpy(pr, "parent");
    char *both[2] = {sh, pr};
    int st = run_child(shared_child, both);

    report(st == 0 && !strcmp(sh, "child wrote shared") &&
               !strcmp(pr, "parent"),
           "child=%s shared='%s' private='%s'", wait_str(st), sh, pr);
    munmap(sh, PAGE);
    munmap(pr, PAGE);
}

static void check_brk(void)
{
    char *b0 = sbrk(0);
    char *old = sbrk(1 << 20);
    if (old == (char *)-1) {
        fail_errno("sbrk");
        return;
    }
    char *b1 = sbrk(0);
    fill(old, 1 << 20, 12);
    unsigned s = sum_bytes(old, 1 << 20);
    sbrk(-(1 << 19));
    char *b2 = sbrk(0);
    const char *f = touch(b2 + PAGE, 0, b2);

    report(old == b0 && b1 == b0 + (1 << 20) && b2 == b0 + (1 << 19) &&
               !strcmp(f, "SEGV:MAPERR@+4096"),
           "grow=%ld shrink=%ld data=%08x above-break=%s", (long)(b1 - b0),
           (long)(b2 - b0), s, f);
    sbrk(-(1 << 19));
}

static void check_malloc(void)
{
    long big = 64L << 20;
    char *p = malloc(big);
    if (!p) {
        fail_errno("malloc");
        return;
    }
    for (long i = 0; i < big; i += PAGE) {
        p[i] = (char)(i >> 12);
    }
    long bad = 0;
    for (long i = 0; i < big; i += PAGE) {
        bad += p[i] != (char)(i >> 12);
    }
    free(p);
    /* many small blocks, freed in a different order */
    static char *blk[5000];
    unsigned s = 0;
    for (int i = 0; i < 5000; i++) {
        blk[i] = malloc(16 + i % 300);
        memset(blk[i], i & 0xff, 16 + i % 300);
    }
    for (int i = 0; i < 5000; i += 2) {
        free(blk[i]);
    }
    for (int i = 1; i < 5000; i += 2) {
        s += (unsigned char)blk[i][i % 16] * i;
        free(blk[i]);
    }
    report(bad == 0, "64MiB-bad-pages=%ld small-sum=%u", bad, s);
}

static void check_shm(void)
{
    struct shmid_ds ds;
    int id = SYS(shmget(IPC_PRIVATE, 65536, IPC_CREAT | 0600));
    char *a = shmat(id, NULL, 0);
    char *b = shmat(id, NULL, SHM_RDONLY);
    if (a == (void *)-1 || b == (void *)-1) {
        fail_errno("shmat");
        shmctl(id, IPC_RMID, NULL);
        return;
    }
    strcpy(a + 60000, "via shm");
    int seen = !strcmp(b + 60000, "via shm");
    const char *w = touch(b + 3, 1, b);
    SYS(shmctl(id, IPC_STAT, &ds));
    long sz = ds.shm_segsz, natt = ds.shm_nattch;
    SYS(shmdt(b));
    SYS(shmctl(id, IPC_STAT, &ds));
    long natt2 = ds.shm_nattch;
    SYS(shmdt(a));
    SYS(shmctl(id, IPC_RMID, NULL));

    report(seen && sz == 65536 && natt == 2 && natt2 == 1 &&
               !strcmp(w, "SEGV:ACCERR@+3"),
           "second-attach-sees=%d segsz=%ld nattch=%ld,%ld ro-write=%s", seen,
           sz, natt, natt2, w);
}

static void check_munmap_errors(void)
{
    char *p = MAP(PAGE, PROT_READ | PROT_WRITE);
    const char *e[4];
    errno = 0;
    e[0] = mprotect(p + 1, PAGE, PROT_READ) < 0 ? strerror(errno) : "0";
    errno = 0;
    e[1] = munmap(p, 0) < 0 ? strerror(errno) : "0";
    errno = 0;
    e[2] = mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) ==
                   MAP_FAILED
               ? strerror(errno)
               : "mapped";
    errno = 0;
    e[3] = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, 999, 0) == MAP_FAILED
               ? strerror(errno)
               : "mapped";

    munmap(p, PAGE);
    report(1, "mprotect-unaligned=%s munmap-0=%s mmap-0=%s bad-fd=%s", e[0],
           e[1], e[2], e[3]);
}

/* /proc/self/maps shows the mapping with the guest's addresses and rights. */
static void check_proc_maps(void)
{
    char *p = MAP(3 * PAGE, PROT_READ | PROT_WRITE);
    SYS(mprotect(p + PAGE, PAGE, PROT_READ));
    SYS(mprotect(p + 2 * PAGE, PAGE, PROT_NONE));
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) {
        fail_errno("fopen /proc/self/maps");
        return;
    }
    char line[512], found[3][8] = {"-", "-", "-"};
    while (fgets(line, sizeof(line), f)) {
        unsigned long lo, hi;
        char perms[8];
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) != 3) {
            continue;
        }
        for (int i = 0; i < 3; i++) {
            uintptr_t a = (uintptr_t)(p + i * PAGE);
            if (a >= lo && a < hi) {
                strcpy(found[i], perms);
            }
        }
    }
    fclose(f);
    munmap(p, 3 * PAGE);
    report(!strcmp(found[0], "rw-p") && !strcmp(found[1], "r--p") &&
               !strcmp(found[2], "---p"),
           "pages=%s,%s,%s", found[0], found[1], found[2]);
}

static int deep(int n)
{
    volatile char pad[4096];
    pad[0] = (char)n;
    return n == 0 ? 0 : deep(n - 1) + pad[0] - (char)n + 1;
}

static void check_stack(void)
{
    /* 2 MiB of stack in 4 KiB frames: the stack grows on demand */
    int d = deep(512);
    report(d == 512, "depth=%d", d);
}

static const ConfCheck checks[] = {
    {"mm.anon", check_anon},
    {"mm.mprotect-ro", check_mprotect_ro},
    {"mm.prot-none", check_prot_none},
    {"mm.unmapped", check_unmapped},
    {"mm.null", check_null},
    {"mm.mremap-grow", check_mremap_grow},
    {"mm.mremap-shrink", check_mremap_shrink},
    {"mm.mremap-fixed", check_mremap_fixed},
    {"mm.map-fixed", check_map_fixed},
    {"mm.fixed-noreplace", check_fixed_noreplace},
    {"mm.file-shared", check_file_shared},
    {"mm.file-private", check_file_private},
    {"mm.sigbus", check_sigbus},
    {"mm.madvise", check_madvise},
    {"mm.mlock-msync", check_mlock_msync},
    {"mm.shared-fork", check_shared_fork},
    {"mm.brk", check_brk},
    {"mm.malloc", check_malloc},
    {"mm.shm", check_shm},
    {"mm.errors", check_munmap_errors},
    {"mm.proc-maps", check_proc_maps},
    {"mm.stack", check_stack},
};

CONF_MAIN(checks)
