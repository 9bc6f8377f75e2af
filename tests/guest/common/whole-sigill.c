/* A guest that executes an illegal instruction: the emulator must print
 * "mimic: uncaught target signal 4 (Illegal instruction)" and die by SIGILL. */
#include <stdio.h>

int main(void)
{
    printf("before the illegal instruction\n");
    fflush(stdout);
#if defined(__aarch64__)
    __asm__ volatile("udf #0"); /* permanently undefined */
#else
    __asm__ volatile(
        ".4byte 0xffffffff"); /* reserved >32-bit encoding space: illegal */
#endif
    printf("not reached\n");
    return 0;
}
