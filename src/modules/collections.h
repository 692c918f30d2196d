/* The types of the _collections module (_collections*.c). */
#ifndef CIPY_MODULES_COLLECTIONS_H
#define CIPY_MODULES_COLLECTIONS_H
#include "object.h"
#include <stdbool.h>
#include <string.h>

extern Type Deque_Type, DequeIter_Type, DequeRevIter_Type, TupleGetter_Type, DefaultDict_Type, ODict_Type,
    ODictKeys_Type, ODictValues_Type, ODictItems_Type, ODictIter_Type;
/* The type's name without its module, as reprs show it ("deque", "D"). */
static inline const char *Collections_ShortName(Object *o) {
    const char *n = TYPE_NAME(o), *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}
/* deque.extend (right) or extendleft: returns None (owned) or NULL. */
Object *Deque_Extend(Object *self, Object *iterable, bool right);
#endif
