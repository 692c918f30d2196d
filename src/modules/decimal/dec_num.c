/* The number core of decimal: digits, powers of ten, and the one place
 * where an exact result is fitted into a context (DecNum_Finish). */
#include "modules/decimal/decimal.h"

void DecNum_Init(DecNum *n) {
    mpz_init(n->coef);
    n->exp = 0;
    n->sign = 0;
    n->kind = DEC_FINITE;
}

void DecNum_Clear(DecNum *n) { mpz_clear(n->coef); }

void DecNum_Copy(DecNum *dst, const DecNum *src) {
    if (dst == src) return;
    mpz_set(dst->coef, src->coef);
    dst->exp = src->exp;
    dst->sign = src->sign;
    dst->kind = src->kind;
}

void DecNum_SetNaN(DecNum *n) {
    mpz_set_ui(n->coef, 0);
    n->exp = 0;
    n->sign = 0;
    n->kind = DEC_QNAN;
}

void DecNum_SetInf(DecNum *n, int sign) {
    mpz_set_ui(n->coef, 0);
    n->exp = 0;
    n->sign = (uint8_t)sign;
    n->kind = DEC_INF;
}

void DecNum_SetZero(DecNum *n, int sign, int64_t exp) {
    mpz_set_ui(n->coef, 0);
    n->exp = exp;
    n->sign = (uint8_t)sign;
    n->kind = DEC_FINITE;
}

void DecNum_SetI64(DecNum *n, int64_t v) {
    n->kind = DEC_FINITE;
    n->exp = 0;
    n->sign = v < 0;
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    mpz_set_ui(n->coef, 0);
    mpz_import(n->coef, 1, 1, sizeof mag, 0, 0, &mag);
}

/* Powers of ten up to 10**19 fit a machine word. */
static const uint64_t small_pow10[20] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
    100000000ull, 1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull,
    10000000000000ull, 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
    100000000000000000ull, 1000000000000000000ull, 10000000000000000000ull,
};

_Thread_local bool Dec_TooBig;

/* Large powers of ten recur (every operation at one precision counts and
 * rounds at the same few positions): each thread keeps the last few it
 * made, direct-mapped by exponent, and so for powers of five (shifting
 * down by k digits divides by 2**k, then by 5**k).  A power missing from
 * the cache comes from one a few steps below it when that is there. */
enum { POW_CACHE_SLOTS = 32 };
typedef struct PowSlot {
    uint64_t k;     /* 0: empty (small powers are never cached) */
    mpz_t v;
} PowSlot;
/* tens, fives, and fives shifted left until their top limb's top bit is
 * set (GMP divides by such a divisor without shifting both operands) */
static _Thread_local PowSlot pow_cache[3][POW_CACHE_SLOTS];

/* base**k (base 10 or 5) for 20 <= k <= DEC_DIGIT_LIMIT, owned by the
 * cache: valid until the next call. */
static const __mpz_struct *pow_cached(unsigned base, uint64_t k) {
    PowSlot *tab = pow_cache[base == 5];
    PowSlot *s = &tab[k % POW_CACHE_SLOTS];
    if (s->k == k) return s->v;
    if (!s->k) mpz_init(s->v);
    s->k = k;
    for (uint64_t d = 1; d < 20; d++) {
        const PowSlot *near = &tab[(k - d) % POW_CACHE_SLOTS];
        if (near->k == k - d) {
            /* 5**d is 10**d with its d factors of two taken out */
            mpz_mul_ui(s->v, near->v, base == 5 ? small_pow10[d] >> d : small_pow10[d]);
            return s->v;
        }
    }
    mpz_ui_pow_ui(s->v, base, k);
    return s->v;
}

static const __mpz_struct *pow10_cached(uint64_t k) { return pow_cached(10, k); }

/* 5**k * 2**shift with its top bit at the top of a limb (20 <= k <=
 * DEC_DIGIT_LIMIT), owned by the cache: valid until the next call. */
static const __mpz_struct *five_normalized(uint64_t k, uint64_t *shift) {
    PowSlot *s = &pow_cache[2][k % POW_CACHE_SLOTS];
    if (s->k != k) {
        if (!s->k) mpz_init(s->v);
        s->k = k;
        const __mpz_struct *f = pow_cached(5, k);
        mpz_mul_2exp(s->v, f, (GMP_NUMB_BITS - mpz_sizeinbase(f, 2) % GMP_NUMB_BITS) % GMP_NUMB_BITS);
    }
    *shift = mpz_scan1(s->v, 0);   /* 5**k is odd */
    return s->v;
}

void Dec_PowCacheClear(void) {
    for (int b = 0; b < 3; b++) {
        for (int i = 0; i < POW_CACHE_SLOTS; i++) {
            if (pow_cache[b][i].k) mpz_clear(pow_cache[b][i].v);
            pow_cache[b][i].k = 0;
        }
    }
}

void Dec_Pow10(mpz_t r, uint64_t k) {
    if (k < 20) {
        mpz_set_ui(r, small_pow10[k]);
    } else if (k > DEC_DIGIT_LIMIT) {
        Dec_TooBig = true;
        mpz_set_ui(r, 1);
    } else {
        mpz_set(r, pow10_cached(k));
    }
}

void Dec_MulPow10(mpz_t z, uint64_t k) {
    if (k == 0 || mpz_sgn(z) == 0) return;
    if (k > DEC_DIGIT_LIMIT) {
        Dec_TooBig = true;
        return;
    }
    if (k < 20) {
        mpz_mul_ui(z, z, small_pow10[k]);
        return;
    }
    mpz_mul(z, z, pow10_cached(k));
}

bool Dec_ShiftDown(mpz_t q, const mpz_t y, uint64_t k, bool twice) {
    if (k < 20) {
        if (!twice) return mpz_tdiv_q_ui(q, y, small_pow10[k]) != 0;
        mpz_mul_2exp(q, y, 1);
        return mpz_tdiv_q_ui(q, q, small_pow10[k]) != 0;
    }
    if (k > DEC_DIGIT_LIMIT || mpz_sizeinbase(y, 10) < k) {
        /* y < 10**(k-1) (sizeinbase is exact or one too many) */
        bool sticky = mpz_sgn(y) != 0;
        mpz_set_ui(q, 0);
        return sticky;
    }
    /* 10**k = 2**k * 5**k: the division by the smaller 5**k is cheaper,
     * and a one among the bits shifted out already makes the remainder
     * non-zero, so that only the quotient is needed */
    uint64_t bits = k - (twice ? 1 : 0), shift;
    bool low_bits = mpz_scan1(y, 0) < bits;
    /* floor(y / 2**bits / 5**k) = floor(floor(y / 2**(bits - shift)) / (5**k * 2**shift)) */
    const __mpz_struct *d = five_normalized(k, &shift);
    if (shift <= bits) mpz_tdiv_q_2exp(q, y, bits - shift);
    else mpz_mul_2exp(q, y, shift - bits);
    if (low_bits) {
        mpz_tdiv_q(q, q, d);
        return true;
    }
    mpz_t rem;
    mpz_init(rem);
    mpz_tdiv_qr(q, rem, q, d);
    bool sticky = mpz_sgn(rem) != 0;
    mpz_clear(rem);
    return sticky;
}

uint64_t Dec_DivSmall(mpz_t q, const mpz_t y, uint64_t d) {
    /* the remainder first (GMP's mod_1 takes several limbs a step), then an
     * exact division (a multiplication by the inverse of d a limb): cheaper
     * than one division with remainder for long coefficients */
    if (mpz_size(y) < 8) return mpz_tdiv_q_ui(q, y, d);
    uint64_t rem = mpz_fdiv_ui(y, d);
    mpz_sub_ui(q, y, rem);
    mpz_divexact_ui(q, q, d);
    return rem;
}

/* 10**k for k >= 20: 10**19 times a smaller power, in constant expressions */
#define P10(small) ((DecU128)10000000000000000000ull * (small))
const DecU128 Dec_Pow10U128[39] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
    100000000ull, 1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull,
    10000000000000ull, 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
    100000000000000000ull, 1000000000000000000ull, 10000000000000000000ull,
    P10(10ull), P10(100ull), P10(1000ull), P10(10000ull), P10(100000ull), P10(1000000ull),
    P10(10000000ull), P10(100000000ull), P10(1000000000ull), P10(10000000000ull),
    P10(100000000000ull), P10(1000000000000ull), P10(10000000000000ull), P10(100000000000000ull),
    P10(1000000000000000ull), P10(10000000000000000ull), P10(100000000000000000ull),
    P10(1000000000000000000ull), P10(10000000000000000000ull),
};
#undef P10

int Dec_DigitsU128(DecU128 v) {
    uint64_t hi = (uint64_t)(v >> 64);
    if (!hi) return Dec_DigitsU64((uint64_t)v);
    int d = ((128 - __builtin_clzll(hi)) * 1233) >> 12;
    return d + (v >= Dec_Pow10U128[d]);
}

void Dec_SetU128(mpz_t z, DecU128 v) {
    /* (limbs of 64 bits: Dec_GetU128 admits no other) */
    uint64_t hi = (uint64_t)(v >> 64);
    if (!hi) {
        mpz_set_ui(z, (uint64_t)v);
        return;
    }
    mp_limb_t *p = mpz_limbs_write(z, 2);
    p[0] = (mp_limb_t)v;
    p[1] = (mp_limb_t)hi;
    mpz_limbs_finish(z, 2);
}

int Dec_DigitsU64(uint64_t v) {
    if (v == 0) return 1;
    /* bits * log10(2), rounded down, is the digit count or one short */
    int d = ((64 - __builtin_clzll(v)) * 1233) >> 12;
    return d + (v >= small_pow10[d]);
}

int64_t Dec_Digits(const mpz_t z) {
    if (sizeof(mp_limb_t) == 8 && mpz_size(z) <= 1) return Dec_DigitsU64(mpz_getlimbn(z, 0));
    DecU128 v;
    if (Dec_GetU128(z, &v)) return Dec_DigitsU128(v);
    if (mpz_sizeinbase(z, 2) <= 64) {
        uint64_t v = mpz_getlimbn(z, 0);
        if (sizeof(mp_limb_t) < 8 && mpz_size(z) > 1) v |= (uint64_t)mpz_getlimbn(z, 1) << 32;
        return Dec_DigitsU64(v);
    }
    /* sizeinbase is exact or one too many. */
    size_t n = mpz_sizeinbase(z, 10);
    if (n - 1 > DEC_DIGIT_LIMIT) {
        mpz_t p;
        mpz_init(p);
        mpz_ui_pow_ui(p, 10, n - 1);
        int c = mpz_cmp(z, p);
        mpz_clear(p);
        return c < 0 ? (int64_t)n - 1 : (int64_t)n;
    }
    int c = n - 1 < 20 ? mpz_cmp_ui(z, small_pow10[n - 1]) : mpz_cmp(z, pow10_cached(n - 1));
    return c < 0 ? (int64_t)n - 1 : (int64_t)n;
}

int64_t DecNum_Adjusted(const DecNum *n) {
    if (n->kind != DEC_FINITE) return 0;
    return n->exp + Dec_Digits(n->coef) - 1;
}

/* Whether the kept part q (whose last digit is last) goes up one unit,
 * given how the dropped part compares with half a unit (half_cmp) and
 * whether it is non-zero at all. */
static bool round_goes_up(int mode, int sign, int half_cmp, bool nonzero, unsigned last) {
    if (!nonzero) return false;
    switch (mode) {
    case ROUND_DOWN_: return false;
    case ROUND_UP_: return true;
    case ROUND_CEILING_: return sign == 0;
    case ROUND_FLOOR_: return sign != 0;
    case ROUND_HALF_UP_: return half_cmp >= 0;
    case ROUND_HALF_DOWN_: return half_cmp > 0;
    case ROUND_HALF_EVEN_: return half_cmp > 0 || (half_cmp == 0 && (last & 1));
    case ROUND_05UP_: return last == 0 || last == 5;
    }
    return false;
}

/* DecNum_DropDigits for a coefficient of one word and k < 20. */
static bool drop_digits_word(DecNum *n, int64_t k, int mode, bool sticky, uint32_t *status) {
    uint64_t v = mpz_getlimbn(n->coef, 0), unit = small_pow10[k];
    uint64_t q = v / unit, rem = v % unit;
    bool nonzero = sticky || rem != 0;
    int half_cmp = rem == unit - rem ? (sticky ? 1 : 0) : rem > unit - rem ? 1 : -1;
    n->exp += k;
    *status |= DEC_ROUNDED;
    if (nonzero) *status |= DEC_INEXACT;
    /* q <= (2**64 - 1) / 10: going up one cannot wrap */
    bool up = round_goes_up(mode, n->sign, half_cmp, nonzero, (unsigned)(q % 10));
    mpz_set_ui(n->coef, q + up);
    return up;
}

/* The same for a coefficient v of two words and k <= 38. */
static bool drop_digits_u128(DecNum *n, DecU128 v, int64_t k, int mode, bool sticky, uint32_t *status) {
    DecU128 unit = Dec_Pow10U128[k], q = v / unit, rem = v % unit;
    bool nonzero = sticky || rem != 0;
    int half_cmp = rem == unit - rem ? (sticky ? 1 : 0) : rem > unit - rem ? 1 : -1;
    n->exp += k;
    *status |= DEC_ROUNDED;
    if (nonzero) *status |= DEC_INEXACT;
    bool up = round_goes_up(mode, n->sign, half_cmp, nonzero, (unsigned)(q % 10));
    Dec_SetU128(n->coef, q + up);
    return up;
}

bool DecNum_DropDigits(DecNum *n, int64_t k, int mode, bool sticky, uint32_t *status) {
    if (sizeof(mp_limb_t) == 8 && k < 20 && mpz_size(n->coef) <= 1) return drop_digits_word(n, k, mode, sticky, status);
    DecU128 v;
    if (k <= 38 && Dec_GetU128(n->coef, &v)) return drop_digits_u128(n, v, k, mode, sticky, status);
    int64_t digits = Dec_Digits(n->coef);
    int half_cmp;
    bool nonzero;
    if (k > digits) {
        /* Everything goes and is below half a unit of the new last place. */
        nonzero = sticky || mpz_sgn(n->coef) != 0;
        half_cmp = -1;
        mpz_set_ui(n->coef, 0);
    } else if (k < 20) {
        /* the common case: the dropped part fits a machine word */
        uint64_t unit = small_pow10[k];
        uint64_t rem = Dec_DivSmall(n->coef, n->coef, unit);
        nonzero = sticky || rem != 0;
        half_cmp = rem == unit - rem ? 0 : rem > unit - rem ? 1 : -1;
        if (half_cmp == 0 && sticky) half_cmp = 1;
    } else if (k <= 38 && mpz_size(n->coef) <= 8) {
        /* a short coefficient: two divisions by words (10**19, then the
         * rest of 10**k), the remainders making one below 2**128 */
        uint64_t r1 = mpz_tdiv_q_ui(n->coef, n->coef, small_pow10[19]);
        uint64_t r2 = mpz_tdiv_q_ui(n->coef, n->coef, small_pow10[k - 19]);
        DecU128 rem = (DecU128)r2 * small_pow10[19] + r1, unit = Dec_Pow10U128[k];
        nonzero = sticky || rem != 0;
        half_cmp = rem == unit - rem ? (sticky ? 1 : 0) : rem > unit - rem ? 1 : -1;
    } else {
        /* 10**k from the cache (borrowed), or made (and too big) */
        mpz_t rem, made;
        bool own = (uint64_t)k > DEC_DIGIT_LIMIT;
        if (own) {
            mpz_init(made);
            Dec_Pow10(made, (uint64_t)k);
        }
        const __mpz_struct *unit = own ? made : pow10_cached((uint64_t)k);
        mpz_init(rem);
        mpz_tdiv_qr(n->coef, rem, n->coef, unit);
        nonzero = sticky || mpz_sgn(rem) != 0;
        mpz_mul_2exp(rem, rem, 1);                 /* 2 * rem against 10**k */
        half_cmp = mpz_cmp(rem, unit);
        if (half_cmp == 0 && sticky) half_cmp = 1;
        half_cmp = half_cmp < 0 ? -1 : half_cmp > 0;
        mpz_clear(rem);
        if (own) mpz_clear(made);
    }
    n->exp += k;
    *status |= DEC_ROUNDED;
    if (nonzero) *status |= DEC_INEXACT;
    /* the kept part's last digit matters only to a tie under HALF_EVEN and
     * to 05UP: find it (another pass over the digits) only then */
    bool need_last = (mode == ROUND_HALF_EVEN_ && half_cmp == 0 && nonzero) || (mode == ROUND_05UP_ && nonzero);
    unsigned last = need_last ? (unsigned)mpz_fdiv_ui(n->coef, 10) : 0;
    if (!round_goes_up(mode, n->sign, half_cmp, nonzero, last)) return false;
    mpz_add_ui(n->coef, n->coef, 1);
    return true;
}

void DecNum_RoundUnit(DecNum *n, int half_cmp, DecEnv *env) {
    env->status |= DEC_ROUNDED | DEC_INEXACT;
    int mode = env->round;
    bool need_last = (mode == ROUND_HALF_EVEN_ && half_cmp == 0) || mode == ROUND_05UP_;
    unsigned last = need_last ? (unsigned)mpz_fdiv_ui(n->coef, 10) : 0;
    if (round_goes_up(mode, n->sign, half_cmp, true, last)) mpz_add_ui(n->coef, n->coef, 1);
    /* what is left: 99..9 gone up to 10**prec, overflow, clamping */
    DecNum_Finish(n, env, false);
}

/* The result of an overflow: infinity, or the largest finite number when
 * the rounding mode goes toward zero for this sign. */
static void set_overflow(DecNum *n, DecEnv *env) {
    env->status |= DEC_OVERFLOW | DEC_INEXACT | DEC_ROUNDED;
    int mode = env->round;
    bool to_inf = mode == ROUND_HALF_UP_ || mode == ROUND_HALF_DOWN_ || mode == ROUND_HALF_EVEN_ ||
                  mode == ROUND_UP_ || (mode == ROUND_CEILING_ && !n->sign) ||
                  (mode == ROUND_FLOOR_ && n->sign);
    if (to_inf) {
        DecNum_SetInf(n, n->sign);
        return;
    }
    Dec_Pow10(n->coef, (uint64_t)env->prec);
    mpz_sub_ui(n->coef, n->coef, 1);
    n->exp = DecEnv_Etop(env);
}

void DecNum_Finish(DecNum *n, DecEnv *env, bool sticky) {
    if (n->kind != DEC_FINITE) return;
    int64_t etiny = DecEnv_Etiny(env);
    if (mpz_sgn(n->coef) == 0 && !sticky) {
        int64_t top = env->clamp ? DecEnv_Etop(env) : env->emax;
        if (n->exp > top) {
            n->exp = top;
            env->status |= DEC_CLAMPED;
        } else if (n->exp < etiny) {
            n->exp = etiny;
            env->status |= DEC_CLAMPED;
        }
        return;
    }
    int64_t digits = Dec_Digits(n->coef);
    bool subnormal = n->exp + digits - 1 < env->emin;
    int64_t target = n->exp + digits - env->prec;
    if (target < etiny) target = etiny;
    if (target > n->exp) {
        uint32_t before = env->status;
        env->status &= ~DEC_INEXACT;
        int64_t drop = target - n->exp;
        bool up = DecNum_DropDigits(n, drop, env->round, sticky, &env->status);
        bool inexact = env->status & DEC_INEXACT;
        env->status |= before;
        digits = drop >= digits ? 1 : digits - drop;
        if (up) {
            digits = Dec_Digits(n->coef);
            if (digits > env->prec) {
                /* 99..9 rounded up to 10**prec */
                mpz_divexact_ui(n->coef, n->coef, 10);
                n->exp++;
                digits--;
            }
        }
        if (subnormal && inexact) {
            env->status |= DEC_UNDERFLOW;
            if (mpz_sgn(n->coef) == 0) env->status |= DEC_CLAMPED;
        }
    }
    if (subnormal) env->status |= DEC_SUBNORMAL;
    if (mpz_sgn(n->coef) != 0 && n->exp + digits - 1 > env->emax) {
        set_overflow(n, env);
        return;
    }
    if (env->clamp && n->exp > DecEnv_Etop(env)) {
        if (mpz_sgn(n->coef) != 0) Dec_MulPow10(n->coef, (uint64_t)(n->exp - DecEnv_Etop(env)));
        n->exp = DecEnv_Etop(env);
        env->status |= DEC_CLAMPED;
    } else if (mpz_sgn(n->coef) == 0 && n->exp > env->emax) {
        n->exp = env->emax;
        env->status |= DEC_CLAMPED;
    }
}

void DecNum_FixNaN(DecNum *n, const DecEnv *env) {
    n->kind = DEC_QNAN;
    int64_t room = env->prec - env->clamp;
    if (mpz_sgn(n->coef) != 0 && Dec_Digits(n->coef) > room) {
        /* keep the low digits that fit */
        mpz_t p;
        mpz_init(p);
        Dec_Pow10(p, (uint64_t)(room > 0 ? room : 0));
        mpz_tdiv_r(n->coef, n->coef, p);
        mpz_clear(p);
    }
}

void DecNum_Trim(DecNum *n, int64_t limit) {
    if (n->kind != DEC_FINITE) return;
    if (mpz_sgn(n->coef) == 0) {
        if (n->exp < limit) n->exp = limit;
        return;
    }
    DecU128 v;
    if (Dec_GetU128(n->coef, &v)) {
        /* one or two words: no GMP */
        int zeros = 0;
        while (n->exp + zeros < limit && v >> 64 && v % 10 == 0) {
            v /= 10;
            zeros++;
        }
        uint64_t w = (uint64_t)v;
        if (!(v >> 64)) {
            while (n->exp + zeros < limit && w % 10 == 0) {
                w /= 10;
                zeros++;
            }
            v = w;
        }
        if (zeros) {
            Dec_SetU128(n->coef, v);
            n->exp += zeros;
        }
        return;
    }
    /* up to 19 zeros a pass; then the last few from the remainder */
    while (n->exp < limit) {
        uint64_t room = (uint64_t)limit - (uint64_t)n->exp;
        int k = room < 19 ? (int)room : 19;
        uint64_t rem = mpz_fdiv_ui(n->coef, small_pow10[k]);
        if (rem == 0) {
            mpz_divexact_ui(n->coef, n->coef, small_pow10[k]);
            n->exp += k;
            continue;
        }
        int zeros = 0;
        while (rem % 10 == 0) {
            rem /= 10;
            zeros++;
        }
        if (zeros) {
            mpz_divexact_ui(n->coef, n->coef, small_pow10[zeros]);
            n->exp += zeros;
        }
        break;
    }
}
