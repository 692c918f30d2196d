/* The current exception and the helpers that raise one.  Every function that
 * fails returns NULL / -1 with exactly one exception set here. */
#ifndef CIPY_ERR_H
#define CIPY_ERR_H
#include "object.h"

/* Exception types (exc.c): every built-in exception class of CPython 3.14.
 * Each points at a statically allocated Type. */
extern Type *Exc_BaseException, *Exc_BaseExceptionGroup, *Exc_Exception, *Exc_GeneratorExit,
    *Exc_KeyboardInterrupt, *Exc_SystemExit, *Exc_ArithmeticError, *Exc_AssertionError,
    *Exc_AttributeError, *Exc_BufferError, *Exc_EOFError, *Exc_ImportError,
    *Exc_LookupError, *Exc_MemoryError, *Exc_NameError, *Exc_OSError, *Exc_ReferenceError,
    *Exc_RuntimeError, *Exc_StopAsyncIteration, *Exc_StopIteration, *Exc_SyntaxError,
    *Exc_SystemError, *Exc_TypeError, *Exc_ValueError, *Exc_Warning,
    *Exc_FloatingPointError, *Exc_OverflowError, *Exc_ZeroDivisionError, *Exc_BytesWarning,
    *Exc_DeprecationWarning, *Exc_EncodingWarning, *Exc_FutureWarning, *Exc_ImportWarning,
    *Exc_PendingDeprecationWarning, *Exc_ResourceWarning, *Exc_RuntimeWarning,
    *Exc_SyntaxWarning, *Exc_UnicodeWarning, *Exc_UserWarning, *Exc_BlockingIOError,
    *Exc_ChildProcessError, *Exc_ConnectionError, *Exc_FileExistsError,
    *Exc_FileNotFoundError, *Exc_InterruptedError, *Exc_IsADirectoryError,
    *Exc_NotADirectoryError, *Exc_PermissionError, *Exc_ProcessLookupError,
    *Exc_TimeoutError, *Exc_IndentationError, *Exc__IncompleteInputError, *Exc_IndexError,
    *Exc_KeyError, *Exc_ModuleNotFoundError, *Exc_NotImplementedError,
    *Exc_PythonFinalizationError, *Exc_RecursionError, *Exc_UnboundLocalError,
    *Exc_UnicodeError, *Exc_BrokenPipeError, *Exc_ConnectionAbortedError,
    *Exc_ConnectionRefusedError, *Exc_ConnectionResetError, *Exc_TabError,
    *Exc_UnicodeDecodeError, *Exc_UnicodeEncodeError, *Exc_UnicodeTranslateError,
    *Exc_ExceptionGroup;

void Err_SetString(Type *type, const char *msg);
void Err_Format(Type *type, const char *fmt, ...);   /* Str_FromFormat codes */
/* Raise type(value) (value borrowed; NULL means no arguments). */
void Err_SetObject(Type *type, Object *value);
/* Raise an exception instance; steals exc.  Sets __context__ from the
 * exception being handled, as CPython does. */
void Err_SetRaised(Object *exc);
Object *Err_NoMemory(void);            /* raises MemoryError; returns NULL */
/* Raises type(errno, strerror(errno)) ("[Errno 2] No such file or
 * directory"); returns NULL. */
Object *Err_FromErrno(Type *type);
/* Raises the OSError subclass CPython picks for errno, with filename (and
 * filename2) borrowed, either may be NULL: "[Errno 2] No such file or
 * directory: 'x'", "[Errno 17] File exists: 'a' -> 'b'"; returns NULL. */
Object *Err_FromErrnoWithFilename(Object *filename);
Object *Err_FromErrnoWithFilenames(Object *filename, Object *filename2);
/* The same for the error number e instead of errno. */
Object *Err_FromErrnoCode(int e, Object *filename, Object *filename2);
/* Makes the current interpreter's MemoryError for when no new one can be
 * made (Interp_New). */
int Err_ReserveNoMemory(void);
/* Raises SystemError for an interpreter bug: never for user errors. */
void Err_BadInternalCall(const char *where);

bool Err_Occurred(void);
Object *Err_Peek(void);                /* borrowed current exception or NULL */
Object *Err_Fetch(void);               /* owned current exception (NULL if none); clears */
void Err_Restore(Object *exc);         /* steals exc; replaces any current one */
void Err_Clear(void);
bool Err_Matches(Type *type);          /* current exception is an instance of type */
bool Err_GivenMatches(Object *exc, Object *type); /* type may be a tuple */

/* Hands the current exception, which nobody can catch (a __del__, a
 * generator closed as it is freed), to sys.unraisablehook with the message
 * "Exception ignored <what> <repr(obj)>" (no repr if obj is NULL), and
 * clears it.  sys's own hook prints the message, the traceback and "Type:
 * message" as CPython's C printer writes them (no carets, chained
 * exceptions or notes).  An exception without a traceback gets the running
 * frame's line, as in CPython. */
void Err_WriteUnraisable(const char *what, Object *obj);
/* What the original sys.unraisablehook prints for (type, value, traceback,
 * err_msg, object), all borrowed and possibly None or NULL, on stderr.
 * 0 (the signature leaves room for a hook that fails). */
int Err_PrintUnraisable(Object *type, Object *value, Object *tb, Object *msg, Object *obj);

/* New exception instance type(*args) without raising it. */
Object *Exc_New(Type *type, Object *const *args, size_t nargs);
#endif
