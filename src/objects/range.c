/* range objects and their iterators.  Bounds are arbitrary ints; arithmetic
 * uses int64 when everything fits and GMP otherwise. */
#include "objects/range.h"
#include "abstract.h"
#include "objects/int.h"
#include "objects/iterbase.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <limits.h>

#define R(o) ((RangeObj *)(o))

/* ---- big-int helpers ------------------------------------------------------ */

static void to_mpz(Object *o, mpz_t z) {
    mpz_init(z);
    Int_ToMpz(o, z);
}

/* Number of items: (stop - start - 1) // step + 1 when non-empty. */
static Object *compute_length(Object *start, Object *stop, Object *step) {
    if (IS_SMALL(start) && IS_SMALL(stop) && IS_SMALL(step)) {
        /* small ints have 62 bits: the differences fit in 64 */
        int64_t lo = SMALL_VAL(start), hi = SMALL_VAL(stop), st = SMALL_VAL(step), n = 0;
        if (st == 1) n = lo < hi ? hi - lo : 0;
        else if (st > 0 && lo < hi) n = (hi - lo - 1) / st + 1;
        else if (st < 0 && lo > hi) n = (lo - hi - 1) / (-st) + 1;
        return SMALL_FROM(n);
    }
    mpz_t a, b, s, n;
    to_mpz(start, a);
    to_mpz(stop, b);
    to_mpz(step, s);
    mpz_init(n);
    int sg = mpz_sgn(s);
    if (sg > 0 && mpz_cmp(a, b) < 0) {
        mpz_sub(n, b, a);
        mpz_sub_ui(n, n, 1);
        mpz_fdiv_q(n, n, s);
        mpz_add_ui(n, n, 1);
    } else if (sg < 0 && mpz_cmp(a, b) > 0) {
        mpz_sub(n, a, b);
        mpz_sub_ui(n, n, 1);
        mpz_neg(s, s);
        mpz_fdiv_q(n, n, s);
        mpz_add_ui(n, n, 1);
    }
    Object *r = Int_FromMpz(n);
    mpz_clear(a);
    mpz_clear(b);
    mpz_clear(s);
    mpz_clear(n);
    return r;
}

/* start + i * step */
static Object *compute_item(RangeObj *r, Object *i) {
    if (IS_SMALL(r->start) && IS_SMALL(r->step) && IS_SMALL(i)) {
        __int128 v = (__int128)SMALL_VAL(r->start) + (__int128)SMALL_VAL(i) * SMALL_VAL(r->step);
        if (v >= INT64_MIN && v <= INT64_MAX) return Int_FromI64((int64_t)v);
    }
    mpz_t a, s, k;
    to_mpz(r->start, a);
    to_mpz(r->step, s);
    to_mpz(i, k);
    mpz_addmul(a, k, s);
    Object *res = Int_FromMpz(a);
    mpz_clear(a);
    mpz_clear(s);
    mpz_clear(k);
    return res;
}

static Object *range_make(Type *t, Object *start, Object *stop, Object *step) {
    Object *len = compute_length(start, stop, step);
    if (!len) return NULL;
    RangeObj *r = (RangeObj *)Obj_Alloc(t, sizeof(RangeObj));
    if (!r) {
        DECREF(len);
        return NULL;
    }
    r->start = NEWREF(start);
    r->stop = NEWREF(stop);
    r->step = NEWREF(step);
    r->length = len;
    return (Object *)r;
}

Object *Range_New(Object *start, Object *stop, Object *step) {
    Object *a = Index_Exact(start), *b = a ? Index_Exact(stop) : NULL, *c = b ? Index_Exact(step) : NULL;
    Object *r = NULL;
    if (c) {
        if (Int_Sign(c) == 0) Err_SetString(Exc_ValueError, "range() arg 3 must not be zero");
        else r = range_make(&Range_Type, a, b, c);
    }
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return r;
}

static Object *range_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_Check(Range_Type.args, "range", args, nargs, kwnames) < 0) return NULL;
    if (nargs == 1) {
        Object *stop = Index_Exact(args[0]);
        if (!stop) return NULL;
        Object *r = range_make(&Range_Type, SMALL_FROM(0), stop, SMALL_FROM(1));
        DECREF(stop);
        return r;
    }
    return Range_New(args[0], args[1], nargs > 2 ? args[2] : SMALL_FROM(1));
}

static void range_dealloc(Object *o) {
    RangeObj *r = R(o);
    DECREF(r->start);
    DECREF(r->stop);
    DECREF(r->step);
    DECREF(r->length);
    Obj_Free(o);
}

static Object *range_repr(Object *o) {
    RangeObj *r = R(o);
    if (IS_SMALL(r->step) && SMALL_VAL(r->step) == 1) return Str_FromFormat("range(%R, %R)", r->start, r->stop);
    return Str_FromFormat("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static ssize_t range_len(Object *o) {
    Object *n = R(o)->length;
    if (IS_SMALL(n)) return (ssize_t)SMALL_VAL(n);
    int64_t v;
    if (Int_AsI64(n, &v) < 0) {
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (ssize_t)v;
}

static int range_bool(Object *o) { return Int_Sign(R(o)->length) != 0; }

static bool is_exact_int(Object *o) { return Int_CheckExact(o) || Bool_Check(o); }

/* Fast membership for ints: 1, 0, -1. */
static int int_contains(RangeObj *r, Object *x) {
    int cmp1, cmp2;
    if (Int_Sign(r->step) > 0) {
        cmp1 = Int_Compare(r->start, x) <= 0;
        cmp2 = Int_Compare(x, r->stop) < 0;
    } else {
        cmp1 = Int_Compare(r->stop, x) < 0;
        cmp2 = Int_Compare(x, r->start) <= 0;
    }
    if (!cmp1 || !cmp2) return 0;
    if (IS_SMALL(r->start) && IS_SMALL(r->step) && IS_SMALL(x))
        return (SMALL_VAL(x) - SMALL_VAL(r->start)) % SMALL_VAL(r->step) == 0;
    mpz_t a, s, v;
    to_mpz(r->start, a);
    to_mpz(r->step, s);
    to_mpz(x, v);
    mpz_sub(v, v, a);
    int res = mpz_divisible_p(v, s);
    mpz_clear(a);
    mpz_clear(s);
    mpz_clear(v);
    return res != 0;
}

static Object *range_iter(Object *o);

/* Generic search by iteration: count (mode 0) or first index (mode 1). */
static ssize_t iter_search(Object *o, Object *x, int mode) {
    Object *it = range_iter(o);
    if (!it) return -1;
    ssize_t n = 0, i = 0;
    for (;; i++) {
        Object *v = Iter_Next(it);
        if (!v) break;
        int eq = Obj_RichCompareBool(v, x, CMP_EQ);
        DECREF(v);
        if (eq < 0) {
            DECREF(it);
            return -1;
        }
        if (eq) {
            if (mode == 1) {
                DECREF(it);
                return i;
            }
            n++;
        }
    }
    DECREF(it);
    if (Err_Occurred()) return -1;
    if (mode == 1) {
        Err_SetString(Exc_ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }
    return n;
}

static int range_contains(Object *o, Object *x) {
    if (is_exact_int(x)) return int_contains(R(o), x);
    ssize_t n = iter_search(o, x, 0);
    return n < 0 ? -1 : n > 0;
}

/* A slice bound resolved against len with arbitrary precision, as
 * slice.indices does.  v None gives dflt.  Result in z. */
static int bound_mpz(Object *v, const mpz_t len, bool neg_step, bool is_start, mpz_t z) {
    if (v == OBJ_NONE) {
        if (neg_step) {
            if (is_start) mpz_sub_ui(z, len, 1);
            else mpz_set_si(z, -1);
        } else {
            if (is_start) mpz_set_ui(z, 0);
            else mpz_set(z, len);
        }
        return 0;
    }
    if (Slice_CheckIndex(v) < 0) return -1;
    Object *i = Index_Exact(v);
    if (!i) return -1;
    Int_ToMpz(i, z);
    DECREF(i);
    if (mpz_sgn(z) < 0) {
        mpz_add(z, z, len);
        if (mpz_sgn(z) < 0) mpz_set_si(z, neg_step ? -1 : 0);
    } else if (mpz_cmp(z, len) >= 0) {
        if (neg_step) mpz_sub_ui(z, len, 1);
        else mpz_set(z, len);
    }
    return 0;
}

static Object *range_slice(RangeObj *r, Slice *sl) {
    mpz_t len, st, a, b, base, rstep;
    mpz_inits(len, st, a, b, base, rstep, NULL);
    Object *res = NULL;
    Int_ToMpz(r->length, len);
    if (sl->step == OBJ_NONE) {
        mpz_set_ui(st, 1);
    } else {
        if (Slice_CheckIndex(sl->step) < 0) goto done;
        Object *i = Index_Exact(sl->step);
        if (!i) goto done;
        Int_ToMpz(i, st);
        DECREF(i);
        if (mpz_sgn(st) == 0) {
            Err_SetString(Exc_ValueError, "slice step cannot be zero");
            goto done;
        }
    }
    bool neg = mpz_sgn(st) < 0;
    if (bound_mpz(sl->start, len, neg, true, a) < 0 || bound_mpz(sl->stop, len, neg, false, b) < 0) goto done;
    Int_ToMpz(r->start, base);
    Int_ToMpz(r->step, rstep);
    /* range(start + a*step, start + b*step, step*st) */
    mpz_mul(a, a, rstep);
    mpz_add(a, a, base);
    mpz_mul(b, b, rstep);
    mpz_add(b, b, base);
    mpz_mul(st, st, rstep);
    Object *x = Int_FromMpz(a), *y = x ? Int_FromMpz(b) : NULL, *z = y ? Int_FromMpz(st) : NULL;
    if (z) res = range_make(&Range_Type, x, y, z);
    XDECREF(x);
    XDECREF(y);
    XDECREF(z);
done:
    mpz_clears(len, st, a, b, base, rstep, NULL);
    return res;
}

static Object *range_subscript(Object *o, Object *key) {
    RangeObj *r = R(o);
    if (Index_Check(key)) {
        Object *i = Index_Exact(key);
        if (!i) return NULL;
        if (Int_Sign(i) < 0) {
            Object *j = Obj_BinaryOp(i, r->length, NB_ADD);
            DECREF(i);
            if (!j) return NULL;
            i = j;
        }
        if (Int_Sign(i) < 0 || Int_Compare(i, r->length) >= 0) {
            DECREF(i);
            Err_SetString(Exc_IndexError, "range object index out of range");
            return NULL;
        }
        Object *v = compute_item(r, i);
        DECREF(i);
        return v;
    }
    if (!IS_SMALL(key) && TYPE(key) == &Slice_Type) return range_slice(r, (Slice *)key);
    Err_Format(Exc_TypeError, "range indices must be integers or slices, not %s", TYPE_NAME(key));
    return NULL;
}

static Object *range_richcompare(Object *a, Object *b, int op) {
    if (IS_SMALL(b) || TYPE(b) != &Range_Type || (op != CMP_EQ && op != CMP_NE)) return NEWREF(OBJ_NOTIMPL);
    RangeObj *x = R(a), *y = R(b);
    bool eq;
    if (a == b) eq = true;
    else if (Int_Compare(x->length, y->length) != 0) eq = false;
    else if (Int_Sign(x->length) == 0) eq = true;
    else if (Int_Compare(x->start, y->start) != 0) eq = false;
    else if (IS_SMALL(x->length) && SMALL_VAL(x->length) == 1) eq = true;
    else eq = Int_Compare(x->step, y->step) == 0;
    return NEWREF(Bool_From(op == CMP_EQ ? eq : !eq));
}

static hash_t range_hash(Object *o) {
    RangeObj *r = R(o);
    Object *items[3] = {r->length, OBJ_NONE, OBJ_NONE};
    if (Int_Sign(r->length) != 0) {
        items[1] = r->start;
        if (!(IS_SMALL(r->length) && SMALL_VAL(r->length) == 1)) items[2] = r->step;
    }
    return Hash_Sequence(items, 3);
}

static Object *range_count(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (is_exact_int(args[0])) {
        int r = int_contains(R(self), args[0]);
        return r < 0 ? NULL : SMALL_FROM(r);
    }
    ssize_t n = iter_search(self, args[0], 0);
    return n < 0 ? NULL : Int_FromI64(n);
}

static Object *range_index(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *x = args[0];
    if (is_exact_int(x)) {
        int r = int_contains(R(self), x);
        if (r < 0) return NULL;
        if (!r) {
            Err_SetString(Exc_ValueError, "range.index(x): x not in range");
            return NULL;
        }
        Object *d = Obj_BinaryOp(x, R(self)->start, NB_SUBTRACT);
        if (!d) return NULL;
        Object *q = Obj_BinaryOp(d, R(self)->step, NB_FLOOR_DIVIDE);
        DECREF(d);
        return q;
    }
    ssize_t i = iter_search(self, x, 1);
    return i < 0 ? NULL : Int_FromI64(i);
}

static Object *make_iter(RangeObj *r, bool reverse);

static Object *range_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return make_iter(R(self), true);
}

static Object *range_get_start(Object *o) { return NEWREF(R(o)->start); }
static Object *range_get_stop(Object *o) { return NEWREF(R(o)->stop); }
static Object *range_get_step(Object *o) { return NEWREF(R(o)->step); }

static const GetSetDef range_getset[] = {
    {"start", range_get_start, NULL, NULL},
    {"stop", range_get_stop, NULL, NULL},
    {"step", range_get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* range.__reduce__: (range, (start, stop, step)), for pickle and copy. */
static Object *range_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    RangeObj *r = (RangeObj *)self;
    Object *bounds = Tuple_Pack(3, r->start, r->stop, r->step);
    Object *res = bounds ? Tuple_Pack(2, (Object *)&Range_Type, bounds) : NULL;
    XDECREF(bounds);
    return res;
}

static const MethodDef range_methods[] = {
    {"__reduce__", range_reduce, 0, ARGS("($self, /)", NULL)},
    {"count", range_count, 0,
     ARGS("($self, object, /)", "rangeobject.count(value) -> integer -- return number of occurrences of value")},
    {"index", range_index, 0,
     ARGS("($self, object, /)", "rangeobject.index(value) -> integer -- return index of value.")},
    {"__reversed__", range_reversed, 0, ARGS("($self, /)", "Return a reverse iterator.")},
    {NULL, NULL, 0, NULL},
};

Type Range_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "range",
    .basicsize = sizeof(RangeObj),
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(start_or_stop, stop=<unrepresentable>, step=<unrepresentable>, /)", NULL),
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .nb_bool = range_bool,
    .len = range_len,
    .getitem = range_subscript,
    .contains = range_contains,
    .new_ = range_new,
    .methods = range_methods,
    .getset = range_getset,
};

/* ---- iterators ------------------------------------------------------------- */

typedef struct LongRangeIter {
    Object ob;
    Object *start, *step, *len; /* len counts down */
} LongRangeIter;

static bool fits64(Object *o, int64_t *out) {
    if (IS_SMALL(o)) {
        *out = SMALL_VAL(o);
        return true;
    }
    if (Int_AsI64(o, out) == 0) return true;
    Err_Clear();
    return false;
}

static bool in64(__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; }

static Object *make_iter(RangeObj *r, bool reverse) {
    int64_t start, stop, step, len;
    if (fits64(r->start, &start) && fits64(r->stop, &stop) && fits64(r->step, &step) && fits64(r->length, &len)) {
        __int128 first = start, st = step;
        if (reverse) {
            first = (__int128)start + (__int128)(len - 1) * step;
            st = -(__int128)step;
        }
        /* CPython's choice of type, which shows: the values, the step and
         * where the iterator ends up (first + len * step, the stop of its
         * reduction) all fit a C long, so start never overflows */
        __int128 end = first + (__int128)len * st;
        if (in64(first) && in64(st) && in64(end)) {
            RangeIter *it = (RangeIter *)Obj_Alloc(&RangeIter_Type, sizeof(RangeIter));
            if (!it) return NULL;
            it->start = (int64_t)first;
            it->step = (int64_t)st;
            it->len = len;
            return (Object *)it;
        }
    }
    Object *first, *step_o;
    if (reverse) {
        Object *lm1 = Obj_BinaryOp(r->length, SMALL_FROM(1), NB_SUBTRACT);
        if (!lm1) return NULL;
        first = compute_item(r, lm1);
        DECREF(lm1);
        if (!first) return NULL;
        step_o = Obj_Negative(r->step);
        if (!step_o) {
            DECREF(first);
            return NULL;
        }
    } else {
        first = NEWREF(r->start);
        step_o = NEWREF(r->step);
    }
    LongRangeIter *it = (LongRangeIter *)Obj_Alloc(&LongRangeIter_Type, sizeof(LongRangeIter));
    if (!it) {
        DECREF(first);
        DECREF(step_o);
        return NULL;
    }
    it->start = first;
    it->step = step_o;
    it->len = NEWREF(r->length);
    return (Object *)it;
}

static Object *range_iter(Object *o) { return make_iter(R(o), false); }

static void rangeiter_dealloc(Object *o) { Obj_Free(o); }

static Object *rangeiter_next(Object *o) {
    RangeIter *it = (RangeIter *)o;
    if (it->len <= 0) return NULL;
    int64_t v = it->start;
    it->start = (int64_t)((uint64_t)v + (uint64_t)it->step);
    it->len--;
    return Int_FromI64(v);
}

static Object *rangeiter_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromI64(((RangeIter *)self)->len);
}

/* Both iterators reduce to iter(range(start, start + len * step, step))
 * over what is left, and skip n items on __setstate__(n). */
static Object *reduce_to_range(Object *start, Object *stop, Object *step) {
    Object *r = Range_New(start, stop, step);
    if (!r) return NULL;
    Object *args = Tuple_Pack(1, r);
    DECREF(r);
    Object *iter = args ? IterBase_Builtin("iter") : NULL;
    Object *res = iter ? Tuple_Pack(3, iter, args, OBJ_NONE) : NULL;
    XDECREF(iter);
    XDECREF(args);
    return res;
}

static Object *rangeiter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    RangeIter *it = (RangeIter *)self;
    Object *start = Int_FromI64(it->start), *step = Int_FromI64(it->step);
    /* the sum fits (see make_iter), len * step alone may not */
    Object *stop = Int_FromI64((int64_t)(it->start + (__int128)it->len * it->step));
    Object *r = start && step && stop ? reduce_to_range(start, stop, step) : NULL;
    XDECREF(start);
    XDECREF(step);
    XDECREF(stop);
    return r;
}

static Object *rangeiter_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    RangeIter *it = (RangeIter *)self;
    int64_t n;
    if (Int_AsI64(args[0], &n) < 0) return NULL;
    n = n < 0 ? 0 : n > it->len ? it->len : n;
    it->start = (int64_t)(it->start + (__int128)n * it->step);
    it->len -= n;
    RETURN_NONE;
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0,
     ARGS("($self, /)", "Private method returning an estimate of len(list(it)).")},
    {"__reduce__", rangeiter_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {"__setstate__", rangeiter_setstate, 0, ARGS("($self, object, /)", ITER_SETSTATE_DOC)},
    {NULL, NULL, 0, NULL},
};

Type RangeIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "range_iterator",
    .basicsize = sizeof(RangeIter),
    .dealloc = rangeiter_dealloc,
    .iter = Iter_Self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

static void longrangeiter_dealloc(Object *o) {
    LongRangeIter *it = (LongRangeIter *)o;
    DECREF(it->start);
    DECREF(it->step);
    DECREF(it->len);
    Obj_Free(o);
}

static Object *longrangeiter_next(Object *o) {
    LongRangeIter *it = (LongRangeIter *)o;
    if (Int_Sign(it->len) <= 0) return NULL;
    Object *nlen = Obj_BinaryOp(it->len, SMALL_FROM(1), NB_SUBTRACT);
    if (!nlen) return NULL;
    Object *next = Obj_BinaryOp(it->start, it->step, NB_ADD);
    if (!next) {
        DECREF(nlen);
        return NULL;
    }
    Object *v = it->start;
    it->start = next;
    SETREF(it->len, nlen);
    return v;
}

static Object *longrangeiter_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(((LongRangeIter *)self)->len);
}

/* start + n * step (a new reference). */
static Object *advance(Object *start, Object *n, Object *step) {
    Object *span = Obj_BinaryOp(n, step, NB_MULTIPLY);
    if (!span) return NULL;
    Object *r = Obj_BinaryOp(start, span, NB_ADD);
    DECREF(span);
    return r;
}

static Object *longrangeiter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    LongRangeIter *it = (LongRangeIter *)self;
    Object *stop = advance(it->start, it->len, it->step);
    if (!stop) return NULL;
    Object *r = reduce_to_range(it->start, stop, it->step);
    DECREF(stop);
    return r;
}

/* Takes only an exact int (not bool), of any size. */
static Object *longrangeiter_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    LongRangeIter *it = (LongRangeIter *)self;
    Object *n = args[0];
    if (!Int_CheckExact(n)) {
        Err_Format(Exc_TypeError, "state must be an int, not %s", TYPE_NAME(n));
        return NULL;
    }
    if (Int_Sign(n) < 0) n = SMALL_FROM(0);
    else if (Int_Compare(n, it->len) > 0) n = it->len;
    Object *start = advance(it->start, n, it->step);
    Object *len = start ? Obj_BinaryOp(it->len, n, NB_SUBTRACT) : NULL;
    if (!len) {
        XDECREF(start);
        return NULL;
    }
    SETREF(it->start, start);
    SETREF(it->len, len);
    RETURN_NONE;
}

static const MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, 0,
     ARGS("($self, /)", "Private method returning an estimate of len(list(it)).")},
    {"__reduce__", longrangeiter_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {"__setstate__", longrangeiter_setstate, 0, ARGS("($self, object, /)", ITER_SETSTATE_DOC)},
    {NULL, NULL, 0, NULL},
};

Type LongRangeIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIter),
    .dealloc = longrangeiter_dealloc,
    .iter = Iter_Self,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};
