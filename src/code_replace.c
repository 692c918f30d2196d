/* Making code objects from Python: code.replace(), copy.replace() through
 * code.__replace__, and the types.CodeType constructor.
 *
 * Both describe a code object by the fields Python shows (co_varnames,
 * co_cellvars, co_freevars) rather than by the localsplus tables the loader
 * reads, so both fill a CodeParts and build from it.  Whatever the caller
 * gives, the result is verified exactly as a code object from a .pyc is
 * (src/verify.c) before anything can run it: bytecode that would not load
 * raises SystemError here instead of reaching the eval loop. */
#include "abstract.h"
#include "code.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/audit.h"
#include "runtime/err.h"
#include "verify.h"
#include <string.h>

/* The fields, integers first, in the order of replace()'s keyword
 * parameters (which is also the order their errors are found in). */
enum {
    PART_ARGCOUNT, PART_POSONLY, PART_KWONLY, PART_NLOCALS, PART_STACKSIZE, PART_FLAGS,
    PART_FIRSTLINENO,
    PART_CODE, PART_FIRST_OBJECT = PART_CODE, PART_CONSTS, PART_NAMES, PART_VARNAMES,
    PART_FREEVARS, PART_CELLVARS, PART_FILENAME, PART_NAME, PART_QUALNAME, PART_LINETABLE,
    PART_EXCTABLE,
    PART_COUNT
};

/* A code object as Python describes it.  num[] holds the integer fields
 * (indexed by PART_*), obj[] owned references to the others (NULL where
 * not yet filled). */
typedef struct CodeParts {
    int num[PART_FIRST_OBJECT];
    Object *obj[PART_COUNT];
} CodeParts;

static const char *const part_names[PART_COUNT] = {
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
    "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames",
    "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
    "co_exceptiontable",
};

/* What each object field must be: 'b' bytes, 't' tuple, 's' str. */
static char part_kind(int i) {
    switch (i) {
    case PART_CODE: case PART_LINETABLE: case PART_EXCTABLE: return 'b';
    case PART_FILENAME: case PART_NAME: case PART_QUALNAME: return 's';
    default: return 't';
    }
}

static bool part_type_ok(int i, Object *o) {
    switch (part_kind(i)) {
    case 'b': return Bytes_Check(o);
    case 's': return Str_Check(o);
    default: return Tuple_Check(o);
    }
}

static const char *part_type_name(int i) {
    switch (part_kind(i)) {
    case 'b': return "bytes";
    case 's': return "str";
    default: return "tuple";
    }
}

static void parts_release(CodeParts *p) {
    for (int i = PART_FIRST_OBJECT; i < PART_COUNT; i++) CLEAR(p->obj[i]);
}

/* ---- from a code object, and back ------------------------------------------ */

/* p describes c (new references in p->obj). */
static int parts_from_code(CodeParts *p, Code *c) {
    memset(p, 0, sizeof *p);
    p->num[PART_ARGCOUNT] = c->argcount;
    p->num[PART_POSONLY] = c->posonlyargcount;
    p->num[PART_KWONLY] = c->kwonlyargcount;
    p->num[PART_NLOCALS] = c->nlocals;
    p->num[PART_STACKSIZE] = c->stacksize;
    p->num[PART_FLAGS] = c->flags;
    p->num[PART_FIRSTLINENO] = c->firstlineno;
    p->obj[PART_CODE] = NEWREF(c->code);
    p->obj[PART_CONSTS] = NEWREF(c->consts);
    p->obj[PART_NAMES] = NEWREF(c->names);
    p->obj[PART_FILENAME] = NEWREF(c->filename);
    p->obj[PART_NAME] = NEWREF(c->name);
    p->obj[PART_QUALNAME] = NEWREF(c->qualname);
    p->obj[PART_LINETABLE] = NEWREF(c->linetable);
    p->obj[PART_EXCTABLE] = NEWREF(c->exceptiontable);
    p->obj[PART_VARNAMES] = Code_VarNames(c, CO_FAST_LOCAL);
    p->obj[PART_CELLVARS] = Code_VarNames(c, CO_FAST_CELL);
    p->obj[PART_FREEVARS] = Code_VarNames(c, CO_FAST_FREE);
    if (!p->obj[PART_VARNAMES] || !p->obj[PART_CELLVARS] || !p->obj[PART_FREEVARS]) {
        parts_release(p);
        return -1;
    }
    return 0;
}

static bool tuple_has_str(Object *t, Object *s) {
    for (ssize_t i = 0; i < TUPLE_LEN(t); i++)
        if (Str_Eq(TUPLE_GET(t, i), s)) return true;
    return false;
}

/* co_localsplusnames and co_localspluskinds from the three name tuples:
 * the locals, then the cells that are not also locals, then the free
 * variables (a local that is also a cell is one slot of both kinds). */
static int build_localsplus(const CodeParts *p, Object **names_out, Object **kinds_out) {
    Object *vars = p->obj[PART_VARNAMES], *cells = p->obj[PART_CELLVARS], *frees = p->obj[PART_FREEVARS];
    ssize_t n = TUPLE_LEN(vars) + TUPLE_LEN(frees);
    for (ssize_t i = 0; i < TUPLE_LEN(cells); i++)
        if (!tuple_has_str(vars, TUPLE_GET(cells, i))) n++;
    Object *names = Tuple_New(n);
    Object *kinds = names ? Bytes_From(NULL, n) : NULL;
    if (!kinds) {
        XDECREF(names);
        return -1;
    }
    uint8_t *k = BYTES_DATA(kinds);
    ssize_t at = 0;
    for (ssize_t i = 0; i < TUPLE_LEN(vars); i++, at++) {
        Object *name = TUPLE_GET(vars, i);
        TUPLE_ITEMS(names)[at] = NEWREF(name);
        k[at] = CO_FAST_LOCAL | (tuple_has_str(cells, name) ? CO_FAST_CELL : 0);
    }
    for (ssize_t i = 0; i < TUPLE_LEN(cells); i++) {
        Object *name = TUPLE_GET(cells, i);
        if (tuple_has_str(vars, name)) continue;
        TUPLE_ITEMS(names)[at] = NEWREF(name);
        k[at++] = CO_FAST_CELL;
    }
    for (ssize_t i = 0; i < TUPLE_LEN(frees); i++, at++) {
        TUPLE_ITEMS(names)[at] = NEWREF(TUPLE_GET(frees, i));
        k[at] = CO_FAST_FREE;
    }
    *names_out = names;
    *kinds_out = kinds;
    return 0;
}

static bool all_str(Object *t) {
    for (ssize_t i = 0; i < TUPLE_LEN(t); i++)
        if (!Str_Check(TUPLE_GET(t, i))) return false;
    return true;
}

/* CPython's own checks of the fields, with its messages. */
static int parts_check(const CodeParts *p) {
    const int *num = p->num;
    long nargs = (long)num[PART_ARGCOUNT] + num[PART_KWONLY] + !!(num[PART_FLAGS] & CO_VARARGS) +
                 !!(num[PART_FLAGS] & CO_VARKEYWORDS);
    if (TUPLE_LEN(p->obj[PART_VARNAMES]) < nargs) {
        Err_SetString(Exc_ValueError, "code: co_varnames is too small");
        return -1;
    }
    if (num[PART_NLOCALS] != TUPLE_LEN(p->obj[PART_VARNAMES])) {
        Err_SetString(Exc_ValueError, "code: co_nlocals != len(co_varnames)");
        return -1;
    }
    static const int named[] = {PART_NAMES, PART_VARNAMES, PART_FREEVARS, PART_CELLVARS};
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (!all_str(p->obj[named[i]])) {
            Err_SetString(Exc_SystemError, "non-string found in code slot");
            return -1;
        }
    if (num[PART_POSONLY] > num[PART_ARGCOUNT]) {
        Err_SetString(Exc_SystemError, "code: co_posonlyargcount exceeds co_argcount");
        return -1;
    }
    return 0;
}

/* The "code.__new__" audit event: (co_code, filename, name, argcount,
 * posonlyargcount, kwonlyargcount, nlocals, stacksize, flags). */
static int parts_audit(const CodeParts *p) {
    static const int counts[] = {PART_ARGCOUNT, PART_POSONLY, PART_KWONLY, PART_NLOCALS, PART_STACKSIZE,
                                 PART_FLAGS};
    Object *args[9] = {p->obj[PART_CODE], p->obj[PART_FILENAME], p->obj[PART_NAME]};
    for (int i = 0; i < 6; i++) args[3 + i] = Int_FromI64(p->num[counts[i]]); /* small: cannot fail */
    return Audit_EventArgs("code.__new__", 9, args);
}

/* A new code object from p, verified.  like (or NULL) is a code object whose
 * localsplus tables are reused when p keeps its variables: the tables may
 * carry kinds that the three name tuples cannot express (hidden variables of
 * inlined comprehensions). */
static Code *code_from_parts(const CodeParts *p, Code *like) {
    if (parts_audit(p) < 0 || parts_check(p) < 0) return NULL;
    Object *lpnames, *lpkinds;
    if (like) {
        lpnames = NEWREF(like->localsplusnames);
        lpkinds = NEWREF(like->localspluskinds);
    } else if (build_localsplus(p, &lpnames, &lpkinds) < 0) {
        return NULL;
    }
    const int *num = p->num;
    Object *const *o = p->obj;
    Code *c = Code_New(num[PART_ARGCOUNT], num[PART_POSONLY], num[PART_KWONLY], num[PART_STACKSIZE],
                       num[PART_FLAGS], o[PART_CODE], o[PART_CONSTS], o[PART_NAMES], lpnames, lpkinds,
                       o[PART_FILENAME], o[PART_NAME], o[PART_QUALNAME], num[PART_FIRSTLINENO],
                       o[PART_LINETABLE], o[PART_EXCTABLE]);
    DECREF(lpnames);
    DECREF(lpkinds);
    if (!c) {
        /* Code_New's complaints are about bytecode CPython would accept
         * and then crash on: say so the way the verifier does. */
        if (Err_Matches(Exc_ValueError) || Err_Matches(Exc_TypeError)) {
            Object *exc = Err_Fetch();
            Object *why = exc ? Obj_Str(exc) : NULL;
            XDECREF(exc);
            if (why) Err_Format(Exc_SystemError, "invalid code object: %U", why);
            XDECREF(why);
        }
        return NULL;
    }
    /* The constants need no visit: every code object among them was
     * verified when it was made. */
    char why[400];
    if (Verify_CodeShallow(c, why, sizeof why) < 0) {
        DECREF((Object *)c);
        Err_Format(Exc_SystemError, "invalid code object: %s", why);
        return NULL;
    }
    return c;
}

/* ---- code.replace() and code.__replace__() ----------------------------------- */

static ArgSpec replace_params = {
    "(*, co_argcount=-1, co_posonlyargcount=-1, co_kwonlyargcount=-1, co_nlocals=-1, "
    "co_stacksize=-1, co_flags=-1, co_firstlineno=-1, co_code=None, co_consts=None, "
    "co_names=None, co_varnames=None, co_freevars=None, co_cellvars=None, co_filename=None, "
    "co_name=None, co_qualname=None, co_linetable=None, co_exceptiontable=None)",
    NULL, 0, "replace", 0, {0}, NULL};

/* Puts given[i] (borrowed, NULL when not given) into p. */
static int parts_apply(CodeParts *p, Object *const *given) {
    for (int i = 0; i < PART_COUNT; i++) {
        Object *v = given[i];
        if (!v) continue;
        if (i < PART_FIRST_OBJECT) {
            int n;
            if (Arg_AsCInt(v, &n) < 0) return -1;
            if (n < 0) {
                Err_Format(Exc_ValueError, "%s must be a positive integer", part_names[i]);
                return -1;
            }
            p->num[i] = n;
        } else {
            if (!part_type_ok(i, v)) {
                Err_Format(Exc_TypeError, "replace() argument '%s' must be %s, not %s", part_names[i],
                           part_type_name(i), ARG_TYPE_NAME(v));
                return -1;
            }
            SETREF(p->obj[i], NEWREF(v));
        }
    }
    return 0;
}

Object *Code_Replace(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *given[PART_COUNT];
    if (Arg_UnpackSlow(&replace_params, "replace", args, nargs, kwnames, given) < 0) return NULL;
    Code *c = (Code *)self;
    CodeParts p;
    if (parts_from_code(&p, c) < 0) return NULL;
    Code *r = NULL;
    if (parts_apply(&p, given) == 0) {
        bool same_vars = !given[PART_VARNAMES] && !given[PART_CELLVARS] && !given[PART_FREEVARS];
        r = code_from_parts(&p, same_vars ? c : NULL);
    }
    parts_release(&p);
    return (Object *)r;
}

/* ---- types.CodeType(...) --------------------------------------------------------- */

/* The constructor's positional order, mapped onto the parts. */
static const int ctor_order[] = {
    PART_ARGCOUNT, PART_POSONLY, PART_KWONLY, PART_NLOCALS, PART_STACKSIZE, PART_FLAGS,
    PART_CODE, PART_CONSTS, PART_NAMES, PART_VARNAMES, PART_FILENAME, PART_NAME,
    PART_QUALNAME, PART_FIRSTLINENO, PART_LINETABLE, PART_EXCTABLE, PART_FREEVARS, PART_CELLVARS,
};

static int ctor_int(Object *v, int part, int *out) {
    if (Arg_AsInt(v, out) < 0) return -1;
    if (*out < 0 && part != PART_FIRSTLINENO) {
        /* "co_argcount" without its prefix */
        Err_Format(Exc_ValueError, "code: %s must not be negative", part_names[part] + 3);
        return -1;
    }
    return 0;
}

Object *Code_Construct(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    (void)t;
    if (Arg_Check(Code_Type.args, "code", args, nargs, kwnames) < 0) return NULL;
    CodeParts p;
    memset(&p, 0, sizeof p);
    Code *r = NULL;
    for (size_t i = 0; i < sizeof ctor_order / sizeof ctor_order[0]; i++) {
        int part = ctor_order[i];
        Object *v = i < nargs ? args[i] : NULL;
        if (!v) { /* freevars and cellvars default to () */
            p.obj[part] = Tuple_New(0);
            if (!p.obj[part]) goto done;
        } else if (part < PART_FIRST_OBJECT) {
            if (ctor_int(v, part, &p.num[part]) < 0) goto done;
        } else if (!part_type_ok(part, v)) {
            Err_Format(Exc_TypeError, "code() argument %d must be %s, not %s", (int)i + 1, part_type_name(part),
                       ARG_TYPE_NAME(v));
            goto done;
        } else {
            p.obj[part] = NEWREF(v);
        }
    }
    r = code_from_parts(&p, NULL);
done:
    parts_release(&p);
    return (Object *)r;
}
