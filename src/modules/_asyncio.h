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
    Object *awaited_by;    /* the future awaiting this one, or a set of them (owned, may be NULL) */
    int state;             /* FUT_* */
    bool blocking;         /* _asyncio_future_blocking */
    bool log_tb;           /* report the exception if never retrieved */
    bool awaited_by_set;   /* awaited_by is a set */
} Future;

/* A Task: a Future driven by stepping its coroutine from loop callbacks. */
typedef struct Task {
    Future fut;
    Object *coro;        /* owned; NULL once an eager task finished at once */
    Object *context;     /* owned: the context every step runs in */
    Object *name;        /* owned str */
    Object *fut_waiter;  /* the future it waits for (owned, may be NULL) */
    ssize_t cancels;     /* cancel() requests not taken back by uncancel() */
    struct Task *prev, *next; /* the registry of tasks not done (Interp.asyncio_tasks) */
    bool must_cancel;    /* throw CancelledError in at the next step */
    bool log_destroy_pending;
    bool linked;         /* in that registry */
} Task;

extern Type Future_Type, FutureIter_Type, Task_Type;

#define Future_CheckExact(o) (!IS_SMALL(o) && TYPE(o) == &Future_Type)
#define Task_CheckExact(o) (!IS_SMALL(o) && TYPE(o) == &Task_Type)
#define Future_Check(o) (!IS_SMALL(o) && Type_IsSubtype(TYPE(o), &Future_Type))
#define Task_Check(o) (!IS_SMALL(o) && Type_IsSubtype(TYPE(o), &Task_Type))

/* An attribute of one of asyncio's Python modules ("asyncio.exceptions",
 * "CancelledError"); a new reference, NULL on error. */
Object *Asyncio_Attr(const char *module, const char *name);
/* Raises asyncio's exception `name` (InvalidStateError, ...) with msg. */
void Asyncio_Raise(const char *name, const char *msg);
/* AttributeError: the attribute name of o cannot be deleted; -1. */
int Asyncio_NoDelete(Object *o, const char *name);
/* loop.call_soon(fn[, arg], context=ctx) (arg may be NULL); 0 or -1. */
int Asyncio_CallSoon(Object *loop, Object *fn, Object *arg, Object *ctx);

/* The Future's operations, for the Task (all 0 or -1 unless told). */
int Future_Setup(Object *self, Object *loop);         /* __init__(loop=loop) */
void Future_ClearState(Future *f);
int Future_Traverse(Object *o, VisitFn visit, void *arg);
int Future_ScheduleCallbacks(Future *f);
int Future_SetResult(Object *self, Object *result);
int Future_SetException(Object *self, Object *exc);
int Future_Cancel(Object *self, Object *msg);         /* 1 cancelled, 0 done already */
int Future_AddDoneCallback(Object *self, Object *fn, Object *ctx);
/* The call graph: waiter (a Future) awaits fut, or no longer does. */
int Future_AddAwaitedBy(Object *fut, Object *waiter);
int Future_DiscardAwaitedBy(Object *fut, Object *waiter);
Object *Future_MakeCancelledError(Future *f);         /* new reference */
Object *Future_Outcome(Future *f);                    /* result(): new reference */
int Future_Report(Object *self);                      /* "exception was never retrieved" */
/* Runs a dying future's __del__ when needed; true if that kept it alive. */
bool Future_FinalizeDying(Object *o, bool needed);

/* get_event_loop(): the running loop, else the policy's current loop (new
 * reference, NULL on error). */
Object *Asyncio_GetEventLoop(void);

/* The running task of each loop (Interp.asyncio_running). */
int Asyncio_EnterTask(Object *loop, Object *task);
int Asyncio_LeaveTask(Object *loop, Object *task);
/* Makes task (NULL: none) the running one of loop; the previous one (new
 * reference, None if none) or NULL on error. */
Object *Asyncio_SwapTask(Object *loop, Object *task);

/* The registry of Tasks not done that all_tasks reads: a Task links itself
 * when it starts and unlinks itself when done or freed (both idempotent). */
void Asyncio_LinkTask(Task *t);
void Asyncio_UnlinkTask(Task *t);

/* A Future's or Task's repr: asyncio._describe.<fn>(self). */
Object *Asyncio_Describe(const char *fn, Object *self);

/* The task's step (exc: NULL, or what to throw into the coroutine) and its
 * first step run at once (eager_start); _asyncio_step.c. */
Object *Task_Step(Task *t, Object *exc);
int Task_EagerStart(Task *t);
/* The callables the loop calls: task_step and task_wakeup bound to t. */
Object *Task_StepCallable(Task *t);
Object *Task_WakeupCallable(Task *t);

int Asyncio_Init(Object *module);
extern Type *const Asyncio_Types[];
#endif
