/*
 * SysV shared memory. shmget and shmctl go to the host as they are: the
 * asm-generic 64-bit structs (shmid64_ds, shminfo64, shm_info) have the
 * x86-64 layout. shmat places the segment inside the guest space with the
 * host's SHM_REMAP over the reservation; shmdt lets the host find and
 * detach the segment, then gives the pages it removed back to the
 * reservation. The attach table (start -> length, under mmap_lock) bounds
 * that search; it is inherited by fork like the mappings themselves.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <glib.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/util.h"

#define TARGET_IPC_64 0x100           /* "new layout" bit some libcs add */
#define TARGET_SHMLBA GUEST_PAGE_SIZE /* asm-generic */

_Static_assert(sizeof(struct shmid_ds) == 112, "asm-generic shmid64_ds");
_Static_assert(sizeof(struct shminfo) == 72, "asm-generic shminfo64");
_Static_assert(sizeof(struct shm_info) == 48, "asm-generic shm_info");

static GHashTable *attached; /* guest start -> length */

int64_t sys_shmget(CPUCommon *cpu, const uint64_t *a)
{
    return host_ret(
        syscall(SYS_shmget, (key_t)a[0], (size_t)a[1], arg_int(a[2])));
}

int64_t sys_shmctl(CPUCommon *cpu, const uint64_t *a)
{
    int id = arg_int(a[0]), cmd = arg_int(a[1]) & ~TARGET_IPC_64;
    size_t size = 0;
    bool write = true;

    switch (cmd) {
    case IPC_SET:
        write = false; /* fall through */
    case IPC_STAT:
    case SHM_STAT:
    case SHM_STAT_ANY:
        size = sizeof(struct shmid_ds);
        break;
    case IPC_INFO:
        size = sizeof(struct shminfo);
        break;
    case SHM_INFO:
        size = sizeof(struct shm_info);
        break;
    }
    void *buf = NULL;
    if (size && !(buf = lock_user(a[2], size, write))) {
        return -EFAULT;
    }
    return host_ret(syscall(SYS_shmctl, id, cmd, buf));
}

typedef struct ShmAttach {
    int id, flags;
} ShmAttach;

static int shm_map(void *host, uint64_t len, void *opaque)
{
    const ShmAttach *s = opaque;
    void *p = shmat(s->id, host, s->flags | SHM_REMAP);
    if (p == (void *)-1) {
        return -errno;
    }
    if (p != host) { /* cannot happen: SHM_REMAP places exactly */
        shmdt(p);
        return -ENOMEM;
    }
    return 0;
}

/* The attach address as Linux computes it: SHM_RND rounds down to SHMLBA,
 * otherwise it must be aligned. Returns 0 or -EINVAL. */
static int shm_addr(uint64_t *addr, int flags)
{
    if (*addr == 0) {
        return flags & SHM_REMAP ? -EINVAL : 0;
    }
    if (*addr & (TARGET_SHMLBA - 1)) {
        if (!(flags & SHM_RND)) {
            return -EINVAL;
        }
        *addr &= ~(TARGET_SHMLBA - 1);
        if (*addr == 0 && (flags & SHM_REMAP)) {
            return -EINVAL;
        }
    }
    return 0;
}

int64_t sys_shmat(CPUCommon *cpu, const uint64_t *a)
{
    int id = arg_int(a[0]), flags = arg_int(a[2]);
    uint64_t addr = a[1];
    struct shmid_ds ds;

    int r = shm_addr(&addr, flags);
    if (r < 0) {
        return r;
    }
    /* The size; fails like shmat for a bad id or without read access. */
    if (syscall(SYS_shmctl, id, IPC_STAT, &ds) < 0) {
        return -errno;
    }
    uint64_t len = (ds.shm_segsz + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
    int prot = flags & SHM_RDONLY ? PROT_READ : PROT_READ | PROT_WRITE;
    prot |= flags & SHM_EXEC ? PROT_EXEC : 0;

    mmap_lock();
    int64_t ret = -EINVAL;
    if (addr) {
        if (!guest_range_valid(addr, len) ||
            (!(flags & SHM_REMAP) && !page_range_free(addr, len))) {
            goto out;
        }
    } else if (!(addr = mmap_find_free(len))) {
        ret = -ENOMEM;
        goto out;
    }
    ShmAttach s = {id, flags & SHM_RDONLY};
    ret = mmap_replace_locked(addr, len, prot_to_page_flags(prot) | PAGE_SHARED,
                              shm_map, &s);
    if (ret == 0) {
        if (!attached) {
            attached = g_hash_table_new(g_direct_hash, g_direct_equal);
        }
        g_hash_table_insert(attached, (gpointer)(uintptr_t)addr,
                            (gpointer)(uintptr_t)len);
        ret = addr;
    }
out:
    mmap_unlock();
    return ret;
}

/* Without an entry (the guest moved the segment with mremap) the extent is
 * the run of shared pages from addr. */
static uint64_t shm_extent(uint64_t addr)
{
    gpointer len;
    if (attached && g_hash_table_lookup_extended(
                        attached, (gpointer)(uintptr_t)addr, NULL, &len)) {
        g_hash_table_remove(attached, (gpointer)(uintptr_t)addr);
        return (uintptr_t)len;
    }
    uint64_t end = addr;
    while (page_flags_get(end) & PAGE_SHARED) {
        end += GUEST_PAGE_SIZE;
    }
    return end - addr;
}

int64_t sys_shmdt(CPUCommon *cpu, const uint64_t *a)
{
    uint64_t addr = a[0];
    if ((addr & ~GUEST_PAGE_MASK) || !guest_range_valid(addr, 1)) {
        return -EINVAL;
    }
    mmap_lock();
    int64_t ret = host_ret(shmdt(g2h(addr)));
    if (ret == 0) {
        uint64_t len = shm_extent(addr);
        if (!guest_range_valid(addr, len)) {
            len = guest_va_limit - addr;
        }
        mmap_reclaim_holes_locked(addr, len);
    }
    mmap_unlock();
    return ret;
}
