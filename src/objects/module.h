/* Module objects and the table of built-in modules. */
#ifndef CIPY_MODULE_H
#define CIPY_MODULE_H
#include "../object.h"

typedef struct Module {
    Object ob;
    Object *dict;   /* owned */
    Object *name;   /* str */
} Module;
Object *Module_New(Object *name);               /* borrowed name */
Object *Module_NewC(const char *name);
#define MODULE_DICT(m) (((Module *)(m))->dict)
/* Adds the functions of a NULL-terminated MethodDef table to module m. */
int Module_AddFunctions(Object *m, const MethodDef *defs);
int Module_AddObject(Object *m, const char *name, Object *v);  /* increfs v */

/* Built-in modules in C: name -> init function that fills the new module. */
typedef struct BuiltinModule {
    const char *name;
    int (*init)(Object *module);
} BuiltinModule;
extern const BuiltinModule Builtin_Modules[]; /* terminated by a {NULL, NULL} entry */
#endif
