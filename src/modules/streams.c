/* The standard streams sys.stdin, sys.stdout and sys.stderr (shown as
 * _io.TextIOWrapper, as in CPython) and their .buffer (_io.BufferedReader /
 * _io.BufferedWriter): UTF-8 text over file descriptors 0, 1 and 2, written
 * through the interpreter's output buffers (runtime/out.c). */
#include "abstract.h"
#include "modules/_io.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct SysStream {
    Object ob;
    int fd;        /* 0 stdin, 1 stdout, 2 stderr */
    bool closed;
    /* the binary stream under a text one; under a binary one, its raw
     * FileIO (owned, lazily made) */
    Object *buffer;
    /* PYTHONIOENCODING's codec (a static name) and error handler (owned
     * str); NULL: UTF-8, and strict (stderr: backslashreplace) */
    const char *encoding;
    Object *errors;
    Object *encoding_name; /* the name given to reconfigure() (owned), shown as the encoding */
    const char *writenl;   /* what "\n" becomes on write (reconfigure's newline); NULL: itself */
} SysStream;

static const char *stream_errors(SysStream *s) {
    const char *e = s->errors ? Str_AsUTF8(s->errors, NULL) : NULL;
    return e ? e : s->fd == 2 ? "backslashreplace" : "strict";
}

static OutStream *stream_out(SysStream *s) {
    if (!g_interp) return NULL;
    return s->fd == 1 ? &g_interp->out : s->fd == 2 ? &g_interp->err : NULL;
}

static int out_write(SysStream *s, const char *data, size_t len) {
    if (s->closed) {
        Err_SetString(Exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    OutStream *o = stream_out(s);
    if (!o) {
        Err_SetString(Exc_OSError, "not writable");
        return -1;
    }
    return Out_WriteChecked(o, data, len);
}

static bool is_text_out(Object *f) {
    return !IS_SMALL(f) && f->type == &SysStream_Type && ((SysStream *)f)->fd != 0;
}

static int write_text(SysStream *s, Object *str);

/* write_text with each "\n" written as s->writenl. */
static int write_translated(SysStream *s, Object *str) {
    Object *nl = Str_FromUTF8("\n", 1), *to = Str_FromUTF8(s->writenl, -1);
    Object *t = nl && to ? Str_Replace(str, nl, to, -1) : NULL;
    XDECREF(nl);
    XDECREF(to);
    if (!t) return -1;
    const char *saved = s->writenl;
    s->writenl = NULL;
    int r = write_text(s, t);
    s->writenl = saved;
    DECREF(t);
    return r;
}

/* Writes the text str to s: its UTF-8 as it is, unless PYTHONIOENCODING
 * asked for another codec or error handler.  -1 on error. */
static int write_text(SysStream *s, Object *str) {
    if (s->writenl) return write_translated(s, str);
    if (!s->encoding) {
        ssize_t n;
        const char *u = Str_AsUTF8(str, &n);
        if (u) return out_write(s, u, (size_t)n);
        /* lone surrogates: the error handler decides */
        if (!Err_Matches(Exc_UnicodeEncodeError)) return -1;
        Err_Clear();
    }
    Object *b = Str_Encode(str, s->encoding ? s->encoding : "utf-8", stream_errors(s));
    if (!b) return -1;
    int r = out_write(s, (const char *)BYTES_DATA(b), (size_t)BYTES_LEN(b));
    DECREF(b);
    return r;
}

int Sys_WriteToFile(Object *file, const char *data, ssize_t len) {
    if (len < 0) len = (ssize_t)strlen(data);
    /* UTF-8 text: as it is, unless the stream has another codec */
    if (is_text_out(file) && !((SysStream *)file)->encoding) return out_write((SysStream *)file, data, (size_t)len);
    Object *s = Str_FromUTF8(data, len);
    if (!s) return -1;
    int r = Sys_WriteObjToFile(file, s);
    DECREF(s);
    return r;
}

int Sys_WriteObjToFile(Object *file, Object *str) {
    if (is_text_out(file) && Str_Check(str)) return write_text((SysStream *)file, str);
    Object *r = Obj_CallMethodC(file, "write", &str, 1);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

int Sys_FlushStdStream(Object *file) {
    if (!is_text_out(file) || ((SysStream *)file)->closed) return 0;
    OutStream *o = stream_out((SysStream *)file);
    return o ? Out_FlushChecked(o) : 0;
}

int Sys_WriteStdout(const char *data, size_t len) {
    Object *f = Sys_GetObjectKey(ID(stdout));
    if (!f) {
        Err_SetString(Exc_RuntimeError, "lost sys.stdout");
        return -1;
    }
    if (f == OBJ_NONE) return 0;
    INCREF(f);
    int r = Sys_WriteToFile(f, data, (ssize_t)len);
    DECREF(f);
    return r;
}

static Object *stream_new(Type *t, int fd) {
    SysStream *s = (SysStream *)Obj_Alloc(t, sizeof(SysStream));
    if (!s) return NULL;
    s->fd = fd;
    return (Object *)s;
}

static void stream_dealloc(Object *o) {
    CLEAR(((SysStream *)o)->buffer);
    CLEAR(((SysStream *)o)->errors);
    CLEAR(((SysStream *)o)->encoding_name);
    Obj_Free(o);
}

static const char *stream_name(SysStream *s) {
    return s->fd == 0 ? "<stdin>" : s->fd == 1 ? "<stdout>" : "<stderr>";
}

static Object *stream_get_encoding(Object *o);

static Object *stream_repr(Object *o) {
    SysStream *s = (SysStream *)o;
    Object *enc = stream_get_encoding(o);
    Object *r = enc ? Str_FromFormat("<_io.TextIOWrapper name='%s' mode='%s' encoding='%U'>", stream_name(s),
                                     s->fd == 0 ? "r" : "w", enc)
                    : NULL;
    XDECREF(enc);
    return r;
}

static Object *binstream_repr(Object *o) {
    SysStream *s = (SysStream *)o;
    OutStream *out = stream_out(s);
    /* -u: CPython's text stream writes to the raw file itself */
    if (out && out->unbuffered) return Str_FromFormat("<_io.FileIO name='%s' mode='wb' closefd=False>", stream_name(s));
    return Str_FromFormat("<_io.%s name='%s'>", s->fd == 0 ? "BufferedReader" : "BufferedWriter", stream_name(s));
}

static int check_open(SysStream *s) {
    if (!s->closed) return 0;
    Err_SetString(Exc_ValueError, "I/O operation on closed file.");
    return -1;
}

static Object *stream_write(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    SysStream *s = (SysStream *)self;
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "write() argument must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    if (check_open(s) < 0) return NULL;
    if (s->fd == 0) {
        Err_SetString(Exc_OSError, "not writable");
        return NULL;
    }
    if (write_text(s, args[0]) < 0) return NULL;
    return Int_FromI64(STR_LEN(args[0]));
}

static Object *binstream_write(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    SysStream *s = (SysStream *)self;
    Object *b = args[0];
    const char *data;
    ssize_t n;
    if (Bytes_Check(b)) {
        data = (const char *)BYTES_DATA(b);
        n = BYTES_LEN(b);
    } else if (!IS_SMALL(b) && Type_IsSubtype(TYPE(b), &ByteArray_Type)) {
        data = (const char *)((ByteArray *)b)->data;
        n = ((ByteArray *)b)->len;
    } else {
        Err_Format(Exc_TypeError, "a bytes-like object is required, not '%s'", TYPE_NAME(b));
        return NULL;
    }
    if (check_open(s) < 0) return NULL;
    if (s->fd == 0) {
        Err_SetString(Exc_OSError, "not writable");
        return NULL;
    }
    OutStream *o = stream_out(s);
    if (!o) {
        Err_SetString(Exc_OSError, "not writable");
        return NULL;
    }
    if (Out_WriteBinaryChecked(o, data, (size_t)n) < 0) return NULL;
    return Int_FromI64(n);
}

static Object *stream_flush(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    SysStream *s = (SysStream *)self;
    if (check_open(s) < 0) return NULL;
    OutStream *o = stream_out(s);
    if (o && Out_FlushChecked(o) < 0) return NULL;
    RETURN_NONE;
}

static Object *stream_close(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    SysStream *s = (SysStream *)self;
    OutStream *o = stream_out(s);
    bool failed = o && !s->closed && Out_FlushChecked(o) < 0;
    s->closed = true; /* even when the flush failed, as CPython's */
    if (failed) {
        o->len = o->committed = 0; /* what could not be written is gone */
        return NULL;
    }
    RETURN_NONE;
}

static Object *stream_fileno(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromI64(((SysStream *)self)->fd);
}

static Object *stream_isatty(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    RETURN_BOOL(isatty(((SysStream *)self)->fd));
}

static Object *stream_readable(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    RETURN_BOOL(((SysStream *)self)->fd == 0);
}

static Object *stream_writable(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    RETURN_BOOL(((SysStream *)self)->fd != 0);
}

static Object *stream_seekable(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    RETURN_BOOL(false);
}

/* Reads from the process's stdin into *out: one line (up to and including
 * '\n') when line is set, else everything; limit < 0 means no limit.  -1
 * with MemoryError. */
static int read_stdin(bool line, ssize_t limit, ByteBuf *out) {
    while (limit < 0 || (ssize_t)out->len < limit) {
        int c = getc(stdin);
        if (c == EOF) break;
        if (ByteBuf_AddByte(out, (uint8_t)c) < 0) return ByteBuf_RaiseNoMemory();
        if (line && c == '\n') break;
    }
    return 0;
}

static int stdin_check(SysStream *s) {
    if (check_open(s) < 0) return -1;
    if (s->fd != 0) {
        Err_SetString(Exc_OSError, "not readable");
        return -1;
    }
    return 0;
}

/* Optional size argument of read()/readline(): -1 when absent or None. */
static int size_arg(const char *fname, Object *const *args, size_t nargs, Object *kwnames, ssize_t *size) {
    *size = -1;
    if (nargs == 1 && args[0] != OBJ_NONE) {
        if (Index_AsSsize(args[0], Exc_OverflowError, size) < 0) return -1;
    }
    return 0;
}

static Object *stream_read_common(Object *self, Object *const *args, size_t nargs, Object *kwnames, bool line,
                                  bool binary) {
    ssize_t size;
    if (size_arg(line ? "readline" : "read", args, nargs, kwnames, &size) < 0) return NULL;
    if (stdin_check((SysStream *)self) < 0) return NULL;
    ByteBuf buf = {0};
    Object *r = NULL;
    if (read_stdin(line, size, &buf) == 0) {
        const char *data = buf.data ? buf.data : "";
        SysStream *s = (SysStream *)self;
        r = binary      ? Bytes_From(data, (ssize_t)buf.len)
            : s->encoding ? Str_Decode(data, (ssize_t)buf.len, s->encoding, stream_errors(s))
                          : Str_FromUTF8(data, (ssize_t)buf.len);
    }
    ByteBuf_Free(&buf);
    return r;
}

static Object *stream_readline(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return stream_read_common(self, args, nargs, kwnames, true, false);
}
static Object *stream_read(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return stream_read_common(self, args, nargs, kwnames, false, false);
}
static Object *binstream_readline(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return stream_read_common(self, args, nargs, kwnames, true, true);
}
static Object *binstream_read(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return stream_read_common(self, args, nargs, kwnames, false, true);
}

static Object *stream_readlines(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (stdin_check((SysStream *)self) < 0) return NULL;
    Object *l = List_New(0);
    if (!l) return NULL;
    for (;;) {
        Object *line = stream_readline(self, NULL, 0, NULL);
        if (!line) {
            DECREF(l);
            return NULL;
        }
        if (STR_LEN(line) == 0) {
            DECREF(line);
            return l;
        }
        if (List_AppendSteal(l, line) < 0) {
            DECREF(l);
            return NULL;
        }
    }
}

static Object *stream_iter(Object *o) {
    if (stdin_check((SysStream *)o) < 0) return NULL;
    return NEWREF(o);
}

static Object *stream_iternext(Object *o) {
    if (((SysStream *)o)->fd != 0) {
        Err_SetString(Exc_OSError, "not readable");
        return NULL;
    }
    Object *line = stream_readline(o, NULL, 0, NULL);
    if (line && STR_LEN(line) == 0) CLEAR(line);
    return line;
}

/* A str-or-None argument of reconfigure; -1 with CPython's TypeError. */
static int str_or_none(Object *o, const char *name) {
    if (!o || o == OBJ_NONE || Str_Check(o)) return 0;
    Err_Format(Exc_TypeError, "reconfigure() argument '%s' must be str or None, not %s", name, TYPE_NAME(o));
    return -1;
}

/* A flag argument of reconfigure (None or absent: unchanged, -1), read as
 * an int as CPython reads it; -2 on error. */
static int flag_arg(Object *o) {
    if (!o || o == OBJ_NONE) return -1;
    Object *i = Obj_Index(o);
    if (!i) return -2;
    int r = Obj_IsTrue(i);
    DECREF(i);
    return r < 0 ? -2 : r;
}

/* reconfigure(*, encoding=None, errors=None, newline=None,
 *             line_buffering=None, write_through=None): what is given
 * changes, after what was written so far has been flushed. */
static Object *stream_reconfigure(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    SysStream *s = (SysStream *)self;
    Object *encoding = args[0], *errors = args[1], *newline = args[2];
    if (str_or_none(encoding, "encoding") < 0 || str_or_none(errors, "errors") < 0 ||
        str_or_none(newline, "newline") < 0)
        return NULL;
    const char *writenl = s->writenl;
    if (newline && newline != OBJ_NONE) {
        const char *nl = Str_AsUTF8(newline, NULL);
        if (!nl) return NULL;
        if (strcmp(nl, "") && strcmp(nl, "\n") && strcmp(nl, "\r") && strcmp(nl, "\r\n")) {
            Err_Format(Exc_ValueError, "illegal newline value: %U", newline);
            return NULL;
        }
        writenl = nl[0] == '\r' ? (nl[1] ? "\r\n" : "\r") : NULL;
    } else if (newline == OBJ_NONE) {
        writenl = NULL;
    }
    const char *codec = s->encoding;
    if (encoding && encoding != OBJ_NONE) {
        const char *name = Str_AsUTF8(encoding, NULL);
        if (!name) return NULL;
        if (!(codec = Str_CodecName(name))) {
            Err_Format(Exc_LookupError, "unknown encoding: %s", name);
            return NULL;
        }
    }
    int lb = flag_arg(args[3]), wt = flag_arg(args[4]);
    if (lb == -2 || wt == -2) return NULL;
    OutStream *o = stream_out(s);
    if (o && !s->closed && Out_FlushChecked(o) < 0) return NULL;
    if (encoding && encoding != OBJ_NONE) {
        s->encoding = codec;
        SETREF(s->encoding_name, NEWREF(encoding));
        if (!errors || errors == OBJ_NONE) SETREF(s->errors, Str_FromUTF8("strict", -1));
    }
    if (errors && errors != OBJ_NONE) SETREF(s->errors, NEWREF(errors));
    s->writenl = writenl;
    if (o && lb >= 0) o->line_buffered = lb;
    if (o && wt >= 0) o->write_through = wt;
    RETURN_NONE;
}

static Object *stream_enter(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (check_open((SysStream *)self) < 0) return NULL;
    return NEWREF(self);
}

static Object *stream_exit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return stream_close(self, NULL, 0, NULL);
}

static Object *stream_get_encoding(Object *o) {
    if (((SysStream *)o)->encoding_name) return NEWREF(((SysStream *)o)->encoding_name);
    const char *e = ((SysStream *)o)->encoding;
    return Str_FromUTF8(e ? e : "utf-8", -1);
}
static Object *stream_get_errors(Object *o) { return Str_FromUTF8(stream_errors((SysStream *)o), -1); }
static Object *stream_get_name(Object *o) { return Str_FromUTF8(stream_name((SysStream *)o), -1); }
static Object *stream_get_mode(Object *o) { return Str_FromUTF8(((SysStream *)o)->fd == 0 ? "r" : "w", -1); }
static Object *binstream_get_mode(Object *o) { return Str_FromUTF8(((SysStream *)o)->fd == 0 ? "rb" : "wb", -1); }
static Object *stream_get_closed(Object *o) { return Bool_From(((SysStream *)o)->closed); }
static Object *stream_get_line_buffering(Object *o) {
    SysStream *s = (SysStream *)o;
    OutStream *out = stream_out(s);
    return Bool_From(out && out->line_buffered);
}
static Object *stream_get_write_through(Object *o) {
    OutStream *out = stream_out((SysStream *)o);
    return Bool_From(out && out->write_through);
}
static Object *stream_get_newlines(Object *o) { return NEWREF(OBJ_NONE); }
static Object *stream_get_buffer(Object *o) {
    SysStream *s = (SysStream *)o;
    if (!s->buffer && !(s->buffer = stream_new(&SysBinaryStream_Type, s->fd))) return NULL;
    return NEWREF(s->buffer);
}

/* What the text and binary streams share, on a base as CPython's _io._IOBase. */
static const MethodDef iobase_methods[] = {
    {"flush", stream_flush, 0, ARGS("($self, /)", NULL)},
    {"close", stream_close, 0, ARGS("($self, /)", NULL)},
    {"fileno", stream_fileno, 0, ARGS("($self, /)", NULL)},
    {"isatty", stream_isatty, 0, ARGS("($self, /)", NULL)},
    {"readable", stream_readable, 0, ARGS("($self, /)", NULL)},
    {"writable", stream_writable, 0, ARGS("($self, /)", NULL)},
    {"seekable", stream_seekable, 0, ARGS("($self, /)", NULL)},
    {"__enter__", stream_enter, 0, ARGS("($self, /)", NULL)},
    {"__exit__", stream_exit, 0, ARGS_F(ARG_NO_TEXT_SIG | ARG_BARE_NAME, "($self, /, *args)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef iobase_getset[] = {
    {"name", stream_get_name, NULL, NULL},
    {"closed", stream_get_closed, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Type SysIOBase_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io._IOBase",
    .basicsize = sizeof(SysStream),
    .dealloc = stream_dealloc,
    .methods = iobase_methods,
    .getset = iobase_getset,
};

static const MethodDef stream_methods[] = {
    {"write", stream_write, 0, ARGS("($self, text, /)", NULL)},
    {"read", stream_read, 0, ARGS("($self, size=-1, /)", NULL)},
    {"readline", stream_readline, 0, ARGS("($self, size=-1, /)", NULL)},
    {"readlines", stream_readlines, 0, ARGS("($self, hint=-1, /)", "Return a list of lines from the stream.")},
    {"reconfigure", stream_reconfigure, 0,
     ARGS("($self, /, *, encoding=None, errors=None, newline=None,\n            line_buffering=None, "
          "write_through=None)",
          "Reconfigure the text stream with new parameters.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef stream_getset[] = {
    {"encoding", stream_get_encoding, NULL, NULL},
    {"errors", stream_get_errors, NULL, NULL},
    {"mode", stream_get_mode, NULL, NULL},
    {"line_buffering", stream_get_line_buffering, NULL, NULL},
    {"write_through", stream_get_write_through, NULL, NULL},
    {"newlines", stream_get_newlines, NULL, NULL},
    {"buffer", stream_get_buffer, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type SysStream_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io.TextIOWrapper",
    .base = &SysIOBase_Type,
    .repr = stream_repr,
    .iter = stream_iter,
    .iternext = stream_iternext,
    .methods = stream_methods,
    .getset = stream_getset,
};

static const MethodDef binstream_methods[] = {
    {"write", binstream_write, 0, ARGS("($self, b, /)", NULL)},
    {"read", binstream_read, 0, ARGS("($self, size=-1, /)", NULL)},
    {"readline", binstream_readline, 0, ARGS("($self, size=-1, /)", "Read and return a line from the stream.")},
    {NULL, NULL, 0, NULL},
};

/* .raw of a binary stream: a FileIO over the same descriptor, named as the
 * stream, which does not close it (kept in the binary stream's `buffer`
 * field).  With -u the binary stream stands for CPython's FileIO itself,
 * which has no .raw. */
static Object *binstream_get_raw(Object *o) {
    SysStream *s = (SysStream *)o;
    OutStream *out = stream_out(s);
    if (out && out->unbuffered) {
        Err_SetString(Exc_AttributeError, "'_io.FileIO' object has no attribute 'raw'");
        return NULL;
    }
    if (!s->buffer) {
        Object *mode = Str_FromUTF8(s->fd == 0 ? "rb" : "wb", -1);
        Object *args[3] = {SMALL_FROM(s->fd), mode, OBJ_FALSE};
        Object *raw = mode ? Obj_Call((Object *)&FileIO_Type, args, 3, NULL) : NULL;
        XDECREF(mode);
        Object *name = raw ? Str_FromUTF8(stream_name(s), -1) : NULL;
        int r = name ? Obj_SetAttrC(raw, "name", name) : -1;
        XDECREF(name);
        if (r < 0) {
            XDECREF(raw);
            return NULL;
        }
        s->buffer = raw;
    }
    return NEWREF(s->buffer);
}

static const GetSetDef binstream_getset[] = {
    {"mode", binstream_get_mode, NULL, NULL},
    {"raw", binstream_get_raw, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type SysBinaryStream_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io.BufferedWriter",
    .base = &SysIOBase_Type,
    .repr = binstream_repr,
    .methods = binstream_methods,
    .getset = binstream_getset,
};

Object *Stream_New(int fd) { return stream_new(&SysStream_Type, fd); }

int Stream_SetEncoding(Object *stream, const char *encoding, const char *errors) {
    if (IS_SMALL(stream) || stream->type != &SysStream_Type) return 0;
    SysStream *s = (SysStream *)stream;
    if (encoding) {
        const char *name = Str_CodecName(encoding);
        if (!name) {
            Err_Format(Exc_LookupError, "unknown encoding: %s", encoding);
            return -1;
        }
        s->encoding = name;
    }
    if (errors && s->fd != 2) {
        Object *e = Str_FromUTF8(errors, -1);
        if (!e) return -1;
        SETREF(s->errors, e);
    }
    return 0;
}
