/*
 * Process-level syscalls: pids, sessions and process groups, uname,
 * sysinfo, prctl. utsname and sysinfo have the same layout on the 64-bit
 * guests and x86-64. Credentials are in ids.c, limits in resource.c,
 * scheduling in sched.c.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "linux-user/signal.h"
#include "syscall/abi.h"
#include "syscall/util.h"
#include "translator/guest.h"
#include "translator/log.h"

_Static_assert(sizeof(struct utsname) == 390, "utsname layout");
_Static_assert(sizeof(struct sysinfo) == 112, "sysinfo layout");

int64_t sys_getpid(CPUCommon *cpu, const uint64_t *a)
{
    return getpid();
}
int64_t sys_getppid(CPUCommon *cpu, const uint64_t *a)
{
    return getppid();
}
int64_t sys_gettid(CPUCommon *cpu, const uint64_t *a)
{
    return gettid();
}
int64_t sys_setsid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(setsid());
}

int64_t sys_getpgid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(getpgid(arg_int(a[0])));
}

int64_t sys_setpgid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(setpgid(arg_int(a[0]), arg_int(a[1])));
}

int64_t sys_getsid(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(getsid(arg_int(a[0])));
}

int64_t sys_uname(CPUCommon *cpu, const uint64_t *a)
{
    struct utsname u;
    if (uname(&u) < 0) {
        return -errno;
    }
    snprintf(u.machine, sizeof(u.machine), "%s", guest_arch->uname_machine);
    return copy_to_user(a[0], &u, sizeof(u));
}

int64_t sys_sysinfo(CPUCommon *cpu, const uint64_t *a)
{
    void *si = lock_user(a[0], sizeof(struct sysinfo), true);
    return si ? host_ret(sysinfo(si)) : -EFAULT;
}

int64_t sys_prctl(CPUCommon *cpu, const uint64_t *a)
{
    int option = arg_int(a[0]);
    void *p;
    switch (option) {
    case PR_GET_NAME:
    case PR_SET_NAME:
        p = lock_user(a[1], 16, option == PR_GET_NAME);
        return p ? host_ret(prctl(option, p)) : -EFAULT;
    case PR_GET_PDEATHSIG:
    case PR_GET_CHILD_SUBREAPER: {
        /* The kernel writes an int through the pointer. */
        int v = 0;
        int64_t r = host_ret(prctl(option, &v, 0, 0, 0));
        if (r < 0) {
            return r;
        }
        p = lock_user(a[1], sizeof(v), true);
        if (!p) {
            return -EFAULT;
        }
        memcpy(p, &v, sizeof(v));
        return 0;
    }
    case PR_GET_DUMPABLE:
    case PR_SET_DUMPABLE:
    case PR_GET_NO_NEW_PRIVS:
    case PR_SET_NO_NEW_PRIVS:
    case PR_SET_PDEATHSIG:
    case PR_GET_TIMERSLACK:
    case PR_SET_TIMERSLACK:
    case PR_GET_KEEPCAPS:
    case PR_SET_KEEPCAPS:
    case PR_CAPBSET_READ:
    case PR_GET_SECUREBITS:
    case PR_SET_CHILD_SUBREAPER:
    case PR_GET_SECCOMP:
    case PR_SET_PTRACER:
    case PR_GET_THP_DISABLE:
    case PR_SET_THP_DISABLE:
    case PR_MCE_KILL_GET:
        /* Integer arguments only: the host's answer is the guest's. */
        return host_ret(prctl(option, a[1], a[2], a[3], a[4]));
    default:
        return -EINVAL;
    }
}
