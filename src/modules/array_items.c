/* The type codes of array.array, and one item to and from Python.
 *
 * Reading a number goes through packitem.c (the native codec memoryview
 * uses).  Writing does not: each code words its range errors as CPython's
 * array does, after the C conversion that code goes through there (a C
 * long for the small codes, unsigned long for 'I' and 'L', long long for
 * 'q' and 'Q'), so the message depends on how far out the value is. */
#include "abstract.h"
#include "modules/array.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/packitem.h"
#include <gmp.h>
#include <math.h>
#include <string.h>

const char Array_TypeCodes[] = "bBuwhHiIlLqQfd";

/* 'u' is wchar_t, 4 bytes here, so its memory reads as 'w'. */
static const ArrayCode codes[] = {
    {'b', 1, ITEM_SIGNED, "b", "signed char"},
    {'B', 1, ITEM_UNSIGNED, "B", "unsigned byte integer"},
    {'u', 4, ITEM_CHAR, "w", NULL},
    {'w', 4, ITEM_CHAR, "w", NULL},
    {'h', 2, ITEM_SIGNED, "h", "signed short integer"},
    {'H', 2, ITEM_UNSIGNED, "H", "unsigned short"},
    {'i', 4, ITEM_SIGNED, "i", "signed integer"},
    {'I', 4, ITEM_UNSIGNED, "I", "unsigned int"},
    {'l', 8, ITEM_SIGNED, "l", NULL},
    {'L', 8, ITEM_UNSIGNED, "L", NULL},
    {'q', 8, ITEM_SIGNED, "q", NULL},
    {'Q', 8, ITEM_UNSIGNED, "Q", NULL},
    {'f', 4, ITEM_FLOAT, "f", NULL},
    {'d', 8, ITEM_FLOAT, "d", NULL},
};

const ArrayCode *ArrayCode_Find(uint32_t code) {
    for (size_t i = 0; i < sizeof codes / sizeof *codes; i++)
        if ((uint32_t)codes[i].code == code) return &codes[i];
    return NULL;
}

Object *ArrayItem_Get(const ArrayCode *c, const char *p) {
    switch (c->code) {
    case 'b': return SMALL_FROM(*(const int8_t *)p);
    case 'B': return SMALL_FROM(*(const uint8_t *)p);
    case 'i': {
        int32_t v;
        memcpy(&v, p, 4);
        return SMALL_FROM(v);
    }
    case 'u':
    case 'w': {
        uint32_t cp;
        memcpy(&cp, p, 4);
        if (cp > 0x10ffff) { /* memory written through a buffer */
            Err_SetString(Exc_ValueError, "chr() arg not in range(0x110000)");
            return NULL;
        }
        return Str_FromChar(cp);
    }
    default: return PackItem_Unpack(c->code, p);
    }
}

/* ---- integers ------------------------------------------------------------------------ */

/* An int reduced to what the range checks ask. */
typedef struct {
    bool negative, fits_signed, fits_unsigned; /* in int64 / uint64 */
    int64_t s;
    uint64_t u;
} IntValue;

static void int_value(Object *n, IntValue *out) {
    if (IS_SMALL(n)) {
        out->s = SMALL_VAL(n);
        out->u = (uint64_t)out->s;
        out->negative = out->s < 0;
        out->fits_signed = true;
        out->fits_unsigned = !out->negative;
        return;
    }
    mpz_t z;
    mpz_init(z);
    Int_ToMpz(n, z);
    out->negative = mpz_sgn(z) < 0;
    out->fits_signed = mpz_fits_slong_p(z);
    out->fits_unsigned = !out->negative && mpz_sizeinbase(z, 2) <= 64;
    out->s = out->fits_signed ? mpz_get_si(z) : 0;
    out->u = out->fits_unsigned ? mpz_get_ui(z) : (uint64_t)out->s;
    mpz_clear(z);
}

static int too_large_long(void) {
    Err_SetString(Exc_OverflowError, "Python int too large to convert to C long");
    return -1;
}

/* The codes read through a C long ('b', 'B', 'h', 'H', 'i', 'l') and 'q'. */
static int check_via_long(const ArrayCode *c, const IntValue *v) {
    if (!v->fits_signed) {
        if (c->code == 'q') Err_SetString(Exc_OverflowError, "int too big to convert");
        else too_large_long();
        return -1;
    }
    if (c->size == 8) return 0;
    int bits = 8 * c->size;
    int64_t lo = c->kind == ITEM_SIGNED ? -((int64_t)1 << (bits - 1)) : 0;
    int64_t hi = c->kind == ITEM_SIGNED ? ((int64_t)1 << (bits - 1)) - 1 : ((int64_t)1 << bits) - 1;
    if (v->s < lo || v->s > hi) {
        Err_Format(Exc_OverflowError, "%s is %s", c->name, v->s < lo ? "less than minimum" : "greater than maximum");
        return -1;
    }
    return 0;
}

/* 'I', 'L' (through a C unsigned long) and 'Q' (unsigned long long). */
static int check_unsigned(const ArrayCode *c, const IntValue *v) {
    bool wide = c->code == 'Q';
    if (v->negative) {
        Err_SetString(Exc_OverflowError,
                      wide ? "can't convert negative int to unsigned" : "can't convert negative value to unsigned int");
        return -1;
    }
    if (!v->fits_unsigned) {
        Err_SetString(Exc_OverflowError, wide ? "int too big to convert" : "Python int too large to convert to C unsigned long");
        return -1;
    }
    if (c->size == 4 && v->u > UINT32_MAX) {
        Err_Format(Exc_OverflowError, "%s is greater than maximum", c->name);
        return -1;
    }
    return 0;
}

static int set_integer(const ArrayCode *c, char *p, Object *v) {
    Object *n = Int_Check(v) ? NEWREF(v) : Obj_Index(v);
    if (!n) return -1;
    IntValue iv;
    int_value(n, &iv);
    DECREF(n);
    bool via_unsigned = c->code == 'I' || c->code == 'L' || c->code == 'Q';
    if ((via_unsigned ? check_unsigned(c, &iv) : check_via_long(c, &iv)) < 0) return -1;
    uint64_t bits = via_unsigned ? iv.u : (uint64_t)iv.s;
    memcpy(p, &bits, c->size); /* little-endian machine: the low bytes */
    return 0;
}

/* ---- floats and characters ------------------------------------------------------------ */

static int set_float(const ArrayCode *c, char *p, Object *v) {
    double d = Float_CheckExact(v) ? FLOAT_VAL(v) : Float_AsDouble(v);
    if (d == -1.0 && Err_Occurred()) return -1;
    if (c->size == 8) {
        memcpy(p, &d, 8);
    } else {
        float f;
        if (!PackItem_ToFloat(d, &f)) f = copysignf(INFINITY, (float)(d < 0 ? -1 : 1)); /* out of range: inf */
        memcpy(p, &f, 4);
    }
    return 0;
}

static int set_char(char *p, Object *v) {
    if (!Str_Check(v)) {
        Err_Format(Exc_TypeError, "array item must be a unicode character, not %s", TYPE_NAME(v));
        return -1;
    }
    if (STR_LEN(v) != 1) {
        Err_Format(Exc_TypeError, "array item must be a unicode character, not a string of length %zd", STR_LEN(v));
        return -1;
    }
    uint32_t cp = STR_CHAR(v, 0);
    memcpy(p, &cp, 4);
    return 0;
}

int ArrayItem_Set(const ArrayCode *c, char *p, Object *v) {
    if (IS_SMALL(v) && c->kind != ITEM_FLOAT && c->kind != ITEM_CHAR) {
        /* the common case: a small int that fits, stored without a detour */
        int64_t s = SMALL_VAL(v);
        switch (c->code) {
        case 'b':
            if (s >= INT8_MIN && s <= INT8_MAX) return *(int8_t *)p = (int8_t)s, 0;
            break;
        case 'B':
            if (s >= 0 && s <= UINT8_MAX) return *(uint8_t *)p = (uint8_t)s, 0;
            break;
        case 'i':
            if (s >= INT32_MIN && s <= INT32_MAX) {
                int32_t x = (int32_t)s;
                memcpy(p, &x, 4);
                return 0;
            }
            break;
        case 'l':
        case 'q':
            memcpy(p, &s, 8);
            return 0;
        }
    }
    switch (c->kind) {
    case ITEM_FLOAT: return set_float(c, p, v);
    case ITEM_CHAR: return set_char(p, v);
    default: return set_integer(c, p, v);
    }
}
