/*
 * The guest address space in user mode.
 *
 * The whole guest virtual range [0, guest_va_limit) is reserved up front as
 * one PROT_NONE | MAP_NORESERVE host mapping at guest_base (0 when the host
 * range is free, so guest address == host address), with PROT_NONE guard
 * space around it (GUEST_GUARD_LO below, GUEST_GUARD_HI above; below guest
 * address 0 the kernel's top-of-address-space hole serves when guest_base
 * is 0). Every guest mapping is made with MAP_FIXED inside the reservation
 * and unmapping puts PROT_NONE back, so a guest mmap can never land on the
 * emulator's own memory. The guards let generated code check only the base
 * register of an access against guest_va_limit (see x86-lower-mem.c): base
 * + offset then still faults inside reserved memory.
 *
 * Each guest page has a flag byte (page_flags_get): what the guest asked
 * for (VALID, READ, WRITE, EXEC), SHARED for MAP_SHARED and SysV shm pages,
 * WRITE_ORG while the host page is read-only because translated code came
 * from it (self-modifying code detection; see page_protect_code and the
 * SIGSEGV handler in signal.c), and CODE once any TB was made from it.
 *
 * Locking: mmap_lock() serializes the guest mmap family. Flag bytes are
 * written only with tb_lock held as well (translation holds it from reading
 * code to protecting the page), so a translation never sees half a mapping
 * change; they are read lock-free. TBs from replaced contents are
 * invalidated before the call that replaced them returns.
 *
 * Syscall handlers never dereference a guest pointer before checking it with
 * guest_access_ok() / lock_user(): a bad pointer is -EFAULT, never a host
 * fault. Checking for write also lifts code protection on the range (after
 * invalidating its TBs), so the kernel can write there directly.
 */
#ifndef MIMIC_LINUX_USER_MMAP_H
#define MIMIC_LINUX_USER_MMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "translator/backend.h"
#include "translator/guest-mem.h"

enum {
    PAGE_VALID = 1 << 0,
    PAGE_READ = 1 << 1,
    PAGE_WRITE = 1 << 2,
    PAGE_EXEC = 1 << 3,
    PAGE_WRITE_ORG = 1 << 4, /* guest-writable, host read-only for SMC */
    PAGE_SHARED = 1 << 5, /* MAP_SHARED or shm: may change through an alias */
    PAGE_CODE = 1 << 6,   /* TBs may exist for this page */
};

/* guest_va_limit (1 << va_bits, capped to what the host can) is declared in
 * translator/guest-mem.h: generated code checks guest addresses against it. */

/* The guard sizes GUEST_GUARD_LO/HI are in translator/guest-mem.h. */

/* Reserve the guest address space; returns 0 or -errno. */
int mmap_init(unsigned va_bits, uint64_t stack_size);

static inline void *g2h(uint64_t addr)
{
    return (void *)(uintptr_t)(addr + guest_base);
}

static inline uint64_t h2g(const void *p)
{
    return (uint64_t)(uintptr_t)p - guest_base;
}

static inline bool guest_range_valid(uint64_t addr, uint64_t len)
{
    return addr <= guest_va_limit && len <= guest_va_limit - addr;
}

/* Is host address p inside the guest reservation? */
bool h2g_valid(uintptr_t p);

unsigned page_flags_get(uint64_t addr);
/* Flags of the guest page for a PROT_* value. */
unsigned prot_to_page_flags(int prot);

/* Check [addr, addr+len) is mapped readable (or writable). For write, code
 * protection on the range is lifted first. */
bool guest_access_ok(uint64_t addr, uint64_t len, bool write);

/* Host pointer for a guest range after guest_access_ok, or NULL. */
static inline void *lock_user(uint64_t addr, uint64_t len, bool write)
{
    return guest_access_ok(addr, len, write) ? g2h(addr) : NULL;
}

/* 0 or -EFAULT. */
int copy_from_user(void *dst, uint64_t src, size_t len);
int copy_to_user(uint64_t dst, const void *src, size_t len);
/* Length of the NUL-terminated guest string at addr (readable through its
 * NUL), or -EFAULT. */
ssize_t guest_strlen(uint64_t addr);
/* The guest string as a host pointer, or NULL if unreadable. */
const char *lock_user_string(uint64_t addr);

/* Guest memory management: return guest address / 0 or -errno. */
int64_t target_mmap(uint64_t addr, uint64_t len, int prot, int flags, int fd,
                    uint64_t off);
int target_munmap(uint64_t addr, uint64_t len);
int target_mprotect(uint64_t addr, uint64_t len, int prot);
int64_t target_mremap(uint64_t old_addr, uint64_t old_len, uint64_t new_len,
                      int flags, uint64_t new_addr);
/* Find a free range of len bytes, top-down below the mmap base; 0 if none.
 * Call with mmap_lock held (or before any guest thread exists). */
uint64_t mmap_find_free(uint64_t len);
/* Is the whole range free (no VALID page)? */
bool page_range_free(uint64_t addr, uint64_t len);
/* Is every page of the (page-aligned) range mapped? */
bool page_range_mapped(uint64_t addr, uint64_t len);

/* Serializes the guest mmap family (not needed for reading page flags). */
void mmap_lock(void);
void mmap_unlock(void);

/* Put a new host mapping over the guest range [addr, addr+len) (page
 * aligned, inside the guest space) and give its pages `flags`: map(host,
 * len, opaque) must map exactly there (MAP_FIXED-like) and return 0 or
 * -errno. On failure the range is unmapped if map may have removed what
 * was there. TBs of the old contents are invalidated. mmap_lock held. */
int mmap_replace_locked(uint64_t addr, uint64_t len, unsigned flags,
                        int (*map)(void *host, uint64_t len, void *opaque),
                        void *opaque);
/* munmap with mmap_lock held. */
int target_munmap_locked(uint64_t addr, uint64_t len);
/* Give the unmapped pages of [addr, addr+len) back to the reservation
 * (after the host removed some pages itself, e.g. shmdt). mmap_lock held. */
void mmap_reclaim_holes_locked(uint64_t addr, uint64_t len);

/* mlockall(MCL_FUTURE): lock every later guest mapping (on fault if
 * onfault). */
void mmap_set_lock_future(bool on, bool onfault);
/* Call fn(host, len, opaque) on each mapped run of [addr, addr+len) (page
 * aligned); returns the first error, else -ENOMEM if part of the range is
 * unmapped, else 0. mmap_lock held. */
int mmap_for_each_run(uint64_t addr, uint64_t len,
                      int (*fn)(void *host, uint64_t len, void *opaque),
                      void *opaque);
/* Invalidate the TBs of code pages in [addr, addr+len) whose contents the
 * host is about to drop (madvise DONTNEED and friends): call fn like
 * mmap_for_each_run under the same guarantees as a mapping change. */
int mmap_discard_runs(uint64_t addr, uint64_t len,
                      int (*fn)(void *host, uint64_t len, void *opaque),
                      void *opaque);

/* The brk area: set by the loader, moved by sys_brk. */
void target_set_brk(uint64_t brk);
uint64_t target_brk(uint64_t new_brk);

/* Lift code protection on one page after invalidating its TBs (the SIGSEGV
 * handler's SMC path). */
void page_unprotect(uint64_t page);

/* riscv_flush_icache and fence.i: invalidate the TBs of [start, end)
 * (clamped; only pages with translated code are visited) and of every
 * shared page holding code (guest_icache_sync in guest-mem.h). */
void target_flush_icache(uint64_t start, uint64_t end);

/* Around fork(): keep the mmap state consistent in the child. */
void mmap_fork_prepare(void);
void mmap_fork_done(bool child);

#endif
