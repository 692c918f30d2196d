/* _asyncio.Task: construction, cancellation, names, reports and attributes
 * (its steps are _asyncio_step.c; the design is told in _asyncio.h). */
#include "abstract.h"
#include "modules/_asyncio.h"
#include "modules/_contextvars.h"
#include "objects/dict.h"
#include "objects/gen.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include <stddef.h>

#define TASK(o) ((Task *)(o))

static Object *task_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *o = Obj_Alloc(t, (size_t)t->basicsize);
    if (o) TASK(o)->log_destroy_pending = true;
    return o;
}

static void task_clear_fields(Task *t) {
    CLEAR(t->coro);
    CLEAR(t->context);
    CLEAR(t->name);
    CLEAR(t->fut_waiter);
}

/* Whether coro is a coroutine as asyncio.iscoroutine sees it: 1, 0, -1. */
static int is_coroutine(Object *coro) {
    if (!IS_SMALL(coro) && TYPE(coro) == &Coro_Type) return 1;
    Object *fn = Asyncio_Attr("asyncio.coroutines", "iscoroutine");
    Object *r = fn ? Obj_CallOneArg(fn, coro) : NULL;
    XDECREF(fn);
    if (!r) return -1;
    int yes = Obj_IsTrue(r);
    DECREF(r);
    return yes;
}

static Object *task_name(Object *name) {
    if (name && name != OBJ_NONE) return Str_Check(name) ? NEWREF(name) : Obj_Str(name);
    return Str_FromFormat("Task-%llu", (unsigned long long)++g_interp->asyncio_task_names);
}

/* Schedules the first step, or runs it now (eager_start on a running loop). */
static int task_start(Task *t, Object *eager) {
    int want = eager ? Obj_IsTrue(eager) : 0;
    if (want < 0) return -1;
    if (want) {
        Object *running = Obj_CallMethodC(t->fut.loop, "is_running", NULL, 0);
        if (!running) return -1;
        want = Obj_IsTrue(running);
        DECREF(running);
        if (want < 0) return -1;
        if (want) return Task_EagerStart(t);
    }
    Object *step = Task_StepCallable(t);
    if (!step) return -1;
    int rc = Asyncio_CallSoon(t->fut.loop, step, NULL, t->context);
    DECREF(step);
    if (rc < 0) return -1;
    Asyncio_LinkTask(t);
    return 0;
}

/* __init__(coro, *, loop=None, name=None, context=None, eager_start=False) */
static int task_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[5];
    if (Arg_Unpack(Task_Type.args, "Task", args, nargs, kwnames, a) < 0) return -1;
    Task *t = TASK(self);
    if (Future_Setup(self, a[1]) < 0) return -1;
    int ok = is_coroutine(a[0]);
    if (ok <= 0) {
        t->log_destroy_pending = false;
        if (ok == 0) Err_Format(Exc_TypeError, "a coroutine was expected, got %R", a[0]);
        return -1;
    }
    task_clear_fields(t);
    t->log_destroy_pending = true;
    t->must_cancel = false;
    t->cancels = 0;
    if (!(t->name = task_name(a[2]))) return -1;
    t->coro = NEWREF(a[0]);
    t->context = a[3] && a[3] != OBJ_NONE ? NEWREF(a[3]) : Context_CopyCurrent();
    if (!t->context) return -1;
    return task_start(t, a[4]);
}

/* ---- death --------------------------------------------------------------------------- */

static bool must_report(Task *t) { return t->log_destroy_pending && t->fut.state == FUT_PENDING && t->fut.loop; }

/* "Task was destroyed but it is pending!" */
static int task_report(Object *self) {
    Task *t = TASK(self);
    if (!must_report(t)) return 0;
    Object *report = Dict_New();
    if (!report) return -1;
    Object *msg = Str_FromUTF8("Task was destroyed but it is pending!", -1);
    Object *stack = t->fut.source_tb;
    int bad = !msg || Dict_SetStr(report, "task", self) < 0 || Dict_SetStr(report, "message", msg) < 0 ||
              (stack && Obj_IsTrue(stack) > 0 && Dict_SetStr(report, "source_traceback", stack) < 0);
    XDECREF(msg);
    Object *r = bad ? NULL : Obj_CallMethodC(t->fut.loop, "call_exception_handler", &report, 1);
    DECREF(report);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static Object *task_del(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (task_report(self) < 0 || Future_Report(self) < 0) return NULL;
    RETURN_NONE;
}

static void task_dealloc(Object *o) {
    if (Future_FinalizeDying(o, TASK(o)->fut.log_tb || must_report(TASK(o)))) return;
    Weak_ClearBuiltin(o);
    Asyncio_UnlinkTask(TASK(o));
    task_clear_fields(TASK(o));
    Future_ClearState(&TASK(o)->fut);
    CLEAR(TASK(o)->fut.dict);
    Obj_Free(o);
}

static int task_traverse(Object *o, VisitFn visit, void *arg) {
    Task *t = TASK(o);
    Object *fields[] = {t->coro, t->context, t->name, t->fut_waiter};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        if (fields[i] && visit(fields[i], arg)) return 1;
    return Future_Traverse(o, visit, arg);
}

static int task_gc_clear(Object *o) {
    Asyncio_UnlinkTask(TASK(o));
    task_clear_fields(TASK(o));
    Future_ClearState(&TASK(o)->fut);
    CLEAR(TASK(o)->fut.dict);
    return 0;
}

static Object *task_repr(Object *self) { return Asyncio_Describe("task_repr", self); }

/* ---- methods --------------------------------------------------------------------- */

/* cancel(msg=None) */
static Object *task_cancel(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Task *t = TASK(self);
    Object *msg = nargs > 0 && args[0] ? args[0] : OBJ_NONE;
    t->fut.log_tb = false;
    if (t->fut.state != FUT_PENDING) RETURN_BOOL(false);
    t->cancels++;
    if (t->fut_waiter) {
        Object *waiter = NEWREF(t->fut_waiter);
        Object *kwnames2 = Tuple_Pack(1, ID(msg));
        Object *meth = kwnames2 ? Obj_GetAttrC(waiter, "cancel") : NULL;
        Object *r = meth ? Obj_Call(meth, &msg, 0, kwnames2) : NULL;
        XDECREF(meth);
        XDECREF(kwnames2);
        DECREF(waiter);
        if (!r) return NULL;
        int yes = Obj_IsTrue(r);
        DECREF(r);
        if (yes < 0) return NULL;
        if (yes) RETURN_BOOL(true);
    }
    t->must_cancel = true;
    SETREF(t->fut.cancel_msg, msg == OBJ_NONE ? NULL : NEWREF(msg));
    RETURN_BOOL(true);
}

static Object *task_cancelling(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return SMALL_FROM(TASK(self)->cancels);
}

static Object *task_uncancel(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Task *t = TASK(self);
    if (t->cancels > 0 && --t->cancels == 0) t->must_cancel = false;
    return SMALL_FROM(t->cancels);
}

static Object *task_get_coro(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(TASK(self)->coro ? TASK(self)->coro : OBJ_NONE);
}

static Object *task_get_context(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(TASK(self)->context ? TASK(self)->context : OBJ_NONE);
}

static Object *task_get_name(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(TASK(self)->name ? TASK(self)->name : OBJ_NONE);
}

static Object *task_set_name(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *name = Str_Check(args[0]) ? NEWREF(args[0]) : Obj_Str(args[0]);
    if (!name) return NULL;
    SETREF(TASK(self)->name, name);
    RETURN_NONE;
}

/* get_stack(*, limit=None): asyncio.tasks._task_get_stack(self, limit) */
static Object *task_get_stack(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *fn = Asyncio_Attr("asyncio.tasks", "_task_get_stack");
    if (!fn) return NULL;
    Object *call[2] = {self, args[0] ? args[0] : OBJ_NONE};
    Object *r = Obj_Call(fn, call, 2, NULL);
    DECREF(fn);
    return r;
}

/* print_stack(*, limit=None, file=None): asyncio.tasks._task_print_stack */
static Object *task_print_stack(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *fn = Asyncio_Attr("asyncio.tasks", "_task_print_stack");
    if (!fn) return NULL;
    Object *call[3] = {self, args[0] ? args[0] : OBJ_NONE, args[1] ? args[1] : OBJ_NONE};
    Object *r = Obj_Call(fn, call, 3, NULL);
    DECREF(fn);
    return r;
}

static Object *task_set_result(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Err_SetString(Exc_RuntimeError, "Task does not support set_result operation");
    return NULL;
}

static Object *task_set_exception(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Err_SetString(Exc_RuntimeError, "Task does not support set_exception operation");
    return NULL;
}

static const MethodDef task_methods[] = {
    {"cancel", task_cancel, 0, ARGS("($self, /, msg=None)", "Request that this task cancel itself.")},
    {"cancelling", task_cancelling, 0, ARGS("($self, /)", "Return the count of the task's cancellation requests.")},
    {"uncancel", task_uncancel, 0, ARGS("($self, /)", "Decrement the task's count of cancellation requests.")},
    {"get_coro", task_get_coro, 0, ARGS("($self, /)", NULL)},
    {"get_context", task_get_context, 0, ARGS("($self, /)", NULL)},
    {"get_name", task_get_name, 0, ARGS("($self, /)", NULL)},
    {"set_name", task_set_name, 0, ARGS("($self, value, /)", NULL)},
    {"get_stack", task_get_stack, 0, ARGS("($self, /, *, limit=None)", "Return the list of stack frames for this task's coroutine.")},
    {"print_stack", task_print_stack, 0,
     ARGS("($self, /, *, limit=None, file=None)", "Print the stack or traceback for this task's coroutine.")},
    {"set_result", task_set_result, 0, ARGS("($self, result, /)", NULL)},
    {"set_exception", task_set_exception, 0, ARGS("($self, exception, /)", NULL)},
    {"__del__", task_del, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

/* ---- attributes ------------------------------------------------------------------- */

static Object *get_coro(Object *o) { return NEWREF(TASK(o)->coro ? TASK(o)->coro : OBJ_NONE); }
static Object *get_fut_waiter(Object *o) { return NEWREF(TASK(o)->fut_waiter ? TASK(o)->fut_waiter : OBJ_NONE); }
static Object *get_must_cancel(Object *o) { RETURN_BOOL(TASK(o)->must_cancel); }
static Object *get_log_destroy_pending(Object *o) { RETURN_BOOL(TASK(o)->log_destroy_pending); }

static int set_log_destroy_pending(Object *o, Object *v) {
    if (!v) return Asyncio_NoDelete(o, "_log_destroy_pending");
    int b = Obj_IsTrue(v);
    if (b < 0) return -1;
    TASK(o)->log_destroy_pending = b;
    return 0;
}

static const GetSetDef task_getset[] = {
    {"_coro", get_coro, NULL, NULL},
    {"_fut_waiter", get_fut_waiter, NULL, NULL},
    {"_must_cancel", get_must_cancel, NULL, NULL},
    {"_log_destroy_pending", get_log_destroy_pending, set_log_destroy_pending, NULL},
    {NULL, NULL, NULL, NULL},
};

Type Task_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_asyncio.Task",
    .base = &Future_Type,
    .basicsize = sizeof(Task),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC | TPFLAG_WEAKREF,
    .doc = "A coroutine wrapped in a Future.",
    .args = ARGS_F(0, "(coro, *, loop=None, name=None, context=None, eager_start=False)", NULL),
    .dealloc = task_dealloc,
    .repr = task_repr,
    .traverse = task_traverse,
    .clear = task_gc_clear,
    .new_ = task_new,
    .init = task_init,
    .methods = task_methods,
    .getset = task_getset,
    .dictoffset = offsetof(Future, dict),
};
