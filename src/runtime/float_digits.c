/* Fixed-precision decimal text of doubles (see float_digits.h).
 *
 * A finite double is m * 2^e exactly, with m < 2^53.  Its text at a given
 * precision needs the integer N = round(m * 2^e * 10^t) for a suitable t
 * (t = prec for "%f"; for "%e", t moves the first significant digit to the
 * units place of a prec+1 digit integer).  N is computed exactly with
 * 128-bit integers: a multiplication by 10^t and a shift by e, or a
 * division by 10^-t * 2^-e, keeping the remainder to round half-to-even. */
#include "runtime/float_digits.h"
#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef unsigned __int128 u128;

#define U128_MAX (~(u128)0)
#define MAX_POW10 38   /* 10^38 < 2^128 */

/* 10^k for 0 <= k <= MAX_POW10 (the table is filled once per process). */
static u128 pow10_table[MAX_POW10 + 1];
static bool pow10_ready;   /* read atomically: set once the table is filled */
static pthread_once_t pow10_once = PTHREAD_ONCE_INIT;

static void pow10_fill(void) {
    u128 p = 1;
    for (int i = 0; i <= MAX_POW10; i++, p *= 10) pow10_table[i] = p;
    __atomic_store_n(&pow10_ready, true, __ATOMIC_RELEASE);
}

static u128 pow10_u128(int k) {
    if (!__atomic_load_n(&pow10_ready, __ATOMIC_ACQUIRE)) pthread_once(&pow10_once, pow10_fill);
    return pow10_table[k];
}

/* N = round(m * 2^e * 10^t), ties to even; false when the exact computation
 * does not fit in 128 bits. */
static bool scaled_round(uint64_t m, int e, int t, u128 *out) {
    if (t >= 0) {
        if (t > MAX_POW10) return false;
        u128 p = pow10_u128(t);
        if (m && p > U128_MAX / m) return false;
        u128 n = (u128)m * p;
        if (e >= 0) {
            if (e >= 128 || n > (U128_MAX >> e)) return false;
            *out = n << e;
            return true;
        }
        int s = -e;
        if (s >= 128) return false;
        u128 q = n >> s, r = n - (q << s), half = (u128)1 << (s - 1);
        if (r > half || (r == half && (q & 1))) q++;
        *out = q;
        return true;
    }
    int u = -t;
    if (u > MAX_POW10) return false;
    u128 d = pow10_u128(u), n = m;
    if (e >= 0) {
        if (e > 74) return false; /* m < 2^53: the shifted value stays below 2^127 */
        n <<= e;
    } else {
        int s = -e;
        if (s >= 127 || d > (U128_MAX >> s)) return false;
        d <<= s;
    }
    u128 q = n / d, r = n % d;
    /* compare r with d / 2 without overflowing 2 * r */
    if (r > d - r || (r == d - r && (q & 1))) q++;
    *out = q;
    return true;
}

/* Decimal digits of n into buf (no NUL); returns how many ("0" for 0). */
static int u128_digits(u128 n, char *buf) {
    char tmp[48];
    int k = 0;
    while (n > UINT64_MAX) {
        /* peel off 19 digits at a time with one 128-bit division */
        const uint64_t p19 = 10000000000000000000u;
        uint64_t low = (uint64_t)(n % p19);
        n /= p19;
        for (int i = 0; i < 19; i++) {
            tmp[k++] = (char)('0' + low % 10);
            low /= 10;
        }
    }
    uint64_t v = (uint64_t)n;
    /* two digits per division: r < 100 splits with a multiply */
    while (v >= 100) {
        unsigned r = (unsigned)(v % 100);
        v /= 100;
        tmp[k++] = (char)('0' + r % 10);
        tmp[k++] = (char)('0' + r / 10);
    }
    tmp[k++] = (char)('0' + v % 10);
    if (v >= 10) tmp[k++] = (char)('0' + v / 10);
    for (int i = 0; i < k; i++) buf[i] = tmp[k - 1 - i];
    return k;
}

/* v = m * 2^e with m < 2^53 (v finite, > 0). */
static void decompose(double v, uint64_t *m, int *e) {
    int ex;
    double f = frexp(v, &ex); /* v = f * 2^ex, 0.5 <= f < 1 */
    *m = (uint64_t)ldexp(f, 53);
    *e = ex - 53;
}

int FloatDigits_Fixed(double v, int prec, bool alt, char *out, size_t cap) {
    if (prec < 0 || prec > MAX_POW10 - 1 || !isfinite(v) || v < 0) return -1;
    u128 n = 0;
    if (v != 0) {
        uint64_t m;
        int e;
        decompose(v, &m, &e);
        if (!scaled_round(m, e, prec, &n)) return -1;
    }
    char digits[48];
    int nd = u128_digits(n, digits);
    /* at least one digit before the point */
    int lead = nd <= prec ? prec + 1 - nd : 0;
    size_t len = (size_t)(lead + nd) + (prec > 0 || alt ? 1 : 0);
    if (len + 1 > cap) return -1;
    char *p = out;
    int total = lead + nd, intdigits = total - prec;
    for (int i = 0; i < total; i++) {
        if (i == intdigits) *p++ = '.';
        *p++ = i < lead ? '0' : digits[i - lead];
    }
    if (prec == 0 && alt) *p++ = '.';
    *p = '\0';
    return (int)(p - out);
}

int FloatDigits_Exp(double v, int prec, bool alt, char *out, size_t cap) {
    if (prec < 0 || prec > MAX_POW10 - 2 || !isfinite(v) || v < 0) return -1;
    u128 n = 0;
    int k = 0; /* decimal exponent of the first digit */
    if (v != 0) {
        uint64_t m;
        int e;
        decompose(v, &m, &e);
        /* estimate floor(log10(v)) from the binary exponent, then correct it */
        k = (int)floor((e + 52) * 0.30102999566398120);
        u128 lo = pow10_u128(prec), hi = lo * 10;
        for (int tries = 0;; tries++) {
            if (tries > 4 || !scaled_round(m, e, prec - k, &n)) return -1;
            if (n >= hi) k++;
            else if (n < lo) k--;
            else break;
        }
    }
    char digits[48];
    int nd = u128_digits(n, digits);
    if (v == 0) {
        memset(digits, '0', (size_t)prec + 1);
        nd = prec + 1;
    }
    char exp[8];
    int ae = k < 0 ? -k : k, ne = 0;
    do {
        exp[ne++] = (char)('0' + ae % 10);
        ae /= 10;
    } while (ae);
    if (ne < 2) exp[ne++] = '0';
    size_t len = (size_t)nd + (prec > 0 || alt ? 1 : 0) + 2 + (size_t)ne;
    if (len + 1 > cap) return -1;
    char *p = out;
    *p++ = digits[0];
    if (prec > 0 || alt) *p++ = '.';
    memcpy(p, digits + 1, (size_t)nd - 1);
    p += nd - 1;
    *p++ = 'e';
    *p++ = k < 0 ? '-' : '+';
    while (ne) *p++ = exp[--ne];
    *p = '\0';
    return (int)(p - out);
}
