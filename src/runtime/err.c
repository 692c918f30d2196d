/* The current exception (g_interp->curexc) and the helpers that raise one.
 * The current exception is always a normalised instance. */
#include "runtime/err.h"
#include "abstract.h"
#include "objects/exc.h"
#include "objects/str.h"
#include "runtime/interp.h"
#include <stdio.h>

/* The exception being handled: the topmost non-empty entry of the handler
 * stack (borrowed), or NULL. */
static Object *handled_exception(void) {
    if (!g_interp || !g_interp->exc_stack) return NULL;
    for (size_t i = g_interp->exc_depth; i > 0; i--) {
        Object *e = g_interp->exc_stack[i - 1];
        if (e && e != OBJ_NONE) return e;
    }
    return NULL;
}

/* Before exc.__context__ = handled: if exc already appears in handled's
 * context chain, cut the chain just before it so no cycle forms.  A chain
 * that is already cyclic is walked only once (tortoise and hare). */
static void break_context_cycle(Object *handled, Object *exc) {
    Object *o = handled, *slow = handled;
    bool advance_slow = false;
    for (;;) {
        Object *ctx = EXC_CONTEXT(o);
        if (!ctx) return;
        if (ctx == exc) {
            Exc_SetContext(o, NULL);
            return;
        }
        o = ctx;
        if (o == slow) return;   /* pre-existing cycle, fully visited */
        if (advance_slow) {
            slow = EXC_CONTEXT(slow);
            if (!slow) return;
        }
        advance_slow = !advance_slow;
    }
}

void Err_SetRaised(Object *exc) {
    Object *handled = handled_exception();
    if (handled && handled != exc && Exc_Check(handled) && Exc_Check(exc)) {
        INCREF(handled);
        break_context_cycle(handled, exc);
        Exc_SetContext(exc, handled);
    }
    Err_Restore(exc);
}

void Err_SetObject(Type *type, Object *value) {
    Object *exc;
    if (value && Exc_Check(value) && Type_IsSubtype(TYPE(value), type)) {
        exc = NEWREF(value);
    } else {
        exc = value ? Exc_New(type, &value, 1) : Exc_New(type, NULL, 0);
        if (!exc) return;   /* construction failed: its error is already set */
        if (!Exc_Check(exc)) {
            Err_Format(Exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %s",
                       (Object *)type, TYPE_NAME(exc));
            DECREF(exc);
            return;
        }
    }
    Err_SetRaised(exc);
}

void Err_SetString(Type *type, const char *msg) {
    Object *s = Str_FromUTF8(msg, -1);
    if (!s) return;
    Err_SetObject(type, s);
    DECREF(s);
}

void Err_Format(Type *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Object *s = Str_FromFormatV(fmt, ap);
    va_end(ap);
    if (!s) return;
    Err_SetObject(type, s);
    DECREF(s);
}

/* Guard so that running out of memory while building the MemoryError does
 * not recurse. */
static bool in_no_memory;

Object *Err_NoMemory(void) {
    if (in_no_memory || !Exc_MemoryError) return NULL;
    in_no_memory = true;
    Object *exc = Exc_New(Exc_MemoryError, NULL, 0);
    in_no_memory = false;
    if (exc) Err_SetRaised(exc);
    return NULL;
}

void Err_BadInternalCall(const char *where) {
    if (where)
        Err_Format(Exc_SystemError, "%s: bad argument to internal function", where);
    else
        Err_SetString(Exc_SystemError, "bad argument to internal function");
}

bool Err_Occurred(void) { return g_interp && g_interp->curexc != NULL; }

Object *Err_Peek(void) { return g_interp ? g_interp->curexc : NULL; }

Object *Err_Fetch(void) {
    if (!g_interp) return NULL;
    Object *e = g_interp->curexc;
    g_interp->curexc = NULL;
    return e;
}

void Err_Restore(Object *exc) {
    if (!g_interp) {
        XDECREF(exc);
        return;
    }
    Object *old = g_interp->curexc;
    g_interp->curexc = exc;
    XDECREF(old);
}

void Err_Clear(void) {
    if (g_interp) CLEAR(g_interp->curexc);
}

bool Err_Matches(Type *type) {
    Object *e = Err_Peek();
    return e && Type_IsSubtype(TYPE(e), type);
}

bool Err_GivenMatches(Object *exc, Object *type) {
    if (!exc || !type) return false;
    if (Tuple_Check(type)) {
        for (ssize_t i = 0; i < TUPLE_LEN(type); i++)
            if (Err_GivenMatches(exc, TUPLE_GET(type, i))) return true;
        return false;
    }
    Type *et = Type_Check(exc) ? (Type *)exc : TYPE(exc);
    if (!Type_Check(type)) return exc == type;
    return Type_IsSubtype(et, (Type *)type);
}
