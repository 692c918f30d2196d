/* Argument checking for built-in functions.  The texts follow CPython 3.14's
 * argument parsers (Argument Clinic's keyword parser, METH_O / METH_NOARGS
 * checks and _PyArg_CheckPositional), which differ from one another. */
#include "runtime/args.h"
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/traceback.h"
#include <string.h>

/* Copies fname without a trailing "()" into buf. */
static const char *bare_name(const char *fname, char *buf, size_t cap) {
    size_t n = strlen(fname);
    if (n >= 2 && fname[n - 2] == '(' && fname[n - 1] == ')') n -= 2;
    if (n >= cap) n = cap - 1;
    memcpy(buf, fname, n);
    buf[n] = '\0';
    return buf;
}

static bool has_parens(const char *fname) {
    size_t n = strlen(fname);
    return n >= 2 && fname[n - 2] == '(' && fname[n - 1] == ')';
}

int Arg_NoKeywordsError(const char *fname) {
    char buf[200];
    Err_Format(Exc_TypeError, "%s() takes no keyword arguments", bare_name(fname, buf, sizeof buf));
    return -1;
}

int Arg_PositionalError(const char *fname, size_t nargs, size_t min, size_t max) {
    char buf[200];
    const char *name = bare_name(fname, buf, sizeof buf);
    if (has_parens(fname)) {
        if (min == max && max == 0)
            Err_Format(Exc_TypeError, "%s() takes no arguments (%zu given)", name, nargs);
        else if (min == max && max == 1)
            Err_Format(Exc_TypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
        else if (nargs < min)
            Err_Format(Exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", name,
                       min == max ? "exactly" : "at least", min, min == 1 ? "" : "s", nargs);
        else
            Err_Format(Exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", name,
                       min == max ? "exactly" : "at most", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs < min)
        Err_Format(Exc_TypeError, "%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at least ", min,
                   min == 1 ? "" : "s", nargs);
    else
        Err_Format(Exc_TypeError, "%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at most ", max,
                   max == 1 ? "" : "s", nargs);
    return -1;
}

/* The slow halves of Arg_NoArgs / Arg_OneArg: an empty kwnames tuple counts
 * as no keywords. */
int Arg_NoArgsSlow(const char *fname, size_t nargs, Object *kwnames) {
    if (Arg_NoKeywords(fname, kwnames) < 0) return -1;
    if (nargs == 0) return 0;
    char buf[200];
    Err_Format(Exc_TypeError, "%s() takes no arguments (%zu given)", bare_name(fname, buf, sizeof buf), nargs);
    return -1;
}

int Arg_OneArgSlow(const char *fname, size_t nargs, Object *kwnames) {
    if (Arg_NoKeywords(fname, kwnames) < 0) return -1;
    if (nargs == 1) return 0;
    char buf[200];
    Err_Format(Exc_TypeError, "%s() takes exactly one argument (%zu given)", bare_name(fname, buf, sizeof buf), nargs);
    return -1;
}

/* Index in kwnames of the keyword `name`, or -1. */
static ssize_t kw_index(Object *kwnames, const char *name) {
    if (!kwnames || !*name) return -1;
    for (ssize_t i = 0; i < TUPLE_LEN(kwnames); i++)
        if (Str_EqC(TUPLE_GET(kwnames, i), name)) return i;
    return -1;
}

Object *Arg_FindKeyword(Object *const *kwvalues, Object *kwnames, const char *name) {
    ssize_t i = kw_index(kwnames, name);
    return i < 0 ? NULL : kwvalues[i];
}

/* Raises "f() got an unexpected keyword argument 'x'" (with "Did you mean"
 * when a name is close) for the first keyword not among names[first..]. */
static int unexpected_keyword(const char *name, Object *kwnames, const char *const *names, size_t first) {
    for (ssize_t k = 0; k < TUPLE_LEN(kwnames); k++) {
        Object *kw = TUPLE_GET(kwnames, k);
        if (!Str_Check(kw)) {
            Err_SetString(Exc_TypeError, "keywords must be strings");
            return -1;
        }
        bool known = false;
        for (size_t i = first; names[i]; i++)
            if (*names[i] && Str_EqC(kw, names[i])) { known = true; break; }
        if (known) continue;
        Object *cands[32];
        ssize_t n = 0;
        for (size_t i = first; names[i] && n < 32; i++)
            if (*names[i]) cands[n++] = Str_InternC(names[i]);
        Object *best = Suggest_Closest(kw, cands, n);
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

int Arg_Parse(const char *fname, Object *const *args, size_t nargs, Object *kwnames,
              const char *const *names, size_t npos, size_t nrequired, Object **out) {
    size_t nkw = (size_t)KW_COUNT(kwnames);
    size_t maxpos = npos, minpos = nrequired < npos ? nrequired : npos;
    size_t reqlimit = nrequired;
    if (nkw == 0 && nrequired <= npos && nargs >= minpos && nargs <= maxpos) {
        for (size_t i = 0; i < nargs; i++) out[i] = args[i];
        return 0;
    }
    size_t nnames = 0, posonly = 0;
    while (names[nnames]) nnames++;
    while (posonly < nnames && !*names[posonly]) posonly++;
    char buf[200];
    const char *name = bare_name(fname, buf, sizeof buf);
    if (nargs + nkw > nnames) {
        Err_Format(Exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", name, nnames,
                   nargs == 0 ? "keyword " : "", nnames == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            Err_Format(Exc_TypeError, "%s() takes no positional arguments", name);
        else
            Err_Format(Exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", name,
                       minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    size_t minposonly = posonly < minpos ? posonly : minpos;
    if (nargs < minposonly) {
        Err_Format(Exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", name,
                   minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    Object *const *kwvalues = args + nargs;
    size_t remaining = nkw;
    for (size_t i = nargs > posonly ? nargs : posonly; i < nnames; i++) {
        Object *cur = NULL;
        if (remaining) {
            ssize_t k = kw_index(kwnames, names[i]);
            if (k >= 0) cur = kwvalues[k];
        } else if (i >= reqlimit) {
            break;
        }
        out[i] = cur;
        if (cur) {
            remaining--;
        } else if (i < minpos || (maxpos <= i && i < reqlimit)) {
            Err_Format(Exc_TypeError, "%s() missing required argument '%s' (pos %zu)", name, names[i], i + 1);
            return -1;
        }
    }
    if (remaining) {
        for (size_t i = posonly; i < nargs; i++) {
            if (kw_index(kwnames, names[i]) >= 0) {
                Err_Format(Exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)", name,
                           names[i], i + 1);
                return -1;
            }
        }
        return unexpected_keyword(name, kwnames, names, posonly);
    }
    return 0;
}

int Arg_ParseKwOnly(const char *fname, Object *const *kwvalues, Object *kwnames,
                    const char *const *names, size_t nrequired, Object **out) {
    char buf[200];
    size_t nkw = (size_t)KW_COUNT(kwnames), found = 0;
    for (size_t i = 0; names[i]; i++) {
        ssize_t k = kw_index(kwnames, names[i]);
        if (k >= 0) {
            out[i] = kwvalues[k];
            found++;
        } else if (i < nrequired) {
            Err_Format(Exc_TypeError, "%s() missing required keyword-only argument '%s'",
                       bare_name(fname, buf, sizeof buf), names[i]);
            return -1;
        }
    }
    if (found < nkw) return unexpected_keyword(bare_name(fname, buf, sizeof buf), kwnames, names, 0);
    return 0;
}

int Arg_WrapperOneArg(const char *name, size_t nargs, Object *kwnames) {
    if (KW_COUNT(kwnames)) {
        Err_Format(Exc_TypeError, "wrapper %s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        Err_Format(Exc_TypeError, "expected 1 argument, got %zu", nargs);
        return -1;
    }
    return 0;
}
