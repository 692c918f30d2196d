/* Shared by the traceback formatter files (tb_format.c, tb_carets.c, tb_hints.c). */
#ifndef CIPY_TB_INTERNAL_H
#define CIPY_TB_INTERNAL_H
#include "object.h"

/* A line of source as code points. */
typedef struct TbLine { uint32_t *p; int n; } TbLine;

/* Where the secondary marker ('^' inside '~') goes: from (left_line,
 * left_col) up to but excluding (right_line, right_col), in the segment's
 * own line/column numbering. */
typedef struct TbAnchors { int left_line, left_col, right_line, right_col; } TbAnchors;

/* CPython's caret anchors for a source segment holding one expression: the
 * operator of a binary operation, or the brackets of a call or subscript. */
bool Tb_FindAnchors(const TbLine *seg, int nseg, TbAnchors *a);
/* True when the lines are `return f(...)` or `name = <any call>` and the call
 * spans exactly the instruction (start on the first line, end on the last):
 * CPython omits the carets then. */
bool Tb_CallSpansStatement(const TbLine *lines, int n, int start_offset, int end_offset);
/* Terminal width of the first `offset` characters (wide East Asian: 2). */
int Tb_DisplayWidth(const TbLine *l, int offset);

/* The "Did you mean" / "forgot to import" text to append to the message of
 * a NameError, AttributeError or ImportError (malloc'd UTF-8), or NULL. */
char *Tb_NameHint(Object *exc);
#endif
