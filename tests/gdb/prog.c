/* The program the gdb and log tests use (tests/gdb/gdb-test.sh). Built
 * -O0 -g so locals live on the stack where gdb finds them. With an argument
 * "segv" it faults instead, for the signal checks; with "spin" it loops
 * until something (the debugger) sets stop_spin. add5 is one known
 * instruction and a return, for the -d in_asm check. */
#include <stdio.h>
#include <string.h>

#if defined(__aarch64__)
__asm__(".text\n.globl add5\n.type add5, %function\nadd5:\n"
        "    add x0, x0, #5\n"
        "    ret\n");
#elif defined(__riscv)
__asm__(".text\n.globl add5\n.type add5, @function\nadd5:\n"
        ".option push\n.option norvc\n"
        "    addi a0, a0, 5\n"
        "    ret\n"
        ".option pop\n");
#endif
long add5(long v);

volatile int counter;
volatile int stop_spin;

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
    if (argc > 1 && !strcmp(argv[1], "spin")) {
        while (!stop_spin) {
        }
        printf("spin done\n");
        return 3;
    }
    int r = compute(14);
    printf("result=%d\n", r);
    report(5);
    printf("counter=%d\n", counter);
    printf("add5=%ld\n", add5(37));
    return 0;
}
