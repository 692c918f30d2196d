/* The encoding half of _json: encode_basestring(_ascii), and the Encoder
 * that make_encoder(...) makes, which json.encoder calls for a whole
 * document at once.
 *
 * The document is written into one StrBuilder by a recursive walk.  A
 * container being written is entered in `markers` (a dict from id() to the
 * object, when the caller checks for cycles), so meeting it again inside
 * itself is the "Circular reference detected" error.  An error raised while
 * writing an item gains a note naming the item at each level it passes
 * ("when serializing list item 2"), as CPython's encoder adds them. */
#include "abstract.h"
#include "modules/_json.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/cstack.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

/* The stack a call of default() wants free: the Python code it runs. */
#define DEFAULT_CALL_RESERVE (16u << 10)

/* How strings are written: by our own escaping, or by calling `encoder`. */
enum { STR_CALL, STR_ASCII, STR_UNICODE };

typedef struct Encoder {
    Object ob;
    Object *markers;  /* dict or None */
    Object *default_fn, *encoder, *indent, *key_sep, *item_sep; /* indent: str or None */
    bool sort_keys, skipkeys, allow_nan;
    int str_mode;
    Object *lines; /* list: "\n" + indent * level at index level, made as deep levels are met; or NULL */
} Encoder;

/* ---- notes ----------------------------------------------------------------- */

void Json_AddNote(const char *fmt, ...) {
    /* Formatting the note may fail in its turn (the repr of a key raising,
     * or the stack still exhausted): that error then replaces the first,
     * as in CPython. */
    Object *exc = Err_Fetch();
    va_list ap;
    va_start(ap, fmt);
    Object *note = Str_FromFormatV(fmt, ap);
    va_end(ap);
    if (!note) {
        XDECREF(exc);
        return;
    }
    Object *r = exc ? Obj_CallMethodC(exc, "add_note", &note, 1) : NULL;
    DECREF(note);
    if (r) {
        DECREF(r);
        Err_Restore(exc);
    } else {
        XDECREF(exc);
    }
}

Object *Json_TypeName(Object *o) {
    Type *t = TYPE(o);
    Object *mod = Type_Module(t);
    if (!mod || !Str_Check(mod) || Str_EqC(mod, "builtins") || Str_EqC(mod, "__main__")) return NEWREF(t->qualname);
    return Str_FromFormat("%U.%U", mod, t->qualname);
}

/* Note for an error while writing what `fmt` names; fmt's first code is
 * %U for the container's type name, the second the item. */
static void note_item(Object *container, const char *fmt, Object *item_repr_src, ssize_t index) {
    Object *name = Json_TypeName(container);
    if (!name) return;
    if (item_repr_src)
        Json_AddNote(fmt, name, item_repr_src);
    else
        Json_AddNote(fmt, name, index);
    DECREF(name);
}

/* ---- strings ---------------------------------------------------------------- */

/* Whether c is written as itself: printable ASCII but the quote and
 * backslash, or (unicode mode) anything from the space up. */
static inline bool plain_char(uint32_t c, bool ascii) {
    return c >= ' ' && c != '"' && c != '\\' && (!ascii || c < 0x7F);
}

static int append_escape(StrBuilder *sb, uint32_t c) {
    char buf[16];
    int n;
    switch (c) {
    case '"': return SB_AppendASCII(sb, "\\\"", 2);
    case '\\': return SB_AppendASCII(sb, "\\\\", 2);
    case '\n': return SB_AppendASCII(sb, "\\n", 2);
    case '\r': return SB_AppendASCII(sb, "\\r", 2);
    case '\t': return SB_AppendASCII(sb, "\\t", 2);
    case '\b': return SB_AppendASCII(sb, "\\b", 2);
    case '\f': return SB_AppendASCII(sb, "\\f", 2);
    }
    if (c >= 0x10000) {
        uint32_t v = c - 0x10000;
        n = snprintf(buf, sizeof buf, "\\u%04x\\u%04x", 0xD800 | (v >> 10), 0xDC00 | (v & 0x3FF));
    } else {
        n = snprintf(buf, sizeof buf, "\\u%04x", c);
    }
    return SB_AppendASCII(sb, buf, n);
}

/* For each Latin-1 character: 0 when written as itself in both modes, 1
 * when only the ASCII mode escapes it, 2 when both do. */
static const uint8_t latin1_escape[256] = {
    [0 ... 0x1F] = 2, ['"'] = 2, ['\\'] = 2, [0x7F ... 0xFF] = 1,
};

static const char hex_digits[] = "0123456789abcdef";

/* The escape of a Latin-1 character c at out; its length. */
static int latin1_escape_text(uint8_t c, char *out) {
    char short_form = c == '"' ? '"' : c == '\\' ? '\\' : c == '\n' ? 'n' : c == '\r' ? 'r'
                    : c == '\t' ? 't' : c == '\b' ? 'b' : c == '\f' ? 'f' : 0;
    out[0] = '\\';
    if (short_form) {
        out[1] = short_form;
        return 2;
    }
    memcpy(out + 1, "u00", 3);
    out[4] = hex_digits[c >> 4];
    out[5] = hex_digits[c & 15];
    return 6;
}

/* How many of the first of p[0:n] (Latin-1) are written as themselves:
 * eight at a time while none of them needs a look. */
static ssize_t plain_prefix(const uint8_t *p, ssize_t n, bool ascii, uint8_t limit) {
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    ssize_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x, q, b;
        memcpy(&x, p + i, 8);
        q = x ^ (ones * '"');
        b = x ^ (ones * '\\');
        /* a byte below 0x20, or equal to the quote or the backslash */
        uint64_t hit = ((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b);
        if (ascii) {
            uint64_t d = x ^ (ones * 0x7F);
            hit |= x | ((d - ones) & ~d); /* from 0x7F up */
        }
        if (hit & high) break;
    }
    while (i < n && latin1_escape[p[i]] < limit) i++;
    return i;
}

/* append_quoted for a Latin-1 s into a builder of kind 1: the whole string
 * in one copy when nothing in it needs an escape.  0 when done, 1 when the
 * builder must widen (the caller takes the general way), -1 on error. */
static int append_quoted_latin1(StrBuilder *sb, Object *s, bool ascii) {
    const uint8_t *p = STR_DATA(s);
    ssize_t n = STR_LEN(s), i;
    uint8_t limit = ascii ? 1 : 2; /* escape what the table marks at least this */
    i = plain_prefix(p, n, ascii, limit);
    uint32_t bound = ascii ? 127 : STR_MAX_BOUND(s);
    ssize_t room = i == n ? n + 2 : i + 2 + (n - i) * 6;
    if (SB_Reserve(sb, room, bound) < 0) return -1;
    if (sb->kind != 1) return 1;
    uint8_t *out = (uint8_t *)sb->buf + sb->len;
    *out++ = '"';
    memcpy(out, p, (size_t)i);
    out += i;
    for (; i < n; i++) {
        if (latin1_escape[p[i]] < limit)
            *out++ = p[i];
        else
            out += latin1_escape_text(p[i], (char *)out);
    }
    *out++ = '"';
    sb->len = out - (uint8_t *)sb->buf;
    return 0;
}

/* s as a quoted JSON string, appended to sb. */
static int append_quoted(StrBuilder *sb, Object *s, bool ascii) {
    if (STR_KIND(s) == 1 && sb->kind == 1) {
        int r = append_quoted_latin1(sb, s, ascii);
        if (r <= 0) return r;
    }
    ssize_t n = STR_LEN(s), run = 0;
    if (SB_AppendChar(sb, '"') < 0) return -1;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_CHAR(s, i);
        if (plain_char(c, ascii)) continue;
        if (SB_AppendSubstr(sb, s, run, i) < 0 || append_escape(sb, c) < 0) return -1;
        run = i + 1;
    }
    if (SB_AppendSubstr(sb, s, run, n) < 0) return -1;
    return SB_AppendChar(sb, '"');
}

static Object *quote_str(Object *const *args, bool ascii) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "first argument must be a string, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    StrBuilder sb;
    SB_Init(&sb);
    if (append_quoted(&sb, args[0], ascii) < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
}

Object *Json_EncodeStrAsciiFn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return quote_str(args, true);
}

Object *Json_EncodeStrFn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return quote_str(args, false);
}

/* A str through the encoder's way of writing strings. */
static int write_str(Encoder *e, StrBuilder *sb, Object *s) {
    if (e->str_mode != STR_CALL) return append_quoted(sb, s, e->str_mode == STR_ASCII);
    Object *r = Obj_CallOneArg(e->encoder, s);
    if (!r) return -1;
    if (!Str_Check(r)) {
        Err_Format(Exc_TypeError, "encoder() must return a string, not %s", TYPE_NAME(r));
        DECREF(r);
        return -1;
    }
    return SB_AppendStrSteal(sb, r);
}

/* ---- numbers ---------------------------------------------------------------- */

/* The decimal digits of u into out (no terminator); their count. */
static int decimal_digits(uint64_t u, char *out) {
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    return n;
}

static int write_float(Encoder *e, StrBuilder *sb, Object *o) {
    double v = FLOAT_VAL(o);
    char buf[40];
    if (isfinite(v)) {
        int n = Float_ReprBuf(v, buf);
        return SB_AppendKnownASCII(sb, buf, n);
    }
    if (!e->allow_nan) {
        /* the object's own repr: a subclass may have its own */
        Err_Format(Exc_ValueError, "Out of range float values are not JSON compliant: %R", o);
        return -1;
    }
    return SB_AppendASCII(sb, isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity", -1);
}

/* int.__repr__(o), whatever a subclass's own __repr__ says. */
static int write_int(StrBuilder *sb, Object *o) {
    if (IS_SMALL(o)) {
        char buf[24];
        int64_t v = SMALL_VAL(o);
        int sign = v < 0;
        if (sign) buf[0] = '-';
        int n = decimal_digits(sign ? -(uint64_t)v : (uint64_t)v, buf + sign);
        return SB_AppendKnownASCII(sb, buf, n + sign);
    }
    Object *text = Int_Repr(o); /* fails past the int digits limit */
    return text ? SB_AppendStrSteal(sb, text) : -1;
}

/* ---- containers --------------------------------------------------------------- */

static int write_value(Encoder *e, StrBuilder *sb, Object *o, ssize_t level);

/* A container's entry in the markers while it is being written: its id
 * (NULL when cycles are not checked) and the id's hash. */
typedef struct Mark {
    Object *key;
    hash_t hash;
} Mark;

/* Enters o in the markers, for mark_leave. */
static int mark_enter(Encoder *e, Object *o, Mark *m) {
    m->key = NULL;
    if (e->markers == OBJ_NONE) return 0;
    Object *id = Int_FromU64((uintptr_t)o), *seen = NULL;
    if (!id) return -1;
    m->hash = Obj_Hash(id); /* an int's: cannot fail */
    int found = Dict_LookupHash(e->markers, id, m->hash, &seen);
    if (found != 0) {
        if (found > 0) Err_SetString(Exc_ValueError, "Circular reference detected");
        DECREF(id);
        return -1;
    }
    if (Dict_SetItemHash(e->markers, id, m->hash, o) < 0) {
        DECREF(id);
        return -1;
    }
    m->key = id;
    return 0;
}

static int mark_leave(Encoder *e, Mark *m) {
    if (!m->key) return 0;
    int r = Dict_PopHash(e->markers, m->key, m->hash, NULL);
    if (r == 0) Err_SetKeyError(m->key);
    DECREF(m->key);
    return r > 0 ? 0 : -1;
}

/* A new line and the indentation of `level`, when indenting.  The lines
 * are kept, level by level, so deep documents do not rebuild them. */
static int write_newline(Encoder *e, StrBuilder *sb, ssize_t level) {
    if (e->indent == OBJ_NONE) return 0;
    if (!e->lines) {
        Object *first = Str_FromUTF8("\n", 1);
        e->lines = first ? List_New(0) : NULL;
        if (!e->lines || List_AppendSteal(e->lines, first) < 0) {
            CLEAR(e->lines);
            return -1;
        }
    }
    while (LIST_LEN(e->lines) <= level) {
        Object *deeper = Str_Concat(LIST_GET(e->lines, LIST_LEN(e->lines) - 1), e->indent);
        if (!deeper || List_AppendSteal(e->lines, deeper) < 0) return -1;
    }
    return SB_AppendStr(sb, LIST_GET(e->lines, level));
}

/* The separator before a member that is not the first. */
static int write_separator(Encoder *e, StrBuilder *sb, ssize_t level) {
    return SB_AppendStr(sb, e->item_sep) < 0 ? -1 : write_newline(e, sb, level);
}

/* The items of a list or tuple: the object itself when exact, else what
 * iterating it gives (a subclass may iterate differently), as CPython's
 * PySequence_Fast does. */
static Object *array_items(Object *seq) {
    if (List_CheckExact(seq) || Tuple_CheckExact(seq)) return NEWREF(seq);
    return List_FromIterable(seq);
}

static int write_array(Encoder *e, StrBuilder *sb, Object *seq, ssize_t level) {
    Object *items = array_items(seq);
    Mark mark = {NULL, 0};
    if (!items) return -1;
    bool is_list = List_CheckExact(items);
    if ((is_list ? LIST_LEN(items) : TUPLE_LEN(items)) == 0) {
        DECREF(items);
        return SB_AppendKnownASCII(sb, "[]", 2);
    }
    if (mark_enter(e, seq, &mark) < 0) goto fail;
    if (SB_AppendKnownASCII(sb, "[", 1) < 0 || write_newline(e, sb, level + 1) < 0) goto fail;
    for (ssize_t i = 0; i < (is_list ? LIST_LEN(items) : TUPLE_LEN(items)); i++) {
        if (i > 0 && write_separator(e, sb, level + 1) < 0) goto fail;
        Object *item = NEWREF(is_list ? LIST_GET(items, i) : TUPLE_ITEMS(items)[i]);
        int r = write_value(e, sb, item, level + 1);
        DECREF(item);
        if (r < 0) {
            note_item(seq, "when serializing %U item %zd", NULL, i);
            goto fail;
        }
    }
    if (write_newline(e, sb, level) < 0 || SB_AppendKnownASCII(sb, "]", 1) < 0) goto fail;
    DECREF(items);
    return mark_leave(e, &mark);
fail:
    DECREF(items);
    XDECREF(mark.key);
    return -1;
}

/* A dict key as the str it is written as; NULL with *skip set for a key
 * skipkeys drops. */
static Object *key_text(Encoder *e, Object *key, bool *skip) {
    *skip = false;
    if (Str_Check(key)) return NEWREF(key);
    if (Float_Check(key)) {
        StrBuilder sb;
        SB_Init(&sb);
        if (write_float(e, &sb, key) < 0) {
            SB_Discard(&sb);
            return NULL;
        }
        return SB_Finish(&sb);
    }
    if (key == OBJ_TRUE) return Str_FromUTF8("true", 4);
    if (key == OBJ_FALSE) return Str_FromUTF8("false", 5);
    if (key == OBJ_NONE) return Str_FromUTF8("null", 4);
    if (Int_Check(key)) return Int_Repr(key);
    if (e->skipkeys) {
        *skip = true;
        return NULL;
    }
    Object *name = Json_TypeName(key);
    if (name) Err_Format(Exc_TypeError, "keys must be str, int, float, bool or None, not %U", name);
    XDECREF(name);
    return NULL;
}

/* One member: *first says whether a separator is due before it. */
static int write_member(Encoder *e, StrBuilder *sb, Object *dct, Object *key, Object *value, ssize_t level,
                        bool *first) {
    bool skip;
    Object *text = key_text(e, key, &skip);
    if (!text) return skip ? 0 : -1;
    /* the first member written (skipkeys may drop some before it) starts
     * the indented layout */
    if ((*first ? write_newline(e, sb, level) : write_separator(e, sb, level)) < 0) {
        DECREF(text);
        return -1;
    }
    *first = false;
    int r = write_str(e, sb, text);
    DECREF(text);
    if (r < 0 || SB_AppendStr(sb, e->key_sep) < 0) return -1;
    if (write_value(e, sb, value, level) < 0) {
        note_item(dct, "when serializing %U item %R", key, 0);
        return -1;
    }
    return 0;
}

/* The items of a dict subclass, or of any dict when sorted: a list of
 * pairs, as the mapping's items() gives them. */
static Object *member_list(Encoder *e, Object *dct) {
    Object *items = Dict_CheckExact(dct) ? Dict_Items(dct) : Obj_CallMethodC(dct, "items", NULL, 0);
    if (!items) return NULL;
    Object *list = List_Check(items) ? NEWREF(items) : NULL;
    if (!list) {
        Object *it = Obj_GetIter(items);
        if (!it) {
            Err_Clear();
            Err_Format(Exc_TypeError, "%s.items() returned a non-iterable (type %s)", TYPE_NAME(dct), TYPE_NAME(items));
        } else {
            list = List_FromIterable(it);
            DECREF(it);
        }
    }
    DECREF(items);
    if (list && e->sort_keys && List_Sort(list, NULL, false) < 0) CLEAR(list);
    return list;
}

static int write_members_of_list(Encoder *e, StrBuilder *sb, Object *dct, Object *list, ssize_t level,
                                 bool *first) {
    for (ssize_t i = 0; i < LIST_LEN(list); i++) {
        Object *pair = LIST_GET(list, i);
        if (!Tuple_Check(pair) || TUPLE_LEN(pair) != 2) {
            Err_SetString(Exc_ValueError, "items must return 2-tuples");
            return -1;
        }
        INCREF(pair);
        int r = write_member(e, sb, dct, TUPLE_ITEMS(pair)[0], TUPLE_ITEMS(pair)[1], level, first);
        DECREF(pair);
        if (r < 0) return -1;
    }
    return 0;
}

static int write_members_of_dict(Encoder *e, StrBuilder *sb, Object *dct, ssize_t level, bool *first) {
    ssize_t pos = 0;
    Object *k, *v;
    while (Dict_Next(dct, &pos, &k, &v)) {
        INCREF(k);
        INCREF(v);
        int r = write_member(e, sb, dct, k, v, level, first);
        DECREF(k);
        DECREF(v);
        if (r < 0) return -1;
    }
    return 0;
}

/* sort_keys on an exact dict whose keys are all exact str: the keys sorted
 * alone (no two compare equal, so sorting the items would give the same
 * order), each written with its value. */
static int write_sorted_str_members(Encoder *e, StrBuilder *sb, Object *dct, Object *keys, ssize_t level,
                                    bool *first) {
    if (List_Sort(keys, NULL, false) < 0) return -1;
    for (ssize_t i = 0; i < LIST_LEN(keys); i++) {
        Object *k = NEWREF(LIST_GET(keys, i)), *v = NULL;
        int found = Dict_Lookup(dct, k, &v);
        if (found <= 0) { /* the dict changed meanwhile: CPython's items list would still hold it */
            if (found == 0) Err_SetKeyError(k);
            DECREF(k);
            return -1;
        }
        INCREF(v);
        int r = write_member(e, sb, dct, k, v, level, first);
        DECREF(k);
        DECREF(v);
        if (r < 0) return -1;
    }
    return 0;
}

/* The keys of an exact dict when all are exact str, else NULL (no error). */
static Object *str_keys(Object *dct) {
    ssize_t pos = 0;
    Object *k, *v;
    while (Dict_Next(dct, &pos, &k, &v))
        if (!Str_CheckExact(k)) return NULL;
    return Dict_Keys(dct);
}

static int write_object(Encoder *e, StrBuilder *sb, Object *dct, ssize_t level) {
    if (Dict_Len(dct) == 0) return SB_AppendKnownASCII(sb, "{}", 2);
    Object *list = NULL;
    Mark mark;
    if (mark_enter(e, dct, &mark) < 0) return -1;
    bool first = true;
    if (SB_AppendKnownASCII(sb, "{", 1) < 0) goto fail;
    if (Dict_CheckExact(dct) && !e->sort_keys) {
        if (write_members_of_dict(e, sb, dct, level + 1, &first) < 0) goto fail;
    } else if (Dict_CheckExact(dct) && (list = str_keys(dct))) {
        if (write_sorted_str_members(e, sb, dct, list, level + 1, &first) < 0) goto fail;
        CLEAR(list);
    } else {
        if (!(list = member_list(e, dct)) || write_members_of_list(e, sb, dct, list, level + 1, &first) < 0)
            goto fail;
        CLEAR(list);
    }
    if ((!first && write_newline(e, sb, level) < 0) || SB_AppendKnownASCII(sb, "}", 1) < 0) goto fail;
    return mark_leave(e, &mark);
fail:
    XDECREF(list);
    XDECREF(mark.key);
    return -1;
}

/* An object JSON has no form for: what default(o) makes of it. */
static int write_other(Encoder *e, StrBuilder *sb, Object *o, ssize_t level) {
    Mark mark;
    if (mark_enter(e, o, &mark) < 0) return -1;
    /* CPython's call of default() checks the stack first, with a reserve
     * for the Python code it runs: there the recursion of an endless
     * default() chain ends. */
    Object *stand_in = NULL;
    if (CStack_Low(DEFAULT_CALL_RESERVE))
        CStack_Overflow(" while calling a Python object");
    else
        stand_in = Obj_CallOneArg(e->default_fn, o);
    int r = stand_in ? write_value(e, sb, stand_in, level) : -1;
    XDECREF(stand_in);
    if (r < 0) {
        if (stand_in) note_item(o, "when serializing %U object", NULL, 0);
        XDECREF(mark.key);
        return -1;
    }
    return mark_leave(e, &mark);
}

static int write_value(Encoder *e, StrBuilder *sb, Object *o, ssize_t level) {
    if (o == OBJ_NONE) return SB_AppendKnownASCII(sb, "null", 4);
    if (o == OBJ_TRUE) return SB_AppendKnownASCII(sb, "true", 4);
    if (o == OBJ_FALSE) return SB_AppendKnownASCII(sb, "false", 5);
    if (Str_Check(o)) return write_str(e, sb, o);
    if (Int_Check(o)) return write_int(sb, o);
    if (Float_Check(o)) return write_float(e, sb, o);
    if (CStack_Check(" while encoding a JSON object") < 0) return -1;
    if (List_Check(o) || Tuple_Check(o)) return write_array(e, sb, o, level);
    if (Dict_Check(o)) return write_object(e, sb, o, level);
    return write_other(e, sb, o, level);
}

/* ---- the Encoder type ----------------------------------------------------------- */

static ArgSpec encoder_new_args = {
    .sig = "(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)"};
static ArgSpec encoder_call_args = {.sig = "(obj, _current_indent_level)"};

static int check_arg(Object *v, int pos, bool none_ok, Type *want, const char *what) {
    if ((none_ok && v == OBJ_NONE) || (!IS_SMALL(v) && Type_IsSubtype(TYPE(v), want))) return 0;
    Err_Format(Exc_TypeError, "make_encoder() argument %d must be %s, not %s", pos, what, ARG_TYPE_NAME(v));
    return -1;
}

/* Whether f is one of this module's own string encoders. */
static int own_str_mode(Object *f) {
    if (TYPE(f) != &BuiltinFunction_Type) return STR_CALL;
    CFunc fn = ((BuiltinFunction *)f)->def->fn;
    return fn == Json_EncodeStrAsciiFn ? STR_ASCII : fn == Json_EncodeStrFn ? STR_UNICODE : STR_CALL;
}

static Object *encoder_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[9];
    if (Arg_Unpack(&encoder_new_args, "make_encoder", args, nargs, kwnames, a) < 0) return NULL;
    if (check_arg(a[0], 1, true, &Dict_Type, "dict or None") < 0 || check_arg(a[4], 5, false, &Str_Type, "str") < 0 ||
        check_arg(a[5], 6, false, &Str_Type, "str") < 0)
        return NULL;
    Object *indent = a[3];
    if (indent != OBJ_NONE && !Str_Check(indent)) {
        /* an int or anything else: as many spaces as it says */
        ssize_t n;
        if (Index_AsSsizeArg(indent, &n) < 0) return NULL;
        Object *space = Str_FromChar(' ');
        indent = space ? Str_Repeat(space, n < 0 ? 0 : n) : NULL;
        XDECREF(space);
        if (!indent) return NULL;
    } else {
        INCREF(indent);
    }
    int flags[3];
    for (int k = 0; k < 3; k++)
        if ((flags[k] = Obj_IsTrue(a[6 + k])) < 0) {
            DECREF(indent);
            return NULL;
        }
    Encoder *e = (Encoder *)Obj_Alloc(t, sizeof(Encoder));
    if (!e) {
        DECREF(indent);
        return NULL;
    }
    e->markers = NEWREF(a[0]);
    e->default_fn = NEWREF(a[1]);
    e->encoder = NEWREF(a[2]);
    e->indent = indent;
    e->key_sep = NEWREF(a[4]);
    e->item_sep = NEWREF(a[5]);
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    e->str_mode = own_str_mode(a[2]);
    return (Object *)e;
}

static Object *encoder_call(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    ssize_t level;
    if (Arg_Unpack(&encoder_call_args, "_iterencode", args, nargs, kwnames, a) < 0) return NULL;
    if (Index_AsSsizeArg(a[1], &level) < 0) return NULL;
    StrBuilder sb;
    SB_Init(&sb);
    if (write_value((Encoder *)self, &sb, a[0], level) < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    Object *text = SB_Finish(&sb);
    Object *r = text ? Tuple_Pack(1, text) : NULL;
    XDECREF(text);
    return r;
}

static int encoder_traverse(Object *o, VisitFn visit, void *arg) {
    Encoder *e = (Encoder *)o;
    Object *fields[] = {e->markers, e->default_fn, e->encoder, e->indent, e->key_sep, e->item_sep, e->lines};
    for (size_t k = 0; k < sizeof fields / sizeof *fields; k++)
        if (fields[k] && visit(fields[k], arg)) return 1;
    return 0;
}

static int encoder_clear(Object *o) {
    Encoder *e = (Encoder *)o;
    CLEAR(e->markers);
    CLEAR(e->default_fn);
    CLEAR(e->encoder);
    CLEAR(e->indent);
    CLEAR(e->key_sep);
    CLEAR(e->item_sep);
    CLEAR(e->lines);
    return 0;
}

static void encoder_dealloc(Object *o) {
    Gc_Untrack(o);
    encoder_clear(o);
    Obj_Free(o);
}

static Object *get_markers(Object *o) { return NEWREF(((Encoder *)o)->markers); }
static Object *get_default(Object *o) { return NEWREF(((Encoder *)o)->default_fn); }
static Object *get_encoder(Object *o) { return NEWREF(((Encoder *)o)->encoder); }
static Object *get_indent(Object *o) { return NEWREF(((Encoder *)o)->indent); }
static Object *get_key_sep(Object *o) { return NEWREF(((Encoder *)o)->key_sep); }
static Object *get_item_sep(Object *o) { return NEWREF(((Encoder *)o)->item_sep); }
static Object *get_sort_keys(Object *o) { RETURN_BOOL(((Encoder *)o)->sort_keys); }
static Object *get_skipkeys(Object *o) { RETURN_BOOL(((Encoder *)o)->skipkeys); }

static const GetSetDef encoder_getset[] = {
    {"markers", get_markers, GetSet_Readonly, "markers"},
    {"default", get_default, GetSet_Readonly, "default"},
    {"encoder", get_encoder, GetSet_Readonly, "encoder"},
    {"indent", get_indent, GetSet_Readonly, "indent"},
    {"key_separator", get_key_sep, GetSet_Readonly, "key_separator"},
    {"item_separator", get_item_sep, GetSet_Readonly, "item_separator"},
    {"sort_keys", get_sort_keys, GetSet_Readonly, "sort_keys"},
    {"skipkeys", get_skipkeys, GetSet_Readonly, "skipkeys"},
    {NULL},
};

Type JsonEncoder_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_json.Encoder",
    .basicsize = sizeof(Encoder),
    .flags = TPFLAG_GC,
    .doc = "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, "
           "allow_nan)",
    .dealloc = encoder_dealloc,
    .traverse = encoder_traverse,
    .clear = encoder_clear,
    .new_ = encoder_new,
    .call = encoder_call,
    .getset = encoder_getset,
};
