# mimic — one non-recursive build.
#   make          build/mimic-riscv64 and build/mimic-aarch64
#   make check    install what is missing, build, run every test
#   make demo     install what is missing, build, run a sample riscv64 program
#   make bench    time mimic against the reference emulator and native
#   make static   build/static/mimic-*: static-pie, no host library needed
#   make check-chroot  debootstrap a Debian arm64 root under mimic-aarch64

CC ?= gcc
OPT ?= -O2
PKGS := capstone glib-2.0 libelf
CFLAGS ?= $(OPT) -g
CFLAGS += -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare \
          -Wno-missing-field-initializers -fno-strict-aliasing -I. \
          $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
ifeq ($(STATIC),1)
# Static position-independent binaries for chroots and containers: the
# objects are PIE already (Debian's gcc default, made explicit here).
CFLAGS += -fPIE
LDFLAGS += -static-pie
LDLIBS += $(shell pkg-config --static --libs $(PKGS) 2>/dev/null) -lm -lpthread
else
LDLIBS += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm -lpthread
endif

B := build
CORE_SRCS := $(wildcard translator/*.c) $(wildcard backends/x86_64/*.c)
USER_SRCS := $(wildcard loader/*.c) $(wildcard syscall/*.c) $(wildcard linux-user/*.c) \
             $(wildcard linux-user/*.S)
RV64_SRCS := $(wildcard frontends/riscv64/*.c)
AA64_SRCS := $(wildcard frontends/aarch64/*.c)

obj = $(patsubst %.S,$(B)/obj/%.o,$(patsubst %.c,$(B)/obj/%.o,$(1)))
CORE_OBJS := $(call obj,$(CORE_SRCS))
USER_OBJS := $(call obj,$(USER_SRCS))
RV64_OBJS := $(call obj,$(RV64_SRCS))
AA64_OBJS := $(call obj,$(AA64_SRCS))

all: $(B)/mimic-riscv64 $(B)/mimic-aarch64

$(B)/mimic-riscv64: $(CORE_OBJS) $(USER_OBJS) $(RV64_OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(B)/mimic-aarch64: $(CORE_OBJS) $(USER_OBJS) $(AA64_OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

static: deps
	@$(MAKE) --no-print-directory STATIC=1 B=$(B)/static all

# A Debian arm64 root bootstrapped under mimic-aarch64 through binfmt_misc.
check-chroot: static
	@tests/linux-user/chroot.sh

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(B)/obj/%.o: %.S
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

-include $(shell find $(B)/obj -name '*.d' 2>/dev/null)

# Unit tests: tests/unit/test-NAME.c links against the core, linux-user and
# one guest: the aarch64 frontend for test-a64-*, riscv64 for the rest.
UNIT_SRCS := $(wildcard tests/unit/test-*.c)
UNIT_BINS := $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRCS))
UNIT_LIBS = $(filter-out $(B)/obj/linux-user/main.o,$(CORE_OBJS) $(USER_OBJS) $(1))

$(B)/tests/test-a64-%: tests/unit/test-a64-%.c $(CORE_OBJS) $(AA64_OBJS) $(USER_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(call UNIT_LIBS,$(AA64_OBJS)) $(LDLIBS)

$(B)/tests/%: tests/unit/%.c $(CORE_OBJS) $(RV64_OBJS) $(USER_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(call UNIT_LIBS,$(RV64_OBJS)) $(LDLIBS)

unit: $(UNIT_BINS)

deps:
	@scripts/install-deps.sh

check: deps
	@$(MAKE) --no-print-directory all unit
	@B=$(B) tests/run-tests.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@B=$(B) scripts/demo.sh

bench: deps
	@$(MAKE) --no-print-directory all
	@B=$(B) scripts/bench.sh $(if $(JSON),--json $(JSON))

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf $(B)

.PHONY: all unit deps check check-chroot demo bench static format clean
