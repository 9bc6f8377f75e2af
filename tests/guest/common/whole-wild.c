/* A guest that stores through a wild pointer where the emulator's own memory
 * could be (above riscv64's 39-bit address space; unmapped inside aarch64's
 * 48-bit one): the emulator must not touch that memory; the guest dies by
 * SIGSEGV ("uncaught target signal 11"). */
#include <stdio.h>

int main(void)
{
    volatile long *volatile p = (long *)0x7ffff7ff0000;

    printf("before the wild store\n");
    fflush(stdout);
    *p = 42;
    printf("not reached\n");
    return 0;
}
