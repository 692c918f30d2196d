/* Deallocation without unbounded C recursion.
 *
 * Freeing an object releases what it holds, which may free more objects:
 * dropping the head of a million-long chain (nested lists, generators
 * iterating over generators, exceptions with their __context__, instances
 * whose __dict__ holds the next one) would recurse a million levels deep on
 * the C stack.  Every deallocation goes through Obj_Dealloc, which runs the
 * type's dealloc directly while the cascade it started has not gone too
 * deep; past that, the object is parked on the running thread's pending
 * list instead, and the outermost Obj_Dealloc frees the parked objects once
 * the nested ones have returned, starting again from the top.  So the list
 * is always empty when no deallocation is running.  The links of a chain
 * of any length are freed first to last, as plain recursion would free
 * them, their __del__ methods included; only what a link holds besides the
 * next one (the other items of its container) may then be freed before the
 * rest of the chain rather than after it, as in CPython, whose
 * deallocations defer objects in the same way once its stack runs low.
 *
 * A collector-tracked object leaves the collector's list here, as soon as
 * its count reaches zero: a collection run while it is being freed (by a
 * __del__ that allocates) or while it is parked must not take it for garbage
 * and free it a second time.  A dealloc that resurrects its object (a
 * __del__ storing self somewhere) tracks it again.  While parked, an object's
 * reference count field holds the link to the next parked one. */
#include "object.h"
#include "objects/weakref.h"
#include "runtime/cstack.h"
#include "runtime/gc.h"
#include "runtime/interp.h"

typedef struct DeallocState {
    int depth;          /* Obj_Dealloc calls running on this thread */
    uintptr_t top;      /* where the outermost one started on the C stack */
    Object *pending;    /* parked objects, linked through refcnt */
    WeakChain weak;     /* callbacks of weak references to parked objects */
} DeallocState;

/* The stack a cascade of deallocations may use before parking objects:
 * about what CPython's have on its usual 8 MB stack, so that deep
 * structures are freed in a similar order; less if the thread's stack
 * leaves less, keeping room for a parked object's __del__ to run. */
#define CASCADE_STACK (8u << 20)

static inline bool cascade_too_deep(const DeallocState *d) {
    return d->top - CStack_Here() > CASCADE_STACK || CStack_Low(CSTACK_DEALLOC_RESERVE);
}

static THREAD_LOCAL DeallocState dealloc_state;

/* A parked object's count field holds a link, so nothing may reach it any
 * more: its weak references die now (their callbacks run once the parked
 * objects are freed), and a parked weak reference leaves its referent. */
static __attribute__((noinline)) void park(DeallocState *d, Object *o) {
    Weak_Park(o, &d->weak);
    o->refcnt = (ssize_t)(uintptr_t)d->pending;
    d->pending = o;
}

/* Frees the parked objects, most recently parked first (what they release
 * may be parked again, deeper down, and is freed by this same loop). */
static void free_pending(DeallocState *d) {
    while (d->pending) {
        Object *o = d->pending;
        d->pending = (Object *)(uintptr_t)o->refcnt;
        o->refcnt = 0;
        d->depth++;
        o->type->dealloc(o);
        d->depth--;
    }
}

/* The end of a cascade that parked objects: frees them, then runs the
 * callbacks of the weak references to them (whatever those free is freed
 * or parked as usual, and handled by the next round). */
static __attribute__((noinline)) void finish_cascade(DeallocState *d) {
    do {
        free_pending(d);
        d->depth++;
        Weak_RunCallbacks(&d->weak);
        d->depth--;
    } while (d->pending || d->weak.first);
}

void Obj_Dealloc(Object *o) {
    /* a float, int, str or bytes frees nothing else: no cascade to watch */
    if (o->type->flags & TPFLAG_LEAF) {
        o->type->dealloc(o);
        return;
    }
    DeallocState *d = &dealloc_state;
    if (o->type->flags & TPFLAG_GC) Gc_UntrackInline(o);
    if (d->depth == 0) {
        d->top = CStack_Here();
    } else if (cascade_too_deep(d)) {
        park(d, o);
        return;
    }
    d->depth++;
    o->type->dealloc(o);
    d->depth--;
    /* weak callbacks wait only where objects were parked */
    if (d->depth == 0 && d->pending) finish_cascade(d);
}
