/* The program scripts/demo.sh runs: a greeting, its arguments, primes, a
 * hash and some floating point — a small tour of what a guest does. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#if defined(__aarch64__)
#define GUEST "aarch64"
#else
#define GUEST "riscv64"
#endif

int main(int argc, char **argv)
{
    printf("Hello from the " GUEST " guest!\n");
    for (int i = 0; i < argc; i++) {
        printf("  argv[%d] = \"%s\"\n", i, i == 0 ? "whole-demo" : argv[i]);
    }

    static char composite[100001];
    int count = 0, last = 0;
    for (int i = 2; i <= 100000; i++) {
        if (!composite[i]) {
            count++, last = i;
            for (int j = 2 * i; j <= 100000; j += i) {
                composite[j] = 1;
            }
        }
    }
    printf("primes below 100000: %d, the largest %d\n", count, last);

    const char *msg = "mimic translates " GUEST " to x86-64";
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < strlen(msg); i++) {
        h = (h ^ (uint8_t)msg[i]) * 0x100000001b3ULL;
    }
    printf("FNV-1a(\"%s\") = %016llx\n", msg, (unsigned long long)h);

    double s = 0;
    for (int k = 0; k < 1000000; k++) {
        s += (k % 2 ? -4.0 : 4.0) / (2 * k + 1);
    }
    printf("pi ~ %.10f (Leibniz, 1e6 terms); sqrt(2) = %.15f\n", s, sqrt(2.0));
    return 0;
}
