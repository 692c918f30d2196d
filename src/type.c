/* `type`: readying built-in types, calling a type to construct an instance,
 * and attribute access on type objects. */
#include "abstract.h"
#include "class.h"
#include "object.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/typing.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "slots.h"
#include <stdlib.h>
#include <string.h>

static const MethodDef tp_new_def;

/* Copies every NULL slot of t from its base. */
void Type_InheritSlots(Type *t, Type *b) {
#define INHERIT(f) if (!t->f) t->f = b->f
    INHERIT(dealloc); INHERIT(repr); INHERIT(str);
    if (!t->hash && !t->richcompare) { t->hash = b->hash; t->richcompare = b->richcompare; }
    INHERIT(getattr); INHERIT(setattr); INHERIT(call); INHERIT(iter); INHERIT(iternext);
    INHERIT(descr_get); INHERIT(descr_set);
    for (int i = 0; i < NB_COUNT; i++) { INHERIT(nb[i]); INHERIT(nb_inplace[i]); }
    INHERIT(nb_negative); INHERIT(nb_positive); INHERIT(nb_invert); INHERIT(nb_absolute);
    INHERIT(nb_int); INHERIT(nb_float); INHERIT(nb_index); INHERIT(nb_power3); INHERIT(nb_bool);
    INHERIT(sq_concat); INHERIT(sq_inplace_concat); INHERIT(sq_repeat); INHERIT(sq_inplace_repeat);
    INHERIT(len); INHERIT(getitem); INHERIT(setitem); INHERIT(contains);
    INHERIT(traverse); INHERIT(clear); INHERIT(new_); INHERIT(init);
    INHERIT(as_buffer);
#undef INHERIT
    if (!t->basicsize) t->basicsize = b->basicsize;
    if (!t->dictoffset) t->dictoffset = b->dictoffset;
    t->flags |= b->flags & (TPFLAG_INT_SUBCLASS | TPFLAG_LIST_SUBCLASS | TPFLAG_TUPLE_SUBCLASS |
                            TPFLAG_BYTES_SUBCLASS | TPFLAG_STR_SUBCLASS | TPFLAG_DICT_SUBCLASS |
                            TPFLAG_EXC_SUBCLASS | TPFLAG_TYPE_SUBCLASS | TPFLAG_GC | TPFLAG_WEAKREF);
}

static int add_methods(Type *t) {
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Object *d;
        if (m->flags & (METH_CLASS | METH_STATIC)) {
            /* classmethods bind to the type on access; staticmethods to nothing */
            d = MethodDescr_New(t, m);
        } else {
            d = MethodDescr_New(t, m);
        }
        if (!d) return -1;
        int r = Dict_SetStr(t->dict, m->name, d);
        DECREF(d);
        if (r < 0) return -1;
    }
    for (const GetSetDef *g = t->getset; g && g->name; g++) {
        Object *d = GetSetDescr_New(t, g);
        if (!d) return -1;
        int r = Dict_SetStr(t->dict, g->name, d);
        DECREF(d);
        if (r < 0) return -1;
    }
    return 0;
}

int Type_Ready(Type *t) {
    if (t->flags & TPFLAG_READY) return 0;
    if (t != &Object_Type && !t->base) t->base = &Object_Type;
    if (t->base && Type_Ready(t->base) < 0) return -1;
    Type own = *t; /* the slots t defines itself, before inheritance */
    if (t->base) Type_InheritSlots(t, t->base);
    /* A built-in type directly below object without a constructor of its own
     * cannot be instantiated, as in CPython: object's would leave its fields
     * empty (type(iter([]))() made an iterator over no list). */
    if (!own.new_ && t->base == &Object_Type) t->new_ = NULL;
    if (t == &Type_Type || (t->base && (t->base->flags & TPFLAG_TYPE_SUBCLASS))) t->flags |= TPFLAG_TYPE_SUBCLASS;
    /* "_io.TextIOWrapper": __name__ after the last dot, __module__ before it */
    const char *dot = strrchr(t->name, '.');
    if (!t->name_obj && !(t->name_obj = Str_InternC(dot ? dot + 1 : t->name))) return -1;
    if (!t->qualname) t->qualname = NEWREF(t->name_obj);
    if (!t->module && !(t->module = dot ? Str_FromUTF8(t->name, dot - t->name) : Str_InternC("builtins"))) return -1;
    if (!t->dict && !(t->dict = Dict_New())) return -1;
    if (add_methods(t) < 0) return -1;
    if (Slots_AddWrappers(t, &own) < 0) return -1;
    if (own.hash == Obj_HashNotImplemented && Dict_SetStr(t->dict, "__hash__", OBJ_NONE) < 0) return -1;
    if (own.new_ && !Dict_GetStr(t->dict, "__new__")) {
        Object *w = BuiltinFunction_New(&tp_new_def, (Object *)t);
        if (!w || Dict_SetStr(t->dict, "__new__", w) < 0) { XDECREF(w); return -1; }
        DECREF(w);
    }
    if (t->doc && !Dict_GetStr(t->dict, "__doc__")) {
        Object *doc = Str_FromUTF8(t->doc, -1);
        if (!doc || Dict_SetStr(t->dict, "__doc__", doc) < 0) { XDECREF(doc); return -1; }
        DECREF(doc);
    } else if (!t->doc && !(t->flags & TPFLAG_HEAPTYPE) && !Dict_GetStr(t->dict, "__doc__")) {
        /* as CPython's: an instance shows its constructor's doc or None,
         * not object's docstring */
        Object *doc = t->args && t->args->doc ? Arg_Doc(t->args) : NEWREF(OBJ_NONE);
        if (!doc || Dict_SetStr(t->dict, "__doc__", doc) < 0) { XDECREF(doc); return -1; }
        DECREF(doc);
    }
    if (!t->bases) t->bases = t->base ? Tuple_Pack(1, (Object *)t->base) : Tuple_Empty();
    if (!t->mro) {
        ssize_t n = 0;
        for (Type *b = t; b; b = b->base) n++;
        Object *mro = Tuple_New(n);
        if (!mro) return -1;
        n = 0;
        for (Type *b = t; b; b = b->base) TUPLE_ITEMS(mro)[n++] = NEWREF((Object *)b);
        t->mro = mro;
    }
    Type_LookupSpecials(t); /* for good: a built-in type never changes */
    t->flags |= TPFLAG_READY;
    return 0;
}

/* ---- the type type -------------------------------------------------------- */

static Object *type_call(Object *callable, Object *const *args, size_t nargs, Object *kwnames) {
    Type *t = (Type *)callable;
    if (t == &Type_Type) {
        if (nargs == 1 && !KW_COUNT(kwnames)) return NEWREF((Object *)TYPE(args[0]));
        if (Arg_OneOrThree(nargs, kwnames, "type()") < 0) return NULL;
    }
    if (!t->new_ || !t->mro) {
        Err_Format(Exc_TypeError, "cannot create '%s' instances", t->name);
        return NULL;
    }
    Object *o = t->new_(t, args, nargs, kwnames);
    if (!o) return NULL;
    if (!Type_IsSubtype(TYPE(o), t)) return o;
    Type *ot = TYPE(o);
    if (ot->init && ot->init(o, args, nargs, kwnames) < 0) {
        DECREF(o);
        return NULL;
    }
    return o;
}

Object *Type_Module(Type *t) {
    return (t->flags & TPFLAG_HEAPTYPE) ? Dict_GetStr(t->dict, "__module__") : t->module;
}

Object *Type_FullName(Type *t) {
    if (!(t->flags & TPFLAG_HEAPTYPE)) return Str_FromUTF8(t->name, -1);
    Object *mod = Dict_GetStr(t->dict, "__module__");
    if (mod && Str_Check(mod) && !Str_EqC(mod, "builtins") && !Str_EqC(mod, "__main__"))
        return Str_FromFormat("%U.%U", mod, t->qualname);
    return NEWREF(t->qualname);
}

static Object *type_repr(Object *o) {
    Type *t = (Type *)o;
    Object *mod = Type_Module(t);
    if (mod && Str_Check(mod) && !Str_EqC(mod, "builtins"))
        return Str_FromFormat("<class '%U.%U'>", mod, t->qualname);
    return Str_FromFormat("<class '%s'>", t->name);
}

static Object *type_getattro(Object *o, Object *name) {
    Type *t = (Type *)o, *meta = TYPE(o);
    Object *meta_attr = Type_Lookup(meta, name);
    DescrGetFn meta_get = NULL;
    if (meta_attr) {
        meta_get = TYPE(meta_attr)->descr_get;
        if (meta_get && TYPE(meta_attr)->descr_set) return meta_get(meta_attr, o, meta);
    }
    Object *attr = Type_Lookup(t, name);
    if (attr) {
        DescrGetFn get = TYPE(attr)->descr_get;
        if (get) return get(attr, NULL, t);
        return NEWREF(attr);
    }
    if (meta_get) return meta_get(meta_attr, o, meta);
    if (meta_attr) return NEWREF(meta_attr);
    Err_Format(Exc_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
    Object *e = Err_Peek();
    if (e && Type_IsSubtype(TYPE(e), Exc_AttributeError)) {
        AttributeErrorExc *ae = (AttributeErrorExc *)e;
        if (!ae->name) ae->name = NEWREF(name);
        if (!ae->obj) ae->obj = NEWREF(o);
    }
    return NULL;
}

static int type_setattro(Object *o, Object *name, Object *v) {
    Type *t = (Type *)o;
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        Err_Format(Exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    Object *meta_attr = Type_Lookup(TYPE(o), name);
    if (meta_attr && TYPE(meta_attr)->descr_set) return TYPE(meta_attr)->descr_set(meta_attr, o, v);
    t->version++;
    Type_InvalidateCache();
    if (Str_EqC(name, "__abstractmethods__")) {
        /* what abc.ABCMeta sets: a true value makes the class abstract (not
         * its subclasses, which get their own) */
        int abstract = v ? Obj_IsTrue(v) : 0;
        if (abstract < 0) return -1;
        if (abstract) t->flags |= TPFLAG_ABSTRACT;
        else t->flags &= ~TPFLAG_ABSTRACT;
    }
    if (v) {
        if (Dict_SetItem(t->dict, name, v) < 0) return -1;
        Slots_Update(t, name);
        return 0;
    }
    int r = Dict_Pop(t->dict, name, NULL);
    if (r == 0) {
        Err_Format(Exc_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
        return -1;
    }
    if (r > 0) Slots_Update(t, name);
    return r < 0 ? -1 : 0;
}

/* type.__new__(meta, name, bases, dict, **kwds): the keywords go to
 * __init_subclass__. */
static ArgSpec type_new_args = {.sig = "(name, bases, dict, /)", .flags = ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE};

static Object *type_new(Type *meta, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_Check(&type_new_args, "type.__new__", args, nargs, NULL) < 0) return NULL;
    if (Tuple_Check(args[1])) {
        /* type('C', (abc.ABC,), {}): a base's metaclass with a constructor
         * of its own makes the class, as the class statement would */
        Type *winner = Class_CalculateMeta(meta, args[1]);
        if (!winner) return NULL;
        if (winner != meta && winner->new_ != type_new) return winner->new_(winner, args, nargs, kwnames);
    }
    Object *t = Class_New(meta, args[0], args[1], args[2]);
    if (!t) return NULL;
    if (Class_InitSubclass((Type *)t, args + 3, kwnames) < 0) {
        DECREF(t);
        return NULL;
    }
    return t;
}

static int type_init(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    return Arg_OneOrThree(nargs, kwnames, "type.__init__()");
}

static Object *type_prepare(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Dict_New();
}

/* int.__new__(cls, ...): the static-method face of a type's new_ slot. */
static Object *tp_new_wrapper(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Type *t = (Type *)self;
    if (Arg_AtLeast(nargs, 1, "%s.__new__(): not enough arguments", t->name, NULL) < 0) return NULL;
    if (!Type_Check(args[0])) {
        Err_Format(Exc_TypeError, "%s.__new__(X): X is not a type object (%s)", t->name, TYPE_NAME(args[0]));
        return NULL;
    }
    Type *sub = (Type *)args[0];
    if (!Type_IsSubtype(sub, t)) {
        Err_Format(Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name, sub->name, sub->name, t->name);
        return NULL;
    }
    if (!sub->new_) {
        Err_Format(Exc_TypeError, "cannot create '%s' instances", sub->name);
        return NULL;
    }
    /* the nearest base of sub with a C constructor must be using this one */
    Type *sb = sub;
    while (sb && (sb->flags & TPFLAG_HEAPTYPE) && Dict_GetStr(sb->dict, "__new__")) sb = sb->base;
    while (sb && (sb->flags & TPFLAG_HEAPTYPE)) sb = sb->base;
    if (sb && sb->new_ != t->new_) {
        Err_Format(Exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name, sub->name, sb->name);
        return NULL;
    }
    return t->new_(sub, args + 1, nargs - 1, kwnames);
}
static const MethodDef tp_new_def = {
    "__new__", tp_new_wrapper, 0,
    ARGS("($type, *args, **kwargs)", "Create and return a new object.  See help(type) for accurate signature.")};

static Object *type_get_name(Object *o) { return NEWREF(((Type *)o)->name_obj); }
static Object *type_get_qualname(Object *o) { return NEWREF(((Type *)o)->qualname); }
static Object *type_get_module(Object *o) {
    Type *t = (Type *)o;
    if (t->flags & TPFLAG_HEAPTYPE) {
        Object *m = Dict_GetStr(t->dict, "__module__");
        if (m) return NEWREF(m);
    }
    return NEWREF(t->module);
}
/* Setting __name__, __qualname__, __module__ and __doc__ on classes. */
static int check_settable(Type *t, const char *attr, Object *v) {
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        Err_Format(Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, t->name);
        return -1;
    }
    if (!v) {
        Err_Format(Exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, t->name);
        return -1;
    }
    return 0;
}
static int type_set_name(Object *o, Object *v) {
    Type *t = (Type *)o;
    if (check_settable(t, "__name__", v) < 0) return -1;
    if (!Str_Check(v)) {
        Err_Format(Exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->name, TYPE_NAME(v));
        return -1;
    }
    ssize_t n;
    const char *u = Str_AsUTF8(v, &n);
    if (!u) return -1;
    if ((ssize_t)strlen(u) != n) {
        Err_SetString(Exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    SETREF(t->name_obj, NEWREF(v));
    t->name = u; /* the str caches its UTF-8 form and lives as long as name_obj */
    return 0;
}
static int type_set_qualname(Object *o, Object *v) {
    Type *t = (Type *)o;
    if (check_settable(t, "__qualname__", v) < 0) return -1;
    if (!Str_Check(v)) {
        Err_Format(Exc_TypeError, "can only assign string to %s.__qualname__, not '%s'", t->name, TYPE_NAME(v));
        return -1;
    }
    SETREF(t->qualname, NEWREF(v));
    return 0;
}
static int set_in_dict(Object *o, const char *attr, Object *v) {
    Type *t = (Type *)o;
    if (check_settable(t, attr, v) < 0) return -1;
    Type_InvalidateCache();
    return Dict_SetStr(t->dict, attr, v);
}
static int type_set_module(Object *o, Object *v) { return set_in_dict(o, "__module__", v); }
static int type_set_doc(Object *o, Object *v) { return set_in_dict(o, "__doc__", v); }

/* ---- __subclasses__: (base, class) pairs for every living class -------------- */

/* The pairs of the current interpreter (in->subclasses): a class lives and
 * dies in the interpreter that made it. */
struct SubclassEntry { Type *base, *sub; };

int Type_AddSubclasses(Type *t) {
    Interp *in = g_interp;
    for (ssize_t i = 0; i < TUPLE_LEN(t->bases); i++) {
        if (in->nsubclasses == in->subclasses_cap) {
            size_t cap = in->subclasses_cap ? in->subclasses_cap * 2 : 64;
            struct SubclassEntry *n = realloc(in->subclasses, cap * sizeof *n);
            if (!n) { Err_NoMemory(); return -1; }
            in->subclasses = n;
            in->subclasses_cap = cap;
        }
        in->subclasses[in->nsubclasses].base = (Type *)TUPLE_GET(t->bases, i);
        in->subclasses[in->nsubclasses++].sub = t;
    }
    return 0;
}

void Type_RemoveSubclasses(Type *t) {
    Interp *in = g_interp;
    size_t j = 0;
    for (size_t i = 0; i < in->nsubclasses; i++)
        if (in->subclasses[i].sub != t) in->subclasses[j++] = in->subclasses[i];
    in->nsubclasses = j;
}

static Object *type_subclasses(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    /* object's list shows _frozen_importlib's classes */
    if (Import_EnsureSpecs() < 0) return NULL;
    return Type_GetSubclasses((Type *)self);
}

Object *Type_GetSubclasses(Type *self) {
    Object *l = List_New(0);
    if (!l) return NULL;
    Interp *in = g_interp;
    for (size_t i = 0; i < in->nsubclasses; i++)
        if (in->subclasses[i].base == (Type *)self && List_Append(l, (Object *)in->subclasses[i].sub) < 0) {
            DECREF(l);
            return NULL;
        }
    return l;
}

static Object *type_get_mro(Object *o) {
    Object *mro = ((Type *)o)->mro; /* NULL while a metaclass's mro() computes it */
    return NEWREF(mro ? mro : OBJ_NONE);
}
static Object *type_get_bases(Object *o) { return NEWREF(((Type *)o)->bases); }
static int type_set_bases(Object *o, Object *v) { return Class_SetBases((Type *)o, v); }
static Object *type_get_base(Object *o) {
    Type *b = ((Type *)o)->base;
    return NEWREF(b ? (Object *)b : OBJ_NONE);
}
static Object *type_get_dict(Object *o) { return MappingProxy_New(((Type *)o)->dict); }
/* A built-in type's constructor signature; a class has none */
static Object *type_get_text_signature(Object *o) {
    Type *t = (Type *)o;
    return Arg_TextSignature(t->flags & TPFLAG_HEAPTYPE ? NULL : t->args);
}
static Object *type_get_doc(Object *o) {
    Type *t = (Type *)o;
    Object *d = Dict_GetStr(t->dict, "__doc__");
    /* A built-in type's own doc comes first, as in CPython, where its dict
     * holds a descriptor for its instances' docs instead (function's). */
    if (!(t->flags & TPFLAG_HEAPTYPE) && (!d || TYPE(d)->descr_get)) {
        if (t->doc) return Str_FromUTF8(t->doc, -1);
        if (t->args && t->args->doc) return Arg_Doc(t->args);
    }
    if (!d) return NEWREF(OBJ_NONE);
    if (TYPE(d)->descr_get) return TYPE(d)->descr_get(d, NULL, (Type *)o);
    return NEWREF(d);
}

/* ---- PEP 649 annotations of classes ------------------------------------------
 * The compiler stores a class body's annotate function as __annotate_func__;
 * a class may define __annotate__ itself, which comes first.  The dict the
 * function returns is cached as __annotations_cache__ (a class body that
 * assigns __annotations__ keeps it under that name instead). */

/* Only heap types have annotations: -1 with err_type otherwise. */
static int check_annotatable(Type *t, Type *err_type, const char *attr, bool setting) {
    if (t->flags & TPFLAG_HEAPTYPE) return 0;
    if (setting)
        Err_Format(err_type, "cannot set '%s' attribute of immutable type '%s'", attr, t->name);
    else
        Err_Format(err_type, "type object '%s' has no attribute '%s'", t->name, attr);
    return -1;
}

/* A value of the class dict as the class reads it (descriptors bound). */
static Object *class_dict_value(Type *t, Object *v) {
    if (TYPE(v)->descr_get) return TYPE(v)->descr_get(v, NULL, t);
    return NEWREF(v);
}

static Object *type_get_annotate(Object *o) {
    Type *t = (Type *)o;
    if (check_annotatable(t, Exc_AttributeError, "__annotate__", false) < 0) return NULL;
    Object *v = Dict_GetStr(t->dict, "__annotate__");
    if (v) return class_dict_value(t, v);
    v = Dict_GetStr(t->dict, "__annotate_func__");
    if (v) return NEWREF(v);
    /* none: remembered as None */
    if (Dict_SetStr(t->dict, "__annotate_func__", OBJ_NONE) < 0) return NULL;
    Type_InvalidateCache();
    return NEWREF(OBJ_NONE);
}

/* A new function drops the annotations cached from the old one. */
static int type_set_annotate(Object *o, Object *v) {
    Type *t = (Type *)o;
    if (!v) return Annotate_CheckValue(v, "cannot delete __annotate__ attribute");
    if (check_annotatable(t, Exc_TypeError, "__annotate__", true) < 0 ||
        Annotate_CheckValue(v, NULL) < 0)
        return -1;
    Type_InvalidateCache();
    if (Dict_SetStr(t->dict, "__annotate_func__", v) < 0) return -1;
    if (v != OBJ_NONE && Dict_Pop(t->dict, Str_InternC("__annotations_cache__"), NULL) < 0) return -1;
    return 0;
}

static Object *type_get_annotations(Object *o) {
    Type *t = (Type *)o;
    if (check_annotatable(t, Exc_AttributeError, "__annotations__", false) < 0) return NULL;
    Object *v = Dict_GetStr(t->dict, "__annotations__");
    if (!v) v = Dict_GetStr(t->dict, "__annotations_cache__");
    if (v) return class_dict_value(t, v);
    Object *fn = type_get_annotate(o);
    if (!fn) return NULL;
    Object *r = Annotate_Call(fn);
    DECREF(fn);
    if (!r || Dict_SetStr(t->dict, "__annotations_cache__", r) < 0) {
        XDECREF(r);
        return NULL;
    }
    Type_InvalidateCache();
    return r;
}

/* Setting replaces the annotations (and forgets the functions that made
 * them); deleting drops them, so that the next read starts afresh. */
static int type_set_annotations(Object *o, Object *v) {
    Type *t = (Type *)o;
    if (check_annotatable(t, Exc_TypeError, "__annotations__", true) < 0) return -1;
    Type_InvalidateCache();
    Object *own = Str_InternC("__annotations__"), *cache = Str_InternC("__annotations_cache__");
    int r;
    if (v) {
        r = Dict_SetItem(t->dict, Dict_GetStrObj(t->dict, own) ? own : cache, v);
        if (r == 0) r = Dict_Pop(t->dict, Str_InternC("__annotate__"), NULL);
    } else {
        r = Dict_Pop(t->dict, own, NULL);
        if (r == 0) r = Dict_Pop(t->dict, cache, NULL);
        if (r == 0) {
            Err_SetString(Exc_AttributeError, "__annotations__");
            return -1;
        }
    }
    if (r >= 0) r = Dict_Pop(t->dict, Str_InternC("__annotate_func__"), NULL);
    return r < 0 ? -1 : 0;
}

static Object *type_mro_method(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *mro = Class_C3((Type *)self);
    if (!mro) return NULL;
    Object *list = List_FromIterable(mro);
    DECREF(mro);
    return list;
}


static const GetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL},
    {"__module__", type_get_module, type_set_module, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL},
    {"__base__", type_get_base, GetSet_Readonly, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL},
    {"__annotate__", type_get_annotate, type_set_annotate, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, 0, ARGS("($self, /)", "Return a type's method resolution order.")},
    {"__subclasses__", type_subclasses, 0, ARGS("($self, /)", "Return a list of immediate subclasses.")},
    /* takes any arguments, whatever CPython's text signature for it says */
    {"__prepare__", type_prepare, METH_CLASS,
     ARGS_F(ARG_UNCHECKED, "($cls, name, bases, /, **kwds)", "Create the namespace for the class statement")},
    {NULL, NULL, 0, NULL},
};

static void type_dealloc(Object *o) {
    Weak_ClearBuiltin(o);
    /* Only heap types are ever freed. */
    Type *t = (Type *)o;
    Gc_Untrack(o);
    Type_InvalidateCache();
    Type_RemoveSubclasses(t);
    CLEAR(t->dict);
    CLEAR(t->mro);
    CLEAR(t->bases);
    CLEAR(t->name_obj);
    CLEAR(t->qualname);
    CLEAR(t->module);
    CLEAR(t->member_names);
    if (t->base) DECREF((Object *)t->base);
    Obj_Free(o);
}

static int type_traverse(Object *o, VisitFn visit, void *arg) {
    Type *t = (Type *)o;
    if (!(t->flags & TPFLAG_HEAPTYPE)) return 0;
    if (t->dict && visit(t->dict, arg)) return 1;
    if (t->mro && visit(t->mro, arg)) return 1;
    if (t->bases && visit(t->bases, arg)) return 1;
    if (t->base && visit((Object *)t->base, arg)) return 1; /* owned too */
    /* the class statement's __module__: any object (hostile bytecode) */
    if (t->module && visit(t->module, arg)) return 1;
    return 0;
}

static int type_clear(Object *o) {
    Type *t = (Type *)o;
    if (t->flags & TPFLAG_HEAPTYPE) {
        CLEAR(t->dict);
        CLEAR(t->mro);
    }
    return 0;
}

Type Type_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "type",
    .basicsize = sizeof(Type),
    .flags = TPFLAG_BASETYPE | TPFLAG_TYPE_SUBCLASS | TPFLAG_GC | TPFLAG_WEAKREF,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .repr = type_repr,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .call = type_call,
    .traverse = type_traverse,
    .clear = type_clear,
    .new_ = type_new,
    .init = type_init,
    .methods = type_methods,
    .getset = type_getset,
    .nb = {[NB_OR] = Union_Or}, /* int | str */
};
