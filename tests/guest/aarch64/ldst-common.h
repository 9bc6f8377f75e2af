/* Shared bits of the freestanding ldst-* / atomic-* assembly tests: an
 * entry point, a hex printer and exit. Only integer, branch and load/store
 * instructions, so the tests run before libc-level support exists.
 *
 *   PUT reg      print reg as 16 hex digits and a newline (clobbers x0-x8,
 *                x30)
 *   DUMP addr, n print n doublewords from label addr (clobbers x0-x9, x30)
 *   EXIT code
 */
    .macro PUT reg
    mov x0, \reg
    bl puthex
    .endm

    .macro DUMP addr, n
    adrp x9, \addr
    add x9, x9, :lo12:\addr
    mov x0, x9
    mov x1, #\n
    bl dumpmem
    .endm

    .macro EXIT code
    mov x0, #\code
    mov x8, #93
    svc #0
    .endm

    .text
    .balign 4
/* puthex: x0 -> stdout as %016lx\n */
puthex:
    adrp x1, hexbuf
    add x1, x1, :lo12:hexbuf
    mov x2, #15
1:  and x3, x0, #15
    add x4, x3, #'0'
    add x5, x3, #('a' - 10)
    cmp x3, #10
    csel x4, x4, x5, lo
    strb w4, [x1, x2]
    lsr x0, x0, #4
    subs x2, x2, #1
    b.ge 1b
    mov w3, #'\n'
    strb w3, [x1, #16]
    mov x0, #1
    mov x2, #17
    mov x8, #64
    svc #0
    ret

/* dumpmem: print x1 doublewords from x0 */
dumpmem:
    mov x7, x30
    mov x6, x0
    mov x5, x1
2:  ldr x0, [x6], #8
    mov x9, x5
    mov x10, x6
    bl puthex
    mov x5, x9
    mov x6, x10
    subs x5, x5, #1
    b.ne 2b
    mov x30, x7
    ret

    .bss
    .balign 8
hexbuf: .skip 24
    .text
