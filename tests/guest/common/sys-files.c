/* Files and directories through the syscall layer: open/read/write/lseek,
 * pread/pwrite, readv/writev, fstat/stat sizes, getdents, rename, unlink,
 * mkdir/rmdir, readlink, access, fcntl, ftruncate, getcwd/chdir. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "sys-check.h"

int main(void)
{
    char dir[] = "/tmp/mimic-files-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    CHECK(chdir(dir) == 0);
    char cwd[256];
    CHECK(getcwd(cwd, sizeof(cwd)) && strcmp(cwd, dir) == 0);

    int fd = open("a.txt", O_CREAT | O_RDWR | O_TRUNC, 0640);
    CHECK(fd >= 0);
    CHECK(write(fd, "hello, world\n", 13) == 13);
    struct iovec iov[2] = {{"abc", 3}, {"defg", 4}};
    CHECK(writev(fd, iov, 2) == 7);
    CHECK(lseek(fd, 0, SEEK_CUR) == 20);
    CHECK(lseek(fd, 0, SEEK_SET) == 0);
    char buf[64] = {0};
    CHECK(read(fd, buf, 5) == 5 && memcmp(buf, "hello", 5) == 0);
    CHECK(pread(fd, buf, 4, 13) == 4 && memcmp(buf, "abcd", 4) == 0);
    CHECK(pwrite(fd, "XY", 2, 0) == 2);
    char b1[2], b2[3];
    struct iovec riov[2] = {{b1, 2}, {b2, 3}};
    CHECK(lseek(fd, 0, SEEK_SET) == 0 && readv(fd, riov, 2) == 5 &&
          memcmp(b1, "XY", 2) == 0 && memcmp(b2, "llo", 3) == 0);

    struct stat st;
    CHECK(fstat(fd, &st) == 0 && st.st_size == 20 && S_ISREG(st.st_mode) &&
          (st.st_mode & 0777) == 0640 && st.st_nlink == 1);
    CHECK(stat("a.txt", &st) == 0 && st.st_size == 20 && st.st_blksize > 0);
    CHECK(ftruncate(fd, 7) == 0 && fstat(fd, &st) == 0 && st.st_size == 7);
    CHECK(fcntl(fd, F_GETFL) == O_RDWR);
    CHECK(fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 && fcntl(fd, F_GETFD) == FD_CLOEXEC);
    CHECK(fsync(fd) == 0);
    CHECK(close(fd) == 0);
    CHECK(close(fd) == -1 && errno == EBADF);

    CHECK(access("a.txt", R_OK | W_OK) == 0);
    CHECK(access("missing", F_OK) == -1 && errno == ENOENT);
    CHECK(open("missing", O_RDONLY) == -1 && errno == ENOENT);
    CHECK(mkdir("sub", 0755) == 0);
    CHECK(mkdir("sub", 0755) == -1 && errno == EEXIST);
    CHECK(stat("sub", &st) == 0 && S_ISDIR(st.st_mode));
    CHECK(rename("a.txt", "sub/b.txt") == 0);
    CHECK(symlink("sub/b.txt", "link") == 0);
    char target[64] = {0};
    CHECK(readlink("link", target, sizeof(target)) == 9 &&
          strcmp(target, "sub/b.txt") == 0);
    CHECK(lstat("link", &st) == 0 && S_ISLNK(st.st_mode));

    DIR *d = opendir("sub");
    int n = 0, found = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        n++;
        found |= strcmp(e->d_name, "b.txt") == 0;
    }
    CHECK(d && n == 3 && found);
    if (d) {
        closedir(d);
    }

    CHECK(unlink("link") == 0);
    CHECK(unlink("sub/b.txt") == 0);
    CHECK(rmdir("sub") == 0);
    CHECK(chdir("/") == 0);
    CHECK(rmdir(dir) == 0);

    FILE *f = tmpfile();
    CHECK(f != NULL);
    fprintf(f, "%d %s\n", 42, "stdio");
    rewind(f);
    int v = 0;
    char word[16];
    CHECK(fscanf(f, "%d %15s", &v, word) == 2 && v == 42 && !strcmp(word, "stdio"));
    fclose(f);

    return sys_finish();
}
