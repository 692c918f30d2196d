/* decimal's contexts: the Context type, its flags and traps as mappings
 * (SignalDict), the signal classes, the thread's current context (a
 * ContextVar, as in CPython) and localcontext(). */
#include "abstract.h"
#include "class.h"
#include "modules/_contextvars.h"
#include "modules/decimal/dec_py.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include <stdio.h>
#include <string.h>

/* The conditions' names by bit, and the signals in the two orders CPython
 * shows them: a SignalDict's keys, and a raised exception's list. */
static const char *const condition_names[DEC_CONDITION_COUNT] = {
    "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "FloatOperation", "Overflow",
    "Rounded", "Subnormal", "Underflow", "ConversionSyntax", "DivisionImpossible",
    "DivisionUndefined", "InvalidContext",
};
static const uint32_t dict_order[DEC_SIGNAL_COUNT] = {
    DEC_INVALID_OPERATION, DEC_FLOAT_OPERATION, DEC_DIVISION_BY_ZERO, DEC_OVERFLOW, DEC_UNDERFLOW,
    DEC_SUBNORMAL, DEC_INEXACT, DEC_ROUNDED, DEC_CLAMPED,
};
static const uint32_t raise_order[] = {
    DEC_INVALID_OPERATION, DEC_CONVERSION_SYNTAX, DEC_DIVISION_IMPOSSIBLE, DEC_DIVISION_UNDEFINED,
    DEC_INVALID_CONTEXT, DEC_DIVISION_BY_ZERO, DEC_OVERFLOW, DEC_UNDERFLOW, DEC_SUBNORMAL,
    DEC_INEXACT, DEC_ROUNDED, DEC_CLAMPED, DEC_FLOAT_OPERATION,
};
static const char *const rounding_names[DEC_ROUND_COUNT] = {
    "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_DOWN",
    "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP",
};

static int bit_index(uint32_t bit) { return __builtin_ctz(bit); }

/* The signal whose flag a condition sets. */
static uint32_t signal_of(uint32_t status) {
    uint32_t s = status & ((1u << DEC_SIGNAL_COUNT) - 1);
    if (status & DEC_INVALID_ANY) s |= DEC_INVALID_OPERATION;
    return s;
}

/* ---- state ---- */

Object *DecState_Get(int index) {
    Object *st = g_interp->decimal_state;
    if (!st) {
        Err_SetString(Exc_SystemError, "decimal is not initialised");
        return NULL;
    }
    return TUPLE_ITEMS(st)[index];
}

static Object *condition_class(uint32_t bit) { return DecState_Get(DEC_STATE_CONDITIONS + bit_index(bit)); }

static const char invalid_signal_text[] = "valid values for signals are:\n"
                                          "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                                          "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                                          "   Clamped]";

/* Which signal bit the class o is (0: none). */
static uint32_t signal_from_class(Object *o) {
    for (int i = 0; i < DEC_SIGNAL_COUNT; i++) {
        Object *c = DecState_Get(DEC_STATE_CONDITIONS + i);
        if (c && c == o) return 1u << i;
    }
    return 0;
}

/* ---- raising ---- */

int DecCtx_SignalSlow(DecCtx *ctx, uint32_t status) {
    if (Dec_TooBig) {
        Dec_TooBig = false;
        Err_NoMemory();
        return -1;
    }
    if (!status) return 0;
    uint32_t sig = signal_of(status);
    ctx->flags |= sig;
    uint32_t trapped = sig & ctx->traps;
    if (!trapped) return 0;
    Object *list = List_New(0);
    if (!list) return -1;
    uint32_t first = 0;
    for (size_t i = 0; i < sizeof raise_order / sizeof raise_order[0]; i++) {
        uint32_t c = raise_order[i];
        if (!(status & c) || !(signal_of(c) & trapped)) continue;
        if (!first) first = signal_of(c);
        if (List_Append(list, condition_class(c)) < 0) {
            DECREF(list);
            return -1;
        }
    }
    Object *cls = condition_class(first);
    Object *exc = Exc_New((Type *)cls, &list, 1);
    DECREF(list);
    if (!exc) return -1;
    Err_SetRaised(exc);
    return -1;
}

/* ---- the current context ---- */

static DecCtx *ctx_copy(DecCtx *src, Type *t) {
    DecCtx *c = (DecCtx *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!c) return NULL;
    c->env = src->env;
    c->flags = src->flags;
    c->traps = src->traps;
    c->capitals = src->capitals;
    return c;
}

/* The last context found, by the version of the variables' dict it was
 * found in: while that dict is unchanged it still holds the context. */
static _Thread_local struct {
    uint64_t version;
    Object *var;
    DecCtx *ctx;    /* borrowed from that dict */
} current_cache;

DecCtx *DecCtx_Current(void) {
    Object *var = DecState_Get(DEC_STATE_VAR);
    if (!var) return NULL;
    uint64_t version = Context_VarsVersion(g_interp->context);
    if (version && version == current_cache.version && var == current_cache.var) return current_cache.ctx;
    Object *cur = Context_Lookup(g_interp->context, var);
    if (cur) {
        current_cache.version = version;
        current_cache.var = var;
        current_cache.ctx = (DecCtx *)cur;
        return (DecCtx *)cur;
    }
    DecCtx *dflt = (DecCtx *)DecState_Get(DEC_STATE_DEFAULT);
    DecCtx *fresh = ctx_copy(dflt, &DecCtx_Type);
    if (!fresh) return NULL;
    fresh->flags = 0;
    Object *pyctx = Context_Current();
    int rc = pyctx ? Context_Store(pyctx, var, (Object *)fresh) : -1;
    DECREF((Object *)fresh);
    if (rc < 0) return NULL;
    return fresh; /* the context variable holds it */
}

DecCtx *DecCtx_FromArg(Object *arg) {
    if (!arg || arg == OBJ_NONE) return DecCtx_Current();
    if (!DecCtx_Check(arg)) {
        Err_SetString(Exc_TypeError, "optional argument must be a context");
        return NULL;
    }
    return (DecCtx *)arg;
}

static bool is_template(Object *o) {
    return o == DecState_Get(DEC_STATE_DEFAULT) || o == DecState_Get(DEC_STATE_BASIC) ||
           o == DecState_Get(DEC_STATE_EXTENDED);
}

static int set_current(Object *ctx) {
    Object *var = DecState_Get(DEC_STATE_VAR);
    if (!var) return -1;
    Object *pyctx = Context_Current();
    if (!pyctx) return -1;
    if (is_template(ctx)) {
        DecCtx *c = ctx_copy((DecCtx *)ctx, &DecCtx_Type);
        if (!c) return -1;
        c->flags = 0;
        int rc = Context_Store(pyctx, var, (Object *)c);
        DECREF((Object *)c);
        return rc;
    }
    return Context_Store(pyctx, var, ctx);
}

static Object *getcontext_fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)self, (void)args, (void)nargs, (void)kwnames;
    DecCtx *c = DecCtx_Current();
    return c ? NEWREF((Object *)c) : NULL;
}

static Object *setcontext_fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)self, (void)nargs, (void)kwnames;
    if (!DecCtx_Check(args[0])) {
        Err_SetString(Exc_TypeError, "argument must be a context");
        return NULL;
    }
    if (set_current(args[0]) < 0) return NULL;
    RETURN_NONE;
}

/* ---- field checks ---- */

/* The interned names, as the module's constants are: most calls pass one
 * of those, found by identity. */
static Object *rounding_ids[DEC_ROUND_COUNT];

int DecCtx_RoundingFromObject(Object *o) {
    for (int i = 0; i < DEC_ROUND_COUNT; i++) {
        Object *id = __atomic_load_n(&rounding_ids[i], __ATOMIC_ACQUIRE);
        if (!id && !(id = Str_InternId(&rounding_ids[i], rounding_names[i]))) {
            Err_Clear();   /* out of memory: compare the text instead */
            break;
        }
        if (o == id) return i;
    }
    ssize_t len;
    const char *s = Str_Check(o) ? Str_AsUTF8(o, &len) : NULL;
    /* every name is "ROUND_" and a rest: compare the rests only, and
     * only those that start with the same character */
    if (s && len > 6 && memcmp(s, "ROUND_", 6) == 0 && !memchr(s, 0, (size_t)len)) {
        for (int i = 0; i < DEC_ROUND_COUNT; i++) {
            const char *name = rounding_names[i];
            /* equal up to len: then name (no shorter) ends there or not */
            if (name[6] == s[6] && strncmp(name + 6, s + 6, (size_t)len - 6) == 0 && name[len] == 0) return i;
        }
    }
    Err_SetString(Exc_TypeError, "valid values for rounding are:\n"
                                 "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                 "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                                 "   ROUND_05UP]");
    return -1;
}

/* An int field in [lo, hi]; -1 with ValueError text msg or the int error. */
static int int_field(Object *v, int64_t lo, int64_t hi, const char *msg, int64_t *out) {
    if (!Int_Check(v)) {
        Err_SetString(Exc_TypeError, "an integer is required");
        return -1;
    }
    int64_t x;
    if (Int_AsI64(v, &x) < 0) {
        Err_Clear();
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    if (x < lo || x > hi) {
        Err_SetString(Exc_ValueError, msg);
        return -1;
    }
    *out = x;
    return 0;
}

/* Signal bits from a list of signal classes or a {signal: bool} mapping. */
static int signals_from(Object *v, uint32_t *out) {
    uint32_t bits = 0;
    if (Dict_Check(v) || (!IS_SMALL(v) && Type_IsSubtype(TYPE(v), &DecSignalDict_Type))) {
        Object *items = Obj_CallMethodC(v, "items", NULL, 0);
        if (!items) return -1;
        Object *it = Obj_GetIter(items);
        DECREF(items);
        if (!it) return -1;
        Object *pair;
        int count = 0;
        while ((pair = Iter_Next(it))) {
            Object *k = TUPLE_ITEMS(pair)[0], *val = TUPLE_ITEMS(pair)[1];
            uint32_t b = signal_from_class(k);
            int truth = Obj_IsTrue(val);
            DECREF(pair);
            if (!b || truth < 0) {
                DECREF(it);
                if (!b) Err_SetString(Exc_KeyError, "invalid signal dict");
                return -1;
            }
            if (truth) bits |= b;
            count++;
        }
        DECREF(it);
        if (Err_Occurred()) return -1;
        if (count != DEC_SIGNAL_COUNT) {
            Err_SetString(Exc_KeyError, "invalid signal dict");
            return -1;
        }
        *out = bits;
        return 0;
    }
    Object *it = Obj_GetIter(v);
    if (!it) return -1;
    Object *item;
    while ((item = Iter_Next(it))) {
        uint32_t b = signal_from_class(item);
        DECREF(item);
        if (!b) {
            DECREF(it);
            Err_SetString(Exc_KeyError, invalid_signal_text);
            return -1;
        }
        bits |= b;
    }
    DECREF(it);
    if (Err_Occurred()) return -1;
    *out = bits;
    return 0;
}

static int set_prec(DecCtx *c, Object *v) {
    int64_t x;
    if (int_field(v, 1, DEC_MAX_PREC, "valid range for prec is [1, MAX_PREC]", &x) < 0) return -1;
    c->env.prec = x;
    return 0;
}
static int set_emin(DecCtx *c, Object *v) {
    int64_t x;
    if (int_field(v, DEC_MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]", &x) < 0) return -1;
    c->env.emin = x;
    return 0;
}
static int set_emax(DecCtx *c, Object *v) {
    int64_t x;
    if (int_field(v, 0, DEC_MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]", &x) < 0) return -1;
    c->env.emax = x;
    return 0;
}
static int set_capitals(DecCtx *c, Object *v) {
    int64_t x;
    if (int_field(v, 0, 1, "valid values for capitals are 0 or 1", &x) < 0) return -1;
    c->capitals = (int)x;
    return 0;
}
static int set_clamp(DecCtx *c, Object *v) {
    int64_t x;
    if (int_field(v, 0, 1, "valid values for clamp are 0 or 1", &x) < 0) return -1;
    c->env.clamp = (int)x;
    return 0;
}
static int set_rounding(DecCtx *c, Object *v) {
    int r = DecCtx_RoundingFromObject(v);
    if (r < 0) return -1;
    c->env.round = r;
    return 0;
}

/* ---- the Context type ---- */


/* Applies the given fields (NULL or None: leave as is) to c. */
static int ctx_apply(DecCtx *c, Object *const *av) {
    int (*const setters[6])(DecCtx *, Object *) = {set_prec, set_rounding, set_emin, set_emax,
                                                   set_capitals, set_clamp};
    for (int i = 0; i < 6; i++)
        if (av[i] && av[i] != OBJ_NONE && setters[i](c, av[i]) < 0) return -1;
    if (av[6] && av[6] != OBJ_NONE && signals_from(av[6], &c->flags) < 0) return -1;
    if (av[7] && av[7] != OBJ_NONE && signals_from(av[7], &c->traps) < 0) return -1;
    return 0;
}

static Object *ctx_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    DecCtx *dflt = (DecCtx *)DecState_Get(DEC_STATE_DEFAULT);
    DecCtx *c;
    if (dflt) {
        c = ctx_copy(dflt, t);
    } else {
        /* making DefaultContext itself */
        Err_Clear();
        c = (DecCtx *)Obj_Alloc(t, (size_t)t->basicsize);
        if (c) {
            c->env = (DecEnv){28, -999999, 999999, ROUND_HALF_EVEN_, 0, 0};
            c->traps = DEC_INVALID_OPERATION | DEC_DIVISION_BY_ZERO | DEC_OVERFLOW;
            c->capitals = 1;
        }
    }
    if (c) c->flags = 0;
    return (Object *)c;
}

static int ctx_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *av[8];
    if (Arg_Unpack(DecCtx_Type.args, "function", args, nargs, kwnames, av) < 0) return -1;
    return ctx_apply((DecCtx *)self, av);
}

static void ctx_dealloc(Object *o) { Obj_Free(o); }

/* "[Clamped, Inexact]": the signals set in bits, in CPython's order. */
static Object *signal_list_text(uint32_t bits) {
    char buf[256];
    char *p = buf;
    *p++ = '[';
    bool first = true;
    for (int i = 0; i < DEC_SIGNAL_COUNT; i++) {
        if (!(bits & (1u << i))) continue;
        if (!first) p = stpcpy(p, ", ");
        p = stpcpy(p, condition_names[i]);
        first = false;
    }
    *p++ = ']';
    *p = 0;
    return Str_FromUTF8(buf, -1);
}

static Object *ctx_repr(Object *self) {
    DecCtx *c = (DecCtx *)self;
    Object *fl = signal_list_text(c->flags), *tr = signal_list_text(c->traps);
    Object *r = NULL;
    if (fl && tr) {
        char buf[512];
        snprintf(buf, sizeof buf, "Context(prec=%lld, rounding=%s, Emin=%lld, Emax=%lld, capitals=%d, clamp=%d, "
                 "flags=%s, traps=%s)", (long long)c->env.prec, rounding_names[c->env.round],
                 (long long)c->env.emin, (long long)c->env.emax, c->capitals, c->env.clamp,
                 Str_AsCString(fl), Str_AsCString(tr));
        r = Str_FromUTF8(buf, -1);
    }
    XDECREF(fl);
    XDECREF(tr);
    return r;
}

#define CTX(o) ((DecCtx *)(o))
static Object *get_prec(Object *o) { return Int_FromI64(CTX(o)->env.prec); }
static Object *get_emin(Object *o) { return Int_FromI64(CTX(o)->env.emin); }
static Object *get_emax(Object *o) { return Int_FromI64(CTX(o)->env.emax); }
static Object *get_capitals(Object *o) { return Int_FromI64(CTX(o)->capitals); }
static Object *get_clamp(Object *o) { return Int_FromI64(CTX(o)->env.clamp); }
static Object *get_rounding(Object *o) {
    Object *s = Str_InternC(rounding_names[CTX(o)->env.round]); /* immortal */
    return s ? NEWREF(s) : NULL;
}

static int attr_missing(Object *v) {
    if (v) return 0;
    Err_SetString(Exc_AttributeError, "context attributes cannot be deleted");
    return -1;
}
static int put_prec(Object *o, Object *v) { return attr_missing(v) ? -1 : set_prec(CTX(o), v); }
static int put_emin(Object *o, Object *v) { return attr_missing(v) ? -1 : set_emin(CTX(o), v); }
static int put_emax(Object *o, Object *v) { return attr_missing(v) ? -1 : set_emax(CTX(o), v); }
static int put_capitals(Object *o, Object *v) { return attr_missing(v) ? -1 : set_capitals(CTX(o), v); }
static int put_clamp(Object *o, Object *v) { return attr_missing(v) ? -1 : set_clamp(CTX(o), v); }
static int put_rounding(Object *o, Object *v) { return attr_missing(v) ? -1 : set_rounding(CTX(o), v); }

static Object *signal_dict_new(Object *ctx, bool traps);
static Object *get_flags(Object *o) { return signal_dict_new(o, false); }
static Object *get_traps(Object *o) { return signal_dict_new(o, true); }
/* ctx.flags = ... and ctx.traps = ... take a mapping only. */
static int put_signals(Object *v, uint32_t *bits) {
    if (attr_missing(v)) return -1;
    if (!Dict_Check(v) && (IS_SMALL(v) || !Type_IsSubtype(TYPE(v), &DecSignalDict_Type))) {
        Err_SetString(Exc_TypeError, "argument must be a signal dict");
        return -1;
    }
    return signals_from(v, bits);
}
static int put_flags(Object *o, Object *v) { return put_signals(v, &CTX(o)->flags); }
static int put_traps(Object *o, Object *v) { return put_signals(v, &CTX(o)->traps); }

/* Only the fields may be set; a subclass instance has a __dict__ too. */
static int ctx_setattr(Object *o, Object *name, Object *v) {
    if (TYPE(o) == &DecCtx_Type && Str_Check(name)) {
        const char *n = Str_AsCString(name);
        static const char *const fields[] = {"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"};
        bool field = false;
        for (size_t i = 0; n && i < sizeof fields / sizeof fields[0]; i++) field |= strcmp(fields[i], n) == 0;
        if (!field) {
            Err_Format(Exc_AttributeError, "'decimal.Context' object has no attribute '%U'", name);
            return -1;
        }
    }
    return Obj_GenericSetAttr(o, name, v);
}

static const GetSetDef ctx_getset[] = {
    {"prec", get_prec, put_prec, NULL},
    {"rounding", get_rounding, put_rounding, NULL},
    {"Emin", get_emin, put_emin, NULL},
    {"Emax", get_emax, put_emax, NULL},
    {"capitals", get_capitals, put_capitals, NULL},
    {"clamp", get_clamp, put_clamp, NULL},
    {"flags", get_flags, put_flags, NULL},
    {"traps", get_traps, put_traps, NULL},
    {NULL, NULL, NULL, NULL},
};

static Object *ctx_copy_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return (Object *)ctx_copy(CTX(self), &DecCtx_Type);
}

static Object *ctx_clear_flags(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    CTX(self)->flags = 0;
    RETURN_NONE;
}

static Object *ctx_clear_traps(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    CTX(self)->traps = 0;
    RETURN_NONE;
}

static Object *ctx_etiny(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Int_FromI64(DecEnv_Etiny(&CTX(self)->env));
}

static Object *ctx_etop(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Int_FromI64(DecEnv_Etop(&CTX(self)->env));
}

/* A list of the signal classes set in bits, in dict order. */
static Object *signal_class_list(uint32_t bits) {
    Object *l = List_New(0);
    for (int i = 0; l && i < DEC_SIGNAL_COUNT; i++) {
        if (!(bits & dict_order[i])) continue;
        if (List_Append(l, condition_class(dict_order[i])) < 0) CLEAR(l);
    }
    return l;
}

static Object *ctx_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    DecCtx *c = CTX(self);
    Object *fl = signal_class_list(c->flags), *tr = signal_class_list(c->traps);
    Object *rnd = get_rounding(self);
    Object *r = NULL;
    if (fl && tr && rnd) {
        Object *items[8] = {Int_FromI64(c->env.prec), rnd, Int_FromI64(c->env.emin), Int_FromI64(c->env.emax),
                            Int_FromI64(c->capitals), Int_FromI64(c->env.clamp), fl, tr};
        rnd = fl = tr = NULL;
        Object *t = Tuple_FromArraySteal(items, 8);
        if (t) r = Tuple_Pack(2, (Object *)TYPE(self), t);
        XDECREF(t);
    }
    XDECREF(fl);
    XDECREF(tr);
    XDECREF(rnd);
    return r;
}

static Object *ctx_create_decimal(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)kwnames;
    Object *v = nargs > 0 && args[0] ? args[0] : SMALL_FROM(0);
    return Dec_FromValue(&Dec_Type, v, CTX(self), true);
}

static Object *ctx_create_from_float(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    return Dec_FromFloatObject(&Dec_Type, args[0], CTX(self), true);
}

/* The Context methods that run a Decimal operation in this context
 * (dec_methods.c words each). */
#define CTX_OP(cname, pyname)                                                              \
    static Object *cname(Object *self, Object *const *args, size_t nargs, Object *kw) {    \
        (void)kw;                                                                           \
        return Dec_CallAsMethod(pyname, CTX(self), args, nargs);                            \
    }
CTX_OP(ctx_abs, "abs") CTX_OP(ctx_add, "add") CTX_OP(ctx_compare, "compare")
CTX_OP(ctx_compare_signal, "compare_signal") CTX_OP(ctx_compare_total, "compare_total")
CTX_OP(ctx_compare_total_mag, "compare_total_mag") CTX_OP(ctx_copy_abs, "copy_abs")
CTX_OP(ctx_copy_decimal, "copy_decimal") CTX_OP(ctx_copy_negate, "copy_negate")
CTX_OP(ctx_copy_sign, "copy_sign") CTX_OP(ctx_divide, "divide") CTX_OP(ctx_divide_int, "divide_int")
CTX_OP(ctx_divmod, "divmod") CTX_OP(ctx_fma, "fma") CTX_OP(ctx_is_canonical, "is_canonical")
CTX_OP(ctx_is_finite, "is_finite") CTX_OP(ctx_is_infinite, "is_infinite") CTX_OP(ctx_is_nan, "is_nan")
CTX_OP(ctx_is_normal, "is_normal") CTX_OP(ctx_is_qnan, "is_qnan") CTX_OP(ctx_is_signed, "is_signed")
CTX_OP(ctx_is_snan, "is_snan") CTX_OP(ctx_is_subnormal, "is_subnormal") CTX_OP(ctx_is_zero, "is_zero")
CTX_OP(ctx_logb, "logb") CTX_OP(ctx_max, "max") CTX_OP(ctx_max_mag, "max_mag") CTX_OP(ctx_min, "min")
CTX_OP(ctx_min_mag, "min_mag") CTX_OP(ctx_minus, "minus") CTX_OP(ctx_multiply, "multiply")
CTX_OP(ctx_next_minus, "next_minus") CTX_OP(ctx_next_plus, "next_plus")
CTX_OP(ctx_next_toward, "next_toward") CTX_OP(ctx_normalize, "normalize")
CTX_OP(ctx_number_class, "number_class") CTX_OP(ctx_plus, "plus") CTX_OP(ctx_quantize, "quantize")
CTX_OP(ctx_remainder, "remainder") CTX_OP(ctx_remainder_near, "remainder_near")
CTX_OP(ctx_same_quantum, "same_quantum") CTX_OP(ctx_scaleb, "scaleb") CTX_OP(ctx_sqrt, "sqrt")
CTX_OP(ctx_subtract, "subtract") CTX_OP(ctx_to_eng_string, "to_eng_string")
CTX_OP(ctx_to_sci_string, "to_sci_string") CTX_OP(ctx_to_integral_exact, "to_integral_exact")
CTX_OP(ctx_to_integral_value, "to_integral_value") CTX_OP(ctx_canonical, "canonical")
CTX_OP(ctx_power, "power") CTX_OP(ctx_logical_and, "logical_and")
CTX_OP(ctx_logical_invert, "logical_invert") CTX_OP(ctx_logical_or, "logical_or")
CTX_OP(ctx_logical_xor, "logical_xor") CTX_OP(ctx_rotate, "rotate") CTX_OP(ctx_shift, "shift")
CTX_OP(ctx_exp, "exp") CTX_OP(ctx_ln, "ln") CTX_OP(ctx_log10, "log10")

static Object *ctx_radix(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)self, (void)args, (void)nargs, (void)kw;
    return Dec_FromValue(&Dec_Type, SMALL_FROM(10), NULL, false);
}

/* CPython parses these by a format without the function's name:
 * "function takes exactly 2 arguments (1 given)" */
#define POS_ARGS(sig) ARGS_F(ARG_TUPLE_STYLE | ARG_UNNAMED, sig, NULL)
#define UNARY(name, fn) {name, fn, 0, POS_ARGS("($self, x, /)")}
#define BINARY(name, fn) {name, fn, 0, POS_ARGS("($self, x, y, /)")}
static const MethodDef ctx_methods[] = {
    {"copy", ctx_copy_m, 0, ARGS("($self, /)", "Return a duplicate of the context with all flags cleared.")},
    {"__copy__", ctx_copy_m, 0, ARGS("($self, /)", NULL)},
    {"clear_flags", ctx_clear_flags, 0, ARGS("($self, /)", "Reset all flags to False.")},
    {"clear_traps", ctx_clear_traps, 0, ARGS("($self, /)", "Set all traps to False.")},
    {"Etiny", ctx_etiny, 0, ARGS("($self, /)", "Return a value equal to Emin - prec + 1.")},
    {"Etop", ctx_etop, 0, ARGS("($self, /)", "Return a value equal to Emax - prec + 1.")},
    {"__reduce__", ctx_reduce, 0, ARGS("($self, /)", NULL)},
    {"create_decimal", ctx_create_decimal, 0, POS_ARGS("($self, num=\"0\", /)")},
    {"create_decimal_from_float", ctx_create_from_float, 0, ARGS("($self, f, /)", NULL)},
    {"radix", ctx_radix, 0, ARGS("($self, /)", NULL)},
    UNARY("abs", ctx_abs), BINARY("add", ctx_add), UNARY("canonical", ctx_canonical),
    BINARY("compare", ctx_compare), BINARY("compare_signal", ctx_compare_signal),
    BINARY("compare_total", ctx_compare_total), BINARY("compare_total_mag", ctx_compare_total_mag),
    UNARY("copy_abs", ctx_copy_abs), UNARY("copy_decimal", ctx_copy_decimal),
    UNARY("copy_negate", ctx_copy_negate), BINARY("copy_sign", ctx_copy_sign),
    BINARY("divide", ctx_divide), BINARY("divide_int", ctx_divide_int), BINARY("divmod", ctx_divmod),
    {"fma", ctx_fma, 0, POS_ARGS("($self, x, y, z, /)")},
    UNARY("is_canonical", ctx_is_canonical), UNARY("is_finite", ctx_is_finite),
    UNARY("is_infinite", ctx_is_infinite), UNARY("is_nan", ctx_is_nan), UNARY("is_normal", ctx_is_normal),
    UNARY("is_qnan", ctx_is_qnan), UNARY("is_signed", ctx_is_signed), UNARY("is_snan", ctx_is_snan),
    UNARY("is_subnormal", ctx_is_subnormal), UNARY("is_zero", ctx_is_zero), UNARY("logb", ctx_logb),
    BINARY("max", ctx_max), BINARY("max_mag", ctx_max_mag), BINARY("min", ctx_min),
    BINARY("min_mag", ctx_min_mag), UNARY("minus", ctx_minus), BINARY("multiply", ctx_multiply),
    UNARY("next_minus", ctx_next_minus), UNARY("next_plus", ctx_next_plus),
    BINARY("next_toward", ctx_next_toward), UNARY("normalize", ctx_normalize),
    UNARY("number_class", ctx_number_class), UNARY("plus", ctx_plus),
    {"power", ctx_power, 0, ARGS_NAMED("function", ARG_GETARGS_STYLE | ARG_UNNAMED, "($self, /, a, b, modulo=None)", NULL)},
    BINARY("logical_and", ctx_logical_and), UNARY("logical_invert", ctx_logical_invert),
    BINARY("logical_or", ctx_logical_or), BINARY("logical_xor", ctx_logical_xor),
    BINARY("rotate", ctx_rotate), BINARY("shift", ctx_shift), UNARY("exp", ctx_exp), UNARY("ln", ctx_ln),
    UNARY("log10", ctx_log10),
    BINARY("quantize", ctx_quantize), BINARY("remainder", ctx_remainder),
    BINARY("remainder_near", ctx_remainder_near), BINARY("same_quantum", ctx_same_quantum),
    BINARY("scaleb", ctx_scaleb), UNARY("sqrt", ctx_sqrt), BINARY("subtract", ctx_subtract),
    UNARY("to_eng_string", ctx_to_eng_string), UNARY("to_sci_string", ctx_to_sci_string),
    UNARY("to_integral", ctx_to_integral_value), UNARY("to_integral_exact", ctx_to_integral_exact),
    UNARY("to_integral_value", ctx_to_integral_value),
    {NULL, NULL, 0, NULL},
};

Type DecCtx_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "decimal.Context",
    .basicsize = sizeof(DecCtx),
    .flags = TPFLAG_BASETYPE,
    .doc = "The context affects almost all operations and controls rounding,\n"
           "Over/Underflow, raising of exceptions and much more.  A new context\n"
           "can be constructed as follows:\n\n"
           "    >>> c = Context(prec=28, Emin=-425000000, Emax=425000000,\n"
           "    ...             rounding=ROUND_HALF_EVEN, capitals=1, clamp=1,\n"
           "    ...             traps=[InvalidOperation, DivisionByZero, Overflow],\n"
           "    ...             flags=[])\n"
           "    >>>\n\n",
    .args = ARGS_F(ARG_GETARGS_STYLE | ARG_UNNAMED,
                   "(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, "
                   "traps=None)", NULL),
    .dealloc = ctx_dealloc,
    .repr = ctx_repr,
    .setattr = ctx_setattr,
    .new_ = ctx_new,
    .init = ctx_init,
    .methods = ctx_methods,
    .getset = ctx_getset,
};

/* ---- SignalDict: a context's flags or traps as a mapping ---- */

typedef struct SignalDict {
    Object ob;
    Object *ctx;    /* the Context (owned) */
    bool traps;
} SignalDict;

static Object *signal_dict_new(Object *ctx, bool traps) {
    Type *t = (Type *)DecState_Get(DEC_STATE_SIGNAL_DICT);
    if (!t) return NULL;
    SignalDict *d = (SignalDict *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!d) return NULL;
    d->ctx = NEWREF(ctx);
    d->traps = traps;
    return (Object *)d;
}

static uint32_t *sd_bits(Object *o) {
    SignalDict *d = (SignalDict *)o;
    return d->traps ? &CTX(d->ctx)->traps : &CTX(d->ctx)->flags;
}

static void sd_dealloc(Object *o) {
    CLEAR(((SignalDict *)o)->ctx);
    Obj_Free(o);
}

static int sd_traverse(Object *o, VisitFn visit, void *arg) {
    Object *c = ((SignalDict *)o)->ctx;
    return c ? visit(c, arg) : 0;
}

static Object *sd_getitem(Object *o, Object *key) {
    uint32_t b = signal_from_class(key);
    if (!b) {
        Err_SetString(Exc_KeyError, invalid_signal_text);
        return NULL;
    }
    RETURN_BOOL(*sd_bits(o) & b);
}

static int sd_setitem(Object *o, Object *key, Object *value) {
    if (!value) {
        Err_SetString(Exc_ValueError, "signal keys cannot be deleted");
        return -1;
    }
    uint32_t b = signal_from_class(key);
    if (!b) {
        Err_SetString(Exc_KeyError, invalid_signal_text);
        return -1;
    }
    int t = Obj_IsTrue(value);
    if (t < 0) return -1;
    if (t) *sd_bits(o) |= b;
    else *sd_bits(o) &= ~b;
    return 0;
}

static ssize_t sd_len(Object *o) {
    (void)o;
    return DEC_SIGNAL_COUNT;
}

static Object *sd_as_dict(Object *o) {
    Object *d = Dict_New();
    for (int i = 0; d && i < DEC_SIGNAL_COUNT; i++) {
        if (Dict_SetItem(d, condition_class(dict_order[i]), Bool_From(*sd_bits(o) & dict_order[i])) < 0) CLEAR(d);
    }
    return d;
}

static Object *sd_iter(Object *o) {
    Object *keys = List_New(0);
    for (int i = 0; keys && i < DEC_SIGNAL_COUNT; i++)
        if (List_Append(keys, condition_class(dict_order[i])) < 0) CLEAR(keys);
    (void)o;
    if (!keys) return NULL;
    Object *it = Obj_GetIter(keys);
    DECREF(keys);
    return it;
}

static Object *sd_repr(Object *o) {
    char buf[1024];
    char *p = buf;
    *p++ = '{';
    for (int i = 0; i < DEC_SIGNAL_COUNT; i++) {
        p += sprintf(p, "%s<class 'decimal.%s'>:%s", i ? ", " : "", condition_names[bit_index(dict_order[i])],
                     (*sd_bits(o) & dict_order[i]) ? "True" : "False");
    }
    *p++ = '}';
    *p = 0;
    return Str_FromUTF8(buf, -1);
}


static Object *sd_copy(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    return sd_as_dict(self);
}

static Object *sd_richcompare(Object *a, Object *b, int op) {
    if ((op != 2 && op != 3)) return NEWREF(OBJ_NOTIMPL);
    Object *d = sd_as_dict(a);
    if (!d) return NULL;
    Object *other = b;
    bool made = false;
    if (!IS_SMALL(b) && Type_IsSubtype(TYPE(b), &DecSignalDict_Type)) {
        other = sd_as_dict(b);
        made = true;
        if (!other) {
            DECREF((Object *)d);
            return NULL;
        }
    }
    Object *r = Obj_RichCompare(d, other, op);
    DECREF((Object *)d);
    if (made) DECREF(other);
    return r;
}

static const MethodDef sd_methods[] = {
    {"copy", sd_copy, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type DecSignalDict_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "decimal.SignalDictMixin",
    .basicsize = sizeof(SignalDict),
    .flags = TPFLAG_GC | TPFLAG_MAPPING | TPFLAG_BASETYPE,
    .dealloc = sd_dealloc,
    .traverse = sd_traverse,
    .repr = sd_repr,
    .getitem = sd_getitem,
    .setitem = sd_setitem,
    .len = sd_len,
    .iter = sd_iter,
    .richcompare = sd_richcompare,
    .methods = sd_methods,
};

/* ---- localcontext ---- */

typedef struct CtxManager {
    Object ob;
    Object *local;   /* the context made current on entry (owned) */
    Object *saved;   /* the context current before (owned, set on entry) */
} CtxManager;


/* localcontext(ctx=None, **kwargs): CPython reads the fields after ctx by
 * position too, in Context's order. */
static Object *localcontext_fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)self;
    static const char *const names[9] = {"ctx", "prec", "rounding", "Emin", "Emax", "capitals", "clamp",
                                         "flags", "traps"};
    Object *av[9] = {NULL};
    if (nargs > 9) {
        Err_Format(Exc_TypeError, "function takes at most 9 arguments (%zu given)", nargs);
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) av[i] = args[i];
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; k++) {
        const char *kw = Str_AsCString(TUPLE_ITEMS(kwnames)[k]);
        int found = -1;
        for (int i = 0; kw && i < 9; i++)
            if (strcmp(kw, names[i]) == 0) found = i;
        if (found < 0) {
            Err_Format(Exc_TypeError, "this function got an unexpected keyword argument '%U'", TUPLE_ITEMS(kwnames)[k]);
            return NULL;
        }
        av[found] = args[nargs + (size_t)k];
    }
    DecCtx *src = DecCtx_FromArg(av[0]);
    if (!src) return NULL;
    DecCtx *local = ctx_copy(src, &DecCtx_Type);
    if (!local) return NULL;
    if (ctx_apply(local, av + 1) < 0) {
        DECREF((Object *)local);
        return NULL;
    }
    CtxManager *m = (CtxManager *)Obj_Alloc(&DecCtxManager_Type, sizeof(CtxManager));
    if (!m) {
        DECREF((Object *)local);
        return NULL;
    }
    m->local = (Object *)local;
    return (Object *)m;
}

static Object *cm_enter(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    CtxManager *m = (CtxManager *)self;
    DecCtx *cur = DecCtx_Current();
    if (!cur) return NULL;
    SETREF(m->saved, NEWREF((Object *)cur));
    if (set_current(m->local) < 0) return NULL;
    return NEWREF(m->local);
}

static Object *cm_exit(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    CtxManager *m = (CtxManager *)self;
    if (m->saved && set_current(m->saved) < 0) return NULL;
    CLEAR(m->saved);
    RETURN_NONE;
}

static void cm_dealloc(Object *o) {
    CtxManager *m = (CtxManager *)o;
    CLEAR(m->local);
    CLEAR(m->saved);
    Obj_Free(o);
}

static int cm_traverse(Object *o, VisitFn visit, void *arg) {
    CtxManager *m = (CtxManager *)o;
    if (m->local && visit(m->local, arg)) return 1;
    return m->saved ? visit(m->saved, arg) : 0;
}

static const MethodDef cm_methods[] = {
    {"__enter__", cm_enter, 0, ARGS("($self, /)", NULL)},
    {"__exit__", cm_exit, 0, ARGS("($self, *args)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type DecCtxManager_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "decimal.ContextManager",
    .basicsize = sizeof(CtxManager),
    .flags = TPFLAG_GC,
    .dealloc = cm_dealloc,
    .traverse = cm_traverse,
    .methods = cm_methods,
};

/* ---- the module ---- */

static Object *make_template(int prec, int round, uint32_t traps) {
    DecCtx *c = (DecCtx *)Obj_Alloc(&DecCtx_Type, sizeof(DecCtx));
    if (!c) return NULL;
    c->env = (DecEnv){prec, -999999, 999999, round, 0, 0};
    c->traps = traps;
    c->capitals = 1;
    return (Object *)c;
}

/* IEEEContext(bits): the context of the IEEE 754 interchange format of that
 * many bits (a multiple of 32, at most 512): precision 9 * bits/32 - 2,
 * Emax 3 * 2**(bits/16 + 3) and Emin 1 - Emax, clamping, no traps. */
static Object *ieee_context_fn(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Int_Check(args[0])) {
        Err_SetString(Exc_TypeError, "an integer is required");
        return NULL;
    }
    int64_t bits;
    if (Int_AsI64(args[0], &bits) < 0) {
        Err_Clear();
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return NULL;
    }
    if (bits <= 0 || bits > 512 || bits % 32) {
        Err_SetString(Exc_ValueError, "argument must be a multiple of 32, with a maximum of 512");
        return NULL;
    }
    DecCtx *c = (DecCtx *)make_template((int)(9 * bits / 32 - 2), ROUND_HALF_EVEN_, 0);
    if (!c) return NULL;
    c->env.emax = (int64_t)3 << (bits / 16 + 3);
    c->env.emin = 1 - c->env.emax;
    c->env.clamp = 1;
    return (Object *)c;
}

static const MethodDef module_functions[] = {
    {"getcontext", getcontext_fn, 0, ARGS("($module, /)", "Get the current default context.")},
    {"setcontext", setcontext_fn, 0, ARGS("($module, context, /)", "Set a new default context.")},
    {"localcontext", localcontext_fn, 0,
     ARGS("($module, /, ctx=None, **kwargs)", "Return a context manager for a copy of the supplied context.")},
    {"IEEEContext", ieee_context_fn, 0,
     ARGS("($module, bits, /)",
          "Return a context object initialized to the proper values for one of the\nIEEE interchange formats.  "
          "The argument must be a multiple of 32 and less\nthan IEEE_CONTEXT_MAX_BITS.\n\n")},
    {NULL, NULL, 0, NULL},
};

/* Makes class name(*bases) in module decimal. */
static Object *make_class(const char *name, Object *bases) {
    Object *ns = Dict_New(), *n = Str_FromUTF8(name, -1), *mod = Str_FromUTF8("decimal", -1);
    Object *cls = NULL;
    if (ns && n && mod && Dict_SetItem(ns, Str_InternC("__module__"), mod) == 0)
        cls = Class_New(&Type_Type, n, bases, ns);
    XDECREF(ns);
    XDECREF(n);
    XDECREF(mod);
    return cls;
}

/* The signal classes: state items DEC_STATE_EXCEPTION on. */
static int make_signals(Object *state) {
    Object **items = TUPLE_ITEMS(state);
    Object *b = Tuple_Pack(1, (Object *)Exc_ArithmeticError);
    if (!b) return -1;
    items[DEC_STATE_EXCEPTION] = make_class("DecimalException", b);
    DECREF(b);
    Object *base = items[DEC_STATE_EXCEPTION];
    if (!base) return -1;
    Object **cond = items + DEC_STATE_CONDITIONS;
    /* (bit, extra base) for the classes directly below DecimalException */
    static const struct { int bit; int extra; } plain[] = {
        {0, 0}, {1, 0}, {2, 1}, {3, 0}, {4, 2}, {6, 0}, {7, 0},
    };
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
        Object *extra = plain[i].extra == 1 ? (Object *)Exc_ZeroDivisionError
                        : plain[i].extra == 2 ? (Object *)Exc_TypeError : NULL;
        Object *bases = extra ? Tuple_Pack(2, base, extra) : Tuple_Pack(1, base);
        if (!bases) return -1;
        cond[plain[i].bit] = make_class(condition_names[plain[i].bit], bases);
        DECREF(bases);
        if (!cond[plain[i].bit]) return -1;
    }
    Object *inexact = cond[3], *rounded = cond[6], *subnormal = cond[7], *invalid = cond[1];
    Object *ob = Tuple_Pack(2, inexact, rounded), *ub = Tuple_Pack(3, inexact, rounded, subnormal);
    Object *ib = Tuple_Pack(1, invalid), *dub = Tuple_Pack(2, invalid, (Object *)Exc_ZeroDivisionError);
    int rc = -1;
    if (ob && ub && ib && dub) {
        cond[5] = make_class("Overflow", ob);
        cond[8] = make_class("Underflow", ub);
        cond[9] = make_class("ConversionSyntax", ib);
        cond[10] = make_class("DivisionImpossible", ib);
        cond[11] = make_class("DivisionUndefined", dub);
        cond[12] = make_class("InvalidContext", ib);
        rc = cond[5] && cond[8] && cond[9] && cond[10] && cond[11] && cond[12] ? 0 : -1;
    }
    XDECREF(ob);
    XDECREF(ub);
    XDECREF(ib);
    XDECREF(dub);
    return rc;
}


static Object *make_decimal_tuple(void) {
    Object *coll = Import_ImportC("collections");
    if (!coll) return NULL;
    Object *nt = Obj_GetAttrC(coll, "namedtuple");
    DECREF(coll);
    if (!nt) return NULL;
    Object *args[3] = {Str_FromUTF8("DecimalTuple", -1), Str_FromUTF8("sign digits exponent", -1),
                       Str_FromUTF8("decimal", -1)};
    Object *kw = Tuple_Pack(1, Str_InternC("module"));
    Object *r = NULL;
    if (args[0] && args[1] && args[2] && kw) r = Obj_Call(nt, args, 2, kw);
    for (int i = 0; i < 3; i++) XDECREF(args[i]);
    XDECREF(kw);
    DECREF(nt);
    return r;
}

/* The per-interpreter state, made once; NULL on failure. */
/* SignalDict, what a context's flags and traps are: as CPython makes it,
 * type("SignalDict", (SignalDictMixin, MutableMapping), {}) (whose
 * metaclass, ABCMeta, names the module "abc"), so that the mapping's other
 * methods come from collections.abc. */
static Object *make_signal_dict_class(void) {
    Object *abc = Import_ImportC("collections.abc");
    Object *mm = abc ? Obj_GetAttrC(abc, "MutableMapping") : NULL;
    XDECREF(abc);
    if (!mm) return NULL;
    Object *name = Str_FromUTF8("SignalDict", -1), *bases = Tuple_Pack(2, (Object *)&DecSignalDict_Type, mm);
    Object *ns = Dict_New(), *mod = Str_FromUTF8("abc", -1), *cls = NULL;
    if (name && bases && ns && mod && Dict_SetItem(ns, Str_InternC("__module__"), mod) == 0) {
        Object *args[3] = {name, bases, ns};
        cls = Obj_Call((Object *)TYPE(mm), args, 3, NULL);
    }
    XDECREF(name);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod);
    DECREF(mm);
    return cls;
}

static Object *make_state(void) {
    Object *state = Tuple_New(DEC_STATE_SIZE);
    if (!state) return NULL;
    Object **items = TUPLE_ITEMS(state);
    for (int i = 0; i < DEC_STATE_SIZE; i++) items[i] = NULL;
    Object *name = Str_FromUTF8("decimal_context", -1);
    items[DEC_STATE_VAR] = name ? Obj_Call((Object *)&ContextVar_Type, &name, 1, NULL) : NULL;
    XDECREF(name);
    uint32_t std = DEC_INVALID_OPERATION | DEC_DIVISION_BY_ZERO | DEC_OVERFLOW;
    items[DEC_STATE_DEFAULT] = make_template(28, ROUND_HALF_EVEN_, std);
    items[DEC_STATE_BASIC] = make_template(9, ROUND_HALF_UP_, std | DEC_CLAMPED | DEC_UNDERFLOW);
    items[DEC_STATE_EXTENDED] = make_template(9, ROUND_HALF_EVEN_, 0);
    items[DEC_STATE_TUPLE] = make_decimal_tuple();
    items[DEC_STATE_SIGNAL_DICT] = make_signal_dict_class();
    bool ok = true;
    for (int i = 0; i < DEC_STATE_EXCEPTION; i++) ok &= items[i] != NULL;
    if (ok && make_signals(state) == 0) return state;
    for (int i = 0; i < DEC_STATE_SIZE; i++)
        if (!items[i]) items[i] = NEWREF(OBJ_NONE);
    DECREF(state);
    return NULL;
}

int Decimal_Init(Object *module) {
    if (!g_interp->decimal_state && !(g_interp->decimal_state = make_state())) return -1;
    Object **items = TUPLE_ITEMS(g_interp->decimal_state);
    if (Module_AddFunctions(module, module_functions) < 0) return -1;
    static const struct { const char *name; int index; } objects[] = {
        {"DefaultContext", DEC_STATE_DEFAULT}, {"BasicContext", DEC_STATE_BASIC},
        {"ExtendedContext", DEC_STATE_EXTENDED}, {"DecimalTuple", DEC_STATE_TUPLE},
        {"DecimalException", DEC_STATE_EXCEPTION},
    };
    for (size_t i = 0; i < sizeof objects / sizeof objects[0]; i++)
        if (Module_AddObject(module, objects[i].name, items[objects[i].index]) < 0) return -1;
    for (int i = 0; i < DEC_CONDITION_COUNT; i++)
        if (Module_AddObject(module, condition_names[i], items[DEC_STATE_CONDITIONS + i]) < 0) return -1;
    for (int i = 0; i < DEC_ROUND_COUNT; i++) {
        Object *s = Str_InternC(rounding_names[i]);
        if (!s || Module_AddObject(module, rounding_names[i], s) < 0) return -1;
    }
    struct { const char *name; int64_t v; } ints[] = {
        {"MAX_PREC", DEC_MAX_PREC}, {"MAX_EMAX", DEC_MAX_EMAX}, {"MIN_EMIN", DEC_MIN_EMIN},
        {"MIN_ETINY", DEC_MIN_ETINY}, {"IEEE_CONTEXT_MAX_BITS", 512},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (Module_AddObjectSteal(module, ints[i].name, Int_FromI64(ints[i].v)) < 0) return -1;
    if (Module_AddObject(module, "HAVE_THREADS", OBJ_TRUE) < 0 ||
        Module_AddObject(module, "HAVE_CONTEXTVAR", OBJ_TRUE) < 0 ||
        Module_AddObjectSteal(module, "__version__", Str_FromUTF8("1.70", -1)) < 0 ||
        Module_AddObjectSteal(module, "__libmpdec_version__", Str_FromUTF8("2.5.1", -1)) < 0 ||
        Module_AddObject(module, "Decimal", (Object *)&Dec_Type) < 0 ||
        Module_AddObject(module, "Context", (Object *)&DecCtx_Type) < 0)
        return -1;
    return 0;
}

Type *const Decimal_Types[] = {&Dec_Type, &DecCtx_Type, &DecSignalDict_Type, &DecCtxManager_Type, NULL};
