# cipy: a C interpreter for CPython 3.14 bytecode.
#   make            build/cipy and build/libcipy.a
#   make static     build/static/cipy, linked fully statically
#   make sanitize   build/sanitize/cipy with AddressSanitizer + UBSan
#   make thread-test-tsan  tests/thread_test.c under ThreadSanitizer
#   make opcode-coverage  build/opcount/cipy (counts executed opcodes), run the
#                   suite with it and check every CPython 3.14 opcode ran
#   make test       the differential suite (CIPY=path selects the binary)
#   make run        install what is missing, build, run the bundled example
#   make fuzz       build and run the .pyc fuzzer for FUZZ_TIME seconds (clang, libFuzzer)

.DEFAULT_GOAL := all
CC ?= cc
PKGS := gmp mpfr libpcre2-32 zlib libcrypto
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lmpfr -lgmp -lpcre2-32 -lz -lcrypto)
WARN := -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
# WERROR=1 (continuous integration sets it) makes every warning an error.
ifeq ($(WERROR),1)
WARN += -Werror
endif
BASE_CFLAGS := -std=gnu11 $(WARN) -Iinclude -Isrc $(PKG_CFLAGS) -fno-strict-aliasing
OPT ?= -O2 -g
LIBS_STATIC := $(PKG_LIBS) -lbz2 -lm -lpthread
# The dynamic build still links libcrypto and MPFR into the binary: loading
# and relocating their shared objects took longer than all of cipy's own
# start-up.
LINKED_IN := mpfr libcrypto
LIBS := -Wl,-Bstatic $(shell pkg-config --libs --static $(LINKED_IN) 2>/dev/null || echo -lmpfr -lcrypto) \
        -Wl,-Bdynamic $(shell pkg-config --libs $(filter-out $(LINKED_IN),$(PKGS)) 2>/dev/null || echo -lgmp -lpcre2-32 -lz) \
        -lbz2 -lm -lpthread

SRCS := $(sort $(wildcard src/*.c src/objects/*.c src/runtime/*.c src/modules/*.c src/modules/re/*.c src/modules/decimal/*.c))
LIB_SRCS := $(filter-out src/main.c,$(SRCS))

# One object tree per flavour: build/, build/static/, build/sanitize/, build/opcount/.
# The compiler writes each object's header dependencies next to it (-MMD;
# -MP adds an empty rule per header, so a deleted header does not stop make).
# An object whose .d file is missing is rebuilt, which writes it.
define flavour
$(1)obj/%.o: src/%.c $(1)obj/%.d
	@mkdir -p $$(dir $$@)
	$$(CC) $$(BASE_CFLAGS) $(2) -MMD -MP -c $$< -o $$@
$$(patsubst src/%.c,$(1)obj/%.d,$$(SRCS)):
-include $$(wildcard $$(patsubst src/%.c,$(1)obj/%.d,$$(SRCS)))
$(1)libcipy.a: $$(patsubst src/%.c,$(1)obj/%.o,$$(LIB_SRCS))
	@rm -f $$@
	ar rcs $$@ $$^
$(1)cipy: $(1)obj/main.o $(1)libcipy.a
	$$(CC) $(2) $$^ -o $$@ $(3)
endef

CFLAGS_NORMAL := $(OPT)
CFLAGS_SAN := -O1 -g -DCIPY_NO_POOL -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
CFLAGS_OPCOUNT := $(OPT) -DCIPY_OPCOUNT
# ThreadSanitizer cannot be combined with AddressSanitizer: a build of its own
# (with the pooled allocator, whose per-thread free lists it checks too).
CFLAGS_TSAN := -O1 -g -fsanitize=thread
# BUILD names the output directory (several checkouts or builds can coexist).
BUILD ?= build
$(eval $(call flavour,$(BUILD)/,$(CFLAGS_NORMAL),$(LIBS)))
$(eval $(call flavour,$(BUILD)/static/,$(CFLAGS_NORMAL) -DCIPY_STATIC,-static $(LIBS_STATIC)))
$(eval $(call flavour,$(BUILD)/sanitize/,$(CFLAGS_SAN),$(LIBS)))
$(eval $(call flavour,$(BUILD)/opcount/,$(CFLAGS_OPCOUNT),$(LIBS)))
$(eval $(call flavour,$(BUILD)/tsan/,$(CFLAGS_TSAN),$(LIBS)))
# The eval loop: GCC gives a block its own copy of a computed goto only when
# the block is short (8 instructions) and makes the others share one jump,
# which is predicted far worse; each instruction dispatches by itself here.
# (The parameter is GCC's: clang refuses it.)
CC_IS_CLANG := $(shell $(CC) -dM -E -x c /dev/null 2>/dev/null | grep -c __clang__)
ifeq ($(CC_IS_CLANG),0)
$(foreach d,$(BUILD)/ $(BUILD)/static/ $(BUILD)/sanitize/ $(BUILD)/opcount/ $(BUILD)/tsan/,$(d)obj/eval.o $(d)obj/eval_traced.o): \
  BASE_CFLAGS += --param max-goto-duplication-insns=30
endif

# The structural .pyc fuzzer (tools/fuzz/): the library built by clang with
# libFuzzer's instrumentation and the sanitizers, and the fuzzing budget.
FUZZ_CC ?= clang
FUZZ_TIME ?= 60
FUZZ_WORKERS ?= 1
CFLAGS_FUZZ := -O1 -g -DCIPY_FUZZ -DCIPY_NO_POOL -fsanitize=fuzzer-no-link,address,undefined \
  -fno-omit-frame-pointer -fno-sanitize-recover=undefined
$(eval $(call flavour,$(BUILD)/fuzz/,$(CFLAGS_FUZZ),$(LIBS)))
$(BUILD)/fuzz/%: CC = $(FUZZ_CC)
FUZZ_SRCS := $(sort $(wildcard tools/fuzz/*.c))
$(BUILD)/fuzz/fuzz-pyc: $(FUZZ_SRCS) $(wildcard tools/fuzz/*.h include/*.h src/*.h src/*/*.h) $(BUILD)/fuzz/libcipy.a
	$(FUZZ_CC) $(BASE_CFLAGS) $(CFLAGS_FUZZ) -fsanitize=fuzzer $(FUZZ_SRCS) $(BUILD)/fuzz/libcipy.a -o $@ $(LIBS)

.PHONY: all static sanitize opcount opcode-coverage test test-sanitize thread-test-tsan run check-generated check-includes clean deps api-test fuzz
all: $(BUILD)/cipy $(BUILD)/libcipy.a

static: $(BUILD)/static/cipy
sanitize: $(BUILD)/sanitize/cipy
opcount: $(BUILD)/opcount/cipy

PYTHON := tools/python3.14
JOBS ?= 2
test: all build/api_test build/thread_test build/registry_test
	@status=0; build/api_test || status=1; \
	build/thread_test || status=1; \
	build/registry_test || status=1; \
	$(PYTHON) tests/run.py --cipy $(or $(CIPY),build/cipy) --jobs $(JOBS) || status=1; \
	exit $$status

test-sanitize: sanitize build/sanitize/api_test build/sanitize/thread_test build/sanitize/registry_test
	@status=0; ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 build/sanitize/api_test || status=1; \
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 build/sanitize/thread_test 4 || status=1; \
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 build/sanitize/registry_test || status=1; \
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 $(PYTHON) tests/run.py --cipy build/sanitize/cipy --jobs $(JOBS) || status=1; \
	exit $$status

# Every opcode CPython 3.14 can emit must run somewhere in the suite.
OPCOUNT_FILE := build/opcount/counts.txt
opcode-coverage: build/opcount/cipy
	@rm -f $(OPCOUNT_FILE)
	@status=0; CIPY_OPCOUNT_FILE=$(abspath $(OPCOUNT_FILE)) \
	$(PYTHON) tests/run.py --cipy build/opcount/cipy --jobs $(JOBS) || status=1; \
	$(PYTHON) tests/opcode_coverage.py $(OPCOUNT_FILE) || status=1; \
	exit $$status

build/api_test: tests/api_test.c include/cipy.h build/libcipy.a
	$(CC) $(BASE_CFLAGS) $(OPT) $< build/libcipy.a -o $@ $(LIBS)
build/sanitize/api_test: tests/api_test.c include/cipy.h build/sanitize/libcipy.a
	$(CC) $(BASE_CFLAGS) $(CFLAGS_SAN) $< build/sanitize/libcipy.a -o $@ $(LIBS)

# The registry checked from the inside (tests/registry_test.c).
build/registry_test: tests/registry_test.c $(HDRS) build/libcipy.a
	$(CC) $(BASE_CFLAGS) $(OPT) $< build/libcipy.a -o $@ $(LIBS)
build/sanitize/registry_test: tests/registry_test.c $(HDRS) build/sanitize/libcipy.a
	$(CC) $(BASE_CFLAGS) $(CFLAGS_SAN) $< build/sanitize/libcipy.a -o $@ $(LIBS)

# Interpreters in threads (tests/thread_test.c): in `make test`, under ASan
# in `make test-sanitize`, under TSan here (a race report fails the run).
build/thread_test: tests/thread_test.c include/cipy.h build/libcipy.a
	$(CC) $(BASE_CFLAGS) $(OPT) $< build/libcipy.a -o $@ $(LIBS)
build/sanitize/thread_test: tests/thread_test.c include/cipy.h build/sanitize/libcipy.a
	$(CC) $(BASE_CFLAGS) $(CFLAGS_SAN) $< build/sanitize/libcipy.a -o $@ $(LIBS)
build/tsan/thread_test: tests/thread_test.c include/cipy.h build/tsan/libcipy.a
	$(CC) $(BASE_CFLAGS) $(CFLAGS_TSAN) $< build/tsan/libcipy.a -o $@ $(LIBS)
thread-test-tsan: build/tsan/thread_test
	TSAN_OPTIONS=halt_on_error=1:exitcode=66 build/tsan/thread_test 3

deps:
	tools/deps.sh

# Builds the fuzzer and runs it FUZZ_TIME seconds on a copy of the seed
# corpus (tools/fuzz/run.sh: what it finds, minimised, is in build/fuzz/).
fuzz:
	@tools/fuzz/run.sh --check-toolchain $(FUZZ_CC)
	$(MAKE) $(BUILD)/fuzz/fuzz-pyc
	tools/fuzz/run.sh $(BUILD)/fuzz/fuzz-pyc $(FUZZ_TIME) $(FUZZ_WORKERS)

EXAMPLE := examples/primes.py
run: deps
	$(MAKE) all
	@mkdir -p build/examples
	$(PYTHON) -c "import py_compile,sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)" $(EXAMPLE) build/examples/example.pyc
	build/cipy build/examples/example.pyc

check-generated:
	$(PYTHON) tools/gen_opcodes.py --check src/opcodes.h
	$(PYTHON) tools/gen_unicode.py --check src/objects/unicode_db.c src/modules/unicodedata_db.c
	$(PYTHON) tools/gen_stdlib_names.py --check src/modules/stdlib_names.c
	$(PYTHON) tools/gen_socket_consts.py --check
	$(PYTHON) tools/gen_html_entities.py --check
	$(PYTHON) tools/gen_mimetypes.py --check
	$(PYTHON) tools/gen_http_status.py --check
	$(PYTHON) tools/gen_ast.py --check
	$(PYTHON) tools/gen_cjk_tables.py --check
	$(PYTHON) tools/gen_float_pow10.py --check
	$(PYTHON) tools/gen_frozen.py --check
	$(PYTHON) tools/gen_readme_modules.py --check

# Every #include "..." names its header by its path under src/ (or include/),
# in the order .clang-format gives; tools/check_includes.py --fix rewrites to it.
check-includes:
	$(PYTHON) tools/check_includes.py

clean:
	rm -rf build
