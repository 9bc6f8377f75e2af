/*
 * The mode-specific memory hooks the core calls (user mode implements them
 * in linux-user/mmap.c; system mode will in system/).
 */
#ifndef MIMIC_GUEST_MEM_H
#define MIMIC_GUEST_MEM_H

#include <stdbool.h>
#include <stdint.h>

#define GUEST_PAGE_BITS 12
#define GUEST_PAGE_SIZE (1ull << GUEST_PAGE_BITS)
#define GUEST_PAGE_MASK (~(GUEST_PAGE_SIZE - 1))

/* A TB was just created from guest page `page`: make later guest writes to
 * it trap so the TBs can be invalidated (self-modifying code). */
void page_protect_code(uint64_t page);

#endif
