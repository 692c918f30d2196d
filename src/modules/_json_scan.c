/* The decoding half of _json: scanstring, and the Scanner that
 * make_scanner(context) makes, json.decoder's scan_once.
 *
 * A scan reads a str by index.  Each reader takes the index where its value
 * starts and reports the index just past it; a value that cannot start at
 * an index is "no value" (scan_value returns 0), which the caller turns into
 * its own error ("Expecting value" inside an array or object, StopIteration
 * at the top, which json.decoder words).  Every error in the text raises
 * json.decoder.JSONDecodeError(msg, doc, pos), looked up when raised, so the
 * Python class stays the one programs catch. */
#include "abstract.h"
#include "modules/_json.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/cstack.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/mem.h"
#include <stdlib.h>
#include <string.h>

typedef struct Scanner {
    Object ob;
    bool strict;
    /* all owned; None where the context has none */
    Object *object_hook, *pairs_hook, *parse_float, *parse_int, *parse_constant;
    Object *memo; /* dict: the object keys read by one call, so equal keys share one str */
} Scanner;

/* One document being read: the text and how its characters are stored. */
typedef struct Doc {
    Scanner *sc; /* borrowed; NULL for scanstring */
    Object *s;   /* borrowed str */
    const uint8_t *data;
    int kind;
    ssize_t len;
} Doc;

static inline uint32_t doc_at(const Doc *d, ssize_t i) {
    switch (d->kind) {
    case 1: return d->data[i];
    case 2: return ((const uint16_t *)d->data)[i];
    default: return ((const uint32_t *)d->data)[i];
    }
}

static void doc_open(Doc *d, Scanner *sc, Object *s) {
    d->sc = sc;
    d->s = s;
    d->data = STR_DATA(s);
    d->kind = STR_KIND(s);
    d->len = STR_LEN(s);
}

static ssize_t skip_space(const Doc *d, ssize_t i) {
    while (i < d->len) {
        uint32_t c = doc_at(d, i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        i++;
    }
    return i;
}

/* Raises JSONDecodeError(msg, doc, pos).  Always NULL. */
static Object *decode_error(const Doc *d, const char *msg, ssize_t pos) {
    Object *mod = Import_ImportC("json.decoder");
    Object *cls = mod ? Obj_GetAttrC(mod, "JSONDecodeError") : NULL;
    XDECREF(mod);
    if (!cls) return NULL;
    Object *m = Str_FromUTF8(msg, -1), *p = m ? Int_FromI64(pos) : NULL;
    Object *exc = NULL;
    if (p) {
        Object *args[3] = {m, d->s, p};
        exc = Obj_Call(cls, args, 3, NULL);
    }
    XDECREF(m);
    XDECREF(p);
    DECREF(cls);
    if (exc) Err_SetRaised(exc);
    return NULL;
}

/* ---- strings ------------------------------------------------------------ */

static int hex_value(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* The four hex digits at d[i:i+4] as a code unit, or -1. */
static int32_t read_hex4(const Doc *d, ssize_t i) {
    if (i + 4 > d->len) return -1;
    int32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hex_value(doc_at(d, i + k));
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

/* The character a one-letter escape stands for, or 0 if it is none. */
static uint32_t simple_escape(uint32_t c) {
    switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '/': return '/';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return 0;
    }
}

/* The escape whose backslash is at d[i]: appends its character and returns
 * the index past it, or -1 with JSONDecodeError.  open is the index of the
 * string's opening quote. */
static ssize_t read_escape(const Doc *d, ssize_t i, ssize_t open, StrBuilder *sb) {
    if (i + 1 >= d->len) return decode_error(d, "Unterminated string starting at", open), -1;
    uint32_t c = doc_at(d, i + 1);
    if (c != 'u') {
        uint32_t out = simple_escape(c);
        if (!out) return decode_error(d, "Invalid \\escape", i), -1;
        return SB_AppendChar(sb, out) < 0 ? -1 : i + 2;
    }
    int32_t unit = read_hex4(d, i + 2);
    if (unit < 0) return decode_error(d, "Invalid \\uXXXX escape", i + 1), -1;
    ssize_t next = i + 6;
    uint32_t cp = (uint32_t)unit;
    /* A high surrogate escape followed by a low one is one character. */
    if (cp >= 0xD800 && cp <= 0xDBFF && next + 1 < d->len && doc_at(d, next) == '\\' && doc_at(d, next + 1) == 'u') {
        int32_t low = read_hex4(d, next + 2);
        if (low < 0) return decode_error(d, "Invalid \\uXXXX escape", next + 1), -1;
        if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + ((uint32_t)low - 0xDC00);
            next += 6;
        }
    }
    return SB_AppendChar(sb, cp) < 0 ? -1 : next;
}

/* The string whose opening quote is just before d[start]; *end is set past
 * its closing quote.  Strings without escapes are a plain substring. */
static Object *read_string(const Doc *d, ssize_t start, bool strict, ssize_t *end) {
    ssize_t i = start;
    uint32_t bits = 0; /* the characters or'ed: below 128, 256 or 65536 exactly when they all are */
    for (; i < d->len; i++) {
        uint32_t c = doc_at(d, i);
        if (c == '"') {
            *end = i + 1;
            Object *r = Str_NewRaw(i - start, bits);
            if (r && i > start) Str_CopyChars(r, 0, d->data + start * d->kind, d->kind, i - start);
            return r;
        }
        bits |= c;
        if (c == '\\') break;
        if (c < 0x20 && strict) return decode_error(d, "Invalid control character at", i);
    }
    if (i >= d->len) return decode_error(d, "Unterminated string starting at", start - 1);
    StrBuilder sb;
    SB_Init(&sb);
    ssize_t run = start; /* the characters from run to i go in unchanged */
    while (i < d->len) {
        uint32_t c = doc_at(d, i);
        if (c == '"') {
            if (SB_AppendSubstr(&sb, d->s, run, i) < 0) break;
            *end = i + 1;
            return SB_Finish(&sb);
        }
        if (c == '\\') {
            if (SB_AppendSubstr(&sb, d->s, run, i) < 0 || (i = read_escape(d, i, start - 1, &sb)) < 0) break;
            run = i;
            continue;
        }
        if (c < 0x20 && strict) {
            decode_error(d, "Invalid control character at", i);
            break;
        }
        i++;
    }
    if (i >= d->len) decode_error(d, "Unterminated string starting at", start - 1);
    SB_Discard(&sb);
    return NULL;
}

/* ---- numbers and constants ---------------------------------------------- */

static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

static ssize_t skip_digits(const Doc *d, ssize_t i) {
    while (i < d->len && is_digit(doc_at(d, i))) i++;
    return i;
}

/* The ASCII text d[start:end] of a number, into buf (NUL-terminated; a
 * malloc'ed copy when longer than small, which the caller frees). */
static char *number_text(const Doc *d, ssize_t start, ssize_t end, char *small, size_t cap) {
    size_t n = (size_t)(end - start);
    char *buf = n < cap ? small : Mem_Alloc(n + 1);
    if (!buf) return (char *)Err_NoMemory();
    for (size_t k = 0; k < n; k++) buf[k] = (char)doc_at(d, start + (ssize_t)k);
    buf[n] = 0;
    return buf;
}

/* A number at d[i]: 1 with *out and *end, 0 when none starts there. */
static int read_number(const Doc *d, ssize_t i, Object **out, ssize_t *end) {
    ssize_t start = i;
    if (i < d->len && doc_at(d, i) == '-') i++;
    if (i >= d->len || !is_digit(doc_at(d, i))) return 0;
    i = doc_at(d, i) == '0' ? i + 1 : skip_digits(d, i + 1);
    bool is_float = false;
    if (i + 1 < d->len && doc_at(d, i) == '.' && is_digit(doc_at(d, i + 1))) {
        i = skip_digits(d, i + 2);
        is_float = true;
    }
    if (i < d->len && (doc_at(d, i) == 'e' || doc_at(d, i) == 'E')) {
        ssize_t j = i + 1;
        if (j < d->len && (doc_at(d, j) == '+' || doc_at(d, j) == '-')) j++;
        if (j < d->len && is_digit(doc_at(d, j))) {
            i = skip_digits(d, j + 1);
            is_float = true;
        }
    }
    *end = i;
    Object *hook = is_float ? d->sc->parse_float : d->sc->parse_int;
    bool builtin = hook == (Object *)(is_float ? &Float_Type : &Int_Type);
    if (!builtin) {
        Object *text = Str_Substring(d->s, start, i);
        *out = text ? Obj_CallOneArg(hook, text) : NULL;
        XDECREF(text);
        return *out ? 1 : -1;
    }
    if (!is_float && i - start <= 18) {
        /* an int of at most 18 digits fits in 63 bits: read it here */
        ssize_t k = start;
        bool negative = doc_at(d, k) == '-';
        int64_t v = 0;
        for (k += negative; k < i; k++) v = v * 10 + (int64_t)(doc_at(d, k) - '0');
        *out = Int_FromI64(negative ? -v : v);
        return *out ? 1 : -1;
    }
    char small[64];
    char *text = number_text(d, start, i, small, sizeof small);
    if (!text) return -1;
    if (is_float)
        *out = Float_From(strtod(text, NULL));
    else
        *out = Int_FromString(text, i - start, 10);
    if (text != small) Mem_Free(text);
    return *out ? 1 : -1;
}

/* Whether the ASCII word w is at d[i]. */
static bool word_at(const Doc *d, ssize_t i, const char *w) {
    for (; *w; w++, i++)
        if (i >= d->len || doc_at(d, i) != (uint32_t)(unsigned char)*w) return false;
    return true;
}

/* NaN, Infinity and -Infinity go through parse_constant. */
static int read_constant(const Doc *d, ssize_t i, const char *word, Object **out, ssize_t *end) {
    Object *name = Str_FromUTF8(word, -1);
    if (!name) return -1;
    *out = Obj_CallOneArg(d->sc->parse_constant, name);
    DECREF(name);
    *end = i + (ssize_t)strlen(word);
    return *out ? 1 : -1;
}

/* ---- arrays and objects ------------------------------------------------- */

static int scan_value(const Doc *d, ssize_t i, Object **out, ssize_t *end);

/* The value at d[i] that an array or object requires: NULL with "Expecting
 * value" when none is there. */
static Object *required_value(const Doc *d, ssize_t i, ssize_t *end) {
    Object *v = NULL;
    int r = scan_value(d, i, &v, end);
    if (r == 0) decode_error(d, "Expecting value", i);
    return r > 0 ? v : NULL;
}

/* After a value of an array or object at d[*i]: 1 at the closing bracket
 * (passed), 0 after a comma (passed, with the space after it), -1 on error. */
static int after_item(const Doc *d, ssize_t *i, uint32_t close, const char *trailing) {
    ssize_t j = skip_space(d, *i);
    if (j < d->len && doc_at(d, j) == close) {
        *i = j + 1;
        return 1;
    }
    if (j >= d->len || doc_at(d, j) != ',') return decode_error(d, "Expecting ',' delimiter", j), -1;
    ssize_t k = skip_space(d, j + 1);
    if (k < d->len && doc_at(d, k) == close) return decode_error(d, trailing, j), -1;
    *i = k;
    return 0;
}

static Object *read_array(const Doc *d, ssize_t i, ssize_t *end) {
    if (CStack_Check(" while decoding a JSON array from a unicode string") < 0) return NULL;
    Object *list = List_New(0);
    if (!list) return NULL;
    i = skip_space(d, i);
    if (i < d->len && doc_at(d, i) == ']') {
        *end = i + 1;
        return list;
    }
    for (;;) {
        Object *v = required_value(d, i, &i);
        if (!v || List_AppendSteal(list, v) < 0) break;
        int r = after_item(d, &i, ']', "Illegal trailing comma before end of array");
        if (r < 0) break;
        if (r > 0) {
            *end = i;
            return list;
        }
    }
    DECREF(list);
    return NULL;
}

/* The key whose opening quote is at d[i], shared through the memo. */
static Object *read_key(const Doc *d, ssize_t i, ssize_t *end) {
    if (i >= d->len || doc_at(d, i) != '"')
        return decode_error(d, "Expecting property name enclosed in double quotes", i);
    Object *key = read_string(d, i + 1, d->sc->strict, end);
    if (!key) return NULL;
    Object *seen = NULL;
    int found = Dict_Lookup(d->sc->memo, key, &seen);
    if (found < 0 || (found == 0 && Dict_SetItem(d->sc->memo, key, key) < 0)) {
        DECREF(key);
        return NULL;
    }
    if (found > 0) SETREF(key, NEWREF(seen));
    return key;
}

/* Stores key: value (both stolen) in the dict, or as a pair in the list
 * given to object_pairs_hook. */
static int store_member(Object *into, Object *key, Object *value) {
    int r;
    if (List_CheckExact(into)) {
        Object *pair = Tuple_Pack(2, key, value);
        r = pair ? List_AppendSteal(into, pair) : -1;
    } else {
        r = Dict_SetItem(into, key, value);
    }
    DECREF(key);
    DECREF(value);
    return r;
}

/* The members, read into a dict, or a list of pairs when the scanner has
 * an object_pairs_hook; then through the hook. */
static Object *object_finish(const Doc *d, Object *members) {
    Object *hook = d->sc->pairs_hook != OBJ_NONE ? d->sc->pairs_hook : d->sc->object_hook;
    if (hook == OBJ_NONE) return members;
    Object *r = Obj_CallOneArg(hook, members);
    DECREF(members);
    return r;
}

static Object *read_object(const Doc *d, ssize_t i, ssize_t *end) {
    if (CStack_Check(" while decoding a JSON object from a unicode string") < 0) return NULL;
    Object *members = d->sc->pairs_hook != OBJ_NONE ? List_New(0) : Dict_New();
    if (!members) return NULL;
    i = skip_space(d, i);
    if (i < d->len && doc_at(d, i) == '}') {
        *end = i + 1;
        return object_finish(d, members);
    }
    for (;;) {
        Object *key = read_key(d, i, &i);
        if (!key) break;
        i = skip_space(d, i);
        if (i >= d->len || doc_at(d, i) != ':') {
            DECREF(key);
            decode_error(d, "Expecting ':' delimiter", i);
            break;
        }
        Object *v = required_value(d, skip_space(d, i + 1), &i);
        if (!v) {
            DECREF(key);
            break;
        }
        if (store_member(members, key, v) < 0) break;
        int r = after_item(d, &i, '}', "Illegal trailing comma before end of object");
        if (r < 0) break;
        if (r > 0) {
            *end = i;
            return object_finish(d, members);
        }
    }
    DECREF(members);
    return NULL;
}

/* The value starting at d[i]: 1 with *out (new) and *end, 0 when no value
 * starts there, -1 on error. */
static int scan_value(const Doc *d, ssize_t i, Object **out, ssize_t *end) {
    if (i >= d->len) return 0;
    switch (doc_at(d, i)) {
    case '"': *out = read_string(d, i + 1, d->sc->strict, end); break;
    case '[': *out = read_array(d, i + 1, end); break;
    case '{': *out = read_object(d, i + 1, end); break;
    case 'n':
        if (!word_at(d, i, "null")) return 0;
        *out = OBJ_NONE, *end = i + 4;
        return 1;
    case 't':
        if (!word_at(d, i, "true")) return 0;
        *out = OBJ_TRUE, *end = i + 4;
        return 1;
    case 'f':
        if (!word_at(d, i, "false")) return 0;
        *out = OBJ_FALSE, *end = i + 5;
        return 1;
    case 'N': return word_at(d, i, "NaN") ? read_constant(d, i, "NaN", out, end) : 0;
    case 'I': return word_at(d, i, "Infinity") ? read_constant(d, i, "Infinity", out, end) : 0;
    case '-':
        if (word_at(d, i, "-Infinity")) return read_constant(d, i, "-Infinity", out, end);
        return read_number(d, i, out, end);
    default: return read_number(d, i, out, end);
    }
    return *out ? 1 : -1;
}

/* ---- the Scanner type ----------------------------------------------------- */

static ArgSpec scanner_new_args = {.sig = "(context)"};
static ArgSpec scanner_call_args = {.sig = "(string, idx)"};

static Object *scanner_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[1];
    if (Arg_Unpack(&scanner_new_args, "Scanner", args, nargs, kwnames, a) < 0) return NULL;
    Object *strict = Obj_GetAttrC(a[0], "strict");
    int is_strict = strict ? Obj_IsTrue(strict) : -1;
    XDECREF(strict);
    if (is_strict < 0) return NULL;
    Scanner *sc = (Scanner *)Obj_Alloc(t, sizeof(Scanner));
    if (!sc) return NULL;
    sc->strict = is_strict;
    if (!(sc->memo = Dict_New()) || !(sc->object_hook = Obj_GetAttrC(a[0], "object_hook")) ||
        !(sc->pairs_hook = Obj_GetAttrC(a[0], "object_pairs_hook")) ||
        !(sc->parse_float = Obj_GetAttrC(a[0], "parse_float")) ||
        !(sc->parse_int = Obj_GetAttrC(a[0], "parse_int")) ||
        !(sc->parse_constant = Obj_GetAttrC(a[0], "parse_constant"))) {
        DECREF((Object *)sc);
        return NULL;
    }
    return (Object *)sc;
}

static Object *scanner_call(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    ssize_t idx;
    if (Arg_Unpack(&scanner_call_args, "scan_once", args, nargs, kwnames, a) < 0) return NULL;
    if (!Str_Check(a[0])) {
        Err_Format(Exc_TypeError, "first argument must be a string, not %s", TYPE_NAME(a[0]));
        return NULL;
    }
    if (Index_AsSsizeArg(a[1], &idx) < 0) return NULL;
    if (idx < 0) {
        Err_SetString(Exc_ValueError, "idx cannot be negative");
        return NULL;
    }
    Scanner *sc = (Scanner *)self;
    Doc d;
    doc_open(&d, sc, a[0]);
    Object *v = NULL;
    ssize_t end = 0;
    int r = scan_value(&d, idx, &v, &end);
    Dict_Clear(sc->memo);
    if (r < 0) return NULL;
    if (r == 0) {
        Object *pos = Int_FromI64(idx);
        if (pos) Err_SetObject(Exc_StopIteration, pos);
        XDECREF(pos);
        return NULL;
    }
    Object *pos = Int_FromI64(end), *pair = pos ? Tuple_Pack(2, v, pos) : NULL;
    DECREF(v);
    XDECREF(pos);
    return pair;
}

static int scanner_traverse(Object *o, VisitFn visit, void *arg) {
    Scanner *sc = (Scanner *)o;
    Object *fields[] = {sc->object_hook, sc->pairs_hook, sc->parse_float, sc->parse_int, sc->parse_constant, sc->memo};
    for (size_t k = 0; k < sizeof fields / sizeof *fields; k++)
        if (fields[k] && visit(fields[k], arg)) return 1;
    return 0;
}

static int scanner_clear(Object *o) {
    Scanner *sc = (Scanner *)o;
    CLEAR(sc->object_hook);
    CLEAR(sc->pairs_hook);
    CLEAR(sc->parse_float);
    CLEAR(sc->parse_int);
    CLEAR(sc->parse_constant);
    CLEAR(sc->memo);
    return 0;
}

static void scanner_dealloc(Object *o) {
    Gc_Untrack(o);
    scanner_clear(o);
    Obj_Free(o);
}

static Object *get_strict(Object *o) { RETURN_BOOL(((Scanner *)o)->strict); }
static Object *get_object_hook(Object *o) { return NEWREF(((Scanner *)o)->object_hook); }
static Object *get_pairs_hook(Object *o) { return NEWREF(((Scanner *)o)->pairs_hook); }
static Object *get_parse_float(Object *o) { return NEWREF(((Scanner *)o)->parse_float); }
static Object *get_parse_int(Object *o) { return NEWREF(((Scanner *)o)->parse_int); }
static Object *get_parse_constant(Object *o) { return NEWREF(((Scanner *)o)->parse_constant); }

static const GetSetDef scanner_getset[] = {
    {"strict", get_strict, GetSet_Readonly, "strict"},
    {"object_hook", get_object_hook, GetSet_Readonly, "object_hook"},
    {"object_pairs_hook", get_pairs_hook, GetSet_Readonly, "object_pairs_hook"},
    {"parse_float", get_parse_float, GetSet_Readonly, "parse_float"},
    {"parse_int", get_parse_int, GetSet_Readonly, "parse_int"},
    {"parse_constant", get_parse_constant, GetSet_Readonly, "parse_constant"},
    {NULL},
};

Type JsonScanner_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_json.Scanner",
    .basicsize = sizeof(Scanner),
    .flags = TPFLAG_GC,
    .doc = "JSON scanner object",
    .dealloc = scanner_dealloc,
    .traverse = scanner_traverse,
    .clear = scanner_clear,
    .new_ = scanner_new,
    .call = scanner_call,
    .getset = scanner_getset,
};

/* ---- scanstring ------------------------------------------------------------ */

Object *Json_ScanStringFn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "first argument must be a string, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    ssize_t end;
    int strict = 1;
    if (Index_AsSsizeArg(args[1], &end) < 0) return NULL;
    if (nargs > 2 && (strict = Obj_IsTrue(args[2])) < 0) return NULL;
    Doc d;
    doc_open(&d, NULL, args[0]);
    if (end < 0 || end > d.len) {
        Err_SetString(Exc_ValueError, "end is out of bounds");
        return NULL;
    }
    ssize_t after = 0;
    Object *s = read_string(&d, end, strict, &after);
    if (!s) return NULL;
    Object *pos = Int_FromI64(after), *pair = pos ? Tuple_Pack(2, s, pos) : NULL;
    DECREF(s);
    XDECREF(pos);
    return pair;
}
