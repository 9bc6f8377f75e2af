/*
 * User-mode runtime state (see user.h). Kept out of main.c so unit tests,
 * which link everything but main.o, have it too.
 */
#include "linux-user/user.h"

UserOptions user_opts = {.stack_size = USER_DEFAULT_STACK_SIZE};
ImageInfo user_image;
const char *user_exe;
const char *prog_name = "mimic";
