/* The operations that search a whole string again and again: findall,
 * split and sub with a replacement template.  Each search after an empty
 * match may not find an empty match at the same place (CPython's rule
 * since 3.7: PCRE2_NOTEMPTY_ATSTART). */
#include "modules/re/engine.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/mem.h"

/* The subject and a spans buffer for one operation; -1 after raising. */
static int begin(Engine *e, Object *string, Subject *s, ssize_t **spans) {
    *spans = Engine_NewSpans(e);
    if (!*spans) return -1;
    if (Engine_TakeSubject(e, string, s) < 0) {
        Mem_Free(*spans);
        return -1;
    }
    return 0;
}

static void end(Subject *s, ssize_t *spans) {
    Engine_GiveSubject(s);
    Mem_Free(spans);
}

/* Group g of a match, or empty (default_none: None) when it did not take part. */
static Object *group(Engine *e, Subject *s, const ssize_t *spans, int g, bool default_none) {
    if (spans[2 * g] < 0) return default_none ? NEWREF(OBJ_NONE) : Engine_Slice(e, s, 0, 0);
    return Engine_Slice(e, s, spans[2 * g], spans[2 * g + 1]);
}

/* What findall lists for one match. */
static Object *findall_item(Engine *e, Subject *s, const ssize_t *spans) {
    if (e->groups == 0) return group(e, s, spans, 0, false);
    if (e->groups == 1) return group(e, s, spans, 1, false);
    Object *t = Tuple_New(e->groups);
    for (int g = 1; t && g <= e->groups; g++) {
        Object *v = group(e, s, spans, g, false);
        if (!v) {
            DECREF(t);
            return NULL;
        }
        TUPLE_ITEMS(t)[g - 1] = v;
    }
    return t;
}

Object *Engine_FindAll(Engine *e, Object *string, ssize_t pos, ssize_t endpos) {
    Subject s;
    ssize_t *spans;
    if (begin(e, string, &s, &spans) < 0) return NULL;
    Object *list = List_New(0);
    int mode = 0;
    while (list) {
        int r = Engine_Exec(e, &s, pos, endpos, mode, spans);
        if (r <= 0) {
            if (r < 0) CLEAR(list);
            break;
        }
        if (List_AppendSteal(list, findall_item(e, &s, spans)) < 0) CLEAR(list);
        mode = spans[0] == spans[1] ? 4 : 0;
        pos = spans[1];
    }
    end(&s, spans);
    return list;
}

Object *Engine_Split(Engine *e, Object *string, ssize_t maxsplit) {
    Subject s;
    ssize_t *spans;
    if (begin(e, string, &s, &spans) < 0) return NULL;
    Object *list = List_New(0);
    ssize_t last = 0, pos = 0, n = 0;
    int mode = 0;
    while (list && (maxsplit == 0 || n < maxsplit)) {
        int r = Engine_Exec(e, &s, pos, s.len, mode, spans);
        if (r <= 0) {
            if (r < 0) CLEAR(list);
            break;
        }
        if (List_AppendSteal(list, Engine_Slice(e, &s, last, spans[0])) < 0) CLEAR(list);
        for (int g = 1; list && g <= e->groups; g++)
            if (List_AppendSteal(list, group(e, &s, spans, g, true)) < 0) CLEAR(list);
        last = pos = spans[1];
        mode = spans[0] == spans[1] ? 4 : 0;
        n++;
    }
    if (list && List_AppendSteal(list, Engine_Slice(e, &s, last, s.len)) < 0) CLEAR(list);
    end(&s, spans);
    return list;
}

/* The result of a substitution, built as str or bytes. */
typedef struct Out {
    bool bytes;
    ssize_t pieces;  /* the pieces appended, numbered as str.join would number them */
    StrBuilder sb;
    ByteBuf bb;
} Out;

/* Appends a str or bytes piece (matching the subject's kind). */
static int out_piece(Out *o, Object *piece) {
    if (o->bytes ? !Bytes_Check(piece) : !Str_Check(piece)) {
        Err_Format(Exc_TypeError, o->bytes ? "sequence item %zd: expected a bytes-like object, %s found"
                                           : "sequence item %zd: expected str instance, %s found",
                   o->pieces, TYPE_NAME(piece));
        return -1;
    }
    o->pieces++;
    if (!o->bytes) return SB_AppendStr(&o->sb, piece);
    const uint8_t *d;
    ssize_t n;
    Bytes_GetBuffer(piece, &d, &n);
    return ByteBuf_Put(&o->bb, d, (size_t)n);
}

/* Appends subject[a:b]. */
static int out_slice(Out *o, Engine *e, Subject *s, ssize_t a, ssize_t b) {
    if (a >= b) return 0;
    o->pieces++;
    if (!o->bytes) return SB_AppendSubstr(&o->sb, s->obj, a, b);
    const uint8_t *d;
    ssize_t n;
    Bytes_GetBuffer(s->obj, &d, &n);  /* fetched again: a bytearray may have moved */
    if (b > n) b = n;
    return a < b ? ByteBuf_Put(&o->bb, d + a, (size_t)(b - a)) : 0;
}

/* template: a list of literal pieces (str or bytes) and group numbers. */
Object *Engine_SubTemplate(Engine *e, Object *string, Object *template, ssize_t count) {
    if (!List_Check(template)) {
        Err_Format(Exc_TypeError, "template must be a list");
        return NULL;
    }
    Subject s;
    ssize_t *spans;
    if (begin(e, string, &s, &spans) < 0) return NULL;
    Out o = {.bytes = e->bytes};
    SB_Init(&o.sb);
    ssize_t last = 0, pos = 0, n = 0;
    int mode = 0, err = 0;
    while (!err && (count == 0 || n < count)) {
        int r = Engine_Exec(e, &s, pos, s.len, mode, spans);
        if (r <= 0) {
            err = r < 0;
            break;
        }
        err = out_slice(&o, e, &s, last, spans[0]);
        for (ssize_t k = 0; !err && k < LIST_LEN(template); k++) {
            Object *piece = LIST_ITEMS(template)[k];
            if (Int_Check(piece)) {
                ssize_t g = Int_AsSsize(piece);
                if (g < 0 || g > e->groups) {
                    Err_Format(Exc_IndexError, "invalid group reference %zd", g);
                    err = 1;
                } else if (spans[2 * g] >= 0) {
                    err = out_slice(&o, e, &s, spans[2 * g], spans[2 * g + 1]);
                }
            } else {
                err = out_piece(&o, piece);
            }
        }
        last = pos = spans[1];
        mode = spans[0] == spans[1] ? 4 : 0;
        n++;
    }
    if (!err) err = out_slice(&o, e, &s, last, s.len);
    Object *result = NULL;
    if (!err && n == 0 && (Str_CheckExact(string) || TYPE(string) == &Bytes_Type)) {
        result = NEWREF(string);
        SB_Discard(&o.sb);
        ByteBuf_Free(&o.bb);
    } else if (!err && !o.bytes) {
        result = SB_Finish(&o.sb);
    } else {
        SB_Discard(&o.sb);
        if (!err) result = Bytes_From(o.bb.data ? o.bb.data : "", (ssize_t)o.bb.len);
        ByteBuf_Free(&o.bb);
    }
    end(&s, spans);
    if (!result) return NULL;
    Object *nobj = Int_FromI64(n);
    Object *t = nobj ? Tuple_Pack(2, result, nobj) : NULL;
    DECREF(result);
    XDECREF(nobj);
    return t;
}
