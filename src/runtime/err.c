/* The current exception (g_interp->curexc) and the helpers that raise one.
 * The current exception is always a normalised instance. */
#include "runtime/err.h"
#include "abstract.h"
#include "frame.h"
#include "modules/modules.h"
#include "modules/sys_hooks.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/interp.h"
#include "runtime/traceback.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
static THREAD_LOCAL bool in_no_memory;

/* Each interpreter keeps a MemoryError made while there was memory, raised
 * when there is none left to make a new one (otherwise the failure would
 * vanish: NULL with no exception). */
int Err_ReserveNoMemory(void) {
    if (!g_interp->spare_no_memory) g_interp->spare_no_memory = Exc_New(Exc_MemoryError, NULL, 0);
    return g_interp->spare_no_memory ? 0 : -1;
}

Object *Err_NoMemory(void) {
    if (in_no_memory || !Exc_MemoryError) return NULL;
    in_no_memory = true;
    Object *exc = Exc_New(Exc_MemoryError, NULL, 0);
    in_no_memory = false;
    if (!exc && g_interp && g_interp->spare_no_memory) {
        /* the spare starts afresh each time: no traceback or context of an
         * earlier raise */
        exc = NEWREF(g_interp->spare_no_memory);
        BaseExc *b = (BaseExc *)exc;
        CLEAR(b->traceback);
        CLEAR(b->context);
        CLEAR(b->cause);
        b->suppress_context = false;
    }
    if (exc) Err_SetRaised(exc);
    return NULL;
}

Object *Err_FromErrno(Type *type) {
    int e = errno;
    Object *args[2] = {Int_FromI64(e), Str_FromUTF8(strerror(e), -1)};
    Object *exc = args[0] && args[1] ? Exc_New(type, args, 2) : NULL;
    XDECREF(args[0]);
    XDECREF(args[1]);
    if (exc) Err_SetRaised(exc);
    return NULL;
}

Object *Err_FromErrnoWithFilenames(Object *filename, Object *filename2) {
    return Err_FromErrnoCode(errno, filename, filename2);
}

Object *Err_FromErrnoCode(int e, Object *filename, Object *filename2) {
    Object *args[5] = {Int_FromI64(e), Str_FromUTF8(strerror(e), -1), filename ? filename : OBJ_NONE, OBJ_NONE,
                       filename2 ? filename2 : OBJ_NONE};
    Object *exc = args[0] && args[1] ? Exc_New(Exc_OSError, args, filename2 ? 5 : filename ? 3 : 2) : NULL;
    XDECREF(args[0]);
    XDECREF(args[1]);
    if (exc) Err_SetRaised(exc);
    return NULL;
}

Object *Err_FromErrnoWithFilename(Object *filename) { return Err_FromErrnoWithFilenames(filename, NULL); }

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

/* ---- unraisable exceptions -------------------------------------------------- */

static void err_puts(const char *text) { Out_Write(&g_interp->err, text, strlen(text)); }

static void err_put_str(Object *s) {
    const char *u = s && Str_Check(s) ? Str_AsUTF8(s, NULL) : NULL;
    if (u) err_puts(u);
    else Err_Clear();
}

/* The traceback as CPython's C printer writes it: each entry's first source
 * line without indentation, no carets, runs of the same line collapsed. */
static void write_traceback(Traceback *tb) {
    enum { CUTOFF = 3 };
    err_puts("Traceback (most recent call last):\n");
    Code *last_code = NULL;
    int last_line = -1;
    long count = 0;
    char num[64];
    for (; tb; tb = tb->next) {
        Code *co = tb->code;
        bool same = last_code && last_line != -1 && tb->lineno == last_line && co->filename == last_code->filename &&
                    co->name == last_code->name;
        if (!same) {
            if (count > CUTOFF) {
                snprintf(num, sizeof num, "  [Previous line repeated %ld more time%s]\n", count - CUTOFF,
                         count - CUTOFF > 1 ? "s" : "");
                err_puts(num);
            }
            last_code = co;
            last_line = tb->lineno;
            count = 0;
        }
        if (++count > CUTOFF) continue;
        err_puts("  File \"");
        err_put_str(co->filename);
        snprintf(num, sizeof num, "\", line %d, in ", tb->lineno);
        err_puts(num);
        err_put_str(co->name);
        err_puts("\n");
        const char *fn = Str_Check(co->filename) && !g_interp->modules_gone ? Str_AsUTF8(co->filename, NULL) : NULL;
        char *src = fn ? Source_GetLine(fn, tb->lineno) : NULL;
        const char *p = src;
        while (p && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
        if (p && *p) {
            err_puts("    ");
            err_puts(p);
            err_puts("\n");
        }
        free(src);
    }
    if (count > CUTOFF) {
        snprintf(num, sizeof num, "  [Previous line repeated %ld more time%s]\n", count - CUTOFF,
                 count - CUTOFF > 1 ? "s" : "");
        err_puts(num);
    }
}

/* Writes o's str(), or fallback when that fails. */
static void err_put_text(Object *o, const char *fallback) {
    Object *text = Obj_Str(o);
    if (text) err_put_str(text);
    else err_puts(fallback);
    XDECREF(text);
    Err_Clear();
}

int Err_PrintUnraisable(Object *type, Object *value, Object *tb, Object *msg, Object *obj) {
    /* CPython's hook writes to sys.stderr, and nothing when that is None or
     * gone (late in a shutdown) */
    Object *stream = Sys_GetObjectKey(ID(stderr));
    if (!stream || stream == OBJ_NONE) return 0;
    Out_Flush(&g_interp->out);
    bool has_msg = msg && msg != OBJ_NONE;
    if (obj && obj != OBJ_NONE) {
        if (has_msg) err_put_text(msg, "");
        else err_puts("Exception ignored in");
        err_puts(": ");
        Object *r = Obj_Repr(obj);
        if (r) err_put_str(r);
        else err_puts("<object repr() failed>");
        XDECREF(r);
        Err_Clear();
        err_puts("\n");
    } else if (has_msg) {
        err_put_text(msg, "");
        err_puts(":\n");
    }
    /* CPython's C printer: no chained exceptions, notes or group members */
    if (tb && TYPE(tb) == &Traceback_Type) write_traceback((Traceback *)tb);
    if (!type || !Type_Check(type)) return 0;
    Type *t = (Type *)type;
    Object *mod = (t->flags & TPFLAG_HEAPTYPE) ? Dict_GetStr(t->dict, "__module__") : NULL;
    if (mod && Str_Check(mod) && !Str_EqC(mod, "builtins") && !Str_EqC(mod, "__main__")) {
        err_put_str(mod);
        err_puts(".");
    }
    if (t->flags & TPFLAG_HEAPTYPE) err_put_str(t->qualname);
    else err_puts(t->name); /* a static type's name carries its module */
    if (value && value != OBJ_NONE) {
        err_puts(": ");
        err_put_text(value, "<exception str() failed>");
    }
    err_puts("\n");
    Err_Clear();
    return 0;
}

void Err_WriteUnraisable(const char *what, Object *obj) {
    Object *exc = Err_Fetch();
    if (!exc) return;
    /* raised in C with no Python frame in between: point at the running one */
    Frame *f = g_interp->frame;
    if (!EXC_TRACEBACK(exc) && f && f->code) {
        Tb_Add(exc, f->code, f->lasti);
        Err_Clear();
    }
    /* as CPython's PyErr_FormatUnraisable: the object's repr is part of the
     * message, and the hook gets no object */
    Object *msg;
    if (obj) {
        Object *r = Obj_Repr(obj);
        if (!r) Err_Clear();
        msg = r ? Str_FromFormat("Exception ignored %s %U", what, r)
                : Str_FromFormat("Exception ignored %s <object repr() failed>", what);
        XDECREF(r);
    } else {
        msg = Str_FromFormat("Exception ignored %s", what);
    }
    if (!msg) Err_Clear();
    Sys_HandleUnraisable(exc, msg, NULL);
    XDECREF(msg);
    DECREF(exc);
}
