/*
 * Small helpers shared by the syscall handlers.
 */
#ifndef MIMIC_SYSCALL_UTIL_H
#define MIMIC_SYSCALL_UTIL_H

#include <errno.h>
#include <stdint.h>

#include "linux-user/mmap.h"
#include "syscall/syscall.h"

/* A host libc/syscall result as value or -errno. */
static inline int64_t host_ret(int64_t r)
{
    return r < 0 ? -errno : r;
}

/* A guest pointer that may be NULL: the host pointer, NULL, or ERR_PTR. */
#define GUEST_EFAULT ((void *)-1)

static inline void *lock_user_opt(uint64_t addr, uint64_t len, bool write)
{
    if (!addr) {
        return NULL;
    }
    void *p = lock_user(addr, len, write);
    return p ? p : GUEST_EFAULT;
}

/* Arguments are registers: ints are the low 32 bits, sign-extended. */
static inline int arg_int(uint64_t v)
{
    return (int)(int32_t)v;
}

#endif
