/* Classes: the class statement (__build_class__), type(name, bases, dict),
 * the C3 method resolution order, instance layout (__dict__, __slots__), and
 * how instances of classes are freed and traversed. */
#include "class.h"
#include "abstract.h"
#include "eval.h"
#include "slots.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/traceback.h"
#include <stdlib.h>
#include <string.h>

/* The nearest static (C-defined) type in t's base chain. */
static Type *static_base(Type *t) {
    while (t->flags & TPFLAG_HEAPTYPE) t = t->base;
    return t;
}

Object **Class_ExtraSlot(Object *o, ssize_t off) {
    Type *sb = static_base(TYPE(o));
    if (!sb->var_extra) return (Object **)((char *)o + off);
    return (Object **)((char *)o + sb->var_extra(o) + (size_t)(off - sb->basicsize));
}

/* ---- member descriptors (__slots__ entries) -------------------------------- */

typedef struct MemberDescr {
    Object ob;
    Object *name;
    Type *owner;
    ssize_t offset;
} MemberDescr;

static Object *member_get(Object *o, Object *obj, Type *owner) {
    MemberDescr *m = (MemberDescr *)o;
    if (!obj) return NEWREF(o);
    if (!Type_IsSubtype(TYPE(obj), m->owner)) {
        Err_Format(Exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", m->name,
                   m->owner->name, TYPE_NAME(obj));
        return NULL;
    }
    Object *v = *Class_ExtraSlot(obj, m->offset);
    if (!v) {
        Err_Format(Exc_AttributeError, "'%s' object has no attribute '%U'", TYPE_NAME(obj), m->name);
        return NULL;
    }
    return NEWREF(v);
}

static int member_set(Object *o, Object *obj, Object *v) {
    MemberDescr *m = (MemberDescr *)o;
    if (!Type_IsSubtype(TYPE(obj), m->owner)) {
        Err_Format(Exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", m->name,
                   m->owner->name, TYPE_NAME(obj));
        return -1;
    }
    Object **slot = Class_ExtraSlot(obj, m->offset);
    if (!v && !*slot) {
        Err_SetObject(Exc_AttributeError, m->name);
        return -1;
    }
    SETREF(*slot, XNEWREF(v));
    return 0;
}

static Object *member_repr(Object *o) {
    MemberDescr *m = (MemberDescr *)o;
    return Str_FromFormat("<member '%U' of '%s' objects>", m->name, m->owner->name);
}

static void member_dealloc(Object *o) {
    CLEAR(((MemberDescr *)o)->name);
    Obj_Free(o);
}

Type MemberDescr_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescr),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
};

/* ---- instances of classes ------------------------------------------------- */

/* Visits or clears the references a class adds to its base's layout: the
 * __slots__ members and the __dict__ pointer. */
#define HEAP_EXTRA_BEGIN(t) (static_base(t)->basicsize)

static void subtype_dealloc(Object *o);

bool Class_Finalize(Object *o) {
    if (IS_SMALL(o) || o->type->dealloc != subtype_dealloc || GC_HEAD(o)->finalized) return false;
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
    Type *base = static_base(t);
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
    Type *base = static_base(t);
    return base->traverse ? base->traverse(o, visit, arg) : 0;
}

static int subtype_clear(Object *o) {
    Type *t = TYPE(o);
    for (ssize_t off = HEAP_EXTRA_BEGIN(t); off + (ssize_t)sizeof(Object *) <= t->basicsize; off += sizeof(Object *))
        CLEAR(*Class_ExtraSlot(o, off));
    Type *base = static_base(t);
    return base->clear ? base->clear(o) : 0;
}

/* ---- the __dict__ and __weakref__ attributes of instances ------------------ */

static Object *inst_get_dict(Object *o) {
    Object **dp = Obj_DictPtr(o);
    if (!dp) {
        Err_Format(Exc_AttributeError, "'%s' object has no attribute '__dict__'", TYPE_NAME(o));
        return NULL;
    }
    if (!*dp && !(*dp = Dict_New())) return NULL;
    return NEWREF(*dp);
}

static int inst_set_dict(Object *o, Object *v) {
    Object **dp = Obj_DictPtr(o);
    if (!dp) {
        Err_Format(Exc_AttributeError, "'%s' object has no attribute '__dict__'", TYPE_NAME(o));
        return -1;
    }
    if (v && !Dict_Check(v)) {
        Err_Format(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", TYPE_NAME(v));
        return -1;
    }
    SETREF(*dp, XNEWREF(v));
    return 0;
}

/* cipy has no weak references: the attribute exists and is always None. */
static Object *inst_get_weakref(Object *o) { return NEWREF(OBJ_NONE); }

static const GetSetDef inst_dict_def = {"__dict__", inst_get_dict, inst_set_dict, NULL};
static const GetSetDef inst_weakref_def = {"__weakref__", inst_get_weakref, NULL, NULL};

static int add_getset(Type *t, const GetSetDef *def) {
    Object *d = GetSetDescr_New(t, def);
    if (!d) return -1;
    int r = Dict_SetStr(t->dict, def->name, d);
    DECREF(d);
    return r;
}

/* True if instances of t already carry a __weakref__ attribute. */
static bool has_weakref(Type *t) {
    Type *sb = static_base(t);
    if (sb->flags & (TPFLAG_INT_SUBCLASS | TPFLAG_TUPLE_SUBCLASS | TPFLAG_BYTES_SUBCLASS)) return true; /* can't add */
    for (Type *b = t; b->flags & TPFLAG_HEAPTYPE; b = b->base)
        if (Dict_GetStr(b->dict, "__weakref__")) return true;
    return false;
}

/* ---- C3 linearisation --------------------------------------------------- */

static bool tail_contains(Object *const *lists, ssize_t nlists, const ssize_t *heads, Object *cand) {
    for (ssize_t i = 0; i < nlists; i++) {
        Object *l = lists[i];
        for (ssize_t j = heads[i] + 1; j < TUPLE_LEN(l); j++)
            if (TUPLE_GET(l, j) == cand) return true;
    }
    return false;
}

static void mro_error(Type *t, Object *const *lists, ssize_t nlists, const ssize_t *heads) {
    /* names the heads still waiting in the lists being merged, each once */
    StrBuilder sb;
    SB_Init(&sb);
    SB_AppendASCII(&sb, "Cannot create a consistent method resolution order (MRO) for bases ", -1);
    bool first = true;
    for (ssize_t i = 0; i < nlists; i++) {
        if (heads[i] >= TUPLE_LEN(lists[i])) continue;
        Object *h = TUPLE_GET(lists[i], heads[i]);
        bool seen = false;
        for (ssize_t k = 0; k < i && !seen; k++)
            seen = heads[k] < TUPLE_LEN(lists[k]) && TUPLE_GET(lists[k], heads[k]) == h;
        if (seen) continue;
        if (!first) SB_AppendASCII(&sb, ", ", -1);
        first = false;
        SB_AppendStr(&sb, ((Type *)h)->name_obj);
    }
    Object *msg = SB_Finish(&sb);
    if (msg) {
        Err_SetObject(Exc_TypeError, msg);
        DECREF(msg);
    }
}

static Object *compute_mro(Type *t) {
    Object *bases = t->bases;
    ssize_t nb = TUPLE_LEN(bases);
    for (ssize_t i = 0; i < nb; i++)
        for (ssize_t j = i + 1; j < nb; j++)
            if (TUPLE_GET(bases, i) == TUPLE_GET(bases, j)) {
                Err_Format(Exc_TypeError, "duplicate base class %U", ((Type *)TUPLE_GET(bases, i))->name_obj);
                return NULL;
            }
    ssize_t nlists = nb + 1;
    Object **lists = malloc(sizeof(Object *) * (size_t)nlists);
    ssize_t *heads = calloc((size_t)nlists, sizeof(ssize_t));
    Object *result = List_New(0);
    if (!lists || !heads || !result) goto nomem;
    for (ssize_t i = 0; i < nb; i++) lists[i] = ((Type *)TUPLE_GET(bases, i))->mro;
    lists[nb] = bases;
    if (List_Append(result, (Object *)t) < 0) goto fail;
    for (;;) {
        bool empty = true, progressed = false;
        for (ssize_t i = 0; i < nlists; i++) {
            if (heads[i] >= TUPLE_LEN(lists[i])) continue;
            empty = false;
            Object *cand = TUPLE_GET(lists[i], heads[i]);
            if (tail_contains(lists, nlists, heads, cand)) continue;
            if (List_Append(result, cand) < 0) goto fail;
            for (ssize_t k = 0; k < nlists; k++)
                if (heads[k] < TUPLE_LEN(lists[k]) && TUPLE_GET(lists[k], heads[k]) == cand) heads[k]++;
            progressed = true;
            break;
        }
        if (empty) break;
        if (!progressed) {
            mro_error(t, lists, nlists, heads);
            goto fail;
        }
    }
    free(lists);
    free(heads);
    Object *tuple = List_AsTuple(result);
    DECREF(result);
    return tuple;
nomem:
    Err_NoMemory();
fail:
    free(lists);
    free(heads);
    XDECREF(result);
    return NULL;
}

/* ---- type(name, bases, dict) ---------------------------------------------- */

/* The most derived type in t's chain that adds fields to its base's layout
 * (__slots__ members count; a __dict__ pointer alone does not). */
static Type *solid_base(Type *t) {
    while (t->flags & TPFLAG_HEAPTYPE) {
        ssize_t extra = t->basicsize - t->base->basicsize;
        if (t->dictoffset && !t->base->dictoffset) extra -= (ssize_t)sizeof(Object *);
        if (extra > 0) return t;
        t = t->base;
    }
    return t;
}

int Class_AssignClass(Object *obj, Object *value) {
    if (!value) {
        Err_SetString(Exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!Type_Check(value)) {
        Err_Format(Exc_TypeError, "__class__ must be set to a class, not '%s' object", TYPE_NAME(value));
        return -1;
    }
    Type *oldto = TYPE(obj), *newto = (Type *)value;
    if (!(oldto->flags & TPFLAG_HEAPTYPE) || !(newto->flags & TPFLAG_HEAPTYPE)) {
        Err_SetString(Exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    /* the instance must fit the new class: same C layout, __dict__ and __slots__ */
    if (solid_base(oldto) != solid_base(newto) || oldto->basicsize != newto->basicsize ||
        oldto->dictoffset != newto->dictoffset || static_base(oldto) != static_base(newto)) {
        Err_Format(Exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", newto->name,
                   oldto->name);
        return -1;
    }
    /* instances of classes hold a reference to their class */
    INCREF(value);
    obj->type = newto;
    DECREF((Object *)oldto);
    return 0;
}

/* The base whose instance layout the new class extends. */
static Type *best_base(Object *bases) {
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
        Type *solid = solid_base(bt);
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

static Type *calculate_metaclass(Type *meta, Object *bases) {
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

static int add_slots(Type *t, Object *ns, Object *slots, bool *want_dict, bool *want_weakref) {
    Object *seq = Str_Check(slots) ? Tuple_Pack(1, slots) : Tuple_FromIterable(slots);
    if (!seq) return -1;
    for (ssize_t i = 0; i < TUPLE_LEN(seq); i++) {
        Object *name = TUPLE_GET(seq, i);
        if (!Str_Check(name)) {
            Err_Format(Exc_TypeError, "__slots__ items must be strings, not '%s'", TYPE_NAME(name));
            DECREF(seq);
            return -1;
        }
        if (!Str_IsIdentifier(name)) {
            Err_SetString(Exc_TypeError, "__slots__ must be identifiers");
            DECREF(seq);
            return -1;
        }
        if (Str_EqC(name, "__dict__")) {
            *want_dict = true;
            continue;
        }
        if (Str_EqC(name, "__weakref__")) {
            *want_weakref = true;
            continue;
        }
        Object *existing;
        int found = Dict_Lookup(ns, name, &existing);
        if (found < 0) { DECREF(seq); return -1; }
        if (found && !Str_EqC(name, "__qualname__")) {
            Err_Format(Exc_ValueError, "%R in __slots__ conflicts with class variable", name);
            DECREF(seq);
            return -1;
        }
        MemberDescr *m = (MemberDescr *)Obj_Alloc(&MemberDescr_Type, sizeof(MemberDescr));
        if (!m) { DECREF(seq); return -1; }
        m->name = NEWREF(name);
        m->owner = t;
        m->offset = t->basicsize;
        t->basicsize += sizeof(Object *);
        int r = Dict_SetItem(t->dict, name, (Object *)m);
        DECREF((Object *)m);
        if (r < 0) { DECREF(seq); return -1; }
    }
    DECREF(seq);
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
    Type *winner = calculate_metaclass(meta, bases);
    if (!winner) return NULL;
    meta = winner;
    Object *own_bases = TUPLE_LEN(bases) ? NEWREF(bases) : Tuple_Pack(1, (Object *)&Object_Type);
    if (!own_bases) return NULL;
    Type *base = best_base(own_bases);
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

    /* layout: the base's, plus __slots__ members and a __dict__ pointer */
    t->basicsize = base->basicsize;
    t->dictoffset = base->dictoffset;
    Object *slots = Dict_GetStr(t->dict, "__slots__");
    bool want_dict = slots == NULL, want_weakref = slots == NULL;
    if (slots) {
        Type *sb = static_base(base);
        if (sb->var_extra || (sb->flags & TPFLAG_INT_SUBCLASS)) {
            ssize_t n = Str_Check(slots) ? 1 : Obj_Len(slots);
            if (n < 0) goto fail;
            if (n > 0) {
                Err_Format(Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", sb->name);
                goto fail;
            }
        }
        if (add_slots(t, ns, slots, &want_dict, &want_weakref) < 0) goto fail;
    }
    if (want_dict && !t->dictoffset) {
        t->dictoffset = t->basicsize;
        t->basicsize += sizeof(Object *);
        if (add_getset(t, &inst_dict_def) < 0) goto fail;
    }
    if (want_weakref && !has_weakref(base) && add_getset(t, &inst_weakref_def) < 0) goto fail;
    if (!Dict_GetStr(t->dict, "__doc__") && Dict_SetStr(t->dict, "__doc__", OBJ_NONE) < 0) goto fail;

    if (!(t->mro = compute_mro(t))) goto fail;
    /* inherit the base's slots, then let dunders defined along the MRO win */
    if (static_base(base)->var_extra) t->flags |= TPFLAG_VAR_EXTRAS;
    t->flags |= base->flags & (TPFLAG_INT_SUBCLASS | TPFLAG_LIST_SUBCLASS | TPFLAG_TUPLE_SUBCLASS |
                               TPFLAG_BYTES_SUBCLASS | TPFLAG_STR_SUBCLASS | TPFLAG_DICT_SUBCLASS |
                               TPFLAG_EXC_SUBCLASS | TPFLAG_TYPE_SUBCLASS);
    Type_InheritSlots(t, base);
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    Slots_FromDict(t);

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
    Object *mro = t->mro;
    for (ssize_t i = 1; i < TUPLE_LEN(mro); i++) {
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
    if (nargs < 2) {
        Err_SetString(Exc_TypeError, "__build_class__: not enough arguments");
        return NULL;
    }
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
        Type *w = calculate_metaclass((Type *)meta, bases);
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
    if (cls && TYPE(cell) == &Cell_Type && ((Cell *)cell)->ref != cls) {
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
