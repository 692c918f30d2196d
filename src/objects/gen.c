/* Generators and coroutines.  A generator owns its frame on the heap; each
 * send() runs the frame in the eval loop until it yields, returns or raises. */
#include "objects/gen.h"
#include "abstract.h"
#include "eval.h"
#include "frame.h"
#include "modules/_warnings.h"
#include "objects/exc.h"
#include "objects/frameobj.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "opcodes.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *kind_noun(const Gen *g) {
    return g->kind == GEN_COROUTINE ? "coroutine" : g->kind == GEN_ASYNC_GENERATOR ? "async generator" : "generator";
}

/* cr_origin of a coroutine made now, called from the frame caller: up to
 * depth (filename, line, name) tuples of caller and the frames below it.
 * New reference, or NULL on error. */
static Object *coro_origin(Frame *caller, int depth) {
    int n = 0;
    for (Frame *f = caller; f && n < depth; f = f->prev) n++;
    Object *origin = Tuple_New(n);
    if (!origin) return NULL;
    Frame *f = caller;
    for (int i = 0; i < n; i++, f = f->prev) {
        Object *entry = Tuple_New(3);
        if (!entry) {
            DECREF(origin);
            return NULL;
        }
        TUPLE_ITEMS(origin)[i] = entry;
        TUPLE_ITEMS(entry)[0] = NEWREF(f->code->filename);
        TUPLE_ITEMS(entry)[1] = Int_FromI64(Code_Line(f->code, f->lasti));
        TUPLE_ITEMS(entry)[2] = NEWREF(f->code->name);
    }
    return origin;
}

/* A generator object (no frame yet) for code run by func (NULL: none),
 * called from the frame caller. */
/* A generator, coroutine or async generator object with its fields zero
 * (the three types are static and not subclassable). */
static Gen *gen_object_new(Type *t) {
    Gen *g = (Gen *)Obj_AllocStaticGC(t, t->basicsize);
    if (!g) return NULL;
    *g = (Gen){.ob = g->ob};
    if (t == &Coro_Type) ((Coro *)g)->origin = NULL;
    else if (t == &AsyncGen_Type) ((AsyncGen *)g)->finalizer = NULL;
    return g;
}

static Gen *gen_alloc(Code *co, Function *func, Frame *caller) {
    Type *t = (co->flags & CO_COROUTINE) ? &Coro_Type : (co->flags & CO_ASYNC_GENERATOR) ? &AsyncGen_Type : &Gen_Type;
    Gen *g = gen_object_new(t);
    if (!g) return NULL;
    int depth = g_interp->coro_origin_depth;
    if (t == &Coro_Type && depth > 0 && !(((Coro *)g)->origin = coro_origin(caller, depth))) {
        DECREF((Object *)g);
        return NULL;
    }
    g->kind = t == &Coro_Type ? GEN_COROUTINE : t == &AsyncGen_Type ? GEN_ASYNC_GENERATOR : GEN_GENERATOR;
    g->code = (Code *)NEWREF((Object *)co);
    if (func) {
        g->name = NEWREF(func->name);
        g->qualname = NEWREF(func->qualname);
    } else {
        g->name = NEWREF(co->name);
        g->qualname = NEWREF(co->qualname);
    }
    return g;
}

Object *Gen_NewFromCall(Function *func, Object *const *args, int nargs) {
    Gen *g = gen_alloc(func->code, func, g_interp->frame);
    if (!g) return NULL;
    g->frame = Frame_NewGenerator(func, args, nargs);
    if (!g->frame) {
        DECREF((Object *)g);
        return NULL;
    }
    g->frame->gen = (Object *)g;
    return (Object *)g;
}

Object *Gen_NewFromFrame(Frame *f, Object **sp, const uint16_t *ip) {
    Gen *g = gen_alloc(f->code, f->func, f->prev);
    if (!g) return NULL;
    g->frame = Frame_MoveToHeap(f, sp, ip, (Object *)g);
    if (!g->frame) {
        DECREF((Object *)g);
        return Err_NoMemory();
    }
    return (Object *)g;
}

static void gen_release_frame(Gen *g) {
    if (g->frame) {
        if (g->frame->code) Frame_ClearRefs(g->frame); /* (a frame that returned is clear) */
        Mem_Free(g->frame);
        g->frame = NULL;
    }
}

/* The object a suspended `yield from` / `await` is delegating to, or NULL. */
static Object *gen_yieldfrom(Gen *g) {
    Frame *f = g->frame;
    if (!f || !g->started || g->running) return NULL;
    /* suspended at a YIELD_VALUE 1 (without EXTENDED_ARG: the verifier then
     * made sure the receiver is on the stack below the yielded value) */
    uint16_t at = f->code->instrs[f->lasti];
    if ((at & 0xff) != OP_YIELD_VALUE || (at >> 8) != 1) return NULL;
    return f->sp[-1];
}

int Gen_GrowExcStack(void) {
    Interp *in = g_interp;
    size_t cap = in->exc_cap ? in->exc_cap * 2 : 8;
    Object **n = realloc(in->exc_stack, cap * sizeof *n);
    if (!n) {
        Err_NoMemory();
        return -1;
    }
    in->exc_stack = n;
    in->exc_cap = cap;
    return 0;
}

/* g's frame returned or raised (its variables are already released): the
 * generator is finished.  For a coroutine or async generator, a
 * StopIteration raised inside becomes RuntimeError. */
static void gen_finish(Gen *g, bool raised) {
    Gen_Suspend(g);
    CLEAR(g->exc_state);
    gen_release_frame(g);
    if (raised && g->kind != GEN_GENERATOR && Err_Matches(Exc_StopIteration)) {
        Object *e = Err_Fetch();
        Object *msg = Str_FromFormat("%s raised StopIteration", g->kind == GEN_COROUTINE ? "coroutine" : "async generator");
        Object *re = msg ? Exc_New(Exc_RuntimeError, &msg, 1) : NULL;
        XDECREF(msg);
        if (re) {
            Exc_SetCause(re, e);
            Exc_SetContext(re, NEWREF(e));
            Err_SetRaised(re);
        } else {
            DECREF(e);
        }
    }
}

int Gen_Send(Object *gobj, Object *value, Object *exc, Object **result) {
    Gen *g = (Gen *)gobj;
    *result = NULL;
    if (g->running) {
        XDECREF(exc);
        Err_Format(Exc_ValueError, "%s already executing", kind_noun(g));
        return -1;
    }
    if (!g->frame) {
        if (g->kind == GEN_COROUTINE) {
            /* close() of a finished coroutine never gets here */
            XDECREF(exc);
            Err_SetString(Exc_RuntimeError, "cannot reuse already awaited coroutine");
            return -1;
        }
        if (exc) {
            Err_Restore(exc);
            return -1;
        }
        *result = NEWREF(OBJ_NONE);
        return 0;
    }
    Frame *f = g->frame;
    if (!g->started && value && value != OBJ_NONE && !exc) {
        Err_Format(Exc_TypeError, "can't send non-None value to a just-started %s", kind_noun(g));
        return -1;
    }
    /* resumed from C: one more level of C recursion, as any entry into the
     * eval loop (a chain of generators over map objects), and checked
     * against the recursion limit (FOR_ITER and SEND resume inline, unchecked) */
    if (Recursion_Enter("") < 0) {
        XDECREF(exc);
        return -1;
    }
    if (g_interp->recursion_depth >= g_interp->recursion_limit) {
        Recursion_Leave();
        XDECREF(exc);
        Err_SetString(Exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    if (Gen_Begin(g) < 0) {
        Recursion_Leave();
        XDECREF(exc);
        return -1;
    }
    /* the frame is suspended with the sent value's slot empty: a throw fills
     * it with None, so the handler finds the stack depth the bytecode
     * expects (CLEANUP_THROW pops sub-iterator, last sent value, exception) */
    *f->sp++ = NEWREF(value && !exc ? value : OBJ_NONE);
    f->is_entry = true;
    if (exc) Err_Restore(exc);
    Object *r = Eval_ResumeFrame(f, exc != NULL);
    Recursion_Leave();
    if (r && f->yielded) {
        Gen_Suspend(g);
        *result = r;
        return 1;
    }
    gen_finish(g, !r);
    if (!r) return -1;
    *result = r;
    return 0;
}

void Gen_FinishedInline(Object *gen, bool raised) { gen_finish((Gen *)gen, raised); }

/* Raises StopIteration(value) the way a generator's return does. */
void Gen_SetStopIteration(Object *value) {
    if (value == OBJ_NONE) {
        Err_SetObject(Exc_StopIteration, NULL);
        return;
    }
    Object *e = Exc_New(Exc_StopIteration, &value, 1);
    if (e) Err_SetRaised(e);
}

int Gen_SendAny(Object *receiver, Object *value, Object **result) {
    if (Gen_CheckAny(receiver)) return Gen_Send(receiver, value, NULL, result);
    Object *r;
    if (value == OBJ_NONE && TYPE(receiver)->iternext)
        r = TYPE(receiver)->iternext(receiver);
    else
        r = Obj_CallMethodC(receiver, "send", &value, 1);
    if (r) {
        *result = r;
        return 1;
    }
    if (!Err_Occurred()) {
        *result = NEWREF(OBJ_NONE);
        return 0;
    }
    if (Err_Matches(Exc_StopIteration)) {
        Object *e = Err_Fetch();
        Object *v = Exc_StopIterationValue(e);
        *result = NEWREF(v ? v : OBJ_NONE);
        DECREF(e);
        return 0;
    }
    return -1;
}

/* ---- methods ------------------------------------------------------------- */

/* A Gen_Send outcome as send()/throw() report it: the yielded value, or NULL
 * with the error, or with StopIteration(value) for a return (an async
 * generator's end is StopAsyncIteration). */
static Object *gen_result(Gen *g, int st, Object *r) {
    if (st == 1) return r;
    if (st == 0) {
        if (g->kind == GEN_ASYNC_GENERATOR) Err_SetObject(Exc_StopAsyncIteration, NULL);
        else Gen_SetStopIteration(r);
        DECREF(r);
    }
    return NULL;
}

static Object *gen_send_impl(Object *self, Object *value) {
    Object *r;
    int st = Gen_Send(self, value, NULL, &r);
    return gen_result((Gen *)self, st, r);
}

Object *Gen_SendMethod(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return gen_send_impl(self, args[0]);
}

static Object *gen_iternext(Object *self) {
    Object *r;
    int st = Gen_Send(self, OBJ_NONE, NULL, &r);
    if (st == 1) return r;
    if (st == 0) {
        if (r != OBJ_NONE) Gen_SetStopIteration(r);
        DECREF(r);
    }
    return NULL;
}

/* Builds the exception for throw(type[, value[, tb]]); new reference. */
static Object *make_thrown(Object *typ, Object *val, Object *tb) {
    Object *exc;
    if (Type_Check(typ) && (((Type *)typ)->flags & TPFLAG_EXC_SUBCLASS)) {
        if (val && Exc_Check(val) && Type_IsSubtype(TYPE(val), (Type *)typ)) {
            exc = NEWREF(val);
        } else if (!val || val == OBJ_NONE) {
            exc = Obj_CallNoArgs(typ);
        } else if (Tuple_Check(val)) {
            exc = Obj_CallTupleDict(typ, val, NULL);
        } else {
            exc = Obj_CallOneArg(typ, val);
        }
        /* as in CPython, a failed construction is what the generator gets */
        if (!exc) return Err_Fetch();
        if (!Exc_Check(exc)) {
            Err_Format(Exc_TypeError, "calling %R should have returned an instance of BaseException, not %s", typ,
                       TYPE_NAME(exc));
            DECREF(exc);
            return Err_Fetch();
        }
    } else if (Exc_Check(typ)) {
        if (val && val != OBJ_NONE) {
            Err_SetString(Exc_TypeError, "instance exception may not have a separate value");
            return NULL;
        }
        exc = NEWREF(typ);
    } else {
        Err_Format(Exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                   TYPE_NAME(typ));
        return NULL;
    }
    if (tb && tb != OBJ_NONE) {
        if (TYPE(tb) != &Traceback_Type) {
            DECREF(exc);
            Err_SetString(Exc_TypeError, "throw() third argument must be a traceback object");
            return NULL;
        }
        SETREF(EXC_TRACEBACK(exc), NEWREF(tb));
    }
    return exc;
}

/* ---- throw() and close() through chains of delegation ------------------------
 * A generator suspended in `yield from` / `await` on another generator
 * passes throw() and close() down to it first, and that one to its own
 * delegate, and so on: a chain can be as long as the program made it.  The
 * chain is walked down into an array, each generator marked running while
 * those below it work, and unwound in a loop, so its length costs no C
 * stack.  Each generator in the array is held (a new reference). */

typedef struct GenChain {
    Gen **items;
    size_t len, cap;
    Gen *small[8];
} GenChain;

static void chain_init(GenChain *c) {
    c->items = c->small;
    c->len = 0;
    c->cap = sizeof c->small / sizeof *c->small;
}

static int chain_push(GenChain *c, Gen *g) {
    if (c->len == c->cap) {
        size_t cap = c->cap * 2;
        Gen **n = c->items == c->small ? malloc(cap * sizeof *n) : realloc(c->items, cap * sizeof *n);
        if (!n) {
            Err_NoMemory();
            return -1;
        }
        if (c->items == c->small) memcpy(n, c->small, sizeof c->small);
        c->items = n;
        c->cap = cap;
    }
    c->items[c->len++] = (Gen *)NEWREF((Object *)g);
    return 0;
}

static void chain_free(GenChain *c) {
    if (c->items != c->small) free(c->items);
}

/* Raises exc (stolen; NULL: the error set, as a SystemError if there is
 * none) inside g where it is suspended; the result as throw() reports it. */
static Object *throw_here(Gen *g, Object *exc) {
    if (!exc) {
        exc = Err_Fetch();
        if (!exc) {
            Err_BadInternalCall("throw_here");
            exc = Err_Fetch();
        }
    }
    Object *r;
    int st = Gen_Send((Object *)g, NULL, exc, &r);
    return gen_result(g, st, r);
}

/* What close() returns once GeneratorExit was thrown into g with result r. */
static Object *close_result(Gen *g, Object *r) {
    if (r) {
        DECREF(r);
        Err_Format(Exc_RuntimeError, "%s ignored GeneratorExit", kind_noun(g));
        return NULL;
    }
    if (Err_Matches(Exc_StopIteration)) {
        Object *e = Err_Fetch();
        Object *v = Exc_StopIterationValue(e);
        Object *ret = NEWREF(v ? v : OBJ_NONE);
        DECREF(e);
        return ret;
    }
    /* an async generator that returns leaves StopAsyncIteration, an error
     * here as in CPython */
    if (Err_Matches(Exc_GeneratorExit)) {
        Err_Clear();
        return NEWREF(OBJ_NONE);
    }
    return NULL;
}

/* The end of closing g (started, with a frame), whose delegate was closed
 * with result inner (owned; NULL: the error set): GeneratorExit, or that
 * error, is raised inside g.  Returns what close() returns. */
static Object *close_level(Gen *g, Object *inner) {
    Object *exc = NULL;
    if (inner) {
        DECREF(inner);
        exc = Exc_New(Exc_GeneratorExit, NULL, 0);
        if (!exc) return NULL;
    }
    return close_result(g, throw_here(g, exc));
}

/* Closes a delegate that is not a generator, by its close method if it
 * has one, with g (its delegator) marked running meanwhile. */
static Object *close_other(Gen *g, Object *yf) {
    INCREF(yf);
    g->running = true;
    Object *close, *r = NULL;
    int found = Obj_LookupAttr(yf, ID(close), &close);
    if (found > 0) {
        r = Obj_CallNoArgs(close);
        DECREF(close);
    } else if (found == 0) {
        r = NEWREF(OBJ_NONE);
    }
    g->running = false;
    DECREF(yf);
    return r;
}

/* Closes what g delegates to, innermost generator first: the first step of
 * closing g, or of throwing GeneratorExit into it.  Returns the delegate's
 * close() result (None without one), or NULL with its error. */
static Object *close_delegate(Gen *g) {
    Object *yf = gen_yieldfrom(g);
    if (!yf) return NEWREF(OBJ_NONE);
    if (!Gen_CheckAny(yf)) return close_other(g, yf);
    /* chain: g and the generators below it whose delegate, a generator, is
     * being closed (each marked running); result: what closing the one
     * below the last of them gave */
    GenChain chain;
    chain_init(&chain);
    Gen *above = g;
    Object *result;
    for (;;) {
        Gen *sub = (Gen *)yf;
        if (chain_push(&chain, above) < 0) {
            result = NULL;
            break;
        }
        above->running = true;
        if (!sub->frame) {
            result = NEWREF(OBJ_NONE);
            break;
        }
        if (!sub->started) {
            gen_release_frame(sub);
            result = NEWREF(OBJ_NONE);
            break;
        }
        yf = gen_yieldfrom(sub);
        if (yf && Gen_CheckAny(yf)) {
            above = sub;
            continue;
        }
        INCREF((Object *)sub);
        result = close_level(sub, yf ? close_other(sub, yf) : NEWREF(OBJ_NONE));
        DECREF((Object *)sub);
        break;
    }
    for (size_t i = chain.len; i-- > 0;) {
        Gen *level = chain.items[i];
        level->running = false;
        if (i > 0) result = close_level(level, result);
        DECREF((Object *)level);
    }
    chain_free(&chain);
    return result;
}

/* throw() with delegation to a `yield from` / `await` subiterator, however
 * deep.  A GeneratorExit closes the subiterator and is then raised here,
 * unless close_on_genexit is false (an async generator's athrow/aclose
 * awaitables throw it into the subiterator instead).  Any other exception
 * goes down to the innermost delegate; what it yields comes back up, and
 * what it raises is raised in each generator above it in turn.  exc is
 * stolen. */
static Object *gen_throw_exc(Gen *g, Object *exc, bool close_on_genexit) {
    if (close_on_genexit && Type_IsSubtype(TYPE(exc), Exc_GeneratorExit)) {
        Object *cr = close_delegate(g);
        if (!cr) {
            DECREF(exc);
            exc = NULL; /* the delegate's error is raised instead */
        } else {
            DECREF(cr);
        }
        return throw_here(g, exc);
    }
    GenChain chain; /* the generators delegating to the next one, marked running */
    chain_init(&chain);
    Gen *cur = g;
    Object *res = NULL;
    for (;;) {
        Object *yf = gen_yieldfrom(cur);
        if (!yf) break;
        if (Gen_CheckAny(yf)) {
            if (chain_push(&chain, cur) < 0) {
                DECREF(exc);
                exc = NULL; /* the MemoryError is raised in cur instead */
                break;
            }
            cur->running = true;
            cur = (Gen *)yf;
            continue;
        }
        /* a delegate that is not a generator: its throw method, if any */
        INCREF(yf);
        cur->running = true;
        Object *meth;
        int found = Obj_LookupAttr(yf, ID(throw), &meth);
        if (found > 0) {
            res = Obj_CallOneArg(meth, exc);
            DECREF(meth);
            DECREF(exc);
            exc = NULL; /* if it failed, its error is raised in cur */
        } else if (found < 0) {
            DECREF(exc);
            exc = NULL;
        }
        cur->running = false;
        DECREF(yf);
        break;
    }
    if (!res) {
        INCREF((Object *)cur);
        res = throw_here(cur, exc);
        DECREF((Object *)cur);
    }
    for (size_t i = chain.len; i-- > 0;) {
        Gen *level = chain.items[i];
        level->running = false;
        if (!res) res = throw_here(level, NULL); /* what the one below raised */
        DECREF((Object *)level);
    }
    chain_free(&chain);
    return res;
}

/* throw(type[, value[, tb]]) once keywords are ruled out. */
/* throw()'s arguments; the awaitables of asend() and athrow() check them only
 * once they know they can run, so their methods take *args */
static ArgSpec throw_args = {.sig = "(typ, val=None, tb=None, /)"};

static Object *gen_throw_positional(Gen *g, Object *const *args, size_t nargs, bool close_on_genexit) {
    Object *given[3];
    if (Arg_Unpack(&throw_args, "throw", args, nargs, NULL, given) < 0) return NULL;
    if (nargs > 1 && Warn_Emit(Exc_DeprecationWarning,
                               "the (type, exc, tb) signature of throw() is deprecated, use the single-arg "
                               "signature instead.",
                               1) < 0)
        return NULL;
    Object *exc = make_thrown(given[0], given[1], given[2]);
    if (!exc) return NULL;
    return gen_throw_exc(g, exc, close_on_genexit);
}

static Object *gen_throw(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return gen_throw_positional((Gen *)self, args, nargs, true);
}

static Object *gen_close_impl(Object *self) {
    Gen *g = (Gen *)self;
    if (!g->frame) return NEWREF(OBJ_NONE);
    if (!g->started) {
        gen_release_frame(g);
        return NEWREF(OBJ_NONE);
    }
    return close_level(g, close_delegate(g));
}

static Object *gen_close(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return gen_close_impl(self);
}

static Object *gen_iter(Object *self) { return NEWREF(self); }

static Object *gen_repr(Object *self) {
    Gen *g = (Gen *)self;
    return Str_FromFormat("<%s object %U at %p>", TYPE_NAME(self), g->qualname, (void *)self);
}

static Object *gen_get_name(Object *o) { return NEWREF(((Gen *)o)->name); }
static Object *gen_get_qualname(Object *o) { return NEWREF(((Gen *)o)->qualname); }
static int gen_set_name(Object *o, Object *v) {
    if (!v || !Str_Check(v)) {
        Err_SetString(Exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    SETREF(((Gen *)o)->name, NEWREF(v));
    return 0;
}
static int gen_set_qualname(Object *o, Object *v) {
    if (!v || !Str_Check(v)) {
        Err_SetString(Exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    SETREF(((Gen *)o)->qualname, NEWREF(v));
    return 0;
}
static Object *gen_get_running(Object *o) { return NEWREF(Bool_From(((Gen *)o)->running)); }
static Object *gen_get_suspended(Object *o) {
    Gen *g = (Gen *)o;
    return NEWREF(Bool_From(g->frame && g->started && !g->running));
}
static Object *gen_get_code(Object *o) { return NEWREF((Object *)((Gen *)o)->code); }
static Object *gen_get_frame(Object *o) {
    Gen *g = (Gen *)o;
    if (!g->frame) return NEWREF(OBJ_NONE);
    return FrameObj_Get(g->frame);
}
static Object *gen_get_yieldfrom(Object *o) {
    Object *yf = gen_yieldfrom((Gen *)o);
    return NEWREF(yf ? yf : OBJ_NONE);
}

/* What a generator does before it is freed, once (PEP 442: also when the
 * cycle collector finds it in garbage, before anything is cleared): a
 * suspended one is closed, so its finally blocks run; a coroutine that never
 * ran warns that it was never awaited.  What either raises can only be
 * reported.  False when there was nothing to do. */
bool Gen_Finalize(Object *o) {
    if (IS_SMALL(o) || (TYPE(o) != &Gen_Type && TYPE(o) != &Coro_Type && TYPE(o) != &AsyncGen_Type)) return false;
    Gen *g = (Gen *)o;
    bool unawaited = g->kind == GEN_COROUTINE && !g->started;
    if (!g->frame || GC_HEAD(o)->finalized) return false;
    Object *finalizer = g->kind == GEN_ASYNC_GENERATOR ? ((AsyncGen *)g)->finalizer : NULL;
    if (finalizer && !g->closed) {
        /* an async generator that did not finish goes to the finalizer of
         * sys.set_asyncgen_hooks() instead (it may close it, later) */
        GC_HEAD(o)->finalized = true;
        Object *saved = Err_Fetch();
        Object *r = Obj_Call(finalizer, &o, 1, NULL);
        if (r) DECREF(r);
        else Err_WriteUnraisable("in", o);
        Err_Restore(saved);
        return true;
    }
    if (!g->started && !unawaited) return false;
    GC_HEAD(o)->finalized = true;
    Object *saved = Err_Fetch();
    if (unawaited) {
        if (Warn_Unawaited(o) < 0) Err_WriteUnraisable("while finalizing coroutine", o);
    } else {
        Object *r = gen_close_impl(o);
        if (r) DECREF(r);
        else if (Err_Occurred()) Err_WriteUnraisable("while closing generator", o);
    }
    Err_Restore(saved);
    return true;
}

static void gen_dealloc(Object *o) {
    Weak_ClearBuiltin(o); /* before the generator finalizes, as CPython */
    Gen *g = (Gen *)o;
    if (g->frame) { /* (one that finished has nothing to finalize) */
        o->refcnt = 1; /* alive while it finalizes */
        Gen_Finalize(o);
        if (--o->refcnt > 0) { /* resurrected: o lives on */
            Gc_Track(o);
            return;
        }
    }
    Gc_UntrackInline(o);
    gen_release_frame(g);
    if (TYPE(o) == &Coro_Type) CLEAR(((Coro *)o)->origin);
    CLEAR(g->code);
    CLEAR(g->name);
    CLEAR(g->qualname);
    CLEAR(g->exc_state);
    Obj_Free(o);
}

static int gen_traverse(Object *o, VisitFn visit, void *arg) {
    Gen *g = (Gen *)o;
    if (g->exc_state && visit(g->exc_state, arg)) return 1;
    Frame *f = g->frame;
    if (!f || !f->code) return 0;
    Object **base = FRAME_STACK_BASE(f);
    for (Object **p = f->localsplus; p < base; p++)
        if (*p && visit(*p, arg)) return 1;
    for (Object **p = base; p < f->sp; p++)
        if (*p && visit(*p, arg)) return 1;
    if (f->locals && visit(f->locals, arg)) return 1;
    if (f->frameobj && visit(f->frameobj, arg)) return 1;
    /* a function's frame holds only the function (code and globals are its) */
    if (f->func) return visit((Object *)f->func, arg);
    return visit(f->globals, arg) || visit((Object *)f->code, arg);
}

static int gen_clear(Object *o) {
    Gen *g = (Gen *)o;
    if (!g->running) gen_release_frame(g);
    CLEAR(g->exc_state);
    return 0;
}

static const MethodDef gen_methods[] = {
    {"send", Gen_SendMethod, 0, ARGS("($self, object, /)", "send(value) -> send 'value' into generator,")},
    {"throw", gen_throw, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)", "throw(value)")},
    {"close", gen_close, 0, ARGS("($self, /)", "close() -> raise GeneratorExit inside generator.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef gen_getset[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"gi_running", gen_get_running, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type Gen_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "generator",
    .basicsize = sizeof(Gen),
    .flags = TPFLAG_GC | TPFLAG_WEAKREF,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .methods = gen_methods,
    .getset = gen_getset,
};

/* ---- coroutines ------------------------------------------------------------ */

typedef struct CoroWrapper {
    Object ob;
    Object *coro;
} CoroWrapper;

static Object *coro_await(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CoroWrapper *w = (CoroWrapper *)Obj_Alloc(&CoroWrapper_Type, sizeof(CoroWrapper));
    if (!w) return NULL;
    w->coro = NEWREF(self);
    return (Object *)w;
}

static Object *coro_get_running(Object *o) { return gen_get_running(o); }
static Object *coro_get_await(Object *o) { return gen_get_yieldfrom(o); }
static Object *coro_get_origin(Object *o) {
    Object *origin = ((Coro *)o)->origin;
    return NEWREF(origin ? origin : OBJ_NONE);
}

static const MethodDef coro_methods[] = {
    {"send", Gen_SendMethod, 0, ARGS("($self, object, /)", "send(arg) -> send 'arg' into coroutine,")},
    {"throw", gen_throw, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)", "throw(value)")},
    {"close", gen_close, 0, ARGS("($self, /)", "close() -> raise GeneratorExit inside coroutine.")},
    {"__await__", coro_await, 0,
     ARGS_F(ARG_WRAPPER_STYLE, "($self, /)", "Return an iterator to be used in await expression.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef coro_getset[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"cr_running", coro_get_running, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL},
    {"cr_code", gen_get_code, NULL, NULL},
    {"cr_frame", gen_get_frame, NULL, NULL},
    {"cr_await", coro_get_await, NULL, NULL},
    {"cr_origin", coro_get_origin, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type Coro_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "coroutine",
    .basicsize = sizeof(Coro),
    .flags = TPFLAG_GC | TPFLAG_WEAKREF,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .methods = coro_methods,
    .getset = coro_getset,
};

static void corowrapper_dealloc(Object *o) {
    Gc_Untrack(o);
    CLEAR(((CoroWrapper *)o)->coro);
    Obj_Free(o);
}
static int corowrapper_traverse(Object *o, VisitFn visit, void *arg) {
    return visit(((CoroWrapper *)o)->coro, arg);
}
static Object *corowrapper_iternext(Object *o) { return gen_iternext(((CoroWrapper *)o)->coro); }
static Object *corowrapper_send(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    return gen_send_impl(((CoroWrapper *)o)->coro, args[0]);
}
static Object *corowrapper_throw(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    return gen_throw_positional((Gen *)((CoroWrapper *)o)->coro, args, nargs, true);
}
static Object *corowrapper_close(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    return gen_close_impl(((CoroWrapper *)o)->coro);
}

static const MethodDef corowrapper_methods[] = {
    {"send", corowrapper_send, 0, ARGS("($self, object, /)", "send(arg) -> send 'arg' into coroutine,")},
    {"throw", corowrapper_throw, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)", "throw(value)")},
    {"close", corowrapper_close, 0, ARGS("($self, /)", "close() -> raise GeneratorExit inside coroutine.")},
    {NULL, NULL, 0, NULL},
};

Type CoroWrapper_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapper),
    .flags = TPFLAG_GC,
    .dealloc = corowrapper_dealloc,
    .iter = gen_iter,
    .iternext = corowrapper_iternext,
    .traverse = corowrapper_traverse,
    .methods = corowrapper_methods,
};

Object *Gen_GetAwaitable(Object *o, int oparg) {
    if (TYPE(o) == &Coro_Type) {
        if (gen_yieldfrom((Gen *)o)) {
            Err_SetString(Exc_RuntimeError, "coroutine is being awaited already");
            return NULL;
        }
        return NEWREF(o);
    }
    if (TYPE(o) == &Gen_Type && ((Gen *)o)->frame && (((Gen *)o)->frame->code->flags & CO_ITERABLE_COROUTINE))
        return NEWREF(o);
    Object *await = Type_Specials(TYPE(o))->special_await;
    if (!await) {
        if (oparg == 1)
            Err_Format(Exc_TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s",
                       TYPE_NAME(o));
        else if (oparg == 2)
            Err_Format(Exc_TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s",
                       TYPE_NAME(o));
        else
            Err_Format(Exc_TypeError, "'%s' object can't be awaited", TYPE_NAME(o));
        return NULL;
    }
    /* the method on the type, as the slot CPython calls finds it */
    Object *it;
    INCREF(await);
    Code *aco = TYPE(await) == &Function_Type ? ((Function *)await)->code : NULL;
    if (aco && aco->gen_start && aco->fast_nargs == 1 && g_interp->recursion_depth < g_interp->recursion_limit) {
        it = Gen_NewFromCall((Function *)await, &o, 1); /* the common `def __await__(self): ... yield` */
    } else if (aco) {
        it = Obj_Call(await, &o, 1, NULL);
    } else {
        Object *bound = TYPE(await)->descr_get ? TYPE(await)->descr_get(await, o, TYPE(o)) : NEWREF(await);
        it = bound ? Obj_CallNoArgs(bound) : NULL;
        XDECREF(bound);
    }
    DECREF(await);
    if (!it) return NULL;
    if (TYPE(it) == &Coro_Type || !TYPE(it)->iternext) {
        Err_Format(Exc_TypeError, "__await__() returned %s", TYPE(it) == &Coro_Type ? "a coroutine" : "non-iterator of type");
        if (TYPE(it) != &Coro_Type) {
            Err_Clear();
            Err_Format(Exc_TypeError, "__await__() returned non-iterator of type '%s'", TYPE_NAME(it));
        }
        DECREF(it);
        return NULL;
    }
    return it;
}

/* ---- async generators ------------------------------------------------------ */

/* A value produced by `yield` in an async generator, as opposed to a value an
 * inner `await` passes through to the event loop. */
typedef struct WrappedValue {
    Object ob;
    Object *value;
} WrappedValue;

static void wrapped_dealloc(Object *o) {
    CLEAR(((WrappedValue *)o)->value);
    Obj_Free(o);
}

static Type AsyncGenWrappedValue_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(WrappedValue),
    .dealloc = wrapped_dealloc,
};

Object *AsyncGen_WrapValue(Object *v) {
    WrappedValue *w = (WrappedValue *)Obj_Alloc(&AsyncGenWrappedValue_Type, sizeof(WrappedValue));
    if (!w) return NULL;
    w->value = NEWREF(v);
    return (Object *)w;
}

/* The awaitables behind async generators: __anext__() and asend(v) make an
 * async_generator_asend, athrow(...) and aclose() an async_generator_athrow.
 * Each drives the generator through one step, with CPython 3.14's states:
 * INIT until first used, ITER while the step runs (the generator's
 * ag_running is set meanwhile, so no second step can start), CLOSED once the
 * step ended. */
enum { AWAIT_INIT, AWAIT_ITER, AWAIT_CLOSED };
enum { MODE_SEND, MODE_THROW, MODE_CLOSE };

typedef struct AsyncGenAwait {
    Object ob;
    Gen *gen;       /* owned */
    Object *arg;    /* owned or NULL. SEND: the first value to send (NULL: None);
                     * THROW: the tuple of athrow()'s arguments, checked when it starts */
    int state, mode;
} AsyncGenAwait;

static Type AsyncGenASend_Type, AsyncGenAThrow_Type;

static Object *agen_await_new(Gen *g, int mode, Object *arg) {
    Type *t = mode == MODE_SEND ? &AsyncGenASend_Type : &AsyncGenAThrow_Type;
    AsyncGenAwait *a = (AsyncGenAwait *)Obj_Alloc(t, sizeof(AsyncGenAwait));
    if (!a) return NULL;
    a->gen = (Gen *)NEWREF((Object *)g);
    a->arg = XNEWREF(arg);
    a->mode = mode;
    return (Object *)a;
}

static void agen_await_dealloc(Object *o) {
    AsyncGenAwait *a = (AsyncGenAwait *)o;
    Gc_Untrack(o);
    CLEAR(a->gen);
    CLEAR(a->arg);
    Obj_Free(o);
}

static int agen_await_traverse(Object *o, VisitFn visit, void *arg) {
    AsyncGenAwait *a = (AsyncGenAwait *)o;
    return visit((Object *)a->gen, arg) || (a->arg && visit(a->arg, arg));
}

static bool is_wrapped(Object *r) { return r && TYPE(r) == &AsyncGenWrappedValue_Type; }

/* A step's outcome (r stolen; NULL: an error is set, or none for the end):
 * a value the generator yielded ends the step with StopIteration(value), a
 * plain one passes an inner await's value through, the generator's end is
 * StopAsyncIteration.  ag_running drops once the step is over. */
static Object *agen_unwrap(Gen *g, Object *r) {
    if (!r) {
        if (!Err_Occurred()) Err_SetObject(Exc_StopAsyncIteration, NULL);
        if (Err_Matches(Exc_StopAsyncIteration) || Err_Matches(Exc_GeneratorExit)) g->closed = true;
        g->running_async = false;
        return NULL;
    }
    if (is_wrapped(r)) {
        Gen_SetStopIteration(((WrappedValue *)r)->value);
        DECREF(r);
        g->running_async = false;
        return NULL;
    }
    return r;
}

static Object *reuse_error(AsyncGenAwait *a) {
    Err_SetString(Exc_RuntimeError, a->mode == MODE_SEND ? "cannot reuse already awaited __anext__()/asend()"
                                                         : "cannot reuse already awaited aclose()/athrow()");
    return NULL;
}

/* The first use of an awaitable while another step of the generator runs. */
static Object *running_error(AsyncGenAwait *a) {
    a->state = AWAIT_CLOSED;
    Err_Format(Exc_RuntimeError, "%s(): asynchronous generator is already running",
               a->mode == MODE_SEND ? "anext" : a->mode == MODE_CLOSE ? "aclose" : "athrow");
    return NULL;
}

/* -- asend: __anext__() / asend(v) -- */

static Object *asend_send_impl(AsyncGenAwait *a, Object *v) {
    Gen *g = a->gen;
    if (a->state == AWAIT_CLOSED) return reuse_error(a);
    if (a->state == AWAIT_INIT) {
        if (g->running_async) return running_error(a);
        if (!v || v == OBJ_NONE) v = a->arg ? a->arg : OBJ_NONE;
        a->state = AWAIT_ITER;
    }
    g->running_async = true;
    Object *r = agen_unwrap(g, gen_send_impl((Object *)g, v ? v : OBJ_NONE));
    if (!r) a->state = AWAIT_CLOSED;
    return r;
}

static Object *asend_throw_impl(AsyncGenAwait *a, Object *const *args, size_t nargs) {
    Gen *g = a->gen;
    if (a->state == AWAIT_CLOSED) return reuse_error(a);
    if (a->state == AWAIT_INIT) {
        if (g->running_async) return running_error(a);
        a->state = AWAIT_ITER;
    }
    g->running_async = true;
    Object *r = agen_unwrap(g, gen_throw_positional(g, args, nargs, true));
    if (!r) a->state = AWAIT_CLOSED;
    return r;
}

/* -- athrow: athrow(...) / aclose() -- */

/* The step raised: it is over.  aclose() reports the generator's end as
 * StopIteration. */
static Object *athrow_failed(AsyncGenAwait *a) {
    a->gen->running_async = false;
    a->state = AWAIT_CLOSED;
    if (a->mode == MODE_CLOSE && (Err_Matches(Exc_StopAsyncIteration) || Err_Matches(Exc_GeneratorExit))) {
        Err_Clear();
        Err_SetObject(Exc_StopIteration, NULL);
    }
    return NULL;
}

/* aclose() found the generator yielding a value instead of finishing. */
static Object *athrow_ignored_exit(AsyncGenAwait *a, Object *r) {
    DECREF(r);
    a->gen->running_async = false;
    a->state = AWAIT_CLOSED;
    Err_SetString(Exc_RuntimeError, "async generator ignored GeneratorExit");
    return NULL;
}

/* What athrow() was given, checked only when the awaitable starts */
static ArgSpec athrow_args = {.sig = "(typ, val=None, tb=None, /)"};

static Object *athrow_send_impl(AsyncGenAwait *a, Object *v) {
    Gen *g = a->gen;
    if (a->state == AWAIT_CLOSED) return reuse_error(a);
    if (!g->frame) {
        a->state = AWAIT_CLOSED;
        Err_SetObject(Exc_StopIteration, NULL);
        return NULL;
    }
    Object *r;
    if (a->state == AWAIT_INIT) {
        if (g->running_async) return running_error(a);
        if (g->closed) {
            a->state = AWAIT_CLOSED;
            Err_SetObject(Exc_StopAsyncIteration, NULL);
            return NULL;
        }
        if (v != OBJ_NONE) {
            Err_SetString(Exc_RuntimeError, "can't send non-None value to a just-started coroutine");
            return NULL;
        }
        a->state = AWAIT_ITER;
        g->running_async = true;
        if (a->mode == MODE_CLOSE) {
            g->closed = true;
            Object *e = Exc_New(Exc_GeneratorExit, NULL, 0);
            r = e ? gen_throw_exc(g, e, false) : NULL;
            if (is_wrapped(r)) return athrow_ignored_exit(a, r);
        } else {
            size_t n = (size_t)TUPLE_LEN(a->arg);
            /* a bad count leaves ag_running set, as in CPython */
            Object *thrown[3];
            if (Arg_Unpack(&athrow_args, "athrow", TUPLE_ITEMS(a->arg), n, NULL, thrown) < 0) return NULL;
            Object *e = make_thrown(thrown[0], thrown[1], thrown[2]);
            r = agen_unwrap(g, e ? gen_throw_exc(g, e, false) : NULL);
        }
        return r ? r : athrow_failed(a);
    }
    r = gen_send_impl((Object *)g, v);
    if (a->mode == MODE_THROW) return agen_unwrap(g, r);
    if (!r) return athrow_failed(a);
    if (is_wrapped(r)) return athrow_ignored_exit(a, r);
    return r;
}

static Object *athrow_throw_impl(AsyncGenAwait *a, Object *const *args, size_t nargs) {
    Gen *g = a->gen;
    if (a->state == AWAIT_CLOSED) return reuse_error(a);
    if (a->state == AWAIT_INIT) {
        if (g->running_async) return running_error(a);
        a->state = AWAIT_ITER;
        g->running_async = true;
    }
    Object *r = gen_throw_positional(g, args, nargs, true);
    if (a->mode == MODE_THROW) {
        r = agen_unwrap(g, r);
        if (!r) a->state = AWAIT_CLOSED;
        return r;
    }
    if (!r) return athrow_failed(a);
    if (is_wrapped(r)) return athrow_ignored_exit(a, r);
    return r;
}

/* -- the methods both awaitable types share -- */

static Object *agen_await_send_impl(AsyncGenAwait *a, Object *v) {
    return a->mode == MODE_SEND ? asend_send_impl(a, v) : athrow_send_impl(a, v);
}

static Object *agen_await_throw_impl(AsyncGenAwait *a, Object *const *args, size_t nargs) {
    return a->mode == MODE_SEND ? asend_throw_impl(a, args, nargs) : athrow_throw_impl(a, args, nargs);
}

static Object *agen_await_iternext(Object *o) { return agen_await_send_impl((AsyncGenAwait *)o, OBJ_NONE); }

static Object *agen_await_send(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    return agen_await_send_impl((AsyncGenAwait *)o, args[0]);
}

static Object *agen_await_throw(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    return agen_await_throw_impl((AsyncGenAwait *)o, args, nargs);
}

/* close(): throws GeneratorExit into the generator if the step started or
 * may start. */
static Object *agen_await_close(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    AsyncGenAwait *a = (AsyncGenAwait *)o;
    if (a->state == AWAIT_CLOSED) return NEWREF(OBJ_NONE);
    Object *ge = (Object *)Exc_GeneratorExit;
    Object *r = agen_await_throw_impl(a, &ge, 1);
    if (r) {
        DECREF(r);
        Err_SetString(Exc_RuntimeError, "coroutine ignored GeneratorExit");
        return NULL;
    }
    if (Err_Matches(Exc_StopIteration) || Err_Matches(Exc_StopAsyncIteration) || Err_Matches(Exc_GeneratorExit)) {
        Err_Clear();
        return NEWREF(OBJ_NONE);
    }
    return NULL;
}

static Object *agen_await_await(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(self);
}

static const MethodDef agen_await_methods_with_await[] = {
    {"send", agen_await_send, 0, ARGS("($self, object, /)", "send(value) -> send 'value' into generator,")},
    {"throw", agen_await_throw, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /, *args)", "throw(value)")},
    {"close", agen_await_close, 0, ARGS("($self, /)", "close() -> raise GeneratorExit inside generator.")},
    {"__await__", agen_await_await, 0,
     ARGS_F(ARG_WRAPPER_STYLE, "($self, /)", "Return an iterator to be used in await expression.")},
    {NULL, NULL, 0, NULL},
};

static Type AsyncGenASend_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "async_generator_asend",
    .basicsize = sizeof(AsyncGenAwait),
    .flags = TPFLAG_GC,
    .dealloc = agen_await_dealloc,
    .iter = Iter_Self,
    .iternext = agen_await_iternext,
    .traverse = agen_await_traverse,
    .methods = agen_await_methods_with_await,
};

static Type AsyncGenAThrow_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "async_generator_athrow",
    .basicsize = sizeof(AsyncGenAwait),
    .flags = TPFLAG_GC,
    .dealloc = agen_await_dealloc,
    .iter = Iter_Self,
    .iternext = agen_await_iternext,
    .traverse = agen_await_traverse,
    .methods = agen_await_methods_with_await,
};

/* gen_dealloc, once the finalizer (which the finalization may still call)
 * is released. */
static void agen_dealloc(Object *o) {
    Weak_ClearBuiltin(o);
    o->refcnt = 1; /* alive while it finalizes */
    Gen_Finalize(o);
    if (--o->refcnt > 0) { /* resurrected: o lives on */
        Gc_Track(o);
        return;
    }
    CLEAR(((AsyncGen *)o)->finalizer);
    gen_dealloc(o); /* (finalizes nothing more) */
}
static int agen_traverse(Object *o, VisitFn visit, void *arg) {
    Object *finalizer = ((AsyncGen *)o)->finalizer;
    if (finalizer && visit(finalizer, arg)) return 1;
    return gen_traverse(o, visit, arg);
}
static int agen_clear(Object *o) {
    CLEAR(((AsyncGen *)o)->finalizer);
    return gen_clear(o);
}

static Object *agen_aiter(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(self);
}

/* The first __anext__, asend, athrow or aclose: the generator keeps the
 * finalizer of sys.set_asyncgen_hooks() and is handed to firstiter.  -1
 * with what firstiter raised. */
static int agen_init_hooks(Gen *g) {
    if (g->hooks_inited) return 0;
    g->hooks_inited = true;
    Interp *in = g_interp;
    if (in->asyncgen_finalizer) ((AsyncGen *)g)->finalizer = NEWREF(in->asyncgen_finalizer);
    if (!in->asyncgen_firstiter) return 0;
    Object *fn = NEWREF(in->asyncgen_firstiter), *arg = (Object *)g;
    Object *r = Obj_Call(fn, &arg, 1, NULL);
    DECREF(fn);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static Object *agen_anext(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (agen_init_hooks((Gen *)self) < 0) return NULL;
    return agen_await_new((Gen *)self, MODE_SEND, NULL);
}
static Object *agen_asend(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (agen_init_hooks((Gen *)self) < 0) return NULL;
    return agen_await_new((Gen *)self, MODE_SEND, args[0]);
}
/* athrow(...) accepts any arguments: they are checked when the awaitable
 * starts, as in CPython. */
static Object *agen_athrow(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs > 1 && Warn_Emit(Exc_DeprecationWarning,
                               "the (type, exc, tb) signature of athrow() is deprecated, use the single-arg "
                               "signature instead.",
                               1) < 0)
        return NULL;
    if (agen_init_hooks((Gen *)self) < 0) return NULL;
    Object *t = Tuple_FromArray(args, (ssize_t)nargs);
    if (!t) return NULL;
    Object *r = agen_await_new((Gen *)self, MODE_THROW, t);
    DECREF(t);
    return r;
}
static Object *agen_aclose(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (agen_init_hooks((Gen *)self) < 0) return NULL;
    return agen_await_new((Gen *)self, MODE_CLOSE, NULL);
}

static const MethodDef agen_methods[] = {
    {"__aiter__", agen_aiter, 0,
     ARGS_F(ARG_WRAPPER_STYLE, "($self, /)", "Return an awaitable, that resolves in asynchronous iterator.")},
    {"__anext__", agen_anext, 0,
     ARGS_F(ARG_WRAPPER_STYLE, "($self, /)", "Return a value or raise StopAsyncIteration.")},
    {"asend", agen_asend, 0, ARGS("($self, object, /)", "asend(v) -> send 'v' in generator.")},
    {"athrow", agen_athrow, 0, ARGS_F(ARG_NO_TEXT_SIG | ARG_BARE_NAME, "($self, /, *args)", "athrow(value)")},
    {"aclose", agen_aclose, 0, ARGS("($self, /)", "aclose() -> raise GeneratorExit inside generator.")},
    {NULL, NULL, 0, NULL},
};

static Object *agen_get_running(Object *o) { return NEWREF(Bool_From(((Gen *)o)->running_async)); }

static const GetSetDef agen_getset[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"ag_running", agen_get_running, NULL, NULL},
    {"ag_suspended", gen_get_suspended, NULL, NULL},
    {"ag_code", gen_get_code, NULL, NULL},
    {"ag_frame", gen_get_frame, NULL, NULL},
    {"ag_await", gen_get_yieldfrom, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type AsyncGen_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "async_generator",
    .basicsize = sizeof(AsyncGen),
    .flags = TPFLAG_GC | TPFLAG_WEAKREF,
    .dealloc = agen_dealloc,
    .repr = gen_repr,
    .traverse = agen_traverse,
    .clear = agen_clear,
    .methods = agen_methods,
    .getset = agen_getset,
};

/* ---- anext(aiterator, default) --------------------------------------------- */

/* The awaitable anext() returns when given a default: it runs the awaitable
 * __anext__() returned, and turns its StopAsyncIteration into
 * StopIteration(default), the awaitable's result. */
typedef struct ANextAwaitable {
    Object ob;
    Object *wrapped;    /* owned: what __anext__() returned */
    Object *dflt;       /* owned */
} ANextAwaitable;

static Type ANextAwaitable_Type;

Object *AsyncGen_ANextAwaitable(Object *awaitable, Object *dflt) {
    ANextAwaitable *a = (ANextAwaitable *)Obj_Alloc(&ANextAwaitable_Type, sizeof(ANextAwaitable));
    if (!a) return NULL;
    a->wrapped = NEWREF(awaitable);
    a->dflt = NEWREF(dflt);
    return (Object *)a;
}

static void anext_dealloc(Object *o) {
    ANextAwaitable *a = (ANextAwaitable *)o;
    Gc_Untrack(o);
    CLEAR(a->wrapped);
    CLEAR(a->dflt);
    Obj_Free(o);
}

static int anext_traverse(Object *o, VisitFn visit, void *arg) {
    ANextAwaitable *a = (ANextAwaitable *)o;
    return visit(a->wrapped, arg) || visit(a->dflt, arg);
}

/* The iterator to drive, fetched again for every step: a coroutine through
 * its __await__ wrapper, anything else as `await` would.  New reference. */
static Object *anext_iter(ANextAwaitable *a) {
    if (TYPE(a->wrapped) == &Coro_Type) return coro_await(a->wrapped, NULL, 0, NULL);
    return Gen_GetAwaitable(a->wrapped, 0);
}

/* The end of the wrapped awaitable (r NULL) as the default value. */
static Object *anext_result(ANextAwaitable *a, Object *r) {
    if (!r && Err_Matches(Exc_StopAsyncIteration)) {
        Err_Clear();
        Gen_SetStopIteration(a->dflt);
    }
    return r;
}

static Object *anext_iternext(Object *o) {
    ANextAwaitable *a = (ANextAwaitable *)o;
    Object *it = anext_iter(a);
    if (!it) return NULL;
    Object *r = TYPE(it)->iternext(it);
    DECREF(it);
    return anext_result(a, r);
}

/* send/throw/close: the same method of the wrapped awaitable's iterator. */
static Object *anext_proxy(Object *o, const char *meth, Object *const *args, size_t nargs) {
    ANextAwaitable *a = (ANextAwaitable *)o;
    Object *it = anext_iter(a);
    if (!it) return NULL;
    Object *r = Obj_CallMethodC(it, meth, args, nargs);
    DECREF(it);
    return anext_result(a, r);
}

static Object *anext_send(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    return anext_proxy(o, "send", args, nargs);
}

static Object *anext_throw(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    return anext_proxy(o, "throw", args, nargs);
}

static Object *anext_close(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    return anext_proxy(o, "close", NULL, 0);
}

static const MethodDef anext_methods[] = {
    {"send", anext_send, 0, ARGS("($self, object, /)", "send(arg) -> send 'arg' into the wrapped iterator,")},
    {"throw", anext_throw, 0, ARGS_F(ARG_NO_TEXT_SIG | ARG_BARE_NAME, "($self, /, *args)", "throw(value)")},
    {"close", anext_close, 0, ARGS("($self, /)", "close() -> raise GeneratorExit inside generator.")},
    {"__await__", agen_await_await, 0,
     ARGS_F(ARG_WRAPPER_STYLE, "($self, /)", "Return an iterator to be used in await expression.")},
    {NULL, NULL, 0, NULL},
};

static Type ANextAwaitable_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "anext_awaitable",
    .basicsize = sizeof(ANextAwaitable),
    .flags = TPFLAG_GC,
    .dealloc = anext_dealloc,
    .iter = Iter_Self,
    .iternext = anext_iternext,
    .traverse = anext_traverse,
    .methods = anext_methods,
};

Type *const AsyncGen_HelperTypes[] = {&AsyncGenWrappedValue_Type, &AsyncGenASend_Type, &AsyncGenAThrow_Type,
                                      &ANextAwaitable_Type, NULL};
