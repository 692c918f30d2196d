/* Warnings emitted by the interpreter itself, through the warnings module's
 * filters (src/modules/_warnings.c): what -W and warnings.filterwarnings
 * decide applies to them as to warnings.warn() in Python. */
#ifndef CIPY_WARNINGS_H
#define CIPY_WARNINGS_H
#include "object.h"
#include "objects/str.h"
#include <stdarg.h>

/* warnings.warn(message, category, stacklevel) from C, message a str
 * (borrowed): level 1 is the running Python frame.  0 when shown, ignored
 * or recorded; -1 with an exception set when a filter turned the warning
 * into an error (or the warnings machinery failed). */
int Warn_EmitStr(Type *category, Object *message, int stacklevel);

/* The same with the message made by Str_FromFormat. */
int Warn_Format(Type *category, int stacklevel, const char *fmt, ...);

/* A ResourceWarning about source (borrowed), which is being finalized
 * ("unclosed file %R"): shown with the note about tracemalloc, as CPython
 * shows it.  Ignored by the default filters. */
int Warn_Resource(Object *source, const char *fmt, ...);

/* The DeprecationWarning of a conversion method (__int__, __index__,
 * __float__, __complex__) that returned an instance of a strict subclass
 * of kind ("int"), which is still accepted: what names the method as the
 * message shows it ("__int__", "Fl.__float__"). */
int Warn_StrictSubclass(const char *what, const char *kind, Object *result);

/* The same with a string literal, interned once per call site: a warning
 * emitted again and again (in a loop) then costs a registry lookup. */
#define Warn_Emit(category, message, stacklevel)                          \
    ({                                                                    \
        static Object *_warn_text;                                        \
        Object *_w = __atomic_load_n(&_warn_text, __ATOMIC_ACQUIRE);      \
        if (!_w) _w = Str_InternId(&_warn_text, message);                 \
        _w ? Warn_EmitStr(category, _w, stacklevel) : -1;                 \
    })

/* The RuntimeWarning "coroutine '...' was never awaited" for coro (borrowed),
 * which is being freed without ever having run.  0, or -1 with an exception. */
int Warn_Unawaited(Object *coro);
#endif
