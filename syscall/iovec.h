/*
 * Guest iovec arrays. struct iovec is two 64-bit words on the 64-bit
 * guests and on x86-64, so a checked guest array becomes a host array of
 * the same entries pointing into the guest reservation.
 */
#ifndef MIMIC_SYSCALL_IOVEC_H
#define MIMIC_SYSCALL_IOVEC_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/uio.h>

/* The `count` guest iovecs at addr as host iovecs in *out (free() it),
 * every buffer checked readable, or writable when the kernel will fill it
 * (write). 0, or -EINVAL (count > IOV_MAX, a negative length), -EFAULT,
 * -ENOMEM. */
int64_t lock_iovec(uint64_t addr, uint64_t count, bool write,
                   struct iovec **out);

#endif
