/* _io.FileIO: raw, unbuffered binary I/O on a file descriptor, every call
 * one system call (retried on EINTR after running the signal handlers, PEP
 * 475: an exception a handler raises ends the call), failures raised as the
 * OSError subclass for errno with the file's name. */
#include "abstract.h"
#include "modules/_io.h"
#include "modules/_warnings.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/audit.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/fspath.h"
#include "runtime/oserror.h"
#include "runtime/signals.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#define FIO(o) ((FileIO *)(o))

/* FileIO's own closed-file error has no full stop, as CPython's. */
static Object *closed_error(void) {
    Err_SetString(Exc_ValueError, "I/O operation on closed file");
    return NULL;
}

static Object *fio_name(Object *self) {
    Object *d = ((IOBase *)self)->dict;
    return d ? Dict_GetStr(d, "name") : NULL;
}

/* Raises the OSError for errno, naming the file when it has a name. */
static Object *os_error(Object *self) { return Err_SetFromErrnoWithFilename(NULL); }

static Object *fileio_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *o = Obj_Alloc(t, (size_t)t->basicsize);
    if (!o) return NULL;
    FIO(o)->fd = -1;
    FIO(o)->seekable = -1;
    FIO(o)->closefd = true;
    return o;
}

/* Mode string -> flags; CPython's ValueErrors. */
static int parse_mode(FileIO *f, Object *mode, int *flags) {
    const char *s = Str_Check(mode) ? Str_AsUTF8(mode, NULL) : NULL;
    if (!s) {
        if (!Err_Occurred())
            Err_Format(Exc_TypeError, "FileIO() argument 'mode' must be str, not %s", IO_ARG_TYPE_NAME(mode));
        return -1;
    }
    int rwa = 0, plus = 0;
    *flags = 0;
    for (const char *c = s; *c; c++) {
        switch (*c) {
        case 'x': rwa++; f->created = f->writable = true; *flags |= O_EXCL | O_CREAT; break;
        case 'r': rwa++; f->readable = true; break;
        case 'w': rwa++; f->writable = true; *flags |= O_CREAT | O_TRUNC; break;
        case 'a': rwa++; f->writable = f->appending = true; *flags |= O_APPEND | O_CREAT; break;
        case 'b': break;
        case '+': plus++; f->readable = f->writable = true; break;
        default:
            Err_Format(Exc_ValueError, "invalid mode: %s", s);
            return -1;
        }
    }
    if (rwa != 1 || plus > 1) {
        Err_SetString(Exc_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
        return -1;
    }
    *flags |= f->readable && f->writable ? O_RDWR : f->readable ? O_RDONLY : O_WRONLY;
    *flags |= O_CLOEXEC;
    return 0;
}

/* fd = opener(name, flags): an int >= 0, else CPython's errors. */
static int call_opener(Object *opener, Object *name, int flags) {
    Object *a[2] = {name, SMALL_FROM(flags)};
    Object *r = Obj_Call(opener, a, 2, NULL);
    if (!r) return -1;
    if (!Int_Check(r)) {
        Err_SetString(Exc_TypeError, "expected integer from opener");
        DECREF(r);
        return -1;
    }
    int64_t v;
    int ok = Int_AsI64(r, &v);
    DECREF(r);
    if (ok < 0) return -1;
    if (v < 0) {
        Err_Format(Exc_ValueError, "opener returned %lld", (long long)v);
        return -1;
    }
    if (v > INT32_MAX) {
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return (int)v;
}

static int open_path(Object *name, int flags, Object *opener) {
    if (opener && opener != OBJ_NONE) return call_opener(opener, name, flags);
    Object *path = Path_EncodeFS(name);
    if (!path) return -1;
    int fd;
    do fd = open((const char *)BYTES_DATA(path), flags, 0666);
    while (fd < 0 && errno == EINTR && Signals_Run() == 0);
    DECREF(path);
    if (fd < 0 && !Err_Occurred()) Err_SetFromErrnoWithFilename(name);
    return fd;
}

static void close_fd(FileIO *f) {
    if (f->fd >= 0 && f->closefd) close(f->fd);
    f->fd = -1;
}

/* FileIO(file, mode='r', closefd=True, opener=None) */
static int fileio_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    FileIO *f = FIO(self);
    Object *a[4];
    if (Arg_Unpack(FileIO_Type.args, "FileIO", args, nargs, kwnames, a) < 0) return -1;
    Object *file = a[0], *mode = a[1], *closefd_arg = a[2], *opener = a[3];
    close_fd(f);
    f->readable = f->writable = f->appending = f->created = false;
    f->seekable = -1;
    bool closefd = true;
    if (closefd_arg) {
        int t = Obj_IsTrue(closefd_arg);
        if (t < 0) return -1;
        closefd = t;
    }
    int fd = -1;
    if (Int_Check(file)) {
        int64_t v;
        if (Int_AsI64(file, &v) < 0) return -1;
        if (v < 0) {
            Err_SetString(Exc_ValueError, "negative file descriptor");
            return -1;
        }
        if (v > INT32_MAX) {
            Err_SetString(Exc_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
        fd = (int)v;
    }
    int flags;
    Object *m = mode ? mode : Str_InternC("r");
    if (parse_mode(f, m, &flags) < 0) return -1;
    Object *event[3] = {file, m, SMALL_FROM(flags)};
    if (Audit_EventArgs("open", 3, event) < 0) return -1;
    if (fd < 0) {
        if (!closefd) {
            Err_SetString(Exc_ValueError, "Cannot use closefd=False with file name");
            return -1;
        }
        Object *check = Path_FSPath(file);
        if (!check) return -1;
        DECREF(check);
        if ((fd = open_path(file, flags, opener)) < 0) return -1;
    }
    f->fd = fd;
    f->closefd = closefd;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        Err_SetFromErrnoWithFilename(Int_Check(file) ? NULL : file);
        goto fail;
    }
    if (S_ISDIR(st.st_mode)) {
        errno = EISDIR;
        Err_SetFromErrnoWithFilename(file);
        goto fail;
    }
    f->blksize = st.st_blksize > 1 ? st.st_blksize : IO_DEFAULT_BUFFER_SIZE;
    if (Obj_SetAttrC(self, "name", file) < 0) goto fail;
    if (f->appending) lseek(fd, 0, SEEK_END); /* a pipe cannot: no matter */
    return 0;
fail:
    if (!Int_Check(file)) close_fd(f);
    else f->fd = -1;
    return -1;
}

static void fileio_dealloc(Object *self) {
    if (Io_Finalize(self)) return;
    Weak_ClearBuiltin(self);
    close_fd(FIO(self));
    IOBase_ClearBase(self);
    Obj_Free(self);
}

static int fileio_clear(Object *self) {
    IOBase_ClearBase(self);
    return 0;
}

static Object *fileio_repr(Object *self) {
    FileIO *f = FIO(self);
    const char *tname = TYPE(self)->name;
    if (f->fd < 0) return Str_FromFormat("<%s [closed]>", tname);
    const char *mode = f->created ? (f->readable ? "xb+" : "xb")
                       : f->appending ? (f->readable ? "ab+" : "ab")
                       : f->readable ? (f->writable ? "rb+" : "rb") : "wb";
    const char *cfd = f->closefd ? "True" : "False";
    Object *name = fio_name(self);
    if (!name) return Str_FromFormat("<%s fd=%d mode='%s' closefd=%s>", tname, f->fd, mode, cfd);
    int rec = Repr_Enter(self);
    if (rec) {
        if (rec > 0) Err_Format(Exc_RuntimeError, "reentrant call inside %s.__repr__", tname);
        return NULL;
    }
    Object *r = Str_FromFormat("<%s name=%R mode='%s' closefd=%s>", tname, name, mode, cfd);
    Repr_Leave(self);
    return r;
}

static Object *fileio_mode(Object *self) {
    FileIO *f = FIO(self);
    return Str_FromUTF8(f->created ? (f->readable ? "xb+" : "xb")
                        : f->appending ? (f->readable ? "ab+" : "ab")
                        : f->readable ? (f->writable ? "rb+" : "rb") : "wb", -1);
}

static Object *fileio_closed(Object *self) { return NEWREF(Bool_From(FIO(self)->fd < 0)); }
static Object *fileio_closefd(Object *self) { return NEWREF(Bool_From(FIO(self)->closefd)); }
static Object *fileio_blksize(Object *self) { return Int_FromI64(FIO(self)->blksize); }

#define CHECK_OPEN(f) \
    if ((f)->fd < 0) return closed_error()

static Object *fileio_readable(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK_OPEN(FIO(self));
    RETURN_BOOL(FIO(self)->readable);
}

static Object *fileio_writable(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK_OPEN(FIO(self));
    RETURN_BOOL(FIO(self)->writable);
}

static Object *fileio_seekable(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    FileIO *f = FIO(self);
    CHECK_OPEN(f);
    if (f->seekable < 0) f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    RETURN_BOOL(f->seekable);
}

bool FileIO_Abilities(Object *raw, bool *readable, bool *writable, bool *seekable) {
    if (IS_SMALL(raw) || raw->type != &FileIO_Type || FIO(raw)->fd < 0) return false;
    FileIO *f = FIO(raw);
    if (f->seekable < 0) f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    *readable = f->readable;
    *writable = f->writable;
    *seekable = f->seekable;
    return true;
}

static Object *fileio_fileno(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK_OPEN(FIO(self));
    return Int_FromI64(FIO(self)->fd);
}

static Object *fileio_isatty(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK_OPEN(FIO(self));
    RETURN_BOOL(isatty(FIO(self)->fd));
}

/* One read(2) of at most n bytes into buf, retried on EINTR: the count,
 * -2 for EAGAIN (None to Python), -1 with OSError. */
static ssize_t read_some(FileIO *f, void *buf, size_t n) {
    ssize_t r;
    do r = read(f->fd, buf, n);
    while (r < 0 && errno == EINTR && Signals_Run() == 0);
    if (r < 0) {
        if (Err_Occurred()) return -1; /* raised by a signal handler */
        if (errno == EAGAIN) return -2;
        Err_SetFromErrnoWithFilename(NULL);
    }
    return r;
}

static int check_readable(FileIO *f) {
    if (f->fd < 0) return closed_error(), -1;
    if (!f->readable) return Io_Unsupported("File not open for reading"), -1;
    return 0;
}

static Object *fileio_readall(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    FileIO *f = FIO(self);
    if (f->fd < 0) return closed_error();
    /* a regular file tells how much is left: read that (and one byte more,
     * which finds the end) at once; otherwise grow as the data comes */
    size_t want = 8192, expected = 0;
    struct stat st;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (fstat(f->fd, &st) == 0 && pos >= 0 && st.st_size > pos) {
        expected = (size_t)(st.st_size - pos);
        want = expected + 1;
    }
    ByteBuf b = {0};
    for (;;) {
        if (ByteBuf_Reserve(&b, want) < 0) {
            ByteBuf_Free(&b);
            return Err_NoMemory();
        }
        ssize_t n = read_some(f, b.data + b.len, want);
        if (n == -2) {
            if (b.len == 0) {
                ByteBuf_Free(&b);
                RETURN_NONE;
            }
            break;
        }
        if (n < 0) {
            ByteBuf_Free(&b);
            return NULL;
        }
        if (n == 0) break;
        b.len += (size_t)n;
        if (expected && b.len >= expected) want = 8192;  /* only the end should be left */
        else if (b.len > 65536) want = b.len;            /* roughly doubling */
        else want = 8192;
    }
    Object *r = Bytes_From(b.data, (ssize_t)b.len);
    ByteBuf_Free(&b);
    return r;
}

static Object *fileio_read(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    FileIO *f = FIO(self);
    ssize_t size;
    if (Io_SizeArg(nargs ? args[0] : NULL, &size) < 0 || check_readable(f) < 0) return NULL;
    if (size < 0) return fileio_readall(self, NULL, 0, NULL);
    Object *b = Bytes_NewRaw(size);
    if (!b) return NULL;
    ssize_t n = read_some(f, BYTES_DATA(b), (size_t)size);
    if (n < 0) {
        DECREF(b);
        if (n == -2) RETURN_NONE;
        return NULL;
    }
    if (n == size) return b;
    Object *r = Bytes_From(BYTES_DATA(b), n);
    DECREF(b);
    return r;
}

static Object *fileio_readinto(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    FileIO *f = FIO(self);
    Object *buf = args[0];
    BufferView v; /* a counted export: signal handlers may run while read() waits */
    if (!Buffer_Check(buf) || Buffer_Get(buf, &v, BUFFER_WRITABLE) < 0) {
        Err_Clear();
        Err_Format(Exc_TypeError, "readinto() argument 1 must be read-write bytes-like object, not %s", TYPE_NAME(buf));
        return NULL;
    }
    Object *r = NULL;
    if (check_readable(f) == 0) {
        ssize_t n = read_some(f, v.buf, (size_t)v.len);
        r = n == -2 ? OBJ_NONE : n < 0 ? NULL : Int_FromI64(n);
    }
    Buffer_Release(&v);
    return r;
}

static Object *fileio_write(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    FileIO *f = FIO(self);
    BufferView v; /* a counted export: signal handlers may run between tries */
    if (Buffer_Get(args[0], &v, BUFFER_SIMPLE) < 0) return NULL;
    Object *r;
    if (f->fd < 0) r = closed_error();
    else if (!f->writable) r = Io_Unsupported("File not open for writing");
    else {
        ssize_t n;
        do n = write(f->fd, v.buf, (size_t)v.len);
        while (n < 0 && errno == EINTR && Signals_Run() == 0);
        if (n >= 0) r = Int_FromI64(n);
        else if (Err_Occurred()) r = NULL; /* raised by a signal handler */
        else if (errno == EAGAIN) r = OBJ_NONE;
        else r = os_error(self);
    }
    Buffer_Release(&v);
    return r;
}

static Object *fileio_seek(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    FileIO *f = FIO(self);
    if (f->fd < 0) return closed_error();
    Object *pos = args[0];
    int64_t off, whence = 0;
    Object *i = Obj_Index(pos);
    if (!i) return NULL;
    int r = Int_AsI64(i, &off);
    DECREF(i);
    if (r < 0) return NULL;
    if (nargs > 1 && Int_AsI64(args[1], &whence) < 0) return NULL;
    off_t res = lseek(f->fd, (off_t)off, (int)whence);
    if (res < 0) return os_error(self);
    if (f->seekable < 0) f->seekable = 1;
    return Int_FromI64(res);
}

static Object *fileio_tell(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    FileIO *f = FIO(self);
    if (f->fd < 0) return closed_error();
    off_t res = lseek(f->fd, 0, SEEK_CUR);
    if (res < 0) return os_error(self);
    return Int_FromI64(res);
}

static Object *fileio_truncate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    FileIO *f = FIO(self);
    if (f->fd < 0) return closed_error();
    if (!f->writable) return Io_Unsupported("File not open for writing");
    int64_t size;
    if (nargs == 0 || args[0] == OBJ_NONE) {
        off_t cur = lseek(f->fd, 0, SEEK_CUR);
        if (cur < 0) return os_error(self);
        size = cur;
    } else {
        Object *i = Obj_Index(args[0]);
        if (!i) return NULL;
        int r = Int_AsI64(i, &size);
        DECREF(i);
        if (r < 0) return NULL;
    }
    int r;
    do r = ftruncate(f->fd, (off_t)size);
    while (r < 0 && errno == EINTR && Signals_Run() == 0);
    if (r < 0) return Err_Occurred() ? NULL : os_error(self);
    return Int_FromI64(size);
}

/* _dealloc_warn(source): the ResourceWarning "unclosed file <source>"
 * while the descriptor is still ours to close.  A warning made an error
 * (-W error) is reported, never raised: the file is being finalized. */
static Object *fileio_dealloc_warn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    FileIO *f = FIO(self);
    if (f->fd < 0 || !f->closefd) RETURN_NONE;
    Object *pending = Err_Fetch();
    if (Warn_Resource(args[0], "unclosed file %R", args[0]) < 0) {
        if (Err_Matches(Exc_Warning)) Err_WriteUnraisable("while finalizing file", self);
        else Err_Clear();
    }
    if (pending) Err_Restore(pending);
    RETURN_NONE;
}

/* close(): _IOBase.close (which flushes), then the descriptor. */
static Object *fileio_close(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    FileIO *f = FIO(self);
    if (f->base.finalizing) {
        Object *warned = fileio_dealloc_warn(self, &self, 1, NULL);
        XDECREF(warned);
    }
    Object *base_close = Type_Lookup(&RawIOBase_Type, ID(close));
    Object *r = base_close ? Obj_Call(base_close, &self, 1, NULL) : NULL;
    int err = 0;
    if (f->fd >= 0 && f->closefd) {
        int fd = f->fd;
        f->fd = -1;
        if (close(fd) < 0) err = errno;
    }
    f->fd = -1;
    if (!r) return NULL;
    DECREF(r);
    if (err) return Err_SetFromErrnoValue(err, NULL);
    RETURN_NONE;
}

static Object *fileio_getstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Err_Format(Exc_TypeError, "cannot pickle '%s' instances", TYPE_NAME(self));
    return NULL;
}

static const MethodDef fileio_methods[] = {
    {"read", fileio_read, 0, ARGS("($self, size=-1, /)", "Read at most size bytes, returned as bytes.")},
    {"readall", fileio_readall, 0, ARGS("($self, /)", "Read all data from the file, returned as bytes.")},
    {"readinto", fileio_readinto, 0, ARGS("($self, buffer, /)", "Same as RawIOBase.readinto().")},
    {"write", fileio_write, 0, ARGS("($self, b, /)", "Write buffer b to file, return number of bytes written.")},
    {"seek", fileio_seek, 0, ARGS("($self, pos, whence=0, /)", "Move to new file position and return the file position.")},
    {"tell", fileio_tell, 0, ARGS("($self, /)", "Current file position.")},
    {"truncate", fileio_truncate, 0, ARGS("($self, size=None, /)", "Truncate the file to at most size bytes and return the truncated size.")},
    {"close", fileio_close, 0, ARGS("($self, /)", "Close the file.")},
    {"_dealloc_warn", fileio_dealloc_warn, 0, ARGS("($self, object, /)", NULL)},
    {"seekable", fileio_seekable, 0, ARGS("($self, /)", "True if file supports random-access.")},
    {"readable", fileio_readable, 0, ARGS("($self, /)", "True if file was opened in a read mode.")},
    {"writable", fileio_writable, 0, ARGS("($self, /)", "True if file was opened in a write mode.")},
    {"fileno", fileio_fileno, 0, ARGS("($self, /)", "Return the underlying file descriptor (an integer).")},
    {"isatty", fileio_isatty, 0, ARGS("($self, /)", "True if the file is connected to a TTY device.")},
    {"__getstate__", fileio_getstate, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef fileio_getset[] = {
    {"closed", fileio_closed, NULL, "True if the file is closed"},
    {"closefd", fileio_closefd, NULL, "True if the file descriptor will be closed by close()."},
    {"mode", fileio_mode, NULL, "String giving the file mode"},
    {"_blksize", fileio_blksize, NULL, "Stat st_blksize if available"},
    {NULL, NULL, NULL, NULL},
};

Type FileIO_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io.FileIO",
    .basicsize = sizeof(FileIO),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .doc = "Open a file.\n\nThe mode can be 'r' (default), 'w', 'x' or 'a' for reading,\nwriting, exclusive "
           "creation or appending.  The file will be created\nif it doesn't exist when opened for writing or "
           "appending; it will be\ntruncated when opened for writing.  A FileExistsError will be raised\nif it "
           "already exists when opened for creating. Opening a file for creating\nimplies writing so this mode "
           "behaves in a similar way to 'w'.Add a '+' to the mode\nto allow simultaneous reading and writing. A "
           "custom opener can be used by\npassing a callable as *opener*. The underlying file descriptor for the "
           "file\nobject is then obtained by calling opener with (*name*, *flags*).\n*opener* must return an open "
           "file descriptor (passing os.open as *opener*\nresults in functionality similar to passing None).",
    .args = ARGS("(file, mode='r', closefd=True, opener=None)", NULL),
    .base = &RawIOBase_Type,
    .dealloc = fileio_dealloc,
    .repr = fileio_repr,
    .traverse = IOBase_TraverseBase,
    .clear = fileio_clear,
    .methods = fileio_methods,
    .getset = fileio_getset,
    .dictoffset = offsetof(IOBase, dict),
    .new_ = fileio_new,
    .init = fileio_init,
};

/* ---- the direct path of the buffered streams (_io.h) ---------------------------- */

ssize_t FileIO_ReadInto(Object *raw, char *dst, size_t n) {
    FileIO *f = FIO(raw);
    if (check_readable(f) < 0) return -1;
    return read_some(f, dst, n);
}

ssize_t FileIO_Write(Object *raw, const char *data, size_t n) {
    FileIO *f = FIO(raw);
    if (f->fd < 0) return closed_error(), -1;
    if (!f->writable) return Io_Unsupported("File not open for writing"), -1;
    ssize_t w;
    do w = write(f->fd, data, n);
    while (w < 0 && errno == EINTR && Signals_Run() == 0);
    if (w < 0) {
        if (Err_Occurred()) return -1; /* raised by a signal handler */
        if (errno == EAGAIN) return -2;
        Err_SetFromErrnoWithFilename(NULL);
    }
    return w;
}

bool FileIO_Closed(Object *raw) { return FIO(raw)->fd < 0; }
