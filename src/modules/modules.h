/* Init functions and types of the built-in modules written in C, named by
 * the registry (registry.c). */
#ifndef CIPY_MODULES_H
#define CIPY_MODULES_H
#include "object.h"
#include <string.h>

int Builtins_Init(Object *module);   /* builtins.c */
int Sys_Init(Object *module);        /* sys.c */
int Sys_Ready(void);                 /* sys.c: at start-up */
/* sys.getsizeof's estimate of o (CPython's 64-bit layout, headers
 * included), and the same without the headers: object.__sizeof__. */
ssize_t Sys_SizeOf(Object *o);
ssize_t Sys_SizeOfSelf(Object *o);
int Time_Init(Object *module);       /* time.c */
int Time_Ready(void);                /* time.c: at start-up */
int DateTime_Init(Object *module);   /* datetime_cal.c: the _datetime module */
int DateTime_Ready(void);
extern Type *const DateTime_Types[];
int ZoneInfo_Init(Object *module);   /* _zoneinfo.c */
int ZoneInfo_Ready(void);
extern Type *const ZoneInfo_Types[];
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
int Json_Init(Object *module);       /* _json.c */
extern Type *const Json_Types[];
int Bisect_Init(Object *module);     /* _bisect.c */
int Math_Init(Object *module);       /* math.c, math_int.c, math_sum.c, math_special.c */
void Math_ThreadExit(void);         /* math.c: frees what MPFR kept for the running thread */
int Cmath_Init(Object *module);      /* cmath.c, cmath_funcs.c */
int Random_Init(Object *module);     /* _random.c */
int Decimal_Init(Object *module);    /* decimal/dec_context.c: _decimal */
void Decimal_ThreadExit(void);       /* decimal/dec_object.c: frees the thread's spare Decimals and cached powers of ten */
extern Type *const Decimal_Types[];
int RandomAccel_Init(Object *module); /* random_accel.c: random's C part */
int Unicodedata_Init(Object *module); /* unicodedata.c */
extern Type *const Unicodedata_Types[];
int Abc_Init(Object *module);        /* _abc.c */
extern Type *const Abc_Types[];
int Opcode_Init(Object *module);     /* _opcode.c */
int OpcodeMetadata_Init(Object *module); /* _opcode.c */
int Thread_Init(Object *module);     /* _thread.c */
extern Type *const Operator_Types[];
int Itertools_Init(Object *module);  /* itertools.c */
extern Type *const Itertools_Types[];
int Collections_Init(Object *module); /* _collections.c */
int Array_Init(Object *module);      /* array.c */
extern Type *const Array_Types[];
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
int Socket_Init(Object *module);     /* socket_module.c */
extern Type *const Socket_Types[];
int Zlib_Init(Object *module);       /* zlib.c */
extern Type *const Zlib_Types[];
int Bz2_Init(Object *module);        /* _bz2.c */
extern Type *const Bz2_Types[];
int Hashlib_Init(Object *module);    /* _hashlib.c */
extern Type *const Hashlib_Types[];
int Blake2_Init(Object *module);     /* _blake2.c */
int Blake2_Ready(void);
extern Type *const Blake2_Types[];
int Locale_Init(Object *module);     /* _locale.c */
int Termios_Init(Object *module);    /* termios.c */
int Struct_Init(Object *module);     /* _struct.c */
int Binascii_Init(Object *module);   /* binascii.c */
int Codecs_Init(Object *module);     /* _codecs.c */
int CodecsCjk_Init(Object *module);  /* _codecs_cjk.c */
extern Type *const Struct_Types[];
int Pickle_Init(Object *module);     /* _pickle.c */
void Pickle_ThreadExit(void);        /* _pickle_pickler.c: frees the thread's spare output buffer */
extern Type *const Pickle_Types[];
/* Calls the atexit callbacks, last registered first, reporting their
 * exceptions as unraisable; they are forgotten. */
void Atexit_Run(void);
int Warnings_Init(Object *module);   /* _warnings.c */
int Types_Init(Object *module);      /* _types.c */
int TypingModule_Init(Object *module); /* _typing.c */
extern Type *const Types_Types[];

/* sys.stdin, sys.stdout, sys.stderr (streams.c): io.TextIOWrapper objects
 * as CPython builds them.  Module code that writes to "the current stdout"
 * should use Sys_WriteStdout, which takes the fast path to g_interp->out
 * while sys.stdout is still the original object. */
/* Makes the three streams (and sys.__stdin__ ...) in sysdict, with the
 * interpreter's buffering (-u, a terminal's line buffering), encoding
 * (NULL: UTF-8) and errors (NULL: strict; stderr's are always
 * backslashreplace).  -2 with LookupError for a codec cipy lacks, -1 on
 * other errors. */
int Streams_Install(Object *sysdict, const char *encoding, const char *errors);
/* The same encoding and errors set on the streams Streams_Install made,
 * before they are used (cheaper than making them again). */
int Streams_SetEncoding(Object *sysdict, const char *encoding, const char *errors);
int Sys_WriteStdout(const char *data, size_t len);
/* Writes data (UTF-8; len < 0: up to its NUL) or str to a file-like
 * object: directly for the original stdout/stderr objects (print()'s path,
 * inline), else file.write(str).  -1 on error. */
int Sys_CallWrite(Object *file, const char *data, ssize_t len, Object *str);
int TextIO_WriteBound(Object *self, Object *str, const char *data, size_t len); /* _io.h */
static inline int Sys_WriteToFile(Object *file, const char *data, ssize_t len) {
    if (len < 0) len = (ssize_t)strlen(data);
    int r = TextIO_WriteBound(file, NULL, data, (size_t)len);
    return r != -2 /* IO_NOT_BOUND */ ? r : Sys_CallWrite(file, data, len, NULL);
}
static inline int Sys_WriteObjToFile(Object *file, Object *str) {
    int r = TextIO_WriteBound(file, str, NULL, 0);
    return r != -2 /* IO_NOT_BOUND */ ? r : Sys_CallWrite(file, NULL, 0, str);
}
/* Flushes file unless it is None or closed (what CPython does with
 * sys.stdout and sys.stderr as a program ends).  -1 with the error of its
 * flush(). */
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
Object *Builtins_ObjectDir(Object *o); /* object.__dir__(o), new reference */
/* dir(o): a new sorted list. */
Object *Builtins_Dir(Object *o);
/* divmod(a, b) and pow(base, exp, mod) (mod may be NULL or None). */
Object *Builtins_Divmod(Object *a, Object *b);
Object *Builtins_Pow(Object *base, Object *exp, Object *mod);
#endif
