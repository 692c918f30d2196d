/* cmath's functions on C complex values, computed as CPython computes them
 * so that results agree to the last bit: Kahan's formulas through square
 * roots for the inverse functions, rescaling where an intermediate would
 * overflow or go subnormal, and C99 Annex G's values for infinite and NaN
 * parts (cmath_special.h, measured from CPython).  The functions of the
 * circle are those of the hyperbola turned a quarter: sin(z) = -i sinh(iz). */
#include "modules/cmath.h"
#include "modules/cmath_special.h"
#include "modules/math.h"
#include <errno.h>
#include <float.h>
#include <math.h>

#define LARGE (DBL_MAX / 4.0)           /* beyond this, squares would overflow */
#define SQRT_LARGE 6.703903964971298e+153 /* sqrt(LARGE) */
#define LOG_LARGE 708.3964185322641     /* log(LARGE) */
#define SQRT_DBL_MIN 1.4916681462400413e-154

/* Which of the seven rows or columns of a table a part falls in. */
static int part_class(double x) {
    if (isnan(x)) return 6;
    if (isinf(x)) return x > 0 ? 5 : 0;
    if (x == 0.0) return signbit(x) ? 2 : 3;
    return x < 0 ? 1 : 4;
}

/* The table's answer for z when a part of z is not finite: true then. */
static bool from_table(const CmathSpecial table[7][7], Cpx z, Cpx *r, int *err) {
    if (isfinite(z.re) && isfinite(z.im)) return false;
    const CmathSpecial *e = &table[part_class(z.re)][part_class(z.im)];
    *r = (Cpx){e->re, e->im};
    *err = e->raises ? EDOM : 0;
    return true;
}

/* i z and its inverse -i z. */
static Cpx turn_left(Cpx z) { return (Cpx){-z.im, z.re}; }
static Cpx turn_right(Cpx z) { return (Cpx){z.im, -z.re}; }

static int overflow_check(Cpx r) { return isinf(r.re) || isinf(r.im) ? ERANGE : 0; }

Cpx Cmath_Sqrt(Cpx z, int *err) {
    Cpx r;
    *err = 0;
    if (from_table(cmath_special_sqrt, z, &r, err)) return r;
    if (z.re == 0.0 && z.im == 0.0) return (Cpx){0.0, z.im};
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        /* scaled up by 2**53 so that hypot does not go subnormal, then down by 2**-27 */
        ax = ldexp(ax, 53);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, 53))), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.re >= 0.0) return (Cpx){s, copysign(d, z.im)};
    return (Cpx){d, copysign(s, z.im)};
}

/* log(|z|) for the large-argument branches: halves first, then log 4. */
static double log_of_large_abs(Cpx z) { return log(hypot(z.re / 2.0, z.im / 2.0)) + M_LN2 * 2.0; }

Cpx Cmath_Acos(Cpx z, int *err) {
    Cpx r;
    *err = 0;
    if (from_table(cmath_special_acos, z, &r, err)) return r;
    if (fabs(z.re) > LARGE || fabs(z.im) > LARGE) {
        r.re = atan2(fabs(z.im), z.re);
        if (z.re < 0.0)
            r.im = -copysign(log_of_large_abs(z), z.im);
        else
            r.im = copysign(log_of_large_abs(z), -z.im);
        return r;
    }
    Cpx a = Cmath_Sqrt((Cpx){1.0 - z.re, -z.im}, err);
    Cpx b = Cmath_Sqrt((Cpx){1.0 + z.re, z.im}, err);
    *err = 0;
    r.re = 2.0 * atan2(a.re, b.re);
    r.im = Math_Asinh(b.re * a.im - b.im * a.re);
    return r;
}

Cpx Cmath_Acosh(Cpx z, int *err) {
    Cpx r;
    *err = 0;
    if (from_table(cmath_special_acosh, z, &r, err)) return r;
    if (fabs(z.re) > LARGE || fabs(z.im) > LARGE) {
        r.re = log_of_large_abs(z);
        r.im = atan2(z.im, z.re);
        return r;
    }
    Cpx a = Cmath_Sqrt((Cpx){z.re - 1.0, z.im}, err);
    Cpx b = Cmath_Sqrt((Cpx){z.re + 1.0, z.im}, err);
    *err = 0;
    r.re = Math_Asinh(a.re * b.re + a.im * b.im);
    r.im = 2.0 * atan2(a.im, b.re);
    return r;
}

Cpx Cmath_Asinh(Cpx z, int *err) {
    Cpx r;
    *err = 0;
    if (from_table(cmath_special_asinh, z, &r, err)) return r;
    if (fabs(z.re) > LARGE || fabs(z.im) > LARGE) {
        if (z.im >= 0.0)
            r.re = copysign(log_of_large_abs(z), z.re);
        else
            r.re = -copysign(log_of_large_abs(z), -z.re);
        r.im = atan2(z.im, fabs(z.re));
        return r;
    }
    Cpx a = Cmath_Sqrt((Cpx){1.0 + z.im, -z.re}, err);
    Cpx b = Cmath_Sqrt((Cpx){1.0 - z.im, z.re}, err);
    *err = 0;
    r.re = Math_Asinh(a.re * b.im - b.re * a.im);
    r.im = atan2(z.im, a.re * b.re - a.im * b.im);
    return r;
}

Cpx Cmath_Asin(Cpx z, int *err) { return turn_right(Cmath_Asinh(turn_left(z), err)); }

Cpx Cmath_Atanh(Cpx z, int *err) {
    Cpx r;
    *err = 0;
    if (from_table(cmath_special_atanh, z, &r, err)) return r;
    if (z.re < 0.0) {
        /* odd: atanh(z) = -atanh(-z), so only z.re >= 0 is computed */
        r = Cmath_Atanh((Cpx){-z.re, -z.im}, err);
        return (Cpx){-r.re, -r.im};
    }
    double ay = fabs(z.im);
    if (z.re > SQRT_LARGE || ay > SQRT_LARGE) {
        /* atanh(z) is about 1/z +- i pi/2 */
        double h = hypot(z.re / 2.0, z.im / 2.0);
        r.re = z.re / 4.0 / h / h;
        r.im = -copysign(M_PI / 2.0, -z.im);
    } else if (z.re == 1.0 && ay < SQRT_DBL_MIN) {
        if (ay == 0.0) {
            r = (Cpx){INFINITY, z.im};
            *err = EDOM;
        } else {
            r.re = -log(sqrt(ay) / sqrt(hypot(ay, 2.0)));
            r.im = copysign(atan2(2.0, -ay) / 2, z.im);
        }
    } else {
        r.re = log1p(4.0 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.0;
        r.im = -atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0;
    }
    return r;
}

Cpx Cmath_Atan(Cpx z, int *err) { return turn_right(Cmath_Atanh(turn_left(z), err)); }

/* cosh, sinh and exp of x + iy with x infinite and y finite and nonzero:
 * infinities (or zeros, exp with x = -inf) signed as cos(y) and sin(y). */
Cpx Cmath_Cosh(Cpx z, int *err) {
    Cpx r;
    *err = 0;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.0) {
            r.re = copysign(INFINITY, cos(z.im));
            r.im = z.re > 0 ? copysign(INFINITY, sin(z.im)) : -copysign(INFINITY, sin(z.im));
        } else
            from_table(cmath_special_cosh, z, &r, err);
        *err = isinf(z.im) && !isnan(z.re) ? EDOM : 0;
        return r;
    }
    if (fabs(z.re) > LOG_LARGE) {
        /* cosh(x) overflows before cosh(x) * cos(y) does: take e out */
        double x1 = z.re - copysign(1.0, z.re);
        r.re = cos(z.im) * cosh(x1) * M_E;
        r.im = sin(z.im) * sinh(x1) * M_E;
    } else {
        r.re = cos(z.im) * cosh(z.re);
        r.im = sin(z.im) * sinh(z.re);
    }
    *err = overflow_check(r);
    return r;
}

Cpx Cmath_Sinh(Cpx z, int *err) {
    Cpx r;
    *err = 0;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.0) {
            r.re = z.re > 0 ? copysign(INFINITY, cos(z.im)) : -copysign(INFINITY, cos(z.im));
            r.im = copysign(INFINITY, sin(z.im));
        } else
            from_table(cmath_special_sinh, z, &r, err);
        *err = isinf(z.im) && !isnan(z.re) ? EDOM : 0;
        return r;
    }
    if (fabs(z.re) > LOG_LARGE) {
        double x1 = z.re - copysign(1.0, z.re);
        r.re = cos(z.im) * sinh(x1) * M_E;
        r.im = sin(z.im) * cosh(x1) * M_E;
    } else {
        r.re = cos(z.im) * sinh(z.re);
        r.im = sin(z.im) * cosh(z.re);
    }
    *err = overflow_check(r);
    return r;
}

Cpx Cmath_Tanh(Cpx z, int *err) {
    Cpx r;
    *err = 0;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.0)
            r = (Cpx){z.re > 0 ? 1.0 : -1.0, copysign(0.0, 2.0 * sin(z.im) * cos(z.im))};
        else
            from_table(cmath_special_tanh, z, &r, err);
        *err = isinf(z.im) && isfinite(z.re) ? EDOM : 0;
        return r;
    }
    if (fabs(z.re) > LOG_LARGE) {
        r.re = copysign(1.0, z.re);
        r.im = 4.0 * sin(z.im) * cos(z.im) * exp(-2.0 * fabs(z.re));
        return r;
    }
    double tx = tanh(z.re), ty = tan(z.im), cx = 1.0 / cosh(z.re);
    double txty = tx * ty, denom = 1.0 + txty * txty;
    r.re = tx * (1.0 + ty * ty) / denom;
    r.im = ((ty / denom) * cx) * cx;
    return r;
}

Cpx Cmath_Cos(Cpx z, int *err) { return Cmath_Cosh(turn_left(z), err); }
Cpx Cmath_Sin(Cpx z, int *err) { return turn_right(Cmath_Sinh(turn_left(z), err)); }
Cpx Cmath_Tan(Cpx z, int *err) { return turn_right(Cmath_Tanh(turn_left(z), err)); }

Cpx Cmath_Exp(Cpx z, int *err) {
    Cpx r;
    *err = 0;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.0) {
            double size = z.re > 0 ? INFINITY : 0.0;
            r = (Cpx){copysign(size, cos(z.im)), copysign(size, sin(z.im))};
        } else
            from_table(cmath_special_exp, z, &r, err);
        *err = isinf(z.im) && (isfinite(z.re) || (isinf(z.re) && z.re > 0)) ? EDOM : 0;
        return r;
    }
    if (z.re > LOG_LARGE) {
        double l = exp(z.re - 1.0);
        r.re = l * cos(z.im) * M_E;
        r.im = l * sin(z.im) * M_E;
    } else {
        double l = exp(z.re);
        r.re = l * cos(z.im);
        r.im = l * sin(z.im);
    }
    *err = overflow_check(r);
    return r;
}

Cpx Cmath_Log(Cpx z, int *err) {
    Cpx r;
    *err = 0;
    if (from_table(cmath_special_log, z, &r, err)) return r;
    double ax = fabs(z.re), ay = fabs(z.im);
    if (ax > LARGE || ay > LARGE)
        r.re = log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
    else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax == 0.0 && ay == 0.0) {
            *err = EDOM;
            return (Cpx){-INFINITY, atan2(z.im, z.re)};
        }
        /* scaled by 2**53 so that hypot stays normal */
        r.re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            /* near the unit circle log(h) loses digits: log1p of h*h - 1 computed exactly-ish */
            double big = ax > ay ? ax : ay, small = ax > ay ? ay : ax;
            r.re = log1p((big - 1) * (big + 1) + small * small) / 2.0;
        } else
            r.re = log(h);
    }
    r.im = atan2(z.im, z.re);
    return r;
}

Cpx Cmath_Rect(double r, double phi, int *err) {
    Cpx z;
    *err = 0;
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.0) {
            double c = copysign(INFINITY, cos(phi)), s = copysign(INFINITY, sin(phi));
            z = r > 0 ? (Cpx){c, s} : (Cpx){-c, -s};
        } else
            from_table(cmath_special_rect, (Cpx){r, phi}, &z, err);
        *err = r != 0.0 && !isnan(r) && isinf(phi) ? EDOM : 0;
        return z;
    }
    if (phi == 0.0) return (Cpx){r, r * phi};
    return (Cpx){r * cos(phi), r * sin(phi)};
}
