/*
 * Guest kernel structures whose layout differs from x86-64's, with explicit
 * conversions. Only what actually differs lives here; structures with the
 * same layout on every 64-bit asm-generic arch and on x86-64 (timespec,
 * statx, linux_dirent64, iovec, rlimit, rusage, sysinfo, utsname, flock,
 * pollfd, statfs) are passed through and say so where they are used.
 */
#ifndef MIMIC_SYSCALL_STRUCT_CONV_H
#define MIMIC_SYSCALL_STRUCT_CONV_H

#include <stdint.h>
#include <sys/stat.h>

/* asm-generic/stat.h, 64-bit (riscv64, aarch64): 128 bytes. x86-64's has
 * st_nlink as a long before st_mode and no __pad1/__pad2. */
typedef struct GuestStat {
    uint64_t st_dev;
    uint64_t st_ino;
    uint32_t st_mode;
    uint32_t st_nlink;
    uint32_t st_uid;
    uint32_t st_gid;
    uint64_t st_rdev;
    uint64_t __pad1;
    int64_t st_size;
    int32_t st_blksize;
    int32_t __pad2;
    int64_t st_blocks;
    int64_t st_atime_sec;
    uint64_t st_atime_nsec;
    int64_t st_mtime_sec;
    uint64_t st_mtime_nsec;
    int64_t st_ctime_sec;
    uint64_t st_ctime_nsec;
    uint32_t __unused4;
    uint32_t __unused5;
} GuestStat;

void stat_to_guest(GuestStat *g, const struct stat *h);

/* The kernel's struct termios (asm-generic/termbits.h; TCGETS/TCSETS use
 * it, not glibc's larger struct). x86-64 has the same layout and flag
 * values; the conversion is still explicit so an ABI whose bits differ
 * only changes these two functions. */
#define GUEST_NCCS 19
typedef struct GuestTermios {
    uint32_t c_iflag, c_oflag, c_cflag, c_lflag;
    uint8_t c_line;
    uint8_t c_cc[GUEST_NCCS];
} GuestTermios;

/* The host kernel's struct termios (x86-64 asm/termbits.h). */
#define HOST_KNCCS 19
typedef struct HostKTermios {
    uint32_t c_iflag, c_oflag, c_cflag, c_lflag;
    uint8_t c_line;
    uint8_t c_cc[HOST_KNCCS];
} HostKTermios;

void termios_to_guest(GuestTermios *g, const HostKTermios *h);
void termios_to_host(HostKTermios *h, const GuestTermios *g);

#endif
