/* The linux-user tests share the riscv64 guest tests' check helpers; this
 * shim lets them write #include "check.h" as the tests one level up do. */
#include "../check.h"
