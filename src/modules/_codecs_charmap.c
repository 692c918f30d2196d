/* The charmap codec: bytes <-> characters through a mapping, the engine of
 * every single-byte table codec (cp1252, iso8859-15, koi8-r, ...).
 *
 * Decoding takes a str of up to 256 characters (byte b -> table[b],
 * U+FFFE marking an undefined byte) or any mapping (byte -> int, str or
 * None).  Encoding takes an EncodingMap, the inverse of a 256-character
 * table made once by charmap_build(), or any mapping (code point -> int,
 * bytes or None).  A missing entry "maps to <undefined>"; a mapping
 * without the '?' replace needs counts as missing too. */
#include "abstract.h"
#include "modules/_codecs.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/codec_err.h"
#include "runtime/err.h"
#include <stdlib.h>

#define UNDEFINED_REASON "character maps to <undefined>"

/* ---- EncodingMap ------------------------------------------------------------------ */

/* The inverse of a decoding table: for each of the 256 pages of the BMP
 * a table is allocated when some character of that page is encodable,
 * holding byte + 1 (0: not encodable). */
typedef struct EncodingMap {
    Object ob;
    uint16_t *pages[256];
    int npages;
} EncodingMap;

static void encmap_dealloc(Object *o) {
    EncodingMap *m = (EncodingMap *)o;
    for (int i = 0; i < 256; i++) free(m->pages[i]);
    Obj_Free(o);
}

/* The byte c encodes to, or -1. */
static int encmap_find(const EncodingMap *m, uint32_t c) {
    if (c > 0xFFFF || !m->pages[c >> 8]) return -1;
    return (int)m->pages[c >> 8][c & 0xFF] - 1;
}

static Object *encmap_size(Object *self, Object *const *args, size_t nargs, Object *kw) {
    /* the memory the map takes, as its owner would count it */
    return Int_FromI64((int64_t)(sizeof(EncodingMap) + (size_t)((EncodingMap *)self)->npages * 256 * 2));
}

static const MethodDef encmap_methods[] = {
    {"size", encmap_size, 0, ARGS("($self, /)", "Return the size (in bytes) of this object.")},
    {NULL},
};

Type EncodingMap_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "EncodingMap",
    .basicsize = sizeof(EncodingMap),
    .dealloc = encmap_dealloc,
    .methods = encmap_methods,
};

Type *const Codecs_Types[] = {&EncodingMap_Type, NULL};

/* Whether table can become an EncodingMap: 256 characters of the BMP, the
 * first being NUL, spread over few pages (otherwise a dict serves). */
static bool fits_map(Object *table) {
    if (STR_LEN(table) != 256 || STR_CHAR(table, 0) != 0) return false;
    bool seen[256] = {false};
    int pages = 0;
    for (ssize_t i = 0; i < 256; i++) {
        uint32_t c = STR_CHAR(table, i);
        if (c > 0xFFFF) return false;
        if (!seen[c >> 8]) {
            seen[c >> 8] = true;
            pages++;
        }
    }
    return pages < 16;
}

static Object *build_map(Object *table) {
    EncodingMap *m = (EncodingMap *)Obj_Alloc(&EncodingMap_Type, sizeof(EncodingMap));
    if (!m) return NULL;
    for (int b = 0; b < 256; b++) {
        uint32_t c = STR_CHAR(table, b);
        if (c == 0xFFFE) continue;
        uint16_t **page = &m->pages[c >> 8];
        if (!*page) {
            if (!(*page = calloc(256, sizeof(uint16_t)))) {
                DECREF((Object *)m);
                return Err_NoMemory();
            }
            m->npages++;
        }
        (*page)[c & 0xFF] = (uint16_t)(b + 1); /* a later byte wins, as a dict built in order would */
    }
    return (Object *)m;
}

/* charmap_build(map): an EncodingMap, or a dict {code point: byte}. */
static Object *cx_charmap_build(Object *mod, Object *const *args, size_t nargs, Object *kw) {
    Object *table = args[0];
    if (!Str_Check(table)) {
        Err_Format(Exc_TypeError, "charmap_build() argument must be str, not %s", TYPE_NAME(table));
        return NULL;
    }
    if (fits_map(table)) return build_map(table);
    Object *d = Dict_New();
    if (!d) return NULL;
    for (ssize_t i = 0; i < STR_LEN(table); i++) {
        Object *k = Int_FromI64(STR_CHAR(table, i)), *v = Int_FromI64(i);
        int rc = k && v ? Dict_SetItem(d, k, v) : -1;
        XDECREF(k);
        XDECREF(v);
        if (rc < 0) {
            DECREF(d);
            return NULL;
        }
    }
    return d;
}

/* ---- decoding ----------------------------------------------------------------------- */

/* What mapping gives for byte b: 1 appended to sb, 0 undefined, -1 error. */
static int decode_through(Object *mapping, uint8_t b, StrBuilder *sb) {
    if (Str_Check(mapping)) {
        if (b >= STR_LEN(mapping)) return 0;
        uint32_t c = STR_CHAR(mapping, b);
        return c == 0xFFFE ? 0 : SB_AppendChar(sb, c) < 0 ? -1 : 1;
    }
    Object *key = Int_FromI64(b);
    if (!key) return -1;
    Object *v = Obj_GetItem(mapping, key);
    DECREF(key);
    if (!v) {
        if (!Err_Matches(Exc_LookupError)) return -1;
        Err_Clear();
        return 0;
    }
    int rc;
    if (v == OBJ_NONE) {
        rc = 0;
    } else if (Int_Check(v)) {
        ssize_t c = Int_AsSsize(v);
        if (c == -1 && Err_Occurred()) Err_Clear();
        if (c < 0 || c >= 0x110000) {
            Err_SetString(Exc_TypeError, "character mapping must be in range(0x110000)");
            rc = -1;
        } else {
            rc = c == 0xFFFE ? 0 : SB_AppendChar(sb, (uint32_t)c) < 0 ? -1 : 1;
        }
    } else if (Str_Check(v)) {
        rc = STR_LEN(v) == 1 && STR_CHAR(v, 0) == 0xFFFE ? 0 : SB_AppendStr(sb, v) < 0 ? -1 : 1;
    } else {
        Err_SetString(Exc_TypeError, "character mapping must return integer, None or str");
        rc = -1;
    }
    DECREF(v);
    return rc;
}

/* The common case of a table that defines every byte of the input: the
 * table read once into an array by byte, then two passes over the input
 * (check, fill) without a builder.  NULL (no exception) when a byte is
 * undefined, for the general loop to report it. */
enum { UNDEFINED_BYTE = 0x80000000u }; /* above every code point */

static Object *decode_table(const uint8_t *p, ssize_t n, Object *table) {
    uint32_t map[256];
    ssize_t size = STR_LEN(table);
    for (int b = 0; b < 256; b++) {
        uint32_t c = b < size ? STR_CHAR(table, b) : 0xFFFE;
        map[b] = c == 0xFFFE ? UNDEFINED_BYTE : c;
    }
    uint32_t acc = 0; /* every character ORed: its size class is the largest's */
    for (ssize_t i = 0; i < n; i++) acc |= map[p[i]];
    if (acc & UNDEFINED_BYTE) return NULL;
    uint32_t maxc = acc > 0xFFFF ? 0x10000 : acc;
    if (n == 1) return Str_FromChar(map[p[0]]);
    Object *r = Str_NewRaw(n, maxc);
    if (!r || !n) return r;
    void *d = STR_DATA(r);
    if (STR_KIND(r) == 1) {
        for (ssize_t i = 0; i < n; i++) ((uint8_t *)d)[i] = (uint8_t)map[p[i]];
    } else if (STR_KIND(r) == 2) {
        for (ssize_t i = 0; i < n; i++) ((uint16_t *)d)[i] = (uint16_t)map[p[i]];
    } else {
        for (ssize_t i = 0; i < n; i++) ((uint32_t *)d)[i] = map[p[i]];
    }
    return r;
}

static Object *cx_charmap_decode(Object *mod, Object *const *args, size_t nargs, Object *kw) {
    const char *errors;
    const uint8_t *p;
    ssize_t n;
    BufferView hold = {0};
    if (Buffer_PeekArgHeld(args[0], &p, &n, &hold) < 0) return NULL;
    Object *mapping = nargs > 2 && args[2] != OBJ_NONE ? args[2] : NULL;
    Object *r = NULL;
    if (Codecs_ErrorsArg("charmap_decode", args, nargs, 1, &errors) < 0) goto done;
    if (!mapping) {
        r = Codecs_Pair(Str_FromLatin1((const char *)p, n), n);
        goto done;
    }
    if (Str_Check(mapping) && (r = decode_table(p, n, mapping)) != NULL) {
        r = Codecs_Pair(r, n);
        goto done;
    }
    if (Err_Occurred()) goto done;
    StrBuilder sb;
    SB_Init(&sb);
    Object *input = NULL;
    for (ssize_t i = 0; i < n;) {
        int got = decode_through(mapping, p[i], &sb);
        if (got > 0) {
            i++;
            continue;
        }
        if (got == 0)
            i = CodecErr_Decode(errors, "charmap", UNDEFINED_REASON, (const char *)p, n, &input, i, i + 1, &sb);
        if (got < 0 || i < 0) {
            XDECREF(input);
            SB_Discard(&sb);
            goto done;
        }
    }
    XDECREF(input);
    r = Codecs_Pair(SB_Finish(&sb), n);
done:
    Buffer_Release(&hold);
    return r;
}

/* ---- encoding ---------------------------------------------------------------------- */

/* Appends the bytes mapping gives for c: 1 done, 0 undefined, -1 error. */
static int encode_through(Object *mapping, uint32_t c, ByteBuf *out) {
    if (TYPE(mapping) == &EncodingMap_Type) {
        int b = encmap_find((EncodingMap *)mapping, c);
        return b < 0 ? 0 : ByteBuf_AddByte(out, (uint8_t)b) < 0 ? ByteBuf_RaiseNoMemory() : 1;
    }
    Object *key = Int_FromI64(c);
    if (!key) return -1;
    Object *v = Obj_GetItem(mapping, key);
    DECREF(key);
    if (!v) {
        if (!Err_Matches(Exc_LookupError)) return -1;
        Err_Clear();
        return 0;
    }
    int rc;
    if (v == OBJ_NONE) {
        rc = 0;
    } else if (Int_Check(v)) {
        ssize_t b = Int_AsSsize(v);
        if (b == -1 && Err_Occurred()) Err_Clear();
        if (b < 0 || b > 255) {
            Err_SetString(Exc_TypeError, "character mapping must be in range(256)");
            rc = -1;
        } else {
            rc = ByteBuf_AddByte(out, (uint8_t)b) < 0 ? ByteBuf_RaiseNoMemory() : 1;
        }
    } else if (Bytes_Check(v)) {
        rc = ByteBuf_Put(out, BYTES_DATA(v), (size_t)BYTES_LEN(v)) < 0 ? -1 : 1;
    } else {
        Err_Format(Exc_TypeError, "character mapping must return integer, bytes or None, not %s", TYPE_NAME(v));
        rc = -1;
    }
    DECREF(v);
    return rc;
}

/* The error handler's replacement for str[start:end), encoded through the
 * mapping too (a character it cannot take reports the original error). */
static int encode_replacement(Object *mapping, Object *repl, ByteBuf *out, Object *str, ssize_t start,
                              ssize_t end) {
    if (Bytes_Check(repl)) return ByteBuf_Put(out, BYTES_DATA(repl), (size_t)BYTES_LEN(repl));
    for (ssize_t k = 0; k < STR_LEN(repl); k++) {
        int got = encode_through(mapping, STR_CHAR(repl, k), out);
        if (got < 0) return -1;
        if (got == 0) {
            CodecErr_RaiseEncode("charmap", str, start, end, UNDEFINED_REASON);
            return -1;
        }
    }
    return 0;
}

/* The byte of each character of kind `kind` at data into out, while the
 * map defines them: how many it did. */
static inline __attribute__((always_inline)) ssize_t encmap_run(const EncodingMap *m, const void *data, int kind,
                                                                ssize_t n, uint8_t *out) {
    const uint16_t *latin = m->pages[0];
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kind == 1 ? ((const uint8_t *)data)[i] : kind == 2 ? ((const uint16_t *)data)[i]
                                                                        : ((const uint32_t *)data)[i];
        int b = kind == 1 ? (latin ? latin[c] - 1 : -1) : encmap_find(m, c);
        if (b < 0) return i;
        out[i] = (uint8_t)b;
    }
    return n;
}

/* str through an EncodingMap that defines each of its characters: one
 * byte each, straight into the result.  NULL (no exception) otherwise. */
static Object *encmap_encode_all(Object *str, const EncodingMap *m, bool *failed) {
    ssize_t n = STR_LEN(str), done;
    Object *r = Bytes_From(NULL, n);
    if (!r) {
        *failed = true;
        return NULL;
    }
    uint8_t *out = BYTES_DATA(r);
    if (STR_KIND(str) == 1) done = encmap_run(m, STR_DATA(str), 1, n, out);
    else if (STR_KIND(str) == 2) done = encmap_run(m, STR_DATA(str), 2, n, out);
    else done = encmap_run(m, STR_DATA(str), 4, n, out);
    if (done == n) return r;
    DECREF(r);
    return NULL;
}

Object *Codecs_CharmapEncode(Object *str, const char *errors, Object *mapping) {
    ssize_t n = STR_LEN(str);
    ByteBuf out = {0};
    if (TYPE(mapping) == &EncodingMap_Type) {
        bool failed = false;
        Object *r = encmap_encode_all(str, (const EncodingMap *)mapping, &failed);
        if (r || failed) return r;
        /* else the general loop, which reports the first unmapped character */
    }
    for (ssize_t i = 0; i < n;) {
        int got = encode_through(mapping, STR_CHAR(str, i), &out);
        if (got < 0) goto fail;
        if (got) {
            i++;
            continue;
        }
        ssize_t end = i + 1; /* the run of characters the mapping lacks */
        for (; end < n; end++) {
            ByteBuf probe = {0};
            int later = encode_through(mapping, STR_CHAR(str, end), &probe);
            ByteBuf_Free(&probe);
            if (later < 0) goto fail;
            if (later) break;
        }
        ssize_t next;
        Object *repl = CodecErr_Encode(errors, "charmap", UNDEFINED_REASON, str, i, end, &next);
        if (!repl) goto fail;
        int rc = encode_replacement(mapping, repl, &out, str, i, end);
        DECREF(repl);
        if (rc < 0) goto fail;
        i = next;
    }
    Object *r = Bytes_From(out.data, (ssize_t)out.len);
    ByteBuf_Free(&out);
    return r;
fail:
    ByteBuf_Free(&out);
    return NULL;
}

static Object *cx_charmap_encode(Object *mod, Object *const *args, size_t nargs, Object *kw) {
    const char *errors;
    if (!Codecs_StrArg("charmap_encode", args, nargs, 0) ||
        Codecs_ErrorsArg("charmap_encode", args, nargs, 1, &errors) < 0)
        return NULL;
    Object *mapping = nargs > 2 && args[2] != OBJ_NONE ? args[2] : NULL;
    if (!mapping) return Codecs_Pair(Str_Encode(args[0], "latin-1", errors), STR_LEN(args[0]));
    return Codecs_Pair(Codecs_CharmapEncode(args[0], errors, mapping), STR_LEN(args[0]));
}

const MethodDef Codecs_CharmapFunctions[] = {
    {"charmap_build", cx_charmap_build, 0, ARGS("($module, map, /)", NULL)},
    {"charmap_decode", cx_charmap_decode, 0, ARGS("($module, data, errors=None, mapping=None, /)", NULL)},
    {"charmap_encode", cx_charmap_encode, 0, ARGS("($module, str, errors=None, mapping=None, /)", NULL)},
    {NULL},
};
