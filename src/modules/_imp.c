/* The _imp module: what the registry knows, for the loaders of
 * _frozen_importlib (lib/_frozen_importlib.py) and for programs that ask. */
#include "abstract.h"
#include "code.h"
#include "eval.h"
#include "marshal.h"
#include "modules/modules.h"
#include "modules/registry.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The registry line named by the one str argument of fname, or NULL: *def
 * is set (NULL when the registry has no such module); -1 on a bad call. */
static int name_arg(const char *fname, Object *const *args, size_t nargs, Object *kwnames,
                    const ModuleDef **def) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "%s() argument must be str, not %s", fname, TYPE_NAME(args[0]));
        return -1;
    }
    const char *name = Str_AsUTF8(args[0], NULL);
    if (!name) return -1;
    *def = Registry_Find(name);
    return 0;
}

/* The frozen module named by args[0], or NULL with CPython's ImportError. */
static const FrozenModule *frozen_arg(const char *fname, Object *const *args, size_t nargs, Object *kwnames) {
    const ModuleDef *def;
    if (name_arg(fname, args, nargs, kwnames, &def) < 0) return NULL;
    if (!def || !def->frozen) {
        Err_Format(Exc_ImportError, "No such frozen object named %R", args[0]);
        return NULL;
    }
    return def->frozen;
}

/* 1 for a built-in module, -1 for one that cannot be made again (sys and
 * builtins), 0 for anything else. */
static Object *imp_is_builtin(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const ModuleDef *def;
    if (name_arg("is_builtin", args, nargs, kwnames, &def) < 0) return NULL;
    if (!def || !Registry_IsBuiltin(def)) return SMALL_FROM(0);
    return SMALL_FROM(strcmp(def->name, "sys") == 0 || strcmp(def->name, "builtins") == 0 ? -1 : 1);
}

static Object *imp_is_frozen(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const ModuleDef *def;
    if (name_arg("is_frozen", args, nargs, kwnames, &def) < 0) return NULL;
    return Bool_From(def && def->frozen);
}

static Object *imp_is_frozen_package(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const FrozenModule *fm = frozen_arg("is_frozen_package", args, nargs, kwnames);
    return fm ? Bool_From(fm->is_package) : NULL;
}

/* get_frozen_object(name, data=None, /): the module's code object. */
static Object *imp_get_frozen_object(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const FrozenModule *fm = frozen_arg("get_frozen_object", args, 1, NULL);
    return fm ? Marshal_Loads(fm->code, fm->size) : NULL;
}

/* create_builtin(spec, /): a new module for spec.name (sys and builtins,
 * which cannot be made twice, are the interpreter's own). */
static Object *imp_create_builtin(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *name = Obj_GetAttrC(args[0], "name");
    if (!name) return NULL;
    if (!Str_Check(name)) {
        Err_Format(Exc_TypeError, "name must be string, not %s", TYPE_NAME(name));
        DECREF(name);
        return NULL;
    }
    const char *s = Str_AsUTF8(name, NULL);
    const ModuleDef *def = s ? Registry_Find(s) : NULL;
    Object *r = NULL;
    if (!s) {
    } else if (def && Registry_IsBuiltin(def)) {
        if (strcmp(s, "sys") == 0) r = NEWREF(g_interp->sys_mod);
        else if (strcmp(s, "builtins") == 0) r = NEWREF(g_interp->builtins_mod);
        else r = Import_CreateBuiltin(def);
    } else {
        Err_Format(Exc_ImportError, "no built-in module named %U", name);
    }
    DECREF(name);
    return r;
}

static Object *imp_exec_builtin(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return SMALL_FROM(0);
}

static Object *imp_frozen_module_names(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *l = List_New(0);
    if (!l) return NULL;
    REGISTRY_EACH(d) {
        if (!d->name || !d->frozen) continue;
        Object *s = Str_InternC(d->name);
        if (!s || List_Append(l, s) < 0) {
            DECREF(l);
            return NULL;
        }
    }
    return l;
}

/* _namespace_portions(name, parent_path, /): for _NamespacePath. */
static Object *imp_namespace_portions(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "_namespace_portions() argument 1 must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    return Import_NamespacePortions(args[0], args[1]);
}

/* _path_find_spec(name, path=None, /): for PathFinder.find_spec. */
static Object *imp_path_find_spec(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return Import_PathFindSpec(args[0], nargs > 1 ? args[1] : NULL);
}

/* _file_code(name, path, /): for FileLoader.get_code. */
static Object *imp_file_code(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return Import_FileCode(args[0], args[1]);
}

/* _run_code(code, globals, /): runs module-level code in the dict
 * globals (what exec(code, globals) does; for the loaders). */
static Object *imp_run_code(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (IS_SMALL(args[0]) || TYPE(args[0]) != &Code_Type || !Dict_Check(args[1])) {
        Err_SetString(Exc_TypeError, "_run_code() needs a code object and a dict");
        return NULL;
    }
    if (!Dict_GetStr(args[1], "__builtins__") && Dict_SetStr(args[1], "__builtins__", g_interp->builtins) < 0)
        return NULL;
    Object *r = Eval_Code((Code *)args[0], args[1], args[1]);
    if (!r) return NULL;
    DECREF(r);
    return NEWREF(OBJ_NONE);
}

/* OSError(errno, strerror, filename): CPython's errors for a file (the
 * subclass follows errno: FileNotFoundError, IsADirectoryError, ...). */
static Object *file_error(int e, Object *filename) {
    errno = e;
    Object *args[3] = {Int_FromI64(e), Str_FromUTF8(strerror(e), -1), filename};
    Object *exc = args[0] && args[1] ? Exc_New(Exc_OSError, args, 3) : NULL;
    XDECREF(args[0]);
    XDECREF(args[1]);
    if (exc) Err_SetRaised(exc);
    return NULL;
}

/* _read_file(path, /): the bytes of the whole file (the loaders' get_data
 * and the resources of packages on disk). */
static Object *imp_read_file(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    ssize_t n;
    const char *path = Str_AsUTF8(args[0], &n);
    if (!path) return NULL;
    if ((ssize_t)strlen(path) != n) {
        Err_SetString(Exc_ValueError, "embedded null byte");
        return NULL;
    }
    ByteBuf data = {0};
    if (ByteBuf_ReadFile(&data, path) < 0) {
        int e = errno;
        bool nomem = data.failed;
        ByteBuf_Free(&data);
        return nomem ? Err_NoMemory() : file_error(e, args[0]);
    }
    Object *r = Bytes_From(data.data, (ssize_t)data.len);
    ByteBuf_Free(&data);
    return r;
}

/* _getcwd(): the current directory (what os.getcwd() gives). */
static Object *imp_getcwd(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) return Err_FromErrno(Exc_OSError);
    return Str_FromUTF8(buf, -1);
}

/* _isdir(path, /): whether path names a directory (FileFinder's path hook). */
static Object *imp_isdir(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const char *path = Str_Check(args[0]) ? Str_AsUTF8(args[0], NULL) : NULL;
    if (!path) Err_Clear();
    struct stat st;
    return Bool_From(path && stat(path, &st) == 0 && S_ISDIR(st.st_mode));
}

/* _isfile(path, /): whether path names a regular file. */
static Object *imp_isfile(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const char *path = Str_Check(args[0]) ? Str_AsUTF8(args[0], NULL) : NULL;
    if (!path) Err_Clear();
    struct stat st;
    return Bool_From(path && stat(path, &st) == 0 && S_ISREG(st.st_mode));
}

/* _listdir(path, /): the names in directory path, in the order the system
 * gives them (os.listdir's), without '.' and '..'. */
static Object *imp_listdir(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "expected str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    const char *path = Str_AsUTF8(args[0], NULL);
    if (!path) return NULL;
    DIR *dir = opendir(path);
    if (!dir) return file_error(errno, args[0]);
    Object *names = List_New(0);
    struct dirent *e;
    while (names && (e = readdir(dir))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        /* undecodable bytes as lone surrogates, as os.listdir gives them */
        Object *name = Str_Decode(e->d_name, (ssize_t)strlen(e->d_name), "utf-8", "surrogateescape");
        if (List_AppendSteal(names, name) < 0) CLEAR(names);
    }
    closedir(dir);
    return names;
}

/* _code_from_pyc(data, name, path, /): the code object of a .pyc image
 * whose header was checked (zipimport): ImportError for another object. */
static Object *imp_code_from_pyc(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Bytes_Check(args[0]) || BYTES_LEN(args[0]) < 16) {
        Err_SetString(Exc_TypeError, "_code_from_pyc() needs the bytes of a .pyc file");
        return NULL;
    }
    Object *code = Marshal_Loads((const uint8_t *)BYTES_DATA(args[0]) + 16, BYTES_LEN(args[0]) - 16);
    if (code && (IS_SMALL(code) || TYPE(code) != &Code_Type)) {
        DECREF(code);
        Err_Format(Exc_ImportError, "Non-code object in %R", args[2]);
        return NULL;
    }
    return code;
}

static const MethodDef imp_functions[] = {
    {"is_builtin", imp_is_builtin, 0,
     ARGS("($module, name, /)", "Returns True if the module name corresponds to a built-in module.")},
    {"is_frozen", imp_is_frozen, 0,
     ARGS("($module, name, /)", "Returns True if the module name corresponds to a frozen module.")},
    {"is_frozen_package", imp_is_frozen_package, 0,
     ARGS("($module, name, /)", "Returns True if the module name is of a frozen package.")},
    {"get_frozen_object", imp_get_frozen_object, 0,
     ARGS("($module, name, data=None, /)", "Create a code object for a frozen module.")},
    {"create_builtin", imp_create_builtin, 0, ARGS("($module, spec, /)", "Create an extension module.")},
    {"exec_builtin", imp_exec_builtin, 0, ARGS("($module, mod, /)", "Initialize a built-in module.")},
    {"_namespace_portions", imp_namespace_portions, 0,
     ARGS("($module, name, parent_path, /)", "The directories of a namespace package along a path.")},
    {"_path_find_spec", imp_path_find_spec, 0,
     ARGS("($module, name, path=None, /)", "The spec of a module found along a path, or None.")},
    {"_file_code", imp_file_code, 0,
     ARGS("($module, name, path, /)", "The code object of a module in a .pyc file, or of a .py from its cache.")},
    {"_run_code", imp_run_code, 0, ARGS("($module, code, globals, /)", "Run module-level code in globals.")},
    {"_code_from_pyc", imp_code_from_pyc, 0,
     ARGS("($module, data, name, path, /)", "The code object of a .pyc image.")},
    {"_read_file", imp_read_file, 0, ARGS("($module, path, /)", "The bytes of a whole file.")},
    {"_isdir", imp_isdir, 0, ARGS("($module, path, /)", "Whether path names a directory.")},
    {"_isfile", imp_isfile, 0, ARGS("($module, path, /)", "Whether path names a regular file.")},
    {"_listdir", imp_listdir, 0, ARGS("($module, path, /)", "The names in a directory.")},
    {"_getcwd", imp_getcwd, 0, ARGS("($module, /)", "The current directory.")},
    {"_frozen_module_names", imp_frozen_module_names, 0,
     ARGS("($module, /)", "Returns the list of available frozen modules.")},
    {NULL, NULL, 0, NULL},
};

int Imp_Init(Object *module) {
    return Module_AddFunctions(module, imp_functions) < 0 ||
                   Module_AddObjectSteal(module, "__doc__",
                                         Str_FromUTF8("(Extremely) low-level import machinery bits as used by importlib.", -1)) < 0
               ? -1
               : 0;
}
