/* _asyncio: the module's functions and its types (the Future itself is
 * _asyncio_future.c; the design is told in _asyncio.h). */
#include "modules/_asyncio.h"
#include "abstract.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/interp.h"

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

/* ---- the running loop ------------------------------------------------------------- */

/* The running loop (borrowed) or NULL with RuntimeError set. */
static Object *running_loop(void) {
    if (g_interp->asyncio_loop) return g_interp->asyncio_loop;
    Err_SetString(Exc_RuntimeError, "no running event loop");
    return NULL;
}

/* loop if given and not None, else the running loop; borrowed, NULL on error. */
static Object *loop_or_running(Object *const *args, size_t nargs) {
    return nargs > 0 && args[0] && args[0] != OBJ_NONE ? args[0] : running_loop();
}

static Object *asyncio_get_running_loop(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return XNEWREF(running_loop());
}

static Object *asyncio__get_running_loop(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(g_interp->asyncio_loop ? g_interp->asyncio_loop : OBJ_NONE);
}

static Object *asyncio__set_running_loop(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    SETREF(g_interp->asyncio_loop, args[0] == OBJ_NONE ? NULL : NEWREF(args[0]));
    RETURN_NONE;
}

Object *Asyncio_GetEventLoop(void) {
    if (g_interp->asyncio_loop) return NEWREF(g_interp->asyncio_loop);
    Object *get = Asyncio_Attr("asyncio.events", "_get_event_loop_policy");
    Object *policy = get ? Obj_CallNoArgs(get) : NULL;
    XDECREF(get);
    if (!policy) return NULL;
    Object *loop = Obj_CallMethodC(policy, "get_event_loop", NULL, 0);
    DECREF(policy);
    return loop;
}

static Object *asyncio_get_event_loop(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return Asyncio_GetEventLoop();
}

/* current_task(loop=None) */
static Object *asyncio_current_task(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *loop = loop_or_running(args, nargs), *task;
    int r = loop ? running_of(loop, &task) : -1;
    if (r < 0) return NULL;
    return NEWREF(r ? task : OBJ_NONE);
}

/* ---- the registry of tasks ---------------------------------------------------------- */

void Asyncio_LinkTask(Task *t) {
    if (t->linked) return;
    Task *head = g_interp->asyncio_tasks;
    t->prev = NULL;
    t->next = head;
    if (head) head->prev = t;
    g_interp->asyncio_tasks = t;
    t->linked = true;
}

void Asyncio_UnlinkTask(Task *t) {
    if (!t->linked) return;
    if (t->prev) t->prev->next = t->next;
    else if (g_interp && g_interp->asyncio_tasks == t) g_interp->asyncio_tasks = t->next;
    if (t->next) t->next->prev = t->prev;
    t->prev = t->next = NULL;
    t->linked = false;
}

/* The registry of other tasks given to _register_task (a WeakSet), made on
 * first use when make; borrowed, NULL (maybe with an error) when none. */
static Object *other_tasks(bool make) {
    if (!g_interp->asyncio_other_tasks && make) {
        Object *cls = Asyncio_Attr("_weakrefset", "WeakSet");
        g_interp->asyncio_other_tasks = cls ? Obj_CallNoArgs(cls) : NULL;
        XDECREF(cls);
    }
    return g_interp->asyncio_other_tasks;
}

static Object *other_eager(bool make) {
    if (!g_interp->asyncio_other_eager && make) g_interp->asyncio_other_eager = Set_New(NULL);
    return g_interp->asyncio_other_eager;
}

/* set.method(task) for the registry (NULL: nothing to do); 0 or -1. */
static int registry_call(Object *reg, const char *method, Object *task) {
    if (!reg) return Err_Occurred() ? -1 : 0;
    Object *r = Obj_CallMethodC(reg, method, &task, 1);
    XDECREF(r);
    return r ? 0 : -1;
}

static Object *asyncio__register_task(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (Task_Check(args[0])) Asyncio_LinkTask((Task *)args[0]);
    else if (registry_call(other_tasks(true), "add", args[0]) < 0) return NULL;
    RETURN_NONE;
}

static Object *asyncio__unregister_task(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (Task_Check(args[0])) Asyncio_UnlinkTask((Task *)args[0]);
    else if (registry_call(other_tasks(false), "discard", args[0]) < 0) return NULL;
    RETURN_NONE;
}

static Object *asyncio__register_eager_task(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (Task_Check(args[0])) Asyncio_LinkTask((Task *)args[0]);
    else if (!other_eager(true) || Set_Add(g_interp->asyncio_other_eager, args[0]) < 0) return NULL;
    RETURN_NONE;
}

static Object *asyncio__unregister_eager_task(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (Task_Check(args[0])) Asyncio_UnlinkTask((Task *)args[0]);
    else if (other_eager(false) && Set_Discard(g_interp->asyncio_other_eager, args[0]) < 0) return NULL;
    RETURN_NONE;
}

/* The loop of a future-like task: fut's own, get_loop(), or _loop; new reference. */
static Object *loop_of(Object *task) {
    if (Future_CheckExact(task) || Task_CheckExact(task)) {
        Object *loop = ((Future *)task)->loop;
        return NEWREF(loop ? loop : OBJ_NONE);
    }
    Object *get;
    int r = Obj_LookupAttr(task, ID(get_loop), &get);
    if (r < 0) return NULL;
    if (r == 0) return Obj_GetAttrC(task, "_loop");
    Object *loop = Obj_CallNoArgs(get);
    DECREF(get);
    return loop;
}

/* Adds task to out if it is not done and runs on loop; 0 or -1. */
static int add_if_pending(Object *out, Object *task, Object *loop) {
    if (Task_CheckExact(task)) {
        Task *t = (Task *)task;
        return t->fut.state == FUT_PENDING && t->fut.loop == loop ? Set_Add(out, task) : 0;
    }
    Object *done = Obj_CallMethodC(task, "done", NULL, 0);
    int yes = done ? Obj_IsTrue(done) : -1;
    XDECREF(done);
    if (yes) return yes < 0 ? -1 : 0;
    Object *its = loop_of(task);
    if (!its) return -1;
    int rc = its == loop ? Set_Add(out, task) : 0;
    DECREF(its);
    return rc;
}

/* Every registered task, eager ones first: a new list. */
static Object *registered_tasks(void) {
    Object *all = List_New(0);
    if (!all) return NULL;
    Object *eager = other_eager(false), *weak = other_tasks(false);
    if (eager && List_Extend(all, eager) < 0) goto fail;
    for (Task *t = g_interp->asyncio_tasks; t; t = t->next)
        if (List_Append(all, (Object *)t) < 0) goto fail;
    if (weak && List_Extend(all, weak) < 0) goto fail;
    return all;
fail:
    DECREF(all);
    return NULL;
}

/* all_tasks(loop=None) */
static Object *asyncio_all_tasks(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *loop = loop_or_running(args, nargs);
    Object *all = loop ? registered_tasks() : NULL;
    if (!all) return NULL;
    Object *out = Set_New(NULL);
    for (ssize_t i = 0; out && i < LIST_LEN(all); i++)
        if (add_if_pending(out, LIST_GET(all, i), loop) < 0) CLEAR(out);
    DECREF(all);
    return out;
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
    {"get_running_loop", asyncio_get_running_loop, 0,
     ARGS("($module, /)", "Return the running event loop.  Raise a RuntimeError if there is none.")},
    {"_get_running_loop", asyncio__get_running_loop, 0,
     ARGS("($module, /)", "Return the running event loop or None.")},
    {"_set_running_loop", asyncio__set_running_loop, 0, ARGS("($module, loop, /)", "Set the running event loop.")},
    {"get_event_loop", asyncio_get_event_loop, 0, ARGS("($module, /)", "Return an asyncio event loop.")},
    {"all_tasks", asyncio_all_tasks, 0, ARGS("($module, /, loop=None)", "Return a set of all tasks for the loop.")},
    {"_register_task", asyncio__register_task, 0,
     ARGS("($module, /, task)", "Register a new task in asyncio as executed by loop.")},
    {"_unregister_task", asyncio__unregister_task, 0, ARGS("($module, /, task)", "Unregister a task.")},
    {"_register_eager_task", asyncio__register_eager_task, 0,
     ARGS("($module, /, task)", "Register a new task in asyncio as executed by loop.")},
    {"_unregister_eager_task", asyncio__unregister_eager_task, 0, ARGS("($module, /, task)", "Unregister a task.")},
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
