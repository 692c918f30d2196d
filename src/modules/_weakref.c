/* The _weakref module: the weak reference types (objects/weakref.c,
 * objects/weakproxy.c) and the functions that look at an object's weak
 * references.  weakref.py builds on it. */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"

static Object *weakref_getweakrefcount(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return SMALL_FROM(IS_SMALL(args[0]) ? 0 : Weak_Count(args[0]));
}

static Object *weakref_getweakrefs(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (IS_SMALL(args[0])) return List_New(0);
    return Weak_List(args[0]);
}

static Object *weakref_proxy(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return Weak_NewProxy(args[0], nargs > 1 ? args[1] : NULL);
}

/* Deletes dct[key] if it is a dead weak reference; a missing key is fine. */
static Object *weakref_remove_dead(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *dct = args[0], *value;
    if (!Dict_Check(dct)) {
        Err_Format(Exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s", TYPE_NAME(dct));
        return NULL;
    }
    int found = Dict_Lookup(dct, args[1], &value);
    if (found < 0) return NULL;
    if (!found) RETURN_NONE;
    if (IS_SMALL(value) || !Type_IsSubtype(value->type, &WeakRef_Type)) {
        Err_SetString(Exc_TypeError, "not a weakref");
        return NULL;
    }
    if (!((WeakRef *)value)->referent && Dict_Pop(dct, args[1], NULL) < 0) return NULL;
    RETURN_NONE;
}

static const MethodDef weakref_functions[] = {
    {"getweakrefcount", weakref_getweakrefcount, 0,
     ARGS("($module, object, /)", "Return the number of weak references to 'object'.")},
    {"getweakrefs", weakref_getweakrefs, 0,
     ARGS("($module, object, /)", "Return a list of all weak reference objects pointing to 'object'.")},
    {"proxy", weakref_proxy, 0,
     ARGS("($module, object, callback=None, /)",
          "Create a proxy object that weakly references 'object'.\n\n"
          "'callback', if given, is called with a reference to the\n"
          "proxy when 'object' is about to be finalized.")},
    {"_remove_dead_weakref", weakref_remove_dead, 0,
     ARGS("($module, dct, key, /)", "Atomically remove key from dict if it points to a dead weakref.")},
    {NULL, NULL, 0, NULL},
};

Type *const Weakref_Types[] = {&WeakRef_Type, &WeakProxy_Type, &WeakCallableProxy_Type, NULL};

int Weakref_Init(Object *module) {
    if (Module_AddFunctions(module, weakref_functions) < 0) return -1;
    if (Module_AddObject(module, "ref", (Object *)&WeakRef_Type) < 0) return -1;
    if (Module_AddObject(module, "ReferenceType", (Object *)&WeakRef_Type) < 0) return -1;
    if (Module_AddObject(module, "ProxyType", (Object *)&WeakProxy_Type) < 0) return -1;
    if (Module_AddObject(module, "CallableProxyType", (Object *)&WeakCallableProxy_Type) < 0) return -1;
    return Module_AddObjectSteal(module, "__doc__", Str_FromUTF8("Weak-reference support module.", -1));
}
