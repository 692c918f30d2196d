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

static int warn_late(Object *message, Type *category, ssize_t stacklevel);
static int emit_decided(Object *text, Type *category);

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
    ssize_t level = Int_AsSsize(stacklevel);
    if (level == -1 && Err_Occurred()) return NULL;
    if (args[nargs] && !Tuple_Check(args[nargs])) {
        Err_Format(Exc_TypeError, "warn() argument 'skip_file_prefixes' must be tuple, not %s", TYPE_NAME(args[nargs]));
        return NULL;
    }
    if (g_interp->modules_gone) {
        if (category == OBJ_NONE) category = (Object *)Exc_UserWarning;
        if (!Type_Check(category) || !Type_IsSubtype((Type *)category, Exc_Warning)) {
            Err_Format(Exc_TypeError, "category must be a Warning subclass, not '%s'", TYPE_NAME(category));
            return NULL;
        }
        return warn_late(args[0], (Type *)category, level) < 0 ? NULL : NEWREF(OBJ_NONE);
    }
    /* the common case, a str warned again from the same line, or ignored */
    if (level == 1 && source == OBJ_NONE && (!args[nargs] || TUPLE_LEN(args[nargs]) == 0) && Str_CheckExact(args[0])) {
        Type *cat = category == OBJ_NONE ? Exc_UserWarning : (Type *)category;
        if (category == OBJ_NONE || (Type_Check(category) && Type_IsSubtype(cat, Exc_Warning))) {
            int r = emit_decided(args[0], cat);
            if (r < 0) return NULL;
            if (r > 0) return NEWREF(OBJ_NONE);
        }
    }
    Object *skip = args[nargs] ? NEWREF(args[nargs]) : Tuple_Empty();
    Object *call[] = {args[0], category, SMALL_FROM(level), source, skip};
    int r = call_impl("_warn_impl", call, 5);
    DECREF(skip);
    return r < 0 ? NULL : NEWREF(OBJ_NONE);
}

static Object *w_warn_explicit(Object *mod, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t lineno = Int_AsSsize(args[3]);
    if (lineno == -1 && Err_Occurred() && !Err_Matches(Exc_OverflowError)) return NULL;
    if ((lineno == -1 && Err_Occurred()) || lineno > INT32_MAX || lineno < INT32_MIN) {
        Err_Clear();
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
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
     ARGS("($module, /, message, category=None, stacklevel=1, source=None, *,\n     skip_file_prefixes=())",
          "Issue a warning, or maybe ignore it or raise an exception.")},
    {"warn_explicit", w_warn_explicit, 0,
     ARGS("($module, /, message, category, filename, lineno,\n              module=<unrepresentable>, registry=None,\n"
          "              module_globals=None, source=None)",
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
        add_default_filter(filters, "ignore", Exc_ResourceWarning, NULL) < 0) {
        DECREF(filters);
        return -1;
    }
    XDECREF(g_interp->warn_filters);
    g_interp->warn_filters = NEWREF(filters);
    if (Module_AddObjectSteal(module, "filters", filters) < 0) return -1;
    return Module_AddObjectSteal(module, "_defaultaction", Str_FromUTF8("default", -1)) < 0 ||
                   Module_AddObjectSteal(module, "_onceregistry", Dict_New()) < 0
               ? -1
               : 0;
}

/* ---- late warnings ---------------------------------------------------------
 * Once the shutdown has released the modules, warnings.py cannot run; as
 * CPython's C part does then, the filters _warnings made (the list, not
 * what catch_warnings may have put in its place) and the registry of the
 * warning frame's module still apply, and the warning is written to
 * sys.stderr without its source line (which CPython can no longer read). */

/* Whether a filter's message or module matches s: None matches all, a str
 * itself only, a pattern what its match() accepts (an error there: no
 * match).  With call false, a pattern is left undecided (-1). */
static int filter_matches(Object *pattern, Object *s, bool call) {
    if (pattern == OBJ_NONE) return 1;
    if (Str_Check(pattern)) return Str_Check(s) && Str_Eq(pattern, s);
    if (!call) return -1;
    Object *m = Obj_CallMethodC(pattern, "match", &s, 1);
    int r = m ? Obj_IsTrue(m) : -1;
    XDECREF(m);
    if (r < 0) Err_Clear();
    return r > 0;
}

/* The action of the first of filters (a list) that matches, borrowed, or
 * fallback when none does; NULL when a pattern would have to run and call
 * is false. */
static const char *filter_action(Object *filters, Object *text, Type *category, Object *module, int lineno,
                                 const char *fallback, bool call) {
    for (ssize_t i = 0; i < LIST_LEN(filters); i++) {
        Object *item = LIST_GET(filters, i);
        if (!Tuple_CheckExact(item) || TUPLE_LEN(item) != 5) return call ? "default" : NULL;
        Object *action = TUPLE_GET(item, 0), *cat = TUPLE_GET(item, 2), *ln = TUPLE_GET(item, 4);
        if (!Str_Check(action) || !Type_Check(cat) || !IS_SMALL(ln)) return call ? "default" : NULL;
        if (!Type_IsSubtype(category, (Type *)cat) || (SMALL_VAL(ln) != 0 && SMALL_VAL(ln) != lineno)) continue;
        int r = filter_matches(TUPLE_GET(item, 1), text, call);
        if (r > 0) r = filter_matches(TUPLE_GET(item, 3), module, call);
        if (r < 0) return NULL;
        if (r > 0) return Str_AsUTF8(action, NULL);
    }
    return fallback;
}

/* The action of CPython's default filters (what _warnings starts with),
 * for when _warnings was never imported: nothing can have changed them. */
static const char *builtin_action(Type *category, Object *module) {
    if (Type_IsSubtype(category, Exc_DeprecationWarning))
        return module && Str_Check(module) && Str_EqC(module, "__main__") ? "default" : "ignore";
    if (Type_IsSubtype(category, Exc_PendingDeprecationWarning) || Type_IsSubtype(category, Exc_ImportWarning) ||
        Type_IsSubtype(category, Exc_ResourceWarning))
        return "ignore";
    return "default";
}

static const char *late_action(Object *text, Type *category, Object *module, int lineno) {
    Object *filters = g_interp->warn_filters;
    return filters ? filter_action(filters, text, category, module, lineno, "default", true)
                   : builtin_action(category, module);
}

/* registry[key] was set already (1), or is set now (0); -1 on error. */
static int late_seen(Object *registry, Object *key) {
    if (!key) return -1;
    Object *v;
    int r = Dict_Lookup(registry, key, &v);
    if (r == 0) r = Dict_SetItem(registry, key, OBJ_TRUE);
    DECREF(key);
    return r;
}

/* The registry of globals (borrowed), made when missing; NULL on error. */
static Object *late_registry(Object *globals) {
    Object *reg = Dict_GetStrObj(globals, ID(__warningregistry__));
    if (reg && Dict_Check(reg)) return reg;
    reg = Dict_New();
    int r = reg ? Dict_SetStr(globals, "__warningregistry__", reg) : -1;
    XDECREF(reg);
    return r < 0 ? NULL : reg;
}

/* Shows the warning text of category from frame f (NULL: none). */
static int late_show(Type *category, Object *text, Frame *f, int lineno) {
    Object *stream = Sys_GetObjectKey(ID(stderr));
    if (!stream || stream == OBJ_NONE) return 0;
    Object *name = Obj_GetAttrC((Object *)category, "__name__");
    Object *s = !name ? NULL
                : f   ? Str_FromFormat("%U:%d: %U: %U\n", f->code->filename, lineno, name, text)
                      : Str_FromFormat("<sys>:0: %U: %U\n", name, text);
    XDECREF(name);
    int r = s ? Sys_WriteObjToFile(stream, s) : -1;
    XDECREF(s);
    return r;
}

/* message (a str, or a Warning instance that gives the category; borrowed)
 * warned from the frame stacklevel levels up. */
static int warn_late(Object *message, Type *category, ssize_t stacklevel) {
    Frame *f = g_interp->frame;
    for (ssize_t i = 1; f && i < stacklevel; i++) f = f->prev;
    if (f && !f->code) f = NULL;
    Object *sysdict = g_interp->sys_mod ? MODULE_DICT(g_interp->sys_mod) : NULL;
    Object *globals = f ? f->globals : sysdict;
    int lineno = f ? Code_Line(f->code, f->lasti) : 0;
    bool instance = !IS_SMALL(message) && Type_IsSubtype(TYPE(message), Exc_Warning);
    if (instance) category = TYPE(message);
    Object *text = instance || !Str_Check(message) ? Obj_Str(message) : NEWREF(message);
    if (!text) return -1;
    Object *module = globals ? Dict_GetStr(globals, "__name__") : NULL;
    if (!module || !Str_Check(module)) module = ID(sys);
    const char *action = late_action(text, category, module, lineno);
    int r = 0;
    if (!action || !strcmp(action, "ignore")) {
        r = 0;
    } else if (!strcmp(action, "error")) {
        Object *exc = instance ? NEWREF(message) : Obj_CallOneArg((Object *)category, message);
        if (exc) Err_SetRaised(exc);
        r = -1;
    } else {
        Object *registry = globals && strcmp(action, "always") && strcmp(action, "all") ? late_registry(globals) : NULL;
        if (registry) {
            Object *line = SMALL_FROM(lineno);
            r = late_seen(registry, Tuple_Pack(3, text, (Object *)category, line));
            if (r == 0 && (!strcmp(action, "once") || !strcmp(action, "module")))
                r = late_seen(registry, Tuple_Pack(2, text, (Object *)category));
        }
        if (r == 0) r = late_show(category, text, f, lineno);
        else if (r > 0) r = 0;
    }
    DECREF(text);
    return r;
}

/* ---- the interpreter's own warnings ----------------------------------------- */

/* What warnings.py would decide for a warning from the running frame, when
 * C can tell without running it: 1 when the warning was shown from this
 * line already (its registry, brought up to the filters' version as
 * warnings.py does, says so) or a filter ignores it; 0 when warnings.py must
 * decide; -1 on error.  This keeps warnings emitted in a loop cheap. */
static int emit_decided(Object *text, Type *category) {
    Frame *f = g_interp->frame;
    Object *m = g_interp->modules ? Dict_GetStrObj(g_interp->modules, ID(warnings)) : NULL;
    if (!f || !f->code || !m || TYPE(m) != &Module_Type || !MODULE_DICT(m)) return 0;
    Object *md = MODULE_DICT(m);
    Object *filters = Dict_GetStrObj(md, ID(filters)), *version = Dict_GetStrObj(md, ID(_filters_version));
    Object *fallback = Dict_GetStrObj(md, ID(defaultaction));
    if (!filters || !List_CheckExact(filters) || !version || !IS_SMALL(version) || !fallback || !Str_Check(fallback))
        return 0;
    Object *registry = late_registry(f->globals);
    if (!registry) return -1;
    Object *seen = Dict_GetStrObj(registry, ID(version));
    if (seen != version) {
        Dict_Clear(registry);
        if (Dict_SetItem(registry, ID(version), version) < 0) return -1;
    }
    int lineno = Code_Line(f->code, f->lasti);
    Object *key = Tuple_Pack(3, text, (Object *)category, SMALL_FROM(lineno)), *v = NULL;
    int r = key ? Dict_Lookup(registry, key, &v) : -1;
    XDECREF(key);
    if (r < 0) return -1;
    if (r > 0) {
        r = Obj_IsTrue(v);
        if (r != 0) return r;
    }
    Object *module = Dict_GetStrObj(f->globals, ID(__name__));
    if (!module && !(module = Str_InternC("<string>"))) return -1;
    const char *action = filter_action(filters, text, category, module, lineno, Str_AsUTF8(fallback, NULL), false);
    return action && !strcmp(action, "ignore");
}

/* Warn_EmitStr with the object the warning is about (borrowed, or NULL) */
static int emit(Type *category, Object *text, int stacklevel, Object *source) {
    if (g_interp->modules_gone) return warn_late(text, category, stacklevel);
    /* a warning the default filters ignore (a file closed by its finalizer)
     * does not import warnings while no one has */
    if (!g_interp->warn_filters && !Type_IsSubtype(category, Exc_DeprecationWarning) &&
        !strcmp(builtin_action(category, NULL), "ignore"))
        return 0;
    int r = stacklevel == 1 ? emit_decided(text, category) : 0;
    if (r == 0) {
        Object *skip = Tuple_Empty();
        Object *args[] = {text, (Object *)category, SMALL_FROM(stacklevel), source ? source : OBJ_NONE, skip};
        r = call_impl("_warn_impl", args, 5);
        DECREF(skip);
    } else if (r > 0) {
        r = 0;
    }
    return r;
}

int Warn_EmitStr(Type *category, Object *text, int stacklevel) { return emit(category, text, stacklevel, NULL); }

int Warn_Resource(Object *source, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Object *text = Str_FromFormatV(fmt, ap);
    va_end(ap);
    if (!text) return -1;
    int r = emit(Exc_ResourceWarning, text, 1, source);
    DECREF(text);
    return r;
}

int Warn_Format(Type *category, int stacklevel, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Object *text = Str_FromFormatV(fmt, ap);
    va_end(ap);
    if (!text) return -1;
    int r = Warn_EmitStr(category, text, stacklevel);
    DECREF(text);
    return r;
}

int Warn_StrictSubclass(const char *what, const char *kind, Object *result) {
    return Warn_Format(Exc_DeprecationWarning, 1,
                       "%s returned non-%s (type %s).  The ability to return an instance of a strict subclass of %s "
                       "is deprecated, and may be removed in a future version of Python.",
                       what, kind, TYPE_NAME(result), kind);
}

int Warn_Unawaited(Object *coro) {
    if (!g_interp->modules_gone) return call_impl("_warn_unawaited_coroutine", &coro, 1);
    Object *qualname = Obj_GetAttrC(coro, "__qualname__");
    Object *text = qualname ? Str_FromFormat("coroutine '%U' was never awaited", qualname) : NULL;
    XDECREF(qualname);
    int r = text ? warn_late(text, Exc_RuntimeWarning, 1) : -1;
    XDECREF(text);
    return r;
}
