/* A guest that executes an FP instruction with a reserved static rounding
 * mode (rm = 5) and no SIGILL handler: the emulator must print
 * "mimic: uncaught target signal 4 (Illegal instruction)" and die by SIGILL.
 * The handler-caught variants are linux-user/fp-sigill.c. */
#include <stdio.h>

int main(void)
{
    printf("before the reserved rounding mode\n");
    fflush(stdout);
    __asm__ volatile(".word 0x001051d3" ::: "ft3"); /* fadd.s ft3, ft0, ft1, rm=5 */
    printf("not reached\n");
    return 0;
}
