/* The program the gdb tests debug (tests/gdb/gdb-test.sh). Built -O0 -g so
 * locals live on the stack where gdb finds them. With an argument "segv"
 * it faults instead, for the signal checks. */
#include <stdio.h>
#include <string.h>

volatile int counter;

__attribute__((noinline)) int compute(int x)
{
    int local = x * 3;
    counter += local;
    return local + 1;
}

__attribute__((noinline)) void report(int v)
{
    printf("report=%d\n", v);
}

__attribute__((noinline)) void fault(void)
{
    *(volatile int *)16 = 1;
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "segv")) {
        printf("before fault\n");
        fflush(stdout);
        fault();
        printf("after fault\n");
        return 0;
    }
    int r = compute(14);
    printf("result=%d\n", r);
    report(5);
    printf("counter=%d\n", counter);
    return 0;
}
