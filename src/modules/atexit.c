/* The atexit module: functions called when the program ends, last
 * registered first, after the traceback of an uncaught exception and before
 * the interpreter shuts down (cipy_run_final calls Atexit_Run), as CPython's
 * Py_FinalizeEx calls them.  The callbacks belong to the interpreter, not to
 * the module object: a re-imported atexit sees the same ones. */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/interp.h"

/* The interpreter's list of (func, args, kwargs or None), made on first use. */
static Object *callbacks(void) {
    if (!g_interp->atexit_callbacks) g_interp->atexit_callbacks = List_New(0);
    return g_interp->atexit_callbacks;
}

static Object *atexit_register(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Obj_IsCallable(args[0])) {
        Err_SetString(Exc_TypeError, "the first argument must be callable");
        return NULL;
    }
    size_t nkw = kwnames ? (size_t)TUPLE_LEN(kwnames) : 0;
    Object *list = callbacks();
    Object *pos = Tuple_FromArray(args + 1, (ssize_t)nargs - 1);
    Object *kw = nkw ? Dict_New() : NEWREF(OBJ_NONE);
    for (size_t i = 0; kw && i < nkw; i++)
        if (Dict_SetItem(kw, TUPLE_GET(kwnames, i), args[nargs + i]) < 0) CLEAR(kw);
    Object *entry = list && pos && kw ? Tuple_Pack(3, args[0], pos, kw) : NULL;
    XDECREF(pos);
    XDECREF(kw);
    if (!entry || List_Append(list, entry) < 0) {
        XDECREF(entry);
        return NULL;
    }
    DECREF(entry);
    return NEWREF(args[0]);
}

static Object *atexit_unregister(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *list = g_interp->atexit_callbacks;
    for (ssize_t i = 0; list && i < LIST_LEN(list);) {
        Object *entry = NEWREF(LIST_GET(list, i));
        int eq = Obj_RichCompareBool(args[0], TUPLE_GET(entry, 0), CMP_EQ);
        DECREF(entry);
        if (eq < 0) return NULL;
        /* the comparison may have changed the list: look again at i */
        if (eq && i < LIST_LEN(list) && LIST_GET(list, i) == entry) {
            if (Obj_DelItem(list, SMALL_FROM(i)) < 0) return NULL;
            continue;
        }
        i++;
    }
    return NEWREF(OBJ_NONE);
}

void Atexit_Run(void) {
    /* the callbacks run from a copy; afterwards the list is emptied, and
     * what they registered is forgotten with the rest */
    Object *list = g_interp->atexit_callbacks;
    if (!list) return;
    Object *copy = List_FromArray(((List *)list)->items, LIST_LEN(list));
    if (!copy) {
        Err_Clear();
        return;
    }
    for (ssize_t i = LIST_LEN(copy) - 1; i >= 0; i--) {
        Object *entry = LIST_GET(copy, i), *func = TUPLE_GET(entry, 0), *kw = TUPLE_GET(entry, 2);
        Object *r = Obj_CallTupleDict(func, TUPLE_GET(entry, 1), kw == OBJ_NONE ? NULL : kw);
        if (r) DECREF(r);
        else Err_WriteUnraisable("in atexit callback", func);
    }
    DECREF(copy);
    CLEAR(g_interp->atexit_callbacks);
}

static Object *atexit_run_exitfuncs(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Atexit_Run();
    return NEWREF(OBJ_NONE);
}

static Object *atexit_clear(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    CLEAR(g_interp->atexit_callbacks);
    return NEWREF(OBJ_NONE);
}

static Object *atexit_ncallbacks(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *list = g_interp->atexit_callbacks;
    return Int_FromI64(list ? LIST_LEN(list) : 0);
}

static const MethodDef atexit_functions[] = {
    {"register", atexit_register, 0,
     ARGS_F(ARG_TUPLE_STYLE | ARG_KW_PASS, "($module, func, /, *args, **kwargs)",
            "Register a function to be executed upon normal program termination\n\n"
            "    func - function to be called at exit\n"
            "    args - optional arguments to pass to func\n"
            "    kwargs - optional keyword arguments to pass to func\n\n"
            "    func is returned to facilitate usage as a decorator.")},
    {"unregister", atexit_unregister, 0,
     ARGS("($module, func, /)",
          "Unregister an exit function which was previously registered using\n"
          "atexit.register\n\n"
          "    func - function to be unregistered")},
    {"_run_exitfuncs", atexit_run_exitfuncs, 0, ARGS("($module, /)", "Run all registered exit functions.\n\n"
                                                                      "If a callback raises an exception, it is logged with sys.unraisablehook.")},
    {"_clear", atexit_clear, 0, ARGS("($module, /)", "Clear the list of previously registered exit functions.")},
    {"_ncallbacks", atexit_ncallbacks, 0, ARGS("($module, /)", "Return the number of registered exit functions.")},
    {NULL, NULL, 0, NULL},
};

int Atexit_Init(Object *module) {
    static const char doc[] = "allow programmer to define multiple exit functions to be executed\n"
                              "upon normal program termination.\n\n"
                              "Two public functions, register and unregister, are defined.\n";
    if (Module_AddFunctions(module, atexit_functions) < 0) return -1;
    return Module_AddObjectSteal(module, "__doc__", Str_FromUTF8(doc, -1));
}
