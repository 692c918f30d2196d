/* _io.IncrementalNewlineDecoder: wraps an incremental decoder (or none: it
 * then takes str) and translates "\r\n" and "\r" into "\n" when asked,
 * keeping a "\r" at the end of an input back until it knows whether "\n"
 * follows, and recording the kinds of line endings seen.  TextIOWrapper
 * does the same work in C (_io_decoder.c). */
#include "abstract.h"
#include "modules/_io.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"

typedef struct NewlineDecoder {
    Object ob;
    Object *decoder;   /* owned: None or an incremental decoder; NULL before __init__ */
    Object *errors;    /* owned */
    bool translate, pendingcr;
    unsigned seennl;
} NewlineDecoder;

#define NLD(o) ((NewlineDecoder *)(o))

static Object *nld_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_Alloc(t, (size_t)t->basicsize);
}

/* IncrementalNewlineDecoder(decoder, translate, errors='strict') */
static int nld_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[3];
    if (Arg_Unpack(IncrementalNewlineDecoder_Type.args, "IncrementalNewlineDecoder", args, nargs, kwnames, a) < 0)
        return -1;
    int translate = Obj_IsTrue(a[1]);
    if (translate < 0) return -1;
    Object *errors = a[2] ? NEWREF(a[2]) : Str_FromUTF8("strict", -1);
    if (!errors) return -1;
    NewlineDecoder *d = NLD(self);
    SETREF(d->decoder, NEWREF(a[0]));
    SETREF(d->errors, errors);
    d->translate = translate;
    d->pendingcr = false;
    d->seennl = 0;
    return 0;
}

static void nld_dealloc(Object *self) {
    CLEAR(NLD(self)->decoder);
    CLEAR(NLD(self)->errors);
    Obj_Free(self);
}

static int nld_traverse(Object *self, VisitFn visit, void *arg) {
    if (NLD(self)->decoder && visit(NLD(self)->decoder, arg)) return 1;
    return NLD(self)->errors ? visit(NLD(self)->errors, arg) : 0;
}

static int nld_clear(Object *self) {
    CLEAR(NLD(self)->decoder);
    CLEAR(NLD(self)->errors);
    return 0;
}

static int check_init(NewlineDecoder *d) {
    if (d->decoder) return 0;
    Err_SetString(Exc_ValueError, "IncrementalNewlineDecoder.__init__() not called");
    return -1;
}

/* decode(input, final=False) */
static Object *nld_decode(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    NewlineDecoder *d = NLD(self);
    if (check_init(d) < 0) return NULL;
    int final = nargs > 1 && args[1] ? Obj_IsTrue(args[1]) : 0;
    if (final < 0) return NULL;
    Object *out;
    if (d->decoder == OBJ_NONE) {
        out = NEWREF(args[0]);
    } else {
        Object *fa[2] = {args[0], Bool_From(final)};
        out = Obj_CallMethodC(d->decoder, "decode", fa, 2);
        if (!out) return NULL;
    }
    if (!Str_Check(out)) {
        Err_Format(Exc_TypeError, "decoder should return a string result, not '%s'", TYPE_NAME(out));
        DECREF(out);
        return NULL;
    }
    return Newline_Decode(out, &d->pendingcr, &d->seennl, d->translate, final);
}

/* (buffer, flags) of the inner decoder, with the waiting "\r" as bit 0. */
static Object *nld_getstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    NewlineDecoder *d = NLD(self);
    if (check_init(d) < 0) return NULL;
    Object *buffer;
    uint64_t flag = 0;
    if (d->decoder != OBJ_NONE) {
        Object *st = Obj_CallMethodC(d->decoder, "getstate", NULL, 0);
        if (!st) return NULL;
        if (!Tuple_Check(st) || TUPLE_LEN(st) != 2 || !Int_Check(TUPLE_GET(st, 1))) {
            Err_SetString(Exc_TypeError, "illegal decoder state");
            DECREF(st);
            return NULL;
        }
        int64_t f;
        if (Int_AsI64(TUPLE_GET(st, 1), &f) < 0) {
            DECREF(st);
            return NULL;
        }
        buffer = NEWREF(TUPLE_GET(st, 0));
        DECREF(st);
        flag = (uint64_t)f << 1;
    } else {
        buffer = Bytes_From(NULL, 0);
        if (!buffer) return NULL;
    }
    flag |= d->pendingcr;
    Object *fo = Int_FromI64((int64_t)flag);
    Object *r = fo ? Tuple_Pack(2, buffer, fo) : NULL;
    XDECREF(fo);
    DECREF(buffer);
    return r;
}

static Object *nld_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    NewlineDecoder *d = NLD(self);
    if (check_init(d) < 0) return NULL;
    Object *st = args[0];
    if (!Tuple_Check(st)) {
        Err_SetString(Exc_TypeError, "state argument must be a tuple");
        return NULL;
    }
    if (TUPLE_LEN(st) != 2) {
        Err_Format(Exc_TypeError, "setstate expected 2 arguments, got %zd", TUPLE_LEN(st));
        return NULL;
    }
    int64_t flag;
    if (Int_AsI64(TUPLE_GET(st, 1), &flag) < 0) return NULL;
    d->pendingcr = flag & 1;
    if (d->decoder == OBJ_NONE) RETURN_NONE;
    Object *f = Int_FromI64(flag >> 1);
    Object *inner = f ? Tuple_Pack(2, TUPLE_GET(st, 0), f) : NULL;
    XDECREF(f);
    if (!inner) return NULL;
    Object *r = Obj_CallMethodC(d->decoder, "setstate", &inner, 1);
    DECREF(inner);
    if (!r) return NULL;
    DECREF(r);
    RETURN_NONE;
}

static Object *nld_reset(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    NewlineDecoder *d = NLD(self);
    if (check_init(d) < 0) return NULL;
    d->seennl = 0;
    d->pendingcr = false;
    if (d->decoder == OBJ_NONE) RETURN_NONE;
    return Obj_CallMethodC(d->decoder, "reset", NULL, 0);
}

static Object *nld_newlines(Object *self) {
    if (check_init(NLD(self)) < 0) return NULL;
    return Io_NewlinesObject(NLD(self)->seennl);
}

static const MethodDef nld_methods[] = {
    {"decode", nld_decode, 0, ARGS("($self, /, input, final=False)", NULL)},
    {"getstate", nld_getstate, 0, ARGS("($self, /)", NULL)},
    {"setstate", nld_setstate, 0, ARGS("($self, state, /)", NULL)},
    {"reset", nld_reset, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef nld_getset[] = {
    {"newlines", nld_newlines, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type IncrementalNewlineDecoder_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io.IncrementalNewlineDecoder",
    .basicsize = sizeof(NewlineDecoder),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = "Codec used when reading a file in universal newlines mode.\n\nIt wraps another incremental decoder, "
           "translating \\r\\n and \\r into \\n.\nIt also records the types of newlines encountered.  When used "
           "with\ntranslate=False, it ensures that the newline sequence is returned in\none piece. When used with "
           "decoder=None, it expects unicode strings as\ndecode input and translates newlines without first "
           "invoking an external\ndecoder.",
    .args = ARGS("(decoder, translate, errors='strict')", NULL),
    .dealloc = nld_dealloc,
    .traverse = nld_traverse,
    .clear = nld_clear,
    .methods = nld_methods,
    .getset = nld_getset,
    .new_ = nld_new,
    .init = nld_init,
};
