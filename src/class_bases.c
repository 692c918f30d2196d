/* How a class's bases become its method resolution order, and how they can
 * change afterwards: the C3 linearisation (type.mro()), a metaclass's own
 * mro(), assigning __bases__, and the instance-layout check that __bases__
 * and __class__ assignment share. */
#include "abstract.h"
#include "class.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/err.h"
#include "slots.h"
#include <stdlib.h>

/* ---- C3 linearisation --------------------------------------------------- */

static bool tail_contains(Object *const *lists, ssize_t nlists, const ssize_t *heads, Object *cand) {
    for (ssize_t i = 0; i < nlists; i++) {
        Object *l = lists[i];
        for (ssize_t j = heads[i] + 1; j < TUPLE_LEN(l); j++)
            if (TUPLE_GET(l, j) == cand) return true;
    }
    return false;
}

static void mro_error(Object *const *lists, ssize_t nlists, const ssize_t *heads) {
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

Object *Class_C3(Type *t) {
    Object *bases = t->bases;
    ssize_t nb = TUPLE_LEN(bases);
    for (ssize_t i = 0; i < nb; i++)
        for (ssize_t j = i + 1; j < nb; j++)
            if (TUPLE_GET(bases, i) == TUPLE_GET(bases, j)) {
                Err_Format(Exc_TypeError, "duplicate base class %U", ((Type *)TUPLE_GET(bases, i))->name_obj);
                return NULL;
            }
    for (ssize_t i = 0; i < nb; i++)
        if (!((Type *)TUPLE_GET(bases, i))->mro) { /* a class whose own MRO is being computed */
            Err_Format(Exc_TypeError, "Cannot extend an incomplete type '%s'", ((Type *)TUPLE_GET(bases, i))->name);
            return NULL;
        }
    /* merged: the bases' MROs, then the bases themselves */
    Object *tuple = NULL, *result = NULL;
    ssize_t nlists = nb + 1;
    Object **lists = malloc(sizeof(Object *) * (size_t)nlists);
    ssize_t *heads = calloc((size_t)nlists, sizeof(ssize_t));
    if (!lists || !heads) {
        Err_NoMemory();
        goto done;
    }
    for (ssize_t i = 0; i < nb; i++) lists[i] = ((Type *)TUPLE_GET(bases, i))->mro;
    lists[nb] = bases;
    if (!(result = List_New(0)) || List_Append(result, (Object *)t) < 0) goto done;
    for (;;) {
        bool empty = true, progressed = false;
        for (ssize_t i = 0; i < nlists; i++) {
            if (heads[i] >= TUPLE_LEN(lists[i])) continue;
            empty = false;
            Object *cand = TUPLE_GET(lists[i], heads[i]);
            if (tail_contains(lists, nlists, heads, cand)) continue;
            if (List_Append(result, cand) < 0) goto done;
            for (ssize_t k = 0; k < nlists; k++)
                if (heads[k] < TUPLE_LEN(lists[k]) && TUPLE_GET(lists[k], heads[k]) == cand) heads[k]++;
            progressed = true;
            break;
        }
        if (empty) break;
        if (!progressed) {
            mro_error(lists, nlists, heads);
            goto done;
        }
    }
    tuple = List_AsTuple(result);
done:
    free(lists);
    free(heads);
    XDECREF(result);
    return tuple;
}

/* ---- a metaclass's mro() ---------------------------------------------------- */

/* The checks CPython makes on an MRO a metaclass computed: classes only, each
 * with an instance layout t's instances have. */
static int check_custom_mro(Type *t, Object *mro) {
    Type *solid = Class_SolidBase(t);
    for (ssize_t i = 0; i < TUPLE_LEN(mro); i++) {
        Object *b = TUPLE_GET(mro, i);
        if (!Type_Check(b)) {
            Err_Format(Exc_TypeError, "mro() returned a non-class ('%s')", TYPE_NAME(b));
            return -1;
        }
        if (!Type_IsSubtype(solid, Class_SolidBase((Type *)b))) {
            Err_Format(Exc_TypeError, "mro() returned base with unsuitable layout ('%s')", ((Type *)b)->name);
            return -1;
        }
    }
    return 0;
}

/* t's MRO as its metaclass computes it: type's C3, or the result of the
 * metaclass's own mro() (looked up on the metaclass, as special methods
 * are), checked.  A new tuple. */
static Object *compute_mro(Type *t) {
    Type *meta = TYPE((Object *)t);
    if (meta == &Type_Type) return Class_C3(t);
    Object *name = Str_InternC("mro");
    Object *fn = name ? Type_Lookup(meta, name) : NULL;
    if (!fn) {
        if (!Err_Occurred()) Err_Format(Exc_AttributeError, "type object '%s' has no attribute 'mro'", meta->name);
        return NULL;
    }
    if (fn == Dict_GetStr(Type_Type.dict, "mro")) return Class_C3(t);
    INCREF(fn);
    Object *bound = TYPE(fn)->descr_get ? TYPE(fn)->descr_get(fn, (Object *)t, meta) : NEWREF(fn);
    DECREF(fn);
    if (!bound) return NULL;
    Object *result = Obj_Call(bound, NULL, 0, NULL);
    DECREF(bound);
    if (!result) return NULL;
    Object *mro = Tuple_FromIterable(result);
    DECREF(result);
    if (!mro) return NULL;
    if (TUPLE_LEN(mro) == 0) {
        Err_SetString(Exc_TypeError, "type MRO must not be empty");
        DECREF(mro);
        return NULL;
    }
    if (check_custom_mro(t, mro) < 0) {
        DECREF(mro);
        return NULL;
    }
    return mro;
}

int Class_UpdateMro(Type *t, Object **old) {
    /* held, so that a new MRO cannot take its address while mro() runs */
    Object *before = XNEWREF(t->mro);
    Object *mro = compute_mro(t);
    bool reentered = t->mro != before; /* mro() changed t's bases itself */
    XDECREF(before);
    if (!mro) return -1;
    if (reentered) {
        DECREF(mro);
        return 0;
    }
    *old = t->mro;
    t->mro = mro;
    Type_InvalidateCache();
    return 1;
}

/* ---- instance layouts ------------------------------------------------------- */

static bool adds_dict(Type *t) { return t->base && t->dictoffset != t->base->dictoffset; }
static bool adds_weakref(Type *t) { return t->base && ((t->flags & ~t->base->flags) & TPFLAG_WEAKREF); }

/* Instances of t look exactly like instances of its base: no fields, no
 * __dict__ or __weakref__ added, freed the same way. */
static bool same_layout_as_base(Type *t) {
    Type *b = t->base;
    if (!b || t->basicsize != b->basicsize || t->dictoffset != b->dictoffset) return false;
    if ((t->flags ^ b->flags) & (TPFLAG_GC | TPFLAG_WEAKREF)) return false;
    return (t->flags & TPFLAG_HEAPTYPE) || t->dealloc == b->dealloc;
}

static bool same_names(Object *a, Object *b) {
    if (TUPLE_LEN(a) != TUPLE_LEN(b)) return false;
    for (ssize_t i = 0; i < TUPLE_LEN(a); i++)
        if (!Str_Eq(TUPLE_GET(a, i), TUPLE_GET(b, i))) return false;
    return true;
}

/* Two classes with the same base that add the same fields to it. */
static bool same_fields_added(Type *a, Type *b) {
    if (!(a->flags & TPFLAG_HEAPTYPE) || !(b->flags & TPFLAG_HEAPTYPE)) return false;
    if (a->basicsize != b->basicsize || adds_dict(a) != adds_dict(b) || adds_weakref(a) != adds_weakref(b))
        return false;
    /* equal sizes: equally many members, in name order at the same offsets */
    return !a->member_names || !b->member_names || same_names(a->member_names, b->member_names);
}

int Class_CheckLayout(Type *oldto, Type *newto, const char *attr) {
    if ((oldto->flags ^ newto->flags) & TPFLAG_GC) {
        Err_Format(Exc_TypeError, "%s assignment: '%s' deallocator differs from '%s'", attr, newto->name,
                   oldto->name);
        return -1;
    }
    Type *newbase = newto, *oldbase = oldto;
    while (same_layout_as_base(newbase)) newbase = newbase->base;
    while (same_layout_as_base(oldbase)) oldbase = oldbase->base;
    if (newbase != oldbase && (newbase->base != oldbase->base || !same_fields_added(newbase, oldbase))) {
        Err_Format(Exc_TypeError, "%s assignment: '%s' object layout differs from '%s'", attr, newto->name,
                   oldto->name);
        return -1;
    }
    return 0;
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
    /* a module may become an instance of a subclass of ModuleType and back
     * (importlib.util.LazyLoader does), as in CPython */
    bool modules = Type_IsSubtype(oldto, &Module_Type) && Type_IsSubtype(newto, &Module_Type);
    if (!modules && (!(oldto->flags & TPFLAG_HEAPTYPE) || !(newto->flags & TPFLAG_HEAPTYPE))) {
        Err_SetString(Exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (Class_CheckLayout(oldto, newto, "__class__") < 0) return -1;
    /* instances of classes hold a reference to their class */
    INCREF(value);
    obj->type = newto;
    DECREF((Object *)oldto);
    return 0;
}

/* ---- assigning __bases__ -------------------------------------------------- */

/* The MROs a __bases__ assignment changed, to keep or to put back. */
typedef struct MroChange {
    Type *type;            /* owned */
    Object *mro, *old;     /* owned: the one installed, the one it replaced */
} MroChange;

typedef struct MroChanges {
    MroChange *items;
    size_t len, cap;
} MroChanges;

static int changes_add(MroChanges *ch, Type *t, Object *old) {
    if (ch->len == ch->cap) {
        size_t cap = ch->cap ? ch->cap * 2 : 8;
        MroChange *n = realloc(ch->items, cap * sizeof *n);
        if (!n) {
            Err_NoMemory();
            return -1;
        }
        ch->items = n;
        ch->cap = cap;
    }
    ch->items[ch->len++] = (MroChange){(Type *)NEWREF((Object *)t), NEWREF(t->mro), old};
    return 0;
}

/* Keeps the changes, or (undo) puts back each old MRO still replaced by
 * ours; frees the list either way. */
static void changes_end(MroChanges *ch, bool undo) {
    for (size_t i = ch->len; i-- > 0;) {
        MroChange *c = &ch->items[i];
        if (undo && c->type->mro == c->mro) SETREF(c->type->mro, c->old);
        else XDECREF(c->old);
        DECREF(c->mro);
        DECREF((Object *)c->type);
    }
    free(ch->items);
    Type_InvalidateCache();
}

/* New MROs for t and then every class below it, depth first, in the order
 * CPython recomputes them (a class reached twice is done twice).  A class
 * whose mro() reassigned its bases keeps the MRO that made, and its
 * subclasses are left to that assignment. */
static int update_hierarchy(Type *t, MroChanges *ch) {
    Object *todo = List_New(0);
    if (!todo || List_Append(todo, (Object *)t) < 0) {
        XDECREF(todo);
        return -1;
    }
    int rc = 0;
    while (rc == 0 && LIST_LEN(todo) > 0) {
        Type *c = (Type *)LIST_GET(todo, LIST_LEN(todo) - 1); /* popped: now ours */
        LIST_LEN(todo)--;
        Object *old = NULL;
        int r = Class_UpdateMro(c, &old);
        if (r < 0 || (r > 0 && changes_add(ch, c, old) < 0)) {
            if (r > 0) SETREF(c->mro, old);
            rc = -1;
        } else if (r > 0) {
            Object *subs = Type_GetSubclasses(c);
            if (!subs) rc = -1;
            for (ssize_t i = subs ? LIST_LEN(subs) - 1 : -1; i >= 0 && rc == 0; i--)
                if (List_Append(todo, LIST_GET(subs, i)) < 0) rc = -1;
            XDECREF(subs);
        }
        DECREF((Object *)c);
    }
    DECREF(todo);
    return rc;
}

/* The checks of t.__bases__ = value that come before any change. */
static Type *check_new_bases(Type *t, Object *value) {
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        Err_Format(Exc_TypeError, "cannot set '__bases__' attribute of immutable type '%s'", t->name);
        return NULL;
    }
    if (!value) {
        Err_Format(Exc_TypeError, "cannot delete '__bases__' attribute of immutable type '%s'", t->name);
        return NULL;
    }
    if (!Tuple_Check(value)) {
        Err_Format(Exc_TypeError, "can only assign tuple to %s.__bases__, not %s", t->name, TYPE_NAME(value));
        return NULL;
    }
    if (TUPLE_LEN(value) == 0) {
        Err_Format(Exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->name);
        return NULL;
    }
    for (ssize_t i = 0; i < TUPLE_LEN(value); i++) {
        Object *b = TUPLE_GET(value, i);
        if (!Type_Check(b)) {
            Err_Format(Exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->name, TYPE_NAME(b));
            return NULL;
        }
        if (Type_IsSubtype((Type *)b, t)) {
            Err_SetString(Exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return NULL;
        }
    }
    Type *base = Class_BestBase(value);
    if (!base || Class_CheckLayout(t->base, base, "__bases__") < 0) return NULL;
    return base;
}

int Class_SetBases(Type *t, Object *value) {
    Type *base = check_new_bases(t, value);
    if (!base) return -1;
    Object *bases = Tuple_Check(value) && !Tuple_CheckExact(value) ? Tuple_FromIterable(value) : NEWREF(value);
    if (!bases) return -1;
    Object *old_bases = t->bases; /* these two references are now ours */
    Type *old_base = t->base;
    t->bases = NEWREF(bases);
    t->base = (Type *)NEWREF((Object *)base);
    Type_InvalidateCache();
    MroChanges ch = {0};
    int rc = update_hierarchy(t, &ch);
    /* an mro() may have assigned t.__bases__ again: that assignment stands */
    bool ours = t->bases == bases;
    if (rc < 0 && ours) {
        Object *b = t->bases;
        Type *bb = t->base;
        t->bases = old_bases;
        t->base = old_base;
        old_bases = b;
        old_base = bb;
    }
    if (rc == 0 && ours)
        for (size_t i = 0; i < ch.len; i++) Slots_FromMro(ch.items[i].type);
    changes_end(&ch, rc < 0);
    if (rc == 0 && ours) {
        Type_RemoveSubclasses(t);
        rc = Type_AddSubclasses(t);
    }
    DECREF(old_bases);
    DECREF((Object *)old_base);
    DECREF(bases);
    return rc;
}
