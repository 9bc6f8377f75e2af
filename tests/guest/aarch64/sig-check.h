/*
 * Shared by the aarch64 sig-* guest tests: check() prints a value beside
 * the one expected, finish() the verdict; and the signal frame's
 * uc_mcontext.__reserved records (Linux arch/arm64 uapi sigcontext.h).
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

#define CHECK_WIDTH 32
#include "../common/value-check.h"

#define SIG_FPSIMD_MAGIC 0x46508001u
#define SIG_ESR_MAGIC 0x45535201u

struct sig_ctx_head {
    uint32_t magic, size;
};

struct sig_fpsimd {
    struct sig_ctx_head head;
    uint32_t fpsr, fpcr;
    __uint128_t vregs[32];
};

/* The record with `magic` in a frame's __reserved area, or NULL. */
__attribute__((unused)) static void *sig_record(ucontext_t *uc, uint32_t magic)
{
    uint8_t *p = (uint8_t *)uc->uc_mcontext.__reserved;
    size_t off = 0, room = sizeof(uc->uc_mcontext.__reserved);

    while (off + sizeof(struct sig_ctx_head) <= room) {
        struct sig_ctx_head *h = (struct sig_ctx_head *)(p + off);
        if (h->magic == magic) {
            return h;
        }
        if (h->magic == 0 || h->size < sizeof(*h)) {
            return NULL;
        }
        off += h->size;
    }
    return NULL;
}
