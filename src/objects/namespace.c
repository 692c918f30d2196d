/* types.SimpleNamespace: an object whose attributes live in its __dict__,
 * with a repr that lists them, equality by that dict, and pickling and
 * copy.replace() support (sys.implementation is one). */
#include "objects/namespace.h"
#include "abstract.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"

typedef struct Namespace {
    Object ob;
    Object *dict; /* owned; made with the object, NULL only once cleared */
} Namespace;

#define NS_DICT(o) (((Namespace *)(o))->dict)

static Object *ns_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *o = Obj_Alloc(t, (size_t)t->basicsize);
    if (!o) return NULL;
    if (!(NS_DICT(o) = Dict_New())) {
        DECREF(o);
        return NULL;
    }
    return o;
}

Object *Namespace_New(Object *dict) {
    Object *o = ns_new(&Namespace_Type, NULL, 0, NULL);
    if (o && dict && Dict_Update(NS_DICT(o), dict) < 0) CLEAR(o);
    return o;
}

/* Every key of d a str, else CPython's "keywords must be strings". */
static int check_str_keys(Object *d) {
    ssize_t pos = 0;
    Object *k, *v;
    while (Dict_Next(d, &pos, &k, &v)) {
        if (!Str_Check(k)) {
            Err_SetString(Exc_TypeError, "keywords must be strings");
            return -1;
        }
    }
    return 0;
}

/* SimpleNamespace(mapping_or_iterable=(), /, **kwargs): the argument as
 * dict() would take it, then the keywords, added to the attributes. */
static int ns_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *arg;
    if (Arg_Unpack(Namespace_Type.args, Str_AsUTF8(TYPE(self)->name_obj, NULL), args, nargs, kwnames, &arg) < 0)
        return -1;
    if (!NS_DICT(self) && !(NS_DICT(self) = Dict_New())) return -1;
    if (nargs) {
        Object *d = Dict_New();
        int r = !d || Dict_Update(d, args[0]) < 0 || check_str_keys(d) < 0 || Dict_Update(NS_DICT(self), d) < 0;
        XDECREF(d);
        if (r) return -1;
    }
    for (ssize_t i = 0; i < KW_COUNT(kwnames); i++)
        if (Dict_SetItem(NS_DICT(self), TUPLE_GET(kwnames, i), args[nargs + (size_t)i]) < 0) return -1;
    return 0;
}

static void ns_dealloc(Object *o) {
    CLEAR(NS_DICT(o));
    Obj_Free(o);
}

static int ns_traverse(Object *o, VisitFn visit, void *arg) {
    return NS_DICT(o) ? visit(NS_DICT(o), arg) : 0;
}

static int ns_clear(Object *o) {
    CLEAR(NS_DICT(o));
    return 0;
}

/* "name(a=1, b=2)" for the attributes of o whose name is a non-empty str. */
static Object *repr_items(Object *o, Object *name) {
    Object *items = Dict_Items(NS_DICT(o)); /* a snapshot: the reprs may change the dict */
    if (!items) return NULL;
    StrBuilder sb;
    SB_Init(&sb);
    int r = SB_AppendStr(&sb, name) < 0 || SB_AppendChar(&sb, '(') < 0 ? -1 : 0;
    bool first = true;
    for (ssize_t i = 0; r == 0 && i < LIST_LEN(items); i++) {
        Object *k = TUPLE_GET(LIST_GET(items, i), 0), *v = TUPLE_GET(LIST_GET(items, i), 1);
        if (!Str_Check(k) || STR_LEN(k) == 0) continue;
        if ((!first && SB_AppendASCII(&sb, ", ", 2) < 0) || SB_AppendStr(&sb, k) < 0 || SB_AppendChar(&sb, '=') < 0 ||
            SB_AppendRepr(&sb, v) < 0)
            r = -1;
        first = false;
    }
    DECREF(items);
    if (r < 0 || SB_AppendChar(&sb, ')') < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
}

/* namespace(a=1, b=2), or the subclass's name; a namespace inside itself
 * is "namespace(...)". */
static Object *ns_repr(Object *o) {
    Type *t = TYPE(o);
    Object *name = t == &Namespace_Type ? Str_InternC("namespace") : t->name_obj;
    if (!NS_DICT(o)) return Str_FromFormat("%U()", name);
    int rec = Repr_Enter(o);
    if (rec) return rec > 0 ? Str_FromFormat("%U(...)", name) : NULL;
    Object *r = repr_items(o, name);
    Repr_Leave(o);
    return r;
}

static bool is_namespace(Object *o) { return !IS_SMALL(o) && Type_IsSubtype(TYPE(o), &Namespace_Type); }

/* Two namespaces compare as their dicts do; anything else is not comparable here. */
static Object *ns_richcompare(Object *a, Object *b, int op) {
    if (!is_namespace(a) || !is_namespace(b)) return NEWREF(OBJ_NOTIMPL);
    Object *da = NS_DICT(a) ? NEWREF(NS_DICT(a)) : Dict_New(), *db = NS_DICT(b) ? NEWREF(NS_DICT(b)) : Dict_New();
    Object *r = da && db ? Obj_RichCompare(da, db, op) : NULL;
    XDECREF(da);
    XDECREF(db);
    return r;
}

/* (type(self), (), self.__dict__) */
static Object *ns_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *d = Obj_GenericGetDict(self);
    if (!d) return NULL;
    Object *r = Tuple_Pack(3, (Object *)TYPE(self), Tuple_Empty(), d);
    DECREF(d);
    return r;
}

/* __replace__(**changes): type(self)() with self's attributes, then the changes. */
static Object *ns_replace(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *r = Obj_CallNoArgs((Object *)TYPE(self));
    if (!r) return NULL;
    if (!is_namespace(r) || !NS_DICT(r)) return r;
    if (NS_DICT(self) && Dict_Update(NS_DICT(r), NS_DICT(self)) < 0) goto fail;
    for (ssize_t i = 0; i < KW_COUNT(kwnames); i++)
        if (Dict_SetItem(NS_DICT(r), TUPLE_GET(kwnames, i), args[i]) < 0) goto fail;
    return r;
fail:
    DECREF(r);
    return NULL;
}

static const MethodDef ns_methods[] = {
    {"__reduce__", ns_reduce, 0, ARGS("($self, /)", "Return state information for pickling")},
    {"__replace__", ns_replace, 0,
     ARGS("($self, /, **changes)", "Return a copy of the namespace object with new values for the specified attributes.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef ns_getset[] = {
    {"__dict__", Obj_GenericGetDict, GetSet_Readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

Type Namespace_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(Namespace),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = "A simple attribute-based namespace.",
    .args = ARGS("(mapping_or_iterable=(), /, **kwargs)", NULL),
    .dealloc = ns_dealloc,
    .repr = ns_repr,
    .hash = Obj_HashNotImplemented,
    .richcompare = ns_richcompare,
    .traverse = ns_traverse,
    .clear = ns_clear,
    .methods = ns_methods,
    .getset = ns_getset,
    .dictoffset = offsetof(Namespace, dict),
    .new_ = ns_new,
    .init = ns_init,
};
