/* types.SimpleNamespace (namespace.c). */
#ifndef CIPY_NAMESPACE_H
#define CIPY_NAMESPACE_H
#include "object.h"

extern Type Namespace_Type;
/* A new SimpleNamespace with the items of dict (NULL: none) as attributes. */
Object *Namespace_New(Object *dict);
#endif
