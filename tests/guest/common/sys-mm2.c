/* Guest mmap semantics: MAP_FIXED_NOREPLACE, hints, PROT_NONE and
 * read-only buffers in syscalls (EFAULT), file mappings at offsets,
 * MAP_SHARED seen through a second mapping and across fork, mremap
 * (grow in place, move, shrink, MREMAP_FIXED, MREMAP_DONTUNMAP, a second
 * view of a shared mapping), SysV shm, a large brk, madvise(DONTNEED),
 * mincore, msync, mlock and the argument checks of each. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sys-check.h"

#define PG 4096L

static char *map_anon(void *hint, size_t len, int prot, int flags)
{
    return mmap(hint, len, prot, flags | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
}

static int mapped(void *p, size_t len)
{
    unsigned char vec[64];
    return mincore(p, len, vec) == 0;
}

static void test_fixed(void)
{
    char *a = map_anon(NULL, 4 * PG, PROT_READ | PROT_WRITE, 0);
    CHECK(a != MAP_FAILED);
    memset(a, 7, 4 * PG);
    CHECK(map_anon(a + PG, PG, PROT_READ, MAP_FIXED_NOREPLACE) == MAP_FAILED &&
          errno == EEXIST);
    CHECK(map_anon(a + PG, PG, PROT_READ, MAP_FIXED | MAP_FIXED_NOREPLACE) ==
              MAP_FAILED &&
          errno == EEXIST && a[PG] == 7);
    CHECK(munmap(a + 2 * PG, PG) == 0 && !mapped(a + 2 * PG, PG));
    CHECK(map_anon(a + 2 * PG, PG, PROT_READ | PROT_WRITE,
                   MAP_FIXED_NOREPLACE) == a + 2 * PG &&
          a[2 * PG] == 0);
    CHECK(map_anon(a + PG, PG, PROT_READ | PROT_WRITE, MAP_FIXED) == a + PG &&
          a[PG] == 0 && a[0] == 7 && a[3 * PG] == 7);
    CHECK(munmap(a, 4 * PG) == 0);
    /* A free hint is honoured. */
    CHECK(map_anon(a + PG, PG, PROT_READ, 0) == a + PG);
    munmap(a, 4 * PG);
    CHECK(map_anon(NULL, 0, PROT_READ, 0) == MAP_FAILED && errno == EINVAL);
    CHECK(mmap(NULL, PG, PROT_READ, MAP_ANONYMOUS, -1, 0) == MAP_FAILED &&
          errno == EINVAL);
    CHECK(mmap(NULL, PG, PROT_READ, MAP_SHARED_VALIDATE | MAP_ANONYMOUS | 0x40,
               -1, 0) == MAP_FAILED &&
          errno == EOPNOTSUPP);
    char *s =
        map_anon(NULL, 4 * PG, PROT_READ | PROT_WRITE,
                 MAP_GROWSDOWN | MAP_STACK | MAP_POPULATE | MAP_NORESERVE);
    CHECK(s != MAP_FAILED && s[0] == 0 && s[4 * PG - 1] == 0);
    CHECK(munmap(s, 4 * PG) == 0);
    CHECK(munmap(s + 1, PG) == -1 && errno == EINVAL);
    CHECK(munmap(s, 0) == -1 && errno == EINVAL);
    CHECK(mprotect(s, PG, PROT_READ) == -1 && errno == ENOMEM);
    CHECK(mprotect(s + 1, PG, PROT_READ) == -1 && errno == EINVAL);
}

static void test_efault(void)
{
    int fds[2];
    CHECK(pipe(fds) == 0);
    char *n = map_anon(NULL, 2 * PG, PROT_NONE, 0);
    CHECK(n != MAP_FAILED);
    CHECK(write(fds[1], n, 16) == -1 && errno == EFAULT);
    CHECK(write(fds[1], "0123456789abcdef", 16) == 16);
    CHECK(read(fds[0], n, 16) == -1 && errno == EFAULT);
    CHECK(mprotect(n, PG, PROT_READ) == 0);
    CHECK(read(fds[0], n, 16) == -1 && errno == EFAULT);
    CHECK(write(fds[1], n, 16) == 16 && write(fds[1], n + PG - 8, 16) == -1 &&
          errno == EFAULT);
    CHECK(mprotect(n, 2 * PG, PROT_READ | PROT_WRITE) == 0);
    CHECK(read(fds[0], n + PG - 8, 32) == 32 && n[PG - 8] == '0' &&
          n[PG + 23] == 0);
    CHECK(munmap(n, 2 * PG) == 0);
    CHECK(write(fds[1], n, 1) == -1 && errno == EFAULT);
    close(fds[0]);
    close(fds[1]);
}

static void test_files(void)
{
    char path[] = "/tmp/mimic-mm2-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    char buf[3 * PG];
    for (int i = 0; i < 3; i++) {
        memset(buf + i * PG, 'A' + i, PG);
    }
    CHECK(write(fd, buf, sizeof(buf)) == (ssize_t)sizeof(buf));
    char *f = mmap(NULL, 2 * PG, PROT_READ, MAP_PRIVATE, fd, PG);
    CHECK(f != MAP_FAILED && f[0] == 'B' && f[2 * PG - 1] == 'C');
    CHECK(mmap(NULL, PG, PROT_READ, MAP_PRIVATE, fd, 100) == MAP_FAILED &&
          errno == EINVAL);
    char *s1 = mmap(NULL, 3 * PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    int ro = open(path, O_RDONLY);
    char *s2 = mmap(NULL, PG, PROT_READ, MAP_SHARED, ro, 2 * PG);
    CHECK(s1 != MAP_FAILED && s2 != MAP_FAILED);
    s1[2 * PG + 5] = 'z';
    CHECK(s2[5] == 'z');
    CHECK(f[PG + 5] == 'z'); /* a private page not written yet */
    char *p1 = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    p1[0] = 'p';
    CHECK(s1[0] == 'A' && p1[0] == 'p');
    CHECK(mprotect(s2, PG, PROT_READ | PROT_WRITE) == -1 && errno == EACCES);
    CHECK(msync(s1, 3 * PG, MS_SYNC) == 0);
    CHECK(msync(s1, PG, MS_SYNC | MS_ASYNC) == -1 && errno == EINVAL);
    CHECK(msync(s1 + 1, PG, MS_SYNC) == -1 && errno == EINVAL);
    munmap(s2, PG);
    CHECK(msync(s2, PG, MS_ASYNC) == -1 && errno == ENOMEM);
    char back;
    CHECK(pread(fd, &back, 1, 2 * PG + 5) == 1 && back == 'z');
    munmap(f, 2 * PG);
    munmap(s1, 3 * PG);
    munmap(p1, PG);
    close(ro);
    close(fd);
    unlink(path);
}

static void test_fork_shared(void)
{
    char *sh = mmap(NULL, PG, PROT_READ | PROT_WRITE,
                    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    char *pr = map_anon(NULL, PG, PROT_READ | PROT_WRITE, 0);
    CHECK(sh != MAP_FAILED && pr != MAP_FAILED);
    strcpy(sh, "parent");
    strcpy(pr, "parent");
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        strcpy(sh, "child");
        strcpy(pr, "child");
        _exit(0);
    }
    int status;
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status));
    CHECK(strcmp(sh, "child") == 0 && strcmp(pr, "parent") == 0);
    /* A second view of shared memory: mremap with old_size 0. */
    char *v = mremap(sh, 0, PG, MREMAP_MAYMOVE);
    CHECK(v != MAP_FAILED && v != sh && strcmp(v, "child") == 0);
    v[0] = 'C';
    CHECK(sh[0] == 'C');
    CHECK(mremap(pr, 0, PG, MREMAP_MAYMOVE) == MAP_FAILED && errno == EINVAL);
    munmap(v, PG);
    munmap(sh, PG);
    munmap(pr, PG);
}

static void test_mremap(void)
{
    /* Grow in place when the pages after are free. */
    char *a = map_anon(NULL, 16 * PG, PROT_READ | PROT_WRITE, 0);
    CHECK(munmap(a + 2 * PG, 14 * PG) == 0);
    memset(a, 'a', 2 * PG);
    char *g = mremap(a, 2 * PG, 4 * PG, 0);
    CHECK(g == a && g[2 * PG - 1] == 'a' && g[4 * PG - 1] == 0);
    /* Blocked: fails without MREMAP_MAYMOVE, moves with it. */
    char *blk = map_anon(a + 4 * PG, PG, PROT_READ, MAP_FIXED_NOREPLACE);
    CHECK(blk == a + 4 * PG);
    CHECK(mremap(a, 4 * PG, 8 * PG, 0) == MAP_FAILED && errno == ENOMEM);
    char *m = mremap(a, 4 * PG, 8 * PG, MREMAP_MAYMOVE);
    CHECK(m != MAP_FAILED && m != a && m[0] == 'a' && m[2 * PG - 1] == 'a' &&
          m[8 * PG - 1] == 0 && !mapped(a, 4 * PG));
    /* Shrink keeps the start. */
    char *s = mremap(m, 8 * PG, PG, 0);
    CHECK(s == m && s[0] == 'a' && !mapped(m + PG, PG));
    /* MREMAP_FIXED to a chosen place, replacing what is there. */
    char *dst = map_anon(NULL, 2 * PG, PROT_READ, 0);
    char *f = mremap(s, PG, 2 * PG, MREMAP_MAYMOVE | MREMAP_FIXED, dst);
    CHECK(f == dst && f[0] == 'a' && f[2 * PG - 1] == 0 && !mapped(s, PG));
    f[1] = 'b';
    CHECK(mremap(f, PG, PG, MREMAP_FIXED, f + 8 * PG) == MAP_FAILED &&
          errno == EINVAL);
    CHECK(mremap(f, PG, PG, MREMAP_MAYMOVE | MREMAP_FIXED, f + PG / 2) ==
              MAP_FAILED &&
          errno == EINVAL);
    /* MREMAP_DONTUNMAP: the data moves, the old range stays, emptied. */
    char *d = mremap(f, PG, PG, MREMAP_MAYMOVE | MREMAP_DONTUNMAP, NULL);
    CHECK(d != MAP_FAILED && d != f && d[0] == 'a' && d[1] == 'b' &&
          mapped(f, PG) && f[0] == 0);
    CHECK(mremap(d, PG, 2 * PG, MREMAP_MAYMOVE | MREMAP_DONTUNMAP, NULL) ==
              MAP_FAILED &&
          errno == EINVAL);
    CHECK(mremap(blk + 8 * PG, PG, PG, MREMAP_MAYMOVE) == MAP_FAILED &&
          errno == EFAULT);
    CHECK(mremap(d, PG, PG, 0x80) == MAP_FAILED && errno == EINVAL);
    /* Read-only pages keep their protection when moved. */
    char *r = mremap(blk, PG, 2 * PG, MREMAP_MAYMOVE);
    CHECK(r != MAP_FAILED && mprotect(r, 2 * PG, PROT_READ) == 0);
    int fds[2];
    CHECK(pipe(fds) == 0 && write(fds[1], "x", 1) == 1 &&
          read(fds[0], r, 1) == -1 && errno == EFAULT);
    close(fds[0]);
    close(fds[1]);
    munmap(r, 2 * PG);
    munmap(d, PG);
    munmap(f, 2 * PG);
}

static void test_shm(void)
{
    int id = shmget(IPC_PRIVATE, 3 * PG + 100, IPC_CREAT | 0600);
    CHECK(id >= 0);
    char *a = shmat(id, NULL, 0);
    char *b = shmat(id, NULL, SHM_RDONLY);
    CHECK(a != (void *)-1 && b != (void *)-1 && a != b);
    strcpy(a + 3 * PG, "shared");
    CHECK(strcmp(b + 3 * PG, "shared") == 0);
    struct shmid_ds ds;
    CHECK(shmctl(id, IPC_STAT, &ds) == 0 && ds.shm_segsz == 3 * PG + 100 &&
          ds.shm_nattch == 2);
    int fds[2];
    CHECK(pipe(fds) == 0 && write(fds[1], "x", 1) == 1 &&
          read(fds[0], b, 1) == -1 && errno == EFAULT);
    close(fds[0]);
    close(fds[1]);
    CHECK(shmat(id, a + 1, 0) == (void *)-1 && errno == EINVAL);
    CHECK(shmat(id, a, 0) == (void *)-1 && errno == EINVAL);
    char *c = shmat(id, a, SHM_REMAP);
    CHECK(c == a && strcmp(c + 3 * PG, "shared") == 0);
    CHECK(shmdt(a) == 0 && !mapped(a, PG) && !mapped(a + 3 * PG, PG));
    CHECK(shmdt(a) == -1 && errno == EINVAL);
    char *fixed = shmat(id, a + 100, SHM_RND);
    CHECK(fixed == a && strcmp(fixed + 3 * PG, "shared") == 0);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        strcpy(fixed, "from child");
        _exit(shmdt(fixed) == 0 ? 0 : 1);
    }
    int status;
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
          WEXITSTATUS(status) == 0 && strcmp(b, "from child") == 0);
    CHECK(shmdt(fixed) == 0 && shmdt(b) == 0);
    CHECK(shmctl(id, IPC_STAT, &ds) == 0 && ds.shm_nattch == 0);
    CHECK(shmctl(id, IPC_STAT, (struct shmid_ds *)8) == -1 && errno == EFAULT);
    CHECK(shmctl(id, IPC_RMID, NULL) == 0);
    CHECK(shmat(id, NULL, 0) == (void *)-1 && errno == EINVAL);
}

static void test_brk(void)
{
    char *b0 = sbrk(0);
    size_t big = 300 << 20;
    CHECK(sbrk(big) == b0);
    for (size_t i = 0; i < big; i += 1 << 20) {
        b0[i] = (char)(i >> 20);
    }
    CHECK(b0[big - 1] == 0 && b0[299 << 20] == (char)299);
    CHECK(sbrk(-(long)big + PG) == b0 + big && sbrk(0) == b0 + PG);
    CHECK(!mapped(b0 + 2 * PG, PG) && mapped(b0, PG));
    /* The break never grows into a mapping. */
    char *wall = map_anon(b0 + 16 * PG, PG, PROT_READ, MAP_FIXED_NOREPLACE);
    CHECK(wall == b0 + 16 * PG);
    CHECK(sbrk(32 * PG) == (void *)-1 && errno == ENOMEM && sbrk(0) == b0 + PG);
    CHECK(sbrk(8 * PG) == b0 + PG && sbrk(0) == b0 + 9 * PG);
    munmap(wall, PG);
    CHECK(sbrk(-8 * PG) == b0 + 9 * PG);
}

static void test_advice(void)
{
    char *a = map_anon(NULL, 4 * PG, PROT_READ | PROT_WRITE, 0);
    char *sh = mmap(NULL, PG, PROT_READ | PROT_WRITE,
                    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    memset(a, 1, 4 * PG);
    sh[0] = 1;
    CHECK(madvise(a + PG, PG, MADV_DONTNEED) == 0 && a[PG] == 0 &&
          a[PG - 1] == 1 && a[2 * PG] == 1);
    CHECK(madvise(sh, PG, MADV_DONTNEED) == 0 && sh[0] == 1);
    CHECK(madvise(a + 1, PG, MADV_DONTNEED) == -1 && errno == EINVAL);
    CHECK(madvise(a, PG, 12345) == -1 && errno == EINVAL);
    CHECK(madvise(a, 4 * PG, MADV_WILLNEED) == 0);
    CHECK(munmap(a + 2 * PG, PG) == 0);
    CHECK(madvise(a, 4 * PG, MADV_DONTNEED) == -1 && errno == ENOMEM &&
          a[3 * PG] == 0);
    unsigned char vec[4];
    a[0] = 5;
    CHECK(mincore(a, 2 * PG, vec) == 0 && (vec[0] & 1));
    CHECK(mincore(a, 4 * PG, vec) == -1 && errno == ENOMEM);
    CHECK(mincore(a + 1, PG, vec) == -1 && errno == EINVAL);
    CHECK(mincore(a, PG, (unsigned char *)8) == -1 && errno == EFAULT);
    CHECK(mlock(a + 10, 100) == 0 && munlock(a, PG) == 0);
    CHECK(mlock(a, 4 * PG) == -1 && errno == ENOMEM);
    CHECK(mlock2(a, PG, 2) == -1 && errno == EINVAL);
    CHECK(mlock2(a, PG, MLOCK_ONFAULT) == 0 && munlock(a, PG) == 0);
    CHECK(mlockall(0) == -1 && errno == EINVAL);
    CHECK(mlockall(MCL_ONFAULT) == -1 && errno == EINVAL);
    CHECK(munlockall() == 0);
    munmap(a, 4 * PG);
    munmap(sh, PG);
}

int main(void)
{
    test_fixed();
    test_efault();
    test_files();
    test_fork_shared();
    test_mremap();
    test_shm();
    test_brk();
    test_advice();
    return sys_finish();
}
