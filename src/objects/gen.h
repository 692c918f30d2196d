/* Generators, coroutines and async generators: objects owning a suspended
 * frame on the heap (no threads, no C stack switching). */
#ifndef CIPY_GEN_H
#define CIPY_GEN_H
#include "frame.h"
#include "object.h"
#include "runtime/interp.h"

struct Code;

enum { GEN_GENERATOR, GEN_COROUTINE, GEN_ASYNC_GENERATOR };

typedef struct Gen {
    Object ob;
    Frame *frame;    /* owned heap frame; NULL once finished */
    struct Code *code;      /* owned: gi_code, kept after the frame is gone */
    Object *name, *qualname;
    Object *exc_state;      /* the exception being handled inside, while suspended */
    uint8_t kind;
    bool running;
    bool started;
    bool hooks_inited;      /* async generators: the asyncgen hooks were looked at (first iteration) */
    bool closed;            /* async generators: aclose() started or the generator ended */
    bool running_async;     /* async generators: an asend/athrow awaitable is in progress (ag_running) */
    Object *weakreflist;
} Gen;

/* An async generator: a generator with the finalizer of
 * sys.set_asyncgen_hooks() its first iteration saw (owned, or NULL), kept
 * out of Gen so that generators and coroutines stay small. */
typedef struct AsyncGen {
    Gen gen;
    Object *finalizer;
} AsyncGen;

/* A coroutine: a generator with where it was made, when
 * sys.set_coroutine_origin_tracking_depth() asked for it (cr_origin: a
 * tuple of (filename, line, function name), innermost first; owned, or NULL). */
typedef struct Coro {
    Gen gen;
    Object *origin;
} Coro;

extern Type Gen_Type, Coro_Type, AsyncGen_Type, CoroWrapper_Type;
/* The awaitable and wrapper types behind async generators and anext()
 * (NULL-terminated). */
extern Type *const AsyncGen_HelperTypes[];

#define Gen_CheckAny(o) (!IS_SMALL(o) && (TYPE(o) == &Gen_Type || TYPE(o) == &Coro_Type))

/* RETURN_GENERATOR: a new generator for the frame f, which is moved off the
 * VM stack (sp and ip are the frame's live stack top and next instruction). */
Object *Gen_NewFromFrame(Frame *f, Object **sp, const uint16_t *ip);
/* Closes a suspended generator, or warns for a coroutine that never ran, as
 * it is about to be freed (its deallocator, or the cycle collector before it
 * clears garbage); once per object.  False when there was nothing to do. */
bool Gen_Finalize(Object *o);

/* The generator a call of func returns, made directly (func's code has a
 * gen_start, and nargs == its fast_nargs); takes new references to args.
 * NULL on error. */
Object *Gen_NewFromCall(Function *func, Object *const *args, int nargs);

/* Resumes gen with value (or, with exc non-NULL, by raising exc inside it;
 * exc is stolen).  Returns 1 with *result the yielded value, 0 with *result
 * the return value (the generator is finished), -1 on error. */
int Gen_Send(Object *gen, Object *value, Object *exc, Object **result);
/* Resuming a generator or coroutine inside the running eval loop (SEND and
 * FOR_ITER), without C recursion.  Gen_CanResumeInline: whether gen can be
 * resumed with value that way now; else use Gen_Send, which reports why not.
 * Gen_ResumeInline: marks gen running, pushes value (stolen) on its frame's
 * stack and returns the frame for the loop to continue in (NULL on error).
 * When that frame yields, the loop calls Gen_YieldedInline; when it returns
 * or raises (after its variables are released), Gen_FinishedInline, which
 * frees the frame. */
static inline bool Gen_CanResumeInline(Object *gobj, Object *value) {
    Gen *g = (Gen *)gobj;
    return g->frame && !g->running && (g->started || value == OBJ_NONE);
}

/* Grows the interpreter's stack of handled exceptions by one slot at least;
 * -1 (MemoryError) if out of memory. */
int Gen_GrowExcStack(void);

/* Marks g running and puts its handled-exception slot on top of the
 * interpreter's while it runs.  -1 (nothing changed) if out of memory.
 * A resumed generator's frame counts in the recursion depth; FOR_ITER and
 * SEND resume it inline without checking the limit, as CPython does, while
 * a resumption from C (next(), gen.send()) is checked. */
static inline int Gen_Begin(Gen *g) {
    Interp *in = g_interp;
    if (in->exc_depth == in->exc_cap && Gen_GrowExcStack() < 0) return -1;
    in->exc_stack[in->exc_depth++] = g->exc_state;
    g->exc_state = NULL;
    g->running = true;
    g->started = true;
    g->frame->yielded = false;
    in->recursion_depth++;
    return 0;
}

/* g's frame yielded: it is suspended again with its exception slot. */
static inline void Gen_Suspend(Gen *g) {
    g->running = false;
    g->exc_state = g_interp->exc_stack[--g_interp->exc_depth];
}

static inline Frame *Gen_ResumeInline(Object *gobj, Object *value) {
    Gen *g = (Gen *)gobj;
    if (Gen_Begin(g) < 0) {
        DECREF(value);
        return NULL;
    }
    Frame *f = g->frame;
    *f->sp++ = value;
    f->is_entry = false;
    return f;
}

static inline void Gen_YieldedInline(Object *gen) { Gen_Suspend((Gen *)gen); }
void Gen_FinishedInline(Object *gen, bool raised);
/* generator.send and coroutine.send (the eval loop recognises them to
 * resume the generator inline), and the StopIteration(value) they raise
 * when the generator returns value. */
Object *Gen_SendMethod(Object *self, Object *const *args, size_t nargs, Object *kwnames);
void Gen_SetStopIteration(Object *value);
/* send() for any iterator (SEND / yield from): generators directly, others
 * via __next__ / send.  Same results as Gen_Send. */
int Gen_SendAny(Object *receiver, Object *value, Object **result);
/* The awaitable behind `await x` (GET_AWAITABLE); oparg for error texts. */
Object *Gen_GetAwaitable(Object *o, int oparg);
/* Wraps a value yielded by an async generator (INTRINSIC_ASYNC_GEN_WRAP). */
Object *AsyncGen_WrapValue(Object *v);
/* anext(it, default): an awaitable running `awaitable` (what it.__anext__()
 * returned) whose end, StopAsyncIteration, becomes the result dflt. */
Object *AsyncGen_ANextAwaitable(Object *awaitable, Object *dflt);
#endif
