/* libm through the dynamic loader. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    volatile double x = argc > 1 ? atof(argv[1]) : 2.0;
    printf("sqrt %.6f exp %.6f\n", sqrt(x), exp(x));
    return 0;
}
