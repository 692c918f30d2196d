/* slice objects and the index arithmetic every sequence uses for them. */
#include "abstract.h"
#include "objects/int.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include <limits.h>

Object *Slice_New(Object *start, Object *stop, Object *step) {
    Slice *s = (Slice *)Obj_Alloc(&Slice_Type, sizeof(Slice));
    if (!s) return NULL;
    s->start = NEWREF(start ? start : OBJ_NONE);
    s->stop = NEWREF(stop ? stop : OBJ_NONE);
    s->step = NEWREF(step ? step : OBJ_NONE);
    return (Object *)s;
}

/* ---- indices from Python objects ------------------------------------------- */

int Slice_CheckIndex(Object *v) {
    if (Index_Check(v)) return 0;
    Err_SetString(Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return -1;
}

int Slice_Index(Object *v, ssize_t *out) {
    if (IS_SMALL(v)) { /* the usual bound: it fits */
        *out = (ssize_t)SMALL_VAL(v);
        return 0;
    }
    if (!v || v == OBJ_NONE) return 0;
    if (Slice_CheckIndex(v) < 0) return -1;
    return Index_AsSsize(v, NULL, out);
}

int Slice_IndexNotNone(Object *v, ssize_t *out) {
    if (!Index_Check(v)) {
        Err_SetString(Exc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    return Index_AsSsize(v, NULL, out);
}

int Slice_SearchBoundsSlow(Object *start_arg, Object *end_arg, ssize_t len, ssize_t *start, ssize_t *end) {
    *start = 0;
    *end = SSIZE_MAX;
    if ((start_arg && Slice_Index(start_arg, start) < 0) || (end_arg && Slice_Index(end_arg, end) < 0)) return -1;
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
    return 0;
}

int Seq_IndexBounds(Object *const *args, size_t nargs, ssize_t len, ssize_t *start, ssize_t *stop) {
    *start = 0;
    *stop = SSIZE_MAX;
    if (nargs > 1 && Slice_IndexNotNone(args[1], start) < 0) return -1;
    if (nargs > 2 && Slice_IndexNotNone(args[2], stop) < 0) return -1;
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = 0;
    }
    return 0;
}

/* Slice_Index with its usual cases (a small int, None) inline. */
static inline int unpack_index(Object *v, ssize_t *out) {
    if (IS_SMALL(v)) {
        *out = (ssize_t)SMALL_VAL(v);
        return 0;
    }
    return v == OBJ_NONE ? 0 : Slice_Index(v, out);
}

/* slice -> (start, stop, step) before adjusting to a length, as PySlice_Unpack. */
static int slice_unpack(Slice *s, ssize_t *start, ssize_t *stop, ssize_t *step) {
    *step = 1;
    if (unpack_index(s->step, step) < 0) return -1;
    if (s->step != OBJ_NONE && *step == 0) {
        Err_SetString(Exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    if (*step < -SSIZE_MAX) *step = -SSIZE_MAX;
    *start = *step < 0 ? SSIZE_MAX : 0;
    if (unpack_index(s->start, start) < 0) return -1;
    *stop = *step < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX;
    if (unpack_index(s->stop, stop) < 0) return -1;
    return 0;
}

static ssize_t adjust_indices(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int Slice_Indices(Object *slice, ssize_t length, ssize_t *start, ssize_t *stop, ssize_t *step,
                  ssize_t *count) {
    if (slice_unpack((Slice *)slice, start, stop, step) < 0) return -1;
    *count = adjust_indices(length, start, stop, *step);
    return 0;
}

/* ---- the slice type --------------------------------------------------------- */

static void slice_dealloc(Object *o) {
    Gc_Untrack(o);
    Slice *s = (Slice *)o;
    DECREF(s->start);
    DECREF(s->stop);
    DECREF(s->step);
    Obj_Free(o);
}

static int slice_traverse(Object *o, VisitFn visit, void *arg) {
    Slice *s = (Slice *)o;
    return visit(s->start, arg) || visit(s->stop, arg) || visit(s->step, arg);
}

static Object *slice_repr(Object *o) {
    Slice *s = (Slice *)o;
    return Str_FromFormat("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static hash_t slice_hash(Object *o) {
    Slice *s = (Slice *)o;
    Object *items[3] = {s->start, s->stop, s->step};
    uint64_t acc = 2870177450012600261ULL;
    for (int i = 0; i < 3; i++) {
        hash_t h = Obj_Hash(items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * 14029467366897019727ULL;
        acc = (acc << 31) | (acc >> 33);
        acc *= 11400714785074694791ULL;
    }
    if (acc == (uint64_t)-1) return 1546275796;
    return (hash_t)acc;
}

static Object *slice_richcompare(Object *a, Object *b, int op) {
    if (IS_SMALL(b) || TYPE(b) != &Slice_Type || TYPE(a) != &Slice_Type) return NEWREF(OBJ_NOTIMPL);
    if (a == b && (op == CMP_EQ || op == CMP_NE)) return NEWREF(Bool_From(op == CMP_EQ));
    Slice *x = (Slice *)a, *y = (Slice *)b;
    Object *ia[3] = {x->start, x->stop, x->step}, *ib[3] = {y->start, y->stop, y->step};
    Object *const *pa = ia, *const *pb = ib;
    ssize_t n = 3;
    return Seq_RichCompare(&pa, &n, &pb, &n, op);
}

static Object *slice_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_Check(Slice_Type.args, "slice", args, nargs, kwnames) < 0) return NULL;
    if (nargs == 1) return Slice_New(NULL, args[0], NULL);
    return Slice_New(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

/* operator.index(v) as an exact int (bools and subclasses become plain ints). */
Object *Index_Exact(Object *v) {
    Object *r = Obj_Index(v);
    if (!r || Int_CheckExact(r)) return r;
    Object *e;
    if (Bool_Check(r)) {
        e = SMALL_FROM(r == OBJ_TRUE);
    } else {
        mpz_t z;
        mpz_init(z);
        Int_ToMpz(r, z);
        e = Int_FromMpz(z);
        mpz_clear(z);
    }
    DECREF(r);
    return e;
}

static Object *slice_indices(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *lenobj = Index_Exact(args[0]);
    if (!lenobj) return NULL;
    int sign = Int_Sign(lenobj);
    ssize_t length;
    int r = Index_AsSsize(lenobj, NULL, &length);
    DECREF(lenobj);
    if (r < 0) return NULL;
    if (sign < 0) {
        Err_SetString(Exc_ValueError, "length should not be negative");
        return NULL;
    }
    Slice *s = (Slice *)self;
    ssize_t start, stop, step;
    if (slice_unpack(s, &start, &stop, &step) < 0) return NULL;
    adjust_indices(length, &start, &stop, step);
    /* the step is returned exactly, even beyond the ssize_t range */
    Object *stepobj = s->step == OBJ_NONE ? SMALL_FROM(1) : Index_Exact(s->step);
    if (!stepobj) return NULL;
    Object *res = Tuple_New(3);
    if (!res) {
        DECREF(stepobj);
        return NULL;
    }
    TUPLE_ITEMS(res)[0] = SMALL_FROM(start);
    TUPLE_ITEMS(res)[1] = SMALL_FROM(stop);
    TUPLE_ITEMS(res)[2] = stepobj;
    return res;
}

static Object *slice_get_start(Object *o) { return NEWREF(((Slice *)o)->start); }
static Object *slice_get_stop(Object *o) { return NEWREF(((Slice *)o)->stop); }
static Object *slice_get_step(Object *o) { return NEWREF(((Slice *)o)->step); }

static const GetSetDef slice_getset[] = {
    {"start", slice_get_start, NULL, NULL},
    {"stop", slice_get_stop, NULL, NULL},
    {"step", slice_get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Object *slice_reduce(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    Slice *sl = (Slice *)o;
    Object *parts = Tuple_Pack(3, sl->start, sl->stop, sl->step);
    Object *r = parts ? Tuple_Pack(2, (Object *)&Slice_Type, parts) : NULL;
    XDECREF(parts);
    return r;
}

static const MethodDef slice_methods[] = {
    {"__reduce__", slice_reduce, 0, ARGS("($self, /)", "Return state information for pickling.")},
    {"indices", slice_indices, 0, ARGS("($self, object, /)", "S.indices(len) -> (start, stop, stride)")},
    {NULL, NULL, 0, NULL},
};

Type Slice_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "slice",
    .basicsize = sizeof(Slice),
    .flags = TPFLAG_GC,
    .doc = "slice(stop)\nslice(start, stop[, step])",
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(start_or_stop, stop=<unrepresentable>, step=<unrepresentable>, /)", NULL),
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = slice_hash,
    .richcompare = slice_richcompare,
    .traverse = slice_traverse,
    .new_ = slice_new,
    .methods = slice_methods,
    .getset = slice_getset,
};
