/* float: boxed double; repr is the shortest round-tripping text, as CPython. */
#ifndef CIPY_FLOAT_H
#define CIPY_FLOAT_H
#include "object.h"

typedef struct Float {
    Object ob;
    double v;
} Float;

#define FLOAT_VAL(o) (((Float *)(o))->v)
Object *Float_From(double v);
/* Frees the running thread's free list of floats (at thread exit). */
void Float_ThreadExit(void);
/* float(x) conversion value for floats, ints, and objects with __float__ /
 * __index__; returns -1.0 with an exception set on error. */
double Float_AsDouble(Object *o);
Object *Float_FromObject(Object *x);     /* the float() constructor on one argument */
Object *Float_FromString(Object *s);     /* float('1e3'); ValueError text as CPython */
/* Writes repr(v) into buf (at least 32 bytes); returns length. */
int Float_ReprBuf(double v, char *buf);
hash_t Float_HashDouble(double v);
Object *Float_Format(Object *o, Object *spec);  /* float.__format__ */
/* repr(v) without the ".0" CPython adds to integral values (complex parts). */
int Float_ReprBufNoDot(double v, char *buf);
/* Shortest round-tripping decimal digits of a finite v > 0: writes the digits
 * (no trailing zeros, NUL-terminated; buf >= 24 bytes) and sets *decpt so that
 * v == 0.DIGITS * 10**decpt.  Returns the number of digits. */
int Float_ShortestDigits(double v, char *buf, int *decpt);
/* divmod(a, b) for float/int operands; NotImplemented for other types. */
Object *Float_DivMod(Object *a, Object *b);

typedef struct Complex {
    Object ob;
    double re, im;
} Complex;
Object *Complex_From(double re, double im);
/* (ar+ai*j) ** (br+bi*j) with CPython's rules and error texts. */
Object *Complex_PowParts(double ar, double ai, double br, double bi);
/* (ar+ai*j) / (br+bi*j) as the / operator computes it; false when the
 * divisor is zero (*re and *im are then 0). */
bool Complex_Quotient(double ar, double ai, double br, double bi, double *re, double *im);
/* complex(x) conversion of a number: 0 with *re and *im set, or -1 with an error
 * (1 if x is not a number: no error set). */
int Complex_AsParts(Object *x, double *re, double *im);
#endif
