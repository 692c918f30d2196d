/* The binascii module: hexadecimal, base64, uuencode and CRCs here; the
 * quoted-printable codec is in binascii_qp.c.
 *
 * The a2b_* functions read bytes-like objects or ASCII str, the b2a_*
 * functions only bytes-like objects (Binascii_WithData).  Results
 * are built in a ByteBuf and copied into a bytes object at the end. */
#include "modules/binascii.h"
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
#include "runtime/err.h"
#include <stdio.h>
#include <zlib.h>

/* ---- shared helpers --------------------------------------------------------------- */

Object *Binascii_Raise(Object *module, const char *name, const char *msg) {
    Object *cls = Dict_GetStr(MODULE_DICT(module), name);
    Err_SetString(cls && Type_Check(cls) ? (Type *)cls : Exc_ValueError, msg);
    return NULL;
}

Object *Binascii_WithData(Object *m, Object *const *args, size_t nargs, bool ascii_ok, BinBody body) {
    Object *o = args[0];
    BufferView view;
    if (ascii_ok && Str_Check(o)) { /* a str cannot change under us: no export */
        if (!((Str *)o)->ascii) {
            Err_SetString(Exc_ValueError, "string argument should contain only ASCII characters");
            return NULL;
        }
        return body(m, args, nargs, (const uint8_t *)STR_DATA(o), STR_LEN(o));
    }
    if (ascii_ok && !Buffer_Check(o)) {
        Err_Format(Exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", TYPE_NAME(o));
        return NULL;
    }
    if (Buffer_Get(o, &view, BUFFER_SIMPLE) < 0) return NULL;
    Object *r = body(m, args, nargs, (const uint8_t *)view.buf, view.len);
    Buffer_Release(&view);
    return r;
}

Object *Binascii_Finish(ByteBuf *b) {
    if (b->failed) {
        ByteBuf_Free(b);
        return Err_NoMemory();
    }
    Object *r = Bytes_From(b->data, (ssize_t)b->len);
    ByteBuf_Free(b);
    return r;
}

/* An optional keyword flag (NULL: false). */
static int flag_arg(Object *o) {
    return o ? Obj_IsTrue(o) : 0;
}

/* ---- hexadecimal ------------------------------------------------------------------ */

static const char hex_digits[] = "0123456789abcdef";

/* The separator of hexlify: 0 (none) or its byte in *sep; -1 on error. */
static int hex_separator(Object *o, uint8_t *sep) {
    ssize_t n = Obj_Len(o);
    if (n < 0) return -1;
    if (!Str_Check(o) && !Bytes_Check(o)) {
        Err_SetString(Exc_TypeError, "sep must be str or bytes.");
        return -1;
    }
    if (n != 1) {
        Err_SetString(Exc_ValueError, "sep must be length 1.");
        return -1;
    }
    uint32_t c = Str_Check(o) ? STR_CHAR(o, 0) : BYTES_DATA(o)[0];
    if (c > 255) {
        Err_SetString(Exc_ValueError, "sep must be ASCII.");
        return -1;
    }
    *sep = (uint8_t)c;
    return 1;
}

/* args: data, sep, bytes_per_sep. */
static Object *ba_hexlify_body(Object *m, Object *const *args, size_t nargs, const uint8_t *p, ssize_t n) {
    uint8_t sep = 0;
    int group = 1, has_sep = 0;
    if (args[1] && (has_sep = hex_separator(args[1], &sep)) < 0) return NULL;
    if (args[2] && Arg_AsCInt(args[2], &group) < 0) return NULL;
    /* a group of |group| bytes between separators, counted from the right
     * when group > 0, from the left when it is negative */
    size_t width = group < 0 ? -(size_t)group : (size_t)group;
    if (!has_sep || width == 0 || width >= (size_t)n) has_sep = 0;
    ByteBuf b = {0};
    ByteBuf_Reserve(&b, (size_t)n * 3);
    for (ssize_t i = 0; i < n; i++) {
        size_t before = group > 0 ? (size_t)(n - i) : (size_t)i; /* bytes on the counted side */
        if (has_sep && i > 0 && before % width == 0) ByteBuf_AddByte(&b, sep);
        ByteBuf_AddByte(&b, (uint8_t)hex_digits[p[i] >> 4]);
        ByteBuf_AddByte(&b, (uint8_t)hex_digits[p[i] & 15]);
    }
    return Binascii_Finish(&b);
}

static Object *ba_hexlify(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return Binascii_WithData(m, args, nargs, false, ba_hexlify_body);
}

static int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Object *ba_unhexlify_body(Object *m, Object *const *args, size_t nargs, const uint8_t *p, ssize_t n) {
    if (n % 2) return Binascii_Raise(m, "Error", "Odd-length string");
    ByteBuf b = {0};
    ByteBuf_Reserve(&b, (size_t)n / 2);
    for (ssize_t i = 0; i < n; i += 2) {
        int hi = hex_value(p[i]), lo = hex_value(p[i + 1]);
        if (hi < 0 || lo < 0) {
            ByteBuf_Free(&b);
            return Binascii_Raise(m, "Error", "Non-hexadecimal digit found");
        }
        ByteBuf_AddByte(&b, (uint8_t)(hi << 4 | lo));
    }
    return Binascii_Finish(&b);
}

static Object *ba_unhexlify(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return Binascii_WithData(m, args, nargs, true, ba_unhexlify_body);
}

/* ---- base64 ----------------------------------------------------------------------- */

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* args: data, newline. */
static Object *ba_b2a_base64_body(Object *m, Object *const *args, size_t nargs, const uint8_t *p, ssize_t n) {
    int newline = args[1] ? Obj_IsTrue(args[1]) : 1;
    if (newline < 0) return NULL;
    ByteBuf b = {0};
    ByteBuf_Reserve(&b, (size_t)(n + 2) / 3 * 4 + 1);
    for (ssize_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16;
        if (i + 1 < n) v |= (uint32_t)p[i + 1] << 8;
        if (i + 2 < n) v |= p[i + 2];
        char quad[4] = {b64_alphabet[v >> 18], b64_alphabet[(v >> 12) & 63],
                        i + 1 < n ? b64_alphabet[(v >> 6) & 63] : '=', i + 2 < n ? b64_alphabet[v & 63] : '='};
        ByteBuf_Add(&b, quad, 4);
    }
    if (newline) ByteBuf_AddByte(&b, '\n');
    return Binascii_Finish(&b);
}

static Object *ba_b2a_base64(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return Binascii_WithData(m, args, nargs, false, ba_b2a_base64_body);
}

static int b64_value(uint8_t c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* The decoder's state: data characters are read as one stream of 6-bit
 * groups; '=' only counts for the check at the end (and, in strict mode,
 * for the rules on where padding may stand). */
typedef struct B64State {
    ByteBuf out;
    uint32_t bits;      /* pending bits, the newest lowest */
    int nbits;
    int pos;            /* data characters in the current quad: 0..3 */
    int pads;           /* '=' since the last data character */
    ssize_t ndata;      /* data characters so far */
    bool padding, done; /* strict mode: padding seen; padding completed a quad */
} B64State;

static const char *b64_quad_error(B64State *s, char *buf, size_t size) {
    snprintf(buf, size,
             "Invalid base64-encoded string: number of data characters (%zd) cannot be 1 more than a multiple of 4",
             s->ndata);
    return buf;
}

/* One '=' at index i; an error text in strict mode, else NULL. */
static const char *b64_pad(B64State *s, ssize_t i, bool strict, char *buf, size_t size) {
    if (!strict) {
        s->pads++;
        return NULL;
    }
    if (s->pos == 0) return i == 0 ? "Leading padding not allowed" : "Excess padding not allowed";
    if (s->pos == 1) return b64_quad_error(s, buf, size);
    s->padding = true;
    if (s->pos + ++s->pads >= 4) { /* the quad is complete: nothing may follow but more errors */
        s->pos = 0;
        s->pads = 0;
        s->done = true;
    }
    return NULL;
}

/* args: data, strict_mode. */
static Object *ba_a2b_base64_body(Object *m, Object *const *args, size_t nargs, const uint8_t *p, ssize_t n) {
    int strict = flag_arg(args[1]);
    if (strict < 0) return NULL;
    B64State s = {0};
    ByteBuf_Reserve(&s.out, (size_t)n / 4 * 3 + 3);
    char buf[160];
    const char *err = NULL;
    for (ssize_t i = 0; i < n && !err; i++) {
        if (p[i] == '=') {
            err = b64_pad(&s, i, strict, buf, sizeof buf);
            continue;
        }
        int v = b64_value(p[i]);
        if (v < 0) {
            if (strict) err = "Only base64 data is allowed";
            continue;
        }
        if (strict && s.done) err = "Excess data after padding";
        else if (strict && s.padding) err = "Discontinuous padding not allowed";
        if (err) break;
        s.pads = 0;
        s.ndata++;
        s.pos = (s.pos + 1) % 4;
        s.bits = (s.bits << 6 | (uint32_t)v) & 0xffffff;
        s.nbits += 6;
        if (s.nbits >= 8) {
            s.nbits -= 8;
            ByteBuf_AddByte(&s.out, (uint8_t)(s.bits >> s.nbits));
        }
    }
    if (!err && s.pos == 1) err = b64_quad_error(&s, buf, sizeof buf);
    else if (!err && s.pos > 1 && s.pos + s.pads < 4) err = "Incorrect padding";
    if (err) {
        ByteBuf_Free(&s.out);
        return Binascii_Raise(m, "Error", err);
    }
    return Binascii_Finish(&s.out);
}

static Object *ba_a2b_base64(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return Binascii_WithData(m, args, nargs, true, ba_a2b_base64_body);
}

/* ---- uuencode --------------------------------------------------------------------- */

/* args: data, backtick. */
static Object *ba_b2a_uu_body(Object *m, Object *const *args, size_t nargs, const uint8_t *p, ssize_t n) {
    int backtick = flag_arg(args[1]);
    if (backtick < 0) return NULL;
    if (n > 45) return Binascii_Raise(m, "Error", "At most 45 bytes at once");
    /* a 6-bit value as a character: ' ' + v, or '`' for zero when asked */
#define UU_CHAR(v) ((v) == 0 && backtick ? '`' : ' ' + (v))
    ByteBuf b = {0};
    ByteBuf_AddByte(&b, (uint8_t)UU_CHAR((int)n));
    for (ssize_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0) | (i + 2 < n ? p[i + 2] : 0);
        for (int shift = 18; shift >= 0; shift -= 6) ByteBuf_AddByte(&b, (uint8_t)UU_CHAR((int)(v >> shift) & 63));
    }
#undef UU_CHAR
    ByteBuf_AddByte(&b, '\n');
    return Binascii_Finish(&b);
}

static Object *ba_b2a_uu(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return Binascii_WithData(m, args, nargs, false, ba_b2a_uu_body);
}

static Object *ba_a2b_uu_body(Object *m, Object *const *args, size_t nargs, const uint8_t *p, ssize_t n) {
    if (n == 0) return Binascii_Raise(m, "Error", "Missing length byte");
    ssize_t want = (p[0] - ' ') & 63, i = 1;
    ByteBuf b = {0};
    uint32_t bits = 0;
    int nbits = 0;
    while ((ssize_t)b.len < want) {
        /* past the end, or at the end of the line, the data is zeros */
        int c = i < n ? p[i] : '\n';
        int v = 0;
        if (c != '\n' && c != '\r') {
            if (c < ' ' || c > ' ' + 64) {
                ByteBuf_Free(&b);
                return Binascii_Raise(m, "Error", "Illegal char");
            }
            v = (c - ' ') & 63;
        }
        i++;
        bits = (bits << 6 | (uint32_t)v) & 0xfff;
        nbits += 6;
        if (nbits >= 8) {
            nbits -= 8;
            ByteBuf_AddByte(&b, (uint8_t)(bits >> nbits));
        }
    }
    /* what follows the data may only be blanks and the line end */
    for (; i < n; i++)
        if (p[i] != ' ' && p[i] != ' ' + 64 && p[i] != '\n' && p[i] != '\r') {
            ByteBuf_Free(&b);
            return Binascii_Raise(m, "Error", "Trailing garbage");
        }
    return Binascii_Finish(&b);
}

static Object *ba_a2b_uu(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return Binascii_WithData(m, args, nargs, true, ba_a2b_uu_body);
}

/* ---- checksums -------------------------------------------------------------------- */

/* The low 32 bits of an int argument, whatever its sign or size. */
static int crc_arg(Object *o, uint32_t *out) {
    Object *i = Obj_Index(o);
    if (!i) return -1;
    Object *mask = Int_FromU64(0xffffffffu), *low = mask ? Obj_BinaryOp(i, mask, NB_AND) : NULL;
    DECREF(i);
    XDECREF(mask);
    if (!low) return -1;
    int64_t v = 0;
    int r = Int_AsI64(low, &v);
    DECREF(low);
    *out = (uint32_t)v;
    return r;
}

static Object *ba_crc32_body(Object *m, Object *const *args, size_t nargs, const uint8_t *p, ssize_t n) {
    uint32_t crc = 0;
    if (nargs > 1 && crc_arg(args[1], &crc) < 0) return NULL;
    uLong c = crc;
    while (n > 0) { /* zlib takes a uInt length */
        uInt chunk = n > (1 << 30) ? (1u << 30) : (uInt)n;
        c = crc32(c, p, chunk);
        p += chunk;
        n -= chunk;
    }
    return Int_FromU64((uint32_t)c);
}

static Object *ba_crc32(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return Binascii_WithData(m, args, nargs, false, ba_crc32_body);
}

/* CRC-CCITT (polynomial 0x1021, most significant bit first), as BinHex uses it. */
static Object *ba_crc_hqx_body(Object *m, Object *const *args, size_t nargs, const uint8_t *p, ssize_t n) {
    uint32_t crc;
    if (crc_arg(args[1], &crc) < 0) return NULL;
    static uint16_t table[256];
    static bool ready;
    if (!__atomic_load_n(&ready, __ATOMIC_ACQUIRE)) {
        for (unsigned i = 0; i < 256; i++) {
            unsigned v = i << 8;
            for (int k = 0; k < 8; k++) v = (v & 0x8000) ? (v << 1) ^ 0x1021 : v << 1;
            table[i] = (uint16_t)v;
        }
        __atomic_store_n(&ready, true, __ATOMIC_RELEASE);
    }
    uint16_t c = (uint16_t)crc;
    for (ssize_t i = 0; i < n; i++) c = (uint16_t)(c << 8) ^ table[(c >> 8) ^ p[i]];
    return Int_FromI64(c);
}

static Object *ba_crc_hqx(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return Binascii_WithData(m, args, nargs, false, ba_crc_hqx_body);
}

/* ---- the module ------------------------------------------------------------------- */

#define HEX_PARAMS_DOC                                                         \
    "\n\n  sep\n    An optional single character or byte to separate hex bytes.\n" \
    "  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n" \
    "    right, negative values count from the left.\n\nThe return value is a bytes object.  This function is also\n"

static const MethodDef binascii_functions[] = {
    {"a2b_uu", ba_a2b_uu, 0, ARGS("($module, data, /)", "Decode a line of uuencoded data.")},
    {"b2a_uu", ba_b2a_uu, 0, ARGS("($module, data, /, *, backtick=False)", "Uuencode line of data.")},
    {"a2b_base64", ba_a2b_base64, 0,
     ARGS("($module, data, /, *, strict_mode=False)",
          "Decode a line of base64 data.\n\n  strict_mode\n    When set to True, bytes that are not part of the base64 "
          "standard are not allowed.\n    The same applies to excess data after padding (= / ==).")},
    {"b2a_base64", ba_b2a_base64, 0, ARGS("($module, data, /, *, newline=True)", "Base64-code line of data.")},
    {"a2b_qp", Binascii_A2bQp, 0, ARGS("($module, /, data, header=False)", "Decode a string of qp-encoded data.")},
    {"b2a_qp", Binascii_B2aQp, 0,
     ARGS("($module, /, data, quotetabs=False, istext=True, header=False)",
          "Encode a string using quoted-printable encoding.\n\n"
          "On encoding, when istext is set, newlines are not encoded, and white\n"
          "space at end of lines is.  When istext is not set, \\r and \\n (CR/LF)\n"
          "are both encoded.  When quotetabs is set, space and tabs are encoded.")},
    {"crc_hqx", ba_crc_hqx, 0, ARGS("($module, data, crc, /)", "Compute CRC-CCITT incrementally.")},
    {"crc32", ba_crc32, 0, ARGS("($module, data, crc=0, /)", "Compute CRC-32 incrementally.")},
    {"b2a_hex", ba_hexlify, 0,
     ARGS("($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)",
          "Hexadecimal representation of binary data." HEX_PARAMS_DOC
          "available as \"hexlify()\".\n\nExample:\n>>> binascii.b2a_hex(b'\\xb9\\x01\\xef')\nb'b901ef'\n"
          ">>> binascii.hexlify(b'\\xb9\\x01\\xef', ':')\nb'b9:01:ef'\n"
          ">>> binascii.b2a_hex(b'\\xb9\\x01\\xef', b'_', 2)\nb'b9_01ef'")},
    {"hexlify", ba_hexlify, 0,
     ARGS("($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)",
          "Hexadecimal representation of binary data." HEX_PARAMS_DOC "available as \"b2a_hex()\".")},
    {"a2b_hex", ba_unhexlify, 0,
     ARGS("($module, hexstr, /)", "Binary data of hexadecimal representation.\n\n"
                                  "hexstr must contain an even number of hex digits (upper or lower case).\n"
                                  "This function is also available as \"unhexlify()\".")},
    {"unhexlify", ba_unhexlify, 0,
     ARGS("($module, hexstr, /)", "Binary data of hexadecimal representation.\n\n"
                                  "hexstr must contain an even number of hex digits (upper or lower case).")},
    {NULL},
};

/* binascii.NAME, a class of its own in each interpreter, derived from base. */
static int add_error_class(Object *module, const char *name, Type *base) {
    Object *cls_name = Str_FromUTF8(name, -1), *bases = Tuple_Pack(1, (Object *)base), *ns = Dict_New();
    Object *mod_name = Str_FromUTF8("binascii", -1);
    Object *cls = cls_name && bases && ns && mod_name && Dict_SetStr(ns, "__module__", mod_name) == 0
                      ? Class_New(&Type_Type, cls_name, bases, ns)
                      : NULL;
    XDECREF(cls_name);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod_name);
    return Module_AddObjectSteal(module, name, cls);
}

int Binascii_Init(Object *module) {
    if (add_error_class(module, "Error", Exc_ValueError) < 0 || add_error_class(module, "Incomplete", Exc_Exception) < 0 ||
        Module_AddObjectSteal(module, "__doc__", Str_FromUTF8("Conversion between binary data and ASCII", -1)) < 0)
        return -1;
    return Module_AddFunctions(module, binascii_functions);
}
