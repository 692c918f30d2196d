/* Generic aliases: list[int], dict[str, T], C[int] for a generic class C,
 * Generic[T] (types.GenericAlias), and what unions (union.c) share with
 * them: the type parameters among their arguments (__parameters__), the
 * substitution alias[args] that replaces them, the check typing applies to
 * a type argument, and how an argument is written in a repr. */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "objects/typing.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/interp.h"

typedef struct GenericAlias {
    Object ob;
    Object *origin, *args; /* args: a tuple */
    Object *params;        /* __parameters__, computed on first use */
    bool starred;          /* *list[int], what iterating list[int] gives */
} GenericAlias;

/* ---- what generic aliases and unions share ---------------------------------- */

int Typing_AppendArgRepr(StrBuilder *sb, Object *arg) {
    if (arg == OBJ_ELLIPSIS) return SB_AppendASCII(sb, "...", 3);
    if (arg == (Object *)&NoneType_Type) return SB_AppendASCII(sb, "None", 4);
    Object *v, *qualname, *module = NULL;
    /* another alias: its own repr */
    int r = Obj_LookupAttr(arg, ID(__origin__), &v);
    if (r > 0) {
        DECREF(v);
        r = Obj_LookupAttr(arg, ID(__args__), &v);
        if (r > 0) {
            DECREF(v);
            return SB_AppendRepr(sb, arg);
        }
    }
    if (r < 0) return -1;
    r = Obj_LookupAttr(arg, ID(__qualname__), &qualname);
    if (r <= 0) return r < 0 ? -1 : SB_AppendRepr(sb, arg);
    r = Obj_LookupAttr(arg, ID(__module__), &module);
    if (r > 0 && module != OBJ_NONE) {
        if (!(Str_Check(module) && Str_EqC(module, "builtins")))
            r = SB_AppendObjStr(sb, module) < 0 || SB_AppendChar(sb, '.') < 0 ? -1 : 0;
        if (r >= 0) r = SB_AppendObjStr(sb, qualname);
    } else if (r == 0 || module == OBJ_NONE) {
        r = SB_AppendRepr(sb, arg);
    }
    XDECREF(module);
    DECREF(qualname);
    return r < 0 ? -1 : 0;
}

Object *Typing_CheckArg(Object *arg, const char *msg, bool plain_generic_ok) {
    if (Str_Check(arg)) return Typing_CallHook("ForwardRef", &arg, 1, NULL);
    if (TYPE(arg) == &Tuple_Type) {
        Err_Format(Exc_TypeError, "%s Got %.100R.", msg, arg);
        return NULL;
    }
    /* Generic[X]: types.GenericAlias's, or typing's, which keeps __origin__
     * in its __dict__ (read there: no __getattr__ of arg runs) */
    Object **dict = Type_Check(arg) ? NULL : Obj_DictPtr(arg);
    Object *origin = TYPE(arg) == &GenericAlias_Type ? ((GenericAlias *)arg)->origin
                     : dict && *dict && Dict_Check(*dict) ? Dict_GetStr(*dict, "__origin__")
                                                          : NULL;
    if (origin == (Object *)&Generic_Type) {
        Err_Format(Exc_TypeError, "%S is not valid as type argument", arg);
        return NULL;
    }
    if (arg == (Object *)&Generic_Type && !plain_generic_ok) {
        Err_Format(Exc_TypeError, "Plain %S is not valid as type argument", arg);
        return NULL;
    }
    return NEWREF(arg);
}

/* Whether o stands for a type parameter among alias arguments: a TypeVar,
 * ParamSpec or TypeVarTuple, or another object with __typing_subst__
 * (classes never do).  1, 0, or -1 on error. */
static int is_param(Object *o) {
    if (TypeParam_Kind(o) >= 0) return 1;
    if (Type_Check(o)) return 0;
    Object *f;
    int r = Obj_LookupAttr(o, ID(__typing_subst__), &f);
    if (r > 0) DECREF(f);
    return r;
}

/* Length and items of a list or tuple of arguments (a list may change
 * while code runs: read again each time). */
static ssize_t seq_len(Object *seq) { return List_Check(seq) ? LIST_LEN(seq) : TUPLE_LEN(seq); }
static Object *seq_get(Object *seq, ssize_t i) { return List_Check(seq) ? LIST_GET(seq, i) : TUPLE_GET(seq, i); }

/* Appends p to the list params unless it is there already. */
static int add_param(Object *params, Object *p) {
    int r = Obj_Contains(params, p);
    return r != 0 ? (r < 0 ? -1 : 0) : List_Append(params, p);
}

/* Appends the parameters among the items of seq (a tuple or list) to
 * params: parameters themselves, those in nested lists and tuples, and the
 * __parameters__ of other arguments (nested aliases, unions, type aliases). */
static int collect_params(Object *params, Object *seq) {
    if (Recursion_Enter(" while calling a Python object")) return -1;
    int r = 0;
    for (ssize_t i = 0; r == 0 && i < seq_len(seq); i++) {
        Object *a = seq_get(seq, i), *sub;
        INCREF(a); /* a list may lose it to code run below */
        if (Type_Check(a)) {
        } else if ((r = is_param(a)) != 0) {
            if (r > 0) r = add_param(params, a);
        } else if (List_Check(a) || Tuple_Check(a)) {
            r = collect_params(params, a);
        } else if ((r = Obj_LookupAttr(a, ID(__parameters__), &sub)) > 0) {
            r = 0;
            if (Tuple_Check(sub))
                for (ssize_t k = 0; r == 0 && k < TUPLE_LEN(sub); k++) r = add_param(params, TUPLE_GET(sub, k));
            DECREF(sub);
        }
        DECREF(a);
    }
    Recursion_Leave();
    return r < 0 ? -1 : 0;
}

Object *Typing_Parameters(Object *args) {
    Object *params = List_New(0);
    if (!params) return NULL;
    if (collect_params(params, args) < 0) {
        DECREF(params);
        return NULL;
    }
    Object *t = List_AsTuple(params);
    DECREF(params);
    return t;
}

/* The value that replaces parameter p given arg (new reference): a TypeVar
 * takes any type argument, another parameter object says itself. */
static Object *subst_value(Object *p, Object *arg) {
    if (TypeParam_Kind(p) == TP_TYPEVAR)
        return Typing_CheckArg(arg, "Parameters to generic types must be types.", false);
    Object *f = Obj_GetAttr(p, ID(__typing_subst__));
    if (!f) return NULL;
    Object *r = Obj_CallOneArg(f, arg);
    DECREF(f);
    return r;
}

/* The index of p in params (a tuple), -1 with an exception if absent. */
static ssize_t param_index(Object *params, Object *p) {
    for (ssize_t i = 0; i < TUPLE_LEN(params); i++) {
        int eq = Obj_RichCompareBool(TUPLE_GET(params, i), p, CMP_EQ);
        if (eq != 0) return eq < 0 ? -1 : i;
    }
    Err_Format(Exc_SystemError, "type parameter %R not found", p);
    return -1;
}

static Object *substitute(Object *arg, Object *params, Object *values);

/* A list or tuple of arguments with every item substituted: a new list or tuple. */
static Object *substitute_items(Object *seq, Object *params, Object *values) {
    Object *out = List_New(0);
    if (!out) return NULL;
    for (ssize_t i = 0; i < seq_len(seq); i++) {
        Object *a = seq_get(seq, i);
        INCREF(a);
        Object *v = substitute(a, params, values);
        DECREF(a);
        if (!v || List_AppendSteal(out, v) < 0) {
            DECREF(out);
            return NULL;
        }
    }
    if (List_Check(seq)) return out;
    Object *t = List_AsTuple(out);
    DECREF(out);
    return t;
}

/* One argument of an alias with the parameters replaced by values (a tuple
 * matching params): new reference. */
static Object *substitute(Object *arg, Object *params, Object *values) {
    if (Type_Check(arg)) return NEWREF(arg);
    int r = is_param(arg);
    if (r != 0) {
        ssize_t i = r > 0 ? param_index(params, arg) : -1;
        return i < 0 ? NULL : NEWREF(TUPLE_GET(values, i));
    }
    if (Recursion_Enter(" while calling a Python object")) return NULL;
    Object *sub = NULL, *result = NULL;
    if (List_Check(arg) || Tuple_Check(arg)) {
        result = substitute_items(arg, params, values);
    } else if ((r = Obj_LookupAttr(arg, ID(__parameters__), &sub)) >= 0) {
        if (r == 0 || !Tuple_Check(sub) || TUPLE_LEN(sub) == 0) {
            result = NEWREF(arg);
        } else {
            /* a nested alias: subscripted with the values of its own parameters */
            Object *subargs = Tuple_New(TUPLE_LEN(sub));
            for (ssize_t k = 0; subargs && k < TUPLE_LEN(sub); k++) {
                ssize_t i = param_index(params, TUPLE_GET(sub, k));
                TUPLE_ITEMS(subargs)[k] = NEWREF(i < 0 ? OBJ_NONE : TUPLE_GET(values, i));
                if (i < 0) CLEAR(subargs);
            }
            if (subargs) result = Obj_GetItem(arg, subargs);
            XDECREF(subargs);
        }
        XDECREF(sub);
    }
    Recursion_Leave();
    return result;
}

/* The value of each parameter for alias[item]: a new tuple. */
static Object *parameter_values(Object *self, Object *params, Object *item) {
    ssize_t nparams = TUPLE_LEN(params);
    Object *const *items = Tuple_Check(item) ? TUPLE_ITEMS(item) : &item;
    ssize_t nitems = Tuple_Check(item) ? TUPLE_LEN(item) : 1;
    if (nitems > nparams) {
        Err_Format(Exc_TypeError, "Too many arguments for %R; actual %zd, expected %zd", self, nitems, nparams);
        return NULL;
    }
    /* missing arguments: the parameters' defaults, if they all have one */
    for (ssize_t i = nitems; i < nparams; i++) {
        Object *p = TUPLE_GET(params, i);
        if (TypeParam_Kind(p) < 0 || !TypeParam_HasDefault(p)) {
            Err_Format(Exc_TypeError, "Too few arguments for %R; actual %zd, expected at least %zd", self, nitems,
                       i + 1);
            return NULL;
        }
    }
    Object *values = Tuple_New(nparams);
    for (ssize_t i = 0; values && i < nparams; i++) {
        Object *p = TUPLE_GET(params, i);
        Object *arg = i < nitems ? NEWREF(items[i]) : TypeParam_Default(p);
        Object *v = arg ? subst_value(p, arg) : NULL;
        XDECREF(arg);
        TUPLE_ITEMS(values)[i] = v ? v : NEWREF(OBJ_NONE);
        if (!v) CLEAR(values);
    }
    return values;
}

Object *Typing_Substitute(Object *self, Object *args, Object *params, Object *item) {
    if (TUPLE_LEN(params) == 0) {
        Err_Format(Exc_TypeError, "%R is not a generic class", self);
        return NULL;
    }
    /* a ParamSpec or TypeVarTuple takes a list of values: typing binds them */
    for (ssize_t i = 0; i < TUPLE_LEN(params); i++)
        if (TypeParam_Kind(TUPLE_GET(params, i)) > TP_TYPEVAR) {
            Object *hook_args[4] = {self, args, params, item};
            return Typing_CallHook("_substitute_args", hook_args, 4, NULL);
        }
    Object *values = parameter_values(self, params, item);
    if (!values) return NULL;
    Object *r = substitute_items(args, params, values);
    DECREF(values);
    return r;
}

/* ---- types.GenericAlias ------------------------------------------------------- */

/* An alias of type t (GenericAlias_Type or a class deriving from it). */
static Object *ga_make(Type *t, Object *origin, Object *args) {
    GenericAlias *g = (GenericAlias *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!g) return NULL;
    g->origin = NEWREF(origin);
    g->args = Tuple_Check(args) ? NEWREF(args) : Tuple_Pack(1, args);
    if (!g->args) {
        DECREF((Object *)g);
        return NULL;
    }
    return (Object *)g;
}

Object *GenericAlias_ClassGetItem(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    return GenericAlias_New(cls, args[0]);
}

Object *GenericAlias_New(Object *origin, Object *args) { return ga_make(&GenericAlias_Type, origin, args); }

bool GenericAlias_IsPlain(Object *o) {
    if (TYPE(o) != &GenericAlias_Type) return false;
    Object *origin = ((GenericAlias *)o)->origin;
    return !(Type_Check(origin) && Type_IsSubtype((Type *)origin, &Generic_Type));
}

/* list[int] | None: as type's |; C[int] | x: Union[C[int], x] */
static Object *ga_or(Object *a, Object *b) {
    if ((TYPE(a) == &GenericAlias_Type && !GenericAlias_IsPlain(a)) ||
        (TYPE(b) == &GenericAlias_Type && !GenericAlias_IsPlain(b)))
        return Union_Join(a, b);
    return Union_Or(a, b);
}

static Object *ga_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    if (Arg_Unpack(GenericAlias_Type.args, "GenericAlias", args, nargs, kwnames, a) < 0) return NULL;
    return ga_make(t, a[0], a[1]);
}

static void ga_dealloc(Object *o) {
    GenericAlias *g = (GenericAlias *)o;
    Gc_Untrack(o);
    CLEAR(g->origin);
    CLEAR(g->args);
    CLEAR(g->params);
    Obj_Free(o);
}

static int ga_traverse(Object *o, VisitFn visit, void *arg) {
    GenericAlias *g = (GenericAlias *)o;
    return (g->origin && visit(g->origin, arg)) || (g->args && visit(g->args, arg)) ||
           (g->params && visit(g->params, arg));
}

/* list[[int, str]]: a list argument is written item by item */
static int append_ga_arg(StrBuilder *sb, Object *arg) {
    if (!List_Check(arg)) return Typing_AppendArgRepr(sb, arg);
    if (SB_AppendChar(sb, '[') < 0) return -1;
    for (ssize_t i = 0; i < LIST_LEN(arg); i++) {
        Object *item = LIST_GET(arg, i);
        INCREF(item);
        int r = (i && SB_AppendASCII(sb, ", ", 2) < 0) ? -1 : Typing_AppendArgRepr(sb, item);
        DECREF(item);
        if (r < 0) return -1;
    }
    return SB_AppendChar(sb, ']');
}

static Object *ga_repr(Object *o) {
    GenericAlias *g = (GenericAlias *)o;
    StrBuilder sb;
    SB_Init(&sb);
    int r = g->starred ? SB_AppendChar(&sb, '*') : 0;
    if (r == 0) r = Typing_AppendArgRepr(&sb, g->origin);
    if (r == 0) r = SB_AppendChar(&sb, '[');
    ssize_t n = TUPLE_LEN(g->args);
    if (n == 0 && r == 0) r = SB_AppendASCII(&sb, "()", 2);
    for (ssize_t i = 0; i < n && r == 0; i++) {
        if (i) r = SB_AppendASCII(&sb, ", ", 2);
        if (r == 0) r = append_ga_arg(&sb, TUPLE_GET(g->args, i));
    }
    if (r == 0) r = SB_AppendChar(&sb, ']');
    if (r < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
}

static Object *ga_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_Call(((GenericAlias *)o)->origin, args, nargs, kwnames);
}

/* Attributes other than these come from the origin: list[int].append is
 * list.append, list[int].__name__ is 'list'. */
static const char *const ga_own_attrs[] = {
    "__origin__", "__args__", "__parameters__", "__unpacked__", "__typing_unpacked_tuple_args__",
    "__mro_entries__", "__reduce__", "__reduce_ex__", "__copy__", "__deepcopy__", "__class__", "__bases__", NULL,
};

static Object *ga_getattro(Object *o, Object *name) {
    if (Str_Check(name))
        for (const char *const *a = ga_own_attrs; *a; a++)
            if (Str_EqC(name, *a)) return Obj_GenericGetAttr(o, name);
    return Obj_GetAttr(((GenericAlias *)o)->origin, name);
}

/* dir(list[int]): dir(list) and the alias's own attributes */
static Object *ga_dir(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *names = Builtins_Dir(((GenericAlias *)self)->origin);
    for (const char *const *a = ga_own_attrs; names && *a; a++) {
        Object *name = Str_InternC(*a);
        if (!Type_Lookup(&GenericAlias_Type, name)) continue;
        int r = Obj_Contains(names, name);
        if (r < 0 || (r == 0 && List_Append(names, name) < 0)) CLEAR(names);
    }
    return names;
}

static Object *ga_parameters(Object *o) {
    GenericAlias *g = (GenericAlias *)o;
    if (!g->params) {
        Object *p = Typing_Parameters(g->args);
        if (!p) return NULL;
        if (!g->params) g->params = p; /* else computed meanwhile, by code the collection ran */
        else DECREF(p);
    }
    return NEWREF(g->params);
}

/* list[T][int]: the same origin, T replaced */
static Object *ga_getitem(Object *o, Object *item) {
    GenericAlias *g = (GenericAlias *)o;
    Object *params = ga_parameters(o);
    if (!params) return NULL;
    Object *args = Typing_Substitute(o, g->args, params, item);
    DECREF(params);
    if (!args) return NULL;
    Object *r = GenericAlias_New(g->origin, args);
    DECREF(args);
    return r;
}

static Object *ga_mro_entries(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Tuple_Pack(1, ((GenericAlias *)self)->origin);
}

static Object *ga_instancecheck(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Err_SetString(Exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    return NULL;
}

static Object *ga_subclasscheck(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Err_SetString(Exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
    return NULL;
}

static Object *ga_get_origin(Object *o) { return NEWREF(((GenericAlias *)o)->origin); }
static Object *ga_get_args(Object *o) { return NEWREF(((GenericAlias *)o)->args); }
static Object *ga_get_unpacked(Object *o) { return NEWREF(Bool_From(((GenericAlias *)o)->starred)); }

/* *tuple[int, str]: (int, str); None for anything else */
static Object *ga_get_unpacked_args(Object *o) {
    GenericAlias *g = (GenericAlias *)o;
    return NEWREF(g->starred && g->origin == (Object *)&Tuple_Type ? g->args : OBJ_NONE);
}

/* iter(list[int]) gives *list[int], once: for unpacking in subscripts */
static Object *ga_iter(Object *o) {
    GenericAlias *g = (GenericAlias *)o;
    GenericAlias *star = (GenericAlias *)GenericAlias_New(g->origin, g->args);
    if (!star) return NULL;
    star->starred = true;
    Object *items = Tuple_Pack(1, (Object *)star);
    DECREF((Object *)star);
    if (!items) return NULL;
    Object *it = Obj_GetIter(items);
    DECREF(items);
    return it;
}

static Object *ga_richcompare(Object *a, Object *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !Type_IsSubtype(TYPE(b), &GenericAlias_Type)) return NEWREF(OBJ_NOTIMPL);
    GenericAlias *x = (GenericAlias *)a, *y = (GenericAlias *)b;
    int eq = x->starred == y->starred;
    if (eq > 0) eq = Obj_RichCompareBool(x->origin, y->origin, CMP_EQ);
    if (eq > 0) eq = Obj_RichCompareBool(x->args, y->args, CMP_EQ);
    if (eq < 0) return NULL;
    return NEWREF(Bool_From(op == CMP_EQ ? eq : !eq));
}

static hash_t ga_hash(Object *o) {
    GenericAlias *g = (GenericAlias *)o;
    hash_t a = Obj_Hash(g->origin), b;
    if (a == -1 || (b = Obj_Hash(g->args)) == -1) return -1;
    hash_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static const MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, ARGS("($self, object, /)", NULL)},
    {"__instancecheck__", ga_instancecheck, 0, ARGS("($self, object, /)", NULL)},
    {"__subclasscheck__", ga_subclasscheck, 0, ARGS("($self, object, /)", NULL)},
    {"__dir__", ga_dir, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef ga_getset[] = {
    {"__origin__", ga_get_origin, NULL, NULL},
    {"__args__", ga_get_args, NULL, NULL},
    {"__parameters__", ga_parameters, NULL, NULL},
    {"__unpacked__", ga_get_unpacked, NULL, NULL},
    {"__typing_unpacked_tuple_args__", ga_get_unpacked_args, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type GenericAlias_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "types.GenericAlias", .basicsize = sizeof(GenericAlias),
    .doc = "Represent a PEP 585 generic type\n\nFor example, for t = list[int], t.__origin__ is list and "
           "t.__args__\nis (int,).",
    .flags = TPFLAG_GC | TPFLAG_BASETYPE, /* collections.abc.Callable's alias derives from it */ .dealloc = ga_dealloc, .repr = ga_repr, .hash = ga_hash, .richcompare = ga_richcompare,
    .getattr = ga_getattro, .call = ga_call, .getitem = ga_getitem, .iter = ga_iter, .nb = {[NB_OR] = ga_or},
    .traverse = ga_traverse, .new_ = ga_new, .methods = ga_methods, .getset = ga_getset,
    .args = ARGS_F(ARG_COUNT_STYLE, "(origin, args, /)", NULL),
};
