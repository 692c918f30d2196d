/* Code objects: construction, attributes, and the two compact tables every
 * code object carries: the 3.11+ location table (co_linetable) and the
 * exception table (co_exceptiontable). */
#include "code.h"
#include "abstract.h"
#include "frame.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "opcodes.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <stdlib.h>
#include <string.h>

void (*Code_ExtraFree)(void *extra);

/* ---- construction ---------------------------------------------------------- */

static bool all_str(Object *t) {
    for (ssize_t i = 0; i < TUPLE_LEN(t); i++)
        if (!Str_Check(TUPLE_GET(t, i))) return false;
    return true;
}

Code *Code_New(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize,
               int flags, Object *code, Object *consts, Object *names,
               Object *localsplusnames, Object *localspluskinds, Object *filename,
               Object *name, Object *qualname, int firstlineno, Object *linetable,
               Object *exceptiontable) {
    if (!code || !Bytes_Check(code) || !consts || !Tuple_Check(consts) || !names ||
        !Tuple_Check(names) || !all_str(names) || !localsplusnames ||
        !Tuple_Check(localsplusnames) || !all_str(localsplusnames) || !localspluskinds ||
        !Bytes_Check(localspluskinds) || !filename || !Str_Check(filename) || !name ||
        !Str_Check(name) || !qualname || !Str_Check(qualname) || !linetable ||
        !Bytes_Check(linetable) || !exceptiontable || !Bytes_Check(exceptiontable)) {
        Err_SetString(Exc_TypeError, "code: invalid argument types");
        return NULL;
    }
    if (argcount < 0 || posonlyargcount < 0 || kwonlyargcount < 0 || stacksize < 0 ||
        posonlyargcount > argcount) {
        Err_SetString(Exc_ValueError, "code: argument counts must not be negative");
        return NULL;
    }
    ssize_t nbytes = BYTES_LEN(code);
    if (nbytes == 0 || nbytes % 2 != 0 || nbytes / 2 > INT32_MAX / 2) {
        Err_SetString(Exc_ValueError, "code: co_code is malformed");
        return NULL;
    }
    ssize_t nlp = TUPLE_LEN(localsplusnames);
    if (BYTES_LEN(localspluskinds) != nlp || nlp > INT32_MAX / 4) {
        Err_SetString(Exc_ValueError, "code: co_localsplusnames and co_localspluskinds differ in length");
        return NULL;
    }
    int nlocals = 0, ncells = 0, nfree = 0;
    const uint8_t *kinds = BYTES_DATA(localspluskinds);
    for (ssize_t i = 0; i < nlp; i++) {
        if (kinds[i] & CO_FAST_LOCAL) nlocals++;
        if (kinds[i] & CO_FAST_CELL) ncells++;
        if (kinds[i] & CO_FAST_FREE) nfree++;
    }
    /* Arguments are the first locals: the frame binds them by position. */
    long nargs = (long)argcount + kwonlyargcount + !!(flags & CO_VARARGS) + !!(flags & CO_VARKEYWORDS);
    if (nargs > nlocals) {
        Err_SetString(Exc_ValueError, "code: co_varnames is too small");
        return NULL;
    }
    uint16_t *instrs = malloc((size_t)nbytes);
    if (!instrs) return (Code *)Err_NoMemory();
    const uint8_t *raw = BYTES_DATA(code);
    for (ssize_t i = 0; i < nbytes / 2; i++)
        instrs[i] = (uint16_t)(raw[2 * i] | (raw[2 * i + 1] << 8));

    Code *c = (Code *)Obj_Alloc(&Code_Type, sizeof(Code));
    if (!c) {
        free(instrs);
        return NULL;
    }
    c->argcount = argcount;
    c->posonlyargcount = posonlyargcount;
    c->kwonlyargcount = kwonlyargcount;
    c->stacksize = stacksize;
    c->flags = flags;
    c->firstlineno = firstlineno;
    c->nlocalsplus = (int)nlp;
    c->nlocals = nlocals;
    c->ncellvars = ncells;
    c->nfreevars = nfree;
    c->code = NEWREF(code);
    c->consts = NEWREF(consts);
    c->names = NEWREF(names);
    c->localsplusnames = NEWREF(localsplusnames);
    c->localspluskinds = NEWREF(localspluskinds);
    c->filename = NEWREF(filename);
    c->name = NEWREF(name);
    c->qualname = NEWREF(qualname);
    c->linetable = NEWREF(linetable);
    c->exceptiontable = NEWREF(exceptiontable);
    c->instrs = instrs;
    c->ninstrs = nbytes / 2;
    /* -1: calls bind their arguments the slow way (non-optimized code, a
     * module's or a class body's, runs with its globals as locals) */
    bool plain = !kwonlyargcount && !(flags & (CO_VARARGS | CO_VARKEYWORDS)) && (flags & CO_OPTIMIZED);
    c->fast_nargs = plain ? argcount : -1;
    c->framesize = Frame_Size(c);
    c->entry = (instrs[0] & 0xff) == OP_RESUME && c->ninstrs > 1;
    c->gen_start = 0;
    if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        for (ssize_t i = 0; i < c->ninstrs; i++) {
            int op = instrs[i] & 0xff;
            if (op == OP_RETURN_GENERATOR) {
                if (i + 1 < c->ninstrs) c->gen_start = (int)i + 1;
                break;
            }
            if (op != OP_COPY_FREE_VARS && op != OP_MAKE_CELL && op != OP_NOP) break;
        }
    }
    return c;
}

static void code_dealloc(Object *o) {
    Weak_ClearOnDealloc(o);
    Code *c = (Code *)o;
    CLEAR(c->code);
    CLEAR(c->consts);
    CLEAR(c->names);
    CLEAR(c->localsplusnames);
    CLEAR(c->localspluskinds);
    CLEAR(c->filename);
    CLEAR(c->name);
    CLEAR(c->qualname);
    CLEAR(c->linetable);
    CLEAR(c->exceptiontable);
    free(c->instrs);
    free(c->trace_map);
    free(c->line_ranges);
    if (c->extra) {
        if (Code_ExtraFree) Code_ExtraFree(c->extra);
        else free(c->extra);
    }
    Obj_Free(o);
}

static Object *code_repr(Object *o) {
    Code *c = (Code *)o;
    return Str_FromFormat("<code object %U at %p, file \"%U\", line %d>", c->name, (void *)o,
                          c->filename, c->firstlineno);
}

Object *Code_LocalName(const Code *c, int i) {
    if (i < 0 || i >= c->nlocalsplus) return NULL;
    return TUPLE_GET(c->localsplusnames, i);
}

/* ---- attributes ------------------------------------------------------------ */

#define CODE_INT_GETTER(field)                                  \
    static Object *code_get_##field(Object *o) {                \
        return Int_FromI64(((Code *)o)->field);                 \
    }
#define CODE_OBJ_GETTER(attr, field)                            \
    static Object *code_get_##attr(Object *o) {                 \
        return NEWREF(((Code *)o)->field);                      \
    }


CODE_INT_GETTER(argcount)
CODE_INT_GETTER(posonlyargcount)
CODE_INT_GETTER(kwonlyargcount)
CODE_INT_GETTER(stacksize)
CODE_INT_GETTER(flags)
CODE_INT_GETTER(firstlineno)
CODE_INT_GETTER(nlocals)
CODE_OBJ_GETTER(code, code)
CODE_OBJ_GETTER(consts, consts)
CODE_OBJ_GETTER(names, names)
CODE_OBJ_GETTER(filename, filename)
CODE_OBJ_GETTER(name, name)
CODE_OBJ_GETTER(qualname, qualname)
CODE_OBJ_GETTER(linetable, linetable)
CODE_OBJ_GETTER(exceptiontable, exceptiontable)

Object *Code_VarNames(const Code *c, int bit) {
    const uint8_t *kinds = BYTES_DATA(c->localspluskinds);
    ssize_t n = 0;
    for (int i = 0; i < c->nlocalsplus; i++)
        if (kinds[i] & bit) n++;
    Object *t = Tuple_New(n);
    if (!t) return NULL;
    ssize_t k = 0;
    for (int i = 0; i < c->nlocalsplus; i++)
        if (kinds[i] & bit) TUPLE_ITEMS(t)[k++] = NEWREF(TUPLE_GET(c->localsplusnames, i));
    return t;
}
static Object *code_get_varnames(Object *o) { return Code_VarNames((Code *)o, CO_FAST_LOCAL); }
static Object *code_get_cellvars(Object *o) { return Code_VarNames((Code *)o, CO_FAST_CELL); }
static Object *code_get_freevars(Object *o) { return Code_VarNames((Code *)o, CO_FAST_FREE); }

static const GetSetDef code_getset[] = {
    {"co_argcount", code_get_argcount, NULL, NULL},
    {"co_posonlyargcount", code_get_posonlyargcount, NULL, NULL},
    {"co_kwonlyargcount", code_get_kwonlyargcount, NULL, NULL},
    {"co_stacksize", code_get_stacksize, NULL, NULL},
    {"co_flags", code_get_flags, NULL, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL, NULL},
    {"co_nlocals", code_get_nlocals, NULL, NULL},
    {"co_code", code_get_code, NULL, NULL},
    {"co_consts", code_get_consts, NULL, NULL},
    {"co_names", code_get_names, NULL, NULL},
    {"co_filename", code_get_filename, NULL, NULL},
    {"co_name", code_get_name, NULL, NULL},
    {"co_qualname", code_get_qualname, NULL, NULL},
    {"co_linetable", code_get_linetable, NULL, NULL},
    {"co_exceptiontable", code_get_exceptiontable, NULL, NULL},
    {"co_varnames", code_get_varnames, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* ---- the location table ---------------------------------------------------- */
/* Each entry: a byte 1kkkklll (kind k, covering l+1 code units), then data:
 *   kinds 0-9   short form: one byte; column k*8 + bits 4-6, end = column + bits 0-3
 *   kinds 10-12 one-line form: line += k-10, then column and end column bytes
 *   kind 13     no columns: line += svarint
 *   kind 14     long form: line += svarint, end line = line + varint,
 *               column = varint-1, end column = varint-1
 *   kind 15     no location (line -1; the running line is unchanged)
 * Varints are little-endian 6-bit groups with 0x40 as the continuation bit;
 * svarints keep the sign in bit 0. */

typedef struct LocEntry { int start, end; CodePos pos; } LocEntry;

/* Line arithmetic wraps around as CPython's (built with -fwrapv) does: a
 * hostile co_firstlineno near INT_MAX must not overflow a signed int. */
static int line_add(int line, int delta) {
    return (int)(unsigned)((unsigned)line + (unsigned)delta);
}

typedef struct LocCursor { const uint8_t *p, *end; int addr, line; } LocCursor;

static bool lt_varint(LocCursor *cur, unsigned *out) {
    unsigned v = 0, shift = 0;
    for (;;) {
        if (cur->p >= cur->end || shift > 28) return false;
        unsigned b = *cur->p++;
        v |= (b & 63u) << shift;
        shift += 6;
        if (!(b & 64)) break;
    }
    *out = v;
    return true;
}

static bool lt_svarint(LocCursor *cur, int *out) {
    unsigned u;
    if (!lt_varint(cur, &u)) return false;
    *out = (u & 1) ? -(int)(u >> 1) : (int)(u >> 1);
    return true;
}

static bool lt_byte(LocCursor *cur, int *out) {
    if (cur->p >= cur->end) return false;
    *out = *cur->p++;
    return true;
}

static void loc_init(LocCursor *cur, const Code *c) {
    cur->p = BYTES_DATA(c->linetable);
    cur->end = cur->p + BYTES_LEN(c->linetable);
    cur->addr = 0;
    cur->line = c->firstlineno;
}

/* Decodes the next entry; false at the end or on malformed data. */
static bool loc_next(LocCursor *cur, LocEntry *e) {
    if (cur->p >= cur->end) return false;
    unsigned first = *cur->p++;
    if (!(first & 0x80)) {
        cur->p = cur->end;
        return false;
    }
    int kind = (first >> 3) & 15;
    e->start = cur->addr;
    e->end = cur->addr + (int)(first & 7) + 1;
    CodePos *pos = &e->pos;
    bool ok = true;
    if (kind == 15) {
        pos->line = pos->end_line = pos->col = pos->end_col = -1;
    } else if (kind == 14) {
        int dl = 0;
        unsigned el = 0, col = 0, ecol = 0;
        ok = lt_svarint(cur, &dl) && lt_varint(cur, &el) && lt_varint(cur, &col) && lt_varint(cur, &ecol);
        cur->line = line_add(cur->line, dl);
        pos->line = cur->line;
        pos->end_line = line_add(cur->line, (int)el);
        pos->col = (int)col - 1;
        pos->end_col = (int)ecol - 1;
    } else if (kind == 13) {
        int dl = 0;
        ok = lt_svarint(cur, &dl);
        cur->line = line_add(cur->line, dl);
        pos->line = pos->end_line = cur->line;
        pos->col = pos->end_col = -1;
    } else if (kind >= 10) {
        int col = 0, ecol = 0;
        ok = lt_byte(cur, &col) && lt_byte(cur, &ecol);
        cur->line = line_add(cur->line, kind - 10);
        pos->line = pos->end_line = cur->line;
        pos->col = col;
        pos->end_col = ecol;
    } else {
        int b = 0;
        ok = lt_byte(cur, &b);
        pos->line = pos->end_line = cur->line;
        pos->col = kind * 8 + ((b >> 4) & 7);
        pos->end_col = pos->col + (b & 15);
    }
    if (!ok) {
        cur->p = cur->end;
        return false;
    }
    cur->addr = e->end;
    return true;
}

int Code_Position(const Code *c, int i, CodePos *pos) {
    if (i < 0 || i >= c->ninstrs) return -1;
    LocCursor cur;
    LocEntry e;
    loc_init(&cur, c);
    while (loc_next(&cur, &e)) {
        if (i < e.end) {
            *pos = e.pos;
            return 0;
        }
    }
    pos->line = pos->end_line = pos->col = pos->end_col = -1;
    return 0;
}

/* co_lines() as an array, for Code_Line's binary search: frames ask for
 * their line on every logging call and traceback, and walking the table from
 * its start each time costs the length of the function. */
typedef struct LineRange { int start, end, line; } LineRange;
typedef struct LineRanges {
    size_t n;
    LineRange r[];
} LineRanges;

static LineRanges *line_ranges_build(const Code *c) {
    CodeLineIter it;
    int start, end, line;
    size_t n = 0, cap = 16;
    LineRanges *m = malloc(sizeof *m + cap * sizeof(LineRange));
    if (!m) return NULL;
    Code_LinesInit(&it, c);
    while (Code_LinesNext(&it, &start, &end, &line)) {
        if (n == cap) {
            cap *= 2;
            LineRanges *bigger = realloc(m, sizeof *m + cap * sizeof(LineRange));
            if (!bigger) {
                free(m);
                return NULL;
            }
            m = bigger;
        }
        m->r[n++] = (LineRange){start, end, line};
    }
    m->n = n;
    return m;
}

/* The decoded ranges, made once; published atomically, so that a thread
 * that loses the race frees its own copy.  NULL when out of memory. */
static const LineRanges *line_ranges(const Code *c) {
    void **slot = &((Code *)c)->line_ranges;
    LineRanges *m = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (m) return m;
    m = line_ranges_build(c);
    if (!m) return NULL;
    void *expected = NULL;
    if (!__atomic_compare_exchange_n(slot, &expected, m, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        free(m);
        return expected;
    }
    return m;
}

static int line_scan(const Code *c, int i) {
    CodeLineIter it;
    int start, end, line;
    Code_LinesInit(&it, c);
    while (Code_LinesNext(&it, &start, &end, &line))
        if (start <= i && i < end) return line;
    return -1;
}

int Code_Line(const Code *c, int i) {
    if (i < 0 || i >= c->ninstrs) return -1;
    const LineRanges *m = line_ranges(c);
    if (!m) return line_scan(c, i);
    /* the first range holding i: starts only grow, so the last one
     * starting at or before i, unless an earlier one reaches past it */
    size_t lo = 0, hi = m->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->r[mid].start <= i) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 && i < m->r[lo - 1].end ? m->r[lo - 1].line : line_scan(c, i);
}

void Code_LinesInit(CodeLineIter *it, const Code *c) {
    it->p = BYTES_DATA(c->linetable);
    it->end = it->p + BYTES_LEN(c->linetable);
    it->addr = 0;
    it->line = c->firstlineno;
    it->firstlineno = c->firstlineno;
    it->have_peek = false;
}

/* Line numbers follow CPython's line iterator exactly, also on malformed
 * tables: an entry starts at any byte, its line delta is read from the bytes
 * after it (bytes past the end read as 0), and the next entry is the next
 * byte with bit 7 set. */
static unsigned lines_byte(const CodeLineIter *it, const uint8_t *q) {
    return q < it->end ? *q : 0;
}

static int lines_delta(const CodeLineIter *it) {
    unsigned first = *it->p;
    int kind = (first >> 3) & 15;
    if (kind == 13 || kind == 14) {
        const uint8_t *q = it->p + 1;
        unsigned b = lines_byte(it, q++), v = b & 63, shift = 0;
        while ((b & 64) && shift < 30) {
            b = lines_byte(it, q++);
            shift += 6;
            v |= (b & 63) << shift;
        }
        return (v & 1) ? -(int)(v >> 1) : (int)(v >> 1);
    }
    if (kind >= 10 && kind <= 12) return kind - 10;
    return 0;
}

static bool lines_raw(CodeLineIter *it, int *start, int *end, int *line) {
    if (it->have_peek) {
        it->have_peek = false;
        *start = it->peek_start;
        *end = it->peek_end;
        *line = it->peek_line;
        return true;
    }
    if (it->p >= it->end) return false;
    unsigned first = *it->p;
    it->line = line_add(it->line, lines_delta(it));
    *line = (first >> 3) == 0x1f ? -1 : it->line;
    *start = it->addr;
    if (it->addr > INT32_MAX / 2 - 8) return false;
    it->addr += (int)(first & 7) + 1;
    *end = it->addr;
    do {
        it->p++;
    } while (it->p < it->end && !(*it->p & 0x80));
    return true;
}

bool Code_LinesNext(CodeLineIter *it, int *start, int *end, int *line) {
    if (!lines_raw(it, start, end, line)) return false;
    int s, e, l;
    while (lines_raw(it, &s, &e, &l)) {
        if (l != *line) {
            it->have_peek = true;
            it->peek_start = s;
            it->peek_end = e;
            it->peek_line = l;
            break;
        }
        *end = e;
    }
    return true;
}

/* ---- the exception table ----------------------------------------------------- */
/* Entries of four varints (start, length, target, depth<<1 | lasti), in code
 * units; these varints are big-endian 6-bit groups with 0x40 as the
 * continuation bit, and the first byte of each entry has bit 7 set. */

void Code_ExcInit(CodeExcIter *it, const Code *c) {
    it->p = BYTES_DATA(c->exceptiontable);
    it->end = it->p + BYTES_LEN(c->exceptiontable);
    it->bad = false;
}

static bool exc_varint(CodeExcIter *it, int *out) {
    if (it->p >= it->end) return false;
    unsigned b = *it->p++;
    unsigned v = b & 63;
    while (b & 64) {
        if (it->p >= it->end || v > (1u << 24)) return false;
        b = *it->p++;
        v = (v << 6) | (b & 63);
    }
    *out = (int)v;
    return true;
}

bool Code_ExcNext(CodeExcIter *it, CodeExcEntry *e) {
    if (it->bad || it->p >= it->end) return false;
    int start, len, target, dl;
    if (!(*it->p & 0x80) || !exc_varint(it, &start) || !exc_varint(it, &len) ||
        !exc_varint(it, &target) || !exc_varint(it, &dl)) {
        it->bad = true;
        return false;
    }
    e->start = start;
    e->end = start + len;
    e->target = target;
    e->depth = dl >> 1;
    e->lasti = dl & 1;
    return true;
}

bool Code_FindHandler(const Code *c, int i, int *handler, int *depth, bool *lasti) {
    CodeExcIter it;
    CodeExcEntry e;
    Code_ExcInit(&it, c);
    while (Code_ExcNext(&it, &e)) {
        if (e.start > i) break;
        if (i < e.end) {
            *handler = e.target;
            *depth = e.depth;
            *lasti = e.lasti;
            return true;
        }
    }
    return false;
}

/* ---- co_lines(), co_positions(), _varname_from_oparg() ---------------------- */
/* Both iterators are list iterators over tuples built at once: dis and
 * traceback read them whole, and a code object's table is small. */

static Object *int_or_none(int v) { return v < 0 ? NEWREF(OBJ_NONE) : Int_FromI64(v); }

/* co_lines(): (start, end, line) in bytes, line None where there is none. */
static Object *code_co_lines(Object *self, Object *const *args, size_t nargs, Object *kw) {
    Object *list = List_New(0);
    if (!list) return NULL;
    CodeLineIter it;
    int start, end, line;
    Code_LinesInit(&it, (Code *)self);
    while (Code_LinesNext(&it, &start, &end, &line)) {
        Object *t = Tuple_New(3);
        if (!t) goto fail;
        TUPLE_ITEMS(t)[0] = Int_FromI64(2 * (int64_t)start);
        TUPLE_ITEMS(t)[1] = Int_FromI64(2 * (int64_t)end);
        TUPLE_ITEMS(t)[2] = int_or_none(line);
        if (!TUPLE_ITEMS(t)[0] || !TUPLE_ITEMS(t)[1] || !TUPLE_ITEMS(t)[2]) {
            DECREF(t); /* a tuple frees the items it has */
            goto fail;
        }
        if (List_AppendSteal(list, t) < 0) goto fail;
    }
    Object *iter = Obj_GetIter(list);
    DECREF(list);
    return iter;
fail:
    DECREF(list);
    return NULL;
}

/* co_positions(): one (line, end_line, col, end_col) per code unit, caches
 * included; None for what the location table does not give. */
static Object *code_co_positions(Object *self, Object *const *args, size_t nargs, Object *kw) {
    Code *c = (Code *)self;
    Object *list = List_New(0);
    if (!list) return NULL;
    LocCursor cur;
    LocEntry e;
    bool have = false;
    loc_init(&cur, c);
    for (int i = 0; i < c->ninstrs; i++) {
        while (!(have && i < e.end) && (have = loc_next(&cur, &e))) {}
        CodePos none = {-1, -1, -1, -1};
        const CodePos *p = have ? &e.pos : &none;
        Object *t = Tuple_New(4);
        if (!t) goto fail;
        int vals[4] = {p->line, p->end_line, p->col, p->end_col};
        bool ok = true;
        for (int k = 0; k < 4; k++) ok = (TUPLE_ITEMS(t)[k] = int_or_none(vals[k])) && ok;
        if (!ok) {
            DECREF(t);
            goto fail;
        }
        if (List_AppendSteal(list, t) < 0) goto fail;
    }
    Object *iter = Obj_GetIter(list);
    DECREF(list);
    return iter;
fail:
    DECREF(list);
    return NULL;
}

static Object *code_varname_from_oparg(Object *self, Object *const *args, size_t nargs, Object *kw) {
    int64_t i;
    if (Int_AsI64(args[0], &i) < 0) return NULL;
    Object *name = i >= INT32_MIN && i <= INT32_MAX ? Code_LocalName((Code *)self, (int)i) : NULL;
    if (!name) {
        Err_SetString(Exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return NEWREF(name);
}

/* ---- equality and hash ------------------------------------------------------ */
/* Two code objects are equal when they would run alike: the file name, the
 * qualified name, the stack size and the exception table do not count (as
 * in CPython), the bytecode, constants, names, variables, line table, name
 * and the counts do.  Constants compare by type as well as value, so that
 * `1` and `1.0`, or `0.0` and `-0.0`, keep code objects apart. */

static bool code_equal(Code *a, Code *b, int depth);

/* -1 on error. */
static int const_same(Object *a, Object *b, int depth) {
    if (a == b) return 1;
    if (TYPE(a) != TYPE(b)) return 0;
    Type *t = TYPE(a);
    if (depth > 200) return Obj_RichCompareBool(a, b, CMP_EQ); /* no deeper C recursion */
    if (t == &Float_Type) return memcmp(&FLOAT_VAL(a), &FLOAT_VAL(b), sizeof(double)) == 0;
    if (t == &Complex_Type) {
        const Complex *ca = (const Complex *)a, *cb = (const Complex *)b;
        return memcmp(&ca->re, &cb->re, sizeof(double)) == 0 && memcmp(&ca->im, &cb->im, sizeof(double)) == 0;
    }
    if (t == &Tuple_Type) {
        if (TUPLE_LEN(a) != TUPLE_LEN(b)) return 0;
        for (ssize_t i = 0; i < TUPLE_LEN(a); i++) {
            int r = const_same(TUPLE_GET(a, i), TUPLE_GET(b, i), depth + 1);
            if (r != 1) return r;
        }
        return 1;
    }
    if (t == &FrozenSet_Type) {
        if (Set_Len(a) != Set_Len(b)) return 0;
        ssize_t pa = 0;
        Object *ka;
        hash_t ha;
        while (Set_Next(a, &pa, &ka, &ha)) {
            ssize_t pb = 0;
            Object *kb;
            hash_t hb;
            int found = 0;
            while (!found && Set_Next(b, &pb, &kb, &hb)) {
                found = const_same(ka, kb, depth + 1);
                if (found < 0) return -1;
            }
            if (!found) return 0;
        }
        return 1;
    }
    if (t == &Code_Type) return code_equal((Code *)a, (Code *)b, depth + 1);
    return Obj_RichCompareBool(a, b, CMP_EQ);
}

static bool bytes_same(Object *a, Object *b) {
    return BYTES_LEN(a) == BYTES_LEN(b) && memcmp(BYTES_DATA(a), BYTES_DATA(b), (size_t)BYTES_LEN(a)) == 0;
}

/* -1 on error (a constant's __eq__ may raise). */
static int code_equal_or_error(Code *a, Code *b, int depth) {
    if (a->argcount != b->argcount || a->posonlyargcount != b->posonlyargcount ||
        a->kwonlyargcount != b->kwonlyargcount || a->flags != b->flags || a->firstlineno != b->firstlineno ||
        !Str_Eq(a->name, b->name) || !bytes_same(a->code, b->code) || !bytes_same(a->linetable, b->linetable))
        return 0;
    int r = Obj_RichCompareBool(a->names, b->names, CMP_EQ);
    if (r == 1) r = Obj_RichCompareBool(a->localsplusnames, b->localsplusnames, CMP_EQ);
    if (r == 1) r = const_same(a->consts, b->consts, depth);
    return r;
}

static bool code_equal(Code *a, Code *b, int depth) {
    return code_equal_or_error(a, b, depth) == 1;
}

static Object *code_richcompare(Object *a, Object *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || IS_SMALL(b) || TYPE(b) != &Code_Type) return NEWREF(OBJ_NOTIMPL);
    int r = code_equal_or_error((Code *)a, (Code *)b, 0);
    if (r < 0) return NULL;
    return Bool_From((r == 1) == (op == CMP_EQ));
}

/* Mixes the hashes of what equality compares (the constants by their own
 * hash: equal constants hash alike whatever their type). */
static hash_t code_hash(Object *o) {
    Code *c = (Code *)o;
    Object *parts[] = {c->name, c->consts, c->names, c->localsplusnames, c->linetable, c->code};
    uint64_t h = 0x9e3779b97f4a7c15u;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        hash_t ph = Obj_Hash(parts[i]);
        if (ph == -1) return -1;
        h = (h ^ (uint64_t)ph) * 0x100000001b3u;
    }
    const int nums[] = {c->argcount, c->posonlyargcount, c->kwonlyargcount, c->flags, c->firstlineno};
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) h = (h ^ (uint64_t)(unsigned)nums[i]) * 0x100000001b3u;
    return (hash_t)h == -1 ? -2 : (hash_t)h;
}

static const MethodDef code_methods[] = {
    {"co_lines", code_co_lines, 0, ARGS("($self, /)", NULL)},
    {"co_positions", code_co_positions, 0, ARGS("($self, /)", NULL)},
    {"_varname_from_oparg", code_varname_from_oparg, 0,
     ARGS("($self, /, oparg)", "(internal-only) Return the local variable name for the given oparg.\n\nWARNING: this "
                               "method is for internal use only and may change or go away.")},
    {"replace", Code_Replace, 0,
     ARGS_F(ARG_KW_PASS, "($self, /, **changes)",
            "Return a copy of the code object with new values for the specified fields.")},
    {"__replace__", Code_Replace, 0,
     ARGS_NAMED("replace", ARG_KW_PASS, "($self, /, **changes)", "The same as replace().")},
    {NULL, NULL, 0, NULL},
};

Type Code_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "code",
    .basicsize = sizeof(Code),
    .flags = TPFLAG_IMMUTABLE | TPFLAG_WEAKREF,
    .base = &Object_Type,
    .dealloc = code_dealloc,
    .repr = code_repr,
    .hash = code_hash,
    .richcompare = code_richcompare,
    .methods = code_methods,
    .getset = code_getset,
    .new_ = Code_Construct,
    .args = ARGS_F(0,
                   "(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,\n"
                   "     flags, codestring, constants, names, varnames, filename, name,\n"
                   "     qualname, firstlineno, linetable, exceptiontable, freevars=(),\n"
                   "     cellvars=(), /)",
                   "Create a code object.  Not for the faint of heart."),
};
