/* Traceback objects (one entry per frame an exception passed through) and the
 * source-line cache the formatter reads.  The text itself: tb_format.c. */
#include "runtime/traceback.h"
#include "abstract.h"
#include "frame.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/frameobj.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the traceback type ---------------------------------------------------- */

static void tb_dealloc(Object *o) {
    Traceback *tb = (Traceback *)o;
    /* unlink iteratively so long chains do not recurse deeply */
    Traceback *next = tb->next;
    tb->next = NULL;
    CLEAR(tb->code);
    CLEAR(tb->frame);
    CLEAR(tb->hint_names);
    Obj_Free(o);
    while (next && !IS_SMALL((Object *)next) && next->ob.refcnt == 1) {
        Traceback *n2 = next->next;
        next->next = NULL;
        DECREF((Object *)next);
        next = n2;
    }
    if (next) DECREF((Object *)next);
}

static Object *tb_get_next(Object *o) {
    Traceback *tb = (Traceback *)o;
    return NEWREF(tb->next ? (Object *)tb->next : OBJ_NONE);
}

static int tb_set_next(Object *o, Object *v) {
    if (!v) {
        Err_SetString(Exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == OBJ_NONE) v = NULL;
    else if (TYPE(v) != &Traceback_Type) {
        Err_Format(Exc_TypeError, "expected traceback object or None, got '%s'", TYPE_NAME(v));
        return -1;
    }
    for (Traceback *t = (Traceback *)v; t; t = t->next) {
        if (t == (Traceback *)o) {
            Err_SetString(Exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    Object *old = (Object *)((Traceback *)o)->next;
    ((Traceback *)o)->next = (Traceback *)XNEWREF(v);
    XDECREF(old);
    return 0;
}

static Object *tb_get_lineno(Object *o) {
    int line = ((Traceback *)o)->lineno;
    return line < 0 ? NEWREF(OBJ_NONE) : Int_FromI64(line);
}

/* Byte offsets, as CPython counts; a negative one (a traceback made with
 * -1: no instruction) shows as -1. */
static Object *tb_get_lasti(Object *o) {
    int lasti = ((Traceback *)o)->lasti;
    return Int_FromI64(lasti < 0 ? -1 : 2 * (int64_t)lasti);
}

static Object *tb_get_frame(Object *o) {
    Object *frame = ((Traceback *)o)->frame;
    return NEWREF(frame ? frame : OBJ_NONE);
}

/* A traceback keeps its frames, and their variables, alive: it takes part
 * in cycles such as a frame holding the exception it caught. */
static int tb_traverse(Object *o, VisitFn visit, void *arg) {
    Traceback *tb = (Traceback *)o;
    if (tb->next && visit((Object *)tb->next, arg)) return 1;
    if (tb->frame && visit(tb->frame, arg)) return 1;
    return 0;
}

static int tb_clear(Object *o) {
    Traceback *tb = (Traceback *)o;
    CLEAR(tb->next);
    CLEAR(tb->frame);
    return 0;
}

static const GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno): an entry
 * made by hand (libraries that rewrite tracebacks).  tb_lasti is a byte
 * offset into the frame's code; the formatter takes positions from it and
 * copes with one outside the code. */
static Object *tb_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[4];
    if (Arg_Unpack(Traceback_Type.args, "traceback", args, nargs, kwnames, a) < 0) return NULL;
    Object *next = a[0], *frame = a[1];
    if (next != OBJ_NONE && TYPE(next) != &Traceback_Type) {
        Err_Format(Exc_TypeError, "expected traceback object or None, got '%s'", TYPE_NAME(next));
        return NULL;
    }
    if (TYPE(frame) != &Frame_Type) {
        Err_Format(Exc_TypeError, "traceback() argument 'tb_frame' must be frame, not %s", TYPE_NAME(frame));
        return NULL;
    }
    int lasti, lineno;
    if (Arg_AsCInt(a[2], &lasti) < 0 || Arg_AsCInt(a[3], &lineno) < 0) return NULL;
    Traceback *tb = (Traceback *)Obj_Alloc(&Traceback_Type, sizeof(Traceback));
    if (!tb) return NULL;
    tb->next = next == OBJ_NONE ? NULL : (Traceback *)NEWREF(next);
    tb->code = (Code *)NEWREF((Object *)((FrameObject *)frame)->code);
    tb->frame = NEWREF(frame);
    tb->lasti = lasti < 0 ? -1 : lasti / 2;
    tb->lineno = lineno;
    return (Object *)tb;
}

Type Traceback_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "traceback",
    .new_ = tb_new,
    .args = ARGS("(tb_next, tb_frame, tb_lasti, tb_lineno)", "Create a new traceback object."),
    .basicsize = sizeof(Traceback),
    .flags = TPFLAG_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getset = tb_getset,
};

/* ---- capturing frame names for the hints ----------------------------------- */

/* Names of the bound variables of f, in the order frame.f_locals lists them. */
static int add_frame_locals(Frame *f, Object *list) {
    Code *co = f->code;
    if (f->locals) {
        if (!Dict_Check(f->locals)) return 0;
        ssize_t pos = 0;
        Object *k, *v;
        while (Dict_Next(f->locals, &pos, &k, &v))
            if (Str_Check(k) && List_Append(list, k) < 0) return -1;
        return 0;
    }
    const uint8_t *kinds = BYTES_DATA(co->localspluskinds);
    for (int i = 0; i < co->nlocalsplus; i++) {
        if (kinds[i] & CO_FAST_HIDDEN) continue;
        Object *v = f->localsplus[i];
        if (v && (kinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) && TYPE(v) == &Cell_Type)
            v = ((Cell *)v)->ref;
        if (v && List_Append(list, TUPLE_GET(co->localsplusnames, i)) < 0) return -1;
    }
    return 0;
}

static int add_dict_keys(Object *d, Object *list) {
    if (!d || !Dict_Check(d)) return 0;
    ssize_t pos = 0;
    Object *k, *v;
    while (Dict_Next(d, &pos, &k, &v))
        if (Str_Check(k) && List_Append(list, k) < 0) return -1;
    return 0;
}

/* The frame's `self` (borrowed) or NULL. */
static Object *frame_self(Frame *f) {
    if (f->locals) {
        if (!Dict_Check(f->locals)) return NULL;
        Object *v = Dict_GetStr(f->locals, "self");
        if (!v) Err_Clear();
        return v;
    }
    Code *co = f->code;
    const uint8_t *kinds = BYTES_DATA(co->localspluskinds);
    for (int i = 0; i < co->nlocalsplus; i++) {
        if (kinds[i] & CO_FAST_HIDDEN) continue;
        if (!Str_EqC(TUPLE_GET(co->localsplusnames, i), "self")) continue;
        Object *v = f->localsplus[i];
        if (v && (kinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) && TYPE(v) == &Cell_Type)
            v = ((Cell *)v)->ref;
        return v;
    }
    return NULL;
}

static void capture_hints(Traceback *tb, Object *exc, Frame *f) {
    Object *saved = Err_Fetch();
    if (Type_IsSubtype(TYPE(exc), Exc_NameError)) {
        Object *name = ((NameErrorExc *)exc)->name;
        if (!name || !Str_Check(name)) goto done;
        Object *list = List_New(0);
        if (!list) goto done;
        if (add_frame_locals(f, list) < 0 || add_dict_keys(f->globals, list) < 0 ||
            add_dict_keys(f->builtins, list) < 0) {
            DECREF(list);
            goto done;
        }
        tb->hint_names = list;
        Object *self = frame_self(f);
        if (self) {
            Object *v;
            int r = Obj_LookupAttr(self, name, &v);
            if (r > 0) { DECREF(v); tb->self_has_name = true; }
        }
    } else if (Type_IsSubtype(TYPE(exc), Exc_AttributeError)) {
        Object *obj = ((AttributeErrorExc *)exc)->obj;
        Object *self = frame_self(f);
        tb->self_is_obj = self && obj && self == obj;
    }
done:
    Err_Restore(saved);
}

int Tb_Add(Object *exc, Code *code, int i) {
    if (!Exc_Check(exc)) return 0;
    Traceback *tb = (Traceback *)Obj_Alloc(&Traceback_Type, sizeof(Traceback));
    if (!tb) return -1;
    BaseExc *e = (BaseExc *)exc;
    tb->code = (Code *)NEWREF((Object *)code);
    tb->lasti = i;
    tb->lineno = Code_Line(code, i);
    tb->next = (Traceback *)e->traceback;   /* takes over the exception's reference */
    e->traceback = (Object *)tb;
    Frame *f = g_interp ? g_interp->frame : NULL;
    if (f && f->code == code) {
        /* the exception being raised stays current even if this fails */
        Object *raising = Err_Fetch();
        tb->frame = FrameObj_Get(f);
        if (!tb->frame) Err_Clear();
        Err_Restore(raising);
        if (!tb->next) capture_hints(tb, exc, f);
    }
    return 0;
}

/* ---- source lines ------------------------------------------------------------ */

typedef struct SourceFile {
    struct SourceFile *next;
    char *name;
    char **lines;     /* without their line endings */
    int nlines;       /* -1: the file could not be read */
} SourceFile;

/* Files read so far, kept for the life of the process and shared by every
 * interpreter (as CPython's linecache, a file is read once). */
static SourceFile *source_cache;
static pthread_mutex_t source_lock = PTHREAD_MUTEX_INITIALIZER;

static void load_source(SourceFile *sf) {
    sf->nlines = -1;
    ByteBuf file = {0};
    /* a file that fails part way (a directory) counts as what was read */
    if (ByteBuf_ReadFile(&file, sf->name) < 0 && (file.failed || !file.data)) {
        ByteBuf_Free(&file);
        return;
    }
    char *data = file.data;
    size_t len = file.len;
    /* universal newlines: \n, \r\n and \r all end a line */
    int nl = 0, lcap = 64;
    char **lines = malloc(sizeof(char *) * (size_t)lcap);
    size_t start = 0;
    if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) start = 3;   /* BOM */
    for (size_t p = start; lines && p <= len;) {
        size_t q = p;
        while (q < len && data[q] != '\n' && data[q] != '\r') q++;
        if (q == len && q == p) break;
        if (nl == lcap) {
            char **l2 = realloc(lines, sizeof(char *) * (size_t)(lcap *= 2));
            if (!l2) break;
            lines = l2;
        }
        char *s = malloc(q - p + 1);
        if (!s) break;
        memcpy(s, data + p, q - p);
        s[q - p] = 0;
        lines[nl++] = s;
        if (q < len && data[q] == '\r' && q + 1 < len && data[q + 1] == '\n') q++;
        p = q + 1;
    }
    ByteBuf_Free(&file);
    if (!lines) return;
    sf->lines = lines;
    sf->nlines = nl;
}

/* The file's entry in source_cache, read now if it is not there (under
 * source_lock); NULL if out of memory. */
static SourceFile *source_file(const char *filename) {
    SourceFile *sf;
    for (sf = source_cache; sf; sf = sf->next)
        if (strcmp(sf->name, filename) == 0) return sf;
    sf = calloc(1, sizeof *sf);
    if (!sf) return NULL;
    if (!(sf->name = strdup(filename))) { free(sf); return NULL; }
    load_source(sf);
    sf->next = source_cache;
    source_cache = sf;
    return sf;
}

char *Source_GetLine(const char *filename, int lineno) {
    if (!filename || !*filename || lineno < 1) return NULL;
    pthread_mutex_lock(&source_lock);
    SourceFile *sf = source_file(filename);
    char *line = sf && lineno <= sf->nlines ? strdup(sf->lines[lineno - 1]) : NULL;
    pthread_mutex_unlock(&source_lock);
    return line;
}
