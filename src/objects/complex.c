/* complex: a pair of doubles.
 *
 * Arithmetic follows CPython 3.14, including its mixed-mode rules: a real
 * operand (int or float) combines with each component separately instead of
 * being widened to complex(x, 0), so signed zeros and infinities survive. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "modules/_warnings.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/formatspec.h"
#include "runtime/hash.h"

#define CRE(o) (((Complex *)(o))->re)
#define CIM(o) (((Complex *)(o))->im)

typedef struct Cx {
    double re, im;
} Cx;

static bool is_complex(Object *o) { return !IS_SMALL(o) && Type_IsSubtype(TYPE(o), &Complex_Type); }

Object *Complex_From(double re, double im) {
    Complex *c = (Complex *)Obj_Alloc(&Complex_Type, sizeof(Complex));
    if (!c) return NULL;
    c->re = re;
    c->im = im;
    return (Object *)c;
}

static Object *complex_subtype_from(Type *t, double re, double im) {
    if (t == &Complex_Type) return Complex_From(re, im);
    size_t size = (size_t)t->basicsize < sizeof(Complex) ? sizeof(Complex) : (size_t)t->basicsize;
    Complex *c = (Complex *)Obj_Alloc(t, size);
    if (!c) return NULL;
    c->re = re;
    c->im = im;
    return (Object *)c;
}

static Object *cx_obj(Cx c) { return Complex_From(c.re, c.im); }

/* Operand kinds for the mixed-mode rules: 2 complex, 1 real, 0 other, -1 error. */
static int operand(Object *o, Cx *out) {
    if (is_complex(o)) {
        out->re = CRE(o);
        out->im = CIM(o);
        return 2;
    }
    if (IS_SMALL(o)) {
        out->re = (double)SMALL_VAL(o);
        out->im = 0.0;
        return 1;
    }
    if (Float_Check(o)) {
        out->re = FLOAT_VAL(o);
        out->im = 0.0;
        return 1;
    }
    if (Int_Check(o)) {
        out->re = Int_AsDouble(o);
        out->im = 0.0;
        if (out->re == -1.0 && Err_Occurred()) return -1;
        return 1;
    }
    return 0;
}

#define OPERANDS(a, b, x, y, ka, kb)                                                                \
    Cx x, y;                                                                                        \
    int ka = operand(a, &x);                                                                        \
    if (ka <= 0) return ka < 0 ? NULL : NEWREF(OBJ_NOTIMPL);                                        \
    int kb = operand(b, &y);                                                                        \
    if (kb <= 0) return kb < 0 ? NULL : NEWREF(OBJ_NOTIMPL)

static Object *complex_add(Object *a, Object *b) {
    OPERANDS(a, b, x, y, ka, kb);
    if (ka == 1) return Complex_From(x.re + y.re, y.im);
    if (kb == 1) return Complex_From(x.re + y.re, x.im);
    return Complex_From(x.re + y.re, x.im + y.im);
}

static Object *complex_sub(Object *a, Object *b) {
    OPERANDS(a, b, x, y, ka, kb);
    if (ka == 1) return Complex_From(x.re - y.re, -y.im);
    if (kb == 1) return Complex_From(x.re - y.re, x.im);
    return Complex_From(x.re - y.re, x.im - y.im);
}

/* a * b, recovering infinities that the plain formula turns into nan+nanj
 * (the reference algorithm of C99 Annex G). */
static Cx c_prod(Cx z, Cx w) {
    double a = z.re, b = z.im, c = w.re, d = w.im;
    double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
    Cx r = {ac - bd, ad + bc};
    if (isnan(r.re) && isnan(r.im)) {
        bool recalc = false;
        if (isinf(a) || isinf(b)) {
            a = copysign(isinf(a) ? 1.0 : 0.0, a);
            b = copysign(isinf(b) ? 1.0 : 0.0, b);
            if (isnan(c)) c = copysign(0.0, c);
            if (isnan(d)) d = copysign(0.0, d);
            recalc = true;
        }
        if (isinf(c) || isinf(d)) {
            c = copysign(isinf(c) ? 1.0 : 0.0, c);
            d = copysign(isinf(d) ? 1.0 : 0.0, d);
            if (isnan(a)) a = copysign(0.0, a);
            if (isnan(b)) b = copysign(0.0, b);
            recalc = true;
        }
        if (!recalc && (isinf(ac) || isinf(bd) || isinf(ad) || isinf(bc))) {
            if (isnan(a)) a = copysign(0.0, a);
            if (isnan(b)) b = copysign(0.0, b);
            if (isnan(c)) c = copysign(0.0, c);
            if (isnan(d)) d = copysign(0.0, d);
            recalc = true;
        }
        if (recalc) {
            r.re = INFINITY * (a * c - b * d);
            r.im = INFINITY * (a * d + b * c);
        }
    }
    return r;
}

static Object *complex_mul(Object *a, Object *b) {
    OPERANDS(a, b, x, y, ka, kb);
    if (ka == 1) return Complex_From(x.re * y.re, x.re * y.im);
    if (kb == 1) return Complex_From(x.re * y.re, x.im * y.re);
    return cx_obj(c_prod(x, y));
}

/* a / b by Smith's method, with C99 Annex G recovery of infinities and
 * zeros that the scaled formula turns into nan.  errno EDOM for b == 0. */
static Cx c_quot(Cx a, Cx b) {
    Cx r;
    double abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        if (abr == 0.0) {
            errno = EDOM;
            r.re = r.im = 0.0;
            return r;
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        r.re = (a.re + a.im * ratio) / denom;
        r.im = (a.im - a.re * ratio) / denom;
    } else if (abi >= abr) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        r.re = r.im = NAN; /* b has a nan component */
    }
    if (isnan(r.re) && isnan(r.im)) {
        if ((isinf(a.re) || isinf(a.im)) && isfinite(b.re) && isfinite(b.im)) {
            double x = copysign(isinf(a.re) ? 1.0 : 0.0, a.re);
            double y = copysign(isinf(a.im) ? 1.0 : 0.0, a.im);
            r.re = INFINITY * (x * b.re + y * b.im);
            r.im = INFINITY * (y * b.re - x * b.im);
        } else if ((isinf(abr) || isinf(abi)) && isfinite(a.re) && isfinite(a.im)) {
            double x = copysign(isinf(b.re) ? 1.0 : 0.0, b.re);
            double y = copysign(isinf(b.im) ? 1.0 : 0.0, b.im);
            r.re = 0.0 * (a.re * x + a.im * y);
            r.im = 0.0 * (a.im * x - a.re * y);
        }
    }
    return r;
}

bool Complex_Quotient(double ar, double ai, double br, double bi, double *re, double *im) {
    int saved = errno;
    errno = 0;
    Cx r = c_quot((Cx){ar, ai}, (Cx){br, bi});
    bool ok = errno != EDOM;
    errno = saved;
    *re = r.re;
    *im = r.im;
    return ok;
}

/* real / complex */
static Cx rc_quot(double a, Cx b) {
    Cx r;
    double abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        if (abr == 0.0) {
            errno = EDOM;
            r.re = r.im = 0.0;
            return r;
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        r.re = a / denom;
        r.im = (-a * ratio) / denom;
    } else if (abi >= abr) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r.re = (a * ratio) / denom;
        r.im = (-a) / denom;
    } else {
        r.re = r.im = NAN;
    }
    if (isnan(r.re) && isnan(r.im) && isfinite(a) && (isinf(abr) || isinf(abi))) {
        double x = copysign(isinf(b.re) ? 1.0 : 0.0, b.re);
        double y = copysign(isinf(b.im) ? 1.0 : 0.0, b.im);
        r.re = 0.0 * (a * x);
        r.im = 0.0 * (-a * y);
    }
    return r;
}

static Object *complex_div(Object *a, Object *b) {
    OPERANDS(a, b, x, y, ka, kb);
    Cx r;
    errno = 0;
    if (kb == 1) {
        if (y.re == 0.0) errno = EDOM;
        else {
            r.re = x.re / y.re;
            r.im = x.im / y.re;
        }
    } else if (ka == 1) {
        r = rc_quot(x.re, y);
    } else {
        r = c_quot(x, y);
    }
    if (errno == EDOM) {
        errno = 0;
        Err_SetString(Exc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    return cx_obj(r);
}

static Cx c_powu(Cx x, long n) {
    Cx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static Cx c_pow(Cx a, Cx b) {
    Cx r;
    if (b.re == 0.0 && b.im == 0.0) {
        r.re = 1.0;
        r.im = 0.0;
    } else if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) errno = EDOM;
        r.re = r.im = 0.0;
    } else {
        double vabs = hypot(a.re, a.im);
        double len = pow(vabs, b.re);
        double at = atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        r.re = len * cos(phase);
        r.im = len * sin(phase);
    }
    return r;
}

Object *Complex_PowParts(double ar, double ai, double br, double bi) {
    Cx a = {ar, ai}, b = {br, bi}, p;
    errno = 0;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        if (n >= 0) p = c_powu(a, n);
        else {
            Cx one = {1.0, 0.0};
            p = c_quot(one, c_powu(a, -n));
        }
    } else {
        p = c_pow(a, b);
    }
    if (errno == EDOM) {
        errno = 0;
        Err_SetString(Exc_ZeroDivisionError, "zero to a negative or complex power");
        return NULL;
    }
    errno = 0;
    if (isinf(p.re) || isinf(p.im)) {
        Err_SetString(Exc_OverflowError, "complex exponentiation");
        return NULL;
    }
    return cx_obj(p);
}

static Object *complex_pow(Object *a, Object *b) {
    OPERANDS(a, b, x, y, ka, kb);
    (void)ka;
    (void)kb;
    return Complex_PowParts(x.re, x.im, y.re, y.im);
}

/* pow(a, b, m) reaching complex's slot: refused once both operands are
 * taken, as CPython's does. */
static Object *complex_pow3(Object *a, Object *b, Object *m) {
    OPERANDS(a, b, x, y, ka, kb);
    (void)ka;
    (void)kb;
    if (m == OBJ_NONE) return Complex_PowParts(x.re, x.im, y.re, y.im);
    Err_SetString(Exc_ValueError, "complex modulo");
    return NULL;
}

static Object *complex_neg(Object *a) { return Complex_From(-CRE(a), -CIM(a)); }
static Object *complex_pos(Object *a) {
    if (!IS_SMALL(a) && a->type == &Complex_Type) return NEWREF(a);
    return Complex_From(CRE(a), CIM(a));
}

static Object *complex_abs(Object *a) {
    double re = CRE(a), im = CIM(a);
    if (isinf(re) || isinf(im)) return Float_From(INFINITY);
    if (isnan(re) || isnan(im)) return Float_From(NAN);
    double r = hypot(re, im);
    if (isinf(r)) {
        Err_SetString(Exc_OverflowError, "absolute value too large");
        return NULL;
    }
    return Float_From(r);
}

static int complex_bool(Object *a) { return CRE(a) != 0.0 || CIM(a) != 0.0; }

static hash_t part_hash(Object *o, double v) {
    if (isnan(v)) return Hash_Pointer(o);
    return Float_HashDouble(v);
}

static hash_t complex_hash(Object *o) {
    uint64_t hr = (uint64_t)part_hash(o, CRE(o));
    uint64_t hi = (uint64_t)part_hash(o, CIM(o));
    hash_t h = (hash_t)(hr + (uint64_t)HASH_IMAG * hi);
    return h == -1 ? -2 : h;
}

static Object *complex_richcompare(Object *a, Object *b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return NEWREF(OBJ_NOTIMPL);
    bool eq;
    if (Int_Check(b)) {
        if (CIM(a) != 0.0) eq = false;
        else {
            Object *f = Float_From(CRE(a));
            if (!f) return NULL;
            Object *r = Float_Type.richcompare(f, b, CMP_EQ);
            DECREF(f);
            if (!r) return NULL;
            eq = r == OBJ_TRUE;
            DECREF(r);
        }
    } else if (Float_Check(b)) {
        eq = CRE(a) == FLOAT_VAL(b) && CIM(a) == 0.0;
    } else if (is_complex(b)) {
        eq = CRE(a) == CRE(b) && CIM(a) == CIM(b);
    } else {
        return NEWREF(OBJ_NOTIMPL);
    }
    RETURN_BOOL(op == CMP_EQ ? eq : !eq);
}

static Object *complex_repr(Object *o) {
    char re[40], im[40], buf[96];
    double vr = CRE(o), vi = CIM(o);
    Float_ReprBufNoDot(vi, im);
    if (vr == 0.0 && !signbit(vr)) {
        snprintf(buf, sizeof buf, "%sj", im);
    } else {
        Float_ReprBufNoDot(vr, re);
        const char *sign = (im[0] == '-') ? "" : "+";
        snprintf(buf, sizeof buf, "(%s%s%sj)", re, sign, im);
    }
    return Str_FromLatin1(buf, -1);
}

/* ---- conversions and the constructor ------------------------------------------ */

/* __complex__ of a non-complex object: 1 found (parts set), 0 absent, -1 error. */
static int try_dunder_complex(Object *x, double *re, double *im) {
    bool found;
    Object *r = Obj_CallSpecial(x, ID(__complex__), NULL, 0, &found);
    if (!found) return 0;
    if (!r) return -1;
    if (!is_complex(r)) {
        Err_Format(Exc_TypeError, "__complex__ returned non-complex (type %s)", TYPE_NAME(r));
        DECREF(r);
        return -1;
    }
    if (TYPE(r) != &Complex_Type && Warn_StrictSubclass("__complex__", "complex", r) < 0) {
        DECREF(r);
        return -1;
    }
    *re = CRE(r);
    *im = CIM(r);
    DECREF(r);
    return 1;
}

/* A real number's value: 1 ok, 0 not a real number, -1 error. */
static int real_value(Object *x, double *v) {
    if (IS_SMALL(x) || Int_Check(x) || Float_Check(x)) {
        *v = Float_AsDouble(x);
        return (*v == -1.0 && Err_Occurred()) ? -1 : 1;
    }
    if (Str_Check(x)) return 0;
    Type *t = TYPE(x);
    if (t->nb_float || t->nb_index || Type_Lookup(t, Str_InternC("__float__")) ||
        Type_Lookup(t, Str_InternC("__index__"))) {
        *v = Float_AsDouble(x);
        return (*v == -1.0 && Err_Occurred()) ? -1 : 1;
    }
    return 0;
}

int Complex_AsParts(Object *x, double *re, double *im) {
    if (is_complex(x)) {
        *re = CRE(x);
        *im = CIM(x);
        return 0;
    }
    int r = try_dunder_complex(x, re, im);
    if (r != 0) return r < 0 ? -1 : 0;
    r = real_value(x, re);
    if (r < 0) return -1;
    if (r == 0) return 1;
    *im = 0.0;
    return 0;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool ci_prefix(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) < n) return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i]) return false;
    return true;
}

/* Scans a float literal prefix ([sign] number) at p, copying it without
 * underscores into buf; returns its length (0: none). */
static size_t scan_float(const char *p, const char *end, char *buf, double *out) {
    const char *s = p;
    char *w = buf;
    if (p < end && (*p == '+' || *p == '-')) *w++ = *p++;
    if (ci_prefix(p, end, "infinity") || ci_prefix(p, end, "inf") || ci_prefix(p, end, "nan")) {
        size_t n = ci_prefix(p, end, "infinity") ? 8 : 3;
        bool nan = (p[0] | 0x20) == 'n';
        double v = nan ? NAN : INFINITY;
        *out = (*s == '-') ? -v : v;
        return (size_t)(p + n - s);
    }
    size_t ndig = 0;
    while (p < end && (is_digit(*p) || (*p == '_' && ndig && p + 1 < end && is_digit(p[1]) && is_digit(p[-1])))) {
        if (*p != '_') {
            *w++ = *p;
            ndig++;
        }
        p++;
    }
    size_t nfrac = 0;
    if (p < end && *p == '.') {
        const char *dot = p;
        *w++ = *p++;
        while (p < end && (is_digit(*p) || (*p == '_' && nfrac && p + 1 < end && is_digit(p[1]) && is_digit(p[-1])))) {
            if (*p != '_') {
                *w++ = *p;
                nfrac++;
            }
            p++;
        }
        if (ndig == 0 && nfrac == 0) p = dot;
    }
    if (ndig == 0 && nfrac == 0) return 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        char *w2 = w;
        *w2++ = 'e';
        if (q < end && (*q == '+' || *q == '-')) *w2++ = *q++;
        size_t nexp = 0;
        while (q < end && (is_digit(*q) || (*q == '_' && nexp && q + 1 < end && is_digit(q[1])))) {
            if (*q != '_') {
                *w2++ = *q;
                nexp++;
            }
            q++;
        }
        if (nexp) {
            w = w2;
            p = q;
        }
    }
    *w = '\0';
    *out = strtod(buf, NULL);
    return (size_t)(p - s);
}

static bool space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static Object *complex_from_string(Type *t, Object *s) {
    ssize_t n = STR_LEN(s);
    char *text = malloc((size_t)n + 1);
    char *buf = malloc((size_t)n + 8);
    if (!text || !buf) {
        free(text);
        free(buf);
        return Err_NoMemory();
    }
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_CHAR(s, i);
        if (c < 128) text[i] = (char)c;
        else if (Uni_IsSpace(c)) text[i] = ' ';
        else {
            int d = Uni_Record(c)->decimal;
            text[i] = d >= 0 ? (char)('0' + d) : '?';
        }
    }
    const char *p = text, *end = text + n;
    double re = 0.0, im = 0.0;
    bool ok = false;
    while (p < end && space(*p)) p++;
    while (end > p && space(end[-1])) end--;
    if (p < end && *p == '(') {
        if (end[-1] != ')' || end - p < 2) goto done;
        p++;
        end--;
        while (p < end && space(*p)) p++;
        while (end > p && space(end[-1])) end--;
    }
    if (p >= end) goto done;
    {
        double x, y;
        size_t n1 = scan_float(p, end, buf, &x);
        if (n1 > 0) {
            p += n1;
            if (p == end) {
                re = x;
                ok = true;
            } else if ((*p | 0x20) == 'j') {
                im = x;
                ok = p + 1 == end;
            } else if (*p == '+' || *p == '-') {
                size_t n2 = scan_float(p, end, buf, &y);
                if (n2 > 0) {
                    p += n2;
                    if (p < end && (*p | 0x20) == 'j' && p + 1 == end) {
                        re = x;
                        im = y;
                        ok = true;
                    }
                } else if (p + 1 < end && (p[1] | 0x20) == 'j' && p + 2 == end) {
                    re = x;
                    im = *p == '-' ? -1.0 : 1.0;
                    ok = true;
                }
            }
        } else {
            double sign = 1.0;
            if (*p == '+' || *p == '-') {
                sign = *p == '-' ? -1.0 : 1.0;
                p++;
            }
            if (p < end && (*p | 0x20) == 'j' && p + 1 == end) {
                im = sign;
                ok = true;
            }
        }
    }
done:
    free(text);
    free(buf);
    if (!ok) {
        Err_SetString(Exc_ValueError, "complex() arg is a malformed string");
        return NULL;
    }
    return complex_subtype_from(t, re, im);
}

static Object *complex_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *av[2];
    if (Arg_Unpack(Complex_Type.args, "complex", args, nargs, kwnames, av) < 0) return NULL;
    Object *r = av[0], *i = av[1];
    if (!r) r = SMALL_FROM(0);
    if (Str_Check(r)) {
        if (i) {
            Err_SetString(Exc_TypeError, "complex() argument 'real' must be a real number, not str");
            return NULL;
        }
        return complex_from_string(t, r);
    }
    if (i && Str_Check(i)) {
        Err_SetString(Exc_TypeError, "complex() argument 'imag' must be a real number, not str");
        return NULL;
    }
    if (!i && t == &Complex_Type && !IS_SMALL(r) && r->type == &Complex_Type) return NEWREF(r);
    double rr, ri = 0.0;
    bool r_complex = false;
    if (is_complex(r)) {
        r_complex = true;
        rr = CRE(r);
        ri = CIM(r);
    } else {
        int k = try_dunder_complex(r, &rr, &ri);
        if (k < 0) return NULL;
        r_complex = k > 0;
        if (k == 0) {
            k = real_value(r, &rr);
            if (k < 0) return NULL;
            if (k == 0) {
                if (i)
                    Err_Format(Exc_TypeError, "complex() argument 'real' must be a real number, not %s", TYPE_NAME(r));
                else
                    Err_Format(Exc_TypeError, "complex() argument must be a string or a number, not %s",
                               TYPE_NAME(r));
                return NULL;
            }
            ri = 0.0;
        }
    }
    if (!i) return complex_subtype_from(t, rr, ri);
    double ir, ii = 0.0;
    bool i_complex = false;
    if (is_complex(i)) {
        i_complex = true;
        ir = CRE(i);
        ii = CIM(i);
    } else {
        int k = real_value(i, &ir);
        if (k < 0) return NULL;
        if (k == 0) {
            Err_Format(Exc_TypeError, "complex() argument 'imag' must be a real number, not %s", TYPE_NAME(i));
            return NULL;
        }
    }
    /* a complex part is deprecated (once both are known to be numbers) */
    if (r_complex && Warn_Format(Exc_DeprecationWarning, 1, "complex() argument 'real' must be a real number, not %s",
                                 TYPE_NAME(r)) < 0)
        return NULL;
    if (i_complex && Warn_Format(Exc_DeprecationWarning, 1, "complex() argument 'imag' must be a real number, not %s",
                                 TYPE_NAME(i)) < 0)
        return NULL;
    /* real + imag*1j; components only combine when they came from complex
     * values, so the signed zeros of plain reals survive */
    return complex_subtype_from(t, i_complex ? rr - ii : rr, r_complex ? ri + ir : ir);
}

/* ---- methods ------------------------------------------------------------------ */

static Object *complex_conjugate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Complex_From(CRE(self), -CIM(self));
}

static Object *complex_getnewargs(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *items[2] = {Float_From(CRE(self)), Float_From(CIM(self))};
    if (!items[0] || !items[1]) {
        XDECREF(items[0]);
        XDECREF(items[1]);
        return NULL;
    }
    return Tuple_FromArraySteal(items, 2);
}

static Object *complex_complex_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return complex_pos(self);
}

static Object *complex_format_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "__format__() argument must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    return Complex_Format(self, args[0]);
}

static Object *complex_from_number(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    Object *x = args[0];
    double re, im;
    int k = Str_Check(x) ? 1 : Complex_AsParts(x, &re, &im);
    if (k < 0) return NULL;
    if (k > 0) {
        Err_Format(Exc_TypeError, "must be real number, not %s", TYPE_NAME(x));
        return NULL;
    }
    return complex_subtype_from((Type *)cls, re, im);
}

static Object *complex_get_real(Object *self) { return Float_From(CRE(self)); }
static Object *complex_get_imag(Object *self) { return Float_From(CIM(self)); }

static const MethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, 0,
     ARGS("($self, /)", "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.")},
    {"__getnewargs__", complex_getnewargs, 0, ARGS("($self, /)", NULL)},
    {"__complex__", complex_complex_m, 0, ARGS("($self, /)", "Convert this value to exact type complex.")},
    {"__format__", complex_format_m, 0, ARGS("($self, format_spec, /)", "Convert to a string according to format_spec.")},
    {"from_number", complex_from_number, METH_CLASS,
     ARGS("($type, number, /)", "Convert number to a complex floating-point number.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef complex_getset[] = {
    {"real", complex_get_real, NULL, "the real part of a complex number"},
    {"imag", complex_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

static void complex_dealloc(Object *o) { Obj_Free(o); }

Type Complex_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "complex",
    .basicsize = sizeof(Complex),
    .flags = TPFLAG_BASETYPE | TPFLAG_LEAF,
    .doc = "Create a complex number from a string or numbers.",
    .args = ARGS("(real=0, imag=0)", NULL),
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .nb = {
        [NB_ADD] = complex_add, [NB_SUBTRACT] = complex_sub, [NB_MULTIPLY] = complex_mul,
        [NB_TRUE_DIVIDE] = complex_div, [NB_POWER] = complex_pow,
    },
    .nb_power3 = complex_pow3,
    .nb_negative = complex_neg,
    .nb_positive = complex_pos,
    .nb_absolute = complex_abs,
    .nb_bool = complex_bool,
    .new_ = complex_new,
    .methods = complex_methods,
    .getset = complex_getset,
};
