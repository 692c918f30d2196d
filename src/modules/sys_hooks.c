/* The hooks sys offers a program: sys.excepthook (the uncaught exception),
 * sys.unraisablehook (an exception nothing can raise further, such as one
 * in __del__), sys.displayhook and sys.breakpointhook, with their originals in sys.__excepthook__
 * and the like; also call_tracing, the switch interval and thread_info.
 *
 * The interpreter calls the hooks through Sys_HandleUncaught and
 * Sys_HandleUnraisable: when sys holds the original, its C code runs
 * directly; a hook of the program's is called, and when it fails CPython's
 * reports say so. */
#include "modules/sys_hooks.h"
#include "abstract.h"
#include "modules/_warnings.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/trace.h"
#include "runtime/traceback.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void err_write(const char *text) { Out_Write(&g_interp->err, text, strlen(text)); }

/* ---- sys.excepthook ---------------------------------------------------------- */

/* CPython 3.14 formats an uncaught exception with its traceback module when
 * the recursion limit leaves room for it, else with its C printer. */
#define TRACEBACK_MODULE_DEPTH 46

void Sys_PrintException(Object *exc) {
    bool module_printer = g_interp->recursion_limit >= TRACEBACK_MODULE_DEPTH;
    /* importing the traceback module allocates enough to trigger a
     * collection in CPython: garbage cycles go before the traceback shows */
    if (module_printer) {
        Gc_Collect();
        Err_Clear();
    }
    char *text = module_printer ? Tb_FormatException(exc, Tb_ColourWanted()) : Tb_FormatExceptionBuiltin(exc);
    Out_Flush(&g_interp->out);
    if (text) {
        err_write(text);
        free(text);
    }
    Err_Clear();
}

static Object *sys_excepthook(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *value = args[1];
    if (!Exc_Check(value)) {
        /* CPython reports this on stderr instead of raising */
        Object *msg = Str_FromFormat("TypeError: print_exception(): Exception expected for value, %s found\n",
                                     TYPE_NAME(value));
        if (!msg) return NULL;
        Out_Flush(&g_interp->out);
        err_write(Str_AsUTF8(msg, NULL));
        DECREF(msg);
        RETURN_NONE;
    }
    /* a traceback given for an exception that has none becomes its own */
    Object *tb = args[2];
    Object *own = EXC_TRACEBACK(value);
    if (TYPE(tb) == &Traceback_Type && (!own || own == OBJ_NONE)) {
        EXC_TRACEBACK(value) = NEWREF(tb);
        XDECREF(own);
    }
    Sys_PrintException(value);
    RETURN_NONE;
}

/* Whether hook is the C function fn of this file (sys keeps the original). */
static bool is_original(Object *hook, CFunc fn) {
    return hook && TYPE(hook) == &BuiltinFunction_Type && ((BuiltinFunction *)hook)->def->fn == fn;
}

void Sys_HandleUncaught(Object *exc) {
    Object *hook = Sys_GetObject("excepthook");
    if (!hook) {
        Err_Clear();
        Out_Flush(&g_interp->out);
        err_write("sys.excepthook is missing\n");
        Sys_PrintException(exc);
        return;
    }
    if (is_original(hook, sys_excepthook)) {
        Sys_PrintException(exc);
        return;
    }
    INCREF(hook);
    Object *tb = EXC_TRACEBACK(exc) ? EXC_TRACEBACK(exc) : OBJ_NONE;
    Object *args[] = {(Object *)TYPE(exc), exc, tb};
    Object *r = Obj_Call(hook, args, 3, NULL);
    DECREF(hook);
    if (r) {
        DECREF(r);
        return;
    }
    Object *failure = Err_Fetch();
    Out_Flush(&g_interp->out);
    err_write("Error in sys.excepthook:\n");
    if (failure) {
        Sys_PrintException(failure);
        DECREF(failure);
    }
    err_write("\nOriginal exception was:\n");
    Sys_PrintException(exc);
}

/* ---- sys.unraisablehook ------------------------------------------------------ */

static const StructSeqField unraisable_fields[] = {
    {"exc_type", "Exception type"},
    {"exc_value", "Exception value"},
    {"exc_traceback", "Exception traceback"},
    {"err_msg", "Error message"},
    {"object", "Object causing the exception"},
    {NULL, NULL},
};
StructSeqType SysHooks_UnraisableType = STRUCTSEQ_TYPE(
    "UnraisableHookArgs",
    "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.", unraisable_fields, 5, true);

static Object *sys_unraisablehook(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a = args[0];
    if (TYPE(a) != &SysHooks_UnraisableType.type) {
        Err_SetString(Exc_TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
        return NULL;
    }
    Object **f = TUPLE_ITEMS(a);
    if (Err_PrintUnraisable(f[0], f[1], f[2], f[3], f[4]) < 0) return NULL;
    RETURN_NONE;
}

/* UnraisableHookArgs for exc (borrowed) with err_msg msg (borrowed, may be
 * NULL: None) and object obj (borrowed, may be NULL: None).  New reference. */
static Object *unraisable_args(Object *exc, Object *msg, Object *obj) {
    Object *tb = EXC_TRACEBACK(exc);
    Object *items[] = {NEWREF((Object *)TYPE(exc)), NEWREF(exc), NEWREF(tb ? tb : OBJ_NONE),
                       NEWREF(msg ? msg : OBJ_NONE), NEWREF(obj ? obj : OBJ_NONE)};
    return StructSeq_New(&SysHooks_UnraisableType, items);
}

void Sys_HandleUnraisable(Object *exc, Object *msg, Object *obj) {
    Object *hook = Sys_GetObject("unraisablehook");
    if (!hook || hook == OBJ_NONE || is_original(hook, sys_unraisablehook)) {
        Err_Clear();
        Object *tb = EXC_TRACEBACK(exc);
        Err_PrintUnraisable((Object *)TYPE(exc), exc, tb ? tb : OBJ_NONE, msg, obj);
        Err_Clear();
        return;
    }
    INCREF(hook);
    Object *args = unraisable_args(exc, msg, obj), *r = NULL;
    if (args) r = Obj_CallOneArg(hook, args);
    XDECREF(args);
    if (r) {
        DECREF(r);
    } else {
        /* the hook failed: its own exception is reported by the original */
        Object *failure = Err_Fetch();
        if (failure) {
            Object *ftb = EXC_TRACEBACK(failure);
            Object *what = Str_FromUTF8("Exception ignored in sys.unraisablehook", -1);
            Err_PrintUnraisable((Object *)TYPE(failure), failure, ftb ? ftb : OBJ_NONE, what, hook);
            XDECREF(what);
            DECREF(failure);
        }
        Err_Clear();
    }
    DECREF(hook);
}

/* ---- sys.displayhook --------------------------------------------------------- */

static Object *sys_displayhook(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *o = args[0];
    if (o == OBJ_NONE) RETURN_NONE;
    Object *underscore = Str_InternC("_");
    /* None first, so that the repr below sees no old value there */
    if (Dict_SetItem(g_interp->builtins, underscore, OBJ_NONE) < 0) return NULL;
    Object *out = Sys_GetObjectKey(ID(stdout));
    if (!out || out == OBJ_NONE) {
        Err_SetString(Exc_RuntimeError, "lost sys.stdout");
        return NULL;
    }
    INCREF(out);
    Object *text = Obj_Repr(o);
    int r = text ? Sys_WriteObjToFile(out, text) : -1;
    XDECREF(text);
    if (r == 0) r = Sys_WriteToFile(out, "\n", 1);
    DECREF(out);
    if (r < 0 || Dict_SetItem(g_interp->builtins, underscore, o) < 0) return NULL;
    RETURN_NONE;
}

/* ---- sys.breakpointhook ------------------------------------------------------- */

/* The callable $PYTHONBREAKPOINT names ("module.attr", or a name of
 * builtins), pdb.set_trace when unset; NULL with no error when it cannot be
 * had (the caller warns), or with an error.  New reference. */
static Object *breakpoint_target(const char *hookname) {
    const char *dot = strrchr(hookname, '.');
    Object *modname = dot ? Str_FromUTF8(hookname, dot - hookname) : Str_FromUTF8("builtins", -1);
    if (!modname) return NULL;
    Object *mod = Import_FindAndLoad(modname), *target = NULL;
    DECREF(modname);
    if (mod) {
        target = Obj_GetAttrC(mod, dot ? dot + 1 : hookname);
        DECREF(mod);
    }
    if (!target && (Err_Matches(Exc_ImportError) || Err_Matches(Exc_AttributeError))) Err_Clear();
    return target;
}

static Object *sys_breakpointhook(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    const char *env = g_interp->ignore_environment ? NULL : getenv("PYTHONBREAKPOINT");
    if (!env || !*env) env = "pdb.set_trace";
    if (strcmp(env, "0") == 0) RETURN_NONE; /* breakpoints are off */
    Object *target = breakpoint_target(env);
    if (!target) {
        if (Err_Occurred()) return NULL;
        if (Warn_Format(Exc_RuntimeWarning, 1, "Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", env) < 0)
            return NULL;
        RETURN_NONE;
    }
    Object *r = Obj_Call(target, args, nargs, kwnames);
    DECREF(target);
    return r;
}

/* ---- call_tracing, the switch interval, thread_info ---------------------------- */

static Object *sys_call_tracing(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Tuple_Check(args[1])) {
        Err_Format(Exc_TypeError, "call_tracing() argument 2 must be tuple, not %s", TYPE_NAME(args[1]));
        return NULL;
    }
    return Trace_CallTracing(args[0], args[1]);
}

/* ---- asyncgen hooks ------------------------------------------------------------ */

static const StructSeqField asyncgen_hooks_fields[] = {
    {"firstiter", "Hook to intercept first iteration"},
    {"finalizer", "Hook to intercept finalization"},
    {NULL, NULL},
};
StructSeqType SysHooks_AsyncGenHooksType = STRUCTSEQ_TYPE(
    "asyncgen_hooks", "asyncgen_hooks\n\nA named tuple providing information about asynchronous\n"
                      "generators hooks.  The attributes are read only.",
    asyncgen_hooks_fields, 2, false);

static Object *sys_get_asyncgen_hooks(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Interp *in = g_interp;
    Object *items[] = {NEWREF(in->asyncgen_firstiter ? in->asyncgen_firstiter : OBJ_NONE),
                       NEWREF(in->asyncgen_finalizer ? in->asyncgen_finalizer : OBJ_NONE)};
    return StructSeq_New(&SysHooks_AsyncGenHooksType, items);
}

/* set_asyncgen_hooks([firstiter] [, finalizer]): a hook not given stays;
 * None removes one.  Both are checked before either is set. */
static Object *sys_set_asyncgen_hooks(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *firstiter = args[0], *finalizer = args[1];
    if (finalizer && finalizer != OBJ_NONE && !Obj_IsCallable(finalizer)) {
        Err_Format(Exc_TypeError, "callable finalizer expected, got %s", TYPE_NAME(finalizer));
        return NULL;
    }
    if (firstiter && firstiter != OBJ_NONE && !Obj_IsCallable(firstiter)) {
        Err_Format(Exc_TypeError, "callable firstiter expected, got %s", TYPE_NAME(firstiter));
        return NULL;
    }
    Interp *in = g_interp;
    if (finalizer) SETREF(in->asyncgen_finalizer, finalizer == OBJ_NONE ? NULL : NEWREF(finalizer));
    if (firstiter) SETREF(in->asyncgen_firstiter, firstiter == OBJ_NONE ? NULL : NEWREF(firstiter));
    RETURN_NONE;
}

static Object *sys_set_coroutine_origin_tracking_depth(Object *self, Object *const *args, size_t nargs,
                                                      Object *kwnames) {
    int depth;
    if (Arg_AsCInt(args[0], &depth) < 0) return NULL;
    if (depth < 0) {
        Err_SetString(Exc_ValueError, "depth must be >= 0");
        return NULL;
    }
    g_interp->coro_origin_depth = depth;
    RETURN_NONE;
}

static Object *sys_get_coroutine_origin_tracking_depth(Object *self, Object *const *args, size_t nargs,
                                                      Object *kwnames) {
    return Int_FromI64(g_interp->coro_origin_depth);
}

static Object *sys_setswitchinterval(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double d = Float_AsDouble(args[0]);
    if (d == -1.0 && Err_Occurred()) return NULL;
    if (d <= 0.0) {
        Err_SetString(Exc_ValueError, "switch interval must be strictly positive");
        return NULL;
    }
    /* kept in whole microseconds, as CPython keeps it; a NaN becomes what
     * CPython's conversion gives it on x86-64 */
    double us = d * 1e6;
    g_interp->switch_interval_us = us != us                  ? 1UL << 63
                                   : us >= (double)ULONG_MAX ? ULONG_MAX
                                                             : (unsigned long)us;
    RETURN_NONE;
}

static Object *sys_getswitchinterval(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Float_From((double)g_interp->switch_interval_us / 1e6);
}

static const StructSeqField thread_info_fields[] = {
    {"name", "name of the thread implementation"},
    {"lock", "name of the lock implementation"},
    {"version", "name and version of the thread library"},
    {NULL, NULL},
};
StructSeqType SysHooks_ThreadInfoType = STRUCTSEQ_TYPE(
    "sys.thread_info", "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
    thread_info_fields, 3, true);

static Object *make_thread_info(void) {
    char version[128];
    size_t n = confstr(_CS_GNU_LIBPTHREAD_VERSION, version, sizeof version);
    Object *items[] = {Str_FromUTF8("pthread", -1), Str_FromUTF8("semaphore", -1),
                       n > 0 && n <= sizeof version ? Str_FromUTF8(version, -1) : NEWREF(OBJ_NONE)};
    return StructSeq_New(&SysHooks_ThreadInfoType, items);
}

static const char copyright[] = "Copyright (c) 2001 Python Software Foundation.\n"
                                "All Rights Reserved.\n\n"
                                "Copyright (c) 2000 BeOpen.com.\n"
                                "All Rights Reserved.\n\n"
                                "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
                                "All Rights Reserved.\n\n"
                                "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n"
                                "All Rights Reserved.";

static const MethodDef hook_functions[] = {
    {"excepthook", sys_excepthook, 0,
     ARGS("($module, exctype, value, traceback, /)",
          "Handle an exception by displaying it with a traceback on sys.stderr.")},
    {"unraisablehook", sys_unraisablehook, 0,
     ARGS("($module, unraisable, /)", "Handle an unraisable exception.\n\n"
                                      "The unraisable argument has the following attributes:\n\n"
                                      "* exc_type: Exception type.\n"
                                      "* exc_value: Exception value, can be None.\n"
                                      "* exc_traceback: Exception traceback, can be None.\n"
                                      "* err_msg: Error message, can be None.\n"
                                      "* object: Object causing the exception, can be None.")},
    {"displayhook", sys_displayhook, 0,
     ARGS("($module, object, /)", "Print an object to sys.stdout and also save it in builtins._")},
    {"breakpointhook", sys_breakpointhook, 0,
     ARGS("($module, /, *args, **kwargs)", "This hook function is called by built-in breakpoint().\n")},
    {"call_tracing", sys_call_tracing, 0,
     ARGS("($module, func, args, /)", "Call func(*args), while tracing is enabled.\n\n"
                                      "The tracing state is saved, and restored afterwards.  This is intended\n"
                                      "to be called from a debugger from a checkpoint, to recursively debug\n"
                                      "some other code.")},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, 0,
     ARGS("($module, /)", "Return the installed asynchronous generators hooks.\n\n"
                          "This returns a namedtuple of the form (firstiter, finalizer).")},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE | ARG_UNNAMED,
            "($module, /, firstiter=<unrepresentable>, finalizer=<unrepresentable>)",
            "set_asyncgen_hooks([firstiter] [, finalizer])\n\nSet a finalizer for async generators objects.")},
    {"set_coroutine_origin_tracking_depth", sys_set_coroutine_origin_tracking_depth, 0,
     ARGS("($module, /, depth)", "Enable or disable origin tracking for coroutine objects in this thread.\n\n"
                                 "Coroutine objects will track 'depth' frames of traceback information\n"
                                 "about where they came from, available in their cr_origin attribute.\n\n"
                                 "Set a depth of 0 to disable.")},
    {"get_coroutine_origin_tracking_depth", sys_get_coroutine_origin_tracking_depth, 0,
     ARGS("($module, /)", "Check status of origin tracking for coroutine objects in this thread.")},
    {"setswitchinterval", sys_setswitchinterval, 0,
     ARGS("($module, interval, /)", "Set the ideal thread switching delay inside the Python interpreter.")},
    {"getswitchinterval", sys_getswitchinterval, 0,
     ARGS("($module, /)", "Return the current thread switch interval; see sys.setswitchinterval().")},
    {NULL},
};

int SysHooks_Ready(void) {
    return StructSeq_Ready(&SysHooks_UnraisableType) < 0 || StructSeq_Ready(&SysHooks_ThreadInfoType) < 0 ||
                   StructSeq_Ready(&SysHooks_AsyncGenHooksType) < 0
               ? -1
               : 0;
}

int SysHooks_Init(Object *m) {
    if (Module_AddFunctions(m, hook_functions) < 0) return -1;
    /* the originals, which a program that replaces a hook can go back to */
    static const char *const originals[][2] = {
        {"excepthook", "__excepthook__"}, {"unraisablehook", "__unraisablehook__"}, {"displayhook", "__displayhook__"},
        {"breakpointhook", "__breakpointhook__"}};
    for (size_t i = 0; i < sizeof originals / sizeof *originals; i++) {
        Object *f = Dict_GetStr(MODULE_DICT(m), originals[i][0]);
        if (!f || Module_AddObject(m, originals[i][1], f) < 0) return -1;
    }
    return Module_AddObjectSteal(m, "thread_info", make_thread_info()) < 0 ||
                   Module_AddObjectSteal(m, "copyright", Str_FromUTF8(copyright, -1)) < 0
               ? -1
               : 0;
}
