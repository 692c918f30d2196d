/* _asyncio: asyncio's Future in C (CPython's accelerator of the same name).
 *
 * A Future keeps its state in C fields; asyncio's own Python (lib/asyncio/)
 * reaches them through attributes named as CPython's (`_state`, `_result`,
 * `_callbacks`, ...).  Callbacks are scheduled with the loop's call_soon,
 * each with the context it was added with, in the order added, as in
 * CPython.  Awaiting a Future goes through a FutureIter, which yields the
 * future once and then returns its result, with no Python frame of its
 * own: tracebacks through an await show only the program's frames. */
#ifndef CIPY_ASYNCIO_H
#define CIPY_ASYNCIO_H
#include "object.h"

enum { FUT_PENDING, FUT_CANCELLED, FUT_FINISHED };

typedef struct Future {
    Object ob;
    Object *dict;          /* instance __dict__ (owned, may be NULL) */
    Object *loop;          /* owned; NULL only before __init__ */
    Object *callbacks;     /* list of (fn, context) tuples (owned), NULL when none */
    Object *result;        /* owned, NULL until finished with a result */
    Object *exception;     /* owned, NULL unless finished with an exception */
    Object *exception_tb;  /* its traceback when set (owned, may be NULL) */
    Object *source_tb;     /* debug mode: where it was made (owned, may be NULL) */
    Object *cancel_msg;    /* owned, may be NULL */
    Object *cancelled_exc; /* the CancelledError a task caught (owned, may be NULL) */
    Object *awaited_by;    /* set of futures awaiting this one (owned, may be NULL) */
    int state;             /* FUT_* */
    bool blocking;         /* _asyncio_future_blocking */
    bool log_tb;           /* report the exception if never retrieved */
} Future;

extern Type Future_Type, FutureIter_Type;

#define Future_CheckExact(o) (!IS_SMALL(o) && TYPE(o) == &Future_Type)

/* An attribute of one of asyncio's Python modules ("asyncio.exceptions",
 * "CancelledError"); a new reference, NULL on error. */
Object *Asyncio_Attr(const char *module, const char *name);

int Asyncio_Init(Object *module);
extern Type *const Asyncio_Types[];
#endif
