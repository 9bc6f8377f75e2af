/* Conformance: files and directories — open/read/write/lseek, vectored and
 * positional I/O, stat fields, links, renames, directory listing, fcntl flags
 * and locks, dup, *at calls, pipes, sendfile. See conf.h. */
#include "conf.h"

#include <dirent.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/uio.h>

/* Create NAME in the scratch directory holding TEXT; returns an O_RDWR fd. */
static int make_file(const char *name, const char *text)
{
    int fd = open(conf_path(name), O_RDWR | O_CREAT | O_TRUNC, 0644);

    if (fd >= 0 && text &&
        write(fd, text, strlen(text)) != (ssize_t)strlen(text)) {
        close(fd);
        return -1;
    }
    return fd;
}

static const char *err_name(int e)
{
    switch (e) {
    case 0:
        return "0";
    case EEXIST:
        return "EEXIST";
    case ENOENT:
        return "ENOENT";
    case EISDIR:
        return "EISDIR";
    case ENOTDIR:
        return "ENOTDIR";
    case ENOTEMPTY:
        return "ENOTEMPTY";
    case ELOOP:
        return "ELOOP";
    case EBADF:
        return "EBADF";
    case EINVAL:
        return "EINVAL";
    case EAGAIN:
        return "EAGAIN";
    case EACCES:
        return "EACCES";
    case ESPIPE:
        return "ESPIPE";
    case EPIPE:
        return "EPIPE";
    default:
        return strerror(e);
    }
}

/* errno of a call that is expected to fail, as a name ("0" if it did not). */
#define ERR(call) (errno = 0, (call) < 0 ? err_name(errno) : "0")

static void check_create_excl(void)
{
    int fd = SYS(open(conf_path("x"), O_RDWR | O_CREAT | O_EXCL, 0600));
    const char *e = ERR(open(conf_path("x"), O_RDWR | O_CREAT | O_EXCL, 0600));
    const char *e2 = ERR(open(conf_path("none"), O_RDONLY));

    close(fd);
    report(!strcmp(e, "EEXIST") && !strcmp(e2, "ENOENT"), "again=%s missing=%s",
           e, e2);
}

static void check_write_read(void)
{
    char buf[32] = {0};
    int fd = SYS(make_file("wr", NULL));
    long w = SYS(write(fd, "hello world", 11));
    long off = SYS(lseek(fd, 0, SEEK_SET));
    long r = SYS(read(fd, buf, sizeof(buf)));
    long r2 = SYS(read(fd, buf + 20, 4));

    close(fd);
    report(w == 11 && r == 11 && r2 == 0 && !strcmp(buf, "hello world"),
           "wrote=%ld off=%ld read=%ld '%s' eof=%ld", w, off, r, buf, r2);
}

static void check_lseek(void)
{
    char buf[8];
    int fd = SYS(make_file("seek", "0123456789"));
    long end = SYS(lseek(fd, 0, SEEK_END));
    long cur = SYS(lseek(fd, -4, SEEK_CUR));
    long r = SYS(read(fd, buf, 2));
    char got[3] = {buf[0], buf[1], 0};
    long far = SYS(lseek(fd, 20, SEEK_SET));
    long w = SYS(write(fd, "Z", 1));
    struct stat st;
    SYS(fstat(fd, &st));
    SYS(pread(fd, buf, 3, 12));
    int zeros = !buf[0] && !buf[1] && !buf[2];
    const char *neg = ERR(lseek(fd, -1, SEEK_SET));

    close(fd);
    report(end == 10 && cur == 6 && r == 2 && !strcmp(got, "67") && far == 20 &&
               w == 1 && st.st_size == 21 && zeros && !strcmp(neg, "EINVAL"),
           "end=%ld cur=%ld got=%s far=%ld size=%ld hole-zero=%d neg=%s", end,
           cur, got, far, (long)st.st_size, zeros, neg);
}

static void check_pread_pwrite(void)
{
    char buf[16] = {0};
    int fd = SYS(make_file("pio", "abcdefgh"));
    SYS(lseek(fd, 2, SEEK_SET));
    long w = SYS(pwrite(fd, "XY", 2, 100));
    long r = SYS(pread(fd, buf, 4, 3));
    long pos = SYS(lseek(fd, 0, SEEK_CUR));
    int p[2];
    SYS(pipe(p));
    const char *e = ERR(pread(p[0], buf + 8, 1, 0));

    close(p[0]), close(p[1]), close(fd);
    report(w == 2 && r == 4 && pos == 2 && !strcmp(buf, "defg") &&
               !strcmp(e, "ESPIPE"),
           "pwrite=%ld pread=%ld '%s' pos=%ld pipe=%s", w, r, buf, pos, e);
}

static void check_readv_writev(void)
{
    char a[4] = {0}, b[8] = {0};
    struct iovec out[3] = {{"one", 3}, {"", 0}, {"-two-three", 10}};
    struct iovec in[2] = {{a, 3}, {b, 7}};
    int fd = SYS(make_file("vec", NULL));
    long w = SYS(writev(fd, out, 3));
    long r = SYS(preadv(fd, in, 2, 0));

    close(fd);
    report(w == 13 && r == 10 && !strcmp(a, "one") && !strcmp(b, "-two-th"),
           "writev=%ld preadv=%ld '%s' '%s'", w, r, a, b);
}

static void check_append(void)
{
    char buf[16] = {0};
    int fd = SYS(make_file("app", "abc"));
    close(fd);
    fd = SYS(open(conf_path("app"), O_RDWR | O_APPEND));
    SYS(lseek(fd, 0, SEEK_SET));
    SYS(write(fd, "def", 3));
    long pos = SYS(lseek(fd, 0, SEEK_CUR));
    SYS(pread(fd, buf, sizeof(buf) - 1, 0));

    close(fd);
    report(pos == 6 && !strcmp(buf, "abcdef"), "pos=%ld '%s'", pos, buf);
}

static void check_truncate(void)
{
    struct stat s1, s2, s3;
    int fd = SYS(make_file("trunc", "0123456789"));
    SYS(ftruncate(fd, 4));
    SYS(fstat(fd, &s1));
    SYS(ftruncate(fd, 5000));
    SYS(fstat(fd, &s2));
    SYS(truncate(conf_path("trunc"), 7));
    SYS(stat(conf_path("trunc"), &s3));
    char buf[8] = {0};
    SYS(pread(fd, buf, 7, 0));

    close(fd);
    report(s1.st_size == 4 && s2.st_size == 5000 && s3.st_size == 7 &&
               !memcmp(buf, "0123\0\0\0", 7),
           "sizes=%ld,%ld,%ld head='%s'", (long)s1.st_size, (long)s2.st_size,
           (long)s3.st_size, buf);
}

static void check_stat_fields(void)
{
    struct stat st, fst;
    int fd = SYS(make_file("st", "12345"));
    SYS(fchmod(fd, 0640));
    SYS(stat(conf_path("st"), &st));
    SYS(fstat(fd, &fst));
    int same = st.st_ino == fst.st_ino && st.st_dev == fst.st_dev;
    int owner = st.st_uid == getuid() && st.st_gid == getgid();

    close(fd);
    report(S_ISREG(st.st_mode) && (st.st_mode & 07777) == 0640 &&
               st.st_size == 5 && st.st_nlink == 1 && same && owner &&
               st.st_blksize > 0 && st.st_mtime > 1000000000,
           "reg=%d mode=%04o size=%ld nlink=%ld stat=fstat:%d owner:%d",
           S_ISREG(st.st_mode), st.st_mode & 07777, (long)st.st_size,
           (long)st.st_nlink, same, owner);
}

static void check_stat_dir(void)
{
    struct stat st;
    SYS(mkdir(conf_path("sd"), 0750));
    SYS(stat(conf_path("sd"), &st));
    const char *e = ERR(open(conf_path("sd/x"), O_RDONLY));
    const char *e2 = ERR(open(conf_path("sd"), O_WRONLY));

    rmdir(conf_path("sd"));
    report(S_ISDIR(st.st_mode) && (st.st_mode & 07777) == 0750 &&
               st.st_nlink == 2,
           "dir=%d mode=%04o nlink=%ld missing=%s write-dir=%s",
           S_ISDIR(st.st_mode), st.st_mode & 07777, (long)st.st_nlink, e, e2);
}

static void check_utimens(void)
{
    struct timespec ts[2] = {{1000000000, 123456789}, {1234567890, 987654321}};
    struct stat st, st2;
    int fd = SYS(make_file("ut", "x"));
    SYS(utimensat(AT_FDCWD, conf_path("ut"), ts, 0));
    SYS(stat(conf_path("ut"), &st));
    ts[0].tv_nsec = UTIME_OMIT;
    ts[1].tv_sec = 2000000000;
    ts[1].tv_nsec = 5;
    SYS(futimens(fd, ts));
    SYS(fstat(fd, &st2));

    close(fd);
    report(
        st.st_atim.tv_sec == 1000000000 && st.st_mtim.tv_nsec == 987654321 &&
            st2.st_atim.tv_nsec == 123456789 &&
            st2.st_mtim.tv_sec == 2000000000,
        "atime=%ld.%09ld mtime=%ld.%09ld then atime=%ld.%09ld mtime=%ld.%09ld",
        (long)st.st_atim.tv_sec, st.st_atim.tv_nsec, (long)st.st_mtim.tv_sec,
        st.st_mtim.tv_nsec, (long)st2.st_atim.tv_sec, st2.st_atim.tv_nsec,
        (long)st2.st_mtim.tv_sec, st2.st_mtim.tv_nsec);
}

static void check_hard_link(void)
{
    struct stat a, b, c;
    close(SYS(make_file("l1", "data")));
    SYS(link(conf_path("l1"), conf_path("l2")));
    SYS(stat(conf_path("l1"), &a));
    SYS(stat(conf_path("l2"), &b));
    SYS(unlink(conf_path("l1")));
    SYS(stat(conf_path("l2"), &c));
    const char *e = ERR(link(conf_path("l2"), conf_path("l2")));

    unlink(conf_path("l2"));
    report(a.st_nlink == 2 && a.st_ino == b.st_ino && c.st_nlink == 1 &&
               !strcmp(e, "EEXIST"),
           "nlink=%ld same-inode=%d after-unlink=%ld relink=%s",
           (long)a.st_nlink, a.st_ino == b.st_ino, (long)c.st_nlink, e);
}

static void check_symlink(void)
{
    char buf[64];
    struct stat ls, st;
    close(SYS(make_file("target", "0123456789")));
    SYS(symlink("target", conf_path("sl")));
    long n = SYS(readlink(conf_path("sl"), buf, sizeof(buf)));
    buf[n] = 0;
    long n2 = SYS(readlink(conf_path("sl"), buf + 32, 3)); /* truncates */
    SYS(lstat(conf_path("sl"), &ls));
    SYS(stat(conf_path("sl"), &st));
    const char *e = ERR(readlink(conf_path("target"), buf + 40, 8));

    report(n == 6 && !strcmp(buf, "target") && n2 == 3 && S_ISLNK(ls.st_mode) &&
               ls.st_size == 6 && S_ISREG(st.st_mode) && st.st_size == 10 &&
               !strcmp(e, "EINVAL"),
           "readlink=%ld '%s' short=%ld lnk=%d lsize=%ld size=%ld notlink=%s",
           n, buf, n2, S_ISLNK(ls.st_mode), (long)ls.st_size, (long)st.st_size,
           e);
}

static void check_symlink_loop(void)
{
    SYS(symlink("loop", conf_path("loop")));
    const char *e = ERR(open(conf_path("loop"), O_RDONLY));
    close(SYS(make_file("t2", "x")));
    SYS(symlink("t2", conf_path("sl2")));
    const char *e2 = ERR(open(conf_path("sl2"), O_RDONLY | O_NOFOLLOW));
    const char *e3 = ERR(symlink("x", conf_path("sl2")));
    const char *e4 = ERR(open(conf_path("t2/x"), O_RDONLY));

    report(!strcmp(e, "ELOOP") && !strcmp(e2, "ELOOP") &&
               !strcmp(e3, "EEXIST") && !strcmp(e4, "ENOTDIR"),
           "loop=%s nofollow=%s exists=%s notdir=%s", e, e2, e3, e4);
}

static void check_rename(void)
{
    char buf[8] = {0};
    close(SYS(make_file("ra", "AAA")));
    close(SYS(make_file("rb", "BBB")));
    SYS(rename(conf_path("ra"), conf_path("rc")));
    const char *gone = ERR(access(conf_path("ra"), F_OK));
    SYS(rename(conf_path("rc"), conf_path("rb"))); /* replaces rb */
    int fd = SYS(open(conf_path("rb"), O_RDONLY));
    SYS(read(fd, buf, 3));
    close(fd);
    close(SYS(make_file("rd", "D")));
    const char *nr = ERR(renameat2(AT_FDCWD, conf_path("rd"), AT_FDCWD,
                                   conf_path("rb"), RENAME_NOREPLACE));
    SYS(mkdir(conf_path("rdir"), 0755));
    const char *isdir = ERR(rename(conf_path("rd"), conf_path("rdir")));

    report(!strcmp(gone, "ENOENT") && !strcmp(buf, "AAA") &&
               !strcmp(nr, "EEXIST") && !strcmp(isdir, "EISDIR"),
           "old=%s replaced='%s' noreplace=%s onto-dir=%s", gone, buf, nr,
           isdir);
}

static void check_unlink(void)
{
    char buf[8] = {0};
    int fd = SYS(make_file("ul", "still"));
    SYS(unlink(conf_path("ul")));
    const char *e = ERR(access(conf_path("ul"), F_OK));
    long r = SYS(pread(fd, buf, 5, 0));
    struct stat st;
    SYS(fstat(fd, &st));
    close(fd);
    SYS(mkdir(conf_path("ud"), 0755));
    const char *e2 = ERR(unlink(conf_path("ud")));
    const char *e3 = ERR(unlink(conf_path("ul")));

    report(!strcmp(e, "ENOENT") && r == 5 && st.st_nlink == 0 &&
               !strcmp(e2, "EISDIR") && !strcmp(e3, "ENOENT"),
           "after=%s read-open='%s' nlink=%ld dir=%s again=%s", e, buf,
           (long)st.st_nlink, e2, e3);
}

static void check_mkdir_rmdir(void)
{
    SYS(mkdir(conf_path("md"), 0755));
    const char *e = ERR(mkdir(conf_path("md"), 0755));
    close(SYS(make_file("md/f", "")));
    const char *e2 = ERR(rmdir(conf_path("md")));
    SYS(unlink(conf_path("md/f")));
    SYS(rmdir(conf_path("md")));
    const char *e3 = ERR(rmdir(conf_path("md")));
    const char *e4 = ERR(mkdir(conf_path("nope/md"), 0755));

    report(!strcmp(e, "EEXIST") && !strcmp(e2, "ENOTEMPTY") &&
               !strcmp(e3, "ENOENT") && !strcmp(e4, "ENOENT"),
           "again=%s nonempty=%s gone=%s parent=%s", e, e2, e3, e4);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void check_readdir(void)
{
    const char *names[] = {"beta", "alpha", "gamma", "delta"};
    char *seen[16], line[256] = "";
    int n = 0;
    struct dirent *d;

    SYS(mkdir(conf_path("dirlist"), 0755));
    for (int i = 0; i < 4; i++) {
        char p[32];
        snprintf(p, sizeof(p), "dirlist/%s", names[i]);
        close(SYS(make_file(p, "")));
    }
    SYS(mkdir(conf_path("dirlist/sub"), 0755));
    SYS(symlink("alpha", conf_path("dirlist/link")));
    DIR *dir = opendir(conf_path("dirlist"));
    if (!dir) {
        fail_errno("opendir");
        return;
    }
    while ((d = readdir(dir)) && n < 16) {
        char t = d->d_type == DT_DIR   ? 'd'
                 : d->d_type == DT_REG ? 'f'
                 : d->d_type == DT_LNK ? 'l'
                                       : '?';
        if (asprintf(&seen[n], "%s:%c", d->d_name, t) < 0) {
            break;
        }
        n++;
    }
    closedir(dir);
    qsort(seen, n, sizeof(seen[0]), cmp_str);
    for (int i = 0; i < n; i++) {
        strcat(line, " ");
        strcat(line, seen[i]);
        free(seen[i]);
    }
    report(n == 8, "%d entries:%s", n, line);
}

/* getdents64 directly with a small buffer: many calls, d_off resumption. */
static void check_getdents_many(void)
{
    char buf[200];
    long calls = 0, count = 0, sum = 0;

    SYS(mkdir(conf_path("gd"), 0755));
    for (int i = 0; i < 300; i++) {
        char p[32];
        snprintf(p, sizeof(p), "gd/%d", i);
        close(SYS(make_file(p, "")));
    }
    int fd = SYS(open(conf_path("gd"), O_RDONLY | O_DIRECTORY));
    const char *e = ERR(syscall(SYS_getdents64, fd, buf, 8)); /* too small */
    for (;;) {
        long n = SYS(syscall(SYS_getdents64, fd, buf, sizeof(buf)));
        if (n == 0) {
            break;
        }
        calls++;
        for (long off = 0; off < n;) {
            struct {
                uint64_t ino;
                int64_t off;
                unsigned short reclen;
                unsigned char type;
                char name[];
            } *e = (void *)(buf + off);
            if (e->name[0] != '.') {
                count++;
                sum += atoi(e->name);
            }
            off += e->reclen;
        }
    }
    /* rewind and read again: the first entries come back */
    SYS(lseek(fd, 0, SEEK_SET));
    long again = SYS(syscall(SYS_getdents64, fd, buf, sizeof(buf)));

    close(fd);
    report(count == 300 && sum == 299 * 300 / 2 && calls > 10 && again > 0 &&
               !strcmp(e, "EINVAL"),
           "entries=%ld sum=%ld many-calls=%d tiny-buf=%s rewind=%d", count,
           sum, calls > 10, e, again > 0);
}

static void check_fcntl_fd(void)
{
    int fd = SYS(make_file("fc", ""));
    long f0 = SYS(fcntl(fd, F_GETFD));
    SYS(fcntl(fd, F_SETFD, FD_CLOEXEC));
    long f1 = SYS(fcntl(fd, F_GETFD));
    int fd2 = SYS(open(conf_path("fc"), O_RDONLY | O_CLOEXEC));
    long f2 = SYS(fcntl(fd2, F_GETFD));
    int d = SYS(fcntl(fd, F_DUPFD, 100));
    long f3 = SYS(fcntl(d, F_GETFD));
    int d2 = SYS(fcntl(fd, F_DUPFD_CLOEXEC, 100));
    long f4 = SYS(fcntl(d2, F_GETFD));
    const char *e = ERR(fcntl(9999, F_GETFD));

    close(fd), close(fd2), close(d), close(d2);
    report(f0 == 0 && f1 == FD_CLOEXEC && f2 == FD_CLOEXEC && d >= 100 &&
               d2 > d && f3 == 0 && f4 == FD_CLOEXEC && !strcmp(e, "EBADF"),
           "new=%ld set=%ld o_cloexec=%ld dupfd>=100:%d cloexec=%ld,%ld bad=%s",
           f0, f1, f2, d >= 100, f3, f4, e);
}

static void check_fcntl_fl(void)
{
    const int mask = O_ACCMODE | O_APPEND | O_NONBLOCK;
    int fd = SYS(open(conf_path("fl"), O_WRONLY | O_CREAT | O_APPEND, 0644));
    long fl = SYS(fcntl(fd, F_GETFL)) & mask;
    int p[2];
    SYS(pipe(p));
    long pf = SYS(fcntl(p[0], F_GETFL)) & mask;
    SYS(fcntl(p[0], F_SETFL, O_NONBLOCK));
    long pf2 = SYS(fcntl(p[0], F_GETFL)) & mask;
    char c;
    const char *e = ERR(read(p[0], &c, 1));

    close(fd), close(p[0]), close(p[1]);
    report(fl == (O_WRONLY | O_APPEND) && pf == O_RDONLY && pf2 == O_NONBLOCK &&
               !strcmp(e, "EAGAIN"),
           "file=%s%s pipe=%lo nonblock=%d read=%s",
           (fl & O_ACCMODE) == O_WRONLY ? "wronly" : "?",
           fl & O_APPEND ? "|append" : "", pf, pf2 == O_NONBLOCK, e);
}

static void check_dup(void)
{
    char buf[4] = {0};
    int fd = SYS(make_file("dup", "abcdef"));
    SYS(lseek(fd, 0, SEEK_SET));
    int d = SYS(dup(fd));
    SYS(read(fd, buf, 2));
    long shared = SYS(lseek(d, 0, SEEK_CUR));
    long d2 = SYS(dup2(fd, 57));
    long cl = SYS(fcntl(57, F_GETFD));
    long d3 = SYS(dup3(fd, 58, O_CLOEXEC));
    long cl3 = SYS(fcntl(58, F_GETFD));
    const char *e = ERR(dup3(fd, fd, 0));
    long same = SYS(dup2(fd, fd));
    SYS(close(57));
    const char *e2 = ERR(close(57));

    close(fd), close(d), close(58);
    report(shared == 2 && d2 == 57 && cl == 0 && d3 == 58 &&
               cl3 == FD_CLOEXEC && !strcmp(e, "EINVAL") && same == fd &&
               !strcmp(e2, "EBADF"),
           "shared-offset=%ld dup2=%ld cloexec=%ld dup3=%ld cloexec=%ld "
           "dup3-same=%s dup2-same=%d reclose=%s",
           shared, d2, cl, d3, cl3, e, same == fd, e2);
}

static int lock_child(void *arg)
{
    int fd = *(int *)arg;
    struct flock fl = {
        .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1000};

    if (fcntl(fd, F_GETLK, &fl) < 0) {
        return 10;
    }
    if (fl.l_type != F_WRLCK || fl.l_start != 10 || fl.l_len != 20 ||
        fl.l_pid != getppid()) {
        return 11;
    }
    fl.l_type = F_RDLCK;
    fl.l_start = 15;
    fl.l_len = 1;
    if (fcntl(fd, F_SETLK, &fl) == 0 || (errno != EAGAIN && errno != EACCES)) {
        return 12;
    }
    fl.l_start = 30; /* just past the lock */
    if (fcntl(fd, F_SETLK, &fl) < 0) {
        return 13;
    }
    return flock(fd, LOCK_EX | LOCK_NB) == 0 ? 14 : 0;
}

static void check_locks(void)
{
    int fd = SYS(make_file("lk", "x"));
    struct flock fl = {
        .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 10, .l_len = 20};
    SYS(fcntl(fd, F_SETLK, &fl));
    int fd2 = SYS(open(conf_path("lk"), O_RDWR));
    SYS(flock(fd2, LOCK_EX));
    int st = run_child(lock_child, &fd);

    close(fd), close(fd2);
    report(st == 0, "child %s", wait_str(st));
}

static void check_at_calls(void)
{
    struct stat st;
    char buf[16] = {0};
    SYS(mkdir(conf_path("at"), 0755));
    int dfd = SYS(open(conf_path("at"), O_RDONLY | O_DIRECTORY));
    int fd = SYS(openat(dfd, "f", O_RDWR | O_CREAT, 0600));
    SYS(write(fd, "at!", 3));
    close(fd);
    SYS(mkdirat(dfd, "sub", 0700));
    SYS(symlinkat("f", dfd, "sub/../l"));
    SYS(fstatat(dfd, "l", &st, AT_SYMLINK_NOFOLLOW));
    int lnk = S_ISLNK(st.st_mode);
    SYS(fstatat(dfd, "l", &st, 0));
    long sz = st.st_size;
    SYS(readlinkat(dfd, "l", buf, sizeof(buf) - 1));
    SYS(faccessat(dfd, "f", R_OK | W_OK, 0));
    SYS(renameat(dfd, "f", dfd, "g"));
    SYS(linkat(dfd, "g", dfd, "h", 0));
    SYS(unlinkat(dfd, "g", 0));
    const char *e = ERR(unlinkat(dfd, "sub", 0));
    SYS(unlinkat(dfd, "sub", AT_REMOVEDIR));
    SYS(fstatat(dfd, "h", &st, 0));
    const char *e2 = ERR(openat(fd, "x", O_RDONLY)); /* fd is closed */
    int nfd = SYS(make_file("plain", ""));
    const char *e3 = ERR(openat(nfd, "x", O_RDONLY));

    close(nfd), close(dfd);
    report(lnk && sz == 3 && !strcmp(buf, "f") && !strcmp(e, "EISDIR") &&
               st.st_size == 3 && !strcmp(e2, "EBADF") &&
               !strcmp(e3, "ENOTDIR"),
           "lnk=%d size=%ld target='%s' unlink-dir=%s h-size=%ld bad-fd=%s "
           "file-fd=%s",
           lnk, sz, buf, e, (long)st.st_size, e2, e3);
}

static void check_access(void)
{
    close(SYS(make_file("acc", "")));
    SYS(chmod(conf_path("acc"), 0644));
    long rw = access(conf_path("acc"), R_OK | W_OK);
    const char *x = ERR(access(conf_path("acc"), X_OK));
    const char *m = ERR(access(conf_path("nope"), F_OK));
    SYS(chmod(conf_path("acc"), 0755));
    long x2 = access(conf_path("acc"), X_OK);

    report(rw == 0 && !strcmp(x, "EACCES") && !strcmp(m, "ENOENT") && x2 == 0,
           "rw=%ld x-on-0644=%s missing=%s x-on-0755=%ld", rw, x, m, x2);
}

static void check_cwd(void)
{
    char buf[4096], *base;
    int home = SYS(open(".", O_RDONLY | O_DIRECTORY));
    SYS(mkdir(conf_path("cwd"), 0755));
    SYS(chdir(conf_path("cwd")));
    if (!getcwd(buf, sizeof(buf))) {
        fail_errno("getcwd");
        return;
    }
    base = strrchr(buf, '/');
    close(SYS(open("rel", O_CREAT | O_WRONLY, 0644)));
    long there = access(conf_path("cwd/rel"), F_OK);
    const char *e = ERR(syscall(SYS_getcwd, buf, 2));
    SYS(fchdir(home));
    long back = access("rel", F_OK);

    close(home);
    report(base && !strcmp(base, "/cwd") && there == 0 && back < 0 &&
               !strcmp(e, strerror(ERANGE)),
           "cwd=...%s relative-create=%ld small-buf=%s back=%d",
           base ? base : "?", there, e, back < 0);
}

static void check_pipe(void)
{
    int p[2], avail = -1;
    char buf[8] = {0};
    SYS(pipe2(p, O_CLOEXEC | O_NONBLOCK));
    long cl = SYS(fcntl(p[1], F_GETFD));
    long w = SYS(write(p[1], "abc", 3));
    SYS(ioctl(p[0], FIONREAD, &avail));
    long r = SYS(read(p[0], buf, sizeof(buf)));
    const char *e = ERR(read(p[0], buf, 1));
    close(p[1]);
    long eof = SYS(read(p[0], buf, 1));
    close(p[0]);
    SYS(pipe(p));
    close(p[0]);
    signal(SIGPIPE, SIG_IGN);
    const char *e2 = ERR(write(p[1], "x", 1));
    signal(SIGPIPE, SIG_DFL);

    close(p[1]);
    report(cl == FD_CLOEXEC && w == 3 && avail == 3 && r == 3 &&
               !strcmp(e, "EAGAIN") && eof == 0 && !strcmp(e2, "EPIPE"),
           "cloexec=%ld write=%ld fionread=%d read=%ld '%s' empty=%s eof=%ld "
           "no-reader=%s",
           cl, w, avail, r, buf, e, eof, e2);
}

static void check_sendfile(void)
{
    char buf[4096], back[4096];
    for (int i = 0; i < 4096; i++) {
        buf[i] = (char)(i * 7 + 3);
    }
    int in = SYS(make_file("sf-in", NULL));
    SYS(write(in, buf, sizeof(buf)));
    int out = SYS(make_file("sf-out", NULL));
    off_t off = 100;
    long n = SYS(sendfile(out, in, &off, 3000));
    loff_t o1 = 0, o2 = 0;
    int cp = SYS(make_file("cfr", NULL));
    long m = SYS(copy_file_range(in, &o1, cp, &o2, 500, 0));
    SYS(pread(out, back, 3000, 0));
    int ok1 = !memcmp(back, buf + 100, 3000);
    SYS(pread(cp, back, 500, 0));
    int ok2 = !memcmp(back, buf, 500);

    close(in), close(out), close(cp);
    report(n == 3000 && off == 3100 && m == 500 && o1 == 500 && ok1 && ok2,
           "sendfile=%ld off=%ld data=%d copy_file_range=%ld offs=%ld,%ld "
           "data=%d",
           n, (long)off, ok1, m, (long)o1, (long)o2, ok2);
}

static void check_large_offset(void)
{
    struct stat st;
    const off_t big = 5LL << 30; /* past 4 GiB: 64-bit offsets end to end */
    int fd = SYS(make_file("big", ""));
    long pos = SYS(lseek(fd, big, SEEK_SET));
    SYS(write(fd, "!", 1));
    SYS(fstat(fd, &st));
    char c = 0;
    SYS(pread(fd, &c, 1, big));
    long hole = SYS(lseek(fd, 0, SEEK_DATA));

    close(fd);
    unlink(conf_path("big"));
    report(pos == big && st.st_size == big + 1 && c == '!' && hole >= 0,
           "pos=%ld size=%ld byte='%c'", pos, (long)st.st_size, c);
}

static void check_statx(void)
{
    struct statx sx;
    struct stat st;
    int fd = SYS(make_file("sx", "statx!"));
    SYS(fchmod(fd, 0604));
    SYS(statx(AT_FDCWD, conf_path("sx"), 0, STATX_BASIC_STATS, &sx));
    SYS(fstat(fd, &st));
    int same = sx.stx_ino == st.st_ino && sx.stx_mtime.tv_sec == st.st_mtime &&
               sx.stx_mtime.tv_nsec == (uint32_t)st.st_mtim.tv_nsec;
    struct statx sx2;
    SYS(statx(fd, "", AT_EMPTY_PATH, STATX_SIZE, &sx2));

    close(fd);
    report(sx.stx_size == 6 && (sx.stx_mode & 07777) == 0604 &&
               S_ISREG(sx.stx_mode) && sx.stx_nlink == 1 && same &&
               (sx.stx_mask & STATX_SIZE) && sx2.stx_size == 6,
           "size=%llu mode=%04o nlink=%u matches-fstat=%d empty-path=%llu",
           (unsigned long long)sx.stx_size, sx.stx_mode & 07777, sx.stx_nlink,
           same, (unsigned long long)sx2.stx_size);
}

static void check_proc_fd(void)
{
    char want[4096], got[4096];
    int fd = SYS(make_file("pfd", ""));
    if (!realpath(conf_path("pfd"), want)) {
        fail_errno("realpath");
        return;
    }
    char link[64];
    snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
    long n = SYS(readlink(link, got, sizeof(got) - 1));
    got[n] = 0;
    int fd2 = SYS(open(link, O_RDONLY)); /* reopen through /proc */
    struct stat a, b;
    SYS(fstat(fd, &a));
    SYS(fstat(fd2, &b));

    close(fd), close(fd2);
    report(!strcmp(want, got) && a.st_ino == b.st_ino,
           "readlink-is-path=%d reopen-same-inode=%d", !strcmp(want, got),
           a.st_ino == b.st_ino);
}

static void check_statfs(void)
{
    struct statfs a, b;
    int fd = SYS(make_file("sfs", ""));
    SYS(statfs(conf_path("sfs"), &a));
    SYS(fstatfs(fd, &b));

    close(fd);
    report(a.f_type == b.f_type && a.f_bsize == b.f_bsize && a.f_bsize > 0 &&
               a.f_blocks == b.f_blocks,
           "statfs=fstatfs:%d bsize>0:%d",
           a.f_type == b.f_type && a.f_blocks == b.f_blocks, a.f_bsize > 0);
}

static void check_fifo(void)
{
    struct stat st;
    char buf[4] = {0};
    SYS(mkfifo(conf_path("fifo"), 0600));
    SYS(stat(conf_path("fifo"), &st));
    int r = SYS(open(conf_path("fifo"), O_RDONLY | O_NONBLOCK));
    int w = SYS(open(conf_path("fifo"), O_WRONLY | O_NONBLOCK));
    SYS(write(w, "ff", 2));
    long n = SYS(read(r, buf, 3));

    close(r), close(w);
    report(S_ISFIFO(st.st_mode) && n == 2 && !strcmp(buf, "ff"),
           "fifo=%d read=%ld '%s'", S_ISFIFO(st.st_mode), n, buf);
}

static void check_dev_files(void)
{
    char buf[64];
    memset(buf, 1, sizeof(buf));
    int z = SYS(open("/dev/zero", O_RDONLY));
    long r = SYS(read(z, buf, sizeof(buf)));
    int zero = 1;
    for (int i = 0; i < 64; i++) {
        zero &= buf[i] == 0;
    }
    int n = SYS(open("/dev/null", O_RDWR));
    long w = SYS(write(n, buf, 64));
    long r2 = SYS(read(n, buf, 64));
    int u = SYS(open("/dev/urandom", O_RDONLY));
    long r3 = SYS(read(u, buf, 48));

    close(z), close(n), close(u);
    report(r == 64 && zero && w == 64 && r2 == 0 && r3 == 48,
           "zero=%ld,%d null-write=%ld null-read=%ld urandom=%ld", r, zero, w,
           r2, r3);
}

static void check_umask(void)
{
    struct stat st;
    mode_t old = umask(027);
    close(SYS(open(conf_path("um"), O_CREAT | O_WRONLY, 0666)));
    mode_t back = umask(old);
    SYS(stat(conf_path("um"), &st));

    report((st.st_mode & 0777) == 0640 && back == 027, "mode=%04o umask=%03o",
           st.st_mode & 0777, back);
}

static const ConfCheck checks[] = {
    {"files.create-excl", check_create_excl},
    {"files.write-read", check_write_read},
    {"files.lseek", check_lseek},
    {"files.pread-pwrite", check_pread_pwrite},
    {"files.readv-writev", check_readv_writev},
    {"files.append", check_append},
    {"files.truncate", check_truncate},
    {"files.stat-fields", check_stat_fields},
    {"files.stat-dir", check_stat_dir},
    {"files.utimens", check_utimens},
    {"files.hard-link", check_hard_link},
    {"files.symlink", check_symlink},
    {"files.symlink-errors", check_symlink_loop},
    {"files.rename", check_rename},
    {"files.unlink", check_unlink},
    {"files.mkdir-rmdir", check_mkdir_rmdir},
    {"files.readdir", check_readdir},
    {"files.getdents64", check_getdents_many},
    {"files.fcntl-fd", check_fcntl_fd},
    {"files.fcntl-fl", check_fcntl_fl},
    {"files.dup", check_dup},
    {"files.locks", check_locks},
    {"files.at-calls", check_at_calls},
    {"files.access", check_access},
    {"files.cwd", check_cwd},
    {"files.pipe", check_pipe},
    {"files.sendfile", check_sendfile},
    {"files.large-offset", check_large_offset},
    {"files.statx", check_statx},
    {"files.proc-fd", check_proc_fd},
    {"files.statfs", check_statfs},
    {"files.fifo", check_fifo},
    {"files.dev", check_dev_files},
    {"files.umask", check_umask},
};

CONF_MAIN(checks)
