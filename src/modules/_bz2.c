/* The _bz2 module: bzip2 streams through libbz2.
 *
 * BZ2Compressor feeds data to BZ2_bzCompress and hands back what it has
 * produced; BZ2Decompressor does the reverse, keeping input it could not
 * use yet (max_length reached) for the next call and what follows the end
 * of the stream as unused_data.  libbz2 counts in unsigned ints, so input
 * is handed over in slices. */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include <bzlib.h>
#include <limits.h>

enum { CHUNK = 32 * 1024 };

/* Raises the exception CPython gives a failing libbz2 code; -1 when it
 * was an error, 0 when not. */
static int bz_error(int code) {
    switch (code) {
    case BZ_OK: case BZ_RUN_OK: case BZ_FLUSH_OK: case BZ_FINISH_OK: case BZ_STREAM_END:
        return 0;
    case BZ_PARAM_ERROR:
        Err_SetString(Exc_ValueError, "Internal error - invalid parameters passed to libbzip2");
        break;
    case BZ_MEM_ERROR:
        Err_SetString(Exc_MemoryError, "");
        break;
    case BZ_DATA_ERROR: case BZ_DATA_ERROR_MAGIC:
        Err_SetString(Exc_OSError, "Invalid data stream");
        break;
    case BZ_IO_ERROR:
        Err_SetString(Exc_OSError, "Unknown I/O error");
        break;
    case BZ_UNEXPECTED_EOF:
        Err_SetString(Exc_EOFError, "Compressed file ended before the logical end-of-stream was detected");
        break;
    case BZ_SEQUENCE_ERROR:
        Err_SetString(Exc_RuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2");
        break;
    default:
        Err_Format(Exc_SystemError, "Unrecognized error from libbzip2: %d", code);
        break;
    }
    return -1;
}

/* Input [p, p+n) as the stream's next slice: at most UINT_MAX bytes go to
 * libbz2 at once; *rest counts what is left beyond the slice. */
static void give_input(bz_stream *s, const uint8_t *p, size_t n, size_t *rest) {
    size_t take = n > UINT_MAX ? UINT_MAX : n;
    s->next_in = (char *)p;
    s->avail_in = (unsigned)take;
    *rest = n - take;
}

/* Makes room for more output in out (at least `want` bytes, fewer when a
 * limit >= 0 leaves less) and points the stream at it.  -1: no memory. */
static int give_room(bz_stream *s, ByteBuf *out, size_t want, ssize_t limit) {
    if (limit >= 0 && want > (size_t)limit - out->len) want = (size_t)limit - out->len;
    if (want > UINT_MAX) want = UINT_MAX;
    if (ByteBuf_Reserve(out, want) < 0) return ByteBuf_RaiseNoMemory();
    s->next_out = (char *)out->data + out->len;
    s->avail_out = (unsigned)want;
    return 0;
}

/* Counts what the last step wrote into out (room was `given` bytes). */
static void took_room(bz_stream *s, ByteBuf *out, size_t given) {
    out->len += given - s->avail_out;
    out->data[out->len] = '\0';
}

/* The output as bytes; frees the buffer. */
static Object *take_bytes(ByteBuf *out) {
    Object *r = Bytes_From(out->data ? (const char *)out->data : "", (ssize_t)out->len);
    ByteBuf_Free(out);
    return r;
}

/* ---- BZ2Compressor ------------------------------------------------------------ */

typedef struct {
    Object ob;
    bz_stream bzs;
    bool live;    /* bzs initialised (ended by dealloc) */
    bool flushed; /* flush() ran: no more input */
} Compressor;

static void compressor_dealloc(Object *o) {
    Compressor *c = (Compressor *)o;
    if (c->live) BZ2_bzCompressEnd(&c->bzs);
    Obj_Free(o);
}

static Object *compressor_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (kwnames && TUPLE_LEN(kwnames) > 0) {
        Err_SetString(Exc_TypeError, "BZ2Compressor() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        Err_Format(Exc_TypeError, "BZ2Compressor expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    int level = 9;
    if (nargs == 1 && Arg_AsCInt(args[0], &level) < 0) return NULL;
    if (level < 1 || level > 9) {
        Err_SetString(Exc_ValueError, "compresslevel must be between 1 and 9");
        return NULL;
    }
    Compressor *c = (Compressor *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!c) return NULL;
    memset(&c->bzs, 0, sizeof c->bzs);
    c->live = c->flushed = false;
    if (bz_error(BZ2_bzCompressInit(&c->bzs, level, 0, 0)) < 0) {
        DECREF((Object *)c);
        return NULL;
    }
    c->live = true;
    return (Object *)c;
}

/* Runs the compressor over [p, p+n) with action BZ_RUN or BZ_FINISH. */
static Object *compress_run(Compressor *c, const uint8_t *p, size_t n, int action) {
    ByteBuf out = {0};
    size_t rest = 0;
    give_input(&c->bzs, p, n, &rest);
    for (;;) {
        if (c->bzs.avail_in == 0 && rest > 0) {
            const uint8_t *at = (const uint8_t *)c->bzs.next_in;
            give_input(&c->bzs, at, rest, &rest);
        }
        if (action == BZ_RUN && c->bzs.avail_in == 0) break;
        size_t want = out.len < CHUNK ? CHUNK : out.len;
        if (give_room(&c->bzs, &out, want, -1) < 0) goto fail;
        size_t given = c->bzs.avail_out;
        int code = BZ2_bzCompress(&c->bzs, action);
        took_room(&c->bzs, &out, given);
        if (bz_error(code) < 0) goto fail;
        if (action == BZ_FINISH && code == BZ_STREAM_END) break;
    }
    return take_bytes(&out);
fail:
    ByteBuf_Free(&out);
    return NULL;
}

static Object *compressor_compress(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Compressor *c = (Compressor *)self;
    const uint8_t *data;
    ssize_t n;
    if (Buffer_PeekArg(args[0], &data, &n) < 0) return NULL;
    if (c->flushed) {
        Err_SetString(Exc_ValueError, "Compressor has been flushed");
        return NULL;
    }
    return compress_run(c, data, (size_t)n, BZ_RUN);
}

static Object *compressor_flush(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Compressor *c = (Compressor *)self;
    if (c->flushed) {
        Err_SetString(Exc_ValueError, "Repeated call to flush()");
        return NULL;
    }
    c->flushed = true;
    return compress_run(c, (const uint8_t *)"", 0, BZ_FINISH);
}

/* ---- BZ2Decompressor -------------------------------------------------------------- */

typedef struct {
    Object ob;
    bz_stream bzs;
    bool live, eof, needs_input;
    Object *pending;     /* input not yet read (bytes, owned) */
    Object *unused_data; /* what followed the end of the stream (bytes, owned) */
} Decompressor;

static void decompressor_dealloc(Object *o) {
    Decompressor *d = (Decompressor *)o;
    if (d->live) BZ2_bzDecompressEnd(&d->bzs);
    XDECREF(d->pending);
    XDECREF(d->unused_data);
    Obj_Free(o);
}

static Object *decompressor_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs > 0) {
        Err_SetString(Exc_TypeError, "BZ2Decompressor() takes no positional arguments");
        return NULL;
    }
    if (kwnames && TUPLE_LEN(kwnames) > 0) {
        Err_SetString(Exc_TypeError, "BZ2Decompressor() takes no keyword arguments");
        return NULL;
    }
    Decompressor *d = (Decompressor *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!d) return NULL;
    memset(&d->bzs, 0, sizeof d->bzs);
    d->live = d->eof = false;
    d->needs_input = true;
    d->pending = NULL;
    d->unused_data = Bytes_From("", 0);
    if (!d->unused_data || bz_error(BZ2_bzDecompressInit(&d->bzs, 0, 0)) < 0) {
        DECREF((Object *)d);
        return NULL;
    }
    d->live = true;
    return (Object *)d;
}

/* Decompresses [p, p+n) into out, at most limit bytes when limit >= 0,
 * stopping at the end of the stream.  *left: the input not read. */
static int decompress_run(Decompressor *d, const uint8_t *p, size_t n, ByteBuf *out, ssize_t limit, size_t *left) {
    size_t rest = 0;
    give_input(&d->bzs, p, n, &rest);
    size_t want = limit >= 0 && limit < CHUNK ? (size_t)limit : CHUNK;
    if (give_room(&d->bzs, out, want, limit) < 0) return -1;
    for (;;) {
        size_t given = d->bzs.avail_out;
        int code = BZ2_bzDecompress(&d->bzs);
        took_room(&d->bzs, out, given);
        if (d->bzs.avail_in == 0 && rest > 0) {
            const uint8_t *at = (const uint8_t *)d->bzs.next_in;
            give_input(&d->bzs, at, rest, &rest);
        }
        if (bz_error(code) < 0) return -1;
        if (code == BZ_STREAM_END) {
            d->eof = true;
            break;
        }
        if (d->bzs.avail_in == 0) break;
        if (d->bzs.avail_out == 0) {
            if (limit >= 0 && out->len >= (size_t)limit) break;
            if (give_room(&d->bzs, out, out->len < CHUNK ? CHUNK : out->len, limit) < 0) return -1;
        }
    }
    *left = d->bzs.avail_in + rest;
    d->bzs.next_in = NULL;
    d->bzs.avail_in = 0;
    return 0;
}

/* The input of this call: what was held back joined with data (a new
 * reference; data's object itself when nothing was held back). */
static Object *joined_input(Decompressor *d, Object *data, const uint8_t *p, ssize_t n) {
    if (!d->pending || BYTES_LEN(d->pending) == 0) {
        if (TYPE(data) == &Bytes_Type) return NEWREF(data);
        return Bytes_From((const char *)p, n);
    }
    ssize_t old = BYTES_LEN(d->pending);
    Object *all = Bytes_From(NULL, old + n);
    if (!all) return NULL;
    memcpy(BYTES_DATA(all), BYTES_DATA(d->pending), (size_t)old);
    memcpy(BYTES_DATA(all) + old, p, (size_t)n);
    return all;
}

static Object *decompressor_decompress(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Decompressor *d = (Decompressor *)self;
    const uint8_t *p;
    ssize_t n, max_length = -1;
    if (Buffer_PeekArg(args[0], &p, &n) < 0) return NULL;
    if (args[1] && Index_AsSsizeArg(args[1], &max_length) < 0) return NULL;
    if (d->eof) {
        Err_SetString(Exc_EOFError, "End of stream already reached");
        return NULL;
    }
    Object *input = joined_input(d, args[0], p, n);
    if (!input) return NULL;
    const uint8_t *in = (const uint8_t *)BYTES_DATA(input);
    size_t len = (size_t)BYTES_LEN(input), left = 0;
    ByteBuf out = {0};
    if (decompress_run(d, in, len, &out, max_length < 0 ? -1 : max_length, &left) < 0) {
        /* the input stays where it was: a retry sees the same bytes */
        DECREF(input);
        ByteBuf_Free(&out);
        return NULL;
    }
    Object *rest = left > 0 ? Bytes_From((const char *)in + (len - left), (ssize_t)left) : NULL;
    DECREF(input);
    if (left > 0 && !rest) {
        ByteBuf_Free(&out);
        return NULL;
    }
    if (d->eof) {
        d->needs_input = false;
        if (rest) SETREF(d->unused_data, rest);
        CLEAR(d->pending);
    } else {
        d->needs_input = rest == NULL;
        SETREF(d->pending, rest);
    }
    return take_bytes(&out);
}

static Object *decompressor_eof(Object *self) { return Bool_From(((Decompressor *)self)->eof); }
static Object *decompressor_needs_input(Object *self) { return Bool_From(((Decompressor *)self)->needs_input); }
static Object *decompressor_unused_data(Object *self) { return NEWREF(((Decompressor *)self)->unused_data); }

/* ---- tables ------------------------------------------------------------------------ */

static const MethodDef compressor_methods[] = {
    {"compress", compressor_compress, 0,
     ARGS("($self, data, /)", "Provide data to the compressor object.\n\n"
                              "Returns a chunk of compressed data if possible, or b'' otherwise.\n\n"
                              "When you have finished providing data to the compressor, call the\n"
                              "flush() method to finish the compression process.")},
    {"flush", compressor_flush, 0,
     ARGS("($self, /)", "Finish the compression process.\n\n"
                        "Returns the compressed data left in internal buffers.\n\n"
                        "The compressor object may not be used after this method is called.")},
    {NULL, NULL, 0, NULL},
};

static const MethodDef decompressor_methods[] = {
    {"decompress", decompressor_decompress, 0,
     ARGS_F(ARG_GETARGS_STYLE, "($self, /, data, max_length=-1)",
            "Decompress *data*, returning uncompressed data as bytes.\n\n"
            "If *max_length* is nonnegative, returns at most *max_length* bytes\n"
            "of decompressed data.  If this limit is reached and further output\n"
            "can be produced, *self.needs_input* will be set to ``False``.  In\n"
            "this case, the next call to *decompress()* may provide *data* as b''\n"
            "to obtain more of the output.\n\n"
            "If all of the input data was decompressed and returned (either\n"
            "because this was less than *max_length* bytes, or because\n"
            "*max_length* was negative), *self.needs_input* will be set to True.\n\n"
            "Attempting to decompress data after the end of stream is reached\n"
            "raises an EOFError.  Any data found after the end of the stream is\n"
            "ignored and saved in the unused_data attribute.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef decompressor_getset[] = {
    {"eof", decompressor_eof, GetSet_Readonly, "True if the end-of-stream marker has been reached."},
    {"unused_data", decompressor_unused_data, GetSet_Readonly, "Data found after the end of the compressed stream."},
    {"needs_input", decompressor_needs_input, GetSet_Readonly,
     "True if more input is needed before more decompressed data can be produced."},
    {NULL, NULL, NULL, NULL},
};

static Type Compressor_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_bz2.BZ2Compressor",
    .basicsize = sizeof(Compressor),
    .doc = "Create a compressor object for compressing data incrementally.\n\n"
           "  compresslevel\n    Compression level, as a number between 1 and 9.\n\n"
           "For one-shot compression, use the compress() function instead.",
    .dealloc = compressor_dealloc,
    .new_ = compressor_new,
    .methods = compressor_methods,
    .args = ARGS_F(0, "(compresslevel=9, /)", NULL),
};

static Type Decompressor_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_bz2.BZ2Decompressor",
    .basicsize = sizeof(Decompressor),
    .doc = "Create a decompressor object for decompressing data incrementally.\n\n"
           "For one-shot decompression, use the decompress() function instead.",
    .dealloc = decompressor_dealloc,
    .new_ = decompressor_new,
    .methods = decompressor_methods,
    .getset = decompressor_getset,
};

Type *const Bz2_Types[] = {&Compressor_Type, &Decompressor_Type, NULL};

int Bz2_Init(Object *module) {
    if (Module_AddObject(module, "BZ2Compressor", (Object *)&Compressor_Type) < 0) return -1;
    return Module_AddObject(module, "BZ2Decompressor", (Object *)&Decompressor_Type);
}
