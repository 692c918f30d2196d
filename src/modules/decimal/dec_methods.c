/* The named methods of decimal.Decimal, and the Context methods that run
 * the same operations in a given context (Context.add(x, y) is x + y in
 * that context, with strict operand conversion). */
#include "abstract.h"
#include "modules/decimal/dec_py.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <stdlib.h>
#include <string.h>

/* ---- predicates and other exact queries ---- */

static bool is_subnormal_in(const DecNum *n, const DecEnv *env) {
    return n->kind == DEC_FINITE && mpz_sgn(n->coef) != 0 && DecNum_Adjusted(n) < env->emin;
}

static bool is_normal_in(const DecNum *n, const DecEnv *env) {
    return n->kind == DEC_FINITE && mpz_sgn(n->coef) != 0 && DecNum_Adjusted(n) >= env->emin;
}

static const char *number_class(const DecNum *n, const DecEnv *env) {
    switch (n->kind) {
    case DEC_SNAN: return "sNaN";
    case DEC_QNAN: return "NaN";
    case DEC_INF: return n->sign ? "-Infinity" : "+Infinity";
    default: break;
    }
    if (mpz_sgn(n->coef) == 0) return n->sign ? "-Zero" : "+Zero";
    if (is_subnormal_in(n, env)) return n->sign ? "-Subnormal" : "+Subnormal";
    return n->sign ? "-Normal" : "+Normal";
}

enum Pred { P_CANONICAL, P_FINITE, P_INFINITE, P_NAN, P_NORMAL, P_QNAN, P_SIGNED, P_SNAN, P_SUBNORMAL, P_ZERO };

static bool predicate(int which, const DecNum *n, const DecEnv *env) {
    switch (which) {
    case P_CANONICAL: return true;
    case P_FINITE: return n->kind == DEC_FINITE;
    case P_INFINITE: return n->kind == DEC_INF;
    case P_NAN: return DecNum_IsNaN(n);
    case P_NORMAL: return is_normal_in(n, env);
    case P_QNAN: return n->kind == DEC_QNAN;
    case P_SIGNED: return n->sign;
    case P_SNAN: return n->kind == DEC_SNAN;
    case P_SUBNORMAL: return is_subnormal_in(n, env);
    default: return DecNum_IsZero(n);
    }
}

/* ---- the operations, by name ---- */

static void op_compare(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    if (Dec_NaNResult(r, a, b, env)) return;
    DecNum_SetI64(r, Dec_CmpNum(a, b));
}

static void op_compare_signal(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    if (DecNum_IsNaN(a) || DecNum_IsNaN(b)) env->status |= DEC_INVALID_OPERATION;
    op_compare(r, a, b, env);
}

static void op_compare_total(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    (void)env;
    DecNum_SetI64(r, Dec_CmpTotal(a, b, false));
}

static void op_compare_total_mag(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    (void)env;
    DecNum_SetI64(r, Dec_CmpTotal(a, b, true));
}

static void op_copy_sign(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    (void)env;
    DecNum_Copy(r, a);
    r->sign = b->sign;
}

static void op_copy_abs(DecNum *r, const DecNum *a, DecEnv *env) {
    (void)env;
    DecNum_Copy(r, a);
    r->sign = 0;
}

static void op_copy_negate(DecNum *r, const DecNum *a, DecEnv *env) {
    (void)env;
    DecNum_Copy(r, a);
    r->sign ^= 1;
}

static void op_copy(DecNum *r, const DecNum *a, DecEnv *env) {
    (void)env;
    DecNum_Copy(r, a);
}

static void op_max(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { Dec_MinMax(r, a, b, true, false, env); }
static void op_max_mag(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { Dec_MinMax(r, a, b, true, true, env); }
static void op_min(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { Dec_MinMax(r, a, b, false, false, env); }
static void op_min_mag(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { Dec_MinMax(r, a, b, false, true, env); }
static void op_next_plus(DecNum *r, const DecNum *a, DecEnv *env) { Dec_NextToward(r, a, 1, env); }
static void op_next_minus(DecNum *r, const DecNum *a, DecEnv *env) { Dec_NextToward(r, a, -1, env); }

static void op_next_toward(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    if (Dec_NaNResult(r, a, b, env)) return;
    int c = Dec_CmpNum(a, b);
    if (c == 0) {
        DecNum_Copy(r, a);
        r->sign = b->sign;
        return;
    }
    uint32_t before = env->status;
    Dec_NextToward(r, a, c < 0 ? 1 : -1, env);
    env->status = before;
    /* Stepping is exact, unless the step leaves the normal range. */
    if (r->kind == DEC_INF) {
        env->status |= DEC_OVERFLOW | DEC_INEXACT | DEC_ROUNDED;
    } else if (is_subnormal_in(r, env) || DecNum_IsZero(r)) {
        env->status |= DEC_UNDERFLOW | DEC_SUBNORMAL | DEC_INEXACT | DEC_ROUNDED;
        if (DecNum_IsZero(r)) env->status |= DEC_CLAMPED;
    }
}

static void op_reduce(DecNum *r, const DecNum *a, DecEnv *env) { Dec_Reduce(r, a, env); }
static void op_to_integral_value(DecNum *r, const DecNum *a, DecEnv *env) { Dec_ToIntegral(r, a, env->round, false, env); }
static void op_to_integral_exact(DecNum *r, const DecNum *a, DecEnv *env) { Dec_ToIntegral(r, a, env->round, true, env); }

static void op_same_quantum(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) {
    (void)env;
    bool same;
    if (DecNum_IsNaN(a) || DecNum_IsNaN(b)) same = DecNum_IsNaN(a) && DecNum_IsNaN(b);
    else if (a->kind == DEC_INF || b->kind == DEC_INF) same = a->kind == b->kind;
    else same = a->exp == b->exp;
    DecNum_SetI64(r, same);
}

static void op_canonical(DecNum *r, const DecNum *a, DecEnv *env) {
    (void)env;
    DecNum_Copy(r, a);
}

typedef enum { K_UNARY, K_BINARY, K_TERNARY, K_PRED, K_TEXT, K_CLASS, K_DIVMOD, K_BINARY_BOOL } OpKind;

typedef struct DecOp {
    const char *name;
    OpKind kind;
    DecUnFn un;
    DecBinFn bin;
    int pred;   /* K_PRED: enum Pred; K_TEXT: engineering */
} DecOp;

void Dec_ExpFn(DecNum *r, const DecNum *a, DecEnv *env);
void Dec_LnFn(DecNum *r, const DecNum *a, DecEnv *env);
void Dec_Log10Fn(DecNum *r, const DecNum *a, DecEnv *env);
void Dec_LogicalAnd(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_LogicalOr(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_LogicalXor(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_LogicalInvert(DecNum *r, const DecNum *a, DecEnv *env);
void Dec_Rotate(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_Shift(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env);
void Dec_QuantizeFn(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { Dec_Quantize(r, a, b, env); }
static void op_scaleb(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { Dec_ScaleB(r, a, b, env); }
static void op_logb(DecNum *r, const DecNum *a, DecEnv *env) { Dec_Logb(r, a, env); }
static void op_sqrt(DecNum *r, const DecNum *a, DecEnv *env) { Dec_Sqrt(r, a, env); }
static void op_remnear(DecNum *r, const DecNum *a, const DecNum *b, DecEnv *env) { Dec_RemainderNear(r, a, b, env); }

static const DecOp ops[] = {
    {"abs", K_UNARY, Dec_Abs, NULL, 0},
    {"add", K_BINARY, NULL, Dec_AddFn, 0},
    {"canonical", K_UNARY, op_canonical, NULL, 0},
    {"compare", K_BINARY, NULL, op_compare, 0},
    {"compare_signal", K_BINARY, NULL, op_compare_signal, 0},
    {"compare_total", K_BINARY, NULL, op_compare_total, 0},
    {"compare_total_mag", K_BINARY, NULL, op_compare_total_mag, 0},
    {"copy_abs", K_UNARY, op_copy_abs, NULL, 0},
    {"copy_decimal", K_UNARY, op_copy, NULL, 0},
    {"copy_negate", K_UNARY, op_copy_negate, NULL, 0},
    {"copy_sign", K_BINARY, NULL, op_copy_sign, 0},
    {"divide", K_BINARY, NULL, Dec_Div, 0},
    {"divide_int", K_BINARY, NULL, Dec_FloorDivFn, 0},
    {"divmod", K_DIVMOD, NULL, NULL, 0},
    {"exp", K_UNARY, Dec_ExpFn, NULL, 0},
    {"fma", K_TERNARY, NULL, NULL, 0},
    {"is_canonical", K_PRED, NULL, NULL, P_CANONICAL},
    {"is_finite", K_PRED, NULL, NULL, P_FINITE},
    {"is_infinite", K_PRED, NULL, NULL, P_INFINITE},
    {"is_nan", K_PRED, NULL, NULL, P_NAN},
    {"is_normal", K_PRED, NULL, NULL, P_NORMAL},
    {"is_qnan", K_PRED, NULL, NULL, P_QNAN},
    {"is_signed", K_PRED, NULL, NULL, P_SIGNED},
    {"is_snan", K_PRED, NULL, NULL, P_SNAN},
    {"is_subnormal", K_PRED, NULL, NULL, P_SUBNORMAL},
    {"is_zero", K_PRED, NULL, NULL, P_ZERO},
    {"ln", K_UNARY, Dec_LnFn, NULL, 0},
    {"log10", K_UNARY, Dec_Log10Fn, NULL, 0},
    {"logb", K_UNARY, op_logb, NULL, 0},
    {"logical_and", K_BINARY, NULL, Dec_LogicalAnd, 0},
    {"logical_invert", K_UNARY, Dec_LogicalInvert, NULL, 0},
    {"logical_or", K_BINARY, NULL, Dec_LogicalOr, 0},
    {"logical_xor", K_BINARY, NULL, Dec_LogicalXor, 0},
    {"max", K_BINARY, NULL, op_max, 0},
    {"max_mag", K_BINARY, NULL, op_max_mag, 0},
    {"min", K_BINARY, NULL, op_min, 0},
    {"min_mag", K_BINARY, NULL, op_min_mag, 0},
    {"minus", K_UNARY, Dec_MinusFn, NULL, 0},
    {"multiply", K_BINARY, NULL, Dec_Mul, 0},
    {"next_minus", K_UNARY, op_next_minus, NULL, 0},
    {"next_plus", K_UNARY, op_next_plus, NULL, 0},
    {"next_toward", K_BINARY, NULL, op_next_toward, 0},
    {"normalize", K_UNARY, op_reduce, NULL, 0},
    {"number_class", K_CLASS, NULL, NULL, 0},
    {"plus", K_UNARY, Dec_PlusFn, NULL, 0},
    {"power", K_BINARY, NULL, Dec_PowerFn, 0},
    {"quantize", K_BINARY, NULL, Dec_QuantizeFn, 0},
    {"remainder", K_BINARY, NULL, Dec_RemFn, 0},
    {"remainder_near", K_BINARY, NULL, op_remnear, 0},
    {"rotate", K_BINARY, NULL, Dec_Rotate, 0},
    {"same_quantum", K_BINARY_BOOL, NULL, op_same_quantum, 0},
    {"scaleb", K_BINARY, NULL, op_scaleb, 0},
    {"shift", K_BINARY, NULL, Dec_Shift, 0},
    {"sqrt", K_UNARY, op_sqrt, NULL, 0},
    {"subtract", K_BINARY, NULL, Dec_SubFn, 0},
    {"to_eng_string", K_TEXT, NULL, NULL, 1},
    {"to_integral_exact", K_UNARY, op_to_integral_exact, NULL, 0},
    {"to_integral_value", K_UNARY, op_to_integral_value, NULL, 0},
    {"to_sci_string", K_TEXT, NULL, NULL, 0},
};

/* The operation of a name.  The names come as the callers' literals:
 * the last one found for each literal is remembered, in a table indexed
 * by its address, and checked by one comparison. */
static const DecOp *find_op(const char *name) {
    static const DecOp *seen[64];
    const DecOp **slot = &seen[((uintptr_t)name >> 3) % 64];
    const DecOp *op = __atomic_load_n(slot, __ATOMIC_RELAXED);
    if (op && strcmp(op->name, name) == 0) return op;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if (strcmp(ops[i].name, name) == 0) {
            __atomic_store_n(slot, &ops[i], __ATOMIC_RELAXED);
            return &ops[i];
        }
    }
    return NULL;
}

static Object *run_fma(Object *a, Object *b, Object *c, DecCtx *ctx) {
    DecObject *r = Dec_Alloc(&Dec_Type);
    if (!r) return NULL;
    DecEnv env = ctx->env;
    env.status = 0;
    Dec_Fma(&r->n, DEC_NUM(a), DEC_NUM(b), DEC_NUM(c), &env);
    if (DecCtx_Signal(ctx, env.status) < 0) {
        DECREF((Object *)r);
        return NULL;
    }
    return (Object *)r;
}

/* Runs op on operands already converted, in ctx. */
static Object *run_op(const DecOp *op, Object *const *x, DecCtx *ctx) {
    switch (op->kind) {
    case K_UNARY: return Dec_RunUnary(op->un, x[0], ctx);
    case K_BINARY: return Dec_RunBinary(op->bin, x[0], x[1], ctx);
    case K_BINARY_BOOL: {
        Object *r = Dec_RunBinary(op->bin, x[0], x[1], ctx);
        if (!r) return NULL;
        bool t = mpz_sgn(DEC_NUM(r)->coef) != 0;
        DECREF((Object *)r);
        return Bool_From(t);
    }
    case K_TERNARY: return run_fma(x[0], x[1], x[2], ctx);
    case K_DIVMOD: return Dec_DivMod(x[0], x[1], ctx);
    case K_PRED: return Bool_From(predicate(op->pred, DEC_NUM(x[0]), &ctx->env));
    case K_TEXT: return Dec_Text(x[0], op->pred != 0, ctx);
    case K_CLASS: return Str_FromUTF8(number_class(DEC_NUM(x[0]), &ctx->env), -1);
    }
    return NULL;
}

static int op_arity(const DecOp *op) {
    switch (op->kind) {
    case K_BINARY: case K_BINARY_BOOL: case K_DIVMOD: return 2;
    case K_TERNARY: return 3;
    default: return 1;
    }
}

Object *Dec_PowModObjects(Object *a, Object *b, Object *m, DecCtx *ctx, bool strict) {
    Object *ops[3] = {a, b, m}, *x[3] = {NULL, NULL, NULL};
    Object *r = NULL;
    for (int i = 0; i < 3; i++) {
        x[i] = Dec_Convert(ops[i], strict);
        if (!x[i] || x[i] == OBJ_NOTIMPL) {
            r = x[i];
            x[i] = NULL;
            goto done;
        }
    }
    DecObject *res = Dec_Alloc(&Dec_Type);
    if (res) {
        DecEnv env = ctx->env;
        env.status = 0;
        Dec_PowMod(&res->n, DEC_NUM(x[0]), DEC_NUM(x[1]), DEC_NUM(x[2]), &env);
        r = (Object *)res;
        if (DecCtx_Signal(ctx, env.status) < 0) CLEAR(r);
    }
done:
    for (int i = 0; i < 3; i++) XDECREF(x[i]);
    return r;
}

/* pow(a, b, m) when one of them is a Decimal. */
Object *Dec_TernaryPow(Object *a, Object *b, Object *m) {
    DecCtx *ctx = DecCtx_Current();
    return ctx ? Dec_PowModObjects(a, b, m, ctx, false) : NULL;
}

Object *Dec_CallAsMethod(const char *name, DecCtx *ctx, Object *const *args, size_t nargs) {
    const DecOp *op = find_op(name);
    if (!op) {
        Err_BadInternalCall("Dec_CallAsMethod");
        return NULL;
    }
    if (strcmp(name, "power") == 0 && nargs > 2 && args[2] && args[2] != OBJ_NONE)
        return Dec_PowModObjects(args[0], args[1], args[2], ctx, true);
    int n = op_arity(op);
    Object *x[3] = {NULL, NULL, NULL};
    Object *r = NULL;
    for (int i = 0; i < n; i++)
        if (!(x[i] = Dec_Convert(args[i], true))) goto done;
    r = run_op(op, x, ctx);
done:
    for (int i = 0; i < n; i++) XDECREF(x[i]);
    return r;
}

/* A Decimal method: self, then the operation's other operands, then the
 * optional context (at args[n - 1] of the declared slots). */
static Object *method_run(const char *name, Object *self, Object *const *args, size_t nargs) {
    const DecOp *op = find_op(name);
    int n = op_arity(op);
    Object *ctxarg = (size_t)(n - 1) < nargs ? args[n - 1] : NULL;
    DecCtx *ctx = DecCtx_FromArg(ctxarg);
    if (!ctx) return NULL;
    Object *x[3] = {self, NULL, NULL};
    Object *r = NULL;
    for (int i = 1; i < n; i++)
        if (!(x[i] = Dec_Convert(args[i - 1], true))) goto done;
    r = run_op(op, x, ctx);
done:
    for (int i = 1; i < n; i++) XDECREF(x[i]);
    return r;
}

#define DEC_M(cname, pyname)                                                              \
    static Object *cname(Object *self, Object *const *args, size_t nargs, Object *kw) {   \
        (void)kw;                                                                          \
        return method_run(pyname, self, args, nargs);                                      \
    }
DEC_M(m_compare, "compare") DEC_M(m_compare_signal, "compare_signal") DEC_M(m_compare_total, "compare_total")
DEC_M(m_compare_total_mag, "compare_total_mag") DEC_M(m_copy_sign, "copy_sign") DEC_M(m_exp, "exp")
DEC_M(m_fma, "fma") DEC_M(m_is_normal, "is_normal") DEC_M(m_is_subnormal, "is_subnormal") DEC_M(m_ln, "ln")
DEC_M(m_log10, "log10") DEC_M(m_logb, "logb") DEC_M(m_logical_and, "logical_and")
DEC_M(m_logical_invert, "logical_invert") DEC_M(m_logical_or, "logical_or") DEC_M(m_logical_xor, "logical_xor")
DEC_M(m_max, "max") DEC_M(m_max_mag, "max_mag") DEC_M(m_min, "min") DEC_M(m_min_mag, "min_mag")
DEC_M(m_next_minus, "next_minus") DEC_M(m_next_plus, "next_plus") DEC_M(m_next_toward, "next_toward")
DEC_M(m_normalize, "normalize") DEC_M(m_number_class, "number_class") DEC_M(m_remainder_near, "remainder_near")
DEC_M(m_rotate, "rotate") DEC_M(m_same_quantum, "same_quantum") DEC_M(m_scaleb, "scaleb") DEC_M(m_shift, "shift")
DEC_M(m_sqrt, "sqrt") DEC_M(m_to_eng_string, "to_eng_string")

/* The predicates that take no context. */
#define DEC_P(cname, which)                                                               \
    static Object *cname(Object *self, Object *const *args, size_t nargs, Object *kw) {   \
        (void)args, (void)nargs, (void)kw;                                                 \
        return Bool_From(predicate(which, DEC_NUM(self), NULL));                           \
    }
DEC_P(m_is_canonical, P_CANONICAL) DEC_P(m_is_finite, P_FINITE) DEC_P(m_is_infinite, P_INFINITE)
DEC_P(m_is_nan, P_NAN) DEC_P(m_is_qnan, P_QNAN) DEC_P(m_is_signed, P_SIGNED) DEC_P(m_is_snan, P_SNAN)
DEC_P(m_is_zero, P_ZERO)

static Object *m_self(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    return NEWREF(self);
}

static Object *new_num(void (*fill)(DecNum *, const DecNum *, DecEnv *), Object *self) {
    DecObject *r = Dec_Alloc(&Dec_Type);
    if (r) fill(&r->n, DEC_NUM(self), NULL);
    return (Object *)r;
}

static Object *m_copy_abs(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    return new_num(op_copy_abs, self);
}

static Object *m_copy_negate(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    return new_num(op_copy_negate, self);
}

static Object *m_canonical(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    return NEWREF(self);
}

static Object *m_radix(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)self, (void)args, (void)nargs, (void)kw;
    DecObject *r = Dec_Alloc(&Dec_Type);
    if (r) DecNum_SetI64(&r->n, 10);
    return (Object *)r;
}

static Object *m_adjusted(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    return Int_FromI64(DecNum_Adjusted(DEC_NUM(self)));
}

static Object *m_as_tuple(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    const DecNum *n = DEC_NUM(self);
    Object *cls = DecState_Get(DEC_STATE_TUPLE);
    if (!cls) return NULL;
    Object *digits;
    if (n->kind == DEC_INF || (DecNum_IsNaN(n) && mpz_sgn(n->coef) == 0)) {
        digits = n->kind == DEC_INF ? Tuple_Pack(1, SMALL_FROM(0)) : Tuple_New(0);
    } else {
        char *s = mpz_get_str(NULL, 10, n->coef);
        size_t len = strlen(s);
        digits = Tuple_New((ssize_t)len);
        for (size_t i = 0; digits && i < len; i++) TUPLE_ITEMS(digits)[i] = SMALL_FROM(s[i] - '0');
        void (*gmp_free)(void *, size_t);
        mp_get_memory_functions(NULL, NULL, &gmp_free);
        gmp_free(s, len + 1);
    }
    if (!digits) return NULL;
    Object *exp;
    if (n->kind == DEC_FINITE) exp = Int_FromI64(n->exp);
    else exp = Str_FromUTF8(n->kind == DEC_INF ? "F" : n->kind == DEC_QNAN ? "n" : "N", 1);
    Object *items[3] = {SMALL_FROM(n->sign), digits, exp};
    Object *r = exp ? Obj_Call(cls, items, 3, NULL) : NULL;
    DECREF(digits);
    XDECREF(exp);
    return r;
}

static Object *m_as_integer_ratio(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    const DecNum *n = DEC_NUM(self);
    if (DecNum_IsNaN(n)) {
        Err_SetString(Exc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    if (n->kind == DEC_INF) {
        Err_SetString(Exc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    mpz_t num, den, g;
    mpz_init_set(num, n->coef);
    mpz_init_set_ui(den, 1);
    mpz_init(g);
    if (n->exp >= 0) Dec_MulPow10(num, (uint64_t)n->exp);
    else Dec_MulPow10(den, (uint64_t)-n->exp);
    if (Dec_TooBig) {
        Dec_TooBig = false;
        mpz_clears(num, den, g, NULL);
        return Err_NoMemory();
    }
    mpz_gcd(g, num, den);
    if (mpz_sgn(g)) {
        mpz_divexact(num, num, g);
        mpz_divexact(den, den, g);
    } else {
        mpz_set_ui(den, 1);
    }
    if (n->sign) mpz_neg(num, num);
    Object *a = Int_FromMpz(num), *b = Int_FromMpz(den);
    mpz_clears(num, den, g, NULL);
    Object *r = a && b ? Tuple_Pack(2, a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    return r;
}

/* quantize(exp, rounding=None, context=None) and the to_integral family
 * (rounding=None, context=None): a rounding argument overrides the
 * context's for this operation. */
static DecCtx *ctx_with_rounding(Object *rounding, Object *ctxarg, DecCtx *tmp) {
    DecCtx *ctx = DecCtx_FromArg(ctxarg);
    if (!ctx) return NULL;
    if (!rounding || rounding == OBJ_NONE) return ctx;
    int mode = DecCtx_RoundingFromObject(rounding);
    if (mode < 0) return NULL;
    *tmp = *ctx;
    tmp->env.round = mode;
    return tmp;
}

/* Runs in a stand-in context, then gives the flags back to the real one. */
static Object *run_with_rounding(DecCtx *real, DecCtx *used, Object *(*body)(DecCtx *, Object *, Object *),
                                 Object *a, Object *b) {
    if (used == real) return body(real, a, b);
    used->flags = 0;
    used->traps = 0;
    Object *r = body(used, a, b);
    if (!r) return NULL;
    /* the flags met by the stand-in, signalled in the real context */
    uint32_t met = used->flags;
    if (DecCtx_Signal(real, met) < 0) {
        DECREF((Object *)r);
        return NULL;
    }
    return r;
}

static Object *quantize_body(DecCtx *ctx, Object *a, Object *b) { return Dec_RunBinary(Dec_QuantizeFn, a, b, ctx); }

static Object *m_quantize(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)nargs, (void)kw;
    DecCtx *real = DecCtx_FromArg(args[2]);
    if (!real) return NULL;
    DecCtx tmp;
    DecCtx *used = ctx_with_rounding(args[1], args[2], &tmp);
    if (!used) return NULL;
    Object *b = Dec_Convert(args[0], true);
    if (!b) return NULL;
    Object *r = run_with_rounding(real, used, quantize_body, self, b);
    DECREF(b);
    return r;
}

static Object *integral_value_body(DecCtx *ctx, Object *a, Object *b) {
    (void)b;
    return Dec_RunUnary(op_to_integral_value, a, ctx);
}
static Object *integral_exact_body(DecCtx *ctx, Object *a, Object *b) {
    (void)b;
    return Dec_RunUnary(op_to_integral_exact, a, ctx);
}

static Object *to_integral(Object *self, Object *const *args, bool exact) {
    DecCtx *real = DecCtx_FromArg(args[1]);
    if (!real) return NULL;
    DecCtx tmp;
    DecCtx *used = ctx_with_rounding(args[0], args[1], &tmp);
    if (!used) return NULL;
    return run_with_rounding(real, used, exact ? integral_exact_body : integral_value_body, self, NULL);
}

static Object *m_to_integral_value(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)nargs, (void)kw;
    return to_integral(self, args, false);
}

static Object *m_to_integral_exact(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)nargs, (void)kw;
    return to_integral(self, args, true);
}

static Object *m_round(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)kw;
    if (nargs == 0 || !args[0] || args[0] == OBJ_NONE) return Dec_ToInt(self, ROUND_HALF_EVEN_);
    if (!Int_Check(args[0])) {
        Err_SetString(Exc_TypeError, "optional arg must be an integer");
        return NULL;
    }
    int64_t nd;
    if (Int_AsI64(args[0], &nd) < 0) return NULL;
    DecCtx *ctx = DecCtx_Current();
    if (!ctx) return NULL;
    DecObject *q = Dec_Alloc(&Dec_Type);
    if (!q) return NULL;
    DecNum_SetI64(&q->n, 1);
    q->n.exp = -nd;
    Object *r = Dec_RunBinary(Dec_QuantizeFn, self, (Object *)q, ctx);
    DECREF((Object *)q);
    return r;
}

static Object *m_trunc(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    return Dec_ToInt(self, ROUND_DOWN_);
}
static Object *m_floor(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    return Dec_ToInt(self, ROUND_FLOOR_);
}
static Object *m_ceil(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    return Dec_ToInt(self, ROUND_CEILING_);
}

static Object *m_complex(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    Object *f = Float_FromObject(self);
    if (!f) return NULL;
    Object *r = Obj_Call((Object *)&Complex_Type, &f, 1, NULL);
    DECREF(f);
    return r;
}

static Object *m_reduce(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    char buf[DEC_TEXT_BUF];
    char *s = Dec_ToText(DEC_NUM(self), false, true, buf, sizeof buf);
    if (!s) return Err_NoMemory();
    Object *str = Str_FromUTF8(s, -1);
    if (s != buf) free(s);
    if (!str) return NULL;
    Object *r, *inner = Tuple_Pack(1, str);
    DECREF(str);
    if (!inner) return NULL;
    r = Tuple_Pack(2, (Object *)TYPE(self), inner);
    DECREF(inner);
    return r;
}

static Object *m_sizeof(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    size_t limbs = mpz_size(DEC_NUM(self)->coef);
    /* CPython's layout: a 104-byte header holding up to four 64-bit words */
    return Int_FromI64(104 + (limbs > 4 ? (int64_t)limbs * 8 : 0));
}

static Object *m_from_float(Object *cls, Object *const *args, size_t nargs, Object *kw) {
    (void)nargs, (void)kw;
    Object *r = Dec_FromFloatObject(&Dec_Type, args[0], NULL, false);
    if (!r || (Type *)cls == &Dec_Type) return r;
    Object *sub = Obj_Call(cls, &r, 1, NULL);
    DECREF((Object *)r);
    return sub;
}

static Object *m_from_number(Object *cls, Object *const *args, size_t nargs, Object *kw) {
    (void)nargs, (void)kw;
    Object *v = args[0];
    Object *r;
    if (Float_Check(v) || Int_Check(v)) {
        r = Dec_FromFloatObject(&Dec_Type, v, NULL, false);
    } else if (Dec_Check(v)) {
        r = NEWREF(v);
    } else {
        Err_Format(Exc_TypeError, "conversion from %s to Decimal is not supported", TYPE_NAME(v));
        return NULL;
    }
    if (!r || (Type *)cls == &Dec_Type) return r;
    Object *sub = Obj_Call(cls, &r, 1, NULL);
    DECREF((Object *)r);
    return sub;
}

Object *Dec_Format(Object *self, Object *const *args, size_t nargs, Object *kw);

static Object *get_real(Object *self) { return NEWREF(self); }
static Object *get_imag(Object *self) {
    (void)self;
    DecObject *r = Dec_Alloc(&Dec_Type);
    return (Object *)r;
}

const GetSetDef Dec_GetSet[] = {
    {"real", get_real, NULL, NULL},
    {"imag", get_imag, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

#define NOARGS(name, fn) {name, fn, 0, ARGS("($self, /)", NULL)}
/* CPython parses these with an unnamed keyword parser: "function takes at
 * most 2 arguments (3 given)" */
#define KW_ARGS(sig) ARGS_NAMED("function", ARG_GETARGS_STYLE | ARG_UNNAMED, sig, NULL)
#define WITH_CTX(name, fn) {name, fn, 0, KW_ARGS("($self, /, context=None)")}
#define OTHER_CTX(name, fn) {name, fn, 0, KW_ARGS("($self, /, other, context=None)")}
#define ROUND_CTX(name, fn) {name, fn, 0, KW_ARGS("($self, /, rounding=None, context=None)")}
const MethodDef Dec_Methods[] = {
    NOARGS("adjusted", m_adjusted), NOARGS("as_integer_ratio", m_as_integer_ratio),
    NOARGS("as_tuple", m_as_tuple), NOARGS("canonical", m_canonical),
    OTHER_CTX("compare", m_compare), OTHER_CTX("compare_signal", m_compare_signal),
    OTHER_CTX("compare_total", m_compare_total), OTHER_CTX("compare_total_mag", m_compare_total_mag),
    NOARGS("conjugate", m_self), NOARGS("copy_abs", m_copy_abs), NOARGS("copy_negate", m_copy_negate),
    OTHER_CTX("copy_sign", m_copy_sign), WITH_CTX("exp", m_exp),
    {"fma", m_fma, 0, KW_ARGS("($self, /, other, third, context=None)")},
    {"from_float", m_from_float, METH_CLASS, ARGS("($type, f, /)", NULL)},
    {"from_number", m_from_number, METH_CLASS, ARGS("($type, number, /)", NULL)},
    NOARGS("is_canonical", m_is_canonical), NOARGS("is_finite", m_is_finite),
    NOARGS("is_infinite", m_is_infinite), NOARGS("is_nan", m_is_nan), WITH_CTX("is_normal", m_is_normal),
    NOARGS("is_qnan", m_is_qnan), NOARGS("is_signed", m_is_signed), NOARGS("is_snan", m_is_snan),
    WITH_CTX("is_subnormal", m_is_subnormal), NOARGS("is_zero", m_is_zero), WITH_CTX("ln", m_ln),
    WITH_CTX("log10", m_log10), WITH_CTX("logb", m_logb), OTHER_CTX("logical_and", m_logical_and),
    WITH_CTX("logical_invert", m_logical_invert), OTHER_CTX("logical_or", m_logical_or),
    OTHER_CTX("logical_xor", m_logical_xor), OTHER_CTX("max", m_max), OTHER_CTX("max_mag", m_max_mag),
    OTHER_CTX("min", m_min), OTHER_CTX("min_mag", m_min_mag), WITH_CTX("next_minus", m_next_minus),
    WITH_CTX("next_plus", m_next_plus), OTHER_CTX("next_toward", m_next_toward),
    WITH_CTX("normalize", m_normalize), WITH_CTX("number_class", m_number_class),
    {"quantize", m_quantize, 0, KW_ARGS("($self, /, exp, rounding=None, context=None)")},
    NOARGS("radix", m_radix), OTHER_CTX("remainder_near", m_remainder_near), OTHER_CTX("rotate", m_rotate),
    OTHER_CTX("same_quantum", m_same_quantum), OTHER_CTX("scaleb", m_scaleb), OTHER_CTX("shift", m_shift),
    WITH_CTX("sqrt", m_sqrt), WITH_CTX("to_eng_string", m_to_eng_string),
    ROUND_CTX("to_integral", m_to_integral_value), ROUND_CTX("to_integral_exact", m_to_integral_exact),
    ROUND_CTX("to_integral_value", m_to_integral_value),
    {"__round__", m_round, 0, ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE | ARG_UNNAMED, "($self, ndigits=None, /)", NULL)},
    NOARGS("__trunc__", m_trunc), NOARGS("__floor__", m_floor), NOARGS("__ceil__", m_ceil),
    NOARGS("__complex__", m_complex), NOARGS("__copy__", m_self),
    {"__deepcopy__", m_self, 0, ARGS("($self, object, /)", NULL)},
    NOARGS("__reduce__", m_reduce), NOARGS("__sizeof__", m_sizeof),
    {"__format__", Dec_Format, 0, ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE | ARG_UNNAMED, "($self, format_spec, override=None, /)", NULL)},
    {"__divmod__", Dec_DivmodMethod, 0, ARGS("($self, value, /)", "Return divmod(self, value).")},
    {"__rdivmod__", Dec_RDivmodMethod, 0, ARGS("($self, value, /)", "Return divmod(value, self).")},
    {NULL, NULL, 0, NULL},
};
