/* Calling objects with the one calling convention (see CallFn in object.h). */
#include "abstract.h"
#include "object.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "runtime/err.h"
#include <stdlib.h>

Object *Obj_Call(Object *callable, Object *const *args, size_t nargs, Object *kwnames) {
    CallFn f = TYPE(callable)->call;
    if (!f) {
        Err_Format(Exc_TypeError, "'%s' object is not callable", TYPE_NAME(callable));
        return NULL;
    }
    return f(callable, args, nargs, kwnames);
}

Object *Obj_CallNoArgs(Object *callable) { return Obj_Call(callable, NULL, 0, NULL); }

Object *Obj_CallOneArg(Object *callable, Object *arg) { return Obj_Call(callable, &arg, 1, NULL); }

Object *Obj_CallTupleDict(Object *callable, Object *args, Object *kwargs) {
    ssize_t n = TUPLE_LEN(args), nk = kwargs ? Dict_Len(kwargs) : 0;
    if (nk == 0) return Obj_Call(callable, TUPLE_ITEMS(args), (size_t)n, NULL);
    Object **stack = malloc(sizeof(Object *) * (size_t)(n + nk));
    Object *kwnames = Tuple_New(nk);
    if (!stack || !kwnames) {
        free(stack);
        XDECREF(kwnames);
        return Err_NoMemory();
    }
    for (ssize_t i = 0; i < n; i++) stack[i] = TUPLE_GET(args, i);
    ssize_t pos = 0, i = 0;
    Object *k, *v;
    while (Dict_Next(kwargs, &pos, &k, &v)) {
        if (!Str_Check(k)) {
            Err_SetString(Exc_TypeError, "keywords must be strings");
            for (ssize_t j = i; j < nk; j++) TUPLE_ITEMS(kwnames)[j] = NEWREF(OBJ_NONE);
            DECREF(kwnames);
            free(stack);
            return NULL;
        }
        TUPLE_ITEMS(kwnames)[i] = NEWREF(k);
        stack[n + i++] = v;
    }
    Object *r = Obj_Call(callable, stack, (size_t)n, kwnames);
    DECREF(kwnames);
    free(stack);
    return r;
}

Object *Obj_CallMethod(Object *o, Object *name, Object *const *args, size_t nargs) {
    Object *m = Obj_GetAttr(o, name);
    if (!m) return NULL;
    Object *r = Obj_Call(m, args, nargs, NULL);
    DECREF(m);
    return r;
}

Object *Obj_CallMethodC(Object *o, const char *name, Object *const *args, size_t nargs) {
    return Obj_CallMethod(o, Str_InternC(name), args, nargs);
}

bool Obj_IsCallable(Object *o) { return TYPE(o)->call != NULL; }
