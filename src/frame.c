/* Frame allocation on the VM stack, and binding call arguments to parameters. */
#include "frame.h"
#include "abstract.h"
#include "objects/dict.h"
#include "objects/frameobj.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "opcodes.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include "runtime/traceback.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A chunk of the VM stack.  Frames are carved from the current chunk; a frame
 * that does not fit starts a new chunk, which is released when emptied. */
typedef struct Chunk {
    struct Chunk *prev;
    char *saved_top;   /* the previous chunk's top when this one was started */
    char *end;
    char data[];
} Chunk;

#define CHUNK_SIZE (256 * 1024)

int VM_NewChunk(size_t need) {
    size_t size = need + sizeof(Chunk) > CHUNK_SIZE ? need + sizeof(Chunk) : CHUNK_SIZE;
    Chunk *c = malloc(size);
    if (!c) {
        Err_NoMemory();
        return -1;
    }
    c->prev = g_interp->vm_chunks;
    c->saved_top = g_interp->vm_top;
    c->end = (char *)c + size;
    g_interp->vm_chunks = c;
    g_interp->vm_stack = c->data;
    g_interp->vm_top = c->data;
    g_interp->vm_end = c->end;
    return 0;
}

size_t Frame_Size(const Code *code) {
    size_t nslots = (size_t)code->nlocalsplus + (size_t)code->stacksize;
    size_t size = sizeof(Frame) + nslots * sizeof(Object *);
    return (size + 15) & ~(size_t)15;
}

/* Carves size bytes for a frame off the VM stack; NULL on error. */
static inline Frame *frame_alloc(size_t size) {
    bool chunk_start = false;
    if (!g_interp->vm_top || (size_t)(g_interp->vm_end - g_interp->vm_top) < size) {
        if (VM_NewChunk(size) < 0) return NULL;
        chunk_start = true;
    }
    Frame *f = (Frame *)g_interp->vm_top;
    g_interp->vm_top += size;
    f->slow_return = chunk_start;
    return f;
}

Frame *Frame_Push(Code *code, Function *func, Object *globals, Object *builtins, Object *locals) {
    Frame *f = frame_alloc(code->framesize);
    if (!f) return NULL;
    /* the value stack above sp is never read: only the header, the
     * variables and the guard slots need setting */
    int n = code->nlocalsplus;
    Frame_UnbindFrom(f->localsplus, 0, n);
    /* a function's frame borrows code, globals and builtins from the function,
     * which it holds (__globals__ cannot change, and a function keeps the code
     * objects a __code__ assignment replaces) */
    if (func) {
        INCREF((Object *)func);
        Frame_InitHeader(f, code, func, globals, builtins, XNEWREF(locals));
    } else {
        Frame_InitHeader(f, (Code *)NEWREF((Object *)code), NULL, NEWREF(globals), NEWREF(builtins), XNEWREF(locals));
    }
    return f;
}

static inline void frame_clear(Frame *f) {
    Code *code = f->code;
    if (!code) return;
    if (f->frameobj) FrameObj_Detach(f);
    /* each slot is emptied before its reference goes: a __del__ run by the
     * DECREF may look at this frame */
    int n = code->nlocalsplus;
    Object **vars = f->localsplus;
    for (int i = 0; i < n; i++) {
        Object *v = vars[i];
        if (v) {
            vars[i] = NULL;
            DECREF(v);
        }
    }
    Object **base = vars + n;
    while (f->sp > base) {
        Object *v = *--f->sp;
        XDECREF(v);
    }
    CLEAR(f->locals);
    /* Python code run above (a __del__, or a finalizer run by a collection
     * while the frame object was detached) may have made a new frame object
     * for this frame: detach it too, while the code is still known */
    while (f->frameobj) FrameObj_Detach(f);
    Function *func = f->func;
    f->code = NULL;
    if (func) {
        f->func = NULL;
        f->globals = f->builtins = NULL;
        DECREF((Object *)func);
    } else {
        CLEAR(f->globals);
        CLEAR(f->builtins);
        DECREF((Object *)code);
    }
}

Frame *Frame_NewGenerator(Function *func, Object *const *args, int nargs) {
    Code *code = func->code;
    Frame *h = Mem_AllocUninit(code->framesize); /* freed by the generator (Mem_Free) */
    if (!h) {
        Err_NoMemory();
        return NULL;
    }
    Object **vars = h->localsplus;
    int n = code->nlocalsplus, i = 0;
    for (; i < nargs; i++) vars[i] = NEWREF(args[i]);
    Frame_UnbindFrom(vars, i, n);
    INCREF((Object *)func);
    Frame_InitHeader(h, code, func, func->globals, func->builtins, NULL);
    h->slow_return = false;
    if (func->closure) {
        ssize_t nfree = TUPLE_LEN(func->closure) < code->nfreevars ? TUPLE_LEN(func->closure) : code->nfreevars;
        for (ssize_t k = 0; k < nfree; k++) vars[n - code->nfreevars + k] = NEWREF(TUPLE_GET(func->closure, k));
    }
    /* what the instructions before RETURN_GENERATOR do (COPY_FREE_VARS: above) */
    for (int k = 0; k < code->gen_start - 1; k++) {
        uint16_t instr = code->instrs[k];
        int slot = instr >> 8;
        if ((instr & 0xff) != OP_MAKE_CELL || slot >= n) continue;
        Object *cell = Cell_New(vars[slot]);
        if (!cell) {
            h->sp = h->localsplus + n;
            frame_clear(h);
            Mem_Free(h);
            return NULL;
        }
        XDECREF(vars[slot]);
        vars[slot] = cell;
    }
    h->ip = code->instrs + code->gen_start;
    h->lasti = code->gen_start;
    h->is_entry = true;
    return h;
}

Frame *Frame_MoveToHeap(Frame *f, Object **sp, const uint16_t *ip, Object *gen) {
    size_t size = f->code->framesize;
    Frame *h = Mem_AllocUninit(size); /* freed by the generator (Mem_Free) */
    if (!h) return NULL;
    memcpy(h, f, (size_t)((char *)sp - (char *)f)); /* the header, variables and live stack */
    h->sp = h->localsplus + (sp - f->localsplus);
    h->ip = ip;
    h->prev = NULL;
    h->gen = gen;
    h->is_entry = true;
    h->is_init = false;
    /* an unstarted generator shows the instruction after RETURN_GENERATOR */
    h->lasti = (int)(ip - h->code->instrs);
    if (h->frameobj) ((FrameObject *)h->frameobj)->frame = h;
    /* the references now belong to h; f keeps only its place in the chain */
    Frame *prev = f->prev;
    bool is_entry = f->is_entry, is_init = f->is_init;
    memset(f, 0, sizeof(Frame));
    f->prev = prev;
    f->is_entry = is_entry;
    f->is_init = is_init; /* a generator __init__: its return to the caller is checked */
    f->slow_return = true;
    f->sp = f->localsplus;
    return h;
}

void Frame_ClearRefs(Frame *f) { frame_clear(f); }

void Frame_Pop(Frame *f) {
    frame_clear(f);
    Chunk *c = g_interp->vm_chunks;
    g_interp->vm_top = (char *)f;
    if ((char *)f == c->data && c->prev) {
        /* The chunk is empty: return to the previous one. */
        g_interp->vm_chunks = c->prev;
        g_interp->vm_top = c->saved_top;
        g_interp->vm_stack = c->prev->data;
        g_interp->vm_end = c->prev->end;
        free(c);
    }
}

void VM_FreeStack(void) {
    Chunk *c = g_interp->vm_chunks;
    while (c) {
        Chunk *p = c->prev;
        free(c);
        c = p;
    }
    g_interp->vm_chunks = NULL;
    g_interp->vm_stack = g_interp->vm_top = g_interp->vm_end = NULL;
}

/* ---- argument binding ------------------------------------------------------ */

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static Object *name_list(Object *names) {
    ssize_t n = TUPLE_LEN(names);
    StrBuilder sb;
    SB_Init(&sb);
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0) SB_AppendASCII(&sb, n == 2 ? " and " : i == n - 1 ? ", and " : ", ", -1);
        SB_AppendChar(&sb, '\'');
        SB_AppendStr(&sb, TUPLE_GET(names, i));
        SB_AppendChar(&sb, '\'');
    }
    return SB_Finish(&sb);
}

static void missing_args(Function *func, Frame *f, int start, int end, bool kwonly, int ndefaults_from) {
    Code *co = func->code;
    Object *names = Tuple_New(end - start);
    if (!names) return;
    ssize_t k = 0;
    for (int i = start; i < end; i++) {
        if (!f->localsplus[i] && (kwonly || i < ndefaults_from))
            TUPLE_ITEMS(names)[k++] = NEWREF(TUPLE_GET(co->localsplusnames, i));
    }
    ((Tuple *)names)->len = k;
    Object *list = name_list(names);
    if (list)
        Err_Format(Exc_TypeError, "%U() missing %zd required %s argument%s: %U", func->qualname, k,
                   kwonly ? "keyword-only" : "positional", k == 1 ? "" : "s", list);
    XDECREF(list);
    /* restore the real length so every slot is released */
    ((Tuple *)names)->len = end - start;
    for (ssize_t i = k; i < end - start; i++) TUPLE_ITEMS(names)[i] = NEWREF(OBJ_NONE);
    DECREF(names);
}

static void too_many_positional(Function *func, Frame *f, size_t given, size_t kwonly_given) {
    Code *co = func->code;
    int argcount = co->argcount;
    ssize_t ndefs = func->defaults ? TUPLE_LEN(func->defaults) : 0;
    char what[64];
    if (ndefs)
        snprintf(what, sizeof what, "from %zd to %d positional arguments", (ssize_t)argcount - ndefs, argcount);
    else
        snprintf(what, sizeof what, "%d positional argument%s", argcount, argcount == 1 ? "" : "s");
    if (kwonly_given) {
        Err_Format(Exc_TypeError, "%U() takes %s but %zu positional argument%s (and %zu keyword-only argument%s) were given",
                   func->qualname, what, given, given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    } else {
        Err_Format(Exc_TypeError, "%U() takes %s but %zu %s given", func->qualname, what, given,
                   given == 1 ? "was" : "were");
    }
}

/* A call passed positional-only parameters by keyword (CPython notices it at
 * the first keyword that names no other parameter): raises the TypeError
 * listing them in parameter order and returns 1; 0 if there are none; -1 on
 * another error. */
/* "f() got an unexpected keyword argument 'x'", with "Did you mean" when a
 * parameter that may be given by keyword (slots first..end-1) is close. */
static void unexpected_keyword(Function *func, Object *name, int first, int end) {
    Code *co = func->code;
    Object *best = end > first ? Suggest_Closest(name, TUPLE_ITEMS(co->localsplusnames) + first, end - first) : NULL;
    if (best)
        Err_Format(Exc_TypeError, "%U() got an unexpected keyword argument '%U'. Did you mean '%U'?", func->qualname,
                   name, best);
    else
        Err_Format(Exc_TypeError, "%U() got an unexpected keyword argument '%U'", func->qualname, name);
}

static int posonly_passed_as_keyword(Function *func, Object *kwnames) {
    Code *co = func->code;
    Object *found = List_New(0);
    if (!found) return -1;
    for (int k = 0; k < co->posonlyargcount; k++) {
        Object *pname = TUPLE_GET(co->localsplusnames, k);
        for (ssize_t j = 0; j < TUPLE_LEN(kwnames); j++) {
            if (Str_Eq(pname, TUPLE_GET(kwnames, j))) {
                if (List_Append(found, pname) < 0) {
                    DECREF(found);
                    return -1;
                }
                break;
            }
        }
    }
    if (LIST_LEN(found) == 0) {
        DECREF(found);
        return 0;
    }
    Object *t = List_AsTuple(found);
    DECREF(found);
    if (!t) return -1;
    Object *joined = Str_Join(Str_InternC(", "), t);
    DECREF(t);
    if (!joined) return -1;
    Err_Format(Exc_TypeError, "%U() got some positional-only arguments passed as keyword arguments: '%U'",
               func->qualname, joined);
    DECREF(joined);
    return 1;
}

/* The order of the checks follows CPython, so a call with several problems
 * reports the same one: keywords (in the order given), then too many
 * positional arguments, then missing positional, then missing keyword-only. */
int Frame_BindArgs(Frame *f, Function *func, Object *const *args, size_t nargs, Object *kwnames) {
    Code *co = func->code;
    int argcount = co->argcount, kwonly = co->kwonlyargcount, posonly = co->posonlyargcount;
    int total = argcount + kwonly;
    Object **locals = f->localsplus;
    Object *varkw = NULL;
    size_t nkw = kwnames ? (size_t)TUPLE_LEN(kwnames) : 0;

    if (co->flags & CO_VARKEYWORDS) {
        varkw = Dict_New();
        if (!varkw) return -1;
        locals[total + ((co->flags & CO_VARARGS) ? 1 : 0)] = varkw;
    }
    size_t n = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < n; i++) locals[i] = NEWREF(args[i]);
    if (co->flags & CO_VARARGS) {
        Object *rest = nargs > n ? Tuple_FromArray(args + n, (ssize_t)(nargs - n)) : Tuple_Empty();
        if (!rest) return -1;
        locals[total] = rest;
    }

    /* keyword arguments: positional-only names never match a parameter */
    for (size_t j = 0; j < nkw; j++) {
        Object *name = TUPLE_GET(kwnames, j), *value = args[nargs + j];
        int i;
        for (i = posonly; i < total; i++)
            if (TUPLE_GET(co->localsplusnames, i) == name) break;
        if (i == total)
            for (i = posonly; i < total; i++)
                if (Str_Eq(TUPLE_GET(co->localsplusnames, i), name)) break;
        if (i == total) {
            if (varkw) {
                if (Dict_SetItem(varkw, name, value) < 0) return -1;
                continue;
            }
            int r = posonly ? posonly_passed_as_keyword(func, kwnames) : 0;
            if (r == 0) unexpected_keyword(func, name, posonly, total);
            return -1;
        }
        if (locals[i]) {
            Err_Format(Exc_TypeError, "%U() got multiple values for argument '%U'", func->qualname, name);
            return -1;
        }
        locals[i] = NEWREF(value);
    }

    if (!(co->flags & CO_VARARGS) && nargs > (size_t)argcount) {
        size_t kwonly_given = 0;
        for (int i = argcount; i < total; i++)
            if (locals[i]) kwonly_given++;
        too_many_positional(func, f, nargs, kwonly_given);
        return -1;
    }

    /* defaults for missing positional parameters */
    if (nargs < (size_t)argcount) {
        ssize_t ndefs = func->defaults ? TUPLE_LEN(func->defaults) : 0;
        int first_default = argcount - (int)ndefs;
        for (int i = (int)nargs; i < argcount; i++) {
            if (locals[i]) continue;
            if (i >= first_default) {
                locals[i] = NEWREF(TUPLE_GET(func->defaults, i - first_default));
            }
        }
        for (int i = (int)nargs; i < argcount; i++) {
            if (!locals[i]) {
                missing_args(func, f, (int)nargs, argcount, false, first_default);
                return -1;
            }
        }
    }
    if (kwonly) {
        bool missing = false;
        for (int i = argcount; i < total; i++) {
            if (locals[i]) continue;
            Object *def = NULL;
            if (func->kwdefaults) {
                int r = Dict_Lookup(func->kwdefaults, TUPLE_GET(co->localsplusnames, i), &def);
                if (r < 0) return -1;
            }
            if (def) locals[i] = NEWREF(def);
            else missing = true;
        }
        if (missing) {
            missing_args(func, f, argcount, total, true, 0);
            return -1;
        }
    }
    return 0;
}
