/* What the files of the math module share (math.c, math_int.c, math_sum.c,
 * math_special.c).  Every function here follows the module's convention: a
 * NaN result from a non-NaN argument is a domain error (ValueError), an
 * infinite one from finite arguments a range error (OverflowError). */
#ifndef CIPY_MATH_H
#define CIPY_MATH_H
#include "object.h"
#include "objects/float.h"
#include <math.h>

/* x as a C double (float(x) rules: floats, ints, __float__, __index__);
 * false with TypeError "must be real number, not str". */
bool Math_ToDoubleSlow(Object *x, double *out);
static inline bool Math_ToDouble(Object *x, double *out) {
    if (Float_CheckExact(x)) {
        *out = FLOAT_VAL(x);
        return true;
    }
    return Math_ToDoubleSlow(x, out);
}

/* ValueError: "math domain error" when fmt is NULL, else fmt with its one
 * %s replaced by repr(x) (CPython 3.14's "expected a positive input, got -1.0"). */
void Math_DomainError(const char *fmt, double x);
void Math_RangeError(void);  /* OverflowError "math range error" */

/* asinh correctly rounded (what the C library CPython is measured against gives). */
double Math_Asinh(double x);

/* Two-term sums and products, exact: hi is the rounded result and lo what
 * rounding lost. */
typedef struct { double hi, lo; } MathPair;
static inline MathPair MathPair_Sum(double a, double b) {   /* any a, b */
    double s = a + b, bb = s - a;
    return (MathPair){s, (a - (s - bb)) + (b - bb)};
}
static inline MathPair MathPair_SumOrdered(double a, double b) {   /* |a| >= |b| */
    double s = a + b;
    return (MathPair){s, (a - s) + b};
}
static inline MathPair MathPair_Product(double a, double b) {
    double p = a * b;
    return (MathPair){p, fma(a, b, -p)};
}

/* The module's functions, one file per concern (MethodDef signatures). */
#define MATH_FN(name) Object *name(Object *self, Object *const *args, size_t nargs, Object *kw)
MATH_FN(Math_Gcd);
MATH_FN(Math_Lcm);
MATH_FN(Math_Isqrt);
MATH_FN(Math_Factorial);
MATH_FN(Math_Comb);
MATH_FN(Math_Perm);
MATH_FN(Math_Fsum);
MATH_FN(Math_Prod);
MATH_FN(Math_Sumprod);
MATH_FN(Math_Hypot);
MATH_FN(Math_Dist);
MATH_FN(Math_Gamma);
MATH_FN(Math_Lgamma);
#endif
