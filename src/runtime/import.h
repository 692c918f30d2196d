/* The import statement: the registry's modules and .pyc files on the search path. */
#ifndef CIPY_IMPORT_H
#define CIPY_IMPORT_H
#include "object.h"
#include "runtime/interp.h"

/* __import__(name, globals, None, fromlist, level): the module, or the
 * top-level package when fromlist is false and name is dotted; level > 0
 * is a relative import, from the package globals name.  globals and
 * fromlist may be NULL (not given).  New reference. */
Object *Import_Module(Object *name, Object *globals, Object *fromlist, int level);
/* IMPORT_NAME in the running frame: its builtins.__import__, which is
 * Import_Module with level an int object (a C int) unless replaced. */
Object *Import_ImportName(Object *name, Object *globals, Object *fromlist, Object *level);
/* IMPORT_FROM: `from module import name`. */
Object *Import_ImportFrom(Object *module, Object *name);
/* The module of the absolute name (a str): sys.modules[name], else
 * loaded, with its parent packages; new reference. */
Object *Import_FindAndLoad(Object *name);
/* Import_FindAndLoad with a C string.  The one way modules are made:
 * interpreter start-up imports builtins and sys with it. */
Object *Import_ImportC(const char *name);
/* The registry's module def made anew by its C init alone, outside
 * sys.modules and with no spec (_imp.create_builtin).  New reference. */
struct ModuleDef;
Object *Import_CreateBuiltin(const struct ModuleDef *def);
/* Gives the registry's modules already loaded (those an interpreter loads
 * before _frozen_importlib) their __spec__ and __loader__.  -1 on error. */
int Import_SetSpecs(void);

/* Loads _frozen_importlib and gives the modules made before it their
 * __spec__ and __loader__, the first time the interpreter imports or looks
 * at a module.  -1 on error. */
int Import_LoadSpecs(void);
static inline int Import_EnsureSpecs(void) {
    return __builtin_expect(g_interp->specs_lazy, 0) ? Import_LoadSpecs() : 0;
}
/* Fills sys.meta_path with the default finders (Interp.finders).  -1 on error. */
int Import_InstallFinders(void);
/* The spec of the module name in a directory of path (None: sys.path),
 * or None (PathFinder.find_spec).  New reference. */
Object *Import_PathFindSpec(Object *name, Object *path);
/* The code object of the module name in file path: a .pyc, or a .py run
 * from its __pycache__ (FileLoader.get_code).  New reference. */
Object *Import_FileCode(Object *name, Object *path);
/* The directories of namespace package name along parent_path (an
 * iterable of directory names): a new list, or None when a module or
 * package of that name comes first or nothing is found. */
Object *Import_NamespacePortions(Object *name, Object *parent_path);
#endif
