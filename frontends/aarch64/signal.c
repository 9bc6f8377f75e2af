/*
 * (being written) The aarch64 rt_sigframe.
 */
#include "frontends/aarch64/user.h"

void a64_setup_sigframe(CPUCommon *cpu, void *frame, uint64_t frame_addr,
                        const GuestSigFrame *f)
{
}

void a64_restore_sigframe(CPUCommon *cpu, const void *frame, GuestSigFrame *f)
{
}

const uint32_t a64_sigtramp[2] = {0xd2801168, 0xd4000001};
