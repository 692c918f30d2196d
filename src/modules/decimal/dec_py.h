/* The Python face of decimal: Decimal and Context objects, and what the
 * files that make them share (see decimal.h for the arithmetic). */
#ifndef CIPY_DEC_PY_H
#define CIPY_DEC_PY_H
#include "modules/decimal/decimal.h"

typedef struct DecObject {
    Object ob;
    hash_t hash;    /* -1: not computed yet */
    DecNum n;
} DecObject;

typedef struct DecCtx {
    Object ob;
    DecEnv env;     /* env.status is unused */
    uint32_t flags, traps;  /* signal bits (DEC_CLAMPED .. DEC_UNDERFLOW) */
    int capitals;
} DecCtx;

extern Type Dec_Type, DecCtx_Type, DecSignalDict_Type, DecCtxManager_Type;
extern Type *const Decimal_Types[];

#define Dec_Check(o) (!IS_SMALL(o) && (TYPE(o) == &Dec_Type || Type_IsSubtype(TYPE(o), &Dec_Type)))
#define DecCtx_Check(o) (!IS_SMALL(o) && Type_IsSubtype(TYPE(o), &DecCtx_Type))
#define DEC_NUM(o) (&((DecObject *)(o))->n)

/* Per interpreter: what the module made (a tuple in Interp.decimal_state). */
enum {
    DEC_STATE_VAR,          /* the ContextVar holding the thread's context */
    DEC_STATE_DEFAULT,      /* DefaultContext, the template of new contexts */
    DEC_STATE_BASIC,
    DEC_STATE_EXTENDED,
    DEC_STATE_TUPLE,        /* DecimalTuple */
    DEC_STATE_SIGNAL_DICT,  /* SignalDict: SignalDictMixin with MutableMapping's methods */
    DEC_STATE_EXCEPTION,    /* DecimalException */
    DEC_STATE_CONDITIONS,   /* the class of each condition bit, in bit order */
    DEC_STATE_SIZE = DEC_STATE_CONDITIONS + DEC_CONDITION_COUNT,
};
/* An item of the state (borrowed); NULL with ImportError-free SystemError
 * when decimal was never imported in this interpreter. */
Object *DecState_Get(int index);

/* The current context (borrowed), made from DefaultContext the first time. */
DecCtx *DecCtx_Current(void);
/* A method's context argument: NULL or None is the current one; anything
 * else but a Context is TypeError.  Borrowed. */
DecCtx *DecCtx_FromArg(Object *arg);
/* Records status in ctx's flags and raises the first trapped signal;
 * -1 when it raised.  (Inline: most operations meet no condition, or
 * none that is trapped.) */
int DecCtx_SignalSlow(DecCtx *ctx, uint32_t status);
static inline int DecCtx_Signal(DecCtx *ctx, uint32_t status) {
    if (__builtin_expect(!Dec_TooBig, 1)) {
        if (!status) return 0;
        uint32_t sig = status & ((1u << DEC_SIGNAL_COUNT) - 1);
        if (status & DEC_INVALID_ANY) sig |= DEC_INVALID_OPERATION;
        if (!(sig & ctx->traps)) {
            ctx->flags |= sig;
            return 0;
        }
    }
    return DecCtx_SignalSlow(ctx, status);
}
/* Parses a rounding name (a str such as 'ROUND_UP'); -1 with TypeError. */
int DecCtx_RoundingFromObject(Object *o);

/* A new Decimal of type t (Dec_Type or a subclass), zero. */
DecObject *Dec_Alloc(Type *t);
/* o as a Decimal (new reference): Decimal itself, an int exactly; other
 * types give NotImplemented, or TypeError when strict. */
Object *Dec_Convert(Object *o, bool strict);
/* Decimal(value) in context ctx: exact (the constructor) or rounded to
 * the context (create_decimal).  t is the type to make. */
Object *Dec_FromValue(Type *t, Object *value, DecCtx *ctx, bool rounded);
/* Decimal.from_float(f) of type t (a float or int). */
Object *Dec_FromFloatObject(Type *t, Object *f, DecCtx *ctx, bool rounded);
typedef void (*DecBinFn)(DecNum *, const DecNum *, const DecNum *, DecEnv *);
typedef void (*DecUnFn)(DecNum *, const DecNum *, DecEnv *);
/* Runs fn on converted operands in ctx: a new Decimal, or NULL when a
 * trapped signal was raised. */
Object *Dec_RunBinary(DecBinFn fn, Object *a, Object *b, DecCtx *ctx);
Object *Dec_RunUnary(DecUnFn fn, Object *a, DecCtx *ctx);
Object *Dec_DivMod(Object *a, Object *b, DecCtx *ctx);
/* int(self) rounded toward an integer as mode says. */
Object *Dec_ToInt(Object *self, int mode);
Object *Dec_Text(Object *self, bool eng, DecCtx *ctx);
void Dec_AddFn(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_SubFn(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_FloorDivFn(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_RemFn(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_PowerFn(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_PlusFn(DecNum *r, const DecNum *a, DecEnv *env);
void Dec_MinusFn(DecNum *r, const DecNum *a, DecEnv *env);
Object *Dec_DivmodMethod(Object *self, Object *const *args, size_t nargs, Object *kw);
Object *Dec_RDivmodMethod(Object *self, Object *const *args, size_t nargs, Object *kw);

/* (a ** b) % m of Decimals or ints in ctx: a new Decimal; NULL when a
 * trapped signal was raised; NotImplemented (or TypeError when strict)
 * for an operand of another type. */
Object *Dec_PowModObjects(Object *a, Object *b, Object *m, DecCtx *ctx, bool strict);
/* pow(a, b, m) with a Decimal among them (the built-in pow's hook). */
Object *Dec_TernaryPow(Object *a, Object *b, Object *m);

/* Runs a Context method by name on the current Decimal methods: the
 * Context methods that mirror Decimal ones (dec_object.c). */
Object *Dec_CallAsMethod(const char *name, DecCtx *ctx, Object *const *args, size_t nargs);
#endif
