/*
 * execve and execveat: the guest's argument and environment vectors are
 * checked and gathered here; linux-user/execve.c decides what runs.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <glib.h>

#include "linux-user/execve.h"
#include "syscall/util.h"

/* The guest's NULL-terminated array of strings at addr (NULL: empty) as a
 * host array of pointers into guest memory, or -EFAULT. The size limits
 * (E2BIG) are the host kernel's. */
static int64_t gather_strings(uint64_t addr, GPtrArray **out)
{
    GPtrArray *v = g_ptr_array_new();
    for (uint64_t i = 0; addr; i++) {
        uint64_t p;
        if (copy_from_user(&p, addr + 8 * i, 8) < 0) {
            g_ptr_array_free(v, TRUE);
            return -EFAULT;
        }
        if (!p) {
            break;
        }
        const char *s = lock_user_string(p);
        if (!s) {
            g_ptr_array_free(v, TRUE);
            return -EFAULT;
        }
        g_ptr_array_add(v, (char *)s);
    }
    g_ptr_array_add(v, NULL);
    *out = v;
    return 0;
}

static int64_t do_execveat(int dirfd, uint64_t path_addr, uint64_t argv_addr,
                           uint64_t envp_addr, int flags)
{
    const char *path = lock_user_string(path_addr);
    GPtrArray *argv = NULL, *envp = NULL;
    if (!path) {
        return -EFAULT;
    }
    int64_t r = gather_strings(argv_addr, &argv);
    if (r == 0) {
        r = gather_strings(envp_addr, &envp);
    }
    if (r == 0) {
        r = execve_guest(dirfd, path, (char *const *)argv->pdata,
                         (char *const *)envp->pdata, flags);
    }
    if (argv) {
        g_ptr_array_free(argv, TRUE);
    }
    if (envp) {
        g_ptr_array_free(envp, TRUE);
    }
    return r;
}

int64_t sys_execve(CPUCommon *cpu, const uint64_t *a)
{
    return do_execveat(AT_FDCWD, a[0], a[1], a[2], 0);
}

int64_t sys_execveat(CPUCommon *cpu, const uint64_t *a)
{
    return do_execveat(arg_int(a[0]), a[1], a[2], a[3], arg_int(a[4]));
}
