/* Context variables (PEP 567): the _contextvars module.
 *
 * The running code's current Context is Interp.context (NULL until a
 * variable is first set; an absent context reads as an empty one).  A
 * Context maps ContextVars to values through a dict that contexts share:
 * copying a context shares its dict, and a context changes its dict in
 * place only while it holds the only reference to it, otherwise it works
 * on a copy first (copy on write).  So copy_context() costs one reference,
 * and a snapshot (an iterator, a copy) never sees later changes.
 *
 * Nothing switches contexts but Context.run (Context_Enter/Context_Exit):
 * generators and coroutines run in whatever context resumes them, as in
 * CPython.  An event loop runs each step of a task inside the task's own
 * context through Context.run, or through Context_Enter/Context_Exit from
 * C. */
#ifndef CIPY_CONTEXTVARS_H
#define CIPY_CONTEXTVARS_H
#include "object.h"

typedef struct Context {
    Object ob;
    Object *vars;  /* dict ContextVar -> value (owned), NULL when empty; see above */
    Object *prev;  /* while entered: the context that was current before (owned, may be NULL) */
    bool entered;
} Context;

typedef struct ContextVar {
    Object ob;
    Object *name;     /* str (owned) */
    Object *dflt;     /* the default (owned), NULL when it has none */
    hash_t hash;      /* CPython's: the identity hash mixed with the name's */
} ContextVar;

extern Type Context_Type, ContextVar_Type, ContextToken_Type, ContextTokenMissing_Type;
extern Type ContextKeys_Type, ContextValues_Type, ContextItems_Type;
extern Object ContextToken_Missing; /* Token.MISSING */

#define Context_Check(o) (!IS_SMALL(o) && TYPE(o) == &Context_Type)
#define ContextVar_Check(o) (!IS_SMALL(o) && TYPE(o) == &ContextVar_Type)

/* A new, empty Context. */
Object *Context_New(void);
/* A new Context holding what the current one holds: copy_context(). */
Object *Context_CopyCurrent(void);
/* Makes ctx the current context, remembering the one it replaces; -1 with
 * RuntimeError if ctx is entered already. */
int Context_Enter(Object *ctx);
/* Makes the context current again that was before ctx was entered; -1 with
 * RuntimeError if ctx is not the current, entered context. */
int Context_Exit(Object *ctx);
/* The current context, made (empty) if there is none yet.  Borrowed;
 * NULL on memory error. */
Object *Context_Current(void);
/* var's value in ctx (borrowed, NULL when it has none; ctx may be NULL:
 * empty).  Never raises. */
Object *Context_Lookup(Object *ctx, Object *var);
/* The version of ctx's variables' dict (0: it holds none): the same
 * version means the same variables with the same values. */
uint64_t Context_VarsVersion(Object *ctx);
/* Sets (value non-NULL) or removes var in ctx, copying the dict first when
 * it is shared.  -1 on error (memory). */
int Context_Store(Object *ctx, Object *var, Object *value);

int Contextvars_Init(Object *module);
int Contextvars_Ready(void);
extern Type *const Contextvars_Types[];
#endif
