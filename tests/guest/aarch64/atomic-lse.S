// CFLAGS: -nostdlib -march=armv8.3-a
/* LSE atomics, single thread: every LD<op> and SWP in each size and each
 * ordering (old value returned zero-extended, memory updated in the access
 * size only), the ST<op> aliases, CAS and CASP in both outcomes, LDAPR,
 * LDAR/STLR and LDLAR/STLLR. Output compared with qemu-aarch64. */
#include "ldst-common.h"

    /* a literal pool in the middle of the code */
    .macro POOL
    b 9f
    .ltorg
9:
    .endm

    /* mem = init; old = op(mem, val); print old, mem */
    .macro T op, r, init, val
    ldr x0, =\init
    str x0, [x19]
    ldr x20, =\val
    movn x21, #0
    \op \r\()20, \r\()21, [x19]
    PUT x21
    ldr x0, [x19]
    PUT x0
    .endm

    /* one op in one ordering and the four sizes */
    .macro OPS op, ord, init, val
    T \op\ord\()b, w, \init, \val
    T \op\ord\()h, w, \init, \val
    T \op\ord, w, \init, \val
    T \op\ord, x, \init, \val
    .endm

    .macro OP op, init, val
    OPS \op, , \init, \val
    OPS \op, a, \init, \val
    OPS \op, l, \init, \val
    OPS \op, al, \init, \val
    POOL
    .endm

    .macro ALLOPS init, val
    OP ldadd, \init, \val
    OP ldclr, \init, \val
    OP ldeor, \init, \val
    OP ldset, \init, \val
    OP ldsmax, \init, \val
    OP ldsmin, \init, \val
    OP ldumax, \init, \val
    OP ldumin, \init, \val
    OP swp, \init, \val
    .endm

    /* ST<op> alias: mem = init; op(mem, val); print mem */
    .macro S op, r, init, val
    ldr x0, =\init
    str x0, [x19]
    ldr x20, =\val
    \op \r\()20, [x19]
    ldr x0, [x19]
    PUT x0
    .endm

    /* CAS: mem = init; Rs = cmp; cas Rs, Rt=val; print Rs, mem */
    .macro C op, r, init, cmp, val
    ldr x0, =\init
    str x0, [x19]
    ldr x20, =\cmp
    ldr x21, =\val
    \op \r\()20, \r\()21, [x19]
    PUT x20
    ldr x0, [x19]
    PUT x0
    .endm

    /* CASP: mem = init0:init1; Rs pair = c0:c1; Rt pair = v0:v1 */
    .macro CP op, r, init0, init1, c0, c1, v0, v1
    ldr x0, =\init0
    ldr x1, =\init1
    stp x0, x1, [x19]
    ldr x20, =\c0
    ldr x21, =\c1
    ldr x22, =\v0
    ldr x23, =\v1
    \op \r\()20, \r\()21, \r\()22, \r\()23, [x19]
    PUT x20
    PUT x21
    ldp x24, x25, [x19]
    PUT x24
    PUT x25
    .endm

    .text
    .globl _start
_start:
    adrp x19, mem
    add x19, x19, :lo12:mem

    ALLOPS 0x123456789abcdef0, 0x0000000070000011
    ALLOPS 0x7f00000080000101, 0xfffffffffffffff0
    POOL

    S stadd, x, 5, 7
    S staddlb, w, 0x1ff, 1
    S stclrh, w, 0xffffffff, 0x0ff0
    S steor, w, 0xffffffffffffffff, 0x0f0f0f0f
    S stset, x, 0x100, 0x8000000000000001
    S stsmaxl, w, 0x80000000, 0x7fffffff
    S stsminb, w, 0x7f, 0x80
    S stumax, x, 3, 2
    S stuminlh, w, 0xffff, 0x8000

    C cas, w, 0x1111111122222222, 0x22222222, 0x33333333
    C cas, w, 0x1111111122222222, 0x22222223, 0x33333333
    C casa, x, 0x1111111122222222, 0x1111111122222222, 0x4444444455555555
    C casl, x, 0x1111111122222222, 0x1111111122222223, 0x4444444455555555
    C casal, x, 0x8000000000000000, 0x8000000000000000, 1
    C casb, w, 0xff80, 0x80, 0x7f
    C casab, w, 0xff80, 0xffffff80, 0x7f
    C caslh, w, 0x12348000, 0x8000, 0x1
    C casalh, w, 0x12348000, 0x8001, 0x1
    C casalb, w, 0x12348000, 0x8000, 0x1
    POOL

    CP casp, w, 0x2222222211111111, 0x5555, 0x11111111, 0x22222222, 0xaaaaaaaa, 0xbbbbbbbb
    CP caspa, w, 0x2222222211111111, 0x5555, 0x11111111, 0x22222223, 0xaaaaaaaa, 0xbbbbbbbb
    CP caspl, x, 1, 2, 1, 2, 3, 4
    CP caspal, x, 1, 2, 1, 3, 5, 6
    CP casp, x, 1, 2, 0, 2, 5, 6
    POOL

    /* CASP with the zero register pair as new value: x30:xzr as Rs */
    ldr x0, =0x1234
    stp x0, xzr, [x19]
    mov x30, #0x1234
    mov x22, #7
    mov x23, #8
    casp x30, xzr, x22, x23, [x19]
    mov x20, x30
    PUT x20
    ldp x24, x25, [x19]
    PUT x24
    PUT x25

    /* LDAPR, LDAR/STLR, LDLAR/STLLR */
    ldr x0, =0x8182838485868788
    str x0, [x19]
    ldaprb w20, [x19]
    PUT x20
    ldaprh w20, [x19]
    PUT x20
    ldapr w20, [x19]
    PUT x20
    ldapr x20, [x19]
    PUT x20
    ldarb w20, [x19]
    PUT x20
    ldarh w20, [x19]
    PUT x20
    ldar w20, [x19]
    PUT x20
    ldar x20, [x19]
    PUT x20
    ldlarb w20, [x19]
    PUT x20
    ldlar x20, [x19]
    PUT x20
    ldr x0, =0x1122334455667788
    stlrb w0, [x19]
    ldr x1, [x19]
    PUT x1
    add x2, x19, #2
    stlrh w0, [x2]
    add x2, x19, #4
    stlr w0, [x2]
    ldr x1, [x19]
    PUT x1
    add x2, x19, #8
    stlr x0, [x2]
    add x2, x19, #16
    stllrb w0, [x2]
    add x2, x19, #20
    stllrh w0, [x2]
    add x2, x19, #24
    stllr x0, [x2]
    DUMP mem, 4
    mov x2, sp
    str x0, [sp, #-16]!
    ldar x1, [sp]
    add sp, sp, #16
    PUT x1

    EXIT 0
    POOL

    .bss
    .balign 16
mem:    .skip 64
