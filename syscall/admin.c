/*
 * System administration calls: mount, umount2, chroot, pivot_root, acct,
 * sethostname, setdomainname, syslog, vhangup, and the personality
 * (execution domain). All are the host's business: they are forwarded and
 * whatever the host says (usually EPERM) is the answer. Paths go through
 * user_path(); mount's source is a path only for bind and move mounts,
 * otherwise a device or file system name passed as written.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/path.h"
#include "syscall/util.h"

#define MOUNT_DATA_MAX 4096 /* the kernel copies at most a page */
#define UTS_LEN 64          /* __NEW_UTS_LEN */

/* mount's data argument: file-system-specific bytes, usually an option
 * string. Like the kernel, take whatever of the first page is readable. */
static int mount_data(uint64_t addr, char *buf)
{
    size_t n = 0;
    while (n < MOUNT_DATA_MAX) {
        size_t chunk = 4096 - ((addr + n) & 4095);
        if (chunk > MOUNT_DATA_MAX - n) {
            chunk = MOUNT_DATA_MAX - n;
        }
        if (!guest_access_ok(addr + n, chunk, false)) {
            break;
        }
        n += chunk;
    }
    if (!n) {
        return -EFAULT;
    }
    memcpy(buf, g2h(addr), n);
    memset(buf + n, 0, MOUNT_DATA_MAX - n);
    return 0;
}

int64_t sys_mount(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf psrc, ptarget;
    static __thread char data[MOUNT_DATA_MAX];
    unsigned long flags = a[3];
    const char *src = NULL, *type = NULL;
    if (a[0]) {
        src = flags & (MS_BIND | MS_MOVE) ? user_path(a[0], &psrc)
                                          : lock_user_string(a[0]);
        if (!src) {
            return -EFAULT;
        }
    }
    const char *target = user_path(a[1], &ptarget);
    if (!target || (a[2] && !(type = lock_user_string(a[2]))) ||
        (a[4] && mount_data(a[4], data) < 0)) {
        return -EFAULT;
    }
    return host_ret(mount(src, target, type, flags, a[4] ? data : NULL));
}

int64_t sys_umount2(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pb;
    int flags = arg_int(a[1]);
    const char *target = flags & UMOUNT_NOFOLLOW ? user_path_nofollow(a[0], &pb)
                                                 : user_path(a[0], &pb);
    return target ? host_ret(umount2(target, flags)) : -EFAULT;
}

int64_t sys_chroot(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pb;
    const char *path = user_path(a[0], &pb);
    return path ? host_ret(chroot(path)) : -EFAULT;
}

int64_t sys_pivot_root(CPUCommon *cpu, const uint64_t *a)
{
    PathBuf pnew, pold;
    const char *new_root = user_path(a[0], &pnew);
    const char *put_old = user_path(a[1], &pold);
    if (!new_root || !put_old) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_pivot_root, new_root, put_old));
}

int64_t sys_acct(CPUCommon *cpu, const uint64_t *a)
{
    /* NULL turns accounting off. */
    PathBuf pb;
    const char *path = NULL;
    if (a[0] && !(path = user_path(a[0], &pb))) {
        return -EFAULT;
    }
    return host_ret(acct(path));
}

/* sethostname/setdomainname. The kernel checks the capability before the
 * length: an out-of-range length goes to the host without a buffer, so
 * the answer (EPERM or EINVAL) is the kernel's. */
static int64_t set_uts_name(long nr, const uint64_t *a)
{
    int len = arg_int(a[1]);
    const char *name = NULL;
    if (len > 0 && len <= UTS_LEN && !(name = lock_user(a[0], len, false))) {
        return -EFAULT;
    }
    return host_ret(syscall(nr, name, len));
}

int64_t sys_sethostname(CPUCommon *cpu, const uint64_t *a)
{
    return set_uts_name(SYS_sethostname, a);
}

int64_t sys_setdomainname(CPUCommon *cpu, const uint64_t *a)
{
    return set_uts_name(SYS_setdomainname, a);
}

/* syslog(2) actions that fill the buffer (SYSLOG_ACTION_READ*). */
static bool syslog_reads(int type)
{
    return type == 2 || type == 3 || type == 4;
}

int64_t sys_syslog(CPUCommon *cpu, const uint64_t *a)
{
    int type = arg_int(a[0]), len = arg_int(a[2]);
    void *buf = NULL;
    if (syslog_reads(type)) {
        if (len < 0) {
            return -EINVAL;
        }
        if (!(buf = lock_user(a[1], len, true)) && len) {
            return -EFAULT;
        }
    }
    return host_ret(syscall(SYS_syslog, type, buf, len));
}

int64_t sys_vhangup(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(vhangup());
}

int64_t sys_personality(CPUCommon *cpu, const uint64_t *a)
{
    /* Applied to the host process, so it survives an execve of a child
     * mimic (setarch -R). 0xffffffff only queries. */
    return host_ret(syscall(SYS_personality, (unsigned)a[0]));
}
