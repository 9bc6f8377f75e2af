/*
 * /proc/self/maps and smaps for the guest (proc-maps.c); used by proc.c.
 */
#ifndef MIMIC_LINUX_USER_PROC_MAPS_H
#define MIMIC_LINUX_USER_PROC_MAPS_H

#include <glib.h>
#include <stdint.h>

void proc_fill_maps(GString *out);
void proc_fill_smaps(GString *out);

/* Bytes the guest has mapped (the vsize of /proc/self/stat). */
uint64_t proc_guest_vsize(void);

#endif
