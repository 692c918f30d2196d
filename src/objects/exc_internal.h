/* Shared between exc.c and exc_group.c only. */
#ifndef CIPY_EXC_INTERNAL_H
#define CIPY_EXC_INTERNAL_H
#include "object.h"

/* BaseException's __new__/__init__ slots, and a bare instance of t with args. */
Object *BaseExc_New(Type *t, Object *const *args, size_t nargs, Object *kwnames);
int BaseExc_Init(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *BaseExc_Alloc(Type *t, Object *const *args, size_t nargs);

/* BaseExceptionGroup's slots (exc_group.c, except traverse/clear/dealloc in exc.c). */
Object *ExcGroup_NewSlot(Type *t, Object *const *args, size_t nargs, Object *kwnames);
int ExcGroup_InitSlot(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *ExcGroup_StrSlot(Object *self);
Object *ExcGroup_ReprSlot(Object *self);
int ExcGroup_TraverseSlot(Object *o, VisitFn visit, void *arg);
int ExcGroup_ClearSlot(Object *o);
void ExcGroup_DeallocSlot(Object *o);
extern const GetSetDef ExcGroup_GetSet[];
extern const MethodDef ExcGroup_Methods[];
#endif
