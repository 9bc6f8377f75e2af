/* Callback-heavy sorting: libc qsort with comparison functions on ints,
 * doubles and records — many short calls from libc into guest code. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint32_t key;
    char tag[12];
} Rec;

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static int cmp_dbl(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int cmp_rec(const void *a, const void *b)
{
    const Rec *x = a, *y = b;
    int c = strcmp(x->tag, y->tag);
    return c ? c : cmp_u32(&x->key, &y->key);
}

#define N 500000

int main(int argc, char **argv)
{
    int scale = argc > 1 ? atoi(argv[1]) : 1;
    uint32_t *u = malloc(N * sizeof(*u)), x = 1;
    double *d = malloc(N * sizeof(*d));
    Rec *r = malloc(N / 4 * sizeof(*r));
    uint64_t sum = 0;

    for (int rep = 0; rep < scale; rep++) {
        for (int i = 0; i < N; i++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            u[i] = x;
            d[i] = (double)x / 3.0 - 1e9;
        }
        for (int i = 0; i < N / 4; i++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            r[i].key = x;
            snprintf(r[i].tag, sizeof(r[i].tag), "t%04u", x % 5000);
        }
        qsort(u, N, sizeof(*u), cmp_u32);
        qsort(d, N, sizeof(*d), cmp_dbl);
        qsort(r, N / 4, sizeof(*r), cmp_rec);
        for (int i = 0; i < N; i += 997) {
            sum = sum * 31 + u[i] + (uint64_t)(int64_t)d[i];
        }
        for (int i = 0; i < N / 4; i += 101) {
            sum = sum * 31 + r[i].key;
        }
    }
    printf("qsort checksum %016llx\n", (unsigned long long)sum);
    return 0;
}
