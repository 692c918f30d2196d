/* The cycle collector.  Every instance of a GC type is linked into the list
 * of the interpreter that made it, from allocation to deallocation (objects
 * of one interpreter are only ever touched by the thread running it).  A
 * collection finds the objects whose references all come from other tracked
 * objects (reference counts minus internal references reach zero, and
 * nothing reachable points at them) and breaks their cycles with each type's
 * clear slot. */
#include "runtime/gc.h"
#include "abstract.h"
#include "class.h"
#include "objects/dict.h"
#include "objects/gen.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include <stdlib.h>

void Gc_Track(Object *o) { Gc_TrackInline(o); }

void Gc_Untrack(Object *o) { Gc_UntrackInline(o); }

/* Moves every object of list `from` to the end of list `to`. */
static void splice(GcHead *from, GcHead *to) {
    if (from->next == from) return;
    from->next->prev = to->prev;
    to->prev->next = from->next;
    from->prev->next = to;
    to->prev = from->prev;
    from->next = from->prev = from;
}

void Gc_Freeze(void) { splice(&g_interp->gc_list, &g_interp->gc_frozen); }

void Gc_Unfreeze(void) { splice(&g_interp->gc_frozen, &g_interp->gc_list); }

ssize_t Gc_FrozenCount(void) {
    ssize_t n = 0;
    for (GcHead *h = g_interp->gc_frozen.next; h != &g_interp->gc_frozen; h = h->next) n++;
    return n;
}

void Gc_UntrackAll(Interp *in) {
    splice(&in->gc_frozen, &in->gc_list);
    GcHead *list = &in->gc_list;
    while (list->next != list) Gc_Untrack(GC_OBJ(list->next));
    in->gc_count = 0;
}

bool Gc_IsTracked(Object *o) { return GC_HEAD(o)->next != NULL; }

/* A referent takes part in a collection only if it is a tracked,
 * mortal instance of a GC type (static objects are immortal). */
static bool participates(Object *o) {
    return o && !IS_SMALL(o) && (o->type->flags & TPFLAG_GC) && o->refcnt >= 0 && GC_HEAD(o)->next;
}

static int visit_decref(Object *o, void *arg) {
    (void)arg;
    if (participates(o) && GC_HEAD(o)->gc_refs > 0) GC_HEAD(o)->gc_refs--;
    return 0;
}

typedef struct { Object **items; size_t len, cap; bool failed; } Stack;

static void stack_push(Stack *s, Object *o) {
    if (s->len == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        Object **n = realloc(s->items, cap * sizeof *n);
        if (!n) { s->failed = true; return; }
        s->items = n;
        s->cap = cap;
    }
    s->items[s->len++] = o;
}

#define REACHABLE (-1)

static int visit_reachable(Object *o, void *arg) {
    if (participates(o) && GC_HEAD(o)->gc_refs != REACHABLE) {
        GC_HEAD(o)->gc_refs = REACHABLE;
        stack_push((Stack *)arg, o);
    }
    return 0;
}

#define QUEUED (-2)

typedef struct {
    Stack *queue;
    Object *inline_dict; /* the __dict__ of the object being expanded, or NULL */
} Expansion;

static int visit_queue(Object *o, void *arg) {
    Expansion *x = arg;
    if (!participates(o) || GC_HEAD(o)->gc_refs < 0) return 0; /* reachable, or queued already */
    GC_HEAD(o)->gc_refs = QUEUED;
    stack_push(x->queue, o);
    if (o == x->inline_dict) {
        /* CPython keeps an instance's attributes inline: they count as the
         * instance's own references, one level up */
        Expansion inner = {x->queue, NULL};
        return o->type->traverse ? o->type->traverse(o, visit_queue, &inner) : 0;
    }
    return 0;
}

/* Reorders the garbage breadth-first from the seeds, over the references
 * each object's traverse reports (then whatever the seeds do not reach, in
 * list order): the order in which CPython's shutdown collection finds the
 * contents of module dicts.  Leaves the garbage's gc_refs at QUEUED. */
static void order_from(Stack *garbage, Object *const *seeds, size_t nseeds) {
    Stack queue = {0};
    Expansion x = {&queue, NULL};
    for (size_t i = 0; i < nseeds; i++) visit_queue(seeds[i], &x);
    for (size_t i = 0; i < queue.len && !queue.failed; i++) {
        Object *o = queue.items[i];
        Object **dp = (o->type->flags & TPFLAG_HEAPTYPE) ? Obj_DictPtr(o) : NULL;
        x.inline_dict = dp ? *dp : NULL;
        if (o->type->traverse) o->type->traverse(o, visit_queue, &x);
    }
    for (size_t i = 0; i < garbage->len; i++) visit_queue(garbage->items[i], &(Expansion){&queue, NULL});
    if (!queue.failed && queue.len == garbage->len) {
        free(garbage->items);
        *garbage = queue;
    } else {
        free(queue.items);
    }
}

/* A weak reference that is garbage itself gets no callback. */
static bool is_garbage(Object *wr) { return participates(wr) && GC_HEAD(wr)->gc_refs != REACHABLE; }

/* As CPython: the weak references to the garbage die before any finalizer
 * runs, and then the callbacks of those that live on run (they cannot reach
 * the garbage, which stays held). */
static void clear_weakrefs(Stack *garbage) {
    WeakChain pending = {NULL, NULL};
    for (size_t i = 0; i < garbage->len; i++)
        if (Weak_IsReferenced(garbage->items[i])) Weak_Detach(garbage->items[i], &pending, is_garbage);
    Weak_RunCallbacks(&pending);
}

/* Whether CPython's collector would have stopped tracking tuple t: it
 * does so for tuples whose items cannot take part in a cycle (str, int,
 * None, other such tuples), before it looks for garbage. */
static bool atomic_tuple(Object *t, int depth) {
    if (t->type != &Tuple_Type || depth > 8) return false;
    for (ssize_t i = 0; i < TUPLE_LEN(t); i++) {
        Object *item = TUPLE_GET(t, i);
        if (!IS_SMALL(item) && (item->type->flags & TPFLAG_GC) && !atomic_tuple(item, depth + 1)) return false;
    }
    return true;
}

/* How many of the garbage CPython would not count in what gc.collect()
 * returns: instance dicts that nothing but their instance holds (CPython
 * keeps such attributes inside the instance), and tuples it no longer
 * tracks.  (The garbage is held once more by the collection.) */
static ssize_t uncounted(Stack *garbage) {
    ssize_t n = 0;
    for (size_t i = 0; i < garbage->len; i++) {
        Object *o = garbage->items[i];
        Object **dp = (o->type->flags & TPFLAG_HEAPTYPE) ? Obj_DictPtr(o) : NULL;
        if (dp && *dp && (*dp)->type == &Dict_Type && (*dp)->refcnt == 2 && is_garbage(*dp)) n++;
        if (atomic_tuple(o, 0)) n++;
    }
    return n;
}

/* One collection; each seed is held once by the caller, a reference that
 * does not keep it alive, and orders the finalizers (see order_from). */
static ssize_t collect(Object *const *seeds, size_t nseeds, bool finalize) {
    Interp *in = g_interp;
    if (in->gc_running) return 0;
    in->gc_running = true;
    GcHead *const gc_list = &in->gc_list;
    GcHead *h;
    /* What the finalizers run here make is tracked after `mark` and counts as
     * alive until the next collection: a __del__ that always leaves new
     * garbage with a __del__ behind must not keep this one going for ever. */
    GcHead mark = {gc_list, gc_list->prev, REACHABLE, false};
    gc_list->prev->next = &mark;
    gc_list->prev = &mark;
restart:;
    bool fresh = false;
    for (h = gc_list->next; h != gc_list; h = h->next) {
        if (h == &mark) {
            fresh = true;
            continue;
        }
        Object *o = GC_OBJ(h);
        h->gc_refs = fresh || o->refcnt < 0 ? REACHABLE : o->refcnt;
    }
    for (h = gc_list->next; h != gc_list; h = h->next) {
        Object *o = h == &mark ? NULL : GC_OBJ(h);
        if (o && o->type->traverse) o->type->traverse(o, visit_decref, NULL);
    }
    for (size_t i = 0; i < nseeds; i++) visit_decref(seeds[i], NULL);
    Stack work = {0};
    for (h = gc_list->next; h != gc_list; h = h->next)
        if (h != &mark && (h->gc_refs > 0 || h->gc_refs == REACHABLE)) {
            h->gc_refs = REACHABLE;
            stack_push(&work, GC_OBJ(h));
        }
    while (work.len && !work.failed) {
        Object *o = work.items[--work.len];
        if (o->type->traverse) o->type->traverse(o, visit_reachable, &work);
    }
    ssize_t freed = 0;
    if (!work.failed) {
        Stack garbage = {0};
        for (h = gc_list->next; h != gc_list; h = h->next)
            if (h != &mark && h->gc_refs != REACHABLE) stack_push(&garbage, GC_OBJ(h));
        if (nseeds && !garbage.failed) order_from(&garbage, seeds, nseeds);
        if (!garbage.failed) {
            /* Hold every victim while clearing, so none is freed under our feet. */
            for (size_t i = 0; i < garbage.len; i++) INCREF(garbage.items[i]);
            clear_weakrefs(&garbage);
            /* PEP 442: __del__ methods run first, once each; they may resurrect
             * victims, so after any ran the whole collection starts over. */
            bool finalized = false;
            for (size_t i = 0; i < garbage.len; i++) {
                Object *o = garbage.items[i];
                if (!finalize) GC_HEAD(o)->finalized = true; /* nor when it is freed */
                else if (Class_Finalize(o) || Gen_Finalize(o)) finalized = true;
            }
            if (finalized) {
                for (size_t i = 0; i < garbage.len; i++) DECREF(garbage.items[i]);
                free(garbage.items);
                free(work.items);
                goto restart;
            }
            freed = (ssize_t)garbage.len - uncounted(&garbage);
            for (size_t i = 0; i < garbage.len; i++) {
                Object *o = garbage.items[i];
                if (o->type->clear) o->type->clear(o);
            }
            for (size_t i = 0; i < garbage.len; i++) DECREF(garbage.items[i]);
        }
        free(garbage.items);
    }
    free(work.items);
    mark.prev->next = mark.next;
    mark.next->prev = mark.prev;
    in->gc_threshold = in->gc_count * 2 + 2000;
    in->gc_running = false;
    return freed;
}

/* Calls gc.callbacks with (phase, info) as CPython does around each
 * collection; an exception one raises is reported as unraisable. */
static void run_callbacks(const char *phase, int generation, ssize_t collected) {
    Object *list = g_interp->gc_callbacks;
    if (!list || !LIST_LEN(list)) return;
    Object *exc = Err_Fetch();
    Object *copy = List_FromArray(((List *)list)->items, LIST_LEN(list));
    Object *info = Dict_New(), *ph = Str_FromUTF8(phase, -1);
    if (copy && info && ph && Dict_SetStr(info, "generation", SMALL_FROM(generation)) == 0 &&
        Dict_SetStr(info, "collected", SMALL_FROM(collected)) == 0 &&
        Dict_SetStr(info, "uncollectable", SMALL_FROM(0)) == 0) {
        for (ssize_t i = 0; i < LIST_LEN(copy); i++) {
            Object *args[2] = {ph, info};
            Object *r = Obj_Call(LIST_GET(copy, i), args, 2, NULL);
            if (r) DECREF(r);
            else Err_WriteUnraisable("in garbage collector callback", LIST_GET(copy, i));
        }
    }
    Err_Clear();
    XDECREF(copy);
    XDECREF(info);
    XDECREF(ph);
    if (exc) Err_Restore(exc);
}

ssize_t Gc_CollectGeneration(int generation) {
    Interp *in = g_interp;
    if (in->gc_running) return 0;
    /* The callbacks allocate: a collection still due must not start
     * again inside them (nor one asked for by gc.collect()). */
    in->gc_running = true;
    run_callbacks("start", generation, 0);
    in->gc_running = false;
    ssize_t n = collect(NULL, 0, true);
    in->gc_collections++;
    in->gc_collected += n;
    in->gc_running = true;
    run_callbacks("stop", generation, n);
    in->gc_running = false;
    return n;
}

ssize_t Gc_Collect(void) { return Gc_CollectGeneration(2); }

ssize_t Gc_CollectFrom(Object *const *seeds, size_t nseeds) { return collect(seeds, nseeds, true); }

ssize_t Gc_CollectFinal(void) { return collect(NULL, 0, false); }

void Gc_CountAsSurvivors(void) {
    Interp *in = g_interp;
    ssize_t threshold = in->gc_count * 2 + 2000;
    if (threshold > in->gc_threshold) in->gc_threshold = threshold;
}

void Gc_MaybeCollect(void) {
    Interp *in = g_interp;
    if (Gc_Due() && !in->gc_running && !in->gc_disabled && in->gc_thresholds[0]) {
        /* A collection must not disturb an exception being raised. */
        Object *exc = Err_Fetch();
        Gc_CollectGeneration(0);
        if (exc) Err_Restore(exc);
    }
}
