// CFLAGS: -nostdlib
/* SIMD&FP register loads and stores: B/H/S/D/Q in every addressing form,
 * pairs of S/D/Q, literals, and the zeroing of the rest of the 128-bit
 * register by scalar loads (each register is first filled with ones, and
 * stored whole with STR Q after). Output compared with qemu-aarch64. */
#include "ldst-common.h"

    /* fill v\n with ones */
    .macro ONES n
    ldr q\n, [x28]
    .endm

    .text
    .globl _start
_start:
    adrp x19, src
    add x19, x19, :lo12:src
    adrp x25, dst
    add x25, x25, :lo12:dst
    adrp x28, ones
    add x28, x28, :lo12:ones

    /* scalar loads zero the upper part; unsigned offsets scaled */
    ONES 0
    ONES 1
    ONES 2
    ONES 3
    ONES 4
    ldr b0, [x19, #3]
    ldr h1, [x19, #6]
    ldr s2, [x19, #12]
    ldr d3, [x19, #24]
    ldr q4, [x19, #32]
    str q0, [x25]
    str q1, [x25, #16]
    str q2, [x25, #32]
    str q3, [x25, #48]
    str q4, [x25, #64]
    DUMP dst, 10

    /* unscaled, pre/post-index */
    mov x20, x19
    ONES 5
    ONES 6
    ONES 7
    ONES 8
    ONES 9
    ldur q5, [x20, #1]
    ldur d6, [x20, #-3]
    ldr s7, [x20, #4]!
    ldr h8, [x20], #10
    ldr b9, [x20, #-1]!
    sub x21, x20, x19
    PUT x21
    ldr q10, [x20], #-13
    sub x21, x20, x19
    PUT x21
    ldr q11, [x20, #32]!
    sub x21, x20, x19
    PUT x21
    stp q5, q6, [x25]
    stp q7, q8, [x25, #32]
    stp q9, q10, [x25, #64]
    str q11, [x25, #96]
    DUMP dst, 14

    /* register offset */
    mov x21, #2
    mov x22, #-1
    ldr q12, [x19, x21, lsl #4]
    ldr d13, [x19, x21, lsl #3]
    ldr s14, [x19, w21, uxtw #2]
    ldr h15, [x19, w21, sxtw #1]
    ldr b16, [x19, x21]
    ldr b17, [x19, x21, lsl #0]
    add x23, x19, #64
    ldr q18, [x23, x22, sxtx #4]
    ldr d19, [x23, w22, sxtw #3]
    ldr s20, [x23, w22, sxtw]
    stp q12, q13, [x25]
    stp q14, q15, [x25, #32]
    stp q16, q17, [x25, #64]
    stp q18, q19, [x25, #96]
    str q20, [x25, #128]
    DUMP dst, 18

    /* literals */
    ONES 21
    ONES 22
    ldr s21, lit_s
    ldr d22, lit_d
    ldr q23, lit_q
    stp q21, q22, [x25]
    str q23, [x25, #32]
    DUMP dst, 6

    /* stores of each size and form */
    ldr q0, [x19]
    ldr q1, [x19, #16]
    ldr q2, lit_z
    stp q2, q2, [x25]
    stp q2, q2, [x25, #32]
    stp q2, q2, [x25, #64]
    stp q2, q2, [x25, #96]
    str b0, [x25, #1]
    str h0, [x25, #2]
    str s0, [x25, #4]
    str d1, [x25, #8]
    str q1, [x25, #16]
    stur q0, [x25, #33]
    stur d1, [x25, #50]
    stur s1, [x25, #59]
    add x20, x25, #64
    str b1, [x20], #1
    str h1, [x20, #1]!
    str s1, [x20], #4
    str d0, [x20, #2]!
    sub x21, x20, x25
    PUT x21
    add x20, x25, #80
    mov x21, #1
    str q1, [x20, x21, lsl #4]
    str d0, [x20, x21, lsl #3]
    str s0, [x20, w21, uxtw #2]
    str h0, [x20, w21, sxtw #1]
    str b1, [x20, x21]
    DUMP dst, 16

    /* pairs of S, D, Q */
    ONES 3
    ONES 4
    ONES 5
    ONES 6
    ONES 7
    ONES 8
    ldp s3, s4, [x19, #4]
    ldp d5, d6, [x19, #8]
    ldnp s7, s8, [x19, #24]
    stp q3, q4, [x25]
    stp q5, q6, [x25, #32]
    stp q7, q8, [x25, #64]
    DUMP dst, 12
    mov x20, x19
    ldp q9, q10, [x20, #16]!
    ldp d11, d12, [x20], #-16
    ldp s13, s14, [x20, #8]!
    sub x21, x20, x19
    PUT x21
    ldnp q15, q16, [x19, #32]
    ldnp d17, d18, [x19, #-8]
    stp q9, q10, [x25]
    stp q11, q12, [x25, #32]
    stp q13, q14, [x25, #64]
    stnp q15, q16, [x25, #96]
    stnp q17, q18, [x25, #128]
    DUMP dst, 20

    ldr q2, lit_z
    stp q2, q2, [x25]
    stp q2, q2, [x25, #32]
    stp q2, q2, [x25, #64]
    add x20, x25, #8
    ldr q0, [x19]
    ldr q1, [x19, #16]
    stp s0, s1, [x20, #-8]!
    stp d1, d0, [x20], #24
    stp q0, q1, [x20, #16]!
    stnp d0, d1, [x20, #32]
    stnp s1, s0, [x20, #48]
    sub x21, x20, x25
    PUT x21
    DUMP dst, 12

    /* SP as base */
    ldr q0, [x19]
    str q0, [sp, #-16]!
    ldr d1, [sp, #8]
    ldr q2, [sp], #16
    stp q1, q2, [x25]
    DUMP dst, 4

    EXIT 0

    .balign 16
lit_z:  .quad 0, 0
lit_q:  .quad 0x0f0e0d0c0b0a0908, 0x1716151413121110
lit_d:  .quad 0xfedcba9876543210
lit_s:  .word 0x3f800000

    .data
    .balign 16
    .skip 64
src:
    .byte 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87
    .byte 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f
    .byte 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97
    .byte 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f
    .byte 0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7
    .byte 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf
    .byte 0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7
    .byte 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf
    .skip 64
ones:
    .quad -1, -1

    .bss
    .balign 16
dst:    .skip 256
