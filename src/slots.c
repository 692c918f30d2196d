/* Type slots and dunder methods, both directions:
 *  - a class statement that defines __add__ gets a C slot function that looks
 *    the method up and calls it ("slot functions", for heap types);
 *  - a built-in type's C slot shows up as a method, int.__add__ ("slot
 *    wrappers", added to the dicts of static types by Type_Ready).
 * One table, slotdefs[], says which dunder names feed which slot. */
#include "slots.h"
#include "abstract.h"
#include "class.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/interp.h"
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ---- calling a dunder found on the type ----------------------------------- */

/* Calls descr (found on type(self)) as a method of self, without making a
 * bound method when it is a plain function or method descriptor. */
static Object *call_descr(Object *descr, Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (TYPE(descr) == &Function_Type || TYPE(descr) == &MethodDescr_Type || TYPE(descr) == &SlotWrapper_Type) {
        size_t total = nargs + (size_t)KW_COUNT(kwnames);
        Object *small[6];
        Object **stack = total < 6 ? small : malloc(sizeof(Object *) * (total + 1));
        if (!stack) return Err_NoMemory();
        stack[0] = self;
        for (size_t i = 0; i < total; i++) stack[i + 1] = args[i];
        Object *r = Obj_Call(descr, stack, nargs + 1, kwnames);
        if (stack != small) free(stack);
        return r;
    }
    Object *bound = TYPE(descr)->descr_get ? TYPE(descr)->descr_get(descr, self, TYPE(self)) : NEWREF(descr);
    if (!bound) return NULL;
    Object *r = Obj_Call(bound, args, nargs, kwnames);
    DECREF(bound);
    return r;
}

/* The interned str for a method name given as a string literal: a small
 * cache keyed by the literal's address saves hashing it on every call.  One
 * per thread (allocated on first use), as the entries are rewritten. */
#define NAME_CACHE_SIZE 128
typedef struct NameCacheEntry { const char *key; Object *str; } NameCacheEntry;
static THREAD_LOCAL NameCacheEntry *name_cache;

static Object *method_name(const char *name) {
    NameCacheEntry *cache = name_cache;
    if (__builtin_expect(!cache, 0) && !(cache = name_cache = calloc(NAME_CACHE_SIZE, sizeof *cache)))
        return Str_InternC(name);
    size_t i = ((uintptr_t)name >> 3) & (NAME_CACHE_SIZE - 1);
    if (cache[i].key == name) return cache[i].str;
    Object *s = Str_InternC(name);
    if (s) {
        cache[i].key = name;
        cache[i].str = s;
    }
    return s;
}

void Slots_ThreadExit(void) {
    free(name_cache);
    name_cache = NULL;
}

Object *Obj_CallSpecial(Object *o, Object *name, Object *const *args, size_t nargs, bool *found) {
    Object *descr = Type_Lookup(TYPE(o), name);
    *found = descr != NULL;
    if (!descr) return NULL;
    INCREF(descr); /* the call may change the class */
    Object *r = call_descr(descr, o, args, nargs, NULL);
    DECREF(descr);
    return r;
}

/* Obj_CallSpecial by a literal name; without found, a missing method is an
 * AttributeError. */
static Object *call_special(Object *self, const char *name, Object *const *args, size_t nargs, bool *found) {
    Object *id = method_name(name);
    bool have = true; /* failing to make the name is an error to report */
    Object *r = id ? Obj_CallSpecial(self, id, args, nargs, &have) : NULL;
    if (found) *found = have;
    else if (!have) Err_Format(Exc_AttributeError, "'%s' object has no attribute '%s'", TYPE_NAME(self), name);
    return r;
}

static Object *call0(Object *self, const char *name) { return call_special(self, name, NULL, 0, NULL); }
static Object *call1(Object *self, const char *name, Object *a) { return call_special(self, name, &a, 1, NULL); }

/* ---- slot functions for classes -------------------------------------------- */

static Object *slot_repr(Object *self) { return call0(self, "__repr__"); }
static Object *slot_str(Object *self) { return call0(self, "__str__"); }

static hash_t slot_hash(Object *self) {
    Object *r = call0(self, "__hash__");
    if (!r) return -1;
    if (!Int_Check(r)) {
        DECREF(r);
        Err_SetString(Exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    hash_t h;
    int64_t v;
    if (Int_AsI64(r, &v) == 0) h = v;
    else {
        Err_Clear();
        h = Int_Hash(r);
    }
    DECREF(r);
    return h == -1 ? -2 : h;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static Object *slot_richcompare(Object *self, Object *other, int op) {
    bool found;
    Object *r = call_special(self, cmp_names[op], &other, 1, &found);
    if (!found) return NEWREF(OBJ_NOTIMPL);
    return r;
}

static Object *slot_getattr_hook(Object *self, Object *name) {
    Type *t = TYPE(self);
    Object *getattribute = Type_Lookup(t, ID(__getattribute__));
    Object *r;
    if (!getattribute)
        r = Obj_GenericGetAttr(self, name);
    else if (TYPE(getattribute) == &SlotWrapper_Type &&
             ((SlotWrapper *)getattribute)->def->offset == offsetof(Type, getattr)) {
        /* a built-in __getattribute__ (object's, type's): its C slot */
        GetAttrFn ga = ((SlotWrapper *)getattribute)->owner->getattr;
        r = ga && ga != slot_getattr_hook ? ga(self, name) : Obj_GenericGetAttr(self, name);
    } else
        r = call1(self, "__getattribute__", name);
    if (r || !Err_Matches(Exc_AttributeError)) return r;
    Object *getattr = Type_Lookup(t, ID(__getattr__));
    if (!getattr) return NULL;
    Err_Clear();
    return call1(self, "__getattr__", name);
}

static int slot_setattr(Object *self, Object *name, Object *v) {
    Object *r;
    if (v) {
        Object *args[2] = {name, v};
        r = call_special(self, "__setattr__", args, 2, NULL);
    } else {
        r = call1(self, "__delattr__", name);
    }
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static Object *slot_call(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *descr = Type_Lookup(TYPE(self), ID(__call__));
    if (!descr) {
        Err_Format(Exc_TypeError, "'%s' object is not callable", TYPE_NAME(self));
        return NULL;
    }
    INCREF(descr);
    Object *r = call_descr(descr, self, args, nargs, kwnames);
    DECREF(descr);
    return r;
}

static Object *slot_iter(Object *self) {
    Object *descr = Type_Lookup(TYPE(self), ID(__iter__));
    if (descr == OBJ_NONE) {
        Err_Format(Exc_TypeError, "'%s' object is not iterable", TYPE_NAME(self));
        return NULL;
    }
    return call0(self, "__iter__");
}

static Object *slot_iternext(Object *self) { return call0(self, "__next__"); }

static Object *slot_descr_get(Object *self, Object *obj, Type *owner) {
    Object *args[2] = {obj ? obj : OBJ_NONE, owner ? (Object *)owner : OBJ_NONE};
    return call_special(self, "__get__", args, 2, NULL);
}

/* A slot whose other half is missing (__set__ without __delete__...):
 * AttributeError naming the missing method, as CPython says it. */
static Object *call_or_name_error(Object *self, const char *name, Object *const *args, size_t nargs) {
    bool found;
    Object *r = call_special(self, name, args, nargs, &found);
    if (!found) {
        Object *n = Str_FromUTF8(name, -1);
        if (n) {
            Err_SetObject(Exc_AttributeError, n);
            DECREF(n);
        }
    }
    return r;
}

static int slot_descr_set(Object *self, Object *obj, Object *v) {
    Object *r;
    if (v) {
        Object *args[2] = {obj, v};
        r = call_or_name_error(self, "__set__", args, 2);
    } else {
        r = call_or_name_error(self, "__delete__", &obj, 1);
    }
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static int slot_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *descr = Type_Lookup(TYPE(self), ID(__init__));
    if (!descr) return 0;
    INCREF(descr);
    Object *r = call_descr(descr, self, args, nargs, kwnames);
    DECREF(descr);
    if (!r) return -1;
    if (r != OBJ_NONE) {
        Err_Format(Exc_TypeError, "__init__() should return None, not '%s'", TYPE_NAME(r));
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return 0;
}

const InitFn Slots_CallInit = slot_init;

static Object *slot_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *fn = Type_Lookup(t, ID(__new__));
    if (!fn) {
        Err_Format(Exc_TypeError, "cannot create '%s' instances", t->name);
        return NULL;
    }
    /* __new__ is a static method: call it with the class prepended */
    Object *f = TYPE(fn)->descr_get ? TYPE(fn)->descr_get(fn, NULL, t) : NEWREF(fn);
    if (!f) return NULL;
    size_t total = nargs + (size_t)KW_COUNT(kwnames);
    Object **stack = malloc(sizeof(Object *) * (total + 1));
    if (!stack) { DECREF(f); return Err_NoMemory(); }
    stack[0] = (Object *)t;
    for (size_t i = 0; i < total; i++) stack[i + 1] = args[i];
    Object *r = Obj_Call(f, stack, nargs + 1, kwnames);
    free(stack);
    DECREF(f);
    return r;
}

static ssize_t slot_len(Object *self) {
    Object *r = call0(self, "__len__");
    if (!r) return -1;
    Object *i = Obj_Index(r);
    DECREF(r);
    if (!i) return -1;
    if (Int_Sign(i) < 0) {
        DECREF(i);
        Err_SetString(Exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    ssize_t n = Int_AsSsize(i);
    DECREF(i);
    if (n == -1 && Err_Occurred() && Err_Matches(Exc_OverflowError)) {
        Err_Clear();
        Err_SetString(Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return n;
}

static Object *slot_getitem(Object *self, Object *key) { return call1(self, "__getitem__", key); }

static int slot_setitem(Object *self, Object *key, Object *v) {
    Object *r;
    if (v) {
        Object *args[2] = {key, v};
        r = call_or_name_error(self, "__setitem__", args, 2);
    } else {
        r = call_or_name_error(self, "__delitem__", &key, 1);
    }
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static int slot_contains(Object *self, Object *item) {
    if (Type_Lookup(TYPE(self), ID(__contains__)) == OBJ_NONE) {
        Err_Format(Exc_TypeError, "'%s' object is not a container", TYPE_NAME(self));
        return -1;
    }
    bool found;
    Object *r = call_special(self, "__contains__", &item, 1, &found);
    if (!found) {
        /* no __contains__: iterate (the generic layer's fallback) */
        Object *it = Obj_GetIter(self);
        if (!it) return -1;
        for (;;) {
            Object *x = Iter_Next(it);
            if (!x) { DECREF(it); return Err_Occurred() ? -1 : 0; }
            int eq = Obj_RichCompareBool(x, item, CMP_EQ);
            DECREF(x);
            if (eq) { DECREF(it); return eq; }
        }
    }
    if (!r) return -1;
    int t = Obj_IsTrue(r);
    DECREF(r);
    return t;
}

static int slot_bool(Object *self) {
    if (Type_Lookup(TYPE(self), ID(__bool__)) == OBJ_NONE) {
        Err_Format(Exc_TypeError, "'%s' cannot be interpreted as a boolean", TYPE_NAME(self));
        return -1;
    }
    bool found;
    Object *r = call_special(self, "__bool__", NULL, 0, &found);
    if (!found) {
        Object *len = Type_Lookup(TYPE(self), ID(__len__));
        if (!len) return 1;
        ssize_t n = slot_len(self);
        return n < 0 ? -1 : n > 0;
    }
    if (!r) return -1;
    if (r != OBJ_TRUE && r != OBJ_FALSE) {
        Err_Format(Exc_TypeError, "__bool__ should return bool, returned %s", TYPE_NAME(r));
        DECREF(r);
        return -1;
    }
    return r == OBJ_TRUE;
}

#define UNARY_SLOT(fn, name) static Object *fn(Object *self) { return call0(self, name); }
UNARY_SLOT(slot_neg, "__neg__")
UNARY_SLOT(slot_pos, "__pos__")
UNARY_SLOT(slot_invert, "__invert__")
UNARY_SLOT(slot_abs, "__abs__")
UNARY_SLOT(slot_int, "__int__")
UNARY_SLOT(slot_float, "__float__")
UNARY_SLOT(slot_index, "__index__")

/* Binary operators: one C function per operator handles both a.__op__(b)
 * and, for the right operand, b.__rop__(a) — with a subclass that overrides
 * __rop__ going first, as CPython does. */
static const char *const op_names[NB_COUNT][3] = {
    {"__add__", "__radd__", "__iadd__"},       {"__and__", "__rand__", "__iand__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}, {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"}, {"__mul__", "__rmul__", "__imul__"},
    {"__mod__", "__rmod__", "__imod__"},       {"__or__", "__ror__", "__ior__"},
    {"__pow__", "__rpow__", "__ipow__"},       {"__rshift__", "__rrshift__", "__irshift__"},
    {"__sub__", "__rsub__", "__isub__"},       {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__xor__", "__rxor__", "__ixor__"},
};

static BinaryFn binary_slot_fns[NB_COUNT];

static bool has_method(Type *t, const char *name) {
    return Type_Lookup(t, Str_InternC(name)) != NULL;
}

static bool overrides(Type *sub, Type *base, const char *name) {
    Object *n = Str_InternC(name);
    return Type_Lookup(sub, n) != Type_Lookup(base, n);
}

static Object *binary_slot(Object *a, Object *b, int op) {
    Type *ta = TYPE(a), *tb = TYPE(b);
    BinaryFn me = binary_slot_fns[op];
    bool do_other = ta != tb && tb->nb[op] == me && has_method(tb, op_names[op][1]);
    if (ta->nb[op] == me) {
        /* a subclass on the right goes first only if it overrides the reflected method */
        if (do_other && Type_IsSubtype(tb, ta) && overrides(tb, ta, op_names[op][1])) {
            Object *r = call_special(b, op_names[op][1], &a, 1, NULL);
            if (!r || r != OBJ_NOTIMPL) return r;
            DECREF(r);
            do_other = false;
        }
        bool found;
        Object *r = call_special(a, op_names[op][0], &b, 1, &found);
        if (found && (!r || r != OBJ_NOTIMPL)) return r;
        XDECREF(r);
    }
    if (do_other) return call_special(b, op_names[op][1], &a, 1, NULL);
    return NEWREF(OBJ_NOTIMPL);
}

#define BINARY_SLOT(op)                                                        \
    static Object *slot_nb_##op(Object *a, Object *b) { return binary_slot(a, b, op); } \
    static Object *slot_inplace_##op(Object *a, Object *b) {                   \
        bool found;                                                            \
        Object *r = call_special(a, op_names[op][2], &b, 1, &found);           \
        return found ? r : NEWREF(OBJ_NOTIMPL);                                \
    }
BINARY_SLOT(0) BINARY_SLOT(1) BINARY_SLOT(2) BINARY_SLOT(3) BINARY_SLOT(4) BINARY_SLOT(5) BINARY_SLOT(6)
BINARY_SLOT(7) BINARY_SLOT(8) BINARY_SLOT(9) BINARY_SLOT(10) BINARY_SLOT(11) BINARY_SLOT(12)

static BinaryFn binary_slot_fns[NB_COUNT] = {
    slot_nb_0, slot_nb_1, slot_nb_2, slot_nb_3, slot_nb_4, slot_nb_5, slot_nb_6,
    slot_nb_7, slot_nb_8, slot_nb_9, slot_nb_10, slot_nb_11, slot_nb_12,
};
static const BinaryFn inplace_slot_fns[NB_COUNT] = {
    slot_inplace_0, slot_inplace_1, slot_inplace_2, slot_inplace_3, slot_inplace_4, slot_inplace_5, slot_inplace_6,
    slot_inplace_7, slot_inplace_8, slot_inplace_9, slot_inplace_10, slot_inplace_11, slot_inplace_12,
};

/* ---- slot wrappers: C slots called as dunder methods ---------------------- */

typedef Object *(*WrapperFn)(Object *self, Object *const *args, size_t nargs, Object *kwnames, const SlotDef *d,
                             Type *owner);

static bool wrap_check_args(const SlotDef *d, size_t nargs, Object *kwnames, size_t want) {
    return Arg_WrapperCheck(d->name, nargs, kwnames, want) == 0;
}

#define SLOT_AT(owner, d, T) (*(T *)((char *)(owner) + (d)->offset))

static Object *wrap_unary(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 0)) return NULL;
    return SLOT_AT(o, d, UnaryFn)(self);
}
static Object *wrap_hash(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 0)) return NULL;
    hash_t h = o->hash(self);
    return h == -1 ? NULL : Int_FromI64(h);
}
static Object *wrap_len(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 0)) return NULL;
    ssize_t n = o->len(self);
    return n < 0 ? NULL : Int_FromI64(n);
}
static Object *wrap_bool(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 0)) return NULL;
    int t = o->nb_bool(self);
    return t < 0 ? NULL : NEWREF(Bool_From(t));
}
static Object *wrap_next(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 0)) return NULL;
    Object *r = o->iternext(self);
    if (!r && !Err_Occurred()) Err_SetObject(Exc_StopIteration, NULL);
    return r;
}
static Object *wrap_binary(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 1)) return NULL;
    return SLOT_AT(o, d, BinaryFn)(self, args[0]);
}
static Object *wrap_binary_r(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 1)) return NULL;
    return SLOT_AT(o, d, BinaryFn)(args[0], self);
}
/* seq.__add__(x), seq.__iadd__(x) of a built-in sequence: the slot gives
 * NotImplemented for an operand it does not take (the operator then tries
 * the other side), the method raises the operator's error. */
static Object *wrap_concat(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 1)) return NULL;
    Object *r = SLOT_AT(o, d, BinaryFn)(self, args[0]);
    if (r != OBJ_NOTIMPL) return r;
    DECREF(r);
    Obj_BinaryOpError(self, args[0], NB_ADD);
    return NULL;
}
/* seq.__mul__(n), __rmul__, __imul__: n must be an index, as in CPython. */
static Object *wrap_repeat(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 1)) return NULL;
    Object *n = args[0];
    if (!Int_Check(n) && !TYPE(n)->nb_index) {
        Err_Format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(n));
        return NULL;
    }
    return SLOT_AT(o, d, BinaryFn)(self, n);
}
/* x.__pow__(y[, mod]) and x.__rpow__(y[, mod]): a modulus other than None
 * goes to the type's three-argument slot, with the operands in order. */
static Object *wrap_pow_either(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o,
                               bool reflected) {
    if (KW_COUNT(kw)) {
        wrap_check_args(d, nargs, kw, 1); /* raises the wrapper's keyword error */
        return NULL;
    }
    if (nargs < 1 || nargs > 2) {
        Err_Format(Exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
        return NULL;
    }
    Object *base = reflected ? args[0] : self, *exp = reflected ? self : args[0];
    if (nargs == 1 || args[1] == OBJ_NONE) return SLOT_AT(o, d, BinaryFn)(base, exp);
    return o->nb_power3 ? o->nb_power3(base, exp, args[1]) : NEWREF(OBJ_NOTIMPL);
}
static Object *wrap_pow(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    return wrap_pow_either(self, args, nargs, kw, d, o, false);
}
static Object *wrap_rpow(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    return wrap_pow_either(self, args, nargs, kw, d, o, true);
}
static Object *wrap_richcmp(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 1)) return NULL;
    return o->richcompare(self, args[0], d->op);
}
static Object *wrap_getattr(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 1)) return NULL;
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "attribute name must be string, not '%s'", TYPE_NAME(args[0]));
        return NULL;
    }
    return o->getattr ? o->getattr(self, args[0]) : Obj_GenericGetAttr(self, args[0]);
}
static Object *wrap_setattr(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 2)) return NULL;
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "attribute name must be string, not '%s'", TYPE_NAME(args[0]));
        return NULL;
    }
    int r = o->setattr ? o->setattr(self, args[0], args[1]) : Obj_GenericSetAttr(self, args[0], args[1]);
    return r < 0 ? NULL : NEWREF(OBJ_NONE);
}
static Object *wrap_delattr(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 1)) return NULL;
    int r = o->setattr ? o->setattr(self, args[0], NULL) : Obj_GenericSetAttr(self, args[0], NULL);
    return r < 0 ? NULL : NEWREF(OBJ_NONE);
}
static Object *wrap_setitem(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 2)) return NULL;
    return o->setitem(self, args[0], args[1]) < 0 ? NULL : NEWREF(OBJ_NONE);
}
static Object *wrap_delitem(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 1)) return NULL;
    return o->setitem(self, args[0], NULL) < 0 ? NULL : NEWREF(OBJ_NONE);
}
static Object *wrap_contains(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 1)) return NULL;
    int r = o->contains(self, args[0]);
    return r < 0 ? NULL : NEWREF(Bool_From(r));
}
static Object *wrap_call(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    return o->call(self, args, nargs, kw);
}
static Object *wrap_init(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    return o->init(self, args, nargs, kw) < 0 ? NULL : NEWREF(OBJ_NONE);
}
static Object *wrap_descr_get(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (nargs < 1 || nargs > 2) {
        Err_SetString(Exc_TypeError, "__get__(None, None) is invalid");
        return NULL;
    }
    Object *obj = args[0] == OBJ_NONE ? NULL : args[0];
    Object *owner = nargs > 1 && args[1] != OBJ_NONE ? args[1] : NULL;
    if (!obj && !owner) {
        Err_SetString(Exc_TypeError, "__get__(None, None) is invalid");
        return NULL;
    }
    return o->descr_get(self, obj, (Type *)owner);
}
static Object *wrap_descr_set(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d, Type *o) {
    if (!wrap_check_args(d, nargs, kw, 2)) return NULL;
    return o->descr_set(self, args[0], args[1]) < 0 ? NULL : NEWREF(OBJ_NONE);
}
static Object *wrap_descr_delete(Object *self, Object *const *args, size_t nargs, Object *kw, const SlotDef *d,
                                 Type *o) {
    if (!wrap_check_args(d, nargs, kw, 1)) return NULL;
    return o->descr_set(self, args[0], NULL) < 0 ? NULL : NEWREF(OBJ_NONE);
}

#define SLOT(name, field, heapfn, wrap) {name, offsetof(Type, field), (void *)(heapfn), (void *)(wrap), 0, NULL, NULL, NULL}
#define CMP(name, op) {name, offsetof(Type, richcompare), (void *)slot_richcompare, (void *)wrap_richcmp, op, NULL, NULL, NULL}
/* (the names are spelled out, as in op_names: an initializer may not read
 * another array's elements in standard C, which clang enforces) */
#define NB(i, name, fn_l, fn_r) \
    {"__" #name "__", offsetof(Type, nb[i]), NULL, (void *)(fn_l), i, NULL, NULL, NULL}, \
    {"__r" #name "__", offsetof(Type, nb[i]), NULL, (void *)(fn_r), i, NULL, NULL, NULL}
#define NBI(i, name) {"__i" #name "__", offsetof(Type, nb_inplace[i]), NULL, (void *)wrap_binary, i, NULL, NULL, NULL}

/* Names with the slot they feed; heap functions of binary operators are
 * filled from binary_slot_fns by index. */
static SlotDef slotdefs[] = {
    SLOT("__getattribute__", getattr, slot_getattr_hook, wrap_getattr),
    SLOT("__getattr__", getattr, slot_getattr_hook, NULL),
    SLOT("__setattr__", setattr, slot_setattr, wrap_setattr),
    SLOT("__delattr__", setattr, slot_setattr, wrap_delattr),
    SLOT("__repr__", repr, slot_repr, wrap_unary),
    SLOT("__str__", str, slot_str, wrap_unary),
    SLOT("__hash__", hash, slot_hash, wrap_hash),
    SLOT("__call__", call, slot_call, wrap_call),
    CMP("__lt__", CMP_LT), CMP("__le__", CMP_LE), CMP("__eq__", CMP_EQ),
    CMP("__ne__", CMP_NE), CMP("__gt__", CMP_GT), CMP("__ge__", CMP_GE),
    SLOT("__iter__", iter, slot_iter, wrap_unary),
    SLOT("__next__", iternext, slot_iternext, wrap_next),
    SLOT("__get__", descr_get, slot_descr_get, wrap_descr_get),
    SLOT("__set__", descr_set, slot_descr_set, wrap_descr_set),
    SLOT("__delete__", descr_set, slot_descr_set, wrap_descr_delete),
    SLOT("__init__", init, slot_init, wrap_init),
    SLOT("__len__", len, slot_len, wrap_len),
    SLOT("__getitem__", getitem, slot_getitem, wrap_binary),
    SLOT("__setitem__", setitem, slot_setitem, wrap_setitem),
    SLOT("__delitem__", setitem, slot_setitem, wrap_delitem),
    SLOT("__contains__", contains, slot_contains, wrap_contains),
    SLOT("__bool__", nb_bool, slot_bool, wrap_bool),
    SLOT("__neg__", nb_negative, slot_neg, wrap_unary),
    SLOT("__pos__", nb_positive, slot_pos, wrap_unary),
    SLOT("__invert__", nb_invert, slot_invert, wrap_unary),
    SLOT("__abs__", nb_absolute, slot_abs, wrap_unary),
    SLOT("__int__", nb_int, slot_int, wrap_unary),
    SLOT("__float__", nb_float, slot_float, wrap_unary),
    SLOT("__index__", nb_index, slot_index, wrap_unary),
    NB(0, add, wrap_binary, wrap_binary_r), NB(1, and, wrap_binary, wrap_binary_r),
    NB(2, floordiv, wrap_binary, wrap_binary_r), NB(3, lshift, wrap_binary, wrap_binary_r),
    NB(4, matmul, wrap_binary, wrap_binary_r), NB(5, mul, wrap_binary, wrap_binary_r),
    NB(6, mod, wrap_binary, wrap_binary_r), NB(7, or, wrap_binary, wrap_binary_r),
    NB(8, pow, wrap_pow, wrap_rpow), NB(9, rshift, wrap_binary, wrap_binary_r),
    NB(10, sub, wrap_binary, wrap_binary_r), NB(11, truediv, wrap_binary, wrap_binary_r),
    NB(12, xor, wrap_binary, wrap_binary_r),
    /* sequence slots: methods of built-in types only (a class's __add__ feeds nb) */
    {"__add__", offsetof(Type, sq_concat), NULL, (void *)wrap_concat, -1, NULL, NULL, NULL},
    {"__mul__", offsetof(Type, sq_repeat), NULL, (void *)wrap_repeat, -1, NULL, NULL, NULL},
    {"__rmul__", offsetof(Type, sq_repeat), NULL, (void *)wrap_repeat, -1, NULL, NULL, NULL},
    {"__iadd__", offsetof(Type, sq_inplace_concat), NULL, (void *)wrap_concat, -1, NULL, NULL, NULL},
    {"__imul__", offsetof(Type, sq_inplace_repeat), NULL, (void *)wrap_repeat, -1, NULL, NULL, NULL},
    NBI(0, add), NBI(1, and), NBI(2, floordiv), NBI(3, lshift), NBI(4, matmul), NBI(5, mul), NBI(6, mod),
    NBI(7, or), NBI(8, pow), NBI(9, rshift), NBI(10, sub), NBI(11, truediv), NBI(12, xor),
    {NULL, 0, NULL, NULL, 0, NULL, NULL, NULL},
};

/* Completes slotdefs[]: the heap functions of binary operators, the
 * interned names, and the entries that feed each slot from a class linked
 * in table order.  Runs once, while the runtime starts (Type_Ready of the
 * first type), before any other thread reads the table.  -1 on error. */
static int slotdefs_ready(void) {
    static bool done;
    if (done) return 0;
    for (SlotDef *d = slotdefs; d->name; d++)
        if (!(d->str = Str_InternC(d->name))) return -1;
    for (SlotDef *d = slotdefs; d->name; d++) {
        if (d->heap_fn || d->op < 0) continue;
        if (d->offset >= offsetof(Type, nb_inplace) && d->offset < offsetof(Type, nb_inplace) + sizeof(BinaryFn) * NB_COUNT)
            d->heap_fn = (void *)inplace_slot_fns[d->op];
        else
            d->heap_fn = (void *)binary_slot_fns[d->op];
    }
    for (SlotDef *d = slotdefs; d->name; d++) {
        if (!d->heap_fn) continue;
        d->head = d;
        for (SlotDef *e = slotdefs; e != d && d->head == d; e++)
            if (e->heap_fn && e->offset == d->offset) d->head = e;
        for (SlotDef *e = d + 1; e->name && !d->next_same; e++)
            if (e->heap_fn && e->offset == d->offset) d->next_same = e;
    }
    done = true;
    return 0;
}

/* ---- the slot wrapper and method-wrapper types ------------------------- */

static Object *slotwrapper_new(Type *owner, const SlotDef *d) {
    SlotWrapper *w = (SlotWrapper *)Obj_Alloc(&SlotWrapper_Type, sizeof(SlotWrapper));
    if (!w) return NULL;
    w->def = d;
    w->owner = owner;
    return (Object *)w;
}

static bool wrapper_check_self(SlotWrapper *w, Object *self) {
    if (Type_IsSubtype(TYPE(self), w->owner)) return true;
    Err_Format(Exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", w->def->name,
               w->owner->name, TYPE_NAME(self));
    return false;
}

static Object *slotwrapper_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    SlotWrapper *w = (SlotWrapper *)o;
    if (Arg_AtLeast(nargs, 1, "descriptor '%s' of '%s' object needs an argument", w->def->name, w->owner->name) < 0)
        return NULL;
    if (!wrapper_check_self(w, args[0])) return NULL;
    return ((WrapperFn)w->def->wrapper)(args[0], args + 1, nargs - 1, kwnames, w->def, w->owner);
}

static Object *slotwrapper_get(Object *o, Object *obj, Type *owner) {
    SlotWrapper *w = (SlotWrapper *)o;
    if (!obj) return NEWREF(o);
    if (!wrapper_check_self(w, obj)) return NULL;
    MethodWrapper *m = (MethodWrapper *)Obj_Alloc(&MethodWrapper_Type, sizeof(MethodWrapper));
    if (!m) return NULL;
    m->wrapper = (SlotWrapper *)NEWREF(o);
    m->self = NEWREF(obj);
    return (Object *)m;
}

static Object *slotwrapper_repr(Object *o) {
    SlotWrapper *w = (SlotWrapper *)o;
    return Str_FromFormat("<slot wrapper '%s' of '%s' objects>", w->def->name, w->owner->name);
}

static Object *slotwrapper_get_name(Object *o) { return Str_FromUTF8(((SlotWrapper *)o)->def->name, -1); }
static Object *slotwrapper_get_objclass(Object *o) { return NEWREF((Object *)((SlotWrapper *)o)->owner); }
static Object *slotwrapper_get_qualname(Object *o) {
    SlotWrapper *w = (SlotWrapper *)o;
    return Str_FromFormat("%U.%s", w->owner->qualname, w->def->name);
}

static Object *slotwrapper_get_doc(Object *o) { return Slot_Doc(((SlotWrapper *)o)->def); }
static Object *slotwrapper_get_signature(Object *o) { return Slot_TextSignature(((SlotWrapper *)o)->def); }

/* (getattr, (owner, name)): how both wrappers pickle, as CPython's do. */
static Object *getattr_pair(Object *owner, const char *name) {
    Object *getattr_fn = Dict_GetStr(g_interp->builtins, "getattr");
    if (!getattr_fn) {
        Err_SetString(Exc_RuntimeError, "lost builtins.getattr");
        return NULL;
    }
    Object *str = Str_FromUTF8(name, -1);
    Object *pair = str ? Tuple_Pack(2, owner, str) : NULL;
    Object *r = pair ? Tuple_Pack(2, getattr_fn, pair) : NULL;
    XDECREF(str);
    XDECREF(pair);
    return r;
}

static Object *methodwrapper_reduce(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    MethodWrapper *m = (MethodWrapper *)o;
    return getattr_pair(m->self, m->wrapper->def->name);
}

static Object *slotwrapper_reduce(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    SlotWrapper *w = (SlotWrapper *)o;
    return getattr_pair((Object *)w->owner, w->def->name);
}

static const MethodDef methodwrapper_methods[] = {
    {"__reduce__", methodwrapper_reduce, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const MethodDef slotwrapper_methods[] = {
    {"__reduce__", slotwrapper_reduce, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef slotwrapper_getset[] = {
    {"__name__", slotwrapper_get_name, NULL, NULL},
    {"__doc__", slotwrapper_get_doc, NULL, NULL},
    {"__text_signature__", slotwrapper_get_signature, NULL, NULL},
    {"__qualname__", slotwrapper_get_qualname, NULL, NULL},
    {"__objclass__", slotwrapper_get_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static void plain_dealloc(Object *o) { Obj_Free(o); }

Type SlotWrapper_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlotWrapper),
    .dealloc = plain_dealloc,
    .repr = slotwrapper_repr,
    .call = slotwrapper_call,
    .descr_get = slotwrapper_get,
    .methods = slotwrapper_methods,
    .getset = slotwrapper_getset,
};

static void methodwrapper_dealloc(Object *o) {
    MethodWrapper *m = (MethodWrapper *)o;
    Gc_Untrack(o);
    DECREF((Object *)m->wrapper);
    DECREF(m->self);
    Obj_Free(o);
}

static int methodwrapper_traverse(Object *o, VisitFn visit, void *arg) {
    return visit(((MethodWrapper *)o)->self, arg);
}

static Object *methodwrapper_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    MethodWrapper *m = (MethodWrapper *)o;
    const SlotDef *d = m->wrapper->def;
    return ((WrapperFn)d->wrapper)(m->self, args, nargs, kwnames, d, m->wrapper->owner);
}

static Object *methodwrapper_repr(Object *o) {
    MethodWrapper *m = (MethodWrapper *)o;
    return Str_FromFormat("<method-wrapper '%s' of %s object at %p>", m->wrapper->def->name, TYPE_NAME(m->self),
                          (void *)m->self);
}

static Object *methodwrapper_get_name(Object *o) {
    return Str_FromUTF8(((MethodWrapper *)o)->wrapper->def->name, -1);
}
static Object *methodwrapper_get_self(Object *o) { return NEWREF(((MethodWrapper *)o)->self); }
static Object *methodwrapper_get_qualname(Object *o) {
    return slotwrapper_get_qualname((Object *)((MethodWrapper *)o)->wrapper);
}
static Object *methodwrapper_get_objclass(Object *o) {
    return slotwrapper_get_objclass((Object *)((MethodWrapper *)o)->wrapper);
}

static Object *methodwrapper_get_doc(Object *o) { return Slot_Doc(((MethodWrapper *)o)->wrapper->def); }
static Object *methodwrapper_get_signature(Object *o) {
    return Slot_TextSignature(((MethodWrapper *)o)->wrapper->def);
}

static const GetSetDef methodwrapper_getset[] = {
    {"__name__", methodwrapper_get_name, NULL, NULL},
    {"__doc__", methodwrapper_get_doc, NULL, NULL},
    {"__text_signature__", methodwrapper_get_signature, NULL, NULL},
    {"__self__", methodwrapper_get_self, NULL, NULL},
    {"__qualname__", methodwrapper_get_qualname, NULL, NULL},
    {"__objclass__", methodwrapper_get_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type MethodWrapper_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapper),
    .flags = TPFLAG_GC,
    .dealloc = methodwrapper_dealloc,
    .repr = methodwrapper_repr,
    .call = methodwrapper_call,
    .traverse = methodwrapper_traverse,
    .methods = methodwrapper_methods,
    .getset = methodwrapper_getset,
};

/* ---- public entry points ---------------------------------------------------- */

int Slots_AddWrappers(Type *t, const Type *own) {
    if (slotdefs_ready() < 0) return -1;
    for (const SlotDef *d = slotdefs; d->name; d++) {
        if (!d->wrapper) continue;
        void *fn = *(void *const *)((const char *)own + d->offset);
        if (!fn) continue;
        if (d->offset == offsetof(Type, hash) && fn == (void *)Obj_HashNotImplemented) continue;
        /* __getattribute__ exists on object only: other types reuse it */
        if (d->offset == offsetof(Type, getattr) && t != &Object_Type && fn == (void *)Obj_GenericGetAttr) continue;
        if (d->offset == offsetof(Type, setattr) && t != &Object_Type && fn == (void *)Obj_GenericSetAttr) continue;
        if (Dict_GetStrObj(t->dict, d->str)) continue;
        Object *w = slotwrapper_new(t, d);
        if (!w) return -1;
        int r = Dict_SetItem(t->dict, d->str, w);
        DECREF(w);
        if (r < 0) return -1;
    }
    return 0;
}

/* The value slot d->offset of class t takes: from the first class along t's
 * MRO whose dict defines a name feeding that slot (a class's dunder-calling
 * function, or a built-in type's own C function), else the static base's.
 * d is the head of its slot's entries. */
static void *slot_from_mro(Type *t, const SlotDef *d) {
    Object *mro = t->mro;
    for (ssize_t i = 0; mro && i < TUPLE_LEN(mro); i++) {
        Type *b = (Type *)TUPLE_GET(mro, i);
        if (!b->dict) continue;
        for (const SlotDef *e = d; e; e = e->next_same) {
            Object *v = Dict_GetStrObj(b->dict, e->str);
            if (!v) continue;
            if (!(b->flags & TPFLAG_HEAPTYPE)) return *(void **)((char *)b + d->offset);
            if (d->offset == offsetof(Type, hash) && v == OBJ_NONE) return (void *)Obj_HashNotImplemented;
            if (TYPE(v) == &SlotWrapper_Type && ((SlotWrapper *)v)->def->offset == d->offset)
                return *(void **)((char *)((SlotWrapper *)v)->owner + d->offset); /* keep the C function */
            return e->heap_fn;
        }
    }
    Type *sb = t;
    while (sb->flags & TPFLAG_HEAPTYPE) sb = sb->base;
    return *(void **)((char *)sb + d->offset);
}

/* A class's constructor: the dunder-calling one if the first class along
 * the MRO defining __new__ is a class, the C constructor inherited from its
 * base if it is a built-in type, none if no class does (an MRO a metaclass
 * cut short). */
static void new_from_mro(Type *t) {
    Object *mro = t->mro;
    ssize_t i = 0;
    for (; mro && i < TUPLE_LEN(mro); i++) {
        Type *b = (Type *)TUPLE_GET(mro, i);
        if (!b->dict || !Dict_GetStrObj(b->dict, ID(__new__))) continue;
        if (b->flags & TPFLAG_HEAPTYPE) {
            t->new_ = slot_new;
            return;
        }
        break;
    }
    if (!mro || i == TUPLE_LEN(mro)) {
        t->new_ = NULL;
        return;
    }
    Type *sb = t->base;
    while (sb->flags & TPFLAG_HEAPTYPE && sb->new_ == slot_new) sb = sb->base;
    t->new_ = sb->new_;
}

void Slots_FromMro(Type *t) {
    for (const SlotDef *d = slotdefs; d->name; d++)
        if (d->head == d) *(void **)((char *)t + d->offset) = slot_from_mro(t, d);
    new_from_mro(t);
}

/* Recomputes the slot at d->offset of class t, then does the same for every
 * subclass (they inherit the slot). */
static void update_slot(Type *t, const SlotDef *d, int depth) {
    if (!(t->flags & TPFLAG_HEAPTYPE) || depth > 200 || !d->heap_fn) return;
    *(void **)((char *)t + d->offset) = slot_from_mro(t, d->head);
    Object *subs = Type_GetSubclasses(t);
    if (!subs) {
        Err_Clear();
        return;
    }
    for (ssize_t i = 0; i < LIST_LEN(subs); i++) update_slot((Type *)LIST_GET(subs, i), d, depth + 1);
    DECREF(subs);
}

void Slots_Update(Type *t, Object *name) {
    const char *s = Str_AsUTF8(name, NULL);
    if (!s || s[0] != '_' || s[1] != '_') {
        Err_Clear();
        return;
    }
    /* a name may feed several slots (__iadd__: sq_inplace_concat and
     * nb_inplace[add]); update_slot skips those a class cannot feed */
    for (const SlotDef *d = slotdefs; d->name; d++)
        if (strcmp(d->name, s) == 0) update_slot(t, d, 0);
    if (strcmp(s, "__new__") == 0 && (t->flags & TPFLAG_HEAPTYPE)) new_from_mro(t);
}
