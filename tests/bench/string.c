/* libc string routines: memcpy, memmove, memset, memchr, memcmp, strlen,
 * strcmp, strchr, strstr over buffers of many sizes and alignments. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SIZE (1 << 20)
static char src[SIZE + 64], dst[SIZE + 64];

int main(int argc, char **argv)
{
    int scale = argc > 1 ? atoi(argv[1]) : 1;
    uint64_t sum = 0;
    uint32_t x = 7;

    for (int i = 0; i < SIZE; i++) {
        x = x * 1103515245 + 12345;
        src[i] = (char)('a' + (x >> 16) % 26);
    }
    src[SIZE] = 0;
    for (int rep = 0; rep < scale; rep++) {
        for (int r = 0; r < 1500; r++) {
            memcpy(dst + (r & 7), src + (r & 3), SIZE - 8);
            memmove(dst + 1, dst, SIZE / 2);
            sum += (uint8_t)dst[(r * 1000) % SIZE];
        }
        for (int len = 1; len < 4096; len = len * 3 / 2 + 1) {
            for (int r = 0; r < 800000 / len + 10; r++) {
                int off = (r * 37) % (SIZE - len - 8);
                memcpy(dst + (r & 7), src + off, len);
                sum += (uint64_t)memcmp(dst + (r & 7), src + off, len);
                dst[(r & 7) + len] = 0;
                sum += strlen(dst + (r & 7));
                sum += (uint64_t)(strcmp(dst + (r & 7), "mimic") > 0);
                char *p = memchr(dst + (r & 7), 'z', len);
                sum += p ? (uint64_t)(p - dst) : 0;
                p = strchr(dst + (r & 7), 'q');
                sum += p ? (uint64_t)(p - dst) : 1;
            }
        }
        for (int r = 0; r < 600; r++) {
            memset(dst, 'a' + r % 26, SIZE);
            dst[SIZE - 1 - r] = 0;
            sum += strlen(dst);
            char needle[5] = {'x', 'y', (char)('a' + r % 26), 'w', 0};
            char *p = strstr(src + (r % 60) * 100, needle);
            sum += p ? (uint64_t)(p - src) : 0;
        }
    }
    printf("string checksum %016llx\n", (unsigned long long)sum);
    return 0;
}
