/*
 * Resource limits and usage: prlimit64, getrlimit, setrlimit, getrusage.
 * struct rlimit (two u64, RLIM_INFINITY = ~0) and struct rusage have the
 * same layout and resource numbers on the 64-bit guests and x86-64.
 *
 * Limits that would constrain the emulator itself rather than the guest
 * (RLIMIT_AS, RLIMIT_DATA, RLIMIT_STACK: mimic reserves the whole guest
 * address space and keeps its own heap beside it) are never applied to the
 * host process. Like QEMU, we accept them; unlike QEMU, the guest then
 * reads back what it set: a per-process guest view, seeded from the host
 * value on first use.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/util.h"

_Static_assert(sizeof(struct rlimit) == 16, "rlimit layout");
_Static_assert(sizeof(struct rusage) == 144, "rusage layout");

static const int private_resources[] = {RLIMIT_AS, RLIMIT_DATA, RLIMIT_STACK};
#define N_PRIVATE (sizeof(private_resources) / sizeof(private_resources[0]))

static struct {
    pthread_mutex_t lock;
    bool set[N_PRIVATE];
    struct rlimit lim[N_PRIVATE];
} guest_view = {.lock = PTHREAD_MUTEX_INITIALIZER};

/* Index in guest_view, or -1 for a limit the host applies. */
static int private_index(int resource)
{
    for (unsigned i = 0; i < N_PRIVATE; i++) {
        if (private_resources[i] == resource) {
            return i;
        }
    }
    return -1;
}

/* prlimit on one of our own private limits: read and update the view. */
static int prlimit_private(int i, int resource, const struct rlimit *newl,
                           struct rlimit *oldl)
{
    if (newl && newl->rlim_cur > newl->rlim_max) {
        return -EINVAL;
    }
    pthread_mutex_lock(&guest_view.lock);
    int r = 0;
    if (!guest_view.set[i]) {
        r = prlimit(0, resource, NULL, &guest_view.lim[i]) < 0 ? -errno : 0;
        guest_view.set[i] = r == 0;
    }
    if (r == 0 && oldl) {
        *oldl = guest_view.lim[i];
    }
    if (r == 0 && newl) {
        guest_view.lim[i] = *newl;
    }
    pthread_mutex_unlock(&guest_view.lock);
    return r;
}

static int64_t do_prlimit(int pid, int resource, uint64_t new_addr,
                          uint64_t old_addr)
{
    struct rlimit newl, oldl;
    if (new_addr && copy_from_user(&newl, new_addr, sizeof(newl)) < 0) {
        return -EFAULT;
    }
    if (old_addr && !guest_access_ok(old_addr, sizeof(oldl), true)) {
        return -EFAULT;
    }
    int i = private_index(resource);
    int r;
    if (i >= 0 && (pid == 0 || pid == getpid())) {
        r = prlimit_private(i, resource, new_addr ? &newl : NULL, &oldl);
    } else {
        r = prlimit(pid, resource, new_addr ? &newl : NULL, &oldl) < 0 ? -errno
                                                                       : 0;
    }
    if (r == 0 && old_addr) {
        r = copy_to_user(old_addr, &oldl, sizeof(oldl));
    }
    return r;
}

int64_t sys_prlimit64(CPUCommon *cpu, const uint64_t *a)
{
    return do_prlimit(arg_int(a[0]), arg_int(a[1]), a[2], a[3]);
}

int64_t sys_getrlimit(CPUCommon *cpu, const uint64_t *a)
{
    return a[1] ? do_prlimit(0, arg_int(a[0]), 0, a[1]) : -EFAULT;
}

int64_t sys_setrlimit(CPUCommon *cpu, const uint64_t *a)
{
    return a[1] ? do_prlimit(0, arg_int(a[0]), a[1], 0) : -EFAULT;
}

int64_t sys_getrusage(CPUCommon *cpu, const uint64_t *a)
{
    void *ru = lock_user(a[1], sizeof(struct rusage), true);
    return ru ? host_ret(syscall(SYS_getrusage, arg_int(a[0]), ru)) : -EFAULT;
}
