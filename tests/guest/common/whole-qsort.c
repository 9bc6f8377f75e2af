/* qsort with several comparison functions (ints, doubles, strings, structs
 * with a multi-key compare), checked for order and printed as checksums;
 * plus bsearch. Exercises indirect calls into guest code from libc. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int key;
    char name[12];
    double weight;
} Rec;

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_dbl_desc(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x < y) - (x > y);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_rec(const void *a, const void *b)
{
    const Rec *x = a, *y = b;
    if (x->key != y->key) {
        return x->key < y->key ? -1 : 1;
    }
    int c = strcmp(x->name, y->name);
    return c ? c : (x->weight > y->weight) - (x->weight < y->weight);
}

static uint32_t seed = 42;

static uint32_t rnd(void)
{
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
}

#define N 20000

int main(void)
{
    static int ints[N];
    static double dbls[N];
    static char strbuf[N][8];
    static char *strs[N];
    static Rec recs[N];
    uint64_t sum = 0;
    int ok = 1;

    for (int i = 0; i < N; i++) {
        ints[i] = (int)(rnd() % 100000) - 50000;
        dbls[i] = (double)rnd() / 1000.0 - 5000.0;
        for (int k = 0; k < 7; k++) {
            strbuf[i][k] = (char)('a' + rnd() % 6);
        }
        strs[i] = strbuf[i];
        recs[i].key = (int)(rnd() % 50);
        snprintf(recs[i].name, sizeof(recs[i].name), "r%u", rnd() % 300);
        recs[i].weight = (double)(rnd() % 1000) / 8.0;
    }
    qsort(ints, N, sizeof(int), cmp_int);
    qsort(dbls, N, sizeof(double), cmp_dbl_desc);
    qsort(strs, N, sizeof(char *), cmp_str);
    qsort(recs, N, sizeof(Rec), cmp_rec);
    for (int i = 1; i < N; i++) {
        ok &= ints[i - 1] <= ints[i];
        ok &= dbls[i - 1] >= dbls[i];
        ok &= strcmp(strs[i - 1], strs[i]) <= 0;
        ok &= cmp_rec(&recs[i - 1], &recs[i]) <= 0;
    }
    for (int i = 0; i < N; i++) {
        sum = sum * 31 + (uint32_t)ints[i];
        sum = sum * 31 + (uint64_t)(int64_t)(dbls[i] * 8);
        sum = sum * 31 + (uint8_t)strs[i][3];
        sum = sum * 31 + (uint32_t)recs[i].key + (uint8_t)recs[i].name[1];
    }
    printf("sorted: %s\n", ok ? "yes" : "NO");
    printf("ints  min %d median %d max %d\n", ints[0], ints[N / 2],
           ints[N - 1]);
    printf("dbls  max %.3f median %.3f min %.3f\n", dbls[0], dbls[N / 2],
           dbls[N - 1]);
    printf("strs  first %s last %s\n", strs[0], strs[N - 1]);
    printf("recs  first %d/%s/%.3f last %d/%s/%.3f\n", recs[0].key,
           recs[0].name, recs[0].weight, recs[N - 1].key, recs[N - 1].name,
           recs[N - 1].weight);
    printf("checksum %016llx\n", (unsigned long long)sum);
    int found = 0;
    for (int k = -50000; k < 50000; k += 997) {
        found += bsearch(&k, ints, N, sizeof(int), cmp_int) != NULL;
    }
    printf("bsearch found %d of %d\n", found, 101);
    return ok ? 0 : 1;
}
