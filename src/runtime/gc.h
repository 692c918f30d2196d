/* Cycle collector for container objects (types with TPFLAG_GC). */
#ifndef CIPY_GC_H
#define CIPY_GC_H
#include "object.h"

typedef struct GcHead {
    struct GcHead *next, *prev;
    ssize_t gc_refs;
    bool finalized; /* __del__ already ran (PEP 442: at most once per object) */
    bool weakly_referenced; /* has an entry in the table of weak references (objects/weakref.c) */
} GcHead;
#define GC_HEAD(o) ((GcHead *)(o) - 1)
#define GC_OBJ(h) ((Object *)((GcHead *)(h) + 1))

typedef struct Interp Interp;

/* Links o into the current interpreter's list. */
void Gc_Track(Object *o);
void Gc_Untrack(Object *o);
bool Gc_IsTracked(Object *o);
/* Runs a full collection; returns the number of unreachable objects found,
 * as CPython counts them.  The gc module's callbacks run around it. */
ssize_t Gc_Collect(void);
/* The same, telling the callbacks it is of the given generation. */
ssize_t Gc_CollectGeneration(int generation);
/* gc.freeze(): every tracked object moves out of the collections' sight;
 * gc.unfreeze() brings them back. */
void Gc_Freeze(void);
void Gc_Unfreeze(void);
ssize_t Gc_FrozenCount(void);
/* The same for shutdown: the caller holds one reference to each seed (a
 * module's dict) that does not count as keeping it alive, and finalizers
 * run breadth-first from the seeds, in order, rather than in allocation
 * order, as CPython's do for module globals at exit. */
ssize_t Gc_CollectFrom(Object *const *seeds, size_t nseeds);
/* The last collection of an interpreter: frees the garbage the finalizers of
 * earlier ones left behind, without running any more finalizers. */
ssize_t Gc_CollectFinal(void);
/* Moves the next automatic collection as far as if one had just run and
 * every tracked object had survived it: for code that has just made many
 * containers that are all alive (an unpickled structure), which a
 * collection right away would only walk. */
void Gc_CountAsSurvivors(void);
/* Called by Obj_Alloc: collects when enough containers were allocated. */
void Gc_MaybeCollect(void);
/* Unlinks every object of in's list (in must be current): they stay alive
 * but no collection sees them any more. */
void Gc_UntrackAll(Interp *in);
#endif
