/* bytes and bytearray.  Most methods are written once over a (pointer,
 * length) view and produce a result of self's kind. */
#define _GNU_SOURCE /* memmem */
#include "objects/bytes.h"
#include "abstract.h"
#include "modules/_warnings.h"
#include "objects/int.h"
#include "objects/iterbase.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/range.h"
#include "objects/reduce.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/hash.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Buf {
    const uint8_t *p;
    ssize_t n;
} Buf;

static bool is_bytearray(Object *o) {
    return !IS_SMALL(o) && (o->type == &ByteArray_Type || Type_IsSubtype(o->type, &ByteArray_Type));
}

/* The contents of a bytes-like object (bytes, bytearray, or any other C
 * exporter of contiguous memory: see Buffer_Peek): 1; 0 for an object that
 * exports nothing; -1 with the exporter's error when it cannot lend its
 * memory so (a non-contiguous or released memoryview). */
static int peek_buf(Object *o, Buf *b) {
    b->p = (const uint8_t *)"";
    b->n = 0;
    if (Bytes_Check(o)) {
        b->p = BYTES_DATA(o);
        b->n = BYTES_LEN(o);
        return true;
    }
    if (is_bytearray(o)) {
        ByteArray *a = (ByteArray *)o;
        b->p = a->data ? a->data : (const uint8_t *)"";
        b->n = a->len;
        return true;
    }
    const uint8_t *p;
    ssize_t n;
    int r = Buffer_Peek(o, &p, &n);
    if (r <= 0) return r;
    b->p = p;
    b->n = n;
    return 1;
}

/* The same where any failure only means "not bytes-like" (join, +). */
static bool get_buf(Object *o, Buf *b) {
    int r = peek_buf(o, b);
    if (r < 0) Err_Clear();
    return r > 0;
}

static int need_buf(Object *o, Buf *b) {
    int r = peek_buf(o, b);
    if (r > 0) return 0;
    if (r == 0) Err_Format(Exc_TypeError, "a bytes-like object is required, not '%s'", TYPE_NAME(o));
    return -1;
}

bool Bytes_GetBuffer(Object *o, const uint8_t **p, ssize_t *n) {
    Buf b;
    if (!get_buf(o, &b)) return false;
    *p = b.p;
    *n = b.n;
    return true;
}

/* ---- bytes construction ---------------------------------------------------- */

static Object *empty_bytes;
static Object *byte_chars[256];

static size_t bytes_size(Type *t, ssize_t len) {
    size_t data = ((size_t)len + 1 + 7) & ~(size_t)7;
    size_t extra = t->basicsize > (ssize_t)sizeof(Bytes) ? (size_t)t->basicsize - sizeof(Bytes) : 0;
    return sizeof(Bytes) + data + extra;
}

size_t Bytes_ExtraOffset(Object *b) { return sizeof(Bytes) + (((size_t)BYTES_LEN(b) + 1 + 7) & ~(size_t)7); }

static Object *bytes_alloc(Type *t, ssize_t len) {
    if (len < 0 || len > ((ssize_t)1 << 60)) return Err_NoMemory();
    /* exact bytes: the caller fills the data, only the terminator is set */
    Bytes *b = (Bytes *)(t == &Bytes_Type ? Obj_AllocUninit(t, bytes_size(t, len)) : Obj_Alloc(t, bytes_size(t, len)));
    if (!b) return NULL;
    b->len = len;
    b->hash = -1;
    b->data[len] = 0;
    return (Object *)b;
}

int Bytes_Ready(void) {
    if (!Bytes_From(NULL, 0)) return -1;
    for (int c = 0; c < 256; c++) {
        uint8_t b = (uint8_t)c;
        if (!Bytes_From(&b, 1)) return -1;
    }
    return 0;
}

Object *Bytes_From(const void *data, ssize_t len) {
    if (len == 0) {
        if (!empty_bytes) {
            if (!(empty_bytes = bytes_alloc(&Bytes_Type, 0))) return NULL;
            Obj_SetImmortal(empty_bytes);
        }
        return empty_bytes;
    }
    if (len == 1 && data) {
        uint8_t c = *(const uint8_t *)data;
        if (!byte_chars[c]) {
            Object *o = bytes_alloc(&Bytes_Type, 1);
            if (!o) return NULL;
            BYTES_DATA(o)[0] = c;
            Obj_SetImmortal(o);
            byte_chars[c] = o;
        }
        return byte_chars[c];
    }
    Object *o = bytes_alloc(&Bytes_Type, len);
    if (!o) return NULL;
    if (data) memcpy(BYTES_DATA(o), data, (size_t)len);
    else memset(BYTES_DATA(o), 0, (size_t)len);
    return o;
}

Object *Bytes_NewRaw(ssize_t len) { return len < 2 ? Bytes_From(NULL, len) : bytes_alloc(&Bytes_Type, len); }

/* ---- bytearray storage -------------------------------------------------------- */

/* A bytearray whose memory is lent keeps its size (its data could move). */
static int ba_check_resize(ByteArray *a, ssize_t n) {
    if (n == a->len || a->exports == 0) return 0;
    Err_SetString(Exc_BufferError, "Existing exports of data: object cannot be re-sized");
    return -1;
}

static int ba_resize(ByteArray *a, ssize_t n) {
    if (ba_check_resize(a, n) < 0) return -1;
    if (n > a->cap || (a->cap > 64 && n < a->cap / 4)) {
        ssize_t cap = n + (n >> 3) + 8;
        uint8_t *d = Mem_RawRealloc(a->data, (size_t)cap + 1);
        if (!d) {
            Err_NoMemory();
            return -1;
        }
        a->data = d;
        a->cap = cap;
    }
    a->len = n;
    if (a->data) a->data[n] = 0;
    return 0;
}

static Object *bytearray_alloc(Type *t, const void *data, ssize_t len) {
    ByteArray *a = (ByteArray *)Obj_Alloc(t, (size_t)(t->basicsize > (ssize_t)sizeof(ByteArray) ? t->basicsize
                                                                                             : (ssize_t)sizeof(ByteArray)));
    if (!a) return NULL;
    if (ba_resize(a, len) < 0) {
        DECREF((Object *)a);
        return NULL;
    }
    if (len) {
        if (data) memcpy(a->data, data, (size_t)len);
        else memset(a->data, 0, (size_t)len);
    }
    return (Object *)a;
}

Object *ByteArray_From(const void *data, ssize_t len) { return bytearray_alloc(&ByteArray_Type, data, len); }

static Object *new_like(Object *self, const void *p, ssize_t n) {
    return is_bytearray(self) ? ByteArray_From(p, n) : Bytes_From(p, n);
}

/* A new bytes or bytearray (as self) of n bytes for the caller to fill in
 * place (*data), so a large result is made once. */
static Object *new_sized_like(Object *self, ssize_t n, uint8_t **data) {
    Object *r = is_bytearray(self) ? ByteArray_From(NULL, n) : Bytes_From(NULL, n);
    if (r) *data = is_bytearray(self) ? ((ByteArray *)r)->data : BYTES_DATA(r);
    return r;
}

static Object *self_copy(Object *self) {
    if (Bytes_Check(self) && self->type == &Bytes_Type) return NEWREF(self);
    Buf b;
    get_buf(self, &b);
    return new_like(self, b.p, b.n);
}

/* A result built in a ByteBuf, of self's kind; frees the buffer. */
static Object *bb_finish(ByteBuf *b, Object *like) {
    Object *r = new_like(like, (const uint8_t *)b->data, (ssize_t)b->len);
    ByteBuf_Free(b);
    return r;
}

/* ---- repr, hash, compare ----------------------------------------------------- */

static Object *repr_buf(const uint8_t *p, ssize_t n, bool bytearray) {
    bool sq = false, dq = false;
    for (ssize_t i = 0; i < n; i++) {
        if (p[i] == '\'') sq = true;
        else if (p[i] == '"') dq = true;
    }
    char quote = sq && !dq ? '"' : '\'';
    ByteBuf b = {0};
    char tmp[8];
    if (bytearray && ByteBuf_Put(&b, "bytearray(", 10) < 0) goto fail;
    tmp[0] = 'b';
    tmp[1] = quote;
    if (ByteBuf_Put(&b, tmp, 2) < 0) goto fail;
    for (ssize_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        int k;
        if (c == quote || c == '\\' || (bytearray && c == '\'')) {
            tmp[0] = '\\';
            tmp[1] = (char)c;
            k = 2;
        } else if (c == '\t') k = snprintf(tmp, sizeof tmp, "\\t");
        else if (c == '\n') k = snprintf(tmp, sizeof tmp, "\\n");
        else if (c == '\r') k = snprintf(tmp, sizeof tmp, "\\r");
        else if (c < 0x20 || c >= 0x7f) k = snprintf(tmp, sizeof tmp, "\\x%02x", c);
        else {
            tmp[0] = (char)c;
            k = 1;
        }
        if (ByteBuf_Put(&b, tmp, k) < 0) goto fail;
    }
    tmp[0] = quote;
    tmp[1] = ')';
    if (ByteBuf_Put(&b, tmp, bytearray ? 2 : 1) < 0) goto fail;
    Object *r = Str_FromLatin1(b.data, (ssize_t)b.len);
    ByteBuf_Free(&b);
    return r;
fail:
    ByteBuf_Free(&b);
    return NULL;
}

Object *Bytes_Repr(Object *o) { return repr_buf(BYTES_DATA(o), BYTES_LEN(o), false); }

/* str() of bytes is its repr, with a warning under -b */
static Object *bytes_str(Object *o) {
    if (g_interp->bytes_warning && Warn_Emit(Exc_BytesWarning, "str() on a bytes instance", 1) < 0) return NULL;
    return Bytes_Repr(o);
}

static Object *bytearray_repr(Object *o) {
    Buf b;
    get_buf(o, &b);
    if (o->type != &ByteArray_Type) {
        /* subclasses print their own name */
        Object *inner = repr_buf(b.p, b.n, false);
        if (!inner) return NULL;
        Object *r = Str_FromFormat("%s(%U)", o->type->name, inner);
        DECREF(inner);
        return r;
    }
    return repr_buf(b.p, b.n, true);
}

static Object *bytearray_str(Object *o) {
    if (g_interp->bytes_warning && Warn_Emit(Exc_BytesWarning, "str() on a bytearray instance", 1) < 0) return NULL;
    return bytearray_repr(o);
}

hash_t Bytes_Hash(Object *o) {
    Bytes *b = (Bytes *)o;
    if (b->hash != -1) return b->hash;
    hash_t h = b->len ? Hash_Bytes(b->data, (size_t)b->len) : 0;
    if (h == -1) h = -2;
    b->hash = h;
    return h;
}

/* What -b warns about before a comparison of a (bytes or bytearray) with b
 * returns NotImplemented or False: 0, or -1 when the warning became an error. */
static int warn_comparison(Object *a, Object *b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return 0;
    if (Str_Check(b))
        return is_bytearray(a) ? Warn_Emit(Exc_BytesWarning, "Comparison between bytearray and string", 1)
                               : Warn_Emit(Exc_BytesWarning, "Comparison between bytes and string", 1);
    if (Int_Check(b) && !is_bytearray(a)) return Warn_Emit(Exc_BytesWarning, "Comparison between bytes and int", 1);
    return 0;
}

static Object *bytes_richcompare(Object *a, Object *b, int op) {
    Buf x, y;
    if (g_interp->bytes_warning && !IS_SMALL(a) && (Bytes_Check(a) || is_bytearray(a)) && warn_comparison(a, b, op) < 0)
        return NULL;
    /* bytes compares only with bytes; a bytearray with any buffer exporter
     * (an array, a memoryview) */
    if (!is_bytearray(a) && !is_bytearray(b) && !(Bytes_Check(a) && Bytes_Check(b))) return NEWREF(OBJ_NOTIMPL);
    if (!get_buf(a, &x) || !get_buf(b, &y)) return NEWREF(OBJ_NOTIMPL);
    ssize_t n = x.n < y.n ? x.n : y.n;
    int c = n ? memcmp(x.p, y.p, (size_t)n) : 0;
    if (c == 0) c = x.n < y.n ? -1 : x.n > y.n ? 1 : 0;
    return NEWREF(Bool_From(Cmp_Holds(c, 0, op)));
}

static ssize_t bytes_len(Object *o) {
    Buf b;
    get_buf(o, &b);
    return b.n;
}

/* ---- item access ---------------------------------------------------------------- */

static Object *bytes_getitem(Object *o, Object *key) {
    Buf b;
    get_buf(o, &b);
    bool ba = is_bytearray(o);
    if (Int_Check(key) || (TYPE(key) != &Slice_Type && TYPE(key)->nb_index)) {
        ssize_t i = Text_Index(key);
        if (i == -1 && Err_Occurred()) return NULL;
        if (i < 0) i += b.n;
        if (i < 0 || i >= b.n) {
            Err_SetString(Exc_IndexError, ba ? "bytearray index out of range" : "index out of range");
            return NULL;
        }
        return SMALL_FROM(b.p[i]);
    }
    if (TYPE(key) == &Slice_Type) {
        ssize_t start, stop, step, count;
        if (Slice_Indices(key, b.n, &start, &stop, &step, &count) < 0) return NULL;
        if (step == 1) return new_like(o, b.p + start, count);
        uint8_t *tmp = Mem_RawAlloc((size_t)count + 1);
        if (!tmp) return Err_NoMemory();
        for (ssize_t j = 0, i = start; j < count; j++, i += step) tmp[j] = b.p[i];
        Object *r = new_like(o, tmp, count);
        free(tmp);
        return r;
    }
    Err_Format(Exc_TypeError, "%s indices must be integers or slices, not %s", ba ? "bytearray" : "byte",
               TYPE_NAME(key));
    return NULL;
}

/* A byte value from an int-like object: -1 with ValueError/TypeError. */
static int byte_value(Object *v) {
    return (int)Int_IndexInRange(v, 255, Exc_ValueError, "byte must be in range(0, 256)");
}

static ssize_t find_buf(Buf h, Buf nd, ssize_t start, ssize_t end) {
    if (end > h.n) end = h.n;
    if (start > h.n || end - start < nd.n) return -1;
    if (nd.n == 0) return start;
    const uint8_t *p = memmem(h.p + start, (size_t)(end - start), nd.p, (size_t)nd.n);
    return p ? p - h.p : -1;
}

static ssize_t rfind_buf(Buf h, Buf nd, ssize_t start, ssize_t end) {
    if (end > h.n) end = h.n;
    if (start > h.n || end - start < nd.n) return -1;
    for (ssize_t i = end - nd.n; i >= start; i--)
        if (memcmp(h.p + i, nd.p, (size_t)nd.n) == 0) return i;
    return -1;
}

static int bytes_contains(Object *o, Object *item) {
    Buf b, nd;
    get_buf(o, &b);
    uint8_t c;
    /* an __index__ that raises makes item "not an int", as in CPython */
    Object *index = Int_Check(item) || (!get_buf(item, &nd) && TYPE(item)->nb_index) ? Obj_Index(item) : NULL;
    if (!index) Err_Clear();
    if (index) {
        int v = byte_value(index);
        DECREF(index);
        if (v < 0) return -1;
        c = (uint8_t)v;
        nd.p = &c;
        nd.n = 1;
    } else if (need_buf(item, &nd) < 0) return -1;
    return find_buf(b, nd, 0, b.n) >= 0;
}

/* A copy of the memory of an exporter that get_buf cannot borrow from (a
 * class with __buffer__), asked for as a plain contiguous buffer; NULL
 * with no exception when o lends none. */
static Object *copy_class_buffer(Object *o) {
    if (TYPE(o)->as_buffer || !Buffer_Check(o)) return NULL;
    BufferView v;
    if (Buffer_Get(o, &v, BUFFER_SIMPLE) < 0) {
        Err_Clear();
        return NULL;
    }
    Object *r = Bytes_From(v.buf, v.len);
    Buffer_Release(&v);
    return r;
}

static Object *bytes_concat(Object *a, Object *b) {
    Buf x, y;
    if (get_buf(a, &x) && !get_buf(b, &y)) {
        Object *copy = copy_class_buffer(b);
        if (!copy) return Err_Occurred() ? NULL : NEWREF(OBJ_NOTIMPL);
        Object *r = bytes_concat(a, copy);
        DECREF(copy);
        return r;
    }
    if (!get_buf(a, &x) || !get_buf(b, &y)) return NEWREF(OBJ_NOTIMPL);
    if (y.n == 0 && a->type == &Bytes_Type) return NEWREF(a);
    if (x.n == 0 && b->type == &Bytes_Type && !is_bytearray(a)) return NEWREF(b);
    Object *r = is_bytearray(a) ? ByteArray_From(NULL, x.n + y.n) : bytes_alloc(&Bytes_Type, x.n + y.n);
    if (!r) return NULL;
    Buf rb;
    get_buf(r, &rb);
    memcpy((uint8_t *)rb.p, x.p, (size_t)x.n);
    memcpy((uint8_t *)rb.p + x.n, y.p, (size_t)y.n);
    return r;
}

static Object *bytes_repeat(Object *a, Object *b) {
    Object *s = Bytes_Check(a) || is_bytearray(a) ? a : b, *c = s == a ? b : a;
    if (!Bytes_Check(s) && !is_bytearray(s)) return NEWREF(OBJ_NOTIMPL);
    if (!Int_Check(c) && !TYPE(c)->nb_index) return NEWREF(OBJ_NOTIMPL);
    ssize_t count = Text_Index(c);
    if (count == -1 && Err_Occurred()) {
        if (Err_Matches(Exc_IndexError)) {
            Err_Clear();
            Err_Format(Exc_OverflowError, "cannot fit '%s' into an index-sized integer", TYPE_NAME(c));
        }
        return NULL;
    }
    Buf x;
    get_buf(s, &x);
    if (count < 0) count = 0;
    if (count == 1 && s->type == &Bytes_Type) return NEWREF(s);
    if (x.n && count > ((ssize_t)1 << 60) / x.n) return Err_NoMemory();
    Object *r = is_bytearray(s) ? ByteArray_From(NULL, x.n * count) : bytes_alloc(&Bytes_Type, x.n * count);
    if (!r) return NULL;
    Buf rb;
    get_buf(r, &rb);
    for (ssize_t i = 0; i < count; i++) memcpy((uint8_t *)rb.p + i * x.n, x.p, (size_t)x.n);
    return r;
}

/* ---- iterator ------------------------------------------------------------- */

typedef IndexIter BytesIter; /* over a bytes or bytearray */

static Object *bytesiter_next(Object *o) {
    BytesIter *it = (BytesIter *)o;
    if (!it->seq) return NULL;
    Buf b;
    get_buf(it->seq, &b);
    if (it->index < b.n) return SMALL_FROM(b.p[it->index++]);
    CLEAR(it->seq);
    return NULL;
}

static Object *bytesiter_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    BytesIter *it = (BytesIter *)self;
    Buf b = {NULL, 0};
    if (it->seq) get_buf(it->seq, &b);
    return Int_FromI64(b.n > it->index ? b.n - it->index : 0);
}

static Object *bytesiter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    BytesIter *it = (BytesIter *)self;
    return IterBase_ReduceIndex(NULL, it->seq, it->index, ITER_EMPTY_TUPLE);
}

/* A negative position moves a bytes iterator to its start but ends a
 * bytearray iterator, as CPython's do. */
static Object *bytesiter_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    BytesIter *it = (BytesIter *)self;
    ssize_t i;
    if (IterBase_StateIndex(args[0], &i) < 0) return NULL;
    if (!it->seq) RETURN_NONE;
    if (i < 0 && is_bytearray(it->seq)) {
        CLEAR(it->seq);
        RETURN_NONE;
    }
    Buf b;
    get_buf(it->seq, &b);
    it->index = IterBase_Clamp(i, 0, b.n);
    RETURN_NONE;
}

static const MethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_length_hint, 0,
     ARGS("($self, /)", "Private method returning an estimate of len(list(it)).")},
    {"__reduce__", bytesiter_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {"__setstate__", bytesiter_setstate, 0, ARGS("($self, object, /)", ITER_SETSTATE_DOC)},
    {NULL, NULL, 0, NULL},
};

Type BytesIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIter),
    .dealloc = IterBase_Dealloc,
    .iter = Iter_Self,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

Type ByteArrayIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "bytearray_iterator",
    .basicsize = sizeof(BytesIter),
    .dealloc = IterBase_Dealloc,
    .iter = Iter_Self,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

static Object *bytes_iter(Object *o) {
    return IterBase_New(is_bytearray(o) ? &ByteArrayIter_Type : &BytesIter_Type, sizeof(BytesIter), o);
}

/* ---- constructors ------------------------------------------------------------- */

/* Appends the items of any buffer exporter x to *out, in C order. */
static int put_buffer(ByteBuf *out, Object *x) {
    BufferView v;
    if (Buffer_Get(x, &v, BUFFER_FULL_RO) < 0) return -1;
    int rc = ByteBuf_Reserve(out, (size_t)v.len) < 0 ? ByteBuf_RaiseNoMemory() : 0;
    if (rc == 0) {
        Buffer_CopyOut(&v, out->data + out->len);
        out->len += (size_t)v.len;
        out->data[out->len] = 0;
    }
    Buffer_Release(&v);
    return rc;
}

/* Contents for bytes(x) / bytearray(x) into *out (malloc'ed). */
static int bytes_source(const char *tname, Object *x, Object *enc, Object *errs, ByteBuf *out) {
    if (enc || errs) {
        if (!Str_Check(x)) {
            Err_SetString(Exc_TypeError, "encoding without a string argument");
            return -1;
        }
        const char *e = enc ? Str_AsUTF8(enc, NULL) : "utf-8";
        const char *r = errs ? Str_AsUTF8(errs, NULL) : NULL;
        if (!e || (errs && !r)) return -1;
        Object *b = Str_Encode(x, e, r);
        if (!b) return -1;
        int rc = ByteBuf_Put(out, BYTES_DATA(b), BYTES_LEN(b));
        DECREF(b);
        return rc;
    }
    Buf b;
    if (Bytes_Check(x) || is_bytearray(x)) {
        get_buf(x, &b);
        return ByteBuf_Put(out, b.p, b.n);
    }
    if (Buffer_Check(x)) return put_buffer(out, x);
    if (Str_Check(x)) {
        Err_SetString(Exc_TypeError, "string argument without an encoding");
        return -1;
    }
    if (Int_Check(x) || TYPE(x)->nb_index) {
        ssize_t n;
        if (Index_AsSsize(x, Exc_OverflowError, &n) < 0) return -1;
        if (n < 0) {
            Err_SetString(Exc_ValueError, "negative count");
            return -1;
        }
        return ByteBuf_AddZeros(out, (size_t)n) < 0 ? ByteBuf_RaiseNoMemory() : 0;
    }
    if (!TYPE(x)->iter && !TYPE(x)->getitem) {
        Err_Format(Exc_TypeError, "cannot convert '%s' object to %s", TYPE_NAME(x), tname);
        return -1;
    }
    Object *it = Obj_GetIter(x);
    if (!it) return -1;
    Object *v;
    while ((v = Iter_Next(it))) {
        int c = byte_value(v);
        if (c < 0 && Err_Matches(Exc_ValueError)) {
            Err_Clear();
            Err_SetString(Exc_ValueError, strcmp(tname, "bytearray") == 0 ? "byte must be in range(0, 256)"
                                                                           : "bytes must be in range(0, 256)");
        }
        DECREF(v);
        uint8_t ch = (uint8_t)c;
        if (c < 0 || ByteBuf_Put(out, &ch, 1) < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return Err_Occurred() ? -1 : 0;
}

static int parse_ctor(Type *t, Object *const *args, size_t nargs, Object *kwnames, Object **a) {
    static const char *const names[] = {"source", "encoding", "errors"};
    const char *tname = t->name;
    if (Arg_Unpack(t->args, tname, args, nargs, kwnames, a) < 0) return -1;
    for (int k = 1; k < 3; k++)
        if (a[k] && !Str_Check(a[k])) {
            Err_Format(Exc_TypeError, "%s() argument '%s' must be str, not %s", tname, names[k], a[k] == OBJ_NONE ? "None" : TYPE_NAME(a[k]));
            return -1;
        }
    return 0;
}

static Object *bytes_new(Type *type, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[3] = {NULL, NULL, NULL};
    if (parse_ctor(&Bytes_Type, args, nargs, kwnames, a) < 0) return NULL;
    ByteBuf b = {0};
    if (!a[0]) {
        if (a[1] || a[2]) {
            Err_SetString(Exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return NULL;
        }
    } else if (!a[1] && !a[2] && !Bytes_Check(a[0]) && !is_bytearray(a[0]) && !Str_Check(a[0])) {
        /* __bytes__ wins over the generic conversions */
        Object *m;
        int r = Obj_LookupAttr(a[0], ID(__bytes__), &m);
        if (r < 0) return NULL;
        if (r > 0) {
            Object *res = Obj_CallNoArgs(m);
            DECREF(m);
            if (!res) return NULL;
            if (!Bytes_Check(res)) {
                Err_Format(Exc_TypeError, "__bytes__ returned non-bytes (type %s)", TYPE_NAME(res));
                DECREF(res);
                return NULL;
            }
            if (type == &Bytes_Type) return res;
            r = ByteBuf_Put(&b, BYTES_DATA(res), BYTES_LEN(res));
            DECREF(res);
            if (r < 0) goto fail;
            goto build;
        }
        if (bytes_source("bytes", a[0], NULL, NULL, &b) < 0) goto fail;
    } else if (bytes_source("bytes", a[0], a[1], a[2], &b) < 0) goto fail;
build:;
    Object *r;
    if (type == &Bytes_Type) r = Bytes_From(b.data, (ssize_t)b.len);
    else {
        r = bytes_alloc(type, (ssize_t)b.len);
        if (r && b.len) memcpy(BYTES_DATA(r), b.data, b.len);
    }
    ByteBuf_Free(&b);
    return r;
fail:
    ByteBuf_Free(&b);
    return NULL;
}

static Object *bytearray_new(Type *type, Object *const *args, size_t nargs, Object *kwnames) {
    return bytearray_alloc(type, NULL, 0);
}

static int bytearray_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[3] = {NULL, NULL, NULL};
    if (parse_ctor(&ByteArray_Type, args, nargs, kwnames, a) < 0) return -1;
    ByteBuf b = {0};
    if (!a[0]) {
        if (a[1] || a[2]) {
            Err_SetString(Exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
    } else if (bytes_source("bytearray", a[0], a[1], a[2], &b) < 0) {
        ByteBuf_Free(&b);
        return -1;
    }
    ByteArray *ba = (ByteArray *)self;
    int r = ba_resize(ba, (ssize_t)b.len);
    if (r == 0 && b.len) memcpy(ba->data, b.data, b.len);
    ByteBuf_Free(&b);
    return r;
}

static void bytes_dealloc(Object *o) { Obj_Free(o); }

static void bytearray_dealloc(Object *o) {
    free(((ByteArray *)o)->data);
    Obj_Free(o);
}

/* ---- shared methods ---------------------------------------------------------- */

/* sub[, start[, end]] where sub is bytes-like or an int (a single byte). */
static int parse_sub(const char *name, Object *self, Object *const *args, size_t nargs, Object *kwnames, Buf *sub,
                     uint8_t *one, ssize_t *start, ssize_t *end) {
    int found = peek_buf(args[0], sub);
    if (found < 0) return -1;
    if (!found) {
        if (!Int_Check(args[0]) && !TYPE(args[0])->nb_index) {
            Err_Format(Exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                       TYPE_NAME(args[0]));
            return -1;
        }
        int v = byte_value(args[0]);
        if (v < 0) return -1;
        *one = (uint8_t)v;
        sub->p = one;
        sub->n = 1;
    }
    return Slice_SearchBounds(nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, bytes_len(self), start, end);
}

static Object *find_common(const char *name, Object *self, Object *const *args, size_t nargs, Object *kwnames,
                           bool rev, bool raise) {
    Buf h, sub;
    uint8_t one;
    ssize_t start, end;
    if (parse_sub(name, self, args, nargs, kwnames, &sub, &one, &start, &end) < 0) return NULL;
    get_buf(self, &h);
    ssize_t i = rev ? rfind_buf(h, sub, start, end) : find_buf(h, sub, start, end);
    if (i < 0 && raise) {
        Err_SetString(Exc_ValueError, "subsection not found");
        return NULL;
    }
    return Int_FromI64(i);
}

static Object *b_find(Object *s, Object *const *a, size_t n, Object *k) { return find_common("find", s, a, n, k, false, false); }
static Object *b_rfind(Object *s, Object *const *a, size_t n, Object *k) { return find_common("rfind", s, a, n, k, true, false); }
static Object *b_index(Object *s, Object *const *a, size_t n, Object *k) { return find_common("index", s, a, n, k, false, true); }
static Object *b_rindex(Object *s, Object *const *a, size_t n, Object *k) { return find_common("rindex", s, a, n, k, true, true); }

static ssize_t count_buf(Buf h, Buf sub, ssize_t start, ssize_t end, ssize_t max) {
    if (end > h.n) end = h.n;
    if (start > h.n || end < start) return 0;
    if (sub.n == 0) return end - start + 1 < max ? end - start + 1 : max;
    ssize_t c = 0;
    while (c < max) {
        ssize_t i = find_buf(h, sub, start, end);
        if (i < 0) break;
        c++;
        start = i + sub.n;
    }
    return c;
}

static Object *b_count(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buf h, sub;
    uint8_t one;
    ssize_t start, end;
    if (parse_sub("count", self, args, nargs, kwnames, &sub, &one, &start, &end) < 0) return NULL;
    get_buf(self, &h);
    return Int_FromI64(count_buf(h, sub, start, end, (ssize_t)1 << 62));
}

static Object *starts_ends(const char *name, bool ends, Object *self, Object *const *args, size_t nargs,
                           Object *kwnames) {
    Buf h;
    get_buf(self, &h);
    ssize_t start, end;
    if (Slice_SearchBounds(nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, h.n, &start, &end) < 0)
        return NULL;
    Object *const *cands = &args[0];
    ssize_t nc = 1;
    Buf p;
    if (Tuple_Check(args[0])) {
        cands = TUPLE_ITEMS(args[0]);
        nc = TUPLE_LEN(args[0]);
    } else if (!get_buf(args[0], &p)) {
        Err_Format(Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, TYPE_NAME(args[0]));
        return NULL;
    }
    for (ssize_t k = 0; k < nc; k++) {
        if (need_buf(cands[k], &p) < 0) return NULL;
        if (start > h.n || end - start < p.n) continue;
        if (memcmp(h.p + (ends ? end - p.n : start), p.p, (size_t)p.n) == 0) return NEWREF(OBJ_TRUE);
    }
    return NEWREF(OBJ_FALSE);
}

static Object *b_startswith(Object *s, Object *const *a, size_t n, Object *k) { return starts_ends("startswith", false, s, a, n, k); }
static Object *b_endswith(Object *s, Object *const *a, size_t n, Object *k) { return starts_ends("endswith", true, s, a, n, k); }

static Object *b_decode(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"encoding", "errors"};
    Object *const *a = args;
    const char *e = "utf-8", *r = NULL;
    for (int k = 0; k < 2; k++) {
        if (!a[k]) continue;
        if (!Str_Check(a[k])) {
            Err_Format(Exc_TypeError, "decode() argument '%s' must be str, not %s", names[k], a[k] == OBJ_NONE ? "None" : TYPE_NAME(a[k]));
            return NULL;
        }
        const char *c = Str_AsUTF8(a[k], NULL);
        if (!c) return NULL;
        if (k == 0) e = c;
        else r = c;
    }
    Buf b;
    get_buf(self, &b);
    return Str_Decode((const char *)b.p, b.n, e, r);
}

static Object *b_hex(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *const *a = args; /* sep, bytes_per_sep */
    uint32_t sep = 0;
    ssize_t per = 1;
    if (a[0]) {
        Buf sb;
        if (Str_Check(a[0])) {
            if (STR_LEN(a[0]) != 1) {
                Err_SetString(Exc_ValueError, "sep must be length 1.");
                return NULL;
            }
            sep = STR_CHAR(a[0], 0);
            if (sep > 127) {
                Err_SetString(Exc_ValueError, "sep must be ASCII.");
                return NULL;
            }
        } else if (get_buf(a[0], &sb)) {
            if (sb.n != 1) {
                Err_SetString(Exc_ValueError, "sep must be length 1.");
                return NULL;
            }
            sep = sb.p[0];
        } else {
            Err_Format(Exc_TypeError, "object of type '%s' has no len()", TYPE_NAME(a[0]));
            return NULL;
        }
    }
    if (a[1]) {
        /* bytes_per_sep is a C int */
        ssize_t v;
        if (Index_AsSsizeArg(a[1], &v) < 0 || v > INT_MAX || v < INT_MIN) {
            if (!Err_Occurred() || Err_Matches(Exc_OverflowError)) {
                Err_Clear();
                Err_SetString(Exc_OverflowError, "Python int too large to convert to C int");
            }
            return NULL;
        }
        per = v;
    }
    Buf b;
    get_buf(self, &b);
    static const char hexd[] = "0123456789abcdef";
    ByteBuf out = {0};
    ssize_t group = per < 0 ? -per : per;
    for (ssize_t i = 0; i < b.n; i++) {
        if (sep && group && i > 0) {
            /* positive: groups counted from the right; negative: from the left */
            bool boundary = per > 0 ? (b.n - i) % group == 0 : i % group == 0;
            char c = (char)sep;
            if (boundary && ByteBuf_Put(&out, &c, 1) < 0) goto fail;
        }
        char t[2] = {hexd[b.p[i] >> 4], hexd[b.p[i] & 15]};
        if (ByteBuf_Put(&out, t, 2) < 0) goto fail;
    }
    Object *r = Str_FromLatin1(out.data ? out.data : "", (ssize_t)out.len);
    ByteBuf_Free(&out);
    return r;
fail:
    ByteBuf_Free(&out);
    return NULL;
}

Object *Bytes_HexMethod(Object *b, Object *const *args, size_t nargs, Object *kwnames) {
    return b_hex(b, args, nargs, kwnames);
}

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

static Object *b_fromhex(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    Object *s = args[0];
    Buf in;
    bool is_str = Str_Check(s);
    int found = is_str ? 1 : peek_buf(s, &in);
    if (found < 0) return NULL;
    if (!found) {
        Err_Format(Exc_TypeError, "fromhex() argument must be str or bytes-like, not %s", TYPE_NAME(s));
        return NULL;
    }
    ssize_t n = is_str ? STR_LEN(s) : in.n;
    ByteBuf out = {0};
    for (ssize_t i = 0; i < n;) {
        uint32_t c = is_str ? STR_CHAR(s, i) : in.p[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
            continue;
        }
        int hi = hexval(c);
        if (hi < 0) {
            Err_Format(Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i);
            goto fail;
        }
        if (i + 1 >= n) {
            Err_SetString(Exc_ValueError, "fromhex() arg must contain an even number of hexadecimal digits");
            goto fail;
        }
        uint32_t d = is_str ? STR_CHAR(s, i + 1) : in.p[i + 1];
        int lo = hexval(d);
        if (lo < 0) {
            if (d == ' ' || d == '\t' || d == '\n' || d == '\r' || d == '\v' || d == '\f')
                Err_SetString(Exc_ValueError, "fromhex() arg must contain an even number of hexadecimal digits");
            else
                Err_Format(Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i + 1);
            goto fail;
        }
        uint8_t v = (uint8_t)(hi * 16 + lo);
        if (ByteBuf_Put(&out, &v, 1) < 0) goto fail;
        i += 2;
    }
    Type *t = (Type *)cls;
    Object *r;
    if (Type_Check(cls) && Type_IsSubtype(t, &ByteArray_Type)) r = ByteArray_From(out.data, out.len);
    else r = Bytes_From(out.data, out.len);
    ByteBuf_Free(&out);
    if (r && Type_Check(cls) && t != &Bytes_Type && t != &ByteArray_Type) {
        Object *sub = Obj_CallOneArg(cls, r);
        DECREF(r);
        return sub;
    }
    return r;
fail:
    ByteBuf_Free(&out);
    return NULL;
}

static Object *b_join(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *seq = List_FromIterable(args[0]);
    if (!seq) {
        if (Err_Matches(Exc_TypeError) && !TYPE(args[0])->iter && !TYPE(args[0])->getitem) {
            Err_Clear();
            Err_SetString(Exc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    /* a bytearray separator keeps its size while items' __buffer__ run */
    BufferView hold = {0};
    if (is_bytearray(self) && Buffer_Get(self, &hold, BUFFER_SIMPLE) < 0) {
        DECREF(seq);
        return NULL;
    }
    Buf sep;
    get_buf(self, &sep);
    ByteBuf out = {0};
    for (ssize_t i = 0; i < LIST_LEN(seq); i++) {
        Buf it;
        Object *copy = NULL;
        if (!get_buf(LIST_GET(seq, i), &it)) {
            copy = copy_class_buffer(LIST_GET(seq, i));
            if (!copy) {
                if (!Err_Occurred())
                    Err_Format(Exc_TypeError, "sequence item %zd: expected a bytes-like object, %s found", i,
                               TYPE_NAME(LIST_GET(seq, i)));
                goto fail;
            }
            get_buf(copy, &it);
        }
        int r = (i && ByteBuf_Put(&out, sep.p, sep.n) < 0) || ByteBuf_Put(&out, it.p, it.n) < 0;
        XDECREF(copy);
        if (r) goto fail;
    }
    DECREF(seq);
    Buffer_Release(&hold);
    return bb_finish(&out, self);
fail:
    DECREF(seq);
    Buffer_Release(&hold);
    ByteBuf_Free(&out);
    return NULL;
}

static bool is_ws(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }

static int parse_split(const char *name, Object *const *args, size_t nargs, Object *kwnames, Buf *sep, bool *has_sep,
                       ssize_t *maxsplit) {
    Object *const *a = args; /* sep, maxsplit */
    *has_sep = a[0] && a[0] != OBJ_NONE;
    if (*has_sep) {
        if (need_buf(a[0], sep) < 0) return -1;
        if (sep->n == 0) {
            Err_SetString(Exc_ValueError, "empty separator");
            return -1;
        }
    }
    *maxsplit = -1;
    if (a[1]) {
        Object *i = Obj_Index(a[1]);
        if (!i) return -1;
        *maxsplit = Int_AsSsize(i);
        DECREF(i);
        if (*maxsplit == -1 && Err_Occurred()) return -1;
    }
    if (*maxsplit < 0) *maxsplit = (ssize_t)1 << 62;
    return 0;
}

static int add_piece(Object *list, Object *self, const uint8_t *p, ssize_t n) {
    Object *o = new_like(self, p, n);
    if (!o) return -1;
    return List_AppendSteal(list, o);
}

static Object *b_split(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buf sep, h;
    bool has;
    ssize_t max;
    if (parse_split("split", args, nargs, kwnames, &sep, &has, &max) < 0) return NULL;
    get_buf(self, &h);
    Object *list = List_New(0);
    if (!list) return NULL;
    ssize_t i = 0;
    if (!has) {
        while (true) {
            while (i < h.n && is_ws(h.p[i])) i++;
            if (i >= h.n) break;
            if (max-- <= 0) {
                if (add_piece(list, self, h.p + i, h.n - i) < 0) goto fail;
                break;
            }
            ssize_t j = i;
            while (j < h.n && !is_ws(h.p[j])) j++;
            if (add_piece(list, self, h.p + i, j - i) < 0) goto fail;
            i = j;
        }
        return list;
    }
    while (max-- > 0) {
        ssize_t j = find_buf(h, sep, i, h.n);
        if (j < 0) break;
        if (add_piece(list, self, h.p + i, j - i) < 0) goto fail;
        i = j + sep.n;
    }
    if (add_piece(list, self, h.p + i, h.n - i) < 0) goto fail;
    return list;
fail:
    DECREF(list);
    return NULL;
}

static Object *b_rsplit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buf sep, h;
    bool has;
    ssize_t max;
    if (parse_split("rsplit", args, nargs, kwnames, &sep, &has, &max) < 0) return NULL;
    get_buf(self, &h);
    Object *list = List_New(0);
    if (!list) return NULL;
    ssize_t j = h.n;
    if (!has) {
        while (true) {
            while (j > 0 && is_ws(h.p[j - 1])) j--;
            if (j <= 0) break;
            if (max-- <= 0) {
                if (add_piece(list, self, h.p, j) < 0) goto fail;
                break;
            }
            ssize_t i = j;
            while (i > 0 && !is_ws(h.p[i - 1])) i--;
            if (add_piece(list, self, h.p + i, j - i) < 0) goto fail;
            j = i;
        }
    } else {
        while (max-- > 0) {
            ssize_t i = rfind_buf(h, sep, 0, j);
            if (i < 0) break;
            if (add_piece(list, self, h.p + i + sep.n, j - i - sep.n) < 0) goto fail;
            j = i;
        }
        if (add_piece(list, self, h.p, j) < 0) goto fail;
    }
    if (List_Reverse(list) < 0) goto fail;
    return list;
fail:
    DECREF(list);
    return NULL;
}

static Object *b_splitlines(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *const *a = args; /* keepends */
    int keep = 0;
    if (a[0] && (keep = Obj_IsTrue(a[0])) < 0) return NULL;
    Buf h;
    get_buf(self, &h);
    Object *list = List_New(0);
    if (!list) return NULL;
    ssize_t i = 0;
    while (i < h.n) {
        ssize_t j = i;
        while (j < h.n && h.p[j] != '\n' && h.p[j] != '\r') j++;
        ssize_t eol = j;
        if (j < h.n) {
            j += h.p[j] == '\r' && j + 1 < h.n && h.p[j + 1] == '\n' ? 2 : 1;
            if (keep) eol = j;
        }
        if (add_piece(list, self, h.p + i, eol - i) < 0) {
            DECREF(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static Object *strip_common(const char *name, Object *self, Object *const *args, size_t nargs, Object *kwnames,
                            bool left, bool right) {
    Buf chars, h;
    bool has = nargs && args[0] != OBJ_NONE;
    if (has && need_buf(args[0], &chars) < 0) return NULL;
    get_buf(self, &h);
    ssize_t a = 0, b = h.n;
#define STRIPPABLE(c) (has ? memchr(chars.p, (c), (size_t)chars.n) != NULL : is_ws(c))
    if (left) while (a < b && STRIPPABLE(h.p[a])) a++;
    if (right) while (b > a && STRIPPABLE(h.p[b - 1])) b--;
#undef STRIPPABLE
    if (a == 0 && b == h.n) return self_copy(self);
    return new_like(self, h.p + a, b - a);
}

static Object *b_strip(Object *s, Object *const *a, size_t n, Object *k) { return strip_common("strip", s, a, n, k, true, true); }
static Object *b_lstrip(Object *s, Object *const *a, size_t n, Object *k) { return strip_common("lstrip", s, a, n, k, true, false); }
static Object *b_rstrip(Object *s, Object *const *a, size_t n, Object *k) { return strip_common("rstrip", s, a, n, k, false, true); }

static Object *b_replace(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *const *a = args; /* old, new[, count] */
    Buf old, nw, h;
    if (need_buf(a[0], &old) < 0 || need_buf(a[1], &nw) < 0) return NULL;
    ssize_t count = -1;
    if (nargs > 2) {
        Object *i = Obj_Index(a[2]);
        if (!i) return NULL;
        count = Int_AsSsize(i);
        DECREF(i);
        if (count == -1 && Err_Occurred()) return NULL;
    }
    if (count < 0) count = (ssize_t)1 << 62;
    get_buf(self, &h);
    ssize_t hits = count_buf(h, old, 0, h.n, count);
    if (hits == 0) return self_copy(self);
    ByteBuf out = {0};
    ssize_t i = 0;
    for (ssize_t k = 0; k < hits; k++) {
        ssize_t j = old.n == 0 ? i : find_buf(h, old, i, h.n);
        if (ByteBuf_Put(&out, h.p + i, j - i) < 0 || ByteBuf_Put(&out, nw.p, nw.n) < 0) goto fail;
        if (old.n == 0) {
            if (j < h.n && ByteBuf_Put(&out, h.p + j, 1) < 0) goto fail;
            i = j + 1;
        } else {
            i = j + old.n;
        }
    }
    if (i < h.n && ByteBuf_Put(&out, h.p + i, h.n - i) < 0) goto fail;
    return bb_finish(&out, self);
fail:
    ByteBuf_Free(&out);
    return NULL;
}

enum { BC_UPPER, BC_LOWER, BC_SWAP, BC_CAPITALIZE, BC_TITLE };

static Object *case_common(Object *self, int mode) {
    Buf h;
    get_buf(self, &h);
    uint8_t *d;
    Object *r = new_sized_like(self, h.n, &d);
    if (!r) return NULL;
    bool prev = false;
    for (ssize_t i = 0; i < h.n; i++) {
        uint8_t c = h.p[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        bool to_up;
        switch (mode) {
        case BC_UPPER: to_up = true; break;
        case BC_LOWER: to_up = false; break;
        case BC_SWAP: to_up = lo; break;
        case BC_CAPITALIZE: to_up = i == 0; break;
        default: to_up = !prev; break;
        }
        if (to_up && lo) c = (uint8_t)(c - 32);
        else if (!to_up && up) c = (uint8_t)(c + 32);
        d[i] = c;
        prev = up || lo;
    }
    return r;
}

#define BCASE(fn, name, mode)                                                              \
    static Object *fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) { \
        return case_common(self, mode);                                                    \
    }
BCASE(b_upper, "upper", BC_UPPER)
BCASE(b_lower, "lower", BC_LOWER)
BCASE(b_swapcase, "swapcase", BC_SWAP)
BCASE(b_capitalize, "capitalize", BC_CAPITALIZE)
BCASE(b_title, "title", BC_TITLE)

static bool p_alpha(uint8_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool p_digit(uint8_t c) { return c >= '0' && c <= '9'; }
static bool p_alnum(uint8_t c) { return p_alpha(c) || p_digit(c); }
static bool p_ascii(uint8_t c) { return c < 128; }

static Object *pred_common(Object *self, bool (*pred)(uint8_t), bool empty) {
    Buf h;
    get_buf(self, &h);
    if (h.n == 0) return NEWREF(Bool_From(empty));
    for (ssize_t i = 0; i < h.n; i++)
        if (!pred(h.p[i])) return NEWREF(OBJ_FALSE);
    return NEWREF(OBJ_TRUE);
}

#define BPRED(fn, name, pred, empty)                                                       \
    static Object *fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) { \
        return pred_common(self, pred, empty);                                             \
    }
BPRED(b_isalpha, "isalpha", p_alpha, false)
BPRED(b_isdigit, "isdigit", p_digit, false)
BPRED(b_isalnum, "isalnum", p_alnum, false)
BPRED(b_isspace, "isspace", is_ws, false)
BPRED(b_isascii, "isascii", p_ascii, true)

static Object *b_isupper_lower(Object *self, bool upper) {
    Buf h;
    get_buf(self, &h);
    bool cased = false;
    for (ssize_t i = 0; i < h.n; i++) {
        uint8_t c = h.p[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        if (upper ? lo : up) return NEWREF(OBJ_FALSE);
        if (upper ? up : lo) cased = true;
    }
    return NEWREF(Bool_From(cased));
}
static Object *b_isupper(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return b_isupper_lower(self, true);
}
static Object *b_islower(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return b_isupper_lower(self, false);
}

static Object *b_istitle(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buf h;
    get_buf(self, &h);
    bool cased = false, prev = false;
    for (ssize_t i = 0; i < h.n; i++) {
        uint8_t c = h.p[i];
        if (c >= 'A' && c <= 'Z') {
            if (prev) return NEWREF(OBJ_FALSE);
            prev = cased = true;
        } else if (c >= 'a' && c <= 'z') {
            if (!prev) return NEWREF(OBJ_FALSE);
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return NEWREF(Bool_From(cased));
}

static Object *b_expandtabs(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *const *a = args; /* tabsize */
    ssize_t tab = 8;
    if (a[0]) {
        Object *i = Obj_Index(a[0]);
        if (!i) return NULL;
        tab = Int_AsSsize(i);
        DECREF(i);
        /* tabsize is a C int */
        if ((tab == -1 && Err_Occurred() && Err_Matches(Exc_OverflowError)) || tab > INT_MAX || tab < INT_MIN) {
            Err_Clear();
            Err_SetString(Exc_OverflowError, "Python int too large to convert to C int");
            return NULL;
        }
        if (tab == -1 && Err_Occurred()) return NULL;
    }
    Buf h;
    get_buf(self, &h);
    ByteBuf out = {0};
    ssize_t col = 0;
    for (ssize_t i = 0; i < h.n; i++) {
        uint8_t c = h.p[i];
        if (c == '\t') {
            if (tab > 0) {
                ssize_t k = tab - col % tab;
                col += k;
                for (ssize_t j = 0; j < k; j++)
                    if (ByteBuf_Put(&out, " ", 1) < 0) goto fail;
            }
            continue;
        }
        col = c == '\n' || c == '\r' ? 0 : col + 1;
        if (ByteBuf_Put(&out, &c, 1) < 0) goto fail;
    }
    return bb_finish(&out, self);
fail:
    ByteBuf_Free(&out);
    return NULL;
}

static Object *b_zfill(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *wi = Obj_Index(args[0]);
    if (!wi) return NULL;
    ssize_t w = Int_AsSsize(wi);
    DECREF(wi);
    if (w == -1 && Err_Occurred()) return NULL;
    Buf h;
    get_buf(self, &h);
    if (w <= h.n) return self_copy(self);
    uint8_t *d;
    Object *r = new_sized_like(self, w, &d);
    if (!r) return NULL;
    ssize_t fill = w - h.n;
    memset(d, '0', (size_t)fill);
    memcpy(d + fill, h.p, (size_t)h.n);
    if (h.n && (h.p[0] == '+' || h.p[0] == '-')) {
        d[0] = h.p[0];
        d[fill] = '0';
    }
    return r;
}

static Object *partition_common(Object *self, Object *const *args, size_t nargs, Object *kwnames, bool rev) {
    Buf sep, h;
    if (need_buf(args[0], &sep) < 0) return NULL;
    if (sep.n == 0) {
        Err_SetString(Exc_ValueError, "empty separator");
        return NULL;
    }
    get_buf(self, &h);
    ssize_t i = rev ? rfind_buf(h, sep, 0, h.n) : find_buf(h, sep, 0, h.n);
    Object *p[3];
    if (i < 0) {
        p[0] = rev ? new_like(self, NULL, 0) : new_like(self, h.p, h.n);
        p[1] = new_like(self, NULL, 0);
        p[2] = rev ? new_like(self, h.p, h.n) : new_like(self, NULL, 0);
    } else {
        p[0] = new_like(self, h.p, i);
        p[1] = new_like(self, sep.p, sep.n);
        p[2] = new_like(self, h.p + i + sep.n, h.n - i - sep.n);
    }
    if (!p[0] || !p[1] || !p[2]) {
        XDECREF(p[0]);
        XDECREF(p[1]);
        XDECREF(p[2]);
        return NULL;
    }
    return Tuple_FromArraySteal(p, 3);
}
static Object *b_partition(Object *s, Object *const *a, size_t n, Object *k) { return partition_common(s, a, n, k, false); }
static Object *b_rpartition(Object *s, Object *const *a, size_t n, Object *k) { return partition_common(s, a, n, k, true); }

static Object *pad_common(const char *name, Object *self, Object *const *args, size_t nargs, Object *kwnames,
                          int where) {
    Object *wi = Obj_Index(args[0]);
    if (!wi) return NULL;
    ssize_t w = Int_AsSsize(wi);
    DECREF(wi);
    if (w == -1 && Err_Occurred()) return NULL;
    uint8_t fill = ' ';
    if (nargs > 1) {
        Buf f;
        bool byte_string = Bytes_Check(args[1]) || is_bytearray(args[1]);
        if (!byte_string || !get_buf(args[1], &f) || f.n != 1) {
            if (byte_string)
                Err_Format(Exc_TypeError, "%s(): argument 2 must be a byte string of length 1, not a %s object of length %zd",
                           name, TYPE_NAME(args[1]), f.n);
            else
                Err_Format(Exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                           TYPE_NAME(args[1]));
            return NULL;
        }
        fill = f.p[0];
    }
    Buf h;
    get_buf(self, &h);
    ssize_t marg = w - h.n;
    if (marg <= 0) return self_copy(self);
    ssize_t left = where == 0 ? 0 : where == 2 ? marg : marg / 2 + (marg & w & 1);
    uint8_t *d;
    Object *r = new_sized_like(self, w, &d);
    if (!r) return NULL;
    memset(d, fill, (size_t)left);
    memcpy(d + left, h.p, (size_t)h.n);
    memset(d + left + h.n, fill, (size_t)(w - left - h.n));
    return r;
}
static Object *b_ljust(Object *s, Object *const *a, size_t n, Object *k) { return pad_common("ljust", s, a, n, k, 0); }
static Object *b_center(Object *s, Object *const *a, size_t n, Object *k) { return pad_common("center", s, a, n, k, 1); }
static Object *b_rjust(Object *s, Object *const *a, size_t n, Object *k) { return pad_common("rjust", s, a, n, k, 2); }

static Object *b_removeprefix(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buf p, h;
    if (need_buf(args[0], &p) < 0) return NULL;
    get_buf(self, &h);
    if (p.n <= h.n && memcmp(h.p, p.p, (size_t)p.n) == 0) return new_like(self, h.p + p.n, h.n - p.n);
    return self_copy(self);
}

static Object *b_removesuffix(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buf p, h;
    if (need_buf(args[0], &p) < 0) return NULL;
    get_buf(self, &h);
    if (p.n && p.n <= h.n && memcmp(h.p + h.n - p.n, p.p, (size_t)p.n) == 0) return new_like(self, h.p, h.n - p.n);
    return self_copy(self);
}

static Object *b_translate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *const *a = args; /* table, delete */
    Buf table = {NULL, 0}, del = {NULL, 0}, h;
    if (a[0] != OBJ_NONE) {
        if (need_buf(a[0], &table) < 0) return NULL;
        if (table.n != 256) {
            Err_SetString(Exc_ValueError, "translation table must be 256 characters long");
            return NULL;
        }
    }
    if (a[1] && need_buf(a[1], &del) < 0) return NULL;
    get_buf(self, &h);
    uint8_t *d = malloc((size_t)h.n + 1);
    if (!d) return Err_NoMemory();
    ssize_t k = 0;
    for (ssize_t i = 0; i < h.n; i++) {
        uint8_t c = h.p[i];
        if (del.n && memchr(del.p, c, (size_t)del.n)) continue;
        d[k++] = table.p ? table.p[c] : c;
    }
    Object *r = new_like(self, d, k);
    free(d);
    return r;
}

static Object *b_maketrans(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buf f, t;
    if (need_buf(args[0], &f) < 0 || need_buf(args[1], &t) < 0) return NULL;
    if (f.n != t.n) {
        Err_SetString(Exc_ValueError, "maketrans arguments must have same length");
        return NULL;
    }
    uint8_t tab[256];
    for (int i = 0; i < 256; i++) tab[i] = (uint8_t)i;
    for (ssize_t i = 0; i < f.n; i++) tab[f.p[i]] = t.p[i];
    return Bytes_From(tab, 256);
}

static Object *b_getnewargs(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buf h;
    get_buf(self, &h);
    Object *b = Bytes_From(h.p, h.n);
    if (!b) return NULL;
    return Tuple_FromArraySteal(&b, 1);
}

/* bytes % args.  A bytearray format is copied first (the formatting runs
 * code that could change it), and its result copied into a bytearray, as
 * CPython does. */
static Object *b_mod(Object *a, Object *b) {
    if (!Bytes_Check(a) && !is_bytearray(a)) return NEWREF(OBJ_NOTIMPL);
    Buf h;
    get_buf(a, &h);
    Object *fmt = Bytes_Check(a) ? NEWREF(a) : Bytes_From(h.p, h.n);
    if (!fmt) return NULL;
    Object *r = Str_PercentFormatBytes(fmt, b);
    DECREF(fmt);
    if (r && is_bytearray(a)) {
        Object *ba = ByteArray_From(BYTES_DATA(r), BYTES_LEN(r));
        DECREF(r);
        return ba;
    }
    return r;
}

static const MethodDef bytes_methods[] = {
    {"decode", b_decode, 0,
     ARGS("($self, /, encoding='utf-8', errors='strict')",
          "Decode the bytes using the codec registered for encoding.")},
    {"hex", b_hex, 0,
     ARGS("($self, /, sep=<unrepresentable>, bytes_per_sep=1)",
          "Create a string of hexadecimal numbers from a bytes object.")},
    {"fromhex", b_fromhex, METH_CLASS,
     ARGS("($type, string, /)", "Create a bytes object from a string of hexadecimal numbers.")},
    {"join", b_join, 0, ARGS("($self, iterable_of_bytes, /)", "Concatenate any number of bytes objects.")},
    {"split", b_split, 0,
     ARGS("($self, /, sep=None, maxsplit=-1)",
          "Return a list of the sections in the bytes, using sep as the delimiter.")},
    {"rsplit", b_rsplit, 0,
     ARGS("($self, /, sep=None, maxsplit=-1)",
          "Return a list of the sections in the bytes, using sep as the delimiter.")},
    {"splitlines", b_splitlines, 0,
     ARGS("($self, /, keepends=False)", "Return a list of the lines in the bytes, breaking at line boundaries.")},
    {"strip", b_strip, 0,
     ARGS("($self, bytes=None, /)", "Strip leading and trailing bytes contained in the argument.")},
    {"lstrip", b_lstrip, 0, ARGS("($self, bytes=None, /)", "Strip leading bytes contained in the argument.")},
    {"rstrip", b_rstrip, 0, ARGS("($self, bytes=None, /)", "Strip trailing bytes contained in the argument.")},
    {"startswith", b_startswith, 0,
     ARGS("($self, prefix[, start[, end]], /)",
          "Return True if the bytes starts with the specified prefix, False otherwise.")},
    {"endswith", b_endswith, 0,
     ARGS("($self, suffix[, start[, end]], /)",
          "Return True if the bytes ends with the specified suffix, False otherwise.")},
    {"find", b_find, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start,end].")},
    {"rfind", b_rfind, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start,end].")},
    {"index", b_index, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start,end].")},
    {"rindex", b_rindex, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start,end].")},
    {"count", b_count, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the number of non-overlapping occurrences of subsection 'sub' in bytes B[start:end].")},
    {"replace", b_replace, 0,
     ARGS("($self, old, new, count=-1, /)", "Return a copy with all occurrences of substring old replaced by new.")},
    {"upper", b_upper, 0, ARGS("($self, /)", "B.upper() -> copy of B")},
    {"lower", b_lower, 0, ARGS("($self, /)", "B.lower() -> copy of B")},
    {"swapcase", b_swapcase, 0, ARGS("($self, /)", "B.swapcase() -> copy of B")},
    {"capitalize", b_capitalize, 0, ARGS("($self, /)", "B.capitalize() -> copy of B")},
    {"title", b_title, 0, ARGS("($self, /)", "B.title() -> copy of B")},
    {"isalpha", b_isalpha, 0, ARGS("($self, /)", "B.isalpha() -> bool")},
    {"isdigit", b_isdigit, 0, ARGS("($self, /)", "B.isdigit() -> bool")},
    {"isalnum", b_isalnum, 0, ARGS("($self, /)", "B.isalnum() -> bool")},
    {"isspace", b_isspace, 0, ARGS("($self, /)", "B.isspace() -> bool")},
    {"isascii", b_isascii, 0, ARGS("($self, /)", "B.isascii() -> bool")},
    {"isupper", b_isupper, 0, ARGS("($self, /)", "B.isupper() -> bool")},
    {"islower", b_islower, 0, ARGS("($self, /)", "B.islower() -> bool")},
    {"istitle", b_istitle, 0, ARGS("($self, /)", "B.istitle() -> bool")},
    {"expandtabs", b_expandtabs, 0,
     ARGS("($self, /, tabsize=8)", "Return a copy where all tab characters are expanded using spaces.")},
    {"zfill", b_zfill, 0,
     ARGS("($self, width, /)", "Pad a numeric string with zeros on the left, to fill a field of the given width.")},
    {"partition", b_partition, 0,
     ARGS("($self, sep, /)", "Partition the bytes into three parts using the given separator.")},
    {"rpartition", b_rpartition, 0,
     ARGS("($self, sep, /)", "Partition the bytes into three parts using the given separator.")},
    {"ljust", b_ljust, 0,
     ARGS("($self, width, fillchar=b' ', /)", "Return a left-justified string of length width.")},
    {"rjust", b_rjust, 0,
     ARGS("($self, width, fillchar=b' ', /)", "Return a right-justified string of length width.")},
    {"center", b_center, 0, ARGS("($self, width, fillchar=b' ', /)", "Return a centered string of length width.")},
    {"removeprefix", b_removeprefix, 0,
     ARGS("($self, prefix, /)", "Return a bytes object with the given prefix string removed if present.")},
    {"removesuffix", b_removesuffix, 0,
     ARGS("($self, suffix, /)", "Return a bytes object with the given suffix string removed if present.")},
    {"translate", b_translate, 0,
     ARGS("($self, table, /, delete=b'')",
          "Return a copy with each character mapped by the given translation table.")},
    {"maketrans", b_maketrans, METH_STATIC,
     ARGS("(frm, to, /)", "Return a translation table usable for the bytes or bytearray translate method.")},
    {"__getnewargs__", b_getnewargs, 0, ARGS("($self, /)", NULL)},
    {"__buffer__", Buffer_DunderBuffer, 0,
     ARGS_F(ARG_WRAPPER_STYLE, "($self, flags, /)",
            "Return a buffer object that exposes the underlying memory of the object.")},
    {NULL, NULL, 0, NULL},
};

/* ---- bytearray mutation --------------------------------------------------------- */

static Object *ba_append(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int v = byte_value(args[0]);
    if (v < 0) return NULL;
    ByteArray *a = (ByteArray *)self;
    if (ba_resize(a, a->len + 1) < 0) return NULL;
    a->data[a->len - 1] = (uint8_t)v;
    RETURN_NONE;
}

static int ba_extend_with(ByteArray *a, Object *src) {
    Buf b;
    if (get_buf(src, &b)) {
        /* src may be a itself: copy first */
        uint8_t *tmp = malloc((size_t)b.n + 1);
        if (!tmp) {
            Err_NoMemory();
            return -1;
        }
        if (b.n) memcpy(tmp, b.p, (size_t)b.n);
        ssize_t old = a->len;
        int r = ba_resize(a, old + b.n);
        /* an empty bytearray may have no data at all */
        if (r == 0 && b.n) memcpy(a->data + old, tmp, (size_t)b.n);
        free(tmp);
        return r;
    }
    if (TYPE(src)->as_buffer) { /* an exporter that cannot lend contiguous memory */
        Err_Format(Exc_TypeError, "can't set bytearray slice from %s", TYPE_NAME(src));
        return -1;
    }
    if (Str_Check(src)) {
        Err_Format(Exc_TypeError, "expected iterable of integers; got: '%s'", TYPE_NAME(src));
        return -1;
    }
    if (!TYPE(src)->iter && !TYPE(src)->getitem) {
        Err_Format(Exc_TypeError, "can't extend bytearray with %s", TYPE_NAME(src));
        return -1;
    }
    Object *it = Obj_GetIter(src);
    if (!it) return -1;
    Object *v;
    while ((v = Iter_Next(it))) {
        int c = byte_value(v);
        DECREF(v);
        if (c < 0 || ba_resize(a, a->len + 1) < 0) {
            DECREF(it);
            return -1;
        }
        a->data[a->len - 1] = (uint8_t)c;
    }
    DECREF(it);
    return Err_Occurred() ? -1 : 0;
}

static Object *ba_extend(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (ba_extend_with((ByteArray *)self, args[0]) < 0) return NULL;
    RETURN_NONE;
}

static Object *ba_pop(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ByteArray *a = (ByteArray *)self;
    ssize_t i = -1;
    if (nargs && Index_AsSsizeArg(args[0], &i) < 0) return NULL;
    if (a->len == 0) {
        Err_SetString(Exc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (i < 0) i += a->len;
    if (i < 0 || i >= a->len) {
        Err_SetString(Exc_IndexError, "pop index out of range");
        return NULL;
    }
    uint8_t c = a->data[i];
    if (ba_check_resize(a, a->len - 1) < 0) return NULL;
    memmove(a->data + i, a->data + i + 1, (size_t)(a->len - i - 1));
    if (ba_resize(a, a->len - 1) < 0) return NULL;
    return SMALL_FROM(c);
}

static Object *ba_insert(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ByteArray *a = (ByteArray *)self;
    ssize_t i;
    if (Index_AsSsizeArg(args[0], &i) < 0) return NULL;
    int v = byte_value(args[1]);
    if (v < 0) return NULL;
    if (i < 0) {
        i += a->len;
        if (i < 0) i = 0;
    }
    if (i > a->len) i = a->len;
    if (ba_resize(a, a->len + 1) < 0) return NULL;
    memmove(a->data + i + 1, a->data + i, (size_t)(a->len - 1 - i));
    a->data[i] = (uint8_t)v;
    RETURN_NONE;
}

static Object *ba_remove(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int v = byte_value(args[0]);
    if (v < 0) return NULL;
    ByteArray *a = (ByteArray *)self;
    uint8_t *p = a->len ? memchr(a->data, v, (size_t)a->len) : NULL;
    if (!p) {
        Err_SetString(Exc_ValueError, "value not found in bytearray");
        return NULL;
    }
    ssize_t i = p - a->data;
    if (ba_check_resize(a, a->len - 1) < 0) return NULL;
    memmove(a->data + i, a->data + i + 1, (size_t)(a->len - i - 1));
    if (ba_resize(a, a->len - 1) < 0) return NULL;
    RETURN_NONE;
}

static Object *ba_clear(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (ba_resize((ByteArray *)self, 0) < 0) return NULL;
    RETURN_NONE;
}

static Object *ba_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ByteArray *a = (ByteArray *)self;
    return ByteArray_From(a->data, a->len);
}

static Object *ba_reverse(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ByteArray *a = (ByteArray *)self;
    for (ssize_t i = 0, j = a->len - 1; i < j; i++, j--) {
        uint8_t t = a->data[i];
        a->data[i] = a->data[j];
        a->data[j] = t;
    }
    RETURN_NONE;
}

/* Protocols 0-2 have no bytes type: the contents travel as a str decoded
 * as Latin-1 with the codec's name; later ones pass bytes. */
static Object *bytearray_reduction(Object *self, int protocol) {
    ByteArray *ba = (ByteArray *)self;
    Object *call_args;
    if (ba->len == 0) {
        call_args = Tuple_Empty();
    } else if (protocol < 3) {
        Object *text = Str_FromLatin1((const char *)ba->data, ba->len);
        Object *codec = text ? Str_FromUTF8("latin-1", -1) : NULL;
        call_args = codec ? Tuple_Pack(2, text, codec) : NULL;
        XDECREF(text);
        XDECREF(codec);
    } else {
        Object *data = Bytes_From(ba->data, ba->len);
        call_args = data ? Tuple_Pack(1, data) : NULL;
        XDECREF(data);
    }
    return Object_ReduceByCall(self, call_args);
}

static Object *bytearray_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return bytearray_reduction(self, 2);
}

static Object *bytearray_reduce_ex(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int protocol = 0;
    if (nargs > 0 && Arg_AsCInt(args[0], &protocol) < 0) return NULL;
    return bytearray_reduction(self, protocol);
}

static const MethodDef bytearray_methods[] = {
    {"__buffer__", Buffer_DunderBuffer, 0,
     ARGS_F(ARG_WRAPPER_STYLE, "($self, flags, /)",
            "Return a buffer object that exposes the underlying memory of the object.")},
    {"__release_buffer__", MemoryView_DunderReleaseBuffer, 0,
     ARGS_F(ARG_WRAPPER_STYLE, "($self, buffer, /)",
            "Release the buffer object that exposes the underlying memory of the object.")},
    {"__reduce__", bytearray_reduce, 0, ARGS("($self, /)", "Return state information for pickling.")},
    {"__reduce_ex__", bytearray_reduce_ex, 0, ARGS("($self, proto=0, /)", "Return state information for pickling.")},
    {"decode", b_decode, 0,
     ARGS("($self, /, encoding='utf-8', errors='strict')",
          "Decode the bytearray using the codec registered for encoding.")},
    {"hex", b_hex, 0,
     ARGS("($self, /, sep=<unrepresentable>, bytes_per_sep=1)",
          "Create a string of hexadecimal numbers from a bytearray object.")},
    {"fromhex", b_fromhex, METH_CLASS,
     ARGS("($type, string, /)", "Create a bytearray object from a string of hexadecimal numbers.")},
    {"join", b_join, 0, ARGS("($self, iterable_of_bytes, /)", "Concatenate any number of bytes/bytearray objects.")},
    {"split", b_split, 0,
     ARGS("($self, /, sep=None, maxsplit=-1)",
          "Return a list of the sections in the bytearray, using sep as the delimiter.")},
    {"rsplit", b_rsplit, 0,
     ARGS("($self, /, sep=None, maxsplit=-1)",
          "Return a list of the sections in the bytearray, using sep as the delimiter.")},
    {"splitlines", b_splitlines, 0,
     ARGS("($self, /, keepends=False)", "Return a list of the lines in the bytearray, breaking at line boundaries.")},
    {"strip", b_strip, 0,
     ARGS("($self, bytes=None, /)", "Strip leading and trailing bytes contained in the argument.")},
    {"lstrip", b_lstrip, 0, ARGS("($self, bytes=None, /)", "Strip leading bytes contained in the argument.")},
    {"rstrip", b_rstrip, 0, ARGS("($self, bytes=None, /)", "Strip trailing bytes contained in the argument.")},
    {"startswith", b_startswith, 0,
     ARGS("($self, prefix[, start[, end]], /)",
          "Return True if the bytearray starts with the specified prefix, False otherwise.")},
    {"endswith", b_endswith, 0,
     ARGS("($self, suffix[, start[, end]], /)",
          "Return True if the bytearray ends with the specified suffix, False otherwise.")},
    {"find", b_find, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end].")},
    {"rfind", b_rfind, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end].")},
    {"index", b_index, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end].")},
    {"rindex", b_rindex, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end].")},
    {"count", b_count, 0,
     ARGS("($self, sub[, start[, end]], /)",
          "Return the number of non-overlapping occurrences of subsection 'sub' in bytes B[start:end].")},
    {"replace", b_replace, 0,
     ARGS("($self, old, new, count=-1, /)", "Return a copy with all occurrences of substring old replaced by new.")},
    {"upper", b_upper, 0, ARGS("($self, /)", "B.upper() -> copy of B")},
    {"lower", b_lower, 0, ARGS("($self, /)", "B.lower() -> copy of B")},
    {"swapcase", b_swapcase, 0, ARGS("($self, /)", "B.swapcase() -> copy of B")},
    {"capitalize", b_capitalize, 0, ARGS("($self, /)", "B.capitalize() -> copy of B")},
    {"title", b_title, 0, ARGS("($self, /)", "B.title() -> copy of B")},
    {"isalpha", b_isalpha, 0, ARGS("($self, /)", "B.isalpha() -> bool")},
    {"isdigit", b_isdigit, 0, ARGS("($self, /)", "B.isdigit() -> bool")},
    {"isalnum", b_isalnum, 0, ARGS("($self, /)", "B.isalnum() -> bool")},
    {"isspace", b_isspace, 0, ARGS("($self, /)", "B.isspace() -> bool")},
    {"isascii", b_isascii, 0, ARGS("($self, /)", "B.isascii() -> bool")},
    {"isupper", b_isupper, 0, ARGS("($self, /)", "B.isupper() -> bool")},
    {"islower", b_islower, 0, ARGS("($self, /)", "B.islower() -> bool")},
    {"istitle", b_istitle, 0, ARGS("($self, /)", "B.istitle() -> bool")},
    {"expandtabs", b_expandtabs, 0,
     ARGS("($self, /, tabsize=8)", "Return a copy where all tab characters are expanded using spaces.")},
    {"zfill", b_zfill, 0,
     ARGS("($self, width, /)", "Pad a numeric string with zeros on the left, to fill a field of the given width.")},
    {"partition", b_partition, 0,
     ARGS("($self, sep, /)", "Partition the bytearray into three parts using the given separator.")},
    {"rpartition", b_rpartition, 0,
     ARGS("($self, sep, /)", "Partition the bytearray into three parts using the given separator.")},
    {"ljust", b_ljust, 0,
     ARGS("($self, width, fillchar=b' ', /)", "Return a left-justified string of length width.")},
    {"rjust", b_rjust, 0,
     ARGS("($self, width, fillchar=b' ', /)", "Return a right-justified string of length width.")},
    {"center", b_center, 0, ARGS("($self, width, fillchar=b' ', /)", "Return a centered string of length width.")},
    {"removeprefix", b_removeprefix, 0,
     ARGS("($self, prefix, /)", "Return a bytearray with the given prefix string removed if present.")},
    {"removesuffix", b_removesuffix, 0,
     ARGS("($self, suffix, /)", "Return a bytearray with the given suffix string removed if present.")},
    {"translate", b_translate, 0,
     ARGS("($self, table, /, delete=b'')",
          "Return a copy with each character mapped by the given translation table.")},
    {"maketrans", b_maketrans, METH_STATIC,
     ARGS("(frm, to, /)", "Return a translation table usable for the bytes or bytearray translate method.")},
    {"append", ba_append, 0, ARGS("($self, item, /)", "Append a single item to the end of the bytearray.")},
    {"extend", ba_extend, 0,
     ARGS("($self, iterable_of_ints, /)",
          "Append all the items from the iterator or sequence to the end of the bytearray.")},
    {"pop", ba_pop, 0, ARGS("($self, index=-1, /)", "Remove and return a single item from B.")},
    {"insert", ba_insert, 0,
     ARGS("($self, index, item, /)", "Insert a single item into the bytearray before the given index.")},
    {"remove", ba_remove, 0, ARGS("($self, value, /)", "Remove the first occurrence of a value in the bytearray.")},
    {"clear", ba_clear, 0, ARGS("($self, /)", "Remove all items from the bytearray.")},
    {"copy", ba_copy, 0, ARGS("($self, /)", "Return a copy of B.")},
    {"reverse", ba_reverse, 0, ARGS("($self, /)", "Reverse the order of the values in B in place.")},
    {NULL, NULL, 0, NULL},
};

static int ba_setitem(Object *self, Object *key, Object *value) {
    ByteArray *a = (ByteArray *)self;
    if (Int_Check(key) || (TYPE(key) != &Slice_Type && TYPE(key)->nb_index)) {
        ssize_t i = Text_Index(key);
        if (i == -1 && Err_Occurred()) return -1;
        if (i < 0) i += a->len;
        if (i < 0 || i >= a->len) {
            Err_SetString(Exc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (!value) {
            if (ba_check_resize(a, a->len - 1) < 0) return -1;
            memmove(a->data + i, a->data + i + 1, (size_t)(a->len - i - 1));
            return ba_resize(a, a->len - 1);
        }
        int v = byte_value(value);
        if (v < 0) return -1;
        a->data[i] = (uint8_t)v;
        return 0;
    }
    if (TYPE(key) != &Slice_Type) {
        Err_Format(Exc_TypeError, "bytearray indices must be integers or slices, not %s", TYPE_NAME(key));
        return -1;
    }
    ssize_t start, stop, step, count;
    if (Slice_Indices(key, a->len, &start, &stop, &step, &count) < 0) return -1;
    /* the replacement bytes */
    ByteBuf rep = {0};
    if (value) {
        Buf vb;
        if (get_buf(value, &vb)) {
            if (ByteBuf_Put(&rep, vb.p, vb.n) < 0) return -1;
        } else if (Buffer_Check(value)) { /* a strided view: copied in order */
            if (put_buffer(&rep, value) < 0) {
                ByteBuf_Free(&rep);
                return -1;
            }
        } else if (Int_Check(value) || Str_Check(value) || (!TYPE(value)->iter && !TYPE(value)->getitem)) {
            Err_SetString(Exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        } else {
            ByteArray tmp = {{1, &ByteArray_Type}, 0, 0, NULL};
            if (ba_extend_with(&tmp, value) < 0) {
                free(tmp.data);
                return -1;
            }
            int r = ByteBuf_Put(&rep, tmp.data, tmp.len);
            free(tmp.data);
            if (r < 0) return -1;
        }
    }
    ssize_t nrep = (ssize_t)rep.len;
    int rc = 0;
    if (step == 1) {
        ssize_t old = a->len, tail = old - (start + count);
        if (nrep > count) {
            if (ba_resize(a, old + nrep - count) < 0) { rc = -1; goto done; }
            if (tail) memmove(a->data + start + nrep, a->data + start + count, (size_t)tail);
        } else {
            if (ba_check_resize(a, old + nrep - count) < 0) { rc = -1; goto done; }
            /* an empty bytearray may have no storage at all */
            if (tail) memmove(a->data + start + nrep, a->data + start + count, (size_t)tail);
            if (ba_resize(a, old + nrep - count) < 0) { rc = -1; goto done; }
        }
        if (nrep) memcpy(a->data + start, rep.data, (size_t)nrep);
    } else if (!value) {
        /* delete an extended slice: keep the bytes not selected */
        if (ba_check_resize(a, a->len - count) < 0) { rc = -1; goto done; }
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        ssize_t w = 0;
        for (ssize_t i = 0, k = 0; i < a->len; i++) {
            if (k < count && i == start + k * step) {
                k++;
                continue;
            }
            a->data[w++] = a->data[i];
        }
        rc = ba_resize(a, w);
    } else {
        if (nrep != count) {
            Err_Format(Exc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd", nrep,
                       count);
            rc = -1;
            goto done;
        }
        for (ssize_t k = 0; k < count; k++) a->data[start + k * step] = rep.data[k];
    }
done:
    ByteBuf_Free(&rep);
    return rc;
}

static Object *ba_iadd(Object *self, Object *other) {
    Buf b;
    if (!get_buf(other, &b)) {
        Err_Format(Exc_TypeError, "can't concat %s to %s", TYPE_NAME(other), TYPE_NAME(self));
        return NULL;
    }
    if (ba_extend_with((ByteArray *)self, other) < 0) return NULL;
    return NEWREF(self);
}

static Object *ba_imul(Object *self, Object *other) {
    if (!Int_Check(other) && !TYPE(other)->nb_index) return NEWREF(OBJ_NOTIMPL);
    ssize_t n;
    if (Index_AsSsize(other, Exc_OverflowError, &n) < 0) return NULL;
    ByteArray *a = (ByteArray *)self;
    if (n <= 0) {
        if (ba_resize(a, 0) < 0) return NULL;
        return NEWREF(self);
    }
    ssize_t len = a->len;
    if (len && n > ((ssize_t)1 << 60) / len) return Err_NoMemory();
    if (ba_resize(a, len * n) < 0) return NULL;
    for (ssize_t i = 1; i < n; i++) memcpy(a->data + i * len, a->data, (size_t)len);
    return NEWREF(self);
}

/* ---- the buffers they lend ------------------------------------------------------ */

static int bytes_getbuf(Object *o, BufferView *view, int flags) {
    if (flags & BUFFER_WRITABLE) {
        Err_SetString(Exc_BufferError, "Object is not writable.");
        return -1;
    }
    Buffer_FillBytes(view, o, BYTES_DATA(o), BYTES_LEN(o), true);
    return 0;
}

static int bytearray_getbuf(Object *o, BufferView *view, int flags) {
    ByteArray *a = (ByteArray *)o;
    static uint8_t empty[1];
    Buffer_FillBytes(view, o, a->data ? a->data : empty, a->len, false);
    a->exports++;
    return 0;
}

static void bytearray_releasebuf(Object *o, BufferView *view) { ((ByteArray *)o)->exports--; }

static const BufferProcs bytes_as_buffer = {bytes_getbuf, NULL};
static const BufferProcs bytearray_as_buffer = {bytearray_getbuf, bytearray_releasebuf};

/* ---- types ------------------------------------------------------------------ */

static hash_t bytes_hash(Object *o) { return Bytes_Hash(o); }

Type Bytes_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "bytes",
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(source=b'', encoding='utf-8', errors='strict')", NULL),
    .basicsize = sizeof(Bytes),
    .flags = TPFLAG_BASETYPE | TPFLAG_BYTES_SUBCLASS | TPFLAG_LEAF,
    .dealloc = bytes_dealloc,
    .repr = Bytes_Repr,
    .str = bytes_str,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .nb = {[NB_REMAINDER] = b_mod},
    .sq_concat = bytes_concat, .sq_repeat = bytes_repeat,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .new_ = bytes_new,
    .methods = bytes_methods,
    .var_extra = Bytes_ExtraOffset,
    .as_buffer = &bytes_as_buffer,
};

Type ByteArray_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "bytearray",
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(source=b'', encoding='utf-8', errors='strict')", NULL),
    .basicsize = sizeof(ByteArray),
    .flags = TPFLAG_BASETYPE,
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .str = bytearray_str,
    .hash = Obj_HashNotImplemented,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .nb = {[NB_REMAINDER] = b_mod},
    .sq_concat = bytes_concat, .sq_repeat = bytes_repeat, .sq_inplace_concat = ba_iadd, .sq_inplace_repeat = ba_imul,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .setitem = ba_setitem,
    .contains = bytes_contains,
    .new_ = bytearray_new,
    .init = bytearray_init,
    .methods = bytearray_methods,
    .as_buffer = &bytearray_as_buffer,
};
