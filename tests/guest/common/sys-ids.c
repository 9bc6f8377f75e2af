/* Identity, limits and scheduling: uid/gid getters and no-op setters,
 * groups, capget/capset, personality, umask, sethostname/syslog answers,
 * prlimit64/getrlimit/setrlimit round trips, sched_* and priorities,
 * getcpu, ioprio. Prints booleans only: ids and CPUs vary by machine. */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <linux/capability.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/fsuid.h>
#include <sys/klog.h>
#include <sys/personality.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "sys-check.h"

static void check_ids(void)
{
    uid_t r, e, s;
    gid_t gr, ge, gs;
    CHECK(getresuid(&r, &e, &s) == 0 && r == getuid() && e == geteuid());
    CHECK(getresgid(&gr, &ge, &gs) == 0 && gr == getgid() && ge == getegid());
    CHECK(getresuid(&r, (uid_t *)8, &s) == -1 && errno == EFAULT);
    /* Setting what we already have is allowed to anyone. */
    CHECK(setresuid(-1, -1, -1) == 0 && setresgid(-1, -1, -1) == 0);
    CHECK(setreuid(-1, -1) == 0 && setregid(-1, -1) == 0);
    CHECK(setuid(getuid()) == 0 && setgid(getgid()) == 0);
    CHECK(setresuid(r, e, s) == 0 && setresgid(gr, ge, gs) == 0);
    /* setfsuid(-1) changes nothing and returns the current fsuid. */
    CHECK(setfsuid(-1) == (int)geteuid() && setfsgid(-1) == (int)getegid());

    int n = getgroups(0, NULL);
    gid_t groups[256];
    CHECK(n >= 0 && n <= 256 && getgroups(n, groups) == n);
    CHECK(n == 0 || (getgroups(n, (gid_t *)8) == -1 && errno == EFAULT));
    int rc = setgroups(n, groups);
    CHECK(rc == 0 || errno == EPERM);
    CHECK(setgroups(-1, groups) == -1 && errno == EINVAL);
}

static void check_caps(void)
{
    struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
    struct __user_cap_data_struct d[2];
    CHECK(syscall(SYS_capget, &h, d) == 0);
    CHECK((d[0].effective & ~d[0].permitted) == 0);
    /* Setting the capabilities we have is always allowed. */
    CHECK(syscall(SYS_capset, &h, d) == 0);
    /* A NULL data pointer probes the version. */
    CHECK(syscall(SYS_capget, &h, NULL) == 0);
    struct __user_cap_header_struct bad = {0x1234, 0};
    CHECK(syscall(SYS_capget, &bad, d) == -1 && errno == EINVAL &&
          bad.version == _LINUX_CAPABILITY_VERSION_3);
    CHECK(syscall(SYS_capget, &h, (void *)8) == -1 && errno == EFAULT);
}

static void check_misc(void)
{
    int p = personality(0xffffffff);
    CHECK(p != -1 && (p & PER_MASK) == PER_LINUX);
    CHECK(personality(p) == p);
    mode_t old = umask(027);
    CHECK(umask(old) == 027);
    char name[100];
    memset(name, 'x', sizeof(name));
    CHECK(sethostname(name, sizeof(name)) == -1 &&
          (errno == EINVAL || errno == EPERM));
    int size = klogctl(10, NULL, 0); /* SYSLOG_ACTION_SIZE_BUFFER */
    CHECK(size > 0 || errno == EPERM);
}

static void check_limits(void)
{
    struct rlimit cur, set, back;
    CHECK(getrlimit(RLIMIT_NOFILE, &cur) == 0 && cur.rlim_cur <= cur.rlim_max);
    set = cur;
    set.rlim_cur = cur.rlim_cur > 64 ? 64 : cur.rlim_cur;
    CHECK(setrlimit(RLIMIT_NOFILE, &set) == 0);
    CHECK(getrlimit(RLIMIT_NOFILE, &back) == 0 &&
          back.rlim_cur == set.rlim_cur && back.rlim_max == cur.rlim_max);
    CHECK(prlimit(0, RLIMIT_NOFILE, &cur, &back) == 0 &&
          back.rlim_cur == set.rlim_cur);
    CHECK(prlimit(getpid(), RLIMIT_NOFILE, NULL, &back) == 0 &&
          back.rlim_cur == cur.rlim_cur);
    set.rlim_cur = set.rlim_max + 1;
    CHECK(set.rlim_max == RLIM_INFINITY ||
          (setrlimit(RLIMIT_NOFILE, &set) == -1 && errno == EINVAL));
    CHECK(getrlimit(RLIMIT_STACK, &cur) == 0 && cur.rlim_cur > 0);
    CHECK(getrlimit(RLIMIT_AS, &cur) == 0);
    CHECK(getrlimit(RLIMIT_NOFILE, (struct rlimit *)8) == -1 &&
          errno == EFAULT);
    CHECK(getrlimit(999, &cur) == -1 && errno == EINVAL);
}

static void check_sched(void)
{
    cpu_set_t set;
    CHECK(sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) >= 1);
    CHECK(sched_setaffinity(0, sizeof(set), &set) == 0);
    CHECK(syscall(SYS_sched_getaffinity, 0, sizeof(set), &set) % 8 == 0);
    CHECK(sched_getscheduler(0) == SCHED_OTHER);
    struct sched_param sp = {0};
    CHECK(sched_getparam(0, &sp) == 0 && sp.sched_priority == 0);
    CHECK(sched_setscheduler(0, SCHED_OTHER, &sp) == 0);
    CHECK(sched_setparam(0, &sp) == 0);
    CHECK(sched_setparam(0, NULL) == -1 && errno == EINVAL);
    CHECK(sched_get_priority_max(SCHED_FIFO) == 99 &&
          sched_get_priority_min(SCHED_FIFO) == 1);
    CHECK(sched_get_priority_max(SCHED_OTHER) == 0);
    CHECK(sched_get_priority_max(1234) == -1 && errno == EINVAL);
    struct timespec ts;
    CHECK(sched_rr_get_interval(0, &ts) == 0 && ts.tv_sec >= 0);
    CHECK(sched_yield() == 0);
    unsigned attr[14] = {0};
    CHECK(syscall(SYS_sched_getattr, 0, attr, sizeof(attr), 0) == 0 &&
          attr[0] >= 48 && attr[1] == SCHED_OTHER);
    CHECK(syscall(SYS_sched_setattr, 0, attr, 0) == 0);

    unsigned cpu = 9999, node = 9999;
    CHECK(getcpu(&cpu, &node) == 0 && cpu < 9999 && node < 9999 &&
          CPU_ISSET(cpu, &set));
    errno = 0;
    int nice = getpriority(PRIO_PROCESS, 0);
    CHECK(errno == 0 && nice >= -20 && nice <= 19);
    CHECK(nice == 19 || (setpriority(PRIO_PROCESS, 0, nice + 1) == 0 &&
                         getpriority(PRIO_PROCESS, 0) == nice + 1));
    CHECK(setpriority(99, 0, 0) == -1 && errno == EINVAL);
    CHECK(syscall(SYS_ioprio_get, 1, 0) >= 0); /* IOPRIO_WHO_PROCESS */
}

int main(void)
{
    check_ids();
    check_caps();
    check_misc();
    check_limits();
    check_sched();
    return sys_finish();
}
