/*
 * safe_syscall(): the C side of safe-syscall-x86_64.S.
 */
#include "linux-user/safe-syscall.h"

#include <stdarg.h>

#include "linux-user/signal.h"

long safe_syscall_base(volatile int *pending, long nr, long a1, long a2,
                       long a3, long a4, long a5, long a6);

long safe_syscall(long nr, ...)
{
    va_list ap;
    long a[6];
    va_start(ap, nr);
    for (int i = 0; i < 6; i++) {
        a[i] = va_arg(ap, long);
    }
    va_end(ap);
    return safe_syscall_base(&signal_pending, nr, a[0], a[1], a[2], a[3], a[4],
                             a[5]);
}
