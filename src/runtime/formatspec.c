/* The format-spec mini-language used by format(), f-strings and str.format():
 *   [[fill]align][sign][z][#][0][width][grouping][.precision[grouping]][type]
 * Parsing is shared; int, float, complex and str each lay out their text.
 * Numeric bodies are built as ASCII, then padded with a (possibly non-ASCII)
 * fill character into a StrBuilder. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/float_digits.h"
#include "runtime/formatspec.h"

typedef struct Spec {
    uint32_t fill;
    char align;        /* '<' '>' '^' '=' */
    char sign;         /* '\0' '+' '-' ' ' */
    bool no_neg_zero;  /* 'z' */
    bool alt;          /* '#' */
    bool fill_given, align_given;
    ssize_t width;     /* -1: none */
    char thousands;    /* '\0' ',' '_' */
    int group;         /* digits per group: 3, or 4 for '_' with b/o/x/X */
    ssize_t precision; /* -1: none */
    char frac_sep;     /* grouping of the fractional digits */
    uint32_t type;     /* '\0': none */
} Spec;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static void raise_type_code(const char *msg_fmt, uint32_t code, const char *tname) {
    char buf[32];
    if (code > 32 && code < 128) snprintf(buf, sizeof buf, "'%c'", (int)code);
    else snprintf(buf, sizeof buf, "'\\x%x'", (unsigned)code);
    Err_Format(Exc_ValueError, msg_fmt, buf, tname);
}

static void unknown_code(uint32_t code, const char *tname) {
    raise_type_code("Unknown format code %s for object of type '%s'", code, tname);
}

static void bad_separator(char sep, uint32_t type) {
    char buf[32];
    if (type > 32 && type < 128) snprintf(buf, sizeof buf, "'%c'", (int)type);
    else snprintf(buf, sizeof buf, "'\\x%x'", (unsigned)type);
    Err_Format(Exc_ValueError, "Cannot specify '%c' with %s.", sep, buf);
}

/* Reads a decimal number at *pos; -1 if none, -2 (error raised) if too big. */
static ssize_t read_number(Object *spec, ssize_t *pos, ssize_t end) {
    ssize_t v = -1;
    while (*pos < end) {
        uint32_t c = STR_CHAR(spec, *pos);
        if (c < '0' || c > '9') break;
        if (v < 0) v = 0;
        if (v > (SSIZE_MAX - 9) / 10) {
            Err_SetString(Exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (c - '0');
        (*pos)++;
    }
    return v;
}

/* Parses spec (a str) into s.  default_align is '>' for numbers, '<' for
 * str; default_type is the type assumed when none is given ('s' for str). */
static int parse_spec(Object *spec, Spec *s, char default_align, uint32_t default_type, const char *tname) {
    memset(s, 0, sizeof *s);
    s->fill = ' ';
    s->align = default_align;
    s->width = -1;
    s->precision = -1;
    s->group = 3;
    s->type = default_type;
    ssize_t pos = 0, end = STR_LEN(spec);
    if (end - pos >= 2 && is_align(STR_CHAR(spec, 1))) {
        s->fill = STR_CHAR(spec, 0);
        s->align = (char)STR_CHAR(spec, 1);
        s->fill_given = s->align_given = true;
        pos = 2;
    } else if (end - pos >= 1 && is_align(STR_CHAR(spec, 0))) {
        s->align = (char)STR_CHAR(spec, 0);
        s->align_given = true;
        pos = 1;
    }
    if (pos < end) {
        uint32_t c = STR_CHAR(spec, pos);
        if (c == '+' || c == '-' || c == ' ') {
            s->sign = (char)c;
            pos++;
        }
    }
    if (pos < end && STR_CHAR(spec, pos) == 'z') {
        s->no_neg_zero = true;
        pos++;
    }
    if (pos < end && STR_CHAR(spec, pos) == '#') {
        s->alt = true;
        pos++;
    }
    if (!s->fill_given && pos < end && STR_CHAR(spec, pos) == '0') {
        s->fill = '0';
        if (!s->align_given && default_align == '>') s->align = '=';
        pos++;
    }
    ssize_t w = read_number(spec, &pos, end);
    if (w == -2) return -1;
    s->width = w;
    if (pos < end && (STR_CHAR(spec, pos) == ',' || STR_CHAR(spec, pos) == '_')) {
        s->thousands = (char)STR_CHAR(spec, pos);
        pos++;
        if (pos < end && (STR_CHAR(spec, pos) == ',' || STR_CHAR(spec, pos) == '_')) {
            if ((char)STR_CHAR(spec, pos) == s->thousands)
                Err_Format(Exc_ValueError, "Cannot specify '%c' with '%c'.", s->thousands, s->thousands);
            else
                Err_SetString(Exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (pos < end && STR_CHAR(spec, pos) == '.') {
        pos++;
        ssize_t p = read_number(spec, &pos, end);
        if (p == -2) return -1;
        s->precision = p;
        if (pos < end && (STR_CHAR(spec, pos) == ',' || STR_CHAR(spec, pos) == '_')) {
            s->frac_sep = (char)STR_CHAR(spec, pos);
            pos++;
        } else if (p < 0) {
            Err_SetString(Exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        Err_Format(Exc_ValueError, "Invalid format specifier '%U' for object of type '%s'", spec, tname);
        return -1;
    }
    if (end - pos == 1) s->type = STR_CHAR(spec, pos);
    if (s->thousands) {
        switch (s->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (s->thousands == '_') {
                s->group = 4;
                break;
            }
            /* fall through */
        default:
            bad_separator(s->thousands, s->type);
            return -1;
        }
    }
    if (s->frac_sep && s->type == 'n') {
        bad_separator(s->frac_sep, s->type);
        return -1;
    }
    return 0;
}

/* ---- laying out a number ---------------------------------------------------- */

/* What follows a number's integer digits: the fraction ('.' and digits
 * written out, then `zeros` more zero digits, grouped by sep every three),
 * then the end (exponent, '%', 'j' ...).  Results as long as a precision of
 * a billion are written straight into the builder, never held twice. */
typedef struct Tail {
    const char *frac;  /* "" or ".ddd" */
    ssize_t nfrac;
    ssize_t zeros;
    char sep;
    const char *end;
    ssize_t nend;
} Tail;

static const Tail no_tail = {"", 0, 0, '\0', "", 0};

static ssize_t tail_len(const Tail *t) {
    ssize_t digits = (t->nfrac > 0 ? t->nfrac - 1 : 0) + t->zeros;
    ssize_t seps = t->sep && digits > 0 ? (digits - 1) / 3 : 0;
    return t->nfrac + t->zeros + seps + t->nend;
}

/* n copies of '0' as the fraction's digits from index k on (k digits are
 * written already), with a sep before every third. */
static int append_frac_zeros(StrBuilder *sb, ssize_t k, ssize_t n, char sep) {
    if (!sep) return SB_AppendFill(sb, '0', n);
    static const char chunk[] = "0000000000000000000000000000000000000000000000000000000000000000";
    char grouped[4 * 64];
    for (int i = 0; i < 64; i++) memcpy(grouped + 4 * i, (char[4]){sep, '0', '0', '0'}, 4);
    /* finish the current group (the first has no sep before it), then
     * whole groups of sep + "000" */
    ssize_t first = k == 0 ? 3 : (3 - k % 3) % 3;
    if (first > n) first = n;
    if (first && SB_AppendASCII(sb, chunk, first) < 0) return -1;
    n -= first;
    while (n >= 3) {
        ssize_t groups = n / 3 > 64 ? 64 : n / 3;
        if (SB_AppendASCII(sb, grouped, 4 * groups) < 0) return -1;
        n -= 3 * groups;
    }
    if (n > 0) {
        char last[4] = {sep, '0', '0', '0'};
        if (SB_AppendASCII(sb, last, 1 + n) < 0) return -1;
    }
    return 0;
}

static int tail_append(StrBuilder *sb, const Tail *t) {
    ssize_t k = 0; /* fraction digits written */
    if (t->nfrac > 0) {
        if (!t->sep) {
            if (SB_AppendASCII(sb, t->frac, t->nfrac) < 0) return -1;
            k = t->nfrac - 1;
        } else {
            if (SB_AppendChar(sb, '.') < 0) return -1;
            for (ssize_t i = 1; i < t->nfrac; i++, k++)
                if ((k > 0 && k % 3 == 0 && SB_AppendChar(sb, (uint32_t)t->sep) < 0) ||
                    SB_AppendChar(sb, (uint32_t)t->frac[i]) < 0)
                    return -1;
        }
    }
    if (t->zeros > 0 && append_frac_zeros(sb, k, t->zeros, t->sep) < 0) return -1;
    return SB_AppendASCII(sb, t->end, t->nend);
}

static ssize_t grouped_len(ssize_t n, char sep, int group) {
    return sep && n > 0 ? n + (n - 1) / group : n;
}

/* Appends digits[0:n] grouped by sep every `group` digits (from the right),
 * zero-extended on the left until the grouped text is at least min_width
 * long (and starts with a digit). */
static int append_grouped(StrBuilder *sb, const char *digits, ssize_t n, char sep, int group, ssize_t min_width) {
    if (!sep) {
        if (SB_AppendFill(sb, '0', min_width - n) < 0) return -1;
        return SB_AppendASCII(sb, digits, n);
    }
    ssize_t total = n; /* digits, zeros included */
    if (grouped_len(total, sep, group) < min_width) {
        total = min_width - min_width / (group + 1);
        while (total > n && grouped_len(total - 1, sep, group) >= min_width) total--;
        while (grouped_len(total, sep, group) < min_width) total++;
    }
    /* left to right, a sep before each group but the first */
    for (ssize_t k = 0; k < total;) {
        ssize_t run = (total - k) % group ? (total - k) % group : group;
        if (k > 0 && SB_AppendChar(sb, (uint32_t)sep) < 0) return -1;
        for (ssize_t j = 0; j < run; j++, k++) {
            char c = k < total - n ? '0' : digits[k - (total - n)];
            if (SB_AppendChar(sb, (uint32_t)c) < 0) return -1;
        }
    }
    return 0;
}

static int append_fill(StrBuilder *sb, uint32_t fill, ssize_t n) { return SB_AppendFill(sb, fill, n); }

/* sign + prefix + grouped(intdigits) + tail, padded to the spec's width. */
static int layout_number(StrBuilder *sb, const Spec *s, const char *sign, const char *prefix,
                         const char *digits, ssize_t ndigits, const Tail *tail) {
    ssize_t nsign = (ssize_t)strlen(sign), nprefix = (ssize_t)strlen(prefix), nrest = tail_len(tail);
    char sep = s->thousands;
    ssize_t min_int = 0;
    bool zero_pad = s->fill == '0' && s->align == '=';
    if (zero_pad && s->width > 0) min_int = s->width - nsign - nprefix - nrest;
    ssize_t nint = grouped_len(ndigits, sep, s->group);
    if (zero_pad && min_int > nint) {
        /* the padding zeros become part of the (grouped) number */
        if (SB_AppendASCII(sb, sign, nsign) < 0 || SB_AppendASCII(sb, prefix, nprefix) < 0) return -1;
        if (append_grouped(sb, digits, ndigits, sep, s->group, min_int) < 0) return -1;
        return tail_append(sb, tail);
    }
    ssize_t total = nsign + nprefix + nint + nrest;
    ssize_t pad = s->width > total ? s->width - total : 0;
    ssize_t left = 0, right = 0, mid = 0;
    switch (s->align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': mid = pad; break;
    default: left = pad; break;
    }
    if (append_fill(sb, s->fill, left) < 0) return -1;
    if (SB_AppendASCII(sb, sign, nsign) < 0 || SB_AppendASCII(sb, prefix, nprefix) < 0) return -1;
    if (append_fill(sb, s->fill, mid) < 0) return -1;
    if (append_grouped(sb, digits, ndigits, sep, s->group, 0) < 0) return -1;
    if (tail_append(sb, tail) < 0) return -1;
    return append_fill(sb, s->fill, right);
}

/* Appends text[0:n] (code points) padded to the spec's width. */
static int pad_into(StrBuilder *sb, Object *text, ssize_t n, const Spec *s) {
    ssize_t pad = s->width > n ? s->width - n : 0, left = 0, right = 0;
    switch (s->align) {
    case '>': left = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    default: right = pad; break;
    }
    if (append_fill(sb, s->fill, left) < 0) return -1;
    if ((n == STR_LEN(text) ? SB_AppendStr(sb, text) : SB_AppendSubstr(sb, text, 0, n)) < 0) return -1;
    return append_fill(sb, s->fill, right);
}

/* Runs an appending formatter into a builder of its own: the str it makes. */
static Object *finish(StrBuilder *sb, int rc) {
    if (rc < 0) {
        SB_Discard(sb);
        return NULL;
    }
    return SB_Finish(sb);
}

/* Pads an already built piece of text to the spec's width. */
static Object *pad_text(Object *text, const Spec *s) {
    if (s->width <= STR_LEN(text)) return NEWREF(text);
    StrBuilder sb;
    SB_Init(&sb);
    return finish(&sb, pad_into(&sb, text, STR_LEN(text), s));
}

/* ---- str ------------------------------------------------------------------ */

/* The checks of a str format spec, in CPython's order. */
static int check_string_spec(Object *str, const Spec *s) {
    if (s->type != 's') {
        unknown_code(s->type, TYPE_NAME(str));
        return -1;
    }
    if (s->sign) {
        Err_SetString(Exc_ValueError, s->sign == ' ' ? "Space not allowed in string format specifier"
                                                      : "Sign not allowed in string format specifier");
        return -1;
    }
    if (s->no_neg_zero) {
        Err_SetString(Exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        return -1;
    }
    if (s->alt) {
        Err_SetString(Exc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return -1;
    }
    if (s->align == '=') {
        Err_SetString(Exc_ValueError, "'=' alignment not allowed in string format specifier");
        return -1;
    }
    return 0;
}

/* An exact str formatted per s, appended. */
static int string_into(StrBuilder *sb, Object *str, const Spec *s) {
    if (check_string_spec(str, s) < 0) return -1;
    ssize_t n = s->precision >= 0 && s->precision < STR_LEN(str) ? s->precision : STR_LEN(str);
    return pad_into(sb, str, n, s);
}

Object *Format_String(Object *str, Object *spec) {
    if (STR_LEN(spec) == 0) return Obj_Str(str);
    Spec s;
    if (parse_spec(spec, &s, '<', 's', "str") < 0) return NULL;
    if (check_string_spec(str, &s) < 0) return NULL;
    Object *text;
    if (s.precision >= 0 && s.precision < STR_LEN(str)) text = Str_Substring(str, 0, s.precision);
    else text = Obj_Str(str);
    if (!text) return NULL;
    Object *r = pad_text(text, &s);
    DECREF(text);
    return r;
}

/* ---- float text ------------------------------------------------------------ */

/* A double's decimal expansion ends within 1074 places and holds at most 767
 * significant digits: past these many the digits of any precision are
 * zeros, which are counted rather than computed. */
#define EXACT_PLACES 1100
#define EXACT_DIGITS 800

/* The text of |v| before sign and padding: head (digits and point, no
 * exponent), then `zeros` more zero digits, then tail (the exponent). */
typedef struct FloatText {
    char head[EXACT_PLACES + 400];
    ssize_t zeros;
    char tail[16];
} FloatText;

/* printf-style text of av (finite) for 'e' or 'f' at precision prec <=
 * EXACT_PLACES into out (EXACT_PLACES + 400 bytes). */
static void fixed_or_exp(double av, char type, int prec, bool alt, char *out, size_t cap) {
    int n = prec > 64 ? -1
          : type == 'f' ? FloatDigits_Fixed(av, prec, alt, out, cap) : FloatDigits_Exp(av, prec, alt, out, cap);
    if (n < 0) snprintf(out, cap, type == 'f' ? (alt ? "%#.*f" : "%.*f") : (alt ? "%#.*e" : "%.*e"), prec, av);
}

/* Text of |v| (finite or not) for a resolved type into ft.  type: 'e' 'f'
 * 'g' 'r' ('r' = shortest repr digits), upper for E/F/G.  add_dot0:
 * integral results in fixed notation get ".0" (float repr style). */
static void float_body(double av, char type, ssize_t prec, bool alt, bool add_dot0, bool upper, FloatText *ft) {
    const size_t cap = sizeof ft->head;
    ft->zeros = 0;
    ft->tail[0] = '\0';
    if (isnan(av) || isinf(av)) {
        strcpy(ft->head, isnan(av) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return;
    }
    if (type == 'f' || type == 'e') {
        ssize_t limit = type == 'f' ? EXACT_PLACES : EXACT_DIGITS;
        ssize_t p = prec > limit ? limit : prec;
        ft->zeros = prec - p;
        fixed_or_exp(av, type, (int)p, alt, ft->head, cap);
        char *e = strchr(ft->head, 'e');
        if (e) {
            snprintf(ft->tail, sizeof ft->tail, "%c%s", upper ? 'E' : 'e', e + 1);
            *e = '\0';
        }
        return;
    }
    /* 'g' and 'r': digits, then the fixed/exponent decision */
    char digits[EXACT_DIGITS + 48];
    int nd, decpt;
    bool use_exp;
    if (av == 0.0) {
        digits[0] = '0';
        digits[1] = '\0';
        nd = 1;
        decpt = 1;
    } else if (type == 'r') {
        nd = Float_ShortestDigits(av, digits, &decpt);
    } else {
        ssize_t p = prec == 0 ? 1 : prec;
        if (p > EXACT_DIGITS) p = EXACT_DIGITS;
        char tmp[EXACT_DIGITS + 48];
        fixed_or_exp(av, 'e', (int)p - 1, false, tmp, sizeof tmp);
        nd = 0;
        char *q = tmp;
        for (; *q && *q != 'e'; q++)
            if (*q >= '0' && *q <= '9') digits[nd++] = *q;
        digits[nd] = '\0';
        decpt = atoi(q + 1) + 1;
    }
    ssize_t want = nd; /* digits to show */
    if (type == 'r') {
        use_exp = decpt <= -4 || decpt > 16;
        while (nd > 1 && digits[nd - 1] == '0') nd--;
        want = nd;
    } else {
        ssize_t p = prec == 0 ? 1 : prec;
        ssize_t limit = add_dot0 ? prec - 1 : p;
        if (prec == 0 && add_dot0) limit = -1;
        use_exp = decpt <= -4 || decpt > limit;
        if (alt) want = p; /* keep trailing zeros */
        else {
            while (nd > 1 && digits[nd - 1] == '0') nd--;
            want = nd;
        }
    }
    /* alt 'g' shows exactly p digits: those past the computed ones are zeros,
     * counted in ft->zeros once the head is long enough */
    char *o = ft->head;
    ssize_t written = 0; /* digits placed in the head */
#define DIGIT(i) ((i) < nd ? digits[i] : '0')
#define PUT_DIGITS(from, to) \
    for (ssize_t i_ = (from); i_ < (to); i_++) { \
        if (written >= EXACT_DIGITS + 16) { ft->zeros += (to) - i_; break; } \
        *o++ = DIGIT(i_); written++; \
    }
    if (use_exp) {
        *o++ = DIGIT(0);
        if (want > 1 || alt) *o++ = '.';
        PUT_DIGITS(1, want);
        int e = decpt - 1;
        snprintf(ft->tail, sizeof ft->tail, "%c%c%02d", upper ? 'E' : 'e', e < 0 ? '-' : '+', e < 0 ? -e : e);
    } else if (decpt <= 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -decpt; i++) *o++ = '0';
        PUT_DIGITS(0, want);
    } else {
        ssize_t i = 0;
        for (; i < decpt; i++) *o++ = DIGIT(i);
        if (i < want) {
            *o++ = '.';
            PUT_DIGITS(i, want);
        } else if (add_dot0) {
            *o++ = '.';
            *o++ = '0';
        } else if (alt) {
            *o++ = '.';
        }
    }
#undef PUT_DIGITS
#undef DIGIT
    *o = '\0';
}

/* Formats one double per spec s into sb (no padding when pad is false: the
 * complex parts are padded together).  sign_mode overrides s->sign. */
static int format_double(StrBuilder *sb, double v, const Spec *s, char type, ssize_t prec, bool add_dot0,
                         char sign_mode, const char *suffix, bool pad) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    char t = (char)(upper ? type + ('a' - 'A') : type);
    bool percent = false;
    if (t == '%') {
        percent = true;
        t = 'f';
        v *= 100.0;
    }
    bool neg = !isnan(v) && signbit(v);
    FloatText *ft = malloc(sizeof *ft);
    if (!ft) {
        Err_NoMemory();
        return -1;
    }
    float_body(fabs(v), t, prec, s->alt, add_dot0, upper, ft);
    const char *body = ft->head;
    if (neg && s->no_neg_zero) {
        bool allzero = true;
        for (const char *q = body; *q && allzero; q++)
            if ((*q >= '1' && *q <= '9') || *q == 'i' || *q == 'n' || *q == 'I' || *q == 'N') allzero = false;
        if (allzero) neg = false;
    }
    const char *sign = neg ? "-" : sign_mode == '+' ? "+" : sign_mode == ' ' ? " " : "";
    /* integer digits, the fraction, then the rest: exponent, '%', suffix */
    size_t nint = 0;
    while (body[nint] >= '0' && body[nint] <= '9') nint++;
    bool has_frac = body[nint] == '.';
    const char *pieces[4] = {has_frac ? "" : body + nint, ft->tail, percent ? "%" : "", suffix ? suffix : ""};
    char end[40]; /* "nan", an exponent, '%', "j": short */
    size_t nend = 0;
    for (int i = 0; i < 4; i++)
        for (const char *c = pieces[i]; *c && nend < sizeof end - 1; c++) end[nend++] = *c;
    end[nend] = '\0';
    Tail tail = {has_frac ? body + nint : "", has_frac ? (ssize_t)strlen(body + nint) : 0, ft->zeros, s->frac_sep,
                 end, (ssize_t)nend};
    Spec laid = *s;
    if (!pad) laid.width = -1;
    if (!isfinite(v)) laid.thousands = '\0'; /* no digits to group: nor the padding zeros */
    int rc = layout_number(sb, &laid, sign, "", body, (ssize_t)nint, &tail);
    free(ft);
    return rc;
}

/* Resolves the type/precision rules for float and complex formatting. */
static void resolve_float_type(const Spec *s, char *type, ssize_t *prec, bool *add_dot0, bool is_complex) {
    char t = (char)s->type;
    ssize_t default_prec = 6;
    *add_dot0 = false;
    if (t == '\0') {
        t = 'r';
        *add_dot0 = !is_complex;
        default_prec = 0;
    }
    if (t == 'n') t = 'g';
    if (s->precision < 0) *prec = default_prec;
    else {
        *prec = s->precision;
        if (t == 'r') t = 'g';
    }
    *type = t;
}

/* CPython refuses precisions within 1024 of INT_MAX (its buffers are
 * int-sized). */
static bool precision_too_big(ssize_t prec) {
    if (prec < ((ssize_t)1 << 31) - 1024) return false;
    Err_SetString(Exc_ValueError, "precision too big");
    return true;
}

/* The double v (of o, for messages) formatted per s, appended. */
static int float_into(StrBuilder *sb, Object *o, double v, const Spec *s) {
    switch (s->type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        unknown_code(s->type, TYPE_NAME(o));
        return -1;
    }
    char type;
    ssize_t prec;
    bool add_dot0;
    resolve_float_type(s, &type, &prec, &add_dot0, false);
    if (precision_too_big(prec)) return -1;
    return format_double(sb, v, s, type, prec, add_dot0, s->sign, NULL, true);
}

int Format_PercentFloat(StrBuilder *sb, double v, char conv, bool ljust, char sign, bool alt, bool zero,
                        ssize_t width, ssize_t prec) {
    /* the spec "[<][sign][#][0][width].{prec}{conv}" would parse into this */
    Spec s;
    memset(&s, 0, sizeof s);
    s.fill = zero && !ljust ? '0' : ' ';
    s.align = ljust ? '<' : zero ? '=' : '>';
    s.sign = sign;
    s.alt = alt;
    s.width = width > 0 ? width : -1;
    s.group = 3;
    s.precision = prec >= 0 ? prec : 6;
    s.type = (uint32_t)conv;
    char type;
    ssize_t p;
    bool add_dot0;
    resolve_float_type(&s, &type, &p, &add_dot0, false);
    if (precision_too_big(p)) return -1;
    return format_double(sb, v, &s, type, p, add_dot0, s.sign, NULL, true);
}

Object *Float_Format(Object *o, Object *spec) {
    if (STR_LEN(spec) == 0) return Obj_Str(o);
    Spec s;
    if (parse_spec(spec, &s, '>', '\0', TYPE_NAME(o)) < 0) return NULL;
    StrBuilder sb;
    SB_Init(&sb);
    return finish(&sb, float_into(&sb, o, FLOAT_VAL(o), &s));
}

/* ---- int ------------------------------------------------------------------ */

int Format_Digits(uint64_t v, int base, bool upper, char *out) {
    const char *xd = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char tmp[64];
    int n = 0;
    if (base == 10) {
        /* two digits per division */
        static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                    "8081828384858687888990919293949596979899";
        while (v >= 100) {
            unsigned r = (unsigned)(v % 100);
            v /= 100;
            tmp[n++] = pairs[2 * r + 1];
            tmp[n++] = pairs[2 * r];
        }
        tmp[n++] = (char)('0' + v % 10);
        if (v >= 10) tmp[n++] = (char)('0' + v / 10);
    } else {
        int shift = base == 2 ? 1 : base == 8 ? 3 : 4;
        do {
            tmp[n++] = xd[v & (uint64_t)(base - 1)];
            v >>= shift;
        } while (v);
    }
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    out[n] = '\0';
    return n;
}


/* The int o formatted per s, appended. */
static int int_into(StrBuilder *sb, Object *o, const Spec *sp) {
    Spec s = *sp;
    switch (s.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = Int_AsDouble(o);
        if (d == -1.0 && Err_Occurred()) return -1;
        return float_into(sb, o, d, &s);
    }
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    default:
        unknown_code(s.type, TYPE_NAME(o));
        return -1;
    }
    if (s.precision >= 0) {
        Err_SetString(Exc_ValueError, "Precision not allowed in integer format specifier");
        return -1;
    }
    if (s.no_neg_zero) {
        Err_SetString(Exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return -1;
    }
    if (s.type == 'c') {
        if (s.sign) {
            Err_SetString(Exc_ValueError, "Sign not allowed with integer format specifier 'c'");
            return -1;
        }
        if (s.alt) {
            Err_SetString(Exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return -1;
        }
        int64_t cp;
        if (Int_AsI64(o, &cp) < 0) {
            Err_Clear();
            Err_SetString(Exc_OverflowError, "Python int too large to convert to C long");
            return -1;
        }
        if (cp < 0 || cp > 0x10FFFF) {
            Err_SetString(Exc_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        Object *ch = Str_FromChar((uint32_t)cp);
        if (!ch) return -1;
        Spec ts = s;
        if (ts.align == '=') ts.align = '>';
        if (!s.align_given && s.fill != '0') ts.align = '>';
        int r = pad_into(sb, ch, 1, &ts);
        DECREF(ch);
        return r;
    }
    int base = s.type == 'b' ? 2 : s.type == 'o' ? 8 : (s.type == 'x' || s.type == 'X') ? 16 : 10;
    bool neg = Int_Sign(o) < 0;
    char *digits = NULL, small[72];
    size_t nd = 0;
    if (IS_SMALL(o)) {
        int64_t v = SMALL_VAL(o);
        nd = (size_t)Format_Digits(v < 0 ? -(uint64_t)v : (uint64_t)v, base, s.type == 'X', small);
        digits = small;
    } else if (base == 10) {
        digits = Int_DecimalText(o, &nd);
        if (!digits) return -1;
        if (digits[0] == '-') {
            memmove(digits, digits + 1, nd);
            nd--;
        }
    } else {
        mpz_t z;
        mpz_init(z);
        Int_ToMpz(o, z);
        mpz_abs(z, z);
        digits = malloc(mpz_sizeinbase(z, base) + 2);
        if (!digits) {
            mpz_clear(z);
            Err_NoMemory();
            return -1;
        }
        mpz_get_str(digits, base, z);
        mpz_clear(z);
        nd = strlen(digits);
        if (s.type == 'X')
            for (size_t i = 0; i < nd; i++)
                if (digits[i] >= 'a' && digits[i] <= 'f') digits[i] = (char)(digits[i] - 'a' + 'A');
    }
    const char *prefix = "";
    if (s.alt) prefix = base == 2 ? "0b" : base == 8 ? "0o" : s.type == 'x' ? "0x" : s.type == 'X' ? "0X" : "";
    const char *sign = neg ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
    int rc = layout_number(sb, &s, sign, prefix, digits, (ssize_t)nd, &no_tail);
    if (digits != small) free(digits);
    return rc;
}

Object *Int_Format(Object *o, Object *spec) {
    if (STR_LEN(spec) == 0) return Obj_Str(o);
    Spec s;
    if (parse_spec(spec, &s, '>', 'd', TYPE_NAME(o)) < 0) return NULL;
    StrBuilder sb;
    SB_Init(&sb);
    return finish(&sb, int_into(&sb, o, &s));
}

int Format_Into(StrBuilder *sb, Object *o, Object *spec) {
    bool is_str = Str_CheckExact(o), is_int = Int_CheckExact(o) && !Bool_Check(o), is_float = Float_CheckExact(o);
    if (!is_str && !is_int && !is_float) return 0;
    if (STR_LEN(spec) == 0) {
        if (is_str) return SB_AppendStr(sb, o) < 0 ? -1 : 1;
        return SB_AppendObjStr(sb, o) < 0 ? -1 : 1;
    }
    Spec s;
    if (parse_spec(spec, &s, is_str ? '<' : '>', is_str ? 's' : is_int ? 'd' : '\0', TYPE_NAME(o)) < 0) return -1;
    int rc = is_str ? string_into(sb, o, &s) : is_int ? int_into(sb, o, &s) : float_into(sb, o, FLOAT_VAL(o), &s);
    return rc < 0 ? -1 : 1;
}

/* ---- complex ------------------------------------------------------------------ */

Object *Complex_Format(Object *c, Object *spec) {
    if (STR_LEN(spec) == 0) return Obj_Str(c);
    Spec s;
    if (parse_spec(spec, &s, '>', '\0', TYPE_NAME(c)) < 0) return NULL;
    switch (s.type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        unknown_code(s.type, TYPE_NAME(c));
        return NULL;
    }
    if (s.fill == '0') {
        Err_SetString(Exc_ValueError, "Zero padding is not allowed in complex format specifier");
        return NULL;
    }
    if (s.align == '=') {
        Err_SetString(Exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
        return NULL;
    }
    double re = ((Complex *)c)->re, im = ((Complex *)c)->im;
    bool skip_re = false, parens = false;
    if (s.type == '\0') {
        if (re == 0.0 && !signbit(re)) skip_re = true;
        else parens = true;
    }
    char type;
    ssize_t prec;
    bool add_dot0;
    resolve_float_type(&s, &type, &prec, &add_dot0, true);
    if (precision_too_big(prec)) return NULL;
    StrBuilder sb;
    SB_Init(&sb);
    int rc = 0;
    if (parens) rc = SB_AppendChar(&sb, '(');
    if (rc == 0 && !skip_re) rc = format_double(&sb, re, &s, type, prec, false, s.sign, NULL, false);
    if (rc == 0) rc = format_double(&sb, im, &s, type, prec, false, skip_re ? s.sign : '+', "j", false);
    if (rc == 0 && parens) rc = SB_AppendChar(&sb, ')');
    if (rc < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    Object *body = SB_Finish(&sb);
    if (!body) return NULL;
    Spec ps = s;
    Object *r = pad_text(body, &ps);
    DECREF(body);
    return r;
}
