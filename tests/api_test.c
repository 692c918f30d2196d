/* Tests of the embedding API (include/cipy.h) and nothing else.
 *
 * Run from the repository root (make test does):  build/api_test
 *
 * The scripts below are written to build/tests/api/, compiled there by
 * tools/python3.14, and run both by CPython (the oracle for every expected
 * output and traceback) and through the API.  Prints one line per failed
 * check and a closing line "api_test: N passed, M failed"; exits 1 if any
 * check failed.
 */
#include "cipy.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define DIR "build/tests/api"
#define PYTHON "tools/python3.14"

static int passed, failed;

static void check(int ok, const char *what, ...) __attribute__((format(printf, 2, 3)));
static void check(int ok, const char *what, ...) {
    if (ok) {
        passed++;
        return;
    }
    failed++;
    va_list ap;
    va_start(ap, what);
    fputs("api_test: FAIL: ", stdout);
    vprintf(what, ap);
    fputc('\n', stdout);
    va_end(ap);
}

/* ------------------------------------------------------------ buffers */

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static void buf_write(void *ctx, const char *data, size_t len) {
    Buf *b = ctx;
    if (b->len + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + len + 1)
            cap *= 2;
        char *p = realloc(b->data, cap);
        if (!p) {
            fputs("api_test: out of memory\n", stderr);
            exit(2);
        }
        b->data = p;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
}

static void buf_reset(Buf *b) {
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

static const char *buf_str(const Buf *b) { return b->data ? b->data : ""; }

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_write(&b, chunk, n);
    fclose(f);
    if (!b.data)
        buf_write(&b, "", 0);
    if (len)
        *len = b.len;
    return b.data;
}

static int write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs(text, f);
    return fclose(f);
}

/* Replaces " at 0x<hex>" by " at 0x..." (addresses differ even between
 * two CPython runs).  Frees s; returns a new malloc'd string. */
static char *normalise(char *s) {
    static const char hex[] = "0123456789abcdefABCDEF";
    Buf b = {0};
    const char *in = s;
    buf_write(&b, "", 0);
    while (*in) {
        if (strncmp(in, " at 0x", 6) == 0 && in[6] && strchr(hex, in[6])) {
            buf_write(&b, " at 0x...", 9);
            in += 6;
            while (*in && strchr(hex, *in))
                in++;
            continue;
        }
        buf_write(&b, in++, 1);
    }
    free(s);
    return b.data;
}

/* ------------------------------------------------------------ scripts */

typedef struct Script {
    const char *name;
    const char *source;
} Script;

static const Script scripts[] = {
    {"hello",
     "print('hello from cipy')\n"
     "words = ['embedded', 'python', '3.14', 'caf\\u00e9']\n"
     "print(len(words), ' '.join(words), sep=': ')\n"
     "print(sum([i * i for i in range(10)]), 2 ** 100, 1 / 3)\n"},
    {"fresh",
     "try:\n"
     "    leftover\n"
     "    print('namespace kept from an earlier run')\n"
     "except NameError:\n"
     "    print('fresh namespace')\n"
     "leftover = 1\n"},
    {"raises",
     "def ratio(a, b):\n"
     "    return a / b\n"
     "\n"
     "def average(values):\n"
     "    return ratio(sum(values), len(values))\n"
     "\n"
     "print('average:', average([1, 2, 3]))\n"
     "print('average:', average([]))\n"},
    {"chained",
     "def lookup(key):\n"
     "    try:\n"
     "        return {'a': 1}[key]\n"
     "    except KeyError as e:\n"
     "        raise ValueError(f'no such key: {key}') from e\n"
     "\n"
     "lookup('b')\n"},
    {"exits",
     "import sys\n"
     "print('about to exit')\n"
     "sys.exit(4)\n"
     "print('not reached')\n"},
    {"argv",
     "import sys\n"
     "print(sys.argv)\n"},
    {"config",
     "import sys\n"
     "f = sys.flags\n"
     "print(f.optimize, f.isolated, f.safe_path, f.utf8_mode, f.int_max_str_digits, sys.get_int_max_str_digits())\n"
     "print(sys.orig_argv, sys.warnoptions, sys._xoptions, sys.dont_write_bytecode)\n"},
    {"finalizers",
     "import sys\n"
     "class D:\n"
     "    def __init__(self, name): self.name = name\n"
     "    def __del__(self): print('del', self.name, '__main__' in sys.modules)\n"
     "cycle = D('cycle'); cycle.me = cycle; del cycle\n"
     "kept = [D('first'), D('second')]\n"
     "sys.argv = D('argv')\n"
     "print('end')\n"
     "1 / 0\n"},
    {"nested",
     "def outer(n):\n"
     "    def inner(m):\n"
     "        return [m * k for k in range(n)]\n"
     "    return inner\n"
     "print(outer(3)(7), {'k': (1, 2.5, None)})\n"},
};
#define NSCRIPTS (sizeof scripts / sizeof scripts[0])

/* CPython's view of one script. */
typedef struct Oracle {
    char *out, *err, *dis;
    int status;
} Oracle;
static Oracle oracle[NSCRIPTS];

static const Script *script(const char *name, Oracle **o) {
    for (size_t i = 0; i < NSCRIPTS; i++)
        if (strcmp(scripts[i].name, name) == 0) {
            if (o)
                *o = &oracle[i];
            return &scripts[i];
        }
    fprintf(stderr, "api_test: no script %s\n", name);
    exit(2);
}

static int run_shell(const char *cmd) {
    int st = system(cmd);
    if (st == -1 || !WIFEXITED(st))
        return -1;
    return WEXITSTATUS(st);
}

/* Writes and compiles every script, and records what CPython prints. */
static int prepare(void) {
    char cmd[8192], path[512];
    struct stat st;
    if (stat(PYTHON, &st) != 0) {
        printf("api_test: %s not found: run me from the repository root\n", PYTHON);
        return -1;
    }
    if (run_shell("mkdir -p " DIR) != 0)
        return -1;
    int n = snprintf(cmd, sizeof cmd, "%s -c 'import py_compile,sys\n"
                     "for s in sys.argv[1:]: py_compile.compile(s, cfile=s + \"c\", doraise=True)'",
                     PYTHON);
    for (size_t i = 0; i < NSCRIPTS; i++) {
        snprintf(path, sizeof path, DIR "/%s.py", scripts[i].name);
        if (write_file(path, scripts[i].source) != 0) {
            printf("api_test: cannot write %s\n", path);
            return -1;
        }
        n += snprintf(cmd + n, sizeof cmd - n, " %s", path);
    }
    if (run_shell(cmd) != 0) {
        printf("api_test: compiling the scripts with %s failed\n", PYTHON);
        return -1;
    }
    for (size_t i = 0; i < NSCRIPTS; i++) {
        const char *nm = scripts[i].name;
        snprintf(cmd, sizeof cmd,
                 "PYTHON_COLORS=0 PYTHONHASHSEED=0 %s " DIR "/%s.pyc >" DIR "/%s.out 2>" DIR "/%s.err </dev/null",
                 PYTHON, nm, nm, nm);
        oracle[i].status = run_shell(cmd);
        snprintf(cmd, sizeof cmd,
                 "%s -c 'import dis,marshal,sys; dis.dis(marshal.loads(open(sys.argv[1],\"rb\").read()[16:]))' "
                 DIR "/%s.pyc >" DIR "/%s.dis", PYTHON, nm, nm);
        if (run_shell(cmd) != 0) {
            printf("api_test: CPython's dis failed on %s\n", nm);
            return -1;
        }
        snprintf(path, sizeof path, DIR "/%s.out", nm);
        oracle[i].out = read_file(path, NULL);
        snprintf(path, sizeof path, DIR "/%s.err", nm);
        oracle[i].err = read_file(path, NULL);
        snprintf(path, sizeof path, DIR "/%s.dis", nm);
        oracle[i].dis = read_file(path, NULL);
        if (!oracle[i].out || !oracle[i].err || !oracle[i].dis) {
            printf("api_test: cannot read CPython's output for %s\n", nm);
            return -1;
        }
        oracle[i].dis = normalise(oracle[i].dis);
    }
    return 0;
}

static cipy_code *load(const char *name) {
    char path[512];
    cipy_error err;
    memset(&err, 0, sizeof err);
    snprintf(path, sizeof path, DIR "/%s.pyc", name);
    cipy_code *code = cipy_load_pyc(path, &err);
    check(code != NULL, "cipy_load_pyc(%s) failed: %s", path, err.message);
    return code;
}

/* A one-line message: non-empty, NUL-terminated inside the buffer, no newline. */
static int one_line(const cipy_error *err) {
    size_t n = strnlen(err->message, sizeof err->message);
    return n > 0 && n < sizeof err->message && !memchr(err->message, '\n', n);
}

/* ------------------------------------------------------------ the tests */

static Buf out, errb;

static cipy_interp *new_interp(void) {
    cipy_interp *in = cipy_new();
    check(in != NULL, "cipy_new() returned NULL");
    if (!in) {
        printf("api_test: %d passed, %d failed\n", passed, failed);
        exit(1);
    }
    cipy_set_stdout(in, buf_write, &out);
    cipy_set_stderr(in, buf_write, &errb);
    return in;
}

/* Runs a script whose output must equal CPython's (stdout, stderr, status). */
static void expect_like_cpython(cipy_interp *in, cipy_code *code, const char *name, const char *label) {
    Oracle *o;
    script(name, &o);
    buf_reset(&out);
    buf_reset(&errb);
    cipy_exception *exc = NULL;
    int status = cipy_run(in, code, &exc);
    check(status == o->status, "%s: status %d, CPython's %d", label, status, o->status);
    check(strcmp(buf_str(&out), o->out) == 0, "%s: stdout\n--- cpython\n%s--- cipy\n%s---", label,
          o->out, buf_str(&out));
    check(exc == NULL, "%s: unexpected exception %s", label, exc ? cipy_exception_type(exc) : "");
    cipy_exception_free(exc);
}

static void test_capture_and_reuse(void) {
    cipy_interp *in = new_interp();
    cipy_code *hello = load("hello"), *fresh = load("fresh");
    if (hello && fresh) {
        expect_like_cpython(in, hello, "hello", "first run");
        expect_like_cpython(in, hello, "hello", "same code, same interpreter, second run");
        expect_like_cpython(in, fresh, "fresh", "fresh namespace, first run");
        expect_like_cpython(in, fresh, "fresh", "fresh namespace after a run that set a global");
        check(errb.len == 0, "capture: nothing should reach stderr, got: %s", buf_str(&errb));
    }
    if (hello)
        cipy_code_free(hello);
    if (fresh)
        cipy_code_free(fresh);
    cipy_free(in);

    /* A second interpreter after the first is gone. */
    in = new_interp();
    hello = load("nested");
    if (hello) {
        expect_like_cpython(in, hello, "nested", "new interpreter after cipy_free");
        cipy_code_free(hello);
    }
    cipy_free(in);
}

static void test_exception(const char *name, const char *type) {
    Oracle *o;
    script(name, &o);
    cipy_interp *in = new_interp();
    cipy_code *code = load(name);
    if (!code) {
        cipy_free(in);
        return;
    }
    /* With exc: the exception comes back to the caller, nothing is printed. */
    buf_reset(&out);
    buf_reset(&errb);
    cipy_exception *exc = NULL;
    int status = cipy_run(in, code, &exc);
    check(status == 1, "%s: status %d, want 1", name, status);
    check(strcmp(buf_str(&out), o->out) == 0, "%s: stdout before the exception\n--- cpython\n%s--- cipy\n%s---",
          name, o->out, buf_str(&out));
    check(errb.len == 0, "%s: with exc given nothing should be printed, got: %s", name, buf_str(&errb));
    check(exc != NULL, "%s: no exception returned", name);
    if (exc) {
        const char *t = cipy_exception_type(exc);
        check(t && strcmp(t, type) == 0, "%s: cipy_exception_type = %s, want %s", name, t ? t : "(null)", type);
        char *text = cipy_format_exception(exc);
        check(text != NULL, "%s: cipy_format_exception returned NULL", name);
        if (text)
            check(strcmp(text, o->err) == 0, "%s: cipy_format_exception\n--- cpython\n%s--- cipy\n%s---", name,
                  o->err, text);
        free(text);
        cipy_exception_free(exc);
    }
    /* Without exc: the interpreter prints the traceback to its stderr. */
    buf_reset(&out);
    buf_reset(&errb);
    status = cipy_run(in, code, NULL);
    check(status == 1, "%s (exc NULL): status %d, want 1", name, status);
    check(strcmp(buf_str(&errb), o->err) == 0, "%s (exc NULL): stderr\n--- cpython\n%s--- cipy\n%s---", name,
          o->err, buf_str(&errb));
    cipy_code_free(code);
    cipy_free(in);
}

static void test_system_exit(void) {
    Oracle *o;
    script("exits", &o);
    cipy_interp *in = new_interp();
    cipy_code *code = load("exits");
    if (code) {
        buf_reset(&out);
        buf_reset(&errb);
        cipy_exception *exc = NULL;
        int status = cipy_run(in, code, &exc);
        check(status == o->status && status == 4, "SystemExit: status %d, want 4", status);
        check(exc == NULL, "SystemExit: must not come back as an exception");
        check(strcmp(buf_str(&out), o->out) == 0, "SystemExit: stdout %s", buf_str(&out));
        check(errb.len == 0, "SystemExit: stderr %s", buf_str(&errb));
        cipy_exception_free(exc);
        cipy_code_free(code);
    }
    cipy_free(in);
}

/* The program's last run: the interpreter shuts down as python does at exit,
 * and runs nothing after that. */
static void test_run_final(void) {
    Oracle *o;
    script("finalizers", &o);
    cipy_interp *in = new_interp();
    cipy_code *code = load("finalizers");
    if (code) {
        buf_reset(&out);
        buf_reset(&errb);
        int status = cipy_run_final(in, code, NULL);
        check(status == o->status, "run_final: status %d, CPython's %d", status, o->status);
        check(strcmp(buf_str(&out), o->out) == 0, "run_final: stdout\n--- cpython\n%s--- cipy\n%s---", o->out,
              buf_str(&out));
        check(strcmp(buf_str(&errb), o->err) == 0, "run_final: stderr\n--- cpython\n%s--- cipy\n%s---", o->err,
              buf_str(&errb));
        buf_reset(&out);
        status = cipy_run(in, code, NULL);
        check(status == 1 && out.len == 0, "run after run_final: status %d, stdout %s", status, buf_str(&out));
        cipy_code_free(code);
    }
    cipy_free(in);
}

/* A module run by name as __main__, as python -m runs it. */
static void test_run_module(void) {
    cipy_interp *in = new_interp();
    buf_reset(&out);
    buf_reset(&errb);
    int status = cipy_run_module(in, "__hello__", 1, NULL);
    check(status == 0 && strcmp(buf_str(&out), "Hello world!\n") == 0, "run_module: status %d, stdout %s", status,
          buf_str(&out));
    buf_reset(&out);
    status = cipy_run_module(in, "nothere_at_all", 1, NULL);
    check(status == 1 && strstr(buf_str(&errb), ": No module named nothere_at_all\n"),
          "run_module of a missing module: status %d, stderr %s", status, buf_str(&errb));
    buf_reset(&errb);
    status = cipy_run_module_final(in, "__phello__", 1, NULL);
    check(status == 1 && strstr(buf_str(&errb), "'__phello__' is a package and cannot be directly executed\n"),
          "run_module of a package without __main__: status %d, stderr %s", status, buf_str(&errb));
    cipy_free(in);
}

/* Colours in a printed traceback: none unless the configuration asks
 * (whatever the environment says), always, or as python decides. */
static void test_colours(void) {
    Oracle *o;
    script("raises", &o);
    if (run_shell("PYTHON_COLORS=1 PYTHONHASHSEED=0 " PYTHON " " DIR "/raises.pyc >/dev/null 2>" DIR
                  "/raises.colour.err </dev/null") != 1) {
        check(0, "colours: CPython's coloured run failed");
        return;
    }
    char *coloured = read_file(DIR "/raises.colour.err", NULL);
    cipy_code *code = load("raises");
    const char *force = getenv("FORCE_COLOR");
    char *saved = force ? strdup(force) : NULL;
    struct {
        int colors;
        const char *force_color; /* FORCE_COLOR during the run, or NULL: unset */
        int want_colour;
    } runs[] = {
        {0, "1", 0}, /* the default: the environment does not matter */
        {1, NULL, 1},
        {-1, "1", 1},
        {-1, NULL, 0}, /* as python decides: stderr (a callback) is no terminal */
    };
    for (size_t i = 0; code && coloured && i < sizeof runs / sizeof *runs; i++) {
        cipy_interp *in = new_interp();
        cipy_config c;
        cipy_config_init(&c);
        c.colors = runs[i].colors;
        check(cipy_set_config(in, &c) == 0, "colours: cipy_set_config failed");
        if (runs[i].force_color) setenv("FORCE_COLOR", runs[i].force_color, 1);
        else unsetenv("FORCE_COLOR");
        buf_reset(&out);
        buf_reset(&errb);
        cipy_run(in, code, NULL);
        const char *want = runs[i].want_colour ? coloured : o->err;
        check(strcmp(buf_str(&errb), want) == 0,
              "colours (colors=%d, FORCE_COLOR=%s): stderr\n--- cpython\n%s--- cipy\n%s---", runs[i].colors,
              runs[i].force_color ? runs[i].force_color : "unset", want, buf_str(&errb));
        /* the text handed back to the caller is always plain */
        cipy_exception *exc = NULL;
        cipy_run(in, code, &exc);
        char *text = exc ? cipy_format_exception(exc) : NULL;
        check(text && strcmp(text, o->err) == 0, "colours (colors=%d): cipy_format_exception is not plain",
              runs[i].colors);
        free(text);
        cipy_exception_free(exc);
        cipy_free(in);
    }
    if (saved) setenv("FORCE_COLOR", saved, 1);
    else unsetenv("FORCE_COLOR");
    free(saved);
    free(coloured);
    if (code) cipy_code_free(code);
}

static void test_argv(void) {
    cipy_interp *in = new_interp();
    cipy_code *code = load("argv");
    if (code) {
        const char *argv[] = {"prog.pyc", "one", "two words"};
        cipy_set_argv(in, argv, 3);
        buf_reset(&out);
        int status = cipy_run(in, code, NULL);
        check(status == 0, "argv: status %d", status);
        check(strcmp(buf_str(&out), "['prog.pyc', 'one', 'two words']\n") == 0, "argv: got %s", buf_str(&out));
        cipy_code_free(code);
    }
    cipy_free(in);
}

static void test_config(void) {
    unsetenv("PYTHONDONTWRITEBYTECODE"); /* an embedded interpreter reads it, as CPython's does */
    cipy_interp *in = new_interp();
    cipy_code *code = load("config");
    if (code) {
        buf_reset(&out);
        cipy_run(in, code, NULL);
        check(strcmp(buf_str(&out), "0 0 False 0 4300 4300\n[] [] {} False\n") == 0, "config: defaults, got %s",
              buf_str(&out));
        cipy_config c;
        cipy_config_init(&c);
        const char *orig[] = {"python", "-OO", "-X", "int_max_str_digits=1000", "x.pyc"};
        const char *warn[] = {"error", "ignore::DeprecationWarning"};
        const char *x[] = {"int_max_str_digits=1000", "utf8", "dev"};
        c.optimize = 2;
        c.isolated = c.safe_path = c.utf8_mode = c.dont_write_bytecode = 1;
        c.int_max_str_digits = 1000;
        c.orig_argv = orig;
        c.norig_argv = 5;
        c.warnoptions = warn;
        c.nwarnoptions = 2;
        c.xoptions = x;
        c.nxoptions = 3;
        check(cipy_set_config(in, &c) == 0, "cipy_set_config failed");
        buf_reset(&out);
        cipy_run(in, code, NULL);
        check(strcmp(buf_str(&out), "2 1 True 1 1000 1000\n['python', '-OO', '-X', 'int_max_str_digits=1000', "
                                    "'x.pyc'] ['error', 'ignore::DeprecationWarning'] {'int_max_str_digits': "
                                    "'1000', 'utf8': True, 'dev': True} True\n") == 0,
              "config: set, got %s", buf_str(&out));
        cipy_code_free(code);
    }
    cipy_free(in);
    check(cipy_set_hash_seed("0") == -1, "cipy_set_hash_seed after start-up should fail");
}

/* One interpreter at a time handles the process's signals; a SIGINT it
 * gets outside a run waits for the next safe point of its next run. */
static void test_signals(void) {
    /* a shell starts background jobs with SIGINT ignored, and an interpreter
     * leaves an ignored SIGINT alone, as CPython does */
    signal(SIGINT, SIG_DFL);
    cipy_interp *a = new_interp(), *b = new_interp();
    check(cipy_handle_signals(a) == 0, "signals: the first interpreter takes them");
    check(cipy_handle_signals(a) == 0, "signals: taking them twice is no error");
    check(cipy_handle_signals(b) == -1, "signals: a second interpreter cannot take them");
    struct sigaction sa;
    sigaction(SIGPIPE, NULL, &sa);
    check(sa.sa_handler == SIG_IGN, "signals: SIGPIPE is ignored while an interpreter handles signals");
    cipy_code *code = load("argv");
    if (code) {
        raise(SIGINT);
        buf_reset(&out);
        buf_reset(&errb);
        cipy_exception *exc = NULL;
        int status = cipy_run(a, code, &exc);
        check(status == CIPY_STATUS_INTERRUPTED, "signals: status %d after SIGINT", status);
        check(exc && strcmp(cipy_exception_type(exc), "KeyboardInterrupt") == 0, "signals: %s after SIGINT",
              exc ? cipy_exception_type(exc) : "no exception");
        cipy_exception_free(exc);
        status = cipy_run(a, code, NULL);
        check(status == 0, "signals: the next run is not interrupted (status %d)", status);
        cipy_code_free(code);
    }
    cipy_free(a);
    sigaction(SIGPIPE, NULL, &sa);
    check(sa.sa_handler == SIG_DFL, "signals: SIGPIPE is restored when the interpreter goes");
    check(cipy_handle_signals(b) == 0, "signals: free again once the first interpreter is gone");
    cipy_free(b);
}

static void test_load_bytes(void) {
    size_t len = 0;
    char *data = read_file(DIR "/hello.pyc", &len);
    check(data != NULL, "cannot read " DIR "/hello.pyc");
    if (!data)
        return;
    cipy_error err;
    memset(&err, 0, sizeof err);
    cipy_code *code = cipy_load_pyc_bytes(data, len, "hello.pyc", &err);
    check(code != NULL, "cipy_load_pyc_bytes(hello) failed: %s", err.message);
    if (code) {
        cipy_interp *in = new_interp();
        expect_like_cpython(in, code, "hello", "loaded from memory");
        cipy_free(in);
        cipy_code_free(code);
    }

    /* Bad images: NULL and a one-line reason, never a crash. */
    struct { const char *what; size_t len; } bad[] = {
        {"empty", 0}, {"truncated header", 10}, {"header only", 16}, {"truncated code", len / 2},
        {"one byte short", len - 1},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        memset(&err, 0, sizeof err);
        code = cipy_load_pyc_bytes(data, bad[i].len, "bad.pyc", &err);
        check(code == NULL, "load_pyc_bytes(%s) should fail", bad[i].what);
        check(one_line(&err), "load_pyc_bytes(%s): message should be one line: \"%s\"", bad[i].what, err.message);
        if (code)
            cipy_code_free(code);
    }
    data[0] = (char)(3531 & 0xff); /* 3.12's magic number */
    data[1] = (char)(3531 >> 8);
    memset(&err, 0, sizeof err);
    code = cipy_load_pyc_bytes(data, len, "old.pyc", &err);
    check(code == NULL, "load_pyc_bytes(3.12 magic) should fail");
    check(one_line(&err), "load_pyc_bytes(3.12 magic): message should be one line: \"%s\"", err.message);
    if (code)
        cipy_code_free(code);
    free(data);

    memset(&err, 0, sizeof err);
    code = cipy_load_pyc(DIR "/no-such-file.pyc", &err);
    check(code == NULL, "cipy_load_pyc(missing file) should fail");
    check(one_line(&err), "cipy_load_pyc(missing file): message should be one line: \"%s\"", err.message);
    if (code)
        cipy_code_free(code);
}

static void test_disassemble(void) {
    const char *names[] = {"hello", "raises", "nested"};
    for (size_t i = 0; i < 3; i++) {
        Oracle *o;
        script(names[i], &o);
        cipy_code *code = load(names[i]);
        if (!code)
            continue;
        char *text = cipy_disassemble(code);
        check(text != NULL, "cipy_disassemble(%s) returned NULL", names[i]);
        if (text) {
            text = normalise(text);
            check(strcmp(text, o->dis) == 0, "cipy_disassemble(%s)\n--- cpython\n%s--- cipy\n%s---", names[i],
                  o->dis, text);
        }
        free(text);
        cipy_code_free(code);
    }
}

int main(void) {
    setenv("PYTHONHASHSEED", "0", 1);
    if (prepare() != 0) {
        printf("api_test: 0 passed, 1 failed\n");
        return 1;
    }
    test_capture_and_reuse();
    test_exception("raises", "ZeroDivisionError");
    test_exception("chained", "ValueError");
    test_system_exit();
    test_run_final();
    test_run_module();
    test_argv();
    test_colours();
    test_config();
    test_signals();
    test_load_bytes();
    test_disassemble();
    for (size_t i = 0; i < NSCRIPTS; i++) {
        free(oracle[i].out);
        free(oracle[i].err);
        free(oracle[i].dis);
    }
    free(out.data);
    free(errb.data);
    printf("api_test: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
