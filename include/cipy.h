/* cipy: run CPython 3.14 bytecode (.pyc files) from C.
 *
 *   cipy_error err;
 *   cipy_code *code = cipy_load_pyc("script.pyc", &err);
 *   cipy_interp *in = cipy_new();
 *   cipy_exception *exc = NULL;
 *   int status = cipy_run(in, code, &exc);   // exit status, as `python` would give
 *   if (exc) { char *t = cipy_format_exception(exc); fputs(t, stderr); free(t); }
 *   cipy_exception_free(exc); cipy_code_free(code); cipy_free(in);
 *
 * Threads.  Any number of interpreters may run at the same time, in
 * different threads, with no lock of yours (cipy locks only briefly where
 * interpreters share something: interning a new string, reading a source
 * file for a traceback):
 *  - A cipy_interp is used by one thread at a time: calls on one interpreter
 *    (cipy_run, cipy_set_*, cipy_free) must not overlap.  Between calls it
 *    may move to another thread, handed over the usual way (a mutex, a
 *    queue, pthread_join).  Output callbacks run in the calling thread,
 *    during the call.
 *  - A cipy_code never changes once loaded: any number of threads may run
 *    it at once, in different interpreters.  Each interpreter runs a copy
 *    of its own, made from the loaded bytes the first time it runs that
 *    code and kept for its next runs (copies of eight codes at most: the
 *    oldest makes way).
 *    Free a code from any thread once no call using it is in progress;
 *    interpreters that ran it are unaffected.
 *  - A cipy_exception holds only text: it may outlive its interpreter and
 *    be read and freed in any thread.
 *  - The first call of the library sets up what all interpreters share
 *    (once per process; PYTHONHASHSEED is read then).  What a thread keeps
 *    for itself (free lists, caches) is released when it ends.
 */
#ifndef CIPY_H
#define CIPY_H
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CIPY_VERSION "0.1.0"
#define CIPY_PYTHON_VERSION "3.14"

typedef struct cipy_code cipy_code;
typedef struct cipy_interp cipy_interp;
typedef struct cipy_exception cipy_exception;

/* Why a load failed: a one-line message, NUL-terminated. */
typedef struct cipy_error {
    char message[512];
} cipy_error;

/* Receives output bytes; ctx is the pointer given with the callback. */
typedef void (*cipy_write_fn)(void *ctx, const char *data, size_t len);

/* Loads a .pyc file (or an in-memory image, copied).  NULL and err filled
 * on failure.  Code loaded from a file runs with the file's absolute path
 * as __main__.__file__. */
cipy_code *cipy_load_pyc(const char *path, cipy_error *err);
cipy_code *cipy_load_pyc_bytes(const void *data, size_t len, const char *name, cipy_error *err);
void cipy_code_free(cipy_code *code);

/* A new interpreter: cheap, reusable for many runs (each run gets a fresh
 * __main__ namespace; imported modules stay loaded). */
cipy_interp *cipy_new(void);
void cipy_free(cipy_interp *in);
/* Where output goes.  The default is the process's stdout / stderr. */
void cipy_set_stdout(cipy_interp *in, cipy_write_fn fn, void *ctx);
void cipy_set_stderr(cipy_interp *in, cipy_write_fn fn, void *ctx);
/* Directories searched by `import`: the contents of sys.path (copied). */
void cipy_set_search_path(cipy_interp *in, const char *const *dirs, size_t n);
/* sys.argv for the next run (copied). */
void cipy_set_argv(cipy_interp *in, const char *const *argv, size_t n);

/* What `python` takes from its command line and environment, in the part
 * cipy honours (the `cipy` command fills it from its own).  Fill one with
 * cipy_config_init, change what you need, give it to cipy_set_config. */
typedef struct cipy_config {
    int optimize;              /* sys.flags.optimize: -O 1, -OO 2 */
    int dont_write_bytecode;   /* -B */
    int no_user_site;          /* -s */
    int no_site;               /* -S */
    int ignore_environment;    /* -E */
    int verbose;               /* -v, counted */
    int bytes_warning;         /* -b, counted */
    int quiet;                 /* -q */
    int isolated;              /* -I */
    int safe_path;             /* -P: sys.path gets no script directory */
    int dev_mode;              /* -X dev */
    int utf8_mode;             /* -X utf8 */
    int warn_default_encoding; /* -X warn_default_encoding */
    int inspect;               /* -i */
    int unbuffered;            /* -u: every write to stdout and stderr goes out at once */
    /* Colours in the traceback of an uncaught exception (CPython 3.14's):
     * 0 never (the default), 1 always, -1 as python decides each time it
     * prints one, from the environment of that moment: PYTHON_COLORS=0 or 1
     * (not with ignore_environment), else none if NO_COLOR is set, else
     * colours if FORCE_COLOR is, else none if TERM=dumb, else colours if
     * the interpreter's stderr is a terminal. */
    int colors;
    int int_max_str_digits;    /* -X int_max_str_digits: 0 unlimited, -1 the default 4300 */
    /* PYTHONIOENCODING's parts: the codec of sys.stdin, stdout and stderr
     * and the error handler of stdin and stdout; NULL for the default
     * (UTF-8, strict) */
    const char *stdio_encoding;
    const char *stdio_errors;
    /* sys.warnoptions (-W, in order), the -X options as given ("name" or
     * "name=value"), sys.orig_argv; the strings are copied. */
    const char *const *warnoptions;
    size_t nwarnoptions;
    const char *const *xoptions;
    size_t nxoptions;
    const char *const *orig_argv;
    size_t norig_argv;
} cipy_config;

/* The defaults: what `python` has with no option and no environment. */
void cipy_config_init(cipy_config *config);
/* Sets sys.flags, sys.orig_argv, sys.warnoptions, sys._xoptions,
 * sys.dont_write_bytecode and the buffering, stream encoding and int limit
 * they ask for.  Before the first run; 0, -1 if out of memory, -2 if cipy
 * has no codec named stdio_encoding. */
int cipy_set_config(cipy_interp *in, const cipy_config *config);

/* The seed of str and bytes hashes for the whole process, as PYTHONHASHSEED
 * gives it ("random", or a decimal in [0, 4294967295]); without this call
 * the first call of the library reads PYTHONHASHSEED.  Only before any other
 * call of the library: -1 if too late or seed is not valid. */
int cipy_set_hash_seed(const char *seed);

/* Makes in the interpreter that handles the process's signals, as python
 * does: Ctrl-C (SIGINT) raises KeyboardInterrupt in the running script,
 * SIGPIPE and SIGXFSZ are ignored (a write then fails with an OSError),
 * and the script's signal handlers run in it.  One interpreter at a time
 * handles signals, until cipy_free: -1 if another one does.  Signals arrive
 * at whichever thread does not block them: an embedder whose interpreter
 * runs on another thread blocks them in its other threads. */
int cipy_handle_signals(cipy_interp *in);

/* cipy_run's status when the script ends with an uncaught KeyboardInterrupt:
 * CPython then ends itself with SIGINT, as `cipy` does. */
#define CIPY_STATUS_INTERRUPTED (-2)

/* Runs code as __main__.  Returns the exit status CPython would give: 0, or
 * 1 for an uncaught exception, or the SystemExit code (or
 * CIPY_STATUS_INTERRUPTED).  When the script ends
 * with an uncaught exception other than SystemExit and exc is not NULL,
 * *exc receives it (free with cipy_exception_free); otherwise the
 * interpreter prints the traceback to its stderr, as python does. */
int cipy_run(cipy_interp *in, cipy_code *code, cipy_exception **exc);
/* The same for a program's last run, as the `cipy` command does: __main__
 * stays loaded, then the interpreter shuts down in CPython's order (a last
 * collection; every module released in import order; sys and builtins
 * wiped), which decides when __del__ methods run and what they see.  An
 * uncaught exception printed here stays in sys.last_exc until then.  The
 * interpreter runs nothing afterwards (cipy_run returns 1): only cipy_free
 * may follow. */
int cipy_run_final(cipy_interp *in, cipy_code *code, cipy_exception **exc);
/* Runs the module name, found along sys.path as `python -m name` finds it
 * (a package: its __main__ submodule), as __main__, as CPython's runpy
 * does: with alter_argv, sys.argv[0] becomes the module's file.  Name
 * "__main__" without alter_argv runs the __main__ of the directory or zip
 * archive at the front of the search path (`python dir`).  A module that
 * cannot be run ends with CPython's one-line message and status 1.
 * Returns as cipy_run; the _final form as cipy_run_final. */
int cipy_run_module(cipy_interp *in, const char *name, int alter_argv, cipy_exception **exc);
int cipy_run_module_final(cipy_interp *in, const char *name, int alter_argv, cipy_exception **exc);

/* The text of dis.dis(code) as CPython 3.14 prints it, for the module and
 * every nested code object.  malloc'd; NULL if out of memory. */
char *cipy_disassemble(const cipy_code *code);

/* The text CPython prints for an uncaught exception: the traceback with
 * source lines and carets, then "Type: message", as formatted when
 * cipy_run returned it.  malloc'd; free() it.  NULL if out of memory. */
char *cipy_format_exception(const cipy_exception *exc);
/* The exception's type name, e.g. "ZeroDivisionError" (owned by exc). */
const char *cipy_exception_type(const cipy_exception *exc);
void cipy_exception_free(cipy_exception *exc);

#ifdef __cplusplus
}
#endif
#endif
