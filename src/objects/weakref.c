/* Weak references (see weakref.h): the table that finds an object's list of
 * weak references, the list itself, and weakref.ref.  The proxies are in
 * weakproxy.c.
 *
 * Order within a list: the plain reference (an exact weakref.ref without a
 * callback, shared by every ref(o) call), then the plain proxy, then the
 * others, the most recent first.  getweakrefs() shows this order and the
 * callbacks run in it, as CPython's do. */
#include "objects/weakref.h"
#include "abstract.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/typing.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/hash.h"
#include "runtime/interp.h"
#include <stdlib.h>

/* ---- the table: object address -> first weak reference ------------------- */

/* Open addressing with linear probing, at most half full; entries are
 * removed by shifting the rest of their run back, so there are no tombstones. */

/* The table is the current interpreter's (its objects are only touched
 * while it runs): Interp.weak_table, weak_cap (a power of two, or 0) and
 * weak_count. */
#define table (g_interp->weak_table)
#define table_cap (g_interp->weak_cap)
#define table_count (g_interp->weak_count)

static size_t home_of(const Object *o, size_t cap) {
    uint64_t h = ((uintptr_t)o >> 4) * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 29) & (cap - 1);
}

static WeakSlot *slot_find(const Object *o) {
    if (!g_interp || !table_count) return NULL;
    for (size_t i = home_of(o, table_cap);; i = (i + 1) & (table_cap - 1)) {
        if (table[i].key == o) return &table[i];
        if (!table[i].key) return NULL;
    }
}

bool Weak_InTable(Object *o) { return slot_find(o) != NULL; }

static WeakRef *list_head(Object *o) {
    if (!Weak_IsReferenced(o)) return NULL;
    WeakSlot *s = slot_find(o);
    return s ? s->head : NULL;
}

static void mark(Object *o, bool referenced) {
    if ((o->type->flags & TPFLAG_GC) && o->refcnt >= 0) GC_HEAD(o)->weakly_referenced = referenced;
}

static void slot_put(WeakSlot *tab, size_t cap, Object *o, WeakRef *head) {
    size_t i = home_of(o, cap);
    while (tab[i].key) i = (i + 1) & (cap - 1);
    tab[i].key = o;
    tab[i].head = head;
}

/* Adds o (not in the table yet) with its first reference: -1 on MemoryError. */
static int table_add(Object *o, WeakRef *head) {
    if ((table_count + 1) * 2 > table_cap) {
        size_t cap = table_cap ? table_cap * 2 : 64;
        WeakSlot *tab = calloc(cap, sizeof *tab);
        if (!tab) {
            Err_NoMemory();
            return -1;
        }
        for (size_t i = 0; i < table_cap; i++)
            if (table[i].key) slot_put(tab, cap, table[i].key, table[i].head);
        free(table);
        table = tab;
        table_cap = cap;
    }
    slot_put(table, table_cap, o, head);
    table_count++;
    mark(o, true);
    return 0;
}

static void table_remove(WeakSlot *s) {
    mark(s->key, false);
    size_t hole = (size_t)(s - table), mask = table_cap - 1;
    for (size_t i = (hole + 1) & mask; table[i].key; i = (i + 1) & mask) {
        /* an entry may fill the hole if its home is not between the hole and it */
        size_t home = home_of(table[i].key, table_cap);
        if (((i - home) & mask) >= ((i - hole) & mask)) {
            table[hole] = table[i];
            hole = i;
        }
    }
    table[hole].key = NULL;
    table[hole].head = NULL;
    if (--table_count == 0) {
        free(table);
        table = NULL;
        table_cap = 0;
    }
}

/* ---- the list of one object ---------------------------------------------- */

static bool is_plain_ref(const WeakRef *w) { return w->ob.type == &WeakRef_Type && !w->callback; }
static bool is_plain_proxy(const WeakRef *w) {
    return (w->ob.type == &WeakProxy_Type || w->ob.type == &WeakCallableProxy_Type) && !w->callback;
}

/* Links w (its referent set) into its referent's list: -1 on MemoryError. */
static int list_link(WeakRef *w) {
    Object *o = w->referent;
    WeakSlot *s = Weak_IsReferenced(o) ? slot_find(o) : NULL;
    if (!s) {
        w->prev = w->next = NULL;
        return table_add(o, w);
    }
    WeakRef *after = NULL; /* NULL: at the head */
    if (!is_plain_ref(w)) {
        WeakRef *h = s->head;
        if (is_plain_ref(h)) {
            after = h;
            h = h->next;
        }
        if (!is_plain_proxy(w) && h && is_plain_proxy(h)) after = h;
    }
    w->prev = after;
    w->next = after ? after->next : s->head;
    if (w->next) w->next->prev = w;
    if (after) after->next = w;
    else s->head = w;
    return 0;
}

/* Takes w out of its referent's list; it no longer refers to anything. */
static void list_unlink(WeakRef *w) {
    Object *o = w->referent;
    if (!o) return;
    w->referent = NULL;
    if (w->prev) w->prev->next = w->next;
    if (w->next) w->next->prev = w->prev;
    if (!w->prev) {
        WeakSlot *s = slot_find(o);
        if (s && w->next) s->head = w->next;
        else if (s) table_remove(s);
    }
    w->prev = w->next = NULL;
}

/* The shared reference of o that a call without callback may return: the
 * plain ref, or the plain proxy (borrowed, NULL: none yet). */
static WeakRef *shared_ref(Object *o, bool proxy) {
    WeakRef *h = list_head(o);
    if (h && is_plain_ref(h)) {
        if (!proxy) return h;
        h = h->next;
    }
    return h && proxy && is_plain_proxy(h) ? h : NULL;
}

static bool can_refer_to(Object *o) {
    if (!IS_SMALL(o) && (o->type->flags & TPFLAG_WEAKREF)) return true;
    Err_Format(Exc_TypeError, "cannot create weak reference to '%s' object", TYPE_NAME(o));
    return false;
}

/* A new weak reference of type t to o (callback NULL or owned by the caller;
 * the reference takes its own), or the shared one when t and the missing
 * callback allow. */
static Object *weak_new(Type *t, Object *o, Object *callback, Type *plain) {
    if (!can_refer_to(o)) return NULL;
    if (callback == OBJ_NONE) callback = NULL;
    if (!callback && t == plain) {
        WeakRef *shared = shared_ref(o, plain != &WeakRef_Type);
        if (shared) return NEWREF((Object *)shared);
    }
    WeakRef *w = (WeakRef *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!w) return NULL;
    w->referent = o;
    w->callback = XNEWREF(callback);
    w->hash = -1;
    if (list_link(w) < 0) {
        w->referent = NULL;
        DECREF((Object *)w);
        return NULL;
    }
    return (Object *)w;
}

/* ---- when the referent goes away ------------------------------------------ */

static void chain_add(WeakChain *c, WeakRef *w) {
    INCREF((Object *)w);
    w->next = NULL;
    if (c->last) c->last->next = w;
    else c->first = w;
    c->last = w;
}

void Weak_Detach(Object *o, WeakChain *pending, bool (*skip)(Object *wr)) {
    WeakSlot *s = slot_find(o);
    if (!s) return;
    WeakRef *w = s->head;
    table_remove(s);
    while (w) {
        WeakRef *next = w->next;
        w->referent = NULL;
        w->prev = w->next = NULL;
        /* a reference being freed itself (a subclass's dealloc releasing
         * its fields may end the referent) gets no callback */
        if (w->callback && w->ob.refcnt > 0 && !(skip && skip((Object *)w))) chain_add(pending, w);
        w = next;
    }
}

void Weak_RunCallbacks(WeakChain *pending) {
    while (pending->first) {
        WeakRef *w = pending->first;
        pending->first = w->next;
        if (!pending->first) pending->last = NULL;
        w->next = NULL;
        Object *cb = w->callback;
        w->callback = NULL; /* __callback__ is None once the referent died */
        if (cb) {
            Object *exc = Err_Fetch(); /* an exception being raised must survive */
            Object *r = Obj_CallOneArg(cb, (Object *)w);
            if (r) DECREF(r);
            else Err_WriteUnraisable("while calling weakref callback", cb);
            if (exc) Err_Restore(exc);
            DECREF(cb);
        }
        DECREF((Object *)w);
    }
}

void Weak_ClearSlow(Object *o) {
    WeakChain pending = {NULL, NULL};
    Weak_Detach(o, &pending, NULL);
    Weak_RunCallbacks(&pending);
}

static bool is_weak_type(Type *t) {
    return Type_IsSubtype(t, &WeakRef_Type) || t == &WeakProxy_Type || t == &WeakCallableProxy_Type;
}

void Weak_Park(Object *o, WeakChain *pending) {
    if (is_weak_type(o->type)) list_unlink((WeakRef *)o);
    if (Weak_IsReferenced(o)) Weak_Detach(o, pending, NULL);
}

/* ---- what _weakref's functions report -------------------------------------- */

Object *Weak_First(Object *o) {
    WeakRef *h = list_head(o);
    return NEWREF(h ? (Object *)h : OBJ_NONE);
}

ssize_t Weak_Count(Object *o) {
    ssize_t n = 0;
    for (WeakRef *w = list_head(o); w; w = w->next) n++;
    return n;
}

Object *Weak_List(Object *o) {
    Object *list = List_New(0);
    for (WeakRef *w = list_head(o); list && w; w = w->next)
        if (List_Append(list, (Object *)w) < 0) CLEAR(list);
    return list;
}

/* ---- weakref.ref ---------------------------------------------------------- */

/* The arguments of ref(object[, callback]) and of its __init__. */
static int ref_args(const char *fn, const char *name, size_t nargs, Object *kwnames) {
    if (KW_COUNT(kwnames)) {
        Err_Format(Exc_TypeError, "%s() takes no keyword arguments", fn);
        return -1;
    }
    if (nargs < 1) Err_Format(Exc_TypeError, "%s expected at least 1 argument, got 0", name);
    else if (nargs > 2) Err_Format(Exc_TypeError, "%s expected at most 2 arguments, got %zu", name, nargs);
    else return 0;
    return -1;
}

static Object *ref_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (ref_args("ref", "__new__", nargs, kwnames) < 0) return NULL;
    return weak_new(t, args[0], nargs > 1 ? args[1] : NULL, &WeakRef_Type);
}

/* __new__ did the work; __init__ only checks what a subclass passes on. */
static int ref_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)self;
    (void)args;
    return ref_args("__init__", "__init__", nargs, kwnames);
}

static Object *ref_call(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args;
    if (KW_COUNT(kwnames)) {
        Err_SetString(Exc_TypeError, "weakref() takes no keyword arguments");
        return NULL;
    }
    if (nargs) {
        Err_Format(Exc_TypeError, "weakref expected 0 arguments, got %zu", nargs);
        return NULL;
    }
    Object *o = ((WeakRef *)self)->referent;
    return NEWREF(o ? o : OBJ_NONE);
}

static hash_t ref_hash(Object *self) {
    WeakRef *w = (WeakRef *)self;
    if (w->hash != -1) return w->hash;
    if (!w->referent) {
        Err_SetString(Exc_TypeError, "weak object has gone away");
        return -1;
    }
    Object *o = NEWREF(w->referent); /* its __hash__ may drop the last other reference */
    w->hash = Obj_Hash(o);
    DECREF(o);
    return w->hash;
}

/* Two live references compare as their referents do; otherwise only a
 * reference equals itself. */
static Object *ref_richcompare(Object *a, Object *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || IS_SMALL(b) || !Type_IsSubtype(b->type, &WeakRef_Type))
        return NEWREF(OBJ_NOTIMPL);
    Object *x = ((WeakRef *)a)->referent, *y = ((WeakRef *)b)->referent;
    if (!x || !y) RETURN_BOOL((a == b) == (op == CMP_EQ));
    INCREF(x);
    INCREF(y);
    Object *r = Obj_RichCompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

/* o.__name__ looked up on its type, as special methods are (a function's
 * or a class's name, not an instance attribute): new reference or NULL,
 * with an exception set only if the descriptor raised. */
static Object *special_name(Object *o) {
    Object *d = Type_Lookup(TYPE(o), ID(__name__));
    if (!d) return NULL;
    if (!TYPE(d)->descr_get) return NEWREF(d);
    INCREF(d);
    Object *name = TYPE(d)->descr_get(d, o, TYPE(o));
    DECREF(d);
    return name;
}

/* "<weakref at 0x..; to 'C' at 0x.. (name)>": the name only for a ref
 * (not a proxy) whose referent's type gives it a str __name__. */
Object *Weak_Repr(Object *self, const char *kind, bool with_name) {
    Object *o = ((WeakRef *)self)->referent;
    if (!o) return Str_FromFormat("<%s at %p; dead>", kind, (void *)self);
    INCREF(o);
    Object *name = with_name ? special_name(o) : NULL, *r = NULL;
    if (!Err_Occurred()) {
        if (name && Str_Check(name))
            r = Str_FromFormat("<%s at %p; to '%s' at %p (%U)>", kind, (void *)self, TYPE_NAME(o), (void *)o, name);
        else
            r = Str_FromFormat("<%s at %p; to '%s' at %p>", kind, (void *)self, TYPE_NAME(o), (void *)o);
    }
    XDECREF(name);
    DECREF(o);
    return r;
}

static Object *ref_repr(Object *self) { return Weak_Repr(self, "weakref", true); }

static Object *ref_get_callback(Object *self) {
    Object *cb = ((WeakRef *)self)->callback;
    return NEWREF(cb ? cb : OBJ_NONE);
}

void Weak_Dealloc(Object *self) {
    WeakRef *w = (WeakRef *)self;
    list_unlink(w);
    CLEAR(w->callback);
    Obj_Free(self);
}

int Weak_Traverse(Object *self, VisitFn visit, void *arg) {
    Object *cb = ((WeakRef *)self)->callback;
    return cb ? visit(cb, arg) : 0;
}

int Weak_ClearRef(Object *self) {
    WeakRef *w = (WeakRef *)self;
    list_unlink(w);
    CLEAR(w->callback);
    return 0;
}

static const GetSetDef ref_getset[] = {
    {"__callback__", ref_get_callback, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const MethodDef ref_methods[] = {
    METHOD_CLASS_GETITEM("Weakrefs are generic over the type of the referenced object."),
    {NULL, NULL, 0, NULL},
};

Type WeakRef_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakRef),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .dealloc = Weak_Dealloc,
    .traverse = Weak_Traverse,
    .clear = Weak_ClearRef,
    .repr = ref_repr,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .call = ref_call,
    .new_ = ref_new,
    .init = ref_init,
    .getset = ref_getset,
    .methods = ref_methods,
};

Object *Weak_NewRef(Object *o, Object *callback) { return weak_new(&WeakRef_Type, o, callback, &WeakRef_Type); }

Object *Weak_NewProxy(Object *o, Object *callback) {
    if (!can_refer_to(o)) return NULL;
    Type *t = Obj_IsCallable(o) ? &WeakCallableProxy_Type : &WeakProxy_Type;
    return weak_new(t, o, callback, t);
}
