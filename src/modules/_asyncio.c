/* _asyncio: the module's functions and its types (the Future itself is
 * _asyncio_future.c; the design is told in _asyncio.h). */
#include "modules/_asyncio.h"
#include "abstract.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/interp.h"

int Future_AddAwaitedBy(Object *fut, Object *waiter);
int Future_DiscardAwaitedBy(Object *fut, Object *waiter);

static bool is_cfuture(Object *o) { return Future_Check(o); }

/* ---- the running task of each loop ------------------------------------------------- */

/* The dict loop -> running task (borrowed), made on first use. */
static Object *running_tasks(void) {
    if (!g_interp->asyncio_running) g_interp->asyncio_running = Dict_New();
    return g_interp->asyncio_running;
}

/* The task loop runs now: 1 with *task borrowed, 0 none, -1 error. */
static int running_of(Object *loop, Object **task) {
    Object *d = running_tasks();
    if (!d) return -1;
    return Dict_Lookup(d, loop, task);
}

int Asyncio_EnterTask(Object *loop, Object *task) {
    Object *running;
    int r = running_of(loop, &running);
    if (r < 0) return -1;
    if (r > 0) {
        Err_Format(Exc_RuntimeError, "Cannot enter into task %R while another task %R is being executed.", task,
                   running);
        return -1;
    }
    return Dict_SetItem(g_interp->asyncio_running, loop, task);
}

int Asyncio_LeaveTask(Object *loop, Object *task) {
    Object *running;
    int r = running_of(loop, &running);
    if (r < 0) return -1;
    if (r == 0 || running != task) {
        Err_Format(Exc_RuntimeError, "Invalid attempt to leave task %R while task %R is entered.", task,
                   r ? running : OBJ_NONE);
        return -1;
    }
    return Dict_DelItem(g_interp->asyncio_running, loop);
}

Object *Asyncio_SwapTask(Object *loop, Object *task) {
    Object *running;
    int r = running_of(loop, &running);
    if (r < 0) return NULL;
    Object *prev = NEWREF(r ? running : OBJ_NONE);
    int rc;
    if (task) {
        rc = Dict_SetItem(g_interp->asyncio_running, loop, task);
    } else {
        rc = Dict_Pop(g_interp->asyncio_running, loop, NULL);
        if (rc > 0) rc = 0;
    }
    if (rc < 0) CLEAR(prev);
    return prev;
}

/* _enter_task(loop, task, /) */
static Object *asyncio_enter_task(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (Asyncio_EnterTask(args[0], args[1]) < 0) return NULL;
    RETURN_NONE;
}

static Object *asyncio_leave_task(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (Asyncio_LeaveTask(args[0], args[1]) < 0) return NULL;
    RETURN_NONE;
}

static Object *asyncio_swap_current_task(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return Asyncio_SwapTask(args[0], args[1] == OBJ_NONE ? NULL : args[1]);
}

/* current_task(loop=None) */
static Object *asyncio_current_task(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *loop = nargs > 0 && args[0] && args[0] != OBJ_NONE ? NEWREF(args[0]) : NULL;
    if (!loop) {
        Object *get = Asyncio_Attr("asyncio.events", "get_running_loop");
        loop = get ? Obj_CallNoArgs(get) : NULL;
        XDECREF(get);
        if (!loop) return NULL;
    }
    Object *task;
    int r = running_of(loop, &task);
    DECREF(loop);
    if (r < 0) return NULL;
    return NEWREF(r ? task : OBJ_NONE);
}

/* future_add_to_awaited_by(fut, waiter, /): records that waiter awaits fut
 * (for the call graph); nothing unless both are Futures. */
static Object *asyncio_future_add_to_awaited_by(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (is_cfuture(args[0]) && is_cfuture(args[1]) && Future_AddAwaitedBy(args[0], args[1]) < 0) return NULL;
    RETURN_NONE;
}

static Object *asyncio_future_discard_from_awaited_by(Object *m, Object *const *args, size_t nargs,
                                                      Object *kwnames) {
    if (is_cfuture(args[0]) && is_cfuture(args[1]) && Future_DiscardAwaitedBy(args[0], args[1]) < 0) return NULL;
    RETURN_NONE;
}

static const MethodDef asyncio_functions[] = {
    {"current_task", asyncio_current_task, 0,
     ARGS("($module, /, loop=None)", "Return a currently executed task.")},
    {"_enter_task", asyncio_enter_task, 0,
     ARGS("($module, /, loop, task)", "Enter into task execution or resume suspended task.")},
    {"_leave_task", asyncio_leave_task, 0,
     ARGS("($module, /, loop, task)", "Leave task execution or suspend a task.")},
    {"_swap_current_task", asyncio_swap_current_task, 0,
     ARGS("($module, /, loop, task)", "Temporarily swap in the supplied task and return the original one (or None).")},
    {"future_add_to_awaited_by", asyncio_future_add_to_awaited_by, 0,
     ARGS("($module, fut, waiter, /)", "Record that `fut` is awaited on by `waiter`.")},
    {"future_discard_from_awaited_by", asyncio_future_discard_from_awaited_by, 0,
     ARGS("($module, fut, waiter, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type *const Asyncio_Types[] = {&Future_Type, &FutureIter_Type, &Task_Type, NULL};

int Asyncio_Init(Object *m) {
    if (Module_AddFunctions(m, asyncio_functions) < 0) return -1;
    if (Module_AddObject(m, "Future", (Object *)&Future_Type) < 0) return -1;
    return Module_AddObject(m, "Task", (Object *)&Task_Type);
}
