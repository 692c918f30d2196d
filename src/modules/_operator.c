/* The _operator module: the functions of `operator` (lib/operator.py
 * re-exports them), each the abstract operation the eval loop itself runs
 * for that operator, and the itemgetter, attrgetter and methodcaller
 * types. */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include <string.h>

/* ---- the operators ------------------------------------------------------------ */

#define BINARY(name, op)                                                                   \
    static Object *op_##name(Object *self, Object *const *args, size_t nargs, Object *kw) { \
        return Obj_BinaryOp(args[0], args[1], op);                                         \
    }
BINARY(add, NB_ADD)
BINARY(and_, NB_AND)
BINARY(floordiv, NB_FLOOR_DIVIDE)
BINARY(lshift, NB_LSHIFT)
BINARY(matmul, NB_MATRIX_MULTIPLY)
BINARY(mul, NB_MULTIPLY)
BINARY(mod, NB_REMAINDER)
BINARY(or_, NB_OR)
BINARY(pow, NB_POWER)
BINARY(rshift, NB_RSHIFT)
BINARY(sub, NB_SUBTRACT)
BINARY(truediv, NB_TRUE_DIVIDE)
BINARY(xor, NB_XOR)
BINARY(iadd, NB_INPLACE_ADD + NB_ADD)
BINARY(iand, NB_INPLACE_ADD + NB_AND)
BINARY(ifloordiv, NB_INPLACE_ADD + NB_FLOOR_DIVIDE)
BINARY(ilshift, NB_INPLACE_ADD + NB_LSHIFT)
BINARY(imatmul, NB_INPLACE_ADD + NB_MATRIX_MULTIPLY)
BINARY(imul, NB_INPLACE_ADD + NB_MULTIPLY)
BINARY(imod, NB_INPLACE_ADD + NB_REMAINDER)
BINARY(ior, NB_INPLACE_ADD + NB_OR)
BINARY(ipow, NB_INPLACE_ADD + NB_POWER)
BINARY(irshift, NB_INPLACE_ADD + NB_RSHIFT)
BINARY(isub, NB_INPLACE_ADD + NB_SUBTRACT)
BINARY(itruediv, NB_INPLACE_ADD + NB_TRUE_DIVIDE)
BINARY(ixor, NB_INPLACE_ADD + NB_XOR)

#define COMPARE(name, op)                                                                  \
    static Object *op_##name(Object *self, Object *const *args, size_t nargs, Object *kw) { \
        return Obj_RichCompare(args[0], args[1], op);                                      \
    }
COMPARE(lt, CMP_LT)
COMPARE(le, CMP_LE)
COMPARE(eq, CMP_EQ)
COMPARE(ne, CMP_NE)
COMPARE(gt, CMP_GT)
COMPARE(ge, CMP_GE)

#define UNARY(name, fn)                                                                    \
    static Object *op_##name(Object *self, Object *const *args, size_t nargs, Object *kw) { \
        return fn(args[0]);                                                                \
    }
UNARY(neg, Obj_Negative)
UNARY(pos, Obj_Positive)
UNARY(invert, Obj_Invert)
UNARY(abs, Obj_Absolute)
UNARY(index, Index_Exact)

static Object *op_not_(Object *self, Object *const *args, size_t nargs, Object *kw) {
    int t = Obj_IsTrue(args[0]);
    return t < 0 ? NULL : Bool_From(!t);
}

static Object *op_truth(Object *self, Object *const *args, size_t nargs, Object *kw) {
    int t = Obj_IsTrue(args[0]);
    return t < 0 ? NULL : Bool_From(t);
}

static Object *op_is_(Object *self, Object *const *args, size_t nargs, Object *kw) {
    RETURN_BOOL(args[0] == args[1]);
}
static Object *op_is_not(Object *self, Object *const *args, size_t nargs, Object *kw) {
    RETURN_BOOL(args[0] != args[1]);
}
static Object *op_is_none(Object *self, Object *const *args, size_t nargs, Object *kw) {
    RETURN_BOOL(args[0] == OBJ_NONE);
}
static Object *op_is_not_none(Object *self, Object *const *args, size_t nargs, Object *kw) {
    RETURN_BOOL(args[0] != OBJ_NONE);
}

/* concat/iconcat: `+` between sequences; a is refused unless it is one
 * (it can be indexed and is not a mapping). */
static Object *concat(Object *a, Object *b, int op) {
    Type *t = TYPE(a);
    if (!t->getitem || Dict_Check(a) || (t->flags & TPFLAG_MAPPING)) {
        Err_Format(Exc_TypeError, "'%s' object can't be concatenated", t->name);
        return NULL;
    }
    return Obj_BinaryOp(a, b, op);
}
static Object *op_concat(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return concat(args[0], args[1], NB_ADD);
}
static Object *op_iconcat(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return concat(args[0], args[1], NB_INPLACE_ADD + NB_ADD);
}

static Object *op_contains(Object *self, Object *const *args, size_t nargs, Object *kw) {
    int r = Obj_Contains(args[0], args[1]);
    return r < 0 ? NULL : Bool_From(r);
}

/* The items of a that are b or equal it: counted (count_only) or the index
 * of the first (-1 with ValueError when there is none).  -1 on error. */
static ssize_t seq_search(Object *a, Object *b, bool count_only) {
    Object *it = Obj_GetIter(a);
    if (!it) {
        if (Err_Matches(Exc_TypeError)) {
            Err_Clear();
            Err_Format(Exc_TypeError, "argument of type '%s' is not iterable", TYPE_NAME(a));
        }
        return -1;
    }
    ssize_t i = 0, count = 0;
    for (;; i++) {
        Object *x = Iter_Next(it);
        if (!x) break;
        int eq = Obj_RichCompareBool(x, b, CMP_EQ);
        DECREF(x);
        if (eq < 0) break;
        if (eq && !count_only) {
            DECREF(it);
            return i;
        }
        count += eq;
    }
    DECREF(it);
    if (Err_Occurred()) return -1;
    if (count_only) return count;
    Err_SetString(Exc_ValueError, "sequence.index(x): x not in sequence");
    return -1;
}

static Object *op_countOf(Object *self, Object *const *args, size_t nargs, Object *kw) {
    ssize_t n = seq_search(args[0], args[1], true);
    return n < 0 ? NULL : Int_FromI64(n);
}

static Object *op_indexOf(Object *self, Object *const *args, size_t nargs, Object *kw) {
    ssize_t n = seq_search(args[0], args[1], false);
    return n < 0 ? NULL : Int_FromI64(n);
}

static Object *op_getitem(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return Obj_GetItem(args[0], args[1]);
}
static Object *op_setitem(Object *self, Object *const *args, size_t nargs, Object *kw) {
    if (Obj_SetItem(args[0], args[1], args[2]) < 0) return NULL;
    RETURN_NONE;
}
static Object *op_delitem(Object *self, Object *const *args, size_t nargs, Object *kw) {
    if (Obj_DelItem(args[0], args[1]) < 0) return NULL;
    RETURN_NONE;
}

static Object *op_length_hint(Object *self, Object *const *args, size_t nargs, Object *kw) {
    ssize_t dflt = 0;
    if (nargs > 1) {
        if (!Int_Check(args[1])) {
            Err_Format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(args[1]));
            return NULL;
        }
        if (Index_AsSsize(args[1], Exc_OverflowError, &dflt) < 0) return NULL;
    }
    ssize_t n = Obj_LengthHint(args[0], dflt);
    return n < 0 ? NULL : Int_FromI64(n);
}

static Object *op_call(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_Call(args[0], args + 1, nargs - 1, kwnames);
}

/* _compare_digest(a, b): a == b for two ASCII str or two bytes-like
 * objects, in a time that depends on the lengths only. */
static Object *op_compare_digest(Object *self, Object *const *args, size_t nargs, Object *kw) {
    Object *a = args[0], *b = args[1];
    const uint8_t *pa, *pb;
    ssize_t na, nb;
    if (Str_Check(a) && Str_Check(b)) {
        if (!((Str *)a)->ascii || !((Str *)b)->ascii) {
            Err_SetString(Exc_TypeError, "comparing strings with non-ASCII characters is not supported");
            return NULL;
        }
        pa = STR_DATA(a), na = STR_LEN(a), pb = STR_DATA(b), nb = STR_LEN(b);
    } else {
        bool ha = Bytes_GetBuffer(a, &pa, &na), hb = Bytes_GetBuffer(b, &pb, &nb);
        if (!ha && !hb) {
            Err_Format(Exc_TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                       TYPE_NAME(a), TYPE_NAME(b));
            return NULL;
        }
        if (!ha || !hb) {
            Err_Format(Exc_TypeError, "a bytes-like object is required, not '%s'", TYPE_NAME(ha ? b : a));
            return NULL;
        }
    }
    /* every byte of b is read whatever the lengths and contents */
    unsigned diff = na != nb;
    const uint8_t *left = na == nb ? pa : pb;
    for (ssize_t i = 0; i < nb; i++) diff |= (unsigned)(left[i] ^ pb[i]);
    RETURN_BOOL(diff == 0);
}

/* ---- itemgetter ------------------------------------------------------------------ */

/* itemgetter, attrgetter and methodcaller keep a tuple: the items, the
 * attribute paths (each a tuple of interned names), or the name and the
 * positional arguments (methodcaller also keeps its keywords). */
typedef struct Getter {
    Object ob;
    Object *items;  /* owned tuple (methodcaller: the arguments) */
    Object *kw;     /* methodcaller: owned dict of keywords; NULL otherwise */
    Object *name;   /* methodcaller: the method's interned name; NULL otherwise */
} Getter;

extern Type ItemGetter_Type, AttrGetter_Type, MethodCaller_Type;

static void getter_dealloc(Object *o) {
    Gc_Untrack(o);
    Getter *g = (Getter *)o;
    XDECREF(g->items);
    XDECREF(g->kw);
    XDECREF(g->name);
    Obj_Free(o);
}

static int getter_traverse(Object *o, VisitFn visit, void *arg) {
    Getter *g = (Getter *)o;
    return (g->items && visit(g->items, arg)) || (g->kw && visit(g->kw, arg));
}

static int getter_clear(Object *o) {
    Getter *g = (Getter *)o;
    CLEAR(g->items);
    CLEAR(g->kw);
    CLEAR(g->name);
    return 0;
}

static Object *getter_make(Type *t, Object *items, Object *kw) {
    Getter *g = (Getter *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!g) {
        DECREF(items);
        XDECREF(kw);
        return NULL;
    }
    g->items = items;
    g->kw = kw;
    return (Object *)g;
}

/* itemgetter and attrgetter take no keywords and at least one argument. */
static int getter_args(const char *name, size_t nargs, Object *kwnames) {
    if (KW_COUNT(kwnames)) {
        Err_Format(Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < 1) {
        Err_Format(Exc_TypeError, "%s expected 1 argument, got 0", name);
        return -1;
    }
    return 0;
}

static Object *itemgetter_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (getter_args("itemgetter", nargs, kwnames) < 0) return NULL;
    Object *items = Tuple_FromArray(args, (ssize_t)nargs);
    return items ? getter_make(t, items, NULL) : NULL;
}

/* The one operand of a getter's call ("itemgetter expected 1 argument, got 2"). */
static int getter_call_args(const char *name, size_t nargs, Object *kwnames) {
    if (KW_COUNT(kwnames)) {
        Err_Format(Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        Err_Format(Exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    return 0;
}

/* A tuple of fn(obj, items[i]) for each i, or the one result for one item. */
static Object *getter_apply(Object *items, Object *obj, Object *(*fn)(Object *, Object *)) {
    ssize_t n = TUPLE_LEN(items);
    if (n == 1) return fn(obj, TUPLE_ITEMS(items)[0]);
    Object *r = Tuple_New(n);
    if (!r) return NULL;
    for (ssize_t i = 0; i < n; i++) {
        Object *v = fn(obj, TUPLE_ITEMS(items)[i]);
        if (!v) {
            DECREF(r);
            return NULL;
        }
        TUPLE_ITEMS(r)[i] = v;
    }
    return r;
}

static Object *itemgetter_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    if (getter_call_args("itemgetter", nargs, kwnames) < 0) return NULL;
    return getter_apply(((Getter *)o)->items, args[0], Obj_GetItem);
}

/* "operator.itemgetter(1, 'a')": the type's name and the reprs of items,
 * each shown by show(item) (attrgetter shows its dotted names). */
static Object *getter_repr(Object *o, Object *items, Object *(*show)(Object *)) {
    int rec = Repr_Enter(o);
    if (rec < 0) return NULL;
    if (rec) return Str_FromFormat("%s(...)", TYPE_NAME(o));
    StrBuilder sb;
    SB_Init(&sb);
    int bad = SB_AppendUTF8(&sb, TYPE_NAME(o), -1) < 0 || SB_AppendChar(&sb, '(') < 0;
    for (ssize_t i = 0; !bad && i < TUPLE_LEN(items); i++) {
        Object *s = show(TUPLE_ITEMS(items)[i]);
        bad = !s || (i && SB_AppendASCII(&sb, ", ", 2) < 0) || SB_AppendStrSteal(&sb, s) < 0;
    }
    Repr_Leave(o);
    if (bad || SB_AppendChar(&sb, ')') < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
}

static Object *itemgetter_repr(Object *o) { return getter_repr(o, ((Getter *)o)->items, Obj_Repr); }

static Object *itemgetter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Tuple_Pack(2, (Object *)TYPE(self), ((Getter *)self)->items);
}

static const MethodDef itemgetter_methods[] = {
    {"__reduce__", itemgetter_reduce, 0, ARGS("($self, /)", "Return state information for pickling")},
    {NULL, NULL, 0, NULL},
};

Type ItemGetter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "operator.itemgetter",
    .basicsize = sizeof(Getter),
    .flags = TPFLAG_GC,
    .doc = "Return a callable object that fetches the given item(s) from its operand.\n"
           "After f = itemgetter(2), the call f(r) returns r[2].\n"
           "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
    .args = ARGS("(item, /, *items)", NULL),
    .dealloc = getter_dealloc,
    .traverse = getter_traverse,
    .clear = getter_clear,
    .new_ = itemgetter_new,
    .call = itemgetter_call,
    .repr = itemgetter_repr,
    .methods = itemgetter_methods,
};

/* ---- attrgetter ------------------------------------------------------------------ */

/* "a.b.c" as the tuple of its interned names; a name without dots as itself. */
static Object *attr_path(Object *name) {
    ssize_t n = STR_LEN(name), start = 0;
    Object *parts = List_New(0);
    if (!parts) return NULL;
    for (ssize_t i = 0; i <= n; i++) {
        if (i < n && STR_CHAR(name, i) != '.') continue;
        Object *part = Str_Substring(name, start, i);
        if (!part || List_Append(parts, Str_Intern(part)) < 0) goto fail; /* Str_Intern: borrowed */
        start = i + 1;
    }
    if (LIST_LEN(parts) == 1) {
        Object *one = NEWREF(LIST_GET(parts, 0));
        DECREF(parts);
        return one;
    }
    Object *t = List_AsTuple(parts);
    DECREF(parts);
    return t;
fail:
    DECREF(parts);
    return NULL;
}

static Object *attrgetter_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (getter_args("attrgetter", nargs, kwnames) < 0) return NULL;
    Object *paths = Tuple_New((ssize_t)nargs);
    if (!paths) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (!Str_Check(args[i])) {
            Err_SetString(Exc_TypeError, "attribute name must be a string");
            DECREF(paths);
            return NULL;
        }
        if (!(TUPLE_ITEMS(paths)[i] = attr_path(args[i]))) {
            DECREF(paths);
            return NULL;
        }
    }
    return getter_make(t, paths, NULL);
}

static Object *attr_follow(Object *obj, Object *path) {
    if (Str_Check(path)) return Obj_GetAttr(obj, path);
    Object *v = NEWREF(obj);
    for (ssize_t i = 0; v && i < TUPLE_LEN(path); i++) SETREF(v, Obj_GetAttr(v, TUPLE_ITEMS(path)[i]));
    return v;
}

static Object *attrgetter_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    if (getter_call_args("attrgetter", nargs, kwnames) < 0) return NULL;
    return getter_apply(((Getter *)o)->items, args[0], attr_follow);
}

/* A path as the dotted name it was given as. */
static Object *attr_dotted(Object *path) {
    if (Str_Check(path)) return NEWREF(path);
    Object *dot = Str_FromChar('.');
    Object *r = dot ? Str_Join(dot, path) : NULL;
    XDECREF(dot);
    return r;
}

static Object *attr_dotted_repr(Object *path) {
    Object *s = attr_dotted(path);
    if (!s) return NULL;
    Object *r = Obj_Repr(s);
    DECREF(s);
    return r;
}

static Object *attrgetter_repr(Object *o) { return getter_repr(o, ((Getter *)o)->items, attr_dotted_repr); }

static Object *attrgetter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *paths = ((Getter *)self)->items;
    Object *names = Tuple_New(TUPLE_LEN(paths));
    if (!names) return NULL;
    for (ssize_t i = 0; i < TUPLE_LEN(paths); i++)
        if (!(TUPLE_ITEMS(names)[i] = attr_dotted(TUPLE_ITEMS(paths)[i]))) {
            DECREF(names);
            return NULL;
        }
    Object *r = Tuple_Pack(2, (Object *)TYPE(self), names);
    DECREF(names);
    return r;
}

static const MethodDef attrgetter_methods[] = {
    {"__reduce__", attrgetter_reduce, 0, ARGS("($self, /)", "Return state information for pickling")},
    {NULL, NULL, 0, NULL},
};

Type AttrGetter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "operator.attrgetter",
    .basicsize = sizeof(Getter),
    .flags = TPFLAG_GC,
    .doc = "Return a callable object that fetches the given attribute(s) from its operand.\n"
           "After f = attrgetter('name'), the call f(r) returns r.name.\n"
           "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
           "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
           "(r.name.first, r.name.last).",
    .args = ARGS("(attr, /, *attrs)", NULL),
    .dealloc = getter_dealloc,
    .traverse = getter_traverse,
    .clear = getter_clear,
    .new_ = attrgetter_new,
    .call = attrgetter_call,
    .repr = attrgetter_repr,
    .methods = attrgetter_methods,
};

/* ---- methodcaller ------------------------------------------------------------------ */

static Object *methodcaller_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs < 1) {
        Err_SetString(Exc_TypeError, "methodcaller needs at least one argument, the method name");
        return NULL;
    }
    if (!Str_Check(args[0])) {
        Err_SetString(Exc_TypeError, "method name must be a string");
        return NULL;
    }
    Object *items = Tuple_FromArray(args + 1, (ssize_t)nargs - 1);
    Object *kw = items ? Dict_New() : NULL;
    if (!kw) {
        XDECREF(items);
        return NULL;
    }
    for (ssize_t i = 0; i < KW_COUNT(kwnames); i++)
        if (Dict_SetItem(kw, TUPLE_ITEMS(kwnames)[i], args[nargs + (size_t)i]) < 0) {
            DECREF(items);
            DECREF(kw);
            return NULL;
        }
    Getter *g = (Getter *)getter_make(t, items, kw);
    if (g) g->name = NEWREF(Str_Intern(NEWREF(args[0])));
    return (Object *)g;
}

static Object *methodcaller_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    if (getter_call_args("methodcaller", nargs, kwnames) < 0) return NULL;
    Getter *g = (Getter *)o;
    Object *method = Obj_GetAttr(args[0], g->name);
    if (!method) return NULL;
    Object *r = Obj_CallTupleDict(method, g->items, Dict_Len(g->kw) ? g->kw : NULL);
    DECREF(method);
    return r;
}

static Object *methodcaller_repr(Object *o) {
    Getter *g = (Getter *)o;
    int rec = Repr_Enter(o);
    if (rec < 0) return NULL;
    if (rec) return Str_FromFormat("%s(...)", TYPE_NAME(o));
    StrBuilder sb;
    SB_Init(&sb);
    int bad = SB_AppendUTF8(&sb, TYPE_NAME(o), -1) < 0 || SB_AppendChar(&sb, '(') < 0 || SB_AppendRepr(&sb, g->name) < 0;
    for (ssize_t i = 0; !bad && i < TUPLE_LEN(g->items); i++)
        bad = SB_AppendASCII(&sb, ", ", 2) < 0 || SB_AppendRepr(&sb, TUPLE_ITEMS(g->items)[i]) < 0;
    ssize_t pos = 0;
    Object *k, *v;
    while (!bad && Dict_Next(g->kw, &pos, &k, &v))
        bad = SB_AppendASCII(&sb, ", ", 2) < 0 || SB_AppendObjStr(&sb, k) < 0 || SB_AppendChar(&sb, '=') < 0 ||
              SB_AppendRepr(&sb, v) < 0;
    Repr_Leave(o);
    if (bad || SB_AppendChar(&sb, ')') < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
}

/* Without keywords: (methodcaller, (name, *args)); with them, a partial of
 * the type holding the name and keywords, called with the arguments, as
 * CPython pickles it. */
static Object *methodcaller_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Getter *g = (Getter *)self;
    ssize_t n = TUPLE_LEN(g->items);
    if (!Dict_Len(g->kw)) {
        Object *all = Tuple_New(n + 1);
        if (!all) return NULL;
        TUPLE_ITEMS(all)[0] = NEWREF(g->name);
        for (ssize_t i = 0; i < n; i++) TUPLE_ITEMS(all)[i + 1] = NEWREF(TUPLE_ITEMS(g->items)[i]);
        Object *r = Tuple_Pack(2, (Object *)TYPE(self), all);
        DECREF(all);
        return r;
    }
    Object *functools = Import_ImportC("functools");
    Object *partial = functools ? Obj_GetAttrC(functools, "partial") : NULL;
    XDECREF(functools);
    if (!partial) return NULL;
    Object *pargs[2] = {(Object *)TYPE(self), g->name};
    Object *ptuple = Tuple_FromArray(pargs, 2);
    Object *part = ptuple ? Obj_CallTupleDict(partial, ptuple, g->kw) : NULL;
    XDECREF(ptuple);
    DECREF(partial);
    if (!part) return NULL;
    Object *r = Tuple_Pack(2, part, g->items);
    DECREF(part);
    return r;
}

static const MethodDef methodcaller_methods[] = {
    {"__reduce__", methodcaller_reduce, 0, ARGS("($self, /)", "Return state information for pickling")},
    {NULL, NULL, 0, NULL},
};

Type MethodCaller_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "operator.methodcaller",
    .basicsize = sizeof(Getter),
    .flags = TPFLAG_GC,
    .doc = "Return a callable object that calls the given method on its operand.\n"
           "After f = methodcaller('name'), the call f(r) returns r.name().\n"
           "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
           "r.name('date', foo=1).",
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(name, /, *args, **kwargs)", NULL),
    .dealloc = getter_dealloc,
    .traverse = getter_traverse,
    .clear = getter_clear,
    .new_ = methodcaller_new,
    .call = methodcaller_call,
    .repr = methodcaller_repr,
    .methods = methodcaller_methods,
};

/* ---- the module ------------------------------------------------------------------- */

#define OP2(name, doc) {#name, op_##name, 0, ARGS("($module, a, b, /)", doc)}
#define OP1(name, doc) {#name, op_##name, 0, ARGS("($module, a, /)", doc)}

static const MethodDef operator_functions[] = {
    {"_compare_digest", op_compare_digest, 0,
     ARGS("($module, a, b, /)",
          "Return 'a == b'.\n\nThis function uses an approach designed to prevent\n"
          "timing analysis, making it appropriate for cryptography.\n\n"
          "a and b must both be of the same type: either str (ASCII only),\n"
          "or any bytes-like object.\n\n"
          "Note: If a and b are of different lengths, or if an error occurs,\n"
          "a timing attack could theoretically reveal information about the\n"
          "types and lengths of a and b--but not their values.")},
    OP1(abs, "Same as abs(a)."),
    OP2(add, "Same as a + b."),
    OP2(and_, "Same as a & b."),
    {"call", op_call, 0, ARGS("($module, obj, /, *args, **kwargs)", "Same as obj(*args, **kwargs).")},
    OP2(concat, "Same as a + b, for a and b sequences."),
    OP2(contains, "Same as b in a (note reversed operands)."),
    OP2(countOf, "Return the number of items in a which are, or which equal, b."),
    OP2(delitem, "Same as del a[b]."),
    OP2(eq, "Same as a == b."),
    OP2(floordiv, "Same as a // b."),
    OP2(ge, "Same as a >= b."),
    OP2(getitem, "Same as a[b]."),
    OP2(gt, "Same as a > b."),
    OP2(iadd, "Same as a += b."),
    OP2(iand, "Same as a &= b."),
    OP2(iconcat, "Same as a += b, for a and b sequences."),
    OP2(ifloordiv, "Same as a //= b."),
    OP2(ilshift, "Same as a <<= b."),
    OP2(imatmul, "Same as a @= b."),
    OP2(imod, "Same as a %= b."),
    OP2(imul, "Same as a *= b."),
    OP1(index, "Same as a.__index__()"),
    OP2(indexOf, "Return the first index of b in a."),
    {"inv", op_invert, 0, ARGS("($module, a, /)", "Same as ~a.")},
    OP1(invert, "Same as ~a."),
    OP2(ior, "Same as a |= b."),
    OP2(ipow, "Same as a **= b."),
    OP2(irshift, "Same as a >>= b."),
    OP2(is_, "Same as a is b."),
    OP1(is_none, "Same as a is None."),
    OP2(is_not, "Same as a is not b."),
    OP1(is_not_none, "Same as a is not None."),
    OP2(isub, "Same as a -= b."),
    OP2(itruediv, "Same as a /= b."),
    OP2(ixor, "Same as a ^= b."),
    OP2(le, "Same as a <= b."),
    {"length_hint", op_length_hint, 0,
     ARGS("($module, obj, default=0, /)",
          "Return an estimate of the number of items in obj.\n\n"
          "This is useful for presizing containers when building from an iterable.\n\n"
          "If the object supports len(), the result will be exact.\n"
          "Otherwise, it may over- or under-estimate by an arbitrary amount.\n"
          "The result will be an integer >= 0.")},
    OP2(lshift, "Same as a << b."),
    OP2(lt, "Same as a < b."),
    OP2(matmul, "Same as a @ b."),
    OP2(mod, "Same as a % b."),
    OP2(mul, "Same as a * b."),
    OP2(ne, "Same as a != b."),
    OP1(neg, "Same as -a."),
    OP1(not_, "Same as not a."),
    OP2(or_, "Same as a | b."),
    OP1(pos, "Same as +a."),
    OP2(pow, "Same as a ** b."),
    OP2(rshift, "Same as a >> b."),
    {"setitem", op_setitem, 0, ARGS("($module, a, b, c, /)", "Same as a[b] = c.")},
    OP2(sub, "Same as a - b."),
    OP2(truediv, "Same as a / b."),
    OP1(truth, "Return True if a is true, False otherwise."),
    OP2(xor, "Same as a ^ b."),
    {NULL, NULL, 0, NULL},
};

Type *const Operator_Types[] = {&ItemGetter_Type, &AttrGetter_Type, &MethodCaller_Type, NULL};

int Operator_Init(Object *module) {
    Object *doc = Str_FromUTF8(
        "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n"
        "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
        "is equivalent to the expression x+y.  The function names are those\n"
        "used for special methods; variants without leading and trailing\n"
        "'__' are also provided for convenience.", -1);
    if (Module_AddObjectSteal(module, "__doc__", doc) < 0) return -1;
    if (Module_AddFunctions(module, operator_functions) < 0) return -1;
    for (Type *const *t = Operator_Types; *t; t++)
        if (Module_AddObject(module, strchr((*t)->name, '.') + 1, (Object *)*t) < 0) return -1;
    return 0;
}
