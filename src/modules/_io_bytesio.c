/* _io.BytesIO: a binary stream over bytes held in memory (a ByteBuf whose
 * length is the stream's size; the position may lie past it, and a write
 * there fills the gap with zeros).  getbuffer() lends that memory through
 * a small exporter object (_io._BytesIOBuffer); while views of it live,
 * the stream refuses every change (write, truncate, close, __init__), as
 * the memory could move. */
#include "abstract.h"
#include "modules/_io.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"

typedef struct BytesIO {
    IOBase base;
    ByteBuf buf;
    size_t pos;
    ssize_t exports;   /* live views from getbuffer() */
} BytesIO;

#define BIO(o) ((BytesIO *)(o))
#define CHECK_OPEN(o) \
    if (((IOBase *)(o))->closed) return Io_ClosedError()

/* The position as an index into the data, clamped to its end. */
static size_t avail_from(BytesIO *b) { return b->pos < b->buf.len ? b->buf.len - b->pos : 0; }

/* -1 with CPython's BufferError while views from getbuffer() live. */
static int check_exports(BytesIO *b) {
    if (b->exports == 0) return 0;
    Err_SetString(Exc_BufferError, "Existing exports of data: object cannot be re-sized");
    return -1;
}

static int set_contents(BytesIO *b, Object *initial) {
    if (check_exports(b) < 0) return -1;
    ByteBuf_Reset(&b->buf);
    b->pos = 0;
    if (!initial || initial == OBJ_NONE) return 0;
    const uint8_t *data;
    ssize_t n;
    if (Buffer_PeekArg(initial, &data, &n) < 0) return -1;
    return ByteBuf_Put(&b->buf, data, (size_t)n);
}

static Object *bytesio_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_Alloc(t, (size_t)t->basicsize);
}

/* BytesIO(initial_bytes=b'') */
static int bytesio_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *initial;
    if (Arg_Unpack(BytesIO_Type.args, "BytesIO", args, nargs, kwnames, &initial) < 0) return -1;
    return set_contents(BIO(self), initial);
}

static void bytesio_dealloc(Object *self) {
    if (Io_Finalize(self)) return;
    Weak_ClearBuiltin(self);
    ByteBuf_Free(&BIO(self)->buf);
    IOBase_ClearBase(self);
    Obj_Free(self);
}

static int bytesio_clear(Object *self) {
    IOBase_ClearBase(self);
    return 0;
}

static Object *bytesio_getvalue(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK_OPEN(self);
    return Bytes_From(BIO(self)->buf.data, (ssize_t)BIO(self)->buf.len);
}

/* The next n bytes (n < 0: all the rest), moving the position. */
static Object *take(BytesIO *b, ssize_t n) {
    size_t avail = avail_from(b);
    if (n < 0 || (size_t)n > avail) n = (ssize_t)avail;
    Object *r = Bytes_From(n ? b->buf.data + b->pos : NULL, n);
    if (r) b->pos += (size_t)n;
    return r;
}

static Object *bytesio_read(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t size;
    if (Io_SizeArg(nargs ? args[0] : NULL, &size) < 0) return NULL;
    CHECK_OPEN(self);
    return take(BIO(self), size);
}

/* The length of the line at the position (its newline included), at most limit (< 0: none). */
static ssize_t line_length(BytesIO *b, ssize_t limit) {
    size_t avail = avail_from(b);
    if (limit >= 0 && (size_t)limit < avail) avail = (size_t)limit;
    if (!avail) return 0;
    const char *start = b->buf.data + b->pos, *nl = memchr(start, '\n', avail);
    return nl ? nl - start + 1 : (ssize_t)avail;
}

static Object *bytesio_readline(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t size;
    if (Io_SizeArg(nargs ? args[0] : NULL, &size) < 0) return NULL;
    CHECK_OPEN(self);
    return take(BIO(self), line_length(BIO(self), size));
}

static Object *bytesio_readlines(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t hint;
    if (Io_SizeArg(nargs ? args[0] : NULL, &hint) < 0) return NULL;
    CHECK_OPEN(self);
    BytesIO *b = BIO(self);
    Object *lines = List_New(0);
    if (!lines) return NULL;
    ssize_t total = 0, n;
    while ((n = line_length(b, -1)) > 0) {
        if (List_AppendSteal(lines, take(b, n)) < 0) {
            DECREF(lines);
            return NULL;
        }
        total += n;
        if (hint > 0 && total >= hint) break;
    }
    return lines;
}

static Object *bytesio_readinto(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *buf = args[0];
    uint8_t *p;
    ssize_t len;
    if (Buffer_PeekWritable(buf, &p, &len) <= 0) {
        Err_Clear();
        Err_Format(Exc_TypeError, "readinto() argument must be read-write bytes-like object, not %s", TYPE_NAME(buf));
        return NULL;
    }
    CHECK_OPEN(self);
    BytesIO *b = BIO(self);
    size_t n = avail_from(b);
    if ((size_t)len < n) n = (size_t)len;
    if (n) memcpy(p, b->buf.data + b->pos, n);
    b->pos += n;
    return Int_FromI64((int64_t)n);
}

static Object *bytesio_write(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    const uint8_t *data;
    ssize_t n;
    CHECK_OPEN(self);
    if (Buffer_PeekArg(args[0], &data, &n) < 0) return NULL;
    BytesIO *b = BIO(self);
    if (check_exports(b) < 0) return NULL;
    if (n == 0) return SMALL_FROM(0);
    size_t end = b->pos + (size_t)n;
    if (b->pos > b->buf.len && ByteBuf_AddZeros(&b->buf, b->pos - b->buf.len) < 0) return Err_NoMemory();
    if (end > b->buf.len) {
        if (ByteBuf_Reserve(&b->buf, end - b->buf.len) < 0) return Err_NoMemory();
        b->buf.len = end;
        b->buf.data[end] = '\0';
    }
    memmove(b->buf.data + b->pos, data, (size_t)n);
    b->pos = end;
    return Int_FromI64(n);
}

static Object *bytesio_writelines(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK_OPEN(self);
    Object *it = Obj_GetIter(args[0]);
    if (!it) return NULL;
    Object *item;
    while ((item = Iter_Next(it))) {
        Object *r = bytesio_write(self, &item, 1, NULL);
        DECREF(item);
        if (!r) break;
        DECREF(r);
    }
    DECREF(it);
    if (Err_Occurred()) return NULL;
    RETURN_NONE;
}

static Object *bytesio_seek(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t pos = Int_AsSsize(args[0]);
    if (pos == -1 && Err_Occurred()) return NULL;
    int64_t whence = 0;
    if (nargs > 1 && Int_AsI64(args[1], &whence) < 0) return NULL;
    CHECK_OPEN(self);
    BytesIO *b = BIO(self);
    if (whence < 0 || whence > 2) {
        Err_Format(Exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
        return NULL;
    }
    if (whence == 0 && pos < 0) {
        Err_Format(Exc_ValueError, "negative seek value %zd", pos);
        return NULL;
    }
    if (whence == 1) pos = (ssize_t)b->pos + pos;
    else if (whence == 2) pos = (ssize_t)b->buf.len + pos;
    if (pos < 0) pos = 0;
    b->pos = (size_t)pos;
    return Int_FromI64(pos);
}

static Object *bytesio_tell(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK_OPEN(self);
    return Int_FromI64((int64_t)BIO(self)->pos);
}

static Object *bytesio_truncate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    BytesIO *b = BIO(self);
    CHECK_OPEN(self);
    if (check_exports(b) < 0) return NULL;
    ssize_t size = (ssize_t)b->pos;
    if (nargs && args[0] != OBJ_NONE && (size = Int_AsSsize(args[0])) == -1 && Err_Occurred()) return NULL;
    if (size < 0) {
        Err_Format(Exc_ValueError, "negative size value %zd", size);
        return NULL;
    }
    if ((size_t)size < b->buf.len) {
        b->buf.len = (size_t)size;
        b->buf.data[size] = '\0';
    }
    return Int_FromI64(size);
}

static Object *bytesio_true(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK_OPEN(self);
    RETURN_BOOL(true);
}

static Object *bytesio_isatty(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK_OPEN(self);
    RETURN_BOOL(false);
}

static Object *bytesio_flush(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK_OPEN(self);
    RETURN_NONE;
}

static Object *bytesio_close(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (check_exports(BIO(self)) < 0) return NULL;
    ((IOBase *)self)->closed = true;
    ByteBuf_Free(&BIO(self)->buf);
    RETURN_NONE;
}

static Object *bytesio_closed(Object *self) { return NEWREF(Bool_From(((IOBase *)self)->closed)); }

static Object *bytesio_iter(Object *self) { return NEWREF(self); }

static Object *bytesio_iternext(Object *self) {
    CHECK_OPEN(self);
    ssize_t n = line_length(BIO(self), -1);
    return n ? take(BIO(self), n) : NULL;
}

/* ---- pickling: (contents, position, __dict__ or None) ------------------------ */

static Object *bytesio_getstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK_OPEN(self);
    Object *dict = ((IOBase *)self)->dict;
    Object *value = Bytes_From(BIO(self)->buf.data, (ssize_t)BIO(self)->buf.len);
    Object *pos = value ? Int_FromI64((int64_t)BIO(self)->pos) : NULL;
    Object *d = pos ? (dict ? Dict_Copy(dict) : NEWREF(OBJ_NONE)) : NULL;
    Object *r = d ? Tuple_Pack(3, value, pos, d) : NULL;
    XDECREF(value);
    XDECREF(pos);
    XDECREF(d);
    return r;
}

static Object *bytesio_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *state = args[0];
    if (!Tuple_Check(state) || TUPLE_LEN(state) < 3) {
        Err_Format(Exc_TypeError, "%s.__setstate__ argument should be 3-tuple, got %s", TYPE_NAME(self),
                   TYPE_NAME(state));
        return NULL;
    }
    CHECK_OPEN(self);
    if (set_contents(BIO(self), TUPLE_GET(state, 0)) < 0) return NULL;
    Object *posobj = TUPLE_GET(state, 1), *dict = TUPLE_GET(state, 2);
    if (!Int_Check(posobj)) {
        Err_Format(Exc_TypeError, "second item of state must be an integer, not %s", TYPE_NAME(posobj));
        return NULL;
    }
    ssize_t pos = Int_AsSsize(posobj);
    if (pos == -1 && Err_Occurred()) return NULL;
    if (pos < 0) {
        Err_SetString(Exc_ValueError, "position value cannot be negative");
        return NULL;
    }
    BIO(self)->pos = (size_t)pos;
    if (dict != OBJ_NONE) {
        if (!Dict_Check(dict)) {
            Err_Format(Exc_TypeError, "third item of state should be a dict, got a %s", TYPE_NAME(dict));
            return NULL;
        }
        IOBase *io = (IOBase *)self;
        if (!io->dict && !(io->dict = Dict_New())) return NULL;
        if (Dict_Merge(io->dict, dict, 1) < 0) return NULL;
    }
    RETURN_NONE;
}

/* ---- getbuffer(): the exporter of a BytesIO's memory ---------------------- */

typedef struct BytesIOBuffer {
    Object ob;
    Object *source; /* owned: the BytesIO */
} BytesIOBuffer;



static int biobuf_getbuf(Object *o, BufferView *view, int flags) {
    BytesIO *b = BIO(((BytesIOBuffer *)o)->source);
    static uint8_t empty[1];
    Buffer_FillBytes(view, o, b->buf.data ? (uint8_t *)b->buf.data : empty, (ssize_t)b->buf.len, false);
    b->exports++;
    return 0;
}

static void biobuf_releasebuf(Object *o, BufferView *view) { BIO(((BytesIOBuffer *)o)->source)->exports--; }

static const BufferProcs biobuf_as_buffer = {biobuf_getbuf, biobuf_releasebuf};

static void biobuf_dealloc(Object *o) {
    Gc_Untrack(o);
    XDECREF(((BytesIOBuffer *)o)->source);
    Obj_Free(o);
}

static int biobuf_traverse(Object *o, VisitFn visit, void *arg) {
    Object *src = ((BytesIOBuffer *)o)->source;
    return src && visit(src, arg);
}

static int biobuf_clear(Object *o) {
    CLEAR(((BytesIOBuffer *)o)->source);
    return 0;
}

Type BytesIOBuffer_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io._BytesIOBuffer",
    .basicsize = sizeof(BytesIOBuffer),
    .flags = TPFLAG_GC,
    .dealloc = biobuf_dealloc,
    .traverse = biobuf_traverse,
    .clear = biobuf_clear,
    .as_buffer = &biobuf_as_buffer,
};

static Object *bytesio_getbuffer(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK_OPEN(self);
    BytesIOBuffer *exporter = (BytesIOBuffer *)Obj_Alloc(&BytesIOBuffer_Type, sizeof(BytesIOBuffer));
    if (!exporter) return NULL;
    exporter->source = NEWREF(self);
    Object *view = MemoryView_FromObject((Object *)exporter);
    DECREF((Object *)exporter);
    return view;
}

static const MethodDef bytesio_methods[] = {
    {"readable", bytesio_true, 0, ARGS("($self, /)", "Returns True if the IO object can be read.")},
    {"seekable", bytesio_true, 0, ARGS("($self, /)", "Returns True if the IO object can be seeked.")},
    {"writable", bytesio_true, 0, ARGS("($self, /)", "Returns True if the IO object can be written.")},
    {"close", bytesio_close, 0, ARGS("($self, /)", "Disable all I/O operations.")},
    {"flush", bytesio_flush, 0, ARGS("($self, /)", "Does nothing.")},
    {"isatty", bytesio_isatty, 0, ARGS("($self, /)", "Always returns False.")},
    {"tell", bytesio_tell, 0, ARGS("($self, /)", "Current file position, an integer.")},
    {"write", bytesio_write, 0, ARGS("($self, b, /)", "Write bytes to file.")},
    {"writelines", bytesio_writelines, 0, ARGS("($self, lines, /)", "Write lines to the file.")},
    {"read1", bytesio_read, 0, ARGS("($self, size=-1, /)", "Read at most size bytes, returned as a bytes object.")},
    {"readinto", bytesio_readinto, 0, ARGS("($self, buffer, /)", "Read bytes into buffer.")},
    {"readline", bytesio_readline, 0, ARGS("($self, size=-1, /)", "Next line from the file, as a bytes object.")},
    {"readlines", bytesio_readlines, 0, ARGS("($self, size=None, /)", "List of bytes objects, each a line from the file.")},
    {"read", bytesio_read, 0, ARGS("($self, size=-1, /)", "Read at most size bytes, returned as a bytes object.")},
    {"__getstate__", bytesio_getstate, 0, ARGS("($self, /)", NULL)},
    {"__setstate__", bytesio_setstate, 0, ARGS("($self, object, /)", NULL)},
    {"getbuffer", bytesio_getbuffer, 0, ARGS("($self, /)", "Get a read-write view over the contents of the BytesIO object.")},
    {"getvalue", bytesio_getvalue, 0, ARGS("($self, /)", "Retrieve the entire contents of the BytesIO object.")},
    {"seek", bytesio_seek, 0, ARGS("($self, pos, whence=0, /)", "Change stream position.")},
    {"truncate", bytesio_truncate, 0, ARGS("($self, size=None, /)", "Truncate the file to at most size bytes.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef bytesio_getset[] = {
    {"closed", bytesio_closed, NULL, "True if the file is closed."},
    {NULL, NULL, NULL, NULL},
};

Type BytesIO_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io.BytesIO",
    .basicsize = sizeof(BytesIO),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .doc = "Buffered I/O implementation using an in-memory bytes buffer.",
    .args = ARGS("(initial_bytes=b'')", NULL),
    .base = &BufferedIOBase_Type,
    .dealloc = bytesio_dealloc,
    .traverse = IOBase_TraverseBase,
    .clear = bytesio_clear,
    .iter = bytesio_iter,
    .iternext = bytesio_iternext,
    .methods = bytesio_methods,
    .getset = bytesio_getset,
    .dictoffset = offsetof(IOBase, dict),
    .new_ = bytesio_new,
    .init = bytesio_init,
};
