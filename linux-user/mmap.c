/*
 * The guest address space: reservation, page flags, guest mmap family, brk,
 * guest pointer checks, and the two hooks the core calls (translator_fetch,
 * page_protect_code). See mmap.h for the invariants.
 *
 * Page flag updates and host mapping changes happen under mmap_lock; reads
 * of the flag table are lock-free (a byte per page, written atomically), so
 * the SIGSEGV handler and translator_fetch may read them at any time.
 */
#define _GNU_SOURCE
#include "linux-user/mmap.h"

#include <inttypes.h>

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "translator/guest.h"
#include "translator/log.h"
#include "translator/tb.h"

/* Keep the last 64 TiB of a 47-bit host for the emulator itself. */
#define HOST_VA_CAP (1ull << 46)
#define MMAP_MIN_ADDR 0x10000ull

uint64_t guest_va_limit;
static uint8_t *page_flags; /* one byte per guest page */
static uint64_t mmap_top;   /* top-down search starts below this */
static uint64_t mmap_next;  /* lowest address handed out so far */
static uint64_t brk_start, brk_cur;
static pthread_mutex_t mmap_lock = PTHREAD_MUTEX_INITIALIZER;

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

static void page_flags_set_range(uint64_t start, uint64_t len, unsigned f)
{
    for (uint64_t a = start; a < start + len; a += GUEST_PAGE_SIZE) {
        __atomic_store_n(flag_ptr(a), (uint8_t)f, __ATOMIC_RELAXED);
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

bool h2g_valid(uintptr_t p)
{
    return p - guest_base < guest_va_limit;
}

int mmap_init(unsigned va_bits, uint64_t stack_size)
{
    uint64_t limit = va_bits >= 64 ? HOST_VA_CAP : 1ull << va_bits;
    if (limit > HOST_VA_CAP) {
        limit = HOST_VA_CAP;
    }
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;

    /* Preferred: guest address == host address. Host page 0 cannot be
     * mapped, so the reservation starts at the usual mmap_min_addr and guest
     * pages below it simply stay invalid. */
    void *p = mmap((void *)MMAP_MIN_ADDR, limit - MMAP_MIN_ADDR, PROT_NONE,
                   flags | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == (void *)MMAP_MIN_ADDR) {
        guest_base = 0;
    } else {
        if (p != MAP_FAILED) {
            munmap(p, limit - MMAP_MIN_ADDR); /* old kernel: hint only */
        }
        p = mmap(NULL, limit, PROT_NONE, flags, -1, 0);
        if (p == MAP_FAILED) {
            return -errno;
        }
        guest_base = (uintptr_t)p;
    }
    guest_va_limit = limit;

    page_flags = mmap(NULL, limit >> GUEST_PAGE_BITS, PROT_READ | PROT_WRITE,
                      flags, -1, 0);
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

/* Invalidate translated code in a range that is being remapped. */
static void invalidate_exec_range(uint64_t start, uint64_t len)
{
    for (uint64_t a = start; a < start + len; a += GUEST_PAGE_SIZE) {
        if (page_flags_get(a) & PAGE_EXEC) {
            tb_invalidate_range(start, start + len);
            return;
        }
    }
}

/* Put the reservation back over a guest range. */
static int reserve_range(uint64_t addr, uint64_t len)
{
    void *p =
        mmap(g2h(addr), len, PROT_NONE,
             MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
    return p == MAP_FAILED ? -errno : 0;
}

/* Guest MAP_* bits that mean the same on the host (asm-generic values equal
 * x86-64's; MAP_32BIT does not exist for these guests). */
#define GUEST_MAP_PASS                                                         \
    (MAP_SHARED | MAP_PRIVATE | MAP_SHARED_VALIDATE | MAP_ANONYMOUS |          \
     MAP_NORESERVE | MAP_POPULATE | MAP_NONBLOCK | MAP_STACK | MAP_HUGETLB |   \
     MAP_LOCKED | MAP_DENYWRITE | MAP_EXECUTABLE | MAP_SYNC | (0x3f << 26))

int64_t target_mmap(uint64_t addr, uint64_t len, int prot, int flags, int fd,
                    uint64_t off)
{
    if (len == 0 || (off & ~GUEST_PAGE_MASK) ||
        (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC))) {
        return -EINVAL;
    }
    if (len > guest_va_limit) {
        return -ENOMEM;
    }
    len = page_align_up(len);
    bool fixed = flags & (MAP_FIXED | MAP_FIXED_NOREPLACE);
    int64_t ret;

    pthread_mutex_lock(&mmap_lock);
    if (fixed) {
        ret = -EINVAL;
        if (addr & ~GUEST_PAGE_MASK) {
            goto out;
        }
        ret = -ENOMEM;
        if (!guest_range_valid(addr, len) || addr < MMAP_MIN_ADDR) {
            goto out;
        }
        ret = -EEXIST;
        if ((flags & MAP_FIXED_NOREPLACE) && !(flags & MAP_FIXED) &&
            !page_range_free(addr, len)) {
            goto out;
        }
    } else {
        addr &= GUEST_PAGE_MASK;
        if (!addr || !page_range_free(addr, len)) {
            addr = mmap_find_free(len);
        }
        ret = -ENOMEM;
        if (!addr) {
            goto out;
        }
    }
    int hflags = (flags & GUEST_MAP_PASS) | MAP_FIXED;
    void *p = mmap(g2h(addr), len, host_prot(prot), hflags, fd, off);
    if (p == MAP_FAILED) {
        ret = -errno;
        goto out;
    }
    invalidate_exec_range(addr, len);
    page_flags_set_range(addr, len, prot_to_page_flags(prot));
    ret = addr;
out:
    pthread_mutex_unlock(&mmap_lock);
    if (log_enabled(LOG_page)) {
        log_printf("mmap: %#" PRIx64 "+%#" PRIx64
                   " prot %d flags %#x = %#" PRIx64 "\n",
                   addr, len, prot, flags, (uint64_t)ret);
    }
    return ret;
}

static int munmap_locked(uint64_t addr, uint64_t len)
{
    int ret = reserve_range(addr, len);
    if (ret == 0) {
        invalidate_exec_range(addr, len);
        page_flags_set_range(addr, len, 0);
        if (addr == mmap_next && addr + len <= mmap_top) {
            mmap_next = addr + len;
        }
    }
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
    pthread_mutex_lock(&mmap_lock);
    int ret = munmap_locked(addr, len);
    pthread_mutex_unlock(&mmap_lock);
    return ret;
}

int target_mprotect(uint64_t addr, uint64_t len, int prot)
{
    if ((addr & ~GUEST_PAGE_MASK) ||
        (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC))) {
        return -EINVAL;
    }
    if (len > guest_va_limit) {
        return -ENOMEM;
    }
    len = page_align_up(len);
    if (!guest_range_valid(addr, len)) {
        return -ENOMEM;
    }
    pthread_mutex_lock(&mmap_lock);
    int ret = -ENOMEM;
    for (uint64_t a = addr; a < addr + len; a += GUEST_PAGE_SIZE) {
        if (!(page_flags_get(a) & PAGE_VALID)) {
            goto out;
        }
    }
    if (len && mprotect(g2h(addr), len, host_prot(prot)) < 0) {
        ret = -errno;
        goto out;
    }
    invalidate_exec_range(addr, len);
    page_flags_set_range(addr, len, prot_to_page_flags(prot));
    ret = 0;
out:
    pthread_mutex_unlock(&mmap_lock);
    return ret;
}

static bool range_all_valid(uint64_t addr, uint64_t len)
{
    for (uint64_t a = addr; a < addr + len; a += GUEST_PAGE_SIZE) {
        if (!(page_flags_get(a) & PAGE_VALID)) {
            return false;
        }
    }
    return true;
}

/* Move [old, old+old_len) to dest with size new_len (host mremap), then put
 * the reservation back where it was. */
static int64_t mremap_move(uint64_t old, uint64_t old_len, uint64_t new_len,
                           uint64_t dest)
{
    unsigned f = page_flags_get(old + old_len - GUEST_PAGE_SIZE);
    void *p = mremap(g2h(old), old_len, new_len, MREMAP_MAYMOVE | MREMAP_FIXED,
                     g2h(dest));
    if (p == MAP_FAILED) {
        return -errno;
    }
    for (uint64_t i = 0; i < new_len; i += GUEST_PAGE_SIZE) {
        unsigned pf = i < old_len ? page_flags_get(old + i) : f;
        __atomic_store_n(flag_ptr(dest + i), (uint8_t)(pf & ~PAGE_WRITE_ORG),
                         __ATOMIC_RELAXED);
    }
    invalidate_exec_range(old, old_len);
    page_flags_set_range(old, old_len, 0);
    reserve_range(old, old_len);
    return dest;
}

int64_t target_mremap(uint64_t old, uint64_t old_len, uint64_t new_len,
                      int flags, uint64_t new_addr)
{
    if ((old & ~GUEST_PAGE_MASK) || new_len == 0 || old_len == 0 ||
        (flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED)) ||
        ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE))) {
        return -EINVAL;
    }
    if (old_len > guest_va_limit || new_len > guest_va_limit) {
        return -ENOMEM;
    }
    old_len = page_align_up(old_len);
    new_len = page_align_up(new_len);
    if (!guest_range_valid(old, old_len)) {
        return -EFAULT;
    }
    int64_t ret = -EFAULT;
    pthread_mutex_lock(&mmap_lock);
    if (!range_all_valid(old, old_len)) {
        goto out;
    }
    if (flags & MREMAP_FIXED) {
        ret = -EINVAL;
        if ((new_addr & ~GUEST_PAGE_MASK) ||
            !guest_range_valid(new_addr, new_len) || new_addr < MMAP_MIN_ADDR ||
            (new_addr < old + old_len && old < new_addr + new_len)) {
            goto out;
        }
        invalidate_exec_range(new_addr, new_len);
        ret = mremap_move(old, old_len, new_len, new_addr);
    } else if (new_len <= old_len) {
        ret = new_len < old_len
                  ? munmap_locked(old + new_len, old_len - new_len)
                  : 0;
        if (ret == 0) {
            ret = old;
        }
    } else if (page_range_free(old + old_len, new_len - old_len)) {
        /* Grow in place: open a hole in the reservation for the kernel. */
        uint64_t tail = old + old_len, grow = new_len - old_len;
        munmap(g2h(tail), grow);
        void *p = mremap(g2h(old), old_len, new_len, 0);
        if (p == MAP_FAILED) {
            ret = -errno;
            reserve_range(tail, grow);
            goto out;
        }
        page_flags_set_range(tail, grow,
                             page_flags_get(tail - GUEST_PAGE_SIZE) &
                                 ~PAGE_WRITE_ORG);
        ret = old;
    } else if (flags & MREMAP_MAYMOVE) {
        uint64_t dest = mmap_find_free(new_len);
        ret = dest ? mremap_move(old, old_len, new_len, dest) : -ENOMEM;
    } else {
        ret = -ENOMEM;
    }
out:
    pthread_mutex_unlock(&mmap_lock);
    return ret;
}

void target_set_brk(uint64_t brk)
{
    brk_start = brk_cur = page_align_up(brk);
}

uint64_t target_brk(uint64_t new_brk)
{
    if (new_brk < brk_start || new_brk > guest_va_limit) {
        return brk_cur;
    }
    uint64_t old_end = page_align_up(brk_cur), new_end = page_align_up(new_brk);
    pthread_mutex_lock(&mmap_lock);
    if (new_end > old_end) {
        if (!page_range_free(old_end, new_end - old_end)) {
            goto out;
        }
        void *p = mmap(g2h(old_end), new_end - old_end, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (p == MAP_FAILED) {
            goto out;
        }
        page_flags_set_range(old_end, new_end - old_end,
                             prot_to_page_flags(PROT_READ | PROT_WRITE));
    } else if (new_end < old_end) {
        munmap_locked(new_end, old_end - new_end);
    }
    brk_cur = new_brk;
out:
    pthread_mutex_unlock(&mmap_lock);
    return brk_cur;
}

void page_protect_code(uint64_t page)
{
    uint8_t *fp = flag_ptr(page);
    unsigned f = __atomic_load_n(fp, __ATOMIC_RELAXED);
    if ((f & PAGE_WRITE) && !(f & PAGE_WRITE_ORG)) {
        mprotect(g2h(page), GUEST_PAGE_SIZE, PROT_READ);
        __atomic_or_fetch(fp, PAGE_WRITE_ORG, __ATOMIC_RELAXED);
    }
}

void page_unprotect(uint64_t page)
{
    page &= GUEST_PAGE_MASK;
    tb_invalidate_range(page, page + GUEST_PAGE_SIZE);
    mprotect(g2h(page), GUEST_PAGE_SIZE, PROT_READ | PROT_WRITE);
    __atomic_and_fetch(flag_ptr(page), (uint8_t)~PAGE_WRITE_ORG,
                       __ATOMIC_RELAXED);
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
