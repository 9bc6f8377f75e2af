/*
 * riscv64 registers for the gdbstub: the target description and register
 * access. Numbering (the XML's regnum, which is also the g packet order):
 *   0..31 x0..x31 (zero, ra, ...), 32 pc, 33..64 f0..f31,
 *   65 fflags, 66 frm, 67 fcsr
 * Everything is little-endian; f registers are the raw 64-bit (NaN-boxed)
 * contents.
 */
#include <glib.h>
#include <string.h>

#include "frontends/riscv64/cpu.h"
#include "frontends/riscv64/helpers.h"

enum {
    RV_GDB_PC = 32,
    RV_GDB_F0 = 33,
    RV_GDB_FFLAGS = 65,
    RV_GDB_FRM = 66,
    RV_GDB_FCSR = 67,
    RV_GDB_NUM_REGS = 68,
};

static char *rv_gdb_build_xml(void)
{
    GString *x = g_string_new("<?xml version=\"1.0\"?>\n"
                              "<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
                              "<target version=\"1.0\">\n"
                              "  <architecture>riscv:rv64</architecture>\n"
                              "  <osabi>GNU/Linux</osabi>\n"
                              "  <feature name=\"org.gnu.gdb.riscv.cpu\">\n");
    for (int i = 0; i < 32; i++) {
        const char *type = i == 1               ? "code_ptr"
                           : (i == 2 || i == 8) ? "data_ptr"
                                                : "int";
        g_string_append_printf(x,
                               "    <reg name=\"%s\" bitsize=\"64\" "
                               "type=\"%s\" regnum=\"%d\"/>\n",
                               i == 8 ? "fp" : rv_reg_name(i), type, i);
    }
    g_string_append_printf(
        x,
        "    <reg name=\"pc\" bitsize=\"64\" "
        "type=\"code_ptr\" regnum=\"%d\"/>\n"
        "  </feature>\n"
        "  <feature name=\"org.gnu.gdb.riscv.fpu\">\n"
        "    <union id=\"riscv_double\">\n"
        "      <field name=\"float\" type=\"ieee_single\"/>\n"
        "      <field name=\"double\" type=\"ieee_double\"/>\n"
        "    </union>\n",
        RV_GDB_PC);
    for (int i = 0; i < 32; i++) {
        g_string_append_printf(x,
                               "    <reg name=\"%s\" bitsize=\"64\" "
                               "type=\"riscv_double\" regnum=\"%d\"/>\n",
                               rv_freg_name(i), RV_GDB_F0 + i);
    }
    g_string_append_printf(
        x,
        "    <reg name=\"fflags\" bitsize=\"32\" type=\"int\" regnum=\"%d\" "
        "group=\"float\"/>\n"
        "    <reg name=\"frm\" bitsize=\"32\" type=\"int\" regnum=\"%d\" "
        "group=\"float\"/>\n"
        "    <reg name=\"fcsr\" bitsize=\"32\" type=\"int\" regnum=\"%d\" "
        "group=\"float\"/>\n"
        "  </feature>\n"
        "</target>\n",
        RV_GDB_FFLAGS, RV_GDB_FRM, RV_GDB_FCSR);
    return g_string_free(x, FALSE);
}

const char *rv_gdb_xml(const char *annex)
{
    static char *xml;

    if (strcmp(annex, "target.xml")) {
        return NULL;
    }
    if (!xml) {
        xml = rv_gdb_build_xml();
    }
    return xml;
}

static int put64(uint8_t *buf, uint64_t v)
{
    memcpy(buf, &v, 8); /* the host is little-endian, like the guest */
    return 8;
}

static int put32(uint8_t *buf, uint32_t v)
{
    memcpy(buf, &v, 4);
    return 4;
}

int rv_gdb_read_reg(CPUCommon *cpu, uint8_t *buf, int n)
{
    CPURISCVState *env = rv_env(cpu);

    if (n >= 0 && n < 32) {
        return put64(buf, n ? env->x[n] : 0);
    }
    if (n == RV_GDB_PC) {
        return put64(buf, cpu->pc);
    }
    if (n >= RV_GDB_F0 && n < RV_GDB_F0 + 32) {
        return put64(buf, env->f[n - RV_GDB_F0]);
    }
    switch (n) {
    case RV_GDB_FFLAGS:
        return put32(buf, (uint32_t)(env->fflags & 0x1f));
    case RV_GDB_FRM:
        return put32(buf, (uint32_t)(env->frm & 7));
    case RV_GDB_FCSR:
        return put32(buf,
                     (uint32_t)((env->frm & 7) << 5 | (env->fflags & 0x1f)));
    }
    return 0;
}

int rv_gdb_write_reg(CPUCommon *cpu, const uint8_t *buf, int n)
{
    CPURISCVState *env = rv_env(cpu);
    uint64_t v;
    uint32_t w;

    memcpy(&v, buf, 8);
    memcpy(&w, buf, 4);
    if (n >= 0 && n < 32) {
        if (n) {
            env->x[n] = v;
        }
        return 8;
    }
    if (n == RV_GDB_PC) {
        cpu->pc = v;
        return 8;
    }
    if (n >= RV_GDB_F0 && n < RV_GDB_F0 + 32) {
        env->f[n - RV_GDB_F0] = v;
        return 8;
    }
    switch (n) {
    case RV_GDB_FFLAGS:
        env->fflags = w & 0x1f;
        return 4;
    case RV_GDB_FRM:
        env->frm = w & 7;
        return 4;
    case RV_GDB_FCSR:
        env->fflags = w & 0x1f;
        env->frm = w >> 5 & 7;
        return 4;
    }
    return 0;
}
