/* A dynamic program: prints a line, and checks the auxv the loader gave
 * it for a dynamically linked program. */
#define _GNU_SOURCE
#include <elf.h>
#include <link.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>

static int first_phdr(struct dl_phdr_info *info, size_t size, void *data)
{
    *(const void **)data = info->dlpi_phdr;
    return 1; /* the program itself comes first */
}

int main(int argc, char **argv)
{
    const void *phdr = NULL;
    dl_iterate_phdr(first_phdr, &phdr);
    const char *execfn = (const char *)getauxval(AT_EXECFN);
    int ok = getauxval(AT_BASE) != 0 && getauxval(AT_PAGESZ) == 4096 &&
             (const void *)getauxval(AT_PHDR) == phdr &&
             getauxval(AT_PHNUM) > 0 && getauxval(AT_ENTRY) != 0 &&
             getauxval(AT_RANDOM) != 0 && execfn && !strcmp(execfn, argv[0]);
    printf("hello from %s, auxv %s\n", strrchr(argv[0], '/') + 1,
           ok ? "ok" : "WRONG");
    return 0;
}
