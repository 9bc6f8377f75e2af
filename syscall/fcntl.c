/*
 * fcntl and flock. The command numbers, struct flock (32 bytes: type,
 * whence, start, len, pid) and struct f_owner_ex are the same on the
 * 64-bit asm-generic guests and x86-64; only the open() status flags of
 * F_GETFL/F_SETFL go through the ABI table. Unknown commands are -EINVAL,
 * as an old kernel would say, rather than forwarded blind: a new command
 * may take a pointer we have not checked.
 *
 * Waiting lock requests (F_SETLKW, F_OFD_SETLKW, flock without LOCK_NB)
 * go through safe_syscall() so a guest signal interrupts them.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/safe-syscall.h"
#include "syscall/abi.h"
#include "syscall/util.h"

/* Newer than glibc 2.36's <fcntl.h>; the values are the kernel's. */
#ifndef F_GETOWNER_UIDS
#define F_GETOWNER_UIDS 17
#endif
#ifndef F_GET_RW_HINT
#define F_GET_RW_HINT 1035
#define F_SET_RW_HINT 1036
#define F_GET_FILE_RW_HINT 1037
#define F_SET_FILE_RW_HINT 1038
#endif

/* The host kernel forces O_LARGEFILE (0100000) on every open; a 64-bit
 * guest's libc does not know the flag (its O_LARGEFILE is 0), and the
 * reference emulator does not report it. */
#define HOST_O_LARGEFILE 0100000u

static int64_t fcntl_lock(int fd, int cmd, uint64_t addr)
{
    bool get = cmd == F_GETLK || cmd == F_OFD_GETLK;
    void *fl = lock_user(addr, sizeof(struct flock), get);
    if (!fl) {
        return -EFAULT;
    }
    if (cmd == F_SETLKW || cmd == F_OFD_SETLKW) {
        return safe_syscall(SYS_fcntl, (long)fd, (long)cmd, fl);
    }
    return host_ret(fcntl(fd, cmd, fl));
}

/* Commands whose argument points to `size` bytes the kernel reads (or
 * writes, for a getter). */
static int64_t fcntl_ptr(int fd, int cmd, uint64_t addr, size_t size, bool get)
{
    void *p = lock_user(addr, size, get);
    return p ? host_ret(fcntl(fd, cmd, p)) : -EFAULT;
}

int64_t sys_fcntl(CPUCommon *cpu, const uint64_t *a)
{
    int fd = arg_int(a[0]), cmd = arg_int(a[1]);
    switch (cmd) {
    case F_GETFL: {
        int r = fcntl(fd, F_GETFL);
        return r < 0 ? -errno
                     : (int64_t)open_flags_to_guest((uint32_t)r &
                                                    ~HOST_O_LARGEFILE);
    }
    case F_SETFL:
        return host_ret(
            fcntl(fd, F_SETFL, (int)open_flags_to_host((uint32_t)a[2])));
    case F_GETLK:
    case F_SETLK:
    case F_SETLKW:
    case F_OFD_GETLK:
    case F_OFD_SETLK:
    case F_OFD_SETLKW:
        return fcntl_lock(fd, cmd, a[2]);
    case F_GETOWN_EX:
    case F_SETOWN_EX:
        return fcntl_ptr(fd, cmd, a[2], sizeof(struct f_owner_ex),
                         cmd == F_GETOWN_EX);
    case F_GETOWNER_UIDS:
        return fcntl_ptr(fd, cmd, a[2], 2 * sizeof(uid_t), true);
    case F_GET_RW_HINT:
    case F_SET_RW_HINT:
    case F_GET_FILE_RW_HINT:
    case F_SET_FILE_RW_HINT:
        return fcntl_ptr(fd, cmd, a[2], sizeof(uint64_t),
                         cmd == F_GET_RW_HINT || cmd == F_GET_FILE_RW_HINT);
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
    case F_GETFD:
    case F_SETFD:
    case F_GETOWN:
    case F_SETOWN:
    case F_GETSIG:
    case F_SETSIG:
    case F_GETLEASE:
    case F_SETLEASE:
    case F_NOTIFY:
    case F_GETPIPE_SZ:
    case F_SETPIPE_SZ:
    case F_ADD_SEALS:
    case F_GET_SEALS:
        return host_ret(fcntl(fd, cmd, (long)a[2]));
    default:
        return -EINVAL;
    }
}

int64_t sys_flock(CPUCommon *cpu, const uint64_t *a)
{
    return safe_syscall(SYS_flock, (long)arg_int(a[0]), (long)arg_int(a[1]));
}
