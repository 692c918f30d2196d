/* The bytecode interpreter: one loop with computed-goto dispatch.
 *
 * Python-to-Python calls push a frame on the VM stack and continue in the same
 * loop; returning pops it.  Only calls made from C (a key function, a slot
 * calling __repr__, ...) enter Eval_Frame recursively.  Exceptions unwind
 * through each code object's exception table.
 *
 * Stack discipline: every value on the frame's value stack is an owned
 * reference (the placeholder OBJ_NULLSLOT where the bytecode pushes NULL).
 *
 * eval_traced.c compiles this file a second time with EVAL_TRACED defined:
 * the loop's instrumented copy, Eval_Traced, which delivers the events of
 * sys.settrace and sys.setprofile.  The TRACE_* hooks below are empty in the
 * plain loop, which costs nothing when no one traces (ARCHITECTURE.md,
 * "Tracing and profiling"). */
#include "eval.h"
#include "abstract.h"
#include "class.h"
#include "eval_cache.h"
#include "frame.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/float.h"
#include "objects/frameobj.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/iterbase.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typing.h"
#include "opcodes.h"
#include "runtime/err.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/signals.h"
#include "runtime/trace.h"
#include "runtime/traceback.h"
#include "slots.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A check that holds for any bytecode CPython writes. */
#define GUARD(cond) __builtin_expect(!!(cond), 1)
#define IS_CELL(o) ((o) && TYPE(o) == &Cell_Type)
/* The value stack holds at least n items (for instructions whose oparg
 * reaches down the stack, which the verifier cannot bound). */
#define DEPTH_OK(n) (sp - FRAME_STACK_BASE(f) >= (ssize_t)(n))

#define NAME_ERROR_MSG "name '%U' is not defined"
#define UNBOUNDLOCAL_ERROR_MSG "cannot access local variable '%U' where it is not associated with a value"
#define UNBOUNDFREE_ERROR_MSG "cannot access free variable '%U' where it is not associated with a value in enclosing scope"

/* ---- helpers used by several instructions ------------------------------- */

static void name_error(Object *name) {
    Err_Format(Exc_NameError, NAME_ERROR_MSG, name);
    Object *e = Err_Peek();
    if (e && Type_IsSubtype(TYPE(e), Exc_NameError) && !((NameErrorExc *)e)->name)
        ((NameErrorExc *)e)->name = NEWREF(name);
}

/* builtins[name] (builtins may be any mapping, or anything at all after
 * globals()['__builtins__'] was replaced): new reference, NULL with an
 * error, or NULL with none set when the name is missing. */
static Object *builtins_item(Object *builtins, Object *name) {
    Object *v;
    if (Dict_CheckExact(builtins)) return Dict_Lookup(builtins, name, &v) > 0 ? NEWREF(v) : NULL;
    v = Obj_GetItem(builtins, name);
    if (!v && Err_Matches(Exc_KeyError)) Err_Clear();
    return v;
}

/* Looks name up in globals then builtins; new reference or NULL (NameError). */
/* mapping[name] with a missing key not an error: 1 with *out a new
 * reference, 0 when absent, -1 on error.  Only an exact dict is read
 * directly; a subclass goes through its __getitem__ (and __missing__). */
static int mapping_lookup(Object *mapping, Object *name, Object **out) {
    if (Dict_CheckExact(mapping)) {
        int r = Dict_Lookup(mapping, name, out);
        if (r > 0) INCREF(*out);
        return r;
    }
    *out = Obj_GetItem(mapping, name);
    if (*out) return 1;
    if (!Err_Matches(Exc_KeyError)) return -1;
    Err_Clear();
    return 0;
}

/* name from globals' own table, else builtins; NameError when neither. */
static Object *load_plain_global(Object *globals, Object *builtins, Object *name) {
    Object *v;
    int r = Dict_Lookup(globals, name, &v);
    if (r > 0) return NEWREF(v);
    if (r < 0) return NULL;
    v = builtins_item(builtins, name);
    if (!v && !Err_Occurred()) name_error(name);
    return v;
}

/* As load_global opcodes read: a dict subclass's __getitem__ and
 * __missing__ answer for the globals (annotationlib's fake globals). */
static Object *load_global(Object *globals, Object *builtins, Object *name) {
    if (Dict_CheckExact(globals)) return load_plain_global(globals, builtins, name);
    Object *v;
    int r = mapping_lookup(globals, name, &v);
    if (r > 0) return v;
    if (r < 0) return NULL;
    v = builtins_item(builtins, name);
    if (!v && !Err_Occurred()) name_error(name);
    return v;
}

/* For `obj.name(...)`: finds a plain function or method descriptor on the
 * type without binding it.  Returns 1 with *out = the unbound callable (new
 * reference; call it with obj prepended), 0 with *out = the bound attribute,
 * or -1 on error. */
static int get_method(Object *obj, Object *name, Object **out) {
    Type *t = TYPE(obj);
    if (t->getattr && t->getattr != Obj_GenericGetAttr) {
        *out = Obj_GetAttr(obj, name);
        return *out ? 0 : -1;
    }
    Object *descr = Type_Lookup(t, name);
    if (descr && (TYPE(descr) == &Function_Type || TYPE(descr) == &MethodDescr_Type)) {
        if (TYPE(descr) == &MethodDescr_Type && (((MethodDescr *)descr)->def->flags & METH_STATIC))
            goto generic;
        Object **dp = Obj_DictPtr(obj);
        if (dp && *dp) {
            Object *v;
            int r = Dict_Lookup(*dp, name, &v);
            if (r < 0) return -1;
            if (r > 0) {
                *out = NEWREF(v);
                return 0;
            }
        }
        *out = NEWREF(descr);
        return 1;
    }
generic:
    *out = Obj_GetAttr(obj, name);
    return *out ? 0 : -1;
}

/* The lookup behind super(cls, self).name: 1 with *out the attribute, 2 with
 * *out an unbound function to call with self (method form), 0 when the fast
 * path doesn't apply (the caller builds a real super object), -1 on error. */
static int super_lookup(Type *cls, Object *self, Object *name, bool method, Object **out) {
    Type *ot;
    if (Type_Check(self) && Type_IsSubtype((Type *)self, cls)) ot = (Type *)self;
    else if (Type_IsSubtype(TYPE(self), cls)) ot = TYPE(self);
    else return 0;
    Object *mro = ot->mro;
    if (!mro) return 0;
    ssize_t n = TUPLE_LEN(mro), i = 0;
    while (i < n && TUPLE_GET(mro, i) != (Object *)cls) i++;
    for (i++; i < n; i++) {
        Object *res;
        int r = Dict_Lookup(((Type *)TUPLE_GET(mro, i))->dict, name, &res);
        if (r < 0) return -1;
        if (!r) continue;
        if (method && self != (Object *)ot && TYPE(res) == &Function_Type) {
            *out = NEWREF(res);
            return 2;
        }
        DescrGetFn get = TYPE(res)->descr_get;
        *out = get ? get(res, self == (Object *)ot ? NULL : self, ot) : NEWREF(res);
        return *out ? 1 : -1;
    }
    return 0;
}

/* Raise statement: `raise exc from cause` (cause may be NULL: no from). */
static void do_raise(Object *exc, Object *cause) {
    Object *value = NULL;
    if (Type_Check(exc) && (((Type *)exc)->flags & TPFLAG_EXC_SUBCLASS)) {
        value = Obj_CallNoArgs(exc);
        if (!value) return;
        if (!Exc_Check(value)) {
            Err_Format(Exc_TypeError, "calling %R should have returned an instance of BaseException, not %R", exc,
                       (Object *)TYPE(value));
            DECREF(value);
            return;
        }
    } else if (Exc_Check(exc)) {
        value = NEWREF(exc);
    } else {
        Err_SetString(Exc_TypeError, "exceptions must derive from BaseException");
        return;
    }
    if (cause) {
        Object *fixed;
        if (Type_Check(cause) && (((Type *)cause)->flags & TPFLAG_EXC_SUBCLASS)) {
            fixed = Obj_CallNoArgs(cause);
            if (!fixed) {
                DECREF(value);
                return;
            }
        } else if (Exc_Check(cause)) {
            fixed = NEWREF(cause);
        } else if (cause == OBJ_NONE) {
            fixed = NULL;
        } else {
            DECREF(value);
            Err_SetString(Exc_TypeError, "exception causes must derive from BaseException");
            return;
        }
        Exc_SetCause(value, fixed);
    }
    Err_SetRaised(value);
}

static int check_except_type(Object *t) {
    if (Tuple_Check(t)) {
        for (ssize_t i = 0; i < TUPLE_LEN(t); i++)
            if (check_except_type(TUPLE_GET(t, i)) < 0) return -1;
        return 0;
    }
    if (!ExcType_Check(t)) {
        Err_SetString(Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return 0;
}

/* Unpacks seq into n items written to out[0..n-1] (owned).  With a star
 * (argcnt before, argcntafter after), the middle becomes a list. */
static int unpack_iterable(Object *seq, int argcnt, int argcntafter, Object **out) {
    bool star = argcntafter >= 0;
    Object *it = Obj_GetIter(seq);
    if (!it) {
        if (Err_Matches(Exc_TypeError) && !TYPE(seq)->iter && !TYPE(seq)->getitem) {
            Err_Clear();
            Err_Format(Exc_TypeError, "cannot unpack non-iterable %s object", TYPE_NAME(seq));
        }
        return -1;
    }
    int i = 0;
    for (; i < argcnt; i++) {
        Object *v = Iter_Next(it);
        if (!v) {
            if (!Err_Occurred()) {
                if (star)
                    Err_Format(Exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                               argcnt + argcntafter, i);
                else
                    Err_Format(Exc_ValueError, "not enough values to unpack (expected %d, got %d)", argcnt, i);
            }
            goto fail;
        }
        out[i] = v;
    }
    if (!star) {
        Object *extra = Iter_Next(it);
        if (extra) {
            DECREF(extra);
            ssize_t len = (List_CheckExact(seq) || Tuple_CheckExact(seq) || Dict_CheckExact(seq))
                              ? Obj_Len(seq) : -1;
            if (len >= 0)
                Err_Format(Exc_ValueError, "too many values to unpack (expected %d, got %zd)", argcnt, len);
            else
                Err_Format(Exc_ValueError, "too many values to unpack (expected %d)", argcnt);
            goto fail;
        }
        if (Err_Occurred()) goto fail;
        DECREF(it);
        return 0;
    }
    Object *rest = List_FromIterable(it);
    if (!rest) goto fail;
    out[i++] = rest;
    ssize_t n = LIST_LEN(rest);
    if (n < argcntafter) {
        Err_Format(Exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)", argcnt + argcntafter,
                   argcnt + n);
        goto fail;
    }
    for (int j = 0; j < argcntafter; j++) out[i++] = NEWREF(LIST_GET(rest, n - argcntafter + j));
    for (int j = 0; j < argcntafter; j++) DECREF(LIST_GET(rest, n - argcntafter + j));
    ((List *)rest)->len = n - argcntafter;
    DECREF(it);
    return 0;
fail:
    for (int j = 0; j < i; j++) DECREF(out[j]);
    DECREF(it);
    return -1;
}

static Object *format_value(Object *v, Object *spec) {
    return Obj_Format(v, spec);
}

/* from module import *: public names (or __all__) into the frame's locals
 * mapping.  The compiler allows it only at module level, so a function
 * frame (no mapping) means hostile bytecode. */
static Object *import_star(Frame *f, Object *module) {
    Object *ns = f->locals;
    if (!ns) {
        Err_SetString(Exc_SystemError, "no locals found during 'import *'");
        return NULL;
    }
    Object *all = NULL, *names;
    int r = Obj_LookupAttr(module, ID(__all__), &all);
    if (r < 0) return NULL;
    bool skip_private = false;
    if (r) {
        names = all;
    } else {
        Object *d = Obj_GetAttrC(module, "__dict__");
        if (!d) {
            if (Err_Matches(Exc_AttributeError)) {
                Err_Clear();
                Err_SetString(Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            return NULL;
        }
        names = Dict_Check(d) ? Dict_Keys(d) : NULL;
        DECREF(d);
        if (!names) return NULL;
        skip_private = true;
    }
    Object *it = Obj_GetIter(names);
    DECREF(names);
    if (!it) return NULL;
    Object *name;
    while ((name = Iter_Next(it))) {
        if (!Str_Check(name)) {
            Err_Format(Exc_TypeError, "%s in %U.%s must be str, not %s", skip_private ? "Key" : "Item",
                       Str_InternC("module"), skip_private ? "__dict__" : "__all__", TYPE_NAME(name));
            DECREF(name);
            DECREF(it);
            return NULL;
        }
        if (skip_private && STR_LEN(name) > 0 && STR_CHAR(name, 0) == '_') {
            DECREF(name);
            continue;
        }
        Object *v = Obj_GetAttr(module, name);
        int err = !v || (Dict_Check(ns) ? Dict_SetItem(ns, name, v) : Obj_SetItem(ns, name, v)) < 0;
        XDECREF(v);
        DECREF(name);
        if (err) {
            DECREF(it);
            return NULL;
        }
    }
    DECREF(it);
    if (Err_Occurred()) return NULL;
    return NEWREF(OBJ_NONE);
}

/* INTRINSIC_STOPITERATION_ERROR: the exception a generator, coroutine or
 * async generator body ends with, StopIteration turned into RuntimeError.
 * Returns the exception to re-raise (new reference). */
static Object *stopiteration_error(Code *co, Object *exc) {
    const char *msg = NULL;
    if (co->flags & CO_ASYNC_GENERATOR) {
        if (Err_GivenMatches(exc, (Object *)Exc_StopIteration))
            msg = "async generator raised StopIteration";
        else if (Err_GivenMatches(exc, (Object *)Exc_StopAsyncIteration))
            msg = "async generator raised StopAsyncIteration";
    } else if (Err_GivenMatches(exc, (Object *)Exc_StopIteration)) {
        msg = (co->flags & CO_COROUTINE) ? "coroutine raised StopIteration" : "generator raised StopIteration";
    }
    if (!msg) return NEWREF(exc);
    Object *text = Str_FromUTF8(msg, -1);
    if (!text) return NULL;
    Object *e = Exc_New(Exc_RuntimeError, &text, 1);
    DECREF(text);
    if (!e) return NULL;
    Exc_SetCause(e, NEWREF(exc));
    Exc_SetContext(e, NEWREF(exc));
    return e;
}

static Object *call_intrinsic1(int which, Object *v) {
    switch (which) {
    case 1: { /* INTRINSIC_PRINT: an expression statement of 'single' code */
        Object *hook = Sys_GetObject("displayhook");   /* borrowed */
        if (!hook) {
            Err_SetString(Exc_RuntimeError, "lost sys.displayhook");
            return NULL;
        }
        return Obj_CallOneArg(hook, v);
    }
    case 4: /* INTRINSIC_ASYNC_GEN_WRAP */
        return AsyncGen_WrapValue(v);
    case 7: case 8: case 9: case 10: case 11:
        return Typing_Intrinsic1(which, v);
    case 5: /* INTRINSIC_UNARY_POSITIVE */
        return Obj_Positive(v);
    case 6: /* INTRINSIC_LIST_TO_TUPLE */
        return List_AsTuple(v);
    default:
        Err_Format(Exc_SystemError, "intrinsic function %d is not supported yet", which);
        return NULL;
    }
}

/* ---- match statement helpers --------------------------------------------- */

static bool is_match_mapping(Object *o) { return Dict_Check(o) || (!IS_SMALL(o) && (TYPE(o)->flags & TPFLAG_MATCH_MAPPING)); }

static bool is_match_sequence(Object *o) {
    if (IS_SMALL(o)) return false;
    if (List_Check(o) || Tuple_Check(o)) return true;
    Type *t = TYPE(o);
    return (t->flags & TPFLAG_MATCH_SEQUENCE) || Type_IsSubtype(t, &Range_Type);
}

/* MATCH_KEYS: a tuple of the values for keys, or None if one is missing. */
static Object *match_keys(Object *subject, Object *keys) {
    ssize_t n = TUPLE_LEN(keys);
    if (n == 0) return Tuple_Empty();
    Object *get = NULL, *seen = Set_New(NULL), *values = Tuple_New(n);
    Object *dummy = OBJ_NOTIMPL; /* a value no mapping returns by accident */
    if (!seen || !values) goto fail;
    if (!Dict_CheckExact(subject) && !(get = Obj_GetAttrC(subject, "get"))) goto fail;
    for (ssize_t i = 0; i < n; i++) {
        Object *key = TUPLE_GET(keys, i);
        int dup = Set_Contains(seen, key);
        if (dup < 0) goto fail;
        if (dup) {
            Err_Format(Exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto fail;
        }
        if (Set_Add(seen, key) < 0) goto fail;
        Object *v = NULL;
        if (get) {
            Object *args[2] = {key, dummy};
            v = Obj_Call(get, args, 2, NULL);
            if (!v) goto fail;
            if (v == dummy) {
                DECREF(v);
                v = NULL;
            }
        } else {
            int r = Dict_Lookup(subject, key, &v);
            if (r < 0) goto fail;
            if (r) INCREF(v);
        }
        if (!v) {
            for (ssize_t j = i; j < n; j++) TUPLE_ITEMS(values)[j] = NEWREF(OBJ_NONE);
            DECREF(values);
            XDECREF(get);
            DECREF(seen);
            return NEWREF(OBJ_NONE);
        }
        TUPLE_ITEMS(values)[i] = v;
    }
    XDECREF(get);
    DECREF(seen);
    return values;
fail:
    if (values)
        for (ssize_t j = 0; j < n; j++)
            if (!TUPLE_ITEMS(values)[j]) TUPLE_ITEMS(values)[j] = NEWREF(OBJ_NONE);
    XDECREF(values);
    XDECREF(get);
    XDECREF(seen);
    return NULL;
}

/* Looks up one attribute for a class pattern; NULL without error: absent. */
static Object *match_class_attr(Object *subject, Type *cls, Object *name, Object *seen) {
    if (!Str_Check(name)) {
        Err_Format(Exc_TypeError, "__match_args__ elements must be strings (got %s)", TYPE_NAME(name));
        return NULL;
    }
    int dup = Set_Contains(seen, name);
    if (dup < 0) return NULL;
    if (dup) {
        Err_Format(Exc_TypeError, "%s() got multiple sub-patterns for attribute %R", cls->name, name);
        return NULL;
    }
    if (Set_Add(seen, name) < 0) return NULL;
    Object *v;
    if (Obj_LookupAttr(subject, name, &v) <= 0) return NULL;
    return v;
}

/* MATCH_CLASS: the tuple of matched attributes, or None. */
static Object *match_class(Object *subject, Object *type, int nargs, Object *kwargs) {
    if (!Type_Check(type)) {
        Err_SetString(Exc_TypeError, "called match pattern must be a class");
        return NULL;
    }
    Type *cls = (Type *)type;
    int inst = Obj_IsInstance(subject, type);
    if (inst <= 0) return inst < 0 ? NULL : NEWREF(OBJ_NONE);
    ssize_t nkw = TUPLE_LEN(kwargs);
    Object *attrs = List_New(0), *seen = Set_New(NULL), *match_args = NULL;
    if (!attrs || !seen) goto fail;
    bool match_self = false;
    if (nargs) {
        int r = Obj_LookupAttr(type, ID(__match_args__), &match_args);
        if (r < 0) goto fail;
        if (r) {
            if (!Tuple_CheckExact(match_args)) {
                Err_Format(Exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", cls->name,
                           TYPE_NAME(match_args));
                goto fail;
            }
        } else {
            static Type *const self_matching[] = {&Bool_Type, &ByteArray_Type, &Bytes_Type, &Dict_Type, &Float_Type,
                                                  &FrozenSet_Type, &Int_Type, &List_Type, &Set_Type, &Str_Type,
                                                  &Tuple_Type};
            for (size_t i = 0; i < sizeof self_matching / sizeof *self_matching; i++) {
                Type *b = self_matching[i];
                /* the nearest self-matching built-in in the class's MRO */
                if (Type_IsSubtype(cls, b)) match_self = true;
            }
            match_args = Tuple_Empty();
        }
        ssize_t allowed = match_self ? 1 : TUPLE_LEN(match_args);
        if (nargs > allowed) {
            Err_Format(Exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%d given)", cls->name, allowed,
                       allowed == 1 ? "" : "s", nargs);
            goto fail;
        }
        if (match_self) {
            if (List_Append(attrs, subject) < 0) goto fail;
        } else {
            for (int i = 0; i < nargs; i++) {
                Object *v = match_class_attr(subject, cls, TUPLE_GET(match_args, i), seen);
                if (!v) {
                    if (Err_Occurred()) goto fail;
                    goto nomatch;
                }
                if (List_AppendSteal(attrs, v) < 0) goto fail;
            }
        }
    }
    for (ssize_t i = 0; i < nkw; i++) {
        Object *v = match_class_attr(subject, cls, TUPLE_GET(kwargs, i), seen);
        if (!v) {
            if (Err_Occurred()) goto fail;
            goto nomatch;
        }
        if (List_AppendSteal(attrs, v) < 0) goto fail;
    }
    XDECREF(match_args);
    DECREF(seen);
    Object *t = List_AsTuple(attrs);
    DECREF(attrs);
    return t;
nomatch:
    XDECREF(match_args);
    DECREF(seen);
    DECREF(attrs);
    return NEWREF(OBJ_NONE);
fail:
    XDECREF(match_args);
    XDECREF(seen);
    XDECREF(attrs);
    return NULL;
}

/* Whether t has a usable method called name for the hint below: found on the
 * class, and a descriptor or callable (None or 5 does not count). */
static bool has_special_method(Type *t, const char *name) {
    Object *m = Type_Lookup(t, Str_InternC(name));
    return m && (TYPE(m)->descr_get || Obj_IsCallable(m));
}

/* LOAD_SPECIAL's TypeError for a missing __enter__/__exit__ (oparg 0, 1) or
 * __aenter__/__aexit__ (2, 3), with 3.14's hint when the object supports the
 * other kind of context manager.  The type is named as %T does in CPython:
 * module.qualname, without the module for builtins and __main__. */
static void special_method_error(Object *owner, int oparg, const char *method) {
    Type *t = TYPE(owner);
    bool async = oparg >= 2;
    bool hint = async ? has_special_method(t, "__enter__") && has_special_method(t, "__exit__")
                      : has_special_method(t, "__aenter__") && has_special_method(t, "__aexit__");
    Object *tname = Type_FullName(t);
    if (!tname) return;
    const char *suggestion = !hint ? ""
                             : async ? " but it supports the context manager protocol. Did you mean to use 'with'?"
                                     : " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?";
    Err_Format(Exc_TypeError, "'%U' object does not support the %scontext manager protocol (missed %s method)%s", tname,
               async ? "asynchronous " : "", method, suggestion);
    DECREF(tname);
}

/* ---- the loop ------------------------------------------------------------- */

#ifndef EVAL_TRACED
static Object *Eval_Frame(Frame *entry, bool throwflag);

Object *Eval_ResumeFrame(Frame *f, bool throwing) { return Eval_Frame(f, throwing); }

Object *Eval_Globals(void) {
    return g_interp->frame ? g_interp->frame->globals : NULL;
}

Object *Eval_Locals(void) {
    Frame *f = g_interp->frame;
    if (!f) return Dict_New();
    if (f->locals) return NEWREF(f->locals);
    /* a snapshot, with what f_locals was given besides the variables */
    FrameObject *fo = (FrameObject *)f->frameobj;
    if (fo && fo->extra_locals) return FrameObj_LocalsSnapshot(fo);
    return Frame_VarsToDict(f->code, f->localsplus);
}
#endif

/* A frame is done: generator frames stay allocated (their generator frees
 * them); others come off the VM stack. */
static void leave_frame(Frame *f) {
    if (f->gen) Frame_ClearRefs(f);
    else Frame_Pop(f);
}

/* How call errors name the callable, as CPython does: "module.qualname()",
 * "qualname()" for builtins, else str(func).  New reference or NULL. */
static Object *function_str(Object *func) {
    Object *qualname, *module = NULL, *r;
    int found = Obj_LookupAttr(func, ID(__qualname__), &qualname);
    if (found <= 0) return found < 0 ? NULL : Obj_Str(func);
    if (Obj_LookupAttr(func, ID(__module__), &module) < 0) {
        DECREF(qualname);
        return NULL;
    }
    if (module && module != OBJ_NONE && !(Str_Check(module) && Str_EqC(module, "builtins")))
        r = Str_FromFormat("%S.%S()", module, qualname);
    else
        r = Str_FromFormat("%S()", qualname);
    XDECREF(module);
    DECREF(qualname);
    return r;
}

/* Keyword names as the compiler writes them (CALL_KW, MATCH_CLASS): a tuple of str. */
static bool is_tuple_of_str(Object *t) {
    if (!Tuple_CheckExact(t)) return false;
    for (ssize_t i = 0; i < TUPLE_LEN(t); i++)
        if (!Str_Check(TUPLE_GET(t, i))) return false;
    return true;
}

/* CALL_KW's names, naming at most the oparg arguments of the call. */
static bool kwnames_ok(Object *kwnames, int oparg) {
    return is_tuple_of_str(kwnames) && TUPLE_LEN(kwnames) <= oparg;
}

/* The closure's cells go into the frame's free-variable slots (the work of
 * COPY_FREE_VARS, done when the frame is made). */
static void copy_closure(Frame *f, Function *func) {
    if (!func->closure) return;
    Code *co = func->code;
    int first_free = co->nlocalsplus - co->nfreevars;
    ssize_t n = TUPLE_LEN(func->closure) < co->nfreevars ? TUPLE_LEN(func->closure) : co->nfreevars;
    for (ssize_t i = 0; i < n; i++) f->localsplus[first_free + i] = NEWREF(TUPLE_GET(func->closure, i));
}

/* Pushes a frame for a call to a Python function; NULL on error. */
static Frame *push_function_frame(Function *func, Object *const *args, size_t nargs, Object *kwnames) {
    if (g_interp->recursion_depth >= g_interp->recursion_limit) {
        Err_SetString(Exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    Code *co = func->code;
    /* code that is not a function's (a module's, made into one by
     * types.FunctionType) runs with its globals as its locals */
    Object *locals = co->flags & CO_OPTIMIZED ? NULL : func->globals;
    Frame *f = Frame_Push(co, func, func->globals, func->builtins, locals);
    if (!f) return NULL;
    /* the common return path knows nothing of a locals mapping: Frame_Pop's does */
    if (locals) f->slow_return = true;
    if (Frame_BindArgs(f, func, args, nargs, kwnames) < 0) {
        Frame_Pop(f);
        return NULL;
    }
    copy_closure(f, func);
    g_interp->recursion_depth++;
    return f;
}

#ifndef EVAL_TRACED
Object *Eval_CallFunction(Object *fobj, Object *const *args, size_t nargs, Object *kwnames) {
    Function *func = (Function *)fobj;
    Code *co = func->code;
    if (co->gen_start && co->fast_nargs == (int)nargs && !kwnames &&
        g_interp->recursion_depth < g_interp->recursion_limit)
        return Gen_NewFromCall(func, args, (int)nargs);
    if (Recursion_Enter("")) return NULL;
    Frame *f;
    if (co->fast_nargs == (int)nargs && !kwnames && g_interp->recursion_depth < g_interp->recursion_limit) {
        /* exactly the positional parameters, as CALL's common case */
        f = Frame_PushExact(func, args, (int)nargs); /* (takes no reference) */
        if (f) {
            for (size_t i = 0; i < nargs; i++) INCREF(args[i]);
            INCREF(fobj);
            copy_closure(f, func);
            g_interp->recursion_depth++;
        }
    } else {
        f = push_function_frame(func, args, nargs, kwnames);
    }
    Object *r = NULL;
    if (f) {
        f->is_entry = true;
        r = Eval_Frame(f, false);
    }
    Recursion_Leave();
    return r;
}

Object *Eval_ClassBody(Object *fobj, Object *ns) {
    Function *func = (Function *)fobj;
    Code *co = func->code;
    if (Recursion_Enter("")) return NULL;
    Object *r = NULL;
    Frame *f = Frame_Push(co, func, func->globals, func->builtins, ns);
    if (f) {
        copy_closure(f, func);
        f->is_entry = true;
        g_interp->recursion_depth++;
        r = Eval_Frame(f, false);
    }
    Recursion_Leave();
    return r;
}

Object *Eval_BuiltinsFor(Object *globals) {
    Object *b = Dict_GetStr(globals, "__builtins__");
    if (!b) return g_interp->frame ? g_interp->frame->builtins : g_interp->builtins;
    if (Type_IsSubtype(TYPE(b), &Module_Type)) return MODULE_DICT(b);
    return b;
}

Object *Eval_Code(Code *code, Object *globals, Object *locals) {
    Object *builtins = Eval_BuiltinsFor(globals);
    if (Recursion_Enter("")) return NULL;
    Frame *f = Frame_Push(code, NULL, globals, builtins, locals);
    Object *r = NULL;
    if (f) {
        f->is_entry = true;
        g_interp->recursion_depth++;
        r = Eval_Frame(f, false);
    }
    Recursion_Leave();
    return r;
}
#endif

#if defined(__GNUC__) || defined(__clang__)
#define USE_COMPUTED_GOTOS 1
#endif

/* gen.send(v) called from Python code resumes the generator inline, using
 * no C stack; in CPython it is a call into C, so a long chain of sends ends
 * in RecursionError ("Stack overflow") once the C stack is used up.  Deeper
 * than this the call goes through C here too, to meet the same limit. */
#define INLINE_SEND_MAX_DEPTH 1000

#if defined(CIPY_OPCOUNT) && !defined(EVAL_TRACED)
/* Debug flavour (make opcode-coverage): counts every executed instruction;
 * Runtime_Init registers the dump at exit. */
static unsigned long long opcode_counts[256];
#define COUNT_OPCODE(op) __atomic_fetch_add(&opcode_counts[(op) & 0xff], 1, __ATOMIC_RELAXED)

/* Appends "OPNAME count" lines to the file named by $CIPY_OPCOUNT_FILE, in one
 * write so that concurrent processes do not interleave their lines. */
void Eval_DumpOpcodeCounts(void) {
    const char *path = getenv("CIPY_OPCOUNT_FILE");
    if (!path || !*path) return;
    char *buf = malloc(256 * 64);
    if (!buf) return;
    size_t len = 0;
    for (int i = 0; i < 256; i++) {
        if (!opcode_counts[i]) continue;
        const char *name = Opcode_Names[i] ? Opcode_Names[i] : "<unknown>";
        len += (size_t)snprintf(buf + len, 64, "%.40s %llu\n", name, opcode_counts[i]);
    }
    FILE *fp = len ? fopen(path, "a") : NULL;
    if (fp) {
        setvbuf(fp, NULL, _IOFBF, len + 1);
        fwrite(buf, 1, len, fp);
        fclose(fp);
    }
    free(buf);
}
#else
#define COUNT_OPCODE(op) ((void)0)
#endif

#ifdef CIPY_FUZZ
/* Fuzzing build (tools/fuzz): a mutated program may loop or recurse without
 * end, so every dispatch spends one unit of this budget.  Once it is spent,
 * each further dispatch raises KeyboardInterrupt, as an interrupt would, and
 * no exception handler runs, so the run unwinds to its end. */
#ifndef EVAL_TRACED
THREAD_LOCAL long Eval_FuzzBudget = LONG_MAX;
#endif
#define FUZZ_TICK()                                                    \
    do {                                                               \
        if (__builtin_expect(--Eval_FuzzBudget < 0, 0)) goto fuzz_budget_spent; \
    } while (0)
#define FUZZ_BUDGET_SPENT() (Eval_FuzzBudget < 0)

/* Raises the KeyboardInterrupt that ends a run whose budget is spent. */
static void fuzz_interrupt(void) {
    Eval_FuzzBudget = -1; /* stays spent, however many dispatches follow */
    Object *exc = Exc_New(Exc_KeyboardInterrupt, NULL, 0);
    if (exc) Err_SetRaised(exc); /* (else MemoryError is set) */
}

#ifndef EVAL_TRACED
int Eval_FuzzTick(void) {
    if (--Eval_FuzzBudget >= 0) return 0;
    fuzz_interrupt();
    return -1;
}
#endif
#else
#define FUZZ_TICK() ((void)0)
#define FUZZ_BUDGET_SPENT() false
#endif

/* The hooks of sys.settrace and sys.setprofile: empty in the plain loop,
 * which only hands its frame to the instrumented one (Eval_Traced) when a
 * safe point finds a trace or profile function set. */
#ifdef EVAL_TRACED
#define EVAL_TRACING 1
/* a frame starts or a generator resumes: 'call' (f_lineno: its RESUME's) */
#define TRACE_FRAME_START()                            \
    do {                                               \
        if (Trace_Live()) {                            \
            this_instr = resume_instr(first_instr, ip); \
            SAVE_FRAME_STATE();                        \
            if (Trace_FrameStart(f) < 0) goto error;   \
        }                                              \
    } while (0)
/* before each instruction of a frame with a local trace function */
#define TRACE_INSTRUCTION()                                                   \
    do {                                                                      \
        if (f->frameobj && ((FrameObject *)f->frameobj)->trace) {             \
            SAVE_FRAME_STATE();                                               \
            if (Trace_Instruction(f) < 0) goto error;                         \
        }                                                                     \
    } while (0)
/* retval is returned or yielded */
#define TRACE_RETURN()                                 \
    do {                                               \
        if (Trace_Live()) {                            \
            SAVE_FRAME_STATE();                        \
            if (Trace_Return(f, retval) < 0) {         \
                DECREF(retval);                        \
                retval = NULL;                         \
                goto error;                            \
            }                                          \
        }                                              \
    } while (0)
/* an exception leaves the frame (a failing hook replaces it) */
#define TRACE_UNWIND()                                          \
    do {                                                        \
        if (Trace_Live()) {                                     \
            f->ip = ip; /* (lasti: where RERAISE put it) */     \
            f->sp = sp;                                         \
            (void)Trace_Return(f, NULL);                        \
        }                                                       \
    } while (0)
/* a generator f resumed returned value: 'exception' with StopIteration */
#define TRACE_STOP_ITERATION(value)                                             \
    do {                                                                        \
        if (f->frameobj && ((FrameObject *)f->frameobj)->trace) {               \
            SAVE_FRAME_STATE();                                                 \
            if (Trace_StopIteration(f, value) < 0) { stop_error = true; }       \
        }                                                                       \
    } while (0)
#define TRACE_EXCEPTION()                                           \
    do {                                                            \
        if (f->frameobj && ((FrameObject *)f->frameobj)->trace) {   \
            SAVE_FRAME_STATE();                                     \
            (void)Trace_Exception(f);                               \
        }                                                           \
    } while (0)
#define CALL_C(callable, args, nargs, kwnames) Trace_CallC(callable, args, nargs, kwnames)
#define CALL_C_TUPLE_DICT(callable, args, kwargs) Trace_CallCTupleDict(callable, args, kwargs)
#define TRACE_HANDOVER(how) ((void)0)
/* The RESUME a frame starts or resumes after (a new generator's: past
 * RETURN_GENERATOR and POP_TOP), where CPython's 'call' event sees it. */
static const uint16_t *resume_instr(const uint16_t *first, const uint16_t *ip) {
    if (ip > first && (ip[-1] & 0xff) == OP_RESUME) return ip - 1;
    if (ip == first) { /* cells made before the RESUME */
        const uint16_t *p = ip;
        while ((*p & 0xff) == OP_MAKE_CELL || (*p & 0xff) == OP_COPY_FREE_VARS || (*p & 0xff) == OP_NOP) p++;
        if ((*p & 0xff) == OP_RESUME) return p;
    }
    if (ip > first && (ip[-1] & 0xff) == OP_RETURN_GENERATOR && (ip[0] & 0xff) == OP_POP_TOP &&
        (ip[1] & 0xff) == OP_RESUME)
        return ip + 1;
    return ip;
}
#else
#define EVAL_TRACING 0
#define TRACE_FRAME_START() ((void)0)
#define TRACE_INSTRUCTION() ((void)0)
#define TRACE_RETURN() ((void)0)
#define TRACE_UNWIND() ((void)0)
#define TRACE_STOP_ITERATION(value) ((void)0)
#define TRACE_EXCEPTION() ((void)0)
#define CALL_C(callable, args, nargs, kwnames) Obj_Call(callable, args, nargs, kwnames)
#define CALL_C_TUPLE_DICT(callable, args, kwargs) Obj_CallTupleDict(callable, args, kwargs)
/* At a safe point (the frame's state saved): a trace or profile function
 * was set, so the frame goes on in the instrumented loop (at the labels
 * hand_over_EVAL_CONTINUE and hand_over_EVAL_ENTER, shared by every safe
 * point to keep the loop small). */
#define TRACE_HANDOVER(how)                       \
    do {                                          \
        if (Trace_Wanted()) goto hand_over_##how; \
    } while (0)
#endif

/* ---- opcode bodies the loop calls inline ------------------------------ */

/* CALL of a class t (base[0]) whose init slot calls __init__ (the caller
 * checks that, cheaply, before the call), with object's __new__ and a Python
 * __init__ taking exactly these arguments (base[2] on, the self slot base[1] empty):
 * makes the instance and pushes __init__'s frame, with the instance in the
 * self slot as its first argument (those references move into the frame) and
 * in the class's place, the call's result once __init__ returns None.
 * Returns 1 with *callee the frame, 0 when the call is not of this kind, -1
 * on error. */
static int call_init_inline(Object **base, size_t total, Frame **callee) {
    Type *t = (Type *)base[0];
    if (t->new_ != Object_Type.new_) return 0;
    Object *init = Type_Specials(t)->special_init;
    if (!init || TYPE(init) != &Function_Type || ((Function *)init)->code->fast_nargs != (int)total + 1 ||
        g_interp->recursion_depth >= g_interp->recursion_limit)
        return 0;
    /* object.__new__ checks nothing more for a class with an __init__ and
     * no abstract methods: the instance is allocated directly */
    Object *self = (t->flags & TPFLAG_ABSTRACT) || t->init == Object_Type.init ? t->new_(t, base + 2, total, NULL)
                                                                            : Obj_Alloc(t, t->basicsize);
    if (!self) return -1;
    base[1] = self;
    Function *fn = (Function *)NEWREF(init);
    Frame *nf = Frame_PushExact(fn, base + 1, (int)total + 1);
    if (!nf) {
        DECREF((Object *)fn);
        return -1;
    }
    if (fn->closure) copy_closure(nf, fn);
    nf->is_init = true;
    g_interp->recursion_depth++;
    base[0] = NEWREF(self);
    DECREF((Object *)t);
    *callee = nf;
    return 1;
}

/* A CALL of gen.send(v) (base: the method descriptor, the generator, v) that
 * can resume the generator in the loop, as SEND does. */
static inline bool call_is_inline_send(Object *callable, Object **base, size_t total) {
    MethodDescr *d = (MethodDescr *)callable;
    return d->def->fn == Gen_SendMethod && total == 2 && base[1] != OBJ_NULLSLOT && TYPE(base[1]) == d->owner &&
           Gen_CanResumeInline(base[1], base[2]) && g_interp->recursion_depth < g_interp->recursion_limit &&
           g_interp->recursion_depth < INLINE_SEND_MAX_DEPTH;
}

/* After a STORE_ATTR added to an instance dict of type t: remember its size
 * (up to a bound), so that later instances' dicts are made that big. */
static inline void note_instance_dict_size(Type *t, Dict *d) {
    if ((size_t)d->used > t->instance_dict_hint && d->used <= 64) t->instance_dict_hint = (uint32_t)d->used;
}

/* What a LOAD_ATTR site's cache entry gives (see load_attr_cached). */
enum { ATTR_MISS, ATTR_VALUE, ATTR_METHOD, ATTR_GETTER, ATTR_ERROR };

/* LOAD_ATTR through a cache entry valid for owner: ATTR_VALUE with *v the
 * attribute (new reference); ATTR_METHOD with *v the unbound callable (new
 * reference) and *self what to call it with (owner itself, borrowed, or a new
 * reference to its class); ATTR_GETTER with *v a property's Python getter
 * (new reference) for the loop to run with owner; ATTR_MISS when the entry
 * cannot say (the generic lookup then runs, and raises if need be);
 * ATTR_ERROR.  f and this_instr: a descriptor may ask for the line. */
static inline __attribute__((always_inline)) int load_attr_cached(Frame *f, const uint16_t *this_instr,
                                                                  AttrCacheEntry *ce, Object *owner,
                                                                  Object *name, Object **v, Object **self) {
    int err = 0;
    *v = NULL;
    switch (ce->kind) {
    case AC_DICT: {
        Object *dict = EvalCache_InstanceDict(owner, ce->type);
        if (dict) *v = EvalCache_InstanceDictGet(dict, name, &ce->hint, &err);
        if (err < 0) return ATTR_ERROR;
        if (!*v && !(*v = ce->obj)) return ATTR_MISS;
        INCREF(*v);
        return ATTR_VALUE;
    }
    case AC_METHOD:
    case AC_CLASSMETHOD: {
        Object *dict = EvalCache_InstanceDict(owner, ce->type);
        if (dict) *v = EvalCache_InstanceDictGet(dict, name, &ce->hint, &err);
        if (err < 0) return ATTR_ERROR;
        if (*v) { /* the instance dict shadows the method */
            INCREF(*v);
            return ATTR_VALUE;
        }
        *v = NEWREF(ce->obj);
        *self = ce->kind == AC_METHOD ? owner : NEWREF((Object *)ce->type);
        return ATTR_METHOD;
    }
    case AC_MEMBER: /* an empty slot misses: the generic lookup raises */
        if (!(*v = *(Object **)((char *)owner + ce->hint))) return ATTR_MISS;
        INCREF(*v);
        return ATTR_VALUE;
    case AC_TYPE_VALUE:
        *v = NEWREF(ce->obj);
        return ATTR_VALUE;
    case AC_TYPE_CLASSMETHOD:
        *v = NEWREF(ce->obj);
        *self = owner;
        return ATTR_METHOD;
    case AC_PROPERTY: {
        Object *fget = Property_Fget(ce->obj);
        if (!fget) return ATTR_ERROR;
        if (TYPE(fget) == &Function_Type && ((Function *)fget)->code->fast_nargs == 1 &&
            g_interp->recursion_depth < g_interp->recursion_limit) {
            *v = fget;
            return ATTR_GETTER;
        }
        DECREF(fget);
    }
        /* fall through */
    case AC_DATA_DESCR: {
        Object *descr = NEWREF(ce->obj);
        f->lasti = (int)(this_instr - f->code->instrs);
        *v = TYPE(descr)->descr_get(descr, owner, ce->type);
        DECREF(descr);
        return *v ? ATTR_VALUE : ATTR_ERROR;
    }
    default:
        return ATTR_MISS;
    }
}

/* BINARY_OP of two small ints whose values are x and y: the small-int
 * result, or NULL when the operator is not one of these or the result does
 * not fit (the generic path takes it).  Each case returns on its own, so
 * that the loop's test of the result folds into it. */
static inline __attribute__((always_inline)) Object *binary_op_small(int oparg, int64_t x, int64_t y) {
    int64_t z;
    /* + and - first, by compares: a jump table's one indirect branch, shared
     * by every operator, is predicted worse */
    if (oparg == NB_ADD || oparg == NB_INPLACE_ADD) {
        z = x + y;
        return SMALL_FITS(z) ? SMALL_FROM(z) : NULL;
    }
    if (oparg == NB_SUBTRACT || oparg == NB_INPLACE_ADD + NB_SUBTRACT) {
        z = x - y;
        return SMALL_FITS(z) ? SMALL_FROM(z) : NULL;
    }
    switch (oparg) {
    case NB_MULTIPLY: case NB_INPLACE_ADD + NB_MULTIPLY:
        return !__builtin_mul_overflow(x, y, &z) && SMALL_FITS(z) ? SMALL_FROM(z) : NULL;
    case NB_AND: case NB_INPLACE_ADD + NB_AND:
        return SMALL_FROM(x & y);
    case NB_OR: case NB_INPLACE_ADD + NB_OR:
        return SMALL_FROM(x | y);
    case NB_XOR: case NB_INPLACE_ADD + NB_XOR:
        return SMALL_FROM(x ^ y);
    case NB_RSHIFT: case NB_INPLACE_ADD + NB_RSHIFT:
        return y < 0 ? NULL : SMALL_FROM(y > 63 ? (x < 0 ? -1 : 0) : x >> y);
    case NB_FLOOR_DIVIDE: case NB_INPLACE_ADD + NB_FLOOR_DIVIDE:
    case NB_REMAINDER: case NB_INPLACE_ADD + NB_REMAINDER: {
        if (y == 0) return NULL;
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) { q--; m += y; }
        z = (oparg == NB_FLOOR_DIVIDE || oparg == NB_INPLACE_ADD + NB_FLOOR_DIVIDE) ? q : m;
        return SMALL_FITS(z) ? SMALL_FROM(z) : NULL;
    }
    default:
        return NULL;
    }
}

/* a + b for exact strs a and b when a is also in local k, where the next
 * instruction stores the result, and nowhere else but on the stack: a
 * grows in place (CPython does the same, so `s += t` in a loop is linear);
 * the local lets go of it first.  Returns the result with a consumed, or
 * NULL with a kept (and the local as it was). */
#ifndef EVAL_TRACED
static __attribute__((noinline)) Object *str_add_to_local(Object *a, Object *b, Object **local) {
    if (!Str_CanGrow(a, b)) {
        Object *r = Str_Concat(a, b);
        if (r) DECREF(a);
        return r;
    }
    *local = NULL;
    a->refcnt--;
    Object *r = Str_AppendInPlace(a, b);
    if (!r) *local = NEWREF(a);
    return r;
}
#endif

/* a + b for exact strs a and b, next the instruction after the BINARY_OP:
 * str_add_to_local when that stores the result back into a's local.
 * Returns the result with a consumed, or NULL with a kept. */
static inline __attribute__((always_inline)) Object *str_add(Object *a, Object *b, const uint16_t *next,
                                                             Object **localsplus) {
#ifndef EVAL_TRACED /* a trace function may look at the local before the store */
    int op = next[0] & 0xff, k = next[0] >> 8;
    if (op == OP_STORE_FAST_LOAD_FAST) k >>= 4;
    if (a->refcnt == 2 && (op == OP_STORE_FAST || op == OP_STORE_FAST_LOAD_FAST) && localsplus[k] == a)
        return str_add_to_local(a, b, &localsplus[k]);
#else
    (void)next, (void)localsplus;
#endif
    Object *r = Str_Concat(a, b);
    if (r) DECREF(a);
    return r;
}

/* container[start:stop] (all borrowed) for an exact list, tuple or str and
 * bounds that are small ints or None (lst[1:], s[:k]): the items, taken
 * without a slice object or a call through the type.  Returns 1 with *r
 * the result (NULL on error), 0 when that does not apply. */
static int slice_plain(Object *container, Object *start, Object *stop, Object **r) {
    if (!(IS_SMALL(start) || start == OBJ_NONE) || !(IS_SMALL(stop) || stop == OBJ_NONE)) return 0;
    Type *t = TYPE(container);
    ssize_t len, lo = 0, hi = SSIZE_MAX;
    if (t == &List_Type) len = LIST_LEN(container);
    else if (t == &Tuple_Type) len = TUPLE_LEN(container);
    else if (t == &Str_Type) len = STR_LEN(container);
    else return 0;
    if (start != OBJ_NONE) lo = (ssize_t)SMALL_VAL(start);
    if (stop != OBJ_NONE) hi = (ssize_t)SMALL_VAL(stop);
    if (lo < 0 && (lo += len) < 0) lo = 0;
    if (hi < 0 && (hi += len) < 0) hi = 0;
    if (hi > len) hi = len;
    if (lo > hi) lo = hi;
    if (t == &List_Type) *r = hi > lo ? List_FromArray(LIST_ITEMS(container) + lo, hi - lo) : List_New(0);
    else if (t == &Tuple_Type) *r = Tuple_GetSlice(container, lo, hi);
    else *r = Str_Substring(container, lo, hi);
    return 1;
}

/* container[slice] for a slice without a step over an exact list, tuple
 * or str: binary_op_fast's protocol (a and b consumed on success).  Out of
 * line, so that the loop's common paths keep their registers. */
static __attribute__((noinline)) int subscr_const_slice(Object *a, Object *b, Object **r) {
    Slice *s = (Slice *)b;
    if (s->step != OBJ_NONE || !slice_plain(a, s->start, s->stop, r)) return 0;
    if (!*r) return -1;
    DECREF(b);
    DECREF(a);
    return 1;
}

/* a + b for exact lists, binary_op_fast's protocol.  A list only the
 * stack holds (a comprehension's or a call's result, a literal) takes b's
 * items itself: nothing else can see it change, and no new list is made. */
static __attribute__((noinline)) int list_add(Object *a, Object *b, Object **r) {
    if (a->refcnt == 1 && a != b) {
        if (List_ConcatInto(a, b) < 0) return -1;
        *r = a;
    } else {
        if (!(*r = List_Concat(a, b))) return -1;
        DECREF(a);
    }
    DECREF(b);
    return 1;
}

/* BINARY_OP on the other operands the loop handles without a call: exact
 * floats, str + str, list[small int], a constant slice of a list, tuple or
 * str.  Returns 1 with *r the result, a and
 * b consumed; 0 when it does not apply; -1 on error with *r NULL (a and b
 * kept).  A float that only the stack holds becomes the result; so does a
 * str about to be stored back into its local (str_add).  next is the
 * following instruction. */
static inline __attribute__((always_inline)) int binary_op_fast(int oparg, Object *a, Object *b, Object **r,
                                                                const uint16_t *next, Object **localsplus) {
    *r = NULL;
    /* subscripts first: the other cases never have this operator */
    if (oparg == NB_SUBSCR) {
        if (List_CheckExact(a) && IS_SMALL(b)) {
            int64_t i = SMALL_VAL(b);
            if (i < 0) i += LIST_LEN(a);
            if (i < 0 || i >= LIST_LEN(a)) return 0;
            *r = NEWREF(LIST_GET(a, i));
            DECREF(a);
            return 1;
        }
        /* lst[1:], s[:3]: the compiler folds constant bounds into a slice */
        return TYPE(b) == &Slice_Type ? subscr_const_slice(a, b, r) : 0;
    }
    /* two floats, or a float and a small int (converted exactly as float()
     * converts it: 62 bits round to nearest, ties to even) */
    bool fa = Float_CheckExact(a), fb = Float_CheckExact(b);
    if ((fa && (fb || IS_SMALL(b))) || (fb && IS_SMALL(a))) {
        double x = fa ? FLOAT_VAL(a) : (double)SMALL_VAL(a), y = fb ? FLOAT_VAL(b) : (double)SMALL_VAL(b), z;
        /* compares, not a switch (see binary_op_small); `x op= y` as `x op y` */
        int op = oparg >= NB_INPLACE_ADD ? oparg - NB_INPLACE_ADD : oparg;
        if (op == NB_MULTIPLY) z = x * y;
        else if (op == NB_ADD) z = x + y;
        else if (op == NB_SUBTRACT) z = x - y;
        else if (op == NB_TRUE_DIVIDE && y != 0.0) z = x / y; /* by zero: the generic path raises */
        else return 0;
        if (fa && a->refcnt == 1) {
            FLOAT_VAL(a) = z;
            DECREF(b);
            *r = a;
        } else if (fb && b->refcnt == 1) {
            FLOAT_VAL(b) = z;
            DECREF(a);
            *r = b;
        } else {
            if (!(*r = Float_From(z))) return -1;
            DECREF(b);
            DECREF(a);
        }
        return 1;
    }
    if ((oparg == NB_ADD || oparg == NB_INPLACE_ADD) && Str_CheckExact(a) && Str_CheckExact(b)) {
        if (!(*r = str_add(a, b, next, localsplus))) return -1;
        DECREF(b);
        return 1;
    }
    if (oparg == NB_ADD && List_CheckExact(a) && List_CheckExact(b)) return list_add(a, b, r);
    return 0;
}

/* BINARY_SLICE: container[start:stop] (all borrowed). */
static Object *binary_slice(Object *container, Object *start, Object *stop) {
    Object *r;
    if (slice_plain(container, start, stop, &r)) return r;
    Object *slice = Slice_New(start, stop, NULL);
    if (!slice) return NULL;
    r = Obj_GetItem(container, slice);
    DECREF(slice);
    return r;
}

/* CALL_FUNCTION_EX: func(self, *callargs, **kwargs) (self and kwargs may be
 * NULL), with CPython's errors for a star argument of the wrong kind.
 * Consumes self, callargs and kwargs. */
static Object *call_function_ex(Object *func, Object *self, Object *callargs, Object *kwargs) {
    Object *r = NULL;
    if (!Tuple_CheckExact(callargs)) {
        Object *t = TYPE(callargs)->iter || TYPE(callargs)->getitem ? Tuple_FromIterable(callargs) : NULL;
        if (!t) {
            if (!Err_Occurred() || Err_Matches(Exc_TypeError)) {
                Err_Clear();
                Object *fname = function_str(func);
                if (fname)
                    Err_Format(Exc_TypeError, "%U argument after * must be an iterable, not %s", fname,
                               TYPE_NAME(callargs));
                XDECREF(fname);
            }
            goto done;
        }
        SETREF(callargs, t);
    }
    if (kwargs && !Dict_Check(kwargs)) {
        Object *d = Dict_New();
        if (!d || Dict_Merge(d, kwargs, 2) < 0) {
            XDECREF(d);
            if (Err_Matches(Exc_AttributeError) || Err_Matches(Exc_TypeError)) {
                Err_Clear();
                Object *fname = function_str(func);
                if (fname)
                    Err_Format(Exc_TypeError, "%U argument after ** must be a mapping, not %s", fname,
                               TYPE_NAME(kwargs));
                XDECREF(fname);
            }
            goto done;
        }
        SETREF(kwargs, d);
    }
    if (self) {
        Object *full = Tuple_New(TUPLE_LEN(callargs) + 1);
        if (!full) goto done;
        TUPLE_ITEMS(full)[0] = NEWREF(self);
        for (ssize_t i = 0; i < TUPLE_LEN(callargs); i++)
            TUPLE_ITEMS(full)[i + 1] = NEWREF(TUPLE_GET(callargs, i));
        SETREF(callargs, full);
    }
    r = CALL_C_TUPLE_DICT(func, callargs, kwargs);
done:
    XDECREF(kwargs);
    DECREF(callargs);
    XDECREF(self);
    return r;
}

/* super().name (method: the method form super().name(...)) without a super
 * object, for a class cls whose super is the built-in one, when
 * EvalCache_SuperMethod did not answer: 1 with *attr the attribute, 2 with
 * *attr an unbound function to call with self, 0 when the fast path does
 * not apply, -1 on error.  The method form's functions are cached per type
 * of self at the site's entry. */
static int super_attr_fast(Code *co, uint16_t *slot, Type *cls, Object *self, Object *name, bool method,
                           Object **attr) {
    SuperCacheEntry *ce = method ? EvalCache_SuperEntry(co, slot) : NULL;
    int r = super_lookup(cls, self, name, method, attr);
    if (r == 2 && ce) {
        unsigned w = ce->next++ % SUPER_WAYS;
        ce->way[w].cls = cls;
        ce->way[w].type = TYPE(self);
        ce->way[w].func = *attr;
        ce->way[w].epoch = Type_CacheEpoch;
    }
    return r;
}

/* The opcode of the instruction starting at p, after its EXTENDED_ARG
 * prefixes (the verifier guarantees the chain is complete). */
static int instr_opcode(const uint16_t *p) {
    while ((*p & 0xff) == OP_EXTENDED_ARG) p++;
    return *p & 0xff;
}

#ifndef EVAL_TRACED
/* (a trace or profile function set: the frame goes to the instrumented
 * loop at its entry's safe point) */
static Object *Eval_Frame(Frame *entry, bool throwflag) {
    Frame *f = entry;
    f->prev = g_interp->frame;
    g_interp->frame = f;
#else
Object *Eval_Traced(Frame *f, int how) {
    bool throwflag = how == EVAL_THROW || how == EVAL_THROW_LINKED;
    if (how == EVAL_START || how == EVAL_THROW) {
        f->prev = g_interp->frame;
        g_interp->frame = f;
    }
#endif

    Code *co;
    const uint16_t *first_instr, *ip, *this_instr = NULL;
    Object **sp, **localsplus;
    Object *consts, *names;
    int oparg;
#ifndef USE_COMPUTED_GOTOS
    int opcode;
#endif
    Object *retval = NULL;
    Frame *callee = NULL; /* a frame the CALL instructions enter */

#define LOAD_FRAME_STATE()                     \
    do {                                       \
        co = f->code;                          \
        first_instr = co->instrs;              \
        ip = f->ip;                            \
        sp = f->sp;                            \
        localsplus = f->localsplus;            \
        consts = co->consts;                   \
        names = co->names;                     \
    } while (0)
#define SAVE_FRAME_STATE()  \
    do {                    \
        f->ip = ip;         \
        f->sp = sp;         \
        f->lasti = (int)(this_instr - first_instr); \
    } while (0)

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SKIP_CACHES(op) (ip += OP_CACHE_##op)
#define JUMPBY(n) (ip += (n))
#define GETLOCAL(i) (localsplus[i])
/* When the old value dies, the frame's position is stored first: its
 * finalizer may report an error at this line. */
#define SETLOCAL(i, v)                                                      \
    do {                                                                    \
        Object *_o = localsplus[i], *_v = (v);                              \
        localsplus[i] = _v == OBJ_NULLSLOT ? NULL : _v;                     \
        if (_o && !IS_SMALL(_o) && _o->refcnt >= 0 && --_o->refcnt == 0) { \
            f->lasti = (int)(this_instr - first_instr);                     \
            Obj_Dealloc(_o);                                                \
        }                                                                   \
    } while (0)

/* A safe point: the handlers of signals that arrived run here (they may run
 * Python code, so the frame's state is saved first). */
#define CHECK_SIGNALS_THEN(how)                          \
    do {                                                 \
        if (__builtin_expect(Signals_Pending != 0, 0)) { \
            SAVE_FRAME_STATE();                          \
            if (Signals_Run() < 0) goto error;           \
            TRACE_HANDOVER(how);                         \
        }                                                \
    } while (0)
/* (ip is the next instruction: the instrumented loop may take over there) */
#define CHECK_SIGNALS() CHECK_SIGNALS_THEN(EVAL_CONTINUE)
/* The same before a jump by delta (the instrumented loop takes over at its
 * target). */
#define CHECK_SIGNALS_BEFORE_JUMP(delta)                 \
    do {                                                 \
        if (__builtin_expect(Signals_Pending != 0, 0)) { \
            SAVE_FRAME_STATE();                          \
            if (Signals_Run() < 0) goto error;           \
            if (!EVAL_TRACING && Trace_Wanted()) {       \
                JUMPBY(delta);                           \
                TRACE_HANDOVER(EVAL_CONTINUE);           \
            }                                            \
        }                                                \
    } while (0)

/* A frame starts (or a generator resumes) past its RESUME, which is the safe
 * point there: a signal raises at it. */
#define ENTRY_SAFE_POINT()                                                                      \
    do {                                                                                        \
        if (__builtin_expect(Signals_Pending != 0, 0)) {                                        \
            this_instr = ip > first_instr && (ip[-1] & 0xff) == OP_RESUME ? ip - 1 : ip;        \
            CHECK_SIGNALS_THEN(EVAL_ENTER);                                                     \
        }                                                                                       \
    } while (0)

#ifdef USE_COMPUTED_GOTOS
    /* Every opcode's label, the others unknown_opcode: a constant table,
     * shared by all threads. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static void *const dispatch_table[256] = {
        [0 ... 255] = &&unknown_opcode,
#define OPCODE_LABEL(name) [OP_##name] = &&L_##name,
        OPCODE_PYC_LIST(OPCODE_LABEL)
#undef OPCODE_LABEL
    };
#pragma GCC diagnostic pop
#define TARGET(name) L_##name:
/* (the opcode is not kept in a variable: one register fewer for the loop;
 * on a little-endian machine a code unit's two bytes are the opcode, then
 * the argument, each loaded by itself without shifts or masks) */
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define DISPATCH()                                       \
    do {                                                 \
        this_instr = ip;                                 \
        TRACE_INSTRUCTION();                             \
        FUZZ_TICK();                                     \
        const uint8_t *_unit = (const uint8_t *)ip++;    \
        oparg = _unit[1];                                \
        COUNT_OPCODE(_unit[0]);                          \
        goto *dispatch_table[_unit[0]];                  \
    } while (0)
#else
#define DISPATCH()                                  \
    do {                                            \
        this_instr = ip;                            \
        TRACE_INSTRUCTION();                        \
        FUZZ_TICK();                                \
        unsigned _word = *ip++;                     \
        oparg = (int)(_word >> 8);                  \
        COUNT_OPCODE(_word);                        \
        goto *dispatch_table[_word & 0xff];         \
    } while (0)
#endif
#define DISPATCH_SAME_OPARG() goto *dispatch_table[ip[-1] & 0xff]
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch
#define DISPATCH_SAME_OPARG() goto dispatch_opcode
#endif

/* An instruction that computes a truth value t, followed by the
 * POP_JUMP_IF_FALSE/TRUE that tests it (a comparison in an `if` or a loop
 * condition): the plain loop takes that jump at once, past the NOT_TAKEN of
 * the way it falls through, without pushing a bool for it.  pop: how many
 * items the instruction leaves off the stack (its operands are gone).  The
 * instrumented loop runs each instruction, for its events. */
#ifndef EVAL_TRACED
#define BRANCH_ON_NEXT(t, pop)                                                        \
    do {                                                                              \
        unsigned _w = *ip, _op = _w & 0xff;                                           \
        if (_op == OP_POP_JUMP_IF_FALSE || _op == OP_POP_JUMP_IF_TRUE) {              \
            sp -= (pop);                                                              \
            ip += 1 + OP_CACHE_POP_JUMP_IF_FALSE;                                     \
            if ((t) == (_op == OP_POP_JUMP_IF_TRUE)) JUMPBY(_w >> 8);                 \
            else SKIP_NOT_TAKEN();                                                    \
            DISPATCH();                                                               \
        }                                                                             \
    } while (0)
/* A conditional jump that falls through skips the NOT_TAKEN after it (an
 * instruction that only marks the way for instrumentation). */
#define SKIP_NOT_TAKEN() (ip += (*ip & 0xff) == OP_NOT_TAKEN)
#else
#define BRANCH_ON_NEXT(t, pop) ((void)0)
#define SKIP_NOT_TAKEN() ((void)0)
#endif
_Static_assert(OP_CACHE_POP_JUMP_IF_TRUE == OP_CACHE_POP_JUMP_IF_FALSE, "one cache size for both jumps");

    LOAD_FRAME_STATE();
    if (throwflag) {
        /* gen.throw(): raise at the instruction the generator is suspended at */
        this_instr = first_instr + f->lasti;
#ifndef EVAL_TRACED
        if (__builtin_expect(Signals_Pending != 0, 0) && Trace_Wanted()) return Eval_Traced(f, EVAL_THROW_LINKED);
#else
        if (Trace_Live()) { /* 'call', at the RESUME after the yield */
            Object *exc = Err_Fetch();
            int lasti = f->lasti;
            this_instr = resume_instr(first_instr, ip);
            SAVE_FRAME_STATE();
            if (Trace_FrameStart(f) < 0) XDECREF(exc);
            else Err_Restore(exc);
            f->lasti = lasti;
            this_instr = first_instr + lasti;
        }
#endif
        goto error;
    }
#ifdef EVAL_TRACED
    if (how == EVAL_CONTINUE) DISPATCH();
    TRACE_FRAME_START();
#endif
    ENTRY_SAFE_POINT();

#ifdef USE_COMPUTED_GOTOS
    DISPATCH();
#else
dispatch:
    this_instr = ip;
    FUZZ_TICK();
    opcode = *ip & 0xff;
    oparg = *ip >> 8;
    ip++;
    COUNT_OPCODE(opcode);
dispatch_opcode:
    switch (opcode) {
#endif

    TARGET(NOP) DISPATCH();
    TARGET(NOT_TAKEN) DISPATCH();
    TARGET(RESUME) {
        /* a safe point at a function's start and after a yield, as CPython's */
        if ((oparg & 3) < 2) CHECK_SIGNALS();
        DISPATCH();
    }
    TARGET(EXTENDED_ARG) {
#ifndef USE_COMPUTED_GOTOS
        opcode = *ip & 0xff;
#endif
        oparg = (oparg << 8) | (*ip >> 8);
        ip++;
        COUNT_OPCODE(ip[-1]);
        DISPATCH_SAME_OPARG();
    }

    TARGET(LOAD_CONST) {
        PUSH(NEWREF(TUPLE_GET(consts, oparg)));
        DISPATCH();
    }
    TARGET(LOAD_SMALL_INT) {
        PUSH(SMALL_FROM(oparg));
        DISPATCH();
    }
    TARGET(LOAD_FAST)
    TARGET(LOAD_FAST_BORROW) {
        Object *v = GETLOCAL(oparg);
        if (!v) goto unbound_local;
        PUSH(NEWREF(v));
        DISPATCH();
    }
    TARGET(LOAD_FAST_CHECK) {
        Object *v = GETLOCAL(oparg);
        if (!v) {
            Err_Format(Exc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG, TUPLE_GET(co->localsplusnames, oparg));
            goto error;
        }
        PUSH(NEWREF(v));
        DISPATCH();
    }
    TARGET(LOAD_FAST_AND_CLEAR) {
        Object *v = GETLOCAL(oparg);
        PUSH(v ? v : OBJ_NULLSLOT);
        localsplus[oparg] = NULL;
        DISPATCH();
    }
    TARGET(LOAD_FAST_LOAD_FAST)
    TARGET(LOAD_FAST_BORROW_LOAD_FAST_BORROW) {
        Object *a = GETLOCAL(oparg >> 4), *b = GETLOCAL(oparg & 15);
        if (!a) { oparg >>= 4; goto unbound_local; }
        if (!b) { oparg &= 15; goto unbound_local; }
        PUSH(NEWREF(a));
        PUSH(NEWREF(b));
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        SETLOCAL(oparg, POP());
        DISPATCH();
    }
    TARGET(STORE_FAST_LOAD_FAST) {
        SETLOCAL(oparg >> 4, POP());
        Object *v = GETLOCAL(oparg & 15);
        if (!v) { oparg &= 15; goto unbound_local; }
        PUSH(NEWREF(v));
        DISPATCH();
    }
    TARGET(STORE_FAST_STORE_FAST) {
        SETLOCAL(oparg >> 4, POP());
        SETLOCAL(oparg & 15, POP());
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        if (!GETLOCAL(oparg)) {
            Err_Format(Exc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG, TUPLE_GET(co->localsplusnames, oparg));
            goto error;
        }
        SETLOCAL(oparg, NULL);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        SKIP_CACHES(LOAD_GLOBAL);
        Object *v;
        GlobalCacheEntry *ce = EvalCache_GlobalEntry(co, (uint16_t *)ip - OP_CACHE_LOAD_GLOBAL + GLOBAL_CACHE_UNIT - 1);
        /* versions are unique across dicts and entries are only filled
         * from exact dicts, so matching versions mean the same dicts */
        if (ce && ce->gver == ((Dict *)f->globals)->version && Dict_Check(f->builtins) &&
            ce->bver == ((Dict *)f->builtins)->version) {
            v = NEWREF(ce->value);
        } else {
            v = load_global(f->globals, f->builtins, TUPLE_GET(names, oparg >> 1));
            if (!v) goto error;
            if (ce && Dict_CheckExact(f->globals) && Dict_CheckExact(f->builtins)) {
                ce->gver = ((Dict *)f->globals)->version;
                ce->bver = ((Dict *)f->builtins)->version;
                ce->value = v;
            }
        }
        PUSH(v);
        if (oparg & 1) PUSH(OBJ_NULLSLOT);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        Object *v = POP();
        f->lasti = (int)(this_instr - first_instr); /* for a finalizer run by the old value's release */
        int r = Dict_SetItem(f->globals, TUPLE_GET(names, oparg), v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        f->lasti = (int)(this_instr - first_instr); /* for a finalizer run by the value's release */
        int r = Dict_Pop(f->globals, TUPLE_GET(names, oparg), NULL);
        if (r < 0) goto error;
        if (r == 0) {
            name_error(TUPLE_GET(names, oparg));
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        Object *name = TUPLE_GET(names, oparg), *v = NULL;
        if (!f->locals) {
            Err_Format(Exc_SystemError, "no locals when loading %R", name);
            goto error;
        }
        if (mapping_lookup(f->locals, name, &v) < 0) goto error;
        /* globals are read as a plain dict here, even a subclass */
        if (!v && !(v = load_plain_global(f->globals, f->builtins, name))) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Object *v = POP();
        if (!f->locals) {
            DECREF(v);
            Err_Format(Exc_SystemError, "no locals found when storing %R", TUPLE_GET(names, oparg));
            goto error;
        }
        f->lasti = (int)(this_instr - first_instr); /* for a finalizer run by the old value's release */
        int r = Dict_CheckExact(f->locals) ? Dict_SetItem(f->locals, TUPLE_GET(names, oparg), v)
                                           : Obj_SetItem(f->locals, TUPLE_GET(names, oparg), v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        Object *name = TUPLE_GET(names, oparg);
        if (!f->locals) {
            Err_Format(Exc_SystemError, "no locals when deleting %R", name);
            goto error;
        }
        f->lasti = (int)(this_instr - first_instr); /* for a finalizer run by the value's release */
        int r;
        if (Dict_CheckExact(f->locals)) {
            r = Dict_Pop(f->locals, name, NULL);
        } else { /* a class body's namespace from __prepare__ */
            r = 1;
            if (Obj_DelItem(f->locals, name) < 0) {
                if (!Err_Matches(Exc_KeyError)) goto error;
                Err_Clear();
                r = 0;
            }
        }
        if (r < 0) goto error;
        if (r == 0) {
            name_error(name);
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_LOCALS) {
        if (!f->locals) {
            Err_SetString(Exc_SystemError, "no locals found");
            goto error;
        }
        PUSH(NEWREF(f->locals));
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        Object *cell = Cell_New(GETLOCAL(oparg));
        if (!cell) goto error;
        SETLOCAL(oparg, cell);
        DISPATCH();
    }
    TARGET(COPY_FREE_VARS) {
        /* Done when the frame was pushed (push_function_frame). */
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        if (!IS_CELL(GETLOCAL(oparg))) goto bad_cell;
        Object *v = ((Cell *)GETLOCAL(oparg))->ref;
        if (!v) {
            Object *name = TUPLE_GET(co->localsplusnames, oparg);
            if (BYTES_DATA(co->localspluskinds)[oparg] & CO_FAST_FREE)
                Err_Format(Exc_NameError, UNBOUNDFREE_ERROR_MSG, name);
            else
                Err_Format(Exc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG, name);
            goto error;
        }
        PUSH(NEWREF(v));
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        if (!IS_CELL(GETLOCAL(oparg))) goto bad_cell;
        Cell *c = (Cell *)GETLOCAL(oparg);
        SETREF(c->ref, POP());
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        if (!IS_CELL(GETLOCAL(oparg))) goto bad_cell;
        Cell *c = (Cell *)GETLOCAL(oparg);
        if (!c->ref) {
            Err_Format(Exc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG, TUPLE_GET(co->localsplusnames, oparg));
            goto error;
        }
        CLEAR(c->ref);
        DISPATCH();
    }
    TARGET(LOAD_FROM_DICT_OR_DEREF) {
        Object *mapping = POP(), *name = TUPLE_GET(co->localsplusnames, oparg), *v = NULL;
        int r = mapping_lookup(mapping, name, &v);
        DECREF(mapping);
        if (r < 0) goto error;
        if (r == 0) {
            if (!IS_CELL(GETLOCAL(oparg))) goto bad_cell;
            v = ((Cell *)GETLOCAL(oparg))->ref;
            if (!v) {
                Err_Format(Exc_NameError, UNBOUNDFREE_ERROR_MSG, name);
                goto error;
            }
            INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FROM_DICT_OR_GLOBALS) {
        Object *mapping = POP(), *name = TUPLE_GET(names, oparg), *v = NULL;
        int r = mapping_lookup(mapping, name, &v);
        DECREF(mapping);
        if (r < 0) goto error;
        if (r == 0 && !(v = load_global(f->globals, f->builtins, name))) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        SKIP_CACHES(LOAD_ATTR);
        Object *owner = TOP(), *name = TUPLE_GET(names, oparg >> 1);
        uint16_t *slot = (uint16_t *)ip - OP_CACHE_LOAD_ATTR + ATTR_CACHE_UNIT - 1;
        AttrCacheEntry *ce = EvalCache_AttrLookup(co, slot, owner);
        Object *v = NULL;
        if (ce) {
            Object *self;
            int kind = load_attr_cached(f, this_instr, ce, owner, name, &v, &self);
            if (kind == ATTR_VALUE) goto attr_done;
            if (kind == ATTR_METHOD) {
                SET_TOP(v);
                PUSH(self); /* owner's reference moves here, or the class's */
                if (self != owner) DECREF(owner);
                DISPATCH();
            }
            if (kind == ATTR_GETTER) {
                /* the getter runs in this loop; its result replaces owner,
                 * whose reference becomes its argument */
                Function *fn = (Function *)v;
                Frame *nf = Frame_PushExact(fn, &owner, 1);
                if (!nf) {
                    DECREF(v);
                    goto error;
                }
                if (fn->closure) copy_closure(nf, fn);
                g_interp->recursion_depth++;
                sp--;
                callee = nf;
                goto enter_callee;
            }
            if (kind == ATTR_ERROR) goto error;
        }
        if (oparg & 1) {
            Object *meth;
            f->lasti = (int)(this_instr - first_instr);
            int r = get_method(owner, name, &meth);
            if (r < 0) goto error;
            /* (an entry that matched stays: its miss was this instance's) */
            if (!ce && (ce = EvalCache_NewAttrEntry(co, slot))) EvalCache_FillAttr(ce, owner, name, true);
            if (r == 1) {
                SET_TOP(meth);
                PUSH(owner); /* the stack's reference moves to the self slot */
            } else {
                SET_TOP(meth);
                DECREF(owner);
                PUSH(OBJ_NULLSLOT);
            }
            DISPATCH();
        }
        /* a getter may ask for the running frame's line (frame.f_lineno) */
        f->lasti = (int)(this_instr - first_instr);
        v = Obj_GetAttr(owner, name);
        if (!v) goto error;
        if (!ce && (ce = EvalCache_NewAttrEntry(co, slot))) EvalCache_FillAttr(ce, owner, name, false);
    attr_done:
        /* v (a new reference) replaces owner; the method form adds an empty self slot */
        SET_TOP(v);
        DECREF(owner);
        if (oparg & 1) PUSH(OBJ_NULLSLOT);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        SKIP_CACHES(STORE_ATTR);
        Object *owner = POP(), *v = POP(), *name = TUPLE_GET(names, oparg);
        uint16_t *slot = (uint16_t *)ip - OP_CACHE_STORE_ATTR + ATTR_CACHE_UNIT - 1;
        AttrCacheEntry *ce = EvalCache_AttrLookup(co, slot, owner);
        f->lasti = (int)(this_instr - first_instr); /* for a finalizer run by an old value's release */
        if (ce && ce->kind == AC_STORE_DICT) {
            /* the value goes into the instance dict (no data descriptor on the type) */
            Object **dp = (Object **)((char *)owner + ce->type->dictoffset);
            Dict *d = (Dict *)*dp;
            if (d && ce->hint < (size_t)d->nentries && d->entries[ce->hint].key == name) {
                /* replace it where the dict holds the name, as the dict's
                 * own insert does (the version changes) */
                Object *old = d->entries[ce->hint].value;
                d->entries[ce->hint].value = v; /* the stack's reference */
                d->version = Dict_NewVersion();
                DECREF(old);
                DECREF(owner);
                DISPATCH();
            }
            if (!d && !(*dp = Dict_NewPresized(ce->type->instance_dict_hint))) goto store_attr_failed;
            ssize_t ix = Dict_SetItemIndex(*dp, name, Str_Hash(name), v); /* names are exact str */
            if (ix >= 0) ce->hint = (uint32_t)ix;
            note_instance_dict_size(ce->type, (Dict *)*dp);
            DECREF(owner);
            DECREF(v);
            if (ix < 0) goto error;
            DISPATCH();
        }
        if (ce && ce->kind == AC_STORE_MEMBER) {
            Object **p = (Object **)((char *)owner + ce->hint);
            Object *old = *p;
            *p = v; /* the stack's reference */
            XDECREF(old);
            DECREF(owner);
            DISPATCH();
        }
        int r = Obj_SetAttr(owner, name, v);
        if (r == 0 && !ce && (ce = EvalCache_NewAttrEntry(co, slot))) EvalCache_FillStoreAttr(ce, owner, name);
        if (r < 0) {
        store_attr_failed:
            DECREF(owner);
            DECREF(v);
            goto error;
        }
        DECREF(owner);
        DECREF(v);
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Object *owner = POP();
        int r = Obj_SetAttr(owner, TUPLE_GET(names, oparg), NULL);
        DECREF(owner);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(LOAD_COMMON_CONSTANT) {
        Object *v;
        switch (oparg) {
        case 0: v = (Object *)Exc_AssertionError; break;
        case 1: v = (Object *)Exc_NotImplementedError; break;
        case 2: v = Dict_GetStr(g_interp->builtins, "tuple"); break;
        case 3: v = Dict_GetStr(g_interp->builtins, "all"); break;
        case 4: v = Dict_GetStr(g_interp->builtins, "any"); break;
        case 5: v = Dict_GetStr(g_interp->builtins, "list"); break;
        case 6: v = Dict_GetStr(g_interp->builtins, "set"); break;
        default: v = NULL;
        }
        if (!v) {
            Err_Format(Exc_SystemError, "bad LOAD_COMMON_CONSTANT %d", oparg);
            goto error;
        }
        PUSH(NEWREF(v));
        DISPATCH();
    }

    TARGET(POP_TOP)
    TARGET(END_FOR)
    TARGET(POP_ITER) {
        Object *v = POP();
        XDECREF(v);
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(OBJ_NULLSLOT);
        DISPATCH();
    }
    TARGET(COPY) {
        Object *v = XNEWREF(PEEK(oparg));
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        Object *t = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = t;
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        SKIP_CACHES(BINARY_OP);
        Object *b = POP(), *a = TOP(), *r;
        if (IS_SMALL(a) && IS_SMALL(b) && (r = binary_op_small(oparg, SMALL_VAL(a), SMALL_VAL(b)))) {
            SET_TOP(r);
            DISPATCH();
        }
        int done = binary_op_fast(oparg, a, b, &r, ip, localsplus);
        if (done > 0) {
            SET_TOP(r);
            DISPATCH();
        }
        if (done == 0) {
            f->lasti = (int)(this_instr - first_instr); /* what runs may warn, or look at the line */
            r = Obj_BinaryOp(a, b, oparg);
        }
        DECREF(b);
        if (!r) goto error;
        DECREF(a);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(BINARY_SLICE) {
        Object *stop = POP(), *start = POP(), *container = TOP();
        Object *r = binary_slice(container, start, stop);
        DECREF(start);
        DECREF(stop);
        if (!r) goto error;
        DECREF(container);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(STORE_SLICE) {
        Object *stop = POP(), *start = POP(), *container = POP(), *v = POP();
        Object *slice = Slice_New(start, stop, NULL);
        DECREF(start);
        DECREF(stop);
        int r = slice ? Obj_SetItem(container, slice, v) : -1;
        XDECREF(slice);
        DECREF(container);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        SKIP_CACHES(STORE_SUBSCR);
        Object *key = POP(), *container = POP(), *v = POP();
        int r = Obj_SetItem(container, key, v);
        DECREF(key);
        DECREF(container);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Object *key = POP(), *container = POP();
        int r = Obj_DelItem(container, key);
        DECREF(key);
        DECREF(container);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        Object *v = TOP(), *r = Obj_Negative(v);
        if (!r) goto error;
        DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        f->lasti = (int)(this_instr - first_instr); /* ~bool warns from this line */
        Object *v = TOP(), *r = Obj_Invert(v);
        if (!r) goto error;
        DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Object *v = TOP();
        int t = Obj_IsTrue(v);
        if (t < 0) goto error;
        DECREF(v);
        SET_TOP(Bool_From(!t));
        DISPATCH();
    }
    TARGET(TO_BOOL) {
        SKIP_CACHES(TO_BOOL);
        Object *v = TOP();
        if (v == OBJ_TRUE || v == OBJ_FALSE) {
            BRANCH_ON_NEXT(v == OBJ_TRUE, 1);
            DISPATCH();
        }
        int t;
        if (v == OBJ_NONE) t = 0; /* the commonest others without a call */
        else if (IS_SMALL(v)) t = SMALL_VAL(v) != 0;
        else if (List_CheckExact(v)) t = LIST_LEN(v) != 0;
        else if ((t = Obj_IsTrue(v)) < 0) goto error;
        DECREF(v);
        BRANCH_ON_NEXT(t != 0, 1);
        SET_TOP(Bool_From(t));
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        SKIP_CACHES(COMPARE_OP);
        Object *b = POP(), *a = TOP(), *r;
        int op = oparg >> 5;
        if (IS_SMALL(a) && IS_SMALL(b)) {
            bool t = Cmp_Holds(SMALL_VAL(a), SMALL_VAL(b), op);
            BRANCH_ON_NEXT(t, 1);
            SET_TOP(Bool_From(t));
            DISPATCH();
        }
        if ((op == CMP_EQ || op == CMP_NE) && Str_CheckExact(a) && Str_CheckExact(b)) {
            bool t = Str_Eq(a, b) == (op == CMP_EQ);
            DECREF(b); /* (strs free nothing else: nothing runs here) */
            DECREF(a);
            BRANCH_ON_NEXT(t, 1);
            SET_TOP(Bool_From(t));
            DISPATCH();
        }
        f->lasti = (int)(this_instr - first_instr); /* what runs may warn, or look at the line */
        r = Obj_RichCompare(a, b, op);
        DECREF(b);
        if (!r) goto error;
        if (oparg & 16) {
            int t = Obj_IsTrue(r);
            DECREF(r);
            if (t < 0) goto error;
            r = Bool_From(t);
        }
        DECREF(a);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(IS_OP) {
        Object *b = POP(), *a = TOP();
        bool res = (a == b) ^ (oparg != 0);
        DECREF(a);
        DECREF(b);
        SET_TOP(Bool_From(res));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        SKIP_CACHES(CONTAINS_OP);
        Object *container = POP(), *item = TOP();
        f->lasti = (int)(this_instr - first_instr); /* what runs may warn, or look at the line */
        int r = Obj_Contains(container, item);
        DECREF(container);
        if (r < 0) goto error;
        DECREF(item);
        SET_TOP(Bool_From(r ^ (oparg != 0)));
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        SKIP_CACHES(POP_JUMP_IF_FALSE);
        Object *v = POP();
        int t = v == OBJ_TRUE ? 1 : v == OBJ_FALSE ? 0 : Obj_IsTrue(v);
        DECREF(v);
        if (t < 0) goto error;
        if (!t) JUMPBY(oparg);
        else SKIP_NOT_TAKEN();
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        SKIP_CACHES(POP_JUMP_IF_TRUE);
        Object *v = POP();
        int t = v == OBJ_TRUE ? 1 : v == OBJ_FALSE ? 0 : Obj_IsTrue(v);
        DECREF(v);
        if (t < 0) goto error;
        if (t) JUMPBY(oparg);
        else SKIP_NOT_TAKEN();
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        SKIP_CACHES(POP_JUMP_IF_NONE);
        Object *v = POP();
        if (v == OBJ_NONE) {
            JUMPBY(oparg);
        } else {
            DECREF(v);
            SKIP_NOT_TAKEN();
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        SKIP_CACHES(POP_JUMP_IF_NOT_NONE);
        Object *v = POP();
        if (v != OBJ_NONE) {
            DECREF(v);
            JUMPBY(oparg);
        } else {
            SKIP_NOT_TAKEN();
        }
        DISPATCH();
    }
    TARGET(JUMP_FORWARD) {
        JUMPBY(oparg);
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
        SKIP_CACHES(JUMP_BACKWARD);
        CHECK_SIGNALS_BEFORE_JUMP(-oparg);
        JUMPBY(-oparg);
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
        JUMPBY(-oparg);
        DISPATCH();
    }

    TARGET(GET_ITER) {
        Object *v = TOP(), *it = Obj_GetIter(v);
        if (!it) goto error;
        DECREF(v);
        SET_TOP(it);
        DISPATCH();
    }
    TARGET(GET_LEN) {
        ssize_t n = Obj_Len(TOP());
        if (n < 0) goto error;
        PUSH(Int_FromI64(n));
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        SKIP_CACHES(FOR_ITER);
        Object *it = TOP();
        if (!GUARD(it && TYPE(it)->iternext)) goto bad_bytecode;
        if (TYPE(it) == &RangeIter_Type) {
            Object *v = RangeIter_NextSmall(it);
            if (v) {
                PUSH(v);
                DISPATCH();
            }
        } else if (TYPE(it) == &ListIter_Type) {
            /* listiter_next without the call and the error check */
            IndexIter *li = (IndexIter *)it;
            if (li->seq && li->index >= 0 && li->index < LIST_LEN(li->seq)) {
                PUSH(NEWREF(LIST_GET(li->seq, li->index++)));
                DISPATCH();
            }
            if (li->seq && li->index >= 0) CLEAR(li->seq); /* the end: the list goes */
            PUSH(OBJ_NULLSLOT);
            JUMPBY(oparg);
            DISPATCH();
        }
        if (TYPE(it) == &Gen_Type && Gen_CanResumeInline(it, OBJ_NONE)) {
            f->inline_op = OP_FOR_ITER;
            f->inline_jump = oparg;
            callee = Gen_ResumeInline(it, NEWREF(OBJ_NONE));
            if (!callee) goto error;
            goto enter_callee;
        }
        Object *next = TYPE(it)->iternext(it);
        if (!next) {
            if (Err_Occurred()) {
                if (!Err_Matches(Exc_StopIteration)) goto error;
                TRACE_EXCEPTION(); /* (a StopIteration raised is seen) */
                Err_Clear();
            }
            /* Exhausted: continue at the END_FOR of the target, which pops
             * the placeholder pushed for it. */
            PUSH(OBJ_NULLSLOT);
            JUMPBY(oparg);
            DISPATCH();
        }
        PUSH(next);
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        Object *t = Tuple_FromArraySteal(sp - oparg, oparg);
        sp -= oparg;
        if (!t) goto error;
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        Object *l = List_FromArraySteal(sp - oparg, oparg);
        sp -= oparg;
        if (!l) goto error;
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        Object *s = Set_New(NULL);
        int err = s ? 0 : -1;
        for (int i = oparg; i > 0; i--) {
            Object *v = PEEK(i);
            if (!err && Set_Add(s, v) < 0) err = -1;
            DECREF(v);
        }
        sp -= oparg;
        if (err) {
            XDECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        Object *d = Dict_New();
        int err = d ? 0 : -1;
        for (int i = oparg; i > 0; i--) {
            Object *k = PEEK(2 * i), *v = PEEK(2 * i - 1);
            if (!err && Dict_SetItem(d, k, v) < 0) err = -1;
            DECREF(k);
            DECREF(v);
        }
        sp -= 2 * oparg;
        if (err) {
            XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Object *step = oparg == 3 ? POP() : NULL;
        Object *stop = POP(), *start = POP();
        Object *s = Slice_New(start, stop, step);
        DECREF(start);
        DECREF(stop);
        XDECREF(step);
        if (!s) goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        Object *empty = Str_Empty();
        Object *pieces = Tuple_FromArraySteal(sp - oparg, oparg);
        sp -= oparg;
        if (!pieces) goto error;
        Object *s = Str_Join(empty, pieces);
        DECREF(pieces);
        if (!s) goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        if (!GUARD(DEPTH_OK(oparg + 1) && List_Check(PEEK(oparg + 1)))) goto bad_bytecode;
        Object *v = POP();
        if (List_AppendSteal(PEEK(oparg), v) < 0) goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        if (!GUARD(DEPTH_OK(oparg + 1) && AnySet_Check(PEEK(oparg + 1)))) goto bad_bytecode;
        Object *v = POP();
        int r = Set_Add(PEEK(oparg), v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        if (!GUARD(DEPTH_OK(oparg + 2) && Dict_Check(PEEK(oparg + 2)))) goto bad_bytecode;
        Object *v = POP(), *k = POP();
        int r = Dict_SetItem(PEEK(oparg), k, v);
        DECREF(k);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        if (!GUARD(DEPTH_OK(oparg + 1) && List_Check(PEEK(oparg + 1)) && TOP())) goto bad_bytecode;
        Object *iterable = POP();
        int r = List_Extend(PEEK(oparg), iterable);
        if (r < 0 && Err_Matches(Exc_TypeError) && !TYPE(iterable)->iter && !TYPE(iterable)->getitem) {
            Err_Clear();
            Err_Format(Exc_TypeError, "Value after * must be an iterable, not %s", TYPE_NAME(iterable));
        }
        DECREF(iterable);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        if (!GUARD(DEPTH_OK(oparg + 1) && AnySet_Check(PEEK(oparg + 1)) && TOP())) goto bad_bytecode;
        Object *iterable = POP();
        int r = Set_Update(PEEK(oparg), iterable);
        DECREF(iterable);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        if (!GUARD(DEPTH_OK(oparg + 1) && Dict_Check(PEEK(oparg + 1)) && TOP())) goto bad_bytecode;
        Object *update = POP();
        int r = Dict_Merge(PEEK(oparg), update, 1);
        if (r < 0 && Err_Matches(Exc_AttributeError)) {
            Err_Clear();
            Err_Format(Exc_TypeError, "'%s' object is not a mapping", TYPE_NAME(update));
        }
        DECREF(update);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        if (!GUARD(DEPTH_OK(oparg + 4) && Dict_Check(PEEK(oparg + 1)) && TOP())) goto bad_bytecode;
        Object *update = POP();
        int r = Dict_Merge(PEEK(oparg), update, 2);
        if (r < 0) {
            /* stack: callable, self_or_null, positional tuple, the dict */
            Object *func = PEEK(oparg + 3);
            if (Err_Matches(Exc_AttributeError) || (Err_Matches(Exc_TypeError) && !Dict_Check(update) &&
                                                    !Obj_HasAttrC(update, "keys"))) {
                Err_Clear();
                Object *fname = function_str(func);
                if (fname)
                    Err_Format(Exc_TypeError, "%U argument after ** must be a mapping, not %s", fname,
                               TYPE_NAME(update));
                XDECREF(fname);
            } else if (Err_Matches(Exc_KeyError)) {
                Object *e = Err_Fetch();
                Object *args = ((BaseExc *)e)->args;
                Object *fname = function_str(func);
                if (!fname) {
                    /* keep the error function_str raised */
                } else if (TUPLE_LEN(args) == 1)
                    Err_Format(Exc_TypeError, "%U got multiple values for keyword argument '%S'", fname,
                               TUPLE_GET(args, 0));
                else
                    Err_Restore(NEWREF(e));
                XDECREF(fname);
                DECREF(e);
            }
        }
        DECREF(update);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        SKIP_CACHES(UNPACK_SEQUENCE);
        Object *seq = POP();
        if ((Tuple_CheckExact(seq) || List_CheckExact(seq))) {
            ssize_t n = Tuple_CheckExact(seq) ? TUPLE_LEN(seq) : LIST_LEN(seq);
            Object **items = Tuple_CheckExact(seq) ? TUPLE_ITEMS(seq) : LIST_ITEMS(seq);
            if (n == oparg) {
                for (ssize_t i = n - 1; i >= 0; i--) PUSH(NEWREF(items[i]));
                DECREF(seq);
                DISPATCH();
            }
        }
        Object *tmp[16];
        Object **out = oparg <= 16 ? tmp : malloc(sizeof(Object *) * (size_t)oparg);
        if (!out) { DECREF(seq); Err_NoMemory(); goto error; }
        int r = unpack_iterable(seq, oparg, -1, out);
        DECREF(seq);
        if (r == 0)
            for (int i = oparg - 1; i >= 0; i--) PUSH(out[i]);
        if (out != tmp) free(out);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        int before = oparg & 0xff, after = oparg >> 8, total = before + 1 + after;
        Object *seq = POP();
        Object **out = malloc(sizeof(Object *) * (size_t)total);
        if (!out) { DECREF(seq); Err_NoMemory(); goto error; }
        int r = unpack_iterable(seq, before, after, out);
        DECREF(seq);
        if (r == 0)
            for (int i = total - 1; i >= 0; i--) PUSH(out[i]);
        free(out);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(CONVERT_VALUE) {
        Object *v = TOP(), *r;
        switch (oparg) {
        case 1: r = Obj_Str(v); break;
        case 2: r = Obj_Repr(v); break;
        case 3: r = Obj_ASCII(v); break;
        default: Err_SetString(Exc_SystemError, "bad conversion"); r = NULL;
        }
        if (!r) goto error;
        DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(FORMAT_SIMPLE) {
        Object *v = TOP();
        if (Str_CheckExact(v)) DISPATCH();
        f->lasti = (int)(this_instr - first_instr); /* what runs may warn, or look at the line */
        Object *r = format_value(v, NULL);
        if (!r) goto error;
        DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(FORMAT_WITH_SPEC) {
        Object *spec = POP(), *v = TOP();
        f->lasti = (int)(this_instr - first_instr); /* what runs may warn, or look at the line */
        Object *r = format_value(v, spec);
        DECREF(spec);
        if (!r) goto error;
        DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        Object *code = TOP();
        if (!GUARD(code && TYPE(code) == &Code_Type)) goto bad_bytecode;
        Object *fn = Function_New((Code *)code, f->globals);
        if (!fn) goto error;
        DECREF(code);
        SET_TOP(fn);
        DISPATCH();
    }
    TARGET(SET_FUNCTION_ATTRIBUTE) {
        if (!GUARD(TOP() && TYPE(TOP()) == &Function_Type && SECOND())) goto bad_bytecode;
        Function *fn = (Function *)TOP();
        Object *attr = SECOND();
        /* the compiler's shapes, which the call machinery relies on */
        bool shape_ok = oparg == 1 || oparg == 8 ? Tuple_Check(attr)
                      : oparg == 2             ? Dict_Check(attr)
                      : oparg == 4             ? Tuple_Check(attr) || Dict_Check(attr)
                                               : true;
        if (!GUARD(shape_ok)) goto bad_bytecode;
        sp--;
        switch (oparg) {
        case 1: SETREF(fn->defaults, attr); break;
        case 2: SETREF(fn->kwdefaults, attr); break;
        case 4: SETREF(fn->annotations, attr); break;
        case 8: SETREF(fn->closure, attr); break;
        case 16: SET_TOP((Object *)fn); /* (the stack is whole for an error) */
            if (Function_SetAnnotate(fn, attr) < 0) goto error;
            break;
        default: SETREF(fn->typeparams, attr); break;
        }
        SET_TOP((Object *)fn);
        DISPATCH();
    }

    TARGET(CALL_INTRINSIC_1) {
        Object *v = TOP(), *r;
        /* INTRINSIC_STOPITERATION_ERROR chains the exception it is given as a
         * cause; INTRINSIC_LIST_TO_TUPLE reads a list's items */
        if ((oparg == 3 && !GUARD(Exc_Check(v))) || (oparg == 6 && !GUARD(List_Check(v)))) goto bad_bytecode;
        if (oparg == 2) { /* INTRINSIC_IMPORT_STAR */
            SAVE_FRAME_STATE();
            r = import_star(f, v);
        } else if (oparg == 3) {
            r = stopiteration_error(co, v);
        } else {
            r = call_intrinsic1(oparg, v);
        }
        if (!r) goto error;
        DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(CALL_INTRINSIC_2) {
        Object *v1 = TOP(), *v2 = SECOND(), *r;
        if (oparg == 1) { /* INTRINSIC_PREP_RERAISE_STAR */
            r = ExcGroup_PrepReraiseStar(v2, v1);
        } else if (oparg >= 2 && oparg <= 5) {
            r = Typing_Intrinsic2(oparg, v2, v1);
        } else {
            Err_Format(Exc_SystemError, "intrinsic function %d is not supported yet", oparg);
            r = NULL;
        }
        if (!r) goto error;
        sp--;
        DECREF(v1);
        DECREF(v2);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        Object *type = TOP(), *exc = SECOND();
        if (ExcGroup_CheckStarType(type) < 0) goto error;
        Object *match = NULL, *rest = NULL;
        if (ExcGroup_Match(exc, type, co, (int)(this_instr - first_instr), &match, &rest) < 0) goto error;
        DECREF(type);
        DECREF(exc);
        SECOND() = rest ? rest : NEWREF(OBJ_NONE);
        SET_TOP(match ? match : NEWREF(OBJ_NONE));
        if (match) {
            Object **slot = &g_interp->exc_stack[g_interp->exc_depth - 1];
            SETREF(*slot, NEWREF(match));
        }
        DISPATCH();
    }

    TARGET(CALL) {
        SKIP_CACHES(CALL);
        Object *kwnames = NULL;
        if (0) {
    call_kw_entry:
            kwnames = POP();
            if (!GUARD(kwnames_ok(kwnames, oparg))) {
                DECREF(kwnames);
                goto bad_bytecode;
            }
        }
        /* stack: callable, self_or_null, oparg arguments (the last
         * len(kwnames) of them keyword values) */
        Object **base = sp - oparg - 2;
        Object *callable = base[0];
        if (base[1] == OBJ_NULLSLOT && TYPE(callable) == &Method_Type) {
            Method *m = (Method *)callable;
            base[1] = NEWREF(m->self);
            base[0] = NEWREF(m->func);
            DECREF(callable);
            callable = base[0];
        }
        Object **args = base[1] != OBJ_NULLSLOT ? base + 1 : base + 2;
        size_t total = (size_t)(sp - args);
        size_t npos = total - (size_t)(kwnames ? TUPLE_LEN(kwnames) : 0);
        if (TYPE(callable) == &Function_Type) {
            Function *fn = (Function *)callable;
            if (fn->code->fast_nargs == (int)total && !kwnames &&
                g_interp->recursion_depth < g_interp->recursion_limit) {
                /* the common call: exactly the positional parameters.  The
                 * stack's references move into the frame: the arguments
                 * become its variables, the callable its func (the self
                 * slot holds the first argument or the immortal NULLSLOT). */
                if (fn->code->gen_start) {
                    /* a generator function: the generator is made without
                     * running the frame up to RETURN_GENERATOR */
                    SAVE_FRAME_STATE();
                    Object *gen = Gen_NewFromCall(fn, args, (int)total);
                    while (sp > base) {
                        Object *v = POP();
                        DECREF(v);
                    }
                    if (!gen) goto error;
                    PUSH(gen);
                    DISPATCH();
                }
                Frame *nf = Frame_PushExact(fn, args, (int)total);
                if (!nf) goto error;
                if (fn->closure) copy_closure(nf, fn);
                g_interp->recursion_depth++;
                sp = base;
                callee = nf;
                goto enter_callee;
            }
            callee = push_function_frame(fn, args, npos, kwnames);
            /* The callee holds its own references now: release the stack's. */
            while (sp > base) {
                Object *v = POP();
                XDECREF(v);
            }
            XDECREF(kwnames);
            if (!callee) goto error;
            goto enter_callee;
        }
        if (TYPE(callable) == &Type_Type && !kwnames && base[1] == OBJ_NULLSLOT &&
            ((Type *)callable)->init == Slots_CallInit) { /* a class with __init__ (not range(), int(), ...) */
            SAVE_FRAME_STATE();
            int r = call_init_inline(base, total, &callee);
            if (r < 0) goto error;
            if (r > 0) {
                sp = base + 1;
                goto enter_callee;
            }
        }
        if (!EVAL_TRACING && TYPE(callable) == &MethodDescr_Type && !kwnames &&
            call_is_inline_send(callable, base, total)) {
            /* gen.send(v) resumes the generator in this loop, as SEND does.
             * The generator stays on the stack in the call's place: a value
             * it yields replaces it; its return raises StopIteration here. */
            DECREF(callable);
            base[0] = args[0];
            sp = base + 1;
            f->inline_op = OP_CALL;
            f->inline_jump = 0;
            callee = Gen_ResumeInline(base[0], args[1]); /* the value's reference moves */
            if (!callee) goto error;
            goto enter_callee;
        }
        SAVE_FRAME_STATE();
        Object *r = CALL_C(callable, args, npos, kwnames);
        while (sp > base) {
            Object *v = POP();
            XDECREF(v);
        }
        XDECREF(kwnames);
        if (!r) goto error;
        PUSH(r);
        /* a safe point after a call that did not run here (a built-in, a
         * class), as in CPython: a signal that came during a long C call
         * raises at the call */
        CHECK_SIGNALS();
        DISPATCH();
    }
    TARGET(CALL_KW) {
        SKIP_CACHES(CALL_KW);
        goto call_kw_entry;
    }
    TARGET(CALL_FUNCTION_EX) {
        Object *kwargs = POP(), *callargs = POP(), *self = POP(), *func = TOP();
        SAVE_FRAME_STATE();
        Object *r = call_function_ex(func, self == OBJ_NULLSLOT ? NULL : self, callargs,
                                     kwargs == OBJ_NULLSLOT ? NULL : kwargs);
        if (!r) goto error;
        DECREF(func);
        SET_TOP(r);
        CHECK_SIGNALS();
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        TRACE_RETURN();
        goto return_from_frame;
    }

    TARGET(IMPORT_NAME) {
        Object *fromlist = POP(), *level = TOP();
        SAVE_FRAME_STATE();
        Object *m = Import_ImportName(TUPLE_GET(names, oparg), f->globals, fromlist, level);
        DECREF(fromlist);
        if (!m) goto error;
        DECREF(level);
        SET_TOP(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SAVE_FRAME_STATE();
        Object *v = Import_ImportFrom(TOP(), TUPLE_GET(names, oparg));
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        Object *cause = NULL, *exc = NULL;
        switch (oparg) {
        case 2: cause = POP(); /* fall through */
        case 1: exc = POP(); /* fall through */
        case 0: break;
        default:
            Err_SetString(Exc_SystemError, "bad RAISE_VARARGS oparg");
            goto error;
        }
        if (!exc) {
            Object *cur = NULL;
            for (size_t k = g_interp->exc_depth; k > 0 && !cur; k--) cur = g_interp->exc_stack[k - 1];
            if (!cur || cur == OBJ_NONE) {
                Err_SetString(Exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            Err_Restore(NEWREF(cur));
            goto exception_unwind;
        }
        do_raise(exc, cause);
        DECREF(exc);
        XDECREF(cause);
        goto error;
    }
    TARGET(RERAISE) {
        if (!GUARD(TOP() && Exc_Check(TOP()))) goto bad_bytecode;
        Object *exc = POP();
        if (oparg && DEPTH_OK(oparg)) {
            /* where the exception was raised first (an instruction of this code) */
            Object *lasti = PEEK(oparg);
            if (IS_SMALL(lasti) && SMALL_VAL(lasti) >= 0 && SMALL_VAL(lasti) < co->ninstrs)
                f->lasti = (int)SMALL_VAL(lasti);
        }
        Err_Restore(exc);
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        /* the exception becomes the one being handled (sys.exception(), the
         * context of new ones): it must be one */
        Object *exc = TOP();
        if (!GUARD(Exc_Check(exc))) goto bad_bytecode;
        Object **slot = &g_interp->exc_stack[g_interp->exc_depth - 1];
        Object *prev = *slot ? *slot : NEWREF(OBJ_NONE);
        *slot = NEWREF(exc);
        SET_TOP(prev);
        PUSH(exc);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        /* the exception handled before, or None (PUSH_EXC_INFO's) */
        if (!GUARD(TOP() == OBJ_NONE || Exc_Check(TOP()))) goto bad_bytecode;
        Object *prev = POP();
        Object **slot = &g_interp->exc_stack[g_interp->exc_depth - 1];
        Object *old = *slot;
        if (prev == OBJ_NONE) {
            *slot = NULL;
            DECREF(prev);
        } else {
            *slot = prev;
        }
        XDECREF(old);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        Object *type = TOP(), *exc = SECOND();
        if (!GUARD(type && exc)) goto bad_bytecode;
        if (check_except_type(type) < 0) goto error;
        bool m = Err_GivenMatches(exc, type);
        DECREF(type);
        SET_TOP(Bool_From(m));
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        /* stack: exit_func, exit_self, lasti, prev_exc, val */
        Object *val = TOP(), *exit_self = PEEK(4), *exit_func = PEEK(5);
        if (!GUARD(val && Exc_Check(val) && exit_func)) goto bad_bytecode;
        Object *tb = EXC_TRACEBACK(val) ? EXC_TRACEBACK(val) : OBJ_NONE;
        Object *args[4] = {exit_self, (Object *)TYPE(val), val, tb};
        SAVE_FRAME_STATE();
        Object *r = exit_self != OBJ_NULLSLOT ? Obj_Call(exit_func, args, 4, NULL) : Obj_Call(exit_func, args + 1, 3, NULL);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(LOAD_SPECIAL) {
        static const char *const special[] = {"__enter__", "__exit__", "__aenter__", "__aexit__"};
        Object *owner = TOP(), *meth;
        if (oparg > 3) {
            Err_SetString(Exc_SystemError, "bad LOAD_SPECIAL oparg");
            goto error;
        }
        Object *name = Str_InternC(special[oparg]);
        Object *descr = Type_Lookup(TYPE(owner), name);
        if (!descr) {
            special_method_error(owner, oparg, special[oparg]);
            goto error;
        }
        if (TYPE(descr) == &Function_Type || TYPE(descr) == &MethodDescr_Type) {
            SET_TOP(NEWREF(descr));
            PUSH(owner);
        } else {
            meth = TYPE(descr)->descr_get ? TYPE(descr)->descr_get(descr, owner, TYPE(owner)) : NEWREF(descr);
            if (!meth) goto error;
            SET_TOP(meth);
            DECREF(owner);
            PUSH(OBJ_NULLSLOT);
        }
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (!f->locals) {
            Err_SetString(Exc_SystemError, "no locals found when setting up annotations");
            goto error;
        }
        if (Dict_Check(f->locals) && !Dict_GetStr(f->locals, "__annotations__")) {
            Object *d = Dict_New();
            if (!d) goto error;
            int r = Dict_SetStr(f->locals, "__annotations__", d);
            DECREF(d);
            if (r < 0) goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_SUPER_ATTR) {
        SKIP_CACHES(LOAD_SUPER_ATTR);
        Object *self = POP(), *cls = POP(), *global_super = POP(), *attr = NULL;
        uint16_t *slot = (uint16_t *)ip - OP_CACHE_LOAD_SUPER_ATTR + SUPER_CACHE_UNIT - 1;
        int r = 0;
        if (global_super == (Object *)&Super_Type && Type_Check(cls)) {
            Object *func = oparg & 1 ? EvalCache_SuperMethod(co, slot, (Type *)cls, TYPE(self)) : NULL;
            if (func) {
                attr = NEWREF(func);
                r = 2;
            } else {
                r = super_attr_fast(co, slot, (Type *)cls, self, TUPLE_GET(names, oparg >> 2), oparg & 1, &attr);
            }
        }
        if (r == 0) {
            /* a real super object */
            Object *stack[2] = {cls, self};
            SAVE_FRAME_STATE();
            Object *sup = Obj_Call(global_super, stack, (size_t)(oparg & 2), NULL);
            attr = sup ? Obj_GetAttr(sup, TUPLE_GET(names, oparg >> 2)) : NULL;
            XDECREF(sup);
            r = attr ? 1 : -1;
        }
        DECREF(cls);
        DECREF(global_super);
        if (r < 0) {
            DECREF(self);
            goto error;
        }
        PUSH(attr);
        if (r == 2) {
            PUSH(self); /* unbound method + self */
        } else {
            DECREF(self);
            if (oparg & 1) PUSH(OBJ_NULLSLOT);
        }
        DISPATCH();
    }
    TARGET(RETURN_GENERATOR) {
        if (!GUARD(!f->gen)) goto bad_bytecode; /* a generator's frame is on the heap already */
        Object *gen = Gen_NewFromFrame(f, sp, ip);
        if (!gen) goto error;
        sp = f->sp;
        retval = gen;
        goto return_from_frame;
    }
    TARGET(YIELD_VALUE) {
        if (!GUARD(f->gen)) goto bad_bytecode;
        retval = POP();
        TRACE_RETURN();
        /* the generator resumes after the RESUME that follows (a no-op here;
         * the verifier let no RESUME end the code) */
        f->ip = ip + ((*ip & 0xff) == OP_RESUME);
        f->sp = sp;
        f->lasti = (int)(this_instr - first_instr);
        f->yielded = true;
        g_interp->recursion_depth--;
        if (f->is_entry) {
            g_interp->frame = f->prev;
            return retval;
        }
        /* a generator resumed inline: its resumer continues after its SEND
         * or FOR_ITER with the value */
        Gen_YieldedInline(f->gen);
        f = f->prev;
        g_interp->frame = f;
        LOAD_FRAME_STATE();
        this_instr = first_instr + f->lasti;
        if (f->inline_op == OP_CALL) {
            Object *gen = TOP(); /* gen.send(): the value is the call's result */
            SET_TOP(retval);
            DECREF(gen);
        } else {
            PUSH(retval);
        }
        retval = NULL;
        DISPATCH();
    }
    TARGET(SEND) {
        SKIP_CACHES(SEND);
        Object *v = TOP(), *receiver = SECOND(), *r;
        if (Gen_CheckAny(receiver) && Gen_CanResumeInline(receiver, v)) {
            sp--; /* v moves to the generator's stack */
            f->inline_op = OP_SEND;
            f->inline_jump = oparg;
            callee = Gen_ResumeInline(receiver, v);
            if (!callee) goto error;
            goto enter_callee;
        }
        SAVE_FRAME_STATE();
        int st = EVAL_TRACING ? Trace_Send(receiver, v, &r) : Gen_SendAny(receiver, v, &r);
        if (st < 0) goto error;
        DECREF(v);
        SET_TOP(r);
        if (st == 0) JUMPBY(oparg);
        DISPATCH();
    }
    TARGET(END_SEND) {
        Object *v = POP();
        DECREF(TOP());
        SET_TOP(v);
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Object *v = TOP();
        if (TYPE(v) == &Coro_Type) {
            if (!(co->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
                Err_SetString(Exc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
            DISPATCH();
        }
        if (TYPE(v) == &Gen_Type) DISPATCH();
        Object *it = Obj_GetIter(v);
        if (!it) goto error;
        DECREF(v);
        SET_TOP(it);
        DISPATCH();
    }
    TARGET(CLEANUP_THROW) {
        /* stack: sub_iter, last_sent_value, exc */
        Object *exc = TOP();
        if (!GUARD(Exc_Check(exc))) goto bad_bytecode;
        if (!Err_GivenMatches(exc, (Object *)Exc_StopIteration)) {
            sp--;
            Err_Restore(exc);
            goto exception_unwind;
        }
        Object *value = Exc_StopIterationValue(exc);
        value = NEWREF(value ? value : OBJ_NONE);
        Object *e = POP(), *last = POP(), *sub = POP();
        DECREF(e);
        DECREF(last);
        DECREF(sub);
        PUSH(NEWREF(OBJ_NONE));
        PUSH(value);
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        Object *v = TOP();
        Object *aw = Gen_GetAwaitable(v, oparg);
        if (!aw) goto error;
        DECREF(v);
        SET_TOP(aw);
        DISPATCH();
    }
    TARGET(GET_AITER) {
        Object *obj = TOP();
        Object *meth = Type_Lookup(TYPE(obj), ID(__aiter__));
        if (!meth) {
            Err_Format(Exc_TypeError, "'async for' requires an object with __aiter__ method, got %s", TYPE_NAME(obj));
            goto error;
        }
        Object *it = Obj_CallMethod(obj, ID(__aiter__), NULL, 0);
        if (!it) goto error;
        if (!Type_Lookup(TYPE(it), ID(__anext__))) {
            Err_Format(Exc_TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                       TYPE_NAME(it));
            DECREF(it);
            goto error;
        }
        DECREF(obj);
        SET_TOP(it);
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        Object *aiter = TOP();
        Object *meth = Type_Lookup(TYPE(aiter), ID(__anext__));
        if (!meth) {
            Err_Format(Exc_TypeError, "'async for' requires an iterator with __anext__ method, got %s", TYPE_NAME(aiter));
            goto error;
        }
        Object *next = Obj_CallMethod(aiter, ID(__anext__), NULL, 0);
        if (!next) goto error;
        Object *aw = Gen_GetAwaitable(next, 0);
        if (!aw) {
            if (Err_Matches(Exc_TypeError)) {
                Err_Clear();
                Err_Format(Exc_TypeError, "'async for' received an invalid object from __anext__: %s", TYPE_NAME(next));
            }
            DECREF(next);
            goto error;
        }
        DECREF(next);
        PUSH(aw);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        Object *exc = TOP();
        if (!GUARD(Exc_Check(exc))) goto bad_bytecode;
        if (!Err_GivenMatches(exc, (Object *)Exc_StopAsyncIteration)) {
            sp--;
            Err_Restore(exc);
            goto exception_unwind;
        }
        DECREF(POP());
        DECREF(POP());
        DISPATCH();
    }
    TARGET(BUILD_INTERPOLATION) {
        Object *spec = (oparg & 1) ? POP() : NULL;
        Object *expr = POP(), *value = TOP();
        Object *r = Interpolation_New(value, expr, oparg >> 2, spec);
        XDECREF(spec);
        DECREF(expr);
        if (!r) goto error;
        DECREF(value);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(BUILD_TEMPLATE) {
        Object *interps = POP(), *strings = TOP();
        Object *r = Template_New(strings, interps);
        DECREF(interps);
        if (!r) goto error;
        DECREF(strings);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        bool m = is_match_mapping(TOP());
        PUSH(Bool_From(m));
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        bool m = is_match_sequence(TOP());
        PUSH(Bool_From(m));
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        if (!GUARD(Tuple_Check(TOP()))) goto bad_bytecode; /* the compiler's tuple of keys */
        Object *r = match_keys(SECOND(), TOP());
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        if (!GUARD(is_tuple_of_str(TOP()))) goto bad_bytecode; /* the keyword attribute names */
        Object *attrs = POP(), *type = POP(), *subject = TOP();
        SAVE_FRAME_STATE();
        Object *r = match_class(subject, type, oparg, attrs);
        DECREF(attrs);
        DECREF(type);
        if (!r) goto error;
        DECREF(subject);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Object *bc = builtins_item(f->builtins, ID(__build_class__));
        if (!bc) {
            if (!Err_Occurred()) Err_SetString(Exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }

#ifndef USE_COMPUTED_GOTOS
    default:
        goto unknown_opcode;
    }
#endif

enter_callee:
    /* continue in the callee's frame; RETURN_VALUE comes back to this one */
    SAVE_FRAME_STATE();
    callee->prev = f;
    f = callee;
    g_interp->frame = f;
    LOAD_FRAME_STATE();
    TRACE_FRAME_START();
    ENTRY_SAFE_POINT();
    DISPATCH();

unbound_local:
    Err_Format(Exc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG, TUPLE_GET(co->localsplusnames, oparg));
    goto error;

bad_cell:
bad_bytecode:
    /* Bytecode the compiler never writes: the verifier cannot rule out every
     * such type confusion, so the loop refuses it here instead of crashing. */
    Err_Format(Exc_SystemError, "%U:%d: invalid bytecode (opcode %d)", co->filename,
               Code_Line(co, (int)(this_instr - first_instr)), instr_opcode(this_instr));
    goto error;

unknown_opcode:
    Err_Format(Exc_SystemError, "%U:%d: unknown or unsupported opcode %d", co->filename,
               Code_Line(co, (int)(this_instr - first_instr)), instr_opcode(this_instr));
    goto error;

#ifdef CIPY_FUZZ
fuzz_budget_spent:
    fuzz_interrupt();
    goto error;
#endif

error:
    /* Record this frame in the traceback, then look for a handler. */
    f->lasti = (int)(this_instr - first_instr);
    {
        Object *exc = Err_Peek();
        if (exc) Tb_Add(exc, co, f->lasti);
    }
    TRACE_EXCEPTION();
exception_unwind: {
        int handler, depth;
        bool push_lasti;
        int at = (int)(this_instr - first_instr);
        if (!FUZZ_BUDGET_SPENT() && Code_FindHandler(co, at, &handler, &depth, &push_lasti)) {
            Object **base = FRAME_STACK_BASE(f);
            while (sp > base + depth) {
                Object *v = POP();
                XDECREF(v);
            }
            /* Only hostile bytecode gets here with fewer items than the
             * handler's depth (the verifier checks handler depths against
             * net stack effects, but an instruction may have popped more
             * before failing): the missing items read as NULL. */
            while (sp < base + depth) PUSH(OBJ_NULLSLOT);
            if (push_lasti) PUSH(SMALL_FROM(f->lasti));
            Object *exc = Err_Fetch();
            PUSH(exc);
            ip = first_instr + handler;
            DISPATCH();
        }
        /* No handler here: leave the frame and continue in the caller. */
        TRACE_UNWIND();
        f->sp = sp;
        Frame *prev = f->prev;
        bool was_entry = f->is_entry;
        g_interp->recursion_depth--;
        /* the caller is the running frame while this one's variables go (a
         * finalizer reporting an error shows the caller's line) */
        g_interp->frame = prev;
        Object *gen = f->gen;
        leave_frame(f);
        if (was_entry) return NULL;
        if (gen) Gen_FinishedInline(gen, true);
        f = prev;
        g_interp->frame = f;
        LOAD_FRAME_STATE();
        this_instr = first_instr + f->lasti;
        goto error;
    }

return_from_frame: {
        if (GUARD(!f->is_entry && !f->slow_return && !f->gen && !f->frameobj && sp == FRAME_STACK_BASE(f))) {
            /* The common return, from a function frame that nothing else can
             * see (no frame object, not a generator's): its variables go
             * without the general frame_clear, and it comes off the VM stack.
             * (Frames without a function, or with a locals mapping, are
             * entry frames: Eval_Code, Eval_ClassBody.) */
            Frame *prev = f->prev;
            bool init = f->is_init;
            g_interp->recursion_depth--;
            g_interp->frame = prev; /* the caller runs while f's variables go */
            int n = co->nlocalsplus;
            for (int i = 0; i < n; i++) {
                Object *v = localsplus[i];
                if (v) DECREF(v);
            }
            DECREF((Object *)f->func); /* may free the code: co is not used below */
            g_interp->vm_top = (char *)f;
            f = prev;
            LOAD_FRAME_STATE();
            this_instr = first_instr + f->lasti;
            if (init) goto init_returned;
            PUSH(retval);
            retval = NULL;
            DISPATCH();
        }
        f->sp = sp;
        f->lasti = (int)(this_instr - first_instr);
        Frame *prev = f->prev;
        bool was_entry = f->is_entry, init = f->is_init;
        g_interp->recursion_depth--;
        g_interp->frame = prev; /* as above: the caller runs while f's variables go */
        Object *gen = f->gen;
        leave_frame(f);
        if (was_entry) return retval;
        f = prev;
        g_interp->frame = f;
        LOAD_FRAME_STATE();
        this_instr = first_instr + f->lasti;
        if (gen) {
            /* a generator resumed inline finished: its resumer goes on as
             * its SEND or FOR_ITER does when the generator ends */
            Gen_FinishedInline(gen, false);
#ifdef EVAL_TRACED
            /* (FOR_ITER sees a StopIteration only for a value) */
            if (f->inline_op == OP_SEND || (f->inline_op == OP_FOR_ITER && retval != OBJ_NONE)) {
                bool stop_error = false;
                TRACE_STOP_ITERATION(retval);
                if (stop_error) {
                    DECREF(retval);
                    retval = NULL;
                    goto error;
                }
            }
#endif
            if (f->inline_op == OP_FOR_ITER) {
                DECREF(retval);
                retval = OBJ_NULLSLOT; /* the placeholder END_FOR pops */
            } else if (f->inline_op == OP_CALL) {
                /* gen.send() saw the generator return */
                DECREF(POP());
                Gen_SetStopIteration(retval);
                DECREF(retval);
                retval = NULL;
                goto error;
            }
            JUMPBY(f->inline_jump);
        }
        if (init) goto init_returned;
        PUSH(retval);
        retval = NULL;
        DISPATCH();
    }

#ifndef EVAL_TRACED
hand_over_EVAL_CONTINUE:
    SAVE_FRAME_STATE();
    return Eval_Traced(f, EVAL_CONTINUE);
hand_over_EVAL_ENTER:
    return Eval_Traced(f, EVAL_ENTER);
#endif

init_returned:
    /* an __init__ run inline returned to the class call: the instance is
     * already on the stack as the call's result */
    if (retval != OBJ_NONE) {
        Err_Format(Exc_TypeError, "__init__() should return None, not '%s'", TYPE_NAME(retval));
        DECREF(retval);
        retval = NULL;
        goto error;
    }
    retval = NULL;
    DISPATCH();
}
