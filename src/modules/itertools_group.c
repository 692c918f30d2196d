/* groupby and its _grouper, tee and its _tee and _tee_dataobject. */
#include "modules/itertools.h"
#include "modules/itertools_docs.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"

/* ---- groupby -------------------------------------------------------------------------- */

/* The groupby reads the source one item ahead (currvalue, with its key
 * currkey).  Only the newest _grouper (currgrouper) may take items: an older
 * one is finished as soon as the groupby moves on. */
typedef struct GroupBy {
    ITERBASE_HEAD;
    Object *keyfunc;    /* NULL or None: the item is its own key */
    Object *tgtkey;     /* the key of the current group */
    Object *currkey, *currvalue;
    Object *currgrouper; /* not owned: only compared */
} GroupBy;
IT_REFS_FUNCS(groupby, GroupBy, currvalue)

typedef struct Grouper {
    ITERBASE_HEAD;   /* the groupby */
    Object *tgtkey;  /* the key of its group */
} Grouper;
IT_REFS_FUNCS(grouper, Grouper, tgtkey)

static Object *groupby_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    if (Arg_Unpack(GroupBy_Type.args, "groupby", args, nargs, kwnames, a) < 0) return NULL;
    Object *it = Obj_GetIter(a[0]);
    GroupBy *g = it ? (GroupBy *)It_Alloc(t) : NULL;
    if (!g) {
        XDECREF(it);
        return NULL;
    }
    g->seq = it;
    g->keyfunc = a[1] && a[1] != OBJ_NONE ? NEWREF(a[1]) : NULL;
    return (Object *)g;
}

/* Reads the next item and its key.  0 at the end, -1 on error. */
static int groupby_step(GroupBy *g) {
    if (!g->seq) return 0;
    Object *value = Iter_Next(g->seq);
    if (!value) return Err_Occurred() ? -1 : 0;
    Object *key = g->keyfunc ? Obj_CallOneArg(g->keyfunc, value) : NEWREF(value);
    if (!key) {
        DECREF(value);
        return -1;
    }
    SETREF(g->currvalue, value);
    SETREF(g->currkey, key);
    return 1;
}

static Object *groupby_next(Object *o) {
    GroupBy *g = (GroupBy *)o;
    g->currgrouper = NULL;
    /* skip the rest of the current group */
    for (;;) {
        if (!g->currkey) {
            if (groupby_step(g) <= 0) return NULL;
        } else if (!g->tgtkey) {
            break;
        } else {
            int eq = Obj_RichCompareBool(g->tgtkey, g->currkey, CMP_EQ);
            if (eq < 0) return NULL;
            if (!eq) break;
            if (groupby_step(g) <= 0) return NULL;
        }
    }
    SETREF(g->tgtkey, NEWREF(g->currkey));
    Grouper *gr = (Grouper *)Obj_Alloc(&Grouper_Type, sizeof(Grouper));
    if (!gr) return NULL;
    gr->seq = NEWREF(o);
    gr->tgtkey = NEWREF(g->tgtkey);
    g->currgrouper = (Object *)gr;
    Object *r = Tuple_Pack(2, g->currkey, (Object *)gr);
    DECREF((Object *)gr);
    return r;
}

Type GroupBy_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.groupby",
    .basicsize = sizeof(GroupBy),
    .doc = DOC_groupby,
    .args = ARGS("(iterable, key=None)", NULL),
    IT_SLOTS(groupby),
    .new_ = groupby_new,
    .iternext = groupby_next,
};

/* _grouper(parent, tgtkey): a group of parent, which becomes its current one. */
static Object *grouper_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_Check(Grouper_Type.args, "_grouper", args, nargs, kwnames) < 0) return NULL;
    if (TYPE(args[0]) != &GroupBy_Type) {
        Err_Format(Exc_TypeError, "_grouper() argument 1 must be itertools.groupby, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    Grouper *gr = (Grouper *)Obj_Alloc(&Grouper_Type, sizeof(Grouper));
    if (!gr) return NULL;
    gr->seq = NEWREF(args[0]);
    gr->tgtkey = NEWREF(args[1]);
    ((GroupBy *)args[0])->currgrouper = (Object *)gr;
    return (Object *)gr;
}

static Object *grouper_next(Object *o) {
    Grouper *gr = (Grouper *)o;
    GroupBy *g = (GroupBy *)gr->seq;
    if (!g || g->currgrouper != o) return NULL;
    if (!g->currvalue && groupby_step(g) <= 0) return NULL;
    int eq = Obj_RichCompareBool(gr->tgtkey, g->currkey, CMP_EQ);
    if (eq <= 0) return NULL;
    Object *r = g->currvalue;
    g->currvalue = NULL;
    CLEAR(g->currkey);
    return r;
}

Type Grouper_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools._grouper",
    .basicsize = sizeof(Grouper),
    .flags = TPFLAG_GC,
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(parent, tgtkey, /)", NULL),
    .new_ = grouper_new,
    .dealloc = grouper_dealloc,
    .traverse = grouper_traverse,
    .clear = grouper_clear,
    .iter = Iter_Self,
    .iternext = grouper_next,
};

/* ---- tee ------------------------------------------------------------------------------------ */

/* The items read from the source so far, in blocks of TEE_BLOCK linked
 * from older to newer; every _tee reading the same source walks the same
 * blocks, each at its own place, and a block is freed when no _tee
 * needs it any more. */
enum { TEE_BLOCK = 57 };

typedef struct TeeData {
    ITERBASE_HEAD;       /* the source iterator, shared by the blocks */
    Object *next;        /* the following block, made when first needed */
    int count;           /* items read into values */
    bool running;        /* reading the source: a re-entrant read must fail */
    Object *values[TEE_BLOCK];
} TeeData;

typedef struct Tee {
    ITERBASE_HEAD;   /* the current block (TeeData) */
    int index;       /* the next item's place in it */
} Tee;
IT_REFS_FUNCS(tee, Tee, seq)

static Object *teedata_new_block(Object *source) {
    TeeData *d = (TeeData *)Obj_Alloc(&TeeData_Type, sizeof(TeeData));
    if (d) d->seq = NEWREF(source);
    return (Object *)d;
}

static void teedata_dealloc(Object *o) {
    Gc_Untrack(o);
    TeeData *d = (TeeData *)o;
    XDECREF(d->seq);
    XDECREF(d->next);
    for (int i = 0; i < d->count; i++) XDECREF(d->values[i]);
    Obj_Free(o);
}

static int teedata_traverse(Object *o, VisitFn visit, void *arg) {
    TeeData *d = (TeeData *)o;
    if ((d->seq && visit(d->seq, arg)) || (d->next && visit(d->next, arg))) return 1;
    for (int i = 0; i < d->count; i++)
        if (d->values[i] && visit(d->values[i], arg)) return 1;
    return 0;
}

static int teedata_clear(Object *o) {
    TeeData *d = (TeeData *)o;
    CLEAR(d->seq);
    CLEAR(d->next);
    for (int i = 0; i < d->count; i++) CLEAR(d->values[i]);
    return 0;
}

Type TeeData_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools._tee_dataobject",
    .basicsize = sizeof(TeeData),
    .flags = TPFLAG_GC,
    .doc = DOC_tee_dataobject,
    .dealloc = teedata_dealloc,
    .traverse = teedata_traverse,
    .clear = teedata_clear,
};

/* A _tee of type t at the start of block data (borrowed). */
static Object *tee_at(Type *t, Object *data, int index) {
    Tee *tee = (Tee *)Obj_Alloc(t, sizeof(Tee));
    if (!tee) return NULL;
    tee->seq = NEWREF(data);
    tee->index = index;
    return (Object *)tee;
}

/* A _tee over iterable: a copy of it when it is a _tee. */
static Object *tee_from_iterable(Object *iterable) {
    Object *it = Obj_GetIter(iterable);
    if (!it) return NULL;
    if (TYPE(it) == &Tee_Type) {
        Tee *src = (Tee *)it;
        Object *copy = src->seq ? tee_at(&Tee_Type, src->seq, src->index) : NULL;
        if (!src->seq) Err_SetString(Exc_ValueError, "tee object was cleared");
        DECREF(it);
        return copy;
    }
    Object *data = teedata_new_block(it);
    DECREF(it);
    if (!data) return NULL;
    Object *tee = tee_at(&Tee_Type, data, 0);
    DECREF(data);
    return tee;
}

static Object *tee_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_Check(Tee_Type.args, "_tee", args, nargs, kwnames) < 0) return NULL;
    return tee_from_iterable(args[0]);
}

static Object *tee_next(Object *o) {
    Tee *tee = (Tee *)o;
    TeeData *d = (TeeData *)tee->seq;
    if (!d) return NULL;
    if (tee->index >= TEE_BLOCK) {
        if (!d->next && !(d->next = teedata_new_block(d->seq))) return NULL;
        SETREF(tee->seq, NEWREF(d->next));
        tee->index = 0;
        d = (TeeData *)tee->seq;
    }
    if (tee->index < d->count) return NEWREF(d->values[tee->index++]);
    if (!d->seq) return NULL;
    if (d->running) {
        Err_SetString(Exc_RuntimeError, "cannot re-enter the tee iterator");
        return NULL;
    }
    d->running = true;
    Object *item = Iter_Next(d->seq);
    d->running = false;
    if (!item) return NULL;
    d->values[d->count++] = item;
    tee->index++;
    return NEWREF(item);
}

static Object *tee_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Tee *tee = (Tee *)self;
    if (!tee->seq) {
        Err_SetString(Exc_ValueError, "tee object was cleared");
        return NULL;
    }
    return tee_at(TYPE(self), tee->seq, tee->index);
}

static const MethodDef tee_methods[] = {
    {"__copy__", tee_copy, 0, ARGS("($self, /)", "Returns an independent iterator.")},
    {NULL, NULL, 0, NULL},
};

Type Tee_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools._tee",
    .basicsize = sizeof(Tee),
    .flags = TPFLAG_GC,
    .doc = DOC_tee_object,
    .args = ARGS("(iterable, /)", NULL),
    .dealloc = tee_dealloc,
    .traverse = tee_traverse,
    .clear = tee_clear,
    .iter = Iter_Self,
    .iternext = tee_next,
    .new_ = tee_new,
    .methods = tee_methods,
};

/* tee(iterable, n=2): n _tee objects over one source (a _tee given is
 * copied, never returned itself, as CPython 3.14 does). */
Object *Itertools_Tee(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t n = 2;
    if (nargs > 1 && Index_AsSsizeArg(args[1], &n) < 0) return NULL;
    if (n < 0) {
        Err_SetString(Exc_ValueError, "n must be >= 0");
        return NULL;
    }
    Object *r = Tuple_New(n);
    if (!r || n == 0) return r;
    Object *first = tee_from_iterable(args[0]);
    if (!first) goto fail;
    TUPLE_ITEMS(r)[0] = first;
    for (ssize_t i = 1; i < n; i++)
        if (!(TUPLE_ITEMS(r)[i] = tee_copy(first, NULL, 0, NULL))) goto fail;
    return r;
fail:
    DECREF(r);
    return NULL;
}
