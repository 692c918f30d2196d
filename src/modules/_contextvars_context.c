/* contextvars.Context: a mapping of context variables to values, the
 * current one in Interp.context, and its keys/values/items iterators.
 * How contexts share their dict is told in _contextvars.h. */
#include "abstract.h"
#include "modules/_contextvars.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include <stdlib.h>

#define CTX(o) ((Context *)(o))
#define CVAR(o) ((ContextVar *)(o))

static Object *context_with_vars(Object *vars) {
    Object *ctx = Obj_Alloc(&Context_Type, sizeof(Context));
    if (ctx) CTX(ctx)->vars = XNEWREF(vars);
    return ctx;
}

Object *Context_New(void) { return context_with_vars(NULL); }

Object *Context_CopyCurrent(void) {
    Object *cur = g_interp->context;
    return context_with_vars(cur ? CTX(cur)->vars : NULL);
}

Object *Context_Current(void) {
    if (!g_interp->context) g_interp->context = Context_New();
    return g_interp->context;
}

int Context_Enter(Object *ctx) {
    if (CTX(ctx)->entered) {
        Err_Format(Exc_RuntimeError, "cannot enter context: %R is already entered", ctx);
        return -1;
    }
    CTX(ctx)->prev = g_interp->context; /* the interpreter's reference moves here */
    CTX(ctx)->entered = true;
    g_interp->context = NEWREF(ctx);
    return 0;
}

int Context_Exit(Object *ctx) {
    if (!CTX(ctx)->entered) {
        Err_Format(Exc_RuntimeError, "cannot exit context: %R has not been entered", ctx);
        return -1;
    }
    if (g_interp->context != ctx) {
        Err_SetString(Exc_RuntimeError, "cannot exit context: thread state references a different context object");
        return -1;
    }
    g_interp->context = CTX(ctx)->prev;
    CTX(ctx)->prev = NULL;
    CTX(ctx)->entered = false;
    DECREF(ctx); /* the interpreter's reference */
    return 0;
}

/* var's value in vars (a dict or NULL), borrowed; NULL when absent.
 * ContextVars hash and compare by identity, so the lookup runs no code.
 * (The dict is private, but gc.get_referents() shows it: a program may
 * have put other keys in it, which are never found, and whose __eq__
 * failing is ignored.) */
static Object *vars_lookup(Object *vars, Object *var) {
    Object *v;
    if (!vars || !ContextVar_Check(var)) return NULL;
    int r = Dict_LookupHash(vars, var, CVAR(var)->hash, &v);
    if (r < 0) Err_Clear();
    return r > 0 ? v : NULL;
}

Object *Context_Lookup(Object *ctx, Object *var) { return vars_lookup(ctx ? CTX(ctx)->vars : NULL, var); }

uint64_t Context_VarsVersion(Object *ctx) {
    Object *vars = ctx ? CTX(ctx)->vars : NULL;
    return vars ? ((Dict *)vars)->version : 0;
}

int Context_Store(Object *ctx, Object *var, Object *value) {
    Object *vars = CTX(ctx)->vars;
    if (!vars || vars->refcnt > 1) {
        /* shared with another context or a snapshot: change a copy */
        Object *mine = vars ? Dict_Copy(vars) : Dict_New();
        if (!mine) return -1;
        SETREF(CTX(ctx)->vars, mine);
        vars = mine;
    }
    if (value) return Dict_SetItemHash(vars, var, CVAR(var)->hash, value);
    Object *old;
    int r = Dict_PopHash(vars, var, CVAR(var)->hash, &old);
    if (r > 0) DECREF(old);
    if (r == 0) Err_SetObject(Exc_LookupError, var);
    return r > 0 ? 0 : -1;
}

static ssize_t vars_len(Object *ctx) { return CTX(ctx)->vars ? Dict_Len(CTX(ctx)->vars) : 0; }

/* ---- the order of iteration ------------------------------------------------
 * CPython keeps a context in a hash array mapped trie, whose iteration
 * visits the variables ordered by their hash folded to 32 bits, read five
 * bits at a time from the low end: by the lowest five bits first, then the
 * next five, and so on.  The same order is given here by sorting on those
 * groups of bits, most significant first.  (Variables hash by their
 * address, so the order differs from run to run, as it does in CPython.) */

typedef struct OrderEntry {
    uint64_t rank;
    ssize_t seq;    /* insertion position: keeps full hash collisions in order */
    Object *var;
} OrderEntry;

static uint64_t trie_rank(hash_t h) {
    uint64_t u = (uint64_t)h;
    uint32_t folded = (uint32_t)(u & 0xffffffffu) ^ (uint32_t)(u >> 32);
    uint64_t rank = 0;
    for (int shift = 0; shift < 32; shift += 5) rank = rank << 5 | ((folded >> shift) & 31);
    return rank;
}

static int order_compare(const void *a, const void *b) {
    const OrderEntry *x = a, *y = b;
    if (x->rank != y->rank) return x->rank < y->rank ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* A new tuple of the variables of vars (a dict, or NULL) in iteration order. */
static Object *vars_in_order(Object *vars) {
    ssize_t n = vars ? Dict_Len(vars) : 0;
    if (n == 0) return Tuple_Empty();
    OrderEntry *entries = malloc((size_t)n * sizeof *entries);
    if (!entries) return Err_NoMemory();
    ssize_t pos = 0, i = 0;
    Object *k, *v;
    while (i < n && Dict_Next(vars, &pos, &k, &v)) {
        entries[i] = (OrderEntry){ContextVar_Check(k) ? trie_rank(CVAR(k)->hash) : 0, i, k};
        i++;
    }
    qsort(entries, (size_t)i, sizeof *entries, order_compare);
    Object *order = Tuple_New(i);
    if (order)
        for (ssize_t j = 0; j < i; j++) TUPLE_ITEMS(order)[j] = NEWREF(entries[j].var);
    free(entries);
    return order;
}

/* ---- iterators: keys, values, items ------------------------------------------ */

typedef struct ContextIter {
    Object ob;
    Object *vars;   /* the dict iterated (owned; never changed while shared), or NULL */
    Object *order;  /* tuple of its variables in iteration order (owned) */
    ssize_t pos;
} ContextIter;

#define CITER(o) ((ContextIter *)(o))

static Object *context_iter_new(Type *t, Object *ctx) {
    Object *order = vars_in_order(CTX(ctx)->vars);
    if (!order) return NULL;
    Object *it = Obj_Alloc(t, sizeof(ContextIter));
    if (!it) {
        DECREF(order);
        return NULL;
    }
    CITER(it)->vars = XNEWREF(CTX(ctx)->vars);
    CITER(it)->order = order;
    return it;
}

static void context_iter_dealloc(Object *o) {
    CLEAR(CITER(o)->vars);
    CLEAR(CITER(o)->order);
    Obj_Free(o);
}

static int context_iter_traverse(Object *o, VisitFn visit, void *arg) {
    if (CITER(o)->vars && visit(CITER(o)->vars, arg)) return 1;
    return CITER(o)->order && visit(CITER(o)->order, arg);
}

static int context_iter_clear(Object *o) {
    CLEAR(CITER(o)->vars);
    CLEAR(CITER(o)->order);
    return 0;
}

static Object *context_iter_self(Object *o) { return NEWREF(o); }

/* len() of these iterators is the size of the whole context, not what is
 * left, as in CPython. */
static ssize_t context_iter_len(Object *o) { return CITER(o)->order ? TUPLE_LEN(CITER(o)->order) : 0; }

/* The next variable (borrowed) and its value (borrowed), or NULL at the end. */
static Object *context_iter_step(Object *o, Object **value) {
    ContextIter *it = CITER(o);
    while (it->order && it->pos < TUPLE_LEN(it->order)) {
        Object *var = TUPLE_GET(it->order, it->pos++);
        /* always found, unless a program changed the dict behind the
         * context's back (gc.get_referents() shows it) */
        if ((*value = vars_lookup(it->vars, var))) return var;
    }
    return NULL;
}

static Object *context_keys_next(Object *o) {
    Object *value, *var = context_iter_step(o, &value);
    return var ? NEWREF(var) : NULL;
}

static Object *context_values_next(Object *o) {
    Object *value, *var = context_iter_step(o, &value);
    return var ? NEWREF(value) : NULL;
}

static Object *context_items_next(Object *o) {
    Object *value, *var = context_iter_step(o, &value);
    return var ? Tuple_Pack(2, var, value) : NULL;
}

#define CONTEXT_ITER_TYPE(ctype, cname, next_fn)                                                       \
    Type ctype = {                                                                                     \
        .ob = OBJ_HEAD_INIT(&Type_Type),                                                               \
        .name = cname,                                                                                 \
        .basicsize = sizeof(ContextIter),                                                              \
        .flags = TPFLAG_GC,                                                                            \
        .dealloc = context_iter_dealloc,                                                               \
        .iter = context_iter_self,                                                                     \
        .iternext = next_fn,                                                                           \
        .len = context_iter_len,                                                                       \
        .traverse = context_iter_traverse,                                                             \
        .clear = context_iter_clear,                                                                   \
    }

CONTEXT_ITER_TYPE(ContextKeys_Type, "keys", context_keys_next);
CONTEXT_ITER_TYPE(ContextValues_Type, "values", context_values_next);
CONTEXT_ITER_TYPE(ContextItems_Type, "items", context_items_next);

/* ---- the Context type ------------------------------------------------------------ */

static Object *context_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_NoneGiven(nargs, kwnames, "Context() does not accept any arguments", NULL) < 0) return NULL;
    return Context_New();
}

static void context_dealloc(Object *o) {
    Weak_ClearBuiltin(o);
    CLEAR(CTX(o)->vars);
    CLEAR(CTX(o)->prev);
    Obj_Free(o);
}

static int context_traverse(Object *o, VisitFn visit, void *arg) {
    if (CTX(o)->vars && visit(CTX(o)->vars, arg)) return 1;
    return CTX(o)->prev && visit(CTX(o)->prev, arg);
}

static int context_clear(Object *o) {
    CLEAR(CTX(o)->vars);
    CLEAR(CTX(o)->prev);
    return 0;
}

/* The variable a mapping method was given, or NULL with CPython's TypeError. */
static Object *var_key(Object *key) {
    if (ContextVar_Check(key)) return key;
    Err_Format(Exc_TypeError, "a ContextVar key was expected, got %R", key);
    return NULL;
}

static Object *context_getitem(Object *self, Object *key) {
    if (!var_key(key)) return NULL;
    Object *v = Context_Lookup(self, key);
    if (!v) Err_SetKeyError(key);
    return XNEWREF(v);
}

static int context_contains(Object *self, Object *key) {
    if (!var_key(key)) return -1;
    return Context_Lookup(self, key) != NULL;
}

static ssize_t context_len(Object *self) { return vars_len(self); }

static Object *context_iter(Object *self) { return context_iter_new(&ContextKeys_Type, self); }

/* Equal contexts hold the same variables with equal values. */
static int contexts_equal(Object *a, Object *b) {
    if (a == b || CTX(a)->vars == CTX(b)->vars) return 1;
    if (vars_len(a) != vars_len(b)) return 0;
    if (vars_len(a) == 0) return 1;
    /* holding the dict makes it shared: an __eq__ that sets a variable
     * changes a copy, never the dict walked here */
    Object *vars = NEWREF(CTX(a)->vars), *k, *v;
    ssize_t pos = 0;
    int r = 1;
    while (r == 1 && Dict_Next(vars, &pos, &k, &v)) {
        Object *w = Context_Lookup(b, k);
        if (!w) {
            r = 0;
            break;
        }
        INCREF(v);
        INCREF(w);
        r = Obj_RichCompareBool(v, w, CMP_EQ);
        DECREF(v);
        DECREF(w);
    }
    DECREF(vars);
    return r;
}

static Object *context_richcompare(Object *a, Object *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !Context_Check(b)) return NEWREF(OBJ_NOTIMPL);
    INCREF(a);
    INCREF(b);
    int r = contexts_equal(a, b);
    DECREF(a);
    DECREF(b);
    if (r < 0) return NULL;
    return NEWREF(Bool_From((r == 1) == (op == CMP_EQ)));
}

/* run(callable, /, *args, **kwargs): the call, with self current. */
static Object *context_run(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_AtLeast(nargs, 1, "run() missing 1 required positional argument", NULL, NULL) < 0) return NULL;
    if (Context_Enter(self) < 0) return NULL;
    Object *r = Obj_Call(args[0], args + 1, nargs - 1, kwnames);
    if (Context_Exit(self) < 0) CLEAR(r);
    return r;
}

static Object *context_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return context_with_vars(CTX(self)->vars);
}

static Object *context_get(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (!var_key(args[0])) return NULL;
    Object *v = Context_Lookup(self, args[0]);
    return NEWREF(v ? v : nargs > 1 ? args[1] : OBJ_NONE);
}

static Object *context_keys(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return context_iter_new(&ContextKeys_Type, self);
}

static Object *context_values(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return context_iter_new(&ContextValues_Type, self);
}

static Object *context_items(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return context_iter_new(&ContextItems_Type, self);
}

static const MethodDef context_methods[] = {
    {"run", context_run, 0, ARGS_F(ARG_UNCHECKED | ARG_NO_TEXT_SIG, "($self, callable, /, *args, **kwargs)", NULL)},
    {"copy", context_copy, 0, ARGS("($self, /)", "Return a shallow copy of the context object.")},
    {"get", context_get, 0,
     ARGS("($self, key, default=None, /)",
          "Return the value for `key` if `key` has the value in the context object.\n\n"
          "If `key` does not exist, return `default`.  If `default` is not\n"
          "given, return None.")},
    {"keys", context_keys, 0, ARGS("($self, /)", "Return a list of all variables in the context object.")},
    {"values", context_values, 0, ARGS("($self, /)", "Return a list of all variables' values in the context object.")},
    {"items", context_items, 0,
     ARGS("($self, /)",
          "Return all variables and their values in the context object.\n\n"
          "The result is returned as a list of 2-tuples (variable, value).")},
    {NULL, NULL, 0, NULL},
};

Type Context_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_contextvars.Context",
    .basicsize = sizeof(Context),
    .flags = TPFLAG_GC | TPFLAG_WEAKREF | TPFLAG_MAPPING,
    .dealloc = context_dealloc,
    .hash = Obj_HashNotImplemented,
    .richcompare = context_richcompare,
    .iter = context_iter,
    .len = context_len,
    .getitem = context_getitem,
    .contains = context_contains,
    .traverse = context_traverse,
    .clear = context_clear,
    .new_ = context_new,
    .methods = context_methods,
};
