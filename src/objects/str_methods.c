/* The methods of str (the MethodDef table Str_Type uses). */
#include "abstract.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#if __has_include("../runtime/formatspec.h")
#include "runtime/formatspec.h"
#else
Object *Format_String(Object *str, Object *spec); /* numbers: runtime/formatspec.c */
#endif
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/unicode_db.h"
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CH(s, i) STR_CHAR((s), (i))

/* ---- argument helpers ----------------------------------------------------- */

/* An integer argument (__index__) as ssize_t; OverflowError when too big. */
static int ssize_arg(Object *o, ssize_t *out) {
    Object *i = Obj_Index(o);
    if (!i) return -1;
    ssize_t v = Int_AsSsize(i);
    DECREF(i);
    if (v == -1 && Err_Occurred()) return -1;
    *out = v;
    return 0;
}

/* sub[, start[, end]] for find/index/count and friends.  qualname is
 * "str.NAME"; the messages that want the bare name skip the "str." prefix. */
static int parse_sub_range(const char *qualname, Object *self, Object *const *args, size_t nargs,
                           Object *kwnames, ssize_t *start, ssize_t *end) {
    const char *name = qualname + 4;
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "%s() argument 1 must be str, not %s", name, TYPE_NAME(args[0]));
        return -1;
    }
    return Slice_SearchBounds(nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, STR_LEN(self), start, end);
}

static bool match_at(Object *s, ssize_t i, Object *sub) {
    ssize_t m = STR_LEN(sub);
    if (STR_KIND(s) == STR_KIND(sub))
        return memcmp((uint8_t *)STR_DATA(s) + i * STR_KIND(s), STR_DATA(sub), (size_t)m * STR_KIND(s)) == 0;
    for (ssize_t k = 0; k < m; k++)
        if (CH(s, i + k) != CH(sub, k)) return false;
    return true;
}

/* First / last index of sub within s[start:end] (normalised by
 * Slice_SearchBounds: start may exceed the length), or -1. */
static ssize_t find_in(Object *s, Object *sub, ssize_t start, ssize_t end) {
    if (start > STR_LEN(s)) return -1;
    return Str_Find(s, sub, start, end);
}

static ssize_t rfind_in(Object *s, Object *sub, ssize_t start, ssize_t end) {
    if (start > STR_LEN(s) || end - start < STR_LEN(sub)) return -1;
    StrSearch ss;
    StrSearch_Init(&ss, s, sub);
    ssize_t i = StrSearch_Prev(&ss, s, start, end);
    StrSearch_Done(&ss);
    return i;
}

/* ---- searching ---------------------------------------------------------- */

static Object *str_find(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t start, end;
    if (parse_sub_range("str.find", self, args, nargs, kwnames, &start, &end) < 0) return NULL;
    return Int_FromI64(find_in(self, args[0], start, end));
}

static Object *str_rfind(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t start, end;
    if (parse_sub_range("str.rfind", self, args, nargs, kwnames, &start, &end) < 0) return NULL;
    return Int_FromI64(rfind_in(self, args[0], start, end));
}

static Object *str_index(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t start, end;
    if (parse_sub_range("str.index", self, args, nargs, kwnames, &start, &end) < 0) return NULL;
    ssize_t i = find_in(self, args[0], start, end);
    if (i < 0) {
        Err_SetString(Exc_ValueError, "substring not found");
        return NULL;
    }
    return Int_FromI64(i);
}

static Object *str_rindex(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t start, end;
    if (parse_sub_range("str.rindex", self, args, nargs, kwnames, &start, &end) < 0) return NULL;
    ssize_t i = rfind_in(self, args[0], start, end);
    if (i < 0) {
        Err_SetString(Exc_ValueError, "substring not found");
        return NULL;
    }
    return Int_FromI64(i);
}

static Object *str_count(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t start, end;
    if (parse_sub_range("str.count", self, args, nargs, kwnames, &start, &end) < 0) return NULL;
    return Int_FromI64(Str_Count(self, args[0], start, end, (ssize_t)1 << 62));
}

static Object *starts_ends(const char *qualname, bool ends, Object *self, Object *const *args, size_t nargs,
                           Object *kwnames) {
    const char *name = qualname + 4; /* without "str." */
    ssize_t start, end;
    if (Slice_SearchBounds(nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, STR_LEN(self), &start, &end) < 0)
        return NULL;
    Object *const *cands = &args[0];
    ssize_t nc = 1;
    if (Tuple_Check(args[0])) {
        cands = TUPLE_ITEMS(args[0]);
        nc = TUPLE_LEN(args[0]);
    } else if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name, TYPE_NAME(args[0]));
        return NULL;
    }
    for (ssize_t k = 0; k < nc; k++) {
        Object *p = cands[k];
        if (!Str_Check(p)) {
            Err_Format(Exc_TypeError, "tuple for %s must only contain str, not %s", name, TYPE_NAME(p));
            return NULL;
        }
        ssize_t m = STR_LEN(p);
        if (start > STR_LEN(self) || end - start < m) continue;
        if (match_at(self, ends ? end - m : start, p)) return NEWREF(OBJ_TRUE);
    }
    return NEWREF(OBJ_FALSE);
}

static Object *str_startswith(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return starts_ends("str.startswith", false, self, args, nargs, kwnames);
}

static Object *str_endswith(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return starts_ends("str.endswith", true, self, args, nargs, kwnames);
}

/* ---- splitting and joining -------------------------------------------------- */

static Object *str_join(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Str_Join(self, args[0]);
}

/* Properties of the Latin-1 characters (the code points of kind 1
 * strings): UNI_* flags, filled from the Unicode database on first use
 * (once per process). */
static uint16_t latin1_flags[256];
static bool latin1_ready;   /* read atomically: set once the table is filled */
static pthread_once_t latin1_once = PTHREAD_ONCE_INIT;

static void latin1_fill(void) {
    for (uint32_t c = 0; c < 256; c++) latin1_flags[c] = (uint16_t)Uni_Flags(c);
    __atomic_store_n(&latin1_ready, true, __ATOMIC_RELEASE);
}

static const uint16_t *latin1_table(void) {
    if (!__atomic_load_n(&latin1_ready, __ATOMIC_ACQUIRE)) pthread_once(&latin1_once, latin1_fill);
    return latin1_flags;
}

/* Whether code point i of s (data d, kind k) is whitespace; tab is
 * latin1_table() (passed in so loops fetch it once). */
static inline bool space_at(const uint16_t *tab, const void *d, int k, ssize_t i) {
    if (k == 1) return tab[((const uint8_t *)d)[i]] & UNI_SPACE;
    return Uni_IsSpace(k == 2 ? ((const uint16_t *)d)[i] : ((const uint32_t *)d)[i]);
}

/* The parts of a split, gathered before the list is made so that the list
 * is allocated once at its final size.  Short splits need no heap buffer. */
#define PIECES_INLINE 64
typedef struct Pieces {
    Object **items;   /* owned references; inline_items or a malloc'ed array */
    ssize_t len, cap;
    Object *inline_items[PIECES_INLINE];
} Pieces;

static void pieces_init(Pieces *p) {
    p->items = p->inline_items;
    p->len = 0;
    p->cap = PIECES_INLINE;
}

static void pieces_discard(Pieces *p) {
    for (ssize_t i = 0; i < p->len; i++) DECREF(p->items[i]);
    if (p->items != p->inline_items) free(p->items);
}

/* Appends s[a:b]. */
static inline int pieces_add(Pieces *p, Object *s, ssize_t a, ssize_t b) {
    if (p->len == p->cap) {
        ssize_t cap = p->cap * 2;
        Object **items = p->items == p->inline_items ? malloc(sizeof(Object *) * (size_t)cap)
                                                     : realloc(p->items, sizeof(Object *) * (size_t)cap);
        if (!items) {
            Err_NoMemory();
            return -1;
        }
        if (p->items == p->inline_items) memcpy(items, p->inline_items, sizeof p->inline_items);
        p->items = items;
        p->cap = cap;
    }
    Object *piece = Str_Substring(s, a, b);
    if (!piece) return -1;
    p->items[p->len++] = piece;
    return 0;
}

/* A list of the pieces (in reverse order if asked), which it takes over. */
static Object *pieces_finish(Pieces *p, bool reverse) {
    Object *list = List_New(p->len);
    if (!list) {
        pieces_discard(p);
        return NULL;
    }
    Object **dst = LIST_ITEMS(list);
    for (ssize_t i = 0; i < p->len; i++) dst[i] = p->items[reverse ? p->len - 1 - i : i];
    if (p->items != p->inline_items) free(p->items);
    return list;
}

static int parse_split_args(const char *name, Object *const *args, size_t nargs, Object *kwnames, Object **sep,
                            ssize_t *maxsplit) {
    Object *const *a = args; /* sep, maxsplit */
    *sep = a[0] == OBJ_NONE ? NULL : a[0];
    if (*sep && !Str_Check(*sep)) {
        Err_Format(Exc_TypeError, "must be str or None, not %s", TYPE_NAME(*sep));
        return -1;
    }
    if (*sep && STR_LEN(*sep) == 0) {
        Err_SetString(Exc_ValueError, "empty separator");
        return -1;
    }
    *maxsplit = -1;
    if (a[1] && ssize_arg(a[1], maxsplit) < 0) return -1;
    if (*maxsplit < 0) *maxsplit = (ssize_t)1 << 62;
    return 0;
}

static Object *str_split(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *sep;
    ssize_t maxsplit;
    if (parse_split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
    Pieces p;
    pieces_init(&p);
    ssize_t n = STR_LEN(self), i = 0;
    if (!sep) {
        const uint16_t *tab = latin1_table();
        const void *d = STR_DATA(self);
        int k = STR_KIND(self);
        while (true) {
            if (k == 1) {
                const uint8_t *d1 = d;
                while (i < n && (tab[d1[i]] & UNI_SPACE)) i++;
            } else {
                while (i < n && space_at(tab, d, k, i)) i++;
            }
            if (i >= n) break;
            if (maxsplit-- <= 0) {
                if (pieces_add(&p, self, i, n) < 0) goto fail;
                break;
            }
            ssize_t j = i + 1;
            if (k == 1) {
                const uint8_t *d1 = d;
                while (j < n && !(tab[d1[j]] & UNI_SPACE)) j++;
            } else {
                while (j < n && !space_at(tab, d, k, j)) j++;
            }
            if (pieces_add(&p, self, i, j) < 0) goto fail;
            i = j;
        }
        return pieces_finish(&p, false);
    }
    ssize_t m = STR_LEN(sep);
    StrSearch ss;
    StrSearch_Init(&ss, self, sep);
    while (maxsplit-- > 0) {
        ssize_t j = StrSearch_Next(&ss, self, i, n);
        if (j < 0) break;
        if (pieces_add(&p, self, i, j) < 0) {
            StrSearch_Done(&ss);
            goto fail;
        }
        i = j + m;
    }
    StrSearch_Done(&ss);
    if (pieces_add(&p, self, i, n) < 0) goto fail;
    return pieces_finish(&p, false);
fail:
    pieces_discard(&p);
    return NULL;
}

static Object *str_rsplit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *sep;
    ssize_t maxsplit;
    if (parse_split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
    Pieces p;
    pieces_init(&p);
    ssize_t j = STR_LEN(self);
    if (!sep) {
        const uint16_t *tab = latin1_table();
        const void *d = STR_DATA(self);
        int k = STR_KIND(self);
        while (true) {
            while (j > 0 && space_at(tab, d, k, j - 1)) j--;
            if (j <= 0) break;
            if (maxsplit-- <= 0) {
                if (pieces_add(&p, self, 0, j) < 0) goto fail;
                break;
            }
            ssize_t i = j - 1;
            while (i > 0 && !space_at(tab, d, k, i - 1)) i--;
            if (pieces_add(&p, self, i, j) < 0) goto fail;
            j = i;
        }
    } else {
        ssize_t m = STR_LEN(sep);
        StrSearch ss;
        StrSearch_Init(&ss, self, sep);
        while (maxsplit-- > 0) {
            ssize_t i = StrSearch_Prev(&ss, self, 0, j);
            if (i < 0) break;
            if (pieces_add(&p, self, i + m, j) < 0) {
                StrSearch_Done(&ss);
                goto fail;
            }
            j = i;
        }
        StrSearch_Done(&ss);
        if (pieces_add(&p, self, 0, j) < 0) goto fail;
    }
    return pieces_finish(&p, true);
fail:
    pieces_discard(&p);
    return NULL;
}

static Object *str_splitlines(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *const *a = args; /* keepends */
    int keep = 0;
    if (a[0] && (keep = Obj_IsTrue(a[0])) < 0) return NULL;
    Pieces p;
    pieces_init(&p);
    const uint16_t *tab = latin1_table();
    bool latin1 = STR_KIND(self) == 1;
    const uint8_t *d1 = STR_DATA(self);
    ssize_t n = STR_LEN(self), i = 0;
    while (i < n) {
        ssize_t j = i;
        if (latin1) while (j < n && !(tab[d1[j]] & UNI_LINEBREAK)) j++;
        else while (j < n && !Uni_IsLinebreak(CH(self, j))) j++;
        ssize_t eol = j;
        if (j < n) {
            if (CH(self, j) == '\r' && j + 1 < n && CH(self, j + 1) == '\n') j += 2;
            else j++;
            if (keep) eol = j;
        }
        if (pieces_add(&p, self, i, eol) < 0) {
            pieces_discard(&p);
            return NULL;
        }
        i = j;
    }
    return pieces_finish(&p, false);
}

static Object *partition(Object *self, Object *sep, bool reverse) {
    if (!Str_Check(sep)) {
        Err_Format(Exc_TypeError, "must be str, not %s", TYPE_NAME(sep));
        return NULL;
    }
    if (STR_LEN(sep) == 0) {
        Err_SetString(Exc_ValueError, "empty separator");
        return NULL;
    }
    ssize_t n = STR_LEN(self), m = STR_LEN(sep);
    ssize_t i = reverse ? rfind_in(self, sep, 0, n) : Str_Find(self, sep, 0, n);
    Object *parts[3];
    Object *empty = Str_Empty();
    if (i < 0) {
        Object *whole = Str_Exact(self);
        if (!whole) return NULL;
        parts[0] = reverse ? NEWREF(empty) : whole;
        parts[1] = NEWREF(empty);
        parts[2] = reverse ? whole : NEWREF(empty);
        return Tuple_FromArraySteal(parts, 3);
    }
    parts[0] = Str_Substring(self, 0, i);
    parts[1] = Str_Exact(sep);
    parts[2] = Str_Substring(self, i + m, n);
    if (!parts[0] || !parts[1] || !parts[2]) {
        XDECREF(parts[0]);
        XDECREF(parts[1]);
        XDECREF(parts[2]);
        return NULL;
    }
    return Tuple_FromArraySteal(parts, 3);
}

static Object *str_partition(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return partition(self, args[0], false);
}

static Object *str_rpartition(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return partition(self, args[0], true);
}

/* ---- strip, replace ---------------------------------------------------------- */

static bool in_chars(Object *chars, uint32_t c) {
    if (!chars) return Uni_IsSpace(c);
    ssize_t n = STR_LEN(chars);
    for (ssize_t i = 0; i < n; i++)
        if (CH(chars, i) == c) return true;
    return false;
}

static Object *do_strip(const char *qualname, Object *self, Object *const *args, size_t nargs, Object *kwnames,
                        bool left, bool right) {
    const char *name = qualname + 4; /* without "str." */
    Object *chars = nargs && args[0] != OBJ_NONE ? args[0] : NULL;
    if (chars && !Str_Check(chars)) {
        Err_Format(Exc_TypeError, "%s arg must be None or str", name);
        return NULL;
    }
    ssize_t a = 0, b = STR_LEN(self);
    if (STR_KIND(self) == 1 && (!chars || STR_KIND(chars) == 1)) {
        /* Latin-1 text: one table or bit-set lookup per character */
        const uint8_t *d = STR_DATA(self);
        if (!chars) {
            const uint16_t *tab = latin1_table();
            if (left) while (a < b && (tab[d[a]] & UNI_SPACE)) a++;
            if (right) while (b > a && (tab[d[b - 1]] & UNI_SPACE)) b--;
        } else {
            uint64_t set[4] = {0, 0, 0, 0};
            const uint8_t *c = STR_DATA(chars);
            for (ssize_t i = 0; i < STR_LEN(chars); i++) set[c[i] >> 6] |= (uint64_t)1 << (c[i] & 63);
#define IN_SET(x) (set[(x) >> 6] >> ((x) & 63) & 1)
            if (left) while (a < b && IN_SET(d[a])) a++;
            if (right) while (b > a && IN_SET(d[b - 1])) b--;
#undef IN_SET
        }
    } else {
        if (left) while (a < b && in_chars(chars, CH(self, a))) a++;
        if (right) while (b > a && in_chars(chars, CH(self, b - 1))) b--;
    }
    return Str_Substring(self, a, b);
}

static Object *str_strip(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_strip("str.strip", self, args, nargs, kwnames, true, true);
}
static Object *str_lstrip(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_strip("str.lstrip", self, args, nargs, kwnames, true, false);
}
static Object *str_rstrip(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_strip("str.rstrip", self, args, nargs, kwnames, false, true);
}

/* Copies src[from:from+n] into dst at index at. */
static inline void put(Object *dst, ssize_t at, Object *src, ssize_t from, ssize_t n) {
    Str_CopyChars(dst, at, (const uint8_t *)STR_DATA(src) + from * STR_KIND(src), STR_KIND(src), n);
}

/* Replaces every byte from by to in d[0:n], eight bytes at a time. */
static void replace_byte(uint8_t *d, ssize_t n, uint8_t from, uint8_t to) {
    const uint64_t ones = 0x0101010101010101u, lows = ones * 0x7F, highs = ones * 0x80;
    ssize_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, d + i, 8);
        uint64_t x = w ^ (ones * from);                   /* bytes equal to from are now 0 */
        uint64_t zero = ~(((x & lows) + lows) | x) & highs; /* high bit of each 0 byte */
        w ^= ((zero >> 7) * 0xFF) & (ones * (uint8_t)(from ^ to));
        memcpy(d + i, &w, 8);
    }
    for (; i < n; i++)
        if (d[i] == from) d[i] = to;
}

/* r itself, or (when r turns out to hold no character as wide as its kind
 * or ascii flag allow) a copy in the narrowest form; takes over r. */
static Object *narrowed(Object *r) {
    if (((Str *)r)->ascii) return r;
    uint32_t real = Str_MaxCharOf(STR_DATA(r), STR_KIND(r), STR_LEN(r));
    if (real >= 128 && (real < 256 ? 1 : real < 0x10000 ? 2 : 4) == STR_KIND(r)) return r;
    Object *narrow = Str_FromKindData(STR_KIND(r), STR_DATA(r), STR_LEN(r));
    DECREF(r);
    return narrow;
}

Object *Str_Replace(Object *self, Object *old, Object *new_, ssize_t count) {
    ssize_t n = STR_LEN(self), m = STR_LEN(old), k = STR_LEN(new_);
    if (count < 0) count = (ssize_t)1 << 62;
    if (m == 1 && k == 1 && count >= n && STR_KIND(self) == 1 && STR_KIND(new_) == 1) {
        /* every occurrence of one Latin-1 character by another */
        uint8_t from = *(uint8_t *)STR_DATA(old), to = *(uint8_t *)STR_DATA(new_);
        const uint8_t *src = STR_DATA(self), *first = memchr(src, from, (size_t)n);
        if (!first || from == to) return Str_Exact(self);
        uint32_t ms = STR_MAX_BOUND(self), mn = STR_MAX_BOUND(new_);
        Object *r = Str_NewRaw(n, ms > mn ? ms : mn);
        if (!r) return NULL;
        memcpy(STR_DATA(r), src, (size_t)n);
        replace_byte((uint8_t *)STR_DATA(r) + (first - src), n - (first - src), from, to);
        return narrowed(r);
    }
    ssize_t hits = Str_Count(self, old, 0, n, count);
    if (hits == 0) return Str_Exact(self);
    if (k > m && (k - m) > (((ssize_t)1 << 60) - n) / hits) {
        Err_SetString(Exc_OverflowError, "replace string is too long");
        return NULL;
    }
    ssize_t rlen = n + hits * (k - m);
    uint32_t ms = STR_MAX_BOUND(self), mn = STR_MAX_BOUND(new_);
    /* The result is built at the wider of the two bounds; replaced text may
     * have held the only wide characters, which is checked at the end. */
    Object *r = Str_NewRaw(rlen, ms > mn ? ms : mn);
    if (!r || rlen == 0) return r;
    if (m == 1 && k == 1 && STR_KIND(self) == 1 && STR_KIND(new_) == 1) {
        /* one Latin-1 character for another: copy, then substitute */
        uint8_t *d = STR_DATA(r), from = *(uint8_t *)STR_DATA(old), to = *(uint8_t *)STR_DATA(new_);
        memcpy(d, STR_DATA(self), (size_t)n);
        for (ssize_t i = 0, h = 0; h < hits; i++)
            if (d[i] == from) {
                d[i] = to;
                h++;
            }
    } else if (m == 0) {
        /* new_ goes before each character (and after the last), hits times */
        ssize_t at = 0, i = 0;
        for (ssize_t h = 0; h < hits; h++) {
            put(r, at, new_, 0, k);
            at += k;
            if (i < n) put(r, at++, self, i++, 1);
        }
        put(r, at, self, i, n - i);
    } else {
        StrSearch ss;
        StrSearch_Init(&ss, self, old);
        ssize_t at = 0, i = 0;
        for (ssize_t h = 0; h < hits; h++) {
            ssize_t j = StrSearch_Next(&ss, self, i, n);
            put(r, at, self, i, j - i);
            at += j - i;
            put(r, at, new_, 0, k);
            at += k;
            i = j + m;
        }
        StrSearch_Done(&ss);
        put(r, at, self, i, n - i);
    }
    return narrowed(r);
}

static Object *str_replace(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *const *a = args; /* old, new, count */
    for (int k = 0; k < 2; k++)
        if (!Str_Check(a[k])) {
            Err_Format(Exc_TypeError, "replace() argument %d must be str, not %s", k + 1, TYPE_NAME(a[k]));
            return NULL;
        }
    ssize_t count = -1;
    if (a[2] && ssize_arg(a[2], &count) < 0) return NULL;
    return Str_Replace(self, a[0], a[1], count);
}

static Object *str_removeprefix(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *p = args[0];
    if (!Str_Check(p)) {
        Err_Format(Exc_TypeError, "removeprefix() argument must be str, not %s", TYPE_NAME(p));
        return NULL;
    }
    ssize_t n = STR_LEN(self), m = STR_LEN(p);
    if (m <= n && match_at(self, 0, p)) return Str_Substring(self, m, n);
    return Str_Exact(self);
}

static Object *str_removesuffix(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *p = args[0];
    if (!Str_Check(p)) {
        Err_Format(Exc_TypeError, "removesuffix() argument must be str, not %s", TYPE_NAME(p));
        return NULL;
    }
    ssize_t n = STR_LEN(self), m = STR_LEN(p);
    if (m > 0 && m <= n && match_at(self, n - m, p)) return Str_Substring(self, 0, n - m);
    return Str_Exact(self);
}

/* ---- case mapping ------------------------------------------------------------ */

static bool final_sigma(Object *s, ssize_t i) {
    ssize_t n = STR_LEN(s), j = i - 1;
    while (j >= 0 && Uni_IsCaseIgnorable(CH(s, j))) j--;
    if (j < 0 || !Uni_IsCased(CH(s, j))) return false;
    j = i + 1;
    while (j < n && Uni_IsCaseIgnorable(CH(s, j))) j++;
    return j == n || !Uni_IsCased(CH(s, j));
}

static int append_mapped(StrBuilder *sb, Object *s, ssize_t i, int which) {
    uint32_t c = CH(s, i), out[3];
    if (which == UNI_MAP_LOWER && c == 0x3A3) return SB_AppendChar(sb, final_sigma(s, i) ? 0x3C2 : 0x3C3);
    int k = Uni_CaseMap(c, which, out);
    for (int j = 0; j < k; j++)
        if (SB_AppendChar(sb, out[j]) < 0) return -1;
    return 0;
}

/* Copies n ASCII bytes from src to dst, flipping the case of the letters in
 * [lo, hi] ('a'..'z' for upper, 'A'..'Z' for lower): ASCII letters differ
 * from their other case by bit 0x20 alone.  Eight bytes at a time: adding
 * 0x80 - lo to a byte below 128 sets its high bit iff the byte is >= lo,
 * and no carry crosses into the next byte. */
static void ascii_flip_range(uint8_t *dst, const uint8_t *src, ssize_t n, uint8_t lo, uint8_t hi) {
    const uint64_t ones = 0x0101010101010101u, highs = ones * 0x80;
    ssize_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, src + i, 8);
        uint64_t ge_lo = w + ones * (uint8_t)(0x80 - lo), gt_hi = w + ones * (uint8_t)(0x80 - hi - 1);
        w ^= ((ge_lo & ~gt_hi) & highs) >> 2;
        memcpy(dst + i, &w, 8);
    }
    for (; i < n; i++) dst[i] = (uint8_t)(src[i] ^ ((uint8_t)(src[i] - lo) <= hi - lo ? 0x20 : 0));
}

enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static Object *case_convert(Object *s, int mode) {
    ssize_t n = STR_LEN(s);
    Str *u = (Str *)s;
    if (u->ascii) {
        /* ASCII: one pass, same length; only the letters change (bit 0x20) */
        Object *r = Str_NewRaw(n, 127);
        if (!r) return NULL;
        const uint8_t *p = STR_DATA(s);
        uint8_t *d = STR_DATA(r);
#define IS_LO(c) ((uint8_t)((c) - 'a') < 26)
#define IS_UP(c) ((uint8_t)((c) - 'A') < 26)
        switch (mode) {
        case CASE_UPPER: ascii_flip_range(d, p, n, 'a', 'z'); break;
        case CASE_LOWER:
        case CASE_FOLD: ascii_flip_range(d, p, n, 'A', 'Z'); break;
        case CASE_SWAP:
            for (ssize_t i = 0; i < n; i++) d[i] = (uint8_t)(p[i] ^ ((IS_LO(p[i]) | IS_UP(p[i])) << 5));
            break;
        case CASE_TITLE: {
            bool prev_cased = false;
            for (ssize_t i = 0; i < n; i++) {
                uint8_t c = p[i];
                bool lo = IS_LO(c), up = IS_UP(c);
                d[i] = (uint8_t)(c ^ ((prev_cased ? up : lo) << 5));
                prev_cased = lo || up;
            }
            break;
        }
        default: /* capitalize */
            for (ssize_t i = 0; i < n; i++) d[i] = (uint8_t)(p[i] ^ ((i == 0 ? IS_LO(p[i]) : IS_UP(p[i])) << 5));
            break;
        }
#undef IS_LO
#undef IS_UP
        return r;
    }
    StrBuilder sb;
    SB_Init(&sb);
    bool prev_cased = false;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = CH(s, i);
        int which;
        switch (mode) {
        case CASE_UPPER: which = UNI_MAP_UPPER; break;
        case CASE_LOWER: which = UNI_MAP_LOWER; break;
        case CASE_FOLD: which = UNI_MAP_FOLD; break;
        case CASE_SWAP:
            which = Uni_IsUpper(c) ? UNI_MAP_LOWER : Uni_IsLower(c) ? UNI_MAP_UPPER : -1;
            break;
        case CASE_TITLE:
            which = prev_cased ? UNI_MAP_LOWER : UNI_MAP_TITLE;
            prev_cased = Uni_IsCased(c);
            break;
        default: which = i == 0 ? UNI_MAP_TITLE : UNI_MAP_LOWER; break;
        }
        int r = which < 0 ? SB_AppendChar(&sb, c) : append_mapped(&sb, s, i, which);
        if (r < 0) {
            SB_Discard(&sb);
            return NULL;
        }
    }
    return SB_Finish(&sb);
}

#define CASE_METHOD(fn, pyname, mode)                                                     \
    static Object *fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) { \
        return case_convert(self, mode);                                                  \
    }
CASE_METHOD(str_upper, "upper", CASE_UPPER)
CASE_METHOD(str_lower, "lower", CASE_LOWER)
CASE_METHOD(str_casefold, "casefold", CASE_FOLD)
CASE_METHOD(str_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(str_title, "title", CASE_TITLE)
CASE_METHOD(str_capitalize, "capitalize", CASE_CAPITALIZE)

/* ---- predicates ------------------------------------------------------------- */

static Object *all_chars(Object *s, bool (*pred)(uint32_t), bool empty) {
    ssize_t n = STR_LEN(s);
    if (n == 0) return NEWREF(Bool_From(empty));
    for (ssize_t i = 0; i < n; i++)
        if (!pred(CH(s, i))) return NEWREF(OBJ_FALSE);
    return NEWREF(OBJ_TRUE);
}

#define PRED_METHOD(fn, pyname, pred, empty)                                              \
    static Object *fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) { \
        return all_chars(self, pred, empty);                                              \
    }
PRED_METHOD(str_isalpha, "isalpha", Uni_IsAlpha, false)
PRED_METHOD(str_isdecimal, "isdecimal", Uni_IsDecimal, false)
PRED_METHOD(str_isdigit, "isdigit", Uni_IsDigit, false)
PRED_METHOD(str_isnumeric, "isnumeric", Uni_IsNumeric, false)
PRED_METHOD(str_isalnum, "isalnum", Uni_IsAlnum, false)
PRED_METHOD(str_isspace, "isspace", Uni_IsSpace, false)
PRED_METHOD(str_isprintable, "isprintable", Uni_IsPrintable, true)

static Object *str_isascii(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(Bool_From(((Str *)self)->ascii));
}

static Object *str_isupper(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    bool cased = false;
    for (ssize_t i = 0; i < STR_LEN(self); i++) {
        uint32_t c = CH(self, i);
        if (Uni_IsLower(c) || Uni_IsTitle(c)) return NEWREF(OBJ_FALSE);
        if (Uni_IsUpper(c)) cased = true;
    }
    return NEWREF(Bool_From(cased));
}

static Object *str_islower(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    bool cased = false;
    for (ssize_t i = 0; i < STR_LEN(self); i++) {
        uint32_t c = CH(self, i);
        if (Uni_IsUpper(c) || Uni_IsTitle(c)) return NEWREF(OBJ_FALSE);
        if (Uni_IsLower(c)) cased = true;
    }
    return NEWREF(Bool_From(cased));
}

static Object *str_istitle(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    bool cased = false, prev = false;
    for (ssize_t i = 0; i < STR_LEN(self); i++) {
        uint32_t c = CH(self, i);
        if (Uni_IsUpper(c) || Uni_IsTitle(c)) {
            if (prev) return NEWREF(OBJ_FALSE);
            prev = cased = true;
        } else if (Uni_IsLower(c)) {
            if (!prev) return NEWREF(OBJ_FALSE);
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return NEWREF(Bool_From(cased));
}

bool Str_IsIdentifier(Object *s) {
    ssize_t n = STR_LEN(s);
    if (n == 0 || !Uni_IsXidStart(CH(s, 0))) return false;
    for (ssize_t i = 1; i < n; i++)
        if (!Uni_IsXidContinue(CH(s, i))) return false;
    return true;
}

static Object *str_isidentifier(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(Bool_From(Str_IsIdentifier(self)));
}

/* ---- padding -------------------------------------------------------------- */

/* Writes count copies of code point c into r from index at. */
static void fill_chars(Object *r, ssize_t at, ssize_t count, uint32_t c) {
    void *d = STR_DATA(r);
    if (STR_KIND(r) == 1) memset((uint8_t *)d + at, (int)c, (size_t)count);
    else if (STR_KIND(r) == 2) for (ssize_t i = 0; i < count; i++) ((uint16_t *)d)[at + i] = (uint16_t)c;
    else for (ssize_t i = 0; i < count; i++) ((uint32_t *)d)[at + i] = c;
}

static Object *padded(Object *s, ssize_t left, ssize_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return Str_Exact(s);
    ssize_t n = STR_LEN(s);
    uint32_t m = STR_MAX_BOUND(s);
    if (fill > m) m = fill;
    Object *r = Str_NewRaw(left + n + right, m);
    if (!r) return NULL;
    fill_chars(r, 0, left, fill);
    Str_CopyChars(r, left, STR_DATA(s), STR_KIND(s), n);
    fill_chars(r, left + n, right, fill);
    return r;
}

static int parse_pad_args(const char *qualname, Object *const *args, size_t nargs, Object *kwnames, ssize_t *width,
                          uint32_t *fill) {
    if (ssize_arg(args[0], width) < 0) return -1;
    *fill = ' ';
    if (nargs > 1) {
        Object *f = args[1];
        if (!Str_Check(f)) {
            Err_Format(Exc_TypeError, "The fill character must be a unicode character, not %s", TYPE_NAME(f));
            return -1;
        }
        if (STR_LEN(f) != 1) {
            Err_SetString(Exc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = CH(f, 0);
    }
    return 0;
}

static Object *str_ljust(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t w;
    uint32_t f;
    if (parse_pad_args("str.ljust", args, nargs, kwnames, &w, &f) < 0) return NULL;
    return padded(self, 0, w - STR_LEN(self), f);
}

static Object *str_rjust(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t w;
    uint32_t f;
    if (parse_pad_args("str.rjust", args, nargs, kwnames, &w, &f) < 0) return NULL;
    return padded(self, w - STR_LEN(self), 0, f);
}

static Object *str_center(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t w;
    uint32_t f;
    if (parse_pad_args("str.center", args, nargs, kwnames, &w, &f) < 0) return NULL;
    ssize_t marg = w - STR_LEN(self);
    if (marg <= 0) return Str_Exact(self);
    ssize_t left = marg / 2 + (marg & w & 1);
    return padded(self, left, marg - left, f);
}

static Object *str_zfill(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t w;
    if (ssize_arg(args[0], &w) < 0) return NULL;
    ssize_t n = STR_LEN(self);
    if (w <= n) return Str_Exact(self);
    Object *r = padded(self, w - n, 0, '0');
    if (!r) return NULL;
    uint32_t c = n ? CH(self, 0) : 0;
    if (c == '+' || c == '-') {
        /* move the sign in front of the zeros */
        Str_CopyChars(r, 0, &c, 4, 1);
        uint32_t z = '0';
        Str_CopyChars(r, w - n, &z, 4, 1);
    }
    return r;
}

static Object *str_expandtabs(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *const *a = args; /* tabsize */
    ssize_t tab = 8;
    if (a[0] && ssize_arg(a[0], &tab) < 0) {
        /* tabsize is a C int */
        if (Err_Matches(Exc_OverflowError)) {
            Err_Clear();
            Err_SetString(Exc_OverflowError, "Python int too large to convert to C int");
        }
        return NULL;
    }
    if (tab > INT_MAX || tab < INT_MIN) {
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    StrBuilder sb;
    SB_Init(&sb);
    ssize_t col = 0;
    for (ssize_t i = 0; i < STR_LEN(self); i++) {
        uint32_t c = CH(self, i);
        int r = 0;
        if (c == '\t') {
            if (tab > 0) {
                ssize_t k = tab - col % tab;
                col += k;
                for (ssize_t j = 0; j < k && !r; j++) r = SB_AppendChar(&sb, ' ');
            }
        } else {
            col = c == '\n' || c == '\r' ? 0 : col + 1;
            r = SB_AppendChar(&sb, c);
        }
        if (r < 0) {
            SB_Discard(&sb);
            return NULL;
        }
    }
    return SB_Finish(&sb);
}

/* ---- formatting, encoding ------------------------------------------------------ */

static Object *str_format(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *kw = NULL;
    ssize_t nk = KW_COUNT(kwnames);
    if (nk) {
        kw = Dict_New();
        if (!kw) return NULL;
        for (ssize_t i = 0; i < nk; i++)
            if (Dict_SetItem(kw, TUPLE_GET(kwnames, i), args[nargs + (size_t)i]) < 0) {
                DECREF(kw);
                return NULL;
            }
    }
    Object *r = Str_FormatArgs(self, args, nargs, kw);
    XDECREF(kw);
    return r;
}

static Object *str_format_map(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Str_FormatMap(self, args[0]);
}

Object *Str_Format(Object *s, Object *spec) {
    return Format_String(s, spec);
}

static Object *str___format__(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "__format__() argument must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    return Str_Format(self, args[0]);
}

static Object *str_encode(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"encoding", "errors"};
    Object *const *a = args;
    const char *enc = NULL, *errs = NULL;
    for (int k = 0; k < 2; k++) {
        if (!a[k]) continue;
        if (!Str_Check(a[k])) {
            Err_Format(Exc_TypeError, "encode() argument '%s' must be str, not %s", names[k], a[k] == OBJ_NONE ? "None" : TYPE_NAME(a[k]));
            return NULL;
        }
        const char *c = Str_AsUTF8(a[k], NULL);
        if (!c) return NULL;
        if (k == 0) enc = c;
        else errs = c;
    }
    return Str_Encode(self, enc ? enc : "utf-8", errs);
}

/* ---- translate ------------------------------------------------------------- */

static Object *str_maketrans(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *d = Dict_New();
    if (!d) return NULL;
    if (nargs == 1) {
        Object *x = args[0];
        if (!Dict_Check(x)) {
            Err_SetString(Exc_TypeError, "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        ssize_t pos = 0;
        Object *k, *v;
        while (Dict_Next(x, &pos, &k, &v)) {
            Object *key;
            if (Str_Check(k)) {
                if (STR_LEN(k) != 1) {
                    Err_SetString(Exc_ValueError, "string keys in translatetable must be of length 1");
                    goto fail;
                }
                key = Int_FromI64(CH(k, 0));
            } else if (Int_Check(k)) {
                key = NEWREF(k);
            } else {
                Err_SetString(Exc_TypeError, "keys in translate table mustbe strings or integers");
                goto fail;
            }
            if (!key) goto fail;
            int r = Dict_SetItem(d, key, v);
            DECREF(key);
            if (r < 0) goto fail;
        }
        return d;
    }
    if (!Str_Check(args[0])) {
        Err_SetString(Exc_TypeError, "first maketrans argument must be a string if there is a second argument");
        goto fail;
    }
    for (size_t k = 1; k < nargs; k++)
        if (!Str_Check(args[k])) {
            Err_Format(Exc_TypeError, "maketrans() argument %zu must be str, not %s", k + 1, TYPE_NAME(args[k]));
            goto fail;
        }
    Object *x = args[0], *y = args[1];
    if (STR_LEN(x) != STR_LEN(y)) {
        Err_SetString(Exc_ValueError, "the first two maketrans arguments must have equal length");
        goto fail;
    }
    for (ssize_t i = 0; i < STR_LEN(x); i++) {
        Object *k = Int_FromI64(CH(x, i)), *v = Int_FromI64(CH(y, i));
        int r = k && v ? Dict_SetItem(d, k, v) : -1;
        XDECREF(k);
        XDECREF(v);
        if (r < 0) goto fail;
    }
    if (nargs == 3) {
        Object *z = args[2];
        for (ssize_t i = 0; i < STR_LEN(z); i++) {
            Object *k = Int_FromI64(CH(z, i));
            int r = k ? Dict_SetItem(d, k, OBJ_NONE) : -1;
            XDECREF(k);
            if (r < 0) goto fail;
        }
    }
    return d;
fail:
    DECREF(d);
    return NULL;
}

static Object *str_translate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *table = args[0];
    StrBuilder sb;
    SB_Init(&sb);
    for (ssize_t i = 0; i < STR_LEN(self); i++) {
        uint32_t c = CH(self, i);
        Object *key = Int_FromI64(c);
        if (!key) goto fail;
        Object *v = Obj_GetItem(table, key);
        DECREF(key);
        int r;
        if (!v) {
            if (!Err_Matches(Exc_LookupError)) goto fail;
            Err_Clear();
            r = SB_AppendChar(&sb, c);
        } else if (v == OBJ_NONE) {
            r = 0;
        } else if (Int_Check(v)) {
            int64_t x;
            if (Int_AsI64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
                Err_Clear();
                Err_SetString(Exc_ValueError, "character mapping must be in range(0x110000)");
                r = -1;
            } else {
                r = SB_AppendChar(&sb, (uint32_t)x);
            }
        } else if (Str_Check(v)) {
            r = SB_AppendStr(&sb, v);
        } else {
            Err_SetString(Exc_TypeError, "character mapping must return integer, None or str");
            r = -1;
        }
        XDECREF(v);
        if (r < 0) goto fail;
    }
    return SB_Finish(&sb);
fail:
    SB_Discard(&sb);
    return NULL;
}

static Object *str_getnewargs(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *s = Str_Exact(self);
    if (!s) return NULL;
    return Tuple_FromArraySteal(&s, 1);
}

static Object *str_sizeof(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    /* CPython's layout: 40-byte ASCII header, 56 bytes otherwise, plus data + NUL */
    Str *s = (Str *)self;
    ssize_t base = s->ascii ? 40 : 56;
    ssize_t sz = base + (s->len + 1) * s->kind;
    if (!s->ascii && s->utf8) sz += s->utf8_len + 1;
    return Int_FromI64(sz);
}

const MethodDef Str_Methods[] = {
    {"encode", str_encode, 0,
     ARGS("($self, /, encoding='utf-8', errors='strict')",
          "Encode the string using the codec registered for encoding.")},
    {"replace", str_replace, 0,
     ARGS("($self, old, new, /, count=-1)", "Return a copy with all occurrences of substring old replaced by new.")},
    {"split", str_split, 0,
     ARGS("($self, /, sep=None, maxsplit=-1)",
          "Return a list of the substrings in the string, using sep as the separator string.")},
    {"rsplit", str_rsplit, 0,
     ARGS("($self, /, sep=None, maxsplit=-1)",
          "Return a list of the substrings in the string, using sep as the separator string.")},
    {"join", str_join, 0, ARGS("($self, iterable, /)", "Concatenate any number of strings.")},
    {"capitalize", str_capitalize, 0, ARGS("($self, /)", "Return a capitalized version of the string.")},
    {"casefold", str_casefold, 0,
     ARGS("($self, /)", "Return a version of the string suitable for caseless comparisons.")},
    {"title", str_title, 0, ARGS("($self, /)", "Return a version of the string where each word is titlecased.")},
    {"center", str_center, 0, ARGS("($self, width, fillchar=' ', /)", "Return a centered string of length width.")},
    {"count", str_count, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the number of non-overlapping occurrences of substring sub in string S[start:end].")},
    {"expandtabs", str_expandtabs, 0,
     ARGS("($self, /, tabsize=8)", "Return a copy where all tab characters are expanded using spaces.")},
    {"find", str_find, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end].")},
    {"partition", str_partition, 0,
     ARGS("($self, sep, /)", "Partition the string into three parts using the given separator.")},
    {"index", str_index, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end].")},
    {"ljust", str_ljust, 0,
     ARGS("($self, width, fillchar=' ', /)", "Return a left-justified string of length width.")},
    {"lower", str_lower, 0, ARGS("($self, /)", "Return a copy of the string converted to lowercase.")},
    {"lstrip", str_lstrip, 0,
     ARGS("($self, chars=None, /)", "Return a copy of the string with leading whitespace removed.")},
    {"rfind", str_rfind, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the highest index in S where substring sub is found, such that sub is contained within S[start:end].")},
    {"rindex", str_rindex, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the highest index in S where substring sub is found, such that sub is contained within S[start:end].")},
    {"rjust", str_rjust, 0,
     ARGS("($self, width, fillchar=' ', /)", "Return a right-justified string of length width.")},
    {"rstrip", str_rstrip, 0,
     ARGS("($self, chars=None, /)", "Return a copy of the string with trailing whitespace removed.")},
    {"rpartition", str_rpartition, 0,
     ARGS("($self, sep, /)", "Partition the string into three parts using the given separator.")},
    {"splitlines", str_splitlines, 0,
     ARGS("($self, /, keepends=False)", "Return a list of the lines in the string, breaking at line boundaries.")},
    {"strip", str_strip, 0,
     ARGS("($self, chars=None, /)", "Return a copy of the string with leading and trailing whitespace removed.")},
    {"swapcase", str_swapcase, 0,
     ARGS("($self, /)", "Convert uppercase characters to lowercase and lowercase characters to uppercase.")},
    {"translate", str_translate, 0,
     ARGS("($self, table, /)", "Replace each character in the string using the given translation table.")},
    {"upper", str_upper, 0, ARGS("($self, /)", "Return a copy of the string converted to uppercase.")},
    {"startswith", str_startswith, 0,
     ARGS("($self, prefix[, start[, end]], /)",
          "Return True if the string starts with the specified prefix, False otherwise.")},
    {"endswith", str_endswith, 0,
     ARGS("($self, suffix[, start[, end]], /)",
          "Return True if the string ends with the specified suffix, False otherwise.")},
    {"removeprefix", str_removeprefix, 0,
     ARGS("($self, prefix, /)", "Return a str with the given prefix string removed if present.")},
    {"removesuffix", str_removesuffix, 0,
     ARGS("($self, suffix, /)", "Return a str with the given suffix string removed if present.")},
    {"isascii", str_isascii, 0,
     ARGS("($self, /)", "Return True if all characters in the string are ASCII, False otherwise.")},
    {"islower", str_islower, 0,
     ARGS("($self, /)", "Return True if the string is a lowercase string, False otherwise.")},
    {"isupper", str_isupper, 0,
     ARGS("($self, /)", "Return True if the string is an uppercase string, False otherwise.")},
    {"istitle", str_istitle, 0,
     ARGS("($self, /)", "Return True if the string is a title-cased string, False otherwise.")},
    {"isspace", str_isspace, 0,
     ARGS("($self, /)", "Return True if the string is a whitespace string, False otherwise.")},
    {"isdecimal", str_isdecimal, 0,
     ARGS("($self, /)", "Return True if the string is a decimal string, False otherwise.")},
    {"isdigit", str_isdigit, 0, ARGS("($self, /)", "Return True if the string is a digit string, False otherwise.")},
    {"isnumeric", str_isnumeric, 0,
     ARGS("($self, /)", "Return True if the string is a numeric string, False otherwise.")},
    {"isalpha", str_isalpha, 0,
     ARGS("($self, /)", "Return True if the string is an alphabetic string, False otherwise.")},
    {"isalnum", str_isalnum, 0,
     ARGS("($self, /)", "Return True if the string is an alpha-numeric string, False otherwise.")},
    {"isidentifier", str_isidentifier, 0,
     ARGS("($self, /)", "Return True if the string is a valid Python identifier, False otherwise.")},
    {"isprintable", str_isprintable, 0,
     ARGS("($self, /)", "Return True if all characters in the string are printable, False otherwise.")},
    {"zfill", str_zfill, 0,
     ARGS("($self, width, /)", "Pad a numeric string with zeros on the left, to fill a field of the given width.")},
    {"format", str_format, 0,
     ARGS("($self, /, *args, **kwargs)",
          "Return a formatted version of the string, using substitutions from args and kwargs.")},
    {"format_map", str_format_map, 0,
     ARGS("($self, mapping, /)", "Return a formatted version of the string, using substitutions from mapping.")},
    {"__format__", str___format__, 0,
     ARGS("($self, format_spec, /)", "Return a formatted version of the string as described by format_spec.")},
    {"maketrans", str_maketrans, METH_STATIC,
     ARGS("(x, y=<unrepresentable>, z=<unrepresentable>, /)",
          "Return a translation table usable for str.translate().")},
    {"__sizeof__", str_sizeof, 0, ARGS("($self, /)", "Return the size of the string in memory, in bytes.")},
    {"__getnewargs__", str_getnewargs, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};
