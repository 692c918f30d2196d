/* sys.settrace and sys.setprofile: the events, delivered by the eval loop's
 * instrumented copy (eval_traced.c).  See trace.h. */
#include "runtime/trace.h"
#include "abstract.h"
#include "code.h"
#include "frame.h"
#include "objects/exc.h"
#include "objects/frameobj.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "opcodes.h"
#include "runtime/err.h"
#include "runtime/signals.h"
#include <stdlib.h>

static int active_interps; /* interpreters with a trace or profile function (atomic) */

int Trace_ActiveCount(void) { return __atomic_load_n(&active_interps, __ATOMIC_RELAXED); }

/* Keeps the count and Signals_Pending in step with in's functions: a
 * safe point of the plain loop then hands its frame to Eval_Traced. */
static void set_funcs(Interp *in, Object **slot, Object *func) {
    bool was = in->trace_func || in->profile_func;
    Object *old = *slot;
    *slot = func && func != OBJ_NONE ? NEWREF(func) : NULL;
    bool now = in->trace_func || in->profile_func;
    if (now && !was) {
        __atomic_add_fetch(&active_interps, 1, __ATOMIC_RELAXED);
        Signals_Pending = 1;
    } else if (was && !now) {
        __atomic_sub_fetch(&active_interps, 1, __ATOMIC_RELAXED);
    }
    XDECREF(old);
}

void Trace_SetTrace(Object *func) { set_funcs(g_interp, &g_interp->trace_func, func); }
void Trace_SetProfile(Object *func) { set_funcs(g_interp, &g_interp->profile_func, func); }

void Trace_Clear(Interp *in) {
    Interp *saved = g_interp;
    g_interp = in;
    set_funcs(in, &in->trace_func, NULL);
    set_funcs(in, &in->profile_func, NULL);
    g_interp = saved;
}

/* ---- the code's lines ------------------------------------------------------- */

/* For each code unit: its line (-1: none) and whether a 'line' event may
 * come there: the first instruction after the code's first RESUME, each
 * instruction whose line differs from the one before it, jump targets and
 * exception handlers. */
typedef struct TraceMap {
    int *line;
    uint8_t *start;     /* 1: may have a 'line' event */
    uint8_t *opcode;    /* the instruction's opcode (past EXTENDED_ARG), at its first unit */
    int first_traceable; /* past the first RESUME: no events before it */
} TraceMap;

static void mark(TraceMap *m, int n, long i) {
    if (i >= 0 && i < n) m->start[i] = 1;
}

static TraceMap *trace_map(Code *co) {
    if (co->trace_map) return co->trace_map;
    int n = (int)co->ninstrs;
    size_t bytes = sizeof(TraceMap) + (size_t)n * (sizeof(int) + 2);
    TraceMap *m = calloc(1, bytes);
    if (!m) return (TraceMap *)Err_NoMemory();
    m->line = (int *)(m + 1);
    m->start = (uint8_t *)(m->line + n);
    m->opcode = m->start + n;
    for (int i = 0; i < n; i++) m->line[i] = -1;
    long *targets = malloc(((size_t)n + 1) * sizeof(long));
    int ntargets = 0;
    if (!targets) {
        free(m);
        return (TraceMap *)Err_NoMemory();
    }
    CodeLineIter it;
    Code_LinesInit(&it, co);
    int s, e, line;
    while (Code_LinesNext(&it, &s, &e, &line))
        for (int i = s; i < e && i < n; i++) m->line[i] = line;
    /* the units of each instruction carry the line of its first one */
    int first_traceable = 0;
    bool seen_resume = false;
    int prev_line = -1;
    for (int i = 0; i < n;) {
        int start = i;
        uint32_t arg = 0;
        while (i < n - 1 && (co->instrs[i] & 0xff) == OP_EXTENDED_ARG) arg = (arg << 8) | (co->instrs[i++] >> 8);
        int op = co->instrs[i] & 0xff;
        arg = (arg << 8) | (co->instrs[i] >> 8);
        m->opcode[start] = (uint8_t)op;
        int next = i + 1 + Opcode_Caches[op];
        unsigned flags = Opcode_Flags[op];
        long target = flags & OPF_JUMP_FWD ? (long)next + arg : flags & OPF_JUMP_BACK ? (long)next - arg : -1;
        if (target >= 0) targets[ntargets++] = target;
        if (!seen_resume && op == OP_RESUME) {
            seen_resume = true;
            first_traceable = next;
            prev_line = -1;
        } else if (op == OP_END_FOR || op == OP_END_SEND || op == OP_END_ASYNC_FOR || op == OP_POP_ITER ||
                   op == OP_RESUME) {
            /* never a line of their own (FOR_ITER and SEND jump past the
             * END_*), nor do they end one */
        } else if (seen_resume && m->line[start] != prev_line) {
            if (m->line[start] >= 0) m->start[start] = 1;
            prev_line = m->line[start];
        }
        i = next;
    }
    m->first_traceable = first_traceable;
    CodeExcIter ex;
    CodeExcEntry entry;
    Code_ExcInit(&ex, co);
    while (Code_ExcNext(&ex, &entry)) mark(m, n, entry.target);
    for (int t = 0; t < ntargets; t++) {
        long i = targets[t];
        if (i >= 0 && i < n && m->opcode[i] != OP_END_FOR && m->opcode[i] != OP_END_SEND && m->opcode[i] != OP_POP_ITER)
            mark(m, n, i);
    }
    free(targets);
    co->trace_map = m;
    return m;
}

/* ---- calling the functions -------------------------------------------------- */

static Object *event_name(const char *what) {
    switch (what[0]) {
    case 'c':
        if (what[1] == 'a') return ID(call);
        if (what[2] == 'c') return ID(c_call);
        if (what[2] == 'r') return ID(c_return);
        return ID(c_exception);
    case 'l': return ID(line);
    case 'r': return ID(return);
    case 'e': return ID(exception);
    default: return ID(opcode);
    }
}

/* Calls fn(frame, event, arg) with events off; new reference or NULL. */
static Object *call_hook(Object *fn, Frame *f, const char *what, Object *arg) {
    Object *frame = FrameObj_Get(f);
    if (!frame) return NULL;
    Interp *in = g_interp;
    Object *args[3] = {frame, event_name(what), arg ? arg : OBJ_NONE};
    in->tracing++;
    INCREF(fn); /* the function may replace itself */
    Object *r = Obj_Call(fn, args, 3, NULL);
    DECREF(fn);
    in->tracing--;
    DECREF(frame);
    return r;
}

/* A trace function failed: tracing stops, as in CPython. */
static void trace_failed(Frame *f) {
    Trace_SetTrace(NULL);
    FrameObject *fo = (FrameObject *)f->frameobj;
    if (fo) CLEAR(fo->trace);
}

/* Calls the frame's local trace function (the global one for 'call'); what
 * it returns becomes the local one (None leaves it, except for 'call'). */
static int call_trace(Frame *f, const char *what, Object *arg) {
    Interp *in = g_interp;
    FrameObject *fo = (FrameObject *)f->frameobj;
    Object *fn = what[0] == 'c' ? in->trace_func : fo ? fo->trace : NULL;
    if (!fn) return 0;
    Object *r = call_hook(fn, f, what, arg);
    if (!r) {
        trace_failed(f);
        return -1;
    }
    fo = (FrameObject *)f->frameobj; /* call_hook made it */
    if (r != OBJ_NONE) {
        Object *old = fo->trace;
        fo->trace = r;
        XDECREF(old);
    } else {
        DECREF(r);
    }
    return 0;
}

static int call_profile(Frame *f, const char *what, Object *arg) {
    Interp *in = g_interp;
    if (!in->profile_func) return 0;
    Object *r = call_hook(in->profile_func, f, what, arg);
    if (!r) {
        Trace_SetProfile(NULL);
        return -1;
    }
    DECREF(r);
    return 0;
}

/* The code of a generator function before its generator exists (a frame
 * run up to RETURN_GENERATOR) has no events, as in CPython. */
static bool makes_generator(const Frame *f) {
    return !f->gen && (f->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR));
}

int Trace_FrameStart(Frame *f) {
    if (!Trace_Live() || makes_generator(f)) return 0;
    if (g_interp->trace_func) {
        if (call_trace(f, "call", NULL) < 0) return -1;
        FrameObject *fo = (FrameObject *)f->frameobj;
        if (fo) fo->trace_prev = -1;
    }
    if (g_interp->profile_func && call_profile(f, "call", NULL) < 0) return -1;
    return 0;
}

/* (JUMP_BACKWARD_NO_INTERRUPT, the loop of an await, has no line event) */
static bool is_backward_jump(int op) { return op == OP_JUMP_BACKWARD; }

int Trace_Instruction(Frame *f) {
    Interp *in = g_interp;
    FrameObject *fo = (FrameObject *)f->frameobj;
    if (!in->trace_func || in->tracing || !fo || !fo->trace) return 0;
    TraceMap *m = trace_map(f->code);
    if (!m) return -1;
    int cur = f->lasti, prev = fo->trace_prev;
    if (cur < m->first_traceable || cur >= f->code->ninstrs) return 0;
    /* CPython's FOR_ITER jumps past the END_FOR this loop runs */
    if (m->opcode[cur] == OP_END_FOR) return 0;
    fo->trace_prev = cur;
    int line = m->line[cur];
    bool fire = false;
    if (line >= 0 && fo->trace_lines) {
        /* (after a RESUME, even on the same line) */
        if (m->start[cur] && (prev < 0 || m->line[prev] != line || m->opcode[prev] == OP_RESUME)) fire = true;
        /* a loop on one line: its back edge is a new line event */
        else if (prev >= 0 && cur <= prev && is_backward_jump(m->opcode[prev]) && m->line[prev] == line) fire = true;
    }
    if (fire) {
        fo->trace_line = line;
        int r = call_trace(f, "line", NULL);
        fo = (FrameObject *)f->frameobj;
        if (fo) fo->trace_line = 0;
        if (r < 0) return -1;
    }
    fo = (FrameObject *)f->frameobj;
    if (fo && fo->trace && fo->trace_opcodes && in->trace_func) {
        if (call_trace(f, "opcode", NULL) < 0) return -1;
    }
    return 0;
}

int Trace_Return(Frame *f, Object *value) {
    if (!Trace_Live() || makes_generator(f)) return 0;
    Object *exc = value ? NULL : Err_Fetch();
    int r = 0;
    if (g_interp->trace_func && f->frameobj && ((FrameObject *)f->frameobj)->trace) {
        if (value) INCREF(value);
        r = call_trace(f, "return", value);
        if (value) DECREF(value);
    }
    if (r == 0 && g_interp->profile_func) r = call_profile(f, "return", value);
    if (exc) {
        if (r < 0) DECREF(exc);
        else Err_Restore(exc);
    }
    return r;
}

int Trace_Exception(Frame *f) {
    if (!Trace_Live() || !g_interp->trace_func || !f->frameobj || !((FrameObject *)f->frameobj)->trace) return 0;
    Object *exc = Err_Fetch();
    if (!exc) return 0;
    Object *tb = ((BaseExc *)exc)->traceback;
    Object *arg = Tuple_Pack(3, (Object *)TYPE(exc), exc, tb ? tb : OBJ_NONE);
    if (!arg) {
        DECREF(exc);
        return -1;
    }
    int r = call_trace(f, "exception", arg);
    DECREF(arg);
    if (r < 0) DECREF(exc);
    else Err_Restore(exc);
    return r;
}

int Trace_StopIteration(Frame *f, Object *value) {
    if (!Trace_Live() || !g_interp->trace_func || !f->frameobj || !((FrameObject *)f->frameobj)->trace) return 0;
    Object *exc = Exc_New(Exc_StopIteration, &value, value != OBJ_NONE);
    if (!exc) return -1;
    Object *arg = Tuple_Pack(3, (Object *)TYPE(exc), exc, OBJ_NONE);
    DECREF(exc);
    if (!arg) return -1;
    int r = call_trace(f, "exception", arg);
    DECREF(arg);
    return r;
}

int Trace_Send(Object *receiver, Object *value, Object **result) {
    int st;
    if (Gen_CheckAny(receiver)) {
        st = Gen_Send(receiver, value, NULL, result);
    } else {
        Object *r = value == OBJ_NONE && TYPE(receiver)->iternext ? TYPE(receiver)->iternext(receiver)
                                                                  : Obj_CallMethodC(receiver, "send", &value, 1);
        if (r) {
            *result = r;
            return 1;
        }
        if (!Err_Occurred()) { /* an iterator's end: nothing was raised */
            *result = NEWREF(OBJ_NONE);
            return 0;
        }
        if (!Err_Matches(Exc_StopIteration)) return -1;
        Object *e = Err_Fetch();
        Object *v = Exc_StopIterationValue(e);
        *result = NEWREF(v ? v : OBJ_NONE);
        DECREF(e);
        st = 0;
    }
    if (st == 0 && g_interp->frame && Trace_StopIteration(g_interp->frame, *result) < 0) {
        DECREF(*result);
        return -1;
    }
    return st;
}

/* What the profile's c_* events name: the built-in function, or a method
 * descriptor bound to the call's first argument; NULL (no events) for any
 * other callable. */
static Object *c_callable(Object *callable, Object *const *args, size_t nargs) {
    if (TYPE(callable) == &BuiltinFunction_Type) return NEWREF(callable);
    if (TYPE(callable) == &MethodDescr_Type && nargs > 0) {
        Type *t = TYPE(callable);
        if (t->descr_get) return t->descr_get(callable, args[0], TYPE(args[0]));
    }
    return NULL;
}

/* Runs the call (Obj_Call of callable with args, nargs and kwnames; or,
 * with tuple set, Obj_CallTupleDict of tuple and kwargs) between the
 * profile's c_* events. */
static Object *profile_c(Object *callable, Object *const *args, size_t nargs, Object *kwnames, Object *tuple,
                         Object *kwargs) {
    Interp *in = g_interp;
    Frame *f = in->frame;
    Object *c = NULL;
    if (in->profile_func && !in->tracing && f) {
        c = c_callable(callable, args, nargs);
        if (!c && Err_Occurred()) return NULL;
    }
    if (c && call_profile(f, "c_call", c) < 0) {
        DECREF(c);
        return NULL;
    }
    Object *r = tuple ? Obj_CallTupleDict(callable, tuple, kwargs) : Obj_Call(callable, args, nargs, kwnames);
    if (c && in->profile_func && !in->tracing) {
        if (r) {
            if (call_profile(f, "c_return", c) < 0) CLEAR(r);
        } else {
            Object *exc = Err_Fetch();
            if (call_profile(f, "c_exception", c) < 0) XDECREF(exc);
            else Err_Restore(exc);
        }
    }
    XDECREF(c);
    return r;
}

Object *Trace_CallC(Object *callable, Object *const *args, size_t nargs, Object *kwnames) {
    return profile_c(callable, args, nargs, kwnames, NULL, NULL);
}

Object *Trace_CallCTupleDict(Object *callable, Object *args, Object *kwargs) {
    return profile_c(callable, TUPLE_ITEMS(args), (size_t)TUPLE_LEN(args), NULL, args, kwargs);
}

Object *Trace_CallTracing(Object *func, Object *args) {
    Interp *in = g_interp;
    int saved = in->tracing;
    in->tracing = 0;
    Object *r = Obj_Call(func, TUPLE_ITEMS(args), (size_t)TUPLE_LEN(args), NULL);
    in->tracing = saved;
    return r;
}
