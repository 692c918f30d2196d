/* The built-in exception hierarchy: BaseException and every subclass CPython
 * 3.14 puts in builtins, with the extra fields, constructors and str() texts
 * of the special ones.  Exception groups live in exc_group.c. */
#include "objects/exc.h"
#include "abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exc_internal.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/gc.h"
#include "runtime/traceback.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>

#define EXC_FLAGS (TPFLAG_EXC_SUBCLASS | TPFLAG_BASETYPE | TPFLAG_GC)

/* ---- BaseException --------------------------------------------------------- */

/* Allocates an instance of t with args = tuple(args).  Keywords are left to
 * __init__, as CPython's BaseException.__new__ does. */
static Object *exc_alloc(Type *t, Object *const *args, size_t nargs) {
    BaseExc *e = (BaseExc *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!e) return NULL;
    e->args = nargs ? Tuple_FromArray(args, (ssize_t)nargs) : Tuple_Empty();
    if (!e->args) { DECREF((Object *)e); return NULL; }
    return (Object *)e;
}

Object *BaseExc_Alloc(Type *t, Object *const *args, size_t nargs) { return exc_alloc(t, args, nargs); }

Object *BaseExc_New(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return exc_alloc(t, args, nargs);
}

/* BaseException's arguments: any positional ones, no keywords
 * ("ValueError() takes no keyword arguments", named by the type). */
static ArgSpec any_args = {.sig = "(*args)", .flags = ARG_NO_TEXT_SIG};

static int no_keywords(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return Arg_Check(&any_args, t->name, args, nargs, kwnames);
}

static int set_args(Object *self, Object *const *args, size_t nargs) {
    Object *t = Tuple_FromArray(args, (ssize_t)nargs);
    if (!t) return -1;
    SETREF(((BaseExc *)self)->args, t);
    return 0;
}

int BaseExc_Init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (no_keywords(TYPE(self), args, nargs, kwnames) < 0) return -1;
    return set_args(self, args, nargs);
}

static int base_traverse(Object *o, VisitFn visit, void *arg) {
    BaseExc *e = (BaseExc *)o;
    if (e->dict && visit(e->dict, arg)) return 1;
    if (e->args && visit(e->args, arg)) return 1;
    /* its frames may hold the exception (a frame that caught it, say), and
     * hold their globals and locals */
    if (e->traceback && visit(e->traceback, arg)) return 1;
    if (e->context && visit(e->context, arg)) return 1;
    if (e->cause && visit(e->cause, arg)) return 1;
    return 0;
}

static int base_clear(Object *o) {
    BaseExc *e = (BaseExc *)o;
    CLEAR(e->dict);
    CLEAR(e->args);
    CLEAR(e->traceback);
    CLEAR(e->context);
    CLEAR(e->cause);
    return 0;
}

static void base_dealloc(Object *o) {
    Gc_Untrack(o);
    base_clear(o);
    Obj_Free(o);
}

static Object *exc_type_name(Object *self) {
    Type *t = TYPE(self);
    return t->name_obj ? NEWREF(t->name_obj) : Str_FromUTF8(t->name, -1);
}

static Object *base_repr(Object *self) {
    Object *args = ((BaseExc *)self)->args;
    Object *name = exc_type_name(self);
    if (!name) return NULL;
    Object *r;
    if (args && TUPLE_LEN(args) == 1)
        r = Str_FromFormat("%U(%R)", name, TUPLE_GET(args, 0));
    else
        r = Str_FromFormat("%U%R", name, args ? args : OBJ_NONE);
    DECREF(name);
    return r;
}

static Object *base_str(Object *self) {
    Object *args = ((BaseExc *)self)->args;
    if (!args || TUPLE_LEN(args) == 0) return Str_FromUTF8("", 0);
    if (TUPLE_LEN(args) == 1) return Obj_Str(TUPLE_GET(args, 0));
    return Obj_Str(args);
}

static Object *get_args(Object *self) {
    Object *a = ((BaseExc *)self)->args;
    return a ? NEWREF(a) : Tuple_Empty();
}

static int set_args_attr(Object *self, Object *v) {
    if (!v) {
        Err_SetString(Exc_TypeError, "args may not be deleted");
        return -1;
    }
    Object *t = Tuple_FromIterable(v);
    if (!t) return -1;
    SETREF(((BaseExc *)self)->args, t);
    return 0;
}

static Object *get_traceback(Object *self) {
    Object *tb = ((BaseExc *)self)->traceback;
    return NEWREF(tb ? tb : OBJ_NONE);
}

static int check_traceback(Object *v) {
    if (v != OBJ_NONE && TYPE(v) != &Traceback_Type) {
        Err_SetString(Exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    return 0;
}

static int set_traceback(Object *self, Object *v) {
    if (!v) {
        Err_SetString(Exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (check_traceback(v) < 0) return -1;
    SETREF(((BaseExc *)self)->traceback, v == OBJ_NONE ? NULL : NEWREF(v));
    return 0;
}

static Object *get_context(Object *self) {
    Object *c = ((BaseExc *)self)->context;
    return NEWREF(c ? c : OBJ_NONE);
}

static int set_context(Object *self, Object *v) {
    if (!v) {
        Err_SetString(Exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v != OBJ_NONE && !Exc_Check(v)) {
        Err_SetString(Exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    Exc_SetContext(self, v == OBJ_NONE ? NULL : NEWREF(v));
    return 0;
}

static Object *get_cause(Object *self) {
    Object *c = ((BaseExc *)self)->cause;
    return NEWREF(c ? c : OBJ_NONE);
}

static int set_cause(Object *self, Object *v) {
    if (!v) {
        Err_SetString(Exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v != OBJ_NONE && !Exc_Check(v)) {
        Err_SetString(Exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    Exc_SetCause(self, v == OBJ_NONE ? NULL : NEWREF(v));
    return 0;
}

static Object *get_suppress(Object *self) { return NEWREF(Bool_From(((BaseExc *)self)->suppress_context)); }

static int set_suppress(Object *self, Object *v) {
    if (!v) {
        Err_SetString(Exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!Bool_Check(v)) {
        Err_SetString(Exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    ((BaseExc *)self)->suppress_context = v == OBJ_TRUE;
    return 0;
}

static Object *m_with_traceback(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (set_traceback(self, args[0]) < 0) return NULL;
    return NEWREF(self);
}

static Object *m_add_note(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *note = args[0];
    if (!Str_Check(note)) {
        Err_Format(Exc_TypeError, "add_note() argument must be str, not %s", TYPE_NAME(note));
        return NULL;
    }
    Object *notes;
    int r = Obj_LookupAttr(self, ID(__notes__), &notes);
    if (r < 0) return NULL;
    if (r == 0) {
        if (!(notes = List_New(0))) return NULL;
        if (Obj_SetAttr(self, ID(__notes__), notes) < 0) { DECREF(notes); return NULL; }
    } else if (!List_Check(notes)) {
        DECREF(notes);
        Err_SetString(Exc_TypeError, "Cannot add note: __notes__ is not a list");
        return NULL;
    }
    r = List_Append(notes, note);
    DECREF(notes);
    if (r < 0) return NULL;
    RETURN_NONE;
}

static Object *m_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    BaseExc *e = (BaseExc *)self;
    Object *a = e->args ? e->args : OBJ_NONE;
    if (e->dict && Dict_Len(e->dict) > 0) return Tuple_Pack(3, (Object *)TYPE(self), a, e->dict);
    return Tuple_Pack(2, (Object *)TYPE(self), a);
}

static Object *m_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *state = args[0];
    if (state == OBJ_NONE) RETURN_NONE;
    if (!Dict_Check(state)) {
        Err_SetString(Exc_TypeError, "state is not a dictionary");
        return NULL;
    }
    ssize_t pos = 0;
    Object *k, *v;
    while (Dict_Next(state, &pos, &k, &v))
        if (Obj_SetAttr(self, k, v) < 0) return NULL;
    RETURN_NONE;
}

static const MethodDef base_methods[] = {
    {"with_traceback", m_with_traceback, 0, ARGS("($self, tb, /)", "Set self.__traceback__ to tb and return self.")},
    {"add_note", m_add_note, 0, ARGS("($self, note, /)", "Add a note to the exception")},
    {"__reduce__", m_reduce, 0, ARGS("($self, /)", NULL)},
    {"__setstate__", m_setstate, 0, ARGS("($self, state, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef base_getset[] = {
    GETSET_DICT,
    {"args", get_args, set_args_attr, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL},
    {"__context__", get_context, set_context, "exception context"},
    {"__cause__", get_cause, set_cause, "exception cause"},
    {"__suppress_context__", get_suppress, set_suppress, NULL},
    {NULL, NULL, NULL, NULL},
};

/* ---- plain object fields (T_OBJECT members: NULL reads as None) ------------ */

#define FIELD(S, f)                                                            \
    static Object *get_##S##_##f(Object *o) {                                  \
        Object *v = ((S *)o)->f;                                               \
        return NEWREF(v ? v : OBJ_NONE);                                       \
    }                                                                          \
    static int set_##S##_##f(Object *o, Object *v) {                           \
        SETREF(((S *)o)->f, XNEWREF(v));                                       \
        return 0;                                                              \
    }
#define FIELD_DEF(S, f, pyname, doc) {pyname, get_##S##_##f, set_##S##_##f, doc}
#define GETSET_END {NULL, NULL, NULL, NULL}

/* Fields of subclasses: each clear/traverse also handles BaseExc's part. */
#define VISIT(x) do { if ((x) && visit((x), arg)) return 1; } while (0)

/* ---- StopIteration ---------------------------------------------------------- */

FIELD(StopIterationExc, value)
static int stopiter_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (BaseExc_Init(self, args, nargs, kwnames) < 0) return -1;
    SETREF(((StopIterationExc *)self)->value, NEWREF(nargs ? args[0] : OBJ_NONE));
    return 0;
}
static int stopiter_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT(((StopIterationExc *)o)->value);
    return base_traverse(o, visit, arg);
}
static int stopiter_clear(Object *o) {
    CLEAR(((StopIterationExc *)o)->value);
    return base_clear(o);
}
static void stopiter_dealloc(Object *o) { Gc_Untrack(o); stopiter_clear(o); Obj_Free(o); }
static const GetSetDef stopiter_getset[] = {
    FIELD_DEF(StopIterationExc, value, "value", "generator return value"), GETSET_END};
#define StopIteration_SLOTS .init = stopiter_init, .traverse = stopiter_traverse, \
    .clear = stopiter_clear, .dealloc = stopiter_dealloc, .getset = stopiter_getset

Object *Exc_StopIterationValue(Object *e) {
    if (!e || !Type_IsSubtype(TYPE(e), Exc_StopIteration)) return OBJ_NONE;
    Object *v = ((StopIterationExc *)e)->value;
    return v ? v : OBJ_NONE;
}

/* ---- SystemExit ------------------------------------------------------------- */

FIELD(SystemExitExc, code)
static int sysexit_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (BaseExc_Init(self, args, nargs, kwnames) < 0) return -1;
    Object *code = nargs == 0 ? NULL : nargs == 1 ? NEWREF(args[0]) : NEWREF(((BaseExc *)self)->args);
    SETREF(((SystemExitExc *)self)->code, code);
    return 0;
}
static int sysexit_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT(((SystemExitExc *)o)->code);
    return base_traverse(o, visit, arg);
}
static int sysexit_clear(Object *o) {
    CLEAR(((SystemExitExc *)o)->code);
    return base_clear(o);
}
static void sysexit_dealloc(Object *o) { Gc_Untrack(o); sysexit_clear(o); Obj_Free(o); }
static const GetSetDef sysexit_getset[] = {
    FIELD_DEF(SystemExitExc, code, "code", "exception code"), GETSET_END};
#define SystemExit_SLOTS .init = sysexit_init, .traverse = sysexit_traverse, \
    .clear = sysexit_clear, .dealloc = sysexit_dealloc, .getset = sysexit_getset

/* ---- KeyError --------------------------------------------------------------- */

static Object *keyerror_str(Object *self) {
    Object *args = ((BaseExc *)self)->args;
    if (args && TUPLE_LEN(args) == 1) return Obj_Repr(TUPLE_GET(args, 0));
    return base_str(self);
}
#define KeyError_SLOTS .str = keyerror_str

/* ---- keyword-only fields of NameError, AttributeError, ImportError ---------- */

/* The keyword-only fields of NameError, AttributeError and ImportError
 * come after any positional arguments; CPython names the base class in their
 * errors, whatever the subclass. */

/* ---- NameError -------------------------------------------------------------- */

FIELD(NameErrorExc, name)
static int nameerror_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static ArgSpec fields = {.sig = "(*args, name=None)", .flags = ARG_NO_TEXT_SIG | ARG_KW_LIMIT};
    Object *out[1] = {NULL};
    if (Arg_Unpack(&fields, "NameError", args, nargs, kwnames, out) < 0) return -1;
    if (set_args(self, args, nargs) < 0) return -1;
    SETREF(((NameErrorExc *)self)->name, XNEWREF(out[0]));
    return 0;
}
static int nameerror_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT(((NameErrorExc *)o)->name);
    return base_traverse(o, visit, arg);
}
static int nameerror_clear(Object *o) {
    CLEAR(((NameErrorExc *)o)->name);
    return base_clear(o);
}
static void nameerror_dealloc(Object *o) { Gc_Untrack(o); nameerror_clear(o); Obj_Free(o); }
static const GetSetDef nameerror_getset[] = {
    FIELD_DEF(NameErrorExc, name, "name", "name"), GETSET_END};
#define NameError_SLOTS .init = nameerror_init, .traverse = nameerror_traverse, \
    .clear = nameerror_clear, .dealloc = nameerror_dealloc, .getset = nameerror_getset

/* ---- AttributeError --------------------------------------------------------- */

FIELD(AttributeErrorExc, name)
FIELD(AttributeErrorExc, obj)
static int attrerror_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static ArgSpec fields = {.sig = "(*args, name=None, obj=None)", .flags = ARG_NO_TEXT_SIG | ARG_KW_LIMIT};
    Object *out[2] = {NULL, NULL};
    if (Arg_Unpack(&fields, "AttributeError", args, nargs, kwnames, out) < 0) return -1;
    if (set_args(self, args, nargs) < 0) return -1;
    AttributeErrorExc *e = (AttributeErrorExc *)self;
    SETREF(e->name, XNEWREF(out[0]));
    SETREF(e->obj, XNEWREF(out[1]));
    return 0;
}
static int attrerror_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT(((AttributeErrorExc *)o)->name);
    VISIT(((AttributeErrorExc *)o)->obj);
    return base_traverse(o, visit, arg);
}
static int attrerror_clear(Object *o) {
    CLEAR(((AttributeErrorExc *)o)->name);
    CLEAR(((AttributeErrorExc *)o)->obj);
    return base_clear(o);
}
static void attrerror_dealloc(Object *o) { Gc_Untrack(o); attrerror_clear(o); Obj_Free(o); }
/* AttributeError pickles its name (not obj) and args in the state dict. */
static Object *attrerror_state(Object *self) {
    AttributeErrorExc *e = (AttributeErrorExc *)self;
    Object *st = e->base.dict ? Dict_Copy(e->base.dict) : Dict_New();
    if (!st) return NULL;
    if ((e->name && Dict_SetStr(st, "name", e->name) < 0) || Dict_SetStr(st, "args", e->base.args) < 0) {
        DECREF(st);
        return NULL;
    }
    return st;
}
static Object *m_attrerror_getstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return attrerror_state(self);
}
static Object *m_attrerror_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *st = attrerror_state(self);
    if (!st) return NULL;
    Object *r = Tuple_Pack(3, (Object *)TYPE(self), ((BaseExc *)self)->args, st);
    DECREF(st);
    return r;
}
static const MethodDef attrerror_methods[] = {
    {"__getstate__", m_attrerror_getstate, 0, ARGS("($self, /)", NULL)},
    {"__reduce__", m_attrerror_reduce, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};
static const GetSetDef attrerror_getset[] = {
    FIELD_DEF(AttributeErrorExc, name, "name", "attribute name"),
    FIELD_DEF(AttributeErrorExc, obj, "obj", "object"), GETSET_END};
#define AttributeError_SLOTS .init = attrerror_init, .traverse = attrerror_traverse, \
    .clear = attrerror_clear, .dealloc = attrerror_dealloc, .getset = attrerror_getset, \
    .methods = attrerror_methods

/* ---- ImportError ------------------------------------------------------------ */

FIELD(ImportErrorExc, msg)
FIELD(ImportErrorExc, name)
FIELD(ImportErrorExc, path)
FIELD(ImportErrorExc, name_from)
static int importerror_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static ArgSpec fields = {.sig = "(*args, name=None, path=None, name_from=None)",
                             .flags = ARG_NO_TEXT_SIG | ARG_KW_LIMIT};
    Object *out[3] = {NULL, NULL, NULL};
    if (Arg_Unpack(&fields, "ImportError", args, nargs, kwnames, out) < 0) return -1;
    if (set_args(self, args, nargs) < 0) return -1;
    ImportErrorExc *e = (ImportErrorExc *)self;
    SETREF(e->name, XNEWREF(out[0]));
    SETREF(e->path, XNEWREF(out[1]));
    SETREF(e->name_from, XNEWREF(out[2]));
    SETREF(e->msg, nargs == 1 ? NEWREF(args[0]) : NULL);
    return 0;
}
static Object *importerror_str(Object *self) {
    Object *msg = ((ImportErrorExc *)self)->msg;
    if (msg && Str_CheckExact(msg)) return NEWREF(msg);
    return base_str(self);
}
static int importerror_traverse(Object *o, VisitFn visit, void *arg) {
    ImportErrorExc *e = (ImportErrorExc *)o;
    VISIT(e->msg); VISIT(e->name); VISIT(e->path); VISIT(e->name_from);
    return base_traverse(o, visit, arg);
}
static int importerror_clear(Object *o) {
    ImportErrorExc *e = (ImportErrorExc *)o;
    CLEAR(e->msg); CLEAR(e->name); CLEAR(e->path); CLEAR(e->name_from);
    return base_clear(o);
}
static void importerror_dealloc(Object *o) { Gc_Untrack(o); importerror_clear(o); Obj_Free(o); }
static Object *m_importerror_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ImportErrorExc *e = (ImportErrorExc *)self;
    Object *st = e->base.dict ? Dict_Copy(e->base.dict) : Dict_New();
    if (!st) return NULL;
    if ((e->name && Dict_SetStr(st, "name", e->name) < 0) || (e->path && Dict_SetStr(st, "path", e->path) < 0)) {
        DECREF(st);
        return NULL;
    }
    Object *r = Dict_Len(st) ? Tuple_Pack(3, (Object *)TYPE(self), e->base.args, st)
                             : Tuple_Pack(2, (Object *)TYPE(self), e->base.args);
    DECREF(st);
    return r;
}
static const MethodDef importerror_methods[] = {
    {"__reduce__", m_importerror_reduce, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};
static const GetSetDef importerror_getset[] = {
    FIELD_DEF(ImportErrorExc, msg, "msg", "exception message"),
    FIELD_DEF(ImportErrorExc, name, "name", "module name"),
    FIELD_DEF(ImportErrorExc, path, "path", "module path"),
    FIELD_DEF(ImportErrorExc, name_from, "name_from", "name imported from module"), GETSET_END};
#define ImportError_SLOTS .init = importerror_init, .str = importerror_str, \
    .traverse = importerror_traverse, .clear = importerror_clear, \
    .dealloc = importerror_dealloc, .getset = importerror_getset, .methods = importerror_methods

/* ---- OSError ---------------------------------------------------------------- */

static Object *oserror_new(Type *t, Object *const *args, size_t nargs, Object *kwnames);
static int oserror_init(Object *self, Object *const *args, size_t nargs, Object *kwnames);

/* A subclass with its own __init__ (and OSError's __new__) parses in __init__,
 * as CPython does; otherwise __new__ does all the work. */
static bool oserror_use_init(Type *t) {
    return t->init != oserror_init && t->new_ == oserror_new;
}

static Type *errno_subclass(Object *myerrno);

/* Fields from (errno, strerror[, filename[, winerror[, filename2]]]);
 * only 2..5 arguments are parsed.  Sets args, trimmed to (errno, strerror)
 * when a filename is given. */
static int oserror_fill(Object *self, Object *const *args, size_t nargs) {
    OSErrorExc *e = (OSErrorExc *)self;
    Object *myerrno = NULL, *strerror = NULL, *filename = NULL, *filename2 = NULL;
    size_t nkeep = nargs;
    if (nargs >= 2 && nargs <= 5) {
        myerrno = args[0];
        strerror = args[1];
        if (nargs >= 3) filename = args[2];
        if (nargs >= 5) filename2 = args[4];
    }
    e->written = -1;
    if (filename && filename != OBJ_NONE) {
        Type *ft = TYPE(filename);
        bool number = Int_Check(filename) || ft->nb_index || ft->nb_int || ft->nb_float;
        if (Type_IsSubtype(TYPE(self), Exc_BlockingIOError) && number) {
            ssize_t w;
            if (Index_AsSsize(filename, Exc_ValueError, &w) < 0) return -1;
            e->written = w;
        } else {
            SETREF(e->filename, NEWREF(filename));
            if (filename2 && filename2 != OBJ_NONE) SETREF(e->filename2, NEWREF(filename2));
            nkeep = 2;
        }
    }
    SETREF(e->myerrno, XNEWREF(myerrno));
    SETREF(e->strerror, XNEWREF(strerror));
    return set_args(self, args, nkeep);
}

static Object *oserror_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Type *nt = t;
    bool use_init = oserror_use_init(t);
    if (!use_init) {
        if (no_keywords(t, args, nargs, kwnames) < 0) return NULL;
        if (t == Exc_OSError && nargs >= 2 && nargs <= 5) {
            Type *sub = errno_subclass(args[0]);
            if (sub) nt = sub;
        }
    }
    Object *self = exc_alloc(nt, NULL, 0);
    if (!self) return NULL;
    ((OSErrorExc *)self)->written = -1;
    if (!use_init && oserror_fill(self, args, nargs) < 0) {
        DECREF(self);
        return NULL;
    }
    return self;
}

static int oserror_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (!oserror_use_init(TYPE(self))) return 0;  /* __new__ did everything */
    if (no_keywords(TYPE(self), args, nargs, kwnames) < 0) return -1;
    return oserror_fill(self, args, nargs);
}

static Object *oserror_str(Object *self) {
    OSErrorExc *e = (OSErrorExc *)self;
    if (e->filename) {
        if (e->filename2)
            return Str_FromFormat("[Errno %S] %S: %R -> %R", e->myerrno ? e->myerrno : OBJ_NONE,
                                  e->strerror ? e->strerror : OBJ_NONE, e->filename, e->filename2);
        return Str_FromFormat("[Errno %S] %S: %R", e->myerrno ? e->myerrno : OBJ_NONE,
                              e->strerror ? e->strerror : OBJ_NONE, e->filename);
    }
    if (e->myerrno && e->strerror) return Str_FromFormat("[Errno %S] %S", e->myerrno, e->strerror);
    return base_str(self);
}

static Object *m_oserror_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    OSErrorExc *e = (OSErrorExc *)self;
    Object *a = e->base.args;
    Object *r = NULL;
    if (TUPLE_LEN(a) == 2 && e->filename) {
        ssize_t n = e->filename2 ? 5 : 3;
        Object *na = Tuple_New(n);
        if (!na) return NULL;
        TUPLE_ITEMS(na)[0] = NEWREF(TUPLE_GET(a, 0));
        TUPLE_ITEMS(na)[1] = NEWREF(TUPLE_GET(a, 1));
        TUPLE_ITEMS(na)[2] = NEWREF(e->filename);
        if (e->filename2) {
            TUPLE_ITEMS(na)[3] = NEWREF(OBJ_NONE);
            TUPLE_ITEMS(na)[4] = NEWREF(e->filename2);
        }
        a = na;
    } else {
        INCREF(a);
    }
    if (e->base.dict && Dict_Len(e->base.dict) > 0)
        r = Tuple_Pack(3, (Object *)TYPE(self), a, e->base.dict);
    else
        r = Tuple_Pack(2, (Object *)TYPE(self), a);
    DECREF(a);
    return r;
}

FIELD(OSErrorExc, myerrno)
FIELD(OSErrorExc, strerror)
FIELD(OSErrorExc, filename)
FIELD(OSErrorExc, filename2)

static Object *get_written(Object *self) {
    ssize_t w = ((OSErrorExc *)self)->written;
    if (w == -1) {
        Err_SetString(Exc_AttributeError, "characters_written");
        return NULL;
    }
    return Int_FromI64(w);
}
static int set_written(Object *self, Object *v) {
    OSErrorExc *e = (OSErrorExc *)self;
    if (!v) {
        if (e->written == -1) {
            Err_SetString(Exc_AttributeError, "characters_written");
            return -1;
        }
        e->written = -1;
        return 0;
    }
    ssize_t w;
    if (Index_AsSsize(v, Exc_ValueError, &w) < 0) return -1;
    e->written = w;
    return 0;
}

static int oserror_traverse(Object *o, VisitFn visit, void *arg) {
    OSErrorExc *e = (OSErrorExc *)o;
    VISIT(e->myerrno); VISIT(e->strerror); VISIT(e->filename); VISIT(e->filename2); VISIT(e->winerror);
    return base_traverse(o, visit, arg);
}
static int oserror_clear(Object *o) {
    OSErrorExc *e = (OSErrorExc *)o;
    CLEAR(e->myerrno); CLEAR(e->strerror); CLEAR(e->filename); CLEAR(e->filename2); CLEAR(e->winerror);
    return base_clear(o);
}
static void oserror_dealloc(Object *o) { Gc_Untrack(o); oserror_clear(o); Obj_Free(o); }
static const GetSetDef oserror_getset[] = {
    FIELD_DEF(OSErrorExc, myerrno, "errno", "POSIX exception code"),
    FIELD_DEF(OSErrorExc, strerror, "strerror", "exception strerror"),
    FIELD_DEF(OSErrorExc, filename, "filename", "exception filename"),
    FIELD_DEF(OSErrorExc, filename2, "filename2", "second exception filename"),
    {"characters_written", get_written, set_written, NULL}, GETSET_END};
static const MethodDef oserror_methods[] = {
    {"__reduce__", m_oserror_reduce, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};
#define OSError_SLOTS .new_ = oserror_new, .init = oserror_init, .str = oserror_str, \
    .traverse = oserror_traverse, .clear = oserror_clear, .dealloc = oserror_dealloc, \
    .getset = oserror_getset, .methods = oserror_methods

/* ---- SyntaxError ------------------------------------------------------------ */

FIELD(SyntaxErrorExc, msg)
FIELD(SyntaxErrorExc, filename)
FIELD(SyntaxErrorExc, lineno)
FIELD(SyntaxErrorExc, offset)
FIELD(SyntaxErrorExc, text)
FIELD(SyntaxErrorExc, end_lineno)
FIELD(SyntaxErrorExc, end_offset)
FIELD(SyntaxErrorExc, print_file_and_line)
FIELD(SyntaxErrorExc, metadata)

static int syntaxerror_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (BaseExc_Init(self, args, nargs, kwnames) < 0) return -1;
    SyntaxErrorExc *e = (SyntaxErrorExc *)self;
    if (nargs >= 1) SETREF(e->msg, NEWREF(args[0]));
    if (nargs == 2) {
        /* the location tuple, unpacked as CPython unpacks it: as arguments */
        static ArgSpec location = {.sig = "(filename, lineno, offset, text, end_lineno=None, end_offset=None, "
                                          "metadata=None, /)",
                                   .flags = ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE | ARG_UNNAMED};
        Object *info = Tuple_FromIterable(args[1]);
        if (!info) return -1;
        ssize_t n = TUPLE_LEN(info);
        if (Arg_Check(&location, "function", TUPLE_ITEMS(info), (size_t)n, NULL) < 0) {
            DECREF(info);
            return -1;
        }
        Object **it = TUPLE_ITEMS(info);
        SETREF(e->filename, NEWREF(it[0]));
        SETREF(e->lineno, NEWREF(it[1]));
        SETREF(e->offset, NEWREF(it[2]));
        SETREF(e->text, NEWREF(it[3]));
        SETREF(e->end_lineno, n > 4 ? NEWREF(it[4]) : NULL);
        SETREF(e->end_offset, n > 5 ? NEWREF(it[5]) : NULL);
        SETREF(e->metadata, n > 6 ? NEWREF(it[6]) : NULL);
        DECREF(info);
    }
    return 0;
}

static Object *syntaxerror_str(Object *self) {
    SyntaxErrorExc *e = (SyntaxErrorExc *)self;
    Object *msg = e->msg ? e->msg : OBJ_NONE;
    Object *base = NULL;
    if (e->filename && Str_Check(e->filename)) {
        ssize_t n = STR_LEN(e->filename), i = n;
        while (i > 0 && STR_CHAR(e->filename, i - 1) != '/') i--;
        base = Str_Substring(e->filename, i, n);
        if (!base) return NULL;
    }
    bool have_line = e->lineno && Int_CheckExact(e->lineno);
    Object *r;
    if (base && have_line) r = Str_FromFormat("%S (%U, line %S)", msg, base, e->lineno);
    else if (base) r = Str_FromFormat("%S (%U)", msg, base);
    else if (have_line) r = Str_FromFormat("%S (line %S)", msg, e->lineno);
    else r = Obj_Str(msg);
    XDECREF(base);
    return r;
}

static int syntaxerror_traverse(Object *o, VisitFn visit, void *arg) {
    SyntaxErrorExc *e = (SyntaxErrorExc *)o;
    VISIT(e->msg); VISIT(e->filename); VISIT(e->lineno); VISIT(e->offset); VISIT(e->text);
    VISIT(e->end_lineno); VISIT(e->end_offset); VISIT(e->print_file_and_line); VISIT(e->metadata);
    return base_traverse(o, visit, arg);
}
static int syntaxerror_clear(Object *o) {
    SyntaxErrorExc *e = (SyntaxErrorExc *)o;
    CLEAR(e->msg); CLEAR(e->filename); CLEAR(e->lineno); CLEAR(e->offset); CLEAR(e->text);
    CLEAR(e->end_lineno); CLEAR(e->end_offset); CLEAR(e->print_file_and_line); CLEAR(e->metadata);
    return base_clear(o);
}
static void syntaxerror_dealloc(Object *o) { Gc_Untrack(o); syntaxerror_clear(o); Obj_Free(o); }
static const GetSetDef syntaxerror_getset[] = {
    FIELD_DEF(SyntaxErrorExc, msg, "msg", "exception msg"),
    FIELD_DEF(SyntaxErrorExc, filename, "filename", "exception filename"),
    FIELD_DEF(SyntaxErrorExc, lineno, "lineno", "exception lineno"),
    FIELD_DEF(SyntaxErrorExc, offset, "offset", "exception offset"),
    FIELD_DEF(SyntaxErrorExc, text, "text", "exception text"),
    FIELD_DEF(SyntaxErrorExc, end_lineno, "end_lineno", "exception end lineno"),
    FIELD_DEF(SyntaxErrorExc, end_offset, "end_offset", "exception end offset"),
    FIELD_DEF(SyntaxErrorExc, print_file_and_line, "print_file_and_line", "exception print_file_and_line"),
    FIELD_DEF(SyntaxErrorExc, metadata, "_metadata", "exception private metadata"), GETSET_END};
#define SyntaxError_SLOTS .init = syntaxerror_init, .str = syntaxerror_str, \
    .traverse = syntaxerror_traverse, .clear = syntaxerror_clear, \
    .dealloc = syntaxerror_dealloc, .getset = syntaxerror_getset

/* ---- UnicodeEncodeError / DecodeError / TranslateError ---------------------- */

enum { UNI_ENCODE, UNI_DECODE, UNI_TRANSLATE };

/* The "n" converter: an index-able object as ssize_t. */
static int arg_ssize(Object *o, ssize_t *out) {
    Object *ix = Obj_Index(o);
    if (!ix) return -1;
    ssize_t v = Int_AsSsize(ix);
    DECREF(ix);
    if (v == -1 && Err_Occurred()) return -1;
    *out = v;
    return 0;
}

static int arg_str(Object *o, int pos) {
    if (Str_Check(o)) return 0;
    Err_Format(Exc_TypeError, "argument %d must be str, not %s", pos, TYPE_NAME(o));
    return -1;
}

static int unicode_init(Object *self, Object *const *args, size_t nargs, Object *kwnames, int kind) {
    static ArgSpec coding_args = {.sig = "(encoding, object, start, end, reason, /)",
                                  .flags = ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE | ARG_UNNAMED};
    static ArgSpec translate_args = {.sig = "(object, start, end, reason, /)",
                                     .flags = ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE | ARG_UNNAMED};
    if (BaseExc_Init(self, args, nargs, kwnames) < 0) return -1;
    if (Arg_Check(kind == UNI_TRANSLATE ? &translate_args : &coding_args, "function", args, nargs, NULL) < 0)
        return -1;
    UnicodeErrorExc *e = (UnicodeErrorExc *)self;
    Object *encoding = NULL, *object, *reason;
    ssize_t start, end;
    size_t k = 0;
    if (kind != UNI_TRANSLATE) {
        encoding = args[k++];
        if (arg_str(encoding, 1) < 0) return -1;
    }
    object = args[k++];
    if (kind != UNI_DECODE && arg_str(object, (int)k) < 0) return -1;
    if (arg_ssize(args[k++], &start) < 0) return -1;
    if (arg_ssize(args[k++], &end) < 0) return -1;
    reason = args[k++];
    if (arg_str(reason, (int)k) < 0) return -1;
    if (kind == UNI_DECODE) {
        if (Bytes_Check(object)) {
            INCREF(object);
        } else if (!IS_SMALL(object) && Type_IsSubtype(TYPE(object), &ByteArray_Type)) {
            ByteArray *ba = (ByteArray *)object;
            if (!(object = Bytes_From(ba->data, ba->len))) return -1;
        } else {
            Err_Format(Exc_TypeError, "a bytes-like object is required, not '%s'", TYPE_NAME(object));
            return -1;
        }
    } else {
        INCREF(object);
    }
    SETREF(e->encoding, XNEWREF(encoding));
    SETREF(e->object, object);
    SETREF(e->reason, NEWREF(reason));
    e->start = start;
    e->end = end;
    return 0;
}

static int unicode_encode_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return unicode_init(self, args, nargs, kwnames, UNI_ENCODE);
}
static int unicode_decode_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return unicode_init(self, args, nargs, kwnames, UNI_DECODE);
}
static int unicode_translate_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return unicode_init(self, args, nargs, kwnames, UNI_TRANSLATE);
}

static Object *unicode_str(Object *self, int kind) {
    UnicodeErrorExc *e = (UnicodeErrorExc *)self;
    if (!e->object) return Str_FromUTF8("", 0);
    Object *reason = Obj_Str(e->reason ? e->reason : OBJ_NONE);
    if (!reason) return NULL;
    Object *enc = NULL;
    if (kind != UNI_TRANSLATE && !(enc = Obj_Str(e->encoding ? e->encoding : OBJ_NONE))) {
        DECREF(reason);
        return NULL;
    }
    Object *r = NULL;
    ssize_t start = e->start, end = e->end;
    if (kind == UNI_DECODE) {
        if (!Bytes_Check(e->object)) {
            Err_SetString(Exc_TypeError, "UnicodeError 'object' attribute must be bytes");
            goto done;
        }
        if (start >= 0 && start < BYTES_LEN(e->object) && end == start + 1) {
            char hex[4];
            snprintf(hex, sizeof hex, "%02x", BYTES_DATA(e->object)[start]);
            r = Str_FromFormat("'%U' codec can't decode byte 0x%s in position %zd: %U", enc, hex, start, reason);
        }
        else
            r = Str_FromFormat("'%U' codec can't decode bytes in position %zd-%zd: %U", enc, start, end - 1,
                               reason);
        goto done;
    }
    if (!Str_Check(e->object)) {
        Err_SetString(Exc_TypeError, "UnicodeError 'object' attribute must be a string");
        goto done;
    }
    if (start >= 0 && start < STR_LEN(e->object) && end == start + 1) {
        uint32_t c = STR_CHAR(e->object, start);
        char buf[16];
        if (c <= 0xff) snprintf(buf, sizeof buf, "\\x%02x", c);
        else if (c <= 0xffff) snprintf(buf, sizeof buf, "\\u%04x", c);
        else snprintf(buf, sizeof buf, "\\U%08x", c);
        if (kind == UNI_ENCODE)
            r = Str_FromFormat("'%U' codec can't encode character '%s' in position %zd: %U", enc, buf, start,
                               reason);
        else
            r = Str_FromFormat("can't translate character '%s' in position %zd: %U", buf, start, reason);
    } else if (kind == UNI_ENCODE) {
        r = Str_FromFormat("'%U' codec can't encode characters in position %zd-%zd: %U", enc, start, end - 1,
                           reason);
    } else {
        r = Str_FromFormat("can't translate characters in position %zd-%zd: %U", start, end - 1, reason);
    }
done:
    DECREF(reason);
    XDECREF(enc);
    return r;
}
static Object *unicode_encode_str(Object *self) { return unicode_str(self, UNI_ENCODE); }
static Object *unicode_decode_str(Object *self) { return unicode_str(self, UNI_DECODE); }
static Object *unicode_translate_str(Object *self) { return unicode_str(self, UNI_TRANSLATE); }

FIELD(UnicodeErrorExc, encoding)
FIELD(UnicodeErrorExc, object)
FIELD(UnicodeErrorExc, reason)
static Object *get_uni_start(Object *self) { return Int_FromI64(((UnicodeErrorExc *)self)->start); }
static Object *get_uni_end(Object *self) { return Int_FromI64(((UnicodeErrorExc *)self)->end); }
static int set_uni_index(Object *v, ssize_t *slot) {
    if (!v) {
        Err_SetString(Exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!Int_Check(v)) {
        Err_SetString(Exc_TypeError, "an integer is required");
        return -1;
    }
    ssize_t x = Int_AsSsize(v);
    if (x == -1 && Err_Occurred()) return -1;
    *slot = x;
    return 0;
}
static int set_uni_start(Object *self, Object *v) { return set_uni_index(v, &((UnicodeErrorExc *)self)->start); }
static int set_uni_end(Object *self, Object *v) { return set_uni_index(v, &((UnicodeErrorExc *)self)->end); }

static int unicode_traverse(Object *o, VisitFn visit, void *arg) {
    UnicodeErrorExc *e = (UnicodeErrorExc *)o;
    VISIT(e->encoding); VISIT(e->object); VISIT(e->reason);
    return base_traverse(o, visit, arg);
}
static int unicode_clear(Object *o) {
    UnicodeErrorExc *e = (UnicodeErrorExc *)o;
    CLEAR(e->encoding); CLEAR(e->object); CLEAR(e->reason);
    return base_clear(o);
}
static void unicode_dealloc(Object *o) { Gc_Untrack(o); unicode_clear(o); Obj_Free(o); }
static const GetSetDef unicode_getset[] = {
    FIELD_DEF(UnicodeErrorExc, encoding, "encoding", "exception encoding"),
    FIELD_DEF(UnicodeErrorExc, object, "object", "exception object"),
    {"start", get_uni_start, set_uni_start, "exception start"},
    {"end", get_uni_end, set_uni_end, "exception end"},
    FIELD_DEF(UnicodeErrorExc, reason, "reason", "exception reason"), GETSET_END};
#define UNICODE_COMMON .traverse = unicode_traverse, .clear = unicode_clear, \
    .dealloc = unicode_dealloc, .getset = unicode_getset
#define UnicodeEncodeError_SLOTS .init = unicode_encode_init, .str = unicode_encode_str, UNICODE_COMMON
#define UnicodeDecodeError_SLOTS .init = unicode_decode_init, .str = unicode_decode_str, UNICODE_COMMON
#define UnicodeTranslateError_SLOTS .init = unicode_translate_init, .str = unicode_translate_str, UNICODE_COMMON

/* ---- exception groups (exc_group.c) ----------------------------------------- */

#define ExcGroup_SLOTS .new_ = ExcGroup_NewSlot, .init = ExcGroup_InitSlot, .str = ExcGroup_StrSlot, \
    .repr = ExcGroup_ReprSlot, .traverse = ExcGroup_TraverseSlot, .clear = ExcGroup_ClearSlot, \
    .dealloc = ExcGroup_DeallocSlot, .getset = ExcGroup_GetSet, .methods = ExcGroup_Methods

int ExcGroup_TraverseSlot(Object *o, VisitFn visit, void *arg) {
    ExcGroupExc *e = (ExcGroupExc *)o;
    VISIT(e->msg); VISIT(e->excs);
    return base_traverse(o, visit, arg);
}
int ExcGroup_ClearSlot(Object *o) {
    ExcGroupExc *e = (ExcGroupExc *)o;
    CLEAR(e->msg); CLEAR(e->excs);
    return base_clear(o);
}
void ExcGroup_DeallocSlot(Object *o) { Gc_Untrack(o); ExcGroup_ClearSlot(o); Obj_Free(o); }

/* ---- the type objects -------------------------------------------------------- */

static Type T_BaseException = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "BaseException",
    .basicsize = sizeof(BaseExc),
    .flags = EXC_FLAGS,
    .base = &Object_Type,
    .doc = "Common base class for all exceptions",
    .dealloc = base_dealloc,
    .repr = base_repr,
    .str = base_str,
    .traverse = base_traverse,
    .clear = base_clear,
    .new_ = BaseExc_New,
    .init = BaseExc_Init,
    .methods = base_methods,
    .getset = base_getset,
    .dictoffset = offsetof(BaseExc, dict),
};

#define EXC_SIMPLE(n, b, docstr)                                                        \
    static Type T_##n = {.ob = OBJ_HEAD_INIT(&Type_Type), .name = #n, .flags = EXC_FLAGS, \
                         .base = &T_##b, .doc = docstr};
#define EXC_SPECIAL(n, b, size, slots, docstr)                                           \
    static Type T_##n = {.ob = OBJ_HEAD_INIT(&Type_Type), .name = #n, .basicsize = size,  \
                         .flags = EXC_FLAGS, .base = &T_##b, .doc = docstr, slots##_SLOTS};

EXC_SPECIAL(BaseExceptionGroup, BaseException, sizeof(ExcGroupExc), ExcGroup, "A combination of multiple unrelated exceptions.")
EXC_SIMPLE(Exception, BaseException, "Common base class for all non-exit exceptions.")
EXC_SIMPLE(GeneratorExit, BaseException, "Request that a generator exit.")
EXC_SIMPLE(KeyboardInterrupt, BaseException, "Program interrupted by user.")
EXC_SPECIAL(SystemExit, BaseException, sizeof(SystemExitExc), SystemExit, "Request to exit from the interpreter.")
EXC_SIMPLE(ArithmeticError, Exception, "Base class for arithmetic errors.")
EXC_SIMPLE(AssertionError, Exception, "Assertion failed.")
EXC_SPECIAL(AttributeError, Exception, sizeof(AttributeErrorExc), AttributeError, "Attribute not found.")
EXC_SIMPLE(BufferError, Exception, "Buffer error.")
EXC_SIMPLE(EOFError, Exception, "Read beyond end of file.")
EXC_SPECIAL(ImportError, Exception, sizeof(ImportErrorExc), ImportError, "Import can't find module, or can't find name in module.")
EXC_SIMPLE(LookupError, Exception, "Base class for lookup errors.")
EXC_SIMPLE(MemoryError, Exception, "Out of memory.")
EXC_SPECIAL(NameError, Exception, sizeof(NameErrorExc), NameError, "Name not found globally.")
EXC_SPECIAL(OSError, Exception, sizeof(OSErrorExc), OSError, "Base class for I/O related errors.")
EXC_SIMPLE(ReferenceError, Exception, "Weak ref proxy used after referent went away.")
EXC_SIMPLE(RuntimeError, Exception, "Unspecified run-time error.")
EXC_SIMPLE(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().")
EXC_SPECIAL(StopIteration, Exception, sizeof(StopIterationExc), StopIteration, "Signal the end from iterator.__next__().")
EXC_SPECIAL(SyntaxError, Exception, sizeof(SyntaxErrorExc), SyntaxError, "Invalid syntax.")
EXC_SIMPLE(SystemError, Exception, "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.")
EXC_SIMPLE(TypeError, Exception, "Inappropriate argument type.")
EXC_SIMPLE(ValueError, Exception, "Inappropriate argument value (of correct type).")
EXC_SIMPLE(Warning, Exception, "Base class for warning categories.")
EXC_SIMPLE(FloatingPointError, ArithmeticError, "Floating-point operation failed.")
EXC_SIMPLE(OverflowError, ArithmeticError, "Result too large to be represented.")
EXC_SIMPLE(ZeroDivisionError, ArithmeticError, "Second argument to a division or modulo operation was zero.")
EXC_SIMPLE(BytesWarning, Warning, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.")
EXC_SIMPLE(DeprecationWarning, Warning, "Base class for warnings about deprecated features.")
EXC_SIMPLE(EncodingWarning, Warning, "Base class for warnings about encodings.")
EXC_SIMPLE(FutureWarning, Warning, "Base class for warnings about constructs that will change semantically\nin the future.")
EXC_SIMPLE(ImportWarning, Warning, "Base class for warnings about probable mistakes in module imports")
EXC_SIMPLE(PendingDeprecationWarning, Warning, "Base class for warnings about features which will be deprecated\nin the future.")
EXC_SIMPLE(ResourceWarning, Warning, "Base class for warnings about resource usage.")
EXC_SIMPLE(RuntimeWarning, Warning, "Base class for warnings about dubious runtime behavior.")
EXC_SIMPLE(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.")
EXC_SIMPLE(UnicodeWarning, Warning, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.")
EXC_SIMPLE(UserWarning, Warning, "Base class for warnings generated by user code.")
EXC_SIMPLE(BlockingIOError, OSError, "I/O operation would block.")
EXC_SIMPLE(ChildProcessError, OSError, "Child process error.")
EXC_SIMPLE(ConnectionError, OSError, "Connection error.")
EXC_SIMPLE(FileExistsError, OSError, "File already exists.")
EXC_SIMPLE(FileNotFoundError, OSError, "File not found.")
EXC_SIMPLE(InterruptedError, OSError, "Interrupted by signal.")
EXC_SIMPLE(IsADirectoryError, OSError, "Operation doesn't work on directories.")
EXC_SIMPLE(NotADirectoryError, OSError, "Operation only works on directories.")
EXC_SIMPLE(PermissionError, OSError, "Not enough permissions.")
EXC_SIMPLE(ProcessLookupError, OSError, "Process not found.")
EXC_SIMPLE(TimeoutError, OSError, "Timeout expired.")
EXC_SIMPLE(IndentationError, SyntaxError, "Improper indentation.")
EXC_SIMPLE(_IncompleteInputError, SyntaxError, "incomplete input.")
EXC_SIMPLE(IndexError, LookupError, "Sequence index out of range.")
EXC_SPECIAL(KeyError, LookupError, 0, KeyError, "Mapping key not found.")
EXC_SIMPLE(ModuleNotFoundError, ImportError, "Module not found.")
EXC_SIMPLE(NotImplementedError, RuntimeError, "Method or function hasn't been implemented yet.")
EXC_SIMPLE(PythonFinalizationError, RuntimeError, "Operation blocked during Python finalization.")
EXC_SIMPLE(RecursionError, RuntimeError, "Recursion limit exceeded.")
EXC_SIMPLE(UnboundLocalError, NameError, "Local name referenced but not bound to a value.")
EXC_SIMPLE(UnicodeError, ValueError, "Unicode related error.")
EXC_SIMPLE(BrokenPipeError, ConnectionError, "Broken pipe.")
EXC_SIMPLE(ConnectionAbortedError, ConnectionError, "Connection aborted.")
EXC_SIMPLE(ConnectionRefusedError, ConnectionError, "Connection refused.")
EXC_SIMPLE(ConnectionResetError, ConnectionError, "Connection reset.")
EXC_SIMPLE(TabError, IndentationError, "Improper mixture of spaces and tabs.")
EXC_SPECIAL(UnicodeDecodeError, UnicodeError, sizeof(UnicodeErrorExc), UnicodeDecodeError, "Unicode decoding error.")
EXC_SPECIAL(UnicodeEncodeError, UnicodeError, sizeof(UnicodeErrorExc), UnicodeEncodeError, "Unicode encoding error.")
EXC_SPECIAL(UnicodeTranslateError, UnicodeError, sizeof(UnicodeErrorExc), UnicodeTranslateError, "Unicode translation error.")
/* ExceptionGroup(BaseExceptionGroup, Exception): the second base is added to
 * its bases/mro by Exc_Ready. */
EXC_SIMPLE(ExceptionGroup, BaseExceptionGroup, NULL)

#define ALL_EXCEPTIONS(X)                                                                         \
    X(BaseException) X(BaseExceptionGroup) X(Exception) X(GeneratorExit) X(KeyboardInterrupt)    \
    X(SystemExit) X(ArithmeticError) X(AssertionError) X(AttributeError) X(BufferError)          \
    X(EOFError) X(ImportError) X(LookupError) X(MemoryError) X(NameError) X(OSError)             \
    X(ReferenceError) X(RuntimeError) X(StopAsyncIteration) X(StopIteration) X(SyntaxError)      \
    X(SystemError) X(TypeError) X(ValueError) X(Warning) X(FloatingPointError) X(OverflowError)  \
    X(ZeroDivisionError) X(BytesWarning) X(DeprecationWarning) X(EncodingWarning)                \
    X(FutureWarning) X(ImportWarning) X(PendingDeprecationWarning) X(ResourceWarning)            \
    X(RuntimeWarning) X(SyntaxWarning) X(UnicodeWarning) X(UserWarning) X(BlockingIOError)       \
    X(ChildProcessError) X(ConnectionError) X(FileExistsError) X(FileNotFoundError)              \
    X(InterruptedError) X(IsADirectoryError) X(NotADirectoryError) X(PermissionError)            \
    X(ProcessLookupError) X(TimeoutError) X(IndentationError) X(_IncompleteInputError)           \
    X(IndexError) X(KeyError) X(ModuleNotFoundError) X(NotImplementedError)                      \
    X(PythonFinalizationError) X(RecursionError) X(UnboundLocalError) X(UnicodeError)            \
    X(BrokenPipeError) X(ConnectionAbortedError) X(ConnectionRefusedError)                       \
    X(ConnectionResetError) X(TabError) X(UnicodeDecodeError) X(UnicodeEncodeError)              \
    X(UnicodeTranslateError) X(ExceptionGroup)

#define DEFINE_POINTER(n) Type *Exc_##n = &T_##n;
ALL_EXCEPTIONS(DEFINE_POINTER)

Type *const Exc_Types[] = {
#define LIST_TYPE(n) &T_##n,
    ALL_EXCEPTIONS(LIST_TYPE)
    NULL,
};

/* errno -> OSError subclass, as OSError(errno, ...) picks it. */
static Type *errno_subclass(Object *myerrno) {
    if (!Int_Check(myerrno)) return NULL;
    int64_t v;
    if (Int_AsI64(myerrno, &v) < 0) { Err_Clear(); return NULL; }
    switch (v) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &T_BlockingIOError;
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK: return &T_BlockingIOError;
#endif
    case ECHILD: return &T_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &T_BrokenPipeError;
    case ECONNABORTED: return &T_ConnectionAbortedError;
    case ECONNREFUSED: return &T_ConnectionRefusedError;
    case ECONNRESET: return &T_ConnectionResetError;
    case EEXIST: return &T_FileExistsError;
    case ENOENT: return &T_FileNotFoundError;
    case EISDIR: return &T_IsADirectoryError;
    case ENOTDIR: return &T_NotADirectoryError;
    case EINTR: return &T_InterruptedError;
    case EACCES: case EPERM: return &T_PermissionError;
    case ESRCH: return &T_ProcessLookupError;
    case ETIMEDOUT: return &T_TimeoutError;
    default: return NULL;
    }
}

/* ExceptionGroup derives from both BaseExceptionGroup and Exception: its
 * second base joins once the types are ready (the registry's ready hook). */
int Exc_Ready(void) {
    Type *eg = &T_ExceptionGroup;
    Object *bases = Tuple_Pack(2, (Object *)&T_BaseExceptionGroup, (Object *)&T_Exception);
    Object *mro = Tuple_Pack(5, (Object *)eg, (Object *)&T_BaseExceptionGroup, (Object *)&T_Exception,
                             (Object *)&T_BaseException, (Object *)&Object_Type);
    if (!bases || !mro) {
        XDECREF(bases);
        XDECREF(mro);
        return -1;
    }
    SETREF(eg->bases, bases);
    SETREF(eg->mro, mro);
    Type_LookupSpecials(eg);
    return 0;
}

int Exc_InitBuiltins(Object *builtins_dict) {
    for (Type *const *t = Exc_Types; *t; t++)
        if (Dict_SetStr(builtins_dict, (*t)->name, (Object *)*t) < 0) return -1;
    if (Dict_SetStr(builtins_dict, "EnvironmentError", (Object *)&T_OSError) < 0) return -1;
    if (Dict_SetStr(builtins_dict, "IOError", (Object *)&T_OSError) < 0) return -1;
    return 0;
}

/* ---- helpers used by the rest of the interpreter ----------------------------- */

Object *Exc_New(Type *type, Object *const *args, size_t nargs) {
    if (type->flags & TPFLAG_HEAPTYPE) return Obj_Call((Object *)type, args, nargs, NULL);
    if (!type->new_) {
        Err_Format(Exc_TypeError, "cannot create '%s' instances", type->name);
        return NULL;
    }
    Object *o = type->new_(type, args, nargs, NULL);
    if (!o) return NULL;
    Type *ot = TYPE(o);
    if (Type_IsSubtype(ot, type) && ot->init && ot->init(o, args, nargs, NULL) < 0) {
        DECREF(o);
        return NULL;
    }
    return o;
}

void Exc_SetContext(Object *e, Object *ctx) {
    SETREF(((BaseExc *)e)->context, ctx);
}

void Exc_SetCause(Object *e, Object *cause) {
    SETREF(((BaseExc *)e)->cause, cause);
    ((BaseExc *)e)->suppress_context = true;
}
