/* datetime.timedelta: a signed duration, normalised so that
 * 0 <= seconds < 86400 and 0 <= microseconds < 1000000, with only days
 * carrying the sign.
 *
 * Arithmetic works on the total count of microseconds (an __int128: any
 * in-range value times any int64 still fits).  Products and quotients with
 * a float or a huge int go through GMP on the float's exact ratio, rounded
 * half to even, so the result is the exact value correctly rounded. */
#include <gmp.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>

#include "abstract.h"
#include "class.h"
#include "modules/datetime.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"

/* ---- making values ---------------------------------------------------------- */

static Object *delta_alloc(Type *t, int days, int seconds, int us) {
    Delta *d = (Delta *)Obj_Alloc(t, t->basicsize);
    if (!d) return NULL;
    d->hash = -1;
    d->days = days;
    d->seconds = seconds;
    d->microseconds = us;
    d->days_member = SMALL_FROM(days);
    d->seconds_member = SMALL_FROM(seconds);
    d->microseconds_member = SMALL_FROM(us);
    return (Object *)d;
}

Object *Delta_New(int days, int seconds, int us) { return delta_alloc(&Delta_Type, days, seconds, us); }

static void err_too_large(void) { Err_SetString(Exc_OverflowError, "Python int too large to convert to C int"); }

/* Floor division and modulo of an __int128 by a positive divisor. */
static dt_us floordiv(dt_us a, dt_us b) {
    dt_us q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

Object *Delta_FromUs(Type *t, dt_us us) {
    dt_us days = floordiv(us, US_PER_DAY);
    dt_us rest = us - days * US_PER_DAY;
    if (days > INT_MAX || days < INT_MIN) {
        err_too_large();
        return NULL;
    }
    if (days > DT_MAXDAYS || days < -DT_MAXDAYS) {
        Err_Format(Exc_OverflowError, "days=%d; must have magnitude <= %d", (int)days, DT_MAXDAYS);
        return NULL;
    }
    return delta_alloc(t, (int)days, (int)(rest / US_PER_SECOND), (int)(rest % US_PER_SECOND));
}

/* ---- exact rational helpers (GMP) -------------------------------------------- */

static void mpz_set_us(mpz_t z, dt_us v) {
    bool neg = v < 0;
    unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
    mpz_set_ui(z, (unsigned long)(uint64_t)(u >> 64));
    mpz_mul_2exp(z, z, 64);
    mpz_add_ui(z, z, (unsigned long)(uint64_t)u);
    if (neg) mpz_neg(z, z);
}

/* z as an __int128 when it fits; false otherwise. */
static bool mpz_get_us(const mpz_t z, dt_us *out) {
    if (mpz_sizeinbase(z, 2) > 120) return false;
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    mpz_t hi;
    mpz_init(hi);
    mpz_tdiv_q_2exp(hi, a, 64);
    unsigned __int128 u = ((unsigned __int128)mpz_get_ui(hi) << 64);
    mpz_tdiv_r_2exp(a, a, 64);
    u |= mpz_get_ui(a);
    mpz_clear(a);
    mpz_clear(hi);
    *out = mpz_sgn(z) < 0 ? -(dt_us)u : (dt_us)u;
    return true;
}

/* q = round-half-even(n / d), d != 0. */
static void div_half_even(mpz_t q, const mpz_t n, const mpz_t d) {
    mpz_t r, twice;
    mpz_inits(r, twice, NULL);
    mpz_fdiv_qr(q, r, n, d); /* r has d's sign */
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmpabs(twice, d);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_clears(r, twice, NULL);
}

/* The timedelta round-half-even(us * num / den), of type t. */
static Object *delta_scaled(Type *t, dt_us us, const mpz_t num, const mpz_t den) {
    if (mpz_sgn(den) == 0) {
        Err_SetString(Exc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    mpz_t n, q;
    mpz_inits(n, q, NULL);
    mpz_set_us(n, us);
    mpz_mul(n, n, num);
    div_half_even(q, n, den);
    dt_us r;
    Object *res;
    if (!mpz_get_us(q, &r)) {
        err_too_large();
        res = NULL;
    } else
        res = Delta_FromUs(t, r);
    mpz_clears(n, q, NULL);
    return res;
}

/* The exact ratio num/den of a finite double; ValueError for NaN,
 * OverflowError for infinities (float.as_integer_ratio's). */
static int double_ratio(double x, mpz_t num, mpz_t den) {
    if (isnan(x)) {
        Err_SetString(Exc_ValueError, "cannot convert NaN to integer ratio");
        return -1;
    }
    if (isinf(x)) {
        Err_SetString(Exc_OverflowError, "cannot convert Infinity to integer ratio");
        return -1;
    }
    int exp;
    double m = frexp(x, &exp);
    m = ldexp(m, 53);
    exp -= 53;
    mpz_set_d(num, m);
    mpz_set_ui(den, 1);
    if (exp > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)exp);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-exp);
    return 0;
}

/* ---- the constructor ---------------------------------------------------------- */

/* Adds one constructor argument, worth `factor` microseconds per unit, to
 * the exact total and, for a float, its fractional microseconds to *frac. */
static int add_component(Object *v, int64_t factor, const char *name, dt_us *total, double *frac) {
    if (Int_Check(v)) {
        int64_t i;
        if (Int_AsI64(v, &i) < 0) {
            Err_Clear();
            err_too_large();
            return -1;
        }
        *total += (dt_us)i * factor;
        return 0;
    }
    if (Float_Check(v)) {
        double x = Float_AsDouble(v);
        if (isnan(x)) {
            Err_SetString(Exc_ValueError, "cannot convert float NaN to integer");
            return -1;
        }
        if (isinf(x)) {
            Err_SetString(Exc_OverflowError, "cannot convert float infinity to integer");
            return -1;
        }
        double whole = trunc(x);
        if (fabs(whole) >= 9.2e18) {
            err_too_large();
            return -1;
        }
        *total += (dt_us)(int64_t)whole * factor;
        double f = (x - whole) * (double)factor;
        double fw = trunc(f);
        *total += (dt_us)(int64_t)fw;
        *frac += f - fw;
        return 0;
    }
    Err_Format(Exc_TypeError, "unsupported type for timedelta %s component: %s", name, TYPE_NAME(v));
    return -1;
}

static Object *delta_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[7] = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"};
    static const int64_t factors[7] = {US_PER_DAY, US_PER_SECOND, 1, 1000, 60 * US_PER_SECOND,
                                       3600 * US_PER_SECOND, 7 * US_PER_DAY};
    Object *av[7];
    if (Arg_Unpack(t->args ? t->args : Delta_Type.args, "__new__", args, nargs, kwnames, av) < 0) return NULL;
    dt_us total = 0;
    double frac = 0.0;
    /* CPython sums them in this order: microseconds first, days last */
    static const int order[7] = {2, 3, 1, 4, 5, 0, 6};
    for (int k = 0; k < 7; k++) {
        int i = order[k];
        if (av[i] && add_component(av[i], factors[i], names[i], &total, &frac) < 0) return NULL;
    }
    if (frac != 0.0) {
        double whole = trunc(frac);
        total += (dt_us)(int64_t)whole;
        double rest = frac - whole; /* in (-1, 1) */
        if (fabs(rest) > 0.5 || (fabs(rest) == 0.5 && (total & 1)))
            total += rest > 0 ? 1 : -1;
    }
    return Delta_FromUs(t, total);
}

/* ---- attributes, repr, str ------------------------------------------------------ */

static Object *delta_repr(Object *o) {
    Delta *d = (Delta *)o;
    Object *prefix = DT_ReprPrefix(o);
    if (!prefix) return NULL;
    char buf[96];
    size_t n = 0;
    if (d->days) n += (size_t)snprintf(buf + n, sizeof buf - n, "days=%d", d->days);
    if (d->seconds) n += (size_t)snprintf(buf + n, sizeof buf - n, "%sseconds=%d", n ? ", " : "", d->seconds);
    if (d->microseconds)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%smicroseconds=%d", n ? ", " : "", d->microseconds);
    if (!n) snprintf(buf, sizeof buf, "0");
    Object *r = Str_FromFormat("%U(%s)", prefix, buf);
    DECREF(prefix);
    return r;
}

static Object *delta_str(Object *o) {
    Delta *d = (Delta *)o;
    char buf[96];
    size_t n = 0;
    if (d->days)
        n += (size_t)snprintf(buf, sizeof buf, "%d day%s, ", d->days, d->days == 1 || d->days == -1 ? "" : "s");
    int s = d->seconds;
    n += (size_t)snprintf(buf + n, sizeof buf - n, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    if (d->microseconds) snprintf(buf + n, sizeof buf - n, ".%06d", d->microseconds);
    return Str_FromUTF8(buf, -1);
}

static hash_t delta_hash(Object *o) {
    Delta *d = (Delta *)o;
    if (d->hash == -1) {
        Object *items[3] = {SMALL_FROM(d->days), SMALL_FROM(d->seconds), SMALL_FROM(d->microseconds)};
        d->hash = Hash_Sequence(items, 3);
    }
    return d->hash;
}

static Object *delta_richcompare(Object *a, Object *b, int op) {
    if (!Delta_Check(a) || !Delta_Check(b)) return NEWREF(OBJ_NOTIMPL);
    dt_us x = Delta_Us(a), y = Delta_Us(b);
    RETURN_BOOL(Cmp_Holds(x < y ? -1 : x > y, 0, op));
}

static int delta_bool(Object *o) {
    Delta *d = (Delta *)o;
    return d->days || d->seconds || d->microseconds;
}

/* ---- arithmetic ------------------------------------------------------------------ */

static Object *delta_add(Object *a, Object *b) {
    if (!Delta_Check(a) || !Delta_Check(b)) return NEWREF(OBJ_NOTIMPL);
    return Delta_FromUs(&Delta_Type, Delta_Us(a) + Delta_Us(b));
}

static Object *delta_sub(Object *a, Object *b) {
    if (!Delta_Check(a) || !Delta_Check(b)) return NEWREF(OBJ_NOTIMPL);
    return Delta_FromUs(&Delta_Type, Delta_Us(a) - Delta_Us(b));
}

static Object *delta_neg(Object *a) { return Delta_FromUs(&Delta_Type, -Delta_Us(a)); }
static Object *delta_pos(Object *a) { return Delta_FromUs(&Delta_Type, Delta_Us(a)); }
static Object *delta_abs(Object *a) {
    dt_us us = Delta_Us(a);
    return Delta_FromUs(&Delta_Type, us < 0 ? -us : us);
}

/* A timedelta scaled by an int or float factor (multiplied, or divided
 * when divide is set); NotImplemented for other factors. */
static Object *delta_scale(Object *td, Object *factor, bool divide) {
    dt_us us = Delta_Us(td);
    if (Int_Check(factor)) {
        int64_t k;
        if (!divide && Int_AsI64(factor, &k) == 0) return Delta_FromUs(&Delta_Type, us * k);
        Err_Clear();
        mpz_t num, den;
        mpz_inits(num, den, NULL);
        Int_ToMpz(factor, divide ? den : num);
        mpz_set_ui(divide ? num : den, 1);
        Object *r = delta_scaled(&Delta_Type, us, num, den);
        mpz_clears(num, den, NULL);
        return r;
    }
    if (Float_Check(factor)) {
        mpz_t num, den;
        mpz_inits(num, den, NULL);
        Object *r = NULL;
        if (double_ratio(Float_AsDouble(factor), num, den) == 0)
            r = divide ? delta_scaled(&Delta_Type, us, den, num) : delta_scaled(&Delta_Type, us, num, den);
        mpz_clears(num, den, NULL);
        return r;
    }
    return NEWREF(OBJ_NOTIMPL);
}

static Object *delta_mul(Object *a, Object *b) {
    if (Delta_Check(a)) return delta_scale(a, b, false);
    return delta_scale(b, a, false);
}

/* A microsecond count as a Python int. */
static Object *us_int(dt_us v) {
    if (v >= INT64_MIN && v <= INT64_MAX) return Int_FromI64((int64_t)v);
    mpz_t z;
    mpz_init(z);
    mpz_set_us(z, v);
    Object *r = Int_FromMpz(z);
    mpz_clear(z);
    return r;
}

/* Applies an int operator to the microsecond counts of two timedeltas. */
static Object *us_binop(Object *a, Object *b, int op) {
    Object *x = us_int(Delta_Us(a)), *y = x ? us_int(Delta_Us(b)) : NULL;
    Object *r = y ? Obj_BinaryOp(x, y, op) : NULL;
    XDECREF(x);
    XDECREF(y);
    return r;
}

static Object *delta_truediv(Object *a, Object *b) {
    if (!Delta_Check(a)) return NEWREF(OBJ_NOTIMPL);
    if (Delta_Check(b)) return us_binop(a, b, NB_TRUE_DIVIDE);
    return delta_scale(a, b, true);
}

static Object *delta_floordiv(Object *a, Object *b) {
    if (!Delta_Check(a)) return NEWREF(OBJ_NOTIMPL);
    if (Delta_Check(b)) return us_binop(a, b, NB_FLOOR_DIVIDE);
    if (!Int_Check(b)) return NEWREF(OBJ_NOTIMPL);
    Object *x = us_int(Delta_Us(a));
    Object *q = x ? Obj_BinaryOp(x, b, NB_FLOOR_DIVIDE) : NULL;
    XDECREF(x);
    if (!q) return NULL;
    int64_t v;
    Object *r;
    if (Int_AsI64(q, &v) < 0) {
        Err_Clear();
        err_too_large();
        r = NULL;
    } else
        r = Delta_FromUs(&Delta_Type, v);
    DECREF(q);
    return r;
}

/* A timedelta from a Python int of microseconds (a remainder: in range). */
static Object *delta_from_int(Object *i) {
    int64_t v;
    if (Int_AsI64(i, &v) < 0) return NULL;
    return Delta_FromUs(&Delta_Type, v);
}

static Object *delta_mod(Object *a, Object *b) {
    if (!Delta_Check(a) || !Delta_Check(b)) return NEWREF(OBJ_NOTIMPL);
    Object *r = us_binop(a, b, NB_REMAINDER);
    if (!r) return NULL;
    Object *d = delta_from_int(r);
    DECREF(r);
    return d;
}

static Object *delta_divmod(Object *a, Object *b) {
    if (!Delta_Check(a) || !Delta_Check(b)) return NEWREF(OBJ_NOTIMPL);
    Object *q = us_binop(a, b, NB_FLOOR_DIVIDE);
    if (!q) return NULL;
    Object *r = us_binop(a, b, NB_REMAINDER);
    Object *d = r ? delta_from_int(r) : NULL;
    XDECREF(r);
    Object *res = d ? Tuple_Pack(2, q, d) : NULL;
    DECREF(q);
    XDECREF(d);
    return res;
}

/* ---- methods ---------------------------------------------------------------------- */

static Object *delta_total_seconds(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    Object *x = us_int(Delta_Us(self));
    if (!x) return NULL;
    Object *r = Obj_BinaryOp(x, SMALL_FROM(US_PER_SECOND), NB_TRUE_DIVIDE);
    DECREF(x);
    return r;
}

static Object *delta_rdivmod_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return NEWREF(OBJ_NOTIMPL); /* only a timedelta divides a timedelta */
}

static Object *delta_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    Delta *d = (Delta *)self;
    Object *state = Tuple_Pack(3, SMALL_FROM(d->days), SMALL_FROM(d->seconds), SMALL_FROM(d->microseconds));
    if (!state) return NULL;
    Object *r = Tuple_Pack(2, (Object *)TYPE(self), state);
    DECREF(state);
    return r;
}

static Object *delta_divmod_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    return delta_divmod(self, args[0]);
}

static const MethodDef delta_methods[] = {
    {"total_seconds", delta_total_seconds, 0, ARGS("($self, /)", "Total seconds in the duration.")},
    {"__divmod__", delta_divmod_m, 0, ARGS_F(ARG_WRAPPER_STYLE, "($self, value, /)", "Return divmod(self, value).")},
    {"__rdivmod__", delta_rdivmod_m, 0,
     ARGS_F(ARG_WRAPPER_STYLE, "($self, value, /)", "Return divmod(value, self).")},
    {"__reduce__", delta_reduce, 0, ARGS("($self, /)", "__reduce__() -> (cls, state)")},
    {NULL, NULL, 0, NULL},
};

static void delta_dealloc(Object *o) { Obj_Free(o); }

Type Delta_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "datetime.timedelta",
    .basicsize = sizeof(Delta),
    .flags = TPFLAG_BASETYPE,
    .doc = "Difference between two datetime values.\n\n"
           "timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\n"
           "All arguments are optional and default to 0.\n"
           "Arguments may be integers or floats, and may be positive or negative.",
    .args = ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE,
                   "(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)", NULL),
    .dealloc = delta_dealloc,
    .repr = delta_repr,
    .str = delta_str,
    .hash = delta_hash,
    .richcompare = delta_richcompare,
    .nb = {
        [NB_ADD] = delta_add, [NB_SUBTRACT] = delta_sub, [NB_MULTIPLY] = delta_mul,
        [NB_TRUE_DIVIDE] = delta_truediv, [NB_FLOOR_DIVIDE] = delta_floordiv, [NB_REMAINDER] = delta_mod,
    },
    .nb_negative = delta_neg,
    .nb_positive = delta_pos,
    .nb_absolute = delta_abs,
    .nb_bool = delta_bool,
    .new_ = delta_new,
    .methods = delta_methods,
};

/* Class attributes: the fields as member descriptors (CPython's kind, with
 * its "readonly attribute"), and min, max, resolution (made once, shared). */
int Delta_Ready(void) {
    static const struct {
        const char *name, *doc;
        size_t offset;
    } members[3] = {
        {"days", "Number of days.", offsetof(Delta, days_member)},
        {"seconds", "Number of seconds (>= 0 and less than 1 day).", offsetof(Delta, seconds_member)},
        {"microseconds", "Number of microseconds (>= 0 and less than 1 second).",
         offsetof(Delta, microseconds_member)},
    };
    for (int i = 0; i < 3; i++) {
        Object *m = MemberDescr_New(&Delta_Type, Str_InternC(members[i].name), (ssize_t)members[i].offset,
                                    members[i].doc, true);
        if (!m || Dict_SetStr(Delta_Type.dict, members[i].name, m) < 0) return -1;
        Obj_Share(m);
    }
    Object *vals[3] = {Delta_New(-DT_MAXDAYS, 0, 0), Delta_New(DT_MAXDAYS, 86399, 999999), Delta_New(0, 0, 1)};
    static const char *const names[3] = {"min", "max", "resolution"};
    for (int i = 0; i < 3; i++) {
        if (!vals[i] || Dict_SetStr(Delta_Type.dict, names[i], vals[i]) < 0) return -1;
        Obj_Share(vals[i]);
        DECREF(vals[i]);
    }
    return 0;
}
