/*
 * stat family. newfstatat/fstat convert to the asm-generic struct stat
 * (struct-conv.h); statx and statfs have the same layout everywhere and are
 * passed through. Paths go through user_path().
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/path.h"
#include "linux-user/proc.h"
#include "syscall/struct-conv.h"
#include "syscall/util.h"

#define GUEST_STATX_SIZE 256
#define STATFS_SIZE 120

_Static_assert(sizeof(struct statfs) == STATFS_SIZE, "statfs layout");
_Static_assert(sizeof(struct statx) == GUEST_STATX_SIZE, "statx layout");

/* The path of a stat-like call. With AT_EMPTY_PATH a NULL pointer means
 * "the descriptor itself" (Linux 6.11); the host kernel judges that. */
static int stat_path(uint64_t addr, int flags, PathBuf *pb, const char **out)
{
    if (!addr && (flags & AT_EMPTY_PATH)) {
        *out = NULL;
        return 0;
    }
    const char *gp = lock_user_string(addr);
    if (!gp) {
        return -EFAULT;
    }
    /* stat of /proc/self/exe follows it to the guest program, lstat does
     * not follow links (linux-user/proc.h, path.h) */
    bool nofollow = flags & AT_SYMLINK_NOFOLLOW;
    *out = nofollow ? path_resolve_nofollow(gp, pb) : proc_exe_path(gp);
    if (!*out) {
        *out = path_resolve(gp, pb);
    }
    return 0;
}

static int64_t put_stat(uint64_t addr, const struct stat *st)
{
    GuestStat g;
    stat_to_guest(&g, st);
    return copy_to_user(addr, &g, sizeof(g));
}

int64_t sys_newfstatat(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pb;
    const char *path;
    struct stat st;
    if (stat_path(a[1], arg_int(a[3]), &pb, &path) < 0 ||
        !guest_access_ok(a[2], sizeof(GuestStat), true)) {
        return -EFAULT;
    }
    if (syscall(SYS_newfstatat, arg_int(a[0]), path, &st, arg_int(a[3])) < 0) {
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
    PathBuf pb;
    const char *path;
    void *buf = lock_user(a[4], GUEST_STATX_SIZE, true);
    if (stat_path(a[1], arg_int(a[2]), &pb, &path) < 0 || !buf) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_statx, arg_int(a[0]), path, arg_int(a[2]),
                            (unsigned)a[3], buf));
}

int64_t sys_statfs(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pb;
    const char *path = user_path(a[0], &pb);
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
