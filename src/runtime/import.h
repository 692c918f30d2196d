/* The import statement: the registry's modules and .pyc files on the search path. */
#ifndef CIPY_IMPORT_H
#define CIPY_IMPORT_H
#include "../object.h"

/* IMPORT_NAME: returns the module (or the top-level package when fromlist is
 * empty and name is dotted).  level > 0 is a relative import. */
Object *Import_ImportName(Object *name, Object *globals, Object *fromlist, Object *level);
/* IMPORT_FROM: `from module import name`. */
Object *Import_ImportFrom(Object *module, Object *name);
/* import name (a dotted name as a C string); new reference.  The one way
 * modules are made: interpreter start-up imports builtins and sys with it. */
Object *Import_ImportC(const char *name);
#endif
