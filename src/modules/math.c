/* The math module: the C library's functions on floats with Python's error
 * rules, and the constants.  Integer functions live in math_int.c, sums and
 * norms in math_sum.c, gamma and lgamma in math_special.c. */
#include "modules/math.h"
#include "abstract.h"
#include "modules/modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <float.h>
#include <mpfr.h>
#include <stdint.h>
#include <string.h>

/* ---- shared helpers ---------------------------------------------------------- */

bool Math_ToDoubleSlow(Object *x, double *out) {
    *out = Float_AsDouble(x);
    return !(*out == -1.0 && Err_Occurred());
}

void Math_DomainError(const char *fmt, double x) {
    if (!fmt) {
        Err_SetString(Exc_ValueError, "math domain error");
        return;
    }
    char text[40];
    Float_ReprBuf(x, text);
    Err_Format(Exc_ValueError, fmt, text);
}

void Math_RangeError(void) { Err_SetString(Exc_OverflowError, "math range error"); }

/* ---- one float in, one float out --------------------------------------------- */

/* How a C library function's result is judged. */
typedef struct {
    double (*fn)(double);
    bool overflows;       /* an infinite result from a finite x is OverflowError, not ValueError */
    const char *domain;   /* the ValueError text (a %s for x), NULL for "math domain error" */
} UnaryRule;

/* A result that is NaN for a non-NaN x, or infinite for a finite x, is an error. */
static Object *unary_apply(Object *arg, const UnaryRule *rule) {
    double x, r;
    if (!Math_ToDouble(arg, &x)) return NULL;
    r = rule->fn(x);
    if (isnan(r) && !isnan(x)) {
        Math_DomainError(rule->domain, x);
        return NULL;
    }
    if (isinf(r) && isfinite(x)) {
        if (rule->overflows)
            Math_RangeError();
        else
            Math_DomainError(rule->domain, x);
        return NULL;
    }
    return Float_From(r);
}

/* acosh, asinh, atanh, erf and erfc correctly rounded, as the C library
 * CPython is measured against computes them (glibc 2.43); older C libraries
 * may be a unit in the last place off, so they are computed here with MPFR,
 * in doubles' exponent range, subnormals rounded once. */
typedef int (*MpfrFunction)(mpfr_ptr, mpfr_srcptr, mpfr_rnd_t);

static double rounded_once(MpfrFunction fn, double x) {
    MPFR_DECL_INIT(v, 53);
    mpfr_exp_t emin = mpfr_get_emin(), emax = mpfr_get_emax();
    mpfr_set_emin(-1073);
    mpfr_set_emax(1024);
    mpfr_set_d(v, x, MPFR_RNDN);
    int inexact = fn(v, v, MPFR_RNDN);
    inexact = mpfr_check_range(v, inexact, MPFR_RNDN);
    mpfr_subnormalize(v, inexact, MPFR_RNDN);
    double r = mpfr_get_d(v, MPFR_RNDN);
    mpfr_set_emin(emin);
    mpfr_set_emax(emax);
    return r;
}

void Math_ThreadExit(void) { mpfr_free_cache(); }

/* Most of the time the C library's long double function settles the
 * rounding: its result, some 11 bits more precise than a double and
 * accurate to two or three of its own units, lies clearly on one side of the
 * midpoints around the nearest double.  Only when it lies too near a
 * midpoint (about one time in a hundred), or outside the range of normal
 * doubles, is the slower MPFR asked. */
static double rounded_fast(long double (*quick)(long double), MpfrFunction exact, double x) {
    if (isfinite(x)) {
        long double wide = quick(x);
        double y = (double)wide;
        if (isfinite(y) && fabs(y) >= 2 * DBL_MIN) {
            long double below = ((long double)y + nextafter(y, -INFINITY)) / 2;
            long double above = ((long double)y + nextafter(y, INFINITY)) / 2;
            long double margin = fabsl(wide) * 0x1p-60L; /* eight of its units or more */
            if (fabsl(wide - below) > margin && fabsl(above - wide) > margin) return y;
        }
    }
    return rounded_once(exact, x);
}

static double exact_acosh(double x) { return rounded_fast(acoshl, mpfr_acosh, x); }
double Math_Asinh(double x) { return rounded_fast(asinhl, mpfr_asinh, x); }
static double exact_atanh(double x) { return rounded_fast(atanhl, mpfr_atanh, x); }
static double exact_erf(double x) { return rounded_fast(erfl, mpfr_erf, x); }
static double exact_erfc(double x) { return rounded_fast(erfcl, mpfr_erfc, x); }

static const char FINITE_ONLY[] = "expected a finite input, got %s";
static const char UNIT_RANGE[] = "expected a number in range from -1 up to 1, got %s";

#define UNARY(name, cfn, overflows, domain)                                          \
    static Object *math_##name(Object *self, Object *const *args, size_t nargs, Object *kw) { \
        static const UnaryRule rule = {cfn, overflows, domain};                     \
        return unary_apply(args[0], &rule);                                          \
    }
UNARY(acos, acos, false, UNIT_RANGE)
UNARY(asin, asin, false, UNIT_RANGE)
UNARY(atan, atan, false, NULL)
UNARY(acosh, exact_acosh, false, "expected argument value not less than 1, got %s")
UNARY(asinh, Math_Asinh, false, NULL)
UNARY(atanh, exact_atanh, false, "expected a number between -1 and 1, got %s")
UNARY(cos, cos, false, FINITE_ONLY)
UNARY(sin, sin, false, FINITE_ONLY)
UNARY(tan, tan, false, FINITE_ONLY)
UNARY(cosh, cosh, true, NULL)
UNARY(sinh, sinh, true, NULL)
UNARY(tanh, tanh, false, NULL)
UNARY(cbrt, cbrt, false, NULL)
UNARY(erf, exact_erf, false, NULL)
UNARY(erfc, exact_erfc, false, NULL)
UNARY(exp, exp, true, NULL)
UNARY(exp2, exp2, true, NULL)
UNARY(expm1, expm1, true, NULL)
UNARY(fabs, fabs, false, NULL)
UNARY(log1p, log1p, false, "expected argument value > -1, got %s")
UNARY(sqrt, sqrt, false, "expected a nonnegative input, got %s")

/* Plain products: an infinity here is no error. */
static Object *math_degrees(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x;
    return Math_ToDouble(args[0], &x) ? Float_From(x * (180.0 / M_PI)) : NULL;
}
static Object *math_radians(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x;
    return Math_ToDouble(args[0], &x) ? Float_From(x * (M_PI / 180.0)) : NULL;
}

/* ---- predicates -------------------------------------------------------------- */

static Object *math_isfinite(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x;
    if (!Math_ToDouble(args[0], &x)) return NULL;
    RETURN_BOOL(isfinite(x));
}
static Object *math_isinf(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x;
    if (!Math_ToDouble(args[0], &x)) return NULL;
    RETURN_BOOL(isinf(x));
}
static Object *math_isnan(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x;
    if (!Math_ToDouble(args[0], &x)) return NULL;
    RETURN_BOOL(isnan(x));
}

/* isclose(a, b, *, rel_tol, abs_tol): the larger of the relative tolerances
 * of a and b, or the absolute one. */
static Object *math_isclose(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double a, b, rel_tol = 1e-9, abs_tol = 0.0;
    if (!Math_ToDouble(args[0], &a) || !Math_ToDouble(args[1], &b)) return NULL;
    if (args[2] && !Math_ToDouble(args[2], &rel_tol)) return NULL;
    if (args[3] && !Math_ToDouble(args[3], &abs_tol)) return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        Err_SetString(Exc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a == b) RETURN_BOOL(true);
    if (isinf(a) || isinf(b)) RETURN_BOOL(false);
    double diff = fabs(b - a);
    RETURN_BOOL(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

/* ---- to an integer: floor, ceil, trunc ------------------------------------------ */

/* An exact float is rounded here; anything else through its special method
 * (name), or failing that as a float. */
static Object *round_to_int(Object *x, Object *name, double (*fn)(double)) {
    double v;
    if (!Float_CheckExact(x)) {
        bool found;
        Object *r = Obj_CallSpecial(x, name, NULL, 0, &found);
        if (found || r || Err_Occurred()) return r;
    }
    if (!Math_ToDouble(x, &v)) return NULL;
    return Int_FromDouble(fn(v));
}

/* An exact float rounded by fn, without the calls when it fits an int64. */
static inline Object *float_to_int(Object *x, double (*fn)(double)) {
    double r = fn(FLOAT_VAL(x));
    return r > -4e18 && r < 4e18 ? Int_FromI64((int64_t)r) : Int_FromDouble(r);
}

static Object *math_floor(Object *self, Object *const *args, size_t nargs, Object *kw) {
    if (Float_CheckExact(args[0])) return float_to_int(args[0], floor);
    if (Int_CheckExact(args[0])) return NEWREF(args[0]);
    return round_to_int(args[0], ID(__floor__), floor);
}
static Object *math_ceil(Object *self, Object *const *args, size_t nargs, Object *kw) {
    if (Float_CheckExact(args[0])) return float_to_int(args[0], ceil);
    if (Int_CheckExact(args[0])) return NEWREF(args[0]);
    return round_to_int(args[0], ID(__ceil__), ceil);
}
static Object *math_trunc(Object *self, Object *const *args, size_t nargs, Object *kw) {
    Object *x = args[0];
    if (Float_CheckExact(x)) return Int_FromDouble(trunc(FLOAT_VAL(x)));
    bool found;
    Object *r = Obj_CallSpecial(x, ID(__trunc__), NULL, 0, &found);
    if (!found && !r && !Err_Occurred())
        Err_Format(Exc_TypeError, "type %s doesn't define __trunc__ method", TYPE_NAME(x));
    return r;
}

/* ---- logarithms ------------------------------------------------------------ */

/* A positive int too large for a double, as m * 2**e with m in [0.5, 1)
 * rounded to 53 bits, half to even. */
static double huge_int_frexp(Object *x, int64_t *e) {
    mpz_t z, top;
    mpz_init(z);
    mpz_init(top);
    Int_ToMpz(x, z);
    int64_t bits = (int64_t)mpz_sizeinbase(z, 2), drop = bits - 55;
    mpz_tdiv_q_2exp(top, z, (mp_bitcnt_t)drop);
    bool sticky = mpz_scan1(z, 0) < (mp_bitcnt_t)drop;
    uint64_t m55 = mpz_get_ui(top), m = m55 >> 2, rest = m55 & 3;
    if (rest > 2 || (rest == 2 && (sticky || (m & 1)))) m++;
    mpz_clear(z);
    mpz_clear(top);
    *e = bits;
    if (m == (UINT64_C(1) << 53)) {
        ++*e;
        return 0.5;
    }
    return ldexp((double)m, -53);
}

/* log of any real x with fn (log, log2 or log10); ints of any size are
 * taken exactly.  false with ValueError for x <= 0. */
static bool log_with(Object *x, double (*fn)(double), double *out) {
    if (Int_Check(x)) {
        if (Int_Sign(x) <= 0) {
            Err_SetString(Exc_ValueError, "expected a positive input");
            return false;
        }
        double d = Int_AsDouble(x);
        if (d == -1.0 && Err_Occurred()) {
            if (!Err_Matches(Exc_OverflowError)) return false;
            Err_Clear();
            int64_t e;
            double m = huge_int_frexp(x, &e);
            *out = fn(m) + fn(2.0) * (double)e;
            return true;
        }
        *out = fn(d);
        return true;
    }
    double v;
    if (!Math_ToDouble(x, &v)) return false;
    if (isnan(v) || v > 0) {
        *out = fn(v);
        return true;
    }
    Math_DomainError("expected a positive input, got %s", v);
    return false;
}

static Object *math_log(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double num, den;
    if (!log_with(args[0], log, &num)) return NULL;
    if (nargs == 1) return Float_From(num);
    if (!log_with(args[1], log, &den)) return NULL;
    if (den == 0.0) {
        Err_SetString(Exc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    return Float_From(num / den);
}
static Object *math_log2(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double r;
    return log_with(args[0], log2, &r) ? Float_From(r) : NULL;
}
static Object *math_log10(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double r;
    return log_with(args[0], log10, &r) ? Float_From(r) : NULL;
}

/* ---- two floats in ------------------------------------------------------------ */

static bool two_doubles(Object *const *args, double *x, double *y) {
    return Math_ToDouble(args[0], x) && Math_ToDouble(args[1], y);
}

/* The rule for functions of two arguments: NaN from non-NaN arguments is a
 * domain error, infinity from finite ones a range error. */
static Object *binary_result(double r, double x, double y) {
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        Math_DomainError(NULL, 0);
        return NULL;
    }
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        Math_RangeError();
        return NULL;
    }
    return Float_From(r);
}

static Object *math_atan2(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double y, x;
    return two_doubles(args, &y, &x) ? binary_result(atan2(y, x), y, x) : NULL;
}
static Object *math_remainder(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x, y;
    return two_doubles(args, &x, &y) ? binary_result(remainder(x, y), x, y) : NULL;
}
static Object *math_fmod(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x, y;
    if (!two_doubles(args, &x, &y)) return NULL;
    if (isinf(y) && isfinite(x)) return Float_From(x);
    return binary_result(fmod(x, y), x, y);
}
static Object *math_copysign(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x, y;
    return two_doubles(args, &x, &y) ? Float_From(copysign(x, y)) : NULL;
}

/* pow: C99's special values for infinities and NaNs; for finite arguments a
 * NaN is a domain error, and so is an infinity from 0 (0 ** -1), while
 * other infinities overflow. */
static Object *math_pow(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x, y;
    if (!two_doubles(args, &x, &y)) return NULL;
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r) || (isinf(r) && x == 0.0)) {
            Math_DomainError(NULL, 0);
            return NULL;
        }
        if (isinf(r)) {
            Math_RangeError();
            return NULL;
        }
    }
    return Float_From(r);
}

/* fma: one rounding of x * y + z. */
static Object *math_fma(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x, y, z;
    if (!two_doubles(args, &x, &y) || !Math_ToDouble(args[2], &z)) return NULL;
    double r = fma(x, y, z);
    if (isnan(r) && !isnan(x) && !isnan(y) && !isnan(z)) {
        Err_SetString(Exc_ValueError, "invalid operation in fma");
        return NULL;
    }
    if (isinf(r) && isfinite(x) && isfinite(y) && isfinite(z)) {
        Err_SetString(Exc_OverflowError, "overflow in fma");
        return NULL;
    }
    return Float_From(r);
}

/* ---- the parts of a float --------------------------------------------------- */

static Object *math_ldexp(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x;
    if (!Math_ToDouble(args[0], &x)) return NULL;
    if (!Int_Check(args[1])) {
        Err_SetString(Exc_TypeError, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    if (x == 0.0 || !isfinite(x)) return Float_From(x);
    /* Exponents beyond int's range give 0 or infinity anyway. */
    int64_t e;
    if (Int_AsI64(args[1], &e) < 0) {
        Err_Clear();
        e = Int_Sign(args[1]) < 0 ? INT32_MIN : INT32_MAX;
    }
    if (e > INT32_MAX) e = INT32_MAX;
    if (e < INT32_MIN) e = INT32_MIN;
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        Math_RangeError();
        return NULL;
    }
    return Float_From(r);
}

static Object *math_frexp(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x, m;
    int e = 0;
    if (!Math_ToDouble(args[0], &x)) return NULL;
    m = (isnan(x) || isinf(x) || x == 0.0) ? x : frexp(x, &e);
    Object *mo = Float_From(m), *eo = mo ? Int_FromI64(e) : NULL;
    Object *r = eo ? Tuple_Pack(2, mo, eo) : NULL;
    XDECREF(mo);
    XDECREF(eo);
    return r;
}

static Object *math_modf(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x, whole, frac;
    if (!Math_ToDouble(args[0], &x)) return NULL;
    frac = modf(x, &whole);
    Object *fo = Float_From(frac), *wo = fo ? Float_From(whole) : NULL;
    Object *r = wo ? Tuple_Pack(2, fo, wo) : NULL;
    XDECREF(fo);
    XDECREF(wo);
    return r;
}

/* ---- neighbours of a float --------------------------------------------------- */

/* A double's place on the number line as an integer: consecutive doubles
 * are consecutive integers, both zeros are 0. */
static int64_t float_rank(double x) {
    int64_t bits;
    memcpy(&bits, &x, sizeof bits);
    return bits < 0 ? -(bits & INT64_MAX) : bits;
}
static double float_of_rank(int64_t rank, double sign_of_zero) {
    if (rank == 0) return copysign(0.0, sign_of_zero);
    int64_t bits = rank < 0 ? (-rank) | INT64_MIN : rank;
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

/* The double steps places from x towards y (y itself if it is nearer). */
static double step_towards(double x, double y, uint64_t steps) {
    if (steps == 0 || isnan(x)) return x;
    if (isnan(y)) return y;
    int64_t from = float_rank(x), to = float_rank(y);
    if (from == to) return y;
    uint64_t gap = from < to ? (uint64_t)to - (uint64_t)from : (uint64_t)from - (uint64_t)to;
    if (steps >= gap) return y;
    int64_t rank = from < to ? (int64_t)((uint64_t)from + steps) : (int64_t)((uint64_t)from - steps);
    return float_of_rank(rank, from < to ? -1.0 : 1.0);
}

static Object *math_nextafter(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x, y;
    if (!two_doubles(args, &x, &y)) return NULL;
    Object *steps = args[2];
    if (!steps || steps == OBJ_NONE) return Float_From(nextafter(x, y));
    Object *n = Obj_Index(steps);
    if (!n) return NULL;
    uint64_t count = UINT64_MAX;
    int sign = Int_Sign(n);
    int64_t small;
    if (sign >= 0 && Int_AsI64(n, &small) == 0)
        count = (uint64_t)small;
    else
        Err_Clear();
    DECREF(n);
    if (sign < 0) {
        Err_SetString(Exc_ValueError, "steps must be a non-negative integer");
        return NULL;
    }
    return Float_From(step_towards(x, y, count));
}

static Object *math_ulp(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double x;
    if (!Math_ToDouble(args[0], &x)) return NULL;
    x = fabs(x);
    if (isnan(x) || isinf(x)) return Float_From(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return Float_From(x - nextafter(x, -INFINITY));
    return Float_From(up - x);
}

/* ---- the module -------------------------------------------------------------- */

#define X_SIG "($module, x, /)"
#define XY_SIG "($module, x, y, /)"
#define INT_ARGS_DOC "\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative."

static const MethodDef math_functions[] = {
    {"acos", math_acos, 0, ARGS(X_SIG, "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.")},
    {"acosh", math_acosh, 0, ARGS(X_SIG, "Return the inverse hyperbolic cosine of x.")},
    {"asin", math_asin, 0, ARGS(X_SIG, "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.")},
    {"asinh", math_asinh, 0, ARGS(X_SIG, "Return the inverse hyperbolic sine of x.")},
    {"atan", math_atan, 0, ARGS(X_SIG, "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.")},
    {"atan2", math_atan2, 0, ARGS("($module, y, x, /)", "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.")},
    {"atanh", math_atanh, 0, ARGS(X_SIG, "Return the inverse hyperbolic tangent of x.")},
    {"cbrt", math_cbrt, 0, ARGS(X_SIG, "Return the cube root of x.")},
    {"ceil", math_ceil, 0, ARGS(X_SIG, "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.")},
    {"comb", Math_Comb, 0, ARGS("($module, n, k, /)", "Number of ways to choose k items from n items without repetition and without order.\n\nEvaluates to n! / (k! * (n - k)!) when k <= n and evaluates\nto zero when k > n.\n\nAlso called the binomial coefficient because it is equivalent\nto the coefficient of k-th term in polynomial expansion of the\nexpression (1 + x)**n." INT_ARGS_DOC)},
    {"copysign", math_copysign, 0, ARGS(XY_SIG, "Return a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n")},
    {"cos", math_cos, 0, ARGS(X_SIG, "Return the cosine of x (measured in radians).")},
    {"cosh", math_cosh, 0, ARGS(X_SIG, "Return the hyperbolic cosine of x.")},
    {"degrees", math_degrees, 0, ARGS(X_SIG, "Convert angle x from radians to degrees.")},
    {"dist", Math_Dist, 0, ARGS("($module, p, q, /)", "Return the Euclidean distance between two points p and q.\n\nThe points should be specified as sequences (or iterables) of\ncoordinates.  Both inputs must have the same dimension.\n\nRoughly equivalent to:\n    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))")},
    {"erf", math_erf, 0, ARGS(X_SIG, "Error function at x.")},
    {"erfc", math_erfc, 0, ARGS(X_SIG, "Complementary error function at x.")},
    {"exp", math_exp, 0, ARGS(X_SIG, "Return e raised to the power of x.")},
    {"exp2", math_exp2, 0, ARGS(X_SIG, "Return 2 raised to the power of x.")},
    {"expm1", math_expm1, 0, ARGS(X_SIG, "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.")},
    {"fabs", math_fabs, 0, ARGS(X_SIG, "Return the absolute value of the float x.")},
    {"factorial", Math_Factorial, 0, ARGS("($module, n, /)", "Find n!.")},
    {"floor", math_floor, 0, ARGS(X_SIG, "Return the floor of x as an Integral.\n\nThis is the largest integer <= x.")},
    {"fma", math_fma, 0, ARGS("($module, x, y, z, /)", "Fused multiply-add operation.\n\nCompute (x * y) + z with a single round.")},
    {"fmod", math_fmod, 0, ARGS(XY_SIG, "Return fmod(x, y), according to platform C.\n\nx % y may differ.")},
    {"frexp", math_frexp, 0, ARGS(X_SIG, "Return the mantissa and exponent of x, as pair (m, e).\n\nIf x is a finite nonzero number, then m is a float with\n0.5 <= abs(m) < 1.0 and an integer e is such that\nx == m * 2**e exactly.  Else, return (x, 0).")},
    {"fsum", Math_Fsum, 0, ARGS("($module, seq, /)", "Return an accurate floating-point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating-point arithmetic.")},
    {"gamma", Math_Gamma, 0, ARGS(X_SIG, "Gamma function at x.")},
    {"gcd", Math_Gcd, 0, ARGS("($module, /, *integers)", "Greatest Common Divisor.")},
    {"hypot", Math_Hypot, 0, ARGS("($module, /, *coordinates)", "Multidimensional Euclidean distance from the origin to a point.\n\nRoughly equivalent to:\n    sqrt(sum(x**2 for x in coordinates))\n\nFor a two dimensional point (x, y), gives the hypotenuse\nusing the Pythagorean theorem:  sqrt(x*x + y*y).\n\nFor example, the hypotenuse of a 3/4/5 right triangle is:\n\n    >>> hypot(3.0, 4.0)\n    5.0")},
    {"isclose", math_isclose, 0, ARGS("($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)", "Determine whether two floating-point numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them\nmust be smaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That\nis, NaN is not close to anything, even itself.  inf and -inf are\nonly close to themselves.")},
    {"isfinite", math_isfinite, 0, ARGS(X_SIG, "Return True if x is neither an infinity nor a NaN, and False otherwise.")},
    {"isinf", math_isinf, 0, ARGS(X_SIG, "Return True if x is a positive or negative infinity, and False otherwise.")},
    {"isnan", math_isnan, 0, ARGS(X_SIG, "Return True if x is a NaN (not a number), and False otherwise.")},
    {"isqrt", Math_Isqrt, 0, ARGS("($module, n, /)", "Return the integer part of the square root of the input.")},
    {"lcm", Math_Lcm, 0, ARGS("($module, /, *integers)", "Least Common Multiple.")},
    {"ldexp", math_ldexp, 0, ARGS("($module, x, i, /)", "Return x * (2**i).\n\nThis is essentially the inverse of frexp().")},
    {"lgamma", Math_Lgamma, 0, ARGS(X_SIG, "Natural logarithm of absolute value of Gamma function at x.")},
    {"log", math_log, 0, ARGS_F(ARG_NO_TEXT_SIG, "($module, x, base=<unrepresentable>, /)", "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of x.")},
    {"log10", math_log10, 0, ARGS(X_SIG, "Return the base 10 logarithm of x.")},
    {"log1p", math_log1p, 0, ARGS(X_SIG, "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero.")},
    {"log2", math_log2, 0, ARGS(X_SIG, "Return the base 2 logarithm of x.")},
    {"modf", math_modf, 0, ARGS(X_SIG, "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats.")},
    {"nextafter", math_nextafter, 0, ARGS("($module, x, y, /, *, steps=None)", "Return the floating-point value the given number of steps after x towards y.\n\nIf steps is not specified or is None, it defaults to 1.\n\nRaises a TypeError, if x or y is not a double, or if steps is not\nan integer.  Raises ValueError if steps is negative.")},
    {"perm", Math_Perm, 0, ARGS("($module, n, k=None, /)", "Number of ways to choose k items from n items without repetition and with order.\n\nEvaluates to n! / (n - k)! when k <= n and evaluates\nto zero when k > n.\n\nIf k is not specified or is None, then k defaults to n\nand the function returns n!." INT_ARGS_DOC)},
    {"pow", math_pow, 0, ARGS(XY_SIG, "Return x**y (x to the power of y).")},
    {"prod", Math_Prod, 0, ARGS("($module, iterable, /, *, start=1)", "Calculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1.\n\nWhen the iterable is empty, return the start value.  This function is\nintended specifically for use with numeric values and may reject\nnon-numeric types.")},
    {"radians", math_radians, 0, ARGS(X_SIG, "Convert angle x from degrees to radians.")},
    {"remainder", math_remainder, 0, ARGS(XY_SIG, "Difference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact.")},
    {"sin", math_sin, 0, ARGS(X_SIG, "Return the sine of x (measured in radians).")},
    {"sinh", math_sinh, 0, ARGS(X_SIG, "Return the hyperbolic sine of x.")},
    {"sqrt", math_sqrt, 0, ARGS(X_SIG, "Return the square root of x.")},
    {"sumprod", Math_Sumprod, 0, ARGS("($module, p, q, /)", "Return the sum of products of values from two iterables p and q.\n\nRoughly equivalent to:\n\n    sum(map(operator.mul, p, q, strict=True))\n\nFor float and mixed int/float inputs, the intermediate products\nand sums are computed with extended precision.")},
    {"tan", math_tan, 0, ARGS(X_SIG, "Return the tangent of x (measured in radians).")},
    {"tanh", math_tanh, 0, ARGS(X_SIG, "Return the hyperbolic tangent of x.")},
    {"trunc", math_trunc, 0, ARGS(X_SIG, "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.")},
    {"ulp", math_ulp, 0, ARGS(X_SIG, "Return the value of the least significant bit of the float x.")},
    {NULL},
};

int Math_Init(Object *module) {
    static const struct { const char *name; double value; } constants[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    Object *doc = Str_FromUTF8("This module provides access to the mathematical functions\n"
                               "defined by the C standard.", -1);
    if (Module_AddObjectSteal(module, "__doc__", doc) < 0) return -1;
    if (Module_AddFunctions(module, math_functions) < 0) return -1;
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (Module_AddObjectSteal(module, constants[i].name, Float_From(constants[i].value)) < 0) return -1;
    return 0;
}
