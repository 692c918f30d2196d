/* list.sort: a stable natural-run merge sort that only ever asks `a < b`.
 * Short runs are extended by binary insertion, then adjacent runs are merged
 * pairwise until one remains.  If a comparison raises, every item is still in
 * the array exactly once (in some order), as CPython guarantees. */
#include "abstract.h"
#include "objects/float.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/err.h"
#include <stdlib.h>
#include <string.h>

typedef struct SortItem {
    Object *key; /* the item itself when there is no key function */
    Object *value;
} SortItem;

#define MIN_RUN 32

/* How keys are compared.  When every key is a tagged int, every key an
 * exact float or every key an exact str, `<` is compared directly: those
 * comparisons cannot be overridden, cannot fail and run no Python code, so
 * the result is the same as through Obj_RichCompareBool, only cheaper. */
typedef enum { KEYS_ANY, KEYS_SMALL_INT, KEYS_FLOAT, KEYS_STR, KEYS_TUPLE } KeyKind;

/* Exact tuples (rows sorted as they are, or by itemgetter(1, 0)) are
 * compared item by item here: tuple's comparison cannot be overridden, and
 * the items that are tagged ints, exact floats or exact str are compared
 * directly, as the kinds above are. */
static KeyKind key_kind(const SortItem *a, ssize_t n) {
    bool small = true, flt = true, str = true, tup = true;
    for (ssize_t i = 0; i < n && (small || flt || str || tup); i++) {
        Object *k = a[i].key;
        small = small && IS_SMALL(k);
        flt = flt && Float_CheckExact(k);
        str = str && Str_CheckExact(k);
        tup = tup && Tuple_CheckExact(k);
    }
    return small ? KEYS_SMALL_INT : flt ? KEYS_FLOAT : str ? KEYS_STR : tup ? KEYS_TUPLE : KEYS_ANY;
}

/* x op y (CMP_EQ or CMP_LT) for two items of tuples: 1, 0, -1. */
static int item_compare(Object *x, Object *y, int op) {
    if (IS_SMALL(x) && IS_SMALL(y)) return Cmp_Holds(SMALL_VAL(x), SMALL_VAL(y), op);
    if (Str_CheckExact(x) && Str_CheckExact(y))
        return op == CMP_EQ ? Str_Eq(x, y) : Str_Compare(x, y) < 0;
    if (Float_CheckExact(x) && Float_CheckExact(y))
        return op == CMP_EQ ? FLOAT_VAL(x) == FLOAT_VAL(y) : FLOAT_VAL(x) < FLOAT_VAL(y);
    INCREF(x); /* the comparison may run code that drops the tuple */
    INCREF(y);
    int r = Obj_RichCompareBool(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

/* a < b for two exact tuples, as tuple's own comparison decides it: at the
 * first items that are not equal, or by length. */
static int tuple_less(Object *a, Object *b) {
    ssize_t na = TUPLE_LEN(a), nb = TUPLE_LEN(b), i = 0;
    for (; i < na && i < nb; i++) {
        Object *x = TUPLE_ITEMS(a)[i], *y = TUPLE_ITEMS(b)[i];
        if (x == y) continue;
        int eq = item_compare(x, y, CMP_EQ);
        if (eq < 0) return -1;
        if (!eq) return item_compare(x, y, CMP_LT);
    }
    return na - i < nb - i;
}

/* 1 if a < b, 0 if not, -1 on error. */
static inline int less(KeyKind kind, SortItem *a, SortItem *b) {
    switch (kind) {
    case KEYS_SMALL_INT: return SMALL_VAL(a->key) < SMALL_VAL(b->key);
    case KEYS_FLOAT: return FLOAT_VAL(a->key) < FLOAT_VAL(b->key);
    case KEYS_STR: return Str_Compare(a->key, b->key) < 0;
    case KEYS_TUPLE: return tuple_less(a->key, b->key);
    default: return Obj_RichCompareBool(a->key, b->key, CMP_LT);
    }
}

static void reverse_run(SortItem *lo, SortItem *hi) {
    for (ssize_t i = 0, j = hi - lo - 1; i < j; i++, j--) { /* indices: lo may be empty */
        SortItem t = lo[i];
        lo[i] = lo[j];
        lo[j] = t;
    }
}

/* Sorts a[lo:hi) given a[lo:start) is already sorted. */
static int binary_insertion(KeyKind kind, SortItem *a, ssize_t lo, ssize_t start, ssize_t hi) {
    for (ssize_t i = start; i < hi; i++) {
        SortItem pivot = a[i];
        ssize_t l = lo, r = i;
        while (l < r) { /* first position whose item is > pivot: keeps stability */
            ssize_t m = l + (r - l) / 2;
            int c = less(kind, &pivot, &a[m]);
            if (c < 0) return -1;
            if (c) r = m;
            else l = m + 1;
        }
        memmove(&a[l + 1], &a[l], sizeof(SortItem) * (size_t)(i - l));
        a[l] = pivot;
    }
    return 0;
}

/* Length of the run starting at lo (descending runs are made ascending);
 * strictly descending only, so reversing keeps equal items in order. */
static ssize_t count_run(KeyKind kind, SortItem *a, ssize_t lo, ssize_t hi) {
    if (lo + 1 >= hi) return hi - lo;
    ssize_t i = lo + 1;
    int c = less(kind, &a[i], &a[lo]);
    if (c < 0) return -1;
    if (c) {
        for (i++; i < hi; i++) {
            c = less(kind, &a[i], &a[i - 1]);
            if (c < 0) return -1;
            if (!c) break;
        }
        reverse_run(a + lo, a + i);
    } else {
        for (i++; i < hi; i++) {
            c = less(kind, &a[i], &a[i - 1]);
            if (c < 0) return -1;
            if (c) break;
        }
    }
    return i - lo;
}

/* Merges a[lo:mid) and a[mid:hi) using tmp (room for mid - lo items). */
static int merge(KeyKind kind, SortItem *a, ssize_t lo, ssize_t mid, ssize_t hi, SortItem *tmp) {
    ssize_t na = mid - lo;
    memcpy(tmp, a + lo, sizeof(SortItem) * (size_t)na);
    ssize_t i = 0, j = mid, d = lo;
    int rc = 0;
    while (i < na && j < hi) {
        int c = less(kind, &a[j], &tmp[i]);
        if (c < 0) { rc = -1; break; }
        a[d++] = c ? a[j++] : tmp[i++];
    }
    /* leftovers of the right run are already in place */
    memcpy(a + d, tmp + i, sizeof(SortItem) * (size_t)(na - i));
    return rc;
}

static int merge_sort(SortItem *a, ssize_t n) {
    if (n < 2) return 0;
    KeyKind kind = key_kind(a, n);
    if (n <= MIN_RUN) {
        /* one run, extended to the end by insertion: the same comparisons
         * as the general path below, without its buffers */
        ssize_t len = count_run(kind, a, 0, n);
        if (len < 0) return -1;
        return binary_insertion(kind, a, 0, len, n);
    }
    ssize_t *runs = malloc(sizeof(ssize_t) * (size_t)(n + 1));
    SortItem *tmp = malloc(sizeof(SortItem) * (size_t)n);
    if (!runs || !tmp) {
        free(runs);
        free(tmp);
        Err_NoMemory();
        return -1;
    }
    ssize_t nruns = 0, lo = 0;
    int rc = 0;
    while (lo < n) {
        ssize_t len = count_run(kind, a, lo, n);
        if (len < 0) { rc = -1; goto done; }
        if (len < MIN_RUN && lo + len < n) {
            ssize_t hi = lo + MIN_RUN < n ? lo + MIN_RUN : n;
            if (binary_insertion(kind, a, lo, lo + len, hi) < 0) { rc = -1; goto done; }
            len = hi - lo;
        }
        runs[nruns++] = lo;
        lo += len;
    }
    runs[nruns] = n;
    while (nruns > 1) {
        ssize_t w = 0;
        for (ssize_t r = 0; r < nruns; r += 2) {
            if (r + 1 < nruns && merge(kind, a, runs[r], runs[r + 1], runs[r + 2], tmp) < 0) {
                rc = -1;
                goto done;
            }
            runs[w++] = runs[r];
        }
        runs[w] = n;
        nruns = w;
    }
done:
    free(runs);
    free(tmp);
    return rc;
}

int List_Sort(Object *o, Object *key, bool reverse) {
    List *l = (List *)o;
    Object **saved = l->items;
    ssize_t n = l->len, saved_cap = l->cap;
    /* Detach the items: the list looks empty while sorting, and any change to
     * it is detected afterwards through cap. */
    l->items = NULL;
    l->len = 0;
    l->cap = -1;
    int rc = 0;
    SortItem small[MIN_RUN], *a = small; /* short lists (most) need no heap buffer */
    if (key == OBJ_NONE) key = NULL;
    if (n > MIN_RUN) {
        a = malloc(sizeof(SortItem) * (size_t)n);
        if (!a) { Err_NoMemory(); rc = -1; goto restore; }
    }
    ssize_t nkeys = 0;
    for (ssize_t i = 0; i < n; i++) {
        a[i].value = saved[i];
        if (key) {
            a[i].key = Obj_CallOneArg(key, saved[i]);
            if (!a[i].key) {
                rc = -1;
                break;
            }
            nkeys++;
        } else {
            a[i].key = saved[i];
        }
    }
    if (rc == 0) {
        if (reverse) reverse_run(a, a + n);
        rc = merge_sort(a, n);
        if (reverse) reverse_run(a, a + n);
        for (ssize_t i = 0; i < n; i++) saved[i] = a[i].value;
    }
    if (key)
        for (ssize_t i = 0; i < nkeys; i++) DECREF(a[i].key);
    if (a != small) free(a);
restore:;
    Object **final_items = l->items;
    ssize_t final_len = l->len, final_cap = l->cap;
    bool modified = l->cap != -1;
    l->items = saved;
    l->len = n;
    l->cap = saved_cap;
    if (final_items) {
        while (--final_len >= 0) XDECREF(final_items[final_len]);
        List_FreeItems(final_items, final_cap);
    }
    if (modified && rc == 0) {
        Err_SetString(Exc_ValueError, "list modified during sort");
        rc = -1;
    }
    return rc;
}

/* args: key and reverse (NULL when not given) */
Object *List_SortMethod(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *key = args[0], *reverse = args[1];
    int rev = 0;
    if (reverse && (rev = Obj_IsTrue(reverse)) < 0) return NULL;
    if (List_Sort(self, key, rev) < 0) return NULL;
    RETURN_NONE;
}
