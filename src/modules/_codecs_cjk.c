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
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
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

#define ENC_PAGES 0x1100 /* 256 code points each, up to U+10FFFF */

typedef struct Expanded {
    uint32_t single[256];   /* code point of a single byte, or NONE */
    uint16_t *dec2;         /* [lead << 8 | trail]: code point, 0 undefined */
    uint16_t *dec3;         /* the three-byte plane, or NULL */
    uint32_t *enc[ENC_PAGES]; /* pages of codes (1 to 4 bytes), NONE: not encodable */
} Expanded;

#define MAX_TABLES 32
static Expanded *expanded[MAX_TABLES]; /* by index in Cjk_Tables; never freed */

static int set_code(Expanded *x, uint32_t cp, uint32_t code, int override) {
    if (cp > 0x10FFFF) return 0;
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
 * the two-byte plane and single bytes). */
static void walk(Expanded *x, const uint16_t *s, uint32_t n, uint16_t *plane) {
    for (uint32_t i = 0; i < n;) {
        uint32_t code = s[i], count = s[i + 1] & 0x7FFF;
        int literal = s[i + 1] & 0x8000;
        i += 2;
        for (uint32_t k = 0; k < count; k++) {
            uint32_t cp = literal ? s[i + k] : s[i] + k, at = code + k;
            if (plane) plane[at] = (uint16_t)cp;
            else if (at < 0x100) x->single[at] = cp;
            else x->dec2[at] = (uint16_t)cp;
        }
        i += literal ? count : 1;
    }
}

/* Records the inverse of the decoding tables: for each code point the
 * lowest code decoding to it (single bytes, two bytes, three bytes, then
 * the codes beyond the BMP). */
static int invert(Expanded *x, const CjkTable *t) {
    for (uint32_t code = 0; code < 0x100; code++)
        if (x->single[code] != NONE && set_code(x, x->single[code], code, 0) < 0) return -1;
    for (uint32_t code = 0x100; code < 0x10000; code++)
        if (x->dec2[code] && set_code(x, x->dec2[code], code, 0) < 0) return -1;
    for (uint32_t code = 0; x->dec3 && code < 0x10000; code++)
        if (x->dec3[code] && set_code(x, x->dec3[code], t->prefix << 16 | code, 0) < 0) return -1;
    for (uint32_t i = 0; i < t->nwide; i++) {
        const uint32_t *w = t->wide + 3 * i;
        if (w[1] && !w[2] && set_code(x, w[1], w[0], 0) < 0) return -1;
    }
    return 0;
}

/* Fills the decoding tables of t: its base's streams first, then its own,
 * the codes of wide (its other codes and errors) taken out of them. */
static void fill(Expanded *x, const CjkTable *t) {
    if (t->base >= 0) fill(x, &Cjk_Tables[t->base]);
    walk(x, t->dec, t->ndec, NULL);
    if (t->dec3) walk(x, t->dec3, t->ndec3, x->dec3);
    for (uint32_t i = 0; i < t->nwide; i++) {
        uint32_t code = t->wide[3 * i];
        if (code > 0xFFFF) x->dec3[code & 0xFFFF] = 0;
        else if (code > 0xFF) x->dec2[code] = 0;
    }
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
    for (int i = 0; i < ENC_PAGES; i++) free(x->enc[i]);
    free(x);
}

static Expanded *expand(const CjkTable *t) {
    Expanded *x = calloc(1, sizeof(Expanded));
    if (!x) return NULL;
    memset(x->single, 0xFF, sizeof(x->single));
    x->dec2 = calloc(0x10000, sizeof(uint16_t));
    if (!x->dec2) goto fail;
    if (t->prefix && !(x->dec3 = calloc(0x10000, sizeof(uint16_t)))) goto fail;
    fill(x, t);
    if (invert(x, t) < 0 || walk_four(x, t) < 0) goto fail;
    for (uint32_t i = 0; i < t->nfix; i++)
        if (set_code(x, t->fix[2 * i], t->fix[2 * i + 1], 1) < 0) goto fail;
    return x;
fail:
    expanded_free(x);
    return NULL;
}

int CjkEngine_Table(int index, const CjkTable **t, CjkExpanded **x) {
    if (index < 0 || index >= MAX_TABLES || !Cjk_Tables[index].name) {
        Err_Format(Exc_LookupError, "no such CJK table: %d", index);
        return -1;
    }
    if (!expanded[index] && !(expanded[index] = expand(&Cjk_Tables[index]))) {
        Err_NoMemory();
        return -1;
    }
    *t = &Cjk_Tables[index];
    *x = expanded[index];
    return 0;
}

/* A codec of the engine: a table codec (t and x borrowed) or a stateful
 * one (sid >= 0). */
typedef struct Target {
    const CjkTable *t;
    Expanded *x;
    int sid;
} Target;

/* The codec called name: 0, or -1 with LookupError. */
static int target(Object *name, Target *g) {
    if (!Str_Check(name)) {
        Err_Format(Exc_TypeError, "codec name must be str, not %s", TYPE_NAME(name));
        return -1;
    }
    const char *s = Str_AsUTF8(name, NULL);
    if (!s) return -1;
    g->sid = -1;
    for (int i = 0; i < MAX_TABLES && Cjk_Tables[i].name; i++)
        if (strcmp(Cjk_Tables[i].name, s) == 0) return CjkEngine_Table(i, &g->t, &g->x);
    if ((g->sid = CjkStateful_Find(s)) >= 0) return 0;
    Err_Format(Exc_LookupError, "no such CJK codec: %s", s);
    return -1;
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

/* The entry of wide for code, or NULL. */
static const uint32_t *wide_entry(const CjkTable *t, uint32_t code) {
    uint32_t lo = 0, hi = t->nwide;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (t->wide[3 * mid] == code) return t->wide + 3 * mid;
        if (t->wide[3 * mid] < code) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

uint32_t CjkEngine_Decode(const CjkTable *t, const CjkExpanded *x, uint32_t code, uint32_t *second) {
    *second = 0;
    uint32_t cp = code > 0xFFFF ? (x->dec3 ? x->dec3[code & 0xFFFF] : 0) : x->dec2[code];
    if (cp || !t->nwide) return cp;
    const uint32_t *w = wide_entry(t, code);
    if (!w || !w[1]) return 0;
    *second = w[2];
    return w[1];
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
        ssize_t bad = 1;  /* the length of an illegal sequence */
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
                const uint32_t *w = cp || !t->nwide ? NULL
                                    : wide_entry(t, need == 3 ? (uint32_t)c << 16 | p[i + 1] << 8 | p[i + 2]
                                                              : (uint32_t)c << 8 | p[i + 1]);
                if (w && !w[1]) bad = w[2];
                else if (w) {
                    cp = w[1];
                    if (w[2] && SB_AppendChar(&sb, cp) < 0) goto fail;
                    if (w[2]) cp = w[2];
                }
            }
        }
        if (cp) {
            if (SB_AppendChar(&sb, cp) < 0) goto fail;
            i += need;
            continue;
        }
        i = CodecErr_Decode(errors, t->name, cut ? INCOMPLETE : ILLEGAL, (const char *)p, n, &input, i,
                            cut ? n : i + bad, &sb);
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

/* ---- encoding --------------------------------------------------------------------- */

static uint32_t code_of(const Expanded *x, uint32_t cp) {
    if (cp > 0x10FFFF || !x->enc[cp >> 8]) return NONE;
    return x->enc[cp >> 8][cp & 0xFF];
}

uint32_t CjkEngine_Code(const CjkExpanded *x, uint32_t cp) { return code_of(x, cp); }

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

/* The first pair entry whose first character is cp (second >= from), or
 * NULL. */
static const uint32_t *pair_entry(const CjkTable *t, uint32_t cp, uint32_t second) {
    uint32_t lo = 0, hi = t->npairs;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        const uint32_t *e = t->pairs + 3 * mid;
        if (e[0] < cp || (e[0] == cp && e[1] < second)) lo = mid + 1;
        else hi = mid;
    }
    return lo < t->npairs && t->pairs[3 * lo] == cp ? t->pairs + 3 * lo : NULL;
}

/* Encodes the replacement an error handler gave (bytes as they are, str
 * by the codec, strictly, as CPython). */
static int put_replacement(const CjkTable *t, const Expanded *x, Object *repl, ByteBuf *out) {
    if (Bytes_Check(repl)) return ByteBuf_Put(out, BYTES_DATA(repl), (size_t)BYTES_LEN(repl));
    for (ssize_t k = 0; k < STR_LEN(repl); k++) {
        int one = encode_char(t, x, STR_CHAR(repl, k), out);
        if (one == 0) CodecErr_RaiseEncode(t->name, repl, k, k + 1, ILLEGAL);
        if (one <= 0) return -1;
    }
    return 0;
}

/* Encodes str; a character that may start a pair, last in input that is
 * not final, is left unconsumed (*consumed tells how far it went). */
static Object *encode(const CjkTable *t, const Expanded *x, Object *str, const char *errors, bool final,
                      ssize_t *consumed) {
    ByteBuf out = {0};
    ssize_t n = STR_LEN(str), i = 0;
    while (i < n) {
        uint32_t cp = STR_CHAR(str, i);
        const uint32_t *pair = t->npairs ? pair_entry(t, cp, 0) : NULL;
        if (pair) {
            if (i + 1 == n && !final) break;
            pair = i + 1 < n ? pair_entry(t, cp, STR_CHAR(str, i + 1)) : NULL;
            if (pair && pair[1] == STR_CHAR(str, i + 1)) {
                if (put_code(&out, pair[2]) < 0) goto fail;
                i += 2;
                continue;
            }
        }
        int got = encode_char(t, x, cp, &out);
        if (got < 0) goto fail;
        if (got) {
            i++;
            continue;
        }
        ssize_t next;
        Object *repl = CodecErr_Encode(errors, t->name, ILLEGAL, str, i, i + 1, &next);
        if (!repl) goto fail;
        int rc = put_replacement(t, x, repl, &out);
        DECREF(repl);
        if (rc < 0) goto fail;
        i = next;
    }
    *consumed = i;
    Object *r = Bytes_From(out.data, (ssize_t)out.len);
    ByteBuf_Free(&out);
    return r;
fail:
    ByteBuf_Free(&out);
    return NULL;
}

/* ---- the module functions --------------------------------------------------------- */

/* The (result, consumed, state) triple; steals result. */
static Object *triple(Object *result, ssize_t consumed, uint64_t state) {
    if (!result) return NULL;
    Object *pair = Codecs_Pair(result, consumed);
    if (!pair) return NULL;
    Object *st = Int_FromU64(state);
    Object *r = st ? Tuple_Pack(3, TUPLE_ITEMS(pair)[0], TUPLE_ITEMS(pair)[1], st) : NULL;
    XDECREF(st);
    DECREF(pair);
    return r;
}

static int state_arg(Object *o, uint64_t *state) {
    return Int_AsUnsigned(o, "state", UINT64_MAX, state);
}

/* A state box: a list holding the state, where the steps leave the state
 * they reach even when they raise (as CPython's codecs keep theirs). */
static int box_get(Object *box, uint64_t *state) {
    if (!List_Check(box) || LIST_LEN(box) != 1) {
        Err_SetString(Exc_TypeError, "state must be a list of one int");
        return -1;
    }
    return state_arg(LIST_ITEMS(box)[0], state);
}

static void box_put(Object *box, uint64_t state) {
    Object *v = Int_FromU64(state); /* a tagged int: states fit in 40 bits */
    if (!v) return;
    Object *old = LIST_ITEMS(box)[0];
    LIST_ITEMS(box)[0] = v;
    DECREF(old);
}

/* The input of a decoding, decoded from state (table codecs: unchanged). */
static Object *decode_target(const Target *g, Object *data, const char *errors, bool final, uint64_t *state,
                             ssize_t *used) {
    const uint8_t *p;
    ssize_t n;
    BufferView hold = {0};
    if (Buffer_PeekArgHeld(data, &p, &n, &hold) < 0) return NULL;
    Object *text = g->sid >= 0 ? CjkStateful_Decode(g->sid, p, n, errors, final, state, used)
                               : decode(g->t, g->x, p, n, errors, final, used);
    Buffer_Release(&hold);
    return text;
}

static Object *encode_target(const Target *g, Object *str, const char *errors, bool final, uint64_t *state,
                             ssize_t *used) {
    if (g->sid >= 0) return CjkStateful_Encode(g->sid, str, errors, final, state, used);
    return encode(g->t, g->x, str, errors, final, used);
}

static uint64_t first_state(const Target *g, bool encoder) {
    uint64_t enc = 0, dec = 0;
    if (g->sid >= 0) CjkStateful_Initial(g->sid, &enc, &dec);
    return encoder ? enc : dec;
}

/* decode(codec, input, errors=None): all of input, from the first state. */
static Object *cx_decode(Object *mod, Object *const *args, size_t nargs, Object *kw) {
    Target g;
    const char *errors;
    if (target(args[0], &g) < 0 || errors_arg("decode", args, nargs, 2, &errors) < 0) return NULL;
    uint64_t state = first_state(&g, false);
    ssize_t used = 0;
    Object *text = decode_target(&g, args[1], errors, true, &state, &used);
    return text ? Codecs_Pair(text, used) : NULL;
}

/* decode_step(codec, input, errors, box, final) -> (str, consumed) */
static Object *cx_decode_step(Object *mod, Object *const *args, size_t nargs, Object *kw) {
    Target g;
    const char *errors;
    uint64_t state;
    bool final = false;
    if (target(args[0], &g) < 0 || errors_arg("decode", args, nargs, 2, &errors) < 0 ||
        box_get(args[3], &state) < 0 || Codecs_FlagArg(args, nargs, 4, &final) < 0)
        return NULL;
    ssize_t used = 0;
    Object *text = decode_target(&g, args[1], errors, final, &state, &used);
    box_put(args[3], state);
    return text ? Codecs_Pair(text, used) : NULL;
}

/* encode(codec, str, errors=None): all of str, from the first state,
 * ending in it. */
static Object *cx_encode(Object *mod, Object *const *args, size_t nargs, Object *kw) {
    Target g;
    const char *errors;
    if (target(args[0], &g) < 0 || errors_arg("encode", args, nargs, 2, &errors) < 0) return NULL;
    Object *str = Obj_Str(args[1]); /* CPython's multibyte codecs take str() of anything */
    if (!str) return NULL;
    uint64_t state = first_state(&g, true);
    ssize_t used;
    Object *r = encode_target(&g, str, errors, true, &state, &used);
    r = r ? Codecs_Pair(r, STR_LEN(str)) : NULL;
    DECREF(str);
    return r;
}

/* encode_step(codec, str, errors, box, final) -> (bytes, consumed) */
static Object *cx_encode_step(Object *mod, Object *const *args, size_t nargs, Object *kw) {
    Target g;
    const char *errors;
    uint64_t state;
    bool final = false;
    if (target(args[0], &g) < 0 || errors_arg("encode", args, nargs, 2, &errors) < 0 ||
        box_get(args[3], &state) < 0 || Codecs_FlagArg(args, nargs, 4, &final) < 0)
        return NULL;
    if (!Str_Check(args[1])) {
        Err_Format(Exc_TypeError, "couldn't convert the object to unicode.");
        return NULL;
    }
    ssize_t used = 0;
    Object *out = encode_target(&g, args[1], errors, final, &state, &used);
    box_put(args[3], state);
    return out ? Codecs_Pair(out, used) : NULL;
}

/* initial(codec) -> (encoder state, decoder state) */
static Object *cx_initial(Object *mod, Object *const *args, size_t nargs, Object *kw) {
    Target g;
    if (target(args[0], &g) < 0) return NULL;
    Object *a = Int_FromU64(first_state(&g, true)), *b = a ? Int_FromU64(first_state(&g, false)) : NULL;
    Object *r = b ? Tuple_Pack(2, a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    return r;
}

/* reset_encoder(codec, state) -> (bytes, 0, state): what returns to ASCII. */
static Object *cx_reset_encoder(Object *mod, Object *const *args, size_t nargs, Object *kw) {
    Target g;
    uint64_t state;
    if (target(args[0], &g) < 0 || state_arg(args[1], &state) < 0) return NULL;
    ByteBuf out = {0};
    if (g.sid >= 0 && CjkStateful_Reset(g.sid, &state, &out) < 0) {
        ByteBuf_Free(&out);
        return NULL;
    }
    Object *b = Bytes_From(out.data, (ssize_t)out.len);
    ByteBuf_Free(&out);
    return triple(b, 0, state);
}

/* reset_decoder(codec, state) -> state */
static Object *cx_reset_decoder(Object *mod, Object *const *args, size_t nargs, Object *kw) {
    Target g;
    uint64_t state;
    if (target(args[0], &g) < 0 || state_arg(args[1], &state) < 0) return NULL;
    return Int_FromU64(g.sid >= 0 ? CjkStateful_ResetDecoder(g.sid, state) : state);
}

static const MethodDef cjk_functions[] = {
    {"initial", cx_initial, 0, ARGS("($module, codec, /)", NULL)},
    {"reset_encoder", cx_reset_encoder, 0, ARGS("($module, codec, state, /)", NULL)},
    {"reset_decoder", cx_reset_decoder, 0, ARGS("($module, codec, state, /)", NULL)},
    {"decode", cx_decode, 0, ARGS("($module, codec, input, errors=None, /)", NULL)},
    {"decode_step", cx_decode_step, 0, ARGS("($module, codec, input, errors, box, final, /)", NULL)},
    {"encode", cx_encode, 0, ARGS("($module, codec, str, errors=None, /)", NULL)},
    {"encode_step", cx_encode_step, 0, ARGS("($module, codec, str, errors, box, final, /)", NULL)},
    {NULL},
};

int CodecsCjk_Init(Object *module) { return Module_AddFunctions(module, cjk_functions); }
