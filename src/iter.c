/* The iteration protocol. */
#include "abstract.h"
#include "eval.h"
#include "object.h"
#include "objects/range.h"
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
