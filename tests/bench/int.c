/* Integer benchmark: prime sieve, CRC-32 (bitwise), xorshift hashing and
 * integer division/modulo — ALU, shifts, multiplies, byte stores. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint8_t sieve[20000000];

int main(int argc, char **argv)
{
    int scale = argc > 1 ? atoi(argv[1]) : 1;
    uint64_t sum = 0;

    for (int rep = 0; rep < scale; rep++) {
        unsigned n = sizeof(sieve) - 1, count = 0;
        for (unsigned i = 2; i <= n; i++) {
            sieve[i] = 1;
        }
        for (unsigned i = 2; (uint64_t)i * i <= n; i++) {
            if (sieve[i]) {
                for (unsigned j = i * i; j <= n; j += i) {
                    sieve[j] = 0;
                }
            }
        }
        for (unsigned i = 2; i <= n; i++) {
            count += sieve[i];
        }
        sum += count;

        uint32_t crc = 0xffffffff;
        for (unsigned i = 0; i < 16000000; i++) {
            crc ^= (uint8_t)(i * 2654435761u >> 24);
            for (int k = 0; k < 8; k++) {
                crc = (crc >> 1) ^ (0xedb88320 & -(crc & 1));
            }
        }
        sum += ~crc;

        uint64_t x = 88172645463325252ULL, h = 0;
        for (unsigned i = 0; i < 60000000; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            h = (h ^ x) * 0x100000001b3ULL;
            h += (x % 1000003) / ((i & 15) + 1);
        }
        sum ^= h;
    }
    printf("int checksum %016llx\n", (unsigned long long)sum);
    return 0;
}
