/* The format-spec mini-language shared by int, float, complex and str
 * __format__:  [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
#ifndef CIPY_FORMATSPEC_H
#define CIPY_FORMATSPEC_H
#include "../object.h"

/* str.__format__ (fill/align/width/precision); spec is a str. */
Object *Format_String(Object *str, Object *spec);
/* complex.__format__ */
Object *Complex_Format(Object *c, Object *spec);
#endif
