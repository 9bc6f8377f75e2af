/* A guest that stores through NULL: the emulator must print
 * "mimic: uncaught target signal 11 (Segmentation fault)" and die by SIGSEGV.
 */
#include <stdio.h>

int main(void)
{
    volatile int *volatile p = 0;

    printf("before the NULL store\n");
    fflush(stdout);
    *p = 42;
    printf("not reached\n");
    return 0;
}
