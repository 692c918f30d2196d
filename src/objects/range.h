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

/* Iterator types (range.c, iterators.c). */
extern Type RangeIter_Type, LongRangeIter_Type, SeqIter_Type, CallIter_Type;
#endif
