/*
 * Guest path names → host path names (-L sysroot, /proc emulation).
 *
 * An absolute guest path is looked up inside the sysroot (-L,
 * MIMIC_LD_PREFIX, QEMU_LD_PREFIX; default /usr/<triple> when it exists)
 * first, resolving symbolic links met inside the sysroot against the
 * sysroot as a chroot would, and on the host second. Relative paths are
 * used as they are.
 *
 * Syscall handlers take every guest path argument through user_path():
 *
 *     PathBuf pb;
 *     const char *p = user_path(a[1], &pb);
 *     if (!p) {
 *         return -EFAULT;
 *     }
 */
#ifndef MIMIC_LINUX_USER_PATH_H
#define MIMIC_LINUX_USER_PATH_H

#include <limits.h>
#include <stdint.h>

typedef struct PathBuf {
    char buf[PATH_MAX];
} PathBuf;

/* The host path for the guest string at addr (storage in pb), or NULL if
 * the string is not readable guest memory. */
const char *user_path(uint64_t addr, PathBuf *pb);

/* The same for a path already in host memory. */
const char *path_resolve(const char *guest_path, PathBuf *pb);

/* Set the sysroot (NULL: the default for the guest, if it exists). */
void path_init(const char *prefix);

/* The sysroot in use, or NULL. */
const char *path_sysroot(void);

#endif
