/* Warnings emitted by the interpreter itself, through the warnings module's
 * filters (src/modules/_warnings.c): what -W and warnings.filterwarnings
 * decide applies to them as to warnings.warn() in Python. */
#ifndef CIPY_WARNINGS_H
#define CIPY_WARNINGS_H
#include "object.h"

/* warnings.warn(message, category, stacklevel) from C: level 1 is the
 * running Python frame.  0 when shown, ignored or recorded; -1 with an
 * exception set when a filter turned the warning into an error (or the
 * warnings machinery failed). */
int Warn_Emit(Type *category, const char *message, int stacklevel);

/* The RuntimeWarning "coroutine '...' was never awaited" for coro (borrowed),
 * which is being freed without ever having run.  0, or -1 with an exception. */
int Warn_Unawaited(Object *coro);
#endif
