/* The format-spec mini-language shared by int, float, complex and str
 * __format__:  [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
#ifndef CIPY_FORMATSPEC_H
#define CIPY_FORMATSPEC_H
#include "object.h"

struct StrBuilder;
/* format(o, spec) appended to sb, for an exact str, int or float (whose
 * __format__ cannot have been replaced): 1 done, 0 not such an object
 * (nothing appended), -1 error.  str.format writes its fields this way. */
int Format_Into(struct StrBuilder *sb, Object *o, Object *spec);
/* str.__format__ (fill/align/width/precision); spec is a str. */
Object *Format_String(Object *str, Object *spec);
/* complex.__format__ */
Object *Complex_Format(Object *c, Object *spec);
/* The digits of v in base 2, 8, 10 or 16 (upper: A-F), NUL-terminated, into
 * out (65 bytes suffice); returns how many. */
int Format_Digits(uint64_t v, int base, bool upper, char *out);
/* A double for printf-style formatting (fmt % args), conv one of eEfFgG:
 * ljust, sign ('\0', '+' or ' '), alt and zero are the -, + / space, # and
 * 0 flags; width <= 0: none; prec -1: 6.  Appends to sb; -1 on error. */
struct StrBuilder;
int Format_PercentFloat(struct StrBuilder *sb, double v, char conv, bool ljust, char sign, bool alt, bool zero,
                        ssize_t width, ssize_t prec);
#endif
