/* The escape codecs: unicode_escape (Python's string literal escapes),
 * raw_unicode_escape (only \uXXXX and \UXXXXXXXX) and escape_encode /
 * escape_decode (bytes literal escapes, bytes to bytes).
 *
 * Decoders keep an escape cut by the end of the input for the next call
 * unless final; a malformed escape is handed to the error handler with
 * the range from its backslash to the first byte that does not fit. */
#include "abstract.h"
#include "modules/_codecs.h"
#include "modules/_warnings.h"
#include "modules/unicodedata.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/codec_err.h"
#include "runtime/err.h"
#include <stdio.h>

static int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Reads up to `digits` hex digits at s[i..len): *value and how many were
 * read (fewer when a non-digit or the end came first). */
static ssize_t read_hex(const uint8_t *s, ssize_t i, ssize_t len, int digits, uint32_t *value) {
    uint32_t v = 0;
    ssize_t k = 0;
    for (; k < digits && i + k < len; k++) {
        int d = hex_value(s[i + k]);
        if (d < 0) break;
        v = v * 16 + (uint32_t)d;
    }
    *value = v;
    return k;
}

/* The warning of an escape Python no longer accepts: prefix "" or "b";
 * esc is what follows the backslash (n bytes; a byte past ASCII shows as
 * its Latin-1 character). */
static int warn_escape(const char *prefix, const uint8_t *esc, ssize_t n, bool octal) {
    const char *tail = "is an invalid %sescape sequence. Such sequences will not work in the future. ";
    char digits[8];
    int m = (int)(n < 4 ? n : 4);
    memcpy(digits, esc, (size_t)m);
    digits[m] = '\0';
    Object *text = n == 1 ? Str_FromFormat("%s\"\\%c\" ", prefix, (int)esc[0])
                          : Str_FromFormat("%s\"\\%s\" ", prefix, digits);
    Object *rest = text ? Str_FromFormat(tail, octal ? "octal " : "") : NULL;
    Object *msg = rest ? Str_FromFormat("%U%U", text, rest) : NULL;
    XDECREF(text);
    XDECREF(rest);
    if (!msg) return -1;
    int rc = Warn_EmitStr(Exc_DeprecationWarning, msg, 1);
    DECREF(msg);
    return rc;
}

/* ---- unicode_escape and raw_unicode_escape: decoding ------------------------------------- */

/* One simple escape character's value, or -1. */
static int simple_escape(uint8_t c) {
    switch (c) {
    case '\n': return -2; /* a line continuation: nothing */
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return 7;
    case 'b': return 8;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    default: return -1;
    }
}

/* \N{NAME} at s[i] (i after the N): the character, or 0 when the name
 * is unknown; *end past the '}' (-1: malformed, -2: cut off). */
static uint32_t named_escape(const uint8_t *s, ssize_t i, ssize_t len, ssize_t *end) {
    if (i >= len) {
        *end = -2;
        return 0;
    }
    if (s[i] != '{') {
        *end = -1;
        return 0;
    }
    ssize_t close = i + 1;
    while (close < len && s[close] != '}') close++;
    if (close >= len) {
        *end = -2;
        return 0;
    }
    if (close == i + 1) {
        *end = -1;
        return 0;
    }
    *end = close + 1;
    Object *ch = Ucd_LookupName((const char *)s + i + 1, (size_t)(close - i - 1), true);
    if (!ch) {
        Err_Clear();
        return 0;
    }
    uint32_t c = STR_LEN(ch) == 1 ? STR_CHAR(ch, 0) : 0;
    DECREF(ch);
    return c;
}

/* The unicode_escape decoder (raw: raw_unicode_escape). */
static Object *escape_decode_text(const uint8_t *s, ssize_t len, const char *errors, bool final, bool raw,
                                  ssize_t *consumed) {
    const char *name = raw ? "rawunicodeescape" : "unicodeescape";
    StrBuilder sb;
    SB_Init(&sb);
    Object *input = NULL;
    const uint8_t *odd = NULL; /* the first escape Python no longer accepts: warned about at the end */
    ssize_t odd_len = 0;
    ssize_t i = 0;
    while (i < len) {
        if (s[i] != '\\') {
            if (SB_AppendChar(&sb, s[i++]) < 0) goto fail;
            continue;
        }
        const char *reason = NULL;
        ssize_t bad_end = len;
        ssize_t start = i;
        if (raw) {
            /* a backslash escapes only when an even run of them precedes it */
            ssize_t run = 0;
            while (i + run < len && s[i + run] == '\\') run++;
            ssize_t esc = i + run - 1; /* the last backslash of the run */
            if (SB_AppendFill(&sb, '\\', run - 1) < 0) goto fail;
            i = esc;
            start = esc;
            if (run % 2 == 0 || esc + 1 >= len || (s[esc + 1] != 'u' && s[esc + 1] != 'U')) {
                if (run % 2 == 1 && esc + 1 >= len && !final) break;
                if (SB_AppendChar(&sb, '\\') < 0) goto fail;
                i = esc + 1;
                continue;
            }
        }
        if (i + 1 >= len) {
            if (!final) break;
            reason = "\\ at end of string";
            bad_end = len;
            goto handle;
        }
        uint8_t kind = s[i + 1];
        if (!raw) {
            int simple = simple_escape(kind);
            if (simple != -1) {
                if (simple >= 0 && SB_AppendChar(&sb, (uint32_t)simple) < 0) goto fail;
                i += 2;
                continue;
            }
            if (kind >= '0' && kind <= '7') {
                uint32_t v = 0;
                ssize_t k = i + 1;
                for (; k < len && k < i + 4 && s[k] >= '0' && s[k] <= '7'; k++) v = v * 8 + (uint32_t)(s[k] - '0');
                if (v > 0377 && !odd) {
                    odd = s + i + 1;
                    odd_len = k - i - 1;
                }
                if (SB_AppendChar(&sb, v) < 0) goto fail;
                i = k;
                continue;
            }
            if (kind == 'N') {
                ssize_t end;
                uint32_t c = named_escape(s, i + 2, len, &end);
                if (end == -2 && !final) break;
                if (end > 0 && c) {
                    if (SB_AppendChar(&sb, c) < 0) goto fail;
                    i = end;
                    continue;
                }
                reason = end > 0 ? "unknown Unicode character name" : "malformed \\N character escape";
                bad_end = end > 0 ? end : end == -2 ? len : i + 2;
                goto handle;
            }
        }
        int digits = kind == 'x' && !raw ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
        if (!digits) { /* not an escape: kept as it is, with a warning */
            if (!odd) {
                odd = s + i + 1;
                odd_len = 1;
            }
            if (SB_AppendChar(&sb, '\\') < 0) goto fail;
            i++;
            continue;
        }
        uint32_t v;
        ssize_t got = read_hex(s, i + 2, len, digits, &v);
        if (got < digits) {
            if (i + 2 + got >= len && !final) break;
            reason = digits == 2 ? "truncated \\xXX escape"
                   : digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
            bad_end = i + 2 + got;
            goto handle;
        }
        if (v > 0x10FFFF) {
            reason = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
            bad_end = i + 2 + digits;
            goto handle;
        }
        if (SB_AppendChar(&sb, v) < 0) goto fail;
        i += 2 + digits;
        continue;
    handle:
        i = CodecErr_Decode(errors, name, reason, (const char *)s, len, &input, start, bad_end, &sb);
        if (i < 0) goto fail;
    }
    XDECREF(input);
    if (odd && warn_escape("", odd, odd_len, odd_len > 1 || (*odd >= '0' && *odd <= '7')) < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    *consumed = i;
    return SB_Finish(&sb);
fail:
    XDECREF(input);
    SB_Discard(&sb);
    return NULL;
}

static Object *escape_text_decoder(const char *fn, bool raw, Object *const *args, size_t nargs) {
    const char *errors;
    bool final = true;
    const uint8_t *p;
    ssize_t n;
    BufferView hold = {0};
    if (Str_Check(args[0])) {
        if (!(p = (const uint8_t *)Str_AsUTF8(args[0], &n))) return NULL;
    } else if (Buffer_PeekArgHeld(args[0], &p, &n, &hold) < 0) {
        return NULL;
    }
    Object *r = NULL;
    if (Codecs_ErrorsArg(fn, args, nargs, 1, &errors) == 0 && Codecs_FlagArg(args, nargs, 2, &final) == 0) {
        ssize_t used = 0;
        Object *text = escape_decode_text(p, n, errors, final, raw, &used);
        r = text ? Codecs_Pair(text, used) : NULL;
    }
    Buffer_Release(&hold);
    return r;
}

static Object *cx_unicode_escape_decode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return escape_text_decoder("unicode_escape_decode", false, args, nargs);
}

static Object *cx_raw_unicode_escape_decode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return escape_text_decoder("raw_unicode_escape_decode", true, args, nargs);
}

/* ---- unicode_escape and raw_unicode_escape: encoding -------------------------------------- */

static int add_code_escape(ByteBuf *out, uint32_t c) {
    char buf[16];
    int n = c < 0x100 ? snprintf(buf, sizeof buf, "\\x%02x", c)
          : c < 0x10000 ? snprintf(buf, sizeof buf, "\\u%04x", c) : snprintf(buf, sizeof buf, "\\U%08x", c);
    return ByteBuf_Add(out, buf, (size_t)n);
}

static Object *escape_encode_text(Object *str, bool raw) {
    ByteBuf out = {0};
    for (ssize_t i = 0; i < STR_LEN(str); i++) {
        uint32_t c = STR_CHAR(str, i);
        int rc;
        if (raw) rc = c < 0x100 ? ByteBuf_AddByte(&out, (uint8_t)c) : add_code_escape(&out, c);
        else if (c == '\\') rc = ByteBuf_Add(&out, "\\\\", 2);
        else if (c == '\t') rc = ByteBuf_Add(&out, "\\t", 2);
        else if (c == '\n') rc = ByteBuf_Add(&out, "\\n", 2);
        else if (c == '\r') rc = ByteBuf_Add(&out, "\\r", 2);
        else if (c >= 0x20 && c < 0x7F) rc = ByteBuf_AddByte(&out, (uint8_t)c);
        else rc = add_code_escape(&out, c);
        if (rc < 0) {
            ByteBuf_Free(&out);
            return Err_NoMemory();
        }
    }
    Object *r = Bytes_From(out.data, (ssize_t)out.len);
    ByteBuf_Free(&out);
    return r;
}

static Object *escape_text_encoder(const char *fn, bool raw, Object *const *args, size_t nargs) {
    const char *errors;
    if (!Codecs_StrArg(fn, args, nargs, 0) || Codecs_ErrorsArg(fn, args, nargs, 1, &errors) < 0) return NULL;
    return Codecs_Pair(escape_encode_text(args[0], raw), STR_LEN(args[0]));
}

static Object *cx_unicode_escape_encode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return escape_text_encoder("unicode_escape_encode", false, args, nargs);
}

static Object *cx_raw_unicode_escape_encode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return escape_text_encoder("raw_unicode_escape_encode", true, args, nargs);
}

/* ---- escape_encode / escape_decode: bytes literals ----------------------------------------- */

static Object *cx_escape_encode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    const char *errors;
    if (!Bytes_Check(args[0])) {
        Err_Format(Exc_TypeError, "escape_encode() argument 1 must be bytes, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    if (Codecs_ErrorsArg("escape_encode", args, nargs, 1, &errors) < 0) return NULL;
    const uint8_t *s = (const uint8_t *)BYTES_DATA(args[0]);
    ssize_t n = BYTES_LEN(args[0]);
    ByteBuf out = {0};
    int rc = 0;
    for (ssize_t i = 0; i < n && rc == 0; i++) {
        uint8_t c = s[i];
        char buf[8];
        if (c == '\\' || c == '\'') rc = ByteBuf_Add(&out, c == '\\' ? "\\\\" : "\\'", 2);
        else if (c == '\t') rc = ByteBuf_Add(&out, "\\t", 2);
        else if (c == '\n') rc = ByteBuf_Add(&out, "\\n", 2);
        else if (c == '\r') rc = ByteBuf_Add(&out, "\\r", 2);
        else if (c >= 0x20 && c < 0x7F) rc = ByteBuf_AddByte(&out, c);
        else rc = ByteBuf_Add(&out, buf, (size_t)snprintf(buf, sizeof buf, "\\x%02x", c));
    }
    if (rc < 0) {
        ByteBuf_Free(&out);
        return Err_NoMemory();
    }
    Object *r = Codecs_Pair(Bytes_From(out.data, (ssize_t)out.len), n);
    ByteBuf_Free(&out);
    return r;
}

static Object *bytes_unescape(const uint8_t *s, ssize_t n, const char *errors) {
    ByteBuf out = {0};
    const uint8_t *odd = NULL; /* the first escape Python no longer accepts: warned about at the end */
    ssize_t odd_len = 0;
    for (ssize_t i = 0; i < n;) {
        uint8_t c = s[i];
        if (c != '\\') {
            if (ByteBuf_AddByte(&out, c) < 0) goto nomem;
            i++;
            continue;
        }
        if (i + 1 >= n) {
            Err_SetString(Exc_ValueError, "Trailing \\ in string");
            goto fail;
        }
        uint8_t kind = s[i + 1];
        int simple = simple_escape(kind);
        if (simple != -1) {
            if (simple >= 0 && ByteBuf_AddByte(&out, (uint8_t)simple) < 0) goto nomem;
            i += 2;
            continue;
        }
        if (kind >= '0' && kind <= '7') {
            uint32_t v = 0;
            ssize_t k = i + 1;
            for (; k < n && k < i + 4 && s[k] >= '0' && s[k] <= '7'; k++) v = v * 8 + (uint32_t)(s[k] - '0');
            if (v > 0377 && !odd) {
                odd = s + i + 1;
                odd_len = k - i - 1;
            }
            if (ByteBuf_AddByte(&out, (uint8_t)v) < 0) goto nomem;
            i = k;
            continue;
        }
        if (kind == 'x') {
            uint32_t v;
            ssize_t got = read_hex(s, i + 2, n, 2, &v);
            if (got == 2) {
                if (ByteBuf_AddByte(&out, (uint8_t)v) < 0) goto nomem;
                i += 4;
                continue;
            }
            if (!errors || !strcmp(errors, "strict")) {
                Err_Format(Exc_ValueError, "invalid \\x escape at position %zd", i);
                goto fail;
            }
            if (!strcmp(errors, "replace")) {
                if (ByteBuf_AddByte(&out, '?') < 0) goto nomem;
            } else if (strcmp(errors, "ignore")) {
                Err_Format(Exc_ValueError, "decoding error; unknown error handling code: %s", errors);
                goto fail;
            }
            i += 2 + got; /* the one digit there was goes too */
            continue;
        }
        if (!odd) {
            odd = s + i + 1;
            odd_len = 1;
        }
        if (ByteBuf_AddByte(&out, '\\') < 0) goto nomem;
        i++;
    }
    if (odd && warn_escape("b", odd, odd_len, odd_len > 1 || (*odd >= '0' && *odd <= '7')) < 0) goto fail;
    Object *r = Bytes_From(out.data, (ssize_t)out.len);
    ByteBuf_Free(&out);
    return r;
nomem:
    Err_NoMemory();
fail:
    ByteBuf_Free(&out);
    return NULL;
}

static Object *cx_escape_decode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    const char *errors;
    const uint8_t *p;
    ssize_t n;
    BufferView hold = {0};
    if (Str_Check(args[0])) {
        if (!(p = (const uint8_t *)Str_AsUTF8(args[0], &n))) return NULL;
    } else if (Buffer_PeekArgHeld(args[0], &p, &n, &hold) < 0) {
        return NULL;
    }
    Object *r = NULL;
    if (Codecs_ErrorsArg("escape_decode", args, nargs, 1, &errors) == 0)
        r = Codecs_Pair(bytes_unescape(p, n, errors), n);
    Buffer_Release(&hold);
    return r;
}

const MethodDef Codecs_EscapeFunctions[] = {
    {"unicode_escape_decode", cx_unicode_escape_decode, 0,
     ARGS("($module, data, errors=None, final=True, /)", NULL)},
    {"unicode_escape_encode", cx_unicode_escape_encode, 0, ARGS("($module, str, errors=None, /)", NULL)},
    {"raw_unicode_escape_decode", cx_raw_unicode_escape_decode, 0,
     ARGS("($module, data, errors=None, final=True, /)", NULL)},
    {"raw_unicode_escape_encode", cx_raw_unicode_escape_encode, 0, ARGS("($module, str, errors=None, /)", NULL)},
    {"escape_decode", cx_escape_decode, 0, ARGS("($module, data, errors=None, /)", NULL)},
    {"escape_encode", cx_escape_encode, 0, ARGS("($module, data, errors=None, /)", NULL)},
    {NULL},
};
