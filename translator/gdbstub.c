/*
 * The gdb remote-protocol server. See gdbstub.h for the model; the packets
 * are those of the GDB manual's "Remote Protocol" appendix:
 *
 *   qSupported QStartNoAckMode ? qAttached qC qfThreadInfo qsThreadInfo
 *   H T g G p P m M X c C s S vCont? vCont k vKill D Z0 z0 Z1 z1 Z2 z2
 *   qXfer:features:read qXfer:auxv:read qXfer:exec-file:read
 *   vFile:setfs vFile:open vFile:pread vFile:fstat vFile:close (read-only:
 *   gdb's default sysroot "target:" reads the program and its libraries)
 *   stop replies T<sig>thread:<tid>; W<status> X<sig>
 *
 * Anything else gets the empty reply ("not supported"), which gdb expects.
 *
 * Threads: the thread that stops serves gdb (gdb_session), inside an
 * exclusive section, so every CPU state gdb reads or writes is at rest. A
 * watcher thread accepts connections (suspend=n, or after a detach) and,
 * while the target runs, watches the socket for ^C; it only ever reads the
 * socket while `running` is set, and the serving thread only while it is
 * clear, so the two never share the read side.
 */
#define _GNU_SOURCE
#include "translator/gdbstub.h"

#include <errno.h>
#include <glib.h>
#include <inttypes.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "translator/exec.h"
#include "translator/guest.h"
#include "translator/log.h"
#include "translator/tb.h"

/* Our PacketSize (hex in qSupported): the largest packet gdb may send. */
#define GDB_PACKET_SIZE 0x4000
#define GDB_MAX_CPUS 256
#define GDB_MAX_REG_BYTES 64

#define GDB_MAX_WATCH 8
#define GDB_WATCH_MAX_LEN 64
/* cpu->singlestep when the CPU steps for the watchpoints, not for gdb. */
#define GDB_STEP_WATCH 2

typedef struct GdbWatch {
    uint64_t addr, len;
    bool readable; /* old[] holds the bytes (else: unmapped) */
    uint8_t old[GDB_WATCH_MAX_LEN];
} GdbWatch;

typedef struct GdbState {
    pid_t pid; /* the process serving gdb; 0: no -g */
    int listen_fd, fd;
    bool suspend;
    bool no_ack;
    bool reply_pending; /* gdb waits for a stop reply (it resumed us) */
    GdbTarget target;
    /* Buffered reads of fd (serving thread only). */
    uint8_t rbuf[4096];
    size_t rpos, rlen;
    /* `running`: the target runs and the watcher owns the read side. */
    pthread_mutex_t lock;
    pthread_cond_t cond;
    bool running;
    int interrupt; /* ^C seen or gdb attached: stop at the next chance */
    pthread_mutex_t wlock; /* one writer at a time */
    CPUCommon *g_cpu;      /* Hg: the thread register packets address */
    CPUCommon *c_cpu;      /* Hc: the thread s/c/C/S address */
    CPUCommon *stop_cpu;
    int stop_sig;        /* host signal of the last stop */
    uint64_t stop_watch; /* the watchpoint it hit, or 0 */
    /* Write watchpoints (Z2): the CPUs single-step (GDB_STEP_WATCH) and
     * compare the watched bytes after every instruction. */
    GdbWatch watch[GDB_MAX_WATCH];
    int nwatch;
    pthread_mutex_t watch_lock; /* old[] is compared from every thread */
} GdbState;

static GdbState gdb = {
    .listen_fd = -1,
    .fd = -1,
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .cond = PTHREAD_COND_INITIALIZER,
    .wlock = PTHREAD_MUTEX_INITIALIZER,
    .watch_lock = PTHREAD_MUTEX_INITIALIZER,
};

static bool gdb_owner(void)
{
    return gdb.pid && gdb.pid == getpid();
}

bool gdbstub_attached(void)
{
    return gdb_owner() && gdb.fd >= 0;
}

/* ---- signal numbers --------------------------------------------------------
 * gdb has its own numbering (gdb/signals.def); guest signals are the
 * asm-generic ones, equal to the host's. Index: host number. */

static const uint8_t gdb_signal_of_host[32] = {
    [SIGHUP] = 1,     [SIGINT] = 2,   [SIGQUIT] = 3,   [SIGILL] = 4,
    [SIGTRAP] = 5,    [SIGABRT] = 6,  [SIGBUS] = 10,   [SIGFPE] = 8,
    [SIGKILL] = 9,    [SIGUSR1] = 30, [SIGSEGV] = 11,  [SIGUSR2] = 31,
    [SIGPIPE] = 13,   [SIGALRM] = 14, [SIGTERM] = 15,  [SIGCHLD] = 20,
    [SIGCONT] = 19,   [SIGSTOP] = 17, [SIGTSTP] = 18,  [SIGTTIN] = 21,
    [SIGTTOU] = 22,   [SIGURG] = 16,  [SIGXCPU] = 24,  [SIGXFSZ] = 25,
    [SIGVTALRM] = 26, [SIGPROF] = 27, [SIGWINCH] = 28, [SIGIO] = 23,
    [SIGPWR] = 32,    [SIGSYS] = 12,
};

static int gdb_signal_from_host(int sig)
{
    if (sig > 0 && sig < 32 && gdb_signal_of_host[sig]) {
        return gdb_signal_of_host[sig];
    }
    if (sig == 32) {
        return 77; /* GDB_SIGNAL_REALTIME_32 */
    }
    if (sig >= 33 && sig <= 63) {
        return sig + 12; /* GDB_SIGNAL_REALTIME_33 is 45 */
    }
    return 143; /* GDB_SIGNAL_UNKNOWN */
}

static int gdb_signal_to_host(int gsig)
{
    for (int s = 1; s < 32; s++) {
        if (gdb_signal_of_host[s] == gsig) {
            return s;
        }
    }
    if (gsig == 77) {
        return 32;
    }
    if (gsig >= 45 && gsig <= 75) {
        return gsig - 12;
    }
    return 0;
}

/* ---- hex ---------------------------------------------------------------- */

static int hex_val(int c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

static void hex_encode(GString *out, const uint8_t *p, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        g_string_append_c(out, digits[p[i] >> 4]);
        g_string_append_c(out, digits[p[i] & 15]);
    }
}

/* Decode up to max bytes of hex at s; returns the count, or -1 if bad. */
static long hex_decode(const char *s, uint8_t *out, size_t max)
{
    size_t n = 0;
    while (s[0] && s[1] && n < max) {
        int hi = hex_val(s[0]), lo = hex_val(s[1]);
        if (hi < 0 || lo < 0) {
            return -1;
        }
        out[n++] = (uint8_t)(hi << 4 | lo);
        s += 2;
    }
    return (long)n;
}

/* Parse a hex number at *s and advance past it; false if none. */
static bool parse_hex(const char **s, uint64_t *v)
{
    const char *p = *s;
    uint64_t x = 0;
    while (hex_val(*p) >= 0) {
        x = x << 4 | (uint64_t)hex_val(*p);
        p++;
    }
    if (p == *s) {
        return false;
    }
    *s = p;
    *v = x;
    return true;
}

/* A thread id: "-1" (all), "0" (any), "TID" or "pPID.TID". */
static bool parse_thread_id(const char **s, int64_t *tid)
{
    uint64_t v;
    if (**s == 'p') {
        (*s)++;
        if (!parse_hex(s, &v)) {
            return false;
        }
        if (**s != '.') {
            *tid = -1;
            return true;
        }
        (*s)++;
    }
    if (!strncmp(*s, "-1", 2)) {
        *s += 2;
        *tid = -1;
        return true;
    }
    if (!parse_hex(s, &v)) {
        return false;
    }
    *tid = (int64_t)v;
    return true;
}

/* ---- packets ------------------------------------------------------------ */

static int gdb_write_all(const void *buf, size_t len)
{
    const uint8_t *p = buf;
    while (len) {
        ssize_t n = send(gdb.fd, p, len, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Next byte from gdb, or -1 at end of file. */
static int gdb_getc(void)
{
    if (gdb.rpos == gdb.rlen) {
        ssize_t n;
        do {
            n = recv(gdb.fd, gdb.rbuf, sizeof(gdb.rbuf), 0);
        } while (n < 0 && errno == EINTR);
        if (n <= 0) {
            return -1;
        }
        gdb.rpos = 0;
        gdb.rlen = (size_t)n;
    }
    return gdb.rbuf[gdb.rpos++];
}

static int gdb_send_raw_packet(const char *data, size_t len)
{
    GString *pkt = g_string_sized_new(len + 4);
    uint8_t sum = 0;
    int ret = 0;

    for (size_t i = 0; i < len; i++) {
        sum += (uint8_t)data[i];
    }
    g_string_append_c(pkt, '$');
    g_string_append_len(pkt, data, (gssize)len);
    g_string_append_printf(pkt, "#%02x", sum);
    for (int tries = 0; tries < 8; tries++) {
        pthread_mutex_lock(&gdb.wlock);
        ret = gdb.fd >= 0 ? gdb_write_all(pkt->str, pkt->len) : -1;
        pthread_mutex_unlock(&gdb.wlock);
        if (ret < 0 || gdb.no_ack || gdb.running) {
            break;
        }
        int c;
        do {
            c = gdb_getc();
        } while (c >= 0 && c != '+' && c != '-');
        if (c != '-') {
            ret = c < 0 ? -1 : 0;
            break;
        }
    }
    g_string_free(pkt, TRUE);
    return ret;
}

static int gdb_send(const char *s)
{
    return gdb_send_raw_packet(s, strlen(s));
}

/* Read one packet into pkt (unescaped, NUL-terminated). Returns false at
 * end of file. Stray bytes between packets (acks, ^C) are skipped. */
static bool gdb_read_packet(GString *pkt)
{
    for (;;) {
        int c;
        uint8_t sum = 0;

        do {
            c = gdb_getc();
        } while (c >= 0 && c != '$');
        if (c < 0) {
            return false;
        }
        g_string_truncate(pkt, 0);
        bool esc = false;
        while ((c = gdb_getc()) >= 0 && c != '#') {
            sum += (uint8_t)c;
            if (esc) {
                g_string_append_c(pkt, (char)(c ^ 0x20));
                esc = false;
            } else if (c == '}') {
                esc = true;
            } else {
                g_string_append_c(pkt, (char)c);
            }
        }
        int h = c < 0 ? -1 : gdb_getc();
        int l = h < 0 ? -1 : gdb_getc();
        if (l < 0) {
            return false;
        }
        bool ok = hex_val(h) >= 0 && hex_val(l) >= 0 &&
                  (uint8_t)(hex_val(h) << 4 | hex_val(l)) == sum;
        if (gdb.no_ack) {
            return true;
        }
        pthread_mutex_lock(&gdb.wlock);
        gdb_write_all(ok ? "+" : "-", 1);
        pthread_mutex_unlock(&gdb.wlock);
        if (ok) {
            return true;
        }
    }
}

/* Append len bytes of binary data to the reply in out, escaped ('#', '$',
 * '}' and '*' become '}' and the byte ^ 0x20); send it and free it. */
static void gdb_send_escaped(GString *out, const uint8_t *p, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        uint8_t c = p[i];
        if (c == '#' || c == '$' || c == '}' || c == '*') {
            g_string_append_c(out, '}');
            c ^= 0x20;
        }
        g_string_append_c(out, (char)c);
    }
    gdb_send_raw_packet(out->str, out->len);
    g_string_free(out, TRUE);
}

/* A qXfer reply: the part [off, off+len) of data, binary, escaped. */
static void gdb_send_xfer(const void *data, size_t size, uint64_t off,
                          uint64_t len)
{
    const uint8_t *p = data;
    GString *out = g_string_new(NULL);

    if (len > GDB_PACKET_SIZE / 2) {
        len = GDB_PACKET_SIZE / 2;
    }
    if (off >= size) {
        gdb_send("l");
        g_string_free(out, TRUE);
        return;
    }
    if (len > size - off) {
        len = size - off;
    }
    g_string_append_c(out, off + len < size ? 'm' : 'l');
    gdb_send_escaped(out, p + off, len);
}

/* ---- threads ------------------------------------------------------------ */

typedef struct GdbCpuList {
    CPUCommon *cpu[GDB_MAX_CPUS];
    int tid[GDB_MAX_CPUS];
    int n;
} GdbCpuList;

static int gdb_tid(CPUCommon *cpu)
{
    int tid = gdb.target.cpu_tid ? gdb.target.cpu_tid(cpu) : 0;
    return tid > 0 ? tid : 1;
}

static void gdb_collect_cpu(CPUCommon *cpu, void *opaque)
{
    GdbCpuList *l = opaque;
    int tid = gdb.target.cpu_tid ? gdb.target.cpu_tid(cpu) : 1;
    if (l->n < GDB_MAX_CPUS && tid > 0) {
        l->cpu[l->n] = cpu;
        l->tid[l->n] = tid;
        l->n++;
    }
}

static void gdb_cpu_list(GdbCpuList *l)
{
    l->n = 0;
    tb_for_each_cpu(gdb_collect_cpu, l);
}

/* The CPU of thread tid (-1 and 0: the stopped one), or NULL. */
static CPUCommon *gdb_find_cpu(int64_t tid)
{
    GdbCpuList l;
    if (tid <= 0) {
        return gdb.stop_cpu;
    }
    gdb_cpu_list(&l);
    for (int i = 0; i < l.n; i++) {
        if (l.tid[i] == tid) {
            return l.cpu[i];
        }
    }
    return NULL;
}

static void gdb_send_stop_reply(void)
{
    char buf[96], watch[40] = "";
    if (gdb.stop_watch) {
        snprintf(watch, sizeof(watch), "watch:%" PRIx64 ";", gdb.stop_watch);
    }
    snprintf(buf, sizeof(buf), "T%02x%sthread:%x;",
             gdb_signal_from_host(gdb.stop_sig), watch, gdb_tid(gdb.stop_cpu));
    gdb_send(buf);
}

static void gdb_send_thread_list(void)
{
    GdbCpuList l;
    GString *out = g_string_new("m");

    gdb_cpu_list(&l);
    for (int i = 0; i < l.n; i++) {
        g_string_append_printf(out, "%s%x", i ? "," : "", l.tid[i]);
    }
    gdb_send(l.n ? out->str : "l");
    g_string_free(out, TRUE);
}

/* ---- registers and memory ----------------------------------------------- */

static void gdb_read_registers(void)
{
    const GuestArch *arch = guest_arch;
    GString *out = g_string_new(NULL);
    uint8_t reg[GDB_MAX_REG_BYTES];

    for (int n = 0; n < arch->gdb_num_regs; n++) {
        int size = arch->gdb_read_reg(gdb.g_cpu, reg, n);
        hex_encode(out, reg, (size_t)size);
    }
    gdb_send(out->str);
    g_string_free(out, TRUE);
}

static void gdb_write_registers(const char *hex)
{
    const GuestArch *arch = guest_arch;
    size_t len = strlen(hex) / 2;
    uint8_t *buf = g_malloc(len + 1);
    uint8_t reg[GDB_MAX_REG_BYTES];
    size_t off = 0;

    if (hex_decode(hex, buf, len) < 0) {
        gdb_send("E22");
        g_free(buf);
        return;
    }
    for (int n = 0; n < arch->gdb_num_regs && off < len; n++) {
        /* The size of register n is what reading it yields. */
        int size = arch->gdb_read_reg(gdb.g_cpu, reg, n);
        if (size <= 0 || off + (size_t)size > len) {
            break;
        }
        arch->gdb_write_reg(gdb.g_cpu, buf + off, n);
        off += (size_t)size;
    }
    g_free(buf);
    gdb_send("OK");
}

static void gdb_read_register(const char *p)
{
    uint64_t n;
    uint8_t reg[GDB_MAX_REG_BYTES];
    int size = 0;

    if (parse_hex(&p, &n) && n < (uint64_t)guest_arch->gdb_num_regs) {
        size = guest_arch->gdb_read_reg(gdb.g_cpu, reg, (int)n);
    }
    if (size <= 0) {
        gdb_send("E14");
        return;
    }
    GString *out = g_string_new(NULL);
    hex_encode(out, reg, (size_t)size);
    gdb_send(out->str);
    g_string_free(out, TRUE);
}

static void gdb_write_register(const char *p)
{
    uint64_t n;
    uint8_t reg[GDB_MAX_REG_BYTES];

    if (!parse_hex(&p, &n) || *p++ != '=' ||
        n >= (uint64_t)guest_arch->gdb_num_regs ||
        hex_decode(p, reg, sizeof(reg)) <= 0 ||
        guest_arch->gdb_write_reg(gdb.g_cpu, reg, (int)n) <= 0) {
        gdb_send("E14");
        return;
    }
    gdb_send("OK");
}

/* "ADDR,LEN" then `sep` */
static bool parse_addr_len(const char **p, uint64_t *addr, uint64_t *len,
                           char sep)
{
    if (!parse_hex(p, addr) || *(*p)++ != ',' || !parse_hex(p, len)) {
        return false;
    }
    if (sep) {
        return *(*p)++ == sep;
    }
    return true;
}

static void gdb_read_memory(const char *p)
{
    uint64_t addr, len;
    if (!parse_addr_len(&p, &addr, &len, 0)) {
        gdb_send("E22");
        return;
    }
    if (len > GDB_PACKET_SIZE / 2) {
        len = GDB_PACKET_SIZE / 2;
    }
    uint8_t *buf = g_malloc(len + 1);
    size_t got = len;
    if (gdb.target.read_memory(addr, buf, len) < 0) {
        /* Give what is readable up to the first hole, as ptrace would. */
        for (got = 0; got < len; got++) {
            if (gdb.target.read_memory(addr + got, buf + got, 1) < 0) {
                break;
            }
        }
    }
    if (got == 0 && len) {
        gdb_send("E14");
    } else {
        GString *out = g_string_new(NULL);
        hex_encode(out, buf, got);
        gdb_send(out->str);
        g_string_free(out, TRUE);
    }
    g_free(buf);
}

static void gdb_write_memory(const char *p, size_t pkt_len, bool binary)
{
    const char *start = p;
    uint64_t addr, len;

    if (!parse_addr_len(&p, &addr, &len, ':') || len > GDB_PACKET_SIZE) {
        gdb_send("E22");
        return;
    }
    uint8_t *buf = g_malloc(len + 1);
    bool ok;
    if (binary) {
        ok = pkt_len - (size_t)(p - start) >= len;
        memcpy(buf, p, ok ? len : 0);
    } else {
        ok = hex_decode(p, buf, len) == (long)len;
    }
    if (ok && len) {
        ok = gdb.target.write_memory(addr, buf, len) == 0;
    }
    g_free(buf);
    gdb_send(ok ? "OK" : "E14");
}

/* ---- breakpoints -------------------------------------------------------- */

/* Read the watched bytes into w->old; returns whether they changed. */
static bool gdb_watch_update(GdbWatch *w)
{
    uint8_t now[GDB_WATCH_MAX_LEN];
    bool readable = gdb.target.read_memory(w->addr, now, w->len) == 0;
    bool changed = readable != w->readable ||
                   (readable && memcmp(now, w->old, w->len) != 0);

    w->readable = readable;
    memcpy(w->old, now, w->len);
    return changed;
}

/* Z2/z2 ADDR,LEN: a write watchpoint. */
static bool gdb_watchpoint(uint64_t addr, uint64_t len, bool insert)
{
    int i;

    for (i = 0; i < gdb.nwatch; i++) {
        if (gdb.watch[i].addr == addr && gdb.watch[i].len == len) {
            break;
        }
    }
    if (!insert) {
        if (i == gdb.nwatch) {
            return false;
        }
        gdb.watch[i] = gdb.watch[--gdb.nwatch];
        return true;
    }
    if (len == 0 || len > GDB_WATCH_MAX_LEN || gdb.nwatch == GDB_MAX_WATCH) {
        return false;
    }
    GdbWatch *w = &gdb.watch[gdb.nwatch++];
    w->addr = addr;
    w->len = len;
    gdb_watch_update(w);
    return true;
}

/* Z/z TYPE,ADDR,KIND: 0 software and 1 hardware breakpoints, 2 write
 * watchpoints; read and access watchpoints (3, 4) are not supported. */
static void gdb_breakpoint(const char *p, bool insert)
{
    uint64_t type, addr, kind;

    if (!parse_hex(&p, &type) || *p++ != ',' || !parse_hex(&p, &addr) ||
        *p++ != ',' || !parse_hex(&p, &kind)) {
        gdb_send("E22");
        return;
    }
    if (type == 2) {
        gdb_send(gdb_watchpoint(addr, kind, insert) ? "OK" : "E22");
        return;
    }
    if (type > 2) {
        gdb_send("");
        return;
    }
    if (insert) {
        tb_breakpoint_insert(addr);
    } else {
        tb_breakpoint_remove(addr);
    }
    gdb_send("OK");
}

/* gdb (riscv64 and aarch64 alike) expects a watchpoint to stop *before*
 * the instruction that writes: it then steps over it itself. Stepping for
 * watchpoints therefore keeps each CPU's state from before its current
 * instruction (a snapshot taken after the previous one), and a hit puts
 * that state and the watched bytes back. */
static GHashTable *gdb_snapshots; /* CPUCommon * -> its registers and pc */

static void gdb_snapshot(CPUCommon *cpu)
{
    size_t size = guest_arch->cpu_size - sizeof(CPUCommon);
    uint8_t *snap;

    pthread_mutex_lock(&gdb.watch_lock);
    if (!gdb_snapshots) {
        gdb_snapshots = g_hash_table_new_full(NULL, NULL, NULL, g_free);
    }
    snap = g_hash_table_lookup(gdb_snapshots, cpu);
    if (!snap) {
        snap = g_malloc(size + 8);
        g_hash_table_insert(gdb_snapshots, cpu, snap);
    }
    memcpy(snap, &cpu->pc, 8);
    memcpy(snap + 8, (uint8_t *)cpu + sizeof(CPUCommon), size);
    pthread_mutex_unlock(&gdb.watch_lock);
}

/* Called with watch_lock held. */
static bool gdb_snapshot_restore(CPUCommon *cpu)
{
    uint8_t *snap =
        gdb_snapshots ? g_hash_table_lookup(gdb_snapshots, cpu) : NULL;
    if (!snap) {
        return false;
    }
    memcpy(&cpu->pc, snap, 8);
    memcpy((uint8_t *)cpu + sizeof(CPUCommon), snap + 8,
           guest_arch->cpu_size - sizeof(CPUCommon));
    return true;
}

/* With watchpoints, every CPU gdb does not step steps for them. */
static void gdb_watch_step(CPUCommon *cpu, void *opaque)
{
    if (!cpu->singlestep) {
        cpu->singlestep = GDB_STEP_WATCH;
    }
    gdb_snapshot(cpu);
}

static void gdb_watch_resume(void)
{
    if (gdb.nwatch == 0 || gdb.fd < 0) {
        return;
    }
    for (int i = 0; i < gdb.nwatch; i++) {
        gdb_watch_update(&gdb.watch[i]); /* gdb may have written them */
    }
    tb_for_each_cpu(gdb_watch_step, NULL);
}

/* After an instruction of cpu: the address of a watchpoint whose bytes it
 * changed, or 0. On a hit, cpu and the watched bytes are put back to
 * before the instruction when the snapshot allows (not after a syscall,
 * whose effects cannot be undone). */
static uint64_t gdb_watch_check(CPUCommon *cpu, bool undo)
{
    uint8_t prev[GDB_WATCH_MAX_LEN];
    uint64_t hit = 0;

    pthread_mutex_lock(&gdb.watch_lock);
    for (int i = 0; i < gdb.nwatch && !hit; i++) {
        GdbWatch *w = &gdb.watch[i];
        bool was_readable = w->readable;
        memcpy(prev, w->old, w->len);
        if (!gdb_watch_update(w)) {
            continue;
        }
        hit = w->addr;
        if (undo && was_readable && w->readable && gdb_snapshot_restore(cpu)) {
            gdb.target.write_memory(w->addr, prev, w->len);
            memcpy(w->old, prev, w->len);
        }
    }
    pthread_mutex_unlock(&gdb.watch_lock);
    return hit;
}

/* ---- qXfer and queries -------------------------------------------------- */

static void gdb_xfer(const char *p)
{
    char object[32], annex[128];
    const char *colon;
    uint64_t off, len;

    /* OBJECT:read:ANNEX:OFF,LEN */
    colon = strchr(p, ':');
    if (!colon || (size_t)(colon - p) >= sizeof(object) ||
        strncmp(colon, ":read:", 6)) {
        gdb_send("");
        return;
    }
    memcpy(object, p, (size_t)(colon - p));
    object[colon - p] = 0;
    p = colon + 6;
    colon = strchr(p, ':');
    if (!colon || (size_t)(colon - p) >= sizeof(annex)) {
        gdb_send("E00");
        return;
    }
    memcpy(annex, p, (size_t)(colon - p));
    annex[colon - p] = 0;
    p = colon + 1;
    if (!parse_addr_len(&p, &off, &len, 0)) {
        gdb_send("E00");
        return;
    }
    if (!strcmp(object, "features")) {
        const char *xml =
            guest_arch->gdb_xml ? guest_arch->gdb_xml(annex) : NULL;
        if (!xml) {
            gdb_send("E00");
            return;
        }
        gdb_send_xfer(xml, strlen(xml), off, len);
    } else if (!strcmp(object, "auxv") && gdb.target.auxv) {
        gdb_send_xfer(gdb.target.auxv, gdb.target.auxv_len, off, len);
    } else if (!strcmp(object, "exec-file") && gdb.target.exec_file) {
        gdb_send_xfer(gdb.target.exec_file, strlen(gdb.target.exec_file), off,
                      len);
    } else {
        gdb_send("");
    }
}

static void gdb_query(const char *p)
{
    char buf[128];

    if (!strncmp(p, "qSupported", 10)) {
        snprintf(buf, sizeof(buf),
                 "PacketSize=%x;qXfer:features:read+;qXfer:auxv:read+;"
                 "qXfer:exec-file:read+;vContSupported+;QStartNoAckMode+",
                 GDB_PACKET_SIZE);
        gdb_send(buf);
    } else if (!strncmp(p, "qXfer:", 6)) {
        gdb_xfer(p + 6);
    } else if (!strcmp(p, "qC")) {
        snprintf(buf, sizeof(buf), "QC%x", gdb_tid(gdb.stop_cpu));
        gdb_send(buf);
    } else if (!strcmp(p, "qfThreadInfo")) {
        gdb_send_thread_list();
    } else if (!strcmp(p, "qsThreadInfo")) {
        gdb_send("l");
    } else if (!strncmp(p, "qAttached", 9)) {
        gdb_send("1");
    } else if (!strcmp(p, "QStartNoAckMode")) {
        gdb_send("OK");
        gdb.no_ack = true;
    } else {
        gdb_send("");
    }
}

/* ---- host I/O (vFile) --------------------------------------------------
 * gdb's File-I/O protocol: numbers in hex, replies "F<result>[,<errno>]"
 * with gdb's own errno values, data in binary after ';'. Only reading is
 * offered. */

#define GDB_MAX_FILES 16
static int gdb_files[GDB_MAX_FILES] = {-1, -1, -1, -1, -1, -1, -1, -1,
                                       -1, -1, -1, -1, -1, -1, -1, -1};

static void gdb_file_error(int err)
{
    char buf[32];
    int e; /* gdb's fileio errno: Linux's numbers, but for these */
    switch (err) {
    case ENAMETOOLONG:
        e = 91;
        break;
    case EPERM:
    case ENOENT:
    case EINTR:
    case EBADF:
    case EACCES:
    case EFAULT:
    case EBUSY:
    case EEXIST:
    case ENODEV:
    case ENOTDIR:
    case EISDIR:
    case EINVAL:
    case ENFILE:
    case EMFILE:
    case EFBIG:
    case ENOSPC:
    case ESPIPE:
    case EROFS:
        e = err;
        break;
    default:
        e = 9999;
        break;
    }
    snprintf(buf, sizeof(buf), "F-1,%x", e);
    gdb_send(buf);
}

static void gdb_file_open(const char *p)
{
    char path[4096], host[4096];
    const char *comma = strchr(p, ',');
    uint64_t flags = 0;
    long n;

    if (!comma || (size_t)(comma - p) / 2 >= sizeof(path)) {
        gdb_file_error(EINVAL);
        return;
    }
    n = hex_decode(p, (uint8_t *)path, (size_t)(comma - p) / 2);
    p = comma + 1;
    if (n < 0 || !parse_hex(&p, &flags)) {
        gdb_file_error(EINVAL);
        return;
    }
    path[n] = 0;
    if (flags & 3) { /* not O_RDONLY */
        gdb_file_error(EACCES);
        return;
    }
    int slot = 0;
    while (slot < GDB_MAX_FILES && gdb_files[slot] >= 0) {
        slot++;
    }
    const char *hp = gdb.target.host_path
                         ? gdb.target.host_path(path, host, sizeof(host))
                         : path;
    int fd = slot == GDB_MAX_FILES ? (errno = EMFILE, -1)
             : hp                  ? open(hp, O_RDONLY | O_CLOEXEC)
                                   : (errno = ENOENT, -1);
    if (fd < 0) {
        gdb_file_error(errno);
        return;
    }
    gdb_files[slot] = fd;
    snprintf(host, sizeof(host), "F%x", slot);
    gdb_send(host);
}

/* The host fd of gdb's file number at *p, or -1. */
static int gdb_file_fd(const char **p)
{
    uint64_t slot;
    if (!parse_hex(p, &slot) || slot >= GDB_MAX_FILES) {
        return -1;
    }
    return gdb_files[slot];
}

static void gdb_file_pread(const char *p)
{
    uint64_t count, off;
    int fd = gdb_file_fd(&p);

    if (fd < 0 || *p++ != ',' || !parse_addr_len(&p, &count, &off, 0)) {
        gdb_file_error(EBADF);
        return;
    }
    if (count > GDB_PACKET_SIZE / 2) {
        count = GDB_PACKET_SIZE / 2;
    }
    uint8_t *data = g_malloc(count + 1);
    ssize_t n = pread(fd, data, count, (off_t)off);
    if (n < 0) {
        gdb_file_error(errno);
    } else {
        GString *out = g_string_new(NULL);
        g_string_printf(out, "F%zx;", (size_t)n);
        gdb_send_escaped(out, data, (size_t)n);
    }
    g_free(data);
}

static void put_be(uint8_t *p, uint64_t v, int n)
{
    for (int i = n - 1; i >= 0; i--, v >>= 8) {
        p[i] = (uint8_t)v;
    }
}

/* struct stat in gdb's fileio layout: big-endian, 64 bytes. */
static void gdb_file_fstat(const char *p)
{
    int fd = gdb_file_fd(&p);
    struct stat st;
    uint8_t f[64];
    GString *out;

    if (fd < 0 || fstat(fd, &st) < 0) {
        gdb_file_error(fd < 0 ? EBADF : errno);
        return;
    }
    put_be(f, st.st_dev, 4);
    put_be(f + 4, st.st_ino, 4);
    put_be(f + 8, st.st_mode, 4);
    put_be(f + 12, st.st_nlink, 4);
    put_be(f + 16, st.st_uid, 4);
    put_be(f + 20, st.st_gid, 4);
    put_be(f + 24, st.st_rdev, 4);
    put_be(f + 28, (uint64_t)st.st_size, 8);
    put_be(f + 36, (uint64_t)st.st_blksize, 8);
    put_be(f + 44, (uint64_t)st.st_blocks, 8);
    put_be(f + 52, (uint64_t)st.st_atime, 4);
    put_be(f + 56, (uint64_t)st.st_mtime, 4);
    put_be(f + 60, (uint64_t)st.st_ctime, 4);
    out = g_string_new("F40;");
    gdb_send_escaped(out, f, 64);
}

static void gdb_file_close(const char *p)
{
    uint64_t slot;
    if (!parse_hex(&p, &slot) || slot >= GDB_MAX_FILES || gdb_files[slot] < 0) {
        gdb_file_error(EBADF);
        return;
    }
    close(gdb_files[slot]);
    gdb_files[slot] = -1;
    gdb_send("F0");
}

static void gdb_file_close_all(void)
{
    for (int i = 0; i < GDB_MAX_FILES; i++) {
        if (gdb_files[i] >= 0) {
            close(gdb_files[i]);
            gdb_files[i] = -1;
        }
    }
}

static void gdb_file(const char *p)
{
    if (!strncmp(p, "setfs:", 6)) {
        gdb_send("F0"); /* one file system: ours */
    } else if (!strncmp(p, "open:", 5)) {
        gdb_file_open(p + 5);
    } else if (!strncmp(p, "pread:", 6)) {
        gdb_file_pread(p + 6);
    } else if (!strncmp(p, "fstat:", 6)) {
        gdb_file_fstat(p + 6);
    } else if (!strncmp(p, "close:", 6)) {
        gdb_file_close(p + 6);
    } else {
        gdb_send("");
    }
}

/* ---- resuming ----------------------------------------------------------- */

typedef struct GdbResume {
    bool resume;
    int sig; /* host signal for the stopped thread */
} GdbResume;

static void gdb_clear_step(CPUCommon *cpu, void *opaque)
{
    cpu->singlestep = 0;
}

/* vCont;ACTION[:TID];... — the first action naming a thread (or none)
 * applies to it. Threads run in all-stop fashion: whatever a thread's
 * action, it resumes; only `s` and `S` make it step. */
static bool gdb_vcont(const char *p, GdbResume *r)
{
    GdbCpuList l;
    bool done[GDB_MAX_CPUS] = {false};

    gdb_cpu_list(&l);
    while (*p == ';') {
        char act = p[1];
        uint64_t sig = 0;
        int64_t tid = -1;

        p += 2;
        if (act != 'c' && act != 's' && act != 'C' && act != 'S') {
            return false;
        }
        if ((act == 'C' || act == 'S') && !parse_hex(&p, &sig)) {
            return false;
        }
        if (*p == ':') {
            p++;
            if (!parse_thread_id(&p, &tid)) {
                return false;
            }
        }
        for (int i = 0; i < l.n; i++) {
            if (done[i] || (tid > 0 && l.tid[i] != tid)) {
                continue;
            }
            done[i] = true;
            l.cpu[i]->singlestep = act == 's' || act == 'S';
            if (l.cpu[i] == gdb.stop_cpu && sig) {
                r->sig = gdb_signal_to_host((int)sig);
            }
        }
    }
    r->resume = true;
    return *p == 0;
}

/* c [ADDR], s [ADDR], C SIG[;ADDR], S SIG[;ADDR] */
static void gdb_continue(const char *p, GdbResume *r)
{
    char act = *p++;
    uint64_t v;

    if (act == 'C' || act == 'S') {
        if (parse_hex(&p, &v)) {
            r->sig = gdb_signal_to_host((int)v);
        }
        if (*p == ';') {
            p++;
        }
    }
    if (parse_hex(&p, &v)) {
        gdb.c_cpu->pc = v;
    }
    gdb.c_cpu->singlestep = act == 's' || act == 'S';
    r->resume = true;
}

static void gdb_set_thread(const char *p)
{
    char which = *p++;
    int64_t tid;
    CPUCommon *cpu;

    if (!parse_thread_id(&p, &tid) || !(cpu = gdb_find_cpu(tid))) {
        gdb_send("E22");
        return;
    }
    if (which == 'g') {
        gdb.g_cpu = cpu;
    } else {
        gdb.c_cpu = cpu;
    }
    gdb_send("OK");
}

static void gdb_thread_alive(const char *p)
{
    int64_t tid;
    bool ok = parse_thread_id(&p, &tid) && gdb_find_cpu(tid);
    gdb_send(ok ? "OK" : "E22");
}

static __attribute__((noreturn)) void gdb_kill(void)
{
    if (log_file) {
        fflush(log_file);
    }
    close(gdb.fd);
    gdb.fd = -1;
    kill(getpid(), SIGKILL);
    _exit(137);
}

/* Drop the connection; the target runs on without gdb. Called stopped. */
static void gdb_detach(void)
{
    tb_breakpoint_remove_all();
    gdb_file_close_all();
    gdb.nwatch = 0;
    tb_for_each_cpu(gdb_clear_step, NULL);
    pthread_mutex_lock(&gdb.wlock);
    close(gdb.fd);
    gdb.fd = -1;
    pthread_mutex_unlock(&gdb.wlock);
    gdb.rpos = gdb.rlen = 0;
    gdb.no_ack = false;
    gdb.reply_pending = false;
}

/* One packet; sets r->resume when the target is to run. */
static void gdb_handle_packet(GString *pkt, GdbResume *r)
{
    const char *p = pkt->str;

    switch (p[0]) {
    case '?':
        gdb_send_stop_reply();
        break;
    case 'q':
    case 'Q':
        gdb_query(p);
        break;
    case 'H':
        gdb_set_thread(p + 1);
        break;
    case 'T':
        gdb_thread_alive(p + 1);
        break;
    case 'g':
        gdb_read_registers();
        break;
    case 'G':
        gdb_write_registers(p + 1);
        break;
    case 'p':
        gdb_read_register(p + 1);
        break;
    case 'P':
        gdb_write_register(p + 1);
        break;
    case 'm':
        gdb_read_memory(p + 1);
        break;
    case 'M':
        gdb_write_memory(p + 1, pkt->len - 1, false);
        break;
    case 'X':
        gdb_write_memory(p + 1, pkt->len - 1, true);
        break;
    case 'c':
    case 's':
    case 'C':
    case 'S':
        gdb_continue(p, r);
        break;
    case 'Z':
    case 'z':
        gdb_breakpoint(p + 1, p[0] == 'Z');
        break;
    case 'k':
        gdb_kill();
    case 'D':
        gdb_send("OK");
        gdb_detach();
        r->resume = true;
        break;
    case 'v':
        if (!strcmp(p, "vCont?")) {
            gdb_send("vCont;c;C;s;S");
        } else if (!strncmp(p, "vCont;", 6)) {
            if (!gdb_vcont(p + 5, r)) {
                r->resume = false;
                gdb_send("E22");
            }
        } else if (!strncmp(p, "vFile:", 6)) {
            gdb_file(p + 6);
        } else if (!strncmp(p, "vKill", 5)) {
            gdb_send("OK");
            gdb_kill();
        } else {
            gdb_send("");
        }
        break;
    default:
        gdb_send("");
        break;
    }
}

/* ---- sessions ----------------------------------------------------------- */

/* Serve gdb with `cpu` stopped by host signal `sig`; returns the signal to
 * deliver to cpu when gdb resumes the target. */
static int gdb_session(CPUCommon *cpu, int sig, uint64_t watch)
{
    GdbResume r = {false, 0};
    GString *pkt = g_string_new(NULL);

    start_exclusive();
    pthread_mutex_lock(&gdb.lock);
    gdb.running = false;
    pthread_mutex_unlock(&gdb.lock);
    tb_for_each_cpu(gdb_clear_step, NULL);
    gdb.stop_cpu = gdb.g_cpu = gdb.c_cpu = cpu;
    gdb.stop_sig = sig;
    gdb.stop_watch = watch;
    if (log_enabled(LOG_int)) {
        log_printf("gdb: stop at 0x%" PRIx64 " signal %d\n", cpu->pc, sig);
    }
    if (gdb.fd >= 0 && gdb.reply_pending) {
        gdb_send_stop_reply();
    }
    while (gdb.fd >= 0 && !r.resume) {
        if (!gdb_read_packet(pkt)) {
            gdb_detach(); /* gdb went away */
            break;
        }
        gdb_handle_packet(pkt, &r);
    }
    gdb.reply_pending = gdb.fd >= 0;
    gdb_watch_resume();
    g_string_free(pkt, TRUE);
    pthread_mutex_lock(&gdb.lock);
    gdb.running = true;
    pthread_cond_broadcast(&gdb.cond);
    pthread_mutex_unlock(&gdb.lock);
    end_exclusive();
    return r.sig;
}

static void gdb_setup_connection(int fd)
{
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    gdb.no_ack = false;
    gdb.reply_pending = false;
    gdb.rpos = gdb.rlen = 0;
}

static int gdb_accept(void)
{
    int fd;
    do {
        fd = accept4(gdb.listen_fd, NULL, NULL, SOCK_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd >= 0) {
        gdb_setup_connection(fd);
    }
    return fd;
}

/* Ask the CPUs to stop for gdb, and wait (kicking, since a CPU may enter
 * generated code after the first kick) until one takes the stop. */
static void gdb_request_stop(void)
{
    __atomic_store_n(&gdb.interrupt, 1, __ATOMIC_SEQ_CST);
    pthread_mutex_lock(&gdb.lock);
    while (__atomic_load_n(&gdb.interrupt, __ATOMIC_SEQ_CST) && gdb.running) {
        pthread_mutex_unlock(&gdb.lock);
        tb_kick_cpus();
        usleep(20000);
        pthread_mutex_lock(&gdb.lock);
    }
    pthread_mutex_unlock(&gdb.lock);
}

/* The target runs with gdb connected on fd: a ^C or end of file from gdb
 * stops it; acks are dropped. */
static void gdb_watch_input(int fd)
{
    struct pollfd pfd = {.fd = fd, .events = POLLIN};
    uint8_t c;
    bool stop = false;

    if (poll(&pfd, 1, 100) <= 0) {
        return;
    }
    pthread_mutex_lock(&gdb.lock);
    if (gdb.running && gdb.fd == fd) {
        ssize_t n = recv(fd, &c, 1, MSG_DONTWAIT | MSG_PEEK);
        if (n == 1) {
            recv(fd, &c, 1, MSG_DONTWAIT);
        }
        /* At end of file the serving thread finds gdb gone and detaches. */
        stop = n == 0 || (n == 1 && c == 0x03);
    }
    pthread_mutex_unlock(&gdb.lock);
    if (stop) {
        gdb_request_stop();
    }
}

/* The watcher: accepts connections, and sees ^C while the target runs. */
static void *gdb_watcher(void *arg)
{
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, NULL); /* guest signals are not ours */

    for (;;) {
        pthread_mutex_lock(&gdb.lock);
        while (!gdb.running) {
            pthread_cond_wait(&gdb.cond, &gdb.lock);
        }
        int fd = gdb.fd;
        pthread_mutex_unlock(&gdb.lock);

        if (fd >= 0) {
            gdb_watch_input(fd);
            continue;
        }
        fd = gdb_accept();
        if (fd < 0) {
            return NULL;
        }
        pthread_mutex_lock(&gdb.lock);
        gdb.fd = fd;
        pthread_mutex_unlock(&gdb.lock);
        gdb_request_stop(); /* gdb's '?' finds the target stopped */
    }
    return NULL;
}

static int gdb_listen_unix(const char *spec)
{
    struct sockaddr_un sa = {.sun_family = AF_UNIX};
    GString *path = g_string_new(NULL);

    for (const char *p = spec; *p; p++) {
        if (p[0] == '%' && p[1] == 'd') {
            g_string_append_printf(path, "%d", (int)getpid());
            p++;
        } else {
            g_string_append_c(path, *p);
        }
    }
    if (path->len >= sizeof(sa.sun_path)) {
        g_string_free(path, TRUE);
        return -ENAMETOOLONG;
    }
    memcpy(sa.sun_path, path->str, path->len);
    unlink(path->str);
    g_string_free(path, TRUE);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return -errno;
    }
    if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 || listen(fd, 1) < 0) {
        int e = errno;
        close(fd);
        return -e;
    }
    return fd;
}

static int gdb_listen_tcp(unsigned port)
{
    struct sockaddr_in sa = {
        .sin_family = AF_INET,
        .sin_port = htons((uint16_t)port),
        .sin_addr.s_addr = htonl(INADDR_LOOPBACK),
    };
    int one = 1;
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return -errno;
    }
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 || listen(fd, 1) < 0) {
        int e = errno;
        close(fd);
        return -e;
    }
    return fd;
}

int gdbstub_init(const char *spec, const GdbTarget *target)
{
    char *s = g_strdup(spec);
    char *opt = strchr(s, ',');
    bool suspend = true;
    int fd;

    if (!guest_arch->gdb_read_reg || !guest_arch->gdb_xml) {
        g_free(s);
        return -ENOSYS;
    }
    if (opt) {
        *opt++ = 0;
        if (!strcmp(opt, "suspend=n")) {
            suspend = false;
        } else if (strcmp(opt, "suspend=y")) {
            g_free(s);
            return -EINVAL;
        }
    }
    char *end;
    unsigned long port = strtoul(s, &end, 10);
    if (*s && !*end) {
        fd =
            port > 0 && port < 65536 ? gdb_listen_tcp((unsigned)port) : -EINVAL;
    } else if (*s) {
        fd = gdb_listen_unix(s);
    } else {
        fd = -EINVAL;
    }
    g_free(s);
    if (fd < 0) {
        return fd;
    }
    gdb.listen_fd = fd;
    gdb.target = *target;
    gdb.suspend = suspend;
    gdb.pid = getpid();
    return 0;
}

void gdbstub_start(CPUCommon *cpu)
{
    pthread_t th;

    if (!gdb_owner()) {
        return;
    }
    if (gdb.suspend) {
        gdb.fd = gdb_accept();
        if (gdb.fd >= 0) {
            gdb_session(cpu, SIGTRAP, 0);
        }
    } else {
        gdb.running = true;
    }
    gdb.running = true;
    if (pthread_create(&th, NULL, gdb_watcher, NULL) == 0) {
        pthread_detach(th);
    }
}

int gdbstub_debug_stop(CPUCommon *cpu, bool after_syscall)
{
    if (!gdbstub_attached()) {
        /* A forked child (or gdb detached): the breakpoints are stale. */
        tb_breakpoint_remove_all();
        cpu->singlestep = 0;
        return 0;
    }
    uint64_t watch = gdb.nwatch ? gdb_watch_check(cpu, !after_syscall) : 0;
    if (!watch && cpu->singlestep == GDB_STEP_WATCH &&
        !tb_breakpoint_at(cpu->pc)) {
        gdb_snapshot(cpu); /* before the next instruction */
        return 0;
    }
    return gdb_session(cpu, SIGTRAP, watch);
}

int gdbstub_handle_signal(CPUCommon *cpu, int sig)
{
    if (!gdbstub_attached()) {
        return sig;
    }
    return gdb_session(cpu, sig, 0);
}

void gdbstub_poll(CPUCommon *cpu)
{
    if (!gdb_owner() || !__atomic_load_n(&gdb.interrupt, __ATOMIC_RELAXED)) {
        return;
    }
    if (!__atomic_exchange_n(&gdb.interrupt, 0, __ATOMIC_SEQ_CST)) {
        return;
    }
    if (gdb.fd >= 0) {
        /* ^C reports SIGINT; a fresh attach answers '?' with it too. */
        gdb_session(cpu, gdb.reply_pending ? SIGINT : SIGTRAP, 0);
    }
}

static void gdb_report_exit(const char *fmt, int v)
{
    char buf[16];
    if (!gdbstub_attached()) {
        return;
    }
    snprintf(buf, sizeof(buf), fmt, v & 0xff);
    /* Nobody reads acks any more: say it once and go. */
    gdb.no_ack = true;
    gdb_send(buf);
    pthread_mutex_lock(&gdb.wlock);
    shutdown(gdb.fd, SHUT_RDWR);
    gdb.fd = -1; /* the watcher may still poll it: leave it open */
    pthread_mutex_unlock(&gdb.wlock);
}

void gdbstub_exit(int status)
{
    gdb_report_exit("W%02x", status);
}

void gdbstub_signal_exit(int sig)
{
    gdb_report_exit("X%02x", gdb_signal_from_host(sig));
}
