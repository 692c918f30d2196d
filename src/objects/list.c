/* list: growable arrays, their slots and methods, and list iterators.
 * Sorting lives in listsort.c. */
#include "objects/list.h"
#include "abstract.h"
#include "objects/iterbase.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- storage ----------------------------------------------------------- */

/* Item arrays of up to SMALL_CAP slots come from the object allocator's
 * size classes (mem.h): most lists are small and short-lived (literals,
 * slices, split results), and a free-list block costs far less than malloc,
 * let alone calloc.  Larger arrays use malloc/realloc, so a big growing list
 * can be extended in place.  Which allocator owns an array follows from its
 * capacity alone: always release one with List_FreeItems(items, cap). */
#define SMALL_CAP 62 /* 62 slots + the block header fit the largest size class */

static Object **items_alloc(ssize_t cap) {
    size_t size = (size_t)cap * sizeof(Object *);
    if (cap <= SMALL_CAP) return Mem_AllocUninit(size);
    return Mem_BeyondMachine(size) ? NULL : malloc(size);
}

void List_FreeItems(Object **items, ssize_t cap) {
    if (cap <= SMALL_CAP) Mem_Free(items);
    else free(items);
}

/* The array moved to a new capacity (> 0), keeping its first `keep` slots;
 * NULL (old array untouched) when out of memory.  items may be NULL. */
static Object **items_realloc(Object **items, ssize_t oldcap, ssize_t newcap, ssize_t keep) {
    if (items && oldcap > SMALL_CAP && newcap > SMALL_CAP) {
        size_t size = (size_t)newcap * sizeof(Object *);
        return Mem_BeyondMachine(size) ? NULL : realloc(items, size);
    }
    Object **n = items_alloc(newcap);
    if (!n) return NULL;
    if (items) {
        if (keep) memcpy(n, items, (size_t)keep * sizeof(Object *));
        List_FreeItems(items, oldcap);
    }
    return n;
}

/* Sets the length to newsize, growing or shrinking the allocation with
 * CPython's over-allocation policy.  New slots are left uninitialised. */
static int list_resize(List *l, ssize_t newsize) {
    if (newsize <= l->cap && newsize >= (l->cap >> 1)) {
        l->len = newsize;
        return 0;
    }
    size_t cap = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if ((size_t)newsize - (size_t)l->len > cap - (size_t)newsize) cap = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0) cap = 0;
    if (cap > (size_t)SSIZE_MAX / sizeof(Object *)) {
        Err_NoMemory();
        return -1;
    }
    if (cap == 0) {
        List_FreeItems(l->items, l->cap);
        l->items = NULL;
    } else {
        ssize_t keep = l->len < newsize ? l->len : newsize;
        Object **items = items_realloc(l->items, l->cap, (ssize_t)cap, keep);
        if (!items) {
            if (newsize <= l->cap) { /* shrinking: keep the larger array */
                l->len = newsize;
                return 0;
            }
            Err_NoMemory();
            return -1;
        }
        l->items = items;
    }
    l->cap = (ssize_t)cap;
    l->len = newsize;
    return 0;
}

/* Ensures room for n items exactly (used when the final size is known). */
static int list_reserve(List *l, ssize_t n) {
    if (n <= l->cap) return 0;
    if ((size_t)n > (size_t)SSIZE_MAX / sizeof(Object *)) {
        Err_NoMemory();
        return -1;
    }
    Object **items = items_realloc(l->items, l->cap, n, l->len);
    if (!items) {
        Err_NoMemory();
        return -1;
    }
    l->items = items;
    l->cap = n;
    return 0;
}

static Object *list_alloc(Type *t) {
    return Obj_Alloc(t, (size_t)t->basicsize);
}

/* An empty exact list (lists are the objects programs make most). */
static Object *list_alloc_exact(void) {
    List *l = (List *)Obj_AllocStaticGC(&List_Type, sizeof(List));
    if (!l) return NULL;
    l->len = l->cap = 0;
    l->items = NULL;
    return (Object *)l;
}

/* A list of n slots left uninitialised, for callers that fill every one
 * before anything can allocate (a collection would traverse the slots). */
static Object *list_new_uninit(ssize_t n) {
    List *l = (List *)list_alloc_exact();
    if (!l) return NULL;
    if (n > 0) {
        if ((size_t)n > (size_t)SSIZE_MAX / sizeof(Object *) || !(l->items = items_alloc(n))) {
            DECREF((Object *)l);
            return Err_NoMemory();
        }
        l->cap = l->len = n;
    }
    return (Object *)l;
}

Object *List_New(ssize_t n) {
    if (n < 0) {
        Err_BadInternalCall("List_New");
        return NULL;
    }
    Object *l = list_new_uninit(n);
    if (l && n > 0) memset(LIST_ITEMS(l), 0, (size_t)n * sizeof(Object *));
    return l;
}

int List_AppendSteal(Object *o, Object *v) {
    List *l = (List *)o;
    ssize_t n = l->len;
    if (n < l->cap) {
        l->items[n] = v;
        l->len = n + 1;
        return 0;
    }
    if (list_resize(l, n + 1) < 0) {
        DECREF(v);
        return -1;
    }
    l->items[n] = v;
    return 0;
}

int List_Append(Object *l, Object *v) { return List_AppendSteal(l, NEWREF(v)); }

Object *List_FromArray(Object *const *items, ssize_t n) {
    Object *l = list_new_uninit(n);
    if (!l) return NULL;
    for (ssize_t i = 0; i < n; i++) LIST_ITEMS(l)[i] = NEWREF(items[i]);
    return l;
}

Object *List_FromArraySteal(Object *const *items, ssize_t n) {
    Object *l = list_new_uninit(n);
    if (!l) {
        for (ssize_t i = 0; i < n; i++) DECREF(items[i]);
        return NULL;
    }
    if (n) memcpy(LIST_ITEMS(l), items, (size_t)n * sizeof(Object *));
    return l;
}

Object *List_AsTuple(Object *l) { return Tuple_FromArray(LIST_ITEMS(l), LIST_LEN(l)); }

/* Whether iterating o means walking its items in place: a list or tuple
 * whose class does not define an __iter__ of its own. */
static bool plain_items(Object *o) {
    return (List_Check(o) && TYPE(o)->iter == List_Type.iter) || (Tuple_Check(o) && TYPE(o)->iter == Tuple_Type.iter);
}

int List_Extend(Object *o, Object *iterable) {
    List *l = (List *)o;
    if (plain_items(iterable)) {
        /* read the source after growing: it may be l itself */
        ssize_t n = List_Check(iterable) ? LIST_LEN(iterable) : TUPLE_LEN(iterable);
        if (n == 0) return 0;
        ssize_t old = l->len;
        if (n > SSIZE_MAX - old || list_resize(l, old + n) < 0) {
            if (n > SSIZE_MAX - old) Err_NoMemory();
            return -1;
        }
        Object **src = List_Check(iterable) ? LIST_ITEMS(iterable) : TUPLE_ITEMS(iterable);
        for (ssize_t i = 0; i < n; i++) l->items[old + i] = NEWREF(src[i]);
        return 0;
    }
    Object *it = Obj_GetIter(iterable);
    if (!it) return -1;
    /* A sized iterable reserves its room first, as CPython does with its
     * length hint: list(range(10**12)) is a MemoryError, not an exhausted
     * machine.  An error of __len__ other than TypeError propagates. */
    if (TYPE(iterable)->len) {
        ssize_t n = TYPE(iterable)->len(iterable);
        if (n < 0) {
            if (!Err_Matches(Exc_TypeError)) {
                DECREF(it);
                return -1;
            }
            Err_Clear();
        } else if (n > 0 && (n > SSIZE_MAX - l->len || list_reserve(l, l->len + n) < 0)) {
            if (!Err_Occurred()) Err_NoMemory();
            DECREF(it);
            return -1;
        }
    }
    for (;;) {
        Object *v = Iter_Next(it);
        if (!v) break;
        if (List_AppendSteal(o, v) < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    if (Err_Occurred()) return -1;
    /* give back a large over-allocation left by the growth policy */
    if (l->cap > l->len + (l->len >> 1) + 16) {
        ssize_t cap = l->len ? l->len : 1;
        Object **items = items_realloc(l->items, l->cap, cap, l->len);
        if (items) {
            l->items = items;
            l->cap = cap;
        }
    }
    return 0;
}

Object *List_FromIterable(Object *iterable) {
    Object *l = List_New(0);
    if (!l) return NULL;
    if (List_Extend(l, iterable) < 0) {
        DECREF(l);
        return NULL;
    }
    return l;
}

int List_Insert(Object *o, ssize_t i, Object *v) {
    List *l = (List *)o;
    ssize_t n = l->len;
    if (list_resize(l, n + 1) < 0) return -1;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    memmove(&l->items[i + 1], &l->items[i], sizeof(Object *) * (size_t)(n - i));
    l->items[i] = NEWREF(v);
    return 0;
}

static void reverse_items(Object **lo, Object **hi) {
    for (--hi; lo < hi; lo++, hi--) {
        Object *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

int List_Reverse(Object *o) {
    List *l = (List *)o;
    if (l->len > 1) reverse_items(l->items, l->items + l->len);
    return 0;
}

/* Empties the list; items are released after the list is already empty so
 * destructors observe a consistent list. */
static void list_clear_items(List *l) {
    Object **items = l->items;
    ssize_t n = l->len;
    ssize_t cap = l->cap;
    if (!items) return; /* untouched, as CPython: sort's mutation check relies on it */
    l->items = NULL;
    l->len = l->cap = 0;
    while (--n >= 0) XDECREF(items[n]);
    List_FreeItems(items, cap);
}

/* Replaces l[lo:hi] with the n items of src (borrowed; src may alias l's
 * own storage, so it is copied first).  The removed items are released
 * last, when the list is consistent again (their destructors may look). */
static int list_ass_slice(List *l, ssize_t lo, ssize_t hi, Object *const *src, ssize_t n) {
    if (lo < 0) lo = 0;
    else if (lo > l->len) lo = l->len;
    if (hi < lo) hi = lo;
    else if (hi > l->len) hi = l->len;
    ssize_t d = hi - lo;
    /* small replacements (del l[i], l[i:j] = (x, y)) need no heap buffers */
    Object *inline_buf[16];
    Object **copy = inline_buf, **removed = inline_buf + 8;
    if (n > 8 && !(copy = malloc(sizeof(Object *) * (size_t)n))) {
        Err_NoMemory();
        return -1;
    }
    if (d > 8 && !(removed = malloc(sizeof(Object *) * (size_t)d))) {
        if (copy != inline_buf) free(copy);
        Err_NoMemory();
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) copy[i] = NEWREF(src[i]);
    if (d) memcpy(removed, &l->items[lo], sizeof(Object *) * (size_t)d);
    ssize_t oldlen = l->len, tail = oldlen - hi;
    int rc = 0;
    if (n > d) {
        if (list_resize(l, oldlen + (n - d)) < 0) {
            for (ssize_t i = 0; i < n; i++) DECREF(copy[i]);
            d = 0; /* nothing was removed */
            rc = -1;
            goto done;
        }
        memmove(&l->items[lo + n], &l->items[hi], sizeof(Object *) * (size_t)tail);
    } else if (n < d) {
        memmove(&l->items[lo + n], &l->items[hi], sizeof(Object *) * (size_t)tail);
        list_resize(l, oldlen - (d - n)); /* shrinking cannot fail to keep the data */
    }
    if (n) memcpy(&l->items[lo], copy, sizeof(Object *) * (size_t)n);
done:
    for (ssize_t i = 0; i < d; i++) DECREF(removed[i]);
    if (copy != inline_buf) free(copy);
    if (removed != inline_buf + 8) free(removed);
    return rc;
}

/* ---- slots --------------------------------------------------------------- */

static void list_dealloc(Object *o) {
    List *l = (List *)o;
    if (l->items) {
        for (ssize_t i = l->len; --i >= 0;) XDECREF(l->items[i]);
        List_FreeItems(l->items, l->cap);
    }
    if (TYPE(o) == &List_Type) { /* static type: no reference to drop */
        Gc_UntrackInline(o);
        Mem_Free(GC_HEAD(o));
    } else {
        Obj_Free(o);
    }
}

/* Last item first, as CPython: the shutdown collection's order follows it. */
static int list_traverse(Object *o, VisitFn visit, void *arg) {
    List *l = (List *)o;
    for (ssize_t i = l->len - 1; i >= 0; i--)
        if (l->items[i] && visit(l->items[i], arg)) return 1;
    return 0;
}

static int list_clear(Object *o) {
    list_clear_items((List *)o);
    return 0;
}

static Object *list_repr(Object *o) {
    List *l = (List *)o;
    if (l->len == 0) return Str_FromUTF8("[]", 2);
    int r = Repr_Enter(o);
    if (r) return r > 0 ? Str_FromUTF8("[...]", 5) : NULL;
    StrBuilder sb;
    SB_Init(&sb);
    if (SB_AppendChar(&sb, '[') < 0) goto fail;
    for (ssize_t i = 0; i < l->len; i++) {
        if (i && SB_AppendASCII(&sb, ", ", 2) < 0) goto fail;
        Object *v = NEWREF(l->items[i]); /* the list may change under repr */
        int rc = SB_AppendRepr(&sb, v);
        DECREF(v);
        if (rc < 0) goto fail;
    }
    if (SB_AppendChar(&sb, ']') < 0) goto fail;
    Repr_Leave(o);
    return SB_Finish(&sb);
fail:
    Repr_Leave(o);
    SB_Discard(&sb);
    return NULL;
}

static Object *list_richcompare(Object *a, Object *b, int op) {
    if (!List_Check(a) || !List_Check(b)) return NEWREF(OBJ_NOTIMPL);
    List *la = (List *)a, *lb = (List *)b;
    if (la->len != lb->len && (op == CMP_EQ || op == CMP_NE)) return NEWREF(Bool_From(op == CMP_NE));
    return Seq_RichCompare((Object *const *const *)&la->items, &la->len, (Object *const *const *)&lb->items,
                           &lb->len, op);
}

static ssize_t list_len(Object *o) { return LIST_LEN(o); }

static Object *list_subscript(Object *o, Object *key) {
    List *l = (List *)o;
    /* small ints and slices first: they need no __index__ lookup */
    if (IS_SMALL(key) || (TYPE(key) != &Slice_Type && Index_Check(key))) {
        ssize_t i;
        if (Index_AsSsize(key, Exc_IndexError, &i) < 0) return NULL;
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len) {
            Err_SetString(Exc_IndexError, "list index out of range");
            return NULL;
        }
        return NEWREF(l->items[i]);
    }
    if (TYPE(key) == &Slice_Type) {
        ssize_t start, stop, step, count;
        if (Slice_Indices(key, l->len, &start, &stop, &step, &count) < 0) return NULL;
        /* (an empty list has no items array: no pointer arithmetic on it) */
        if (step == 1) return count ? List_FromArray(l->items + start, count) : List_New(0);
        Object *r = list_new_uninit(count);
        if (!r) return NULL;
        for (ssize_t k = 0, j = start; k < count; k++, j += step) LIST_ITEMS(r)[k] = NEWREF(l->items[j]);
        return r;
    }
    Err_Format(Exc_TypeError, "list indices must be integers or slices, not %s", TYPE_NAME(key));
    return NULL;
}

/* Materialises the right side of a slice assignment. */
static Object *slice_source(Object *v) {
    if (List_CheckExact(v) || Tuple_CheckExact(v)) return List_FromIterable(v);
    Object *it = Obj_GetIter(v);
    if (!it) {
        if (Err_Matches(Exc_TypeError)) {
            Err_Clear();
            Err_SetString(Exc_TypeError, "must assign iterable to extended slice");
        }
        return NULL;
    }
    Object *l = List_FromIterable(it);
    DECREF(it);
    return l;
}

static int list_ass_subscript(Object *o, Object *key, Object *v) {
    List *l = (List *)o;
    /* a small int, the common case, needs no conversion */
    if (IS_SMALL(key) || Index_Check(key)) {
        ssize_t i;
        if (IS_SMALL(key)) i = (ssize_t)SMALL_VAL(key);
        else if (Index_AsSsize(key, Exc_IndexError, &i) < 0) return -1;
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len) {
            Err_SetString(Exc_IndexError, "list assignment index out of range");
            return -1;
        }
        if (v) {
            SETREF(l->items[i], NEWREF(v));
            return 0;
        }
        return list_ass_slice(l, i, i + 1, NULL, 0);
    }
    if (TYPE(key) != &Slice_Type) {
        Err_Format(Exc_TypeError, "list indices must be integers or slices, not %s", TYPE_NAME(key));
        return -1;
    }
    ssize_t start, stop, step, count;
    if (Slice_Indices(key, l->len, &start, &stop, &step, &count) < 0) return -1;
    if (step == 1) {
        if (!v) return list_ass_slice(l, start, stop, NULL, 0);
        Object *src = slice_source(v);
        if (!src) return -1;
        int r = list_ass_slice(l, start, stop, LIST_ITEMS(src), LIST_LEN(src));
        DECREF(src);
        return r;
    }
    if (!v) {
        if (count == 0) return 0;
        if (step < 0) { /* delete the same items walking forward */
            start = start + step * (count - 1);
            step = -step;
        }
        Object **removed = malloc(sizeof(Object *) * (size_t)count);
        if (!removed) { Err_NoMemory(); return -1; }
        ssize_t w = start, k = 0;
        for (ssize_t r = start; r < l->len; r++) {
            if (k < count && r == start + k * step) {
                removed[k++] = l->items[r];
                continue;
            }
            l->items[w++] = l->items[r];
        }
        list_resize(l, l->len - count);
        for (ssize_t i = 0; i < count; i++) DECREF(removed[i]);
        free(removed);
        return 0;
    }
    Object *src = slice_source(v);
    if (!src) return -1;
    if (LIST_LEN(src) != count) {
        Err_Format(Exc_ValueError, "attempt to assign sequence of size %zd to extended slice of size %zd",
                   LIST_LEN(src), count);
        DECREF(src);
        return -1;
    }
    Object **old = malloc(sizeof(Object *) * (size_t)(count ? count : 1));
    if (!old) { DECREF(src); Err_NoMemory(); return -1; }
    for (ssize_t k = 0, j = start; k < count; k++, j += step) {
        old[k] = l->items[j];
        l->items[j] = NEWREF(LIST_GET(src, k));
    }
    for (ssize_t k = 0; k < count; k++) DECREF(old[k]);
    free(old);
    DECREF(src);
    return 0;
}

static int list_contains(Object *o, Object *v) {
    List *l = (List *)o;
    for (ssize_t i = 0; i < l->len; i++) {
        Object *x = NEWREF(l->items[i]);
        int r = Obj_RichCompareBool(x, v, CMP_EQ);
        DECREF(x);
        if (r != 0) return r;
    }
    return 0;
}

static Object *list_concat(Object *a, Object *b) {
    if (!List_Check(a) || !List_Check(b)) return NEWREF(OBJ_NOTIMPL);
    return List_Concat(a, b);
}

Object *List_Concat(Object *a, Object *b) {
    ssize_t na = LIST_LEN(a), nb = LIST_LEN(b);
    if (na > SSIZE_MAX - nb) return Err_NoMemory();
    Object *r = list_new_uninit(na + nb);
    if (!r) return NULL;
    for (ssize_t i = 0; i < na; i++) LIST_ITEMS(r)[i] = NEWREF(LIST_GET(a, i));
    for (ssize_t i = 0; i < nb; i++) LIST_ITEMS(r)[na + i] = NEWREF(LIST_GET(b, i));
    return r;
}

int List_ConcatInto(Object *a, Object *b) {
    List *l = (List *)a;
    ssize_t na = l->len, nb = LIST_LEN(b), n;
    if (na > SSIZE_MAX - nb || (size_t)(n = na + nb) > (size_t)SSIZE_MAX / sizeof(Object *)) {
        Err_NoMemory();
        return -1;
    }
    if (n != l->cap) { /* the capacity List_Concat would give the result */
        Object **items = NULL;
        if (n) {
            if (!(items = items_realloc(l->items, l->cap, n, na))) {
                Err_NoMemory();
                return -1;
            }
        } else {
            List_FreeItems(l->items, l->cap);
        }
        l->items = items;
        l->cap = n;
    }
    for (ssize_t i = 0; i < nb; i++) l->items[na + i] = NEWREF(LIST_GET(b, i));
    l->len = n;
    return 0;
}

static bool is_list(Object *o) { return List_Check(o); }

static Object *list_repeat(Object *a, Object *b) {
    Object *seq;
    ssize_t n;
    int rc = Seq_RepeatCount(a, b, is_list, &seq, &n);
    if (rc <= 0) return rc < 0 ? NULL : NEWREF(OBJ_NOTIMPL);
    ssize_t len = LIST_LEN(seq);
    if (len == 0 || n == 0) return List_New(0);
    if (len > SSIZE_MAX / (ssize_t)sizeof(Object *) / n) return Err_NoMemory();
    Object *r = list_new_uninit(len * n);
    if (!r) return NULL;
    Object **dst = LIST_ITEMS(r);
    for (ssize_t k = 0; k < n; k++)
        for (ssize_t i = 0; i < len; i++) *dst++ = NEWREF(LIST_GET(seq, i));
    return r;
}

static Object *list_inplace_concat(Object *a, Object *b) {
    if (List_Extend(a, b) < 0) return NULL;
    return NEWREF(a);
}

static Object *list_inplace_repeat(Object *a, Object *b) {
    if (!Index_Check(b)) return NEWREF(OBJ_NOTIMPL);
    ssize_t n;
    if (Index_AsSsize(b, Exc_OverflowError, &n) < 0) return NULL;
    List *l = (List *)a;
    ssize_t len = l->len;
    if (n <= 0 || len == 0) {
        if (n <= 0) list_clear_items(l);
        return NEWREF(a);
    }
    if (n == 1) return NEWREF(a);
    if (len > SSIZE_MAX / (ssize_t)sizeof(Object *) / n) return Err_NoMemory();
    if (list_reserve(l, len * n) < 0) return NULL;
    for (ssize_t k = 1; k < n; k++)
        for (ssize_t i = 0; i < len; i++) l->items[k * len + i] = NEWREF(l->items[i]);
    l->len = len * n;
    return NEWREF(a);
}

static Object *list_iter(Object *o);

static Object *list_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return list_alloc(t);
}

static int list_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *iterable;
    if (Arg_Unpack(List_Type.args, "list", args, nargs, kwnames, &iterable) < 0) return -1;
    if (LIST_LEN(self)) list_clear_items((List *)self);
    if (iterable) return List_Extend(self, iterable);
    return 0;
}

/* ---- methods ---------------------------------------------------------------- */

static Object *list_append(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (List_Append(self, args[0]) < 0) return NULL;
    RETURN_NONE;
}

static Object *list_extend(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (List_Extend(self, args[0]) < 0) return NULL;
    RETURN_NONE;
}

static Object *list_insert(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t i;
    if (Index_AsSsizeArg(args[0], &i) < 0) return NULL;
    if (List_Insert(self, i, args[1]) < 0) return NULL;
    RETURN_NONE;
}

/* Takes the last item out of a non-empty list (a new reference: the list's). */
Object *List_PopLast(Object *o) {
    List *l = (List *)o;
    Object *v = l->items[l->len - 1];
    list_resize(l, l->len - 1); /* shrinking cannot fail */
    return v;
}

static Object *list_pop(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    List *l = (List *)self;
    ssize_t i = -1;
    if (nargs && Index_AsSsizeArg(args[0], &i) < 0) return NULL;
    if (l->len == 0) {
        Err_SetString(Exc_IndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0) i += l->len;
    if (i < 0 || i >= l->len) {
        Err_SetString(Exc_IndexError, "pop index out of range");
        return NULL;
    }
    Object *v = l->items[i];
    if (i < l->len - 1) memmove(&l->items[i], &l->items[i + 1], sizeof(Object *) * (size_t)(l->len - i - 1));
    list_resize(l, l->len - 1);
    return v;
}

static Object *list_remove(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    List *l = (List *)self;
    for (ssize_t i = 0; i < l->len; i++) {
        Object *x = NEWREF(l->items[i]);
        int r = Obj_RichCompareBool(x, args[0], CMP_EQ);
        DECREF(x);
        if (r < 0) return NULL;
        if (r) {
            if (i < l->len && list_ass_slice(l, i, i + 1, NULL, 0) < 0) return NULL;
            RETURN_NONE;
        }
    }
    Err_SetString(Exc_ValueError, "list.remove(x): x not in list");
    return NULL;
}

static Object *list_index(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    List *l = (List *)self;
    ssize_t start, stop;
    if (Seq_IndexBounds(args, nargs, l->len, &start, &stop) < 0) return NULL;
    for (ssize_t i = start; i < stop && i < l->len; i++) {
        Object *x = NEWREF(l->items[i]);
        int r = Obj_RichCompareBool(x, args[0], CMP_EQ);
        DECREF(x);
        if (r < 0) return NULL;
        if (r) return SMALL_FROM(i);
    }
    Err_SetString(Exc_ValueError, "list.index(x): x not in list");
    return NULL;
}

static Object *list_count(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    List *l = (List *)self;
    ssize_t c = 0;
    for (ssize_t i = 0; i < l->len; i++) {
        Object *x = NEWREF(l->items[i]);
        int r = Obj_RichCompareBool(x, args[0], CMP_EQ);
        DECREF(x);
        if (r < 0) return NULL;
        c += r;
    }
    return SMALL_FROM(c);
}

static Object *list_clear_method(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    list_clear_items((List *)self);
    RETURN_NONE;
}

static Object *list_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return List_FromArray(LIST_ITEMS(self), LIST_LEN(self));
}

static Object *list_reverse(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    List_Reverse(self);
    RETURN_NONE;
}

static Object *list_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames);

/* list.__getitem__ is a method in CPython (a slot wrapper elsewhere) */
static Object *list_getitem_method(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return list_subscript(self, args[0]);
}

static const MethodDef list_methods[] = {
    {"__getitem__", list_getitem_method, 0, ARGS("($self, index, /)", "Return self[index].")},
    {"append", list_append, 0, ARGS("($self, object, /)", "Append object to the end of the list.")},
    {"extend", list_extend, 0, ARGS("($self, iterable, /)", "Extend list by appending elements from the iterable.")},
    {"insert", list_insert, 0, ARGS("($self, index, object, /)", "Insert object before index.")},
    {"pop", list_pop, 0, ARGS("($self, index=-1, /)", "Remove and return item at index (default last).")},
    {"remove", list_remove, 0, ARGS("($self, value, /)", "Remove first occurrence of value.")},
    {"index", list_index, 0, ARGS("($self, value, start=0, stop=sys.maxsize, /)", "Return first index of value.")},
    {"count", list_count, 0, ARGS("($self, value, /)", "Return number of occurrences of value.")},
    {"clear", list_clear_method, 0, ARGS("($self, /)", "Remove all items from list.")},
    {"copy", list_copy, 0, ARGS("($self, /)", "Return a shallow copy of the list.")},
    {"reverse", list_reverse, 0, ARGS("($self, /)", "Reverse *IN PLACE*.")},
    {"sort", List_SortMethod, 0,
     ARGS("($self, /, *, key=None, reverse=False)", "Sort the list in ascending order and return None.")},
    {"__reversed__", list_reversed, 0, ARGS("($self, /)", "Return a reverse iterator over the list.")},
    {NULL, NULL, 0, NULL},
};

Type List_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "list",
    .basicsize = sizeof(List),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC | TPFLAG_LIST_SUBCLASS,
    .doc = "Built-in mutable sequence.",
    .args = ARGS("(iterable=(), /)", NULL),
    .dealloc = list_dealloc,
    .repr = list_repr,
    .hash = Obj_HashNotImplemented,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .sq_concat = list_concat, .sq_repeat = list_repeat,
    .sq_inplace_concat = list_inplace_concat, .sq_inplace_repeat = list_inplace_repeat,
    .len = list_len,
    .getitem = list_subscript,
    .setitem = list_ass_subscript,
    .contains = list_contains,
    .traverse = list_traverse,
    .clear = list_clear,
    .new_ = list_new,
    .init = list_init,
    .methods = list_methods,
};

/* ---- iterators ---------------------------------------------------------- */

/* A forward iterator whose index went negative (__setstate__(-1)) yields
 * nothing but keeps its list, so a later __setstate__ can bring it back. */
typedef IndexIter ListIter;

/* (every field set at once: the allocation need not clear them) */
static Object *listiter_make(Type *t, Object *l, ssize_t start) {
    ListIter *it = (ListIter *)Obj_AllocStaticGC(t, sizeof(ListIter));
    if (!it) return NULL;
    it->seq = NEWREF(l);
    it->index = start;
    return (Object *)it;
}

static Object *list_iter(Object *o) { return listiter_make(&ListIter_Type, o, 0); }

static Object *list_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return listiter_make(&ListRevIter_Type, self, LIST_LEN(self) - 1);
}

static Object *listiter_next(Object *o) {
    ListIter *it = (ListIter *)o;
    if (!it->seq || it->index < 0) return NULL;
    if (it->index < LIST_LEN(it->seq)) return NEWREF(LIST_GET(it->seq, it->index++));
    CLEAR(it->seq);
    return NULL;
}

/* Past the first item the iterator only rests (index -1); an index beyond
 * a shrunken list ends it for good. */
static Object *listreviter_next(Object *o) {
    ListIter *it = (ListIter *)o;
    if (!it->seq || it->index < 0) return NULL;
    if (it->index < LIST_LEN(it->seq)) return NEWREF(LIST_GET(it->seq, it->index--));
    it->index = -1;
    CLEAR(it->seq);
    return NULL;
}

static Object *listiter_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ListIter *it = (ListIter *)self;
    ssize_t n = it->seq && it->index >= 0 ? LIST_LEN(it->seq) - it->index : 0;
    return SMALL_FROM(n < 0 ? 0 : n);
}

static Object *listreviter_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ListIter *it = (ListIter *)self;
    ssize_t n = it->seq && it->index < LIST_LEN(it->seq) ? it->index + 1 : 0;
    return SMALL_FROM(n < 0 ? 0 : n);
}

static Object *listiter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ListIter *it = (ListIter *)self;
    return IterBase_ReduceIndex(NULL, it->index >= 0 ? it->seq : NULL, it->index, ITER_EMPTY_LIST);
}

static Object *listreviter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ListIter *it = (ListIter *)self;
    Object *maker = IterBase_Builtin("reversed");
    Object *r = maker ? IterBase_ReduceIndex(maker, it->index >= 0 ? it->seq : NULL, it->index, ITER_EMPTY_LIST) : NULL;
    XDECREF(maker);
    return r;
}

static Object *listiter_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ListIter *it = (ListIter *)self;
    ssize_t i;
    if (IterBase_StateIndex(args[0], &i) < 0) return NULL;
    if (it->seq) it->index = IterBase_Clamp(i, -1, LIST_LEN(it->seq));
    RETURN_NONE;
}

static Object *listreviter_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ListIter *it = (ListIter *)self;
    ssize_t i;
    if (IterBase_StateIndex(args[0], &i) < 0) return NULL;
    if (it->seq) it->index = IterBase_Clamp(i, -1, LIST_LEN(it->seq) - 1);
    RETURN_NONE;
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0,
     ARGS("($self, /)", "Private method returning an estimate of len(list(it)).")},
    {"__reduce__", listiter_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {"__setstate__", listiter_setstate, 0, ARGS("($self, object, /)", ITER_SETSTATE_DOC)},
    {NULL, NULL, 0, NULL},
};
static const MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, 0,
     ARGS("($self, /)", "Private method returning an estimate of len(list(it)).")},
    {"__reduce__", listreviter_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {"__setstate__", listreviter_setstate, 0, ARGS("($self, object, /)", ITER_SETSTATE_DOC)},
    {NULL, NULL, 0, NULL},
};

Type ListIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "list_iterator",
    .basicsize = sizeof(ListIter),
    .flags = TPFLAG_GC,
    ITERBASE_SLOTS,
    .iter = Iter_Self,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

Type ListRevIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIter),
    .flags = TPFLAG_GC,
    ITERBASE_SLOTS,
    .iter = Iter_Self,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
};
