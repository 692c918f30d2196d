/* range, slice and the small iterator types the core needs. */
#ifndef CIPY_RANGE_H
#define CIPY_RANGE_H
#include "object.h"

typedef struct Slice {
    Object ob;
    Object *start, *stop, *step; /* owned, never NULL (None when absent) */
} Slice;
Object *Slice_New(Object *start, Object *stop, Object *step); /* NULL args mean None */
/* Resolves a slice against a sequence length (slice.indices); -1 on error.
 * Returns the number of items selected in *count. */
int Slice_Indices(Object *slice, ssize_t length, ssize_t *start, ssize_t *stop,
                  ssize_t *step, ssize_t *count);

/* A slice bound or a start/end argument: NULL or None leaves *out as it
 * is; an integer (__index__) is clamped to the ssize_t range; anything else
 * raises TypeError "slice indices must be integers or None or have an
 * __index__ method" (Slice_CheckIndex alone checks and raises that). */
int Slice_Index(Object *v, ssize_t *out);
int Slice_CheckIndex(Object *v);
/* The same where None is not allowed (list.index, tuple.index). */
int Slice_IndexNotNone(Object *v, ssize_t *out);
/* The optional start and end arguments of find, count, startswith and
 * friends (NULL when absent) resolved against len: end clamped to
 * [0, len], start to at least 0 (it may exceed len: nothing matches). */
int Slice_SearchBoundsSlow(Object *start_arg, Object *end_arg, ssize_t len, ssize_t *start, ssize_t *end);
static inline int Slice_SearchBounds(Object *start_arg, Object *end_arg, ssize_t len, ssize_t *start, ssize_t *end) {
    if (start_arg || end_arg) return Slice_SearchBoundsSlow(start_arg, end_arg, len, start, end);
    *start = 0; /* the usual call: the whole string */
    *end = len;
    return 0;
}
/* index(x, start, stop): args[1], args[2] when given, made non-negative. */
int Seq_IndexBounds(Object *const *args, size_t nargs, ssize_t len, ssize_t *start, ssize_t *stop);

Object *Range_New(Object *start, Object *stop, Object *step);
/* Iterator over a sequence via __getitem__ with 0, 1, 2, ... (the fallback protocol). */
Object *SeqIter_New(Object *seq);
/* An iterator that calls callable() until it returns sentinel (iter(f, s)). */
Object *CallIter_New(Object *callable, Object *sentinel);
/* operator.index(v) as an exact int: bools and int subclasses become plain ints. */
Object *Index_Exact(Object *v);

typedef struct RangeObj {
    Object ob;
    Object *start, *stop, *step, *length; /* exact ints */
} RangeObj;

/* The iterator of a range whose values all fit an int64_t. */
typedef struct RangeIter {
    Object ob;
    int64_t start, step, len;
} RangeIter;

/* FOR_ITER's direct path over a RangeIter: the next value when it is a
 * small int (nothing to allocate), else NULL with nothing done (exhausted,
 * or a larger value: the type's iternext answers). */
static inline Object *RangeIter_NextSmall(Object *o) {
    RangeIter *it = (RangeIter *)o;
    int64_t v = it->start;
    if (it->len <= 0 || !SMALL_FITS(v)) return NULL;
    it->start = (int64_t)((uint64_t)v + (uint64_t)it->step);
    it->len--;
    return SMALL_FROM(v);
}

/* Iterator types (range.c, iterators.c). */
extern Type RangeIter_Type, LongRangeIter_Type, SeqIter_Type, CallIter_Type;
#endif
