/* The _functools module: the parts of functools where programs spend their
 * time (lib/functools.py is the module itself): partial and its
 * Placeholder, reduce, cmp_to_key; the lru_cache wrapper is
 * _functools_lru.c. */
#include "modules/_functools.h"
#include "abstract.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/typing.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include <stdlib.h>

/* ---- Placeholder ------------------------------------------------------------ */

/* The one instance of functools._PlaceholderType: the positional arguments
 * of a partial that a later call fills in. */
extern Type Placeholder_Type;
static Object Placeholder_Obj = OBJ_HEAD_INIT(&Placeholder_Type);
#define PLACEHOLDER (&Placeholder_Obj)

static Object *placeholder_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_NoneGiven(nargs, kwnames, "%s takes no arguments", "PlaceholderType") < 0) return NULL;
    return PLACEHOLDER;
}

static Object *placeholder_repr(Object *o) { return Str_FromUTF8("Placeholder", -1); }

static Object *placeholder_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Str_FromUTF8("Placeholder", -1);
}

static const MethodDef placeholder_methods[] = {
    {"__reduce__", placeholder_reduce, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type Placeholder_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "functools._PlaceholderType",
    .basicsize = sizeof(Object),
    .doc = "The type of the Placeholder singleton.\n\nUsed as a placeholder for partial arguments.",
    .repr = placeholder_repr,
    .new_ = placeholder_new,
    .methods = placeholder_methods,
};

/* ---- partial ------------------------------------------------------------------- */

/* partial(func, *args, **keywords): a call of it calls func with args (whose
 * placeholders the call's first positional arguments fill), then the call's
 * other positional arguments, then keywords updated with the call's. */
typedef struct Partial {
    Object ob;
    Object *func;     /* owned */
    Object *args;     /* owned tuple */
    Object *kw;       /* owned dict (exact) */
    Object *dict;     /* the instance __dict__, or NULL */
    ssize_t phcount;  /* placeholders in args */
} Partial;

extern Type Partial_Type;
static Object *partial_call(Object *o, Object *const *args, size_t nargs, Object *kwnames);

static ssize_t count_placeholders(Object *args) {
    ssize_t n = 0;
    for (ssize_t i = 0; i < TUPLE_LEN(args); i++) n += TUPLE_ITEMS(args)[i] == PLACEHOLDER;
    return n;
}

/* The tuple of pargs (a tuple with phcount placeholders) whose placeholders
 * take the first of args, followed by the rest of args.  New reference. */
static Object *fill_placeholders(Object *pargs, ssize_t phcount, Object *const *args, size_t nargs) {
    ssize_t np = TUPLE_LEN(pargs);
    ssize_t rest = (ssize_t)nargs > phcount ? (ssize_t)nargs - phcount : 0;
    ssize_t used = (ssize_t)nargs - rest;
    Object *r = Tuple_New(np + rest);
    if (!r) return NULL;
    ssize_t j = 0;
    for (ssize_t i = 0; i < np; i++) {
        Object *a = TUPLE_ITEMS(pargs)[i];
        if (a == PLACEHOLDER && j < used) a = args[j++];
        TUPLE_ITEMS(r)[i] = NEWREF(a);
    }
    for (ssize_t i = 0; i < rest; i++) TUPLE_ITEMS(r)[np + i] = NEWREF(args[used + i]);
    return r;
}

static Object *partial_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs < 1) {
        Err_SetString(Exc_TypeError, "type 'partial' takes at least one argument");
        return NULL;
    }
    Object *func = args[0];
    if (!Obj_IsCallable(func)) {
        Err_SetString(Exc_TypeError, "the first argument must be callable");
        return NULL;
    }
    if (nargs > 1 && args[nargs - 1] == PLACEHOLDER) {
        Err_SetString(Exc_TypeError, "trailing Placeholders are not allowed");
        return NULL;
    }
    Object *kw = Dict_New();
    if (!kw) return NULL;
    for (ssize_t i = 0; i < KW_COUNT(kwnames); i++) {
        Object *v = args[nargs + (size_t)i];
        if (v == PLACEHOLDER) {
            Err_SetString(Exc_TypeError, "Placeholder cannot be passed as a keyword argument");
            DECREF(kw);
            return NULL;
        }
        if (Dict_SetItem(kw, TUPLE_ITEMS(kwnames)[i], v) < 0) {
            DECREF(kw);
            return NULL;
        }
    }
    Object *pargs;
    /* A partial of a plain partial (no attributes of its own) is flattened. */
    Partial *inner = TYPE(func)->call == partial_call ? (Partial *)func : NULL;
    if (inner && (!inner->dict || Dict_Len(inner->dict) == 0)) {
        pargs = fill_placeholders(inner->args, inner->phcount, args + 1, nargs - 1);
        Object *merged = pargs ? Dict_Copy(inner->kw) : NULL;
        if (!merged || Dict_Merge(merged, kw, 1) < 0) {
            XDECREF(pargs);
            XDECREF(merged);
            DECREF(kw);
            return NULL;
        }
        SETREF(kw, merged);
        func = inner->func;
    } else {
        pargs = Tuple_FromArray(args + 1, (ssize_t)nargs - 1);
    }
    if (!pargs) {
        DECREF(kw);
        return NULL;
    }
    Partial *p = (Partial *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!p) {
        DECREF(pargs);
        DECREF(kw);
        return NULL;
    }
    p->func = NEWREF(func);
    p->args = pargs;
    p->kw = kw;
    p->phcount = count_placeholders(pargs);
    return (Object *)p;
}

static void partial_dealloc(Object *o) {
    Weak_ClearBuiltin(o);
    Gc_Untrack(o);
    Partial *p = (Partial *)o;
    XDECREF(p->func);
    XDECREF(p->args);
    XDECREF(p->kw);
    XDECREF(p->dict);
    Obj_Free(o);
}

static int partial_traverse(Object *o, VisitFn visit, void *arg) {
    Partial *p = (Partial *)o;
    return (p->func && visit(p->func, arg)) || (p->args && visit(p->args, arg)) || (p->kw && visit(p->kw, arg)) ||
           (p->dict && visit(p->dict, arg));
}

static int partial_clear(Object *o) {
    Partial *p = (Partial *)o;
    CLEAR(p->func);
    CLEAR(p->args);
    CLEAR(p->kw);
    CLEAR(p->dict);
    return 0;
}

/* Calls func with the partial's arguments and keywords before the call's
 * (the call's keywords win).  Up to 8 arguments are laid out on the stack. */
static Object *partial_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    Partial *p = (Partial *)o;
    if (!p->func) {
        Err_SetString(Exc_TypeError, "partial object was cleared");
        return NULL;
    }
    if ((ssize_t)nargs < p->phcount) {
        Err_Format(Exc_TypeError, "missing positional arguments in 'partial' call; expected at least %zd, got %zu",
                   p->phcount, nargs);
        return NULL;
    }
    ssize_t nkw_call = KW_COUNT(kwnames), nkw_own = Dict_Len(p->kw);
    Object *merged = NULL; /* the keywords when both have some */
    if (nkw_own && nkw_call) {
        if (!(merged = Dict_Copy(p->kw))) return NULL;
        for (ssize_t i = 0; i < nkw_call; i++)
            if (Dict_SetItem(merged, TUPLE_ITEMS(kwnames)[i], args[nargs + (size_t)i]) < 0) {
                DECREF(merged);
                return NULL;
            }
    }
    Object *kwdict = merged ? merged : nkw_own ? p->kw : NULL;
    ssize_t nkw = kwdict ? Dict_Len(kwdict) : nkw_call;
    ssize_t np = TUPLE_LEN(p->args), total = np + (ssize_t)nargs - p->phcount;
    Object *small[8], **buf = small;
    if (total + nkw > 8 && !(buf = malloc(sizeof(Object *) * (size_t)(total + nkw)))) {
        XDECREF(merged);
        return Err_NoMemory();
    }
    /* Borrowed references throughout: the partial, the call's arguments and
     * kwdict hold them while func runs. */
    size_t j = 0;
    for (ssize_t i = 0; i < np; i++) {
        Object *a = TUPLE_ITEMS(p->args)[i];
        buf[i] = a == PLACEHOLDER ? args[j++] : a;
    }
    for (ssize_t i = np; i < total; i++) buf[i] = args[j++];
    Object *names = kwnames, *r = NULL;
    if (kwdict) {
        if (!(names = Tuple_New(nkw))) goto done;
        ssize_t pos = 0, k = 0;
        Object *key, *v;
        while (Dict_Next(kwdict, &pos, &key, &v)) {
            TUPLE_ITEMS(names)[k] = NEWREF(key);
            buf[total + k++] = v;
        }
    } else {
        for (ssize_t i = 0; i < nkw_call; i++) buf[total + i] = args[nargs + (size_t)i];
    }
    INCREF(o); /* func may drop the last other reference to the partial */
    r = Obj_Call(p->func, buf, (size_t)total, nkw ? names : NULL);
    DECREF(o);
    if (names != kwnames) DECREF(names);
done:
    if (buf != small) free(buf);
    XDECREF(merged);
    return r;
}

static Object *partial_descr_get(Object *self, Object *obj, Type *owner) {
    if (!obj || obj == OBJ_NONE) return NEWREF(self);
    return Method_New(self, obj);
}

static Object *partial_repr(Object *o) {
    Partial *p = (Partial *)o;
    Type *t = TYPE(o);
    int rec = Repr_Enter(o);
    if (rec < 0) return NULL;
    if (rec) return Str_FromUTF8("...", -1);
    StrBuilder sb;
    SB_Init(&sb);
    Object *module = Type_Module(t);
    if (module && SB_AppendObjStr(&sb, module) < 0) goto fail;
    if (module && SB_AppendChar(&sb, '.') < 0) goto fail;
    if (SB_AppendStr(&sb, t->qualname) < 0 || SB_AppendChar(&sb, '(') < 0 || SB_AppendRepr(&sb, p->func) < 0)
        goto fail;
    /* the args and keywords are held while reprs of them run arbitrary code */
    Object *args = NEWREF(p->args), *kw = NEWREF(p->kw);
    int bad = 0;
    for (ssize_t i = 0; !bad && i < TUPLE_LEN(args); i++)
        bad = SB_AppendASCII(&sb, ", ", 2) < 0 || SB_AppendRepr(&sb, TUPLE_ITEMS(args)[i]) < 0;
    ssize_t pos = 0;
    Object *k, *v;
    while (!bad && Dict_Next(kw, &pos, &k, &v)) {
        INCREF(v);
        bad = SB_AppendASCII(&sb, ", ", 2) < 0 || SB_AppendObjStr(&sb, k) < 0 || SB_AppendChar(&sb, '=') < 0 ||
              SB_AppendRepr(&sb, v) < 0;
        DECREF(v);
    }
    DECREF(args);
    DECREF(kw);
    if (bad || SB_AppendChar(&sb, ')') < 0) goto fail;
    Repr_Leave(o);
    return SB_Finish(&sb);
fail:
    Repr_Leave(o);
    SB_Discard(&sb);
    return NULL;
}

static Object *partial_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Partial *p = (Partial *)self;
    Object *kw = Dict_Len(p->kw) ? p->kw : OBJ_NONE;
    Object *d = p->dict && Dict_Len(p->dict) ? p->dict : OBJ_NONE;
    Object *state = Tuple_Pack(4, p->func, p->args, kw, d);
    Object *fargs = state ? Tuple_Pack(1, p->func) : NULL;
    Object *r = fargs ? Tuple_Pack(3, (Object *)TYPE(self), fargs, state) : NULL;
    XDECREF(state);
    XDECREF(fargs);
    return r;
}

static Object *partial_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Partial *p = (Partial *)self;
    Object *state = args[0];
    Object *func, *fargs, *kw, *d;
    if (!Tuple_Check(state) || TUPLE_LEN(state) != 4 || !Obj_IsCallable(func = TUPLE_ITEMS(state)[0]) ||
        !Tuple_Check(fargs = TUPLE_ITEMS(state)[1]) ||
        ((kw = TUPLE_ITEMS(state)[2]) != OBJ_NONE && !Dict_Check(kw)) ||
        ((d = TUPLE_ITEMS(state)[3]) != OBJ_NONE && !Dict_Check(d))) {
        Err_SetString(Exc_TypeError, "invalid partial state");
        return NULL;
    }
    if (TUPLE_LEN(fargs) && TUPLE_ITEMS(fargs)[TUPLE_LEN(fargs) - 1] == PLACEHOLDER) {
        Err_SetString(Exc_TypeError, "trailing Placeholders are not allowed");
        return NULL;
    }
    Object *newargs = Tuple_CheckExact(fargs) ? NEWREF(fargs) : Tuple_FromArray(TUPLE_ITEMS(fargs), TUPLE_LEN(fargs));
    if (!newargs) return NULL;
    Object *newkw;
    if (kw == OBJ_NONE) newkw = Dict_New();
    else if (Dict_CheckExact(kw)) newkw = NEWREF(kw);
    else if ((newkw = Dict_New()) && Dict_Merge(newkw, kw, 1) < 0) CLEAR(newkw);
    if (!newkw) {
        DECREF(newargs);
        return NULL;
    }
    SETREF(p->func, NEWREF(func));
    SETREF(p->args, newargs);
    SETREF(p->kw, newkw);
    SETREF(p->dict, d == OBJ_NONE ? NULL : NEWREF(d));
    p->phcount = count_placeholders(newargs);
    RETURN_NONE;
}

static const MethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, 0, ARGS("($self, /)", NULL)},
    {"__setstate__", partial_setstate, 0, ARGS("($self, state, /)", NULL)},
    METHOD_CLASS_GETITEM("partial is generic over the wrapped function's return type"),
    {NULL, NULL, 0, NULL},
};

static Object *partial_get_func(Object *o) { return NEWREF(((Partial *)o)->func); }
static Object *partial_get_args(Object *o) { return NEWREF(((Partial *)o)->args); }
static Object *partial_get_keywords(Object *o) { return NEWREF(((Partial *)o)->kw); }

static const GetSetDef partial_getset[] = {
    {"func", partial_get_func, GetSet_Readonly, "function object to use in future partial calls"},
    {"args", partial_get_args, GetSet_Readonly, "tuple of arguments to future partial calls"},
    {"keywords", partial_get_keywords, GetSet_Readonly, "dictionary of keyword arguments to future partial calls"},
    GETSET_DICT,
    {NULL, NULL, NULL, NULL},
};

Type Partial_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "functools.partial",
    .basicsize = sizeof(Partial),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .doc = "Create a new function with partial application of the given arguments\nand keywords.",
    .args = ARGS("(func, /, *args, **keywords)", NULL),
    .dealloc = partial_dealloc,
    .traverse = partial_traverse,
    .clear = partial_clear,
    .call = partial_call,
    .descr_get = partial_descr_get,
    .repr = partial_repr,
    .new_ = partial_new,
    .methods = partial_methods,
    .getset = partial_getset,
    .dictoffset = offsetof(Partial, dict),
};

/* ---- reduce ----------------------------------------------------------------- */

/* reduce(function, iterable[, initial]): args[2] is NULL when not given. */
static Object *functools_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *func = args[0], *acc = nargs > 2 ? XNEWREF(args[2]) : NULL;
    Object *it = Obj_GetIter(args[1]);
    if (!it) {
        if (Err_Matches(Exc_TypeError)) {
            Err_Clear();
            Err_SetString(Exc_TypeError, "reduce() arg 2 must support iteration");
        }
        XDECREF(acc);
        return NULL;
    }
    for (;;) {
        Object *item = Iter_Next(it);
        if (!item) break;
        if (!acc) {
            acc = item;
            continue;
        }
        Object *pair[2] = {acc, item};
        Object *r = Obj_Call(func, pair, 2, NULL);
        DECREF(item);
        SETREF(acc, r);
        if (!acc) break;
    }
    DECREF(it);
    if (Err_Occurred()) {
        XDECREF(acc);
        return NULL;
    }
    if (!acc) Err_SetString(Exc_TypeError, "reduce() of empty iterable with no initial value");
    return acc;
}

/* ---- cmp_to_key ------------------------------------------------------------- */

/* A key made by cmp_to_key(mycmp): callable (K(obj) makes the key of obj)
 * and comparable with other keys of any cmp function, through mycmp. */
typedef struct KeyWrapper {
    Object ob;
    Object *cmp;  /* owned */
    Object *obj;  /* owned; NULL in the wrapper cmp_to_key returns */
} KeyWrapper;

extern Type KeyWrapper_Type;

static Object *keywrapper_make(Object *cmp, Object *obj) {
    KeyWrapper *k = (KeyWrapper *)Obj_Alloc(&KeyWrapper_Type, sizeof(KeyWrapper));
    if (!k) return NULL;
    k->cmp = NEWREF(cmp);
    k->obj = XNEWREF(obj);
    return (Object *)k;
}

static void keywrapper_dealloc(Object *o) {
    Gc_Untrack(o);
    KeyWrapper *k = (KeyWrapper *)o;
    XDECREF(k->cmp);
    XDECREF(k->obj);
    Obj_Free(o);
}

static int keywrapper_traverse(Object *o, VisitFn visit, void *arg) {
    KeyWrapper *k = (KeyWrapper *)o;
    return (k->cmp && visit(k->cmp, arg)) || (k->obj && visit(k->obj, arg));
}

static int keywrapper_clear(Object *o) {
    KeyWrapper *k = (KeyWrapper *)o;
    CLEAR(k->cmp);
    CLEAR(k->obj);
    return 0;
}

static ArgSpec keywrapper_call_args = {.sig = "(obj)"};

static Object *keywrapper_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[1];
    if (Arg_Unpack(&keywrapper_call_args, "K", args, nargs, kwnames, a) < 0) return NULL;
    KeyWrapper *k = (KeyWrapper *)o;
    return keywrapper_make(k->cmp, a[0]);
}

static Object *keywrapper_richcompare(Object *a, Object *b, int op) {
    if (TYPE(b) != &KeyWrapper_Type) {
        Err_SetString(Exc_TypeError, "other argument must be K instance");
        return NULL;
    }
    KeyWrapper *ka = (KeyWrapper *)a, *kb = (KeyWrapper *)b;
    if (!ka->obj || !kb->obj) {
        Err_SetString(Exc_AttributeError, "object");
        return NULL;
    }
    Object *pair[2] = {ka->obj, kb->obj};
    Object *c = Obj_Call(ka->cmp, pair, 2, NULL);
    if (!c) return NULL;
    Object *r = Obj_RichCompare(c, SMALL_FROM(0), op);
    DECREF(c);
    return r;
}

static Object *keywrapper_get_obj(Object *o) {
    KeyWrapper *k = (KeyWrapper *)o;
    if (!k->obj) {
        Err_SetString(Exc_AttributeError, "obj");
        return NULL;
    }
    return NEWREF(k->obj);
}

static int keywrapper_set_obj(Object *o, Object *v) {
    KeyWrapper *k = (KeyWrapper *)o;
    if (!v && !k->obj) {
        Err_SetString(Exc_AttributeError, "obj");
        return -1;
    }
    SETREF(k->obj, XNEWREF(v));
    return 0;
}

static const GetSetDef keywrapper_getset[] = {
    {"obj", keywrapper_get_obj, keywrapper_set_obj, "Value wrapped by a key function."},
    {NULL, NULL, NULL, NULL},
};

Type KeyWrapper_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "functools.KeyWrapper",
    .basicsize = sizeof(KeyWrapper),
    .flags = TPFLAG_GC,
    .dealloc = keywrapper_dealloc,
    .traverse = keywrapper_traverse,
    .clear = keywrapper_clear,
    .call = keywrapper_call,
    .richcompare = keywrapper_richcompare,
    .hash = Obj_HashNotImplemented,
    .getset = keywrapper_getset,
};

static Object *functools_cmp_to_key(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return keywrapper_make(args[0], NULL);
}

static const MethodDef functools_functions[] = {
    {"reduce", functools_reduce, 0,
     ARGS("($module, function, iterable, /, initial=<unrepresentable>)",
          "Apply a function of two arguments cumulatively to the items of an iterable, from left to right.\n\n"
          "This effectively reduces the iterable to a single value.  If initial is\n"
          "present, it is placed before the items of the iterable in the\n"
          "calculation, and serves as a default when the iterable is empty.\n\n"
          "For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5])\n"
          "calculates ((((1 + 2) + 3) + 4) + 5).")},
    {"cmp_to_key", functools_cmp_to_key, 0,
     ARGS("($module, /, mycmp)", "Convert a cmp= function into a key= function.\n\n"
                                 "  mycmp\n"
                                 "    Function that compares two objects.")},
    {NULL, NULL, 0, NULL},
};

Type *const Functools_Types[] = {&Placeholder_Type, &Partial_Type, &LruCache_Type, &LruNode_Type, &KeyWrapper_Type, NULL};

int Functools_Init(Object *module) {
    if (Module_AddFunctions(module, functools_functions) < 0) return -1;
    if (Module_AddObject(module, "partial", (Object *)&Partial_Type) < 0) return -1;
    if (Module_AddObject(module, "_PlaceholderType", (Object *)&Placeholder_Type) < 0) return -1;
    if (Module_AddObject(module, "_lru_cache_wrapper", (Object *)&LruCache_Type) < 0) return -1;
    return Module_AddObject(module, "Placeholder", PLACEHOLDER);
}
