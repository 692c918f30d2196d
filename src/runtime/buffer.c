/* The buffer protocol (see buffer.h): getting and giving back views, the
 * path through a class's __buffer__ / __release_buffer__ (PEP 688), and
 * the layout questions every consumer asks (contiguity, copying out). */
#include "runtime/buffer.h"
#include "abstract.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/memoryview.h"
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/mem.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void Buffer_FillBytes(BufferView *view, Object *o, void *buf, ssize_t len, bool readonly) {
    view->obj = NEWREF(o);
    view->buf = buf;
    view->len = len;
    view->itemsize = 1;
    view->readonly = readonly;
    view->ndim = 1;
    view->format = "B";
    view->one_shape = len;
    view->one_stride = 1;
    view->shape = &view->one_shape;
    view->strides = &view->one_stride;
    view->internal = NULL;
}

/* ---- a class's __buffer__ ---------------------------------------------------------- */

static bool has_class_buffer(Type *t) { return (t->flags & TPFLAG_HEAPTYPE) && Type_Lookup(t, ID(__buffer__)); }

/* o.__buffer__(flags) must return a memoryview; the view lent is that
 * memoryview's, kept (with its own export) in view->internal until the
 * release, when it is given back before o.__release_buffer__ sees it. */
static int class_get(Object *o, BufferView *view, int flags) {
    Object *f = Int_FromI64(flags);
    if (!f) return -1;
    Object *mv = Obj_CallMethod(o, ID(__buffer__), &f, 1);
    DECREF(f);
    if (!mv) return -1;
    if (!MemoryView_Check(mv)) {
        Err_SetString(Exc_TypeError, "__buffer__ returned non-memoryview object");
        DECREF(mv);
        return -1;
    }
    BufferView *inner = Mem_RawAlloc(sizeof *inner);
    if (!inner) {
        DECREF(mv);
        Err_NoMemory();
        return -1;
    }
    int r = Buffer_Get(mv, inner, flags);
    DECREF(mv);
    if (r < 0) {
        free(inner);
        return -1;
    }
    *view = *inner;
    if (inner->shape == &inner->one_shape) view->shape = &view->one_shape;
    if (inner->strides == &inner->one_stride) view->strides = &view->one_stride;
    view->obj = NEWREF(o);
    view->internal = inner;
    return 0;
}

static void class_release(BufferView *view) {
    BufferView *inner = view->internal;
    Object *mv = NEWREF(inner->obj);
    Buffer_Release(inner);
    free(inner);
    Object *o = view->obj;
    if (Type_Lookup(TYPE(o), ID(__release_buffer__))) {
        Object *r = Obj_CallMethod(o, ID(__release_buffer__), &mv, 1);
        if (r) DECREF(r);
        else {
            char what[200];
            snprintf(what, sizeof what, "in __release_buffer__ of %s", TYPE_NAME(o));
            Err_WriteUnraisable(what, NULL);
        }
    }
    DECREF(mv);
}

/* ---- getting and releasing ---------------------------------------------------------- */

bool Buffer_Check(Object *o) { return TYPE(o)->as_buffer || has_class_buffer(TYPE(o)); }

int Buffer_Get(Object *o, BufferView *view, int flags) {
    view->obj = NULL;
    const BufferProcs *procs = TYPE(o)->as_buffer;
    if (procs) return procs->get(o, view, flags);
    if (has_class_buffer(TYPE(o))) return class_get(o, view, flags);
    Err_Format(Exc_TypeError, "a bytes-like object is required, not '%s'", TYPE_NAME(o));
    return -1;
}

void Buffer_Release(BufferView *view) {
    Object *o = view->obj;
    if (!o) return;
    if (view->internal && !TYPE(o)->as_buffer) class_release(view);
    else if (TYPE(o)->as_buffer && TYPE(o)->as_buffer->release) TYPE(o)->as_buffer->release(o, view);
    view->obj = NULL;
    DECREF(o);
}

/* ---- peeking ------------------------------------------------------------------------ */

static int peek(Object *o, uint8_t **p, ssize_t *n, int flags) {
    const BufferProcs *procs = TYPE(o)->as_buffer;
    if (!procs) return 0;
    BufferView v;
    if (procs->get(o, &v, flags) < 0) return -1;
    *p = (uint8_t *)v.buf;
    *n = v.len;
    Buffer_Release(&v);
    return 1;
}

int Buffer_Peek(Object *o, const uint8_t **p, ssize_t *n) { return peek(o, (uint8_t **)p, n, BUFFER_SIMPLE); }

int Buffer_PeekArg(Object *o, const uint8_t **p, ssize_t *n) {
    int r = Buffer_Peek(o, p, n);
    if (r > 0) return 0;
    if (r == 0) Err_Format(Exc_TypeError, "a bytes-like object is required, not '%s'", TYPE_NAME(o));
    return -1;
}

int Buffer_PeekArgHeld(Object *o, const uint8_t **p, ssize_t *n, BufferView *hold) {
    hold->obj = NULL;
    int r = Buffer_Peek(o, p, n);
    if (r != 0) return r > 0 ? 0 : -1;
    if (Buffer_Get(o, hold, BUFFER_SIMPLE) < 0) return -1;
    *p = (const uint8_t *)hold->buf;
    *n = hold->len;
    return 0;
}

int Buffer_PeekWritable(Object *o, uint8_t **p, ssize_t *n) { return peek(o, p, n, BUFFER_WRITABLE); }

/* ---- layout ------------------------------------------------------------------------- */

/* Whether the items lie one after another with the dimensions taken from
 * the last (C order) or from the first (Fortran order).  A dimension of
 * length 1 may have any stride (CPython's rule: an empty view with a
 * backward stride is not contiguous). */
static bool contiguous(const BufferView *v, bool c_order) {
    ssize_t expect = v->itemsize;
    for (int k = 0; k < v->ndim; k++) {
        int i = c_order ? v->ndim - 1 - k : k;
        if (v->shape[i] != 1 && v->strides[i] != expect) return false;
        expect *= v->shape[i];
    }
    return true;
}

bool Buffer_IsCContiguous(const BufferView *v) { return contiguous(v, true); }
bool Buffer_IsFContiguous(const BufferView *v) { return contiguous(v, false); }

/* Copies dimension dim of the view whose first item is at src to *dst. */
static void copy_dim(const BufferView *v, int dim, const char *src, char **dst) {
    if (dim == v->ndim - 1 && v->strides[dim] == v->itemsize) {
        size_t n = (size_t)(v->shape[dim] * v->itemsize);
        memcpy(*dst, src, n);
        *dst += n;
        return;
    }
    for (ssize_t i = 0; i < v->shape[dim]; i++, src += v->strides[dim]) {
        if (dim == v->ndim - 1) {
            memcpy(*dst, src, (size_t)v->itemsize);
            *dst += v->itemsize;
        } else copy_dim(v, dim + 1, src, dst);
    }
}

void Buffer_CopyOut(const BufferView *v, void *dst) {
    if (v->len == 0) return;
    if (v->ndim == 0 || Buffer_IsCContiguous(v)) {
        memcpy(dst, v->buf, (size_t)v->len);
        return;
    }
    char *d = dst;
    copy_dim(v, 0, v->buf, &d);
}

Object *Buffer_ToBytes(Object *o) {
    BufferView v;
    if (Buffer_Get(o, &v, BUFFER_FULL_RO) < 0) return NULL;
    Object *r = Bytes_From(NULL, v.len);
    if (r) Buffer_CopyOut(&v, BYTES_DATA(r));
    Buffer_Release(&v);
    return r;
}

/* ---- obj.__buffer__(flags) ------------------------------------------------------------- */

Object *Buffer_DunderBuffer(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *f = Obj_Index(args[0]);
    if (!f) return NULL;
    int64_t flags;
    int r = Int_AsI64(f, &flags);
    DECREF(f);
    if (r < 0 || flags < INT32_MIN || flags > INT32_MAX) {
        Err_Clear();
        Err_SetString(Exc_OverflowError, "buffer flags out of range");
        return NULL;
    }
    return MemoryView_FromObjectFlags(self, (int)flags);
}
