/* The _collections module: the C parts of lib/collections (deque in
 * _collections_deque.c).  This file holds the module itself and namedtuple's helpers: _tuplegetter (the field
 * descriptor) and _namedtuple_new, which makes a namedtuple's __new__. */
#include "abstract.h"
#include "code.h"
#include "modules/collections.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "opcodes.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "verify.h"
#include <stdlib.h>
#include <string.h>

/* ---- _tuplegetter ----------------------------------------------------- */

/* A field of a namedtuple: reads item `index` of a tuple; doc is writable. */
typedef struct TupleGetter {
    Object ob;
    ssize_t index;
    Object *doc; /* owned */
} TupleGetter;

static void tuplegetter_dealloc(Object *o) {
    CLEAR(((TupleGetter *)o)->doc);
    Obj_Free(o);
}

static Object *tuplegetter_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (KW_COUNT(kwnames)) {
        Err_SetString(Exc_TypeError, "_tuplegetter() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 2) {
        Err_Format(Exc_TypeError, "_tuplegetter expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    ssize_t index = Int_AsSsize(args[0]);
    if (index == -1 && Err_Occurred()) return NULL;
    TupleGetter *g = (TupleGetter *)Obj_Alloc(t, sizeof(TupleGetter));
    if (!g) return NULL;
    g->index = index;
    g->doc = NEWREF(args[1]);
    return (Object *)g;
}

static Object *tuplegetter_get(Object *descr, Object *obj, Type *owner) {
    TupleGetter *g = (TupleGetter *)descr;
    if (!obj || obj == OBJ_NONE) return NEWREF(descr);
    if (!Tuple_Check(obj)) {
        Err_Format(Exc_TypeError, "descriptor for index '%zd' for tuple subclasses doesn't apply to '%s' object",
                   g->index, TYPE_NAME(obj));
        return NULL;
    }
    if (g->index < 0 || g->index >= TUPLE_LEN(obj)) {
        Err_SetString(Exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return NEWREF(TUPLE_GET(obj, g->index));
}

static int tuplegetter_set(Object *descr, Object *obj, Object *value) {
    Err_SetString(Exc_AttributeError, value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static Object *tuplegetter_repr(Object *o) {
    TupleGetter *g = (TupleGetter *)o;
    return Str_FromFormat("%s(%zd, %R)", "_tuplegetter", g->index, g->doc);
}

static Object *tuplegetter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TupleGetter *g = (TupleGetter *)self;
    Object *index = Int_FromI64(g->index);
    Object *a = index ? Tuple_Pack(2, index, g->doc) : NULL;
    Object *r = a ? Tuple_Pack(2, (Object *)TYPE(self), a) : NULL;
    XDECREF(index);
    XDECREF(a);
    return r;
}

static Object *tuplegetter_get_doc(Object *self) { return NEWREF(((TupleGetter *)self)->doc); }

static int tuplegetter_set_doc(Object *self, Object *value) {
    SETREF(((TupleGetter *)self)->doc, value ? NEWREF(value) : NEWREF(OBJ_NONE));
    return 0;
}

static const MethodDef tuplegetter_methods[] = {
    {"__reduce__", tuplegetter_reduce, 0, ARGS("($self, /)", "Helper for pickle.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef tuplegetter_getset[] = {
    {"__doc__", tuplegetter_get_doc, tuplegetter_set_doc, NULL},
    {NULL, NULL, NULL, NULL},
};

Type TupleGetter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "collections._tuplegetter",
    .basicsize = sizeof(TupleGetter),
    .dealloc = tuplegetter_dealloc,
    .repr = tuplegetter_repr,
    .descr_get = tuplegetter_get,
    .descr_set = tuplegetter_set,
    .methods = tuplegetter_methods,
    .getset = tuplegetter_getset,
    .new_ = tuplegetter_new,
};

/* ---- a namedtuple's __new__ --------------------------------------------- */

/* Appends one instruction (with EXTENDED_ARG prefixes for a large oparg)
 * and its inline caches to the code units at *n. */
static void emit(uint8_t *code, size_t *n, int op, uint32_t arg, int caches) {
    for (int shift = 24; shift > 0; shift -= 8)
        if (arg >> shift) {
            code[(*n)++] = OP_EXTENDED_ARG;
            code[(*n)++] = (uint8_t)(arg >> shift);
        }
    code[(*n)++] = (uint8_t)op;
    code[(*n)++] = (uint8_t)arg;
    for (int i = 0; i < caches; i++) {
        code[(*n)++] = OP_CACHE;
        code[(*n)++] = 0;
    }
}

/* The code of `lambda _cls, f1, ..., fn: _tuple_new(_cls, (f1, ..., fn))`,
 * what CPython compiles from source for a namedtuple's __new__: its
 * parameters give the argument errors their names and count.  argnames is
 * a tuple of str ('_cls' first).  Returns a new verified code object. */
static Code *namedtuple_new_code(Object *argnames) {
    ssize_t nargs = TUPLE_LEN(argnames);
    size_t cap = (size_t)(nargs + 16) * 8, n = 0;
    uint8_t *units = malloc(cap);
    if (!units) return (Code *)Err_NoMemory();
    emit(units, &n, OP_RESUME, 0, 0);
    emit(units, &n, OP_LOAD_GLOBAL, 1, OP_CACHE_LOAD_GLOBAL); /* _tuple_new and NULL */
    for (ssize_t i = 0; i < nargs; i++) emit(units, &n, OP_LOAD_FAST, (uint32_t)i, 0);
    emit(units, &n, OP_BUILD_TUPLE, (uint32_t)(nargs - 1), 0);
    emit(units, &n, OP_CALL, 2, OP_CACHE_CALL);
    emit(units, &n, OP_RETURN_VALUE, 0, 0);
    /* every instruction on line 1, without columns: entries of at most 8 units */
    size_t nunits = n / 2, nentries = (nunits + 7) / 8;
    uint8_t *lines = malloc(nentries * 2);
    if (!lines) {
        free(units);
        return (Code *)Err_NoMemory();
    }
    for (size_t i = 0, left = nunits; i < nentries; i++, left -= 8) {
        size_t len = left < 8 ? left : 8;
        lines[2 * i] = (uint8_t)(0x80 | (13 << 3) | (len - 1));
        lines[2 * i + 1] = 0; /* line delta 0 */
    }
    Object *code = Bytes_From(units, (ssize_t)n);
    Object *linetable = Bytes_From(lines, (ssize_t)nentries * 2);
    free(units);
    free(lines);
    Object *kinds = Bytes_From(NULL, nargs);
    Object *consts = Tuple_Pack(1, OBJ_NONE);
    Object *names = Tuple_New(1);
    Object *empty = Bytes_From("", 0);
    Object *filename = Str_FromUTF8("<string>", -1), *name = Str_FromUTF8("<lambda>", -1);
    Object *global = Str_FromUTF8("_tuple_new", -1);
    Code *c = NULL;
    if (code && linetable && kinds && consts && names && empty && filename && name && global) {
        memset(BYTES_DATA(kinds), CO_FAST_LOCAL, (size_t)nargs);
        TUPLE_ITEMS(names)[0] = NEWREF(global);
        c = Code_New((int)nargs, 0, 0, nargs + 2 > 4 ? (int)nargs + 2 : 4, CO_OPTIMIZED | CO_NEWLOCALS, code, consts,
                     names, argnames, kinds, filename, name, name, 1, linetable, empty);
    }
    XDECREF(code);
    XDECREF(linetable);
    XDECREF(kinds);
    XDECREF(consts);
    XDECREF(names);
    XDECREF(empty);
    XDECREF(filename);
    XDECREF(name);
    XDECREF(global);
    if (!c) return NULL;
    char why[200];
    if (Verify_CodeShallow(c, why, sizeof why) < 0) {
        DECREF((Object *)c);
        Err_Format(Exc_SystemError, "namedtuple: %s", why);
        return NULL;
    }
    return c;
}

/* _namedtuple_new(field_names, namespace): the function
 * `lambda _cls, <fields>: _tuple_new(_cls, (<fields>))` with namespace as
 * its globals. */
static Object *namedtuple_new(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *fields = args[0], *ns = args[1];
    if (!Tuple_Check(fields) || !Dict_Check(ns)) {
        Err_SetString(Exc_TypeError, "_namedtuple_new(tuple, dict)");
        return NULL;
    }
    ssize_t n = TUPLE_LEN(fields);
    if (n >= 0x7fffff) {
        Err_SetString(Exc_ValueError, "too many fields");
        return NULL;
    }
    Object *argnames = Tuple_New(n + 1);
    if (!argnames) return NULL;
    Object **items = TUPLE_ITEMS(argnames);
    items[0] = Str_FromUTF8("_cls", -1);
    for (ssize_t i = 0; i < n; i++) {
        Object *f = TUPLE_GET(fields, i);
        if (!Str_Check(f)) {
            DECREF(argnames);
            Err_SetString(Exc_TypeError, "field names must be strings");
            return NULL;
        }
        items[i + 1] = NEWREF(f);
    }
    Code *c = items[0] ? namedtuple_new_code(argnames) : NULL;
    DECREF(argnames);
    if (!c) return NULL;
    Object *fn = Function_New(c, ns);
    DECREF((Object *)c);
    return fn;
}

/* count + 1 (an owned result), with small ints kept unboxed. */
static Object *plus_one(Object *count) {
    if (IS_SMALL(count) && SMALL_VAL(count) < SMALL_MAX) return SMALL_FROM(SMALL_VAL(count) + 1);
    return Obj_BinaryOp(count, SMALL_FROM(1), NB_ADD);
}

/* mapping[elem] = mapping.get(elem, 0) + 1 for each element: Counter's
 * counting loop.  A dict (or a subclass that keeps dict's get and
 * __setitem__, as Counter does) is updated directly.  The methods are
 * looked up by name, not through the setitem slot: a class defining only
 * __delitem__ (Counter again) has its own slot for both. */
static Object *count_elements(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *mapping = args[0];
    Object *it = Obj_GetIter(args[1]);
    if (!it) return NULL;
    bool direct = Dict_Check(mapping) &&
                  Type_Lookup(TYPE(mapping), ID(__setitem__)) == Type_Lookup(&Dict_Type, ID(__setitem__)) &&
                  Type_Lookup(TYPE(mapping), ID(get)) == Type_Lookup(&Dict_Type, ID(get));
    Object *get = NULL, *elem;
    if (!direct && !(get = Obj_GetAttr(mapping, ID(get)))) {
        DECREF(it);
        return NULL;
    }
    while ((elem = Iter_Next(it))) {
        Object *count;
        hash_t h = 0;
        if (direct) {
            /* hashed first, as CPython's: "unhashable type: 'list'" */
            Object *old;
            int r = (h = Obj_Hash(elem)) == -1 ? -1 : Dict_LookupHash(mapping, elem, h, &old);
            count = r < 0 ? NULL : r ? plus_one(old) : SMALL_FROM(1);
        } else {
            Object *gargs[2] = {elem, SMALL_FROM(0)};
            Object *old = Obj_Call(get, gargs, 2, NULL);
            count = old ? plus_one(old) : NULL;
            XDECREF(old);
        }
        int r = count ? (direct ? Dict_SetItemHash(mapping, elem, h, count) : Obj_SetItem(mapping, elem, count)) : -1;
        XDECREF(count);
        DECREF(elem);
        if (r < 0) break;
    }
    XDECREF(get);
    DECREF(it);
    if (Err_Occurred()) return NULL;
    RETURN_NONE;
}

static const MethodDef collections_functions[] = {
    {"_count_elements", count_elements, 0,
     ARGS("($module, mapping, iterable, /)", "Count elements in the iterable, updating the mapping")},
    {"_namedtuple_new", namedtuple_new, 0,
     ARGS("($module, field_names, namespace, /)", "Make the __new__ of a namedtuple.")},
    {NULL, NULL, 0, NULL},
};

Type *const Collections_Types[] = {&TupleGetter_Type,
                                   &Deque_Type,
                                   &DequeIter_Type,
                                   &DequeRevIter_Type,
                                   &DefaultDict_Type,
                                   &ODict_Type,
                                   &ODictKeys_Type,
                                   &ODictValues_Type,
                                   &ODictItems_Type,
                                   &ODictIter_Type,
                                   NULL};

int Collections_Init(Object *m) {
    if (Module_AddFunctions(m, collections_functions) < 0) return -1;
    if (Module_AddObject(m, "_tuplegetter", (Object *)&TupleGetter_Type) < 0) return -1;
    if (Module_AddObject(m, "deque", (Object *)&Deque_Type) < 0) return -1;
    if (Module_AddObject(m, "defaultdict", (Object *)&DefaultDict_Type) < 0) return -1;
    if (Module_AddObject(m, "OrderedDict", (Object *)&ODict_Type) < 0) return -1;
    if (Module_AddObject(m, "_deque_iterator", (Object *)&DequeIter_Type) < 0) return -1;
    if (Module_AddObject(m, "_deque_reverse_iterator", (Object *)&DequeRevIter_Type) < 0) return -1;
    return 0;
}
