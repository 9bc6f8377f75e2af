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
 * it trap so the TBs can be invalidated (self-modifying code). Called with
 * tb_lock held. */
void page_protect_code(uint64_t page);

/* Guest addresses are below this (user mode: 1 << va_bits; 0 = unchecked).
 * Generated code and helpers raise SIGSEGV for an address at or above it
 * instead of touching host memory there. */
extern uint64_t guest_va_limit;

/* User mode reserves PROT_NONE guard space around the guest range (below
 * guest address 0 the kernel's unmapped top of the address space serves
 * when guest_base is 0). So generated code may check only an access's base
 * register, against guest_va_limit + GUEST_GUARD_LO: for a base below that
 * and a folded offset in [-GUEST_GUARD_LO, 2^31), base + offset + size is
 * inside the guest range or faults in the guard, whose host fault the
 * SIGSEGV handler turns into a guest SIGSEGV at that guest address. */
#define GUEST_GUARD_LO (2ull << 20)
#define GUEST_GUARD_HI (4ull << 30) /* > GUEST_GUARD_LO + 2^31 + 8 */

/* fence.i: make code the guest wrote through another mapping of the same
 * memory (or another process wrote) visible to execution. Writes through
 * the mapping that is executed are caught by page protection already. */
void guest_icache_sync(void);

#endif
