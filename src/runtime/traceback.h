/* Traceback entries and CPython's text for an uncaught exception. */
#ifndef CIPY_TRACEBACK_H
#define CIPY_TRACEBACK_H
#include "code.h"
#include "object.h"

typedef struct Traceback {
    Object ob;
    struct Traceback *next;  /* owned: the frame the exception came from (deeper) */
    Code *code;              /* owned */
    Object *frame;           /* owned frame object (objects/frameobj.h), or NULL */
    int lasti;               /* code-unit index of the failing instruction */
    int lineno;
    /* Captured from the frame for the innermost entry only, for the
     * "Did you mean" hints CPython computes from tb_frame: */
    Object *hint_names;      /* NameError: names visible in the frame (list of str) or NULL */
    bool self_has_name;      /* NameError: the frame's `self` has the missing name */
    bool self_is_obj;        /* AttributeError: the frame's `self` is the object */
} Traceback;

/* Records that exc passed through code at instruction i: prepends an entry to
 * exc.__traceback__ (the newest frame goes in front).  Call it while the
 * frame running `code` is still g_interp->frame: for the innermost entry of
 * a NameError/AttributeError it reads the frame's names for the hints. */
int Tb_Add(Object *exc, Code *code, int i);
/* The full text CPython prints for an uncaught exc (chained causes/contexts,
 * notes, groups, source lines with carets), coloured as for a terminal when
 * colour is true.  Returns a malloc'd UTF-8 string. */
char *Tb_FormatException(Object *exc, bool colour);
/* Whether the interpreter colours the traceback it prints now, as its
 * configuration asks (cipy_config.colors): for "as python decides", by
 * CPython 3.14's rule (tb_colour.c). */
bool Tb_ColourWanted(void);
/* The same as CPython's built-in fallback printer writes it: source lines
 * without carets and no "Did you mean" hints. */
char *Tb_FormatExceptionBuiltin(Object *exc);
/* The source block traceback.StackSummary shows under a frame: the
 * instruction's lines (UTF-8, lines[i] NULL when absent) dedented, with the
 * ~~~^^^ markers when CPython shows them, each indented by four spaces;
 * colno/end_colno are UTF-8 byte offsets, -1 when unknown.  Malloc'd. */
char *Tb_FormatSource(const char *const *lines, int n, int colno, int end_colno, bool colour);
/* Reads line `lineno` (1-based) of a source file; malloc'd, NULL if absent. */
char *Source_GetLine(const char *filename, int lineno);
/* CPython's "Did you mean" choice among candidate str objects: the closest to
 * name (a str) by its weighted Levenshtein rule, or NULL.  Borrowed. (suggest.c) */
Object *Suggest_Closest(Object *name, Object *const *cands, ssize_t n);
#endif
