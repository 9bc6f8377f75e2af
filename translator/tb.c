/*
 * The TB cache: code buffer, descriptor arena, global hash table, per-CPU
 * jump caches, chaining, page lists for invalidation, and flushing.
 *
 * Invariants:
 *  - Code and descriptors are bump-allocated; a TB is never freed on its
 *    own, only by tb_flush(), which resets both arenas at once. So a stale
 *    pointer to an invalidated TB stays dereferenceable until the next flush.
 *  - tb_list[] holds TBs in code-address order (allocation order), so a host
 *    pc maps back to its TB by binary search.
 *  - Translation and all writes to the cache happen under tb_lock; lookups
 *    read published pointers only.
 *  - A jump slot is patched only while both ends are valid; invalidating a
 *    TB resets every slot that jumps into it.
 */
#include "translator/tb.h"

#include <glib.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "translator/backend.h"
#include "translator/exec.h"
#include "translator/guest-mem.h"
#include "translator/guest.h"
#include "translator/log.h"
#include "translator/perfmap.h"
#include "translator/tuning.h"

#define TB_HASH_BITS 16
#define TB_HASH_SIZE (1u << TB_HASH_BITS)
#define TB_ARENA_SIZE (64u << 20)
#define TB_LIST_MAX (1u << 20)

TBStats tb_stats;
pthread_mutex_t tb_lock = PTHREAD_MUTEX_INITIALIZER;

static CodeBuffer code_buf;
static uint8_t *arena_base, *arena_ptr, *arena_end;
static TranslationBlock *tb_hash[TB_HASH_SIZE];
static TranslationBlock **tb_list;
static uint32_t tb_count;
static GHashTable *page_tbs; /* guest page -> GPtrArray of TBs */
static IRContext *ir_ctx;
uint32_t tb_flush_count;

/* Every CPU, so a flush or invalidation can clear their jump caches. */
static GPtrArray *all_cpus;

static inline uint32_t tb_hash_of(uint64_t pc, uint32_t flags)
{
    uint64_t h = (pc ^ ((uint64_t)flags << 32)) * 0x9e3779b97f4a7c15ull;
    return (uint32_t)(h >> (64 - TB_HASH_BITS));
}

static void *arena_alloc(size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (arena_ptr + size > arena_end) {
        return NULL;
    }
    void *p = arena_ptr;
    arena_ptr += size;
    return p;
}

void tb_init_buffers(size_t code_size)
{
    void *p = mmap(NULL, code_size, PROT_READ | PROT_WRITE | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    void *a = mmap(NULL, TB_ARENA_SIZE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED || a == MAP_FAILED) {
        fprintf(stderr, "mimic: cannot allocate the code buffer\n");
        exit(1);
    }
    code_buf.base = p;
    code_buf.size = code_size;
    arena_base = a;
    arena_end = arena_base + TB_ARENA_SIZE;
    tb_list = g_new0(TranslationBlock *, TB_LIST_MAX);
    page_tbs = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free,
                                     (GDestroyNotify)g_ptr_array_unref);
    all_cpus = g_ptr_array_new();
    ir_ctx = g_new(IRContext, 1);
    ir_context_init(ir_ctx);
    guest_arch->init_globals(ir_ctx);
    tb_flush();
}

void tb_register_cpu(CPUCommon *cpu)
{
    pthread_mutex_lock(&tb_lock);
    g_ptr_array_add(all_cpus, cpu);
    pthread_mutex_unlock(&tb_lock);
}

void tb_unregister_cpu(CPUCommon *cpu)
{
    pthread_mutex_lock(&tb_lock);
    g_ptr_array_remove_fast(all_cpus, cpu);
    pthread_mutex_unlock(&tb_lock);
}

void tb_kick_cpus(void)
{
    pthread_mutex_lock(&tb_lock);
    for (guint i = 0; i < all_cpus->len; i++) {
        CPUCommon *cpu = g_ptr_array_index(all_cpus, i);
        if (__atomic_load_n(&cpu->in_exec, __ATOMIC_ACQUIRE)) {
            cpu->exit_request = 1;
        }
    }
    pthread_mutex_unlock(&tb_lock);
}

void tb_forget_other_cpus(CPUCommon *self)
{
    g_ptr_array_set_size(all_cpus, 0);
    if (self) {
        g_ptr_array_add(all_cpus, self);
    }
}

/* Caller holds tb_lock; all other CPUs must be outside cpu_exec (see
 * tb_flush_exclusive). */
void tb_flush(void)
{
    code_buf.ptr = code_buf.base;
    code_buf.end = code_buf.base + code_buf.size;
    host_backend.init(&code_buf);
    arena_ptr = arena_base;
    memset(tb_hash, 0, sizeof(tb_hash));
    tb_count = 0;
    g_hash_table_remove_all(page_tbs);
    for (guint i = 0; i < all_cpus->len; i++) {
        CPUCommon *cpu = g_ptr_array_index(all_cpus, i);
        memset(cpu->jmp_cache, 0, sizeof(TBJumpCacheEntry) * TB_JMP_CACHE_SIZE);
    }
    tb_flush_count++;
    tb_stats.flushes++;
}

TranslationBlock *tb_lookup(CPUCommon *cpu, uint64_t pc, uint32_t flags)
{
    TBJumpCacheEntry *e = &cpu->jmp_cache[tb_jmp_cache_index(pc)];
    TranslationBlock *tb = e->tb;

    if (tb && e->pc == pc && tb->flags == flags && !tb->invalid) {
        return tb;
    }
    tb_stats.lookups_slow++;
    for (tb = __atomic_load_n(&tb_hash[tb_hash_of(pc, flags)],
                              __ATOMIC_ACQUIRE);
         tb; tb = tb->hash_next) {
        if (tb->pc == pc && tb->flags == flags && !tb->invalid) {
            /* A single-step TB is never in the jump cache, so goto_ptr
             * in generated code cannot run on into a second one. */
            if (!(flags & TB_FLAG_STEP)) {
                e->pc = pc;
                e->tb = tb;
            }
            return tb;
        }
    }
    return NULL;
}

const void *tb_lookup_ptr(CPUCommon *cpu)
{
    if (cpu->tb_flags & TB_FLAG_STEP) {
        return backend_exit_zero; /* a step ends after one TB */
    }
    TranslationBlock *tb = tb_lookup(cpu, cpu->pc, cpu->tb_flags);
    return tb ? tb->code : backend_exit_zero;
}

static void tb_page_add(TranslationBlock *tb, uint64_t page)
{
    GPtrArray *list = g_hash_table_lookup(page_tbs, &page);
    if (!list) {
        uint64_t *key = g_new(uint64_t, 1);
        *key = page;
        list = g_ptr_array_new();
        g_hash_table_insert(page_tbs, key, list);
    }
    g_ptr_array_add(list, tb);
    page_protect_code(page);
}

static void tb_publish(TranslationBlock *tb)
{
    uint32_t h = tb_hash_of(tb->pc, tb->flags);
    uint64_t first = tb->pc & GUEST_PAGE_MASK;
    uint64_t last = (tb->pc + (tb->size ? tb->size - 1 : 0)) & GUEST_PAGE_MASK;

    tb->hash_next = tb_hash[h];
    __atomic_store_n(&tb_hash[h], tb, __ATOMIC_RELEASE);
    tb_list[tb_count++] = tb;
    tb_page_add(tb, first);
    if (last != first) {
        tb_page_add(tb, last);
    }
}

static uint32_t count_insn_starts(const IRContext *ctx)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < ctx->nb_insns; i++) {
        n += ctx->insns[i].opc == IR_insn_start;
    }
    return n;
}

/* Translate and generate code for one TB; NULL if a buffer is full. */
static TranslationBlock *tb_gen_code_once(CPUCommon *cpu, uint64_t pc,
                                          uint32_t flags)
{
    IRContext *ctx = ir_ctx;
    TranslationBlock *tb = arena_alloc(sizeof(*tb));

    if (!tb || tb_count >= TB_LIST_MAX) {
        return NULL;
    }
    memset(tb, 0, sizeof(*tb));
    tb->pc = pc;
    tb->flags = flags;
    for (int k = 0; k < TB_MAX_JUMPS; k++) {
        tb->jmp_insn_off[k] = TB_NO_JUMP;
    }

    ir_reset(ctx);
    cpu->arch->translate(ctx, tb, cpu);
    const bool logged = log_filter_match(pc);
    if (log_enabled(LOG_in_asm) && logged) {
        log_printf("IN: \n");
        log_disas_guest(cpu->arch, (const uint8_t *)(guest_base + pc),
                        tb->size, pc);
        log_printf("\n");
    }
    if (log_enabled(LOG_op) && logged) {
        log_printf("OP:\n");
        ir_dump(ctx, log_printf);
        log_printf("\n");
    }
    ir_optimize(ctx);
    if (log_enabled(LOG_op_opt) && logged) {
        log_printf("OP after optimization:\n");
        ir_dump(ctx, log_printf);
        log_printf("\n");
    }
    ir_liveness(ctx);

    uint32_t n = count_insn_starts(ctx);
    tb->insn_pc = arena_alloc(sizeof(uint64_t) * (n + 1));
    tb->insn_host_off = arena_alloc(sizeof(uint32_t) * (n + 1));
    if (!tb->insn_pc || !tb->insn_host_off) {
        return NULL;
    }
    if (host_backend.gen_code(ctx, tb, &code_buf) < 0) {
        return NULL;
    }
    if (log_enabled(LOG_out_asm) && logged) {
        log_printf("OUT: [size=%u]\n", tb->code_size);
        log_disas_host(tb->code, tb->code_size);
        log_printf("\n");
    }
    tb_publish(tb);
    if (perfmap_enabled) {
        perfmap_write_tb(tb);
    }
    tb_stats.translated++;
    return tb;
}

bool tb_exact_faults;

void tb_require_exact_faults(void)
{
    if (__atomic_load_n(&tb_exact_faults, __ATOMIC_ACQUIRE)) {
        return;
    }
    start_exclusive();
    pthread_mutex_lock(&tb_lock);
    if (!tb_exact_faults) {
        __atomic_store_n(&tb_exact_faults, true, __ATOMIC_RELEASE);
        tb_flush();
    }
    pthread_mutex_unlock(&tb_lock);
    end_exclusive();
}

/* The code buffer is full: flush it with every other CPU stopped outside
 * cpu_exec. Called and returns with tb_lock held, but drops it while
 * waiting, since the CPUs we wait for may need it to get out. */
static void tb_flush_exclusive(CPUCommon *cpu)
{
    uint32_t gen = tb_flush_count;
    pthread_mutex_unlock(&tb_lock);
    cpu_exec_end(cpu);
    start_exclusive();
    pthread_mutex_lock(&tb_lock);
    if (gen == tb_flush_count) {
        tb_flush();
    }
    pthread_mutex_unlock(&tb_lock);
    end_exclusive();
    cpu_exec_start(cpu);
    pthread_mutex_lock(&tb_lock);
}

TranslationBlock *tb_find_or_translate(CPUCommon *cpu, uint64_t pc,
                                       uint32_t flags)
{
    TranslationBlock *tb = tb_lookup(cpu, pc, flags);
    if (tb) {
        return tb;
    }
    pthread_mutex_lock(&tb_lock);
    tb = tb_lookup(cpu, pc, flags);
    if (!tb) {
        tb = tb_gen_code_once(cpu, pc, flags);
        if (!tb) {
            tb_flush_exclusive(cpu);
            tb = tb_gen_code_once(cpu, pc, flags);
            if (!tb) {
                fprintf(stderr, "mimic: internal error: translation of "
                                "0x%" PRIx64 " does not fit the code buffer\n",
                        pc);
                abort();
            }
        }
        if (!(flags & TB_FLAG_STEP)) {
            TBJumpCacheEntry *e = &cpu->jmp_cache[tb_jmp_cache_index(pc)];
            e->pc = pc;
            e->tb = tb;
        }
    }
    pthread_mutex_unlock(&tb_lock);
    return tb;
}

void tb_add_jump(TranslationBlock *from, int slot, TranslationBlock *to)
{
    if (from->jmp_insn_off[slot] == TB_NO_JUMP) {
        return;
    }
    pthread_mutex_lock(&tb_lock);
    if (!from->jmp_dest[slot] && !from->invalid && !to->invalid) {
        from->jmp_dest[slot] = to;
        from->jmp_next[slot] = to->jmp_first;
        to->jmp_first = (uintptr_t)from | (uintptr_t)slot;
        bool forward = to->pc > from->pc && tuning_on(TUNING_forward_chain);
        host_backend.patch_jump(from, slot,
                                (uintptr_t)to->code +
                                    (forward ? to->forward_entry : 0));
        tb_stats.chained++;
    }
    pthread_mutex_unlock(&tb_lock);
}

/* Point every slot that jumps into tb back at its own exit path. */
static void tb_unchain_incoming(TranslationBlock *tb)
{
    uintptr_t p = tb->jmp_first;
    while (p) {
        TranslationBlock *src =
            (TranslationBlock *)(p & ~(uintptr_t)(TB_MAX_JUMPS - 1));
        int slot = (int)(p & (TB_MAX_JUMPS - 1));
        host_backend.patch_jump(src, slot,
                                (uintptr_t)src->code + src->jmp_reset_off[slot]);
        src->jmp_dest[slot] = NULL;
        p = src->jmp_next[slot];
    }
    tb->jmp_first = 0;
}

static void tb_invalidate_one(TranslationBlock *tb)
{
    uint32_t h = tb_hash_of(tb->pc, tb->flags);
    TranslationBlock **pp;

    tb->invalid = true;
    for (pp = &tb_hash[h]; *pp; pp = &(*pp)->hash_next) {
        if (*pp == tb) {
            *pp = tb->hash_next;
            break;
        }
    }
    tb_unchain_incoming(tb);
    for (guint i = 0; i < all_cpus->len; i++) {
        CPUCommon *cpu = g_ptr_array_index(all_cpus, i);
        /* A CPU may be iterating inside a self-looping TB (even this
         * thread, back from a write fault on its own code page): make it
         * leave at the next back edge. */
        if (tb->self_loop && __atomic_load_n(&cpu->in_exec, __ATOMIC_ACQUIRE)) {
            cpu->exit_request = 1;
        }
        TBJumpCacheEntry *e = &cpu->jmp_cache[tb_jmp_cache_index(tb->pc)];
        if (e->tb == tb) {
            e->tb = NULL;
        }
    }
    tb_stats.invalidated++;
}

void tb_invalidate_range(uint64_t start, uint64_t end)
{
    pthread_mutex_lock(&tb_lock);
    for (uint64_t page = start & GUEST_PAGE_MASK; page < end;
         page += GUEST_PAGE_SIZE) {
        GPtrArray *list = g_hash_table_lookup(page_tbs, &page);
        if (!list) {
            continue;
        }
        for (guint i = 0; i < list->len;) {
            TranslationBlock *tb = g_ptr_array_index(list, i);
            if (tb->invalid) {
                g_ptr_array_remove_index_fast(list, i);
            } else if (tb->pc < end && tb->pc + tb->size > start) {
                tb_invalidate_one(tb);
                g_ptr_array_remove_index_fast(list, i);
            } else {
                i++;
            }
        }
        if (page + GUEST_PAGE_SIZE < page) {
            break;
        }
    }
    pthread_mutex_unlock(&tb_lock);
}

TranslationBlock *tb_find_by_host_pc(uintptr_t host_pc)
{
    uint32_t lo = 0, hi = tb_count;

    if (host_pc < (uintptr_t)code_buf.base ||
        host_pc >= (uintptr_t)code_buf.ptr) {
        return NULL;
    }
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        TranslationBlock *tb = tb_list[mid];
        if (host_pc < (uintptr_t)tb->code) {
            hi = mid;
        } else if (host_pc >= (uintptr_t)tb->code + tb->code_size) {
            lo = mid + 1;
        } else {
            return tb;
        }
    }
    return NULL;
}

bool cpu_restore_state(CPUCommon *cpu, uintptr_t host_pc)
{
    TranslationBlock *tb = tb_find_by_host_pc(host_pc);
    if (!tb || tb->nb_insns == 0) {
        return false;
    }
    uint32_t off = (uint32_t)(host_pc - (uintptr_t)tb->code);
    uint32_t i = 0;
    while (i + 1 < tb->nb_insns && tb->insn_host_off[i + 1] <= off) {
        i++;
    }
    cpu->pc = tb->insn_pc[i];
    return true;
}

bool tb_in_code_buffer(uintptr_t host_pc)
{
    return host_pc >= (uintptr_t)code_buf.base &&
           host_pc < (uintptr_t)code_buf.base + code_buf.size;
}

void tb_for_each_cpu(void (*fn)(CPUCommon *cpu, void *opaque), void *opaque)
{
    pthread_mutex_lock(&tb_lock);
    for (guint i = 0; i < all_cpus->len; i++) {
        fn(g_ptr_array_index(all_cpus, i), opaque);
    }
    pthread_mutex_unlock(&tb_lock);
}

/* ---- gdb breakpoints and single-instruction blocks ------------------------
 *
 * Breakpoints never touch guest memory: the TB at a breakpoint raises
 * EXCP_DEBUG before the instruction, and a TB never runs across one. The
 * table is read by translation (under tb_lock) and written by the gdbstub
 * with every CPU stopped, so nothing runs stale code after a change. */

bool tb_one_insn_per_tb;

bool tb_may_branch_inside(const TranslationBlock *tb)
{
    return tb_may_grow(tb) && !log_enabled(LOG_nochain | LOG_exec | LOG_cpu);
}
static GHashTable *breakpoints; /* pc -> count */

static unsigned tb_breakpoint_count(uint64_t pc)
{
    return breakpoints ? GPOINTER_TO_UINT(g_hash_table_lookup(breakpoints,
                                                              &pc))
                       : 0;
}

void tb_breakpoint_insert(uint64_t pc)
{
    pthread_mutex_lock(&tb_lock);
    if (!breakpoints) {
        breakpoints = g_hash_table_new_full(g_int64_hash, g_int64_equal,
                                            g_free, NULL);
    }
    unsigned n = tb_breakpoint_count(pc);
    uint64_t *key = g_new(uint64_t, 1);
    *key = pc;
    g_hash_table_replace(breakpoints, key, GUINT_TO_POINTER(n + 1));
    pthread_mutex_unlock(&tb_lock);
    if (n == 0) {
        tb_invalidate_range(pc, pc + 1);
    }
}

bool tb_breakpoint_remove(uint64_t pc)
{
    pthread_mutex_lock(&tb_lock);
    unsigned n = tb_breakpoint_count(pc);
    if (n > 1) {
        uint64_t *key = g_new(uint64_t, 1);
        *key = pc;
        g_hash_table_replace(breakpoints, key, GUINT_TO_POINTER(n - 1));
    } else if (n == 1) {
        g_hash_table_remove(breakpoints, &pc);
    }
    pthread_mutex_unlock(&tb_lock);
    if (n == 1) {
        tb_invalidate_range(pc, pc + 1);
    }
    return n > 0;
}

void tb_breakpoint_remove_all(void)
{
    GHashTableIter it;
    gpointer key;
    GArray *pcs = g_array_new(FALSE, FALSE, sizeof(uint64_t));

    pthread_mutex_lock(&tb_lock);
    if (breakpoints) {
        g_hash_table_iter_init(&it, breakpoints);
        while (g_hash_table_iter_next(&it, &key, NULL)) {
            g_array_append_val(pcs, *(uint64_t *)key);
        }
        g_hash_table_remove_all(breakpoints);
    }
    pthread_mutex_unlock(&tb_lock);
    for (guint i = 0; i < pcs->len; i++) {
        uint64_t pc = g_array_index(pcs, uint64_t, i);
        tb_invalidate_range(pc, pc + 1);
    }
    g_array_free(pcs, TRUE);
}

bool tb_breakpoint_at(uint64_t pc)
{
    pthread_mutex_lock(&tb_lock);
    bool bp = tb_breakpoint_count(pc) != 0;
    pthread_mutex_unlock(&tb_lock);
    return bp;
}

int translator_debug_check(const TranslationBlock *tb, uint64_t pc,
                           unsigned n)
{
    bool bp = breakpoints && g_hash_table_size(breakpoints) &&
              tb_breakpoint_count(pc);

    if (n == 0) {
        return bp ? TRANSLATOR_DEBUG_BREAK : TRANSLATOR_DEBUG_NONE;
    }
    if (bp || (tb->flags & TB_FLAG_STEP) || tb_one_insn_per_tb) {
        return TRANSLATOR_DEBUG_END;
    }
    return TRANSLATOR_DEBUG_NONE;
}
