/* The current exception and the helpers that raise one.  Every function that
 * fails returns NULL / -1 with exactly one exception set here. */
#ifndef CIPY_ERR_H
#define CIPY_ERR_H
#include "../object.h"

/* Exception types (exc.c).  Each points at a statically allocated Type. */
extern Type *Exc_BaseException, *Exc_Exception, *Exc_TypeError, *Exc_ValueError,
    *Exc_KeyError, *Exc_IndexError, *Exc_AttributeError, *Exc_NameError,
    *Exc_UnboundLocalError, *Exc_ZeroDivisionError, *Exc_OverflowError,
    *Exc_ArithmeticError, *Exc_LookupError, *Exc_RuntimeError, *Exc_RecursionError,
    *Exc_NotImplementedError, *Exc_StopIteration, *Exc_StopAsyncIteration,
    *Exc_GeneratorExit, *Exc_SystemExit, *Exc_KeyboardInterrupt, *Exc_AssertionError,
    *Exc_ImportError, *Exc_ModuleNotFoundError, *Exc_MemoryError, *Exc_OSError,
    *Exc_FileNotFoundError, *Exc_EOFError, *Exc_UnicodeError, *Exc_UnicodeDecodeError,
    *Exc_UnicodeEncodeError, *Exc_SyntaxError, *Exc_BufferError, *Exc_SystemError,
    *Exc_FloatingPointError, *Exc_BaseExceptionGroup, *Exc_ExceptionGroup,
    *Exc_Warning, *Exc_DeprecationWarning, *Exc_UserWarning, *Exc_RuntimeWarning;

void Err_SetString(Type *type, const char *msg);
void Err_Format(Type *type, const char *fmt, ...);   /* Str_FromFormat codes */
/* Raise type(value) (value borrowed; NULL means no arguments). */
void Err_SetObject(Type *type, Object *value);
/* Raise an exception instance; steals exc.  Sets __context__ from the
 * exception being handled, as CPython does. */
void Err_SetRaised(Object *exc);
Object *Err_NoMemory(void);            /* raises MemoryError; returns NULL */
/* Raises SystemError for an interpreter bug: never for user errors. */
void Err_BadInternalCall(const char *where);

bool Err_Occurred(void);
Object *Err_Peek(void);                /* borrowed current exception or NULL */
Object *Err_Fetch(void);               /* owned current exception (NULL if none); clears */
void Err_Restore(Object *exc);         /* steals exc; replaces any current one */
void Err_Clear(void);
bool Err_Matches(Type *type);          /* current exception is an instance of type */
bool Err_GivenMatches(Object *exc, Object *type); /* type may be a tuple */

/* New exception instance type(*args) without raising it. */
Object *Exc_New(Type *type, Object *const *args, size_t nargs);
#endif
