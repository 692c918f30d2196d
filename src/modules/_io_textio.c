/* _io.TextIOWrapper: text over a binary buffer, as CPython's.
 *
 * Reading decodes a chunk of bytes at a time (TextDecoder) and hands out
 * the decoded text; writing encodes text into pending bytes that go to the
 * buffer when there are enough of them, at a newline with line buffering,
 * or at once with write_through.
 *
 * tell() returns CPython's opaque cookie: the byte position of a point
 * where the decoder had nothing waiting, the decoder's flags there, how
 * many bytes to feed it from there and how many characters of their text
 * to skip, packed as CPython packs them (a 64-bit position, then three
 * 32-bit fields and a byte).  To build it, each chunk read keeps a
 * snapshot (the decoder's flags before it and the bytes it decoded), and
 * tell() replays the decoding of the characters used so far with the same
 * search CPython makes, so the numbers are CPython's. */
#include "abstract.h"
#include "modules/_codecs.h"
#include "modules/_io.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CHUNK_SIZE = 8192 };

typedef struct TextIO {
    IOBase base;
    Object *buffer;         /* owned; NULL before __init__ and once detached */
    bool ok, detached;
    Object *encoding;       /* str, as given (or the locale's) */
    Object *errors;         /* str */
    const char *codec;      /* Str_CodecName(encoding), or NULL: a registry codec */
    Object *encoder;        /* that codec's incremental encoder (owned), or NULL */
    bool has_decoder, has_encoder;
    bool seekable, telling, has_read1;
    bool line_buffering, write_through;
    bool readuniversal, readtranslate, writetranslate;
    const char *readnl;     /* "\n", "\r", "\r\n"; NULL with universal newlines */
    const char *writenl;    /* what "\n" becomes on write; NULL: itself */
    TextDecoder dec;
    Object *decoded;        /* the text of the last chunk (owned) or NULL */
    ssize_t decoded_used;   /* characters of it handed out */
    bool has_snapshot;      /* for tell(): the decoder's flags before that chunk */
    int snap_flags;
    Object *snap_input;     /* bytes: what the decoder was fed since (owned) */
    double b2cratio;        /* bytes per character of the last chunk */
    ssize_t chunk_size;
    ByteBuf pending;        /* encoded text not yet written to the buffer */
    OutStream *out;         /* bound to that output stream (sys.stdout, sys.stderr), or NULL */
    bool plain_utf8;        /* text is written as its UTF-8, untranslated */
    bool fast_write;        /* bound, plain_utf8, attached, writable: TextIO_WriteBound's case */
    uint64_t plain_version; /* a version of the __dict__ known to hold no "write" */
    /* the exact FileIO under an exact Buffered* buffer (owned), whose
     * closed is the stream's, as CPython checks it: a detached buffer
     * does not make the stream closed */
    Object *raw;
} TextIO;

#define TIO(o) ((TextIO *)(o))

/* ---- checks --------------------------------------------------------------------- */

static int check_attached(TextIO *t) {
    if (t->ok && t->buffer) return 0;
    Err_SetString(Exc_ValueError,
                  t->detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
    return -1;
}

static int check_closed(Object *self) {
    if (TYPE(self) == &TextIOWrapper_Type && TIO(self)->raw) {
        if (!FileIO_Closed(TIO(self)->raw)) return 0;
        Io_ClosedError();
        return -1;
    }
    if (TYPE(self) == &TextIOWrapper_Type) {
        Type *bt = TYPE(TIO(self)->buffer);
        if (bt == &BufferedReader_Type || bt == &BufferedWriter_Type || bt == &BufferedRandom_Type) {
            int r = Buffered_Closed(TIO(self)->buffer);
            if (r > 0) Io_ClosedError();
            return r ? -1 : 0;
        }
    }
    Object *c = TYPE(self) == &TextIOWrapper_Type ? Obj_GetAttr(TIO(self)->buffer, ID(closed))
                                                  : Obj_GetAttr(self, ID(closed));
    if (!c) return -1;
    int r = Obj_IsTrue(c);
    DECREF(c);
    if (r > 0) Io_ClosedError();
    return r ? -1 : 0;
}

#define CHECK_ATTACHED(t) \
    if (check_attached(t) < 0) return NULL
#define CHECK_ATTACHED_AND_OPEN(self) \
    if (check_attached(TIO(self)) < 0 || check_closed(self) < 0) return NULL

/* ---- decoded text ---------------------------------------------------------------- */

static void set_decoded(TextIO *t, Object *s) {
    SETREF(t->decoded, s);
    t->decoded_used = 0;
}

static void clear_snapshot(TextIO *t) {
    t->has_snapshot = false;
    CLEAR(t->snap_input);
}

/* Up to n (< 0: all) of the decoded characters not handed out yet. */
static Object *get_decoded(TextIO *t, ssize_t n) {
    if (!t->decoded) return NEWREF(Str_Empty());
    if (t->decoded_used < 0 || t->decoded_used > STR_LEN(t->decoded)) t->decoded_used = STR_LEN(t->decoded);
    ssize_t avail = STR_LEN(t->decoded) - t->decoded_used;
    if (n < 0 || n > avail) n = avail;
    Object *r;
    if (t->decoded_used == 0 && n == STR_LEN(t->decoded)) r = NEWREF(t->decoded);
    else r = Str_Substring(t->decoded, t->decoded_used, t->decoded_used + n);
    if (r) t->decoded_used += n;
    return r;
}

static void note_settings(TextIO *t);

/* A bound stream whose buffer was detached (or re-initialized) under it
 * is bound no more: the text it kept in the output stream becomes its own
 * pending text, which the generic code then hands to the buffer (and gets
 * the buffer's error, as CPython's would). */
static int check_binding(TextIO *t) {
    Object *b = t->buffer;
    if (!t->out || !b || TYPE(b) != &BufferedWriter_Type || ((Buffered *)b)->out == t->out) return 0;
    OutStream *o = t->out;
    int r = ByteBuf_Put(&t->pending, o->buf + o->committed, o->len - o->committed);
    o->len = o->committed;
    t->out = NULL;
    note_settings(t);
    return r;
}

/* Writes out the pending encoded text (not flushing the buffer). */
static int write_pending(TextIO *t) {
    if (check_binding(t) < 0) return -1;
    if (t->out) return Out_CommitChecked(t->out);
    if (!t->pending.len) return 0;
    Object *b = Bytes_From(t->pending.data, (ssize_t)t->pending.len);
    ByteBuf_Reset(&t->pending);
    if (!b) return -1;
    Object *r = Obj_CallMethodC(t->buffer, "write", &b, 1);
    DECREF(b);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* Reads and decodes one chunk (at least size_hint bytes asked for):
 * 1 with text, 0 at the end, -1 on error. */
static int read_chunk(TextIO *t, ssize_t size_hint) {
    if (!t->has_decoder) {
        Io_Unsupported("not readable");
        return -1;
    }
    Object *dec_buffer = NULL;
    int dec_flags = 0;
    if (t->telling) {
        /* the decoder's state before this chunk: what tell() starts from */
        if (TextDecoder_GetState(&t->dec, &dec_buffer, NULL, &dec_flags) < 0) return -1;
    }
    ssize_t size = t->chunk_size > size_hint ? t->chunk_size : size_hint;
    Object *arg = Int_FromI64(size);
    Object *chunk = arg ? Obj_CallMethodC(t->buffer, t->has_read1 ? "read1" : "read", &arg, 1) : NULL;
    XDECREF(arg);
    if (!chunk) goto fail;
    const uint8_t *data;
    ssize_t nbytes;
    if (!Bytes_GetBuffer(chunk, &data, &nbytes)) {
        Err_Format(Exc_TypeError, "underlying %s() should have returned a bytes-like object, not '%s'",
                   t->has_read1 ? "read1" : "read", TYPE_NAME(chunk));
        goto fail;
    }
    bool eof = nbytes == 0;
    Object *text = TextDecoder_Decode(&t->dec, data, (size_t)nbytes, eof);
    if (!text) goto fail;
    ssize_t nchars = STR_LEN(text);
    set_decoded(t, text);
    t->b2cratio = nchars > 0 ? (double)nbytes / (double)nchars : 0.0;
    if (nchars > 0) eof = false;
    if (t->telling) {
        Object *next = BYTES_LEN(dec_buffer) ? Obj_BinaryOp(dec_buffer, chunk, NB_ADD) : NEWREF(chunk);
        if (!next) goto fail;
        if (!Bytes_Check(next)) SETREF(next, Bytes_From(data, nbytes));
        if (!next) goto fail;
        SETREF(t->snap_input, next);
        t->snap_flags = dec_flags;
        t->has_snapshot = true;
    }
    XDECREF(dec_buffer);
    DECREF(chunk);
    return eof ? 0 : 1;
fail:
    XDECREF(dec_buffer);
    XDECREF(chunk);
    return -1;
}

/* ---- the codec ------------------------------------------------------------------ */

/* The codec of encoding enc: one cipy decodes and encodes itself (*codec),
 * or else the registry's CodecInfo of a text encoding (*info, new). */
static int lookup_codec(Object *enc, const char **codec, Object **info) {
    *info = NULL;
    const char *name = Str_AsUTF8(enc, NULL);
    if (!name) return -1;
    if ((*codec = Str_CodecName(name))) return 0;
    *info = Codecs_LookupText(name, NULL);
    return *info ? 0 : -1;
}

/* info.incrementaldecoder(errors) or info.incrementalencoder(errors). */
static Object *make_coder(Object *info, const char *which, Object *errors) {
    Object *factory = Obj_GetAttrC(info, which);
    if (!factory) return NULL;
    Object *r = Obj_Call(factory, &errors, 1, NULL);
    DECREF(factory);
    return r;
}

/* An encoder that starts past the beginning of a seekable stream must not
 * write a BOM there: its state becomes "not at the start", as CPython's. */
static int fix_encoder_state(TextIO *t) {
    if (!t->encoder || !t->seekable) return 0;
    Object *pos = Obj_CallMethodC(t->buffer, "tell", NULL, 0);
    if (!pos) return -1;
    int at_start = Obj_RichCompareBool(pos, SMALL_FROM(0), CMP_EQ);
    DECREF(pos);
    if (at_start < 0) return -1;
    if (at_start) return 0;
    Object *r = Obj_CallMethodC(t->encoder, "setstate", (Object *[]){SMALL_FROM(0)}, 1);
    XDECREF(r);
    return r ? 0 : -1;
}

/* Makes codec (or, when NULL, info's incremental decoder and encoder, as
 * the stream reads and writes) the stream's; info is borrowed. */
static int install_codec(TextIO *t, const char *codec, Object *info) {
    Object *dec = NULL, *enc = NULL;
    if (!codec) {
        if (t->has_decoder && !(dec = make_coder(info, "incrementaldecoder", t->errors))) return -1;
        if (t->has_encoder && !(enc = make_coder(info, "incrementalencoder", t->errors))) {
            XDECREF(dec);
            return -1;
        }
    }
    t->codec = codec;
    SETREF(t->encoder, enc);
    TextDecoder_Init(&t->dec, codec, dec, t->errors, t->readuniversal, t->readtranslate);
    note_settings(t);
    return fix_encoder_state(t);
}

/* After a seek: the encoder starts afresh at the stream's start, and
 * elsewhere as one that has written already (no BOM). */
static int reset_encoder(TextIO *t, bool at_start) {
    if (!t->encoder) return 0;
    Object *r = at_start ? Obj_CallMethodC(t->encoder, "reset", NULL, 0)
                         : Obj_CallMethodC(t->encoder, "setstate", (Object *[]){SMALL_FROM(0)}, 1);
    XDECREF(r);
    return r ? 0 : -1;
}

/* ---- construction ------------------------------------------------------------------ */

static Object *textio_new(Type *type, Object *const *args, size_t nargs, Object *kwnames) {
    Object *o = Obj_Alloc(type, (size_t)type->basicsize);
    if (o) TIO(o)->chunk_size = CHUNK_SIZE;
    return o;
}

/* The encoding a text file gets when none is given: the locale's (cipy
 * knows UTF-8 locales only), "utf-8" in UTF-8 mode. */
static Object *default_encoding(void) {
    Object *flags = Sys_GetObject("flags");
    Object *mode = flags ? Obj_GetAttrC(flags, "utf8_mode") : NULL;
    int utf8 = mode ? Obj_IsTrue(mode) : 0;
    XDECREF(mode);
    if (utf8 < 0) Err_Clear();
    return Str_FromUTF8(utf8 > 0 ? "utf-8" : "UTF-8", -1);
}

static int str_or_none(Object *v, const char *fn, const char *what) {
    if (!v || v == OBJ_NONE || Str_Check(v)) return 0;
    Err_Format(Exc_TypeError, "%s() argument '%s' must be str or None, not %s", fn, what, TYPE_NAME(v));
    return -1;
}

/* The newline setting: NULL for None; -1 with ValueError for a bad one. */
static int parse_newline(Object *newline, const char **nl) {
    *nl = NULL;
    if (!newline || newline == OBJ_NONE) return 0;
    const char *s = Str_AsUTF8(newline, NULL);
    if (!s) return -1;
    if (*s && strcmp(s, "\n") && strcmp(s, "\r") && strcmp(s, "\r\n")) {
        Err_Format(Exc_ValueError, "illegal newline value: %s", s);
        return -1;
    }
    *nl = !*s ? "" : !strcmp(s, "\n") ? "\n" : !strcmp(s, "\r") ? "\r" : "\r\n";
    return 0;
}

static void set_newline(TextIO *t, const char *nl, bool given) {
    t->readuniversal = !given || !*nl;
    t->readtranslate = !given;
    t->readnl = given && *nl ? nl : NULL;
    t->writetranslate = !given || *nl;
    t->writenl = t->readnl && strcmp(t->readnl, "\n") ? t->readnl : NULL;
}

/* The bound output stream takes over the stream's buffering flags. */
static void sync_out(TextIO *t) {
    if (!t->out) return;
    t->out->line_buffered = t->line_buffering;
    t->out->write_through = t->write_through;
}

/* After anything the fast path depends on changed. */
static void note_settings(TextIO *t) {
    t->plain_utf8 = t->codec && !(t->writetranslate && t->writenl) && !strcmp(t->codec, "utf-8");
    t->fast_write = t->out && t->plain_utf8 && t->ok && t->buffer && t->has_encoder;
    sync_out(t);
}

static int call_bool(Object *o, const char *method) {
    Object *r = Obj_CallMethodC(o, method, NULL, 0);
    if (!r) return -1;
    int v = Obj_IsTrue(r);
    DECREF(r);
    return v;
}

/* What buffer.readable(), writable() and seekable() return, found without
 * the calls for the exact types of open(): a Buffered* over a FileIO asks
 * it (so does the FileIO of -u itself).  False when they must be called. */
static bool buffer_abilities(Object *buffer, bool *readable, bool *writable, bool *seekable) {
    Type *bt = TYPE(buffer);
    Object *raw = buffer;
    if (bt == &BufferedReader_Type || bt == &BufferedWriter_Type || bt == &BufferedRandom_Type) {
        Buffered *b = (Buffered *)buffer;
        if (!b->ok || !b->raw) return false;
        raw = b->raw;
    }
    return FileIO_Abilities(raw, readable, writable, seekable);
}

/* TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
 *               line_buffering=False, write_through=False) */
static int textio_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TextIO *t = TIO(self);
    Object *a[6];
    if (Arg_Unpack(TextIOWrapper_Type.args, "TextIOWrapper", args, nargs, kwnames, a) < 0) return -1;
    Object *buffer = a[0], *encoding = a[1], *errors = a[2], *newline = a[3];
    if (str_or_none(encoding, "TextIOWrapper", "encoding") < 0 || str_or_none(errors, "TextIOWrapper", "errors") < 0 ||
        str_or_none(newline, "TextIOWrapper", "newline") < 0)
        return -1;
    t->ok = t->fast_write = false;
    t->out = NULL;
    const char *nl;
    if (parse_newline(newline, &nl) < 0) return -1;
    int lb = a[4] ? Obj_IsTrue(a[4]) : 0, wt = a[5] ? Obj_IsTrue(a[5]) : 0;
    if (lb < 0 || wt < 0) return -1;
    if ((!encoding || encoding == OBJ_NONE) && Io_WarnDefaultEncoding(1) < 0) return -1;
    Object *enc = encoding && encoding != OBJ_NONE && !Str_EqC(encoding, "locale") ? NEWREF(encoding)
                                                                                   : default_encoding();
    if (!enc) return -1;
    const char *codec;
    Object *info;
    if (lookup_codec(enc, &codec, &info) < 0) {
        DECREF(enc);
        return -1;
    }
    Object *err = errors && errors != OBJ_NONE ? NEWREF(errors) : Str_FromUTF8("strict", -1);
    if (!err) {
        XDECREF(info);
        DECREF(enc);
        return -1;
    }
    SETREF(t->encoding, enc);
    SETREF(t->errors, err);
    t->codec = codec;
    SETREF(t->buffer, NEWREF(buffer));
    Type *bt = TYPE(buffer);
    Object *raw = bt == &BufferedReader_Type || bt == &BufferedWriter_Type || bt == &BufferedRandom_Type
                      ? ((Buffered *)buffer)->raw
                      : NULL;
    SETREF(t->raw, raw && TYPE(raw) == &FileIO_Type ? NEWREF(raw) : NULL);
    t->detached = false;
    set_decoded(t, NULL);
    clear_snapshot(t);
    ByteBuf_Reset(&t->pending);
    t->line_buffering = lb;
    t->write_through = wt;
    set_newline(t, nl, newline && newline != OBJ_NONE);
    note_settings(t);
    int r;
    bool readable, writable, seekable;
    if (buffer_abilities(buffer, &readable, &writable, &seekable)) {
        t->has_decoder = readable;
        t->has_encoder = writable;
        t->has_read1 = TYPE(buffer) != &FileIO_Type;
        t->seekable = t->telling = seekable;
    } else {
        if ((r = call_bool(buffer, "readable")) < 0) goto fail;
        t->has_decoder = r;
        if ((r = call_bool(buffer, "writable")) < 0) goto fail;
        t->has_encoder = r;
        Object *read1;
        if ((r = Obj_LookupAttr(buffer, ID(read1), &read1)) < 0) goto fail;
        XDECREF(read1);
        t->has_read1 = r;
        if ((r = call_bool(buffer, "seekable")) < 0) goto fail;
        t->seekable = t->telling = r;
    }
    if (install_codec(t, codec, info) < 0) goto fail;
    XDECREF(info);
    t->ok = true;
    return 0;
fail:
    XDECREF(info);
    return -1;
}

static void textio_dealloc(Object *self) {
    /* a bound stream is not closed as it dies: the interpreter's output
     * stream outlives it and is flushed at exit; what it holds goes out
     * now (quietly), when CPython's close() would write it */
    if (TIO(self)->out) Out_Flush(TIO(self)->out);
    else if (Io_Finalize(self)) return;
    Weak_ClearBuiltin(self);
    TextIO *t = TIO(self);
    CLEAR(t->buffer);
    CLEAR(t->raw);
    CLEAR(t->encoding);
    CLEAR(t->errors);
    CLEAR(t->decoded);
    CLEAR(t->snap_input);
    CLEAR(t->encoder);
    TextDecoder_Clear(&t->dec);
    ByteBuf_Free(&t->pending);
    IOBase_ClearBase(self);
    Obj_Free(self);
}

static int textio_traverse(Object *self, VisitFn visit, void *arg) {
    if (TIO(self)->buffer && visit(TIO(self)->buffer, arg)) return 1;
    if (TIO(self)->raw && visit(TIO(self)->raw, arg)) return 1;
    if (TIO(self)->encoder && visit(TIO(self)->encoder, arg)) return 1;
    if (TIO(self)->dec.inc && visit(TIO(self)->dec.inc, arg)) return 1;
    return IOBase_TraverseBase(self, visit, arg);
}

static int textio_clear(Object *self) {
    TIO(self)->ok = false;
    TIO(self)->fast_write = false;
    TIO(self)->out = NULL;
    CLEAR(TIO(self)->buffer);
    CLEAR(TIO(self)->raw);
    CLEAR(TIO(self)->encoder);
    TextDecoder_Clear(&TIO(self)->dec);
    IOBase_ClearBase(self);
    return 0;
}

/* <_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>: name and mode
 * when they can be had. */
static Object *textio_repr(Object *self) {
    TextIO *t = TIO(self);
    const char *tname = TYPE(self)->name;
    if (!t->ok) {
        Err_SetString(Exc_ValueError, "I/O operation on uninitialized object");
        return NULL;
    }
    int rec = Repr_Enter(self);
    if (rec) {
        if (rec > 0) Err_Format(Exc_RuntimeError, "reentrant call inside %s.__repr__", tname);
        return NULL;
    }
    StrBuilder sb;
    SB_Init(&sb);
    int bad = SB_AppendASCII(&sb, "<", 1) < 0 || SB_AppendUTF8(&sb, tname, -1) < 0;
    static const char *const attrs[] = {"name", "mode"};
    for (int i = 0; i < 2 && !bad; i++) {
        Object *v;
        int r = Obj_LookupAttr(self, Str_InternC(attrs[i]), &v);
        if (r < 0) {
            if (!Err_Matches(Exc_ValueError)) {
                bad = 1;
                break;
            }
            Err_Clear();
        }
        if (r > 0) {
            bad = SB_AppendChar(&sb, ' ') < 0 || SB_AppendUTF8(&sb, attrs[i], -1) < 0 || SB_AppendChar(&sb, '=') < 0 ||
                  SB_AppendRepr(&sb, v) < 0;
            DECREF(v);
        }
    }
    if (!bad)
        bad = SB_AppendASCII(&sb, " encoding=", 10) < 0 || SB_AppendRepr(&sb, t->encoding) < 0 ||
              SB_AppendChar(&sb, '>') < 0;
    Repr_Leave(self);
    if (bad) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
}

/* ---- reading ---------------------------------------------------------------------- */

static Object *textio_read(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TextIO *t = TIO(self);
    ssize_t n;
    CHECK_ATTACHED(t);
    if (Io_SizeArg(nargs ? args[0] : NULL, &n) < 0) return NULL;
    if (check_closed(self) < 0) return NULL;
    if (!t->has_decoder) return Io_Unsupported("not readable");
    if (write_pending(t) < 0) return NULL;
    if (n < 0) {
        Object *bytes = Obj_CallMethodC(t->buffer, "read", NULL, 0);
        if (!bytes) return NULL;
        const uint8_t *data;
        ssize_t len;
        if (bytes == OBJ_NONE) {
            DECREF(bytes);
            Err_SetString(Exc_BlockingIOError, "Read returned None.");
            return NULL;
        }
        if (!Bytes_GetBuffer(bytes, &data, &len)) {
            /* the words of CPython's decoder joining what it holds to it */
            Err_Format(Exc_TypeError, "can't concat %s to bytes", TYPE_NAME(bytes));
            DECREF(bytes);
            return NULL;
        }
        Object *text = TextDecoder_Decode(&t->dec, data, (size_t)len, true);
        DECREF(bytes);
        if (!text) return NULL;
        Object *head = get_decoded(t, -1);
        Object *r = head ? Str_Concat(head, text) : NULL;
        XDECREF(head);
        DECREF(text);
        set_decoded(t, NULL);
        clear_snapshot(t);
        return r;
    }
    Object *result = get_decoded(t, n);
    if (!result) return NULL;
    ssize_t remaining = n - STR_LEN(result);
    if (remaining <= 0) return result;
    Object *chunks = List_New(0);
    if (!chunks || List_AppendSteal(chunks, result) < 0) goto fail;
    while (remaining > 0) {
        int r = read_chunk(t, remaining);
        if (r < 0) goto fail;
        if (r == 0) break;
        Object *more = get_decoded(t, remaining);
        if (!more) goto fail;
        remaining -= STR_LEN(more);
        if (List_AppendSteal(chunks, more) < 0) goto fail;
    }
    Object *r = Str_Join(Str_Empty(), chunks);
    DECREF(chunks);
    return r;
fail:
    XDECREF(chunks);
    return NULL;
}

/* Where the line ending at or after start in s lies: the index after it,
 * or -1 with *consumed the length that may be put aside (CPython's
 * _PyIO_find_line_ending). */
static ssize_t find_line_ending(TextIO *t, Object *s, ssize_t start, ssize_t end, ssize_t *consumed) {
    if (t->readtranslate || (!t->readuniversal && t->readnl && !t->readnl[1])) {
        uint32_t want = t->readtranslate ? '\n' : (uint32_t)t->readnl[0];
        if (STR_KIND(s) == 1) {
            const uint8_t *d = STR_DATA(s), *hit = memchr(d + start, (int)want, (size_t)(end - start));
            if (hit) return hit - d + 1;
            *consumed = end;
            return -1;
        }
        for (ssize_t i = start; i < end; i++)
            if (STR_CHAR(s, i) == want) return i + 1;
        *consumed = end;
        return -1;
    }
    if (t->readuniversal) {
        for (ssize_t i = start; i < end; i++) {
            uint32_t c = STR_CHAR(s, i);
            if (c == '\n') return i + 1;
            if (c == '\r') return i + 1 < end && STR_CHAR(s, i + 1) == '\n' ? i + 2 : i + 1;
        }
        *consumed = end;
        return -1;
    }
    /* "\r\n": a "\r" at the very end may be the first half */
    for (ssize_t i = start; i + 1 < end; i++)
        if (STR_CHAR(s, i) == '\r' && STR_CHAR(s, i + 1) == '\n') return i + 2;
    *consumed = end > start && STR_CHAR(s, end - 1) == '\r' ? end - 1 : end;
    return -1;
}

/* A line of at most limit characters (< 0: any), CPython's algorithm. */
static Object *read_line(TextIO *t, ssize_t limit) {
    Object *line = NULL, *remaining = NULL, *chunks = NULL;
    ssize_t start = 0, endpos = 0, offset_to_buffer = 0, chunked = 0;
    for (;;) {
        int res = 1;
        while (!t->decoded || STR_LEN(t->decoded) == 0) {
            res = read_chunk(t, 0);
            if (res <= 0) break;
        }
        if (res < 0) goto fail;
        if (res == 0) {
            set_decoded(t, NULL);
            clear_snapshot(t);
            start = endpos = offset_to_buffer = 0;
            break;
        }
        if (!remaining) {
            line = NEWREF(t->decoded);
            start = t->decoded_used;
            offset_to_buffer = 0;
        } else {
            Object *rest = Str_Substring(t->decoded, t->decoded_used, STR_LEN(t->decoded));
            line = rest ? Str_Concat(remaining, rest) : NULL;
            XDECREF(rest);
            if (!line) goto fail;
            start = 0;
            offset_to_buffer = STR_LEN(remaining);
            CLEAR(remaining);
        }
        ssize_t len = STR_LEN(line), consumed = 0;
        endpos = find_line_ending(t, line, start, len, &consumed);
        if (endpos >= 0) {
            if (limit >= 0 && endpos - start + chunked >= limit) endpos = start + limit - chunked;
            break;
        }
        endpos = consumed;
        if (limit >= 0 && endpos - start + chunked >= limit) {
            endpos = start + limit - chunked;
            break;
        }
        if (endpos > start) {
            Object *piece = Str_Substring(line, start, endpos);
            if (!piece) goto fail;
            if (!chunks && !(chunks = List_New(0))) {
                DECREF(piece);
                goto fail;
            }
            chunked += STR_LEN(piece);
            if (List_AppendSteal(chunks, piece) < 0) goto fail;
        }
        if (endpos < len && !(remaining = Str_Substring(line, endpos, len))) goto fail;
        CLEAR(line);
        set_decoded(t, NULL);
    }
    if (line) {
        t->decoded_used = endpos - offset_to_buffer;
        if (start > 0 || endpos < STR_LEN(line)) SETREF(line, Str_Substring(line, start, endpos));
        if (!line) goto fail;
    }
    if (remaining) {
        if (!chunks && !(chunks = List_New(0))) goto fail;
        if (List_AppendSteal(chunks, remaining) < 0) {
            remaining = NULL;
            goto fail;
        }
        remaining = NULL;
    }
    if (chunks) {
        if (line && List_AppendSteal(chunks, line) < 0) {
            line = NULL;
            goto fail;
        }
        line = Str_Join(Str_Empty(), chunks);
        CLEAR(chunks);
        return line;
    }
    return line ? line : NEWREF(Str_Empty());
fail:
    XDECREF(line);
    XDECREF(remaining);
    XDECREF(chunks);
    return NULL;
}

static Object *readline_checked(Object *self, ssize_t limit) {
    TextIO *t = TIO(self);
    if (check_closed(self) < 0 || write_pending(t) < 0) return NULL;
    return read_line(t, limit);
}

static Object *textio_readline(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK_ATTACHED(TIO(self));
    ssize_t limit = nargs ? Int_AsSsize(args[0]) : -1;
    if (limit == -1 && Err_Occurred()) return NULL;
    return readline_checked(self, limit);
}

static Object *textio_iternext(Object *self) {
    TextIO *t = TIO(self);
    CHECK_ATTACHED(t);
    t->telling = false;
    Object *line;
    if (TYPE(self) == &TextIOWrapper_Type) {
        line = readline_checked(self, -1);
    } else {
        line = Obj_CallMethodC(self, "readline", NULL, 0);
        if (line && !Str_Check(line)) {
            Err_Format(Exc_OSError, "readline() should have returned a str object, not '%s'", TYPE_NAME(line));
            CLEAR(line);
        }
    }
    if (!line || STR_LEN(line) == 0) {
        XDECREF(line);
        clear_snapshot(t);
        t->telling = t->seekable;
        return NULL;
    }
    return line;
}

/* ---- writing ------------------------------------------------------------------------ */

static bool has_char(Object *s, uint32_t c) {
    for (ssize_t i = 0; i < STR_LEN(s); i++)
        if (STR_CHAR(s, i) == c) return true;
    return false;
}

/* The bytes text becomes: "\n" translated, then encoded.  New bytes or NULL. */
static inline __attribute__((always_inline)) Object *encode_text(TextIO *t, Object *text) {
    Object *out = NEWREF(text);
    if (t->writetranslate && t->writenl && has_char(text, '\n')) {
        Object *lf = Str_FromChar('\n'), *nl = Str_FromUTF8(t->writenl, -1);
        Object *r = lf && nl ? Str_Replace(out, lf, nl, -1) : NULL;
        XDECREF(lf);
        XDECREF(nl);
        SETREF(out, r);
        if (!out) return NULL;
    }
    Object *bytes;
    if (t->encoder) {
        bytes = Obj_CallMethodC(t->encoder, "encode", &out, 1);
        if (bytes && !Bytes_Check(bytes)) {
            Err_Format(Exc_TypeError, "encoder should return a bytes object, not '%s'", TYPE_NAME(bytes));
            SETREF(bytes, NULL);
        }
    } else {
        const char *errors = Str_AsUTF8(t->errors, NULL);
        bytes = errors ? Str_Encode(out, t->codec, errors) : NULL;
    }
    DECREF(out);
    return bytes;
}

/* Encoded text to the bound output stream, which keeps it as the chunk and
 * the buffer would and flushes where line buffering asks. */
static inline int out_write_bound(TextIO *t, const char *data, size_t len) {
    OutStream *o = t->out;
    if (Out_WriteChecked(o, data, len) < 0) return -1;
    /* line buffering flushes at a "\r" too (the stream flushes at a "\n") */
    if (t->line_buffering && memchr(data, '\r', len) && !memchr(data, '\n', len)) return Out_FlushChecked(o);
    return 0;
}

/* write() of a bound stream: text (or, when NULL, the UTF-8 data[0:len])
 * goes to the interpreter's output stream, which keeps it as the chunk and
 * the buffer would, and flushes where line buffering asks. */
static int write_bound(TextIO *t, Object *text, const char *data, size_t len) {
    Object *bytes = NULL;
    if (text) {
        ssize_t n = -1;
        data = t->plain_utf8 ? Str_AsUTF8(text, &n) : NULL;
        if (!data) {
            /* another codec, a translation, or lone surrogates: the error
             * handler decides */
            if (Err_Occurred() && !Err_Matches(Exc_UnicodeEncodeError)) return -1;
            Err_Clear();
            if (!(bytes = encode_text(t, text))) return -1;
            data = (const char *)BYTES_DATA(bytes);
            n = BYTES_LEN(bytes);
        }
        len = (size_t)n;
    }
    int r = out_write_bound(t, data, len);
    XDECREF(bytes);
    return r;
}

/* Whether the instance __dict__ d holds a "write" hiding the method; else
 * notes d's version, so that the next call need not look. */
static __attribute__((noinline)) bool write_overridden(TextIO *t, Object *d) {
    Object *v;
    int r = Dict_Lookup(d, ID(write), &v);
    if (r < 0) Err_Clear();
    if (r) return true;
    t->plain_version = ((Dict *)d)->version;
    return false;
}

/* The layer under a bound stream is open: its FileIO, under the bound
 * BufferedWriter or (with -u) in its place.  While the text stream is
 * bound its buffer is the one it was bound with (__init__ and detach()
 * unbind it), and while that buffer is bound its raw stream is that
 * FileIO (the same for the buffer), so a few loads tell. */
static bool bound_layer_open(TextIO *t) {
    Object *raw = t->buffer;
    if (raw->type == &BufferedWriter_Type) raw = ((Buffered *)raw)->out ? ((Buffered *)raw)->raw : NULL;
    return raw && ((FileIO *)raw)->fd >= 0;
}

/* Str_AsUTF8 for the rare str whose UTF-8 is not made yet: NULL with
 * nothing set when it has lone surrogates (write() applies the error
 * handler then). */
static __attribute__((noinline)) const char *utf8_of(Object *str, ssize_t *n) {
    const char *u = Str_AsUTF8(str, n);
    if (!u) Err_Clear();
    return u;
}

static __attribute__((noinline)) int write_line_buffered(TextIO *t, const char *data, size_t len) {
    return out_write_bound(t, data, len);
}

/* The common case only (UTF-8, no translation, open, the method not
 * hidden); anything else goes through write(), which raises what it must.
 * This is print()'s path: each check is a load or two, and the write a
 * tail call. */
int TextIO_WriteBound(Object *self, Object *str, const char *data, size_t len) {
    if (TYPE(self) != &TextIOWrapper_Type || !TIO(self)->fast_write) return IO_NOT_BOUND;
    TextIO *t = TIO(self);
    Object *d = t->base.dict;
    if (!bound_layer_open(t) || (d && ((Dict *)d)->version != t->plain_version && write_overridden(t, d)))
        return IO_NOT_BOUND;
    if (str) {
        if (!Str_Check(str)) return IO_NOT_BOUND;
        ssize_t n = ((Str *)str)->utf8_len;
        if (!(data = ((Str *)str)->utf8) && !(data = utf8_of(str, &n))) return IO_NOT_BOUND;
        len = (size_t)n;
    }
    if (t->line_buffering) return write_line_buffered(t, data, len);
    return Out_WriteChecked(t->out, data, len);
}

int TextIO_SetCodec(Object *text, Object *encoding, Object *errors) {
    TextIO *t = TIO(text);
    const char *codec;
    Object *info;
    if (lookup_codec(encoding, &codec, &info) < 0) return -1;
    SETREF(t->encoding, NEWREF(encoding));
    if (errors) SETREF(t->errors, NEWREF(errors));
    int r = install_codec(t, codec, info);
    XDECREF(info);
    return r;
}

void TextIO_DiscardBound(Object *text) {
    if (TYPE(text) == &TextIOWrapper_Type && TIO(text)->out) Out_Discard(TIO(text)->out);
}

void TextIO_BindOut(Object *text, OutStream *out) {
    TIO(text)->out = out;
    note_settings(TIO(text));
}

static Object *textio_write(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TextIO *t = TIO(self);
    Object *text = args[0];
    /* sys.stdout.write(): the checks below in a few loads */
    if (t->fast_write && Str_Check(text) && bound_layer_open(t))
        return write_bound(t, text, NULL, 0) < 0 ? NULL : Int_FromI64(STR_LEN(text));
    CHECK_ATTACHED(t);
    if (!Str_Check(text)) {
        Err_Format(Exc_TypeError, "write() argument must be str, not %s", IO_ARG_TYPE_NAME(text));
        return NULL;
    }
    if (check_closed(self) < 0 || check_binding(t) < 0) return NULL;
    if (!t->has_encoder) return Io_Unsupported("not writable");
    ssize_t textlen = STR_LEN(text);
    if (t->out) return write_bound(t, text, NULL, 0) < 0 ? NULL : Int_FromI64(textlen);
    bool needflush = t->line_buffering && (has_char(text, '\n') || has_char(text, '\r'));
    Object *bytes = NULL;
    int done = 1;
    if (!t->encoder && t->codec && !(t->writetranslate && t->writenl && has_char(text, '\n'))) {
        /* a codec of our own: encoded straight into the pending bytes */
        const char *errors = Str_AsUTF8(t->errors, NULL);
        if (!errors || (done = Str_EncodeAppend(text, t->codec, errors, &t->pending)) < 0) return NULL;
    }
    if (done) {
        if (!(bytes = encode_text(t, text))) return NULL;
        if (ByteBuf_Put(&t->pending, BYTES_DATA(bytes), (size_t)BYTES_LEN(bytes)) < 0) goto fail;
        CLEAR(bytes);
    }
    /* a chunk's worth goes to the buffer in one write, as CPython's */
    if ((t->pending.len >= (size_t)t->chunk_size || needflush || t->write_through) && write_pending(t) < 0)
        return NULL;
    if (needflush) {
        Object *r = Obj_CallMethodC(t->buffer, "flush", NULL, 0);
        if (!r) return NULL;
        DECREF(r);
    }
    set_decoded(t, NULL);
    clear_snapshot(t);
    if (t->has_decoder && TextDecoder_Reset(&t->dec) < 0) return NULL;
    return Int_FromI64(textlen);
fail:
    XDECREF(bytes);
    return NULL;
}

static Object *textio_flush(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TextIO *t = TIO(self);
    CHECK_ATTACHED_AND_OPEN(self);
    t->telling = t->seekable;
    if (write_pending(t) < 0) return NULL;
    return Obj_CallMethodC(t->buffer, "flush", NULL, 0);
}

static Object *call_self(Object *self, const char *name) { return Obj_CallMethodC(self, name, NULL, 0); }

/* ---- positions ------------------------------------------------------------------------ */

typedef struct Cookie {
    int64_t start_pos;
    int32_t dec_flags, bytes_to_feed, chars_to_skip;
    uint8_t need_eof;
} Cookie;

/* The cookie as CPython packs it: 21 little-endian bytes read as an int. */
static Object *build_cookie(const Cookie *c) {
    if (!c->dec_flags && !c->bytes_to_feed && !c->chars_to_skip && !c->need_eof) return Int_FromI64(c->start_pos);
    char hex[64];
    snprintf(hex, sizeof hex, "%02x%08x%08x%08x%016llx", c->need_eof, (uint32_t)c->chars_to_skip,
             (uint32_t)c->bytes_to_feed, (uint32_t)c->dec_flags, (unsigned long long)c->start_pos);
    return Int_FromString(hex, (ssize_t)strlen(hex), 16);
}

/* Takes a cookie apart; OverflowError for one that does not fit. */
static int parse_cookie(Object *v, Cookie *c) {
    Object *i = Int_FromObject(v);
    if (!i) return -1;
    memset(c, 0, sizeof *c);
    int sign = Int_Sign(i);
    Object *hex = sign >= 0 ? Obj_Format(i, Str_InternC("042x")) : NULL;
    DECREF(i);
    if (!hex) {
        if (!Err_Occurred()) Err_SetString(Exc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    const char *h = Str_AsUTF8(hex, NULL);
    if (!h || strlen(h) > 42) {
        DECREF(hex);
        if (h) Err_SetString(Exc_OverflowError, "int too big to convert");
        return -1;
    }
    char part[17];
    unsigned long long f[5];
    static const int widths[5] = {2, 8, 8, 8, 16};
    const char *p = h;
    for (int k = 0; k < 5; k++) {
        memcpy(part, p, (size_t)widths[k]);
        part[widths[k]] = '\0';
        f[k] = strtoull(part, NULL, 16);
        p += widths[k];
    }
    DECREF(hex);
    c->need_eof = (uint8_t)f[0];
    c->chars_to_skip = (int32_t)f[1];
    c->bytes_to_feed = (int32_t)f[2];
    c->dec_flags = (int32_t)f[3];
    c->start_pos = (int64_t)f[4];
    return 0;
}

static int decoder_setstate(TextIO *t, const Cookie *c) {
    if (c->start_pos == 0 && c->dec_flags == 0) return TextDecoder_Reset(&t->dec);
    return TextDecoder_SetState(&t->dec, c->dec_flags);
}

/* Whether the decoder holds no bytes back, and then its flags. */
static int decoder_idle(TextIO *t, bool *idle, int32_t *flags) {
    ssize_t waiting;
    int f;
    if (TextDecoder_GetState(&t->dec, NULL, &waiting, &f) < 0) return -1;
    *idle = waiting == 0;
    if (*idle) *flags = f;
    return 0;
}

/* Decodes n bytes and counts the characters (tell()'s replay). */
static int decode_count(TextIO *t, const uint8_t *data, size_t n, bool final, ssize_t *chars) {
    Object *s = TextDecoder_Decode(&t->dec, data, n, final);
    if (!s) return -1;
    *chars = STR_LEN(s);
    DECREF(s);
    return 0;
}

static Object *textio_tell(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TextIO *t = TIO(self);
    CHECK_ATTACHED_AND_OPEN(self);
    if (!t->seekable) return Io_Unsupported("underlying stream is not seekable");
    if (!t->telling) {
        Err_SetString(Exc_OSError, "telling position disabled by next() call");
        return NULL;
    }
    if (write_pending(t) < 0) return NULL;
    Object *r = call_self(self, "flush");
    if (!r) return NULL;
    DECREF(r);
    Object *posobj = Obj_CallMethodC(t->buffer, "tell", NULL, 0);
    if (!posobj) return NULL;
    if (!t->has_decoder || !t->has_snapshot) return posobj;
    Cookie c = {0};
    Object *pi = Obj_Index(posobj);
    DECREF(posobj);
    if (!pi) return NULL;
    int ok = Int_AsI64(pi, &c.start_pos);
    DECREF(pi);
    if (ok < 0) return NULL;
    c.dec_flags = t->snap_flags;
    Object *next_input = NEWREF(t->snap_input);
    const uint8_t *input = BYTES_DATA(next_input);
    ssize_t input_len = BYTES_LEN(next_input);
    c.start_pos -= input_len;
    if (t->decoded_used == 0) {
        DECREF(next_input);
        return build_cookie(&c);
    }
    ssize_t chars_to_skip = t->decoded_used, chars_decoded;
    TextDecoder saved = t->dec;
    /* a registry codec's decoder keeps its state itself */
    Object *result = NULL, *inc_state = NULL;
    if (t->dec.inc && !(inc_state = Obj_CallMethodC(t->dec.inc, "getstate", NULL, 0))) {
        DECREF(next_input);
        return NULL;
    }
    bool idle;
    /* a first guess from the ratio of bytes to characters, then back off */
    ssize_t skip_bytes = (ssize_t)(t->b2cratio * (double)chars_to_skip), skip_back = 1;
    if (skip_bytes > input_len) skip_bytes = input_len;
    while (skip_bytes > 0) {
        if (decoder_setstate(t, &c) < 0) goto done;
        if (decode_count(t, input, (size_t)skip_bytes, false, &chars_decoded) < 0) goto done;
        if (chars_decoded <= chars_to_skip) {
            ssize_t waiting;
            int flags;
            if (TextDecoder_GetState(&t->dec, NULL, &waiting, &flags) < 0) goto done;
            if (waiting == 0) {
                c.dec_flags = flags;
                chars_to_skip -= chars_decoded;
                break;
            }
            skip_bytes -= waiting;
            skip_back = 1;
        } else {
            skip_bytes -= skip_back;
            skip_back *= 2;
        }
    }
    if (skip_bytes <= 0) {
        skip_bytes = 0;
        if (decoder_setstate(t, &c) < 0) goto done;
    }
    c.start_pos += skip_bytes;
    c.chars_to_skip = (int32_t)chars_to_skip;
    if (chars_to_skip) {
        /* feed a byte at a time, noting the last point where nothing waits */
        chars_decoded = 0;
        ssize_t i = skip_bytes;
        for (; i < input_len; i++) {
            ssize_t n;
            if (decode_count(t, input + i, 1, false, &n) < 0) goto done;
            chars_decoded += n;
            c.bytes_to_feed += 1;
            int32_t flags = 0;
            if (decoder_idle(t, &idle, &flags) < 0) goto done;
            if (idle && chars_decoded <= chars_to_skip) {
                c.start_pos += c.bytes_to_feed;
                chars_to_skip -= chars_decoded;
                c.dec_flags = flags;
                c.bytes_to_feed = 0;
                chars_decoded = 0;
            }
            if (chars_decoded >= chars_to_skip) break;
        }
        if (i >= input_len) {
            ssize_t n;
            if (decode_count(t, NULL, 0, true, &n) < 0) goto done;
            c.need_eof = 1;
            chars_decoded += n;
            if (chars_decoded < chars_to_skip) {
                Err_SetString(Exc_OSError, "can't reconstruct logical file position");
                goto done;
            }
        }
        c.chars_to_skip = (int32_t)chars_to_skip;
    }
    result = build_cookie(&c);
done:
    /* the decoder's state comes back; the newlines seen do not (they are no
     * part of getstate()), as in CPython */
    saved.seennl = t->dec.seennl;
    t->dec = saved;
    if (inc_state) {
        Object *r = Obj_CallMethodC(t->dec.inc, "setstate", &inc_state, 1);
        if (!r) CLEAR(result);
        XDECREF(r);
        DECREF(inc_state);
    }
    DECREF(next_input);
    return result;
}

static Object *textio_seek(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TextIO *t = TIO(self);
    Object *cookie_obj = args[0];
    int64_t whence = 0;
    CHECK_ATTACHED(t);
    if (nargs > 1 && Int_AsI64(args[1], &whence) < 0) return NULL;
    if (check_closed(self) < 0) return NULL;
    if (!t->seekable) return Io_Unsupported("underlying stream is not seekable");
    Object *r;
    if (whence == 1 || whence == 2) {
        int zero = Obj_RichCompareBool(cookie_obj, SMALL_FROM(0), CMP_EQ);
        if (zero < 0) return NULL;
        if (!zero)
            return Io_Unsupported(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
        if (whence == 2) {
            if (!(r = call_self(self, "flush"))) return NULL;
            DECREF(r);
            set_decoded(t, NULL);
            clear_snapshot(t);
            if (t->has_decoder && TextDecoder_Reset(&t->dec) < 0) return NULL;
            Object *pos = Obj_CallMethodC(t->buffer, "seek", (Object *[]){SMALL_FROM(0), SMALL_FROM(2)}, 2);
            int at_start = pos ? Obj_RichCompareBool(pos, SMALL_FROM(0), CMP_EQ) : -1;
            if (at_start < 0 || reset_encoder(t, at_start) < 0) CLEAR(pos);
            return pos;
        }
        cookie_obj = call_self(self, "tell");
        if (!cookie_obj) return NULL;
    } else if (whence != 0) {
        Err_Format(Exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
        return NULL;
    } else {
        INCREF(cookie_obj);
    }
    Object *result = NULL;
    int neg = Obj_RichCompareBool(cookie_obj, SMALL_FROM(0), CMP_LT);
    if (neg < 0) goto done;
    if (neg) {
        Err_Format(Exc_ValueError, "negative seek position %R", cookie_obj);
        goto done;
    }
    if (!(r = call_self(self, "flush"))) goto done;
    DECREF(r);
    Cookie c;
    if (parse_cookie(cookie_obj, &c) < 0) goto done;
    Object *pos = Int_FromI64(c.start_pos);
    r = pos ? Obj_CallMethodC(t->buffer, "seek", &pos, 1) : NULL;
    XDECREF(pos);
    if (!r) goto done;
    DECREF(r);
    set_decoded(t, NULL);
    clear_snapshot(t);
    if (t->has_decoder && decoder_setstate(t, &c) < 0) goto done;
    if (c.chars_to_skip) {
        Object *n = Int_FromI64(c.bytes_to_feed);
        Object *chunk = n ? Obj_CallMethodC(t->buffer, "read", &n, 1) : NULL;
        XDECREF(n);
        if (!chunk) goto done;
        if (!Bytes_Check(chunk)) {
            Err_Format(Exc_TypeError, "underlying read() should have returned a bytes object, not '%s'",
                       TYPE_NAME(chunk));
            DECREF(chunk);
            goto done;
        }
        t->snap_flags = c.dec_flags;
        SETREF(t->snap_input, chunk);
        t->has_snapshot = true;
        Object *text = TextDecoder_Decode(&t->dec, BYTES_DATA(chunk), (size_t)BYTES_LEN(chunk), c.need_eof);
        if (!text) goto done;
        set_decoded(t, text);
        if (c.chars_to_skip < 0 || STR_LEN(text) < c.chars_to_skip) {
            Err_SetString(Exc_OSError, "can't restore logical file position");
            goto done;
        }
        t->decoded_used = c.chars_to_skip;
    } else {
        t->snap_flags = c.dec_flags;
        SETREF(t->snap_input, Bytes_From(NULL, 0));
        if (!t->snap_input) goto done;
        t->has_snapshot = true;
    }
    /* the encoder too, for its BOM */
    if (reset_encoder(t, c.start_pos == 0 && c.dec_flags == 0) < 0) goto done;
    result = NEWREF(cookie_obj);
done:
    DECREF(cookie_obj);
    return result;
}

static Object *textio_truncate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TextIO *t = TIO(self);
    CHECK_ATTACHED(t);
    Object *r = call_self(self, "flush");
    if (!r) return NULL;
    DECREF(r);
    Object *pos = nargs ? args[0] : OBJ_NONE;
    return Obj_CallMethodC(t->buffer, "truncate", &pos, 1);
}

/* ---- closing and the rest -------------------------------------------------------------- */

static Object *textio_close(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TextIO *t = TIO(self);
    CHECK_ATTACHED(t);
    Object *c = Obj_GetAttr(self, ID(closed));
    if (!c) return NULL;
    int closed = Obj_IsTrue(c);
    DECREF(c);
    if (closed < 0) return NULL;
    if (closed) RETURN_NONE;
    if (t->base.finalizing) Io_DeallocWarn(t->buffer, self);
    Object *r = call_self(self, "flush");
    Object *flush_error = r ? NULL : Err_Fetch();
    XDECREF(r);
    r = Obj_CallMethodC(t->buffer, "close", NULL, 0);
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

static Object *textio_detach(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TextIO *t = TIO(self);
    CHECK_ATTACHED(t);
    Object *r = call_self(self, "flush");
    if (!r) return NULL;
    DECREF(r);
    Object *buffer = t->buffer;
    t->buffer = NULL;
    t->detached = true;
    t->out = NULL;
    CLEAR(t->raw);
    note_settings(t);
    return buffer;
}

#define BUFFER_METHOD(fn, name)                                                             \
    static Object *fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {   \
        CHECK_ATTACHED(TIO(self));                                                          \
        return Obj_CallMethodC(TIO(self)->buffer, name, NULL, 0);                          \
    }
BUFFER_METHOD(textio_fileno, "fileno")
BUFFER_METHOD(textio_isatty, "isatty")
BUFFER_METHOD(textio_readable, "readable")
BUFFER_METHOD(textio_writable, "writable")
BUFFER_METHOD(textio_seekable, "seekable")

/* A flag of reconfigure(): -1 when absent or None (unchanged), else the
 * truth of an int (CPython takes nothing else); -2 on error. */
static int flag_arg(Object *v) {
    if (!v || v == OBJ_NONE) return -1;
    Object *i = Obj_Index(v);
    if (!i) return -2;
    int r = Obj_IsTrue(i);
    DECREF(i);
    return r < 0 ? -2 : r;
}

/* reconfigure(*, encoding=None, errors=None, newline=Ellipsis,
 *             line_buffering=None, write_through=None) */
static Object *textio_reconfigure(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TextIO *t = TIO(self);
    Object *encoding = args[0], *errors = args[1], *newline = args[2], *lb = args[3], *wt = args[4];
    CHECK_ATTACHED(t);
    if (str_or_none(encoding, "reconfigure", "encoding") < 0 || str_or_none(errors, "reconfigure", "errors") < 0)
        return NULL;
    if (newline == OBJ_ELLIPSIS) newline = NULL;
    if (newline && newline != OBJ_NONE && !Str_Check(newline)) {
        Err_Format(Exc_TypeError, "reconfigure() argument 'newline' must be str or None, not %s", TYPE_NAME(newline));
        return NULL;
    }
    const char *nl = NULL;
    if (newline && parse_newline(newline, &nl) < 0) return NULL;
    int line_buffering = flag_arg(lb), write_through = flag_arg(wt);
    if (line_buffering == -2 || write_through == -2) return NULL;
    bool changes_decoding = (encoding && encoding != OBJ_NONE) || (errors && errors != OBJ_NONE) || newline;
    if (changes_decoding && t->decoded) {
        Io_Unsupported("It is not possible to set the encoding or newline of stream after the first read");
        return NULL;
    }
    Object *r = call_self(self, "flush");
    if (!r) return NULL;
    DECREF(r);
    const char *codec = t->codec;
    Object *info = NULL;
    if ((encoding && encoding != OBJ_NONE) || (errors && errors != OBJ_NONE)) {
        Object *enc = encoding && encoding != OBJ_NONE
                          ? (Str_EqC(encoding, "locale") ? default_encoding() : NEWREF(encoding))
                          : NEWREF(t->encoding);
        if (!enc) return NULL;
        if (lookup_codec(enc, &codec, &info) < 0) {
            DECREF(enc);
            return NULL;
        }
        Object *err = errors && errors != OBJ_NONE ? NEWREF(errors)
                      : encoding && encoding != OBJ_NONE ? Str_FromUTF8("strict", -1)
                                                         : NEWREF(t->errors);
        if (!err) {
            XDECREF(info);
            DECREF(enc);
            return NULL;
        }
        SETREF(t->encoding, enc);
        SETREF(t->errors, err);
    } else if (changes_decoding && lookup_codec(t->encoding, &codec, &info) < 0) {
        return NULL;
    }
    if (newline) set_newline(t, nl, newline != OBJ_NONE);
    if (changes_decoding) {
        int rc = install_codec(t, codec, info);
        XDECREF(info);
        if (rc < 0) return NULL;
    }
    if (line_buffering >= 0) t->line_buffering = line_buffering;
    if (write_through >= 0) t->write_through = write_through;
    note_settings(t);
    RETURN_NONE;
}

static Object *textio_getstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Err_Format(Exc_TypeError, "cannot pickle '%s' instances", TYPE_NAME(self));
    return NULL;
}

/* encoding, line_buffering and write_through are plain read-only members
 * in CPython: readable before __init__ and after detach(). */
static Object *get_encoding(Object *self) { return NEWREF(TIO(self)->encoding ? TIO(self)->encoding : OBJ_NONE); }

static Object *get_errors(Object *self) {
    CHECK_ATTACHED(TIO(self));
    return NEWREF(TIO(self)->errors);
}

static Object *get_buffer(Object *self) {
    CHECK_ATTACHED(TIO(self));
    return NEWREF(TIO(self)->buffer);
}

static Object *get_line_buffering(Object *self) { return NEWREF(Bool_From(TIO(self)->line_buffering)); }

static Object *get_write_through(Object *self) { return NEWREF(Bool_From(TIO(self)->write_through)); }

static Object *get_newlines(Object *self) {
    TextIO *t = TIO(self);
    CHECK_ATTACHED(t);
    if (!t->has_decoder || !t->readuniversal) return NEWREF(OBJ_NONE);
    return Io_NewlinesObject(t->dec.seennl);
}

static Object *get_closed(Object *self) {
    CHECK_ATTACHED(TIO(self));
    return Obj_GetAttr(TIO(self)->buffer, ID(closed));
}

static Object *get_name(Object *self) {
    CHECK_ATTACHED(TIO(self));
    return Obj_GetAttr(TIO(self)->buffer, ID(name));
}

static Object *get_chunk_size(Object *self) {
    CHECK_ATTACHED(TIO(self));
    return Int_FromI64(TIO(self)->chunk_size);
}

static int set_chunk_size(Object *self, Object *v) {
    if (check_attached(TIO(self)) < 0) return -1;
    if (!v) {
        Err_SetString(Exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    ssize_t n = Int_AsSsize(v);
    if (n == -1 && Err_Occurred()) return -1;
    if (n <= 0) {
        Err_SetString(Exc_ValueError, "a strictly positive integer is required");
        return -1;
    }
    TIO(self)->chunk_size = n;
    return 0;
}

static const MethodDef textio_methods[] = {
    {"detach", textio_detach, 0, ARGS("($self, /)", NULL)},
    {"reconfigure", textio_reconfigure, 0,
     ARGS("($self, /, *, encoding=None, errors=None, newline=None,\n            line_buffering=None, "
          "write_through=None)",
          "Reconfigure the text stream with new parameters.")},
    {"write", textio_write, 0, ARGS("($self, text, /)", NULL)},
    {"read", textio_read, 0, ARGS("($self, size=-1, /)", NULL)},
    {"readline", textio_readline, 0, ARGS("($self, size=-1, /)", NULL)},
    {"flush", textio_flush, 0, ARGS("($self, /)", NULL)},
    {"close", textio_close, 0, ARGS("($self, /)", NULL)},
    {"fileno", textio_fileno, 0, ARGS("($self, /)", NULL)},
    {"seekable", textio_seekable, 0, ARGS("($self, /)", NULL)},
    {"readable", textio_readable, 0, ARGS("($self, /)", NULL)},
    {"writable", textio_writable, 0, ARGS("($self, /)", NULL)},
    {"isatty", textio_isatty, 0, ARGS("($self, /)", NULL)},
    {"seek", textio_seek, 0, ARGS("($self, cookie, whence=os.SEEK_SET, /)", "Set the stream position, and return the new stream position.")},
    {"tell", textio_tell, 0, ARGS("($self, /)", "Return the stream position as an opaque number.")},
    {"truncate", textio_truncate, 0, ARGS("($self, pos=None, /)", NULL)},
    {"__getstate__", textio_getstate, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef textio_getset[] = {
    {"encoding", get_encoding, GetSet_Readonly, NULL},
    {"errors", get_errors, NULL, NULL},
    {"buffer", get_buffer, NULL, NULL},
    {"line_buffering", get_line_buffering, GetSet_Readonly, NULL},
    {"write_through", get_write_through, GetSet_Readonly, NULL},
    {"name", get_name, NULL, NULL},
    {"closed", get_closed, NULL, NULL},
    {"newlines", get_newlines, NULL, NULL},
    {"_CHUNK_SIZE", get_chunk_size, set_chunk_size, NULL},
    {NULL, NULL, NULL, NULL},
};

Type TextIOWrapper_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(TextIO),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .doc = "Character and line based layer over a BufferedIOBase object, buffer.\n\nencoding gives the name of the "
           "encoding that the stream will be\ndecoded or encoded with. It defaults to locale.getencoding().\n\n"
           "errors determines the strictness of encoding and decoding (see\nhelp(codecs.Codec) or the "
           "documentation for codecs.register) and\ndefaults to \"strict\".\n\nnewline controls how line endings "
           "are handled. It can be None, '',\n'\\n', '\\r', and '\\r\\n'.  It works as follows:\n\n* On input, if "
           "newline is None, universal newlines mode is\n  enabled. Lines in the input can end in '\\n', '\\r', "
           "or '\\r\\n', and\n  these are translated into '\\n' before being returned to the\n  caller. If it is "
           "'', universal newline mode is enabled, but line\n  endings are returned to the caller untranslated. If "
           "it has any of\n  the other legal values, input lines are only terminated by the given\n  string, and "
           "the line ending is returned to the caller untranslated.\n\n* On output, if newline is None, any '\\n' "
           "characters written are\n  translated to the system default line separator, os.linesep. If\n  newline "
           "is '' or '\\n', no translation takes place. If newline is any\n  of the other legal values, any '\\n' "
           "characters written are translated\n  to the given string.\n\nIf line_buffering is True, a call to "
           "flush is implied when a call to\nwrite contains a newline character.",
    .args = ARGS("(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)",
                 NULL),
    .base = &TextIOBase_Type,
    .dealloc = textio_dealloc,
    .repr = textio_repr,
    .traverse = textio_traverse,
    .clear = textio_clear,
    .iternext = textio_iternext,
    .methods = textio_methods,
    .getset = textio_getset,
    .dictoffset = offsetof(IOBase, dict),
    .new_ = textio_new,
    .init = textio_init,
};
