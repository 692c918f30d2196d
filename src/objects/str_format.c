/* String formatting: printf-style `fmt % args` and str.format's replacement
 * field grammar.  Each replacement field is formatted with Obj_Format, so the
 * format-spec mini-language lives with the types (formatspec.c). */
#include "abstract.h"
#include "modules/_warnings.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/unicode_db.h"
#include "runtime/buffer.h"
#include "runtime/err.h"
#include "runtime/formatspec.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- fmt % args ---------------------------------------------------------- */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/* Appends text (chars of s from 0..n) padded to width per the flags. */
static int append_field(StrBuilder *sb, Object *s, ssize_t n, int flags, ssize_t width) {
    if (n > STR_LEN(s)) n = STR_LEN(s);
    if (!(flags & F_LJUST) && SB_AppendFill(sb, ' ', width - n) < 0) return -1;
    if ((n == STR_LEN(s) ? SB_AppendStr(sb, s) : SB_AppendSubstr(sb, s, 0, n)) < 0) return -1;
    if ((flags & F_LJUST) && SB_AppendFill(sb, ' ', width - n) < 0) return -1;
    return 0;
}

/* An int for %d/%x/...: NULL with CPython's TypeError when v is not one. */
static Object *int_arg(Object *v, char conv) {
    if (Int_Check(v)) return NEWREF(v);
    Type *t = TYPE(v);
    if (conv == 'd' || conv == 'i' || conv == 'u') {
        if (Float_Check(v)) return Int_FromDouble(FLOAT_VAL(v));
        if (t->nb_int || t->nb_index || t->nb_float) {
            if (t->nb_int) {
                Object *r = t->nb_int(v);
                if (r && !Int_Check(r)) {
                    Err_Format(Exc_TypeError, "__int__ returned non-int (type %s)", TYPE_NAME(r));
                    DECREF(r);
                    return NULL;
                }
                if (r && !Int_CheckExact(r) && Warn_StrictSubclass("__int__", "int", r) < 0) CLEAR(r);
                return r;
            }
            if (t->nb_index) return Obj_Index(v);
        }
        Err_Format(Exc_TypeError, "%%%c format: a real number is required, not %s", conv, t->name);
        return NULL;
    }
    if (t->nb_index) return Obj_Index(v);
    Err_Format(Exc_TypeError, "%%%c format: an integer is required, not %s", conv, t->name);
    return NULL;
}

static int format_int(StrBuilder *sb, Object *v, char conv, int flags, ssize_t width, ssize_t prec) {
    Object *i = int_arg(v, conv);
    if (!i) return -1;
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    /* the digits of |i|: a small int's go in buf, a big one's come from Int_ToBase */
    char buf[72], *upper = NULL; /* upper: malloc'ed 'X' digits of a big int */
    const char *digits;
    ssize_t ndig;
    bool neg;
    Object *txt = NULL;
    if (IS_SMALL(i)) {
        int64_t x = SMALL_VAL(i);
        neg = x < 0;
        ndig = Format_Digits(neg ? -(uint64_t)x : (uint64_t)x, base, conv == 'X', buf);
        digits = buf;
    } else {
        txt = Int_ToBase(i, base, false);
        if (!txt) {
            DECREF(i);
            return -1;
        }
        /* ASCII text: its data is its UTF-8 */
        neg = STR_CHAR(txt, 0) == '-';
        digits = (const char *)STR_DATA(txt) + neg;
        ndig = STR_LEN(txt) - neg;
        if (conv == 'X') {
            char *up = malloc((size_t)ndig);
            if (!up) {
                DECREF(txt);
                DECREF(i);
                Err_NoMemory();
                return -1;
            }
            for (ssize_t k = 0; k < ndig; k++)
                up[k] = digits[k] >= 'a' && digits[k] <= 'f' ? (char)(digits[k] - 32) : digits[k];
            digits = upper = up;
        }
    }
    DECREF(i);
    char prefix[4];
    int np = 0;
    if (neg) prefix[np++] = '-';
    else if (flags & F_SIGN) prefix[np++] = '+';
    else if (flags & F_BLANK) prefix[np++] = ' ';
    if ((flags & F_ALT) && base != 10) {
        prefix[np++] = '0';
        prefix[np++] = conv == 'o' ? 'o' : conv;
    }
    ssize_t zeros = prec > ndig ? prec - ndig : 0;
    ssize_t body = np + zeros + ndig;
    int r = 0;
    if (!(flags & F_LJUST) && !(flags & F_ZERO)) r = SB_AppendFill(sb, ' ', width - body);
    if (!r) r = SB_AppendASCII(sb, prefix, np);
    if (!r && !(flags & F_LJUST) && (flags & F_ZERO)) r = SB_AppendFill(sb, '0', width - body);
    if (!r) r = SB_AppendFill(sb, '0', zeros);
    if (!r) r = SB_AppendASCII(sb, digits, ndig);
    if (!r && (flags & F_LJUST)) r = SB_AppendFill(sb, ' ', width - body);
    free(upper);
    XDECREF(txt);
    return r;
}

static int format_float(StrBuilder *sb, Object *v, char conv, int flags, ssize_t width, ssize_t prec,
                        bool bytes_mode) {
    double d;
    if (Float_Check(v)) {
        d = FLOAT_VAL(v);
    } else if (Int_Check(v) || TYPE(v)->nb_float || TYPE(v)->nb_index) {
        d = Float_AsDouble(v);
        if (d == -1.0 && Err_Occurred()) return -1;
    } else {
        Err_Format(Exc_TypeError, bytes_mode ? "float argument required, not %s" : "must be real number, not %s",
                   TYPE_NAME(v));
        return -1;
    }
    char sign = flags & F_SIGN ? '+' : flags & F_BLANK ? ' ' : '\0';
    return Format_PercentFloat(sb, d, conv, flags & F_LJUST, sign, flags & F_ALT, flags & F_ZERO, width, prec);
}

static int append_char(StrBuilder *sb, uint32_t c, int flags, ssize_t width) {
    Object *s = Str_FromChar(c);
    if (!s) return -1;
    int r = append_field(sb, s, 1, flags, width);
    DECREF(s);
    return r;
}

/* %c of bytes formatting: an int in range(256) or a single byte. */
static int format_byte_char(StrBuilder *sb, Object *v, int flags, ssize_t width) {
    const uint8_t *p;
    ssize_t n;
    uint32_t c;
    if (Bytes_GetBuffer(v, &p, &n)) {
        if (n != 1) {
            Err_Format(Exc_TypeError,
                       "%%c requires an integer in range(256) or a single byte, not a bytes object of length %zd", n);
            return -1;
        }
        c = p[0];
    } else if (Int_Check(v) || TYPE(v)->nb_index) {
        int64_t x = Int_IndexInRange(v, 255, Exc_OverflowError, "%c arg not in range(256)");
        if (x < 0) return -1;
        c = (uint32_t)x;
    } else {
        Err_Format(Exc_TypeError, "%%c requires an integer in range(256) or a single byte, not %s", TYPE_NAME(v));
        return -1;
    }
    return append_char(sb, c, flags, width);
}

/* %s / %b of bytes formatting: the bytes of v (a bytes-like object, or
 * what its __bytes__ returns), copied once into the result. */
static int format_bytes(StrBuilder *sb, Object *v, int flags, ssize_t width, ssize_t prec) {
    const uint8_t *p;
    ssize_t n;
    Object *owned = NULL, *m;
    if (!Bytes_GetBuffer(v, &p, &n) && Buffer_Check(v)) { /* a strided view: its items in order */
        if (!(owned = Buffer_ToBytes(v))) return -1;
        p = BYTES_DATA(owned);
        n = BYTES_LEN(owned);
    } else if (!Bytes_GetBuffer(v, &p, &n)) {
        int r = Str_Check(v) ? 0 : Obj_LookupAttr(v, ID(__bytes__), &m);
        if (r < 0) return -1;
        if (r == 0) {
            Err_Format(Exc_TypeError,
                       "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                       TYPE_NAME(v));
            return -1;
        }
        owned = Obj_CallNoArgs(m);
        DECREF(m);
        if (!owned) return -1;
        if (!Bytes_Check(owned)) {
            Err_Format(Exc_TypeError, "__bytes__ returned non-bytes (type %s)", TYPE_NAME(owned));
            DECREF(owned);
            return -1;
        }
        p = BYTES_DATA(owned);
        n = BYTES_LEN(owned);
    }
    if (prec >= 0 && prec < n) n = prec;
    int r = (flags & F_LJUST) ? 0 : SB_AppendFill(sb, ' ', width - n);
    if (r == 0) r = SB_AppendASCII(sb, (const char *)p, n); /* (bytes above 127 as Latin-1 code points) */
    if (r == 0 && (flags & F_LJUST)) r = SB_AppendFill(sb, ' ', width - n);
    XDECREF(owned);
    return r;
}

static int format_char(StrBuilder *sb, Object *v, int flags, ssize_t width) {
    uint32_t c;
    if (Str_Check(v)) {
        if (STR_LEN(v) != 1) {
            Err_Format(Exc_TypeError, "%%c requires an int or a unicode character, not a string of length %zd",
                       STR_LEN(v));
            return -1;
        }
        c = STR_CHAR(v, 0);
    } else if (Int_Check(v) || TYPE(v)->nb_index) {
        int64_t x = Int_IndexInRange(v, 0x10FFFF, Exc_OverflowError, "%c arg not in range(0x110000)");
        if (x < 0) return -1;
        c = (uint32_t)x;
    } else {
        Err_Format(Exc_TypeError, "%%c requires an int or a unicode character, not %s", TYPE_NAME(v));
        return -1;
    }
    return append_char(sb, c, flags, width);
}

/* Whether % takes its fields from args by key (`%(name)s`), as from a
 * mapping: then surplus arguments are no error.  Bytes formatting does
 * not count bytes or bytearray as one. */
static bool is_mapping_arg(Object *args, bool bytes_mode) {
    if (IS_SMALL(args) || !TYPE(args)->getitem || Tuple_Check(args) || Str_Check(args)) return false;
    return !bytes_mode || !(Bytes_Check(args) || Type_IsSubtype(TYPE(args), &ByteArray_Type));
}

/* The format being read: a str's code points, or a bytes object's bytes
 * standing for the code points below 256 (bytes formatting), as one kind
 * of array (read as STR_CHAR reads a str). */
typedef struct FmtText {
    const void *data;
    int kind; /* 1, 2 or 4 bytes a character */
} FmtText;

static inline uint32_t fmt_char(const FmtText *f, ssize_t i) {
    return f->kind == 1 ? ((const uint8_t *)f->data)[i]
           : f->kind == 2 ? ((const uint16_t *)f->data)[i] : ((const uint32_t *)f->data)[i];
}

/* fmt % args: a str, or with bytes_mode (fmt a bytes object) the bytes,
 * built in place at their final size. */
static Object *percent_format(Object *fmt, Object *args, bool bytes_mode) {
    FmtText f = bytes_mode ? (FmtText){BYTES_DATA(fmt), 1} : (FmtText){STR_DATA(fmt), STR_KIND(fmt)};
    Object *const *argv;
    ssize_t argc, argi = 0;
    bool tuple = Tuple_Check(args);
    if (tuple) {
        argv = TUPLE_ITEMS(args);
        argc = TUPLE_LEN(args);
    } else {
        argv = &args;
        argc = 1;
    }
    Object *dict = is_mapping_arg(args, bytes_mode) ? args : NULL;
    bool used_key = false;
    ssize_t n = bytes_mode ? BYTES_LEN(fmt) : STR_LEN(fmt), i = 0;
    StrBuilder sb;
    SB_Init(&sb);
    while (i < n) {
        uint32_t c = fmt_char(&f, i);
        if (c != '%') {
            /* the run of literal text up to the next '%' */
            ssize_t j = i + 1;
            if (f.kind == 1) {
                const char *base = f.data, *pct = j < n ? memchr(base + j, '%', (size_t)(n - j)) : NULL;
                j = pct ? pct - base : n;
            }
            while (j < n && fmt_char(&f, j) != '%') j++;
            int r = bytes_mode ? SB_AppendASCII(&sb, (const char *)f.data + i, j - i) : SB_AppendSubstr(&sb, fmt, i, j);
            if (r < 0) goto fail;
            i = j;
            continue;
        }
        i++;
        if (i < n && fmt_char(&f, i) == '%') {
            if (SB_AppendChar(&sb, '%') < 0) goto fail;
            i++;
            continue;
        }
        Object *keyval = NULL; /* owned value looked up by %(key) */
        if (i < n && fmt_char(&f, i) == '(') {
            if (!dict) {
                Err_SetString(Exc_TypeError, "format requires a mapping");
                goto fail;
            }
            ssize_t depth = 1, ks = ++i;
            while (i < n && depth > 0) {
                uint32_t d = fmt_char(&f, i);
                if (d == '(') depth++;
                else if (d == ')') depth--;
                i++;
            }
            if (depth > 0) {
                Err_SetString(Exc_ValueError, "incomplete format key");
                goto fail;
            }
            /* a key that names an attribute is interned already: that str
             * is found without making one, and a dict holding the name as a
             * key finds it by identity */
            Object *key = bytes_mode ? Bytes_From((const uint8_t *)f.data + ks, i - 1 - ks)
                        : f.kind == 1 ? Str_FindInterned(1, (const uint8_t *)f.data + ks, i - 1 - ks) : NULL;
            if (key && !bytes_mode) INCREF(key);
            else if (!bytes_mode) key = Str_Substring(fmt, ks, i - 1);
            if (!key) goto fail;
            keyval = Obj_GetItem(dict, key);
            DECREF(key);
            if (!keyval) goto fail;
            used_key = true;
        }
        int flags = 0;
        while (i < n) {
            uint32_t d = fmt_char(&f, i);
            if (d == '-') flags |= F_LJUST;
            else if (d == '+') flags |= F_SIGN;
            else if (d == ' ') flags |= F_BLANK;
            else if (d == '#') flags |= F_ALT;
            else if (d == '0') flags |= F_ZERO;
            else break;
            i++;
        }
        ssize_t width = -1, prec = -1;
        for (int part = 0; part < 2; part++) {
            if (part == 1) {
                if (i < n && fmt_char(&f, i) == '.') i++;
                else break;
            }
            ssize_t val = -1;
            if (i < n && fmt_char(&f, i) == '*') {
                i++;
                if (used_key || argi >= argc) {
                    Err_SetString(Exc_TypeError, "not enough arguments for format string");
                    XDECREF(keyval);
                    goto fail;
                }
                Object *w = argv[argi++];
                if (!Int_Check(w)) {
                    Err_SetString(Exc_TypeError, "* wants int");
                    XDECREF(keyval);
                    goto fail;
                }
                /* a width is a C ssize_t, a precision a C int */
                int64_t wv;
                if (Int_AsI64(w, &wv) < 0 || (part == 1 && (wv > INT_MAX || wv < INT_MIN))) {
                    Err_Clear();
                    Err_SetString(Exc_OverflowError, part ? "Python int too large to convert to C int"
                                                          : "Python int too large to convert to C ssize_t");
                    XDECREF(keyval);
                    goto fail;
                }
                val = (ssize_t)wv;
                if (part == 0 && val < 0) {
                    flags |= F_LJUST;
                    val = -val;
                }
                if (part == 1 && val < 0) val = 0;
            } else {
                while (i < n && fmt_char(&f, i) >= '0' && fmt_char(&f, i) <= '9') {
                    if (val < 0) val = 0;
                    if (val > (((ssize_t)1 << 60) / 10)) {
                        Err_SetString(Exc_ValueError, part ? "precision too big" : "width too big");
                        XDECREF(keyval);
                        goto fail;
                    }
                    val = val * 10 + (fmt_char(&f, i) - '0');
                    i++;
                }
                if (part == 1 && val < 0) val = 0;
            }
            if (part == 0) width = val;
            else prec = val;
        }
        while (i < n && (fmt_char(&f, i) == 'h' || fmt_char(&f, i) == 'l' || fmt_char(&f, i) == 'L')) i++;
        if (i >= n) {
            Err_SetString(Exc_ValueError, "incomplete format");
            XDECREF(keyval);
            goto fail;
        }
        uint32_t conv = fmt_char(&f, i++);
        Object *v = keyval;
        if (!v) {
            if (used_key || argi >= argc) {
                Err_SetString(Exc_TypeError, "not enough arguments for format string");
                goto fail;
            }
            v = argv[argi++];
        }
        int r;
        switch (conv) {
        case 'b':
            if (!bytes_mode) goto unsupported;
            /* fall through */
        case 's': case 'r': case 'a': {
            if (bytes_mode && conv != 'r' && conv != 'a') {
                r = format_bytes(&sb, v, flags, width, prec);
                break;
            }
            Object *s = bytes_mode || conv == 'a' ? Obj_ASCII(v) : conv == 's' ? Obj_Str(v) : Obj_Repr(v);
            if (!s) { r = -1; break; }
            r = append_field(&sb, s, prec >= 0 ? prec : STR_LEN(s), flags, width);
            DECREF(s);
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            r = format_int(&sb, v, (char)conv, flags, width, prec);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            r = format_float(&sb, v, (char)conv, flags, width, prec, bytes_mode);
            break;
        case 'c':
            r = bytes_mode ? format_byte_char(&sb, v, flags, width) : format_char(&sb, v, flags, width);
            break;
        default:
        unsupported:
            /* CPython prints a str's character only when printable ASCII, and
             * fails to print a byte above 127 */
            if (bytes_mode && conv > 127)
                Err_SetString(Exc_OverflowError, "character argument not in range(0x110000)");
            else
                Err_Format(Exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                           bytes_mode || (conv >= 32 && conv < 127) ? (int)conv : '?', (unsigned)conv, i - 1);
            r = -1;
        }
        XDECREF(keyval);
        if (r < 0) goto fail;
    }
    if (argi < argc && !dict && !used_key) {
        Err_Format(Exc_TypeError, "not all arguments converted during %s formatting", bytes_mode ? "bytes" : "string");
        goto fail;
    }
    return bytes_mode ? SB_FinishBytes(&sb) : SB_Finish(&sb);
fail:
    SB_Discard(&sb);
    return NULL;
}

Object *Str_PercentFormat(Object *fmt, Object *args) { return percent_format(fmt, args, false); }

Object *Str_PercentFormatBytes(Object *fmt, Object *args) { return percent_format(fmt, args, true); }

/* ---- the replacement-field grammar ------------------------------------------
 * Shared by str.format and the _string module (string.Formatter). */

/* Format_NextPiece's body, inlined into str.format's loop (where *pos and
 * *p stay in registers). */
static inline __attribute__((always_inline)) int next_piece(Object *fmt, ssize_t *pos, ssize_t end,
                                                            FormatPiece *p) {
    ssize_t i = *pos;
    if (i >= end) return 0;
    *p = (FormatPiece){.lit_start = i, .lit_end = i};
    /* literal text up to a brace; a doubled brace ends the piece with one */
    while (i < end) {
        uint32_t c = STR_CHAR(fmt, i);
        if (c != '{' && c != '}') {
            i++;
            continue;
        }
        bool doubled = i + 1 < end && STR_CHAR(fmt, i + 1) == c;
        if (doubled || c == '}') {
            *pos = i + (doubled ? 2 : 1);
            if (!doubled) {
                Err_SetString(Exc_ValueError, "Single '}' encountered in format string");
                return -1;
            }
            p->lit_end = i + 1;
            return 1;
        }
        break;
    }
    p->lit_end = i;
    if (i == end) {
        *pos = i;
        return 1;
    }
    /* a replacement field: name, then !conversion, then :spec */
    if (++i == end) {
        *pos = i;
        Err_SetString(Exc_ValueError, "Single '{' encountered in format string");
        return -1;
    }
    p->has_field = true;
    p->name_start = i;
    uint32_t c = 0;
    while (i < end) {
        c = STR_CHAR(fmt, i++);
        if (c == '{') {
            *pos = i;
            Err_SetString(Exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (i < end && STR_CHAR(fmt, i) != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    *pos = i;
    if (c != '}' && c != ':' && c != '!') {
        Err_SetString(Exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    p->name_end = i - 1;
    p->spec_start = p->spec_end = i;
    if (c == '}') return 1;
    if (c == '!') {
        if (i >= end) {
            Err_SetString(Exc_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        p->conv = STR_CHAR(fmt, i++);
        if (i < end) {
            uint32_t d = STR_CHAR(fmt, i++);
            *pos = i;
            if (d == '}') {
                p->spec_start = p->spec_end = i;
                return 1;
            }
            if (d != ':') {
                Err_SetString(Exc_ValueError, "expected ':' after conversion specifier");
                return -1;
            }
        }
    }
    /* the spec runs to the matching '}'; braces inside are nested fields */
    p->spec_start = i;
    int count = 1;
    while (i < end) {
        uint32_t d = STR_CHAR(fmt, i++);
        if (d == '{') {
            p->spec_has_fields = true;
            count++;
        } else if (d == '}' && --count == 0) break;
    }
    *pos = i;
    if (count) {
        Err_SetString(Exc_ValueError, "unmatched '{' in format spec");
        return -1;
    }
    p->spec_end = i - 1;
    return 1;
}

int Format_NextPiece(Object *fmt, ssize_t *pos, ssize_t end, FormatPiece *p) {
    return next_piece(fmt, pos, end, p);
}

/* The value of s[a:b] when it is all decimal digits (any script's, as
 * CPython reads them): 1 with *out set, 0 when it is not a number (or is
 * empty), -1 with ValueError when too large. */
static inline int field_index(Object *s, ssize_t a, ssize_t b, ssize_t *out) {
    if (a >= b) return 0;
    ssize_t v = 0;
    for (ssize_t i = a; i < b; i++) {
        uint32_t c = STR_CHAR(s, i);
        int d = c - '0' < 10 ? (int)(c - '0') : c < 128 ? -1 : Uni_DecimalValue(c);
        if (d < 0) return 0;
        if (v >= SSIZE_MAX / 10 && v > (SSIZE_MAX - d) / 10) {
            Err_SetString(Exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
    }
    *out = v;
    return 1;
}

/* The part of a field name before its first '.' or '[' as a key: an int
 * for digits, else a str. */
static Object *field_key(Object *s, ssize_t a, ssize_t b) {
    ssize_t v;
    int r = field_index(s, a, b, &v);
    return r < 0 ? NULL : r ? Int_FromI64(v) : Str_Substring(s, a, b);
}

ssize_t Format_FieldFirstEnd(Object *fmt, ssize_t start, ssize_t end) {
    ssize_t i = start;
    while (i < end && STR_CHAR(fmt, i) != '.' && STR_CHAR(fmt, i) != '[') i++;
    return i;
}

int Format_FieldNext(Object *fmt, ssize_t *pos, ssize_t end, bool *is_attr, Object **key) {
    ssize_t i = *pos;
    if (i >= end) return 0;
    uint32_t c = STR_CHAR(fmt, i++);
    ssize_t s = i;
    if (c == '.') {
        while (i < end && STR_CHAR(fmt, i) != '.' && STR_CHAR(fmt, i) != '[') i++;
        *pos = i;
        if (i == s) {
            Err_SetString(Exc_ValueError, "Empty attribute in format string");
            return -1;
        }
        *is_attr = true;
        *key = Str_Substring(fmt, s, i);
        return *key ? 1 : -1;
    }
    if (c != '[') {
        *pos = i;
        Err_SetString(Exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        return -1;
    }
    while (i < end && STR_CHAR(fmt, i) != ']') i++;
    *pos = i + 1;
    if (i >= end) {
        *pos = i;
        Err_SetString(Exc_ValueError, "Missing ']' in format string");
        return -1;
    }
    if (i == s) {
        Err_SetString(Exc_ValueError, "Empty attribute in format string");
        return -1;
    }
    if (i + 1 < end && STR_CHAR(fmt, i + 1) != '.' && STR_CHAR(fmt, i + 1) != '[') {
        Err_SetString(Exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        return -1;
    }
    *is_attr = false;
    *key = field_key(fmt, s, i);
    return *key ? 1 : -1;
}

Object *Format_FieldFirst(Object *fmt, ssize_t start, ssize_t end) {
    return field_key(fmt, start, Format_FieldFirstEnd(fmt, start, end));
}

/* ---- str.format ------------------------------------------------------------ */

typedef struct FmtState {
    Object *const *args;
    ssize_t nargs;       /* -1: format_map (no positional arguments) */
    Object *kwargs;      /* mapping or NULL */
    ssize_t auto_next;   /* next automatic index; -1 once manual numbering was used */
    bool manual;
} FmtState;

static int render(FmtState *st, Object *fmt, ssize_t start, ssize_t end, int depth, StrBuilder *sb);

/* The object named by field name fmt[a:b]: argument, then .attr / [key] parts. */
static Object *get_field(FmtState *st, Object *fmt, ssize_t a, ssize_t b) {
    ssize_t i = Format_FieldFirstEnd(fmt, a, b), idx = 0;
    int numbered = field_index(fmt, a, i, &idx);
    if (numbered < 0) return NULL;
    Object *obj;
    if (i == a || numbered) {
        if (i == a) {
            if (st->manual) {
                Err_SetString(Exc_ValueError,
                              "cannot switch from manual field specification to automatic field numbering");
                return NULL;
            }
            idx = st->auto_next++;
        } else {
            if (st->auto_next > 0) {
                Err_SetString(Exc_ValueError,
                              "cannot switch from automatic field numbering to manual field specification");
                return NULL;
            }
            st->manual = true;
        }
        if (st->nargs < 0) {
            Err_SetString(Exc_ValueError, "Format string contains positional fields");
            return NULL;
        }
        if (idx >= st->nargs) {
            Err_Format(Exc_IndexError, "Replacement index %zd out of range for positional args tuple", idx);
            return NULL;
        }
        obj = NEWREF(st->args[idx]);
    } else {
        Object *key = Str_Substring(fmt, a, i);
        if (!key) return NULL;
        if (!st->kwargs) {
            Err_SetObject(Exc_KeyError, key);
            DECREF(key);
            return NULL;
        }
        obj = Obj_GetItem(st->kwargs, key);
        DECREF(key);
        if (!obj) return NULL;
    }
    while (i < b) { /* .attr and [key] parts */
        bool is_attr;
        Object *key;
        int r = Format_FieldNext(fmt, &i, b, &is_attr, &key);
        if (r <= 0) {
            if (r < 0) CLEAR(obj);
            return obj;
        }
        Object *next = is_attr ? Obj_GetAttr(obj, key) : Obj_GetItem(obj, key);
        DECREF(key);
        DECREF(obj);
        if (!next) return NULL;
        obj = next;
    }
    return obj;
}

/* Renders the replacement field p. */
static int render_field(FmtState *st, Object *fmt, const FormatPiece *p, int depth, StrBuilder *sb) {
    Object *obj = get_field(st, fmt, p->name_start, p->name_end);
    if (!obj) return -1;
    uint32_t conv = p->conv;
    if (conv) {
        Object *o2;
        if (conv == 'r') o2 = Obj_Repr(obj);
        else if (conv == 's') o2 = Obj_Str(obj);
        else if (conv == 'a') o2 = Obj_ASCII(obj);
        else {
            if (conv >= 32 && conv < 127)
                Err_Format(Exc_ValueError, "Unknown conversion specifier %c", (int)conv);
            else
                Err_Format(Exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
            o2 = NULL;
        }
        DECREF(obj);
        if (!o2) return -1;
        obj = o2;
    }
    Object *spec;
    if (p->spec_has_fields) {
        StrBuilder ssb;
        SB_Init(&ssb);
        if (render(st, fmt, p->spec_start, p->spec_end, depth - 1, &ssb) < 0) {
            SB_Discard(&ssb);
            DECREF(obj);
            return -1;
        }
        spec = SB_Finish(&ssb);
    } else {
        spec = Str_Substring(fmt, p->spec_start, p->spec_end);
    }
    if (!spec) {
        DECREF(obj);
        return -1;
    }
    /* a built-in value's text goes straight into the result */
    int done = Format_Into(sb, obj, spec);
    Object *r = done ? NULL : Obj_Format(obj, spec);
    DECREF(spec);
    DECREF(obj);
    if (done) return done < 0 ? -1 : 0;
    if (!r) return -1;
    return SB_AppendStrSteal(sb, r);
}

static int render(FmtState *st, Object *fmt, ssize_t start, ssize_t end, int depth, StrBuilder *sb) {
    if (depth <= 0) {
        Err_SetString(Exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    ssize_t i = start;
    FormatPiece p;
    int r;
    while ((r = next_piece(fmt, &i, end, &p)) > 0) {
        if (p.lit_end > p.lit_start && SB_AppendSubstr(sb, fmt, p.lit_start, p.lit_end) < 0) return -1;
        if (p.has_field && render_field(st, fmt, &p, depth, sb) < 0) return -1;
    }
    return r;
}

static Object *format_common(Object *fmt, Object *const *args, ssize_t nargs, Object *kwargs) {
    FmtState st = {args, nargs, kwargs, 0, false};
    StrBuilder sb;
    SB_Init(&sb);
    if (render(&st, fmt, 0, STR_LEN(fmt), 2, &sb) < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
}

Object *Str_FormatArgs(Object *fmt, Object *const *args, size_t nargs, Object *kwargs) {
    return format_common(fmt, args, (ssize_t)nargs, kwargs);
}

/* str.format_map(mapping) */
Object *Str_FormatMap(Object *fmt, Object *mapping) {
    return format_common(fmt, NULL, -1, mapping);
}
