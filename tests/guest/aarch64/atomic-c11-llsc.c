/* CFLAGS: -pthread -march=armv8-a -mno-outline-atomics
 *
 * atomic-c11.h compiled for ARMv8.0: every atomic is an LDXR/STXR loop.
 */
#define NAME "atomic-c11-llsc"
#include "atomic-c11.h"
