/* A Task's steps: sending into its coroutine, arranging the next step from
 * what the coroutine yielded, waking up when the awaited future is done,
 * and the eager first step (the design is told in _asyncio.h). */
#include "abstract.h"
#include "modules/_asyncio.h"
#include "modules/_contextvars.h"
#include "objects/exc.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"

#define FUT(o) ((Future *)(o))

/* ---- the callables the loop calls ---------------------------------------------- */

static Object *task_step_fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Task_Step((Task *)self, nargs > 0 && args[0] != OBJ_NONE ? args[0] : NULL);
}

static Object *task_wakeup_fn(Object *self, Object *const *args, size_t nargs, Object *kwnames);

static const MethodDef task_step_def = {"task_step", task_step_fn, 0, ARGS("($self, exc=None, /)", NULL)};
static const MethodDef task_wakeup_def = {"task_wakeup", task_wakeup_fn, 0, ARGS("($self, future, /)", NULL)};

Object *Task_StepCallable(Task *t) { return BuiltinFunction_New(&task_step_def, (Object *)t); }
Object *Task_WakeupCallable(Task *t) { return BuiltinFunction_New(&task_wakeup_def, (Object *)t); }

/* loop.call_soon(task_step[, exc], context=task's context) */
static int step_soon(Task *t, Object *exc) {
    Object *step = Task_StepCallable(t);
    if (!step) return -1;
    int rc = Asyncio_CallSoon(t->fut.loop, step, exc, t->context);
    DECREF(step);
    return rc;
}

/* ---- sending ------------------------------------------------------------------------ */

/* Resumes the coroutine with None, or by throwing exc into it: 1 with
 * *result what it yielded, 0 with *result what it returned, -1 error. */
static int resume(Object *coro, Object *exc, Object **result) {
    if (!exc) return Gen_SendAny(coro, OBJ_NONE, result);
    Object *r = Obj_CallMethodC(coro, "throw", &exc, 1);
    if (r) {
        *result = r;
        return 1;
    }
    if (!Err_Matches(Exc_StopIteration)) return -1;
    Object *stop = Err_Fetch();
    Object *v = Exc_StopIterationValue(stop);
    *result = NEWREF(v ? v : OBJ_NONE);
    DECREF(stop);
    return 0;
}

/* The coroutine raised (the error is set): the task ends with it.  NULL if
 * it must go on (KeyboardInterrupt, SystemExit, or a failure here). */
static Object *step_raised(Task *t) {
    Object *cancelled = Asyncio_Attr("asyncio.exceptions", "CancelledError");
    if (!cancelled) return NULL;
    Object *exc = Err_Fetch();
    bool is_cancel = Err_GivenMatches(exc, cancelled);
    DECREF(cancelled);
    if (is_cancel) {
        SETREF(t->fut.cancelled_exc, exc);
        if (Future_Cancel((Object *)t, NULL) < 0) return NULL;
        RETURN_NONE;
    }
    int rc = Future_SetException((Object *)t, exc);
    if (rc == 0 && (Err_GivenMatches(exc, (Object *)Exc_KeyboardInterrupt) ||
                    Err_GivenMatches(exc, (Object *)Exc_SystemExit))) {
        Err_Restore(exc);
        return NULL;
    }
    DECREF(exc);
    if (rc < 0) return NULL;
    RETURN_NONE;
}

/* A RuntimeError for a bad yield, thrown in at the next step; msg is
 * stolen (NULL: an error). */
static int step_soon_msg(Task *t, Object *msg) {
    Object *err = msg ? Exc_New(Exc_RuntimeError, &msg, 1) : NULL;
    XDECREF(msg);
    if (!err) return -1;
    int rc = step_soon(t, err);
    DECREF(err);
    return rc;
}

/* The same with the message fmt % (task, result). */
static int step_soon_error(Task *t, const char *fmt, Object *result) {
    return step_soon_msg(t, Str_FromFormat(fmt, (Object *)t, result));
}

static int step_soon_self(Task *t) {
    return step_soon_msg(t, Str_FromFormat("Task cannot await on itself: %R", (Object *)t));
}

/* Waits for fut, which the coroutine yielded: wake up when it is done. */
static int wait_for_future(Task *t, Object *fut, bool own_kind) {
    if (Future_Check(fut) && Future_AddAwaitedBy(fut, (Object *)t) < 0) return -1;
    Object *wakeup = Task_WakeupCallable(t);
    if (!wakeup) return -1;
    int rc;
    if (own_kind) {
        rc = Future_AddDoneCallback(fut, wakeup, t->context);
    } else {
        Object *kwnames = Tuple_Pack(1, ID(context));
        Object *meth = kwnames ? Obj_GetAttrC(fut, "add_done_callback") : NULL;
        Object *args[2] = {wakeup, t->context};
        Object *r = meth ? Obj_Call(meth, args, 1, kwnames) : NULL;
        XDECREF(meth);
        XDECREF(kwnames);
        XDECREF(r);
        rc = r ? 0 : -1;
    }
    DECREF(wakeup);
    if (rc < 0) return -1;
    SETREF(t->fut_waiter, NEWREF(fut));
    if (!t->must_cancel) return 0;
    Object *msg = t->fut.cancel_msg ? t->fut.cancel_msg : OBJ_NONE;
    Object *r = Obj_CallMethodC(fut, "cancel", &msg, 1);
    if (!r) return -1;
    int yes = Obj_IsTrue(r);
    DECREF(r);
    if (yes < 0) return -1;
    if (yes) t->must_cancel = false;
    return 0;
}

/* The loop a yielded future belongs to: get_loop(), else its _loop. */
static Object *loop_of(Object *fut) {
    Object *r = Obj_CallMethodC(fut, "get_loop", NULL, 0);
    if (r || !Err_Matches(Exc_AttributeError)) return r;
    Err_Clear();
    return Obj_GetAttrC(fut, "_loop");
}

/* A future not of ours (or a subclass): the same checks through its attributes. */
static int yielded_other(Task *t, Object *result, Object *blocking) {
    Object *loop = loop_of(result);
    if (!loop) return -1;
    bool same = loop == t->fut.loop;
    DECREF(loop);
    if (!same) return step_soon_error(t, "Task %R got Future %R attached to a different loop", result);
    int b = Obj_IsTrue(blocking);
    if (b < 0) return -1;
    if (!b) return step_soon_error(t, "yield was used instead of yield from in task %R with %R", result);
    if (result == (Object *)t) return step_soon_self(t);
    if (Obj_SetAttrC(result, "_asyncio_future_blocking", False_Obj_p) < 0) return -1;
    return wait_for_future(t, result, false);
}

/* The coroutine yielded result: arrange the next step. */
static int step_yielded(Task *t, Object *result) {
    if (Future_CheckExact(result) || Task_CheckExact(result)) {
        Future *f = FUT(result);
        if (f->loop != t->fut.loop)
            return step_soon_error(t, "Task %R got Future %R attached to a different loop", result);
        if (!f->blocking)
            return step_soon_error(t, "yield was used instead of yield from in task %R with %R", result);
        if (result == (Object *)t) return step_soon_self(t);
        f->blocking = false;
        return wait_for_future(t, result, true);
    }
    if (result == OBJ_NONE) return step_soon(t, NULL);
    Object *blocking;
    int found = Obj_LookupAttr(result, ID(_asyncio_future_blocking), &blocking);
    if (found < 0) return -1;
    if (found && blocking != OBJ_NONE) {
        int rc = yielded_other(t, result, blocking);
        DECREF(blocking);
        return rc;
    }
    if (found) DECREF(blocking);
    if (!IS_SMALL(result) && TYPE(result) == &Gen_Type)
        return step_soon_error(t, "yield was used instead of yield from for generator in task %R with %R", result);
    return step_soon_msg(t, Str_FromFormat("Task got bad yield: %R", result));
}

/* One step of the coroutine, with the task already the loop's running one. */
static Object *step_run(Task *t, Object *exc) {
    Object *result;
    int st = resume(t->coro, exc, &result);
    if (st < 0) return step_raised(t);
    int rc;
    if (st == 0) {
        if (t->must_cancel) {
            t->must_cancel = false;
            rc = Future_Cancel((Object *)t, t->fut.cancel_msg) < 0 ? -1 : 0;
        } else {
            rc = Future_SetResult((Object *)t, result);
        }
    } else {
        rc = step_yielded(t, result);
    }
    DECREF(result);
    if (rc < 0) return NULL;
    RETURN_NONE;
}

Object *Task_Step(Task *t, Object *exc) {
    if (t->fut.state != FUT_PENDING) {
        Object *cls = Asyncio_Attr("asyncio.exceptions", "InvalidStateError");
        if (cls) {
            Err_Format((Type *)cls, "__step(): already done: %R, %R", (Object *)t, exc ? exc : OBJ_NONE);
            DECREF(cls);
        }
        return NULL;
    }
    Object *own = NULL; /* the CancelledError made here, if any */
    if (t->must_cancel) {
        Object *cancelled = Asyncio_Attr("asyncio.exceptions", "CancelledError");
        if (!cancelled) return NULL;
        bool is_cancel = exc && Err_GivenMatches(exc, cancelled);
        DECREF(cancelled);
        if (!is_cancel) {
            own = Future_MakeCancelledError(&t->fut);
            if (!own) return NULL;
            exc = own;
        }
        t->must_cancel = false;
    }
    CLEAR(t->fut_waiter);
    Object *loop = NEWREF(t->fut.loop);
    INCREF((Object *)t); /* alive through the step */
    Object *r = NULL;
    if (Asyncio_EnterTask(loop, (Object *)t) == 0) {
        r = step_run(t, exc);
        if (Asyncio_LeaveTask(loop, (Object *)t) < 0) CLEAR(r);
    }
    XDECREF(own);
    DECREF(loop);
    DECREF((Object *)t);
    return r;
}

/* task_wakeup(future): the awaited future is done; step with its outcome. */
static Object *task_wakeup_fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Task *t = (Task *)self;
    Object *fut = args[0];
    if (Future_Check(fut) && Future_DiscardAwaitedBy(fut, self) < 0) return NULL;
    if ((Future_CheckExact(fut) || Task_CheckExact(fut)) && FUT(fut)->state == FUT_FINISHED &&
        !FUT(fut)->exception)
        return Task_Step(t, NULL);
    Object *r = Future_CheckExact(fut) || Task_CheckExact(fut) ? Future_Outcome(FUT(fut))
                                                               : Obj_CallMethodC(fut, "result", NULL, 0);
    if (r) {
        DECREF(r);
        return Task_Step(t, NULL);
    }
    Object *exc = Err_Fetch();
    r = Task_Step(t, exc);
    DECREF(exc);
    return r;
}

/* ---- eager start ---------------------------------------------------------------- */

/* Runs the first step now, the task linked in the registry meanwhile (a
 * task done at once unlinks itself when it schedules its callbacks). */
int Task_EagerStart(Task *t) {
    Object *loop = t->fut.loop, *self = (Object *)t;
    Object *prev = Asyncio_SwapTask(loop, self);
    if (!prev) return -1;
    Asyncio_LinkTask(t);
    int rc = Context_Enter(t->context);
    if (rc == 0) {
        Object *r = step_run(t, NULL);
        XDECREF(r);
        rc = r ? 0 : -1;
        Object *pending = rc < 0 ? Err_Fetch() : NULL;
        if (Context_Exit(t->context) < 0) rc = -1;
        if (pending) Err_Restore(pending);
    }
    Object *pending = rc < 0 ? Err_Fetch() : NULL;
    Object *back = Asyncio_SwapTask(loop, prev == OBJ_NONE ? NULL : prev);
    DECREF(prev);
    if (!back) rc = -1;
    XDECREF(back);
    if (pending) Err_Restore(pending);
    if (rc < 0) return -1;
    if (t->fut.state != FUT_PENDING) CLEAR(t->coro);
    return 0;
}
