/* float: boxed double; repr is the shortest round-tripping text, as CPython. */
#ifndef CIPY_FLOAT_H
#define CIPY_FLOAT_H
#include "../object.h"

typedef struct Float {
    Object ob;
    double v;
} Float;

#define FLOAT_VAL(o) (((Float *)(o))->v)
Object *Float_From(double v);
/* float(x) conversion value for floats, ints, and objects with __float__ /
 * __index__; returns -1.0 with an exception set on error. */
double Float_AsDouble(Object *o);
Object *Float_FromObject(Object *x);     /* the float() constructor on one argument */
Object *Float_FromString(Object *s);     /* float('1e3'); ValueError text as CPython */
/* Writes repr(v) into buf (at least 32 bytes); returns length. */
int Float_ReprBuf(double v, char *buf);
hash_t Float_HashDouble(double v);
Object *Float_Format(Object *o, Object *spec);  /* float.__format__ */

typedef struct Complex {
    Object ob;
    double re, im;
} Complex;
Object *Complex_From(double re, double im);
#endif
