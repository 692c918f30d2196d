/* The itertools module: its table of types, and count, cycle, repeat, chain
 * and islice (see itertools.h for the other files). */
#include "modules/itertools.h"
#include "modules/itertools_docs.h"
#include "modules/modules.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/typing.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include <string.h>

void It_Release(Object *o, size_t nrefs) {
    Object **refs = &((IterBase *)o)->seq;
    for (size_t i = 0; i < nrefs; i++) CLEAR(refs[i]);
}

int It_Visit(Object *o, size_t nrefs, VisitFn visit, void *arg) {
    Object **refs = &((IterBase *)o)->seq;
    for (size_t i = 0; i < nrefs; i++)
        if (refs[i] && visit(refs[i], arg)) return 1;
    return 0;
}

const char *It_ShortName(Object *o) {
    const char *name = TYPE(o)->name, *dot = strrchr(name, '.');
    return dot ? dot + 1 : name;
}

/* ---- count ------------------------------------------------------------------------ */

typedef struct Count {
    ITERBASE_HEAD;   /* unused: count has no source */
    Object *cnt;     /* the next value */
    Object *step;
} Count;
IT_REFS_FUNCS(count, Count, step)

static bool is_number(Object *o) {
    Type *t = TYPE(o);
    return t->nb_index || t->nb_int || t->nb_float || Type_IsSubtype(t, &Complex_Type);
}

static Object *count_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    if (Arg_Unpack(Count_Type.args, "count", args, nargs, kwnames, a) < 0) return NULL;
    Object *start = a[0] ? a[0] : SMALL_FROM(0), *step = a[1] ? a[1] : SMALL_FROM(1);
    if (!is_number(start) || !is_number(step)) {
        Err_SetString(Exc_TypeError, "a number is required");
        return NULL;
    }
    /* An int start with a step of 1 counts in exact ints, as CPython's
     * fast mode does (count(True) yields 1, 2, ...). */
    int one = Int_Check(start) && Int_Check(step) ? Obj_RichCompareBool(step, SMALL_FROM(1), CMP_EQ) : 0;
    if (one < 0) return NULL;
    start = one ? Index_Exact(start) : NEWREF(start);
    if (!start) return NULL;
    Count *c = (Count *)It_Alloc(t);
    if (!c) {
        DECREF(start);
        return NULL;
    }
    c->cnt = start;
    c->step = one ? SMALL_FROM(1) : NEWREF(step);
    return (Object *)c;
}

static Object *count_next(Object *o) {
    Count *c = (Count *)o;
    if (!c->cnt) return NULL;
    Object *next;
    if (IS_SMALL(c->cnt) && IS_SMALL(c->step) && SMALL_FITS(SMALL_VAL(c->cnt) + SMALL_VAL(c->step)))
        next = SMALL_FROM(SMALL_VAL(c->cnt) + SMALL_VAL(c->step));
    else if (!(next = Obj_BinaryOp(c->cnt, c->step, NB_ADD)))
        return NULL;
    Object *r = c->cnt;
    c->cnt = next;
    return r;
}

static Object *count_repr(Object *o) {
    Count *c = (Count *)o;
    if (!c->cnt) return Str_FromFormat("%s()", It_ShortName(o));
    int one = Int_Check(c->step) ? Obj_RichCompareBool(c->step, SMALL_FROM(1), CMP_EQ) : 0;
    if (one < 0) return NULL;
    if (one) return Str_FromFormat("%s(%R)", It_ShortName(o), c->cnt);
    return Str_FromFormat("%s(%R, %R)", It_ShortName(o), c->cnt, c->step);
}

Type Count_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.count",
    .basicsize = sizeof(Count),
    .doc = DOC_count,
    .args = ARGS("(start=0, step=1)", NULL),
    IT_SLOTS(count),
    .new_ = count_new,
    .iternext = count_next,
    .repr = count_repr,
};

/* ---- repeat ------------------------------------------------------------------------- */

typedef struct Repeat {
    ITERBASE_HEAD;   /* the object repeated */
    ssize_t left;    /* -1: for ever */
} Repeat;
IT_REFS_FUNCS(repeat, Repeat, seq)

static Object *repeat_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    if (Arg_Unpack(Repeat_Type.args, "repeat", args, nargs, kwnames, a) < 0) return NULL;
    ssize_t n = -1;
    if (a[1] && Index_AsSsizeArg(a[1], &n) < 0) return NULL;
    Repeat *r = (Repeat *)It_Alloc(t);
    if (!r) return NULL;
    r->seq = NEWREF(a[0]);
    r->left = a[1] && n < 0 ? 0 : n;
    return (Object *)r;
}

static Object *repeat_next(Object *o) {
    Repeat *r = (Repeat *)o;
    if (!r->seq || r->left == 0) return NULL;
    if (r->left > 0) r->left--;
    return NEWREF(r->seq);
}

static Object *repeat_repr(Object *o) {
    Repeat *r = (Repeat *)o;
    if (!r->seq) return Str_FromFormat("%s()", It_ShortName(o));
    if (r->left < 0) return Str_FromFormat("%s(%R)", It_ShortName(o), r->seq);
    return Str_FromFormat("%s(%R, %zd)", It_ShortName(o), r->seq, r->left);
}

static Object *repeat_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Repeat *r = (Repeat *)self;
    if (r->left < 0) {
        Err_SetString(Exc_TypeError, "len() of unsized object");
        return NULL;
    }
    return Int_FromI64(r->left);
}

static const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, 0,
     ARGS("($self, /)", "Private method returning an estimate of len(list(it)).")},
    {NULL, NULL, 0, NULL},
};

Type Repeat_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.repeat",
    .basicsize = sizeof(Repeat),
    .doc = DOC_repeat,
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(object, times=None)", NULL),
    IT_SLOTS(repeat),
    .new_ = repeat_new,
    .iternext = repeat_next,
    .repr = repeat_repr,
    .methods = repeat_methods,
};

/* ---- cycle --------------------------------------------------------------------------- */

/* The first pass yields the source's items and keeps them; later passes
 * go round what was kept. */
typedef struct Cycle {
    ITERBASE_HEAD;   /* the source iterator, NULL after the first pass */
    Object *saved;   /* list */
    ssize_t index;
} Cycle;
IT_REFS_FUNCS(cycle, Cycle, saved)

static Object *cycle_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_Check(Cycle_Type.args, "cycle", args, nargs, kwnames) < 0) return NULL;
    Object *it = Obj_GetIter(args[0]);
    Object *saved = it ? List_New(0) : NULL;
    Cycle *c = saved ? (Cycle *)It_Alloc(t) : NULL;
    if (!c) {
        XDECREF(it);
        XDECREF(saved);
        return NULL;
    }
    c->seq = it;
    c->saved = saved;
    return (Object *)c;
}

static Object *cycle_next(Object *o) {
    Cycle *c = (Cycle *)o;
    if (c->seq) {
        Object *item = Iter_Next(c->seq);
        if (item) {
            if (List_Append(c->saved, item) < 0) CLEAR(item);
            return item;
        }
        if (Err_Occurred()) return NULL;
        CLEAR(c->seq);
    }
    if (!c->saved || LIST_LEN(c->saved) == 0) return NULL;
    if (c->index >= LIST_LEN(c->saved)) c->index = 0;
    return NEWREF(LIST_GET(c->saved, c->index++));
}

Type Cycle_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.cycle",
    .basicsize = sizeof(Cycle),
    .doc = DOC_cycle,
    .args = ARGS("(iterable, /)", NULL),
    IT_SLOTS(cycle),
    .new_ = cycle_new,
    .iternext = cycle_next,
};

/* ---- chain ------------------------------------------------------------------------------ */

typedef struct Chain {
    ITERBASE_HEAD;   /* the iterator over the iterables; NULL once exhausted */
    Object *active;  /* the iterator of the current iterable, or NULL */
} Chain;
IT_REFS_FUNCS(chain, Chain, active)

static Object *chain_make(Type *t, Object *source) {
    Object *it = Obj_GetIter(source);
    Chain *c = it ? (Chain *)It_Alloc(t) : NULL;
    if (!c) {
        XDECREF(it);
        return NULL;
    }
    c->seq = it;
    return (Object *)c;
}

static Object *chain_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (KW_COUNT(kwnames) && t == &Chain_Type) {
        Err_SetString(Exc_TypeError, "chain() takes no keyword arguments");
        return NULL;
    }
    Object *iterables = Tuple_FromArray(args, (ssize_t)nargs);
    if (!iterables) return NULL;
    Object *c = chain_make(t, iterables);
    DECREF(iterables);
    return c;
}

static Object *chain_from_iterable(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    return chain_make((Type *)cls, args[0]);
}

static Object *chain_next(Object *o) {
    Chain *c = (Chain *)o;
    for (;;) {
        if (c->active) {
            Object *item = Iter_Next(c->active);
            if (item || Err_Occurred()) return item;
            CLEAR(c->active);
        }
        if (!c->seq) return NULL;
        Object *iterable = Iter_Next(c->seq);
        if (!iterable) {
            if (!Err_Occurred()) CLEAR(c->seq);
            return NULL;
        }
        c->active = Obj_GetIter(iterable);
        DECREF(iterable);
        if (!c->active) {
            CLEAR(c->seq); /* as CPython: an iterable that cannot be iterated ends the chain */
            return NULL;
        }
    }
}

static const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS,
     ARGS("($type, iterable, /)",
            "Alternative chain() constructor taking a single iterable argument that evaluates lazily.")},
    METHOD_CLASS_GETITEM("chain is generic over the type of its contents.\nThis is the union of the types of the input iterable contents."),
    {NULL, NULL, 0, NULL},
};

Type Chain_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.chain",
    .basicsize = sizeof(Chain),
    .doc = DOC_chain,
    .args = ARGS("(*iterables)", NULL),
    IT_SLOTS(chain),
    .new_ = chain_new,
    .iternext = chain_next,
    .methods = chain_methods,
};

/* ---- islice ------------------------------------------------------------------------------- */

typedef struct ISlice {
    ITERBASE_HEAD;   /* the source iterator, NULL once done */
    ssize_t next;    /* index of the next item to yield */
    ssize_t stop;    /* -1: none */
    ssize_t step;
    ssize_t count;   /* items taken from the source so far */
} ISlice;
IT_REFS_FUNCS(islice, ISlice, seq)

/* An index argument of islice: None (dflt) or an int in [0, sys.maxsize];
 * anything else raises ValueError with msg. */
static int islice_index(Object *v, ssize_t dflt, const char *msg, ssize_t *out) {
    if (!v || v == OBJ_NONE) {
        *out = dflt;
        return 0;
    }
    ssize_t n = -1;
    if (Index_Check(v) && Index_AsSsize(v, Exc_OverflowError, &n) < 0) {
        Err_Clear();
        n = -1;
    }
    if (n < 0) {
        Err_SetString(Exc_ValueError, msg);
        return -1;
    }
    *out = n;
    return 0;
}

static Object *islice_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (KW_COUNT(kwnames) && t == &ISlice_Type) {
        Err_SetString(Exc_TypeError, "islice() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 2 || nargs > 4) {
        Err_Format(Exc_TypeError, "islice expected %s %d arguments, got %zu", nargs < 2 ? "at least" : "at most",
                   nargs < 2 ? 2 : 4, nargs);
        return NULL;
    }
    static const char stop_msg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    static const char start_msg[] = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    ssize_t start = 0, stop, step = 1;
    if (nargs == 2) {
        if (islice_index(args[1], -1, stop_msg, &stop) < 0) return NULL;
    } else {
        if (islice_index(args[2], -1, stop_msg, &stop) < 0) return NULL;
        if (islice_index(args[1], 0, start_msg, &start) < 0) return NULL;
        if (nargs == 4) {
            ssize_t s = -1;
            if (args[3] == OBJ_NONE) s = 1;
            else if (Index_Check(args[3]) && Index_AsSsize(args[3], Exc_OverflowError, &s) < 0) {
                Err_Clear();
                s = -1;
            }
            if (s < 1) {
                Err_SetString(Exc_ValueError, "Step for islice() must be a positive integer or None.");
                return NULL;
            }
            step = s;
        }
    }
    Object *it = Obj_GetIter(args[0]);
    ISlice *s = it ? (ISlice *)It_Alloc(t) : NULL;
    if (!s) {
        XDECREF(it);
        return NULL;
    }
    s->seq = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return (Object *)s;
}

/* Skips to the next index wanted, then yields it; the source is dropped at
 * the end (the items after stop are never read). */
static Object *islice_next(Object *o) {
    ISlice *s = (ISlice *)o;
    if (!s->seq) return NULL;
    while (s->count < s->next) {
        Object *skip = Iter_Next(s->seq);
        if (!skip) goto done;
        DECREF(skip);
        s->count++;
    }
    if (s->stop != -1 && s->count >= s->stop) goto done;
    Object *item = Iter_Next(s->seq);
    if (!item) goto done;
    s->count++;
    ssize_t next = s->next + s->step;
    if (next < s->next || (s->stop != -1 && next > s->stop)) next = s->stop; /* overflow or past the end */
    s->next = next;
    return item;
done:
    if (!Err_Occurred()) CLEAR(s->seq);
    return NULL;
}

Type ISlice_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "itertools.islice",
    .basicsize = sizeof(ISlice),
    .doc = DOC_islice,
    IT_SLOTS(islice),
    .new_ = islice_new,
    .iternext = islice_next,
};

/* ---- the module ------------------------------------------------------------------------------ */

static const MethodDef itertools_functions[] = {
    {"tee", Itertools_Tee, 0, ARGS("($module, iterable, n=2, /)", DOC_tee)},
    {NULL, NULL, 0, NULL},
};

Type *const Itertools_Types[] = {
    &Accumulate_Type, &Batched_Type, &Chain_Type, &Combinations_Type, &CwR_Type, &Compress_Type, &Count_Type,
    &Cycle_Type, &DropWhile_Type, &FilterFalse_Type, &GroupBy_Type, &ISlice_Type, &Pairwise_Type,
    &Permutations_Type, &Product_Type, &Repeat_Type, &StarMap_Type, &TakeWhile_Type, &ZipLongest_Type,
    &Grouper_Type, &Tee_Type, &TeeData_Type, NULL,
};

int Itertools_Init(Object *module) {
    Object *doc = Str_FromUTF8(DOC_module, -1);
    if (Module_AddObjectSteal(module, "__doc__", doc) < 0) return -1;
    if (Module_AddFunctions(module, itertools_functions) < 0) return -1;
    for (Type *const *t = Itertools_Types; *t; t++)
        if (Module_AddObject(module, strchr((*t)->name, '.') + 1, (Object *)*t) < 0) return -1;
    return 0;
}
