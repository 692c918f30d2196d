/* The _warnings module, and the warnings the interpreter itself emits.
 *
 * The filters and the rules that pick an action live in lib/warnings.py;
 * this module holds its shared state (filters, _defaultaction,
 * _onceregistry: the objects warnings.py exports under those names), and
 * warn()/warn_explicit(), which call warnings.py's implementations.  Being
 * built-in functions, they add no frame of their own: the frame a warning is
 * reported from is counted from the caller, and the exception an "error"
 * filter makes comes out of the call, as from CPython's C functions.  C code
 * warns through Warn_Emit (include modules/_warnings.h). */
#include "modules/_warnings.h"
#include "abstract.h"
#include "code.h"
#include "frame.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/traceback.h"

#include <stdlib.h>
#include <string.h>

/* warnings.py's module, imported on first need: new reference, or NULL with
 * an exception (late in a shutdown, when sys.modules is gone). */
static Object *warnings_module(void) {
    Object *modules = g_interp->modules;
    Object *m = modules && !g_interp->modules_gone ? Dict_GetStr(modules, "warnings") : NULL;
    if (m && m != OBJ_NONE) return NEWREF(m);
    if (g_interp->modules_gone || !modules) {
        Err_SetString(Exc_ImportError, "sys.modules is gone");
        return NULL;
    }
    return Import_ImportC("warnings");
}

/* Drops the outermost entries of exc's traceback that are frames of
 * warnings.py, so an exception raised there shows as raised by the call. */
static void strip_own_frames(Object *exc) {
    Object *tb = EXC_TRACEBACK(exc);
    Object *start = tb;
    while (tb && TYPE(tb) == &Traceback_Type) {
        Object *fn = ((Traceback *)tb)->code->filename;
        if (!Str_Check(fn) || !Str_EqC(fn, "<frozen warnings>")) break;
        tb = (Object *)((Traceback *)tb)->next;
    }
    if (tb != start) {
        Object *old = EXC_TRACEBACK(exc);
        XINCREF(tb);
        EXC_TRACEBACK(exc) = tb;
        XDECREF(old);
    }
}

/* Calls warnings.<impl>(*args); raises what it returns (the warning an
 * "error" filter picked).  0, or -1 with an exception set. */
static int call_impl(const char *impl, Object *const *args, size_t nargs) {
    Object *m = warnings_module();
    if (!m) return -1;
    Object *r = Obj_CallMethodC(m, impl, args, nargs);
    DECREF(m);
    if (!r) {
        Object *exc = Err_Fetch();
        if (exc) strip_own_frames(exc);
        Err_Restore(exc);
        return -1;
    }
    if (r == OBJ_NONE) {
        DECREF(r);
        return 0;
    }
    Err_SetRaised(r);
    return -1;
}

static Object *w_warn(Object *mod, Object *const *args, size_t nargs, Object *kwnames) {
    Object *category = nargs > 1 && args[1] ? args[1] : OBJ_NONE;
    Object *stacklevel = nargs > 2 && args[2] ? args[2] : SMALL_FROM(1);
    Object *source = nargs > 3 && args[3] ? args[3] : OBJ_NONE;
    ssize_t level;
    if (Index_AsSsize(stacklevel, Exc_OverflowError, &level) < 0) return NULL;
    if (args[nargs] && !Tuple_Check(args[nargs])) {
        Err_Format(Exc_TypeError, "warn() argument 'skip_file_prefixes' must be tuple, not %s", TYPE_NAME(args[nargs]));
        return NULL;
    }
    Object *skip = args[nargs] ? NEWREF(args[nargs]) : Tuple_Empty();
    Object *call[] = {args[0], category, SMALL_FROM(level), source, skip};
    int r = call_impl("_warn_impl", call, 5);
    DECREF(skip);
    return r < 0 ? NULL : NEWREF(OBJ_NONE);
}

static Object *w_warn_explicit(Object *mod, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t lineno;
    if (Index_AsSsize(args[3], Exc_OverflowError, &lineno) < 0) return NULL;
    Object *call[8];
    for (size_t i = 0; i < 8; i++) call[i] = i < nargs && args[i] ? args[i] : OBJ_NONE;
    call[3] = Int_FromI64(lineno);
    if (!call[3]) return NULL;
    int r = call_impl("_warn_explicit_impl", call, 8);
    DECREF(call[3]);
    return r < 0 ? NULL : NEWREF(OBJ_NONE);
}

/* Line lineno of a source file, '' when there is none (what linecache.getline
 * gives), for warnings.py while there is no linecache module. */
static Object *w_source_line(Object *mod, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t lineno;
    if (!Str_Check(args[0])) return Str_FromUTF8("", 0);
    if (Index_AsSsize(args[1], Exc_OverflowError, &lineno) < 0) return NULL;
    const char *fn = Str_AsUTF8(args[0], NULL);
    if (!fn) {
        Err_Clear();
        return Str_FromUTF8("", 0);
    }
    char *line = lineno > 0 && lineno <= INT32_MAX ? Source_GetLine(fn, (int)lineno) : NULL;
    Object *r = Str_FromUTF8(line ? line : "", -1);
    free(line);
    return r;
}

static const MethodDef warnings_functions[] = {
    {"warn", w_warn, 0,
     ARGS("($module, /, message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=())",
          "Issue a warning, or maybe ignore it or raise an exception.")},
    {"warn_explicit", w_warn_explicit, 0,
     ARGS("($module, /, message, category, filename, lineno, module=<unrepresentable>, registry=None, "
          "module_globals=None, source=None)",
          "Issue a warning, or maybe ignore it or raise an exception.")},
    {"_source_line", w_source_line, 0, ARGS("($module, filename, lineno, /)", "A line of a source file.")},
    {NULL, NULL, 0, NULL},
};

/* ('action', None, category, module or None, 0) */
static int add_default_filter(Object *filters, const char *action, Type *category, const char *module) {
    Object *a = Str_FromUTF8(action, -1);
    Object *m = module ? Str_FromUTF8(module, -1) : NEWREF(OBJ_NONE);
    Object *item = a && m ? Tuple_Pack(5, a, OBJ_NONE, (Object *)category, m, SMALL_FROM(0)) : NULL;
    XDECREF(a);
    XDECREF(m);
    return item ? List_AppendSteal(filters, item) : -1;
}

int Warnings_Init(Object *module) {
    if (Module_AddFunctions(module, warnings_functions) < 0) return -1;
    Object *filters = List_New(0);
    if (!filters) return -1;
    /* CPython's filters when no option adds any */
    if (add_default_filter(filters, "default", Exc_DeprecationWarning, "__main__") < 0 ||
        add_default_filter(filters, "ignore", Exc_DeprecationWarning, NULL) < 0 ||
        add_default_filter(filters, "ignore", Exc_PendingDeprecationWarning, NULL) < 0 ||
        add_default_filter(filters, "ignore", Exc_ImportWarning, NULL) < 0 ||
        add_default_filter(filters, "ignore", Exc_ResourceWarning, NULL) < 0 ||
        Module_AddObjectSteal(module, "filters", filters) < 0)
        return -1;
    return Module_AddObjectSteal(module, "_defaultaction", Str_FromUTF8("default", -1)) < 0 ||
                   Module_AddObjectSteal(module, "_onceregistry", Dict_New()) < 0
               ? -1
               : 0;
}

/* When warnings.py cannot be had (late in a shutdown): the warning as
 * CPython's C fallback writes it, from the running frame, to sys.stderr. */
static int show_without_module(Type *category, Object *text) {
    Object *stream = Sys_GetObjectKey(ID(stderr));
    if (!stream || stream == OBJ_NONE) return 0;
    Frame *f = g_interp->frame;
    int line = f && f->code ? Code_Line(f->code, f->lasti) : 0;
    Object *s = f && f->code ? Str_FromFormat("%U:%d: %s: %U\n", f->code->filename, line, category->name, text)
                             : Str_FromFormat("<sys>:0: %s: %U\n", category->name, text);
    if (!s) return -1;
    int r = Sys_WriteObjToFile(stream, s);
    DECREF(s);
    return r;
}

int Warn_Emit(Type *category, const char *message, int stacklevel) {
    Object *text = Str_FromUTF8(message, -1);
    if (!text) return -1;
    Object *m = warnings_module();
    if (!m) {
        Err_Clear();
        int r = show_without_module(category, text);
        DECREF(text);
        return r;
    }
    DECREF(m);
    Object *skip = Tuple_Empty();
    Object *args[] = {text, (Object *)category, SMALL_FROM(stacklevel), OBJ_NONE, skip};
    int r = call_impl("_warn_impl", args, 5);
    DECREF(skip);
    DECREF(text);
    return r;
}

int Warn_Unawaited(Object *coro) {
    Object *m = warnings_module();
    if (!m) {
        Err_Clear();
        Object *qualname = Obj_GetAttrC(coro, "__qualname__");
        Object *text = qualname ? Str_FromFormat("coroutine '%U' was never awaited", qualname) : NULL;
        XDECREF(qualname);
        int r = text ? show_without_module(Exc_RuntimeWarning, text) : -1;
        XDECREF(text);
        return r;
    }
    DECREF(m);
    return call_impl("_warn_unawaited_coroutine", &coro, 1);
}
