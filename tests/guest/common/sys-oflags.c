/* open() flags whose bits differ between guests and the host (arm64 moves
 * O_DIRECTORY, O_NOFOLLOW, O_DIRECT and O_LARGEFILE): each must mean the
 * same thing in open, openat, O_TMPFILE, pipe2 and fcntl F_GETFL/F_SETFL,
 * and F_GETFL must give the guest's bits back. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sys-check.h"

int main(void)
{
    char dir[] = "/tmp/mimic-oflags-XXXXXX";
    char file[64], link[64], buf[8];
    int fd, p[2];

    CHECK(mkdtemp(dir) != NULL);
    snprintf(file, sizeof(file), "%s/f", dir);
    snprintf(link, sizeof(link), "%s/l", dir);
    fd = open(file, O_CREAT | O_WRONLY, 0600);
    CHECK(fd >= 0 && write(fd, "abc", 3) == 3 && close(fd) == 0);
    CHECK(symlink(file, link) == 0);

    /* O_DIRECTORY (kept in the file's flags, like O_NOFOLLOW) */
    fd = open(dir, O_RDONLY | O_DIRECTORY);
    CHECK(fd >= 0 && (fcntl(fd, F_GETFL) & O_DIRECTORY) && close(fd) == 0);
    CHECK(open(file, O_RDONLY | O_DIRECTORY) == -1 && errno == ENOTDIR);
    CHECK(openat(AT_FDCWD, file, O_RDONLY | O_DIRECTORY) == -1 &&
          errno == ENOTDIR);

    /* O_NOFOLLOW */
    CHECK(open(link, O_RDONLY | O_NOFOLLOW) == -1 && errno == ELOOP);
    fd = open(link, O_RDONLY);
    CHECK(fd >= 0 && read(fd, buf, 3) == 3 && close(fd) == 0);
    fd = open(link, O_PATH | O_NOFOLLOW);
    CHECK(fd >= 0 && (fcntl(fd, F_GETFL) & O_PATH) && close(fd) == 0);

    /* O_TMPFILE carries O_DIRECTORY's bit */
    fd = open(dir, O_TMPFILE | O_RDWR, 0600);
    CHECK((fd >= 0 && write(fd, "t", 1) == 1 && close(fd) == 0) ||
          errno == EOPNOTSUPP);
    CHECK(open(file, O_TMPFILE | O_RDWR, 0600) == -1 && errno == ENOTDIR);

    /* F_GETFL gives back the guest's bits; F_SETFL takes them */
    fd = open(file, O_RDONLY | O_NOFOLLOW);
    CHECK(fd >= 0 && (fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDONLY);
    CHECK((fcntl(fd, F_GETFL) & (O_DIRECTORY | O_NOFOLLOW | O_DIRECT)) ==
          O_NOFOLLOW);
    CHECK(fcntl(fd, F_SETFL, O_APPEND | O_NONBLOCK) == 0 &&
          (fcntl(fd, F_GETFL) & (O_APPEND | O_NONBLOCK)) ==
              (O_APPEND | O_NONBLOCK));
    close(fd);

    /* pipe2(O_DIRECT): packet mode, reported by F_GETFL; a short read
     * takes one packet and drops its rest */
    CHECK(pipe2(p, O_DIRECT | O_CLOEXEC) == 0);
    CHECK((fcntl(p[1], F_GETFL) & O_DIRECT) && fcntl(p[0], F_GETFD) == 1);
    CHECK(write(p[1], "12345", 5) == 5 && write(p[1], "67", 2) == 2);
    CHECK(read(p[0], buf, 2) == 2 && !memcmp(buf, "12", 2));
    CHECK(read(p[0], buf, 8) == 2 && !memcmp(buf, "67", 2));
    CHECK(fcntl(p[0], F_SETFL, 0) == 0 && !(fcntl(p[0], F_GETFL) & O_DIRECT));
    close(p[0]);
    close(p[1]);
    CHECK(pipe2(p, 0) == 0 && fcntl(p[1], F_SETFL, O_DIRECT) == 0 &&
          (fcntl(p[1], F_GETFL) & O_DIRECT));
    close(p[0]);
    close(p[1]);

    unlink(link);
    unlink(file);
    rmdir(dir);
    return sys_finish();
}
