/* CFLAGS: -pthread
 *
 * C11 atomics as gcc compiles them by default (outline atomics: libgcc picks
 * LSE from AT_HWCAP): fetch ops on every integer width return the old
 * value, compare-exchange in both outcomes, and threads sharing counters,
 * an atomic_flag spinlock and a mutex/condvar handoff. atomic-c11-llsc.c
 * builds the same code for plain ARMv8.0 (LDXR/STXR loops).
 */
#define NAME "atomic-c11"
#include "atomic-c11.h"
