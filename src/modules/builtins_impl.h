/* Shared between builtins.c, builtins_iter.c and builtins_input.c (not a
 * public contract). */
#ifndef CIPY_BUILTINS_IMPL_H
#define CIPY_BUILTINS_IMPL_H
#include "abstract.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/err.h"

Object *Builtin_AIter(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Builtin_ANext(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Builtin_All(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Builtin_Any(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Builtin_Input(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Builtin_Iter(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Builtin_Next(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Builtin_Max(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Builtin_Min(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Builtin_Sorted(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Builtin_Sum(Object *self, Object *const *args, size_t nargs, Object *kwnames);
#endif
