/*
 * (being written) See translate.h for what this file owns.
 */
#include "frontends/aarch64/translate.h"

const A64Pattern a64_fp_patterns[] = {
    {0, 0, NULL, NULL},
};
