/* Cycle collector for container objects (types with TPFLAG_GC). */
#ifndef CIPY_GC_H
#define CIPY_GC_H
#include "../object.h"

typedef struct GcHead {
    struct GcHead *next, *prev;
    ssize_t gc_refs;
    bool finalized; /* __del__ already ran (PEP 442: at most once per object) */
} GcHead;
#define GC_HEAD(o) ((GcHead *)(o) - 1)
#define GC_OBJ(h) ((Object *)((GcHead *)(h) + 1))

typedef struct Interp Interp;

/* Links o into the current interpreter's list. */
void Gc_Track(Object *o);
void Gc_Untrack(Object *o);
bool Gc_IsTracked(Object *o);
/* Runs a full collection; returns the number of objects freed. */
ssize_t Gc_Collect(void);
/* Called by Obj_Alloc: collects when enough containers were allocated. */
void Gc_MaybeCollect(void);
/* Unlinks every object of in's list (in must be current): they stay alive
 * but no collection sees them any more. */
void Gc_UntrackAll(Interp *in);
#endif
