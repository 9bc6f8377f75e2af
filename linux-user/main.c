/*
 * mimic-ARCH: the user-mode entry point.
 *
 *   mimic-riscv64 [options] program [args...]
 *
 * Options are QEMU's user-mode ones. They live in one table (user_options)
 * that drives the parser, the environment names (QEMU_<ENV> then
 * MIMIC_<ENV>, read before argv, which overrides them) and -h. Parsing stops
 * at the first non-option (the program) or after "--".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "linux-user/execve.h"
#include "linux-user/mmap.h"
#include "linux-user/path.h"
#include "linux-user/proc.h"
#include "linux-user/signal.h"
#include "linux-user/thread.h"
#include "linux-user/user.h"
#include "syscall/syscall.h"
#include "translator/exec.h"
#include "translator/gdbstub.h"
#include "translator/log.h"
#include "translator/perfmap.h"
#include "translator/tb.h"
#include "translator/tuning.h"

#ifndef AT_FLAGS_PRESERVE_ARGV0
#define AT_FLAGS_PRESERVE_ARGV0 1 /* linux/binfmts.h */
#endif

#define MIMIC_VERSION "0.1"
#define CODE_BUFFER_SIZE (64u << 20)

extern char **environ;

/* The guest environment: a copy of ours, edited by -E / -U in order. */
static char **guest_env;
static size_t guest_envc;

static __attribute__((noreturn, format(printf, 1, 2))) void die(const char *fmt,
                                                                ...)
{
    va_list ap;
    fprintf(stderr, "%s: ", prog_name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

static void env_unset(const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < guest_envc; i++) {
        if (!strncmp(guest_env[i], name, n) && guest_env[i][n] == '=') {
            guest_env[i] = guest_env[--guest_envc];
            guest_env[guest_envc] = NULL;
            return;
        }
    }
}

static void env_set(const char *assignment)
{
    const char *eq = strchr(assignment, '=');
    if (!eq || eq == assignment) {
        die("bad environment assignment '%s' (expected VAR=VALUE)", assignment);
    }
    char *name = strndup(assignment, eq - assignment);
    env_unset(name);
    free(name);
    guest_env = realloc(guest_env, (guest_envc + 2) * sizeof(*guest_env));
    guest_env[guest_envc++] = strdup(assignment);
    guest_env[guest_envc] = NULL;
}

/* Apply fn to each comma-separated item of list. */
static void for_each_item(const char *list, void (*fn)(const char *))
{
    char *copy = strdup(list), *save = NULL;
    for (char *t = strtok_r(copy, ",", &save); t;
         t = strtok_r(NULL, ",", &save)) {
        fn(t);
    }
    free(copy);
}

static void print_help(void);

static void opt_help(const char *arg)
{
    print_help();
    exit(0);
}

static void opt_version(const char *arg)
{
    printf("%s version " MIMIC_VERSION "\n", prog_name);
    exit(0);
}

static void opt_log(const char *arg)
{
    if (!strcmp(arg, "help")) {
        log_print_help(stdout);
        exit(0);
    }
    const char *bad = NULL;
    int64_t mask = log_parse_items(arg, &bad);
    if (mask < 0) {
        die("unknown log item '%s' (try -d help)", bad ? bad : arg);
    }
    log_mask = (unsigned)mask | (log_mask & LOG_strace);
}

static void opt_log_file(const char *arg)
{
    int r = log_set_file(arg);
    if (r < 0) {
        die("%s: %s", arg, strerror(-r));
    }
}

static void opt_set_env(const char *arg)
{
    for_each_item(arg, env_set);
}

static void opt_unset_env(const char *arg)
{
    for_each_item(arg, env_unset);
}

static void opt_argv0(const char *arg)
{
    user_opts.argv0 = arg;
}

static void opt_preserve_argv0(const char *arg)
{
    user_opts.preserve_argv0 = true;
}

static void opt_stack_size(const char *arg)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(arg, &end, 0);
    unsigned shift = 0;
    switch (*end) {
    case 'k':
    case 'K':
        shift = 10;
        end++;
        break;
    case 'm':
    case 'M':
        shift = 20;
        end++;
        break;
    case 'g':
    case 'G':
        shift = 30;
        end++;
        break;
    }
    if (errno || end == arg || *end || v == 0 || v > (1ull << 40) >> shift) {
        die("invalid stack size '%s'", arg);
    }
    user_opts.stack_size = v << shift;
}

static void opt_cpu(const char *arg)
{
    const GuestArch *arch = guest_arch;
    if (!strcmp(arg, "help") || !strcmp(arg, "?")) {
        if (arch->cpu_select) {
            arch->cpu_select("help");
        } else {
            printf("%s\n", arch->name);
        }
        exit(0);
    }
    if (arch->cpu_select ? !arch->cpu_select(arg)
                         : strcmp(arg, arch->name) != 0) {
        die("unknown CPU model '%s' (try -cpu help)", arg);
    }
    user_opts.cpu_model = arg;
}

static void opt_ld_prefix(const char *arg)
{
    user_opts.ld_prefix = arg;
}

static void opt_strace(const char *arg)
{
    log_mask |= LOG_strace;
}

static void opt_perfmap(const char *arg)
{
    int r = perfmap_open();
    if (r < 0) {
        die("-perfmap: cannot write /tmp/perf-%d.map: %s", (int)getpid(),
            strerror(-r));
    }
}

static void opt_tuning(const char *arg)
{
    const char *bad = NULL;
    if (!strcmp(arg, "help")) {
        tuning_print_help();
        exit(0);
    }
    if (tuning_parse(arg, &bad) < 0) {
        die("-opt: unknown optimization '%.*s' (-opt help for the list)",
            (int)strcspn(bad, ","), bad);
    }
}

static void opt_singlestep(const char *arg)
{
    user_opts.one_insn_per_tb = true;
    tb_one_insn_per_tb = true;
}

static void opt_dfilter(const char *arg)
{
    if (log_parse_filter(arg) < 0) {
        die("bad -dfilter '%s' (expected START..END, START+LEN or "
            "END-LEN, comma separated)",
            arg);
    }
}

/* -g: the gdbstub starts once the program is loaded (see start_gdb). */
static const char *gdb_spec;

static void opt_gdb(const char *arg)
{
    gdb_spec = arg;
}

/* OPT_LOCAL: not passed on to the mimic that runs a guest's execve (it
 * exits at once, or it concerns this process's environment or argv[0],
 * which the guest's execve arguments decide). OPT_PATH: the argument is a
 * path, passed on made absolute (the guest may chdir before its execve). */
enum { OPT_LOCAL = 1, OPT_PATH = 2 };

typedef struct UserOption {
    const char *name; /* spelled -name or --name */
    const char *env;  /* QEMU_<env> / MIMIC_<env>, or NULL */
    const char *arg;  /* argument name in the help, NULL for flags */
    void (*handle)(const char *arg);
    const char *help;
    unsigned flags; /* OPT_* */
} UserOption;

static const UserOption user_options[] = {
    {"h", NULL, NULL, opt_help, "print this help and exit", OPT_LOCAL},
    {"help", NULL, NULL, opt_help, "print this help and exit", OPT_LOCAL},
    {"version", NULL, NULL, opt_version, "print the version and exit",
     OPT_LOCAL},
    {"d", "LOG", "item[,...]", opt_log, "log the items (-d help for the list)"},
    {"D", "LOG_FILENAME", "file", opt_log_file, "write the log to file",
     OPT_PATH},
    {"dfilter", "DFILTER", "range[,...]", opt_dfilter,
     "log only TBs in the ranges (START..END, START+LEN, END-LEN)"},
    {"g", "GDB", "port", opt_gdb,
     "wait for gdb on TCP port (or unix socket path, %d = pid; "
     "append ,suspend=n to run at once)",
     OPT_LOCAL},
    {"E", "SET_ENV", "var=value", opt_set_env,
     "set a variable in the program's environment (repeatable, comma list)",
     OPT_LOCAL},
    {"U", "UNSET_ENV", "var", opt_unset_env,
     "remove a variable from the program's environment", OPT_LOCAL},
    {"0", "ARGV0", "argv0", opt_argv0, "pass argv0 as the program's argv[0]",
     OPT_LOCAL},
    {"preserve-argv0", "PRESERVE_ARGV0", NULL, opt_preserve_argv0,
     "the program path is followed by its argv[0] (binfmt_misc flag P; "
     "detected through AT_FLAGS when the kernel says so)",
     OPT_LOCAL},
    {"s", "STACK_SIZE", "size", opt_stack_size,
     "stack size in bytes, k/M/G suffixes (default 8M)"},
    {"cpu", "CPU", "model", opt_cpu,
     "select the CPU model (-cpu help for the list)"},
    {"L", "LD_PREFIX", "path", opt_ld_prefix,
     "sysroot: absolute paths are looked up there first (default: "
     "the cross libc's, if installed)",
     OPT_PATH},
    {"strace", "STRACE", NULL, opt_strace, "log system calls"},
    {"one-insn-per-tb", "ONE_INSN_PER_TB", NULL, opt_singlestep,
     "translate one guest instruction per block"},
    {"singlestep", "SINGLESTEP", NULL, opt_singlestep,
     "same as -one-insn-per-tb"},
    {"opt", "OPT", "[no-]name[,...]", opt_tuning,
     "turn translation optimizations off or on (-opt help for the list)"},
    {"perfmap", "PERFMAP", NULL, opt_perfmap,
     "write /tmp/perf-PID.map (generated code -> guest pc and symbol) for "
     "perf"},
};
#define N_OPTIONS (sizeof(user_options) / sizeof(user_options[0]))

static void print_help(void)
{
    printf("usage: %s [options] program [arguments...]\n"
           "Run a %s Linux program.\n\nOptions (environment variable):\n",
           prog_name, guest_arch->name);
    for (size_t i = 0; i < N_OPTIONS; i++) {
        const UserOption *o = &user_options[i];
        char left[64], env[48] = "";
        snprintf(left, sizeof(left), "-%s%s%s", o->name, o->arg ? " " : "",
                 o->arg ? o->arg : "");
        if (o->env) {
            snprintf(env, sizeof(env), " (QEMU_%s)", o->env);
        }
        printf("  %-20s %s%s\n", left, o->help, env);
    }
    printf("  %-20s %s\n", "--", "end of options");
    printf("\nMIMIC_<NAME> may be used for any QEMU_<NAME> variable.\n");
}

static const UserOption *find_option(const char *name)
{
    for (size_t i = 0; i < N_OPTIONS; i++) {
        if (!strcmp(user_options[i].name, name)) {
            return &user_options[i];
        }
    }
    return NULL;
}

static void parse_env(void)
{
    static const char *const prefixes[] = {"QEMU_", "MIMIC_"};
    for (size_t p = 0; p < 2; p++) {
        for (size_t i = 0; i < N_OPTIONS; i++) {
            const UserOption *o = &user_options[i];
            char name[64];
            if (!o->env) {
                continue;
            }
            snprintf(name, sizeof(name), "%s%s", prefixes[p], o->env);
            const char *v = getenv(name);
            if (v && (*v || !o->arg)) {
                o->handle(v);
            }
        }
    }
}

/* The options a guest's execve passes on (see OPT_LOCAL), as spelled. */
static char **inherited_opts;
static int n_inherited_opts;

static void inherit_option(const UserOption *o, char *spelling, char *arg)
{
    if (o->flags & OPT_LOCAL) {
        return;
    }
    inherited_opts = realloc(inherited_opts,
                             (n_inherited_opts + 2) * sizeof(*inherited_opts));
    inherited_opts[n_inherited_opts++] = spelling;
    if (arg) {
        char *abs = o->flags & OPT_PATH ? realpath(arg, NULL) : NULL;
        inherited_opts[n_inherited_opts++] = abs ? abs : arg;
    }
}

/* Returns the index of the program in argv. */
static int parse_args(int argc, char **argv)
{
    int i = 1;
    while (i < argc && argv[i][0] == '-' && argv[i][1]) {
        const char *name = argv[i] + 1;
        i++;
        if (!strcmp(name, "-")) {
            break;
        }
        if (name[0] == '-') {
            name++;
        }
        const UserOption *o = find_option(name);
        if (!o) {
            die("unknown option '%s'", argv[i - 1]);
        }
        const char *arg = NULL;
        if (o->arg) {
            if (i >= argc) {
                die("option '%s' needs an argument", argv[i - 1]);
            }
            arg = argv[i++];
        }
        o->handle(arg);
        inherit_option(o, argv[i - 1 - (arg != NULL)], (char *)arg);
    }
    if (i >= argc) {
        die("no program given (try -h)");
    }
    return i;
}

static void set_prog_name(const char *argv0)
{
    static char buf[64];
    const char *base = argv0 ? strrchr(argv0, '/') : NULL;
    base = base ? base + 1 : argv0;
    if (!base || !*base) {
        snprintf(buf, sizeof(buf), "mimic-%s", guest_arch->name);
        base = buf;
    }
    prog_name = base;
}

static void init_guest_env(void)
{
    size_t n = 0;
    while (environ[n]) {
        n++;
    }
    guest_env = calloc(n + 1, sizeof(*guest_env));
    for (size_t i = 0; i < n; i++) {
        guest_env[i] = environ[i];
    }
    guest_envc = n;
}

/* Started by binfmt_misc with flag P? The kernel says so in AT_FLAGS
 * (Linux 5.12 and later); -preserve-argv0 says it for older kernels. */
static bool preserve_argv0(int gargc)
{
    bool p = user_opts.preserve_argv0 ||
             (getauxval(AT_FLAGS) & AT_FLAGS_PRESERVE_ARGV0);
    return p && gargc >= 2;
}

/* ---- gdb ---------------------------------------------------------------- */

static int gdb_read_memory(uint64_t addr, void *buf, size_t len)
{
    return copy_from_user(buf, addr, len);
}

static int gdb_write_memory(uint64_t addr, const void *buf, size_t len)
{
    return copy_to_user(addr, buf, len);
}

static const char *gdb_host_path(const char *path, char *buf, size_t size)
{
    PathBuf pb;
    const char *p = path_resolve(path, &pb);
    if (!p || strlen(p) >= size) {
        return NULL;
    }
    strcpy(buf, p);
    return buf;
}

static int gdb_cpu_tid(CPUCommon *cpu)
{
    const TaskState *ts = cpu->opaque;
    return ts ? ts->tid : 0;
}

/* Open the gdbstub and, unless suspend=n, wait for gdb at the first
 * instruction. The guest's execve must not wait for it again, so the
 * environment spelling of -g is dropped from the guest's environment. */
static void start_gdb(CPUCommon *cpu)
{
    GdbTarget t = {
        .read_memory = gdb_read_memory,
        .write_memory = gdb_write_memory,
        .auxv = user_image.auxv,
        .auxv_len = user_image.auxv_words * 8,
        .exec_file = user_exe,
        .cpu_tid = gdb_cpu_tid,
        .host_path = gdb_host_path,
    };
    int r = gdbstub_init(gdb_spec, &t);
    if (r < 0) {
        die("-g %s: %s", gdb_spec, strerror(-r));
    }
    gdbstub_start(cpu);
}

int main(int argc, char **argv)
{
    set_prog_name(argc > 0 ? argv[0] : NULL);
    init_guest_env();
    parse_env();
    int prog = parse_args(argc, argv);
    if (gdb_spec) {
        env_unset("QEMU_GDB");
        env_unset("MIMIC_GDB");
    }
    /* A debugger or a log of CPU state shows the state at a fault. */
    tb_exact_faults = gdb_spec || log_enabled(LOG_cpu | LOG_int | LOG_exec) ||
                      !tuning_on(TUNING_fatal_faults);
    const char *path = argv[prog];
    execve_init(argc > 0 ? argv[0] : NULL, n_inherited_opts, inherited_opts);
    if (user_opts.ld_prefix && access(user_opts.ld_prefix, F_OK) < 0) {
        die("-L %s: %s", user_opts.ld_prefix, strerror(errno));
    }
    path_init(user_opts.ld_prefix);

    int r = mmap_init(guest_arch->va_bits, user_opts.stack_size);
    if (r < 0) {
        die("cannot reserve the guest address space: %s", strerror(-r));
    }
    signal_init();
    LoaderError err = {{0}};
    /* binfmt_misc O or C: the kernel opened the program for us (it may be
     * execute-only); map it from that descriptor. */
    unsigned long execfd = getauxval(AT_EXECFD);
    if (execfd > 0) {
        loader_exec_fd = (int)execfd;
    }
    if (loader_load_program(guest_arch, path, &user_image, &err) < 0) {
        if (err.file[0]) {
            die("%s: %s", err.file, err.msg);
        }
        die("%s", err.msg);
    }
    proc_init(path);
    int gargc = argc - prog;
    char **gargv = argv + prog;
    if (preserve_argv0(gargc)) {
        /* binfmt_misc P: "mimic path argv0 args...". */
        gargc--;
        gargv++;
    }
    if (user_opts.argv0) {
        gargv[0] = (char *)user_opts.argv0;
    }
    if (loader_setup_stack(guest_arch, &user_image, user_opts.stack_size, gargc,
                           gargv, guest_env, path, &err) < 0) {
        die("%s: %s", path, err.msg);
    }
    translator_init(guest_arch, CODE_BUFFER_SIZE);
    signal_init_trampoline();
    CPUCommon *cpu = cpu_new(guest_arch);
    current_cpu = cpu;
    thread_init_main(cpu);
    guest_arch->init_user(cpu, user_image.entry, user_image.sp);
    syscall_init();
    if (gdb_spec) {
        start_gdb(cpu);
    }
    cpu_loop(cpu);
}
