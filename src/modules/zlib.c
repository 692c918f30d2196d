/* The zlib module: DEFLATE compression through the zlib library.
 *
 * One-shot compress()/decompress(), the streaming Compress and Decompress
 * objects, and the crc32/adler32 checksums.  Output is gathered in a
 * ByteBuf that grows as zlib asks for room; input longer than zlib's
 * unsigned int counters is handed over in slices. */
#include "abstract.h"
#include "class.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include <limits.h>
#include <zlib.h>

enum { DEFAULT_BUFSIZE = 16384, SLICE_MAX = UINT_MAX };

/* ---- errors --------------------------------------------------------------------- */

/* The module's zlib.error class (borrowed from the module's dict). */
static Object *error_class(Object *module) {
    Object *cls = Dict_GetStr(MODULE_DICT(module), "error");
    if (!cls) Err_SetString(Exc_SystemError, "zlib.error is missing");
    return cls;
}

/* What a failing call says when zlib left no message of its own. */
static const char *code_text(int code) {
    switch (code) {
    case Z_BUF_ERROR: return "incomplete or truncated stream";
    case Z_STREAM_ERROR: return "inconsistent stream state";
    case Z_DATA_ERROR: return "invalid input data";
    default: return NULL;
    }
}

/* Raises zlib.error("Error <code> while <doing>: <message>"); returns NULL.
 * msg is zlib's own text (z_stream.msg) or NULL. */
static Object *raise_zerror(Object *error, int code, const char *msg, const char *doing) {
    if (!error) return NULL;
    if (code == Z_VERSION_ERROR) msg = "library version mismatch";
    if (!msg) msg = code_text(code);
    Object *text = msg ? Str_FromFormat("Error %d while %s: %.200s", code, doing, msg)
                       : Str_FromFormat("Error %d while %s", code, doing);
    if (text) Err_SetObject((Type *)error, text);
    XDECREF(text);
    return NULL;
}

/* ---- argument helpers ------------------------------------------------------------- */

/* An int argument reduced modulo 2**32, as CPython's "I" format reads it
 * (through __index__, any size, negative values wrapped).  -1 on error. */
static int uint32_arg(Object *o, uint32_t *out) {
    if (IS_SMALL(o)) {
        *out = (uint32_t)(uint64_t)SMALL_VAL(o);
        return 0;
    }
    Object *i = Obj_Index(o);
    if (!i) return -1;
    mpz_t z;
    mpz_init(z);
    Int_ToMpz(i, z);
    mpz_fdiv_r_2exp(z, z, 32);
    *out = (uint32_t)mpz_get_ui(z);
    mpz_clear(z);
    DECREF(i);
    return 0;
}

/* An optional int argument (NULL: dflt). */
static int int_arg(Object *o, int dflt, int *out) {
    *out = dflt;
    return o ? Arg_AsCInt(o, out) : 0;
}

/* ---- driving a stream ------------------------------------------------------------- */

/* One zlib step: deflate or inflate with a flush mode. */
typedef int (*StepFn)(z_streamp, int);

/* Feeds [in, in+n) to step(flush) until it is consumed, appending the output
 * to out, which grows by at least `chunk` bytes at a time.  With limit >= 0
 * no more than limit bytes are produced (what is left stays in avail_in,
 * of which *left tells the total).  Stops at Z_STREAM_END or an error; the
 * last code is returned.  Z_BUF_ERROR (no progress possible) counts as
 * success when output room was left over: the caller decides. */
static int stream_run(z_stream *z, StepFn step, int flush, const uint8_t *in, size_t n, ByteBuf *out,
                      size_t chunk, ssize_t limit, size_t *left) {
    int code = Z_OK;
    size_t fed = 0;
    if (chunk == 0) chunk = 1;
    /* input left from an earlier call belongs to a buffer that is gone */
    z->next_in = (Bytef *)in;
    z->avail_in = 0;
    for (;;) {
        /* top up the input slice */
        if (z->avail_in == 0 && fed < n) {
            size_t take = n - fed > SLICE_MAX ? SLICE_MAX : n - fed;
            z->next_in = (Bytef *)in + fed;
            z->avail_in = (uInt)take;
            fed += take;
        }
        size_t room = chunk;
        if (limit >= 0) {
            if (out->len >= (size_t)limit) break;
            if (room > (size_t)limit - out->len) room = (size_t)limit - out->len;
        }
        if (room > SLICE_MAX) room = SLICE_MAX;
        if (ByteBuf_Reserve(out, room) < 0) {
            ByteBuf_RaiseNoMemory();
            return Z_MEM_ERROR;
        }
        z->next_out = (Bytef *)out->data + out->len;
        z->avail_out = (uInt)room;
        code = step(z, flush);
        out->len += room - z->avail_out;
        out->data[out->len] = '\0';
        if (code == Z_STREAM_END || (code != Z_OK && code != Z_BUF_ERROR)) break;
        /* room left over and no input left: the step has done all it can */
        if (z->avail_out > 0 && z->avail_in == 0 && fed == n) break;
        if (code == Z_BUF_ERROR && z->avail_out > 0) break;
        /* grow geometrically for large outputs */
        if (out->len > chunk) chunk = out->len;
    }
    if (left) *left = z->avail_in + (n - fed);
    z->avail_in = 0;
    return code;
}

/* The output as a bytes object; frees the buffer. */
static Object *take_bytes(ByteBuf *out) {
    Object *r = Bytes_From(out->data, (ssize_t)out->len);
    ByteBuf_Free(out);
    return r;
}

/* ---- one-shot functions ------------------------------------------------------------- */

static Object *zlib_compress(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const uint8_t *data;
    ssize_t n;
    int level, wbits;
    if (Buffer_PeekArg(args[0], &data, &n) < 0 || int_arg(args[1], Z_DEFAULT_COMPRESSION, &level) < 0 ||
        int_arg(args[2], MAX_WBITS, &wbits) < 0)
        return NULL;
    z_stream z = {0};
    int code = deflateInit2(&z, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
    if (code == Z_MEM_ERROR) {
        Err_SetString(Exc_MemoryError, "Out of memory while compressing data");
        return NULL;
    }
    if (code == Z_STREAM_ERROR) {
        Object *error = error_class(m);
        if (error) Err_SetString((Type *)error, "Bad compression level");
        return NULL;
    }
    if (code != Z_OK) return raise_zerror(error_class(m), code, z.msg, "compressing data");
    ByteBuf out = {0};
    code = stream_run(&z, deflate, Z_FINISH, data, (size_t)n, &out, (size_t)n / 2 + 64, -1, NULL);
    if (code != Z_STREAM_END) {
        if (code != Z_MEM_ERROR) raise_zerror(error_class(m), code, z.msg, "compressing data");
        deflateEnd(&z);
        ByteBuf_Free(&out);
        return NULL;
    }
    deflateEnd(&z);
    return take_bytes(&out);
}

static Object *zlib_decompress(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const uint8_t *data;
    ssize_t n, bufsize = DEFAULT_BUFSIZE;
    int wbits;
    if (Buffer_PeekArg(args[0], &data, &n) < 0 || int_arg(args[1], MAX_WBITS, &wbits) < 0) return NULL;
    if (args[2] && Index_AsSsizeArg(args[2], &bufsize) < 0) return NULL;
    if (bufsize < 0) {
        Err_SetString(Exc_ValueError, "bufsize must be non-negative");
        return NULL;
    }
    z_stream z = {0};
    int code = inflateInit2(&z, wbits);
    if (code == Z_MEM_ERROR) {
        Err_SetString(Exc_MemoryError, "Out of memory while decompressing data");
        return NULL;
    }
    if (code != Z_OK) {
        inflateEnd(&z);
        return raise_zerror(error_class(m), code, z.msg, "preparing to decompress data");
    }
    ByteBuf out = {0};
    code = stream_run(&z, inflate, Z_NO_FLUSH, data, (size_t)n, &out, (size_t)bufsize, -1, NULL);
    if (code != Z_STREAM_END) {
        /* running out of input before the end is an error here */
        if (code != Z_MEM_ERROR) raise_zerror(error_class(m), code == Z_OK ? Z_BUF_ERROR : code, z.msg,
                                              "decompressing data");
        inflateEnd(&z);
        ByteBuf_Free(&out);
        return NULL;
    }
    inflateEnd(&z);
    return take_bytes(&out);
}

/* crc32/adler32 over a buffer of any length. */
static Object *checksum(Object *const *args, size_t nargs, uint32_t start,
                        uLong (*fn)(uLong, const Bytef *, uInt)) {
    const uint8_t *data;
    ssize_t n;
    uint32_t value = start;
    if (Buffer_PeekArg(args[0], &data, &n) < 0) return NULL;
    if (nargs > 1 && uint32_arg(args[1], &value) < 0) return NULL;
    uLong v = value;
    while (n > 0) {
        uInt take = n > (ssize_t)SLICE_MAX ? SLICE_MAX : (uInt)n;
        v = fn(v, data, take);
        data += take;
        n -= take;
    }
    return Int_FromU64(v & 0xFFFFFFFFu);
}

static Object *zlib_crc32(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return checksum(args, nargs, 0, crc32);
}

static Object *zlib_adler32(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return checksum(args, nargs, 1, adler32);
}

/* ---- stream objects ----------------------------------------------------------------- */

/* A Compress or a Decompress object.  `live` while the z_stream is
 * initialised (a compressor ends at flush(Z_FINISH), a decompressor when
 * flush() reaches the end of the stream). */
typedef struct ZStream {
    Object ob;
    z_stream z;
    bool live, eof;
    Object *error;           /* zlib.error, owned */
    Object *zdict;           /* the dictionary (bytes) or NULL, owned */
    Object *unused_data;     /* Decompress: bytes after the end of the stream, owned */
    Object *unconsumed_tail; /* Decompress: input held back by max_length, owned */
} ZStream;

static Type Compress_Type, Decompress_Type;

static void zstream_dealloc(Object *o) {
    ZStream *s = (ZStream *)o;
    if (s->live) {
        if (TYPE(o) == &Compress_Type) deflateEnd(&s->z);
        else inflateEnd(&s->z);
    }
    XDECREF(s->error);
    XDECREF(s->zdict);
    XDECREF(s->unused_data);
    XDECREF(s->unconsumed_tail);
    Obj_Free(o);
}

static ZStream *zstream_new(Type *t, Object *error) {
    ZStream *s = (ZStream *)Obj_Alloc(t, sizeof(ZStream));
    if (!s) return NULL;
    memset(&s->z, 0, sizeof s->z);
    s->live = s->eof = false;
    s->error = NEWREF(error);
    s->zdict = NULL;
    s->unused_data = Bytes_From("", 0);
    s->unconsumed_tail = Bytes_From("", 0);
    if (!s->unused_data || !s->unconsumed_tail) {
        DECREF((Object *)s);
        return NULL;
    }
    return s;
}

/* A zdict argument as a bytes copy (NULL with an error). */
static Object *zdict_copy(Object *o, const char *wrong_type) {
    const uint8_t *p;
    ssize_t n;
    int got = Buffer_Peek(o, &p, &n);
    if (got < 0) return NULL;
    if (got == 0) {
        if (wrong_type) Err_SetString(Exc_TypeError, wrong_type);
        else Err_Format(Exc_TypeError, "a bytes-like object is required, not '%s'", TYPE_NAME(o));
        return NULL;
    }
    return Bytes_From(p, n);
}

static Object *zlib_compressobj(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int level, method, wbits, memlevel, strategy;
    if (int_arg(args[0], Z_DEFAULT_COMPRESSION, &level) < 0 || int_arg(args[1], Z_DEFLATED, &method) < 0 ||
        int_arg(args[2], MAX_WBITS, &wbits) < 0 || int_arg(args[3], 8, &memlevel) < 0 ||
        int_arg(args[4], Z_DEFAULT_STRATEGY, &strategy) < 0)
        return NULL;
    Object *error = error_class(m);
    if (!error) return NULL;
    ZStream *s = zstream_new(&Compress_Type, error);
    if (!s) return NULL;
    if (args[5] && !(s->zdict = zdict_copy(args[5], NULL))) goto fail;
    int code = deflateInit2(&s->z, level, method, wbits, memlevel, strategy);
    if (code == Z_MEM_ERROR) {
        Err_SetString(Exc_MemoryError, "Can't allocate memory for compression object");
        goto fail;
    }
    if (code == Z_STREAM_ERROR) {
        Err_SetString(Exc_ValueError, "Invalid initialization option");
        goto fail;
    }
    if (code != Z_OK) {
        raise_zerror(error, code, s->z.msg, "creating compression object");
        goto fail;
    }
    s->live = true;
    if (s->zdict && deflateSetDictionary(&s->z, (const Bytef *)BYTES_DATA(s->zdict),
                                         (uInt)BYTES_LEN(s->zdict)) != Z_OK) {
        Err_SetString(Exc_ValueError, "Invalid dictionary");
        goto fail;
    }
    return (Object *)s;
fail:
    DECREF((Object *)s);
    return NULL;
}

/* Gives a raw stream its dictionary at once (a zlib stream asks for it). */
static int set_zdict(ZStream *s) {
    int code = inflateSetDictionary(&s->z, (const Bytef *)BYTES_DATA(s->zdict), (uInt)BYTES_LEN(s->zdict));
    if (code == Z_OK) return 0;
    raise_zerror(s->error, code, s->z.msg, "setting zdict");
    return -1;
}

static Object *zlib_decompressobj(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int wbits;
    if (int_arg(args[0], MAX_WBITS, &wbits) < 0) return NULL;
    Object *error = error_class(m);
    if (!error) return NULL;
    ZStream *s = zstream_new(&Decompress_Type, error);
    if (!s) return NULL;
    if (args[1] && !(s->zdict = zdict_copy(args[1], "zdict argument must support the buffer protocol")))
        goto fail;
    int code = inflateInit2(&s->z, wbits);
    if (code == Z_MEM_ERROR) {
        Err_SetString(Exc_MemoryError, "Can't allocate memory for decompression object");
        goto fail;
    }
    if (code == Z_STREAM_ERROR) {
        Err_SetString(Exc_ValueError, "Invalid initialization option");
        goto fail;
    }
    if (code != Z_OK) {
        raise_zerror(error, code, s->z.msg, "creating decompression object");
        goto fail;
    }
    s->live = true;
    if (s->zdict && wbits < 0 && set_zdict(s) < 0) goto fail;
    return (Object *)s;
fail:
    DECREF((Object *)s);
    return NULL;
}

/* ---- Compress methods ------------------------------------------------------------- */

static Object *compress_compress(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ZStream *s = (ZStream *)self;
    const uint8_t *data;
    ssize_t n;
    if (Buffer_PeekArg(args[0], &data, &n) < 0) return NULL;
    if (!s->live) return raise_zerror(s->error, Z_STREAM_ERROR, NULL, "compressing data");
    ByteBuf out = {0};
    int code = stream_run(&s->z, deflate, Z_NO_FLUSH, data, (size_t)n, &out, DEFAULT_BUFSIZE, -1, NULL);
    if (code != Z_OK && code != Z_BUF_ERROR) {
        if (code != Z_MEM_ERROR) raise_zerror(s->error, code, s->z.msg, "compressing data");
        ByteBuf_Free(&out);
        return NULL;
    }
    return take_bytes(&out);
}

static Object *compress_flush(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ZStream *s = (ZStream *)self;
    int mode = Z_FINISH;
    if (args[0] && Arg_AsCInt(args[0], &mode) < 0) return NULL;
    if (mode == Z_NO_FLUSH) return Bytes_From("", 0);
    if (!s->live) return raise_zerror(s->error, Z_STREAM_ERROR, NULL, "flushing");
    ByteBuf out = {0};
    int code = stream_run(&s->z, deflate, mode, NULL, 0, &out, DEFAULT_BUFSIZE, -1, NULL);
    if (code == Z_STREAM_END && mode == Z_FINISH) {
        code = deflateEnd(&s->z);
        s->live = false;
        if (code != Z_OK) {
            ByteBuf_Free(&out);
            return raise_zerror(s->error, code, s->z.msg, "finishing compression");
        }
    } else if (code != Z_OK && code != Z_BUF_ERROR) {
        if (code != Z_MEM_ERROR) raise_zerror(s->error, code, s->z.msg, "flushing");
        ByteBuf_Free(&out);
        return NULL;
    }
    return take_bytes(&out);
}

/* A new object of s's type sharing nothing with it. */
static Object *zstream_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ZStream *s = (ZStream *)self;
    bool compressor = TYPE(self) == &Compress_Type;
    if (!s->live) {
        Err_SetString(Exc_ValueError, "Inconsistent stream state");
        return NULL;
    }
    ZStream *c = zstream_new(TYPE(self), s->error);
    if (!c) return NULL;
    int code = compressor ? deflateCopy(&c->z, &s->z) : inflateCopy(&c->z, &s->z);
    if (code != Z_OK) {
        if (code == Z_MEM_ERROR)
            Err_SetString(Exc_MemoryError, "Can't allocate memory for compression object");
        else if (code == Z_STREAM_ERROR)
            Err_SetString(Exc_ValueError, "Inconsistent stream state");
        else
            raise_zerror(s->error, code, s->z.msg, compressor ? "copying compression object"
                                                               : "copying decompression object");
        DECREF((Object *)c);
        return NULL;
    }
    c->live = true;
    c->eof = s->eof;
    SETREF(c->zdict, XNEWREF(s->zdict));
    SETREF(c->unused_data, NEWREF(s->unused_data));
    SETREF(c->unconsumed_tail, NEWREF(s->unconsumed_tail));
    return (Object *)c;
}

static Object *zstream_deepcopy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return zstream_copy(self, NULL, 0, NULL);
}

/* ---- Decompress methods ------------------------------------------------------------- */

/* After a decompress() or flush() step: input left after the end of the
 * stream joins unused_data; input held back by max_length (or not yet
 * looked at) becomes unconsumed_tail.  `left` bytes of [in, in+n) remain. */
static int keep_leftovers(ZStream *s, int code, const uint8_t *in, size_t n, size_t left) {
    const uint8_t *rest = in + (n - left);
    if (code == Z_STREAM_END) {
        if (left > 0) {
            size_t old = (size_t)BYTES_LEN(s->unused_data);
            Object *joined = Bytes_From(NULL, (ssize_t)(old + left));
            if (!joined) return -1;
            memcpy(BYTES_DATA(joined), BYTES_DATA(s->unused_data), old);
            memcpy(BYTES_DATA(joined) + old, rest, left);
            SETREF(s->unused_data, joined);
        }
        left = 0;
    }
    if (left > 0 || BYTES_LEN(s->unconsumed_tail) > 0) {
        Object *tail = Bytes_From(rest, (ssize_t)left);
        if (!tail) return -1;
        SETREF(s->unconsumed_tail, tail);
    }
    if (code == Z_STREAM_END) s->eof = true;
    return 0;
}

/* Inflates [in, in+n) into out (at most limit bytes when limit >= 0),
 * giving the dictionary when the stream asks for it.  Returns zlib's last
 * code (an error raised when it is negative), *left the unread input. */
static int inflate_input(ZStream *s, int flush, const uint8_t *in, size_t n, ByteBuf *out, size_t chunk,
                         ssize_t limit, size_t *left, const char *doing) {
    if (!s->live) {
        raise_zerror(s->error, Z_STREAM_ERROR, NULL, doing);
        return Z_STREAM_ERROR;
    }
    int code;
    for (;;) {
        code = stream_run(&s->z, inflate, flush, in, n, out, chunk, limit, left);
        if (code != Z_NEED_DICT || !s->zdict) break;
        if (set_zdict(s) < 0) return Z_DATA_ERROR;
        /* go on with the input the stream has not read yet */
        in += n - *left;
        n = *left;
    }
    if (code == Z_MEM_ERROR) return code;
    if (code != Z_OK && code != Z_BUF_ERROR && code != Z_STREAM_END) {
        raise_zerror(s->error, code, s->z.msg, doing);
        return code < 0 ? code : Z_DATA_ERROR;
    }
    return code;
}

static Object *decompress_decompress(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ZStream *s = (ZStream *)self;
    const uint8_t *data;
    ssize_t n, max_length = 0;
    if (Buffer_PeekArg(args[0], &data, &n) < 0) return NULL;
    if (args[1] && Index_AsSsizeArg(args[1], &max_length) < 0) return NULL;
    if (max_length < 0) {
        Err_SetString(Exc_ValueError, "max_length must be non-negative");
        return NULL;
    }
    ssize_t limit = max_length == 0 ? -1 : max_length;
    size_t chunk = limit > 0 && limit < DEFAULT_BUFSIZE ? (size_t)limit : DEFAULT_BUFSIZE;
    ByteBuf out = {0};
    size_t left = 0;
    int code = inflate_input(s, Z_SYNC_FLUSH, data, (size_t)n, &out, chunk, limit, &left, "decompressing data");
    if (code < 0 && code != Z_BUF_ERROR) {
        ByteBuf_Free(&out);
        return NULL;
    }
    if (keep_leftovers(s, code, data, (size_t)n, left) < 0) {
        ByteBuf_Free(&out);
        return NULL;
    }
    return take_bytes(&out);
}

static Object *decompress_flush(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ZStream *s = (ZStream *)self;
    ssize_t length = DEFAULT_BUFSIZE;
    if (args[0] && Index_AsSsizeArg(args[0], &length) < 0) return NULL;
    if (length <= 0) {
        Err_SetString(Exc_ValueError, "length must be greater than zero");
        return NULL;
    }
    if (!s->live && s->eof) return Bytes_From("", 0); /* flushed to the end already */
    /* the input held back by max_length, kept alive while zlib reads it */
    Object *tail = NEWREF(s->unconsumed_tail);
    const uint8_t *in = (const uint8_t *)BYTES_DATA(tail);
    size_t n = (size_t)BYTES_LEN(tail), left = 0;
    ByteBuf out = {0};
    int code = inflate_input(s, Z_FINISH, in, n, &out, (size_t)length, -1, &left, "flushing");
    if ((code < 0 && code != Z_BUF_ERROR) || keep_leftovers(s, code, in, n, left) < 0) {
        DECREF(tail);
        ByteBuf_Free(&out);
        return NULL;
    }
    DECREF(tail);
    if (code == Z_STREAM_END) {
        inflateEnd(&s->z);
        s->live = false;
    }
    return take_bytes(&out);
}

static Object *decompress_unused_data(Object *self) { return NEWREF(((ZStream *)self)->unused_data); }
static Object *decompress_unconsumed_tail(Object *self) { return NEWREF(((ZStream *)self)->unconsumed_tail); }
static Object *decompress_eof(Object *self) { return Bool_From(((ZStream *)self)->eof); }

/* ---- tables --------------------------------------------------------------------------- */

/* The methods CPython gives their defining class: parsed as keyword functions. */
#define CLINIC(sig, doc) ARGS_F(ARG_CLINIC_METHOD, sig, doc)

static const MethodDef compress_methods[] = {
    {"compress", compress_compress, 0,
     CLINIC("($self, data, /)", "Returns a bytes object containing compressed data.\n\n"
                              "  data\n    Binary data to be compressed.\n\n"
                              "After calling this function, some of the input data may still\n"
                              "be stored in internal buffers for later processing.\n"
                              "Call the flush() method to clear these buffers.")},
    {"flush", compress_flush, 0,
     CLINIC("($self, mode=zlib.Z_FINISH, /)",
          "Return a bytes object containing any remaining compressed data.\n\n"
          "  mode\n    One of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH.\n"
          "    If mode == Z_FINISH, the compressor object can no longer be\n"
          "    used after calling the flush() method.  Otherwise, more data\n"
          "    can still be compressed.")},
    {"copy", zstream_copy, 0, CLINIC("($self, /)", "Return a copy of the compression object.")},
    {"__copy__", zstream_copy, 0, CLINIC("($self, /)", NULL)},
    {"__deepcopy__", zstream_deepcopy, 0, CLINIC("($self, memo, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const MethodDef decompress_methods[] = {
    {"decompress", decompress_decompress, 0,
     ARGS("($self, data, /, max_length=0)",
          "Return a bytes object containing the decompressed version of the data.\n\n"
          "  data\n    The binary data to decompress.\n"
          "  max_length\n    The maximum allowable length of the decompressed data.\n"
          "    Unconsumed input data will be stored in\n    the unconsumed_tail attribute.\n\n"
          "After calling this function, some of the input data may still be\n"
          "stored in internal buffers for later processing.\n"
          "Call the flush() method to clear these buffers.")},
    {"flush", decompress_flush, 0,
     CLINIC("($self, length=zlib.DEF_BUF_SIZE, /)",
          "Return a bytes object containing any remaining decompressed data.\n\n"
          "  length\n    the initial size of the output buffer.")},
    {"copy", zstream_copy, 0, CLINIC("($self, /)", "Return a copy of the decompression object.")},
    {"__copy__", zstream_copy, 0, CLINIC("($self, /)", NULL)},
    {"__deepcopy__", zstream_deepcopy, 0, CLINIC("($self, memo, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef decompress_getset[] = {
    {"unused_data", decompress_unused_data, NULL, NULL},
    {"unconsumed_tail", decompress_unconsumed_tail, NULL, NULL},
    {"eof", decompress_eof, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Type Compress_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "zlib.Compress",
    .basicsize = sizeof(ZStream),
    .dealloc = zstream_dealloc,
    .methods = compress_methods,
};

static Type Decompress_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "zlib.Decompress",
    .basicsize = sizeof(ZStream),
    .dealloc = zstream_dealloc,
    .methods = decompress_methods,
    .getset = decompress_getset,
};

static const MethodDef zlib_functions[] = {
    {"adler32", zlib_adler32, 0,
     ARGS("($module, data, value=1, /)", "Compute an Adler-32 checksum of data.\n\n"
                                         "  value\n    Starting value of the checksum.\n\n"
                                         "The returned checksum is an integer.")},
    {"compress", zlib_compress, 0,
     ARGS("($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)",
          "Returns a bytes object containing compressed data.\n\n"
          "  data\n    Binary data to be compressed.\n"
          "  level\n    Compression level, in 0-9 or -1.\n"
          "  wbits\n    The window buffer size and container format.")},
    {"compressobj", zlib_compressobj, 0,
     ARGS("($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED,\n"
          "            wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,\n"
          "            strategy=Z_DEFAULT_STRATEGY, zdict=<unrepresentable>)",
          "Return a compressor object.\n\n"
          "  level\n    The compression level (an integer in the range 0-9 or -1; default is\n"
          "    currently equivalent to 6).  Higher compression levels are slower,\n"
          "    but produce smaller results.\n"
          "  method\n    The compression algorithm.  If given, this must be DEFLATED.\n"
          "  wbits\n    +9 to +15: The base-two logarithm of the window size.  Include a zlib\n"
          "        container.\n    -9 to -15: Generate a raw stream.\n"
          "    +25 to +31: Include a gzip container.\n"
          "  memLevel\n    Controls the amount of memory used for internal compression state.\n"
          "    Valid values range from 1 to 9.  Higher values result in higher memory\n"
          "    usage, faster compression, and smaller output.\n"
          "  strategy\n    Used to tune the compression algorithm.  Possible values are\n"
          "    Z_DEFAULT_STRATEGY, Z_FILTERED, and Z_HUFFMAN_ONLY.\n"
          "  zdict\n    The predefined compression dictionary - a sequence of bytes\n"
          "    containing subsequences that are likely to occur in the input data.")},
    {"crc32", zlib_crc32, 0,
     ARGS("($module, data, value=0, /)", "Compute a CRC-32 checksum of data.\n\n"
                                         "  value\n    Starting value of the checksum.\n\n"
                                         "The returned checksum is an integer.")},
    {"decompress", zlib_decompress, 0,
     ARGS("($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)",
          "Returns a bytes object containing the uncompressed data.\n\n"
          "  data\n    Compressed data.\n"
          "  wbits\n    The window buffer size and container format.\n"
          "  bufsize\n    The initial output buffer size.")},
    {"decompressobj", zlib_decompressobj, 0,
     ARGS("($module, /, wbits=MAX_WBITS, zdict=b'')",
          "Return a decompressor object.\n\n"
          "  wbits\n    The window buffer size and container format.\n"
          "  zdict\n    The predefined compression dictionary.  This must be the same\n"
          "    dictionary as used by the compressor that produced the input data.")},
    {NULL, NULL, 0, NULL},
};

Type *const Zlib_Types[] = {&Compress_Type, &Decompress_Type, NULL};

static const char zlib_doc[] =
    "The functions in this module allow compression and decompression using the\n"
    "zlib library, which is based on GNU zip.\n\n"
    "adler32(string[, start]) -- Compute an Adler-32 checksum.\n"
    "compress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n"
    "compressobj([level[, ...]]) -- Return a compressor object.\n"
    "crc32(string[, start]) -- Compute a CRC-32 checksum.\n"
    "decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\n"
    "decompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n"
    "'wbits' is window buffer size and container format.\n"
    "Compressor objects support compress() and flush() methods; decompressor\n"
    "objects support decompress() and flush().";

/* class zlib.error(Exception): one per interpreter. */
static Object *make_error_class(void) {
    Object *name = Str_FromUTF8("error", -1), *bases = Tuple_Pack(1, (Object *)Exc_Exception);
    Object *ns = Dict_New(), *mod = Str_FromUTF8("zlib", -1), *cls = NULL;
    if (name && bases && ns && mod && Dict_SetStr(ns, "__module__", mod) == 0)
        cls = Class_New(&Type_Type, name, bases, ns);
    XDECREF(name);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod);
    return cls;
}

int Zlib_Init(Object *module) {
    static const struct {
        const char *name;
        int value;
    } constants[] = {
        {"MAX_WBITS", MAX_WBITS},
        {"DEFLATED", Z_DEFLATED},
        {"DEF_MEM_LEVEL", 8},
        {"DEF_BUF_SIZE", DEFAULT_BUFSIZE},
        {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
        {"Z_BEST_SPEED", Z_BEST_SPEED},
        {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
        {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
        {"Z_FILTERED", Z_FILTERED},
        {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
        {"Z_RLE", Z_RLE},
        {"Z_FIXED", Z_FIXED},
        {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
        {"Z_NO_FLUSH", Z_NO_FLUSH},
        {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
        {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
        {"Z_FULL_FLUSH", Z_FULL_FLUSH},
        {"Z_FINISH", Z_FINISH},
        {"Z_BLOCK", Z_BLOCK},
        {"Z_TREES", Z_TREES},
    };
    if (Module_AddObjectSteal(module, "__doc__", Str_FromUTF8(zlib_doc, -1)) < 0 ||
        Module_AddFunctions(module, zlib_functions) < 0)
        return -1;
    for (size_t i = 0; i < sizeof constants / sizeof *constants; i++)
        if (Module_AddObjectSteal(module, constants[i].name, Int_FromI64(constants[i].value)) < 0) return -1;
    if (Module_AddObjectSteal(module, "ZLIB_VERSION", Str_FromUTF8(ZLIB_VERSION, -1)) < 0 ||
        Module_AddObjectSteal(module, "ZLIB_RUNTIME_VERSION", Str_FromUTF8(zlibVersion(), -1)) < 0 ||
        Module_AddObjectSteal(module, "__version__", Str_FromUTF8("1.0", -1)) < 0)
        return -1;
    return Module_AddObjectSteal(module, "error", make_error_class());
}
