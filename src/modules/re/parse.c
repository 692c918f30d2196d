/* The parser of Python's regular expression syntax.  It walks the pattern
 * once, by recursive descent, checking it as CPython does (same messages,
 * same positions) and writing the equivalent PCRE2 pattern as it goes.
 *
 * The PCRE2 text is chosen so that PCRE2 gives CPython's results: literals
 * are written as \x{...} escapes, `.`, `^`, `$`, \Z and the ASCII classes
 * become explicit classes or assertions (so DOTALL, MULTILINE and ASCII need
 * no PCRE2 options and may be scoped), \s becomes the set str.isspace()
 * accepts, and Python's group names stay on our side: every capturing group
 * is a plain PCRE2 group, numbered as Python numbers it. */
#include "abstract.h"
#include "modules/re/re.h"
#include "modules/unicodedata.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include <stdio.h>
#include <string.h>

/* Widths of what a piece of pattern matches, as CPython's getwidth: the
 * upper bound saturates at RE_MAXREPEAT. */
typedef struct Width {
    uint64_t min, max;
} Width;

typedef struct Parser {
    const uint32_t *src; /* the pattern's code points */
    ssize_t n, i;
    bool bytes;
    int flags;           /* flags in force at this point */
    uint32_t *out;
    size_t len, cap;
    int groups;          /* groups opened so far */
    uint8_t *open;       /* open[g]: group g is not closed yet */
    int *parents;        /* parents[g]: the capturing group around group g */
    uint8_t *ahead;      /* ahead[g]: group g is in a look-ahead within its parent */
    bool in_ahead;       /* in a look-ahead opened since the current group */
    size_t open_cap;
    int current;         /* the innermost capturing group being parsed */
    Width *gwidth;       /* gwidth[g]: the width of group g, once closed */
    int lookbehind_groups; /* in a look-behind: the groups opened before it; else -1 */
    int depth;           /* groups nested around this point (see nest) */
    int depth_left;
    Object *groupindex;
    /* checked once the whole pattern parsed, as CPython does */
    uint64_t cond_ref;   /* largest group number a conditional refers to */
    ssize_t cond_ref_pos;
    bool lookbehind_bad; /* a look-behind whose width is not fixed */
    bool atomic;         /* an atomic group, or a group repeated possessively */
    bool failed;         /* an error was raised (or memory ran out) */
    Object *warnings;    /* the FutureWarning messages: a list (borrowed) */
    Object *pattern, *error_class;
} Parser;

/* ---- errors ---------------------------------------------------------------- */

/* Raises error_class(msg, pattern, pos); pos < 0 passes None.  Steals msg. */
static int fail_obj(Parser *P, Object *msg, ssize_t pos) {
    if (P->failed) {
        XDECREF(msg);
        return -1;
    }
    P->failed = true;
    if (!msg) return -1;
    Object *posobj = pos < 0 ? NEWREF(OBJ_NONE) : Int_FromI64(pos);
    if (!posobj) {
        DECREF(msg);
        return -1;
    }
    Object *args[3] = {msg, pos < 0 ? OBJ_NONE : P->pattern, posobj};
    Object *exc = Obj_Call(P->error_class, args, 3, NULL);
    DECREF(msg);
    DECREF(posobj);
    if (exc) {
        Err_SetObject(TYPE(exc), exc);
        DECREF(exc);
    }
    return -1;
}

static int fail(Parser *P, const char *msg, ssize_t pos) {
    return fail_obj(P, Str_FromUTF8(msg, -1), pos);
}

/* The pattern text src[a:b] as a str (for messages). */
static Object *source_text(Parser *P, ssize_t a, ssize_t b) {
    return Str_FromUCS4(P->src + a, b - a);
}

/* "msg" followed by the source text src[a:b]: "bad escape \q". */
static int fail_text(Parser *P, const char *msg, ssize_t a, ssize_t b, ssize_t pos) {
    Object *t = source_text(P, a, b);
    return fail_obj(P, t ? Str_FromFormat("%s%U", msg, t) : NULL, pos), XDECREF(t), -1;
}

/* Notes a FutureWarning "Possible <what> at position <pos>": syntax a later
 * Python may read as a set operation.  The caller of the translation issues
 * them (from Python, so that they point at the user's code), even when the
 * pattern turns out to be malformed, as CPython does. */
static int note_set_syntax(Parser *P, const char *what, ssize_t pos) {
    Object *msg = Str_FromFormat("Possible %s at position %zd", what, pos);
    if (!msg || List_AppendSteal(P->warnings, msg) < 0) {
        P->failed = true;
        return -1;
    }
    return 0;
}

/* ---- output ----------------------------------------------------------------- */

static int out_char(Parser *P, uint32_t c) {
    if (P->len == P->cap) {
        size_t cap = P->cap ? P->cap * 2 : 64;
        uint32_t *o = Mem_Realloc(P->out, cap * sizeof *o);
        if (!o) {
            Err_NoMemory();
            P->failed = true;
            return -1;
        }
        P->out = o;
        P->cap = cap;
    }
    P->out[P->len++] = c;
    return 0;
}

/* Inserts the ASCII text s at offset at of the output. */
static int out_insert(Parser *P, size_t at, const char *s) {
    size_t n = strlen(s), old = P->len;
    for (size_t k = 0; k < n; k++)
        if (out_char(P, 0) < 0) return -1;
    memmove(P->out + at + n, P->out + at, (old - at) * sizeof *P->out);
    for (size_t k = 0; k < n; k++) P->out[at + k] = (unsigned char)s[k];
    return 0;
}

static int out_ascii(Parser *P, const char *s) {
    for (; *s; s++)
        if (out_char(P, (unsigned char)*s) < 0) return -1;
    return 0;
}

/* One code point as PCRE2 reads it literally, in or out of a class. */
static int out_cp(Parser *P, uint32_t c) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return out_char(P, c);
    char buf[16];
    snprintf(buf, sizeof buf, "\\x{%x}", (unsigned)c);
    return out_ascii(P, buf);
}

/* Case-insensitive matching that PCRE2 cannot do for us: a str pattern
 * under ASCII folds ASCII letters only (PCRE2 would fold 'k' with KELVIN
 * SIGN), so there the letters are written as classes and PCRE2's caseless
 * option is off. */
static bool ascii_fold(const Parser *P) {
    return !P->bytes && (P->flags & (RE_IGNORECASE | RE_ASCII)) == (RE_IGNORECASE | RE_ASCII);
}
static bool pcre_caseless(const Parser *P, int flags) {
    return (flags & RE_IGNORECASE) && (P->bytes || !(flags & RE_ASCII));
}
static bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Python's case-insensitive matching makes i, I, U+0130 and U+0131 all
 * equal, where Unicode's case folding (PCRE2's) pairs only i with I. */
static bool dotted_i(uint32_t c) { return c == 'i' || c == 'I' || c == 0x130 || c == 0x131; }
static bool unicode_fold(const Parser *P) { return !P->bytes && pcre_caseless(P, P->flags); }

/* Case pairs Unicode 16 added, which PCRE2 10.42's tables do not know
 * (found by comparing re.IGNORECASE matching with CPython 3.14's): single
 * pairs, and the Garay letters, whose small forms are 0x20 above. */
static const uint32_t unicode16_pairs[][2] = {
    {0x19b, 0xa7dc}, {0x264, 0xa7cb}, {0x1c89, 0x1c8a}, {0xa7cc, 0xa7cd}, {0xa7da, 0xa7db},
};
#define GARAY_UPPER 0x10d50
#define GARAY_COUNT 22

static uint32_t unicode16_partner(uint32_t c) {
    for (size_t k = 0; k < sizeof unicode16_pairs / sizeof *unicode16_pairs; k++) {
        if (unicode16_pairs[k][0] == c) return unicode16_pairs[k][1];
        if (unicode16_pairs[k][1] == c) return unicode16_pairs[k][0];
    }
    if (c >= GARAY_UPPER && c < GARAY_UPPER + GARAY_COUNT) return c + 0x20;
    if (c >= GARAY_UPPER + 0x20 && c < GARAY_UPPER + 0x20 + GARAY_COUNT) return c - 0x20;
    return 0;
}

static int out_range(Parser *P, uint32_t lo, uint32_t hi);

/* The partners of the Unicode 16 pairs in lo-hi, as class items. */
static int out_unicode16_partners(Parser *P, uint32_t lo, uint32_t hi) {
    for (size_t k = 0; k < sizeof unicode16_pairs / sizeof *unicode16_pairs; k++) {
        for (int side = 0; side < 2; side++) {
            uint32_t c = unicode16_pairs[k][side];
            if (c >= lo && c <= hi && out_cp(P, unicode16_pairs[k][!side]) < 0) return -1;
        }
    }
    for (int side = 0; side < 2; side++) {
        uint32_t first = GARAY_UPPER + (side ? 0x20 : 0), last = first + GARAY_COUNT - 1;
        uint32_t a = lo > first ? lo : first, b = hi < last ? hi : last;
        int shift = side ? -0x20 : 0x20;
        if (a <= b && out_range(P, a + shift, b + shift) < 0) return -1;
    }
    return 0;
}

static int out_literal(Parser *P, uint32_t c) {
    if (unicode_fold(P) && dotted_i(c)) return out_ascii(P, "[iI\\x{130}\\x{131}]");
    uint32_t partner = unicode_fold(P) ? unicode16_partner(c) : 0;
    if (partner) {
        if (out_char(P, '[') < 0 || out_cp(P, c) < 0 || out_cp(P, partner) < 0) return -1;
        return out_char(P, ']');
    }
    if (ascii_fold(P) && is_ascii_letter(c)) {
        if (out_char(P, '[') < 0 || out_char(P, c | 0x20) < 0 || out_char(P, c & ~0x20u) < 0) return -1;
        return out_char(P, ']');
    }
    return out_cp(P, c);
}

/* ---- the character categories ------------------------------------------------ */

/* Code points str.isspace() accepts, as ranges. */
static const uint32_t space_ranges[][2] = {
    {0x09, 0x0d}, {0x1c, 0x20}, {0x85, 0x85}, {0xa0, 0xa0}, {0x1680, 0x1680}, {0x2000, 0x200a},
    {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000}, {0, 0},
};
static const uint32_t ascii_space_ranges[][2] = {{0x09, 0x0d}, {0x20, 0x20}, {0, 0}};
static const uint32_t ascii_digit_ranges[][2] = {{'0', '9'}, {0, 0}};
static const uint32_t ascii_word_ranges[][2] = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}, {0, 0}};

static int out_range(Parser *P, uint32_t lo, uint32_t hi) {
    if (out_cp(P, lo) < 0) return -1;
    if (lo == hi) return 0;
    return out_char(P, '-') < 0 ? -1 : out_cp(P, hi);
}

/* The items of a class for a list of ranges, or for its complement. */
static int out_ranges(Parser *P, const uint32_t (*r)[2], bool negate) {
    if (!negate) {
        for (; r[0][1]; r++)
            if (out_range(P, r[0][0], r[0][1]) < 0) return -1;
        return 0;
    }
    uint32_t next = 0;
    for (; r[0][1]; r++) {
        if (r[0][0] > next && out_range(P, next, r[0][0] - 1) < 0) return -1;
        next = r[0][1] + 1;
    }
    return out_range(P, next, 0x10ffff);
}

/* Category letters: d D s S w W.  Writes the class items (in_class) or a
 * whole class. */
static int out_category(Parser *P, uint32_t c, bool in_class) {
    bool negate = c == 'D' || c == 'S' || c == 'W';
    uint32_t lower = c | 0x20;
    bool unicode = !P->bytes && !(P->flags & RE_ASCII);
    if (unicode && lower != 's') {
        /* PCRE2_UCP's \d is \p{Nd} and its \w is [\p{L}\p{N}_], as Python's */
        if (!in_class && out_char(P, '[') < 0) return -1;
        if (out_char(P, '\\') < 0 || out_char(P, c) < 0) return -1;
        return in_class ? 0 : out_char(P, ']');
    }
    const uint32_t(*r)[2] = lower == 'd' ? ascii_digit_ranges
                            : lower == 'w' ? ascii_word_ranges
                            : unicode ? space_ranges : ascii_space_ranges;
    if (!in_class && out_char(P, '[') < 0) return -1;
    if (out_ranges(P, r, negate) < 0) return -1;
    return in_class ? 0 : out_char(P, ']');
}

/* \b and \B.  PCRE2_UCP's word characters are Python's for str patterns,
 * and PCRE2's default tables are ASCII for bytes; a str pattern under ASCII
 * spells the test out. */
static int out_boundary(Parser *P, bool at) {
    if (P->bytes || !(P->flags & RE_ASCII)) return out_ascii(P, at ? "\\b" : "\\B");
    const char *w = "[0-9A-Z_a-z]";
    char buf[160];
    if (at)
        snprintf(buf, sizeof buf, "(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))", w, w, w, w);
    else
        snprintf(buf, sizeof buf, "(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))", w, w, w, w);
    return out_ascii(P, buf);
}

/* ---- reading ----------------------------------------------------------------- */

static bool at_end(const Parser *P) { return P->i >= P->n; }
static uint32_t peek(const Parser *P) { return P->i < P->n ? P->src[P->i] : 0xFFFFFFFFu; }
static bool accept(Parser *P, uint32_t c) {
    if (P->i < P->n && P->src[P->i] == c) {
        P->i++;
        return true;
    }
    return false;
}

static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_octal(uint32_t c) { return c >= '0' && c <= '7'; }
static int hex_value(uint32_t c) {
    if (is_digit(c)) return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* In verbose mode, skips white space and comments. */
static void skip_verbose(Parser *P) {
    if (!(P->flags & RE_VERBOSE)) return;
    while (!at_end(P)) {
        uint32_t c = peek(P);
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            P->i++;
        } else if (c == '#') {
            while (!at_end(P) && peek(P) != '\n') P->i++;
        } else {
            break;
        }
    }
}

static int mark_open(Parser *P, int g, bool open) {
    if ((size_t)g >= P->open_cap) {
        size_t cap = P->open_cap ? P->open_cap * 2 : 32;
        while (cap <= (size_t)g) cap *= 2;
        uint8_t *o = Mem_Realloc(P->open, cap);
        if (!o) {
            Err_NoMemory();
            P->failed = true;
            return -1;
        }
        memset(o + P->open_cap, 0, cap - P->open_cap);
        P->open = o;
        int *par = Mem_Realloc(P->parents, cap * sizeof *par);
        if (!par) {
            Err_NoMemory();
            P->failed = true;
            return -1;
        }
        P->parents = par;
        uint8_t *ah = Mem_Realloc(P->ahead, cap);
        if (!ah) {
            Err_NoMemory();
            P->failed = true;
            return -1;
        }
        P->ahead = ah;
        Width *gw = Mem_Realloc(P->gwidth, cap * sizeof *gw);
        if (!gw) {
            Err_NoMemory();
            P->failed = true;
            return -1;
        }
        P->gwidth = gw;
        P->open_cap = cap;
    }
    P->open[g] = open;
    return 0;
}

/* ---- escapes ------------------------------------------------------------------ */

/* The character named name[:len] as unicodedata.lookup() finds it (aliases
 * included); -2 when there is none or it is a named sequence of several
 * characters, -1 when memory ran out (with the error set). */
static int64_t named_char(const uint32_t *name, ssize_t len) {
    char key[128];
    if (len >= (ssize_t)sizeof key) return -2; /* longer than any name */
    for (ssize_t k = 0; k < len; k++) {
        if (name[k] == 0 || name[k] > 0x7f) return -2; /* names are ASCII */
        key[k] = (char)name[k];
    }
    Object *s = Ucd_LookupName(key, (size_t)len, true);
    if (!s) {
        if (!Err_Matches(Exc_KeyError)) return -1;
        Err_Clear();
        return -2;
    }
    int64_t c = STR_LEN(s) == 1 ? (int64_t)STR_CHAR(s, 0) : -2;
    DECREF(s);
    return c;
}

/* The code point of a \x, \u, \U or \N escape whose letter was just read
 * (start is the backslash); -1 on error. */
static int64_t escape_code(Parser *P, uint32_t letter, ssize_t start) {
    int digits = letter == 'x' ? 2 : letter == 'u' ? 4 : 8;
    if (P->bytes && letter != 'x') return fail_text(P, "bad escape ", start, start + 2, start);
    if (letter == 'N') {
        if (!accept(P, '{')) return fail(P, "missing {", P->i);
        ssize_t name = P->i;
        while (!at_end(P) && peek(P) != '}') {
            if (peek(P) == '\\' && ++P->i == P->n) /* "\}" does not end the name */
                return fail(P, "bad escape (end of pattern)", P->i - 1);
            P->i++;
        }
        if (at_end(P)) return fail(P, P->i == name ? "missing character name" : "missing }, unterminated name", name);
        if (P->i == name) return fail(P, "missing character name", name);
        ssize_t name_end = P->i;
        P->i++;
        int64_t c = named_char(P->src + name, name_end - name);
        if (c == -1) P->failed = true;
        if (c != -2) return c;
        Object *t = source_text(P, name, name_end);
        if (t) fail_obj(P, Str_FromFormat("undefined character name %R", t), start);
        XDECREF(t);
        return -1;
    }
    uint32_t v = 0;
    int got = 0;
    while (got < digits && !at_end(P) && hex_value(peek(P)) >= 0) {
        v = v * 16 + (uint32_t)hex_value(peek(P));
        P->i++;
        got++;
    }
    if (got < digits) return fail_text(P, "incomplete escape ", start, P->i, start);
    if (v > 0x10ffff) return fail_text(P, "bad escape ", start, P->i, start);
    return v;
}

/* Octal digits after a backslash (up to three in all, first already read as
 * value); -1 on error. */
static int64_t octal_escape(Parser *P, uint32_t value, int have, ssize_t start) {
    while (have < 3 && !at_end(P) && is_octal(peek(P))) {
        value = value * 8 + (peek(P) - '0');
        P->i++;
        have++;
    }
    if (value > 0377) {
        Object *t = source_text(P, start, P->i);
        fail_obj(P, t ? Str_FromFormat("octal escape value %U outside of range 0-0o377", t) : NULL, start);
        XDECREF(t);
        return -1;
    }
    return value;
}

/* A simple escape letter's code point, or -1. */
static int64_t simple_escape(uint32_t c, bool in_class) {
    switch (c) {
    case 'a': return 7;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    case '\\': return '\\';
    case 'b': return in_class ? 8 : -1;
    default: return -1;
    }
}

/* A backreference to group g (the escape started at start); its width is
 * the group's, which a look-behind may use. */
static int out_backref(Parser *P, uint64_t g, ssize_t start, ssize_t num_pos, Width *w) {
    if (g > (uint64_t)P->groups) {
        Object *m = Str_FromFormat("invalid group reference %llu", (unsigned long long)g);
        return fail_obj(P, m, num_pos);
    }
    if ((size_t)g < P->open_cap && P->open[g]) return fail(P, "cannot refer to an open group", start);
    if (P->lookbehind_groups >= 0 && g > (uint64_t)P->lookbehind_groups)
        return fail(P, "cannot refer to group defined in the same lookbehind subpattern", P->i);
    *w = P->gwidth[g];
    char buf[32];
    snprintf(buf, sizeof buf, "(?:\\g{%llu})", (unsigned long long)g);
    return out_ascii(P, buf);
}

/* ---- character classes -------------------------------------------------------- */

enum { ITEM_CHAR, ITEM_CATEGORY };

/* One item of a class (after '[' and '^'): a code point or a category. */
static int class_item(Parser *P, int *kind, uint32_t *value) {
    ssize_t start = P->i;
    uint32_t c = P->src[P->i++];
    *kind = ITEM_CHAR;
    if (c != '\\') {
        *value = c;
        return 0;
    }
    if (at_end(P)) return fail(P, "bad escape (end of pattern)", start);
    c = P->src[P->i++];
    int64_t v = simple_escape(c, true);
    if (v >= 0) {
        *value = (uint32_t)v;
        return 0;
    }
    switch (c) {
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        *kind = ITEM_CATEGORY;
        *value = c;
        return 0;
    case 'x': case 'u': case 'U': case 'N':
        v = escape_code(P, c, start);
        break;
    default:
        if (is_octal(c)) {
            v = octal_escape(P, c - '0', 1, start);
        } else if (is_digit(c) || is_ascii_letter(c)) {
            return fail_text(P, "bad escape ", start, P->i, start);
        } else {
            v = c;
        }
    }
    if (v < 0) return -1;
    *value = (uint32_t)v;
    return 0;
}

/* A range lo-hi of a class, with the ASCII case partners where the pattern
 * folds ASCII letters itself. */
static int out_class_range(Parser *P, uint32_t lo, uint32_t hi) {
    if (out_range(P, lo, hi) < 0) return -1;
    if (unicode_fold(P) && out_unicode16_partners(P, lo, hi) < 0) return -1;
    if (unicode_fold(P) && ((lo <= 'I' && hi >= 'I') || (lo <= 'i' && hi >= 'i') || (lo <= 0x131 && hi >= 0x130)))
        return out_ascii(P, "iI\\x{130}\\x{131}");
    if (!ascii_fold(P)) return 0;
    uint32_t a = lo > 'a' ? lo : 'a', b = hi < 'z' ? hi : 'z';
    if (a <= b && out_range(P, a - 32, b - 32) < 0) return -1;
    a = lo > 'A' ? lo : 'A', b = hi < 'Z' ? hi : 'Z';
    if (a <= b && out_range(P, a + 32, b + 32) < 0) return -1;
    return 0;
}

/* After an item of a class: two of "-&~|" in a row are noted as a possible
 * set operation (a literal today). */
static int check_set_operator(Parser *P) {
    if (P->i + 1 >= P->n || P->src[P->i] != P->src[P->i + 1]) return 0;
    switch (P->src[P->i]) {
    case '-': return note_set_syntax(P, "set difference", P->i);
    case '&': return note_set_syntax(P, "set intersection", P->i);
    case '~': return note_set_syntax(P, "set symmetric difference", P->i);
    case '|': return note_set_syntax(P, "set union", P->i);
    }
    return 0;
}

static int parse_class(Parser *P) {
    ssize_t start = P->i - 1;
    if (out_char(P, '[') < 0) return -1;
    if (accept(P, '^')) {
        if (out_char(P, '^') < 0) return -1;
    } else if (peek(P) == '[' && note_set_syntax(P, "nested set", P->i) < 0) {
        return -1;
    }
    bool first = true;
    for (;;) {
        if (at_end(P)) return fail(P, "unterminated character set", start);
        if (peek(P) == ']' && !first) {
            P->i++;
            break;
        }
        first = false;
        ssize_t item_start = P->i;
        int kind;
        uint32_t lo;
        if (class_item(P, &kind, &lo) < 0 || check_set_operator(P) < 0) return -1;
        if (peek(P) == '-' && P->i + 1 < P->n && P->src[P->i + 1] != ']') {
            P->i++;
            ssize_t hi_start = P->i;
            int hkind;
            uint32_t hi;
            if (class_item(P, &hkind, &hi) < 0 || check_set_operator(P) < 0) return -1;
            if (kind == ITEM_CATEGORY || hkind == ITEM_CATEGORY || hi < lo) {
                /* CPython names each end by its first token (a character, or a
                 * backslash and the next one: "\x" of "\x41") and places the
                 * error that far back from the range's end */
                ssize_t lo_len = P->src[item_start] == '\\' ? 2 : 1, hi_len = P->src[hi_start] == '\\' ? 2 : 1;
                Object *a = source_text(P, item_start, item_start + lo_len);
                Object *b = source_text(P, hi_start, hi_start + hi_len);
                Object *m = a && b ? Str_FromFormat("bad character range %U-%U", a, b) : NULL;
                XDECREF(a);
                XDECREF(b);
                return fail_obj(P, m, P->i - lo_len - 1 - hi_len);
            }
            if (out_class_range(P, lo, hi) < 0) return -1;
        } else if (peek(P) == '-' && P->i + 1 >= P->n) {
            /* "[a-" : let the loop report the unterminated set */
            if (kind == ITEM_CATEGORY ? out_category(P, lo, true) : out_class_range(P, lo, lo)) return -1;
        } else if (kind == ITEM_CATEGORY) {
            if (out_category(P, lo, true) < 0) return -1;
        } else if (out_class_range(P, lo, lo) < 0) {
            return -1;
        }
    }
    return out_char(P, ']');
}

/* ---- groups, flags, repeats ----------------------------------------------------- */

static int parse_alternation(Parser *P, Width *w, bool top);
static int parse_sequence(Parser *P, Width *w, bool first);

/* Parses a name (until term); returns it as a str with *name_pos, or NULL
 * after raising. */
static Object *read_name(Parser *P, uint32_t term, ssize_t *name_pos) {
    ssize_t start = P->i;
    *name_pos = start;
    while (!at_end(P) && peek(P) != term) {
        /* a backslash takes the next character with it ("\>" does not end the name) */
        if (peek(P) == '\\' && ++P->i == P->n) {
            fail(P, "bad escape (end of pattern)", P->i - 1);
            return NULL;
        }
        P->i++;
    }
    if (at_end(P) && P->i > start) {
        fail(P, term == '>' ? "missing >, unterminated name" : "missing ), unterminated name", start);
        return NULL;
    }
    if (P->i == start) {
        fail(P, "missing group name", start);
        return NULL;
    }
    Object *name = source_text(P, start, P->i);
    P->i++;
    if (!name) {
        P->failed = true;
        return NULL;
    }
    return name;
}

static bool name_is_identifier(Parser *P, Object *name) {
    if (!Str_IsIdentifier(name)) return false;
    if (P->bytes) {
        for (ssize_t k = 0; k < STR_LEN(name); k++)
            if (STR_CHAR(name, k) >= 128) return false;
    }
    return true;
}

static int bad_name(Parser *P, Object *name, ssize_t pos) {
    if (!P->bytes) return fail_obj(P, Str_FromFormat("bad character in group name %R", name), pos);
    Object *text = Obj_ASCII(name);
    return fail_obj(P, text ? Str_FromFormat("bad character in group name %U", text) : NULL, pos), XDECREF(text), -1;
}

/* Inline flags after "(?" (c is the first flag letter or '-'): either
 * global flags "(?i)" (returns 1) or a scoped group's (returns 0, *add and
 * *del set, the ':' read). */
static int flag_value(uint32_t c) {
    switch (c) {
    case 'a': return RE_ASCII;
    case 'i': return RE_IGNORECASE;
    case 'L': return RE_LOCALE;
    case 'm': return RE_MULTILINE;
    case 's': return RE_DOTALL;
    case 'u': return RE_UNICODE;
    case 'x': return RE_VERBOSE;
    default: return 0;
    }
}
#define TYPE_FLAGS (RE_ASCII | RE_LOCALE | RE_UNICODE)

static bool is_alpha(uint32_t c) {
    Object *s = Str_FromChar(c);
    if (!s) return false;
    Object *r = Obj_CallMethodC(s, "isalpha", NULL, 0);
    DECREF(s);
    bool yes = r == OBJ_TRUE;
    if (!r) Err_Clear();
    XDECREF(r);
    return yes;
}

static int parse_flags(Parser *P, uint32_t c, int *add, int *del) {
    *add = *del = 0;
    if (c != '-') {
        for (;;) {
            int f = flag_value(c);
            if (!P->bytes && c == 'L') return fail(P, "bad inline flags: cannot use 'L' flag with a str pattern", P->i);
            if (P->bytes && c == 'u')
                return fail(P, "bad inline flags: cannot use 'u' flag with a bytes pattern", P->i);
            *add |= f;
            if ((f & TYPE_FLAGS) && (*add & TYPE_FLAGS) != f)
                return fail(P, "bad inline flags: flags 'a', 'u' and 'L' are incompatible", P->i);
            if (at_end(P)) return fail(P, "missing -, : or )", P->i);
            c = P->src[P->i++];
            if (c == ')' || c == '-' || c == ':') break;
            if (!flag_value(c)) return fail(P, is_alpha(c) ? "unknown flag" : "missing -, : or )", P->i - 1);
        }
    }
    if (c == ')') return 1;
    if (c == '-') {
        if (at_end(P)) return fail(P, "missing flag", P->i);
        c = P->src[P->i++];
        if (!flag_value(c)) return fail(P, is_alpha(c) ? "unknown flag" : "missing flag", P->i - 1);
        for (;;) {
            int f = flag_value(c);
            if (f & TYPE_FLAGS) return fail(P, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", P->i);
            *del |= f;
            if (at_end(P)) return fail(P, "missing :", P->i);
            c = P->src[P->i++];
            if (c == ':') break;
            if (!flag_value(c)) return fail(P, is_alpha(c) ? "unknown flag" : "missing :", P->i - 1);
        }
    }
    if (*add & *del) return fail(P, "bad inline flags: flag turned on and off", P->i - 1);
    return 0;
}

/* The body of a group up to its ')', under flags; start is the '(' (for
 * the unterminated message). */
/* CPython's parser recurses through two Python functions per group and
 * one per conditional, five calls below re.compile's caller: it runs out
 * of the recursion limit as deep as this parser gives up (depth_left). */
static int nest(Parser *P, int cost) {
    P->depth += cost;
    if (P->depth <= P->depth_left) return 0;
    Err_Format(Exc_RecursionError, "maximum recursion depth exceeded");
    P->failed = true;
    return -1;
}

static int group_body(Parser *P, int flags, ssize_t start, Width *w) {
    if (nest(P, 2) < 0) return -1;
    int saved = P->flags;
    P->flags = flags;
    int r = parse_alternation(P, w, false);
    P->flags = saved;
    P->depth -= 2;
    if (r < 0) return -1;
    if (!accept(P, ')')) return fail(P, "missing ), unterminated subpattern", start);
    return out_char(P, ')');
}

/* A capturing group, "(" or "(?P<name>" (name owned or NULL). */
static int capture_group(Parser *P, Object *name, ssize_t name_pos, ssize_t start, Width *w) {
    int g = P->groups + 1;
    if (name) {
        Object *old;
        int found = Dict_Lookup(P->groupindex, name, &old);
        if (found > 0) {
            Object *m = Str_FromFormat("redefinition of group name %R as group %d; was group %S", name, g, old);
            DECREF(old);
            DECREF(name);
            return fail_obj(P, m, name_pos);
        }
        Object *num = Int_FromI64(g);
        int r = found < 0 || !num ? -1 : Dict_SetItem(P->groupindex, name, num);
        XDECREF(num);
        DECREF(name);
        if (r < 0) {
            P->failed = true;
            return -1;
        }
    }
    P->groups = g;
    if (mark_open(P, g, true) < 0 || out_char(P, '(') < 0) return -1;
    int outer = P->current;
    P->parents[g] = outer;
    P->ahead[g] = P->in_ahead;
    bool in_ahead = P->in_ahead;
    P->current = g;
    P->in_ahead = false;
    int r = group_body(P, P->flags, start, w);
    P->current = outer;
    P->in_ahead = in_ahead;
    if (r < 0) return -1;
    P->gwidth[g] = *w;
    return mark_open(P, g, false);
}

/* "(?(" name-or-number ")" yes "|" no ")". */
static int conditional(Parser *P, ssize_t start, Width *w) {
    ssize_t name_pos;
    Object *name = read_name(P, ')', &name_pos);
    if (!name) return -1;
    uint64_t g = 0;
    if (name_is_identifier(P, name)) {
        Object *num;
        int found = Dict_Lookup(P->groupindex, name, &num);
        if (found <= 0) {
            if (found == 0) fail_obj(P, Str_FromFormat("unknown group name %R", name), name_pos);
            DECREF(name);
            P->failed = true;
            return -1;
        }
        g = (uint64_t)Int_AsSsize(num);
        DECREF(num);
    } else {
        for (ssize_t k = 0; k < STR_LEN(name); k++) {
            uint32_t c = STR_CHAR(name, k);
            if (!is_digit(c) || g > RE_MAXREPEAT) {
                int r = bad_name(P, name, name_pos);
                DECREF(name);
                return r;
            }
            g = g * 10 + (c - '0');
        }
        if (g == 0) {
            DECREF(name);
            return fail(P, "bad group number", name_pos);
        }
        if (g >= RE_MAXREPEAT / 2) {
            DECREF(name);
            return fail_obj(P, Str_FromFormat("invalid group reference %llu", (unsigned long long)g), name_pos);
        }
        if (g > P->cond_ref) {
            P->cond_ref = g;
            P->cond_ref_pos = name_pos;
        }
    }
    DECREF(name);
    /* in a look-behind, only groups closed before it may be tested */
    if (P->lookbehind_groups >= 0 && g > (uint64_t)P->lookbehind_groups) {
        bool closed = g <= (uint64_t)P->groups && !((size_t)g < P->open_cap && P->open[g]);
        return fail(P, closed ? "cannot refer to group defined in the same lookbehind subpattern"
                              : "cannot refer to an open group", P->i);
    }
    char buf[40];
    snprintf(buf, sizeof buf, "(?(%llu)", (unsigned long long)g);
    if (out_ascii(P, buf) < 0) return -1;
    Width yes = {0, 0}, no = {0, 0};
    if (nest(P, 1) < 0 || parse_sequence(P, &yes, false) < 0) return -1;
    if (accept(P, '|')) {
        if (out_char(P, '|') < 0 || parse_sequence(P, &no, false) < 0) return -1;
        if (peek(P) == '|') return fail(P, "conditional backref with more than two branches", P->i);
    }
    P->depth--;
    if (!accept(P, ')')) return fail(P, "missing ), unterminated subpattern", start);
    w->min = yes.min < no.min ? yes.min : no.min;
    w->max = yes.max > no.max ? yes.max : no.max;
    return out_char(P, ')');
}

/* A group after its '(' ('(' at start).  *global is set for "(?flags)",
 * *item false when the group produces no item (comments, global flags). */
/* "unknown extension ?P" and the like, naming the character just read; an
 * escape is named with the character after it. */
static int unknown_extension(Parser *P, const char *msg, ssize_t start) {
    ssize_t at = P->i - 1;
    if (P->src[at] != '\\') return fail_text(P, msg, at, at + 1, start + 1);
    if (at_end(P)) return fail(P, "bad escape (end of pattern)", at);
    return fail_text(P, msg, at, at + 2, start + 1);
}

static int parse_group(Parser *P, ssize_t start, Width *w, bool *global, bool *item) {
    *global = false;
    *item = true;
    w->min = w->max = 0;
    if (!accept(P, '?')) return capture_group(P, NULL, 0, start, w);
    if (at_end(P)) return fail(P, "unexpected end of pattern", P->i);
    uint32_t c = P->src[P->i++];
    ssize_t name_pos;
    switch (c) {
    case 'P': {
        if (at_end(P)) return fail(P, "unexpected end of pattern", P->i);
        c = P->src[P->i++];
        if (c == '<') {
            Object *name = read_name(P, '>', &name_pos);
            if (!name) return -1;
            if (!name_is_identifier(P, name)) {
                bad_name(P, name, name_pos);
                DECREF(name);
                return -1;
            }
            return capture_group(P, name, name_pos, start, w);
        }
        if (c == '=') {
            Object *name = read_name(P, ')', &name_pos);
            if (!name) return -1;
            if (!name_is_identifier(P, name)) {
                bad_name(P, name, name_pos);
                DECREF(name);
                return -1;
            }
            Object *num;
            int found = Dict_Lookup(P->groupindex, name, &num);
            if (found <= 0) {
                if (found == 0) fail_obj(P, Str_FromFormat("unknown group name %R", name), name_pos);
                DECREF(name);
                P->failed = true;
                return -1;
            }
            DECREF(name);
            ssize_t g = Int_AsSsize(num);
            DECREF(num);
            return out_backref(P, (uint64_t)g, name_pos, name_pos, w);
        }
        return unknown_extension(P, "unknown extension ?P", start);
    }
    case ':':
        return out_ascii(P, "(?:") < 0 ? -1 : group_body(P, P->flags, start, w);
    case '#':
        *item = false;
        while (!at_end(P) && peek(P) != ')') {
            if (peek(P) == '\\' && ++P->i == P->n) /* "\)" does not end it */
                return fail(P, "bad escape (end of pattern)", P->i - 1);
            P->i++;
        }
        if (at_end(P)) return fail(P, "missing ), unterminated comment", start);
        P->i++;
        return 0;
    case '=': case '!':
        if (out_ascii(P, c == '=' ? "(?=" : "(?!") < 0) return -1;
        Width inner;
        bool in_ahead = P->in_ahead;
        P->in_ahead = true;
        int r = group_body(P, P->flags, start, &inner);
        P->in_ahead = in_ahead;
        return r;
    case '<': {
        if (at_end(P)) return fail(P, "unexpected end of pattern", P->i);
        c = P->src[P->i++];
        if (c != '=' && c != '!') return unknown_extension(P, "unknown extension ?<", start);
        if (out_ascii(P, c == '=' ? "(?<=" : "(?<!") < 0) return -1;
        Width inner;
        int saved = P->lookbehind_groups;
        if (saved < 0) P->lookbehind_groups = P->groups;
        int r = group_body(P, P->flags, start, &inner);
        P->lookbehind_groups = saved;
        if (r < 0) return -1;
        if (inner.min != inner.max) P->lookbehind_bad = true;
        return 0;
    }
    case '>':
        P->atomic = true;
        return out_ascii(P, "(?>") < 0 ? -1 : group_body(P, P->flags, start, w);
    case '(':
        return conditional(P, start, w);
    default:
        break;
    }
    if (!flag_value(c) && c != '-') return unknown_extension(P, "unknown extension ?", start);
    int add, del;
    int r = parse_flags(P, c, &add, &del);
    if (r < 0) return -1;
    if (r == 1) {
        *global = true;
        *item = false;
        P->flags |= add; /* conflicting type flags are refused once parsed, as CPython does */
        return 0;
    }
    int flags = P->flags;
    if (add & TYPE_FLAGS) flags &= ~TYPE_FLAGS;
    flags = (flags | add) & ~del;
    const char *open = pcre_caseless(P, flags) == pcre_caseless(P, P->flags) ? "(?:"
                       : pcre_caseless(P, flags) ? "(?i:" : "(?-i:";
    if (out_ascii(P, open) < 0) return -1;
    return group_body(P, flags, start, w);
}

/* A repeat count: digits, saturating; the OverflowError of CPython when at
 * or beyond MAXREPEAT. */
static int read_count(Parser *P, uint64_t *v, bool *present) {
    *v = 0;
    *present = false;
    while (!at_end(P) && is_digit(peek(P))) {
        *present = true;
        if (*v < ((uint64_t)1 << 40)) *v = *v * 10 + (peek(P) - '0');
        P->i++;
    }
    return 0;
}

/* A quantifier starting at P->i, if any, for the item written at out[mark:]
 * (item_kind: 0 none, 1 an anchor, 2 a repeat already, 3 repeatable). */
enum { ITEM_NONE, ITEM_ANCHOR, ITEM_REPEAT, ITEM_ATOM };

/* The translation from offset at holds a capturing group (a '(' not followed
 * by '?': literal parentheses are written as \x{28}). */
static bool has_capture(const Parser *P, size_t at) {
    for (size_t k = at; k + 1 < P->len; k++)
        if (P->out[k] == '(' && P->out[k + 1] != '?') return true;
    return false;
}

/* Writes the repeat {lo,hi} (its PCRE2 text in text, then mode: '?', '+' or
 * 0) of the item whose translation starts at item_out and which matches at
 * most item_max characters. */
static int write_repeat(Parser *P, size_t item_out, uint64_t item_max, uint64_t lo, uint64_t hi, const char *text,
                        uint32_t mode) {
    bool captures = has_capture(P, item_out);
    if ((hi == 0 || (item_max == 0 && lo == 0)) && !captures) {
        P->len = item_out; /* matches nothing and sets nothing: leave it out */
        return 0;
    }
    if (hi == 0) /* never run, but its groups exist: PCRE2 then gives it no width */
        return out_insert(P, item_out, "(?(DEFINE)") < 0 ? -1 : out_char(P, ')');
    if (item_max == 0) {
        /* CPython stops repeating after an iteration that matched the empty
         * string: an item of no width repeated is the item, optional when lo
         * is 0 (and PCRE2 then finds its width fixed inside a look-behind) */
        if (lo) return 0;
        return out_char(P, '?') < 0 || (mode && out_char(P, mode) < 0) ? -1 : 0;
    }
    bool after_group = P->len && P->out[P->len - 1] == ')'; /* literals are written as \x{..} */
    if (mode == '+' && after_group) {
        /* CPython never backtracks into an iteration of a possessive repeat:
         * X{m,n}+ is (?>X){m,n}+ */
        if (out_insert(P, item_out, "(?>") < 0 || out_char(P, ')') < 0) return -1;
        P->atomic = true;
    }
    if (out_ascii(P, text) < 0) return -1;
    return mode ? out_char(P, mode) : 0;
}

static int parse_quantifier(Parser *P, int *item_kind, Width *iw, size_t item_out, bool *done) {
    *done = false;
    ssize_t here = P->i;
    uint32_t c = peek(P);
    uint64_t lo, hi;
    if (c == '*' || c == '+' || c == '?') {
        P->i++;
        lo = c == '+' ? 1 : 0;
        hi = c == '?' ? 1 : RE_MAXREPEAT;
    } else if (c == '{') {
        P->i++;
        if (peek(P) == '}') {
            P->i = here;
            return 0;
        }
        bool has_lo, has_hi;
        read_count(P, &lo, &has_lo);
        hi = lo;
        if (accept(P, ',')) {
            read_count(P, &hi, &has_hi);
            if (!has_hi) hi = RE_MAXREPEAT;
        } else {
            has_hi = has_lo;
        }
        if (!accept(P, '}')) {
            P->i = here;
            return 0;
        }
        if (lo >= RE_MAXREPEAT || (has_hi && hi >= RE_MAXREPEAT)) {
            Err_Format(Exc_OverflowError, "the repetition number is too large");
            P->failed = true;
            return -1;
        }
        if (hi < lo) return fail(P, "min repeat greater than max repeat", here + 1);
    } else {
        return 0;
    }
    *done = true;
    if (*item_kind == ITEM_NONE || *item_kind == ITEM_ANCHOR) return fail(P, "nothing to repeat", here);
    if (*item_kind == ITEM_REPEAT) return fail(P, "multiple repeat", here);
    char buf[64];
    if (c == '{') {
        if (hi == RE_MAXREPEAT)
            snprintf(buf, sizeof buf, "{%llu,}", (unsigned long long)lo);
        else
            snprintf(buf, sizeof buf, "{%llu,%llu}", (unsigned long long)lo, (unsigned long long)hi);
    } else {
        buf[0] = (char)c;
        buf[1] = 0;
    }
    uint32_t mode = peek(P) == '?' || peek(P) == '+' ? P->src[P->i++] : 0; /* lazy, possessive */
    if (write_repeat(P, item_out, iw->max, lo, hi, buf, mode) < 0) return -1;
    iw->min = iw->min * lo > RE_MAXREPEAT ? RE_MAXREPEAT : iw->min * lo;
    if (hi == RE_MAXREPEAT && iw->max) iw->max = RE_MAXREPEAT;
    else iw->max = iw->max * hi > RE_MAXREPEAT ? RE_MAXREPEAT : iw->max * hi;
    *item_kind = ITEM_REPEAT;
    return 0;
}

/* One escape outside a class ('\\' read; start is the backslash). */
static int parse_escape(Parser *P, ssize_t start, int *kind, Width *w) {
    if (at_end(P)) return fail(P, "bad escape (end of pattern)", start);
    uint32_t c = P->src[P->i++];
    *kind = ITEM_ATOM;
    w->min = w->max = 1;
    int64_t v = simple_escape(c, false);
    if (v >= 0) return out_literal(P, (uint32_t)v);
    *kind = ITEM_ANCHOR;
    w->min = w->max = 0;
    switch (c) {
    case 'A': return out_ascii(P, "\\A");
    case 'Z': case 'z': return out_ascii(P, "\\z");
    case 'b': return out_boundary(P, true);
    case 'B': return out_boundary(P, false);
    default: break;
    }
    *kind = ITEM_ATOM;
    w->min = w->max = 1;
    switch (c) {
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        return out_category(P, c, false);
    case 'x': case 'u': case 'U': case 'N':
        v = escape_code(P, c, start);
        return v < 0 ? -1 : out_literal(P, (uint32_t)v);
    case '0':
        v = octal_escape(P, 0, 1, start);
        return v < 0 ? -1 : out_literal(P, (uint32_t)v);
    default:
        break;
    }
    if (is_digit(c)) {
        /* three octal digits make an octal escape; else a group number */
        if (is_digit(peek(P)) && is_octal(c) && is_octal(peek(P)) && P->i + 1 < P->n &&
            is_octal(P->src[P->i + 1])) {
            v = octal_escape(P, c - '0', 1, start);
            return v < 0 ? -1 : out_literal(P, (uint32_t)v);
        }
        uint64_t g = c - '0';
        if (is_digit(peek(P))) g = g * 10 + (P->src[P->i++] - '0');
        return out_backref(P, g, start, start + 1, w);
    }
    if (is_ascii_letter(c)) return fail_text(P, "bad escape ", start, P->i, start);
    return out_literal(P, c);
}

/* A sequence of items up to '|', ')' or the end.  first: the top level's
 * first branch, where global flags may still come. */
static int parse_sequence(Parser *P, Width *w, bool first) {
    w->min = w->max = 0;
    int last = ITEM_NONE;
    Width lw = {0, 0};
    bool any_item = false;
    size_t item_out = P->len; /* where the last item's translation starts */
    for (;;) {
        skip_verbose(P);
        if (at_end(P) || peek(P) == '|' || peek(P) == ')') break;
        bool repeated;
        if (parse_quantifier(P, &last, &lw, item_out, &repeated) < 0) return -1;
        if (repeated) continue;
        /* the previous item is complete: count its width (undone below if
         * what follows is no item, so that a repeat still applies to it) */
        Width w_before = *w, lw_before = lw;
        w->min += lw.min;
        w->max = w->max + lw.max > RE_MAXREPEAT ? RE_MAXREPEAT : w->max + lw.max;
        lw.min = lw.max = 0;
        ssize_t start = P->i;
        size_t prev_out = item_out;
        item_out = P->len;
        uint32_t c = P->src[P->i++];
        int r = 0;
        switch (c) {
        case '\\':
            r = parse_escape(P, start, &last, &lw);
            break;
        case '[':
            last = ITEM_ATOM;
            lw.min = lw.max = 1;
            r = parse_class(P);
            break;
        case '.':
            last = ITEM_ATOM;
            lw.min = lw.max = 1;
            r = out_ascii(P, P->flags & RE_DOTALL ? "(?s:.)" : "[^\\x{a}]");
            break;
        case '^':
            last = ITEM_ANCHOR;
            r = out_ascii(P, P->flags & RE_MULTILINE ? "(?<![^\\x{a}])" : "\\A");
            break;
        case '$':
            last = ITEM_ANCHOR;
            r = out_ascii(P, P->flags & RE_MULTILINE ? "(?=\\x{a}|\\z)" : "(?=\\x{a}?\\z)");
            break;
        case '(': {
            bool global, item;
            r = parse_group(P, start, &lw, &global, &item);
            if (r == 0 && global && (!first || any_item))
                r = fail(P, "global flags not at the start of the expression", start);
            if (r < 0) return -1;
            if (item) last = ITEM_ATOM;
            if (!item) {
                /* a comment or flags: a repeat after it is the previous item's */
                item_out = prev_out;
                *w = w_before;
                lw = lw_before;
                continue;
            }
            break;
        }
        case ')':
            break;
        default:
            last = ITEM_ATOM;
            lw.min = lw.max = 1;
            r = out_literal(P, c);
            break;
        }
        if (r < 0) return -1;
        any_item = true;
    }
    w->min += lw.min;
    w->max = w->max + lw.max > RE_MAXREPEAT ? RE_MAXREPEAT : w->max + lw.max;
    return 0;
}

/* Branches separated by '|'. */
static int parse_alternation(Parser *P, Width *w, bool top) {
    if (parse_sequence(P, w, top) < 0) return -1;
    while (accept(P, '|')) {
        Width b;
        if (out_char(P, '|') < 0 || parse_sequence(P, &b, false) < 0) return -1;
        if (b.min < w->min) w->min = b.min;
        if (b.max > w->max) w->max = b.max;
    }
    return 0;
}

/* ---- the entry point ------------------------------------------------------------ */

void Re_TranslationFree(ReTranslation *t) {
    Mem_Free(t->code);
    t->code = NULL;
    Mem_Free(t->parents);
    t->parents = NULL;
    Mem_Free(t->ahead);
    t->ahead = NULL;
    XDECREF(t->groupindex);
    t->groupindex = NULL;
}

int Re_Translate(Object *pattern, int flags, Object *error_class, Object *warnings, ReTranslation *out) {
    memset(out, 0, sizeof *out);
    Parser P = {0};
    P.pattern = pattern;
    P.error_class = error_class;
    P.warnings = warnings;
    P.bytes = !Str_Check(pattern);
    ssize_t n;
    if (P.bytes) {
        const uint8_t *b;
        Bytes_GetBuffer(pattern, &b, &n);
        uint32_t *s = Mem_AllocUninit((size_t)(n ? n : 1) * sizeof *s);
        if (!s) return Err_NoMemory(), -1;
        for (ssize_t k = 0; k < n; k++) s[k] = b[k];
        P.src = s;
    } else {
        n = STR_LEN(pattern);
        uint32_t *s = Mem_AllocUninit((size_t)(n ? n : 1) * sizeof *s);
        if (!s) return Err_NoMemory(), -1;
        for (ssize_t k = 0; k < n; k++) s[k] = STR_CHAR(pattern, k);
        P.src = s;
    }
    P.n = n;
    P.flags = flags;
    P.lookbehind_groups = -1;
    /* our caller is _compile, called by re.compile or the like */
    P.depth_left = g_interp->recursion_limit - 5 - g_interp->recursion_depth;
    P.groupindex = Dict_New();
    int r = P.groupindex ? 0 : -1;
    Width w;
    if (r == 0) r = parse_alternation(&P, &w, true);
    if (r == 0 && !at_end(&P)) r = fail(&P, "unbalanced parenthesis", P.i);
    if (r == 0 && P.cond_ref > (uint64_t)P.groups)
        r = fail_obj(&P, Str_FromFormat("invalid group reference %llu", (unsigned long long)P.cond_ref),
                     P.cond_ref_pos);
    if (r == 0 && P.lookbehind_bad) r = fail(&P, "look-behind requires fixed-width pattern", -1);
    Mem_Free((void *)P.src);
    Mem_Free(P.open);
    Mem_Free(P.gwidth);
    if (r == 0 && !P.out) r = out_char(&P, 0) < 0 ? -1 : 0, P.len = 0; /* the empty pattern */
    if (r < 0 || P.failed) {
        Mem_Free(P.parents);
        Mem_Free(P.ahead);
        Mem_Free(P.out);
        XDECREF(P.groupindex);
        return -1;
    }
    out->code = P.out;
    out->len = P.len;
    out->groups = P.groups;
    out->groupindex = P.groupindex;
    out->parents = P.parents;
    out->ahead = P.ahead;
    out->flags = P.flags;
    if (!P.bytes && !(P.flags & (RE_ASCII | RE_LOCALE))) out->flags |= RE_UNICODE;
    out->caseless = pcre_caseless(&P, P.flags);
    out->atomic = P.atomic;
    return 0;
}
