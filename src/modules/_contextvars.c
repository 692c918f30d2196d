/* _contextvars: ContextVar, Token and copy_context().  Contexts themselves
 * are _contextvars_context.c; the design is told in _contextvars.h. */
#include "modules/_contextvars.h"
#include "abstract.h"
#include "class.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/typing.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/hash.h"
#include "runtime/interp.h"
#include <stddef.h>

#define CVAR(o) ((ContextVar *)(o))

typedef struct Token {
    Object ob;
    Object *ctx;  /* the context the variable was set in (owned) */
    Object *var;  /* owned */
    Object *old;  /* the value before (owned), or &ContextToken_Missing */
    bool used;
} Token;

#define TOKEN(o) ((Token *)(o))

/* ---- Token.MISSING --------------------------------------------------------------- */

static Object *missing_repr(Object *o) { return Str_FromUTF8("<Token.MISSING>", -1); }

Type ContextTokenMissing_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "Token.MISSING",
    .basicsize = sizeof(Object),
    .repr = missing_repr,
};

Object ContextToken_Missing = OBJ_HEAD_INIT(&ContextTokenMissing_Type);

/* ---- ContextVar ------------------------------------------------------------------ */

static Object *contextvar_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    if (Arg_Unpack(t->args, "ContextVar", args, nargs, kwnames, a) < 0) return NULL;
    if (!Str_Check(a[0])) {
        Err_SetString(Exc_TypeError, "context variable name must be a str");
        return NULL;
    }
    hash_t name_hash = Obj_Hash(a[0]);
    if (name_hash == -1) return NULL;
    Object *var = Obj_Alloc(&ContextVar_Type, sizeof(ContextVar));
    if (!var) return NULL;
    CVAR(var)->name = NEWREF(a[0]);
    CVAR(var)->dflt = XNEWREF(a[1]);
    /* CPython's hash, so that contexts iterate in the order its trie gives */
    hash_t h = Hash_Pointer(var) ^ name_hash;
    CVAR(var)->hash = h == -1 ? -2 : h;
    return var;
}

static void contextvar_dealloc(Object *o) {
    CLEAR(CVAR(o)->name);
    CLEAR(CVAR(o)->dflt);
    Obj_Free(o);
}

static int contextvar_traverse(Object *o, VisitFn visit, void *arg) {
    if (CVAR(o)->name && visit(CVAR(o)->name, arg)) return 1;
    return CVAR(o)->dflt && visit(CVAR(o)->dflt, arg);
}

static int contextvar_clear(Object *o) {
    CLEAR(CVAR(o)->dflt);
    return 0;
}

static hash_t contextvar_hash(Object *o) { return CVAR(o)->hash; }

static Object *contextvar_repr(Object *o) {
    ContextVar *v = CVAR(o);
    if (v->dflt) return Str_FromFormat("<ContextVar name=%R default=%R at %p>", v->name, v->dflt, (void *)o);
    return Str_FromFormat("<ContextVar name=%R at %p>", v->name, (void *)o);
}

/* get(default=<unrepresentable>, /) */
static Object *contextvar_get(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *v = Context_Lookup(g_interp->context, self);
    if (!v) v = nargs > 0 ? args[0] : CVAR(self)->dflt;
    if (!v) {
        Err_SetObject(Exc_LookupError, self);
        return NULL;
    }
    return NEWREF(v);
}

/* set(value, /): a Token that can undo it. */
static Object *contextvar_set(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *ctx = Context_Current();
    if (!ctx) return Err_NoMemory();
    Object *old = Context_Lookup(ctx, self);
    Object *tok = Obj_Alloc(&ContextToken_Type, sizeof(Token));
    if (!tok) return NULL;
    TOKEN(tok)->ctx = NEWREF(ctx);
    TOKEN(tok)->var = NEWREF(self);
    TOKEN(tok)->old = NEWREF(old ? old : &ContextToken_Missing);
    if (Context_Store(ctx, self, args[0]) < 0) CLEAR(tok);
    return tok;
}

/* Undoes the set() that made tok, which must be fresh, of var, and made in
 * the current context.  -1 on error. */
static int contextvar_reset_to(Object *var, Object *tok) {
    Token *t = TOKEN(tok);
    if (t->used) {
        Err_Format(Exc_RuntimeError, "%R has already been used once", tok);
        return -1;
    }
    if (t->var != var) {
        Err_Format(Exc_ValueError, "%R was created by a different ContextVar", tok);
        return -1;
    }
    if (t->ctx != g_interp->context) {
        Err_Format(Exc_ValueError, "%R was created in a different Context", tok);
        return -1;
    }
    t->used = true;
    return Context_Store(t->ctx, var, t->old == &ContextToken_Missing ? NULL : t->old);
}

static Object *contextvar_reset(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (TYPE(args[0]) != &ContextToken_Type) {
        Err_Format(Exc_TypeError, "expected an instance of Token, got %R", args[0]);
        return NULL;
    }
    if (contextvar_reset_to(self, args[0]) < 0) return NULL;
    RETURN_NONE;
}

static const MethodDef contextvar_methods[] = {
    {"get", contextvar_get, 0,
     ARGS("($self, default=<unrepresentable>, /)",
          "Return a value for the context variable for the current context.\n\n"
          "If there is no value for the variable in the current context, the\n"
          "method will:\n"
          " * return the value of the default argument of the method, if\n"
          "   provided; or\n"
          " * return the default value for the context variable, if it was\n"
          "   created with one; or\n"
          " * raise a LookupError.")},
    {"set", contextvar_set, 0,
     ARGS("($self, value, /)",
          "Call to set a new value for the context variable in the current context.\n\n"
          "The required value argument is the new value for the context\n"
          "variable.\n\n"
          "Returns a Token object that can be used to restore the variable to\n"
          "its previous value via the `ContextVar.reset()` method.")},
    {"reset", contextvar_reset, 0,
     ARGS("($self, token, /)",
          "Reset the context variable.\n\n"
          "The variable is reset to the value it had before the\n"
          "`ContextVar.set()` that created the token was used.")},
    {"__class_getitem__", GenericAlias_ClassGetItem, METH_CLASS,
     ARGS("($type, object, /)", "ContextVars are generic over the type of their contained values")},
    {NULL, NULL, 0, NULL},
};

Type ContextVar_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_contextvars.ContextVar",
    .basicsize = sizeof(ContextVar),
    .flags = TPFLAG_GC,
    .dealloc = contextvar_dealloc,
    .repr = contextvar_repr,
    .hash = contextvar_hash,
    .traverse = contextvar_traverse,
    .clear = contextvar_clear,
    .new_ = contextvar_new,
    .methods = contextvar_methods,
    .args = ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "(name, /, *, default=<unrepresentable>)", NULL),
};

/* ---- Token ----------------------------------------------------------------------- */

static Object *token_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Err_SetString(Exc_RuntimeError, "Tokens can only be created by ContextVars");
    return NULL;
}

static void token_dealloc(Object *o) {
    CLEAR(TOKEN(o)->ctx);
    CLEAR(TOKEN(o)->var);
    CLEAR(TOKEN(o)->old);
    Obj_Free(o);
}

static int token_traverse(Object *o, VisitFn visit, void *arg) {
    Token *t = TOKEN(o);
    if (t->ctx && visit(t->ctx, arg)) return 1;
    if (t->var && visit(t->var, arg)) return 1;
    return t->old && visit(t->old, arg);
}

static int token_clear(Object *o) {
    CLEAR(TOKEN(o)->ctx);
    CLEAR(TOKEN(o)->var);
    CLEAR(TOKEN(o)->old);
    return 0;
}

static Object *token_repr(Object *o) {
    Token *t = TOKEN(o);
    return Str_FromFormat("<Token%s var=%R at %p>", t->used ? " used" : "", t->var ? t->var : OBJ_NONE,
                          (void *)o);
}

static Object *token_enter(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(self);
}

static Object *token_exit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *var = TOKEN(self)->var;
    if (!var) {
        Err_SetString(Exc_RuntimeError, "token is cleared");
        return NULL;
    }
    if (contextvar_reset_to(var, self) < 0) return NULL;
    RETURN_NONE;
}

static Object *token_get_var(Object *self) { return NEWREF(TOKEN(self)->var ? TOKEN(self)->var : OBJ_NONE); }

static Object *token_get_old_value(Object *self) {
    return NEWREF(TOKEN(self)->old ? TOKEN(self)->old : &ContextToken_Missing);
}

static const MethodDef token_methods[] = {
    {"__enter__", token_enter, 0, ARGS("($self, /)", "Enter into Token context manager.")},
    {"__exit__", token_exit, 0,
     ARGS("($self, type, val, tb, /)", "Exit from Token context manager, restore the linked ContextVar.")},
    {"__class_getitem__", GenericAlias_ClassGetItem, METH_CLASS,
     ARGS("($type, object, /)", "Tokens are generic over the same type as the ContextVar which created them.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef token_getset[] = {
    {"var", token_get_var, NULL, NULL},
    {"old_value", token_get_old_value, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type ContextToken_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_contextvars.Token",
    .basicsize = sizeof(Token),
    .flags = TPFLAG_GC,
    .dealloc = token_dealloc,
    .repr = token_repr,
    .hash = Obj_HashNotImplemented,
    .traverse = token_traverse,
    .clear = token_clear,
    .new_ = token_new,
    .methods = token_methods,
    .getset = token_getset,
};

/* ---- the module ------------------------------------------------------------------ */

static Object *cv_copy_context(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return Context_CopyCurrent();
}

static const MethodDef contextvars_functions[] = {
    {"copy_context", cv_copy_context, 0, ARGS("($module, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type *const Contextvars_Types[] = {
    &Context_Type, &ContextVar_Type, &ContextToken_Type, &ContextTokenMissing_Type,
    &ContextKeys_Type, &ContextValues_Type, &ContextItems_Type, NULL,
};

/* The class attributes that are objects: Token.MISSING, and ContextVar.name,
 * a read-only member as in CPython. */
int Contextvars_Ready(void) {
    if (Dict_SetStr(ContextToken_Type.dict, "MISSING", &ContextToken_Missing) < 0) return -1;
    Object *name = Str_InternC("name");
    Object *member = name ? MemberDescr_New(&ContextVar_Type, name, offsetof(ContextVar, name), NULL, true) : NULL;
    int r = member ? Dict_SetStr(ContextVar_Type.dict, "name", member) : -1;
    XDECREF(member);
    return r;
}

int Contextvars_Init(Object *m) {
    if (Module_AddObjectSteal(m, "__doc__", Str_FromUTF8("Context Variables", -1)) < 0) return -1;
    if (Module_AddObject(m, "Context", (Object *)&Context_Type) < 0) return -1;
    if (Module_AddObject(m, "ContextVar", (Object *)&ContextVar_Type) < 0) return -1;
    if (Module_AddObject(m, "Token", (Object *)&ContextToken_Type) < 0) return -1;
    return Module_AddFunctions(m, contextvars_functions);
}
