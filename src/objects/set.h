/* set and frozenset: CPython's open-addressing table, so iteration order matches. */
#ifndef CIPY_SET_H
#define CIPY_SET_H
#include "object.h"

Object *Set_New(Object *iterable);        /* iterable may be NULL */
Object *FrozenSet_New(Object *iterable);
int Set_Add(Object *s, Object *key);      /* increfs key; -1 on error */
int Set_Contains(Object *s, Object *key); /* 1, 0, -1 */
int Set_Discard(Object *s, Object *key);  /* 1 removed, 0 absent, -1 error */
ssize_t Set_Len(Object *s);
/* pos starts at 0; returns false at the end; key borrowed. */
bool Set_Next(Object *s, ssize_t *pos, Object **key, hash_t *hash);
int Set_Update(Object *s, Object *iterable);
extern Type SetIter_Type;
#define AnySet_Check(o) (!IS_SMALL(o) && (Type_IsSubtype(TYPE(o), &Set_Type) || Type_IsSubtype(TYPE(o), &FrozenSet_Type)))
#endif
