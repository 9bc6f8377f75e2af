/*
 * The execution loop: find or translate the TB for the current pc, chain it
 * to the block we just left, run it, and interpret how it exited.
 *
 * Exits: 0 with exception_index set (the guest raised), 0 without (pc is
 * set: an indirect jump missed, look it up), tb|slot (a direct jump to be
 * chained), tb|TB_EXIT_REQUESTED (exit_request seen at TB entry; pc is that
 * TB's pc because nothing of it ran).
 */
#include "translator/exec.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "translator/backend.h"
#include "translator/log.h"
#include "translator/perfmap.h"
#include "translator/tb.h"

uintptr_t guest_base;
const void *backend_exit_zero;
__thread CPUCommon *current_cpu;

void translator_init(const GuestArch *arch, size_t code_buffer_size)
{
    if (!log_file) {
        log_file = stderr;
    }
    tb_init_buffers(code_buffer_size);
}

CPUCommon *cpu_new(const GuestArch *arch)
{
    CPUCommon *cpu = aligned_alloc(64, (arch->cpu_size + 63) & ~(size_t)63);
    if (!cpu) {
        fprintf(stderr, "mimic: out of memory\n");
        exit(1);
    }
    memset(cpu, 0, arch->cpu_size);
    cpu->arch = arch;
    cpu->jmp_cache = calloc(TB_JMP_CACHE_SIZE, sizeof(TBJumpCacheEntry));
    if (!cpu->jmp_cache) {
        fprintf(stderr, "mimic: out of memory\n");
        exit(1);
    }
    arch->cpu_reset(cpu);
    tb_register_cpu(cpu);
    return cpu;
}

CPUCommon *cpu_clone(const CPUCommon *src)
{
    const GuestArch *arch = src->arch;
    CPUCommon *cpu = cpu_new(arch);
    TBJumpCacheEntry *jc = cpu->jmp_cache;
    /* The guest registers follow CPUCommon; copy them, keep the rest. */
    memcpy((char *)cpu + sizeof(CPUCommon), (const char *)src + sizeof(CPUCommon),
           arch->cpu_size - sizeof(CPUCommon));
    cpu->pc = src->pc;
    cpu->tb_flags = src->tb_flags;
    cpu->jmp_cache = jc;
    return cpu;
}

void cpu_free(CPUCommon *cpu)
{
    tb_unregister_cpu(cpu);
    free(cpu->jmp_cache);
    free(cpu);
}

/* ---- exclusive sections -------------------------------------------------- */

static pthread_mutex_t excl_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t excl_cond = PTHREAD_COND_INITIALIZER;   /* n_in_exec fell */
static pthread_cond_t excl_resume = PTHREAD_COND_INITIALIZER; /* section over */
static int excl_pending; /* a section is wanted or running */
static int n_in_exec;    /* CPUs between cpu_exec_start and cpu_exec_end */

void cpu_exec_start(CPUCommon *cpu)
{
    pthread_mutex_lock(&excl_lock);
    while (excl_pending) {
        pthread_cond_wait(&excl_resume, &excl_lock);
    }
    n_in_exec++;
    cpu->in_exec = 1;
    pthread_mutex_unlock(&excl_lock);
}

void cpu_exec_end(CPUCommon *cpu)
{
    pthread_mutex_lock(&excl_lock);
    n_in_exec--;
    cpu->in_exec = 0;
    if (excl_pending) {
        pthread_cond_broadcast(&excl_cond);
    }
    pthread_mutex_unlock(&excl_lock);
}

void start_exclusive(void)
{
    pthread_mutex_lock(&excl_lock);
    while (excl_pending) {
        pthread_cond_wait(&excl_resume, &excl_lock);
    }
    excl_pending = 1;
    while (n_in_exec > 0) {
        pthread_mutex_unlock(&excl_lock);
        tb_kick_cpus();
        pthread_mutex_lock(&excl_lock);
        if (n_in_exec > 0) {
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            ts.tv_nsec += 1000000;
            if (ts.tv_nsec >= 1000000000) {
                ts.tv_sec++;
                ts.tv_nsec -= 1000000000;
            }
            pthread_cond_timedwait(&excl_cond, &excl_lock, &ts);
        }
    }
    pthread_mutex_unlock(&excl_lock);
}

void end_exclusive(void)
{
    pthread_mutex_lock(&excl_lock);
    excl_pending = 0;
    pthread_cond_broadcast(&excl_resume);
    pthread_mutex_unlock(&excl_lock);
}

void cpu_fork_prepare(void)
{
    pthread_mutex_lock(&excl_lock);
    pthread_mutex_lock(&tb_lock);
}

void cpu_fork_done(bool child, CPUCommon *self)
{
    if (child) {
        pthread_mutex_init(&tb_lock, NULL);
        pthread_mutex_init(&excl_lock, NULL);
        pthread_cond_init(&excl_cond, NULL);
        pthread_cond_init(&excl_resume, NULL);
        excl_pending = 0;
        n_in_exec = self && self->in_exec ? 1 : 0;
        tb_forget_other_cpus(self);
        if (perfmap_enabled) {
            perfmap_open(); /* the child's TBs go to its own map */
        }
        return;
    }
    pthread_mutex_unlock(&tb_lock);
    pthread_mutex_unlock(&excl_lock);
}

void cpu_loop_exit(CPUCommon *cpu, int excp)
{
    cpu->exception_index = excp;
    siglongjmp(cpu->jmp_env, 1);
}

void cpu_unaligned_access(CPUCommon *cpu, uint64_t addr, uintptr_t host_pc)
{
    cpu_restore_state(cpu, host_pc);
    cpu->fault_addr = addr;
    cpu->fault_code = BUS_ADRALN;
    cpu_loop_exit(cpu, EXCP_BUS);
}

void ir_gen_exception(IRContext *ctx, int pc_global, uint64_t pc, int excp)
{
    ir_movi(ctx, (IRTempId)pc_global, (int64_t)pc);
    ir_st_env(ctx, ir_const(ctx, excp), offsetof(CPUCommon, exception_index),
              IR_MO_32);
    ir_exit_tb(ctx, 0);
}

/* Faults leave the host signal handler by longjmp, with the signal still
 * blocked: unblock the synchronous ones so the next fault is seen. */
static void cpu_unblock_fault_signals(void)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGSEGV);
    sigaddset(&set, SIGBUS);
    sigaddset(&set, SIGILL);
    sigaddset(&set, SIGFPE);
    sigaddset(&set, SIGTRAP);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

static void cpu_log_exec(CPUCommon *cpu, TranslationBlock *tb)
{
    if (log_enabled(LOG_cpu) && cpu->arch->dump_state) {
        cpu->arch->dump_state(cpu, log_printf);
    }
    log_printf("Trace: %p [%08x/%016lx]\n", (void *)tb->code, tb->flags,
               (unsigned long)tb->pc);
}

/* The loop proper; kept apart from cpu_exec() so none of its locals live
 * across the sigsetjmp there. */
static __attribute__((noinline)) int cpu_exec_loop(CPUCommon *cpu)
{
    TranslationBlock *last = NULL;
    int last_slot = 0;
    uint32_t gen = tb_flush_count;
    const bool nochain = log_enabled(LOG_nochain);
    const bool trace = log_enabled(LOG_exec | LOG_cpu);

    for (;;) {
        if (cpu->exit_request) {
            cpu->exit_request = 0;
            return EXCP_INTERRUPT;
        }
        TranslationBlock *tb = tb_find_or_translate(cpu, cpu->pc,
                                                    cpu->tb_flags);
        if (last && !nochain && gen == tb_flush_count) {
            tb_add_jump(last, last_slot, tb);
        }
        gen = tb_flush_count;
        if (trace && log_filter_match(tb->pc)) {
            cpu_log_exec(cpu, tb);
        }
        cpu->running = 1;
        uintptr_t ret = host_backend.enter(cpu, tb->code);
        cpu->running = 0;

        last = (TranslationBlock *)(ret & ~(uintptr_t)TB_EXIT_MASK);
        last_slot = (int)(ret & TB_EXIT_MASK);
        if (!last) {
            if (cpu->exception_index != EXCP_NONE) {
                int e = cpu->exception_index;
                cpu->exception_index = EXCP_NONE;
                return e;
            }
            continue;
        }
        if (last_slot == TB_EXIT_REQUESTED) {
            cpu->pc = last->pc;
            last = NULL;
        }
    }
}

/* gdb single-step: run one single-instruction TB (TB_FLAG_STEP), unchained,
 * and report EXCP_DEBUG unless the instruction raised something else. With
 * TB_FLAG_STEP in cpu->tb_flags, generated code's indirect-jump lookup
 * misses (see tb_lookup), so it cannot run into a second TB. */
static __attribute__((noinline)) int cpu_exec_step(CPUCommon *cpu)
{
    if (cpu->exit_request) {
        cpu->exit_request = 0;
        return EXCP_INTERRUPT;
    }
    cpu->tb_flags |= TB_FLAG_STEP;
    TranslationBlock *tb = tb_find_or_translate(cpu, cpu->pc, cpu->tb_flags);
    if (log_enabled(LOG_exec | LOG_cpu) && log_filter_match(tb->pc)) {
        cpu_log_exec(cpu, tb);
    }
    cpu->running = 1;
    uintptr_t ret = host_backend.enter(cpu, tb->code);
    cpu->running = 0;
    cpu->tb_flags &= ~TB_FLAG_STEP;

    TranslationBlock *last = (TranslationBlock *)(ret & ~(uintptr_t)TB_EXIT_MASK);
    if (last && (ret & TB_EXIT_MASK) == TB_EXIT_REQUESTED) {
        cpu->pc = last->pc; /* nothing ran */
        return EXCP_INTERRUPT;
    }
    if (!last && cpu->exception_index != EXCP_NONE) {
        int e = cpu->exception_index;
        cpu->exception_index = EXCP_NONE;
        return e;
    }
    return EXCP_DEBUG;
}

int cpu_exec(CPUCommon *cpu)
{
    current_cpu = cpu;
    cpu_exec_start(cpu);
    if (sigsetjmp(cpu->jmp_env, 0)) {
        cpu->running = 0;
        cpu->tb_flags &= ~TB_FLAG_STEP;
        cpu_unblock_fault_signals();
        cpu_exec_end(cpu);
        int e = cpu->exception_index;
        cpu->exception_index = EXCP_NONE;
        return e;
    }
    int e = cpu->singlestep ? cpu_exec_step(cpu) : cpu_exec_loop(cpu);
    cpu_exec_end(cpu);
    return e;
}
