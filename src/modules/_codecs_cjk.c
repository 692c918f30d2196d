/* The _codecs_cjk module: the engine of the table-driven CJK codecs.
 *
 *   encode(codec, str, errors=None) -> (bytes, consumed)
 *   decode(codec, input, errors=None) -> (str, consumed)
 *   decode_partial(codec, input, errors, final) -> (str, consumed)
 *
 * codec is a name of Cjk_Tables (the codec's own name).  Each codec's
 * compact streams are expanded the first time it is used into a decoding
 * table for every two-byte code (and the three-byte plane of euc_jp;
 * gb18030's four-byte sequences stay runs, searched, or arithmetic) and
 * an encoding table of 256-character pages, which live as long as the
 * process.  Bad input goes through the error handlers as CPython's
 * multibyte codecs report it: one byte (or one character) at a time,
 * "illegal multibyte sequence", and a sequence cut short by the end of
 * final input "incomplete multibyte sequence" (decode_partial, not
 * final: left unconsumed, for the incremental decoder to keep). */
#include "modules/_codecs_cjk.h"
#include "abstract.h"
#include "modules/_codecs.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/codec_err.h"
#include "runtime/err.h"
#include <stdlib.h>
#include <string.h>

#define ILLEGAL "illegal multibyte sequence"
#define INCOMPLETE "incomplete multibyte sequence"
#define NONE 0xFFFFFFFFu
#define JAMO_LEAD 0xA4
#define JAMO_FILL 0xD4

typedef struct Expanded {
    uint32_t single[256];   /* code point of a single byte, or NONE */
    uint16_t *dec2;         /* [lead << 8 | trail]: code point, 0 undefined */
    uint16_t *dec3;         /* the three-byte plane, or NULL */
    uint32_t *enc[256];     /* pages of codes (1 to 3 bytes), NONE: not encodable */
} Expanded;

#define MAX_TABLES 32
static Expanded *expanded[MAX_TABLES]; /* by index in Cjk_Tables; never freed */

static int set_code(Expanded *x, uint32_t cp, uint32_t code, int override) {
    if (cp > 0xFFFF) return 0;
    uint32_t **page = &x->enc[cp >> 8];
    if (!*page) {
        *page = malloc(256 * sizeof(uint32_t));
        if (!*page) return -1;
        memset(*page, 0xFF, 256 * sizeof(uint32_t));
    }
    if (override || (*page)[cp & 0xFF] == NONE) (*page)[cp & 0xFF] = code;
    return 0;
}

/* Walks a decoding stream (see tools/gen_cjk_tables.py) into plane (NULL:
 * the two-byte plane and single bytes), recording the inverse. */
static int walk(Expanded *x, const uint16_t *s, uint32_t n, uint16_t *plane, uint32_t prefix) {
    for (uint32_t i = 0; i < n;) {
        uint32_t code = s[i], count = s[i + 1] & 0x7FFF;
        int literal = s[i + 1] & 0x8000;
        i += 2;
        for (uint32_t k = 0; k < count; k++) {
            uint32_t cp = literal ? s[i + k] : s[i] + k, at = code + k;
            if (plane) plane[at] = (uint16_t)cp;
            else if (at < 0x100) x->single[at] = cp;
            else x->dec2[at] = (uint16_t)cp;
            if (set_code(x, cp, prefix << 16 | at, 0) < 0) return -1;
        }
        i += literal ? count : 1;
    }
    return 0;
}

/* gb18030: the code of the four-byte sequence of index (0: 81 30 81 30). */
static uint32_t four_code(uint32_t index) {
    uint32_t b4 = index % 10, b3 = index / 10 % 126, b2 = index / 1260 % 10, b1 = index / 12600;
    return (b1 + 0x81) << 24 | (b2 + 0x30) << 16 | (b3 + 0x81) << 8 | (b4 + 0x30);
}

static int walk_four(Expanded *x, const CjkTable *t) {
    for (uint32_t i = 0; i < t->nfour; i++) {
        const uint32_t *run = t->four + 3 * i;
        for (uint32_t k = 0; k < run[1]; k++)
            if (set_code(x, run[2] + k, four_code(run[0] + k), 0) < 0) return -1;
    }
    return 0;
}

static void expanded_free(Expanded *x) {
    free(x->dec2);
    free(x->dec3);
    for (int i = 0; i < 256; i++) free(x->enc[i]);
    free(x);
}

static Expanded *expand(const CjkTable *t) {
    Expanded *x = calloc(1, sizeof(Expanded));
    if (!x) return NULL;
    memset(x->single, 0xFF, sizeof(x->single));
    x->dec2 = calloc(0x10000, sizeof(uint16_t));
    if (!x->dec2 || walk(x, t->dec, t->ndec, NULL, 0) < 0) goto fail;
    if (t->dec3) {
        x->dec3 = calloc(0x10000, sizeof(uint16_t));
        if (!x->dec3 || walk(x, t->dec3, t->ndec3, x->dec3, t->prefix) < 0) goto fail;
    }
    if (walk_four(x, t) < 0) goto fail;
    for (uint32_t i = 0; i < t->nfix; i++)
        if (set_code(x, t->fix[2 * i], t->fix[2 * i + 1], 1) < 0) goto fail;
    return x;
fail:
    expanded_free(x);
    return NULL;
}

/* The table called name and its expansion (borrowed), or NULL with
 * LookupError. */
static const CjkTable *find(Object *name, Expanded **out) {
    if (!Str_Check(name)) {
        Err_Format(Exc_TypeError, "codec name must be str, not %s", TYPE_NAME(name));
        return NULL;
    }
    const char *s = Str_AsUTF8(name, NULL);
    if (!s) return NULL;
    for (int i = 0; i < MAX_TABLES && Cjk_Tables[i].name; i++) {
        if (strcmp(Cjk_Tables[i].name, s) != 0) continue;
        if (!expanded[i] && !(expanded[i] = expand(&Cjk_Tables[i]))) {
            Err_NoMemory();
            return NULL;
        }
        *out = expanded[i];
        return &Cjk_Tables[i];
    }
    Err_Format(Exc_LookupError, "no such CJK codec: %s", s);
    return NULL;
}

static int is_lead(const CjkTable *t, uint8_t b) { return (t->leads[b >> 5] >> (b & 31)) & 1; }

/* ---- decoding --------------------------------------------------------------------- */

/* The index of a jamo code among the n codes of part, or -1. */
static int jamo_index(const uint16_t *part, int n, uint32_t code, int from) {
    for (int k = from; k < n; k++)
        if (part[k] == code) return k;
    return -1;
}

/* The syllable of the make-up sequence at p (8 bytes), or 0. */
static uint32_t makeup_syllable(const CjkTable *t, const uint8_t *p) {
    if (p[2] != JAMO_LEAD || p[4] != JAMO_LEAD || p[6] != JAMO_LEAD) return 0;
    int cho = jamo_index(t->jamo, 19, JAMO_LEAD << 8 | p[3], 0);
    int jung = jamo_index(t->jamo + 19, 21, JAMO_LEAD << 8 | p[5], 0);
    int jong = jamo_index(t->jamo + 40, 28, JAMO_LEAD << 8 | p[7], 0);
    if (cho < 0 || jung < 0 || jong < 0) return 0;
    return 0xAC00 + (uint32_t)(cho * 588 + jung * 28 + jong);
}

#define FOUR_BEYOND_BMP 189000u /* the index of 90 30 81 30, U+10000 */

/* gb18030: the code point of the four-byte sequence at p, or 0. */
static uint32_t four_decode(const CjkTable *t, const uint8_t *p) {
    if (p[0] < 0x81 || p[0] > 0xFE || p[2] < 0x81 || p[2] > 0xFE || p[3] < 0x30 || p[3] > 0x39) return 0;
    uint32_t index = (((uint32_t)(p[0] - 0x81) * 10 + (p[1] - 0x30)) * 126 + (p[2] - 0x81)) * 10 + (p[3] - 0x30);
    if (index >= FOUR_BEYOND_BMP) return index - FOUR_BEYOND_BMP <= 0xFFFFF ? index - FOUR_BEYOND_BMP + 0x10000 : 0;
    uint32_t lo = 0, hi = t->nfour; /* the last run starting at or before index */
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (t->four[3 * mid] <= index) lo = mid;
        else hi = mid;
    }
    const uint32_t *run = t->four + 3 * lo;
    return index >= run[0] && index - run[0] < run[1] ? run[2] + index - run[0] : 0;
}

/* The length of the sequence starting at p[0] (a lead byte). */
static ssize_t sequence_length(const CjkTable *t, const uint8_t *p, ssize_t left) {
    if (p[0] == t->prefix) return 3;
    if (t->four && left > 1 && p[1] >= 0x30 && p[1] <= 0x39) return 4;
    if (t->jamo && p[0] == JAMO_LEAD && left > 1 && p[1] == JAMO_FILL) return 8;
    return 2;
}

static Object *decode(const CjkTable *t, const Expanded *x, const uint8_t *p, ssize_t n, const char *errors,
                      bool final, ssize_t *consumed) {
    StrBuilder sb;
    SB_Init(&sb);
    Object *input = NULL;
    ssize_t i = 0;
    while (i < n) {
        uint8_t c = p[i];
        if (x->single[c] != NONE) {
            if (SB_AppendChar(&sb, x->single[c]) < 0) goto fail;
            i++;
            continue;
        }
        uint32_t cp = 0;
        ssize_t need = 1;
        bool cut = false; /* a sequence cut short by the end of input */
        if (is_lead(t, c)) {
            need = sequence_length(t, p + i, n - i);
            if (n - i < need) {
                if (!final) break;
                cut = true;
            } else if (need == 8) {
                cp = makeup_syllable(t, p + i);
            } else if (need == 4) {
                cp = four_decode(t, p + i);
            } else {
                cp = need == 3 ? x->dec3[p[i + 1] << 8 | p[i + 2]] : x->dec2[c << 8 | p[i + 1]];
            }
        }
        if (cp) {
            if (SB_AppendChar(&sb, cp) < 0) goto fail;
            i += need;
            continue;
        }
        i = CodecErr_Decode(errors, t->name, cut ? INCOMPLETE : ILLEGAL, (const char *)p, n, &input, i,
                            cut ? n : i + 1, &sb);
        if (i < 0) goto fail;
    }
    XDECREF(input);
    *consumed = i;
    return SB_Finish(&sb);
fail:
    XDECREF(input);
    SB_Discard(&sb);
    return NULL;
}

/* The errors argument at args[i]: NULL for None or missing. */
static int errors_arg(const char *fn, Object *const *args, size_t nargs, size_t i, const char **errors) {
    *errors = NULL;
    if (i >= nargs || !args[i] || args[i] == OBJ_NONE) return 0;
    if (!Str_Check(args[i])) {
        Err_Format(Exc_TypeError, "%s() argument 'errors' must be str or None, not %s", fn, TYPE_NAME(args[i]));
        return -1;
    }
    return (*errors = Str_AsCString(args[i])) ? 0 : -1;
}

static Object *decode_args(Object *const *args, size_t nargs, bool final) {
    Expanded *x;
    const CjkTable *t = find(args[0], &x);
    if (!t) return NULL;
    const char *errors;
    if (errors_arg("decode", args, nargs, 2, &errors) < 0) return NULL;
    const uint8_t *p;
    ssize_t n, used = 0;
    BufferView hold = {0};
    if (Buffer_PeekArgHeld(args[1], &p, &n, &hold) < 0) return NULL;
    Object *text = decode(t, x, p, n, errors, final, &used);
    Buffer_Release(&hold);
    return text ? Codecs_Pair(text, used) : NULL;
}

static Object *cx_decode(Object *mod, Object *const *args, size_t nargs, Object *kw) {
    return decode_args(args, nargs, true);
}

static Object *cx_decode_partial(Object *mod, Object *const *args, size_t nargs, Object *kw) {
    bool final = false;
    if (Codecs_FlagArg(args, nargs, 3, &final) < 0) return NULL;
    return decode_args(args, nargs, final);
}

/* ---- encoding --------------------------------------------------------------------- */

static uint32_t code_of(const Expanded *x, uint32_t cp) {
    if (cp > 0xFFFF || !x->enc[cp >> 8]) return NONE;
    return x->enc[cp >> 8][cp & 0xFF];
}

static int put_code(ByteBuf *out, uint32_t code) {
    uint8_t b[4] = {(uint8_t)(code >> 24), (uint8_t)(code >> 16), (uint8_t)(code >> 8), (uint8_t)code};
    int len = code > 0xFFFFFF ? 4 : code > 0xFFFF ? 3 : code > 0xFF ? 2 : 1;
    return ByteBuf_Put(out, b + 4 - len, (size_t)len);
}

/* Appends the bytes of cp: 1 done, 0 not encodable, -1 error. */
static int encode_char(const CjkTable *t, const Expanded *x, uint32_t cp, ByteBuf *out) {
    uint32_t code = code_of(x, cp);
    if (code != NONE) return put_code(out, code) < 0 ? -1 : 1;
    if (t->four && cp > 0xFFFF) return put_code(out, four_code(cp - 0x10000 + FOUR_BEYOND_BMP)) < 0 ? -1 : 1;
    if (!t->jamo || cp < 0xAC00 || cp > 0xD7A3) return 0;
    uint32_t index = cp - 0xAC00; /* a make-up sequence */
    uint32_t parts[4] = {JAMO_LEAD << 8 | JAMO_FILL, t->jamo[index / 588], t->jamo[19 + index / 28 % 21],
                         t->jamo[40 + index % 28]};
    for (int k = 0; k < 4; k++)
        if (put_code(out, parts[k]) < 0) return -1;
    return 1;
}

static Object *encode(const CjkTable *t, const Expanded *x, Object *str, const char *errors) {
    ByteBuf out = {0};
    ssize_t n = STR_LEN(str);
    for (ssize_t i = 0; i < n;) {
        int got = encode_char(t, x, STR_CHAR(str, i), &out);
        if (got < 0) goto fail;
        if (got) {
            i++;
            continue;
        }
        ssize_t next;
        Object *repl = CodecErr_Encode(errors, t->name, ILLEGAL, str, i, i + 1, &next);
        if (!repl) goto fail;
        int rc = 0;
        if (Bytes_Check(repl)) {
            rc = ByteBuf_Put(&out, BYTES_DATA(repl), (size_t)BYTES_LEN(repl));
        } else {
            for (ssize_t k = 0; k < STR_LEN(repl) && rc == 0; k++) {
                int one = encode_char(t, x, STR_CHAR(repl, k), &out);
                if (one == 0) CodecErr_RaiseEncode(t->name, repl, k, k + 1, ILLEGAL); /* strict, as CPython */
                rc = one > 0 ? 0 : -1;
            }
        }
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

static Object *cx_encode(Object *mod, Object *const *args, size_t nargs, Object *kw) {
    Expanded *x;
    const CjkTable *t = find(args[0], &x);
    if (!t) return NULL;
    const char *errors;
    if (errors_arg("encode", args, nargs, 2, &errors) < 0) return NULL;
    Object *str = Obj_Str(args[1]); /* CPython's multibyte codecs take str() of anything */
    if (!str) return NULL;
    Object *r = Codecs_Pair(encode(t, x, str, errors), STR_LEN(str));
    DECREF(str);
    return r;
}

static const MethodDef cjk_functions[] = {
    {"decode", cx_decode, 0, ARGS("($module, codec, input, errors=None, /)", NULL)},
    {"decode_partial", cx_decode_partial, 0, ARGS("($module, codec, input, errors, final, /)", NULL)},
    {"encode", cx_encode, 0, ARGS("($module, codec, str, errors=None, /)", NULL)},
    {NULL},
};

int CodecsCjk_Init(Object *module) { return Module_AddFunctions(module, cjk_functions); }
