/* collections.defaultdict: a dict whose missing keys get a value made by
 * default_factory.  A C subtype of dict (the dict's own fields first), so
 * every dict operation works on it directly; only lookups that miss, the
 * repr, copies and pickling are its own. */
#include "abstract.h"
#include "modules/collections.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typing.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <string.h>

typedef struct DefaultDict {
    Dict dict;
    Object *factory; /* owned; NULL stands for None */
} DefaultDict;

#define DD(o) ((DefaultDict *)(o))

static Object *factory_of(Object *o) { return DD(o)->factory ? DD(o)->factory : OBJ_NONE; }

static void dd_dealloc(Object *o) {
    CLEAR(DD(o)->factory);
    Dict_Type.dealloc(o);
}

static int dd_traverse(Object *o, VisitFn visit, void *arg) {
    if (DD(o)->factory && visit(DD(o)->factory, arg)) return 1;
    return Dict_Type.traverse(o, visit, arg);
}

static int dd_clear(Object *o) {
    CLEAR(DD(o)->factory);
    return Dict_Type.clear(o);
}

/* defaultdict(default_factory=None, /, *args, **kwargs): the rest goes to
 * dict.__init__. */
static int dd_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *factory = NULL;
    if (nargs > 0) {
        factory = args[0];
        if (factory != OBJ_NONE && !Obj_IsCallable(factory)) {
            Err_SetString(Exc_TypeError, "first argument must be callable or None");
            return -1;
        }
        args++;
        nargs--;
    }
    SETREF(DD(self)->factory, factory && factory != OBJ_NONE ? NEWREF(factory) : NULL);
    return Dict_Type.init(self, args, nargs, kwnames);
}

/* __missing__(key): default_factory() stored under key, or KeyError. */
static Object *dd_missing_key(Object *self, Object *key) {
    Object *factory = DD(self)->factory;
    if (!factory) {
        Err_SetKeyError(key);
        return NULL;
    }
    INCREF(factory);
    Object *v = Obj_CallNoArgs(factory);
    DECREF(factory);
    if (!v) return NULL;
    if (Obj_SetItem(self, key, v) < 0) {
        DECREF(v);
        return NULL;
    }
    return v;
}

static Object *dd_missing(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return dd_missing_key(self, args[0]);
}

static Object *dd_repr(Object *self) {
    Object *base = Dict_Type.repr(self);
    if (!base) return NULL;
    Object *factory = factory_of(self), *frepr;
    INCREF(factory);
    int r = Repr_Enter(factory);
    if (r < 0) frepr = NULL;
    else if (r > 0) frepr = Str_FromUTF8("...", 3);
    else {
        frepr = Obj_Repr(factory);
        Repr_Leave(factory);
    }
    DECREF(factory);
    Object *s = frepr ? Str_FromFormat("%s(%U, %U)", Collections_ShortName(self), frepr, base) : NULL;
    XDECREF(frepr);
    DECREF(base);
    return s;
}

/* type(self)(self.default_factory, self) */
static Object *dd_copy_of(Object *self) {
    Object *args[2] = {factory_of(self), self};
    return Obj_Call((Object *)TYPE(self), args, 2, NULL);
}

static Object *dd_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) { return dd_copy_of(self); }

static Object *dd_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *cargs = DD(self)->factory ? Tuple_Pack(1, DD(self)->factory) : Tuple_Empty();
    Object *items = cargs ? Obj_CallMethodC(self, "items", NULL, 0) : NULL;
    Object *it = items ? Obj_GetIter(items) : NULL;
    Object *r = it ? Tuple_Pack(5, (Object *)TYPE(self), cargs, OBJ_NONE, OBJ_NONE, it) : NULL;
    XDECREF(cargs);
    XDECREF(items);
    XDECREF(it);
    return r;
}

/* d | other and other | d: a copy of the defaultdict operand, updated. */
static Object *dd_or(Object *a, Object *b) {
    bool left = !IS_SMALL(a) && Type_IsSubtype(TYPE(a), &DefaultDict_Type);
    Object *self = left ? a : b, *other = left ? b : a;
    if (!Dict_Check(other)) return NEWREF(OBJ_NOTIMPL);
    Object *r;
    if (left) {
        r = dd_copy_of(self);
        if (r && Dict_Update(r, other) < 0) CLEAR(r);
    } else {
        Object *args[2] = {factory_of(self), other};
        r = Obj_Call((Object *)TYPE(self), args, 2, NULL);
        if (r && Dict_Update(r, self) < 0) CLEAR(r);
    }
    return r;
}

static Object *dd_get_factory(Object *self) { return NEWREF(factory_of(self)); }

static int dd_set_factory(Object *self, Object *v) {
    SETREF(DD(self)->factory, v && v != OBJ_NONE ? NEWREF(v) : NULL);
    return 0;
}

static const MethodDef dd_methods[] = {
    {"__missing__", dd_missing, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, key, /)",
            "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
            "  if self.default_factory is None: raise KeyError((key,))\n"
            "  self[key] = value = self.default_factory()\n"
            "  return value\n")},
    {"copy", dd_copy, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", "D.copy() -> a shallow copy of D.")},
    {"__copy__", dd_copy, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", "D.copy() -> a shallow copy of D.")},
    {"__reduce__", dd_reduce, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", "Return state information for pickling.")},
    METHOD_CLASS_GETITEM("defaultdicts are generic over two types, signifying (respectively) the types of the "
                         "dictionary's keys and values"),
    {NULL, NULL, 0, NULL},
};

static const GetSetDef dd_getset[] = {
    {"default_factory", dd_get_factory, dd_set_factory, "Factory for default value called by __missing__()."},
    {NULL, NULL, NULL, NULL},
};

Type DefaultDict_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "collections.defaultdict",
    .basicsize = sizeof(DefaultDict),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC | TPFLAG_DICT_SUBCLASS,
    .base = &Dict_Type,
    .doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
           "The default factory is called without arguments to produce\n"
           "a new value when a key is not present, in __getitem__ only.\n"
           "A defaultdict compares equal to a dict with the same items.\n"
           "All remaining arguments are treated the same as if they were\n"
           "passed to the dict constructor, including keyword arguments.\n",
    .dealloc = dd_dealloc,
    .repr = dd_repr,
    .nb = {[NB_OR] = dd_or},
    .traverse = dd_traverse,
    .clear = dd_clear,
    .init = dd_init,
    .methods = dd_methods,
    .getset = dd_getset,
};
