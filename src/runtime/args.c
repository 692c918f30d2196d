/* Declared arguments: a built-in's text signature taken apart, and the one
 * parser that checks calls against it.  The texts follow CPython 3.14's
 * calling conventions (METH_NOARGS, METH_O, Argument Clinic's positional and
 * keyword parsers, slot wrappers, Python functions), which word the same
 * mistake differently. */
#include "runtime/args.h"
#include "abstract.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/traceback.h"
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the signature taken apart --------------------------------------------- */

typedef struct Param {
    const char *name; /* in the signature text, not NUL-terminated */
    size_t len;
    bool required;
} Param;

/* The parameters: the positional ones, then the keyword-only ones. */
typedef struct Sig {
    Param p[ARG_SLOTS_MAX];
    size_t npos, nposonly, nkwonly;
    bool varargs, varkw, self;
    bool bracketed; /* the "[, name]" notation: positional-only, "/" or not */
} Sig;

/* What a keyword call needs, made once per declaration (ArgSpec.params). */
struct ArgParams {
    Sig sig;
    Object *names[ARG_SLOTS_MAX]; /* interned (immortal) */
};

/* CPython wraps long signatures over lines */
static const char *skip_space(const char *p) {
    while (*p == ' ' || *p == '\n') p++;
    return p;
}

/* The slots Arg_Call fills on its short path. */
enum { PAD_SLOTS = 8 };

static bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* The end of the parameter starting at p: the next ',' or ')' outside
 * quotes and brackets (a default may be "(1, 2)" or "', '"). */
static const char *param_end(const char *p) {
    int depth = 0;
    char quote = 0;
    for (; *p; p++) {
        if (quote) {
            if (*p == '\\' && p[1]) p++;
            else if (*p == quote) quote = 0;
        } else if (*p == '\'' || *p == '"') {
            quote = *p;
        } else if (*p == '(' || *p == '[' || *p == '{') {
            depth++;
        } else if (*p == ')' || *p == ']' || *p == '}') {
            if (depth == 0) return p;
            depth--;
        } else if (*p == ',' && depth == 0) {
            return p;
        }
    }
    return p;
}

/* The older notation of optional positional-only parameters,
 * "sub[, start[, end]]" (str.find's text signature) or "[contents]" (cell's):
 * a name is optional once a '[' opened before it. */
static bool sig_bracketed(const char *p, const char *end, bool kwonly, bool *optional_seen, Sig *out) {
    if (kwonly) return false;
    out->bracketed = true;
    for (bool opened = false; p < end;) {
        while (p < end && (*p == '[' || *p == ',' || *p == ' ' || *p == ']')) opened |= *p++ == '[';
        const char *q = p;
        while (q < end && is_name_char(*q)) q++;
        if (q == p) return p == end;
        size_t n = out->npos + out->nkwonly;
        if (n == ARG_SLOTS_MAX || out->varkw || (!opened && *optional_seen)) return false;
        *optional_seen |= opened;
        out->p[n] = (Param){p, (size_t)(q - p), !opened};
        out->npos++;
        p = q;
    }
    return true;
}

/* Takes the parameter at p (up to end) into out; false if it is malformed. */
static bool sig_param(const char *p, const char *end, bool first, bool *kwonly, bool *optional_seen, Sig *out) {
    size_t n = out->npos + out->nkwonly;
    if (*p == '$') {
        if (!first) return false;
        out->self = strncmp(p, "$self", 5) == 0;
    } else if (*p == '/' && end == p + 1) {
        if (*kwonly || out->nposonly) return false;
        out->nposonly = n;
    } else if (p[0] == '*' && p[1] == '*') {
        out->varkw = true;
    } else if (*p == '*') {
        if (*kwonly) return false;
        *kwonly = true;
        out->varargs = end > p + 1;
    } else if (strchr(p, '[') && strchr(p, '[') < end) {
        return sig_bracketed(p, end, *kwonly, optional_seen, out);
    } else {
        const char *q = p;
        while (q < end && is_name_char(*q)) q++;
        if (q == p || n == ARG_SLOTS_MAX || out->varkw) return false;
        bool required = skip_space(q) == end;
        if (!required && *q != '=') return false;
        if (*kwonly) {
            out->nkwonly++;
        } else {
            if (required && *optional_seen) return false; /* a required one after an optional one */
            *optional_seen |= !required;
            out->npos++;
        }
        out->p[n] = (Param){p, (size_t)(q - p), required};
    }
    return true;
}

/* Takes sig apart into *out; false if it is malformed. */
static bool sig_parse(const char *sig, Sig *out) {
    memset(out, 0, sizeof *out);
    if (!sig || *sig != '(') return false;
    const char *p = skip_space(sig + 1);
    if (*p == ')') return p[1] == '\0';
    bool kwonly = false, optional_seen = false;
    for (bool first = true;; first = false) {
        p = skip_space(p);
        const char *end = param_end(p);
        if ((*end != ',' && *end != ')') || !sig_param(p, end, first, &kwonly, &optional_seen, out)) return false;
        if (*end == ')') {
            if (out->bracketed && !out->nposonly) out->nposonly = out->npos;
            return end[1] == '\0';
        }
        p = end + 1;
    }
}

static void shape_from_sig(const Sig *sg, unsigned flags, ArgShape *s) {
    memset(s, 0, sizeof *s);
    size_t min = 0;
    while (min < sg->npos && sg->p[min].required) min++;
    s->min = (uint16_t)min;
    s->max = sg->varargs ? ARG_MANY : (uint16_t)sg->npos;
    s->npos = (uint8_t)sg->npos;
    s->nposonly = (uint8_t)sg->nposonly;
    s->nkwonly = (uint8_t)sg->nkwonly;
    s->varargs = sg->varargs;
    s->self = sg->self;
    for (size_t k = 0; k < sg->nkwonly; k++)
        if (sg->p[sg->npos + k].required) s->kwonly_required |= (uint32_t)1 << k;
    if (sg->varkw || (flags & ARG_KW_PASS)) {
        s->kind = ARGKIND_PASS;
        /* only **kwargs: Argument Clinic's "f() takes no positional arguments" */
        s->style = sg->npos || sg->varargs ? ARGSTYLE_COUNT : ARGSTYLE_KEYWORDS;
    } else if (sg->npos > sg->nposonly || sg->nkwonly || (flags & ARG_CLINIC_METHOD)) {
        s->kind = ARGKIND_SLOTS;
        s->style = ARGSTYLE_KEYWORDS;
    } else {
        /* positional-only: METH_NOARGS, METH_O, or Argument Clinic's counting */
        s->kind = ARGKIND_PLAIN;
        bool counted = sg->varargs || (flags & ARG_COUNT_STYLE);
        s->style = counted || sg->npos > 1 || (sg->npos == 1 && min == 0) ? ARGSTYLE_COUNT
                   : sg->npos == 0                                       ? ARGSTYLE_NOARGS
                                                                         : ARGSTYLE_ONE;
    }
    if (flags & ARG_WRAPPER_STYLE) s->style = ARGSTYLE_WRAPPER;
    if (flags & ARG_PYTHON_STYLE) s->style = ARGSTYLE_PYTHON;
    if (flags & ARG_TAKES_STYLE) s->style = ARGSTYLE_TAKES;
    if (flags & ARG_TUPLE_STYLE) s->style = flags & ARG_UNNAMED ? ARGSTYLE_UNNAMED : ARGSTYLE_TUPLE;
    if (flags & ARG_ONE_MESSAGE) s->style = ARGSTYLE_MESSAGE;
    if (s->kind != ARGKIND_SLOTS) {
        s->fast_min = s->min;
        s->fast_count = (uint16_t)(s->max - s->min + (s->max != ARG_MANY));
    } else if (!sg->varargs && !sg->nkwonly) {
        s->fast_min = s->npos; /* every positional parameter given: no slot to fill */
        s->fast_count = 1;
    }
    size_t pad_max = sg->varargs ? PAD_SLOTS - sg->nkwonly : sg->npos;
    if (!s->kwonly_required && sg->npos + sg->nkwonly <= PAD_SLOTS && pad_max >= min) {
        s->pad_min = (uint8_t)min;
        s->pad_count = (uint8_t)(pad_max - min + 1);
    }
}

/* The shape of a function without a declaration: called as it is. */
static const ArgShape unchecked = {.fast_min = 0, .fast_count = ARG_MANY, .max = ARG_MANY, .kind = ARGKIND_PASS,
                                   .style = ARGSTYLE_COUNT};

static pthread_mutex_t shape_lock = PTHREAD_MUTEX_INITIALIZER;

/* spec's parameters with their names interned, or NULL with an exception. */
static ArgParams *params_new(const ArgSpec *spec) {
    ArgParams *ap = calloc(1, sizeof *ap);
    if (!ap) return (ArgParams *)Err_NoMemory();
    if (!sig_parse(spec->sig, &ap->sig)) {
        Err_Format(Exc_SystemError, "malformed argument declaration %s", spec->sig);
        free(ap);
        return NULL;
    }
    for (size_t i = 0; i < ap->sig.npos + ap->sig.nkwonly; i++) {
        char name[64];
        const Param *p = &ap->sig.p[i];
        snprintf(name, sizeof name, "%.*s", (int)p->len, p->name);
        if (!(ap->names[i] = Str_InternC(name))) {
            free(ap);
            return NULL;
        }
    }
    return ap;
}

const ArgShape *Arg_ShapeSlow(ArgSpec *spec) {
    if (!spec || !spec->sig) return &unchecked;
    pthread_mutex_lock(&shape_lock);
    if (!spec->ready) {
        ArgParams *ap = params_new(spec);
        if (!ap) {
            pthread_mutex_unlock(&shape_lock);
            return NULL;
        }
        if (spec->flags & ARG_UNCHECKED) spec->shape = unchecked;
        else shape_from_sig(&ap->sig, spec->flags, &spec->shape);
        spec->params = ap; /* kept for the life of the process, as the declaration */
        __atomic_store_n(&spec->ready, 1, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&shape_lock);
    return &spec->shape;
}

/* ---- messages ------------------------------------------------------------- */

/* How a call names its function: `name` as Argument Clinic words it
 * ("insert", "super()"), and the qualified name METH_O and friends use
 * ("list.insert", "time.sleep"), found from the callable only when needed. */
typedef struct Callee {
    const char *name;
    Object *callable; /* NULL: the qualified name is `name` */
} Callee;

/* name without a trailing "()" (a declaration may name itself "super()" for
 * the counting message), written into buf. */
static const char *bare(const char *name, char *buf, size_t cap) {
    size_t n = strlen(name);
    if (n >= 2 && name[n - 2] == '(' && name[n - 1] == ')') n -= 2;
    else if (n < cap) return name; /* bare already: no copy */
    if (n >= cap) n = cap - 1;
    memcpy(buf, name, n);
    buf[n] = '\0';
    return buf;
}

/* The qualified name of the callee (a new str). */
static Object *qualified(const Callee *c) {
    if (c->callable) return BuiltinFunc_QualName(c->callable);
    char buf[128];
    return Str_FromUTF8(bare(c->name, buf, sizeof buf), -1);
}

/* Raises TypeError(fmt), whose "%U" is the qualified name and "%zu" n. */
static int error_qualified(const Callee *c, const char *fmt, size_t n) {
    Object *q = qualified(c);
    if (!q) return -1;
    Err_Format(Exc_TypeError, fmt, q, n);
    DECREF(q);
    return -1;
}

static int no_keywords(const Callee *c, int style) {
    if (style == ARGSTYLE_WRAPPER) {
        char buf[128];
        Err_Format(Exc_TypeError, "wrapper %s() takes no keyword arguments", bare(c->name, buf, sizeof buf));
        return -1;
    }
    if (style == ARGSTYLE_TAKES || style == ARGSTYLE_TUPLE || style == ARGSTYLE_UNNAMED) {
        char buf[128];
        Err_Format(Exc_TypeError, "%s() takes no keyword arguments", bare(c->name, buf, sizeof buf));
        return -1;
    }
    return error_qualified(c, "%U() takes no keyword arguments", 0);
}

/* "f() takes 1 positional argument but 2 were given", as for a Python
 * function (whose count includes self). */
static int python_too_many(const Callee *c, const ArgShape *s, size_t nargs) {
    size_t self = s->self, min = s->min + self, max = s->max + self, given = nargs + self;
    Object *q = qualified(c);
    if (!q) return -1;
    const char *were = given == 1 ? "was" : "were";
    if (min == max)
        Err_Format(Exc_TypeError, "%U() takes %zu positional argument%s but %zu %s given", q, max,
                   max == 1 ? "" : "s", given, were);
    else
        Err_Format(Exc_TypeError, "%U() takes from %zu to %zu positional arguments but %zu %s given", q, min, max,
                   given, were);
    DECREF(q);
    return -1;
}

/* A wrong positional count, as each convention words it. */
static int count_error(const Callee *c, const ArgShape *s, int style, size_t nargs) {
    size_t min = s->min, max = s->max, want = nargs < min ? min : max;
    switch (style) {
    case ARGSTYLE_NOARGS:
        return error_qualified(c, "%U() takes no arguments (%zu given)", nargs);
    case ARGSTYLE_ONE:
        return error_qualified(c, "%U() takes exactly one argument (%zu given)", nargs);
    case ARGSTYLE_WRAPPER:
        Err_Format(Exc_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", nargs);
        return -1;
    case ARGSTYLE_TAKES: {
        char buf[128];
        Err_Format(Exc_TypeError, "%s() takes %zu positional argument%s but %zu were given",
                   bare(c->name, buf, sizeof buf), want, want == 1 ? "" : "s", nargs);
        return -1;
    }
    case ARGSTYLE_KEYWORDS: {
        char buf[128];
        Err_Format(Exc_TypeError, "%s() takes no positional arguments", bare(c->name, buf, sizeof buf));
        return -1;
    }
    case ARGSTYLE_TUPLE:
    case ARGSTYLE_UNNAMED: {
        char buf[128], head[136];
        snprintf(head, sizeof head, "%s%s", style == ARGSTYLE_UNNAMED ? "function" : bare(c->name, buf, sizeof buf),
                 style == ARGSTYLE_UNNAMED ? "" : "()");
        Err_Format(Exc_TypeError, "%s takes %s %zu argument%s (%zu given)", head,
                   min == max ? "exactly" : nargs < min ? "at least" : "at most", want, want == 1 ? "" : "s", nargs);
        return -1;
    }
    case ARGSTYLE_MESSAGE:
        Err_SetString(Exc_TypeError, c->name);
        return -1;
    case ARGSTYLE_PYTHON:
        if (nargs > max) return python_too_many(c, s, nargs);
        break;
    }
    Err_Format(Exc_TypeError, "%s expected %s%zu argument%s, got %zu", c->name,
               min == max ? "" : nargs < min ? "at least " : "at most ", want, want == 1 ? "" : "s", nargs);
    return -1;
}

/* The index of the parameter keyword kw names, from `first` on; -1 if none. */
static ssize_t param_index(const ArgParams *ap, Object *kw, size_t first) {
    size_t n = ap->sig.npos + ap->sig.nkwonly;
    for (size_t i = first; i < n; i++)
        if (ap->names[i] == kw) return (ssize_t)i;
    for (size_t i = first; i < n; i++)
        if (Str_Eq(ap->names[i], kw)) return (ssize_t)i;
    return -1;
}

/* The value of keyword name (interned), or NULL. */
static Object *keyword_value(Object *const *kwvalues, Object *kwnames, Object *name) {
    ssize_t n = TUPLE_LEN(kwnames);
    for (ssize_t k = 0; k < n; k++)
        if (TUPLE_GET(kwnames, k) == name) return kwvalues[k];
    for (ssize_t k = 0; k < n; k++)
        if (Str_Eq(TUPLE_GET(kwnames, k), name)) return kwvalues[k];
    return NULL;
}

/* Raises "f() got an unexpected keyword argument 'x'" (with "Did you mean"
 * when a parameter name is close) for the first keyword that names none of
 * the parameters from `first` on; a parser without the function's name
 * (ARG_UNNAMED) says "this function". */
static int unexpected_keyword(const char *name, Object *kwnames, const ArgParams *ap, size_t first,
                              unsigned flags) {
    for (ssize_t k = 0; k < TUPLE_LEN(kwnames); k++) {
        Object *kw = TUPLE_GET(kwnames, k);
        if (param_index(ap, kw, first) >= 0) continue;
        if (flags & ARG_UNNAMED) {
            Err_Format(Exc_TypeError, "this function got an unexpected keyword argument '%U'", kw);
            return -1;
        }
        size_t n = ap->sig.npos + ap->sig.nkwonly;
        Object *best = Suggest_Closest(kw, ap->names + first, (ssize_t)(n - first));
        if (best)
            Err_Format(Exc_TypeError, "%s() got an unexpected keyword argument '%U'. Did you mean '%U'?", name, kw,
                       best);
        else
            Err_Format(Exc_TypeError, "%s() got an unexpected keyword argument '%U'", name, kw);
        return -1;
    }
    Err_Format(Exc_TypeError, "invalid keyword argument for %s()", name);
    return -1;
}

static int keywords_not_strings(Object *kwnames) {
    for (ssize_t k = 0; k < TUPLE_LEN(kwnames); k++)
        if (!Str_Check(TUPLE_GET(kwnames, k))) {
            Err_SetString(Exc_TypeError, "keywords must be strings");
            return -1;
        }
    return 0;
}

/* ---- the parsers ------------------------------------------------------------- */

/* The counts Argument Clinic's keyword parser checks before it looks at the
 * names.  -1 on error. */
static int keyword_counts(const Callee *c, const char *name, const ArgParams *ap, const ArgShape *s, unsigned flags,
                          size_t nargs, size_t nkw) {
    const Sig *sg = &ap->sig;
    size_t npos = sg->npos, nparams = npos + sg->nkwonly, minpos = s->min;
    if (sg->varargs) {
        /* (a parameter before *args that may come by keyword is checked
         * with the keywords, as "missing required argument") */
        size_t need = sg->nposonly < minpos ? sg->nposonly : minpos;
        if (nargs < need) return count_error(c, s, ARGSTYLE_COUNT, nargs);
        if ((flags & ARG_KW_LIMIT) && nkw > sg->nkwonly) {
            Err_Format(Exc_TypeError, "%s() takes at most %zu keyword argument%s (%zu given)", name, sg->nkwonly,
                       sg->nkwonly == 1 ? "" : "s", nkw);
            return -1;
        }
    } else if ((flags & ARG_COUNT_STYLE) && nargs > npos) {
        return count_error(c, s, ARGSTYLE_COUNT, nargs);
    } else if (nargs + nkw > 0 && nparams == 0 && (flags & ARG_CLINIC_METHOD)) {
        Err_Format(Exc_TypeError, "%s() takes no arguments", name);
        return -1;
    } else if (nargs + nkw > nparams && (flags & ARG_UNNAMED)) {
        Err_Format(Exc_TypeError, "function takes at most %zu argument%s (%zu given)", nparams,
                   nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    } else if (nargs + nkw > nparams) {
        Err_Format(Exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", name, nparams,
                   nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    } else if (nargs > npos) {
        if (npos == 0)
            Err_Format(Exc_TypeError, "%s() takes no positional arguments", name);
        else
            Err_Format(Exc_TypeError, "%s%s takes %s %zu positional argument%s (%zu given)", name,
                       flags & ARG_UNNAMED ? "" : "()",
                       minpos < npos || ((flags & ARG_GETARGS_STYLE) && minpos < nparams) ? "at most" : "exactly",
                       npos, npos == 1 ? "" : "s", nargs);
        return -1;
    }
    size_t minposonly = sg->nposonly < minpos ? sg->nposonly : minpos;
    if (nargs < minposonly) {
        Err_Format(Exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", name,
                   minposonly < npos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* Checks a call of a function with keyword parameters as Argument Clinic's
 * keyword parser does, and fills out[]: the positional slots (npos of them,
 * or nargs with *args), then the keyword-only ones.  -1 on error. */
static int unpack_keywords(const Callee *c, const ArgParams *ap, const ArgShape *s, unsigned flags,
                           Object *const *args, size_t nargs, Object *kwnames, Object **out) {
    char buf[128];
    const char *name = bare(c->name, buf, sizeof buf);
    const Sig *sg = &ap->sig;
    size_t nkw = (size_t)KW_COUNT(kwnames), npos = sg->npos, nparams = npos + sg->nkwonly;
    size_t posonly = sg->nposonly;
    if (kwnames && keywords_not_strings(kwnames) < 0) return -1;
    if (keyword_counts(c, name, ap, s, flags, nargs, nkw) < 0) return -1;
    size_t given = nargs < npos ? nargs : npos, nslots = sg->varargs && nargs > npos ? nargs : npos;
    for (size_t i = 0; i < nslots; i++) out[i] = i < nargs ? args[i] : NULL;
    size_t remaining = nkw;
    for (size_t i = given > posonly ? given : posonly; i < nparams; i++) {
        Object *v = remaining ? keyword_value(args + nargs, kwnames, ap->names[i]) : NULL;
        remaining -= v != NULL;
        out[i < npos ? i : nslots + (i - npos)] = v;
        if (!v && sg->p[i].required) {
            Err_Format(Exc_TypeError, "%s%s missing required argument '%U' (pos %zu)", name,
                       flags & ARG_UNNAMED ? "" : "()", ap->names[i], i + 1);
            return -1;
        }
    }
    if (!remaining) return 0;
    for (size_t i = posonly; i < given; i++)
        if (keyword_value(args + nargs, kwnames, ap->names[i])) {
            Err_Format(Exc_TypeError, "argument for %s() given by name ('%U') and position (%zu)", name,
                       ap->names[i], i + 1);
            return -1;
        }
    return unexpected_keyword(name, kwnames, ap, posonly, flags);
}

/* Checks a call as CPython checks the call of a Python function (without
 * *args), filling out[] as unpack_keywords does.  -1 on error. */

/* A Python function's error for the required parameters in [from, to)
 * that were not given: "f() missing 2 required positional arguments: 'a'
 * and 'b'" (the names joined as CPython joins them). */
static int python_missing(const Callee *c, const ArgParams *ap, Object *const *out, size_t from, size_t to) {
    size_t count = 0, seen = 0;
    for (size_t i = from; i < to; i++) count += !out[i] && ap->sig.p[i].required;
    StrBuilder sb;
    SB_Init(&sb);
    for (size_t i = from; i < to; i++) {
        if (out[i] || !ap->sig.p[i].required) continue;
        if (seen++) SB_AppendASCII(&sb, count == 2 ? " and " : seen == count ? ", and " : ", ", -1);
        SB_AppendChar(&sb, '\'');
        SB_AppendStr(&sb, ap->names[i]);
        SB_AppendChar(&sb, '\'');
    }
    Object *names = SB_Finish(&sb), *q = names ? qualified(c) : NULL;
    if (q)
        Err_Format(Exc_TypeError, "%U() missing %zu required %spositional argument%s: %U", q, count,
                   from == 0 ? "" : "keyword-only ", count == 1 ? "" : "s", names);
    XDECREF(names);
    XDECREF(q);
    return -1;
}

static int unpack_python(const Callee *c, const ArgParams *ap, const ArgShape *s, Object *const *args,
                         size_t nargs, Object *kwnames, Object **out) {
    const Sig *sg = &ap->sig;
    size_t nkw = (size_t)KW_COUNT(kwnames), npos = sg->npos, nparams = npos + sg->nkwonly;
    if (kwnames && keywords_not_strings(kwnames) < 0) return -1;
    for (size_t i = 0; i < nparams; i++) out[i] = i < nargs && i < npos ? args[i] : NULL;
    for (size_t k = 0; k < nkw; k++) {
        Object *kw = TUPLE_GET(kwnames, (ssize_t)k);
        ssize_t i = param_index(ap, kw, sg->nposonly);
        if (i < 0 || out[i]) {
            Object *q = qualified(c);
            if (!q) return -1;
            if (i < 0) Err_Format(Exc_TypeError, "%U() got an unexpected keyword argument '%U'", q, kw);
            else Err_Format(Exc_TypeError, "%U() got multiple values for argument '%U'", q, kw);
            DECREF(q);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    if (nargs > npos) return python_too_many(c, s, nargs);
    for (size_t i = 0; i < nparams; i++)
        if (!out[i] && sg->p[i].required) return python_missing(c, ap, out, i < npos ? 0 : npos, i < npos ? npos : nparams);
    return 0;
}

/* Checks a call as ARG_KEYWORDS_FOLLOW words it, filling out[] (one slot a
 * positional parameter; no *args, no keyword-only ones).  -1 on error. */
static int unpack_following(const Callee *c, const ArgParams *ap, Object *const *args, size_t nargs,
                            Object *kwnames, Object **out) {
    char buf[128];
    const char *name = bare(c->name, buf, sizeof buf);
    size_t nkw = (size_t)KW_COUNT(kwnames), total = nargs + nkw, npos = ap->sig.npos;
    if (total == 0 || total > npos) {
        if (nargs == 0)
            Err_Format(Exc_TypeError, "%s() missing required argument '%U'", name, ap->names[0]);
        else
            Err_Format(Exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name, npos,
                       npos == 1 ? "" : "s", total);
        return -1;
    }
    for (size_t i = 0; i < npos; i++) out[i] = i < nargs ? args[i] : NULL;
    for (size_t k = 0; k < nkw; k++) {
        Object *kw = TUPLE_GET(kwnames, (ssize_t)k);
        ssize_t i = Str_Check(kw) ? param_index(ap, kw, nargs) : -1;
        if (i < 0 || (size_t)i >= total || out[i]) {
            Err_Format(Exc_TypeError, "'%S' is an invalid keyword argument for %s()", kw, name);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return 0;
}

/* Checks a call against spec (its shape s, possibly adjusted) and, for
 * ARGKIND_SLOTS, fills out[].  kwnames is NULL or not empty.  -1 on error. */
static int check(const Callee *c, ArgSpec *spec, const ArgShape *s, Object *const *args, size_t nargs,
                 Object *kwnames, Object **out) {
    bool python_keywords = kwnames && s->style == ARGSTYLE_PYTHON && s->kind != ARGKIND_PASS;
    if (s->kind != ARGKIND_SLOTS && !python_keywords) {
        if (kwnames && s->kind == ARGKIND_PLAIN) return no_keywords(c, s->style);
        if (nargs < s->min || nargs > s->max) return count_error(c, s, s->style, nargs);
        return 0;
    }
    if (!kwnames && nargs >= s->min && nargs <= s->max && !s->kwonly_required) {
        /* no keywords and nothing missing: the slots of what was not given stay empty */
        size_t nslots = (s->varargs ? nargs : s->npos) + s->nkwonly;
        for (size_t i = 0; i < nslots; i++) out[i] = i < nargs ? args[i] : NULL;
        return 0;
    }
    if (!Arg_Shape(spec)) return -1; /* ready already: s was taken from it */
    const ArgParams *ap = spec->params;
    if (s->style == ARGSTYLE_PYTHON) return unpack_python(c, ap, s, args, nargs, kwnames, out);
    if (spec->flags & ARG_KEYWORDS_FOLLOW) return unpack_following(c, ap, args, nargs, kwnames, out);
    return unpack_keywords(c, ap, s, spec->flags, args, nargs, kwnames, out);
}

/* The rest of Arg_Call: keywords, errors, many slots (six parameters, so
 * that Arg_Call's call of it is a tail call). */
static __attribute__((noinline)) Object *call_checked(const MethodDef *def, Object *callable, Object *self,
                                                      Object *const *args, size_t nargs, Object *kwnames) {
    const ArgShape *s = Arg_Shape(def->args);
    if (!s) return NULL;
    if (kwnames && TUPLE_LEN(kwnames) == 0) kwnames = NULL;
    unsigned flags = def->args ? def->args->flags : 0;
    bool bare_name = (flags & ARG_BARE_NAME) && TYPE(callable) == &BuiltinFunction_Type;
    Callee c = {def->args && def->args->name ? def->args->name : def->name, bare_name ? NULL : callable};
    if (s->kind != ARGKIND_SLOTS) {
        if (check(&c, def->args, s, args, nargs, kwnames, NULL) < 0) return NULL;
        return def->fn(self, args, nargs, kwnames);
    }
    size_t npos = s->varargs && nargs > s->npos ? nargs : s->npos, nslots = npos + s->nkwonly;
    Object *local[ARG_SLOTS_MAX], **slots = local;
    if (nslots > ARG_SLOTS_MAX && !(slots = malloc(sizeof(Object *) * nslots))) return Err_NoMemory();
    Object *r = NULL;
    if (check(&c, def->args, s, args, nargs, kwnames, slots) == 0) r = def->fn(self, slots, npos, NULL);
    if (slots != local) free(slots);
    return r;
}

Object *Arg_Call(const MethodDef *def, Object *callable, Object *self, Object *const *args, size_t nargs,
                 Object *kwnames) {
    /* (a declaration not taken apart yet goes the long way: no call here
     * but tail calls, so this path needs no saved registers) */
    const ArgSpec *spec = def->args;
    const ArgShape *s = !spec ? &unchecked : __atomic_load_n(&spec->ready, __ATOMIC_ACQUIRE) ? &spec->shape : NULL;
    if (!s || kwnames || s->kind != ARGKIND_SLOTS || nargs - s->pad_min >= s->pad_count)
        return call_checked(def, callable, self, args, nargs, kwnames);
    /* the common case: no keywords, and the slots of what was not given stay
     * empty (copied by hand: memcpy does not pay for a few pointers) */
    Object *slots[PAD_SLOTS] = {NULL};
    size_t npos = s->varargs ? nargs : s->npos;
    switch (nargs) {
    case 8: slots[7] = args[7]; __attribute__((fallthrough));
    case 7: slots[6] = args[6]; __attribute__((fallthrough));
    case 6: slots[5] = args[5]; __attribute__((fallthrough));
    case 5: slots[4] = args[4]; __attribute__((fallthrough));
    case 4: slots[3] = args[3]; __attribute__((fallthrough));
    case 3: slots[2] = args[2]; __attribute__((fallthrough));
    case 2: slots[1] = args[1]; __attribute__((fallthrough));
    case 1: slots[0] = args[0]; __attribute__((fallthrough));
    default: break;
    }
    return def->fn(self, slots, npos, NULL);
}

int Arg_UnpackSlow(ArgSpec *spec, const char *name, Object *const *args, size_t nargs, Object *kwnames,
                   Object **out) {
    const ArgShape *s = Arg_Shape(spec);
    if (!s) return -1;
    if (kwnames && TUPLE_LEN(kwnames) == 0) kwnames = NULL;
    Callee c = {spec->name ? spec->name : name, NULL};
    /* constructors count their arguments as Argument Clinic does, whatever their number */
    ArgShape shape = *s;
    if (shape.style == ARGSTYLE_NOARGS || shape.style == ARGSTYLE_ONE) shape.style = ARGSTYLE_COUNT;
    if (shape.kind != ARGKIND_SLOTS || !shape.varargs) {
        if (check(&c, spec, &shape, args, nargs, kwnames, out) < 0) return -1;
        if (shape.kind != ARGKIND_SLOTS)
            for (size_t i = 0; i < shape.npos; i++) out[i] = i < nargs ? args[i] : NULL;
        return 0;
    }
    /* *args: the slots are the parameters', the rest stays in args */
    size_t npos = nargs > shape.npos ? nargs : shape.npos, nslots = npos + shape.nkwonly;
    Object *local[ARG_SLOTS_MAX], **slots = local;
    if (nslots > ARG_SLOTS_MAX && !(slots = malloc(sizeof(Object *) * nslots))) {
        Err_NoMemory();
        return -1;
    }
    int r = check(&c, spec, &shape, args, nargs, kwnames, slots);
    if (r == 0) {
        for (size_t i = 0; i < shape.npos; i++) out[i] = slots[i];
        for (size_t k = 0; k < shape.nkwonly; k++) out[shape.npos + k] = slots[npos + k];
    }
    if (slots != local) free(slots);
    return r;
}

int Arg_CheckSlow(ArgSpec *spec, const char *name, Object *const *args, size_t nargs, Object *kwnames) {
    Object *unused[ARG_SLOTS_MAX];
    return Arg_UnpackSlow(spec, name, args, nargs, kwnames, unused);
}

/* ---- counting rules that are not declarations ---------------------------- */

int Arg_NoneGivenError(const char *fmt, const char *name) {
    Err_Format(Exc_TypeError, fmt, name);
    return -1;
}

int Arg_TooFewError(const char *fmt, const char *name, const char *name2) {
    Err_Format(Exc_TypeError, fmt, name, name2);
    return -1;
}

int Arg_OneOrThree(size_t nargs, Object *kwnames, const char *name) {
    if (nargs == 3 || (nargs == 1 && !KW_COUNT(kwnames))) return 0;
    Err_Format(Exc_TypeError, nargs == 1 ? "%s takes no keyword arguments" : "%s takes 1 or 3 arguments", name);
    return -1;
}

/* ---- __text_signature__ and __doc__ -------------------------------------------- */

Object *Arg_TextSignature(const ArgSpec *spec) {
    if (!spec || !spec->sig || (spec->flags & ARG_NO_TEXT_SIG)) return NEWREF(OBJ_NONE);
    return Str_FromUTF8(spec->sig, -1);
}

Object *Arg_Doc(const ArgSpec *spec) {
    if (!spec || !spec->doc) return NEWREF(OBJ_NONE);
    return Str_FromUTF8(spec->doc, -1);
}

int Arg_WrapperCheck(const char *name, size_t nargs, Object *kwnames, size_t want) {
    if (KW_COUNT(kwnames)) {
        Err_Format(Exc_TypeError, "wrapper %s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != want) {
        Err_Format(Exc_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int Arg_AsCInt(Object *o, int *out) {
    Object *i = Obj_Index(o);
    if (!i) return -1;
    int64_t v = 0;
    int r = Int_AsI64(i, &v);
    DECREF(i);
    if (r < 0 && !Err_Matches(Exc_OverflowError)) return -1;
    if (r < 0 || v > INT_MAX || v < INT_MIN) {
        Err_Clear();
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

int Arg_AsInt(Object *o, int *out) {
    int64_t v;
    if (Int_AsI64(o, &v) < 0) return -1;
    if (v > INT_MAX || v < INT_MIN) {
        Err_SetString(Exc_OverflowError,
                      v > INT_MAX ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}
