/*
 * Field-by-field conversions of the structures in struct-conv.h.
 */
#include "syscall/struct-conv.h"

#include <stddef.h>
#include <string.h>

_Static_assert(sizeof(GuestStat) == 128,
               "asm-generic struct stat is 128 bytes");
_Static_assert(offsetof(GuestStat, st_mode) == 16, "st_mode");
_Static_assert(offsetof(GuestStat, st_rdev) == 32, "st_rdev");
_Static_assert(offsetof(GuestStat, st_size) == 48, "st_size");
_Static_assert(offsetof(GuestStat, st_blksize) == 56, "st_blksize");
_Static_assert(offsetof(GuestStat, st_blocks) == 64, "st_blocks");
_Static_assert(offsetof(GuestStat, st_atime_sec) == 72, "st_atime");
_Static_assert(offsetof(GuestStat, st_ctime_nsec) == 112, "st_ctime_nsec");
_Static_assert(sizeof(GuestTermios) == 36, "kernel termios is 36 bytes");
_Static_assert(sizeof(HostKTermios) == 36, "kernel termios is 36 bytes");

void stat_to_guest(GuestStat *g, const struct stat *h)
{
    memset(g, 0, sizeof(*g));
    g->st_dev = h->st_dev;
    g->st_ino = h->st_ino;
    g->st_mode = h->st_mode;
    g->st_nlink = (uint32_t)h->st_nlink;
    g->st_uid = h->st_uid;
    g->st_gid = h->st_gid;
    g->st_rdev = h->st_rdev;
    g->st_size = h->st_size;
    g->st_blksize = (int32_t)h->st_blksize;
    g->st_blocks = h->st_blocks;
    g->st_atime_sec = h->st_atim.tv_sec;
    g->st_atime_nsec = h->st_atim.tv_nsec;
    g->st_mtime_sec = h->st_mtim.tv_sec;
    g->st_mtime_nsec = h->st_mtim.tv_nsec;
    g->st_ctime_sec = h->st_ctim.tv_sec;
    g->st_ctime_nsec = h->st_ctim.tv_nsec;
}

void termios_to_guest(GuestTermios *g, const HostKTermios *h)
{
    g->c_iflag = h->c_iflag;
    g->c_oflag = h->c_oflag;
    g->c_cflag = h->c_cflag;
    g->c_lflag = h->c_lflag;
    g->c_line = h->c_line;
    /* VINTR..VEOL2 have the same indices in both (asm-generic order). */
    memcpy(g->c_cc, h->c_cc, GUEST_NCCS);
}

void termios_to_host(HostKTermios *h, const GuestTermios *g)
{
    h->c_iflag = g->c_iflag;
    h->c_oflag = g->c_oflag;
    h->c_cflag = g->c_cflag;
    h->c_lflag = g->c_lflag;
    h->c_line = g->c_line;
    memcpy(h->c_cc, g->c_cc, HOST_KNCCS);
}
