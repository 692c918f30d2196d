/* Frame objects (see frameobj.h). */
#include "objects/frameobj.h"
#include "abstract.h"
#include "frame.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include <stdlib.h>

Object *FrameObj_Get(Frame *f) {
    if (f->frameobj) return NEWREF(f->frameobj);
    FrameObject *fo = (FrameObject *)Obj_Alloc(&Frame_Type, sizeof(FrameObject));
    if (!fo) return NULL;
    if (f->frameobj) {
        /* a collection run by the allocation ran Python code that made one */
        DECREF((Object *)fo);
        return NEWREF(f->frameobj);
    }
    fo->frame = f;
    fo->code = (Code *)NEWREF((Object *)f->code);
    fo->globals = NEWREF(f->globals);
    fo->builtins = NEWREF(f->builtins);
    fo->trace_lines = true;
    fo->trace_prev = -1;
    f->frameobj = (Object *)fo;   /* the frame's reference */
    return NEWREF((Object *)fo);
}

/* A frame is running when it is on the call chain: every frame that is not
 * a generator's, and a generator's frame while the generator runs. */
static bool frame_is_running(const Frame *f) {
    return !f->gen || ((Gen *)f->gen)->running;
}

void FrameObj_Detach(Frame *f) {
    FrameObject *fo = (FrameObject *)f->frameobj;
    f->frameobj = NULL;
    fo->frame = NULL;
    if (fo->ob.refcnt > 1) {
        Code *co = f->code;
        fo->lasti = f->lasti;
        fo->locals = XNEWREF(f->locals);
        if (co->nlocalsplus > 0) {
            fo->vars = malloc((size_t)co->nlocalsplus * sizeof(Object *));
            if (fo->vars) {
                /* the references move: f's slots are left empty */
                for (int i = 0; i < co->nlocalsplus; i++) {
                    fo->vars[i] = f->localsplus[i];
                    f->localsplus[i] = NULL;
                }
            }
        }
        /* a caller's frame object outlives the call only if made here; a
         * generator that finished has no caller to show */
        if (f->prev && !f->gen) {
            fo->back = (FrameObject *)FrameObj_Get(f->prev);
            if (!fo->back) Err_Clear();
        }
    }
    DECREF((Object *)fo);
}

Object *Frame_VarsToDict(Code *co, Object *const *vars) {
    Object *d = Dict_New();
    if (!d || !vars) return d;
    const uint8_t *kinds = BYTES_DATA(co->localspluskinds);
    for (int i = 0; i < co->nlocalsplus; i++) {
        Object *v = vars[i];
        if (v && (kinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) && TYPE(v) == &Cell_Type) v = ((Cell *)v)->ref;
        if (!v || (kinds[i] & CO_FAST_HIDDEN)) continue;
        if (Dict_SetItem(d, TUPLE_GET(co->localsplusnames, i), v) < 0) {
            DECREF(d);
            return NULL;
        }
    }
    return d;
}

static int frame_lasti(const FrameObject *fo) {
    return fo->frame ? fo->frame->lasti : fo->lasti;
}

/* ---- the type ---------------------------------------------------------------- */

static void frame_clear_vars(FrameObject *fo) {
    Object **vars = fo->vars;
    if (!vars) return;
    fo->vars = NULL;
    for (int i = 0; i < fo->code->nlocalsplus; i++) XDECREF(vars[i]);
    free(vars);
}

static int frame_traverse(Object *o, VisitFn visit, void *arg) {
    FrameObject *fo = (FrameObject *)o;
    Object *fields[] = {fo->globals, fo->builtins, fo->locals, (Object *)fo->back, fo->trace, fo->extra_locals};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        if (fields[i] && visit(fields[i], arg)) return 1;
    if (fo->vars)
        for (int i = 0; i < fo->code->nlocalsplus; i++)
            if (fo->vars[i] && visit(fo->vars[i], arg)) return 1;
    return 0;
}

static int frame_gc_clear(Object *o) {
    FrameObject *fo = (FrameObject *)o;
    frame_clear_vars(fo);
    CLEAR(fo->locals);
    CLEAR(fo->back);
    CLEAR(fo->trace);
    CLEAR(fo->extra_locals);
    return 0;
}

static void frame_dealloc(Object *o) {
    FrameObject *fo = (FrameObject *)o;
    if (fo->frame) fo->frame->frameobj = NULL;
    frame_clear_vars(fo);
    CLEAR(fo->trace);
    CLEAR(fo->locals);
    CLEAR(fo->extra_locals);
    CLEAR(fo->globals);
    CLEAR(fo->builtins);
    CLEAR(fo->code);
    /* release the chain of callers iteratively: it can be as long as the
     * recursion that raised */
    FrameObject *back = fo->back;
    fo->back = NULL;
    Obj_Free(o);
    while (back && back->ob.refcnt == 1) {
        FrameObject *next = back->back;
        back->back = NULL;
        DECREF((Object *)back);
        back = next;
    }
    if (back) DECREF((Object *)back);
}

static Object *frame_repr(Object *o) {
    FrameObject *fo = (FrameObject *)o;
    return Str_FromFormat("<frame at %p, file %R, line %d, code %U>", (void *)o, fo->code->filename,
                          Code_Line(fo->code, frame_lasti(fo)), fo->code->name);
}

static Object *frame_get_code(Object *o) { return NEWREF((Object *)((FrameObject *)o)->code); }
static Object *frame_get_globals(Object *o) { return NEWREF(((FrameObject *)o)->globals); }
/* the builtins dict shows builtins.__spec__: loaded first (Import_EnsureSpecs) */
static Object *frame_get_builtins(Object *o) {
    if (Import_EnsureSpecs() < 0) return NULL;
    return NEWREF(((FrameObject *)o)->builtins);
}

static Object *frame_get_lineno(Object *o) {
    FrameObject *fo = (FrameObject *)o;
    if (fo->trace_line > 0) return Int_FromI64(fo->trace_line);
    int line = Code_Line(fo->code, frame_lasti(fo));
    return line < 0 ? NEWREF(OBJ_NONE) : Int_FromI64(line);
}

static Object *frame_get_lasti(Object *o) { return Int_FromI64(2 * (int64_t)frame_lasti((FrameObject *)o)); }

/* A module or class body's frame shows its namespace itself; a function's
 * a proxy that writes through to its variables. */
static Object *frame_get_locals(Object *o) {
    FrameObject *fo = (FrameObject *)o;
    Object *ns = fo->frame ? fo->frame->locals : fo->locals;
    return ns ? NEWREF(ns) : FrameLocals_New(fo);
}

static Object *frame_get_back(Object *o) {
    FrameObject *fo = (FrameObject *)o;
    Frame *f = fo->frame;
    if (!f) return NEWREF(fo->back ? (Object *)fo->back : OBJ_NONE);
    if (!f->prev || !frame_is_running(f)) return NEWREF(OBJ_NONE);
    return FrameObj_Get(f->prev);
}

static Object *frame_get_generator(Object *o) {
    Frame *f = ((FrameObject *)o)->frame;
    return NEWREF(f && f->gen ? f->gen : OBJ_NONE);
}

static Object *frame_get_trace(Object *o) {
    FrameObject *fo = (FrameObject *)o;
    return NEWREF(fo->trace ? fo->trace : OBJ_NONE);
}

static int frame_set_trace(Object *o, Object *v) {
    FrameObject *fo = (FrameObject *)o;
    Object *old = fo->trace;
    fo->trace = v && v != OBJ_NONE ? NEWREF(v) : NULL;
    XDECREF(old);
    return 0;
}

static Object *frame_get_trace_lines(Object *o) { RETURN_BOOL(((FrameObject *)o)->trace_lines); }
static Object *frame_get_trace_opcodes(Object *o) { RETURN_BOOL(((FrameObject *)o)->trace_opcodes); }

/* f_trace_lines and f_trace_opcodes take a bool only, as CPython's. */
static int frame_set_flag(Object *v, bool *flag) {
    if (!v) {
        Err_SetString(Exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (v != OBJ_TRUE && v != OBJ_FALSE) {
        Err_SetString(Exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    *flag = v == OBJ_TRUE;
    return 0;
}
static int frame_set_trace_lines(Object *o, Object *v) { return frame_set_flag(v, &((FrameObject *)o)->trace_lines); }
static int frame_set_trace_opcodes(Object *o, Object *v) {
    if (!v) { /* (a getset in CPython, f_trace_lines a member) */
        Err_SetString(Exc_AttributeError, "attribute 'f_trace_opcodes' of 'frame' objects cannot be deleted");
        return -1;
    }
    return frame_set_flag(v, &((FrameObject *)o)->trace_opcodes);
}

static Object *frame_clear(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    FrameObject *fo = (FrameObject *)self;
    if (fo->frame) {
        Err_SetString(Exc_RuntimeError, frame_is_running(fo->frame) ? "cannot clear an executing frame"
                                                                     : "cannot clear a suspended frame");
        return NULL;
    }
    frame_clear_vars(fo);
    CLEAR(fo->extra_locals);
    RETURN_NONE;
}

static const MethodDef frame_methods[] = {
    {"clear", frame_clear, 0, ARGS("($self, /)", "Clear all references held by the frame.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef frame_getset[] = {
    {"f_code", frame_get_code, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL},
    {"f_lineno", frame_get_lineno, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL},
    {"f_generator", frame_get_generator, NULL, NULL},
    {"f_trace", frame_get_trace, frame_set_trace, NULL},
    {"f_trace_lines", frame_get_trace_lines, frame_set_trace_lines, NULL},
    {"f_trace_opcodes", frame_get_trace_opcodes, frame_set_trace_opcodes, NULL},
    {NULL, NULL, NULL, NULL},
};

Type Frame_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "frame",
    .basicsize = sizeof(FrameObject),
    .flags = TPFLAG_GC,
    .dealloc = frame_dealloc,
    .traverse = frame_traverse,
    .clear = frame_gc_clear,
    .repr = frame_repr,
    .methods = frame_methods,
    .getset = frame_getset,
};
