/* object.__reduce_ex__, __reduce__ and __getstate__ (reduce.c), listed in
 * object's method table (object.c). */
#ifndef CIPY_REDUCE_H
#define CIPY_REDUCE_H
#include "object.h"

Object *Object_ReduceEx(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Object_Reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Object_GetState(Object *self, Object *const *args, size_t nargs, Object *kwnames);
/* obj.__getstate__(), with object's default taken directly (new reference). */
Object *Object_PickleState(Object *obj);
/* (type(obj), args, obj.__getstate__()), stealing args (NULL: passes an
 * error through). */
Object *Object_ReduceByCall(Object *obj, Object *args);
#endif
