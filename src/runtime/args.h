/* Declared arguments of built-in functions, and the one parser that checks
 * calls against them with CPython's error texts.
 *
 * A built-in declares its parameters once, as CPython's text signature
 * (what `str.split.__text_signature__` shows):
 *
 *     {"split", str_split, 0, ARGS("($self, /, sep=None, maxsplit=-1)",
 *                                  "Return a list of the substrings in the string, ...")},
 *
 * The signature gives the names, which parameters are positional-only
 * (before "/") or keyword-only (after "*" or "*args"), which are required
 * (no "=default"), and whether the function takes *args or **kwargs.  A
 * leading "$self", "$module" or "$type" stands for the bound object and is
 * not a parameter.  The defaults are only shown, never used: a parameter that
 * was not given reaches the function as NULL (or as a shorter nargs), and the
 * function applies its default itself.
 *
 * What the function receives (ArgShape.kind), once the call is checked:
 *   ARGKIND_PLAIN  every parameter is positional-only: args as given, with
 *                  min <= nargs <= max, kwnames NULL;
 *   ARGKIND_SLOTS  some parameter may be given by keyword: one slot per
 *                  positional parameter (nargs of them: all of them, or with
 *                  *args the positional arguments as given), then one slot per
 *                  keyword-only parameter at args[nargs + k]; NULL where not
 *                  given; kwnames NULL;
 *   ARGKIND_PASS   **kwargs (or ARG_KW_PASS): the positional count is
 *                  checked, args/nargs/kwnames arrive as the caller passed them.
 *
 * How a mismatch is worded follows CPython's calling conventions, derived
 * from the signature: a method without parameters words it as METH_NOARGS
 * ("list.copy() takes no arguments (1 given)"), one with a single required
 * positional-only parameter as METH_O ("len() takes exactly one argument (0
 * given)"), other positional-only ones as Argument Clinic's positional
 * parser ("divmod expected 2 arguments, got 1"), and those with keyword
 * parameters as its keyword parser ("split() got an unexpected keyword
 * argument 'x'", "round() missing required argument 'number' (pos 1)"). */
#ifndef CIPY_ARGS_H
#define CIPY_ARGS_H
#include "object.h"
#include "objects/tuple.h"

enum {
    ARG_SLOTS_MAX = 24,     /* parameters a declaration may have (_posixsubprocess.fork_exec has 22) */
    ARG_MANY = 0xFFFF,      /* ArgShape.max of a function taking *args */
};

/* ArgSpec.flags */
enum {
    ARG_NO_TEXT_SIG = 1u << 0, /* CPython shows no __text_signature__ (min, getattr, int, ...) */
    ARG_KW_PASS = 1u << 1,     /* keywords go to the function unparsed (sorted() hands them to list.sort) */
    ARG_COUNT_STYLE = 1u << 2, /* counts worded "f expected 1 argument, got 0" even with one parameter,
                                  and too many positional ones so with keyword parameters too ("int") */
    ARG_KW_LIMIT = 1u << 3,    /* with *args: more keywords than keyword parameters is an error of its own,
                                  "max() takes at most 2 keyword arguments (3 given)" */
    ARG_WRAPPER_STYLE = 1u << 4, /* a slot wrapper in CPython: "expected 1 argument, got 0" */
    ARG_PYTHON_STYLE = 1u << 5,  /* a Python function in CPython: "f() takes 1 positional argument but 2
                                    were given", "f() missing 1 required positional argument: 'x'" */
    ARG_BARE_NAME = 1u << 6,     /* METH_VARARGS in CPython: called as a bound method, messages name it
                                    without its type ("athrow() takes no keyword arguments"); called
                                    through the class's descriptor, with it ("async_generator.athrow()") */
    ARG_TAKES_STYLE = 1u << 7,   /* a bad count worded "__set_name__() takes 2 positional arguments but 1
                                    were given", keywords refused with the bare name */
    ARG_TUPLE_STYLE = 1u << 8,   /* METH_VARARGS parsed by format in CPython: "gmtime() takes at most 1
                                    argument (2 given)", keywords refused with the bare name */
    ARG_UNNAMED = 1u << 9,       /* with ARG_TUPLE_STYLE: a format without the function's name, worded
                                    "function takes exactly 5 arguments (4 given)" (UnicodeError's,
                                    set_asyncgen_hooks') */
    ARG_KEYWORDS_FOLLOW = 1u << 10, /* a hand-made parser in CPython (enumerate's): keywords stand only for the
                                       parameters right after the positional arguments, and count with them:
                                       "'x' is an invalid keyword argument for enumerate()", "enumerate()
                                       takes at most 2 arguments (3 given)", "enumerate() missing required
                                       argument 'iterable'" */
    ARG_UNCHECKED = 1u << 11,    /* CPython checks nothing (type.__prepare__): the signature is only shown */
    ARG_ONE_MESSAGE = 1u << 12,  /* a format with a ";message" in CPython: any wrong count raises TypeError
                                    with the declaration's name as the whole message ("setstate(): illegal
                                    state argument") */
    ARG_GETARGS_STYLE = 1u << 13, /* PyArg_ParseTupleAndKeywords in CPython: too many positional arguments
                                     are "at most" whenever some parameter is optional, keyword-only ones
                                     too ("ContextVar() takes at most 1 positional argument (2 given)") */
    ARG_KEYWORD_PARSER = 1u << 14, /* Argument Clinic's keyword parser although every parameter is
                                      positional-only (a method taking its defining class in CPython):
                                      "extend() takes at most 1 argument (2 given)", "extend() takes
                                      exactly 1 positional argument (0 given)" */
};

enum { ARGKIND_PLAIN, ARGKIND_SLOTS, ARGKIND_PASS };
enum {
    ARGSTYLE_NOARGS, ARGSTYLE_ONE, ARGSTYLE_COUNT, ARGSTYLE_KEYWORDS, ARGSTYLE_WRAPPER, ARGSTYLE_PYTHON,
    ARGSTYLE_TAKES, ARGSTYLE_TUPLE, ARGSTYLE_UNNAMED, ARGSTYLE_MESSAGE
};

/* A declaration taken apart (Arg_Shape), on first use: callable objects keep
 * only its fast range (ArgFastRange) next to their function pointer. */
typedef struct ArgShape {
    uint16_t fast_min, fast_count; /* fast_min <= nargs < fast_min + fast_count and no keywords:
                                      args go to the function as they are */
    uint8_t pad_min, pad_count;    /* the same range for calls that only need the slots of what
                                      was not given left empty (at most 8 slots) */
    uint16_t min, max;             /* positional arguments accepted (max ARG_MANY: *args) */
    uint8_t npos, nposonly, nkwonly; /* positional parameters, the positional-only ones, keyword-only ones */
    uint8_t kind, style;           /* ARGKIND_*, ARGSTYLE_* */
    uint8_t varargs;               /* takes *args */
    uint8_t self;                  /* the signature starts with "$self" (Python counts it) */
    uint32_t kwonly_required;      /* bit k: keyword-only parameter k has no default */
} ArgShape;

typedef struct ArgParams ArgParams; /* the parameter names (args.c) */

struct ArgSpec {
    const char *sig;   /* CPython's text signature: "($self, /, sep=None, maxsplit=-1)" */
    const char *doc;   /* the docstring, or NULL */
    unsigned flags;    /* ARG_* */
    const char *name;  /* the name messages use, when not the function's own; NULL */
    int ready;         /* shape and params are filled (read with acquire, see Arg_Shape) */
    ArgShape shape;
    const ArgParams *params;
};

/* A declaration in a MethodDef table or a Type (a static, writable object:
 * its shape is filled on first use). */
#define ARGS(sig, doc) (&(ArgSpec){(sig), (doc), 0, NULL, 0, {0}})
#define ARGS_F(flags, sig, doc) (&(ArgSpec){(sig), (doc), (flags), NULL, 0, {0}})
/* The same, for a function CPython names differently in its messages. */
#define ARGS_NAMED(name, flags, sig, doc) (&(ArgSpec){(sig), (doc), (flags), (name), 0, {0}})

/* spec's shape, taken apart from its signature on first use (thread-safe).
 * NULL with SystemError if the signature is malformed. */
const ArgShape *Arg_ShapeSlow(ArgSpec *spec);
static inline const ArgShape *Arg_Shape(ArgSpec *spec) {
    return spec && __atomic_load_n(&spec->ready, __ATOMIC_ACQUIRE) ? &spec->shape : Arg_ShapeSlow(spec);
}

/* The direct path of a call: no keywords and a count the function takes as it is. */
static inline bool Arg_Fast(const ArgShape *s, size_t nargs, Object *kwnames) {
    return !kwnames && nargs - s->fast_min < s->fast_count;
}

/* A shape's fast_min and fast_count in one word, which callable objects keep
 * next to their function pointer.  Descriptors made at start-up are shared by
 * every thread and their declaration is taken apart only on their first call
 * that misses the word, so it is read and written atomically (relaxed: every
 * writer stores the same value).  0 takes nothing the direct way. */
typedef uint32_t ArgFastRange;
static inline ArgFastRange Arg_FastRangeOf(const ArgShape *s) {
    return s->fast_min | (uint32_t)s->fast_count << 16;
}
/* spec's range when its shape is known already, else 0 (found on the first call). */
static inline ArgFastRange Arg_FastRangeIfReady(ArgSpec *spec) {
    if (!spec || !spec->sig) return Arg_FastRangeOf(Arg_ShapeSlow(NULL));
    return __atomic_load_n(&spec->ready, __ATOMIC_ACQUIRE) ? Arg_FastRangeOf(&spec->shape) : 0;
}
static inline bool Arg_FastIn(const ArgFastRange *range, size_t nargs, Object *kwnames) {
    ArgFastRange r = __atomic_load_n(range, __ATOMIC_RELAXED);
    return !kwnames && nargs - (r & 0xFFFF) < (r >> 16);
}
/* def's shape (NULL with SystemError for a malformed declaration), its
 * range stored in *range on the way unless keep_slow. */
static inline const ArgShape *Arg_ShapeFor(ArgSpec *spec, ArgFastRange *range, bool keep_slow) {
    const ArgShape *s = Arg_Shape(spec);
    if (s && !keep_slow && __atomic_load_n(range, __ATOMIC_RELAXED) != Arg_FastRangeOf(s))
        __atomic_store_n(range, Arg_FastRangeOf(s), __ATOMIC_RELAXED);
    return s;
}

/* The rest of a call of def->fn (func.c calls it when Arg_Fast fails): checks
 * the arguments against def's shape, puts them in the form the function
 * receives and calls it.  callable names the function in messages that
 * qualify it ("list.append()", "time.sleep()": see BuiltinFunc_QualName).
 * (Six parameters: the callers' calls of it are tail calls.) */
Object *Arg_Call(const MethodDef *def, Object *callable, Object *self, Object *const *args, size_t nargs,
                 Object *kwnames);

/* For the functions that are not in a MethodDef table (constructors, call
 * slots): checks a call against spec, worded with `name` ("list",
 * "property", "super()") as Argument Clinic's parsers word it, and fills
 * out[] with one slot per parameter (positional ones, then keyword-only
 * ones; NULL where not given, BORROWED otherwise).  With *args, the
 * positional arguments past the parameters stay in args.  -1 on error. */
int Arg_UnpackSlow(ArgSpec *spec, const char *name, Object *const *args, size_t nargs, Object *kwnames,
                   Object **out);
static inline int Arg_Unpack(ArgSpec *spec, const char *name, Object *const *args, size_t nargs, Object *kwnames,
                             Object **out) {
    const ArgShape *s = &spec->shape;
    if (__atomic_load_n(&spec->ready, __ATOMIC_ACQUIRE) && !kwnames && nargs - s->pad_min < s->pad_count &&
        !s->varargs) {
        for (size_t i = 0; i < s->npos; i++) out[i] = i < nargs ? args[i] : NULL;
        for (size_t k = 0; k < s->nkwonly; k++) out[s->npos + k] = NULL;
        return 0;
    }
    return Arg_UnpackSlow(spec, name, args, nargs, kwnames, out);
}

/* The same check for a constructor that reads its arguments from args as
 * given (positional-only parameters) and needs no slots filled: 0 when spec
 * accepts the call, -1 with the TypeError otherwise. */
int Arg_CheckSlow(ArgSpec *spec, const char *name, Object *const *args, size_t nargs, Object *kwnames);
static inline int Arg_Check(ArgSpec *spec, const char *name, Object *const *args, size_t nargs, Object *kwnames) {
    if (__atomic_load_n(&spec->ready, __ATOMIC_ACQUIRE) && Arg_Fast(&spec->shape, nargs, kwnames)) return 0;
    return Arg_CheckSlow(spec, name, args, nargs, kwnames);
}

/* ---- counting rules that are not declarations ----------------------------
 * A few of CPython's checks follow a rule of their own rather than a
 * signature (object's excess-argument rule, type() with 1 or 3 arguments,
 * map's two).  Each is stated here, with its text, so that no other file
 * counts arguments.  Each returns 0 when the call passes, -1 with the
 * TypeError; fmt is the whole message, its "%s" (if any) name. */

/* Any argument given, positional or keyword: "NoneType takes no arguments",
 * "object.__new__() takes exactly one argument (the type to instantiate)". */
int Arg_NoneGivenError(const char *fmt, const char *name);
static inline int Arg_NoneGiven(size_t nargs, Object *kwnames, const char *fmt, const char *name) {
    return nargs == 0 && KW_COUNT(kwnames) == 0 ? 0 : Arg_NoneGivenError(fmt, name);
}
/* Fewer than min positional arguments: "int.__new__(): not enough
 * arguments", "map() must have at least two arguments.", "descriptor
 * '__add__' of 'int' object needs an argument" (fmt's "%s", up to two, are
 * name and name2). */
int Arg_TooFewError(const char *fmt, const char *name, const char *name2);
static inline int Arg_AtLeast(size_t nargs, size_t min, const char *fmt, const char *name, const char *name2) {
    return nargs >= min ? 0 : Arg_TooFewError(fmt, name, name2);
}
/* type() and type.__init__: one argument without keywords, or three (with
 * keywords for __init_subclass__): "type() takes 1 or 3 arguments",
 * "type.__init__() takes no keyword arguments"; name with its "()". */
int Arg_OneOrThree(size_t nargs, Object *kwnames, const char *name);

/* The type name CPython's argument errors show: "None" for None
 * ("argument 1 must be str, not None"). */
#define ARG_TYPE_NAME(o) ((o) == OBJ_NONE ? "None" : TYPE_NAME(o))

/* An argument converted as the "i" format of CPython's parser (a C int,
 * through __index__): "'float' object cannot be interpreted as an integer",
 * "signed integer is greater than maximum", ...  -1 on error. */
int Arg_AsInt(Object *o, int *out);
/* An argument converted as the `int` converter of CPython's generated
 * parsers (through __index__; out of range: "Python int too large to
 * convert to C int", whatever the sign).  -1 on error. */
int Arg_AsCInt(Object *o, int *out);

/* __text_signature__ and __doc__ of a declaration (new references; None
 * when it has none). */
Object *Arg_TextSignature(const ArgSpec *spec);
Object *Arg_Doc(const ArgSpec *spec);

/* The arguments of a slot wrapper (int.__add__, object.__init__), checked as
 * CPython's wrapper descriptors check them: "expected 1 argument, got 0",
 * "wrapper __add__() takes no keyword arguments".  -1 on error. */
int Arg_WrapperCheck(const char *name, size_t nargs, Object *kwnames, size_t want);
#endif
