/* The math module's sums, products and norms: fsum (exact, then rounded
 * once), prod, sumprod (floats in triple precision), hypot and dist (a
 * scaled sum of squares carried in double-double, then a corrected square
 * root). */
#include "abstract.h"
#include "modules/math.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "runtime/err.h"
#include "runtime/mem.h"
#include <float.h>
#include <string.h>

/* ---- walking an iterable ------------------------------------------------------ */

/* The items of an iterable in order: an exact list or tuple is read by
 * index (as its iterator would, seeing the current length), anything else
 * through its iterator. */
typedef struct {
    Object *seq; /* borrowed: the list or tuple, or NULL */
    Object *it;  /* owned: the iterator, or NULL */
    ssize_t next;
} Walk;

static bool walk_start(Walk *w, Object *iterable) {
    w->next = 0;
    w->it = NULL;
    w->seq = List_CheckExact(iterable) || Tuple_CheckExact(iterable) ? iterable : NULL;
    if (w->seq) return true;
    w->it = Obj_GetIter(iterable);
    return w->it != NULL;
}

/* The next item (owned), or NULL: the end, or an error (Err_Occurred). */
static Object *walk_next(Walk *w) {
    if (w->it) return Iter_Next(w->it);
    if (List_CheckExact(w->seq))
        return w->next < LIST_LEN(w->seq) ? NEWREF(LIST_GET(w->seq, w->next++)) : NULL;
    return w->next < TUPLE_LEN(w->seq) ? NEWREF(TUPLE_GET(w->seq, w->next++)) : NULL;
}

static void walk_end(Walk *w) { XDECREF(w->it); }

/* ---- fsum ------------------------------------------------------------------ */

/* The exact running sum as non-overlapping doubles, smallest first
 * (Shewchuk's partials); infinities and NaNs are kept aside. */
typedef struct {
    double *parts;
    size_t count, room;
    double inline_parts[32];
    double specials;   /* the sum of the non-finite items */
    double infinities; /* the sum of the infinite ones: NaN after inf + -inf */
} ExactSum;

static bool exact_sum_push(ExactSum *s, double x) {
    if (s->count == s->room) {
        size_t room = s->room * 2;
        double *bigger = Mem_AllocUninit(room * sizeof *bigger);
        if (!bigger) {
            Err_NoMemory();
            return false;
        }
        memcpy(bigger, s->parts, s->count * sizeof *bigger);
        if (s->parts != s->inline_parts) Mem_Free(s->parts);
        s->parts = bigger;
        s->room = room;
    }
    s->parts[s->count++] = x;
    return true;
}

/* Adds x: each partial absorbs it in turn, leaving what rounding lost. */
static bool exact_sum_add(ExactSum *s, double x) {
    double item = x;
    size_t kept = 0;
    for (size_t i = 0; i < s->count; i++) {
        double p = s->parts[i];
        MathPair t = fabs(x) < fabs(p) ? MathPair_SumOrdered(p, x) : MathPair_SumOrdered(x, p);
        if (t.lo != 0.0) s->parts[kept++] = t.lo;
        x = t.hi;
    }
    s->count = kept;
    if (x == 0.0) return true;
    if (isfinite(x)) return exact_sum_push(s, x);
    /* A non-finite running total: from a finite item it is an overflow;
     * otherwise the item itself is set aside and the partials restart. */
    if (isfinite(item)) {
        Err_SetString(Exc_OverflowError, "intermediate overflow in fsum");
        return false;
    }
    if (isinf(item)) s->infinities += item;
    s->specials += item;
    s->count = 0;
    return true;
}

/* The partials' sum rounded once, half to even. */
static double exact_sum_round(const ExactSum *s) {
    size_t n = s->count;
    if (n == 0) return 0.0;
    double hi = s->parts[--n], lo = 0.0;
    while (n > 0) {
        MathPair t = MathPair_SumOrdered(hi, s->parts[--n]);
        hi = t.hi;
        lo = t.lo;
        if (lo != 0.0) break;
    }
    /* A tie in the last step is broken by the sign of what lies below it. */
    if (n > 0 && ((lo < 0.0 && s->parts[n - 1] < 0.0) || (lo > 0.0 && s->parts[n - 1] > 0.0))) {
        double twice = lo * 2.0, bumped = hi + twice;
        if (twice == bumped - hi) hi = bumped;
    }
    return hi;
}

MATH_FN(Math_Fsum) {
    Walk w;
    Object *item;
    if (!walk_start(&w, args[0])) return NULL;
    ExactSum s = {.room = 32};
    s.parts = s.inline_parts;
    bool ok = true;
    while (ok && (item = walk_next(&w))) {
        double x;
        ok = Math_ToDouble(item, &x) && exact_sum_add(&s, x);
        DECREF(item);
    }
    walk_end(&w);
    Object *r = NULL;
    if (!ok || Err_Occurred())
        ;
    else if (s.specials != 0.0 || isnan(s.specials)) {
        if (isnan(s.infinities))
            Err_SetString(Exc_ValueError, "-inf + inf in fsum");
        else
            r = Float_From(s.specials);
    } else
        r = Float_From(exact_sum_round(&s));
    if (s.parts != s.inline_parts) Mem_Free(s.parts);
    return r;
}

/* ---- prod -------------------------------------------------------------------- */

MATH_FN(Math_Prod) {
    Walk w;
    Object *item;
    if (!walk_start(&w, args[0])) return NULL;
    Object *acc = args[1] ? NEWREF(args[1]) : Int_FromI64(1);
    while (acc && (item = walk_next(&w))) {
        Object *next = Obj_BinaryOp(acc, item, NB_MULTIPLY);
        DECREF(item);
        DECREF(acc);
        acc = next;
    }
    walk_end(&w);
    if (acc && Err_Occurred()) CLEAR(acc);
    return acc;
}

/* ---- sumprod ----------------------------------------------------------------- */

/* A sum of products in three doubles: the rounded sum, the error of that,
 * and a small tail where the rest of the error piles up. */
typedef struct { double hi, lo, tail; } Triple;

static Triple triple_add_product(Triple t, double x, double y) {
    MathPair prod = MathPair_Product(x, y);
    MathPair top = MathPair_Sum(t.hi, prod.hi);
    MathPair low = MathPair_Sum(t.lo, prod.lo);
    MathPair mid = MathPair_Sum(low.hi, top.lo);
    return (Triple){top.hi, mid.hi, t.tail + low.lo + mid.lo};
}

static double triple_value(Triple t) {
    MathPair last = MathPair_Sum(t.lo, t.hi);
    return t.tail + last.lo + last.hi;
}

/* The state of one sumprod: exact ints are summed in an int64 until a pair
 * does not fit, pairs with a float in a Triple until a pair is not such a
 * pair or the sum stops being finite; each ends for good then, and its sum
 * goes to the Python total, to which the other pairs are added one by one. */
typedef struct {
    Object *total;
    bool ints_open, ints_used, floats_open, floats_used;
    int64_t int_sum;
    Triple float_sum;
} ProductSum;

/* total += value (stolen); false on error. */
static bool product_sum_flush_obj(ProductSum *ps, Object *value) {
    if (!value) return false;
    Object *t = Obj_BinaryOp(ps->total, value, NB_ADD);
    DECREF(value);
    DECREF(ps->total);
    ps->total = t;
    return t != NULL;
}

static bool product_sum_end_ints(ProductSum *ps) {
    ps->ints_open = false;
    if (!ps->ints_used) return true;
    ps->ints_used = false;
    return product_sum_flush_obj(ps, Int_FromI64(ps->int_sum));
}

static bool product_sum_end_floats(ProductSum *ps) {
    ps->floats_open = false;
    if (!ps->floats_used) return true;
    ps->floats_used = false;
    double v = triple_value(ps->float_sum);
    ps->float_sum = (Triple){0.0, 0.0, 0.0};
    return product_sum_flush_obj(ps, Float_From(v));
}

/* A small exact int (not a bool). */
static bool small_exact_int(Object *o, int64_t *v) {
    if (!IS_SMALL(o)) return false;
    *v = SMALL_VAL(o);
    return true;
}

/* A factor of the float path: an exact float, or an exact int or bool that
 * converts (the other factor being a float). */
static bool float_factor(Object *o, double *v) {
    if (Float_CheckExact(o)) {
        *v = FLOAT_VAL(o);
        return true;
    }
    if (!Int_CheckExact(o) && !Bool_Check(o)) return false;
    *v = Int_AsDouble(o);
    if (*v == -1.0 && Err_Occurred()) {
        Err_Clear();
        return false;
    }
    return true;
}

static bool product_sum_add(ProductSum *ps, Object *p, Object *q) {
    if (ps->ints_open) {
        int64_t a, b, ab, s;
        if (small_exact_int(p, &a) && small_exact_int(q, &b) && !__builtin_mul_overflow(a, b, &ab) &&
            !__builtin_add_overflow(ps->int_sum, ab, &s)) {
            ps->int_sum = s;
            ps->ints_used = true;
            return true;
        }
        if (!product_sum_end_ints(ps)) return false;
    }
    if (ps->floats_open) {
        double x, y;
        if ((Float_CheckExact(p) || Float_CheckExact(q)) && float_factor(p, &x) && float_factor(q, &y)) {
            Triple t = triple_add_product(ps->float_sum, x, y);
            if (isfinite(t.hi)) {
                ps->float_sum = t;
                ps->floats_used = true;
                return true;
            }
        }
        if (!product_sum_end_floats(ps)) return false;
    }
    return product_sum_flush_obj(ps, Obj_BinaryOp(p, q, NB_MULTIPLY));
}

MATH_FN(Math_Sumprod) {
    Walk pw, qw;
    if (!walk_start(&pw, args[0])) return NULL;
    if (!walk_start(&qw, args[1])) {
        walk_end(&pw);
        return NULL;
    }
    ProductSum ps = {.total = Int_FromI64(0), .ints_open = true, .floats_open = true};
    bool ok = true;
    while (ok) {
        Object *p = walk_next(&pw);
        if (!p && Err_Occurred()) {
            ok = false;
            break;
        }
        Object *q = walk_next(&qw);
        if (!q && Err_Occurred()) {
            XDECREF(p);
            ok = false;
            break;
        }
        if (!p || !q) {
            if (p || q) {
                Err_SetString(Exc_ValueError, "Inputs are not the same length");
                ok = false;
            }
            XDECREF(p);
            XDECREF(q);
            break;
        }
        ok = product_sum_add(&ps, p, q);
        DECREF(p);
        DECREF(q);
    }
    walk_end(&pw);
    walk_end(&qw);
    if (ok) ok = product_sum_end_ints(&ps) && product_sum_end_floats(&ps);
    if (!ok) CLEAR(ps.total);
    return ps.total;
}

/* ---- hypot and dist ---------------------------------------------------------- */

/* The Euclidean norm of n magnitudes (each >= 0) whose largest is max.  The
 * squares, scaled so max lies in [0.5, 1), are summed exactly into a high
 * part and two lossy low parts; the root of that gets one Newton step
 * computed from the exact residual. */
static double norm_of(double *v, size_t n, double max, bool saw_nan) {
    if (isinf(max)) return max;
    if (saw_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_exp;
    frexp(max, &max_exp);
    if (max_exp < -1023) {
        /* 2**-max_exp would overflow: lift everything by 1/DBL_MIN first */
        for (size_t i = 0; i < n; i++) v[i] /= DBL_MIN;
        return DBL_MIN * norm_of(v, n, max / DBL_MIN, saw_nan);
    }
    double scale = ldexp(1.0, -max_exp);
    double high = 1.0, low_sq = 0.0, low_sum = 0.0; /* high starts at 1 to keep sums ordered */
    for (size_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        MathPair sq = MathPair_Product(x, x);
        MathPair s = MathPair_SumOrdered(high, sq.hi);
        high = s.hi;
        low_sq += sq.lo;
        low_sum += s.lo;
    }
    double root = sqrt(high - 1.0 + (low_sq + low_sum));
    MathPair sq = MathPair_Product(-root, root);
    MathPair s = MathPair_SumOrdered(high, sq.hi);
    low_sq += sq.lo;
    low_sum += s.lo;
    double residual = s.hi - 1.0 + (low_sq + low_sum);
    root += residual / (2.0 * root);
    return root / scale;
}

/* The magnitudes collected for a norm: on the stack when few. */
typedef struct {
    double *v;
    double inline_v[16];
    double max;
    bool saw_nan;
} Magnitudes;

static bool magnitudes_start(Magnitudes *m, size_t n) {
    m->v = n <= 16 ? m->inline_v : Mem_AllocUninit(n * sizeof(double));
    m->max = 0.0;
    m->saw_nan = false;
    if (!m->v) Err_NoMemory();
    return m->v != NULL;
}
static void magnitudes_put(Magnitudes *m, size_t i, double x) {
    x = fabs(x);
    m->v[i] = x;
    m->saw_nan |= isnan(x);
    if (x > m->max) m->max = x;
}
static Object *magnitudes_norm(Magnitudes *m, size_t n) {
    double r = norm_of(m->v, n, m->max, m->saw_nan);
    if (m->v != m->inline_v) Mem_Free(m->v);
    return Float_From(r);
}
static void magnitudes_abandon(Magnitudes *m) {
    if (m->v != m->inline_v) Mem_Free(m->v);
}

MATH_FN(Math_Hypot) {
    Magnitudes m;
    if (!magnitudes_start(&m, nargs)) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (!Math_ToDouble(args[i], &x)) {
            magnitudes_abandon(&m);
            return NULL;
        }
        magnitudes_put(&m, i, x);
    }
    return magnitudes_norm(&m, nargs);
}

/* A tuple of a point's coordinates: the tuple itself, or one made from any iterable. */
static Object *point_tuple(Object *p) {
    return Tuple_Check(p) ? NEWREF(p) : Tuple_FromIterable(p);
}

MATH_FN(Math_Dist) {
    Object *p = point_tuple(args[0]);
    if (!p) return NULL;
    Object *q = point_tuple(args[1]);
    if (!q) {
        DECREF(p);
        return NULL;
    }
    Object *r = NULL;
    size_t n = (size_t)TUPLE_LEN(p);
    Magnitudes m;
    if ((size_t)TUPLE_LEN(q) != n)
        Err_SetString(Exc_ValueError, "both points must have the same number of dimensions");
    else if (magnitudes_start(&m, n)) {
        size_t i;
        for (i = 0; i < n; i++) {
            double px, qx;
            if (!Math_ToDouble(TUPLE_GET(p, i), &px) || !Math_ToDouble(TUPLE_GET(q, i), &qx)) break;
            magnitudes_put(&m, i, px - qx);
        }
        if (i == n)
            r = magnitudes_norm(&m, n);
        else
            magnitudes_abandon(&m);
    }
    DECREF(p);
    DECREF(q);
    return r;
}
