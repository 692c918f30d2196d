/* list.sort: a stable adaptive merge sort (timsort, with powersort's merge
 * order) that only ever asks `a < b`.  If a comparison raises, every item is
 * still in the array exactly once, as CPython guarantees. */
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

#define STACK_ITEMS 64 /* lists this short sort without a heap buffer */

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

/* Sorting follows CPython's timsort step by step, so that a program sees the
 * same comparisons in the same order (a key whose __lt__ logs, counts or lies
 * observes exactly what it would under CPython):
 *   - natural runs are found by count_run and short ones extended to a
 *     minimum length by binary insertion;
 *   - runs wait on a stack and are merged by the powersort rule: a new run's
 *     "power" (the depth at which the boundary between it and the previous
 *     run sits in a balanced tree over the array) decides which pending runs
 *     merge first;
 *   - a merge first trims the items already in place at both ends, then
 *     merges one item at a time until one side wins often enough in a row,
 *     and then gallops (exponential then binary search) while that pays.
 * If a comparison raises, the merge in progress puts its buffered items back,
 * so every item is still in the array exactly once. */

#define MIN_GALLOP 7
#define MAX_RUNS 128 /* the stack holds about log2(n) runs */

typedef struct Run {
    ssize_t base, len;
    int power; /* of the boundary between this run and the next */
} Run;

typedef struct Sorter {
    KeyKind kind;
    SortItem *a;
    ssize_t n;
    ssize_t min_gallop; /* adapts across merges */
    SortItem *tmp;      /* room for the shorter side of any merge */
    Run runs[MAX_RUNS];
    int nruns;
} Sorter;

#define LT(s, x, y) less((s)->kind, (x), (y))

/* Reverses the group of equal neighbours that ends a[..end) inside a
 * descending run, so that the run's final reversal keeps them in order. */
static void unreverse_ties(SortItem *a, ssize_t end, ssize_t *ties) {
    if (*ties) reverse_run(a + end - *ties - 1, a + end);
    *ties = 0;
}

/* Length of the natural run starting at a (at most n items), made ascending
 * in place.  A run is non-descending, or descending where neighbours may also
 * be equal; a descending run, once flipped, is extended by whatever ascends
 * after it.  An ascending start whose items turn out all equal joins the
 * descending run that follows.  -1 on error. */
static ssize_t count_run(Sorter *s, SortItem *a, ssize_t n) {
    ssize_t i = 1;
    int c = 0;
    while (i < n && (c = LT(s, &a[i], &a[i - 1])) == 0) i++;
    if (c < 0) return -1;
    if (i == n) return n;
    if (i > 1) { /* a[i] < a[i-1]: did the start rise at all? */
        if ((c = LT(s, &a[0], &a[i - 1])) != 0) return c < 0 ? -1 : i;
        reverse_run(a, a + i); /* all equal: part of the descent */
    }
    ssize_t ties = 0;
    for (i++; i < n; i++) {
        if ((c = LT(s, &a[i], &a[i - 1])) < 0) return -1;
        if (c) {
            unreverse_ties(a, i, &ties);
            continue;
        }
        if ((c = LT(s, &a[i - 1], &a[i])) < 0) return -1;
        if (c) break;
        ties++;
    }
    unreverse_ties(a, i, &ties);
    reverse_run(a, a + i);
    c = 0;
    while (i < n && (c = LT(s, &a[i], &a[i - 1])) == 0) i++;
    return c < 0 ? -1 : i;
}

/* Leftmost k in [0, n] with base[k-1] < key <= base[k], searched outward from
 * base[hint] in steps 1, 3, 7, ... and then by bisection.  -1 on error. */
static ssize_t gallop_left(Sorter *s, SortItem *key, SortItem *base, ssize_t n, ssize_t hint) {
    ssize_t lo, hi; /* base[lo] < key <= base[hi], lo = -1 and hi = n standing in */
    ssize_t near = 0, far = 1, limit;
    int c = LT(s, &base[hint], key);
    if (c < 0) return -1;
    if (c) {
        for (limit = n - hint; far < limit; near = far, far = 2 * far + 1) {
            if ((c = LT(s, &base[hint + far], key)) < 0) return -1;
            if (!c) break;
        }
        if (far > limit) far = limit;
        lo = hint + near;
        hi = hint + far;
    } else {
        for (limit = hint + 1; far < limit; near = far, far = 2 * far + 1) {
            if ((c = LT(s, &base[hint - far], key)) < 0) return -1;
            if (c) break;
        }
        if (far > limit) far = limit;
        lo = hint - far;
        hi = hint - near;
    }
    for (lo++; lo < hi;) {
        ssize_t m = lo + ((hi - lo) >> 1);
        if ((c = LT(s, &base[m], key)) < 0) return -1;
        if (c) lo = m + 1;
        else hi = m;
    }
    return hi;
}

/* Rightmost k in [0, n] with base[k-1] <= key < base[k]; as gallop_left. */
static ssize_t gallop_right(Sorter *s, SortItem *key, SortItem *base, ssize_t n, ssize_t hint) {
    ssize_t lo, hi; /* base[lo] <= key < base[hi] */
    ssize_t near = 0, far = 1, limit;
    int c = LT(s, key, &base[hint]);
    if (c < 0) return -1;
    if (c) {
        for (limit = hint + 1; far < limit; near = far, far = 2 * far + 1) {
            if ((c = LT(s, key, &base[hint - far])) < 0) return -1;
            if (!c) break;
        }
        if (far > limit) far = limit;
        lo = hint - far;
        hi = hint - near;
    } else {
        for (limit = n - hint; far < limit; near = far, far = 2 * far + 1) {
            if ((c = LT(s, key, &base[hint + far])) < 0) return -1;
            if (c) break;
        }
        if (far > limit) far = limit;
        lo = hint + near;
        hi = hint + far;
    }
    for (lo++; lo < hi;) {
        ssize_t m = lo + ((hi - lo) >> 1);
        if ((c = LT(s, key, &base[m])) < 0) return -1;
        if (c) hi = m;
        else lo = m + 1;
    }
    return hi;
}

#define MOVE(dst, src, k) memmove((dst), (src), sizeof(SortItem) * (size_t)(k))

/* Merges the adjacent runs pa[0:na) and pb[0:nb) (na <= nb) from the left,
 * with A moved to the buffer.  Known: pb[0] goes first, pa[na-1] last. */
static int merge_low(Sorter *s, SortItem *pa, ssize_t na, SortItem *pb, ssize_t nb) {
    SortItem *dest = pa;
    MOVE(s->tmp, pa, na);
    pa = s->tmp;
    ssize_t gallop = s->min_gallop, k;
    int c, rc = 0;
    *dest++ = *pb++;
    if (--nb == 0) goto done;
    if (na == 1) goto a_last;
    for (;;) {
        ssize_t won_a = 0, won_b = 0;
        while (won_a < gallop && won_b < gallop) { /* one item at a time */
            if ((c = LT(s, pb, pa)) < 0) goto fail;
            if (c) {
                *dest++ = *pb++;
                won_b++, won_a = 0;
                if (--nb == 0) goto done;
            } else {
                *dest++ = *pa++;
                won_a++, won_b = 0;
                if (--na == 1) goto a_last;
            }
        }
        gallop++;
        do { /* whole stretches found by galloping */
            gallop -= gallop > 1;
            s->min_gallop = gallop;
            if ((k = gallop_right(s, pb, pa, na, 0)) < 0) goto fail;
            won_a = k;
            if (k) {
                MOVE(dest, pa, k);
                dest += k, pa += k, na -= k;
                if (na == 1) goto a_last;
                if (na == 0) goto done; /* only when comparisons are inconsistent */
            }
            *dest++ = *pb++;
            if (--nb == 0) goto done;
            if ((k = gallop_left(s, pa, pb, nb, 0)) < 0) goto fail;
            won_b = k;
            if (k) {
                MOVE(dest, pb, k);
                dest += k, pb += k, nb -= k;
                if (nb == 0) goto done;
            }
            *dest++ = *pa++;
            if (--na == 1) goto a_last;
        } while (won_a >= MIN_GALLOP || won_b >= MIN_GALLOP);
        s->min_gallop = ++gallop; /* leaving gallop mode costs */
    }
a_last: /* the rest of B, then A's last item */
    MOVE(dest, pb, nb);
    dest[nb] = *pa;
    return 0;
fail:
    rc = -1;
done:
    MOVE(dest, pa, na);
    return rc;
}

/* The mirror of merge_low for na > nb: B moved to the buffer, merged from the
 * right.  Known: pa[na-1] goes last, pb[0] after pa[0]. */
static int merge_high(Sorter *s, SortItem *pa, ssize_t na, SortItem *pb, ssize_t nb) {
    SortItem *dest = pb + nb - 1, *a0 = pa, *b0 = s->tmp;
    MOVE(s->tmp, pb, nb);
    pb = s->tmp + nb - 1;
    pa += na - 1;
    ssize_t gallop = s->min_gallop, k;
    int c, rc = 0;
    *dest-- = *pa--;
    if (--na == 0) goto done;
    if (nb == 1) goto b_first;
    for (;;) {
        ssize_t won_a = 0, won_b = 0;
        while (won_a < gallop && won_b < gallop) {
            if ((c = LT(s, pb, pa)) < 0) goto fail;
            if (c) {
                *dest-- = *pa--;
                won_a++, won_b = 0;
                if (--na == 0) goto done;
            } else {
                *dest-- = *pb--;
                won_b++, won_a = 0;
                if (--nb == 1) goto b_first;
            }
        }
        gallop++;
        do {
            gallop -= gallop > 1;
            s->min_gallop = gallop;
            if ((k = gallop_right(s, pb, a0, na, na - 1)) < 0) goto fail;
            won_a = k = na - k;
            if (k) {
                dest -= k, pa -= k;
                MOVE(dest + 1, pa + 1, k);
                if ((na -= k) == 0) goto done;
            }
            *dest-- = *pb--;
            if (--nb == 1) goto b_first;
            if ((k = gallop_left(s, pa, b0, nb, nb - 1)) < 0) goto fail;
            won_b = k = nb - k;
            if (k) {
                dest -= k, pb -= k;
                MOVE(dest + 1, pb + 1, k);
                if ((nb -= k) == 1) goto b_first;
                if (nb == 0) goto done; /* only when comparisons are inconsistent */
            }
            *dest-- = *pa--;
            if (--na == 0) goto done;
        } while (won_a >= MIN_GALLOP || won_b >= MIN_GALLOP);
        s->min_gallop = ++gallop;
    }
b_first: /* the rest of A, then B's first item before it */
    dest -= na, pa -= na;
    MOVE(dest + 1, pa + 1, na);
    *dest = *pb;
    return 0;
fail:
    rc = -1;
done:
    if (nb) MOVE(dest - (nb - 1), b0, nb);
    return rc;
}

/* Merges runs i and i+1 of the stack into run i. */
static int merge_at(Sorter *s, int i) {
    Run *r = s->runs;
    SortItem *pa = s->a + r[i].base, *pb = s->a + r[i + 1].base;
    ssize_t na = r[i].len, nb = r[i + 1].len;
    r[i].len = na + nb;
    if (i == s->nruns - 3) r[i + 1] = r[i + 2];
    s->nruns--;
    if (!s->tmp && !(s->tmp = malloc(sizeof(SortItem) * (size_t)(s->n / 2 + 1)))) {
        Err_NoMemory();
        return -1;
    }
    /* A's items before the place of B's first, and B's after the place of
     * A's last, are already where they belong. */
    ssize_t k = gallop_right(s, pb, pa, na, 0);
    if (k < 0) return -1;
    pa += k, na -= k;
    if (na == 0) return 0;
    if ((nb = gallop_left(s, &pa[na - 1], pb, nb, nb - 1)) <= 0) return (int)nb;
    return na <= nb ? merge_low(s, pa, na, pb, nb) : merge_high(s, pa, na, pb, nb);
}

/* The powersort depth of the boundary between a run at [s1, s1+n1) and the
 * next one of n2 items: the first bit at which the binary fractions of their
 * midpoints over n differ.  Twice the midpoints are used, to stay in integers. */
static int boundary_power(ssize_t s1, ssize_t n1, ssize_t n2, ssize_t n) {
    ssize_t x = 2 * s1 + n1, y = x + n1 + n2;
    for (int power = 1;; power++) {
        if (x >= n) x -= n, y -= n;
        else if (y >= n) return power;
        x <<= 1, y <<= 1;
    }
}

/* Pushes the run a[base:base+len), first merging the pending runs that sit
 * deeper than its boundary with the previous run. */
static int push_run(Sorter *s, ssize_t base, ssize_t len) {
    if (s->nruns) {
        Run *prev = &s->runs[s->nruns - 1];
        int power = boundary_power(prev->base, prev->len, len, s->n);
        while (s->nruns > 1 && s->runs[s->nruns - 2].power > power)
            if (merge_at(s, s->nruns - 2) < 0) return -1;
        s->runs[s->nruns - 1].power = power;
    }
    if (s->nruns == MAX_RUNS) { /* cannot happen: powers on the stack increase */
        Err_SetString(Exc_SystemError, "list.sort: too many pending runs");
        return -1;
    }
    s->runs[s->nruns++] = (Run){base, len, 0};
    return 0;
}

/* The length below which runs are extended by insertion: n itself under 64,
 * else between 32 and 64, chosen so that n / minrun is a power of two or a
 * little less. */
static ssize_t min_run_length(ssize_t n) {
    bool rest = false;
    for (; n >= 64; n >>= 1) rest |= n & 1;
    return n + rest;
}

static int timsort(SortItem *a, ssize_t n) {
    if (n < 2) return 0;
    Sorter s = {.kind = key_kind(a, n), .a = a, .n = n, .min_gallop = MIN_GALLOP};
    ssize_t minrun = min_run_length(n);
    int rc = 0;
    for (ssize_t lo = 0; lo < n && rc == 0;) {
        ssize_t left = n - lo, len = count_run(&s, a + lo, left);
        if (len < 0) {
            rc = -1;
            break;
        }
        if (len < minrun) { /* extend by insertion */
            ssize_t upto = left < minrun ? left : minrun;
            if (binary_insertion(s.kind, a, lo, lo + len, lo + upto) < 0) {
                rc = -1;
                break;
            }
            len = upto;
        }
        rc = push_run(&s, lo, len);
        lo += len;
    }
    while (rc == 0 && s.nruns > 1) {
        int i = s.nruns - 2;
        if (i > 0 && s.runs[i - 1].len < s.runs[i + 1].len) i--;
        rc = merge_at(&s, i);
    }
    free(s.tmp);
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
    SortItem small[STACK_ITEMS], *a = small; /* short lists (most) need no heap buffer */
    if (key == OBJ_NONE) key = NULL;
    if (n > STACK_ITEMS) {
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
        rc = timsort(a, n);
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
