/* printf-heavy formatting: integers in every base and width, padding and
 * flags, floats with %f %e %g %a and precisions, strings, chars, %n,
 * snprintf truncation. Exercises libc's formatting and the FP conversions
 * it uses. */
#include <inttypes.h>
#include <limits.h>
#include <stddef.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    static const long long ints[] = {
        0,     1,       -1,      42,        -42,       255,
        65535, INT_MAX, INT_MIN, LLONG_MAX, LLONG_MIN, 1234567890123LL};
    static const double dbls[] = {
        0.0,   -0.0,          1.0,        -1.5, 3.14159265358979,
        1e-10, 6.02214076e23, 123456.789, 0.1,  1.0 / 3.0,
        1e300, 5e-324,        2.5,        -2.5};
    char buf[64];
    int n;

    for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
        long long v = ints[i];
        printf("[%lld] [%+lld] [%20lld] [%-20lld|] [%020lld] [%llx] [%#llo] "
               "[%#llX]\n",
               v, v, v, v, v, (unsigned long long)v, (unsigned long long)v,
               (unsigned long long)v);
    }
    for (size_t i = 0; i < sizeof(dbls) / sizeof(dbls[0]); i++) {
        double d = dbls[i];
        printf("[%f] [%.2f] [%12.4f] [%-12.1f|] [%+e] [%.3e] [%g] [%.10g] "
               "[%#g] [%a]\n",
               d, d, d, d, d, d, d, d, d, d);
    }
    printf("[%f] [%e] [%g] [%F]\n", INFINITY, -INFINITY, NAN, INFINITY);
    printf("[%.0f] [%.0f] [%.0f] [%.0f] (round half to even)\n", 0.5, 1.5, 2.5,
           -0.5);
    printf("[%5.1f%%] [%c%c%c] [%s] [%.3s] [%10s] [%-10s|]\n", 99.44, 'm', 'i',
           '!', "mimic", "emulator", "right", "left");
    printf("[%5d] [%-5d|] [%05d] [% d] [%+d] [%x] [%hhd] [%hu]\n", 42, 42, 42,
           42, 42, 255, (signed char)200, (unsigned short)70000);
    printf("[%" PRId64 "] [%" PRIu64 "] [%" PRIx32 "] [%zu] [%td]\n", INT64_MIN,
           UINT64_MAX, UINT32_MAX, sizeof(long double), (ptrdiff_t)-7);
    printf("[%*d] [%-*d|] [%.*f]\n", 8, 7, 8, 7, 3, 2.0 / 3.0);
    printf("%s%n", "count me", &n);
    printf(" -> %d\n", n);
    size_t cap = 10;
    n = snprintf(buf, cap, "%s-%d-%f", "truncated", 12345, 1.5);
    printf("snprintf returned %d, buffer \"%s\" (len %zu)\n", n, buf,
           strlen(buf));
    double acc = 0;
    for (int i = 1; i <= 1000; i++) {
        snprintf(buf, sizeof(buf), "%.6e", 1.0 / i);
        double back;
        sscanf(buf, "%lf", &back);
        acc += back;
    }
    printf("harmonic(1000) via %%e round trips = %.12f\n", acc);
    return 0;
}
