/* gamma and lgamma as CPython computes them, so that results agree to the
 * last bit: the Lanczos approximation with Boost's lanczos13m53 parameters
 * (g = 6.0246800407767296, a rational function of degree 12 whose
 * denominator is x(x+1)...(x+11)), exact factorials for small integers, and
 * the reflection formula for negative x. */
#include "modules/math.h"
#include "objects/float.h"
#include "runtime/err.h"

#define LANCZOS_G 6.024680040776729583740234375
#define LANCZOS_G_HALF 5.524680040776729583740234375 /* g - 0.5 */
#define LANCZOS_TERMS 13

static const double lanczos_top[LANCZOS_TERMS] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* The coefficients of x(x+1)(x+2)...(x+11), lowest power first. */
static const double lanczos_bottom[LANCZOS_TERMS] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

/* The rational function at x > 0: by Horner's rule in x below 5, in 1/x
 * above (both polynomials have the same degree, so the ratio is the same). */
static double lanczos_ratio(double x) {
    double top = 0.0, bottom = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_TERMS - 1; i >= 0; i--) {
            top = top * x + lanczos_top[i];
            bottom = bottom * x + lanczos_bottom[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_TERMS; i++) {
            top = top / x + lanczos_top[i];
            bottom = bottom / x + lanczos_bottom[i];
        }
    }
    return top / bottom;
}

/* sin(pi * x), accurate near the integers: x is reduced modulo 2 and the
 * quarter period it falls in picks sin or cos of a small angle. */
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* (n - 1)! for n = 1..23: exact in a double. */
static const double small_factorials[23] = {
    1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600, 6227020800.0,
    87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
};

static const char NOT_A_POLE[] = "expected a noninteger or positive integer, got %s";

/* Gamma(x) into *out; false with ValueError at the poles, OverflowError
 * when too large. */
static bool gamma_of(double x, double *out) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0) {
            *out = x;
            return true;
        }
        Math_DomainError(NOT_A_POLE, x);
        return false;
    }
    if (x == floor(x)) {
        if (x <= 0.0) {
            Math_DomainError(NOT_A_POLE, x);
            return false;
        }
        if (x <= 23.0) {
            *out = small_factorials[(int)x - 1];
            return true;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        *out = 1.0 / x;
        if (isinf(*out)) {
            Math_RangeError();
            return false;
        }
        return true;
    }
    if (ax > 200.0) {
        if (x < 0.0) {
            *out = 0.0 / sin_pi(x);
            return true;
        }
        Math_RangeError();
        return false;
    }
    /* base = ax + g - 0.5, and the error its rounding made, scaled */
    double base = ax + LANCZOS_G_HALF, err;
    if (ax > LANCZOS_G_HALF) {
        double q = base - ax;
        err = q - LANCZOS_G_HALF;
    } else {
        double q = base - LANCZOS_G_HALF;
        err = q - ax;
    }
    err = err * LANCZOS_G / base;
    double r;
    if (x < 0.0) {
        r = -M_PI / sin_pi(ax) / ax * exp(base) / lanczos_ratio(ax);
        r -= err * r;
        if (ax < 140.0)
            r /= pow(base, ax - 0.5);
        else {
            double half_power = pow(base, ax / 2.0 - 0.25);
            r /= half_power;
            r /= half_power;
        }
    } else {
        r = lanczos_ratio(ax) / exp(base);
        r += err * r;
        if (ax < 140.0)
            r *= pow(base, ax - 0.5);
        else {
            double half_power = pow(base, ax / 2.0 - 0.25);
            r *= half_power;
            r *= half_power;
        }
    }
    if (isinf(r)) {
        Math_RangeError();
        return false;
    }
    *out = r;
    return true;
}

/* log|Gamma(x)| into *out. */
static bool lgamma_of(double x, double *out) {
    if (!isfinite(x)) {
        *out = isnan(x) ? x : INFINITY;
        return true;
    }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            Math_DomainError(NOT_A_POLE, x);
            return false;
        }
        *out = 0.0; /* Gamma(1) == Gamma(2) == 1 */
        return true;
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        *out = -log(ax);
        return true;
    }
    double r = log(lanczos_ratio(ax)) - LANCZOS_G;
    r += (ax - 0.5) * (log(ax + LANCZOS_G - 0.5) - 1.0);
    if (x < 0.0)
        r = 1.144729885849400174143427351353058711647 /* log(pi) */ - log(fabs(sin_pi(ax))) - log(ax) - r;
    if (isinf(r)) {
        Math_RangeError();
        return false;
    }
    *out = r;
    return true;
}

MATH_FN(Math_Gamma) {
    double x, r;
    if (!Math_ToDouble(args[0], &x) || !gamma_of(x, &r)) return NULL;
    return Float_From(r);
}

MATH_FN(Math_Lgamma) {
    double x, r;
    if (!Math_ToDouble(args[0], &x) || !lgamma_of(x, &r)) return NULL;
    return Float_From(r);
}
