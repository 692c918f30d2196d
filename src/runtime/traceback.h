/* Traceback entries and CPython's text for an uncaught exception. */
#ifndef CIPY_TRACEBACK_H
#define CIPY_TRACEBACK_H
#include "../object.h"
#include "../code.h"

typedef struct Traceback {
    Object ob;
    struct Traceback *next;  /* owned: the frame the exception came from (deeper) */
    Code *code;              /* owned */
    int lasti;               /* code-unit index of the failing instruction */
    int lineno;
} Traceback;

/* Records that exc passed through code at instruction i: prepends an entry to
 * exc.__traceback__ (the newest frame goes in front). */
int Tb_Add(Object *exc, Code *code, int i);
/* The full text CPython prints for an uncaught exc (chained causes/contexts,
 * notes, groups, source lines with carets).  Returns a malloc'd UTF-8 string. */
char *Tb_FormatException(Object *exc);
/* Reads line `lineno` (1-based) of a source file; malloc'd, NULL if absent. */
char *Source_GetLine(const char *filename, int lineno);
/* CPython's "Did you mean" choice among candidate str objects: the closest to
 * name (a str) by its weighted Levenshtein rule, or NULL.  Borrowed. (suggest.c) */
Object *Suggest_Closest(Object *name, Object *const *cands, ssize_t n);
#endif
