/* Branchy benchmark: insertion/merge sort on random data, a tokenizer-like
 * state machine over random input, and binary searches — unpredictable
 * conditional branches and short basic blocks. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N 1000000
static int data[N], tmp[N];

static void merge_sort(int *a, int n)
{
    if (n <= 16) {
        for (int i = 1; i < n; i++) {
            int v = a[i], j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
        return;
    }
    int h = n / 2, i = 0, j = h, k = 0;
    merge_sort(a, h);
    merge_sort(a + h, n - h);
    while (i < h && j < n) {
        tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    }
    while (i < h) {
        tmp[k++] = a[i++];
    }
    while (j < n) {
        tmp[k++] = a[j++];
    }
    for (i = 0; i < n; i++) {
        a[i] = tmp[i];
    }
}

int main(int argc, char **argv)
{
    int scale = argc > 1 ? atoi(argv[1]) : 1;
    uint64_t sum = 0;
    uint32_t x = 2463534242u;

    for (int rep = 0; rep < scale; rep++) {
        for (int i = 0; i < N; i++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            data[i] = (int)(x % 1000000);
        }
        merge_sort(data, N);
        for (int i = 0; i < N; i += 1000) {
            sum += (uint64_t)data[i] * (i + 1);
        }

        /* state machine: 0 space, 1 word, 2 number, 3 string, 4 comment */
        int state = 0;
        uint64_t words = 0, numbers = 0, strings = 0, comments = 0;
        for (int i = 0; i < 8 * N; i++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            unsigned c = x & 63;
            switch (state) {
            case 0:
                state = c < 26    ? (words++, 1)
                        : c < 36  ? (numbers++, 2)
                        : c == 40 ? (strings++, 3)
                        : c == 41 ? (comments++, 4)
                                  : 0;
                break;
            case 1:
                state = c < 36 ? 1 : 0;
                break;
            case 2:
                state = c >= 26 && c < 36 ? 2 : c < 26 ? 1 : 0;
                break;
            case 3:
                state = c == 40 ? 0 : 3;
                break;
            default:
                state = c == 63 ? 0 : 4;
                break;
            }
        }
        sum += words * 7 + numbers * 11 + strings * 13 + comments * 17;

        for (int i = 0; i < N; i++) {
            int key = (int)((uint32_t)i * 2654435761u % 1000000), lo = 0,
                hi = N;
            while (lo < hi) {
                int mid = (lo + hi) / 2;
                if (data[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            sum += lo;
        }
    }
    printf("branch checksum %016llx\n", (unsigned long long)sum);
    return 0;
}
