/* Terminal ioctls on a pseudo-terminal: posix_openpt/grantpt/unlockpt/
 * ptsname (TIOCSPTLCK, TIOCGPTN), TIOCGPTPEER, termios get/set in every
 * mode, window size, FIONREAD, TIOCOUTQ, FIONBIO, FIOCLEX/FIONCLEX,
 * TIOCGPGRP/TIOCNOTTY on a terminal that is not ours, unknown requests.
 *
 * qemu-user 7.2 answers unknown ioctls with ENOSYS; Linux says ENOTTY. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "sys-check.h"

static void check_termios(int s)
{
    struct termios t, u;
    CHECK(tcgetattr(s, &t) == 0 && (t.c_lflag & ICANON) && (t.c_lflag & ECHO));
    CHECK(t.c_cc[VINTR] == 3 && t.c_cc[VEOF] == 4);
    u = t;
    cfmakeraw(&u);
    u.c_cc[VMIN] = 1;
    u.c_cc[VTIME] = 0;
    CHECK(tcsetattr(s, TCSANOW, &u) == 0);
    CHECK(tcgetattr(s, &u) == 0 && !(u.c_lflag & (ICANON | ECHO)) &&
          u.c_cc[VMIN] == 1);
    CHECK(cfsetospeed(&u, B9600) == 0 && tcsetattr(s, TCSADRAIN, &u) == 0);
    CHECK(tcgetattr(s, &u) == 0 && cfgetospeed(&u) == B9600);
    CHECK(tcsetattr(s, TCSAFLUSH, &t) == 0 && tcgetattr(s, &u) == 0 &&
          (u.c_lflag & ICANON));
    CHECK(ioctl(s, TCGETS, (void *)8) == -1 && errno == EFAULT);
    CHECK(tcdrain(s) == 0 && tcflush(s, TCIOFLUSH) == 0);
    cfmakeraw(&u);
    CHECK(tcsetattr(s, TCSANOW, &u) == 0);
}

static void check_winsize(int m, int s)
{
    struct winsize w = {
        .ws_row = 24, .ws_col = 80, .ws_xpixel = 640, .ws_ypixel = 480};
    CHECK(ioctl(s, TIOCSWINSZ, &w) == 0);
    struct winsize r = {0};
    CHECK(ioctl(m, TIOCGWINSZ, &r) == 0 && r.ws_row == 24 && r.ws_col == 80 &&
          r.ws_xpixel == 640 && r.ws_ypixel == 480);
    CHECK(ioctl(m, TIOCGWINSZ, (void *)8) == -1 && errno == EFAULT);
}

static void check_io(int m, int s)
{
    CHECK(write(m, "hey", 3) == 3);
    struct pollfd pfd = {.fd = s, .events = POLLIN};
    CHECK(poll(&pfd, 1, 5000) == 1);
    int n = -1;
    CHECK(ioctl(s, FIONREAD, &n) == 0 && n == 3);
    char buf[8] = {0};
    CHECK(read(s, buf, sizeof(buf)) == 3 && !memcmp(buf, "hey", 3));
    CHECK(ioctl(s, TIOCOUTQ, &n) == 0 && n >= 0);

    int on = 1;
    CHECK(ioctl(m, FIONBIO, &on) == 0 && (fcntl(m, F_GETFL) & O_NONBLOCK));
    CHECK(read(m, buf, sizeof(buf)) == -1 && errno == EAGAIN);
    on = 0;
    CHECK(ioctl(m, FIONBIO, &on) == 0 && !(fcntl(m, F_GETFL) & O_NONBLOCK));
    CHECK(ioctl(m, FIOCLEX) == 0 && fcntl(m, F_GETFD) == FD_CLOEXEC);
    CHECK(ioctl(m, FIONCLEX) == 0 && fcntl(m, F_GETFD) == 0);
}

int main(void)
{
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    CHECK(m >= 0);
    CHECK(grantpt(m) == 0 && unlockpt(m) == 0);
    const char *name = ptsname(m);
    CHECK(name && !strncmp(name, "/dev/pts/", 9));
    unsigned ptn = 9999;
    CHECK(ioctl(m, TIOCGPTN, &ptn) == 0 && ptn == strtoul(name + 9, 0, 10));
    int s = open(name, O_RDWR | O_NOCTTY);
    CHECK(s >= 0 && isatty(s) && isatty(m));
    int peer = ioctl(m, TIOCGPTPEER, O_RDWR | O_NOCTTY | O_CLOEXEC);
    CHECK(peer >= 0 && isatty(peer) && fcntl(peer, F_GETFD) == FD_CLOEXEC);
    close(peer);

    check_termios(s);
    check_winsize(m, s);
    check_io(m, s);

    /* Not our controlling terminal. */
    pid_t pg;
    CHECK(ioctl(s, TIOCGPGRP, &pg) == -1 && errno == ENOTTY);
    CHECK(ioctl(s, TIOCNOTTY) == -1 && errno == ENOTTY);
    CHECK(tcgetsid(s) == -1 && errno == ENOTTY);
    CHECK(ioctl(s, 0x5499, 0) == -1 && errno == ENOTTY);
    int fd = open("/dev/null", O_RDWR);
    struct winsize w;
    CHECK(ioctl(fd, TIOCGWINSZ, &w) == -1 && errno == ENOTTY);
    CHECK(!isatty(fd) && errno == ENOTTY);
    close(fd);
    close(s);
    close(m);
    return sys_finish();
}
