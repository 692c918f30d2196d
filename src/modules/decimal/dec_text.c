/* decimal's text: parsing the numeric string syntax, writing scientific and
 * engineering notation, and the exact value of a double. */
#include "modules/decimal/decimal.h"
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The length of a run of ASCII digits at s. */
static size_t digit_run(const char *s, size_t len) {
    size_t i = 0;
    while (i < len && s[i] >= '0' && s[i] <= '9') i++;
    return i;
}

/* Parses a NaN's payload (digits only, possibly none). */
static bool parse_payload(DecNum *n, const char *s, size_t len) {
    if (digit_run(s, len) != len) return false;
    if (len == 0) {
        mpz_set_ui(n->coef, 0);
        return true;
    }
    char *buf = malloc(len + 1);
    if (!buf) return false;
    memcpy(buf, s, len);
    buf[len] = 0;
    mpz_set_str(n->coef, buf, 10);
    free(buf);
    return true;
}

bool Dec_Parse(DecNum *n, const char *s, size_t len) {
    n->sign = 0;
    n->exp = 0;
    n->kind = DEC_FINITE;
    if (len && (*s == '+' || *s == '-')) {
        n->sign = *s == '-';
        s++, len--;
    }
    if ((len == 3 && strncasecmp(s, "inf", 3) == 0) || (len == 8 && strncasecmp(s, "infinity", 8) == 0)) {
        n->kind = DEC_INF;
        mpz_set_ui(n->coef, 0);
        return true;
    }
    if (len >= 3 && strncasecmp(s, "nan", 3) == 0) {
        n->kind = DEC_QNAN;
        return parse_payload(n, s + 3, len - 3);
    }
    if (len >= 4 && strncasecmp(s, "snan", 4) == 0) {
        n->kind = DEC_SNAN;
        return parse_payload(n, s + 4, len - 4);
    }
    size_t int_len = digit_run(s, len), frac_len = 0;
    const char *frac = s + int_len;
    size_t pos = int_len;
    if (pos < len && s[pos] == '.') {
        frac = s + pos + 1;
        frac_len = digit_run(frac, len - pos - 1);
        pos += 1 + frac_len;
    }
    if (int_len + frac_len == 0) return false;
    /* The exponent: kept within what int64 can add to safely; anything
     * beyond is far outside every context and is saturated. */
    int64_t exp = 0;
    if (pos < len && (s[pos] == 'e' || s[pos] == 'E')) {
        pos++;
        int esign = 0;
        if (pos < len && (s[pos] == '+' || s[pos] == '-')) esign = s[pos++] == '-';
        size_t elen = digit_run(s + pos, len - pos);
        if (elen == 0) return false;
        const int64_t huge = INT64_C(4000000000000000000);
        for (size_t i = 0; i < elen; i++) {
            exp = exp <= (huge - 9) / 10 ? exp * 10 + (s[pos + i] - '0') : huge;
        }
        if (exp >= INT64_C(1000000000000000000)) exp = huge;
        if (esign) exp = -exp;
        pos += elen;
    }
    if (pos != len) return false;
    char *buf = malloc(int_len + frac_len + 1);
    if (!buf) return false;
    memcpy(buf, s, int_len);
    memcpy(buf + int_len, frac, frac_len);
    buf[int_len + frac_len] = 0;
    mpz_set_str(n->coef, buf, 10);
    free(buf);
    n->exp = exp - (int64_t)frac_len;
    return true;
}

/* Appends the decimal text of v (possibly negative) to p; returns the end. */
static char *put_i64(char *p, int64_t v, bool plus) {
    if (v < 0) *p++ = '-';
    else if (plus) *p++ = '+';
    char tmp[24];
    int k = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do tmp[k++] = (char)('0' + u % 10); while (u /= 10);
    while (k) *p++ = tmp[--k];
    return p;
}

static const char digit_pairs[201] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                     "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                     "8081828384858687888990919293949596979899";

int Dec_U128Text(char *out, DecU128 v) {
    /* written from the end, two digits a step: groups of 19 digits (all
     * of them, zeros too) while v is above a word, then the word's */
    char tmp[40], *end = tmp + sizeof tmp, *p = end;
    while (v >> 64) {
        uint64_t low = (uint64_t)(v % Dec_Pow10U128[19]);
        v /= Dec_Pow10U128[19];
        for (int i = 0; i < 9; i++, low /= 100) memcpy(p -= 2, digit_pairs + low % 100 * 2, 2);
        *--p = (char)('0' + low);
    }
    uint64_t w = (uint64_t)v;
    for (; w >= 100; w /= 100) memcpy(p -= 2, digit_pairs + w % 100 * 2, 2);
    if (w >= 10) memcpy(p -= 2, digit_pairs + w * 2, 2);
    else *--p = (char)('0' + w);
    memcpy(out, p, (size_t)(end - p));
    return (int)(end - p);
}

char *Dec_ToText(const DecNum *n, bool eng, bool capitals, char *buf, size_t cap) {
    if (n->kind != DEC_FINITE) {
        size_t plen = mpz_sgn(n->coef) ? mpz_sizeinbase(n->coef, 10) : 0;
        char *out = plen + 16 <= cap ? buf : malloc(plen + 16);
        if (!out) return NULL;
        char *p = out;
        if (n->sign) *p++ = '-';
        const char *word = n->kind == DEC_INF ? "Infinity" : n->kind == DEC_QNAN ? "NaN" : "sNaN";
        p = stpcpy(p, word);
        if (n->kind != DEC_INF && plen) mpz_get_str(p, 10, n->coef);
        else *p = 0;
        return out;
    }
    /* the digits: written by hand for a coefficient below 2**128 */
    char small[48], *digits = small;
    DecU128 v;
    int64_t nd;
    if (Dec_GetU128(n->coef, &v)) {
        nd = Dec_U128Text(small, v);
    } else {
        if (!(digits = malloc(mpz_sizeinbase(n->coef, 10) + 2))) return NULL;
        mpz_get_str(digits, 10, n->coef);
        nd = (int64_t)strlen(digits);
    }
    int64_t adj = n->exp + nd - 1;
    bool zero = mpz_sgn(n->coef) == 0;
    /* Where the decimal point goes: after `point` digits (may be <= 0 or
     * beyond the digits), and the exponent shown (0: none). */
    int64_t point, shown = 0;
    bool exponent = false;
    if (n->exp <= 0 && adj >= -6) {
        point = nd + n->exp;
    } else {
        exponent = true;
        point = 1;
        shown = adj;
        if (eng) {
            if (zero) {
                int64_t up = n->exp >= 0 ? (n->exp + 2) / 3 * 3 : -((-n->exp) / 3 * 3);
                point = 1 - (up - n->exp);   /* 0.00E+9: digits after the point are zeros */
                shown = up;
            } else {
                int64_t m = ((adj % 3) + 3) % 3;
                point = 1 + m;
                shown = adj - m;
            }
        }
    }
    size_t total = (size_t)nd + 32 + (size_t)(point < 0 ? -point : 0) + (size_t)(point > nd ? point - nd : 0);
    char *out = total <= cap ? buf : malloc(total);
    if (!out) {
        if (digits != small) free(digits);
        return NULL;
    }
    char *p = out;
    if (n->sign) *p++ = '-';
    if (zero && eng && exponent) {
        *p++ = '0';
        if (point < 1) {
            *p++ = '.';
            for (int64_t i = point; i < 1; i++) *p++ = '0';
        }
    } else if (point <= 0) {
        *p++ = '0';
        *p++ = '.';
        for (int64_t i = point; i < 0; i++) *p++ = '0';
        memcpy(p, digits, (size_t)nd);
        p += nd;
    } else if (point >= nd) {
        memcpy(p, digits, (size_t)nd);
        p += nd;
        for (int64_t i = nd; i < point; i++) *p++ = '0';
    } else {
        memcpy(p, digits, (size_t)point);
        p += point;
        *p++ = '.';
        memcpy(p, digits + point, (size_t)(nd - point));
        p += nd - point;
    }
    if (exponent && !(eng && shown == 0 && !zero)) {
        *p++ = capitals ? 'E' : 'e';
        p = put_i64(p, shown, true);
    }
    *p = 0;
    if (digits != small) free(digits);
    return out;
}

void Dec_FromDouble(DecNum *n, double d) {
    n->sign = signbit(d) != 0;
    n->exp = 0;
    if (isnan(d)) {
        n->kind = DEC_QNAN;
        mpz_set_ui(n->coef, 0);
        return;
    }
    if (isinf(d)) {
        n->kind = DEC_INF;
        mpz_set_ui(n->coef, 0);
        return;
    }
    n->kind = DEC_FINITE;
    int e2;
    double m = frexp(fabs(d), &e2);
    /* m * 2**53 is an integer for every double. */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    e2 -= 53;
    if (mant == 0) {
        mpz_set_ui(n->coef, 0);
        return;
    }
    while ((mant & 1) == 0) {
        mant >>= 1;
        e2++;
    }
    mpz_set_ui(n->coef, 0);
    mpz_import(n->coef, 1, 1, sizeof mant, 0, 0, &mant);
    if (e2 >= 0) {
        mpz_mul_2exp(n->coef, n->coef, (mp_bitcnt_t)e2);
    } else {
        /* mant / 2**k == mant * 5**k / 10**k */
        mpz_t p;
        mpz_init(p);
        mpz_ui_pow_ui(p, 5, (unsigned long)-e2);
        mpz_mul(n->coef, n->coef, p);
        mpz_clear(p);
        n->exp = e2;
    }
}
