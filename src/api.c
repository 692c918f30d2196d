/* The embedding API (include/cipy.h) on top of the interpreter internals. */
#include "abstract.h"
#include "cipy.h"
#include "dis.h"
#include "eval.h"
#include "marshal.h"
#include "modules/modules.h"
#include "modules/sys_hooks.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "runtime/audit.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/shutdown.h"
#include "runtime/signals.h"
#include "runtime/trace.h"
#include "runtime/traceback.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A loaded .pyc is kept as its bytes, which never change: any thread may
 * run or free it at any time.  Each interpreter runs a tree of code objects
 * of its own, loaded from the bytes on its first run of this code (objects
 * of a running interpreter are never shared, not even constants), then kept
 * in the interpreter (Interp.codes) for its later runs, caches warm. */
struct cipy_code {
    uint8_t *image;    /* the .pyc file (owned) */
    size_t len;
    uint64_t serial;   /* this load, unique in the process: the key in Interp.codes */
    /* The tree the load verified, for the first run to take over (taken
     * atomically: it belongs to one interpreter or to nobody); NULL once taken. */
    Object *spare;
    char *file;        /* __main__.__file__: the file's absolute path; NULL from memory */
};

struct cipy_interp {
    Interp *in;
};

/* What cipy_run learnt of an uncaught exception, as plain text: it holds no
 * object, so it may outlive the interpreter and go to any thread. */
struct cipy_exception {
    char *type_name;
    char *text;      /* the traceback, formatted at once; NULL if out of memory */
};

/* The API calls that handle objects outside any interpreter (loading,
 * freeing and disassembling code) run with a bare interpreter of their own
 * current: it holds the error state and tracks containers while they are
 * built.  NULL if out of memory. */
static Interp *bare_begin(Interp **saved) {
    if (Runtime_Init() < 0) return NULL;
    Interp *bare = Interp_NewBare();
    if (bare) *saved = Interp_Swap(bare);
    return bare;
}

static void bare_end(Interp *bare, Interp *saved) {
    Err_Clear();
    /* what was made stays alive, owned by the caller, outside any collection */
    Gc_UntrackAll(bare);
    Interp_Free(bare);
    Interp_Swap(saved);
}

static void set_error(cipy_error *err, const char *fmt, const char *a, const char *b) {
    if (err) snprintf(err->message, sizeof err->message, fmt, a, b);
}

/* Takes ownership of image (malloc'd, len bytes). */
static cipy_code *load_image(uint8_t *image, size_t len, const char *name, cipy_error *err) {
    static uint64_t serials;
    Interp *saved, *bare = bare_begin(&saved);
    cipy_code *c = bare ? malloc(sizeof *c) : NULL;
    if (!c) {
        if (bare) bare_end(bare, saved);
        free(image);
        set_error(err, "%s%s", "cipy: out of memory", "");
        return NULL;
    }
    char why[400];
    Object *code = Pyc_Load(image, len, why, sizeof why);
    bare_end(bare, saved);
    if (!code) {
        set_error(err, "%s: %s", name ? name : "<memory>", why);
        free(image);
        free(c);
        return NULL;
    }
    c->image = image;
    c->len = len;
    c->serial = __atomic_add_fetch(&serials, 1, __ATOMIC_RELAXED);
    c->spare = code;
    c->file = NULL;
    return c;
}

cipy_code *cipy_load_pyc_bytes(const void *data, size_t len, const char *name, cipy_error *err) {
    uint8_t *image = malloc(len ? len : 1);
    if (!image) {
        set_error(err, "%s%s", "cipy: out of memory", "");
        return NULL;
    }
    memcpy(image, data, len);
    return load_image(image, len, name, err);
}

/* path made absolute as CPython makes a script's __file__: joined to the
 * current directory, not normalised.  malloc'd; NULL if out of memory. */
static char *absolute_path(const char *path) {
    char cwd[4096];
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd)) return strdup(path);
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *r = malloc(n);
    if (r) snprintf(r, n, "%s/%s", cwd, path);
    return r;
}

cipy_code *cipy_load_pyc(const char *path, cipy_error *err) {
    ByteBuf file = {0};
    if (ByteBuf_ReadFile(&file, path) < 0) {
        set_error(err, "%s: %s", path, file.failed ? "out of memory" : strerror(errno));
        ByteBuf_Free(&file);
        return NULL;
    }
    size_t len = file.len;
    cipy_code *c = load_image((uint8_t *)ByteBuf_Steal(&file), len, path, err);
    if (c) c->file = absolute_path(path);
    return c;
}

void cipy_code_free(cipy_code *code) {
    if (!code) return;
    Object *spare = __atomic_exchange_n(&code->spare, NULL, __ATOMIC_ACQ_REL);
    if (spare) {
        Interp *saved, *bare = bare_begin(&saved);
        /* out of memory: leak the tree rather than free it with no interpreter */
        if (bare) {
            DECREF(spare);
            bare_end(bare, saved);
        }
    }
    free(code->image);
    free(code->file);
    free(code);
}

/* The current interpreter's tree for code (borrowed), loaded or taken over
 * now if it has none; NULL with an exception set if that fails. */
static Object *code_tree(Interp *in, cipy_code *code) {
    InterpCode *slot = NULL;
    for (size_t i = 0; i < INTERP_CODES; i++)
        if (in->codes[i].tree && in->codes[i].serial == code->serial) return in->codes[i].tree;
    Object *tree = __atomic_exchange_n(&code->spare, NULL, __ATOMIC_ACQ_REL);
    if (!tree) {
        char why[400];
        tree = Pyc_Load(code->image, code->len, why, sizeof why);
        /* the bytes loaded once already: only memory can be short */
        if (!tree) return Err_NoMemory();
    }
    /* a free entry, else the oldest one's tree goes (what still runs holds it) */
    for (size_t i = 0; i < INTERP_CODES && !slot; i++)
        if (!in->codes[i].tree) slot = &in->codes[i];
    if (!slot) {
        slot = &in->codes[in->codes_next];
        in->codes_next = (in->codes_next + 1) % INTERP_CODES;
        CLEAR(slot->tree);
    }
    slot->serial = code->serial;
    slot->tree = tree;
    return tree;
}

cipy_interp *cipy_new(void) {
    cipy_interp *ci = malloc(sizeof *ci);
    if (!ci) return NULL;
    ci->in = Interp_New();
    if (!ci->in) {
        free(ci);
        return NULL;
    }
    return ci;
}

void cipy_free(cipy_interp *ci) {
    if (!ci) return;
    Interp_Free(ci->in);
    free(ci);
}

void cipy_set_stdout(cipy_interp *ci, cipy_write_fn fn, void *ctx) {
    Out_Flush(&ci->in->out);
    ci->in->out.fd = -1;
    ci->in->out.write = fn;
    ci->in->out.ctx = ctx;
}

void cipy_set_stderr(cipy_interp *ci, cipy_write_fn fn, void *ctx) {
    Out_Flush(&ci->in->err);
    ci->in->err.fd = -1;
    ci->in->err.write = fn;
    ci->in->err.ctx = ctx;
}

void cipy_set_search_path(cipy_interp *ci, const char *const *dirs, size_t n) {
    Interp *in = ci->in;
    for (size_t i = 0; i < in->nsearch_path; i++) free(in->search_path[i]);
    free(in->search_path);
    in->search_path = calloc(n ? n : 1, sizeof(char *));
    in->nsearch_path = 0;
    if (!in->search_path) return;
    for (size_t i = 0; i < n; i++) {
        char *d = strdup(dirs[i]);
        if (d) in->search_path[in->nsearch_path++] = d;
    }
    Interp *saved = Interp_Swap(in);
    if (Sys_SetPath() < 0) Err_Clear();
    Interp_Swap(saved);
}

int cipy_handle_signals(cipy_interp *ci) {
    Interp *saved = Interp_Swap(ci->in);
    int r = Signals_Install();
    Interp_Swap(saved);
    return r;
}

void cipy_set_argv(cipy_interp *ci, const char *const *argv, size_t n) {
    Interp *saved = Interp_Swap(ci->in);
    Object *list = List_New(0);
    for (size_t i = 0; list && i < n; i++) {
        Object *s = Str_FromUTF8(argv[i], -1);
        if (!s || List_AppendSteal(list, s) < 0) CLEAR(list);
    }
    if (list) {
        /* sys.argv is the same list object as in->argv: update it in place */
        ssize_t len = LIST_LEN(ci->in->argv);
        Object *slice = Slice_New(SMALL_FROM(0), SMALL_FROM(len), NULL);
        if (slice) {
            Obj_SetItem(ci->in->argv, slice, list);
            DECREF(slice);
        }
        DECREF(list);
    }
    Err_Clear();
    Interp_Swap(saved);
}

void cipy_config_init(cipy_config *c) {
    memset(c, 0, sizeof *c);
    c->int_max_str_digits = -1;
}

int cipy_set_config(cipy_interp *ci, const cipy_config *config) {
    Interp *saved = Interp_Swap(ci->in);
    int r = Sys_ApplyConfig(config); /* -2: no such codec */
    Err_Clear();
    Interp_Swap(saved);
    return r;
}

int cipy_set_hash_seed(const char *seed) { return Hash_SetSeedText(seed); }

/* The exit status for SystemExit, printing its message as CPython does. */
static int system_exit_status(Object *exc) {
    Object *code = ((SystemExitExc *)exc)->code;
    if (!code || code == OBJ_NONE) return 0;
    if (Int_Check(code)) {
        int64_t v;
        if (Int_AsI64(code, &v) < 0) {
            Err_Clear();
            return -1;
        }
        return (int)(v & 0xff);
    }
    Object *s = Obj_Str(code);
    if (s) {
        ssize_t n;
        const char *u = Str_AsUTF8(s, &n);
        if (u) {
            Out_Flush(&g_interp->out);
            Out_Write(&g_interp->err, u, (size_t)n);
            Out_Write(&g_interp->err, "\n", 1);
        }
        DECREF(s);
    }
    Err_Clear();
    return 1;
}

/* What python does with the exception that ends a program: sys.last_exc and
 * its older spellings keep it (and its frames) until shutdown. */
static void keep_last_exception(Object *exc) {
    Object *sys = g_interp->sys_mod ? MODULE_DICT(g_interp->sys_mod) : NULL;
    Object *tb = EXC_TRACEBACK(exc);
    if (!sys || Dict_SetStr(sys, "last_exc", exc) < 0 || Dict_SetStr(sys, "last_type", (Object *)TYPE(exc)) < 0 ||
        Dict_SetStr(sys, "last_value", exc) < 0 || Dict_SetStr(sys, "last_traceback", tb ? tb : OBJ_NONE) < 0)
        Err_Clear();
}

/* The attributes of a __main__ run from file (absolute): its __file__,
 * __cached__ and loader, as CPython gives a .pyc script.  -1 on error. */
static int set_main_file(Object *d, const char *file) {
    g_interp->signals_held++;
    Object *ext = Import_ImportC("_frozen_importlib_external");
    Object *loader_type = ext ? Dict_GetStr(MODULE_DICT(ext), "SourcelessFileLoader") : NULL;
    Object *name = Str_InternC("__main__"), *path = Str_FromUTF8(file, -1), *loader = NULL;
    if (loader_type && name && path) {
        Object *args[] = {name, path};
        loader = Obj_Call(loader_type, args, 2, NULL);
    }
    int r = loader && Dict_SetStr(d, "__loader__", loader) == 0 && Dict_SetStr(d, "__file__", path) == 0 &&
                    Dict_SetStr(d, "__cached__", OBJ_NONE) == 0
                ? 0
                : -1;
    if (r < 0 && ext && !loader_type && !Err_Occurred()) Err_SetString(Exc_ImportError, "no SourcelessFileLoader");
    XDECREF(ext);
    XDECREF(path);
    XDECREF(loader);
    g_interp->signals_held--;
    return r;
}

/* What CPython does with sys.stdout and sys.stderr as a program ends: a
 * write that fails then is reported (stdout's; stderr's cannot be), and
 * the exit status becomes 120.  False when something failed. */
static bool flush_std_files(void) {
    bool ok = true;
    Object *out = Sys_GetObjectKey(ID(stdout)), *err = Sys_GetObjectKey(ID(stderr));
    if (out && Sys_FlushStdStream(out) < 0) {
        Err_WriteUnraisable("while flushing sys.stdout", NULL);
        ok = false;
    }
    if (err && Sys_FlushStdStream(err) < 0) {
        Err_Clear();
        ok = false;
    }
    return ok;
}

/* What CPython does as a script file's code returns, before it reports an
 * exception the code raised: sys.stderr, then sys.stdout, are flushed, any
 * error of theirs dropped.  Output still waiting in a stream the program
 * made thus comes before the traceback. */
static void flush_io(void) {
    Object *exc = Err_Fetch();
    static const char *const names[] = {"stderr", "stdout"};
    for (int i = 0; i < 2; i++) {
        Object *f = XNEWREF(Sys_GetObject(names[i])); /* borrowed: the flush may replace it */
        Object *r = f ? Obj_CallMethodC(f, "flush", NULL, 0) : NULL;
        if (r) DECREF(r);
        else Err_Clear();
        XDECREF(f);
    }
    if (exc) Err_Restore(exc);
}

/* What runs as __main__: a loaded .pyc, or a module found by name. */
typedef struct MainSource {
    cipy_code *code;    /* the .pyc, or NULL */
    const char *module; /* else the module's name, run by runpy */
    bool alter_argv;    /* sys.argv[0] becomes the module's file (-m) */
} MainSource;

/* Runs the main source in the namespace d of __main__: the result of the
 * code (a new reference), or NULL with an error. */
static Object *run_source(Interp *in, const MainSource *src, Object *d) {
    if (src->code) {
        Object *tree = code_tree(in, src->code);
        return tree ? Eval_Code((Code *)tree, d, d) : NULL;
    }
    /* CPython's runpy._run_module_as_main: its frames show in tracebacks */
    Object *runpy = Import_ImportC("runpy");
    Object *fn = runpy ? Obj_GetAttrC(runpy, "_run_module_as_main") : NULL;
    Object *name = fn ? Str_FromUTF8(src->module, -1) : NULL, *r = NULL;
    if (name) {
        Object *args[] = {name, Bool_From(src->alter_argv)};
        r = Obj_Call(fn, args, 2, NULL);
    }
    XDECREF(runpy);
    XDECREF(fn);
    XDECREF(name);
    return r;
}

/* sys.path[0] taken out while it is the directory of the script file (new
 * reference, or NULL when it is not there); put back by path_restore. */
static Object *path_hide_script_dir(const char *file) {
    Object *path = Sys_GetObject("path");
    if (!file || !path || TYPE(path) != &List_Type || LIST_LEN(path) == 0 || !Str_Check(LIST_GET(path, 0)))
        return NULL;
    char *real = realpath(file, NULL);
    char *slash = real ? strrchr(real, '/') : NULL;
    if (slash) *slash = '\0';
    bool same = slash && Str_EqC(LIST_GET(path, 0), real[0] ? real : "/");
    free(real);
    if (!same) return NULL;
    Object *zero = SMALL_FROM(0), *first = Obj_CallMethodC(path, "pop", &zero, 1);
    if (!first) Err_Clear();
    return first;
}

static void path_restore(Object *first) {
    Object *path = first ? Sys_GetObject("path") : NULL;
    if (path && TYPE(path) == &List_Type && List_Insert(path, 0, first) < 0) Err_Clear();
    XDECREF(first);
}

/* As CPython's start-up: with -W options (or PYTHONWARNINGS, -b, -X dev)
 * the warnings module is imported before the program runs, and applies
 * them (reporting the invalid ones).  CPython does it before the script's
 * directory enters sys.path, so a category is not looked up there. */
static void apply_warnoptions(const char *file) {
    Object *opts = Sys_GetObject("warnoptions");
    if (!opts || TYPE(opts) != &List_Type || LIST_LEN(opts) == 0) return;
    Object *hidden = path_hide_script_dir(file);
    Object *m = Import_ImportC("warnings");
    path_restore(hidden);
    if (m) {
        DECREF(m);
        return;
    }
    Object *exc = Err_Fetch();
    if (exc) {
        Sys_PrintException(exc);
        DECREF(exc);
    }
}

/* Runs src as __main__; final: the program ends with it (see
 * cipy_run_final), so __main__ stays for the shutdown to release. */
static int run_main(cipy_interp *ci, const MainSource *src, cipy_exception **exc_out, bool final) {
    Interp *in = ci->in, *saved = Interp_Swap(in);
    if (exc_out) *exc_out = NULL;
    if (in->finished) {
        Interp_Swap(saved);
        return 1;
    }
    int status = 0;
    Object *main = Module_NewC("__main__");
    if (!main) goto fail;
    Object *d = MODULE_DICT(main);
    if (Dict_SetStr(d, "__builtins__", in->builtins_mod) < 0 || Dict_SetStr(d, "__doc__", OBJ_NONE) < 0 ||
        Dict_SetStr(in->modules, "__main__", main) < 0 ||
        (src->code && src->code->file && set_main_file(d, src->code->file) < 0))
        goto fail;
    SETREF(in->main_dict, NEWREF(d));
    apply_warnoptions(src->code ? src->code->file : NULL);
    Object *r = run_source(in, src, d);
    if (src->code) flush_io();
    if (r) {
        DECREF(r);
    } else {
        Object *exc = Err_Fetch();
        if (exc && Type_IsSubtype(TYPE(exc), Exc_SystemExit)) {
            status = system_exit_status(exc);
            DECREF(exc);
        } else if (exc) {
            status = Type_IsSubtype(TYPE(exc), Exc_KeyboardInterrupt) ? CIPY_STATUS_INTERRUPTED : 1;
            if (exc_out) {
                cipy_exception *ce = malloc(sizeof *ce);
                if (ce) {
                    ce->type_name = strdup(TYPE(exc)->name);
                    ce->text = Tb_FormatException(exc, false);
                    Err_Clear();
                    *exc_out = ce;
                }
            } else {
                if (final) keep_last_exception(exc);
                Sys_HandleUncaught(exc);
            }
            DECREF(exc);
        }
    }
    goto done;
fail:
    status = 1;
    {
        Object *exc = Err_Fetch();
        if (exc) {
            Sys_PrintException(exc);
            DECREF(exc);
        }
    }
done:
    /* after the traceback, before anything shuts down, as CPython */
    if (final) {
        Atexit_Run();
        Trace_Clear(in); /* tracing ends with the atexit handlers, as in CPython */
        Audit_Clear();
    }
    if (!flush_std_files() && status != CIPY_STATUS_INTERRUPTED) status = 120;
    /* __main__'s objects die (and their output appears) before the streams
     * are flushed, in the order CPython's shutdown gives them */
    CLEAR(in->main_dict);
    XDECREF(main);
    if (final) {
        Shutdown_Run(in);
        in->finished = true;
    } else {
        Shutdown_ReleaseMain(in);
    }
    Err_Clear();
    Out_Flush(&in->out);
    Out_Flush(&in->err);
    Interp_Swap(saved);
    return status;
}

int cipy_run(cipy_interp *ci, cipy_code *code, cipy_exception **exc_out) {
    return run_main(ci, &(MainSource){.code = code}, exc_out, false);
}

int cipy_run_final(cipy_interp *ci, cipy_code *code, cipy_exception **exc_out) {
    return run_main(ci, &(MainSource){.code = code}, exc_out, true);
}

int cipy_run_module(cipy_interp *ci, const char *name, int alter_argv, cipy_exception **exc_out) {
    return run_main(ci, &(MainSource){.module = name, .alter_argv = alter_argv != 0}, exc_out, false);
}

int cipy_run_module_final(cipy_interp *ci, const char *name, int alter_argv, cipy_exception **exc_out) {
    return run_main(ci, &(MainSource){.module = name, .alter_argv = alter_argv != 0}, exc_out, true);
}

char *cipy_format_exception(const cipy_exception *exc) {
    if (!exc || !exc->text) return NULL;
    return strdup(exc->text);
}

const char *cipy_exception_type(const cipy_exception *exc) {
    return exc ? exc->type_name : NULL;
}

void cipy_exception_free(cipy_exception *exc) {
    if (!exc) return;
    free(exc->type_name);
    free(exc->text);
    free(exc);
}

char *cipy_disassemble(const cipy_code *code) {
    if (!code) return NULL;
    Interp *saved, *bare = bare_begin(&saved);
    if (!bare) return NULL;
    char why[400];
    Object *tree = Pyc_Load(code->image, code->len, why, sizeof why);
    char *text = tree ? Dis_Format(tree) : NULL;
    XDECREF(tree);
    bare_end(bare, saved);
    return text;
}
