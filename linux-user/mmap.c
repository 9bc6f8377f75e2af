/*
 * The guest address space: reservation, page flags, guest mmap family, brk,
 * guest pointer checks, and the hooks the core calls (translator_fetch,
 * page_protect_code, guest_icache_sync). See mmap.h for the invariants.
 *
 * Every change of host mappings and page flags is a "change" (change_begin
 * .. change_end): tb_lock is held across the host call and the flag update,
 * so a translation, which holds tb_lock from reading guest code to
 * protecting its page, sees either the old mapping or the new one; the TBs
 * made from the old contents are invalidated in change_end, after the new
 * contents are in place, so no stale TB survives the call. Lock order:
 * mmap_mutex, then tb_lock.
 */
#define _GNU_SOURCE
#include "linux-user/mmap.h"

#include <errno.h>
#include <glib.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "translator/guest.h"
#include "translator/log.h"
#include "translator/tb.h"
#include "translator/tuning.h"

/* Keep the last 64 TiB of a 47-bit host for the emulator itself. */
#define HOST_VA_CAP (1ull << 46)
#define MMAP_MIN_ADDR 0x10000ull
#define RESERVE_FLAGS (MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE)
/* Anonymous private mappings at least this large get MADV_HUGEPAGE (-opt
 * thp); smaller ones, thread stacks (8 MiB) included, do not. */
#define THP_MIN_LEN (16ull << 20)
#define TARGET_PROT_SEM 0x8 /* accepted and ignored, as by Linux */
/* Larger flush_icache ranges only drop the shared pages' code. */
#define FLUSH_SCAN_MAX (1ull << 30)

uint64_t guest_va_limit;
static uint8_t *page_flags; /* one byte per guest page */
static uint64_t mmap_top;   /* top-down search starts below this */
static uint64_t mmap_next;  /* lowest address handed out so far */
static uint64_t brk_start, brk_cur;
static pthread_mutex_t mmap_mutex = PTHREAD_MUTEX_INITIALIZER;
/* mlockall(MCL_FUTURE): 0 off, else mlock2 flags + 1. */
static int lock_future;
/* Shared pages that translated code came from (guest_icache_sync drops
 * their TBs): page address -> itself. Guarded by tb_lock. */
static GHashTable *alias_code;
static unsigned alias_code_count; /* read without the lock by fence.i */

static inline uint64_t page_align_up(uint64_t x)
{
    return (x + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
}

static inline uint8_t *flag_ptr(uint64_t addr)
{
    return &page_flags[addr >> GUEST_PAGE_BITS];
}

unsigned page_flags_get(uint64_t addr)
{
    if (addr >= guest_va_limit) {
        return 0;
    }
    return __atomic_load_n(flag_ptr(addr), __ATOMIC_RELAXED);
}

static inline void page_flags_put(uint64_t addr, unsigned f)
{
    __atomic_store_n(flag_ptr(addr), (uint8_t)f, __ATOMIC_RELAXED);
}

/* Only bytes that change are written: the table is NORESERVE memory, and
 * unmapping a huge range should not populate it with zeros. */
static void page_flags_set_range(uint64_t start, uint64_t len, unsigned f)
{
    for (uint64_t a = start; a < start + len; a += GUEST_PAGE_SIZE) {
        if (page_flags_get(a) != f) {
            page_flags_put(a, f);
        }
    }
}

unsigned prot_to_page_flags(int prot)
{
    return PAGE_VALID | (prot & PROT_READ ? PAGE_READ : 0) |
           (prot & PROT_WRITE ? PAGE_WRITE : 0) |
           (prot & PROT_EXEC ? PAGE_EXEC : 0);
}

/* The host protection for a guest one: code is read by the translator, so
 * executable means readable; nothing is ever executable on the host. */
static int host_prot(int prot)
{
    return (prot & (PROT_READ | PROT_WRITE)) |
           (prot & PROT_EXEC ? PROT_READ : 0);
}

/* The host protection a page with flags f has (code protection included). */
static int flags_host_prot(unsigned f)
{
    int p = f & (PAGE_READ | PAGE_EXEC) ? PROT_READ : 0;
    if ((f & PAGE_WRITE) && !(f & PAGE_WRITE_ORG)) {
        p |= PROT_READ | PROT_WRITE;
    }
    return f & PAGE_VALID ? p : PROT_NONE;
}

bool h2g_valid(uintptr_t p)
{
    return p - guest_base < guest_va_limit;
}

void mmap_lock(void)
{
    pthread_mutex_lock(&mmap_mutex);
}

void mmap_unlock(void)
{
    pthread_mutex_unlock(&mmap_mutex);
}

int mmap_init(unsigned va_bits, uint64_t stack_size)
{
    uint64_t limit = va_bits >= 64 ? HOST_VA_CAP : 1ull << va_bits;
    if (limit > HOST_VA_CAP) {
        limit = HOST_VA_CAP;
    }
    uint64_t top = limit + GUEST_GUARD_HI;

    /* Preferred: guest address == host address. Host page 0 cannot be
     * mapped, so the reservation starts at the usual mmap_min_addr and guest
     * pages below it simply stay invalid; below address 0 is the kernel's
     * unmapped top of the address space, the low guard. */
    void *p = mmap((void *)MMAP_MIN_ADDR, top - MMAP_MIN_ADDR, PROT_NONE,
                   RESERVE_FLAGS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == (void *)MMAP_MIN_ADDR) {
        guest_base = 0;
    } else {
        if (p != MAP_FAILED) {
            munmap(p, top - MMAP_MIN_ADDR); /* old kernel: hint only */
        }
        p = mmap(NULL, GUEST_GUARD_LO + top, PROT_NONE, RESERVE_FLAGS, -1, 0);
        if (p == MAP_FAILED) {
            return -errno;
        }
        guest_base = (uintptr_t)p + GUEST_GUARD_LO;
    }
    guest_va_limit = limit;

    page_flags = mmap(NULL, limit >> GUEST_PAGE_BITS, PROT_READ | PROT_WRITE,
                      RESERVE_FLAGS, -1, 0);
    if (page_flags == MAP_FAILED) {
        return -errno;
    }
    uint64_t gap = stack_size + (16ull << 20);
    if (gap < (128ull << 20)) {
        gap = 128ull << 20;
    }
    if (gap > limit / 4) {
        gap = limit / 4;
    }
    mmap_top = (limit - gap) & GUEST_PAGE_MASK;
    mmap_next = mmap_top;
    return 0;
}

static bool range_all(uint64_t addr, uint64_t len, unsigned bit)
{
    for (uint64_t a = addr; a < addr + len; a += GUEST_PAGE_SIZE) {
        if (!(page_flags_get(a) & bit)) {
            return false;
        }
    }
    return true;
}

bool page_range_free(uint64_t addr, uint64_t len)
{
    if (!guest_range_valid(addr, len) || addr < MMAP_MIN_ADDR) {
        return false;
    }
    for (uint64_t a = addr; a < addr + len; a += GUEST_PAGE_SIZE) {
        if (page_flags_get(a) & PAGE_VALID) {
            return false;
        }
    }
    return true;
}

bool page_range_mapped(uint64_t addr, uint64_t len)
{
    return guest_range_valid(addr, len) && range_all(addr, len, PAGE_VALID);
}

/* Top-down search for len bytes ending at or below `top`. */
static uint64_t find_free_below(uint64_t top, uint64_t len)
{
    uint64_t end = top;
    while (end >= MMAP_MIN_ADDR + len) {
        uint64_t start = end - len, a;
        for (a = end; a > start; a -= GUEST_PAGE_SIZE) {
            if (page_flags_get(a - GUEST_PAGE_SIZE) & PAGE_VALID) {
                break;
            }
        }
        if (a == start) {
            return start;
        }
        end = a - GUEST_PAGE_SIZE; /* below the used page */
    }
    return 0;
}

uint64_t mmap_find_free(uint64_t len)
{
    if (len == 0 || len > mmap_top) {
        return 0;
    }
    uint64_t a = find_free_below(mmap_next, len);
    if (!a) {
        a = find_free_below(mmap_top, len);
    }
    if (a && a < mmap_next) {
        mmap_next = a;
    }
    return a;
}

/* ---- changes ------------------------------------------------------------ */

/* The code pages a change makes stale: up to two spans (mremap's source and
 * destination). */
typedef struct MapChange {
    uint64_t lo[2], hi[2];
    int n;
} MapChange;

static void change_note(MapChange *c, uint64_t addr, uint64_t len)
{
    uint64_t lo = 0, hi = 0;
    for (uint64_t a = addr; a < addr + len; a += GUEST_PAGE_SIZE) {
        if (page_flags_get(a) & PAGE_CODE) {
            lo = hi ? lo : a;
            hi = a + GUEST_PAGE_SIZE;
        }
    }
    if (hi && c->n < 2) {
        c->lo[c->n] = lo;
        c->hi[c->n++] = hi;
    }
}

static void change_begin(MapChange *c, uint64_t addr, uint64_t len)
{
    c->n = 0;
    pthread_mutex_lock(&tb_lock);
    change_note(c, addr, len);
}

static void change_end(MapChange *c)
{
    pthread_mutex_unlock(&tb_lock);
    for (int i = 0; i < c->n; i++) {
        tb_invalidate_range(c->lo[i], c->hi[i]);
    }
}

/* Put the reservation back over a guest range. */
static int reserve_range(uint64_t addr, uint64_t len)
{
    void *p = mmap(g2h(addr), len, PROT_NONE, RESERVE_FLAGS | MAP_FIXED, -1, 0);
    return p == MAP_FAILED ? -errno : 0;
}

/* Re-reserve the pages of the range the host no longer maps (a failed
 * MAP_FIXED may have unmapped the old pages; shmdt removed a segment).
 * msync(MS_ASYNC) is a no-op that fails with ENOMEM over a hole, and
 * MAP_FIXED_NOREPLACE succeeds only on a whole hole, so holes are found by
 * bisection in a few calls per boundary. Inside a change. */
static void reclaim_holes(uint64_t addr, uint64_t len)
{
    if (len == 0 || msync(g2h(addr), len, MS_ASYNC) == 0) {
        return;
    }
    void *p = mmap(g2h(addr), len, PROT_NONE,
                   RESERVE_FLAGS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == g2h(addr)) {
        page_flags_set_range(addr, len, 0);
        return;
    }
    if (p != MAP_FAILED) {
        munmap(p, len); /* a kernel without NOREPLACE took it as a hint */
    }
    if (len == GUEST_PAGE_SIZE) {
        return;
    }
    uint64_t half = (len >> (GUEST_PAGE_BITS + 1)) << GUEST_PAGE_BITS;
    reclaim_holes(addr, half);
    reclaim_holes(addr + half, len - half);
}

void mmap_reclaim_holes_locked(uint64_t addr, uint64_t len)
{
    MapChange c;
    change_begin(&c, addr, len);
    reclaim_holes(addr, len);
    change_end(&c);
}

/* Restore each page's host protection from its flags (after a failed host
 * mprotect, which may have changed part of the range). Inside a change. */
static void restore_host_prot(uint64_t addr, uint64_t len)
{
    uint64_t end = addr + len;
    while (addr < end) {
        unsigned f = page_flags_get(addr);
        uint64_t b = addr + GUEST_PAGE_SIZE;
        while (b < end && page_flags_get(b) == f) {
            b += GUEST_PAGE_SIZE;
        }
        mprotect(g2h(addr), b - addr, flags_host_prot(f));
        addr = b;
    }
}

/* Give code-protected pages back their guest write permission so the range
 * is one host mapping again (host mremap refuses to span several). Inside
 * a change that noted the range: its TBs are dropped anyway. */
static void unprotect_range(uint64_t addr, uint64_t len)
{
    for (uint64_t a = addr; a < addr + len; a += GUEST_PAGE_SIZE) {
        unsigned f = page_flags_get(a);
        if (f & PAGE_WRITE_ORG) {
            f &= ~PAGE_WRITE_ORG;
            mprotect(g2h(a), GUEST_PAGE_SIZE, flags_host_prot(f));
            page_flags_put(a, f);
        }
    }
}

static void lock_new_mapping(uint64_t addr, uint64_t len)
{
    if (lock_future) {
        syscall(SYS_mlock2, g2h(addr), len, lock_future - 1);
    }
}

int mmap_replace_locked(uint64_t addr, uint64_t len, unsigned flags,
                        int (*map)(void *host, uint64_t len, void *opaque),
                        void *opaque)
{
    MapChange c;
    change_begin(&c, addr, len);
    int r = map(g2h(addr), len, opaque);
    if (r < 0) {
        reclaim_holes(addr, len);
    } else {
        page_flags_set_range(addr, len, flags);
        lock_new_mapping(addr, len);
    }
    change_end(&c);
    return r;
}

void mmap_set_lock_future(bool on, bool onfault)
{
    mmap_lock();
    lock_future = on ? 1 + (onfault ? MLOCK_ONFAULT : 0) : 0;
    mmap_unlock();
}

/* ---- mmap, munmap, mprotect --------------------------------------------- */

typedef struct HostMap {
    int prot, flags, fd;
    uint64_t off;
} HostMap;

static int host_map(void *host, uint64_t len, void *opaque)
{
    const HostMap *m = opaque;
    void *p = mmap(host, len, m->prot, m->flags, m->fd, (off_t)m->off);
    return p == MAP_FAILED ? -errno : 0;
}

/* Guest MAP_* bits (asm-generic values equal x86-64's) as host flags. The
 * placement is ours, so MAP_FIXED always and never MAP_FIXED_NOREPLACE;
 * MAP_GROWSDOWN is dropped (the reservation below a mapping is never
 * grown into, so it would change nothing), and so is 0x40, x86's MAP_32BIT,
 * which the guest ABI does not have. */
static int host_map_flags(int flags)
{
    return (flags & ~(MAP_FIXED_NOREPLACE | MAP_GROWSDOWN | MAP_32BIT)) |
           MAP_FIXED;
}

static bool map_is_shared(int flags)
{
    int type = flags & 0x0f; /* MAP_TYPE */
    return type == MAP_SHARED || type == MAP_SHARED_VALIDATE;
}

/* Where a non-fixed mapping goes: the hint when free (rounded up, as Linux
 * does), else top-down. 0 when there is no room. */
static uint64_t mmap_place(uint64_t hint, uint64_t len)
{
    if (hint && hint < guest_va_limit) {
        hint = page_align_up(hint);
        if (hint >= MMAP_MIN_ADDR && page_range_free(hint, len)) {
            return hint;
        }
    }
    return mmap_find_free(len);
}

int64_t target_mmap(uint64_t addr, uint64_t len, int prot, int flags, int fd,
                    uint64_t off)
{
    if (len == 0 || (off & ~GUEST_PAGE_MASK)) {
        return -EINVAL;
    }
    if ((flags & 0x0f) == MAP_SHARED_VALIDATE && (flags & MAP_32BIT)) {
        return -EOPNOTSUPP; /* an unknown flag to the guest kernel */
    }
    if (len > guest_va_limit) {
        return -ENOMEM;
    }
    len = page_align_up(len);
    bool noreplace = flags & MAP_FIXED_NOREPLACE;
    bool fixed = (flags & MAP_FIXED) || noreplace;
    int64_t ret;

    mmap_lock();
    if (fixed) {
        ret = -EINVAL;
        if (addr & ~GUEST_PAGE_MASK) {
            goto out;
        }
        ret = -ENOMEM;
        if (!guest_range_valid(addr, len)) {
            goto out;
        }
        ret = -EPERM; /* below vm.mmap_min_addr */
        if (addr < MMAP_MIN_ADDR) {
            goto out;
        }
        /* NOREPLACE wins over MAP_FIXED, as in Linux. */
        ret = -EEXIST;
        if (noreplace && !page_range_free(addr, len)) {
            goto out;
        }
    } else {
        addr = mmap_place(addr, len);
        ret = -ENOMEM;
        if (!addr) {
            goto out;
        }
    }
    HostMap m = {host_prot(prot), host_map_flags(flags), fd, off};
    unsigned pf =
        prot_to_page_flags(prot) | (map_is_shared(flags) ? PAGE_SHARED : 0);
    ret = mmap_replace_locked(addr, len, pf, host_map, &m);
    if (ret == 0) {
        ret = addr;
        if (len >= THP_MIN_LEN && (flags & MAP_ANONYMOUS) &&
            !map_is_shared(flags) && (prot & PROT_WRITE) &&
            tuning_on(TUNING_thp)) {
            /* A large private heap mapping (malloc of big arrays): huge
             * pages make random access to it cost fewer TLB misses. */
            madvise(g2h(addr), len, MADV_HUGEPAGE);
        }
    }
out:
    mmap_unlock();
    if (log_enabled(LOG_page)) {
        log_printf("mmap: %#" PRIx64 "+%#" PRIx64
                   " prot %d flags %#x = %#" PRIx64 "\n",
                   addr, len, prot, flags, (uint64_t)ret);
    }
    return ret;
}

int target_munmap_locked(uint64_t addr, uint64_t len)
{
    MapChange c;
    change_begin(&c, addr, len);
    int ret = reserve_range(addr, len);
    if (ret == 0) {
        page_flags_set_range(addr, len, 0);
        if (addr == mmap_next && addr + len <= mmap_top) {
            mmap_next = addr + len;
        }
    }
    change_end(&c);
    return ret;
}

int target_munmap(uint64_t addr, uint64_t len)
{
    if ((addr & ~GUEST_PAGE_MASK) || len == 0 || len > guest_va_limit) {
        return -EINVAL;
    }
    len = page_align_up(len);
    if (!guest_range_valid(addr, len)) {
        return -EINVAL;
    }
    mmap_lock();
    int ret = target_munmap_locked(addr, len);
    mmap_unlock();
    return ret;
}

int target_mprotect(uint64_t addr, uint64_t len, int prot)
{
    /* PROT_GROWSDOWN/UP need a growing mapping, which mimic never makes. */
    if ((addr & ~GUEST_PAGE_MASK) ||
        (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | TARGET_PROT_SEM))) {
        return -EINVAL;
    }
    if (len > guest_va_limit) {
        return -ENOMEM;
    }
    len = page_align_up(len);
    if (len == 0) {
        return 0;
    }
    if (!guest_range_valid(addr, len)) {
        return -ENOMEM;
    }
    mmap_lock();
    int ret = -ENOMEM;
    if (!range_all(addr, len, PAGE_VALID)) {
        goto out;
    }
    MapChange c;
    change_begin(&c, addr, len);
    if (mprotect(g2h(addr), len, host_prot(prot)) < 0) {
        ret = -errno;
        restore_host_prot(addr, len);
    } else {
        unsigned pf = prot_to_page_flags(prot);
        for (uint64_t a = addr; a < addr + len; a += GUEST_PAGE_SIZE) {
            page_flags_put(a, pf | (page_flags_get(a) & PAGE_SHARED));
        }
        ret = 0;
    }
    change_end(&c);
out:
    mmap_unlock();
    return ret;
}

/* ---- mremap ------------------------------------------------------------- */

/* Move [old, old+old_len) to dest with size new_len (old_len 0: a second
 * mapping of a shared one; MREMAP_DONTUNMAP: the old range stays mapped,
 * emptied). Flags follow the pages; the old range goes back to the
 * reservation. */
static int64_t mremap_move(uint64_t old, uint64_t old_len, uint64_t new_len,
                           uint64_t dest, int flags)
{
    uint64_t src_len = old_len ? old_len : GUEST_PAGE_SIZE;
    unsigned last = 0;
    MapChange c;
    int64_t ret = dest;

    change_begin(&c, old, src_len);
    change_note(&c, dest, new_len);
    unprotect_range(old, src_len);
    void *p = mremap(g2h(old), old_len, new_len,
                     MREMAP_MAYMOVE | MREMAP_FIXED | (flags & MREMAP_DONTUNMAP),
                     g2h(dest));
    if (p == MAP_FAILED) {
        ret = -errno;
        reclaim_holes(dest, new_len); /* the host may have cleared it */
        reclaim_holes(old, src_len);
        goto out;
    }
    for (uint64_t i = 0; i < new_len; i += GUEST_PAGE_SIZE) {
        if (i < old_len || i == 0) {
            last = page_flags_get(old + i) & ~PAGE_CODE;
        }
        page_flags_put(dest + i, last);
    }
    if (old_len && !(flags & MREMAP_DONTUNMAP)) {
        page_flags_set_range(old, old_len, 0);
        reserve_range(old, old_len);
    }
    lock_new_mapping(dest, new_len);
out:
    change_end(&c);
    return ret;
}

/* Grow in place into free pages: open a hole in the reservation for the
 * kernel to extend the mapping into. (Between the munmap and the mremap an
 * emulator thread's own mmap could in theory take the hole; the kernel
 * places those top-down far above the guest space.) */
static int64_t mremap_grow(uint64_t old, uint64_t old_len, uint64_t new_len)
{
    uint64_t tail = old + old_len, grow = new_len - old_len;
    MapChange c;
    int64_t ret = old;

    change_begin(&c, old, old_len);
    unprotect_range(old, old_len);
    munmap(g2h(tail), grow);
    void *p = mremap(g2h(old), old_len, new_len, 0);
    if (p == MAP_FAILED) {
        ret = -errno;
        reserve_range(tail, grow);
    } else {
        page_flags_set_range(
            tail, grow, page_flags_get(tail - GUEST_PAGE_SIZE) & ~PAGE_CODE);
        lock_new_mapping(tail, grow);
    }
    change_end(&c);
    return ret;
}

static int64_t mremap_locked(uint64_t old, uint64_t old_len, uint64_t new_len,
                             int flags, uint64_t new_addr)
{
    if (!page_range_mapped(old, old_len ? old_len : GUEST_PAGE_SIZE)) {
        return -EFAULT;
    }
    if (flags & MREMAP_FIXED) {
        if ((new_addr & ~GUEST_PAGE_MASK) ||
            !guest_range_valid(new_addr, new_len) || new_addr < MMAP_MIN_ADDR ||
            (new_addr < old + old_len && old < new_addr + new_len)) {
            return -EINVAL;
        }
        return mremap_move(old, old_len, new_len, new_addr, flags);
    }
    if (old_len == 0 || (flags & MREMAP_DONTUNMAP)) {
        if (!(flags & MREMAP_MAYMOVE)) {
            return -ENOMEM;
        }
        uint64_t dest = mmap_find_free(new_len);
        return dest ? mremap_move(old, old_len, new_len, dest, flags) : -ENOMEM;
    }
    if (new_len <= old_len) {
        int r = new_len < old_len
                    ? target_munmap_locked(old + new_len, old_len - new_len)
                    : 0;
        return r < 0 ? r : (int64_t)old;
    }
    if (page_range_free(old + old_len, new_len - old_len)) {
        return mremap_grow(old, old_len, new_len);
    }
    if (!(flags & MREMAP_MAYMOVE)) {
        return -ENOMEM;
    }
    uint64_t dest = mmap_find_free(new_len);
    return dest ? mremap_move(old, old_len, new_len, dest, flags) : -ENOMEM;
}

int64_t target_mremap(uint64_t old, uint64_t old_len, uint64_t new_len,
                      int flags, uint64_t new_addr)
{
    if ((old & ~GUEST_PAGE_MASK) ||
        (flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP)) ||
        ((flags & (MREMAP_FIXED | MREMAP_DONTUNMAP)) &&
         !(flags & MREMAP_MAYMOVE)) ||
        ((flags & MREMAP_DONTUNMAP) && old_len != new_len)) {
        return -EINVAL;
    }
    if (old_len > guest_va_limit || new_len > guest_va_limit) {
        return -ENOMEM;
    }
    old_len = page_align_up(old_len);
    new_len = page_align_up(new_len);
    if (new_len == 0) {
        return -EINVAL;
    }
    if (!guest_range_valid(old, old_len)) {
        return -EFAULT;
    }
    mmap_lock();
    int64_t ret = mremap_locked(old, old_len, new_len, flags, new_addr);
    mmap_unlock();
    return ret;
}

/* ---- brk ---------------------------------------------------------------- */

void target_set_brk(uint64_t brk)
{
    brk_start = brk_cur = page_align_up(brk);
}

static int brk_map(void *host, uint64_t len, void *opaque)
{
    void *p = mmap(host, len, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    return p == MAP_FAILED ? -errno : 0;
}

/* Linux semantics: growing needs the pages above the break to be free
 * (never into another mapping), any failure leaves the break where it was,
 * and the result is always the current break. */
uint64_t target_brk(uint64_t new_brk)
{
    mmap_lock();
    if (new_brk < brk_start || new_brk > guest_va_limit) {
        goto out;
    }
    uint64_t old_end = page_align_up(brk_cur);
    uint64_t new_end = page_align_up(new_brk);
    if (new_end > old_end) {
        if (!page_range_free(old_end, new_end - old_end) ||
            mmap_replace_locked(old_end, new_end - old_end,
                                prot_to_page_flags(PROT_READ | PROT_WRITE),
                                brk_map, NULL) < 0) {
            goto out;
        }
    } else if (new_end < old_end &&
               target_munmap_locked(new_end, old_end - new_end) < 0) {
        goto out;
    }
    brk_cur = new_brk;
out:
    mmap_unlock();
    return brk_cur;
}

/* ---- runs: madvise, msync, mlock ---------------------------------------- */

int mmap_for_each_run(uint64_t addr, uint64_t len,
                      int (*fn)(void *host, uint64_t len, void *opaque),
                      void *opaque)
{
    uint64_t end = addr + len, a = addr;
    bool hole = false;
    int err = 0;

    while (a < end) {
        if (!(page_flags_get(a) & PAGE_VALID)) {
            hole = true;
            a += GUEST_PAGE_SIZE;
            continue;
        }
        uint64_t b = a + GUEST_PAGE_SIZE;
        while (b < end && (page_flags_get(b) & PAGE_VALID)) {
            b += GUEST_PAGE_SIZE;
        }
        int r = fn(g2h(a), b - a, opaque);
        if (r < 0 && !err) {
            err = r;
        }
        a = b;
    }
    return err ? err : hole ? -ENOMEM : 0;
}

int mmap_discard_runs(uint64_t addr, uint64_t len,
                      int (*fn)(void *host, uint64_t len, void *opaque),
                      void *opaque)
{
    MapChange c;
    change_begin(&c, addr, len);
    int r = mmap_for_each_run(addr, len, fn, opaque);
    change_end(&c);
    return r;
}

/* ---- translated code ---------------------------------------------------- */

/* Called by the core with tb_lock held, right after a TB from `page` was
 * published. */
void page_protect_code(uint64_t page)
{
    if (page >= guest_va_limit) {
        return; /* a TB that only raises the fault of fetching there */
    }
    unsigned f = page_flags_get(page), nf = f | PAGE_CODE;
    if ((f & PAGE_WRITE) && !(f & PAGE_WRITE_ORG)) {
        mprotect(g2h(page), GUEST_PAGE_SIZE, PROT_READ);
        nf |= PAGE_WRITE_ORG;
    }
    if (nf != f) {
        page_flags_put(page, nf);
    }
    if (f & PAGE_SHARED) {
        if (!alias_code) {
            alias_code = g_hash_table_new(g_direct_hash, g_direct_equal);
        }
        g_hash_table_add(alias_code, (gpointer)(uintptr_t)page);
        __atomic_store_n(&alias_code_count, g_hash_table_size(alias_code),
                         __ATOMIC_RELEASE);
    }
}

/* The page is made writable only once no TB is left on it: a translation
 * racing with the invalidation sets PAGE_CODE again, and we go round. */
void page_unprotect(uint64_t page)
{
    page &= GUEST_PAGE_MASK;
    for (;;) {
        pthread_mutex_lock(&tb_lock);
        unsigned f = page_flags_get(page);
        if (!(f & PAGE_WRITE_ORG)) {
            pthread_mutex_unlock(&tb_lock); /* done by another thread */
            return;
        }
        if (!(f & PAGE_CODE)) {
            f &= ~PAGE_WRITE_ORG;
            mprotect(g2h(page), GUEST_PAGE_SIZE, flags_host_prot(f));
            page_flags_put(page, f);
            pthread_mutex_unlock(&tb_lock);
            return;
        }
        page_flags_put(page, f & ~PAGE_CODE);
        pthread_mutex_unlock(&tb_lock);
        tb_invalidate_range(page, page + GUEST_PAGE_SIZE);
    }
}

void guest_icache_sync(void)
{
    if (!__atomic_load_n(&alias_code_count, __ATOMIC_ACQUIRE)) {
        return;
    }
    pthread_mutex_lock(&tb_lock);
    GHashTable *pages = alias_code;
    alias_code = NULL;
    alias_code_count = 0;
    pthread_mutex_unlock(&tb_lock);
    if (!pages) {
        return;
    }
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, pages);
    while (g_hash_table_iter_next(&it, &key, NULL)) {
        uint64_t page = (uintptr_t)key;
        tb_invalidate_range(page, page + GUEST_PAGE_SIZE);
    }
    g_hash_table_destroy(pages);
}

void target_flush_icache(uint64_t start, uint64_t end)
{
    guest_icache_sync();
    if (end > guest_va_limit) {
        end = guest_va_limit;
    }
    if (start >= end || end - start > FLUSH_SCAN_MAX) {
        return;
    }
    for (uint64_t a = start & GUEST_PAGE_MASK; a < end; a += GUEST_PAGE_SIZE) {
        if (page_flags_get(a) & PAGE_CODE) {
            tb_invalidate_range(a, a + GUEST_PAGE_SIZE);
        }
    }
}

bool translator_fetch(uint64_t pc, unsigned size, uint32_t *out)
{
    *out = 0;
    if (size > 4 || !guest_range_valid(pc, size)) {
        return false;
    }
    const unsigned need = PAGE_VALID | PAGE_EXEC;
    if ((page_flags_get(pc) & need) != need ||
        (page_flags_get(pc + size - 1) & need) != need) {
        return false;
    }
    memcpy(out, g2h(pc),
           size); /* little-endian guest on a little-endian host */
    return true;
}

/* ---- guest pointers ----------------------------------------------------- */

bool guest_access_ok(uint64_t addr, uint64_t len, bool write)
{
    if (len == 0) {
        return true;
    }
    if (!guest_range_valid(addr, len)) {
        return false;
    }
    unsigned need = PAGE_VALID | (write ? PAGE_WRITE : PAGE_READ);
    uint64_t last = (addr + len - 1) & GUEST_PAGE_MASK;
    for (uint64_t a = addr & GUEST_PAGE_MASK;; a += GUEST_PAGE_SIZE) {
        unsigned f = page_flags_get(a);
        if ((f & need) != need) {
            return false;
        }
        if (write && (f & PAGE_WRITE_ORG)) {
            page_unprotect(a);
        }
        if (a == last) {
            return true;
        }
    }
}

int copy_from_user(void *dst, uint64_t src, size_t len)
{
    if (!guest_access_ok(src, len, false)) {
        return -EFAULT;
    }
    memcpy(dst, g2h(src), len);
    return 0;
}

int copy_to_user(uint64_t dst, const void *src, size_t len)
{
    if (!guest_access_ok(dst, len, true)) {
        return -EFAULT;
    }
    memcpy(g2h(dst), src, len);
    return 0;
}

ssize_t guest_strlen(uint64_t addr)
{
    uint64_t a = addr;
    for (;;) {
        if (a >= guest_va_limit || !(page_flags_get(a) & PAGE_READ)) {
            return -EFAULT;
        }
        uint64_t page_end = (a & GUEST_PAGE_MASK) + GUEST_PAGE_SIZE;
        const char *nul = memchr(g2h(a), 0, page_end - a);
        if (nul) {
            return (ssize_t)(h2g(nul) - addr);
        }
        a = page_end;
    }
}

const char *lock_user_string(uint64_t addr)
{
    return guest_strlen(addr) < 0 ? NULL : g2h(addr);
}

/* fork() from a threaded guest: hold mmap_lock across it so the child's
 * copy is not left locked by a thread that does not exist there. */
void mmap_fork_prepare(void)
{
    mmap_lock();
}

void mmap_fork_done(bool child)
{
    if (child) {
        pthread_mutex_init(&mmap_mutex, NULL);
    } else {
        mmap_unlock();
    }
}
