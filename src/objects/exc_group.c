/* BaseExceptionGroup / ExceptionGroup: construction rules, split/subgroup/derive. */
#include "objects/exc.h"
#include "objects/exc_internal.h"
#include "abstract.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/interp.h"

static bool is_sequence(Object *o) { return TYPE(o)->getitem && !Dict_Check(o); }

Object *ExcGroup_NewSlot(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (KW_COUNT(kwnames)) {
        Err_Format(Exc_TypeError, "%s() takes no keyword arguments", t->name);
        return NULL;
    }
    if (nargs != 2) {
        Err_Format(Exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
        return NULL;
    }
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
 * passed as a list, else the tuple; always the group's own exceptions. */
Object *ExcGroup_ReprSlot(Object *self) {
    ExcGroupExc *g = (ExcGroupExc *)self;
    Object *args = g->base.args;
    Object *excs = g->excs ? NEWREF(g->excs) : Tuple_Empty();
    if (!excs) return NULL;
    if (args && TUPLE_LEN(args) >= 2 && List_Check(TUPLE_GET(args, 1))) {
        Object *l = List_FromArray(TUPLE_ITEMS(excs), TUPLE_LEN(excs));
        DECREF(excs);
        if (!(excs = l)) return NULL;
    }
    Type *t = TYPE(self);
    Object *r = Str_FromFormat("%U(%R, %R)", t->name_obj, g->msg ? g->msg : OBJ_NONE, excs);
    DECREF(excs);
    return r;
}

static Object *get_message(Object *self) {
    Object *m = ((ExcGroupExc *)self)->msg;
    return NEWREF(m ? m : OBJ_NONE);
}
static Object *get_exceptions(Object *self) {
    Object *e = ((ExcGroupExc *)self)->excs;
    return e ? NEWREF(e) : Tuple_Empty();
}
static int set_readonly(Object *self, Object *v) {
    Err_SetString(Exc_AttributeError, "readonly attribute");
    return -1;
}

const GetSetDef ExcGroup_GetSet[] = {
    {"message", get_message, set_readonly, "exception message"},
    {"exceptions", get_exceptions, set_readonly, "nested exceptions"},
    {NULL, NULL, NULL, NULL},
};

static Object *m_derive(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_OneArg("BaseExceptionGroup.derive", nargs, kwnames) < 0) return NULL;
    Object *a[2] = {((ExcGroupExc *)self)->msg ? ((ExcGroupExc *)self)->msg : OBJ_NONE, args[0]};
    return Exc_New(Exc_BaseExceptionGroup, a, 2);
}

/* How split()/subgroup() decide whether an exception matches. */
typedef struct Matcher {
    bool predicate;    /* call value(exc); else isinstance(exc, value) */
    Object *value;
} Matcher;

static int matcher_init(Matcher *m, Object *value) {
    m->value = value;
    m->predicate = false;
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
    if (Arg_OneArg("BaseExceptionGroup.split", nargs, kwnames) < 0) return NULL;
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
    if (Arg_OneArg("BaseExceptionGroup.subgroup", nargs, kwnames) < 0) return NULL;
    Matcher m;
    if (matcher_init(&m, args[0]) < 0) return NULL;
    Object *match, *rest;
    if (split_rec(self, &m, false, &match, &rest) < 0) return NULL;
    return match ? match : NEWREF(OBJ_NONE);
}

const MethodDef ExcGroup_Methods[] = {
    {"derive", m_derive, 0, NULL},
    {"split", m_split, 0, NULL},
    {"subgroup", m_subgroup, 0, NULL},
    {NULL, NULL, 0, NULL},
};
