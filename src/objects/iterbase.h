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
#endif
