/* glibc's AdvSIMD string functions (LD1/CMEQ/UMAXP/ADDP/SHRN/TBL...) over
 * many lengths and alignments, including strings that end right before an
 * unmapped page; prints one checksum per function. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static uint64_t h;

static void mix(uint64_t v)
{
    h = (h ^ v) * 0x100000001b3ull;
}

static void mixp(const void *p, const void *base)
{
    mix(p ? (uint64_t)((const char *)p - (const char *)base) : ~0ull);
}

int main(void)
{
    static char a[1024] __attribute__((aligned(64)));
    static char b[1024] __attribute__((aligned(64)));
    long pg = sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *end;

    if (map == MAP_FAILED || mprotect(map + pg, pg, PROT_NONE)) {
        return 1;
    }
    end = map + pg;

    h = 1469598103934665603ull;
    for (int al = 0; al < 16; al++) {
        for (int len = 0; len < 300; len += (len < 70 ? 1 : 7)) {
            for (int i = 0; i < 1024; i++) {
                a[i] = (char)('a' + (i * 7 + len) % 26);
            }
            a[al + len] = 0;
            mix(strlen(a + al));
            mix(strnlen(a + al, len / 2));
            mixp(strchr(a + al, 'q'), a);
            mixp(strchr(a + al, 0), a);
            mixp(strrchr(a + al, 'c'), a);
            mixp(memchr(a + al, 'z', len), a);
            mixp(memrchr(a + al, 'e', len), a);
            mixp(rawmemchr(a + al, 0), a);
            mixp(strchrnul(a + al, 'x'), a);
            memset(b, 0x55, sizeof(b));
            strcpy(b + (15 - al), a + al);
            mix(memcmp(b + (15 - al), a + al, len + 1) == 0);
            mixp(stpcpy(b + al, a + al), b);
            memcpy(b + 3, a + al, len);
            mix(memcmp(b + 3, a + al, len) == 0);
            b[3 + len / 2] ^= 1;
            mix(memcmp(b + 3, a + al, len) > 0);
            mix(strcmp(b + 3, a + al) < 0);
            mix(strncmp(b + 3, a + al, len / 2));
            memmove(b + al + 1, b + al, len);
            memset(b + al, 'k', len);
            for (int i = 0; i < 1024; i++) {
                mix((unsigned char)b[i]);
            }
        }
        printf("align %2d: %016llx\n", al, (unsigned long long)h);
    }
    /* Strings ending right before an unmapped page. */
    h = 1469598103934665603ull;
    for (int len = 0; len < 200; len++) {
        char *s = end - len - 1;
        memset(map, 'w', pg);
        s[len] = 0;
        mix(strlen(s));
        mixp(strchr(s, 'y'), map);
        mixp(memchr(s, 0, len + 1), map);
        mix(strcmp(s, s));
        mixp(strrchr(s, 'w'), map);
        strcpy(b, s);
        mix(strlen(b));
    }
    printf("page end: %016llx\n", (unsigned long long)h);
    return 0;
}
