/* Frames: one activation of a code object.  Frames live on a chunked VM
 * stack (not the C stack), so Python-to-Python calls need no C recursion. */
#ifndef CIPY_FRAME_H
#define CIPY_FRAME_H
#include "code.h"
#include "object.h"
#include "objects/func.h"
#include "runtime/interp.h"

typedef struct Frame {
    Code *code;               /* owned */
    Function *func;           /* owned; NULL for module and class bodies run by Eval_Code */
    Object *globals;          /* owned dict */
    Object *builtins;         /* owned: a dict, unless globals()["__builtins__"] was replaced */
    Object *locals;           /* owned mapping or NULL (functions use localsplus) */
    struct Frame *prev;       /* the caller, or NULL */
    const uint16_t *ip;       /* next instruction, saved while a callee runs */
    Object **sp;              /* stack top, saved while a callee runs */
    int lasti;                /* index of the instruction being executed */
    bool is_entry;            /* returning from it returns from Eval_Frame */
    bool is_init;             /* an __init__ run inline by a class call: its result
                               * must be None, and the instance waits on the caller's stack */
    bool slow_return;         /* returning needs Frame_Pop: the first frame of a VM
                               * stack chunk, one whose contents moved to a generator,
                               * or a function's frame with a locals mapping */
    bool yielded;             /* generator frame suspended at a yield */
    uint8_t inline_op;        /* SEND or FOR_ITER that resumed a generator inline ... */
    int inline_jump;          /* ... and its jump, taken when the generator finishes */
    Object *gen;              /* borrowed: the generator owning this heap frame, or NULL */
    Object *frameobj;         /* owned: its frame object (objects/frameobj.h), or NULL */
    Object *localsplus[];     /* nlocalsplus variables, then the value stack */
} Frame;

/* The value stack follows the variables.  The verifier proves that no
 * instruction reads below its bottom (Opcode_StackInputs in opcodes.h, checked by verify.c). */
#define FRAME_STACK_BASE(f) ((f)->localsplus + (f)->code->nlocalsplus)

/* Starts a new chunk of the VM stack with room for size bytes; -1 (MemoryError
 * set) if out of memory. */
int VM_NewChunk(size_t size);

/* Leaves vars[from..to) unbound.  (The empty asm keeps the compiler from
 * calling memset for the few slots there usually are.) */
static inline void Frame_UnbindFrom(Object **vars, int from, int to) {
    for (int i = from; i < to; i++) {
        vars[i] = NULL;
        __asm__("" : "+r"(i));
    }
}

/* The header of a new frame; the caller sets the variables.  Takes no
 * references. */
static inline void Frame_InitHeader(Frame *f, Code *code, Function *func, Object *globals, Object *builtins,
                                    Object *locals) {
    f->func = func;
    f->code = code;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->prev = NULL;
    f->ip = code->instrs + code->entry;
    f->sp = f->localsplus + code->nlocalsplus;
    f->lasti = 0;
    f->is_entry = false;
    f->is_init = false;
    f->yielded = false;
    f->inline_op = 0;
    f->gen = NULL;
    f->frameobj = NULL;
}

/* The header of a frame for a call of func (its variables are set by the
 * caller); takes over one reference to func. */
static inline void Frame_InitCall(Frame *f, Function *func, Code *code) {
    Frame_InitHeader(f, code, func, func->globals, func->builtins, NULL);
}

/* The common call: a frame for func whose first nargs variables take over
 * the references in args (nargs == func->code->fast_nargs), and one reference
 * to func.  The closure is not copied.  NULL (MemoryError) if out of memory;
 * nothing is taken then. */
static inline Frame *Frame_PushExact(Function *func, Object *const *args, int nargs) {
    Code *code = func->code;
    Interp *in = g_interp;
    size_t size = code->framesize;
    /* vm_top and vm_end are both NULL before the first chunk */
    bool chunk_start = false;
    if (__builtin_expect((size_t)(in->vm_end - in->vm_top) < size, 0)) {
        if (VM_NewChunk(size) < 0) return NULL;
        chunk_start = true;
    }
    Frame *f = (Frame *)in->vm_top;
    in->vm_top += size;
    Object **vars = f->localsplus;
    int i;
    switch (nargs) { /* most calls pass a few arguments: no loop for them */
    case 3: vars[2] = args[2]; /* fall through */
    case 2: vars[1] = args[1]; /* fall through */
    case 1: vars[0] = args[0]; /* fall through */
    case 0: i = nargs; break;
    default:
        for (i = 0; i < nargs; i++) vars[i] = args[i];
    }
    Frame_UnbindFrom(vars, i, code->nlocalsplus); /* the other variables */
    Frame_InitCall(f, func, code);
    f->slow_return = chunk_start;
    return f;
}

/* Allocates a frame on the VM stack with every slot NULL; takes new
 * references to code/func/globals/builtins/locals.  NULL on error. */
Frame *Frame_Push(Code *code, Function *func, Object *globals, Object *builtins, Object *locals);
/* Releases every reference the frame holds and pops it off the VM stack.
 * Frames are popped in LIFO order. */
void Frame_Pop(Frame *f);
/* Stores the arguments of a call into f's parameters (increfs them), with
 * CPython's errors for bad calls.  -1 on error. */
int Frame_BindArgs(Frame *f, Function *func, Object *const *args, size_t nargs, Object *kwnames);
void VM_FreeStack(void);
/* Releases every reference a frame holds and leaves its slots NULL. */
void Frame_ClearRefs(Frame *f);
/* Size in bytes of a frame for code (Code_New stores it in code->framesize). */
size_t Frame_Size(const Code *code);
/* The heap frame of a new generator for a call of func (whose code has a
 * gen_start) with exactly its positional parameters, as RETURN_GENERATOR
 * leaves it: variables bound (references to args taken), closure copied,
 * cells made, suspended before its first instruction after RETURN_GENERATOR.
 * Takes a reference to func.  NULL (MemoryError) if out of memory. */
Frame *Frame_NewGenerator(Function *func, Object *const *args, int nargs);
/* Moves the frame f (on the VM stack) into a new heap block owned by gen;
 * f is left empty, ready for Frame_Pop.  NULL if out of memory. */
Frame *Frame_MoveToHeap(Frame *f, Object **sp, const uint16_t *ip, Object *gen);
#endif
