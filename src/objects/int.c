/* int and bool.
 *
 * A value is either a tagged small int (object.h) or a BigInt holding a GMP
 * integer.  A BigInt may hold a small value (True/False, subclass instances),
 * so operands are read through zv_init / as_small, and results are made
 * canonical by Int_FromMpzSteal / Int_FromMpz (small range comes back tagged).
 * Python's floor semantics map onto GMP's fdiv functions, and GMP's bitwise
 * functions already use two's-complement semantics on negatives. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "modules/_warnings.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/formatspec.h"
#include "runtime/hash.h"
#include "runtime/interp.h"



/* Results wider than this many bits raise MemoryError instead of letting
 * GMP abort the process. */
#define MAX_RESULT_BITS ((uint64_t)1 << 34)

/* ---- the static bools ------------------------------------------------------ */
static mp_limb_t limb_one = 1, limb_zero = 0;
static BigInt true_obj = {OBJ_HEAD_INIT(&Bool_Type), MPZ_ROINIT_N(&limb_one, 1)};
static BigInt false_obj = {OBJ_HEAD_INIT(&Bool_Type), MPZ_ROINIT_N(&limb_zero, 0)};
Object *const True_Obj_p = (Object *)&true_obj;
Object *const False_Obj_p = (Object *)&false_obj;

void Int_Init(void) {
    /* The bools are statically initialised read-only GMP values; nothing to do
     * beyond keeping this hook for start-up ordering. */
}

/* ---- reading values ---------------------------------------------------------- */

#define BIGZ(o) (((BigInt *)(o))->z)

/* A read-only mpz view of an int object: borrowed for BigInts, a temporary
 * for tagged values.  Always pair with zv_clear. */
typedef struct ZV {
    mpz_t tmp;
    mpz_srcptr p;
} ZV;

static inline void zv_init(ZV *v, Object *o) {
    if (IS_SMALL(o)) {
        mpz_init_set_si(v->tmp, (long)SMALL_VAL(o));
        v->p = v->tmp;
    } else {
        v->p = BIGZ(o);
    }
}
static inline void zv_clear(ZV *v) {
    if (v->p == v->tmp) mpz_clear(v->tmp);
}

/* True with the value in *v when o (an int) is within the small range. */
static inline bool as_small(Object *o, int64_t *v) {
    if (IS_SMALL(o)) {
        *v = SMALL_VAL(o);
        return true;
    }
    mpz_srcptr z = BIGZ(o);
    if (mpz_size(z) > 1 || !mpz_fits_slong_p(z)) return false;
    long l = mpz_get_si(z);
    if (!SMALL_FITS(l)) return false;
    *v = l;
    return true;
}

void Int_ToMpz(Object *o, mpz_t z) {
    if (IS_SMALL(o)) mpz_set_si(z, (long)SMALL_VAL(o));
    else mpz_set(z, BIGZ(o));
}

int Int_Sign(Object *o) {
    if (IS_SMALL(o)) {
        int64_t v = SMALL_VAL(o);
        return (v > 0) - (v < 0);
    }
    return mpz_sgn(BIGZ(o));
}

/* ---- building values ------------------------------------------------------- */

static Object *big_alloc(Type *t) {
    size_t size = t == &Int_Type ? sizeof(BigInt) : (size_t)t->basicsize;
    if (size < sizeof(BigInt)) size = sizeof(BigInt);
    BigInt *b = (BigInt *)Obj_Alloc(t, size);
    if (!b) return NULL;
    mpz_init(b->z);
    return (Object *)b;
}

Object *Int_FromI64(int64_t v) {
    if (SMALL_FITS(v)) return SMALL_FROM(v);
    Object *b = big_alloc(&Int_Type);
    if (!b) return NULL;
    mpz_set_si(BIGZ(b), (long)v);
    return b;
}

Object *Int_FromU64(uint64_t v) {
    if (v <= (uint64_t)SMALL_MAX) return SMALL_FROM((int64_t)v);
    Object *b = big_alloc(&Int_Type);
    if (!b) return NULL;
    mpz_set_ui(BIGZ(b), (unsigned long)v);
    return b;
}

static inline bool mpz_small(mpz_srcptr z, int64_t *v) {
    if (mpz_size(z) > 1 || !mpz_fits_slong_p(z)) return false;
    long l = mpz_get_si(z);
    if (!SMALL_FITS(l)) return false;
    *v = l;
    return true;
}

Object *Int_FromMpz(const mpz_t z) {
    int64_t v;
    if (mpz_small(z, &v)) return SMALL_FROM(v);
    Object *b = big_alloc(&Int_Type);
    if (!b) return NULL;
    mpz_set(BIGZ(b), z);
    return b;
}

/* Moves the value out of z (initialised, owned by the caller) into a new int;
 * z is cleared either way. */
Object *Int_FromMpzSteal(mpz_t z) {
    int64_t v;
    if (mpz_small(z, &v)) {
        mpz_clear(z);
        return SMALL_FROM(v);
    }
    BigInt *b = (BigInt *)Obj_Alloc(&Int_Type, sizeof(BigInt));
    if (!b) {
        mpz_clear(z);
        return NULL;
    }
    b->z[0] = z[0];
    return (Object *)b;
}

/* The exact int with the value of o (an int, possibly bool or subclass). */
static Object *int_exact(Object *o) {
    if (Int_CheckExact(o)) return NEWREF(o);
    return Int_FromMpz(BIGZ(o));
}

Object *Int_FromDouble(double d) {
    if (isnan(d)) {
        Err_SetString(Exc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    if (isinf(d)) {
        Err_SetString(Exc_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (d > -4e18 && d < 4e18) return Int_FromI64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return Int_FromMpzSteal(z);
}

/* ---- conversions to C ------------------------------------------------------ */

int Int_AsUnsigned(Object *o, const char *ctype, uint64_t max, uint64_t *out) {
    Object *i = Obj_Index(o);
    if (!i) return -1;
    if (Int_Sign(i) < 0) {
        DECREF(i);
        Err_SetString(Exc_ValueError, "Cannot convert negative int");
        return -1;
    }
    bool too_large = false;
    uint64_t v = 0;
    if (IS_SMALL(i)) {
        v = (uint64_t)SMALL_VAL(i);
    } else {
        too_large = mpz_sizeinbase(BIGZ(i), 2) > 64;
        if (!too_large) v = (uint64_t)mpz_get_ui(BIGZ(i));
    }
    DECREF(i);
    if (too_large || v > max) {
        Err_Format(Exc_OverflowError, "Python int too large for C %s", ctype);
        return -1;
    }
    *out = v;
    return 0;
}

int Int_AsI64(Object *o, int64_t *out) {
    if (IS_SMALL(o)) {
        *out = SMALL_VAL(o);
        return 0;
    }
    Object *idx = NULL;
    if (!Int_Check(o)) {
        idx = Obj_Index(o);
        if (!idx) return -1;
        if (IS_SMALL(idx)) {
            *out = SMALL_VAL(idx);
            return 0;
        }
        o = idx;
    }
    mpz_srcptr z = BIGZ(o);
    if (!mpz_fits_slong_p(z)) {
        XDECREF(idx);
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = mpz_get_si(z);
    XDECREF(idx);
    return 0;
}

int64_t Int_IndexInRange(Object *o, int64_t max, Type *exc, const char *text) {
    Object *i = Obj_Index(o);
    if (!i) return -1;
    int64_t x;
    bool fits = Int_AsI64(i, &x) == 0;
    DECREF(i);
    if (!fits) Err_Clear();
    if (fits && x >= 0 && x <= max) return x;
    Err_SetString(exc, text);
    return -1;
}

ssize_t Int_AsSsize(Object *o) {
    if (IS_SMALL(o)) return (ssize_t)SMALL_VAL(o);
    Object *idx = NULL;
    if (!Int_Check(o)) {
        idx = Obj_Index(o);
        if (!idx) return -1;
        if (IS_SMALL(idx)) return (ssize_t)SMALL_VAL(idx);
        o = idx;
    }
    mpz_srcptr z = BIGZ(o);
    if (!mpz_fits_slong_p(z)) {
        XDECREF(idx);
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    ssize_t r = (ssize_t)mpz_get_si(z);
    XDECREF(idx);
    return r;
}

/* Nearest double to z, rounding half-even; +-HUGE_VAL when out of range. */
double Int_MpzToDouble(const mpz_t z) {
    size_t nbits = mpz_sizeinbase(z, 2);
    if (mpz_sgn(z) == 0) return 0.0;
    if (nbits <= 53) return mpz_get_d(z); /* exact */
    if (nbits > 1024) return mpz_sgn(z) < 0 ? -HUGE_VAL : HUGE_VAL;
    mp_bitcnt_t shift = nbits - 53;
    mpz_t q;
    mpz_init(q);
    mpz_abs(q, z);
    bool half = mpz_tstbit(q, shift - 1);
    bool sticky = half && mpz_scan1(q, 0) < shift - 1;
    mpz_tdiv_q_2exp(q, q, shift);
    uint64_t m = (uint64_t)mpz_get_ui(q);
    mpz_clear(q);
    if (half && (sticky || (m & 1))) m++;
    double r = ldexp((double)m, (int)shift);
    return mpz_sgn(z) < 0 ? -r : r;
}

double Int_AsDouble(Object *o) {
    int64_t v;
    if (!Int_Check(o)) {
        Err_Format(Exc_TypeError, "must be real number, not %s", TYPE_NAME(o));
        return -1.0;
    }
    if (as_small(o, &v)) {
        /* |v| < 2**62: int64 -> double rounds half-even, as required. */
        return (double)v;
    }
    double r = Int_MpzToDouble(BIGZ(o));
    if (isinf(r)) {
        Err_SetString(Exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return r;
}

int Int_Compare(Object *a, Object *b) {
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) return (x > y) - (x < y);
    ZV va, vb;
    zv_init(&va, a);
    zv_init(&vb, b);
    int c = mpz_cmp(va.p, vb.p);
    zv_clear(&va);
    zv_clear(&vb);
    return (c > 0) - (c < 0);
}

hash_t Int_Hash(Object *o) {
    int64_t v;
    hash_t h;
    if (as_small(o, &v)) {
        uint64_t a = v < 0 ? (uint64_t)(-v) : (uint64_t)v;
        h = (hash_t)(a % (uint64_t)HASH_MODULUS);
        if (v < 0) h = -h;
    } else {
        mpz_srcptr z = BIGZ(o);
        h = (hash_t)mpz_tdiv_ui(z, (unsigned long)HASH_MODULUS); /* |z| mod M */
        if (mpz_sgn(z) < 0) h = -h;
    }
    return h == -1 ? -2 : h;
}

/* ---- text ---------------------------------------------------------------- */

/* The int<->str digit limit of the current interpreter
 * (sys.set_int_max_str_digits): 0 means unlimited. */
static inline int max_str_digits(void) { return g_interp->int_max_str_digits; }

static void raise_str_limit(void) {
    Err_Format(Exc_ValueError,
               "Exceeds the limit (%d digits) for integer string conversion; "
               "use sys.set_int_max_str_digits() to increase the limit",
               max_str_digits());
}

/* The length of the decimal text of v, sign included. */
static int decimal_len(int64_t v) {
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    int n = 1 + (v < 0);
    for (uint64_t p = 10; u >= p; p *= 10) {
        n++;
        if (p > UINT64_MAX / 10) break; /* u has 20 digits */
    }
    return n;
}

/* Writes the decimal text of v (sign included, decimal_len(v) characters,
 * no NUL) ending just before end, two digits per division. */
static void decimal_write(int64_t v, char *end) {
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    while (u >= 100) {
        unsigned r = (unsigned)(u % 100);
        u /= 100;
        *--end = pairs[2 * r + 1];
        *--end = pairs[2 * r];
    }
    if (u >= 10) {
        *--end = pairs[2 * u + 1];
        *--end = pairs[2 * u];
    } else {
        *--end = (char)('0' + u);
    }
    if (v < 0) *--end = '-';
}

/* Decimal text of o into a malloc'd buffer (caller frees), or NULL with an
 * exception (digit limit or memory). */
char *Int_DecimalText(Object *o, size_t *len) {
    int64_t v;
    if (as_small(o, &v)) {
        char *buf = malloc(24);
        if (!buf) {
            Err_NoMemory();
            return NULL;
        }
        int n = decimal_len(v);
        decimal_write(v, buf + n);
        buf[n] = '\0';
        *len = (size_t)n;
        return buf;
    }
    mpz_srcptr z = BIGZ(o);
    size_t est = mpz_sizeinbase(z, 10); /* exact or one too big */
    if (max_str_digits() > 0 && est > (size_t)max_str_digits() + 1) {
        raise_str_limit();
        return NULL;
    }
    char *buf = malloc(est + 2);
    if (!buf) {
        Err_NoMemory();
        return NULL;
    }
    mpz_get_str(buf, 10, z);
    size_t n = strlen(buf);
    size_t ndigits = n - (buf[0] == '-');
    if (max_str_digits() > 0 && ndigits > (size_t)max_str_digits()) {
        free(buf);
        raise_str_limit();
        return NULL;
    }
    *len = n;
    return buf;
}

Object *Int_Repr(Object *o) {
    int64_t v;
    if (as_small(o, &v)) {
        if (v >= 0 && v < 10) return Str_FromChar((uint32_t)('0' + v));
        int n = decimal_len(v);
        Object *r = Str_NewRaw(n, '9'); /* ASCII: the digits go straight into its data */
        if (r) decimal_write(v, (char *)STR_DATA(r) + n);
        return r;
    }
    size_t n;
    char *text = Int_DecimalText(o, &n);
    if (!text) return NULL;
    Object *r = Str_FromLatin1(text, (ssize_t)n);
    free(text);
    return r;
}

Object *Int_ToBase(Object *o, int base, bool prefix) {
    if (base == 10) return Int_Repr(o);
    ZV v;
    zv_init(&v, o);
    size_t est = mpz_sizeinbase(v.p, base);
    char *buf = malloc(est + 5);
    if (!buf) {
        zv_clear(&v);
        return Err_NoMemory();
    }
    char *p = buf;
    if (mpz_sgn(v.p) < 0) *p++ = '-';
    if (prefix) {
        *p++ = '0';
        *p++ = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, v.p);
    mpz_get_str(p, base, a);
    mpz_clear(a);
    zv_clear(&v);
    Object *r = Str_FromLatin1(buf, -1);
    free(buf);
    return r;
}

/* ---- parsing ------------------------------------------------------------- */

static bool ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Raises the "invalid literal" error; orig is the object whose repr is shown
 * (NULL: the text itself). */
static Object *invalid_literal(const char *s, size_t len, int base, Object *orig) {
    Object *shown;
    const uint8_t *data;
    ssize_t n;
    if (orig && !Bytes_Check(orig) && !Str_Check(orig) && Bytes_GetBuffer(orig, &data, &n))
        shown = Bytes_From(data, n); /* a bytearray shows as bytes, as in CPython */
    else
        shown = orig ? NEWREF(orig) : Str_FromUTF8(s, (ssize_t)len);
    if (!shown) {
        Err_Clear();
        shown = Str_FromLatin1(s, (ssize_t)len);
        if (!shown) return NULL;
    }
    Object *r = Obj_Repr(shown);
    DECREF(shown);
    if (!r) return NULL;
    Object *cut = r;
    if (STR_LEN(r) > 200) {
        cut = Str_Substring(r, 0, 200);
        DECREF(r);
        if (!cut) return NULL;
    }
    Err_Format(Exc_ValueError, "invalid literal for int() with base %d: %U", base, cut);
    DECREF(cut);
    return NULL;
}

/* Parses an int literal in s[0:len] (ASCII; other bytes never match a digit).
 * base is 0 or 2..36 (checked by the caller). */
static Object *parse_int(const char *s, size_t len, int base, Object *orig) {
    const char *p = s, *end = s + len;
    int shown_base = base;
    while (p < end && ascii_space(*p)) p++;
    while (end > p && ascii_space(end[-1])) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    bool after_prefix = false; /* an underscore may follow a base prefix */
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            after_prefix = true;
        }
    }
    bool zero_rule = false;
    if (base == 0) {
        base = 10;
        zero_rule = p < end && *p == '0'; /* base 0: no leading zeros on non-zero values */
    }
    size_t cap = (size_t)(end - p);
    char small[64];
    char *digits = cap < sizeof small ? small : malloc(cap + 1);
    if (!digits) return Err_NoMemory();
    size_t nd = 0;
    bool ok = p < end;
    bool prev_digit = after_prefix; /* prefix counts as "digit" for the '_' rule */
    const char *q = p;
    for (; q < end && ok; q++) {
        if (*q == '_') {
            if (!prev_digit) ok = false;
            prev_digit = false;
            continue;
        }
        if (digit_value(*q) >= base) {
            ok = false;
            break;
        }
        digits[nd++] = *q;
        prev_digit = true;
    }
    if (ok && (!prev_digit || nd == 0)) ok = false; /* trailing '_' or no digits */
    if (ok && zero_rule) {
        for (size_t i = 0; i < nd; i++)
            if (digits[i] != '0') ok = false;
    }
    if (!ok) {
        if (digits != small) free(digits);
        return invalid_literal(s, len, shown_base, orig);
    }
    digits[nd] = '\0';
    if ((base & (base - 1)) != 0 && max_str_digits() > 0 && nd > (size_t)max_str_digits()) {
        if (digits != small) free(digits);
        Err_Format(Exc_ValueError,
                   "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
                   "digits; use sys.set_int_max_str_digits() to increase the limit",
                   max_str_digits(), nd);
        return NULL;
    }
    Object *r;
    if (nd <= 12 || (base == 10 && nd <= 18)) {
        int64_t v = 0;
        for (size_t i = 0; i < nd; i++) v = v * base + digit_value(digits[i]);
        r = Int_FromI64(neg ? -v : v);
    } else {
        mpz_t z;
        mpz_init(z);
        mpz_set_str(z, digits, base);
        if (neg) mpz_neg(z, z);
        r = Int_FromMpzSteal(z);
    }
    if (digits != small) free(digits);
    return r;
}

Object *Int_FromString(const char *s, ssize_t len, int base) {
    if (len < 0) len = (ssize_t)strlen(s);
    if (base != 0 && (base < 2 || base > 36)) {
        Err_SetString(Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return NULL;
    }
    return parse_int(s, (size_t)len, base, NULL);
}

/* int(str, base): Unicode whitespace becomes ' ', Unicode decimal digits their
 * ASCII digit, then the ASCII parser runs; errors show repr(str). */
static Object *int_from_str_obj(Object *s, int base) {
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
    Object *r = parse_int(buf, (size_t)n, base, s);
    if (buf != small) free(buf);
    return r;
}

static bool is_bytearray(Object *o) {
    return !IS_SMALL(o) && Type_IsSubtype(TYPE(o), &ByteArray_Type);
}

/* Result of __int__/__index__ must be an int; an int subclass is converted. */
static Object *check_int_result(Object *r, const char *what) {
    if (!r) return NULL;
    if (!Int_Check(r)) {
        Err_Format(Exc_TypeError, "%s returned non-int (type %s)", what, TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    if (!Int_CheckExact(r)) {
        Object *e = Warn_StrictSubclass(what, "int", r) < 0 ? NULL : int_exact(r);
        DECREF(r);
        return e;
    }
    return r;
}

Object *Int_FromObject(Object *x) {
    if (Int_CheckExact(x)) return NEWREF(x);
    Type *t = TYPE(x);
    if (t->nb_int) return check_int_result(t->nb_int(x), "__int__");
    if (t->nb_index) return check_int_result(t->nb_index(x), "__index__");
    if (Str_Check(x)) return int_from_str_obj(x, 10);
    if (Bytes_Check(x)) return parse_int((const char *)BYTES_DATA(x), (size_t)BYTES_LEN(x), 10, x);
    if (is_bytearray(x)) {
        ByteArray *ba = (ByteArray *)x;
        return parse_int((const char *)ba->data, (size_t)ba->len, 10, x);
    }
    const uint8_t *p;
    ssize_t n;
    if (Bytes_GetBuffer(x, &p, &n)) return parse_int((const char *)p, (size_t)n, 10, x);
    if (!Type_IsSubtype(t, &Int_Type) && !Str_Check(x)) {
        bool found;
        Object *r = Obj_CallSpecial(x, ID(__int__), NULL, 0, &found);
        if (found) return check_int_result(r, "__int__");
        r = Obj_CallSpecial(x, ID(__index__), NULL, 0, &found);
        if (found) return check_int_result(r, "__index__");
    }
    Err_Format(Exc_TypeError,
               "int() argument must be a string, a bytes-like object or a real number, not '%s'",
               TYPE_NAME(x));
    return NULL;
}

/* ---- arithmetic ------------------------------------------------------------ */

#define BOTH_INTS(a, b)                                                                             \
    do {                                                                                            \
        if (!Int_Check(a) || !Int_Check(b)) return NEWREF(OBJ_NOTIMPL);                             \
    } while (0)

/* Applies a GMP binary function to two int objects. */
typedef void (*MpzBin)(mpz_ptr, mpz_srcptr, mpz_srcptr);
static Object *mpz_binop(Object *a, Object *b, MpzBin fn) {
    ZV va, vb;
    zv_init(&va, a);
    zv_init(&vb, b);
    mpz_t r;
    mpz_init(r);
    fn(r, va.p, vb.p);
    zv_clear(&va);
    zv_clear(&vb);
    return Int_FromMpzSteal(r);
}

static Object *zero_division(void) {
    Err_SetString(Exc_ZeroDivisionError, "division by zero");
    return NULL;
}

static Object *int_add(Object *a, Object *b) {
    BOTH_INTS(a, b);
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) return Int_FromI64(x + y);
    return mpz_binop(a, b, mpz_add);
}

static Object *int_sub(Object *a, Object *b) {
    BOTH_INTS(a, b);
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) return Int_FromI64(x - y);
    return mpz_binop(a, b, mpz_sub);
}

static Object *int_mul(Object *a, Object *b) {
    BOTH_INTS(a, b);
    int64_t x, y, r;
    if (as_small(a, &x) && as_small(b, &y) && !__builtin_mul_overflow(x, y, &r)) return Int_FromI64(r);
    ZV va, vb;
    zv_init(&va, a);
    zv_init(&vb, b);
    if ((uint64_t)mpz_sizeinbase(va.p, 2) + mpz_sizeinbase(vb.p, 2) > MAX_RESULT_BITS) {
        zv_clear(&va);
        zv_clear(&vb);
        return Err_NoMemory();
    }
    mpz_t z;
    mpz_init(z);
    mpz_mul(z, va.p, vb.p);
    zv_clear(&va);
    zv_clear(&vb);
    return Int_FromMpzSteal(z);
}

static int64_t floordiv64(int64_t x, int64_t y) {
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return q;
}
static int64_t mod64(int64_t x, int64_t y) {
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

static Object *int_floordiv(Object *a, Object *b) {
    BOTH_INTS(a, b);
    if (Int_Sign(b) == 0) return zero_division();
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) return Int_FromI64(floordiv64(x, y));
    return mpz_binop(a, b, mpz_fdiv_q);
}

static Object *int_mod(Object *a, Object *b) {
    BOTH_INTS(a, b);
    if (Int_Sign(b) == 0) return zero_division();
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) return Int_FromI64(mod64(x, y));
    return mpz_binop(a, b, mpz_fdiv_r);
}

/* divmod(a, b) for ints: a (q, r) tuple. */
Object *Int_DivMod(Object *a, Object *b) {
    BOTH_INTS(a, b);
    if (Int_Sign(b) == 0) return zero_division();
    Object *q, *r;
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) {
        q = Int_FromI64(floordiv64(x, y));
        r = Int_FromI64(mod64(x, y));
    } else {
        ZV va, vb;
        zv_init(&va, a);
        zv_init(&vb, b);
        mpz_t zq, zr;
        mpz_init(zq);
        mpz_init(zr);
        mpz_fdiv_qr(zq, zr, va.p, vb.p);
        zv_clear(&va);
        zv_clear(&vb);
        q = Int_FromMpzSteal(zq);
        r = Int_FromMpzSteal(zr);
    }
    if (!q || !r) {
        XDECREF(q);
        XDECREF(r);
        return NULL;
    }
    Object *items[2] = {q, r};
    return Tuple_FromArraySteal(items, 2);
}

/* Correctly rounded a / b for integers (b != 0), as CPython's long_true_divide. */
static Object *int_truediv(Object *a, Object *b) {
    BOTH_INTS(a, b);
    if (Int_Sign(b) == 0) return zero_division();
    int64_t x, y;
    const int64_t lim = (int64_t)1 << 53;
    if (as_small(a, &x) && as_small(b, &y) && x <= lim && x >= -lim && y <= lim && y >= -lim)
        return Float_From((double)x / (double)y);
    ZV va, vb;
    zv_init(&va, a);
    zv_init(&vb, b);
    bool neg = (mpz_sgn(va.p) < 0) != (mpz_sgn(vb.p) < 0);
    if (mpz_sgn(va.p) == 0) {
        zv_clear(&va);
        zv_clear(&vb);
        return Float_From(neg ? -0.0 : 0.0);
    }
    mpz_t n, d, q, r;
    mpz_inits(n, d, q, r, NULL);
    mpz_abs(n, va.p);
    mpz_abs(d, vb.p);
    zv_clear(&va);
    zv_clear(&vb);
    /* e with 2**(e-1) <= n/d < 2**e */
    long e = (long)mpz_sizeinbase(n, 2) - (long)mpz_sizeinbase(d, 2);
    Object *res = NULL;
    if (e > 1025) goto overflow;
    if (e < -1080) {
        res = Float_From(neg ? -0.0 : 0.0);
        goto done;
    }
    {
        int c;
        if (e >= 0) {
            mpz_mul_2exp(q, d, (mp_bitcnt_t)e);
            c = mpz_cmp(n, q);
        } else {
            mpz_mul_2exp(q, n, (mp_bitcnt_t)-e);
            c = mpz_cmp(q, d);
        }
        if (c >= 0) e++;
        /* quotient scaled to ulp 2**u */
        long u = e - 53;
        if (u < -1074) u = -1074;
        if (u <= 0) {
            mpz_mul_2exp(n, n, (mp_bitcnt_t)-u);
        } else {
            mpz_mul_2exp(d, d, (mp_bitcnt_t)u);
        }
        mpz_tdiv_qr(q, r, n, d);
        mpz_mul_2exp(r, r, 1);
        int half = mpz_cmp(r, d);
        uint64_t m = (uint64_t)mpz_get_ui(q);
        if (half > 0 || (half == 0 && (m & 1))) m++;
        double v = ldexp((double)m, (int)u);
        if (isinf(v)) goto overflow;
        res = Float_From(neg ? -v : v);
        goto done;
    }
overflow:
    Err_SetString(Exc_OverflowError, "integer division result too large for a float");
done:
    mpz_clears(n, d, q, r, NULL);
    return res;
}

static Object *negative_shift(void) {
    Err_SetString(Exc_ValueError, "negative shift count");
    return NULL;
}

static Object *int_lshift(Object *a, Object *b) {
    BOTH_INTS(a, b);
    if (Int_Sign(b) < 0) return negative_shift();
    int64_t x = 0, s = 0;
    bool bsmall = as_small(b, &s);
    if (as_small(a, &x)) {
        if (x == 0) return SMALL_FROM(0);
        if (bsmall && s < 62) {
            int64_t r = (int64_t)((uint64_t)x << s);
            if ((r >> s) == x && SMALL_FITS(r)) return SMALL_FROM(r);
        }
    } else if (mpz_sgn(BIGZ(a)) == 0) {
        return SMALL_FROM(0);
    }
    if (!bsmall) {
        Err_SetString(Exc_OverflowError, "too many digits in integer");
        return NULL;
    }
    ZV va;
    zv_init(&va, a);
    if ((uint64_t)s + mpz_sizeinbase(va.p, 2) > MAX_RESULT_BITS) {
        zv_clear(&va);
        return Err_NoMemory();
    }
    mpz_t z;
    mpz_init(z);
    mpz_mul_2exp(z, va.p, (mp_bitcnt_t)s);
    zv_clear(&va);
    return Int_FromMpzSteal(z);
}

static Object *int_rshift(Object *a, Object *b) {
    BOTH_INTS(a, b);
    int sb = Int_Sign(b);
    if (sb < 0) return negative_shift();
    int64_t x = 0, s = 0;
    bool bsmall = as_small(b, &s);
    if (as_small(a, &x)) {
        if (!bsmall || s >= 63) return SMALL_FROM(x < 0 ? -1 : 0);
        return SMALL_FROM(x >> s);
    }
    if (!bsmall || (uint64_t)s >= mpz_sizeinbase(BIGZ(a), 2) + 1)
        return SMALL_FROM(mpz_sgn(BIGZ(a)) < 0 ? -1 : 0);
    mpz_t z;
    mpz_init(z);
    mpz_fdiv_q_2exp(z, BIGZ(a), (mp_bitcnt_t)s);
    return Int_FromMpzSteal(z);
}

static Object *int_and(Object *a, Object *b) {
    BOTH_INTS(a, b);
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) return SMALL_FROM(x & y);
    return mpz_binop(a, b, mpz_and);
}
static Object *int_or(Object *a, Object *b) {
    BOTH_INTS(a, b);
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) return SMALL_FROM(x | y);
    return mpz_binop(a, b, mpz_ior);
}
static Object *int_xor(Object *a, Object *b) {
    BOTH_INTS(a, b);
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) return SMALL_FROM(x ^ y);
    return mpz_binop(a, b, mpz_xor);
}

/* a ** b for ints without modulus. */
static Object *int_pow2(Object *a, Object *b) {
    if (Int_Sign(b) < 0) return Float_Type.nb[NB_POWER](a, b);
    int64_t x = 0, e = 0;
    bool esmall = as_small(b, &e);
    if (as_small(a, &x)) {
        if (x == 0) return SMALL_FROM(Int_Sign(b) == 0 ? 1 : 0);
        if (x == 1) return SMALL_FROM(1);
        if (x == -1) {
            bool odd = esmall ? (e & 1) : mpz_odd_p(BIGZ(b));
            return SMALL_FROM(odd ? -1 : 1);
        }
        if (esmall && e < 64) {
            /* repeated squaring with overflow checks */
            int64_t r = 1, base = x;
            int64_t k = e;
            bool ok = true;
            while (k && ok) {
                if (k & 1) ok = !__builtin_mul_overflow(r, base, &r);
                k >>= 1;
                if (k && ok) ok = !__builtin_mul_overflow(base, base, &base);
            }
            if (ok) return Int_FromI64(r);
        }
    }
    if (!esmall) return Err_NoMemory();
    ZV va;
    zv_init(&va, a);
    uint64_t bits = mpz_sizeinbase(va.p, 2);
    if (bits > 1 && (uint64_t)e > MAX_RESULT_BITS / (bits - 1)) {
        zv_clear(&va);
        return Err_NoMemory();
    }
    mpz_t z;
    mpz_init(z);
    mpz_pow_ui(z, va.p, (unsigned long)e);
    zv_clear(&va);
    return Int_FromMpzSteal(z);
}

Object *Int_Pow(Object *a, Object *b, Object *m) {
    if (!m || m == OBJ_NONE) {
        if (!Int_Check(a) || !Int_Check(b)) return NEWREF(OBJ_NOTIMPL);
        return int_pow2(a, b);
    }
    if (!Int_Check(a) || !Int_Check(b) || !Int_Check(m)) {
        Err_SetString(Exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    if (Int_Sign(m) == 0) {
        Err_SetString(Exc_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    ZV va, vb, vm;
    zv_init(&va, a);
    zv_init(&vb, b);
    zv_init(&vm, m);
    mpz_t mod, base, exp, r;
    mpz_inits(mod, base, exp, r, NULL);
    mpz_abs(mod, vm.p);
    mpz_mod(base, va.p, mod);
    mpz_set(exp, vb.p);
    Object *res = NULL;
    if (mpz_sgn(exp) < 0) {
        if (mpz_cmp_ui(mod, 1) == 0) {
            mpz_set_ui(base, 0);
        } else if (!mpz_invert(base, base, mod)) {
            Err_SetString(Exc_ValueError, "base is not invertible for the given modulus");
            goto done;
        }
        mpz_neg(exp, exp);
    }
    mpz_powm(r, base, exp, mod);
    if (mpz_sgn(vm.p) < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, mod);
    res = Int_FromMpz(r);
done:
    zv_clear(&va);
    zv_clear(&vb);
    zv_clear(&vm);
    mpz_clears(mod, base, exp, r, NULL);
    return res;
}

/* pow(a, b, m) reaching int's slot: ints only (anything else is
 * NotImplemented, so the other operands' slots are tried). */
static Object *int_pow3(Object *a, Object *b, Object *m) {
    if (!Int_Check(a) || !Int_Check(b) || (m != OBJ_NONE && !Int_Check(m))) return NEWREF(OBJ_NOTIMPL);
    return Int_Pow(a, b, m);
}

static Object *int_pow(Object *a, Object *b) {
    BOTH_INTS(a, b);
    return int_pow2(a, b);
}

static Object *int_neg(Object *a) {
    int64_t x;
    if (as_small(a, &x)) return Int_FromI64(-x);
    mpz_t z;
    mpz_init(z);
    mpz_neg(z, BIGZ(a));
    return Int_FromMpzSteal(z);
}

static Object *int_pos(Object *a) { return int_exact(a); }

static Object *int_abs(Object *a) {
    int64_t x;
    if (as_small(a, &x)) return Int_FromI64(x < 0 ? -x : x);
    mpz_t z;
    mpz_init(z);
    mpz_abs(z, BIGZ(a));
    return Int_FromMpzSteal(z);
}

static Object *int_invert(Object *a) {
    int64_t x;
    if (as_small(a, &x)) return SMALL_FROM(~x);
    mpz_t z;
    mpz_init(z);
    mpz_com(z, BIGZ(a));
    return Int_FromMpzSteal(z);
}

static int int_bool(Object *a) { return Int_Sign(a) != 0; }

static Object *int_float(Object *a) {
    double d = Int_AsDouble(a);
    if (d == -1.0 && Err_Occurred()) return NULL;
    return Float_From(d);
}

static Object *int_richcompare(Object *a, Object *b, int op) {
    if (!Int_Check(a) || !Int_Check(b)) return NEWREF(OBJ_NOTIMPL);
    int c = a == b ? 0 : Int_Compare(a, b);
    RETURN_BOOL(Cmp_Holds(c, 0, op));
}

static void int_dealloc(Object *o) {
    mpz_clear(BIGZ(o));
    Obj_Free(o);
}

/* ---- constructor ------------------------------------------------------------- */

/* An instance of subtype t with the value of v (an int). */
static Object *int_subtype_from(Type *t, Object *v) {
    Object *o = big_alloc(t);
    if (!o) return NULL;
    Int_ToMpz(v, BIGZ(o));
    return o;
}

static Object *int_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *av[2];
    if (Arg_Unpack(Int_Type.args, "int", args, nargs, kwnames, av) < 0) return NULL;
    Object *x = av[0], *bobj = av[1];
    Object *v;
    if (!x) {
        if (bobj) {
            Err_SetString(Exc_TypeError, "int() missing string argument");
            return NULL;
        }
        v = SMALL_FROM(0);
    } else if (!bobj) {
        v = Int_FromObject(x);
    } else {
        Object *bi = Obj_Index(bobj);
        if (!bi) return NULL;
        int64_t base;
        int rc = Int_AsI64(bi, &base);
        DECREF(bi);
        if (rc < 0) {
            if (!Err_Matches(Exc_OverflowError)) return NULL;
            Err_Clear();
            base = -1;
        }
        if (base != 0 && (base < 2 || base > 36)) {
            Err_SetString(Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
            return NULL;
        }
        if (Str_Check(x)) v = int_from_str_obj(x, (int)base);
        else if (Bytes_Check(x)) v = parse_int((const char *)BYTES_DATA(x), (size_t)BYTES_LEN(x), (int)base, x);
        else if (is_bytearray(x))
            v = parse_int((const char *)((ByteArray *)x)->data, (size_t)((ByteArray *)x)->len, (int)base, x);
        else {
            Err_SetString(Exc_TypeError, "int() can't convert non-string with explicit base");
            return NULL;
        }
    }
    if (!v || t == &Int_Type) return v;
    Object *o = int_subtype_from(t, v);
    DECREF(v);
    return o;
}

/* ---- methods ------------------------------------------------------------- */

static Object *int_self_exact(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return int_exact(self);
}
#define EXACT_METHOD(fn)                                                                     \
    static Object *fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {            \
        return int_exact(self);                                                                     \
    }
EXACT_METHOD(int_trunc_m)
EXACT_METHOD(int_floor_m)
EXACT_METHOD(int_ceil_m)

static Object *int_bit_length(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int64_t x;
    if (as_small(self, &x)) {
        uint64_t a = x < 0 ? (uint64_t)(-x) : (uint64_t)x;
        return SMALL_FROM(a ? 64 - __builtin_clzll(a) : 0);
    }
    return Int_FromU64(mpz_sgn(BIGZ(self)) ? mpz_sizeinbase(BIGZ(self), 2) : 0);
}

static Object *int_bit_count(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int64_t x;
    if (as_small(self, &x)) {
        uint64_t a = x < 0 ? (uint64_t)(-x) : (uint64_t)x;
        return SMALL_FROM(__builtin_popcountll(a));
    }
    mpz_t z;
    mpz_init(z);
    mpz_abs(z, BIGZ(self));
    uint64_t c = mpz_popcount(z);
    mpz_clear(z);
    return Int_FromU64(c);
}

static Object *int_as_integer_ratio(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *n = int_exact(self);
    if (!n) return NULL;
    Object *items[2] = {n, SMALL_FROM(1)};
    return Tuple_FromArraySteal(items, 2);
}

static Object *int_is_integer(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    RETURN_BOOL(true);
}

static Object *int_getnewargs(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *n = int_exact(self);
    if (!n) return NULL;
    return Tuple_FromArraySteal(&n, 1);
}

static Object *int_format_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "__format__() argument must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    return Int_Format(self, args[0]);
}

/* round(int, ndigits): half-even at 10**-ndigits. */
static Object *int_round(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs == 0 || args[0] == OBJ_NONE) return int_exact(self);
    Object *nd = Obj_Index(args[0]);
    if (!nd) return NULL;
    if (Int_Sign(nd) >= 0) {
        DECREF(nd);
        return int_exact(self);
    }
    int64_t n;
    bool fits = as_small(nd, &n);
    DECREF(nd);
    ZV v;
    zv_init(&v, self);
    if (!fits || -n > (int64_t)mpz_sizeinbase(v.p, 10) + 1) {
        zv_clear(&v);
        return SMALL_FROM(0);
    }
    mpz_t pw, q, r;
    mpz_inits(pw, q, r, NULL);
    mpz_ui_pow_ui(pw, 10, (unsigned long)-n);
    mpz_fdiv_qr(q, r, v.p, pw);
    zv_clear(&v);
    /* compare 2r with pw; ties go to even q */
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, pw);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, pw);
    mpz_clears(pw, r, NULL);
    return Int_FromMpzSteal(q);
}

static int parse_byteorder(const char *fname, Object *o, bool *little) {
    if (!o) {
        *little = false;
        return 0;
    }
    if (!Str_Check(o)) {
        Err_Format(Exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname, TYPE_NAME(o));
        return -1;
    }
    if (Str_EqC(o, "little")) *little = true;
    else if (Str_EqC(o, "big")) *little = false;
    else {
        Err_SetString(Exc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static Object *int_to_bytes(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *const *av = args; /* length, byteorder, signed */
    ssize_t length = 1;
    if (av[0]) {
        length = Int_AsSsize(av[0]);
        if (length == -1 && Err_Occurred()) return NULL;
    }
    bool little, is_signed = false;
    if (parse_byteorder("to_bytes", av[1], &little) < 0) return NULL;
    if (length < 0) { /* (after the byte order, as CPython checks them) */
        Err_SetString(Exc_ValueError, "length argument must be non-negative");
        return NULL;
    }
    if (av[2]) {
        int t = Obj_IsTrue(av[2]);
        if (t < 0) return NULL;
        is_signed = t;
    }
    ZV v;
    zv_init(&v, self);
    mpz_t z;
    mpz_init_set(z, v.p);
    zv_clear(&v);
    /* the result is made first: a length too large for memory is a MemoryError */
    Object *res = Bytes_From(NULL, length);
    if (!res) goto done;
    if (mpz_sgn(z) < 0 && !is_signed) {
        Err_SetString(Exc_OverflowError, "can't convert negative int to unsigned");
        CLEAR(res);
        goto done;
    }
    {
        /* range check: bits needed must fit in 8*length (minus sign bit) */
        size_t need;
        if (mpz_sgn(z) == 0) need = 0;
        else if (mpz_sgn(z) > 0) need = mpz_sizeinbase(z, 2) + (is_signed ? 1 : 0);
        else {
            /* -2**(k-1) needs k bits: bits of (-z - 1) plus the sign bit */
            mpz_t t;
            mpz_init(t);
            mpz_neg(t, z);
            mpz_sub_ui(t, t, 1);
            need = (mpz_sgn(t) ? mpz_sizeinbase(t, 2) : 0) + 1;
            mpz_clear(t);
        }
        if ((uint64_t)length < (need + 7) / 8) {
            Err_SetString(Exc_OverflowError, "int too big to convert");
            CLEAR(res);
            goto done;
        }
        if (mpz_sgn(z) < 0) {
            mpz_t m;
            mpz_init(m);
            mpz_setbit(m, (mp_bitcnt_t)length * 8);
            mpz_add(z, z, m);
            mpz_clear(m);
        }
        uint8_t *out = BYTES_DATA(res);
        size_t count = 0;
        if (mpz_sgn(z)) {
            size_t nb = (mpz_sizeinbase(z, 2) + 7) / 8;
            /* big-endian export right-aligned in the buffer */
            mpz_export(out + (length - (ssize_t)nb), &count, 1, 1, 1, 0, z);
        }
        if (little) {
            for (ssize_t i = 0, j = length - 1; i < j; i++, j--) {
                uint8_t tmp = out[i];
                out[i] = out[j];
                out[j] = tmp;
            }
        }
    }
done:
    mpz_clear(z);
    return res;
}

static Object *int_from_bytes(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    Object *const *av = args; /* bytes, byteorder, signed */
    bool little, is_signed = false;
    if (parse_byteorder("from_bytes", av[1], &little) < 0) return NULL;
    if (av[2]) {
        int t = Obj_IsTrue(av[2]);
        if (t < 0) return NULL;
        is_signed = t;
    }
    Object *data = av[0], *owned = NULL;
    const uint8_t *p;
    ssize_t n;
    if (Bytes_Check(data)) {
        p = BYTES_DATA(data);
        n = BYTES_LEN(data);
    } else if (is_bytearray(data)) {
        p = ((ByteArray *)data)->data;
        n = ((ByteArray *)data)->len;
    } else {
        if (Str_Check(data) || Int_Check(data)) {
            Err_Format(Exc_TypeError, "cannot convert '%s' object to bytes", TYPE_NAME(data));
            return NULL;
        }
        owned = Obj_CallOneArg((Object *)&Bytes_Type, data);
        if (!owned) return NULL;
        p = BYTES_DATA(owned);
        n = BYTES_LEN(owned);
    }
    mpz_t z;
    mpz_init(z);
    if (n > 0) mpz_import(z, (size_t)n, little ? -1 : 1, 1, 1, 0, p);
    if (is_signed && n > 0 && (little ? p[n - 1] : p[0]) & 0x80) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, (mp_bitcnt_t)n * 8);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    XDECREF(owned);
    Object *v = Int_FromMpzSteal(z);
    if (!v || (Type *)cls == &Int_Type) return v;
    Object *r = Obj_CallOneArg(cls, v);
    DECREF(v);
    return r;
}


static Object *int_divmod_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_DivMod(self, args[0]);
}
static Object *int_rdivmod_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_DivMod(args[0], self);
}

/* CPython's layout: a 24-byte header and 30-bit digits of 4 bytes, at least one. */
static Object *int_sizeof(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ZV v;
    zv_init(&v, self);
    size_t bits = mpz_sgn(v.p) ? mpz_sizeinbase(v.p, 2) : 0;
    zv_clear(&v);
    size_t ndigits = (bits + 29) / 30;
    if (ndigits == 0) ndigits = 1;
    return Int_FromU64(24 + 4 * (uint64_t)ndigits);
}

static Object *int_get_self(Object *self) { return int_exact(self); }
static Object *int_get_zero(Object *self) { return SMALL_FROM(0); }
static Object *int_get_one(Object *self) { return SMALL_FROM(1); }

static const MethodDef int_methods[] = {
    {"conjugate", int_self_exact, 0, ARGS("($self, /)", "Returns self, the complex conjugate of any int.")},
    {"bit_length", int_bit_length, 0, ARGS("($self, /)", "Number of bits necessary to represent self in binary.")},
    {"bit_count", int_bit_count, 0,
     ARGS("($self, /)", "Number of ones in the binary representation of the absolute value of self.")},
    {"to_bytes", int_to_bytes, 0,
     ARGS("($self, /, length=1, byteorder='big', *, signed=False)",
          "Return an array of bytes representing an integer.")},
    {"from_bytes", int_from_bytes, METH_CLASS,
     ARGS("($type, /, bytes, byteorder='big', *, signed=False)",
          "Return the integer represented by the given array of bytes.")},
    {"as_integer_ratio", int_as_integer_ratio, 0,
     ARGS("($self, /)", "Return a pair of integers, whose ratio is equal to the original int.")},
    {"is_integer", int_is_integer, 0,
     ARGS("($self, /)", "Returns True. Exists for duck type compatibility with float.is_integer.")},
    {"__trunc__", int_trunc_m, 0, ARGS("($self, /)", "Truncating an Integral returns itself.")},
    {"__floor__", int_floor_m, 0, ARGS("($self, /)", "Flooring an Integral returns itself.")},
    {"__ceil__", int_ceil_m, 0, ARGS("($self, /)", "Ceiling of an Integral returns itself.")},
    {"__round__", int_round, 0, ARGS("($self, ndigits=None, /)", "Rounding an Integral returns itself.")},
    {"__getnewargs__", int_getnewargs, 0, ARGS("($self, /)", NULL)},
    {"__sizeof__", int_sizeof, 0, ARGS("($self, /)", "Returns size in memory, in bytes.")},
    {"__format__", int_format_m, 0, ARGS("($self, format_spec, /)", "Convert to a string according to format_spec.")},
    {"__divmod__", int_divmod_m, 0, ARGS_F(ARG_WRAPPER_STYLE, "($self, value, /)", "Return divmod(self, value).")},
    {"__rdivmod__", int_rdivmod_m, 0, ARGS_F(ARG_WRAPPER_STYLE, "($self, value, /)", "Return divmod(value, self).")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef int_getset[] = {
    {"real", int_get_self, NULL, "the real part of a complex number"},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL},
};

Type Int_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "int",
    .basicsize = sizeof(BigInt),
    .flags = TPFLAG_BASETYPE | TPFLAG_INT_SUBCLASS | TPFLAG_LEAF,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
    .args = ARGS_F(ARG_NO_TEXT_SIG | ARG_COUNT_STYLE, "(x=0, /, base=10)", NULL),
    .dealloc = int_dealloc,
    .repr = Int_Repr,
    .hash = Int_Hash,
    .richcompare = int_richcompare,
    .nb = {
        [NB_ADD] = int_add, [NB_SUBTRACT] = int_sub, [NB_MULTIPLY] = int_mul,
        [NB_FLOOR_DIVIDE] = int_floordiv, [NB_REMAINDER] = int_mod, [NB_TRUE_DIVIDE] = int_truediv,
        [NB_POWER] = int_pow, [NB_LSHIFT] = int_lshift, [NB_RSHIFT] = int_rshift,
        [NB_AND] = int_and, [NB_OR] = int_or, [NB_XOR] = int_xor,
    },
    .nb_power3 = int_pow3,
    .nb_negative = int_neg,
    .nb_positive = int_pos,
    .nb_invert = int_invert,
    .nb_absolute = int_abs,
    .nb_int = int_pos,
    .nb_float = int_float,
    .nb_index = int_pos,
    .nb_bool = int_bool,
    .new_ = int_new,
    .methods = int_methods,
    .getset = int_getset,
};

/* ---- bool ------------------------------------------------------------------- */

static Object *bool_repr(Object *o) {
    return NEWREF(Str_InternC(Int_Sign(o) ? "True" : "False"));
}

static Object *bool_and(Object *a, Object *b) {
    if (Bool_Check(a) && Bool_Check(b)) RETURN_BOOL(a == OBJ_TRUE && b == OBJ_TRUE);
    return int_and(a, b);
}
static Object *bool_or(Object *a, Object *b) {
    if (Bool_Check(a) && Bool_Check(b)) RETURN_BOOL(a == OBJ_TRUE || b == OBJ_TRUE);
    return int_or(a, b);
}
static Object *bool_xor(Object *a, Object *b) {
    if (Bool_Check(a) && Bool_Check(b)) RETURN_BOOL(a != b);
    return int_xor(a, b);
}

/* ~True is -2, as for int, with CPython 3.14's DeprecationWarning */
static Object *bool_invert(Object *a) {
    if (Warn_Emit(Exc_DeprecationWarning,
                  "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the "
                  "bitwise inversion of the underlying int object and is usually not what you expect from negating "
                  "a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise "
                  "inversion of the underlying int.",
                  1) < 0)
        return NULL;
    return SMALL_FROM(a == OBJ_TRUE ? -2 : -1);
}

static Object *bool_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *x;
    if (Arg_Unpack(Bool_Type.args, "bool", args, nargs, kwnames, &x) < 0) return NULL;
    if (!x) return OBJ_FALSE;
    int r = Obj_IsTrue(x);
    if (r < 0) return NULL;
    return Bool_From(r);
}

static void bool_dealloc(Object *o) {
    /* immortal: never freed */
}

Type Bool_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "bool",
    .basicsize = sizeof(BigInt),
    .flags = TPFLAG_INT_SUBCLASS,
    .base = &Int_Type,
    .args = ARGS("(object=False, /)", NULL),
    .doc = "Returns True when the argument is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
    .dealloc = bool_dealloc,
    .repr = bool_repr,
    .nb = {[NB_AND] = bool_and, [NB_OR] = bool_or, [NB_XOR] = bool_xor},
    .nb_invert = bool_invert,
    .new_ = bool_new,
};
