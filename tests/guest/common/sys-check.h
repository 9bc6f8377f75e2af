/*
 * Shared by the sys-* guest tests: CHECK(cond) prints "ok   cond" or a
 * FAIL line with the source line and errno; sys_finish() prints the verdict
 * and gives the exit status.
 */
#include <errno.h>
#include <stdio.h>

static int fails;
#define CHECK(cond)                                                    \
    do {                                                               \
        if (cond) {                                                    \
            printf("ok   %s\n", #cond);                                \
        } else {                                                       \
            printf("FAIL %s (line %d, errno %d)\n", #cond, __LINE__, errno); \
            fails++;                                                   \
        }                                                              \
    } while (0)

static int sys_finish(void)
{
    printf("%s\n", fails ? "FAILED" : "all passed");
    return fails != 0;
}
