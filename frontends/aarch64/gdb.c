/*
 * aarch64 registers for the gdbstub: the target description and register
 * access. Numbering (the XML's regnum, which is also the g packet order):
 *   org.gnu.gdb.aarch64.core  0..30 x0..x30, 31 sp, 32 pc, 33 cpsr
 *   org.gnu.gdb.aarch64.fpu   34..65 v0..v31 (128 bits), 66 fpsr, 67 fpcr
 * cpsr shows NZCV (EL0 has nothing else gdb can see); everything is
 * little-endian.
 */
#include <glib.h>
#include <string.h>

#include "frontends/aarch64/cpu.h"

enum {
    A64_GDB_SP = 31,
    A64_GDB_PC = 32,
    A64_GDB_CPSR = 33,
    A64_GDB_V0 = 34,
    A64_GDB_FPSR = 66,
    A64_GDB_FPCR = 67,
    A64_GDB_NUM_REGS = 68,
};

/* The views gdb offers of a V register: $v0.d.f[1], $v0.s.u[3], ... */
static const struct {
    const char *id, *elem;
    int count;
} a64_gdb_vectors[] = {
    {"v2d", "ieee_double", 2}, {"v2u", "uint64", 2},  {"v2i", "int64", 2},
    {"v4f", "ieee_single", 4}, {"v4u", "uint32", 4},  {"v4i", "int32", 4},
    {"v8u", "uint16", 8},      {"v8i", "int16", 8},   {"v16u", "uint8", 16},
    {"v16i", "int8", 16},      {"v1u", "uint128", 1}, {"v1i", "int128", 1},
};

static const struct {
    const char *id;
    const char *fields[5][2]; /* name, type */
} a64_gdb_unions[] = {
    {"vnd", {{"f", "v2d"}, {"u", "v2u"}, {"s", "v2i"}}},
    {"vns", {{"f", "v4f"}, {"u", "v4u"}, {"s", "v4i"}}},
    {"vnh", {{"u", "v8u"}, {"s", "v8i"}}},
    {"vnb", {{"u", "v16u"}, {"s", "v16i"}}},
    {"vnq", {{"u", "v1u"}, {"s", "v1i"}}},
    {"aarch64v",
     {{"d", "vnd"}, {"s", "vns"}, {"h", "vnh"}, {"b", "vnb"}, {"q", "vnq"}}},
};

static void a64_gdb_xml_fpu(GString *x)
{
    g_string_append(x, "  <feature name=\"org.gnu.gdb.aarch64.fpu\">\n");
    for (size_t i = 0; i < G_N_ELEMENTS(a64_gdb_vectors); i++) {
        g_string_append_printf(x,
                               "    <vector id=\"%s\" type=\"%s\" "
                               "count=\"%d\"/>\n",
                               a64_gdb_vectors[i].id, a64_gdb_vectors[i].elem,
                               a64_gdb_vectors[i].count);
    }
    for (size_t i = 0; i < G_N_ELEMENTS(a64_gdb_unions); i++) {
        g_string_append_printf(x, "    <union id=\"%s\">\n",
                               a64_gdb_unions[i].id);
        for (int f = 0; f < 5 && a64_gdb_unions[i].fields[f][0]; f++) {
            g_string_append_printf(
                x, "      <field name=\"%s\" type=\"%s\"/>\n",
                a64_gdb_unions[i].fields[f][0], a64_gdb_unions[i].fields[f][1]);
        }
        g_string_append(x, "    </union>\n");
    }
    for (int i = 0; i < 32; i++) {
        g_string_append_printf(x,
                               "    <reg name=\"v%d\" bitsize=\"128\" "
                               "type=\"aarch64v\" regnum=\"%d\"/>\n",
                               i, A64_GDB_V0 + i);
    }
    g_string_append_printf(x,
                           "    <reg name=\"fpsr\" bitsize=\"32\" "
                           "regnum=\"%d\"/>\n"
                           "    <reg name=\"fpcr\" bitsize=\"32\" "
                           "regnum=\"%d\"/>\n"
                           "  </feature>\n",
                           A64_GDB_FPSR, A64_GDB_FPCR);
}

static char *a64_gdb_build_xml(void)
{
    GString *x =
        g_string_new("<?xml version=\"1.0\"?>\n"
                     "<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
                     "<target version=\"1.0\">\n"
                     "  <architecture>aarch64</architecture>\n"
                     "  <osabi>GNU/Linux</osabi>\n"
                     "  <feature name=\"org.gnu.gdb.aarch64.core\">\n");
    for (int i = 0; i < 31; i++) {
        g_string_append_printf(x,
                               "    <reg name=\"x%d\" bitsize=\"64\" "
                               "type=\"int\" regnum=\"%d\"/>\n",
                               i, i);
    }
    g_string_append_printf(
        x,
        "    <reg name=\"sp\" bitsize=\"64\" type=\"data_ptr\" "
        "regnum=\"%d\"/>\n"
        "    <reg name=\"pc\" bitsize=\"64\" type=\"code_ptr\" "
        "regnum=\"%d\"/>\n"
        "    <flags id=\"cpsr_flags\" size=\"4\">\n"
        "      <field name=\"V\" start=\"28\" end=\"28\"/>\n"
        "      <field name=\"C\" start=\"29\" end=\"29\"/>\n"
        "      <field name=\"Z\" start=\"30\" end=\"30\"/>\n"
        "      <field name=\"N\" start=\"31\" end=\"31\"/>\n"
        "    </flags>\n"
        "    <reg name=\"cpsr\" bitsize=\"32\" type=\"cpsr_flags\" "
        "regnum=\"%d\"/>\n"
        "  </feature>\n",
        A64_GDB_SP, A64_GDB_PC, A64_GDB_CPSR);
    a64_gdb_xml_fpu(x);
    g_string_append(x, "</target>\n");
    return g_string_free(x, FALSE);
}

const char *a64_gdb_xml(const char *annex)
{
    static char *xml;

    if (strcmp(annex, "target.xml")) {
        return NULL;
    }
    if (!xml) {
        xml = a64_gdb_build_xml();
    }
    return xml;
}

int a64_gdb_read_reg(CPUCommon *cpu, uint8_t *buf, int n)
{
    CPUARMState *env = a64_env(cpu);
    uint64_t v;
    uint32_t w;

    if (n >= 0 && n <= A64_GDB_SP) {
        v = env->x[n]; /* x[31] is SP */
    } else if (n == A64_GDB_PC) {
        v = cpu->pc;
    } else if (n >= A64_GDB_V0 && n < A64_GDB_V0 + 32) {
        memcpy(buf, env->v[n - A64_GDB_V0], 16);
        return 16;
    } else {
        switch (n) {
        case A64_GDB_CPSR:
            w = a64_nzcv_get(env);
            break;
        case A64_GDB_FPSR:
            w = env->fpsr;
            break;
        case A64_GDB_FPCR:
            w = env->fpcr;
            break;
        default:
            return 0;
        }
        memcpy(buf, &w, 4);
        return 4;
    }
    memcpy(buf, &v, 8);
    return 8;
}

int a64_gdb_write_reg(CPUCommon *cpu, const uint8_t *buf, int n)
{
    CPUARMState *env = a64_env(cpu);
    uint64_t v;
    uint32_t w;

    memcpy(&v, buf, 8);
    memcpy(&w, buf, 4);
    if (n >= 0 && n <= A64_GDB_SP) {
        env->x[n] = v;
        return 8;
    }
    if (n == A64_GDB_PC) {
        cpu->pc = v;
        return 8;
    }
    if (n >= A64_GDB_V0 && n < A64_GDB_V0 + 32) {
        memcpy(env->v[n - A64_GDB_V0], buf, 16);
        return 16;
    }
    switch (n) {
    case A64_GDB_CPSR:
        a64_nzcv_set(env, w);
        return 4;
    case A64_GDB_FPSR:
        env->fpsr = w;
        return 4;
    case A64_GDB_FPCR:
        env->fpcr = w;
        return 4;
    }
    return 0;
}
