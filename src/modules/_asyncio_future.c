/* _asyncio.Future and the iterator that awaiting one goes through
 * (the design is told in _asyncio.h). */
#include "abstract.h"
#include "class.h"
#include "modules/_asyncio.h"
#include "modules/_contextvars.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/gen.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typing.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include <stddef.h>

#define FUT(o) ((Future *)(o))

Object *Asyncio_Attr(const char *module, const char *name) {
    Object *m = Import_ImportC(module);
    if (!m) return NULL;
    Object *v = Obj_GetAttrC(m, name);
    DECREF(m);
    return v;
}

/* Raises asyncio's exception `name` (InvalidStateError, ...) with msg. */
void Asyncio_Raise(const char *name, const char *msg) {
    Object *cls = Asyncio_Attr("asyncio.exceptions", name);
    if (!cls) return;
    Object *text = Str_FromUTF8(msg, -1);
    Object *exc = text ? Obj_CallOneArg(cls, text) : NULL;
    XDECREF(text);
    DECREF(cls);
    if (exc) Err_SetRaised(exc);
}

int Asyncio_CallSoon(Object *loop, Object *fn, Object *arg, Object *ctx) {
    Object *meth = Obj_GetAttr(loop, ID(call_soon));
    if (!meth) return -1;
    Object *kwnames = Tuple_Pack(1, ID(context));
    Object *r = NULL;
    if (kwnames) {
        Object *args[3] = {fn, arg, ctx};
        size_t n = arg ? 2 : 1;
        if (!arg) args[1] = ctx;
        r = Obj_Call(meth, args, n, kwnames);
        DECREF(kwnames);
    }
    DECREF(meth);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* Hands the callbacks to the loop, emptying the list first. */
int Future_ScheduleCallbacks(Future *f) {
    if (Task_Check((Object *)f)) Asyncio_UnlinkTask((Task *)f);
    Object *pending = f->callbacks;
    if (!pending) return 0;
    f->callbacks = NULL;
    int rc = 0;
    for (ssize_t i = 0; i < LIST_LEN(pending) && rc == 0; i++) {
        Object *entry = LIST_GET(pending, i);
        rc = Asyncio_CallSoon(f->loop, TUPLE_GET(entry, 0), (Object *)f, TUPLE_GET(entry, 1));
    }
    DECREF(pending);
    return rc;
}

static int future_check_init(Future *f) {
    if (f->loop) return 0;
    Err_SetString(Exc_RuntimeError, "Future object is not initialized.");
    return -1;
}

/* ---- construction and death ------------------------------------------------ */

static Object *future_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_Alloc(t, (size_t)t->basicsize);
}

/* Drops everything but the dict: a Future made again by __init__ starts afresh. */
void Future_ClearState(Future *f) {
    CLEAR(f->loop);
    CLEAR(f->callbacks);
    CLEAR(f->result);
    CLEAR(f->exception);
    CLEAR(f->exception_tb);
    CLEAR(f->source_tb);
    CLEAR(f->cancel_msg);
    CLEAR(f->cancelled_exc);
    CLEAR(f->awaited_by);
    f->awaited_by_set = false;
    f->state = FUT_PENDING;
    f->blocking = f->log_tb = false;
}

int Future_Setup(Object *self, Object *loop_arg) {
    Future *f = FUT(self);
    Object *loop;
    if (!loop_arg || loop_arg == OBJ_NONE) {
        if (!(loop = Asyncio_GetEventLoop())) return -1;
    } else {
        loop = NEWREF(loop_arg);
    }
    Future_ClearState(f);
    f->loop = loop;
    Object *debug = Obj_CallMethodC(loop, "get_debug", NULL, 0);
    if (!debug) return -1;
    int on = Obj_IsTrue(debug);
    DECREF(debug);
    if (on < 0) return -1;
    if (on) {
        Object *stack = Asyncio_Attr("asyncio._describe", "creation_stack");
        Object *tb = stack ? Obj_CallNoArgs(stack) : NULL;
        XDECREF(stack);
        if (!tb) return -1;
        SETREF(f->source_tb, tb);
    }
    return 0;
}

static int future_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[1];
    if (Arg_Unpack(Future_Type.args, "Future", args, nargs, kwnames, a) < 0) return -1;
    return Future_Setup(self, a[0]);
}

/* __del__: the "exception was never retrieved" report. */
int Future_Report(Object *self) {
    Future *f = FUT(self);
    if (!f->log_tb || !f->loop) return 0;
    f->log_tb = false;
    Object *report = Dict_New();
    if (!report) return -1;
    Object *msg = Str_FromFormat("%s exception was never retrieved", Str_AsUTF8(TYPE(self)->name_obj, NULL));
    int bad = !msg || Dict_SetStr(report, "message", msg) < 0 ||
              Dict_SetStr(report, "exception", f->exception ? f->exception : OBJ_NONE) < 0 ||
              Dict_SetStr(report, "future", self) < 0 ||
              (f->source_tb && Obj_IsTrue(f->source_tb) > 0 && Dict_SetStr(report, "source_traceback", f->source_tb) < 0);
    XDECREF(msg);
    Object *r = bad ? NULL : Obj_CallMethodC(f->loop, "call_exception_handler", &report, 1);
    DECREF(report);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static Object *future_del(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Future_Report(self) < 0) return NULL;
    RETURN_NONE;
}

bool Future_FinalizeDying(Object *o, bool needed) {
    if (GC_HEAD(o)->finalized || !needed) return false;
    o->refcnt = 1; /* alive while __del__ runs */
    Class_Finalize(o);
    if (--o->refcnt > 0) { /* __del__ kept it */
        Gc_Track(o);
        return true;
    }
    return false;
}

static void future_dealloc(Object *o) {
    if (Future_FinalizeDying(o, FUT(o)->log_tb)) return;
    Weak_ClearBuiltin(o);
    Future_ClearState(FUT(o));
    CLEAR(FUT(o)->dict);
    Obj_Free(o);
}

int Future_Traverse(Object *o, VisitFn visit, void *arg) {
    Future *f = FUT(o);
    Object *fields[] = {f->dict, f->loop, f->callbacks, f->result, f->exception, f->exception_tb,
                        f->source_tb, f->cancel_msg, f->cancelled_exc, f->awaited_by};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        if (fields[i] && visit(fields[i], arg)) return 1;
    return 0;
}

static int future_gc_clear(Object *o) {
    Future_ClearState(FUT(o));
    CLEAR(FUT(o)->dict);
    return 0;
}

Object *Asyncio_Describe(const char *fn, Object *self) {
    Object *describe = Asyncio_Attr("asyncio._describe", fn);
    if (!describe) return NULL;
    Object *r = Obj_CallOneArg(describe, self);
    DECREF(describe);
    return r;
}

static Object *future_repr(Object *self) { return Asyncio_Describe("future_repr", self); }

/* ---- outcome ----------------------------------------------------------------- */

Object *Future_MakeCancelledError(Future *f) {
    if (f->cancelled_exc) {
        Object *exc = f->cancelled_exc;
        f->cancelled_exc = NULL;
        return exc;
    }
    Object *cls = Asyncio_Attr("asyncio.exceptions", "CancelledError");
    if (!cls) return NULL;
    Object *exc = f->cancel_msg ? Obj_CallOneArg(cls, f->cancel_msg) : Obj_CallNoArgs(cls);
    DECREF(cls);
    return exc;
}

static Object *future_make_cancelled_error(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Future_MakeCancelledError(FUT(self));
}

static Object *raise_cancelled(Future *f) {
    Object *exc = Future_MakeCancelledError(f);
    if (exc) Err_SetRaised(exc);
    return NULL;
}

/* The result (new reference), or NULL with the exception raised. */
Object *Future_Outcome(Future *f) {
    if (f->state == FUT_CANCELLED) return raise_cancelled(f);
    if (f->state != FUT_FINISHED) {
        Asyncio_Raise("InvalidStateError", "Result is not set.");
        return NULL;
    }
    f->log_tb = false;
    if (f->exception) {
        BaseExc *e = (BaseExc *)f->exception;
        SETREF(e->traceback, f->exception_tb);
        f->exception_tb = NULL;
        Err_SetRaised(NEWREF(f->exception));
        return NULL;
    }
    return NEWREF(f->result);
}

static Object *future_result(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (future_check_init(FUT(self)) < 0) return NULL;
    return Future_Outcome(FUT(self));
}

static Object *future_exception(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Future *f = FUT(self);
    if (future_check_init(f) < 0) return NULL;
    if (f->state == FUT_CANCELLED) return raise_cancelled(f);
    if (f->state != FUT_FINISHED) {
        Asyncio_Raise("InvalidStateError", "Exception is not set.");
        return NULL;
    }
    f->log_tb = false;
    return NEWREF(f->exception ? f->exception : OBJ_NONE);
}

int Future_SetResult(Object *self, Object *result) {
    Future *f = FUT(self);
    if (future_check_init(f) < 0) return -1;
    if (f->state != FUT_PENDING) {
        Asyncio_Raise("InvalidStateError", "invalid state");
        return -1;
    }
    SETREF(f->result, NEWREF(result));
    f->state = FUT_FINISHED;
    return Future_ScheduleCallbacks(f);
}

static Object *future_set_result(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Future_SetResult(self, args[0]) < 0) return NULL;
    RETURN_NONE;
}

/* The exception set_exception stores for value (new reference), or NULL. */
static Object *exception_to_store(Object *value) {
    Object *exc;
    if (Type_Check(value)) {
        exc = Obj_CallNoArgs(value);
        if (!exc) return NULL;
    } else {
        exc = NEWREF(value);
    }
    if (!Err_GivenMatches(exc, (Object *)Exc_BaseException) || Type_Check(exc)) {
        DECREF(exc);
        Err_SetString(Exc_TypeError, "invalid exception object");
        return NULL;
    }
    if (Err_GivenMatches(exc, (Object *)Exc_StopIteration)) {
        Object *text = Str_FromUTF8("StopIteration interacts badly with generators and cannot be raised into a Future", -1);
        Object *wrapped = text ? Exc_New(Exc_RuntimeError, &text, 1) : NULL;
        XDECREF(text);
        if (!wrapped) {
            DECREF(exc);
            return NULL;
        }
        Exc_SetCause(wrapped, NEWREF(exc));
        Exc_SetContext(wrapped, exc); /* takes our reference */
        return wrapped;
    }
    return exc;
}

int Future_SetException(Object *self, Object *value) {
    Future *f = FUT(self);
    if (future_check_init(f) < 0) return -1;
    if (f->state != FUT_PENDING) {
        Asyncio_Raise("InvalidStateError", "invalid state");
        return -1;
    }
    Object *exc = exception_to_store(value);
    if (!exc) return -1;
    Object *tb = ((BaseExc *)exc)->traceback;
    SETREF(f->exception_tb, XNEWREF(tb));
    SETREF(f->exception, exc);
    f->state = FUT_FINISHED;
    if (Future_ScheduleCallbacks(f) < 0) return -1;
    f->log_tb = true;
    return 0;
}

static Object *future_set_exception(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Future_SetException(self, args[0]) < 0) return NULL;
    RETURN_NONE;
}

int Future_Cancel(Object *self, Object *msg) {
    Future *f = FUT(self);
    if (future_check_init(f) < 0) return -1;
    f->log_tb = false;
    if (f->state != FUT_PENDING) return 0;
    SETREF(f->cancel_msg, msg && msg != OBJ_NONE ? NEWREF(msg) : NULL);
    f->state = FUT_CANCELLED;
    return Future_ScheduleCallbacks(f) < 0 ? -1 : 1;
}

/* cancel(msg=None) */
static Object *future_cancel(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int r = Future_Cancel(self, nargs > 0 ? args[0] : NULL);
    if (r < 0) return NULL;
    RETURN_BOOL(r);
}

static Object *future_done(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    RETURN_BOOL(FUT(self)->loop && FUT(self)->state != FUT_PENDING);
}

static Object *future_cancelled(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    RETURN_BOOL(FUT(self)->loop && FUT(self)->state == FUT_CANCELLED);
}

static Object *future_get_loop(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (future_check_init(FUT(self)) < 0) return NULL;
    return NEWREF(FUT(self)->loop);
}

/* ---- callbacks --------------------------------------------------------------- */

int Future_AddDoneCallback(Object *self, Object *fn, Object *ctx) {
    Future *f = FUT(self);
    if (future_check_init(f) < 0) return -1;
    if (f->state != FUT_PENDING) return Asyncio_CallSoon(f->loop, fn, self, ctx);
    Object *entry = Tuple_Pack(2, fn, ctx);
    if (!entry) return -1;
    if (!f->callbacks && !(f->callbacks = List_New(0))) {
        DECREF(entry);
        return -1;
    }
    return List_AppendSteal(f->callbacks, entry);
}

/* add_done_callback(fn, /, *, context=None) */
static Object *future_add_done_callback(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *ctx = args[1] && args[1] != OBJ_NONE ? NEWREF(args[1]) : Context_CopyCurrent();
    if (!ctx) return NULL;
    int rc = Future_AddDoneCallback(self, args[0], ctx);
    DECREF(ctx);
    if (rc < 0) return NULL;
    RETURN_NONE;
}

/* remove_done_callback(fn, /): drops every registration of fn; how many. */
static Object *future_remove_done_callback(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Future *f = FUT(self);
    if (future_check_init(f) < 0) return NULL;
    Object *old = f->callbacks;
    if (!old || LIST_LEN(old) == 0) return SMALL_FROM(0);
    INCREF(old); /* a comparison may run code that changes f */
    Object *kept = List_New(0);
    ssize_t dropped = 0;
    for (ssize_t i = 0; kept && i < LIST_LEN(old); i++) {
        Object *entry = NEWREF(LIST_GET(old, i));
        int eq = Obj_RichCompareBool(TUPLE_GET(entry, 0), args[0], CMP_EQ);
        if (eq < 0 || (!eq && List_Append(kept, entry) < 0)) CLEAR(kept);
        dropped += eq > 0;
        DECREF(entry);
    }
    DECREF(old);
    if (!kept) return NULL;
    if (dropped && f->callbacks == old) {
        if (LIST_LEN(kept)) SETREF(f->callbacks, NEWREF(kept));
        else CLEAR(f->callbacks);
    }
    DECREF(kept);
    return SMALL_FROM(dropped);
}

/* ---- awaiting ---------------------------------------------------------------- */

typedef struct FutureIter {
    Object ob;
    Object *future; /* owned; NULL once it has returned */
} FutureIter;

#define FITER(o) ((FutureIter *)(o))

static Object *future_await(Object *self) {
    if (future_check_init(FUT(self)) < 0) return NULL;
    Object *it = Obj_Alloc(&FutureIter_Type, sizeof(FutureIter));
    if (it) FITER(it)->future = NEWREF(self);
    return it;
}

static Object *future_await_method(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return future_await(self);
}

static Object *futureiter_next(Object *self) {
    Future *f = FUT(FITER(self)->future);
    if (!f) return NULL;
    if (f->state == FUT_PENDING) {
        if (!f->blocking) {
            f->blocking = true;
            return NEWREF((Object *)f);
        }
        Err_SetString(Exc_RuntimeError, "await wasn't used with future");
        return NULL;
    }
    FITER(self)->future = NULL;
    Object *r = Future_Outcome(f);
    DECREF((Object *)f);
    if (!r) return NULL;
    Gen_SetStopIteration(r);
    DECREF(r);
    return NULL;
}

static Object *futureiter_send(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *r = futureiter_next(self);
    if (!r && !Err_Occurred()) Err_SetObject(Exc_StopIteration, NULL);
    return r;
}

/* throw(value, /): raises value here, in the awaiting code. */
static Object *futureiter_throw(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *v = args[0];
    CLEAR(FITER(self)->future);
    if (Type_Check(v)) {
        Object *exc = Obj_CallNoArgs(v);
        if (!exc) return NULL;
        v = exc;
    } else {
        INCREF(v);
    }
    if (!Err_GivenMatches(v, (Object *)Exc_BaseException) || Type_Check(v)) {
        DECREF(v);
        Err_SetString(Exc_TypeError, "exceptions must derive from BaseException");
        return NULL;
    }
    Err_SetRaised(v);
    return NULL;
}

static Object *futureiter_close(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CLEAR(FITER(self)->future);
    RETURN_NONE;
}

static Object *futureiter_self(Object *self) { return NEWREF(self); }

static void futureiter_dealloc(Object *o) {
    CLEAR(FITER(o)->future);
    Obj_Free(o);
}

static int futureiter_traverse(Object *o, VisitFn visit, void *arg) {
    return FITER(o)->future && visit(FITER(o)->future, arg);
}

static int futureiter_clear(Object *o) {
    CLEAR(FITER(o)->future);
    return 0;
}

static const MethodDef futureiter_methods[] = {
    {"send", futureiter_send, 0, ARGS("($self, value, /)", NULL)},
    {"throw", futureiter_throw, 0, ARGS("($self, value, /)", NULL)},
    {"close", futureiter_close, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type FutureIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_asyncio.FutureIter",
    .basicsize = sizeof(FutureIter),
    .flags = TPFLAG_GC,
    .dealloc = futureiter_dealloc,
    .traverse = futureiter_traverse,
    .clear = futureiter_clear,
    .iter = futureiter_self,
    .iternext = futureiter_next,
    .methods = futureiter_methods,
};

/* ---- attributes ---------------------------------------------------------------- */

static Object *or_none(Object *v) { return NEWREF(v ? v : OBJ_NONE); }

static Object *get_state(Object *o) {
    switch (FUT(o)->state) {
    case FUT_PENDING: return NEWREF(ID(PENDING));
    case FUT_CANCELLED: return NEWREF(ID(CANCELLED));
    default: return NEWREF(ID(FINISHED));
    }
}

static Object *get_loop_attr(Object *o) { return or_none(FUT(o)->loop); }
static Object *get_result_attr(Object *o) { return or_none(FUT(o)->result); }
static Object *get_exception_attr(Object *o) { return or_none(FUT(o)->exception); }
static Object *get_source_tb(Object *o) { return or_none(FUT(o)->source_tb); }
static Object *get_cancel_msg(Object *o) { return or_none(FUT(o)->cancel_msg); }

/* The AttributeError of deleting a field CPython's Future keeps in C. */
int Asyncio_NoDelete(Object *o, const char *name) {
    Err_Format(Exc_AttributeError, "attribute '%s' of '%s' objects cannot be deleted", name, TYPE(o)->name);
    return -1;
}

static int set_cancel_msg(Object *o, Object *v) {
    if (!v) return Asyncio_NoDelete(o, "_cancel_message");
    SETREF(FUT(o)->cancel_msg, v == OBJ_NONE ? NULL : NEWREF(v));
    return 0;
}

static Object *get_callbacks(Object *o) {
    Object *cbs = FUT(o)->callbacks;
    if (!cbs || LIST_LEN(cbs) == 0) RETURN_NONE;
    return List_FromArray(LIST_ITEMS(cbs), LIST_LEN(cbs));
}

static Object *get_blocking(Object *o) { RETURN_BOOL(FUT(o)->blocking); }

static int set_blocking(Object *o, Object *v) {
    if (!v) return Asyncio_NoDelete(o, "_asyncio_future_blocking");
    int b = Obj_IsTrue(v);
    if (b < 0) return -1;
    FUT(o)->blocking = b;
    return 0;
}

static Object *get_log_tb(Object *o) { RETURN_BOOL(FUT(o)->log_tb); }

static int set_log_tb(Object *o, Object *v) {
    if (!v) return Asyncio_NoDelete(o, "_log_traceback");
    int b = Obj_IsTrue(v);
    if (b < 0) return -1;
    if (b) {
        Err_SetString(Exc_ValueError, "_log_traceback can only be set to False");
        return -1;
    }
    FUT(o)->log_tb = false;
    return 0;
}

static Object *get_awaited_by(Object *o) {
    Object *s = FUT(o)->awaited_by;
    if (!s) RETURN_NONE;
    if (FUT(o)->awaited_by_set) return FrozenSet_New(s);
    Object *one = Tuple_Pack(1, s);
    Object *r = one ? FrozenSet_New(one) : NULL;
    XDECREF(one);
    return r;
}

static const GetSetDef future_getset[] = {
    {"_state", get_state, NULL, NULL},
    {"_loop", get_loop_attr, NULL, NULL},
    {"_result", get_result_attr, NULL, NULL},
    {"_exception", get_exception_attr, NULL, NULL},
    {"_callbacks", get_callbacks, NULL, NULL},
    {"_source_traceback", get_source_tb, NULL, NULL},
    {"_cancel_message", get_cancel_msg, set_cancel_msg, NULL},
    {"_asyncio_future_blocking", get_blocking, set_blocking, NULL},
    {"_log_traceback", get_log_tb, set_log_tb, NULL},
    {"_asyncio_awaited_by", get_awaited_by, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* ---- the awaited-by graph ------------------------------------------------------- */

/* awaited_by is NULL, the one waiter, or (awaited_by_set) a set of them. */
int Future_AddAwaitedBy(Object *fut, Object *waiter) {
    Future *f = FUT(fut);
    if (!f->awaited_by) {
        f->awaited_by = NEWREF(waiter);
        return 0;
    }
    if (!f->awaited_by_set) {
        Object *set = Set_New(NULL);
        if (!set || Set_Add(set, f->awaited_by) < 0) {
            XDECREF(set);
            return -1;
        }
        SETREF(f->awaited_by, set);
        f->awaited_by_set = true;
    }
    return Set_Add(f->awaited_by, waiter);
}

int Future_DiscardAwaitedBy(Object *fut, Object *waiter) {
    Future *f = FUT(fut);
    if (!f->awaited_by) return 0;
    if (f->awaited_by_set) return Set_Discard(f->awaited_by, waiter) < 0 ? -1 : 0;
    if (f->awaited_by == waiter) CLEAR(f->awaited_by);
    return 0;
}

static const MethodDef future_methods[] = {
    {"result", future_result, 0, ARGS("($self, /)", "Return the result this future represents.")},
    {"exception", future_exception, 0, ARGS("($self, /)", "Return the exception that was set on this future.")},
    {"set_result", future_set_result, 0, ARGS_F(ARG_CLINIC_METHOD, "($self, result, /)", "Mark the future done and set its result.")},
    {"set_exception", future_set_exception, 0,
     ARGS_F(ARG_CLINIC_METHOD, "($self, exception, /)", "Mark the future done and set an exception.")},
    {"add_done_callback", future_add_done_callback, 0,
     ARGS("($self, fn, /, *, context=<unrepresentable>)", "Add a callback to be run when the future becomes done.")},
    {"remove_done_callback", future_remove_done_callback, 0,
     ARGS_F(ARG_CLINIC_METHOD, "($self, fn, /)", "Remove all instances of a callback from the \"call when done\" list.")},
    {"cancel", future_cancel, 0, ARGS("($self, /, msg=None)", "Cancel the future and schedule callbacks.")},
    {"cancelled", future_cancelled, 0, ARGS("($self, /)", "Return True if the future was cancelled.")},
    {"done", future_done, 0, ARGS("($self, /)", "Return True if the future is done.")},
    {"get_loop", future_get_loop, 0, ARGS_F(ARG_CLINIC_METHOD, "($self, /)", "Return the event loop the Future is bound to.")},
    {"_make_cancelled_error", future_make_cancelled_error, 0,
     ARGS("($self, /)", "Create the CancelledError to raise if the Future is cancelled.")},
    {"__await__", future_await_method, 0, ARGS("($self, /)", "Return an iterator to be used in await expression.")},
    {"__del__", future_del, 0, ARGS("($self, /)", NULL)},
    METHOD_CLASS_GETITEM("See PEP 585"),
    {NULL, NULL, 0, NULL},
};

Type Future_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_asyncio.Future",
    .basicsize = sizeof(Future),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC | TPFLAG_WEAKREF,
    .doc = "This class is *almost* compatible with concurrent.futures.Future.",
    .args = ARGS_F(0, "(*, loop=None)", NULL),
    .dealloc = future_dealloc,
    .repr = future_repr,
    .iter = future_await,
    .traverse = Future_Traverse,
    .clear = future_gc_clear,
    .new_ = future_new,
    .init = future_init,
    .methods = future_methods,
    .getset = future_getset,
    .dictoffset = offsetof(Future, dict),
};
