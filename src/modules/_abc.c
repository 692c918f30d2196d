/* The _abc module: what abc.ABCMeta does, in C because isinstance() and
 * issubclass() against an abstract class are hot.
 *
 * Each abstract class keeps an _abc_data in its _abc_impl attribute: the
 * classes registered with it, and the answers of its subclass checks,
 * positive and negative.  The three are held weakly, as CPython holds them:
 * a class that goes away leaves them.  Each is a dict from the class's
 * address (a small int, so a check allocates nothing) to a weak reference
 * whose callback removes the entry.  Negative answers hold only while no
 * class has been registered with any ABC since (the cache token). */
#include "abstract.h"
#include "class.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"

typedef struct AbcData {
    Object ob;
    Object *registry, *cache, *negative; /* weak sets, below */
    uint64_t negative_version;           /* the token when negative was last emptied */
} AbcData;

static Type AbcData_Type;

/* Bumped by every registration, in every interpreter: a shared counter only
 * empties negative caches more often than needed. */
static uint64_t cache_token;

static uint64_t token_now(void) { return __atomic_load_n(&cache_token, __ATOMIC_RELAXED); }

/* ---- weak sets of classes --------------------------------------------------- */

static Object *weakset_key(Object *cls) { return SMALL_FROM((intptr_t)cls); }

/* The callback of an entry's weak reference, bound to the set: drops the
 * entry that holds this reference. */
static Object *weakset_forget(Object *set, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t pos = 0;
    Object *k, *v;
    while (Dict_Next(set, &pos, &k, &v))
        if (v == args[0]) {
            if (Dict_DelItem(set, k) < 0) return NULL;
            break;
        }
    RETURN_NONE;
}

static const MethodDef forget_def = {"_forget", weakset_forget, 0, ARGS("($self, ref, /)", NULL)};

/* 1 if cls is in set (a live entry: a dead class's address may be reused
 * before its callback runs), else 0. */
static int weakset_has(Object *set, Object *cls) {
    Object *wr;
    int r = Dict_Lookup(set, weakset_key(cls), &wr);
    return r > 0 && ((WeakRef *)wr)->referent == cls;
}

static int weakset_add(Object *set, Object *cls) {
    Object *forget = BuiltinFunction_New(&forget_def, set);
    Object *wr = forget ? Weak_NewRef(cls, forget) : NULL;
    int r = wr ? Dict_SetItem(set, weakset_key(cls), wr) : -1;
    XDECREF(forget);
    XDECREF(wr);
    return r;
}

/* A new set of the live references in set (what _get_dump shows). */
static Object *weakset_refs(Object *set) {
    Object *s = Set_New(NULL), *k, *v;
    ssize_t pos = 0;
    while (s && Dict_Next(set, &pos, &k, &v))
        if (((WeakRef *)v)->referent && Set_Add(s, v) < 0) CLEAR(s);
    return s;
}

/* ---- the _abc_data type --------------------------------------------------- */

static Object *abcdata_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    AbcData *d = (AbcData *)Obj_Alloc(t, sizeof(AbcData));
    if (!d) return NULL;
    d->negative_version = token_now();
    if (!(d->registry = Dict_New()) || !(d->cache = Dict_New()) || !(d->negative = Dict_New())) {
        DECREF((Object *)d);
        return NULL;
    }
    return (Object *)d;
}

static int abcdata_traverse(Object *o, VisitFn visit, void *arg) {
    AbcData *d = (AbcData *)o;
    if (d->registry && visit(d->registry, arg)) return 1;
    if (d->cache && visit(d->cache, arg)) return 1;
    return d->negative && visit(d->negative, arg);
}

static int abcdata_clear(Object *o) {
    AbcData *d = (AbcData *)o;
    CLEAR(d->registry);
    CLEAR(d->cache);
    CLEAR(d->negative);
    return 0;
}

static void abcdata_dealloc(Object *o) {
    Gc_Untrack(o);
    abcdata_clear(o);
    Obj_Free(o);
}

static Type AbcData_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_abc._abc_data",
    .doc = "Internal state held by ABC machinery.",
    .basicsize = sizeof(AbcData),
    .flags = TPFLAG_GC,
    .new_ = abcdata_new,
    .dealloc = abcdata_dealloc,
    .traverse = abcdata_traverse,
    .clear = abcdata_clear,
};

Type *const Abc_Types[] = {&AbcData_Type, NULL};

/* cls._abc_impl, checked (new reference). */
static AbcData *impl_of(Object *cls) {
    Object *impl = Obj_GetAttr(cls, ID(_abc_impl));
    if (impl && TYPE(impl) != &AbcData_Type) {
        Err_SetString(Exc_TypeError, "_abc_impl is set to a wrong type");
        CLEAR(impl);
    }
    return (AbcData *)impl;
}

/* ---- _abc_init ---------------------------------------------------------------- */

/* 1 if obj.__isabstractmethod__ is true, 0 if not or absent, -1 on error. */
static int is_abstract(Object *obj) {
    Object *flag;
    int r = Obj_LookupAttr(obj, ID(__isabstractmethod__), &flag);
    if (r <= 0) return r;
    r = Obj_IsTrue(flag);
    DECREF(flag);
    return r;
}

/* Adds to names the abstract methods each base declares that cls has not
 * replaced by a concrete one. */
static int add_inherited_abstracts(Object *cls, Object *names) {
    Object *bases = Obj_GetAttr(cls, ID(__bases__));
    if (!bases) return -1;
    if (!Tuple_Check(bases)) {
        DECREF(bases);
        Err_SetString(Exc_TypeError, "__bases__ is not tuple");
        return -1;
    }
    int rc = 0;
    for (ssize_t i = 0; rc == 0 && i < TUPLE_LEN(bases); i++) {
        Object *declared, *it, *name;
        int r = Obj_LookupAttr(TUPLE_GET(bases, i), ID(__abstractmethods__), &declared);
        if (r <= 0) {
            rc = r;
            continue;
        }
        it = Obj_GetIter(declared);
        DECREF(declared);
        if (!it) return -1;
        while (rc == 0 && (name = Iter_Next(it))) {
            Object *value;
            r = Obj_LookupAttr(cls, name, &value);
            if (r > 0) {
                r = is_abstract(value);
                DECREF(value);
            }
            if (r < 0 || (r > 0 && Set_Add(names, name) < 0)) rc = -1;
            DECREF(name);
        }
        DECREF(it);
        if (Err_Occurred()) rc = -1;
    }
    DECREF(bases);
    return rc;
}

/* cls.__abstractmethods__: its own abstract attributes, then what its bases
 * leave abstract. */
static int compute_abstracts(Object *cls) {
    Object *ns = Obj_GetAttr(cls, ID(__dict__)), *names = Set_New(NULL);
    int rc = ns && names ? 0 : -1;
    Object *items = rc == 0 ? Obj_CallMethodC(ns, "items", NULL, 0) : NULL;
    Object *it = items ? Obj_GetIter(items) : NULL, *pair;
    if (!it) rc = -1;
    while (rc == 0 && (pair = Iter_Next(it))) {
        if (!Tuple_Check(pair) || TUPLE_LEN(pair) != 2) {
            Err_SetString(Exc_TypeError, "items() returned item which is not a 2-tuple");
            rc = -1;
        } else {
            int r = is_abstract(TUPLE_GET(pair, 1));
            if (r < 0 || (r > 0 && Set_Add(names, TUPLE_GET(pair, 0)) < 0)) rc = -1;
        }
        DECREF(pair);
    }
    if (rc == 0 && Err_Occurred()) rc = -1;
    if (rc == 0) rc = add_inherited_abstracts(cls, names);
    Object *frozen = rc == 0 ? FrozenSet_New(names) : NULL;
    if (rc == 0 && (!frozen || Obj_SetAttr(cls, ID(__abstractmethods__), frozen) < 0)) rc = -1;
    XDECREF(frozen);
    XDECREF(it);
    XDECREF(items);
    XDECREF(names);
    XDECREF(ns);
    return rc;
}

static Object *abc_init(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *cls = args[0];
    if (compute_abstracts(cls) < 0) return NULL;
    Object *data = abcdata_new(&AbcData_Type, NULL, 0, NULL);
    int r = data ? Obj_SetAttr(cls, ID(_abc_impl), data) : -1;
    XDECREF(data);
    if (r < 0) return NULL;
    RETURN_NONE;
}

/* ---- register ---------------------------------------------------------------- */

#define MATCH_FLAGS (TPFLAG_MATCH_SEQUENCE | TPFLAG_MATCH_MAPPING)

/* Registering with collections.abc's Sequence or Mapping makes the class,
 * and the classes already derived from it, match that pattern kind. */
static void set_match_flag(Type *t, unsigned long flag) {
    if (!(t->flags & TPFLAG_HEAPTYPE) || (t->flags & TPFLAG_IMMUTABLE) || (t->flags & MATCH_FLAGS) == flag) return;
    t->flags = (t->flags & ~MATCH_FLAGS) | flag;
    Object *subs = Type_GetSubclasses(t);
    if (!subs) {
        Err_Clear(); /* only memory can fail here; the flag of the class itself is set */
        return;
    }
    for (ssize_t i = 0; i < LIST_LEN(subs); i++) set_match_flag((Type *)LIST_GET(subs, i), flag);
    DECREF(subs);
}

static Object *abc_register(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *cls = args[0], *sub = args[1];
    if (!Type_Check(sub)) {
        Err_SetString(Exc_TypeError, "Can only register classes");
        return NULL;
    }
    int r = Obj_IsSubclass(sub, cls);
    if (r) return r < 0 ? NULL : NEWREF(sub); /* already a subclass */
    if ((r = Obj_IsSubclass(cls, sub)) != 0) {
        if (r > 0) Err_SetString(Exc_RuntimeError, "Refusing to create an inheritance cycle");
        return NULL;
    }
    AbcData *impl = impl_of(cls);
    if (!impl) return NULL;
    r = weakset_add(impl->registry, sub);
    DECREF((Object *)impl);
    if (r < 0) return NULL;
    __atomic_fetch_add(&cache_token, 1, __ATOMIC_RELAXED);
    if (Type_Check(cls) && (((Type *)cls)->flags & MATCH_FLAGS))
        set_match_flag((Type *)sub, ((Type *)cls)->flags & MATCH_FLAGS);
    return NEWREF(sub);
}

/* ---- the checks ---------------------------------------------------------------- */

static Object *call_subclasscheck(Object *cls, Object *sub) {
    return Obj_CallMethod(cls, ID(__subclasscheck__), &sub, 1);
}

static Object *abc_instancecheck(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *cls = args[0], *inst = args[1];
    AbcData *impl = impl_of(cls);
    if (!impl) return NULL;
    Object *claimed = Obj_GetAttr(inst, ID(__class__)), *result = NULL;
    if (!claimed) goto done;
    if (weakset_has(impl->cache, claimed)) {
        result = NEWREF(OBJ_TRUE);
        goto done;
    }
    Object *actual = (Object *)TYPE(inst);
    if (actual == claimed) {
        if (impl->negative_version == token_now() && weakset_has(impl->negative, claimed))
            result = NEWREF(OBJ_FALSE);
        else
            result = call_subclasscheck(cls, claimed);
        goto done;
    }
    /* a proxy whose __class__ differs from its type: either will do */
    result = call_subclasscheck(cls, claimed);
    int r = result ? Obj_IsTrue(result) : -1;
    if (r == 0) {
        DECREF(result);
        result = call_subclasscheck(cls, actual);
    } else if (r < 0) {
        CLEAR(result);
    }
done:
    XDECREF(claimed);
    DECREF((Object *)impl);
    return result;
}

/* Whether sub is a subclass of one of the classes in the list (borrowed):
 * 1, 0, -1. */
static int subclass_of_any(Object *sub, Object *list) {
    for (ssize_t i = 0; i < LIST_LEN(list); i++) {
        Object *c = NEWREF(LIST_GET(list, i));
        int r = Obj_IsSubclass(sub, c);
        DECREF(c);
        if (r) return r;
    }
    return 0;
}

/* The live classes of a weak set, as a new list (a check may change it). */
static Object *weakset_classes(Object *set) {
    Object *l = List_New(0), *k, *v;
    ssize_t pos = 0;
    while (l && Dict_Next(set, &pos, &k, &v)) {
        Object *c = ((WeakRef *)v)->referent;
        if (c && List_Append(l, c) < 0) CLEAR(l);
    }
    return l;
}

/* The answer of the subclass check when neither cache holds it and the
 * hook gave none: 1, 0, -1. */
static int find_relation(Object *cls, Object *sub, AbcData *impl) {
    /* a real subclass */
    Object *mro = ((Type *)sub)->mro;
    for (ssize_t i = 0; mro && i < TUPLE_LEN(mro); i++)
        if (TUPLE_GET(mro, i) == cls) return 1;
    /* a subclass of a registered class */
    Object *registered = weakset_classes(impl->registry);
    if (!registered) return -1;
    int r = subclass_of_any(sub, registered);
    DECREF(registered);
    if (r) return r;
    /* a subclass of one of cls's own subclasses */
    Object *subs = Obj_CallMethodC(cls, "__subclasses__", NULL, 0);
    if (!subs) return -1;
    if (!List_Check(subs)) {
        DECREF(subs);
        Err_SetString(Exc_TypeError, "__subclasses__() must return a list");
        return -1;
    }
    r = subclass_of_any(sub, subs);
    DECREF(subs);
    return r;
}

static Object *abc_subclasscheck(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *cls = args[0], *sub = args[1];
    if (!Type_Check(sub)) {
        Err_SetString(Exc_TypeError, "issubclass() arg 1 must be a class");
        return NULL;
    }
    AbcData *impl = impl_of(cls);
    if (!impl) return NULL;
    Object *result = NULL;
    int r = -1;
    if (weakset_has(impl->cache, sub)) {
        result = NEWREF(OBJ_TRUE);
        goto done;
    }
    uint64_t now = token_now();
    if (impl->negative_version < now) {
        Dict_Clear(impl->negative);
        impl->negative_version = now;
    } else if (weakset_has(impl->negative, sub)) {
        result = NEWREF(OBJ_FALSE);
        goto done;
    }
    Object *hook = Obj_CallMethod(cls, ID(__subclasshook__), &sub, 1);
    if (!hook) goto done;
    if (hook == OBJ_TRUE || hook == OBJ_FALSE) {
        r = hook == OBJ_TRUE;
    } else if (hook == OBJ_NOTIMPL) {
        if (weakset_has(impl->registry, sub)) { /* registered itself: answered without caching */
            DECREF(hook);
            result = NEWREF(OBJ_TRUE);
            goto done;
        }
        r = find_relation(cls, sub, impl);
    } else {
        Err_SetString(Exc_AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
    }
    DECREF(hook);
    if (r >= 0 && weakset_add(r ? impl->cache : impl->negative, sub) == 0) result = NEWREF(r ? OBJ_TRUE : OBJ_FALSE);
done:
    DECREF((Object *)impl);
    return result;
}

/* ---- what the tests and the debugging helpers see ------------------------------ */

static Object *abc_get_dump(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    AbcData *impl = impl_of(args[0]);
    if (!impl) return NULL;
    Object *parts[4] = {weakset_refs(impl->registry), weakset_refs(impl->cache), weakset_refs(impl->negative),
                        Int_FromU64(impl->negative_version)};
    DECREF((Object *)impl);
    Object *r = parts[0] && parts[1] && parts[2] && parts[3] ? Tuple_FromArray(parts, 4) : NULL;
    for (int i = 0; i < 4; i++) XDECREF(parts[i]);
    return r;
}

static Object *abc_reset_registry(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    AbcData *impl = impl_of(args[0]);
    if (!impl) return NULL;
    Dict_Clear(impl->registry);
    DECREF((Object *)impl);
    RETURN_NONE;
}

static Object *abc_reset_caches(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    AbcData *impl = impl_of(args[0]);
    if (!impl) return NULL;
    Dict_Clear(impl->cache);
    Dict_Clear(impl->negative);
    DECREF((Object *)impl);
    RETURN_NONE;
}

static Object *abc_get_cache_token(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromU64(token_now());
}

static const MethodDef abc_functions[] = {
    {"get_cache_token", abc_get_cache_token, 0,
     ARGS("($module, /)", "Returns the current ABC cache token.\n\n"
                          "The token is an opaque object (supporting equality testing) identifying\n"
                          "the current version of the ABC cache for virtual subclasses.  The token\n"
                          "changes with every call to register() on any ABC.")},
    {"_abc_init", abc_init, 0, ARGS("($module, self, /)", "Internal ABC helper for class set-up. Should be never used outside abc module.")},
    {"_abc_register", abc_register, 0,
     ARGS("($module, self, subclass, /)", "Internal ABC helper for subclasss registration. Should be never used outside abc module.")},
    {"_abc_instancecheck", abc_instancecheck, 0,
     ARGS("($module, self, instance, /)", "Internal ABC helper for instance checks. Should be never used outside abc module.")},
    {"_abc_subclasscheck", abc_subclasscheck, 0,
     ARGS("($module, self, subclass, /)", "Internal ABC helper for subclasss checks. Should be never used outside abc module.")},
    {"_get_dump", abc_get_dump, 0,
     ARGS("($module, self, /)", "Internal ABC helper for cache and registry debugging.\n\n"
                                "Return shallow copies of registry, of both caches, and\n"
                                "negative cache version. Don't call this function directly,\n"
                                "instead use ABC._dump_registry() for a nice repr.")},
    {"_reset_registry", abc_reset_registry, 0,
     ARGS("($module, self, /)", "Internal ABC helper to reset registry of a given class.\n\n"
                                "Should be only used by refleak.py")},
    {"_reset_caches", abc_reset_caches, 0,
     ARGS("($module, self, /)", "Internal ABC helper to reset both caches of a given class.\n\n"
                                "Should be only used by refleak.py")},
    {NULL},
};

int Abc_Init(Object *module) {
    Object *doc = Str_FromUTF8("Module contains faster C implementation of abc.ABCMeta", -1);
    if (Module_AddObjectSteal(module, "__doc__", doc) < 0) return -1;
    return Module_AddFunctions(module, abc_functions);
}
