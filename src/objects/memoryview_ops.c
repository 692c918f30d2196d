/* memoryview: casts, conversions to bytes, lists and hex text, value
 * comparison and hashing, count and index. */
#include "abstract.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview_impl.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/err.h"
#include "runtime/hash.h"
#include "runtime/mem.h"
#include "runtime/packitem.h"
#include <stdlib.h>
#include <string.h>

#define LIVE_OR_NULL(o)                                          \
    MemoryView *m = (MemoryView *)(o);                           \
    if (MV_CheckLive(m) < 0) return NULL

/* ---- bytes in C or Fortran order ------------------------------------------------- */

/* Copies the items of v to *dst with the last dimension varying fastest
 * (C order) or the first (Fortran order). */
static void gather(const BufferView *v, bool fortran, int level, const char *src, char **dst) {
    int dim = fortran ? v->ndim - 1 - level : level;
    for (ssize_t i = 0; i < v->shape[dim]; i++, src += v->strides[dim]) {
        if (level == v->ndim - 1) {
            memcpy(*dst, src, (size_t)v->itemsize);
            *dst += v->itemsize;
        } else gather(v, fortran, level + 1, src, dst);
    }
}

static Object *bytes_in_order(MemoryView *m, char order) {
    BufferView v;
    MV_AsView(m, &v);
    Object *r = Bytes_From(NULL, m->len);
    if (!r || m->len == 0) return r;
    bool fortran = order == 'F' || (order == 'A' && Buffer_IsFContiguous(&v) && !Buffer_IsCContiguous(&v));
    if (!fortran || m->ndim <= 1) Buffer_CopyOut(&v, BYTES_DATA(r));
    else {
        char *d = (char *)BYTES_DATA(r);
        gather(&v, true, 0, v.buf, &d);
    }
    return r;
}

Object *MV_ToBytes(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    LIVE_OR_NULL(self);
    char order = 'C';
    Object *o = nargs > 0 ? args[0] : NULL;
    if (o && o != OBJ_NONE) {
        if (!Str_Check(o)) {
            Err_Format(Exc_TypeError, "tobytes() argument 'order' must be str or None, not %s", TYPE_NAME(o));
            return NULL;
        }
        const char *s = Str_AsUTF8(o, NULL);
        if (!s) return NULL;
        if (strcmp(s, "C") != 0 && strcmp(s, "F") != 0 && strcmp(s, "A") != 0) {
            Err_SetString(Exc_ValueError, "order must be 'C', 'F' or 'A'");
            return NULL;
        }
        order = s[0];
    }
    return bytes_in_order(m, order);
}

Object *MV_Hex(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    LIVE_OR_NULL(self);
    Object *b = bytes_in_order(m, 'C');
    if (!b) return NULL;
    Object *r = Bytes_HexMethod(b, args, nargs, kwnames);
    DECREF(b);
    return r;
}

/* ---- lists ------------------------------------------------------------------------- */

static Object *list_dim(MemoryView *m, int dim, const char *p) {
    Object *l = List_New(0);
    if (!l) return NULL;
    for (ssize_t i = 0; i < m->shape[dim]; i++, p += m->strides[dim]) {
        Object *x = dim == m->ndim - 1 ? MV_Unpack(m, p) : list_dim(m, dim + 1, p);
        if (!x || List_AppendSteal(l, x) < 0) {
            DECREF(l);
            return NULL;
        }
    }
    return l;
}

Object *MV_ToList(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    LIVE_OR_NULL(self);
    if (!MV_Code(m)) {
        Err_Format(Exc_NotImplementedError, "memoryview: format %s not supported", m->format);
        return NULL;
    }
    if (m->ndim == 0) return MV_Unpack(m, m->buf);
    return list_dim(m, 0, m->buf);
}

/* ---- cast -------------------------------------------------------------------------- */

static bool is_byte_code(char c) { return c == 'B' || c == 'b' || c == 'c'; }

/* The dimensions of a cast's shape argument (a list or a tuple) into dims[] (*ndim of them);
 * their product in *count.  -1 raised. */
static int cast_shape(Object *shape, ssize_t *dims, int *ndim, ssize_t *count) {
    ssize_t n = List_Check(shape) ? LIST_LEN(shape) : TUPLE_LEN(shape); /* not a subclass's __len__ */
    if (n > BUFFER_MAXDIM) {
        Err_SetString(Exc_ValueError, "memoryview: number of dimensions must not exceed 64");
        return -1;
    }
    Object *const *items = List_Check(shape) ? LIST_ITEMS(shape) : TUPLE_ITEMS(shape);
    ssize_t product = 1;
    for (ssize_t i = 0; i < n; i++) {
        if (!Int_Check(items[i])) {
            Err_SetString(Exc_TypeError, "memoryview.cast(): elements of shape must be integers");
            return -1;
        }
        ssize_t d = Int_AsSsize(items[i]);
        if (d == -1 && Err_Occurred()) return -1;
        if (d <= 0) {
            Err_SetString(Exc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            return -1;
        }
        if (product > SSIZE_MAX / d) {
            Err_SetString(Exc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            return -1;
        }
        product *= d;
        dims[i] = d;
    }
    *ndim = (int)n;
    *count = product;
    return 0;
}

Object *MV_Cast(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    LIVE_OR_NULL(self);
    Object *fmt = args[0], *shape = nargs > 1 ? args[1] : NULL;
    if (!Str_Check(fmt)) {
        Err_Format(Exc_TypeError, "cast() argument 'format' must be str, not %s",
                   fmt == OBJ_NONE ? "None" : TYPE_NAME(fmt));
        return NULL;
    }
    BufferView v;
    MV_AsView(m, &v);
    if (!Buffer_IsCContiguous(&v)) {
        Err_SetString(Exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
        return NULL;
    }
    if (shape && !List_Check(shape) && !Tuple_Check(shape)) {
        Err_SetString(Exc_TypeError, "shape must be a list or a tuple");
        return NULL;
    }
    if (shape && m->ndim != 1 && (List_Check(shape) ? LIST_LEN(shape) : TUPLE_LEN(shape)) != 1) {
        Err_SetString(Exc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
        return NULL;
    }
    if (shape) {
        for (int i = 0; i < m->ndim; i++)
            if (m->shape[i] == 0 || m->strides[i] == 0) {
                Err_SetString(Exc_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
                return NULL;
            }
    }
    /* read as an ASCII C string, as CPython does: "B\0x" is "B" */
    Object *ascii = Str_Encode(fmt, "ascii", NULL);
    if (!ascii) return NULL;
    char f[4] = {0};
    strncpy(f, (const char *)BYTES_DATA(ascii), 3);
    bool short_enough = strlen((const char *)BYTES_DATA(ascii)) <= 2;
    DECREF(ascii);
    char code = short_enough ? PackItem_NativeCode(f) : 0;
    if (!code) {
        Err_SetString(Exc_ValueError,
                      "memoryview: destination format must be a native single character format prefixed with an optional '@'");
        return NULL;
    }
    if (!is_byte_code(MV_Code(m)) && !is_byte_code(code)) {
        Err_SetString(Exc_TypeError, "memoryview: cannot cast between two non-byte formats");
        return NULL;
    }
    ssize_t itemsize = PackItem_Size(code);
    if (m->len % itemsize) { /* checked first, with or without a shape */
        Err_SetString(Exc_TypeError, "memoryview: length is not a multiple of itemsize");
        return NULL;
    }
    ssize_t dims[BUFFER_MAXDIM];
    int ndim = 1;
    if (shape) {
        ssize_t count;
        if (cast_shape(shape, dims, &ndim, &count) < 0) return NULL;
        if (count > SSIZE_MAX / itemsize || count * itemsize != m->len) {
            Err_SetString(Exc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
            return NULL;
        }
    } else dims[0] = m->len / itemsize;
    MemoryView *r = MV_Copy(m);
    if (!r) return NULL;
    memcpy(r->fmt_store, f, strlen(f) + 1);
    r->format = r->fmt_store;
    r->itemsize = itemsize;
    r->ndim = ndim;
    ssize_t stride = itemsize;
    for (int i = ndim - 1; i >= 0; i--) {
        r->shape[i] = dims[i];
        r->strides[i] = stride;
        stride *= dims[i];
    }
    return (Object *)r;
}

/* ---- comparison and hashing -------------------------------------------------------- */

/* Walks two views of the same shape item by item: 1 all equal, 0 not, -1 error. */
static int equal_dim(const BufferView *a, char ca, const char *pa, const BufferView *b, char cb, const char *pb,
                     int dim) {
    bool last = dim >= a->ndim - 1;
    ssize_t n = a->ndim == 0 ? 1 : a->shape[dim];
    for (ssize_t i = 0; i < n; i++) {
        int r;
        if (a->ndim == 0 || last) {
            if (ca == cb && ca != 'f' && ca != 'd' && ca != 'e' && ca != '?') {
                r = memcmp(pa, pb, (size_t)a->itemsize) == 0;
            } else {
                Object *x = PackItem_Unpack(ca, pa), *y = x ? PackItem_Unpack(cb, pb) : NULL;
                r = y ? Obj_RichCompareBool(x, y, CMP_EQ) : -1;
                XDECREF(x);
                XDECREF(y);
            }
        } else r = equal_dim(a, ca, pa, b, cb, pb, dim + 1);
        if (r != 1) return r;
        if (a->ndim > 0) {
            pa += a->strides[dim];
            pb += b->strides[dim];
        }
    }
    return 1;
}

static int views_equal(const BufferView *a, const BufferView *b) {
    if (a->ndim != b->ndim) return 0;
    for (int i = 0; i < a->ndim; i++)
        if (a->shape[i] != b->shape[i]) return 0;
    for (int i = 0; i < a->ndim; i++)
        if (a->shape[i] == 0) return 1;
    char ca = PackItem_NativeCode(a->format ? a->format : "B");
    char cb = PackItem_NativeCode(b->format ? b->format : "B");
    if (!ca || !cb) return 0; /* formats memoryview cannot read: never equal */
    return equal_dim(a, ca, a->buf, b, cb, b->buf, 0);
}

Object *MV_RichCompare(Object *a, Object *b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return NEWREF(OBJ_NOTIMPL);
    MemoryView *m = (MemoryView *)a;
    if (!MemoryView_Check(b) && !Buffer_Check(b)) return NEWREF(OBJ_NOTIMPL);
    int eq;
    if (!m->mbuf || (MemoryView_Check(b) && !((MemoryView *)b)->mbuf)) eq = a == b; /* released */
    else {
        BufferView va, vb;
        MV_AsView(m, &va);
        if (Buffer_Get(b, &vb, BUFFER_FULL_RO) < 0) {
            Err_Clear();
            return NEWREF(OBJ_NOTIMPL);
        }
        if (!m->mbuf) { /* a class's __buffer__ released m */
            Buffer_Release(&vb);
            return NEWREF(Bool_From(op == CMP_NE));
        }
        eq = views_equal(&va, &vb);
        Buffer_Release(&vb);
        if (eq < 0) return NULL;
    }
    return NEWREF(Bool_From(op == CMP_EQ ? eq : !eq));
}

hash_t MV_Hash(Object *self) {
    MemoryView *m = (MemoryView *)self;
    if (m->hash != -1) return m->hash;
    if (MV_CheckLive(m) < 0) return -1;
    if (!m->readonly) {
        Err_SetString(Exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!is_byte_code(MV_Code(m))) {
        Err_SetString(Exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    /* a view of unhashable memory (a bytearray's) is unhashable too */
    Object *obj = m->mbuf->base.obj;
    if (obj != OBJ_NONE && Obj_Hash(obj) == -1) return -1;
    Object *b = bytes_in_order(m, 'C');
    if (!b) return -1;
    m->hash = Bytes_Hash(b);
    DECREF(b);
    return m->hash;
}

/* ---- count and index --------------------------------------------------------------- */

/* The first dimension's items, for count and index: -1 raised for views
 * that have none to offer. */
static int one_dim(MemoryView *m, const char *multi) {
    if (MV_CheckLive(m) < 0) return -1;
    if (m->ndim == 0) {
        Err_SetString(Exc_TypeError, "invalid lookup on 0-dim memory");
        return -1;
    }
    if (m->ndim != 1) {
        Err_SetString(Exc_NotImplementedError, multi);
        return -1;
    }
    return 0;
}

Object *MV_Count(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    MemoryView *m = (MemoryView *)self;
    if (one_dim(m, "multi-dimensional sub-views are not implemented") < 0) return NULL;
    ssize_t count = 0;
    for (ssize_t i = 0; i < m->shape[0]; i++) {
        if (MV_CheckLive(m) < 0) return NULL; /* a comparison may have released it */
        Object *x = MV_Unpack(m, m->buf + i * m->strides[0]);
        if (!x) return NULL;
        int r = Obj_RichCompareBool(x, args[0], CMP_EQ);
        DECREF(x);
        if (r < 0) return NULL;
        count += r;
    }
    return Int_FromI64(count);
}

Object *MV_Index(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    MemoryView *m = (MemoryView *)self;
    if (one_dim(m, "multi-dimensional lookup is not implemented") < 0) return NULL;
    ssize_t start, stop;
    if (Seq_IndexBounds(args, nargs, m->shape[0], &start, &stop) < 0) return NULL;
    for (ssize_t i = start; i < stop && i < m->shape[0]; i++) {
        if (MV_CheckLive(m) < 0) return NULL;
        Object *x = MV_Unpack(m, m->buf + i * m->strides[0]);
        if (!x) return NULL;
        int r = Obj_RichCompareBool(x, args[0], CMP_EQ);
        DECREF(x);
        if (r < 0) return NULL;
        if (r) return Int_FromI64(i);
    }
    Err_SetString(Exc_ValueError, "memoryview.index(x): x not found");
    return NULL;
}
