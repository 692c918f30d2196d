/* decimal's transcendental functions: exp, ln, log10 and power.
 *
 * Each works in fixed point: an mpz X stands for X / 10**W.  A result is
 * computed with W a little beyond the precision, with a bound on its error
 * in units of the last place; when the digits beyond the rounding position
 * leave the rounding in doubt (within that bound of the deciding point),
 * W grows and the work is redone (Ziv's strategy).  The approximation
 * then goes to DecNum_Finish with a sticky trace, since none of these
 * results is exact (exact cases are caught before). */
#include "modules/decimal/decimal.h"
#include <stdlib.h>

enum { ULP_BOUND = 50, MAX_TRIES = 12 };

/* X = a * 10**W, truncated toward zero (a finite). */
static void fx_from_num(mpz_t x, const DecNum *a, int64_t w) {
    mpz_set(x, a->coef);
    int64_t shift = a->exp + w;
    if (shift >= 0) {
        Dec_MulPow10(x, (uint64_t)shift);
    } else {
        mpz_t p;
        mpz_init(p);
        Dec_Pow10(p, (uint64_t)-shift);
        mpz_tdiv_q(x, x, p);
        mpz_clear(p);
    }
    if (a->sign) mpz_neg(x, x);
}

/* x = x / 10**k, rounded to nearest. */
static void fx_drop(mpz_t x, int64_t k) {
    if (k <= 0) return;
    mpz_t p;
    mpz_init(p);
    Dec_Pow10(p, (uint64_t)k);
    mpz_t half;
    mpz_init(half);
    mpz_tdiv_q_2exp(half, p, 1);
    if (mpz_sgn(x) >= 0) mpz_add(x, x, half);
    else mpz_sub(x, x, half);
    mpz_tdiv_q(x, x, p);
    mpz_clears(p, half, NULL);
}

/* How many halvings (for exp) or square roots (for ln) reduce the argument
 * well for w digits. */
static int64_t reduction_steps(int64_t w) {
    int64_t k = 8;
    while (k * k < w * 3 && k < 80) k++;
    return k;
}

/* exp(x / 10**w) * 10**w for |x / 10**w| <= 2, within a few units. */
static void fx_exp(mpz_t out, const mpz_t x, int64_t w) {
    int64_t k = reduction_steps(w);
    int64_t wg = w + k / 3 + 8;   /* guard digits for the squarings */
    mpz_t r, one, term, sum;
    mpz_inits(r, one, term, sum, NULL);
    mpz_set(r, x);
    Dec_MulPow10(r, (uint64_t)(wg - w));
    mpz_tdiv_q_2exp(r, r, (mp_bitcnt_t)k);
    Dec_Pow10(one, (uint64_t)wg);
    /* Taylor series: term_i = term_{i-1} * r / (i * 10**wg) */
    mpz_set(sum, one);
    mpz_set(term, one);
    for (unsigned long i = 1; mpz_sgn(term) != 0; i++) {
        mpz_mul(term, term, r);
        mpz_tdiv_q(term, term, one);
        mpz_tdiv_q_ui(term, term, i);
        mpz_add(sum, sum, term);
    }
    for (int64_t i = 0; i < k; i++) {
        mpz_mul(sum, sum, sum);
        mpz_tdiv_q(sum, sum, one);
    }
    fx_drop(sum, wg - w);
    mpz_swap(out, sum);
    mpz_clears(r, one, term, sum, NULL);
}

/* ln(m / 10**w) * 10**w for a moderate positive m, within a few units:
 * k square roots bring m near 1, then ln m = 2**(k+1) atanh((s-1)/(s+1)). */
static void fx_ln(mpz_t out, const mpz_t m, int64_t w) {
    int64_t k = reduction_steps(w);
    int64_t wg = w + (k * 31) / 100 + 10;
    mpz_t s, one, z, z2, term, sum, t;
    mpz_inits(s, one, z, z2, term, sum, t, NULL);
    Dec_Pow10(one, (uint64_t)wg);
    mpz_set(s, m);
    Dec_MulPow10(s, (uint64_t)(wg - w));
    for (int64_t i = 0; i < k; i++) {
        mpz_mul(s, s, one);
        mpz_sqrt(s, s);
    }
    /* z = (s - 1) / (s + 1) */
    mpz_sub(z, s, one);
    mpz_mul(z, z, one);
    mpz_add(t, s, one);
    mpz_tdiv_q(z, z, t);
    mpz_mul(z2, z, z);
    mpz_tdiv_q(z2, z2, one);
    mpz_set(sum, z);
    mpz_set(term, z);
    for (unsigned long i = 3; mpz_sgn(term) != 0; i += 2) {
        mpz_mul(term, term, z2);
        mpz_tdiv_q(term, term, one);
        mpz_tdiv_q_ui(t, term, i);
        if (mpz_sgn(t) == 0) break;
        mpz_add(sum, sum, t);
    }
    mpz_mul_2exp(sum, sum, (mp_bitcnt_t)(k + 1));
    fx_drop(sum, wg - w);
    mpz_swap(out, sum);
    mpz_clears(s, one, z, z2, term, sum, t, NULL);
}

/* ln(10) * 10**w. */
static void fx_ln10(mpz_t out, int64_t w) {
    mpz_t ten;
    mpz_init(ten);
    Dec_Pow10(ten, (uint64_t)(w + 1));
    fx_ln(out, ten, w);
    mpz_clear(ten);
}

/* ln(a) * 10**w for finite a > 0: ln of the coefficient scaled into [1, 10)
 * plus the adjusted exponent times ln 10. */
static void fx_ln_num(mpz_t out, const DecNum *a, int64_t w) {
    int64_t adj = DecNum_Adjusted(a);
    DecNum m = *a;              /* shares a's coefficient, read only */
    m.exp = a->exp - adj;       /* the coefficient as a number in [1, 10) */
    m.sign = 0;
    int64_t extra = 0;
    for (int64_t v = adj < 0 ? -adj : adj; v; v /= 10) extra++;
    int64_t wl = w + extra + 2;
    mpz_t x, l10;
    mpz_inits(x, l10, NULL);
    fx_from_num(x, &m, wl);
    fx_ln(out, x, wl);
    if (adj) {
        fx_ln10(l10, wl);
        mpz_mul_si(l10, l10, (long)adj);
        mpz_add(out, out, l10);
    }
    fx_drop(out, wl - w);
    mpz_clears(x, l10, NULL);
}

/* How the approximation y (|error| <= ULP_BOUND units), as the coefficient
 * of y * 10**exp, rounds in env: SETTLED when its digits below the
 * rounding position keep clear of every point where the rounding changes
 * (the half-way point, or for the directed modes the context's own
 * numbers), NEAR_POINT when they are within the bound of one of the
 * context's numbers, UNSETTLED otherwise. */
enum { UNSETTLED, SETTLED, NEAR_POINT };

static int rounding_state(const mpz_t y, int64_t exp, const DecEnv *env) {
    if (mpz_sgn(y) == 0) return UNSETTLED;
    int64_t d = Dec_Digits(y);
    int64_t keep = env->prec;
    int64_t adj = exp + d - 1;
    if (adj < env->emin) keep = adj - DecEnv_Etiny(env) + 1;
    int64_t drop = d - keep;
    if (drop > d) return SETTLED;    /* far below half a unit of Etiny */
    if (drop < 3) return UNSETTLED;
    mpz_t unit, tail, dist;
    mpz_inits(unit, tail, dist, NULL);
    Dec_Pow10(unit, (uint64_t)drop);
    mpz_tdiv_r(tail, y, unit);
    mpz_abs(tail, tail);
    mpz_sub(dist, unit, tail);
    bool near_point = mpz_cmp_ui(tail, ULP_BOUND) <= 0 || mpz_cmp_ui(dist, ULP_BOUND) <= 0;
    int state;
    int m = env->round;
    if (m == ROUND_HALF_EVEN_ || m == ROUND_HALF_UP_ || m == ROUND_HALF_DOWN_) {
        mpz_tdiv_q_2exp(dist, unit, 1);
        mpz_sub(dist, tail, dist);
        mpz_abs(dist, dist);
        state = mpz_cmp_ui(dist, ULP_BOUND) > 0 ? SETTLED : UNSETTLED;
    } else {
        state = near_point ? NEAR_POINT : SETTLED;
    }
    mpz_clears(unit, tail, dist, NULL);
    return state;
}

static bool rounding_settled(const mpz_t y, int64_t exp, const DecEnv *env) {
    return rounding_state(y, exp, env) == SETTLED;
}

/* Moves y to the nearest of the context's numbers (y near one, as
 * NEAR_POINT says), for a result that is exact as far as can be told. */
static void snap_to_point(mpz_t y, int64_t exp, const DecEnv *env) {
    int64_t d = Dec_Digits(y);
    int64_t keep = env->prec;
    if (exp + d - 1 < env->emin) keep = exp + d - 1 - DecEnv_Etiny(env) + 1;
    int64_t drop = d - keep;
    mpz_t unit, half;
    mpz_inits(unit, half, NULL);
    Dec_Pow10(unit, (uint64_t)drop);
    mpz_tdiv_q_2exp(half, unit, 1);
    mpz_add(y, y, half);
    mpz_fdiv_q(y, y, unit);
    mpz_mul(y, y, unit);
    mpz_clears(unit, half, NULL);
}

/* r = y * 10**exp (sign given), rounded in env as an inexact value. */
static void finish_inexact(DecNum *r, const mpz_t y, int64_t exp, int sign, DecEnv *env) {
    mpz_abs(r->coef, y);
    r->exp = exp;
    r->sign = (uint8_t)sign;
    r->kind = DEC_FINITE;
    DecNum_Finish(r, env, true);
}

/* ---- exp ---- */

/* exp(a) * 10**w as y * 10**(n - w) with n the power of ten taken out. */
static void exp_approx(mpz_t y, int64_t *n_out, const DecNum *a, int64_t w) {
    int64_t wa = w + 24;        /* room for an integer part of up to 20 digits */
    mpz_t x, l10, n, rem;
    mpz_inits(x, l10, n, rem, NULL);
    fx_from_num(x, a, wa);
    fx_ln10(l10, wa);
    /* n = round(x / ln 10); x - n ln 10 lies within +-1.16 */
    mpz_mul_2exp(rem, x, 1);
    mpz_add(rem, rem, l10);
    mpz_mul_2exp(n, l10, 1);
    mpz_fdiv_q(n, rem, n);
    mpz_mul(rem, n, l10);
    mpz_sub(x, x, rem);
    fx_drop(x, wa - w);
    fx_exp(y, x, w);
    *n_out = mpz_get_si(n);
    mpz_clears(x, l10, n, rem, NULL);
}

void Dec_ExpFn(DecNum *r, const DecNum *a, DecEnv *env) {
    if (Dec_NaNResult(r, a, NULL, env)) return;
    if (a->kind == DEC_INF) {
        if (a->sign) DecNum_SetZero(r, 0, 0);
        else DecNum_SetInf(r, 0);
        return;
    }
    if (mpz_sgn(a->coef) == 0) {
        DecNum_SetI64(r, 1);
        return;
    }
    DecEnv e = *env;
    e.round = ROUND_HALF_EVEN_;
    e.status = 0;
    if (DecNum_Adjusted(a) >= 19) {
        /* |a| >= 10**19: beyond any exponent range either way */
        mpz_set_ui(r->coef, 1);
        r->kind = DEC_FINITE;
        r->sign = 0;
        r->exp = a->sign ? DEC_MIN_ETINY * 2 : DEC_MAX_EMAX * 2;
        DecNum_Finish(r, &e, true);
        env->status |= e.status;
        return;
    }
    mpz_t y;
    mpz_init(y);
    int64_t w = e.prec + 10, n = 0;
    for (int tries = 0;; tries++) {
        exp_approx(y, &n, a, w);
        if (Dec_TooBig || tries >= MAX_TRIES || rounding_settled(y, n - w, &e)) break;
        w += w / 2 + 10;
    }
    finish_inexact(r, y, n - w, 0, &e);
    env->status |= e.status;
    mpz_clear(y);
}

/* ---- ln and log10 ---- */

/* The cases of ln and log10 decided without computing: true when r is set. */
static bool log_special(DecNum *r, const DecNum *a, DecEnv *env) {
    if (Dec_NaNResult(r, a, NULL, env)) return true;
    if (DecNum_IsZero(a)) {
        DecNum_SetInf(r, 1);
        return true;
    }
    if (a->sign) {
        DecNum_SetNaN(r);
        env->status |= DEC_INVALID_OPERATION;
        return true;
    }
    if (a->kind == DEC_INF) {
        DecNum_SetInf(r, 0);
        return true;
    }
    return false;
}

/* Whether a (finite, positive) is 10**k; k is set then. */
static bool power_of_ten(const DecNum *a, int64_t *k) {
    mpz_t c;
    mpz_init_set(c, a->coef);
    int64_t e = a->exp;
    while (mpz_cmp_ui(c, 1) > 0 && mpz_divisible_ui_p(c, 10)) {
        mpz_divexact_ui(c, c, 10);
        e++;
    }
    bool yes = mpz_cmp_ui(c, 1) == 0;
    mpz_clear(c);
    *k = e;
    return yes;
}

static void log_common(DecNum *r, const DecNum *a, bool base10, DecEnv *env) {
    if (log_special(r, a, env)) return;
    int64_t k;
    if (power_of_ten(a, &k) && (base10 || k == 0)) {
        /* exact: log10's result is fitted to the context, ln(1)'s is not */
        DecNum_SetI64(r, k);
        if (base10) DecNum_Finish(r, env, false);
        return;
    }
    DecEnv e = *env;
    e.round = ROUND_HALF_EVEN_;
    e.status = 0;
    mpz_t y, l10;
    mpz_inits(y, l10, NULL);
    int64_t w = e.prec + 10;
    /* Near 1 the logarithm is about a - 1: start with enough digits after
     * the point to reach its first significant ones. */
    DecNum one, diff;
    DecNum_Init(&one);
    DecNum_Init(&diff);
    DecNum_SetI64(&one, 1);
    DecEnv exact = {DEC_MAX_PREC, DEC_MIN_EMIN * 3, DEC_MAX_EMAX * 3, ROUND_HALF_EVEN_, 0, 0};
    Dec_Add(&diff, a, &one, 1, &exact);
    if (!DecNum_IsZero(&diff) && DecNum_Adjusted(&diff) < 0) w -= DecNum_Adjusted(&diff);
    DecNum_Clear(&one);
    DecNum_Clear(&diff);
    for (int tries = 0;; tries++) {
        fx_ln_num(y, a, w);
        if (base10) {
            fx_ln10(l10, w);
            Dec_MulPow10(y, (uint64_t)w);
            mpz_tdiv_q(y, y, l10);
        }
        /* near 1 the logarithm is small: make sure enough digits carry it */
        int64_t have = mpz_sgn(y) ? Dec_Digits(y) : 0;
        if (have < e.prec + 5) {
            w += e.prec + 5 - have + 5;
            if (!Dec_TooBig && tries < MAX_TRIES) continue;
        }
        if (Dec_TooBig || tries >= MAX_TRIES || rounding_settled(y, -w, &e)) break;
        w += w / 2 + 10;
    }
    finish_inexact(r, y, -w, mpz_sgn(y) < 0, &e);
    env->status |= e.status;
    mpz_clears(y, l10, NULL);
}

void Dec_LnFn(DecNum *r, const DecNum *a, DecEnv *env) { log_common(r, a, false, env); }
void Dec_Log10Fn(DecNum *r, const DecNum *a, DecEnv *env) { log_common(r, a, true, env); }

/* ---- power ---- */

/* Whether b (finite) is an integer; its value goes to *v when it fits
 * int64 (else *fits is false). */
static bool integral(const DecNum *b, int64_t *v, bool *fits) {
    *fits = false;
    if (b->kind != DEC_FINITE) return false;
    mpz_t c;
    mpz_init_set(c, b->coef);
    int64_t e = b->exp;
    while (e < 0 && mpz_sgn(c) != 0 && mpz_divisible_ui_p(c, 10)) {
        mpz_divexact_ui(c, c, 10);
        e++;
    }
    bool yes = e >= 0 || mpz_sgn(c) == 0;
    if (yes && mpz_sgn(c) != 0 && e < 19) {
        Dec_MulPow10(c, (uint64_t)e);
        if (mpz_fits_slong_p(c)) {
            *v = mpz_get_si(c) * (b->sign ? -1 : 1);
            *fits = true;
        }
    } else if (yes && mpz_sgn(c) == 0) {
        *v = 0;
        *fits = true;
    }
    mpz_clear(c);
    return yes;
}

/* Whether integer b is odd (b finite and integral). */
static bool odd_integer(const DecNum *b) {
    if (b->exp > 0) return false;
    mpz_t c;
    mpz_init_set(c, b->coef);
    if (b->exp < 0) {
        mpz_t p;
        mpz_init(p);
        Dec_Pow10(p, (uint64_t)-b->exp);
        mpz_tdiv_q(c, c, p);
        mpz_clear(p);
    }
    bool odd = mpz_odd_p(c);
    mpz_clear(c);
    return odd;
}

/* exp(b ln a) for finite a > 0, in env's rounding, by Ziv's loop. */
static void power_approx(DecNum *r, const DecNum *a, const DecNum *b, int sign, DecEnv *env) {
    mpz_t y, l;
    mpz_inits(y, l, NULL);
    DecNum prod;
    DecNum_Init(&prod);
    int64_t w = env->prec + 10, n = 0;
    for (int tries = 0;; tries++) {
        /* b * ln a, to w digits after the point, then its exponential */
        int64_t wl = w + 4 + (DecNum_Adjusted(b) > 0 ? DecNum_Adjusted(b) : 0);
        fx_ln_num(l, a, wl);
        mpz_abs(prod.coef, l);
        prod.sign = mpz_sgn(l) < 0;
        prod.exp = -wl;
        prod.kind = DEC_FINITE;
        mpz_mul(prod.coef, prod.coef, b->coef);
        prod.exp += b->exp;
        prod.sign ^= b->sign;
        if (DecNum_Adjusted(&prod) >= 19) {
            mpz_set_ui(r->coef, 1);
            r->kind = DEC_FINITE;
            r->sign = (uint8_t)sign;
            r->exp = prod.sign ? DEC_MIN_ETINY * 2 : DEC_MAX_EMAX * 2;
            DecNum_Finish(r, env, true);
            goto done;
        }
        exp_approx(y, &n, &prod, w);
        int state = rounding_state(y, n - w, env);
        if (state == NEAR_POINT && tries >= 1) {
            /* Twice within the bound of one of the context's numbers: the
             * power is taken to be that number (4 ** 0.5), still inexact. */
            snap_to_point(y, n - w, env);
            mpz_abs(r->coef, y);
            r->exp = n - w;
            r->sign = (uint8_t)sign;
            r->kind = DEC_FINITE;
            DecNum_Finish(r, env, false);
            env->status |= DEC_INEXACT | DEC_ROUNDED;
            goto done;
        }
        if (Dec_TooBig || tries >= MAX_TRIES || state == SETTLED) break;
        w += w / 2 + 10;
    }
    finish_inexact(r, y, n - w, sign, env);
done:
    DecNum_Clear(&prod);
    mpz_clears(y, l, NULL);
}

/* a ** k for an integer k, exactly when the result stays small enough,
 * then rounded once; false when it would be too large to compute so. */
static bool power_exact(DecNum *r, const DecNum *a, int64_t k, DecEnv *env) {
    uint64_t mag = k < 0 ? (uint64_t)0 - (uint64_t)k : (uint64_t)k;
    int64_t digits = Dec_Digits(a->coef);
    uint64_t limit = (uint64_t)(env->prec * 4 + 10000);
    if (mag > limit || (uint64_t)digits * mag > limit) return false;
    DecNum p;
    DecNum_Init(&p);
    mpz_pow_ui(p.coef, a->coef, (unsigned long)mag);
    p.exp = a->exp * (int64_t)mag;
    p.sign = a->sign && (mag & 1);
    p.kind = DEC_FINITE;
    if (k >= 0) {
        DecNum_Copy(r, &p);
        DecNum_Finish(r, env, false);
    } else {
        DecNum one;
        DecNum_Init(&one);
        DecNum_SetI64(&one, 1);
        Dec_Div(r, &one, &p, env);
        DecNum_Clear(&one);
    }
    DecNum_Clear(&p);
    return true;
}

void Dec_PowerFn(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    if (Dec_NaNResult(r, a, b, env)) return;
    int64_t k = 0;
    bool fits;
    bool int_b = integral(b, &k, &fits);
    bool b_neg = b->sign && !DecNum_IsZero(b);
    bool b_zero = DecNum_IsZero(b);
    int sign = a->sign && int_b && odd_integer(b);
    if (a->sign && !DecNum_IsZero(a) && !int_b) {
        DecNum_SetNaN(r);
        env->status |= DEC_INVALID_OPERATION;
        return;
    }
    if (DecNum_IsZero(a)) {
        if (b_zero) {
            DecNum_SetNaN(r);
            env->status |= DEC_INVALID_OPERATION;
        } else if (b_neg) {
            DecNum_SetInf(r, sign);
        } else {
            DecNum_SetZero(r, sign, 0);
        }
        return;
    }
    if (a->kind == DEC_INF) {
        if (b_zero) DecNum_SetI64(r, 1);
        else if (b_neg) DecNum_SetZero(r, sign, 0);
        else DecNum_SetInf(r, sign);
        return;
    }
    if (b->kind == DEC_INF) {
        /* |a| < 1 and |a| > 1 go opposite ways; |a| == 1 is inexact 1 */
        DecNum one;
        DecNum_Init(&one);
        DecNum_SetI64(&one, 1);
        DecNum mag = *a;
        mag.sign = 0;
        int c = Dec_CmpNum(&mag, &one);
        DecNum_Clear(&one);
        if (a->sign) {
            DecNum_SetNaN(r);
            env->status |= DEC_INVALID_OPERATION;
        } else if (c == 0) {
            Dec_Pow10(r->coef, (uint64_t)(env->prec - 1));
            r->exp = 1 - env->prec;
            r->sign = 0;
            r->kind = DEC_FINITE;
            env->status |= DEC_INEXACT | DEC_ROUNDED;
        } else if ((c > 0) != (b->sign != 0)) {
            DecNum_SetInf(r, 0);
        } else {
            DecNum_SetZero(r, 0, 0);
        }
        return;
    }
    if (b_zero) {
        DecNum_SetI64(r, 1);
        return;
    }
    int64_t tens;
    if (int_b && !b_neg && power_of_ten(a, &tens) && tens == 0) {
        /* (+-1) ** n is exact however large n is: a coefficient 10**(j*n)
         * at exponent -j*n when a is 1 with j zeros, cut to the precision
         * (only zeros go: Rounded) when that is too long */
        uint64_t j = (uint64_t)-a->exp;
        uint64_t n = fits ? (uint64_t)k : UINT64_MAX;
        r->kind = DEC_FINITE;
        r->sign = (uint8_t)sign;
        if (j == 0 || (n <= (uint64_t)env->prec && j * n < (uint64_t)env->prec)) {
            Dec_Pow10(r->coef, j * n);
            r->exp = -(int64_t)(j * n);
            DecNum_Finish(r, env, false);
        } else {
            Dec_Pow10(r->coef, (uint64_t)(env->prec - 1));
            r->exp = 1 - env->prec;
            DecNum_Finish(r, env, false);
            env->status |= DEC_ROUNDED;
        }
        return;
    }
    if (int_b && fits && power_exact(r, a, k, env)) return;
    DecNum mag = *a;           /* shares a's coefficient, read only */
    mag.sign = 0;
    if (DecNum_Adjusted(b) >= 19) {
        /* |b| >= 10**19: |b ln a| is beyond every exponent range unless
         * a is 1 (taken care of above when exact) */
        DecNum one;
        DecNum_Init(&one);
        DecNum_SetI64(&one, 1);
        int c = Dec_CmpNum(&mag, &one);
        DecNum_Clear(&one);
        if (c != 0) {
            bool grows = (c > 0) != (b->sign != 0);
            mpz_set_ui(r->coef, 1);
            r->kind = DEC_FINITE;
            r->sign = (uint8_t)sign;
            r->exp = grows ? DEC_MAX_EMAX * 2 : DEC_MIN_ETINY * 2;
            DecNum_Finish(r, env, true);
            return;
        }
    }
    power_approx(r, &mag, b, sign, env);
}

/* The integer value of a finite integral n into z (false if n is not). */
static bool integer_value(mpz_t z, const DecNum *n) {
    if (n->kind != DEC_FINITE) return false;
    mpz_set(z, n->coef);
    if (n->exp >= 0) {
        Dec_MulPow10(z, (uint64_t)n->exp);
        return true;
    }
    mpz_t unit, rem;
    mpz_inits(unit, rem, NULL);
    Dec_Pow10(unit, (uint64_t)-n->exp);
    mpz_tdiv_qr(z, rem, z, unit);
    bool exact = mpz_sgn(rem) == 0;
    mpz_clears(unit, rem, NULL);
    return exact;
}

void Dec_PowMod(DecNum *r, const DecNum *a, const DecNum *b, const DecNum *m, DecEnv *env) {
    if (a->kind == DEC_SNAN || b->kind == DEC_SNAN || m->kind == DEC_SNAN ||
        DecNum_IsNaN(a) || DecNum_IsNaN(b) || DecNum_IsNaN(m)) {
        const DecNum *pick = a->kind == DEC_SNAN ? a : b->kind == DEC_SNAN ? b : m->kind == DEC_SNAN ? m
                           : DecNum_IsNaN(a) ? a : DecNum_IsNaN(b) ? b : m;
        if (pick->kind == DEC_SNAN) env->status |= DEC_INVALID_OPERATION;
        DecNum_Copy(r, pick);
        DecNum_FixNaN(r, env);
        return;
    }
    mpz_t x, y, z;
    mpz_inits(x, y, z, NULL);
    bool ok = integer_value(x, a) && integer_value(y, b) && integer_value(z, m) && !b->sign &&
              mpz_sgn(z) != 0 && !(mpz_sgn(x) == 0 && mpz_sgn(y) == 0) && Dec_Digits(z) <= env->prec;
    if (!ok) {
        DecNum_SetNaN(r);
        env->status |= DEC_INVALID_OPERATION;
    } else {
        bool odd = mpz_odd_p(y);
        mpz_abs(z, z);
        mpz_powm(r->coef, x, y, z);   /* x >= 0: coefficients carry no sign */
        r->kind = DEC_FINITE;
        r->exp = 0;
        r->sign = a->sign && odd;
    }
    mpz_clears(x, y, z, NULL);
}
