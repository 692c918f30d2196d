/* tuple: immutable arrays, the shared empty tuple, tuple iterators, and the
 * repr-recursion registry every container repr uses. */
#include "objects/tuple.h"
#include "abstract.h"
#include "objects/int.h"
#include "objects/iterbase.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- repr recursion registry -------------------------------------------
 * The containers whose repr is being computed: a hash set of pointers (open
 * addressing, linear probing), so that checking one costs the same however
 * deeply the containers being printed are nested. */

/* per thread, as the C calls they guard */
static THREAD_LOCAL Object **repr_set;   /* NULL slots are free */
static THREAD_LOCAL size_t repr_set_cap; /* a power of two, at least twice repr_set_len */
static THREAD_LOCAL size_t repr_set_len;

/* Where o's probe sequence starts. */
static size_t repr_home(Object *o, size_t mask) {
    return (size_t)(((uintptr_t)o >> 4) * 0x9E3779B97F4A7C15u) & mask;
}

/* o's slot, or the free slot where it would go. */
static size_t repr_slot(Object *o, size_t mask) {
    size_t i = repr_home(o, mask);
    while (repr_set[i] && repr_set[i] != o) i = (i + 1) & mask;
    return i;
}

static int repr_set_grow(void) {
    size_t cap = repr_set_cap ? repr_set_cap * 2 : 64;
    Object **old = repr_set, **n = calloc(cap, sizeof *n);
    if (!n) {
        Err_NoMemory();
        return -1;
    }
    size_t old_cap = repr_set_cap;
    repr_set = n;
    repr_set_cap = cap;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i]) repr_set[repr_slot(old[i], cap - 1)] = old[i];
    free(old);
    return 0;
}

int Repr_Enter(Object *o) {
    if (repr_set_cap && repr_set[repr_slot(o, repr_set_cap - 1)]) return 1;
    if ((repr_set_len + 1) * 2 > repr_set_cap && repr_set_grow() < 0) return -1;
    repr_set[repr_slot(o, repr_set_cap - 1)] = o;
    repr_set_len++;
    return 0;
}

void Repr_Leave(Object *o) {
    if (!repr_set_cap) return;
    size_t mask = repr_set_cap - 1, i = repr_slot(o, mask);
    if (!repr_set[i]) return;
    repr_set[i] = NULL;
    repr_set_len--;
    /* move back the entries after it whose probe sequence passed over it */
    for (size_t j = (i + 1) & mask; repr_set[j]; j = (j + 1) & mask) {
        Object *e = repr_set[j];
        if (((j - repr_home(e, mask)) & mask) >= ((j - i) & mask)) {
            repr_set[i] = e;
            repr_set[j] = NULL;
            i = j;
        }
    }
}

void Repr_ThreadExit(void) {
    free(repr_set);
    repr_set = NULL;
    repr_set_cap = repr_set_len = 0;
}

/* ---- index helpers shared by the sequence types ------------------------ */

int Index_AsSsize(Object *o, Type *exc, ssize_t *out) {
    if (IS_SMALL(o)) {
        *out = (ssize_t)SMALL_VAL(o);
        return 0;
    }
    Object *v = Obj_Index(o);
    if (!v) return -1;
    if (IS_SMALL(v)) {
        *out = (ssize_t)SMALL_VAL(v);
        DECREF(v);
        return 0;
    }
    int64_t x;
    if (Int_AsI64(v, &x) == 0) {
        *out = (ssize_t)x;
        DECREF(v);
        return 0;
    }
    if (!Err_Matches(Exc_OverflowError)) { DECREF(v); return -1; }
    Err_Clear();
    if (!exc) {
        *out = Int_Sign(v) < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX;
        DECREF(v);
        return 0;
    }
    DECREF(v);
    Err_Format(exc, "cannot fit '%s' into an index-sized integer", TYPE_NAME(o));
    return -1;
}

bool Index_Check(Object *o) {
    return Int_Check(o) || TYPE(o)->nb_index != NULL;
}

/* Replaces a TypeError from hashing a key with CPython 3.14's wrapped text:
 * "cannot use 'list' as a dict key (unhashable type: 'list')". */
void Err_UnhashableKey(Object *key, const char *what) {
    if (!Err_Matches(Exc_TypeError)) return;
    Object *e = Err_Fetch();
    Err_Format(Exc_TypeError, "cannot use '%s' as %s (%S)", TYPE_NAME(key), what, e);
    DECREF(e);
}

/* ---- allocation ----------------------------------------------------------- */

static Object *empty_tuple;

static Object *tuple_alloc(Type *t, ssize_t n) {
    if (n < 0 || (size_t)n > (SIZE_MAX - (size_t)t->basicsize) / sizeof(Object *) / 2)
        return Err_NoMemory();
    return Obj_Alloc(t, (size_t)t->basicsize + (size_t)n * sizeof(Object *));
}

Object *Tuple_Empty(void) {
    if (!empty_tuple) {
        Object *t = Obj_Alloc(&Tuple_Type, sizeof(Tuple));
        if (!t) return NULL;
        Gc_Untrack(t);
        Obj_SetImmortal(t);
        empty_tuple = t;
    }
    return empty_tuple;
}

Object *Tuple_New(ssize_t n) {
    if (n == 0) return Tuple_Empty();
    Object *t = tuple_alloc(&Tuple_Type, n);
    if (t) ((Tuple *)t)->len = n;
    return t;
}

Object *Tuple_FromArray(Object *const *items, ssize_t n) {
    Object *t = Tuple_New(n);
    if (!t) return NULL;
    for (ssize_t i = 0; i < n; i++) TUPLE_ITEMS(t)[i] = NEWREF(items[i]);
    return t;
}

Object *Tuple_FromArraySteal(Object *const *items, ssize_t n) {
    Object *t = Tuple_New(n);
    if (!t) {
        for (ssize_t i = 0; i < n; i++) DECREF(items[i]);
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++) TUPLE_ITEMS(t)[i] = items[i];
    return t;
}

Object *Tuple_Pack(ssize_t n, ...) {
    Object *t = Tuple_New(n);
    if (!t) return NULL;
    va_list ap;
    va_start(ap, n);
    for (ssize_t i = 0; i < n; i++) TUPLE_ITEMS(t)[i] = NEWREF(va_arg(ap, Object *));
    va_end(ap);
    return t;
}

Object *Tuple_FromIterable(Object *it) {
    if (Tuple_CheckExact(it)) return NEWREF(it);
    if (List_Check(it) && TYPE(it)->iter == List_Type.iter) return Tuple_FromArray(LIST_ITEMS(it), LIST_LEN(it));
    Object *l = List_FromIterable(it);
    if (!l) return NULL;
    Object *t = List_AsTuple(l);
    DECREF(l);
    return t;
}

Object *Tuple_GetSlice(Object *t, ssize_t lo, ssize_t hi) {
    ssize_t n = TUPLE_LEN(t);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    if (lo == 0 && hi == n && Tuple_CheckExact(t)) return NEWREF(t);
    return Tuple_FromArray(TUPLE_ITEMS(t) + lo, hi - lo);
}

/* ---- slots ------------------------------------------------------------ */

static void tuple_dealloc(Object *o) {
    Tuple *t = (Tuple *)o;
    for (ssize_t i = 0; i < t->len; i++) XDECREF(t->items[i]);
    Obj_Free(o);
}

/* Last item first, as CPython: the shutdown collection's order follows it. */
static int tuple_traverse(Object *o, VisitFn visit, void *arg) {
    Tuple *t = (Tuple *)o;
    for (ssize_t i = t->len - 1; i >= 0; i--)
        if (t->items[i] && visit(t->items[i], arg)) return 1;
    return 0;
}

static int tuple_clear(Object *o) {
    Tuple *t = (Tuple *)o;
    for (ssize_t i = 0; i < t->len; i++) CLEAR(t->items[i]);
    return 0;
}

static Object *tuple_repr(Object *o) {
    ssize_t n = TUPLE_LEN(o);
    if (n == 0) return Str_FromUTF8("()", 2);
    int r = Repr_Enter(o);
    if (r) return r > 0 ? Str_FromUTF8("(...)", 5) : NULL;
    StrBuilder sb;
    SB_Init(&sb);
    if (SB_AppendChar(&sb, '(') < 0) goto fail;
    for (ssize_t i = 0; i < TUPLE_LEN(o); i++) {
        if (i && SB_AppendASCII(&sb, ", ", 2) < 0) goto fail;
        if (SB_AppendRepr(&sb, TUPLE_GET(o, i)) < 0) goto fail;
    }
    if (SB_AppendASCII(&sb, n == 1 ? ",)" : ")", -1) < 0) goto fail;
    Repr_Leave(o);
    return SB_Finish(&sb);
fail:
    Repr_Leave(o);
    SB_Discard(&sb);
    return NULL;
}

/* CPython's xxHash-derived tuple hash. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

hash_t Hash_Sequence(Object *const *items, ssize_t n) {
    uint64_t acc = XXPRIME_5;
    for (ssize_t i = 0; i < n; i++) {
        hash_t h = Obj_Hash(items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (hash_t)acc;
}

hash_t Tuple_Hash(Object *t) {
    if (Recursion_Enter(" while hashing a tuple")) return -1;
    hash_t h = Hash_Sequence(TUPLE_ITEMS(t), TUPLE_LEN(t));
    Recursion_Leave();
    return h;
}

/* Lexicographic comparison of two item arrays (shared with list; the arrays
 * are re-read through the pointers each step because list items may move). */
Object *Seq_RichCompare(Object *const *const *pa, const ssize_t *na, Object *const *const *pb,
                        const ssize_t *nb, int op) {
    ssize_t i = 0;
    for (; i < *na && i < *nb; i++) {
        Object *x = (*pa)[i], *y = (*pb)[i];
        if (x == y) continue;
        if (IS_SMALL(x) && IS_SMALL(y)) break; /* distinct small ints are unequal */
        INCREF(x);
        INCREF(y);
        int eq = Obj_RichCompareBool(x, y, CMP_EQ);
        DECREF(x);
        DECREF(y);
        if (eq < 0) return NULL;
        if (!eq) break;
    }
    if (i >= *na || i >= *nb) return NEWREF(Bool_From(Cmp_Holds(*na, *nb, op)));
    if (op == CMP_EQ) return NEWREF(OBJ_FALSE);
    if (op == CMP_NE) return NEWREF(OBJ_TRUE);
    Object *x = (*pa)[i], *y = (*pb)[i];
    if (IS_SMALL(x) && IS_SMALL(y)) /* the usual (priority, ...) tuple: no call needed */
        return NEWREF(Bool_From(Cmp_Holds(SMALL_VAL(x), SMALL_VAL(y), op)));
    INCREF(x);
    INCREF(y);
    Object *r = Obj_RichCompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

static Object *tuple_richcompare(Object *a, Object *b, int op) {
    if (!Tuple_Check(a) || !Tuple_Check(b)) return NEWREF(OBJ_NOTIMPL);
    Object *const *ia = TUPLE_ITEMS(a), *const *ib = TUPLE_ITEMS(b);
    return Seq_RichCompare(&ia, &((Tuple *)a)->len, &ib, &((Tuple *)b)->len, op);
}

static ssize_t tuple_len(Object *o) { return TUPLE_LEN(o); }

static Object *tuple_subscript(Object *o, Object *key) {
    if (Index_Check(key)) {
        ssize_t i;
        if (Index_AsSsize(key, Exc_IndexError, &i) < 0) return NULL;
        if (i < 0) i += TUPLE_LEN(o);
        if (i < 0 || i >= TUPLE_LEN(o)) {
            Err_SetString(Exc_IndexError, "tuple index out of range");
            return NULL;
        }
        return NEWREF(TUPLE_GET(o, i));
    }
    if (!IS_SMALL(key) && TYPE(key) == &Slice_Type) {
        ssize_t start, stop, step, count;
        if (Slice_Indices(key, TUPLE_LEN(o), &start, &stop, &step, &count) < 0) return NULL;
        if (step == 1) return Tuple_GetSlice(o, start, start + count);
        if (count == TUPLE_LEN(o) && step == 1 && Tuple_CheckExact(o)) return NEWREF(o);
        Object *r = Tuple_New(count);
        if (!r) return NULL;
        for (ssize_t k = 0, j = start; k < count; k++, j += step)
            TUPLE_ITEMS(r)[k] = NEWREF(TUPLE_GET(o, j));
        return r;
    }
    Err_Format(Exc_TypeError, "tuple indices must be integers or slices, not %s", TYPE_NAME(key));
    return NULL;
}

static int tuple_contains(Object *o, Object *v) {
    for (ssize_t i = 0; i < TUPLE_LEN(o); i++) {
        int r = Obj_RichCompareBool(TUPLE_GET(o, i), v, CMP_EQ);
        if (r != 0) return r;
    }
    return 0;
}

static Object *tuple_concat(Object *a, Object *b) {
    if (!Tuple_Check(a) || !Tuple_Check(b)) return NEWREF(OBJ_NOTIMPL);
    ssize_t na = TUPLE_LEN(a), nb = TUPLE_LEN(b);
    if (nb == 0 && Tuple_CheckExact(a)) return NEWREF(a);
    if (na == 0 && Tuple_CheckExact(b)) return NEWREF(b);
    if (na > SSIZE_MAX / 2 || nb > SSIZE_MAX / 2) return Err_NoMemory();
    Object *r = Tuple_New(na + nb);
    if (!r) return NULL;
    for (ssize_t i = 0; i < na; i++) TUPLE_ITEMS(r)[i] = NEWREF(TUPLE_GET(a, i));
    for (ssize_t i = 0; i < nb; i++) TUPLE_ITEMS(r)[na + i] = NEWREF(TUPLE_GET(b, i));
    return r;
}

/* seq * n or n * seq: which operand is the sequence is decided by the caller's
 * check; returns NotImplemented when the count is not an index. */
int Seq_RepeatCount(Object *a, Object *b, bool (*is_seq)(Object *), Object **seq, ssize_t *n) {
    Object *cnt;
    if (is_seq(a)) { *seq = a; cnt = b; }
    else { *seq = b; cnt = a; }
    if (!Index_Check(cnt)) return 0;
    if (Index_AsSsize(cnt, Exc_OverflowError, n) < 0) return -1;
    if (*n < 0) *n = 0;
    return 1;
}

static bool is_tuple(Object *o) { return Tuple_Check(o); }

static Object *tuple_repeat(Object *a, Object *b) {
    Object *seq;
    ssize_t n;
    int r = Seq_RepeatCount(a, b, is_tuple, &seq, &n);
    if (r <= 0) return r < 0 ? NULL : NEWREF(OBJ_NOTIMPL);
    ssize_t len = TUPLE_LEN(seq);
    if (n == 1 && Tuple_CheckExact(seq)) return NEWREF(seq);
    if (len == 0 || n == 0) return Tuple_Empty();
    if (len > SSIZE_MAX / n) return Err_NoMemory();
    Object *t = Tuple_New(len * n);
    if (!t) return NULL;
    Object **dst = TUPLE_ITEMS(t);
    for (ssize_t k = 0; k < n; k++)
        for (ssize_t i = 0; i < len; i++) *dst++ = NEWREF(TUPLE_GET(seq, i));
    return t;
}

static Object *tuple_iter(Object *o);

static Object *tuple_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *iterable;
    /* a subclass with an __init__ of its own takes the keywords */
    Object *kw = t == &Tuple_Type || t->init == Tuple_Type.init ? kwnames : NULL;
    if (Arg_Unpack(Tuple_Type.args, "tuple", args, nargs, kw, &iterable) < 0) return NULL;
    Object *tmp = iterable ? Tuple_FromIterable(iterable) : NEWREF(Tuple_Empty());
    if (!tmp || t == &Tuple_Type) return tmp;
    /* subclass: copy into an instance of t */
    ssize_t n = TUPLE_LEN(tmp);
    Object *r = tuple_alloc(t, n);
    if (!r) { DECREF(tmp); return NULL; }
    ((Tuple *)r)->len = n;
    for (ssize_t i = 0; i < n; i++) TUPLE_ITEMS(r)[i] = NEWREF(TUPLE_GET(tmp, i));
    DECREF(tmp);
    return r;
}

/* ---- methods ---------------------------------------------------------- */

static Object *tuple_count(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t c = 0;
    for (ssize_t i = 0; i < TUPLE_LEN(self); i++) {
        int r = Obj_RichCompareBool(TUPLE_GET(self, i), args[0], CMP_EQ);
        if (r < 0) return NULL;
        c += r;
    }
    return SMALL_FROM(c);
}

static Object *tuple_index(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t start, stop;
    if (Seq_IndexBounds(args, nargs, TUPLE_LEN(self), &start, &stop) < 0) return NULL;
    for (ssize_t i = start; i < stop && i < TUPLE_LEN(self); i++) {
        int r = Obj_RichCompareBool(TUPLE_GET(self, i), args[0], CMP_EQ);
        if (r < 0) return NULL;
        if (r) return SMALL_FROM(i);
    }
    Err_SetString(Exc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static Object *tuple_getnewargs(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *copy = Tuple_FromArray(TUPLE_ITEMS(self), TUPLE_LEN(self));
    if (!copy) return NULL;
    Object *r = Tuple_Pack(1, copy);
    DECREF(copy);
    return r;
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_count, 0, ARGS("($self, value, /)", "Return number of occurrences of value.")},
    {"index", tuple_index, 0, ARGS("($self, value, start=0, stop=sys.maxsize, /)", "Return first index of value.")},
    {"__getnewargs__", tuple_getnewargs, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

/* A subclass's __dict__ and __slots__ follow the items. */
static size_t tuple_extra_offset(Object *t) { return sizeof(Tuple) + (size_t)TUPLE_LEN(t) * sizeof(Object *); }

Type Tuple_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "tuple",
    .basicsize = sizeof(Tuple),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC | TPFLAG_TUPLE_SUBCLASS,
    .doc = "Built-in immutable sequence.",
    .args = ARGS("(iterable=(), /)", NULL),
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = Tuple_Hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .sq_concat = tuple_concat, .sq_repeat = tuple_repeat,
    .len = tuple_len,
    .getitem = tuple_subscript,
    .contains = tuple_contains,
    .traverse = tuple_traverse,
    .clear = tuple_clear,
    .new_ = tuple_new,
    .methods = tuple_methods,
    .var_extra = tuple_extra_offset,
};

/* ---- iterator ----------------------------------------------------------- */

typedef IndexIter TupleIter;

static Object *tuple_iter(Object *o) { return IterBase_New(&TupleIter_Type, sizeof(TupleIter), o); }

static Object *tupleiter_next(Object *o) {
    TupleIter *it = (TupleIter *)o;
    if (!it->seq) return NULL;
    if (it->index < TUPLE_LEN(it->seq)) return NEWREF(TUPLE_GET(it->seq, it->index++));
    CLEAR(it->seq);
    return NULL;
}

static Object *tupleiter_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TupleIter *it = (TupleIter *)self;
    return SMALL_FROM(it->seq ? TUPLE_LEN(it->seq) - it->index : 0);
}

static Object *tupleiter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TupleIter *it = (TupleIter *)self;
    return IterBase_ReduceIndex(NULL, it->seq, it->index, ITER_EMPTY_TUPLE);
}

static Object *tupleiter_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TupleIter *it = (TupleIter *)self;
    ssize_t i;
    if (IterBase_StateIndex(args[0], &i) < 0) return NULL;
    if (it->seq) it->index = IterBase_Clamp(i, 0, TUPLE_LEN(it->seq));
    RETURN_NONE;
}

Object *Iter_Self(Object *o) { return NEWREF(o); }

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0,
     ARGS("($self, /)", "Private method returning an estimate of len(list(it)).")},
    {"__reduce__", tupleiter_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {"__setstate__", tupleiter_setstate, 0, ARGS("($self, object, /)", ITER_SETSTATE_DOC)},
    {NULL, NULL, 0, NULL},
};

Type TupleIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIter),
    .flags = TPFLAG_GC,
    ITERBASE_SLOTS,
    .iter = Iter_Self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

int Index_AsSsizeArg(Object *o, ssize_t *out) {
    if (IS_SMALL(o)) {
        *out = (ssize_t)SMALL_VAL(o);
        return 0;
    }
    Object *v = Obj_Index(o);
    if (!v) return -1;
    ssize_t r = Int_AsSsize(v);
    DECREF(v);
    if (r == -1 && Err_Occurred()) {
        if (Err_Matches(Exc_OverflowError)) { /* the argument parser's text, not the index one */
            Err_Clear();
            Err_SetString(Exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return -1;
    }
    *out = r;
    return 0;
}
