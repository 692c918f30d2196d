/* Interpreter state.  One interpreter runs at a time in a process; an embedder
 * may keep several and run them one after another. */
#ifndef CIPY_INTERP_H
#define CIPY_INTERP_H
#include "../object.h"
#include <stdint.h>

typedef void (*WriteFn)(void *ctx, const char *data, size_t len);

typedef struct OutStream {
    WriteFn write;
    void *ctx;
    char *buf;          /* pending bytes (stdout is block-buffered, as CPython's when piped) */
    size_t len, cap;
    bool line_buffered;
} OutStream;

typedef struct Frame Frame;

typedef struct Interp {
    Object *builtins;        /* dict of the builtins module */
    Object *builtins_mod;
    Object *sys_mod;
    Object *modules;         /* dict: sys.modules */
    Object *main_dict;       /* __main__ globals of the current run */
    Object *builtins_copy;   /* the builtins as they were at start-up (restored at shutdown) */
    bool finished;           /* the program ended (Shutdown_Run): nothing more may run */
    bool modules_gone;       /* the shutdown released the modules: CPython can no longer
                              * open source files to show lines in a traceback */
    OutStream out, err;
    Object *argv;            /* list of str */
    char **search_path; size_t nsearch_path;

    Object *curexc;          /* the exception being raised (owned) or NULL */
    /* The exception being handled (sys.exception()): a stack kept by the eval loop. */
    Object **exc_stack; size_t exc_depth, exc_cap;

    Frame *frame;            /* innermost executing Python frame */
    int recursion_depth;     /* Python frames + guarded C recursion */
    int recursion_limit;     /* sys.getrecursionlimit(), 1000 by default */
    int c_depth;             /* nesting of guarded C recursion (Recursion_Enter) */
    uintptr_t stack_limit;   /* lowest safe C stack address for this run, 0: unknown */
    size_t stack_size;       /* the thread's C stack size */
    char *vm_stack, *vm_top, *vm_end;  /* current chunk of the frame stack */
    void *vm_chunks;         /* list of chunks for freeing */
} Interp;

extern Interp *g_interp;

/* Guards C recursion (repr of nested containers, slots calling Python code):
 * raises RecursionError "maximum recursion depth exceeded{where}" and returns -1
 * when the limit is reached. */
int Recursion_Enter(const char *where);
void Recursion_Leave(void);

/* Start-up of the process-wide state (types, hash key); idempotent. */
int Runtime_Init(void);
/* A new interpreter with builtins and sys loaded; NULL if out of memory.
 * Makes it the current one (g_interp). */
Interp *Interp_New(void);
void Interp_Free(Interp *in);
/* Makes in current and notes the C stack position for the recursion guard. */
void Interp_Enter(Interp *in);
/* Creates, registers in sys.modules and initialises a built-in module;
 * ModuleNotFoundError if there is none by that name. */
Object *Interp_LoadBuiltinModule(const char *name);
/* The interpreter used while no other is current (loading .pyc files). */
Interp *Interp_Bootstrap(void);

/* Output streams (runtime/out.c). */
int Out_Write(OutStream *s, const char *data, size_t len);
void Out_Flush(OutStream *s);
#endif
