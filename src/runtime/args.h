/* Argument checking for built-in functions, with CPython's error texts. */
#ifndef CIPY_ARGS_H
#define CIPY_ARGS_H
#include "../object.h"

/* "f() takes no keyword arguments" unless kwnames is empty. -1 on error. */
int Arg_NoKeywords(const char *fname, Object *kwnames);
/* Checks min <= nargs <= max with CPython's texts:
 * "f expected at least 1 argument, got 0", "f expected at most 2 arguments, got 3",
 * "f() takes exactly one argument (2 given)" ... -1 on error. */
int Arg_CheckPositional(const char *fname, size_t nargs, size_t min, size_t max);
/* Generic parser.  names: NULL-terminated list of parameter names; the first
 * npos may be given positionally, the rest only by keyword when kwonly is set.
 * out[i] receives a BORROWED reference or stays NULL if not given.
 * nrequired: how many leading parameters are mandatory.  -1 on error with
 * CPython's texts ("f() got an unexpected keyword argument 'x'", ...). */
int Arg_Parse(const char *fname, Object *const *args, size_t nargs, Object *kwnames,
              const char *const *names, size_t npos, size_t nrequired, Object **out);
#endif
