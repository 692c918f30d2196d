/* ints to and from little-endian two's complement bytes, the form of the
 * pickle LONG opcodes.  Values are moved limb by limb (no temporary mpz
 * and no generic import/export), since short ints are the common case. */
#include "objects/int.h"
#include <string.h>

#define LIMB_BYTES sizeof(mp_limb_t)

/* n little-endian bytes into nl limbs, the bytes past n read as `fill`. */
static void bytes_to_limbs(const uint8_t *p, size_t n, mp_limb_t *w, size_t nl, uint8_t fill) {
    for (size_t i = 0; i < nl; i++) {
        mp_limb_t v = 0;
        for (size_t k = LIMB_BYTES; k-- > 0;) {
            size_t j = i * LIMB_BYTES + k;
            v = v << 8 | (j < n ? p[j] : fill);
        }
        w[i] = v;
    }
}

/* Two's complement negation of n limbs in place. */
static void negate_limbs(mp_limb_t *w, size_t n) {
    for (size_t i = 0; i < n; i++) w[i] = ~w[i];
    for (size_t i = 0; i < n && ++w[i] == 0; i++) {}
}

Object *Int_FromLEBytes(const uint8_t *p, size_t n, bool is_signed) {
    if (n == 0) return SMALL_FROM(0);
    bool neg = is_signed && (p[n - 1] & 0x80);
    if (n <= 8) {
        uint64_t u = 0;
        for (size_t i = n; i-- > 0;) u = u << 8 | p[i];
        if (!neg) return Int_FromU64(u);
        if (n < 8) u |= ~(uint64_t)0 << (8 * n); /* sign extension */
        return Int_FromI64((int64_t)u);
    }
    size_t nl = (n + LIMB_BYTES - 1) / LIMB_BYTES;
    mpz_t z;
    mpz_init(z);
    mp_limb_t *w = mpz_limbs_write(z, (mp_size_t)nl);
    bytes_to_limbs(p, n, w, nl, neg ? 0xff : 0);
    if (neg) negate_limbs(w, nl); /* the magnitude */
    mpz_limbs_finish(z, neg ? -(mp_size_t)nl : (mp_size_t)nl);
    return Int_FromMpzSteal(z);
}

/* Bits of a value >= 0. */
static size_t bit_length_u64(uint64_t v) { return v ? 64 - (size_t)__builtin_clzll(v) : 0; }

size_t Int_SignedLEBytesLen(Object *o) {
    size_t bits; /* of the value (of -v-1 when negative), without the sign bit */
    if (IS_SMALL(o)) {
        int64_t v = SMALL_VAL(o);
        if (v == 0) return 0;
        bits = bit_length_u64((uint64_t)(v >= 0 ? v : ~v));
    } else {
        mpz_srcptr z = ((BigInt *)o)->z;
        int sign = mpz_sgn(z);
        if (sign == 0) return 0;
        bits = mpz_sizeinbase(z, 2);
        /* -2**k needs no more bits than 2**k - 1 */
        if (sign < 0 && mpz_scan1(z, 0) == bits - 1) bits--;
    }
    return (bits + 1 + 7) / 8;
}

void Int_ToSignedLEBytes(Object *o, uint8_t *out, size_t n) {
    if (IS_SMALL(o)) {
        int64_t v = SMALL_VAL(o);
        for (size_t i = 0; i < n; i++) out[i] = (uint8_t)(i < 8 ? v >> (8 * i) : v >> 63);
        return;
    }
    mpz_srcptr z = ((BigInt *)o)->z;
    const mp_limb_t *w = mpz_limbs_read(z);
    size_t nl = mpz_size(z);
    for (size_t i = 0; i < n; i++) {
        size_t l = i / LIMB_BYTES;
        out[i] = l < nl ? (uint8_t)(w[l] >> (8 * (i % LIMB_BYTES))) : 0;
    }
    if (mpz_sgn(z) < 0) { /* the magnitude's two's complement */
        for (size_t i = 0; i < n; i++) out[i] = (uint8_t)~out[i];
        for (size_t i = 0; i < n && ++out[i] == 0; i++) {}
    }
}
