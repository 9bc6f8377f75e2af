/*
 * /proc as the guest should see it.
 *
 * The host's /proc describes mimic; a few files must describe the guest
 * instead: /proc/self/exe (the guest program), maps and smaps (the guest's
 * mappings, with the guest's permissions), auxv, cmdline, environ, stat
 * (the guest's addresses) and /proc/cpuinfo (the emulated CPU). Everything
 * else under /proc is the host's and passes through.
 *
 * The syscall handlers call these hooks with the guest's own spelling of
 * the path, before sysroot resolution. A hook returns PROC_PASS when the
 * path is not one it emulates; the handler then goes on as usual.
 * "/proc/self/", "/proc/thread-self/" and "/proc/<our pid>/" are
 * recognised; a /proc directory reached through a dirfd or a relative path
 * is not.
 *
 * Generated files are served through a read-only memfd, so
 * read, pread, lseek, mmap and fstat work on them; they are built per open
 * (no shared buffers), so concurrent opens from guest threads are safe.
 */
#ifndef MIMIC_LINUX_USER_PROC_H
#define MIMIC_LINUX_USER_PROC_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define PROC_PASS INT64_MIN

/* After the program is loaded (user_image): set user_exe to the guest's
 * absolute name of the program and name the process after it (comm). */
void proc_init(const char *exe_arg);

/* open/openat with host open flags: a file descriptor, -errno, or
 * PROC_PASS. */
int64_t proc_open(const char *path, int flags, mode_t mode);

/* readlink: the length written (not NUL-terminated), -errno, or
 * PROC_PASS. */
int64_t proc_readlink(const char *path, char *buf, size_t size);

/* For calls that follow a final link (stat, access, execve): the host path
 * of the guest program when path names /proc/self/exe, else NULL. */
const char *proc_exe_path(const char *path);

#endif
