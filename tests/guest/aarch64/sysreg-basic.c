/*
 * EL0 system registers and system instructions: NZCV, FPCR, FPSR,
 * TPIDR_EL0, TPIDRRO_EL0, DCZID_EL0, CTR_EL0, the generic timer, the ID
 * registers Linux exposes (checked against AT_HWCAP), DC ZVA, CLREX, the
 * barriers, and code modified in place made visible with DC CVAU / IC IVAU
 * / ISB.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <time.h>

static int failures;

static void check(const char *what, uint64_t got, uint64_t want)
{
    printf("%-26s %016" PRIx64 "%s\n", what, got, got == want ? "" : "  FAIL");
    if (got != want) {
        printf("  want %016" PRIx64 "\n", want);
        failures++;
    }
}

#define MRS(reg)                                                           \
    ({                                                                     \
        uint64_t v_;                                                       \
        __asm__ volatile("mrs %0, " reg : "=r"(v_));                       \
        v_;                                                                \
    })
#define MSR(reg, v) __asm__ volatile("msr " reg ", %0" : : "r"((uint64_t)(v)))

static void nzcv(void)
{
    uint64_t all = 0;

    for (uint64_t n = 0; n < 16; n++) {
        uint64_t v;
        /* Bits other than 31:28 are ignored on write and read as zero. */
        __asm__ volatile("msr nzcv, %1\n\tmrs %0, nzcv"
                         : "=r"(v) : "r"(n << 28 | 0x0fffffffull | ~0ull << 32));
        all |= (v == n << 28) << n;
    }
    check("nzcv roundtrip", all, 0xffff);
    /* Flags from a compare read back exactly. */
    uint64_t v;
    __asm__ volatile("cmp %1, %2\n\tmrs %0, nzcv"
                     : "=r"(v) : "r"(1ull), "r"(2ull) : "cc");
    check("nzcv after cmp 1,2", v, 0x80000000);
    __asm__ volatile("cmp %w1, %w2\n\tmrs %0, nzcv"
                     : "=r"(v) : "r"(0x80000000ull), "r"(1ull) : "cc");
    check("nzcv after cmp w", v, 0x30000000);
}

static void fp_regs(void)
{
    uint64_t old = MRS("fpcr");

    MSR("fpcr", 3ull << 22);
    check("fpcr rmode rz", MRS("fpcr") & (0x1f << 22), 3ull << 22);
    MSR("fpcr", 7ull << 24);
    check("fpcr ahp dn fz", MRS("fpcr") & (0x1f << 22), 7ull << 24);
    MSR("fpcr", old);
    check("fpcr restored", MRS("fpcr"), old);
    MSR("fpsr", 0x9f);
    check("fpsr flags", MRS("fpsr"), 0x9f);
    MSR("fpsr", 1ull << 27);
    check("fpsr qc", MRS("fpsr"), 1ull << 27);
    MSR("fpsr", 0);
    check("fpsr clear", MRS("fpsr"), 0);
}

static void tls_regs(void)
{
    uint64_t old = MRS("tpidr_el0");

    uint64_t v;

    /* Restore before printing: libc's TLS lives there. */
    MSR("tpidr_el0", 0x123456789abcdef0ull);
    v = MRS("tpidr_el0");
    MSR("tpidr_el0", old);
    check("tpidr_el0", v, 0x123456789abcdef0ull);
    check("tpidr_el0 restored", MRS("tpidr_el0") == old, 1);
    check("tpidrro_el0", MRS("tpidrro_el0"), 0);
}

static void id_regs(void)
{
    unsigned long hw = getauxval(AT_HWCAP);
    uint64_t isar0 = MRS("id_aa64isar0_el1");
    uint64_t isar1 = MRS("id_aa64isar1_el1");
    uint64_t pfr0 = MRS("id_aa64pfr0_el1");
    uint64_t ctr = MRS("ctr_el0");
    uint64_t dczid = MRS("dczid_el0");

    check("hwcap cpuid", !!(hw & HWCAP_CPUID), 1);
    check("crc32 field = hwcap", ((isar0 >> 16 & 15) >= 1), !!(hw & HWCAP_CRC32));
    check("atomic field = hwcap", ((isar0 >> 20 & 15) >= 2),
          !!(hw & HWCAP_ATOMICS));
    check("lrcpc field = hwcap", ((isar1 >> 20 & 15) >= 1), !!(hw & HWCAP_LRCPC));
    check("fp implemented", (pfr0 >> 16 & 15) != 15, 1);
    check("asimd implemented", (pfr0 >> 20 & 15) != 15, 1);
    check("el0 aarch64", (pfr0 & 15) != 0, 1);
    check("mpidr bit 31", MRS("mpidr_el1") >> 31 & 1, 1);
    check("ctr res1 bit 31", ctr >> 31 & 1, 1);
    check("ctr dminline >= 16B", (ctr >> 16 & 15) >= 2, 1);
    check("ctr iminline >= 16B", (ctr & 15) >= 2, 1);
    check("dczid dzp clear", dczid >> 4 & 1, 0);
    /* Reserved ID registers read as zero. */
    check("id_aa64isar0 res", MRS("S3_0_C0_C6_7"), 0);
}

static void timer(void)
{
    uint64_t frq = MRS("cntfrq_el0");
    struct timespec t0, t1;
    uint64_t c0, c1, c2;

    check("cntfrq nonzero", frq != 0, 1);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    c0 = MRS("cntvct_el0");
    for (volatile int i = 0; i < 2000000; i++) {
    }
    c1 = MRS("cntvct_el0");
    clock_gettime(CLOCK_MONOTONIC, &t1);
    c2 = MRS("cntvct_el0");
    check("cntvct increases", c0 < c1 && c1 <= c2, 1);
    double ns = (t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec);
    double cns = (double)(c1 - c0) * 1e9 / (double)frq;
    check("cntvct rate ~ clock", cns <= ns * 1.01 + 1000 && cns > ns / 4, 1);
}

static void dc_zva(void)
{
    static uint8_t buf[4096] __attribute__((aligned(2048)));
    uint64_t dczid = MRS("dczid_el0");
    unsigned bs = 4u << (dczid & 15), lo = sizeof(buf), hi = 0;

    memset(buf, 0xff, sizeof(buf));
    __asm__ volatile("dc zva, %0" : : "r"(buf + 1024 + 5) : "memory");
    for (unsigned i = 0; i < sizeof(buf); i++) {
        if (!buf[i]) {
            lo = i < lo ? i : lo;
            hi = i > hi ? i : hi;
        }
    }
    check("dc zva block <= 1024", bs <= 1024, 1);
    check("dc zva start", lo, 1024);
    check("dc zva length = dczid", hi + 1 - lo == bs, 1);
}

static void barriers_clrex(void)
{
    static uint64_t word = 5;
    uint64_t v, st;

    __asm__ volatile("dmb ish\n\tdmb ishld\n\tdmb ishst\n\tdsb sy\n\t"
                     "dsb ish\n\tisb" : : : "memory");
    __asm__ volatile("ldxr %0, [%2]\n\tclrex\n\tstxr %w1, %0, [%2]"
                     : "=&r"(v), "=&r"(st) : "r"(&word) : "memory");
    check("stxr after clrex fails", st, 1);
    __asm__ volatile("1:\tldxr %0, [%2]\n\tadd %0, %0, #1\n\t"
                     "stxr %w1, %0, [%2]\n\tcbnz %w1, 1b"
                     : "=&r"(v), "=&r"(st) : "r"(&word) : "memory");
    check("ldxr/stxr loop", word, 6);
}

/* mov w0, #imm; ret */
static void emit(uint32_t *code, unsigned imm)
{
    code[0] = 0x52800000 | imm << 5;
    code[1] = 0xd65f03c0;
}

static void flush(uint32_t *code)
{
    __asm__ volatile("dc cvau, %0\n\tdsb ish\n\tic ivau, %0\n\tdsb ish\n\tisb"
                     : : "r"(code) : "memory");
}

static void smc(void)
{
    uint32_t *code = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    int (*fn)(void) = (int (*)(void))code;
    int sum = 0;

    for (unsigned i = 1; i <= 10; i++) {
        emit(code, i);
        flush(code);
        sum += fn();
    }
    check("modified code runs", sum, 55);
    munmap(code, 4096);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    nzcv();
    fp_regs();
    tls_regs();
    id_regs();
    timer();
    dc_zva();
    barriers_clrex();
    smc();
    printf("sysreg-basic: %d failed\n", failures);
    return failures != 0;
}
