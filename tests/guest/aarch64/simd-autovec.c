/* CFLAGS: -O3
 * Loops GCC auto-vectorises at -O3 (integer AdvSIMD: widening, narrowing,
 * reductions, min/max, shifts, compares and selects, interleaved
 * structures); prints checksums over several lengths. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N 1031

static int8_t a8[N], b8[N], c8[N];
static uint8_t u8a[N], u8b[N], u8c[N];
static int16_t a16[N], b16[N], c16[N];
static uint16_t u16a[N];
static int32_t a32[N], b32[N], c32[N];
static uint32_t u32a[N], u32b[N];
static int64_t a64[N], b64[N], c64[N];
static uint64_t h = 1469598103934665603ull;

static void mix(uint64_t v)
{
    h = (h ^ v) * 0x100000001b3ull;
}

__attribute__((noinline)) void add8(int n) { for (int i = 0; i < n; i++) c8[i] = a8[i] + b8[i]; }
__attribute__((noinline)) void avg8(int n) { for (int i = 0; i < n; i++) u8c[i] = (u8a[i] + u8b[i] + 1) >> 1; }
__attribute__((noinline)) void sat8(int n) { for (int i = 0; i < n; i++) { int v = u8a[i] + u8b[i]; u8c[i] = v > 255 ? 255 : v; } }
__attribute__((noinline)) void max8(int n) { for (int i = 0; i < n; i++) c8[i] = a8[i] > b8[i] ? a8[i] : b8[i]; }
__attribute__((noinline)) void absdiff8(int n) { for (int i = 0; i < n; i++) u8c[i] = abs(u8a[i] - u8b[i]); }
__attribute__((noinline)) int sad8(int n) { int s = 0; for (int i = 0; i < n; i++) s += abs(u8a[i] - u8b[i]); return s; }
__attribute__((noinline)) void widen16(int n) { for (int i = 0; i < n; i++) c16[i] = (int16_t)a8[i] * b8[i]; }
__attribute__((noinline)) void widen32(int n) { for (int i = 0; i < n; i++) c32[i] = a16[i] * (int32_t)b16[i] + c32[i]; }
__attribute__((noinline)) void widen64(int n) { for (int i = 0; i < n; i++) c64[i] = (int64_t)a32[i] * b32[i]; }
__attribute__((noinline)) void narrow(int n) { for (int i = 0; i < n; i++) u8c[i] = (uint8_t)(u16a[i] >> 3); }
__attribute__((noinline)) void clamp16(int n) { for (int i = 0; i < n; i++) { int v = a32[i] >> 4; c16[i] = v > 32767 ? 32767 : v < -32768 ? -32768 : v; } }
__attribute__((noinline)) int64_t sum32(int n) { int64_t s = 0; for (int i = 0; i < n; i++) s += a32[i]; return s; }
__attribute__((noinline)) uint32_t sumu8(int n) { uint32_t s = 0; for (int i = 0; i < n; i++) s += u8a[i]; return s; }
__attribute__((noinline)) int32_t max32(int n) { int32_t m = INT32_MIN; for (int i = 0; i < n; i++) m = a32[i] > m ? a32[i] : m; return m; }
__attribute__((noinline)) uint8_t minu8(int n) { uint8_t m = 255; for (int i = 0; i < n; i++) m = u8a[i] < m ? u8a[i] : m; return m; }
__attribute__((noinline)) void sel32(int n) { for (int i = 0; i < n; i++) c32[i] = a32[i] < b32[i] ? a32[i] * 3 : b32[i] - 7; }
__attribute__((noinline)) void shifts32(int n) { for (int i = 0; i < n; i++) u32b[i] = (u32a[i] << (i & 7)) ^ (u32a[i] >> 5) ^ (uint32_t)(a32[i] >> 9); }
__attribute__((noinline)) void vshift(int n) { for (int i = 0; i < n; i++) c32[i] = a32[i] >> (b32[i] & 31); }
__attribute__((noinline)) void mul64(int n) { for (int i = 0; i < n; i++) c64[i] = a64[i] * 7 + (b64[i] >> 3) - (a64[i] & b64[i]); }
__attribute__((noinline)) void neg64(int n) { for (int i = 0; i < n; i++) c64[i] = a64[i] < 0 ? -a64[i] : a64[i] ^ 0x55; }
__attribute__((noinline)) void deint(int n) { for (int i = 0; i < n / 2; i++) { c16[i] = a16[2 * i] + a16[2 * i + 1]; b16[i] = a16[2 * i] - a16[2 * i + 1]; } }
__attribute__((noinline)) void rgb(int n) { for (int i = 0; i < n / 3; i++) { uint8_t r = u8a[3 * i], g = u8a[3 * i + 1], b = u8a[3 * i + 2]; u8c[i] = (uint8_t)((r * 77 + g * 150 + b * 29) >> 8); } }
__attribute__((noinline)) void inter4(int n) { for (int i = 0; i < n / 4; i++) { u8c[4 * i] = u8a[i]; u8c[4 * i + 1] = u8b[i]; u8c[4 * i + 2] = 255; u8c[4 * i + 3] = u8a[i] ^ u8b[i]; } }
__attribute__((noinline)) int count_eq(int n) { int c = 0; for (int i = 0; i < n; i++) c += a8[i] == b8[i]; return c; }
__attribute__((noinline)) void popc(int n) { for (int i = 0; i < n; i++) u8c[i] = __builtin_popcount(u8a[i]); }
__attribute__((noinline)) void rev(int n) { for (int i = 0; i < n; i++) u32b[i] = __builtin_bswap32(u32a[n - 1 - i]); }
__attribute__((noinline)) void cvt(int n) { for (int i = 0; i < n; i++) a64[i] = (int64_t)a16[i] + u8a[i]; }
__attribute__((noinline)) void bitsel(int n) { for (int i = 0; i < n; i++) u32b[i] = (u32a[i] & (uint32_t)b32[i]) | (~u32a[i] & (uint32_t)c32[i]); }

static void fill(unsigned seed)
{
    for (int i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        a8[i] = (int8_t)(seed >> 16);
        u8a[i] = (uint8_t)(seed >> 8);
        a16[i] = (int16_t)(seed >> 7);
        u16a[i] = (uint16_t)(seed >> 3);
        a32[i] = (int32_t)seed;
        u32a[i] = seed ^ 0x9e3779b9u;
        a64[i] = (int64_t)seed * 0x12345677 - (i << 20);
        seed = seed * 1103515245u + 12345u;
        b8[i] = (int8_t)(seed >> 16);
        u8b[i] = (uint8_t)(seed >> 8);
        b16[i] = (int16_t)(seed >> 7);
        b32[i] = (int32_t)seed;
        b64[i] = (int64_t)seed << 13;
        c32[i] = i;
        if (i % 5 == 0) {
            b8[i] = a8[i];
        }
    }
}

static void dump(void)
{
    for (int i = 0; i < N; i++) {
        mix((uint8_t)c8[i] | (uint64_t)u8c[i] << 8 | (uint64_t)(uint16_t)c16[i] << 16 |
            (uint64_t)(uint16_t)b16[i] << 32);
        mix((uint32_t)c32[i] | (uint64_t)u32b[i] << 32);
        mix((uint64_t)c64[i] ^ (uint64_t)a64[i]);
    }
}

int main(void)
{
    static const int lens[] = {0, 1, 3, 7, 8, 15, 16, 17, 31, 33, 64, 100, 255, 1031};
    for (unsigned k = 0; k < sizeof(lens) / sizeof(lens[0]); k++) {
        int n = lens[k];
        fill(k * 77 + 1);
        add8(n); avg8(n); max8(n); widen16(n); widen32(n); widen64(n);
        dump();
        printf("%4d a %016llx\n", n, (unsigned long long)h);
        sat8(n); absdiff8(n); mix(sad8(n)); narrow(n); clamp16(n);
        mix(sum32(n)); mix(sumu8(n)); mix(max32(n)); mix(minu8(n));
        dump();
        printf("%4d b %016llx\n", n, (unsigned long long)h);
        sel32(n); shifts32(n); vshift(n); mul64(n); neg64(n); deint(n);
        dump();
        printf("%4d c %016llx\n", n, (unsigned long long)h);
        rgb(n); inter4(n); mix(count_eq(n)); popc(n); rev(n); bitsel(n); cvt(n);
        dump();
        printf("%4d d %016llx\n", n, (unsigned long long)h);
    }
    return 0;
}
