/*
 * ioctl: only requests known to be safe are forwarded; everything else is
 * -ENOTTY, logged under -d unimp. IOCTLS(X): X(request, name, argument
 * kind, size, wait) — the request numbers are the asm-generic ones, equal
 * to x86-64's for every row here. `size` is the bytes an IN/OUT/INOUT
 * argument points to; `wait` marks requests that can block indefinitely
 * (draining a terminal's output), which go through safe_syscall() so a
 * guest signal interrupts them.
 *
 * Argument layouts: the kernel termios (TCGETS...) is converted in
 * struct-conv.c; termios2 (TCGETS2...: termios plus two speeds), winsize
 * and the int arguments are the same on the 64-bit guests and x86-64.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/safe-syscall.h"
#include "syscall/abi.h"
#include "syscall/struct-conv.h"
#include "syscall/util.h"
#include "translator/log.h"

enum {
    ARG_NONE,       /* no argument */
    ARG_INT,        /* an integer by value */
    ARG_OPEN_FLAGS, /* open() flags by value (TIOCGPTPEER) */
    ARG_IN,         /* points to `size` bytes the kernel reads */
    ARG_OUT,        /* ... writes */
    ARG_INOUT,      /* ... reads and writes */
    ARG_TERMIOS_IN, /* kernel struct termios, converted */
    ARG_TERMIOS_OUT,
};

#define TERMIOS2_SIZE 44

#define IOCTLS(X)                                                              \
    X(0x5401, TCGETS, ARG_TERMIOS_OUT, 0, 0)                                   \
    X(0x5402, TCSETS, ARG_TERMIOS_IN, 0, 0)                                    \
    X(0x5403, TCSETSW, ARG_TERMIOS_IN, 0, 1)                                   \
    X(0x5404, TCSETSF, ARG_TERMIOS_IN, 0, 1)                                   \
    X(0x5409, TCSBRK, ARG_INT, 0, 1)                                           \
    X(0x540A, TCXONC, ARG_INT, 0, 0)                                           \
    X(0x540B, TCFLSH, ARG_INT, 0, 0)                                           \
    X(0x540C, TIOCEXCL, ARG_NONE, 0, 0)                                        \
    X(0x540D, TIOCNXCL, ARG_NONE, 0, 0)                                        \
    X(0x540E, TIOCSCTTY, ARG_INT, 0, 0)                                        \
    X(0x540F, TIOCGPGRP, ARG_OUT, 4, 0)                                        \
    X(0x5410, TIOCSPGRP, ARG_IN, 4, 0)                                         \
    X(0x5411, TIOCOUTQ, ARG_OUT, 4, 0)                                         \
    X(0x5413, TIOCGWINSZ, ARG_OUT, 8, 0)                                       \
    X(0x5414, TIOCSWINSZ, ARG_IN, 8, 0)                                        \
    X(0x5415, TIOCMGET, ARG_OUT, 4, 0)                                         \
    X(0x5416, TIOCMBIS, ARG_IN, 4, 0)                                          \
    X(0x5417, TIOCMBIC, ARG_IN, 4, 0)                                          \
    X(0x5418, TIOCMSET, ARG_IN, 4, 0)                                          \
    X(0x5419, TIOCGSOFTCAR, ARG_OUT, 4, 0)                                     \
    X(0x541A, TIOCSSOFTCAR, ARG_IN, 4, 0)                                      \
    X(0x541B, FIONREAD, ARG_OUT, 4, 0)                                         \
    X(0x541D, TIOCCONS, ARG_NONE, 0, 0)                                        \
    X(0x5420, TIOCPKT, ARG_IN, 4, 0)                                           \
    X(0x5421, FIONBIO, ARG_IN, 4, 0)                                           \
    X(0x5422, TIOCNOTTY, ARG_NONE, 0, 0)                                       \
    X(0x5423, TIOCSETD, ARG_IN, 4, 0)                                          \
    X(0x5424, TIOCGETD, ARG_OUT, 4, 0)                                         \
    X(0x5425, TCSBRKP, ARG_INT, 0, 1)                                          \
    X(0x5427, TIOCSBRK, ARG_NONE, 0, 0)                                        \
    X(0x5428, TIOCCBRK, ARG_NONE, 0, 0)                                        \
    X(0x5429, TIOCGSID, ARG_OUT, 4, 0)                                         \
    X(0x802C542A, TCGETS2, ARG_OUT, TERMIOS2_SIZE, 0)                          \
    X(0x402C542B, TCSETS2, ARG_IN, TERMIOS2_SIZE, 0)                           \
    X(0x402C542C, TCSETSW2, ARG_IN, TERMIOS2_SIZE, 1)                          \
    X(0x402C542D, TCSETSF2, ARG_IN, TERMIOS2_SIZE, 1)                          \
    X(0x80045430, TIOCGPTN, ARG_OUT, 4, 0)                                     \
    X(0x40045431, TIOCSPTLCK, ARG_IN, 4, 0)                                    \
    X(0x80045432, TIOCGDEV, ARG_OUT, 4, 0)                                     \
    X(0x40045436, TIOCSIG, ARG_INT, 0, 0)                                      \
    X(0x5437, TIOCVHANGUP, ARG_NONE, 0, 0)                                     \
    X(0x80045438, TIOCGPKT, ARG_OUT, 4, 0)                                     \
    X(0x80045439, TIOCGPTLCK, ARG_OUT, 4, 0)                                   \
    X(0x80045440, TIOCGEXCL, ARG_OUT, 4, 0)                                    \
    X(0x5441, TIOCGPTPEER, ARG_OPEN_FLAGS, 0, 0)                               \
    X(0x5450, FIONCLEX, ARG_NONE, 0, 0)                                        \
    X(0x5451, FIOCLEX, ARG_NONE, 0, 0)                                         \
    X(0x5452, FIOASYNC, ARG_IN, 4, 0)                                          \
    X(0x5460, FIOQSIZE, ARG_OUT, 8, 0)                                         \
    X(0x00000001, FIBMAP, ARG_INOUT, 4, 0)                                     \
    X(0x00000002, FIGETBSZ, ARG_OUT, 4, 0)                                     \
    X(0x40049409, FICLONE, ARG_INT, 0, 0)                                      \
    X(0x4020940D, FICLONERANGE, ARG_IN, 32, 0)                                 \
    X(0x80086601, FS_IOC_GETFLAGS, ARG_OUT, 4, 0)                              \
    X(0x40086602, FS_IOC_SETFLAGS, ARG_IN, 4, 0)                               \
    X(0x80087601, FS_IOC_GETVERSION, ARG_OUT, 4, 0)                            \
    /* Sockets: struct ifreq is 40 bytes with one layout on every 64-bit   \
     * Linux ABI, so these pass through. */                                \
    X(0x8910, SIOCGIFNAME, ARG_INOUT, 40, 0)                                   \
    X(0x8913, SIOCGIFFLAGS, ARG_INOUT, 40, 0)                                  \
    X(0x8915, SIOCGIFADDR, ARG_INOUT, 40, 0)                                   \
    X(0x8919, SIOCGIFBRDADDR, ARG_INOUT, 40, 0)                                \
    X(0x891B, SIOCGIFNETMASK, ARG_INOUT, 40, 0)                                \
    X(0x8921, SIOCGIFMTU, ARG_INOUT, 40, 0)                                    \
    X(0x8927, SIOCGIFHWADDR, ARG_INOUT, 40, 0)                                 \
    X(0x8933, SIOCGIFINDEX, ARG_INOUT, 40, 0)                                  \
    X(0x8905, SIOCATMARK, ARG_OUT, 4, 0)                                       \
    X(0x8906, SIOCGSTAMP, ARG_OUT, 16, 0)

typedef struct IoctlDef {
    uint32_t request;
    uint8_t kind;
    uint8_t wait;
    uint16_t size;
} IoctlDef;

static const IoctlDef ioctl_table[] = {
#define X(req, name, kind, size, wait) {req, kind, wait, size},
    IOCTLS(X)
#undef X
};

/* The host ioctl, through safe_syscall() when it may wait. */
static int64_t host_ioctl(int fd, uint32_t req, long arg, bool wait)
{
    if (wait) {
        return safe_syscall(SYS_ioctl, (long)fd, (long)req, arg);
    }
    return host_ret(ioctl(fd, req, arg));
}

static int64_t ioctl_termios(int fd, const IoctlDef *d, uint64_t arg)
{
    GuestTermios g;
    HostKTermios h;
    if (d->kind == ARG_TERMIOS_OUT) {
        if (!guest_access_ok(arg, sizeof(g), true)) {
            return -EFAULT;
        }
        if (ioctl(fd, d->request, &h) < 0) {
            return -errno;
        }
        termios_to_guest(&g, &h);
        return copy_to_user(arg, &g, sizeof(g));
    }
    if (copy_from_user(&g, arg, sizeof(g)) < 0) {
        return -EFAULT;
    }
    termios_to_host(&h, &g);
    return host_ioctl(fd, d->request, (long)&h, d->wait);
}

static int64_t do_ioctl(int fd, const IoctlDef *d, uint64_t arg)
{
    void *p;
    switch (d->kind) {
    case ARG_NONE:
        return host_ioctl(fd, d->request, 0, d->wait);
    case ARG_INT:
        return host_ioctl(fd, d->request, (long)arg, d->wait);
    case ARG_OPEN_FLAGS:
        return host_ioctl(fd, d->request,
                          (long)open_flags_to_host((uint32_t)arg), d->wait);
    case ARG_TERMIOS_IN:
    case ARG_TERMIOS_OUT:
        return ioctl_termios(fd, d, arg);
    default:
        p = lock_user(arg, d->size, d->kind != ARG_IN);
        return p ? host_ioctl(fd, d->request, (long)p, d->wait) : -EFAULT;
    }
}

int64_t sys_ioctl(CPUCommon *cpu, const uint64_t *a)
{
    int fd = arg_int(a[0]);
    uint32_t req = (uint32_t)a[1];
    for (size_t i = 0; i < sizeof(ioctl_table) / sizeof(ioctl_table[0]); i++) {
        if (ioctl_table[i].request == req) {
            return do_ioctl(fd, &ioctl_table[i], a[2]);
        }
    }
    if (log_enabled(LOG_unimp)) {
        log_printf("Unsupported ioctl: fd %d request 0x%x\n", fd, req);
    }
    return -ENOTTY;
}
