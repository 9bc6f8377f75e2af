/*
 * Sockets: creation, addresses, options, data transfer and the msghdr
 * family.
 *
 * Layouts: sockaddr_un/in/in6/nl, linger, timeval, ucred, iovec, the
 * SOCK_, MSG_, SOL_ and SO_ values are the same on the 64-bit asm-generic
 * guests and on x86-64. Addresses are still copied through a host
 * sockaddr_storage with the kernel's length rules, and a msghdr is rebuilt
 * on the host side with its own iovec array and control buffer, so every
 * guest pointer is checked and a guest whose cmsg layout differs only
 * changes cmsg_to_host()/cmsg_to_guest().
 *
 * Calls that can wait (accept, connect, send*, recv*) go through
 * safe_syscall() and return its result unchanged, -MIMIC_ERESTARTSYS
 * included (safe-syscall.h). safe_syscall() reads every argument as a long,
 * so int arguments are widened explicitly.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <linux/filter.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "linux-user/safe-syscall.h"
#include "syscall/iovec.h"
#include "syscall/util.h"

/* struct msghdr of the 64-bit guests (56 bytes, like x86-64's). */
typedef struct GuestMsghdr {
    uint64_t msg_name;
    uint32_t msg_namelen;
    uint32_t pad0;
    uint64_t msg_iov;
    uint64_t msg_iovlen;
    uint64_t msg_control;
    uint64_t msg_controllen;
    int32_t msg_flags;
    uint32_t pad1;
} GuestMsghdr;

/* struct mmsghdr: a msghdr and the byte count of that message. */
typedef struct GuestMmsghdr {
    GuestMsghdr hdr;
    uint32_t msg_len;
    uint32_t pad;
} GuestMmsghdr;

/* struct cmsghdr: 16 bytes, entries aligned to 8 (sizeof(long)). */
typedef struct GuestCmsghdr {
    uint64_t cmsg_len;
    int32_t cmsg_level;
    int32_t cmsg_type;
} GuestCmsghdr;

_Static_assert(sizeof(GuestMsghdr) == 56, "guest msghdr layout");
_Static_assert(sizeof(GuestMmsghdr) == 64, "guest mmsghdr layout");
_Static_assert(sizeof(GuestCmsghdr) == 16, "guest cmsghdr layout");

static inline uint64_t guest_cmsg_align(uint64_t n)
{
    return (n + 7) & ~(uint64_t)7;
}

#define GUEST_UIO_MAXIOV 1024
/* The kernel refuses larger send control buffers (ENOBUFS past optmem_max,
 * 20 KiB by default); received ones are capped at this size too. */
#define CTL_MAX 65536

static inline long fd_arg(uint64_t v)
{
    return arg_int(v);
}

/* ---- addresses ---------------------------------------------------------- */

/* An address argument: copy len bytes into *ss as move_addr_to_kernel()
 * does. 0, -EINVAL (negative or too long) or -EFAULT. */
static int sockaddr_from_guest(struct sockaddr_storage *ss, uint64_t addr,
                               uint64_t len)
{
    int l = arg_int(len);
    if (l < 0 || l > (int)sizeof(*ss)) {
        return -EINVAL;
    }
    return l ? copy_from_user(ss, addr, l) : 0;
}

/* An (addr, addrlen *) result pair. The guest buffer is checked before the
 * host call, so a call that consumes something (a connection, a datagram)
 * rarely has to fail afterwards. */
typedef struct SockAddrOut {
    uint64_t addr, lenp; /* guest */
    bool want;           /* false: a NULL addr, nothing is written */
    struct sockaddr_storage ss;
    socklen_t len;
} SockAddrOut;

/* accept and recvfrom skip the address when addr is NULL; getsockname
 * and getpeername always write it (always). */
static int sa_out_prepare(SockAddrOut *o, uint64_t addr, uint64_t lenp,
                          bool always)
{
    o->addr = addr;
    o->lenp = lenp;
    o->want = addr || always;
    o->len = sizeof(o->ss);
    if (!o->want) {
        return 0;
    }
    int32_t ulen;
    if (copy_from_user(&ulen, lenp, sizeof(ulen))) {
        return -EFAULT;
    }
    if (ulen < 0) {
        return -EINVAL;
    }
    uint64_t n = ulen < (int32_t)sizeof(o->ss) ? ulen : sizeof(o->ss);
    if (!guest_access_ok(addr, n, true) ||
        !guest_access_ok(lenp, sizeof(ulen), true)) {
        return -EFAULT;
    }
    return 0;
}

static void *sa_out_addr(SockAddrOut *o)
{
    return o->want ? &o->ss : NULL;
}

static socklen_t *sa_out_len(SockAddrOut *o)
{
    return o->want ? &o->len : NULL;
}

/* Copy the result out as move_addr_to_user() does: at most the guest's
 * length, and the full length into *addrlen. */
static int sa_out_finish(SockAddrOut *o)
{
    if (!o->want) {
        return 0;
    }
    int32_t ulen;
    if (copy_from_user(&ulen, o->lenp, sizeof(ulen))) {
        return -EFAULT;
    }
    if (ulen < 0) {
        return -EINVAL;
    }
    uint32_t n = (uint32_t)ulen < o->len ? (uint32_t)ulen : o->len;
    if (n && copy_to_user(o->addr, &o->ss, n)) {
        return -EFAULT;
    }
    uint32_t full = o->len;
    return copy_to_user(o->lenp, &full, sizeof(full));
}

/* ---- socket setup ------------------------------------------------------- */

int64_t sys_socket(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(socket(arg_int(a[0]), arg_int(a[1]), arg_int(a[2])));
}

int64_t sys_socketpair(CPUCommon *cpu, const uint64_t *a)
{
    int sv[2];
    if (!guest_access_ok(a[3], sizeof(sv), true)) {
        return -EFAULT;
    }
    if (socketpair(arg_int(a[0]), arg_int(a[1]), arg_int(a[2]), sv) < 0) {
        return -errno;
    }
    if (copy_to_user(a[3], sv, sizeof(sv))) {
        close(sv[0]);
        close(sv[1]);
        return -EFAULT;
    }
    return 0;
}

int64_t sys_bind(CPUCommon *cpu, const uint64_t *a)
{
    struct sockaddr_storage ss;
    int r = sockaddr_from_guest(&ss, a[1], a[2]);
    if (r < 0) {
        return r;
    }
    return host_ret(bind(arg_int(a[0]), (struct sockaddr *)&ss, (int)a[2]));
}

int64_t sys_listen(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(listen(arg_int(a[0]), arg_int(a[1])));
}

int64_t sys_connect(CPUCommon *cpu, const uint64_t *a)
{
    struct sockaddr_storage ss;
    int r = sockaddr_from_guest(&ss, a[1], a[2]);
    if (r < 0) {
        return r;
    }
    return safe_syscall(SYS_connect, fd_arg(a[0]), &ss, (long)arg_int(a[2]));
}

static int64_t do_accept(const uint64_t *a, int flags)
{
    SockAddrOut o;
    int r = sa_out_prepare(&o, a[1], a[2], false);
    if (r < 0) {
        return r;
    }
    long fd = safe_syscall(SYS_accept4, fd_arg(a[0]), sa_out_addr(&o),
                           sa_out_len(&o), (long)flags);
    if (fd >= 0 && (r = sa_out_finish(&o)) < 0) {
        close((int)fd); /* the kernel drops the connection likewise */
        return r;
    }
    return fd;
}

int64_t sys_accept(CPUCommon *cpu, const uint64_t *a)
{
    return do_accept(a, 0);
}

int64_t sys_accept4(CPUCommon *cpu, const uint64_t *a)
{
    return do_accept(a, arg_int(a[3]));
}

static int64_t do_getname(const uint64_t *a, bool peer)
{
    SockAddrOut o;
    int r = sa_out_prepare(&o, a[1], a[2], true);
    if (r < 0) {
        return r;
    }
    struct sockaddr *sa = sa_out_addr(&o);
    int fd = arg_int(a[0]);
    if ((peer ? getpeername(fd, sa, &o.len) : getsockname(fd, sa, &o.len)) <
        0) {
        return -errno;
    }
    return sa_out_finish(&o);
}

int64_t sys_getsockname(CPUCommon *cpu, const uint64_t *a)
{
    return do_getname(a, false);
}

int64_t sys_getpeername(CPUCommon *cpu, const uint64_t *a)
{
    return do_getname(a, true);
}

int64_t sys_shutdown(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(shutdown(arg_int(a[0]), arg_int(a[1])));
}

/* ---- options ------------------------------------------------------------ */

/* SO_ATTACH_FILTER and friends carry a pointer to the BPF program: check
 * the program and hand the host a sock_fprog of host pointers. */
static bool is_cbpf_attach(int level, int name)
{
    return level == SOL_SOCKET &&
           (name == SO_ATTACH_FILTER || name == SO_ATTACH_REUSEPORT_CBPF);
}

int64_t sys_setsockopt(CPUCommon *cpu, const uint64_t *a)
{
    int fd = arg_int(a[0]), level = arg_int(a[1]), name = arg_int(a[2]);
    int len = arg_int(a[4]);
    if (len < 0) {
        return -EINVAL;
    }
    void *val = lock_user_opt(a[3], len, false);
    if (val == GUEST_EFAULT) {
        return -EFAULT;
    }
    if (is_cbpf_attach(level, name) && val && len == 16) {
        struct {
            uint16_t len;
            uint16_t pad[3];
            uint64_t filter;
        } gprog;
        memcpy(&gprog, val, sizeof(gprog));
        struct sock_fprog prog = {gprog.len, NULL};
        prog.filter =
            lock_user(gprog.filter,
                      (uint64_t)gprog.len * sizeof(struct sock_filter), false);
        if (!prog.filter) {
            return -EFAULT;
        }
        return host_ret(setsockopt(fd, level, name, &prog, sizeof(prog)));
    }
    /* Everything else (ints, linger, timeval, ip_mreq*, ...) has the same
     * layout: pass the checked buffer through. */
    return host_ret(setsockopt(fd, level, name, val, len));
}

int64_t sys_getsockopt(CPUCommon *cpu, const uint64_t *a)
{
    int32_t ulen;
    if (copy_from_user(&ulen, a[4], sizeof(ulen))) {
        return -EFAULT;
    }
    if (ulen < 0) {
        return -EINVAL;
    }
    void *val = lock_user_opt(a[3], ulen, true);
    if (val == GUEST_EFAULT || !guest_access_ok(a[4], sizeof(ulen), true)) {
        return -EFAULT;
    }
    socklen_t len = ulen;
    if (getsockopt(arg_int(a[0]), arg_int(a[1]), arg_int(a[2]), val, &len) <
        0) {
        return -errno;
    }
    ulen = len;
    return copy_to_user(a[4], &ulen, sizeof(ulen));
}

/* ---- plain data --------------------------------------------------------- */

int64_t sys_sendto(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user(a[1], a[2], false);
    if (!buf && a[2]) {
        return -EFAULT;
    }
    struct sockaddr_storage ss;
    void *sa = NULL;
    if (a[4]) {
        int r = sockaddr_from_guest(&ss, a[4], a[5]);
        if (r < 0) {
            return r;
        }
        sa = &ss;
    }
    return safe_syscall(SYS_sendto, fd_arg(a[0]), buf, (long)a[2],
                        (long)arg_int(a[3]), sa,
                        (long)(sa ? arg_int(a[5]) : 0));
}

int64_t sys_recvfrom(CPUCommon *cpu, const uint64_t *a)
{
    void *buf = lock_user(a[1], a[2], true);
    if (!buf && a[2]) {
        return -EFAULT;
    }
    SockAddrOut o;
    int r = sa_out_prepare(&o, a[4], a[5], false);
    if (r < 0) {
        return r;
    }
    long n = safe_syscall(SYS_recvfrom, fd_arg(a[0]), buf, (long)a[2],
                          (long)arg_int(a[3]), sa_out_addr(&o), sa_out_len(&o));
    if (n >= 0 && (r = sa_out_finish(&o)) < 0) {
        return r;
    }
    return n;
}

/* ---- msghdr ------------------------------------------------------------- */

/* A guest msghdr rebuilt for the host: m points at ss, iov and ctl. */
typedef struct HostMsg {
    struct msghdr m;
    struct sockaddr_storage ss;
    struct iovec *iov;
    void *ctl;
    uint64_t ctl_cap;
} HostMsg;

static void host_msg_free(HostMsg *h)
{
    free(h->iov);
    free(h->ctl);
}

/* Send direction: convert each guest cmsg into a host one. Every type in
 * use (SCM_RIGHTS int[], SCM_CREDENTIALS ucred, IP_PKTINFO, IPV6_PKTINFO,
 * timestamps as timeval/timespec, UDP_SEGMENT, ...) has the same payload
 * layout on both sides, so the payload is copied as it is. */
static int cmsg_to_host(HostMsg *h, uint64_t gaddr, uint64_t glen)
{
    if (glen > INT_MAX || glen > CTL_MAX) {
        return -ENOBUFS;
    }
    const uint8_t *g = lock_user(gaddr, glen, false);
    if (!g) {
        return -EFAULT;
    }
    /* Guest and host entries have equal sizes, so glen bytes suffice;
     * the bounds check below keeps it honest for a guest where not. */
    uint8_t *buf = calloc(1, glen);
    if (!buf) {
        return -ENOMEM;
    }
    h->ctl = buf;
    uint64_t goff = 0, hoff = 0;
    while (glen - goff >= sizeof(GuestCmsghdr)) {
        GuestCmsghdr gc;
        memcpy(&gc, g + goff, sizeof(gc));
        if (gc.cmsg_len < sizeof(gc) || gc.cmsg_len > glen - goff) {
            return -EINVAL;
        }
        uint64_t payload = gc.cmsg_len - sizeof(gc);
        if (CMSG_LEN(payload) > glen - hoff) {
            return -EINVAL;
        }
        struct cmsghdr *hc = (struct cmsghdr *)(buf + hoff);
        hc->cmsg_len = CMSG_LEN(payload);
        hc->cmsg_level = gc.cmsg_level;
        hc->cmsg_type = gc.cmsg_type;
        memcpy(CMSG_DATA(hc), g + goff + sizeof(gc), payload);
        goff += guest_cmsg_align(gc.cmsg_len);
        hoff += CMSG_SPACE(payload);
        if (goff >= glen) {
            break;
        }
    }
    h->m.msg_control = buf;
    h->m.msg_controllen = hoff < glen ? hoff : glen;
    return 0;
}

/* The descriptors of an SCM_RIGHTS payload that will not reach the guest:
 * close them, as the kernel never installs what does not fit. */
static void close_rights(const struct cmsghdr *c, uint64_t from_byte)
{
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) {
        return;
    }
    const uint8_t *data = CMSG_DATA(c);
    uint64_t bytes = c->cmsg_len - CMSG_LEN(0);
    for (uint64_t off = from_byte; off + sizeof(int) <= bytes;
         off += sizeof(int)) {
        int fd;
        memcpy(&fd, data + off, sizeof(fd));
        close(fd);
    }
}

/* Receive direction: the host's cmsgs into the guest buffer g of glen
 * bytes. Returns the bytes used and sets MSG_CTRUNC when something did
 * not fit (put_cmsg() semantics: a truncated payload, SCM_RIGHTS only in
 * whole descriptors). */
static uint64_t cmsg_to_guest(struct msghdr *m, uint8_t *g, uint64_t glen,
                              int *flags)
{
    uint64_t goff = 0;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(m); c; c = CMSG_NXTHDR(m, c)) {
        if (c->cmsg_len < CMSG_LEN(0)) {
            break;
        }
        uint64_t payload = c->cmsg_len - CMSG_LEN(0);
        if (glen - goff < sizeof(GuestCmsghdr)) {
            *flags |= MSG_CTRUNC;
            close_rights(c, 0);
            continue;
        }
        uint64_t room = glen - goff - sizeof(GuestCmsghdr);
        uint64_t n = payload;
        if (n > room) {
            *flags |= MSG_CTRUNC;
            n = room;
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
                n -= n % sizeof(int);
            }
            close_rights(c, n);
        }
        GuestCmsghdr gc = {sizeof(gc) + n, c->cmsg_level, c->cmsg_type};
        memcpy(g + goff, &gc, sizeof(gc));
        memcpy(g + goff + sizeof(gc), CMSG_DATA(c), n);
        goff += guest_cmsg_align(sizeof(gc) + n);
        if (goff > glen) {
            goff = glen;
        }
    }
    return goff;
}

/* Build the host msghdr for guest *g: the name (truncated to a
 * sockaddr_storage as the kernel does), the iovecs and the control data
 * (converted for sending, an empty buffer of the guest's size for
 * receiving so the host kernel truncates exactly as for the guest). */
static int host_msg_init(HostMsg *h, const GuestMsghdr *g, bool recv)
{
    memset(h, 0, sizeof(*h));
    if (g->msg_name) {
        int32_t nl = (int32_t)g->msg_namelen;
        if (nl < 0) {
            return -EINVAL;
        }
        if (nl > (int32_t)sizeof(h->ss)) {
            nl = sizeof(h->ss);
        }
        if (!recv && copy_from_user(&h->ss, g->msg_name, nl)) {
            return -EFAULT;
        }
        if (recv && !guest_access_ok(g->msg_name, nl, true)) {
            return -EFAULT;
        }
        h->m.msg_name = &h->ss;
        h->m.msg_namelen = nl;
    }
    if (g->msg_iovlen > GUEST_UIO_MAXIOV) {
        return -EMSGSIZE;
    }
    int64_t r = lock_iovec(g->msg_iov, g->msg_iovlen, recv, &h->iov);
    if (r < 0) {
        return r;
    }
    h->m.msg_iov = h->iov;
    h->m.msg_iovlen = g->msg_iovlen;
    if (!g->msg_controllen) {
        return 0;
    }
    if (!recv) {
        return cmsg_to_host(h, g->msg_control, g->msg_controllen);
    }
    if (!guest_access_ok(g->msg_control, g->msg_controllen, true)) {
        return -EFAULT;
    }
    h->ctl_cap = g->msg_controllen < CTL_MAX ? g->msg_controllen : CTL_MAX;
    if (!(h->ctl = calloc(1, h->ctl_cap))) {
        return -ENOMEM;
    }
    h->m.msg_control = h->ctl;
    h->m.msg_controllen = h->ctl_cap;
    return 0;
}

/* After a successful host recvmsg: name, control data and flags back into
 * the guest msghdr *g (fields updated in place) and guest memory. */
static int host_msg_finish_recv(HostMsg *h, GuestMsghdr *g)
{
    int flags = h->m.msg_flags;
    if (g->msg_name) {
        uint64_t n = h->m.msg_namelen;
        int32_t nl = (int32_t)g->msg_namelen;
        uint64_t cap = nl < (int32_t)sizeof(h->ss) ? nl : sizeof(h->ss);
        if (n > cap) {
            n = cap;
        }
        if (n && copy_to_user(g->msg_name, &h->ss, n)) {
            return -EFAULT;
        }
        g->msg_namelen = h->m.msg_namelen;
    }
    uint64_t used = 0;
    if (h->ctl) {
        uint8_t *gctl = lock_user(g->msg_control, g->msg_controllen, true);
        if (!gctl) {
            return -EFAULT;
        }
        used = cmsg_to_guest(&h->m, gctl, g->msg_controllen, &flags);
    }
    g->msg_controllen = used;
    g->msg_flags = flags;
    return 0;
}

/* One sendmsg/recvmsg on the checked guest msghdr *g; on receive the
 * updated header fields are left in *g for the caller to store. */
static int64_t do_msg(int fd, GuestMsghdr *g, int flags, bool recv)
{
    HostMsg h;
    int64_t r = host_msg_init(&h, g, recv);
    if (r >= 0) {
        r = safe_syscall(recv ? SYS_recvmsg : SYS_sendmsg, (long)fd, &h.m,
                         (long)flags);
    }
    if (r >= 0 && recv) {
        int e = host_msg_finish_recv(&h, g);
        if (e < 0) {
            r = e;
        }
    }
    host_msg_free(&h);
    return r;
}

/* The fields recvmsg writes back: msg_namelen (when there is a name),
 * msg_controllen and msg_flags. */
static int store_recv_fields(uint64_t addr, const GuestMsghdr *g)
{
    if (g->msg_name && copy_to_user(addr + offsetof(GuestMsghdr, msg_namelen),
                                    &g->msg_namelen, sizeof(g->msg_namelen))) {
        return -EFAULT;
    }
    if (copy_to_user(addr + offsetof(GuestMsghdr, msg_controllen),
                     &g->msg_controllen, sizeof(g->msg_controllen)) ||
        copy_to_user(addr + offsetof(GuestMsghdr, msg_flags), &g->msg_flags,
                     sizeof(g->msg_flags))) {
        return -EFAULT;
    }
    return 0;
}

static int64_t sendrecvmsg(const uint64_t *a, bool recv)
{
    GuestMsghdr g;
    if (copy_from_user(&g, a[1], sizeof(g))) {
        return -EFAULT;
    }
    if (recv && !guest_access_ok(a[1], sizeof(g), true)) {
        return -EFAULT;
    }
    int64_t r = do_msg(arg_int(a[0]), &g, arg_int(a[2]), recv);
    if (r >= 0 && recv) {
        int e = store_recv_fields(a[1], &g);
        if (e < 0) {
            return e;
        }
    }
    return r;
}

int64_t sys_sendmsg(CPUCommon *cpu, const uint64_t *a)
{
    return sendrecvmsg(a, false);
}

int64_t sys_recvmsg(CPUCommon *cpu, const uint64_t *a)
{
    return sendrecvmsg(a, true);
}

/* ---- mmsg --------------------------------------------------------------- */

static int64_t timespec_ns(const struct timespec *t)
{
    return (int64_t)t->tv_sec * 1000000000 + t->tv_nsec;
}

/* sendmmsg/recvmmsg as a loop of single messages, as the kernel does:
 * the count done, or the first message's error when none was. recvmmsg's
 * MSG_WAITFORONE turns on MSG_DONTWAIT after the first message; its
 * timeout is checked after each message and the time left written back. */
static int64_t sendrecvmmsg(const uint64_t *a, bool recv, uint64_t tsaddr)
{
    uint64_t vec = a[1];
    unsigned vlen = (unsigned)a[2];
    int flags = arg_int(a[3]);
    if (vlen > GUEST_UIO_MAXIOV) {
        vlen = GUEST_UIO_MAXIOV;
    }
    if (!guest_access_ok(vec, (uint64_t)vlen * sizeof(GuestMmsghdr), true)) {
        return -EFAULT;
    }
    struct timespec ts, end = {0, 0}, now;
    if (tsaddr) {
        if (copy_from_user(&ts, tsaddr, sizeof(ts))) {
            return -EFAULT;
        }
        if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= 1000000000) {
            return -EINVAL;
        }
        clock_gettime(CLOCK_MONOTONIC, &now);
        int64_t e = timespec_ns(&now) + timespec_ns(&ts);
        end = (struct timespec){e / 1000000000, e % 1000000000};
    }
    int one = flags & MSG_WAITFORONE;
    flags &= ~MSG_WAITFORONE;
    unsigned done = 0;
    int64_t r = 0;
    while (done < vlen) {
        uint64_t addr = vec + (uint64_t)done * sizeof(GuestMmsghdr);
        GuestMsghdr g;
        if (copy_from_user(&g, addr, sizeof(g))) {
            r = -EFAULT;
            break;
        }
        r = do_msg(arg_int(a[0]), &g, flags, recv);
        if (r < 0) {
            break;
        }
        uint32_t len = (uint32_t)r;
        if ((recv && store_recv_fields(addr, &g) < 0) ||
            copy_to_user(addr + offsetof(GuestMmsghdr, msg_len), &len,
                         sizeof(len))) {
            r = -EFAULT;
            break;
        }
        done++;
        if (one) {
            flags |= MSG_DONTWAIT;
        }
        if (tsaddr) {
            clock_gettime(CLOCK_MONOTONIC, &now);
            int64_t left = timespec_ns(&end) - timespec_ns(&now);
            ts = (struct timespec){0, 0};
            if (left > 0) {
                ts = (struct timespec){left / 1000000000, left % 1000000000};
            }
            if (copy_to_user(tsaddr, &ts, sizeof(ts)) || left <= 0) {
                break;
            }
        }
        if (recv && (g.msg_flags & MSG_OOB)) {
            break; /* the kernel stops after out-of-band data */
        }
    }
    return done ? (int64_t)done : r;
}

int64_t sys_sendmmsg(CPUCommon *cpu, const uint64_t *a)
{
    return sendrecvmmsg(a, false, 0);
}

int64_t sys_recvmmsg(CPUCommon *cpu, const uint64_t *a)
{
    return sendrecvmmsg(a, true, a[4]);
}
