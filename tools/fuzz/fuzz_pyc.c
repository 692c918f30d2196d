/* libFuzzer harness: a .pyc image is loaded with the public API
 * (cipy_load_pyc_bytes), disassembled, and run in a fresh interpreter whose
 * output goes nowhere.  (Fresh: a mutant may change builtins or sys for
 * good, and a crash must reproduce from its input alone.)  The custom
 * mutator edits the marshal tree (mutate.h) and falls back to libFuzzer's
 * byte mutations now and then.
 *
 * Runaway programs are bounded: the fuzzing build stops a run after
 * FUZZ_BUDGET dispatches and iterator steps (Eval_FuzzBudget), and
 * allocations beyond the sanitizer's limits fail, which the interpreter
 * turns into MemoryError.
 *
 * Set CIPY_FUZZ_OUTPUT=1 to see what a reproducer prints. */
#include "cipy.h"
#include "eval.h"
#include "mtree.h"
#include "mutate.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Eight times what the longest seed needs; a mutant that loops stops here.
 * (Small, as some runs cost more than linear time in their dispatches: each
 * raise in a handler walks the context chain the earlier ones built.) */
#define FUZZ_BUDGET 50000

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);

/* The sanitizers' settings when the harness runs, also when it is run by
 * hand on a reproducer: a failed allocation returns NULL (the interpreter
 * raises MemoryError) instead of ending the process, one allocation may not
 * exceed 512 MB, and every allocation fails while the process uses more
 * than 1.5 GB (run.sh gives libFuzzer's own limit, which ends the process,
 * as 2.5 GB). */
const char *__asan_default_options(void) {
    return "allocator_may_return_null=1:max_allocation_size_mb=512:soft_rss_limit_mb=1536:detect_leaks=1";
}

const char *__ubsan_default_options(void) { return "print_stacktrace=1:halt_on_error=1"; }

/* AddressSanitizer's strdup (clang 14) copies into the NULL its allocator
 * returns when memory runs out; the interpreter's calls get this one. */
char *strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

static bool show_output;

static void discard(void *ctx, const char *data, size_t len) {
    (void)ctx;
    (void)data;
    (void)len;
}

static void to_file(void *ctx, const char *data, size_t len) { fwrite(data, 1, len, (FILE *)ctx); }

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    /* the same hashes, so the same set order, in every run of an input */
    setenv("PYTHONHASHSEED", "0", 0);
    const char *e = getenv("CIPY_FUZZ_OUTPUT");
    show_output = e && *e && strcmp(e, "0") != 0;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    cipy_error err;
    cipy_code *code = cipy_load_pyc_bytes(data, size, "fuzz.pyc", &err);
    if (!code) {
        if (show_output) fprintf(stderr, "cipy: %s\n", err.message);
        return 0;
    }
    free(cipy_disassemble(code));
    cipy_interp *in = cipy_new();
    if (in) {
        cipy_set_stdout(in, show_output ? to_file : discard, stdout);
        cipy_set_stderr(in, show_output ? to_file : discard, stderr);
        static const char *const argv[] = {"fuzz.pyc"};
        cipy_set_argv(in, argv, 1);
        cipy_set_search_path(in, NULL, 0);    /* no imports from the disk */
        Eval_FuzzBudget = FUZZ_BUDGET;
        int status = cipy_run(in, code, NULL);
        Eval_FuzzBudget = LONG_MAX;
        if (show_output) fprintf(stderr, "[exit status %d]\n", status);
        cipy_free(in);
    }
    cipy_code_free(code);
    return 0;
}

/* A scratch buffer for the mutators' output (the tree is written there
 * first, so a write that does not fit leaves the input as it was). */
static uint8_t *scratch(size_t size) {
    static uint8_t *buf;
    static size_t cap;
    if (size > cap) {
        free(buf);
        buf = malloc(size);
        cap = buf ? size : 0;
    }
    return buf;
}

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed) {
    Rng rng;
    Rng_Seed(&rng, seed);
    MTree t;
    uint8_t *buf = scratch(max_size);
    if (!buf || Rng_OneIn(&rng, 6) || !MTree_Parse(&t, data, size))
        return LLVMFuzzerMutate(data, size, max_size);
    jmp_buf jb;
    t.bail = &jb;
    volatile size_t len = 0;
    if (!setjmp(jb)) {
        int edits = 1 + (int)Rng_Below(&rng, Rng_OneIn(&rng, 4) ? 8 : 2);
        for (int i = 0; i < edits; i++) Mutate_Tree(&t, &rng);
        len = MTree_Write(&t, buf, max_size);
    }
    MTree_Free(&t);
    if (!len) return LLVMFuzzerMutate(data, size, max_size);
    memcpy(data, buf, len);
    return len;
}

size_t LLVMFuzzerCustomCrossOver(const uint8_t *data1, size_t size1, const uint8_t *data2, size_t size2,
                                 uint8_t *out, size_t max_out, unsigned int seed) {
    Rng rng;
    Rng_Seed(&rng, seed);
    MTree a, b;
    if (!MTree_Parse(&a, data1, size1)) return 0;
    if (!MTree_Parse(&b, data2, size2)) {
        MTree_Free(&a);
        return 0;
    }
    jmp_buf jb;
    a.bail = b.bail = &jb;
    volatile size_t len = 0;
    if (!setjmp(jb) && Mutate_Crossover(&a, &b, &rng)) len = MTree_Write(&a, out, max_out);
    MTree_Free(&a);
    MTree_Free(&b);
    return len;
}
