/* The descriptor types classes use: property, staticmethod, classmethod,
 * and super. */
#include "abstract.h"
#include "class.h"
#include "frame.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typing.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/interp.h"

/* ---- staticmethod / classmethod ------------------------------------------- */

typedef struct FuncWrapper {
    Object ob;
    Object *func;
    Object *dict;
} FuncWrapper;

/* The wrapper the class machinery makes (an implicit staticmethod for
 * __new__): only the function, no copied attributes, as CPython's. */
static Object *funcwrapper_new(Type *t, Object *f) {
    FuncWrapper *w = (FuncWrapper *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!w) return NULL;
    w->func = NEWREF(f);
    return (Object *)w;
}

Object *StaticMethod_New(Object *f) { return funcwrapper_new(&StaticMethod_Type, f); }
Object *ClassMethod_New(Object *f) { return funcwrapper_new(&ClassMethod_Type, f); }

static void funcwrapper_dealloc(Object *o) {
    Gc_Untrack(o);
    CLEAR(((FuncWrapper *)o)->func);
    CLEAR(((FuncWrapper *)o)->dict);
    Obj_Free(o);
}

static int funcwrapper_traverse(Object *o, VisitFn visit, void *arg) {
    FuncWrapper *w = (FuncWrapper *)o;
    return (w->func && visit(w->func, arg)) || (w->dict && visit(w->dict, arg));
}

static int funcwrapper_clear(Object *o) {
    CLEAR(((FuncWrapper *)o)->func);
    CLEAR(((FuncWrapper *)o)->dict);
    return 0;
}

/* staticmethod.__new__ takes any arguments and makes an empty wrapper
 * (its function None); __init__ sets the function. */
static Object *funcwrapper_make(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return funcwrapper_new(t, OBJ_NONE);
}

/* __init__(function): the function, and its __module__, __name__,
 * __qualname__ and __doc__ copied into the wrapper's __dict__ as
 * functools.wraps would (those it lacks are skipped). */
static int funcwrapper_init(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    Type *base = Type_IsSubtype(TYPE(o), &StaticMethod_Type) ? &StaticMethod_Type : &ClassMethod_Type;
    Object *function;
    if (Arg_Unpack(base->args, base->name, args, nargs, kwnames, &function) < 0) return -1;
    FuncWrapper *w = (FuncWrapper *)o;
    SETREF(w->func, NEWREF(function));
    if (!w->dict && !(w->dict = Dict_New())) return -1;
    static const char *const copied[] = {"__module__", "__name__", "__qualname__", "__doc__"};
    for (size_t i = 0; i < sizeof copied / sizeof *copied; i++) {
        Object *v;
        int r = Obj_LookupAttr(function, Str_InternC(copied[i]), &v);
        if (r < 0) return -1;
        if (!r) continue;
        r = Dict_SetStr(w->dict, copied[i], v);
        DECREF(v);
        if (r < 0) return -1;
    }
    return 0;
}

static Object *staticmethod_get(Object *o, Object *obj, Type *owner) { return NEWREF(((FuncWrapper *)o)->func); }

static Object *staticmethod_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    /* staticmethod(staticmethod(...)) nests calls */
    if (Recursion_Enter(" while calling a Python object")) return NULL;
    Object *r = Obj_Call(((FuncWrapper *)o)->func, args, nargs, kwnames);
    Recursion_Leave();
    return r;
}

static Object *classmethod_get(Object *o, Object *obj, Type *owner) {
    Object *cls = owner ? (Object *)owner : (Object *)TYPE(obj);
    Object *f = ((FuncWrapper *)o)->func;
    return Method_New(f, cls);
}

static Object *staticmethod_repr(Object *o) {
    return Str_FromFormat("<staticmethod(%R)>", ((FuncWrapper *)o)->func);
}
static Object *classmethod_repr(Object *o) {
    return Str_FromFormat("<classmethod(%R)>", ((FuncWrapper *)o)->func);
}

static Object *funcwrapper_get_func(Object *o) { return NEWREF(((FuncWrapper *)o)->func); }
/* __annotations__ and __annotate__: the wrapper's own once read or set,
 * taken from the function on first reading. */
static Object *funcwrapper_get_forwarded(Object *o, const char *name) {
    FuncWrapper *w = (FuncWrapper *)o;
    Object *v = w->dict ? Dict_GetStr(w->dict, name) : NULL;
    if (v) return NEWREF(v);
    if (!(v = Obj_GetAttrC(w->func, name))) return NULL;
    if ((!w->dict && !(w->dict = Dict_New())) || Dict_SetStr(w->dict, name, v) < 0) CLEAR(v);
    return v;
}

static int funcwrapper_set_forwarded(Object *o, const char *name, Object *v) {
    FuncWrapper *w = (FuncWrapper *)o;
    if (!w->dict && !(w->dict = Dict_New())) return -1;
    if (v) return Dict_SetStr(w->dict, name, v);
    if (Dict_DelItem(w->dict, Str_InternC(name)) == 0) return 0;
    if (Err_Matches(Exc_KeyError)) {
        Err_Clear();
        Err_Format(Exc_AttributeError, "'%s' object has no attribute '%s'", TYPE_NAME(o), name);
    }
    return -1;
}

static Object *funcwrapper_get_annotations(Object *o) { return funcwrapper_get_forwarded(o, "__annotations__"); }
static int funcwrapper_set_annotations(Object *o, Object *v) {
    return funcwrapper_set_forwarded(o, "__annotations__", v);
}
static Object *funcwrapper_get_annotate(Object *o) { return funcwrapper_get_forwarded(o, "__annotate__"); }
static int funcwrapper_set_annotate(Object *o, Object *v) { return funcwrapper_set_forwarded(o, "__annotate__", v); }

/* Whether obj.__isabstractmethod__ is true (abc's abstract methods): 1, 0, -1. */
static int is_abstract(Object *obj) {
    if (!obj) return 0;
    Object *v;
    int r = Obj_LookupAttr(obj, ID(__isabstractmethod__), &v);
    if (r <= 0) return r;
    r = Obj_IsTrue(v);
    DECREF(v);
    return r;
}

static Object *funcwrapper_get_isabstract(Object *o) {
    int r = is_abstract(((FuncWrapper *)o)->func);
    return r < 0 ? NULL : NEWREF(Bool_From(r));
}

static const MethodDef funcwrapper_methods[] = {
    METHOD_CLASS_GETITEM(NULL),
    {NULL, NULL, 0, NULL},
};

static const GetSetDef funcwrapper_getset[] = {
    {"__func__", funcwrapper_get_func, NULL, NULL},
    {"__isabstractmethod__", funcwrapper_get_isabstract, NULL, NULL},
    {"__wrapped__", funcwrapper_get_func, NULL, NULL},
    {"__annotations__", funcwrapper_get_annotations, funcwrapper_set_annotations, NULL},
    {"__annotate__", funcwrapper_get_annotate, funcwrapper_set_annotate, NULL},
    GETSET_DICT,
    {NULL, NULL, NULL, NULL},
};

Type StaticMethod_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "staticmethod",
    .args = ARGS("(function, /)", NULL),
    .basicsize = sizeof(FuncWrapper),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .dealloc = funcwrapper_dealloc,
    .repr = staticmethod_repr,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .traverse = funcwrapper_traverse,
    .clear = funcwrapper_clear,
    .new_ = funcwrapper_make,
    .init = funcwrapper_init,
    .methods = funcwrapper_methods,
    .getset = funcwrapper_getset,
    .dictoffset = offsetof(FuncWrapper, dict),
};

Type ClassMethod_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "classmethod",
    .args = ARGS("(function, /)", NULL),
    .basicsize = sizeof(FuncWrapper),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .dealloc = funcwrapper_dealloc,
    .repr = classmethod_repr,
    .descr_get = classmethod_get,
    .traverse = funcwrapper_traverse,
    .clear = funcwrapper_clear,
    .new_ = funcwrapper_make,
    .init = funcwrapper_init,
    .methods = funcwrapper_methods,
    .getset = funcwrapper_getset,
    .dictoffset = offsetof(FuncWrapper, dict),
};

/* ---- property ------------------------------------------------------------ */

typedef struct Property {
    Object ob;
    Object *fget, *fset, *fdel, *doc, *name;
} Property;

static void property_dealloc(Object *o) {
    Property *p = (Property *)o;
    Gc_Untrack(o);
    CLEAR(p->fget);
    CLEAR(p->fset);
    CLEAR(p->fdel);
    CLEAR(p->doc);
    CLEAR(p->name);
    Obj_Free(o);
}

static int property_traverse(Object *o, VisitFn visit, void *arg) {
    Property *p = (Property *)o;
    Object *f[] = {p->fget, p->fset, p->fdel, p->doc};
    for (int i = 0; i < 4; i++)
        if (f[i] && visit(f[i], arg)) return 1;
    return 0;
}

static int property_clear(Object *o) {
    Property *p = (Property *)o;
    CLEAR(p->fget);
    CLEAR(p->fset);
    CLEAR(p->fdel);
    CLEAR(p->doc);
    return 0;
}

static void property_error(Property *p, Object *obj, const char *what) {
    if (p->name)
        Err_Format(Exc_AttributeError, "property %R of '%s' object has no %s", p->name, TYPE_NAME(obj), what);
    else
        Err_Format(Exc_AttributeError, "property of '%s' object has no %s", TYPE_NAME(obj), what);
}

static Object *property_get(Object *o, Object *obj, Type *owner) {
    Property *p = (Property *)o;
    if (!obj) return NEWREF(o);
    if (!p->fget) {
        property_error(p, obj, "getter");
        return NULL;
    }
    return Obj_CallOneArg(p->fget, obj);
}

static int property_set(Object *o, Object *obj, Object *v) {
    Property *p = (Property *)o;
    Object *f = v ? p->fset : p->fdel;
    if (!f) {
        property_error(p, obj, v ? "setter" : "deleter");
        return -1;
    }
    Object *args[2] = {obj, v};
    Object *r = Obj_Call(f, args, v ? 2 : 1, NULL);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static int property_init(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[4];
    if (Arg_Unpack(Property_Type.args, "property", args, nargs, kwnames, a) < 0) return -1;
    Property *p = (Property *)o;
    for (int i = 0; i < 4; i++)
        if (a[i] == OBJ_NONE) a[i] = NULL;
    SETREF(p->fget, XNEWREF(a[0]));
    SETREF(p->fset, XNEWREF(a[1]));
    SETREF(p->fdel, XNEWREF(a[2]));
    Object *doc = a[3];
    if (!doc && p->fget) {
        if (Obj_LookupAttr(p->fget, ID(__doc__), &doc) < 0) return -1;
        if (doc == OBJ_NONE) CLEAR(doc);
        SETREF(p->doc, doc);
    } else {
        SETREF(p->doc, XNEWREF(doc));
    }
    return 0;
}

static Object *property_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_Alloc(t, (size_t)t->basicsize);
}

/* getter/setter/deleter: a copy with one accessor replaced */
static Object *property_copy(Object *self, int which, Object *f) {
    Property *p = (Property *)self;
    Property *n = (Property *)Obj_Alloc(TYPE(self), (size_t)TYPE(self)->basicsize);
    if (!n) return NULL;
    n->fget = XNEWREF(which == 0 ? f : p->fget);
    n->fset = XNEWREF(which == 1 ? f : p->fset);
    n->fdel = XNEWREF(which == 2 ? f : p->fdel);
    if (which == 0 && f && !p->doc) {
        Object *doc;
        if (Obj_LookupAttr(f, ID(__doc__), &doc) < 0) { DECREF((Object *)n); return NULL; }
        if (doc == OBJ_NONE) CLEAR(doc);
        n->doc = doc;
    } else {
        n->doc = XNEWREF(p->doc);
    }
    n->name = XNEWREF(p->name);
    return (Object *)n;
}

static Object *property_getter(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return property_copy(self, 0, args[0]);
}
static Object *property_setter(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return property_copy(self, 1, args[0]);
}
static Object *property_deleter(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return property_copy(self, 2, args[0]);
}
static Object *property_set_name(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    SETREF(((Property *)self)->name, NEWREF(args[1]));
    return NEWREF(OBJ_NONE);
}

#define PROPERTY_FIELD(field)                                       \
    static Object *property_get_##field(Object *o) {                \
        Object *v = ((Property *)o)->field;                         \
        return NEWREF(v ? v : OBJ_NONE);                            \
    }
PROPERTY_FIELD(fget)
Object *Property_Fget(Object *prop) { return property_get_fget(prop); }
PROPERTY_FIELD(fset)
PROPERTY_FIELD(fdel)
PROPERTY_FIELD(doc)
static int property_set_doc(Object *o, Object *v) {
    SETREF(((Property *)o)->doc, XNEWREF(v));
    return 0;
}
static Object *property_get_name(Object *o) {
    Property *p = (Property *)o;
    if (p->name) return NEWREF(p->name);
    if (p->fget) return Obj_GetAttr(p->fget, ID(__name__));
    Err_Format(Exc_AttributeError, "'property' object has no attribute '__name__'");
    return NULL;
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0,
     ARGS("($self, object, /)", "Descriptor to obtain a copy of the property with a different getter.")},
    {"setter", property_setter, 0,
     ARGS("($self, object, /)", "Descriptor to obtain a copy of the property with a different setter.")},
    {"deleter", property_deleter, 0,
     ARGS("($self, object, /)", "Descriptor to obtain a copy of the property with a different deleter.")},
    {"__set_name__", property_set_name, 0,
     ARGS_F(ARG_TAKES_STYLE, "($self, owner, name, /)", "Method to set name of a property.")},
    {NULL, NULL, 0, NULL},
};

/* True when any of the accessors is abstract. */
static Object *property_get_isabstract(Object *o) {
    Property *p = (Property *)o;
    Object *parts[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        int r = is_abstract(parts[i]);
        if (r < 0) return NULL;
        if (r) return NEWREF(OBJ_TRUE);
    }
    return NEWREF(OBJ_FALSE);
}

static const GetSetDef property_getset[] = {
    {"fget", property_get_fget, NULL, NULL},
    {"fset", property_get_fset, NULL, NULL},
    {"fdel", property_get_fdel, NULL, NULL},
    {"__doc__", property_get_doc, property_set_doc, NULL},
    {"__name__", property_get_name, NULL, NULL},
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type Property_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "property",
    .basicsize = sizeof(Property),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = "Property attribute.",
    .args = ARGS("(fget=None, fset=None, fdel=None, doc=None)", NULL),
    .dealloc = property_dealloc,
    .descr_get = property_get,
    .descr_set = property_set,
    .traverse = property_traverse,
    .clear = property_clear,
    .new_ = property_new,
    .init = property_init,
    .methods = property_methods,
    .getset = property_getset,
};

/* ---- super ------------------------------------------------------------------ */

typedef struct Super {
    Object ob;
    Type *type;       /* the class super() was called in */
    Object *obj;      /* the instance or class, or NULL (unbound) */
    Type *obj_type;   /* where the MRO comes from */
} Super;

static void super_dealloc(Object *o) {
    Super *s = (Super *)o;
    Gc_Untrack(o);
    XDECREF((Object *)s->type);
    XDECREF(s->obj);
    XDECREF((Object *)s->obj_type);
    Obj_Free(o);
}

static int super_traverse(Object *o, VisitFn visit, void *arg) {
    Super *s = (Super *)o;
    return (s->obj && visit(s->obj, arg)) || (s->type && visit((Object *)s->type, arg)) ||
           (s->obj_type && visit((Object *)s->obj_type, arg));
}

static Type *super_check(Type *type, Object *obj) {
    if (Type_Check(obj) && Type_IsSubtype((Type *)obj, type)) return (Type *)obj;
    if (Type_IsSubtype(TYPE(obj), type)) return TYPE(obj);
    Err_Format(Exc_TypeError, "super(type, obj): obj (%s %s) is not an instance or subtype of type (%s).",
               Type_Check(obj) ? "type" : "instance of", Type_Check(obj) ? ((Type *)obj)->name : TYPE_NAME(obj),
               type->name);
    return NULL;
}

/* Zero-argument super(): the first argument and __class__ of the calling frame. */
static int super_from_frame(Type **type, Object **obj) {
    Frame *f = g_interp->frame;
    if (!f) {
        Err_SetString(Exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    Code *co = f->code;
    if (co->argcount == 0) {
        Err_SetString(Exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    Object *first = f->localsplus[0];
    if (first && (BYTES_DATA(co->localspluskinds)[0] & CO_FAST_CELL) && TYPE(first) == &Cell_Type)
        first = ((Cell *)first)->ref;
    if (!first) {
        Err_SetString(Exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->nlocalsplus; i++) {
        Object *lname = TUPLE_GET(co->localsplusnames, i);
        if (lname != ID(__class__) && !Str_EqC(lname, "__class__")) continue;
        if (!(BYTES_DATA(co->localspluskinds)[i] & CO_FAST_FREE)) continue;
        Object *cell = f->localsplus[i];
        Object *cls = cell && TYPE(cell) == &Cell_Type ? ((Cell *)cell)->ref : NULL;
        if (!cls) {
            Err_SetString(Exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!Type_Check(cls)) {
            Err_Format(Exc_RuntimeError, "super(): __class__ is not a type (%s)", TYPE_NAME(cls));
            return -1;
        }
        *type = (Type *)cls;
        *obj = first;
        return 0;
    }
    Err_SetString(Exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static Object *super_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *given[2];
    /* CPython counts as "super()", and refuses keywords as "super" */
    if (Arg_Unpack(Super_Type.args, "super()", args, nargs, kwnames, given) < 0) return NULL;
    Type *type;
    Object *obj = NULL;
    if (nargs == 0) {
        if (super_from_frame(&type, &obj) < 0) return NULL;
    } else {
        if (!Type_Check(args[0])) {
            Err_Format(Exc_TypeError, "super() argument 1 must be a type, not %s", TYPE_NAME(args[0]));
            return NULL;
        }
        type = (Type *)args[0];
        obj = nargs == 2 && args[1] != OBJ_NONE ? args[1] : NULL;
    }
    Type *obj_type = NULL;
    if (obj && !(obj_type = super_check(type, obj))) return NULL;
    Super *s = (Super *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!s) return NULL;
    s->type = (Type *)NEWREF((Object *)type);
    s->obj = XNEWREF(obj);
    s->obj_type = (Type *)XNEWREF((Object *)obj_type);
    return (Object *)s;
}

static int super_init(Object *o, Object *const *args, size_t nargs, Object *kwnames) { return 0; }

static Object *super_getattro(Object *o, Object *name) {
    Super *s = (Super *)o;
    if (s->obj_type && s->obj_type->mro && !Str_EqC(name, "__class__")) {
        Object *mro = s->obj_type->mro;
        ssize_t n = TUPLE_LEN(mro), i = 0;
        while (i < n && TUPLE_GET(mro, i) != (Object *)s->type) i++;
        for (i++; i < n; i++) {
            Type *b = (Type *)TUPLE_GET(mro, i);
            Object *res;
            int r = Dict_Lookup(b->dict, name, &res);
            if (r < 0) return NULL;
            if (!r) continue;
            DescrGetFn get = TYPE(res)->descr_get;
            if (get) return get(res, s->obj == (Object *)s->obj_type ? NULL : s->obj, s->obj_type);
            return NEWREF(res);
        }
    }
    return Obj_GenericGetAttr(o, name);
}

static Object *super_repr(Object *o) {
    Super *s = (Super *)o;
    if (s->obj_type)
        return Str_FromFormat("<super: <class '%s'>, <%s object>>", s->type->name, s->obj_type->name);
    return Str_FromFormat("<super: <class '%s'>, NULL>", s->type->name);
}

static Object *super_get_thisclass(Object *o) { return NEWREF((Object *)((Super *)o)->type); }
static Object *super_get_self(Object *o) {
    Object *v = ((Super *)o)->obj;
    return NEWREF(v ? v : OBJ_NONE);
}
static Object *super_get_self_class(Object *o) {
    Object *v = (Object *)((Super *)o)->obj_type;
    return NEWREF(v ? v : OBJ_NONE);
}

static const GetSetDef super_getset[] = {
    {"__thisclass__", super_get_thisclass, NULL, NULL},
    {"__self__", super_get_self, NULL, NULL},
    {"__self_class__", super_get_self_class, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type Super_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "super",
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(type=<unrepresentable>, object_or_type=<unrepresentable>, /)", NULL),
    .basicsize = sizeof(Super),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattro,
    .traverse = super_traverse,
    .new_ = super_new,
    .init = super_init,
    .getset = super_getset,
};
