/* The seed program for the loader fuzz test: small, prints, exits 0. */
#include <stdio.h>

int main(int argc, char **argv)
{
    printf("tiny: %d args, %s\n", argc, argv[0] ? "argv ok" : "no argv");
    return 0;
}
