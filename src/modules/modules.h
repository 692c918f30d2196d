/* Init functions and types of the built-in modules written in C, named by
 * the registry (registry.c). */
#ifndef CIPY_MODULES_H
#define CIPY_MODULES_H
#include "object.h"

int Builtins_Init(Object *module);   /* builtins.c */
int Sys_Init(Object *module);        /* sys.c */
int Sys_Ready(void);                 /* sys.c: at start-up */
int Time_Init(Object *module);       /* time.c */
int Time_Ready(void);                /* time.c: at start-up */
int Signal_Init(Object *module);     /* signal.c: _signal */
int Imp_Init(Object *module);        /* _imp.c */
int String_Init(Object *module);     /* _string.c */
int Zipimport_Init(Object *module);  /* zipimport.c */
int Posix_Init(Object *module);      /* posix.c */
int Posix_Ready(void);               /* posix.c: at start-up */
int Errno_Init(Object *module);      /* errno.c */
int PosixSubprocess_Init(Object *module); /* _posixsubprocess.c */
int Stat_Init(Object *module);       /* _stat.c */
int TracebackFmt_Init(Object *module); /* _traceback_fmt.c */
int Io_Init(Object *module);         /* _io.c */
int Functools_Init(Object *module);  /* _functools.c */
extern Type *const Functools_Types[];
int Operator_Init(Object *module);   /* _operator.c */
int Heapq_Init(Object *module);      /* _heapq.c */
int Bisect_Init(Object *module);     /* _bisect.c */
extern Type *const Operator_Types[];
int Itertools_Init(Object *module);  /* itertools.c */
extern Type *const Itertools_Types[];
int Collections_Init(Object *module); /* _collections.c */
/* _io.open as a new function object: builtins gets it at start-up, and _io
 * takes the same object from there when it is imported (_io_open.c). */
Object *Io_NewOpen(void);
extern Type *const Builtins_Types[], *const Sys_Types[], *const Time_Types[], *const String_Types[],
    *const Posix_Types[], *const Io_Types[], *const Pwd_Types[], *const Grp_Types[],
    *const Select_Types[], *const Collections_Types[];
int Atexit_Init(Object *module);     /* atexit.c */
int Weakref_Init(Object *module);    /* _weakref.c */
int Gc_ModuleInit(Object *module);   /* gcmodule.c */
extern Type *const Weakref_Types[];
int Pwd_Init(Object *module);        /* pwd.c */
int Pwd_Ready(void);
int Grp_Init(Object *module);        /* grp.c */
int Grp_Ready(void);
int Select_Init(Object *module);     /* select.c */
int Locale_Init(Object *module);     /* _locale.c */
int Termios_Init(Object *module);    /* termios.c */
/* Calls the atexit callbacks, last registered first, reporting their
 * exceptions as unraisable; they are forgotten. */
void Atexit_Run(void);
int Warnings_Init(Object *module);   /* _warnings.c */
int Types_Init(Object *module);      /* _types.c */
extern Type *const Types_Types[];

/* sys.stdout / sys.stderr / sys.stdin objects (streams.c).  Module code that
 * writes to "the current stdout" should use Sys_WriteStdout, which takes the
 * fast path to g_interp->out while sys.stdout is still the original object. */
extern Type SysStream_Type, SysBinaryStream_Type;
/* A new text stream over fd 0, 1 or 2. */
Object *Stream_New(int fd);
/* PYTHONIOENCODING for a stream of Stream_New: the codec (NULL: keep
 * UTF-8) and error handler (NULL: the default; stderr keeps
 * backslashreplace).  -1 with LookupError for a codec cipy lacks. */
int Stream_SetEncoding(Object *stream, const char *encoding, const char *errors);
int Sys_WriteStdout(const char *data, size_t len);
/* Writes data to a file-like object: Out_Write for the original stdout/stderr
 * objects, else file.write(str).  -1 on error. */
int Sys_WriteToFile(Object *file, const char *data, ssize_t len);
int Sys_WriteObjToFile(Object *file, Object *str);
/* Flushes file when it is one of the original streams and open (what
 * CPython does with sys.stdout and sys.stderr as a program ends).  -1 with
 * the OSError of a failed write. */
int Sys_FlushStdStream(Object *file);
/* Rebuilds sys.path (same list object) from g_interp->search_path; call it
 * after changing the search path.  -1 on error. */
int Sys_SetPath(void);
/* Sets sys.flags, orig_argv, warnoptions, _xoptions, dont_write_bytecode
 * and the interpreter's buffering and int limit from the command line's
 * configuration (cipy_set_config).  -1 on error. */
struct cipy_config;
int Sys_ApplyConfig(const struct cipy_config *config);
/* Borrowed sys.<name> or NULL (no error set) when sys or the name is missing. */
Object *Sys_GetObject(const char *name);
Object *Sys_GetObjectKey(Object *key);   /* the same with a str key (e.g. ID(stdout)) */

/* Whether f is builtins.__import__ itself, not a replacement. */
bool Builtins_IsImport(Object *f);
/* object.__dir__ / type.__dir__ as CPython computes them (unsorted list). */
Object *Builtins_DefaultDir(Object *o);
/* dir(o): a new sorted list. */
Object *Builtins_Dir(Object *o);
/* divmod(a, b) and pow(base, exp, mod) (mod may be NULL or None). */
Object *Builtins_Divmod(Object *a, Object *b);
Object *Builtins_Pow(Object *base, Object *exp, Object *mod);
#endif
