/*
 * Extended attributes: set/get/list/remove, each by path, by path without
 * following a final symlink (l*), and by descriptor (f*). Names are
 * strings and values opaque bytes, so nothing is converted; a zero size
 * asks for the needed length and leaves the value pointer unread.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/path.h"
#include "syscall/util.h"

/* How a[0] names the file. ORDER: the columns of the number tables. */
typedef enum { XA_PATH, XA_LINK, XA_FD } XattrTarget;

static const long nr_set[] = {SYS_setxattr, SYS_lsetxattr, SYS_fsetxattr};
static const long nr_get[] = {SYS_getxattr, SYS_lgetxattr, SYS_fgetxattr};
static const long nr_list[] = {SYS_listxattr, SYS_llistxattr, SYS_flistxattr};
static const long nr_remove[] = {SYS_removexattr, SYS_lremovexattr,
                                 SYS_fremovexattr};

/* The first host argument: the resolved path or the descriptor. */
static int xattr_target(XattrTarget how, uint64_t arg, PathBuf *pb, long *out)
{
    if (how == XA_FD) {
        *out = arg_int(arg);
        return 0;
    }
    /* The l* calls act on a final symbolic link itself. */
    const char *path =
        how == XA_LINK ? user_path_nofollow(arg, pb) : user_path(arg, pb);
    *out = (long)path;
    return path ? 0 : -EFAULT;
}

/* The value or list buffer: size bytes, NULL when size is 0. */
static int xattr_buf(uint64_t addr, uint64_t size, bool write, void **out)
{
    *out = NULL;
    if (!size) {
        return 0;
    }
    *out = lock_user(addr, size, write);
    return *out ? 0 : -EFAULT;
}

static int64_t do_setxattr(XattrTarget how, const uint64_t *a)
{
    PathBuf pb;
    long target;
    void *value;
    const char *name = lock_user_string(a[1]);
    if (xattr_target(how, a[0], &pb, &target) < 0 || !name ||
        xattr_buf(a[2], a[3], false, &value) < 0) {
        return -EFAULT;
    }
    return host_ret(
        syscall(nr_set[how], target, name, value, (size_t)a[3], arg_int(a[4])));
}

static int64_t do_getxattr(XattrTarget how, const uint64_t *a)
{
    PathBuf pb;
    long target;
    void *value;
    const char *name = lock_user_string(a[1]);
    if (xattr_target(how, a[0], &pb, &target) < 0 || !name ||
        xattr_buf(a[2], a[3], true, &value) < 0) {
        return -EFAULT;
    }
    return host_ret(syscall(nr_get[how], target, name, value, (size_t)a[3]));
}

static int64_t do_listxattr(XattrTarget how, const uint64_t *a)
{
    PathBuf pb;
    long target;
    void *list;
    if (xattr_target(how, a[0], &pb, &target) < 0 ||
        xattr_buf(a[1], a[2], true, &list) < 0) {
        return -EFAULT;
    }
    return host_ret(syscall(nr_list[how], target, list, (size_t)a[2]));
}

static int64_t do_removexattr(XattrTarget how, const uint64_t *a)
{
    PathBuf pb;
    long target;
    const char *name = lock_user_string(a[1]);
    if (xattr_target(how, a[0], &pb, &target) < 0 || !name) {
        return -EFAULT;
    }
    return host_ret(syscall(nr_remove[how], target, name));
}

int64_t sys_setxattr(CPUCommon *cpu, const uint64_t *a)
{
    return do_setxattr(XA_PATH, a);
}

int64_t sys_lsetxattr(CPUCommon *cpu, const uint64_t *a)
{
    return do_setxattr(XA_LINK, a);
}

int64_t sys_fsetxattr(CPUCommon *cpu, const uint64_t *a)
{
    return do_setxattr(XA_FD, a);
}

int64_t sys_getxattr(CPUCommon *cpu, const uint64_t *a)
{
    return do_getxattr(XA_PATH, a);
}

int64_t sys_lgetxattr(CPUCommon *cpu, const uint64_t *a)
{
    return do_getxattr(XA_LINK, a);
}

int64_t sys_fgetxattr(CPUCommon *cpu, const uint64_t *a)
{
    return do_getxattr(XA_FD, a);
}

int64_t sys_listxattr(CPUCommon *cpu, const uint64_t *a)
{
    return do_listxattr(XA_PATH, a);
}

int64_t sys_llistxattr(CPUCommon *cpu, const uint64_t *a)
{
    return do_listxattr(XA_LINK, a);
}

int64_t sys_flistxattr(CPUCommon *cpu, const uint64_t *a)
{
    return do_listxattr(XA_FD, a);
}

int64_t sys_removexattr(CPUCommon *cpu, const uint64_t *a)
{
    return do_removexattr(XA_PATH, a);
}

int64_t sys_lremovexattr(CPUCommon *cpu, const uint64_t *a)
{
    return do_removexattr(XA_LINK, a);
}

int64_t sys_fremovexattr(CPUCommon *cpu, const uint64_t *a)
{
    return do_removexattr(XA_FD, a);
}
