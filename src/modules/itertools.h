/* Shared by the files of the itertools module (itertools.c: the module,
 * count, cycle, repeat, chain, islice; itertools_filter.c: the iterators
 * that filter, map or regroup one input; itertools_comb.c: the
 * combinatoric ones; itertools_group.c: groupby and tee).
 *
 * Every itertools object keeps the objects it owns first, right after the
 * object header, the first of them its source iterator as in IterBase
 * (objects/iterbase.h); IT_REFS_FUNCS makes the dealloc, traverse and clear
 * functions over them.  A cleared field is NULL, which the objects read as
 * "exhausted". */
#ifndef CIPY_ITERTOOLS_H
#define CIPY_ITERTOOLS_H
#include "abstract.h"
#include "objects/iterbase.h"
#include <stddef.h>

#define IT_NREFS(Struct, last) ((offsetof(Struct, last) - offsetof(IterBase, seq)) / sizeof(Object *) + 1)
void It_Release(Object *o, size_t nrefs);
int It_Visit(Object *o, size_t nrefs, VisitFn visit, void *arg);
#define IT_REFS_FUNCS(prefix, Struct, last)                                                                       \
    static void prefix##_dealloc(Object *o) {                                                                     \
        Gc_Untrack(o);                                                                                            \
        It_Release(o, IT_NREFS(Struct, last));                                                                    \
        Obj_Free(o);                                                                                              \
    }                                                                                                             \
    static int prefix##_traverse(Object *o, VisitFn v, void *a) { return It_Visit(o, IT_NREFS(Struct, last), v, a); } \
    static int prefix##_clear(Object *o) {                                                                        \
        It_Release(o, IT_NREFS(Struct, last));                                                                    \
        return 0;                                                                                                 \
    }
/* The slots every itertools type shares (subclassable, collected, its own iterator). */
#define IT_SLOTS(prefix)                                                                               \
    .flags = TPFLAG_GC | TPFLAG_BASETYPE, .dealloc = prefix##_dealloc, .traverse = prefix##_traverse, \
    .clear = prefix##_clear, .iter = Iter_Self

/* A new zeroed instance of t (an itertools type or a subclass). */
static inline Object *It_Alloc(Type *t) { return Obj_Alloc(t, (size_t)t->basicsize); }
/* The name reprs show: "count" for itertools.count, a subclass's own name. */
const char *It_ShortName(Object *o);

extern Type Count_Type, Cycle_Type, Repeat_Type, Chain_Type, ISlice_Type;
extern Type Compress_Type, DropWhile_Type, TakeWhile_Type, FilterFalse_Type, StarMap_Type, Accumulate_Type,
    Batched_Type, Pairwise_Type, ZipLongest_Type;
extern Type Product_Type, Permutations_Type, Combinations_Type, CwR_Type;
extern Type GroupBy_Type, Grouper_Type, Tee_Type, TeeData_Type;
/* itertools.tee(iterable, n=2) */
Object *Itertools_Tee(Object *self, Object *const *args, size_t nargs, Object *kwnames);
#endif
