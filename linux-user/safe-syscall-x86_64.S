/*
 * long safe_syscall_base(volatile int *pending, long nr, long a1, ..., a6)
 *
 * The check of *pending and the syscall instruction sit between
 * safe_syscall_start and safe_syscall_end. The host signal handler moves a
 * thread interrupted inside [start, end) to safe_syscall_restart, so a
 * signal arriving after the check can never leave us blocked in the kernel
 * (see safe-syscall.h). At safe_syscall_end the kernel has already run (or
 * been interrupted, returning -EINTR): nothing to rewind.
 */
    .text
    .globl safe_syscall_base
    .globl safe_syscall_start
    .globl safe_syscall_end
    .type safe_syscall_base, @function
safe_syscall_base:
    .cfi_startproc
    push %rbx
    .cfi_adjust_cfa_offset 8
    .cfi_rel_offset %rbx, 0
    mov %rdi, %rbx          /* pending flag */
    mov %rsi, %rax          /* syscall number */
    mov %rdx, %rdi          /* a1 */
    mov %rcx, %rsi          /* a2 */
    mov %r8, %rdx           /* a3 */
    mov %r9, %r10           /* a4 */
    mov 16(%rsp), %r8       /* a5 */
    mov 24(%rsp), %r9       /* a6 */
safe_syscall_start:
    cmpl $0, (%rbx)
    jnz safe_syscall_restart
    syscall
safe_syscall_end:
    pop %rbx
    .cfi_remember_state
    .cfi_adjust_cfa_offset -8
    .cfi_restore %rbx
    ret
    .cfi_restore_state
    .globl safe_syscall_restart
safe_syscall_restart:
    mov $-512, %rax         /* -MIMIC_ERESTARTSYS */
    pop %rbx
    .cfi_adjust_cfa_offset -8
    .cfi_restore %rbx
    ret
    .cfi_endproc
    .size safe_syscall_base, .-safe_syscall_base
    .section .note.GNU-stack, "", @progbits
