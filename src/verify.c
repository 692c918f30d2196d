/* The bytecode verifier (see verify.h for what it guarantees). */
#include "verify.h"
#include "objects/bytes.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "opcodes.h"
#include "runtime/err.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deeper nesting of code objects than the marshal reader allows cannot occur. */
#define MAX_NESTING 2100
/* Frames are allocated with co_stacksize slots: refuse absurd sizes up front. */
#define MAX_STACKSIZE (1 << 24)

/* A set of object pointers (code objects and tuples already checked), so
 * shared constants are verified once even when the graph is a deep DAG. */
typedef struct PtrSet { const void **slots; size_t cap, len; } PtrSet;

static int ptrset_add(PtrSet *s, const void *p) { /* 1 added, 0 present, -1 no memory */
    if (2 * (s->len + 1) > s->cap) {
        size_t ncap = s->cap ? 2 * s->cap : 64;
        const void **n = calloc(ncap, sizeof(void *));
        if (!n) return -1;
        for (size_t i = 0; i < s->cap; i++) {
            if (!s->slots[i]) continue;
            size_t h = ((uintptr_t)s->slots[i] >> 4) & (ncap - 1);
            while (n[h]) h = (h + 1) & (ncap - 1);
            n[h] = s->slots[i];
        }
        free(s->slots);
        s->slots = n;
        s->cap = ncap;
    }
    size_t h = ((uintptr_t)p >> 4) & (s->cap - 1);
    while (s->slots[h]) {
        if (s->slots[h] == p) return 0;
        h = (h + 1) & (s->cap - 1);
    }
    s->slots[h] = p;
    s->len++;
    return 1;
}

typedef struct Verifier {
    char *err;
    size_t errsize;
    PtrSet seen;
    int nesting;
} Verifier;

static const char *utf8_or(Object *s, const char *dflt) {
    const char *u = Str_Check(s) ? Str_AsUTF8(s, NULL) : NULL;
    if (!u) {
        if (Err_Occurred()) Err_Clear();
        return dflt;
    }
    return u;
}

/* Formats "code object 'f' (file "x.py", line 3), offset 12: <msg>". */
static int fail(Verifier *v, const Code *c, long unit, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (c && unit >= 0)
        snprintf(v->err, v->errsize, "code object '%s' (file \"%s\", line %d), offset %ld: %s",
                 utf8_or(c->qualname, "?"), utf8_or(c->filename, "?"), c->firstlineno, unit * 2, msg);
    else if (c)
        snprintf(v->err, v->errsize, "code object '%s' (file \"%s\", line %d): %s",
                 utf8_or(c->qualname, "?"), utf8_or(c->filename, "?"), c->firstlineno, msg);
    else
        snprintf(v->err, v->errsize, "%s", msg);
    return -1;
}

static const char *op_name(int op) {
    return Opcode_Names[op] ? Opcode_Names[op] : "?";
}

static bool is_unconditional_jump(int op) {
    return op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD || op == OP_JUMP_BACKWARD_NO_INTERRUPT;
}
static bool is_terminator(int op) {
    return op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

/* Per code unit facts gathered by the first pass. */
enum { U_CACHE = 0, U_EXT = 1, U_OP = 2 };

typedef struct Scan {
    int n;
    uint8_t *unit;        /* U_* */
    uint8_t *entry;       /* 1: a valid jump/handler target (instruction start) */
    uint32_t *oparg;      /* full oparg at U_OP units */
    int32_t *target;      /* jump target at U_OP units (-1: none) */
    int32_t *depth;       /* stack depth before the unit (-1: not reached) */
    int32_t *handler;     /* index into exc entries covering the unit, or -1 */
    CodeExcEntry *exc;
    int nexc;
} Scan;

static void scan_free(Scan *s) {
    free(s->unit);
    free(s->entry);
    free(s->oparg);
    free(s->target);
    free(s->depth);
    free(s->handler);
    free(s->exc);
}

static int check_arg(Verifier *v, const Code *c, int i, int op, uint32_t arg) {
    ssize_t nconsts = TUPLE_LEN(c->consts), nnames = TUPLE_LEN(c->names);
    int nlp = c->nlocalsplus;
    unsigned flags = Opcode_Flags[op];
    if (flags & OPF_CONST) {
        if (arg >= (uint32_t)nconsts)
            return fail(v, c, i, "%s index %u out of range (%zd constants)", op_name(op), arg, nconsts);
    } else if (flags & OPF_NAME) {
        uint32_t idx = arg;
        if (op == OP_LOAD_GLOBAL || op == OP_LOAD_ATTR) idx = arg >> 1;
        else if (op == OP_LOAD_SUPER_ATTR) idx = arg >> 2;
        if (idx >= (uint32_t)nnames)
            return fail(v, c, i, "%s name index %u out of range (%zd names)", op_name(op), idx, nnames);
    } else if (op == OP_LOAD_FAST_LOAD_FAST || op == OP_LOAD_FAST_BORROW_LOAD_FAST_BORROW ||
               op == OP_STORE_FAST_LOAD_FAST || op == OP_STORE_FAST_STORE_FAST) {
        if ((arg >> 4) >= (uint32_t)nlp || (arg & 15) >= (uint32_t)nlp)
            return fail(v, c, i, "%s local index out of range (%d locals)", op_name(op), nlp);
    } else if (flags & OPF_LOCAL) {
        if (arg >= (uint32_t)nlp)
            return fail(v, c, i, "%s local index %u out of range (%d locals)", op_name(op), arg, nlp);
    } else if (flags & OPF_FREE) {
        /* No check of the slot's kind: CPython itself emits MAKE_CELL on free
         * slots, and STORE_FAST may put anything in a cell slot, so the eval
         * loop checks for a cell at run time anyway. */
        if (arg >= (uint32_t)nlp)
            return fail(v, c, i, "%s cell index %u out of range (%d locals)", op_name(op), arg, nlp);
    } else if (flags & OPF_COMPARE) {
        if ((arg >> 5) >= OP_NUM_COMPARE_OPS)
            return fail(v, c, i, "COMPARE_OP argument %u is not a comparison", arg);
    }
    bool ok = true;
    switch (op) {
    case OP_BINARY_OP: ok = arg < OP_NUM_BINARY_OPS; break;
    case OP_CALL_INTRINSIC_1: ok = arg > 0 && arg < OP_NUM_INTRINSIC1; break;
    case OP_CALL_INTRINSIC_2: ok = arg > 0 && arg < OP_NUM_INTRINSIC2; break;
    case OP_LOAD_COMMON_CONSTANT: ok = arg < OP_NUM_COMMON_CONSTANTS; break;
    case OP_LOAD_SPECIAL: ok = arg < OP_NUM_SPECIAL_METHODS; break;
    case OP_CONVERT_VALUE: ok = arg > 0 && arg < OP_NUM_CONVERSIONS; break;
    case OP_SET_FUNCTION_ATTRIBUTE:
        ok = arg != 0 && (arg & (arg - 1)) == 0 && arg < (1u << OP_NUM_FUNCTION_ATTRS);
        break;
    case OP_IS_OP:
    case OP_CONTAINS_OP: ok = arg <= 1; break;
    case OP_RAISE_VARARGS: ok = arg <= 2; break;
    case OP_BUILD_SLICE: ok = arg == 2 || arg == 3; break;
    case OP_COPY: ok = arg >= 1; break;
    case OP_SWAP: ok = arg >= 2; break;
    case OP_COPY_FREE_VARS: ok = (int64_t)arg == c->nfreevars; break;
    case OP_BUILD_INTERPOLATION: ok = (arg >> 2) < OP_NUM_CONVERSIONS; break;
    case OP_GET_AWAITABLE: ok = arg <= 2; break;
    /* the container is below the item(s): oparg 0 would name the item itself;
     * and it is within the frame's stack (the eval loop checks the depth,
     * with oparg + a few items computed in an int) */
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_MAP_ADD: case OP_LIST_EXTEND:
    case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE:
        ok = arg >= 1 && (int64_t)arg <= c->stacksize;
        break;
    case OP_RERAISE: ok = (int64_t)arg <= c->stacksize; break; /* oparg: where lasti is */
    default: break;
    }
    if (!ok) return fail(v, c, i, "invalid argument %u for %s", arg, op_name(op));
    return 0;
}

/* Pass 1: instructions, EXTENDED_ARG chains, caches, arguments, jump targets. */
static int scan_instructions(Verifier *v, const Code *c, Scan *s) {
    int n = s->n;
    for (int i = 0; i < n;) {
        int start = i;
        uint32_t ext = 0;
        int chain = 0;
        while ((c->instrs[i] & 0xff) == OP_EXTENDED_ARG) {
            if (++chain > 3) return fail(v, c, i, "more than three EXTENDED_ARG prefixes");
            ext = (ext << 8) | (uint32_t)(c->instrs[i] >> 8);
            s->unit[i] = U_EXT;
            if (++i >= n) return fail(v, c, i - 1, "EXTENDED_ARG at the end of the code");
        }
        int op = c->instrs[i] & 0xff;
        uint32_t arg = (ext << 8) | (uint32_t)(c->instrs[i] >> 8);
        unsigned flags = Opcode_Flags[op];
        if (!(flags & OPF_DEFINED))
            return fail(v, c, i, "unknown opcode %d", op);
        /* the eval loop's oparg is an int: a larger one would turn negative */
        if (arg > INT32_MAX) return fail(v, c, i, "%s argument %u is too large", op_name(op), arg);
        if (flags & OPF_NOT_IN_PYC)
            return fail(v, c, i, "opcode %s cannot appear in a .pyc", op_name(op));
        s->entry[start] = 1;
        s->unit[i] = U_OP;
        s->oparg[i] = arg;
        s->target[i] = -1;
        int caches = Opcode_Caches[op];
        if ((long)i + 1 + caches > n)
            return fail(v, c, i, "%s's inline cache runs past the end of the code", op_name(op));
        if (check_arg(v, c, i, op, arg) < 0) return -1;
        if (flags & (OPF_JUMP_FWD | OPF_JUMP_BACK)) {
            int64_t t = (int64_t)i + 1 + caches;
            t += (flags & OPF_JUMP_BACK) ? -(int64_t)arg : (int64_t)arg;
            if (t < 0 || t >= n)
                return fail(v, c, i, "%s target %lld is outside the code", op_name(op), (long long)t * 2);
            s->target[i] = (int32_t)t;
        }
        i += 1 + caches;
    }
    for (int i = 0; i < n; i++)
        if (s->unit[i] == U_OP && s->target[i] >= 0 && !s->entry[s->target[i]])
            return fail(v, c, i, "%s target %d is not the start of an instruction",
                        op_name(c->instrs[i] & 0xff), s->target[i] * 2);
    return 0;
}

/* Pass 2: the exception table. */
static int scan_exceptions(Verifier *v, const Code *c, Scan *s) {
    CodeExcIter it;
    CodeExcEntry e;
    int cap = 0, prev_end = 0;
    Code_ExcInit(&it, c);
    while (Code_ExcNext(&it, &e)) {
        if (e.start >= e.end || e.end > s->n || e.start < prev_end)
            return fail(v, c, -1, "exception table entry %d covers a bad range", s->nexc);
        if (e.target < 0 || e.target >= s->n || !s->entry[e.target])
            return fail(v, c, -1, "exception table entry %d has a bad handler offset %d", s->nexc,
                        e.target * 2);
        if (e.depth > c->stacksize)
            return fail(v, c, -1, "exception table entry %d has a bad stack depth %d", s->nexc, e.depth);
        if (s->nexc == cap) {
            cap = cap ? 2 * cap : 16;
            CodeExcEntry *ne = realloc(s->exc, (size_t)cap * sizeof *ne);
            if (!ne) return fail(v, NULL, -1, "out of memory");
            s->exc = ne;
        }
        for (int i = e.start; i < e.end; i++) s->handler[i] = s->nexc;
        s->exc[s->nexc++] = e;
        prev_end = e.end;
    }
    if (it.bad) return fail(v, c, -1, "malformed exception table");
    return 0;
}

typedef struct Work { int32_t *items; int len, cap; } Work;

static int flow_to(Verifier *v, const Code *c, Scan *s, Work *w, int from, long t, long depth) {
    if (t >= s->n) return fail(v, c, from, "execution can run past the end of the code");
    if (depth > c->stacksize)
        return fail(v, c, from, "stack depth %ld exceeds co_stacksize %d", depth, c->stacksize);
    if (s->depth[t] >= 0) {
        if (s->depth[t] != depth)
            return fail(v, c, (int)t, "inconsistent stack depth (%d and %ld)", s->depth[t], depth);
        return 0;
    }
    s->depth[t] = (int32_t)depth;
    if (w->len == w->cap) {
        int ncap = w->cap ? 2 * w->cap : 64;
        int32_t *ni = realloc(w->items, (size_t)ncap * sizeof(int32_t));
        if (!ni) return fail(v, NULL, -1, "out of memory");
        w->items = ni;
        w->cap = ncap;
    }
    w->items[w->len++] = (int32_t)t;
    return 0;
}

/* Pass 3: stack depths along every path (net effects from dis.stack_effect). */
static int check_stack(Verifier *v, const Code *c, Scan *s) {
    Work w = {NULL, 0, 0};
    int rc = flow_to(v, c, s, &w, 0, 0, 0);
    for (int k = 0; rc == 0 && k < s->nexc; k++) {
        CodeExcEntry *e = &s->exc[k];
        rc = flow_to(v, c, s, &w, e->target, e->target, (long)e->depth + e->lasti + 1);
    }
    while (rc == 0 && w.len > 0) {
        int i = w.items[--w.len];
        long d = s->depth[i];
        if (s->unit[i] == U_EXT) {
            rc = flow_to(v, c, s, &w, i, i + 1, d);
            continue;
        }
        int op = c->instrs[i] & 0xff;
        uint32_t arg = s->oparg[i];
        long net = Opcode_StackEffect(op, arg);
        long after = d + net;
        /* net effects alone would allow BINARY_OP at depth 1; opargs that reach
         * further down than the inputs (LIST_APPEND, DICT_MERGE, RERAISE's
         * lasti, ...) are checked at run time as well */
        long inputs = Opcode_StackInputs(op, arg);
        if (d < inputs) {
            rc = fail(v, c, i, "%s %u reads %ld items with only %ld on the stack", op_name(op), arg, inputs, d);
            break;
        }
        if (after < 0) {
            rc = fail(v, c, i, "stack underflow in %s", op_name(op));
            break;
        }
        if (s->handler[i] >= 0 && d + (net < 0 ? net : 0) < s->exc[s->handler[i]].depth) {
            rc = fail(v, c, i, "stack depth %ld is below its exception handler's depth %d", d,
                      s->exc[s->handler[i]].depth);
            break;
        }
        long next = (long)i + 1 + Opcode_Caches[op];
        if (s->target[i] >= 0 && op != OP_END_ASYNC_FOR) {
            rc = flow_to(v, c, s, &w, i, s->target[i], after);
            if (rc == 0 && !is_unconditional_jump(op)) rc = flow_to(v, c, s, &w, i, next, after);
        } else if (!is_terminator(op)) {
            rc = flow_to(v, c, s, &w, i, next, after);
        } else if (after > c->stacksize) {
            rc = fail(v, c, i, "stack depth %ld exceeds co_stacksize %d", after, c->stacksize);
        }
    }
    free(w.items);
    return rc;
}

static int verify_const(Verifier *v, Object *o);

/* Checks c itself; with deep, then the code objects among its constants. */
static int verify_one(Verifier *v, Code *c, bool deep) {
    if (c->stacksize > MAX_STACKSIZE)
        return fail(v, c, -1, "co_stacksize %d is too large", c->stacksize);
    if (c->posonlyargcount > c->argcount)
        return fail(v, c, -1, "co_posonlyargcount exceeds co_argcount");
    const uint8_t *kinds = BYTES_DATA(c->localspluskinds);
    for (int i = 0; i < c->nlocalsplus; i++) {
        if (!(kinds[i] & (CO_FAST_LOCAL | CO_FAST_CELL | CO_FAST_FREE)))
            return fail(v, c, -1, "variable %d has no kind (local, cell or free)", i);
        if ((kinds[i] & CO_FAST_FREE) && (kinds[i] & (CO_FAST_LOCAL | CO_FAST_CELL)))
            return fail(v, c, -1, "variable %d is both free and local", i);
    }
    /* Free variables are the last slots (COPY_FREE_VARS fills them from the closure). */
    for (int i = c->nlocalsplus - c->nfreevars; i < c->nlocalsplus; i++)
        if (!(kinds[i] & CO_FAST_FREE))
            return fail(v, c, -1, "free variables are not the last variables");

    Scan s = {0};
    s.n = (int)c->ninstrs;
    size_t n = (size_t)s.n;
    s.unit = calloc(n, 1);
    s.entry = calloc(n, 1);
    s.oparg = calloc(n, sizeof(uint32_t));
    s.target = malloc(n * sizeof(int32_t));
    s.depth = malloc(n * sizeof(int32_t));
    s.handler = malloc(n * sizeof(int32_t));
    int rc = 0;
    if (!s.unit || !s.entry || !s.oparg || !s.target || !s.depth || !s.handler) {
        rc = fail(v, NULL, -1, "out of memory");
    } else {
        for (size_t i = 0; i < n; i++) s.target[i] = s.depth[i] = s.handler[i] = -1;
        rc = scan_instructions(v, c, &s);
        if (rc == 0) rc = scan_exceptions(v, c, &s);
        if (rc == 0) rc = check_stack(v, c, &s);
    }
    scan_free(&s);
    if (rc < 0 || !deep) return rc;
    for (ssize_t i = 0; i < TUPLE_LEN(c->consts); i++)
        if (verify_const(v, TUPLE_GET(c->consts, i)) < 0) return -1;
    return 0;
}

/* Constants: code objects are verified; tuples and frozensets are searched
 * for nested code objects (a hostile file could hide one there). */
static int verify_const(Verifier *v, Object *o) {
    if (IS_SMALL(o)) return 0;
    Type *t = TYPE(o);
    if (t != &Code_Type && !Tuple_Check(o) && !AnySet_Check(o)) return 0;
    int added = ptrset_add(&v->seen, o);
    if (added < 0) return fail(v, NULL, -1, "out of memory");
    if (added == 0) return 0;
    if (++v->nesting > MAX_NESTING) {
        v->nesting--;
        return fail(v, NULL, -1, "constants nested too deeply");
    }
    int rc = 0;
    if (t == &Code_Type) {
        rc = verify_one(v, (Code *)o, true);
    } else if (Tuple_Check(o)) {
        for (ssize_t i = 0; rc == 0 && i < TUPLE_LEN(o); i++) {
            Object *item = TUPLE_GET(o, i);
            if (item) rc = verify_const(v, item);
        }
    } else {
        ssize_t pos = 0;
        Object *key;
        hash_t h;
        while (rc == 0 && Set_Next(o, &pos, &key, &h)) rc = verify_const(v, key);
    }
    v->nesting--;
    return rc;
}

int Verify_Code(Code *c, char *err, size_t errsize) {
    Verifier v = {err, errsize, {NULL, 0, 0}, 0};
    if (errsize) err[0] = '\0';
    int rc = verify_const(&v, (Object *)c);
    free(v.seen.slots);
    return rc;
}

int Verify_CodeShallow(Code *c, char *err, size_t errsize) {
    Verifier v = {err, errsize, {NULL, 0, 0}, 0};
    if (errsize) err[0] = '\0';
    return verify_one(&v, c, false);
}
