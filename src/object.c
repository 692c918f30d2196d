/* The generic object protocols: allocation, repr/str/hash/truth, comparison,
 * attributes, items, and the `object`, None, NotImplemented and Ellipsis types. */
#include "object.h"
#include "abstract.h"
#include "class.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/reduce.h"
#include "objects/str.h"
#include "objects/typing.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- allocation ---------------------------------------------------------- */

/* An instance of a type that was never readied (a static type missing from
 * the registry) would have no methods: refuse it loudly. */
static Object *not_ready(Type *t) {
    Err_Format(Exc_SystemError, "type %s is not ready: it is missing from the registry (src/modules/registry.c)",
               t->name);
    return NULL;
}

Object *Obj_Alloc(Type *t, size_t size) {
    Object *o;
    if (__builtin_expect(!(t->flags & TPFLAG_READY), 0) && !Runtime_Starting) return not_ready(t);
    if (t->flags & TPFLAG_GC) {
        if (Gc_Due()) Gc_MaybeCollect();
        GcHead *h = Mem_Alloc(sizeof(GcHead) + size);
        if (!h) return Err_NoMemory();
        o = GC_OBJ(h);
    } else {
        o = Mem_Alloc(size);
        if (!o) return Err_NoMemory();
    }
    o->refcnt = 1;
    o->type = t;
    if (t->flags & TPFLAG_HEAPTYPE) INCREF((Object *)t);
    if (t->flags & TPFLAG_GC) Gc_TrackInline(o);
    if (__builtin_expect(Runtime_Starting, 0)) Runtime_KeepForever(o);
    return o;
}

Object *Obj_AllocUninit(Type *t, size_t size) {
    if (t->flags & TPFLAG_GC) return Obj_Alloc(t, size);
    Object *o = Mem_AllocUninit(size);
    if (!o) return Err_NoMemory();
    return Obj_InitUninit(o, t);
}

Object *Obj_InitUninit(void *mem, Type *t) {
    Object *o = mem;
    o->refcnt = 1;
    o->type = t;
    if (t->flags & TPFLAG_HEAPTYPE) INCREF((Object *)t);
    if (__builtin_expect(Runtime_Starting, 0)) Runtime_KeepForever(o);
    return o;
}

void Obj_Free(Object *o) {
    Type *t = o->type;
    if (t->flags & TPFLAG_GC) {
        Gc_UntrackInline(o); /* (Obj_Dealloc untracked it already, mostly) */
        Mem_Free(GC_HEAD(o));
    } else {
        Mem_Free(o);
    }
    if (t->flags & TPFLAG_HEAPTYPE) DECREF((Object *)t);
}

void Obj_SetImmortal(Object *o) {
    if (!IS_SMALL(o)) o->refcnt = IMMORTAL_REFCNT;
}

void Obj_Share(Object *o) {
    if (IS_SMALL(o)) return;
    Obj_SetImmortal(o);
    if (Str_CheckExact(o)) {
        Str_Hash(o);
        Object *pending = Err_Fetch();
        if (!Str_AsUTF8(o, NULL)) Err_Clear(); /* lone surrogates: never cached */
        if (pending) Err_Restore(pending);
    } else if (TYPE(o) == &Bytes_Type) {
        Obj_Hash(o);
    }
}

/* ---- repr / str / hash / truth ----------------------------------------- */

Object *Obj_Repr(Object *o) {
    Type *t = TYPE(o);
    if (!t->repr) return Str_FromFormat("<%s object at %p>", t->name, (void *)o);
    if (Recursion_Enter(" while getting the repr of an object")) return NULL;
    Object *r = t->repr(o);
    Recursion_Leave();
    if (r && !Str_Check(r)) {
        Err_Format(Exc_TypeError, "__repr__ returned non-string (type %s)", TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

Object *Obj_Str(Object *o) {
    if (Str_CheckExact(o)) return NEWREF(o);
    Type *t = TYPE(o);
    if (!t->str) return Obj_Repr(o);
    if (Recursion_Enter(" while getting the str of an object")) return NULL;
    Object *r = t->str(o);
    Recursion_Leave();
    if (r && !Str_Check(r)) {
        Err_Format(Exc_TypeError, "__str__ returned non-string (type %s)", TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

Object *Obj_ASCII(Object *o) {
    Object *r = Obj_Repr(o);
    if (!r) return NULL;
    ssize_t n = STR_LEN(r);
    bool ascii = true;
    for (ssize_t i = 0; i < n && ascii; i++) ascii = STR_CHAR(r, i) < 128;
    if (ascii) return r;
    StrBuilder sb;
    SB_Init(&sb);
    char buf[16];
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_CHAR(r, i);
        int rc;
        if (c < 128) rc = SB_AppendChar(&sb, c);
        else {
            if (c < 0x100) snprintf(buf, sizeof buf, "\\x%02x", c);
            else if (c < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", c);
            else snprintf(buf, sizeof buf, "\\U%08x", c);
            rc = SB_AppendASCII(&sb, buf, -1);
        }
        if (rc < 0) { SB_Discard(&sb); DECREF(r); return NULL; }
    }
    DECREF(r);
    return SB_Finish(&sb);
}

hash_t Obj_HashNotImplemented(Object *o) {
    Err_Format(Exc_TypeError, "unhashable type: '%s'", TYPE_NAME(o));
    return -1;
}

hash_t Obj_Hash(Object *o) {
    if (IS_SMALL(o)) return Int_Hash(o);
    Type *t = o->type;
    if (Str_CheckExact(o) && ((Str *)o)->hash != -1) return ((Str *)o)->hash;
    if (!t->hash) return Obj_HashNotImplemented(o);
    return t->hash(o);
}

int Obj_IsTrue(Object *o) {
    if (o == OBJ_TRUE) return 1;
    if (o == OBJ_FALSE || o == OBJ_NONE) return 0;
    if (IS_SMALL(o)) return SMALL_VAL(o) != 0;
    Type *t = o->type;
    if (t->nb_bool) return t->nb_bool(o);
    if (t->len) {
        ssize_t n = t->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- comparison ----------------------------------------------------------- */

static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

const char *Cmp_Symbol(int op) { return cmp_symbols[op]; }

static Object *do_richcompare(Object *a, Object *b, int op) {
    Type *ta = TYPE(a), *tb = TYPE(b);
    Object *r;
    bool checked_reverse = false;
    /* A subclass operand that overrides the comparison gets the first try. */
    if (ta != tb && Type_IsSubtype(tb, ta) && tb->richcompare) {
        checked_reverse = true;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != OBJ_NOTIMPL) return r;
        DECREF(r);
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != OBJ_NOTIMPL) return r;
        DECREF(r);
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != OBJ_NOTIMPL) return r;
        DECREF(r);
    }
    switch (op) {
    case CMP_EQ: return NEWREF(Bool_From(a == b));
    case CMP_NE: return NEWREF(Bool_From(a != b));
    default:
        Err_Format(Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                   cmp_symbols[op], ta->name, tb->name);
        return NULL;
    }
}

Object *Obj_RichCompare(Object *a, Object *b, int op) {
    if (Recursion_Enter(" in comparison")) return NULL;
    Object *r = do_richcompare(a, b, op);
    Recursion_Leave();
    return r;
}

int Obj_RichCompareBool(Object *a, Object *b, int op) {
    if (a == b) {
        if (op == CMP_EQ) return 1;
        if (op == CMP_NE) return 0;
    }
    if (IS_SMALL(a) && IS_SMALL(b)) {
        return Cmp_Holds(SMALL_VAL(a), SMALL_VAL(b), op);
    }
    Object *r = Obj_RichCompare(a, b, op);
    if (!r) return -1;
    int t = r == OBJ_TRUE ? 1 : r == OBJ_FALSE ? 0 : Obj_IsTrue(r);
    DECREF(r);
    return t;
}

/* ---- attributes -------------------------------------------------------- */

Object **Obj_DictPtr(Object *o) {
    if (IS_SMALL(o)) return NULL;
    ssize_t off = o->type->dictoffset;
    if (off <= 0) return NULL;
    if (o->type->flags & TPFLAG_VAR_EXTRAS) return Class_ExtraSlot(o, off);
    return (Object **)((char *)o + off);
}

/* The instance __dict__ slot of o, or NULL with AttributeError. */
static Object **dict_slot(Object *o) {
    Object **dp = Obj_DictPtr(o);
    if (!dp) Err_Format(Exc_AttributeError, "'%s' object has no attribute '__dict__'", TYPE_NAME(o));
    return dp;
}

Object *Obj_GenericGetDict(Object *o) {
    Object **dp = dict_slot(o);
    if (!dp || (!*dp && !(*dp = Dict_New()))) return NULL;
    return NEWREF(*dp);
}

int Obj_GenericSetDict(Object *o, Object *v) {
    Object **dp = dict_slot(o);
    if (!dp) return -1;
    if (v && Dict_Check(v)) {
        SETREF(*dp, NEWREF(v));
        return 0;
    }
    if (!v) Err_SetString(Exc_TypeError, "cannot delete __dict__");
    else Err_Format(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", TYPE_NAME(v));
    return -1;
}

int GetSet_Readonly(Object *o, Object *v) {
    Err_SetString(Exc_AttributeError, "readonly attribute");
    return -1;
}

/* MRO lookups are cached by (type, interned name).  Any change to any class
 * (an attribute set or deleted, a class created or freed) empties the cache
 * at once by moving to a new epoch.  The table belongs to the running thread
 * (allocated on first use); an entry holds only for the interpreter whose
 * epoch it carries. */
#define TYPE_CACHE_SIZE 4096
typedef struct TypeCacheEntry {
    Type *type;
    Object *name;
    Object *value; /* borrowed from the type's dict; NULL: absent */
    uint64_t epoch;
} TypeCacheEntry;
static THREAD_LOCAL TypeCacheEntry *type_cache;
THREAD_LOCAL uint64_t Type_CacheEpoch;

void Type_InvalidateCache(void) { g_interp->type_epoch = Type_CacheEpoch = Interp_NewEpoch(); }

void Type_CacheThreadExit(void) {
    free(type_cache);
    type_cache = NULL;
}

static Object *type_lookup_uncached(Type *t, Object *name);

void Type_LookupSpecials(Type *t) {
    /* a built-in type's, once at start-up, need not fill the cache */
    Object *(*lookup)(Type *, Object *) = t->flags & TPFLAG_HEAPTYPE ? Type_Lookup : type_lookup_uncached;
    Object *pending = Err_Fetch(); /* an instance may die while an exception is raised */
    t->special_init = lookup(t, ID(__init__));
    t->special_del = lookup(t, ID(__del__));
    t->special_await = lookup(t, ID(__await__));
    bool failed = Err_Occurred(); /* a class dict key's __eq__ raised: try again next time */
    if (failed) Err_Clear();
    if (pending) Err_Restore(pending);
    if (!failed) t->specials_epoch = Type_CacheEpoch;
}

Object *Type_Lookup(Type *t, Object *name) {
    if (!Str_CheckExact(name) || !Str_IsInterned(name)) return type_lookup_uncached(t, name);
    TypeCacheEntry *tc = type_cache;
    if (__builtin_expect(!tc, 0)) {
        tc = type_cache = calloc(TYPE_CACHE_SIZE, sizeof *tc);
        if (!tc) return type_lookup_uncached(t, name);
    }
    TypeCacheEntry *e = &tc[(((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3)) & (TYPE_CACHE_SIZE - 1)];
    if (e->type == t && e->name == name && e->epoch == Type_CacheEpoch) return e->value;
    Object *v = type_lookup_uncached(t, name);
    if (!Err_Occurred()) {
        e->type = t;
        e->name = name;
        e->value = v;
        e->epoch = Type_CacheEpoch;
    }
    return v;
}

static Object *type_lookup_uncached(Type *t, Object *name) {
    Object *mro = t->mro;
    if (!mro) {
        /* a class whose metaclass's mro() is running (or failed): nothing
         * to search yet; a built-in type being readied: its base chain */
        if (t->flags & TPFLAG_HEAPTYPE) return NULL;
        Object *v = NULL;
        for (; t; t = t->base)
            if (t->dict && Dict_Lookup(t->dict, name, &v) > 0) return v;
        return NULL;
    }
    for (ssize_t i = 0; i < TUPLE_LEN(mro); i++) {
        Type *b = (Type *)TUPLE_GET(mro, i);
        Object *v;
        if (b->dict && Dict_Lookup(b->dict, name, &v) > 0) return v;
    }
    return NULL;
}

static void no_attribute(Object *o, Object *name) {
    Err_Format(Exc_AttributeError, "'%s' object has no attribute '%U'", TYPE_NAME(o), name);
    Object *e = Err_Peek();
    if (e && Type_IsSubtype(TYPE(e), Exc_AttributeError)) {
        AttributeErrorExc *ae = (AttributeErrorExc *)e;
        if (!ae->name) ae->name = NEWREF(name);
        if (!ae->obj) ae->obj = NEWREF(o);
    }
}

/* Generic attribute lookup; a missing attribute raises AttributeError,
 * or with quiet set returns NULL with no error (errors raised on the way,
 * e.g. by a descriptor, stay set). */
static Object *generic_getattr(Object *o, Object *name, bool quiet) {
    Type *t = TYPE(o);
    Object *descr = Type_Lookup(t, name);
    DescrGetFn get = NULL;
    if (descr) {
        INCREF(descr);
        get = TYPE(descr)->descr_get;
        if (get && TYPE(descr)->descr_set) { /* data descriptor wins */
            Object *r = get(descr, o, t);
            DECREF(descr);
            return r;
        }
    }
    Object **dp = Obj_DictPtr(o);
    if (dp && *dp) {
        Object *v;
        int found = Dict_Lookup(*dp, name, &v);
        if (found > 0) {
            XDECREF(descr);
            return NEWREF(v);
        }
        if (found < 0) { XDECREF(descr); return NULL; }
    }
    if (get) {
        Object *r = get(descr, o, t);
        DECREF(descr);
        return r;
    }
    if (descr) return descr;
    if (!quiet)
        no_attribute(o, name);
    else if (Err_Occurred())
        Err_Clear();        /* as no_attribute's error would replace it */
    return NULL;
}

Object *Obj_GenericGetAttr(Object *o, Object *name) {
    return generic_getattr(o, name, false);
}

int Obj_GenericSetAttr(Object *o, Object *name, Object *v) {
    Type *t = TYPE(o);
    Object *descr = Type_Lookup(t, name);
    if (descr && TYPE(descr)->descr_set) {
        INCREF(descr);
        int r = TYPE(descr)->descr_set(descr, o, v);
        DECREF(descr);
        return r;
    }
    Object **dp = Obj_DictPtr(o);
    if (!dp) {
        if (descr)
            Err_Format(Exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
        else
            Err_Format(Exc_AttributeError, "'%s' object has no attribute '%U' and no __dict__ for setting new attributes",
                       t->name, name);
        return -1;
    }
    if (!*dp) {
        if (!v) { no_attribute(o, name); return -1; }
        if (!(*dp = Dict_New())) return -1;
    }
    if (v) return Dict_SetItem(*dp, name, v);
    int r = Dict_Pop(*dp, name, NULL);
    if (r == 0) { no_attribute(o, name); return -1; }
    return r < 0 ? -1 : 0;
}

Object *Obj_GetAttr(Object *o, Object *name) {
    if (!Str_Check(name)) {
        Err_Format(Exc_TypeError, "attribute name must be string, not '%s'", TYPE_NAME(name));
        return NULL;
    }
    Type *t = TYPE(o);
    if (t->getattr) return t->getattr(o, name);
    return Obj_GenericGetAttr(o, name);
}

Object *Obj_GetAttrC(Object *o, const char *name) {
    return Obj_GetAttr(o, Str_InternC(name));
}

int Obj_LookupAttr(Object *o, Object *name, Object **out) {
    Type *t = TYPE(o);
    if ((!t->getattr || t->getattr == Obj_GenericGetAttr) && Str_Check(name)) {
        /* the common case: no AttributeError made only to be dropped */
        *out = generic_getattr(o, name, true);
        if (*out) return 1;
        if (!Err_Occurred()) return 0;
    } else {
        *out = Obj_GetAttr(o, name);
        if (*out) return 1;
    }
    if (Err_Matches(Exc_AttributeError)) {
        Err_Clear();
        return 0;
    }
    return -1;
}

bool Obj_HasAttrC(Object *o, const char *name) {
    Object *v;
    int r = Obj_LookupAttr(o, Str_InternC(name), &v);
    if (r > 0) DECREF(v);
    if (r < 0) Err_Clear();
    return r > 0;
}

int Obj_SetAttr(Object *o, Object *name, Object *v) {
    if (!Str_Check(name)) {
        Err_Format(Exc_TypeError, "attribute name must be string, not '%s'", TYPE_NAME(name));
        return -1;
    }
    Type *t = TYPE(o);
    if (t->setattr) return t->setattr(o, name, v);
    return Obj_GenericSetAttr(o, name, v);
}

int Obj_SetAttrC(Object *o, const char *name, Object *v) {
    return Obj_SetAttr(o, Str_InternC(name), v);
}

/* ---- items ------------------------------------------------------------- */

Object *Obj_GetItem(Object *o, Object *key) {
    Type *t = TYPE(o);
    if (t->getitem) return t->getitem(o, key);
    if (Type_Check(o)) {
        if (o == (Object *)&Type_Type) /* type[int]: as list[int], though type has no __class_getitem__ */
            return GenericAlias_New(o, key);
        Object *cgi = Type_Lookup((Type *)o, ID(__class_getitem__));
        if (cgi) {
            Object *f = TYPE(cgi)->descr_get ? TYPE(cgi)->descr_get(cgi, NULL, (Type *)o) : NEWREF(cgi);
            if (!f) return NULL;
            Object *r = Obj_CallOneArg(f, key);
            DECREF(f);
            return r;
        }
        Err_Format(Exc_TypeError, "type '%s' is not subscriptable", ((Type *)o)->name);
        return NULL;
    }
    Err_Format(Exc_TypeError, "'%s' object is not subscriptable", t->name);
    return NULL;
}

int Obj_SetItem(Object *o, Object *key, Object *v) {
    Type *t = TYPE(o);
    if (t->setitem) return t->setitem(o, key, v);
    Err_Format(Exc_TypeError, "'%s' object does not support item assignment", t->name);
    return -1;
}

int Obj_DelItem(Object *o, Object *key) {
    Type *t = TYPE(o);
    if (t->setitem) return t->setitem(o, key, NULL);
    /* CPython words it differently on its mapping and sequence paths */
    if (t->getitem && !Int_Check(key))
        Err_Format(Exc_TypeError, "'%s' object does not support item deletion", t->name);
    else
        Err_Format(Exc_TypeError, "'%s' object doesn't support item deletion", t->name);
    return -1;
}

ssize_t Obj_Len(Object *o) {
    Type *t = TYPE(o);
    if (t->len) return t->len(o);
    Err_Format(Exc_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
}

int Obj_Contains(Object *c, Object *item) {
    Type *t = TYPE(c);
    if (t->contains) return t->contains(c, item);
    Object *it = Obj_GetIter(c);
    if (!it) {
        if (Err_Matches(Exc_TypeError)) {
            Err_Clear();
            Err_Format(Exc_TypeError, "argument of type '%s' is not a container or iterable", t->name);
        }
        return -1;
    }
    for (;;) {
        Object *x = Iter_Next(it);
        if (!x) {
            DECREF(it);
            return Err_Occurred() ? -1 : 0;
        }
        int eq = Obj_RichCompareBool(x, item, CMP_EQ);
        DECREF(x);
        if (eq != 0) {
            DECREF(it);
            return eq;
        }
    }
}

/* ---- isinstance / issubclass ------------------------------------------ */

bool Type_IsSubtype(Type *a, Type *b) {
    if (a == b) return true;
    Object *mro = a->mro;
    if (mro) {
        for (ssize_t i = 0; i < TUPLE_LEN(mro); i++)
            if (TUPLE_GET(mro, i) == (Object *)b) return true;
        return false;
    }
    for (; a; a = a->base)
        if (a == b) return true;
    return b == &Object_Type;
}

/* A metaclass's __instancecheck__ / __subclasscheck__ (type's own is the
 * plain MRO check): 1 or 0 with *res set, -1 on error, 2 when absent. */
static int call_check_hook(Object *cls, Object *arg, Object *hook_name, const char *what) {
    if (TYPE(cls) == &Type_Type) return 2;
    Object *hook = Type_Lookup(TYPE(cls), hook_name);
    if (!hook) return 2;
    if (Recursion_Enter(what)) return -1;
    INCREF(hook);
    Object *bound = TYPE(hook)->descr_get ? TYPE(hook)->descr_get(hook, cls, TYPE(cls)) : NEWREF(hook);
    DECREF(hook);
    Object *r = bound ? Obj_CallOneArg(bound, arg) : NULL;
    XDECREF(bound);
    Recursion_Leave();
    if (!r) return -1;
    int t = Obj_IsTrue(r);
    DECREF(r);
    return t;
}

int Obj_IsSubclass(Object *derived, Object *cls) {
    if (Union_Args(cls)) cls = Union_Args(cls); /* a union: as the tuple of its arguments */
    if (!Tuple_Check(cls) && !IS_SMALL(cls)) {
        int r = call_check_hook(cls, derived, ID(__subclasscheck__), " in __subclasscheck__");
        if (r != 2) return r;
    }
    if (Tuple_Check(cls)) {
        if (Recursion_Enter(" in __subclasscheck__")) return -1;
        int r = 0;
        for (ssize_t i = 0; i < TUPLE_LEN(cls) && r == 0; i++) r = Obj_IsSubclass(derived, TUPLE_GET(cls, i));
        Recursion_Leave();
        return r;
    }
    if (!Type_Check(cls)) {
        Err_SetString(Exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    if (!Type_Check(derived)) {
        Err_SetString(Exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    return Type_IsSubtype((Type *)derived, (Type *)cls);
}

/* isinstance(o, cls) for a class cls with no hook: o's type, or the class
 * its __class__ names (a proxy's), derives from cls. */
static int instance_of_type(Object *o, Type *cls) {
    if (Type_IsSubtype(TYPE(o), cls)) return 1;
    /* (the common case: __class__ is object's own, which tells the type) */
    Object *descr = Type_Lookup(TYPE(o), ID(__class__));
    if (descr && descr == Type_Lookup(&Object_Type, ID(__class__))) return 0;
    Object *claimed;
    if (Obj_LookupAttr(o, ID(__class__), &claimed) < 0) return -1;
    int r = claimed && claimed != (Object *)TYPE(o) && Type_Check(claimed) && Type_IsSubtype((Type *)claimed, cls);
    XDECREF(claimed);
    return r;
}

int Obj_IsInstance(Object *o, Object *cls) {
    if ((Object *)TYPE(o) == cls) return 1;
    /* a class whose metaclass is type itself: type.__instancecheck__, which
     * no program can replace, is the plain check (CPython skips the lookup too) */
    if (!IS_SMALL(cls) && TYPE(cls) == &Type_Type) return instance_of_type(o, (Type *)cls);
    if (Union_Args(cls)) cls = Union_Args(cls); /* a union: as the tuple of its arguments */
    if (!Tuple_Check(cls) && !IS_SMALL(cls)) {
        int r = call_check_hook(cls, o, ID(__instancecheck__), " in __instancecheck__");
        if (r != 2) return r;
    }
    if (Type_Check(cls)) return instance_of_type(o, (Type *)cls);
    if (Tuple_Check(cls)) {
        if (Recursion_Enter(" in __instancecheck__")) return -1;
        int r = 0;
        for (ssize_t i = 0; i < TUPLE_LEN(cls) && r == 0; i++) r = Obj_IsInstance(o, TUPLE_GET(cls, i));
        Recursion_Leave();
        return r;
    }
    Err_SetString(Exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

/* ---- object ------------------------------------------------------------ */

static Object *object_repr(Object *o) {
    Type *t = TYPE(o);
    Object *mod = Type_Module(t); /* a class's may have been replaced by a non-str */
    if (mod && Str_Check(mod) && !Str_EqC(mod, "builtins"))
        return Str_FromFormat("<%U.%U object at %p>", mod, t->qualname ? t->qualname : t->name_obj, (void *)o);
    return Str_FromFormat("<%s object at %p>", t->name, (void *)o);
}

static hash_t object_hash(Object *o) { return Hash_Pointer(o); }
static Object *object_str(Object *o) { return Obj_Repr(o); }
static hash_t none_hash(Object *o) { return (hash_t)0xFCA86420; }

static Object *object_richcompare(Object *a, Object *b, int op) {
    if (op == CMP_EQ) return NEWREF(a == b ? OBJ_TRUE : OBJ_NOTIMPL);
    if (op == CMP_NE) {
        /* != defaults to the inverse of == */
        Type *t = TYPE(a);
        if (t->richcompare && t->richcompare != object_richcompare) {
            Object *r = t->richcompare(a, b, CMP_EQ);
            if (!r || r == OBJ_NOTIMPL) return r;
            int v = Obj_IsTrue(r);
            DECREF(r);
            if (v < 0) return NULL;
            return NEWREF(Bool_From(!v));
        }
        return NEWREF(a == b ? OBJ_FALSE : OBJ_NOTIMPL);
    }
    return NEWREF(OBJ_NOTIMPL);
}

static void object_dealloc(Object *o) {
    Object **dp = Obj_DictPtr(o);
    if (dp) CLEAR(*dp);
    Obj_Free(o);
}

/* CPython's refusal to instantiate a class with abstract methods left. */
static Object *abstract_error(Type *t) {
    Object *names = Dict_GetStr(t->dict, "__abstractmethods__");
    Object *sorted = names ? List_FromIterable(names) : NULL;
    if (sorted && List_Sort(sorted, NULL, false) < 0) CLEAR(sorted);
    if (!sorted) {
        if (!Err_Occurred()) Err_Format(Exc_TypeError, "Can't instantiate abstract class %s", t->name);
        return NULL;
    }
    StrBuilder sb;
    SB_Init(&sb);
    int bad = 0;
    for (ssize_t i = 0; i < LIST_LEN(sorted) && !bad; i++)
        bad = (i && SB_AppendASCII(&sb, ", ", 2) < 0) || SB_AppendChar(&sb, '\'') < 0 ||
              SB_AppendObjStr(&sb, LIST_GET(sorted, i)) < 0 || SB_AppendChar(&sb, '\'') < 0;
    Object *list = bad ? NULL : SB_Finish(&sb);
    if (bad) SB_Discard(&sb);
    if (list)
        Err_Format(Exc_TypeError, "Can't instantiate abstract class %s without an implementation for abstract method%s %U",
                   t->name, LIST_LEN(sorted) == 1 ? "" : "s", list);
    XDECREF(list);
    DECREF(sorted);
    return NULL;
}

/* object's __new__ and __init__ take excess arguments only to leave them to
 * the other one: each refuses them when it is overridden itself, or when
 * the other one is not. */
Object *Obj_GenericNew(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (t->new_ != Object_Type.new_ &&
        Arg_NoneGiven(nargs, kwnames, "object.__new__() takes exactly one argument (the type to instantiate)",
                      NULL) < 0)
        return NULL;
    if (t->init == Object_Type.init && Arg_NoneGiven(nargs, kwnames, "%s() takes no arguments", t->name) < 0)
        return NULL;
    if (__builtin_expect(t->flags & TPFLAG_ABSTRACT, 0)) return abstract_error(t); /* after the arguments, as CPython */
    return Obj_Alloc(t, t->basicsize);
}

static int object_init(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    Type *t = TYPE(o);
    if (t->init != Object_Type.init &&
        Arg_NoneGiven(nargs, kwnames, "object.__init__() takes exactly one argument (the instance to initialize)",
                      NULL) < 0)
        return -1;
    if (t->new_ == Object_Type.new_ &&
        Arg_NoneGiven(nargs, kwnames, "%s.__init__() takes exactly one argument (the instance to initialize)",
                      t->name) < 0)
        return -1;
    return 0;
}

static Object *object_get_class(Object *o) { return NEWREF((Object *)TYPE(o)); }

static Object *object_format(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "__format__() argument must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    if (STR_LEN(args[0]) > 0) {
        Err_Format(Exc_TypeError, "unsupported format string passed to %s.__format__", TYPE_NAME(self));
        return NULL;
    }
    return Obj_Str(self);
}

static Object *object_dir(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Builtins_ObjectDir(self);
}

static Object *object_init_subclass(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(OBJ_NONE);
}

/* The answer abc's subclass check takes when a class gives none. */
static Object *object_subclasshook(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(OBJ_NOTIMPL);
}

static Object *object_sizeof(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromI64(Sys_SizeOfSelf(self));
}

static const MethodDef object_methods[] = {
    {"__init_subclass__", object_init_subclass, METH_CLASS,
     ARGS("($type, /)", "This method is called when a class is subclassed.")},
    {"__subclasshook__", object_subclasshook, METH_CLASS,
     ARGS("($type, object, /)", "Abstract classes can override this to customize issubclass().\n\n"
                                "This is invoked early on by abc.ABCMeta.__subclasscheck__().\n"
                                "It should return True, False or NotImplemented.  If it returns\n"
                                "NotImplemented, the normal algorithm is used.  Otherwise, it\n"
                                "overrides the normal algorithm (and the outcome is cached).\n")},
    {"__format__", object_format, 0, ARGS("($self, format_spec, /)", "Default object formatter.")},
    {"__dir__", object_dir, 0, ARGS("($self, /)", "Default dir() implementation.")},
    {"__reduce_ex__", Object_ReduceEx, 0, ARGS("($self, protocol, /)", "Helper for pickle.")},
    {"__reduce__", Object_Reduce, 0, ARGS("($self, /)", "Helper for pickle.")},
    {"__getstate__", Object_GetState, 0, ARGS("($self, /)", "Helper for pickle.")},
    {"__sizeof__", object_sizeof, 0, ARGS("($self, /)", "Size of object in memory, in bytes.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef object_getset[] = {
    {"__class__", object_get_class, Class_AssignClass, NULL},
    {NULL, NULL, NULL, NULL},
};

Type Object_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "object",
    .basicsize = sizeof(Object),
    .flags = TPFLAG_BASETYPE,
    .doc = "The base class of the class hierarchy.\n\n"
           "When called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
    .args = ARGS("()", NULL),
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = Obj_GenericGetAttr,
    .setattr = Obj_GenericSetAttr,
    .new_ = Obj_GenericNew,
    .init = object_init,
    .methods = object_methods,
    .getset = object_getset,
};

/* ---- None, NotImplemented, Ellipsis ------------------------------------- */

static void immortal_dealloc(Object *o) { (void)o; }
static Object *none_repr(Object *o) { return NEWREF(Str_InternC("None")); }
static int none_bool(Object *o) { return 0; }
static Object *notimpl_repr(Object *o) { return NEWREF(Str_InternC("NotImplemented")); }
static Object *ellipsis_repr(Object *o) { return NEWREF(Str_InternC("Ellipsis")); }

static Object *none_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_NoneGiven(nargs, kwnames, "%s takes no arguments", "NoneType") < 0) return NULL;
    return OBJ_NONE;
}
static Object *notimpl_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_NoneGiven(nargs, kwnames, "%s takes no arguments", "NotImplementedType") < 0) return NULL;
    return OBJ_NOTIMPL;
}
static Object *ellipsis_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_NoneGiven(nargs, kwnames, "%s takes no arguments", "EllipsisType") < 0) return NULL;
    return OBJ_ELLIPSIS;
}

/* __reduce__ of the two singletons: their names, which pickle saves as
 * globals of builtins. */
static Object *notimpl_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Str_FromUTF8("NotImplemented", -1);
}
static Object *ellipsis_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Str_FromUTF8("Ellipsis", -1);
}
static const MethodDef notimpl_methods[] = {
    {"__reduce__", notimpl_reduce, 0, ARGS("($self, /)", NULL)},
    {NULL},
};
static const MethodDef ellipsis_methods[] = {
    {"__reduce__", ellipsis_reduce, 0, ARGS("($self, /)", NULL)},
    {NULL},
};

Type NoneType_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "NoneType", .basicsize = sizeof(Object),
    .dealloc = immortal_dealloc, .repr = none_repr, .hash = none_hash, .nb_bool = none_bool,
    .new_ = none_new, .doc = "The type of the None singleton.",
};
Type NotImplType_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "NotImplementedType", .basicsize = sizeof(Object),
    .dealloc = immortal_dealloc, .repr = notimpl_repr, .hash = object_hash, .new_ = notimpl_new,
    .methods = notimpl_methods, .doc = "The type of the NotImplemented singleton.",
};
Type EllipsisType_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "ellipsis", .basicsize = sizeof(Object),
    .dealloc = immortal_dealloc, .repr = ellipsis_repr, .hash = object_hash, .new_ = ellipsis_new,
    .methods = ellipsis_methods, .doc = "The type of the Ellipsis singleton.",
};

Object None_Obj = OBJ_HEAD_INIT(&NoneType_Type);

/* The placeholder for "NULL" on a frame's value stack (see OBJ_NULLSLOT). */
Type NullSlot_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "NULL", .basicsize = sizeof(Object), .dealloc = immortal_dealloc,
};
Object NullSlot_Obj = OBJ_HEAD_INIT(&NullSlot_Type);
Object NotImpl_Obj = OBJ_HEAD_INIT(&NotImplType_Type);
Object Ellipsis_Obj = OBJ_HEAD_INIT(&EllipsisType_Type);
