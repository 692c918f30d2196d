/* BaseExceptionGroup / ExceptionGroup: construction rules, split/subgroup/derive. */
#include "abstract.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/exc_internal.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/interp.h"
#include "runtime/traceback.h"
#include <stdlib.h>

static bool is_sequence(Object *o) { return TYPE(o)->getitem && !Dict_Check(o); }

/* (message, exceptions): CPython refuses keywords in the name of the type
 * called and counts in the name of BaseExceptionGroup.__new__ */
static ArgSpec new_args = {.sig = "(message, exceptions, /)", .flags = ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE};

Object *ExcGroup_NewSlot(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *given[2];
    const char *name = KW_COUNT(kwnames) ? t->name : "BaseExceptionGroup.__new__";
    if (Arg_Unpack(&new_args, name, args, nargs, kwnames, given) < 0) return NULL;
    Object *msg = args[0], *seq = args[1];
    if (!Str_Check(msg)) {
        Err_Format(Exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", TYPE_NAME(msg));
        return NULL;
    }
    if (!is_sequence(seq)) {
        Err_SetString(Exc_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    Object *excs = Tuple_FromIterable(seq);
    if (!excs) return NULL;
    if (TUPLE_LEN(excs) == 0) {
        Err_SetString(Exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
        goto fail;
    }
    bool nested_base = false;
    for (ssize_t i = 0; i < TUPLE_LEN(excs); i++) {
        Object *e = TUPLE_GET(excs, i);
        if (!Exc_Check(e)) {
            Err_Format(Exc_ValueError, "Item %zd of second argument (exceptions) is not an exception", i);
            goto fail;
        }
        if (!Type_IsSubtype(TYPE(e), Exc_Exception)) nested_base = true;
    }
    Type *cls = t;
    if (t == Exc_BaseExceptionGroup) {
        if (!nested_base) cls = Exc_ExceptionGroup;
    } else if (t == Exc_ExceptionGroup) {
        if (nested_base) {
            Err_SetString(Exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            goto fail;
        }
    } else if (nested_base && Type_IsSubtype(t, Exc_Exception)) {
        Err_Format(Exc_TypeError, "Cannot nest BaseExceptions in '%s'", t->name);
        goto fail;
    }
    ExcGroupExc *g = (ExcGroupExc *)BaseExc_Alloc(cls, args, nargs);
    if (!g) goto fail;
    g->msg = NEWREF(msg);
    g->excs = excs;
    return (Object *)g;
fail:
    DECREF(excs);
    return NULL;
}

int ExcGroup_InitSlot(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return BaseExc_Init(self, args, nargs, kwnames);
}

Object *ExcGroup_StrSlot(Object *self) {
    ExcGroupExc *g = (ExcGroupExc *)self;
    ssize_t n = g->excs ? TUPLE_LEN(g->excs) : 0;
    return Str_FromFormat("%S (%zd sub-exception%s)", g->msg ? g->msg : OBJ_NONE, n, n == 1 ? "" : "s");
}

/* ExceptionGroup('msg', [e1, e2]): the list form when the exceptions were
 * passed as a list, else the tuple; always the group's own exceptions.
 * Written out here rather than through a list's repr, so that each level of
 * nested groups costs one C frame of the recursion. */
Object *ExcGroup_ReprSlot(Object *self) {
    ExcGroupExc *g = (ExcGroupExc *)self;
    Object *args = g->base.args;
    bool as_list = args && TUPLE_LEN(args) >= 2 && List_Check(TUPLE_GET(args, 1));
    Object *excs = g->excs ? NEWREF(g->excs) : Tuple_Empty();
    if (!excs) return NULL;
    ssize_t n = TUPLE_LEN(excs);
    StrBuilder sb;
    SB_Init(&sb);
    if (SB_AppendStr(&sb, TYPE(self)->name_obj) < 0 || SB_AppendChar(&sb, '(') < 0 ||
        SB_AppendRepr(&sb, g->msg ? g->msg : OBJ_NONE) < 0 || SB_AppendASCII(&sb, ", ", 2) < 0 ||
        SB_AppendChar(&sb, as_list ? '[' : '(') < 0)
        goto fail;
    for (ssize_t i = 0; i < n; i++)
        if ((i && SB_AppendASCII(&sb, ", ", 2) < 0) || SB_AppendRepr(&sb, TUPLE_GET(excs, i)) < 0) goto fail;
    if ((!as_list && n == 1 && SB_AppendChar(&sb, ',') < 0) || SB_AppendChar(&sb, as_list ? ']' : ')') < 0 ||
        SB_AppendChar(&sb, ')') < 0)
        goto fail;
    DECREF(excs);
    return SB_Finish(&sb);
fail:
    DECREF(excs);
    SB_Discard(&sb);
    return NULL;
}

static Object *get_message(Object *self) {
    Object *m = ((ExcGroupExc *)self)->msg;
    return NEWREF(m ? m : OBJ_NONE);
}
static Object *get_exceptions(Object *self) {
    Object *e = ((ExcGroupExc *)self)->excs;
    return e ? NEWREF(e) : Tuple_Empty();
}
const GetSetDef ExcGroup_GetSet[] = {
    {"message", get_message, GetSet_Readonly, "exception message"},
    {"exceptions", get_exceptions, GetSet_Readonly, "nested exceptions"},
    {NULL, NULL, NULL, NULL},
};

static Object *m_derive(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2] = {((ExcGroupExc *)self)->msg ? ((ExcGroupExc *)self)->msg : OBJ_NONE, args[0]};
    return Exc_New(Exc_BaseExceptionGroup, a, 2);
}

/* How split()/subgroup() decide whether an exception matches. */
typedef struct Matcher {
    bool predicate;    /* call value(exc); else isinstance(exc, value) */
    Object *value;
    Object **ids;      /* when set: match exactly these objects (except* re-raise) */
    size_t nids;
} Matcher;

static int matcher_init(Matcher *m, Object *value) {
    m->value = value;
    m->predicate = false;
    m->ids = NULL;
    m->nids = 0;
    if (ExcType_Check(value)) return 0;
    if (Tuple_Check(value)) {
        bool all = true;
        for (ssize_t i = 0; i < TUPLE_LEN(value) && all; i++) all = ExcType_Check(TUPLE_GET(value, i));
        if (all) return 0;
    }
    if (Obj_IsCallable(value) && !Type_Check(value)) {
        m->predicate = true;
        return 0;
    }
    Err_SetString(Exc_TypeError,
                  "expected an exception type, a tuple of exception types, or a callable (other than a class)");
    return -1;
}

static int matcher_test(Matcher *m, Object *exc) {
    if (m->ids) {
        for (size_t i = 0; i < m->nids; i++) if (m->ids[i] == exc) return 1;
        return 0;
    }
    if (!m->predicate) return Err_GivenMatches(exc, m->value);
    Object *r = Obj_CallOneArg(m->value, exc);
    if (!r) return -1;
    int t = Obj_IsTrue(r);
    DECREF(r);
    return t;
}

/* orig.derive(excs) with orig's traceback, cause, context and a copy of its
 * notes (new reference). */
static Object *derive_subset(Object *orig, Object *excs) {
    Object *eg = Obj_CallMethodC(orig, "derive", &excs, 1);
    if (!eg) return NULL;
    if (!Exc_Check(eg) || !Type_IsSubtype(TYPE(eg), Exc_BaseExceptionGroup)) {
        DECREF(eg);
        Err_SetString(Exc_TypeError, "derive must return an instance of BaseExceptionGroup");
        return NULL;
    }
    BaseExc *o = (BaseExc *)orig, *n = (BaseExc *)eg;
    SETREF(n->traceback, XNEWREF(o->traceback));
    Exc_SetContext(eg, XNEWREF(o->context));
    Exc_SetCause(eg, XNEWREF(o->cause));
    Object *notes;
    int r = Obj_LookupAttr(orig, ID(__notes__), &notes);
    if (r < 0) goto fail;
    if (r > 0) {
        if (is_sequence(notes)) {
            Object *copy = List_FromIterable(notes);
            if (!copy || Obj_SetAttr(eg, ID(__notes__), copy) < 0) {
                XDECREF(copy);
                DECREF(notes);
                goto fail;
            }
            DECREF(copy);
        }
        DECREF(notes);
    }
    return eg;
fail:
    DECREF(eg);
    return NULL;
}

/* Splits exc into the part matching m (*match) and, if want_rest, the rest
 * (*rest).  Both NULL or new references. */
static int split_rec(Object *exc, Matcher *m, bool want_rest, Object **match, Object **rest) {
    *match = *rest = NULL;
    int r = matcher_test(m, exc);
    if (r < 0) return -1;
    if (r) {
        *match = NEWREF(exc);
        return 0;
    }
    if (!Type_IsSubtype(TYPE(exc), Exc_BaseExceptionGroup)) {
        if (want_rest) *rest = NEWREF(exc);
        return 0;
    }
    if (Recursion_Enter(" in exceptiongroup_split_recursive") < 0) return -1;
    Object *excs = ((ExcGroupExc *)exc)->excs;
    Object *mlist = List_New(0), *rlist = want_rest ? List_New(0) : NULL;
    int ret = -1;
    if (!mlist || (want_rest && !rlist)) goto done;
    for (ssize_t i = 0; excs && i < TUPLE_LEN(excs); i++) {
        Object *sm, *sr;
        if (split_rec(TUPLE_GET(excs, i), m, want_rest, &sm, &sr) < 0) goto done;
        if (sm && List_AppendSteal(mlist, sm) < 0) { XDECREF(sr); goto done; }
        if (sr && List_AppendSteal(rlist, sr) < 0) goto done;
    }
    if (LIST_LEN(mlist) > 0 && !(*match = derive_subset(exc, mlist))) goto done;
    if (want_rest && LIST_LEN(rlist) > 0 && !(*rest = derive_subset(exc, rlist))) {
        CLEAR(*match);
        goto done;
    }
    ret = 0;
done:
    XDECREF(mlist);
    XDECREF(rlist);
    Recursion_Leave();
    return ret;
}

static Object *m_split(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Matcher m;
    if (matcher_init(&m, args[0]) < 0) return NULL;
    Object *match, *rest;
    if (split_rec(self, &m, true, &match, &rest) < 0) return NULL;
    Object *r = Tuple_Pack(2, match ? match : OBJ_NONE, rest ? rest : OBJ_NONE);
    XDECREF(match);
    XDECREF(rest);
    return r;
}

static Object *m_subgroup(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Matcher m;
    if (matcher_init(&m, args[0]) < 0) return NULL;
    Object *match, *rest;
    if (split_rec(self, &m, false, &match, &rest) < 0) return NULL;
    return match ? match : NEWREF(OBJ_NONE);
}

const MethodDef ExcGroup_Methods[] = {
    {"derive", m_derive, 0, ARGS("($self, excs, /)", NULL)},
    {"split", m_split, 0, ARGS("($self, matcher_value, /)", NULL)},
    {"subgroup", m_subgroup, 0, ARGS("($self, matcher_value, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

/* ---- except* support for the eval loop ---------------------------------------- */

int ExcGroup_CheckStarType(Object *t) {
    if (Tuple_Check(t)) {
        for (ssize_t i = 0; i < TUPLE_LEN(t); i++)
            if (ExcGroup_CheckStarType(TUPLE_GET(t, i)) < 0) return -1;
        return 0;
    }
    if (!ExcType_Check(t)) {
        Err_SetString(Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    if (Type_IsSubtype((Type *)t, Exc_BaseExceptionGroup)) {
        Err_SetString(Exc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

int ExcGroup_Match(Object *exc, Object *match_type, Code *code, int lasti, Object **match, Object **rest) {
    *match = *rest = NULL;
    if (!exc || exc == OBJ_NONE) return 0;
    if (Err_GivenMatches(exc, match_type)) {
        if (Type_IsSubtype(TYPE(exc), Exc_BaseExceptionGroup)) {
            *match = NEWREF(exc);
            return 0;
        }
        /* a naked exception is wrapped in a group whose traceback starts here */
        Object *excs = Tuple_Pack(1, exc);
        if (!excs) return -1;
        Object *a[2] = {Str_InternC(""), excs};
        Object *g = Exc_New(Exc_BaseExceptionGroup, a, 2);
        DECREF(excs);
        if (!g) return -1;
        if (code && Tb_Add(g, code, lasti) < 0) {
            DECREF(g);
            return -1;
        }
        *match = g;
        return 0;
    }
    if (!Type_IsSubtype(TYPE(exc), Exc_BaseExceptionGroup)) {
        *rest = NEWREF(exc);   /* no match: all of it is the rest */
        return 0;
    }
    Object *pair = Obj_CallMethodC(exc, "split", &match_type, 1);
    if (!pair) return -1;
    if (!Tuple_Check(pair) || TUPLE_LEN(pair) != 2) {
        Err_Format(Exc_TypeError, "%s.split must return a 2-tuple, got %s of size %zd", TYPE_NAME(exc),
                   TYPE_NAME(pair), Tuple_Check(pair) ? TUPLE_LEN(pair) : (ssize_t)0);
        DECREF(pair);
        return -1;
    }
    Object *m = TUPLE_GET(pair, 0), *r = TUPLE_GET(pair, 1);
    *match = m == OBJ_NONE ? NULL : NEWREF(m);
    *rest = r == OBJ_NONE ? NULL : NEWREF(r);
    DECREF(pair);
    return 0;
}

typedef struct IdSet { Object **p; size_t n, cap; } IdSet;

static int collect_leaves(Object *e, IdSet *s, int depth) {
    if (depth > 1000) {
        Err_SetString(Exc_RecursionError, "maximum recursion depth exceeded in except*");
        return -1;
    }
    if (Type_IsSubtype(TYPE(e), Exc_BaseExceptionGroup)) {
        Object *excs = ((ExcGroupExc *)e)->excs;
        for (ssize_t i = 0; excs && i < TUPLE_LEN(excs); i++)
            if (collect_leaves(TUPLE_GET(excs, i), s, depth + 1) < 0) return -1;
        return 0;
    }
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 16;
        Object **p = realloc(s->p, sizeof(Object *) * nc);
        if (!p) { Err_NoMemory(); return -1; }
        s->p = p;
        s->cap = nc;
    }
    s->p[s->n++] = e;
    return 0;
}

/* The part of orig made of the leaves of the exceptions in list (new
 * reference, or NULL with *err clear when nothing). */
static Object *project(Object *orig, Object *list, bool *err) {
    *err = false;
    if (LIST_LEN(list) == 0) return NULL;
    IdSet ids = {0};
    for (ssize_t i = 0; i < LIST_LEN(list); i++)
        if (collect_leaves(LIST_GET(list, i), &ids, 0) < 0) { free(ids.p); *err = true; return NULL; }
    Matcher m = {.ids = ids.p ? ids.p : (Object **)&ids, .nids = ids.n};
    Object *match, *rest;
    int r = split_rec(orig, &m, false, &match, &rest);
    free(ids.p);
    if (r < 0) { *err = true; return NULL; }
    return match;
}

static bool same_metadata(Object *a, Object *b) {
    BaseExc *x = (BaseExc *)a, *y = (BaseExc *)b;
    return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

Object *ExcGroup_PrepReraiseStar(Object *orig, Object *excs) {
    if (!List_Check(excs)) {
        Err_BadInternalCall("ExcGroup_PrepReraiseStar");
        return NULL;
    }
    ssize_t n = LIST_LEN(excs);
    if (n == 0) return NEWREF(OBJ_NONE);
    if (!Exc_Check(orig) || !Type_IsSubtype(TYPE(orig), Exc_BaseExceptionGroup))
        return NEWREF(LIST_GET(excs, 0));   /* a naked exception: at most one clause ran */
    Object *raised = List_New(0), *reraised = List_New(0), *result = NULL;
    if (!raised || !reraised) goto done;
    for (ssize_t i = 0; i < n; i++) {
        Object *e = LIST_GET(excs, i);
        if (e == OBJ_NONE || !Exc_Check(e)) continue;
        if (List_Append(same_metadata(e, orig) ? reraised : raised, e) < 0) goto done;
    }
    bool err;
    Object *reraised_eg = project(orig, reraised, &err);
    if (err) goto done;
    if (LIST_LEN(raised) == 0) {
        result = reraised_eg ? reraised_eg : NEWREF(OBJ_NONE);
        goto done;
    }
    if (reraised_eg && List_AppendSteal(raised, reraised_eg) < 0) goto done;
    if (LIST_LEN(raised) > 1) {
        Object *a[2] = {Str_InternC(""), raised};
        result = Exc_New(Exc_BaseExceptionGroup, a, 2);
    } else {
        result = NEWREF(LIST_GET(raised, 0));
    }
done:
    XDECREF(raised);
    XDECREF(reraised);
    return result;
}
