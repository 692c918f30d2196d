/* The insides of memoryview, shared by memoryview.c (the object, its
 * exports, indexing) and memoryview_ops.c (cast, conversions, comparison). */
#ifndef CIPY_MEMORYVIEW_IMPL_H
#define CIPY_MEMORYVIEW_IMPL_H
#include "objects/memoryview.h"

/* The one export a family of views stands on: memoryview(x) gets x's
 * buffer once, and every slice, cast or copy of that view shares it, so
 * releasing one view leaves the others usable.  Counted by the views. */
typedef struct ManagedBuf {
    ssize_t refs;
    BufferView base;
} ManagedBuf;

typedef struct MemoryView {
    Object ob;
    ManagedBuf *mbuf;       /* NULL once released */
    char *buf;              /* the first item */
    ssize_t len;            /* nbytes: product(shape) * itemsize */
    ssize_t itemsize;
    bool readonly;
    int ndim;
    const char *format;     /* fmt_store, or the exporter's (valid while mbuf is held) */
    char fmt_store[4];      /* a cast's format ("@B") */
    ssize_t exports;        /* buffers lent by this view (memoryview(m) does not count) */
    hash_t hash;            /* -1 until computed */
    ssize_t shape[BUFFER_MAXDIM], strides[BUFFER_MAXDIM];
} MemoryView;

/* -1 with ValueError for a released view. */
int MV_CheckLive(MemoryView *m);
/* A new view sharing m's export, with m's layout (m must be live). */
MemoryView *MV_Copy(MemoryView *m);
/* The code of m's format when it is a native single item, else 0. */
char MV_Code(MemoryView *m);
/* m's item at p as a Python object; NotImplementedError for a format
 * memoryview cannot read. */
Object *MV_Unpack(MemoryView *m, const char *p);
/* The layout of m as a BufferView (borrowing m's arrays). */
void MV_AsView(MemoryView *m, BufferView *v);

/* memoryview_ops.c */
Object *MV_ToBytes(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *MV_ToList(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *MV_Hex(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *MV_Cast(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *MV_Count(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *MV_Index(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *MV_RichCompare(Object *a, Object *b, int op);
hash_t MV_Hash(Object *self);
#endif
