/* collections.deque: a ring buffer of object pointers whose capacity is a
 * power of two, so item i of the deque is items[(head + i) & (cap - 1)].
 * `state` changes with every change of the contents: iterators, and loops
 * that call back into Python (comparisons), compare it to notice that the
 * deque changed under them, as CPython's do. */
#include "abstract.h"
#include "modules/collections.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/iterbase.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typing.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/mem.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>

typedef struct Deque {
    Object ob;
    Object **items; /* cap slots (NULL while cap is 0); owned references in the used ones */
    ssize_t cap, head, len;
    ssize_t maxlen; /* -1: unbounded */
    size_t state;
} Deque;

#define DQ(o) ((Deque *)(o))
#define SLOT(d, i) ((d)->items[((d)->head + (i)) & ((d)->cap - 1)])

static const char mutated[] = "deque mutated during iteration";

/* Room for one more item; -1 with MemoryError. */
static int deque_grow(Deque *d) {
    if (d->len < d->cap) return 0;
    ssize_t cap = d->cap ? d->cap * 2 : 8;
    if (cap > SSIZE_MAX / (ssize_t)sizeof(Object *) || Mem_BeyondMachine((size_t)cap * sizeof(Object *))) {
        Err_NoMemory();
        return -1;
    }
    Object **items = malloc((size_t)cap * sizeof(Object *));
    if (!items) {
        Err_NoMemory();
        return -1;
    }
    for (ssize_t i = 0; i < d->len; i++) items[i] = SLOT(d, i);
    free(d->items);
    d->items = items;
    d->cap = cap;
    d->head = 0;
    return 0;
}

/* Removes and returns (owned) the last or first item; the deque is not empty. */
static Object *deque_take(Deque *d, bool right) {
    Object *v;
    if (right) {
        v = SLOT(d, d->len - 1);
    } else {
        v = d->items[d->head];
        d->head = (d->head + 1) & (d->cap - 1);
    }
    d->len--;
    d->state++;
    return v;
}

/* Adds v (stolen) at one end; a full bounded deque drops an item from the
 * other end first.  -1 with MemoryError (v released). */
static int deque_put(Deque *d, Object *v, bool right) {
    if (d->maxlen == 0) {
        DECREF(v);
        return 0;
    }
    Object *dropped = NULL;
    if (d->len == d->maxlen) dropped = deque_take(d, right ? false : true);
    if (d->len == d->cap && deque_grow(d) < 0) { /* the common case needs no call */
        DECREF(v);
        XDECREF(dropped);
        return -1;
    }
    if (right) {
        d->len++;
        SLOT(d, d->len - 1) = v;
    } else {
        d->head = (d->head - 1) & (d->cap - 1);
        d->items[d->head] = v;
        d->len++;
    }
    d->state++;
    XDECREF(dropped); /* last: its __del__ sees a consistent deque */
    return 0;
}

/* Drops every item (their references released after the deque is empty). */
static void deque_clear_items(Deque *d) {
    Object **items = d->items;
    ssize_t cap = d->cap, head = d->head, len = d->len;
    d->items = NULL;
    d->cap = d->head = d->len = 0;
    d->state++;
    for (ssize_t i = 0; i < len; i++) DECREF(items[(head + i) & (cap - 1)]);
    free(items);
}

Object *Deque_Extend(Object *self, Object *iterable, bool right) {
    Deque *d = DQ(self);
    Object *src = iterable == self ? List_FromIterable(iterable) : NEWREF(iterable);
    if (!src) return NULL;
    Object *it = Obj_GetIter(src);
    DECREF(src);
    if (!it) return NULL;
    Object *v;
    while ((v = Iter_Next(it))) {
        if (deque_put(d, v, right) < 0) {
            DECREF(it);
            return NULL;
        }
    }
    DECREF(it);
    if (Err_Occurred()) return NULL;
    RETURN_NONE;
}

static bool is_deque(Object *o) { return !IS_SMALL(o) && Type_IsSubtype(TYPE(o), &Deque_Type); }

/* ---- construction and the type's slots ------------------------------------ */

static Object *deque_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Deque *d = (Deque *)Obj_Alloc(t, (size_t)t->basicsize);
    if (d) d->maxlen = -1;
    return (Object *)d;
}

static int deque_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    if (Arg_Unpack(Deque_Type.args, "deque", args, nargs, kwnames, a) < 0) return -1;
    ssize_t maxlen = -1;
    if (a[1] && a[1] != OBJ_NONE) {
        if (!Int_Check(a[1])) {
            Err_SetString(Exc_TypeError, "an integer is required");
            return -1;
        }
        maxlen = Int_AsSsize(a[1]);
        if (maxlen == -1 && Err_Occurred()) return -1;
        if (maxlen < 0) {
            Err_SetString(Exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    Deque *d = DQ(self);
    d->maxlen = maxlen;
    if (d->len) deque_clear_items(d);
    if (a[0]) {
        Object *r = Deque_Extend(self, a[0], true);
        if (!r) return -1;
        DECREF(r);
    }
    return 0;
}

static void deque_dealloc(Object *o) {
    Weak_ClearBuiltin(o);
    deque_clear_items(DQ(o));
    Object **dict = Obj_DictPtr(o);
    if (dict) CLEAR(*dict);
    Obj_Free(o);
}

static int deque_traverse(Object *o, VisitFn visit, void *arg) {
    Deque *d = DQ(o);
    for (ssize_t i = 0; i < d->len; i++)
        if (visit(SLOT(d, i), arg)) return 1;
    return 0;
}

static int deque_gc_clear(Object *o) {
    deque_clear_items(DQ(o));
    return 0;
}

/* A new list of the items (a snapshot). */
static Object *deque_list(Deque *d) {
    Object *l = List_New(0);
    if (!l) return NULL;
    for (ssize_t i = 0; i < d->len; i++)
        if (List_Append(l, SLOT(d, i)) < 0) {
            DECREF(l);
            return NULL;
        }
    return l;
}

static Object *deque_repr(Object *o) {
    Deque *d = DQ(o);
    int r = Repr_Enter(o);
    if (r) return r > 0 ? Str_FromUTF8("[...]", 5) : NULL;
    Object *l = deque_list(d), *s = NULL;
    if (l) {
        if (d->maxlen >= 0) s = Str_FromFormat("%s(%R, maxlen=%zd)", Collections_ShortName(o), l, d->maxlen);
        else s = Str_FromFormat("%s(%R)", Collections_ShortName(o), l);
        DECREF(l);
    }
    Repr_Leave(o);
    return s;
}

static Object *deque_richcompare(Object *a, Object *b, int op) {
    if (!is_deque(a) || !is_deque(b)) return NEWREF(OBJ_NOTIMPL);
    if ((op == CMP_EQ || op == CMP_NE) && DQ(a)->len != DQ(b)->len) return NEWREF(Bool_From(op == CMP_NE));
    Object *ta = NULL, *tb = NULL, *r = NULL;
    Object *la = deque_list(DQ(a)), *lb = la ? deque_list(DQ(b)) : NULL;
    if (lb && (ta = List_AsTuple(la)) && (tb = List_AsTuple(lb))) r = Obj_RichCompare(ta, tb, op);
    XDECREF(la);
    XDECREF(lb);
    XDECREF(ta);
    XDECREF(tb);
    return r;
}

static ssize_t deque_len(Object *o) { return DQ(o)->len; }

/* The index of a subscript, checked against the length: -1 with an error. */
static int deque_index_of(Deque *d, Object *key, ssize_t *out) {
    if (!Index_Check(key)) {
        Err_Format(Exc_TypeError, "sequence index must be integer, not '%s'", TYPE_NAME(key));
        return -1;
    }
    ssize_t i;
    if (Index_AsSsize(key, Exc_IndexError, &i) < 0) return -1;
    if (i < 0) i += d->len;
    if (i < 0 || i >= d->len) {
        Err_SetString(Exc_IndexError, "deque index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static Object *deque_getitem(Object *o, Object *key) {
    ssize_t i;
    if (deque_index_of(DQ(o), key, &i) < 0) return NULL;
    return NEWREF(SLOT(DQ(o), i));
}

/* Removes item i (in range), shifting the shorter side; returns it (owned). */
static Object *deque_remove_at(Deque *d, ssize_t i) {
    Object *v = SLOT(d, i);
    if (i < d->len / 2) {
        for (ssize_t k = i; k > 0; k--) SLOT(d, k) = SLOT(d, k - 1);
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (ssize_t k = i; k < d->len - 1; k++) SLOT(d, k) = SLOT(d, k + 1);
    }
    d->len--;
    d->state++;
    return v;
}

static int deque_setitem(Object *o, Object *key, Object *value) {
    Deque *d = DQ(o);
    ssize_t i;
    if (deque_index_of(d, key, &i) < 0) return -1;
    if (!value) {
        DECREF(deque_remove_at(d, i));
        return 0;
    }
    Object *old = SLOT(d, i);
    SLOT(d, i) = NEWREF(value);
    DECREF(old);
    return 0;
}

/* Compares item i with v, noticing a change of the deque meanwhile: 1, 0,
 * or -1 with an error (exc("deque mutated during iteration") for a change). */
static int item_equals(Deque *d, ssize_t i, Object *v, Type *exc) {
    size_t state = d->state;
    ssize_t len = d->len;
    Object *item = NEWREF(SLOT(d, i));
    int r = Obj_RichCompareBool(item, v, CMP_EQ);
    DECREF(item);
    if (r >= 0 && (d->state != state || d->len != len)) {
        Err_SetString(exc, mutated);
        return -1;
    }
    return r;
}

static int deque_contains(Object *o, Object *v) {
    Deque *d = DQ(o);
    for (ssize_t i = 0; i < d->len; i++) {
        int r = item_equals(d, i, v, Exc_RuntimeError);
        if (r) return r;
    }
    return 0;
}

static Object *deque_copy_of(Object *self) {
    Deque *d = DQ(self);
    if (TYPE(self) == &Deque_Type) {
        Deque *c = (Deque *)deque_new(&Deque_Type, NULL, 0, NULL);
        if (!c) return NULL;
        c->maxlen = d->maxlen;
        for (ssize_t i = 0; i < d->len; i++)
            if (deque_put(c, NEWREF(SLOT(d, i)), true) < 0) {
                DECREF((Object *)c);
                return NULL;
            }
        return (Object *)c;
    }
    if (d->maxlen < 0) return Obj_CallOneArg((Object *)TYPE(self), self);
    Object *maxlen = Int_FromI64(d->maxlen);
    if (!maxlen) return NULL;
    Object *args[2] = {self, maxlen};
    Object *r = Obj_Call((Object *)TYPE(self), args, 2, NULL);
    DECREF(maxlen);
    return r;
}

static Object *deque_concat(Object *a, Object *b) {
    if (!is_deque(b)) {
        Err_Format(Exc_TypeError, "can only concatenate %s (not \"%s\") to %s", Collections_ShortName(a), TYPE_NAME(b),
                   Collections_ShortName(a));
        return NULL;
    }
    Object *r = deque_copy_of(a);
    if (!r) return NULL;
    Object *x = Deque_Extend(r, b, true);
    if (!x) {
        DECREF(r);
        return NULL;
    }
    DECREF(x);
    return r;
}

static Object *deque_inplace_concat(Object *a, Object *b) {
    Object *x = Deque_Extend(a, b, true);
    if (!x) return NULL;
    DECREF(x);
    return NEWREF(a);
}

/* self repeated n times in place: a bounded deque keeps the last maxlen
 * items of the whole repetition, so copies it would drop are not made. */
static Object *deque_inplace_repeat(Object *a, Object *b) {
    if (!Index_Check(b)) return NEWREF(OBJ_NOTIMPL);
    ssize_t n;
    if (Index_AsSsize(b, Exc_OverflowError, &n) < 0) return NULL;
    Deque *d = DQ(a);
    ssize_t len = d->len;
    if (n <= 0 || len == 0) {
        if (n <= 0) deque_clear_items(d);
        return NEWREF(a);
    }
    if (d->maxlen >= 0 && n > d->maxlen / len + 2) n = d->maxlen / len + 2;
    else if (d->maxlen < 0 && len > SSIZE_MAX / (ssize_t)sizeof(Object *) / n) return Err_NoMemory();
    Object *snapshot = deque_list(d);
    if (!snapshot) return NULL;
    for (ssize_t k = 1; k < n; k++)
        for (ssize_t i = 0; i < len; i++)
            if (deque_put(d, NEWREF(LIST_GET(snapshot, i)), true) < 0) {
                DECREF(snapshot);
                return NULL;
            }
    DECREF(snapshot);
    return NEWREF(a);
}

static Object *deque_repeat(Object *a, Object *b) {
    Object *seq;
    ssize_t n;
    int rc = Seq_RepeatCount(a, b, is_deque, &seq, &n);
    if (rc <= 0) return rc < 0 ? NULL : NEWREF(OBJ_NOTIMPL);
    Object *r = deque_copy_of(seq);
    if (!r) return NULL;
    Object *n_obj = Int_FromI64(n);
    Object *x = n_obj ? deque_inplace_repeat(r, n_obj) : NULL;
    XDECREF(n_obj);
    if (!x) {
        DECREF(r);
        return NULL;
    }
    DECREF(x);
    return r;
}

/* ---- methods ---------------------------------------------------------------- */

static Object *deque_append(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (deque_put(DQ(self), NEWREF(args[0]), true) < 0) return NULL;
    RETURN_NONE;
}

static Object *deque_appendleft(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (deque_put(DQ(self), NEWREF(args[0]), false) < 0) return NULL;
    RETURN_NONE;
}

static Object *deque_pop_end(Object *self, bool right) {
    Deque *d = DQ(self);
    if (d->len == 0) {
        Err_SetString(Exc_IndexError, "pop from an empty deque");
        return NULL;
    }
    return deque_take(d, right);
}

static Object *deque_pop(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return deque_pop_end(self, true);
}

static Object *deque_popleft(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return deque_pop_end(self, false);
}

static Object *deque_extend(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Deque_Extend(self, args[0], true);
}

static Object *deque_extendleft(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Deque_Extend(self, args[0], false);
}

static Object *deque_clear_method(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    deque_clear_items(DQ(self));
    RETURN_NONE;
}

static Object *deque_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return deque_copy_of(self);
}

static Object *deque_count(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Deque *d = DQ(self);
    int64_t n = 0;
    for (ssize_t i = 0; i < d->len; i++) {
        int r = item_equals(d, i, args[0], Exc_RuntimeError);
        if (r < 0) return NULL;
        n += r;
    }
    return Int_FromI64(n);
}

/* A start or stop argument of index(), clamped to [0, len] as list.index's. */
static int clamp_bound(Object *o, ssize_t len, ssize_t *out) {
    ssize_t v;
    if (Index_AsSsizeArg(o, &v) < 0) return -1;
    if (v < 0) {
        v += len;
        if (v < 0) v = 0;
    }
    if (v > len) v = len;
    *out = v;
    return 0;
}

static Object *deque_index(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Deque *d = DQ(self);
    ssize_t start = 0, stop = d->len;
    if (nargs > 1 && clamp_bound(args[1], d->len, &start) < 0) return NULL;
    if (nargs > 2 && clamp_bound(args[2], d->len, &stop) < 0) return NULL;
    for (ssize_t i = start; i < stop && i < d->len; i++) {
        int r = item_equals(d, i, args[0], Exc_RuntimeError);
        if (r < 0) return NULL;
        if (r) return Int_FromI64(i);
    }
    Err_SetString(Exc_ValueError, "deque.index(x): x not in deque");
    return NULL;
}

static Object *deque_insert(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Deque *d = DQ(self);
    ssize_t i;
    if (Index_AsSsizeArg(args[0], &i) < 0) return NULL;
    if (d->maxlen >= 0 && d->len >= d->maxlen) {
        Err_SetString(Exc_IndexError, "deque already at its maximum size");
        return NULL;
    }
    if (i < 0) {
        i += d->len;
        if (i < 0) i = 0;
    }
    if (i > d->len) i = d->len;
    if (deque_grow(d) < 0) return NULL;
    if (i < d->len / 2) {
        d->head = (d->head - 1) & (d->cap - 1);
        d->len++;
        for (ssize_t k = 0; k < i; k++) SLOT(d, k) = SLOT(d, k + 1);
    } else {
        d->len++;
        for (ssize_t k = d->len - 1; k > i; k--) SLOT(d, k) = SLOT(d, k - 1);
    }
    SLOT(d, i) = NEWREF(args[1]);
    d->state++;
    RETURN_NONE;
}

static Object *deque_remove(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Deque *d = DQ(self);
    for (ssize_t i = 0; i < d->len; i++) {
        int r = item_equals(d, i, args[0], Exc_IndexError);
        if (r < 0) return NULL;
        if (r) {
            DECREF(deque_remove_at(d, i));
            RETURN_NONE;
        }
    }
    Err_SetString(Exc_ValueError, "deque.remove(x): x not in deque");
    return NULL;
}

static Object *deque_reverse(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Deque *d = DQ(self);
    for (ssize_t i = 0, j = d->len - 1; i < j; i++, j--) {
        Object *t = SLOT(d, i);
        SLOT(d, i) = SLOT(d, j);
        SLOT(d, j) = t;
    }
    d->state++;
    RETURN_NONE;
}

static Object *deque_rotate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Deque *d = DQ(self);
    ssize_t n = 1;
    if (nargs > 0 && Index_AsSsizeArg(args[0], &n) < 0) return NULL;
    if (d->len <= 1) RETURN_NONE;
    n %= d->len;
    if (n < 0) n += d->len;
    if (n == 0) RETURN_NONE;
    if (d->len == d->cap) {
        /* a full ring rotates by moving its head */
        d->head = (d->head - n) & (d->cap - 1);
    } else if (n <= d->len / 2) {
        for (ssize_t k = 0; k < n; k++) {
            Object *v = SLOT(d, d->len - 1);
            d->len--;
            d->head = (d->head - 1) & (d->cap - 1);
            d->items[d->head] = v;
            d->len++;
        }
    } else {
        for (ssize_t k = 0; k < d->len - n; k++) {
            Object *v = d->items[d->head];
            d->head = (d->head + 1) & (d->cap - 1);
            SLOT(d, d->len - 1) = v;
        }
    }
    d->state++;
    RETURN_NONE;
}

static Object *deque_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Deque *d = DQ(self);
    Object *state = OBJ_NONE, **dict = Obj_DictPtr(self);
    if (dict && *dict && Dict_Check(*dict) && Dict_Len(*dict)) state = *dict;
    Object *cargs = NULL, *it = NULL, *r = NULL;
    if (d->maxlen < 0) {
        cargs = Tuple_Empty();
    } else {
        Object *empty = Tuple_Empty(), *maxlen = Int_FromI64(d->maxlen);
        cargs = maxlen ? Tuple_Pack(2, empty, maxlen) : NULL;
        DECREF(empty);
        XDECREF(maxlen);
    }
    if (cargs && (it = Obj_GetIter(self))) r = Tuple_Pack(4, (Object *)TYPE(self), cargs, state, it);
    XDECREF(cargs);
    XDECREF(it);
    return r;
}

static Object *deque_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames);

static Object *deque_sizeof(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromI64((int64_t)(TYPE(self)->basicsize + DQ(self)->cap * (ssize_t)sizeof(Object *)));
}

static Object *deque_get_maxlen(Object *self) {
    ssize_t m = DQ(self)->maxlen;
    return m < 0 ? NEWREF(OBJ_NONE) : Int_FromI64(m);
}

static const MethodDef deque_methods[] = {
    {"append", deque_append, 0, ARGS("($self, item, /)", "Add an element to the right side of the deque.")},
    {"appendleft", deque_appendleft, 0, ARGS("($self, item, /)", "Add an element to the left side of the deque.")},
    {"clear", deque_clear_method, 0, ARGS("($self, /)", "Remove all elements from the deque.")},
    {"__copy__", deque_copy, 0, ARGS("($self, /)", "Return a shallow copy of a deque.")},
    {"copy", deque_copy, 0, ARGS("($self, /)", "Return a shallow copy of a deque.")},
    {"count", deque_count, 0, ARGS("($self, value, /)", "Return number of occurrences of value.")},
    {"extend", deque_extend, 0,
     ARGS("($self, iterable, /)", "Extend the right side of the deque with elements from the iterable.")},
    {"extendleft", deque_extendleft, 0,
     ARGS("($self, iterable, /)", "Extend the left side of the deque with elements from the iterable.")},
    {"index", deque_index, 0,
     ARGS("($self, value, [start, [stop]])",
          "Return first index of value.\n\nRaises ValueError if the value is not present.")},
    {"insert", deque_insert, 0, ARGS("($self, index, value, /)", "Insert value before index.")},
    {"pop", deque_pop, 0, ARGS("($self, /)", "Remove and return the rightmost element.")},
    {"popleft", deque_popleft, 0, ARGS("($self, /)", "Remove and return the leftmost element.")},
    {"__reduce__", deque_reduce, 0, ARGS("($self, /)", "Return state information for pickling.")},
    {"remove", deque_remove, 0, ARGS("($self, value, /)", "Remove first occurrence of value.")},
    {"__reversed__", deque_reversed, 0, ARGS("($self, /)", "Return a reverse iterator over the deque.")},
    {"reverse", deque_reverse, 0, ARGS("($self, /)", "Reverse *IN PLACE*.")},
    {"rotate", deque_rotate, 0,
     ARGS("($self, n=1, /)", "Rotate the deque n steps to the right.  If n is negative, rotates left.")},
    {"__sizeof__", deque_sizeof, 0, ARGS("($self, /)", "Return the size of the deque in memory, in bytes.")},
    METHOD_CLASS_GETITEM("deques are generic over the type of their contents"),
    {NULL, NULL, 0, NULL},
};

static const GetSetDef deque_getset[] = {
    {"maxlen", deque_get_maxlen, NULL, "maximum size of a deque or None if unbounded"},
    {NULL, NULL, NULL, NULL},
};

static Object *deque_iter(Object *o);

Type Deque_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "collections.deque",
    .basicsize = sizeof(Deque),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC | TPFLAG_MATCH_SEQUENCE | TPFLAG_WEAKREF,
    .doc = "A list-like sequence optimized for data accesses near its endpoints.",
    .args = ARGS_F(ARG_TUPLE_STYLE, "(iterable=(), maxlen=None)", NULL),
    .dealloc = deque_dealloc,
    .repr = deque_repr,
    .hash = Obj_HashNotImplemented,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .sq_concat = deque_concat,
    .sq_repeat = deque_repeat,
    .sq_inplace_concat = deque_inplace_concat,
    .sq_inplace_repeat = deque_inplace_repeat,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .traverse = deque_traverse,
    .clear = deque_gc_clear,
    .new_ = deque_new,
    .init = deque_init,
    .methods = deque_methods,
    .getset = deque_getset,
};

/* ---- iterators ---------------------------------------------------------------- */

/* Unlike the other iterators over one object, a deque iterator keeps its
 * deque once finished, as CPython's does: its reduction names the deque. */
typedef struct DequeIter {
    ITERBASE_HEAD;
    ssize_t index; /* items given */
    ssize_t left;  /* items still to give: counted down */
    size_t state;
} DequeIter;

static Object *dequeiter_make(Type *t, Object *d) {
    DequeIter *it = (DequeIter *)IterBase_New(t, sizeof(DequeIter), d);
    if (!it) return NULL;
    it->left = DQ(d)->len;
    it->state = DQ(d)->state;
    return (Object *)it;
}

static Object *deque_iter(Object *o) { return dequeiter_make(&DequeIter_Type, o); }

static Object *deque_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return dequeiter_make(&DequeRevIter_Type, self);
}

static Object *dequeiter_step(Object *o, bool reverse) {
    DequeIter *it = (DequeIter *)o;
    if (!it->seq) return NULL;
    Deque *d = DQ(it->seq);
    if (d->state != it->state) {
        it->left = 0;
        Err_SetString(Exc_RuntimeError, mutated);
        return NULL;
    }
    if (it->left <= 0 || it->index >= d->len) return NULL;
    ssize_t i = reverse ? d->len - 1 - it->index : it->index;
    it->index++;
    it->left--;
    return NEWREF(SLOT(d, i));
}

static Object *dequeiter_next(Object *o) { return dequeiter_step(o, false); }
static Object *dequeiter_revnext(Object *o) { return dequeiter_step(o, true); }

static Object *dequeiter_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    DequeIter *it = (DequeIter *)self;
    return Int_FromI64(it->seq ? it->left : 0);
}

/* (type, (deque, n)): remade by the constructor below, which skips the n
 * items already given. */
static Object *dequeiter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    DequeIter *it = (DequeIter *)self;
    if (!it->seq) return IterBase_ReduceIndex(NULL, NULL, 0, ITER_EMPTY_TUPLE); /* cleared by the collector */
    Object *given = Int_FromI64(DQ(it->seq)->len - it->left);
    Object *fnargs = given ? Tuple_Pack(2, it->seq, given) : NULL;
    XDECREF(given);
    Object *r = fnargs ? Tuple_Pack(2, (Object *)TYPE(self), fnargs) : NULL;
    XDECREF(fnargs);
    return r;
}

/* _deque_iterator(deque, index=0): CPython reads its arguments as a tuple
 * and lets keywords pass unseen. */
static ArgSpec dequeiter_new_args = {.sig = "(deque, index=0, /)",
                                     .flags = ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE | ARG_UNNAMED};

static Object *dequeiter_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    if (Arg_Unpack(&dequeiter_new_args, t->name, args, nargs, NULL, a) < 0) return NULL;
    if (!is_deque(a[0])) {
        Err_Format(Exc_TypeError, "argument 1 must be %s, not %s", Deque_Type.name, ARG_TYPE_NAME(a[0]));
        return NULL;
    }
    ssize_t skip = 0;
    if (a[1] && Index_AsSsizeArg(a[1], &skip) < 0) return NULL;
    Object *it = dequeiter_make(t, a[0]);
    bool reverse = t == &DequeRevIter_Type;
    for (ssize_t i = 0; it && i < skip; i++) {
        Object *item = dequeiter_step(it, reverse);
        if (!item) break;
        DECREF(item);
    }
    return it;
}

static const MethodDef dequeiter_methods[] = {
    {"__length_hint__", dequeiter_length_hint, 0,
     ARGS("($self, /)", "Private method returning an estimate of len(list(it)).")},
    {"__reduce__", dequeiter_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {NULL, NULL, 0, NULL},
};

Type DequeIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "collections._deque_iterator",
    .basicsize = sizeof(DequeIter),
    .flags = TPFLAG_GC,
    ITERBASE_SLOTS,
    .iter = Iter_Self,
    .iternext = dequeiter_next,
    .new_ = dequeiter_new,
    .methods = dequeiter_methods,
};

Type DequeRevIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "collections._deque_reverse_iterator",
    .basicsize = sizeof(DequeIter),
    .flags = TPFLAG_GC,
    ITERBASE_SLOTS,
    .iter = Iter_Self,
    .iternext = dequeiter_revnext,
    .new_ = dequeiter_new,
    .methods = dequeiter_methods,
};
