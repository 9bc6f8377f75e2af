/*
 * aarch64 integer and system helpers: division with the architecture's
 * no-trap results, CRC32/CRC32C, the virtual counter and instruction-cache
 * synchronisation.
 */
#include <pthread.h>
#include <time.h>

#include "frontends/aarch64/helpers.h"
#include "translator/guest-mem.h"
#include "translator/tb.h"

/* ---- division ---------------------------------------------------------- */

/* Most 64-bit divisions have operands that fit in 32 bits, and the host's
 * 32-bit divide is several times faster. */
uint64_t a64_helper_udiv64(uint64_t a, uint64_t b)
{
    if (!b) {
        return 0;
    }
    if (!((a | b) >> 32)) {
        return (uint32_t)a / (uint32_t)b;
    }
    return a / b;
}

uint64_t a64_helper_sdiv64(uint64_t a, uint64_t b)
{
    int64_t x = (int64_t)a, y = (int64_t)b;

    if (y == 0) {
        return 0;
    }
    if (y == -1) {
        return -a; /* INT64_MIN / -1 wraps to INT64_MIN */
    }
    if (x == (int32_t)x && y == (int32_t)y) {
        return (uint64_t)(int64_t)((int32_t)x / (int32_t)y);
    }
    return (uint64_t)(x / y);
}

uint64_t a64_helper_udiv32(uint64_t a, uint64_t b)
{
    uint32_t x = (uint32_t)a, y = (uint32_t)b;

    return y ? x / y : 0;
}

uint64_t a64_helper_sdiv32(uint64_t a, uint64_t b)
{
    int32_t x = (int32_t)a, y = (int32_t)b;

    if (y == 0) {
        return 0;
    }
    if (y == -1) {
        return (uint32_t)-(uint32_t)x;
    }
    return (uint32_t)(x / y);
}

/* ---- CRC32 --------------------------------------------------------------
 *
 * Both CRCs are bit-reflected: CRC32 uses polynomial 0x04c11db7 (reflected
 * 0xedb88320), CRC32C 0x1edc6f41 (reflected 0x82f63b78). Table-driven, a
 * byte at a time; the tables are built on first use.
 */

static uint32_t crc_table[2][256];
static pthread_once_t crc_once = PTHREAD_ONCE_INIT;

static void crc_init(void)
{
    static const uint32_t poly[2] = {0xedb88320u, 0x82f63b78u};

    for (int which = 0; which < 2; which++) {
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++) {
                c = (c >> 1) ^ (poly[which] & -(c & 1));
            }
            crc_table[which][i] = c;
        }
    }
}

static uint64_t crc_update(int which, uint64_t acc, uint64_t val,
                           uint64_t bytes)
{
    const uint32_t *t = crc_table[which];
    uint32_t crc = (uint32_t)acc;

    pthread_once(&crc_once, crc_init);

    for (uint64_t i = 0; i < bytes; i++) {
        crc = t[(crc ^ (uint32_t)(val >> (8 * i))) & 0xff] ^ (crc >> 8);
    }
    return crc;
}

uint64_t a64_helper_crc32(uint64_t acc, uint64_t val, uint64_t bytes)
{
    return crc_update(0, acc, val, bytes);
}

uint64_t a64_helper_crc32c(uint64_t acc, uint64_t val, uint64_t bytes)
{
    return crc_update(1, acc, val, bytes);
}

/* ---- system ------------------------------------------------------------ */

uint64_t a64_helper_cntvct(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t a64_helper_icache_sync(void)
{
    guest_icache_sync();
    return 0;
}

uint64_t a64_helper_ic_ivau(uint64_t addr)
{
    uint64_t line = addr & ~(uint64_t)(A64_ICACHE_LINE - 1);

    tb_invalidate_range(line, line + A64_ICACHE_LINE);
    guest_icache_sync();
    return 0;
}
