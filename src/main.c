/* The `cipy` command: runs a .pyc file compiled by CPython 3.14.
 * Uses only the public embedding API. */
#include "cipy.h"
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

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

static int run_command(int argc, char **argv) {
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
    cipy_handle_signals(in);
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
    return status;
}

/* cipy limits deep C recursion (a repr of nested lists, generators resumed
 * from C) by the room left on the C stack, as CPython does, but its C frames
 * are larger than CPython's: the command runs on a thread whose stack is
 * this many times the main thread's limit, so that what fits in CPython's
 * stack fits in cipy's.  The sanitizers' frames are larger still. */
#if defined(__SANITIZE_ADDRESS__)
#define STACK_FACTOR 4
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define STACK_FACTOR 4
#endif
#endif
#ifndef STACK_FACTOR
#define STACK_FACTOR 3
#endif

typedef struct Command {
    int argc;
    char **argv;
    int status;
    sigset_t mask; /* the signal mask the process started with */
} Command;

static void *command_thread(void *arg) {
    Command *c = arg;
    pthread_sigmask(SIG_SETMASK, &c->mask, NULL);
    c->status = run_command(c->argc, c->argv);
    return NULL;
}

/* Runs the command on a thread with a large stack; on the main thread if
 * none can be made. */
static int run_on_large_stack(int argc, char **argv) {
    size_t limit = 8u << 20; /* when the main thread's is unlimited */
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) limit = (size_t)rl.rlim_cur;
    Command c = {argc, argv, 0};
    /* The main thread only waits, with every signal blocked, so that the
     * process's signals go to the thread running the program: they
     * interrupt its blocking calls (time.sleep), as in CPython. */
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &c.mask);
    pthread_attr_t attr;
    pthread_t thread;
    bool started = false;
    if (pthread_attr_init(&attr) == 0) {
        started = pthread_attr_setstacksize(&attr, limit * STACK_FACTOR) == 0 &&
                  pthread_create(&thread, &attr, command_thread, &c) == 0;
        pthread_attr_destroy(&attr);
    }
    if (started) pthread_join(thread, NULL);
    pthread_sigmask(SIG_SETMASK, &c.mask, NULL);
    return started ? c.status : run_command(argc, argv);
}

int main(int argc, char **argv) {
    int status = run_on_large_stack(argc, argv);
    if (status == CIPY_STATUS_INTERRUPTED) {
        /* as CPython: die of the signal, so the parent sees an interrupt */
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
        return 130;
    }
    return status;
}
