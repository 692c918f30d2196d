/* The cmath module: the elementary functions of complex numbers (computed in
 * cmath_funcs.c), polar coordinates, predicates and the constants. */
#include "modules/cmath.h"
#include "modules/math.h"
#include "modules/modules.h"
#include "objects/float.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <errno.h>

/* complex(x) of an argument: false with "must be real number, not str". */
static bool to_complex(Object *x, Cpx *z) {
    int r = Complex_AsParts(x, &z->re, &z->im);
    if (r > 0) Err_Format(Exc_TypeError, "must be real number, not %s", TYPE_NAME(x));
    return r == 0;
}

/* The result of a function, or its error. */
static Object *complex_result(Cpx r, int err) {
    if (err == EDOM) {
        Err_SetString(Exc_ValueError, "math domain error");
        return NULL;
    }
    if (err == ERANGE) {
        Math_RangeError();
        return NULL;
    }
    return Complex_From(r.re, r.im);
}

static Object *apply(Object *arg, Cpx (*fn)(Cpx, int *)) {
    Cpx z;
    int err;
    if (!to_complex(arg, &z)) return NULL;
    Cpx r = fn(z, &err);
    return complex_result(r, err);
}

#define CMATH_UNARY(name, fn)                                                                      \
    static Object *cmath_##name(Object *self, Object *const *args, size_t nargs, Object *kw) { \
        return apply(args[0], fn);                                                                 \
    }
CMATH_UNARY(acos, Cmath_Acos)
CMATH_UNARY(acosh, Cmath_Acosh)
CMATH_UNARY(asin, Cmath_Asin)
CMATH_UNARY(asinh, Cmath_Asinh)
CMATH_UNARY(atan, Cmath_Atan)
CMATH_UNARY(atanh, Cmath_Atanh)
CMATH_UNARY(cos, Cmath_Cos)
CMATH_UNARY(cosh, Cmath_Cosh)
CMATH_UNARY(exp, Cmath_Exp)
CMATH_UNARY(sin, Cmath_Sin)
CMATH_UNARY(sinh, Cmath_Sinh)
CMATH_UNARY(sqrt, Cmath_Sqrt)
CMATH_UNARY(tan, Cmath_Tan)
CMATH_UNARY(tanh, Cmath_Tanh)

/* log(z[, base]): the error that counts is that of the last logarithm
 * taken, or of the division by log(base) == 0. */
static Object *cmath_log(Object *self, Object *const *args, size_t nargs, Object *kw) {
    Cpx z, base;
    int err;
    if (!to_complex(args[0], &z)) return NULL;
    Cpx r = Cmath_Log(z, &err);
    if (nargs > 1) {
        if (!to_complex(args[1], &base)) return NULL;
        Cpx lb = Cmath_Log(base, &err);
        if (!Complex_Quotient(r.re, r.im, lb.re, lb.im, &r.re, &r.im)) err = EDOM;
    }
    return complex_result(r, err);
}

static Object *cmath_log10(Object *self, Object *const *args, size_t nargs, Object *kw) {
    Cpx z;
    int err;
    if (!to_complex(args[0], &z)) return NULL;
    Cpx r = Cmath_Log(z, &err);
    r.re /= M_LN10;
    r.im /= M_LN10;
    return complex_result(r, err);
}

static Object *cmath_isfinite(Object *self, Object *const *args, size_t nargs, Object *kw) {
    Cpx z;
    if (!to_complex(args[0], &z)) return NULL;
    RETURN_BOOL(isfinite(z.re) && isfinite(z.im));
}
static Object *cmath_isinf(Object *self, Object *const *args, size_t nargs, Object *kw) {
    Cpx z;
    if (!to_complex(args[0], &z)) return NULL;
    RETURN_BOOL(isinf(z.re) || isinf(z.im));
}
static Object *cmath_isnan(Object *self, Object *const *args, size_t nargs, Object *kw) {
    Cpx z;
    if (!to_complex(args[0], &z)) return NULL;
    RETURN_BOOL(isnan(z.re) || isnan(z.im));
}

/* |z| with infinities winning over NaNs; false with OverflowError when a
 * finite z has an infinite modulus. */
static bool modulus(Cpx z, double *out) {
    if (isinf(z.re) || isinf(z.im))
        *out = INFINITY;
    else if (isnan(z.re) || isnan(z.im))
        *out = NAN;
    else {
        *out = hypot(z.re, z.im);
        if (isinf(*out)) {
            Math_RangeError();
            return false;
        }
    }
    return true;
}

/* The phase; an angle that underflows to zero from a finite, nonzero
 * imaginary part is a range error, as the C library reports it to CPython. */
static Object *cmath_phase(Object *self, Object *const *args, size_t nargs, Object *kw) {
    Cpx z;
    if (!to_complex(args[0], &z)) return NULL;
    double phi = atan2(z.im, z.re);
    if (phi == 0.0 && z.im != 0.0 && isfinite(z.re)) {
        Math_RangeError();
        return NULL;
    }
    return Float_From(phi);
}

static Object *cmath_polar(Object *self, Object *const *args, size_t nargs, Object *kw) {
    Cpx z;
    double r;
    if (!to_complex(args[0], &z) || !modulus(z, &r)) return NULL;
    Object *ro = Float_From(r), *phi = ro ? Float_From(atan2(z.im, z.re)) : NULL;
    Object *t = phi ? Tuple_Pack(2, ro, phi) : NULL;
    XDECREF(ro);
    XDECREF(phi);
    return t;
}

static Object *cmath_rect(Object *self, Object *const *args, size_t nargs, Object *kw) {
    double r, phi;
    int err;
    if (!Math_ToDouble(args[0], &r) || !Math_ToDouble(args[1], &phi)) return NULL;
    Cpx z = Cmath_Rect(r, phi, &err);
    return complex_result(z, err);
}

/* isclose for complex numbers: the modulus of the difference against the
 * tolerances relative to each modulus, or the absolute one. */
static Object *cmath_isclose(Object *self, Object *const *args, size_t nargs, Object *kw) {
    Cpx a, b;
    double rel_tol = 1e-9, abs_tol = 0.0;
    if (!to_complex(args[0], &a) || !to_complex(args[1], &b)) return NULL;
    if (args[2] && !Math_ToDouble(args[2], &rel_tol)) return NULL;
    if (args[3] && !Math_ToDouble(args[3], &abs_tol)) return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        Err_SetString(Exc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a.re == b.re && a.im == b.im) RETURN_BOOL(true);
    if (isinf(a.re) || isinf(a.im) || isinf(b.re) || isinf(b.im)) RETURN_BOOL(false);
    double diff = hypot(b.re - a.re, b.im - a.im);
    RETURN_BOOL(diff <= rel_tol * hypot(b.re, b.im) || diff <= rel_tol * hypot(a.re, a.im) || diff <= abs_tol);
}

static const MethodDef cmath_functions[] = {
    {"acos", cmath_acos, 0, ARGS("($module, z, /)", "Return the arc cosine of z.")},
    {"acosh", cmath_acosh, 0, ARGS("($module, z, /)", "Return the inverse hyperbolic cosine of z.")},
    {"asin", cmath_asin, 0, ARGS("($module, z, /)", "Return the arc sine of z.")},
    {"asinh", cmath_asinh, 0, ARGS("($module, z, /)", "Return the inverse hyperbolic sine of z.")},
    {"atan", cmath_atan, 0, ARGS("($module, z, /)", "Return the arc tangent of z.")},
    {"atanh", cmath_atanh, 0, ARGS("($module, z, /)", "Return the inverse hyperbolic tangent of z.")},
    {"cos", cmath_cos, 0, ARGS("($module, z, /)", "Return the cosine of z.")},
    {"cosh", cmath_cosh, 0, ARGS("($module, z, /)", "Return the hyperbolic cosine of z.")},
    {"exp", cmath_exp, 0, ARGS("($module, z, /)", "Return the exponential value e**z.")},
    {"isclose", cmath_isclose, 0, ARGS("($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)", "Determine whether two complex numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them must\nbe smaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That is,\nNaN is not close to anything, even itself. inf and -inf are only close\nto themselves.")},
    {"isfinite", cmath_isfinite, 0, ARGS("($module, z, /)", "Return True if both the real and imaginary parts of z are finite, else False.")},
    {"isinf", cmath_isinf, 0, ARGS("($module, z, /)", "Checks if the real or imaginary part of z is infinite.")},
    {"isnan", cmath_isnan, 0, ARGS("($module, z, /)", "Checks if the real or imaginary part of z not a number (NaN).")},
    {"log", cmath_log, 0, ARGS("($module, z, base=<unrepresentable>, /)", "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e)\nof z.")},
    {"log10", cmath_log10, 0, ARGS("($module, z, /)", "Return the base-10 logarithm of z.")},
    {"phase", cmath_phase, 0, ARGS("($module, z, /)", "Return argument, also known as the phase angle, of a complex.")},
    {"polar", cmath_polar, 0, ARGS("($module, z, /)", "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle.")},
    {"rect", cmath_rect, 0, ARGS("($module, r, phi, /)", "Convert from polar coordinates to rectangular coordinates.")},
    {"sin", cmath_sin, 0, ARGS("($module, z, /)", "Return the sine of z.")},
    {"sinh", cmath_sinh, 0, ARGS("($module, z, /)", "Return the hyperbolic sine of z.")},
    {"sqrt", cmath_sqrt, 0, ARGS("($module, z, /)", "Return the square root of z.")},
    {"tan", cmath_tan, 0, ARGS("($module, z, /)", "Return the tangent of z.")},
    {"tanh", cmath_tanh, 0, ARGS("($module, z, /)", "Return the hyperbolic tangent of z.")},
    {NULL},
};

int Cmath_Init(Object *module) {
    static const struct { const char *name; double re, im; } constants[] = {
        {"pi", M_PI, -1}, {"e", M_E, -1}, {"tau", 2 * M_PI, -1}, {"inf", INFINITY, -1},
        {"infj", 0.0, INFINITY}, {"nan", NAN, -1}, {"nanj", 0.0, NAN},
    };
    Object *doc = Str_FromUTF8("This module provides access to mathematical functions for complex\nnumbers.", -1);
    if (Module_AddObjectSteal(module, "__doc__", doc) < 0) return -1;
    if (Module_AddFunctions(module, cmath_functions) < 0) return -1;
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++) {
        /* an imaginary part of -1 marks a float constant */
        Object *v = constants[i].im == -1 ? Float_From(constants[i].re) : Complex_From(constants[i].re, constants[i].im);
        if (Module_AddObjectSteal(module, constants[i].name, v) < 0) return -1;
    }
    return 0;
}
