/*
 * Guest path resolution (see path.h). Placeholder: paths pass through.
 */
#include "linux-user/path.h"

#include <stddef.h>

#include "linux-user/mmap.h"

static const char *sysroot;

void path_init(const char *prefix)
{
    sysroot = prefix;
}

const char *path_sysroot(void)
{
    return sysroot;
}

const char *path_resolve(const char *guest_path, PathBuf *pb)
{
    return guest_path;
}

const char *user_path(uint64_t addr, PathBuf *pb)
{
    const char *p = lock_user_string(addr);
    return p ? path_resolve(p, pb) : NULL;
}
