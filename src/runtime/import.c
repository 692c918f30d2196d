/* import: sys.modules, then the registry's modules (C and frozen Python),
 * then NAME.pyc in the search path directories (a submodule: in its
 * package's __path__), with the name resolution, checks and messages of
 * CPython's importlib. */
#include "runtime/import.h"
#include "abstract.h"
#include "code.h"
#include "eval.h"
#include "frame.h"
#include "marshal.h"
#include "modules/modules.h"
#include "modules/registry.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/audit.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/hash.h"
#include "runtime/interp.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Removes sys.modules[name] after a failed import, keeping the error. */
static void forget(Object *name) {
    Object *exc = Err_Fetch();
    Dict_Pop(g_interp->modules, name, NULL);
    Err_Clear();
    Err_Restore(exc);
}

static void forget_c(const char *name) {
    Object *key = Str_FromUTF8(name, -1);
    if (key) forget(key);
    XDECREF(key);
}

/* Runs code (borrowed; anything but a code object is refused) in the
 * namespace of module m.  -1 on error. */
static int exec_code(Object *m, Object *code, const char *name) {
    if (IS_SMALL(code) || TYPE(code) != &Code_Type) {
        Err_Format(Exc_ImportError, "the code of module %s is not a code object", name);
        return -1;
    }
    Object *r = Eval_Code((Code *)code, MODULE_DICT(m), MODULE_DICT(m));
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* Gives module m (registry line def) the __spec__ and __loader__ CPython's
 * import gives it: a ModuleSpec of _frozen_importlib, with its
 * BuiltinImporter or FrozenImporter.  Before _frozen_importlib is loaded
 * (the first modules of an interpreter, fixed up by Import_SetSpecs) and
 * once a shutdown emptied it, they stay None.  -1 on error. */
static int set_spec(Object *m, const ModuleDef *def) {
    Object *lib = g_interp->importlib;
    Object *d = lib && MODULE_DICT(lib) ? MODULE_DICT(lib) : NULL;
    Object *spec_type = d ? Dict_GetStr(d, "ModuleSpec") : NULL;
    Object *loader = d ? Dict_GetStr(d, Registry_IsBuiltin(def) ? "BuiltinImporter" : "FrozenImporter") : NULL;
    if (!spec_type || !loader) return 0;
    bool package = def->frozen && def->frozen->is_package;
    Object *name = Str_FromUTF8(def->name, -1);
    Object *kwnames = Tuple_Pack(2, ID(origin), ID(is_package));
    Object *origin = Str_InternC(Registry_IsBuiltin(def) ? "built-in" : "frozen");
    Object *spec = NULL;
    if (name && kwnames && origin) {
        Object *args[] = {name, loader, origin, Bool_From(package)};
        spec = Obj_Call(spec_type, args, 2, kwnames);
    }
    XDECREF(name);
    XDECREF(kwnames);
    if (!spec) return -1;
    Object *md = MODULE_DICT(m);
    int r = Dict_SetStr(md, "__loader__", loader) < 0 || Dict_SetStr(md, "__spec__", spec) < 0 ? -1 : 0;
    if (r == 0 && package) {
        /* the package's __path__ is its spec's list */
        Object *path = Obj_GetAttrC(spec, "submodule_search_locations");
        r = path ? Dict_SetStr(md, "__path__", path) : -1;
        XDECREF(path);
    }
    DECREF(spec);
    return r;
}

/* A new module for registry line def with the attributes import gives it
 * (__package__, __loader__, __spec__, a package's __path__, __builtins__
 * for Python code), nothing of its own run yet.  New reference. */
static Object *new_registered(const ModuleDef *def) {
    Object *m = Module_NewC(def->name);
    if (!m) return NULL;
    Object *d = MODULE_DICT(m);
    bool package = def->frozen && def->frozen->is_package;
    /* __package__: the package itself, the parent of a submodule, or '' */
    const char *dot = strrchr(def->name, '.');
    Object *parent = package ? Str_FromUTF8(def->name, -1) : Str_FromUTF8(def->name, dot ? dot - def->name : 0);
    if (Module_AddObjectSteal(m, "__package__", parent) < 0 || set_spec(m, def) < 0 ||
        (package && !Dict_GetStr(d, "__path__") && Module_AddObjectSteal(m, "__path__", List_New(0)) < 0) ||
        (def->frozen && g_interp->builtins && Dict_SetStr(d, "__builtins__", g_interp->builtins) < 0)) {
        DECREF(m);
        return NULL;
    }
    return m;
}

Object *Import_CreateBuiltin(const ModuleDef *def) {
    Object *m = Module_NewC(def->name);
    if (m && def->init && def->init(m) < 0) CLEAR(m);
    return m;
}

/* The one loader of the registry's modules: a new module, registered in
 * sys.modules while its C init and then its Python code run (removed again
 * if they fail).  New reference. */
static Object *load_registered(const ModuleDef *def) {
    Object *m = new_registered(def);
    if (!m) return NULL;
    if (Dict_SetStr(g_interp->modules, def->name, m) < 0) {
        DECREF(m);
        return NULL;
    }
    int r = def->init ? def->init(m) : 0;
    if (r == 0 && def->frozen) {
        Object *code = Marshal_Loads(def->frozen->code, def->frozen->size);
        r = code ? exec_code(m, code, def->name) : -1;
        XDECREF(code);
    }
    if (r < 0) {
        forget_c(def->name);
        DECREF(m);
        return NULL;
    }
    return m;
}

int Import_SetSpecs(void) {
    Object *mods = Dict_Values(g_interp->modules);
    if (!mods) return -1;
    int r = 0;
    for (ssize_t i = 0; r == 0 && i < LIST_LEN(mods); i++) {
        Object *m = LIST_GET(mods, i), *name;
        if (TYPE(m) != &Module_Type || !MODULE_DICT(m) || !(name = Module_GetName(m))) continue;
        const char *s = Str_AsUTF8(name, NULL);
        const ModuleDef *def = s ? Registry_Find(s) : NULL;
        if (!s) r = -1;
        else if (def && Dict_GetStr(MODULE_DICT(m), "__spec__") == OBJ_NONE) r = set_spec(m, def);
    }
    DECREF(mods);
    return r;
}

int Import_LoadSpecs(void) {
    Interp *in = g_interp;
    in->specs_lazy = false; /* also while it loads: its own imports find it loading */
    if (in->modules_gone || in->finished || !in->modules) return 0; /* a shutdown: they stay None */
    Object *pending = Err_Fetch(); /* a look from code handling an error */
    in->signals_held++;
    in->importlib = Import_ImportC("_frozen_importlib");
    int r = in->importlib && Import_SetSpecs() == 0 && Import_InstallFinders() == 0 ? 0 : -1;
    in->signals_held--;
    if (r < 0) {
        CLEAR(in->importlib);
        in->specs_lazy = true;
        XDECREF(pending);
        return -1;
    }
    if (pending) Err_Restore(pending);
    return 0;
}

/* ModuleNotFoundError(msg, name=name); returns NULL. */
static Object *not_found(Object *msg, Object *name) {
    if (!msg) return NULL;
    Err_SetObject(Exc_ModuleNotFoundError, msg);
    DECREF(msg);
    Object *e = Err_Peek();
    if (e && Type_IsSubtype(TYPE(e), Exc_ImportError)) SETREF(((ImportErrorExc *)e)->name, NEWREF(name));
    return NULL;
}

/* sys.modules[name], borrowed, in *out (NULL when absent): 0, or -1 on error. */
static int modules_get(Object *name, Object **out) {
    *out = NULL;
    if (!g_interp->modules) return 0;
    int r = Dict_Lookup(g_interp->modules, name, out);
    return r < 0 ? -1 : 0;
}

/* The index of the last (or first) '.' in s, -1 if none. */
static ssize_t find_dot(Object *s, bool last) {
    ssize_t n = STR_LEN(s);
    for (ssize_t k = 0; k < n; k++) {
        ssize_t i = last ? n - 1 - k : k;
        if (STR_CHAR(s, i) == '.') return i;
    }
    return -1;
}

/* The UTF-8 form of s when it has no NUL and no lone surrogate, so that
 * it can name a module of the registry; NULL (no error set) otherwise. */
static const char *c_name(Object *s) {
    ssize_t n;
    const char *c = Str_AsUTF8(s, &n);
    if (!c) Err_Clear();
    return c && (ssize_t)strlen(c) == n ? c : NULL;
}

/* The same when s can also name a file: not empty, no '/'. */
static const char *file_name(Object *s) {
    const char *c = c_name(s);
    return c && *c && !strchr(c, '/') ? c : NULL;
}

/* ---- modules in files ---------------------------------------------------------- */

/* Where a module was found in a directory, as CPython's FileFinder finds
 * it: a package directory with __init__, then NAME.py, then NAME.pyc.  A
 * .py file runs from its __pycache__/NAME.cpython-314.pyc (cipy compiles
 * nothing). */
typedef struct FileSpec {
    char origin[PATH_MAX]; /* __file__: the .py, or the .pyc without source */
    char cached[PATH_MAX]; /* __cached__: the .pyc that runs */
    char pkgdir[PATH_MAX]; /* a package's directory, its __path__; "" for a module */
    bool source;           /* SourceFileLoader: origin is a .py beside cached */
} FileSpec;

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Fills fs for module leaf in dir as NAME.py with its cached form or as
 * NAME.pyc: true if either is there.  Where CPython would compile a .py
 * that has no cached form, cipy runs the NAME.pyc beside it if there is
 * one (what `py_compile.compile('x.py', cfile='x.pyc')` writes). */
static bool find_file(FileSpec *fs, const char *dir, const char *leaf) {
    if (snprintf(fs->origin, sizeof fs->origin, "%s/%s.py", dir, leaf) < (int)sizeof fs->origin &&
        is_file(fs->origin)) {
        fs->source = true;
        snprintf(fs->cached, sizeof fs->cached, "%s/__pycache__/%s.cpython-314.pyc", dir, leaf);
        if (is_file(fs->cached)) return true;
    }
    if (snprintf(fs->origin, sizeof fs->origin, "%s/%s.pyc", dir, leaf) < (int)sizeof fs->origin &&
        is_file(fs->origin)) {
        fs->source = false;
        memcpy(fs->cached, fs->origin, sizeof fs->cached);
        return true;
    }
    if (fs->source) { /* the .py alone: the error says how to compile it */
        snprintf(fs->origin, sizeof fs->origin, "%s/%s.py", dir, leaf);
        return true;
    }
    return false;
}

/* Looks for module leaf in directory dir (absolute): 1 found (fs
 * filled), 0 not there, 2 a directory of that name without __init__ (a
 * portion of a namespace package, fs->pkgdir). */
static int find_in_dir(FileSpec *fs, const char *dir, const char *leaf) {
    fs->pkgdir[0] = '\0';
    fs->source = false;
    bool portion =
        snprintf(fs->pkgdir, sizeof fs->pkgdir, "%s/%s", dir, leaf) < (int)sizeof fs->pkgdir && is_dir(fs->pkgdir);
    if (portion && find_file(fs, fs->pkgdir, "__init__")) return 1;
    char pkgdir[PATH_MAX];
    memcpy(pkgdir, fs->pkgdir, sizeof pkgdir);
    fs->pkgdir[0] = '\0';
    fs->source = false;
    if (find_file(fs, dir, leaf)) return 1;
    memcpy(fs->pkgdir, pkgdir, sizeof pkgdir);
    return portion ? 2 : 0;
}

/* dir made absolute as CPython's path finder makes a search path entry
 * ("" and "." are the current directory, a relative one is joined to it,
 * trailing slashes go), into buf; false if it does not fit. */
static bool absolute_dir(char *buf, size_t size, const char *dir) {
    char cwd[PATH_MAX];
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/') n--;
    if (dir[0] == '/') return snprintf(buf, size, "%.*s", (int)n, dir) < (int)size;
    if (!getcwd(cwd, sizeof cwd)) return false;
    if (n == 0 || (n == 1 && dir[0] == '.')) return snprintf(buf, size, "%s", cwd) < (int)size;
    return snprintf(buf, size, "%s/%.*s", cwd, (int)n, dir) < (int)size;
}

/* Sets co_filename of code and of the code objects nested in it that
 * share its old name, as CPython does for code loaded from a cache whose
 * source has moved.  (The tree is this module's own, fresh from the file.) */
static void fix_filename(Code *code, Object *old, Object *path) {
    if (code->filename != old) return;
    SETREF(code->filename, NEWREF(path));
    for (ssize_t i = 0; i < TUPLE_LEN(code->consts); i++) {
        Object *c = TUPLE_GET(code->consts, i);
        if (!IS_SMALL(c) && TYPE(c) == &Code_Type) fix_filename((Code *)c, old, path);
    }
}

static uint32_t le32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Whether a cached .pyc (its first len bytes) no longer matches its
 * source: CPython would compile the source again.  A timestamp-based file
 * records the source's mtime and size, a checked hash-based one the
 * source's SipHash keyed by the magic number; an unchecked one is taken
 * as it is. */
static bool is_stale(const uint8_t *pyc, size_t len, const char *source) {
    struct stat st;
    if (len < 16 || stat(source, &st) != 0) return false;
    uint32_t flags = le32(pyc + 4);
    if (flags == 0) return le32(pyc + 8) != (uint32_t)st.st_mtime || le32(pyc + 12) != (uint32_t)st.st_size;
    if (flags != 3) return false;
    ByteBuf src = {0};
    bool stale = false;
    if (ByteBuf_ReadFile(&src, source) == 0) {
        uint64_t h = Hash_Keyed(le32(pyc), src.data, src.len);
        stale = (uint32_t)h != le32(pyc + 8) || (uint32_t)(h >> 32) != le32(pyc + 12);
    }
    ByteBuf_Free(&src);
    return stale;
}

/* ImportError(msg, name=name, path=path (NULL: None)); returns NULL. */
static Object *import_error(Object *msg, Object *name, const char *path) {
    if (!msg) return NULL;
    Object *p = path ? Str_FromUTF8(path, -1) : NEWREF(OBJ_NONE);
    Err_SetObject(Exc_ImportError, msg);
    DECREF(msg);
    Object *e = Err_Peek();
    if (p && e && TYPE(e) == (Type *)Exc_ImportError) {
        SETREF(((ImportErrorExc *)e)->name, NEWREF(name));
        SETREF(((ImportErrorExc *)e)->path, NEWREF(p));
    }
    XDECREF(p);
    return NULL;
}

/* The code object of a .pyc image, checked as CPython's loaders check it
 * and with their errors.  New reference. */
static Object *unmarshal_pyc(Object *name, const FileSpec *fs, const uint8_t *pyc, size_t len) {
    static const uint8_t magic[4] = {PYC_MAGIC_314 & 0xff, PYC_MAGIC_314 >> 8, '\r', '\n'};
    if (len < 4 || memcmp(pyc, magic, 4) != 0) {
        Object *got = Bytes_From(pyc, len < 4 ? (ssize_t)len : 4);
        Object *msg = got ? Str_FromFormat("bad magic number in %R: %R", name, got) : NULL;
        XDECREF(got);
        return import_error(msg, name, fs->cached);
    }
    if (len < 16) {
        Err_Format(Exc_EOFError, "reached EOF while reading pyc header of %R", name);
        return NULL;
    }
    Object *code = Marshal_Loads(pyc + 16, len - 16);
    if (code && (IS_SMALL(code) || TYPE(code) != &Code_Type)) {
        DECREF(code);
        Object *path = Str_FromUTF8(fs->cached, -1);
        Object *msg = path ? Str_FromFormat("Non-code object in %R", path) : NULL;
        XDECREF(path);
        return import_error(msg, name, fs->cached);
    }
    return code;
}

/* The code object of the .pyc at fs->cached.  New reference. */
static Object *read_code(Object *name, const FileSpec *fs) {
    ByteBuf data = {0};
    if (ByteBuf_ReadFile(&data, fs->cached) < 0) {
        ByteBuf_Free(&data);
        if (fs->source)
            Err_Format(Exc_ImportError,
                       "cipy runs compiled bytecode and %s has none: compile it with python3.14 -m compileall",
                       fs->origin);
        else Err_Format(Exc_ImportError, "cannot read %s", fs->cached);
        return NULL;
    }
    if (fs->source && is_stale((const uint8_t *)data.data, data.len, fs->origin)) {
        ByteBuf_Free(&data);
        Err_Format(Exc_ImportError,
                   "cipy runs compiled bytecode and %s changed after it was compiled: compile it again with "
                   "python3.14 -m compileall",
                   fs->origin);
        return NULL;
    }
    Object *code = unmarshal_pyc(name, fs, (const uint8_t *)data.data, data.len);
    ByteBuf_Free(&data);
    if (!code) return NULL;
    if (fs->source) {
        Object *path = Str_FromUTF8(fs->origin, -1);
        if (!path) {
            DECREF(code);
            return NULL;
        }
        Object *old = NEWREF(((Code *)code)->filename);
        if (Obj_RichCompareBool(old, path, CMP_EQ) == 0) fix_filename((Code *)code, old, path);
        Err_Clear();
        DECREF(old);
        DECREF(path);
    }
    return code;
}

Object *Import_FileCode(Object *name, Object *path) {
    const char *p = Str_Check(name) && Str_Check(path) ? c_name(path) : NULL;
    if (!p) {
        Err_SetString(Exc_TypeError, "module name and path must be str without NUL");
        return NULL;
    }
    FileSpec fs = {0};
    size_t n = strlen(p);
    if (n >= sizeof fs.origin) {
        Err_Format(Exc_ImportError, "path too long: %R", path);
        return NULL;
    }
    memcpy(fs.origin, p, n + 1);
    memcpy(fs.cached, p, n + 1);
    fs.source = n > 3 && strcmp(p + n - 3, ".py") == 0;
    if (fs.source) { /* dir/NAME.py runs from dir/__pycache__/NAME.cpython-314.pyc */
        const char *slash = strrchr(p, '/');
        int dirlen = slash ? (int)(slash - p) : 1;
        const char *base = slash ? slash + 1 : p;
        snprintf(fs.cached, sizeof fs.cached, "%.*s/__pycache__/%.*s.cpython-314.pyc", dirlen, slash ? p : ".",
                 (int)strlen(base) - 3, base);
    }
    return read_code(name, &fs);
}

/* The spec of a module found in a file: ModuleSpec(name, loader,
 * origin=...) with its cached file, location and a package's search
 * locations, its loader one of _frozen_importlib_external's.  New reference. */
static Object *file_spec(Object *name, const FileSpec *fs) {
    Object *ext = Import_ImportC("_frozen_importlib_external");
    Object *lib = g_interp->importlib;
    Object *spec_type = lib && MODULE_DICT(lib) ? Dict_GetStr(MODULE_DICT(lib), "ModuleSpec") : NULL;
    Object *loader_type =
        ext ? Dict_GetStr(MODULE_DICT(ext), fs->source ? "SourceFileLoader" : "SourcelessFileLoader") : NULL;
    Object *origin = Str_FromUTF8(fs->origin, -1), *loader = NULL, *spec = NULL;
    Object *cached = Str_FromUTF8(fs->cached, -1), *kwnames = Tuple_Pack(2, ID(origin), ID(is_package));
    if (ext && (!spec_type || !loader_type)) Err_SetString(Exc_ImportError, "the import machinery is missing");
    if (spec_type && loader_type && origin && cached && kwnames) {
        Object *largs[] = {name, origin};
        loader = Obj_Call(loader_type, largs, 2, NULL);
        Object *sargs[] = {name, loader, origin, Bool_From(fs->pkgdir[0])};
        spec = loader ? Obj_Call(spec_type, sargs, 2, kwnames) : NULL;
    }
    if (spec && (Obj_SetAttrC(spec, "cached", cached) < 0 || Obj_SetAttrC(spec, "has_location", OBJ_TRUE) < 0))
        CLEAR(spec);
    if (spec && fs->pkgdir[0]) {
        Object *locations = Obj_GetAttrC(spec, "submodule_search_locations");
        if (!locations || !List_Check(locations) || List_AppendSteal(locations, Str_FromUTF8(fs->pkgdir, -1)) < 0)
            CLEAR(spec);
        XDECREF(locations);
    }
    XDECREF(ext);
    XDECREF(origin);
    XDECREF(cached);
    XDECREF(kwnames);
    XDECREF(loader);
    return spec;
}

/* A new module for spec with the attributes CPython's _init_module_attrs
 * gives it, in its order.  New reference. */
static Object *module_from_spec(Object *name, Object *spec) {
    Object *m = Module_New(name);
    if (!m) return NULL;
    Object *d = MODULE_DICT(m);
    Object *loader = Obj_GetAttrC(spec, "loader"), *parent = Obj_GetAttrC(spec, "parent");
    Object *locations = Obj_GetAttrC(spec, "submodule_search_locations");
    Object *origin = Obj_GetAttrC(spec, "origin"), *cached = Obj_GetAttrC(spec, "cached");
    if (!loader || !parent || !locations || !origin || !cached || Dict_SetStr(d, "__loader__", loader) < 0 ||
        Dict_SetStr(d, "__package__", parent) < 0 || Dict_SetStr(d, "__spec__", spec) < 0 ||
        (locations != OBJ_NONE && Dict_SetStr(d, "__path__", locations) < 0) ||
        Dict_SetStr(d, "__file__", origin) < 0 || Dict_SetStr(d, "__cached__", cached) < 0)
        CLEAR(m);
    XDECREF(loader);
    XDECREF(parent);
    XDECREF(locations);
    XDECREF(origin);
    XDECREF(cached);
    return m;
}

/* Whether spec says its module is still running (spec._initializing): 1,
 * 0, or -1 on error. */
static int spec_initializing(Object *spec) {
    if (!spec || spec == OBJ_NONE) return 0;
    Object *v;
    int r = Obj_LookupAttr(spec, Str_InternC("_initializing"), &v);
    if (r <= 0) return r;
    r = Obj_IsTrue(v);
    DECREF(v);
    return r;
}

/* Marks spec as being run (its module "partially initialized"), or not. */
static int set_initializing(Object *spec, bool on) { return Obj_SetAttrC(spec, "_initializing", Bool_From(on)); }

/* Runs the module found at fs as module name, entered in sys.modules while
 * it runs; what sys.modules holds afterwards is the result, moved to the
 * end as importlib moves it.  New reference. */
static Object *load_file(Object *name, const FileSpec *fs) {
    const char *cname = Str_AsUTF8(name, NULL);
    Object *code = cname ? read_code(name, fs) : NULL;
    Object *spec = code ? file_spec(name, fs) : NULL;
    Object *m = spec ? module_from_spec(name, spec) : NULL;
    /* exec() of a module's code gives it the builtins' dict */
    if (!m || Dict_SetStr(MODULE_DICT(m), "__builtins__", g_interp->builtins) < 0 ||
        Dict_SetItem(g_interp->modules, name, m) < 0) {
        XDECREF(code);
        XDECREF(spec);
        XDECREF(m);
        return NULL;
    }
    int r = set_initializing(spec, true);
    /* importlib's loaders run a file's code with exec(), which audits it */
    if (r == 0) r = Audit_EventArgs("exec", 1, &code);
    if (r == 0) r = exec_code(m, code, cname);
    if (r == 0) r = set_initializing(spec, false);
    else {
        Object *exc = Err_Fetch();
        set_initializing(spec, false);
        Err_Clear();
        Err_Restore(exc);
    }
    DECREF(code);
    DECREF(spec);
    CLEAR(m);
    if (r < 0) {
        forget(name);
        return NULL;
    }
    Object *done = NULL;
    int popped = Dict_Pop(g_interp->modules, name, &done);
    if (popped <= 0) {
        if (popped == 0) Err_SetObject(Exc_KeyError, name);
        return NULL;
    }
    if (Dict_SetItem(g_interp->modules, name, done) < 0) CLEAR(done);
    return done;
}

static bool has_nul(Object *s) {
    for (ssize_t i = 0; i < STR_LEN(s); i++)
        if (STR_CHAR(s, i) == 0) return true;
    return false;
}

/* The finder of sys.path entry entry (a str) as CPython's PathFinder gets
 * it: sys.path_importer_cache[entry] ("" is the current directory), else
 * made by the first hook of sys.path_hooks that takes the entry (None when
 * none does) and cached there.  New reference; NULL on error. */
static Object *entry_finder(Object *entry) {
    Object *key;
    if (STR_LEN(entry) == 0) {
        char cwd[PATH_MAX];
        if (!getcwd(cwd, sizeof cwd)) return NEWREF(OBJ_NONE);
        if (!(key = Str_FromUTF8(cwd, -1))) return NULL;
    } else {
        key = NEWREF(entry);
    }
    Object *cache = Sys_GetObject("path_importer_cache"), *finder = NULL;
    int cached = cache && Dict_Check(cache) ? Dict_Lookup(cache, key, &finder) : 0;
    if (cached != 0) {
        DECREF(key);
        return cached > 0 ? NEWREF(finder) : NULL;
    }
    finder = NULL;
    Object *hooks = Sys_GetObject("path_hooks");
    Object *items = hooks && hooks != OBJ_NONE ? Obj_GetIter(hooks) : NULL, *hook;
    while (items && !finder && (hook = Iter_Next(items))) {
        finder = Obj_CallOneArg(hook, key);
        DECREF(hook);
        if (!finder && !Err_Matches(Exc_ImportError)) break;
        Err_Clear();
    }
    XDECREF(items);
    if (!finder && !Err_Occurred()) finder = NEWREF(OBJ_NONE);
    if (finder && cache && Dict_Check(cache) && Dict_SetItem(cache, key, finder) < 0) CLEAR(finder);
    DECREF(key);
    return finder;
}

/* _frozen_importlib_external.FileFinder (borrowed), whose instances the
 * search serves in C; NULL before the machinery is there. */
static Object *file_finder_type(void) {
    Object *ext;
    if (!g_interp->finders[2] || modules_get(Str_InternC("_frozen_importlib_external"), &ext) < 0 || !ext ||
        TYPE(ext) != &Module_Type || !MODULE_DICT(ext)) {
        Err_Clear();
        return NULL;
    }
    return Dict_GetStr(MODULE_DICT(ext), "FileFinder");
}

/* Asks a path entry finder written in Python for module name, as
 * PathFinder does: 3 with *spec (a new reference) when it has a loader,
 * 0 when there is none or the finder gives namespace portions (added to
 * portions), -1 on error. */
static int ask_entry_finder(Object *finder, Object *name, Object **spec, Object *portions) {
    Object *find = Obj_GetAttrC(finder, "find_spec");
    Object *args[] = {name, OBJ_NONE};
    Object *found = find ? Obj_Call(find, args, 2, NULL) : NULL, *loader = NULL, *locations = NULL;
    XDECREF(find);
    if (!found) return -1;
    int r = 0;
    if (found == OBJ_NONE) {
    } else if (!(loader = Obj_GetAttrC(found, "loader"))) {
        r = -1;
    } else if (loader != OBJ_NONE) {
        *spec = NEWREF(found);
        r = 3;
    } else if (!(locations = Obj_GetAttrC(found, "submodule_search_locations"))) {
        r = -1;
    } else if (locations == OBJ_NONE) {
        Err_SetString(Exc_ImportError, "spec missing loader");
        r = -1;
    } else if (portions) {
        r = List_Extend(portions, locations);
    }
    XDECREF(loader);
    XDECREF(locations);
    DECREF(found);
    return r;
}

/* Looks for module name (leaf its last part) along the entries of path
 * (an iterable; entries that are not str are skipped), each through its
 * finder (entry_finder): a FileFinder's directory is searched here, in C.
 * 1 with fs filled when a module or package is found in a directory, 3
 * with *spec when another finder found it, else 0 with the namespace
 * portions found appended to the list portions (which may be NULL), or -1
 * on error. */
static int search_path(Object *path, Object *name, const char *leaf, FileSpec *fs, Object **spec, Object *portions) {
    Object *items = Obj_GetIter(path), *d;
    if (!items) return -1;
    Object *file_finder = file_finder_type();
    int r = 0;
    while (r == 0 && (d = Iter_Next(items))) {
        const char *entry = Str_Check(d) ? c_name(d) : NULL;
        char dir[PATH_MAX];
        Object *finder = NULL;
        if (!entry && Str_Check(d) && has_nul(d)) {
            Err_SetString(Exc_ValueError, "stat: embedded null character in path");
            r = -1;
        } else if (!entry) {
        } else if (file_finder && !(finder = entry_finder(d))) {
            r = -1;
        } else if (finder && finder != OBJ_NONE && (Object *)TYPE(finder) != file_finder) {
            r = ask_entry_finder(finder, name, spec, portions);
        } else if ((!finder || finder != OBJ_NONE) && absolute_dir(dir, sizeof dir, entry)) {
            r = find_in_dir(fs, dir, leaf);
            if (r == 2) r = portions ? List_AppendSteal(portions, Str_FromUTF8(fs->pkgdir, -1)) : 0;
        }
        XDECREF(finder);
        DECREF(d);
    }
    DECREF(items);
    return r < 0 || Err_Occurred() ? -1 : r;
}

/* The spec of the namespace package name of the directories portions (a
 * list, stolen): a NamespaceLoader whose _NamespacePath is also the spec's
 * search locations.  New reference. */
static Object *namespace_spec(Object *name, Object *portions) {
    Object *ext = Import_ImportC("_frozen_importlib_external");
    Object *lib = g_interp->importlib;
    Object *spec_type = lib && MODULE_DICT(lib) ? Dict_GetStr(MODULE_DICT(lib), "ModuleSpec") : NULL;
    Object *loader_type = ext ? Dict_GetStr(MODULE_DICT(ext), "NamespaceLoader") : NULL;
    Object *loader = NULL, *spec = NULL, *path = NULL;
    Object *kwnames = Tuple_Pack(1, ID(is_package));
    if (ext && (!spec_type || !loader_type)) Err_SetString(Exc_ImportError, "the import machinery is missing");
    if (spec_type && loader_type && kwnames) {
        Object *largs[] = {name, portions};
        loader = Obj_Call(loader_type, largs, 2, NULL);
        Object *sargs[] = {name, loader, OBJ_TRUE};
        spec = loader ? Obj_Call(spec_type, sargs, 2, kwnames) : NULL;
        path = spec ? Obj_GetAttrC(loader, "_path") : NULL;
    }
    if (spec && (!path || Obj_SetAttrC(spec, "submodule_search_locations", path) < 0)) CLEAR(spec);
    XDECREF(ext);
    XDECREF(kwnames);
    XDECREF(loader);
    XDECREF(path);
    DECREF(portions);
    return spec;
}

/* A namespace package of the directories portions (a list, stolen): no
 * code, no file, its __path__ a _NamespacePath.  New reference. */
static Object *load_namespace(Object *name, Object *portions) {
    Object *spec = namespace_spec(name, portions), *m = NULL;
    Object *loader = spec ? Obj_GetAttrC(spec, "loader") : NULL;
    Object *path = loader ? Obj_GetAttrC(spec, "submodule_search_locations") : NULL;
    if (path && (m = Module_New(name))) {
        Object *d = MODULE_DICT(m);
        if (Dict_SetStr(d, "__loader__", loader) < 0 || Dict_SetStr(d, "__package__", name) < 0 ||
            Dict_SetStr(d, "__spec__", spec) < 0 || Dict_SetStr(d, "__file__", OBJ_NONE) < 0 ||
            Dict_SetStr(d, "__path__", path) < 0 || Dict_SetItem(g_interp->modules, name, m) < 0)
            CLEAR(m);
    }
    XDECREF(spec);
    XDECREF(loader);
    XDECREF(path);
    return m;
}

/* Looks for module name (leaf_obj its last part) along pkg_path (a
 * package's __path__; NULL or None: sys.path): 1 a module or package in a
 * directory (fs filled), 2 a namespace package (*portions a new list), 3
 * a spec from a finder of sys.path_hooks (*spec), 0 nothing, -1 on error. */
static int find_in_path(Object *name, Object *leaf_obj, Object *pkg_path, FileSpec *fs, Object **portions,
                        Object **spec) {
    *portions = *spec = NULL;
    const char *leaf = file_name(leaf_obj);
    /* a __path__ of None searches sys.path, as CPython's path finder does */
    Object *path = pkg_path && pkg_path != OBJ_NONE ? pkg_path : Sys_GetObject("path");
    if (!path) {
        Err_SetString(Exc_ImportError, "sys.path must be a list of directory names");
        return -1;
    }
    if (!leaf) return 0;
    INCREF(path);
    Object *found = List_New(0);
    int r = found ? search_path(path, name, leaf, fs, spec, found) : -1;
    DECREF(path);
    if (r == 0 && LIST_LEN(found) > 0) {
        *portions = found;
        return 2;
    }
    XDECREF(found);
    return r;
}

static Object *load_spec(Object *name, Object *spec);

/* Looks for the module's file in the directories of pkg_path (a package's
 * __path__; NULL for a top-level module: sys.path); a namespace package
 * if only directories without __init__ are found.  NULL with no error set
 * when there is no such module. */
static Object *load_from_path(Object *name, Object *leaf_obj, Object *pkg_path) {
    FileSpec fs;
    Object *portions, *spec;
    int r = find_in_path(name, leaf_obj, pkg_path, &fs, &portions, &spec);
    if (r == 1) return load_file(name, &fs);
    if (r == 2) return load_namespace(name, portions);
    if (r == 3) {
        Object *m = load_spec(name, spec);
        DECREF(spec);
        return m;
    }
    return NULL;
}

Object *Import_PathFindSpec(Object *name, Object *path) {
    if (!Str_Check(name)) {
        Err_Format(Exc_TypeError, "module name must be str, not %s", TYPE_NAME(name));
        return NULL;
    }
    ssize_t dot = find_dot(name, true);
    Object *leaf = Str_Substring(name, dot + 1, STR_LEN(name)), *portions, *spec;
    if (!leaf) return NULL;
    FileSpec fs;
    int r = find_in_path(name, leaf, path, &fs, &portions, &spec);
    DECREF(leaf);
    if (r == 1) return file_spec(name, &fs);
    if (r == 2) {
        /* as CPython's PathFinder gives it: no loader yet (module_from_spec
         * gives the module a NamespaceLoader) */
        spec = namespace_spec(name, portions);
        if (spec && Obj_SetAttrC(spec, "loader", OBJ_NONE) < 0) CLEAR(spec);
        return spec;
    }
    if (r == 3) return spec;
    return r < 0 ? NULL : NEWREF(OBJ_NONE);
}

/* _imp._namespace_portions(name, parent_path): the portions of namespace
 * package name along parent_path, or None when a module or package of that
 * name comes first or there is none (what _NamespacePath recomputes). */
Object *Import_NamespacePortions(Object *name, Object *parent_path) {
    ssize_t dot = find_dot(name, true);
    Object *leaf_obj = Str_Substring(name, dot + 1, STR_LEN(name));
    if (!leaf_obj) return NULL;
    const char *leaf = file_name(leaf_obj);
    Object *portions = leaf ? List_New(0) : NULL;
    FileSpec fs;
    Object *spec = NULL;
    int r = portions ? search_path(parent_path, name, leaf, &fs, &spec, portions) : 0;
    XDECREF(spec);
    DECREF(leaf_obj);
    if (r < 0) {
        DECREF(portions);
        return NULL;
    }
    if (r > 0 || !portions || LIST_LEN(portions) == 0) {
        XDECREF(portions);
        return NEWREF(OBJ_NONE);
    }
    return portions;
}

/* The parent package of the submodule name (its first dot_index
 * characters): imported if need be, and its __path__ (new references in
 * *parent and *path).  1, 0 when importing the parent imported name too,
 * -1 on error. */
static int load_parent(Object *name, ssize_t dot_index, Object **parent, Object **path) {
    Object *m;
    *path = NULL;
    if (!(*parent = Str_Substring(name, 0, dot_index)) || modules_get(*parent, &m) < 0) return -1;
    if (!m) {
        if (!(m = Import_FindAndLoad(*parent))) return -1;
        DECREF(m);
        if (modules_get(name, &m) < 0) return -1;
        if (m) return 0;
    }
    if (modules_get(*parent, &m) < 0) return -1;
    if (!m) {
        Err_SetObject(Exc_KeyError, *parent);
        return -1;
    }
    int r = Obj_LookupAttr(m, ID(__path__), path);
    if (r == 0) not_found(Str_FromFormat("No module named %R; %R is not a package", name, *parent), name);
    return r > 0 ? 1 : -1;
}

/* Binds the submodule m as attribute leaf of its package parent, as
 * importlib does (a package that refuses with AttributeError is left
 * alone).  -1 on error. */
static int bind_in_parent(Object *parent, Object *leaf, Object *m) {
    Object *pm;
    if (modules_get(parent, &pm) < 0) return -1;
    if (!pm) {
        Err_SetObject(Exc_KeyError, parent);
        return -1;
    }
    if (Obj_SetAttr(pm, leaf, m) == 0) return 0;
    if (!Err_Matches(Exc_AttributeError)) return -1;
    Err_Clear();
    return 0;
}

/* Sets module.attr = value unless the module has a value other than None
 * there already (importlib's _init_module_attrs without override). */
static int init_attr(Object *m, const char *attr, Object *value) {
    Object *old;
    int r = Obj_LookupAttr(m, Str_InternC(attr), &old);
    if (r < 0) return -1;
    bool keep = r > 0 && old != OBJ_NONE;
    XDECREF(old);
    return keep ? 0 : Obj_SetAttrC(m, attr, value);
}

/* The module of a spec without a loader: a namespace package when it has
 * search locations (module_from_spec gives it its NamespaceLoader, as
 * importlib's _load_unlocked does), else ImportError.  New reference. */
static Object *load_loaderless(Object *name, Object *spec) {
    Object *locations = Obj_GetAttrC(spec, "submodule_search_locations"), *m = NULL;
    if (!locations) return NULL;
    if (locations == OBJ_NONE) {
        DECREF(locations);
        return import_error(Str_FromFormat("missing loader"), name, NULL);
    }
    DECREF(locations);
    Object *make = g_interp->importlib ? Obj_GetAttrC(g_interp->importlib, "module_from_spec") : NULL;
    if (make && (m = Obj_CallOneArg(make, spec)) && Dict_SetItem(g_interp->modules, name, m) < 0) CLEAR(m);
    XDECREF(make);
    return m;
}

/* The module of a spec that a finder of sys.meta_path written in Python
 * returned, made and run by its loader as importlib's _load_unlocked does.
 * New reference. */
static Object *load_spec(Object *name, Object *spec) {
    Object *loader = Obj_GetAttrC(spec, "loader"), *m = NULL, *create = NULL, *exec = NULL, *r = NULL;
    if (!loader) return NULL;
    if (loader == OBJ_NONE) {
        DECREF(loader);
        return load_loaderless(name, spec);
    }
    if (Obj_LookupAttr(loader, Str_InternC("create_module"), &create) < 0) goto done;
    if (create) {
        m = Obj_CallOneArg(create, spec);
        if (!m) goto done;
        if (m == OBJ_NONE) CLEAR(m);
    }
    if (!m && !(m = Module_New(name))) goto done;
    Object *parent = Obj_GetAttrC(spec, "parent");
    Object *locations = parent ? Obj_GetAttrC(spec, "submodule_search_locations") : NULL;
    Object *located = locations ? Obj_GetAttrC(spec, "has_location") : NULL;
    int has = located ? Obj_IsTrue(located) : -1;
    Object *origin = has > 0 ? Obj_GetAttrC(spec, "origin") : NULL;
    Object *cached = origin ? Obj_GetAttrC(spec, "cached") : NULL;
    int ok = has >= 0 && init_attr(m, "__name__", name) == 0 && init_attr(m, "__loader__", loader) == 0 &&
             init_attr(m, "__package__", parent) == 0 && Obj_SetAttrC(m, "__spec__", spec) == 0 &&
             (locations == OBJ_NONE || init_attr(m, "__path__", locations) == 0) &&
             (has == 0 || (origin && init_attr(m, "__file__", origin) == 0 &&
                           (!cached || cached == OBJ_NONE || init_attr(m, "__cached__", cached) == 0)));
    XDECREF(parent);
    XDECREF(locations);
    XDECREF(located);
    XDECREF(origin);
    XDECREF(cached);
    if (!ok || set_initializing(spec, true) < 0 || Dict_SetItem(g_interp->modules, name, m) < 0) goto done;
    if (Obj_LookupAttr(loader, Str_InternC("exec_module"), &exec) > 0) {
        r = Obj_CallOneArg(exec, m);
    } else if (!Err_Occurred()) { /* an older loader: load_module makes and registers the module */
        Object *load = Obj_GetAttrC(loader, "load_module");
        r = load ? Obj_CallOneArg(load, name) : NULL;
        XDECREF(load);
    }
    if (!r) {
        forget(name);
        Object *exc = Err_Fetch();
        set_initializing(spec, false);
        Err_Clear();
        Err_Restore(exc);
        CLEAR(m);
        goto done;
    }
    CLEAR(m);
    int popped = Dict_Pop(g_interp->modules, name, &m);
    if (popped == 0) Err_SetObject(Exc_KeyError, name);
    if (popped > 0 && (Dict_SetItem(g_interp->modules, name, m) < 0 || set_initializing(spec, false) < 0)) CLEAR(m);
done:
    XDECREF(r);
    XDECREF(exec);
    XDECREF(create);
    DECREF(loader);
    return m;
}

/* Asks one finder of sys.meta_path for module name (leaf its last part,
 * path its package's __path__ or NULL): the start-up's finders run here
 * in C, any other through its find_spec.  The module, or NULL with an
 * error, or NULL with none when the finder has no such module. */
static Object *ask_finder(Object *finder, Object *name, Object *leaf, Object *path, const ModuleDef *def) {
    Object **f = g_interp->finders;
    if (finder == f[0]) return def && Registry_IsBuiltin(def) ? load_registered(def) : NULL;
    if (finder == f[1]) return def && def->frozen ? load_registered(def) : NULL;
    if (finder == f[2]) {
        if (!path && Sys_GetObject("path") == OBJ_NONE) {
            /* CPython looks for files along sys.path, which a shutdown sets to None */
            Err_SetString(Exc_TypeError, "'NoneType' object is not iterable");
            return NULL;
        }
        return load_from_path(name, leaf, path);
    }
    Object *find, *spec = NULL, *m = NULL;
    int r = Obj_LookupAttr(finder, Str_InternC("find_spec"), &find);
    if (r <= 0) return NULL;
    Object *args[] = {name, path ? path : OBJ_NONE, OBJ_NONE};
    spec = Obj_Call(find, args, 3, NULL);
    DECREF(find);
    if (spec && spec != OBJ_NONE) m = load_spec(name, spec);
    XDECREF(spec);
    return m;
}

/* Asks the finders of sys.meta_path in turn, as importlib's _find_spec. */
static Object *load_from_finders(Object *name, Object *leaf, Object *path, const ModuleDef *def) {
    Object *meta = Sys_GetObject("meta_path");
    if (!g_interp->finders[2] || !meta) { /* start-up: the default finders, before they are installed */
        Object *m = def ? load_registered(def) : load_from_path(name, leaf, path);
        return m || Err_Occurred() ? m : not_found(Str_FromFormat("No module named %R", name), name);
    }
    Object *items = Obj_GetIter(meta), *finder, *m = NULL;
    if (!items) return NULL;
    while (!m && (finder = Iter_Next(items))) {
        m = ask_finder(finder, name, leaf, path, def);
        DECREF(finder);
        if (!m && Err_Occurred()) break;
    }
    DECREF(items);
    if (m || Err_Occurred()) return m;
    return not_found(Str_FromFormat("No module named %R", name), name);
}

/* A module not in sys.modules yet (as importlib's _find_and_load_unlocked):
 * its parent package first, then the finders of sys.meta_path. */
static Object *find_and_load_unlocked(Object *name) {
    ssize_t dot = find_dot(name, true);
    Object *parent = NULL, *parent_path = NULL, *leaf = NULL, *m = NULL;
    if (dot > 0) {
        int r = load_parent(name, dot, &parent, &parent_path);
        if (r <= 0) {
            if (r == 0 && modules_get(name, &m) == 0) XINCREF(m);
            goto done;
        }
    }
    const char *c = c_name(name);
    const ModuleDef *def = c ? Registry_Find(c) : NULL;
    if (!(leaf = Str_Substring(name, dot + 1, STR_LEN(name)))) goto done;
    m = load_from_finders(name, leaf, parent_path, def);
    if (m && parent && bind_in_parent(parent, leaf, m) < 0) CLEAR(m);
done:
    XDECREF(parent);
    XDECREF(parent_path);
    XDECREF(leaf);
    return m;
}

int Import_InstallFinders(void) {
    Object *ext = Import_ImportC("_frozen_importlib_external");
    if (!ext) return -1;
    Object *lib = MODULE_DICT(g_interp->importlib), *meta = Sys_GetObject("meta_path");
    Object *f[3] = {Dict_GetStr(lib, "BuiltinImporter"), Dict_GetStr(lib, "FrozenImporter"),
                    Dict_GetStr(MODULE_DICT(ext), "PathFinder")};
    if (!f[0] || !f[1] || !f[2] || !meta || !List_Check(meta)) {
        if (!Err_Occurred()) Err_SetString(Exc_ImportError, "the import machinery is missing");
        DECREF(ext);
        return -1;
    }
    for (int i = 0; i < 3; i++) {
        if (List_Append(meta, f[i]) < 0) {
            DECREF(ext);
            return -1;
        }
        g_interp->finders[i] = NEWREF(f[i]);
    }
    /* sys.path_hooks: FileFinder's hook, as CPython's start-up leaves it */
    Object *make = Obj_GetAttrC(ext, "_path_hooks");
    Object *hooks = make ? Obj_CallNoArgs(make) : NULL, *list = Sys_GetObject("path_hooks");
    int r = hooks && list && List_Check(list) ? List_Extend(list, hooks) : -1;
    XDECREF(make);
    XDECREF(hooks);
    DECREF(ext);
    return r;
}

Object *Import_FindAndLoad(Object *name) {
    if (!g_interp->modules) { /* the interpreter is being freed */
        Err_Format(Exc_ImportError, "import of %U halted; the interpreter is shutting down", name);
        return NULL;
    }
    if (Import_EnsureSpecs() < 0) return NULL;
    Object *m;
    if (modules_get(name, &m) < 0) return NULL;
    if (m == OBJ_NONE) return not_found(Str_FromFormat("import of %U halted; None in sys.modules", name), name);
    if (m) return NEWREF(m);
    if (Sys_GetObject("meta_path") == OBJ_NONE) { /* CPython's finders are gone: a shutdown */
        Err_SetString(Exc_ImportError, "sys.meta_path is None, Python is likely shutting down");
        return NULL;
    }
    /* (name, filename, sys.path, sys.meta_path, sys.path_hooks), before the
     * module's parents load: theirs come after */
    if (Audit_Eventf("import", "OOOOO", name, NULL, Sys_GetObject("path"), Sys_GetObject("meta_path"),
                     Sys_GetObject("path_hooks")) < 0)
        return NULL;
    return find_and_load_unlocked(name);
}

Object *Import_ImportC(const char *name) {
    Object *s = Str_FromUTF8(name, -1);
    if (!s) return NULL;
    Object *m = Import_FindAndLoad(s);
    DECREF(s);
    return m;
}

/* ---- relative imports --------------------------------------------------------- */

/* The package a relative import starts from (new reference): __package__,
 * else __spec__.parent, else __name__ (its parent unless the globals are a
 * package's, with __path__). */
static Object *calc_package(Object *globals) {
    if (!globals) {
        Err_SetString(Exc_KeyError, "'__name__' not in globals");
        return NULL;
    }
    if (!Dict_Check(globals)) {
        Err_SetString(Exc_TypeError, "globals must be a dict");
        return NULL;
    }
    Object *package = Dict_GetStr(globals, "__package__");
    Object *spec = Dict_GetStr(globals, "__spec__");
    if (Err_Occurred()) return NULL;
    if (package && package != OBJ_NONE) {
        if (!Str_Check(package)) {
            Err_SetString(Exc_TypeError, "package must be a string");
            return NULL;
        }
        if (spec && spec != OBJ_NONE) {
            /* CPython compares it with __spec__.parent, to warn if they differ */
            Object *parent = Obj_GetAttrC(spec, "parent");
            int eq = parent ? Obj_RichCompareBool(package, parent, CMP_EQ) : -1;
            XDECREF(parent);
            if (eq < 0) return NULL;
        }
        return NEWREF(package);
    }
    if (spec && spec != OBJ_NONE) {
        Object *parent = Obj_GetAttrC(spec, "parent");
        if (parent && !Str_Check(parent)) {
            Err_SetString(Exc_TypeError, "__spec__.parent must be a string");
            CLEAR(parent);
        }
        return parent;
    }
    /* (CPython warns with an ImportWarning here, which is ignored by default) */
    Object *name = Dict_GetStr(globals, "__name__");
    if (!name) {
        if (!Err_Occurred()) Err_SetString(Exc_KeyError, "'__name__' not in globals");
        return NULL;
    }
    if (!Str_Check(name)) {
        Err_SetString(Exc_TypeError, "__name__ must be a string");
        return NULL;
    }
    if (Dict_GetStr(globals, "__path__")) return NEWREF(name);
    if (Err_Occurred()) return NULL;
    ssize_t dot = find_dot(name, true);
    return Str_Substring(name, 0, dot < 0 ? 0 : dot);
}

/* The absolute name of a relative import of name at level > 0: a new reference. */
static Object *resolve_name(Object *name, Object *globals, int level) {
    Object *package = calc_package(globals);
    if (!package) return NULL;
    ssize_t end = STR_LEN(package);
    if (end == 0) {
        DECREF(package);
        Err_SetString(Exc_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    for (int up = 1; up < level; up++) {
        while (end > 0 && STR_CHAR(package, end - 1) != '.') end--;
        if (end-- == 0) {
            DECREF(package);
            Err_SetString(Exc_ImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
    }
    Object *base = Str_Substring(package, 0, end);
    DECREF(package);
    if (!base || STR_LEN(name) == 0) return base;
    Object *abs = Str_FromFormat("%U.%U", base, name);
    DECREF(base);
    return abs;
}

/* ---- fromlist ----------------------------------------------------------------- */

/* from package import a, b: imports the submodules among the names that
 * the package lacks (as importlib's _handle_fromlist); all_list is true
 * for the names of __all__, which '*' brings in. */
static int handle_fromlist(Object *module, Object *fromlist, bool all_list) {
    Object *it = Obj_GetIter(fromlist);
    if (!it) return -1;
    Object *x;
    int r = 0;
    while (r == 0 && (x = Iter_Next(it))) {
        Object *v = NULL;
        if (!Str_Check(x)) {
            Object *modname = all_list ? Obj_GetAttr(module, ID(__name__)) : NULL;
            if (!all_list)
                Err_Format(Exc_TypeError, "Item in ``from list'' must be str, not %s", TYPE_NAME(x));
            else if (modname)
                Err_Format(Exc_TypeError, "Item in %S.__all__ must be str, not %s", modname, TYPE_NAME(x));
            XDECREF(modname);
            r = -1;
        } else if (Str_EqC(x, "*")) {
            if (!all_list && (r = Obj_LookupAttr(module, Str_InternC("__all__"), &v)) > 0)
                r = handle_fromlist(module, v, true);
        } else if ((r = Obj_LookupAttr(module, x, &v)) == 0) {
            Object *modname = Obj_GetAttr(module, ID(__name__));
            Object *from_name = modname ? Str_FromFormat("%S.%S", modname, x) : NULL;
            Object *sub = from_name ? Import_FindAndLoad(from_name) : NULL;
            r = sub ? 0 : -1;
            /* a missing submodule is not an error, unless None in sys.modules stops it */
            if (!sub && from_name && Err_Matches(Exc_ModuleNotFoundError)) {
                Object *e = Err_Peek(), *entry;
                Object *ename = Type_IsSubtype(TYPE(e), Exc_ImportError) ? ((ImportErrorExc *)e)->name : NULL;
                int same = ename ? Obj_RichCompareBool(ename, from_name, CMP_EQ) : 0;
                if (same > 0 && modules_get(from_name, &entry) == 0 && entry != OBJ_NONE) {
                    Err_Clear();
                    r = 0;
                }
            }
            XDECREF(sub);
            XDECREF(from_name);
            XDECREF(modname);
        }
        XDECREF(v);
        DECREF(x);
        if (r > 0) r = 0;
    }
    DECREF(it);
    return r < 0 || Err_Occurred() ? -1 : 0;
}

/* ---- __import__ ---------------------------------------------------------------- */

/* What __import__ returns when no fromlist is given: the top-level package
 * of a dotted name (for a relative import, the module as far as name's
 * first part reaches). */
static Object *top_module(Object *name, Object *abs, Object *mod, int level) {
    ssize_t dot = find_dot(name, false);
    if (dot < 0) return NEWREF(mod);
    Object *front = Str_Substring(abs, 0, STR_LEN(abs) - (STR_LEN(name) - dot));
    if (!front) return NULL;
    Object *m = NULL;
    if (level == 0) {
        m = Import_Module(front, NULL, NULL, 0);
    } else if (modules_get(front, &m) == 0) {
        if (m) INCREF(m);
        else Err_Format(Exc_KeyError, "%R not in sys.modules as expected", front);
    }
    DECREF(front);
    return m;
}

Object *Import_Module(Object *name, Object *globals, Object *fromlist, int level) {
    if (Import_EnsureSpecs() < 0) return NULL;
    if (!Str_Check(name)) {
        Err_SetString(Exc_TypeError, "module name must be a string");
        return NULL;
    }
    if (level < 0) {
        Err_SetString(Exc_ValueError, "level must be >= 0");
        return NULL;
    }
    if (level == 0 && STR_LEN(name) == 0) {
        Err_SetString(Exc_ValueError, "Empty module name");
        return NULL;
    }
    Object *abs = level > 0 ? resolve_name(name, globals, level) : NEWREF(name);
    if (!abs) return NULL;
    Object *mod = Import_FindAndLoad(abs), *path = NULL;
    int has_from = mod && fromlist && fromlist != OBJ_NONE ? Obj_IsTrue(fromlist) : 0;
    Object *r = NULL;
    if (!mod || has_from < 0) {
    } else if (!has_from) {
        r = top_module(name, abs, mod, level);
    } else if (Obj_LookupAttr(mod, ID(__path__), &path) >= 0) {
        r = path && handle_fromlist(mod, fromlist, false) < 0 ? NULL : NEWREF(mod);
        XDECREF(path);
    }
    XDECREF(mod);
    DECREF(abs);
    return r;
}

/* The running frame's builtins.__import__: a new reference, or NULL with
 * an error (ImportError when there is none). */
static Object *frame_import_func(Frame *f) {
    Object *func;
    if (Dict_Check(f->builtins)) {
        func = Dict_GetStr(f->builtins, "__import__");
        if (func) return NEWREF(func);
        if (Err_Occurred()) return NULL;
    } else {
        func = Obj_GetItem(f->builtins, Str_InternC("__import__"));
        if (func || !Err_Matches(Exc_KeyError)) return func;
        Err_Clear();
    }
    Err_SetString(Exc_ImportError, "__import__ not found");
    return NULL;
}

Object *Import_ImportName(Object *name, Object *globals, Object *fromlist, Object *level) {
    /* a replaced builtins.__import__ is called with the frame's globals and
     * locals (None in a function) */
    if (Import_EnsureSpecs() < 0) return NULL;
    Frame *f = g_interp->frame;
    if (f && f->builtins) {
        Object *func = frame_import_func(f);
        if (!func) return NULL;
        if (!Builtins_IsImport(func)) {
            Object *args[5] = {name, globals, f->locals ? f->locals : OBJ_NONE, fromlist, level};
            Object *r = Obj_Call(func, args, 5, NULL);
            DECREF(func);
            return r;
        }
        DECREF(func);
    }
    int64_t lv;
    Object *i = Obj_Index(level);
    int r = i ? Int_AsI64(i, &lv) : -1;
    XDECREF(i);
    if ((r < 0 && Err_Matches(Exc_OverflowError)) || (r == 0 && (lv > INT_MAX || lv < INT_MIN))) {
        Err_Clear();
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (r < 0) return NULL;
    return Import_Module(name, globals, fromlist, (int)lv);
}

/* from module import name */
Object *Import_ImportFrom(Object *module, Object *name) {
    Object *v;
    int r = Obj_LookupAttr(module, name, &v);
    if (r > 0) return v;
    if (r < 0) return NULL;
    Object *modname = Obj_GetAttrC(module, "__name__");
    if (!modname || !Str_Check(modname)) { /* a module whose __name__ was deleted or replaced */
        if (!modname) Err_Clear();
        XDECREF(modname);
        Err_Format(Exc_ImportError, "cannot import name %R from '<unknown module name>' (unknown location)", name);
        return NULL;
    }
    /* a submodule not imported yet */
    Object *full = Str_FromFormat("%U.%U", modname, name);
    if (full) {
        Object *sub = Import_FindAndLoad(full);
        DECREF(full);
        if (sub) {
            DECREF(modname);
            return sub;
        }
        Err_Clear();
    }
    Object *file = NULL, *spec = NULL;
    if (Obj_LookupAttr(module, Str_InternC("__file__"), &file) <= 0 || !Str_Check(file)) CLEAR(file);
    Err_Clear();
    int circular = Obj_LookupAttr(module, ID(__spec__), &spec) > 0 ? spec_initializing(spec) : 0;
    Err_Clear();
    const char *partly = circular > 0 ? "partially initialized module" : "";
    const char *why = circular > 0 ? " (most likely due to a circular import)" : "";
    if (file)
        Err_Format(Exc_ImportError, "cannot import name '%U' from %s%s'%U'%s (%S)", name, partly, *partly ? " " : "",
                   modname, why, file);
    else
        Err_Format(Exc_ImportError, "cannot import name '%U' from %s%s'%U'%s (unknown location)", name, partly,
                   *partly ? " " : "", modname, why);
    Object *e = Err_Peek();
    if (e && TYPE(e) == (Type *)Exc_ImportError) {
        ImportErrorExc *ie = (ImportErrorExc *)e;
        SETREF(ie->name, NEWREF(modname));
        SETREF(ie->path, file ? NEWREF(file) : NEWREF(OBJ_NONE));
        SETREF(ie->name_from, NEWREF(name));
    }
    XDECREF(file);
    XDECREF(spec);
    DECREF(modname);
    return NULL;
}

