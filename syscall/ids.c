/*
 * Credentials: user and group ids (real, effective, saved, file system),
 * supplementary groups, capabilities.
 *
 * The setters are raw host syscalls, never glibc's setuid() and friends:
 * those broadcast the change to every thread of the emulator, while POSIX
 * per-process semantics are the guest libc's job — it already runs the
 * syscall in each of its threads (each one a host thread here). Ids are
 * 32-bit everywhere; (uid_t)-1 keeps "unchanged" meaning unchanged.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/util.h"

int64_t sys_getuid(CPUCommon *cpu, const uint64_t *a)
{
    return syscall(SYS_getuid);
}

int64_t sys_geteuid(CPUCommon *cpu, const uint64_t *a)
{
    return syscall(SYS_geteuid);
}

int64_t sys_getgid(CPUCommon *cpu, const uint64_t *a)
{
    return syscall(SYS_getgid);
}

int64_t sys_getegid(CPUCommon *cpu, const uint64_t *a)
{
    return syscall(SYS_getegid);
}

int64_t sys_setuid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_setuid, (uid_t)a[0]));
}

int64_t sys_setgid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_setgid, (gid_t)a[0]));
}

int64_t sys_setreuid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_setreuid, (uid_t)a[0], (uid_t)a[1]));
}

int64_t sys_setregid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(syscall(SYS_setregid, (gid_t)a[0], (gid_t)a[1]));
}

int64_t sys_setresuid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(
        syscall(SYS_setresuid, (uid_t)a[0], (uid_t)a[1], (uid_t)a[2]));
}

int64_t sys_setresgid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(
        syscall(SYS_setresgid, (gid_t)a[0], (gid_t)a[1], (gid_t)a[2]));
}

/* getresuid/getresgid: three separate 32-bit out pointers. */
static int64_t get_res_ids(long nr, const uint64_t *a)
{
    uint32_t ids[3];
    if (syscall(nr, &ids[0], &ids[1], &ids[2]) < 0) {
        return -errno;
    }
    for (int i = 0; i < 3; i++) {
        if (copy_to_user(a[i], &ids[i], 4) < 0) {
            return -EFAULT;
        }
    }
    return 0;
}

int64_t sys_getresuid(CPUCommon *cpu, const uint64_t *a)
{
    return get_res_ids(SYS_getresuid, a);
}

int64_t sys_getresgid(CPUCommon *cpu, const uint64_t *a)
{
    return get_res_ids(SYS_getresgid, a);
}

/* setfsuid/setfsgid never fail: they return the previous id. */
int64_t sys_setfsuid(CPUCommon *cpu, const uint64_t *a)
{
    return syscall(SYS_setfsuid, (uid_t)a[0]);
}

int64_t sys_setfsgid(CPUCommon *cpu, const uint64_t *a)
{
    return syscall(SYS_setfsgid, (gid_t)a[0]);
}

int64_t sys_getgroups(CPUCommon *cpu, const uint64_t *a)
{
    int n = arg_int(a[0]);
    if (n < 0) {
        return -EINVAL;
    }
    void *list = n ? lock_user(a[1], (uint64_t)n * 4, true) : NULL;
    if (n && !list) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_getgroups, n, list));
}

int64_t sys_setgroups(CPUCommon *cpu, const uint64_t *a)
{
    int n = arg_int(a[0]);
    if (n < 0 || n > NGROUPS_MAX) {
        return -EINVAL;
    }
    void *list = n ? lock_user(a[1], (uint64_t)n * 4, false) : NULL;
    if (n && !list) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_setgroups, n, list));
}

/*
 * capget/capset: a header {version, pid} and one (version 1) or two
 * (versions 2 and 3) {effective, permitted, inheritable} words. The kernel
 * reads the version before deciding how much data to touch, so both are
 * copied: a guest thread changing the version in between cannot make the
 * host kernel reach past what was checked.
 */
#define CAP_V1 0x19980330
#define CAP_V2 0x20071026
#define CAP_V3 0x20080522
#define CAP_DATA_SIZE 12

/* Data entries for a header version; 0 for one the kernel does not know
 * (it then answers EINVAL and writes its preferred version back). */
static int cap_data_count(uint32_t version)
{
    switch (version) {
    case CAP_V1:
        return 1;
    case CAP_V2:
    case CAP_V3:
        return 2;
    default:
        return 0;
    }
}

int64_t sys_capget(CPUCommon *cpu, const uint64_t *a)
{
    uint32_t hdr[2], data[6];
    if (copy_from_user(hdr, a[0], sizeof(hdr)) < 0) {
        return -EFAULT;
    }
    int n = cap_data_count(hdr[0]);
    if (a[1] && !guest_access_ok(a[1], n * CAP_DATA_SIZE, true)) {
        return -EFAULT;
    }
    if (syscall(SYS_capget, hdr, a[1] ? data : NULL) < 0) {
        int err = errno;
        if (!n && copy_to_user(a[0], hdr, sizeof(hdr)) < 0) {
            return -EFAULT;
        }
        return -err;
    }
    if (a[1]) {
        memcpy(g2h(a[1]), data, n * CAP_DATA_SIZE);
    }
    return 0;
}

int64_t sys_capset(CPUCommon *cpu, const uint64_t *a)
{
    uint32_t hdr[2], data[6] = {0};
    if (copy_from_user(hdr, a[0], sizeof(hdr)) < 0) {
        return -EFAULT;
    }
    int n = cap_data_count(hdr[0]);
    if (copy_from_user(data, a[1], n * CAP_DATA_SIZE) < 0) {
        return -EFAULT;
    }
    if (syscall(SYS_capset, hdr, data) < 0) {
        int err = errno;
        if (!n && copy_to_user(a[0], hdr, sizeof(hdr)) < 0) {
            return -EFAULT;
        }
        return -err;
    }
    return 0;
}
