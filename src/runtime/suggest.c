/* "Did you mean ...?": CPython's choice of the closest name, a Levenshtein
 * distance where a case-only change costs half an edit. */
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/traceback.h"
#include <string.h>

enum { MAX_CANDIDATES = 750, MAX_NAME_LEN = 40, EDIT_COST = 2, CASE_COST = 1 };

static int char_cost(char a, char b) {
    if (a == b) return 0;
    if ((a & 31) != (b & 31)) return EDIT_COST;  /* cannot be a case change */
    if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
    if (b >= 'A' && b <= 'Z') b = (char)(b + 32);
    return a == b ? CASE_COST : EDIT_COST;
}

/* Distance between two byte strings; any value above `limit` means "too far". */
static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t limit) {
    while (na && nb && a[0] == b[0]) { a++; b++; na--; nb--; }
    while (na && nb && a[na - 1] == b[nb - 1]) { na--; nb--; }
    if (!na || !nb) return (na + nb) * EDIT_COST;
    if (na > MAX_NAME_LEN || nb > MAX_NAME_LEN) return limit + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        size_t n = na; na = nb; nb = n;
    }
    if ((nb - na) * EDIT_COST > limit) return limit + 1;
    size_t row[MAX_NAME_LEN];
    for (size_t i = 0; i < na; i++) row[i] = (i + 1) * EDIT_COST;
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * EDIT_COST;   /* cost of b[:j] vs the empty prefix of a */
        result = diag;
        size_t best = (size_t)-1;
        for (size_t i = 0; i < na; i++) {
            size_t subst = diag + (size_t)char_cost(b[j], a[i]);
            diag = row[i];
            size_t ins_del = (result < diag ? result : diag) + EDIT_COST;
            result = ins_del < subst ? ins_del : subst;
            row[i] = result;
            if (result < best) best = result;
        }
        if (best > limit) return limit + 1;
    }
    return result;
}

Object *Suggest_Closest(Object *name, Object *const *cands, ssize_t n) {
    if (n >= MAX_CANDIDATES || !Str_Check(name)) return NULL;
    ssize_t nlen;
    const char *ns = Str_AsUTF8(name, &nlen);
    if (!ns) { Err_Clear(); return NULL; }
    Object *best = NULL;
    size_t best_dist = (size_t)-1;
    for (ssize_t k = 0; k < n; k++) {
        Object *c = cands[k];
        if (!Str_Check(c) || Str_Eq(c, name)) continue;
        ssize_t clen;
        const char *cs = Str_AsUTF8(c, &clen);
        if (!cs) { Err_Clear(); continue; }
        /* at most a third of the characters involved may change */
        size_t limit = ((size_t)nlen + (size_t)clen + 3) * EDIT_COST / 6;
        if (best && best_dist - 1 < limit) limit = best_dist - 1;
        size_t d = distance(ns, (size_t)nlen, cs, (size_t)clen, limit);
        if (d > limit) continue;
        if (!best || d < best_dist) { best = c; best_dist = d; }
        if (best_dist == 0) break;
    }
    return best;
}
