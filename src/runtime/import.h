/* The import statement: built-in modules and .pyc files on the search path. */
#ifndef CIPY_IMPORT_H
#define CIPY_IMPORT_H
#include "object.h"

/* IMPORT_NAME: returns the module (or the top-level package when fromlist is
 * empty and name is dotted).  level > 0 is a relative import. */
Object *Import_ImportName(Object *name, Object *globals, Object *fromlist, Object *level);
/* IMPORT_FROM: `from module import name`. */
Object *Import_ImportFrom(Object *module, Object *name);
/* import name (a dotted name as a C string); new reference. */
Object *Import_ImportC(const char *name);
/* Installs the import machinery behind builtins.__import__. */
void Import_Init(void);
#endif
