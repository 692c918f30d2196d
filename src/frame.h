/* Frames: one activation of a code object.  Frames live on a chunked VM
 * stack (not the C stack), so Python-to-Python calls need no C recursion. */
#ifndef CIPY_FRAME_H
#define CIPY_FRAME_H
#include "object.h"
#include "code.h"
#include "objects/func.h"

typedef struct Frame {
    Code *code;               /* owned */
    Function *func;           /* owned; NULL for module and class bodies run by Eval_Code */
    Object *globals;          /* owned dict */
    Object *builtins;         /* owned dict */
    Object *locals;           /* owned mapping or NULL (functions use localsplus) */
    struct Frame *prev;       /* the caller, or NULL */
    const uint16_t *ip;       /* next instruction, saved while a callee runs */
    Object **sp;              /* stack top, saved while a callee runs */
    int lasti;                /* index of the instruction being executed */
    bool is_entry;            /* returning from it returns from Eval_Frame */
    bool yielded;             /* generator frame suspended at a yield */
    uint8_t inline_op;        /* SEND or FOR_ITER that resumed a generator inline ... */
    int inline_jump;          /* ... and its jump, taken when the generator finishes */
    Object *gen;              /* borrowed: the generator owning this heap frame, or NULL */
    Object *frameobj;         /* owned: its frame object (objects/frameobj.h), or NULL */
    Object *localsplus[];     /* nlocalsplus variables, then the value stack */
} Frame;

/* Guard slots between the variables and the value stack.  The verifier
 * proves the stack depth never drops below zero between instructions, but an
 * instruction of a hostile .pyc may read a few items more than it pushed:
 * those reads land here, on OBJ_NULLSLOT. */
#define FRAME_STACK_GUARD 8
#define FRAME_STACK_BASE(f) ((f)->localsplus + (f)->code->nlocalsplus + FRAME_STACK_GUARD)

/* Allocates a frame on the VM stack with every slot NULL; takes new
 * references to code/func/globals/builtins/locals.  NULL on error. */
Frame *Frame_Push(Code *code, Function *func, Object *globals, Object *builtins, Object *locals);
/* A frame for a call of func with nargs <= its number of variables; the
 * first nargs variables take over the references in args (the fast path
 * for calls that pass exactly the positional parameters).  NULL on error. */
Frame *Frame_PushCall(Function *func, Object *const *args, int nargs);
/* Releases every reference the frame holds and pops it off the VM stack.
 * Frames are popped in LIFO order. */
void Frame_Pop(Frame *f);
/* Stores the arguments of a call into f's parameters (increfs them), with
 * CPython's errors for bad calls.  -1 on error. */
int Frame_BindArgs(Frame *f, Function *func, Object *const *args, size_t nargs, Object *kwnames);
void VM_FreeStack(void);
/* Releases every reference a frame holds and leaves its slots NULL. */
void Frame_ClearRefs(Frame *f);
/* Size in bytes of a frame for code. */
size_t Frame_Size(const Code *code);
/* Moves the frame f (on the VM stack) into a new heap block owned by gen;
 * f is left empty, ready for Frame_Pop.  NULL if out of memory. */
Frame *Frame_MoveToHeap(Frame *f, Object **sp, const uint16_t *ip, Object *gen);
#endif
