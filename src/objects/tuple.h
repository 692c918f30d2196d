/* tuple: immutable array of owned references. */
#ifndef CIPY_TUPLE_H
#define CIPY_TUPLE_H
#include "object.h"

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
extern Type TupleIter_Type;

/* ---- helpers shared by the container types (tuple.c) ---------------------- */
/* Guards repr of self-referencing containers: 1 if o is already being
 * repr'd (print "[...]"), 0 after registering o, -1 on error.  Every 0 return
 * must be paired with Repr_Leave(o). */
int Repr_Enter(Object *o);
void Repr_Leave(Object *o);
/* Frees the running thread's repr registry (at thread exit). */
void Repr_ThreadExit(void);
/* True when o can be used as an index (int or has __index__). */
bool Index_Check(Object *o);
/* operator.index(o) as ssize_t.  A value that does not fit raises exc with
 * "cannot fit 'int' into an index-sized integer", or is clamped when exc is NULL. */
int Index_AsSsize(Object *o, Type *exc, ssize_t *out);
/* The same for a ssize_t method argument: OverflowError
 * "Python int too large to convert to C ssize_t" when it does not fit. */
int Index_AsSsizeArg(Object *o, ssize_t *out);
/* Rewrites a TypeError raised while hashing key into 3.14's
 * "cannot use 'list' as a dict key (unhashable type: 'list')"; what is
 * "a dict key" or "a set element". Other errors are left alone. */
void Err_UnhashableKey(Object *key, const char *what);
/* CPython's tuple hash over an array of items; -1 on error. */
hash_t Hash_Sequence(Object *const *items, ssize_t n);
/* Lexicographic rich comparison of two item arrays, re-read through the
 * pointers at each step (list items can move during comparison). */
Object *Seq_RichCompare(Object *const *const *pa, const ssize_t *na, Object *const *const *pb,
                        const ssize_t *nb, int op);
/* For seq * n / n * seq slots: finds which operand is the sequence and the
 * count (negative clamps to 0).  1 ok, 0 not an index (NotImplemented), -1 error. */
int Seq_RepeatCount(Object *a, Object *b, bool (*is_seq)(Object *), Object **seq, ssize_t *n);
/* tp_iter for iterators: returns a new reference to o. */
Object *Iter_Self(Object *o);
#endif
