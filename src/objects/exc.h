/* Exception objects: the built-in hierarchy and its attributes. */
#ifndef CIPY_EXC_H
#define CIPY_EXC_H
#include "code.h"
#include "object.h"
#include "runtime/err.h"

typedef struct BaseExc {
    Object ob;
    Object *dict;
    Object *args;        /* tuple, never NULL; __notes__ lives in dict, as in CPython */
    Object *traceback;   /* NULL or Traceback */
    Object *context, *cause;  /* NULL or exception */
    bool suppress_context;
} BaseExc;

/* Subclasses with extra fields put them after BaseExc. */
typedef struct StopIterationExc { BaseExc base; Object *value; } StopIterationExc;
typedef struct SystemExitExc { BaseExc base; Object *code; } SystemExitExc;
typedef struct NameErrorExc { BaseExc base; Object *name; } NameErrorExc;
typedef struct AttributeErrorExc { BaseExc base; Object *name, *obj; } AttributeErrorExc;
typedef struct ImportErrorExc { BaseExc base; Object *msg, *name, *path, *name_from; } ImportErrorExc;
typedef struct OSErrorExc { BaseExc base; Object *myerrno, *strerror, *filename, *filename2, *winerror; ssize_t written; } OSErrorExc;
typedef struct SyntaxErrorExc { BaseExc base; Object *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset, *print_file_and_line, *metadata; } SyntaxErrorExc;
typedef struct UnicodeErrorExc { BaseExc base; Object *encoding, *object, *reason; ssize_t start, end; } UnicodeErrorExc;
typedef struct ExcGroupExc { BaseExc base; Object *msg, *excs; } ExcGroupExc;

#define EXC_TRACEBACK(e) (((BaseExc *)(e))->traceback)
#define EXC_CONTEXT(e) (((BaseExc *)(e))->context)
#define EXC_CAUSE(e) (((BaseExc *)(e))->cause)

/* The built-in exception types (NULL-terminated), readied from the
 * registry; Exc_Ready, its ready hook, completes ExceptionGroup's bases. */
extern Type *const Exc_Types[];
int Exc_Ready(void);
/* Registers the exception types in the builtins dict. */
int Exc_InitBuiltins(Object *builtins_dict);
/* Sets e.__context__ (steals ctx; ctx may be NULL), __cause__ likewise. */
void Exc_SetContext(Object *e, Object *ctx);
void Exc_SetCause(Object *e, Object *cause);
/* except* (exc_group.c).  ExcGroup_CheckStarType: the TypeError CPython gives
 * for a bad except* type (a class not deriving from BaseException, or an
 * exception group type); -1 on error.  ExcGroup_Match (CHECK_EG_MATCH):
 * splits exc by match_type into *match / *rest (new references, NULL for
 * None); a matching naked exception is wrapped in ExceptionGroup("", (exc,))
 * whose traceback is one entry for (code, lasti), the running instruction.
 * ExcGroup_PrepReraiseStar (INTRINSIC_PREP_RERAISE_STAR): from the original
 * exception and the list of exceptions raised/re-raised by the except*
 * clauses, the exception to raise (new reference; None when nothing). */
int ExcGroup_CheckStarType(Object *t);
int ExcGroup_Match(Object *exc, Object *match_type, Code *code, int lasti, Object **match,
                   Object **rest);
Object *ExcGroup_PrepReraiseStar(Object *orig, Object *excs);
/* StopIteration(value) with value borrowed. */
Object *Exc_StopIterationValue(Object *e);   /* borrowed .value */
#endif
