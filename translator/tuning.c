/*
 * The -opt switches (see tuning.h).
 */
#include "translator/tuning.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

unsigned tuning_mask = ~0u;

static const struct {
    const char *name, *help;
    unsigned bit;
} tuning_items[] = {
#define X(name, help) {#name, help, TUNING_##name},
    TUNING_ITEMS(X)
#undef X
};
#define N_TUNING (sizeof(tuning_items) / sizeof(tuning_items[0]))

/* Compare an option spelling (dashes allowed) with a table name. */
static bool tuning_name_eq(const char *spelled, size_t n, const char *name)
{
    if (strlen(name) != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char c = spelled[i] == '-' ? '_' : spelled[i];
        if (c != name[i]) {
            return false;
        }
    }
    return true;
}

static int tuning_item(const char *item, size_t n)
{
    bool off = n > 3 && !strncmp(item, "no-", 3);

    if (off) {
        item += 3;
        n -= 3;
    }
    if (tuning_name_eq(item, n, "none")) {
        tuning_mask = off ? ~0u : 0;
        return 0;
    }
    for (size_t i = 0; i < N_TUNING; i++) {
        if (tuning_name_eq(item, n, tuning_items[i].name)) {
            tuning_mask = off ? tuning_mask & ~tuning_items[i].bit
                              : tuning_mask | tuning_items[i].bit;
            return 0;
        }
    }
    return -1;
}

int tuning_parse(const char *list, const char **bad)
{
    const char *p = list;

    while (*p) {
        size_t n = strcspn(p, ",");
        if (n && tuning_item(p, n) < 0) {
            *bad = p;
            return -1;
        }
        p += n + (p[n] == ',');
    }
    return 0;
}

void tuning_print_help(void)
{
    printf("Optimizations (all on by default; -opt no-NAME turns one off, "
           "-opt none all):\n");
    for (size_t i = 0; i < N_TUNING; i++) {
        char name[64];
        snprintf(name, sizeof(name), "%s", tuning_items[i].name);
        for (char *c = name; *c; c++) {
            *c = *c == '_' ? '-' : *c;
        }
        printf("  %-14s %s\n", name, tuning_items[i].help);
    }
}
