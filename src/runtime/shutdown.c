/* What happens when a program ends, in CPython's order (Py_FinalizeEx).  The
 * order decides when each __del__ runs and what it can still see:
 *
 *  1. a collection while everything is intact: garbage cycles go first;
 *  2. sys.argv, sys.path, sys.last_exc and a few more become None and the
 *     standard streams go back to sys.__stdout__ and friends;
 *  3. each module in sys.modules, in import order, is replaced by None: a
 *     module nothing else holds dies, and its globals with it, in order,
 *     unless a cycle keeps them (any function keeps its module's globals);
 *  4. sys.modules is emptied and the builtins get their first contents back;
 *  5. a collection frees the module globals kept by cycles, running their
 *     finalizers breadth-first from each module's dict while those globals
 *     are still there;
 *  6. the values of sys, then of builtins, become None, names with a single
 *     leading underscore first: from then on print() writes nothing and
 *     errors in __del__ are not reported, as sys.stdout and sys.stderr are
 *     None;
 *  7. a last collection.
 *
 * CPython also clears the globals of modules that are still alive after
 * step 5 (held from outside any module); here they are left to step 6's
 * consequences and to the interpreter's own teardown. */
#include "runtime/shutdown.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include <stdlib.h>

/* Sets name (a C string) in the dict d, reporting nothing on failure: there
 * is nobody left to report to. */
static void set_quietly(Object *d, const char *name, Object *v) {
    if (Dict_SetStr(d, name, v) < 0) Err_Clear();
}

static void reset_sys_attributes(Object *sysdict) {
    static const char *const to_none[] = {"path", "argv", "ps1", "ps2", "last_exc", "last_type", "last_value",
                                          "last_traceback", "__interactivehook__", "meta_path", NULL};
    for (const char *const *p = to_none; *p; p++) set_quietly(sysdict, *p, OBJ_NONE);
    static const char *const streams[][2] = {{"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
    for (size_t i = 0; i < 3; i++) {
        Object *orig = Dict_GetStr(sysdict, streams[i][1]);
        set_quietly(sysdict, streams[i][0], orig ? orig : OBJ_NONE);
    }
}

/* Replaces sys.modules[key] by None, as step 3 does for each module.  If the
 * module's dict survives that, it is added to seeds (owned): the dicts the
 * collection of step 5 starts from. */
static void release_module(Object *modules, Object *key, Object **seeds, size_t *nseeds) {
    Object *mod;
    if (Dict_Lookup(modules, key, &mod) <= 0 || !Type_IsSubtype(TYPE(mod), &Module_Type)) {
        Err_Clear();
        return;
    }
    Object *dict = XNEWREF(MODULE_DICT(mod));
    if (Dict_SetItem(modules, key, OBJ_NONE) < 0) Err_Clear();
    if (!dict) return;
    if (dict->refcnt == 1) DECREF(dict); /* nothing else held it: its values go now, in order */
    else seeds[(*nseeds)++] = dict;      /* kept by a cycle, or alive elsewhere */
}

/* CPython's _PyModule_ClearDict: every value becomes None, those under a
 * name with one leading underscore first; __builtins__ stays. */
static void wipe_dict(Object *d) {
    Object *keys = Dict_Keys(d);
    if (!keys) {
        Err_Clear();
        return;
    }
    for (int pass = 0; pass < 2; pass++)
        for (ssize_t i = 0; i < LIST_LEN(keys); i++) {
            Object *k = LIST_GET(keys, i), *v;
            if (!Str_Check(k) || Dict_Lookup(d, k, &v) <= 0 || v == OBJ_NONE) continue;
            bool private = STR_LEN(k) >= 1 && STR_CHAR(k, 0) == '_' && (STR_LEN(k) == 1 || STR_CHAR(k, 1) != '_');
            if (pass == 0 ? !private : Str_EqC(k, "__builtins__")) continue;
            if (Dict_SetItem(d, k, OBJ_NONE) < 0) Err_Clear();
        }
    DECREF(keys);
    Err_Clear();
}

/* Gives the builtins their contents of start-up back.  The values being
 * dropped go last, once the names are restored, as CPython's copy-first
 * restore does. */
static void restore_builtins(Interp *in) {
    if (!in->builtins || !in->builtins_copy) return;
    Object *held = Dict_Copy(in->builtins);
    Dict_Clear(in->builtins);
    if (Dict_Update(in->builtins, in->builtins_copy) < 0) Err_Clear();
    XDECREF(held);
    Err_Clear();
}

void Shutdown_Run(Interp *in) {
    Gc_Collect();
    Err_Clear();
    Object *sysdict = in->sys_mod ? MODULE_DICT(in->sys_mod) : NULL;
    if (sysdict) reset_sys_attributes(sysdict);
    in->modules_gone = true;
    Object *keys = in->modules ? Dict_Keys(in->modules) : NULL;
    Object **seeds = keys ? malloc(sizeof(Object *) * (size_t)(LIST_LEN(keys) + 1)) : NULL;
    size_t nseeds = 0;
    if (seeds)
        for (ssize_t i = 0; i < LIST_LEN(keys); i++) release_module(in->modules, LIST_GET(keys, i), seeds, &nseeds);
    XDECREF(keys);
    if (in->modules) Dict_Clear(in->modules);
    restore_builtins(in);
    Gc_CollectFrom(seeds, nseeds);
    for (size_t i = 0; i < nseeds; i++) DECREF(seeds[i]);
    free(seeds);
    Err_Clear();
    if (sysdict) wipe_dict(sysdict);
    if (in->builtins) wipe_dict(in->builtins);
    Gc_Collect();
    Err_Clear();
}

void Shutdown_ReleaseMain(Interp *in) {
    Gc_Collect();
    Err_Clear();
    Object *key = Str_InternC("__main__"), *seed[1];
    size_t nseeds = 0;
    if (key && in->modules) {
        release_module(in->modules, key, seed, &nseeds);
        if (Dict_Pop(in->modules, key, NULL) < 0) Err_Clear();
    }
    Gc_CollectFrom(seed, nseeds);
    if (nseeds) {
        /* still held from elsewhere: the next run must not see it */
        Dict_Clear(seed[0]);
        DECREF(seed[0]);
    }
    Gc_Collect();
    Err_Clear();
}
