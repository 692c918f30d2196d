/* Module objects: a namespace dict with attribute access through it. */
#include "objects/module.h"
#include "abstract.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include <string.h>

/* Fills the standard entries of a fresh module dict. */
static int init_dict(Object *dict, Object *name, Object *doc) {
    if (Dict_SetStr(dict, "__name__", name) < 0) return -1;
    if (Dict_SetStr(dict, "__doc__", doc ? doc : OBJ_NONE) < 0) return -1;
    if (Dict_SetStr(dict, "__package__", OBJ_NONE) < 0) return -1;
    if (Dict_SetStr(dict, "__loader__", OBJ_NONE) < 0) return -1;
    if (Dict_SetStr(dict, "__spec__", OBJ_NONE) < 0) return -1;
    return 0;
}

static Object *module_alloc(Type *t) {
    Module *m = (Module *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!m) return NULL;
    if (!(m->dict = Dict_New())) {
        DECREF((Object *)m);
        return NULL;
    }
    return (Object *)m;
}

Object *Module_New(Object *name) {
    Object *m = module_alloc(&Module_Type);
    if (!m) return NULL;
    ((Module *)m)->name = NEWREF(name);
    if (init_dict(MODULE_DICT(m), name, NULL) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}

Object *Module_NewC(const char *name) {
    Object *s = Str_FromUTF8(name, -1);
    if (!s) return NULL;
    Object *m = Module_New(s);
    DECREF(s);
    return m;
}

Object *Module_GetName(Object *m) {
    Object *d = MODULE_DICT(m);
    Object *n = d ? Dict_GetStr(d, "__name__") : NULL;
    return n && Str_Check(n) ? n : NULL;
}

int Module_AddFunctions(Object *m, const MethodDef *defs) {
    Object *modname = Module_GetName(m);
    for (const MethodDef *d = defs; d->name; d++) {
        Object *f = BuiltinFunction_New(d, m);
        if (!f) return -1;
        if (modname) ((BuiltinFunction *)f)->module = NEWREF(modname);
        int r = Dict_SetStr(MODULE_DICT(m), d->name, f);
        DECREF(f);
        if (r < 0) return -1;
    }
    return 0;
}

int Module_AddObject(Object *m, const char *name, Object *v) {
    return Dict_SetStr(MODULE_DICT(m), name, v);
}

int Module_AddObjectSteal(Object *m, const char *name, Object *v) {
    if (!v) return -1;
    int r = Dict_SetStr(MODULE_DICT(m), name, v);
    DECREF(v);
    return r;
}

/* ---- the module type ------------------------------------------------------ */

static void module_dealloc(Object *o) {
    Weak_ClearBuiltin(o);
    Module *m = (Module *)o;
    Gc_Untrack(o);
    CLEAR(m->dict);
    CLEAR(m->name);
    Obj_Free(o);
}

static int module_traverse(Object *o, VisitFn visit, void *arg) {
    Module *m = (Module *)o;
    return m->dict && visit(m->dict, arg);
}

static int module_clear(Object *o) {
    CLEAR(((Module *)o)->dict);
    return 0;
}

/* module.__repr__, as CPython's import system writes it: from the module's
 * __spec__ when it has one (<module 'time' (built-in)>, <module 'x' from
 * 'x.py'>), else from __file__ or __loader__; '?' for a missing name. */
/* Whether loader is a _frozen_importlib_external.NamespaceLoader (of the
 * module in sys.modules, as CPython looks): 1, 0, or -1 on error. */
static int is_namespace_loader(Object *loader) {
    Object *ext = NULL;
    if (!g_interp->modules || Dict_Lookup(g_interp->modules, Str_InternC("_frozen_importlib_external"), &ext) < 0)
        return g_interp->modules ? -1 : 0;
    Object *cls =
        ext && TYPE(ext) == &Module_Type && MODULE_DICT(ext) ? Dict_GetStr(MODULE_DICT(ext), "NamespaceLoader") : NULL;
    return cls && Type_Check(cls) ? Obj_IsInstance(loader, cls) : 0;
}

/* <module 'ns' (namespace) from ['dir', ...]>: the loader's path as a list. */
static Object *namespace_repr(Object *name, Object *loader) {
    Object *path = Obj_GetAttrC(loader, "_path");
    Object *list = path ? List_FromIterable(path) : NULL;
    Object *r = list ? Str_FromFormat("<module %R (namespace) from %R>", name, list) : NULL;
    XDECREF(path);
    XDECREF(list);
    return r;
}

static Object *repr_from_spec(Object *spec) {
    Object *name = Obj_GetAttrC(spec, "name");
    Object *origin = name ? Obj_GetAttrC(spec, "origin") : NULL;
    Object *r = NULL;
    if (!origin) {
    } else if (origin == OBJ_NONE) {
        Object *loader = Obj_GetAttrC(spec, "loader");
        Object *shown = name == OBJ_NONE ? Str_InternC("?") : name;
        int ns = loader ? is_namespace_loader(loader) : -1;
        if (ns > 0) r = namespace_repr(shown, loader);
        else if (ns < 0) {
        } else if (loader == OBJ_NONE) r = Str_FromFormat("<module %R>", shown);
        else r = Str_FromFormat("<module %R (%R)>", shown, loader);
        XDECREF(loader);
    } else {
        Object *located = Obj_GetAttrC(spec, "has_location");
        int has = located ? Obj_IsTrue(located) : -1;
        XDECREF(located);
        if (has > 0) r = Str_FromFormat("<module %R from %R>", name == OBJ_NONE ? Str_InternC("?") : name, origin);
        else if (has == 0) r = Str_FromFormat("<module %R (%S)>", name, origin);
    }
    XDECREF(name);
    XDECREF(origin);
    return r;
}

static Object *module_repr(Object *o) {
    if (Import_EnsureSpecs() < 0) return NULL;
    Object *spec = NULL, *name = NULL, *file = NULL, *loader = NULL, *r = NULL;
    int found = Obj_LookupAttr(o, ID(__spec__), &spec);
    int truth = found > 0 ? Obj_IsTrue(spec) : 0;
    if (found < 0 || truth < 0) goto done;
    if (truth) {
        r = repr_from_spec(spec);
        goto done;
    }
    if (Obj_LookupAttr(o, ID(__loader__), &loader) < 0 || Obj_LookupAttr(o, ID(__name__), &name) < 0 ||
        Obj_LookupAttr(o, ID(__file__), &file) < 0)
        goto done;
    Object *shown = name ? name : Str_InternC("?");
    if (file) r = Str_FromFormat("<module %R from %R>", shown, file);
    else if (loader && loader != OBJ_NONE) r = Str_FromFormat("<module %R (%R)>", shown, loader);
    else r = Str_FromFormat("<module %R>", shown);
done:
    XDECREF(spec);
    XDECREF(name);
    XDECREF(file);
    XDECREF(loader);
    return r;
}

static void set_attr_error_fields(Object *o, Object *name) {
    Object *e = Err_Peek();
    if (e && Type_IsSubtype(TYPE(e), Exc_AttributeError)) {
        AttributeErrorExc *ae = (AttributeErrorExc *)e;
        if (!ae->name) ae->name = NEWREF(name);
        if (!ae->obj) ae->obj = NEWREF(o);
    }
}

/* Whether spec (borrowed, may be NULL) says its module is still running
 * its code (import sets spec._initializing meanwhile): 1, 0, or -1 on error. */
static int spec_initializing(Object *spec) {
    if (!spec || spec == OBJ_NONE) return 0;
    Object *v;
    int r = Obj_LookupAttr(spec, Str_InternC("_initializing"), &v);
    if (r <= 0) return r;
    r = Obj_IsTrue(v);
    DECREF(v);
    return r;
}

/* Whether sys.modules holds the submodule mname.name, still running. */
static int submodule_initializing(Object *mname, Object *name) {
    if (!g_interp->modules) return 0;
    Object *full = Str_FromFormat("%U.%U", mname, name), *sub = NULL, *spec = NULL;
    if (!full) return -1;
    int r = Dict_Lookup(g_interp->modules, full, &sub);
    DECREF(full);
    if (r <= 0 || !sub) return r < 0 ? -1 : 0;
    INCREF(sub);
    r = Obj_LookupAttr(sub, ID(__spec__), &spec);
    DECREF(sub);
    if (r <= 0) return r;
    r = spec_initializing(spec);
    DECREF(spec);
    return r;
}

/* Generic lookup, then the module-level __getattr__ hook (PEP 562).  The
 * eval loop's attribute cache reads module dicts directly (eval_cache.c). */
static Object *module_getattr(Object *o, Object *name) {
    if (Import_EnsureSpecs() < 0) return NULL;
    Object *r = Obj_GenericGetAttr(o, name);
    if (r || !Err_Matches(Exc_AttributeError)) return r;
    Module *m = (Module *)o;
    if (m->dict) {
        Object *hook = Dict_GetStr(m->dict, "__getattr__");
        if (hook) {
            Err_Clear();
            INCREF(hook);
            r = Obj_CallOneArg(hook, name);
            DECREF(hook);
            return r;
        }
    }
    Err_Clear();
    Object *mname = m->dict ? Dict_GetStr(m->dict, "__name__") : NULL;
    if (mname && Str_Check(mname)) {
        int circular = spec_initializing(Dict_GetStr(m->dict, "__spec__"));
        Object *file = Dict_GetStr(m->dict, "__file__");
        if (circular > 0 && file && Str_Check(file))
            Err_Format(Exc_AttributeError,
                       "partially initialized module '%U' from '%U' has no attribute '%U' (most likely due to a "
                       "circular import)",
                       mname, file, name);
        else if (circular > 0)
            Err_Format(Exc_AttributeError,
                       "partially initialized module '%U' has no attribute '%U' (most likely due to a circular import)",
                       mname, name);
        else if (circular == 0 && (circular = submodule_initializing(mname, name)) > 0)
            Err_Format(Exc_AttributeError,
                       "cannot access submodule '%U' of module '%U' (most likely due to a circular import)", name,
                       mname);
        else if (circular == 0) Err_Format(Exc_AttributeError, "module '%U' has no attribute '%U'", mname, name);
    } else {
        Err_Format(Exc_AttributeError, "module has no attribute '%U'", name);
    }
    set_attr_error_fields(o, name);
    return NULL;
}

static Object *module_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return module_alloc(t);
}

/* module(name, doc=None) */
static int module_init(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    if (Arg_Unpack(Module_Type.args, "module", args, nargs, kwnames, a) < 0) return -1;
    if (!Str_Check(a[0])) {
        Err_Format(Exc_TypeError, "module() argument 'name' must be str, not %s", TYPE_NAME(a[0]));
        return -1;
    }
    Module *m = (Module *)o;
    if (!m->dict && !(m->dict = Dict_New())) return -1;
    SETREF(m->name, NEWREF(a[0]));
    return init_dict(m->dict, a[0], a[1]);
}

/* module.__dir__(): a __dir__ function in the module wins, else the dict's keys. */
static Object *module_dir(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Import_EnsureSpecs() < 0) return NULL;
    Module *m = (Module *)self;
    if (!m->dict) return List_New(0);
    Object *hook = Dict_GetStr(m->dict, "__dir__");
    if (hook) {
        INCREF(hook);
        Object *r = Obj_CallNoArgs(hook);
        DECREF(hook);
        return r;
    }
    return Dict_Keys(m->dict);
}

/* ---- PEP 649 annotations of modules ------------------------------------------
 * Both live in the module's dict: __annotate__, the function the compiler
 * made (None once read when absent), and __annotations__, what it returned,
 * kept once the module has finished running. */

static Object *module_get_annotate(Object *o) {
    Object *d = ((Module *)o)->dict;
    Object *v = Dict_GetStr(d, "__annotate__");
    if (v) return NEWREF(v);
    if (Dict_SetStr(d, "__annotate__", OBJ_NONE) < 0) return NULL;
    return NEWREF(OBJ_NONE);
}

/* A new function drops the annotations the old one made. */
static int module_set_annotate(Object *o, Object *v) {
    Object *d = ((Module *)o)->dict;
    if (Annotate_CheckValue(v, "cannot delete __annotate__ attribute") < 0) return -1;
    if (Dict_SetStr(d, "__annotate__", v) < 0) return -1;
    return v == OBJ_NONE ? 0 : (Dict_Pop(d, Str_InternC("__annotations__"), NULL) < 0 ? -1 : 0);
}

static Object *module_get_annotations(Object *o) {
    Object *d = ((Module *)o)->dict;
    Object *v = Dict_GetStr(d, "__annotations__");
    if (v) return NEWREF(v);
    Object *r = Annotate_Call(Dict_GetStr(d, "__annotate__"));
    if (!r) return NULL;
    /* a module still running may yet define more */
    int running = spec_initializing(Dict_GetStr(d, "__spec__"));
    if (running < 0 || (running == 0 && Dict_SetStr(d, "__annotations__", r) < 0)) CLEAR(r);
    return r;
}

/* Setting or deleting the annotations forgets the function. */
static int module_set_annotations(Object *o, Object *v) {
    Object *d = ((Module *)o)->dict;
    int r = v ? Dict_SetStr(d, "__annotations__", v) : Dict_Pop(d, Str_InternC("__annotations__"), NULL);
    if (r == 0 && !v) {
        Err_SetString(Exc_AttributeError, "__annotations__");
        return -1;
    }
    if (r < 0 || Dict_Pop(d, Str_InternC("__annotate__"), NULL) < 0) return -1;
    return 0;
}

static const MethodDef module_methods[] = {
    {"__dir__", module_dir, 0, ARGS("($self, /)", "__dir__() -> list")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef module_getset[] = {
    {"__dict__", Obj_GenericGetDict, GetSet_Readonly, NULL},
    {"__annotations__", module_get_annotations, module_set_annotations, NULL},
    {"__annotate__", module_get_annotate, module_set_annotate, NULL},
    {NULL, NULL, NULL, NULL},
};

Type Module_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "module",
    .basicsize = sizeof(Module),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .args = ARGS("(name, doc=None)", NULL),
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = Obj_GenericSetAttr,
    .traverse = module_traverse,
    .clear = module_clear,
    .new_ = module_new,
    .init = module_init,
    .methods = module_methods,
    .getset = module_getset,
    .dictoffset = offsetof(Module, dict),
};
