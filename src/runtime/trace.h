/* sys.settrace and sys.setprofile.  Frames run through the eval loop's
 * instrumented copy (eval_traced.c) while an interpreter has a trace or
 * profile function; the plain loop never looks at these (ARCHITECTURE.md,
 * "Tracing and profiling").  Every Trace_* function below returns -1 with an
 * exception set when the trace or profile function raised (which is removed
 * then, as CPython removes it), else 0. */
#ifndef CIPY_TRACE_H
#define CIPY_TRACE_H
#include "object.h"
#include "runtime/interp.h"

/* How the instrumented loop starts (Eval_Traced). */
enum { EVAL_START, EVAL_THROW, EVAL_CONTINUE, EVAL_ENTER, EVAL_THROW_LINKED };

/* The instrumented loop: f is new or resumed (EVAL_START; EVAL_THROW: with
 * the current exception raised in it), or the plain loop hands over f
 * (already linked as the running frame) at a safe point, in the middle of
 * it (EVAL_CONTINUE), just entered (EVAL_ENTER) or to throw into
 * (EVAL_THROW_LINKED). */
struct Frame;
Object *Eval_Traced(struct Frame *f, int how);

/* Whether the current interpreter has a trace or profile function. */
static inline bool Trace_Wanted(void) {
    return g_interp->trace_func || g_interp->profile_func;
}
/* Whether events are delivered now (not from inside a trace function). */
static inline bool Trace_Live(void) {
    return (g_interp->trace_func || g_interp->profile_func) && !g_interp->tracing;
}

/* sys.settrace / sys.setprofile: func (borrowed) or None. */
void Trace_SetTrace(Object *func);
void Trace_SetProfile(Object *func);
/* How many interpreters trace or profile: while any does, Signals_Pending
 * stays set, so the plain loop's safe points notice (signals.c). */
int Trace_ActiveCount(void);

/* A frame starts or a generator resumes: 'call'. */
int Trace_FrameStart(struct Frame *f);
/* The instruction at f->lasti is about to run in a frame with a local trace
 * function: 'line' and 'opcode'. */
int Trace_Instruction(struct Frame *f);
/* The frame returns or yields value (borrowed), or (value NULL) an
 * exception leaves it: 'return'.  The current exception is kept. */
int Trace_Return(struct Frame *f, Object *value);
/* The current exception was raised in f or came into it: 'exception'. */
int Trace_Exception(struct Frame *f);
/* A generator that f resumed (FOR_ITER, SEND) returned value (borrowed):
 * 'exception' with StopIteration(value), which is not raised. */
int Trace_StopIteration(struct Frame *f, Object *value);
/* Gen_SendAny for SEND, with the 'exception' event of the StopIteration
 * that ends the receiver. */
int Trace_Send(Object *receiver, Object *value, Object **result);
/* Obj_Call with the profile's 'c_call', 'c_return', 'c_exception' around
 * a call of a built-in function or method. */
Object *Trace_CallC(Object *callable, Object *const *args, size_t nargs, Object *kwnames);
/* The same for Obj_CallTupleDict (CALL_FUNCTION_EX). */
Object *Trace_CallCTupleDict(Object *callable, Object *args, Object *kwargs);
/* sys.call_tracing(func, args): func(*args) traced even from a trace function. */
Object *Trace_CallTracing(Object *func, Object *args);
/* The interpreter is being freed: its functions go. */
void Trace_Clear(Interp *in);
#endif
