/* Looks at paths as the guest sees them: "cat PATH" prints a file,
 * "readlink PATH" a link's target, "exec PATH ARGS..." runs a program in
 * place of this one. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        return 2;
    }
    if (!strcmp(argv[1], "cat")) {
        FILE *f = fopen(argv[2], "r");
        if (!f) {
            printf("%s: %s\n", argv[2], strerror(errno));
            return 1;
        }
        int c;
        while ((c = getc(f)) != EOF) {
            putchar(c);
        }
        return 0;
    }
    if (!strcmp(argv[1], "readlink")) {
        char buf[4096];
        ssize_t n = readlink(argv[2], buf, sizeof(buf));
        if (n < 0) {
            printf("%s: %s\n", argv[2], strerror(errno));
            return 1;
        }
        printf("%.*s\n", (int)n, buf);
        return 0;
    }
    if (!strcmp(argv[1], "exec")) {
        fflush(stdout);
        execv(argv[2], argv + 2);
        printf("exec %s: %s\n", argv[2], strerror(errno));
        return 1;
    }
    return 2;
}
