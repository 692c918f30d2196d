/* tuple: immutable array of owned references. */
#ifndef CIPY_TUPLE_H
#define CIPY_TUPLE_H
#include "../object.h"

typedef struct Tuple {
    Object ob;
    ssize_t len;
    Object *items[];
} Tuple;

#define TUPLE_LEN(t) (((Tuple *)(t))->len)
#define TUPLE_ITEMS(t) (((Tuple *)(t))->items)
#define TUPLE_GET(t, i) (((Tuple *)(t))->items[i])

/* New tuple of n NULL slots; the caller fills every slot with an owned
 * reference (TUPLE_ITEMS(t)[i] = v) before the tuple escapes. */
Object *Tuple_New(ssize_t n);
/* Borrowed items, increfed into a new tuple. */
Object *Tuple_FromArray(Object *const *items, ssize_t n);
/* Like Tuple_FromArray but steals the n references. */
Object *Tuple_FromArraySteal(Object *const *items, ssize_t n);
Object *Tuple_Pack(ssize_t n, ...);      /* borrowed arguments */
Object *Tuple_Empty(void);               /* new reference to the shared () */
Object *Tuple_FromIterable(Object *it);  /* tuple(it) */
Object *Tuple_GetSlice(Object *t, ssize_t lo, ssize_t hi);
hash_t Tuple_Hash(Object *t);
#endif
