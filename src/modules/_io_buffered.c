/* _io.BufferedReader, BufferedWriter and BufferedRandom: a buffer in front
 * of a raw stream.  One structure serves the three; the type says which
 * of reading and writing it does.
 *
 * Reading keeps the bytes read from the raw stream but not yet returned
 * (rbuf[rpos:rend]); writing keeps the bytes written but not yet passed on
 * (wbuf).  The raw stream's position is therefore ahead of the logical one
 * by the read-ahead and behind it by the pending writes; tell() and seek()
 * account for both.  A BufferedRandom never holds both at once: a write
 * first gives back the read-ahead (seeking the raw stream back), a read
 * first writes out what is pending. */
#include "abstract.h"
#include "modules/_io.h"
#include "objects/bytes.h"
#include "objects/exc.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include "runtime/signals.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BUF(o) ((Buffered *)(o))
#define READAHEAD(b) ((b)->rend - (b)->rpos)

/* ---- checks ---------------------------------------------------------------- */

static int check_init(Buffered *b) {
    if (b->ok && b->raw) return 0;
    Err_SetString(Exc_ValueError, b->detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
    return -1;
}

/* raw.closed as a truth value: 1, 0, -1. */
static int raw_closed(Buffered *b) {
    if (TYPE(b->raw) == &FileIO_Type) return FileIO_Closed(b->raw);
    Object *c = Obj_GetAttr(b->raw, ID(closed));
    if (!c) return -1;
    int r = Obj_IsTrue(c);
    DECREF(c);
    return r;
}

/* CPython lets a closed stream still hand out its read-ahead. */
static int check_closed(Buffered *b, const char *what) {
    int c = raw_closed(b);
    if (c < 0) return -1;
    if (c && READAHEAD(b) == 0) {
        Err_Format(Exc_ValueError, "%s of closed file", what);
        return -1;
    }
    return 0;
}

#define CHECK_INIT(b) \
    if (check_init(b) < 0) return NULL

/* ---- the raw stream ------------------------------------------------------------ */

/* One raw.readinto() of at most n bytes into dst: the count, 0 at the end,
 * -2 when the raw stream has nothing now (None), -1 on error. */
static ssize_t raw_read(Buffered *b, char *dst, ssize_t n) {
    if (TYPE(b->raw) == &FileIO_Type) return FileIO_ReadInto(b->raw, dst, (size_t)n);
    Object *ba = ByteArray_From(NULL, n);
    if (!ba) return -1;
    Object *r = Obj_CallMethodC(b->raw, "readinto", &ba, 1);
    ssize_t got = -1;
    if (r == OBJ_NONE) {
        got = -2;
    } else if (r) {
        got = Int_AsSsize(r);
        if (got == -1 && Err_Occurred()) {
            /* not a count: CPython reports it as the cause */
            Object *cause = Err_Fetch();
            Err_SetString(Exc_OSError, "raw readinto() failed");
            Object *e = Err_Fetch();
            Exc_SetCause(e, cause);
            Err_Restore(e);
        } else if (got < 0 || got > n) {
            Err_Format(Exc_OSError, "raw readinto() returned invalid length %zd (should have been between 0 and %zd)",
                       got, n);
            got = -1;
        } else {
            memcpy(dst, ((ByteArray *)ba)->data, (size_t)got);
        }
    }
    XDECREF(r);
    DECREF(ba);
    return got;
}

/* One raw.write(): the count written, -2 when it would block, -1 on error. */
static ssize_t raw_write(Buffered *b, const char *data, ssize_t n) {
    if (TYPE(b->raw) == &FileIO_Type) return FileIO_Write(b->raw, data, (size_t)n);
    Object *bytes = Bytes_From(data, n);
    if (!bytes) return -1;
    Object *r = Obj_CallMethodC(b->raw, "write", &bytes, 1);
    DECREF(bytes);
    if (!r) return -1;
    if (r == OBJ_NONE) return -2;
    ssize_t w = Int_AsSsize(r);
    DECREF(r);
    if (w == -1) Err_Clear(); /* not a count: reported as the length -1, as CPython does */
    if (w < 0 || w > n) {
        Err_Format(Exc_OSError, "raw write() returned invalid length %zd (should have been between 0 and %zd)", w, n);
        return -1;
    }
    return w;
}

static Object *raw_call(Buffered *b, const char *name, Object *const *args, size_t nargs) {
    return Obj_CallMethodC(b->raw, name, args, nargs);
}

/* raw.tell() as a number, -1 on error (CPython's OSError for a negative one). */
static int64_t raw_tell(Buffered *b) {
    Object *r = raw_call(b, "tell", NULL, 0);
    if (!r) return -1;
    int64_t pos;
    Object *i = Obj_Index(r);
    DECREF(r);
    if (!i) return -1;
    int ok = Int_AsI64(i, &pos);
    DECREF(i);
    if (ok < 0) return -1;
    if (pos < 0) {
        Err_Format(Exc_OSError, "Raw stream returned invalid position %lld", (long long)pos);
        return -1;
    }
    return pos;
}

static int64_t raw_seek(Buffered *b, int64_t pos, int whence) {
    Object *p = Int_FromI64(pos);
    if (!p) return -1;
    Object *r = raw_call(b, "seek", (Object *[]){p, SMALL_FROM(whence)}, 2);
    DECREF(p);
    if (!r) return -1;
    int64_t res;
    Object *i = Obj_Index(r);
    DECREF(r);
    if (!i) return -1;
    int ok = Int_AsI64(i, &res);
    DECREF(i);
    if (ok < 0) return -1;
    if (res < 0) {
        Err_Format(Exc_OSError, "Raw stream returned invalid position %lld", (long long)res);
        return -1;
    }
    return res;
}

/* Raises BlockingIOError(0, msg, written), as CPython's buffers do. */
static void blocking_error(ssize_t written) {
    Object *args[3] = {SMALL_FROM(0), Str_FromUTF8("write could not complete without blocking", -1),
                       Int_FromI64(written)};
    Object *e = args[1] && args[2] ? Exc_New(Exc_BlockingIOError, args, 3) : NULL;
    XDECREF(args[1]);
    XDECREF(args[2]);
    if (e) Err_SetRaised(e);
}

/* Writes out the pending bytes.  -1 on error (what was written is dropped
 * from the buffer even then). */
static int flush_writes(Buffered *b) {
    if (b->out) return Out_FlushBinaryChecked(b->out);
    size_t done = 0;
    int r = 0;
    while (done < b->wbuf.len) {
        ssize_t n = raw_write(b, b->wbuf.data + done, (ssize_t)(b->wbuf.len - done));
        if (n == -2) {
            blocking_error(0);
            r = -1;
            break;
        }
        if (n < 0) {
            r = -1;
            break;
        }
        done += (size_t)n;
    }
    if (done) {
        memmove(b->wbuf.data, b->wbuf.data + done, b->wbuf.len - done);
        b->wbuf.len -= done;
    }
    return r;
}

/* Gives back the read-ahead: the raw stream seeks back over it. */
static int drop_readahead(Buffered *b) {
    ssize_t ahead = READAHEAD(b);
    b->rpos = b->rend = 0;
    if (ahead && raw_seek(b, -ahead, 1) < 0) return -1;
    return 0;
}

/* Before a read: pending writes go out first. */
static int prepare_read(Buffered *b) { return b->writable && b->wbuf.len ? flush_writes(b) : 0; }

/* Refills the read buffer with one raw read: its count, 0, -2 or -1. */
static ssize_t fill(Buffered *b) {
    b->rpos = b->rend = 0;
    ssize_t n = raw_read(b, b->rbuf, b->buffer_size);
    if (n > 0) b->rend = n;
    return n;
}

/* ---- construction --------------------------------------------------------------- */

static Object *buffered_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_Alloc(t, (size_t)t->basicsize);
}

static int check_raw(Object *raw, const char *what) {
    bool able[3];
    if (FileIO_Abilities(raw, &able[0], &able[1], &able[2])) {
        bool ok = what[0] == 'r' ? able[0] : what[0] == 'w' ? able[1] : able[2];
        if (ok) return 0;
    }
    char name[16];
    snprintf(name, sizeof name, "%sable", what);
    Object *r = Obj_CallMethodC(raw, name, NULL, 0);
    if (!r) return -1;
    int t = Obj_IsTrue(r);
    DECREF(r);
    if (t == 0) {
        char msg[48];
        snprintf(msg, sizeof msg, "File or stream is not %sable.", what);
        Io_Unsupported(msg);
    }
    return t > 0 ? 0 : -1;
}

/* __init__(raw, buffer_size=DEFAULT_BUFFER_SIZE) for each of the three. */
static int buffered_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    Type *t = Type_IsSubtype(TYPE(self), &BufferedRandom_Type)   ? &BufferedRandom_Type
              : Type_IsSubtype(TYPE(self), &BufferedWriter_Type) ? &BufferedWriter_Type
                                                                 : &BufferedReader_Type;
    Object *a[2];
    if (Arg_Unpack(t->args, strrchr(t->name, '.') + 1, args, nargs, kwnames, a) < 0) return -1;
    b->ok = false;
    b->out = NULL; /* whatever comes of it, no longer the standard stream's */
    bool readable = t != &BufferedWriter_Type, writable = t != &BufferedReader_Type;
    if (t == &BufferedRandom_Type && check_raw(a[0], "seek") < 0) return -1;
    if (readable && check_raw(a[0], "read") < 0) return -1;
    if (writable && check_raw(a[0], "writ") < 0) return -1;
    ssize_t size = IO_DEFAULT_BUFFER_SIZE;
    if (a[1] && (size = Int_AsSsize(a[1])) == -1 && Err_Occurred()) return -1;
    if (size <= 0) {
        Err_SetString(Exc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    char *rbuf = NULL;
    if (readable && !(rbuf = malloc((size_t)size))) {
        Err_NoMemory();
        return -1;
    }
    free(b->rbuf);
    b->rbuf = rbuf;
    b->rpos = b->rend = 0;
    ByteBuf_Reset(&b->wbuf);
    SETREF(b->raw, NEWREF(a[0]));
    b->readable = readable;
    b->writable = writable;
    b->buffer_size = size;
    b->detached = false;
    b->ok = true;
    return 0;
}

static void buffered_dealloc(Object *self) {
    /* as a bound text stream, a bound buffer is not closed as it dies */
    if (!BUF(self)->out && Io_Finalize(self)) return;
    Weak_ClearBuiltin(self);
    Buffered *b = BUF(self);
    CLEAR(b->raw);
    free(b->rbuf);
    ByteBuf_Free(&b->wbuf);
    IOBase_ClearBase(self);
    Obj_Free(self);
}

static int buffered_traverse(Object *self, VisitFn visit, void *arg) {
    if (BUF(self)->raw && visit(BUF(self)->raw, arg)) return 1;
    return IOBase_TraverseBase(self, visit, arg);
}

static int buffered_clear(Object *self) {
    BUF(self)->ok = false;
    BUF(self)->out = NULL;
    CLEAR(BUF(self)->raw);
    IOBase_ClearBase(self);
    return 0;
}

static Object *buffered_repr(Object *self) {
    Buffered *b = BUF(self);
    const char *tname = TYPE(self)->name;
    Object *name = NULL;
    if (b->raw && Obj_LookupAttr(self, ID(name), &name) < 0) {
        if (!Err_Matches(Exc_ValueError)) return NULL;
        Err_Clear(); /* detached or uninitialized */
    }
    if (!name) return Str_FromFormat("<%s>", tname);
    int rec = Repr_Enter(self);
    if (rec) {
        DECREF(name);
        if (rec > 0) Err_Format(Exc_RuntimeError, "reentrant call inside %s.__repr__", tname);
        return NULL;
    }
    Object *r = Str_FromFormat("<%s name=%R>", tname, name);
    Repr_Leave(self);
    DECREF(name);
    return r;
}

/* ---- reading ---------------------------------------------------------------------- */

static int size_arg(Object *const *args, size_t nargs, ssize_t *n) {
    if (Io_SizeArg(nargs ? args[0] : NULL, n) < 0) return -1;
    if (*n < -1) {
        Err_SetString(Exc_ValueError, "read length must be non-negative or -1");
        return -1;
    }
    return 0;
}

/* Everything to the end: the read-ahead, then raw.readall(), or raw.read()
 * until it returns nothing when the raw stream has no readall.  None when
 * the raw stream has nothing now and nothing was read. */
static Object *read_all(Buffered *b) {
    ByteBuf out = {0};
    if (ByteBuf_Put(&out, b->rbuf + b->rpos, (size_t)READAHEAD(b)) < 0) return NULL;
    b->rpos = b->rend = 0;
    Object *readall;
    int has = Obj_LookupAttr(b->raw, ID(readall), &readall);
    Object *res = NULL;
    if (has < 0) goto done;
    for (;;) {
        Object *chunk = has ? Obj_CallNoArgs(readall) : raw_call(b, "read", NULL, 0);
        if (!chunk) goto done;
        if (chunk == OBJ_NONE) {
            res = out.len ? Bytes_From(out.data, (ssize_t)out.len) : chunk;
            if (out.len) DECREF(chunk);
            goto done;
        }
        const uint8_t *d;
        ssize_t n;
        if (!Bytes_GetBuffer(chunk, &d, &n)) {
            Err_Format(Exc_TypeError, "%s() should return bytes", has ? "readall" : "read");
            DECREF(chunk);
            goto done;
        }
        int r = ByteBuf_Put(&out, d, (size_t)n);
        DECREF(chunk);
        if (r < 0) goto done;
        if (has || n == 0) break;
    }
    res = Bytes_From(out.data, (ssize_t)out.len);
done:
    if (has > 0) DECREF(readall);
    ByteBuf_Free(&out);
    return res;
}

/* Up to n bytes, reading the raw stream as often as needed; None when it
 * has nothing now and nothing was read. */
static Object *read_n(Buffered *b, ssize_t n) {
    ssize_t ahead = READAHEAD(b);
    if (ahead >= n) {
        Object *r = Bytes_From(b->rbuf + b->rpos, n);
        if (r) b->rpos += n;
        return r;
    }
    Object *res = Bytes_From(NULL, n);
    if (!res) return NULL;
    char *dst = (char *)BYTES_DATA(res);
    memcpy(dst, b->rbuf + b->rpos, (size_t)ahead);
    ssize_t got = ahead;
    b->rpos = b->rend = 0;
    while (got < n) {
        ssize_t r, want = n - got;
        if (want >= b->buffer_size) {
            r = raw_read(b, dst + got, want);
        } else {
            r = fill(b);
            if (r > 0) {
                ssize_t take = r < want ? r : want;
                memcpy(dst + got, b->rbuf, (size_t)take);
                b->rpos = take;
                r = take;
            }
        }
        if (r == -1) {
            DECREF(res);
            return NULL;
        }
        if (r == -2) {
            if (got == 0) {
                DECREF(res);
                RETURN_NONE;
            }
            break;
        }
        if (r == 0) break;
        got += r;
    }
    if (got == n) return res;
    Object *shorter = Bytes_From(dst, got);
    DECREF(res);
    return shorter;
}

static Object *buffered_read(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    ssize_t n;
    CHECK_INIT(b);
    if (size_arg(args, nargs, &n) < 0 || check_closed(b, "read") < 0 || prepare_read(b) < 0) return NULL;
    return n < 0 ? read_all(b) : read_n(b, n);
}

/* read1: the read-ahead if there is any, else one raw read. */
static Object *buffered_read1(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    ssize_t n;
    CHECK_INIT(b);
    if (Io_SizeArg(nargs ? args[0] : NULL, &n) < 0 || check_closed(b, "read") < 0) return NULL;
    if (n < 0) n = b->buffer_size;
    if (n == 0) return Bytes_From(NULL, 0);
    if (prepare_read(b) < 0) return NULL;
    ssize_t ahead = READAHEAD(b);
    if (ahead > 0) {
        if (ahead < n) n = ahead;
        Object *r = Bytes_From(b->rbuf + b->rpos, n);
        if (r) b->rpos += n;
        return r;
    }
    b->rpos = b->rend = 0;
    Object *res = Bytes_From(NULL, n);
    if (!res) return NULL;
    ssize_t r = raw_read(b, (char *)BYTES_DATA(res), n);
    if (r == n) return res;
    /* a raw stream with nothing now gives b"" here (None from read()) */
    Object *shorter = r >= 0 ? Bytes_From(BYTES_DATA(res), r) : r == -2 ? Bytes_From(NULL, 0) : NULL;
    DECREF(res);
    return shorter;
}

static Object *buffered_peek(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    CHECK_INIT(b);
    if (check_closed(b, "peek") < 0 || prepare_read(b) < 0) return NULL;
    if (READAHEAD(b) == 0) {
        ssize_t r = fill(b);
        if (r == -1) return NULL;
    }
    return Bytes_From(b->rbuf + b->rpos, READAHEAD(b));
}

static Object *readinto_generic(Object *self, Object *buf, bool one) {
    Buffered *b = BUF(self);
    CHECK_INIT(b);
    BufferView v; /* a counted export: reading may run Python code */
    if (!Buffer_Check(buf) || Buffer_Get(buf, &v, BUFFER_WRITABLE) < 0) {
        Err_Clear();
        Err_Format(Exc_TypeError, "%s() argument must be read-write bytes-like object, not %s",
                   one ? "readinto1" : "readinto", TYPE_NAME(buf));
        return NULL;
    }
    if (check_closed(b, "readinto") < 0) {
        Buffer_Release(&v);
        return NULL;
    }
    Object *arg = Int_FromI64(v.len);
    Object *data = arg ? (one ? buffered_read1(self, &arg, 1, NULL) : buffered_read(self, &arg, 1, NULL)) : NULL;
    XDECREF(arg);
    Object *r = data;
    if (data && data != OBJ_NONE) {
        ssize_t n = BYTES_LEN(data);
        if (n > v.len) n = v.len;
        memcpy(v.buf, BYTES_DATA(data), (size_t)n);
        DECREF(data);
        r = Int_FromI64(n);
    }
    Buffer_Release(&v);
    return r;
}

static Object *buffered_readinto(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return readinto_generic(self, args[0], false);
}

static Object *buffered_readinto1(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return readinto_generic(self, args[0], true);
}

/* A line, at most limit bytes (< 0: no limit). */
static Object *read_line(Buffered *b, ssize_t limit) {
    ByteBuf line = {0};
    for (;;) {
        ssize_t ahead = READAHEAD(b);
        if (limit >= 0 && ahead > limit - (ssize_t)line.len) ahead = limit - (ssize_t)line.len;
        const char *start = b->rbuf + b->rpos, *nl = memchr(start, '\n', (size_t)ahead);
        ssize_t take = nl ? nl - start + 1 : ahead;
        if (ByteBuf_Put(&line, start, (size_t)take) < 0) goto fail;
        b->rpos += take;
        if (nl || (limit >= 0 && (ssize_t)line.len >= limit)) break;
        ssize_t r = fill(b);
        if (r == -1) goto fail;
        if (r <= 0) break;
    }
    Object *res = Bytes_From(line.data, (ssize_t)line.len);
    ByteBuf_Free(&line);
    return res;
fail:
    ByteBuf_Free(&line);
    return NULL;
}

static Object *buffered_readline(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    ssize_t limit;
    CHECK_INIT(b);
    if (Io_SizeArg(nargs ? args[0] : NULL, &limit) < 0 || check_closed(b, "readline") < 0 || prepare_read(b) < 0)
        return NULL;
    return read_line(b, limit);
}

static Object *buffered_iternext(Object *self) {
    Buffered *b = BUF(self);
    Object *line;
    if (TYPE(self) == &BufferedReader_Type || TYPE(self) == &BufferedRandom_Type) {
        CHECK_INIT(b);
        if (check_closed(b, "readline") < 0 || prepare_read(b) < 0) return NULL;
        line = read_line(b, -1);
    } else {
        line = Obj_CallMethodC(self, "readline", NULL, 0);
        if (line && !Bytes_Check(line)) {
            Err_Format(Exc_OSError, "readline() should have returned a bytes object, not '%s'", TYPE_NAME(line));
            CLEAR(line);
        }
    }
    if (line && BYTES_LEN(line) == 0) CLEAR(line);
    return line;
}

/* ---- writing ------------------------------------------------------------------------ */

static Object *buffered_write(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    CHECK_INIT(b);
    const uint8_t *data;
    ssize_t n;
    if (Buffer_PeekArg(args[0], &data, &n) < 0) return NULL;
    int c = raw_closed(b);
    if (c < 0) return NULL;
    if (c) {
        Err_SetString(Exc_ValueError, "write to closed file");
        return NULL;
    }
    if (b->readable && READAHEAD(b) && drop_readahead(b) < 0) return NULL;
    if (b->out) return Out_WriteBinaryChecked(b->out, (const char *)data, (size_t)n) < 0 ? NULL : Int_FromI64(n);
    /* what fits in the buffer (and is smaller than it) waits there */
    if ((ssize_t)b->wbuf.len + n <= b->buffer_size && n < b->buffer_size) {
        if (ByteBuf_Put(&b->wbuf, data, (size_t)n) < 0) return NULL;
        return Int_FromI64(n);
    }
    /* else the buffer goes out first, then the data itself until what is
     * left is smaller than the buffer, which waits (CPython's order) */
    if (flush_writes(b) < 0) {
        if (!Err_Matches(Exc_BlockingIOError)) return NULL;
        Err_Clear(); /* the raw stream is full for now: keep what fits */
        size_t room = b->wbuf.len < (size_t)b->buffer_size ? (size_t)b->buffer_size - b->wbuf.len : 0;
        if (room > (size_t)n) room = (size_t)n;
        if (ByteBuf_Put(&b->wbuf, data, room) < 0) return NULL;
        blocking_error((ssize_t)room);
        return NULL;
    }
    ssize_t written = 0, remaining = n;
    while (remaining >= b->buffer_size) {
        ssize_t w = raw_write(b, (const char *)data + written, remaining);
        if (w == -1) return NULL;
        if (w == -2) {
            ssize_t keep = remaining < b->buffer_size ? remaining : b->buffer_size;
            if (ByteBuf_Put(&b->wbuf, data + written, (size_t)keep) < 0) return NULL;
            blocking_error(written + keep);
            return NULL;
        }
        written += w;
        remaining -= w;
        if (Signals_Check() < 0) return NULL;
    }
    if (remaining > 0 && ByteBuf_Put(&b->wbuf, data + written, (size_t)remaining) < 0) return NULL;
    return Int_FromI64(n);
}

static Object *buffered_flush(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    CHECK_INIT(b);
    int c = raw_closed(b);
    if (c < 0) return NULL;
    if (c) {
        Err_SetString(Exc_ValueError, "flush of closed file");
        return NULL;
    }
    if (flush_writes(b) < 0) return NULL;
    if (b->readable && READAHEAD(b) && drop_readahead(b) < 0) return NULL;
    RETURN_NONE;
}

/* BufferedReader.flush is the raw stream's. */
static Object *reader_flush(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    CHECK_INIT(b);
    return raw_call(b, "flush", NULL, 0);
}

/* ---- positions ------------------------------------------------------------------------ */

static Object *buffered_tell(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    CHECK_INIT(b);
    int64_t pos = raw_tell(b);
    if (pos < 0) return NULL;
    pos = pos - READAHEAD(b) + (int64_t)(b->out ? b->out->committed : b->wbuf.len);
    return Int_FromI64(pos < 0 ? 0 : pos);
}

static Object *buffered_seek(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    CHECK_INIT(b);
    int64_t whence = 0, target;
    if (nargs > 1 && Int_AsI64(args[1], &whence) < 0) return NULL;
    if (whence < 0 || whence > 4) {
        Err_Format(Exc_ValueError, "whence value %lld unsupported", (long long)whence);
        return NULL;
    }
    Object *i = Obj_Index(args[0]);
    if (!i) return NULL;
    int ok = Int_AsI64(i, &target);
    DECREF(i);
    if (ok < 0) return NULL;
    if (check_closed(b, "seek") < 0 || Io_CheckAble(b->raw, "seek") < 0) return NULL;
    if (b->writable && flush_writes(b) < 0) return NULL;
    if (whence == 1) target -= READAHEAD(b);
    b->rpos = b->rend = 0;
    int64_t r = raw_seek(b, target, (int)whence);
    return r < 0 ? NULL : Int_FromI64(r);
}

static Object *buffered_truncate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    CHECK_INIT(b);
    if (check_closed(b, "truncate") < 0) return NULL;
    if (!b->writable) return Io_Unsupported("truncate");
    if (flush_writes(b) < 0) return NULL;
    if (b->readable && READAHEAD(b) && drop_readahead(b) < 0) return NULL;
    Object *pos = nargs ? args[0] : OBJ_NONE;
    return raw_call(b, "truncate", &pos, 1);
}

/* ---- closing and the rest ---------------------------------------------------------------- */

static Object *buffered_close(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    CHECK_INIT(b);
    int c = raw_closed(b);
    if (c < 0) return NULL;
    if (c) RETURN_NONE;
    if (b->base.finalizing) Io_DeallocWarn(b->raw, self);
    Object *r = Obj_CallMethodC(self, "flush", NULL, 0);
    Object *flush_error = r ? NULL : Err_Fetch();
    XDECREF(r);
    r = raw_call(b, "close", NULL, 0);
    b->rpos = b->rend = 0;
    /* what a closed buffer could not write is gone */
    if (b->out && r) Out_Discard(b->out);
    if (!r) {
        if (flush_error) {
            Object *e = Err_Fetch();
            Exc_SetContext(e, flush_error);
            Err_Restore(e);
        }
        return NULL;
    }
    DECREF(r);
    if (flush_error) {
        Err_Restore(flush_error);
        return NULL;
    }
    RETURN_NONE;
}

/* _dealloc_warn(source): passed down to the raw stream. */
static Object *buffered_dealloc_warn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    if (b->ok && b->raw) Io_DeallocWarn(b->raw, args[0]);
    RETURN_NONE;
}

static Object *buffered_detach(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Buffered *b = BUF(self);
    CHECK_INIT(b);
    Object *r = Obj_CallMethodC(self, "flush", NULL, 0);
    if (!r) return NULL;
    DECREF(r);
    Object *raw = b->raw;
    b->raw = NULL;
    b->detached = true;
    b->out = NULL;
    return raw;
}

#define RAW_METHOD(fn, name)                                                                \
    static Object *fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {   \
        CHECK_INIT(BUF(self));                                                              \
        return raw_call(BUF(self), name, NULL, 0);                                          \
    }
RAW_METHOD(buffered_fileno, "fileno")
RAW_METHOD(buffered_isatty, "isatty")
RAW_METHOD(buffered_readable, "readable")
RAW_METHOD(buffered_writable, "writable")
RAW_METHOD(buffered_seekable, "seekable")

#define RAW_ATTR(fn, name)                                  \
    static Object *fn(Object *self) {                       \
        CHECK_INIT(BUF(self));                              \
        return Obj_GetAttr(BUF(self)->raw, ID(name));       \
    }
RAW_ATTR(buffered_closed, closed)
RAW_ATTR(buffered_name, name)
RAW_ATTR(buffered_mode, mode)

/* A member in CPython: None once detached. */
static Object *buffered_raw(Object *self) { return NEWREF(BUF(self)->raw ? BUF(self)->raw : OBJ_NONE); }

static Object *buffered_getstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Err_Format(Exc_TypeError, "cannot pickle '%s' instances", TYPE_NAME(self));
    return NULL;
}

#define M_READ \
    {"read", buffered_read, 0, ARGS("($self, size=-1, /)", NULL)}, \
    {"read1", buffered_read1, 0, ARGS("($self, size=-1, /)", NULL)}, \
    {"peek", buffered_peek, 0, ARGS("($self, size=0, /)", NULL)}, \
    {"readinto", buffered_readinto, 0, ARGS("($self, buffer, /)", NULL)}, \
    {"readinto1", buffered_readinto1, 0, ARGS("($self, buffer, /)", NULL)}, \
    {"readline", buffered_readline, 0, ARGS("($self, size=-1, /)", NULL)}, \
    {"readable", buffered_readable, 0, ARGS("($self, /)", NULL)}
#define M_WRITE \
    {"write", buffered_write, 0, ARGS("($self, buffer, /)", NULL)}, \
    {"writable", buffered_writable, 0, ARGS("($self, /)", NULL)}
#define M_COMMON \
    {"close", buffered_close, 0, ARGS("($self, /)", NULL)}, \
    {"detach", buffered_detach, 0, ARGS("($self, /)", NULL)}, \
    {"seekable", buffered_seekable, 0, ARGS("($self, /)", NULL)}, \
    {"fileno", buffered_fileno, 0, ARGS("($self, /)", NULL)}, \
    {"isatty", buffered_isatty, 0, ARGS("($self, /)", NULL)}, \
    {"seek", buffered_seek, 0, ARGS("($self, target, whence=0, /)", NULL)}, \
    {"tell", buffered_tell, 0, ARGS("($self, /)", NULL)}, \
    {"truncate", buffered_truncate, 0, ARGS("($self, pos=None, /)", NULL)}, \
    {"__getstate__", buffered_getstate, 0, ARGS("($self, /)", NULL)}, \
    {"_dealloc_warn", buffered_dealloc_warn, 0, ARGS("($self, source, /)", NULL)}

static const MethodDef reader_methods[] = {
    M_READ, M_COMMON,
    {"flush", reader_flush, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};
static const MethodDef writer_methods[] = {
    M_WRITE, M_COMMON,
    {"flush", buffered_flush, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};
static const MethodDef random_methods[] = {
    M_READ, M_WRITE, M_COMMON,
    {"flush", buffered_flush, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef buffered_getset[] = {
    {"closed", buffered_closed, NULL, NULL},
    {"name", buffered_name, NULL, NULL},
    {"mode", buffered_mode, NULL, NULL},
    {"raw", buffered_raw, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

#define BUFFERED_TYPE(var, tname, doc_, methods_, iternext_)               \
    Type var = {                                                           \
        .ob = OBJ_HEAD_INIT(&Type_Type),                                   \
        .name = tname,                                                     \
        .basicsize = sizeof(Buffered),                                     \
        .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,             \
        .doc = doc_,                                                       \
        .args = ARGS("(raw, buffer_size=DEFAULT_BUFFER_SIZE)", NULL),      \
        .base = &BufferedIOBase_Type,                                      \
        .dealloc = buffered_dealloc,                                       \
        .repr = buffered_repr,                                             \
        .traverse = buffered_traverse,                                     \
        .clear = buffered_clear,                                           \
        .iternext = iternext_,                                             \
        .methods = methods_,                                               \
        .getset = buffered_getset,                                         \
        .dictoffset = offsetof(IOBase, dict),                              \
        .new_ = buffered_new,                                              \
        .init = buffered_init,                                             \
    }

BUFFERED_TYPE(BufferedReader_Type, "_io.BufferedReader", "Create a new buffered reader using the given readable raw IO object.",
              reader_methods, buffered_iternext);
BUFFERED_TYPE(BufferedWriter_Type, "_io.BufferedWriter",
              "A buffer for a writeable sequential RawIO object.\n\nThe constructor creates a BufferedWriter for the "
              "given writeable raw\nstream. If the buffer_size is not given, it defaults to\nDEFAULT_BUFFER_SIZE.",
              writer_methods, NULL);
BUFFERED_TYPE(BufferedRandom_Type, "_io.BufferedRandom",
              "A buffered interface to random access streams.\n\nThe constructor creates a reader and writer for a "
              "seekable stream,\nraw, given in the first argument. If the buffer_size is omitted it\ndefaults to "
              "DEFAULT_BUFFER_SIZE.",
              random_methods, buffered_iternext);

void Buffered_BindOut(Object *buffer, OutStream *out) { BUF(buffer)->out = out; }

int Buffered_Closed(Object *buffer) {
    Buffered *b = BUF(buffer);
    if (check_init(b) < 0) return -1;
    if (TYPE(b->raw) == &FileIO_Type) return FileIO_Closed(b->raw);
    return raw_closed(b);
}
