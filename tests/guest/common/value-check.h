/*
 * check() prints a value beside the one expected (a FAIL mark and the
 * wanted value when they differ); finish() prints "NAME: N failed" and
 * gives the exit status. Included by riscv64/check.h and
 * aarch64/sig-check.h; CHECK_WIDTH is the width of the label column.
 */
#ifndef VALUE_CHECK_H
#define VALUE_CHECK_H

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#ifndef CHECK_WIDTH
#define CHECK_WIDTH 28
#endif

static int failures;

/* Line-buffered, so output up to a crash is kept. */
__attribute__((constructor)) static void check_init(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
}

static void check(const char *what, uint64_t got, uint64_t want)
{
    printf("%-*s %016" PRIx64 "%s\n", CHECK_WIDTH, what, got,
           got == want ? "" : "  FAIL");
    if (got != want) {
        printf("  want %016" PRIx64 "\n", want);
        failures++;
    }
}

static int finish(const char *name)
{
    printf("%s: %d failed\n", name, failures);
    return failures != 0;
}

#endif
