/* Guest registers at a faulting load: values computed just before the
 * access (still only in host registers when the backend does not write them
 * back before loads, -opt lazy-sync) must reach the SIGSEGV handler's
 * context, both for a host fault (address 16) and for the guest VA bounds
 * check (an address beyond the VA width). */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <ucontext.h>

static volatile long r11, r12, r13, pc;

static void handler(int sig, siginfo_t *si, void *uc_)
{
    ucontext_t *uc = uc_;
    r11 = uc->uc_mcontext.__gregs[11];
    r12 = uc->uc_mcontext.__gregs[12];
    r13 = uc->uc_mcontext.__gregs[13];
    pc = uc->uc_mcontext.__gregs[0];
    uc->uc_mcontext.__gregs[0] += 4; /* skip the faulting ld */
}

int main(void)
{
    struct sigaction sa = {0};
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    long out1, out2;
    static const long addrs[2] = {16, 0x1000000000000000};
    for (int k = 0; k < 4; k++) {
        __asm__ volatile(
            "li a1, 12345\n\t"
            "addi a2, a1, 7\n\t"
            "add a3, a2, a1\n\t"
            "mv a0, %2\n\t"
            ".option push\n\t.option norvc\n\t"
            "ld a4, 0(a0)\n\t"
            ".option pop\n\t"
            "add %0, a3, a2\n\t"
            "mv %1, a1\n\t"
            : "=r"(out1), "=r"(out2)
            : "r"(addrs[k & 1])
            : "a0", "a1", "a2", "a3", "a4", "memory");
        printf("k%d handler a1 %ld a2 %ld a3 %ld after %ld %ld\n", k, r11, r12,
               r13, out1, out2);
    }
    return 0;
}
