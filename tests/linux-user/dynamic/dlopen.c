/* dlopen of libm by its soname, dlsym, dlclose. */
#include <dlfcn.h>
#include <stdio.h>

int main(void)
{
    void *h = dlopen("libm.so.6", RTLD_NOW);
    if (!h) {
        printf("dlopen: %s\n", dlerror());
        return 1;
    }
    double (*fn)(double) = (double (*)(double))dlsym(h, "cbrt");
    printf("cbrt(27) = %.1f\n", fn ? fn(27.0) : -1.0);
    return dlclose(h);
}
