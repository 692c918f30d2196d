/* collections.OrderedDict: a C subtype of dict.  A dict already keeps its
 * insertion order, which is the OrderedDict's order; moving a key to the end
 * removes and reinserts its entry, moving it to the front rebuilds the table
 * (O(n): CPython keeps a linked list for this).  Iterators notice any change
 * of order or size through the table's counts and a state counter bumped by
 * the methods that reorder. */
#include "abstract.h"
#include "modules/collections.h"
#include "objects/dict.h"
#include "objects/iterbase.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <stddef.h>
#include <stdlib.h>

typedef struct ODict {
    Dict dict;
    Object *inst_dict; /* the instance __dict__ (dictoffset), owned */
    size_t state;      /* bumped by move_to_end and popitem */
} ODict;

#define OD(o) ((ODict *)(o))

static bool is_odict(Object *o) { return !IS_SMALL(o) && Type_IsSubtype(TYPE(o), &ODict_Type); }

static void od_dealloc(Object *o) {
    Weak_ClearBuiltin(o);
    CLEAR(OD(o)->inst_dict);
    Dict_Type.dealloc(o);
}

static int od_traverse(Object *o, VisitFn visit, void *arg) {
    if (OD(o)->inst_dict && visit(OD(o)->inst_dict, arg)) return 1;
    return Dict_Type.traverse(o, visit, arg);
}

static int od_clear(Object *o) {
    CLEAR(OD(o)->inst_dict);
    return Dict_Type.clear(o);
}

/* self[k] = v for the pairs of other (a mapping, something with keys(), or
 * an iterable of pairs), then for the keyword arguments: item by item, so a
 * subclass's __setitem__ sees each, as MutableMapping.update does. */
static int od_update_from(Object *self, Object *other, Object *const *kwvalues, Object *kwnames) {
    if (other) {
        Object *keys = NULL;
        int has_keys = Dict_Check(other) ? 1 : Obj_LookupAttr(other, ID(keys), &keys);
        if (has_keys < 0) return -1;
        if (has_keys) {
            Object *ks = keys ? Obj_CallNoArgs(keys) : Obj_CallMethodC(other, "keys", NULL, 0);
            XDECREF(keys);
            Object *it = ks ? Obj_GetIter(ks) : NULL;
            XDECREF(ks);
            if (!it) return -1;
            Object *k;
            while ((k = Iter_Next(it))) {
                Object *v = Obj_GetItem(other, k);
                int r = v ? Obj_SetItem(self, k, v) : -1;
                XDECREF(v);
                DECREF(k);
                if (r < 0) {
                    DECREF(it);
                    return -1;
                }
            }
            DECREF(it);
            if (Err_Occurred()) return -1;
        } else {
            Object *it = Obj_GetIter(other);
            if (!it) return -1;
            Object *pair;
            while ((pair = Iter_Next(it))) {
                Object *t = Tuple_FromIterable(pair);
                DECREF(pair);
                int r = -1;
                if (t && TUPLE_LEN(t) != 2) Err_Format(Exc_ValueError, "need exactly 2 items, got %zd", TUPLE_LEN(t));
                else if (t) r = Obj_SetItem(self, TUPLE_GET(t, 0), TUPLE_GET(t, 1));
                XDECREF(t);
                if (r < 0) {
                    DECREF(it);
                    return -1;
                }
            }
            DECREF(it);
            if (Err_Occurred()) return -1;
        }
    }
    for (ssize_t i = 0; i < KW_COUNT(kwnames); i++)
        if (Obj_SetItem(self, TUPLE_GET(kwnames, i), kwvalues[i]) < 0) return -1;
    return 0;
}

static int od_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs > 1) {
        Err_Format(Exc_TypeError, "expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    return od_update_from(self, nargs ? args[0] : NULL, args + nargs, kwnames);
}

static Object *od_update(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs > 1) {
        Err_Format(Exc_TypeError, "update() takes at most 1 positional argument (%zu given)", nargs);
        return NULL;
    }
    if (od_update_from(self, nargs ? args[0] : NULL, args + nargs, kwnames) < 0) return NULL;
    RETURN_NONE;
}

/* od[key] = value and del od[key]: the key is hashed first, so an
 * unhashable one gives CPython's "unhashable type: 'list'". */
static int od_setitem(Object *self, Object *key, Object *value) {
    hash_t h = Obj_Hash(key);
    if (h == -1) return -1;
    if (value) return Dict_SetItemHash(self, key, h, value);
    int r = Dict_PopHash(self, key, h, NULL);
    if (r == 0) Err_SetKeyError(key);
    return r > 0 ? 0 : -1;
}

/* The index of the last (or first) live entry; -1 when empty. */
static ssize_t end_entry(Dict *d, bool last) {
    if (last) {
        for (ssize_t i = d->nentries - 1; i >= 0; i--)
            if (d->entries[i].key) return i;
    } else {
        for (ssize_t i = 0; i < d->nentries; i++)
            if (d->entries[i].key) return i;
    }
    return -1;
}

/* Puts the entry (key, hash, value; all stolen) first, the others after it
 * in their order. */
static int put_first(Object *self, Object *key, hash_t h, Object *value) {
    Dict *d = (Dict *)self;
    ssize_t n = d->used, k = 0;
    Object *keys = Tuple_New(n), *values = Tuple_New(n);
    hash_t *hashes = n ? malloc((size_t)n * sizeof(hash_t)) : NULL;
    if (!keys || !values || (n && !hashes)) {
        XDECREF(keys);
        XDECREF(values);
        free(hashes);
        DECREF(key);
        DECREF(value);
        if (!Err_Occurred()) Err_NoMemory();
        return -1;
    }
    for (ssize_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (!e->key) continue;
        TUPLE_ITEMS(keys)[k] = NEWREF(e->key);
        TUPLE_ITEMS(values)[k] = NEWREF(e->value);
        hashes[k++] = e->hash;
    }
    Dict_Clear(self);
    int r = Dict_SetItemHash(self, key, h, value);
    for (ssize_t i = 0; i < n && r == 0; i++)
        r = Dict_SetItemHash(self, TUPLE_GET(keys, i), hashes[i], TUPLE_GET(values, i));
    DECREF(key);
    DECREF(value);
    DECREF(keys);
    DECREF(values);
    free(hashes);
    return r;
}

static Object *od_move_to_end(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *key = args[0];
    int last = 1;
    if (args[1] && (last = Obj_IsTrue(args[1])) < 0) return NULL;
    hash_t h = Obj_Hash(key);
    if (h == -1) {
        /* CPython's finds no entry for a key it cannot hash */
        if (!Err_Matches(Exc_TypeError)) return NULL;
        Err_Clear();
        Err_SetKeyError(key);
        return NULL;
    }
    Object *k, *v;
    int r = Dict_PopItemHash(self, key, h, &k, &v);
    if (r <= 0) {
        if (r == 0) Err_SetKeyError(key);
        return NULL;
    }
    OD(self)->state++;
    if (last) {
        r = Dict_SetItemHash(self, k, h, v);
        DECREF(k);
        DECREF(v);
    } else {
        r = put_first(self, k, h, v);
    }
    if (r < 0) return NULL;
    RETURN_NONE;
}

static Object *od_popitem(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int last = 1;
    if (args[0] && (last = Obj_IsTrue(args[0])) < 0) return NULL;
    Dict *d = (Dict *)self;
    ssize_t i = end_entry(d, last);
    if (i < 0) {
        Err_SetString(Exc_KeyError, "dictionary is empty");
        return NULL;
    }
    Object *key = NEWREF(d->entries[i].key), *k, *v;
    int r = Dict_PopItemHash(self, key, d->entries[i].hash, &k, &v);
    DECREF(key);
    if (r <= 0) {
        if (r == 0) Err_SetString(Exc_KeyError, "dictionary is empty");
        return NULL;
    }
    OD(self)->state++;
    Object *t = Tuple_Pack(2, k, v);
    DECREF(k);
    DECREF(v);
    return t;
}

static Object *od_pop(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *v;
    hash_t h = Obj_Hash(args[0]);
    if (h == -1) return NULL;
    int r = Dict_PopHash(self, args[0], h, &v);
    if (r < 0) return NULL;
    if (r > 0) return v;
    if (args[1]) return NEWREF(args[1]);
    Err_SetKeyError(args[0]);
    return NULL;
}

static Object *od_setdefault(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *v, *dflt = args[1] ? args[1] : OBJ_NONE;
    int r = Dict_Lookup(self, args[0], &v);
    if (r < 0) return NULL;
    if (r > 0) return NEWREF(v);
    if (Obj_SetItem(self, args[0], dflt) < 0) return NULL;
    return NEWREF(dflt);
}

/* OrderedDict.fromkeys(iterable, value=None): cls(), then self[key] = value
 * for each key. */
static Object *od_fromkeys(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    Object *value = args[1] ? args[1] : OBJ_NONE;
    Object *r = Obj_CallNoArgs(cls);
    Object *it = r ? Obj_GetIter(args[0]) : NULL;
    if (!it) {
        XDECREF(r);
        return NULL;
    }
    Object *key;
    while ((key = Iter_Next(it))) {
        int rc = Obj_SetItem(r, key, value);
        DECREF(key);
        if (rc < 0) break;
    }
    DECREF(it);
    if (Err_Occurred()) CLEAR(r);
    return r;
}

static Object *od_copy_of(Object *self) { return Obj_CallOneArg((Object *)TYPE(self), self); }

static Object *od_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) { return od_copy_of(self); }

static Object *od_repr(Object *self) {
    int r = Repr_Enter(self);
    if (r) return r > 0 ? Str_FromUTF8("...", 3) : NULL;
    Object *s;
    if (((Dict *)self)->used == 0) {
        s = Str_FromFormat("%s()", Collections_ShortName(self));
    } else {
        Object *plain = Dict_New();
        if (plain && Dict_Merge(plain, self, 1) == 0) {
            s = Str_FromFormat("%s(%R)", Collections_ShortName(self), plain);
        } else {
            s = NULL;
        }
        XDECREF(plain);
    }
    Repr_Leave(self);
    return s;
}

/* Two OrderedDicts are equal when their items are, in the same order; with
 * any other mapping, order does not matter. */
static Object *od_richcompare(Object *a, Object *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_odict(a) || !is_odict(b)) return Dict_Type.richcompare(a, b, op);
    Object *r = Dict_Type.richcompare(a, b, CMP_EQ);
    if (!r || r != OBJ_TRUE) {
        if (r && r == OBJ_FALSE && op == CMP_NE) {
            DECREF(r);
            return NEWREF(OBJ_TRUE);
        }
        return r;
    }
    DECREF(r);
    Object *ka = Dict_Keys(a), *kb = ka ? Dict_Keys(b) : NULL;
    int eq = kb ? 1 : -1;
    for (ssize_t i = 0; eq > 0 && i < LIST_LEN(ka) && i < LIST_LEN(kb); i++)
        eq = Obj_RichCompareBool(LIST_GET(ka, i), LIST_GET(kb, i), CMP_EQ);
    XDECREF(ka);
    XDECREF(kb);
    if (eq < 0) return NULL;
    return NEWREF(Bool_From(op == CMP_EQ ? eq : !eq));
}

/* od | other: a copy updated with other; other | od: a copy of other (as
 * an OrderedDict of od's type) updated with od. */
static Object *od_or(Object *a, Object *b) {
    if (!Dict_Check(a) || !Dict_Check(b)) return NEWREF(OBJ_NOTIMPL);
    bool left = is_odict(a);
    Object *self = left ? a : b, *other = left ? b : a;
    Object *r = Obj_CallOneArg((Object *)TYPE(self), left ? self : other);
    if (!r) return NULL;
    Object *x = Obj_CallMethodC(r, "update", left ? &other : &self, 1);
    if (!x) {
        DECREF(r);
        return NULL;
    }
    DECREF(x);
    return r;
}

static Object *od_ior(Object *a, Object *b) {
    Object *x = Obj_CallMethodC(a, "update", &b, 1);
    if (!x) return NULL;
    DECREF(x);
    return NEWREF(a);
}

static Object *odictiter_make(Object *od, int kind, bool reverse);

enum { ITER_KEYS, ITER_VALUES, ITER_ITEMS };

static Object *od_iter(Object *self) { return odictiter_make(self, ITER_KEYS, false); }

static Object *od_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return odictiter_make(self, ITER_KEYS, true);
}

static Object *od_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *state = OD(self)->inst_dict && Dict_Len(OD(self)->inst_dict) ? OD(self)->inst_dict : OBJ_NONE;
    Object *empty = Tuple_Empty();
    Object *items = odictiter_make(self, ITER_ITEMS, false);
    Object *r = items ? Tuple_Pack(5, (Object *)TYPE(self), empty, state, OBJ_NONE, items) : NULL;
    DECREF(empty);
    XDECREF(items);
    return r;
}

static Object *od_keys(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return DictView_New(&ODictKeys_Type, self);
}
static Object *od_values(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return DictView_New(&ODictValues_Type, self);
}
static Object *od_items(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return DictView_New(&ODictItems_Type, self);
}

static const MethodDef od_methods[] = {
    {"keys", od_keys, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", NULL)},
    {"values", od_values, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", NULL)},
    {"items", od_items, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", NULL)},
    {"update", od_update, 0, ARGS_F(ARG_NO_TEXT_SIG | ARG_KW_PASS, "($self, *args, **kwargs)", NULL)},
    {"popitem", od_popitem, 0,
     ARGS("($self, /, last=True)", "Remove and return a (key, value) pair from the dictionary.\n\n"
                                   "Pairs are returned in LIFO order if last is true or FIFO order if\nfalse.")},
    {"move_to_end", od_move_to_end, 0,
     ARGS("($self, /, key, last=True)", "Move an existing element to the end (or beginning if last is false).\n\n"
                                        "Raise KeyError if the element does not exist.")},
    {"copy", od_copy, 0, ARGS("($self, /)", "A shallow copy of ordered dict.")},
    {"fromkeys", od_fromkeys, METH_CLASS,
     ARGS("($type, /, iterable, value=None)",
          "Create a new ordered dictionary with keys from iterable and values set to value.")},
    {"pop", od_pop, 0,
     ARGS("($self, /, key, default=<unrepresentable>)",
          "od.pop(key[,default]) -> v, remove specified key and return the corresponding value.\n\n"
          "If the key is not found, return the default if given; otherwise,\nraise a KeyError.")},
    {"setdefault", od_setdefault, 0,
     ARGS("($self, /, key, default=None)", "Insert key with a value of default if key is not in the dictionary.\n\n"
                                           "Return the value for key if key is in the dictionary, else default.")},
    {"__reversed__", od_reversed, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", "od.__reversed__() <==> reversed(od)")},
    {"__reduce__", od_reduce, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", "Return state information for pickling")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef od_getset[] = {
    GETSET_DICT,
    {NULL, NULL, NULL, NULL},
};

Type ODict_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "collections.OrderedDict",
    .basicsize = sizeof(ODict),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC | TPFLAG_DICT_SUBCLASS | TPFLAG_WEAKREF,
    .base = &Dict_Type,
    .doc = "Dictionary that remembers insertion order",
    .dealloc = od_dealloc,
    .repr = od_repr,
    .richcompare = od_richcompare,
    .iter = od_iter,
    .setitem = od_setitem,
    .nb = {[NB_OR] = od_or},
    .nb_inplace = {[NB_OR] = od_ior},
    .traverse = od_traverse,
    .clear = od_clear,
    .init = od_init,
    .methods = od_methods,
    .getset = od_getset,
    .dictoffset = offsetof(ODict, inst_dict),
};

/* ---- views and the iterator ------------------------------------------------------ */

static Object *view_dict(Object *view) { return ((DictView *)view)->dict; }

static Object *odkeys_iter(Object *v) { return odictiter_make(view_dict(v), ITER_KEYS, false); }
static Object *odvalues_iter(Object *v) { return odictiter_make(view_dict(v), ITER_VALUES, false); }
static Object *oditems_iter(Object *v) { return odictiter_make(view_dict(v), ITER_ITEMS, false); }
static Object *odkeys_rev(Object *v, Object *const *args, size_t nargs, Object *kwnames) {
    return odictiter_make(view_dict(v), ITER_KEYS, true);
}
static Object *odvalues_rev(Object *v, Object *const *args, size_t nargs, Object *kwnames) {
    return odictiter_make(view_dict(v), ITER_VALUES, true);
}
static Object *oditems_rev(Object *v, Object *const *args, size_t nargs, Object *kwnames) {
    return odictiter_make(view_dict(v), ITER_ITEMS, true);
}

static const MethodDef odkeys_methods[] = {
    {"__reversed__", odkeys_rev, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};
static const MethodDef odvalues_methods[] = {
    {"__reversed__", odvalues_rev, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};
static const MethodDef oditems_methods[] = {
    {"__reversed__", oditems_rev, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type ODictKeys_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "odict_keys",
    .base = &DictKeys_Type,
    .basicsize = sizeof(DictView),
    .flags = TPFLAG_GC,
    .iter = odkeys_iter,
    .methods = odkeys_methods,
};
Type ODictValues_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "odict_values",
    .base = &DictValues_Type,
    .basicsize = sizeof(DictView),
    .flags = TPFLAG_GC,
    .iter = odvalues_iter,
    .methods = odvalues_methods,
};
Type ODictItems_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "odict_items",
    .base = &DictItems_Type,
    .basicsize = sizeof(DictView),
    .flags = TPFLAG_GC,
    .iter = oditems_iter,
    .methods = oditems_methods,
};

typedef struct ODictIter {
    ITERBASE_HEAD; /* the OrderedDict */
    ssize_t pos;   /* next entry to look at (reverse: counts down) */
    ssize_t used, nentries;
    size_t state; /* the OrderedDict's, when the iterator was made */
    int kind;
    bool reverse;
} ODictIter;

static Object *odictiter_make(Object *od, int kind, bool reverse) {
    ODictIter *it = (ODictIter *)IterBase_New(&ODictIter_Type, sizeof(ODictIter), od);
    if (!it) return NULL;
    Dict *d = (Dict *)od;
    it->used = d->used;
    it->nentries = d->nentries;
    it->state = is_odict(od) ? OD(od)->state : 0;
    it->kind = kind;
    it->reverse = reverse;
    it->pos = reverse ? d->nentries - 1 : 0;
    return (Object *)it;
}

static Object *odictiter_next(Object *o) {
    ODictIter *it = (ODictIter *)o;
    if (!it->seq) return NULL;
    Dict *d = (Dict *)it->seq;
    if (d->used != it->used || d->nentries != it->nentries || (is_odict(it->seq) && OD(it->seq)->state != it->state)) {
        CLEAR(it->seq);
        Err_SetString(Exc_RuntimeError, "OrderedDict mutated during iteration");
        return NULL;
    }
    DictEntry *e = NULL;
    while (it->reverse ? it->pos >= 0 : it->pos < d->nentries) {
        DictEntry *c = &d->entries[it->pos];
        it->pos += it->reverse ? -1 : 1;
        if (c->key) {
            e = c;
            break;
        }
    }
    if (!e) {
        CLEAR(it->seq);
        return NULL;
    }
    switch (it->kind) {
    case ITER_KEYS: return NEWREF(e->key);
    case ITER_VALUES: return NEWREF(e->value);
    default: return Tuple_Pack(2, e->key, e->value);
    }
}

static Object *odictiter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return IterBase_ReduceRest(self);
}

static const MethodDef odictiter_methods[] = {
    {"__reduce__", odictiter_reduce, 0, ARGS("($self, /)", "Return state information for pickling")},
    {NULL, NULL, 0, NULL},
};

Type ODictIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "odict_iterator",
    .basicsize = sizeof(ODictIter),
    .flags = TPFLAG_GC,
    ITERBASE_SLOTS,
    .iter = Iter_Self,
    .iternext = odictiter_next,
    .methods = odictiter_methods,
};
