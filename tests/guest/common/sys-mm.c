/* Memory syscalls: brk growth, mmap/munmap/mprotect, file mappings,
 * mremap, MAP_FIXED replacement, and large malloc. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sys-check.h"

int main(void)
{
    long pg = sysconf(_SC_PAGESIZE);
    CHECK(pg == 4096);

    char *b0 = sbrk(0);
    CHECK(b0 != (char *)-1);
    CHECK(sbrk(3 * pg) == b0);
    memset(b0, 0x5a, 3 * pg);
    CHECK(b0[3 * pg - 1] == 0x5a && sbrk(0) == b0 + 3 * pg);
    CHECK(sbrk(-2 * pg) == b0 + 3 * pg && sbrk(0) == b0 + pg);

    char *p = mmap(NULL, 8 * pg, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(p != MAP_FAILED && ((uintptr_t)p & (pg - 1)) == 0);
    CHECK(p[0] == 0 && p[8 * pg - 1] == 0);
    memset(p, 1, 8 * pg);
    CHECK(munmap(p + 2 * pg, 2 * pg) == 0);
    CHECK(mprotect(p, pg, PROT_READ) == 0);
    CHECK(mprotect(p + 2 * pg, pg, PROT_READ) == -1 && errno == ENOMEM);
    CHECK(p[pg * 5] == 1);
    char *q = mmap(p + 2 * pg, pg, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    CHECK(q == p + 2 * pg && q[0] == 0);
    CHECK(munmap(p, 8 * pg) == 0);
    CHECK(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED &&
          errno == EINVAL);
    CHECK(munmap((char *)p + 1, pg) == -1 && errno == EINVAL);

    char *r = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    r[0] = 'r';
    r[2 * pg - 1] = 's';
    char *r2 = mremap(r, 2 * pg, 64 * pg, MREMAP_MAYMOVE);
    CHECK(r2 != MAP_FAILED && r2[0] == 'r' && r2[2 * pg - 1] == 's' && r2[64 * pg - 1] == 0);
    r2 = mremap(r2, 64 * pg, pg, 0);
    CHECK(r2 != MAP_FAILED && r2[0] == 'r');
    CHECK(munmap(r2, pg) == 0);

    char path[] = "/tmp/mimic-mm-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0 && write(fd, "mapped file contents", 20) == 20);
    char *fm = mmap(NULL, pg, PROT_READ, MAP_PRIVATE, fd, 0);
    CHECK(fm != MAP_FAILED && memcmp(fm, "mapped file", 11) == 0 && fm[20] == 0);
    char *sm = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    CHECK(sm != MAP_FAILED);
    memcpy(sm, "MAPPED", 6);
    CHECK(msync(sm, pg, MS_SYNC) == 0);
    char back[8] = {0};
    CHECK(pread(fd, back, 6, 0) == 6 && memcmp(back, "MAPPED", 6) == 0);
    munmap(fm, pg);
    munmap(sm, pg);
    close(fd);
    unlink(path);

    size_t big = 64 << 20;
    unsigned char *m = malloc(big);
    CHECK(m != NULL);
    for (size_t i = 0; i < big; i += 4096) {
        m[i] = (unsigned char)i;
    }
    CHECK(m[big - 4096] == (unsigned char)(big - 4096));
    free(m);
    CHECK(madvise(b0, pg, MADV_DONTNEED) == 0);

    return sys_finish();
}
