/* typing.Union: the value of `int | str`, `list[int] | None` and
 * Union[int, str] (PEP 604).  Its arguments are flattened (a union among
 * them gives its own), None stands for NoneType, and a repeated argument
 * is dropped (compared as a set compares, unhashable ones by equality);
 * a union of a single argument is that argument. */
#include "abstract.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/tuple.h"
#include "objects/typing.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"

typedef struct Union {
    Object ob;
    Object *args;       /* a tuple of two or more, no repeats */
    Object *hashable;   /* the frozenset of the hashable ones (its hash is the union's) */
    Object *unhashable; /* a tuple of the others */
    Object *params;     /* __parameters__, computed on first use */
} Union;

Object *Union_Args(Object *o) { return TYPE(o) == &Union_Type ? ((Union *)o)->args : NULL; }

/* ---- building a union --------------------------------------------------------- */

/* The arguments gathered so far, the hashable ones also in a frozenset
 * that is filled as it is built (nothing has hashed it yet). */
typedef struct ArgSet {
    Object *args, *hashable, *unhashable; /* list, frozenset, list */
} ArgSet;

/* Whether x hashes; an argument whose hash fails in any way is compared by
 * equality instead, as in CPython. */
static bool hashable(Object *x) {
    if (Obj_Hash(x) != -1) return true;
    Err_Clear();
    return false;
}

/* Whether x is among the unhashable arguments (by equality): 1, 0, -1. */
static int among_unhashable(Object *list, Object *x) {
    for (ssize_t i = 0; i < LIST_LEN(list); i++) {
        Object *y = LIST_GET(list, i);
        INCREF(y);
        int eq = Obj_RichCompareBool(y, x, CMP_EQ);
        DECREF(y);
        if (eq != 0) return eq;
    }
    return 0;
}

static int argset_add(ArgSet *s, Object *x) {
    bool h = hashable(x);
    int seen = h ? Set_Contains(s->hashable, x) : among_unhashable(s->unhashable, x);
    if (seen != 0) return seen < 0 ? -1 : 0;
    if ((h ? Set_Add(s->hashable, x) : List_Append(s->unhashable, x)) < 0) return -1;
    return List_Append(s->args, x);
}

/* Union[items]: each item checked as a type argument; new reference. */
static Object *union_from_items(Object *const *items, ssize_t n) {
    if (n == 0) {
        Err_SetString(Exc_TypeError, "Cannot take a Union of no types.");
        return NULL;
    }
    ArgSet s = {List_New(0), FrozenSet_New(NULL), List_New(0)};
    Object *r = NULL;
    if (!s.args || !s.hashable || !s.unhashable) goto done;
    for (ssize_t i = 0; i < n; i++) {
        Object *a = Typing_CheckArg(items[i], TYPING_UNION_ARG_MSG, true);
        if (!a) goto done;
        if (a == OBJ_NONE) SETREF(a, NEWREF((Object *)&NoneType_Type));
        int bad = 0;
        if (TYPE(a) == &Union_Type) {
            Object *inner = ((Union *)a)->args;
            for (ssize_t k = 0; !bad && k < TUPLE_LEN(inner); k++) bad = argset_add(&s, TUPLE_GET(inner, k)) < 0;
        } else {
            bad = argset_add(&s, a) < 0;
        }
        DECREF(a);
        if (bad) goto done;
    }
    if (LIST_LEN(s.args) == 1) {
        r = NEWREF(LIST_GET(s.args, 0));
        goto done;
    }
    Union *u = (Union *)Obj_Alloc(&Union_Type, sizeof(Union));
    if (u) {
        u->hashable = NEWREF(s.hashable);
        if (!(u->args = List_AsTuple(s.args)) || !(u->unhashable = List_AsTuple(s.unhashable))) CLEAR(u);
    }
    r = (Object *)u;
done:
    XDECREF(s.args);
    XDECREF(s.hashable);
    XDECREF(s.unhashable);
    return r;
}

/* What type.__or__ accepts on either side. */
static bool unionable(Object *o) {
    return o == OBJ_NONE || Type_Check(o) || GenericAlias_IsPlain(o) || TYPE(o) == &Union_Type || TypeAlias_Check(o);
}

Object *Union_Or(Object *a, Object *b) {
    if (!unionable(a) || !unionable(b)) return NEWREF(OBJ_NOTIMPL);
    return Union_Join(a, b);
}

Object *Union_Join(Object *a, Object *b) {
    Object *items[2] = {a, b};
    return union_from_items(items, 2);
}

/* Union[X, Y, ...] */
static Object *union_class_getitem(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    Object *item = args[0];
    if (Tuple_Check(item)) return union_from_items(TUPLE_ITEMS(item), TUPLE_LEN(item));
    return union_from_items(&item, 1);
}

/* ---- the union's behaviour ---------------------------------------------------- */

static void union_dealloc(Object *o) {
    Union *u = (Union *)o;
    Gc_Untrack(o);
    CLEAR(u->args);
    CLEAR(u->hashable);
    CLEAR(u->unhashable);
    CLEAR(u->params);
    Obj_Free(o);
}

static int union_traverse(Object *o, VisitFn visit, void *arg) {
    Union *u = (Union *)o;
    return (u->args && visit(u->args, arg)) || (u->hashable && visit(u->hashable, arg)) ||
           (u->unhashable && visit(u->unhashable, arg)) || (u->params && visit(u->params, arg));
}

static Object *union_repr(Object *o) {
    Object *args = ((Union *)o)->args;
    StrBuilder sb;
    SB_Init(&sb);
    for (ssize_t i = 0; i < TUPLE_LEN(args); i++) {
        if ((i && SB_AppendASCII(&sb, " | ", 3) < 0) || Typing_AppendArgRepr(&sb, TUPLE_GET(args, i)) < 0) {
            SB_Discard(&sb);
            return NULL;
        }
    }
    return SB_Finish(&sb);
}

/* The hash of the frozenset of the arguments (the same for any order),
 * computed once; with an unhashable argument, the error its hash raises. */
static hash_t union_hash(Object *o) {
    Union *u = (Union *)o;
    for (ssize_t i = 0; i < TUPLE_LEN(u->unhashable); i++)
        if (Obj_Hash(TUPLE_GET(u->unhashable, i)) == -1) return -1;
    return Obj_Hash(u->hashable);
}

/* Equal when they have the same arguments, in any order: the same
 * hashable ones, and each unhashable one equal to one of the other's. */
static Object *union_richcompare(Object *a, Object *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(b) != &Union_Type) return NEWREF(OBJ_NOTIMPL);
    Union *x = (Union *)a, *y = (Union *)b;
    int eq = Obj_RichCompareBool(x->hashable, y->hashable, CMP_EQ);
    if (eq > 0) eq = TUPLE_LEN(x->unhashable) == TUPLE_LEN(y->unhashable);
    for (ssize_t i = 0; eq > 0 && i < TUPLE_LEN(x->unhashable); i++)
        eq = Obj_Contains(y->unhashable, TUPLE_GET(x->unhashable, i));
    for (ssize_t i = 0; eq > 0 && i < TUPLE_LEN(y->unhashable); i++)
        eq = Obj_Contains(x->unhashable, TUPLE_GET(y->unhashable, i));
    if (eq < 0) return NULL;
    return NEWREF(Bool_From(op == CMP_EQ ? eq : !eq));
}

static Object *union_parameters(Object *o) {
    Union *u = (Union *)o;
    if (!u->params) {
        Object *p = Typing_Parameters(u->args);
        if (!p) return NULL;
        if (!u->params) u->params = p; /* else computed meanwhile, by code the collection ran */
        else DECREF(p);
    }
    return NEWREF(u->params);
}

/* (T | None)[int]: the union of the substituted arguments */
static Object *union_getitem(Object *o, Object *item) {
    Object *params = union_parameters(o);
    if (!params) return NULL;
    Object *args = Typing_Substitute(o, ((Union *)o)->args, params, item);
    DECREF(params);
    if (!args) return NULL;
    Object *r = union_from_items(TUPLE_ITEMS(args), TUPLE_LEN(args));
    DECREF(args);
    return r;
}

static Object *union_mro_entries(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Err_Format(Exc_TypeError, "Cannot subclass %R", self);
    return NULL;
}

/* (int | str).__module__ is its type's, which CPython's unions answer
 * without an attribute of their own (dir() leaves it out) */
static Object *union_getattro(Object *o, Object *name) {
    if (Str_Check(name) && Str_EqC(name, "__module__")) return Obj_GetAttr((Object *)TYPE(o), name);
    return Obj_GenericGetAttr(o, name);
}

static Object *union_get_args(Object *o) { return NEWREF(((Union *)o)->args); }
static Object *union_get_origin(Object *o) { return NEWREF((Object *)&Union_Type); }
static Object *union_get_name(Object *o) { return NEWREF(Str_InternC("Union")); }

static const MethodDef union_methods[] = {
    {"__mro_entries__", union_mro_entries, 0, ARGS("($self, object, /)", NULL)},
    {"__class_getitem__", union_class_getitem, METH_CLASS, ARGS("($type, object, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef union_getset[] = {
    {"__args__", union_get_args, NULL, NULL},
    {"__parameters__", union_parameters, NULL, NULL},
    {"__origin__", union_get_origin, NULL, NULL},
    {"__name__", union_get_name, NULL, NULL},
    {"__qualname__", union_get_name, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* No constructor: unions come from | and Union[...]. */
Type Union_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "typing.Union", .basicsize = sizeof(Union),
    .flags = TPFLAG_GC | TPFLAG_MAPPING,
    .doc = "Represent a union type\n\nE.g. for int | str", .dealloc = union_dealloc, .repr = union_repr,
    .hash = union_hash, .richcompare = union_richcompare, .getattr = union_getattro, .getitem = union_getitem,
    .nb = {[NB_OR] = Union_Join}, .traverse = union_traverse, .methods = union_methods, .getset = union_getset,
};
