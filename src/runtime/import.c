/* import: sys.modules, then the registry's modules (C and frozen Python),
 * then NAME.pyc in the search path directories (a submodule: in its
 * package's __path__), with the name resolution, checks and messages of
 * CPython's importlib. */
#include "runtime/import.h"
#include "abstract.h"
#include "eval.h"
#include "frame.h"
#include "marshal.h"
#include "modules/modules.h"
#include "modules/registry.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* Runs a .pyc file as module `name`; new reference to the module. */
static Object *exec_pyc(Object *name, const char *path) {
    const char *cname = Str_AsUTF8(name, NULL);
    if (!cname) return NULL;
    ByteBuf data = {0};
    if (ByteBuf_ReadFile(&data, path) < 0) {
        ByteBuf_Free(&data);
        Err_Format(Exc_ImportError, "cannot read %s", path);
        return NULL;
    }
    char why[256];
    Object *code = Pyc_Load((const uint8_t *)data.data, data.len, why, sizeof why);
    ByteBuf_Free(&data);
    if (!code) {
        Err_Format(Exc_ImportError, "%s", why);
        return NULL;
    }
    Object *mod = Module_New(name);
    if (!mod) { DECREF(code); return NULL; }
    Object *file = Str_FromUTF8(path, -1);
    if (!file || Dict_SetStr(MODULE_DICT(mod), "__file__", file) < 0 ||
        Dict_SetStr(MODULE_DICT(mod), "__builtins__", g_interp->builtins_mod) < 0 ||
        Dict_SetItem(g_interp->modules, name, mod) < 0) {
        XDECREF(file);
        DECREF(code);
        DECREF(mod);
        return NULL;
    }
    DECREF(file);
    int r = exec_code(mod, code, cname);
    DECREF(code);
    if (r < 0) {
        forget(name);
        DECREF(mod);
        return NULL;
    }
    return mod;
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
        (def->frozen && g_interp->builtins_mod && Dict_SetStr(d, "__builtins__", g_interp->builtins_mod) < 0)) {
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
    in->importlib = Import_ImportC("_frozen_importlib");
    if (!in->importlib || Import_SetSpecs() < 0) {
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

/* Looks for <leaf>.pyc (or __pycache__/<leaf>.cpython-314.pyc) in dir and
 * runs it as module name: a new reference, NULL with an error, or NULL
 * with *found false. */
static Object *load_from_dir(Object *name, const char *dir, const char *leaf, bool *found) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.pyc", dir, leaf);
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        snprintf(path, sizeof path, "%s/__pycache__/%s.cpython-314.pyc", dir, leaf);
        fp = fopen(path, "rb");
    }
    *found = fp != NULL;
    if (!fp) return NULL;
    fclose(fp);
    return exec_pyc(name, path);
}

/* Looks for the module's file in the directories of pkg_path (a package's
 * __path__; NULL for a top-level module: the search path). */
static Object *load_from_path(Object *name, Object *leaf_obj, Object *pkg_path) {
    const char *leaf = file_name(leaf_obj);
    bool found = false;
    Object *m = NULL;
    if (leaf && !pkg_path) {
        for (size_t i = 0; !found && i < g_interp->nsearch_path; i++)
            m = load_from_dir(name, g_interp->search_path[i], leaf, &found);
    } else if (leaf && List_Check(pkg_path)) {
        for (ssize_t i = 0; !found && i < LIST_LEN(pkg_path); i++) {
            Object *d = LIST_GET(pkg_path, i);
            const char *dir = Str_Check(d) ? file_name(d) : NULL;
            if (dir || (Str_Check(d) && STR_LEN(d) == 0)) m = load_from_dir(name, dir ? dir : ".", leaf, &found);
        }
    }
    if (found) return m;
    return not_found(Str_FromFormat("No module named %R", name), name);
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

/* A module not in sys.modules yet (as importlib's _find_and_load_unlocked):
 * its parent package first, then a module of the registry or a file. */
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
    if (!def && !parent && Sys_GetObject("path") == OBJ_NONE) {
        /* CPython looks for files along sys.path, which a shutdown sets to None */
        Err_SetString(Exc_TypeError, "'NoneType' object is not iterable");
        goto done;
    }
    if (!(leaf = Str_Substring(name, dot + 1, STR_LEN(name)))) goto done;
    m = def ? load_registered(def) : load_from_path(name, leaf, parent_path);
    if (m && parent && bind_in_parent(parent, leaf, m) < 0) CLEAR(m);
done:
    XDECREF(parent);
    XDECREF(parent_path);
    XDECREF(leaf);
    return m;
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
    Object *file = NULL;
    if (Obj_LookupAttr(module, Str_InternC("__file__"), &file) > 0 && Str_Check(file))
        Err_Format(Exc_ImportError, "cannot import name '%U' from '%U' (%S)", name, modname, file);
    else {
        Err_Clear();
        Err_Format(Exc_ImportError, "cannot import name '%U' from '%U' (unknown location)", name, modname);
    }
    XDECREF(file);
    DECREF(modname);
    return NULL;
}

