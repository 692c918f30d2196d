/* mappingproxy: the read-only view a class's __dict__ attribute returns.
 * Reads go to the wrapped mapping; there is no way to write through it. */
#include "abstract.h"
#include "class.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"

typedef struct MappingProxy {
    Object ob;
    Object *mapping;
} MappingProxy;

static bool is_mapping(Object *m) {
    Type *t = TYPE(m);
    return t->getitem && !List_Check(m) && !Tuple_Check(m);
}

Object *MappingProxy_New(Object *mapping) {
    MappingProxy *p = (MappingProxy *)Obj_Alloc(&MappingProxy_Type, sizeof(MappingProxy));
    if (!p) return NULL;
    p->mapping = NEWREF(mapping);
    return (Object *)p;
}

/* A proxy hashes as the mapping it shows (3.12+), so one over a dict is
 * unhashable with the dict's message. */
static hash_t mp_hash(Object *o) { return Obj_Hash(((MappingProxy *)o)->mapping); }

static Object *mp_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *m;
    if (Arg_Unpack(MappingProxy_Type.args, "mappingproxy", args, nargs, kwnames, &m) < 0) return NULL;
    if (!is_mapping(m)) {
        Err_Format(Exc_TypeError, "mappingproxy() argument must be a mapping, not %s", TYPE_NAME(m));
        return NULL;
    }
    return MappingProxy_New(m);
}

#define MAPPING(o) (((MappingProxy *)(o))->mapping)

static void mp_dealloc(Object *o) {
    Gc_Untrack(o);
    CLEAR(MAPPING(o));
    Obj_Free(o);
}

static int mp_traverse(Object *o, VisitFn visit, void *arg) {
    return MAPPING(o) ? visit(MAPPING(o), arg) : 0;
}

static Object *mp_repr(Object *o) { return Str_FromFormat("mappingproxy(%R)", MAPPING(o)); }
static Object *mp_str(Object *o) { return Obj_Str(MAPPING(o)); }
static Object *mp_getitem(Object *o, Object *key) { return Obj_GetItem(MAPPING(o), key); }
static ssize_t mp_len(Object *o) { return Obj_Len(MAPPING(o)); }
static int mp_contains(Object *o, Object *key) {
    if (Dict_CheckExact(MAPPING(o))) {
        Object *v;
        return Dict_Lookup(MAPPING(o), key, &v);
    }
    return Obj_Contains(MAPPING(o), key);
}
static Object *mp_iter(Object *o) { return Obj_GetIter(MAPPING(o)); }
static Object *mp_richcompare(Object *a, Object *b, int op) { return Obj_RichCompare(MAPPING(a), b, op); }

static Object *mp_or(Object *a, Object *b) {
    /* both operands are read through: the result is a new dict */
    if (TYPE(a) == &MappingProxy_Type) a = MAPPING(a);
    if (TYPE(b) == &MappingProxy_Type) b = MAPPING(b);
    return Obj_BinaryOp(a, b, NB_OR);
}

static Object *mp_ior(Object *a, Object *b) {
    Err_Format(Exc_TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
    return NULL;
}

static Object *forward(Object *self, const char *name, Object *const *args, size_t nargs) {
    return Obj_CallMethodC(MAPPING(self), name, args, nargs);
}

static Object *mp_get(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return forward(self, "get", args, nargs);
}
static Object *mp_keys(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return forward(self, "keys", NULL, 0);
}
static Object *mp_values(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return forward(self, "values", NULL, 0);
}
static Object *mp_items(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return forward(self, "items", NULL, 0);
}
static Object *mp_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return forward(self, "copy", NULL, 0);
}
static Object *mp_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return forward(self, "__reversed__", NULL, 0);
}

static const MethodDef mp_methods[] = {
    {"get", mp_get, 0,
     ARGS("($self, key, default=None, /)", "Return the value for key if key is in the mapping, else default.")},
    {"keys", mp_keys, 0, ARGS("($self, /)", "D.keys() -> a set-like object providing a view on D's keys")},
    {"values", mp_values, 0, ARGS("($self, /)", "D.values() -> an object providing a view on D's values")},
    {"items", mp_items, 0, ARGS("($self, /)", "D.items() -> a set-like object providing a view on D's items")},
    {"copy", mp_copy, 0, ARGS("($self, /)", "D.copy() -> a shallow copy of D")},
    {"__reversed__", mp_reversed, 0, ARGS("($self, /)", "D.__reversed__() -> reverse iterator")},
    {NULL, NULL, 0, NULL},
};

Type MappingProxy_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "mappingproxy",
    .args = ARGS("(mapping)", NULL),
    .basicsize = sizeof(MappingProxy),
    .flags = TPFLAG_GC,
    .dealloc = mp_dealloc,
    .repr = mp_repr,
    .str = mp_str,
    .hash = mp_hash,
    .richcompare = mp_richcompare,
    .iter = mp_iter,
    .nb = {[NB_OR] = mp_or},
    .nb_inplace = {[NB_OR] = mp_ior},
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .traverse = mp_traverse,
    .new_ = mp_new,
    .methods = mp_methods,
};
