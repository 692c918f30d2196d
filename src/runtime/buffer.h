/* The buffer protocol: how an object lends its memory to another without a
 * copy (bytes, bytearray, memoryview; a class with __buffer__).
 *
 * A type that exports memory sets Type.as_buffer.  A consumer asks with
 * Buffer_Get, uses the BufferView, and gives it back with Buffer_Release;
 * between the two the exporter counts the export, and a bytearray with
 * exports refuses to change its size (its memory could move).
 *
 * Short uses that run no Python code while they hold the pointer (a write
 * to a file descriptor, a comparison, a copy) may use Buffer_Peek instead:
 * it gives the memory of a C exporter without counting an export, valid
 * until the exporter next runs Python code or changes. */
#ifndef CIPY_BUFFER_H
#define CIPY_BUFFER_H
#include "object.h"

/* The most dimensions a view may have (as CPython's). */
#define BUFFER_MAXDIM 64

/* What a consumer asks for: the values of CPython's flags, which a class's
 * __buffer__(flags) receives (inspect.BufferFlags). */
enum {
    BUFFER_SIMPLE = 0,          /* C-contiguous bytes, read-only use */
    BUFFER_WRITABLE = 0x1,      /* the consumer will write */
    BUFFER_FORMAT = 0x4,        /* the consumer reads the item format */
    BUFFER_STRIDES_BIT = 0x10,  /* the consumer follows shape and strides */
    BUFFER_FULL_RO = 0x11c,     /* any layout, with format and shape */
    BUFFER_FULL = 0x11d,        /* the same, writable */
};

typedef struct BufferView {
    Object *obj;          /* owned: the exporter; NULL when not held */
    char *buf;            /* the first item (of a view with negative strides, not the lowest address) */
    ssize_t len;          /* product(shape) * itemsize */
    ssize_t itemsize;
    bool readonly;
    int ndim;
    const char *format;   /* struct-style item format ("B"); valid while the export is held */
    ssize_t *shape;       /* ndim entries; valid while the export is held */
    ssize_t *strides;
    ssize_t one_shape, one_stride; /* storage for a plain 1-D export */
    void *internal;       /* the exporter's own (a class's __buffer__ result) */
} BufferView;

struct BufferProcs {
    /* Fills *view (view->obj: a new reference to o) and counts an export;
     * -1 with an exception set when the request cannot be met. */
    int (*get)(Object *o, BufferView *view, int flags);
    /* Undoes one get (NULL: nothing to undo). */
    void (*release)(Object *o, BufferView *view);
};

/* Whether o exports a buffer (a C exporter or a class with __buffer__). */
bool Buffer_Check(Object *o);
/* Gets o's buffer as flags ask; -1 with TypeError "a bytes-like object is
 * required" (or the exporter's error) when it cannot. */
int Buffer_Get(Object *o, BufferView *view, int flags);
/* Gives back a view filled by Buffer_Get (no-op for an empty view). */
void Buffer_Release(BufferView *view);

/* Fills a plain 1-D view of unsigned bytes over [buf, buf+len) of o: what
 * most exporters' get does once it knows its memory. */
void Buffer_FillBytes(BufferView *view, Object *o, void *buf, ssize_t len, bool readonly);

/* The contiguous memory of o without counting an export: 1 found, 0 when
 * o is no C exporter (nothing raised), -1 with the exporter's error when
 * it cannot lend it so (BufferError for a non-contiguous memoryview,
 * ValueError for a released one).  See the top of this file. */
int Buffer_Peek(Object *o, const uint8_t **p, ssize_t *n);
/* Buffer_Peek for an argument that must be bytes-like: 0, or -1 with the
 * exporter's error or TypeError "a bytes-like object is required, not 'int'". */
int Buffer_PeekArg(Object *o, const uint8_t **p, ssize_t *n);
/* Buffer_PeekArg for any exporter, a class with __buffer__ too: memory a
 * C exporter cannot lend without an export (such a class's) comes through
 * a counted export left in *hold, which the caller gives back with
 * Buffer_Release(hold) when done (a no-op when nothing was held). */
int Buffer_PeekArgHeld(Object *o, const uint8_t **p, ssize_t *n, BufferView *hold);
/* The same for memory the caller will write: -1 also when read-only. */
int Buffer_PeekWritable(Object *o, uint8_t **p, ssize_t *n);

bool Buffer_IsCContiguous(const BufferView *v);
bool Buffer_IsFContiguous(const BufferView *v);
/* Copies the items of v in C (row-major) order to dst (v->len bytes). */
void Buffer_CopyOut(const BufferView *v, void *dst);
/* A new bytes object with the items of o in C order (any buffer layout);
 * NULL with TypeError when o exports no buffer. */
Object *Buffer_ToBytes(Object *o);

/* obj.__buffer__(flags), for every type with as_buffer: a memoryview
 * over a buffer got with those flags (PEP 688). */
Object *Buffer_DunderBuffer(Object *self, Object *const *args, size_t nargs, Object *kwnames);

#endif
