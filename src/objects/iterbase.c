/* The shared part of the iterators over one object (see iterbase.h). */
#include "objects/iterbase.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include <string.h>

void IterBase_Dealloc(Object *o) {
    XDECREF(((IterBase *)o)->seq);
    Obj_Free(o);
}

int IterBase_Traverse(Object *o, VisitFn visit, void *arg) {
    Object *seq = ((IterBase *)o)->seq;
    return seq ? visit(seq, arg) : 0;
}

int IterBase_Clear(Object *o) {
    CLEAR(((IterBase *)o)->seq);
    return 0;
}

/* ---- pickling ------------------------------------------------------------- */

Object *IterBase_Builtin(const char *name) {
    Object *f = g_interp->builtins ? Dict_GetStr(g_interp->builtins, name) : NULL;
    if (!f && !Err_Occurred()) Err_SetString(Exc_AttributeError, name);
    return XNEWREF(f);
}

static Object *empty_of(IterEmpty kind) {
    switch (kind) {
    case ITER_EMPTY_LIST: return List_New(0);
    case ITER_EMPTY_STR: return NEWREF(Str_Empty());
    default: return Tuple_Empty();
    }
}

Object *IterBase_ReduceIndex(Object *maker, Object *seq, ssize_t index, IterEmpty empty) {
    maker = maker ? NEWREF(maker) : IterBase_Builtin("iter");
    if (!maker) return NULL;
    Object *arg = seq ? NEWREF(seq) : empty_of(empty);
    Object *args = arg ? Tuple_Pack(1, arg) : NULL;
    XDECREF(arg);
    Object *r = NULL;
    if (args && !seq) {
        r = Tuple_Pack(2, maker, args);
    } else if (args) {
        Object *pos = Int_FromI64(index);
        if (pos) r = Tuple_Pack(3, maker, args, pos);
        XDECREF(pos);
    }
    XDECREF(args);
    DECREF(maker);
    return r;
}

int IterBase_StateIndex(Object *state, ssize_t *out) {
    if (!Int_Check(state)) {
        Err_SetString(Exc_TypeError, "an integer is required");
        return -1;
    }
    return Index_AsSsizeArg(state, out);
}

Object *IterBase_ReduceRest(Object *self) {
    Type *t = TYPE(self);
    IterBase *copy = (IterBase *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!copy) return NULL;
    /* the position fields are plain values: only the object needs a reference */
    memcpy((char *)copy + sizeof(Object), (char *)self + sizeof(Object), (size_t)t->basicsize - sizeof(Object));
    XINCREF(copy->seq);
    Object *rest = List_FromIterable((Object *)copy);
    DECREF((Object *)copy);
    if (!rest) return NULL;
    Object *args = Tuple_Pack(1, rest);
    DECREF(rest);
    Object *iter = args ? IterBase_Builtin("iter") : NULL;
    Object *r = iter ? Tuple_Pack(2, iter, args) : NULL;
    XDECREF(iter);
    XDECREF(args);
    return r;
}
