/*
 * execve for the guest: keep child processes emulated.
 *
 * The file is resolved through the sysroot and its first bytes decide, as
 * the kernel's binfmt handlers would:
 *  - an ELF for the guest machine: mimic itself is executed (the binary
 *    this process runs, opened at startup: it may have been replaced or
 *    deleted since) with the options it was given, "-0 ARGV0" so the guest
 *    keeps its own argv[0], then the program and its arguments;
 *  - "#!interpreter [arg]": the same decision for the interpreter, with the
 *    arguments the kernel would build (interpreter, arg, script, argv[1..]),
 *    at most EXEC_MAX_DEPTH interpreters deep;
 *  - anything else (a host ELF, another format): a plain host execve.
 * The environment is the guest's envp, nothing more: options set through
 * MIMIC_* / QEMU_* variables reach the child only if the guest passes them.
 * Errors are the kernel's: ENOENT, EACCES (not a regular file, no exec
 * permission), ENOEXEC (a bad "#!" line or ELF header), ELOOP (too deep).
 */
#ifndef MIMIC_LINUX_USER_EXECVE_H
#define MIMIC_LINUX_USER_EXECVE_H

#define EXEC_MAX_DEPTH 4 /* Linux's BINPRM_MAX_RECURSION */

/* At startup: mimic's own argv[0] and the options children inherit (the
 * words as given on the command line), and mimic's own binary. */
void execve_init(const char *self_argv0, int nopts, char *const *opts);

/* The guest's execveat(dirfd, path, argv, envp, flags) (AT_FDCWD and 0 for
 * execve); argv and envp are NULL-terminated host arrays of guest strings.
 * Returns only on failure, with -errno. */
int execve_guest(int dirfd, const char *path, char *const *argv,
                 char *const *envp, int flags);

#endif
