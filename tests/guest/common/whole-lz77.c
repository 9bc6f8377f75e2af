/* LZ77 (hash-chained matcher, byte-oriented format) and RLE round trips over
 * several generated inputs; prints sizes and checksums, fails loudly on a
 * round-trip mismatch. Exercises memory-heavy loops, branches, memcpy. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WINDOW 4096
#define MIN_MATCH 3
#define MAX_MATCH 130
#define HASH_BITS 12

/* Format: literal run = [0..127 = n-1][n bytes]; match = [128 + len-3][off
 * hi][off lo]. */
static size_t lz_compress(const uint8_t *in, size_t n, uint8_t *out)
{
    static int32_t head[1 << HASH_BITS], prev[WINDOW];
    size_t o = 0, lit_start = 0, i = 0;

    memset(head, -1, sizeof(head));
    while (i < n) {
        int best = 0, best_off = 0;
        if (i + MIN_MATCH <= n) {
            unsigned h = ((in[i] << 8) ^ (in[i + 1] << 4) ^ in[i + 2]) &
                         ((1 << HASH_BITS) - 1);
            int32_t cand = head[h];
            for (int chain = 0; cand >= 0 && i - cand < WINDOW && chain < 32;
                 chain++) {
                int len = 0;
                while (len < MAX_MATCH && i + len < n &&
                       in[cand + len] == in[i + len]) {
                    len++;
                }
                if (len > best) {
                    best = len, best_off = (int)(i - cand);
                }
                cand = prev[cand % WINDOW];
            }
            prev[i % WINDOW] = head[h];
            head[h] = (int32_t)i;
        }
        if (best >= MIN_MATCH) {
            while (lit_start < i) {
                size_t run = i - lit_start > 128 ? 128 : i - lit_start;
                out[o++] = (uint8_t)(run - 1);
                memcpy(out + o, in + lit_start, run);
                o += run, lit_start += run;
            }
            out[o++] = (uint8_t)(128 + best - MIN_MATCH);
            out[o++] = (uint8_t)(best_off >> 8);
            out[o++] = (uint8_t)best_off;
            for (int k = 1; k < best; k++) { /* keep the hash chains complete */
                size_t j = i + k;
                if (j + MIN_MATCH <= n) {
                    unsigned h = ((in[j] << 8) ^ (in[j + 1] << 4) ^ in[j + 2]) &
                                 ((1 << HASH_BITS) - 1);
                    prev[j % WINDOW] = head[h];
                    head[h] = (int32_t)j;
                }
            }
            i += best;
            lit_start = i;
        } else {
            i++;
        }
    }
    while (lit_start < n) {
        size_t run = n - lit_start > 128 ? 128 : n - lit_start;
        out[o++] = (uint8_t)(run - 1);
        memcpy(out + o, in + lit_start, run);
        o += run, lit_start += run;
    }
    return o;
}

static size_t lz_decompress(const uint8_t *in, size_t n, uint8_t *out)
{
    size_t i = 0, o = 0;
    while (i < n) {
        uint8_t c = in[i++];
        if (c < 128) {
            memcpy(out + o, in + i, c + 1u);
            i += c + 1u, o += c + 1u;
        } else {
            size_t len = c - 128 + MIN_MATCH,
                   off = (size_t)in[i] << 8 | in[i + 1];
            i += 2;
            for (size_t k = 0; k < len;
                 k++, o++) { /* overlapping copies are legal */
                out[o] = out[o - off];
            }
        }
    }
    return o;
}

static size_t rle_compress(const uint8_t *in, size_t n, uint8_t *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t run = 1;
        while (i + run < n && run < 255 && in[i + run] == in[i]) {
            run++;
        }
        out[o++] = (uint8_t)run;
        out[o++] = in[i];
        i += run;
    }
    return o;
}

static size_t rle_decompress(const uint8_t *in, size_t n, uint8_t *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i += 2) {
        memset(out + o, in[i + 1], in[i]);
        o += in[i];
    }
    return o;
}

static uint32_t fnv(const uint8_t *p, size_t n)
{
    uint32_t h = 2166136261u;
    while (n--) {
        h = (h ^ *p++) * 16777619u;
    }
    return h;
}

static void make_input(int kind, uint8_t *buf, size_t n)
{
    static const char *const words[] = {
        "the ",  "quick ", "brown ",    "fox ",         "jumps ", "over ",
        "lazy ", "dog ",   "emulator ", "translation ", "block "};
    uint32_t x = 2463534242u + kind;
    size_t i = 0;
    while (i < n) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        if (kind == 0) { /* text */
            const char *w = words[x % 11];
            while (*w && i < n) {
                buf[i++] = (uint8_t)*w++;
            }
        } else if (kind == 1) { /* runs */
            size_t run = x % 40 + 1;
            uint8_t v = (uint8_t)(x >> 8) & 0x7;
            while (run-- && i < n) {
                buf[i++] = v;
            }
        } else { /* noise */
            buf[i++] = (uint8_t)x;
        }
    }
}

int main(void)
{
    static uint8_t in[200000], packed[400000], back[200000];
    static const char *const kinds[] = {"text", "runs", "noise"};

    for (int k = 0; k < 3; k++) {
        size_t n = sizeof(in) - k * 1000, c, d;
        make_input(k, in, n);
        c = lz_compress(in, n, packed);
        d = lz_decompress(packed, c, back);
        printf("lz77 %-5s %6zu -> %6zu bytes, packed %08x, %s\n", kinds[k], n,
               c, fnv(packed, c),
               d == n && !memcmp(in, back, n) ? "round trip ok"
                                              : "ROUND TRIP FAILED");
        c = rle_compress(in, n, packed);
        d = rle_decompress(packed, c, back);
        printf("rle  %-5s %6zu -> %6zu bytes, packed %08x, %s\n", kinds[k], n,
               c, fnv(packed, c),
               d == n && !memcmp(in, back, n) ? "round trip ok"
                                              : "ROUND TRIP FAILED");
    }
    return 0;
}
