/* Argument checking for built-in functions, with CPython's error texts.
 *
 * Function names: pass the bare name ("len", "list.append"); the helpers that
 * print "name()" add the parentheses themselves (a trailing "()" in fname is
 * tolerated and not doubled). */
#ifndef CIPY_ARGS_H
#define CIPY_ARGS_H
#include "object.h"
#include "objects/tuple.h"

/* The checks below are inline: they run on every call of a built-in, and
 * the common case (the arguments fit) needs only a compare or two.  The
 * out-of-line halves raise the error (the *Slow ones first accept an empty
 * kwnames tuple). */
int Arg_NoKeywordsError(const char *fname);
int Arg_PositionalError(const char *fname, size_t nargs, size_t min, size_t max);
int Arg_NoArgsSlow(const char *fname, size_t nargs, Object *kwnames);
int Arg_OneArgSlow(const char *fname, size_t nargs, Object *kwnames);

/* "f() takes no keyword arguments" unless kwnames is empty. -1 on error. */
static inline int Arg_NoKeywords(const char *fname, Object *kwnames) {
    return !kwnames || TUPLE_LEN(kwnames) == 0 ? 0 : Arg_NoKeywordsError(fname);
}
/* Checks min <= nargs <= max with CPython's texts.  Two styles, chosen by fname:
 *   "divmod"   -> "divmod expected 2 arguments, got 1",
 *                 "getattr expected at least 2 arguments, got 1",
 *                 "getattr expected at most 3 arguments, got 4"
 *                 (Argument Clinic positional-only functions: getattr, iter, sorted, ...)
 *   "len()"    -> "len() takes exactly one argument (2 given)" (min == max == 1),
 *                 "globals() takes no arguments (1 given)"     (min == max == 0),
 *                 "f() takes at least 2 positional arguments (1 given)",
 *                 "f() takes at most 2 arguments (3 given)"
 * Does not look at keywords (pair with Arg_NoKeywords).  -1 on error. */
static inline int Arg_CheckPositional(const char *fname, size_t nargs, size_t min, size_t max) {
    return nargs >= min && nargs <= max ? 0 : Arg_PositionalError(fname, nargs, min, max);
}
/* METH_NOARGS / METH_O shapes: no keywords and exactly 0 / 1 positional
 * argument ("f() takes no arguments (1 given)", "f() takes exactly one
 * argument (0 given)", "f() takes no keyword arguments").  -1 on error. */
static inline int Arg_NoArgs(const char *fname, size_t nargs, Object *kwnames) {
    return nargs == 0 && !kwnames ? 0 : Arg_NoArgsSlow(fname, nargs, kwnames);
}
static inline int Arg_OneArg(const char *fname, size_t nargs, Object *kwnames) {
    return nargs == 1 && !kwnames ? 0 : Arg_OneArgSlow(fname, nargs, kwnames);
}

/* Generic parser, as CPython's Argument Clinic parser.  names: NULL-terminated
 * list of parameter names; an empty name "" marks a positional-only parameter
 * (they come first).  The first npos may be given positionally; the rest are
 * keyword-only.  nrequired: how many leading parameters are mandatory (may
 * exceed npos: required keyword-only ones).  out[i] receives a BORROWED
 * reference or stays NULL if not given (the caller zero-fills out).  -1 on error
 * with CPython's texts: "f() got an unexpected keyword argument 'x'",
 * "f() missing required argument 'exp' (pos 2)", "f() takes at most 2 arguments
 * (3 given)", "argument for f() given by name ('x') and position (1)", ... */
int Arg_Parse(const char *fname, Object *const *args, size_t nargs, Object *kwnames,
              const char *const *names, size_t npos, size_t nrequired, Object **out);
/* Keyword-only parameters of a function that also takes *args (print(*objects,
 * sep=, end=, ...)): parses only the keywords; positional arguments are the
 * caller's.  kwvalues points at the keyword values (args + nargs).  Unknown
 * names give "f() got an unexpected keyword argument 'x'". */
int Arg_ParseKwOnly(const char *fname, Object *const *kwvalues, Object *kwnames,
                    const char *const *names, size_t nrequired, Object **out);
/* The value passed for keyword `name`, or NULL (borrowed). */
Object *Arg_FindKeyword(Object *const *kwvalues, Object *kwnames, const char *name);

/* The arguments of a one-operand method like int.__divmod__ (as CPython's
 * slot wrappers check them).  -1 on error. */
int Arg_WrapperOneArg(const char *name, size_t nargs, Object *kwnames);
#endif
