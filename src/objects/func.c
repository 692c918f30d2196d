/* Functions and the callables around them: Python functions, built-in
 * functions, bound methods, method/getset descriptors and cells. */
#include "objects/func.h"
#include "abstract.h"
#include "eval.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/audit.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include <stdlib.h>
#include <string.h>

/* Calls f(self, *args) by prepending self; used by bound methods and
 * unbound method descriptors. */
static Object *call_with_self(Object *f, Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    size_t total = nargs + (size_t)KW_COUNT(kwnames);
    Object *small[9];
    Object **stack = total < 9 ? small : malloc(sizeof(Object *) * (total + 1));
    if (!stack) return Err_NoMemory();
    stack[0] = self;
    if (total) memcpy(stack + 1, args, sizeof(Object *) * total);
    Object *r = Obj_Call(f, stack, nargs + 1, kwnames);
    if (stack != small) free(stack);
    return r;
}

/* ---- Python functions ------------------------------------------------------ */

Object *Function_New(Code *code, Object *globals) {
    Function *f = (Function *)Obj_Alloc(&Function_Type, sizeof(Function));
    if (!f) return NULL;
    f->vectorcall = Eval_CallFunction;
    f->code = (Code *)NEWREF((Object *)code);
    f->globals = NEWREF(globals);
    f->builtins = NEWREF(Eval_BuiltinsFor(globals));
    f->name = NEWREF(code->name);
    f->qualname = NEWREF(code->qualname);
    Object *mod = Dict_GetStr(globals, "__name__");
    f->module = XNEWREF(mod);
    if ((code->flags & CO_HAS_DOCSTRING) && TUPLE_LEN(code->consts) > 0)
        f->doc = NEWREF(TUPLE_GET(code->consts, 0));
    else
        f->doc = NEWREF(OBJ_NONE);
    return (Object *)f;
}

static void function_dealloc(Object *o) {
    Weak_ClearBuiltin(o);
    Function *f = (Function *)o;
    Gc_Untrack(o);
    CLEAR(f->code);
    CLEAR(f->globals);
    CLEAR(f->builtins);
    CLEAR(f->name);
    CLEAR(f->qualname);
    CLEAR(f->defaults);
    CLEAR(f->kwdefaults);
    CLEAR(f->closure);
    CLEAR(f->doc);
    CLEAR(f->dict);
    CLEAR(f->module);
    CLEAR(f->annotations);
    CLEAR(f->annotate);
    CLEAR(f->typeparams);
    CLEAR(f->old_codes);
    Obj_Free(o);
}

static int function_traverse(Object *o, VisitFn visit, void *arg) {
    Function *f = (Function *)o;
    Object *fields[] = {(Object *)f->code, f->globals, f->builtins, f->defaults, f->kwdefaults,
                        f->closure, f->doc, f->dict, f->module, f->annotations, f->annotate, f->typeparams,
                        f->old_codes};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        if (fields[i] && visit(fields[i], arg)) return 1;
    return 0;
}

static int function_clear(Object *o) {
    Function *f = (Function *)o;
    CLEAR(f->globals);
    CLEAR(f->builtins);
    CLEAR(f->defaults);
    CLEAR(f->kwdefaults);
    CLEAR(f->closure);
    CLEAR(f->doc);
    CLEAR(f->dict);
    CLEAR(f->module);
    CLEAR(f->annotations);
    CLEAR(f->annotate);
    CLEAR(f->typeparams);
    return 0;
}

static Object *function_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    return Eval_CallFunction(o, args, nargs, kwnames);
}

static Object *function_repr(Object *o) {
    return Str_FromFormat("<function %U at %p>", ((Function *)o)->qualname, (void *)o);
}

static Object *function_descr_get(Object *f, Object *obj, Type *owner) {
    if (!obj || obj == OBJ_NONE) return NEWREF(f);
    return Method_New(f, obj);
}

#define FUNC_FIELD_GETTER(field)                                   \
    static Object *function_get_##field(Object *o) {               \
        Object *v = (Object *)((Function *)o)->field;              \
        return NEWREF(v ? v : OBJ_NONE);                           \
    }
FUNC_FIELD_GETTER(name)
FUNC_FIELD_GETTER(qualname)
FUNC_FIELD_GETTER(defaults)
FUNC_FIELD_GETTER(kwdefaults)
FUNC_FIELD_GETTER(code)
FUNC_FIELD_GETTER(globals)
/* the builtins dict shows builtins.__spec__: loaded first (Import_EnsureSpecs) */
static Object *function_get_builtins(Object *o) {
    if (Import_EnsureSpecs() < 0) return NULL;
    return NEWREF(((Function *)o)->builtins);
}
FUNC_FIELD_GETTER(closure)
FUNC_FIELD_GETTER(doc)
FUNC_FIELD_GETTER(module)

Object *Annotate_Call(Object *fn) {
    if (!fn || fn == OBJ_NONE || !Obj_IsCallable(fn)) return Dict_New();
    INCREF(fn); /* the call may replace the attribute that holds it */
    Object *r = Obj_CallOneArg(fn, SMALL_FROM(1));
    DECREF(fn);
    if (r && !Dict_Check(r)) {
        Err_Format(Exc_TypeError, "__annotate__ returned non-dict of type '%s'", TYPE_NAME(r));
        CLEAR(r);
    }
    return r;
}

static int set_str_field(Object **slot, Object *v, const char *what) {
    if (!v || !Str_Check(v)) {
        Err_Format(Exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    SETREF(*slot, NEWREF(v));
    return 0;
}
static int function_set_name(Object *o, Object *v) { return set_str_field(&((Function *)o)->name, v, "__name__"); }
static int function_set_qualname(Object *o, Object *v) {
    return set_str_field(&((Function *)o)->qualname, v, "__qualname__");
}
static int function_set_defaults(Object *o, Object *v) {
    if (v == OBJ_NONE) v = NULL;
    if (v && !Tuple_Check(v)) {
        Err_SetString(Exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    SETREF(((Function *)o)->defaults, XNEWREF(v));
    return 0;
}
static int function_set_kwdefaults(Object *o, Object *v) {
    if (v == OBJ_NONE) v = NULL;
    if (v && !Dict_Check(v)) {
        Err_SetString(Exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    SETREF(((Function *)o)->kwdefaults, XNEWREF(v));
    return 0;
}
/* A frame of this function may be running (or suspended in a generator)
 * with the old code, which it borrows from the function: the function keeps
 * the old code until it dies. */
static int function_set_code(Object *o, Object *v) {
    Function *f = (Function *)o;
    if (!v || IS_SMALL(v) || TYPE(v) != &Code_Type) {
        Err_SetString(Exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    ssize_t nclosure = f->closure ? TUPLE_LEN(f->closure) : 0;
    if (((Code *)v)->nfreevars != nclosure) {
        Err_Format(Exc_ValueError, "%U() requires a code object with %zd free vars, not %d", f->name, nclosure,
                   ((Code *)v)->nfreevars);
        return -1;
    }
    Object *event[] = {o, NULL, v};
    if (!(event[1] = Str_FromUTF8("__code__", -1))) return -1;
    int r = Audit_EventArgs("object.__setattr__", 3, event);
    DECREF(event[1]);
    if (r < 0) return -1;
    if (!f->old_codes && !(f->old_codes = List_New(0))) return -1;
    if (List_Append(f->old_codes, (Object *)f->code) < 0) return -1;
    SETREF(f->code, (Code *)NEWREF(v));
    return 0;
}
static int function_set_doc(Object *o, Object *v) {
    SETREF(((Function *)o)->doc, NEWREF(v ? v : OBJ_NONE));
    return 0;
}
static int function_set_module(Object *o, Object *v) {
    SETREF(((Function *)o)->module, NEWREF(v ? v : OBJ_NONE));
    return 0;
}
static Object *function_get_annotations(Object *o) {
    Function *f = (Function *)o;
    if (f->annotations && Tuple_Check(f->annotations)) {
        /* the compiler's flat (name, value, name, value, ...) form */
        Object *t = f->annotations, *d = Dict_New();
        if (!d) return NULL;
        for (ssize_t i = 0; i + 1 < TUPLE_LEN(t); i += 2)
            if (Dict_SetItem(d, TUPLE_GET(t, i), TUPLE_GET(t, i + 1)) < 0) {
                DECREF(d);
                return NULL;
            }
        SETREF(f->annotations, d);
    }
    if (!f->annotations) {
        Object *r = Annotate_Call(f->annotate);
        if (!r) return NULL;
        SETREF(f->annotations, r); /* the call may have set them too */
    }
    return NEWREF(f->annotations);
}
static int function_set_annotations(Object *o, Object *v) {
    if (v && v != OBJ_NONE && !Dict_Check(v)) {
        Err_SetString(Exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    SETREF(((Function *)o)->annotations, v && v != OBJ_NONE ? NEWREF(v) : NULL);
    /* annotations given outright replace those the function would compute */
    CLEAR(((Function *)o)->annotate);
    return 0;
}
static Object *function_get_annotate(Object *o) {
    Object *v = ((Function *)o)->annotate;
    return NEWREF(v ? v : OBJ_NONE);
}
static int function_set_annotate(Object *o, Object *v) {
    if (!v) {
        Err_SetString(Exc_TypeError, "__annotate__ cannot be deleted");
        return -1;
    }
    if (v != OBJ_NONE && !Obj_IsCallable(v)) {
        Err_SetString(Exc_TypeError, "__annotate__ must be callable or None");
        return -1;
    }
    SETREF(((Function *)o)->annotate, v == OBJ_NONE ? NULL : NEWREF(v));
    /* a new function recomputes them */
    if (v != OBJ_NONE) CLEAR(((Function *)o)->annotations);
    return 0;
}
static Object *function_get_typeparams(Object *o) {
    Object *v = ((Function *)o)->typeparams;
    return v ? NEWREF(v) : Tuple_Empty();
}
static int function_set_typeparams(Object *o, Object *v) {
    if (!v || !Tuple_Check(v)) {
        Err_SetString(Exc_TypeError, "__type_params__ must be set to a tuple");
        return -1;
    }
    Object *old = ((Function *)o)->typeparams;
    ((Function *)o)->typeparams = NEWREF(v);
    XDECREF(old);
    return 0;
}
static const GetSetDef function_getset[] = {
    {"__name__", function_get_name, function_set_name, NULL},
    {"__qualname__", function_get_qualname, function_set_qualname, NULL},
    {"__defaults__", function_get_defaults, function_set_defaults, NULL},
    {"__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults, NULL},
    {"__code__", function_get_code, function_set_code, NULL},
    {"__globals__", function_get_globals, NULL, NULL},
    {"__builtins__", function_get_builtins, NULL, NULL},
    {"__closure__", function_get_closure, NULL, NULL},
    {"__doc__", function_get_doc, function_set_doc, NULL},
    {"__module__", function_get_module, function_set_module, NULL},
    {"__annotations__", function_get_annotations, function_set_annotations, NULL},
    {"__annotate__", function_get_annotate, function_set_annotate, NULL},
    {"__type_params__", function_get_typeparams, function_set_typeparams, NULL},
    GETSET_DICT,
    {NULL, NULL, NULL, NULL},
};

/* The closure function(code, ...) was given: None or a tuple of as many
 * cells as the code has free variables.  0, or -1 with the error set. */
static int check_closure(Code *code, Object *closure) {
    if (closure == OBJ_NONE) {
        if (code->nfreevars == 0) return 0;
        Err_SetString(Exc_TypeError, "arg 5 (closure) must be tuple");
        return -1;
    }
    if (!Tuple_Check(closure)) {
        Err_SetString(Exc_TypeError, "arg 5 (closure) must be None or tuple");
        return -1;
    }
    if (TUPLE_LEN(closure) != code->nfreevars) {
        Err_Format(Exc_ValueError, "%U requires closure of length %d, not %zd", code->name, code->nfreevars,
                   TUPLE_LEN(closure));
        return -1;
    }
    for (ssize_t i = 0; i < TUPLE_LEN(closure); i++) {
        Object *cell = TUPLE_GET(closure, i);
        if (TYPE(cell) != &Cell_Type) {
            Err_Format(Exc_TypeError, "arg 5 (closure) expected cell, found %s", TYPE_NAME(cell));
            return -1;
        }
    }
    return 0;
}

/* types.FunctionType(code, globals, name=None, argdefs=None, closure=None,
 * kwdefaults=None).  The code object comes from another function, so it
 * has been verified already. */
static Object *function_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[6];
    if (Arg_Unpack(Function_Type.args, "function", args, nargs, kwnames, a) < 0) return NULL;
    for (int i = 2; i < 6; i++)
        if (!a[i]) a[i] = OBJ_NONE;
    if (TYPE(a[0]) != &Code_Type) {
        Err_Format(Exc_TypeError, "function() argument 'code' must be code, not %s", TYPE_NAME(a[0]));
        return NULL;
    }
    if (!Dict_Check(a[1])) {
        Err_Format(Exc_TypeError, "function() argument 'globals' must be dict, not %s", TYPE_NAME(a[1]));
        return NULL;
    }
    Object *name = a[2], *defaults = a[3], *closure = a[4], *kwdefaults = a[5];
    if (name != OBJ_NONE && !Str_Check(name)) {
        Err_SetString(Exc_TypeError, "arg 3 (name) must be None or string");
        return NULL;
    }
    if (defaults != OBJ_NONE && !Tuple_Check(defaults)) {
        Err_SetString(Exc_TypeError, "arg 4 (defaults) must be None or tuple");
        return NULL;
    }
    if (check_closure((Code *)a[0], closure) < 0) return NULL;
    if (kwdefaults != OBJ_NONE && !Dict_Check(kwdefaults)) {
        Err_SetString(Exc_TypeError, "arg 6 (kwdefaults) must be None or dict");
        return NULL;
    }
    Function *f = (Function *)Function_New((Code *)a[0], a[1]);
    if (!f) return NULL;
    if (name != OBJ_NONE) SETREF(f->name, NEWREF(name));
    if (defaults != OBJ_NONE) f->defaults = NEWREF(defaults);
    if (closure != OBJ_NONE && TUPLE_LEN(closure)) f->closure = NEWREF(closure);
    if (kwdefaults != OBJ_NONE) f->kwdefaults = NEWREF(kwdefaults);
    return (Object *)f;
}

Type Function_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "function",
    .basicsize = sizeof(Function),
    .flags = TPFLAG_GC | TPFLAG_WEAKREF,
    .dealloc = function_dealloc,
    .repr = function_repr,
    .call = function_call,
    .descr_get = function_descr_get,
    .traverse = function_traverse,
    .clear = function_clear,
    .getset = function_getset,
    .dictoffset = offsetof(Function, dict),
    .new_ = function_new,
    .args = ARGS("(code, globals, name=None, argdefs=None, closure=None,\n         kwdefaults=None)",
                 "Create a function object.\n\n  code\n    a code object\n  globals\n    the globals dictionary\n"
                 "  name\n    a string that overrides the name from the code object\n  argdefs\n"
                 "    a tuple that specifies the default argument values\n  closure\n"
                 "    a tuple that supplies the bindings for free variables\n  kwdefaults\n"
                 "    a dictionary that specifies the default keyword argument values"),
};

/* ---- built-in functions ---------------------------------------------------- */

static Object *descr_get_qualname(Object *o) {
    MethodDescr *d = (MethodDescr *)o;
    return Str_FromFormat("%U.%s", d->owner->qualname, d->def->name);
}

Object *BuiltinFunction_New(const MethodDef *def, Object *self) {
    BuiltinFunction *f = (BuiltinFunction *)Obj_Alloc(&BuiltinFunction_Type, sizeof(BuiltinFunction));
    if (!f) return NULL;
    f->def = def;
    f->fast = Arg_FastRangeIfReady(def->args);
    f->self = XNEWREF(self);
    f->owner = NULL;
    return (Object *)f;
}

static void builtin_dealloc(Object *o) {
    Weak_ClearBuiltin(o);
    BuiltinFunction *f = (BuiltinFunction *)o;
    Gc_Untrack(o);
    CLEAR(f->self);
    CLEAR(f->module);
    Obj_Free(o);
}

static int builtin_traverse(Object *o, VisitFn visit, void *arg) {
    BuiltinFunction *f = (BuiltinFunction *)o;
    return f->self && visit(f->self, arg);
}

/* Keywords, or a count the function does not take as it is (out of line, so
 * that builtin_call needs no stack frame and ends in a tail call). */
static __attribute__((noinline)) Object *builtin_call_slow(Object *o, Object *const *args, size_t nargs,
                                                           Object *kwnames) {
    BuiltinFunction *f = (BuiltinFunction *)o;
    const ArgShape *s = Arg_ShapeFor(f->def->args, &f->fast, false);
    if (!s) return NULL;
    if (Arg_Fast(s, nargs, kwnames)) return f->def->fn(f->self, args, nargs, NULL);
    return Arg_Call(f->def, o, f->self, args, nargs, kwnames);
}

/* A call that does not go straight to the C function goes to Arg_Call once
 * the declaration is taken apart (f->fast is set then). */
static Object *builtin_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    BuiltinFunction *f = (BuiltinFunction *)o;
    if (__builtin_expect(!Arg_FastIn(&f->fast, nargs, kwnames), 0)) {
        if (__atomic_load_n(&f->fast, __ATOMIC_RELAXED)) return Arg_Call(f->def, o, f->self, args, nargs, kwnames);
        return builtin_call_slow(o, args, nargs, kwnames);
    }
    return f->def->fn(f->self, args, nargs, kwnames);
}

static Object *builtin_repr(Object *o) {
    BuiltinFunction *f = (BuiltinFunction *)o;
    if (!f->self || TYPE(f->self) == &Module_Type)
        return Str_FromFormat("<built-in function %s>", f->def->name);
    if (Type_Check(f->self))
        return Str_FromFormat("<built-in method %s of type object at %p>", f->def->name, (void *)f->self);
    return Str_FromFormat("<built-in method %s of %s object at %p>", f->def->name, TYPE_NAME(f->self),
                          (void *)f->self);
}

static Object *builtin_get_name(Object *o) { return Str_FromUTF8(((BuiltinFunction *)o)->def->name, -1); }
static Object *builtin_get_self(Object *o) {
    Object *s = ((BuiltinFunction *)o)->self;
    return NEWREF(s ? s : OBJ_NONE);
}
static Object *builtin_get_doc(Object *o) { return Arg_Doc(((BuiltinFunction *)o)->def->args); }
static Object *builtin_get_text_signature(Object *o) { return Arg_TextSignature(((BuiltinFunction *)o)->def->args); }
static Object *builtin_get_qualname(Object *o) {
    BuiltinFunction *f = (BuiltinFunction *)o;
    if (f->owner) return Str_FromFormat("%U.%s", f->owner->qualname, f->def->name);
    if (!f->self || TYPE(f->self) == &Module_Type) return Str_FromUTF8(f->def->name, -1);
    Type *t = Type_Check(f->self) ? (Type *)f->self : TYPE(f->self);
    return Str_FromFormat("%U.%s", t->qualname, f->def->name);
}

/* A module's functions report the module's name; methods report None. */
static Object *builtin_get_module(Object *o) {
    BuiltinFunction *f = (BuiltinFunction *)o;
    if (f->module) return NEWREF(f->module);
    if (f->self && TYPE(f->self) == &Module_Type) {
        Object *name = Dict_GetStr(MODULE_DICT(f->self), "__name__");
        if (name) return NEWREF(name);
    }
    return NEWREF(OBJ_NONE);
}

static const GetSetDef builtin_getset[] = {
    {"__module__", builtin_get_module, NULL, NULL},
    {"__name__", builtin_get_name, NULL, NULL},
    {"__qualname__", builtin_get_qualname, NULL, NULL},
    {"__self__", builtin_get_self, NULL, NULL},
    {"__doc__", builtin_get_doc, NULL, NULL},
    {"__text_signature__", builtin_get_text_signature, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Object *BuiltinFunc_QualName(Object *callable) {
    if (TYPE(callable) == &MethodDescr_Type || TYPE(callable) == &ClassMethodDescr_Type)
        return descr_get_qualname(callable);
    BuiltinFunction *f = (BuiltinFunction *)callable;
    if (f->module && !Str_EqC(f->module, "builtins")) return Str_FromFormat("%U.%s", f->module, f->def->name);
    return builtin_get_qualname(callable);
}

/* A module-level function pickles as its name, a bound one as
 * getattr(self, name). */
/* (getattr, (self, name)): the reduction of a bound method.  Steals name
 * (NULL: passes an error through). */
static Object *getattr_reduction(Object *self, Object *name) {
    if (!name) return NULL;
    Object *getattr_fn = Dict_GetStr(g_interp->builtins, "getattr");
    Object *pair = Tuple_Pack(2, self, name);
    Object *r = pair && getattr_fn ? Tuple_Pack(2, getattr_fn, pair) : NULL;
    if (pair && !getattr_fn) Err_SetString(Exc_RuntimeError, "lost builtins.getattr");
    XDECREF(pair);
    DECREF(name);
    return r;
}

static Object *builtin_reduce(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    BuiltinFunction *f = (BuiltinFunction *)o;
    if (!f->self || Type_IsSubtype(TYPE(f->self), &Module_Type))
        return Str_FromUTF8(f->def->name, -1);
    return getattr_reduction(f->self, Str_FromUTF8(f->def->name, -1));
}

static const MethodDef builtin_methods[] = {
    {"__reduce__", builtin_reduce, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type BuiltinFunction_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "builtin_function_or_method",
    .methods = builtin_methods,
    .basicsize = sizeof(BuiltinFunction),
    .flags = TPFLAG_GC | TPFLAG_WEAKREF,
    .dealloc = builtin_dealloc,
    .repr = builtin_repr,
    .hash = NULL,
    .call = builtin_call,
    .traverse = builtin_traverse,
    .getset = builtin_getset,
};

/* ---- bound methods --------------------------------------------------------- */

Object *Method_New(Object *func, Object *self) {
    Method *m = (Method *)Obj_Alloc(&Method_Type, sizeof(Method));
    if (!m) return NULL;
    m->func = NEWREF(func);
    m->self = NEWREF(self);
    return (Object *)m;
}

static void method_dealloc(Object *o) {
    Weak_ClearBuiltin(o);
    Method *m = (Method *)o;
    Gc_Untrack(o);
    CLEAR(m->func);
    CLEAR(m->self);
    Obj_Free(o);
}

static int method_traverse(Object *o, VisitFn visit, void *arg) {
    Method *m = (Method *)o;
    return visit(m->func, arg) || visit(m->self, arg);
}

/* A bound method of a bound method (a classmethod wrapping one) calls the
 * innermost function with every self, the innermost one's first: one call
 * with all of them, rather than one nested call per level, each copying
 * the arguments so far. */
static Object *call_method_chain(Method *m, Object *const *args, size_t nargs, Object *kwnames) {
    size_t depth = 1;
    Object *f = m->func;
    for (; TYPE(f) == &Method_Type; f = ((Method *)f)->func) depth++;
    size_t total = nargs + (size_t)KW_COUNT(kwnames);
    Object **stack = malloc(sizeof(Object *) * (depth + total));
    if (!stack) return Err_NoMemory();
    size_t k = depth;
    for (Object *x = (Object *)m; TYPE(x) == &Method_Type; x = ((Method *)x)->func) stack[--k] = ((Method *)x)->self;
    if (total) memcpy(stack + depth, args, sizeof(Object *) * total);
    Object *r = Obj_Call(f, stack, nargs + depth, kwnames);
    free(stack);
    return r;
}

static Object *method_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    Method *m = (Method *)o;
    if (TYPE(m->func) == &Method_Type) return call_method_chain(m, args, nargs, kwnames);
    return call_with_self(m->func, m->self, args, nargs, kwnames);
}

static Object *method_repr(Object *o) {
    Method *m = (Method *)o;
    Object *name = Obj_GetAttrC(m->func, "__qualname__");
    if (!name) {
        Err_Clear();
        name = NEWREF(Str_InternC("?"));
    }
    Object *r = Str_FromFormat("<bound method %U of %R>", name, m->self);
    DECREF(name);
    return r;
}

static Object *method_getattr(Object *o, Object *name) {
    /* the function's __doc__, not the one object's type would give */
    if (Str_EqC(name, "__doc__")) return Obj_GetAttr(((Method *)o)->func, name);
    /* the method type's attributes, else the function's (without raising
     * and clearing an AttributeError: chains of methods forward a lot) */
    Object *descr = Type_Lookup(TYPE(o), name);
    if (!descr) return Obj_GetAttr(((Method *)o)->func, name);
    if (TYPE(descr)->descr_get) return TYPE(descr)->descr_get(descr, o, TYPE(o));
    return NEWREF(descr);
}

static Object *method_get_func(Object *o) { return NEWREF(((Method *)o)->func); }
static Object *method_get_self(Object *o) { return NEWREF(((Method *)o)->self); }

static Object *method_richcompare(Object *a, Object *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(b) != &Method_Type) return NEWREF(OBJ_NOTIMPL);
    Method *x = (Method *)a, *y = (Method *)b;
    bool eq = x->self == y->self;
    if (eq) {
        int r = Obj_RichCompareBool(x->func, y->func, CMP_EQ);
        if (r < 0) return NULL;
        eq = r;
    }
    return NEWREF(Bool_From(op == CMP_EQ ? eq : !eq));
}

static hash_t method_hash(Object *o) {
    Method *m = (Method *)o;
    hash_t a = Hash_Pointer(m->self), b = Obj_Hash(m->func);
    if (b == -1) return -1;
    hash_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static const GetSetDef method_getset[] = {
    {"__func__", method_get_func, NULL, NULL},
    {"__self__", method_get_self, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* types.MethodType(function, instance) */
static Object *method_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_Check(Method_Type.args, "method", args, nargs, kwnames) < 0) return NULL;
    if (!Obj_IsCallable(args[0])) {
        Err_SetString(Exc_TypeError, "first argument must be callable");
        return NULL;
    }
    if (args[1] == OBJ_NONE) {
        Err_SetString(Exc_TypeError, "instance must not be None");
        return NULL;
    }
    return Method_New(args[0], args[1]);
}

static Object *method_reduce(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    Method *m = (Method *)o;
    return getattr_reduction(m->self, Obj_GetAttrC(m->func, "__name__"));
}

static const MethodDef method_methods[] = {
    {"__reduce__", method_reduce, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type Method_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "method",
    .methods = method_methods,
    .doc = "Create a bound instance method object.",
    .args = ARGS("(function, instance, /)", NULL),
    .new_ = method_new,
    .basicsize = sizeof(Method),
    .flags = TPFLAG_GC | TPFLAG_WEAKREF,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .traverse = method_traverse,
    .getset = method_getset,
};

/* ---- cells ---------------------------------------------------------------- */

Object *Cell_New(Object *v) {
    Cell *c = (Cell *)Obj_Alloc(&Cell_Type, sizeof(Cell));
    if (!c) return NULL;
    c->ref = XNEWREF(v);
    return (Object *)c;
}

/* types.CellType([contents]) */
static Object *cell_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *contents;
    if (Arg_Unpack(Cell_Type.args, "cell", args, nargs, kwnames, &contents) < 0) return NULL;
    return Cell_New(contents);
}

static void cell_dealloc(Object *o) {
    Gc_Untrack(o);
    CLEAR(((Cell *)o)->ref);
    Obj_Free(o);
}

static int cell_traverse(Object *o, VisitFn visit, void *arg) {
    Object *r = ((Cell *)o)->ref;
    return r && visit(r, arg);
}

static int cell_clear(Object *o) {
    CLEAR(((Cell *)o)->ref);
    return 0;
}

static Object *cell_repr(Object *o) {
    Object *r = ((Cell *)o)->ref;
    if (!r) return Str_FromFormat("<cell at %p: empty>", (void *)o);
    return Str_FromFormat("<cell at %p: %s object at %p>", (void *)o, TYPE_NAME(r), (void *)r);
}

static Object *cell_get_contents(Object *o) {
    Object *r = ((Cell *)o)->ref;
    if (!r) {
        Err_SetString(Exc_ValueError, "Cell is empty");
        return NULL;
    }
    return NEWREF(r);
}

static int cell_set_contents(Object *o, Object *v) {
    SETREF(((Cell *)o)->ref, XNEWREF(v));
    return 0;
}

static const GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL},
    {NULL, NULL, NULL, NULL},
};

Type Cell_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "cell",
    .args = ARGS("([contents])", NULL),
    .basicsize = sizeof(Cell),
    .flags = TPFLAG_GC,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .new_ = cell_new,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .getset = cell_getset,
};

/* ---- method descriptors (built-in methods in a type's dict) -------------- */

Object *MethodDescr_New(Type *owner, const MethodDef *def) {
    Type *t = (def->flags & METH_CLASS) ? &ClassMethodDescr_Type : &MethodDescr_Type;
    MethodDescr *d = (MethodDescr *)Obj_Alloc(t, sizeof(MethodDescr));
    if (!d) return NULL;
    d->def = def;
    /* a static method has no self to take: its calls all go the slow way */
    d->fast = def->flags & METH_STATIC ? 0 : Arg_FastRangeIfReady(def->args);
    d->owner = owner;
    return (Object *)d;
}

static void descr_dealloc(Object *o) { Obj_Free(o); }

static bool descr_check_self(MethodDescr *d, Object *self) {
    if (Type_IsSubtype(TYPE(self), d->owner)) return true;
    Err_Format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
               d->owner->name, TYPE_NAME(self));
    return false;
}

static Object *methoddescr_get(Object *o, Object *obj, Type *owner) {
    MethodDescr *d = (MethodDescr *)o;
    if (d->def->flags & METH_STATIC) {
        BuiltinFunction *f = (BuiltinFunction *)BuiltinFunction_New(d->def, NULL);
        if (f) f->owner = d->owner;
        return (Object *)f;
    }
    if (!obj) return NEWREF(o);
    if (!descr_check_self(d, obj)) return NULL;
    return BuiltinFunction_New(d->def, obj);
}

/* A method descriptor called with a static method, no self, or a self whose
 * type must be checked (kept out of line so that the fast path below needs
 * no stack frame and ends in a tail call). */
static __attribute__((noinline)) Object *methoddescr_call_slow(MethodDescr *d, Object *const *args, size_t nargs,
                                                               Object *kwnames) {
    bool is_static = d->def->flags & METH_STATIC;
    const ArgShape *s = Arg_ShapeFor(d->def->args, &d->fast, is_static);
    if (!s) return NULL;
    if (is_static) return Arg_Call(d->def, (Object *)d, NULL, args, nargs, kwnames);
    /* the type's name without its module, as CPython shows it */
    const char *owner = strrchr(d->owner->name, '.');
    owner = owner ? owner + 1 : d->owner->name;
    if (Arg_AtLeast(nargs, 1, "unbound method %s.%s() needs an argument", owner, d->def->name) < 0) return NULL;
    if (TYPE(args[0]) != d->owner && !descr_check_self(d, args[0])) return NULL;
    if (Arg_Fast(s, nargs - 1, kwnames)) return d->def->fn(args[0], args + 1, nargs - 1, NULL);
    return Arg_Call(d->def, (Object *)d, args[0], args + 1, nargs - 1, kwnames);
}

/* The call behind every `obj.method(...)` of a built-in type: the eval loop
 * passes obj as args[0].  An instance of exactly the owner type with
 * arguments the method takes as they are (the usual case) goes straight to
 * the C function; with others (an optional argument left out, keywords) to
 * Arg_Call, once the declaration is taken apart (d->fast is set then). */
static Object *methoddescr_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    MethodDescr *d = (MethodDescr *)o;
    if (nargs >= 1 && TYPE(args[0]) == d->owner) {
        if (Arg_FastIn(&d->fast, nargs - 1, kwnames)) return d->def->fn(args[0], args + 1, nargs - 1, NULL);
        if (__atomic_load_n(&d->fast, __ATOMIC_RELAXED))
            return Arg_Call(d->def, o, args[0], args + 1, nargs - 1, kwnames);
    }
    return methoddescr_call_slow(d, args, nargs, kwnames);
}

static Object *methoddescr_repr(Object *o) {
    MethodDescr *d = (MethodDescr *)o;
    return Str_FromFormat("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static Object *descr_get_name(Object *o) { return Str_FromUTF8(((MethodDescr *)o)->def->name, -1); }
static Object *descr_get_objclass(Object *o) { return NEWREF((Object *)((MethodDescr *)o)->owner); }
static Object *descr_get_doc(Object *o) { return Arg_Doc(((MethodDescr *)o)->def->args); }
static Object *descr_get_text_signature(Object *o) { return Arg_TextSignature(((MethodDescr *)o)->def->args); }

static const GetSetDef methoddescr_getset[] = {
    {"__name__", descr_get_name, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL},
    {"__doc__", descr_get_doc, NULL, NULL},
    {"__text_signature__", descr_get_text_signature, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type MethodDescr_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescr),
    .dealloc = descr_dealloc,
    .repr = methoddescr_repr,
    .call = methoddescr_call,
    .descr_get = methoddescr_get,
    .getset = methoddescr_getset,
};

/* Class methods bind to the type, whether reached through it or an instance. */
static Object *classmethoddescr_get(Object *o, Object *obj, Type *owner) {
    MethodDescr *d = (MethodDescr *)o;
    Object *cls = owner ? (Object *)owner : (Object *)TYPE(obj);
    return BuiltinFunction_New(d->def, cls);
}

static Object *classmethoddescr_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    MethodDescr *d = (MethodDescr *)o;
    if (Arg_AtLeast(nargs, 1, "descriptor '%s' of '%s' object needs an argument", d->def->name, d->owner->name) < 0)
        return NULL;
    if (!Type_Check(args[0])) {
        Err_Format(Exc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", d->def->name,
                   d->owner->name, TYPE_NAME(args[0]));
        return NULL;
    }
    if (!Type_IsSubtype((Type *)args[0], d->owner)) {
        Err_Format(Exc_TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'", d->def->name,
                   d->owner->name, ((Type *)args[0])->name);
        return NULL;
    }
    const ArgShape *s = Arg_ShapeFor(d->def->args, &d->fast, false);
    if (!s) return NULL;
    if (Arg_Fast(s, nargs - 1, kwnames)) return d->def->fn(args[0], args + 1, nargs - 1, NULL);
    return Arg_Call(d->def, o, args[0], args + 1, nargs - 1, kwnames);
}

static Object *classmethoddescr_repr(Object *o) {
    MethodDescr *d = (MethodDescr *)o;
    return Str_FromFormat("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

Type ClassMethodDescr_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescr),
    .dealloc = descr_dealloc,
    .repr = classmethoddescr_repr,
    .call = classmethoddescr_call,
    .descr_get = classmethoddescr_get,
    .getset = methoddescr_getset,
};

/* ---- getset descriptors ---------------------------------------------------- */

Object *GetSetDescr_New(Type *owner, const GetSetDef *def) {
    GetSetDescr *d = (GetSetDescr *)Obj_Alloc(&GetSetDescr_Type, sizeof(GetSetDescr));
    if (!d) return NULL;
    d->def = def;
    d->owner = (Type *)NEWREF((Object *)owner); /* a class's __dict__ may outlive it */
    return (Object *)d;
}

static void getset_dealloc(Object *o) {
    Gc_Untrack(o);
    DECREF((Object *)((GetSetDescr *)o)->owner);
    Obj_Free(o);
}

static int getset_traverse(Object *o, VisitFn visit, void *arg) {
    return visit((Object *)((GetSetDescr *)o)->owner, arg);
}

static Object *getset_get(Object *o, Object *obj, Type *owner) {
    GetSetDescr *d = (GetSetDescr *)o;
    if (!obj) return NEWREF(o);
    if (!Type_IsSubtype(TYPE(obj), d->owner)) {
        Err_Format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                   d->owner->name, TYPE_NAME(obj));
        return NULL;
    }
    return d->def->get(obj);
}

static int getset_set(Object *o, Object *obj, Object *v) {
    GetSetDescr *d = (GetSetDescr *)o;
    if (!Type_IsSubtype(TYPE(obj), d->owner)) {
        Err_Format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                   d->owner->name, TYPE_NAME(obj));
        return -1;
    }
    if (!d->def->set) {
        Err_Format(Exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name, d->owner->name);
        return -1;
    }
    return d->def->set(obj, v);
}

static Object *getset_repr(Object *o) {
    GetSetDescr *d = (GetSetDescr *)o;
    return Str_FromFormat("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static Object *getset_get_name(Object *o) { return Str_FromUTF8(((GetSetDescr *)o)->def->name, -1); }
static Object *getset_get_qualname(Object *o) {
    GetSetDescr *d = (GetSetDescr *)o;
    return Str_FromFormat("%U.%s", d->owner->qualname, d->def->name);
}
static Object *getset_get_objclass(Object *o) { return NEWREF((Object *)((GetSetDescr *)o)->owner); }
static Object *getset_get_doc(Object *o) {
    const char *doc = ((GetSetDescr *)o)->def->doc;
    return doc ? Str_FromUTF8(doc, -1) : NEWREF(OBJ_NONE);
}

static const GetSetDef getset_getset[] = {
    {"__name__", getset_get_name, NULL, NULL},
    {"__qualname__", getset_get_qualname, NULL, NULL},
    {"__objclass__", getset_get_objclass, NULL, NULL},
    {"__doc__", getset_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type GetSetDescr_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescr),
    .flags = TPFLAG_GC,
    .dealloc = getset_dealloc,
    .traverse = getset_traverse,
    .getset = getset_getset,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
};
