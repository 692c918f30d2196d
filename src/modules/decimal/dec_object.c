/* decimal.Decimal: making one (from str, int, float, tuple), its text,
 * hash, comparisons and operators.  The named methods are in
 * dec_methods.c. */
#include "abstract.h"
#include "modules/decimal/dec_py.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/hash.h"
#include "runtime/interp.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Decimals die and are made at the rate of the arithmetic: each thread
 * keeps a few dead plain Decimals, with their coefficient's limbs, for the
 * next ones (linked through the hash field).  Only coefficients of up to
 * a few thousand digits are kept, so that the list holds little memory. */
enum { DEC_FREE_MAX = 64, DEC_FREE_LIMBS = 256 };
static THREAD_LOCAL DecObject *dec_free;
static THREAD_LOCAL int dec_nfree;

#define DEC_NEXT_FREE(d) (*(DecObject **)&(d)->hash)

static void Dec_FreeListClear(void) {
    while (dec_free) {
        DecObject *d = dec_free;
        dec_free = DEC_NEXT_FREE(d);
        DecNum_Clear(&d->n);
        Obj_Free((Object *)d);
    }
    dec_nfree = 0;
}

void Decimal_ThreadExit(void) {
    Dec_FreeListClear();
    Dec_PowCacheClear();
}

DecObject *Dec_Alloc(Type *t) {
    DecObject *d = dec_free;
    if (t == &Dec_Type && d && !Runtime_Starting) {
        dec_free = DEC_NEXT_FREE(d);
        dec_nfree--;
        d->ob.refcnt = 1;
        d->ob.type = t;
        mpz_set_ui(d->n.coef, 0);
        d->n.exp = 0;
        d->n.sign = 0;
        d->n.kind = DEC_FINITE;
        d->hash = -1;
        return d;
    }
    size_t size = (size_t)t->basicsize < sizeof(DecObject) ? sizeof(DecObject) : (size_t)t->basicsize;
    d = (DecObject *)Obj_Alloc(t, size);
    if (!d) return NULL;
    DecNum_Init(&d->n);
    d->hash = -1;
    return d;
}

static void dec_dealloc(Object *o) {
    DecObject *d = (DecObject *)o;
    if (o->type == &Dec_Type && dec_nfree < DEC_FREE_MAX && mpz_size(d->n.coef) <= DEC_FREE_LIMBS &&
        d->n.coef->_mp_alloc <= DEC_FREE_LIMBS) {
        DEC_NEXT_FREE(d) = dec_free;
        dec_free = d;
        dec_nfree++;
        return;
    }
    DecNum_Clear(DEC_NUM(o));
    Obj_Free(o);
}

static void num_from_int(DecNum *n, Object *v) {
    Int_ToMpz(v, n->coef);
    n->sign = mpz_sgn(n->coef) < 0;
    mpz_abs(n->coef, n->coef);
    n->exp = 0;
    n->kind = DEC_FINITE;
}

Object *Dec_Convert(Object *o, bool strict) {
    if (Dec_Check(o)) return NEWREF(o);
    if (Int_Check(o)) {
        DecObject *d = Dec_Alloc(&Dec_Type);
        if (d) num_from_int(&d->n, o);
        return (Object *)d;
    }
    if (!strict) return NEWREF(OBJ_NOTIMPL);
    Err_Format(Exc_TypeError, "conversion from %s to Decimal is not supported", TYPE_NAME(o));
    return NULL;
}

/* ---- from text ---- */

/* Decodes one UTF-8 character at *p (valid UTF-8 from a str). */
static uint32_t next_char(const unsigned char **p) {
    const unsigned char *s = *p;
    uint32_t c = *s++;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra) c &= 0x3F >> extra;
    while (extra--) c = (c << 6) | (*s++ & 0x3F);
    *p = s;
    return c;
}

/* The ASCII form decimal parses: surrounding white space gone, underscores
 * dropped, other scripts' decimal digits as ASCII ones.  malloc'd; NULL
 * (no exception) when a character can never be part of a number. */
static char *numeric_ascii(Object *s, size_t *out_len) {
    ssize_t len;
    const char *utf8 = Str_AsUTF8(s, &len);
    if (!utf8) return NULL;
    char *buf = malloc((size_t)len + 1);
    if (!buf) return NULL;
    const unsigned char *p = (const unsigned char *)utf8, *end = p + len;
    size_t n = 0, last_text = 0;
    bool started = false;
    while (p < end) {
        uint32_t c = next_char(&p);
        if (Uni_IsSpace(c)) {
            if (started) buf[n++] = ' ';
            continue;
        }
        started = true;
        if (c == '_') continue;
        if (c < 128) {
            if (c == 0) goto bad;
            buf[n++] = (char)c;
        } else if (Uni_IsDecimal(c)) {
            buf[n++] = (char)('0' + Uni_DecimalValue(c));
        } else {
            goto bad;
        }
        last_text = n;
    }
    *out_len = last_text;
    buf[last_text] = 0;
    return buf;
bad:
    free(buf);
    *out_len = 0;
    return malloc(1);
}

/* n from the str s; a syntax error makes n a NaN and records ConversionSyntax. */
static int num_from_str(DecNum *n, Object *s, DecEnv *env) {
    size_t len;
    char *text = numeric_ascii(s, &len);
    if (!text) {
        Err_NoMemory();
        return -1;
    }
    bool ok = len > 0 && Dec_Parse(n, text, len);
    free(text);
    if (!ok) {
        DecNum_SetNaN(n);
        env->status |= DEC_CONVERSION_SYNTAX;
    }
    return 0;
}

/* ---- from a tuple ---- */

static int num_from_tuple(DecNum *n, Object *t) {
    Object *seq = Tuple_Check(t) ? NEWREF(t) : Tuple_FromIterable(t);
    if (!seq) return -1;
    int rc = -1;
    if (TUPLE_LEN(seq) != 3) {
        Err_SetString(Exc_ValueError, "argument must be a sequence of length 3");
        goto done;
    }
    Object *sign = TUPLE_ITEMS(seq)[0], *digits = TUPLE_ITEMS(seq)[1], *exp = TUPLE_ITEMS(seq)[2];
    int64_t sv;
    if (!Int_Check(sign) || Int_AsI64(sign, &sv) < 0 || (sv != 0 && sv != 1)) {
        Err_Clear();
        Err_SetString(Exc_ValueError, "sign must be an integer with the value 0 or 1");
        goto done;
    }
    n->sign = (uint8_t)sv;
    n->kind = DEC_FINITE;
    n->exp = 0;
    if (Str_Check(exp)) {
        const char *e = Str_AsCString(exp);
        if (e && strcmp(e, "F") == 0) n->kind = DEC_INF;
        else if (e && strcmp(e, "n") == 0) n->kind = DEC_QNAN;
        else if (e && strcmp(e, "N") == 0) n->kind = DEC_SNAN;
        else {
            Err_SetString(Exc_ValueError, "string argument in the third position must be 'F', 'n' or 'N'");
            goto done;
        }
    } else if (!Int_Check(exp)) {
        Err_SetString(Exc_ValueError, "exponent must be an integer");
        goto done;
    } else if (Int_AsI64(exp, &n->exp) < 0) {
        Err_Clear();
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C ssize_t");
        goto done;
    }
    Object *dseq = Tuple_Check(digits) || List_Check(digits) ? Tuple_FromIterable(digits) : NULL;
    if (!dseq) {
        Err_Clear();
        Err_SetString(Exc_ValueError, "coefficient must be a tuple of digits");
        goto done;
    }
    mpz_set_ui(n->coef, 0);
    for (ssize_t i = 0; i < TUPLE_LEN(dseq); i++) {
        Object *d = TUPLE_ITEMS(dseq)[i];
        int64_t dv;
        if (!Int_Check(d) || Int_AsI64(d, &dv) < 0 || dv < 0 || dv > 9) {
            Err_Clear();
            DECREF(dseq);
            Err_SetString(Exc_ValueError, "coefficient must be a tuple of digits");
            goto done;
        }
        mpz_mul_ui(n->coef, n->coef, 10);
        mpz_add_ui(n->coef, n->coef, (unsigned long)dv);
    }
    DECREF(dseq);
    if (n->kind == DEC_INF) mpz_set_ui(n->coef, 0);
    rc = 0;
done:
    DECREF(seq);
    return rc;
}

/* An exact value out of every context's reach is InvalidOperation. */
static void check_exact_range(DecNum *n, DecEnv *env) {
    if (n->kind != DEC_FINITE) return;
    if (mpz_sgn(n->coef) == 0) {
        if (n->exp > DEC_MAX_EMAX || n->exp < DEC_MIN_ETINY) goto bad;
        return;
    }
    int64_t adj = n->exp + Dec_Digits(n->coef) - 1;
    if (adj > DEC_MAX_EMAX || n->exp < DEC_MIN_ETINY) goto bad;
    return;
bad:
    DecNum_SetNaN(n);
    env->status |= DEC_INVALID_OPERATION;
}

Object *Dec_FromFloatObject(Type *t, Object *f, DecCtx *ctx, bool rounded) {
    DecObject *d;
    if (Int_Check(f)) {
        d = Dec_Alloc(t);
        if (!d) return NULL;
        num_from_int(&d->n, f);
    } else if (Float_Check(f)) {
        d = Dec_Alloc(t);
        if (!d) return NULL;
        Dec_FromDouble(&d->n, Float_AsDouble(f));
    } else {
        Err_SetString(Exc_TypeError, "argument must be int or float");
        return NULL;
    }
    if (rounded) {
        DecEnv env = ctx->env;
        env.status = 0;
        if (DecNum_IsNaN(&d->n)) DecNum_FixNaN(&d->n, &env);
        else DecNum_Finish(&d->n, &env, false);
        if (DecCtx_Signal(ctx, env.status) < 0) {
            DECREF((Object *)d);
            return NULL;
        }
    }
    return (Object *)d;
}

Object *Dec_FromValue(Type *t, Object *value, DecCtx *ctx, bool rounded) {
    if (!ctx) ctx = DecCtx_Current();
    if (!ctx) return NULL;
    DecEnv env = ctx->env;
    env.status = 0;
    if (Float_Check(value)) {
        if (DecCtx_Signal(ctx, DEC_FLOAT_OPERATION) < 0) return NULL;
        return Dec_FromFloatObject(t, value, ctx, rounded);
    }
    DecObject *d = Dec_Alloc(t);
    if (!d) return NULL;
    int rc = 0;
    if (Dec_Check(value)) {
        DecNum_Copy(&d->n, DEC_NUM(value));
    } else if (Int_Check(value)) {
        num_from_int(&d->n, value);
    } else if (Str_Check(value)) {
        rc = num_from_str(&d->n, value, &env);
    } else if (Tuple_Check(value) || List_Check(value)) {
        rc = num_from_tuple(&d->n, value);
    } else {
        Err_Format(Exc_TypeError, "conversion from %s to Decimal is not supported", TYPE_NAME(value));
        rc = -1;
    }
    if (rc < 0) {
        DECREF((Object *)d);
        return NULL;
    }
    if (rounded) {
        if (DecNum_IsNaN(&d->n)) {
            if (mpz_sgn(d->n.coef) && Dec_Digits(d->n.coef) > env.prec - env.clamp) {
                DecNum_SetNaN(&d->n);
                env.status |= DEC_CONVERSION_SYNTAX;
            }
        } else {
            DecNum_Finish(&d->n, &env, false);
        }
    } else {
        check_exact_range(&d->n, &env);
    }
    if (DecCtx_Signal(ctx, env.status) < 0) {
        DECREF((Object *)d);
        return NULL;
    }
    return (Object *)d;
}

static Object *dec_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *av[2];
    if (Arg_Unpack(Dec_Type.args, "function", args, nargs, kwnames, av) < 0) return NULL;
    DecCtx *ctx = DecCtx_FromArg(av[1]);
    if (!ctx) return NULL;
    if (av[1] && av[1] != OBJ_NONE && !DecCtx_Check(av[1])) return NULL;
    return Dec_FromValue(t, av[0] ? av[0] : SMALL_FROM(0), ctx, false);
}

/* ---- text ---- */

static Object *text_of(Object *self, bool eng, DecCtx *ctx) {
    char buf[DEC_TEXT_BUF];
    char *s = Dec_ToText(DEC_NUM(self), eng, ctx ? ctx->capitals : true, buf, sizeof buf);
    if (!s) return Err_NoMemory();
    size_t len = strlen(s);
    Object *r = Str_NewRaw((ssize_t)len, 127); /* ASCII */
    if (r) memcpy(STR_DATA(r), s, len);
    if (s != buf) free(s);
    return r;
}

static Object *dec_str(Object *self) {
    DecCtx *ctx = DecCtx_Current();
    if (!ctx) return NULL;
    return text_of(self, false, ctx);
}

static Object *dec_repr(Object *self) {
    DecCtx *ctx = DecCtx_Current();
    if (!ctx) return NULL;
    char buf[DEC_TEXT_BUF];
    char *s = Dec_ToText(DEC_NUM(self), false, ctx->capitals, buf, sizeof buf);
    if (!s) return Err_NoMemory();
    Object *r = Str_FromFormat("Decimal('%s')", s);
    if (s != buf) free(s);
    return r;
}

Object *Dec_Text(Object *self, bool eng, DecCtx *ctx) { return text_of(self, eng, ctx); }

/* ---- hash ---- */

static hash_t dec_hash(Object *self) {
    DecObject *d = (DecObject *)self;
    if (d->hash != -1) return d->hash;
    DecNum *n = &d->n;
    hash_t h;
    if (n->kind == DEC_SNAN) {
        Err_SetString(Exc_TypeError, "Cannot hash a signaling NaN value");
        return -1;
    } else if (n->kind == DEC_QNAN) {
        h = Hash_Pointer(self);
    } else if (n->kind == DEC_INF) {
        h = n->sign ? -HASH_INF : HASH_INF;
    } else {
        /* coef * 10**exp modulo 2**61-1, with 10**-k as the inverse's power */
        mpz_t m, p, c;
        mpz_inits(m, p, c, NULL);
        mpz_set_si(m, 0);
        mpz_set_ui(m, 1);
        mpz_mul_2exp(m, m, 61);
        mpz_sub_ui(m, m, 1);
        mpz_set_ui(p, 10);
        if (n->exp >= 0) {
            mpz_set_ui(c, (unsigned long)n->exp);
            mpz_powm(p, p, c, m);
        } else {
            mpz_invert(p, p, m);
            mpz_set_ui(c, (unsigned long)(-(n->exp + 1)) + 1);
            mpz_powm(p, p, c, m);
        }
        mpz_mod(c, n->coef, m);
        mpz_mul(c, c, p);
        mpz_mod(c, c, m);
        h = (hash_t)mpz_get_ui(c);
        if (n->sign) h = -h;
        if (h == -1) h = -2;
        mpz_clears(m, p, c, NULL);
    }
    d->hash = h;
    return h;
}

/* ---- comparisons ---- */

/* o as a DecNum for comparing (Decimal, int, float; a float sets
 * FloatOperation and, for an ordering, may raise).  0: *out set (owned
 * by *keep); 1: not comparable; -1: error. */
static int comparable(Object *o, bool ordering, DecCtx *ctx, Object **keep) {
    if (Dec_Check(o) || Int_Check(o)) {
        *keep = Dec_Convert(o, true);
        return *keep ? 0 : -1;
    }
    if (Float_Check(o)) {
        if (ordering) {
            if (DecCtx_Signal(ctx, DEC_FLOAT_OPERATION) < 0) return -1;
        } else {
            ctx->flags |= DEC_FLOAT_OPERATION;
        }
        DecObject *d = Dec_Alloc(&Dec_Type);
        if (!d) return -1;
        Dec_FromDouble(&d->n, Float_AsDouble(o));
        *keep = (Object *)d;
        return 0;
    }
    return 1;
}

/* Whether o is a numbers.Rational (only possible once numbers is loaded). */
static int is_rational(Object *o) {
    Object *mods = Sys_GetObject("modules");
    Object *numbers = mods && Dict_Check(mods) ? Dict_GetStr(mods, "numbers") : NULL;
    if (!numbers) return 0;
    Object *rational = Obj_GetAttrC(numbers, "Rational");
    if (!rational) {
        Err_Clear();
        return 0;
    }
    int r = Obj_IsInstance(o, rational);
    DECREF(rational);
    return r;
}

/* Compares a Decimal with a fraction n/d (d > 0) exactly: a*d against n. */
static Object *compare_rational(Object *a, Object *frac, int op, DecCtx *ctx) {
    Object *num = Obj_GetAttrC(frac, "numerator"), *den = num ? Obj_GetAttrC(frac, "denominator") : NULL;
    if (!den || !Int_Check(num) || !Int_Check(den)) {
        XDECREF(num);
        XDECREF(den);
        return Err_Occurred() ? NULL : NEWREF(OBJ_NOTIMPL);
    }
    DecNum x, y;
    DecNum_Init(&x);
    DecNum_Init(&y);
    DecNum_Copy(&x, DEC_NUM(a));
    num_from_int(&y, num);
    if (x.kind == DEC_FINITE) {
        mpz_t d;
        mpz_init(d);
        Int_ToMpz(den, d);
        mpz_mul(x.coef, x.coef, d);
        mpz_clear(d);
    }
    DECREF(num);
    DECREF(den);
    Object *r;
    if (DecNum_IsNaN(&x)) {
        bool signal = (op != 2 && op != 3) || x.kind == DEC_SNAN;
        r = signal && DecCtx_Signal(ctx, DEC_INVALID_OPERATION) < 0 ? NULL : Bool_From(op == 3);
    } else {
        int c = Dec_CmpNum(&x, &y);
        bool t = op == 0 ? c < 0 : op == 1 ? c <= 0 : op == 2 ? c == 0 : op == 3 ? c != 0 : op == 4 ? c > 0 : c >= 0;
        r = Bool_From(t);
    }
    DecNum_Clear(&x);
    DecNum_Clear(&y);
    return r;
}

static Object *dec_richcompare(Object *a, Object *b, int op) {
    bool ordering = op != 2 && op != 3;
    DecCtx *ctx = DecCtx_Current();
    if (!ctx) return NULL;
    Object *other;
    int k = comparable(b, ordering, ctx, &other);
    if (k < 0) return NULL;
    if (k > 0) {
        int rat = is_rational(b);
        if (rat < 0) return NULL;
        return rat ? compare_rational(a, b, op, ctx) : NEWREF(OBJ_NOTIMPL);
    }
    const DecNum *x = DEC_NUM(a), *y = DEC_NUM(other);
    Object *r;
    if (DecNum_IsNaN(x) || DecNum_IsNaN(y)) {
        bool signal = ordering || x->kind == DEC_SNAN || y->kind == DEC_SNAN;
        DECREF(other);
        if (signal && DecCtx_Signal(ctx, DEC_INVALID_OPERATION) < 0) return NULL;
        return Bool_From(op == 3);
    }
    int c = Dec_CmpNum(x, y);
    DECREF(other);
    switch (op) {
    case 0: r = Bool_From(c < 0); break;
    case 1: r = Bool_From(c <= 0); break;
    case 2: r = Bool_From(c == 0); break;
    case 3: r = Bool_From(c != 0); break;
    case 4: r = Bool_From(c > 0); break;
    default: r = Bool_From(c >= 0); break;
    }
    return r;
}

/* ---- operators ---- */

/* a op b in ctx, both converted already (owned by the caller). */
Object *Dec_RunBinary(DecBinFn fn, Object *a, Object *b, DecCtx *ctx) {
    DecObject *r = Dec_Alloc(&Dec_Type);
    if (!r) return NULL;
    DecEnv env = ctx->env;
    env.status = 0;
    fn(&r->n, DEC_NUM(a), DEC_NUM(b), &env);
    if (DecCtx_Signal(ctx, env.status) < 0) {
        DECREF((Object *)r);
        return NULL;
    }
    return (Object *)r;
}

static Object *binary_slot(Object *a, Object *b, DecBinFn fn) {
    Object *x = Dec_Convert(a, false);
    if (!x || x == OBJ_NOTIMPL) return x;
    Object *y = Dec_Convert(b, false);
    if (!y || y == OBJ_NOTIMPL) {
        DECREF(x);
        return y;
    }
    DecCtx *ctx = DecCtx_Current();
    Object *r = ctx ? Dec_RunBinary(fn, x, y, ctx) : NULL;
    DECREF(x);
    DECREF(y);
    return r;
}

void Dec_AddFn(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { Dec_Add(r, a, b, 0, env); }
void Dec_SubFn(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { Dec_Add(r, a, b, 1, env); }
void Dec_FloorDivFn(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { Dec_DivInt(r, NULL, a, b, env); }
void Dec_RemFn(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { Dec_DivInt(NULL, r, a, b, env); }

static Object *nb_add(Object *a, Object *b) { return binary_slot(a, b, Dec_AddFn); }
static Object *nb_sub(Object *a, Object *b) { return binary_slot(a, b, Dec_SubFn); }
static Object *nb_mul(Object *a, Object *b) { return binary_slot(a, b, Dec_Mul); }
static Object *nb_div(Object *a, Object *b) { return binary_slot(a, b, Dec_Div); }
static Object *nb_floordiv(Object *a, Object *b) { return binary_slot(a, b, Dec_FloorDivFn); }
static Object *nb_mod(Object *a, Object *b) { return binary_slot(a, b, Dec_RemFn); }

Object *Dec_DivMod(Object *a, Object *b, DecCtx *ctx) {
    DecObject *q = Dec_Alloc(&Dec_Type), *r = Dec_Alloc(&Dec_Type);
    if (!q || !r) {
        XDECREF((Object *)q);
        XDECREF((Object *)r);
        return NULL;
    }
    DecEnv env = ctx->env;
    env.status = 0;
    Dec_DivInt(&q->n, &r->n, DEC_NUM(a), DEC_NUM(b), &env);
    if (DecCtx_Signal(ctx, env.status) < 0) {
        DECREF((Object *)q);
        DECREF((Object *)r);
        return NULL;
    }
    Object *t = Tuple_Pack(2, (Object *)q, (Object *)r);
    DECREF((Object *)q);
    DECREF((Object *)r);
    return t;
}

static Object *divmod_either(Object *a, Object *b) {
    Object *x = Dec_Convert(a, false);
    if (!x || x == OBJ_NOTIMPL) return x;
    Object *y = Dec_Convert(b, false);
    if (!y || y == OBJ_NOTIMPL) {
        DECREF(x);
        return y;
    }
    DecCtx *ctx = DecCtx_Current();
    Object *r = ctx ? Dec_DivMod(x, y, ctx) : NULL;
    DECREF(x);
    DECREF(y);
    return r;
}

Object *Dec_DivmodMethod(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)nargs, (void)kw;
    return divmod_either(self, args[0]);
}

Object *Dec_RDivmodMethod(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)nargs, (void)kw;
    return divmod_either(args[0], self);
}

Object *Dec_RunUnary(DecUnFn fn, Object *a, DecCtx *ctx) {
    DecObject *r = Dec_Alloc(&Dec_Type);
    if (!r) return NULL;
    DecEnv env = ctx->env;
    env.status = 0;
    fn(&r->n, DEC_NUM(a), &env);
    if (DecCtx_Signal(ctx, env.status) < 0) {
        DECREF((Object *)r);
        return NULL;
    }
    return (Object *)r;
}

void Dec_PlusFn(DecNum *r, const DecNum *a, DecEnv *env) { Dec_Plus(r, a, 0, env); }
void Dec_MinusFn(DecNum *r, const DecNum *a, DecEnv *env) { Dec_Plus(r, a, 1, env); }

static Object *unary_slot(Object *a, DecUnFn fn) {
    DecCtx *ctx = DecCtx_Current();
    return ctx ? Dec_RunUnary(fn, a, ctx) : NULL;
}

static Object *nb_neg(Object *a) { return unary_slot(a, Dec_MinusFn); }
static Object *nb_pos(Object *a) { return unary_slot(a, Dec_PlusFn); }
static Object *nb_abs(Object *a) { return unary_slot(a, Dec_Abs); }

static int nb_bool(Object *a) {
    const DecNum *n = DEC_NUM(a);
    return n->kind != DEC_FINITE || mpz_sgn(n->coef) != 0;
}

/* The integer part of n truncated (or rounded by mode) toward an int. */
Object *Dec_ToInt(Object *self, int mode) {
    const DecNum *n = DEC_NUM(self);
    if (DecNum_IsNaN(n)) {
        Err_SetString(Exc_ValueError, "cannot convert NaN to integer");
        return NULL;
    }
    if (n->kind == DEC_INF) {
        Err_SetString(Exc_OverflowError, "cannot convert Infinity to integer");
        return NULL;
    }
    DecNum t;
    DecNum_Init(&t);
    DecNum_Copy(&t, n);
    uint32_t st = 0;
    if (t.exp < 0) DecNum_DropDigits(&t, -t.exp, mode, false, &st);
    else Dec_MulPow10(t.coef, (uint64_t)t.exp);
    if (t.sign) mpz_neg(t.coef, t.coef);
    if (Dec_TooBig) {
        Dec_TooBig = false;
        DecNum_Clear(&t);
        return Err_NoMemory();
    }
    Object *r = Int_FromMpz(t.coef);
    DecNum_Clear(&t);
    return r;
}

static Object *nb_int(Object *a) { return Dec_ToInt(a, ROUND_DOWN_); }

static Object *nb_float(Object *a) {
    const DecNum *n = DEC_NUM(a);
    if (n->kind == DEC_SNAN) {
        Err_SetString(Exc_ValueError, "cannot convert signaling NaN to float");
        return NULL;
    }
    if (n->kind == DEC_QNAN) return Float_From(n->sign ? -NAN : NAN);
    DecU128 c;
    if (n->kind == DEC_FINITE && n->exp >= -22 && n->exp <= 22 && Dec_GetU128(n->coef, &c) && c < (DecU128)1 << 53) {
        /* c and 10**|exp| are exact doubles: one operation rounds correctly */
        double p = 1.0, x = (double)c;
        for (int64_t i = n->exp < 0 ? -n->exp : n->exp; i > 0; i--) p *= 10.0;
        x = n->exp < 0 ? x / p : x * p;
        return Float_From(n->sign ? -x : x);
    }
    char buf[DEC_TEXT_BUF];
    char *s = Dec_ToText(n, false, true, buf, sizeof buf);
    if (!s) return Err_NoMemory();
    Object *str = Str_FromUTF8(s, -1);
    if (s != buf) free(s);
    if (!str) return NULL;
    Object *f = Float_FromString(str);
    DECREF(str);
    return f;
}

static Object *nb_pow(Object *a, Object *b) { return binary_slot(a, b, Dec_PowerFn); }

extern const MethodDef Dec_Methods[];
extern const GetSetDef Dec_GetSet[];

Type Dec_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "decimal.Decimal",
    .basicsize = sizeof(DecObject),
    .flags = TPFLAG_BASETYPE,
    .doc = "Construct a new Decimal object. 'value' can be an integer, string, tuple,\n"
           "or another Decimal object. If no value is given, return Decimal('0'). The\n"
           "context does not affect the conversion and is only passed to determine if\n"
           "the InvalidOperation trap is active.\n\n",
    .args = ARGS_F(ARG_GETARGS_STYLE | ARG_UNNAMED, "(value=\"0\", context=None)", NULL),
    .dealloc = dec_dealloc,
    .repr = dec_repr,
    .str = dec_str,
    .hash = dec_hash,
    .richcompare = dec_richcompare,
    .nb = {
        [NB_ADD] = nb_add, [NB_SUBTRACT] = nb_sub, [NB_MULTIPLY] = nb_mul, [NB_TRUE_DIVIDE] = nb_div,
        [NB_FLOOR_DIVIDE] = nb_floordiv, [NB_REMAINDER] = nb_mod, [NB_POWER] = nb_pow,
    },
    .nb_power3 = Dec_TernaryPow,
    .nb_negative = nb_neg,
    .nb_positive = nb_pos,
    .nb_absolute = nb_abs,
    .nb_bool = nb_bool,
    .nb_int = nb_int,
    .nb_float = nb_float,
    .new_ = dec_new,
    .methods = Dec_Methods,
    .getset = Dec_GetSet,
};

