/* The shared part of the iterators over one object (see iterbase.h). */
#include "objects/iterbase.h"

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
