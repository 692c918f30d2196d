/* int: tagged small values (see object.h) and GMP integers beyond them.
 * Non-tagged int objects (big values, bool, subclass instances) all share the
 * BigInt layout, so every int operation reads a value as "small or mpz". */
#ifndef CIPY_INT_H
#define CIPY_INT_H
#include "object.h"
#include <gmp.h>

typedef struct BigInt {
    Object ob;
    mpz_t z;
} BigInt;

Object *Int_FromI64(int64_t v);
Object *Int_FromU64(uint64_t v);
Object *Int_FromMpz(const mpz_t z);   /* copies; returns a tagged int when it fits */
/* Moves the value out of z (initialised, owned by the caller) into a new
 * int; z is cleared either way. */
Object *Int_FromMpzSteal(mpz_t z);
/* Little-endian bytes as an int: two's complement when is_signed (the top
 * bit of p[n-1] is the sign), else unsigned; 0 for n == 0. */
Object *Int_FromLEBytes(const uint8_t *p, size_t n, bool is_signed);
/* The fewest bytes holding int o in two's complement (0 for zero). */
size_t Int_SignedLEBytesLen(Object *o);
/* Writes int o as n little-endian two's complement bytes; n is at least
 * Int_SignedLEBytesLen(o). */
void Int_ToSignedLEBytes(Object *o, uint8_t *out, size_t n);
Object *Int_FromDouble(double d);     /* int(float): ValueError/OverflowError for nan/inf */
/* int(text, base) semantics, including underscores, whitespace and the 4300-digit
 * limit; ValueError "invalid literal for int() with base 10: '...'" on failure. */
Object *Int_FromString(const char *s, ssize_t len, int base);
/* int(x) / int(x, base) for any object (the int constructor). */
Object *Int_FromObject(Object *x);
/* -1 with OverflowError if out of range (or TypeError for non-int). */
int Int_AsI64(Object *o, int64_t *out);
/* o (an int, or anything with __index__) as a C unsigned type holding at
 * most max, as CPython's unsigned converters read it: 0, or -1 with
 * ValueError "Cannot convert negative int" or OverflowError "Python int too
 * large for C <ctype>". */
int Int_AsUnsigned(Object *o, const char *ctype, uint64_t max, uint64_t *out);
/* o.__index__() when it lies in [0, max]; otherwise -1 with exc(text), or
 * with the error of __index__ itself (a byte value, a %c code point). */
int64_t Int_IndexInRange(Object *o, int64_t max, Type *exc, const char *text);
/* o (an int, or anything with __index__) as ssize_t; -1 with an exception
 * on error (check Err_Occurred): OverflowError "Python int too large to
 * convert to C ssize_t" when it does not fit, as CPython's argument parser. */
ssize_t Int_AsSsize(Object *o);
double Int_AsDouble(Object *o);        /* -1.0 and OverflowError if too large */
/* Sets z (initialised by caller) to the value of int object o. */
void Int_ToMpz(Object *o, mpz_t z);
int Int_Sign(Object *o);
hash_t Int_Hash(Object *o);
Object *Int_Repr(Object *o);           /* decimal str, with the 4300-digit limit */
/* Text in base 2, 8, 10 or 16 with optional 0b/0o/0x prefix (bin/oct/hex). */
Object *Int_ToBase(Object *o, int base, bool prefix);
Object *Int_Format(Object *o, Object *spec);   /* int.__format__ */
/* Integer power with optional modulus (pow(a, b, m)); m may be NULL. */
Object *Int_Pow(Object *a, Object *b, Object *m);
int Int_Compare(Object *a, Object *b);  /* -1, 0, 1: both must be ints */
/* divmod(a, b) for two ints: a (q, r) tuple; NotImplemented if either is not an int. */
Object *Int_DivMod(Object *a, Object *b);
/* Decimal text of an int into a malloc'd buffer (caller frees), honouring the
 * digit limit; NULL with an exception on error. */
char *Int_DecimalText(Object *o, size_t *len);
/* Nearest double to z (half-even); +-HUGE_VAL when out of range (no error set). */
double Int_MpzToDouble(const mpz_t z);
/* Start-up hook for int/bool (True/False are statically initialised). */
void Int_Init(void);
#endif
