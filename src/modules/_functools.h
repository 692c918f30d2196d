/* The parts of the _functools module kept in files of their own. */
#ifndef CIPY_FUNCTOOLS_H
#define CIPY_FUNCTOOLS_H
#include "object.h"

extern Type LruCache_Type, LruNode_Type; /* _functools_lru.c */
#endif
