/*
 * Emulated /proc files (see proc.h): which paths, and the simple files
 * (exe, auxv, cmdline, environ, stat, cpuinfo). maps and smaps are in
 * proc-maps.c.
 */
#define _GNU_SOURCE
#include "linux-user/proc.h"

#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "linux-user/mmap.h"
#include "linux-user/path.h"
#include "linux-user/proc-maps.h"
#include "linux-user/user.h"
#include "translator/guest.h"

static char exe_guest_name[PATH_MAX];

void proc_init(const char *exe_arg)
{
    char real[PATH_MAX];
    const char *host = user_image.exe_path;
    if (!realpath(host, real)) {
        snprintf(real, sizeof(real), "%s", host);
    }
    if (!path_to_guest(real, exe_guest_name, sizeof(exe_guest_name))) {
        snprintf(exe_guest_name, sizeof(exe_guest_name), "%s", real);
    }
    user_exe = exe_guest_name;
    /* Linux names a process after the file it executed; ps, top,
     * /proc/self/comm and status then show the guest's name. */
    const char *base = strrchr(exe_arg, '/');
    prctl(PR_SET_NAME, base ? base + 1 : exe_arg);
}

/* The part after "/proc/self/" (or thread-self, or our pid), or NULL. */
static const char *self_entry(const char *path)
{
    if (strncmp(path, "/proc/", 6)) {
        return NULL;
    }
    const char *p = path + 6;
    if (!strncmp(p, "self/", 5)) {
        return p + 5;
    }
    if (!strncmp(p, "thread-self/", 12)) {
        return p + 12;
    }
    char *end;
    long pid = strtol(p, &end, 10);
    if (end != p && *end == '/' && pid == getpid()) {
        return end + 1;
    }
    return NULL;
}

static bool is_self_exe(const char *path)
{
    const char *e = self_entry(path);
    return e && !strcmp(e, "exe") && user_exe;
}

const char *proc_exe_path(const char *path)
{
    return is_self_exe(path) ? user_image.exe_path : NULL;
}

int64_t proc_readlink(const char *path, char *buf, size_t size)
{
    if (!is_self_exe(path)) {
        return PROC_PASS;
    }
    size_t n = strlen(user_exe);
    n = n < size ? n : size;
    memcpy(buf, user_exe, n);
    return n;
}

/* The NUL-separated strings the guest keeps in [start, end) of its memory
 * (argv, envp), read as they are now, as Linux does. */
static void fill_guest_strings(GString *out, uint64_t start, uint64_t end)
{
    if (end > start && guest_access_ok(start, end - start, false)) {
        g_string_append_len(out, g2h(start), end - start);
    }
}

static void fill_cmdline(GString *out)
{
    fill_guest_strings(out, user_image.arg_start, user_image.arg_end);
}

static void fill_environ(GString *out)
{
    fill_guest_strings(out, user_image.env_start, user_image.env_end);
}

static void fill_auxv(GString *out)
{
    g_string_append_len(out, (const char *)user_image.auxv,
                        user_image.auxv_words * 8);
}

static void fill_cpuinfo(GString *out)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    char buf[1024];
    for (long i = 0; i < (n > 0 ? n : 1); i++) {
        int len = guest_arch->cpuinfo(buf, sizeof(buf), (unsigned)i);
        if (len > 0) {
            g_string_append_len(out, buf,
                                len < (int)sizeof(buf) ? len : sizeof(buf) - 1);
        }
    }
}

/* /proc/self/stat: the host's line, with the fields that are addresses
 * (and the size) replaced by the guest's. Field numbers as in proc(5). */
static void fill_stat(GString *out)
{
    gchar *text = NULL;
    if (!g_file_get_contents("/proc/self/stat", &text, NULL, NULL)) {
        return;
    }
    char *rparen = strrchr(text, ')');
    if (!rparen) {
        g_free(text);
        return;
    }
    const ImageInfo *im = &user_image;
    uint64_t brk = (im->exe.brk + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
    const struct {
        int field;
        uint64_t value;
    } guest[] = {
        {23, proc_guest_vsize()},
        {26, im->exe.start_code},
        {27, im->exe.end_code},
        {28, im->sp},
        {29, 0},
        {30, 0},
        {45, im->exe.start_data},
        {46, im->exe.end_data},
        {47, brk},
        {48, im->arg_start},
        {49, im->arg_end},
        {50, im->env_start},
        {51, im->env_end},
    };
    g_string_append_len(out, text, rparen + 1 - text);
    gchar **f = g_strsplit(g_strstrip(rparen + 1), " ", -1);
    for (int i = 0; f[i]; i++) {
        int field = i + 3;
        g_string_append_c(out, ' ');
        size_t k = 0;
        while (k < G_N_ELEMENTS(guest) && guest[k].field != field) {
            k++;
        }
        if (k < G_N_ELEMENTS(guest)) {
            g_string_append_printf(out, "%" G_GUINT64_FORMAT, guest[k].value);
        } else {
            g_string_append(out, f[i]);
        }
    }
    g_string_append_c(out, '\n');
    g_strfreev(f);
    g_free(text);
}

typedef struct ProcFile {
    const char *name; /* under /proc/self/, or absolute */
    void (*fill)(GString *out);
} ProcFile;

static const ProcFile self_files[] = {
    {"maps", proc_fill_maps},  {"smaps", proc_fill_smaps}, {"auxv", fill_auxv},
    {"cmdline", fill_cmdline}, {"environ", fill_environ},  {"stat", fill_stat},
};

static const ProcFile global_files[] = {
    {"/proc/cpuinfo", fill_cpuinfo},
};

/* Hand the contents to the guest as a read-only file at the lowest free
 * descriptor: a memfd, reopened read-only through /proc/self/fd and put
 * back in the memfd's slot. */
static int64_t serve(const GString *s, int flags)
{
    int mfd = memfd_create("mimic-proc", MFD_CLOEXEC);
    if (mfd < 0) {
        return -errno;
    }
    size_t done = 0;
    while (done < s->len) {
        ssize_t n = write(mfd, s->str + done, s->len - done);
        if (n < 0 && errno != EINTR) {
            int e = errno;
            close(mfd);
            return -e;
        }
        done += n > 0 ? n : 0;
    }
    char fdpath[40];
    snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", mfd);
    int fd = open(fdpath, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || dup3(fd, mfd, flags & O_CLOEXEC) < 0) {
        int e = errno;
        close(mfd);
        if (fd >= 0) {
            close(fd);
        }
        return -e;
    }
    close(fd);
    return mfd;
}

static int64_t open_generated(const ProcFile *pf, int flags)
{
    if ((flags & O_ACCMODE) != O_RDONLY) {
        return -EACCES;
    }
    GString *s = g_string_new(NULL);
    pf->fill(s);
    int64_t r = serve(s, flags);
    g_string_free(s, TRUE);
    return r;
}

int64_t proc_open(const char *path, int flags, mode_t mode)
{
    if (strncmp(path, "/proc/", 6)) {
        return PROC_PASS; /* the common case, quickly */
    }
    if (is_self_exe(path) && !(flags & (O_NOFOLLOW | O_PATH))) {
        int fd = open(user_image.exe_path, flags, mode);
        return fd < 0 ? -errno : fd;
    }
    const char *e = self_entry(path);
    for (size_t i = 0; e && i < G_N_ELEMENTS(self_files); i++) {
        if (!strcmp(e, self_files[i].name)) {
            return open_generated(&self_files[i], flags);
        }
    }
    for (size_t i = 0; i < G_N_ELEMENTS(global_files); i++) {
        /* (a guest without a cpuinfo hook sees the host's) */
        if (!strcmp(path, global_files[i].name) && guest_arch->cpuinfo) {
            return open_generated(&global_files[i], flags);
        }
    }
    return PROC_PASS;
}
