/* UTF-7 (RFC 2152) as CPython writes and reads it.
 *
 * Printable ASCII other than '+', '\\' and '~', and space, tab, CR and
 * LF are written as themselves; everything else goes into a shift
 * sequence: '+', then the UTF-16 units in modified base64, closed by '-'
 * when what follows could be read as base64 (or at the end), "+-" for '+'.
 * A decoder that is not final keeps an unclosed shift sequence whole for
 * its next call. */
#include "modules/_codecs.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/codec_err.h"
#include "runtime/err.h"

static const char b64_chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(uint8_t c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

/* Written as itself outside a shift sequence. */
static bool direct(uint32_t c) {
    if (c == '\t' || c == '\n' || c == '\r') return true;
    return c >= ' ' && c < 0x7F && c != '+' && c != '\\' && c != '~';
}

/* ---- encoding ------------------------------------------------------------------------ */

typedef struct Bits {
    uint32_t acc; /* pending bits, the oldest highest */
    int count;
} Bits;

static int push_unit(ByteBuf *out, Bits *b, uint32_t unit) {
    b->acc = (b->acc << 16) | unit;
    b->count += 16;
    while (b->count >= 6) {
        b->count -= 6;
        if (ByteBuf_AddByte(out, (uint8_t)b64_chars[(b->acc >> b->count) & 0x3F]) < 0) return -1;
    }
    b->acc &= (1u << b->count) - 1;
    return 0;
}

static Object *utf7_encode(Object *str) {
    ByteBuf out = {0};
    Bits bits = {0, 0};
    bool shifted = false;
    ssize_t n = STR_LEN(str);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_CHAR(str, i);
        int rc = 0;
        if (direct(c)) {
            if (shifted) { /* flush the last bits, then close if c would be misread */
                if (bits.count) rc = ByteBuf_AddByte(&out, (uint8_t)b64_chars[(bits.acc << (6 - bits.count)) & 0x3F]);
                bits.acc = 0;
                bits.count = 0;
                if (rc == 0 && (b64_value((uint8_t)c) >= 0 || c == '-')) rc = ByteBuf_AddByte(&out, '-');
                shifted = false;
            }
            if (rc == 0) rc = ByteBuf_AddByte(&out, (uint8_t)c);
        } else if (c == '+' && !shifted) {
            rc = ByteBuf_Add(&out, "+-", 2);
        } else {
            if (!shifted) {
                rc = ByteBuf_AddByte(&out, '+');
                shifted = true;
            }
            if (rc == 0 && c >= 0x10000) {
                rc = push_unit(&out, &bits, 0xD800 | ((c - 0x10000) >> 10));
                if (rc == 0) rc = push_unit(&out, &bits, 0xDC00 | (c & 0x3FF));
            } else if (rc == 0) {
                rc = push_unit(&out, &bits, c);
            }
        }
        if (rc < 0) goto nomem;
    }
    if (shifted) {
        if (bits.count && ByteBuf_AddByte(&out, (uint8_t)b64_chars[(bits.acc << (6 - bits.count)) & 0x3F]) < 0)
            goto nomem;
        if (ByteBuf_AddByte(&out, '-') < 0) goto nomem;
    }
    Object *r = Bytes_From(out.data, (ssize_t)out.len);
    ByteBuf_Free(&out);
    return r;
nomem:
    ByteBuf_Free(&out);
    return Err_NoMemory();
}

/* ---- decoding -------------------------------------------------------------------------- */

/* Appends a UTF-16 unit, pairing a high surrogate kept in *high with the
 * low one that follows it. */
static int add_unit(StrBuilder *sb, uint32_t unit, uint32_t *high) {
    if (*high) {
        uint32_t h = *high;
        *high = 0;
        if (unit >= 0xDC00 && unit <= 0xDFFF) return SB_AppendChar(sb, 0x10000 + ((h - 0xD800) << 10) + (unit - 0xDC00));
        if (SB_AppendChar(sb, h) < 0) return -1;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        *high = unit;
        return 0;
    }
    return SB_AppendChar(sb, unit);
}

/* A high surrogate left alone at the end of a shift sequence stays. */
static int flush_high(StrBuilder *sb, uint32_t *high) {
    uint32_t h = *high;
    *high = 0;
    return h ? SB_AppendChar(sb, h) : 0;
}

static Object *utf7_decode(const uint8_t *s, ssize_t len, const char *errors, bool final, ssize_t *consumed) {
    StrBuilder sb;
    SB_Init(&sb);
    Object *input = NULL;
    ssize_t i = 0;
    ssize_t shift_start = -1; /* where the open shift sequence began */
    ssize_t out_at_shift = 0; /* the output's length when it began */
    Bits bits = {0, 0};
    uint32_t high = 0;
    while (i < len) {
        uint8_t c = s[i];
        const char *reason = NULL;
        ssize_t bad_start = i, bad_end = i + 1;
        if (shift_start >= 0) {
            int v = b64_value(c);
            if (v >= 0) {
                bits.acc = (bits.acc << 6) | (uint32_t)v;
                bits.count += 6;
                if (bits.count >= 16) {
                    bits.count -= 16;
                    if (add_unit(&sb, (bits.acc >> bits.count) & 0xFFFF, &high) < 0) goto fail;
                    bits.acc &= (1u << bits.count) - 1;
                }
                i++;
                continue;
            }
            /* the sequence ends here: at most 5 zero bits may be left */
            bool partial = bits.count >= 6, dirty = !partial && bits.acc != 0;
            if (flush_high(&sb, &high) < 0) goto fail;
            ssize_t begun = shift_start;
            shift_start = -1;
            bits.acc = 0;
            bits.count = 0;
            if (!partial && !dirty) {
                if (c == '-') i++;
                continue;
            }
            reason = partial ? "partial character in shift sequence" : "non-zero padding bits in shift sequence";
            bad_start = begun;
            bad_end = i + 1;
        } else if (c == '+') {
            if (i + 1 < len && s[i + 1] == '-') {
                if (SB_AppendChar(&sb, '+') < 0) goto fail;
                i += 2;
                continue;
            }
            if (i + 1 < len && b64_value(s[i + 1]) < 0) {
                reason = "ill-formed sequence";
                bad_end = i + 2;
            } else {
                shift_start = i;
                out_at_shift = sb.len;
                i++;
                continue;
            }
        } else if (c < 0x80) {
            if (SB_AppendChar(&sb, c) < 0) goto fail;
            i++;
            continue;
        } else {
            reason = "unexpected special character";
        }
        if ((i = CodecErr_Decode(errors, "utf7", reason, (const char *)s, len, &input, bad_start, bad_end, &sb)) < 0)
            goto fail;
    }
    if (shift_start >= 0) {
        if (!final) { /* the whole open sequence waits for more input */
            XDECREF(input);
            *consumed = shift_start;
            Object *full = SB_Finish(&sb);
            if (!full) return NULL;
            Object *cut = Str_FromKindData(STR_KIND(full), STR_DATA(full), out_at_shift);
            DECREF(full);
            return cut;
        } else {
            if (flush_high(&sb, &high) < 0) goto fail;
            if (bits.count >= 6 || bits.acc) {
                i = CodecErr_Decode(errors, "utf7", "unterminated shift sequence", (const char *)s, len, &input,
                                    shift_start, len, &sb);
                if (i < 0) goto fail;
            }
        }
    }
    XDECREF(input);
    *consumed = i;
    return SB_Finish(&sb);
fail:
    XDECREF(input);
    SB_Discard(&sb);
    return NULL;
}

static Object *cx_utf_7_encode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    const char *errors;
    if (!Codecs_StrArg("utf_7_encode", args, nargs, 0) || Codecs_ErrorsArg("utf_7_encode", args, nargs, 1, &errors) < 0)
        return NULL;
    return Codecs_Pair(utf7_encode(args[0]), STR_LEN(args[0]));
}

static Object *cx_utf_7_decode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    const char *errors;
    bool final = false;
    const uint8_t *p;
    ssize_t n;
    BufferView hold = {0};
    if (Buffer_PeekArgHeld(args[0], &p, &n, &hold) < 0) return NULL;
    Object *r = NULL;
    if (Codecs_ErrorsArg("utf_7_decode", args, nargs, 1, &errors) == 0 && Codecs_FlagArg(args, nargs, 2, &final) == 0) {
        ssize_t used = 0;
        Object *text = utf7_decode(p, n, errors, final, &used);
        r = text ? Codecs_Pair(text, used) : NULL;
    }
    Buffer_Release(&hold);
    return r;
}

const MethodDef Codecs_Utf7Functions[] = {
    {"utf_7_encode", cx_utf_7_encode, 0, ARGS("($module, str, errors=None, /)", NULL)},
    {"utf_7_decode", cx_utf_7_decode, 0, ARGS("($module, data, errors=None, final=False, /)", NULL)},
    {NULL},
};
