/* The basic operations of decimal on DecNum values: each computes the
 * exact result (or enough of it, with a sticky trace of what is left) and
 * hands it to DecNum_Finish, which fits it to the context. */
#include "modules/decimal/decimal.h"
#include <math.h>

static void invalid(DecNum *r, DecEnv *env, uint32_t cond) {
    DecNum_SetNaN(r);
    env->status |= cond;
}

bool Dec_NaNResult(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    const DecNum *pick = NULL;
    if (a->kind == DEC_SNAN) pick = a;
    else if (b && b->kind == DEC_SNAN) pick = b;
    else if (a->kind == DEC_QNAN) pick = a;
    else if (b && b->kind == DEC_QNAN) pick = b;
    if (!pick) return false;
    if (pick->kind == DEC_SNAN) env->status |= DEC_INVALID_OPERATION;
    DecNum_Copy(r, pick);
    DecNum_FixNaN(r, env);
    return true;
}

/* ---- coefficients below 2**128: no mpz arithmetic ---- */

static const uint64_t ten_to[19] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
    1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
    100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
    1000000000000000000ull,
};

/* Stores the exact result c * 10**exp when the context has nothing to do
 * to it (it fits the precision, is neither subnormal nor out of range,
 * and needs no clamping): true; false (r untouched) otherwise. */
static bool set_small_exact(DecNum *r, DecU128 c, int sign, int64_t exp, const DecEnv *env) {
    int64_t top = env->clamp ? DecEnv_Etop(env) : env->emax;
    if (exp < DecEnv_Etiny(env) || exp > top) return false;
    if (c != 0) {
        int64_t digits = Dec_DigitsU128(c);
        if (digits > env->prec) return false;
        int64_t adj = exp + digits - 1;
        if (adj < env->emin || adj > env->emax) return false;
    }
    Dec_SetU128(r->coef, c);
    r->exp = exp;
    r->sign = (uint8_t)sign;
    r->kind = DEC_FINITE;
    return true;
}

/* r = the exact result c * 10**exp fitted to env. */
static void set_small(DecNum *r, DecU128 c, int sign, int64_t exp, DecEnv *env) {
    if (set_small_exact(r, c, sign, exp, env)) return;
    Dec_SetU128(r->coef, c);
    r->exp = exp;
    r->sign = (uint8_t)sign;
    r->kind = DEC_FINITE;
    DecNum_Finish(r, env, false);
}

/* The sign of an exact zero sum of operands of signs sa and sb. */
static int zero_sum_sign(int sa, int sb, const DecEnv *env) {
    if (sa == sb) return sa;
    return env->round == ROUND_FLOOR_;
}

/* r = nz + a zero at exponent zexp: nz's value with the smaller exponent,
 * but padded no further than rounding would keep (so that a zero far
 * below costs nothing and still raises Rounded). */
static void add_to_zero(DecNum *r, const DecNum *nz, int sign, int64_t zexp, DecEnv *env) {
    DecNum_Copy(r, nz);
    r->sign = (uint8_t)sign;
    if (zexp < r->exp) {
        int64_t shift = r->exp - zexp, digits = Dec_Digits(r->coef);
        int64_t cap = (env->prec + 1 > digits ? env->prec + 1 - digits : 0) + 1;
        if (shift > cap) shift = cap;
        Dec_MulPow10(r->coef, (uint64_t)shift);
        r->exp -= shift;
    }
    DecNum_Finish(r, env, false);
}

/* r = big + small (signs sbig, ssmall; |small| < |big| / 10, and small
 * has digits below big's last one) when the sum has prec digits at big's
 * exponent: it then rounds there straight from small's digits below it.
 * True when done; false (r's coefficient spoilt) otherwise. */
static bool add_far_rounded(DecNum *r, const DecNum *big, const DecNum *small, int64_t adj_small, int sbig,
                            int ssmall, DecEnv *env) {
    int64_t ex = big->exp;
    /* q: small's part above ex; half_cmp and nonzero: what is below */
    mpz_t q;
    mpz_init(q);
    int half_cmp = -1;
    bool nonzero = true;
    if (adj_small >= ex - 1) {
        /* floor(2 * small / 10**k): its low bit says whether the part
         * below ex reaches half a unit */
        bool sticky = Dec_ShiftDown(q, small->coef, (uint64_t)(ex - small->exp), true);
        bool half_bit = mpz_odd_p(q);
        mpz_tdiv_q_2exp(q, q, 1);
        half_cmp = half_bit ? (sticky ? 1 : 0) : -1;
        nonzero = half_bit || sticky;
    }
    /* (into r's coefficient, which is free to take it: no copy of q to
     * make room for the sum) */
    if (sbig == ssmall) {
        mpz_add(r->coef, big->coef, q);
    } else {
        mpz_sub(r->coef, big->coef, q);
        if (nonzero) {
            /* big - (q + f) = (big - q - 1) + (1 - f) */
            mpz_sub_ui(r->coef, r->coef, 1);
            half_cmp = -half_cmp;
        }
    }
    bool ok = mpz_sgn(r->coef) > 0 && Dec_Digits(r->coef) == env->prec && ex + env->prec - 1 >= env->emin;
    if (ok) {
        r->kind = DEC_FINITE;
        r->exp = ex;
        r->sign = (uint8_t)sbig;
        if (nonzero) {
            DecNum_RoundUnit(r, half_cmp, env);
        } else {
            /* small's digits below ex were zeros: they are rounded away */
            env->status |= DEC_ROUNDED;
            DecNum_Finish(r, env, false);
        }
    }
    mpz_clear(q);
    return ok;
}

/* a + b (signs sa, sb) for non-zero coefficients below 2**128 whose
 * exponents are close enough for the aligned ones to stay below 10**38:
 * true when done. */
static bool add_small(DecNum *r, const DecNum *a, const DecNum *b, int sa, int sb, DecEnv *env) {
    DecU128 x, y, sum;
    if (!Dec_GetU128(a->coef, &x) || !Dec_GetU128(b->coef, &y) || x == 0 || y == 0) return false;
    int64_t e = a->exp < b->exp ? a->exp : b->exp;
    int64_t da = a->exp - e, db = b->exp - e;
    if (da > 38 || db > 38) return false;
    if (x >= Dec_Pow10U128[38 - da] || y >= Dec_Pow10U128[38 - db]) return false;
    /* each below 10**38 once aligned: their sum stays below 2**128 */
    x *= Dec_Pow10U128[da];
    y *= Dec_Pow10U128[db];
    int sign = sa;
    if (sa == sb) {
        sum = x + y;
    } else if (x >= y) {
        sum = x - y;
    } else {
        sum = y - x;
        sign = sb;
    }
    if (sum == 0) sign = zero_sum_sign(sa, sb, env);
    set_small(r, sum, sign, e, env);
    return true;
}

void Dec_Add(DecNum *r, const DecNum *a, const DecNum *b, int negate_b, DecEnv *env) {
    if (Dec_NaNResult(r, a, b, env)) return;
    int sa = a->sign, sb = b->sign ^ (negate_b != 0);
    if (a->kind == DEC_INF || b->kind == DEC_INF) {
        if (a->kind == DEC_INF && b->kind == DEC_INF && sa != sb) invalid(r, env, DEC_INVALID_OPERATION);
        else DecNum_SetInf(r, a->kind == DEC_INF ? sa : sb);
        return;
    }
    if (add_small(r, a, b, sa, sb, env)) return;
    bool za = mpz_sgn(a->coef) == 0, zb = mpz_sgn(b->coef) == 0;
    if (za && zb) {
        DecNum_SetZero(r, zero_sum_sign(sa, sb, env), a->exp < b->exp ? a->exp : b->exp);
        DecNum_Finish(r, env, false);
        return;
    }
    if (za || zb) {
        add_to_zero(r, za ? b : a, za ? sb : sa, za ? a->exp : b->exp, env);
        return;
    }
    /* big has the larger adjusted exponent.  Below the position `cut`
     * (under big's last digit and at least two places under where the
     * sum can be rounded) only whether small has anything matters: its
     * digits there become one sticky unit at cut - 1, which leaves the
     * rounding of the sum as it was (both lie strictly between the same
     * two multiples of 10**cut) and keeps 1E+999999 + 1E-999999 cheap. */
    const DecNum *big = a, *small = b;
    int sbig = sa, ssmall = sb;
    int64_t adj_a = DecNum_Adjusted(a), adj_b = DecNum_Adjusted(b);
    if (adj_b > adj_a) {
        big = b, small = a, sbig = sb, ssmall = sa;
        int64_t t = adj_a;
        adj_a = adj_b, adj_b = t;
    }
    mpz_t x, y;
    mpz_init(y);
    int64_t ex = big->exp, ey = small->exp;
    int64_t cut = big->exp;
    if (adj_a - env->prec - 1 < cut) cut = adj_a - env->prec - 1;
    if (ey < cut && adj_b <= adj_a - 2) {
        /* (the sum has one digit more or less than big at most: it can
         * have prec digits only when big has about so many) */
        int64_t big_digits = adj_a - ex + 1;
        if (big_digits + 1 >= env->prec && big_digits - 1 <= env->prec &&
            add_far_rounded(r, big, small, adj_b, sbig, ssmall, env)) {
            mpz_clear(y);
            return;
        }
        bool sticky;
        if (adj_b < cut) {
            sticky = true;
        } else {
            sticky = Dec_ShiftDown(y, small->coef, (uint64_t)(cut - ey), false);
        }
        mpz_mul_ui(y, y, 10);
        if (sticky) mpz_add_ui(y, y, 1);
        ey = cut - 1;
    } else {
        mpz_set(y, small->coef);
    }
    mpz_init_set(x, big->coef);
    int64_t e = ex < ey ? ex : ey;
    Dec_MulPow10(x, (uint64_t)(ex - e));
    Dec_MulPow10(y, (uint64_t)(ey - e));
    if (sbig) mpz_neg(x, x);
    if (ssmall) mpz_neg(y, y);
    mpz_add(r->coef, x, y);
    mpz_clears(x, y, NULL);
    r->kind = DEC_FINITE;
    r->exp = e;
    if (mpz_sgn(r->coef) == 0) r->sign = (uint8_t)zero_sum_sign(sbig, ssmall, env);
    else r->sign = mpz_sgn(r->coef) < 0;
    mpz_abs(r->coef, r->coef);
    DecNum_Finish(r, env, false);
}

void Dec_Mul(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    if (Dec_NaNResult(r, a, b, env)) return;
    int sign = a->sign ^ b->sign;
    if (a->kind == DEC_INF || b->kind == DEC_INF) {
        if (DecNum_IsZero(a) || DecNum_IsZero(b)) invalid(r, env, DEC_INVALID_OPERATION);
        else DecNum_SetInf(r, sign);
        return;
    }
    DecU128 x, y;
    if (Dec_GetU128(a->coef, &x) && Dec_GetU128(b->coef, &y) &&
        ((x >> 64 == 0 && y >> 64 == 0) || Dec_DigitsU128(x) + Dec_DigitsU128(y) <= 38)) {
        /* the product is below 2**128 (or 10**38) */
        set_small(r, x * y, sign, a->exp + b->exp, env);
        return;
    }
    mpz_mul(r->coef, a->coef, b->coef);
    r->exp = a->exp + b->exp;
    r->sign = (uint8_t)sign;
    r->kind = DEC_FINITE;
    DecNum_Finish(r, env, false);
}

/* Whether a * 10**shift / b (for shift = prec + digits(b) - digits(a),
 * given as shift - prec) certainly has prec + 1 digits rather than prec:
 * the leading bits of a and b decide unless they are too close to tell. */
static bool quotient_surely_long(const mpz_t a, const mpz_t b, int64_t shift_less_prec) {
    signed long ea, eb;
    double ma = mpz_get_d_2exp(&ea, a), mb = mpz_get_d_2exp(&eb, b);
    double de = (double)ea - (double)eb;
    if (de > 1e12 || de < -1e12) return false;
    /* log10(a * 10**shift / b) - prec */
    double excess = log10(ma / mb) + de * 0.30102999566398119521 + (double)shift_less_prec;
    return excess >= 1e-3;
}

/* Dec_Div's quotient of a * 10**shift by b when that and b are below
 * 2**128, and its rounding: true when done. */
static bool div_small(DecNum *r, const DecNum *a, const DecNum *b, int sign, int64_t shift, bool tight,
                      DecEnv *env) {
    DecU128 x, y;
    if (shift > 38 || !Dec_GetU128(a->coef, &x) || !Dec_GetU128(b->coef, &y) || Dec_DigitsU128(x) + shift > 38)
        return false;
    x *= Dec_Pow10U128[shift];
    DecU128 q = x / y, rem = x % y;
    int64_t ideal = a->exp - b->exp;
    r->kind = DEC_FINITE;
    r->sign = (uint8_t)sign;
    if (rem == 0) {
        Dec_SetU128(r->coef, q);
        r->exp = ideal - shift;
        DecNum_Trim(r, ideal);
        DecNum_Finish(r, env, false);
        return true;
    }
    bool long_q = !tight || Dec_DigitsU128(q) > env->prec;
    /* exactly prec digits but subnormal: the long way, which takes one more */
    if (!long_q && ideal - shift + env->prec - 1 < env->emin) return false;
    Dec_SetU128(r->coef, q);
    r->exp = ideal - shift;
    if (long_q) DecNum_Finish(r, env, true);
    else DecNum_RoundUnit(r, rem == y - rem ? 0 : rem > y - rem ? 1 : -1, env);
    return true;
}

void Dec_Div(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    if (Dec_NaNResult(r, a, b, env)) return;
    int sign = a->sign ^ b->sign;
    if (a->kind == DEC_INF) {
        if (b->kind == DEC_INF) invalid(r, env, DEC_INVALID_OPERATION);
        else DecNum_SetInf(r, sign);
        return;
    }
    if (b->kind == DEC_INF) {
        DecNum_SetZero(r, sign, DecEnv_Etiny(env));
        env->status |= DEC_CLAMPED;
        return;
    }
    if (mpz_sgn(b->coef) == 0) {
        if (mpz_sgn(a->coef) == 0) {
            invalid(r, env, DEC_DIVISION_UNDEFINED);
        } else {
            DecNum_SetInf(r, sign);
            env->status |= DEC_DIVISION_BY_ZERO;
        }
        return;
    }
    int64_t ideal = a->exp - b->exp;
    if (mpz_sgn(a->coef) == 0) {
        DecNum_SetZero(r, sign, ideal);
        DecNum_Finish(r, env, false);
        return;
    }
    /* Digits for a quotient of prec or prec + 1 digits (when a is not
     * already longer than that: then at least one digit is dropped). */
    int64_t shift = env->prec + Dec_Digits(b->coef) - Dec_Digits(a->coef);
    bool tight = shift >= 0;
    if (!tight) shift = shift + 1 < 0 ? 0 : shift + 1;
    if (div_small(r, a, b, sign, shift, tight, env)) return;
    if (tight && shift > 0 && quotient_surely_long(a->coef, b->coef, shift - env->prec)) shift--;
    mpz_t num, rem;
    mpz_inits(num, rem, NULL);
    if (shift <= 18) {
        mpz_mul_ui(num, a->coef, ten_to[shift]);
    } else {
        mpz_set(num, a->coef);
        Dec_MulPow10(num, (uint64_t)shift);
    }
    if (sizeof(mp_limb_t) == 8 && mpz_size(b->coef) == 1) {
        /* in place (num is ours): no copy of it */
        mpz_set_ui(rem, Dec_DivSmall(num, num, mpz_getlimbn(b->coef, 0)));
        mpz_swap(r->coef, num);
    } else
        mpz_tdiv_qr(r->coef, rem, num, b->coef);
    bool exact = mpz_sgn(rem) == 0;
    r->kind = DEC_FINITE;
    r->sign = (uint8_t)sign;
    r->exp = ideal - shift;
    if (exact) {
        DecNum_Trim(r, ideal);
        DecNum_Finish(r, env, false);
    } else if (!tight || Dec_Digits(r->coef) > env->prec) {
        DecNum_Finish(r, env, true);
    } else if (r->exp + env->prec - 1 >= env->emin) {
        /* exactly prec digits, not subnormal: the remainder rounds it */
        mpz_mul_2exp(rem, rem, 1);
        int half = mpz_cmp(rem, b->coef);
        DecNum_RoundUnit(r, half < 0 ? -1 : half > 0, env);
    } else {
        /* one more digit, so that rounding has one to drop */
        mpz_mul_ui(rem, rem, 10);
        mpz_tdiv_qr(num, rem, rem, b->coef);
        mpz_mul_ui(r->coef, r->coef, 10);
        mpz_add(r->coef, r->coef, num);
        r->exp--;
        DecNum_Finish(r, env, mpz_sgn(rem) != 0);
    }
    mpz_clears(num, rem, NULL);
}

/* The truncated integer quotient q and the exact remainder rem of a / b
 * (neither fitted to env yet).  Returns the condition that makes both
 * NaN (0 when they are numbers); the special operands are dealt with by
 * the callers. */
static uint32_t divint_exact(DecNum *q, DecNum *rem, const DecNum *a, const DecNum *b, const DecEnv *env) {
    int sign = a->sign ^ b->sign;
    int64_t e = a->exp < b->exp ? a->exp : b->exp;
    q->kind = rem->kind = DEC_FINITE;
    q->sign = (uint8_t)sign;
    q->exp = 0;
    rem->sign = a->sign;
    rem->exp = e;
    if (mpz_sgn(a->coef) == 0 || DecNum_Adjusted(a) < DecNum_Adjusted(b)) {
        /* |a| < |b|: the quotient is zero and a is the remainder */
        mpz_set_ui(q->coef, 0);
        mpz_set(rem->coef, a->coef);
        Dec_MulPow10(rem->coef, (uint64_t)(a->exp - e));
        return 0;
    }
    if (DecNum_Adjusted(a) - DecNum_Adjusted(b) > env->prec + 1) return DEC_DIVISION_IMPOSSIBLE;
    mpz_t x, y;
    mpz_init_set(x, a->coef);
    mpz_init_set(y, b->coef);
    Dec_MulPow10(x, (uint64_t)(a->exp - e));
    Dec_MulPow10(y, (uint64_t)(b->exp - e));
    mpz_tdiv_qr(q->coef, rem->coef, x, y);
    mpz_clears(x, y, NULL);
    return Dec_Digits(q->coef) > env->prec ? DEC_DIVISION_IMPOSSIBLE : 0;
}

void Dec_DivInt(DecNum *q, DecNum *rem, const DecNum *a, const DecNum *b, DecEnv *env) {
    DecNum scratch;
    DecNum_Init(&scratch);
    bool want_q = q != NULL, want_rem = rem != NULL;
    if (!q) q = &scratch;
    else if (!rem) rem = &scratch;
    int sign = a->sign ^ b->sign;
    if (Dec_NaNResult(q, a, b, env)) {
        DecNum_Copy(rem, q);
        goto done;
    }
    if (a->kind == DEC_INF) {
        if (b->kind == DEC_INF || !want_q) {
            invalid(q, env, DEC_INVALID_OPERATION);
        } else {
            DecNum_SetInf(q, sign);
            if (want_rem) env->status |= DEC_INVALID_OPERATION;
        }
        DecNum_SetNaN(rem);
        goto done;
    }
    if (b->kind == DEC_INF) {
        /* the zero quotient stays as it is, even in a clamped context */
        DecNum_SetZero(q, sign, 0);
        DecNum_Copy(rem, a);
        if (want_rem) DecNum_Finish(rem, env, false);
        goto done;
    }
    if (mpz_sgn(b->coef) == 0) {
        if (mpz_sgn(a->coef) == 0) {
            invalid(q, env, DEC_DIVISION_UNDEFINED);
        } else if (!want_q) {
            invalid(q, env, DEC_INVALID_OPERATION);
        } else {
            DecNum_SetInf(q, sign);
            env->status |= DEC_DIVISION_BY_ZERO;
            if (want_rem) env->status |= DEC_INVALID_OPERATION;
        }
        DecNum_SetNaN(rem);
        goto done;
    }
    uint32_t bad = divint_exact(q, rem, a, b, env);
    if (bad) {
        invalid(q, env, bad);
        DecNum_SetNaN(rem);
        goto done;
    }
    /* only what the caller asked for is fitted, and signals */
    if (want_q) DecNum_Finish(q, env, false);
    if (want_rem) DecNum_Finish(rem, env, false);
done:
    DecNum_Clear(&scratch);
}

void Dec_RemainderNear(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    if (Dec_NaNResult(r, a, b, env)) return;
    if (a->kind == DEC_INF || DecNum_IsZero(b)) {
        invalid(r, env, DecNum_IsZero(a) && DecNum_IsZero(b) ? DEC_DIVISION_UNDEFINED : DEC_INVALID_OPERATION);
        return;
    }
    if (b->kind == DEC_INF) {
        DecNum_Copy(r, a);
        DecNum_Finish(r, env, false);
        return;
    }
    DecNum q;
    DecNum_Init(&q);
    uint32_t bad = divint_exact(&q, r, a, b, env);
    if (bad) {
        invalid(r, env, bad);
        DecNum_Clear(&q);
        return;
    }
    /* Move to the nearer multiple: |2r| > |b|, or equal with an odd quotient. */
    if (mpz_sgn(r->coef) != 0) {
        int64_t e = r->exp < b->exp ? r->exp : b->exp;
        mpz_t twice_r, bb;
        mpz_init_set(twice_r, r->coef);
        mpz_init_set(bb, b->coef);
        Dec_MulPow10(twice_r, (uint64_t)(r->exp - e));
        Dec_MulPow10(bb, (uint64_t)(b->exp - e));
        mpz_mul_2exp(twice_r, twice_r, 1);
        int c = mpz_cmp(twice_r, bb);
        if (c > 0 || (c == 0 && mpz_odd_p(q.coef))) {
            mpz_tdiv_q_2exp(twice_r, twice_r, 1);
            mpz_sub(r->coef, bb, twice_r);     /* |b| - |r|, with the sign flipped */
            r->exp = e;
            r->sign ^= 1;
            mpz_add_ui(q.coef, q.coef, 1);
            if (Dec_Digits(q.coef) > env->prec) {
                invalid(r, env, DEC_DIVISION_IMPOSSIBLE);
                mpz_clears(twice_r, bb, NULL);
                DecNum_Clear(&q);
                return;
            }
        }
        mpz_clears(twice_r, bb, NULL);
    }
    DecNum_Clear(&q);
    DecNum_Finish(r, env, false);
}

void Dec_Plus(DecNum *r, const DecNum *a, int negate, DecEnv *env) {
    if (Dec_NaNResult(r, a, NULL, env)) return;
    DecNum_Copy(r, a);
    r->sign ^= (negate != 0);
    /* 0 - 0 rules: a zero result of plus/minus is positive unless FLOOR */
    if (DecNum_IsZero(r)) r->sign = env->round == ROUND_FLOOR_ ? (uint8_t)(a->sign | (negate != 0)) & (a->sign ^ (negate != 0)) : 0;
    DecNum_Finish(r, env, false);
}

void Dec_Abs(DecNum *r, const DecNum *a, DecEnv *env) {
    if (Dec_NaNResult(r, a, NULL, env)) return;
    DecNum_Copy(r, a);
    r->sign = 0;
    DecNum_Finish(r, env, false);
}

/* a at exponent exp (finite a), rounding as mode says; no range checks. */
static void rescale_raw(DecNum *r, const DecNum *a, int64_t exp, int mode, uint32_t *status) {
    DecNum_Copy(r, a);
    if (mpz_sgn(r->coef) == 0) {
        r->exp = exp;     /* a zero moves without rounding anything */
    } else if (exp < r->exp) {
        Dec_MulPow10(r->coef, (uint64_t)(r->exp - exp));
        r->exp = exp;
    } else if (exp > r->exp) {
        DecNum_DropDigits(r, exp - r->exp, mode, false, status);
    }
}

void Dec_Quantize(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    if (Dec_NaNResult(r, a, b, env)) return;
    if (a->kind == DEC_INF || b->kind == DEC_INF) {
        if (a->kind == DEC_INF && b->kind == DEC_INF) DecNum_SetInf(r, a->sign);
        else invalid(r, env, DEC_INVALID_OPERATION);
        return;
    }
    Dec_Rescale(r, a, b->exp, env->round, env);
}

void Dec_Rescale(DecNum *r, const DecNum *a, int64_t exp, int mode, DecEnv *env) {
    if (exp > env->emax || exp < DecEnv_Etiny(env)) {
        invalid(r, env, DEC_INVALID_OPERATION);
        return;
    }
    if (mpz_sgn(a->coef) != 0 && DecNum_Adjusted(a) - exp + 1 > env->prec) {
        invalid(r, env, DEC_INVALID_OPERATION);
        return;
    }
    uint32_t st = 0;
    rescale_raw(r, a, exp, mode, &st);
    if (Dec_Digits(r->coef) > env->prec) {
        invalid(r, env, DEC_INVALID_OPERATION);
        return;
    }
    if (mpz_sgn(r->coef) != 0 && DecNum_Adjusted(r) > env->emax) {
        invalid(r, env, DEC_INVALID_OPERATION);
        return;
    }
    env->status |= st;
    /* a subnormal result is flagged, but quantize never underflows */
    if (mpz_sgn(r->coef) != 0 && DecNum_Adjusted(r) < env->emin) env->status |= DEC_SUBNORMAL;
    if (env->clamp && r->exp > DecEnv_Etop(env)) {
        /* a clamped context shows the result with its exponent lowered */
        Dec_MulPow10(r->coef, (uint64_t)(r->exp - DecEnv_Etop(env)));
        r->exp = DecEnv_Etop(env);
        env->status |= DEC_CLAMPED;
    }
}

void Dec_ToIntegral(DecNum *r, const DecNum *a, int mode, bool exact, DecEnv *env) {
    if (Dec_NaNResult(r, a, NULL, env)) return;
    if (a->kind == DEC_INF || a->exp >= 0) {
        DecNum_Copy(r, a);
        return;
    }
    uint32_t st = 0;
    rescale_raw(r, a, 0, mode, &st);
    if (exact) env->status |= st;
}

void Dec_Reduce(DecNum *r, const DecNum *a, DecEnv *env) {
    if (Dec_NaNResult(r, a, NULL, env)) return;
    DecNum_Copy(r, a);
    DecNum_Finish(r, env, false);
    if (r->kind != DEC_FINITE) return;
    if (mpz_sgn(r->coef) == 0) {
        r->exp = 0;
        return;
    }
    int64_t limit = env->clamp ? DecEnv_Etop(env) : INT64_MAX;
    DecNum_Trim(r, limit);
}

/* Compares |a| and |b| for finite a, b. */
static int cmp_mag(const DecNum *a, const DecNum *b) {
    bool za = mpz_sgn(a->coef) == 0, zb = mpz_sgn(b->coef) == 0;
    if (za || zb) return za && zb ? 0 : za ? -1 : 1;
    int64_t adj_a = DecNum_Adjusted(a), adj_b = DecNum_Adjusted(b);
    if (adj_a != adj_b) return adj_a < adj_b ? -1 : 1;
    if (a->exp == b->exp) {
        int c = mpz_cmp(a->coef, b->coef);
        return (c > 0) - (c < 0);
    }
    mpz_t x;
    mpz_init_set(x, a->exp > b->exp ? a->coef : b->coef);
    int64_t shift = a->exp > b->exp ? a->exp - b->exp : b->exp - a->exp;
    Dec_MulPow10(x, (uint64_t)shift);
    int c = a->exp > b->exp ? mpz_cmp(x, b->coef) : -mpz_cmp(x, a->coef);
    mpz_clear(x);
    return (c > 0) - (c < 0);
}

int Dec_CmpNum(const DecNum *a, const DecNum *b) {
    bool za = DecNum_IsZero(a), zb = DecNum_IsZero(b);
    if (za && zb) return 0;
    int sa = za ? 0 : (a->sign ? -1 : 1), sb = zb ? 0 : (b->sign ? -1 : 1);
    if (sa != sb) return sa < sb ? -1 : 1;
    int mag;
    if (a->kind == DEC_INF || b->kind == DEC_INF)
        mag = a->kind == b->kind ? 0 : a->kind == DEC_INF ? 1 : -1;
    else
        mag = cmp_mag(a, b);
    return sa < 0 ? -mag : mag;
}

/* Rank of a kind in the total order, for the magnitude part. */
static int kind_rank(const DecNum *n) {
    switch (n->kind) {
    case DEC_FINITE: return 0;
    case DEC_INF: return 1;
    case DEC_SNAN: return 2;
    default: return 3;
    }
}

int Dec_CmpTotal(const DecNum *a, const DecNum *b, bool mag) {
    int sa = mag ? 0 : a->sign, sb = mag ? 0 : b->sign;
    if (sa != sb) return sa ? -1 : 1;
    int c;
    int ra = kind_rank(a), rb = kind_rank(b);
    if (ra != rb) {
        c = ra < rb ? -1 : 1;
    } else if (ra >= 2) {
        c = mpz_cmp(a->coef, b->coef);
        c = (c > 0) - (c < 0);
    } else if (ra == 1) {
        c = 0;
    } else {
        c = cmp_mag(a, b);
        if (c == 0 && a->exp != b->exp) c = a->exp < b->exp ? -1 : 1;
    }
    return sa ? -c : c;
}
