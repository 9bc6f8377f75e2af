/* execve: the errors the kernel gives (ENOENT, EACCES, ENOEXEC, a missing
 * "#!" interpreter), then a chain run from the one process (no fork):
 *   stage 1 execs itself through /proc/self/exe with a chosen argv[0], an
 *           environment of its own and two descriptors, one close-on-exec;
 *   stage 2 checks what it got and execs a "#!" script in /tmp whose
 *           interpreter is this very program, with an argument;
 *   stage 3 checks the argv the kernel builds for scripts, then fexecve()s
 *           itself (execveat with AT_EMPTY_PATH) into stage 4. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sys-check.h"

extern char **environ;

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && !strcmp(s + a - b, suffix);
}

static void write_file(const char *path, const char *text, mode_t mode)
{
    int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
    if (fd >= 0) {
        if (write(fd, text, strlen(text)) < 0) {
            perror(path);
        }
        close(fd);
    }
    chmod(path, mode);
}

static void check_errors(const char *dir)
{
    char path[256], text[256];
    char *argv[] = {"x", NULL}, *envp[] = {NULL};

    snprintf(path, sizeof(path), "%s/missing", dir);
    CHECK(execve(path, argv, envp) == -1 && errno == ENOENT);
    CHECK(execve(dir, argv, envp) == -1 && errno == EACCES);
    snprintf(path, sizeof(path), "%s/noexec", dir);
    write_file(path, "#!/bin/sh\n", 0644);
    CHECK(execve(path, argv, envp) == -1 && errno == EACCES);
    snprintf(path, sizeof(path), "%s/junk", dir);
    write_file(path, "\x01\x02junk\n", 0755);
    CHECK(execve(path, argv, envp) == -1 && errno == ENOEXEC);
    snprintf(path, sizeof(path), "%s/nointerp", dir);
    snprintf(text, sizeof(text), "#!%s/no-such-interpreter\n", dir);
    write_file(path, text, 0755);
    CHECK(execve(path, argv, envp) == -1 && errno == ENOENT);
    snprintf(path, sizeof(path), "%s/empty", dir);
    write_file(path, "#!\n", 0755);
    CHECK(execve(path, argv, envp) == -1 && errno == ENOEXEC);
}

static int stage1(void)
{
    char dir[] = "/tmp/mimic-exec-XXXXXX", self[1024] = {0};
    CHECK(mkdtemp(dir) != NULL);
    CHECK(readlink("/proc/self/exe", self, sizeof(self) - 1) > 0);
    check_errors(dir);

    char script[256], text[1200];
    snprintf(script, sizeof(script), "%s/script", dir);
    snprintf(text, sizeof(text), "#!%s  stage3 \nnot read\n", self);
    write_file(script, text, 0755);

    int keep = dup2(1, 10), drop = open("/dev/null", O_RDONLY | O_CLOEXEC);
    CHECK(keep == 10 && drop >= 0 && dup3(drop, 11, O_CLOEXEC) == 11);
    char *argv[] = {"renamed", "stage2", script, dir, NULL};
    char *envp[] = {"SYS_EXEC_VAR=42", NULL};
    fflush(stdout);
    execve("/proc/self/exe", argv, envp);
    CHECK(!"execve returned");
    return sys_finish();
}

static int stage2(int argc, char **argv)
{
    char self[1024] = {0};
    CHECK(argc == 4 && !strcmp(argv[0], "renamed"));
    CHECK(readlink("/proc/self/exe", self, sizeof(self) - 1) > 0 &&
          ends_with(self, "/sys-exec"));
    CHECK(getenv("SYS_EXEC_VAR") && !strcmp(getenv("SYS_EXEC_VAR"), "42"));
    CHECK(getenv("PATH") == NULL);
    CHECK(fcntl(10, F_GETFD) == 0);
    CHECK(fcntl(11, F_GETFD) == -1 && errno == EBADF);
    char *next[] = {"ignored", "a b", NULL};
    char *envp[] = {"SYS_EXEC_VAR=43", NULL};
    fflush(stdout);
    execve(argv[2], next, envp);
    CHECK(!"execve of the script returned");
    return sys_finish();
}

/* argv: interpreter, "stage3", the script, then the exec'd argv[1..]. */
static int stage3(int argc, char **argv)
{
    char self[1024] = {0};
    CHECK(argc == 4);
    CHECK(ends_with(argv[0], "/sys-exec") && !strcmp(argv[1], "stage3"));
    CHECK(ends_with(argv[2], "/script") && !strcmp(argv[3], "a b"));
    CHECK(readlink("/proc/self/exe", self, sizeof(self) - 1) > 0 &&
          !strcmp(self, argv[0]));
    CHECK(getenv("SYS_EXEC_VAR") && !strcmp(getenv("SYS_EXEC_VAR"), "43"));
    char dir[256];
    snprintf(dir, sizeof(dir), "%s", argv[2]);
    *strrchr(dir, '/') = 0;
    const char *names[] = {"script", "noexec", "junk", "nointerp", "empty"};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        char p[300];
        snprintf(p, sizeof(p), "%s/%s", dir, names[i]);
        unlink(p);
    }
    CHECK(rmdir(dir) == 0);

    int fd = open(argv[0], O_RDONLY | O_CLOEXEC);
    char *next[] = {"fexec", "stage4", NULL};
    CHECK(fd >= 0);
    fflush(stdout);
    fexecve(fd, next, environ);
    CHECK(!"fexecve returned");
    return sys_finish();
}

/* Started by fexecve (execveat with AT_EMPTY_PATH). */
static int stage4(int argc, char **argv)
{
    char self[1024] = {0};
    CHECK(argc == 2 && !strcmp(argv[0], "fexec"));
    CHECK(readlink("/proc/self/exe", self, sizeof(self) - 1) > 0 &&
          ends_with(self, "/sys-exec"));
    return sys_finish();
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "stage2")) {
        return stage2(argc, argv);
    }
    if (argc > 1 && !strcmp(argv[1], "stage3")) {
        return stage3(argc, argv);
    }
    if (argc > 1 && !strcmp(argv[1], "stage4")) {
        return stage4(argc, argv);
    }
    return stage1();
}
