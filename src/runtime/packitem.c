/* Native single items (see packitem.h).  Integers go through GMP so that
 * every range check is exact, whatever the size of the value offered. */
#include "runtime/packitem.h"
#include "abstract.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "runtime/err.h"
#include <math.h>
#include <string.h>

/* The integer codes: size, and whether negative values are allowed. */
typedef struct IntCode {
    char code;
    unsigned char size;
    bool is_signed;
} IntCode;

static const IntCode int_codes[] = {
    {'b', 1, true},  {'B', 1, false}, {'h', 2, true},  {'H', 2, false}, {'i', 4, true},
    {'I', 4, false}, {'l', sizeof(long), true}, {'L', sizeof(long), false}, {'q', 8, true},
    {'Q', 8, false}, {'n', sizeof(ssize_t), true}, {'N', sizeof(size_t), false},
    {'P', sizeof(void *), false}, {0, 0, false},
};

static const IntCode *int_code(char code) {
    for (const IntCode *c = int_codes; c->code; c++)
        if (c->code == code) return c;
    return NULL;
}

ssize_t PackItem_Size(char code) {
    const IntCode *ic = int_code(code);
    if (ic) return ic->size;
    switch (code) {
    case 'c': case '?': return 1;
    case 'e': return 2;
    case 'f': return 4;
    case 'd': return 8;
    default: return 0;
    }
}

char PackItem_NativeCode(const char *fmt) {
    if (fmt[0] == '@') fmt++;
    if (!fmt[0] || fmt[1] || !PackItem_Size(fmt[0])) return 0;
    return fmt[0];
}

/* ---- half precision (IEEE 754 binary16) ---------------------------------------------- */

double PackItem_FromHalf(uint16_t h) {
    int exp = (h >> 10) & 0x1f;
    int frac = h & 0x3ff;
    double mag;
    if (exp == 0) mag = ldexp(frac, -24);
    else if (exp == 31) mag = frac ? NAN : INFINITY;
    else mag = ldexp(frac + 1024, exp - 25);
    return (h & 0x8000) ? -mag : mag;
}

/* Rounds x to the nearest half (ties to even); false when it is too large. */
bool PackItem_ToHalf(double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double ax = fabs(x);
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return true;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return true;
    }
    if (ax < ldexp(1.0, -14)) { /* subnormal: a multiple of 2**-24 (may round up to the first normal) */
        *out = sign | (uint16_t)nearbyint(ldexp(ax, 24));
        return true;
    }
    int e;
    frexp(ax, &e);
    int exp = e - 1;                          /* ax = 1.f * 2**exp */
    double q = nearbyint(ldexp(ax, 10 - exp)); /* 1024 .. 2048 */
    if (q >= 2048) {
        q = 1024;
        exp++;
    }
    if (exp > 15) return false;
    *out = sign | (uint16_t)((exp + 15) << 10) | (uint16_t)(q - 1024);
    return true;
}

/* ---- reading -------------------------------------------------------------------------- */

Object *PackItem_UnpackInt(const void *p, int size, bool is_signed) {
    uint64_t u;
    switch (size) { /* fixed-size loads: this is the struct module's inner loop */
    case 1: u = *(const uint8_t *)p; break;
    case 2: { uint16_t v; memcpy(&v, p, 2); u = v; break; }
    case 4: { uint32_t v; memcpy(&v, p, 4); u = v; break; }
    case 8: memcpy(&u, p, 8); break;
    default: u = 0; memcpy(&u, p, (size_t)size); break; /* little-endian machine: the low bytes */
    }
    if (!is_signed) return u <= (uint64_t)SMALL_MAX ? SMALL_FROM(u) : Int_FromU64(u);
    int shift = 64 - 8 * size;
    int64_t s = (int64_t)(u << shift) >> shift; /* sign-extend */
    return SMALL_FITS(s) ? SMALL_FROM(s) : Int_FromI64(s);
}

Object *PackItem_Unpack(char code, const void *p) {
    const IntCode *ic = int_code(code);
    if (ic) return PackItem_UnpackInt(p, ic->size, ic->is_signed);
    switch (code) {
    case 'c': return Bytes_From(p, 1);
    case '?': return NEWREF(Bool_From(*(const uint8_t *)p != 0));
    case 'e': {
        uint16_t h;
        memcpy(&h, p, 2);
        return Float_From(PackItem_FromHalf(h));
    }
    case 'f': {
        float f;
        memcpy(&f, p, 4);
        return Float_From(f);
    }
    case 'd': {
        double d;
        memcpy(&d, p, 8);
        return Float_From(d);
    }
    default:
        Err_Format(Exc_NotImplementedError, "memoryview: format %c not supported", code);
        return NULL;
    }
}

/* ---- writing -------------------------------------------------------------------------- */

/* How an integer code reads its range. */
enum { INT_UNSIGNED, INT_SIGNED, INT_POINTER /* either, as wide as an address */ };

/* Whether a small int fits: the common case, without GMP. */
static bool small_fits(int64_t x, int size, int kind) {
    if (size == 8) return kind != INT_UNSIGNED || x >= 0; /* |x| < 2**62 */
    int64_t half = (int64_t)1 << (8 * size - 1);
    return kind == INT_SIGNED ? x >= -half && x < half : x >= 0 && x < 2 * half;
}

static bool mpz_fits(mpz_t z, int size, int kind) {
    size_t bits = (size_t)8 * (size_t)size, used = mpz_sizeinbase(z, 2);
    if (kind == INT_UNSIGNED) return mpz_sgn(z) >= 0 && used <= bits;
    if (mpz_sgn(z) >= 0) return used <= (kind == INT_POINTER ? bits : bits - 1);
    /* negative: down to -2**(bits-1), which has one bit set */
    return used < bits || (used == bits && mpz_scan1(z, 0) == (mp_bitcnt_t)(bits - 1));
}

static int pack_int_kind(void *p, Object *v, int size, int kind) {
    uint64_t u;
    if (IS_SMALL(v)) {
        int64_t x = SMALL_VAL(v);
        if (!small_fits(x, size, kind)) return PACK_BAD_VALUE;
        u = (uint64_t)x;
    } else {
        if (!Int_Check(v) && !TYPE(v)->nb_index) return PACK_BAD_TYPE;
        Object *n = Obj_Index(v);
        if (!n) return PACK_ERROR;
        mpz_t z;
        mpz_init(z);
        Int_ToMpz(n, z);
        DECREF(n);
        if (!mpz_fits(z, size, kind)) {
            mpz_clear(z);
            return PACK_BAD_VALUE;
        }
        /* the low 64 bits in two's complement */
        if (mpz_sgn(z) >= 0) u = (uint64_t)mpz_get_ui(z);
        else u = (uint64_t)mpz_get_si(z);
        mpz_clear(z);
    }
    memcpy(p, &u, (size_t)size); /* little-endian machine: the low bytes */
    return PACK_OK;
}

int PackItem_PackInt(void *p, Object *v, int size, bool is_signed) {
    return pack_int_kind(p, v, size, is_signed ? INT_SIGNED : INT_UNSIGNED);
}

static int pack_int(const IntCode *ic, void *p, Object *v) {
    return pack_int_kind(p, v, ic->size, ic->code == 'P' ? INT_POINTER : ic->is_signed ? INT_SIGNED : INT_UNSIGNED);
}

bool PackItem_ToFloat(double x, float *out) {
    /* beyond FLT_MAX and half its last unit, single precision has only inf */
    if (isfinite(x) && fabs(x) >= ldexp(1.0, 128) - ldexp(1.0, 103)) return false;
    *out = (float)x;
    return true;
}

/* float(v) for the float codes: TypeError from the conversion means "not a
 * number at all"; any other error is passed on. */
static int float_value(Object *v, double *d) {
    *d = Float_AsDouble(v);
    if (*d == -1.0 && Err_Occurred()) {
        int r = Err_Matches(Exc_TypeError) ? PACK_BAD_TYPE : Err_Matches(Exc_OverflowError) ? PACK_BAD_VALUE : PACK_ERROR;
        if (r != PACK_ERROR) Err_Clear();
        return r;
    }
    return PACK_OK;
}

int PackItem_Pack(char code, void *p, Object *v) {
    const IntCode *ic = int_code(code);
    if (ic) return pack_int(ic, p, v);
    double d;
    int r;
    switch (code) {
    case 'c':
        if (!Bytes_Check(v)) return PACK_BAD_TYPE;
        if (BYTES_LEN(v) != 1) return PACK_BAD_VALUE;
        *(uint8_t *)p = BYTES_DATA(v)[0];
        return PACK_OK;
    case '?':
        r = Obj_IsTrue(v);
        if (r < 0) return PACK_ERROR;
        *(uint8_t *)p = (uint8_t)r;
        return PACK_OK;
    case 'e': {
        if ((r = float_value(v, &d)) != PACK_OK) return r;
        uint16_t h;
        if (!PackItem_ToHalf(d, &h)) return PACK_BAD_VALUE;
        memcpy(p, &h, 2);
        return PACK_OK;
    }
    case 'f': {
        if ((r = float_value(v, &d)) != PACK_OK) return r;
        float f;
        if (!PackItem_ToFloat(d, &f)) f = copysignf(INFINITY, (float)(d < 0 ? -1 : 1)); /* as a memoryview stores it */
        memcpy(p, &f, 4);
        return PACK_OK;
    }
    case 'd':
        if ((r = float_value(v, &d)) != PACK_OK) return r;
        memcpy(p, &d, 8);
        return PACK_OK;
    default:
        return PACK_BAD_TYPE;
    }
}
