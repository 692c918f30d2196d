/* The complex functions of the cmath module (cmath_funcs.c) on C values.
 * Each returns its result and sets *err to 0, EDOM (ValueError "math domain
 * error") or ERANGE (OverflowError "math range error") as CPython's would. */
#ifndef CIPY_CMATH_H
#define CIPY_CMATH_H

typedef struct { double re, im; } Cpx;

Cpx Cmath_Sqrt(Cpx z, int *err);
Cpx Cmath_Exp(Cpx z, int *err);
Cpx Cmath_Log(Cpx z, int *err);
Cpx Cmath_Acos(Cpx z, int *err);
Cpx Cmath_Acosh(Cpx z, int *err);
Cpx Cmath_Asin(Cpx z, int *err);
Cpx Cmath_Asinh(Cpx z, int *err);
Cpx Cmath_Atan(Cpx z, int *err);
Cpx Cmath_Atanh(Cpx z, int *err);
Cpx Cmath_Cos(Cpx z, int *err);
Cpx Cmath_Cosh(Cpx z, int *err);
Cpx Cmath_Sin(Cpx z, int *err);
Cpx Cmath_Sinh(Cpx z, int *err);
Cpx Cmath_Tan(Cpx z, int *err);
Cpx Cmath_Tanh(Cpx z, int *err);
/* r * (cos(phi) + i sin(phi)) */
Cpx Cmath_Rect(double r, double phi, int *err);
#endif
