/* Code objects: what marshal loads and the eval loop runs. */
#ifndef CIPY_CODE_H
#define CIPY_CODE_H
#include "object.h"

/* co_flags bits, as CPython's. */
enum {
    CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200,
    CO_HAS_DOCSTRING = 0x4000000, CO_METHOD = 0x8000000,
};
/* co_localspluskinds bits. */
enum { CO_FAST_HIDDEN = 0x10, CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40, CO_FAST_FREE = 0x80 };

typedef struct Code {
    Object ob;
    int argcount, posonlyargcount, kwonlyargcount;
    int stacksize, flags, firstlineno;
    int nlocalsplus;          /* len(localsplusnames) */
    int nlocals, ncellvars, nfreevars; /* derived from the kinds */
    Object *code;             /* bytes: co_code as marshalled */
    Object *consts;           /* tuple */
    Object *names;            /* tuple of str */
    Object *localsplusnames;  /* tuple of str */
    Object *localspluskinds;  /* bytes */
    Object *filename, *name, *qualname;  /* str */
    Object *linetable;        /* bytes: co_linetable */
    Object *exceptiontable;   /* bytes: co_exceptiontable */
    uint16_t *instrs;         /* writable copy of co_code (quickening writes here) */
    ssize_t ninstrs;          /* number of 16-bit code units */
    void *extra;              /* eval loop's per-code data (caches), owned */
    /* Derived once by Code_New for the call path: */
    int fast_nargs;           /* argcount when a call binds only positional parameters
                               * (no keyword-only, *args or **kwargs), else -1 */
    size_t framesize;         /* bytes of a frame for this code (Frame_Size) */
    int entry;                /* where a new frame starts: 1 past a RESUME at 0 (a no-op
                               * in this interpreter), else 0 */
    int gen_start;            /* a generator, coroutine or async generator whose
                               * code before RETURN_GENERATOR is only COPY_FREE_VARS,
                               * MAKE_CELL and NOP: the instruction after it (a call
                               * can build the generator directly); else 0 */
    void *trace_map;          /* lines and line starts for sys.settrace (runtime/trace.c), or NULL */
    void *line_ranges;        /* the line table decoded for Code_Line (code.c), made on its
                               * first call, or NULL */
} Code;

/* Builds a code object; steals nothing (increfs every object argument). */
Code *Code_New(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize,
               int flags, Object *code, Object *consts, Object *names,
               Object *localsplusnames, Object *localspluskinds, Object *filename,
               Object *name, Object *qualname, int firstlineno, Object *linetable,
               Object *exceptiontable);

/* Source position of the instruction at code-unit index i; -1 where absent
 * (line -1: no line number).  Returns 0 on success, -1 if i is out of range. */
typedef struct CodePos { int line, end_line, col, end_col; } CodePos;
int Code_Position(const Code *c, int i, CodePos *pos);
int Code_Line(const Code *c, int i);  /* -1 if none */

/* Exception table lookup for the instruction at code-unit index i.
 * Returns true and fills handler (code-unit index), depth and lasti when a
 * handler covers i. */
bool Code_FindHandler(const Code *c, int i, int *handler, int *depth, bool *lasti);

/* ---- additions by the loader contributor ---- */
/* Frees Code.extra when a code object dies (set by the eval loop; the
 * default, used while it is NULL, is free()). */
extern void (*Code_ExtraFree)(void *extra);

/* co_lines(): ranges [start, end) of code units sharing one line number
 * (line -1: none), adjacent ranges with equal lines merged, as CPython. */
typedef struct CodeLineIter {
    const uint8_t *p, *end;
    int addr, line;          /* running state of the location table */
    int firstlineno;
    bool have_peek;          /* a decoded range waiting to be returned */
    int peek_start, peek_end, peek_line;
} CodeLineIter;
void Code_LinesInit(CodeLineIter *it, const Code *c);
bool Code_LinesNext(CodeLineIter *it, int *start, int *end, int *line);

/* One entry of co_exceptiontable, in code units. */
typedef struct CodeExcEntry { int start, end, target, depth; bool lasti; } CodeExcEntry;
typedef struct CodeExcIter { const uint8_t *p, *end; bool bad; } CodeExcIter;
void Code_ExcInit(CodeExcIter *it, const Code *c);
/* False at the end of the table; it->bad is set if the table is malformed. */
bool Code_ExcNext(CodeExcIter *it, CodeExcEntry *e);

/* The names of the localsplus slots whose kind has the given bit (co_varnames:
 * CO_FAST_LOCAL, co_cellvars: CO_FAST_CELL, co_freevars: CO_FAST_FREE). */
Object *Code_VarNames(const Code *c, int bit);

/* code.replace(**changes) and types.CodeType(...) (src/code_replace.c). */
Object *Code_Replace(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Code_Construct(Type *t, Object *const *args, size_t nargs, Object *kwnames);

/* The name of localsplus slot i (borrowed), as co._varname_from_oparg. */
Object *Code_LocalName(const Code *c, int i);
#endif
