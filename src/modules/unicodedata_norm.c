/* Normalization: unicodedata.normalize() and is_normalized() for NFC, NFD,
 * NFKC and NFKD, over either database.  Decomposition expands the
 * one-level mappings of the tables recursively (Hangul syllables by
 * arithmetic), puts runs of combining marks in canonical order, and the C
 * forms then compose again with the derived pairs.  A quick check on the
 * records' flags spares the work for text already in the form. */
#include "modules/unicodedata.h"
#include "objects/exc.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/mem.h"
#include <string.h>

#define S_BASE 0xAC00
#define L_BASE 0x1100
#define V_BASE 0x1161
#define T_BASE 0x11A7
#define L_COUNT 19
#define V_COUNT 21
#define T_COUNT 28
#define S_COUNT (L_COUNT * V_COUNT * T_COUNT)

typedef struct Form {
    bool compat, compose;
    uint8_t no, maybe; /* the quick-check flags of the form */
} Form;

/* A growing array of decomposed characters, each packed with what
 * ordering and composing ask of it: the code point, its combining class,
 * and whether it may compose with a preceding character. */
#define PACK_CP 0x1FFFFFu
#define PACK_SECOND (1u << 21)
#define PACK_CC(p) ((p) >> 24)

typedef struct Chars {
    uint32_t *cp;
    size_t len, cap;
} Chars;

static int chars_push(Chars *b, uint32_t c) {
    if (b->len == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        uint32_t *p = Mem_Realloc(b->cp, cap * sizeof *p);
        if (!p) {
            Err_NoMemory();
            return -1;
        }
        b->cp = p;
        b->cap = cap;
    }
    /* ordering, blocking and composing go by 16.0's data in either database,
     * as CPython's do (a mark unassigned in 3.2 still has its class) */
    const UcdRecord *r = Ucd_Lookup(&Ucd_Current, c);
    b->cp[b->len++] = c | (uint32_t)r->combining << 24 | (r->flags & UCD_NFC_MAYBE ? PACK_SECOND : 0);
    return 0;
}

static int parse_form(Object *name, Form *f) {
    static const struct {
        const char *name;
        Form form;
    } forms[] = {
        {"NFC", {false, true, UCD_NFC_NO, UCD_NFC_MAYBE}},
        {"NFKC", {true, true, UCD_NFKC_NO, UCD_NFKC_MAYBE}},
        {"NFD", {false, false, UCD_NFD_NO, 0}},
        {"NFKD", {true, false, UCD_NFKD_NO, 0}},
    };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        if (Str_EqC(name, forms[i].name)) {
            *f = forms[i].form;
            return 0;
        }
    Err_SetString(Exc_ValueError, "invalid normalization form");
    return -1;
}

/* Binary search of c in the n sorted chars: 1 with *index set from the
 * parallel indexes, or 0. */
static int find_char(const uint32_t *chars, const uint16_t *indexes, size_t n, uint32_t c, unsigned *index) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (chars[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == n || chars[lo] != c) return 0;
    *index = indexes[lo];
    return 1;
}

unsigned Ucd_Decomposition(const UcdVersion *v, uint32_t c) {
    unsigned index = 0;
    if (!find_char(v->decomp_chars, v->decomp_index, v->ndecomp, c, &index) && v != &Ucd_Current)
        find_char(Ucd_Current.decomp_chars, Ucd_Current.decomp_index, Ucd_Current.ndecomp, c, &index);
    return index;
}

/* Appends the full decomposition of c. */
static int decompose_char(const UcdVersion *v, const Form *f, uint32_t c, Chars *out) {
    if (c >= S_BASE && c < S_BASE + S_COUNT) {
        unsigned s = c - S_BASE;
        if (chars_push(out, L_BASE + s / (V_COUNT * T_COUNT)) < 0) return -1;
        if (chars_push(out, V_BASE + s % (V_COUNT * T_COUNT) / T_COUNT) < 0) return -1;
        return s % T_COUNT ? chars_push(out, T_BASE + s % T_COUNT) : 0;
    }
    unsigned index = 0;
    if (Ucd_Lookup(v, c)->flags & UCD_NFKD_NO && !find_char(v->fix_chars, v->fix_index, v->nfix, c, &index))
        index = Ucd_Decomposition(v, c);
    const uint32_t *d = &Ucd_Decomp[index];
    if (!index || (!f->compat && (d[0] >> 8) != 0)) return chars_push(out, c);
    for (uint32_t i = 1; i <= (d[0] & 0xFF); i++)
        if (decompose_char(v, f, d[i], out) < 0) return -1;
    return 0;
}

/* Sorts each run of combining marks by combining class, keeping the order
 * of equal classes (runs are short: insertion sort). */
static void canonical_order(Chars *b) {
    for (size_t i = 1; i < b->len; i++) {
        uint32_t p = b->cp[i];
        if (!PACK_CC(p) || PACK_CC(b->cp[i - 1]) <= PACK_CC(p)) continue;
        size_t j = i;
        while (j > 0 && PACK_CC(b->cp[j - 1]) > PACK_CC(p)) {
            b->cp[j] = b->cp[j - 1];
            j--;
        }
        b->cp[j] = p;
    }
}

/* The primary composite of a + b, or 0. */
static uint32_t compose_pair(const UcdVersion *v, uint32_t a, uint32_t b) {
    if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT)
        return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
    if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 && b > T_BASE && b < T_BASE + T_COUNT)
        return a + (b - T_BASE);
    size_t lo = 0, hi = v->npairs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const UcdPair *p = &v->pairs[mid];
        if (p->first < a || (p->first == a && p->second < b))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < v->npairs && v->pairs[lo].first == a && v->pairs[lo].second == b ? v->pairs[lo].composite : 0;
}

/* Composes b in place and unpacks it to code points: each character that
 * may be a second joins the last starter when nothing between them blocks
 * it (a starter, or a mark of its class or higher). */
static void compose(const UcdVersion *v, Chars *b) {
    size_t out = 0, starter = 0;
    bool have_starter = false;
    unsigned last_cc = 0;
    for (size_t i = 0; i < b->len; i++) {
        uint32_t p = b->cp[i], c = p & PACK_CP;
        unsigned cc = PACK_CC(p);
        if (have_starter && (p & PACK_SECOND) && (out == starter + 1 || (last_cc != 0 && last_cc < cc))) {
            uint32_t joined = compose_pair(v, b->cp[starter], c);
            if (joined) {
                b->cp[starter] = joined;
                continue;
            }
        }
        if (cc == 0) {
            starter = out;
            have_starter = true;
        }
        last_cc = cc;
        b->cp[out++] = c;
    }
    b->len = out;
}

/* Whether s is surely in the form: no character that cannot stay or may
 * compose, and marks in canonical order.  Only ASCII is sure for 3.2. */
static bool quick_yes(const UcdVersion *v, const Form *f, Object *s) {
    unsigned last_cc = 0;
    if (STR_MAX_BOUND(s) < 0x80) return true;
    if (v != &Ucd_Current) return false;
    for (ssize_t i = 0, n = STR_LEN(s); i < n; i++) {
        const UcdRecord *r = Ucd_Lookup(v, STR_CHAR(s, i));
        if (r->flags & (f->no | f->maybe)) return false;
        if (r->combining && last_cc > r->combining) return false;
        last_cc = r->combining;
    }
    return true;
}

static Object *normalize_full(const UcdVersion *v, const Form *f, Object *s) {
    Chars b = {NULL, 0, 0};
    for (ssize_t i = 0, n = STR_LEN(s); i < n; i++)
        if (decompose_char(v, f, STR_CHAR(s, i), &b) < 0) {
            Mem_Free(b.cp);
            return NULL;
        }
    canonical_order(&b);
    if (f->compose)
        compose(v, &b);
    else
        for (size_t i = 0; i < b.len; i++) b.cp[i] &= PACK_CP;
    Object *r = Str_FromUCS4(b.cp, (ssize_t)b.len);
    Mem_Free(b.cp);
    return r;
}

static int check_args(const char *fname, Object *form, Object *s, Form *f) {
    if (!Str_Check(form)) {
        Err_Format(Exc_TypeError, "%s() argument 1 must be str, not %s", fname, ARG_TYPE_NAME(form));
        return -1;
    }
    if (!Str_Check(s)) {
        Err_Format(Exc_TypeError, "%s() argument 2 must be str, not %s", fname, ARG_TYPE_NAME(s));
        return -1;
    }
    return parse_form(form, f);
}

Object *Ucd_Normalize(const UcdVersion *v, Object *form, Object *s) {
    Form f;
    if (check_args("normalize", form, s, &f) < 0) return NULL;
    if (quick_yes(v, &f, s)) return Str_Exact(s);
    return normalize_full(v, &f, s);
}

Object *Ucd_IsNormalized(const UcdVersion *v, Object *form, Object *s) {
    Form f;
    if (check_args("is_normalized", form, s, &f) < 0) return NULL;
    if (quick_yes(v, &f, s)) return NEWREF(OBJ_TRUE);
    Object *n = normalize_full(v, &f, s);
    if (!n) return NULL;
    bool same = Str_Eq(n, s);
    DECREF(n);
    return NEWREF(same ? OBJ_TRUE : OBJ_FALSE);
}
