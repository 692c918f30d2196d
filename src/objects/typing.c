/* The objects behind PEP 695 type parameters (TypeVar, ParamSpec,
 * TypeVarTuple, TypeAliasType, Generic) and PEP 750 template strings
 * (Template, Interpolation).  Generic aliases such as list[int] are in
 * genericalias.c, unions in union.c. */
#include "objects/typing.h"
#include "abstract.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"

/* ---- type parameters --------------------------------------------------------
 * Bounds, constraints, defaults and alias values are evaluated lazily: the
 * compiler hands over a function that computes them on first access. */

typedef struct TypeParam {
    Object ob;
    Object *name;
    Object *bound, *bound_fn;             /* value once evaluated, and its function */
    Object *constraints, *constraints_fn;
    Object *dflt, *dflt_fn;
    int kind;
} TypeParam;

static Type TypeVar_Type, ParamSpec_Type, TypeVarTuple_Type;

static Object *typeparam_new(Type *t, int kind, Object *name) {
    TypeParam *p = (TypeParam *)Obj_Alloc(t, sizeof(TypeParam));
    if (!p) return NULL;
    p->name = NEWREF(name);
    p->kind = kind;
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

static Object *typeparam_repr(Object *o) { return NEWREF(((TypeParam *)o)->name); }

/* Evaluates a lazy field once: *value caches fn(). */
static Object *lazy(Object **value, Object **fn, Object *absent) {
    if (!*value && *fn) {
        Object *v = Obj_CallNoArgs(*fn);
        if (!v) return NULL;
        *value = v;
        CLEAR(*fn);
    }
    return NEWREF(*value ? *value : absent);
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
static Object *tp_get_false(Object *o) { return NEWREF(OBJ_FALSE); }
static Object *tp_get_true(Object *o) { return NEWREF(OBJ_TRUE); }

static Object *tp_has_default(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(Bool_From(TypeParam_HasDefault(self)));
}

int TypeParam_Kind(Object *o) {
    Type *t = TYPE(o);
    return t == &TypeVar_Type || t == &ParamSpec_Type || t == &TypeVarTuple_Type ? ((TypeParam *)o)->kind : -1;
}

bool TypeParam_HasDefault(Object *p) { return ((TypeParam *)p)->dflt || ((TypeParam *)p)->dflt_fn; }

Object *TypeParam_Default(Object *p) { return tp_get_default(p); }

static const MethodDef typeparam_methods[] = {
    {"has_default", tp_has_default, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef typevar_getset[] = {
    {"__name__", tp_get_name, NULL, NULL},
    {"__bound__", tp_get_bound, NULL, NULL},
    {"__constraints__", tp_get_constraints, NULL, NULL},
    {"__default__", tp_get_default, NULL, NULL},
    {"__covariant__", tp_get_false, NULL, NULL},
    {"__contravariant__", tp_get_false, NULL, NULL},
    {"__infer_variance__", tp_get_true, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const GetSetDef paramspec_getset[] = {
    {"__name__", tp_get_name, NULL, NULL},
    {"__bound__", tp_get_bound, NULL, NULL},
    {"__default__", tp_get_default, NULL, NULL},
    {"__covariant__", tp_get_false, NULL, NULL},
    {"__contravariant__", tp_get_false, NULL, NULL},
    {"__infer_variance__", tp_get_true, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const GetSetDef typevartuple_getset[] = {
    {"__name__", tp_get_name, NULL, NULL},
    {"__default__", tp_get_default, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* T | int: a union (a TypeVarTuple has no |) */
#define TYPEPARAM_TYPE(var, tname, gs, or_fn)                                                            \
    static Type var = {                                                                                  \
        .ob = OBJ_HEAD_INIT(&Type_Type), .name = tname, .basicsize = sizeof(TypeParam), .flags = TPFLAG_GC, \
        .dealloc = typeparam_dealloc, .repr = typeparam_repr, .traverse = typeparam_traverse,             \
        .clear = typeparam_clear, .methods = typeparam_methods, .getset = gs, .nb = {[NB_OR] = or_fn},    \
    }
TYPEPARAM_TYPE(TypeVar_Type, "typing.TypeVar", typevar_getset, Union_Join);
TYPEPARAM_TYPE(ParamSpec_Type, "typing.ParamSpec", paramspec_getset, Union_Join);
TYPEPARAM_TYPE(TypeVarTuple_Type, "typing.TypeVarTuple", typevartuple_getset, NULL);

/* typing.NoDefault */
static void immortal_dealloc(Object *o) { (void)o; }
static Object *nodefault_repr(Object *o) { return NEWREF(Str_InternC("typing.NoDefault")); }
static Type NoDefault_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "NoDefaultType", .basicsize = sizeof(Object),
    .dealloc = immortal_dealloc, .repr = nodefault_repr,
};
static Object NoDefault_Obj = OBJ_HEAD_INIT(&NoDefault_Type);
static Object *no_default_obj(void) { return &NoDefault_Obj; }

/* ---- type aliases (`type X = ...`) --------------------------------------- */

typedef struct TypeAlias {
    Object ob;
    Object *name, *params, *value, *value_fn, *module;
} TypeAlias;

static Type TypeAlias_Type;

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
static Object *ta_get_module(Object *o) {
    TypeAlias *a = (TypeAlias *)o;
    return NEWREF(a->module ? a->module : OBJ_NONE);
}

static const GetSetDef typealias_getset[] = {
    {"__name__", ta_get_name, NULL, NULL},
    {"__type_params__", ta_get_params, NULL, NULL},
    {"__parameters__", ta_get_params, NULL, NULL},
    {"__value__", ta_get_value, NULL, NULL},
    {"__module__", ta_get_module, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Object *typealias_getitem(Object *self, Object *key) { return GenericAlias_New(self, key); }

/* iter(A) gives typing.Unpack[A] */
static Object *typealias_iter(Object *self) { return Typing_NeedsModule(); }

static Type TypeAlias_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "typing.TypeAliasType", .basicsize = sizeof(TypeAlias),
    .flags = TPFLAG_GC, .dealloc = typealias_dealloc, .repr = typealias_repr,
    .getitem = typealias_getitem, .iter = typealias_iter, .nb = {[NB_OR] = Union_Or}, .traverse = typealias_traverse,
    .clear = typealias_clear, .getset = typealias_getset,
};

bool TypeAlias_Check(Object *o) { return TYPE(o) == &TypeAlias_Type; }

/* cls[args] for the built-in containers and for Generic classes. */
static Object *class_getitem(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    return GenericAlias_New(cls, args[0]);
}

static const MethodDef class_getitem_def[] = {
    {"__class_getitem__", class_getitem, METH_CLASS, ARGS("($type, object, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

/* typing.Generic: the base class `class C[T]:` gets. */
Type Generic_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "typing.Generic", .basicsize = sizeof(Object),
    .flags = TPFLAG_BASETYPE, .methods = class_getitem_def,
    /* classes with type parameters derive from Generic: object's constructor */
    .new_ = Obj_GenericNew,
};

/* ---- the intrinsics --------------------------------------------------------- */

Object *Typing_Intrinsic1(int which, Object *v) {
    switch (which) {
    case 7: return typeparam_new(&TypeVar_Type, TP_TYPEVAR, v);
    case 8: return typeparam_new(&ParamSpec_Type, TP_PARAMSPEC, v);
    case 9: return typeparam_new(&TypeVarTuple_Type, TP_TYPEVARTUPLE, v);
    case 10: /* SUBSCRIPT_GENERIC: Generic[params] */
        return GenericAlias_New((Object *)&Generic_Type, v);
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
    &GenericAlias_Type, &Union_Type, &Interpolation_Type, &Template_Type, NULL,
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
        Object *d = MethodDescr_New(containers[i], &class_getitem_def[0]);
        if (!d || Dict_SetStr(containers[i]->dict, "__class_getitem__", d) < 0) return -1;
        DECREF(d);
    }
    return 0;
}
