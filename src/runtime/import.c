/* import: sys.modules, then the built-in modules, then NAME.pyc in the
 * search path directories (or NAME/__init__.pyc for a package). */
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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    Object *r = Eval_Code((Code *)code, MODULE_DICT(mod), MODULE_DICT(mod));
    DECREF(code);
    if (!r) {
        Object *exc = Err_Fetch();
        Object *key = Str_FromUTF8(name, -1);
        if (key) { Dict_Pop(g_interp->modules, key, NULL); DECREF(key); }
        Err_Clear();
        Err_Restore(exc);
        DECREF(mod);
        return NULL;
    }
    DECREF(r);
    return mod;
}

static Object *find_and_load(const char *name) {
    if (!g_interp->modules) { /* the interpreter is being freed */
        Err_Format(Exc_ImportError, "import of %s halted; the interpreter is shutting down", name);
        return NULL;
    }
    Object *m = Dict_GetStr(g_interp->modules, name);
    if (m) return NEWREF(m);
    if (Err_Occurred()) return NULL;
    if (Sys_GetObject("meta_path") == OBJ_NONE) { /* CPython's finders are gone: a shutdown */
        Err_SetString(Exc_ImportError, "sys.meta_path is None, Python is likely shutting down");
        return NULL;
    }
    m = Interp_LoadBuiltinModule(name);
    if (m || !Err_Matches(Exc_ModuleNotFoundError)) return m;
    Err_Clear();
    /* CPython looks for files along sys.path, which a shutdown sets to None */
    if (Sys_GetObject("path") == OBJ_NONE) {
        Err_SetString(Exc_TypeError, "'NoneType' object is not iterable");
        return NULL;
    }
    const char *leaf = strrchr(name, '.');
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
    Err_Format(Exc_ModuleNotFoundError, "No module named '%s'", name);
    Object *e = Err_Peek();
    if (e && Type_IsSubtype(TYPE(e), Exc_ImportError)) {
        Object *n = Str_FromUTF8(name, -1);
        if (n) SETREF(((ImportErrorExc *)e)->name, n);
    }
    return NULL;
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
        Object *m = find_and_load(buf);
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

/* builtins.__import__ reaches the same machinery. */
static Object *import_hook(Object *name, Object *globals, Object *fromlist, int level) {
    return Import_ImportName(name, globals, fromlist ? fromlist : OBJ_NONE, SMALL_FROM(level));
}

void Import_Init(void) { Builtins_ImportHook = import_hook; }
