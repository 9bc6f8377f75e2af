/*
 * The syscall dispatcher and -strace.
 */
#include "syscall/syscall.h"

#include <errno.h>
#include <inttypes.h>
#include <string.h>
#include <unistd.h>

#include "linux-user/mmap.h"
#include "linux-user/safe-syscall.h"
#include "syscall/abi.h"
#include "translator/guest.h"
#include "translator/log.h"

#define NR_GENERIC 512

static const SyscallDef generic_table[NR_GENERIC] = {
#define none NULL
#define SYSCALL(nr, name, handler, args) [nr] = {#name, handler, args},
#include "syscall/syscall-table.def"
#undef SYSCALL
#undef none
};

void syscall_init(void)
{
    syscall_abi_select(guest_arch->elf_machine);
}

const SyscallDef *syscall_lookup(uint64_t nr)
{
    const SyscallABI *abi = syscall_abi;
    if (nr >= abi->arch_base && nr - abi->arch_base < abi->arch_count) {
        const SyscallDef *d = &abi->arch_table[nr - abi->arch_base];
        return d->name ? d : NULL;
    }
    if (nr < NR_GENERIC && generic_table[nr].name) {
        return &generic_table[nr];
    }
    return NULL;
}

bool syscall_restartable(uint64_t nr)
{
    static const char *const never[] = {
        "ppoll",         "pselect6",        "epoll_pwait",   "epoll_pwait2",
        "rt_sigsuspend", "rt_sigtimedwait", "nanosleep",     "clock_nanosleep",
        "io_getevents",  "semtimedop",      "msgrcv",        "msgsnd",
        "io_pgetevents", "recvmmsg",        "mq_timedsend",  "mq_timedreceive",
    };
    const SyscallDef *d = syscall_lookup(nr);
    if (!d) {
        return false;
    }
    for (size_t i = 0; i < sizeof(never) / sizeof(never[0]); i++) {
        if (strcmp(d->name, never[i]) == 0) {
            return false;
        }
    }
    return true;
}

static void strace_string(uint64_t addr)
{
    ssize_t n = guest_strlen(addr);
    if (n < 0) {
        log_printf("0x%" PRIx64, addr);
        return;
    }
    log_printf("\"%.*s\"%s", (int)(n > 64 ? 64 : n), (const char *)g2h(addr),
               n > 64 ? "..." : "");
}

static void strace_call(const SyscallDef *d, const uint64_t *a)
{
    log_printf("%d %s(", getpid(), d->name);
    for (int i = 0; d->args[i]; i++) {
        if (i) {
            log_printf(",");
        }
        switch (d->args[i]) {
        case 'd':
            log_printf("%" PRId64, (int64_t)a[i]);
            break;
        case 'o':
            log_printf("0%" PRIo64, a[i]);
            break;
        case 's':
            strace_string(a[i]);
            break;
        case 'F':
            if ((int32_t)a[i] == -100) {
                log_printf("AT_FDCWD");
            } else {
                log_printf("%d", (int32_t)a[i]);
            }
            break;
        case 'p':
            if (!a[i]) {
                log_printf("NULL");
                break;
            }
            /* fall through */
        default:
            log_printf("0x%" PRIx64, a[i]);
            break;
        }
    }
    log_printf(")");
}

static void strace_ret(const SyscallDef *d, int64_t ret)
{
    if (ret == -MIMIC_ERESTARTSYS) {
        log_printf(" = ? ERESTARTSYS (To be restarted)\n");
    } else if (ret < 0 && ret > -4096) {
        log_printf(" = -1 errno=%d (%s)\n", (int)-ret, strerror((int)-ret));
    } else if (d->fn == sys_mmap || d->fn == sys_brk || d->fn == sys_mremap) {
        log_printf(" = 0x%" PRIx64 "\n", (uint64_t)ret);
    } else {
        log_printf(" = %" PRId64 "\n", ret);
    }
}

int64_t do_syscall(CPUCommon *cpu, uint64_t nr, const uint64_t *args)
{
    const SyscallDef *d = syscall_lookup(nr);
    if (!d || !d->fn) {
        if (log_enabled(LOG_unimp)) {
            log_printf("Unsupported syscall: %" PRIu64 " (%s)\n", nr,
                       d ? d->name : "unknown");
        }
        if (log_enabled(LOG_strace)) {
            log_printf("%d %s(...) = -1 errno=%d (%s)\n", getpid(),
                       d ? d->name : "unknown", ENOSYS, strerror(ENOSYS));
        }
        return -ENOSYS;
    }
    bool trace = log_enabled(LOG_strace);
    if (trace) {
        strace_call(d, args);
        if (d->fn == sys_exit || d->fn == sys_exit_group) {
            log_printf("\n");
        }
    }
    int64_t ret = d->fn(cpu, args);
    if (trace) {
        strace_ret(d, ret);
    }
    return ret;
}
