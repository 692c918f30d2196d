/* The objects behind PEP 695 type parameters (TypeVar, ParamSpec,
 * TypeVarTuple, TypeAliasType, Generic) and PEP 750 template strings
 * (Template, Interpolation).  Generic aliases such as list[int] are in
 * genericalias.c, unions in union.c. */
#include "objects/typing.h"
#include "abstract.h"
#include "eval.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include <stdlib.h>

/* ---- type parameters --------------------------------------------------------
 * Bounds, constraints, defaults and alias values are evaluated lazily: the
 * compiler hands over a function that computes them on first access. */

typedef struct TypeParam {
    Object ob;
    Object *name;
    Object *bound, *bound_fn;             /* value once evaluated, and its function */
    Object *constraints, *constraints_fn;
    Object *dflt, *dflt_fn;
    Object *module;                       /* the module that called TypeVar(), ... or NULL */
    int kind;
    bool called;                          /* made by TypeVar() etc., not by syntax */
    /* variance: type parameter syntax infers it; TypeVar() and ParamSpec()
     * take it as keywords (the repr shows it: T, +T, -T, ~T) */
    bool covariant, contravariant, infer_variance;
} TypeParam;

static Object *typeparam_new(Type *t, int kind, Object *name) {
    TypeParam *p = (TypeParam *)Obj_Alloc(t, sizeof(TypeParam));
    if (!p) return NULL;
    p->name = NEWREF(name);
    p->kind = kind;
    p->infer_variance = true;
    return (Object *)p;
}

static void typeparam_dealloc(Object *o) {
    TypeParam *p = (TypeParam *)o;
    Gc_Untrack(o);
    CLEAR(p->name);
    CLEAR(p->bound);
    CLEAR(p->bound_fn);
    CLEAR(p->constraints);
    CLEAR(p->constraints_fn);
    CLEAR(p->dflt);
    CLEAR(p->dflt_fn);
    CLEAR(p->module);
    Obj_Free(o);
}

static int typeparam_traverse(Object *o, VisitFn visit, void *arg) {
    TypeParam *p = (TypeParam *)o;
    Object *f[] = {p->bound, p->bound_fn, p->constraints, p->constraints_fn, p->dflt, p->dflt_fn};
    for (int i = 0; i < 6; i++)
        if (f[i] && visit(f[i], arg)) return 1;
    return 0;
}

static int typeparam_clear(Object *o) {
    TypeParam *p = (TypeParam *)o;
    CLEAR(p->bound);
    CLEAR(p->bound_fn);
    CLEAR(p->constraints);
    CLEAR(p->constraints_fn);
    CLEAR(p->dflt);
    CLEAR(p->dflt_fn);
    return 0;
}

static Object *typeparam_repr(Object *o) {
    TypeParam *p = (TypeParam *)o;
    if (p->kind == TP_TYPEVARTUPLE || p->infer_variance) return NEWREF(p->name);
    return Str_FromFormat("%c%S", p->covariant ? '+' : p->contravariant ? '-' : '~', p->name);
}

/* T.__module__: the caller of TypeVar(); the class's 'typing' otherwise */
static Object *typeparam_getattr(Object *o, Object *name) {
    TypeParam *p = (TypeParam *)o;
    if (p->module && Str_Check(name) && Str_EqC(name, "__module__")) return NEWREF(p->module);
    return Obj_GenericGetAttr(o, name);
}

/* Evaluates a lazy field once: *value caches fn(). */
static Object *lazy(Object **value, Object **fn, Object *absent) {
    if (!*value && *fn) {
        Object *v = Obj_CallNoArgs(*fn);
        if (!v) return NULL;
        *value = v; /* fn is kept: evaluate_* hands it out */
    }
    return NEWREF(*value ? *value : absent);
}

/* ---- evaluate functions (annotationlib) --------------------------------------
 * A lazily computed value's function takes a format (annotationlib calls it);
 * a value given outright is wrapped in a const evaluator that answers every
 * format with the value, STRING with its type_repr(). */

typedef struct {
    Object ob;
    Object *value;
} ConstEvaluator;

static void consteval_dealloc(Object *o) {
    Gc_Untrack(o);
    CLEAR(((ConstEvaluator *)o)->value);
    Obj_Free(o);
}
static int consteval_traverse(Object *o, VisitFn visit, void *arg) {
    Object *v = ((ConstEvaluator *)o)->value;
    return v ? visit(v, arg) : 0;
}
static int consteval_clear(Object *o) {
    CLEAR(((ConstEvaluator *)o)->value);
    return 0;
}
static Object *consteval_repr(Object *o) {
    return Str_FromFormat("<constevaluator %R>", ((ConstEvaluator *)o)->value);
}

/* "(a, b)": constraints written as in source, items by type_repr */
static Object *tuple_type_repr(Object *type_repr, Object *tuple) {
    ssize_t n = TUPLE_LEN(tuple);
    Object *parts = Tuple_New(n);
    if (!parts) return NULL;
    for (ssize_t i = 0; i < n; i++) {
        Object *s = Obj_CallOneArg(type_repr, TUPLE_GET(tuple, i));
        if (!s) {
            DECREF(parts);
            return NULL;
        }
        TUPLE_ITEMS(parts)[i] = s;
    }
    Object *joined = Str_Join(Str_InternC(", "), parts);
    DECREF(parts);
    if (!joined) return NULL;
    Object *r = Str_FromFormat("(%U)", joined);
    DECREF(joined);
    return r;
}

static Object *consteval_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    if (KW_COUNT(kwnames)) {
        Err_SetString(Exc_TypeError, "constevaluator.__call__() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 1) {
        Err_Format(Exc_TypeError, "constevaluator.__call__() takes exactly 1 argument (%zd given)", (ssize_t)nargs);
        return NULL;
    }
    ssize_t format;
    if (Index_AsSsizeArg(args[0], &format) < 0) return NULL;
    Object *value = ((ConstEvaluator *)o)->value;
    if (format != 4) return NEWREF(value); /* Format.STRING */
    Object *mod = Import_ImportC("annotationlib");
    if (!mod) return NULL;
    Object *type_repr = Obj_GetAttrC(mod, "type_repr");
    DECREF(mod);
    if (!type_repr) return NULL;
    Object *r = Tuple_Check(value) ? tuple_type_repr(type_repr, value) : Obj_CallOneArg(type_repr, value);
    DECREF(type_repr);
    return r;
}

static Type ConstEvaluator_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "_typing._ConstEvaluator", .basicsize = sizeof(ConstEvaluator),
    .flags = TPFLAG_GC, .dealloc = consteval_dealloc, .repr = consteval_repr, .call = consteval_call,
    .traverse = consteval_traverse, .clear = consteval_clear,
};

/* What evaluate_X gives: the lazy function, the value wrapped, or None. */
static Object *evaluator(Object *value, Object *fn) {
    if (fn) return NEWREF(fn);
    if (!value) return NEWREF(OBJ_NONE);
    ConstEvaluator *c = (ConstEvaluator *)Obj_Alloc(&ConstEvaluator_Type, sizeof(ConstEvaluator));
    if (!c) return NULL;
    c->value = NEWREF(value);
    Gc_Track((Object *)c);
    return (Object *)c;
}

static Object *no_default_obj(void);
static Object *tp_evaluate_bound(Object *o) {
    TypeParam *p = (TypeParam *)o;
    return evaluator(p->bound, p->bound_fn);
}
static Object *tp_evaluate_constraints(Object *o) {
    TypeParam *p = (TypeParam *)o;
    return evaluator(p->constraints, p->constraints_fn);
}
static Object *tp_evaluate_default(Object *o) {
    TypeParam *p = (TypeParam *)o;
    /* a call without default= gave NoDefault outright */
    return evaluator(p->dflt ? p->dflt : p->called ? no_default_obj() : NULL, p->dflt_fn);
}

static Object *tp_get_name(Object *o) { return NEWREF(((TypeParam *)o)->name); }
static Object *tp_get_bound(Object *o) {
    TypeParam *p = (TypeParam *)o;
    return lazy(&p->bound, &p->bound_fn, OBJ_NONE);
}
static Object *tp_get_constraints(Object *o) {
    TypeParam *p = (TypeParam *)o;
    if (!p->constraints && !p->constraints_fn) return Tuple_Empty();
    return lazy(&p->constraints, &p->constraints_fn, OBJ_NONE);
}
static Object *no_default_obj(void);
static Object *tp_get_default(Object *o) {
    TypeParam *p = (TypeParam *)o;
    return lazy(&p->dflt, &p->dflt_fn, no_default_obj());
}
static Object *tp_get_covariant(Object *o) { return NEWREF(Bool_From(((TypeParam *)o)->covariant)); }
static Object *tp_get_contravariant(Object *o) { return NEWREF(Bool_From(((TypeParam *)o)->contravariant)); }
static Object *tp_get_infer(Object *o) { return NEWREF(Bool_From(((TypeParam *)o)->infer_variance)); }

static Object *tp_has_default(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(Bool_From(TypeParam_HasDefault(self)));
}

int TypeParam_Kind(Object *o) {
    Type *t = TYPE(o);
    return t == &TypeVar_Type || t == &ParamSpec_Type || t == &TypeVarTuple_Type ? ((TypeParam *)o)->kind : -1;
}

bool TypeParam_HasDefault(Object *p) { return ((TypeParam *)p)->dflt || ((TypeParam *)p)->dflt_fn; }

Object *TypeParam_Default(Object *p) { return tp_get_default(p); }

static Object *typeparam_mro_entries(Object *self, Object *const *args, size_t nargs, Object *kwnames);
static Object *typeparam_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames);
static const MethodDef typeparam_methods[] = {
    {"has_default", tp_has_default, 0, ARGS("($self, /)", NULL)},
    {"__mro_entries__", typeparam_mro_entries, 0, ARGS("($self, bases, /)", NULL)},
    {"__reduce__", typeparam_reduce, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef typevar_getset[] = {
    {"__name__", tp_get_name, NULL, NULL},
    {"__bound__", tp_get_bound, NULL, NULL},
    {"__constraints__", tp_get_constraints, NULL, NULL},
    {"__default__", tp_get_default, NULL, NULL},
    {"evaluate_bound", tp_evaluate_bound, NULL, NULL},
    {"evaluate_constraints", tp_evaluate_constraints, NULL, NULL},
    {"evaluate_default", tp_evaluate_default, NULL, NULL},
    {"__covariant__", tp_get_covariant, NULL, NULL},
    {"__contravariant__", tp_get_contravariant, NULL, NULL},
    {"__infer_variance__", tp_get_infer, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const GetSetDef typevartuple_getset[] = {
    {"__name__", tp_get_name, NULL, NULL},
    {"__default__", tp_get_default, NULL, NULL},
    {"evaluate_default", tp_evaluate_default, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* ---- calling the typing module ----------------------------------------------
 * Much of what these objects do at run time (Generic[T], Unpack[Ts], forward
 * references, substitutions) is written in Python, in lib/typing.py, as CPython's is:
 * the C side calls its hooks by name, importing typing on first use. */

Object *Typing_CallHook(const char *hook, Object *const *args, size_t nargs, Object *kwnames) {
    Object *mod = Import_ImportC("typing");
    if (!mod) return NULL;
    Object *f = Obj_GetAttrC(mod, hook);
    DECREF(mod);
    if (!f) return NULL;
    Object *r = Obj_Call(f, args, nargs, kwnames);
    DECREF(f);
    return r;
}

/* ---- constructors: TypeVar('T', ...), ParamSpec('P'), TypeVarTuple('Ts') ---- */

/* The module of the code that called the constructor (new reference), NULL
 * when there is none to tell. */
static Object *caller_module(void) {
    Object *g = Eval_Globals();
    if (!g || !Dict_Check(g)) return NULL;
    Object *name = Dict_GetStr(g, "__name__");
    return XNEWREF(name);
}

/* A bool keyword argument (absent: false); -1 on error. */
static int flag_arg(Object *v) { return v ? Obj_IsTrue(v) : 0; }

/* Bounds and defaults given as strings become ForwardRefs, through typing;
 * others are kept as given.  New reference. */
static Object *annotation_arg(Object *v) {
    if (!Str_Check(v)) return NEWREF(v);
    return Typing_CallHook("ForwardRef", &v, 1, NULL);
}

/* Fills the parts the three constructors share; steals nothing. */
static Object *typeparam_make(Type *t, int kind, Object *name, Object *bound, Object *dflt, Object *const *variance) {
    if (!Str_Check(name)) {
        Err_Format(Exc_TypeError, "%s() argument 'name' must be str, not %s",
                   kind == TP_TYPEVAR ? "typevar" : kind == TP_PARAMSPEC ? "paramspec" : "typevartuple",
                   TYPE_NAME(name));
        return NULL;
    }
    int cov = 0, contra = 0, infer = 0;
    if (variance) {
        if ((cov = flag_arg(variance[0])) < 0 || (contra = flag_arg(variance[1])) < 0 ||
            (infer = flag_arg(variance[2])) < 0)
            return NULL;
        if (cov && contra) {
            Err_SetString(Exc_ValueError, "Bivariant types are not supported.");
            return NULL;
        }
        if (infer && (cov || contra)) {
            Err_SetString(Exc_ValueError, "Variance cannot be specified with infer_variance.");
            return NULL;
        }
    }
    TypeParam *p = (TypeParam *)typeparam_new(t, kind, name);
    if (!p) return NULL;
    p->covariant = cov;
    p->contravariant = contra;
    p->infer_variance = infer;
    p->module = caller_module();
    p->called = true;
    if (bound && bound != OBJ_NONE && !(p->bound = annotation_arg(bound))) goto fail;
    if (dflt && dflt != no_default_obj() && !(p->dflt = annotation_arg(dflt))) goto fail;
    return (Object *)p;
fail:
    DECREF((Object *)p);
    return NULL;
}

static Object *typevar_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[6]; /* name, then keyword-only bound, covariant, contravariant, infer_variance, default */
    if (Arg_Unpack(t->args, "typevar", args, nargs, kwnames, a) < 0) return NULL;
    Object *const *constraints = nargs > 1 ? args + 1 : NULL;
    size_t nconstraints = nargs > 1 ? nargs - 1 : 0;
    if (nconstraints == 1) {
        Err_SetString(Exc_TypeError, "A single constraint is not allowed");
        return NULL;
    }
    if (nconstraints && a[1] && a[1] != OBJ_NONE) {
        Err_SetString(Exc_TypeError, "Constraints cannot be combined with bound=...");
        return NULL;
    }
    TypeParam *p = (TypeParam *)typeparam_make(t, TP_TYPEVAR, a[0], a[1], a[5], a + 2);
    if (p && nconstraints) {
        Object *c = Tuple_New((ssize_t)nconstraints);
        for (size_t i = 0; c && i < nconstraints; i++) {
            Object *v = annotation_arg(constraints[i]);
            TUPLE_ITEMS(c)[i] = v ? v : NEWREF(OBJ_NONE);
            if (!v) CLEAR(c);
        }
        if (!c) CLEAR(p);
        else p->constraints = c;
    }
    return (Object *)p;
}

static Object *paramspec_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[6]; /* name, bound, covariant, contravariant, infer_variance, default */
    if (Arg_Unpack(t->args, "paramspec", args, nargs, kwnames, a) < 0) return NULL;
    return typeparam_make(t, TP_PARAMSPEC, a[0], a[1], a[5], a + 2);
}

static Object *typevartuple_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2]; /* name, default */
    if (Arg_Unpack(t->args, "typevartuple", args, nargs, kwnames, a) < 0) return NULL;
    return typeparam_make(t, TP_TYPEVARTUPLE, a[0], NULL, a[1], NULL);
}

/* *Ts gives typing.Unpack[Ts], once (and *A for a type alias A) */
static Object *unpack_iter(Object *self) {
    Object *unpacked = Typing_CallHook("_unpack_of", &self, 1, NULL);
    if (!unpacked) return NULL;
    Object *items = Tuple_Pack(1, unpacked);
    DECREF(unpacked);
    if (!items) return NULL;
    Object *it = Obj_GetIter(items);
    DECREF(items);
    return it;
}

/* Subclassing a type parameter is an error, as in CPython. */
static Object *typeparam_mro_entries(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Err_Format(Exc_TypeError, "Cannot subclass an instance of %s", TYPE(self)->name + sizeof "typing." - 1);
    return NULL;
}

static Object *typeparam_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(((TypeParam *)self)->name);
}

/* ---- P.args and P.kwargs ------------------------------------------------------ */

typedef struct ParamSpecPart {
    Object ob;
    Object *origin; /* the ParamSpec */
} ParamSpecPart;



static Object *part_make(Type *t, Object *origin) {
    ParamSpecPart *p = (ParamSpecPart *)Obj_Alloc(t, sizeof(ParamSpecPart));
    if (p) p->origin = NEWREF(origin);
    return (Object *)p;
}

static Object *part_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *origin;
    if (Arg_Unpack(t->args, t == &ParamSpecArgs_Type ? "paramspecargs" : "paramspeckwargs", args, nargs, kwnames,
                   &origin) < 0)
        return NULL;
    return part_make(t, origin);
}

static void part_dealloc(Object *o) {
    Gc_Untrack(o);
    CLEAR(((ParamSpecPart *)o)->origin);
    Obj_Free(o);
}

static int part_traverse(Object *o, VisitFn visit, void *arg) {
    Object *origin = ((ParamSpecPart *)o)->origin;
    return origin && visit(origin, arg);
}

static int part_clear(Object *o) {
    CLEAR(((ParamSpecPart *)o)->origin);
    return 0;
}

/* P.args, P.kwargs: written with the ParamSpec's name when it is one */
static Object *part_repr(Object *o) {
    Object *origin = ((ParamSpecPart *)o)->origin;
    const char *suffix = TYPE(o) == &ParamSpecArgs_Type ? "args" : "kwargs";
    if (TYPE(origin) == &ParamSpec_Type) return Str_FromFormat("%S.%s", ((TypeParam *)origin)->name, suffix);
    return Str_FromFormat("%R.%s", origin, suffix);
}

static Object *part_richcompare(Object *a, Object *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(a) != TYPE(b)) return NEWREF(OBJ_NOTIMPL);
    int eq = Obj_RichCompareBool(((ParamSpecPart *)a)->origin, ((ParamSpecPart *)b)->origin, CMP_EQ);
    if (eq < 0) return NULL;
    return NEWREF(Bool_From(op == CMP_EQ ? eq : !eq));
}

static Object *part_get_origin(Object *o) { return NEWREF(((ParamSpecPart *)o)->origin); }

static Object *part_mro_entries(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Err_Format(Exc_TypeError, "Cannot subclass an instance of %s", TYPE(self)->name + sizeof "typing." - 1);
    return NULL;
}

static const GetSetDef part_getset[] = {
    {"__origin__", part_get_origin, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const MethodDef part_methods[] = {
    {"__mro_entries__", part_mro_entries, 0, ARGS("($self, bases, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

#define PARAMSPEC_PART_TYPE(var, tname, sig)                                                                 \
    Type var = {                                                                                      \
        .ob = OBJ_HEAD_INIT(&Type_Type), .name = tname, .basicsize = sizeof(ParamSpecPart), .flags = TPFLAG_GC, \
        .dealloc = part_dealloc, .repr = part_repr, .traverse = part_traverse, .clear = part_clear,           \
        .richcompare = part_richcompare, .getset = part_getset, .methods = part_methods, .new_ = part_new,    \
        .args = ARGS(sig, NULL),                                                                             \
    }
PARAMSPEC_PART_TYPE(ParamSpecArgs_Type, "typing.ParamSpecArgs", "(origin)");
PARAMSPEC_PART_TYPE(ParamSpecKwargs_Type, "typing.ParamSpecKwargs", "(origin)");

static Object *ps_get_args(Object *o) { return part_make(&ParamSpecArgs_Type, o); }
static Object *ps_get_kwargs(Object *o) { return part_make(&ParamSpecKwargs_Type, o); }

static const GetSetDef paramspec_getset[] = {
    {"__name__", tp_get_name, NULL, NULL},
    {"__bound__", tp_get_bound, NULL, NULL},
    {"__default__", tp_get_default, NULL, NULL},
    {"evaluate_default", tp_evaluate_default, NULL, NULL},
    {"__covariant__", tp_get_covariant, NULL, NULL},
    {"__contravariant__", tp_get_contravariant, NULL, NULL},
    {"__infer_variance__", tp_get_infer, NULL, NULL},
    {"args", ps_get_args, NULL, NULL},
    {"kwargs", ps_get_kwargs, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* T | int: a union (a TypeVarTuple has no |) */
#define TYPEPARAM_TYPE(var, tname, gs, or_fn, new_fn, iter_fn, sig)                                            \
    Type var = {                                                                                  \
        .ob = OBJ_HEAD_INIT(&Type_Type), .name = tname, .basicsize = sizeof(TypeParam), .flags = TPFLAG_GC, \
        .dealloc = typeparam_dealloc, .repr = typeparam_repr, .traverse = typeparam_traverse,             \
        .clear = typeparam_clear, .methods = typeparam_methods, .getset = gs, .nb = {[NB_OR] = or_fn},    \
        .getattr = typeparam_getattr, .new_ = new_fn, .iter = iter_fn, .args = ARGS(sig, NULL),             \
    }
TYPEPARAM_TYPE(TypeVar_Type, "typing.TypeVar", typevar_getset, Union_Join, typevar_new, NULL,
               "(name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False, "
               "default=typing.NoDefault)");
TYPEPARAM_TYPE(ParamSpec_Type, "typing.ParamSpec", paramspec_getset, Union_Join, paramspec_new, NULL,
               "(name, *, bound=None, covariant=False, contravariant=False, infer_variance=False, "
               "default=typing.NoDefault)");
TYPEPARAM_TYPE(TypeVarTuple_Type, "typing.TypeVarTuple", typevartuple_getset, NULL, typevartuple_new,
               unpack_iter, "(name, *, default=typing.NoDefault)");

/* typing.NoDefault */
static void immortal_dealloc(Object *o) { (void)o; }
static Object *nodefault_repr(Object *o) { return NEWREF(Str_InternC("typing.NoDefault")); }
Type NoDefault_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "NoDefaultType", .basicsize = sizeof(Object),
    .dealloc = immortal_dealloc, .repr = nodefault_repr,
};
Object NoDefault_Obj = OBJ_HEAD_INIT(&NoDefault_Type);
static Object *no_default_obj(void) { return &NoDefault_Obj; }

/* ---- type aliases (`type X = ...`) --------------------------------------- */

typedef struct TypeAlias {
    Object ob;
    Object *name, *params, *value, *value_fn, *module;
} TypeAlias;


static void typealias_dealloc(Object *o) {
    TypeAlias *a = (TypeAlias *)o;
    Gc_Untrack(o);
    CLEAR(a->name);
    CLEAR(a->params);
    CLEAR(a->value);
    CLEAR(a->value_fn);
    CLEAR(a->module);
    Obj_Free(o);
}

static int typealias_traverse(Object *o, VisitFn visit, void *arg) {
    TypeAlias *a = (TypeAlias *)o;
    Object *f[] = {a->params, a->value, a->value_fn, a->module};
    for (int i = 0; i < 4; i++)
        if (f[i] && visit(f[i], arg)) return 1;
    return 0;
}

static int typealias_clear(Object *o) {
    TypeAlias *a = (TypeAlias *)o;
    CLEAR(a->params);
    CLEAR(a->value);
    CLEAR(a->value_fn);
    return 0;
}

static Object *typealias_repr(Object *o) { return NEWREF(((TypeAlias *)o)->name); }
static Object *ta_get_name(Object *o) { return NEWREF(((TypeAlias *)o)->name); }
static Object *ta_get_params(Object *o) {
    TypeAlias *a = (TypeAlias *)o;
    return a->params ? NEWREF(a->params) : Tuple_Empty();
}
static Object *ta_get_value(Object *o) {
    TypeAlias *a = (TypeAlias *)o;
    return lazy(&a->value, &a->value_fn, OBJ_NONE);
}
static Object *ta_evaluate_value(Object *o) {
    TypeAlias *a = (TypeAlias *)o;
    return evaluator(a->value, a->value_fn);
}
static Object *ta_get_module(Object *o) {
    TypeAlias *a = (TypeAlias *)o;
    return NEWREF(a->module ? a->module : OBJ_NONE);
}

static const GetSetDef typealias_getset[] = {
    {"__name__", ta_get_name, NULL, NULL},
    {"__type_params__", ta_get_params, NULL, NULL},
    {"__parameters__", ta_get_params, NULL, NULL},
    {"__value__", ta_get_value, NULL, NULL},
    {"evaluate_value", ta_evaluate_value, NULL, NULL},
    {"__module__", ta_get_module, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Object *typealias_getitem(Object *self, Object *key) { return GenericAlias_New(self, key); }

/* TypeAliasType(name, value, *, type_params=()): an alias whose value is
 * known already (the `type` statement computes its own lazily) */
static Object *typealias_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[3]; /* name, value, type_params */
    if (Arg_Unpack(t->args, "typealias", args, nargs, kwnames, a) < 0) return NULL;
    if (!Str_Check(a[0])) {
        Err_Format(Exc_TypeError, "typealias() argument 'name' must be str, not %s", TYPE_NAME(a[0]));
        return NULL;
    }
    if (a[2] && !Tuple_Check(a[2])) {
        Err_SetString(Exc_TypeError, "type_params must be a tuple");
        return NULL;
    }
    TypeAlias *ta = (TypeAlias *)Obj_Alloc(t, sizeof(TypeAlias));
    if (!ta) return NULL;
    ta->name = NEWREF(a[0]);
    ta->value = NEWREF(a[1]);
    ta->params = a[2] && TUPLE_LEN(a[2]) ? NEWREF(a[2]) : NULL;
    ta->module = caller_module();
    return (Object *)ta;
}


Type TypeAlias_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "typing.TypeAliasType", .basicsize = sizeof(TypeAlias),
    .flags = TPFLAG_GC, .dealloc = typealias_dealloc, .repr = typealias_repr,
    .getitem = typealias_getitem, .iter = unpack_iter, .nb = {[NB_OR] = Union_Or}, .traverse = typealias_traverse,
    .clear = typealias_clear, .getset = typealias_getset, .new_ = typealias_new,
    .args = ARGS("(name, value, *, type_params=())", NULL),
};

bool TypeAlias_Check(Object *o) { return TYPE(o) == &TypeAlias_Type; }

/* The built-in containers' __class_getitem__, in the order of Typing_Ready's list. */
static const MethodDef class_getitem_defs[] = {
    METHOD_CLASS_GETITEM("lists are generic over the type of their contents"),
    METHOD_CLASS_GETITEM("dicts are generic over two types, signifying (respectively) the types of their keys and "
                         "values"),
    METHOD_CLASS_GETITEM("Tuples are generic over the types of their contents.\n\n"
                         "For example, use ``tuple[int, str]`` for a pair whose first element\n"
                         "is an int and second element is a string.\n\n"
                         "Tuples also support the form ``tuple[T, ...]`` to indicate\n"
                         "an arbitrary length tuple of elements of type T."),
    METHOD_CLASS_GETITEM("sets are generic over the type of their elements"),
    METHOD_CLASS_GETITEM("frozensets are generic over the type of their elements"),
};

/* Generic[T] and C[int] for a generic class C: typing's aliases */
static Object *generic_class_getitem(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    Object *hook_args[2] = {cls, args[0]};
    return Typing_CallHook("_subscript_generic", hook_args, 2, NULL);
}

/* class C(Generic[T]): typing finds C's __parameters__ */
static Object *generic_init_subclass(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    size_t nkw = (size_t)KW_COUNT(kwnames);
    Object **all = malloc(sizeof(Object *) * (nargs + nkw + 1));
    if (!all) return Err_NoMemory();
    all[0] = cls;
    for (size_t i = 0; i < nargs + nkw; i++) all[i + 1] = args[i];
    Object *r = Typing_CallHook("_init_generic_subclass", all, nargs + 1, kwnames);
    free(all);
    return r;
}

static const MethodDef generic_methods[] = {
    {"__class_getitem__", generic_class_getitem, METH_CLASS, ARGS("($type, params, /)", NULL)},
    {"__init_subclass__", generic_init_subclass, METH_CLASS, ARGS("($type, /, *args, **kwargs)", NULL)},
    {NULL, NULL, 0, NULL},
};

/* typing.Generic: the base class `class C[T]:` gets. */
Type Generic_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "typing.Generic", .basicsize = sizeof(Object),
    .flags = TPFLAG_BASETYPE, .methods = generic_methods,
    .doc = "Abstract base class for generic types.\n\nOn Python 3.12 and newer, generic classes implicitly inherit from\nGeneric when they declare a parameter list after the class's name::\n\n    class Mapping[KT, VT]:\n        def __getitem__(self, key: KT) -> VT:\n            ...\n        # Etc.\n\nOn older versions of Python, however, generic classes have to\nexplicitly inherit from Generic.\n\nAfter a class has been declared to be generic, it can then be used as\nfollows::\n\n    def lookup_name[KT, VT](mapping: Mapping[KT, VT], key: KT, default: VT) -> VT:\n        try:\n            return mapping[key]\n        except KeyError:\n            return default",
    /* classes with type parameters derive from Generic: object's constructor */
    .new_ = Obj_GenericNew,
};

/* ---- the intrinsics --------------------------------------------------------- */

Object *Typing_Intrinsic1(int which, Object *v) {
    switch (which) {
    case 7: return typeparam_new(&TypeVar_Type, TP_TYPEVAR, v);
    case 8: return typeparam_new(&ParamSpec_Type, TP_PARAMSPEC, v);
    case 9: return typeparam_new(&TypeVarTuple_Type, TP_TYPEVARTUPLE, v);
    case 10: /* SUBSCRIPT_GENERIC: Generic[params], with *Ts for a TypeVarTuple */
        return Typing_CallHook("_generic_base", &v, 1, NULL);
    case 11: { /* TYPEALIAS: (name, type_params, compute_value) */
        if (!Tuple_Check(v) || TUPLE_LEN(v) != 3) {
            Err_SetString(Exc_SystemError, "bad type alias arguments");
            return NULL;
        }
        TypeAlias *a = (TypeAlias *)Obj_Alloc(&TypeAlias_Type, sizeof(TypeAlias));
        if (!a) return NULL;
        a->name = NEWREF(TUPLE_GET(v, 0));
        Object *params = TUPLE_GET(v, 1);
        a->params = params == OBJ_NONE ? NULL : NEWREF(params);
        a->value_fn = NEWREF(TUPLE_GET(v, 2));
        Object *mod = NULL;
        if (TYPE(a->value_fn) == &Function_Type) mod = ((Function *)a->value_fn)->module;
        a->module = XNEWREF(mod);
        return (Object *)a;
    }
    default:
        Err_Format(Exc_SystemError, "intrinsic function %d is not supported", which);
        return NULL;
    }
}

Object *Typing_Intrinsic2(int which, Object *a, Object *b) {
    switch (which) {
    case 2: { /* TYPEVAR_WITH_BOUND(name, bound_fn) */
        TypeParam *p = (TypeParam *)typeparam_new(&TypeVar_Type, TP_TYPEVAR, a);
        if (p) p->bound_fn = NEWREF(b);
        return (Object *)p;
    }
    case 3: { /* TYPEVAR_WITH_CONSTRAINTS(name, constraints_fn) */
        TypeParam *p = (TypeParam *)typeparam_new(&TypeVar_Type, TP_TYPEVAR, a);
        if (p) p->constraints_fn = NEWREF(b);
        return (Object *)p;
    }
    case 4: /* SET_FUNCTION_TYPE_PARAMS(func, params) */
        if (TYPE(a) == &Function_Type) SETREF(((Function *)a)->typeparams, NEWREF(b));
        return NEWREF(a);
    case 5: { /* SET_TYPEPARAM_DEFAULT(param, default_fn) */
        if (TYPE(a) == &TypeVar_Type || TYPE(a) == &ParamSpec_Type || TYPE(a) == &TypeVarTuple_Type)
            SETREF(((TypeParam *)a)->dflt_fn, NEWREF(b));
        return NEWREF(a);
    }
    default:
        Err_Format(Exc_SystemError, "intrinsic function %d is not supported", which);
        return NULL;
    }
}

/* ---- template strings ------------------------------------------------------- */

typedef struct Interpolation {
    Object ob;
    Object *value, *expression, *conversion, *format_spec;
} Interpolation;

typedef struct Template {
    Object ob;
    Object *strings, *interpolations; /* tuples; len(strings) == len(interpolations) + 1 */
} Template;

static Type Interpolation_Type, Template_Type;

Object *Interpolation_New(Object *value, Object *expression, int conversion, Object *format_spec) {
    static const char *const conv_names[] = {NULL, "s", "r", "a"};
    Interpolation *i = (Interpolation *)Obj_Alloc(&Interpolation_Type, sizeof(Interpolation));
    if (!i) return NULL;
    i->value = NEWREF(value);
    i->expression = NEWREF(expression);
    i->conversion = conversion > 0 && conversion < 4 ? NEWREF(Str_InternC(conv_names[conversion])) : NEWREF(OBJ_NONE);
    i->format_spec = NEWREF(format_spec ? format_spec : Str_InternC(""));
    return (Object *)i;
}

static void interp_dealloc(Object *o) {
    Interpolation *i = (Interpolation *)o;
    Gc_Untrack(o);
    CLEAR(i->value);
    CLEAR(i->expression);
    CLEAR(i->conversion);
    CLEAR(i->format_spec);
    Obj_Free(o);
}

static int interp_traverse(Object *o, VisitFn visit, void *arg) {
    Interpolation *i = (Interpolation *)o;
    return visit(i->value, arg) || visit(i->format_spec, arg);
}

static Object *interp_repr(Object *o) {
    Interpolation *i = (Interpolation *)o;
    return Str_FromFormat("Interpolation(%R, %R, %R, %R)", i->value, i->expression, i->conversion, i->format_spec);
}

static Object *interp_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[4];
    if (Arg_Unpack(Interpolation_Type.args, "Interpolation", args, nargs, kwnames, a) < 0) return NULL;
    int conv = 0;
    if (a[2] && a[2] != OBJ_NONE) {
        if (!Str_Check(a[2]) || STR_LEN(a[2]) != 1 ||
            (STR_CHAR(a[2], 0) != 's' && STR_CHAR(a[2], 0) != 'r' && STR_CHAR(a[2], 0) != 'a')) {
            Err_SetString(Exc_ValueError, "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
            return NULL;
        }
        conv = STR_CHAR(a[2], 0) == 's' ? 1 : STR_CHAR(a[2], 0) == 'r' ? 2 : 3;
    }
    return Interpolation_New(a[0], a[1] ? a[1] : Str_InternC(""), conv, a[3]);
}

#define FIELD_GETTER(prefix, type, field) \
    static Object *prefix##_get_##field(Object *o) { return NEWREF(((type *)o)->field); }
FIELD_GETTER(interp, Interpolation, value)
FIELD_GETTER(interp, Interpolation, expression)
FIELD_GETTER(interp, Interpolation, conversion)
FIELD_GETTER(interp, Interpolation, format_spec)

static const GetSetDef interp_getset[] = {
    {"value", interp_get_value, NULL, NULL},
    {"expression", interp_get_expression, NULL, NULL},
    {"conversion", interp_get_conversion, NULL, NULL},
    {"format_spec", interp_get_format_spec, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Type Interpolation_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "string.templatelib.Interpolation", .basicsize = sizeof(Interpolation),
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(value, expression='', conversion=None, format_spec='')", NULL),
    .flags = TPFLAG_GC, .dealloc = interp_dealloc, .repr = interp_repr, .traverse = interp_traverse,
    .new_ = interp_new, .getset = interp_getset,
};

/* The parts BUILD_TEMPLATE and the Template methods rely on: a tuple of str
 * and a tuple of one Interpolation fewer. */
static bool template_parts_ok(Object *strings, Object *interpolations) {
    if (!Tuple_Check(strings) || !Tuple_Check(interpolations) ||
        TUPLE_LEN(strings) != TUPLE_LEN(interpolations) + 1)
        return false;
    for (ssize_t i = 0; i < TUPLE_LEN(strings); i++)
        if (!Str_Check(TUPLE_GET(strings, i))) return false;
    for (ssize_t i = 0; i < TUPLE_LEN(interpolations); i++)
        if (TYPE(TUPLE_GET(interpolations, i)) != &Interpolation_Type) return false;
    return true;
}

Object *Template_New(Object *strings, Object *interpolations) {
    if (!template_parts_ok(strings, interpolations)) {
        Err_SetString(Exc_SystemError, "bad template parts");
        return NULL;
    }
    Template *t = (Template *)Obj_Alloc(&Template_Type, sizeof(Template));
    if (!t) return NULL;
    t->strings = NEWREF(strings);
    t->interpolations = NEWREF(interpolations);
    return (Object *)t;
}

static void template_dealloc(Object *o) {
    Template *t = (Template *)o;
    Gc_Untrack(o);
    CLEAR(t->strings);
    CLEAR(t->interpolations);
    Obj_Free(o);
}

static int template_traverse(Object *o, VisitFn visit, void *arg) {
    Template *t = (Template *)o;
    return visit(t->strings, arg) || visit(t->interpolations, arg);
}

static Object *template_repr(Object *o) {
    Template *t = (Template *)o;
    return Str_FromFormat("Template(strings=%R, interpolations=%R)", t->strings, t->interpolations);
}

static Object *template_get_values(Object *o) {
    Template *t = (Template *)o;
    ssize_t n = TUPLE_LEN(t->interpolations);
    Object *r = Tuple_New(n);
    if (!r) return NULL;
    for (ssize_t i = 0; i < n; i++)
        TUPLE_ITEMS(r)[i] = NEWREF(((Interpolation *)TUPLE_GET(t->interpolations, i))->value);
    return r;
}

FIELD_GETTER(template, Template, strings)
FIELD_GETTER(template, Template, interpolations)

/* Iteration yields the non-empty strings and the interpolations, in order. */
static Object *template_iter(Object *o) {
    Template *t = (Template *)o;
    Object *parts = List_New(0);
    if (!parts) return NULL;
    ssize_t n = TUPLE_LEN(t->interpolations);
    for (ssize_t i = 0; i <= n; i++) {
        Object *s = TUPLE_GET(t->strings, i);
        if (STR_LEN(s) && List_Append(parts, s) < 0) goto fail;
        if (i < n && List_Append(parts, TUPLE_GET(t->interpolations, i)) < 0) goto fail;
    }
    Object *it = Obj_GetIter(parts);
    DECREF(parts);
    return it;
fail:
    DECREF(parts);
    return NULL;
}

/* Template + Template: the last string of one joins the first of the other. */
static Object *template_add(Object *a, Object *b) {
    if (TYPE(a) != &Template_Type || TYPE(b) != &Template_Type) {
        Object *other = TYPE(a) == &Template_Type ? b : a;
        if (TYPE(a) == &Template_Type)
            Err_Format(Exc_TypeError, "can only concatenate string.templatelib.Template (not \"%s\") to string.templatelib.Template",
                       TYPE_NAME(other));
        else
            Err_Format(Exc_TypeError, "can only concatenate %s (not \"string.templatelib.Template\") to %s",
                       TYPE_NAME(other), TYPE_NAME(other));
        return NULL;
    }
    Template *x = (Template *)a, *y = (Template *)b;
    ssize_t nx = TUPLE_LEN(x->strings), ny = TUPLE_LEN(y->strings);
    Object *strings = Tuple_New(nx + ny - 1);
    if (!strings) return NULL;
    for (ssize_t i = 0; i < nx - 1; i++) TUPLE_ITEMS(strings)[i] = NEWREF(TUPLE_GET(x->strings, i));
    Object *joined = Str_Concat(TUPLE_GET(x->strings, nx - 1), TUPLE_GET(y->strings, 0));
    if (!joined) {
        for (ssize_t i = nx - 1; i < nx + ny - 1; i++) TUPLE_ITEMS(strings)[i] = NEWREF(OBJ_NONE);
        DECREF(strings);
        return NULL;
    }
    TUPLE_ITEMS(strings)[nx - 1] = joined;
    for (ssize_t i = 1; i < ny; i++) TUPLE_ITEMS(strings)[nx - 1 + i] = NEWREF(TUPLE_GET(y->strings, i));
    Object *interps = Obj_BinaryOp(x->interpolations, y->interpolations, NB_ADD);
    if (!interps) {
        DECREF(strings);
        return NULL;
    }
    Object *r = Template_New(strings, interps);
    DECREF(strings);
    DECREF(interps);
    return r;
}

static const GetSetDef template_getset[] = {
    {"strings", template_get_strings, NULL, NULL},
    {"interpolations", template_get_interpolations, NULL, NULL},
    {"values", template_get_values, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Type Template_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "string.templatelib.Template", .basicsize = sizeof(Template),
    .flags = TPFLAG_GC, .dealloc = template_dealloc, .repr = template_repr, .iter = template_iter,
    .nb = {[NB_ADD] = template_add}, .traverse = template_traverse, .getset = template_getset,
};

/* ---- start-up ----------------------------------------------------------------- */

Type *const Typing_Types[] = {
    &TypeVar_Type, &ParamSpec_Type, &TypeVarTuple_Type, &TypeAlias_Type, &Generic_Type, &NoDefault_Type,
    &ParamSpecArgs_Type, &ParamSpecKwargs_Type,
    &GenericAlias_Type, &Union_Type, &Interpolation_Type, &Template_Type, &ConstEvaluator_Type, NULL,
};

int Typing_Ready(void) {
    /* the type parameters and Generic are classes CPython makes at run time,
     * with __module__ in their __dict__: their instances see it */
    Type *const with_module[] = {&TypeVar_Type, &ParamSpec_Type, &TypeVarTuple_Type, &Generic_Type};
    for (size_t i = 0; i < sizeof with_module / sizeof *with_module; i++)
        if (Dict_SetStr(with_module[i]->dict, "__module__", with_module[i]->module) < 0) return -1;
    Object *ma = Tuple_Pack(4, Str_InternC("value"), Str_InternC("expression"), Str_InternC("conversion"),
                            Str_InternC("format_spec"));
    if (!ma || Dict_SetStr(Interpolation_Type.dict, "__match_args__", ma) < 0) return -1;
    DECREF(ma);
    /* list[int], dict[str, int], ...: generic aliases of the built-in containers */
    Type *const containers[] = {&List_Type, &Dict_Type, &Tuple_Type, &Set_Type, &FrozenSet_Type};
    for (size_t i = 0; i < sizeof containers / sizeof *containers; i++) {
        Object *d = MethodDescr_New(containers[i], &class_getitem_defs[i]);
        if (!d || Dict_SetStr(containers[i]->dict, "__class_getitem__", d) < 0) return -1;
        DECREF(d);
    }
    return 0;
}
