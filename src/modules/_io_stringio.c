/* _io.StringIO: a text stream over characters held in memory.  The text
 * is kept as code points (uint32_t), so any position is an index; newline
 * translation happens as text is written, as in CPython:
 *   newline=None   "\r\n" and "\r" become "\n"; lines end at "\n"
 *   newline=""     nothing translated; lines end at "\r", "\n" or "\r\n"
 *   newline="\n"   nothing translated (the default)
 *   "\r", "\r\n"   "\n" becomes that; lines end at it
 * With None and "" the kinds of line endings written are remembered
 * (`newlines`).
 *
 * A stream with nothing to translate that has only been appended to since
 * __init__ (the common "build a string" use) keeps its text in a
 * StrBuilder instead, in the narrowest kind, as CPython's accumulating
 * state does: the first read, seek or truncate turns it into code points. */
#include "abstract.h"
#include "modules/_io.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <stdlib.h>
#include <string.h>

typedef struct StringIO {
    IOBase base;
    uint32_t *buf;   /* malloc'ed */
    size_t len, cap, pos;
    Object *newline_arg; /* the newline argument as given (None or a str), owned */
    const char *writenl; /* what "\n" becomes on write: NULL for none */
    bool translate;      /* newline=None */
    bool universal;      /* newline=None or "": track endings; "" also splits on all */
    const char *readnl;  /* the line end readline looks for; NULL: universal */
    unsigned seennl;     /* NL_* seen so far */
    bool ok;             /* __init__ ran */
    bool closed;         /* its own flag: _IOBase's stays unset, as in CPython (flush() works) */
    bool accumulating;   /* the text is in acc (len and pos unused), not in buf */
    StrBuilder acc;      /* in the object, which never moves: its inline buffer stays put */
} StringIO;

#define SIO(o) ((StringIO *)(o))

static Object *sio_closed_error(void) {
    Err_SetString(Exc_ValueError, "I/O operation on closed file");
    return NULL;
}

static int check_usable(StringIO *s) {
    if (!s->ok) {
        Err_SetString(Exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    if (s->closed) return sio_closed_error(), -1;
    return 0;
}
#define CHECK(s) \
    if (check_usable(s) < 0) return NULL

/* The `newlines` value for a set of NL_* flags (shared with TextIOWrapper's
 * decoder: Io_NewlinesObject). */
Object *Io_NewlinesObject(unsigned seen) {
    static const char *const names[] = {"\r", "\n", "\r\n"};
    static const unsigned bits[] = {IO_NL_CR, IO_NL_LF, IO_NL_CRLF};
    Object *items[3];
    int n = 0;
    for (int i = 0; i < 3; i++)
        if (seen & bits[i]) items[n++] = Str_InternC(names[i]);
    if (n == 0) return NEWREF(OBJ_NONE);
    if (n == 1) return NEWREF(items[0]);
    return n == 2 ? Tuple_Pack(2, items[0], items[1]) : Tuple_Pack(3, items[0], items[1], items[2]);
}

static int reserve(StringIO *s, size_t need) {
    if (need <= s->cap) return 0;
    size_t cap = s->cap ? s->cap : 16;
    while (cap < need) cap += cap / 2 + 16;
    uint32_t *b = realloc(s->buf, cap * sizeof *b);
    if (!b) {
        Err_NoMemory();
        return -1;
    }
    s->buf = b;
    s->cap = cap;
    return 0;
}

/* Leaves the accumulating state: the text appended so far becomes the
 * code points of buf, the position at its end. */
static int realize(StringIO *s) {
    if (!s->accumulating) return 0;
    StrBuilder *a = &s->acc;
    size_t n = (size_t)a->len;
    if (reserve(s, n) < 0) return -1;
    for (size_t i = 0; i < n; i++)
        s->buf[i] = a->kind == 1 ? ((const uint8_t *)a->buf)[i]
                  : a->kind == 2 ? ((const uint16_t *)a->buf)[i] : ((const uint32_t *)a->buf)[i];
    s->len = s->pos = n;
    SB_Discard(a);
    s->accumulating = false;
    return 0;
}
#define REALIZE(s) \
    if (realize(s) < 0) return NULL

/* Writes n code points at the position, zero-filling a gap past the end. */
static int put(StringIO *s, const uint32_t *cps, size_t n) {
    size_t end = s->pos + n;
    if (reserve(s, end) < 0) return -1;
    if (s->pos > s->len) memset(s->buf + s->len, 0, (s->pos - s->len) * sizeof *s->buf);
    memcpy(s->buf + s->pos, cps, n * sizeof *cps);
    s->pos = end;
    if (end > s->len) s->len = end;
    return 0;
}

/* Appends the code points of str, translated for writing, to out (a
 * malloc'ed array of *n entries).  -1 on error. */
static int translate(StringIO *s, Object *str, uint32_t **out, size_t *n) {
    ssize_t len = STR_LEN(str);
    size_t extra = 0;
    if (s->writenl && s->writenl[1])
        for (ssize_t i = 0; i < len; i++) extra += STR_CHAR(str, i) == '\n';
    uint32_t *o = malloc(((size_t)len + extra + 1) * sizeof *o);
    if (!o) {
        Err_NoMemory();
        return -1;
    }
    size_t k = 0;
    for (ssize_t i = 0; i < len; i++) {
        uint32_t c = STR_CHAR(str, i);
        if (c == '\r' && s->universal) {
            bool crlf = i + 1 < len && STR_CHAR(str, i + 1) == '\n';
            s->seennl |= crlf ? IO_NL_CRLF : IO_NL_CR;
            if (s->translate) {
                o[k++] = '\n';
                i += crlf;
                continue;
            }
            if (crlf) {
                o[k++] = '\r';
                o[k++] = '\n';
                i++;
                continue;
            }
        } else if (c == '\n') {
            if (s->universal) s->seennl |= IO_NL_LF;
            if (s->writenl) {
                for (const char *w = s->writenl; *w; w++) o[k++] = (uint32_t)*w;
                continue;
            }
        }
        o[k++] = c;
    }
    *out = o;
    *n = k;
    return 0;
}

static int write_str(StringIO *s, Object *str) {
    uint32_t *cps;
    size_t n;
    if (s->accumulating) return SB_AppendStr(&s->acc, str);
    if (!s->universal && !s->writenl) {
        /* nothing to translate: the code points go straight in */
        size_t len = (size_t)STR_LEN(str), end = s->pos + len;
        if (reserve(s, end) < 0) return -1;
        if (s->pos > s->len) memset(s->buf + s->len, 0, (s->pos - s->len) * sizeof *s->buf);
        uint32_t *dst = s->buf + s->pos;
        if (STR_KIND(str) == 1) {
            const uint8_t *src = STR_DATA(str);
            for (size_t i = 0; i < len; i++) dst[i] = src[i];
        } else if (STR_KIND(str) == 2) {
            const uint16_t *src = STR_DATA(str);
            for (size_t i = 0; i < len; i++) dst[i] = src[i];
        } else {
            memcpy(dst, STR_DATA(str), len * sizeof *dst);
        }
        s->pos = end;
        if (end > s->len) s->len = end;
        return 0;
    }
    if (translate(s, str, &cps, &n) < 0) return -1;
    int r = put(s, cps, n);
    free(cps);
    return r;
}

static Object *stringio_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_Alloc(t, (size_t)t->basicsize);
}

/* StringIO(initial_value='', newline='\n') */
static int stringio_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StringIO *s = SIO(self);
    Object *a[2];
    if (Arg_Unpack(StringIO_Type.args, "StringIO", args, nargs, kwnames, a) < 0) return -1;
    Object *value = a[0], *newline = a[1];
    const char *nl = "\n";
    if (newline && newline != OBJ_NONE) {
        if (!Str_Check(newline)) {
            Err_Format(Exc_TypeError, "newline must be str or None, not %s", TYPE_NAME(newline));
            return -1;
        }
        nl = Str_AsUTF8(newline, NULL);
        if (!nl) return -1;
        if (*nl && strcmp(nl, "\n") && strcmp(nl, "\r") && strcmp(nl, "\r\n")) {
            Err_Format(Exc_ValueError, "illegal newline value: %R", newline);
            return -1;
        }
    } else if (newline) {
        nl = NULL;
    }
    if (value && value != OBJ_NONE && !Str_Check(value)) {
        Err_Format(Exc_TypeError, "initial_value must be str or None, not %s", TYPE_NAME(value));
        return -1;
    }
    s->translate = nl == NULL;
    s->universal = nl == NULL || !*nl;
    s->readnl = nl == NULL ? "\n" : *nl ? (nl[0] == '\r' && !nl[1] ? "\r" : nl[1] ? "\r\n" : "\n") : NULL;
    s->writenl = nl && (!strcmp(nl, "\r") || !strcmp(nl, "\r\n")) ? s->readnl : NULL;
    SETREF(s->newline_arg, newline ? NEWREF(newline) : NULL);
    SB_Discard(&s->acc);
    s->len = s->pos = 0;
    s->seennl = 0;
    s->closed = false;
    s->ok = true;
    if (value && value != OBJ_NONE && STR_LEN(value)) {
        s->accumulating = false;
        if (write_str(s, value) < 0) return -1;
        s->pos = 0;
    } else {
        s->accumulating = !s->universal && !s->writenl;
    }
    return 0;
}

static void stringio_dealloc(Object *self) {
    if (Io_Finalize(self)) return;
    Weak_ClearBuiltin(self);
    free(SIO(self)->buf);
    SB_Discard(&SIO(self)->acc);
    CLEAR(SIO(self)->newline_arg);
    IOBase_ClearBase(self);
    Obj_Free(self);
}

static int stringio_clear(Object *self) {
    IOBase_ClearBase(self);
    return 0;
}

static Object *stringio_getvalue(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StringIO *s = SIO(self);
    CHECK(s);
    if (!s->accumulating) return Str_FromUCS4(s->buf, (ssize_t)s->len);
    /* a copy of what the builder holds: its kind is the narrowest for its maxchar */
    StrBuilder *a = &s->acc;
    if (a->len <= 1) return Str_FromKindData(a->kind, a->buf, a->len);
    Object *r = Str_NewRaw(a->len, a->maxchar);
    if (r) memcpy(STR_DATA(r), a->buf, (size_t)a->len * (size_t)a->kind);
    return r;
}

/* The next n code points (n < 0 or too many: the rest), moving the position. */
static Object *take(StringIO *s, ssize_t n) {
    size_t avail = s->pos < s->len ? s->len - s->pos : 0;
    if (n < 0 || (size_t)n > avail) n = (ssize_t)avail;
    Object *r = n ? Str_FromUCS4(s->buf + s->pos, n) : NEWREF(Str_Empty());
    if (r) s->pos += (size_t)n;
    return r;
}

/* Length of the line at the position, line end included, at most limit (< 0: none). */
static ssize_t line_length(StringIO *s, ssize_t limit) {
    size_t avail = s->pos < s->len ? s->len - s->pos : 0;
    if (limit >= 0 && (size_t)limit < avail) avail = (size_t)limit;
    const uint32_t *p = s->buf + s->pos;
    for (size_t i = 0; i < avail; i++) {
        if (!s->readnl) {
            if (p[i] == '\n') return (ssize_t)i + 1;
            if (p[i] == '\r') return (ssize_t)i + 1 + (i + 1 < avail && p[i + 1] == '\n');
        } else if (p[i] == (uint32_t)s->readnl[0]) {
            if (!s->readnl[1]) return (ssize_t)i + 1;
            if (i + 1 < avail && p[i + 1] == '\n') return (ssize_t)i + 2;
        }
    }
    return (ssize_t)avail;
}

static Object *stringio_read(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t size;
    CHECK(SIO(self));
    if (Io_SizeArg(nargs ? args[0] : NULL, &size) < 0) return NULL;
    REALIZE(SIO(self));
    return take(SIO(self), size);
}

static Object *stringio_readline(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t size;
    CHECK(SIO(self));
    if (Io_SizeArg(nargs ? args[0] : NULL, &size) < 0) return NULL;
    REALIZE(SIO(self));
    return take(SIO(self), line_length(SIO(self), size));
}

static Object *stringio_iternext(Object *self) {
    StringIO *s = SIO(self);
    CHECK(s);
    Object *line;
    if (TYPE(self) == &StringIO_Type) {
        REALIZE(s);
        ssize_t n = line_length(s, -1);
        if (!n) return NULL;
        line = take(s, n);
    } else {
        /* a subclass may have its own readline */
        line = Obj_CallMethodC(self, "readline", NULL, 0);
        if (line && !Str_Check(line)) {
            Err_Format(Exc_OSError, "readline() should have returned a str object, not '%s'", TYPE_NAME(line));
            CLEAR(line);
        }
        if (line && STR_LEN(line) == 0) CLEAR(line);
    }
    return line;
}

static Object *stringio_write(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StringIO *s = SIO(self);
    CHECK(s);
    Object *str = args[0];
    if (!Str_Check(str)) {
        Err_Format(Exc_TypeError, "string argument expected, got '%s'", TYPE_NAME(str));
        return NULL;
    }
    ssize_t n = STR_LEN(str);
    if (n && write_str(s, str) < 0) return NULL;
    return Int_FromI64(n);
}

static Object *stringio_seek(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StringIO *s = SIO(self);
    ssize_t pos = Int_AsSsize(args[0]);
    if (pos == -1 && Err_Occurred()) return NULL;
    int64_t whence = 0;
    if (nargs > 1 && Int_AsI64(args[1], &whence) < 0) return NULL;
    CHECK(s);
    if (whence < 0 || whence > 2) {
        Err_Format(Exc_ValueError, "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
        return NULL;
    }
    if (pos < 0 && whence == 0) {
        Err_Format(Exc_ValueError, "Negative seek position %zd", pos);
        return NULL;
    }
    if (whence != 0 && pos != 0) {
        Err_SetString(Exc_OSError, "Can't do nonzero cur-relative seeks");
        return NULL;
    }
    REALIZE(s);
    if (whence == 1) pos = (ssize_t)s->pos;
    else if (whence == 2) pos = (ssize_t)s->len;
    s->pos = (size_t)pos;
    return Int_FromI64(pos);
}

static Object *stringio_tell(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StringIO *s = SIO(self);
    CHECK(s);
    return Int_FromI64(s->accumulating ? (int64_t)s->acc.len : (int64_t)s->pos);
}

static Object *stringio_truncate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StringIO *s = SIO(self);
    CHECK(s);
    REALIZE(s);
    ssize_t size = (ssize_t)s->pos;
    if (nargs && args[0] != OBJ_NONE && (size = Int_AsSsize(args[0])) == -1 && Err_Occurred()) return NULL;
    if (size < 0) {
        Err_Format(Exc_ValueError, "Negative size value %zd", size);
        return NULL;
    }
    if ((size_t)size < s->len) s->len = (size_t)size;
    return Int_FromI64(size);
}

static Object *stringio_true(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    CHECK(SIO(self));
    RETURN_BOOL(true);
}

static Object *stringio_close(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StringIO *s = SIO(self);
    s->closed = true;
    SB_Discard(&s->acc);
    s->accumulating = false;
    free(s->buf);
    s->buf = NULL;
    s->len = s->cap = 0;
    RETURN_NONE;
}

static Object *stringio_closed(Object *self) {
    StringIO *s = SIO(self);
    if (!s->ok) {
        Err_SetString(Exc_ValueError, "I/O operation on uninitialized object");
        return NULL;
    }
    return NEWREF(Bool_From(s->closed));
}

static Object *stringio_line_buffering(Object *self) {
    CHECK(SIO(self));
    return NEWREF(OBJ_FALSE);
}

static Object *stringio_newlines(Object *self) {
    StringIO *s = SIO(self);
    CHECK(s);
    if (!s->universal) return NEWREF(OBJ_NONE);
    return Io_NewlinesObject(s->seennl);
}

/* __getstate__(): (value, newline argument, position, __dict__ copy or None) */
static Object *stringio_getstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StringIO *s = SIO(self);
    CHECK(s);
    Object *value = Str_FromUCS4(s->buf, (ssize_t)s->len);
    Object *pos = value ? Int_FromI64((int64_t)s->pos) : NULL;
    Object *dict = !pos ? NULL : s->base.dict ? Dict_Copy(s->base.dict) : NEWREF(OBJ_NONE);
    Object *nl = s->newline_arg ? s->newline_arg : Str_InternC("\n");
    Object *r = dict ? Tuple_Pack(4, value, nl, pos, dict) : NULL;
    XDECREF(value);
    XDECREF(pos);
    XDECREF(dict);
    return r;
}

/* The position and the __dict__ items of a state tuple, checked: 0 or -1. */
static int state_position(Object *state, ssize_t *pos) {
    Object *p = TUPLE_GET(state, 2), *d = TUPLE_GET(state, 3);
    if (!Int_Check(p)) {
        Err_Format(Exc_TypeError, "third item of state must be an integer, got %.200s", TYPE_NAME(p));
        return -1;
    }
    if ((*pos = Int_AsSsize(p)) == -1 && Err_Occurred()) return -1;
    if (*pos < 0) {
        Err_SetString(Exc_ValueError, "position value cannot be negative");
        return -1;
    }
    if (d != OBJ_NONE && !Dict_Check(d)) {
        Err_Format(Exc_TypeError, "fourth item of state should be a dict, got a %.200s", TYPE_NAME(d));
        return -1;
    }
    return 0;
}

/* __setstate__(state): __init__(value, newline), then the value itself
 * (untranslated: it was translated when first written), the position and
 * the __dict__ items. */
static Object *stringio_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StringIO *s = SIO(self);
    Object *state = args[0];
    if (s->closed) return sio_closed_error();
    if (!Tuple_Check(state) || TUPLE_LEN(state) < 4) {
        Err_Format(Exc_TypeError, "%.200s.__setstate__ argument should be 4-tuple, got %.200s", TYPE_NAME(self),
                   TYPE_NAME(state));
        return NULL;
    }
    Object *value = TUPLE_GET(state, 0);
    if (stringio_init(self, &TUPLE_ITEMS(state)[0], 2, NULL) < 0) return NULL;
    s->len = s->pos = 0;
    if (value != OBJ_NONE) {
        ssize_t n = STR_LEN(value);
        if (reserve(s, (size_t)n) < 0) return NULL;
        for (ssize_t i = 0; i < n; i++) s->buf[i] = STR_CHAR(value, i);
        s->len = (size_t)n;
    }
    ssize_t pos;
    if (state_position(state, &pos) < 0) return NULL;
    s->pos = (size_t)pos;
    Object *d = TUPLE_GET(state, 3);
    if (d == OBJ_NONE) RETURN_NONE;
    if (!s->base.dict && !(s->base.dict = Dict_New())) return NULL;
    if (Dict_Update(s->base.dict, d) < 0) return NULL;
    RETURN_NONE;
}

static const MethodDef stringio_methods[] = {
    {"__getstate__", stringio_getstate, 0, ARGS("($self, /)", NULL)},
    {"__setstate__", stringio_setstate, 0, ARGS("($self, state, /)", NULL)},
    {"close", stringio_close, 0, ARGS("($self, /)", "Close the IO object.")},
    {"getvalue", stringio_getvalue, 0, ARGS("($self, /)", "Retrieve the entire contents of the object.")},
    {"read", stringio_read, 0, ARGS("($self, size=-1, /)", "Read at most size characters, returned as a string.")},
    {"readline", stringio_readline, 0, ARGS("($self, size=-1, /)", "Read until newline or EOF.")},
    {"tell", stringio_tell, 0, ARGS("($self, /)", "Tell the current file position.")},
    {"truncate", stringio_truncate, 0, ARGS("($self, pos=None, /)", "Truncate size to pos.")},
    {"seek", stringio_seek, 0, ARGS("($self, pos, whence=0, /)", "Change stream position.")},
    {"write", stringio_write, 0, ARGS("($self, s, /)", "Write string to file.")},
    {"seekable", stringio_true, 0, ARGS("($self, /)", "Returns True if the IO object can be seeked.")},
    {"readable", stringio_true, 0, ARGS("($self, /)", "Returns True if the IO object can be read.")},
    {"writable", stringio_true, 0, ARGS("($self, /)", "Returns True if the IO object can be written.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef stringio_getset[] = {
    {"closed", stringio_closed, NULL, NULL},
    {"newlines", stringio_newlines, NULL, NULL},
    {"line_buffering", stringio_line_buffering, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type StringIO_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io.StringIO",
    .basicsize = sizeof(StringIO),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .doc = "Text I/O implementation using an in-memory buffer.\n\nThe initial_value argument sets the value of "
           "object.  The newline\nargument is like the one of TextIOWrapper's constructor.",
    .args = ARGS("(initial_value='', newline='\\n')", NULL),
    .base = &TextIOBase_Type,
    .dealloc = stringio_dealloc,
    .traverse = IOBase_TraverseBase,
    .clear = stringio_clear,
    .iternext = stringio_iternext,
    .methods = stringio_methods,
    .getset = stringio_getset,
    .dictoffset = offsetof(IOBase, dict),
    .new_ = stringio_new,
    .init = stringio_init,
};
