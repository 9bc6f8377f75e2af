/*
 * Guest path names → host path names (-L sysroot, /proc emulation).
 *
 * An absolute guest path is looked up inside the sysroot (-L,
 * MIMIC_LD_PREFIX, QEMU_LD_PREFIX; default /usr/<triple> when it exists)
 * first, resolving symbolic links met inside the sysroot against the
 * sysroot as a chroot would, and on the host second. Relative paths are
 * used as they are, and so are /proc, /sys and /dev (always the host's).
 * The rules and the cache are described in path.c.
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
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct PathBuf {
    char buf[PATH_MAX];
} PathBuf;

/* The host path for the guest string at addr (storage in pb), or NULL if
 * the string is not readable guest memory. */
const char *user_path(uint64_t addr, PathBuf *pb);

/* The same for a path already in host memory. */
const char *path_resolve(const char *guest_path, PathBuf *pb);

/* Variants for calls that act on a final symbolic link itself (readlink,
 * lstat / AT_SYMLINK_NOFOLLOW, unlink, rename, O_NOFOLLOW ...): the last
 * component is never followed. The plain variants leave a final link in
 * place when the host kernel, following it, stays inside the sysroot, so
 * they are only wrong for links that point out of it. */
const char *user_path_nofollow(uint64_t addr, PathBuf *pb);
const char *path_resolve_nofollow(const char *guest_path, PathBuf *pb);

/* Set the sysroot (NULL: the guest's default_sysroot, if it exists; "/"
 * or a path that is not a directory: none). */
void path_init(const char *prefix);

/* The sysroot in use (canonical, no trailing slash), or NULL. */
const char *path_sysroot(void);

/* The guest's name for a host path inside the sysroot ("/usr/riscv64-
 * linux-gnu/lib/libc.so.6" → "/lib/libc.so.6") into out; false if the path
 * is not inside it (then the guest sees the host path as it is). */
bool path_to_guest(const char *host_path, char *out, size_t size);

#endif
