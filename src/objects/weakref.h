/* Weak references: weakref.ref (ReferenceType) and the two proxy types.
 *
 * An object's weak references form a doubly linked list whose head is kept
 * in a table beside the object (weakref.c), not in the object: no type needs
 * a field for it, and an object nobody refers to weakly pays nothing.  A
 * mortal GC object's GcHead says whether it is in the table, so its
 * deallocation looks there only then; other objects that may be referred
 * to weakly (code objects, immortal ones) look only while the table is not
 * empty. */
#ifndef CIPY_WEAKREF_H
#define CIPY_WEAKREF_H
#include "object.h"
#include "runtime/gc.h"

typedef struct WeakRef {
    Object ob;
    Object *referent;            /* borrowed; NULL once it died or was cleared */
    Object *callback;            /* owned or NULL */
    hash_t hash;                 /* of the referent, -1 until computed */
    struct WeakRef *prev, *next; /* the referent's list; next also chains callbacks to run */
} WeakRef;

extern Type WeakRef_Type, WeakProxy_Type, WeakCallableProxy_Type;

/* Weak references waiting for their callbacks, each held by one reference. */
typedef struct WeakChain {
    WeakRef *first, *last;
} WeakChain;

/* An entry of an interpreter's table of weak references (Interp.weak_table). */
typedef struct WeakSlot {
    Object *key;
    struct WeakRef *head;
} WeakSlot;

bool Weak_InTable(Object *o); /* o has an entry in the current interpreter's table */
/* Whether o has at least one weak reference. */
static inline bool Weak_IsReferenced(Object *o) {
    unsigned flags = o->type->flags;
    if (!(flags & TPFLAG_WEAKREF)) return false;
    if ((flags & TPFLAG_GC) && o->refcnt >= 0) return GC_HEAD(o)->weakly_referenced;
    /* static objects (built-in types) have no GcHead; immortal ones never die */
    return Weak_InTable(o);
}
/* Detaches every weak reference to o (they return None from now on) and
 * appends those whose callbacks must run to *pending, unless skip says no
 * (skip NULL: all of them). */
void Weak_Detach(Object *o, WeakChain *pending, bool (*skip)(Object *wr));
/* Calls the callbacks of pending, in order, and empties it; an exception one
 * raises is reported as unraisable. */
void Weak_RunCallbacks(WeakChain *pending);

/* The deallocation of o: its weak references die and their callbacks run.
 * Costs a flag test for objects that have none. */
void Weak_ClearSlow(Object *o);
static inline void Weak_ClearOnDealloc(Object *o) {
    if (Weak_IsReferenced(o)) Weak_ClearSlow(o);
}

/* Where weak references die: each type that allows them clears them in
 * its dealloc, as CPython's do, so that objects of other types pay
 * nothing: a class's instances after __del__ (class.c), generators before
 * they finalize, files after they close, other types first thing.  For a
 * built-in GC type (o mortal, its GcHead at hand): */
static inline void Weak_ClearBuiltin(Object *o) {
    if (GC_HEAD(o)->weakly_referenced) Weak_ClearSlow(o);
}

/* Obj_Dealloc parks o to free it later (runtime/dealloc.c), with its count
 * field reused: its weak references die now, their callbacks join pending,
 * and if o is itself a weak reference it leaves its referent's list. */
void Weak_Park(Object *o, WeakChain *pending);

/* What o.__weakref__ shows: the first weak reference to o, or None (new). */
Object *Weak_First(Object *o);
Object *Weak_List(Object *o);             /* getweakrefs(o): a new list */
ssize_t Weak_Count(Object *o);            /* getweakrefcount(o) */
Object *Weak_NewRef(Object *o, Object *callback);   /* weakref.ref(o, callback) */
Object *Weak_NewProxy(Object *o, Object *callback); /* weakref.proxy(o, callback) */

/* Shared by ref and the proxies (weakref.c). */
/* "<kind at 0x..; to 'C' at 0x..>", with " (name)" for a ref */
Object *Weak_Repr(Object *self, const char *kind, bool with_name);
void Weak_Dealloc(Object *self);
int Weak_Traverse(Object *self, VisitFn visit, void *arg);
int Weak_ClearRef(Object *self);
#endif
