/* Module objects. */
#ifndef CIPY_MODULE_H
#define CIPY_MODULE_H
#include "object.h"

typedef struct Module {
    Object ob;
    Object *dict;        /* owned */
    Object *name;        /* str (owned): the name given at creation */
} Module;
/* A module whose dict holds __name__, __doc__ (None), __package__, __loader__
 * and __spec__ (None), as CPython's PyModule_New. */
Object *Module_New(Object *name);               /* borrowed name */
Object *Module_NewC(const char *name);
#define MODULE_DICT(m) (((Module *)(m))->dict)
/* Adds the functions of a NULL-terminated MethodDef table to module m
 * (built-in functions bound to m, __module__ = the module's name). */
int Module_AddFunctions(Object *m, const MethodDef *defs);
int Module_AddObject(Object *m, const char *name, Object *v);  /* increfs v */
/* Like Module_AddObject but steals v (even on error); v NULL means a failed
 * constructor: returns -1 with its exception. */
int Module_AddObjectSteal(Object *m, const char *name, Object *v);
/* The module's __name__ as a borrowed str, or NULL (no error set) if absent. */
Object *Module_GetName(Object *m);
#endif
