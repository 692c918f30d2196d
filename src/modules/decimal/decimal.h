/* The decimal module (_decimal): General Decimal Arithmetic over GMP.
 *
 * A number is a sign, a kind (finite, infinity, quiet or signalling NaN),
 * a coefficient held as a non-negative mpz and an int64 exponent: the
 * value is (-1)**sign * coef * 10**exp.  A NaN keeps its diagnostic
 * payload in coef.  The arithmetic (dec_num.c, dec_arith.c) works on
 * these plain structs against a DecEnv (precision, rounding, exponent
 * limits) and records the conditions it meets as bits in env->status;
 * the Python layer (dec_context.c, dec_object.c) then merges them into
 * the Context's flags and raises the trapped ones. */
#ifndef CIPY_DECIMAL_H
#define CIPY_DECIMAL_H
#include "object.h"
#include <gmp.h>
#include <stdbool.h>
#include <stdint.h>

enum DecKind { DEC_FINITE, DEC_INF, DEC_QNAN, DEC_SNAN };

typedef struct DecNum {
    mpz_t coef;     /* >= 0; a NaN's payload (0: none) */
    int64_t exp;
    uint8_t sign;   /* 1: negative */
    uint8_t kind;   /* enum DecKind */
} DecNum;

/* The rounding modes, in the order of CPython's constants' list in its
 * error text. */
enum DecRound {
    ROUND_CEILING_, ROUND_FLOOR_, ROUND_UP_, ROUND_DOWN_,
    ROUND_HALF_UP_, ROUND_HALF_DOWN_, ROUND_HALF_EVEN_, ROUND_05UP_, DEC_ROUND_COUNT
};

/* Conditions an operation can meet.  The first nine are the signals a
 * Context has flags and traps for; the others are conditions that signal
 * InvalidOperation but name themselves in the exception raised. */
enum {
    DEC_CLAMPED = 1u << 0,
    DEC_INVALID_OPERATION = 1u << 1,
    DEC_DIVISION_BY_ZERO = 1u << 2,
    DEC_INEXACT = 1u << 3,
    DEC_FLOAT_OPERATION = 1u << 4,
    DEC_OVERFLOW = 1u << 5,
    DEC_ROUNDED = 1u << 6,
    DEC_SUBNORMAL = 1u << 7,
    DEC_UNDERFLOW = 1u << 8,
    DEC_SIGNAL_COUNT = 9,
    DEC_CONVERSION_SYNTAX = 1u << 9,
    DEC_DIVISION_IMPOSSIBLE = 1u << 10,
    DEC_DIVISION_UNDEFINED = 1u << 11,
    DEC_INVALID_CONTEXT = 1u << 12,
    DEC_CONDITION_COUNT = 13,
    DEC_INVALID_ANY = DEC_INVALID_OPERATION | DEC_CONVERSION_SYNTAX | DEC_DIVISION_IMPOSSIBLE |
                      DEC_DIVISION_UNDEFINED | DEC_INVALID_CONTEXT,
};

#define DEC_MAX_PREC INT64_C(999999999999999999)
#define DEC_MAX_EMAX INT64_C(999999999999999999)
#define DEC_MIN_EMIN INT64_C(-999999999999999999)
#define DEC_MIN_ETINY (DEC_MIN_EMIN - (DEC_MAX_PREC - 1))

/* What an operation rounds to, and what it met. */
typedef struct DecEnv {
    int64_t prec, emin, emax;
    int round;          /* enum DecRound */
    int clamp;
    uint32_t status;    /* conditions met (DEC_* bits), accumulated */
} DecEnv;

static inline int64_t DecEnv_Etiny(const DecEnv *e) { return e->emin - (e->prec - 1); }
static inline int64_t DecEnv_Etop(const DecEnv *e) { return e->emax - (e->prec - 1); }

/* ---- dec_num.c: the number core ---- */
void DecNum_Init(DecNum *n);
void DecNum_Clear(DecNum *n);
void DecNum_Copy(DecNum *dst, const DecNum *src);
void DecNum_SetNaN(DecNum *n);                 /* a quiet NaN without payload, positive */
void DecNum_SetInf(DecNum *n, int sign);
void DecNum_SetZero(DecNum *n, int sign, int64_t exp);
void DecNum_SetI64(DecNum *n, int64_t v);
static inline bool DecNum_IsNaN(const DecNum *n) { return n->kind >= DEC_QNAN; }
static inline bool DecNum_IsFinite(const DecNum *n) { return n->kind == DEC_FINITE; }
static inline bool DecNum_IsZero(const DecNum *n) { return n->kind == DEC_FINITE && mpz_sgn(n->coef) == 0; }
/* Decimal digits in z >= 0 (1 for zero). */
int64_t Dec_Digits(const mpz_t z);
int Dec_DigitsU64(uint64_t v);

/* Coefficients of up to two limbs (below 2**128, which holds every
 * coefficient of 38 digits) in machine arithmetic. */
typedef unsigned __int128 DecU128;
/* 10**k for k <= 38. */
extern const DecU128 Dec_Pow10U128[39];
int Dec_DigitsU128(DecU128 v);
/* z in *v when z (>= 0) fits. */
static inline bool Dec_GetU128(const mpz_t z, DecU128 *v) {
    size_t n = mpz_size(z);
    if (sizeof(mp_limb_t) != 8 || n > 2) return false;
    *v = n == 0 ? 0 : n == 1 ? mpz_getlimbn(z, 0) : (DecU128)mpz_getlimbn(z, 1) << 64 | mpz_getlimbn(z, 0);
    return true;
}
void Dec_SetU128(mpz_t z, DecU128 v);
/* The decimal digits of v (no leading zeros; "0" for zero) at out, which
 * has room for 40 (not NUL-terminated); their count. */
int Dec_U128Text(char *out, DecU128 v);
/* r = 10**k (k >= 0).  Beyond DEC_DIGIT_LIMIT digits nothing is computed
 * (r becomes 1) and Dec_TooBig is set: the operation's result is then
 * discarded for a MemoryError, as CPython's allocation would fail. */
void Dec_Pow10(mpz_t r, uint64_t k);
/* z *= 10**k (k >= 0), with the same limit. */
void Dec_MulPow10(mpz_t z, uint64_t k);
#define DEC_DIGIT_LIMIT UINT64_C(100000000)
extern _Thread_local bool Dec_TooBig;
/* q = floor(y / 10**k) for y >= 0, or of 2 * y when twice (k >= 1);
 * q may be y.  True when the remainder is non-zero. */
bool Dec_ShiftDown(mpz_t q, const mpz_t y, uint64_t k, bool twice);
/* q = floor(y / d) for y >= 0 and 0 < d < 2**64 (q may be y); the remainder. */
uint64_t Dec_DivSmall(mpz_t q, const mpz_t y, uint64_t d);
/* Frees the running thread's cache of powers of ten (at thread exit). */
void Dec_PowCacheClear(void);
/* The adjusted exponent: that of the most significant digit. */
int64_t DecNum_Adjusted(const DecNum *n);
/* Drops the k > 0 lowest digits of n's coefficient, rounding as mode says
 * (sticky: the exact value lies a little beyond n's magnitude).  Raises
 * Rounded, and Inexact when anything non-zero went.  True when the kept
 * part went up by one (it may have gained a digit). */
bool DecNum_DropDigits(DecNum *n, int64_t k, int mode, bool sticky, uint32_t *status);
/* Fits the exact value n (plus a sticky trace below its last digit, which
 * the caller guarantees to drop) into env: rounds to the precision, or to
 * Etiny when subnormal, and handles overflow, underflow and clamping. */
void DecNum_Finish(DecNum *n, DecEnv *env, bool sticky);
/* Rounds n, a finite non-zero result of at most prec digits and not
 * subnormal, for a non-zero part below its last digit that compares as
 * half_cmp (-1, 0, 1) with half a unit there, and finishes it. */
void DecNum_RoundUnit(DecNum *n, int half_cmp, DecEnv *env);
/* Quiets a NaN result and cuts a payload too long for env (no rounding). */
void DecNum_FixNaN(DecNum *n, const DecEnv *env);
/* Removes trailing zeros while the exponent stays <= limit. */
void DecNum_Trim(DecNum *n, int64_t limit);

/* ---- dec_arith.c: the operations (result first; result may alias none) ---- */
/* When either operand is a NaN: the NaN result (signalling ones raise
 * InvalidOperation) and true; false otherwise. */
bool Dec_NaNResult(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_Add(DecNum *r, const DecNum *a, const DecNum *b, int negate_b, DecEnv *env);
void Dec_Mul(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_Div(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
/* Integer quotient (q, may be NULL) and remainder (rem, may be NULL) of
 * a / b truncated toward zero: //, % and divmod. */
void Dec_DivInt(DecNum *q, DecNum *rem, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_RemainderNear(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_Plus(DecNum *r, const DecNum *a, int negate, DecEnv *env);
void Dec_Abs(DecNum *r, const DecNum *a, DecEnv *env);
void Dec_Quantize(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_Rescale(DecNum *r, const DecNum *a, int64_t exp, int mode, DecEnv *env);
/* to_integral_value (exact: to_integral_exact, raising Inexact/Rounded). */
void Dec_ToIntegral(DecNum *r, const DecNum *a, int mode, bool exact, DecEnv *env);
void Dec_Reduce(DecNum *r, const DecNum *a, DecEnv *env);
/* Numeric comparison of two non-NaN numbers: -1, 0, 1. */
int Dec_CmpNum(const DecNum *a, const DecNum *b);
/* The total ordering of compare_total (-1, 0, 1); mag: of the absolute values. */
int Dec_CmpTotal(const DecNum *a, const DecNum *b, bool mag);
void Dec_Fma(DecNum *r, const DecNum *a, const DecNum *b, const DecNum *c, DecEnv *env);
void Dec_Sqrt(DecNum *r, const DecNum *a, DecEnv *env);
void Dec_MinMax(DecNum *r, const DecNum *a, const DecNum *b, bool want_max, bool mag, DecEnv *env);
void Dec_NextToward(DecNum *r, const DecNum *a, int dir, DecEnv *env); /* dir: +1 next_plus, -1 next_minus */
void Dec_ScaleB(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_Logb(DecNum *r, const DecNum *a, DecEnv *env);
/* (a ** b) % m for integral a, b >= 0 and m (Context.power with a modulus). */
void Dec_PowMod(DecNum *r, const DecNum *a, const DecNum *b, const DecNum *m, DecEnv *env);

/* ---- dec_text.c: text ---- */
/* Parses s (len bytes of ASCII, already stripped) into n exactly; false
 * on a syntax error. */
bool Dec_Parse(DecNum *n, const char *s, size_t len);
/* Scientific (eng: engineering) text, NUL-terminated: in buf when it fits
 * its cap bytes (buf may be NULL when cap is 0), else malloc'd. */
char *Dec_ToText(const DecNum *n, bool eng, bool capitals, char *buf, size_t cap);
/* Room enough for the text of any coefficient below 2**128 whose
 * exponent is within the exponent limits. */
#define DEC_TEXT_BUF 128
/* n as the exact value of the double d. */
void Dec_FromDouble(DecNum *n, double d);
#endif
