/* Classes: the class statement (__build_class__), type(name, bases, dict),
 * the C3 method resolution order, instance layout (__dict__, __slots__), and
 * how instances of classes are freed and traversed. */
#include "class.h"
#include "abstract.h"
#include "eval.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/traceback.h"
#include "slots.h"
#include <stdlib.h>
#include <string.h>

Type *Class_StaticBase(Type *t) {
    while (t->flags & TPFLAG_HEAPTYPE) t = t->base;
    return t;
}

Object **Class_ExtraSlot(Object *o, ssize_t off) {
    Type *sb = Class_StaticBase(TYPE(o));
    if (!sb->var_extra) return (Object **)((char *)o + off);
    return (Object **)((char *)o + sb->var_extra(o) + (size_t)(off - sb->basicsize));
}

/* ---- member descriptors (__slots__ entries) -------------------------------- */

typedef struct MemberDescr {
    Object ob;
    Object *name;
    Type *owner;  /* owned */
    ssize_t offset;
    const char *doc;   /* static text or NULL */
    bool readonly;
} MemberDescr;

Object *MemberDescr_New(Type *owner, Object *name, ssize_t offset, const char *doc, bool readonly) {
    MemberDescr *m = (MemberDescr *)Obj_Alloc(&MemberDescr_Type, sizeof(MemberDescr));
    if (!m) return NULL;
    m->name = NEWREF(name);
    m->owner = (Type *)NEWREF((Object *)owner); /* the descriptor may outlive the class dict */
    m->offset = offset;
    m->doc = doc;
    m->readonly = readonly;
    return (Object *)m;
}

/* Whether obj has m's field: its class derives from m's owner, by the MRO
 * as CPython checks, and by the base chain its layout comes from (a
 * metaclass's mro() may list classes that are not in that chain). */
static bool member_applies(MemberDescr *m, Object *obj) {
    if (Type_IsSubtype(TYPE(obj), m->owner))
        for (Type *t = TYPE(obj); t; t = t->base)
            if (t == m->owner) return true;
    Err_Format(Exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", m->name,
               m->owner->name, TYPE_NAME(obj));
    return false;
}

static Object *member_get(Object *o, Object *obj, Type *owner) {
    MemberDescr *m = (MemberDescr *)o;
    if (!obj) return NEWREF(o);
    if (!member_applies(m, obj)) return NULL;
    Object *v = *Class_ExtraSlot(obj, m->offset);
    if (!v) {
        Object *tname = Type_FullName(TYPE(obj));
        if (tname) Err_Format(Exc_AttributeError, "'%U' object has no attribute '%U'", tname, m->name);
        XDECREF(tname);
        return NULL;
    }
    return NEWREF(v);
}

static int member_set(Object *o, Object *obj, Object *v) {
    MemberDescr *m = (MemberDescr *)o;
    if (!member_applies(m, obj)) return -1;
    if (m->readonly) return GetSet_Readonly(obj, v);
    Object **slot = Class_ExtraSlot(obj, m->offset);
    if (!v && !*slot) {
        Err_SetObject(Exc_AttributeError, m->name);
        return -1;
    }
    SETREF(*slot, XNEWREF(v));
    return 0;
}

ssize_t MemberDescr_FixedOffset(Object *descr, Type *t, bool store) {
    if (TYPE(descr) != &MemberDescr_Type) return 0;
    MemberDescr *m = (MemberDescr *)descr;
    if ((store && m->readonly) || Class_StaticBase(t)->var_extra || !Type_IsSubtype(t, m->owner)) return 0;
    for (Type *b = t; b; b = b->base)
        if (b == m->owner) return m->offset;
    return 0;
}

static Object *member_repr(Object *o) {
    MemberDescr *m = (MemberDescr *)o;
    return Str_FromFormat("<member '%U' of '%s' objects>", m->name, m->owner->name);
}

static void member_dealloc(Object *o) {
    Gc_Untrack(o);
    CLEAR(((MemberDescr *)o)->name);
    DECREF((Object *)((MemberDescr *)o)->owner);
    Obj_Free(o);
}

static int member_traverse(Object *o, VisitFn visit, void *arg) {
    return visit((Object *)((MemberDescr *)o)->owner, arg);
}

static Object *member_get_name(Object *o) { return NEWREF(((MemberDescr *)o)->name); }
static Object *member_get_qualname(Object *o) {
    MemberDescr *m = (MemberDescr *)o;
    return Str_FromFormat("%U.%U", m->owner->qualname, m->name);
}
static Object *member_get_objclass(Object *o) { return NEWREF((Object *)((MemberDescr *)o)->owner); }
static Object *member_get_doc(Object *o) {
    const char *doc = ((MemberDescr *)o)->doc;
    return doc ? Str_FromUTF8(doc, -1) : NEWREF(OBJ_NONE);
}

static const GetSetDef member_getset[] = {
    {"__name__", member_get_name, NULL, NULL},
    {"__qualname__", member_get_qualname, NULL, NULL},
    {"__objclass__", member_get_objclass, NULL, NULL},
    {"__doc__", member_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type MemberDescr_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescr),
    .flags = TPFLAG_GC,
    .dealloc = member_dealloc,
    .traverse = member_traverse,
    .getset = member_getset,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
};

/* ---- instances of classes ------------------------------------------------- */

/* Visits or clears the references a class adds to its base's layout: the
 * __slots__ members and the __dict__ pointer. */
#define HEAP_EXTRA_BEGIN(t) (Class_StaticBase(t)->basicsize)

static void subtype_dealloc(Object *o);

bool Class_Finalize(Object *o) {
    /* instances of classes, and of the built-in types that have a __del__
     * (the _io classes, which close themselves) */
    if (IS_SMALL(o) || !(o->type->flags & TPFLAG_GC) || GC_HEAD(o)->finalized) return false;
    Object *del = Type_Lookup(o->type, ID(__del__));
    if (!del) return false;
    GC_HEAD(o)->finalized = true;
    INCREF(del);
    Object *pending = Err_Fetch(); /* an exception being raised must survive */
    Object *r;
    if (TYPE(del) == &Function_Type) {
        r = Obj_Call(del, &o, 1, NULL);
    } else {
        Object *bound = TYPE(del)->descr_get ? TYPE(del)->descr_get(del, o, o->type) : NEWREF(del);
        r = bound ? Obj_Call(bound, NULL, 0, NULL) : NULL;
        XDECREF(bound);
    }
    if (r) DECREF(r);
    else Err_WriteUnraisable("while calling deallocator", del);
    DECREF(del);
    if (pending) Err_Restore(pending);
    return true;
}

static void subtype_dealloc(Object *o) {
    Type *t = TYPE(o);
    if (!GC_HEAD(o)->finalized && Type_Specials(t)->special_del) {
        /* resurrect o for the duration of __del__ */
        o->refcnt = 1;
        Class_Finalize(o);
        if (--o->refcnt > 0) { /* __del__ stored a new reference: o lives on */
            Gc_Track(o);
            return;
        }
    }
    Gc_Untrack(o);
    Weak_ClearBuiltin(o); /* (instances of classes are GC objects) */
    Type *base = Class_StaticBase(t);
    bool var = (t->flags & TPFLAG_VAR_EXTRAS) != 0; /* else the slots are at their offsets */
    for (ssize_t off = base->basicsize; off + (ssize_t)sizeof(Object *) <= t->basicsize; off += sizeof(Object *))
        CLEAR(*(var ? Class_ExtraSlot(o, off) : (Object **)((char *)o + off)));
    base->dealloc(o);
}

static int subtype_traverse(Object *o, VisitFn visit, void *arg) {
    Type *t = TYPE(o);
    for (ssize_t off = HEAP_EXTRA_BEGIN(t); off + (ssize_t)sizeof(Object *) <= t->basicsize; off += sizeof(Object *)) {
        Object *v = *Class_ExtraSlot(o, off);
        if (v && visit(v, arg)) return 1;
    }
    if (!(t->flags & TPFLAG_HEAPTYPE) || visit((Object *)t, arg)) return 1;
    Type *base = Class_StaticBase(t);
    return base->traverse ? base->traverse(o, visit, arg) : 0;
}

static int subtype_clear(Object *o) {
    Type *t = TYPE(o);
    for (ssize_t off = HEAP_EXTRA_BEGIN(t); off + (ssize_t)sizeof(Object *) <= t->basicsize; off += sizeof(Object *))
        CLEAR(*Class_ExtraSlot(o, off));
    Type *base = Class_StaticBase(t);
    return base->clear ? base->clear(o) : 0;
}

/* ---- the __dict__ and __weakref__ attributes of instances ------------------ */

/* Unlike the generic setter, an instance's __dict__ may be deleted (a fresh
 * one is made on the next use). */
static int inst_set_dict(Object *o, Object *v) {
    Object **dp = Obj_DictPtr(o);
    if (v || !dp) return Obj_GenericSetDict(o, v);
    CLEAR(*dp);
    return 0;
}

/* The first weak reference to o, or None. */
static Object *inst_get_weakref(Object *o) { return Weak_First(o); }

static const GetSetDef inst_dict_def = {"__dict__", Obj_GenericGetDict, inst_set_dict,
                                        "dictionary for instance variables"};
static const GetSetDef inst_weakref_def = {"__weakref__", inst_get_weakref, NULL,
                                           "list of weak references to the object"};

static int add_getset(Type *t, const GetSetDef *def) {
    Object *d = GetSetDescr_New(t, def);
    if (!d) return -1;
    int r = Dict_SetStr(t->dict, def->name, d);
    DECREF(d);
    return r;
}

/* ---- type(name, bases, dict) ---------------------------------------------- */

Type *Class_SolidBase(Type *t) {
    /* a built-in type adding no fields to its base (ValueError below
     * Exception) shares its base's layout, as in CPython */
    while (t->base) {
        ssize_t extra = t->basicsize - t->base->basicsize;
        if ((t->flags & TPFLAG_HEAPTYPE) && t->dictoffset && !t->base->dictoffset) extra -= (ssize_t)sizeof(Object *);
        if (extra != 0 || (!(t->flags & TPFLAG_HEAPTYPE) && t->dictoffset != t->base->dictoffset)) return t;
        t = t->base;
    }
    return t;
}

Type *Class_BestBase(Object *bases) {
    Type *winner = NULL, *winner_solid = NULL;
    for (ssize_t i = 0; i < TUPLE_LEN(bases); i++) {
        Object *b = TUPLE_GET(bases, i);
        if (!Type_Check(b)) {
            Err_SetString(Exc_TypeError, "bases must be types");
            return NULL;
        }
        Type *bt = (Type *)b;
        if (!(bt->flags & TPFLAG_BASETYPE)) {
            Err_Format(Exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        Type *solid = Class_SolidBase(bt);
        if (!winner) {
            winner = bt;
            winner_solid = solid;
        } else if (Type_IsSubtype(winner_solid, solid)) {
            /* keep the current winner */
        } else if (Type_IsSubtype(solid, winner_solid)) {
            winner = bt;
            winner_solid = solid;
        } else {
            Err_SetString(Exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return winner;
}

Type *Class_CalculateMeta(Type *meta, Object *bases) {
    Type *winner = meta;
    for (ssize_t i = 0; i < TUPLE_LEN(bases); i++) {
        Type *bm = TYPE(TUPLE_GET(bases, i));
        if (Type_IsSubtype(winner, bm)) continue;
        if (Type_IsSubtype(bm, winner)) {
            winner = bm;
            continue;
        }
        Err_SetString(Exc_TypeError,
                      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                      "metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* ---- __slots__ --------------------------------------------------------- */

/* Bases whose instances CPython makes variable-size (int, bytes, tuple,
 * type): no __slots__ entry may follow their items. */
static bool var_sized_base(Type *t) {
    return (Class_StaticBase(t)->flags &
            (TPFLAG_INT_SUBCLASS | TPFLAG_BYTES_SUBCLASS | TPFLAG_TUPLE_SUBCLASS | TPFLAG_TYPE_SUBCLASS)) != 0;
}

/* Whether instances of t have a __dict__ already (a class keeps its
 * attributes in the class dict). */
/* __abc_tpflags__ in a class body (collections.abc's Sequence and Mapping
 * set it) makes the class match sequence (1 << 5) or mapping (1 << 6)
 * patterns, as CPython's ABCMeta does; the entry is removed. */
static int take_abc_tpflags(Type *t) {
    Object *v = NULL;
    if (Dict_Pop(t->dict, ID(__abc_tpflags__), &v) < 0) return -1;
    if (!v) return 0;
    if (Int_Check(v)) {
        int64_t f;
        if (Int_AsI64(v, &f) == 0) {
            if (f & (1 << 5)) t->flags = (t->flags & ~TPFLAG_MATCH_MAPPING) | TPFLAG_MATCH_SEQUENCE;
            if (f & (1 << 6)) t->flags = (t->flags & ~TPFLAG_MATCH_SEQUENCE) | TPFLAG_MATCH_MAPPING;
        } else {
            Err_Clear();
        }
    }
    DECREF(v);
    return 0;
}

static bool has_dict(Type *t) { return t->dictoffset != 0 || (t->flags & TPFLAG_TYPE_SUBCLASS); }

/* The private-name form of a __slots__ entry of class cls: __x becomes
 * _cls__x, unless it ends with two underscores or cls is all underscores.
 * A new exact str. */
static Object *mangle(Object *cls, Object *name) {
    ssize_t n = STR_LEN(name), cn = STR_LEN(cls), skip = 0;
    bool private = n > 2 && STR_CHAR(name, 0) == '_' && STR_CHAR(name, 1) == '_' &&
                   !(STR_CHAR(name, n - 1) == '_' && STR_CHAR(name, n - 2) == '_');
    while (skip < cn && STR_CHAR(cls, skip) == '_') skip++;
    if (!private || skip == cn) return Str_Exact(name);
    Object *stem = Str_Substring(cls, skip, cn);
    Object *r = stem ? Str_FromFormat("_%U%U", stem, name) : NULL;
    XDECREF(stem);
    return r;
}

static int compare_names(const void *a, const void *b) {
    return Str_Compare(*(Object *const *)a, *(Object *const *)b);
}

/* The __slots__ entries as CPython checks them, in its order: strings, then
 * identifiers, then __dict__ and __weakref__ once each where the base lacks
 * them, and no other name (mangled) already in the class namespace.  Sets
 * the two wants; returns the other names, mangled and sorted (a new tuple). */
static Object *slot_names(Type *t, Type *base, Object *slots, bool *want_dict, bool *want_weakref) {
    Object *seq = Str_Check(slots) ? Tuple_Pack(1, slots) : Tuple_FromIterable(slots);
    if (!seq) return NULL;
    ssize_t n = TUPLE_LEN(seq), kept = 0;
    Object **kept_names = NULL, *names = NULL;
    if (n > 0 && var_sized_base(base)) {
        Err_Format(Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
        goto done;
    }
    for (ssize_t i = 0; i < n; i++) {
        Object *name = TUPLE_GET(seq, i);
        if (!Str_Check(name)) {
            Err_Format(Exc_TypeError, "__slots__ items must be strings, not '%s'", TYPE_NAME(name));
            goto done;
        }
        if (!Str_IsIdentifier(name)) {
            Err_SetString(Exc_TypeError, "__slots__ must be identifiers");
            goto done;
        }
    }
    bool may_dict = !has_dict(base), may_weakref = !(base->flags & TPFLAG_WEAKREF) && !var_sized_base(base);
    if (!(kept_names = malloc(sizeof(Object *) * (size_t)(n + 1)))) {
        Err_NoMemory();
        goto done;
    }
    for (ssize_t i = 0; i < n; i++) {
        Object *name = TUPLE_GET(seq, i);
        bool is_dict = Str_EqC(name, "__dict__"), is_weakref = !is_dict && Str_EqC(name, "__weakref__");
        if (is_dict || is_weakref) {
            bool *want = is_dict ? want_dict : want_weakref;
            if (*want || !(is_dict ? may_dict : may_weakref)) {
                Err_Format(Exc_TypeError, "%s slot disallowed: we already got one", is_dict ? "__dict__" : "__weakref__");
                goto done;
            }
            *want = true;
            continue;
        }
        Object *m = mangle(t->name_obj, name);
        if (!m) goto done;
        kept_names[kept++] = m;
        Object *v;
        int found = Str_EqC(m, "__qualname__") ? 0 : Dict_Lookup(t->dict, m, &v);
        if (found) {
            if (found > 0) Err_Format(Exc_ValueError, "%R in __slots__ conflicts with class variable", m);
            goto done;
        }
    }
    qsort(kept_names, (size_t)kept, sizeof(Object *), compare_names);
    names = Tuple_FromArraySteal(kept_names, kept); /* takes the names even on failure */
    kept = 0;
done:
    DECREF(seq);
    while (kept > 0) DECREF(kept_names[--kept]);
    free(kept_names);
    return names;
}

/* A member descriptor for each __slots__ name, in name order, each taking the
 * next field of the instance. */
static int add_members(Type *t, Object *names) {
    for (ssize_t i = 0; i < TUPLE_LEN(names); i++) {
        Object *name = TUPLE_GET(names, i);
        Object *m = MemberDescr_New(t, name, t->basicsize, NULL, false);
        if (!m) return -1;
        t->basicsize += sizeof(Object *);
        int r = Dict_SetItem(t->dict, name, m);
        DECREF(m);
        if (r < 0) return -1;
    }
    return 0;
}

/* The instance layout of class t: its base's, then the members named by
 * __slots__ (t->member_names), then a __dict__ pointer; and the __dict__ and
 * __weakref__ attributes. */
static int set_layout(Type *t, Type *base, bool want_dict, bool want_weakref) {
    t->basicsize = base->basicsize;
    t->dictoffset = base->dictoffset;
    t->flags |= base->flags & TPFLAG_WEAKREF;
    if (t->member_names && add_members(t, t->member_names) < 0) return -1;
    if (want_dict && !has_dict(base)) {
        t->dictoffset = t->basicsize;
        t->basicsize += sizeof(Object *);
        if (add_getset(t, &inst_dict_def) < 0) return -1;
    }
    if (want_weakref && !(t->flags & TPFLAG_WEAKREF) && !var_sized_base(base)) {
        t->flags |= TPFLAG_WEAKREF;
        if (add_getset(t, &inst_weakref_def) < 0) return -1;
    }
    return 0;
}

Object *Class_New(Type *meta, Object *name, Object *bases, Object *ns) {
    Object *const argv[3] = {name, bases, ns};
    const char *const want[3] = {"str", "tuple", "dict"};
    bool ok[3] = {Str_Check(name), Tuple_Check(bases), Dict_Check(ns)};
    for (int i = 0; i < 3; i++)
        if (!ok[i]) {
            Err_Format(Exc_TypeError, "type.__new__() argument %d must be %s, not %s", i + 1, want[i],
                       TYPE_NAME(argv[i]));
            return NULL;
        }
    Type *winner = Class_CalculateMeta(meta, bases);
    if (!winner) return NULL;
    meta = winner;
    Object *own_bases = TUPLE_LEN(bases) ? NEWREF(bases) : Tuple_Pack(1, (Object *)&Object_Type);
    if (!own_bases) return NULL;
    Type *base = Class_BestBase(own_bases);
    if (!base) { DECREF(own_bases); return NULL; }

    Type_InvalidateCache();
    Type *t = (Type *)Obj_Alloc(meta, meta->basicsize > (ssize_t)sizeof(Type) ? (size_t)meta->basicsize : sizeof(Type));
    if (!t) { DECREF(own_bases); return NULL; }
    t->flags = TPFLAG_HEAPTYPE | TPFLAG_BASETYPE | TPFLAG_GC | TPFLAG_READY;
    t->bases = own_bases;
    t->base = (Type *)NEWREF((Object *)base);
    t->name_obj = NEWREF(name);
    t->name = Str_AsUTF8(name, NULL);
    if (!t->name) goto fail;
    if (!(t->dict = Dict_Copy(ns))) goto fail;

    Object *qualname = NULL;
    if (Dict_Pop(t->dict, ID(__qualname__), &qualname) < 0) goto fail;
    if (qualname && !Str_Check(qualname)) {
        Err_Format(Exc_TypeError, "type __qualname__ must be a str, not %s", TYPE_NAME(qualname));
        DECREF(qualname);
        goto fail;
    }
    t->qualname = qualname ? qualname : NEWREF(name);
    Object *module = Dict_GetStr(t->dict, "__module__");
    if (!module) {
        Object *g = Eval_Globals();
        module = g ? Dict_GetStr(g, "__name__") : NULL;
        if (module && Dict_SetStr(t->dict, "__module__", module) < 0) goto fail;
    }
    t->module = module ? NEWREF(module) : NULL;
    /* __eq__ without __hash__: instances become unhashable */
    if (Dict_GetStr(t->dict, "__eq__") && !Dict_GetStr(t->dict, "__hash__") &&
        Dict_SetStr(t->dict, "__hash__", OBJ_NONE) < 0)
        goto fail;
    /* __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods */
    Object *f = Dict_GetStr(t->dict, "__new__");
    if (f && TYPE(f) == &Function_Type) {
        Object *sm = StaticMethod_New(f);
        if (!sm || Dict_SetStr(t->dict, "__new__", sm) < 0) { XDECREF(sm); goto fail; }
        DECREF(sm);
    }
    const char *implicit_cm[] = {"__init_subclass__", "__class_getitem__"};
    for (int i = 0; i < 2; i++) {
        f = Dict_GetStr(t->dict, implicit_cm[i]);
        if (f && TYPE(f) == &Function_Type) {
            Object *cm = ClassMethod_New(f);
            if (!cm || Dict_SetStr(t->dict, implicit_cm[i], cm) < 0) { XDECREF(cm); goto fail; }
            DECREF(cm);
        }
    }

    /* __slots__ are checked before the class cells are filled */
    Object *slots = Dict_GetStr(t->dict, "__slots__");
    bool want_dict = slots == NULL, want_weakref = slots == NULL;
    if (slots && !(t->member_names = slot_names(t, base, slots, &want_dict, &want_weakref))) goto fail;

    /* __classcell__: the cell behind zero-argument super() */
    Object *cell = NULL;
    if (Dict_Pop(t->dict, ID(__classcell__), &cell) < 0) goto fail;
    if (cell) {
        if (TYPE(cell) != &Cell_Type) {
            Err_Format(Exc_TypeError, "__classcell__ must be a nonlocal cell, not %R", (Object *)TYPE(cell));
            DECREF(cell);
            goto fail;
        }
        SETREF(((Cell *)cell)->ref, NEWREF((Object *)t));
        DECREF(cell);
    }

    /* __classdictcell__: the cell annotation scopes use to reach the class dict */
    cell = NULL; /* Dict_Pop leaves it alone when the name is absent */
    if (Dict_Pop(t->dict, ID(__classdictcell__), &cell) < 0) goto fail;
    if (cell) {
        if (TYPE(cell) != &Cell_Type) {
            Err_Format(Exc_TypeError, "__classdictcell__ must be a nonlocal cell, not %R", (Object *)TYPE(cell));
            DECREF(cell);
            goto fail;
        }
        SETREF(((Cell *)cell)->ref, NEWREF(t->dict));
        DECREF(cell);
    }

    if (set_layout(t, base, want_dict, want_weakref) < 0) goto fail;
    if (!Dict_GetStr(t->dict, "__doc__") && Dict_SetStr(t->dict, "__doc__", OBJ_NONE) < 0) goto fail;

    /* inherit the base's slots; once the MRO is known, the dunders defined
     * along it win */
    if (Class_StaticBase(base)->var_extra) t->flags |= TPFLAG_VAR_EXTRAS;
    t->flags |= base->flags & (TPFLAG_INT_SUBCLASS | TPFLAG_LIST_SUBCLASS | TPFLAG_TUPLE_SUBCLASS |
                               TPFLAG_BYTES_SUBCLASS | TPFLAG_STR_SUBCLASS | TPFLAG_DICT_SUBCLASS |
                               TPFLAG_EXC_SUBCLASS | TPFLAG_TYPE_SUBCLASS | TPFLAG_MATCH_SEQUENCE |
                               TPFLAG_MATCH_MAPPING);
    if (take_abc_tpflags(t) < 0) goto fail;
    Type_InheritSlots(t, base);
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    Object *no_mro;
    if (Class_UpdateMro(t, &no_mro) < 0) goto fail;
    Slots_FromMro(t);

    /* __set_name__ on each attribute, then the parent's __init_subclass__ */
    Object *items = Dict_Items(t->dict);
    if (!items) goto fail;
    for (ssize_t i = 0; i < LIST_LEN(items); i++) {
        Object *pair = LIST_GET(items, i);
        Object *v = TUPLE_GET(pair, 1);
        if (IS_SMALL(v)) continue;
        Object *setname = Type_Lookup(TYPE(v), ID(__set_name__));
        if (!setname) continue;
        Object *args[2] = {(Object *)t, TUPLE_GET(pair, 0)};
        Object *r = Obj_CallMethod(v, ID(__set_name__), args, 2);
        if (!r) {
            Object *exc = Err_Fetch();
            Object *note = Str_FromFormat("Error calling __set_name__ on '%s' instance %R in '%U'", TYPE_NAME(v),
                                          TUPLE_GET(pair, 0), t->name_obj);
            if (note && exc) {
                Object *nr = Obj_CallMethod(exc, Str_InternC("add_note"), &note, 1);
                XDECREF(nr);
            }
            XDECREF(note);
            if (exc) Err_Restore(exc);
            DECREF(items);
            goto fail;
        }
        DECREF(r);
    }
    DECREF(items);
    if (Type_AddSubclasses(t) < 0) goto fail;
    return (Object *)t;
fail:
    DECREF((Object *)t);
    return NULL;
}

/* Runs the parent's __init_subclass__ for a new class, passing the class
 * statement's keyword arguments. */
int Class_InitSubclass(Type *t, Object *const *kwvalues, Object *kwnames) {
    /* super(t, t).__init_subclass__: the search starts after t in its MRO,
     * which a metaclass's mro() may have left t out of */
    Object *mro = t->mro;
    ssize_t start = 0;
    while (start < TUPLE_LEN(mro) && TUPLE_GET(mro, start) != (Object *)t) start++;
    if (start == TUPLE_LEN(mro)) {
        Err_Format(Exc_TypeError, "super(type, obj): obj (type %s) is not an instance or subtype of type (%s).",
                   t->name, t->name);
        return -1;
    }
    for (ssize_t i = start + 1; i < TUPLE_LEN(mro); i++) {
        Type *b = (Type *)TUPLE_GET(mro, i);
        Object *f;
        int r = Dict_Lookup(b->dict, ID(__init_subclass__), &f);
        if (r < 0) return -1;
        if (!r) continue;
        Object *bound = TYPE(f)->descr_get ? TYPE(f)->descr_get(f, NULL, t) : NEWREF(f);
        if (!bound) return -1;
        Object *res = Obj_Call(bound, kwvalues, 0, kwnames);
        DECREF(bound);
        if (!res) return -1;
        DECREF(res);
        return 0;
    }
    return 0;
}

/* ---- __build_class__ ------------------------------------------------------ */

/* PEP 560: a base that is not a class may stand for others through
 * __mro_entries__ (Generic[T] stands for Generic).  Returns bases itself
 * (a new reference) when nothing changes. */
static Object *resolve_bases(Object *bases) {
    Object *list = NULL;
    for (ssize_t i = 0; i < TUPLE_LEN(bases); i++) {
        Object *b = TUPLE_GET(bases, i), *meth;
        if (Type_Check(b)) {
            if (list && List_Append(list, b) < 0) goto fail;
            continue;
        }
        int r = Obj_LookupAttr(b, ID(__mro_entries__), &meth);
        if (r < 0) goto fail;
        if (!r) {
            if (list && List_Append(list, b) < 0) goto fail;
            continue;
        }
        Object *entries = Obj_CallOneArg(meth, bases);
        DECREF(meth);
        if (!entries) goto fail;
        if (!Tuple_Check(entries)) {
            Err_SetString(Exc_TypeError, "__mro_entries__ must return a tuple");
            DECREF(entries);
            goto fail;
        }
        if (!list) {
            list = List_New(0);
            for (ssize_t j = 0; list && j < i; j++)
                if (List_Append(list, TUPLE_GET(bases, j)) < 0) CLEAR(list);
            if (!list) {
                DECREF(entries);
                goto fail;
            }
        }
        int e = List_Extend(list, entries);
        DECREF(entries);
        if (e < 0) goto fail;
    }
    if (!list) return NEWREF(bases);
    Object *t = List_AsTuple(list);
    DECREF(list);
    return t;
fail:
    XDECREF(list);
    return NULL;
}

static Object *build_class(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_AtLeast(nargs, 2, "__build_class__: not enough arguments", NULL, NULL) < 0) return NULL;
    Object *func = args[0], *name = args[1];
    if (TYPE(func) != &Function_Type) {
        Err_SetString(Exc_TypeError, "__build_class__: func must be a function");
        return NULL;
    }
    if (!Str_Check(name)) {
        Err_SetString(Exc_TypeError, "__build_class__: name is not a string");
        return NULL;
    }
    Object *orig_bases = Tuple_FromArray(args + 2, (ssize_t)nargs - 2);
    if (!orig_bases) return NULL;
    Object *bases = resolve_bases(orig_bases);
    if (!bases) {
        DECREF(orig_bases);
        return NULL;
    }
    /* keyword arguments: metaclass= is ours, the rest go to the metaclass */
    ssize_t nkw = KW_COUNT(kwnames);
    Object *meta = NULL;
    Object *kwn = NULL;
    Object **kwv = malloc(sizeof(Object *) * (size_t)(nkw + 4));
    Object *ns = NULL, *cls = NULL;
    if (!kwv) { DECREF(bases); return Err_NoMemory(); }
    ssize_t k = 0;
    Object *kwlist = List_New(0);
    if (!kwlist) goto done;
    for (ssize_t i = 0; i < nkw; i++) {
        Object *kname = TUPLE_GET(kwnames, i);
        if (Str_EqC(kname, "metaclass")) {
            meta = args[nargs + i];
            continue;
        }
        if (List_Append(kwlist, kname) < 0) goto done;
        kwv[3 + k++] = args[nargs + i];
    }
    kwn = k ? List_AsTuple(kwlist) : NULL;
    if (k && !kwn) goto done;
    bool meta_is_type = false;
    if (!meta) {
        meta = TUPLE_LEN(bases) ? (Object *)TYPE(TUPLE_GET(bases, 0)) : (Object *)&Type_Type;
        meta_is_type = true;
    } else {
        meta_is_type = Type_Check(meta);
    }
    if (meta_is_type) {
        Type *w = Class_CalculateMeta((Type *)meta, bases);
        if (!w) goto done;
        meta = (Object *)w;
    }
    /* namespace from __prepare__ */
    Object *prep;
    int pr = Obj_LookupAttr(meta, ID(__prepare__), &prep);
    if (pr < 0) goto done;
    if (pr) {
        kwv[1] = name;
        kwv[2] = bases;
        ns = Obj_Call(prep, kwv + 1, 2, kwn);
        DECREF(prep);
        if (!ns) goto done;
        if (!Dict_Check(ns) && !TYPE(ns)->getitem) {
            Err_Format(Exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                       Type_Check(meta) ? ((Type *)meta)->name : "<metaclass>", TYPE_NAME(ns));
            goto done;
        }
    } else if (!(ns = Dict_New())) {
        goto done;
    }
    Object *cell = Eval_ClassBody(func, ns);
    if (!cell) goto done;
    if (bases != orig_bases &&
        (Dict_Check(ns) ? Dict_SetStr(ns, "__orig_bases__", orig_bases) : Obj_SetItem(ns, ID(__orig_bases__), orig_bases)) < 0) {
        DECREF(cell);
        goto done;
    }
    kwv[0] = name;
    kwv[1] = bases;
    kwv[2] = ns;
    /* shift the keyword values right after the three positional arguments */
    Object **callargs = malloc(sizeof(Object *) * (size_t)(3 + k));
    if (!callargs) { DECREF(cell); Err_NoMemory(); goto done; }
    callargs[0] = name;
    callargs[1] = bases;
    callargs[2] = ns;
    for (ssize_t i = 0; i < k; i++) callargs[3 + i] = kwv[3 + i];
    cls = Obj_Call(meta, callargs, 3, kwn);
    free(callargs);
    if (cls && Type_Check(cls) && TYPE(cell) == &Cell_Type && ((Cell *)cell)->ref != cls) {
        if (((Cell *)cell)->ref == NULL)
            Err_Format(Exc_RuntimeError, "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                       name, cls);
        else
            Err_Format(Exc_TypeError, "__class__ set to %R defining %R as %R", ((Cell *)cell)->ref, name, cls);
        CLEAR(cls);
    }
    DECREF(cell);
done:
    free(kwv);
    XDECREF(kwlist);
    XDECREF(kwn);
    XDECREF(ns);
    DECREF(bases);
    DECREF(orig_bases);
    return cls;
}

static const MethodDef build_class_def = {"__build_class__", build_class, 0, NULL};

int Class_InitBuiltins(Object *builtins) {
    Object *f = BuiltinFunction_New(&build_class_def, NULL);
    if (!f) return -1;
    int r = Dict_SetStr(builtins, "__build_class__", f);
    DECREF(f);
    return r;
}
