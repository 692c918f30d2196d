/* The iteration protocol. */
#include "abstract.h"
#include "eval.h"
#include "object.h"
#include "objects/range.h"
#include "objects/str.h"
#include "runtime/cstack.h"
#include "runtime/err.h"

Object *Obj_GetIter(Object *o) {
    Type *t = TYPE(o);
    if (t->iter) {
        Object *it = t->iter(o);
        if (it && !TYPE(it)->iternext) {
            Err_Format(Exc_TypeError, "iter() returned non-iterator of type '%s'", TYPE_NAME(it));
            DECREF(it);
            return NULL;
        }
        return it;
    }
    if (t->getitem && !Dict_Check(o) && !(t->flags & TPFLAG_MAPPING)) return SeqIter_New(o);
    Err_Format(Exc_TypeError, "'%s' object is not iterable", t->name);
    return NULL;
}

Object *Iter_Next(Object *it) {
#ifdef CIPY_FUZZ
    if (Eval_FuzzTick() < 0) return NULL; /* an endless C loop (sum(iter(int, 1))) ends too */
#endif
    UnaryFn f = TYPE(it)->iternext;
    if (!f) {
        Err_Format(Exc_TypeError, "'%s' object is not an iterator", TYPE_NAME(it));
        return NULL;
    }
    /* iterators over iterators (zip(zip(...)), map, filter) recurse here */
    if (CStack_CheckBackstop() < 0) return NULL;
    Object *r = f(it);
    if (!r && Err_Occurred() && Err_Matches(Exc_StopIteration)) Err_Clear();
    return r;
}

/* operator.length_hint: len(o) when o has a length, else o.__length_hint__()
 * (NotImplemented or missing: dflt), checked as CPython checks it. */
ssize_t Obj_LengthHint(Object *o, ssize_t dflt) {
    if (TYPE(o)->len) {
        ssize_t n = Obj_Len(o);
        if (n >= 0 || !Err_Matches(Exc_TypeError)) return n;
        Err_Clear();
    }
    bool found;
    Object *r = Obj_CallSpecial(o, ID(__length_hint__), NULL, 0, &found);
    if (!found) return dflt;
    if (!r) {
        if (!Err_Matches(Exc_TypeError)) return -1;
        Err_Clear();
        return dflt;
    }
    if (r == OBJ_NOTIMPL) {
        DECREF(r);
        return dflt;
    }
    if (!Int_Check(r)) {
        Err_Format(Exc_TypeError, "__length_hint__ must be an integer, not %s", TYPE_NAME(r));
        DECREF(r);
        return -1;
    }
    ssize_t n;
    int bad = Index_AsSsize(r, Exc_OverflowError, &n);
    DECREF(r);
    if (bad < 0) return -1;
    if (n < 0) {
        Err_SetString(Exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}
