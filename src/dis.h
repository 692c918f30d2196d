/* The disassembler: the text of CPython 3.14's dis.dis(code) with default
 * options (module code and, recursively, every nested code object). */
#ifndef CIPY_DIS_H
#define CIPY_DIS_H
#include "object.h"

/* malloc'd UTF-8 text (free() it); NULL if out of memory or code is not a
 * code object.  Never leaves an exception set. */
char *Dis_Format(Object *code);
#endif
