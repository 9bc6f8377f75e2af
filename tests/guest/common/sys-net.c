/* Sockets through the syscall layer: socketpair send/recv, SCM_RIGHTS (and
 * MSG_CTRUNC), SCM_CREDENTIALS, AF_INET/AF_INET6 loopback TCP echo with
 * accept4/getsockname/getpeername, UDP sendto/recvfrom, sendmmsg/recvmmsg,
 * socket options, shutdown, a netlink bind and dump, and bad arguments. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

#include "sys-check.h"

/* An unmapped address; volatile keeps the compiler from warning. */
static void *volatile bad_ptr = (void *)8;
#define BAD_PTR bad_ptr

static void test_socketpair(void)
{
    int sv[2];
    char buf[16] = {0};
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    CHECK(send(sv[0], "hello", 5, 0) == 5);
    CHECK(recv(sv[1], buf, sizeof(buf), 0) == 5 &&
          memcmp(buf, "hello", 5) == 0);
    CHECK(write(sv[1], "back", 4) == 4 && read(sv[0], buf, 4) == 4 &&
          memcmp(buf, "back", 4) == 0);
    CHECK(recv(sv[0], buf, sizeof(buf), MSG_DONTWAIT) == -1 && errno == EAGAIN);
    CHECK(shutdown(sv[0], SHUT_WR) == 0 &&
          recv(sv[1], buf, sizeof(buf), 0) == 0);
    close(sv[0]);
    close(sv[1]);

    CHECK(socketpair(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0,
                     sv) == 0);
    CHECK((fcntl(sv[0], F_GETFL) & O_NONBLOCK) &&
          fcntl(sv[0], F_GETFD) == FD_CLOEXEC);
    close(sv[0]);
    close(sv[1]);
}

/* Send fds[0..n) with one byte of data. */
static int send_fds(int sock, const int *fds, int n)
{
    char data = 'F';
    struct iovec iov = {&data, 1};
    union {
        char buf[CMSG_SPACE(4 * sizeof(int))];
        struct cmsghdr align;
    } u;
    memset(&u, 0, sizeof(u));
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = u.buf;
    m.msg_controllen = CMSG_SPACE(n * sizeof(int));
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(n * sizeof(int));
    memcpy(CMSG_DATA(c), fds, n * sizeof(int));
    return sendmsg(sock, &m, 0);
}

static void test_rights(void)
{
    int sv[2], p[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    CHECK(pipe(p) == 0);
    CHECK(send_fds(sv[0], &p[0], 1) == 1);

    char data = 0;
    struct iovec iov = {&data, 1};
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } u;
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = u.buf;
    m.msg_controllen = sizeof(u.buf);
    CHECK(recvmsg(sv[1], &m, MSG_CMSG_CLOEXEC) == 1 && data == 'F');
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    CHECK(c && c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS &&
          c->cmsg_len == CMSG_LEN(sizeof(int)));
    CHECK(m.msg_controllen == CMSG_SPACE(sizeof(int)) &&
          !(m.msg_flags & MSG_CTRUNC));
    int got = -1;
    if (c) {
        memcpy(&got, CMSG_DATA(c), sizeof(got));
    }
    CHECK(got >= 0 && got != p[0]);
    CHECK(fcntl(got, F_GETFD) == FD_CLOEXEC);
    char buf[8] = {0};
    CHECK(write(p[1], "via", 3) == 3 && read(got, buf, 3) == 3 &&
          memcmp(buf, "via", 3) == 0);
    close(got);

    /* Two descriptors into room for one (CMSG_SPACE would hold two, its
     * padding is room for a second int): MSG_CTRUNC, one arrives. */
    int two[2] = {p[0], p[1]};
    CHECK(send_fds(sv[0], two, 2) == 1);
    m.msg_control = u.buf;
    m.msg_controllen = CMSG_LEN(sizeof(int));
    m.msg_flags = 0;
    CHECK(recvmsg(sv[1], &m, 0) == 1 && (m.msg_flags & MSG_CTRUNC) &&
          m.msg_controllen == CMSG_LEN(sizeof(int)));
    c = CMSG_FIRSTHDR(&m);
    CHECK(c && c->cmsg_type == SCM_RIGHTS &&
          c->cmsg_len == CMSG_LEN(sizeof(int)));
    got = -1;
    if (c) {
        memcpy(&got, CMSG_DATA(c), sizeof(got));
    }
    CHECK(got >= 0 && fcntl(got, F_GETFD) == 0);
    close(got);

    /* No control buffer at all: the descriptor is dropped, MSG_CTRUNC. */
    CHECK(send_fds(sv[0], &p[0], 1) == 1);
    m.msg_control = NULL;
    m.msg_controllen = 0;
    m.msg_flags = 0;
    CHECK(recvmsg(sv[1], &m, 0) == 1 && (m.msg_flags & MSG_CTRUNC) &&
          m.msg_controllen == 0);

    /* A control message whose length overruns the buffer. */
    char bad[CMSG_SPACE(sizeof(int))] __attribute__((aligned(8))) = {0};
    struct cmsghdr *bc = (struct cmsghdr *)bad;
    bc->cmsg_len = 200;
    bc->cmsg_level = SOL_SOCKET;
    bc->cmsg_type = SCM_RIGHTS;
    m.msg_control = bad;
    m.msg_controllen = sizeof(bad);
    CHECK(sendmsg(sv[0], &m, 0) == -1 && errno == EINVAL);
    struct iovec biov = {BAD_PTR, 4};
    m.msg_iov = &biov;
    m.msg_control = NULL;
    m.msg_controllen = 0;
    CHECK(sendmsg(sv[0], &m, 0) == -1 && errno == EFAULT);
    CHECK(recvmsg(sv[1], BAD_PTR, 0) == -1 && errno == EFAULT);
    close(p[0]);
    close(p[1]);
    close(sv[0]);
    close(sv[1]);
}

static void test_creds(void)
{
    int sv[2], on = 1;
    CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) == 0);
    CHECK(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof(on)) == 0);

    /* Explicit credentials from the sender. */
    struct ucred uc = {getpid(), getuid(), getgid()};
    char data = 'C';
    struct iovec iov = {&data, 1};
    union {
        char buf[CMSG_SPACE(sizeof(struct ucred))];
        struct cmsghdr align;
    } u;
    memset(&u, 0, sizeof(u));
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = u.buf;
    m.msg_controllen = sizeof(u.buf);
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_CREDENTIALS;
    c->cmsg_len = CMSG_LEN(sizeof(uc));
    memcpy(CMSG_DATA(c), &uc, sizeof(uc));
    CHECK(sendmsg(sv[0], &m, 0) == 1);

    for (int round = 0; round < 2; round++) {
        memset(&u, 0, sizeof(u));
        struct ucred got = {0};
        m.msg_control = u.buf;
        m.msg_controllen = sizeof(u.buf);
        data = 0;
        CHECK(recvmsg(sv[1], &m, 0) == 1 && data == 'C');
        c = CMSG_FIRSTHDR(&m);
        CHECK(c && c->cmsg_level == SOL_SOCKET &&
              c->cmsg_type == SCM_CREDENTIALS);
        if (c) {
            memcpy(&got, CMSG_DATA(c), sizeof(got));
        }
        CHECK(got.pid == getpid() && got.uid == getuid() &&
              got.gid == getgid());
        /* Second round: no explicit credentials, the kernel adds them. */
        if (round == 0) {
            data = 'C';
            CHECK(send(sv[0], &data, 1, 0) == 1);
        }
    }
    struct ucred peer;
    socklen_t len = sizeof(peer);
    CHECK(getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &peer, &len) == 0 &&
          len == sizeof(peer) && peer.pid == getpid());
    close(sv[0]);
    close(sv[1]);
}

/* A loopback TCP listener, a client, accept4, echo. */
static void test_tcp(int family)
{
    struct sockaddr_storage ss = {0}, cs, ps;
    socklen_t len;
    if (family == AF_INET) {
        struct sockaddr_in *in = (struct sockaddr_in *)&ss;
        in->sin_family = AF_INET;
        in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        len = sizeof(*in);
    } else {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
        in6->sin6_family = AF_INET6;
        in6->sin6_addr = in6addr_loopback;
        len = sizeof(*in6);
    }
    socklen_t alen = len;
    int l = socket(family, SOCK_STREAM, 0);
    CHECK(l >= 0);
    int on = 1;
    CHECK(setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) == 0);
    CHECK(bind(l, (struct sockaddr *)&ss, alen) == 0);
    CHECK(listen(l, 4) == 0);
    len = sizeof(ss);
    CHECK(getsockname(l, (struct sockaddr *)&ss, &len) == 0 && len == alen);
    in_port_t port = family == AF_INET
                         ? ((struct sockaddr_in *)&ss)->sin_port
                         : ((struct sockaddr_in6 *)&ss)->sin6_port;
    CHECK(ss.ss_family == family && port != 0);

    int c = socket(family, SOCK_STREAM, 0);
    CHECK(c >= 0 && connect(c, (struct sockaddr *)&ss, alen) == 0);
    len = sizeof(ps);
    int a = accept4(l, (struct sockaddr *)&ps, &len, SOCK_CLOEXEC);
    CHECK(a >= 0 && len == alen && ps.ss_family == family);
    CHECK(fcntl(a, F_GETFD) == FD_CLOEXEC);
    len = sizeof(cs);
    CHECK(getsockname(c, (struct sockaddr *)&cs, &len) == 0 && len == alen &&
          memcmp(&cs, &ps, alen) == 0);
    len = sizeof(cs);
    CHECK(getpeername(a, (struct sockaddr *)&cs, &len) == 0 &&
          memcmp(&cs, &ps, alen) == 0);
    /* A short address buffer: truncated, full length reported. */
    len = 4;
    memset(&cs, 0, sizeof(cs));
    CHECK(getpeername(c, (struct sockaddr *)&cs, &len) == 0 && len == alen &&
          cs.ss_family == family);

    char buf[32] = {0};
    CHECK(send(c, "ping", 4, 0) == 4);
    CHECK(recv(a, buf, sizeof(buf), 0) == 4 && memcmp(buf, "ping", 4) == 0);
    CHECK(send(a, buf, 4, 0) == 4);
    memset(buf, 0, sizeof(buf));
    CHECK(recv(c, buf, 4, MSG_WAITALL) == 4 && memcmp(buf, "ping", 4) == 0);
    int nd = 1, got = 0;
    len = sizeof(got);
    CHECK(setsockopt(c, IPPROTO_TCP, 1 /* TCP_NODELAY */, &nd, sizeof(nd)) ==
              0 &&
          getsockopt(c, IPPROTO_TCP, 1, &got, &len) == 0 && got == 1);
    /* accept with no address wanted. */
    int c2 = socket(family, SOCK_STREAM, 0);
    CHECK(connect(c2, (struct sockaddr *)&ss, alen) == 0);
    int a2 = accept(l, NULL, NULL);
    CHECK(a2 >= 0);
    close(a2);
    close(c2);
    close(a);
    close(c);
    close(l);
}

static void test_udp(void)
{
    struct sockaddr_in lo = {0}, a1, a2, from;
    lo.sin_family = AF_INET;
    lo.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int s1 = socket(AF_INET, SOCK_DGRAM, 0),
        s2 = socket(AF_INET, SOCK_DGRAM, 0);
    CHECK(s1 >= 0 && s2 >= 0);
    CHECK(bind(s1, (struct sockaddr *)&lo, sizeof(lo)) == 0);
    CHECK(bind(s2, (struct sockaddr *)&lo, sizeof(lo)) == 0);
    socklen_t len = sizeof(a1);
    CHECK(getsockname(s1, (struct sockaddr *)&a1, &len) == 0 &&
          a1.sin_port != 0);
    len = sizeof(a2);
    CHECK(getsockname(s2, (struct sockaddr *)&a2, &len) == 0 &&
          a2.sin_port != 0);
    CHECK(sendto(s1, "datagram", 8, 0, (struct sockaddr *)&a2, sizeof(a2)) ==
          8);
    char buf[32] = {0};
    len = sizeof(from);
    CHECK(recvfrom(s2, buf, sizeof(buf), 0, (struct sockaddr *)&from, &len) ==
              8 &&
          memcmp(buf, "datagram", 8) == 0);
    CHECK(len == sizeof(from) && from.sin_port == a1.sin_port &&
          from.sin_addr.s_addr == htonl(INADDR_LOOPBACK));

    /* recvmsg with a name. */
    CHECK(sendto(s1, "x", 1, 0, (struct sockaddr *)&a2, sizeof(a2)) == 1);
    struct iovec iov = {buf, sizeof(buf)};
    struct msghdr m = {0};
    memset(&from, 0, sizeof(from));
    m.msg_name = &from;
    m.msg_namelen = sizeof(from);
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    CHECK(recvmsg(s2, &m, 0) == 1 && m.msg_namelen == sizeof(from) &&
          from.sin_port == a1.sin_port);

    /* sendmmsg / recvmmsg. */
    struct mmsghdr mm[3];
    struct iovec iv[3];
    const char *msgs[3] = {"one", "three", "sixteen"};
    memset(mm, 0, sizeof(mm));
    for (int i = 0; i < 3; i++) {
        iv[i].iov_base = (void *)msgs[i];
        iv[i].iov_len = strlen(msgs[i]);
        mm[i].msg_hdr.msg_iov = &iv[i];
        mm[i].msg_hdr.msg_iovlen = 1;
        mm[i].msg_hdr.msg_name = &a2;
        mm[i].msg_hdr.msg_namelen = sizeof(a2);
    }
    CHECK(sendmmsg(s1, mm, 3, 0) == 3 && mm[0].msg_len == 3 &&
          mm[1].msg_len == 5 && mm[2].msg_len == 7);
    char rb[3][16];
    struct sockaddr_in rfrom[3];
    memset(mm, 0, sizeof(mm));
    memset(rb, 0, sizeof(rb));
    for (int i = 0; i < 3; i++) {
        iv[i].iov_base = rb[i];
        iv[i].iov_len = sizeof(rb[i]);
        mm[i].msg_hdr.msg_iov = &iv[i];
        mm[i].msg_hdr.msg_iovlen = 1;
        mm[i].msg_hdr.msg_name = &rfrom[i];
        mm[i].msg_hdr.msg_namelen = sizeof(rfrom[i]);
    }
    struct timespec ts = {1, 0};
    CHECK(recvmmsg(s2, mm, 3, MSG_WAITFORONE, &ts) == 3);
    CHECK(mm[0].msg_len == 3 && mm[1].msg_len == 5 && mm[2].msg_len == 7 &&
          strcmp(rb[2], "sixteen") == 0 && rfrom[1].sin_port == a1.sin_port);
    CHECK(recvmmsg(s2, mm, 3, MSG_DONTWAIT, NULL) == -1 && errno == EAGAIN);

    /* Receive timeout option: a timeval, and recv gives up with EAGAIN. */
    struct timeval tv = {0, 20000}, tg = {0};
    len = sizeof(tg);
    CHECK(setsockopt(s2, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)) == 0);
    CHECK(getsockopt(s2, SOL_SOCKET, SO_RCVTIMEO, &tg, &len) == 0 &&
          len == sizeof(tg) && tg.tv_sec == 0 && tg.tv_usec == 20000);
    CHECK(recv(s2, buf, sizeof(buf), 0) == -1 && errno == EAGAIN);
    int type = 0;
    len = sizeof(type);
    CHECK(getsockopt(s2, SOL_SOCKET, SO_TYPE, &type, &len) == 0 &&
          type == SOCK_DGRAM);
    CHECK(getsockopt(s2, SOL_SOCKET, SO_TYPE, BAD_PTR, &len) == -1 &&
          errno == EFAULT);
    CHECK(setsockopt(s2, SOL_SOCKET, SO_RCVBUF, BAD_PTR, 4) == -1 &&
          errno == EFAULT);
    close(s1);
    close(s2);
}

static void test_netlink(void)
{
    int s = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    CHECK(s >= 0);
    struct sockaddr_nl nl = {0};
    nl.nl_family = AF_NETLINK;
    CHECK(bind(s, (struct sockaddr *)&nl, sizeof(nl)) == 0);
    socklen_t len = sizeof(nl);
    CHECK(getsockname(s, (struct sockaddr *)&nl, &len) == 0 &&
          len == sizeof(nl) && nl.nl_family == AF_NETLINK && nl.nl_pid != 0);

    /* Dump the links; the first reply comes from the kernel (pid 0). */
    struct {
        struct nlmsghdr h;
        struct rtgenmsg g;
    } req = {{NLMSG_LENGTH(sizeof(struct rtgenmsg)), RTM_GETLINK,
              NLM_F_REQUEST | NLM_F_DUMP, 1, 0},
             {AF_UNSPEC}};
    struct sockaddr_nl kernel = {.nl_family = AF_NETLINK};
    CHECK(sendto(s, &req, req.h.nlmsg_len, 0, (struct sockaddr *)&kernel,
                 sizeof(kernel)) == (ssize_t)req.h.nlmsg_len);
    static char buf[32768];
    struct iovec iov = {buf, sizeof(buf)};
    struct sockaddr_nl from = {0};
    struct msghdr m = {&from, sizeof(from), &iov, 1, NULL, 0, 0};
    ssize_t n = recvmsg(s, &m, 0);
    struct nlmsghdr *h = (struct nlmsghdr *)buf;
    CHECK(n > 0 && NLMSG_OK(h, n) && h->nlmsg_type == RTM_NEWLINK &&
          h->nlmsg_seq == 1);
    CHECK(from.nl_family == AF_NETLINK && from.nl_pid == 0);
    struct sockaddr_nl toolong[2] = {0};
    toolong[0].nl_family = AF_NETLINK;
    CHECK(bind(s, (struct sockaddr *)toolong, 200) == -1 && errno == EINVAL);
    close(s);
}

static void test_bad_args(void)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    CHECK(connect(s, BAD_PTR, sizeof(struct sockaddr_in)) == -1 &&
          errno == EFAULT);
    socklen_t len = sizeof(struct sockaddr_in);
    CHECK(getsockname(s, BAD_PTR, &len) == -1 && errno == EFAULT);
    CHECK(getsockname(s, BAD_PTR, BAD_PTR) == -1 && errno == EFAULT);
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    CHECK(send(sv[0], BAD_PTR, 4, 0) == -1 && errno == EFAULT);
    CHECK(send(sv[0], "data", 4, 0) == 4);
    CHECK(recv(sv[1], BAD_PTR, 4, 0) == -1 && errno == EFAULT);
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, BAD_PTR) == -1 &&
          errno == EFAULT);
    close(sv[0]);
    close(sv[1]);
    CHECK(socket(12345, SOCK_STREAM, 0) == -1 && errno == EAFNOSUPPORT);
    CHECK(accept(s, NULL, NULL) == -1 && errno == EINVAL);
    close(s);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    test_socketpair();
    test_rights();
    test_creds();
    test_tcp(AF_INET);
    test_tcp(AF_INET6);
    test_udp();
    test_netlink();
    test_bad_args();
    return sys_finish();
}
