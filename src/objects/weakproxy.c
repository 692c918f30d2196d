/* weakref.ProxyType and weakref.CallableProxyType: weak references that
 * stand for their referent.  Every operation is passed on to the referent
 * (operands that are proxies are replaced by theirs first); once it died,
 * each raises ReferenceError.  A proxy is never hashable. */
#include "abstract.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/interp.h"

static bool is_proxy(Object *o) {
    return !IS_SMALL(o) && (o->type == &WeakProxy_Type || o->type == &WeakCallableProxy_Type);
}

/* The object o stands for: a new reference to a proxy's referent, or to o
 * itself; NULL with ReferenceError once the referent died. */
static Object *unwrap(Object *o) {
    if (!is_proxy(o)) return NEWREF(o);
    Object *r = ((WeakRef *)o)->referent;
    if (!r) {
        Err_SetString(Exc_ReferenceError, "weakly-referenced object no longer exists");
        return NULL;
    }
    return NEWREF(r);
}

static Object *proxy_binary(Object *a, Object *b, int op) {
    Object *x = unwrap(a);
    if (!x) return NULL;
    Object *y = unwrap(b);
    if (!y) {
        DECREF(x);
        return NULL;
    }
    Object *r = Obj_BinaryOp(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

#define PROXY_BINARY(fn, op) \
    static Object *fn(Object *a, Object *b) { return proxy_binary(a, b, op); }
PROXY_BINARY(proxy_add, NB_ADD)
PROXY_BINARY(proxy_and, NB_AND)
PROXY_BINARY(proxy_floordiv, NB_FLOOR_DIVIDE)
PROXY_BINARY(proxy_lshift, NB_LSHIFT)
PROXY_BINARY(proxy_matmul, NB_MATRIX_MULTIPLY)
PROXY_BINARY(proxy_mul, NB_MULTIPLY)
PROXY_BINARY(proxy_mod, NB_REMAINDER)
PROXY_BINARY(proxy_or, NB_OR)
PROXY_BINARY(proxy_pow, NB_POWER)
PROXY_BINARY(proxy_rshift, NB_RSHIFT)
PROXY_BINARY(proxy_sub, NB_SUBTRACT)
PROXY_BINARY(proxy_truediv, NB_TRUE_DIVIDE)
PROXY_BINARY(proxy_xor, NB_XOR)
#define PROXY_INPLACE(fn, op) PROXY_BINARY(fn, NB_INPLACE_ADD + op)
PROXY_INPLACE(proxy_iadd, NB_ADD)
PROXY_INPLACE(proxy_iand, NB_AND)
PROXY_INPLACE(proxy_ifloordiv, NB_FLOOR_DIVIDE)
PROXY_INPLACE(proxy_ilshift, NB_LSHIFT)
PROXY_INPLACE(proxy_imatmul, NB_MATRIX_MULTIPLY)
PROXY_INPLACE(proxy_imul, NB_MULTIPLY)
PROXY_INPLACE(proxy_imod, NB_REMAINDER)
PROXY_INPLACE(proxy_ior, NB_OR)
PROXY_INPLACE(proxy_ipow, NB_POWER)
PROXY_INPLACE(proxy_irshift, NB_RSHIFT)
PROXY_INPLACE(proxy_isub, NB_SUBTRACT)
PROXY_INPLACE(proxy_itruediv, NB_TRUE_DIVIDE)
PROXY_INPLACE(proxy_ixor, NB_XOR)

/* Operations on the referent alone. */
#define PROXY_UNARY(fn, call)                  \
    static Object *fn(Object *self) {          \
        Object *o = unwrap(self);              \
        if (!o) return NULL;                   \
        Object *r = call(o);                   \
        DECREF(o);                             \
        return r;                              \
    }
PROXY_UNARY(proxy_neg, Obj_Negative)
PROXY_UNARY(proxy_pos, Obj_Positive)
PROXY_UNARY(proxy_invert, Obj_Invert)
PROXY_UNARY(proxy_abs, Obj_Absolute)
PROXY_UNARY(proxy_int, Int_FromObject)
PROXY_UNARY(proxy_float, Float_FromObject)
PROXY_UNARY(proxy_index, Obj_Index)
PROXY_UNARY(proxy_str, Obj_Str)
PROXY_UNARY(proxy_iter, Obj_GetIter)

static Object *proxy_repr(Object *self) { return Weak_Repr(self, "weakproxy", false); }

static Object *proxy_iternext(Object *self) {
    Object *o = unwrap(self);
    if (!o) return NULL;
    Object *r = NULL;
    if (!TYPE(o)->iternext)
        Err_Format(Exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object", TYPE_NAME(o));
    else
        r = TYPE(o)->iternext(o);
    DECREF(o);
    return r;
}

static int proxy_bool(Object *self) {
    Object *o = unwrap(self);
    if (!o) return -1;
    int r = Obj_IsTrue(o);
    DECREF(o);
    return r;
}

static ssize_t proxy_len(Object *self) {
    Object *o = unwrap(self);
    if (!o) return -1;
    ssize_t r = Obj_Len(o);
    DECREF(o);
    return r;
}

static Object *proxy_getitem(Object *self, Object *key) {
    Object *o = unwrap(self);
    if (!o) return NULL;
    Object *r = Obj_GetItem(o, key);
    DECREF(o);
    return r;
}

static int proxy_setitem(Object *self, Object *key, Object *v) {
    Object *o = unwrap(self);
    if (!o) return -1;
    int r = v ? Obj_SetItem(o, key, v) : Obj_DelItem(o, key);
    DECREF(o);
    return r;
}

static int proxy_contains(Object *self, Object *item) {
    Object *o = unwrap(self);
    if (!o) return -1;
    int r = Obj_Contains(o, item);
    DECREF(o);
    return r;
}

static Object *proxy_getattr(Object *self, Object *name) {
    Object *o = unwrap(self);
    if (!o) return NULL;
    Object *r = Obj_GetAttr(o, name);
    DECREF(o);
    return r;
}

static int proxy_setattr(Object *self, Object *name, Object *v) {
    Object *o = unwrap(self);
    if (!o) return -1;
    int r = Obj_SetAttr(o, name, v);
    DECREF(o);
    return r;
}

static Object *proxy_richcompare(Object *a, Object *b, int op) {
    Object *x = unwrap(a);
    if (!x) return NULL;
    Object *y = unwrap(b);
    if (!y) {
        DECREF(x);
        return NULL;
    }
    Object *r = Obj_RichCompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

static Object *proxy_call(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *o = unwrap(self);
    if (!o) return NULL;
    Object *r = Obj_Call(o, args, nargs, kwnames);
    DECREF(o);
    return r;
}

/* __bytes__ and __reversed__ have no slot: they call the referent's method. */
static Object *call_method(Object *self, const char *name) {
    Object *o = unwrap(self);
    if (!o) return NULL;
    Object *r = Obj_CallMethodC(o, name, NULL, 0);
    DECREF(o);
    return r;
}

static Object *proxy_bytes(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return call_method(self, "__bytes__");
}

static Object *proxy_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return call_method(self, "__reversed__");
}

/* divmod() has no slot either: the built-in runs on the referents. */
static Object *divmod_of(Object *a, Object *b) {
    Object *divmod = Dict_GetStr(g_interp->builtins_copy ? g_interp->builtins_copy : g_interp->builtins, "divmod");
    if (!divmod) {
        Err_SetString(Exc_RuntimeError, "lost builtins.divmod");
        return NULL;
    }
    Object *x = unwrap(a);
    if (!x) return NULL;
    Object *y = unwrap(b);
    if (!y) {
        DECREF(x);
        return NULL;
    }
    Object *pair[2] = {x, y};
    Object *r = Obj_Call(divmod, pair, 2, NULL);
    DECREF(x);
    DECREF(y);
    return r;
}

static Object *proxy_divmod(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return divmod_of(self, args[0]);
}

static Object *proxy_rdivmod(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return divmod_of(args[0], self);
}

static const MethodDef proxy_methods[] = {
    {"__divmod__", proxy_divmod, 0, ARGS("($self, value, /)", "Return divmod(self, value).")},
    {"__rdivmod__", proxy_rdivmod, 0, ARGS("($self, value, /)", "Return divmod(value, self).")},
    {"__bytes__", proxy_bytes, 0, ARGS("($self, /)", NULL)},
    {"__reversed__", proxy_reversed, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

#define PROXY_SLOTS                                                                                         \
    .ob = OBJ_HEAD_INIT(&Type_Type), .basicsize = sizeof(WeakRef), .flags = TPFLAG_GC,                   \
    .dealloc = Weak_Dealloc, .traverse = Weak_Traverse, .clear = Weak_ClearRef, .repr = proxy_repr,       \
    .str = proxy_str, .getattr = proxy_getattr, .setattr = proxy_setattr,                                 \
    .richcompare = proxy_richcompare, .iter = proxy_iter, .iternext = proxy_iternext,                     \
    .nb = {[NB_ADD] = proxy_add, [NB_AND] = proxy_and, [NB_FLOOR_DIVIDE] = proxy_floordiv,                \
           [NB_LSHIFT] = proxy_lshift, [NB_MATRIX_MULTIPLY] = proxy_matmul, [NB_MULTIPLY] = proxy_mul,     \
           [NB_REMAINDER] = proxy_mod, [NB_OR] = proxy_or, [NB_POWER] = proxy_pow,                        \
           [NB_RSHIFT] = proxy_rshift, [NB_SUBTRACT] = proxy_sub, [NB_TRUE_DIVIDE] = proxy_truediv,       \
           [NB_XOR] = proxy_xor},                                                                         \
    .nb_inplace = {[NB_ADD] = proxy_iadd, [NB_AND] = proxy_iand, [NB_FLOOR_DIVIDE] = proxy_ifloordiv,     \
                   [NB_LSHIFT] = proxy_ilshift, [NB_MATRIX_MULTIPLY] = proxy_imatmul,                     \
                   [NB_MULTIPLY] = proxy_imul, [NB_REMAINDER] = proxy_imod, [NB_OR] = proxy_ior,          \
                   [NB_POWER] = proxy_ipow, [NB_RSHIFT] = proxy_irshift, [NB_SUBTRACT] = proxy_isub,      \
                   [NB_TRUE_DIVIDE] = proxy_itruediv, [NB_XOR] = proxy_ixor},                             \
    .nb_negative = proxy_neg, .nb_positive = proxy_pos, .nb_invert = proxy_invert,                        \
    .nb_absolute = proxy_abs, .nb_int = proxy_int, .nb_float = proxy_float, .nb_index = proxy_index,      \
    .nb_bool = proxy_bool, .len = proxy_len, .getitem = proxy_getitem, .setitem = proxy_setitem,          \
    .contains = proxy_contains, .methods = proxy_methods

Type WeakProxy_Type = {
    PROXY_SLOTS,
    .name = "weakref.ProxyType",
};

Type WeakCallableProxy_Type = {
    PROXY_SLOTS,
    .name = "weakref.CallableProxyType",
    .call = proxy_call,
};
