/* The stateful CJK codecs of the _codecs_cjk engine: hz and the ISO 2022
 * codecs (iso2022_kr, iso2022_jp and its variants).
 *
 * Their state is CPython's eight bytes, little-endian in a uint64 (so
 * getstate() gives CPython's numbers): for ISO 2022 the sets designated
 * to G0..G3 in bytes 0-3 (by mark, 'B' for ASCII) and the flags in byte 4
 * (shifted out, inside an escape sequence it passes through); for hz 1
 * inside a ~{ ... ~} span.  The sets read their codes from the table
 * codecs' planes (see CjkSet); an ISO 2022 codec encodes a character
 * with the first of its sets having it, corrected by its fix list, all
 * measured by tools/gen_cjk_tables.py.  Errors are CPython's: illegal
 * sequences as long as the escape or code that failed, sequences cut
 * short by the end of final input incomplete. */
#include "modules/_codecs_cjk.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "runtime/bytebuf.h"
#include "runtime/codec_err.h"
#include "runtime/err.h"
#include <stdlib.h>
#include <string.h>

#define ILLEGAL "illegal multibyte sequence"
#define INCOMPLETE "incomplete multibyte sequence"
#define NONE 0xFFFFFFFFu
#define ESC 0x1B
#define SO 0x0E
#define SI 0x0F
#define ASCII_SET 'B'
#define JISX0208_SET 0xC2
#define MAX_ESCAPE 16
#define F_SHIFTED 1
#define F_PASSING 2 /* inside an escape sequence of another standard */
#define NO_SHIFT 1
#define USE_G2 2
#define JISX0208_PREFIX 4
#define USES_G1 8
#define HZ_ID 100
#define ENC_PAGES 0x1100

typedef enum { STEP_OK, STEP_BAD, STEP_TOOFEW, STEP_INTERNAL, STEP_FAIL } Step;

typedef struct IsoMaps {
    const CjkTable *base[8]; /* by set index (two-byte sets) */
    CjkExpanded *bx[8];
    uint32_t *enc[ENC_PAGES]; /* mark << 16 | code, NONE */
} IsoMaps;

#define MAX_ISO 8
static IsoMaps *maps[MAX_ISO]; /* by index in Cjk_Iso2022; never freed */

static uint8_t get_byte(uint64_t st, int i) { return (uint8_t)(st >> (8 * i)); }

static uint64_t set_byte(uint64_t st, int i, uint8_t v) {
    return (st & ~((uint64_t)0xFF << (8 * i))) | (uint64_t)v << (8 * i);
}

static bool is_g2_set(const CjkSet *s) { return s->single && (s->mark == 'A' || s->mark == 'F'); }

/* ---- the sets ---------------------------------------------------------------------- */

/* The code point of code (two bytes of 0x21..0x7E) in set si, 0 if none. */
static uint32_t set_decode(const CjkIso2022 *c, IsoMaps *m, int si, uint32_t code, uint32_t *second) {
    const CjkSet *s = &c->sets[si];
    *second = 0;
    for (uint32_t k = 0; k < s->ndiff; k++)
        if (s->diff[3 * k] == code) {
            *second = s->diff[3 * k + 2];
            return s->diff[3 * k + 1];
        }
    uint32_t row = code >> 8, col = code & 0xFF;
    if (row < 0x21 || row > 0x7E || col < 0x21 || col > 0x7E) return 0;
    if (!((s->rows[(row - 0x20) >> 5] >> ((row - 0x20) & 31)) & 1)) return 0;
    uint32_t full = (code | 0x8080) | (s->plane3 ? m->base[si]->prefix << 16 : 0);
    return CjkEngine_Decode(m->base[si], m->bx[si], full, second);
}

static int put_enc(IsoMaps *m, uint32_t cp, uint32_t value, bool override) {
    if (cp > 0x10FFFF) return 0;
    uint32_t **page = &m->enc[cp >> 8];
    if (!*page) {
        if (!(*page = malloc(256 * sizeof(uint32_t)))) return -1;
        memset(*page, 0xFF, 256 * sizeof(uint32_t));
    }
    if (override || (*page)[cp & 0xFF] == NONE) (*page)[cp & 0xFF] = value;
    return 0;
}

static void maps_free(IsoMaps *m) {
    for (int i = 0; i < ENC_PAGES; i++) free(m->enc[i]);
    free(m);
}

/* The encoding map: each character's lowest code in the first set having
 * it (the G2 sets encode nothing), then the corrections. */
static int fill_encoder(const CjkIso2022 *c, IsoMaps *m) {
    for (int si = 0; c->sets[si].mark; si++) {
        const CjkSet *s = &c->sets[si];
        if (is_g2_set(s)) continue;
        if (s->single) {
            for (uint32_t b = 0x20; b < 0x80; b++)
                if (s->single[b] != 0xFFFF && put_enc(m, s->single[b], (uint32_t)s->mark << 16 | b, false) < 0)
                    return -1;
            continue;
        }
        for (uint32_t code = 0x2121; code <= 0x7E7E; code++) {
            uint32_t second, cp = set_decode(c, m, si, code, &second);
            if (cp && !second && put_enc(m, cp, (uint32_t)s->mark << 16 | code, false) < 0) return -1;
        }
    }
    for (uint32_t i = 0; i < c->nfix; i++)
        if (put_enc(m, c->fix[2 * i], c->fix[2 * i + 1], true) < 0) return -1;
    return 0;
}

static IsoMaps *get_maps(int id) {
    if (maps[id]) return maps[id];
    const CjkIso2022 *c = &Cjk_Iso2022[id];
    IsoMaps *m = calloc(1, sizeof(IsoMaps));
    if (!m) return NULL;
    for (int si = 0; c->sets[si].mark; si++)
        if (!c->sets[si].single && CjkEngine_Table(c->sets[si].base, &m->base[si], &m->bx[si]) < 0) goto fail;
    if (fill_encoder(c, m) < 0) goto fail;
    return maps[id] = m;
fail:
    maps_free(m);
    return NULL;
}

static int find_set(const CjkIso2022 *c, uint8_t mark) {
    for (int si = 0; c->sets[si].mark; si++)
        if (c->sets[si].mark == mark) return si;
    return -1;
}

/* ---- ISO 2022 decoding ------------------------------------------------------------- */

static bool escape_end(uint8_t b) { return (b >= 'A' && b <= 'Z') || b == '@'; }

/* A designation at p (ESC, then at least one byte). */
static Step designate(const CjkIso2022 *c, const uint8_t *p, ssize_t n, uint64_t *st, ssize_t *len) {
    ssize_t esclen = 0;
    for (ssize_t i = 1; i < MAX_ESCAPE; i++) {
        if (i >= n) return STEP_TOOFEW;
        if (escape_end(p[i])) {
            esclen = i + 1;
            break;
        }
        if ((c->flags & JISX0208_PREFIX) && i + 1 < n && p[i] == '&' && p[i + 1] == '@') i += 2;
    }
    uint8_t set, g;
    *len = esclen ? esclen : 1;
    switch (esclen) {
    case 3:
        if (p[1] == '$') {
            set = p[2] | 0x80, g = 0;
            break;
        }
        set = p[2];
        if (p[1] == '(') g = 0;
        else if (p[1] == ')') g = 1;
        else if ((c->flags & USE_G2) && p[1] == '.') g = 2;
        else return STEP_BAD;
        break;
    case 4:
        if (p[1] != '$' || (p[2] != '(' && p[2] != ')')) return STEP_BAD;
        set = p[3] | 0x80, g = p[2] == ')';
        break;
    case 6:
        if (!(c->flags & JISX0208_PREFIX) || p[3] != ESC || p[4] != '$' || p[5] != 'B') return STEP_BAD;
        set = JISX0208_SET, g = 0;
        break;
    default:
        return STEP_BAD;
    }
    if (set != ASCII_SET && find_set(c, set) < 0) return STEP_BAD;
    *st = set_byte(*st, g, set);
    return STEP_OK;
}

/* A character of G2 by ESC N (three bytes at p). */
static Step single_shift(const CjkIso2022 *c, const uint8_t *p, uint64_t st, StrBuilder *sb) {
    uint8_t g2 = get_byte(st, 2), b = p[2];
    if (g2 == ASCII_SET) return b & 0x80 ? STEP_BAD : SB_AppendChar(sb, b) < 0 ? STEP_FAIL : STEP_OK;
    int si = find_set(c, g2);
    if (si < 0 || !is_g2_set(&c->sets[si])) return STEP_INTERNAL;
    uint16_t cp = c->sets[si].single[b];
    if (cp == 0xFFFF) return STEP_BAD;
    return SB_AppendChar(sb, cp) < 0 ? STEP_FAIL : STEP_OK;
}

/* A character of the set in use at p. */
static Step set_char(const CjkIso2022 *c, IsoMaps *m, const uint8_t *p, ssize_t n, uint8_t set, StrBuilder *sb,
                     ssize_t *len) {
    int si = find_set(c, set);
    if (si < 0) return STEP_INTERNAL;
    const CjkSet *s = &c->sets[si];
    *len = s->single ? 1 : 2;
    if (n < *len) return STEP_TOOFEW;
    uint32_t second = 0, cp;
    if (is_g2_set(s)) return STEP_BAD; /* reached by single shifts only: CPython's G0 reading finds none */
    if (s->single) cp = s->single[p[0]] == 0xFFFF ? 0 : s->single[p[0]];
    else cp = set_decode(c, m, si, (uint32_t)p[0] << 8 | p[1], &second);
    if (!cp) return STEP_BAD;
    if (SB_AppendChar(sb, cp) < 0 || (second && SB_AppendChar(sb, second) < 0)) return STEP_FAIL;
    return STEP_OK;
}

static Step iso_step(const CjkIso2022 *c, IsoMaps *m, const uint8_t *p, ssize_t n, uint64_t *st, StrBuilder *sb,
                     ssize_t *len) {
    uint8_t b = p[0], flags = get_byte(*st, 4);
    *len = 1;
    if (flags & F_PASSING) {
        if (escape_end(b)) *st = set_byte(*st, 4, flags & ~F_PASSING);
        return SB_AppendChar(sb, b) < 0 ? STEP_FAIL : STEP_OK;
    }
    if (b == ESC) {
        if (n < 2) return STEP_TOOFEW;
        if (strchr("()$.&", p[1]) && p[1]) return designate(c, p, n, st, len);
        if ((c->flags & USE_G2) && p[1] == 'N') {
            if (n < 3) return STEP_TOOFEW;
            *len = 3;
            return single_shift(c, p, *st, sb);
        }
        *st = set_byte(*st, 4, flags | F_PASSING);
    } else if ((b == SI || b == SO) && !(c->flags & NO_SHIFT)) {
        *st = set_byte(*st, 4, b == SO ? flags | F_SHIFTED : flags & ~F_SHIFTED);
        return STEP_OK;
    } else if (b == '\n') {
        *st = set_byte(*st, 4, flags & ~F_SHIFTED);
    } else if (b >= 0x80) {
        return STEP_BAD;
    } else if (b >= 0x20) {
        uint8_t set = get_byte(*st, flags & F_SHIFTED ? 1 : 0);
        if (set != ASCII_SET) return set_char(c, m, p, n, set, sb, len);
    }
    return SB_AppendChar(sb, b) < 0 ? STEP_FAIL : STEP_OK;
}

/* ---- hz ------------------------------------------------------------------------------ */

static const CjkTable *hz_table;
static CjkExpanded *hz_x;

static Step hz_step(const uint8_t *p, ssize_t n, uint64_t *st, StrBuilder *sb, ssize_t *len) {
    uint8_t b = p[0];
    *len = 1;
    if (b == '~') {
        if (n < 2) return STEP_TOOFEW;
        *len = 2;
        if (p[1] == '~' && *st == 0) return SB_AppendChar(sb, '~') < 0 ? STEP_FAIL : STEP_OK;
        if (p[1] == '{' && *st == 0) *st = 1;
        else if (p[1] == '}' && *st == 1) *st = 0;
        else if (p[1] != '\n' || *st != 0) return *len = 1, STEP_BAD;
        return STEP_OK;
    }
    if (b & 0x80) return STEP_BAD;
    if (*st == 0) return SB_AppendChar(sb, b) < 0 ? STEP_FAIL : STEP_OK;
    if (n < 2) return STEP_TOOFEW;
    uint32_t second, cp = 0;
    if (b >= 0x21 && b <= 0x7E && p[1] >= 0x21 && p[1] <= 0x7E)
        cp = CjkEngine_Decode(hz_table, hz_x, ((uint32_t)b << 8 | p[1]) | 0x8080, &second);
    if (!cp) return STEP_BAD;
    *len = 2;
    return SB_AppendChar(sb, cp) < 0 ? STEP_FAIL : STEP_OK;
}

/* ---- the engine's entry points ------------------------------------------------------- */

int CjkStateful_Find(const char *name) {
    if (strcmp(name, "hz") == 0) return HZ_ID;
    for (int i = 0; i < MAX_ISO && Cjk_Iso2022[i].name; i++)
        if (strcmp(Cjk_Iso2022[i].name, name) == 0) return i;
    return -1;
}

/* Readies codec id's maps: 0, or -1 with an exception. */
static int ready(int id) {
    if (id == HZ_ID) {
        if (hz_x) return 0;
        for (int i = 0; Cjk_Tables[i].name; i++)
            if (strcmp(Cjk_Tables[i].name, "gb2312") == 0) return CjkEngine_Table(i, &hz_table, &hz_x);
        Err_SetString(Exc_LookupError, "no such CJK codec: gb2312");
        return -1;
    }
    if (!get_maps(id)) {
        Err_NoMemory();
        return -1;
    }
    return 0;
}

void CjkStateful_Initial(int id, uint64_t *enc, uint64_t *dec) {
    *enc = id == HZ_ID ? 0 : (uint64_t)ASCII_SET | (uint64_t)ASCII_SET << 8;
    *dec = id == HZ_ID ? 0 : (uint64_t)ASCII_SET | (uint64_t)ASCII_SET << 8 | (uint64_t)ASCII_SET << 16;
}

uint64_t CjkStateful_ResetDecoder(int id, uint64_t st) {
    if (id == HZ_ID) return 0;
    st = set_byte(st, 0, ASCII_SET);
    return set_byte(st, 4, get_byte(st, 4) & ~F_SHIFTED);
}

const char *CjkStateful_Name(int id) { return id == HZ_ID ? "hz" : Cjk_Iso2022[id].name; }

Object *CjkStateful_Decode(int id, const uint8_t *p, ssize_t n, const char *errors, bool final, uint64_t *state,
                           ssize_t *consumed) {
    if (ready(id) < 0) return NULL;
    const CjkIso2022 *c = id == HZ_ID ? NULL : &Cjk_Iso2022[id];
    const char *name = CjkStateful_Name(id);
    StrBuilder sb;
    SB_Init(&sb);
    Object *input = NULL;
    ssize_t i = 0;
    while (i < n) {
        ssize_t len = 1;
        Step r = c ? iso_step(c, maps[id], p + i, n - i, state, &sb, &len) : hz_step(p + i, n - i, state, &sb, &len);
        if (r == STEP_OK) {
            i += len;
            continue;
        }
        if (r == STEP_FAIL) goto fail;
        if (r == STEP_INTERNAL) {
            Err_SetString(Exc_RuntimeError, "internal codec error");
            goto fail;
        }
        if (r == STEP_TOOFEW && !final) break;
        bool cut = r == STEP_TOOFEW;
        i = CodecErr_Decode(errors, name, cut ? INCOMPLETE : ILLEGAL, (const char *)p, n, &input, i,
                            cut ? n : i + len, &sb);
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

/* ---- encoding ------------------------------------------------------------------------ */

static int put2(ByteBuf *out, uint8_t a, uint8_t b) {
    uint8_t s[2] = {a, b};
    return ByteBuf_Put(out, s, 2);
}

/* Writes what returns to ASCII (the end of every final encoding). */
int CjkStateful_Reset(int id, uint64_t *st, ByteBuf *out) {
    if (id == HZ_ID) {
        if (*st && put2(out, '~', '}') < 0) return -1;
        *st = 0;
        return 0;
    }
    uint8_t flags = get_byte(*st, 4);
    if (flags & F_SHIFTED) {
        if (ByteBuf_AddByte(out, SI) < 0) return -1;
        *st = set_byte(*st, 4, flags & ~F_SHIFTED);
    }
    if (get_byte(*st, 0) != ASCII_SET) {
        if (ByteBuf_Put(out, "\x1b(B", 3) < 0) return -1;
        *st = set_byte(*st, 0, ASCII_SET);
    }
    return 0;
}

/* Writes the code of set mark, designating and shifting as needed. */
static int iso_emit(const CjkIso2022 *c, uint64_t *st, uint32_t mark, uint32_t code, ByteBuf *out) {
    uint8_t flags = get_byte(*st, 4), m7 = mark & 0x7F;
    int rc = 0;
    if (c->flags & USES_G1) {
        if (get_byte(*st, 1) != mark) {
            rc |= mark & 0x80 ? ByteBuf_Put(out, (uint8_t[]){ESC, '$', ')', m7}, 4)
                              : ByteBuf_Put(out, (uint8_t[]){ESC, ')', m7}, 3);
            *st = set_byte(*st, 1, (uint8_t)mark);
        }
        if (!(flags & F_SHIFTED)) {
            rc |= ByteBuf_AddByte(out, SO);
            *st = set_byte(*st, 4, flags | F_SHIFTED);
        }
    } else {
        if (flags & F_SHIFTED) {
            rc |= ByteBuf_AddByte(out, SI);
            *st = set_byte(*st, 4, flags & ~F_SHIFTED);
        }
        if (get_byte(*st, 0) != mark) {
            if (!(mark & 0x80)) rc |= ByteBuf_Put(out, (uint8_t[]){ESC, '(', m7}, 3);
            else if (mark == JISX0208_SET) rc |= ByteBuf_Put(out, (uint8_t[]){ESC, '$', m7}, 3);
            else rc |= ByteBuf_Put(out, (uint8_t[]){ESC, '$', '(', m7}, 4);
            *st = set_byte(*st, 0, (uint8_t)mark);
        }
    }
    if (rc < 0) return -1;
    return mark & 0x80 ? put2(out, (uint8_t)(code >> 8), (uint8_t)code) : ByteBuf_AddByte(out, (uint8_t)code);
}

/* The size CPython's output buffer has (cap): an encoder's write that
 * does not fit grows it by half; hz loses the second byte of "~~" when
 * the first fills it (the encoder has moved past the "~" by then), which
 * is why it is followed here. */
static void room(ssize_t *cap, size_t len, size_t k) {
    while ((ssize_t)(len + k) > *cap) *cap += (*cap >> 1) | 1;
}

static int ascii_char(int id, uint64_t *st, uint32_t cp, ByteBuf *out, ssize_t *cap) {
    if (id == HZ_ID) {
        if (*st) {
            room(cap, out->len, 2);
            if (put2(out, '~', '}') < 0) return -1;
        }
        *st = 0;
        room(cap, out->len, 1);
        if (ByteBuf_AddByte(out, (uint8_t)cp) < 0) return -1;
        if (cp != '~') return 0;
        if ((ssize_t)out->len + 1 > *cap) {
            room(cap, out->len, 1); /* CPython's hz drops the second "~" here */
            return 0;
        }
        return ByteBuf_AddByte(out, '~');
    }
    return CjkStateful_Reset(id, st, out) < 0 ? -1 : ByteBuf_AddByte(out, (uint8_t)cp);
}

/* The code of a character (mark << 16 | code for ISO 2022), or NONE. */
static uint32_t code_for(int id, uint32_t cp) {
    if (id == HZ_ID) {
        uint32_t code = CjkEngine_Code(hz_x, cp);
        return code != NONE && code > 0xFF && code <= 0xFFFF ? code & 0x7F7F : NONE;
    }
    IsoMaps *m = maps[id];
    return cp <= 0x10FFFF && m->enc[cp >> 8] ? m->enc[cp >> 8][cp & 0xFF] : NONE;
}

static int emit(int id, uint64_t *st, uint32_t code, ByteBuf *out, ssize_t *cap) {
    if (id != HZ_ID) return iso_emit(&Cjk_Iso2022[id], st, code >> 16, code & 0xFFFF, out);
    room(cap, out->len, *st ? 2 : 4);
    if (!*st && put2(out, '~', '{') < 0) return -1;
    *st = 1;
    return put2(out, (uint8_t)(code >> 8), (uint8_t)code);
}

/* The pair entry of (first, second) (second NONE: any), or NULL. */
static const uint32_t *pair_of(int id, uint32_t first, uint32_t second) {
    if (id == HZ_ID) return NULL;
    const CjkIso2022 *c = &Cjk_Iso2022[id];
    for (uint32_t k = 0; k < c->npairs; k++)
        if (c->pairs[3 * k] == first && (second == NONE || c->pairs[3 * k + 1] == second)) return c->pairs + 3 * k;
    return NULL;
}

static int encode_into(int id, Object *str, const char *errors, bool final, uint64_t *st, ByteBuf *out,
                       ssize_t *cap, ssize_t *consumed);

/* Encodes an error handler's replacement: bytes as they are, str with the
 * codec (strictly, as CPython). */
static int put_replacement(int id, Object *repl, uint64_t *st, ByteBuf *out, ssize_t *cap) {
    ByteBuf own = {0};
    const void *data;
    size_t size;
    if (Bytes_Check(repl)) {
        data = BYTES_DATA(repl), size = (size_t)BYTES_LEN(repl);
    } else {
        ssize_t used, own_cap = STR_LEN(repl) * 2 + 16; /* a buffer of its own, as CPython's */
        if (encode_into(id, repl, "strict", true, st, &own, &own_cap, &used) < 0) {
            ByteBuf_Free(&own);
            return -1;
        }
        data = own.data, size = own.len;
    }
    if ((ssize_t)(out->len + size) > *cap) *cap += (ssize_t)size < (*cap >> 1) ? (*cap >> 1) | 1 : (ssize_t)size;
    int rc = ByteBuf_Put(out, data, size);
    ByteBuf_Free(&own);
    return rc;
}

static int encode_into(int id, Object *str, const char *errors, bool final, uint64_t *st, ByteBuf *out,
                       ssize_t *cap, ssize_t *consumed) {
    ssize_t n = STR_LEN(str), i = 0;
    while (i < n) {
        uint32_t cp = STR_CHAR(str, i), code = NONE;
        if (cp < 0x80) {
            if (ascii_char(id, st, cp, out, cap) < 0) return -1;
            i++;
            continue;
        }
        ssize_t size = 1;
        if (pair_of(id, cp, NONE)) {
            if (i + 1 == n && !final) break;
            const uint32_t *pair = i + 1 < n ? pair_of(id, cp, STR_CHAR(str, i + 1)) : NULL;
            if (pair) code = pair[2], size = 2;
        }
        if (code == NONE) code = code_for(id, cp);
        if (code != NONE) {
            if (emit(id, st, code, out, cap) < 0) return -1;
            i += size;
            continue;
        }
        ssize_t next;
        Object *repl = CodecErr_Encode(errors, CjkStateful_Name(id), ILLEGAL, str, i, i + 1, &next);
        if (!repl) return -1;
        int rc = put_replacement(id, repl, st, out, cap);
        DECREF(repl);
        if (rc < 0) return -1;
        i = next;
    }
    *consumed = i;
    return 0;
}

Object *CjkStateful_Encode(int id, Object *str, const char *errors, bool final, uint64_t *state,
                           ssize_t *consumed) {
    if (ready(id) < 0) return NULL;
    ByteBuf out = {0};
    ssize_t cap = STR_LEN(str) * 2 + 16;
    if (encode_into(id, str, errors, final, state, &out, &cap, consumed) < 0 ||
        (final && CjkStateful_Reset(id, state, &out) < 0)) {
        ByteBuf_Free(&out);
        return NULL;
    }
    Object *r = Bytes_From(out.data, (ssize_t)out.len);
    ByteBuf_Free(&out);
    return r;
}
