/* The unpickling half of _pickle: _pickle.load(unpickler, data, file,
 * memo, error) runs a pickle's opcodes on a stack and returns what STOP
 * finds on it.
 *
 * The input is either a bytes object given whole (pickle.loads) or a file
 * read on demand: exactly the bytes an opcode needs are asked for (a FRAME
 * is read whole), so the file is left just past the pickle's STOP.  The
 * stack keeps the positions of its MARKs apart; the top mark is a fence
 * that the opcodes popping single items may not cross.
 *
 * What belongs to the Python Unpickler is called back by name: find_class,
 * persistent_load, and the rare opcodes' helpers (_get_extension for EXT*,
 * _decode_string for Python 2 strings, _next_buffer, _readonly_buffer). */
#include "abstract.h"
#include "modules/_pickle.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct Loader {
    Object *u;                 /* borrowed: the Python Unpickler */
    Object *error;             /* borrowed: UnpicklingError */
    /* input: bytes mode reads p[0:len]; file mode keeps unread bytes in buf */
    const uint8_t *p;
    size_t pos, len;           /* len: the end of the frame being read, if any */
    size_t real_len;           /* in a frame: the end of the input at hand */
    bool in_frame;
    Object *file;              /* borrowed or NULL */
    ByteBuf buf;
    /* the stack and its marks */
    Object **stack;
    ssize_t sp, cap;
    ssize_t *marks;
    ssize_t nmarks, mcap;
    /* the memo: items by index (owned), and how many are set */
    Object **memo;
    ssize_t memo_cap, memo_len;
    int proto;
    Object *codecs_encode;     /* owned once needed: _codecs.encode (None if missing) */
} Loader;

static int fail(Loader *L, const char *msg) {
    Err_SetString((Type *)L->error, msg);
    return -1;
}

/* ---- input ------------------------------------------------------------------ */

/* Reads more from the file into buf: `want` bytes, or a line when want < 0. */
static int file_fill(Loader *L, ssize_t want) {
    if (L->pos == L->buf.len) { /* everything consumed: start again */
        ByteBuf_Reset(&L->buf);
        L->pos = 0;
    }
    Object *r;
    if (want < 0) {
        r = Obj_CallMethodC(L->file, "readline", NULL, 0);
    } else {
        Object *n = Int_FromI64(want);
        r = n ? Obj_CallMethodC(L->file, "read", &n, 1) : NULL;
        XDECREF(n);
    }
    if (!r) return -1;
    const uint8_t *p;
    ssize_t n;
    if (!Bytes_Check(r)) {
        Err_Format(Exc_TypeError, "a bytes-like object is required, not '%s'", TYPE_NAME(r));
        DECREF(r);
        return -1;
    }
    p = BYTES_DATA(r);
    n = BYTES_LEN(r);
    int rc = ByteBuf_Put(&L->buf, p, (size_t)n);
    DECREF(r);
    if (rc < 0) return -1;
    L->p = (const uint8_t *)L->buf.data;
    L->len = L->buf.len;
    return (int)(n > 0);
}

/* rd's way when the bytes at hand are too few: the file, or an error. */
/* Whether the input continues after the frame being read: a frame read
 * to its end ends (1); 0 when the frame still holds bytes, which a read
 * that wants more may not cross: "pickle exhausted before end of frame". */
static int frame_over(Loader *L) {
    if (!L->in_frame) return 1;
    if (L->pos != L->len) return fail(L, "pickle exhausted before end of frame");
    L->in_frame = false;
    L->len = L->real_len;
    return 1;
}

static int rd_slow(Loader *L, size_t n, const uint8_t **out) {
    if (frame_over(L) < 0) return -1;
    if (L->len - L->pos < n) {
        if (!L->file) return fail(L, "pickle data was truncated");
        if (n - (L->len - L->pos) > (size_t)SSIZE_MAX) return fail(L, "pickle data was truncated");
        if (file_fill(L, (ssize_t)(n - (L->len - L->pos))) < 0) return -1;
        if (L->len - L->pos < n) return fail(L, "pickle data was truncated");
    }
    *out = L->p + L->pos;
    L->pos += n;
    return 0;
}

/* n bytes of input at *out (valid until the next read), consumed. */
static inline __attribute__((always_inline)) int rd(Loader *L, size_t n, const uint8_t **out) {
    if (__builtin_expect(L->len - L->pos < n, 0)) return rd_slow(L, n, out);
    *out = L->p + L->pos;
    L->pos += n;
    return 0;
}

/* A line without its newline at *out, its length in *n. */
static int rdline(Loader *L, const uint8_t **out, size_t *n) {
    for (;;) {
        const uint8_t *s = L->p + L->pos;
        const uint8_t *nl = L->len > L->pos ? memchr(s, '\n', L->len - L->pos) : NULL;
        if (nl) {
            *out = s;
            *n = (size_t)(nl - s);
            L->pos += *n + 1;
            return 0;
        }
        if (L->in_frame) {
            if (frame_over(L) < 0) return -1;
            continue;
        }
        if (!L->file) return fail(L, "pickle data was truncated");
        int r = file_fill(L, -1);
        if (r < 0) return -1;
        if (r == 0) return fail(L, "pickle data was truncated");
    }
}

/* The line of a text opcode's argument: an empty one counts as missing. */
static int rdline_arg(Loader *L, const uint8_t **out, size_t *n) {
    if (rdline(L, out, n) < 0) return -1;
    return *n ? 0 : fail(L, "pickle data was truncated");
}

/* int(text) in base 10; when the text is no number and not UTF-8 either,
 * the UnicodeDecodeError of making the message, as in CPython. */
static Object *int_from_text(const uint8_t *s, size_t n) {
    const uint8_t *nul = memchr(s, 0, n); /* CPython reads the text as a C string */
    if (nul) n = (size_t)(nul - s);
    Object *v = Int_FromString((const char *)s, (ssize_t)n, 10);
    if (!v && Err_Matches(Exc_ValueError)) {
        Object *exc = Err_Fetch();
        Object *t = Str_FromUTF8((const char *)s, (ssize_t)n);
        if (t) {
            DECREF(t);
            Err_Restore(exc);
        } else {
            XDECREF(exc);
        }
    }
    return v;
}

static uint64_t get_le(const uint8_t *p, int n) {
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; i--) v = v << 8 | p[i];
    return v;
}

/* A length of n bytes (4 or 8), checked against ssize_t; `what` names it in
 * the OverflowError ("BINBYTES exceeds system's maximum size of ..."). */
static int rd_size(Loader *L, int n, const char *what, size_t *out) {
    const uint8_t *s;
    if (rd(L, (size_t)n, &s) < 0) return -1;
    uint64_t v = get_le(s, n);
    if (v > (uint64_t)SSIZE_MAX) {
        Err_Format(Exc_OverflowError, "%s exceeds system's maximum %s %zd bytes", what,
                   strcmp(what, "FRAME length") ? "size of" : "of", (ssize_t)SSIZE_MAX);
        return -1;
    }
    *out = (size_t)v;
    return 0;
}

/* ---- the stack -------------------------------------------------------------- */

static ssize_t fence(Loader *L) { return L->nmarks ? L->marks[L->nmarks - 1] : 0; }

static int underflow(Loader *L) {
    return fail(L, L->nmarks ? "unexpected MARK found" : "unpickling stack underflow");
}

static int push_slow(Loader *L, Object *o);

/* Pushes o (stolen; NULL passes an error on). */
static inline __attribute__((always_inline)) int push(Loader *L, Object *o) {
    if (__builtin_expect(o != NULL && L->sp < L->cap, 1)) {
        L->stack[L->sp++] = o;
        return 0;
    }
    return push_slow(L, o);
}

/* push when o is NULL or the stack is full. */
static int push_slow(Loader *L, Object *o) {
    if (!o) return -1;
    if (L->sp == L->cap) {
        ssize_t cap = L->cap ? L->cap * 2 : 64;
        Object **s = realloc(L->stack, (size_t)cap * sizeof *s);
        if (!s) {
            DECREF(o);
            Err_NoMemory();
            return -1;
        }
        L->stack = s;
        L->cap = cap;
    }
    L->stack[L->sp++] = o;
    return 0;
}

/* The top item, removed (owned). */
static Object *pop(Loader *L) {
    if (L->sp <= fence(L)) {
        underflow(L);
        return NULL;
    }
    return L->stack[--L->sp];
}

static Object *top(Loader *L) {
    if (L->sp <= fence(L)) {
        underflow(L);
        return NULL;
    }
    return L->stack[L->sp - 1];
}

static ssize_t marker(Loader *L) {
    if (L->nmarks < 1) return fail(L, "could not find MARK");
    return L->marks[--L->nmarks];
}

static void clear_to(Loader *L, ssize_t to) {
    while (L->sp > to) DECREF(L->stack[--L->sp]);
}

/* stack[from:] as a tuple (stolen from the stack). */
static Object *pop_tuple(Loader *L, ssize_t from) {
    Object *t = Tuple_FromArraySteal(L->stack + from, L->sp - from);
    if (!t) {
        clear_to(L, from);
        return NULL;
    }
    L->sp = from;
    return t;
}

static Object *pop_list(Loader *L, ssize_t from) {
    Object *l = List_New(L->sp - from);
    if (!l) return NULL;
    for (ssize_t i = from; i < L->sp; i++) LIST_ITEMS(l)[i - from] = L->stack[i];
    L->sp = from;
    return l;
}

/* ---- memo ------------------------------------------------------------------- */

static int memo_put(Loader *L, size_t idx, Object *o) {
    if (idx >= (size_t)1 << 28) { /* as CPython, which fails to grow its memo that far */
        Err_NoMemory();
        return -1;
    }
    if ((ssize_t)idx >= L->memo_cap) {
        ssize_t cap = L->memo_cap ? L->memo_cap : 64;
        while (cap <= (ssize_t)idx) cap *= 2;
        Object **m = realloc(L->memo, (size_t)cap * sizeof *m);
        if (!m) {
            Err_NoMemory();
            return -1;
        }
        memset(m + L->memo_cap, 0, (size_t)(cap - L->memo_cap) * sizeof *m);
        L->memo = m;
        L->memo_cap = cap;
    }
    if (!L->memo[idx]) L->memo_len++;
    INCREF(o);
    SETREF(L->memo[idx], o);
    return 0;
}

static int memo_get(Loader *L, size_t idx) {
    if (idx >= (size_t)L->memo_cap || !L->memo[idx]) {
        Err_Format((Type *)L->error, "Memo value not found at index %zu", idx);
        return -1;
    }
    return push(L, NEWREF(L->memo[idx]));
}

static int put_top(Loader *L, size_t idx) {
    Object *o = top(L);
    return o ? memo_put(L, idx, o) : -1;
}

/* A decimal index from a text line (GET, PUT): < 0 refused with `neg`.
 * The line is parsed with its newline, as CPython's error messages show. */
static int line_index(Loader *L, const char *neg, size_t *out) {
    const uint8_t *s;
    size_t n;
    if (rdline_arg(L, &s, &n) < 0) return -1;
    Object *v = int_from_text(s, n + 1);
    if (!v) return -1;
    int64_t i;
    int r = Int_AsI64(v, &i);
    DECREF(v);
    if (r < 0) return -1;
    if (i < 0 && neg) {
        Err_SetString(Exc_ValueError, neg);
        return -1;
    }
    *out = i < 0 ? (size_t)-1 : (size_t)i;
    return 0;
}

/* ---- values ----------------------------------------------------------------- */

static int load_int_text(Loader *L) {
    const uint8_t *s;
    size_t n;
    if (rdline_arg(L, &s, &n) < 0) return -1;
    char *t = strndup((const char *)s, n), *end;
    if (!t) {
        Err_NoMemory();
        return -1;
    }
    errno = 0;
    long long x = strtoll(t, &end, 10);
    Object *v;
    if (errno || *end || end == t) {
        v = Int_FromString(t, (ssize_t)strlen(t), 10); /* the text up to a NUL, as CPython reads it */
        if (!v) {
            Err_Clear();
            Err_SetString(Exc_ValueError, "could not convert string to int");
        }
    } else if (n == 2 && (x == 0 || x == 1)) {
        v = Bool_From(x);
    } else {
        v = Int_FromI64(x);
    }
    free(t);
    return push(L, v);
}

static int load_long_text(Loader *L) {
    const uint8_t *s;
    size_t n;
    if (rdline_arg(L, &s, &n) < 0) return -1;
    if (s[n - 1] == 'L') /* the Python 2 suffix */
        return push(L, int_from_text(s, n - 1));
    return push(L, int_from_text(s, n + 1));
}

static int load_long_bin(Loader *L, int width) {
    const uint8_t *s;
    size_t n;
    if (rd(L, (size_t)width, &s) < 0) return -1;
    int64_t sn = width == 1 ? s[0] : (int32_t)get_le(s, 4);
    if (sn < 0) return fail(L, "LONG pickle has negative byte count");
    n = (size_t)sn;
    if (rd(L, n, &s) < 0) return -1;
    return push(L, Int_FromLEBytes(s, n, true));
}

/* Whether the text spells an infinity ("inf", any case, somewhere in it). */
static bool names_infinity(const uint8_t *s, size_t n) {
    for (size_t i = 0; i + 3 <= n; i++)
        if ((s[i] | 0x20) == 'i' && (s[i + 1] | 0x20) == 'n' && (s[i + 2] | 0x20) == 'f') return true;
    return false;
}

static int load_float_text(Loader *L) {
    const uint8_t *s;
    size_t n;
    if (rdline_arg(L, &s, &n) < 0) return -1;
    Object *t = Str_FromUTF8((const char *)s, (ssize_t)n);
    Object *v = t ? Float_FromString(t) : NULL;
    XDECREF(t);
    if (v && isinf(FLOAT_VAL(v)) && !names_infinity(s, n)) { /* a finite number too large */
        CLEAR(v);
        Object *line = Str_FromLatin1((const char *)s, (ssize_t)n + 1);
        if (line) Err_Format(Exc_OverflowError, "value too large to convert to float: '%U'", line);
        XDECREF(line);
        return -1;
    }
    if (!v && Err_Matches(Exc_ValueError)) {
        /* a number followed by anything else, or no number at all */
        Err_Clear();
        char *text = strndup((const char *)s, n), *end = text;
        if (text) strtod(text, &end);
        if (text && end != text) {
            Err_SetString(Exc_ValueError, "could not convert string to float");
        } else {
            Object *line = Str_FromLatin1((const char *)s, (ssize_t)n + 1);
            if (line) Err_Format(Exc_ValueError, "could not convert string to float: '%U'", line);
            XDECREF(line);
        }
        free(text);
    }
    return push(L, v);
}

static int load_binfloat(Loader *L) {
    const uint8_t *s;
    if (rd(L, 8, &s) < 0) return -1;
    uint64_t u = 0;
    for (int i = 0; i < 8; i++) u = u << 8 | s[i];
    double d;
    memcpy(&d, &u, 8);
    return push(L, Float_From(d));
}

/* A counted payload: its length is `width` bytes (1, 4 or 8) long. */
static int rd_counted(Loader *L, int width, const char *op, const uint8_t **p, size_t *n) {
    if (width == 1) {
        const uint8_t *s;
        if (rd(L, 1, &s) < 0) return -1;
        *n = s[0];
    } else if (rd_size(L, width, op, n) < 0) {
        return -1;
    }
    return rd(L, *n, p);
}

static int load_bytes(Loader *L, int width, const char *op, bool array) {
    const uint8_t *p;
    size_t n;
    if (rd_counted(L, width, op, &p, &n) < 0) return -1;
    return push(L, array ? ByteArray_From(p, (ssize_t)n) : Bytes_From(p, (ssize_t)n));
}

static int load_unicode(Loader *L, int width, const char *op) {
    const uint8_t *p;
    size_t n;
    if (rd_counted(L, width, op, &p, &n) < 0) return -1;
    Object *v = Str_FromUTF8((const char *)p, (ssize_t)n);
    if (!v && Err_Matches(Exc_UnicodeDecodeError)) { /* lone surrogates are kept */
        Err_Clear();
        v = Str_Decode((const char *)p, (ssize_t)n, "utf-8", "surrogatepass");
    }
    return push(L, v);
}

static int load_unicode_text(Loader *L) {
    const uint8_t *s;
    size_t n;
    if (rdline(L, &s, &n) < 0) return -1;
    return push(L, Str_Decode((const char *)s, (ssize_t)n, "raw-unicode-escape", NULL));
}

/* A Python 2 str: the Unpickler decodes it (encoding, errors). */
static int load_string(Loader *L, int width) {
    const uint8_t *p;
    size_t n;
    Object *raw, *quoted = OBJ_FALSE;
    if (width == 0) {
        if (rdline(L, &p, &n) < 0) return -1;
        if (n < 2 || p[0] != p[n - 1] || (p[0] != '\'' && p[0] != '"'))
            return fail(L, "the STRING opcode argument must be quoted");
        p++, n -= 2;
        quoted = OBJ_TRUE;
    } else {
        if (width == 4) {
            const uint8_t *s;
            if (rd(L, 4, &s) < 0) return -1;
            int32_t sn = (int32_t)get_le(s, 4);
            if (sn < 0) return fail(L, "BINSTRING pickle has negative byte count");
            n = (size_t)sn;
            if (rd(L, n, &p) < 0) return -1;
        } else if (rd_counted(L, 1, "SHORT_BINSTRING", &p, &n) < 0) {
            return -1;
        }
    }
    raw = Bytes_From(p, (ssize_t)n);
    if (!raw) return -1;
    Object *args[2] = {raw, quoted};
    Object *v = Obj_CallMethodC(L->u, "_decode_string", args, 2);
    DECREF(raw);
    return push(L, v);
}

/* ---- containers ------------------------------------------------------------- */

static int load_dict(Loader *L) {
    ssize_t i = marker(L);
    if (i < 0) return -1;
    if ((L->sp - i) % 2) return fail(L, "odd number of items for DICT");
    Object *d = Dict_New();
    for (ssize_t k = i; d && k < L->sp; k += 2)
        if (Dict_SetItem(d, L->stack[k], L->stack[k + 1]) < 0) CLEAR(d);
    clear_to(L, i);
    return push(L, d);
}

/* list.extend / append of stack[x:] onto stack[x - 1]. */
static int do_append(Loader *L, ssize_t x) {
    if (x > L->sp || x <= fence(L)) return underflow(L);
    if (x == L->sp) return 0;
    Object *list = L->stack[x - 1];
    if (List_CheckExact(list)) {
        for (ssize_t i = x; i < L->sp; i++) {
            if (List_AppendSteal(list, L->stack[i]) < 0) {
                L->stack[i] = NULL;
                for (ssize_t k = i + 1; k < L->sp; k++) DECREF(L->stack[k]);
                L->sp = x;
                return -1;
            }
        }
        L->sp = x;
        return 0;
    }
    Object *fn;
    int r = Obj_LookupAttr(list, Str_InternC("extend"), &fn);
    if (r < 0) return -1;
    if (r) {
        Object *items = pop_list(L, x);
        Object *res = items ? Obj_CallOneArg(fn, items) : NULL;
        XDECREF(items);
        DECREF(fn);
        if (!res) return -1;
        DECREF(res);
        return 0;
    }
    fn = Obj_GetAttrC(list, "append");
    if (!fn) return -1;
    for (ssize_t i = x; i < L->sp; i++) {
        Object *res = Obj_CallOneArg(fn, L->stack[i]);
        if (!res) {
            DECREF(fn);
            clear_to(L, x);
            return -1;
        }
        DECREF(res);
    }
    DECREF(fn);
    clear_to(L, x);
    return 0;
}

static int do_setitems(Loader *L, ssize_t x) {
    if (x > L->sp || x <= fence(L)) return underflow(L);
    if (x == L->sp) return 0;
    if ((L->sp - x) % 2) return fail(L, "odd number of items for SETITEMS");
    Object *d = L->stack[x - 1];
    int r = Dict_CheckExact(d) ? Dict_Reserve(d, (L->sp - x) / 2) : 0;
    for (ssize_t i = x; r == 0 && i < L->sp; i += 2)
        r = Dict_CheckExact(d) ? Dict_SetItem(d, L->stack[i], L->stack[i + 1])
                               : Obj_SetItem(d, L->stack[i], L->stack[i + 1]);
    clear_to(L, x);
    return r;
}

static int load_additems(Loader *L) {
    ssize_t x = marker(L);
    if (x < 0) return -1;
    if (x > L->sp || x <= 0) return underflow(L);
    Object *s = L->stack[x - 1];
    int r = 0;
    Object *add = NULL;
    if (!(!IS_SMALL(s) && s->type == &Set_Type) && !(add = Obj_GetAttrC(s, "add"))) r = -1;
    for (ssize_t i = x; r == 0 && i < L->sp; i++) {
        if (!add) {
            r = Set_Add(s, L->stack[i]);
            continue;
        }
        Object *res = Obj_CallOneArg(add, L->stack[i]);
        r = res ? 0 : -1;
        XDECREF(res);
    }
    XDECREF(add);
    clear_to(L, x);
    return r;
}

/* ---- objects ---------------------------------------------------------------- */

static Object *find_class(Loader *L, Object *module, Object *name) {
    Object *args[2] = {module, name};
    return Obj_CallMethodC(L->u, "find_class", args, 2);
}

static int load_global(Loader *L) {
    const uint8_t *s;
    size_t n;
    if (rdline_arg(L, &s, &n) < 0) return -1;
    Object *module = Str_FromUTF8((const char *)s, (ssize_t)n);
    if (!module) return -1;
    if (rdline_arg(L, &s, &n) < 0) {
        DECREF(module);
        return -1;
    }
    Object *name = Str_FromUTF8((const char *)s, (ssize_t)n);
    Object *v = name ? find_class(L, module, name) : NULL;
    DECREF(module);
    XDECREF(name);
    return push(L, v);
}

static int load_stack_global(Loader *L) {
    Object *name = pop(L);
    if (!name) return -1;
    Object *module = pop(L);
    if (!module) {
        DECREF(name);
        return -1;
    }
    Object *v = NULL;
    if (!Str_CheckExact(module) || !Str_CheckExact(name))
        fail(L, "STACK_GLOBAL requires str");
    else
        v = find_class(L, module, name);
    DECREF(module);
    DECREF(name);
    return push(L, v);
}

/* The reductions of the protocols before the built-in types had opcodes
 * of their own, done without the call: set(list), frozenset(list) and
 * _codecs.encode(text, 'latin1') (bytes before protocol 3).  NULL with no
 * error set for any other call. */
static Object *reduce_known(Loader *L, Object *fn, Object *args) {
    if (TUPLE_LEN(args) == 1 && List_CheckExact(TUPLE_GET(args, 0))) {
        if (fn == (Object *)&Set_Type) return Set_New(TUPLE_GET(args, 0));
        if (fn == (Object *)&FrozenSet_Type) return FrozenSet_New(TUPLE_GET(args, 0));
    }
    if (TUPLE_LEN(args) != 2 || !Str_CheckExact(TUPLE_GET(args, 0)) || !Str_CheckExact(TUPLE_GET(args, 1)) ||
        !Str_EqC(TUPLE_GET(args, 1), "latin1"))
        return NULL;
    if (!L->codecs_encode) {
        Object *mod = Import_ImportC("_codecs");
        L->codecs_encode = mod ? Obj_GetAttrC(mod, "encode") : NULL;
        XDECREF(mod);
        if (!L->codecs_encode) {
            Err_Clear();
            L->codecs_encode = NEWREF(OBJ_NONE);
        }
    }
    if (fn != L->codecs_encode) return NULL;
    Object *text = TUPLE_GET(args, 0);
    if (STR_MAX_BOUND(text) < 0x100) {
        ssize_t n = STR_LEN(text);
        Object *b = Bytes_From(NULL, n);
        if (b)
            for (ssize_t i = 0; i < n; i++) BYTES_DATA(b)[i] = (uint8_t)STR_CHAR(text, i);
        return b;
    }
    return NULL; /* the codec raises its own error */
}

static int load_reduce(Loader *L) {
    Object *args = pop(L);
    if (!args) return -1;
    Object *fn = pop(L);
    Object *v = NULL;
    if (fn && !Tuple_Check(args))
        Err_SetString(Exc_TypeError, "argument list must be a tuple");
    else if (fn && !(Tuple_CheckExact(args) && (v = reduce_known(L, fn, args))) && !Err_Occurred())
        v = Obj_Call(fn, TUPLE_ITEMS(args), (size_t)TUPLE_LEN(args), NULL);
    XDECREF(fn);
    DECREF(args);
    return push(L, v);
}

/* cls.__new__(cls, *args, **kwargs) for NEWOBJ and NEWOBJ_EX. */
static int load_newobj(Loader *L, bool ex) {
    const char *op = ex ? "NEWOBJ_EX" : "NEWOBJ";
    Object *kwargs = ex ? pop(L) : NULL;
    if (ex && !kwargs) return -1;
    Object *args = pop(L), *cls = args ? pop(L) : NULL, *v = NULL;
    if (!cls) {
        /* underflow already raised */
    } else if (!Type_Check(cls)) {
        Err_Format((Type *)L->error, "%s class argument must be a type, not %s", op, TYPE_NAME(cls));
    } else if (!Tuple_Check(args)) {
        Err_Format((Type *)L->error, "%s args argument must be a tuple, not %s", op, TYPE_NAME(args));
    } else if (kwargs && !Dict_Check(kwargs)) {
        Err_Format((Type *)L->error, "%s kwargs argument must be a dict, not %s", op, TYPE_NAME(kwargs));
    } else {
        Object *new_ = Obj_GetAttrC(cls, "__new__");
        Object *full = new_ ? Tuple_New(TUPLE_LEN(args) + 1) : NULL;
        if (full) {
            TUPLE_ITEMS(full)[0] = NEWREF(cls);
            for (ssize_t i = 0; i < TUPLE_LEN(args); i++) TUPLE_ITEMS(full)[i + 1] = NEWREF(TUPLE_GET(args, i));
            v = Obj_CallTupleDict(new_, full, kwargs);
        }
        XDECREF(full);
        XDECREF(new_);
    }
    XDECREF(kwargs);
    XDECREF(args);
    XDECREF(cls);
    return push(L, v);
}

/* INST and OBJ: cls(*args), or cls.__new__(cls) for a class given no
 * arguments and no __getinitargs__. */
static Object *instantiate(Object *cls, Object *args) {
    if (TUPLE_LEN(args) == 0 && Type_Check(cls)) {
        Object *f;
        int r = Obj_LookupAttr(cls, Str_InternC("__getinitargs__"), &f);
        if (r < 0) return NULL;
        if (r == 0) return Obj_CallMethodC(cls, "__new__", &cls, 1);
        DECREF(f);
    }
    return Obj_Call(cls, TUPLE_ITEMS(args), (size_t)TUPLE_LEN(args), NULL);
}

static int load_inst(Loader *L) {
    ssize_t i = marker(L);
    if (i < 0) return -1;
    const uint8_t *s;
    size_t n;
    if (rdline_arg(L, &s, &n) < 0) return -1;
    Object *module = Str_FromUTF8((const char *)s, (ssize_t)n);
    if (!module) return -1;
    Object *name = NULL, *cls = NULL, *v = NULL;
    if (rdline_arg(L, &s, &n) == 0 && (name = Str_FromUTF8((const char *)s, (ssize_t)n)))
        cls = find_class(L, module, name);
    DECREF(module);
    XDECREF(name);
    if (!cls) return -1;
    Object *args = pop_tuple(L, i);
    if (args) v = instantiate(cls, args);
    XDECREF(args);
    DECREF(cls);
    return push(L, v);
}

static int load_obj(Loader *L) {
    ssize_t i = marker(L);
    if (i < 0) return -1;
    if (L->sp - i < 1) return underflow(L);
    Object *args = pop_tuple(L, i + 1);
    if (!args) return -1;
    Object *cls = L->stack[--L->sp];
    Object *v = instantiate(cls, args);
    DECREF(args);
    DECREF(cls);
    return push(L, v);
}

/* BUILD: __setstate__(state), or the state's dict (and slot dict) set on
 * the instance. */
static int set_state_dict(Loader *L, Object *inst, Object *state) {
    if (!Dict_Check(state)) return fail(L, "state is not a dictionary");
    Object *d = Obj_GetAttrC(inst, "__dict__");
    if (!d) return -1;
    ssize_t pos = 0;
    Object *k, *v;
    int r = 0;
    while (r == 0 && Dict_Next(state, &pos, &k, &v)) {
        if (Str_CheckExact(k)) {
            INCREF(k);
            k = Str_Intern(k);
        }
        r = Obj_SetItem(d, k, v);
    }
    DECREF(d);
    return r;
}

static int load_build(Loader *L) {
    Object *state = pop(L);
    if (!state) return -1;
    Object *inst = top(L), *setstate;
    if (!inst) {
        DECREF(state);
        return -1;
    }
    int r = Obj_LookupAttr(inst, Str_InternC("__setstate__"), &setstate);
    if (r > 0) {
        Object *res = Obj_CallOneArg(setstate, state);
        DECREF(setstate);
        DECREF(state);
        if (!res) return -1;
        DECREF(res);
        return 0;
    }
    if (r < 0) {
        DECREF(state);
        return -1;
    }
    Object *slots = NULL, *dstate = state;
    if (Tuple_Check(state) && TUPLE_LEN(state) == 2) {
        dstate = TUPLE_GET(state, 0);
        slots = TUPLE_GET(state, 1);
    }
    r = 0;
    if (dstate != OBJ_NONE) r = set_state_dict(L, inst, dstate);
    if (r == 0 && slots && slots != OBJ_NONE) {
        if (!Dict_Check(slots)) {
            r = fail(L, "slot state is not a dictionary");
        } else {
            ssize_t pos = 0;
            Object *k, *v;
            while (r == 0 && Dict_Next(slots, &pos, &k, &v)) r = Obj_SetAttr(inst, k, v);
        }
    }
    DECREF(state);
    return r;
}

static int load_persid(Loader *L, bool bin) {
    Object *pid;
    if (bin) {
        if (!(pid = pop(L))) return -1;
    } else {
        const uint8_t *s;
        size_t n;
        if (rdline(L, &s, &n) < 0) return -1;
        for (size_t i = 0; i < n; i++)
            if (s[i] >= 0x80) return fail(L, "persistent IDs in protocol 0 must be ASCII strings");
        if (!(pid = Str_FromLatin1((const char *)s, (ssize_t)n))) return -1;
    }
    Object *v = Obj_CallMethodC(L->u, "persistent_load", &pid, 1);
    DECREF(pid);
    return push(L, v);
}

static int load_ext(Loader *L, int width) {
    const uint8_t *s;
    if (rd(L, (size_t)width, &s) < 0) return -1;
    Object *code = Int_FromI64(width == 4 ? (int64_t)(int32_t)get_le(s, 4) : (int64_t)get_le(s, width));
    if (!code) return -1;
    Object *v = Obj_CallMethodC(L->u, "_get_extension", &code, 1);
    DECREF(code);
    return push(L, v);
}

static int load_proto(Loader *L) {
    const uint8_t *s;
    if (rd(L, 1, &s) < 0) return -1;
    if (s[0] > PICKLE_HIGHEST) {
        Err_Format(Exc_ValueError, "unsupported pickle protocol: %d", s[0]);
        return -1;
    }
    L->proto = s[0];
    Object *p = SMALL_FROM(s[0]);
    return Obj_SetAttrC(L->u, "proto", p);
}

static int load_frame(Loader *L) {
    size_t n;
    const uint8_t *s;
    if (rd_size(L, 8, "FRAME length", &n) < 0) return -1;
    if (frame_over(L) < 0 || rd(L, n, &s) < 0) return -1;
    L->pos -= n; /* the frame's bytes are all at hand: reads stop at its end */
    L->in_frame = true;
    L->real_len = L->len;
    L->len = L->pos + n;
    return 0;
}

static int load_helper(Loader *L, const char *method, bool with_top) {
    Object *arg = with_top ? pop(L) : NULL;
    if (with_top && !arg) return -1;
    Object *v = Obj_CallMethodC(L->u, method, &arg, with_top ? 1 : 0);
    XDECREF(arg);
    return push(L, v);
}

static int invalid_key(Loader *L, uint8_t c) {
    if (c >= 0x20 && c <= 0x7e && c != '\'' && c != '\\')
        Err_Format((Type *)L->error, "invalid load key, '%c'.", c);
    else
        Err_Format((Type *)L->error, "invalid load key, '\\x%02x'.", c);
    return -1;
}

/* ---- the loop --------------------------------------------------------------- */

static int push_mark(Loader *L) {
    if (L->nmarks == L->mcap) {
        ssize_t cap = L->mcap ? L->mcap * 2 : 16;
        ssize_t *m = realloc(L->marks, (size_t)cap * sizeof *m);
        if (!m) {
            Err_NoMemory();
            return -1;
        }
        L->marks = m;
        L->mcap = cap;
    }
    L->marks[L->nmarks++] = L->sp;
    return 0;
}

static int load_pop(Loader *L) {
    if (L->nmarks > 0 && L->marks[L->nmarks - 1] == L->sp) {
        L->nmarks--;
        return 0;
    }
    Object *o = pop(L);
    if (!o) return -1;
    DECREF(o);
    return 0;
}

static int step_memo(Loader *L, uint8_t op) {
    const uint8_t *s;
    size_t idx;
    switch (op) {
    case OP_GET:
        return line_index(L, NULL, &idx) < 0 ? -1 : memo_get(L, idx);
    case OP_BINGET:
        return rd(L, 1, &s) < 0 ? -1 : memo_get(L, s[0]);
    case OP_LONG_BINGET:
        return rd(L, 4, &s) < 0 ? -1 : memo_get(L, (size_t)get_le(s, 4));
    case OP_PUT:
        return line_index(L, "negative PUT argument", &idx) < 0 ? -1 : put_top(L, idx);
    case OP_BINPUT:
        return rd(L, 1, &s) < 0 ? -1 : put_top(L, s[0]);
    case OP_LONG_BINPUT:
        if (rd(L, 4, &s) < 0) return -1;
        return put_top(L, (size_t)get_le(s, 4));
    default: /* MEMOIZE */
        return put_top(L, (size_t)L->memo_len);
    }
}

/* One opcode, not STOP. */
static int step(Loader *L, uint8_t op) {
    const uint8_t *s;
    ssize_t i;
    Object *o;
    switch (op) {
    case OP_MARK: return push_mark(L);
    case OP_POP: return load_pop(L);
    case OP_POP_MARK:
        if ((i = marker(L)) < 0) return -1;
        clear_to(L, i);
        return 0;
    case OP_DUP: return (o = top(L)) ? push(L, NEWREF(o)) : -1;
    case OP_NONE: return push(L, OBJ_NONE);
    case OP_NEWTRUE: return push(L, OBJ_TRUE);
    case OP_NEWFALSE: return push(L, OBJ_FALSE);
    case OP_INT: return load_int_text(L);
    case OP_LONG: return load_long_text(L);
    case OP_BININT: return rd(L, 4, &s) < 0 ? -1 : push(L, Int_FromI64((int32_t)get_le(s, 4)));
    case OP_BININT1: return rd(L, 1, &s) < 0 ? -1 : push(L, SMALL_FROM(s[0]));
    case OP_BININT2: return rd(L, 2, &s) < 0 ? -1 : push(L, SMALL_FROM(get_le(s, 2)));
    case OP_LONG1: return load_long_bin(L, 1);
    case OP_LONG4: return load_long_bin(L, 4);
    case OP_FLOAT: return load_float_text(L);
    case OP_BINFLOAT: return load_binfloat(L);
    case OP_STRING: return load_string(L, 0);
    case OP_BINSTRING: return load_string(L, 4);
    case OP_SHORT_BINSTRING: return load_string(L, 1);
    case OP_UNICODE: return load_unicode_text(L);
    case OP_BINUNICODE: return load_unicode(L, 4, "BINUNICODE");
    case OP_SHORT_BINUNICODE: return load_unicode(L, 1, "SHORT_BINUNICODE");
    case OP_BINUNICODE8: return load_unicode(L, 8, "BINUNICODE");
    case OP_BINBYTES: return load_bytes(L, 4, "BINBYTES", false);
    case OP_SHORT_BINBYTES: return load_bytes(L, 1, "SHORT_BINBYTES", false);
    case OP_BINBYTES8: return load_bytes(L, 8, "BINBYTES", false);
    case OP_BYTEARRAY8: return load_bytes(L, 8, "BYTEARRAY8", true);
    case OP_EMPTY_TUPLE: return push(L, Tuple_Empty());
    case OP_TUPLE:
        if ((i = marker(L)) < 0) return -1;
        return push(L, pop_tuple(L, i));
    case OP_TUPLE1:
    case OP_TUPLE2:
    case OP_TUPLE3:
        i = op - OP_TUPLE1 + 1;
        if (L->sp - fence(L) < i) return underflow(L);
        return push(L, pop_tuple(L, L->sp - i));
    case OP_EMPTY_LIST: return push(L, List_New(0));
    case OP_LIST:
        if ((i = marker(L)) < 0) return -1;
        return push(L, pop_list(L, i));
    case OP_EMPTY_DICT: return push(L, Dict_New());
    case OP_DICT: return load_dict(L);
    case OP_EMPTY_SET: return push(L, Set_New(NULL));
    case OP_FROZENSET:
        if ((i = marker(L)) < 0) return -1;
        if (!(o = pop_tuple(L, i))) return -1;
        Object *fs = FrozenSet_New(o);
        DECREF(o);
        return push(L, fs);
    case OP_APPEND: return do_append(L, L->sp - 1);
    case OP_APPENDS: return (i = marker(L)) < 0 ? -1 : do_append(L, i);
    case OP_SETITEM: return do_setitems(L, L->sp - 2);
    case OP_SETITEMS: return (i = marker(L)) < 0 ? -1 : do_setitems(L, i);
    case OP_ADDITEMS: return load_additems(L);
    case OP_GLOBAL: return load_global(L);
    case OP_STACK_GLOBAL: return load_stack_global(L);
    case OP_REDUCE: return load_reduce(L);
    case OP_NEWOBJ: return load_newobj(L, false);
    case OP_NEWOBJ_EX: return load_newobj(L, true);
    case OP_INST: return load_inst(L);
    case OP_OBJ: return load_obj(L);
    case OP_BUILD: return load_build(L);
    case OP_PERSID: return load_persid(L, false);
    case OP_BINPERSID: return load_persid(L, true);
    case OP_EXT1: return load_ext(L, 1);
    case OP_EXT2: return load_ext(L, 2);
    case OP_EXT4: return load_ext(L, 4);
    case OP_PROTO: return load_proto(L);
    case OP_FRAME: return load_frame(L);
    case OP_NEXT_BUFFER: return load_helper(L, "_next_buffer", false);
    case OP_READONLY_BUFFER: return load_helper(L, "_readonly_buffer", true);
    case OP_GET: case OP_BINGET: case OP_LONG_BINGET: case OP_PUT: case OP_BINPUT: case OP_LONG_BINPUT:
    case OP_MEMOIZE:
        return step_memo(L, op);
    }
    return invalid_key(L, op);
}

static Object *run(Loader *L) {
    const uint8_t *s;
    for (;;) {
        if (rd(L, 1, &s) < 0) {
            if (Err_Matches((Type *)L->error)) {
                Err_Clear();
                Err_SetString(Exc_EOFError, "Ran out of input");
            }
            return NULL;
        }
        if (*s == OP_STOP) return pop(L);
        if (step(L, *s) < 0) return NULL;
    }
}

/* The memo dict's entries into L's array, before; L's back into it, after. */
static int memo_from_dict(Loader *L, Object *memo) {
    ssize_t pos = 0;
    Object *k, *v;
    while (Dict_Next(memo, &pos, &k, &v)) {
        int64_t idx;
        if (Int_AsI64(k, &idx) < 0) return -1;
        if (idx >= 0 && memo_put(L, (size_t)idx, v) < 0) return -1;
    }
    return 0;
}

static int memo_to_dict(Loader *L, Object *memo) {
    Dict_Clear(memo);
    for (ssize_t i = 0; i < L->memo_cap; i++) {
        if (!L->memo[i]) continue;
        Object *k = Int_FromI64(i);
        int r = k ? Dict_SetItem(memo, k, L->memo[i]) : -1;
        XDECREF(k);
        if (r < 0) return -1;
    }
    return 0;
}

Object *Pickle_LoadFn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Loader L = {.u = args[0], .error = args[4]};
    Object *data = NULL, *memo = Dict_Check(args[3]) ? args[3] : NULL, *result = NULL;
    if (args[1] != OBJ_NONE) {
        const uint8_t *p;
        ssize_t n;
        if (!IS_SMALL(args[1]) && args[1]->type == &Bytes_Type) {
            data = NEWREF(args[1]);
        } else {
            if (Buffer_PeekArg(args[1], &p, &n) < 0) return NULL;
            data = Bytes_From(p, n); /* a copy: the code run while loading may change the original */
            if (!data) return NULL;
        }
        L.p = BYTES_DATA(data);
        L.len = (size_t)BYTES_LEN(data);
    } else {
        L.file = args[2];
        L.p = (const uint8_t *)"";
    }
    /* The containers a load makes are all reachable from its stack and
     * memo: the automatic collections are held off while it runs, and
     * what it made counts as having survived one. */
    bool gc_was_disabled = g_interp->gc_disabled;
    g_interp->gc_disabled = true;
    if (!memo || memo_from_dict(&L, memo) == 0) result = run(&L);
    g_interp->gc_disabled = gc_was_disabled;
    if (result) Gc_CountAsSurvivors();
    if (memo && result && memo_to_dict(&L, memo) < 0) CLEAR(result);
    clear_to(&L, 0);
    free(L.stack);
    free(L.marks);
    for (ssize_t i = 0; i < L.memo_cap; i++) XDECREF(L.memo[i]);
    free(L.memo);
    ByteBuf_Free(&L.buf);
    XDECREF(L.codecs_encode);
    XDECREF(data);
    return result;
}
