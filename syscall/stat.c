/*
 * stat family. newfstatat/fstat convert to the asm-generic struct stat
 * (struct-conv.h); statx and statfs have the same layout everywhere and are
 * passed through.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/struct-conv.h"
#include "syscall/util.h"

#define GUEST_STATX_SIZE 256
#define STATFS_SIZE 120

_Static_assert(sizeof(struct statfs) == STATFS_SIZE, "statfs layout");

static int64_t put_stat(uint64_t addr, const struct stat *st)
{
    GuestStat g;
    stat_to_guest(&g, st);
    return copy_to_user(addr, &g, sizeof(g));
}

int64_t sys_newfstatat(CPUCommon *cpu, const uint64_t *a)
{
    const char *path = lock_user_string(a[1]);
    struct stat st;
    if (!path || !guest_access_ok(a[2], sizeof(GuestStat), true)) {
        return -EFAULT;
    }
    if (fstatat(arg_int(a[0]), path, &st, arg_int(a[3])) < 0) {
        return -errno;
    }
    return put_stat(a[2], &st);
}

int64_t sys_fstat(CPUCommon *cpu, const uint64_t *a)
{
    struct stat st;
    if (!guest_access_ok(a[1], sizeof(GuestStat), true)) {
        return -EFAULT;
    }
    if (fstat(arg_int(a[0]), &st) < 0) {
        return -errno;
    }
    return put_stat(a[1], &st);
}

int64_t sys_statx(CPUCommon *cpu, const uint64_t *a)
{
    const char *path = lock_user_string(a[1]);
    void *buf = lock_user(a[4], GUEST_STATX_SIZE, true);
    if (!path || !buf) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_statx, arg_int(a[0]), path, arg_int(a[2]),
                            (unsigned)a[3], buf));
}

int64_t sys_statfs(CPUCommon *cpu, const uint64_t *a)
{
    const char *path = lock_user_string(a[0]);
    void *buf = lock_user(a[1], STATFS_SIZE, true);
    if (!path || !buf) {
        return -EFAULT;
    }
    return host_ret(statfs(path, buf));
}

int64_t sys_fstatfs(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user(a[1], STATFS_SIZE, true);
    return buf ? host_ret(fstatfs(arg_int(a[0]), buf)) : -EFAULT;
}
