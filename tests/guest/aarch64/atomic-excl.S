// CFLAGS: -nostdlib
/* Exclusives, single thread: LDXR/STXR and the acquire/release forms in
 * each size, W and X pairs, the failure cases (no LDXR, CLREX, a different
 * address, memory changed since LDXR, a second STXR) and a retry loop.
 * Output compared with qemu-aarch64. */
#include "ldst-common.h"

    /* mem = init; ld \ldop; st \stop with val; print loaded, status, mem */
    .macro X ldop, stop, r, init, val
    ldr x0, =\init
    str x0, [x19]
    ldr x22, =\val
    \ldop \r\()20, [x19]
    \stop w21, \r\()22, [x19]
    PUT x20
    PUT x21
    ldr x24, [x19]
    PUT x24
    .endm

    /* pair version */
    .macro XP ldop, stop, r, init0, init1, val0, val1
    ldr x0, =\init0
    ldr x1, =\init1
    stp x0, x1, [x19]
    ldr x22, =\val0
    ldr x23, =\val1
    \ldop \r\()20, \r\()21, [x19]
    \stop w25, \r\()22, \r\()23, [x19]
    PUT x20
    PUT x21
    PUT x25
    ldp x24, x26, [x19]
    PUT x24
    PUT x26
    .endm

    .macro POOL
    b 9f
    .ltorg
9:
    .endm

    .text
    .globl _start
_start:
    adrp x19, mem
    add x19, x19, :lo12:mem

    X ldxrb, stxrb, w, 0x1234567890abcdef, 0x1ff
    X ldxrh, stxrh, w, 0x1234567890abcdef, 0x1ffff
    X ldxr, stxr, w, 0x1234567890abcdef, 0xfedcba98
    X ldxr, stxr, x, 0x1234567890abcdef, 0xfedcba9876543210
    X ldaxrb, stlxrb, w, 0x80, 0x7f
    X ldaxrh, stlxrh, w, 0x8000, 0x7fff
    X ldaxr, stlxr, w, 0x80000000, 0x7fffffff
    X ldaxr, stlxr, x, 0x8000000000000000, 1
    X ldxr, stlxr, x, 5, 6
    X ldaxr, stxr, w, 5, 6
    POOL
    XP ldxp, stxp, x, 1, 2, 3, 4
    XP ldaxp, stlxp, x, 0x8000000000000000, 0xffffffffffffffff, 5, 6
    XP ldxp, stxp, w, 0x8765432112345678, 0xaa, 0xfffffff1, 0xfffffff2
    XP ldaxp, stlxp, w, 0x8000000080000000, 0xbb, 1, 2
    POOL

    /* STXR without LDXR fails and leaves memory alone */
    mov x0, #7
    str x0, [x19]
    mov x1, #9
    stxr w21, x1, [x19]
    PUT x21
    ldr x0, [x19]
    PUT x0

    /* CLREX in between */
    ldxr x20, [x19]
    clrex
    stxr w21, x1, [x19]
    PUT x21
    ldr x0, [x19]
    PUT x0

    /* a different address */
    ldxr x20, [x19]
    mov x1, #9
    add x2, x19, #8
    stxr w21, x1, [x2]
    PUT x21

    /* memory changed after LDXR (a plain store of a new value) */
    ldxr x20, [x19]
    mov x1, #9
    mov x3, #11
    str x3, [x19]
    stxr w21, x1, [x19]
    PUT x21
    ldr x0, [x19]
    PUT x0

    /* a second STXR after a successful one fails */
    ldxr x20, [x19]
    mov x1, #10
    stxr w21, x1, [x19]
    PUT x21
    mov x1, #12
    stxr w21, x1, [x19]
    PUT x21
    ldr x0, [x19]
    PUT x0

    /* STXP after LDXR of another size fails */
    ldxr x20, [x19]
    stxp w21, x1, x1, [x19]
    PUT x21

    /* the usual increment loop, 1000 times */
    str xzr, [x19]
    mov x4, #1000
1:  ldaxr x5, [x19]
    add x5, x5, #3
    stlxr w6, x5, [x19]
    cbnz w6, 1b
    subs x4, x4, #1
    b.ne 1b
    ldr x0, [x19]
    PUT x0

    /* a byte counter that wraps, with SP as the base */
    sub sp, sp, #16
    strb wzr, [sp]
    mov x4, #300
2:  ldxrb w5, [sp]
    add w5, w5, #1
    stxrb w6, w5, [sp]
    cbnz w6, 2b
    subs x4, x4, #1
    b.ne 2b
    ldrb w0, [sp]
    add sp, sp, #16
    PUT x0

    /* status register = XZR discards the status */
    ldxr x20, [x19]
    mov x1, #77
    stxr wzr, x1, [x19]
    ldr x0, [x19]
    PUT x0

    EXIT 0
    .ltorg

    .bss
    .balign 16
mem:    .skip 64
