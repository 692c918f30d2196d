/* Decimal.__format__: the format specification mini-language as decimal
 * reads it ([[fill]align][sign][z][#][0][width][grouping][.precision][type],
 * types e E f F g G n %), rounding in the current context. */
#include "modules/decimal/dec_py.h"
#include "objects/str.h"
#include "runtime/err.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct FmtSpec {
    uint32_t fill;
    char align;         /* '<', '>', '^', '=' */
    char sign;          /* '-', '+', ' ' */
    bool no_neg_zero;   /* z */
    bool alt;           /* # */
    bool zero_pad;      /* the 0 flag */
    int64_t width;      /* -1: none */
    char group;         /* 0, ',' or '_' */
    int64_t prec;       /* -1: none */
    char type;          /* 0 for none */
} FmtSpec;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* Reads a run of digits; false on overflow. */
static bool read_count(const uint32_t *cp, size_t n, size_t *i, int64_t *out) {
    int64_t v = 0;
    size_t start = *i;
    while (*i < n && cp[*i] >= '0' && cp[*i] <= '9') {
        if (v > (INT64_MAX - 9) / 10) return false;
        v = v * 10 + (cp[*i] - '0');
        (*i)++;
    }
    *out = *i > start ? v : -1;
    return true;
}

static bool parse_spec(const uint32_t *cp, size_t n, FmtSpec *f) {
    *f = (FmtSpec){' ', 0, '-', false, false, false, -1, 0, -1, 0};
    size_t i = 0;
    if (n >= 2 && is_align(cp[1])) {
        f->fill = cp[0];
        f->align = (char)cp[1];
        i = 2;
    } else if (n >= 1 && is_align(cp[0])) {
        f->align = (char)cp[0];
        i = 1;
    }
    if (i < n && (cp[i] == '+' || cp[i] == '-' || cp[i] == ' ')) f->sign = (char)cp[i++];
    if (i < n && cp[i] == 'z') f->no_neg_zero = true, i++;
    if (i < n && cp[i] == '#') f->alt = true, i++;
    if (i < n && cp[i] == '0') {
        if (f->align) return false;   /* decimal refuses an explicit alignment with the 0 flag */
        f->zero_pad = true;
        f->fill = '0';
        f->align = '=';
        i++;
    }
    if (!read_count(cp, n, &i, &f->width)) return false;
    if (i < n && (cp[i] == ',' || cp[i] == '_')) f->group = (char)cp[i++];
    if (i < n && cp[i] == '.') {
        i++;
        if (!read_count(cp, n, &i, &f->prec) || f->prec < 0) return false;
    }
    if (i < n) {
        uint32_t t = cp[i++];
        if (!strchr("eEfFgGn%", (int)t) || t == 0) return false;
        f->type = (char)t;
    }
    if (i != n) return false;
    if (f->type == 'n' && f->group) return false;
    if (!f->align) f->align = '>';
    return true;
}

/* Growing text buffer: in its own bytes while the text is short. */
typedef struct Buf {
    char *p;
    size_t len, cap;
    bool failed;
    char small[96];
} Buf;

static void put(Buf *b, const char *s, size_t n) {
    if (b->failed) return;
    if (b->len + n + 1 > b->cap) {
        size_t need = b->len + n + 1, cap = need * 2;
        char *p;
        if (!b->p && need <= sizeof b->small) {
            p = b->small, cap = sizeof b->small;
        } else if (b->p == b->small) {
            if ((p = malloc(cap))) memcpy(p, b->small, b->len);
        } else {
            p = realloc(b->p, cap);
        }
        if (!p) {
            b->failed = true;
            return;
        }
        b->p = p, b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static void put_char(Buf *b, char c) { put(b, &c, 1); }

static void buf_free(Buf *b) {
    if (b->p != b->small) free(b->p);
}

static void put_repeat(Buf *b, const char *s, size_t n, int64_t times) {
    for (int64_t i = 0; i < times && !b->failed; i++) put(b, s, n);
}

static size_t utf8_encode(uint32_t c, char *out) {
    if (c < 0x80) { out[0] = (char)c; return 1; }
    if (c < 0x800) { out[0] = (char)(0xC0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12)); out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18)); out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F)); out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Rounds n (finite) in place to keep `digits` significant digits at most. */
static void keep_digits(DecNum *n, int64_t digits, int mode) {
    int64_t have = Dec_Digits(n->coef);
    if (mpz_sgn(n->coef) == 0 || have <= digits) return;
    uint32_t st = 0;
    DecNum_DropDigits(n, have - digits, mode, false, &st);
    if (Dec_Digits(n->coef) > digits) {
        mpz_divexact_ui(n->coef, n->coef, 10);
        n->exp++;
    }
}

/* The integer part with separators every three digits; with zero padding,
 * leading zeros (and separators) until it is at least min_len long. */
static void put_grouped(Buf *b, const char *digits, size_t n, char sep, int64_t min_len) {
    if (!sep) {
        if (min_len > (int64_t)n) put_repeat(b, "0", 1, min_len - (int64_t)n);
        put(b, digits, n);
        return;
    }
    /* count digits (with padding zeros) so that the grouped length reaches min_len */
    size_t total = n;
    while ((int64_t)(total + (total - 1) / 3) < min_len) total++;
    for (size_t i = 0; i < total; i++) {
        size_t from_right = total - i;
        put_char(b, i < total - n ? '0' : digits[i - (total - n)]);
        if (from_right > 1 && (from_right - 1) % 3 == 0) put_char(b, sep);
    }
}

/* Rounds n (finite) as the type and precision say; whether it is shown
 * in scientific notation, and for 'e' of a zero how many zeros follow the
 * point (a zero keeps its exponent, so they raise the exponent shown). */
static bool round_for_format(DecNum *n, const FmtSpec *f, int mode, int64_t *zero_extra) {
    char t = f->type;
    bool zero = mpz_sgn(n->coef) == 0;
    if (t == '%') n->exp += 2;
    bool sci;
    *zero_extra = 0;
    if (t == 'f' || t == 'F' || t == '%') {
        if (f->prec >= 0) {
            if (n->exp < -f->prec) {
                uint32_t st = 0;
                DecNum_DropDigits(n, -f->prec - n->exp, mode, false, &st);
            } else if (n->exp > -f->prec) {
                Dec_MulPow10(n->coef, (uint64_t)(n->exp + f->prec));
                n->exp = -f->prec;
            }
        }
        sci = false;
    } else if (t == 'e' || t == 'E') {
        if (f->prec >= 0) {
            if (zero) {
                *zero_extra = f->prec;
            } else {
                keep_digits(n, f->prec + 1, mode);
                int64_t have = Dec_Digits(n->coef);
                if (have < f->prec + 1) {
                    Dec_MulPow10(n->coef, (uint64_t)(f->prec + 1 - have));
                    n->exp -= f->prec + 1 - have;
                }
            }
        }
        sci = true;
    } else {
        if (f->prec >= 0) keep_digits(n, f->prec ? f->prec : 1, mode);
        int64_t adj = n->exp + Dec_Digits(n->coef) - 1;
        sci = !(n->exp <= 0 && adj >= -6);
    }
    return sci;
}

/* The body of a rounded finite number (no sign): digits, point, exponent. */
static void render_finite(Buf *body, const DecNum *n, const FmtSpec *f, bool sci, int64_t zero_extra, bool capitals,
                          int64_t int_min) {
    char t = f->type;
    char small[48], *s = small;
    DecU128 v;
    size_t len;
    if (Dec_GetU128(n->coef, &v)) {
        len = (size_t)Dec_U128Text(small, v);
    } else {
        s = mpz_get_str(NULL, 10, n->coef);
        len = strlen(s);
    }
    Buf intpart = {0}, frac = {0};
    int64_t exp_shown = 0;
    if (sci) {
        put(&intpart, s, 1);
        put(&frac, s + 1, len - 1);
        put_repeat(&frac, "0", 1, zero_extra);
        exp_shown = n->exp + (int64_t)len - 1 + zero_extra;
    } else if (n->exp >= 0) {
        put(&intpart, s, len);
        if (mpz_sgn(n->coef) != 0) put_repeat(&intpart, "0", 1, n->exp);
    } else if ((int64_t)len > -n->exp) {
        put(&intpart, s, (size_t)((int64_t)len + n->exp));
        put(&frac, s + len + n->exp, (size_t)-n->exp);
    } else {
        put(&intpart, "0", 1);
        put_repeat(&frac, "0", 1, -n->exp - (int64_t)len);
        put(&frac, s, len);
    }
    if (s != small) {
        void (*gmp_free)(void *, size_t);
        mp_get_memory_functions(NULL, NULL, &gmp_free);
        gmp_free(s, len + 1);
    }
    /* the part after the integer digits, to size the zero padding */
    Buf tail = {0};
    if (frac.len || f->alt) put_char(&tail, '.');
    if (frac.len) put(&tail, frac.p, frac.len);
    if (sci) {
        bool upper = t == 'E' || t == 'G' || (t == 0 && capitals);
        put_char(&tail, upper ? 'E' : 'e');
        put_char(&tail, exp_shown < 0 ? '-' : '+');
        char num[24];
        int k = snprintf(num, sizeof num, "%lld", (long long)(exp_shown < 0 ? -exp_shown : exp_shown));
        put(&tail, num, (size_t)k);
    }
    if (t == '%') put_char(&tail, '%');
    int64_t min_len = int_min - (int64_t)tail.len;
    put_grouped(body, intpart.p ? intpart.p : "0", intpart.len ? intpart.len : 1, f->group, min_len);
    if (tail.len) put(body, tail.p, tail.len);
    if (intpart.failed || frac.failed || tail.failed) body->failed = true;
    buf_free(&intpart);
    buf_free(&frac);
    buf_free(&tail);
}

Object *Dec_Format(Object *self, Object *const *args, size_t nargs, Object *kw) {
    (void)nargs, (void)kw;
    Object *spec = args[0];
    if (!Str_Check(spec)) {
        Err_Format(Exc_TypeError, "format spec must be str, not %s", TYPE_NAME(spec));
        return NULL;
    }
    DecCtx *ctx = DecCtx_Current();
    if (!ctx) return NULL;
    ssize_t blen;
    const char *utf8 = Str_AsUTF8(spec, &blen);
    if (!utf8) return NULL;
    uint32_t *cp = malloc(((size_t)blen + 1) * sizeof *cp);
    if (!cp) return Err_NoMemory();
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)utf8, *end = p + blen; p < end;) {
        uint32_t c = *p++;
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        if (extra) c &= 0x3F >> extra;
        while (extra-- && p < end) c = (c << 6) | (*p++ & 0x3F);
        cp[n++] = c;
    }
    FmtSpec f;
    bool ok = parse_spec(cp, n, &f);
    free(cp);
    if (!ok) {
        Err_SetString(Exc_ValueError, "invalid format string");
        return NULL;
    }
    const DecNum *src = DEC_NUM(self);
    DecNum num;
    DecNum_Init(&num);
    DecNum_Copy(&num, src);
    Buf body = {0};
    const char *sign = "";
    if (num.kind != DEC_FINITE) {
        if (f.zero_pad) {
            f.fill = ' ';
            f.align = '>';
        }
        put(&body, num.kind == DEC_INF ? "Infinity" : num.kind == DEC_QNAN ? "NaN" : "sNaN",
            num.kind == DEC_SNAN ? 4 : num.kind == DEC_QNAN ? 3 : 8);
        if (num.kind != DEC_INF && mpz_sgn(num.coef)) {
            char *pl = mpz_get_str(NULL, 10, num.coef);
            put(&body, pl, strlen(pl));
            void (*gmp_free)(void *, size_t);
            mp_get_memory_functions(NULL, NULL, &gmp_free);
            gmp_free(pl, strlen(pl) + 1);
        }
        if (f.type == '%') put_char(&body, '%');
    }
    int64_t zero_extra = 0;
    bool sci = num.kind == DEC_FINITE && round_for_format(&num, &f, ctx->env.round, &zero_extra);
    if (num.kind == DEC_FINITE && f.no_neg_zero && mpz_sgn(num.coef) == 0) num.sign = 0;
    sign = num.sign ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    if (num.kind == DEC_FINITE) {
        int64_t int_min = f.zero_pad && f.width > 0 ? f.width - (int64_t)strlen(sign) : 0;
        render_finite(&body, &num, &f, sci, zero_extra, ctx->capitals, int_min);
    }
    DecNum_Clear(&num);
    /* padding counts characters: the body is ASCII, the fill may not be */
    int64_t used = (int64_t)(strlen(sign) + body.len);
    int64_t pad = f.width > used ? f.width - used : 0;
    char fill[4];
    size_t fill_len = utf8_encode(f.fill, fill);
    Buf out = {0};
    int64_t left = 0, right = 0, middle = 0;
    switch (f.align) {
    case '<': right = pad; break;
    case '^': left = pad / 2, right = pad - pad / 2; break;
    case '=': middle = pad; break;
    default: left = pad; break;
    }
    put_repeat(&out, fill, fill_len, left);
    put(&out, sign, strlen(sign));
    put_repeat(&out, fill, fill_len, middle);
    if (body.len) put(&out, body.p, body.len);
    put_repeat(&out, fill, fill_len, right);
    Object *r = NULL;
    if (out.failed || body.failed) Err_NoMemory();
    else r = Str_FromUTF8(out.p ? out.p : "", (ssize_t)out.len);
    buf_free(&out);
    buf_free(&body);
    return r;
}
