/* str: construction, UTF-8, hashing, comparison, repr, interning and the
 * type's slots.  Methods live in str_methods.c, %-formatting and str.format
 * in str_format.c, the builder in strbuilder.c. */
#include "objects/str.h"
#include "abstract.h"
#include "modules/_codecs.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/iterbase.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/unicode_db.h"
#include "runtime/args.h"
#include "runtime/bytebuf.h"
#include "runtime/codec_err.h"
#include "runtime/err.h"
#include "runtime/hash.h"
#include "runtime/mem.h"
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- allocation ------------------------------------------------------- */

static Object *empty_str;
static Object *latin1_chars[256];

static int kind_for(uint32_t maxchar) { return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4; }

/* Bytes of character data of a str: len code points and the NUL, rounded
 * up to 8. */
static inline size_t data_size(ssize_t len, int kind) {
    return ((size_t)(len + 1) * (size_t)kind + 7) & ~(size_t)7;
}

/* Size of a str instance of type t holding len code points of the kind:
 * subclass extras (a __dict__ slot, say) live after the NUL-terminated data,
 * at Str_ExtraOffset. */
static size_t str_size(Type *t, ssize_t len, int kind) {
    size_t extra = t->basicsize > (ssize_t)sizeof(Str) ? (size_t)t->basicsize - sizeof(Str) : 0;
    return sizeof(Str) + data_size(len, kind) + extra;
}

size_t Str_ExtraOffset(Object *s) {
    return sizeof(Str) + data_size(STR_LEN(s), STR_KIND(s));
}

/* memcpy for the short pieces strings are mostly made of (words, fields):
 * up to 16 bytes with two overlapping moves and no call.  Never touches
 * bytes outside [0, n) of either buffer. */
static inline void copy_bytes(uint8_t *d, const uint8_t *s, size_t n) {
    if (n >= 8 && n <= 16) {
        uint64_t a, b;
        memcpy(&a, s, 8);
        memcpy(&b, s + n - 8, 8);
        memcpy(d, &a, 8);
        memcpy(d + n - 8, &b, 8);
    } else if (n >= 4 && n < 8) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        memcpy(d, &a, 4);
        memcpy(d + n - 4, &b, 4);
    } else if (n > 0 && n < 4) {
        d[0] = s[0];
        d[n / 2] = s[n / 2];
        d[n - 1] = s[n - 1];
    } else if (n > 16) {
        memcpy(d, s, n);
    }
}

/* Sets every header field of a new str. */
static inline void str_set_header(Str *s, ssize_t len, int kind, bool ascii) {
    s->len = len;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = ascii;
    s->interned = 0;
    s->utf8 = ascii ? (char *)s->data : NULL;
    s->utf8_len = ascii ? len : 0;
}

/* Sets every header field of a new str and its NUL terminator. */
static inline void str_init(Str *s, ssize_t len, int kind, bool ascii) {
    str_set_header(s, len, kind, ascii);
    /* The last 8 bytes of the data area always hold the terminator: clearing
     * them also clears the padding.  The caller's data goes in afterwards. */
    *(uint64_t *)(s->data + data_size(len, kind) - 8) = 0;
}

/* A new exact str of len code points (0 <= len, small enough to allocate)
 * of the kind; ascii: all of them will be < 128.  The caller fills the data.
 * An exact str has no fields beyond the header and the data, both written
 * by then: its block need not be zeroed. */
static inline Object *str_new_exact(ssize_t len, int kind, bool ascii) {
    Str *s = (Str *)Obj_AllocUninit(&Str_Type, sizeof(Str) + data_size(len, kind));
    if (!s) return NULL;
    str_init(s, len, kind, ascii);
    return (Object *)s;
}

static Object *str_alloc(Type *t, ssize_t len, uint32_t maxchar) {
    if (len < 0) {
        Err_BadInternalCall("Str_NewRaw");
        return NULL;
    }
    int kind = kind_for(maxchar);
    if ((size_t)len > ((size_t)1 << 58)) return Err_NoMemory(); /* 2^60 bytes at any kind */
    if (t == &Str_Type) return str_new_exact(len, kind, maxchar < 128);
    /* a subclass instance: its extras (a __dict__ slot) must start zeroed */
    Str *s = (Str *)Obj_Alloc(t, str_size(t, len, kind));
    if (!s) return NULL;
    str_init(s, len, kind, maxchar < 128);
    return (Object *)s;
}

/* ---- buffers that become strs (StrBuilder) -------------------------------- */

static void *buffer_failed(void) {
    Err_NoMemory();
    return NULL;
}

void *Str_BufferNew(ssize_t cap, int kind) {
    if (cap < 0 || (size_t)cap > ((size_t)1 << 58)) return buffer_failed();
    void *b = Mem_AllocUninit(sizeof(Str) + data_size(cap, kind));
    return b ? b : buffer_failed();
}

void *Str_BufferResize(void *b, ssize_t cap, int kind) {
    if (cap < 0 || (size_t)cap > ((size_t)1 << 58)) return buffer_failed();
    void *n = Mem_Realloc(b, sizeof(Str) + data_size(cap, kind));
    return n ? n : buffer_failed();
}

uint8_t *Str_BufferData(void *b) { return ((Str *)b)->data; }

void Str_BufferFree(void *b) { Mem_Free(b); }

void *Str_BufferAdopt(Object *s, ssize_t *cap) {
    Str *u = (Str *)s;
    if (!Str_CheckExact(s) || s->refcnt != 1 || u->interned) return NULL;
    if (u->utf8 && u->utf8 != (char *)u->data) free(u->utf8);
    u->utf8 = NULL;
    *cap = (ssize_t)(data_size(u->len, u->kind) / (size_t)u->kind) - 1;
    return s;
}

Object *Str_BufferFinish(void *b, ssize_t len, int kind, uint32_t maxchar) {
    size_t used = (size_t)len * (size_t)kind, size = data_size(len, kind);
    void *shrunk = Mem_Realloc(b, sizeof(Str) + size);
    if (shrunk) b = shrunk; /* else the larger block serves */
    Str *s = (Str *)Obj_InitUninit(b, &Str_Type);
    memset(s->data + used, 0, size - used); /* the terminator and the padding */
    str_set_header(s, len, kind, maxchar < 128);
    return (Object *)s;
}

Object *Str_BufferFinishBytes(void *b, ssize_t len) {
    /* the data moves down to where a bytes object keeps it, then the block shrinks */
    size_t size = sizeof(Bytes) + (((size_t)len + 1 + 7) & ~(size_t)7);
    memmove(((Bytes *)b)->data, ((Str *)b)->data, (size_t)len);
    void *shrunk = Mem_Realloc(b, size);
    if (shrunk) b = shrunk; /* else the larger block serves */
    Bytes *r = (Bytes *)Obj_InitUninit(b, &Bytes_Type);
    r->len = len;
    r->hash = -1;
    r->data[len] = 0;
    return (Object *)r;
}

Object *Str_NewRaw(ssize_t len, uint32_t maxchar) {
    if (len == 0) return NEWREF(Str_Empty());
    return str_alloc(&Str_Type, len, maxchar);
}

Object *Str_Empty(void) {
    if (!empty_str) {
        empty_str = str_alloc(&Str_Type, 0, 0);
        if (!empty_str) return NULL;
        Obj_SetImmortal(empty_str);
    }
    return empty_str;
}

static void str_dealloc(Object *o) {
    Str *s = (Str *)o;
    if (s->utf8 && s->utf8 != (char *)s->data) free(s->utf8);
    Obj_Free(o);
}

Object *Str_FromChar(uint32_t cp) {
    if (cp < 256) {
        Object *c = latin1_chars[cp];
        if (!c) {
            c = str_alloc(&Str_Type, 1, cp);
            if (!c) return NULL;
            ((Str *)c)->data[0] = (uint8_t)cp;
            Obj_SetImmortal(c);
            latin1_chars[cp] = c;
        }
        return c; /* immortal: no incref needed */
    }
    if (cp > 0x10FFFF) {
        Err_SetString(Exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    Object *s = str_alloc(&Str_Type, 1, cp);
    if (!s) return NULL;
    if (cp < 0x10000) ((uint16_t *)STR_DATA(s))[0] = (uint16_t)cp;
    else ((uint32_t *)STR_DATA(s))[0] = cp;
    return s;
}

/* Copies n code points of width skind from src into dst at index at;
 * converting widths when they differ (narrowing only ever sees values that
 * fit: the caller sized dst for them). */
void Str_CopyChars(Object *dst, ssize_t at, const void *src, int skind, ssize_t n) {
    int dkind = STR_KIND(dst);
    uint8_t *d = (uint8_t *)STR_DATA(dst) + at * dkind;
    if (n <= 0) return;
    if (dkind == skind) {
        copy_bytes(d, src, (size_t)n * (size_t)dkind);
        return;
    }
#define CONVERT(DT, ST) \
    for (ssize_t i = 0; i < n; i++) ((DT *)d)[i] = (DT)((const ST *)src)[i]
    if (dkind == 1 && skind == 2) CONVERT(uint8_t, uint16_t);
    else if (dkind == 1) CONVERT(uint8_t, uint32_t);
    else if (dkind == 2 && skind == 1) CONVERT(uint16_t, uint8_t);
    else if (dkind == 2) CONVERT(uint16_t, uint32_t);
    else if (skind == 1) CONVERT(uint32_t, uint8_t);
    else CONVERT(uint32_t, uint16_t);
#undef CONVERT
}

uint32_t Str_MaxCharOf(const void *data, int kind, ssize_t n) {
    uint32_t m = 0;
    if (kind == 1) {
        /* eight bytes at a time, stopping at the first that is not ASCII */
        const uint8_t *p = data;
        ssize_t i = 0;
        uint64_t w;
        for (; i + 8 <= n; i += 8) {
            memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ULL) return 255;
        }
        if (i < n && n >= 8) {
            /* the last eight bytes, overlapping those seen */
            memcpy(&w, p + n - 8, 8);
            return w & 0x8080808080808080ULL ? 255 : 127;
        }
        for (; i < n; i++) m |= p[i];
        return m >= 128 ? 255 : 127;
    }
    if (kind == 2) {
        const uint16_t *p = data;
        for (ssize_t i = 0; i < n; i++) if (p[i] > m) m = p[i];
        return m;
    }
    const uint32_t *p = data;
    for (ssize_t i = 0; i < n; i++) if (p[i] > m) m = p[i];
    return m;
}

Object *Str_FromKindData(int kind, const void *data, ssize_t n) {
    if (n == 0) return NEWREF(Str_Empty());
    if (n == 1) {
        uint32_t c = kind == 1 ? ((const uint8_t *)data)[0]
                   : kind == 2 ? ((const uint16_t *)data)[0] : ((const uint32_t *)data)[0];
        if (c < 256) return Str_FromChar(c);
    }
    uint32_t m = Str_MaxCharOf(data, kind, n);
    Object *s = str_alloc(&Str_Type, n, m);
    if (!s) return NULL;
    Str_CopyChars(s, 0, data, kind, n);
    return s;
}

Object *Str_FromUCS4(const uint32_t *cps, ssize_t len) {
    return Str_FromKindData(4, cps, len);
}

Object *Str_FromLatin1(const char *s, ssize_t len) {
    if (len < 0) len = (ssize_t)strlen(s);
    return Str_FromKindData(1, s, len);
}

/* A copy of s as an exact str (s may be a subclass instance). */
Object *Str_Exact(Object *s) {
    if (Str_CheckExact(s)) return NEWREF(s);
    return Str_FromKindData(STR_KIND(s), STR_DATA(s), STR_LEN(s));
}

/* ---- codecs ---------------------------------------------------------------- */

/* The codecs str.c runs itself (UTF-16 and UTF-32 through _codecs_utf.c);
 * other names go to the codec registry. */
enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_UTF32, ENC_UTF32LE,
       ENC_UTF32BE, ENC_UNKNOWN };
enum { EH_STRICT, EH_IGNORE, EH_REPLACE, EH_SURROGATEESCAPE, EH_SURROGATEPASS,
       EH_BACKSLASHREPLACE, EH_XMLCHARREFREPLACE, EH_NAMEREPLACE, EH_UNKNOWN };

static int lookup_encoding(const char *name) {
    if (!name) return ENC_UTF8;
    /* the name file system paths and most programs use, as it is */
    if (name[0] == 'u' && !strcmp(name, "utf-8")) return ENC_UTF8;
    char norm[32];
    size_t n = strlen(name);
    if (n >= sizeof norm) return ENC_UNKNOWN;
    for (size_t i = 0; i <= n; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c == '-' || c == ' ') c = '_';
        norm[i] = c;
    }
    static const char *const utf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4", NULL};
    static const char *const ascii[] = {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us", NULL};
    static const char *const latin1[] = {"latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "cp819",
                                         "latin", "l1", "iso_ir_100", NULL};
    for (int i = 0; utf8[i]; i++) if (!strcmp(norm, utf8[i])) return ENC_UTF8;
    for (int i = 0; ascii[i]; i++) if (!strcmp(norm, ascii[i])) return ENC_ASCII;
    for (int i = 0; latin1[i]; i++) if (!strcmp(norm, latin1[i])) return ENC_LATIN1;
    static const char *const wide[] = {"utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"};
    static const char *const wide_alt[] = {"utf16", "utf_16le", "utf_16be", "utf32", "utf_32le", "utf_32be"};
    for (int i = 0; i < 6; i++)
        if (!strcmp(norm, wide[i]) || !strcmp(norm, wide_alt[i])) return ENC_UTF16 + i;
    if (!strcmp(norm, "u16")) return ENC_UTF16;
    if (!strcmp(norm, "u32")) return ENC_UTF32;
    return ENC_UNKNOWN;
}

static const char *const enc_names[] = {"utf-8", "ascii", "latin-1"};

static int lookup_errors(const char *errors) {
    if (!errors || !strcmp(errors, "strict")) return EH_STRICT;
    static const char *const names[] = {"strict", "ignore", "replace", "surrogateescape", "surrogatepass",
                                        "backslashreplace", "xmlcharrefreplace", "namereplace"};
    for (int i = 0; i < EH_UNKNOWN; i++) if (!strcmp(errors, names[i])) return i;
    return EH_UNKNOWN;
}

/* Length of a valid UTF-8 sequence at s[i] (1-4), or 0 on an error, in which
 * case *bad gets the length of the maximal invalid prefix and *reason why.
 * allow_surr accepts encoded surrogates (surrogatepass). */
static int utf8_seq(const uint8_t *s, ssize_t i, ssize_t len, bool allow_surr, uint32_t *cp, ssize_t *bad,
                    const char **reason) {
    uint8_t c = s[i];
    if (c < 0x80) { *cp = c; return 1; }
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED && !allow_surr) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
    } else {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (int k = 1; k <= need; k++) {
        if (i + k >= len) {
            *bad = len - i;
            *reason = "unexpected end of data";
            return 0;
        }
        uint8_t d = s[i + k];
        uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (d < l || d > h) {
            *bad = k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    if (need == 1) *cp = ((uint32_t)(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    else if (need == 2) *cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    else
        *cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3F) << 12) |
              ((uint32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    return need + 1;
}

/* Applies the decoding error handler to bytes [start, end): the
 * position to go on from, or -1 with an exception. */
static ssize_t decode_error(StrBuilder *sb, const char *errors, const char *encoding, const char *s, ssize_t len,
                            ssize_t start, ssize_t end, const char *reason) {
    Object *input = NULL;
    ssize_t next = CodecErr_Decode(errors, encoding, reason, s, len, &input, start, end, sb);
    XDECREF(input);
    return next;
}

/* Whether the 8 bytes at p are all ASCII. */
static inline bool ascii8(const uint8_t *p) {
    uint64_t w;
    memcpy(&w, p, 8);
    return !(w & 0x8080808080808080ULL);
}

/* Where the run of ASCII bytes from u[i] ends: the index of the first byte
 * from 0x80 up at or after i, or len. */
static inline ssize_t ascii_end(const uint8_t *u, ssize_t i, ssize_t len) {
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        w &= 0x8080808080808080ULL;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        if (w) return i + (__builtin_ctzll(w) >> 3);
#else
        if (w) break;
#endif
    }
    while (i < len && u[i] < 0x80) i++;
    return i;
}

static Object *decode_utf8(const char *s, ssize_t len, int eh, const char *errors) {
    const uint8_t *u = (const uint8_t *)s;
    ssize_t i = 0;
    while (i + 8 <= len && ascii8(u + i)) i += 8;
    while (i < len && u[i] < 0x80) i++;
    if (i == len) {
        if (len == 1) return Str_FromChar(u[0]);
        Object *r = Str_NewRaw(len, 127);
        if (r && len) memcpy(STR_DATA(r), s, (size_t)len);
        return r;
    }
    /* Strict fast path: validate and measure, then fill. */
    if (eh == EH_STRICT || eh == EH_SURROGATEPASS) {
        ssize_t n = i, j = i;
        uint32_t maxc = 0, cp;
        ssize_t bad;
        const char *reason;
        bool ok = true;
        while (j < len) {
            ssize_t run = ascii_end(u, j, len); /* most text is mostly ASCII */
            n += run - j;
            if ((j = run) == len) break;
            if (u[j] >= 0xC2 && u[j] <= 0xDF && j + 1 < len && (u[j + 1] & 0xC0) == 0x80) {
                /* two bytes (Latin, Greek, Cyrillic, ...): checked here */
                cp = (uint32_t)(u[j] & 0x1F) << 6 | (u[j + 1] & 0x3F);
                if (cp > maxc) maxc = cp;
                j += 2;
                n++;
                continue;
            }
            int k = utf8_seq(u, j, len, eh == EH_SURROGATEPASS, &cp, &bad, &reason);
            if (!k) { ok = false; break; }
            if (cp > maxc) maxc = cp;
            j += k;
            n++;
        }
        if (ok) {
            Object *r = str_alloc(&Str_Type, n, maxc);
            if (!r) return NULL;
            ssize_t o = 0;
            int kind = STR_KIND(r);
            uint8_t *d1 = STR_DATA(r);
            /* Latin-1 text: runs of ASCII, each ended by a two-byte sequence */
            for (j = 0; kind == 1 && j < len;) {
                ssize_t run = ascii_end(u, j, len);
                memcpy(d1 + o, u + j, (size_t)(run - j));
                o += run - j;
                if ((j = run) == len) break;
                d1[o++] = (uint8_t)((u[j] & 0x1F) << 6 | (u[j + 1] & 0x3F));
                j += 2;
            }
            for (j = kind == 1 ? len : 0; j < len;) {
                if (u[j] < 0x80) {
                    cp = u[j++];
                } else if (u[j] <= 0xDF) { /* a valid two-byte sequence: checked above */
                    cp = (uint32_t)(u[j] & 0x1F) << 6 | (u[j + 1] & 0x3F);
                    j += 2;
                } else {
                    int k = utf8_seq(u, j, len, true, &cp, &bad, &reason);
                    j += k;
                }
                if (kind == 1) d1[o++] = (uint8_t)cp;
                else if (kind == 2) ((uint16_t *)STR_DATA(r))[o++] = (uint16_t)cp;
                else ((uint32_t *)STR_DATA(r))[o++] = cp;
            }
            if (n == 1 && maxc < 256) {
                DECREF(r);
                return Str_FromChar(maxc);
            }
            return r;
        }
        if (eh == EH_STRICT) {
            CodecErr_RaiseDecode("utf-8", s, len, j, j + bad, reason);
            return NULL;
        }
    }
    StrBuilder sb;
    SB_Init(&sb);
    if (SB_AppendASCII(&sb, s, i) < 0) goto fail;
    while (i < len) {
        uint32_t cp;
        ssize_t bad;
        const char *reason;
        int k = utf8_seq(u, i, len, eh == EH_SURROGATEPASS, &cp, &bad, &reason);
        if (k) {
            if (SB_AppendChar(&sb, cp) < 0) goto fail;
            i += k;
            continue;
        }
        /* the error as a decoder that knows no surrogates sees it, which is
         * what CPython's handler is given */
        if (eh == EH_SURROGATEPASS) utf8_seq(u, i, len, false, &cp, &bad, &reason);
        if ((i = decode_error(&sb, errors, "utf-8", s, len, i, i + bad, reason)) < 0) goto fail;
    }
    return SB_Finish(&sb);
fail:
    SB_Discard(&sb);
    return NULL;
}

static Object *decode_ascii(const char *s, ssize_t len, int eh, const char *errors) {
    const uint8_t *u = (const uint8_t *)s;
    ssize_t i = 0;
    while (i < len && u[i] < 0x80) i++;
    if (i == len) return decode_utf8(s, len, eh, errors);
    if (eh == EH_STRICT) {
        CodecErr_RaiseDecode("ascii", s, len, i, i + 1, "ordinal not in range(128)");
        return NULL;
    }
    StrBuilder sb;
    SB_Init(&sb);
    for (i = 0; i < len;) {
        if (u[i] < 0x80) {
            if (SB_AppendChar(&sb, u[i++]) < 0) break;
            continue;
        }
        if ((i = decode_error(&sb, errors, "ascii", s, len, i, i + 1, "ordinal not in range(128)")) < 0) break;
    }
    if (i < len) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
}

/* The UTF-16/32 codec of enc: its unit and byte order (0: a BOM). */
static int wide_codec(int enc, int *byteorder) {
    int k = enc - ENC_UTF16;
    *byteorder = k % 3 == 0 ? 0 : k % 3 == 1 ? -1 : 1;
    return k < 3 ? 2 : 4;
}

Object *Str_Decode(const char *s, ssize_t len, const char *encoding, const char *errors) {
    int enc = lookup_encoding(encoding);
    int eh = lookup_errors(errors);
    switch (enc) {
    case ENC_UTF8: return decode_utf8(s, len, eh, errors);
    case ENC_ASCII: return decode_ascii(s, len, eh, errors);
    case ENC_LATIN1: return Str_FromLatin1(s, len);
    case ENC_UNKNOWN: return Codecs_DecodeText(s, len, encoding, errors);
    default: {
        int bo;
        ssize_t used;
        int unit = wide_codec(enc, &bo);
        Object *r = Codecs_UtfDecode(s, len, unit, &bo, errors, true, &used);
        /* CPython runs only UTF-16 and UTF-32 with a BOM itself; the other
         * byte orders come through its registry, which notes failures */
        if (!r && enc != ENC_UTF16 && enc != ENC_UTF32) Codecs_NoteFailure(true, encoding);
        return r;
    }
    }
}

Object *Str_FromUTF8(const char *s, ssize_t len) {
    if (len < 0) len = (ssize_t)strlen(s);
    return decode_utf8(s, len, EH_STRICT, NULL);
}

Object *Str_FromUTF8Escaped(const char *s, ssize_t len) {
    if (len < 0) len = (ssize_t)strlen(s);
    return decode_utf8(s, len, EH_SURROGATEESCAPE, "surrogateescape");
}

Object *Str_FromUTF8Surrogates(const char *s, ssize_t len) {
    if (len < 0) len = (ssize_t)strlen(s);
    return decode_utf8(s, len, EH_SURROGATEPASS, NULL);
}

/* ---- encoding ------------------------------------------------------------ */

static bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

/* Appends what an error handler gave for s[start:end): bytes as they
 * are, a str when every character is one the codec encodes as itself. */
static int add_replacement(ByteBuf *out, Object *repl, int enc, Object *s, ssize_t start, ssize_t end,
                           const char *reason) {
    if (Bytes_Check(repl)) return ByteBuf_Put(out, BYTES_DATA(repl), (size_t)BYTES_LEN(repl));
    uint32_t limit = enc == ENC_ASCII ? 128 : enc == ENC_LATIN1 ? 256 : 0x110000;
    for (ssize_t k = 0; k < STR_LEN(repl); k++) {
        uint32_t c = STR_CHAR(repl, k);
        if (c >= limit || (enc == ENC_UTF8 && is_surrogate(c))) {
            CodecErr_RaiseEncode(enc_names[enc], s, start, end, reason);
            return -1;
        }
        if ((enc == ENC_UTF8 ? ByteBuf_AddUTF8(out, c) : ByteBuf_AddByte(out, (uint8_t)c)) < 0)
            return ByteBuf_RaiseNoMemory();
    }
    return 0;
}

/* Encodes s; the result is a malloc'ed buffer in *out (NUL-terminated). */
static int encode_to_buf(Object *s, int enc, const char *errors, ByteBuf *out) {
    int eh = lookup_errors(errors);
    ssize_t n = STR_LEN(s);
    uint32_t limit = enc == ENC_ASCII ? 128 : enc == ENC_LATIN1 ? 256 : 0x110000;
    const char *reason = enc == ENC_UTF8 ? "surrogates not allowed"
                       : enc == ENC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
    if (ByteBuf_Reserve(out, (size_t)n) < 0) return ByteBuf_RaiseNoMemory();
    if (STR_KIND(s) == 1 && enc == ENC_UTF8) {
        /* Latin-1 text: runs of ASCII copied whole, the rest two bytes each */
        const uint8_t *d = STR_DATA(s);
        if (ByteBuf_Reserve(out, (size_t)n * 2) < 0) return ByteBuf_RaiseNoMemory();
        uint8_t *o = (uint8_t *)out->data + out->len;
        for (ssize_t i = 0; i < n; i++) {
            ssize_t run = ascii_end(d, i, n);
            memcpy(o, d + i, (size_t)(run - i));
            o += run - i;
            if ((i = run) == n) break;
            *o++ = (uint8_t)(0xC0 | d[i] >> 6);
            *o++ = (uint8_t)(0x80 | (d[i] & 0x3F));
        }
        out->len = (size_t)(o - (uint8_t *)out->data);
        out->data[out->len] = '\0';
        return 0;
    }
    for (ssize_t i = 0; i < n;) {
        if (STR_KIND(s) == 1) {
            /* a run of ASCII is the same in every codec here: copied whole */
            const uint8_t *d = STR_DATA(s);
            ssize_t end = i;
            while (end + 8 <= n && ascii8(d + end)) end += 8;
            while (end < n && d[end] < 0x80) end++;
            if (end > i) {
                if (ByteBuf_Add(out, d + i, (size_t)(end - i)) < 0) return ByteBuf_RaiseNoMemory();
                i = end;
                continue;
            }
        }
        uint32_t c = STR_CHAR(s, i);
        if (c < 0x80) { /* ASCII is the same in every codec here; n bytes were reserved */
            if (ByteBuf_Reserve(out, 1) < 0) return ByteBuf_RaiseNoMemory();
            out->data[out->len++] = (char)c;
            out->data[out->len] = '\0';
            i++;
            continue;
        }
        bool ok = enc == ENC_UTF8 ? !is_surrogate(c) : c < limit;
        if (ok) {
            if ((enc == ENC_UTF8 ? ByteBuf_AddUTF8(out, c) : ByteBuf_AddByte(out, (uint8_t)c)) < 0)
                return ByteBuf_RaiseNoMemory();
            i++;
            continue;
        }
        /* The run of unencodable characters. */
        ssize_t end = i + 1;
        while (end < n) {
            uint32_t d = STR_CHAR(s, end);
            if (enc == ENC_UTF8 ? !is_surrogate(d) : d < limit) break;
            end++;
        }
        char buf[16];
        switch (eh) {
        case EH_IGNORE: break;
        case EH_REPLACE:
            for (ssize_t k = i; k < end; k++) if (ByteBuf_Put(out, "?", 1) < 0) return -1;
            break;
        case EH_BACKSLASHREPLACE:
            for (ssize_t k = i; k < end; k++) {
                uint32_t d = STR_CHAR(s, k);
                int m = d < 0x100 ? snprintf(buf, sizeof buf, "\\x%02x", d)
                      : d < 0x10000 ? snprintf(buf, sizeof buf, "\\u%04x", d) : snprintf(buf, sizeof buf, "\\U%08x", d);
                if (ByteBuf_Put(out, buf, (size_t)m) < 0) return -1;
            }
            break;
        case EH_XMLCHARREFREPLACE:
            for (ssize_t k = i; k < end; k++) {
                int m = snprintf(buf, sizeof buf, "&#%u;", STR_CHAR(s, k));
                if (ByteBuf_Put(out, buf, (size_t)m) < 0) return -1;
            }
            break;
        case EH_SURROGATEESCAPE:
            for (ssize_t k = i; k < end; k++) {
                uint32_t d = STR_CHAR(s, k);
                if (d < 0xDC80 || d > 0xDCFF) {
                    /* CPython reports from the first unhandled character to the run's end */
                    CodecErr_RaiseEncode(enc_names[enc], s, k, end, reason);
                    return -1;
                }
                uint8_t b = (uint8_t)(d - 0xDC00);
                if (ByteBuf_Put(out, &b, 1) < 0) return -1;
            }
            break;
        case EH_SURROGATEPASS:
            if (enc != ENC_UTF8) {
                CodecErr_RaiseEncode(enc_names[enc], s, i, end, reason);
                return -1;
            }
            for (ssize_t k = i; k < end; k++)
                if (ByteBuf_AddUTF8(out, STR_CHAR(s, k)) < 0) return ByteBuf_RaiseNoMemory();
            break;
        case EH_STRICT:
            CodecErr_RaiseEncode(enc_names[enc], s, i, end, reason);
            return -1;
        default: { /* namereplace and the handlers a program registered */
            ssize_t next;
            Object *repl = CodecErr_Encode(errors, enc_names[enc], reason, s, i, end, &next);
            if (!repl) return -1;
            int rc = add_replacement(out, repl, enc, s, i, end, reason);
            DECREF(repl);
            if (rc < 0) return -1;
            i = next;
            continue;
        }
        }
        i = end;
    }
    return 0;
}

const char *Str_CodecName(const char *encoding) {
    static const char *const names[] = {"utf-8", "ascii", "iso8859-1"};
    int enc = lookup_encoding(encoding);
    return enc <= ENC_LATIN1 ? names[enc] : NULL;
}

int Str_EncodeAppend(Object *s, const char *encoding, const char *errors, ByteBuf *out) {
    Str *u = (Str *)s;
    /* the codecs a text file names most often, without normalising the name */
    int enc = lookup_encoding(encoding);
    if (enc > ENC_LATIN1) return 1;
    if (u->ascii) return ByteBuf_Put(out, STR_DATA(s), (size_t)STR_LEN(s));
    if (enc == ENC_UTF8 && u->utf8) return ByteBuf_Put(out, u->utf8, (size_t)u->utf8_len);
    size_t before = out->len;
    if (encode_to_buf(s, enc, errors, out) < 0) {
        out->len = before; /* nothing of a failed encoding stays */
        if (out->data) out->data[before] = '\0';
        return -1;
    }
    return 0;
}

Object *Str_Encode(Object *s, const char *encoding, const char *errors) {
    int enc = lookup_encoding(encoding);
    if (enc == ENC_UNKNOWN) return Codecs_EncodeText(s, encoding, errors);
    if (enc > ENC_LATIN1) {
        int bo, unit = wide_codec(enc, &bo);
        Object *r = Codecs_UtfEncode(s, unit, bo, errors);
        if (!r && enc != ENC_UTF16 && enc != ENC_UTF32) Codecs_NoteFailure(false, encoding);
        return r;
    }
    if (((Str *)s)->ascii) return Bytes_From(STR_DATA(s), STR_LEN(s));
    if (enc == ENC_UTF8 && ((Str *)s)->utf8) return Bytes_From(((Str *)s)->utf8, ((Str *)s)->utf8_len);
    ByteBuf b = {0};
    Object *r = encode_to_buf(s, enc, errors, &b) < 0 ? NULL : Bytes_From(b.data, (ssize_t)b.len);
    ByteBuf_Free(&b);
    return r;
}

const char *Str_AsUTF8(Object *o, ssize_t *len) {
    Str *s = (Str *)o;
    if (!s->utf8) {
        ByteBuf b = {0};
        if (encode_to_buf(o, ENC_UTF8, NULL, &b) < 0) {
            ByteBuf_Free(&b);
            return NULL;
        }
        s->utf8_len = (ssize_t)b.len;
        s->utf8 = ByteBuf_Steal(&b);
    }
    if (len) *len = s->utf8_len;
    return s->utf8;
}

const char *Str_AsCString(Object *o) {
    ssize_t len;
    const char *s = Str_AsUTF8(o, &len);
    if (s && strlen(s) != (size_t)len) {
        Err_SetString(Exc_ValueError, "embedded null character");
        return NULL;
    }
    return s;
}

/* ---- equality, ordering, hashing ------------------------------------------ */

bool Str_Eq(Object *a, Object *b) {
    if (a == b) return true;
    Str *x = (Str *)a, *y = (Str *)b;
    if (x->len != y->len || x->kind != y->kind) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    size_t n = (size_t)x->len * x->kind;
    if (n <= 16) {
        /* short keys (dict lookups): the data areas are 8-byte aligned and
         * NUL-padded to a multiple of 8 bytes, so whole words compare equal
         * exactly when the first n bytes do */
        uint64_t a0, b0, a1 = 0, b1 = 0;
        memcpy(&a0, x->data, 8);
        memcpy(&b0, y->data, 8);
        if (n >= 8) {
            memcpy(&a1, x->data + 8, 8);
            memcpy(&b1, y->data + 8, 8);
        }
        return a0 == b0 && a1 == b1;
    }
    return memcmp(x->data, y->data, n) == 0;
}

bool Str_EqC(Object *s, const char *c) {
    size_t n = strlen(c);
    Str *x = (Str *)s;
    if (x->ascii) return (size_t)x->len == n && memcmp(x->data, c, n) == 0;
    ssize_t ulen;
    const char *u = Str_AsUTF8(s, &ulen);
    if (!u) {
        Err_Clear();
        return false;
    }
    return (size_t)ulen == n && memcmp(u, c, n) == 0;
}

int Str_Compare(Object *a, Object *b) {
    ssize_t na = STR_LEN(a), nb = STR_LEN(b), n = na < nb ? na : nb;
    if (STR_KIND(a) == 1 && STR_KIND(b) == 1) {
        int c = memcmp(STR_DATA(a), STR_DATA(b), (size_t)n);
        if (c) return c < 0 ? -1 : 1;
    } else {
        for (ssize_t i = 0; i < n; i++) {
            uint32_t x = STR_CHAR(a, i), y = STR_CHAR(b, i);
            if (x != y) return x < y ? -1 : 1;
        }
    }
    return na < nb ? -1 : na > nb ? 1 : 0;
}

hash_t Str_Hash(Object *o) {
    Str *s = (Str *)o;
    if (s->hash != -1) return s->hash;
    hash_t h = s->len ? Hash_Bytes(s->data, (size_t)s->len * s->kind) : 0;
    if (h == -1) h = -2;
    s->hash = h;
    return h;
}

/* ---- building blocks ---------------------------------------------------- */

Object *Str_Concat(Object *a, Object *b) {
    ssize_t na = STR_LEN(a), nb = STR_LEN(b);
    if (nb == 0 && Str_CheckExact(a)) return NEWREF(a);
    if (na == 0 && Str_CheckExact(b)) return NEWREF(b);
    if (na > ((ssize_t)1 << 60) - nb) {
        Err_SetString(Exc_OverflowError, "strings are too large to concat");
        return NULL;
    }
    if (STR_KIND(a) == 1 && STR_KIND(b) == 1) {
        Object *r = str_new_exact(na + nb, 1, ((Str *)a)->ascii && ((Str *)b)->ascii);
        if (!r) return NULL;
        copy_bytes(STR_DATA(r), STR_DATA(a), (size_t)na);
        copy_bytes((uint8_t *)STR_DATA(r) + na, STR_DATA(b), (size_t)nb);
        return r;
    }
    uint32_t ma = STR_MAX_BOUND(a), mb = STR_MAX_BOUND(b);
    Object *r = Str_NewRaw(na + nb, ma > mb ? ma : mb);
    if (!r) return NULL;
    Str_CopyChars(r, 0, STR_DATA(a), STR_KIND(a), na);
    Str_CopyChars(r, na, STR_DATA(b), STR_KIND(b), nb);
    return r;
}

bool Str_CanGrow(Object *a, Object *b) {
    return Str_CheckExact(a) && !Str_IsInterned(a) && STR_LEN(a) > 0 && STR_KIND(b) <= STR_KIND(a) &&
           STR_LEN(b) <= ((ssize_t)1 << 58) - STR_LEN(a);
}

/* The block size for a str of len code points grown by appending: an
 * eighth more than it needs, so that a loop of appends reallocates a
 * logarithmic number of times. */
static size_t grown_size(ssize_t len, int kind) {
    size_t need = sizeof(Str) + data_size(len, kind);
    return need + need / 8;
}

Object *Str_AppendInPlace(Object *a, Object *b) {
    Str *s = (Str *)a;
    ssize_t na = s->len, nb = STR_LEN(b);
    int kind = s->kind;
    /* A UTF-8 copy of the old value is stale (an ASCII string's is its
     * data, which str_set_header points at again, with the hash reset). */
    if (s->utf8 && s->utf8 != (char *)s->data) {
        free(s->utf8);
        s->utf8 = NULL;
        s->utf8_len = 0;
    }
    size_t need = sizeof(Str) + data_size(na + nb, kind);
    if (need > Mem_Capacity(s)) {
        Str *moved = Mem_Realloc(s, grown_size(na + nb, kind));
        if (!moved) return Err_NoMemory();
        s = moved;
    }
    Str_CopyChars((Object *)s, na, STR_DATA(b), STR_KIND(b), nb);
    memset(s->data + (size_t)(na + nb) * (size_t)kind, 0, data_size(na + nb, kind) - (size_t)(na + nb) * (size_t)kind);
    str_set_header(s, na + nb, kind, s->ascii && ((Str *)b)->ascii);
    return (Object *)s;
}

Object *Str_Substring(Object *s, ssize_t start, ssize_t end) {
    ssize_t n = STR_LEN(s);
    if (start < 0) start = 0;
    if (end > n) end = n;
    if (start >= end) return NEWREF(Str_Empty());
    if (start == 0 && end == n && Str_CheckExact(s)) return NEWREF(s);
    if (((Str *)s)->ascii && end - start > 1) {
        /* a slice of ASCII text is ASCII: no need to scan for the widest character */
        Object *r = str_new_exact(end - start, 1, true);
        if (r) copy_bytes(STR_DATA(r), (uint8_t *)STR_DATA(s) + start, (size_t)(end - start));
        return r;
    }
    return Str_FromKindData(STR_KIND(s), (uint8_t *)STR_DATA(s) + start * STR_KIND(s), end - start);
}

/* Sequence of items for join: a list or tuple as is, anything else via list(). */
static Object *as_sequence(Object *iterable, Object ***items, ssize_t *n) {
    if (List_Check(iterable)) {
        *items = ((List *)iterable)->items;
        *n = ((List *)iterable)->len;
        return NEWREF(iterable);
    }
    if (Tuple_Check(iterable)) {
        *items = TUPLE_ITEMS(iterable);
        *n = TUPLE_LEN(iterable);
        return NEWREF(iterable);
    }
    if (!TYPE(iterable)->iter && !TYPE(iterable)->getitem) {
        Err_SetString(Exc_TypeError, "can only join an iterable");
        return NULL;
    }
    Object *l = List_FromIterable(iterable);
    if (!l) return NULL;
    *items = ((List *)l)->items;
    *n = ((List *)l)->len;
    return l;
}

Object *Str_Join(Object *sep, Object *iterable) {
    Object **items;
    ssize_t n;
    Object *seq = as_sequence(iterable, &items, &n);
    if (!seq) return NULL;
    if (n == 1 && Str_CheckExact(items[0])) {
        Object *r = NEWREF(items[0]);
        DECREF(seq);
        return r;
    }
    ssize_t seplen = STR_LEN(sep), total = 0;
    /* Each item counts at its kind's ceiling: the narrowest-kind rule makes
     * the widest kind among them the kind of the result. */
    uint32_t maxc = seplen ? STR_MAX_BOUND(sep) : 0;
    for (ssize_t i = 0; i < n; i++) {
        Object *it = items[i];
        if (!Str_Check(it)) {
            Err_Format(Exc_TypeError, "sequence item %zd: expected str instance, %s found", i, TYPE_NAME(it));
            DECREF(seq);
            return NULL;
        }
        uint32_t m = STR_MAX_BOUND(it);
        if (m > maxc) maxc = m;
        total += STR_LEN(it);
    }
    if (n > 1) total += seplen * (n - 1);
    Object *r = Str_NewRaw(total, maxc);
    if (!r || total == 0) {
        DECREF(seq);
        return r;
    }
    if (STR_KIND(r) == 1) {
        /* all Latin-1: plain byte copies */
        uint8_t *d = STR_DATA(r);
        const uint8_t *sp = STR_DATA(sep);
        for (ssize_t i = 0; i < n; i++) {
            if (i && seplen == 1) {
                *d++ = sp[0];
            } else if (i && seplen) {
                copy_bytes(d, sp, (size_t)seplen);
                d += seplen;
            }
            copy_bytes(d, STR_DATA(items[i]), (size_t)STR_LEN(items[i]));
            d += STR_LEN(items[i]);
        }
    } else {
        ssize_t at = 0;
        for (ssize_t i = 0; i < n; i++) {
            if (i && seplen) {
                Str_CopyChars(r, at, STR_DATA(sep), STR_KIND(sep), seplen);
                at += seplen;
            }
            Object *it = items[i];
            Str_CopyChars(r, at, STR_DATA(it), STR_KIND(it), STR_LEN(it));
            at += STR_LEN(it);
        }
    }
    DECREF(seq);
    return r;
}

/* Index of needle in hay[start:end] (negative bounds count from the end). */
ssize_t Str_Find(Object *hay, Object *needle, ssize_t start, ssize_t end) {
    ssize_t n = STR_LEN(hay);
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (end < 0) { end += n; if (end < 0) end = 0; }
    if (end > n) end = n;
    if (end - start < STR_LEN(needle)) return -1;
    if (STR_KIND(hay) == 1 && STR_KIND(needle) == 1 && STR_LEN(needle) > 0) {
        ssize_t i = Str_FindLatin1((const uint8_t *)STR_DATA(hay) + start, end - start, STR_DATA(needle),
                                   STR_LEN(needle));
        return i < 0 ? -1 : start + i;
    }
    StrSearch ss;
    StrSearch_Init(&ss, hay, needle);
    ssize_t r = StrSearch_Next(&ss, hay, start, end);
    StrSearch_Done(&ss);
    return r;
}

/* ---- repr ------------------------------------------------------------------- */

Object *Str_Repr(Object *s) {
    ssize_t n = STR_LEN(s);
    bool has_sq = false, has_dq = false;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_CHAR(s, i);
        if (c == '\'') has_sq = true;
        else if (c == '"') has_dq = true;
    }
    uint32_t quote = has_sq && !has_dq ? '"' : '\'';
    StrBuilder sb;
    SB_Init(&sb);
    char buf[16];
    if (SB_AppendChar(&sb, quote) < 0) goto fail;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_CHAR(s, i);
        const char *esc = NULL;
        if (c == quote || c == '\\') {
            buf[0] = '\\';
            buf[1] = (char)c;
            buf[2] = 0;
            esc = buf;
        } else if (c == '\t') esc = "\\t";
        else if (c == '\n') esc = "\\n";
        else if (c == '\r') esc = "\\r";
        else if (c < 0x20 || c == 0x7f) {
            snprintf(buf, sizeof buf, "\\x%02x", c);
            esc = buf;
        } else if (c >= 0x80 && !Uni_IsPrintable(c)) {
            if (c < 0x100) snprintf(buf, sizeof buf, "\\x%02x", c);
            else if (c < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", c);
            else snprintf(buf, sizeof buf, "\\U%08x", c);
            esc = buf;
        }
        if (esc ? SB_AppendASCII(&sb, esc, -1) < 0 : SB_AppendChar(&sb, c) < 0) goto fail;
    }
    if (SB_AppendChar(&sb, quote) < 0) goto fail;
    return SB_Finish(&sb);
fail:
    SB_Discard(&sb);
    return NULL;
}

/* ---- interning ---------------------------------------------------------------- */

/* Open-addressing set of interned strings, shared by every thread and
 * interpreter: interned strings are immortal.  Uses its own seed-independent
 * hash so interning may happen before the hash key is set.
 *
 * Lookups take no lock: a slot, once filled, never changes, and a table that
 * grows is replaced by a bigger copy while the old one stays allocated (on
 * the `older` chain) for readers still probing it.  Insertions take
 * intern_lock. */
typedef struct InternTable {
    struct InternTable *older;
    size_t cap;
    Object *slots[];
} InternTable;
static InternTable *intern_tab;   /* read atomically */
static size_t intern_used;        /* under intern_lock */
static pthread_mutex_t intern_lock = PTHREAD_MUTEX_INITIALIZER;

static uint64_t intern_hash(const uint8_t *p, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

/* The interned string equal to (kind, data, n), whose intern_hash is h, in
 * t, or NULL; *slot (if given) is then the empty slot where it would go. */
static Object *intern_find(InternTable *t, int kind, const void *data, ssize_t n, uint64_t h, size_t *slot) {
    if (!t) return NULL;
    size_t nb = (size_t)n * (size_t)kind, mask = t->cap - 1;
    size_t j = h & mask;
    for (;;) {
        Object *s = __atomic_load_n(&t->slots[j], __ATOMIC_ACQUIRE);
        if (!s) {
            if (slot) *slot = j;
            return NULL;
        }
        if (STR_LEN(s) == n && STR_KIND(s) == kind && memcmp(STR_DATA(s), data, nb) == 0) return s;
        j = (j + 1) & mask;
    }
}

Object *Str_FindInterned(int kind, const void *data, ssize_t n) {
    return intern_find(__atomic_load_n(&intern_tab, __ATOMIC_ACQUIRE), kind, data, n,
                       intern_hash(data, (size_t)n * (size_t)kind), NULL);
}

/* Replaces the table by one twice as big (under intern_lock). */
static int intern_grow(void) {
    InternTable *old = intern_tab;
    size_t cap = old ? old->cap * 2 : 1024;
    InternTable *t = calloc(1, sizeof(InternTable) + cap * sizeof(Object *));
    if (!t) {
        Err_NoMemory();
        return -1;
    }
    t->cap = cap;
    t->older = old;
    for (size_t i = 0; old && i < old->cap; i++) {
        Object *s = old->slots[i];
        if (!s) continue;
        size_t j = intern_hash(STR_DATA(s), (size_t)STR_LEN(s) * STR_KIND(s)) & (cap - 1);
        while (t->slots[j]) j = (j + 1) & (cap - 1);
        t->slots[j] = s;
    }
    __atomic_store_n(&intern_tab, t, __ATOMIC_RELEASE);
    return 0;
}

Object *Str_Intern(Object *s) {
    if (!s) return NULL;
    if (Str_CheckExact(s) && Str_IsInterned(s)) return s; /* immortal */
    if (STR_LEN(s) <= 1 && STR_KIND(s) == 1) { /* immortal singletons (Str_Ready) */
        Object *c = STR_LEN(s) ? Str_FromChar(((uint8_t *)STR_DATA(s))[0]) : Str_Empty();
        DECREF(s);
        return c;
    }
    uint64_t h = intern_hash(STR_DATA(s), (size_t)STR_LEN(s) * STR_KIND(s));
    Object *found = intern_find(__atomic_load_n(&intern_tab, __ATOMIC_ACQUIRE), STR_KIND(s), STR_DATA(s),
                                STR_LEN(s), h, NULL);
    if (found) {
        DECREF(s);
        return found;
    }
    if (!Str_CheckExact(s)) {
        Object *e = Str_Exact(s);
        DECREF(s);
        if (!e) return NULL;
        s = e;
    }
    /* fill its caches before it is shared (a string made at start-up, which
     * other threads may be reading, has them already: Obj_Share) */
    Str_Hash(s);
    Object *pending = Err_Fetch();
    if (!Str_AsUTF8(s, NULL)) Err_Clear(); /* lone surrogates: never cached */
    if (pending) Err_Restore(pending);
    pthread_mutex_lock(&intern_lock);
    size_t slot;
    if ((!intern_tab || (intern_used + 1) * 2 >= intern_tab->cap) && intern_grow() < 0) {
        pthread_mutex_unlock(&intern_lock);
        DECREF(s);
        return NULL;
    }
    found = intern_find(intern_tab, STR_KIND(s), STR_DATA(s), STR_LEN(s), h, &slot);
    if (!found) {
        if (s->refcnt >= 0) Obj_SetImmortal(s);
        __atomic_store_n(&((Str *)s)->interned, 1, __ATOMIC_RELAXED);
        __atomic_store_n(&intern_tab->slots[slot], s, __ATOMIC_RELEASE);
        intern_used++;
    }
    pthread_mutex_unlock(&intern_lock);
    if (found) { /* another thread interned it meanwhile */
        DECREF(s);
        return found;
    }
    return s;
}

Object *Str_InternC(const char *c) {
    size_t n = strlen(c);
    bool ascii = true;
    for (size_t i = 0; i < n; i++) if ((uint8_t)c[i] >= 128) ascii = false;
    if (ascii && n <= 1) return n ? Str_FromChar((uint8_t)c[0]) : Str_Empty(); /* not in the table (Str_Ready) */
    if (ascii) {
        Object *s = intern_find(__atomic_load_n(&intern_tab, __ATOMIC_ACQUIRE), 1, c, (ssize_t)n,
                                intern_hash((const uint8_t *)c, n), NULL);
        if (s) return s;
    }
    return Str_Intern(Str_FromUTF8(c, (ssize_t)n));
}

Object *Str_InternId(Object **slot, const char *name) {
    Object *s = Str_InternC(name);
    if (s) __atomic_store_n(slot, s, __ATOMIC_RELEASE);
    return s;
}

/* The shared empty and one-character strings are the interned ones (the
 * table must not meet them later: other threads read them). */
/* The empty string and the 256 Latin-1 characters are their own interned
 * copies, kept out of the table: Str_Intern answers them directly. */
int Str_Ready(void) {
    for (int c = -1; c < 256; c++) {
        Object *s = c < 0 ? Str_Empty() : Str_FromChar((uint32_t)c);
        if (!s) return -1;
        __atomic_store_n(&((Str *)s)->interned, 1, __ATOMIC_RELAXED);
    }
    return 0;
}

/* ---- Str_FromFormat ---------------------------------------------------------- */

static int append_padded(StrBuilder *sb, Object *s, int width, bool left, int prec) {
    ssize_t n = STR_LEN(s);
    if (prec >= 0 && n > prec) n = prec;
    if (!left && SB_AppendFill(sb, ' ', width - n) < 0) return -1;
    if ((n == STR_LEN(s) ? SB_AppendStr(sb, s) : SB_AppendSubstr(sb, s, 0, n)) < 0) return -1;
    if (left && SB_AppendFill(sb, ' ', width - n) < 0) return -1;
    return 0;
}

static int append_cstr_padded(StrBuilder *sb, const char *s, int width, bool left, int prec) {
    size_t n = strlen(s);
    if (prec >= 0 && n > (size_t)prec) {
        /* do not cut a UTF-8 sequence in half */
        n = (size_t)prec;
        while (n > 0 && ((uint8_t)s[n] & 0xC0) == 0x80) n--;
    }
    Object *o = Str_FromUTF8(s, (ssize_t)n);
    if (!o) {
        Err_Clear();
        o = Str_FromLatin1(s, (ssize_t)n);
        if (!o) return -1;
    }
    int r = append_padded(sb, o, width, left, -1);
    DECREF(o);
    return r;
}

Object *Str_FromFormatV(const char *fmt, va_list ap) {
    StrBuilder sb;
    SB_Init(&sb);
    va_list vp;
    va_copy(vp, ap);
    const char *p = fmt;
    while (*p) {
        const char *q = p;
        while (*q && *q != '%') q++;
        if (q > p && SB_AppendUTF8(&sb, p, q - p) < 0) goto fail;
        if (!*q) break;
        p = q + 1;
        if (*p == '%') {
            if (SB_AppendChar(&sb, '%') < 0) goto fail;
            p++;
            continue;
        }
        /* flags, width, precision, length */
        char spec[32];
        int si = 0;
        spec[si++] = '%';
        bool left = false;
        while (*p == '-' || *p == '0' || *p == '+' || *p == ' ' || *p == '#') {
            if (*p == '-') left = true;
            if (si < 8) spec[si++] = *p;
            p++;
        }
        int width = 0, prec = -1;
        if (*p == '*') { width = va_arg(vp, int); p++; }
        while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        if (*p == '.') {
            p++;
            prec = 0;
            if (*p == '*') { prec = va_arg(vp, int); p++; }
            while (*p >= '0' && *p <= '9') prec = prec * 10 + (*p++ - '0');
        }
        int lng = 0; /* 1 l, 2 ll, 3 z */
        if (*p == 'l') { lng = 1; p++; if (*p == 'l') { lng = 2; p++; } }
        else if (*p == 'z') { lng = 3; p++; }
        char conv = *p ? *p++ : 0;
        char buf[64];
        Object *o = NULL;
        int r = 0;
        switch (conv) {
        case 'd': case 'i': case 'u': case 'x': case 'X': {
            si += snprintf(spec + si, sizeof spec - (size_t)si, "%d", width);
            if (prec >= 0) si += snprintf(spec + si, sizeof spec - (size_t)si, ".%d", prec);
            bool uns = conv == 'u' || conv == 'x' || conv == 'X';
            char c2 = conv == 'i' ? 'd' : conv;
            if (lng == 0) {
                spec[si++] = c2; spec[si] = 0;
                if (uns) snprintf(buf, sizeof buf, spec, va_arg(vp, unsigned));
                else snprintf(buf, sizeof buf, spec, va_arg(vp, int));
            } else if (lng == 1) {
                spec[si++] = 'l'; spec[si++] = c2; spec[si] = 0;
                if (uns) snprintf(buf, sizeof buf, spec, va_arg(vp, unsigned long));
                else snprintf(buf, sizeof buf, spec, va_arg(vp, long));
            } else if (lng == 2) {
                spec[si++] = 'l'; spec[si++] = 'l'; spec[si++] = c2; spec[si] = 0;
                if (uns) snprintf(buf, sizeof buf, spec, va_arg(vp, unsigned long long));
                else snprintf(buf, sizeof buf, spec, va_arg(vp, long long));
            } else {
                spec[si++] = 'z'; spec[si++] = c2; spec[si] = 0;
                if (uns) snprintf(buf, sizeof buf, spec, va_arg(vp, size_t));
                else snprintf(buf, sizeof buf, spec, va_arg(vp, ssize_t));
            }
            r = SB_AppendASCII(&sb, buf, -1);
            break;
        }
        case 'c': {
            int c = va_arg(vp, int);
            r = SB_AppendChar(&sb, (uint32_t)c);
            break;
        }
        case 'p':
            snprintf(buf, sizeof buf, "%p", va_arg(vp, void *));
            r = SB_AppendASCII(&sb, buf, -1);
            break;
        case 's': {
            const char *s = va_arg(vp, const char *);
            r = append_cstr_padded(&sb, s ? s : "(null)", width, left, prec);
            break;
        }
        case 'U':
            o = va_arg(vp, Object *);
            r = append_padded(&sb, o, width, left, prec);
            o = NULL;
            break;
        case 'R':
        case 'S':
        case 'A': {
            Object *arg = va_arg(vp, Object *);
            o = conv == 'R' ? Obj_Repr(arg) : conv == 'S' ? Obj_Str(arg) : Obj_ASCII(arg);
            if (!o) goto fail;
            r = append_padded(&sb, o, width, left, prec);
            break;
        }
        case 'T':
            r = append_cstr_padded(&sb, TYPE_NAME(va_arg(vp, Object *)), width, left, prec);
            break;
        case 'N':
            r = append_cstr_padded(&sb, va_arg(vp, Type *)->name, width, left, prec);
            break;
        default:
            /* unknown code: copy the rest verbatim, as CPython does */
            r = SB_AppendUTF8(&sb, q, -1);
            p = q + strlen(q);
            break;
        }
        XDECREF(o);
        if (r < 0) goto fail;
    }
    va_end(vp);
    return SB_Finish(&sb);
fail:
    va_end(vp);
    SB_Discard(&sb);
    return NULL;
}

Object *Str_FromFormat(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Object *r = Str_FromFormatV(fmt, ap);
    va_end(ap);
    return r;
}

/* ---- slots ---------------------------------------------------------------- */

static Object *str_repr(Object *s) { return Str_Repr(s); }

static Object *str_str(Object *s) { return Str_Exact(s); }

static hash_t str_hash(Object *s) { return Str_Hash(s); }

static Object *str_richcompare(Object *a, Object *b, int op) {
    if (!Str_Check(a) || !Str_Check(b)) return NEWREF(OBJ_NOTIMPL);
    bool r;
    if (op == CMP_EQ || op == CMP_NE)
        r = Str_Eq(a, b) == (op == CMP_EQ);
    else
        r = Cmp_Holds(Str_Compare(a, b), 0, op);
    return NEWREF(Bool_From(r));
}

static ssize_t str_len(Object *s) { return STR_LEN(s); }

/* An index from an int-like key, with CPython's errors for huge values. */
ssize_t Text_Index(Object *key) {
    Object *i = Obj_Index(key);
    if (!i) return -1;
    ssize_t v = Int_AsSsize(i);
    DECREF(i);
    if (v == -1 && Err_Occurred()) {
        if (Err_Matches(Exc_OverflowError)) {
            Err_Clear();
            Err_Format(Exc_IndexError, "cannot fit '%s' into an index-sized integer", TYPE_NAME(key));
        }
        return -1;
    }
    return v;
}

static Object *str_getitem(Object *s, Object *key) {
    ssize_t n = STR_LEN(s);
    if (Int_Check(key) || (TYPE(key) != &Slice_Type && TYPE(key)->nb_index)) {
        ssize_t i = IS_SMALL(key) ? SMALL_VAL(key) : Text_Index(key);
        if (i == -1 && !IS_SMALL(key) && Err_Occurred()) return NULL;
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            Err_SetString(Exc_IndexError, "string index out of range");
            return NULL;
        }
        uint32_t c = STR_CHAR(s, i);
        return c < 256 ? Str_FromChar(c) : Str_FromKindData(STR_KIND(s), (uint8_t *)STR_DATA(s) + i * STR_KIND(s), 1);
    }
    if (TYPE(key) == &Slice_Type) {
        ssize_t start, stop, step, count;
        if (Slice_Indices(key, n, &start, &stop, &step, &count) < 0) return NULL;
        if (step == 1) return Str_Substring(s, start, start + count);
        if (count <= 0) return NEWREF(Str_Empty());
        uint32_t *tmp = malloc(sizeof(uint32_t) * (size_t)count);
        if (!tmp) return Err_NoMemory();
        for (ssize_t j = 0, i = start; j < count; j++, i += step) tmp[j] = STR_CHAR(s, i);
        Object *r = Str_FromUCS4(tmp, count);
        free(tmp);
        return r;
    }
    Err_Format(Exc_TypeError, "string indices must be integers, not '%s'", TYPE_NAME(key));
    return NULL;
}

static int str_contains(Object *s, Object *item) {
    if (!Str_Check(item)) {
        Err_Format(Exc_TypeError, "'in <string>' requires string as left operand, not %s", TYPE_NAME(item));
        return -1;
    }
    return Str_Find(s, item, 0, STR_LEN(s)) >= 0;
}

static Object *str_add(Object *a, Object *b) {
    if (!Str_Check(a) || !Str_Check(b)) return NEWREF(OBJ_NOTIMPL);
    return Str_Concat(a, b);
}

Object *Str_Repeat(Object *s, ssize_t count) {
    ssize_t n = STR_LEN(s);
    if (count <= 0 || n == 0) return NEWREF(Str_Empty());
    if (count == 1 && Str_CheckExact(s)) return NEWREF(s);
    if (n > SSIZE_MAX / count) {   /* a length that big is an OverflowError; a smaller one may be a MemoryError */
        Err_SetString(Exc_OverflowError, "repeated string is too long");
        return NULL;
    }
    uint32_t m = STR_MAX_BOUND(s);
    Object *r = Str_NewRaw(n * count, m);
    if (!r) return NULL;
    size_t chunk = (size_t)n * STR_KIND(s), total = chunk * (size_t)count;
    uint8_t *d = STR_DATA(r);
    if (n == 1 && STR_KIND(s) == 1) memset(d, ((uint8_t *)STR_DATA(s))[0], total);
    else {
        memcpy(d, STR_DATA(s), chunk);
        size_t done = chunk;
        while (done < total) {
            size_t c = done <= total - done ? done : total - done;
            memcpy(d + done, d, c);
            done += c;
        }
    }
    return r;
}

static Object *str_mul(Object *a, Object *b) {
    Object *s = Str_Check(a) ? a : b, *c = Str_Check(a) ? b : a;
    if (!Str_Check(s)) return NEWREF(OBJ_NOTIMPL);
    if (!Int_Check(c) && !TYPE(c)->nb_index) return NEWREF(OBJ_NOTIMPL);
    ssize_t count = Text_Index(c);
    if (count == -1 && Err_Occurred()) {
        if (Err_Matches(Exc_IndexError)) {
            Err_Clear();
            Err_Format(Exc_OverflowError, "cannot fit '%s' into an index-sized integer", TYPE_NAME(c));
        }
        return NULL;
    }
    return Str_Repeat(s, count);
}

static Object *str_mod(Object *a, Object *b) {
    if (!Str_Check(a)) return NEWREF(OBJ_NOTIMPL);
    return Str_PercentFormat(a, b);
}

/* ---- iterator ---------------------------------------------------------- */

typedef IndexIter StrIter; /* over a str */

static Object *striter_next(Object *o) {
    StrIter *it = (StrIter *)o;
    if (!it->seq) return NULL;
    if (it->index < STR_LEN(it->seq)) {
        Object *s = it->seq;
        ssize_t i = it->index++;
        return Str_FromKindData(STR_KIND(s), (uint8_t *)STR_DATA(s) + i * STR_KIND(s), 1);
    }
    CLEAR(it->seq);
    return NULL;
}

static Object *striter_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StrIter *it = (StrIter *)self;
    return Int_FromI64(it->seq ? STR_LEN(it->seq) - it->index : 0);
}

static Object *striter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StrIter *it = (StrIter *)self;
    return IterBase_ReduceIndex(NULL, it->seq, it->index, ITER_EMPTY_STR);
}

static Object *striter_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StrIter *it = (StrIter *)self;
    ssize_t i;
    if (IterBase_StateIndex(args[0], &i) < 0) return NULL;
    if (it->seq) it->index = IterBase_Clamp(i, 0, STR_LEN(it->seq));
    RETURN_NONE;
}

static const MethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, 0,
     ARGS("($self, /)", "Private method returning an estimate of len(list(it)).")},
    {"__reduce__", striter_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {"__setstate__", striter_setstate, 0, ARGS("($self, object, /)", ITER_SETSTATE_DOC)},
    {NULL, NULL, 0, NULL},
};

Type StrIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "str_iterator",
    .basicsize = sizeof(StrIter),
    .dealloc = IterBase_Dealloc,
    .iter = Iter_Self,
    .iternext = striter_next,
    .methods = striter_methods,
};

Type StrAsciiIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIter),
    .dealloc = IterBase_Dealloc,
    .iter = Iter_Self,
    .iternext = striter_next,
    .methods = striter_methods,
};

static Object *str_iter(Object *s) {
    return IterBase_New(((Str *)s)->ascii ? &StrAsciiIter_Type : &StrIter_Type, sizeof(StrIter), s);
}

/* ---- constructor ----------------------------------------------------------- */

/* A str from a bytes-like object and codec names (str(b, encoding, errors)). */
static Object *str_decode_obj(Object *obj, const char *encoding, const char *errors) {
    if (Bytes_Check(obj)) return Str_Decode((const char *)BYTES_DATA(obj), BYTES_LEN(obj), encoding, errors);
    if (!IS_SMALL(obj) && Type_IsSubtype(TYPE(obj), &ByteArray_Type)) {
        ByteArray *ba = (ByteArray *)obj;
        return Str_Decode(ba->data ? (const char *)ba->data : "", ba->len, encoding, errors);
    }
    const uint8_t *p;
    ssize_t n;
    if (Bytes_GetBuffer(obj, &p, &n)) return Str_Decode((const char *)p, n, encoding, errors);
    if (Str_Check(obj)) Err_SetString(Exc_TypeError, "decoding str is not supported");
    else Err_Format(Exc_TypeError, "decoding to str: need a bytes-like object, %s found", TYPE_NAME(obj));
    return NULL;
}

static Object *str_new(Type *type, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors"};
    Object *a[3];
    if (Arg_Unpack(Str_Type.args, "str", args, nargs, kwnames, a) < 0) return NULL;
    const char *enc = NULL, *errs = NULL;
    for (int k = 1; k < 3; k++) {
        if (!a[k]) continue;
        if (!Str_Check(a[k])) {
            Err_Format(Exc_TypeError, "str() argument '%s' must be str, not %s", names[k], TYPE_NAME(a[k]));
            return NULL;
        }
        const char *c = Str_AsUTF8(a[k], NULL);
        if (!c) return NULL;
        if (k == 1) enc = c; else errs = c;
    }
    Object *r;
    if (!a[0]) r = NEWREF(Str_Empty());
    else if (a[1] || a[2]) r = str_decode_obj(a[0], enc ? enc : "utf-8", errs);
    else r = Obj_Str(a[0]);
    if (!r || type == &Str_Type) return r;
    /* a subclass instance: copy into an object of that type */
    Str *src = (Str *)r;
    uint32_t m = STR_MAX_BOUND(r);
    Object *o = str_alloc(type, src->len, m);
    if (o) {
        memcpy(STR_DATA(o), src->data, (size_t)src->len * src->kind);
    }
    DECREF(r);
    return o;
}


Type Str_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "str",
    .args = ARGS_F(ARG_NO_TEXT_SIG | ARG_COUNT_STYLE, "(object='', encoding='utf-8', errors='strict')", NULL),
    .basicsize = sizeof(Str),
    .flags = TPFLAG_BASETYPE | TPFLAG_STR_SUBCLASS | TPFLAG_LEAF,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to 'utf-8'.\n"
           "errors defaults to 'strict'.",
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .nb = {[NB_REMAINDER] = str_mod},
    .sq_concat = str_add, .sq_repeat = str_mul,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .new_ = str_new,
    .methods = Str_Methods,
    .var_extra = Str_ExtraOffset,
};
