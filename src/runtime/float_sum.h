/* Compensated summation of doubles (Neumaier's variant of Kahan's), the
 * way CPython 3.12+ sums floats in sum(): a running sum and the low-order
 * bits it lost, so that sum([0.1] * 10) == 1.0.  Inline because sum()'s
 * loop calls it once per item.
 *
 *     FloatSum s = FloatSum_Start(x0);
 *     s = FloatSum_Add(s, x);   ... for each item
 *     double total = FloatSum_Value(s);
 */
#ifndef CIPY_FLOAT_SUM_H
#define CIPY_FLOAT_SUM_H
#include <math.h>

typedef struct FloatSum {
    double hi; /* the sum so far */
    double lo; /* what rounding hi lost */
} FloatSum;

static inline FloatSum FloatSum_Start(double x) { return (FloatSum){x, 0.0}; }

static inline FloatSum FloatSum_Add(FloatSum s, double x) {
    double t = s.hi + x;
    if (fabs(s.hi) >= fabs(x))
        s.lo += (s.hi - t) + x;
    else
        s.lo += (x - t) + s.hi;
    s.hi = t;
    return s;
}

/* Adding the compensation must not lose a -0.0 sum or turn inf into nan. */
static inline double FloatSum_Value(FloatSum s) { return s.lo && isfinite(s.lo) ? s.hi + s.lo : s.hi; }
#endif
