/* import: sys.modules, then the registry's modules (C and frozen Python),
 * then NAME.pyc in the search path directories. */
#include "import.h"
#include "../abstract.h"
#include "../eval.h"
#include "../marshal.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "bytebuf.h"
#include "err.h"
#include "interp.h"
#include "../modules/modules.h"
#include "../modules/registry.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Removes sys.modules[name] after a failed import, keeping the error. */
static void forget(const char *name) {
    Object *exc = Err_Fetch();
    Object *key = Str_FromUTF8(name, -1);
    if (key) Dict_Pop(g_interp->modules, key, NULL);
    XDECREF(key);
    Err_Clear();
    Err_Restore(exc);
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
static Object *exec_pyc(const char *name, const char *path) {
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
    Object *mod = Module_NewC(name);
    if (!mod) { DECREF(code); return NULL; }
    Object *file = Str_FromUTF8(path, -1);
    if (!file || Dict_SetStr(MODULE_DICT(mod), "__file__", file) < 0 ||
        Dict_SetStr(MODULE_DICT(mod), "__builtins__", g_interp->builtins_mod) < 0 ||
        Dict_SetStr(g_interp->modules, name, mod) < 0) {
        XDECREF(file);
        DECREF(code);
        DECREF(mod);
        return NULL;
    }
    DECREF(file);
    int r = exec_code(mod, code, name);
    DECREF(code);
    if (r < 0) {
        forget(name);
        DECREF(mod);
        return NULL;
    }
    return mod;
}

/* Sets the name attribute of the ImportError being raised; returns NULL. */
static Object *set_error_name(const char *name) {
    Object *e = Err_Peek();
    if (e && Type_IsSubtype(TYPE(e), Exc_ImportError)) {
        Object *n = Str_FromUTF8(name, -1);
        if (n) SETREF(((ImportErrorExc *)e)->name, n);
    }
    return NULL;
}

/* ModuleNotFoundError "No module named 'name'" (with its name attribute),
 * followed by `extra` ("" or "; 'a' is not a package"). */
static Object *not_found(const char *name, const char *extra) {
    Err_Format(Exc_ModuleNotFoundError, "No module named '%s'%s", name, extra);
    return set_error_name(name);
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
        forget(def->name);
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

static Object *find_and_load(const char *name) {
    if (!g_interp->modules) { /* the interpreter is being freed */
        Err_Format(Exc_ImportError, "import of %s halted; the interpreter is shutting down", name);
        return NULL;
    }
    Object *m = Dict_GetStr(g_interp->modules, name);
    if (m == OBJ_NONE) { /* how a program blocks a module (an accelerator, say) */
        Err_Format(Exc_ModuleNotFoundError, "import of %s halted; None in sys.modules", name);
        return set_error_name(name);
    }
    if (m) return NEWREF(m);
    if (Err_Occurred()) return NULL;
    if (Sys_GetObject("meta_path") == OBJ_NONE) { /* CPython's finders are gone: a shutdown */
        Err_SetString(Exc_ImportError, "sys.meta_path is None, Python is likely shutting down");
        return NULL;
    }
    const ModuleDef *def = Registry_Find(name);
    if (def) return load_registered(def);
    const char *leaf = strrchr(name, '.');
    if (leaf) {
        /* a submodule: its parent (imported already) must be a package, and
         * one of the registry's has no files */
        char parent[1024];
        size_t n = (size_t)(leaf - name);
        if (n >= sizeof parent) n = sizeof parent - 1;
        memcpy(parent, name, n);
        parent[n] = '\0';
        Object *pm = Dict_GetStr(g_interp->modules, parent);
        if (pm == OBJ_NONE ||
            (pm && TYPE(pm) == &Module_Type && MODULE_DICT(pm) && !Dict_GetStr(MODULE_DICT(pm), "__path__"))) {
            char extra[1100];
            snprintf(extra, sizeof extra, "; '%s' is not a package", parent);
            return not_found(name, extra);
        }
        if (Registry_Find(parent)) return not_found(name, "");
    }
    /* CPython looks for files along sys.path, which a shutdown sets to None */
    if (Sys_GetObject("path") == OBJ_NONE) {
        Err_SetString(Exc_TypeError, "'NoneType' object is not iterable");
        return NULL;
    }
    leaf = leaf ? leaf + 1 : name;
    char path[4096];
    for (size_t i = 0; i < g_interp->nsearch_path; i++) {
        const char *dir = g_interp->search_path[i];
        snprintf(path, sizeof path, "%s/%s.pyc", dir, leaf);
        FILE *fp = fopen(path, "rb");
        if (!fp) {
            snprintf(path, sizeof path, "%s/__pycache__/%s.cpython-314.pyc", dir, leaf);
            fp = fopen(path, "rb");
        }
        if (fp) {
            fclose(fp);
            return exec_pyc(name, path);
        }
    }
    return not_found(name, "");
}

/* Imports name and, for a submodule, binds it in its parent package as
 * CPython does (a.b becomes attribute b of a). */
static Object *import_one(const char *name) {
    bool loaded = g_interp->modules && Dict_GetStr(g_interp->modules, name);
    Object *m = find_and_load(name);
    const char *dot = strrchr(name, '.');
    if (!m || loaded || !dot) return m;
    char parent[1024];
    size_t n = (size_t)(dot - name);
    if (n >= sizeof parent) return m;
    memcpy(parent, name, n);
    parent[n] = '\0';
    Object *pm = Dict_GetStr(g_interp->modules, parent);
    if (pm && Obj_SetAttrC(pm, dot + 1, m) < 0) CLEAR(m);
    return m;
}

Object *Import_ImportC(const char *name) {
    /* load each package prefix in turn: a.b.c needs a and a.b */
    char buf[1024];
    size_t n = strlen(name);
    if (n >= sizeof buf) {
        Err_SetString(Exc_ImportError, "module name too long");
        return NULL;
    }
    for (size_t i = 0; i <= n; i++) {
        if (name[i] != '.' && name[i] != '\0') continue;
        memcpy(buf, name, i);
        buf[i] = '\0';
        /* a parent already in sys.modules (even as None) is not imported again */
        if (i < n && Dict_GetStr(g_interp->modules, buf)) continue;
        Object *m = import_one(buf);
        if (!m) return NULL;
        if (i == n) return m;
        DECREF(m);
    }
    return NULL;
}

Object *Import_ImportName(Object *name, Object *globals, Object *fromlist, Object *level) {
    if (!IS_SMALL(level) || SMALL_VAL(level) != 0) {
        Err_SetString(Exc_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    const char *s = Str_AsUTF8(name, NULL);
    if (!s) return NULL;
    Object *m = Import_ImportC(s);
    if (!m) return NULL;
    bool want_top = fromlist == OBJ_NONE || (Tuple_Check(fromlist) && TUPLE_LEN(fromlist) == 0);
    const char *dot = strchr(s, '.');
    if (want_top && dot) {
        DECREF(m);
        char top[1024];
        size_t n = (size_t)(dot - s);
        if (n >= sizeof top) n = sizeof top - 1;
        memcpy(top, s, n);
        top[n] = '\0';
        Object *t = Dict_GetStr(g_interp->modules, top);
        return t ? NEWREF(t) : Import_ImportC(top);
    }
    return m;
}

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
        const char *fs = Str_AsUTF8(full, NULL);
        Object *sub = fs ? Import_ImportC(fs) : NULL;
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

