/* The cycle collector.  Every instance of a GC type is linked into the list
 * of the interpreter that made it, from allocation to deallocation (objects
 * of one interpreter are only ever touched by the thread running it).  A
 * collection finds the objects whose references all come from other tracked
 * objects (reference counts minus internal references reach zero, and
 * nothing reachable points at them) and breaks their cycles with each type's
 * clear slot. */
#include "gc.h"
#include "err.h"
#include "interp.h"
#include "../class.h"
#include <stdlib.h>

void Gc_Track(Object *o) {
    GcHead *h = GC_HEAD(o);
    if (h->next) return;
    Interp *in = g_interp;
    GcHead *list = &in->gc_list;
    h->prev = list->prev;
    h->next = list;
    list->prev->next = h;
    list->prev = h;
    in->gc_count++;
}

void Gc_Untrack(Object *o) {
    GcHead *h = GC_HEAD(o);
    if (!h->next) return;
    h->prev->next = h->next;
    h->next->prev = h->prev;
    h->next = h->prev = NULL;
    /* an object tracked by another interpreter (or by none, after
     * Gc_UntrackAll) never gets here: it was untracked already */
    g_interp->gc_count--;
}

void Gc_UntrackAll(Interp *in) {
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

ssize_t Gc_Collect(void) {
    Interp *in = g_interp;
    if (in->gc_running) return 0;
    in->gc_running = true;
    GcHead *const gc_list = &in->gc_list;
    GcHead *h;
restart:
    for (h = gc_list->next; h != gc_list; h = h->next) {
        Object *o = GC_OBJ(h);
        h->gc_refs = o->refcnt < 0 ? REACHABLE : o->refcnt;
    }
    for (h = gc_list->next; h != gc_list; h = h->next) {
        Object *o = GC_OBJ(h);
        if (o->type->traverse) o->type->traverse(o, visit_decref, NULL);
    }
    Stack work = {0};
    for (h = gc_list->next; h != gc_list; h = h->next)
        if (h->gc_refs > 0 || h->gc_refs == REACHABLE) {
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
            if (h->gc_refs != REACHABLE) stack_push(&garbage, GC_OBJ(h));
        if (!garbage.failed) {
            /* Hold every victim while clearing, so none is freed under our feet. */
            for (size_t i = 0; i < garbage.len; i++) INCREF(garbage.items[i]);
            /* PEP 442: __del__ methods run first, once each; they may resurrect
             * victims, so after any ran the whole collection starts over. */
            bool finalized = false;
            for (size_t i = 0; i < garbage.len; i++)
                if (Class_Finalize(garbage.items[i])) finalized = true;
            if (finalized) {
                for (size_t i = 0; i < garbage.len; i++) DECREF(garbage.items[i]);
                free(garbage.items);
                free(work.items);
                goto restart;
            }
            for (size_t i = 0; i < garbage.len; i++) {
                Object *o = garbage.items[i];
                if (o->type->clear) o->type->clear(o);
            }
            for (size_t i = 0; i < garbage.len; i++) DECREF(garbage.items[i]);
            freed = (ssize_t)garbage.len;
        }
        free(garbage.items);
    }
    free(work.items);
    in->gc_threshold = in->gc_count * 2 + 2000;
    in->gc_running = false;
    return freed;
}

void Gc_MaybeCollect(void) {
    Interp *in = g_interp;
    if (in->gc_count > in->gc_threshold && !in->gc_running) {
        /* A collection must not disturb an exception being raised. */
        Object *exc = Err_Fetch();
        Gc_Collect();
        if (exc) Err_Restore(exc);
    }
}
