/* memoryview: the object, the export it stands on (see ManagedBuf in
 * memoryview_impl.h), the buffers it lends in turn, its attributes,
 * indexing and item assignment, and iteration.  Casts, conversions and
 * comparison are in memoryview_ops.c. */
#include "abstract.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/iterbase.h"
#include "objects/memoryview_impl.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typing.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/mem.h"
#include "runtime/packitem.h"
#include <stdlib.h>
#include <string.h>

/* ---- the shared export ------------------------------------------------------------- */

static void mbuf_drop(ManagedBuf *mb) {
    if (--mb->refs > 0) return;
    Buffer_Release(&mb->base);
    free(mb);
}

static MemoryView *mv_alloc(ManagedBuf *mb) {
    MemoryView *m = (MemoryView *)Obj_Alloc(&MemoryView_Type, sizeof(MemoryView));
    if (!m) return NULL;
    m->mbuf = mb;
    mb->refs++;
    m->hash = -1;
    return m;
}

int MV_CheckLive(MemoryView *m) {
    if (m->mbuf) return 0;
    Err_SetString(Exc_ValueError, "operation forbidden on released memoryview object");
    return -1;
}

static void copy_layout(MemoryView *dst, MemoryView *src) {
    dst->buf = src->buf;
    dst->len = src->len;
    dst->itemsize = src->itemsize;
    dst->readonly = src->readonly;
    dst->ndim = src->ndim;
    memcpy(dst->fmt_store, src->fmt_store, sizeof dst->fmt_store);
    dst->format = src->format == src->fmt_store ? dst->fmt_store : src->format;
    memcpy(dst->shape, src->shape, sizeof(ssize_t) * (size_t)src->ndim);
    memcpy(dst->strides, src->strides, sizeof(ssize_t) * (size_t)src->ndim);
}

MemoryView *MV_Copy(MemoryView *m) {
    MemoryView *r = mv_alloc(m->mbuf);
    if (r) copy_layout(r, m);
    return r;
}

Object *MemoryView_FromObject(Object *o) { return MemoryView_FromObjectFlags(o, BUFFER_FULL_RO); }

Object *MemoryView_FromObjectFlags(Object *o, int flags) {
    if (MemoryView_Check(o) && flags == BUFFER_FULL_RO) {
        MemoryView *m = (MemoryView *)o;
        return MV_CheckLive(m) < 0 ? NULL : (Object *)MV_Copy(m);
    }
    if (!Buffer_Check(o)) {
        Err_Format(Exc_TypeError, "memoryview: a bytes-like object is required, not '%s'", TYPE_NAME(o));
        return NULL;
    }
    ManagedBuf *mb = Mem_RawAlloc(sizeof *mb);
    if (!mb) return Err_NoMemory();
    mb->refs = 0;
    if (Buffer_Get(o, &mb->base, flags) < 0) {
        free(mb);
        return NULL;
    }
    BufferView *v = &mb->base;
    if (v->ndim < 0 || v->ndim > BUFFER_MAXDIM) {
        Buffer_Release(v);
        free(mb);
        Err_SetString(Exc_ValueError, "memoryview: number of dimensions must not exceed 64");
        return NULL;
    }
    MemoryView *m = mv_alloc(mb);
    if (!m) {
        Buffer_Release(v);
        free(mb);
        return NULL;
    }
    m->buf = v->buf;
    m->len = v->len;
    m->itemsize = v->itemsize;
    m->readonly = v->readonly;
    m->ndim = v->ndim;
    m->format = v->format ? v->format : "B";
    memcpy(m->shape, v->shape, sizeof(ssize_t) * (size_t)v->ndim);
    memcpy(m->strides, v->strides, sizeof(ssize_t) * (size_t)v->ndim);
    return (Object *)m;
}

void MV_AsView(MemoryView *m, BufferView *v) {
    v->obj = NULL;
    v->buf = m->buf;
    v->len = m->len;
    v->itemsize = m->itemsize;
    v->readonly = m->readonly;
    v->ndim = m->ndim;
    v->format = m->format;
    v->shape = m->shape;
    v->strides = m->strides;
    v->internal = NULL;
}

char MV_Code(MemoryView *m) { return PackItem_NativeCode(m->format); }

Object *MV_Unpack(MemoryView *m, const char *p) {
    char code = MV_Code(m);
    if (!code) {
        Err_Format(Exc_NotImplementedError, "memoryview: format %s not supported", m->format);
        return NULL;
    }
    return PackItem_Unpack(code, p);
}

/* Stores v in the item at p, with memoryview's wording of a refusal.  The
 * value is converted first (its __index__ or __float__ may release m) and
 * stored only if m is still alive. */
static int mv_pack(MemoryView *m, char *p, Object *v) {
    char code = MV_Code(m);
    if (!code) {
        Err_Format(Exc_NotImplementedError, "memoryview: format %s not supported", m->format);
        return -1;
    }
    char item[16];
    switch (PackItem_Pack(code, item, v)) {
    case PACK_OK:
        if (MV_CheckLive(m) < 0) return -1;
        memcpy(p, item, (size_t)m->itemsize);
        return 0;
    case PACK_BAD_TYPE: Err_Format(Exc_TypeError, "memoryview: invalid type for format '%c'", code); return -1;
    case PACK_BAD_VALUE: Err_Format(Exc_ValueError, "memoryview: invalid value for format '%c'", code); return -1;
    default: return -1;
    }
}

/* ---- construction, release, lending ------------------------------------------------ */

static Object *mv_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[1] = {NULL};
    if (Arg_Unpack(t->args, "memoryview", args, nargs, kwnames, a) < 0) return NULL;
    return MemoryView_FromObject(a[0]);
}

static void mv_dealloc(Object *o) {
    Weak_ClearOnDealloc(o);
    MemoryView *m = (MemoryView *)o;
    if (m->mbuf) mbuf_drop(m->mbuf);
    Obj_Free(o);
}

static int mv_release_now(MemoryView *m) {
    if (m->exports > 0) {
        Err_Format(Exc_BufferError, "memoryview has %zd exported buffer%s", m->exports, m->exports == 1 ? "" : "s");
        return -1;
    }
    if (m->mbuf) {
        ManagedBuf *mb = m->mbuf;
        m->mbuf = NULL;
        mbuf_drop(mb);
    }
    return 0;
}

static Object *mv_release(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return mv_release_now((MemoryView *)self) < 0 ? NULL : OBJ_NONE;
}

static Object *mv_enter(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return MV_CheckLive((MemoryView *)self) < 0 ? NULL : NEWREF(self);
}

static Object *mv_exit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return mv_release(self, NULL, 0, NULL);
}

static int mv_getbuf(Object *o, BufferView *view, int flags) {
    MemoryView *m = (MemoryView *)o;
    if (MV_CheckLive(m) < 0) return -1;
    if ((flags & BUFFER_WRITABLE) && m->readonly) {
        Err_SetString(Exc_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    MV_AsView(m, view);
    if (!(flags & BUFFER_STRIDES_BIT) && !Buffer_IsCContiguous(view)) {
        Err_SetString(Exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    view->obj = NEWREF(o);
    m->exports++;
    return 0;
}

static void mv_releasebuf(Object *o, BufferView *view) { ((MemoryView *)o)->exports--; }

static const BufferProcs mv_as_buffer = {mv_getbuf, mv_releasebuf};

static Object *mv_toreadonly(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    MemoryView *m = (MemoryView *)self;
    if (MV_CheckLive(m) < 0) return NULL;
    MemoryView *r = MV_Copy(m);
    if (r) r->readonly = true;
    return (Object *)r;
}

/* ---- attributes -------------------------------------------------------------------- */

#define LIVE_OR_NULL(o)                                          \
    MemoryView *m = (MemoryView *)(o);                           \
    if (MV_CheckLive(m) < 0) return NULL

static Object *sizes_tuple(const ssize_t *v, int n) {
    Object *t = Tuple_New(n);
    if (!t) return NULL;
    for (int i = 0; i < n; i++) {
        Object *x = Int_FromI64(v[i]);
        if (!x) {
            DECREF(t);
            return NULL;
        }
        TUPLE_ITEMS(t)[i] = x;
    }
    return t;
}

static Object *mv_get_obj(Object *o) { LIVE_OR_NULL(o); return NEWREF(m->mbuf->base.obj); }
static Object *mv_get_nbytes(Object *o) { LIVE_OR_NULL(o); return Int_FromI64(m->len); }
static Object *mv_get_readonly(Object *o) { LIVE_OR_NULL(o); return NEWREF(Bool_From(m->readonly)); }
static Object *mv_get_itemsize(Object *o) { LIVE_OR_NULL(o); return Int_FromI64(m->itemsize); }
static Object *mv_get_format(Object *o) { LIVE_OR_NULL(o); return Str_FromUTF8(m->format, -1); }
static Object *mv_get_ndim(Object *o) { LIVE_OR_NULL(o); return Int_FromI64(m->ndim); }
static Object *mv_get_shape(Object *o) { LIVE_OR_NULL(o); return sizes_tuple(m->shape, m->ndim); }
static Object *mv_get_strides(Object *o) { LIVE_OR_NULL(o); return sizes_tuple(m->strides, m->ndim); }
static Object *mv_get_suboffsets(Object *o) { LIVE_OR_NULL(o); return Tuple_Empty(); }

static Object *mv_contiguity(Object *o, bool c, bool f) {
    LIVE_OR_NULL(o);
    BufferView v;
    MV_AsView(m, &v);
    return NEWREF(Bool_From((c && Buffer_IsCContiguous(&v)) || (f && Buffer_IsFContiguous(&v))));
}
static Object *mv_get_c_contiguous(Object *o) { return mv_contiguity(o, true, false); }
static Object *mv_get_f_contiguous(Object *o) { return mv_contiguity(o, false, true); }
static Object *mv_get_contiguous(Object *o) { return mv_contiguity(o, true, true); }

static Object *mv_repr(Object *o) {
    return Str_FromFormat(((MemoryView *)o)->mbuf ? "<memory at %p>" : "<released memory at %p>", (void *)o);
}

/* ---- indexing ---------------------------------------------------------------------- */

static ssize_t mv_len(Object *o) {
    MemoryView *m = (MemoryView *)o;
    if (MV_CheckLive(m) < 0) return -1;
    if (m->ndim == 0) {
        Err_SetString(Exc_TypeError, "0-dim memory has no length");
        return -1;
    }
    return m->shape[0];
}

/* The address of item i along dimension dim, from base; -1 IndexError. */
static int step_to(MemoryView *m, int dim, Object *key, char **p) {
    ssize_t i;
    if (Index_AsSsize(key, Exc_IndexError, &i) < 0) return -1;
    if (i < 0) i += m->shape[dim];
    if (i < 0 || i >= m->shape[dim]) {
        Err_Format(Exc_IndexError, "index out of bounds on dimension %d", dim + 1);
        return -1;
    }
    *p += i * m->strides[dim];
    return 0;
}

/* What a key selects (resolve_key). */
enum { KEY_ITEM, KEY_SLICE, KEY_SELF };

static int all_of(Object *tuple, bool (*pred)(Object *)) {
    for (ssize_t i = 0; i < TUPLE_LEN(tuple); i++)
        if (!pred(TUPLE_ITEMS(tuple)[i])) return false;
    return true;
}
static bool is_slice(Object *o) { return !IS_SMALL(o) && TYPE(o) == &Slice_Type; }

/* Resolves key to an item address (KEY_ITEM), a slice (KEY_SLICE), or the
 * view itself (KEY_SELF: m[...] of a 0-dim view); -1 raised.  for_store
 * picks setitem's wording of the unsupported cases. */
static int resolve_key(MemoryView *m, Object *key, bool for_store, char **item) {
    *item = m->buf;
    if (m->ndim == 0) {
        if (key == OBJ_ELLIPSIS) return KEY_SELF;
        if (Tuple_Check(key) && TUPLE_LEN(key) == 0) return KEY_ITEM;
        Err_SetString(Exc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (Index_Check(key)) {
        if (m->ndim != 1) {
            Err_SetString(Exc_NotImplementedError,
                          for_store ? "sub-views are not implemented" : "multi-dimensional sub-views are not implemented");
            return -1;
        }
        return step_to(m, 0, key, item) < 0 ? -1 : KEY_ITEM;
    }
    if (is_slice(key)) {
        if (for_store && m->ndim != 1) goto slice_store;
        return KEY_SLICE;
    }
    if (Tuple_Check(key)) {
        ssize_t n = TUPLE_LEN(key);
        if (all_of(key, Index_Check)) {
            if (n < m->ndim) {
                Err_SetString(Exc_NotImplementedError, "sub-views are not implemented");
                return -1;
            }
            if (n > m->ndim) {
                Err_Format(Exc_TypeError, "cannot index %d-dimension view with %zd-element tuple", m->ndim, n);
                return -1;
            }
            for (int d = 0; d < m->ndim; d++)
                if (step_to(m, d, TUPLE_ITEMS(key)[d], item) < 0) return -1;
            return KEY_ITEM;
        }
        if (n > 0 && all_of(key, is_slice)) {
            if (for_store) goto slice_store;
            Err_SetString(Exc_NotImplementedError, "multi-dimensional slicing is not implemented");
            return -1;
        }
    }
    Err_SetString(Exc_TypeError, "memoryview: invalid slice key");
    return -1;
slice_store:
    Err_SetString(Exc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
    return -1;
}

/* A view of m[start:stop:step] along the first dimension.  The new view
 * holds the export before the bounds' __index__ runs (which may release m). */
static Object *mv_slice(MemoryView *m, Object *key) {
    if (MV_CheckLive(m) < 0) return NULL;
    MemoryView *r = MV_Copy(m);
    if (!r) return NULL;
    ssize_t start, stop, step, count, n = r->shape[0];
    if (Slice_Indices(key, n, &start, &stop, &step, &count) < 0) {
        DECREF((Object *)r);
        return NULL;
    }
    r->buf += start * r->strides[0];
    r->len = n ? r->len / n * count : 0;
    r->shape[0] = count;
    r->strides[0] *= step;
    return (Object *)r;
}

static Object *mv_getitem(Object *o, Object *key) {
    MemoryView *m = (MemoryView *)o;
    if (MV_CheckLive(m) < 0) return NULL;
    char *p;
    int kind = resolve_key(m, key, false, &p);
    if (kind >= 0 && MV_CheckLive(m) < 0) return NULL; /* an __index__ released it */
    switch (kind) {
    case KEY_ITEM: return MV_Unpack(m, p);
    case KEY_SLICE: return mv_slice(m, key);
    case KEY_SELF: return NEWREF(o);
    default: return NULL;
    }
}

/* m[slice] = value: value must be a buffer of the same format and number
 * of items.  The items are copied out first, so overlapping views work. */
static int mv_assign_slice(MemoryView *m, Object *key, Object *value) {
    BufferView src;
    if (Buffer_Get(value, &src, BUFFER_FULL_RO) < 0) return -1;
    Object *dst = mv_slice(m, key);
    int rc = -1;
    if (!dst || MV_CheckLive(m) < 0) goto done; /* __buffer__ or __index__ may have released m */
    MemoryView *d = (MemoryView *)dst;
    const char *sf = src.format ? src.format : "B";
    if (src.ndim != 1 || src.shape[0] != d->shape[0] || src.itemsize != d->itemsize ||
        PackItem_NativeCode(sf) != MV_Code(d) || (!MV_Code(d) && strcmp(sf, d->format) != 0)) {
        Err_SetString(Exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        goto done;
    }
    char *tmp = Mem_RawAlloc((size_t)src.len + 1);
    if (!tmp) {
        Err_NoMemory();
        goto done;
    }
    Buffer_CopyOut(&src, tmp);
    for (ssize_t i = 0; i < d->shape[0]; i++)
        memcpy(d->buf + i * d->strides[0], tmp + i * d->itemsize, (size_t)d->itemsize);
    free(tmp);
    rc = 0;
done:
    XDECREF(dst);
    Buffer_Release(&src);
    return rc;
}

static int mv_setitem(Object *o, Object *key, Object *value) {
    MemoryView *m = (MemoryView *)o;
    if (MV_CheckLive(m) < 0) return -1;
    if (m->readonly) {
        Err_SetString(Exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        Err_SetString(Exc_TypeError, "cannot delete memory");
        return -1;
    }
    char *p;
    int kind = resolve_key(m, key, true, &p);
    if (kind >= 0 && MV_CheckLive(m) < 0) return -1; /* an __index__ released it */
    switch (kind) {
    case KEY_ITEM: return mv_pack(m, p, value);
    case KEY_SELF: return mv_pack(m, m->buf, value);
    case KEY_SLICE: return mv_assign_slice(m, key, value);
    default: return -1;
    }
}

/* ---- iteration --------------------------------------------------------------------- */

typedef struct MemoryIter {
    ITERBASE_HEAD; /* the memoryview */
    ssize_t next;
} MemoryIter;

static Object *mv_iter(Object *o) {
    MemoryView *m = (MemoryView *)o;
    if (MV_CheckLive(m) < 0) return NULL;
    if (m->ndim == 0) {
        Err_SetString(Exc_TypeError, "invalid indexing of 0-dim memory");
        return NULL;
    }
    if (m->ndim != 1) {
        Err_SetString(Exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
        return NULL;
    }
    return IterBase_New(&MemoryIter_Type, sizeof(MemoryIter), o);
}

static Object *memiter_next(Object *o) {
    MemoryIter *it = (MemoryIter *)o;
    MemoryView *m = (MemoryView *)it->seq;
    if (!m) return NULL;
    if (MV_CheckLive(m) < 0) return NULL;
    if (it->next >= m->shape[0]) {
        it->seq = NULL;
        DECREF((Object *)m);
        return NULL;
    }
    return MV_Unpack(m, m->buf + it->next++ * m->strides[0]);
}

Type MemoryIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "memory_iterator",
    .basicsize = sizeof(MemoryIter),
    .dealloc = IterBase_Dealloc,
    .iter = Iter_Self,
    .iternext = memiter_next,
};

/* ---- PEP 688 ---------------------------------------------------------------------- */

Object *MemoryView_DunderReleaseBuffer(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *v = args[0];
    if (!MemoryView_Check(v)) {
        Err_SetString(Exc_TypeError, "expected a memoryview object");
        return NULL;
    }
    MemoryView *vm = (MemoryView *)v;
    if (!vm->mbuf || vm->mbuf->base.obj != self) {
        Err_SetString(Exc_ValueError, "memoryview's buffer is not this object");
        return NULL;
    }
    return mv_release_now(vm) < 0 ? NULL : OBJ_NONE;
}

/* ---- the type ---------------------------------------------------------------------- */

static const MethodDef mv_methods[] = {
    {"release", mv_release, 0, ARGS("($self, /)", "Release the underlying buffer exposed by the memoryview object.")},
    {"tobytes", MV_ToBytes, 0, ARGS("($self, /, order='C')", "Return the data in the buffer as a byte string.")},
    {"hex", MV_Hex, 0,
     ARGS("($self, /, sep=<unrepresentable>, bytes_per_sep=1)",
          "Return the data in the buffer as a str of hexadecimal numbers.")},
    {"tolist", MV_ToList, 0, ARGS("($self, /)", "Return the data in the buffer as a list of elements.")},
    {"cast", MV_Cast, 0, ARGS("($self, /, format, shape=<unrepresentable>)", "Cast a memoryview to a new format or shape.")},
    {"toreadonly", mv_toreadonly, 0, ARGS("($self, /)", "Return a readonly version of the memoryview.")},
    {"count", MV_Count, 0, ARGS("($self, value, /)", "Count the number of occurrences of a value.")},
    {"index", MV_Index, 0,
     ARGS("($self, value, start=0, stop=sys.maxsize, /)", "Return the index of the first occurrence of a value.")},
    METHOD_CLASS_GETITEM("memoryviews are generic over the type of their underlying data"),
    {"__enter__", mv_enter, 0, ARGS("($self, /)", NULL)},
    {"__exit__", mv_exit, 0, ARGS("($self, /, *args)", NULL)},
    {"__buffer__", Buffer_DunderBuffer, 0,
     ARGS_F(ARG_WRAPPER_STYLE, "($self, flags, /)",
            "Return a buffer object that exposes the underlying memory of the object.")},
    {"__release_buffer__", MemoryView_DunderReleaseBuffer, 0,
     ARGS_F(ARG_WRAPPER_STYLE, "($self, buffer, /)", "Release the buffer object that exposes the underlying memory of the object.")},
    {NULL},
};

static const GetSetDef mv_getset[] = {
    {"obj", mv_get_obj, NULL, "The underlying object of the memoryview."},
    {"nbytes", mv_get_nbytes, NULL, "The amount of space in bytes that the array would use in\n a contiguous representation."},
    {"readonly", mv_get_readonly, NULL, "A bool indicating whether the memory is read only."},
    {"itemsize", mv_get_itemsize, NULL, "The size in bytes of each element of the memoryview."},
    {"format", mv_get_format, NULL,
     "A string containing the format (in struct module style)\n for each element in the view."},
    {"ndim", mv_get_ndim, NULL,
     "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents."},
    {"shape", mv_get_shape, NULL,
     "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array."},
    {"strides", mv_get_strides, NULL,
     "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array."},
    {"suboffsets", mv_get_suboffsets, NULL, "A tuple of integers used internally for PIL-style arrays."},
    {"c_contiguous", mv_get_c_contiguous, NULL, "A bool indicating whether the memory is C contiguous."},
    {"f_contiguous", mv_get_f_contiguous, NULL, "A bool indicating whether the memory is Fortran contiguous."},
    {"contiguous", mv_get_contiguous, NULL, "A bool indicating whether the memory is contiguous."},
    {NULL},
};

Type MemoryView_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "memoryview",
    .doc = "Create a new memoryview object which references the given object.",
    .args = ARGS("(object)", NULL),
    .basicsize = sizeof(MemoryView),
    .flags = TPFLAG_WEAKREF,
    .dealloc = mv_dealloc,
    .repr = mv_repr,
    .hash = MV_Hash,
    .richcompare = MV_RichCompare,
    .iter = mv_iter,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .new_ = mv_new,
    .methods = mv_methods,
    .getset = mv_getset,
    .as_buffer = &mv_as_buffer,
};
