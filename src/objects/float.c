/* float: a boxed double.
 *
 * repr is the shortest decimal string that reads back to the same double
 * (found with the C library's correctly rounded printf/strtod), laid out as
 * CPython does.  Comparisons with ints are exact, hashes follow the numeric
 * hash (value mod 2**61-1) so that equal numbers hash equally. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "modules/_warnings.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/float_pow10.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/hash.h"

/* ---- allocation with a small free list ------------------------------------ */
/* One list per thread: a float freed by a thread goes to its own list. */
#define FREELIST_MAX 128
static THREAD_LOCAL Float *free_floats;
static THREAD_LOCAL int nfree_floats;

void Float_ThreadExit(void) {
    while (free_floats) {
        Float *f = free_floats;
        free_floats = *(Float **)&f->v;
        Obj_Free((Object *)f);
    }
    nfree_floats = 0;
}

Object *Float_From(double v) {
    Float *f = free_floats;
    if (f) {
        free_floats = *(Float **)&f->v;
        nfree_floats--;
        f->ob.refcnt = 1;
        f->ob.type = &Float_Type;
    } else {
        f = (Float *)Obj_Alloc(&Float_Type, sizeof(Float));
        if (!f) return NULL;
    }
    f->v = v;
    return (Object *)f;
}

static void float_dealloc(Object *o) {
    if (o->type == &Float_Type && nfree_floats < FREELIST_MAX) {
        Float *f = (Float *)o;
        *(Float **)&f->v = free_floats;
        free_floats = f;
        nfree_floats++;
        return;
    }
    Obj_Free(o);
}

static Object *float_subtype_from(Type *t, double v) {
    if (t == &Float_Type) return Float_From(v);
    size_t size = (size_t)t->basicsize < sizeof(Float) ? sizeof(Float) : (size_t)t->basicsize;
    Float *f = (Float *)Obj_Alloc(t, size);
    if (!f) return NULL;
    f->v = v;
    return (Object *)f;
}

/* ---- repr ------------------------------------------------------------------ */

/* ---- shortest digits (the Schubfach method, R. Giulietti) -----------------
 *
 * A finite v > 0 is c * 2**q (c the integer significand).  Its rounding
 * interval, scaled by 4 to keep the ends integral, is (cbl, cbr) * 2**q with
 * cb = 4c in the middle; the ends belong to it when c is even (the reading
 * rounds half to even).  Multiplied by 10**-k for the k that leaves between
 * one and two digits to choose, each end's integer part (with a sticky bit:
 * "round to odd") tells which of the few candidate decimals lie inside; of
 * the candidates inside, the shortest, and of those the nearest to v, wins:
 * what repr() writes. */

static inline uint64_t round_to_odd(const uint64_t g[2], uint64_t cp) {
    unsigned __int128 lo = (unsigned __int128)g[1] * cp;
    unsigned __int128 hi = (unsigned __int128)g[0] * cp + (uint64_t)(lo >> 64);
    uint64_t y1 = (uint64_t)(hi >> 64), y0 = (uint64_t)hi;
    /* g overestimates 10**-k by less than one unit: a remainder of 0 or 1
     * in the middle word means the exact product is an integer */
    return y1 | (y0 > 1);
}

/* v == *digits * 10**(return value), with *digits as short as v allows. */
static int shortest_decimal(double v, uint64_t *digits) {
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    int bexp = (int)(bits >> 52) & 0x7FF;
    uint64_t c;
    int q;
    if (bexp) {
        c = frac | (UINT64_C(1) << 52);
        q = bexp - 1075;
        if (q <= 0 && q > -53 && (c & ((UINT64_C(1) << -q) - 1)) == 0) {
            *digits = c >> -q; /* an integer below 2**53: every digit counts */
            return 0;
        }
    } else {
        c = frac;
        q = -1074;
    }
    bool even = (c & 1) == 0;
    bool lower_closer = frac == 0 && bexp > 1;
    uint64_t cbl = 4 * c - 2 + lower_closer, cb = 4 * c, cbr = 4 * c + 2;
    int k = lower_closer ? (q * 1262611 - 524031) >> 22 : (q * 1262611) >> 22;
    int h = q + ((-k * 1741647) >> 19) + 1; /* 1 <= h <= 4 */
    const uint64_t *g = pow10_sig[-k - POW10_MIN];
    uint64_t vbl = round_to_odd(g, cbl << h), vb = round_to_odd(g, cb << h), vbr = round_to_odd(g, cbr << h);
    uint64_t lower = vbl + !even, upper = vbr - !even;
    uint64_t s = vb / 4;
    if (s >= 10) {
        /* one digit fewer: at most one of sp0, (sp+1)0 lies inside */
        uint64_t sp = s / 10, up = sp * 40, wp = up + 40;
        bool up_in = lower <= up, wp_in = wp <= upper;
        if (up_in != wp_in) {
            *digits = wp_in ? sp + 1 : sp;
            return k + 1;
        }
    }
    bool u_in = lower <= 4 * s, w_in = 4 * s + 4 <= upper;
    if (u_in != w_in) {
        *digits = w_in ? s + 1 : s;
        return k;
    }
    /* both inside: the nearer, the even one on a tie */
    uint64_t mid = 4 * s + 2;
    *digits = vb > mid || (vb == mid && (s & 1)) ? s + 1 : s;
    return k;
}

static const char digit_pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                  "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                  "8081828384858687888990919293949596979899";

int Float_ShortestDigits(double v, char *out, int *decpt) {
    uint64_t m;
    int e = shortest_decimal(v, &m);
    while (m % 10 == 0) {
        m /= 10;
        e++;
    }
    /* the digits from the last, two at a time */
    char tmp[24], *p = tmp + sizeof tmp;
    while (m >= 100) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * (m % 100), 2);
        m /= 100;
    }
    if (m >= 10) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * m, 2);
    } else {
        *--p = (char)('0' + m);
    }
    int n = (int)(tmp + sizeof tmp - p);
    memcpy(out, p, (size_t)n);
    out[n] = '\0';
    *decpt = n + e;
    return n;
}

/* repr layout: fixed notation for 1e-4 <= |v| < 1e16, else exponent. */
static int repr_layout(double v, char *buf, bool add_dot0) {
    char *p = buf;
    if (isnan(v)) return (int)(stpcpy(buf, "nan") - buf);
    if (signbit(v)) {
        *p++ = '-';
        v = -v;
    }
    if (isinf(v)) return (int)(stpcpy(p, "inf") - buf);
    if (v == 0) return (int)(stpcpy(p, add_dot0 ? "0.0" : "0") - buf);
    char d[24];
    int decpt;
    int n = Float_ShortestDigits(v, d, &decpt);
    int e = decpt - 1;
    if (e >= -4 && e < 16) {
        if (decpt <= 0) {
            *p++ = '0';
            *p++ = '.';
            for (int i = 0; i < -decpt; i++) *p++ = '0';
            memcpy(p, d, (size_t)n);
            p += n;
        } else if (decpt >= n) {
            memcpy(p, d, (size_t)n);
            p += n;
            for (int i = n; i < decpt; i++) *p++ = '0';
            if (add_dot0) {
                *p++ = '.';
                *p++ = '0';
            }
        } else {
            memcpy(p, d, (size_t)decpt);
            p += decpt;
            *p++ = '.';
            memcpy(p, d + decpt, (size_t)(n - decpt));
            p += n - decpt;
        }
    } else {
        *p++ = d[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, d + 1, (size_t)(n - 1));
            p += n - 1;
        }
        p += sprintf(p, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
    *p = '\0';
    return (int)(p - buf);
}

int Float_ReprBuf(double v, char *buf) { return repr_layout(v, buf, true); }
int Float_ReprBufNoDot(double v, char *buf) { return repr_layout(v, buf, false); }

static Object *float_repr(Object *o) {
    char buf[40];
    int n = Float_ReprBuf(FLOAT_VAL(o), buf);
    return Str_FromLatin1(buf, n);
}

/* ---- hashing ---------------------------------------------------------------- */

hash_t Float_HashDouble(double v) {
    if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v)) return 0;
    int e;
    double m = frexp(fabs(v), &e); /* |v| = m * 2**e, 0.5 <= m < 1 */
    if (m == 0) return 0;
    /* |v| = M * 2**(e - 53) with M a 53-bit integer; 2**61 == 1 (mod P) */
    uint64_t M = (uint64_t)ldexp(m, 53);
    int k = (e - 53) % 61;
    if (k < 0) k += 61;
    unsigned __int128 x = (unsigned __int128)M << k;
    hash_t h = (hash_t)(x % (uint64_t)HASH_MODULUS);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

static hash_t float_hash(Object *o) {
    double v = FLOAT_VAL(o);
    if (isnan(v)) return Hash_Pointer(o);
    return Float_HashDouble(v);
}

/* ---- conversions ------------------------------------------------------------- */

/* Value of a float or int operand: 1 ok, 0 unsupported type, -1 error. */
static int to_double(Object *o, double *out) {
    if (!IS_SMALL(o) && (o->type == &Float_Type || Float_Check(o))) {
        *out = FLOAT_VAL(o);
        return 1;
    }
    if (IS_SMALL(o)) {
        *out = (double)SMALL_VAL(o);
        return 1;
    }
    if (Int_Check(o)) {
        *out = Int_AsDouble(o);
        if (*out == -1.0 && Err_Occurred()) return -1;
        return 1;
    }
    return 0;
}

#define CONVERT_BOTH(a, b, x, y)                                                                    \
    do {                                                                                            \
        int _r = to_double(a, &x);                                                                  \
        if (_r <= 0) return _r < 0 ? NULL : NEWREF(OBJ_NOTIMPL);                                    \
        _r = to_double(b, &y);                                                                      \
        if (_r <= 0) return _r < 0 ? NULL : NEWREF(OBJ_NOTIMPL);                                    \
    } while (0)

/* o.__float__() with the result checks; -1.0 and error, or sets *found=false. */
static double via_float_dunder(Object *o, bool *found) {
    *found = true;
    Type *t = TYPE(o);
    Object *r = t->nb_float ? t->nb_float(o) : Obj_CallSpecial(o, ID(__float__), NULL, 0, found);
    if (!r) return -1.0;
    if (!Float_Check(r)) {
        Err_Format(Exc_TypeError, "%s.__float__ returned non-float (type %s)", TYPE_NAME(o), TYPE_NAME(r));
        DECREF(r);
        return -1.0;
    }
    if (TYPE(r) != &Float_Type) {
        char what[200];
        snprintf(what, sizeof what, "%s.__float__", TYPE_NAME(o));
        if (Warn_StrictSubclass(what, "float", r) < 0) {
            DECREF(r);
            return -1.0;
        }
    }
    double v = FLOAT_VAL(r);
    DECREF(r);
    return v;
}

/* __index__ fallback for float(); sets *found=false when absent. */
static double via_index(Object *o, bool *found) {
    *found = true;
    Object *r;
    if (TYPE(o)->nb_index) r = Obj_Index(o);
    else {
        r = Obj_CallSpecial(o, ID(__index__), NULL, 0, found);
        if (!*found) return -1.0;
        if (r && !Int_Check(r)) {
            Err_Format(Exc_TypeError, "__index__ returned non-int (type %s)", TYPE_NAME(r));
            DECREF(r);
            return -1.0;
        }
        if (r && !Int_CheckExact(r) && Warn_StrictSubclass("__index__", "int", r) < 0) CLEAR(r);
    }
    if (!r) return -1.0;
    double v = Int_AsDouble(r);
    DECREF(r);
    return v;
}

double Float_AsDouble(Object *o) {
    if (IS_SMALL(o)) return (double)SMALL_VAL(o);
    if (Float_Check(o)) return FLOAT_VAL(o);
    if (Int_Check(o)) return Int_AsDouble(o);
    bool found;
    double v = via_float_dunder(o, &found);
    if (found) return v;
    v = via_index(o, &found);
    if (found) return v;
    Err_Format(Exc_TypeError, "must be real number, not %s", TYPE_NAME(o));
    return -1.0;
}

/* ---- parsing ------------------------------------------------------------------ */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Copies digits of s (with single underscores between digits removed) into
 * *out; returns the number of chars consumed, 0 if no digit. */
static size_t scan_digits(const char *s, const char *end, char **out) {
    const char *p = s;
    if (p >= end || !is_digit(*p)) return 0;
    while (p < end) {
        if (is_digit(*p)) *(*out)++ = *p++;
        else if (*p == '_' && p + 1 < end && is_digit(p[1]) && p > s) p++;
        else break;
    }
    return (size_t)(p - s);
}

static bool ci_eq(const char *s, size_t n, const char *word) {
    if (strlen(word) != n) return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i]) return false;
    return true;
}

/* Parses a float literal in s[0:len] (ASCII, already whitespace-normalised).
 * Returns 0 and *out on success, -1 if invalid. */
static int parse_float_text(const char *s, size_t len, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    size_t rest = (size_t)(end - p);
    if (ci_eq(p, rest, "inf") || ci_eq(p, rest, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (ci_eq(p, rest, "nan")) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    char small[128];
    char *buf = rest + 8 < sizeof small ? small : malloc(rest + 8);
    if (!buf) return -2;
    char *w = buf;
    if (neg) *w++ = '-';
    size_t nint = scan_digits(p, end, &w);
    p += nint;
    size_t nfrac = 0;
    if (p < end && *p == '.') {
        *w++ = *p++;
        nfrac = scan_digits(p, end, &w);
        p += nfrac;
    }
    int rc = 0;
    if (nint == 0 && nfrac == 0) rc = -1;
    if (rc == 0 && p < end && (*p == 'e' || *p == 'E')) {
        *w++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *w++ = *p++;
        size_t nexp = scan_digits(p, end, &w);
        if (nexp == 0) rc = -1;
        p += nexp;
    }
    if (rc == 0 && p != end) rc = -1;
    if (rc == 0) {
        *w = '\0';
        *out = strtod(buf, NULL);
    }
    if (buf != small) free(buf);
    return rc;
}

static Object *float_from_text(const char *s, size_t len, Object *orig) {
    double v = 0.0; /* set when rc is 0 (gcc -O1 cannot tell) */
    int rc = parse_float_text(s, len, &v);
    if (rc == -2) return Err_NoMemory();
    if (rc < 0) {
        Err_Format(Exc_ValueError, "could not convert string to float: %R", orig);
        return NULL;
    }
    return Float_From(v);
}

Object *Float_FromString(Object *s) {
    if (Str_Check(s)) {
        ssize_t n = STR_LEN(s);
        char small[128] = {0};
        char *buf = n < (ssize_t)sizeof small ? small : malloc((size_t)n + 1);
        if (!buf) return Err_NoMemory();
        for (ssize_t i = 0; i < n; i++) {
            uint32_t c = STR_CHAR(s, i);
            if (c < 128) buf[i] = (char)c;
            else if (Uni_IsSpace(c)) buf[i] = ' ';
            else {
                int d = Uni_Record(c)->decimal;
                buf[i] = d >= 0 ? (char)('0' + d) : '?';
            }
        }
        Object *r = float_from_text(buf, (size_t)n, s);
        if (buf != small) free(buf);
        return r;
    }
    if (Bytes_Check(s)) return float_from_text((const char *)BYTES_DATA(s), (size_t)BYTES_LEN(s), s);
    if (!IS_SMALL(s) && Type_IsSubtype(TYPE(s), &ByteArray_Type))
        return float_from_text((const char *)((ByteArray *)s)->data, (size_t)((ByteArray *)s)->len, s);
    const uint8_t *p;
    ssize_t n;
    if (Bytes_GetBuffer(s, &p, &n)) return float_from_text((const char *)p, (size_t)n, s);
    Err_Format(Exc_TypeError, "float() argument must be a string or a real number, not '%s'", TYPE_NAME(s));
    return NULL;
}

Object *Float_FromObject(Object *x) {
    if (Float_CheckExact(x)) return NEWREF(x);
    if (IS_SMALL(x)) return Float_From((double)SMALL_VAL(x));
    Type *t = TYPE(x);
    bool found = false;
    double v = -1.0;
    if (t->nb_float) v = via_float_dunder(x, &found);
    else if (t->nb_index) v = via_index(x, &found);
    else if (Str_Check(x) || Bytes_Check(x) || Type_IsSubtype(t, &ByteArray_Type) || t->as_buffer)
        return Float_FromString(x);
    if (!found) v = via_float_dunder(x, &found);
    if (!found) v = via_index(x, &found);
    if (!found) {
        Err_Format(Exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                   TYPE_NAME(x));
        return NULL;
    }
    if (v == -1.0 && Err_Occurred()) return NULL;
    return Float_From(v);
}

static Object *float_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *x;
    if (Arg_Unpack(Float_Type.args, "float", args, nargs, kwnames, &x) < 0) return NULL;
    Object *v = x ? Float_FromObject(x) : Float_From(0.0);
    if (!v || t == &Float_Type) return v;
    Object *r = float_subtype_from(t, FLOAT_VAL(v));
    DECREF(v);
    return r;
}

/* ---- arithmetic ------------------------------------------------------------ */

static Object *zero_division(void) {
    Err_SetString(Exc_ZeroDivisionError, "division by zero");
    return NULL;
}

static Object *float_add(Object *a, Object *b) {
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return Float_From(x + y);
}
static Object *float_sub(Object *a, Object *b) {
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return Float_From(x - y);
}
static Object *float_mul(Object *a, Object *b) {
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return Float_From(x * y);
}
static Object *float_div(Object *a, Object *b) {
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) return zero_division();
    return Float_From(x / y);
}

/* Python's floor division and modulo: the remainder takes the divisor's sign. */
static void float_divmod_raw(double x, double y, double *q, double *r) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double fl;
    if (div != 0.0) {
        fl = floor(div);
        if (div - fl > 0.5) fl += 1.0;
    } else {
        fl = copysign(0.0, x / y);
    }
    *q = fl;
    *r = mod;
}

static Object *float_floordiv(Object *a, Object *b) {
    double x, y, q, r;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) return zero_division();
    float_divmod_raw(x, y, &q, &r);
    return Float_From(q);
}

static Object *float_mod(Object *a, Object *b) {
    double x, y, q, r;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) return zero_division();
    float_divmod_raw(x, y, &q, &r);
    return Float_From(r);
}

Object *Float_DivMod(Object *a, Object *b) {
    double x, y, q, r;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) return zero_division();
    float_divmod_raw(x, y, &q, &r);
    Object *items[2] = {Float_From(q), Float_From(r)};
    if (!items[0] || !items[1]) {
        XDECREF(items[0]);
        XDECREF(items[1]);
        return NULL;
    }
    return Tuple_FromArraySteal(items, 2);
}

static bool is_odd_integer(double w) {
    return fmod(fabs(w), 2.0) == 1.0;
}

static Object *float_pow(Object *a, Object *b) {
    double iv, iw;
    CONVERT_BOTH(a, b, iv, iw);
    if (iw == 0.0) return Float_From(1.0);
    if (isnan(iv)) return Float_From(iv == 1.0 ? 1.0 : iv);
    if (isnan(iw)) return Float_From(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        double av = fabs(iv);
        if (av == 1.0) return Float_From(1.0);
        if ((iw > 0) == (av > 1.0)) return Float_From(fabs(iw));
        return Float_From(0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0) return Float_From(odd ? iv : fabs(iv));
        return Float_From(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0) {
            Err_SetString(Exc_ZeroDivisionError, "zero to a negative power");
            return NULL;
        }
        return Float_From(is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) return Complex_PowParts(iv, 0.0, iw, 0.0);
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return Float_From(negate ? -1.0 : 1.0);
    double r = pow(iv, iw);
    if (isinf(r)) {
        Err_SetString(Exc_OverflowError, "(34, 'Numerical result out of range')");
        return NULL;
    }
    return Float_From(negate ? -r : r);
}

/* pow(a, b, m) reaching float's slot: any modulus is refused before the
 * operands are looked at, as CPython's does. */
static Object *float_pow3(Object *a, Object *b, Object *m) {
    if (m == OBJ_NONE) return float_pow(a, b);
    Err_SetString(Exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return NULL;
}

static Object *float_neg(Object *a) { return Float_From(-FLOAT_VAL(a)); }
static Object *float_pos(Object *a) { return Float_CheckExact(a) ? NEWREF(a) : Float_From(FLOAT_VAL(a)); }
static Object *float_abs(Object *a) { return Float_From(fabs(FLOAT_VAL(a))); }
static int float_bool(Object *a) { return FLOAT_VAL(a) != 0.0; }
static Object *float_int(Object *a) { return Int_FromDouble(FLOAT_VAL(a)); }

/* ---- comparison -------------------------------------------------------------- */

/* Exact comparison of double x with int i: -1, 0, 1 (x must not be nan). */
static int cmp_double_int(double x, Object *i) {
    if (isinf(x)) return x > 0 ? 1 : -1;
    if (IS_SMALL(i)) {
        int64_t v = SMALL_VAL(i);
        if (v > -((int64_t)1 << 53) && v < ((int64_t)1 << 53)) {
            double d = (double)v;
            return (x > d) - (x < d);
        }
    }
    mpz_t zi, zt;
    mpz_init(zi);
    Int_ToMpz(i, zi);
    double t = trunc(x);
    mpz_init_set_d(zt, t);
    int c = mpz_cmp(zt, zi);
    if (c == 0) {
        double frac = x - t;
        c = (frac > 0) - (frac < 0);
    }
    mpz_clear(zi);
    mpz_clear(zt);
    return (c > 0) - (c < 0);
}

static Object *float_richcompare(Object *a, Object *b, int op) {
    double x = FLOAT_VAL(a);
    int c;
    if (Float_Check(b)) {
        double y = FLOAT_VAL(b);
        if (isnan(x) || isnan(y)) RETURN_BOOL(op == CMP_NE);
        c = (x > y) - (x < y);
    } else if (Int_Check(b)) {
        if (isnan(x)) RETURN_BOOL(op == CMP_NE);
        c = cmp_double_int(x, b);
    } else {
        return NEWREF(OBJ_NOTIMPL);
    }
    RETURN_BOOL(Cmp_Holds(c, 0, op));
}

/* ---- methods ------------------------------------------------------------------ */

static Object *float_conjugate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return float_pos(self);
}

static Object *float_trunc_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromDouble(FLOAT_VAL(self));
}
static Object *float_int_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromDouble(FLOAT_VAL(self));
}
static Object *float_floor_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromDouble(floor(FLOAT_VAL(self)));
}
static Object *float_ceil_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromDouble(ceil(FLOAT_VAL(self)));
}

static Object *float_is_integer(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double v = FLOAT_VAL(self);
    RETURN_BOOL(isfinite(v) && floor(v) == v);
}

static Object *float_as_integer_ratio(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double v = FLOAT_VAL(self);
    if (isinf(v)) {
        Err_SetString(Exc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(v)) {
        Err_SetString(Exc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int e;
    double m = frexp(v, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e >= 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    Object *items[2] = {Int_FromMpz(num), Int_FromMpz(den)};
    mpz_clear(num);
    mpz_clear(den);
    if (!items[0] || !items[1]) {
        XDECREF(items[0]);
        XDECREF(items[1]);
        return NULL;
    }
    return Tuple_FromArraySteal(items, 2);
}

static Object *float_getnewargs(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *f = Float_From(FLOAT_VAL(self));
    if (!f) return NULL;
    return Tuple_FromArraySteal(&f, 1);
}

static Object *float_format_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "__format__() argument must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    return Float_Format(self, args[0]);
}

/* Rounds |x| to a multiple of 10**k (k > 0), half-even, exactly. */
static double round_to_tens(double ax, long k, bool *overflow) {
    int e;
    double m = frexp(ax, &e);
    mpz_t M, P, q, r;
    mpz_inits(M, P, q, r, NULL);
    mpz_set_d(M, ldexp(m, 53));
    e -= 53;
    mpz_ui_pow_ui(P, 10, (unsigned long)k);
    if (e >= 0) {
        mpz_mul_2exp(M, M, (mp_bitcnt_t)e);
        mpz_fdiv_qr(q, r, M, P);
        mpz_mul_2exp(r, r, 1);
        int c = mpz_cmp(r, P);
        if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    } else {
        mpz_t D;
        mpz_init(D);
        mpz_mul_2exp(D, P, (mp_bitcnt_t)-e);
        mpz_fdiv_qr(q, r, M, D);
        mpz_mul_2exp(r, r, 1);
        int c = mpz_cmp(r, D);
        if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
        mpz_clear(D);
    }
    mpz_mul(q, q, P);
    double res = Int_MpzToDouble(q);
    *overflow = isinf(res);
    mpz_clears(M, P, q, r, NULL);
    return res;
}

static Object *float_round(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double x = FLOAT_VAL(self);
    if (nargs == 0 || args[0] == OBJ_NONE) {
        double r = rint(x); /* default rounding mode: half-even */
        return Int_FromDouble(r);
    }
    Object *nd = Obj_Index(args[0]);
    if (!nd) return NULL;
    int64_t n;
    if (Int_AsI64(nd, &n) < 0) {
        Err_Clear();
        n = Int_Sign(nd) > 0 ? INT64_MAX : INT64_MIN;
    }
    DECREF(nd);
    if (!isfinite(x) || x == 0.0) return Float_From(x);
    if (n > 323) return Float_From(x);
    if (n < -308) return Float_From(0.0 * x);
    double r;
    if (n >= 0) {
        size_t cap = 330 + (size_t)n + 8;
        char *buf = malloc(cap);
        if (!buf) return Err_NoMemory();
        snprintf(buf, cap, "%.*f", (int)n, x);
        r = strtod(buf, NULL);
        free(buf);
    } else {
        bool overflow;
        r = round_to_tens(fabs(x), (long)-n, &overflow);
        if (overflow) {
            Err_SetString(Exc_OverflowError, "rounded value too large to represent");
            return NULL;
        }
        r = copysign(r, x);
    }
    return Float_From(r);
}

static Object *float_hex(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double v = FLOAT_VAL(self);
    char buf[64];
    if (isnan(v) || isinf(v)) {
        int n = Float_ReprBuf(v, buf);
        return Str_FromLatin1(buf, n);
    }
    const char *sign = signbit(v) ? "-" : "";
    v = fabs(v);
    if (v == 0.0) {
        snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
        return Str_FromLatin1(buf, -1);
    }
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    int bexp = (int)(bits >> 52);
    uint64_t frac = bits & 0xFFFFFFFFFFFFFull;
    int lead = 1, e;
    if (bexp == 0) {
        lead = 0;
        e = -1022;
    } else {
        e = bexp - 1023;
    }
    snprintf(buf, sizeof buf, "%s0x%d.%013llxp%c%d", sign, lead, (unsigned long long)frac, e < 0 ? '-' : '+',
             e < 0 ? -e : e);
    return Str_FromLatin1(buf, -1);
}

static int hex_val(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] decdigits] */
static Object *float_fromhex(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    Object *s = args[0];
    if (!Str_Check(s)) {
        Err_SetString(Exc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    ssize_t len;
    const char *text = Str_AsUTF8(s, &len);
    if (!text) return NULL;
    const char *p = text, *end = text + len;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
    bool neg = false;
    double result;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    size_t rest = (size_t)(end - p);
    if (ci_eq(p, rest, "inf") || ci_eq(p, rest, "infinity")) {
        result = INFINITY;
        goto finish;
    }
    if (ci_eq(p, rest, "nan")) {
        result = NAN;
        goto finish;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
    {
        mpz_t M;
        mpz_init(M);
        long exp = 0;
        int ndig = 0;
        while (p < end && hex_val(*p) >= 0) {
            mpz_mul_2exp(M, M, 4);
            mpz_add_ui(M, M, (unsigned long)hex_val(*p++));
            ndig++;
        }
        if (p < end && *p == '.') {
            p++;
            while (p < end && hex_val(*p) >= 0) {
                mpz_mul_2exp(M, M, 4);
                mpz_add_ui(M, M, (unsigned long)hex_val(*p++));
                exp -= 4;
                ndig++;
            }
        }
        bool ok = ndig > 0;
        if (ok && p < end && (*p | 0x20) == 'p') {
            p++;
            bool eneg = false;
            if (p < end && (*p == '+' || *p == '-')) eneg = *p++ == '-';
            if (p >= end || !is_digit(*p)) ok = false;
            long ev = 0;
            while (p < end && is_digit(*p)) {
                if (ev < 100000000L) ev = ev * 10 + (*p - '0');
                p++;
            }
            exp += eneg ? -ev : ev;
        }
        if (!ok || p != end) {
            mpz_clear(M);
            Err_SetString(Exc_ValueError, "invalid hexadecimal floating-point string");
            return NULL;
        }
        if (mpz_sgn(M) == 0) {
            mpz_clear(M);
            result = 0.0;
            goto finish;
        }
        /* value = M * 2**exp: round to 53 bits (fewer for subnormals), half-even */
        long top = (long)mpz_sizeinbase(M, 2) + exp; /* value < 2**top */
        if (top > 1025) {
            mpz_clear(M);
            goto overflow;
        }
        long u = top - 53;
        if (u < -1074) u = -1074;
        if (u > exp) {
            mp_bitcnt_t sh = (mp_bitcnt_t)(u - exp);
            if (sh > mpz_sizeinbase(M, 2) + 1) {
                mpz_set_ui(M, 0);
            } else {
                bool half = mpz_tstbit(M, sh - 1);
                bool sticky = half && mpz_scan1(M, 0) < sh - 1;
                mpz_tdiv_q_2exp(M, M, sh);
                if (half && (sticky || mpz_odd_p(M))) mpz_add_ui(M, M, 1);
            }
            exp = u;
        }
        result = ldexp(mpz_get_d(M), (int)exp);
        mpz_clear(M);
        if (isinf(result)) goto overflow;
    }
finish:
    if (neg) result = -result;
    {
        Object *f = Float_From(result);
        if (!f || (Type *)cls == &Float_Type) return f;
        Object *r = Obj_CallOneArg(cls, f);
        DECREF(f);
        return r;
    }
overflow:
    Err_SetString(Exc_OverflowError, "hexadecimal value too large to represent as a float");
    return NULL;
}

static Object *float_from_number(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    Object *x = args[0];
    if (Str_Check(x) || Bytes_Check(x) || (!IS_SMALL(x) && Type_IsSubtype(TYPE(x), &ByteArray_Type))) {
        Err_Format(Exc_TypeError, "must be real number, not %s", TYPE_NAME(x));
        return NULL;
    }
    double v = Float_AsDouble(x);
    if (v == -1.0 && Err_Occurred()) return NULL;
    Object *f = Float_From(v);
    if (!f || (Type *)cls == &Float_Type) return f;
    Object *r = Obj_CallOneArg(cls, f);
    DECREF(f);
    return r;
}


static Object *float_getformat(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "__getformat__() argument must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    if (!Str_EqC(args[0], "double") && !Str_EqC(args[0], "float")) {
        Err_SetString(Exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
        return NULL;
    }
    return Str_FromLatin1("IEEE, little-endian", -1);
}

static Object *float_divmod_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Float_DivMod(self, args[0]);
}
static Object *float_rdivmod_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Float_DivMod(args[0], self);
}

static Object *float_get_real(Object *self) { return float_pos(self); }
static Object *float_get_imag(Object *self) { return Float_From(0.0); }

static const MethodDef float_methods[] = {
    {"conjugate", float_conjugate, 0, ARGS("($self, /)", "Return self, the complex conjugate of any float.")},
    {"__trunc__", float_trunc_m, 0, ARGS("($self, /)", "Return the Integral closest to x between 0 and x.")},
    {"__floor__", float_floor_m, 0, ARGS("($self, /)", "Return the floor as an Integral.")},
    {"__ceil__", float_ceil_m, 0, ARGS("($self, /)", "Return the ceiling as an Integral.")},
    {"__int__", float_int_m, 0, ARGS_F(ARG_WRAPPER_STYLE, "($self, /)", "int(self)")},
    {"__round__", float_round, 0,
     ARGS("($self, ndigits=None, /)", "Return the Integral closest to x, rounding half toward even.")},
    {"as_integer_ratio", float_as_integer_ratio, 0,
     ARGS("($self, /)", "Return a pair of integers, whose ratio is exactly equal to the original float.")},
    {"fromhex", float_fromhex, METH_CLASS,
     ARGS("($type, string, /)", "Create a floating-point number from a hexadecimal string.")},
    {"from_number", float_from_number, METH_CLASS,
     ARGS("($type, number, /)", "Convert real number to a floating-point number.")},
    {"hex", float_hex, 0, ARGS("($self, /)", "Return a hexadecimal representation of a floating-point number.")},
    {"is_integer", float_is_integer, 0, ARGS("($self, /)", "Return True if the float is an integer.")},
    {"__getnewargs__", float_getnewargs, 0, ARGS("($self, /)", NULL)},
    {"__format__", float_format_m, 0, ARGS("($self, format_spec, /)", "Formats the float according to format_spec.")},
    {"__getformat__", float_getformat, METH_CLASS,
     ARGS("($type, typestr, /)", "You probably don't want to use this function.")},
    {"__divmod__", float_divmod_m, 0, ARGS_F(ARG_WRAPPER_STYLE, "($self, value, /)", "Return divmod(self, value).")},
    {"__rdivmod__", float_rdivmod_m, 0, ARGS_F(ARG_WRAPPER_STYLE, "($self, value, /)", "Return divmod(value, self).")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number"},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

Type Float_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "float",
    .basicsize = sizeof(Float),
    .flags = TPFLAG_BASETYPE | TPFLAG_LEAF,
    .doc = "Convert a string or number to a floating-point number, if possible.",
    .args = ARGS("(x=0, /)", NULL),
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .nb = {
        [NB_ADD] = float_add, [NB_SUBTRACT] = float_sub, [NB_MULTIPLY] = float_mul,
        [NB_TRUE_DIVIDE] = float_div, [NB_FLOOR_DIVIDE] = float_floordiv, [NB_REMAINDER] = float_mod,
        [NB_POWER] = float_pow,
    },
    .nb_power3 = float_pow3,
    .nb_negative = float_neg,
    .nb_positive = float_pos,
    .nb_absolute = float_abs,
    .nb_int = float_int,
    .nb_float = float_pos,
    .nb_bool = float_bool,
    .new_ = float_new,
    .methods = float_methods,
    .getset = float_getset,
};
