/* Codec error handlers (see codec_err.h). */
#include "runtime/codec_err.h"
#include "abstract.h"
#include "modules/unicodedata.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include <stdio.h>

/* ---- raising the Unicode errors ----------------------------------------------- */

static void raise_unicode(Type *type, const char *encoding, Object *obj, ssize_t start, ssize_t end,
                          const char *reason) {
    Object *args[5] = {Str_FromUTF8(encoding, -1), obj, Int_FromI64(start), Int_FromI64(end),
                       Str_FromUTF8(reason, -1)};
    if (args[0] && args[2] && args[3] && args[4]) {
        Object *e = Exc_New(type, args, 5);
        if (e) Err_SetRaised(e);
    }
    XDECREF(args[0]);
    XDECREF(args[2]);
    XDECREF(args[3]);
    XDECREF(args[4]);
}

void CodecErr_RaiseEncode(const char *encoding, Object *str, ssize_t start, ssize_t end, const char *reason) {
    raise_unicode(Exc_UnicodeEncodeError, encoding, str, start, end, reason);
}

void CodecErr_RaiseDecode(const char *encoding, const char *s, ssize_t len, ssize_t start, ssize_t end,
                          const char *reason) {
    Object *b = Bytes_From(s, len);
    if (!b) return;
    raise_unicode(Exc_UnicodeDecodeError, encoding, b, start, end, reason);
    DECREF(b);
}

/* ---- the built-in handlers, as Python sees them ----------------------------------- */

enum { AS_ENCODE, AS_DECODE, AS_TRANSLATE };

/* Which Unicode error exc is (accepted is a bit set of the kinds the
 * handler knows); -1 with CPython's TypeError otherwise.  *e gets the
 * fields with start and end clipped to the object. */
static int error_kind(Object *exc, unsigned accepted, UnicodeErrorExc **e, ssize_t *start, ssize_t *end) {
    int kind = -1;
    if ((!IS_SMALL(exc) && Type_IsSubtype(TYPE(exc), Exc_UnicodeEncodeError))) kind = AS_ENCODE;
    else if ((!IS_SMALL(exc) && Type_IsSubtype(TYPE(exc), Exc_UnicodeDecodeError))) kind = AS_DECODE;
    else if ((!IS_SMALL(exc) && Type_IsSubtype(TYPE(exc), Exc_UnicodeTranslateError))) kind = AS_TRANSLATE;
    if (kind < 0 || !(accepted & (1u << kind))) {
        Err_Format(Exc_TypeError, "don't know how to handle %s in error callback", TYPE_NAME(exc));
        return -1;
    }
    UnicodeErrorExc *u = (UnicodeErrorExc *)exc;
    bool is_bytes = u->object && Bytes_Check(u->object);
    if (!u->object || (kind == AS_DECODE ? !is_bytes : !Str_Check(u->object))) {
        Err_Format(Exc_TypeError, "%s attribute must be %s", "object", kind == AS_DECODE ? "bytes" : "unicode");
        return -1;
    }
    ssize_t n = kind == AS_DECODE ? BYTES_LEN(u->object) : STR_LEN(u->object);
    /* clipped as CPython clips them: start into the object, end past its first item */
    ssize_t s = u->start < 0 ? 0 : u->start >= n ? (n ? n - 1 : 0) : u->start;
    ssize_t t = u->end < 1 ? 1 : u->end > n ? n : u->end;
    *e = u;
    *start = s;
    *end = t;
    return kind;
}

/* (replacement, end) as handlers return it; steals repl. */
static Object *answer(Object *repl, ssize_t end) {
    if (!repl) return NULL;
    Object *pos = Int_FromI64(end);
    Object *r = pos ? Tuple_Pack(2, repl, pos) : NULL;
    DECREF(repl);
    XDECREF(pos);
    return r;
}

static Object *h_strict(Object *m, Object *const *args, size_t nargs, Object *kw) {
    if (!Exc_Check(args[0])) {
        Err_SetString(Exc_TypeError, "codec must pass exception instance");
        return NULL;
    }
    Err_SetRaised(NEWREF(args[0]));
    return NULL;
}

static Object *h_ignore(Object *m, Object *const *args, size_t nargs, Object *kw) {
    UnicodeErrorExc *e;
    ssize_t s, t;
    if (error_kind(args[0], 7, &e, &s, &t) < 0) return NULL;
    return answer(Str_FromUTF8("", 0), t);
}

/* The escapes of backslashreplace for code points: \xhh, \uhhhh, \Uhhhhhhhh. */
static int add_escape(StrBuilder *sb, uint32_t c) {
    char buf[16];
    int n = c < 0x100 ? snprintf(buf, sizeof buf, "\\x%02x", c)
          : c < 0x10000 ? snprintf(buf, sizeof buf, "\\u%04x", c) : snprintf(buf, sizeof buf, "\\U%08x", c);
    return SB_AppendASCII(sb, buf, n);
}

/* namereplace's text for c: \N{NAME}, or its escape when it has no name. */
static int add_name(StrBuilder *sb, uint32_t c) {
    char name[UCD_NAME_MAX];
    if (Ucd_Lookup(&Ucd_Current, c)->category != 0 && Ucd_Name(c, name)) {
        if (SB_AppendASCII(sb, "\\N{", 3) < 0 || SB_AppendASCII(sb, name, (ssize_t)strlen(name)) < 0) return -1;
        return SB_AppendChar(sb, '}');
    }
    return add_escape(sb, c);
}

static int add_charref(StrBuilder *sb, uint32_t c) {
    char buf[16];
    return SB_AppendASCII(sb, buf, snprintf(buf, sizeof buf, "&#%u;", c));
}

/* The replacement str of the characters [s, t) of a str, one piece each. */
static Object *per_char(Object *str, ssize_t s, ssize_t t, int (*piece)(StrBuilder *, uint32_t)) {
    StrBuilder sb;
    SB_Init(&sb);
    for (ssize_t i = s; i < t; i++)
        if (piece(&sb, STR_CHAR(str, i)) < 0) {
            SB_Discard(&sb);
            return NULL;
        }
    return SB_Finish(&sb);
}

static Object *h_replace(Object *m, Object *const *args, size_t nargs, Object *kw) {
    UnicodeErrorExc *e;
    ssize_t s, t;
    int kind = error_kind(args[0], 7, &e, &s, &t);
    if (kind < 0) return NULL;
    StrBuilder sb;
    SB_Init(&sb);
    ssize_t n = kind == AS_DECODE ? 1 : t > s ? t - s : 0;
    if (SB_AppendFill(&sb, kind == AS_ENCODE ? '?' : 0xFFFD, n) < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    return answer(SB_Finish(&sb), t);
}

static Object *h_backslash(Object *m, Object *const *args, size_t nargs, Object *kw) {
    UnicodeErrorExc *e;
    ssize_t s, t;
    int kind = error_kind(args[0], 7, &e, &s, &t);
    if (kind < 0) return NULL;
    if (kind != AS_DECODE) return answer(per_char(e->object, s, t, add_escape), t);
    StrBuilder sb;
    SB_Init(&sb);
    const uint8_t *b = (const uint8_t *)BYTES_DATA(e->object);
    for (ssize_t i = s; i < t; i++) {
        char buf[8];
        if (SB_AppendASCII(&sb, buf, snprintf(buf, sizeof buf, "\\x%02x", b[i])) < 0) {
            SB_Discard(&sb);
            return NULL;
        }
    }
    return answer(SB_Finish(&sb), t);
}

static Object *h_xmlcharref(Object *m, Object *const *args, size_t nargs, Object *kw) {
    UnicodeErrorExc *e;
    ssize_t s, t;
    if (error_kind(args[0], 1u << AS_ENCODE, &e, &s, &t) < 0) return NULL;
    return answer(per_char(e->object, s, t, add_charref), t);
}

static Object *h_namereplace(Object *m, Object *const *args, size_t nargs, Object *kw) {
    UnicodeErrorExc *e;
    ssize_t s, t;
    if (error_kind(args[0], 1u << AS_ENCODE, &e, &s, &t) < 0) return NULL;
    return answer(per_char(e->object, s, t, add_name), t);
}

static Object *h_surrogateescape(Object *m, Object *const *args, size_t nargs, Object *kw) {
    UnicodeErrorExc *e;
    ssize_t s, t;
    int kind = error_kind(args[0], (1u << AS_ENCODE) | (1u << AS_DECODE), &e, &s, &t);
    if (kind < 0) return NULL;
    if (kind == AS_ENCODE) {
        Object *out = Bytes_From(NULL, t > s ? t - s : 0);
        if (!out) return NULL;
        for (ssize_t i = s; i < t; i++) {
            uint32_t c = STR_CHAR(e->object, i);
            if (c < 0xDC80 || c > 0xDCFF) {
                DECREF(out);
                Err_SetRaised(NEWREF(args[0]));
                return NULL;
            }
            BYTES_DATA(out)[i - s] = (char)(c - 0xDC00);
        }
        return answer(out, t);
    }
    /* decoding: up to four bytes, each >= 128, become U+DC80..U+DCFF */
    const uint8_t *b = (const uint8_t *)BYTES_DATA(e->object);
    uint32_t cps[4];
    ssize_t n = 0;
    for (ssize_t i = s; i < t && n < 4 && b[i] >= 128; i++) cps[n++] = 0xDC00 + b[i];
    if (!n) {
        Err_SetRaised(NEWREF(args[0]));
        return NULL;
    }
    return answer(Str_FromUCS4(cps, n), s + n);
}

/* The byte form surrogatepass gives a surrogate in an encoding: 8 for
 * UTF-8, 16 or 32 (negative: big-endian), 0 for the others. */
static int surrogate_form(Object *encoding) {
    char norm[16];
    size_t k = 0;
    const char *name = encoding && Str_Check(encoding) ? Str_AsUTF8(encoding, NULL) : NULL;
    if (!name) {
        Err_Clear();
        return 0;
    }
    for (const char *p = name; *p && k < sizeof norm - 1; p++)
        if (*p != '-' && *p != '_') norm[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
    norm[k] = '\0';
    static const struct { const char *name; int form; } forms[] = {
        {"utf8", 8}, {"utf16", 16}, {"utf16le", 16}, {"utf16be", -16}, {"utf32", 32}, {"utf32le", 32},
        {"utf32be", -32},
    };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        if (!strcmp(norm, forms[i].name)) return forms[i].form;
    return 0;
}

/* The bytes of code point c in form (see surrogate_form) at out. */
static int put_unit(uint8_t *out, uint32_t c, int form) {
    if (form == 8) {
        out[0] = (uint8_t)(0xE0 | (c >> 12));
        out[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    int n = form < 0 ? -form / 8 : form / 8;
    for (int i = 0; i < n; i++) {
        int shift = form < 0 ? 8 * (n - 1 - i) : 8 * i;
        out[i] = (uint8_t)(c >> shift);
    }
    return n;
}

/* The surrogate whose bytes (in form) start at p, or 0. */
static uint32_t read_unit(const uint8_t *p, ssize_t avail, int form) {
    uint32_t c = 0;
    if (form == 8) {
        if (avail < 3 || (p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
        c = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    } else {
        int n = form < 0 ? -form / 8 : form / 8;
        if (avail < n) return 0;
        for (int i = 0; i < n; i++) c |= (uint32_t)p[i] << (form < 0 ? 8 * (n - 1 - i) : 8 * i);
    }
    return c >= 0xD800 && c <= 0xDFFF ? c : 0;
}

static Object *h_surrogatepass(Object *m, Object *const *args, size_t nargs, Object *kw) {
    UnicodeErrorExc *e;
    ssize_t s, t;
    int kind = error_kind(args[0], (1u << AS_ENCODE) | (1u << AS_DECODE), &e, &s, &t);
    if (kind < 0) return NULL;
    int form = surrogate_form(e->encoding);
    if (!form) goto reraise;
    int width = form == 8 ? 3 : form < 0 ? -form / 8 : form / 8;
    if (kind == AS_ENCODE) {
        Object *out = Bytes_From(NULL, t > s ? (t - s) * width : 0);
        if (!out) return NULL;
        for (ssize_t i = s; i < t; i++) {
            uint32_t c = STR_CHAR(e->object, i);
            if (c < 0xD800 || c > 0xDFFF) {
                DECREF(out);
                goto reraise;
            }
            put_unit((uint8_t *)BYTES_DATA(out) + (i - s) * width, c, form);
        }
        return answer(out, t);
    }
    uint32_t c = read_unit((const uint8_t *)BYTES_DATA(e->object) + s, BYTES_LEN(e->object) - s, form);
    if (!c) goto reraise;
    return answer(Str_FromChar(c), s + width);
reraise:
    Err_SetRaised(NEWREF(args[0]));
    return NULL;
}

#define HANDLER_SIG(name) ARGS("($module, exception, /)", name)
static const MethodDef builtin_handlers[] = {
    {"strict_errors", h_strict, 0, HANDLER_SIG("Implements the 'strict' error handling, which raises a UnicodeError on coding errors.")},
    {"ignore_errors", h_ignore, 0, HANDLER_SIG("Implements the 'ignore' error handling, which ignores malformed data and continues.")},
    {"replace_errors", h_replace, 0, HANDLER_SIG("Implements the 'replace' error handling, which replaces malformed data with a replacement marker.")},
    {"xmlcharrefreplace_errors", h_xmlcharref, 0, HANDLER_SIG("Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference.")},
    {"backslashreplace_errors", h_backslash, 0, HANDLER_SIG("Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence.")},
    {"namereplace_errors", h_namereplace, 0, HANDLER_SIG("Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence.")},
    {"surrogateescape", h_surrogateescape, 0, HANDLER_SIG(NULL)},
    {"surrogatepass", h_surrogatepass, 0, HANDLER_SIG(NULL)},
};
static const char *const builtin_names[] = {"strict", "ignore", "replace", "xmlcharrefreplace",
                                            "backslashreplace", "namereplace", "surrogateescape",
                                            "surrogatepass"};
enum { N_BUILTIN = 8 };

/* ---- the registry ------------------------------------------------------------------- */

/* The interpreter's dict name -> handler, made with the built-ins on first use. */
static Object *handlers(void) {
    Interp *in = g_interp;
    if (in->codec_errors) return in->codec_errors;
    Object *d = Dict_New();
    if (!d) return NULL;
    for (int i = 0; i < N_BUILTIN; i++) {
        Object *f = BuiltinFunction_New(&builtin_handlers[i], NULL);
        if (!f || Dict_SetStr(d, builtin_names[i], f) < 0) {
            XDECREF(f);
            DECREF(d);
            return NULL;
        }
        DECREF(f);
    }
    in->codec_errors = d;
    return d;
}

Object *CodecErr_Lookup(const char *name) {
    Object *d = handlers();
    if (!d) return NULL;
    Object *h = Dict_GetStr(d, name);
    if (h) return NEWREF(h);
    if (!Err_Occurred()) Err_Format(Exc_LookupError, "unknown error handler name '%s'", name);
    return NULL;
}

int CodecErr_Register(Object *name, Object *handler) {
    Object *d = handlers();
    if (!d) return -1;
    if (!Obj_IsCallable(handler)) {
        Err_SetString(Exc_TypeError, "handler must be callable");
        return -1;
    }
    return Dict_SetItem(d, name, handler);
}

int CodecErr_Unregister(Object *name) {
    Object *d = handlers();
    if (!d) return -1;
    for (int i = 0; i < N_BUILTIN; i++)
        if (Str_EqC(name, builtin_names[i])) {
            Err_Format(Exc_ValueError, "cannot un-register built-in error handler '%U'", name);
            return -1;
        }
    return Dict_Pop(d, name, NULL);
}

/* ---- what codecs call ----------------------------------------------------------------- */

enum { FAST_STRICT, FAST_IGNORE, FAST_REPLACE, FAST_BACKSLASH, FAST_XMLCHARREF, FAST_SURROGATEESCAPE, FAST_NONE };

/* A built-in handler applied here directly, unless the program replaced it. */
static int fast_handler(const char *errors) {
    if (!errors) return FAST_STRICT;
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                                        "surrogateescape"};
    for (int i = 0; i < FAST_NONE; i++)
        if (!strcmp(errors, names[i])) return i;
    return FAST_NONE;
}

/* Calls the handler named errors with exc; checks its answer as
 * CPython does and returns the replacement, *next the position
 * (negative positions count from the end, n the input's length). */
static Object *call_handler(const char *errors, Object *exc, bool decoding, ssize_t n, ssize_t *next) {
    Object *h = CodecErr_Lookup(errors);
    if (!h) return NULL;
    Object *r = Obj_CallOneArg(h, exc);
    DECREF(h);
    if (!r) return NULL;
    const char *want = decoding ? "decoding error handler must return (str, int) tuple"
                                : "encoding error handler must return (str/bytes, int) tuple";
    if (!Tuple_Check(r) || TUPLE_LEN(r) != 2 ||
        !(Str_Check(TUPLE_ITEMS(r)[0]) || (!decoding && Bytes_Check(TUPLE_ITEMS(r)[0])))) {
        DECREF(r);
        Err_SetString(Exc_TypeError, want);
        return NULL;
    }
    Object *index = Obj_Index(TUPLE_ITEMS(r)[1]);
    ssize_t pos = index ? Int_AsSsize(index) : -1;
    XDECREF(index);
    if (pos == -1 && Err_Occurred()) {
        DECREF(r);
        return NULL;
    }
    if (pos < 0) pos += n;
    if (pos < 0 || pos > n) {
        DECREF(r);
        Err_Format(Exc_IndexError, "position %zd from error handler out of bounds", pos);
        return NULL;
    }
    *next = pos;
    Object *repl = NEWREF(TUPLE_ITEMS(r)[0]);
    DECREF(r);
    return repl;
}

static Object *make_exc(Type *type, const char *encoding, Object *obj, ssize_t start, ssize_t end,
                        const char *reason) {
    raise_unicode(type, encoding, obj, start, end, reason);
    return Err_Fetch();
}

ssize_t CodecErr_Decode(const char *errors, const char *encoding, const char *reason, const char *s,
                        ssize_t len, Object **input, ssize_t start, ssize_t end, StrBuilder *sb) {
    switch (fast_handler(errors)) {
    case FAST_STRICT: CodecErr_RaiseDecode(encoding, s, len, start, end, reason); return -1;
    case FAST_IGNORE: return end;
    case FAST_REPLACE: return SB_AppendChar(sb, 0xFFFD) < 0 ? -1 : end;
    case FAST_BACKSLASH:
        for (ssize_t k = start; k < end; k++) {
            char buf[8];
            if (SB_AppendASCII(sb, buf, snprintf(buf, sizeof buf, "\\x%02x", (uint8_t)s[k])) < 0) return -1;
        }
        return end;
    case FAST_SURROGATEESCAPE: {
        ssize_t k = start;
        for (; k < end && k - start < 4 && (uint8_t)s[k] >= 128; k++)
            if (SB_AppendChar(sb, 0xDC00 + (uint8_t)s[k]) < 0) return -1;
        if (k > start) return k;
        CodecErr_RaiseDecode(encoding, s, len, start, end, reason);
        return -1;
    }
    default: break;
    }
    if (!*input && !(*input = Bytes_From(s, len))) return -1;
    Object *exc = make_exc(Exc_UnicodeDecodeError, encoding, *input, start, end, reason);
    if (!exc) return -1;
    ssize_t next;
    Object *repl = call_handler(errors, exc, true, len, &next);
    DECREF(exc);
    if (!repl) return -1;
    int rc = SB_AppendStr(sb, repl);
    DECREF(repl);
    return rc < 0 ? -1 : next;
}

Object *CodecErr_Encode(const char *errors, const char *encoding, const char *reason, Object *str, ssize_t start,
                        ssize_t end, ssize_t *next) {
    *next = end;
    switch (fast_handler(errors)) {
    case FAST_STRICT: CodecErr_RaiseEncode(encoding, str, start, end, reason); return NULL;
    case FAST_IGNORE: return Str_FromUTF8("", 0);
    case FAST_REPLACE: {
        StrBuilder sb;
        SB_Init(&sb);
        if (SB_AppendFill(&sb, '?', end - start) < 0) {
            SB_Discard(&sb);
            return NULL;
        }
        return SB_Finish(&sb);
    }
    case FAST_BACKSLASH: return per_char(str, start, end, add_escape);
    case FAST_XMLCHARREF: return per_char(str, start, end, add_charref);
    case FAST_SURROGATEESCAPE: {
        Object *out = Bytes_From(NULL, end - start);
        if (!out) return NULL;
        for (ssize_t i = start; i < end; i++) {
            uint32_t c = STR_CHAR(str, i);
            if (c < 0xDC80 || c > 0xDCFF) {
                DECREF(out);
                CodecErr_RaiseEncode(encoding, str, start, end, reason);
                return NULL;
            }
            BYTES_DATA(out)[i - start] = (char)(c - 0xDC00);
        }
        return out;
    }
    default: break;
    }
    Object *exc = make_exc(Exc_UnicodeEncodeError, encoding, str, start, end, reason);
    if (!exc) return NULL;
    Object *repl = call_handler(errors, exc, false, STR_LEN(str), next);
    DECREF(exc);
    return repl;
}
