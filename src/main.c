/* The `cipy` command: runs a .pyc file compiled by CPython 3.14.
 * Uses only the public embedding API. */
#include "cipy.h"
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: cipy FILE.pyc [ARG ...]\n"
    "       cipy dis FILE.pyc\n"
    "       cipy --version | --help\n"
    "\n"
    "Runs Python 3.14 bytecode (.pyc files written by CPython 3.14) without CPython.\n"
    "\n"
    "  FILE.pyc      run the module; sys.argv is [FILE.pyc, ARG ...]\n"
    "  dis FILE.pyc  print the disassembly, as dis.dis() in CPython 3.14 does\n"
    "  --version     print the cipy version\n"
    "  --help        print this help\n"
    "\n"
    "Compile a script first with:\n"
    "  python3.14 -c \"import py_compile; py_compile.compile('script.py', cfile='script.pyc')\"\n";

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int run_dis(const char *path) {
    cipy_error err;
    cipy_code *code = cipy_load_pyc(path, &err);
    if (!code) {
        fprintf(stderr, "cipy: %s\n", err.message);
        return 1;
    }
    char *text = cipy_disassemble(code);
    cipy_code_free(code);
    if (!text) {
        fprintf(stderr, "cipy: %s: cannot disassemble\n", path);
        return 1;
    }
    fputs(text, stdout);
    free(text);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    const char *arg = argv[1];
    if (strcmp(arg, "--version") == 0 || strcmp(arg, "-V") == 0) {
        printf("cipy %s (Python %s bytecode)\n", CIPY_VERSION, CIPY_PYTHON_VERSION);
        return 0;
    }
    if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(arg, "dis") == 0) {
        if (argc != 3) {
            fputs("cipy: usage: cipy dis FILE.pyc\n", stderr);
            return 2;
        }
        return run_dis(argv[2]);
    }
    if (arg[0] == '-') {
        fprintf(stderr, "cipy: unknown option %s (see cipy --help)\n", arg);
        return 2;
    }
    if (ends_with(arg, ".py")) {
        fprintf(stderr,
                "cipy: %s is Python source; cipy runs compiled bytecode. Compile it first: "
                "python3.14 -c \"import py_compile; py_compile.compile('%s', cfile='%sc')\"\n",
                arg, arg, arg);
        return 1;
    }
    cipy_error err;
    cipy_code *code = cipy_load_pyc(arg, &err);
    if (!code) {
        fprintf(stderr, "cipy: %s\n", err.message);
        return 1;
    }
    cipy_interp *in = cipy_new();
    if (!in) {
        fputs("cipy: out of memory\n", stderr);
        cipy_code_free(code);
        return 1;
    }
    cipy_set_argv(in, (const char *const *)argv + 1, (size_t)(argc - 1));
    /* import looks next to the script first */
    char *dir = strdup(arg);
    char *slash = dir ? strrchr(dir, '/') : NULL;
    const char *search = slash ? (*slash = '\0', dir[0] ? dir : "/") : ".";
    cipy_set_search_path(in, &search, 1);
    free(dir);
    int status = cipy_run_final(in, code, NULL);
    cipy_code_free(code);
    cipy_free(in);
    if (status == CIPY_STATUS_INTERRUPTED) {
        /* as CPython: die of the signal, so the parent sees an interrupt */
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
        return 130;
    }
    return status;
}
