/* Substring search over the three string kinds (find, count, split, replace,
 * partition, `in`).
 *
 * A StrSearch prepares a needle once for a given haystack kind, so a loop
 * that looks for the same separator many times (split, replace, count) pays
 * for the preparation only once.  The search itself is a Horspool-style scan:
 * test the window's last character first; on a mismatch, look at the
 * character just past the window and jump over the whole window when that
 * character cannot occur in the needle (a 64-bit Bloom mask of the needle's
 * characters answers that); after a last-character match that fails, shift
 * to the next place the last character occurs in the needle.  Backward
 * searches mirror this from the window's first character. */
#define _GNU_SOURCE /* memrchr */
#include "objects/str.h"
#include <stdlib.h>
#include <string.h>

#define BLOOM_BIT(c) ((uint64_t)1 << ((c) & 63))

/* For needles of m >= 2 code points of type T:
 *   NAME##_next: the first i in [start, end - m] where h[i .. i+m) is the
 *     needle, or -1;
 *   NAME##_count: how many non-overlapping occurrences lie in [start, end),
 *     stopping at maxcount;
 *   NAME##_prev: the last such i, or -1.
 * The forward scans read h[end] (the character past a window that ends at
 * end): it exists, as every string's data is NUL-terminated. */
#define DEFINE_SEARCH(T, NAME)                                                                           \
    static ssize_t NAME##_next(const T *h, ssize_t start, ssize_t end, const StrSearch *ss) {            \
        const T *p = ss->needle;                                                                         \
        const ssize_t m = ss->m, stop = end - m;                                                         \
        const T last = p[m - 1];                                                                         \
        const uint64_t mask = ss->mask;                                                                  \
        for (ssize_t i = start; i <= stop;) {                                                            \
            if (h[i + m - 1] == last) {                                                                  \
                ssize_t k = 0;                                                                           \
                while (k < m - 1 && h[i + k] == p[k]) k++;                                               \
                if (k == m - 1) return i;                                                                \
                /* h[i + m]: the first character past the window */                                     \
                i += !(mask & BLOOM_BIT(h[i + m])) ? m + 1 : ss->skip;                                   \
            } else if (!(mask & BLOOM_BIT(h[i + m]))) {                                                  \
                i += m + 1;                                                                              \
            } else {                                                                                     \
                i++;                                                                                     \
            }                                                                                            \
        }                                                                                                \
        return -1;                                                                                       \
    }                                                                                                    \
    static ssize_t NAME##_count(const T *h, ssize_t start, ssize_t end, const StrSearch *ss,             \
                                ssize_t maxcount) {                                                      \
        const T *p = ss->needle;                                                                         \
        const ssize_t m = ss->m, stop = end - m;                                                         \
        const T last = p[m - 1];                                                                         \
        const uint64_t mask = ss->mask;                                                                  \
        ssize_t count = 0;                                                                               \
        for (ssize_t i = start; i <= stop;) {                                                            \
            if (h[i + m - 1] == last) {                                                                  \
                ssize_t k = 0;                                                                           \
                while (k < m - 1 && h[i + k] == p[k]) k++;                                               \
                if (k == m - 1) {                                                                        \
                    if (++count == maxcount) break;                                                      \
                    i += m;                                                                              \
                    continue;                                                                            \
                }                                                                                        \
                i += !(mask & BLOOM_BIT(h[i + m])) ? m + 1 : ss->skip;                                   \
            } else if (!(mask & BLOOM_BIT(h[i + m]))) {                                                  \
                i += m + 1;                                                                              \
            } else {                                                                                     \
                i++;                                                                                     \
            }                                                                                            \
        }                                                                                                \
        return count;                                                                                    \
    }                                                                                                    \
    static ssize_t NAME##_prev(const T *h, ssize_t start, ssize_t end, const StrSearch *ss) {            \
        const T *p = ss->needle;                                                                         \
        const ssize_t m = ss->m;                                                                         \
        const T first = p[0];                                                                            \
        const uint64_t mask = ss->mask;                                                                  \
        for (ssize_t i = end - m; i >= start;) {                                                         \
            if (h[i] == first) {                                                                         \
                ssize_t k = 1;                                                                           \
                while (k < m && h[i + k] == p[k]) k++;                                                   \
                if (k == m) return i;                                                                    \
                /* h[i - 1]: the last character before the window */                                    \
                if (i > start && !(mask & BLOOM_BIT(h[i - 1]))) i -= m + 1;                              \
                else i -= ss->rskip;                                                                     \
            } else if (i > start && !(mask & BLOOM_BIT(h[i - 1]))) {                                     \
                i -= m + 1;                                                                              \
            } else {                                                                                     \
                i--;                                                                                     \
            }                                                                                            \
        }                                                                                                \
        return -1;                                                                                       \
    }

/* GCC turns the skip choice into a conditional move, which chains every
 * step of the scan to the load of the character it tests: twice as slow as
 * a predicted branch on ordinary text. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC push_options
#pragma GCC optimize("no-if-conversion", "no-if-conversion2")
#endif
DEFINE_SEARCH(uint8_t, ucs1)
DEFINE_SEARCH(uint16_t, ucs2)
DEFINE_SEARCH(uint32_t, ucs4)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC pop_options
#endif

/* Code point i of width-kind data. */
static inline uint32_t char_at(const void *data, int kind, ssize_t i) {
    return kind == 1 ? ((const uint8_t *)data)[i]
         : kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i];
}

/* NAME##_prepare: the Bloom mask and the shifts of a needle of m >= 2 code
 * points of type T. */
#define DEFINE_PREPARE(T, NAME)                                                              \
    static void NAME(StrSearch *ss) {                                                        \
        const T *p = ss->needle;                                                             \
        ssize_t m = ss->m;                                                                   \
        T first = p[0], last = p[m - 1];                                                     \
        uint64_t mask = 0;                                                                   \
        for (ssize_t i = 0; i < m; i++) {                                                    \
            mask |= BLOOM_BIT(p[i]);                                                         \
            if (i < m - 1 && p[i] == last) ss->skip = m - 1 - i;       /* the rightmost wins */ \
            if (i > 0 && p[i] == first && ss->rskip == m) ss->rskip = i; /* the leftmost wins */ \
        }                                                                                    \
        ss->mask = mask;                                                                     \
    }
DEFINE_PREPARE(uint8_t, prepare_ucs1)
DEFINE_PREPARE(uint16_t, prepare_ucs2)
DEFINE_PREPARE(uint32_t, prepare_ucs4)

/* Naive search for a needle kept in its own (narrower) kind: used only when
 * there was no memory for a widened copy. */
static ssize_t mixed_next(const StrSearch *ss, const void *h, ssize_t start, ssize_t end) {
    for (ssize_t i = start; i + ss->m <= end; i++) {
        ssize_t k = 0;
        while (k < ss->m && char_at(h, ss->kind, i + k) == char_at(ss->needle, ss->nkind, k)) k++;
        if (k == ss->m) return i;
    }
    return -1;
}

static ssize_t mixed_prev(const StrSearch *ss, const void *h, ssize_t start, ssize_t end) {
    for (ssize_t i = end - ss->m; i >= start; i--) {
        ssize_t k = 0;
        while (k < ss->m && char_at(h, ss->kind, i + k) == char_at(ss->needle, ss->nkind, k)) k++;
        if (k == ss->m) return i;
    }
    return -1;
}

ssize_t Str_FindLatin1(const uint8_t *h, ssize_t n, const uint8_t *p, ssize_t m) {
    const uint8_t *hit = memmem(h, (size_t)n, p, (size_t)m);
    return hit ? hit - h : -1;
}

void StrSearch_Init(StrSearch *ss, Object *hay, Object *needle) {
    int hk = STR_KIND(hay), nk = STR_KIND(needle);
    ssize_t m = STR_LEN(needle);
    ss->m = m;
    ss->kind = hk;
    ss->nkind = nk;
    ss->owned = NULL;
    ss->needle = STR_DATA(needle);
    /* Each string has the narrowest kind that holds it, so a wider needle
     * has a character the haystack cannot contain. */
    ss->impossible = nk > hk;
    ss->mask = 0;
    ss->skip = ss->rskip = m;
    if (ss->impossible || m == 0) return;
    if (nk < hk) {
        /* widen the needle to the haystack's kind */
        size_t bytes = (size_t)m * (size_t)hk;
        void *w = bytes <= sizeof ss->small ? (void *)ss->small : (ss->owned = malloc(bytes));
        if (!w) return; /* out of memory: mixed_next/mixed_prev will do */
        for (ssize_t i = 0; i < m; i++) {
            uint32_t c = char_at(STR_DATA(needle), nk, i);
            if (hk == 2) ((uint16_t *)w)[i] = (uint16_t)c;
            else ((uint32_t *)w)[i] = c;
        }
        ss->needle = w;
        ss->nkind = hk;
    }
    if (m == 1) return; /* a single character is found without the tables */
    switch (hk) {
    case 1: prepare_ucs1(ss); break;
    case 2: prepare_ucs2(ss); break;
    default: prepare_ucs4(ss); break;
    }
}

void StrSearch_Done(StrSearch *ss) {
    free(ss->owned);
    ss->owned = NULL;
}

ssize_t StrSearch_Next(const StrSearch *ss, Object *hay, ssize_t start, ssize_t end) {
    ssize_t m = ss->m;
    if (ss->impossible || end - start < m) return -1;
    if (m == 0) return start;
    const void *h = STR_DATA(hay);
    if (ss->nkind != ss->kind) return mixed_next(ss, h, start, end);
    if (m == 1) {
        uint32_t c = char_at(ss->needle, ss->kind, 0);
        if (ss->kind == 1) {
            /* fields between separators are often short: look at a few
             * bytes directly before paying for a memchr call */
            const uint8_t *h1 = h;
            ssize_t i = start, near = end - start > 16 ? start + 16 : end;
            for (; i < near; i++)
                if (h1[i] == c) return i;
            if (i == end) return -1;
            const uint8_t *p = memchr(h1 + i, (int)c, (size_t)(end - i));
            return p ? p - h1 : -1;
        }
        for (ssize_t i = start; i < end; i++)
            if (char_at(h, ss->kind, i) == c) return i;
        return -1;
    }
    switch (ss->kind) {
    case 1: return ucs1_next(h, start, end, ss);
    case 2: return ucs2_next(h, start, end, ss);
    default: return ucs4_next(h, start, end, ss);
    }
}

ssize_t StrSearch_Prev(const StrSearch *ss, Object *hay, ssize_t start, ssize_t end) {
    ssize_t m = ss->m;
    if (ss->impossible || end - start < m) return -1;
    if (m == 0) return end;
    const void *h = STR_DATA(hay);
    if (ss->nkind != ss->kind) return mixed_prev(ss, h, start, end);
    if (m == 1) {
        uint32_t c = char_at(ss->needle, ss->kind, 0);
        if (ss->kind == 1) {
            const uint8_t *p = memrchr((const uint8_t *)h + start, (int)c, (size_t)(end - start));
            return p ? p - (const uint8_t *)h : -1;
        }
        for (ssize_t i = end - 1; i >= start; i--)
            if (char_at(h, ss->kind, i) == c) return i;
        return -1;
    }
    switch (ss->kind) {
    case 1: return ucs1_prev(h, start, end, ss);
    case 2: return ucs2_prev(h, start, end, ss);
    default: return ucs4_prev(h, start, end, ss);
    }
}

/* Occurrences of byte x in h[0:n], eight bytes at a time. */
static ssize_t count_byte(const uint8_t *h, ssize_t n, uint8_t x) {
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    ssize_t c = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, h + i, 8);
        w ^= ones * x;   /* bytes equal to x are now zero */
        /* high bit of each byte set iff the byte is zero (no carries cross bytes) */
        uint64_t z = ~(((w & ~highs) + ~highs) | w) & highs;
        c += (ssize_t)(((z >> 7) * ones) >> 56);
    }
    for (; i < n; i++) c += h[i] == x;
    return c;
}

ssize_t Str_Count(Object *hay, Object *needle, ssize_t start, ssize_t end, ssize_t maxcount) {
    ssize_t m = STR_LEN(needle);
    if (start > STR_LEN(hay) || end < start || maxcount <= 0) return 0;
    if (m == 0) return end - start + 1 < maxcount ? end - start + 1 : maxcount;
    if (end - start < m) return 0;
    ssize_t c = 0;
    if (m == 1 && STR_KIND(hay) == 1 && STR_KIND(needle) == 1) {
        c = count_byte((const uint8_t *)STR_DATA(hay) + start, end - start, *(const uint8_t *)STR_DATA(needle));
        return c < maxcount ? c : maxcount;
    }
    StrSearch ss;
    StrSearch_Init(&ss, hay, needle);
    if (m >= 2 && !ss.impossible && ss.nkind == ss.kind) {
        const void *h = STR_DATA(hay);
        c = ss.kind == 1 ? ucs1_count(h, start, end, &ss, maxcount)
          : ss.kind == 2 ? ucs2_count(h, start, end, &ss, maxcount) : ucs4_count(h, start, end, &ss, maxcount);
    } else {
        while (c < maxcount) {
            ssize_t i = StrSearch_Next(&ss, hay, start, end);
            if (i < 0) break;
            c++;
            start = i + m;
        }
    }
    StrSearch_Done(&ss);
    return c;
}
