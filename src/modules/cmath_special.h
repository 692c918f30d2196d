/* What cmath's functions give for an argument with an infinite or NaN
 * part: [class of the real part][class of the imaginary part], classes
 * ordered -inf, negative, -0.0, +0.0, positive, +inf, NaN; raises is 1 where
 * the result is a ValueError.  Written by tools/gen_cmath_special.py from
 * CPython 3.14's results; do not edit. */
#ifndef CIPY_CMATH_SPECIAL_H
#define CIPY_CMATH_SPECIAL_H
#include <math.h>

typedef struct { double re, im; int raises; } CmathSpecial;

static const CmathSpecial cmath_special_acos[7][7] = {
    {{0x1.2d97c7f3321d2p+1, INFINITY, 0}, {0x1.921fb54442d18p+1, INFINITY, 0}, {0x1.921fb54442d18p+1, INFINITY, 0}, {0x1.921fb54442d18p+1, -INFINITY, 0}, {0x1.921fb54442d18p+1, -INFINITY, 0}, {0x1.2d97c7f3321d2p+1, -INFINITY, 0}, {NAN, INFINITY, 0}},
    {{0x1.921fb54442d18p+0, INFINITY, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0x1.921fb54442d18p+0, -INFINITY, 0}, {NAN, NAN, 0}},
    {{0x1.921fb54442d18p+0, INFINITY, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0x1.921fb54442d18p+0, -INFINITY, 0}, {0x1.921fb54442d18p+0, NAN, 0}},
    {{0x1.921fb54442d18p+0, INFINITY, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0x1.921fb54442d18p+0, -INFINITY, 0}, {0x1.921fb54442d18p+0, NAN, 0}},
    {{0x1.921fb54442d18p+0, INFINITY, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0x1.921fb54442d18p+0, -INFINITY, 0}, {NAN, NAN, 0}},
    {{0x1.921fb54442d18p-1, INFINITY, 0}, {0x0.0p+0, INFINITY, 0}, {0x0.0p+0, INFINITY, 0}, {0x0.0p+0, -INFINITY, 0}, {0x0.0p+0, -INFINITY, 0}, {0x1.921fb54442d18p-1, -INFINITY, 0}, {NAN, INFINITY, 0}},
    {{NAN, INFINITY, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, -INFINITY, 0}, {NAN, NAN, 0}},
};

static const CmathSpecial cmath_special_acosh[7][7] = {
    {{INFINITY, -0x1.2d97c7f3321d2p+1, 0}, {INFINITY, -0x1.921fb54442d18p+1, 0}, {INFINITY, -0x1.921fb54442d18p+1, 0}, {INFINITY, 0x1.921fb54442d18p+1, 0}, {INFINITY, 0x1.921fb54442d18p+1, 0}, {INFINITY, 0x1.2d97c7f3321d2p+1, 0}, {INFINITY, NAN, 0}},
    {{INFINITY, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, 0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}},
    {{INFINITY, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, 0x1.921fb54442d18p+0, 0}, {NAN, 0x1.921fb54442d18p+0, 0}},
    {{INFINITY, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, 0x1.921fb54442d18p+0, 0}, {NAN, 0x1.921fb54442d18p+0, 0}},
    {{INFINITY, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, 0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}},
    {{INFINITY, -0x1.921fb54442d18p-1, 0}, {INFINITY, -0x0.0p+0, 0}, {INFINITY, -0x0.0p+0, 0}, {INFINITY, 0x0.0p+0, 0}, {INFINITY, 0x0.0p+0, 0}, {INFINITY, 0x1.921fb54442d18p-1, 0}, {INFINITY, NAN, 0}},
    {{INFINITY, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {INFINITY, NAN, 0}, {NAN, NAN, 0}},
};

static const CmathSpecial cmath_special_asinh[7][7] = {
    {{-INFINITY, -0x1.921fb54442d18p-1, 0}, {-INFINITY, -0x0.0p+0, 0}, {-INFINITY, -0x0.0p+0, 0}, {-INFINITY, 0x0.0p+0, 0}, {-INFINITY, 0x0.0p+0, 0}, {-INFINITY, 0x1.921fb54442d18p-1, 0}, {-INFINITY, NAN, 0}},
    {{-INFINITY, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {-INFINITY, 0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}},
    {{-INFINITY, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {-INFINITY, 0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}},
    {{INFINITY, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, 0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}},
    {{INFINITY, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, 0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}},
    {{INFINITY, -0x1.921fb54442d18p-1, 0}, {INFINITY, -0x0.0p+0, 0}, {INFINITY, -0x0.0p+0, 0}, {INFINITY, 0x0.0p+0, 0}, {INFINITY, 0x0.0p+0, 0}, {INFINITY, 0x1.921fb54442d18p-1, 0}, {INFINITY, NAN, 0}},
    {{INFINITY, NAN, 0}, {NAN, NAN, 0}, {NAN, -0x0.0p+0, 0}, {NAN, 0x0.0p+0, 0}, {NAN, NAN, 0}, {INFINITY, NAN, 0}, {NAN, NAN, 0}},
};

static const CmathSpecial cmath_special_atanh[7][7] = {
    {{-0x0.0p+0, -0x1.921fb54442d18p+0, 0}, {-0x0.0p+0, -0x1.921fb54442d18p+0, 0}, {-0x0.0p+0, -0x1.921fb54442d18p+0, 0}, {-0x0.0p+0, 0x1.921fb54442d18p+0, 0}, {-0x0.0p+0, 0x1.921fb54442d18p+0, 0}, {-0x0.0p+0, 0x1.921fb54442d18p+0, 0}, {-0x0.0p+0, NAN, 0}},
    {{-0x0.0p+0, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {-0x0.0p+0, 0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}},
    {{-0x0.0p+0, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {-0x0.0p+0, 0x1.921fb54442d18p+0, 0}, {-0x0.0p+0, NAN, 0}},
    {{0x0.0p+0, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0x0.0p+0, 0x1.921fb54442d18p+0, 0}, {0x0.0p+0, NAN, 0}},
    {{0x0.0p+0, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0x0.0p+0, 0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}},
    {{0x0.0p+0, -0x1.921fb54442d18p+0, 0}, {0x0.0p+0, -0x1.921fb54442d18p+0, 0}, {0x0.0p+0, -0x1.921fb54442d18p+0, 0}, {0x0.0p+0, 0x1.921fb54442d18p+0, 0}, {0x0.0p+0, 0x1.921fb54442d18p+0, 0}, {0x0.0p+0, 0x1.921fb54442d18p+0, 0}, {0x0.0p+0, NAN, 0}},
    {{0x0.0p+0, -0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {0x0.0p+0, 0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}},
};

static const CmathSpecial cmath_special_cosh[7][7] = {
    {{NAN, NAN, 1}, {-INFINITY, INFINITY, 0}, {INFINITY, 0x0.0p+0, 0}, {INFINITY, -0x0.0p+0, 0}, {-INFINITY, -INFINITY, 0}, {NAN, NAN, 1}, {INFINITY, NAN, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, NAN, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, 0x0.0p+0, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, 0x0.0p+0, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, NAN, 0}},
    {{NAN, NAN, 1}, {-INFINITY, -INFINITY, 0}, {INFINITY, -0x0.0p+0, 0}, {INFINITY, 0x0.0p+0, 0}, {-INFINITY, INFINITY, 0}, {NAN, NAN, 1}, {INFINITY, NAN, 0}},
    {{NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, 0x0.0p+0, 0}, {NAN, 0x0.0p+0, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}},
};

static const CmathSpecial cmath_special_exp[7][7] = {
    {{0x0.0p+0, 0x0.0p+0, 0}, {-0x0.0p+0, -0x0.0p+0, 0}, {0x0.0p+0, -0x0.0p+0, 0}, {0x0.0p+0, 0x0.0p+0, 0}, {-0x0.0p+0, 0x0.0p+0, 0}, {0x0.0p+0, 0x0.0p+0, 0}, {0x0.0p+0, 0x0.0p+0, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, NAN, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, NAN, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, NAN, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, NAN, 0}},
    {{NAN, NAN, 1}, {-INFINITY, -INFINITY, 0}, {INFINITY, -0x0.0p+0, 0}, {INFINITY, 0x0.0p+0, 0}, {-INFINITY, INFINITY, 0}, {NAN, NAN, 1}, {INFINITY, NAN, 0}},
    {{NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, -0x0.0p+0, 0}, {NAN, 0x0.0p+0, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}},
};

static const CmathSpecial cmath_special_log[7][7] = {
    {{INFINITY, -0x1.2d97c7f3321d2p+1, 0}, {INFINITY, -0x1.921fb54442d18p+1, 0}, {INFINITY, -0x1.921fb54442d18p+1, 0}, {INFINITY, 0x1.921fb54442d18p+1, 0}, {INFINITY, 0x1.921fb54442d18p+1, 0}, {INFINITY, 0x1.2d97c7f3321d2p+1, 0}, {INFINITY, NAN, 0}},
    {{INFINITY, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, 0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}},
    {{INFINITY, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, 0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}},
    {{INFINITY, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, 0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}},
    {{INFINITY, -0x1.921fb54442d18p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, 0x1.921fb54442d18p+0, 0}, {NAN, NAN, 0}},
    {{INFINITY, -0x1.921fb54442d18p-1, 0}, {INFINITY, -0x0.0p+0, 0}, {INFINITY, -0x0.0p+0, 0}, {INFINITY, 0x0.0p+0, 0}, {INFINITY, 0x0.0p+0, 0}, {INFINITY, 0x1.921fb54442d18p-1, 0}, {INFINITY, NAN, 0}},
    {{INFINITY, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {INFINITY, NAN, 0}, {NAN, NAN, 0}},
};

static const CmathSpecial cmath_special_sinh[7][7] = {
    {{NAN, NAN, 1}, {INFINITY, -INFINITY, 0}, {-INFINITY, -0x0.0p+0, 0}, {-INFINITY, 0x0.0p+0, 0}, {INFINITY, INFINITY, 0}, {NAN, NAN, 1}, {INFINITY, NAN, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, NAN, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {0x0.0p+0, NAN, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {0x0.0p+0, NAN, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, NAN, 0}},
    {{NAN, NAN, 1}, {-INFINITY, -INFINITY, 0}, {INFINITY, -0x0.0p+0, 0}, {INFINITY, 0x0.0p+0, 0}, {-INFINITY, INFINITY, 0}, {NAN, NAN, 1}, {INFINITY, NAN, 0}},
    {{NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, -0x0.0p+0, 0}, {NAN, 0x0.0p+0, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}},
};

static const CmathSpecial cmath_special_sqrt[7][7] = {
    {{INFINITY, -INFINITY, 0}, {0x0.0p+0, -INFINITY, 0}, {0x0.0p+0, -INFINITY, 0}, {0x0.0p+0, INFINITY, 0}, {0x0.0p+0, INFINITY, 0}, {INFINITY, INFINITY, 0}, {NAN, INFINITY, 0}},
    {{INFINITY, -INFINITY, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, INFINITY, 0}, {NAN, NAN, 0}},
    {{INFINITY, -INFINITY, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, INFINITY, 0}, {NAN, NAN, 0}},
    {{INFINITY, -INFINITY, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, INFINITY, 0}, {NAN, NAN, 0}},
    {{INFINITY, -INFINITY, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {INFINITY, INFINITY, 0}, {NAN, NAN, 0}},
    {{INFINITY, -INFINITY, 0}, {INFINITY, -0x0.0p+0, 0}, {INFINITY, -0x0.0p+0, 0}, {INFINITY, 0x0.0p+0, 0}, {INFINITY, 0x0.0p+0, 0}, {INFINITY, INFINITY, 0}, {INFINITY, NAN, 0}},
    {{INFINITY, -INFINITY, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {INFINITY, INFINITY, 0}, {NAN, NAN, 0}},
};

static const CmathSpecial cmath_special_tanh[7][7] = {
    {{-0x1.0000000000000p+0, 0x0.0p+0, 0}, {-0x1.0000000000000p+0, 0x0.0p+0, 0}, {-0x1.0000000000000p+0, -0x0.0p+0, 0}, {-0x1.0000000000000p+0, 0x0.0p+0, 0}, {-0x1.0000000000000p+0, -0x0.0p+0, 0}, {-0x1.0000000000000p+0, 0x0.0p+0, 0}, {-0x1.0000000000000p+0, 0x0.0p+0, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, NAN, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {-0x0.0p+0, NAN, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {0x0.0p+0, NAN, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, NAN, 0}},
    {{0x1.0000000000000p+0, 0x0.0p+0, 0}, {0x1.0000000000000p+0, 0x0.0p+0, 0}, {0x1.0000000000000p+0, -0x0.0p+0, 0}, {0x1.0000000000000p+0, 0x0.0p+0, 0}, {0x1.0000000000000p+0, -0x0.0p+0, 0}, {0x1.0000000000000p+0, 0x0.0p+0, 0}, {0x1.0000000000000p+0, 0x0.0p+0, 0}},
    {{NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, -0x0.0p+0, 0}, {NAN, 0x0.0p+0, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}},
};

static const CmathSpecial cmath_special_rect[7][7] = {
    {{NAN, NAN, 1}, {INFINITY, INFINITY, 0}, {-INFINITY, 0x0.0p+0, 0}, {-INFINITY, -0x0.0p+0, 0}, {INFINITY, -INFINITY, 0}, {NAN, NAN, 1}, {INFINITY, NAN, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, NAN, 0}},
    {{0x0.0p+0, 0x0.0p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0x0.0p+0, 0x0.0p+0, 0}, {0x0.0p+0, 0x0.0p+0, 0}},
    {{0x0.0p+0, 0x0.0p+0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0x0.0p+0, 0x0.0p+0, 0}, {0x0.0p+0, 0x0.0p+0, 0}},
    {{NAN, NAN, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {NAN, NAN, 1}, {NAN, NAN, 0}},
    {{NAN, NAN, 1}, {-INFINITY, -INFINITY, 0}, {INFINITY, -0x0.0p+0, 0}, {INFINITY, 0x0.0p+0, 0}, {-INFINITY, INFINITY, 0}, {NAN, NAN, 1}, {INFINITY, NAN, 0}},
    {{NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, 0x0.0p+0, 0}, {NAN, 0x0.0p+0, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}, {NAN, NAN, 0}},
};

#endif
