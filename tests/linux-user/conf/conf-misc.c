/* Conformance: the rest — uname, clocks and sleeps, rlimits, rusage,
 * environment, auxv, sysconf, ids, prctl, getrandom, priorities, memfd,
 * time zones, a pty with termios and window size, /proc/self/{stat,auxv,
 * comm}, /proc/cpuinfo. Only architecture-independent values are printed
 * (uname: the sysname only). See conf.h. */
#include "conf.h"

#include <pty.h>
#include <sched.h>
#include <sys/auxv.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <termios.h>

static char **main_argv;
extern char **environ;

static const char *err(long r)
{
    return r < 0 ? strerror(errno) : "ok";
}

static void check_uname(void)
{
    struct utsname u;
    char host[256];
    SYS(uname(&u));
    SYS(gethostname(host, sizeof(host)));
    report(!strcmp(u.sysname, "Linux") && u.release[0] && u.machine[0] &&
               !strcmp(host, u.nodename),
           "sysname=%s release-set=%d hostname=nodename:%d", u.sysname,
           u.release[0] != 0, !strcmp(host, u.nodename));
}

static void check_monotonic(void)
{
    struct timespec prev, t;
    int ok = 1;
    clock_gettime(CLOCK_MONOTONIC, &prev);
    for (int i = 0; i < 20000; i++) {
        clock_gettime(CLOCK_MONOTONIC, &t);
        ok &= t.tv_sec > prev.tv_sec ||
              (t.tv_sec == prev.tv_sec && t.tv_nsec >= prev.tv_nsec);
        ok &= t.tv_nsec >= 0 && t.tv_nsec < 1000000000;
        prev = t;
    }
    static const clockid_t others[] = {CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME,
                                       CLOCK_MONOTONIC_COARSE,
                                       CLOCK_REALTIME_COARSE};
    int others_ok = 1;
    for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
        others_ok &= clock_gettime(others[i], &t) == 0 && t.tv_sec > 0;
    }
    errno = 0;
    const char *bad = err(clock_gettime((clockid_t)12345, &t));
    report(ok && others_ok, "non-decreasing=%d other-clocks=%d bad-clock=%s",
           ok, others_ok, bad);
}

static void check_realtime(void)
{
    struct timespec ts;
    struct timeval tv;
    time_t t = time(NULL);
    SYS(clock_gettime(CLOCK_REALTIME, &ts));
    SYS(gettimeofday(&tv, NULL));
    long d1 = (long)(ts.tv_sec - t), d2 = (long)(tv.tv_sec - ts.tv_sec);
    report(d1 >= 0 && d1 <= 1 && d2 >= 0 && d2 <= 1 && t > 1600000000,
           "time~clock_gettime:%d gettimeofday~clock_gettime:%d after-2020:%d",
           d1 >= 0 && d1 <= 1, d2 >= 0 && d2 <= 1, t > 1600000000);
}

static void check_cputime(void)
{
    struct timespec p0, p1, t0, t1;
    struct rusage ru;
    SYS(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &p0));
    SYS(clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0));
    volatile uint64_t x = 1;
    for (int i = 0; i < 20000000; i++) {
        x = x * 6364136223846793005ull + 1;
    }
    SYS(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &p1));
    SYS(clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1));
    SYS(getrusage(RUSAGE_SELF, &ru));
    double dp = (p1.tv_sec - p0.tv_sec) + (p1.tv_nsec - p0.tv_nsec) / 1e9;
    double dt = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    int used = ru.ru_utime.tv_sec > 0 || ru.ru_utime.tv_usec > 0;
    report(dp > 0 && dt > 0 && used && ru.ru_maxrss > 0,
           "process-cpu-advanced=%d thread-cpu-advanced=%d rusage-utime=%d "
           "maxrss=%d",
           dp > 0, dt > 0, used, ru.ru_maxrss > 0);
}

static void check_getres(void)
{
    struct timespec r1, r2;
    SYS(clock_getres(CLOCK_MONOTONIC, &r1));
    SYS(clock_getres(CLOCK_REALTIME, &r2));
    errno = 0;
    const char *bad = err(clock_getres((clockid_t)12345, &r1));
    report(r1.tv_sec == 0 && r1.tv_nsec > 0 && r1.tv_nsec <= 1000000 &&
               r2.tv_sec == 0 && r2.tv_nsec > 0 && r2.tv_nsec <= 1000000,
           "monotonic<=1ms:%d realtime<=1ms:%d bad-clock=%s",
           r1.tv_sec == 0 && r1.tv_nsec > 0 && r1.tv_nsec <= 1000000,
           r2.tv_sec == 0 && r2.tv_nsec > 0 && r2.tv_nsec <= 1000000, bad);
}

static void on_alarm(int sig)
{
    (void)sig;
}

static void check_nanosleep(void)
{
    struct timespec t0, req = {0, 20 * 1000 * 1000}, abs;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    SYS(nanosleep(&req, NULL));
    double ms = ms_since(&t0);
    clock_gettime(CLOCK_MONOTONIC, &abs);
    abs.tv_nsec += 20 * 1000 * 1000;
    if (abs.tv_nsec >= 1000000000) {
        abs.tv_sec++;
        abs.tv_nsec -= 1000000000;
    }
    int r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs, NULL);
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    int reached = now.tv_sec > abs.tv_sec ||
                  (now.tv_sec == abs.tv_sec && now.tv_nsec >= abs.tv_nsec);
    struct timespec bad = {0, 1000000000};
    errno = 0;
    const char *e = err(nanosleep(&bad, NULL));
    /* interrupted: EINTR and the time left */
    struct sigaction sa = {.sa_handler = on_alarm};
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = {{0, 0}, {0, 20000}};
    setitimer(ITIMER_REAL, &it, NULL);
    struct timespec longreq = {3, 0}, rem = {0, 0};
    errno = 0;
    long ri = nanosleep(&longreq, &rem);
    int eintr = ri < 0 && errno == EINTR;
    signal(SIGALRM, SIG_DFL);
    int rem_ok = rem.tv_sec >= 1 && rem.tv_sec <= 2;

    report(ms >= 19 && ms < 2000 && r == 0 && reached && eintr && rem_ok,
           "slept>=20ms:%d absolute=%d reached=%d bad-nsec=%s interrupted=%d "
           "remaining-ok=%d",
           ms >= 19 && ms < 2000, r, reached, e, eintr, rem_ok);
}

static void check_rlimit(void)
{
    struct rlimit old, set, got, pl;
    SYS(getrlimit(RLIMIT_NOFILE, &old));
    set = old;
    set.rlim_cur = 64;
    SYS(setrlimit(RLIMIT_NOFILE, &set));
    SYS(getrlimit(RLIMIT_NOFILE, &got));
    SYS(prlimit(0, RLIMIT_NOFILE, NULL, &pl));
    long open_max = sysconf(_SC_OPEN_MAX);
    int fds[80], n = 0, last = -1;
    while (n < 80) {
        int fd = open("/dev/null", O_RDONLY);
        if (fd < 0) {
            break;
        }
        fds[n++] = last = fd;
    }
    int e = errno;
    for (int i = 0; i < n; i++) {
        close(fds[i]);
    }
    SYS(setrlimit(RLIMIT_NOFILE, &old));
    struct rlimit back, st;
    SYS(getrlimit(RLIMIT_NOFILE, &back));
    SYS(getrlimit(RLIMIT_STACK, &st));

    report(got.rlim_cur == 64 && got.rlim_max == old.rlim_max &&
               pl.rlim_cur == 64 && open_max == 64 && last < 64 &&
               e == EMFILE && back.rlim_cur == old.rlim_cur,
           "set=%ld prlimit=%ld sysconf=%ld emfile-below-64:%d errno=%s "
           "restored=%d stack-limit-set:%d",
           (long)got.rlim_cur, (long)pl.rlim_cur, open_max,
           last<64, strerror(e), back.rlim_cur == old.rlim_cur, st.rlim_cur> 0);
}

static void check_environ(void)
{
    const char *v = getenv("CONF_ENV");
    int in_environ = 0;
    for (char **e = environ; *e; e++) {
        in_environ |= !strcmp(*e, "CONF_ENV=hello");
    }
    setenv("CONF_NEW", "a=b", 1);
    const char *n = getenv("CONF_NEW");
    setenv("CONF_NEW", "c", 0); /* no overwrite */
    const char *n2 = getenv("CONF_NEW");
    int n2ok = n2 && !strcmp(n2, "a=b");
    unsetenv("CONF_NEW");
    const char *gone = getenv("CONF_NEW");

    report(v && !strcmp(v, "hello") && in_environ && n && n2ok && !gone,
           "CONF_ENV=%s in-environ=%d setenv=%s keep=%d unset=%s",
           v ? v : "(unset)", in_environ, n ? "a=b" : "?", n2ok,
           gone ? gone : "(unset)");
}

static void check_auxv(void)
{
    unsigned long pagesz = getauxval(AT_PAGESZ);
    int ids = getauxval(AT_UID) == getuid() &&
              getauxval(AT_EUID) == geteuid() &&
              getauxval(AT_GID) == getgid() && getauxval(AT_EGID) == getegid();
    int secure = (int)getauxval(AT_SECURE);
    int random = getauxval(AT_RANDOM) != 0;
    int entry = getauxval(AT_ENTRY) != 0 && getauxval(AT_PHDR) != 0;
    const char *fn = (const char *)getauxval(AT_EXECFN);
    int execfn = fn && !strcmp(fn, main_argv[0]);
    /* /proc/self/auxv holds the same vector */
    unsigned long v[2], file_pagesz = 0, file_entry = 0;
    int fd = SYS(open("/proc/self/auxv", O_RDONLY));
    while (read(fd, v, sizeof(v)) == sizeof(v) && v[0] != AT_NULL) {
        if (v[0] == AT_PAGESZ) {
            file_pagesz = v[1];
        } else if (v[0] == AT_ENTRY) {
            file_entry = v[1];
        }
    }
    close(fd);
    int file_ok = file_pagesz == pagesz && file_entry == getauxval(AT_ENTRY);

    report(
        pagesz == 4096 && ids && secure == 0 && random && entry && execfn &&
            file_ok,
        "pagesz=%lu ids=%d secure=%d random=%d entry+phdr=%d execfn=argv0:%d "
        "proc-auxv=%d",
        pagesz, ids, secure, random, entry, execfn, file_ok);
}

static void check_sysconf(void)
{
    long page = sysconf(_SC_PAGESIZE), tck = sysconf(_SC_CLK_TCK);
    long cpus = sysconf(_SC_NPROCESSORS_ONLN),
         conf = sysconf(_SC_NPROCESSORS_CONF);
    long phys = sysconf(_SC_PHYS_PAGES);
    report(page == 4096 && tck == 100 && cpus >= 1 && conf >= cpus && phys > 0,
           "pagesize=%ld clk_tck=%ld cpus>=1:%d conf>=online:%d phys-pages:%d",
           page, tck, cpus >= 1, conf >= cpus, phys > 0);
}

static void check_ids(void)
{
    uid_t r, e, s;
    gid_t gr, ge, gs;
    SYS(getresuid(&r, &e, &s));
    SYS(getresgid(&gr, &ge, &gs));
    int n = SYS(getgroups(0, NULL));
    gid_t groups[256];
    int n2 = SYS(getgroups(256, groups));
    long su = setuid(getuid());
    long sg = setgid(getgid());
    report(r == getuid() && e == geteuid() && s == e && gr == getgid() &&
               ge == getegid() && n == n2 && su == 0 && sg == 0,
           "resuid=%d resgid=%d groups-consistent=%d setuid-self=%ld "
           "setgid-self=%ld",
           r == getuid() && e == geteuid() && s == e,
           gr == getgid() && ge == getegid(), n == n2, su, sg);
}

static void check_prctl(void)
{
    char name[17] = {0}, comm[32] = {0};
    SYS(prctl(PR_SET_NAME, "conf-renamed", 0, 0, 0));
    SYS(prctl(PR_GET_NAME, name, 0, 0, 0));
    int fd = SYS(open("/proc/self/comm", O_RDONLY));
    SYS(read(fd, comm, sizeof(comm) - 1));
    close(fd);
    long dump = SYS(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0));
    SYS(prctl(PR_SET_PDEATHSIG, SIGUSR1, 0, 0, 0));
    int pd = 0;
    SYS(prctl(PR_GET_PDEATHSIG, &pd, 0, 0, 0));
    SYS(prctl(PR_SET_PDEATHSIG, 0, 0, 0, 0));
    errno = 0;
    const char *bad = err(prctl(0x7fffffff, 0, 0, 0, 0));

    report(!strcmp(name, "conf-renamed") && !strcmp(comm, "conf-renamed\n") &&
               dump == 1 && pd == SIGUSR1,
           "name='%s' comm=%d dumpable=%ld pdeathsig=%d bad-option=%s", name,
           !strcmp(comm, "conf-renamed\n"), dump, pd, bad);
}

static void check_getrandom(void)
{
    unsigned char a[32], b[32];
    long n = SYS(getrandom(a, sizeof(a), 0));
    long m = SYS(getrandom(b, sizeof(b), GRND_NONBLOCK));
    report(n == 32 && m == 32 && memcmp(a, b, 32) != 0, "got=%ld,%ld differ=%d",
           n, m, memcmp(a, b, 32) != 0);
}

static int priority_child(void *arg)
{
    (void)arg;
    errno = 0;
    int p0 = getpriority(PRIO_PROCESS, 0);
    if (errno || p0 > 15) {
        return 1;
    }
    if (setpriority(PRIO_PROCESS, 0, p0 + 3) < 0) {
        return 2;
    }
    if (getpriority(PRIO_PROCESS, 0) != p0 + 3) {
        return 3;
    }
    errno = 0;
    int n = nice(1);
    return n == p0 + 4 && getpriority(PRIO_PROCESS, 0) == p0 + 4 ? 0 : 4;
}

static void check_priority(void)
{
    int st = run_child(priority_child, NULL);
    report(st == 0, "child=%s", wait_str(st));
}

static void check_memfd(void)
{
    int fd = SYS(memfd_create("conf", MFD_CLOEXEC));
    SYS(ftruncate(fd, 8192));
    char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
        fail_errno("mmap");
        return;
    }
    strcpy(p + 4096, "in memfd");
    char buf[16] = {0};
    SYS(pread(fd, buf, 8, 4096));
    char link[64], target[128] = {0};
    snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
    SYS(readlink(link, target, sizeof(target) - 1));
    struct stat st;
    SYS(fstat(fd, &st));
    long cl = fcntl(fd, F_GETFD);
    munmap(p, 8192);
    close(fd);
    report(!strcmp(buf, "in memfd") && !strncmp(target, "/memfd:conf", 11) &&
               st.st_size == 8192 && cl == FD_CLOEXEC,
           "read='%s' link=/memfd:conf:%d size=%ld cloexec=%ld", buf,
           !strncmp(target, "/memfd:conf", 11), (long)st.st_size, cl);
}

static void check_timezone(void)
{
    setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1); /* a rule: no zone files */
    tzset();
    time_t t = 1700000000; /* 2023-11-14 22:13:20 UTC */
    struct tm lt, gt;
    localtime_r(&t, &lt);
    gmtime_r(&t, &gt);
    time_t summer = 1690000000;
    struct tm st;
    localtime_r(&summer, &st);
    char a[64], b[64], c[64];
    strftime(a, sizeof(a), "%Y-%m-%d %H:%M:%S %Z", &lt);
    strftime(b, sizeof(b), "%Y-%m-%d %H:%M:%S", &gt);
    strftime(c, sizeof(c), "%H:%M %Z", &st);
    time_t back = mktime(&lt);
    unsetenv("TZ");
    tzset();
    report(back == t && !strcmp(a, "2023-11-14 17:13:20 EST"),
           "local='%s' utc='%s' summer='%s' mktime-round-trip=%d", a, b, c,
           back == t);
}

static void check_pty(void)
{
    int m, s;
    struct winsize ws = {.ws_row = 24, .ws_col = 80}, got;
    if (openpty(&m, &s, NULL, NULL, &ws) < 0) {
        fail_errno("openpty");
        return;
    }
    SYS(ioctl(s, TIOCGWINSZ, &got));
    struct termios t;
    SYS(tcgetattr(s, &t));
    int canon = !!(t.c_lflag & ICANON);
    cfmakeraw(&t);
    cfsetospeed(&t, B38400);
    SYS(tcsetattr(s, TCSANOW, &t));
    struct termios t2;
    SYS(tcgetattr(s, &t2));
    int raw = !(t2.c_lflag & (ICANON | ECHO)) && cfgetospeed(&t2) == B38400;
    SYS(write(m, "raw!", 4));
    char buf[8] = {0};
    long n = SYS(read(s, buf, sizeof(buf)));
    int tty = isatty(s);
    int dn = SYS(open("/dev/null", O_RDONLY));
    errno = 0;
    int nottty = !isatty(dn) && errno == ENOTTY;
    close(dn);
    close(s);
    close(m);
    report(got.ws_row == 24 && got.ws_col == 80 && canon && raw && n == 4 &&
               tty && nottty,
           "winsize=%dx%d canonical=%d raw-set=%d read=%ld '%s' isatty=%d "
           "devnull-ENOTTY=%d",
           got.ws_row, got.ws_col, canon, raw, n, buf, tty, nottty);
}

static void check_proc_stat(void)
{
    char buf[1024] = {0}, comm[64] = {0}, state = 0;
    int pid = 0, ppid = 0;
    int fd = SYS(open("/proc/self/stat", O_RDONLY));
    SYS(read(fd, buf, sizeof(buf) - 1));
    close(fd);
    char *open_p = strchr(buf, '('), *close_p = strrchr(buf, ')');
    if (!open_p || !close_p) {
        report(0, "no comm field");
        return;
    }
    snprintf(comm, sizeof(comm), "%.*s", (int)(close_p - open_p - 1),
             open_p + 1);
    sscanf(buf, "%d", &pid);
    sscanf(close_p + 2, "%c %d", &state, &ppid);
    char name[17] = {0};
    SYS(prctl(PR_GET_NAME, name, 0, 0, 0));
    int comm_ok = !strcmp(comm, name);
    report(pid == getpid() && comm_ok && state == 'R' && ppid == getppid(),
           "pid=%d comm=%d state=%c ppid=%d", pid == getpid(), comm_ok, state,
           ppid == getppid());
}

static void check_cpuinfo(void)
{
    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[256];
    int lines = 0;
    if (!f) {
        fail_errno("fopen /proc/cpuinfo");
        return;
    }
    while (fgets(line, sizeof(line), f)) {
        lines++;
    }
    fclose(f);
    report(lines > 0, "readable=%d", lines > 0);
}

static void check_getcpu(void)
{
    unsigned cpu = 9999, node = 9999;
    long r = syscall(SYS_getcpu, &cpu, &node, NULL);
    int c = sched_getcpu();
    long n = sysconf(_SC_NPROCESSORS_CONF);
    report(r == 0 && cpu < (unsigned)n && c >= 0 && c < n,
           "getcpu=%ld in-range=%d sched_getcpu-in-range=%d", r,
           cpu < (unsigned)n, c >= 0 && c < n);
}

static sigjmp_buf jb;

static void jump_deep(int n)
{
    volatile double pad = n * 1.5;
    if (n == 0) {
        siglongjmp(jb, 7);
    }
    jump_deep(n - 1);
    (void)pad;
}

static void check_longjmp(void)
{
    volatile double keep = 2.75;
    volatile int count = 0;
    int r = sigsetjmp(jb, 0);
    count++;
    if (r == 0) {
        jump_deep(50);
    }
    char s[96];
    snprintf(s, sizeof(s), "%.17g %a %e %g", 0.1, 1.5, 12345.678, 1e-300);
    double back = strtod("0.1", NULL);
    report(r == 7 && count == 2 && keep == 2.75 && back == 0.1,
           "returned=%d count=%d kept=%g formats='%s'", r, count, keep, s);
}

static const ConfCheck checks[] = {
    {"misc.uname", check_uname},
    {"misc.monotonic", check_monotonic},
    {"misc.realtime", check_realtime},
    {"misc.cputime", check_cputime},
    {"misc.clock-getres", check_getres},
    {"misc.nanosleep", check_nanosleep},
    {"misc.rlimit", check_rlimit},
    {"misc.environ", check_environ},
    {"misc.auxv", check_auxv},
    {"misc.sysconf", check_sysconf},
    {"misc.ids", check_ids},
    {"misc.prctl", check_prctl},
    {"misc.getrandom", check_getrandom},
    {"misc.priority", check_priority},
    {"misc.memfd", check_memfd},
    {"misc.timezone", check_timezone},
    {"misc.pty", check_pty},
    {"misc.proc-stat", check_proc_stat},
    {"misc.cpuinfo", check_cpuinfo},
    {"misc.getcpu", check_getcpu},
    {"misc.longjmp-printf", check_longjmp},
};

int main(int argc, char **argv)
{
    main_argv = argv;
    return conf_main(checks, sizeof(checks) / sizeof(checks[0]), argc, argv);
}
