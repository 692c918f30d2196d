/* The iterators over one object (list, tuple, dict, set, str and bytes
 * iterators, reversed(), iter(sequence)) share their first fields and their
 * dealloc, traverse and clear: the object iterated, owned by the iterator
 * and dropped as soon as it is exhausted, so that a finished iterator keeps
 * nothing alive and stays finished when the object grows.
 *
 *     typedef struct ListIter { ITERBASE_HEAD; ssize_t index; } ListIter;
 *     Type ListIter_Type = {..., ITERBASE_SLOTS, ...};
 */
#ifndef CIPY_ITERBASE_H
#define CIPY_ITERBASE_H
#include "object.h"

#define ITERBASE_HEAD \
    Object ob;        \
    Object *seq /* owned; NULL once exhausted */

typedef struct IterBase {
    ITERBASE_HEAD;
} IterBase;

/* An iterator of type t (size bytes, ITERBASE_HEAD first) over seq, whose
 * other fields are zero.  New reference. */
static inline Object *IterBase_New(Type *t, size_t size, Object *seq) {
    IterBase *it = (IterBase *)Obj_Alloc(t, size);
    if (it) it->seq = NEWREF(seq);
    return (Object *)it;
}
void IterBase_Dealloc(Object *o);
int IterBase_Traverse(Object *o, VisitFn visit, void *arg);
int IterBase_Clear(Object *o);

#define ITERBASE_SLOTS .dealloc = IterBase_Dealloc, .traverse = IterBase_Traverse, .clear = IterBase_Clear

/* ---- pickling: __reduce__ and __setstate__ ----
 * An iterator reduces to a call that makes an equal iterator again: the
 * positional ones (list, tuple, str, bytes, array, iter(seq), reversed) to
 * (maker, (seq,), index), restored by __setstate__(index); once finished, to
 * (maker, (empty,)).  The others (dict, set) to iter(list of what is left). */

#define ITER_REDUCE_DOC "Return state information for pickling."
#define ITER_SETSTATE_DOC "Set state information for unpickling."

/* An iterator that walks seq by position: index is the next position (for
 * the reverse ones, the position of the next item, -1 past the first). */
typedef struct IndexIter {
    ITERBASE_HEAD;
    ssize_t index;
} IndexIter;

/* The empty object a finished iterator reduces to. */
typedef enum { ITER_EMPTY_TUPLE, ITER_EMPTY_LIST, ITER_EMPTY_STR } IterEmpty;

/* builtins.<name> (a new reference), looked up when needed as CPython
 * does, so a replaced builtin is what the reduction names; AttributeError
 * if it is missing. */
Object *IterBase_Builtin(const char *name);
/* (maker, (seq,), index), or (maker, (empty,)) when seq is NULL (finished).
 * maker is borrowed; NULL means builtins.iter.  New reference. */
Object *IterBase_ReduceIndex(Object *maker, Object *seq, ssize_t index, IterEmpty empty);
/* The position __setstate__ was given: an int (TypeError "an integer is
 * required" otherwise) that fits a ssize_t (OverflowError otherwise). */
int IterBase_StateIndex(Object *state, ssize_t *out);
static inline ssize_t IterBase_Clamp(ssize_t i, ssize_t lo, ssize_t hi) { return i < lo ? lo : i > hi ? hi : i; }
/* (iter, (list,)) with list what remains of self, read from a copy of self
 * (an ITERBASE_HEAD iterator whose other fields are plain values), so that
 * self does not move.  New reference. */
Object *IterBase_ReduceRest(Object *self);
#endif
