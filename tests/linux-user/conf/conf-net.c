/* Conformance: sockets and event descriptors — socketpair (stream, dgram,
 * seqpacket), epoll (data kept, edge-triggered, one-shot, hang-up), poll,
 * ppoll, select, SCM_RIGHTS and SCM_CREDENTIALS, TCP/UDP on loopback (IPv4,
 * IPv6), AF_UNIX paths, socket options, netlink, eventfd, timerfd, signalfd,
 * inotify. See conf.h. */
#include "conf.h"

#include <arpa/inet.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stddef.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/select.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <sys/uio.h>
#include <sys/un.h>

static const char *err(long r)
{
    return r < 0 ? strerror(errno) : "ok";
}

static void check_stream_pair(void)
{
    int sv[2];
    char buf[32] = {0}, peek[8] = {0};
    SYS(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv));
    long s = SYS(send(sv[0], "hello", 5, 0));
    long p = SYS(recv(sv[1], peek, 3, MSG_PEEK));
    long r = SYS(recv(sv[1], buf, sizeof(buf), 0));
    errno = 0;
    const char *e = err(recv(sv[1], buf, 1, MSG_DONTWAIT));
    SYS(write(sv[1], "back", 4));
    char b2[8] = {0};
    SYS(read(sv[0], b2, sizeof(b2)));
    SYS(shutdown(sv[0], SHUT_WR));
    long eof = SYS(recv(sv[1], buf, 1, 0));
    long cl = SYS(fcntl(sv[0], F_GETFD));

    close(sv[0]), close(sv[1]);
    report(s == 5 && p == 3 && r == 5 && !strcmp(peek, "hel") &&
               !strcmp(e, strerror(EAGAIN)) && !strcmp(b2, "back") &&
               eof == 0 && cl == FD_CLOEXEC,
           "sent=%ld peek='%s' recv=%ld '%.5s' empty=%s reply='%s' "
           "after-shutdown=%ld cloexec=%ld",
           s, peek, r, buf, e, b2, eof, cl);
}

static void check_dgram_pair(void)
{
    int sv[2];
    char buf[64];
    long n[4];
    SYS(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv));
    SYS(send(sv[0], "a", 1, 0));
    SYS(send(sv[0], "bbbbbb", 6, 0));
    SYS(send(sv[0], "cc", 2, 0));
    SYS(send(sv[0], "0123456789", 10, 0));
    n[0] = SYS(recv(sv[1], buf, sizeof(buf), 0));
    n[1] = SYS(recv(sv[1], buf, sizeof(buf), 0));
    n[2] = SYS(recv(sv[1], buf, 1, 0));         /* rest is dropped */
    n[3] = SYS(recv(sv[1], buf, 4, MSG_TRUNC)); /* real length */

    close(sv[0]), close(sv[1]);
    report(n[0] == 1 && n[1] == 6 && n[2] == 1 && n[3] == 10,
           "lengths=%ld,%ld,%ld truncated-real=%ld", n[0], n[1], n[2], n[3]);
}

static void check_seqpacket(void)
{
    int sv[2];
    char a[4], b[16];
    struct iovec iov = {a, sizeof(a)};
    struct msghdr mh = {.msg_iov = &iov, .msg_iovlen = 1};
    SYS(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv));
    SYS(send(sv[0], "123456", 6, 0));
    SYS(send(sv[0], "xy", 2, 0));
    long r1 = SYS(recvmsg(sv[1], &mh, 0));
    int trunc = !!(mh.msg_flags & MSG_TRUNC);
    long r2 = SYS(recv(sv[1], b, sizeof(b), 0));
    close(sv[0]);
    long r3 = SYS(recv(sv[1], b, sizeof(b), 0));

    close(sv[1]);
    report(r1 == 4 && trunc && r2 == 2 && r3 == 0,
           "first=%ld MSG_TRUNC=%d second=%ld after-close=%ld", r1, trunc, r2,
           r3);
}

static void check_epoll(void)
{
    int sv[3][2];
    struct epoll_event ev, out[8];
    int ep = SYS(epoll_create1(EPOLL_CLOEXEC));
    for (int i = 0; i < 3; i++) {
        SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, sv[i]));
        ev.events = EPOLLIN;
        ev.data.u64 = 0x1122334455667700ull + i; /* all 64 bits kept */
        SYS(epoll_ctl(ep, EPOLL_CTL_ADD, sv[i][0], &ev));
    }
    long none = SYS(epoll_wait(ep, out, 8, 0));
    SYS(write(sv[1][1], "x", 1));
    long one = SYS(epoll_wait(ep, out, 8, 1000));
    uint64_t data = out[0].data.u64;
    uint32_t events = out[0].events;
    SYS(write(sv[2][1], "y", 1));
    long two = SYS(epoll_wait(ep, out, 8, 1000));
    long one_max = SYS(epoll_wait(ep, out, 1, 1000)); /* maxevents 1 */
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    SYS(epoll_ctl(ep, EPOLL_CTL_DEL, sv[1][0], NULL));
    SYS(epoll_ctl(ep, EPOLL_CTL_DEL, sv[2][0], NULL));
    long timeout = SYS(epoll_wait(ep, out, 8, 20));
    double ms = ms_since(&t0);

    for (int i = 0; i < 3; i++) {
        close(sv[i][0]), close(sv[i][1]);
    }
    close(ep);
    report(none == 0 && one == 1 && data == 0x1122334455667701ull &&
               events == EPOLLIN && two == 2 && one_max == 1 && timeout == 0 &&
               ms >= 19,
           "idle=%ld ready=%ld data=%016llx events=%#x both=%ld max1=%ld "
           "timeout=%ld waited>=20ms:%d",
           none, one, (unsigned long long)data, events, two, one_max, timeout,
           ms >= 19);
}

static void check_epoll_modes(void)
{
    int p[2];
    struct epoll_event ev = {.events = EPOLLIN | EPOLLET, .data.fd = 7}, out;
    int ep = SYS(epoll_create1(0));
    SYS(pipe(p));
    SYS(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
    SYS(write(p[1], "a", 1));
    long e1 = SYS(epoll_wait(ep, &out, 1, 0));
    long e2 = SYS(epoll_wait(ep, &out, 1, 0)); /* no new edge */
    SYS(write(p[1], "b", 1));
    long e3 = SYS(epoll_wait(ep, &out, 1, 0));
    ev.events = EPOLLIN | EPOLLONESHOT;
    SYS(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev));
    long o1 = SYS(epoll_wait(ep, &out, 1, 0));
    long o2 = SYS(epoll_wait(ep, &out, 1, 0)); /* disarmed */
    SYS(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev));
    long o3 = SYS(epoll_wait(ep, &out, 1, 0));
    errno = 0;
    const char *dup = err(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
    errno = 0;
    const char *missing = err(epoll_ctl(ep, EPOLL_CTL_DEL, p[1], &ev));
    int f = SYS(open(conf_path("plain"), O_CREAT | O_RDWR, 0644));
    errno = 0;
    const char *file = err(epoll_ctl(ep, EPOLL_CTL_ADD, f, &ev));

    close(f), close(p[0]), close(p[1]), close(ep);
    report(e1 == 1 && e2 == 0 && e3 == 1 && o1 == 1 && o2 == 0 && o3 == 1,
           "edge=%ld,%ld,%ld oneshot=%ld,%ld,%ld add-twice=%s del-unknown=%s "
           "regular-file=%s",
           e1, e2, e3, o1, o2, o3, dup, missing, file);
}

static void check_epoll_hup(void)
{
    int sv[2], p[2];
    struct epoll_event ev = {.events = EPOLLIN | EPOLLRDHUP}, out[2];
    int ep = SYS(epoll_create1(0));
    SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    SYS(pipe(p));
    ev.data.u32 = 1;
    SYS(epoll_ctl(ep, EPOLL_CTL_ADD, sv[0], &ev));
    ev.data.u32 = 2;
    ev.events = EPOLLIN;
    SYS(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
    close(sv[1]);
    close(p[1]);
    long n = SYS(epoll_wait(ep, out, 2, 1000));
    uint32_t sock = 0, pipe_ev = 0;
    for (int i = 0; i < n; i++) {
        if (out[i].data.u32 == 1) {
            sock = out[i].events;
        } else {
            pipe_ev = out[i].events;
        }
    }

    close(sv[0]), close(p[0]), close(ep);
    report(n == 2 && sock == (EPOLLIN | EPOLLRDHUP | EPOLLHUP) &&
               pipe_ev == EPOLLHUP,
           "n=%ld socket=%#x pipe=%#x", n, sock, pipe_ev);
}

static void check_poll(void)
{
    int p[2];
    SYS(pipe(p));
    struct pollfd fds[3] = {
        {p[0], POLLIN, 0}, {p[1], POLLOUT, 0}, {p[1] + 100, POLLIN, 0}};
    long n0 = SYS(poll(fds, 1, 0));
    long n1 = SYS(poll(fds, 3, 0));
    int r1 = fds[1].revents, nv = fds[2].revents;
    SYS(write(p[1], "z", 1));
    long n2 = SYS(poll(fds, 1, 1000));
    int r0 = fds[0].revents;
    close(p[1]);
    char c;
    SYS(read(p[0], &c, 1));
    long n3 = SYS(poll(fds, 1, 1000));
    int hup = fds[0].revents;
    struct timespec t0;
    int q[2];
    SYS(pipe(q));
    struct pollfd idle = {q[0], POLLIN, 0};
    clock_gettime(CLOCK_MONOTONIC, &t0);
    long n4 = SYS(poll(&idle, 1, 20));
    double ms = ms_since(&t0);

    close(p[0]), close(q[0]), close(q[1]);
    report(
        n0 == 0 && n1 == 2 && r1 == POLLOUT && nv == POLLNVAL && n2 == 1 &&
            r0 == POLLIN && n3 == 1 && hup == POLLHUP && n4 == 0 && ms >= 19,
        "idle=%ld writable=%ld/%#x bad-fd=%#x readable=%ld/%#x hangup=%ld/%#x "
        "timeout=%ld waited>=20ms:%d",
        n0, n1, r1, nv, n2, r0, n3, hup, n4, ms >= 19);
}

static volatile int usr1_hits;

static void on_usr1(int sig)
{
    (void)sig;
    usr1_hits++;
}

static void check_ppoll_select(void)
{
    int p[2];
    sigset_t block, empty;
    SYS(pipe(p));
    signal(SIGUSR1, on_usr1);
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, NULL);
    raise(SIGUSR1); /* pending until ppoll's mask lets it in */
    sigemptyset(&empty);
    struct pollfd pf = {p[0], POLLIN, 0};
    struct timespec ts = {5, 0};
    errno = 0;
    long r = ppoll(&pf, 1, &ts, &empty);
    const char *e = err(r);
    int hits = usr1_hits, still_blocked;
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    still_blocked = sigismember(&now, SIGUSR1);
    sigprocmask(SIG_UNBLOCK, &block, NULL);
    signal(SIGUSR1, SIG_DFL);

    fd_set rd, wr;
    FD_ZERO(&rd);
    FD_ZERO(&wr);
    FD_SET(p[0], &rd);
    FD_SET(p[1], &wr);
    struct timeval tv = {0, 0};
    long s0 = SYS(select(p[1] + 1, &rd, &wr, NULL, &tv));
    int rset = FD_ISSET(p[0], &rd), wset = FD_ISSET(p[1], &wr);
    SYS(write(p[1], "q", 1));
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    struct timespec pts = {1, 0};
    long s1 = SYS(pselect(p[0] + 1, &rd, NULL, NULL, &pts, &empty));

    close(p[0]), close(p[1]);
    report(r == -1 && hits == 1 && still_blocked && s0 == 1 && !rset && wset &&
               s1 == 1 && FD_ISSET(p[0], &rd),
           "ppoll=%s handler=%d mask-restored=%d select=%ld r:%d w:%d "
           "pselect=%ld",
           e, hits, still_blocked, s0, rset, wset, s1);
}

static void check_scm_rights(void)
{
    int sv[2], p[2];
    SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    SYS(pipe(p));
    int f = SYS(open(conf_path("passed"), O_CREAT | O_RDWR, 0644));
    SYS(write(f, "file!", 5));
    int send_fds[2] = {p[1], f};
    union {
        char buf[CMSG_SPACE(sizeof(send_fds))];
        struct cmsghdr align;
    } u;
    struct iovec iov = {"F", 1};
    struct msghdr mh = {.msg_iov = &iov,
                        .msg_iovlen = 1,
                        .msg_control = u.buf,
                        .msg_controllen = sizeof(u.buf)};
    struct cmsghdr *cm = CMSG_FIRSTHDR(&mh);
    cm->cmsg_level = SOL_SOCKET;
    cm->cmsg_type = SCM_RIGHTS;
    cm->cmsg_len = CMSG_LEN(sizeof(send_fds));
    memcpy(CMSG_DATA(cm), send_fds, sizeof(send_fds));
    SYS(sendmsg(sv[0], &mh, 0));

    char c = 0;
    union {
        char buf[CMSG_SPACE(sizeof(int) * 4)];
        struct cmsghdr align;
    } r;
    struct iovec riov = {&c, 1};
    struct msghdr rh = {.msg_iov = &riov,
                        .msg_iovlen = 1,
                        .msg_control = r.buf,
                        .msg_controllen = sizeof(r.buf)};
    long n = SYS(recvmsg(sv[1], &rh, MSG_CMSG_CLOEXEC));
    struct cmsghdr *rc = CMSG_FIRSTHDR(&rh);
    int got[2] = {-1, -1}, nfds = 0, level = 0, type = 0;
    if (rc) {
        level = rc->cmsg_level == SOL_SOCKET;
        type = rc->cmsg_type == SCM_RIGHTS;
        nfds = (int)((rc->cmsg_len - CMSG_LEN(0)) / sizeof(int));
        memcpy(got, CMSG_DATA(rc), sizeof(got));
    }
    int fresh = got[0] >= 0 && got[0] != p[1] && got[1] != f;
    long wr = write(got[0], "via passed fd", 13);
    char buf[16] = {0};
    SYS(read(p[0], buf, 13));
    struct stat a, b;
    SYS(fstat(got[1], &a));
    SYS(fstat(f, &b));
    long cl = fcntl(got[0], F_GETFD);
    char fb[8] = {0};
    SYS(pread(got[1], fb, 5, 0));

    close(got[0]), close(got[1]), close(f), close(p[0]), close(p[1]);
    close(sv[0]), close(sv[1]);
    report(n == 1 && c == 'F' && level && type && nfds == 2 && fresh &&
               wr == 13 && !strcmp(buf, "via passed fd") &&
               a.st_ino == b.st_ino && cl == FD_CLOEXEC && !strcmp(fb, "file!"),
           "byte=%c cmsg=%d/%d fds=%d new-numbers=%d pipe='%s' same-file=%d "
           "file='%s' cloexec=%ld",
           c, level, type, nfds, fresh, buf, a.st_ino == b.st_ino, fb, cl);
}

static void check_scm_credentials(void)
{
    int sv[2], on = 1;
    SYS(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv));
    SYS(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof(on)));
    struct ucred cr = {getpid(), getuid(), getgid()};
    union {
        char buf[CMSG_SPACE(sizeof(cr))];
        struct cmsghdr align;
    } u;
    struct iovec iov = {"C", 1};
    struct msghdr mh = {.msg_iov = &iov,
                        .msg_iovlen = 1,
                        .msg_control = u.buf,
                        .msg_controllen = sizeof(u.buf)};
    struct cmsghdr *cm = CMSG_FIRSTHDR(&mh);
    cm->cmsg_level = SOL_SOCKET;
    cm->cmsg_type = SCM_CREDENTIALS;
    cm->cmsg_len = CMSG_LEN(sizeof(cr));
    memcpy(CMSG_DATA(cm), &cr, sizeof(cr));
    SYS(sendmsg(sv[0], &mh, 0));
    SYS(send(sv[0], "D", 1, 0)); /* credentials added by the kernel */

    int ok[2] = {0, 0};
    for (int i = 0; i < 2; i++) {
        char c, cbuf[CMSG_SPACE(sizeof(struct ucred))];
        struct iovec riov = {&c, 1};
        struct msghdr rh = {.msg_iov = &riov,
                            .msg_iovlen = 1,
                            .msg_control = cbuf,
                            .msg_controllen = sizeof(cbuf)};
        SYS(recvmsg(sv[1], &rh, 0));
        struct cmsghdr *rc = CMSG_FIRSTHDR(&rh);
        if (rc && rc->cmsg_type == SCM_CREDENTIALS) {
            struct ucred got;
            memcpy(&got, CMSG_DATA(rc), sizeof(got));
            ok[i] = got.pid == getpid() && got.uid == getuid() &&
                    got.gid == getgid();
        }
    }
    struct ucred peer;
    socklen_t len = sizeof(peer);
    int sp[2];
    SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, sp));
    SYS(getsockopt(sp[0], SOL_SOCKET, SO_PEERCRED, &peer, &len));
    int peer_ok =
        len == sizeof(peer) && peer.pid == getpid() && peer.uid == getuid();

    close(sv[0]), close(sv[1]), close(sp[0]), close(sp[1]);
    report(ok[0] && ok[1] && peer_ok, "explicit=%d implicit=%d SO_PEERCRED=%d",
           ok[0], ok[1], peer_ok);
}

static void check_tcp(void)
{
    struct sockaddr_in sa = {.sin_family = AF_INET}, ca, pa;
    socklen_t len = sizeof(sa);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int ls = SYS(socket(AF_INET, SOCK_STREAM, 0));
    SYS(bind(ls, (struct sockaddr *)&sa, sizeof(sa)));
    SYS(listen(ls, 4));
    SYS(getsockname(ls, (struct sockaddr *)&sa, &len));
    int cs = SYS(socket(AF_INET, SOCK_STREAM, 0));
    SYS(connect(cs, (struct sockaddr *)&sa, sizeof(sa)));
    len = sizeof(pa);
    int as = SYS(accept4(ls, (struct sockaddr *)&pa, &len, SOCK_CLOEXEC));
    len = sizeof(ca);
    SYS(getsockname(cs, (struct sockaddr *)&ca, &len));
    int addr_ok = pa.sin_family == AF_INET && pa.sin_port == ca.sin_port &&
                  pa.sin_addr.s_addr == htonl(INADDR_LOOPBACK);
    struct sockaddr_in peer;
    len = sizeof(peer);
    SYS(getpeername(cs, (struct sockaddr *)&peer, &len));
    int peer_ok = peer.sin_port == sa.sin_port;
    static char big[60000], got[60000];
    for (int i = 0; i < (int)sizeof(big); i++) {
        big[i] = (char)(i * 11);
    }
    long sent = SYS(send(cs, big, sizeof(big), 0));
    long total = 0;
    while (total < sent) {
        long n = SYS(recv(as, got + total, sizeof(got) - total, 0));
        if (n == 0) {
            break;
        }
        total += n;
    }
    SYS(send(as, "ack", 3, 0));
    char ack[4] = {0};
    SYS(recv(cs, ack, 3, MSG_WAITALL));
    close(cs);
    long eof = SYS(recv(as, got, 10, 0));

    close(as), close(ls);
    report(ntohs(sa.sin_port) != 0 && addr_ok && peer_ok && total == 60000 &&
               !memcmp(big, got, 10) && !strcmp(ack, "ack") && eof == 0,
           "port-assigned=%d accept-addr=%d peer=%d received=%ld data=%d "
           "reply='%s' eof=%ld",
           ntohs(sa.sin_port) != 0, addr_ok, peer_ok, total,
           !memcmp(big + 30000, got + 30000, 30000), ack, eof);
}

static void check_udp(void)
{
    struct sockaddr_in a = {.sin_family = AF_INET}, b, from;
    socklen_t len = sizeof(a);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    b = a;
    int s1 = SYS(socket(AF_INET, SOCK_DGRAM, 0));
    int s2 = SYS(socket(AF_INET, SOCK_DGRAM, 0));
    SYS(bind(s1, (struct sockaddr *)&a, sizeof(a)));
    SYS(bind(s2, (struct sockaddr *)&b, sizeof(b)));
    SYS(getsockname(s1, (struct sockaddr *)&a, &len));
    len = sizeof(b);
    SYS(getsockname(s2, (struct sockaddr *)&b, &len));
    SYS(sendto(s2, "datagram", 8, 0, (struct sockaddr *)&a, sizeof(a)));
    char buf[16] = {0};
    len = sizeof(from);
    long n =
        SYS(recvfrom(s1, buf, sizeof(buf), 0, (struct sockaddr *)&from, &len));
    int from_ok = len == sizeof(from) && from.sin_port == b.sin_port &&
                  from.sin_addr.s_addr == htonl(INADDR_LOOPBACK);

    close(s1), close(s2);
    report(n == 8 && !strcmp(buf, "datagram") && from_ok,
           "recv=%ld '%s' sender=%d", n, buf, from_ok);
}

static void check_inet6(void)
{
    struct sockaddr_in6 a = {.sin6_family = AF_INET6,
                             .sin6_addr = IN6ADDR_LOOPBACK_INIT},
                        from;
    socklen_t len = sizeof(a);
    int s = socket(AF_INET6, SOCK_DGRAM, 0);
    if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof(a)) < 0) {
        /* no IPv6 here: the same on every run of this machine */
        report(1, "unavailable: %s", strerror(errno));
        if (s >= 0) {
            close(s);
        }
        return;
    }
    SYS(getsockname(s, (struct sockaddr *)&a, &len));
    SYS(sendto(s, "six", 3, 0, (struct sockaddr *)&a, sizeof(a)));
    char buf[8] = {0}, text[64];
    len = sizeof(from);
    long n =
        SYS(recvfrom(s, buf, sizeof(buf), 0, (struct sockaddr *)&from, &len));
    inet_ntop(AF_INET6, &from.sin6_addr, text, sizeof(text));
    close(s);
    report(n == 3 && !strcmp(text, "::1") && from.sin6_port == a.sin6_port,
           "recv=%ld '%s' from=%s len=%u", n, buf, text, (unsigned)len);
}

static void check_sockopts(void)
{
    int s = SYS(socket(AF_INET, SOCK_STREAM, 0));
    int v, one = 1;
    socklen_t len = sizeof(v);
    SYS(getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len));
    int type = v;
    SYS(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)));
    len = sizeof(v);
    SYS(getsockopt(s, SOL_SOCKET, SO_REUSEADDR, &v, &len));
    int reuse = v;
    SYS(setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)));
    len = sizeof(v);
    SYS(getsockopt(s, IPPROTO_TCP, TCP_NODELAY, &v, &len));
    int nodelay = v;
    struct linger lg = {1, 5}, lg2;
    SYS(setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg)));
    len = sizeof(lg2);
    SYS(getsockopt(s, SOL_SOCKET, SO_LINGER, &lg2, &len));
    struct timeval tv = {2, 500000}, tv2;
    SYS(setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)));
    len = sizeof(tv2);
    SYS(getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv2, &len));
    len = sizeof(v);
    SYS(getsockopt(s, SOL_SOCKET, SO_ERROR, &v, &len));
    int error = v;
    errno = 0;
    const char *bad = err(setsockopt(s, SOL_SOCKET, 12345, &one, sizeof(one)));

    close(s);
    report(type == SOCK_STREAM && reuse == 1 && nodelay == 1 &&
               lg2.l_onoff == 1 && lg2.l_linger == 5 && tv2.tv_sec == 2 &&
               tv2.tv_usec == 500000 && error == 0,
           "type=%d reuseaddr=%d nodelay=%d linger=%d/%d rcvtimeo=%ld.%06ld "
           "error=%d unknown=%s",
           type, reuse, nodelay, lg2.l_onoff, lg2.l_linger, (long)tv2.tv_sec,
           (long)tv2.tv_usec, error, bad);
}

static void check_connect_errors(void)
{
    struct sockaddr_in sa = {.sin_family = AF_INET};
    socklen_t len = sizeof(sa);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int ls = SYS(socket(AF_INET, SOCK_STREAM, 0));
    SYS(bind(ls, (struct sockaddr *)&sa, sizeof(sa)));
    SYS(getsockname(ls, (struct sockaddr *)&sa, &len));
    close(ls); /* the port is now closed */
    int s = SYS(socket(AF_INET, SOCK_STREAM, 0));
    errno = 0;
    const char *refused = err(connect(s, (struct sockaddr *)&sa, sizeof(sa)));
    close(s);
    s = SYS(socket(AF_INET, SOCK_STREAM, 0));
    char c;
    errno = 0;
    const char *notconn = err(recv(s, &c, 1, 0));
    errno = 0;
    const char *family = err(socket(12345, SOCK_STREAM, 0));
    SYS(bind(s, (struct sockaddr *)&sa, sizeof(sa)));
    errno = 0;
    const char *rebind = err(bind(s, (struct sockaddr *)&sa, sizeof(sa)));
    int l2 = SYS(socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0));
    sa.sin_port = 0;
    SYS(bind(l2, (struct sockaddr *)&sa, sizeof(sa)));
    SYS(listen(l2, 1));
    errno = 0;
    const char *noconn = err(accept(l2, NULL, NULL));

    close(s), close(l2);
    report(1,
           "refused=%s recv-unconnected=%s bad-family=%s bind-twice=%s "
           "accept-nonblock=%s",
           refused, notconn, family, rebind, noconn);
}

static void check_unix_path(void)
{
    struct sockaddr_un sa = {.sun_family = AF_UNIX}, pa;
    snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", conf_path("sock"));
    int ls = SYS(socket(AF_UNIX, SOCK_STREAM, 0));
    SYS(bind(ls, (struct sockaddr *)&sa, sizeof(sa)));
    SYS(listen(ls, 2));
    struct stat st;
    SYS(stat(sa.sun_path, &st));
    int cs = SYS(socket(AF_UNIX, SOCK_STREAM, 0));
    SYS(connect(cs, (struct sockaddr *)&sa, sizeof(sa)));
    int as = SYS(accept(ls, NULL, NULL));
    socklen_t len = sizeof(pa);
    SYS(getpeername(cs, (struct sockaddr *)&pa, &len));
    int peer_ok =
        !strcmp(pa.sun_path, sa.sun_path) &&
        len == offsetof(struct sockaddr_un, sun_path) + strlen(sa.sun_path) + 1;
    SYS(send(as, "u", 1, 0));
    char c = 0;
    SYS(recv(cs, &c, 1, 0));
    close(cs), close(as), close(ls);

    /* abstract name: no file, name given by length */
    struct sockaddr_un ab = {.sun_family = AF_UNIX};
    memcpy(ab.sun_path, "\0conf-abstract-", 15);
    snprintf(ab.sun_path + 15, 20, "%d", (int)getpid());
    socklen_t alen =
        offsetof(struct sockaddr_un, sun_path) + 15 + strlen(ab.sun_path + 15);
    int a1 = SYS(socket(AF_UNIX, SOCK_DGRAM, 0));
    SYS(bind(a1, (struct sockaddr *)&ab, alen));
    int a2 = SYS(socket(AF_UNIX, SOCK_DGRAM, 0));
    SYS(sendto(a2, "abs", 3, 0, (struct sockaddr *)&ab, alen));
    char buf[4] = {0};
    SYS(recv(a1, buf, 3, 0));
    struct sockaddr_un got;
    len = sizeof(got);
    SYS(getsockname(a1, (struct sockaddr *)&got, &len));
    int name_ok =
        len == alen && !memcmp(got.sun_path, ab.sun_path,
                               alen - offsetof(struct sockaddr_un, sun_path));

    close(a1), close(a2);
    report(S_ISSOCK(st.st_mode) && peer_ok && c == 'u' && !strcmp(buf, "abs") &&
               name_ok,
           "socket-file=%d peername=%d data=%c abstract='%s' name=%d",
           S_ISSOCK(st.st_mode), peer_ok, c, buf, name_ok);
}

static void check_msg_iov(void)
{
    int sv[2];
    SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    struct iovec out[3] = {{"abc", 3}, {"defgh", 5}, {"ij", 2}};
    struct msghdr mh = {.msg_iov = out, .msg_iovlen = 3};
    long s = SYS(sendmsg(sv[0], &mh, 0));
    char a[5] = {0}, b[8] = {0};
    struct iovec in[2] = {{a, 4}, {b, 6}};
    struct msghdr rh = {.msg_iov = in, .msg_iovlen = 2};
    long r = SYS(recvmsg(sv[1], &rh, MSG_WAITALL));
    struct mmsghdr mm[2];
    char m1[4] = {0}, m2[4] = {0};
    struct iovec v1 = {m1, 3}, v2 = {m2, 3};
    memset(mm, 0, sizeof(mm));
    int dg[2];
    SYS(socketpair(AF_UNIX, SOCK_DGRAM, 0, dg));
    SYS(send(dg[0], "one", 3, 0));
    SYS(send(dg[0], "two", 3, 0));
    mm[0].msg_hdr.msg_iov = &v1;
    mm[0].msg_hdr.msg_iovlen = 1;
    mm[1].msg_hdr.msg_iov = &v2;
    mm[1].msg_hdr.msg_iovlen = 1;
    long rm = SYS(recvmmsg(dg[1], mm, 2, 0, NULL));

    close(sv[0]), close(sv[1]), close(dg[0]), close(dg[1]);
    report(s == 10 && r == 10 && !strcmp(a, "abcd") && !strcmp(b, "efghij") &&
               rm == 2 && mm[1].msg_len == 3 && !strcmp(m2, "two"),
           "sendmsg=%ld recvmsg=%ld '%s' '%s' recvmmsg=%ld '%s' '%s'", s, r, a,
           b, rm, m1, m2);
}

/* RTM_GETLINK dump over NETLINK_ROUTE: the loopback interface is listed. */
static void check_netlink(void)
{
    int s = SYS(socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE));
    struct sockaddr_nl sa = {.nl_family = AF_NETLINK};
    SYS(bind(s, (struct sockaddr *)&sa, sizeof(sa)));
    socklen_t len = sizeof(sa);
    SYS(getsockname(s, (struct sockaddr *)&sa, &len));
    struct {
        struct nlmsghdr nh;
        struct ifinfomsg ifi;
    } req;
    memset(&req, 0, sizeof(req));
    req.nh.nlmsg_len = sizeof(req);
    req.nh.nlmsg_type = RTM_GETLINK;
    req.nh.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    req.nh.nlmsg_seq = 42;
    req.ifi.ifi_family = AF_UNSPEC;
    SYS(send(s, &req, sizeof(req), 0));
    static char buf[65536];
    int found_lo = 0, done = 0, seq_ok = 1, msgs = 0, index_ok = 0;
    int flags_ok = 0;
    while (!done) {
        long n = SYS(recv(s, buf, sizeof(buf), 0));
        for (struct nlmsghdr *nh = (void *)buf; NLMSG_OK(nh, n);
             nh = NLMSG_NEXT(nh, n)) {
            seq_ok &= nh->nlmsg_seq == 42;
            if (nh->nlmsg_type == NLMSG_DONE || nh->nlmsg_type == NLMSG_ERROR) {
                done = 1;
                break;
            }
            msgs++;
            struct ifinfomsg *ifi = NLMSG_DATA(nh);
            int alen = IFLA_PAYLOAD(nh);
            for (struct rtattr *rta = IFLA_RTA(ifi); RTA_OK(rta, alen);
                 rta = RTA_NEXT(rta, alen)) {
                if (rta->rta_type == IFLA_IFNAME &&
                    !strcmp(RTA_DATA(rta), "lo")) {
                    found_lo = 1;
                    index_ok = ifi->ifi_index == (int)if_nametoindex("lo");
                    flags_ok = !!(ifi->ifi_flags & IFF_LOOPBACK);
                }
            }
        }
    }
    close(s);
    report(found_lo && index_ok && flags_ok && seq_ok && msgs >= 1,
           "family=%d found-lo=%d index=if_nametoindex:%d IFF_LOOPBACK=%d "
           "seq=%d",
           sa.nl_family, found_lo, index_ok, flags_ok, seq_ok);
}

static void check_eventfd(void)
{
    uint64_t v = 4, got = 0, got2 = 0;
    int fd = SYS(eventfd(3, EFD_NONBLOCK | EFD_CLOEXEC));
    SYS(write(fd, &v, sizeof(v)));
    long r = SYS(read(fd, &got, sizeof(got)));
    errno = 0;
    const char *e = err(read(fd, &got2, sizeof(got2)));
    close(fd);
    fd = SYS(eventfd(2, EFD_SEMAPHORE));
    SYS(read(fd, &got2, sizeof(got2)));
    uint64_t g3 = 0;
    SYS(read(fd, &g3, sizeof(g3)));
    errno = 0;
    const char *small = err(read(fd, &g3, 4));
    close(fd);

    report(r == 8 && got == 7 && got2 == 1 && g3 == 1,
           "sum=%llu empty=%s semaphore=%llu,%llu short-read=%s",
           (unsigned long long)got, e, (unsigned long long)got2,
           (unsigned long long)g3, small);
}

static void check_timerfd(void)
{
    int fd = SYS(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC));
    struct itimerspec its = {{0, 0}, {0, 20 * 1000 * 1000}}, cur;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    SYS(timerfd_settime(fd, 0, &its, NULL));
    uint64_t n = 0;
    SYS(read(fd, &n, sizeof(n)));
    double ms = ms_since(&t0);
    SYS(timerfd_gettime(fd, &cur));
    struct itimerspec per = {{0, 2 * 1000 * 1000}, {0, 2 * 1000 * 1000}};
    SYS(timerfd_settime(fd, 0, &per, NULL));
    struct timespec ts = {0, 15 * 1000 * 1000};
    nanosleep(&ts, NULL);
    uint64_t m = 0;
    SYS(read(fd, &m, sizeof(m)));
    SYS(timerfd_gettime(fd, &cur));
    int interval = cur.it_interval.tv_nsec == 2000000;
    close(fd);

    report(n == 1 && ms >= 19 && m >= 5 && interval,
           "one-shot=%llu waited>=20ms:%d periodic>=5:%d interval=%d",
           (unsigned long long)n, ms >= 19, m >= 5, interval);
}

static void check_signalfd(void)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, NULL);
    int fd = SYS(signalfd(-1, &set, SFD_NONBLOCK));
    union sigval v = {.sival_int = 99};
    sigqueue(getpid(), SIGUSR2, v);
    struct signalfd_siginfo si;
    long r = SYS(read(fd, &si, sizeof(si)));
    errno = 0;
    struct signalfd_siginfo si2;
    const char *e = err(read(fd, &si2, sizeof(si2)));
    close(fd);
    sigprocmask(SIG_UNBLOCK, &set, NULL);

    report(r == (long)sizeof(si) && si.ssi_signo == SIGUSR2 &&
               (int)si.ssi_code == SI_QUEUE && si.ssi_int == 99 &&
               si.ssi_pid == (uint32_t)getpid() && errno == EAGAIN,
           "size=%ld signo=%u code=%d value=%d self=%d then=%s", r,
           si.ssi_signo, (int)si.ssi_code, si.ssi_int,
           si.ssi_pid == (uint32_t)getpid(), e);
}

static void check_inotify(void)
{
    int in = SYS(inotify_init1(IN_NONBLOCK | IN_CLOEXEC));
    SYS(mkdir(conf_path("watched"), 0755));
    int wd =
        SYS(inotify_add_watch(in, conf_path("watched"), IN_CREATE | IN_DELETE));
    close(SYS(open(conf_path("watched/newfile"), O_CREAT | O_WRONLY, 0644)));
    SYS(unlink(conf_path("watched/newfile")));
    char buf[4096], line[128] = "";
    long n = SYS(read(in, buf, sizeof(buf)));
    int wd_ok = 1;
    for (long off = 0; off < n;) {
        struct inotify_event *ev = (void *)(buf + off);
        snprintf(line + strlen(line), sizeof(line) - strlen(line), " %s:%s",
                 ev->mask & IN_CREATE   ? "create"
                 : ev->mask & IN_DELETE ? "delete"
                                        : "?",
                 ev->len ? ev->name : "");
        wd_ok &= ev->wd == wd;
        off += sizeof(*ev) + ev->len;
    }
    errno = 0;
    const char *e = err(read(in, buf, sizeof(buf)));
    close(in);
    report(wd_ok && !strcmp(line, " create:newfile delete:newfile"),
           "events:%s wd=%d empty=%s", line, wd_ok, e);
}

static const ConfCheck checks[] = {
    {"net.stream-pair", check_stream_pair},
    {"net.dgram-pair", check_dgram_pair},
    {"net.seqpacket", check_seqpacket},
    {"net.epoll", check_epoll},
    {"net.epoll-modes", check_epoll_modes},
    {"net.epoll-hup", check_epoll_hup},
    {"net.poll", check_poll},
    {"net.ppoll-select", check_ppoll_select},
    {"net.scm-rights", check_scm_rights},
    {"net.scm-credentials", check_scm_credentials},
    {"net.tcp", check_tcp},
    {"net.udp", check_udp},
    {"net.inet6", check_inet6},
    {"net.sockopts", check_sockopts},
    {"net.connect-errors", check_connect_errors},
    {"net.unix-path", check_unix_path},
    {"net.msg-iov", check_msg_iov},
    {"net.netlink", check_netlink},
    {"net.eventfd", check_eventfd},
    {"net.timerfd", check_timerfd},
    {"net.signalfd", check_signalfd},
    {"net.inotify", check_inotify},
};

CONF_MAIN(checks)
