/* The built-in iterator types: enumerate, zip, map, filter, reversed, and the
 * sequence / callable iterators behind iter(). */
#include "abstract.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/iterbase.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include <stdlib.h>
#include <string.h>

static int visit_opt(Object *o, VisitFn visit, void *arg) { return o ? visit(o, arg) : 0; }

/* (maker, args) or, with a state, (maker, args, state): the reduction of
 * the iterators below.  maker and state are borrowed, args is taken (NULL
 * after a failure).  New reference. */
static Object *reduce_call(Object *maker, Object *args, Object *state) {
    if (!args) return NULL;
    Object *r = state ? Tuple_Pack(3, maker, args, state) : Tuple_Pack(2, maker, args);
    DECREF(args);
    return r;
}

/* ---- iter(seq): __getitem__ with 0, 1, 2, ... ------------------------------- */

typedef IndexIter SeqIter;

Object *SeqIter_New(Object *seq) { return IterBase_New(&SeqIter_Type, sizeof(SeqIter), seq); }

static Object *seqiter_next(Object *o) {
    SeqIter *it = (SeqIter *)o;
    if (!it->seq) return NULL;
    /* __setstate__ may have put the index beyond the tagged ints */
    Object *pos = SMALL_FITS(it->index) ? SMALL_FROM(it->index) : Int_FromI64(it->index);
    if (!pos) return NULL;
    Object *v = Obj_GetItem(it->seq, pos);
    DECREF(pos);
    if (v) {
        it->index++;
        return v;
    }
    if (Err_Matches(Exc_IndexError) || Err_Matches(Exc_StopIteration)) {
        Err_Clear();
        CLEAR(it->seq);
    }
    return NULL;
}

static Object *seqiter_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    SeqIter *it = (SeqIter *)self;
    if (!it->seq) return SMALL_FROM(0);
    if (!TYPE(it->seq)->len) return NEWREF(OBJ_NOTIMPL);
    ssize_t n = Obj_Len(it->seq);
    if (n < 0) return NULL;
    n -= it->index;
    return SMALL_FROM(n < 0 ? 0 : n);
}

static Object *seqiter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    SeqIter *it = (SeqIter *)self;
    return IterBase_ReduceIndex(NULL, it->seq, it->index, ITER_EMPTY_TUPLE);
}

/* No upper bound: the sequence's length is not asked for. */
static Object *seqiter_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    SeqIter *it = (SeqIter *)self;
    ssize_t i;
    if (IterBase_StateIndex(args[0], &i) < 0) return NULL;
    if (it->seq) it->index = i < 0 ? 0 : i;
    RETURN_NONE;
}

static const MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0,
     ARGS("($self, /)", "Private method returning an estimate of len(list(it)).")},
    {"__reduce__", seqiter_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {"__setstate__", seqiter_setstate, 0, ARGS("($self, object, /)", ITER_SETSTATE_DOC)},
    {NULL, NULL, 0, NULL},
};

Type SeqIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "iterator",
    .basicsize = sizeof(SeqIter),
    .flags = TPFLAG_GC,
    ITERBASE_SLOTS,
    .iter = Iter_Self,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

/* ---- iter(callable, sentinel) ------------------------------------------------ */

typedef struct CallIter {
    Object ob;
    Object *callable, *sentinel; /* both NULL once exhausted */
} CallIter;

Object *CallIter_New(Object *callable, Object *sentinel) {
    CallIter *it = (CallIter *)Obj_Alloc(&CallIter_Type, sizeof(CallIter));
    if (!it) return NULL;
    it->callable = NEWREF(callable);
    it->sentinel = NEWREF(sentinel);
    return (Object *)it;
}

static void calliter_dealloc(Object *o) {
    Gc_Untrack(o);
    CallIter *it = (CallIter *)o;
    XDECREF(it->callable);
    XDECREF(it->sentinel);
    Obj_Free(o);
}

static int calliter_traverse(Object *o, VisitFn visit, void *arg) {
    CallIter *it = (CallIter *)o;
    return visit_opt(it->callable, visit, arg) || visit_opt(it->sentinel, visit, arg);
}

static int calliter_clear(Object *o) {
    CallIter *it = (CallIter *)o;
    CLEAR(it->callable);
    CLEAR(it->sentinel);
    return 0;
}

static Object *calliter_next(Object *o) {
    CallIter *it = (CallIter *)o;
    if (!it->callable) return NULL;
    Object *r = Obj_CallNoArgs(it->callable);
    if (!r) {
        if (Err_Matches(Exc_StopIteration)) {
            Err_Clear();
            calliter_clear(o);
        }
        return NULL;
    }
    int eq = Obj_RichCompareBool(it->sentinel, r, CMP_EQ);
    if (eq == 0) return r;
    DECREF(r);
    if (eq > 0) calliter_clear(o);
    return NULL;
}

static Object *calliter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CallIter *it = (CallIter *)self;
    if (!it->callable) return IterBase_ReduceIndex(NULL, NULL, 0, ITER_EMPTY_TUPLE);
    Object *iter = IterBase_Builtin("iter");
    Object *r = iter ? reduce_call(iter, Tuple_Pack(2, it->callable, it->sentinel), NULL) : NULL;
    XDECREF(iter);
    return r;
}

static const MethodDef calliter_methods[] = {
    {"__reduce__", calliter_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {NULL, NULL, 0, NULL},
};

Type CallIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "callable_iterator",
    .methods = calliter_methods,
    .basicsize = sizeof(CallIter),
    .flags = TPFLAG_GC,
    .dealloc = calliter_dealloc,
    .iter = Iter_Self,
    .iternext = calliter_next,
    .traverse = calliter_traverse,
    .clear = calliter_clear,
};

/* ---- enumerate ----------------------------------------------------------------- */

typedef struct Enumerate {
    Object ob;
    Object *it;
    Object *index; /* next index (int) */
} Enumerate;

/* An enumerate of type t over iterable from start (NULL: 0); both borrowed. */
static Object *enumerate_make(Type *t, Object *iterable, Object *start) {
    Object *index;
    if (start) {
        index = Index_Exact(start);
        if (!index) return NULL;
    } else {
        index = SMALL_FROM(0);
    }
    Object *it = Obj_GetIter(iterable);
    if (!it) {
        DECREF(index);
        return NULL;
    }
    Enumerate *e = (Enumerate *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!e) {
        DECREF(index);
        DECREF(it);
        return NULL;
    }
    e->it = it;
    e->index = index;
    return (Object *)e;
}

/* enumerate's own calls are parsed by a hand-made parser in CPython, worded
 * as its (a subclass's by the declaration). */
static ArgSpec enumerate_exact_args = {.sig = "(iterable, start=0)", .flags = ARG_KEYWORDS_FOLLOW};

static Object *enumerate_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    if (Arg_Unpack(t == &Enumerate_Type ? &enumerate_exact_args : Enumerate_Type.args, "enumerate", args, nargs,
                   kwnames, a) < 0)
        return NULL;
    return enumerate_make(t, a[0], a[1]);
}

static void enumerate_dealloc(Object *o) {
    Gc_Untrack(o);
    Enumerate *e = (Enumerate *)o;
    XDECREF(e->it);
    XDECREF(e->index);
    Obj_Free(o);
}

static int enumerate_traverse(Object *o, VisitFn visit, void *arg) {
    Enumerate *e = (Enumerate *)o;
    return visit_opt(e->it, visit, arg) || visit_opt(e->index, visit, arg);
}

static int enumerate_clear(Object *o) {
    Enumerate *e = (Enumerate *)o;
    CLEAR(e->it);
    return 0;
}

static Object *enumerate_next(Object *o) {
    Enumerate *e = (Enumerate *)o;
    if (!e->it) return NULL;
    Object *item = Iter_Next(e->it);
    if (!item) return NULL;
    Object *next;
    if (IS_SMALL(e->index) && SMALL_VAL(e->index) < SMALL_MAX) next = SMALL_FROM(SMALL_VAL(e->index) + 1);
    else next = Obj_BinaryOp(e->index, SMALL_FROM(1), NB_ADD);
    if (!next) {
        DECREF(item);
        return NULL;
    }
    Object *r = Tuple_New(2);
    if (!r) {
        DECREF(item);
        DECREF(next);
        return NULL;
    }
    TUPLE_ITEMS(r)[0] = e->index;
    TUPLE_ITEMS(r)[1] = item;
    e->index = next;
    return r;
}

static Object *enumerate_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Enumerate *e = (Enumerate *)self;
    Object *empty = Tuple_Empty(); /* stands for what the collector cleared */
    Object *fnargs = Tuple_Pack(2, e->it ? e->it : empty, e->index);
    DECREF(empty);
    return reduce_call((Object *)TYPE(self), fnargs, NULL);
}

static const MethodDef enumerate_methods[] = {
    {"__reduce__", enumerate_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {NULL, NULL, 0, NULL},
};

Type Enumerate_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "enumerate",
    .basicsize = sizeof(Enumerate),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = "Return an enumerate object.",
    .args = ARGS("(iterable, start=0)", NULL),
    .dealloc = enumerate_dealloc,
    .iter = Iter_Self,
    .iternext = enumerate_next,
    .traverse = enumerate_traverse,
    .clear = enumerate_clear,
    .new_ = enumerate_new,
    .methods = enumerate_methods,
};

/* ---- zip and map (share the "strict" length check) ----------------------------- */

typedef struct MultiIter {
    Object ob;
    Object *func;   /* map only */
    Object **its;   /* owned iterators; NULL entries after clear */
    ssize_t n;
    bool strict;
} MultiIter;

static void multi_dealloc(Object *o) {
    Gc_Untrack(o);
    MultiIter *m = (MultiIter *)o;
    XDECREF(m->func);
    for (ssize_t i = 0; i < m->n; i++) XDECREF(m->its[i]);
    free(m->its);
    Obj_Free(o);
}

static int multi_traverse(Object *o, VisitFn visit, void *arg) {
    MultiIter *m = (MultiIter *)o;
    if (visit_opt(m->func, visit, arg)) return 1;
    for (ssize_t i = 0; i < m->n; i++)
        if (visit_opt(m->its[i], visit, arg)) return 1;
    return 0;
}

static int multi_clear(Object *o) {
    MultiIter *m = (MultiIter *)o;
    CLEAR(m->func);
    for (ssize_t i = 0; i < m->n; i++) CLEAR(m->its[i]);
    return 0;
}

static Object *multi_make(Type *t, Object *func, Object *const *iterables, ssize_t n, bool strict) {
    Object **its = calloc((size_t)(n ? n : 1), sizeof(Object *));
    if (!its) return Err_NoMemory();
    for (ssize_t i = 0; i < n; i++) {
        its[i] = Obj_GetIter(iterables[i]);
        if (!its[i]) {
            for (ssize_t j = 0; j < i; j++) DECREF(its[j]);
            free(its);
            return NULL;
        }
    }
    MultiIter *m = (MultiIter *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!m) {
        for (ssize_t j = 0; j < n; j++) DECREF(its[j]);
        free(its);
        return NULL;
    }
    m->func = XNEWREF(func);
    m->its = its;
    m->n = n;
    m->strict = strict;
    return (Object *)m;
}

/* Iterator i (0-based) ran out (no error set): for strict=True, raises the
 * length-mismatch ValueError when appropriate.  Always returns NULL. */
static Object *strict_exhausted(MultiIter *m, const char *fname, ssize_t i) {
    if (!m->strict || Err_Occurred()) return NULL;
    if (i > 0) {
        Err_Format(Exc_ValueError, "%s() argument %zd is shorter than argument%s%zd", fname, i + 1,
                   i == 1 ? " " : "s 1-", i);
        return NULL;
    }
    for (ssize_t j = 1; j < m->n; j++) {
        Object *x = m->its[j] ? Iter_Next(m->its[j]) : NULL;
        if (x) {
            DECREF(x);
            Err_Format(Exc_ValueError, "%s() argument %zd is longer than argument%s%zd", fname, j + 1,
                       j == 1 ? " " : "s 1-", j);
            return NULL;
        }
        if (Err_Occurred()) return NULL;
    }
    return NULL;
}

/* Next item of every iterator into out[]; NULL-return semantics as iternext. */
static bool multi_step(MultiIter *m, const char *fname, Object **out) {
    for (ssize_t i = 0; i < m->n; i++) {
        Object *x = m->its[i] ? Iter_Next(m->its[i]) : NULL;
        if (!x) {
            for (ssize_t j = 0; j < i; j++) DECREF(out[j]);
            strict_exhausted(m, fname, i);
            return false;
        }
        out[i] = x;
    }
    return true;
}

/* (type(self), (prefix..., iterators...)) plus (True,) when strict; an
 * iterator the collector cleared shows as (). */
static Object *multi_reduce(Object *self, Object *prefix) {
    MultiIter *m = (MultiIter *)self;
    ssize_t k = prefix ? 1 : 0;
    Object *args = Tuple_New(k + m->n);
    if (!args) return NULL;
    if (prefix) TUPLE_ITEMS(args)[0] = NEWREF(prefix);
    for (ssize_t i = 0; i < m->n; i++) TUPLE_ITEMS(args)[k + i] = m->its[i] ? NEWREF(m->its[i]) : Tuple_Empty();
    return reduce_call((Object *)TYPE(self), args, m->strict ? OBJ_TRUE : NULL);
}

/* __setstate__(strict) */
static Object *multi_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int strict = Obj_IsTrue(args[0]);
    if (strict < 0) return NULL;
    ((MultiIter *)self)->strict = strict;
    RETURN_NONE;
}

static Object *zip_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return multi_reduce(self, NULL);
}

static Object *map_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    MultiIter *m = (MultiIter *)self;
    return multi_reduce(self, m->func ? m->func : OBJ_NONE);
}

static const MethodDef zip_methods[] = {
    {"__reduce__", zip_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {"__setstate__", multi_setstate, 0, ARGS("($self, object, /)", ITER_SETSTATE_DOC)},
    {NULL, NULL, 0, NULL},
};

static const MethodDef map_methods[] = {
    {"__reduce__", map_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {"__setstate__", multi_setstate, 0, ARGS("($self, object, /)", ITER_SETSTATE_DOC)},
    {NULL, NULL, 0, NULL},
};

static Object *zip_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *strict_arg;
    if (Arg_Unpack(Zip_Type.args, "zip", args, nargs, kwnames, &strict_arg) < 0) return NULL;
    int strict = strict_arg ? Obj_IsTrue(strict_arg) : 0;
    if (strict < 0) return NULL;
    return multi_make(t, NULL, args, (ssize_t)nargs, strict);
}

static Object *zip_next(Object *o) {
    MultiIter *m = (MultiIter *)o;
    if (m->n == 0) return NULL;
    Object *r = Tuple_New(m->n);
    if (!r) return NULL;
    if (!multi_step(m, "zip", TUPLE_ITEMS(r))) {
        /* the tuple's slots are unfilled: give them something harmless to release */
        for (ssize_t i = 0; i < m->n; i++) TUPLE_ITEMS(r)[i] = NULL;
        DECREF(r);
        return NULL;
    }
    return r;
}

Type Zip_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "zip",
    .basicsize = sizeof(MultiIter),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = "The zip object yields n-length tuples, where n is the number of iterables passed as positional arguments to zip().",
    .args = ARGS_F(ARG_KW_LIMIT, "(*iterables, strict=False)", NULL),
    .dealloc = multi_dealloc,
    .iter = Iter_Self,
    .iternext = zip_next,
    .traverse = multi_traverse,
    .clear = multi_clear,
    .new_ = zip_new,
    .methods = zip_methods,
};

/* CPython's map checks its keywords first, then counts its arguments with
 * words of its own. */
static ArgSpec map_keywords = {.sig = "(*iterables, strict=False)", .flags = ARG_NO_TEXT_SIG | ARG_KW_LIMIT};

static Object *map_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *strict_arg = NULL;
    /* map(f, iterable, ...) without keywords has nothing to check */
    if ((kwnames || nargs < 2) &&
        (Arg_Unpack(&map_keywords, "map", args, nargs, kwnames, &strict_arg) < 0 ||
         Arg_AtLeast(nargs, 2, "map() must have at least two arguments.", NULL, NULL) < 0))
        return NULL;
    int strict = strict_arg ? Obj_IsTrue(strict_arg) : 0;
    if (strict < 0) return NULL;
    return multi_make(t, args[0], args + 1, (ssize_t)nargs - 1, strict);
}

static Object *map_next(Object *o) {
    MultiIter *m = (MultiIter *)o;
    if (!m->func) return NULL;
    if (m->n == 1) {
        /* map(f, iterable), the usual one: no array of items */
        Object *x = m->its[0] ? Iter_Next(m->its[0]) : NULL;
        if (!x) return strict_exhausted(m, "map", 0);
        Object *r = Obj_Call(m->func, &x, 1, NULL);
        DECREF(x);
        return r;
    }
    Object *small[8], **items = m->n <= 8 ? small : malloc(sizeof(Object *) * (size_t)m->n);
    if (!items) return Err_NoMemory();
    Object *r = NULL;
    if (multi_step(m, "map", items)) {
        r = Obj_Call(m->func, items, (size_t)m->n, NULL);
        for (ssize_t i = 0; i < m->n; i++) DECREF(items[i]);
    }
    if (items != small) free(items);
    return r;
}

Type Map_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "map",
    .basicsize = sizeof(MultiIter),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = "Make an iterator that computes the function using arguments from each of the iterables.",
    /* shown as __text_signature__; map_new words its own count error as CPython does */
    .args = ARGS("(function, iterable, /, *iterables, strict=False)", NULL),
    .dealloc = multi_dealloc,
    .iter = Iter_Self,
    .iternext = map_next,
    .traverse = multi_traverse,
    .clear = multi_clear,
    .new_ = map_new,
    .methods = map_methods,
};

/* ---- filter ------------------------------------------------------------------ */

typedef struct Filter {
    Object ob;
    Object *func; /* None or bool: truth of the item itself */
    Object *it;
} Filter;

static Object *filter_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *given[2];
    /* a subclass with an __init__ of its own takes the keywords */
    Object *kw = t == &Filter_Type || t->init == Filter_Type.init ? kwnames : NULL;
    if (Arg_Unpack(Filter_Type.args, "filter", args, nargs, kw, given) < 0) return NULL;
    Object *it = Obj_GetIter(args[1]);
    if (!it) return NULL;
    Filter *f = (Filter *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!f) {
        DECREF(it);
        return NULL;
    }
    f->func = NEWREF(args[0]);
    f->it = it;
    return (Object *)f;
}

static void filter_dealloc(Object *o) {
    Gc_Untrack(o);
    Filter *f = (Filter *)o;
    XDECREF(f->func);
    XDECREF(f->it);
    Obj_Free(o);
}

static int filter_traverse(Object *o, VisitFn visit, void *arg) {
    Filter *f = (Filter *)o;
    return visit_opt(f->func, visit, arg) || visit_opt(f->it, visit, arg);
}

static int filter_clear(Object *o) {
    Filter *f = (Filter *)o;
    CLEAR(f->func);
    CLEAR(f->it);
    return 0;
}

static Object *filter_next(Object *o) {
    Filter *f = (Filter *)o;
    if (!f->it) return NULL;
    bool direct = f->func == OBJ_NONE || f->func == (Object *)&Bool_Type;
    for (;;) {
        Object *item = Iter_Next(f->it);
        if (!item) return NULL;
        int ok;
        if (direct) {
            ok = Obj_IsTrue(item);
        } else {
            Object *r = Obj_CallOneArg(f->func, item);
            if (!r) {
                DECREF(item);
                return NULL;
            }
            ok = Obj_IsTrue(r);
            DECREF(r);
        }
        if (ok > 0) return item;
        DECREF(item);
        if (ok < 0) return NULL;
    }
}

static Object *filter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Filter *f = (Filter *)self;
    Object *empty = Tuple_Empty(); /* stands for what the collector cleared */
    Object *fnargs = Tuple_Pack(2, f->func ? f->func : OBJ_NONE, f->it ? f->it : empty);
    DECREF(empty);
    return reduce_call((Object *)TYPE(self), fnargs, NULL);
}

static const MethodDef filter_methods[] = {
    {"__reduce__", filter_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {NULL, NULL, 0, NULL},
};

Type Filter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "filter",
    .basicsize = sizeof(Filter),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = "Return an iterator yielding those items of iterable for which function(item) is true.",
    .args = ARGS("(function, iterable, /)", NULL),
    .dealloc = filter_dealloc,
    .iter = Iter_Self,
    .iternext = filter_next,
    .traverse = filter_traverse,
    .clear = filter_clear,
    .new_ = filter_new,
    .methods = filter_methods,
};

/* ---- reversed ----------------------------------------------------------------- */

typedef IndexIter Reversed;

static Object *reversed_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *seq;
    /* a subclass with an __init__ of its own takes the keywords */
    Object *kw = t == &Reversed_Type || t->init == Reversed_Type.init ? kwnames : NULL;
    if (Arg_Unpack(Reversed_Type.args, "reversed", args, nargs, kw, &seq) < 0) return NULL;
    Object *meth = Type_Lookup(TYPE(seq), ID(__reversed__));
    if (meth == OBJ_NONE) {
        Err_Format(Exc_TypeError, "'%s' object is not reversible", TYPE_NAME(seq));
        return NULL;
    }
    if (meth) {
        INCREF(meth);
        Object *bound = TYPE(meth)->descr_get ? TYPE(meth)->descr_get(meth, seq, TYPE(seq)) : NULL;
        Object *r = NULL;
        if (bound) {
            r = Obj_CallNoArgs(bound);
            DECREF(bound);
        } else if (!TYPE(meth)->descr_get) {
            r = Obj_CallNoArgs(meth);
        }
        DECREF(meth);
        return r;
    }
    if (!TYPE(seq)->getitem || !TYPE(seq)->len || Dict_Check(seq) || (TYPE(seq)->flags & TPFLAG_MAPPING)) {
        Err_Format(Exc_TypeError, "'%s' object is not reversible", TYPE_NAME(seq));
        return NULL;
    }
    ssize_t n = Obj_Len(seq);
    if (n < 0) return NULL;
    Reversed *r = (Reversed *)IterBase_New(t, (size_t)t->basicsize, seq);
    if (r) r->index = n - 1;
    return (Object *)r;
}

static Object *reversed_next(Object *o) {
    Reversed *r = (Reversed *)o;
    if (!r->seq) return NULL;
    if (r->index >= 0) {
        Object *pos = SMALL_FITS(r->index) ? SMALL_FROM(r->index) : Int_FromI64(r->index);
        if (!pos) return NULL;
        Object *v = Obj_GetItem(r->seq, pos);
        DECREF(pos);
        if (v) {
            r->index--;
            return v;
        }
        if (!Err_Matches(Exc_IndexError) && !Err_Matches(Exc_StopIteration)) return NULL;
        Err_Clear();
    }
    r->index = -1;
    CLEAR(r->seq);
    return NULL;
}

static Object *reversed_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Reversed *r = (Reversed *)self;
    if (!r->seq) return SMALL_FROM(0);
    ssize_t n = Obj_Len(r->seq);
    if (n < 0) return NULL;
    return SMALL_FROM(n < r->index + 1 ? 0 : r->index + 1);
}

static Object *reversed_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Reversed *r = (Reversed *)self;
    return IterBase_ReduceIndex((Object *)TYPE(self), r->seq, r->index, ITER_EMPTY_TUPLE);
}

/* Positions run from len(seq) - 1 down to 0; one before the first ends the
 * iterator. */
static Object *reversed_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Reversed *r = (Reversed *)self;
    ssize_t i;
    if (IterBase_StateIndex(args[0], &i) < 0) return NULL;
    if (!r->seq) RETURN_NONE;
    Object *seq = NEWREF(r->seq); /* __len__ may run code that reaches r */
    ssize_t n = Obj_Len(seq);
    DECREF(seq);
    if (n < 0) return NULL;
    if (!r->seq) RETURN_NONE;
    r->index = IterBase_Clamp(i, -1, n - 1);
    if (r->index < 0) CLEAR(r->seq);
    RETURN_NONE;
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0,
     ARGS("($self, /)", "Private method returning an estimate of len(list(it)).")},
    {"__reduce__", reversed_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {"__setstate__", reversed_setstate, 0, ARGS("($self, object, /)", ITER_SETSTATE_DOC)},
    {NULL, NULL, 0, NULL},
};

Type Reversed_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "reversed",
    .basicsize = sizeof(Reversed),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .args = ARGS("(sequence, /)", NULL),
    ITERBASE_SLOTS,
    .iter = Iter_Self,
    .iternext = reversed_next,
    .new_ = reversed_new,
    .methods = reversed_methods,
};
