/* Python functions, built-in functions, bound methods, cells. */
#ifndef CIPY_FUNC_H
#define CIPY_FUNC_H
#include "code.h"
#include "object.h"
#include "runtime/args.h"

typedef struct Function {
    Object ob;
    CallFn vectorcall;
    Code *code;
    Object *globals, *builtins;   /* globals: a dict; builtins: see Eval_BuiltinsFor */
    Object *name, *qualname;      /* str */
    Object *defaults;             /* tuple or NULL */
    Object *kwdefaults;           /* dict or NULL */
    Object *closure;              /* tuple of cells or NULL */
    Object *doc, *dict, *module, *annotations, *annotate, *typeparams;
    Object *old_codes;            /* list of the code objects __code__ assignments replaced, or
                                   * NULL: running frames borrow their code from the function */
    unsigned version;
} Function;

/* A function for code with the given globals; qualname defaults to code's. */
Object *Function_New(Code *code, Object *globals);
/* SET_FUNCTION_ATTRIBUTE's annotate: fn's __annotate__ becomes annotate
 * (stolen), which, a function, is named after fn (qualname "f.__annotate__").
 * -1 on error (it is set all the same). */
int Function_SetAnnotate(Function *fn, Object *annotate);
/* Whether v may be set as an __annotate__ (a callable or None): 0, or -1
 * with TypeError (the text on_delete when v is NULL, a deletion). */
int Annotate_CheckValue(Object *v, const char *on_delete);
/* The annotations an __annotate__ function gives (format 1, VALUE), checked
 * to be a dict; a new empty dict when fn is NULL, None or not callable.  New
 * reference (modules, classes and functions). */
Object *Annotate_Call(Object *fn);

typedef struct BuiltinFunction {
    Object ob;
    const MethodDef *def;
    ArgFastRange fast; /* the counts def takes as they are (Arg_FastIn), 0 until known */
    Object *self;    /* bound object (owned) or NULL */
    Object *module;  /* str or NULL */
    Type *owner;     /* the type of a static method (borrowed: a static type), or NULL */
} BuiltinFunction;
/* A built-in function for def bound to self (borrowed; may be NULL). */
Object *BuiltinFunction_New(const MethodDef *def, Object *self);
/* The name CPython's messages give a built-in function or method descriptor:
 * "len", "time.sleep", "list.append", "L.append" for a method bound to an
 * instance of the subclass L (a new str). */
Object *BuiltinFunc_QualName(Object *callable);

typedef struct Method {
    Object ob;
    Object *func, *self;
} Method;
Object *Method_New(Object *func, Object *self);

typedef struct Cell {
    Object ob;
    Object *ref;     /* owned or NULL (empty) */
} Cell;
Object *Cell_New(Object *v);   /* v may be NULL */

/* A descriptor for a MethodDef in a type's dict (bound on attribute access). */
typedef struct MethodDescr {
    Object ob;
    const MethodDef *def;
    ArgFastRange fast; /* the counts def takes as they are (Arg_FastIn), 0 until known */
    Type *owner;
} MethodDescr;
extern Type MethodDescr_Type, ClassMethodDescr_Type, GetSetDescr_Type;
Object *MethodDescr_New(Type *owner, const MethodDef *def);
typedef struct GetSetDescr {
    Object ob;
    const GetSetDef *def;
    Type *owner; /* owned */
} GetSetDescr;
Object *GetSetDescr_New(Type *owner, const GetSetDef *def);
#endif
