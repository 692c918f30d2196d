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
/* The registry's module def made anew by its C init alone, outside
 * sys.modules and with no spec (_imp.create_builtin).  New reference. */
struct ModuleDef;
Object *Import_CreateBuiltin(const struct ModuleDef *def);
/* Gives the registry's modules already loaded (those an interpreter loads
 * before _frozen_importlib) their __spec__ and __loader__.  -1 on error. */
int Import_SetSpecs(void);
#endif
