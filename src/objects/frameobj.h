/* Frame objects: the Python-visible view of a frame (tb_frame, gi_frame,
 * sys._getframe()).  One is made on demand for a running frame and stays
 * attached to it; when the frame ends while its object is still referenced,
 * the frame's variables move into the object, so they live as long as it. */
#ifndef CIPY_FRAMEOBJ_H
#define CIPY_FRAMEOBJ_H
#include "code.h"
#include "object.h"

struct Frame;

typedef struct FrameObject {
    Object ob;
    struct Frame *frame;        /* the running or suspended frame, NULL once it ended */
    Code *code;                 /* owned */
    Object *globals, *builtins; /* owned */
    /* Once the frame ended (frame == NULL): */
    Object *locals;             /* owned mapping of a module or class body, or NULL */
    Object **vars;              /* owned array of code->nlocalsplus slots, or NULL */
    struct FrameObject *back;   /* owned: the caller's frame object, or NULL */
    Object *extra_locals;       /* owned dict of the keys f_locals was given that name no
                                 * variable (objects/framelocals.c), or NULL */
    int lasti;                  /* the last instruction run */
    /* sys.settrace (runtime/trace.c): */
    Object *trace;              /* owned f_trace, or NULL */
    bool trace_lines;           /* f_trace_lines (True by default) */
    bool trace_opcodes;         /* f_trace_opcodes */
    int trace_prev;             /* the instruction run before, -1 just after a RESUME */
    int trace_line;             /* > 0: the line whose 'line' event is running (f_lineno) */
} FrameObject;

extern Type Frame_Type;

/* The frame object of a live frame, made and attached on first use.
 * New reference, or NULL on error. */
Object *FrameObj_Get(struct Frame *f);
/* The frame f is ending: if someone still holds its frame object, f's
 * variables, locals mapping and position move into it (f's slots are left
 * NULL).  Drops f's reference to the object. */
void FrameObj_Detach(struct Frame *f);
/* The bound variables of a frame as a new dict (cells read through, hidden
 * slots skipped); vars has co->nlocalsplus slots.  New reference or NULL. */
Object *Frame_VarsToDict(Code *co, Object *const *vars);

/* f_locals of a function's frame: the write-through FrameLocalsProxy
 * (objects/framelocals.c).  New reference or NULL. */
extern Type FrameLocals_Type;
Object *FrameLocals_New(FrameObject *fo);
/* What locals() gives in a function: a new dict of its bound variables,
 * then the extra keys f_locals was given. */
Object *FrameObj_LocalsSnapshot(FrameObject *fo);
#endif
