/* The format-spec mini-language used by format(), f-strings and str.format():
 *   [[fill]align][sign][z][#][0][width][grouping][.precision[grouping]][type]
 * Parsing is shared; int, float, complex and str each lay out their text.
 * Numeric bodies are built as ASCII, then padded with a (possibly non-ASCII)
 * fill character into a StrBuilder. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formatspec.h"
#include "abstract.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/float_digits.h"

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

/* Appends digits[0:n] grouped by sep every `group` digits (from the right),
 * zero-extended until the grouped text is at least min_width long. */
static int append_grouped(StrBuilder *sb, const char *digits, ssize_t n, char sep, int group, ssize_t min_width) {
    if (!sep) {
        if (SB_AppendFill(sb, '0', min_width - n) < 0) return -1;
        return SB_AppendASCII(sb, digits, n);
    }
    /* build right to left into a temporary buffer */
    ssize_t cap = n + n / group + 2 + (min_width > 0 ? min_width : 0);
    char *buf = malloc((size_t)cap);
    if (!buf) {
        Err_NoMemory();
        return -1;
    }
    ssize_t len = 0, in_group = 0;
    for (ssize_t i = n - 1; i >= 0; i--) {
        if (in_group == group) {
            buf[len++] = sep;
            in_group = 0;
        }
        buf[len++] = digits[i];
        in_group++;
    }
    while (len < min_width) {
        if (in_group == group) {
            buf[len++] = sep;
            in_group = 0;
        }
        buf[len++] = '0';
        in_group++;
    }
    for (ssize_t i = 0, j = len - 1; i < j; i++, j--) {
        char t = buf[i];
        buf[i] = buf[j];
        buf[j] = t;
    }
    int r = SB_AppendASCII(sb, buf, len);
    free(buf);
    return r;
}

static ssize_t grouped_len(ssize_t n, char sep, int group) {
    return sep && n > 0 ? n + (n - 1) / group : n;
}

static int append_fill(StrBuilder *sb, uint32_t fill, ssize_t n) { return SB_AppendFill(sb, fill, n); }

/* sign + prefix + grouped(intdigits) + rest, padded to the spec's width. */
static int layout_number(StrBuilder *sb, const Spec *s, const char *sign, const char *prefix,
                         const char *digits, ssize_t ndigits, const char *rest, ssize_t nrest) {
    ssize_t nsign = (ssize_t)strlen(sign), nprefix = (ssize_t)strlen(prefix);
    char sep = s->thousands;
    ssize_t min_int = 0;
    bool zero_pad = s->fill == '0' && s->align == '=';
    if (zero_pad && s->width > 0) min_int = s->width - nsign - nprefix - nrest;
    ssize_t nint = grouped_len(ndigits, sep, s->group);
    if (zero_pad && min_int > nint) {
        /* the padding zeros become part of the (grouped) number */
        if (SB_AppendASCII(sb, sign, nsign) < 0 || SB_AppendASCII(sb, prefix, nprefix) < 0) return -1;
        if (append_grouped(sb, digits, ndigits, sep, s->group, min_int) < 0) return -1;
        return SB_AppendASCII(sb, rest, nrest);
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
    if (SB_AppendASCII(sb, rest, nrest) < 0) return -1;
    return append_fill(sb, s->fill, right);
}

/* Pads an already built piece of text (code points) to the spec's width. */
static Object *pad_text(Object *text, const Spec *s) {
    ssize_t n = STR_LEN(text);
    if (s->width <= n) return NEWREF(text);
    ssize_t pad = s->width - n, left = 0, right = 0;
    switch (s->align) {
    case '>': left = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    default: right = pad; break;
    }
    StrBuilder sb;
    SB_Init(&sb);
    if (append_fill(&sb, s->fill, left) < 0 || SB_AppendStr(&sb, text) < 0 || append_fill(&sb, s->fill, right) < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
}

/* ---- str ------------------------------------------------------------------ */

Object *Format_String(Object *str, Object *spec) {
    if (STR_LEN(spec) == 0) return Obj_Str(str);
    Spec s;
    if (parse_spec(spec, &s, '<', 's', "str") < 0) return NULL;
    if (s.type != 's') {
        unknown_code(s.type, TYPE_NAME(str));
        return NULL;
    }
    if (s.sign) {
        Err_SetString(Exc_ValueError, "Sign not allowed in string format specifier");
        return NULL;
    }
    if (s.no_neg_zero) {
        Err_SetString(Exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (s.alt) {
        Err_SetString(Exc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (s.align == '=') {
        Err_SetString(Exc_ValueError, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    Object *text;
    if (s.precision >= 0 && s.precision < STR_LEN(str)) text = Str_Substring(str, 0, s.precision);
    else text = Obj_Str(str);
    if (!text) return NULL;
    Object *r = pad_text(text, &s);
    DECREF(text);
    return r;
}

/* ---- float text ------------------------------------------------------------ */

/* A scratch buffer: on the stack when small enough, else malloc'ed. */
typedef struct Scratch {
    char *p;
    char local[160];
} Scratch;

static char *scratch_get(Scratch *s, size_t n) {
    s->p = n <= sizeof s->local ? s->local : malloc(n);
    if (!s->p) Err_NoMemory();
    return s->p;
}

static void scratch_free(Scratch *s) {
    if (s->p != s->local) free(s->p);
}

/* Bytes float_body may write for a precision. */
static size_t float_body_cap(ssize_t prec) { return (size_t)prec + 400; }

/* Text of |v| (finite or not) for a resolved type into out (float_body_cap
 * bytes).  type: 'e' 'f' 'g' 'r' ('r' = shortest repr digits), upper for
 * E/F/G.  add_dot0: integral results in fixed notation get ".0" (float repr
 * style).  -1 (MemoryError raised) on failure. */
static int float_body(double av, char type, ssize_t prec, bool alt, bool add_dot0, bool upper, char *out) {
    size_t cap = float_body_cap(prec);
    if (isnan(av) || isinf(av)) {
        strcpy(out, isnan(av) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return 0;
    }
    if (type == 'f' || type == 'e') {
        int n = prec > 64 ? -1
              : type == 'f' ? FloatDigits_Fixed(av, (int)prec, alt, out, cap) : FloatDigits_Exp(av, (int)prec, alt, out, cap);
        if (n < 0) {
            char fmt[8] = "%";
            strcat(fmt, alt ? "#.*" : ".*");
            size_t k = strlen(fmt);
            fmt[k] = type;
            fmt[k + 1] = '\0';
            snprintf(out, cap, fmt, (int)prec, av);
        }
        if (upper)
            for (char *p = out; *p; p++)
                if (*p == 'e') *p = 'E';
        return 0;
    }
    /* 'g' and 'r': digits, then the fixed/exponent decision */
    Scratch dscratch;
    char *digits = scratch_get(&dscratch, (size_t)prec + 48);
    if (!digits) return -1;
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
        int p = prec == 0 ? 1 : (int)prec;
        Scratch tscratch;
        char *tmp = scratch_get(&tscratch, (size_t)p + 40);
        if (!tmp) {
            scratch_free(&dscratch);
            return -1;
        }
        if (p > 64 || FloatDigits_Exp(av, p - 1, false, tmp, (size_t)p + 40) < 0)
            snprintf(tmp, (size_t)p + 40, "%.*e", p - 1, av);
        nd = 0;
        char *q = tmp;
        for (; *q && *q != 'e'; q++)
            if (*q >= '0' && *q <= '9') digits[nd++] = *q;
        digits[nd] = '\0';
        decpt = atoi(q + 1) + 1;
        scratch_free(&tscratch);
    }
    ssize_t want = nd; /* digits to show */
    if (type == 'r') {
        use_exp = decpt <= -4 || decpt > 16;
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
    if (type == 'r') {
        while (nd > 1 && digits[nd - 1] == '0') nd--;
        want = nd;
    }
    /* alt 'g' shows exactly p digits, padding with zeros */
    char *p = out;
#define DIGIT(i) ((i) < nd ? digits[i] : '0')
    if (use_exp) {
        *p++ = DIGIT(0);
        if (want > 1 || alt) *p++ = '.';
        for (ssize_t i = 1; i < want; i++) *p++ = DIGIT(i);
        int e = decpt - 1;
        p += sprintf(p, "%c%c%02d", upper ? 'E' : 'e', e < 0 ? '-' : '+', e < 0 ? -e : e);
    } else if (decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -decpt; i++) *p++ = '0';
        for (ssize_t i = 0; i < want; i++) *p++ = DIGIT(i);
    } else {
        ssize_t i = 0;
        for (; i < decpt; i++) *p++ = DIGIT(i);
        if (i < want) {
            *p++ = '.';
            for (; i < want; i++) *p++ = DIGIT(i);
        } else if (add_dot0) {
            *p++ = '.';
            *p++ = '0';
        } else if (alt) {
            *p++ = '.';
        }
    }
#undef DIGIT
    *p = '\0';
    scratch_free(&dscratch);
    return 0;
}

/* Formats one double per spec s into sb (no padding when pad is false: the
 * complex parts are padded together).  force_sign overrides s->sign. */
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
    Scratch bscratch, rscratch;
    char *body = scratch_get(&bscratch, float_body_cap(prec));
    if (!body) return -1;
    if (float_body(fabs(v), t, prec, s->alt, add_dot0, upper, body) < 0) {
        scratch_free(&bscratch);
        return -1;
    }
    if (neg && s->no_neg_zero) {
        bool allzero = true;
        for (char *q = body; *q && allzero; q++) {
            if (*q == 'e' || *q == 'E') break;
            if (*q >= '1' && *q <= '9') allzero = false;
            if (*q == 'i' || *q == 'n' || *q == 'I' || *q == 'N') allzero = false;
        }
        if (allzero) neg = false;
    }
    const char *sign = neg ? "-" : sign_mode == '+' ? "+" : sign_mode == ' ' ? " " : "";
    /* split: integer digits, then the rest (fraction, exponent, '%', suffix) */
    size_t nint = 0;
    while (body[nint] >= '0' && body[nint] <= '9') nint++;
    size_t blen = strlen(body);
    size_t slen = suffix ? strlen(suffix) : 0;
    char *rest = scratch_get(&rscratch, (blen - nint) * 2 + slen + 4);
    if (!rest) {
        scratch_free(&bscratch);
        return -1;
    }
    char *r = rest;
    const char *q = body + nint;
    if (*q == '.') {
        *r++ = *q++;
        int count = 0;
        while (*q >= '0' && *q <= '9') {
            if (s->frac_sep && count == 3) {
                *r++ = s->frac_sep;
                count = 0;
            }
            *r++ = *q++;
            count++;
        }
    }
    while (*q) *r++ = *q++;
    if (percent) *r++ = '%';
    if (suffix) {
        memcpy(r, suffix, slen);
        r += slen;
    }
    *r = '\0';
    int rc;
    if (pad) {
        rc = layout_number(sb, s, sign, "", body, (ssize_t)nint, rest, r - rest);
    } else {
        Spec nopad = *s;
        nopad.width = -1;
        rc = layout_number(sb, &nopad, sign, "", body, (ssize_t)nint, rest, r - rest);
    }
    scratch_free(&bscratch);
    scratch_free(&rscratch);
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

/* CPython refuses precisions near INT_MAX (its buffers are int-sized). */
static bool precision_too_big(ssize_t prec) {
    if (prec < ((ssize_t)1 << 31) - 2) return false;
    Err_SetString(Exc_ValueError, "precision too big");
    return true;
}

static Object *format_float_value(Object *o, double v, const Spec *s) {
    switch (s->type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        unknown_code(s->type, TYPE_NAME(o));
        return NULL;
    }
    char type;
    ssize_t prec;
    bool add_dot0;
    resolve_float_type(s, &type, &prec, &add_dot0, false);
    if (precision_too_big(prec)) return NULL;
    StrBuilder sb;
    SB_Init(&sb);
    if (format_double(&sb, v, s, type, prec, add_dot0, s->sign, NULL, true) < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
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
    return format_float_value(o, FLOAT_VAL(o), &s);
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


Object *Int_Format(Object *o, Object *spec) {
    if (STR_LEN(spec) == 0) return Obj_Str(o);
    Spec s;
    if (parse_spec(spec, &s, '>', 'd', TYPE_NAME(o)) < 0) return NULL;
    switch (s.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = Int_AsDouble(o);
        if (d == -1.0 && Err_Occurred()) return NULL;
        return format_float_value(o, d, &s);
    }
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    default:
        unknown_code(s.type, TYPE_NAME(o));
        return NULL;
    }
    if (s.precision >= 0) {
        Err_SetString(Exc_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (s.no_neg_zero) {
        Err_SetString(Exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    StrBuilder sb;
    SB_Init(&sb);
    if (s.type == 'c') {
        if (s.sign) {
            Err_SetString(Exc_ValueError, "Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (s.alt) {
            Err_SetString(Exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return NULL;
        }
        int64_t cp;
        if (Int_AsI64(o, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
            Err_Clear();
            Err_SetString(Exc_OverflowError, "%c arg not in range(0x110000)");
            return NULL;
        }
        Object *ch = Str_FromChar((uint32_t)cp);
        if (!ch) return NULL;
        Spec ts = s;
        if (ts.align == '=') ts.align = '>';
        if (!s.align_given && s.fill != '0') ts.align = '>';
        Object *r = pad_text(ch, &ts);
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
        if (!digits) return NULL;
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
            return Err_NoMemory();
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
    int rc = layout_number(&sb, &s, sign, prefix, digits, (ssize_t)nd, "", 0);
    if (digits != small) free(digits);
    if (rc < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
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
