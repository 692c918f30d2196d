/* UTF-16 and UTF-32: one encoder and one decoder for both widths
 * (unit: 2 or 4 bytes) and both byte orders, and the _codecs functions
 * built on them.  A byte order of 0 means "with a BOM": the encoder
 * writes one (little-endian, as CPython does on every machine cipy runs
 * on) and the decoder reads one if it is there. */
#include "abstract.h"
#include "modules/_codecs.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/codec_err.h"
#include "runtime/err.h"

/* The name errors report: "utf-16", "utf-16-le", "utf-32-be", ... */
static const char *codec_name(int unit, int byteorder) {
    static const char *const names[2][3] = {{"utf-16-le", "utf-16", "utf-16-be"}, {"utf-32-le", "utf-32", "utf-32-be"}};
    return names[unit == 4][byteorder + 1];
}

/* Stores code unit u at p in the byte order (big: big-endian).  Inlined
 * with constant unit and order, these become plain stores. */
static inline __attribute__((always_inline)) void put_unit(uint8_t *p, uint32_t u, int unit, bool big) {
    if (unit == 2) {
        uint16_t v = (uint16_t)u;
        if (big) v = __builtin_bswap16(v);
        memcpy(p, &v, 2);
    } else {
        if (big) u = __builtin_bswap32(u);
        memcpy(p, &u, 4);
    }
}

static inline __attribute__((always_inline)) uint32_t get_unit(const uint8_t *p, int unit, bool big) {
    if (unit == 2) {
        uint16_t v;
        memcpy(&v, p, 2);
        return big ? __builtin_bswap16(v) : v;
    }
    uint32_t v;
    memcpy(&v, p, 4);
    return big ? __builtin_bswap32(v) : v;
}

/* Appends a replacement the error handler gave: bytes as they are (whole
 * units only), a str when it is ASCII. */
static int put_replacement(ByteBuf *out, Object *repl, int unit, bool big, const char *name, Object *str,
                           ssize_t start, ssize_t end) {
    if (Bytes_Check(repl)) {
        if (BYTES_LEN(repl) % unit) {
            CodecErr_RaiseEncode(name, str, start, end, "surrogates not allowed");
            return -1;
        }
        return ByteBuf_Put(out, BYTES_DATA(repl), (size_t)BYTES_LEN(repl));
    }
    if (!((Str *)repl)->ascii) {
        CodecErr_RaiseEncode(name, str, start, end, "surrogates not allowed");
        return -1;
    }
    ssize_t n = STR_LEN(repl);
    if (ByteBuf_Reserve(out, (size_t)(n * unit)) < 0) return ByteBuf_RaiseNoMemory();
    for (ssize_t i = 0; i < n; i++) put_unit((uint8_t *)out->data + out->len + i * unit, STR_CHAR(repl, i), unit, big);
    out->len += (size_t)(n * unit);
    out->data[out->len] = '\0';
    return 0;
}

/* ---- fast paths: text without surrogates ------------------------------------------- */

/* Lanes for the scans below: GCC and Clang turn these into SIMD
 * instructions where the machine has them, plain ones elsewhere. */
typedef uint16_t U16x8 __attribute__((vector_size(16)));
typedef uint32_t U32x4 __attribute__((vector_size(16)));

/* Whether the n characters of kind `kind` at data hold a surrogate, and
 * how many lie beyond the BMP (*astral): eight or four characters a step,
 * without branches, the rest one by one.  (A lane counts up to n / 4: a
 * str would need 2**34 characters to overflow it.) */
static bool has_surrogate(const void *data, int kind, ssize_t n, ssize_t *astral) {
    unsigned bad = 0;
    ssize_t far = 0, i = 0;
    if (kind == 2) {
        const uint16_t *d = data;
        U16x8 acc = {0};
        for (; i + 8 <= n; i += 8) {
            U16x8 v;
            memcpy(&v, d + i, sizeof v);
            acc |= (U16x8)((v & 0xF800) == 0xD800);
        }
        for (int k = 0; k < 8; k++) bad |= acc[k];
        for (; i < n; i++) bad |= (d[i] & 0xF800) == 0xD800;
    } else if (kind == 4) {
        const uint32_t *d = data;
        U32x4 acc = {0}, count = {0};
        for (; i + 4 <= n; i += 4) {
            U32x4 v;
            memcpy(&v, d + i, sizeof v);
            acc |= (U32x4)(v - 0xD800 < 0x800);
            count -= (U32x4)(v > 0xFFFF); /* a true lane is all ones: -1 */
        }
        for (int k = 0; k < 4; k++) {
            bad |= acc[k];
            far += count[k];
        }
        for (; i < n; i++) {
            bad |= d[i] - 0xD800u < 0x800u;
            far += d[i] > 0xFFFF;
        }
    }
    *astral = far;
    return bad != 0;
}

/* Writes the n characters of kind `kind` at data as units at p (no
 * surrogates among them).  Inlined with every argument but the pointers
 * and n constant, each loop is a plain copy that widens or swaps. */
static inline __attribute__((always_inline)) void put_chars(uint8_t *p, const void *data, int kind, ssize_t n,
                                                            int unit, bool big) {
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kind == 1 ? ((const uint8_t *)data)[i] : kind == 2 ? ((const uint16_t *)data)[i]
                                                                        : ((const uint32_t *)data)[i];
        if (unit == 2 && kind == 4 && c > 0xFFFF) {
            put_unit(p, 0xD800 | ((c - 0x10000) >> 10), 2, big);
            put_unit(p + 2, 0xDC00 | (c & 0x3FF), 2, big);
            p += 4;
        } else {
            put_unit(p, c, unit, big);
            p += unit;
        }
    }
}

/* The units of str in one pass when it holds no surrogate: NULL (and no
 * exception) when it does, for the general loop to handle. */
static inline __attribute__((always_inline)) Object *encode_clean_as(Object *str, int unit, int byteorder) {
    ssize_t n = STR_LEN(str), astral;
    int kind = STR_KIND(str);
    const void *data = STR_DATA(str);
    if (has_surrogate(data, kind, n, &astral)) return NULL;
    ssize_t head = byteorder == 0 ? unit : 0;
    ssize_t total = head + (n + (unit == 2 ? astral : 0)) * unit;
    Object *out = Bytes_From(NULL, total);
    if (!out) return NULL;
    uint8_t *p = (uint8_t *)BYTES_DATA(out);
    bool big = byteorder > 0;
    if (head) put_unit(p, 0xFEFF, unit, false);
    p += head;
    if (!big && kind == unit) memcpy(p, data, (size_t)(n * unit)); /* the string's own storage */
    else if (kind == 1) put_chars(p, data, 1, n, unit, big);
    else if (kind == 2) put_chars(p, data, 2, n, unit, big);
    else put_chars(p, data, 4, n, unit, big);
    return out;
}

/* Stores the characters of n valid units at p into d, a str's data of
 * kind `kind`; surrogate pairs (only in UTF-16, only when kind is 4)
 * join into one character. */
static inline __attribute__((always_inline)) void fill_chars(void *d, int kind, const uint8_t *p, ssize_t nunits,
                                                             int unit, bool big) {
    if (unit == 4 && kind == 4 && !big) {
        memcpy(d, p, (size_t)nunits * 4);
        return;
    }
    ssize_t o = 0;
    for (ssize_t i = 0; i < nunits; i++) {
        uint32_t c = get_unit(p + i * unit, unit, big);
        if (unit == 2 && kind == 4 && (c & 0xFC00) == 0xD800) {
            c = 0x10000 + ((c - 0xD800) << 10) + (get_unit(p + (i + 1) * unit, 2, big) - 0xDC00);
            i++;
        }
        if (kind == 1) ((uint8_t *)d)[o++] = (uint8_t)c;
        else if (kind == 2) ((uint16_t *)d)[o++] = (uint16_t)c;
        else ((uint32_t *)d)[o++] = c;
    }
}

/* Checks n units at p: -1 if any is invalid (a lone surrogate, beyond
 * U+10FFFF), else the number of characters, with *maxc a value whose
 * size class (below 128, 256, 0x10000 or not) is the largest one's. */
static inline __attribute__((always_inline)) ssize_t scan_units(const uint8_t *p, ssize_t nunits, int unit, bool big,
                                                                uint32_t *maxc) {
    uint32_t acc = 0;
    if (unit == 4) {
        unsigned bad = 0;
        for (ssize_t i = 0; i < nunits; i++) {
            uint32_t c = get_unit(p + i * 4, 4, big);
            acc |= c;
            bad |= (c - 0xD800u < 0x800u) | (c > 0x10FFFF);
        }
        if (bad) return -1;
        *maxc = acc > 0xFFFF ? 0x10000 : acc;
        return nunits;
    }
    /* UTF-16 is valid when each unit is a high surrogate exactly when the
     * next one is a low surrogate, and the first is no low one; checked
     * eight units a step, the pair counted by its high half. */
    ssize_t pairs = 0, i = 0;
    unsigned bad = nunits && (get_unit(p, 2, big) & 0xFC00) == 0xDC00;
    while (i + 9 <= nunits) {
        /* (a block of at most 8 * 0xFFFF units: a lane's count fits) */
        ssize_t stop = nunits - i - 1 < 8 * 0xFFFF ? nunits - 1 : i + 8 * 0xFFFF;
        U16x8 lanes_acc = {0}, lanes_bad = {0}, lanes_high = {0};
        for (; i + 8 <= stop; i += 8) {
            U16x8 a, b;
            memcpy(&a, p + i * 2, sizeof a);
            memcpy(&b, p + i * 2 + 2, sizeof b);
            if (big) {
                a = (U16x8)((a << 8) | (a >> 8));
                b = (U16x8)((b << 8) | (b >> 8));
            }
            U16x8 high = (U16x8)((a & 0xFC00) == 0xD800);
            lanes_acc |= a;
            lanes_bad |= high ^ (U16x8)((b & 0xFC00) == 0xDC00);
            lanes_high -= high; /* a true lane is all ones: -1 */
        }
        for (int k = 0; k < 8; k++) {
            acc |= lanes_acc[k];
            bad |= lanes_bad[k];
            pairs += lanes_high[k];
        }
    }
    for (; i < nunits; i++) {
        uint32_t c = get_unit(p + i * 2, 2, big);
        bool high = (c & 0xFC00) == 0xD800;
        bool low_next = i + 1 < nunits && (get_unit(p + i * 2 + 2, 2, big) & 0xFC00) == 0xDC00;
        acc |= c;
        bad |= high != low_next;
        pairs += high;
    }
    if (bad) return -1;
    *maxc = pairs ? 0x10000 : acc;
    return nunits - pairs;
}

/* n whole units at p decoded in two passes (check, then fill) when they
 * hold only valid characters; NULL (and no exception) otherwise. */
static inline __attribute__((always_inline)) Object *decode_clean_as(const uint8_t *p, ssize_t nunits, int unit,
                                                                       bool big) {
    uint32_t maxc;
    ssize_t nchars = scan_units(p, nunits, unit, big, &maxc);
    if (nchars < 0) return NULL;
    if (nchars == 1 && maxc < 256) return Str_FromChar(maxc);
    Object *r = Str_NewRaw(nchars, maxc);
    if (!r || !nchars) return r;
    void *d = STR_DATA(r);
    if (STR_KIND(r) == 1) fill_chars(d, 1, p, nunits, unit, big);
    else if (STR_KIND(r) == 2) fill_chars(d, 2, p, nunits, unit, big);
    else fill_chars(d, 4, p, nunits, unit, big);
    return r;
}

/* encode_clean_as and decode_clean_as made once per width and order. */
static Object *encode_clean(Object *str, int unit, int byteorder) {
    if (unit == 2) return byteorder > 0 ? encode_clean_as(str, 2, 1) : encode_clean_as(str, 2, byteorder);
    return byteorder > 0 ? encode_clean_as(str, 4, 1) : encode_clean_as(str, 4, byteorder);
}

static Object *decode_clean(const uint8_t *p, ssize_t nunits, int unit, bool big) {
    if (unit == 2) return big ? decode_clean_as(p, nunits, 2, true) : decode_clean_as(p, nunits, 2, false);
    return big ? decode_clean_as(p, nunits, 4, true) : decode_clean_as(p, nunits, 4, false);
}

Object *Codecs_UtfEncode(Object *str, int unit, int byteorder, const char *errors) {
    Object *clean = encode_clean(str, unit, byteorder);
    if (clean || Err_Occurred()) return clean;
    const char *name = codec_name(unit, byteorder);
    bool big = byteorder > 0;
    ssize_t n = STR_LEN(str);
    ByteBuf out = {0};
    /* room for every character as one unit (two for UTF-16 beyond the BMP) */
    size_t per = (size_t)unit * (unit == 2 && STR_KIND(str) == 4 ? 2 : 1);
    if (ByteBuf_Reserve(&out, (size_t)n * per + 4) < 0) return Err_NoMemory();
    if (byteorder == 0) {
        put_unit((uint8_t *)out.data, 0xFEFF, unit, false);
        out.len = (size_t)unit;
    }
    for (ssize_t i = 0; i < n;) {
        uint32_t c = STR_CHAR(str, i);
        if (c < 0xD800 || c > 0xDFFF) {
            if (ByteBuf_Reserve(&out, 2 * (size_t)unit) < 0) goto nomem;
            uint8_t *p = (uint8_t *)out.data + out.len;
            if (unit == 2 && c >= 0x10000) {
                put_unit(p, 0xD800 | ((c - 0x10000) >> 10), 2, big);
                put_unit(p + 2, 0xDC00 | (c & 0x3FF), 2, big);
                out.len += 4;
            } else {
                put_unit(p, c, unit, big);
                out.len += (size_t)unit;
            }
            i++;
            continue;
        }
        /* CPython reports surrogates one at a time here */
        ssize_t end = i + 1;
        if (errors && !strcmp(errors, "surrogatepass")) { /* the surrogate as the unit it is */
            if (ByteBuf_Reserve(&out, (size_t)unit) < 0) goto nomem;
            put_unit((uint8_t *)out.data + out.len, c, unit, big);
            out.len += (size_t)unit;
            i++;
            continue;
        }
        ssize_t next;
        Object *repl = CodecErr_Encode(errors, name, "surrogates not allowed", str, i, end, &next);
        if (!repl) goto fail;
        int rc = put_replacement(&out, repl, unit, big, name, str, i, end);
        DECREF(repl);
        if (rc < 0) goto fail;
        i = next;
    }
    if (out.data) out.data[out.len] = '\0';
    Object *r = Bytes_From(out.data, (ssize_t)out.len);
    ByteBuf_Free(&out);
    return r;
nomem:
    Err_NoMemory();
fail:
    ByteBuf_Free(&out);
    return NULL;
}

Object *Codecs_UtfDecode(const char *s, ssize_t len, int unit, int *byteorder, const char *errors, bool final,
                         ssize_t *consumed) {
    const uint8_t *u = (const uint8_t *)s;
    ssize_t i = 0;
    if (*byteorder == 0 && len >= unit) {
        uint32_t bom = get_unit(u, unit, false);
        if (bom == 0xFEFF) {
            *byteorder = -1;
            i = unit;
        } else if (bom == (unit == 2 ? 0xFFFEu : 0xFFFE0000u)) {
            *byteorder = 1;
            i = unit;
        }
    }
    bool big = *byteorder > 0;
    const char *name = codec_name(unit, big ? 1 : -1);
    /* whole units with nothing to complain about, the last one not a high
     * surrogate waiting for its partner, go the fast way */
    ssize_t whole = (len - i) / unit;
    if (whole && (final || unit == 4 || (get_unit(u + i + (whole - 1) * unit, unit, big) & 0xFC00) != 0xD800)) {
        Object *clean = decode_clean(u + i, whole, unit, big);
        if (clean) {
            *consumed = i + whole * unit;
            if (*consumed == len || !final) return clean;
            DECREF(clean); /* an odd byte at the end: the general loop reports it */
        } else if (Err_Occurred()) {
            return NULL;
        }
    }
    StrBuilder sb;
    SB_Init(&sb);
    Object *input = NULL; /* the bytes object of an exception, made when needed */
    while (i < len) {
        const char *reason;
        ssize_t bad_end;
        if (len - i < unit) {
            if (!final) break;
            reason = "truncated data";
            bad_end = len;
        } else {
            uint32_t c = get_unit(u + i, unit, big);
            if (unit == 4) {
                if (c < 0xD800 || (c > 0xDFFF && c < 0x110000)) {
                    if (SB_AppendChar(&sb, c) < 0) goto fail;
                    i += 4;
                    continue;
                }
                reason = c < 0x110000 ? "code point in surrogate code point range(0xd800, 0xe000)"
                                      : "code point not in range(0x110000)";
                bad_end = i + 4;
            } else if (c < 0xD800 || c > 0xDFFF) {
                if (SB_AppendChar(&sb, c) < 0) goto fail;
                i += 2;
                continue;
            } else if (c >= 0xDC00) {
                reason = "illegal encoding";
                bad_end = i + 2;
            } else if (len - i < 4) {
                if (!final) break;
                reason = "unexpected end of data";
                bad_end = len;
            } else {
                uint32_t d = get_unit(u + i + 2, 2, big);
                if (d >= 0xDC00 && d <= 0xDFFF) {
                    if (SB_AppendChar(&sb, 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00)) < 0) goto fail;
                    i += 4;
                    continue;
                }
                reason = "illegal UTF-16 surrogate";
                bad_end = i + 2;
            }
        }
        ssize_t next = CodecErr_Decode(errors, name, reason, s, len, &input, i, bad_end, &sb);
        if (next < 0) goto fail;
        i = next;
    }
    XDECREF(input);
    *consumed = i;
    return SB_Finish(&sb);
fail:
    XDECREF(input);
    SB_Discard(&sb);
    return NULL;
}

/* ---- the _codecs functions ------------------------------------------------------------ */

static int int_arg(Object *const *args, size_t nargs, size_t i, int *v) {
    if (i >= nargs || !args[i]) return 0;
    Object *o = Obj_Index(args[i]);
    if (!o) return -1;
    ssize_t n = Int_AsSsize(o);
    DECREF(o);
    if (n == -1 && Err_Occurred()) return -1;
    if (n > INT32_MAX || n < INT32_MIN) {
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *v = (int)n;
    return 0;
}

static Object *utf_encode(const char *fn, int unit, int byteorder, bool byteorder_arg, Object *const *args,
                          size_t nargs) {
    const char *errors;
    if (!Codecs_StrArg(fn, args, nargs, 0) || Codecs_ErrorsArg(fn, args, nargs, 1, &errors) < 0) return NULL;
    if (byteorder_arg && int_arg(args, nargs, 2, &byteorder) < 0) return NULL;
    int bo = byteorder < 0 ? -1 : byteorder > 0 ? 1 : 0;
    return Codecs_Pair(Codecs_UtfEncode(args[0], unit, bo, errors), STR_LEN(args[0]));
}

/* utf_NN[_le|_be]_decode and, with ex, utf_NN_ex_decode (which takes a
 * byte order and returns it as a third item). */
static Object *utf_decode(const char *fn, int unit, int byteorder, bool ex, Object *const *args, size_t nargs) {
    const char *errors;
    bool final = false;
    const uint8_t *p;
    ssize_t n;
    BufferView hold = {0};
    if (Buffer_PeekArgHeld(args[0], &p, &n, &hold) < 0) return NULL;
    Object *r = NULL;
    size_t final_at = ex ? 3 : 2;
    if (Codecs_ErrorsArg(fn, args, nargs, 1, &errors) < 0 || (ex && int_arg(args, nargs, 2, &byteorder) < 0) ||
        Codecs_FlagArg(args, nargs, final_at, &final) < 0)
        goto done;
    int bo = byteorder < 0 ? -1 : byteorder > 0 ? 1 : 0;
    ssize_t used = 0;
    Object *text = Codecs_UtfDecode((const char *)p, n, unit, &bo, errors, final, &used);
    if (!text) goto done;
    if (!ex) {
        r = Codecs_Pair(text, used);
        goto done;
    }
    Object *a = Int_FromI64(used), *b = Int_FromI64(bo);
    r = a && b ? Tuple_Pack(3, text, a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    DECREF(text);
done:
    Buffer_Release(&hold);
    return r;
}

#define UTF_FUNCS(bits, unit)                                                                                     \
    static Object *cx_utf_##bits##_encode(Object *m, Object *const *a, size_t n, Object *kw) {                    \
        return utf_encode("utf_" #bits "_encode", unit, 0, true, a, n);                                           \
    }                                                                                                             \
    static Object *cx_utf_##bits##_le_encode(Object *m, Object *const *a, size_t n, Object *kw) {                 \
        return utf_encode("utf_" #bits "_le_encode", unit, -1, false, a, n);                                      \
    }                                                                                                             \
    static Object *cx_utf_##bits##_be_encode(Object *m, Object *const *a, size_t n, Object *kw) {                 \
        return utf_encode("utf_" #bits "_be_encode", unit, 1, false, a, n);                                       \
    }                                                                                                             \
    static Object *cx_utf_##bits##_decode(Object *m, Object *const *a, size_t n, Object *kw) {                    \
        return utf_decode("utf_" #bits "_decode", unit, 0, false, a, n);                                          \
    }                                                                                                             \
    static Object *cx_utf_##bits##_le_decode(Object *m, Object *const *a, size_t n, Object *kw) {                 \
        return utf_decode("utf_" #bits "_le_decode", unit, -1, false, a, n);                                      \
    }                                                                                                             \
    static Object *cx_utf_##bits##_be_decode(Object *m, Object *const *a, size_t n, Object *kw) {                 \
        return utf_decode("utf_" #bits "_be_decode", unit, 1, false, a, n);                                       \
    }                                                                                                             \
    static Object *cx_utf_##bits##_ex_decode(Object *m, Object *const *a, size_t n, Object *kw) {                 \
        return utf_decode("utf_" #bits "_ex_decode", unit, 0, true, a, n);                                        \
    }
UTF_FUNCS(16, 2)
UTF_FUNCS(32, 4)

#define DEC ARGS("($module, data, errors=None, final=False, /)", NULL)
#define ENC ARGS("($module, str, errors=None, /)", NULL)
#define ENC_BO ARGS("($module, str, errors=None, byteorder=0, /)", NULL)
#define DEC_EX ARGS("($module, data, errors=None, byteorder=0, final=False,\n                 /)", NULL)
const MethodDef Codecs_UtfFunctions[] = {
    {"utf_16_encode", cx_utf_16_encode, 0, ENC_BO},       {"utf_16_le_encode", cx_utf_16_le_encode, 0, ENC},
    {"utf_16_be_encode", cx_utf_16_be_encode, 0, ENC},    {"utf_16_decode", cx_utf_16_decode, 0, DEC},
    {"utf_16_le_decode", cx_utf_16_le_decode, 0, DEC},    {"utf_16_be_decode", cx_utf_16_be_decode, 0, DEC},
    {"utf_16_ex_decode", cx_utf_16_ex_decode, 0, DEC_EX}, {"utf_32_encode", cx_utf_32_encode, 0, ENC_BO},
    {"utf_32_le_encode", cx_utf_32_le_encode, 0, ENC},    {"utf_32_be_encode", cx_utf_32_be_encode, 0, ENC},
    {"utf_32_decode", cx_utf_32_decode, 0, DEC},          {"utf_32_le_decode", cx_utf_32_le_decode, 0, DEC},
    {"utf_32_be_decode", cx_utf_32_be_decode, 0, DEC},    {"utf_32_ex_decode", cx_utf_32_ex_decode, 0, DEC_EX},
    {NULL},
};
