/* The combinatoric itertools: product, permutations, combinations and
 * combinations_with_replacement.  Each keeps its pool as a tuple and the
 * positions of the next result in an array of indices; a result is a tuple
 * of the pool's items at those positions: the previous result again when
 * nothing else holds it any more (a `for` loop that unpacks it), as CPython
 * does, else a new one. */
#include "modules/itertools.h"
#include "modules/itertools_docs.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include <limits.h>
#include <stdlib.h>

typedef struct Combinatoric {
    ITERBASE_HEAD;      /* product: a tuple of pools (tuples); the others: the pool */
    Object *result;     /* the last result, or NULL */
    ssize_t *indices;   /* malloc'd: r positions (product: one per pool) */
    bool *used;         /* permutations: which positions indices holds */
    ssize_t r;          /* length of a result */
    bool started, done;
} Combinatoric;

static void comb_dealloc(Object *o) {
    Gc_Untrack(o);
    Combinatoric *c = (Combinatoric *)o;
    XDECREF(c->seq);
    XDECREF(c->result);
    free(c->indices);
    free(c->used);
    Obj_Free(o);
}
static int comb_traverse(Object *o, VisitFn visit, void *arg) { return It_Visit(o, 2, visit, arg); }
static int comb_clear(Object *o) {
    It_Release(o, 2);
    return 0;
}

/* A combinatoric iterator of type t over pool (a tuple, stolen) with r
 * indices (zero), and a `used` array when with_used. */
static Object *comb_make(Type *t, Object *pool, ssize_t r, bool with_used) {
    Combinatoric *c = (Combinatoric *)It_Alloc(t);
    if (!c) {
        DECREF(pool);
        return NULL;
    }
    c->seq = pool;
    c->r = r;
    c->indices = calloc((size_t)(r ? r : 1), sizeof(ssize_t));
    if (with_used) c->used = calloc((size_t)(TUPLE_LEN(pool) ? TUPLE_LEN(pool) : 1), sizeof(bool));
    if (!c->indices || (with_used && !c->used)) {
        DECREF((Object *)c);
        return Err_NoMemory();
    }
    return (Object *)c;
}

/* A tuple of n items for the next result (new reference): the last one
 * when only the iterator holds it, else a new one (empty slots).  The
 * caller stores every item with SETREF. */
static Object *next_result(Combinatoric *c, ssize_t n) {
    Object *t = c->result;
    if (t && t->refcnt == 1 && TUPLE_LEN(t) == n) return NEWREF(t);
    if (!(t = Tuple_New(n))) return NULL;
    if (n) SETREF(c->result, NEWREF(t)); /* () is shared: never reused */
    return t;
}

/* The tuple of pool[indices[i]] for i < r. */
static Object *comb_result(Combinatoric *c) {
    Object *t = next_result(c, c->r), *pool = c->seq;
    if (!t) return NULL;
    for (ssize_t i = 0; i < c->r; i++) SETREF(TUPLE_ITEMS(t)[i], NEWREF(TUPLE_ITEMS(pool)[c->indices[i]]));
    return t;
}

/* Marks the iterator exhausted and drops its pool. */
static Object *comb_finish(Combinatoric *c) {
    c->done = true;
    CLEAR(c->seq);
    return NULL;
}

/* ---- product ---------------------------------------------------------------------- */

static Object *product_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t repeat = 1;
    if (KW_COUNT(kwnames) > 1) {
        Err_Format(Exc_TypeError, "product() takes at most 1 keyword argument (%zd given)", KW_COUNT(kwnames));
        return NULL;
    }
    for (ssize_t i = 0; i < KW_COUNT(kwnames); i++) {
        Object *name = TUPLE_ITEMS(kwnames)[i];
        if (!Str_EqC(name, "repeat")) {
            Err_Format(Exc_TypeError, "product() got an unexpected keyword argument '%U'", name);
            return NULL;
        }
        if (Index_AsSsizeArg(args[nargs + (size_t)i], &repeat) < 0) return NULL;
        if (repeat < 0) {
            Err_SetString(Exc_ValueError, "repeat argument cannot be negative");
            return NULL;
        }
    }
    if (nargs && repeat > (ssize_t)(SSIZE_MAX / sizeof(ssize_t) / nargs)) {
        Err_SetString(Exc_OverflowError, "repeat argument too large");
        return NULL;
    }
    ssize_t npools = (ssize_t)nargs * repeat;
    Object *pools = Tuple_New(npools);
    if (!pools) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        Object *pool = Tuple_FromIterable(args[i]);
        if (!pool) {
            DECREF(pools);
            return NULL;
        }
        for (ssize_t k = 0; k < repeat; k++) TUPLE_ITEMS(pools)[k * (ssize_t)nargs + (ssize_t)i] = NEWREF(pool);
        DECREF(pool);
    }
    return comb_make(t, pools, npools, false);
}

static Object *product_next(Object *o) {
    Combinatoric *c = (Combinatoric *)o;
    if (c->done || !c->seq) return NULL;
    Object *pools = c->seq;
    ssize_t n = TUPLE_LEN(pools);
    if (!c->started) {
        c->started = true;
        for (ssize_t i = 0; i < n; i++)
            if (TUPLE_LEN(TUPLE_ITEMS(pools)[i]) == 0) return comb_finish(c);
    } else {
        ssize_t i = n - 1; /* the rightmost position moves fastest */
        for (; i >= 0; i--) {
            if (++c->indices[i] < TUPLE_LEN(TUPLE_ITEMS(pools)[i])) break;
            c->indices[i] = 0;
        }
        if (i < 0) return comb_finish(c);
    }
    Object *t = next_result(c, n);
    if (!t) return NULL;
    for (ssize_t i = 0; i < n; i++) SETREF(TUPLE_ITEMS(t)[i], NEWREF(TUPLE_ITEMS(TUPLE_ITEMS(pools)[i])[c->indices[i]]));
    return t;
}

Type Product_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.product",
    .basicsize = sizeof(Combinatoric),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = DOC_product,
    .args = ARGS("(*iterables, repeat=1)", NULL),
    .dealloc = comb_dealloc,
    .traverse = comb_traverse,
    .clear = comb_clear,
    .iter = Iter_Self,
    .new_ = product_new,
    .iternext = product_next,
};

/* ---- permutations ------------------------------------------------------------------- */

static Object *permutations_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    if (Arg_Unpack(Permutations_Type.args, "permutations", args, nargs, kwnames, a) < 0) return NULL;
    Object *pool = Tuple_FromIterable(a[0]);
    if (!pool) return NULL;
    ssize_t r = TUPLE_LEN(pool);
    if (a[1] && a[1] != OBJ_NONE) {
        if (!Int_Check(a[1])) {
            Err_SetString(Exc_TypeError, "Expected int as r");
            DECREF(pool);
            return NULL;
        }
        if (Index_AsSsizeArg(a[1], &r) < 0) {
            DECREF(pool);
            return NULL;
        }
        if (r < 0) {
            Err_SetString(Exc_ValueError, "r must be non-negative");
            DECREF(pool);
            return NULL;
        }
    }
    return comb_make(t, pool, r, true);
}

/* Permutations in lexicographic order of their positions: the next one
 * raises the rightmost position that can take a larger unused one, then
 * fills the positions after it with the smallest unused ones. */
static Object *permutations_next(Object *o) {
    Combinatoric *c = (Combinatoric *)o;
    if (c->done || !c->seq) return NULL;
    ssize_t n = TUPLE_LEN(c->seq), r = c->r;
    if (r > n) return comb_finish(c);
    if (!c->started) {
        c->started = true;
        for (ssize_t i = 0; i < r; i++) {
            c->indices[i] = i;
            c->used[i] = true;
        }
        return comb_result(c);
    }
    ssize_t i = r - 1;
    for (; i >= 0; i--) {
        c->used[c->indices[i]] = false;
        ssize_t v = c->indices[i] + 1;
        while (v < n && c->used[v]) v++;
        if (v < n) {
            c->indices[i] = v;
            c->used[v] = true;
            break;
        }
    }
    if (i < 0) return comb_finish(c);
    ssize_t v = 0;
    for (ssize_t j = i + 1; j < r; j++) {
        while (c->used[v]) v++;
        c->indices[j] = v;
        c->used[v] = true;
    }
    return comb_result(c);
}

Type Permutations_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.permutations",
    .basicsize = sizeof(Combinatoric),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = DOC_permutations,
    .args = ARGS("(iterable, r=None)", NULL),
    .dealloc = comb_dealloc,
    .traverse = comb_traverse,
    .clear = comb_clear,
    .iter = Iter_Self,
    .new_ = permutations_new,
    .iternext = permutations_next,
};

/* ---- combinations, combinations_with_replacement --------------------------------------- */

static Object *combinations_common(Type *t, Type *decl, const char *name, Object *const *args, size_t nargs,
                                   Object *kwnames) {
    Object *a[2];
    if (Arg_Unpack(decl->args, name, args, nargs, kwnames, a) < 0) return NULL;
    ssize_t r;
    if (Index_AsSsizeArg(a[1], &r) < 0) return NULL;
    if (r < 0) {
        Err_SetString(Exc_ValueError, "r must be non-negative");
        return NULL;
    }
    Object *pool = Tuple_FromIterable(a[0]);
    return pool ? comb_make(t, pool, r, false) : NULL;
}

static Object *combinations_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return combinations_common(t, &Combinations_Type, "combinations", args, nargs, kwnames);
}

static Object *cwr_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return combinations_common(t, &CwR_Type, "combinations_with_replacement", args, nargs, kwnames);
}

/* Increasing positions: the rightmost one below its limit (n - r + i)
 * moves up, those after it follow on. */
static Object *combinations_next(Object *o) {
    Combinatoric *c = (Combinatoric *)o;
    if (c->done || !c->seq) return NULL;
    ssize_t n = TUPLE_LEN(c->seq), r = c->r;
    if (r > n) return comb_finish(c);
    if (!c->started) {
        c->started = true;
        for (ssize_t i = 0; i < r; i++) c->indices[i] = i;
        return comb_result(c);
    }
    ssize_t i = r - 1;
    while (i >= 0 && c->indices[i] == i + n - r) i--;
    if (i < 0) return comb_finish(c);
    c->indices[i]++;
    for (ssize_t j = i + 1; j < r; j++) c->indices[j] = c->indices[j - 1] + 1;
    return comb_result(c);
}

/* Non-decreasing positions: the rightmost one below n - 1 moves up, and
 * those after it take its new value. */
static Object *cwr_next(Object *o) {
    Combinatoric *c = (Combinatoric *)o;
    if (c->done || !c->seq) return NULL;
    ssize_t n = TUPLE_LEN(c->seq), r = c->r;
    if (n == 0 && r > 0) return comb_finish(c);
    if (!c->started) {
        c->started = true;
        return comb_result(c);
    }
    ssize_t i = r - 1;
    while (i >= 0 && c->indices[i] == n - 1) i--;
    if (i < 0) return comb_finish(c);
    ssize_t v = c->indices[i] + 1;
    for (ssize_t j = i; j < r; j++) c->indices[j] = v;
    return comb_result(c);
}

Type Combinations_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.combinations",
    .basicsize = sizeof(Combinatoric),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = DOC_combinations,
    .args = ARGS("(iterable, r)", NULL),
    .dealloc = comb_dealloc,
    .traverse = comb_traverse,
    .clear = comb_clear,
    .iter = Iter_Self,
    .new_ = combinations_new,
    .iternext = combinations_next,
};

Type CwR_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.combinations_with_replacement",
    .basicsize = sizeof(Combinatoric),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = DOC_combinations_with_replacement,
    .args = ARGS("(iterable, r)", NULL),
    .dealloc = comb_dealloc,
    .traverse = comb_traverse,
    .clear = comb_clear,
    .iter = Iter_Self,
    .new_ = cwr_new,
    .iternext = cwr_next,
};
