/* The less common decimal operations: fused multiply-add, square root,
 * max/min, stepping to the next number, scaling, and the digit-wise
 * (logical, rotate, shift) ones. */
#include "modules/decimal/decimal.h"
#include <stdlib.h>
#include <string.h>

static void invalid(DecNum *r, DecEnv *env) {
    DecNum_SetNaN(r);
    env->status |= DEC_INVALID_OPERATION;
}

/* An environment wide enough that DecNum_Finish never changes a value. */
static DecEnv exact_env(void) {
    return (DecEnv){DEC_MAX_PREC, DEC_MIN_EMIN * 3, DEC_MAX_EMAX * 3, ROUND_HALF_EVEN_, 0, 0};
}

void Dec_Fma(DecNum *r, const DecNum *a, const DecNum *b, const DecNum *c, DecEnv *env) {
    /* A signalling NaN anywhere comes first; then a*b's own invalid cases. */
    if (a->kind == DEC_SNAN || b->kind == DEC_SNAN || c->kind == DEC_SNAN) {
        const DecNum *s = a->kind == DEC_SNAN ? a : b->kind == DEC_SNAN ? b : c;
        env->status |= DEC_INVALID_OPERATION;
        DecNum_Copy(r, s);
        DecNum_FixNaN(r, env);
        return;
    }
    DecNum prod;
    DecNum_Init(&prod);
    DecEnv wide = exact_env();
    Dec_Mul(&prod, a, b, &wide);
    if (wide.status & DEC_INVALID_OPERATION) {
        invalid(r, env);
    } else {
        Dec_Add(r, &prod, c, 0, env);
    }
    DecNum_Clear(&prod);
}

void Dec_Sqrt(DecNum *r, const DecNum *a, DecEnv *env) {
    if (Dec_NaNResult(r, a, NULL, env)) return;
    if (a->sign && !DecNum_IsZero(a)) {
        invalid(r, env);
        return;
    }
    int64_t ideal = a->exp >= 0 ? a->exp / 2 : -((-a->exp + 1) / 2);
    if (a->kind == DEC_INF) {
        DecNum_SetInf(r, 0);
        return;
    }
    if (DecNum_IsZero(a)) {
        DecNum_SetZero(r, a->sign, ideal);
        DecNum_Finish(r, env, false);
        return;
    }
    mpz_t c, rem;
    mpz_init_set(c, a->coef);
    mpz_init(rem);
    int64_t e = a->exp;
    if (e & 1) {
        mpz_mul_ui(c, c, 10);
        e--;
    }
    int64_t want = 2 * (env->prec + 1) - Dec_Digits(c);
    if (want > 0) {
        want += want & 1;
        Dec_MulPow10(c, (uint64_t)want);
        e -= want;
    }
    mpz_sqrtrem(r->coef, rem, c);
    bool exact = mpz_sgn(rem) == 0;
    mpz_clears(c, rem, NULL);
    r->kind = DEC_FINITE;
    r->sign = 0;
    r->exp = e / 2;
    if (exact) DecNum_Trim(r, ideal);
    DecEnv half_even = *env;
    half_even.round = ROUND_HALF_EVEN_;
    half_even.status = 0;
    DecNum_Finish(r, &half_even, !exact);
    env->status |= half_even.status;
}

/* Which of a, b (both numbers) max (or min) picks when they compare equal:
 * the positive one, then the larger exponent for positives. */
static const DecNum *tie_break(const DecNum *a, const DecNum *b, bool want_max) {
    if (a->sign != b->sign) return want_max == !a->sign ? a : b;
    if (a->exp == b->exp) return a;
    /* positives: max keeps the larger exponent; negatives the reverse */
    bool prefer_larger = want_max != (a->sign != 0);
    return (a->exp > b->exp) == prefer_larger ? a : b;
}

void Dec_MinMax(DecNum *r, const DecNum *a, const DecNum *b, bool want_max, bool mag, DecEnv *env) {
    if (a->kind == DEC_SNAN || b->kind == DEC_SNAN || (DecNum_IsNaN(a) && DecNum_IsNaN(b))) {
        Dec_NaNResult(r, a, b, env);
        return;
    }
    const DecNum *pick;
    if (DecNum_IsNaN(a)) pick = b;
    else if (DecNum_IsNaN(b)) pick = a;
    else {
        int c = 0;
        if (mag) {
            DecNum x = *a, y = *b;
            x.sign = y.sign = 0;
            c = Dec_CmpNum(&x, &y);
        }
        if (c == 0) c = Dec_CmpNum(a, b);
        if (c == 0) pick = tie_break(a, b, want_max);
        else pick = (c > 0) == want_max ? a : b;
    }
    DecNum_Copy(r, pick);
    DecNum_Finish(r, env, false);
}

void Dec_NextToward(DecNum *r, const DecNum *a, int dir, DecEnv *env) {
    if (Dec_NaNResult(r, a, NULL, env)) return;
    if (a->kind == DEC_INF) {
        if ((dir > 0) == (a->sign != 0)) {
            /* from -inf up (or +inf down): the largest finite number */
            Dec_Pow10(r->coef, (uint64_t)env->prec);
            mpz_sub_ui(r->coef, r->coef, 1);
            r->exp = DecEnv_Etop(env);
            r->sign = a->sign;
            r->kind = DEC_FINITE;
        } else {
            DecNum_Copy(r, a);
        }
        return;
    }
    DecEnv toward = *env;
    toward.round = dir > 0 ? ROUND_CEILING_ : ROUND_FLOOR_;
    toward.status = 0;
    /* A value the context cannot hold: rounding it the right way is the step. */
    DecNum_Copy(r, a);
    DecNum_Finish(r, &toward, false);
    if (toward.status & DEC_INEXACT) return;
    /* Otherwise add a one-digit amount below a's last digit and round the
     * same way: the next number of the context's grid. */
    DecNum tiny;
    DecNum_Init(&tiny);
    mpz_set_ui(tiny.coef, 1);
    int64_t below = DecEnv_Etiny(env) - 1;
    if (!DecNum_IsZero(r) && DecNum_Adjusted(r) - env->prec > below) below = DecNum_Adjusted(r) - env->prec;
    tiny.exp = below;
    tiny.sign = dir < 0;
    DecNum cur;
    DecNum_Init(&cur);
    DecNum_Copy(&cur, r);
    toward.status = 0;
    Dec_Add(r, &cur, &tiny, 0, &toward);
    DecNum_Clear(&cur);
    DecNum_Clear(&tiny);
}

/* b as an integer with exponent 0 within [-limit, limit]; false otherwise. */
static bool small_integer(const DecNum *b, int64_t limit, int64_t *out) {
    if (b->kind != DEC_FINITE || b->exp != 0) return false;
    if (Dec_Digits(b->coef) > 18) return false;
    int64_t v = (int64_t)mpz_get_ui(b->coef);
    if (v > limit) return false;
    *out = b->sign ? -v : v;
    return true;
}

void Dec_ScaleB(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    if (Dec_NaNResult(r, a, b, env)) return;
    int64_t k;
    if (!small_integer(b, 2 * (env->emax + env->prec), &k)) {
        invalid(r, env);
        return;
    }
    DecNum_Copy(r, a);
    if (r->kind == DEC_INF) return;
    r->exp += k;
    DecNum_Finish(r, env, false);
}

void Dec_Logb(DecNum *r, const DecNum *a, DecEnv *env) {
    if (Dec_NaNResult(r, a, NULL, env)) return;
    if (a->kind == DEC_INF) {
        DecNum_SetInf(r, 0);
        return;
    }
    if (DecNum_IsZero(a)) {
        DecNum_SetInf(r, 1);
        env->status |= DEC_DIVISION_BY_ZERO;
        return;
    }
    DecNum_SetI64(r, DecNum_Adjusted(a));
    DecNum_Finish(r, env, false);
}

/* ---- digit-wise operations ---- */

/* The digits of a logical operand (finite, positive, exponent 0, only 0s
 * and 1s), right-aligned in a buffer of prec digits (longer operands keep
 * their low prec digits); NULL if not one. */
static char *logical_digits(const DecNum *n, int64_t prec) {
    if (n->kind != DEC_FINITE || n->sign || n->exp != 0) return NULL;
    char *s = mpz_get_str(NULL, 10, n->coef);
    size_t len = strlen(s);
    bool ok = true;
    for (size_t i = 0; i < len; i++) ok &= s[i] == '0' || s[i] == '1';
    char *out = NULL;
    if (ok && prec < INT32_MAX) {
        size_t keep = (int64_t)len > prec ? (size_t)prec : len;
        out = malloc((size_t)prec + 1);
        if (out) {
            memset(out, '0', (size_t)prec);
            memcpy(out + prec - (int64_t)keep, s + len - keep, keep);
            out[prec] = 0;
        }
    }
    void (*gmp_free)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &gmp_free);
    gmp_free(s, len + 1);
    return out;
}

static void logical(DecNum *r, const DecNum *a, const DecNum *b, char op, DecEnv *env) {
    char *x = logical_digits(a, env->prec), *y = b ? logical_digits(b, env->prec) : NULL;
    if (!x || (b && !y)) {
        free(x);
        free(y);
        invalid(r, env);
        return;
    }
    for (int64_t i = 0; i < env->prec; i++) {
        int p = x[i] - '0', q = y ? y[i] - '0' : 0;
        int v = op == '&' ? p & q : op == '|' ? p | q : op == '^' ? p ^ q : !p;
        x[i] = (char)('0' + v);
    }
    mpz_set_str(r->coef, x, 10);
    r->exp = 0;
    r->sign = 0;
    r->kind = DEC_FINITE;
    free(x);
    free(y);
}

void Dec_LogicalAnd(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { logical(r, a, b, '&', env); }
void Dec_LogicalOr(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { logical(r, a, b, '|', env); }
void Dec_LogicalXor(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { logical(r, a, b, '^', env); }
void Dec_LogicalInvert(DecNum *r, const DecNum *a, DecEnv *env) { logical(r, a, NULL, '~', env); }

/* rotate (keep the digits pushed out, at the other end) or shift. */
static void move_digits(DecNum *r, const DecNum *a, const DecNum *b, bool rotate, DecEnv *env) {
    if (Dec_NaNResult(r, a, b, env)) return;
    int64_t k;
    if (!small_integer(b, env->prec, &k)) {
        invalid(r, env);
        return;
    }
    DecNum_Copy(r, a);
    if (r->kind == DEC_INF || k == 0) return;
    mpz_t mod, hi;
    mpz_inits(mod, hi, NULL);
    Dec_Pow10(mod, (uint64_t)env->prec);
    mpz_tdiv_r(r->coef, r->coef, mod);       /* only the low prec digits take part */
    int64_t left = k > 0 ? k : env->prec + k; /* a rotation right is one left by prec + k */
    if (rotate) {
        Dec_MulPow10(r->coef, (uint64_t)left);
        mpz_tdiv_qr(hi, r->coef, r->coef, mod);
        mpz_add(r->coef, r->coef, hi);
    } else if (k > 0) {
        Dec_MulPow10(r->coef, (uint64_t)k);
        mpz_tdiv_r(r->coef, r->coef, mod);
    } else {
        Dec_Pow10(hi, (uint64_t)-k);
        mpz_tdiv_q(r->coef, r->coef, hi);
    }
    mpz_clears(mod, hi, NULL);
}

void Dec_Rotate(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { move_digits(r, a, b, true, env); }
void Dec_Shift(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { move_digits(r, a, b, false, env); }
