/* Loads and stores as gcc emits them at -O2: every C integer type signed and
 * unsigned (sign extension into int and long), arrays indexed by int,
 * unsigned, long and negative indices (the register-offset extends),
 * struct copies (LDP/STP, Q registers), float/double arrays (S/D loads),
 * packed and misaligned fields, and a stack-heavy recursive function.
 * Prints checksums; output compared with qemu-aarch64. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define N 64

static int8_t s8[N];
static uint8_t u8[N];
static int16_t s16[N];
static uint16_t u16[N];
static int32_t s32[N];
static uint32_t u32[N];
static int64_t s64[N];
static float f32[N];
static double f64[N];

struct big {
    uint64_t a, b, c, d;
    uint32_t e;
    uint16_t f;
    uint8_t g;
    int8_t h;
    double x, y;
};

struct __attribute__((packed)) packed {
    uint8_t tag;
    uint32_t w;
    uint64_t d;
    int16_t h;
};

static uint64_t mix(uint64_t h, uint64_t v)
{
    return (h ^ v) * 0x100000001b3ull;
}

__attribute__((noinline)) static uint64_t sum_signed(const int8_t *a,
                                                     const int16_t *b,
                                                     const int32_t *c, int n)
{
    uint64_t h = 0;
    for (int i = 0; i < n; i++) {
        long x = a[i], y = b[i], z = c[i];
        int xi = a[i], yi = b[i];
        h = mix(h, (uint64_t)x);
        h = mix(h, (uint64_t)y);
        h = mix(h, (uint64_t)z);
        h = mix(h, (uint32_t)xi);
        h = mix(h, (uint32_t)yi);
    }
    return h;
}

__attribute__((noinline)) static uint64_t sum_idx(const uint32_t *a, int i,
                                                  unsigned u, long l,
                                                  const uint16_t *b)
{
    return (uint64_t)a[i] + a[u] + a[l] + b[i] + b[u] + b[l] + a[i - 3] +
           b[l - 5];
}

__attribute__((noinline)) static void copy_big(struct big *d,
                                               const struct big *s, int n)
{
    for (int i = 0; i < n; i++) {
        d[i] = s[n - 1 - i];
    }
}

__attribute__((noinline)) static double dot(const float *a, const double *b,
                                            int n)
{
    double s = 0;
    for (int i = 0; i < n; i++) {
        s += a[i] * b[n - 1 - i];
    }
    return s;
}

__attribute__((noinline)) static uint64_t rec(int depth, uint64_t a,
                                              uint64_t b)
{
    volatile uint64_t local[6] = {a, b, a ^ b, a + b, a - b, a * 3};
    if (depth == 0) {
        return local[2] + local[5];
    }
    return rec(depth - 1, local[3], local[4]) ^ local[depth % 6];
}

int main(void)
{
    static struct big src[8], dst[8];
    static struct packed pk[5];
    static char buf[100];
    uint64_t h = 0;

    for (int i = 0; i < N; i++) {
        s8[i] = (int8_t)(i * 37 - 100);
        u8[i] = (uint8_t)(i * 41 + 3);
        s16[i] = (int16_t)(i * 1234 - 30000);
        u16[i] = (uint16_t)(i * 2345 + 7);
        s32[i] = (int32_t)(i * 123456789u);
        u32[i] = (uint32_t)(i * 987654321u);
        s64[i] = (int64_t)(i * 0x9e3779b97f4a7c15ull);
        f32[i] = (float)i * 0.25f - 3.0f;
        f64[i] = (double)i * 1.5 - 7.0;
    }
    printf("signed   %016llx\n",
           (unsigned long long)sum_signed(s8, s16, s32, N));
    for (int i = 0; i < N; i++) {
        h = mix(h, u8[i]);
        h = mix(h, u16[i]);
        h = mix(h, u32[i]);
        h = mix(h, (uint64_t)s64[i]);
    }
    printf("unsigned %016llx\n", (unsigned long long)h);
    printf("index    %016llx\n",
           (unsigned long long)sum_idx(u32, 10, 20u, 30l, u16));
    printf("index-   %016llx\n",
           (unsigned long long)sum_idx(u32 + 40, -5, 3u, -7l, u16 + 40));

    for (int i = 0; i < 8; i++) {
        src[i] = (struct big){i, i * 2ull, ~(uint64_t)i, i << 20, i * 3u,
                              (uint16_t)(i * 5), (uint8_t)(i + 200),
                              (int8_t)(-i), i * 0.5, -i * 0.25};
    }
    copy_big(dst, src, 8);
    h = 0;
    for (int i = 0; i < 8; i++) {
        h = mix(h, dst[i].a + dst[i].b + dst[i].c + dst[i].d);
        h = mix(h, dst[i].e + dst[i].f + dst[i].g + (uint64_t)dst[i].h);
        h = mix(h, (uint64_t)(dst[i].x * 8 + dst[i].y * 16));
    }
    printf("struct   %016llx\n", (unsigned long long)h);

    printf("dot      %.6f\n", dot(f32, f64, N));

    for (int i = 0; i < 5; i++) {
        pk[i].tag = (uint8_t)i;
        pk[i].w = 0x01020304u * (i + 1);
        pk[i].d = 0x1122334455667788ull * (i + 1);
        pk[i].h = (int16_t)(-1000 * i);
    }
    h = 0;
    for (int i = 0; i < 5; i++) {
        h = mix(h, pk[i].w ^ pk[i].d ^ (uint64_t)(int64_t)pk[i].h);
    }
    printf("packed   %016llx\n", (unsigned long long)h);

    memset(buf, 'x', sizeof(buf));
    memcpy(buf + 3, "hello, misaligned world", 24);
    memmove(buf + 5, buf + 3, 30);
    printf("memmove  %s\n", buf + 5);

    printf("rec      %016llx\n", (unsigned long long)rec(40, 1, 2));
    return 0;
}
