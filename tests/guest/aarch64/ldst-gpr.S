// CFLAGS: -nostdlib
/* General-register loads and stores: every size and sign extension, in every
 * addressing form (unsigned offset, unscaled, pre/post-index, register
 * offset with each extend and scale, literal, unprivileged), pairs
 * (LDP/STP/LDPSW/LDNP/STNP) and SP as the base. Output compared with
 * qemu-aarch64. */
#include "ldst-common.h"

    .text
    .globl _start
_start:
    adrp x19, src
    add x19, x19, :lo12:src

    /* unsigned offset, each size and sign */
    ldrb w20, [x19]
    PUT x20
    ldrb w20, [x19, #9]
    PUT x20
    ldrsb w20, [x19, #1]
    PUT x20
    ldrsb x20, [x19, #2]
    PUT x20
    ldrsb x20, [x19, #9]
    PUT x20
    ldrh w20, [x19, #2]
    PUT x20
    ldrsh w20, [x19, #4]
    PUT x20
    ldrsh x20, [x19, #6]
    PUT x20
    ldrsh x20, [x19, #10]
    PUT x20
    ldr w20, [x19, #4]
    PUT x20
    ldrsw x20, [x19, #8]
    PUT x20
    ldrsw x20, [x19, #12]
    PUT x20
    ldr x20, [x19, #8]
    PUT x20
    ldr x20, [x19, #32760]
    PUT x20

    /* unscaled, negative and odd offsets */
    add x21, x19, #16
    ldur x20, [x21, #-3]
    PUT x20
    ldur w20, [x21, #-7]
    PUT x20
    ldursw x20, [x21, #-5]
    PUT x20
    ldurh w20, [x21, #-1]
    PUT x20
    ldursh x20, [x21, #-15]
    PUT x20
    ldursh w20, [x21, #-15]
    PUT x20
    ldurb w20, [x21, #-256]
    PUT x20
    ldursb x20, [x21, #255]
    PUT x20
    prfum pldl1keep, [x21, #3]

    /* post-index and pre-index: value and base */
    mov x21, x19
    ldr x20, [x21], #8
    PUT x20
    sub x22, x21, x19
    PUT x22
    ldrsh w20, [x21, #-2]!
    PUT x20
    sub x22, x21, x19
    PUT x22
    ldrsb x20, [x21, #5]!
    PUT x20
    sub x22, x21, x19
    PUT x22
    ldrh w20, [x21], #-3
    PUT x20
    sub x22, x21, x19
    PUT x22
    ldrsw x20, [x21, #-4]!
    PUT x20
    sub x22, x21, x19
    PUT x22

    /* register offset */
    mov x22, #3
    ldr x20, [x19, x22, lsl #3]
    PUT x20
    ldr x20, [x19, x22]
    PUT x20
    ldr w20, [x19, w22, uxtw #2]
    PUT x20
    ldr w20, [x19, w22, uxtw]
    PUT x20
    movn w23, #0        /* w23 = -1, x23 = 0xffffffff */
    add x24, x19, #16
    ldrsh x20, [x24, w23, sxtw #1]
    PUT x20
    ldrsb w20, [x24, w23, sxtw]
    PUT x20
    mov x23, #-2
    ldrsw x20, [x24, x23, sxtx #2]
    PUT x20
    ldrh w20, [x24, x23, sxtx]
    PUT x20
    ldrb w20, [x19, x22, lsl #0]
    PUT x20
    ldrb w20, [x19, w22, uxtw]
    PUT x20
    mov x23, #0xfffffffe   /* uxtw keeps it positive */
    movk x23, #0xffff, lsl #32
    sub x24, x19, x23, uxtw
    ldrh w20, [x24, w23, uxtw]
    PUT x20
    prfm pldl1keep, [x19, x22]

    /* literal */
    ldr w20, lit_w
    PUT x20
    ldr x20, lit_x
    PUT x20
    ldrsw x20, lit_w
    PUT x20
    ldrsw x20, lit_w2
    PUT x20
    prfm pldl1keep, lit_x

    /* unprivileged */
    ldtr x20, [x19, #8]
    PUT x20
    ldtrsb x20, [x19, #-0]
    PUT x20
    ldtrsh w20, [x19, #6]
    PUT x20
    ldtrsw x20, [x19, #12]
    PUT x20

    /* XZR as a destination and as a stored value */
    ldr xzr, [x19]
    adrp x25, dst
    add x25, x25, :lo12:dst
    mov x20, #-1
    str x20, [x25]
    str xzr, [x25]
    ldr x20, [x25]
    PUT x20

    /* stores: each size and form, then dump */
    ldr x20, [x19, #8]          /* 0xf887f685f483f281-ish pattern */
    strb w20, [x25, #1]
    strh w20, [x25, #2]
    str w20, [x25, #4]
    str x20, [x25, #8]
    add x21, x25, #16
    stur x20, [x21, #1]          /* unaligned */
    sturb w20, [x21, #-1]
    sturh w20, [x21, #9]
    stur w20, [x21, #11]
    mov x21, x25
    add x21, x21, #32
    strb w20, [x21], #1
    strh w20, [x21, #1]!
    str w20, [x21, #2]!
    str x20, [x21], #-7
    sub x22, x21, x25
    PUT x22
    mov x22, #6
    add x21, x25, #48
    str x20, [x21, x22, lsl #3]
    strh w20, [x21, w22, uxtw #1]
    strb w20, [x21, w22, sxtw]
    mov x23, #-1
    str w20, [x21, x23, sxtx #2]
    sttr w20, [x21, #4]
    sttrb w20, [x21, #1]
    sttrh w20, [x21, #2]
    sttr x20, [x21, #8]
    DUMP dst, 14

    /* pairs */
    ldp w20, w21, [x19, #4]
    PUT x20
    PUT x21
    ldp x20, x21, [x19, #-0]
    PUT x20
    PUT x21
    ldpsw x20, x21, [x19, #8]
    PUT x20
    PUT x21
    ldnp x20, x21, [x19, #16]
    PUT x20
    PUT x21
    ldnp w20, w21, [x19, #8]
    PUT x20
    PUT x21
    mov x22, x19
    ldp x20, x21, [x22, #16]!
    PUT x20
    PUT x21
    sub x23, x22, x19
    PUT x23
    ldp w20, w21, [x22], #-8
    PUT x20
    PUT x21
    sub x23, x22, x19
    PUT x23
    ldpsw x20, x21, [x22, #-8]!
    PUT x20
    PUT x21
    sub x23, x22, x19
    PUT x23
    ldpsw x20, x21, [x22], #24
    PUT x20
    PUT x21
    sub x23, x22, x19
    PUT x23
    ldp x20, x21, [x19, #504]
    PUT x20
    PUT x21

    adrp x25, dst2
    add x25, x25, :lo12:dst2
    ldp x20, x21, [x19]
    stp x20, x21, [x25]
    stp w21, w20, [x25, #16]
    stnp w20, w21, [x25, #24]
    add x22, x25, #32
    stp x21, x20, [x22, #16]!
    stp w20, wzr, [x22], #-16    /* w form with wzr */
    sub x23, x22, x25
    PUT x23
    stnp x20, xzr, [x22, #48]
    stp xzr, x21, [x22, #-16]!
    sub x23, x22, x25
    PUT x23
    DUMP dst2, 12

    /* SP as base, with write-back */
    mov x26, sp
    ldp x20, x21, [x19]
    stp x20, x21, [sp, #-32]!
    stp xzr, xzr, [sp, #16]
    str w20, [sp, #16]
    strb w21, [sp, #20]
    ldr x22, [sp], #8
    PUT x22
    ldr x22, [sp, #8]
    PUT x22
    ldrsb x22, [sp, #12]
    PUT x22
    ldp x20, x21, [sp, #-8]!
    PUT x20
    PUT x21
    ldp x20, x21, [sp], #32
    mov x27, sp
    sub x23, x26, x27
    PUT x23
    mov x22, #8
    str x19, [sp, #-16]!
    ldr x23, [sp, x22, lsl #0]
    ldr x24, [sp], #16
    sub x24, x24, x19
    PUT x24
    mov x27, sp
    sub x23, x26, x27
    PUT x23

    /* base == transfer register (no write-back) */
    mov x20, x19
    ldr x20, [x20, #8]
    PUT x20
    mov x20, x19
    ldp x21, x20, [x20, #16]
    PUT x20
    PUT x21
    mov x20, x19
    ldp x20, x21, [x20, #16]
    PUT x20
    PUT x21
    add x20, x25, #8
    str x20, [x20]
    ldr x21, [x25, #8]
    sub x21, x21, x25
    PUT x21

    EXIT 0

    .balign 8
lit_x:  .quad 0x8877665544332211
lit_w:  .word 0x80000001
lit_w2: .word 0x7ffffffe

    .data
    .balign 16
    .skip 256
src:
    .byte 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88
    .byte 0x71, 0xf2, 0x73, 0xf4, 0x75, 0xf6, 0x77, 0xf8
    .quad 0x0123456789abcdef, 0xfedcba9876543210
    .quad 0x8000000000000000, 0x00000000ffffffff
    .rept 58
    .quad 0x1111111111111111
    .endr
    .quad 0x5555555555555555, 0x6666666666666666
    .rept 4029
    .quad 0x2222222222222222
    .endr
    .quad 0xabcdef0123456789
    .skip 256

    .bss
    .balign 16
dst:    .skip 128
dst2:   .skip 128
