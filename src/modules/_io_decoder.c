/* The incremental decoding behind TextIOWrapper: bytes arrive in chunks,
 * a UTF-8 sequence cut by a chunk's end waits for the next one, and with
 * universal newlines a "\r" at a chunk's end waits too (it may be the
 * first half of "\r\n").  The state is what CPython's decoders report with
 * getstate(): the bytes waiting, and a flag for the waiting "\r"; tell()
 * and seek() rebuild positions from it, so it must match theirs. */
#include "abstract.h"
#include "modules/_io.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/err.h"
#include <stdlib.h>
#include <string.h>

/* How many bytes at the end of data[0:n] start a UTF-8 sequence that the
 * next bytes could complete (CPython's incremental decoder keeps those). */
static size_t utf8_incomplete_tail(const uint8_t *data, size_t n) {
    for (size_t back = 1; back <= 3 && back <= n; back++) {
        uint8_t c = data[n - back];
        if ((c & 0xC0) == 0x80) continue; /* a continuation byte: look further back */
        size_t need = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
        if (need <= back) return 0; /* complete, or not a lead byte */
        if (back >= 2) {
            /* the second byte's range depends on the lead byte */
            uint8_t d = data[n - back + 1];
            if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d > 0x9F) || (c == 0xF0 && d < 0x90) ||
                (c == 0xF4 && d > 0x8F))
                return 0;
        }
        return back;
    }
    return 0;
}

void TextDecoder_Init(TextDecoder *d, const char *codec, Object *inc, Object *errors, bool newlines, bool translate) {
    SETREF(d->inc, inc);
    d->codec = inc ? NULL : codec;
    d->errors = errors;
    d->newlines = newlines;
    d->translate = translate;
    d->npending = 0;
    d->pendingcr = false;
    d->seennl = 0;
}

void TextDecoder_Clear(TextDecoder *d) { CLEAR(d->inc); }

int TextDecoder_Reset(TextDecoder *d) {
    d->npending = 0;
    d->pendingcr = false;
    d->seennl = 0;
    if (!d->inc) return 0;
    Object *r = Obj_CallMethodC(d->inc, "reset", NULL, 0);
    XDECREF(r);
    return r ? 0 : -1;
}

/* The newline part (CPython's IncrementalNewlineDecoder.decode) applied to
 * text s (owned, stolen): a new str. */
Object *Newline_Decode(Object *s, bool *pendingcr, unsigned *seennl, bool translate, bool final) {
    if (*pendingcr && (STR_LEN(s) || final)) {
        Object *cr = Str_FromChar('\r');
        Object *t = cr ? Str_Concat(cr, s) : NULL;
        XDECREF(cr);
        DECREF(s);
        if (!t) return NULL;
        s = t;
        *pendingcr = false;
    }
    ssize_t n = STR_LEN(s);
    if (n && STR_CHAR(s, n - 1) == '\r' && !final) {
        Object *t = Str_Substring(s, 0, n - 1);
        DECREF(s);
        if (!t) return NULL;
        s = t;
        n--;
        *pendingcr = true;
    }
    /* no "\r": nothing to translate, and only "\n" to note */
    bool has_cr;
    if (STR_KIND(s) == 1) {
        has_cr = n && memchr(STR_DATA(s), '\r', (size_t)n);
    } else {
        has_cr = false;
        for (ssize_t i = 0; i < n && !has_cr; i++) has_cr = STR_CHAR(s, i) == '\r';
    }
    if (!has_cr) {
        if (!(*seennl & IO_NL_LF)) {
            for (ssize_t i = 0; i < n; i++)
                if (STR_CHAR(s, i) == '\n') {
                    *seennl |= IO_NL_LF;
                    break;
                }
        }
        return s;
    }
    ssize_t cr = 0, lf = 0, crlf = 0;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_CHAR(s, i);
        if (c == '\n') lf++;
        else if (c == '\r') {
            if (i + 1 < n && STR_CHAR(s, i + 1) == '\n') {
                crlf++;
                i++;
            } else {
                cr++;
            }
        }
    }
    *seennl |= (lf ? IO_NL_LF : 0) | (cr ? IO_NL_CR : 0) | (crlf ? IO_NL_CRLF : 0);
    if (!translate || (!cr && !crlf)) return s;
    StrBuilder sb;
    SB_Init(&sb);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_CHAR(s, i);
        if (c == '\r') {
            c = '\n';
            if (i + 1 < n && STR_CHAR(s, i + 1) == '\n') i++;
        }
        if (SB_AppendChar(&sb, c) < 0) {
            SB_Discard(&sb);
            DECREF(s);
            return NULL;
        }
    }
    DECREF(s);
    return SB_Finish(&sb);
}

/* The registry codec's decoder.decode(bytes, final): a new str or NULL. */
static Object *inc_decode(TextDecoder *d, const uint8_t *data, size_t n, bool final) {
    Object *b = Bytes_From(data, (ssize_t)n);
    if (!b) return NULL;
    Object *s = Obj_CallMethodC(d->inc, "decode", (Object *[]){b, Bool_From(final)}, 2);
    DECREF(b);
    if (s && !Str_Check(s)) {
        Err_Format(Exc_TypeError, "decoder should return a string result, not '%s'", TYPE_NAME(s));
        SETREF(s, NULL);
    }
    return s;
}

Object *TextDecoder_Decode(TextDecoder *d, const uint8_t *data, size_t n, bool final) {
    Object *s;
    if (d->inc) {
        s = inc_decode(d, data, n, final);
    } else {
        /* the waiting bytes, then the new ones */
        uint8_t small[64];
        uint8_t *buf = small;
        size_t total = d->npending + n;
        if (total > sizeof small && !(buf = malloc(total))) return Err_NoMemory();
        memcpy(buf, d->pending, d->npending);
        if (n) memcpy(buf + d->npending, data, n);
        size_t keep = !final && d->codec[0] == 'u' ? utf8_incomplete_tail(buf, total) : 0;
        const char *errors = d->errors ? Str_AsUTF8(d->errors, NULL) : NULL;
        s = d->errors && !errors ? NULL : Str_Decode((const char *)buf, (ssize_t)(total - keep), d->codec, errors);
        if (s) {
            memcpy(d->pending, buf + total - keep, keep);
            d->npending = (int)keep;
        }
        if (buf != small) free(buf);
    }
    if (!s || !d->newlines) return s;
    return Newline_Decode(s, &d->pendingcr, &d->seennl, d->translate, final);
}

/* The registry codec's decoder.getstate(), which must be (bytes, int). */
static int inc_getstate(TextDecoder *d, Object **pending, ssize_t *npending, int *flags) {
    Object *st = Obj_CallMethodC(d->inc, "getstate", NULL, 0);
    if (!st) return -1;
    int64_t f;
    if (!Tuple_Check(st) || TUPLE_LEN(st) != 2 || !Bytes_Check(TUPLE_ITEMS(st)[0]) ||
        !Int_Check(TUPLE_ITEMS(st)[1])) {
        Err_SetString(Exc_TypeError, "illegal decoder state");
        DECREF(st);
        return -1;
    }
    if (Int_AsI64(TUPLE_ITEMS(st)[1], &f) < 0 || f < INT32_MIN || f > INT32_MAX) {
        if (!Err_Occurred()) /* CPython's texts for a C int */
            Err_SetString(Exc_OverflowError, f > INT32_MAX ? "signed integer is greater than maximum"
                                                           : "signed integer is less than minimum");
        DECREF(st);
        return -1;
    }
    if (npending) *npending = BYTES_LEN(TUPLE_ITEMS(st)[0]);
    if (pending) *pending = NEWREF(TUPLE_ITEMS(st)[0]);
    *flags = (int)f;
    DECREF(st);
    return 0;
}

int TextDecoder_GetState(TextDecoder *d, Object **pending, ssize_t *npending, int *flags) {
    if (d->inc) {
        if (inc_getstate(d, pending, npending, flags) < 0) return -1;
    } else {
        if (pending && !(*pending = Bytes_From(d->pending, d->npending))) return -1;
        if (npending) *npending = d->npending;
        *flags = 0;
    }
    /* the newline decoder's own bit below the codec's flags */
    if (d->newlines) *flags = (int)((unsigned)*flags << 1) | d->pendingcr;
    return 0;
}

int TextDecoder_SetState(TextDecoder *d, int flags) {
    d->npending = 0;
    if (d->newlines) {
        d->pendingcr = flags & 1;
        flags >>= 1;
    }
    if (!d->inc) return 0;
    Object *empty = Bytes_From(NULL, 0), *f = Int_FromI64(flags);
    Object *st = empty && f ? Tuple_Pack(2, empty, f) : NULL;
    XDECREF(empty);
    XDECREF(f);
    Object *r = st ? Obj_CallMethodC(d->inc, "setstate", &st, 1) : NULL;
    XDECREF(st);
    XDECREF(r);
    return r ? 0 : -1;
}
