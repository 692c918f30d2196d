/* The itertools that filter, map or regroup the items of their input:
 * compress, dropwhile, takewhile, filterfalse, starmap, accumulate,
 * batched, pairwise, zip_longest. */
#include "modules/itertools.h"
#include "modules/itertools_docs.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include <string.h>

/* An iterator of type t over iter(iterable) with one more object (a
 * function or a second iterator, borrowed; may be NULL): the shape of most
 * of the types below (ITERBASE_HEAD, then that object). */
typedef struct ItPair {
    ITERBASE_HEAD;
    Object *other;
} ItPair;

static Object *pair_make(Type *t, Object *iterable, Object *other) {
    Object *it = Obj_GetIter(iterable);
    ItPair *p = it ? (ItPair *)It_Alloc(t) : NULL;
    if (!p) {
        XDECREF(it);
        return NULL;
    }
    p->seq = it;
    p->other = XNEWREF(other);
    return (Object *)p;
}

/* ---- compress ------------------------------------------------------------------ */

IT_REFS_FUNCS(compress, ItPair, other)

static Object *compress_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    if (Arg_Unpack(Compress_Type.args, "compress", args, nargs, kwnames, a) < 0) return NULL;
    Object *sel = Obj_GetIter(a[1]);
    if (!sel) return NULL;
    Object *c = pair_make(t, a[0], NULL);
    if (c) ((ItPair *)c)->other = sel;
    else DECREF(sel);
    return c;
}

static Object *compress_next(Object *o) {
    ItPair *c = (ItPair *)o;
    if (!c->seq || !c->other) return NULL;
    for (;;) {
        Object *item = Iter_Next(c->seq);
        if (!item) return NULL;
        Object *sel = Iter_Next(c->other);
        if (!sel) {
            DECREF(item);
            return NULL;
        }
        int keep = Obj_IsTrue(sel);
        DECREF(sel);
        if (keep) return keep < 0 ? (DECREF(item), NULL) : item;
        DECREF(item);
    }
}

Type Compress_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.compress",
    .basicsize = sizeof(ItPair),
    .doc = DOC_compress,
    .args = ARGS("(data, selectors)", NULL),
    IT_SLOTS(compress),
    .new_ = compress_new,
    .iternext = compress_next,
};

/* ---- dropwhile, takewhile, filterfalse ------------------------------------------------- */

/* other: the predicate; state: dropwhile's "done dropping", takewhile's "stopped". */
typedef struct Predicated {
    ITERBASE_HEAD;
    Object *pred;
    bool state;
} Predicated;
IT_REFS_FUNCS(pred, Predicated, pred)

/* pred(item) as a truth value: 1, 0, -1 (filterfalse's None predicate:
 * the item's own truth). */
static int pred_test(Object *pred, Object *item, bool none_is_truth) {
    if (none_is_truth && pred == OBJ_NONE) return Obj_IsTrue(item);
    Object *r = Obj_CallOneArg(pred, item);
    if (!r) return -1;
    int t = Obj_IsTrue(r);
    DECREF(r);
    return t;
}

static Object *pred_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Type *base = t; /* the itertools type itself, for its declaration */
    while (base->flags & TPFLAG_HEAPTYPE) base = base->base;
    if (Arg_Check(base->args, strchr(base->name, '.') + 1, args, nargs, kwnames) < 0) return NULL;
    return pair_make(t, args[1], args[0]);
}

static Object *dropwhile_next(Object *o) {
    Predicated *p = (Predicated *)o;
    if (!p->seq) return NULL;
    for (;;) {
        Object *item = Iter_Next(p->seq);
        if (!item || p->state) return item;
        int t = pred_test(p->pred, item, false);
        if (t == 0) {
            p->state = true;
            return item;
        }
        DECREF(item);
        if (t < 0) return NULL;
    }
}

static Object *takewhile_next(Object *o) {
    Predicated *p = (Predicated *)o;
    if (!p->seq || p->state) return NULL;
    Object *item = Iter_Next(p->seq);
    if (!item) return NULL;
    int t = pred_test(p->pred, item, false);
    if (t > 0) return item;
    DECREF(item);
    if (t == 0) p->state = true;
    return NULL;
}

static Object *filterfalse_next(Object *o) {
    Predicated *p = (Predicated *)o;
    if (!p->seq) return NULL;
    for (;;) {
        Object *item = Iter_Next(p->seq);
        if (!item) return NULL;
        int t = pred_test(p->pred, item, true);
        if (t == 0) return item;
        DECREF(item);
        if (t < 0) return NULL;
    }
}

Type DropWhile_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.dropwhile",
    .basicsize = sizeof(Predicated),
    .doc = DOC_dropwhile,
    .args = ARGS("(predicate, iterable, /)", NULL),
    IT_SLOTS(pred),
    .new_ = pred_new,
    .iternext = dropwhile_next,
};

Type TakeWhile_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.takewhile",
    .basicsize = sizeof(Predicated),
    .doc = DOC_takewhile,
    .args = ARGS("(predicate, iterable, /)", NULL),
    IT_SLOTS(pred),
    .new_ = pred_new,
    .iternext = takewhile_next,
};

Type FilterFalse_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.filterfalse",
    .basicsize = sizeof(Predicated),
    .doc = DOC_filterfalse,
    .args = ARGS("(function, iterable, /)", NULL),
    IT_SLOTS(pred),
    .new_ = pred_new,
    .iternext = filterfalse_next,
};

/* ---- starmap ------------------------------------------------------------------------------- */

IT_REFS_FUNCS(starmap, ItPair, other)

static Object *starmap_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_Check(StarMap_Type.args, "starmap", args, nargs, kwnames) < 0) return NULL;
    return pair_make(t, args[1], args[0]);
}

static Object *starmap_next(Object *o) {
    ItPair *s = (ItPair *)o;
    if (!s->seq) return NULL;
    Object *item = Iter_Next(s->seq);
    if (!item) return NULL;
    Object *r;
    if (Tuple_CheckExact(item)) {
        r = Obj_Call(s->other, TUPLE_ITEMS(item), (size_t)TUPLE_LEN(item), NULL);
    } else {
        Object *t = Tuple_FromIterable(item);
        r = t ? Obj_Call(s->other, TUPLE_ITEMS(t), (size_t)TUPLE_LEN(t), NULL) : NULL;
        XDECREF(t);
    }
    DECREF(item);
    return r;
}

Type StarMap_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.starmap",
    .basicsize = sizeof(ItPair),
    .doc = DOC_starmap,
    .args = ARGS("(function, iterable, /)", NULL),
    IT_SLOTS(starmap),
    .new_ = starmap_new,
    .iternext = starmap_next,
};

/* ---- accumulate ------------------------------------------------------------------------------- */

typedef struct Accumulate {
    ITERBASE_HEAD;
    Object *func;     /* NULL or None: + */
    Object *total;    /* the last result, NULL before the first */
    Object *initial;  /* yielded first, then dropped */
} Accumulate;
IT_REFS_FUNCS(accumulate, Accumulate, initial)

static Object *accumulate_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[3];
    if (Arg_Unpack(Accumulate_Type.args, "accumulate", args, nargs, kwnames, a) < 0) return NULL;
    Accumulate *acc = (Accumulate *)pair_make(t, a[0], a[1] == OBJ_NONE ? NULL : a[1]);
    if (acc && a[2] && a[2] != OBJ_NONE) acc->initial = NEWREF(a[2]);
    return (Object *)acc;
}

static Object *accumulate_next(Object *o) {
    Accumulate *acc = (Accumulate *)o;
    if (acc->initial) {
        acc->total = acc->initial;
        acc->initial = NULL;
        return NEWREF(acc->total);
    }
    if (!acc->seq) return NULL;
    Object *item = Iter_Next(acc->seq);
    if (!item) return NULL;
    if (!acc->total) {
        acc->total = item;
        return NEWREF(item);
    }
    Object *pair[2] = {acc->total, item};
    Object *r = acc->func ? Obj_Call(acc->func, pair, 2, NULL) : Obj_BinaryOp(acc->total, item, NB_ADD);
    DECREF(item);
    if (!r) return NULL;
    SETREF(acc->total, NEWREF(r));
    return r;
}

Type Accumulate_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.accumulate",
    .basicsize = sizeof(Accumulate),
    .doc = DOC_accumulate,
    .args = ARGS("(iterable, func=None, *, initial=None)", NULL),
    IT_SLOTS(accumulate),
    .new_ = accumulate_new,
    .iternext = accumulate_next,
};

/* ---- batched ------------------------------------------------------------------------------------ */

typedef struct Batched {
    ITERBASE_HEAD;
    ssize_t n;
    bool strict;
} Batched;
IT_REFS_FUNCS(batched, Batched, seq)

static Object *batched_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[3];
    if (Arg_Unpack(Batched_Type.args, "batched", args, nargs, kwnames, a) < 0) return NULL;
    ssize_t n;
    if (Index_AsSsizeArg(a[1], &n) < 0) return NULL;
    if (n < 1) {
        Err_SetString(Exc_ValueError, "n must be at least one");
        return NULL;
    }
    int strict = a[2] ? Obj_IsTrue(a[2]) : 0;
    if (strict < 0) return NULL;
    Batched *b = (Batched *)pair_make(t, a[0], NULL);
    if (b) {
        b->n = n;
        b->strict = strict;
    }
    return (Object *)b;
}

static Object *batched_next(Object *o) {
    Batched *b = (Batched *)o;
    if (!b->seq) return NULL;
    Object *batch = Tuple_New(b->n);
    if (!batch) return NULL;
    ssize_t i = 0;
    for (; i < b->n; i++) {
        Object *item = Iter_Next(b->seq);
        if (!item) break;
        TUPLE_ITEMS(batch)[i] = item;
    }
    if (i == b->n) return batch;
    Object *short_batch = NULL;
    if (!Err_Occurred()) {
        CLEAR(b->seq);
        if (i > 0 && b->strict) Err_SetString(Exc_ValueError, "batched(): incomplete batch");
        else if (i > 0) short_batch = Tuple_FromArray(TUPLE_ITEMS(batch), i);
    }
    DECREF(batch); /* the unfilled slots are NULL */
    return short_batch;
}

Type Batched_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.batched",
    .basicsize = sizeof(Batched),
    .doc = DOC_batched,
    .args = ARGS("(iterable, n, *, strict=False)", NULL),
    IT_SLOTS(batched),
    .new_ = batched_new,
    .iternext = batched_next,
};

/* ---- pairwise ------------------------------------------------------------------------------------ */

/* other: the previous item, NULL before the first */
IT_REFS_FUNCS(pairwise, ItPair, other)

static Object *pairwise_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_Check(Pairwise_Type.args, "pairwise", args, nargs, kwnames) < 0) return NULL;
    return pair_make(t, args[0], NULL);
}

static Object *pairwise_next(Object *o) {
    ItPair *p = (ItPair *)o;
    if (!p->seq) return NULL;
    if (!p->other && !(p->other = Iter_Next(p->seq))) {
        if (!Err_Occurred()) CLEAR(p->seq);
        return NULL;
    }
    Object *old = NEWREF(p->other); /* held: the source may run code that clears it */
    Object *item = Iter_Next(p->seq);
    if (!item) {
        DECREF(old);
        if (!Err_Occurred()) pairwise_clear(o);
        return NULL;
    }
    Object *r = Tuple_Pack(2, old, item);
    SETREF(p->other, item);
    DECREF(old);
    return r;
}

Type Pairwise_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.pairwise",
    .basicsize = sizeof(ItPair),
    .doc = DOC_pairwise,
    .args = ARGS("(iterable, /)", NULL),
    IT_SLOTS(pairwise),
    .new_ = pairwise_new,
    .iternext = pairwise_next,
};

/* ---- zip_longest ------------------------------------------------------------------------------------ */

typedef struct ZipLongest {
    ITERBASE_HEAD;    /* tuple of the iterators (None for an exhausted one) */
    Object *fill;
    ssize_t active;   /* iterators not yet exhausted */
} ZipLongest;
IT_REFS_FUNCS(ziplongest, ZipLongest, fill)

static Object *ziplongest_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *fill = OBJ_NONE;
    for (ssize_t i = 0; i < KW_COUNT(kwnames); i++) {
        if (KW_COUNT(kwnames) > 1 || !Str_EqC(TUPLE_ITEMS(kwnames)[0], "fillvalue")) {
            Err_SetString(Exc_TypeError, "zip_longest() got an unexpected keyword argument");
            return NULL;
        }
        fill = args[nargs];
    }
    Object *its = Tuple_New((ssize_t)nargs);
    if (!its) return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!(TUPLE_ITEMS(its)[i] = Obj_GetIter(args[i]))) {
            DECREF(its);
            return NULL;
        }
    ZipLongest *z = (ZipLongest *)It_Alloc(t);
    if (!z) {
        DECREF(its);
        return NULL;
    }
    z->seq = its;
    z->fill = NEWREF(fill);
    z->active = (ssize_t)nargs;
    return (Object *)z;
}

static Object *ziplongest_next(Object *o) {
    ZipLongest *z = (ZipLongest *)o;
    if (!z->seq || z->active == 0) return NULL;
    ssize_t n = TUPLE_LEN(z->seq);
    Object *r = Tuple_New(n);
    if (!r) return NULL;
    for (ssize_t i = 0; i < n; i++) {
        Object *it = TUPLE_ITEMS(z->seq)[i], *item = NULL;
        if (it != OBJ_NONE) {
            item = Iter_Next(it);
            if (!item) {
                if (Err_Occurred()) goto fail;
                SETREF(TUPLE_ITEMS(z->seq)[i], OBJ_NONE);
                if (--z->active == 0) goto fail; /* all exhausted: the end */
            }
        }
        TUPLE_ITEMS(r)[i] = item ? item : NEWREF(z->fill);
    }
    return r;
fail:
    DECREF(r);
    return NULL;
}

Type ZipLongest_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.zip_longest",
    .basicsize = sizeof(ZipLongest),
    .doc = DOC_zip_longest,
    .args = ARGS("(*iterables, fillvalue=None)", NULL),
    IT_SLOTS(ziplongest),
    .new_ = ziplongest_new,
    .iternext = ziplongest_next,
};
