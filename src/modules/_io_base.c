/* The base classes of _io: _IOBase (closing, context manager, iteration,
 * readline and writelines in terms of read/peek/write), _RawIOBase (read
 * and readall in terms of readinto), _BufferedIOBase and _TextIOBase (what
 * a subclass must provide raises io.UnsupportedOperation). */
#include "abstract.h"
#include "modules/_io.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"

#define SELF_CLOSED(o) (((IOBase *)(o))->closed)

/* Calls self.close() for a dying object that is still open; an error is
 * reported, never raised. */
static void close_dying(Object *self) {
    Object *pending = Err_Fetch();
    Object *c = Obj_GetAttr(self, ID(closed));
    int closed = c ? Obj_IsTrue(c) : -1;
    XDECREF(c);
    if (closed < 0) {
        Err_Clear();
    } else if (closed == 0) {
        ((IOBase *)self)->finalizing = true;
        Object *r = Obj_CallMethodC(self, "close", NULL, 0);
        ((IOBase *)self)->finalizing = false;
        if (r) DECREF(r);
        else Err_WriteUnraisable("while finalizing file", self);
    }
    if (pending) Err_Restore(pending);
}

bool Io_Finalize(Object *self) {
    IOBase *b = (IOBase *)self;
    if (b->finalized) return false;
    b->finalized = true;
    /* an instance of a class: its __del__ ran already (ours, or one of its
     * own that chose not to call ours), as in CPython */
    if (TYPE(self)->flags & TPFLAG_HEAPTYPE) return false;
    self->refcnt = 1; /* alive while close() runs */
    close_dying(self);
    return --self->refcnt > 0;
}

void Io_DeallocWarn(Object *layer, Object *source) {
    Object *r = layer ? Obj_CallMethodC(layer, "_dealloc_warn", &source, 1) : NULL;
    if (r) DECREF(r);
    else Err_Clear();
}

/* __del__: what a class statement's subclass runs as its instance dies. */
static Object *iobase_del(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    IOBase *b = (IOBase *)self;
    if (!b->finalized) {
        b->finalized = true;
        close_dying(self);
    }
    RETURN_NONE;
}

void IOBase_ClearBase(Object *self) { CLEAR(((IOBase *)self)->dict); }

int IOBase_TraverseBase(Object *self, VisitFn visit, void *arg) {
    Object *d = ((IOBase *)self)->dict;
    return d ? visit(d, arg) : 0;
}

static void iobase_dealloc(Object *self) {
    if (Io_Finalize(self)) return;
    Weak_ClearBuiltin(self);
    IOBase_ClearBase(self);
    Obj_Free(self);
}

static int iobase_clear(Object *self) {
    IOBase_ClearBase(self);
    return 0;
}

/* ---- _IOBase ---------------------------------------------------------------- */

static Object *unsupported_method(const char *name) { return Io_Unsupported(name); }

static Object *iobase_seek(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return unsupported_method("seek");
}

static Object *iobase_tell(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2] = {SMALL_FROM(0), SMALL_FROM(1)};
    return Obj_CallMethodC(self, "seek", a, 2);
}

static Object *iobase_truncate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return unsupported_method("truncate");
}

static Object *iobase_fileno(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return unsupported_method("fileno");
}

static Object *iobase_flush(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (SELF_CLOSED(self)) return Io_ClosedError();
    RETURN_NONE;
}

static Object *iobase_close(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (SELF_CLOSED(self)) RETURN_NONE;
    Object *r = Obj_CallMethodC(self, "flush", NULL, 0);
    SELF_CLOSED(self) = true;
    if (!r) return NULL;
    DECREF(r);
    RETURN_NONE;
}

static Object *iobase_closed(Object *self) { return NEWREF(Bool_From(SELF_CLOSED(self))); }

static Object *iobase_false(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    RETURN_BOOL(false);
}

static Object *iobase_isatty(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Io_CheckClosed(self) < 0) return NULL;
    RETURN_BOOL(false);
}

static Object *iobase_check_closed(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Io_CheckClosed(self) < 0) return NULL;
    RETURN_NONE;
}

#define CHECK_ABLE(fn, what)                                                                \
    static Object *fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {   \
        if (Io_CheckAble(self, what) < 0) return NULL;                                      \
        RETURN_NONE;                                                                        \
    }
CHECK_ABLE(iobase_check_readable, "read")
CHECK_ABLE(iobase_check_writable, "writ")
CHECK_ABLE(iobase_check_seekable, "seek")

static Object *iobase_enter(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Io_CheckClosed(self) < 0) return NULL;
    return NEWREF(self);
}

static Object *iobase_exit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_CallMethodC(self, "close", NULL, 0);
}

static Object *iobase_iter(Object *self) {
    if (Io_CheckClosed(self) < 0) return NULL;
    return NEWREF(self);
}

static Object *iobase_iternext(Object *self) {
    Object *line = Obj_CallMethodC(self, "readline", NULL, 0);
    if (!line) return NULL;
    ssize_t n = Obj_Len(line);
    if (n <= 0) {
        DECREF(line);
        return NULL; /* an error from len(), or the end */
    }
    return line;
}

/* How many bytes readline may ask read() for: up to and including the
 * first newline that peek(1) shows, at most `room`. */
static int readahead_count(Object *self, ssize_t room, ssize_t *count) {
    *count = 1;
    Object *p = Obj_CallMethodC(self, "peek", (Object *[]){SMALL_FROM(1)}, 1);
    if (!p) return -1;
    if (!Bytes_Check(p)) {
        Err_Format(Exc_OSError, "peek() should have returned a bytes object, not '%s'", TYPE_NAME(p));
        DECREF(p);
        return -1;
    }
    ssize_t n = BYTES_LEN(p);
    if (n > 0) {
        if (room >= 0 && n > room) n = room;
        const uint8_t *nl = memchr(BYTES_DATA(p), '\n', (size_t)n);
        *count = nl ? nl - BYTES_DATA(p) + 1 : n;
    }
    DECREF(p);
    return 0;
}

static Object *iobase_readline(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t limit;
    if (Io_SizeArg(nargs ? args[0] : NULL, &limit) < 0) return NULL;
    Object *peek;
    int has_peek = Obj_LookupAttr(self, ID(peek), &peek);
    if (has_peek < 0) return NULL;
    XDECREF(peek);
    ByteBuf line = {0};
    while (limit < 0 || (ssize_t)line.len < limit) {
        ssize_t count = 1;
        if (has_peek && readahead_count(self, limit < 0 ? -1 : limit - (ssize_t)line.len, &count) < 0) goto fail;
        Object *b = Obj_CallMethodC(self, "read", (Object *[]){SMALL_FROM(count)}, 1);
        if (!b) goto fail;
        const uint8_t *data;
        ssize_t n;
        if (!Bytes_GetBuffer(b, &data, &n)) {
            Err_Format(Exc_OSError, "read() should have returned a bytes object, not '%s'", TYPE_NAME(b));
            DECREF(b);
            goto fail;
        }
        int r = ByteBuf_Put(&line, data, (size_t)n);
        DECREF(b);
        if (r < 0) goto fail;
        if (n == 0 || line.data[line.len - 1] == '\n') break;
    }
    Object *res = Bytes_From(line.data, (ssize_t)line.len);
    ByteBuf_Free(&line);
    return res;
fail:
    ByteBuf_Free(&line);
    return NULL;
}

static Object *iobase_readlines(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t hint;
    if (Io_SizeArg(nargs ? args[0] : NULL, &hint) < 0) return NULL;
    Object *lines = List_New(0);
    Object *it = lines ? Obj_GetIter(self) : NULL;
    if (!it) goto fail;
    ssize_t total = 0;
    Object *line;
    while ((line = Iter_Next(it))) {
        int r = List_Append(lines, line);
        ssize_t n = r < 0 ? -1 : Obj_Len(line);
        DECREF(line);
        if (n < 0) goto fail;
        /* CPython stops once the lines would pass the hint */
        if (hint > 0 && n > hint - total) break;
        total += n;
    }
    if (Err_Occurred()) goto fail;
    DECREF(it);
    return lines;
fail:
    XDECREF(it);
    XDECREF(lines);
    return NULL;
}

static Object *iobase_writelines(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Io_CheckClosed(self) < 0) return NULL;
    Object *it = Obj_GetIter(args[0]);
    if (!it) return NULL;
    Object *line;
    while ((line = Iter_Next(it))) {
        Object *r = Obj_CallMethodC(self, "write", &line, 1);
        DECREF(line);
        if (!r) break;
        DECREF(r);
    }
    DECREF(it);
    if (Err_Occurred()) return NULL;
    RETURN_NONE;
}

static const MethodDef iobase_methods[] = {
    {"seek", iobase_seek, 0, ARGS("($self, offset, whence=os.SEEK_SET, /)", "Change the stream position to the given byte offset.")},
    {"tell", iobase_tell, 0, ARGS("($self, /)", "Return current stream position.")},
    {"truncate", iobase_truncate, 0, ARGS("($self, size=None, /)", "Truncate file to size bytes.")},
    {"flush", iobase_flush, 0, ARGS("($self, /)", "Flush write buffers, if applicable.")},
    {"close", iobase_close, 0, ARGS("($self, /)", "Flush and close the IO object.")},
    {"seekable", iobase_false, 0, ARGS("($self, /)", "Return whether object supports random access.")},
    {"readable", iobase_false, 0, ARGS("($self, /)", "Return whether object was opened for reading.")},
    {"writable", iobase_false, 0, ARGS("($self, /)", "Return whether object was opened for writing.")},
    {"_checkClosed", iobase_check_closed, 0, ARGS("($self, /, *args)", NULL)},
    {"_checkSeekable", iobase_check_seekable, 0, ARGS("($self, /, *args)", NULL)},
    {"_checkReadable", iobase_check_readable, 0, ARGS("($self, /, *args)", NULL)},
    {"_checkWritable", iobase_check_writable, 0, ARGS("($self, /, *args)", NULL)},
    {"fileno", iobase_fileno, 0, ARGS("($self, /)", "Return underlying file descriptor if one exists.")},
    {"isatty", iobase_isatty, 0, ARGS("($self, /)", "Return whether this is an 'interactive' stream.")},
    {"__enter__", iobase_enter, 0, ARGS("($self, /)", NULL)},
    {"__exit__", iobase_exit, 0, ARGS_F(ARG_NO_TEXT_SIG | ARG_BARE_NAME, "($self, /, *args)", NULL)},
    {"readline", iobase_readline, 0, ARGS("($self, size=-1, /)", "Read and return a line from the stream.")},
    {"readlines", iobase_readlines, 0, ARGS("($self, hint=-1, /)", "Return a list of lines from the stream.")},
    {"writelines", iobase_writelines, 0, ARGS("($self, lines, /)", "Write a list of lines to stream.")},
    {"__del__", iobase_del, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef iobase_getset[] = {
    {"__dict__", Obj_GenericGetDict, Obj_GenericSetDict, NULL},
    {"closed", iobase_closed, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type IOBase_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io._IOBase",
    .basicsize = sizeof(IOBase),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .doc = "The abstract base class for all I/O classes.",
    .dealloc = iobase_dealloc,
    .traverse = IOBase_TraverseBase,
    .clear = iobase_clear,
    .iter = iobase_iter,
    .iternext = iobase_iternext,
    .methods = iobase_methods,
    .getset = iobase_getset,
    .dictoffset = offsetof(IOBase, dict),
    .new_ = Obj_GenericNew,
};

/* ---- _RawIOBase ---------------------------------------------------------------- */

/* read(size=-1): readall() for a negative size, else readinto() of a
 * bytearray of that size. */
static Object *rawiobase_read(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t size = nargs ? Int_AsSsize(args[0]) : -1;
    if (size == -1 && Err_Occurred()) return NULL;
    if (size < 0) return Obj_CallMethodC(self, "readall", NULL, 0);
    Object *b = ByteArray_From(NULL, size);
    if (!b) return NULL;
    Object *r = Obj_CallMethodC(self, "readinto", &b, 1);
    Object *res = NULL;
    if (r == OBJ_NONE) {
        res = r;
    } else if (r) {
        ssize_t n = Int_Check(r) ? Int_AsSsize(r) : -1;
        if (n == -1 && !Err_Occurred()) Err_Format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(r));
        else if (n < 0 || n > size) Err_Format(Exc_ValueError, "readinto returned %zd outside buffer size %zd", n, size);
        else res = Bytes_From(((ByteArray *)b)->data, n);
        DECREF(r);
    }
    DECREF(b);
    return res;
}

static Object *rawiobase_readall(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ByteBuf all = {0};
    for (;;) {
        Object *b = Obj_CallMethodC(self, "read", (Object *[]){IO_DEFAULT_BUFFER_OBJ}, 1);
        if (!b) goto fail;
        if (b == OBJ_NONE) {
            if (all.len == 0) return b;
            DECREF(b);
            break;
        }
        if (!Bytes_Check(b)) {
            Err_SetString(Exc_TypeError, "read() should return bytes");
            DECREF(b);
            goto fail;
        }
        ssize_t n = BYTES_LEN(b);
        int r = ByteBuf_Put(&all, BYTES_DATA(b), (size_t)n);
        DECREF(b);
        if (r < 0) goto fail;
        if (n == 0) break;
    }
    Object *res = Bytes_From(all.data, (ssize_t)all.len);
    ByteBuf_Free(&all);
    return res;
fail:
    ByteBuf_Free(&all);
    return NULL;
}

static Object *not_implemented(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Err_SetObject(Exc_NotImplementedError, NULL);
    return NULL;
}

static const MethodDef rawiobase_methods[] = {
    {"read", rawiobase_read, 0, ARGS("($self, size=-1, /)", NULL)},
    {"readall", rawiobase_readall, 0, ARGS("($self, /)", "Read until EOF, using multiple read() call.")},
    {"readinto", not_implemented, 0, ARGS("($self, buffer, /)", NULL)},
    {"write", not_implemented, 0, ARGS("($self, b, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type RawIOBase_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io._RawIOBase",
    .basicsize = sizeof(IOBase),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .doc = "Base class for raw binary I/O.",
    .base = &IOBase_Type,
    .methods = rawiobase_methods,
};

/* ---- _BufferedIOBase ------------------------------------------------------------- */

#define UNSUPPORTED(fn, name)                                                              \
    static Object *fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {  \
        return Io_Unsupported(name);                                                       \
    }
UNSUPPORTED(unsupported_read, "read")
UNSUPPORTED(unsupported_read1, "read1")
UNSUPPORTED(unsupported_write, "write")
UNSUPPORTED(unsupported_detach, "detach")
UNSUPPORTED(unsupported_readline, "readline")

/* readinto(b) / readinto1(b): self.read(len(b)) or read1, copied into b. */
static Object *readinto_with(Object *self, Object *buf, const char *method) {
    BufferView v;
    if (!Buffer_Check(buf) || Buffer_Get(buf, &v, BUFFER_WRITABLE) < 0) {
        Err_Clear();
        Err_Format(Exc_TypeError, "readinto() argument must be read-write bytes-like object, not %s", TYPE_NAME(buf));
        return NULL;
    }
    Object *r = NULL;
    Object *data = Obj_CallMethodC(self, method, (Object *[]){SMALL_FROM(v.len)}, 1);
    if (!data) goto done;
    if (!Bytes_Check(data)) {
        Err_SetString(Exc_TypeError, "read() should return bytes");
        goto done;
    }
    ssize_t n = BYTES_LEN(data);
    if (n > v.len) {
        Err_Format(Exc_ValueError, "read() returned too much data: %zd bytes requested, %zd returned", v.len, n);
        goto done;
    }
    memcpy(v.buf, BYTES_DATA(data), (size_t)n);
    r = Int_FromI64(n);
done:
    XDECREF(data);
    Buffer_Release(&v);
    return r;
}

static Object *bufiobase_readinto(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return readinto_with(self, args[0], "read");
}

static Object *bufiobase_readinto1(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return readinto_with(self, args[0], "read1");
}

static const MethodDef bufiobase_methods[] = {
    {"detach", unsupported_detach, 0, ARGS("($self, /)", "Disconnect this buffer from its underlying raw stream and return it.")},
    {"read", unsupported_read, 0, ARGS("($self, size=-1, /)", "Read and return up to n bytes.")},
    {"read1", unsupported_read1, 0, ARGS("($self, size=-1, /)", "Read and return up to size bytes, with at most one read() call to the underlying raw stream.")},
    {"readinto", bufiobase_readinto, 0, ARGS("($self, buffer, /)", NULL)},
    {"readinto1", bufiobase_readinto1, 0, ARGS("($self, buffer, /)", NULL)},
    {"write", unsupported_write, 0, ARGS("($self, b, /)", "Write buffer b to the IO stream.")},
    {NULL, NULL, 0, NULL},
};

Type BufferedIOBase_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io._BufferedIOBase",
    .basicsize = sizeof(IOBase),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .doc = "Base class for buffered IO objects.",
    .base = &IOBase_Type,
    .methods = bufiobase_methods,
};

/* ---- _TextIOBase ------------------------------------------------------------------ */

static Object *textiobase_none(Object *self) { return NEWREF(OBJ_NONE); }

static const MethodDef textiobase_methods[] = {
    {"detach", unsupported_detach, 0, ARGS("($self, /)", "Separate the underlying buffer from the TextIOBase and return it.")},
    {"read", unsupported_read, 0, ARGS("($self, size=-1, /)", "Read at most size characters from stream.")},
    {"readline", unsupported_readline, 0, ARGS("($self, size=-1, /)", "Read until newline or EOF.")},
    {"write", unsupported_write, 0, ARGS("($self, s, /)", "Write string s to stream.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef textiobase_getset[] = {
    {"encoding", textiobase_none, NULL, "Encoding of the text stream.\n\nSubclasses should override.\n"},
    {"newlines", textiobase_none, NULL, "Line endings translated so far.\n\nOnly line endings translated during reading are considered.\n\nSubclasses should override.\n"},
    {"errors", textiobase_none, NULL, "The error setting of the decoder or encoder.\n\nSubclasses should override.\n"},
    {NULL, NULL, NULL, NULL},
};

Type TextIOBase_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io._TextIOBase",
    .basicsize = sizeof(IOBase),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .doc = "Base class for text I/O.",
    .base = &IOBase_Type,
    .methods = textiobase_methods,
    .getset = textiobase_getset,
};
