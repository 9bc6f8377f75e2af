/*
 * ioctl: only requests known to be safe are forwarded; everything else is
 * -ENOTTY. IOCTLS(X): X(request, argument kind, size) — the request numbers
 * are the asm-generic ones, equal to x86-64's for these.
 */
#include <errno.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/struct-conv.h"
#include "syscall/util.h"
#include "translator/log.h"

enum {
    ARG_NONE,
    ARG_INT,
    ARG_IN,
    ARG_OUT,
    ARG_INOUT,
    ARG_TERMIOS_IN,
    ARG_TERMIOS_OUT
};

#define IOCTLS(X)                                                              \
    X(0x5401, TCGETS, ARG_TERMIOS_OUT, 0)                                      \
    X(0x5402, TCSETS, ARG_TERMIOS_IN, 0)                                       \
    X(0x5403, TCSETSW, ARG_TERMIOS_IN, 0)                                      \
    X(0x5404, TCSETSF, ARG_TERMIOS_IN, 0)                                      \
    X(0x5409, TCSBRK, ARG_INT, 0)                                              \
    X(0x540A, TCXONC, ARG_INT, 0)                                              \
    X(0x540B, TCFLSH, ARG_INT, 0)                                              \
    X(0x540E, TIOCSCTTY, ARG_INT, 0)                                           \
    X(0x540F, TIOCGPGRP, ARG_OUT, 4)                                           \
    X(0x5410, TIOCSPGRP, ARG_IN, 4)                                            \
    X(0x5413, TIOCGWINSZ, ARG_OUT, 8)                                          \
    X(0x5414, TIOCSWINSZ, ARG_IN, 8)                                           \
    X(0x541B, FIONREAD, ARG_OUT, 4)                                            \
    X(0x5421, FIONBIO, ARG_IN, 4)                                              \
    X(0x5422, TIOCNOTTY, ARG_NONE, 0)                                          \
    X(0x5429, TIOCGSID, ARG_OUT, 4)                                            \
    X(0x5450, FIONCLEX, ARG_NONE, 0)                                           \
    X(0x5451, FIOCLEX, ARG_NONE, 0)                                            \
    X(0x5452, FIOASYNC, ARG_IN, 4)                                             \
    X(0x80045430, TIOCGPTN, ARG_OUT, 4)                                        \
    X(0x40045431, TIOCSPTLCK, ARG_IN, 4)

typedef struct IoctlDef {
    uint32_t request;
    int kind;
    uint32_t size;
} IoctlDef;

static const IoctlDef ioctl_table[] = {
#define X(req, name, kind, size) {req, kind, size},
    IOCTLS(X)
#undef X
};

static int64_t ioctl_termios(int fd, uint32_t req, uint64_t arg, bool out)
{
    GuestTermios g;
    HostKTermios h;
    if (out) {
        if (!guest_access_ok(arg, sizeof(g), true)) {
            return -EFAULT;
        }
        if (ioctl(fd, req, &h) < 0) {
            return -errno;
        }
        termios_to_guest(&g, &h);
        return copy_to_user(arg, &g, sizeof(g));
    }
    if (copy_from_user(&g, arg, sizeof(g)) < 0) {
        return -EFAULT;
    }
    termios_to_host(&h, &g);
    return host_ret(ioctl(fd, req, &h));
}

int64_t sys_ioctl(CPUCommon *cpu, const uint64_t *a)
{
    int fd = arg_int(a[0]);
    uint32_t req = (uint32_t)a[1];
    for (size_t i = 0; i < sizeof(ioctl_table) / sizeof(ioctl_table[0]); i++) {
        const IoctlDef *d = &ioctl_table[i];
        if (d->request != req) {
            continue;
        }
        void *p;
        switch (d->kind) {
        case ARG_NONE:
            return host_ret(ioctl(fd, req));
        case ARG_INT:
            return host_ret(ioctl(fd, req, (long)a[2]));
        case ARG_TERMIOS_IN:
        case ARG_TERMIOS_OUT:
            return ioctl_termios(fd, req, a[2], d->kind == ARG_TERMIOS_OUT);
        default:
            p = lock_user(a[2], d->size, d->kind != ARG_IN);
            return p ? host_ret(ioctl(fd, req, p)) : -EFAULT;
        }
    }
    if (log_enabled(LOG_unimp)) {
        log_printf("Unsupported ioctl: fd %d request 0x%x\n", fd, req);
    }
    return -ENOTTY;
}
