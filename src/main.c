/* The `cipy` command: runs a .pyc file compiled by CPython 3.14.
 * Uses only the public embedding API. */
#include "cipy.h"
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

/* The help text (-h), in the form of CPython's. */
static const char help_text[] =
    "Runs Python 3.14 bytecode (.pyc files written by CPython 3.14) without CPython.\n"
    "\n"
    "Options (and corresponding environment variables):\n"
    "-b     : sys.flags.bytes_warning (counted)\n"
    "-B     : sys.dont_write_bytecode; also PYTHONDONTWRITEBYTECODE=x\n"
    "-c cmd : Python source: cipy explains how to compile it\n"
    "-E     : ignore PYTHON* environment variables (such as PYTHONHASHSEED)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-I     : isolate from the user's environment (implies -E, -P and -s)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-O     : sys.flags.optimize = 1; also PYTHONOPTIMIZE=x\n"
    "-OO    : sys.flags.optimize = 2\n"
    "-P     : don't prepend the script's directory to sys.path; also PYTHONSAFEPATH\n"
    "-q     : sys.flags.quiet\n"
    "-s     : sys.flags.no_user_site; also PYTHONNOUSERSITE=x\n"
    "-S     : sys.flags.no_site\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         also PYTHONUNBUFFERED=x\n"
    "-v     : sys.flags.verbose (counted); also PYTHONVERBOSE=x\n"
    "-V     : print the cipy version number and exit (also --version)\n"
    "-W arg : warning control; arg is action:message:category:module:lineno\n"
    "         also PYTHONWARNINGS=arg\n"
    "-X opt : set implementation-specific option (utf8, int_max_str_digits=N, dev, ...)\n"
    "\n"
    "Arguments:\n"
    "file   : program read from a .pyc file\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "\n"
    "Tracebacks are coloured when stderr is a terminal; as in CPython, PYTHON_COLORS=1\n"
    "or 0 turns colours on or off (not under -E), else NO_COLOR turns them off and\n"
    "FORCE_COLOR on, and TERM=dumb off.\n"
    "\n"
    "Other commands:\n"
    "cipy dis FILE.pyc : print the disassembly, as dis.dis() in CPython 3.14 does\n"
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

/* ---- the command line, parsed as CPython 3.14 parses its own ---------------- */

typedef struct CmdLine {
    cipy_config config;
    const char *program;                  /* argv[0] */
    const char *command;                  /* -c CMD */
    const char *module;                   /* -m MOD */
    const char *script;                   /* the file to run, or NULL */
    int rest;                             /* argv[rest..] follow the program in sys.argv */
    bool version;                         /* -V: print the version once the options are read */
    const char **warnoptions, **xoptions; /* config's arrays (owned) */
    char *env_warnings;                   /* a copy of PYTHONWARNINGS, cut at the commas (owned) */
    char *io_encoding;                    /* a copy of PYTHONIOENCODING, cut at the colon (owned) */
} CmdLine;

static void usage_error(const CmdLine *cl, const char *fmt, const char *what) {
    fprintf(stderr, fmt, what);
    fprintf(stderr,
            "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            "Try `python -h' for more information.\n",
            cl->program);
}

/* CPython's way to refuse a setting before anything runs; exit status 1. */
static int fatal_config_error(const char *where, const char *message, const char *state) {
    fprintf(stderr, "Fatal Python error: %s: %s\nPython runtime state: %s\n\n", where, message, state);
    return 1;
}

/* The first -X option named name: its value after '=', "" without one, or
 * NULL when not given. */
static const char *xoption(const CmdLine *cl, const char *name) {
    size_t n = strlen(name);
    for (size_t i = 0; i < cl->config.nxoptions; i++) {
        const char *x = cl->xoptions[i];
        if (strncmp(x, name, n) == 0 && (x[n] == '\0' || x[n] == '=')) return x[n] ? x + n + 1 : "";
    }
    return NULL;
}

/* An environment variable cipy honours, NULL if unset or empty, or when -E. */
static const char *env(const CmdLine *cl, const char *name) {
    if (cl->config.ignore_environment) return NULL;
    const char *v = getenv(name);
    return v && *v ? v : NULL;
}

/* A PYTHON* variable counting like a repeated option: its integer value, 1
 * for any other text, 0 when unset. */
static int env_level(const CmdLine *cl, const char *name) {
    const char *v = env(cl, name);
    if (!v) return 0;
    char *end;
    long n = strtol(v, &end, 10);
    return *end || n < 1 ? (*end || n < 0 ? 1 : 0) : (n > 1000 ? 1000 : (int)n);
}

static bool parse_decimal(const char *s, long *out) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (!*s || *end || errno) return false;
    *out = v;
    return true;
}

enum { PARSE_OK = -1 };

/* The code point of the UTF-8 character at s; a byte that begins none is
 * taken as it is. */
static unsigned code_point(const char *s) {
    const unsigned char *u = (const unsigned char *)s;
    int n = u[0] >= 0xf0 ? 3 : u[0] >= 0xe0 ? 2 : u[0] >= 0xc0 ? 1 : 0;
    unsigned cp = n ? u[0] & (0x3fu >> n) : u[0];
    for (int k = 1; k <= n; k++) {
        if ((u[k] & 0xc0) != 0x80) return u[0];
        cp = cp << 6 | (u[k] & 0x3f);
    }
    return cp;
}

/* One option letter c of argument argv[*i] at *p, taking its value from the
 * rest of the argument or from the next one.  PARSE_OK, or an exit status. */
static int parse_short(CmdLine *cl, int argc, char **argv, int *i, const char **p) {
    cipy_config *c = &cl->config;
    char opt = **p;
    (*p)++;
    const char *value = NULL;
    if (strchr("cmWX", opt)) {
        if (**p) {
            value = *p;
        } else if (*i + 1 < argc) {
            value = argv[++*i];
        } else {
            char what[2] = {opt, '\0'};
            usage_error(cl, "Argument expected for the -%s option\n", what);
            return 2;
        }
        *p = "";
    }
    switch (opt) {
    case 'b': c->bytes_warning++; break;
    case 'B': c->dont_write_bytecode = 1; break;
    case 'c': cl->command = value; break;
    case 'd': break; /* parser debugging: only in CPython's debug builds */
    case 'E': c->ignore_environment = 1; break;
    case 'h':
    case '?':
        printf("usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n%s", cl->program, help_text);
        return 0;
    case 'i': c->inspect = 1; break;
    case 'I': c->isolated = c->ignore_environment = c->safe_path = c->no_user_site = 1; break;
    case 'm': cl->module = value; break;
    case 'O': c->optimize++; break;
    case 'P': c->safe_path = 1; break;
    case 'q': c->quiet = 1; break;
    case 'R': break; /* hash randomization is on by default */
    case 's': c->no_user_site = 1; break;
    case 'S': c->no_site = 1; break;
    case 'u': c->unbuffered = 1; break;
    case 'v': c->verbose++; break;
    case 'V': cl->version = true; break;
    case 'W': cl->warnoptions[c->nwarnoptions++] = value; break;
    case 'x': break; /* skips a source file's first line: a .pyc has none */
    case 'X': cl->xoptions[c->nxoptions++] = value; break;
    default: {
        /* CPython reads options as wide characters and prints the one it
         * does not know as a single byte: the low byte of its code point */
        char what[3] = {'-', (char)(code_point(*p - 1) & 0xff), '\0'};
        usage_error(cl, "Unknown option: %s\n", what);
        return 2;
    }
    }
    return PARSE_OK;
}

static int parse_long(CmdLine *cl, int argc, char **argv, int *i) {
    const char *arg = argv[*i];
    if (strcmp(arg, "--version") == 0) return parse_short(cl, argc, argv, i, &(const char *){"V"});
    if (strcmp(arg, "--help") == 0 || strcmp(arg, "--help-all") == 0 || strcmp(arg, "--help-env") == 0 ||
        strcmp(arg, "--help-xoptions") == 0)
        return parse_short(cl, argc, argv, i, &(const char *){"h"});
    if (strcmp(arg, "--check-hash-based-pycs") == 0) {
        /* cipy runs the .pyc files it is given: there is nothing to check
         * against, but the value is checked as CPython checks it */
        if (*i + 1 >= argc) {
            usage_error(cl, "Argument expected for the %s options\n", arg);
            return 2;
        }
        const char *v = argv[++*i];
        if (strcmp(v, "always") != 0 && strcmp(v, "default") != 0 && strcmp(v, "never") != 0) {
            usage_error(cl, "%s must be one of 'default', 'always', or 'never'\n", arg);
            return 2;
        }
        return PARSE_OK;
    }
    usage_error(cl, "Unknown option: %s\n", arg);
    return 2;
}

/* The options before the program; PARSE_OK, or the exit status to end with. */
static int parse_options(CmdLine *cl, int argc, char **argv) {
    int i = 1;
    while (i < argc && !cl->command && !cl->module) {
        const char *arg = argv[i];
        if (arg[0] != '-' || arg[1] == '\0') break; /* the script, or "-": stdin */
        if (strcmp(arg, "--") == 0) {
            i++;
            break;
        }
        int r;
        if (arg[1] == '-') {
            r = parse_long(cl, argc, argv, &i);
        } else {
            const char *p = arg + 1;
            r = PARSE_OK;
            while (*p && r == PARSE_OK) r = parse_short(cl, argc, argv, &i, &p);
        }
        if (r != PARSE_OK) return r;
        i++;
    }
    if (!cl->command && !cl->module && i < argc) cl->script = argv[i++];
    cl->rest = i;
    return PARSE_OK;
}

/* sys.warnoptions: -X dev's, PYTHONWARNINGS's (split at commas), the -W
 * options, then -b's. */
static int add_env_warnings(CmdLine *cl, int argc) {
    const char *w = env(cl, "PYTHONWARNINGS");
    size_t n = 0, given = cl->config.nwarnoptions;
    const char **all = calloc((size_t)argc + 3 + (w ? strlen(w) : 0), sizeof *all);
    if (!all) return -1;
    if (cl->config.dev_mode) all[n++] = "default";
    if (w) {
        if (!(cl->env_warnings = strdup(w))) {
            free(all);
            return -1;
        }
        for (char *save, *item = strtok_r(cl->env_warnings, ",", &save); item; item = strtok_r(NULL, ",", &save))
            all[n++] = item;
    }
    for (size_t i = 0; i < given; i++) all[n++] = cl->warnoptions[i];
    if (cl->config.bytes_warning)
        all[n++] = cl->config.bytes_warning > 1 ? "error::BytesWarning" : "default::BytesWarning";
    free(cl->warnoptions);
    cl->warnoptions = all;
    cl->config.warnoptions = all;
    cl->config.nwarnoptions = n;
    return 0;
}

/* What the LC_CTYPE locale of the environment is to CPython: 2 for the C
 * locale (also "POSIX" or one not installed, which CPython answers with the
 * UTF-8 mode), 1 for C.UTF-8, 0 for another. */
static int c_locale(void) {
    const char *name = setlocale(LC_CTYPE, "");
    int kind = !name || !strcmp(name, "C") || !strcmp(name, "POSIX") ? 2
               : !strcmp(name, "C.UTF-8") || !strcmp(name, "C.utf8") ? 1
                                                                     : 0;
    setlocale(LC_CTYPE, "C"); /* the library runs in the C locale */
    return kind;
}

/* The settings the environment and -X give, checked as CPython checks
 * them.  PARSE_OK, or the exit status to end with. */
static int apply_environment(CmdLine *cl, int argc) {
    cipy_config *c = &cl->config;
    /* the UTF-8 mode first: CPython decides it before anything else */
    int locale = c_locale();
    c->utf8_mode = locale == 2;
    const char *utf8 = xoption(cl, "utf8");
    if (utf8) {
        if (strcmp(utf8, "") != 0 && strcmp(utf8, "1") != 0 && strcmp(utf8, "0") != 0)
            return fatal_config_error("preconfig_init_utf8_mode", "invalid -X utf8 option value", "preinitializing");
        c->utf8_mode = strcmp(utf8, "0") != 0;
    } else if ((utf8 = env(cl, "PYTHONUTF8"))) {
        if (strcmp(utf8, "1") != 0 && strcmp(utf8, "0") != 0)
            return fatal_config_error("preconfig_init_utf8_mode", "invalid PYTHONUTF8 environment variable value",
                                      "preinitializing");
        c->utf8_mode = utf8[0] == '1';
    }
    const char *seed = c->ignore_environment ? NULL : getenv("PYTHONHASHSEED");
    if (cipy_set_hash_seed(seed) < 0)
        return fatal_config_error("config_init_hash_seed",
                                  "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]",
                                  "preinitialized");
    const char *digits = xoption(cl, "int_max_str_digits"), *digits_from = "-X int_max_str_digits";
    if (!digits) digits = env(cl, "PYTHONINTMAXSTRDIGITS"), digits_from = "PYTHONINTMAXSTRDIGITS";
    if (digits) {
        long n;
        if (!parse_decimal(digits, &n) || (n != 0 && n < 640) || n > 0x7fffffff) {
            char message[120];
            snprintf(message, sizeof message, "%s: invalid limit; must be >= 640 or 0 for unlimited.", digits_from);
            return fatal_config_error("config_init_int_max_str_digits", message, "preinitialized");
        }
        c->int_max_str_digits = (int)n;
    }
    const char *dev = xoption(cl, "dev");
    c->dev_mode = dev || env(cl, "PYTHONDEVMODE");
    c->warn_default_encoding = xoption(cl, "warn_default_encoding") || env(cl, "PYTHONWARNDEFAULTENCODING");
    if (env(cl, "PYTHONUNBUFFERED")) c->unbuffered = 1;
    if (env(cl, "PYTHONDONTWRITEBYTECODE")) c->dont_write_bytecode = 1;
    if (env(cl, "PYTHONNOUSERSITE")) c->no_user_site = 1;
    if (env(cl, "PYTHONSAFEPATH")) c->safe_path = 1;
    if (env(cl, "PYTHONINSPECT")) c->inspect = 1;
    int level = env_level(cl, "PYTHONOPTIMIZE");
    if (level > c->optimize) c->optimize = level;
    level = env_level(cl, "PYTHONVERBOSE");
    if (level > c->verbose) c->verbose = level;
    /* PYTHONIOENCODING=encoding[:errors], either part may be empty */
    const char *io = env(cl, "PYTHONIOENCODING");
    if (io && !(cl->io_encoding = strdup(io))) return 1;
    if (io) {
        char *colon = strchr(cl->io_encoding, ':');
        if (colon) *colon = '\0';
        c->stdio_encoding = cl->io_encoding[0] ? cl->io_encoding : NULL;
        c->stdio_errors = colon && colon[1] ? colon + 1 : NULL;
    }
    /* stdin and stdout escape undecodable bytes in the UTF-8 mode and the C
     * locales, unless PYTHONIOENCODING names a codec */
    if (!c->stdio_encoding && !c->stdio_errors && (c->utf8_mode || locale)) c->stdio_errors = "surrogateescape";
    return add_env_warnings(cl, argc) < 0 ? 1 : PARSE_OK;
}

/* The file cannot be run: CPython's message when it cannot be opened
 * (exit status 2) or is a directory with no __main__ (1).  PARSE_OK when it
 * can be read. */
static int check_script(const CmdLine *cl) {
    char *abs = NULL;
    const char *shown = cl->script;
    char cwd[4096];
    if (cl->script[0] != '/' && getcwd(cwd, sizeof cwd)) {
        size_t n = strlen(cwd) + strlen(cl->script) + 2;
        abs = malloc(n);
        if (abs) snprintf(abs, n, "%s/%s", cwd, cl->script), shown = abs;
    }
    int status = PARSE_OK;
    struct stat st;
    int fd = open(cl->script, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", cl->program, shown, e, strerror(e));
        status = 2;
    } else if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", cl->program, shown);
        status = 1;
    }
    if (fd >= 0) close(fd);
    free(abs);
    return status;
}

/* sys.path as CPython builds it: first (unless -P for a script) the
 * directory of the script's real path when script_dir, else the entry
 * first itself, then the directories of PYTHONPATH (not with -E). */
static void set_search_path(const CmdLine *cl, cipy_interp *in, const char *first, bool script_dir) {
    char *dirs[64];
    size_t n = 0;
    char *real = NULL;
    if (!script_dir) {
        if (first) dirs[n++] = (char *)first;
    } else if (!cl->config.safe_path) {
        real = realpath(first, NULL);
        char *slash = real ? strrchr(real, '/') : NULL;
        if (slash) *slash = '\0';
        dirs[n++] = slash ? (real[0] ? real : "/") : ".";
    }
    const char *pythonpath = env(cl, "PYTHONPATH");
    char *copy = pythonpath ? strdup(pythonpath) : NULL;
    for (char *p = copy, *colon; p && n < sizeof dirs / sizeof *dirs; p = colon ? colon + 1 : NULL) {
        if ((colon = strchr(p, ':'))) *colon = '\0';
        if (*p) dirs[n++] = p;
    }
    cipy_set_search_path(in, (const char *const *)dirs, n);
    free(copy);
    free(real);
}

/* A new interpreter configured from the command line and handling the
 * process's signals; NULL (with *status set and the error reported) if
 * that fails. */
static cipy_interp *make_interp(CmdLine *cl, int *status) {
    cipy_interp *in = cipy_new();
    int configured = in ? cipy_set_config(in, &cl->config) : -1;
    *status = 1;
    if (configured == -2) {
        /* as CPython, less its dump of the threads' stacks */
        fprintf(stderr,
                "Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio "
                "encoding\nPython runtime state: core initialized\nLookupError: unknown encoding: %s\n\n",
                cl->config.stdio_encoding);
        cipy_free(in);
        return NULL;
    }
    if (configured < 0) {
        fputs("cipy: out of memory\n", stderr);
        cipy_free(in);
        return NULL;
    }
    cipy_handle_signals(in);
    return in;
}

/* The directory or zip archive given as the script runs its __main__
 * module: sys.path[0] is its path made absolute (not normalised), even
 * with -P, as in CPython. */
static int run_main_of(CmdLine *cl, int argc, char **argv) {
    char cwd[4096] = "";
    const char *path = cl->script;
    if (path[0] != '/' && !getcwd(cwd, sizeof cwd)) cwd[0] = '\0';
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *abs = malloc(n);
    int status = 1;
    if (!abs) return 1;
    snprintf(abs, n, "%s%s%s", path[0] == '/' ? "" : cwd, path[0] == '/' ? "" : "/", path);
    cipy_interp *in = make_interp(cl, &status);
    if (in) {
        cipy_set_argv(in, (const char *const *)argv + cl->rest - 1, (size_t)(argc - cl->rest + 1));
        set_search_path(cl, in, abs, false);
        status = cipy_run_module_final(in, "__main__", 0, NULL);
        cipy_free(in);
    }
    free(abs);
    return status;
}

static bool is_directory(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Whether path is a zip archive, as zipimport decides it: its end of
 * central directory record ("PK\5\6") within the last 64 KiB + 22 bytes. */
static bool is_zip_archive(const char *path) {
    enum { EOCD_SIZE = 22, TAIL = 65535 + 22 };
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    bool found = false;
    long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    if (size >= EOCD_SIZE) {
        long start = size > TAIL ? size - TAIL : 0;
        size_t n = (size_t)(size - start);
        unsigned char *tail = malloc(n);
        if (tail && fseek(f, start, SEEK_SET) == 0 && fread(tail, 1, n, f) == n)
            for (size_t i = n - EOCD_SIZE + 1; i-- > 0 && !found;) found = memcmp(tail + i, "PK\5\6", 4) == 0;
        free(tail);
    }
    fclose(f);
    return found;
}

static int run_script(CmdLine *cl, int argc, char **argv) {
    const char *path = cl->script;
    if (is_directory(path) || is_zip_archive(path)) return run_main_of(cl, argc, argv);
    int status = check_script(cl);
    if (status != PARSE_OK) return status;
    if (ends_with(path, ".py")) {
        fprintf(stderr,
                "cipy: %s is Python source; cipy runs compiled bytecode. Compile it first: "
                "python3.14 -c \"import py_compile; py_compile.compile('%s', cfile='%sc')\"\n",
                path, path, path);
        return 1;
    }
    cipy_error err;
    cipy_code *code = cipy_load_pyc(path, &err);
    if (!code) {
        fprintf(stderr, "cipy: %s\n", err.message);
        return 1;
    }
    cipy_interp *in = make_interp(cl, &status);
    if (in) {
        /* sys.argv: the script, then what follows it */
        cipy_set_argv(in, (const char *const *)argv + cl->rest - 1, (size_t)(argc - cl->rest + 1));
        set_search_path(cl, in, path, true);
        status = cipy_run_final(in, code, NULL);
        cipy_free(in);
    }
    cipy_code_free(code);
    return status;
}

/* -m module: sys.argv is ['-m', args...] while the module is looked for
 * (then its file), sys.path[0] the current directory (not with -P). */
static int run_module(CmdLine *cl, int argc, char **argv) {
    int status = 1;
    size_t nargs = (size_t)(argc - cl->rest + 1);
    const char **args = calloc(nargs, sizeof *args);
    if (!args) return 1;
    args[0] = "-m";
    for (size_t i = 1; i < nargs; i++) args[i] = argv[cl->rest + (int)i - 1];
    cipy_interp *in = make_interp(cl, &status);
    if (in) {
        char cwd[4096];
        cipy_set_argv(in, args, nargs);
        const char *first = cl->config.safe_path ? NULL : getcwd(cwd, sizeof cwd) ? cwd : ".";
        set_search_path(cl, in, first, false);
        status = cipy_run_module_final(in, cl->module, 1, NULL);
        cipy_free(in);
    }
    free(args);
    return status;
}

static int run_command(int argc, char **argv) {
    if (argc >= 2 && strcmp(argv[1], "dis") == 0) {
        if (argc != 3) {
            fputs("cipy: usage: cipy dis FILE.pyc\n", stderr);
            return 2;
        }
        return run_dis(argv[2]);
    }
    CmdLine cl = {.program = argc > 0 ? argv[0] : "cipy"};
    cipy_config_init(&cl.config);
    cl.config.colors = -1; /* decided as python decides, when a traceback is printed */
    cl.warnoptions = calloc((size_t)argc + 1, sizeof(char *));
    cl.xoptions = calloc((size_t)argc + 1, sizeof(char *));
    int status = 1;
    if (!cl.warnoptions || !cl.xoptions) {
        fputs("cipy: out of memory\n", stderr);
        goto done;
    }
    cl.config.xoptions = cl.xoptions;
    cl.config.orig_argv = (const char *const *)argv;
    cl.config.norig_argv = (size_t)argc;
    if ((status = parse_options(&cl, argc, argv)) != PARSE_OK) goto done;
    if (cl.version) {
        printf("cipy %s (Python %s bytecode)\n", CIPY_VERSION, CIPY_PYTHON_VERSION);
        status = 0;
        goto done;
    }
    if ((status = apply_environment(&cl, argc)) != PARSE_OK) goto done;
    if (cl.command) {
        fputs("cipy: -c gives Python source; cipy runs compiled bytecode. Save the code as prog.py and compile it: "
              "python3.14 -c \"import py_compile; py_compile.compile('prog.py', cfile='prog.pyc')\"\n",
              stderr);
        status = 1;
    } else if (cl.module) {
        status = run_module(&cl, argc, argv);
    } else if (!cl.script || strcmp(cl.script, "-") == 0) {
        fputs("cipy: Python source from standard input: cipy runs compiled bytecode. Compile a script first: "
              "python3.14 -c \"import py_compile; py_compile.compile('script.py', cfile='script.pyc')\"\n",
              stderr);
        status = 2;
    } else {
        status = run_script(&cl, argc, argv);
    }
done:
    free(cl.warnoptions);
    free(cl.xoptions);
    free(cl.env_warnings);
    free(cl.io_encoding);
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
    pid_t pid;     /* of the process that made the thread */
} Command;

static int exit_status(int status);

static void *command_thread(void *arg) {
    Command *c = arg;
    pthread_sigmask(SIG_SETMASK, &c->mask, NULL);
    c->status = run_command(c->argc, c->argv);
    /* A child of os.fork() has only this thread: nobody joins it, so it
     * ends the process itself, with the program's status (its output is
     * flushed and its interpreter gone by now; _exit skips the parent's
     * handlers registered with atexit). */
    if (getpid() != c->pid) _exit(exit_status(c->status));
    return NULL;
}

/* Runs the command on a thread with a large stack; on the main thread if
 * none can be made. */
static int run_on_large_stack(int argc, char **argv) {
    size_t limit = 8u << 20; /* when the main thread's is unlimited */
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) limit = (size_t)rl.rlim_cur;
    Command c = {argc, argv, 0};
    c.pid = getpid();
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

/* The process's exit status for the program's. */
static int exit_status(int status) {
    if (status == CIPY_STATUS_INTERRUPTED) {
        /* as CPython: die of the signal, so the parent sees an interrupt */
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
        return 130;
    }
    return status;
}

int main(int argc, char **argv) { return exit_status(run_on_large_stack(argc, argv)); }
