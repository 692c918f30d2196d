/* marshal (version 5) and the .pyc container.
 *
 * The reader treats its input as hostile: every length is checked against
 * the bytes that remain before anything is allocated, nesting is limited,
 * and errors are the ones CPython's marshal raises. */
#include "marshal.h"
#include "abstract.h"
#include "code.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "verify.h"
#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    TYPE_NULL = '0', TYPE_NONE = 'N', TYPE_FALSE = 'F', TYPE_TRUE = 'T',
    TYPE_STOPITER = 'S', TYPE_ELLIPSIS = '.', TYPE_INT = 'i', TYPE_INT64 = 'I',
    TYPE_FLOAT = 'f', TYPE_BINARY_FLOAT = 'g', TYPE_COMPLEX = 'x',
    TYPE_BINARY_COMPLEX = 'y', TYPE_LONG = 'l', TYPE_STRING = 's',
    TYPE_INTERNED = 't', TYPE_REF = 'r', TYPE_TUPLE = '(', TYPE_LIST = '[',
    TYPE_DICT = '{', TYPE_CODE = 'c', TYPE_UNICODE = 'u', TYPE_UNKNOWN = '?',
    TYPE_SET = '<', TYPE_FROZENSET = '>', TYPE_ASCII = 'a',
    TYPE_ASCII_INTERNED = 'A', TYPE_SMALL_TUPLE = ')', TYPE_SHORT_ASCII = 'z',
    TYPE_SHORT_ASCII_INTERNED = 'Z', TYPE_SLICE = ':',
};
#define FLAG_REF 0x80
#define MAX_DEPTH 2000
#define SIZE32_MAX 0x7FFFFFFF
#define INVALID_BYTECODE "invalid bytecode: "

/* ========================================================================== */
/* reading                                                                      */
/* ========================================================================== */

typedef struct Reader {
    const uint8_t *p, *end;
    int depth;
    Object **refs;        /* owned references; NULL: reserved, not yet built */
    size_t nrefs, cap;
} Reader;

static Object *r_object(Reader *r);

static void *err_short(void) {
    Err_SetString(Exc_EOFError, "marshal data too short");
    return NULL;
}

static void *err_bad(const char *what) {
    Err_Format(Exc_ValueError, "bad marshal data (%s)", what);
    return NULL;
}

static size_t remaining(Reader *r) { return (size_t)(r->end - r->p); }

static bool r_bytes(Reader *r, size_t n, const uint8_t **out) {
    if (remaining(r) < n) {
        err_short();
        return false;
    }
    *out = r->p;
    r->p += n;
    return true;
}

static bool r_u8(Reader *r, unsigned *out) {
    const uint8_t *b;
    if (!r_bytes(r, 1, &b)) return false;
    *out = b[0];
    return true;
}

static bool r_i32(Reader *r, int32_t *out) {
    const uint8_t *b;
    if (!r_bytes(r, 4, &b)) return false;
    *out = (int32_t)((uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24);
    return true;
}

static bool r_double(Reader *r, double *out) {
    const uint8_t *b;
    if (!r_bytes(r, 8, &b)) return false;
    uint64_t u = 0;
    for (int i = 7; i >= 0; i--) u = (u << 8) | b[i];
    memcpy(out, &u, sizeof u);
    return true;
}

/* Reserves a refs slot (filled later by ref_set); returns its index or -1. */
static ssize_t ref_reserve(Reader *r) {
    if (r->nrefs == r->cap) {
        size_t ncap = r->cap ? r->cap * 2 : 64;
        Object **n = realloc(r->refs, ncap * sizeof(Object *));
        if (!n) {
            Err_NoMemory();
            return -1;
        }
        r->refs = n;
        r->cap = ncap;
    }
    r->refs[r->nrefs] = NULL;
    return (ssize_t)r->nrefs++;
}

static void ref_set(Reader *r, ssize_t idx, Object *v) {
    if (idx >= 0) r->refs[idx] = NEWREF(v);
}

/* Registers v (borrowed) when the FLAG_REF bit was set; returns v, or NULL
 * (v released) if out of memory. */
static Object *ref_add(Reader *r, bool flag, Object *v) {
    if (!v || !flag) return v;
    ssize_t idx = ref_reserve(r);
    if (idx < 0) {
        DECREF(v);
        return NULL;
    }
    ref_set(r, idx, v);
    return v;
}

static Object *null_in(const char *what) {
    if (!Err_Occurred()) Err_Format(Exc_TypeError, "NULL object in marshal data for %s", what);
    return NULL;
}

/* An object that must not be NULL (the NULL marker raises TypeError). */
static Object *r_item(Reader *r, const char *what) {
    Object *v = r_object(r);
    if (!v) return null_in(what);
    return v;
}

static Object *r_long(Reader *r) {
    int32_t n;
    if (!r_i32(r, &n)) return NULL;
    if (n < -SIZE32_MAX || n > SIZE32_MAX) return err_bad("long size out of range");
    size_t ndig = (size_t)(n < 0 ? -(int64_t)n : n);
    /* Validate digit by digit (as CPython, the first bad digit wins over EOF)
     * before building anything. */
    const uint8_t *start = r->p;
    unsigned last = 0;
    for (size_t i = 0; i < ndig; i++) {
        const uint8_t *b;
        if (!r_bytes(r, 2, &b)) return NULL;
        last = (unsigned)b[0] | (unsigned)b[1] << 8;
        if (last >= 0x8000) return err_bad("digit out of range in long");
    }
    if (ndig && last == 0) return err_bad("unnormalized long data");
    /* Pack the 15-bit digits into 64-bit limbs, then let GMP import them. */
    size_t nbits = ndig * 15;
    size_t nwords = (nbits + 63) / 64;
    uint64_t *words = calloc(nwords ? nwords : 1, sizeof(uint64_t));
    if (!words) return Err_NoMemory();
    for (size_t i = 0; i < ndig; i++) {
        uint64_t d = (uint64_t)start[2 * i] | (uint64_t)start[2 * i + 1] << 8;
        size_t bit = i * 15;
        words[bit / 64] |= d << (bit % 64);
        if (bit % 64 > 64 - 15) words[bit / 64 + 1] |= d >> (64 - bit % 64);
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, nwords, -1, sizeof(uint64_t), 0, 0, words);
    free(words);
    if (n < 0) mpz_neg(z, z);
    Object *v = Int_FromMpz(z);
    mpz_clear(z);
    return v;
}

/* Old text floats ('f', 'x'): a one-byte length, then the text. */
static Object *r_float_text(Reader *r, double *out) {
    unsigned n;
    const uint8_t *b;
    if (!r_u8(r, &n) || !r_bytes(r, n, &b)) return NULL;
    Object *s = Str_FromLatin1((const char *)b, n);
    if (!s) return NULL;
    Object *f = Float_FromString(s);
    DECREF(s);
    if (!f) return NULL;
    *out = FLOAT_VAL(f);
    return f;
}

static Object *r_str(Reader *r, int type) {
    size_t n;
    if (type == TYPE_SHORT_ASCII || type == TYPE_SHORT_ASCII_INTERNED) {
        unsigned u;
        if (!r_u8(r, &u)) return NULL;
        n = u;
    } else {
        int32_t len;
        if (!r_i32(r, &len)) return NULL;
        if (len < 0) return err_bad("string size out of range");
        n = (size_t)len;
    }
    const uint8_t *b;
    if (!r_bytes(r, n, &b)) return NULL;
    Object *s;
    if (type == TYPE_UNICODE || type == TYPE_INTERNED)
        s = Str_FromUTF8Surrogates((const char *)b, (ssize_t)n);
    else
        s = Str_FromLatin1((const char *)b, (ssize_t)n);
    if (!s) return NULL;
    if (type == TYPE_INTERNED || type == TYPE_ASCII_INTERNED || type == TYPE_SHORT_ASCII_INTERNED) {
        s = Str_Intern(s);            /* steals; borrowed immortal result */
        if (!s) return NULL;
        INCREF(s);
    }
    return s;
}

/* Reads a 32-bit element count; "bad marshal data (<what> size out of range)"
 * when negative.  Each element takes at least one byte, so a count beyond
 * the remaining input is reported as truncation before anything is allocated. */
static bool r_count(Reader *r, const char *what, size_t *out) {
    int32_t n;
    if (!r_i32(r, &n)) return false;
    if (n < 0) {
        char buf[64];
        snprintf(buf, sizeof buf, "%s size out of range", what);
        err_bad(buf);
        return false;
    }
    *out = (size_t)n;
    return true;
}

static Object *r_tuple(Reader *r, size_t n, bool flag) {
    if (n > remaining(r)) {
        /* Cannot possibly hold n items: read what is there for CPython's error. */
        for (size_t i = 0; i <= remaining(r) + 1; i++) {
            Object *v = r_object(r);
            if (!v) return null_in("tuple");
            DECREF(v);
        }
        return err_short();
    }
    /* The slot is reserved, not filled, until the tuple is complete: a
     * back-reference to a half-built tuple is rejected. */
    ssize_t idx = flag ? ref_reserve(r) : -1;
    if (flag && idx < 0) return NULL;
    Object *t = Tuple_New((ssize_t)n);
    if (!t) return NULL;
    for (size_t i = 0; i < n; i++) {
        Object *v = r_item(r, "tuple");
        if (!v) {
            /* Fill the rest so the partial tuple can be released safely. */
            for (size_t j = i; j < n; j++) TUPLE_ITEMS(t)[j] = NEWREF(OBJ_NONE);
            DECREF(t);
            return NULL;
        }
        TUPLE_ITEMS(t)[i] = v;
    }
    ref_set(r, idx, t);
    return t;
}

static Object *r_list(Reader *r, size_t n, bool flag) {
    if (n > remaining(r)) {
        for (size_t i = 0; i <= remaining(r) + 1; i++) {
            Object *v = r_object(r);
            if (!v) return null_in("list");
            DECREF(v);
        }
        return err_short();
    }
    /* Lists, dicts and sets too are named by back-references only once
     * complete (CPython's marshal lets a list hold itself): the objects of a
     * .pyc are then acyclic, so none can leak as a cycle (the cycle
     * collector does not track loaded code). */
    ssize_t idx = flag ? ref_reserve(r) : -1;
    if (flag && idx < 0) return NULL;
    Object *l = List_New(0);
    if (!l) return NULL;
    for (size_t i = 0; i < n; i++) {
        Object *v = r_item(r, "list");
        if (!v || List_AppendSteal(l, v) < 0) {
            DECREF(l);
            return NULL;
        }
    }
    ref_set(r, idx, l);
    return l;
}

static Object *r_dict(Reader *r, bool flag) {
    ssize_t idx = flag ? ref_reserve(r) : -1;   /* set once complete, as for lists */
    if (flag && idx < 0) return NULL;
    Object *d = Dict_New();
    if (!d) return NULL;
    for (;;) {
        /* A NULL key or value ends the dict (CPython stops there silently). */
        Object *k = r_object(r);
        if (!k) break;
        Object *v = r_object(r);
        if (!v) {
            DECREF(k);
            break;
        }
        int rc = Dict_SetItem(d, k, v);
        DECREF(k);
        DECREF(v);
        if (rc < 0) {
            DECREF(d);
            return NULL;
        }
    }
    if (Err_Occurred()) {
        DECREF(d);
        return NULL;
    }
    ref_set(r, idx, d);
    return d;
}

static Object *r_set(Reader *r, size_t n, bool frozen, bool flag) {
    if (n > remaining(r)) {
        for (size_t i = 0; i <= remaining(r) + 1; i++) {
            Object *v = r_object(r);
            if (!v) return null_in("set");
            DECREF(v);
        }
        return err_short();
    }
    /* Filled once complete: a set cannot contain itself (see r_list). */
    ssize_t idx = flag ? ref_reserve(r) : -1;
    if (flag && idx < 0) return NULL;
    Object *s = frozen ? FrozenSet_New(NULL) : Set_New(NULL);
    if (!s) return NULL;
    for (size_t i = 0; i < n; i++) {
        Object *v = r_item(r, "set");
        if (!v) {
            DECREF(s);
            return NULL;
        }
        int rc = Set_Add(s, v);
        DECREF(v);
        if (rc < 0) {
            DECREF(s);
            return NULL;
        }
    }
    ref_set(r, idx, s);
    return s;
}

static bool r_int_field(Reader *r, int *out) {
    int32_t v;
    if (!r_i32(r, &v)) return false;
    *out = v;
    return true;
}

static Object *r_code(Reader *r, bool flag) {
    ssize_t idx = flag ? ref_reserve(r) : -1;
    if (flag && idx < 0) return NULL;
    int argcount, posonly, kwonly, stacksize, flags, firstlineno;
    Object *code = NULL, *consts = NULL, *names = NULL, *lpnames = NULL, *lpkinds = NULL;
    Object *filename = NULL, *name = NULL, *qualname = NULL, *linetable = NULL, *exctable = NULL;
    Code *c = NULL;
    if (!r_int_field(r, &argcount) || !r_int_field(r, &posonly) || !r_int_field(r, &kwonly) ||
        !r_int_field(r, &stacksize) || !r_int_field(r, &flags))
        goto done;
    if (!(code = r_item(r, "code object")) || !(consts = r_item(r, "code object")) ||
        !(names = r_item(r, "code object")) || !(lpnames = r_item(r, "code object")) ||
        !(lpkinds = r_item(r, "code object")) || !(filename = r_item(r, "code object")) ||
        !(name = r_item(r, "code object")) || !(qualname = r_item(r, "code object")))
        goto done;
    if (!r_int_field(r, &firstlineno)) goto done;
    if (!(linetable = r_item(r, "code object")) || !(exctable = r_item(r, "code object"))) goto done;
    if (!Bytes_Check(code) || !Tuple_Check(consts) || !Tuple_Check(names) ||
        !Tuple_Check(lpnames) || !Bytes_Check(lpkinds) || !Str_Check(filename) ||
        !Str_Check(name) || !Str_Check(qualname) || !Bytes_Check(linetable) ||
        !Bytes_Check(exctable)) {
        err_bad("code object field of wrong type");
        goto done;
    }
    c = Code_New(argcount, posonly, kwonly, stacksize, flags, code, consts, names, lpnames,
                 lpkinds, filename, name, qualname, firstlineno, linetable, exctable);
    if (c) {
        /* Nothing may run unverified bytecode, whichever way it was loaded. */
        char why[400];
        if (Verify_CodeShallow(c, why, sizeof why) < 0) {
            Err_Format(Exc_ValueError, "%s%s", INVALID_BYTECODE, why);
            CLEAR(c);
            goto done;
        }
        ref_set(r, idx, (Object *)c);
    }
done:
    XDECREF(code);
    XDECREF(consts);
    XDECREF(names);
    XDECREF(lpnames);
    XDECREF(lpkinds);
    XDECREF(filename);
    XDECREF(name);
    XDECREF(qualname);
    XDECREF(linetable);
    XDECREF(exctable);
    return (Object *)c;
}

static Object *r_slice(Reader *r, bool flag) {
    ssize_t idx = flag ? ref_reserve(r) : -1;
    if (flag && idx < 0) return NULL;
    Object *start = NULL, *stop = NULL, *step = NULL, *s = NULL;
    if ((start = r_item(r, "slice")) && (stop = r_item(r, "slice")) && (step = r_item(r, "slice"))) {
        s = Slice_New(start, stop, step);
        if (s) ref_set(r, idx, s);
    }
    XDECREF(start);
    XDECREF(stop);
    XDECREF(step);
    return s;
}

/* Returns a new reference; NULL with no exception set for the NULL marker. */
static Object *r_object_inner(Reader *r) {
    if (r->p >= r->end) {
        Err_SetString(Exc_EOFError, "EOF read where object expected");
        return NULL;
    }
    unsigned code = *r->p++;
    bool flag = (code & FLAG_REF) != 0;
    int type = (int)(code & ~FLAG_REF);
    switch (type) {
    case TYPE_NULL:
        return NULL;
    case TYPE_NONE:
        return NEWREF(OBJ_NONE);
    case TYPE_FALSE:
        return NEWREF(OBJ_FALSE);
    case TYPE_TRUE:
        return NEWREF(OBJ_TRUE);
    case TYPE_ELLIPSIS:
        return NEWREF(OBJ_ELLIPSIS);
    case TYPE_STOPITER:
        return NEWREF((Object *)Exc_StopIteration);
    case TYPE_INT: {
        int32_t v;
        if (!r_i32(r, &v)) return NULL;
        return ref_add(r, flag, Int_FromI64(v));
    }
    case TYPE_INT64: {
        const uint8_t *b;
        if (!r_bytes(r, 8, &b)) return NULL;
        uint64_t u = 0;
        for (int i = 7; i >= 0; i--) u = (u << 8) | b[i];
        return ref_add(r, flag, Int_FromI64((int64_t)u));
    }
    case TYPE_LONG:
        return ref_add(r, flag, r_long(r));
    case TYPE_FLOAT: {
        double d;
        return ref_add(r, flag, r_float_text(r, &d));
    }
    case TYPE_BINARY_FLOAT: {
        double d;
        if (!r_double(r, &d)) return NULL;
        return ref_add(r, flag, Float_From(d));
    }
    case TYPE_COMPLEX: {
        double re, im;
        Object *a = r_float_text(r, &re);
        if (!a) return NULL;
        DECREF(a);
        Object *b = r_float_text(r, &im);
        if (!b) return NULL;
        DECREF(b);
        return ref_add(r, flag, Complex_From(re, im));
    }
    case TYPE_BINARY_COMPLEX: {
        double re, im;
        if (!r_double(r, &re) || !r_double(r, &im)) return NULL;
        return ref_add(r, flag, Complex_From(re, im));
    }
    case TYPE_STRING: {
        int32_t n;
        const uint8_t *b;
        if (!r_i32(r, &n)) return NULL;
        if (n < 0) return err_bad("bytes object size out of range");
        if (!r_bytes(r, (size_t)n, &b)) return NULL;
        return ref_add(r, flag, Bytes_From(b, n));
    }
    case TYPE_UNICODE:
    case TYPE_INTERNED:
    case TYPE_ASCII:
    case TYPE_ASCII_INTERNED:
    case TYPE_SHORT_ASCII:
    case TYPE_SHORT_ASCII_INTERNED:
        return ref_add(r, flag, r_str(r, type));
    case TYPE_SMALL_TUPLE: {
        unsigned n;
        if (!r_u8(r, &n)) return NULL;
        return r_tuple(r, n, flag);
    }
    case TYPE_TUPLE: {
        size_t n;
        if (!r_count(r, "tuple", &n)) return NULL;
        return r_tuple(r, n, flag);
    }
    case TYPE_LIST: {
        size_t n;
        if (!r_count(r, "list", &n)) return NULL;
        return r_list(r, n, flag);
    }
    case TYPE_DICT:
        return r_dict(r, flag);
    case TYPE_SET:
    case TYPE_FROZENSET: {
        size_t n;
        if (!r_count(r, "set", &n)) return NULL;
        return r_set(r, n, type == TYPE_FROZENSET, flag);
    }
    case TYPE_CODE:
        return r_code(r, flag);
    case TYPE_SLICE:
        return r_slice(r, flag);
    case TYPE_REF: {
        int32_t i;
        if (!r_i32(r, &i)) return NULL;
        if (i < 0 || (size_t)i >= r->nrefs || !r->refs[i]) return err_bad("invalid reference");
        return NEWREF(r->refs[i]);
    }
    default:
        return err_bad("unknown type code");
    }
}

static Object *r_object(Reader *r) {
    if (++r->depth > MAX_DEPTH) {
        r->depth--;
        Err_SetString(Exc_ValueError, "recursion limit exceeded");
        return NULL;
    }
    Object *v = r_object_inner(r);
    r->depth--;
    return v;
}

static Object *loads(const uint8_t *data, size_t len, size_t *used) {
    Reader r = {data, data + len, 0, NULL, 0, 0};
    Object *v = r_object(&r);
    if (!v) null_in("object");
    for (size_t i = 0; i < r.nrefs; i++) XDECREF(r.refs[i]);
    free(r.refs);
    if (used) *used = (size_t)(r.p - data);
    return v;
}

Object *Marshal_Loads(const uint8_t *data, size_t len) {
    return loads(data, len, NULL);
}

/* ========================================================================== */
/* writing                                                                      */
/* ========================================================================== */

typedef struct Writer {
    ByteBuf out;
    int depth, version;
    bool failed;
    Object *refs;         /* dict: id(object) -> ref index (version >= 3) */
} Writer;

static void w_raw(Writer *w, const void *data, size_t n) {
    if (w->failed) return;
    if (ByteBuf_Put(&w->out, data, n) < 0) w->failed = true;
}
static void w_u8(Writer *w, unsigned b) {
    uint8_t c = (uint8_t)b;
    w_raw(w, &c, 1);
}
static void w_i32(Writer *w, int32_t v) {
    uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    w_raw(w, b, 4);
}
static void w_double(Writer *w, double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    uint8_t b[8];
    for (int i = 0; i < 8; i++) b[i] = (uint8_t)(u >> (8 * i));
    w_raw(w, b, 8);
}
static void w_fail(Writer *w, Type *t, const char *msg) {
    if (!w->failed) Err_SetString(t, msg);
    w->failed = true;
}
static void w_size(Writer *w, size_t n) {
    if (n > SIZE32_MAX) {
        w_fail(w, Exc_ValueError, "unmarshallable object");
        return;
    }
    w_i32(w, (int32_t)n);
}

static void w_object(Writer *w, Object *o);

/* Writes a back-reference if o was already written; otherwise notes it and
 * returns the FLAG_REF bit to set.  Returns -1 when a reference was written. */
static int w_ref(Writer *w, Object *o) {
    if (w->version < 3 || !w->refs || IS_SMALL(o) || o->refcnt == 1) return 0;
    Object *key = Int_FromU64((uint64_t)(uintptr_t)o);
    if (!key) {
        w->failed = true;
        return 0;
    }
    Object *idx;
    int found = Dict_Lookup(w->refs, key, &idx);
    if (found > 0) {
        DECREF(key);
        w_u8(w, TYPE_REF);
        w_i32(w, (int32_t)Int_AsSsize(idx));
        return -1;
    }
    Object *n = found < 0 ? NULL : Int_FromI64(Dict_Len(w->refs));
    if (!n || Dict_SetItem(w->refs, key, n) < 0) w->failed = true;
    XDECREF(n);
    DECREF(key);
    return FLAG_REF;
}

static void w_long(Writer *w, Object *o, int flag) {
    if (IS_SMALL(o)) {
        int64_t v = SMALL_VAL(o);
        if (v >= INT32_MIN && v <= INT32_MAX) {
            w_u8(w, TYPE_INT | flag);
            w_i32(w, (int32_t)v);
            return;
        }
    }
    mpz_t z;
    mpz_init(z);
    Int_ToMpz(o, z);
    if (mpz_fits_slong_p(z) && mpz_cmp_si(z, INT32_MIN) >= 0 && mpz_cmp_si(z, INT32_MAX) <= 0) {
        w_u8(w, TYPE_INT | flag);
        w_i32(w, (int32_t)mpz_get_si(z));
        mpz_clear(z);
        return;
    }
    int sign = mpz_sgn(z);
    mpz_abs(z, z);
    size_t ndig = (mpz_sizeinbase(z, 2) + 14) / 15;
    w_u8(w, TYPE_LONG | flag);
    w_size(w, ndig);
    if (!w->failed && sign < 0) {
        /* overwrite the count with its negation */
        int32_t neg = -(int32_t)ndig;
        w->out.len -= 4;
        w_i32(w, neg);
    }
    mpz_t d;
    mpz_init(d);
    for (size_t i = 0; i < ndig; i++) {
        mpz_fdiv_r_2exp(d, z, 15);
        unsigned v = (unsigned)mpz_get_ui(d);
        uint8_t b[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
        w_raw(w, b, 2);
        mpz_fdiv_q_2exp(z, z, 15);
    }
    mpz_clear(d);
    mpz_clear(z);
}

static void w_str(Writer *w, Object *o, int flag) {
    Str *s = (Str *)o;
    bool interned = Str_IsInterned(o) && w->version >= 1;
    if (s->ascii && w->version >= 4) {
        if (s->len < 256) {
            w_u8(w, (interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) | flag);
            w_u8(w, (unsigned)s->len);
        } else {
            w_u8(w, (interned ? TYPE_ASCII_INTERNED : TYPE_ASCII) | flag);
            w_size(w, (size_t)s->len);
        }
        w_raw(w, s->data, (size_t)s->len);
        return;
    }
    /* UTF-8 with lone surrogates passed through, as CPython's surrogatepass. */
    ByteBuf utf8 = {0};
    for (ssize_t i = 0; i < s->len; i++) ByteBuf_AddUTF8(&utf8, STR_CHAR(o, i));
    if (utf8.failed) {
        Err_NoMemory();
        w->failed = true;
    }
    w_u8(w, (interned ? TYPE_INTERNED : TYPE_UNICODE) | flag);
    w_size(w, utf8.len);
    w_raw(w, utf8.data, utf8.len);
    ByteBuf_Free(&utf8);
}

static void w_items(Writer *w, Object *const *items, ssize_t n) {
    for (ssize_t i = 0; i < n && !w->failed; i++) w_object(w, items[i]);
}

static void w_code(Writer *w, Code *c, int flag) {
    w_u8(w, TYPE_CODE | flag);
    w_i32(w, c->argcount);
    w_i32(w, c->posonlyargcount);
    w_i32(w, c->kwonlyargcount);
    w_i32(w, c->stacksize);
    w_i32(w, c->flags);
    w_object(w, c->code);
    w_object(w, c->consts);
    w_object(w, c->names);
    w_object(w, c->localsplusnames);
    w_object(w, c->localspluskinds);
    w_object(w, c->filename);
    w_object(w, c->name);
    w_object(w, c->qualname);
    w_i32(w, c->firstlineno);
    w_object(w, c->linetable);
    w_object(w, c->exceptiontable);
}

static void w_object_inner(Writer *w, Object *o) {
    if (o == OBJ_NONE) { w_u8(w, TYPE_NONE); return; }
    if (o == OBJ_TRUE) { w_u8(w, TYPE_TRUE); return; }
    if (o == OBJ_FALSE) { w_u8(w, TYPE_FALSE); return; }
    if (o == OBJ_ELLIPSIS) { w_u8(w, TYPE_ELLIPSIS); return; }
    if (o == (Object *)Exc_StopIteration) { w_u8(w, TYPE_STOPITER); return; }
    Type *t = TYPE(o);
    bool known = t == &Int_Type || t == &Float_Type || t == &Complex_Type || t == &Str_Type ||
                 t == &Bytes_Type || t == &Tuple_Type || t == &List_Type || t == &Dict_Type ||
                 t == &Set_Type || t == &FrozenSet_Type || t == &Code_Type ||
                 (t == &Slice_Type && w->version >= 5) || t == &ByteArray_Type;
    if (!known) {
        w_fail(w, Exc_ValueError, "unmarshallable object");
        return;
    }
    int flag = w_ref(w, o);
    if (flag < 0 || w->failed) return;
    if (t == &Int_Type) {
        w_long(w, o, flag);
    } else if (t == &Float_Type) {
        w_u8(w, TYPE_BINARY_FLOAT | flag);
        w_double(w, FLOAT_VAL(o));
    } else if (t == &Complex_Type) {
        w_u8(w, TYPE_BINARY_COMPLEX | flag);
        w_double(w, ((Complex *)o)->re);
        w_double(w, ((Complex *)o)->im);
    } else if (t == &Str_Type) {
        w_str(w, o, flag);
    } else if (t == &Bytes_Type) {
        w_u8(w, TYPE_STRING | flag);
        w_size(w, (size_t)BYTES_LEN(o));
        w_raw(w, BYTES_DATA(o), (size_t)BYTES_LEN(o));
    } else if (t == &ByteArray_Type) {
        ByteArray *ba = (ByteArray *)o;
        w_u8(w, TYPE_STRING | flag);
        w_size(w, (size_t)ba->len);
        w_raw(w, ba->data, (size_t)ba->len);
    } else if (t == &Tuple_Type) {
        ssize_t n = TUPLE_LEN(o);
        if (w->version >= 4 && n < 256) {
            w_u8(w, TYPE_SMALL_TUPLE | flag);
            w_u8(w, (unsigned)n);
        } else {
            w_u8(w, TYPE_TUPLE | flag);
            w_size(w, (size_t)n);
        }
        w_items(w, TUPLE_ITEMS(o), n);
    } else if (t == &List_Type) {
        w_u8(w, TYPE_LIST | flag);
        w_size(w, (size_t)LIST_LEN(o));
        for (ssize_t i = 0; i < LIST_LEN(o) && !w->failed; i++) w_object(w, LIST_GET(o, i));
    } else if (t == &Dict_Type) {
        w_u8(w, TYPE_DICT | flag);
        ssize_t pos = 0;
        Object *k, *v;
        while (!w->failed && Dict_Next(o, &pos, &k, &v)) {
            w_object(w, k);
            w_object(w, v);
        }
        w_u8(w, TYPE_NULL);
    } else if (t == &Set_Type || t == &FrozenSet_Type) {
        w_u8(w, (t == &Set_Type ? TYPE_SET : TYPE_FROZENSET) | flag);
        w_size(w, (size_t)Set_Len(o));
        ssize_t pos = 0;
        Object *k;
        hash_t h;
        while (!w->failed && Set_Next(o, &pos, &k, &h)) w_object(w, k);
    } else if (t == &Code_Type) {
        w_code(w, (Code *)o, flag);
    } else {
        Slice *s = (Slice *)o;
        w_u8(w, TYPE_SLICE | flag);
        w_object(w, s->start);
        w_object(w, s->stop);
        w_object(w, s->step);
    }
}

static void w_object(Writer *w, Object *o) {
    if (w->failed) return;
    if (++w->depth > MAX_DEPTH) {
        w_fail(w, Exc_ValueError, "object too deeply nested to marshal");
    } else {
        w_object_inner(w, o);
    }
    w->depth--;
}

Object *Marshal_Dumps(Object *o, int version) {
    Writer w = {.version = version};
    if (version >= 3 && !(w.refs = Dict_New())) return NULL;
    w_object(&w, o);
    Object *res = w.failed ? NULL : Bytes_From(w.out.data, (ssize_t)w.out.len);
    ByteBuf_Free(&w.out);
    XDECREF(w.refs);
    return res;
}

/* ========================================================================== */
/* .pyc files                                                                   */
/* ========================================================================== */

/* The first magic number of each CPython 3.x feature release. */
static const struct { int first; const char *version; } magic_ranges[] = {
    {3000, "3.0"}, {3140, "3.1"}, {3160, "3.2"}, {3190, "3.3"}, {3250, "3.4"},
    {3320, "3.5"}, {3360, "3.6"}, {3390, "3.7"}, {3400, "3.8"}, {3420, "3.9"},
    {3430, "3.10"}, {3450, "3.11"}, {3500, "3.12"}, {3550, "3.13"}, {3600, "3.14"},
    {3650, "3.15"},
};

static void describe_magic(int magic, char *err, size_t errsize) {
    const char *ver = NULL;
    for (size_t i = 0; i < sizeof magic_ranges / sizeof magic_ranges[0]; i++)
        if (magic >= magic_ranges[i].first) ver = magic_ranges[i].version;
    if (magic >= 20000 && magic < 63000) ver = "2";
    if (magic >= 3700 && magic < 20000) ver = NULL;
    if (ver && strcmp(ver, "3.14") == 0)
        snprintf(err, errsize,
                 "bytecode written by a pre-release of Python 3.14 (magic number %d); "
                 "cipy runs Python 3.14 bytecode (magic number %d)", magic, PYC_MAGIC_314);
    else if (ver)
        snprintf(err, errsize,
                 "bytecode written by Python %s (magic number %d); cipy runs Python 3.14 "
                 "bytecode (magic number %d)", ver, magic, PYC_MAGIC_314);
    else
        snprintf(err, errsize,
                 "bytecode with unknown magic number %d; cipy runs Python 3.14 bytecode "
                 "(magic number %d)", magic, PYC_MAGIC_314);
}

/* Copies the current exception's "Type: message" into err, and clears it. */
static void exception_text(const char *prefix, char *err, size_t errsize) {
    Object *exc = Err_Fetch();
    if (!exc) {
        snprintf(err, errsize, "%s", prefix);
        return;
    }
    const char *msg = NULL;
    Object *s = Obj_Str(exc);
    if (s) msg = Str_AsUTF8(s, NULL);
    if (!msg) Err_Clear();
    snprintf(err, errsize, "%s: %s%s%s", prefix, TYPE_NAME(exc), msg && *msg ? ": " : "",
             msg ? msg : "");
    XDECREF(s);
    DECREF(exc);
}

Object *Pyc_Load(const uint8_t *data, size_t len, char *err, size_t errsize) {
    if (len < 4 || data[2] != '\r' || data[3] != '\n') {
        snprintf(err, errsize, "not a .pyc file (no magic number)");
        return NULL;
    }
    int magic = data[0] | data[1] << 8;
    if (magic != PYC_MAGIC_314) {
        describe_magic(magic, err, errsize);
        return NULL;
    }
    if (len < 16) {
        snprintf(err, errsize, "truncated .pyc file: %zu bytes, the header alone is 16", len);
        return NULL;
    }
    uint32_t flags = (uint32_t)data[4] | (uint32_t)data[5] << 8 | (uint32_t)data[6] << 16 |
                     (uint32_t)data[7] << 24;
    if (flags & ~3u) {
        snprintf(err, errsize, "corrupt .pyc file: invalid flags 0x%x in the header", flags);
        return NULL;
    }
    size_t used = 0;
    Object *code = loads(data + 16, len - 16, &used);
    if (!code) {
        /* The reader's own verifier message reads best without a prefix. */
        Object *exc = Err_Fetch(), *msg = NULL;
        const char *m = NULL;
        if (exc && Type_IsSubtype(TYPE(exc), Exc_ValueError)) {
            msg = Obj_Str(exc);
            if (msg) m = Str_AsUTF8(msg, NULL);
            if (!m) Err_Clear();
        }
        if (m && strncmp(m, INVALID_BYTECODE, strlen(INVALID_BYTECODE)) == 0) {
            snprintf(err, errsize, "%s", m);
            DECREF(msg);
            DECREF(exc);
            return NULL;
        }
        XDECREF(msg);
        if (exc) Err_Restore(exc);
        bool eof = Err_Matches(Exc_EOFError);
        exception_text(eof ? "truncated .pyc file" : "corrupt .pyc file", err, errsize);
        return NULL;
    }
    if (TYPE(code) != &Code_Type) {
        snprintf(err, errsize, "corrupt .pyc file: it holds a %s object, not code", TYPE_NAME(code));
        DECREF(code);
        return NULL;
    }
    /* Every code object in the graph was verified as the reader built it. */
    return code;
}
