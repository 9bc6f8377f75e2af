/*
 * Syscall structure conversion: struct stat into the asm-generic layout and
 * the kernel termios, checked byte offset by byte offset against the
 * riscv64/aarch64 kernel headers' layout; plus the rule that a bad guest
 * pointer is -EFAULT, never a host fault.
 */
#define _GNU_SOURCE
#include <asm/termbits.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "linux-user/mmap.h"
#include "syscall/struct-conv.h"
#include "syscall/syscall.h"
#include "translator/guest.h"

static int failures;

static void check(bool ok, const char *name)
{
    printf("%s %s\n", ok ? "PASS" : "FAIL", name);
    if (!ok) {
        failures++;
    }
}

static uint64_t get(const void *buf, size_t off, size_t size)
{
    uint64_t v = 0;
    memcpy(&v, (const uint8_t *)buf + off, size);
    return v;
}

static void test_stat(void)
{
    struct stat h;
    memset(&h, 0, sizeof(h));
    h.st_dev = 0x1111;
    h.st_ino = 0x2222222222ull;
    h.st_mode = 0100644;
    h.st_nlink = 3;
    h.st_uid = 1000;
    h.st_gid = 1001;
    h.st_rdev = 0x0805;
    h.st_size = 0x123456789ll;
    h.st_blksize = 4096;
    h.st_blocks = 77;
    h.st_atim = (struct timespec){1700000001, 11};
    h.st_mtim = (struct timespec){1700000002, 22};
    h.st_ctim = (struct timespec){1700000003, 33};
    uint8_t g[128];
    memset(g, 0xee, sizeof(g));
    stat_to_guest((GuestStat *)g, &h);
    /* Offsets from asm-generic/stat.h (riscv64, aarch64). */
    static const struct {
        const char *name;
        size_t off, size;
        uint64_t want;
    } fields[] = {
        {"st_dev", 0, 8, 0x1111},
        {"st_ino", 8, 8, 0x2222222222ull},
        {"st_mode", 16, 4, 0100644},
        {"st_nlink", 20, 4, 3},
        {"st_uid", 24, 4, 1000},
        {"st_gid", 28, 4, 1001},
        {"st_rdev", 32, 8, 0x0805},
        {"__pad1", 40, 8, 0},
        {"st_size", 48, 8, 0x123456789ull},
        {"st_blksize", 56, 4, 4096},
        {"__pad2", 60, 4, 0},
        {"st_blocks", 64, 8, 77},
        {"st_atime", 72, 8, 1700000001},
        {"st_atime_nsec", 80, 8, 11},
        {"st_mtime", 88, 8, 1700000002},
        {"st_mtime_nsec", 96, 8, 22},
        {"st_ctime", 104, 8, 1700000003},
        {"st_ctime_nsec", 112, 8, 33},
        {"__unused", 120, 8, 0},
    };
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        char name[64];
        snprintf(name, sizeof(name), "stat.%s at offset %zu", fields[i].name,
                 fields[i].off);
        check(get(g, fields[i].off, fields[i].size) == fields[i].want, name);
    }
    check(sizeof(GuestStat) == 128, "sizeof guest struct stat == 128");
}

static void test_termios(void)
{
    /* The host kernel's own definition must match what we ioctl with. */
    check(sizeof(struct termios) == sizeof(HostKTermios) &&
              offsetof(struct termios, c_cc) == offsetof(HostKTermios, c_cc) &&
              NCCS == HOST_KNCCS,
          "HostKTermios matches x86-64 asm/termbits.h");
    HostKTermios h;
    h.c_iflag = 0x11111111;
    h.c_oflag = 0x22222222;
    h.c_cflag = 0x33333333;
    h.c_lflag = 0x44444444;
    h.c_line = 0x55;
    for (int i = 0; i < HOST_KNCCS; i++) {
        h.c_cc[i] = 0x60 + i;
    }
    uint8_t g[36];
    termios_to_guest((GuestTermios *)g, &h);
    check(get(g, 0, 4) == 0x11111111, "termios.c_iflag at 0");
    check(get(g, 4, 4) == 0x22222222, "termios.c_oflag at 4");
    check(get(g, 8, 4) == 0x33333333, "termios.c_cflag at 8");
    check(get(g, 12, 4) == 0x44444444, "termios.c_lflag at 12");
    check(g[16] == 0x55, "termios.c_line at 16");
    bool cc = true;
    for (int i = 0; i < GUEST_NCCS; i++) {
        cc &= g[17 + i] == 0x60 + i;
    }
    check(cc, "termios.c_cc[0..18] at 17");
    /* VMIN/VTIME/VEOF indices are the asm-generic ones on x86-64 too. */
    check(VINTR == 0 && VEOF == 4 && VTIME == 5 && VMIN == 6 && VEOL2 == 16,
          "termios c_cc indices are asm-generic");
    HostKTermios back;
    termios_to_host(&back, (GuestTermios *)g);
    check(!memcmp(&back, &h, sizeof(h)), "termios round trip");
}

static void test_efault(void)
{
    uint64_t page = target_mmap(0, 4096, PROT_READ | PROT_WRITE,
                                MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    check((int64_t)page > 0, "guest mmap");
    uint64_t a[6] = {1, 0xdead0000, 16};
    check(do_syscall(NULL, 64 /* write */, a) == -EFAULT,
          "write from unmapped: EFAULT");
    uint64_t b[6] = {1, page + 4090, 16};
    check(do_syscall(NULL, 64, b) == -EFAULT,
          "write crossing into unmapped: EFAULT");
    int fd = open("/dev/null", O_RDONLY);
    uint64_t c[6] = {fd, page, 0x4000};
    /* fstat into a read-only page */
    target_mprotect(page, 4096, PROT_READ);
    uint64_t d[6] = {fd, page};
    check(do_syscall(NULL, 80 /* fstat */, d) == -EFAULT,
          "fstat into read-only: EFAULT");
    check(do_syscall(NULL, 63 /* read */, c) == -EFAULT,
          "read into read-only: EFAULT");
    target_mprotect(page, 4096, PROT_READ | PROT_WRITE);
    check(do_syscall(NULL, 80, d) == 0 &&
              ((GuestStat *)g2h(page))->st_mode == (S_IFCHR | 0666),
          "fstat /dev/null through the guest layout");
    uint64_t e[6] = {(uint64_t)-100, 0x10, page, 0};
    check(do_syscall(NULL, 79 /* newfstatat */, e) == -EFAULT,
          "bad path: EFAULT");
    uint64_t f[6] = {0};
    check(do_syscall(NULL, 999, f) == -ENOSYS, "unknown syscall: ENOSYS");
    close(fd);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    test_stat();
    test_termios();
    if (mmap_init(guest_arch->va_bits, 8 << 20) == 0) {
        syscall_init();
        test_efault();
    } else {
        check(false, "reserve the guest address space");
    }
    return failures ? 1 : 0;
}
