/* The _bisect module: binary search in a sorted sequence, and insertion
 * that keeps it sorted.  Any sequence works (items are read by index, len()
 * is asked only when hi is not given, insertion calls its insert method); an
 * exact list is read and grown directly. */
#include "abstract.h"
#include "class.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"

/* What one search needs: the sequence, the value searched for (already
 * through the key function, if any), the key function or NULL, and the
 * bounds.  All borrowed. */
typedef struct {
    Object *seq, *x, *key;
    ssize_t lo, hi;
} Search;

/* A mapping that is not a sequence: a built-in mapping type (CPython's have
 * no sequence slots, while a class deriving from them gets them). */
static bool is_plain_mapping(Object *o) {
    Type *t = TYPE(o);
    return !(t->flags & TPFLAG_HEAPTYPE) &&
           (Dict_Check(o) || t == &MappingProxy_Type || (t->flags & TPFLAG_MAPPING));
}

/* len(seq) as the sequence protocol asks it: a mapping's length does not count. */
static ssize_t seq_length(Object *seq) {
    if (is_plain_mapping(seq) && TYPE(seq)->len) {
        Err_Format(Exc_TypeError, "%s is not a sequence", TYPE_NAME(seq));
        return -1;
    }
    return Obj_Len(seq);
}

/* Whether seq can be read by index: 0, or -1 with CPython's TypeError.
 * Asked before any search, even one that reads nothing. */
static int seq_indexable(Object *seq) {
    Type *t = TYPE(seq);
    if (t->getitem && !is_plain_mapping(seq)) return 0;
    if (t->getitem)
        Err_Format(Exc_TypeError, "%s is not a sequence", t->name);
    else
        Err_Format(Exc_TypeError, "'%s' object does not support indexing", t->name);
    return -1;
}

/* seq[i] (a new reference) of an indexable seq. */
static Object *seq_item(Object *seq, ssize_t i) {
    if (List_CheckExact(seq) && i < LIST_LEN(seq)) return NEWREF(LIST_GET(seq, i));
    Object *index = Int_FromI64(i), *item = index ? TYPE(seq)->getitem(seq, index) : NULL;
    XDECREF(index);
    return item;
}

/* The bounds from the lo and hi arguments (NULL: not given).  lo is an
 * index and not negative; hi an index or None, which means len(seq). */
static int search_bounds(Search *s, Object *lo, Object *hi) {
    s->lo = 0;
    s->hi = -1;
    if (lo && Index_AsSsizeArg(lo, &s->lo) < 0) return -1;
    if (hi && hi != OBJ_NONE) {
        if (!Index_Check(hi)) {
            Err_Format(Exc_TypeError, "argument should be integer or None, not '%s'", TYPE_NAME(hi));
            return -1;
        }
        if (Index_AsSsize(hi, Exc_OverflowError, &s->hi) < 0) return -1;
    }
    if (s->lo < 0) {
        Err_SetString(Exc_ValueError, "lo must be non-negative");
        return -1;
    }
    if (s->hi == -1 && (s->hi = seq_length(s->seq)) < 0) return -1;
    return 0;
}

/* The insertion point of s->x: before the items equal to it (left), or
 * after them.  -1 on error. */
static ssize_t search_run(const Search *s, bool left) {
    size_t lo = (size_t)s->lo, hi = (size_t)s->hi;
    if (seq_indexable(s->seq) < 0) return -1;
    while ((ssize_t)lo < (ssize_t)hi) {
        size_t mid = (lo + hi) / 2; /* unsigned: cannot overflow */
        Object *item = seq_item(s->seq, (ssize_t)mid);
        if (!item) return -1;
        if (s->key) {
            Object *k = Obj_CallOneArg(s->key, item);
            DECREF(item);
            if (!k) return -1;
            item = k;
        }
        /* left: go right while item < x; right: go left while x < item */
        int lt = left ? Obj_RichCompareBool(item, s->x, CMP_LT) : Obj_RichCompareBool(s->x, item, CMP_LT);
        DECREF(item);
        if (lt < 0) return -1;
        if (lt == left)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (ssize_t)lo;
}

/* args: a, x, lo, hi, then key (NULL where not given). */
static ssize_t bisect_args(Object *const *args, Object *x, bool left) {
    Search s = {args[0], x, args[4] && args[4] != OBJ_NONE ? args[4] : NULL, 0, 0};
    if (search_bounds(&s, args[2], args[3]) < 0) return -1;
    return search_run(&s, left);
}

static Object *bisect_find(Object *const *args, bool left) {
    ssize_t i = bisect_args(args, args[1], left);
    return i < 0 ? NULL : Int_FromI64(i);
}

static Object *bisect_insert(Object *const *args, bool left) {
    Object *seq = args[0], *x = args[1], *key = args[4];
    Object *kx = key && key != OBJ_NONE ? Obj_CallOneArg(key, x) : NEWREF(x);
    if (!kx) return NULL;
    ssize_t i = bisect_args(args, kx, left);
    DECREF(kx);
    if (i < 0) return NULL;
    if (List_CheckExact(seq)) {
        if (List_Insert(seq, i, x) < 0) return NULL;
        RETURN_NONE;
    }
    Object *call[2] = {Int_FromI64(i), x};
    if (!call[0]) return NULL;
    Object *r = Obj_CallMethodC(seq, "insert", call, 2);
    DECREF(call[0]);
    if (!r) return NULL;
    DECREF(r);
    RETURN_NONE;
}

static Object *bisect_bisect_left(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return bisect_find(args, true);
}
static Object *bisect_bisect_right(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return bisect_find(args, false);
}
static Object *bisect_insort_left(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return bisect_insert(args, true);
}
static Object *bisect_insort_right(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return bisect_insert(args, false);
}

#define BISECT_SIG "($module, /, a, x, lo=0, hi=None, *, key=None)"
#define BISECT_BOUNDS_DOC                                              \
    "Optional args lo (default 0) and hi (default len(a)) bound the\n" \
    "slice of a to be searched.\n\n"                                   \
    "A custom key function can be supplied to customize the sort order."

static const MethodDef bisect_functions[] = {
    {"bisect_right", bisect_bisect_right, 0,
     ARGS(BISECT_SIG, "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
                      "The return value i is such that all e in a[:i] have e <= x, and all e in\n"
                      "a[i:] have e > x.  So if x already appears in the list, a.insert(i, x)\n"
                      "will insert just after the rightmost x already there.\n\n" BISECT_BOUNDS_DOC)},
    {"insort_right", bisect_insort_right, 0,
     ARGS(BISECT_SIG, "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
                      "If x is already in a, insert it to the right of the rightmost x.\n\n" BISECT_BOUNDS_DOC)},
    {"bisect_left", bisect_bisect_left, 0,
     ARGS(BISECT_SIG, "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
                      "The return value i is such that all e in a[:i] have e < x, and all e in\n"
                      "a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x)\n"
                      "will insert just before the leftmost x already there.\n\n" BISECT_BOUNDS_DOC)},
    {"insort_left", bisect_insort_left, 0,
     ARGS(BISECT_SIG, "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
                      "If x is already in a, insert it to the left of the leftmost x.\n\n" BISECT_BOUNDS_DOC)},
    {NULL},
};

int Bisect_Init(Object *module) {
    Object *doc = Str_FromUTF8("Bisection algorithms.\n\n"
                               "This module provides support for maintaining a list in sorted order without\n"
                               "having to sort the list after each insertion. For long lists of items with\n"
                               "expensive comparison operations, this can be an improvement over the more\n"
                               "common approach.\n",
                               -1);
    if (Module_AddObjectSteal(module, "__doc__", doc) < 0) return -1;
    return Module_AddFunctions(module, bisect_functions);
}
