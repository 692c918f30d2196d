/* The _struct module: Struct objects (a compiled format, _struct_layout.c),
 * their unpack iterator, the module functions that compile a format once
 * and keep it in a small cache, and struct.error.
 *
 * The cache and the error class belong to the interpreter (Interp's
 * struct_cache and struct_error), since the types here are shared by all
 * interpreters. */
#include "modules/_struct.h"
#include "abstract.h"
#include "class.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include <stdlib.h>

/* Formats the module functions remember before the cache starts over. */
#define CACHE_LIMIT 100

typedef struct StructObject {
    Object ob;
    StructLayout *lay; /* one reference; NULL until __init__ ran */
    Object *format;    /* str, owned; NULL until __init__ ran */
} StructObject;

typedef struct UnpackIter {
    Object ob;
    StructLayout *lay; /* a reference, taken when the iterator is made */
    BufferView view;   /* a counted export of the buffer, held while iterating */
    ssize_t pos;       /* offset of the next item; view.len when done */
} UnpackIter;

Type Struct_Type, UnpackIter_Type;

Object *Struct_Error(void) {
    return g_interp->struct_error ? g_interp->struct_error : (Object *)Exc_Exception;
}

/* s's layout, borrowed: for uses that run no Python code. */
static const StructLayout *struct_layout(StructObject *s) {
    if (!s->lay) Err_SetString(Exc_RuntimeError, "Struct object is not initialized");
    return s->lay;
}

/* s's layout as a new reference, for uses during which Python code may
 * run (and call s.__init__); NULL with RuntimeError when not initialized. */
static StructLayout *struct_layout_ref(StructObject *s) {
    return struct_layout(s) ? StructLayout_Ref(s->lay) : NULL;
}

/* ---- making Struct objects -------------------------------------------------------- */

/* The ASCII text of a format (str or bytes), borrowed from fmt. */
static int format_text(Object *fmt, const char **text, size_t *len) {
    if (Bytes_Check(fmt)) {
        *text = (const char *)BYTES_DATA(fmt);
        *len = (size_t)BYTES_LEN(fmt);
        for (size_t i = 0; i < *len; i++)
            if ((*text)[i] & 0x80) { /* CPython reads bytes as UTF-8 with surrogateescape, then wants ASCII */
                Object *str = Str_Decode(*text, (ssize_t)*len, "utf-8", "surrogateescape");
                if (!str) return -1;
                int r = format_text(str, text, len);
                DECREF(str);
                return r;
            }
        return 0;
    }
    if (!Str_Check(fmt)) {
        Err_Format(Exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s", TYPE_NAME(fmt));
        return -1;
    }
    if (!((Str *)fmt)->ascii) { /* the ascii codec's UnicodeEncodeError */
        Object *b = Str_Encode(fmt, "ascii", "strict");
        XDECREF(b);
        if (b) Err_SetString(Exc_UnicodeError, "format is not ASCII");
        return -1;
    }
    *text = (const char *)STR_DATA(fmt);
    *len = (size_t)STR_LEN(fmt);
    return 0;
}

/* Compiles fmt into s (replacing what it held).  -1 on error. */
static int struct_set_format(StructObject *s, Object *fmt) {
    const char *text;
    size_t len;
    if (format_text(fmt, &text, &len) < 0) return -1;
    StructLayout *lay = StructLayout_Compile(text, len);
    if (!lay) return -1;
    /* the attribute is always a str (a valid format is ASCII) */
    Object *str = Str_Check(fmt) ? NEWREF(fmt) : Str_FromUTF8(text, (ssize_t)len);
    if (!str) {
        StructLayout_Unref(lay);
        return -1;
    }
    StructLayout_Unref(s->lay);
    s->lay = lay;
    SETREF(s->format, str);
    return 0;
}

static Object *struct_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_Alloc(t, (size_t)t->basicsize); /* __init__ gives it its format */
}

static int struct_init(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[1];
    if (Arg_Unpack(Struct_Type.args, "Struct", args, nargs, kwnames, a) < 0) return -1;
    return struct_set_format((StructObject *)o, a[0]);
}

static void struct_dealloc(Object *o) {
    Weak_ClearOnDealloc(o);
    StructObject *s = (StructObject *)o;
    StructLayout_Unref(s->lay);
    XDECREF(s->format);
    Obj_Free(o);
}

/* The Struct for fmt from the interpreter's cache, compiled on a miss (new
 * reference). */
static StructObject *struct_cached(Object *fmt) {
    Interp *in = g_interp;
    if (!in->struct_cache && !(in->struct_cache = Dict_New())) return NULL;
    Object *found;
    int r = Dict_Lookup(in->struct_cache, fmt, &found);
    if (r < 0) return NULL;
    if (r) return (StructObject *)NEWREF(found);
    StructObject *s = (StructObject *)struct_new(&Struct_Type, NULL, 0, NULL);
    if (!s) return NULL;
    if (struct_set_format(s, fmt) < 0) {
        DECREF((Object *)s);
        return NULL;
    }
    if (Dict_Len(in->struct_cache) >= CACHE_LIMIT) Dict_Clear(in->struct_cache);
    if (Dict_SetItem(in->struct_cache, fmt, (Object *)s) < 0) {
        DECREF((Object *)s);
        return NULL;
    }
    return s;
}

/* ---- packing ---------------------------------------------------------------------- */

static int check_count(const StructLayout *lay, const char *what, size_t nvalues) {
    if ((ssize_t)nvalues == lay->nvalues) return 0;
    Err_Format((Type *)Struct_Error(), "%s expected %zd items for packing (got %zd)", what, lay->nvalues,
               (ssize_t)nvalues);
    return -1;
}

static Object *struct_pack_layout(StructLayout *lay, Object *const *values, size_t n) {
    if (check_count(lay, "pack", n) < 0) return NULL;
    uint8_t small[256];
    if (lay->size <= (ssize_t)sizeof small) { /* also keeps clear of the shared one-byte bytes */
        if (StructLayout_Pack(lay, small, values) < 0) return NULL;
        return Bytes_From(small, lay->size);
    }
    Object *b = Bytes_From(NULL, lay->size);
    if (!b) return NULL;
    if (StructLayout_Pack(lay, BYTES_DATA(b), values) < 0) {
        DECREF(b);
        return NULL;
    }
    return b;
}

static Object *struct_pack_values(StructObject *s, Object *const *values, size_t n) {
    StructLayout *lay = struct_layout_ref(s);
    if (!lay) return NULL;
    Object *r = struct_pack_layout(lay, values, n);
    StructLayout_Unref(lay);
    return r;
}

/* Where a struct of size bytes goes in a buffer of len bytes at offset
 * (negative: from the end); -1 with CPython's message when it does not fit.
 * packing: pack_into's words, otherwise unpack_from's. */
static int place(ssize_t size, ssize_t len, ssize_t *offset, bool packing) {
    ssize_t off = *offset;
    if (off < 0) {
        if (off + len < 0) {
            Err_Format((Type *)Struct_Error(), "offset %zd out of range for %zd-byte buffer", off, len);
            return -1;
        }
        if (-off < size) {
            Err_Format((Type *)Struct_Error(), packing ? "no space to pack %zd bytes at offset %zd"
                                                       : "not enough data to unpack %zd bytes at offset %zd",
                       size, off);
            return -1;
        }
        *offset = off + len;
        return 0;
    }
    if (len - off < size) {
        Err_Format((Type *)Struct_Error(),
                   packing ? "pack_into requires a buffer of at least %zu bytes for packing %zd bytes at offset %zd "
                             "(actual buffer size is %zd)"
                           : "unpack_from requires a buffer of at least %zu bytes for unpacking %zd bytes at offset "
                             "%zd (actual buffer size is %zd)",
                   (size_t)size + (size_t)off, size, off, len);
        return -1;
    }
    return 0;
}

/* args: buffer, offset, the values. */
static Object *struct_pack_into_layout(StructLayout *lay, Object *const *args, size_t nargs) {
    if (nargs < 2) {
        Err_SetString((Type *)Struct_Error(),
                      nargs == 0 ? "pack_into expected buffer argument" : "pack_into expected offset argument");
        return NULL;
    }
    if (check_count(lay, "pack_into", nargs - 2) < 0) return NULL;
    BufferView view = {0};
    if (Buffer_Get(args[0], &view, BUFFER_WRITABLE) < 0) { /* whatever the reason, worded as CPython words it */
        Err_Clear();
        Err_Format(Exc_TypeError, "argument must be read-write bytes-like object, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    ssize_t off;
    int r = Index_AsSsize(args[1], Exc_IndexError, &off);
    if (r == 0) r = place(lay->size, view.len, &off, true);
    if (r == 0) r = StructLayout_Pack(lay, (uint8_t *)view.buf + off, args + 2);
    Buffer_Release(&view);
    if (r < 0) return NULL;
    RETURN_NONE;
}

static Object *struct_pack_into_args(StructObject *s, Object *const *args, size_t nargs) {
    StructLayout *lay = struct_layout_ref(s);
    if (!lay) return NULL;
    Object *r = struct_pack_into_layout(lay, args, nargs);
    StructLayout_Unref(lay);
    return r;
}

/* ---- unpacking -------------------------------------------------------------------- */

static Object *struct_unpack_buffer(StructObject *s, Object *buffer) {
    StructLayout *lay = struct_layout_ref(s); /* a class's __buffer__ may run __init__ */
    if (!lay) return NULL;
    const uint8_t *p;
    ssize_t n;
    BufferView hold;
    Object *r = NULL;
    if (Buffer_PeekArgHeld(buffer, &p, &n, &hold) == 0) {
        if (n != lay->size)
            Err_Format((Type *)Struct_Error(), "unpack requires a buffer of %zd bytes", lay->size);
        else
            r = StructLayout_Unpack(lay, p);
        Buffer_Release(&hold);
    }
    StructLayout_Unref(lay);
    return r;
}

/* offset_arg NULL: 0.  The buffer is read first, as CPython reads its
 * arguments, and stays exported while __index__ of the offset runs. */
static Object *struct_unpack_from_args(StructObject *s, Object *buffer, Object *offset_arg) {
    StructLayout *lay = struct_layout_ref(s);
    if (!lay) return NULL;
    BufferView view;
    Object *r = NULL;
    if (Buffer_Get(buffer, &view, BUFFER_SIMPLE) == 0) {
        ssize_t off = 0;
        if ((!offset_arg || Index_AsSsizeArg(offset_arg, &off) == 0) && place(lay->size, view.len, &off, false) == 0)
            r = StructLayout_Unpack(lay, (const uint8_t *)view.buf + off);
        Buffer_Release(&view);
    }
    StructLayout_Unref(lay);
    return r;
}

static Object *struct_iter_unpack_buffer(StructObject *s, Object *buffer) {
    if (!struct_layout(s)) return NULL;
    if (s->lay->size == 0) {
        Err_SetString((Type *)Struct_Error(), "cannot iteratively unpack with a struct of length 0");
        return NULL;
    }
    UnpackIter *it = (UnpackIter *)Obj_Alloc(&UnpackIter_Type, sizeof(UnpackIter));
    if (!it) return NULL;
    StructLayout *lay = it->lay = StructLayout_Ref(s->lay);
    if (Buffer_Get(buffer, &it->view, BUFFER_SIMPLE) < 0) {
        DECREF((Object *)it);
        return NULL;
    }
    if (it->view.len % lay->size) {
        Err_Format((Type *)Struct_Error(), "iterative unpacking requires a buffer of a multiple of %zd bytes",
                   lay->size);
        DECREF((Object *)it);
        return NULL;
    }
    return (Object *)it;
}

/* ---- Struct's methods and attributes ---------------------------------------------- */

static Object *struct_pack_m(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return struct_pack_values((StructObject *)self, args, nargs);
}
static Object *struct_pack_into_m(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return struct_pack_into_args((StructObject *)self, args, nargs);
}
static Object *struct_unpack_m(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return struct_unpack_buffer((StructObject *)self, args[0]);
}
static Object *struct_unpack_from_m(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return struct_unpack_from_args((StructObject *)self, args[0], args[1]);
}
static Object *struct_iter_unpack_m(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return struct_iter_unpack_buffer((StructObject *)self, args[0]);
}
static Object *struct_sizeof_m(Object *self, Object *const *args, size_t nargs, Object *kw) {
    StructObject *s = (StructObject *)self;
    size_t n = (size_t)TYPE(self)->basicsize;
    if (s->lay) n += sizeof(StructLayout) + s->lay->nruns * sizeof(StructRun);
    return Int_FromU64(n);
}

static Object *struct_get_format(Object *o) {
    StructObject *s = (StructObject *)o;
    return struct_layout(s) ? NEWREF(s->format) : NULL;
}

static Object *struct_get_size(Object *o) {
    StructObject *s = (StructObject *)o;
    return Int_FromI64(s->lay ? s->lay->size : -1);
}

static Object *struct_repr(Object *o) {
    StructObject *s = (StructObject *)o;
    if (!struct_layout(s)) return NULL;
    return Str_FromFormat("%U(%R)", TYPE(o)->name_obj, s->format);
}

static const MethodDef struct_methods[] = {
    {"pack", struct_pack_m, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, /, *args)",
            "S.pack(v1, v2, ...) -> bytes\n\n"
            "Return a bytes object containing values v1, v2, ... packed according\n"
            "to the format string S.format.  See help(struct) for more on format\n"
            "strings.")},
    {"pack_into", struct_pack_into_m, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, /, *args)",
            "S.pack_into(buffer, offset, v1, v2, ...)\n\n"
            "Pack the values v1, v2, ... according to the format string S.format\n"
            "and write the packed bytes into the writable buffer buf starting at\n"
            "offset.  Note that the offset is a required argument.  A negative\n"
            "offset counts from the end of the buffer.  See help(struct) for more\n"
            "on format strings.")},
    {"unpack", struct_unpack_m, 0,
     ARGS("($self, buffer, /)", "Return a tuple containing unpacked values.\n\n"
                                "Unpack according to the format string Struct.format. The buffer's size\n"
                                "in bytes must be Struct.size.\n\n"
                                "See help(struct) for more on format strings.")},
    {"unpack_from", struct_unpack_from_m, 0,
     ARGS("($self, /, buffer, offset=0)", "Return a tuple containing unpacked values.\n\n"
                                          "Values are unpacked according to the format string Struct.format.\n\n"
                                          "The buffer's size in bytes, starting at position offset, must be\n"
                                          "at least Struct.size.  A negative offset counts from the end of the\n"
                                          "buffer.\n\n"
                                          "See help(struct) for more on format strings.")},
    {"iter_unpack", struct_iter_unpack_m, 0,
     ARGS("($self, buffer, /)", "Return an iterator yielding tuples.\n\n"
                                "Tuples are unpacked from the given bytes source, like a repeated\n"
                                "invocation of unpack_from().\n\n"
                                "Requires that the bytes length be a multiple of the struct size.")},
    {"__sizeof__", struct_sizeof_m, 0, ARGS("($self, /)", "S.__sizeof__() -> size of S in memory, in bytes")},
    {NULL},
};

static const GetSetDef struct_getset[] = {
    {"format", struct_get_format, NULL, "struct format string"},
    {"size", struct_get_size, NULL, "struct size in bytes"},
    {NULL},
};

Type Struct_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_struct.Struct",
    .basicsize = sizeof(StructObject),
    .flags = TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .doc = "Struct(fmt) --> compiled struct object\n\n",
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(format)", NULL),
    .dealloc = struct_dealloc,
    .repr = struct_repr,
    .new_ = struct_new,
    .init = struct_init,
    .methods = struct_methods,
    .getset = struct_getset,
};

/* ---- the unpack iterator ---------------------------------------------------------- */

static void iter_dealloc(Object *o) {
    UnpackIter *it = (UnpackIter *)o;
    Buffer_Release(&it->view);
    StructLayout_Unref(it->lay);
    Obj_Free(o);
}

static Object *iter_next(Object *o) {
    UnpackIter *it = (UnpackIter *)o;
    if (!it->view.obj || it->pos >= it->view.len) return NULL;
    const StructLayout *lay = it->lay;
    Object *t = StructLayout_Unpack(lay, (const uint8_t *)it->view.buf + it->pos);
    it->pos += lay->size;
    if (it->pos >= it->view.len) Buffer_Release(&it->view); /* done: let the exporter go (pos stays) */
    return t;
}

static Object *iter_length_hint(Object *o, Object *const *args, size_t nargs, Object *kw) {
    UnpackIter *it = (UnpackIter *)o;
    if (!it->view.obj) return Int_FromI64(0);
    return Int_FromI64((it->view.len - it->pos) / it->lay->size);
}

static const MethodDef iter_methods[] = {
    {"__length_hint__", iter_length_hint, 0, ARGS("($self, /)", NULL)},
    {NULL},
};

Type UnpackIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_struct.unpack_iterator",
    .basicsize = sizeof(UnpackIter),
    .dealloc = iter_dealloc,
    .iter = Iter_Self,
    .iternext = iter_next,
    .methods = iter_methods,
};

/* ---- the module functions --------------------------------------------------------- */

/* The Struct of the format in args[0]; TypeError when there is none. */
static StructObject *format_arg(Object *const *args, size_t nargs) {
    if (nargs == 0) {
        Err_SetString(Exc_TypeError, "missing format argument");
        return NULL;
    }
    return struct_cached(args[0]);
}

static Object *mod_pack(Object *m, Object *const *args, size_t nargs, Object *kw) {
    StructObject *s = format_arg(args, nargs);
    if (!s) return NULL;
    Object *r = struct_pack_values(s, args + 1, nargs - 1);
    DECREF((Object *)s);
    return r;
}

static Object *mod_pack_into(Object *m, Object *const *args, size_t nargs, Object *kw) {
    StructObject *s = format_arg(args, nargs);
    if (!s) return NULL;
    Object *r = struct_pack_into_args(s, args + 1, nargs - 1);
    DECREF((Object *)s);
    return r;
}

static Object *mod_unpack(Object *m, Object *const *args, size_t nargs, Object *kw) {
    StructObject *s = struct_cached(args[0]);
    if (!s) return NULL;
    Object *r = struct_unpack_buffer(s, args[1]);
    DECREF((Object *)s);
    return r;
}

static Object *mod_unpack_from(Object *m, Object *const *args, size_t nargs, Object *kw) {
    StructObject *s = struct_cached(args[0]);
    if (!s) return NULL;
    Object *r = struct_unpack_from_args(s, args[1], args[2]);
    DECREF((Object *)s);
    return r;
}

static Object *mod_iter_unpack(Object *m, Object *const *args, size_t nargs, Object *kw) {
    StructObject *s = struct_cached(args[0]);
    if (!s) return NULL;
    Object *r = struct_iter_unpack_buffer(s, args[1]);
    DECREF((Object *)s);
    return r;
}

static Object *mod_calcsize(Object *m, Object *const *args, size_t nargs, Object *kw) {
    StructObject *s = struct_cached(args[0]);
    if (!s) return NULL;
    Object *r = Int_FromI64(s->lay->size);
    DECREF((Object *)s);
    return r;
}

static Object *mod_clearcache(Object *m, Object *const *args, size_t nargs, Object *kw) {
    if (g_interp->struct_cache) Dict_Clear(g_interp->struct_cache);
    RETURN_NONE;
}

static const MethodDef struct_functions[] = {
    {"_clearcache", mod_clearcache, 0, ARGS("($module, /)", "Clear the internal cache.")},
    {"calcsize", mod_calcsize, 0,
     ARGS("($module, format, /)", "Return size in bytes of the struct described by the format string.")},
    {"iter_unpack", mod_iter_unpack, 0,
     ARGS("($module, format, buffer, /)", "Return an iterator yielding tuples unpacked from the given bytes.\n\n"
                                          "The bytes are unpacked according to the format string, like\n"
                                          "a repeated invocation of unpack_from().\n\n"
                                          "Requires that the bytes length be a multiple of the format struct size.")},
    {"pack", mod_pack, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, /, *args)",
            "pack(format, v1, v2, ...) -> bytes\n\n"
            "Return a bytes object containing the values v1, v2, ... packed according\n"
            "to the format string.  See help(struct) for more on format strings.")},
    {"pack_into", mod_pack_into, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, /, *args)",
            "pack_into(format, buffer, offset, v1, v2, ...)\n\n"
            "Pack the values v1, v2, ... according to the format string and write\n"
            "the packed bytes into the writable buffer buf starting at offset.  Note\n"
            "that the offset is a required argument.  A negative offset counts from\n"
            "the end of the buffer.  See help(struct) for more on format strings.")},
    {"unpack", mod_unpack, 0,
     ARGS("($module, format, buffer, /)", "Return a tuple containing values unpacked according to the format string.\n\n"
                                          "The buffer's size in bytes must be calcsize(format).\n\n"
                                          "See help(struct) for more on format strings.")},
    {"unpack_from", mod_unpack_from, 0,
     ARGS("($module, format, /, buffer, offset=0)",
          "Return a tuple containing values unpacked according to the format string.\n\n"
          "The buffer's size, minus offset, must be at least calcsize(format).\n"
          "A negative offset counts from the end of the buffer.\n\n"
          "See help(struct) for more on format strings.")},
    {NULL},
};

static const char struct_doc[] =
    "Functions to convert between Python values and C structs.\n"
    "Python bytes objects are used to hold the data representing the C struct.\n"
    "The format string (explained below) describes the layout of data\n"
    "in the C struct.\n\n"
    "The optional first format char indicates byte order, size and alignment:\n"
    "  @: native order, size & alignment (default)\n"
    "  =: native order, std. size & alignment\n"
    "  <: little-endian, std. size & alignment\n"
    "  >: big-endian, std. size & alignment\n"
    "  !: same as >\n\n"
    "The remaining characters indicate types of args and must match exactly;\n"
    "these can be preceded by a decimal repeat count:\n"
    "  x: pad byte (no data); c: char; b: signed byte; B: unsigned byte;\n"
    "  ?: _Bool; h: short; H: unsigned short; i: int; I: unsigned int;\n"
    "  l: long; L: unsigned long; q: long long; Q: unsigned long long;\n"
    "  f: float; d: double; e: half-float;\n"
    "  F: float complex; D: double complex.\n"
    "Special cases (preceding decimal count indicates length):\n"
    "  s: byte string (array of char); p: Pascal string (with count byte).\n"
    "Special cases (only available in native format):\n"
    "  n: ssize_t; N: size_t;\n"
    "  P: an integer type that is wide enough to hold a pointer.\n"
    "Whitespace between formats is ignored.\n\n"
    "The variable struct.error is an exception raised on errors.\n";

/* struct.error: a class of its own in each interpreter (new reference). */
static Object *make_error_class(void) {
    Object *name = Str_FromUTF8("error", -1), *bases = Tuple_Pack(1, (Object *)Exc_Exception), *ns = Dict_New();
    Object *mod_name = Str_FromUTF8("struct", -1);
    Object *cls = name && bases && ns && mod_name && Dict_SetStr(ns, "__module__", mod_name) == 0
                      ? Class_New(&Type_Type, name, bases, ns)
                      : NULL;
    XDECREF(name);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod_name);
    return cls;
}

Type *const Struct_Types[] = {&Struct_Type, &UnpackIter_Type, NULL};

int Struct_Init(Object *module) {
    Object *error = make_error_class();
    if (!error) return -1;
    SETREF(g_interp->struct_error, NEWREF(error));
    CLEAR(g_interp->struct_cache);
    if (Module_AddObjectSteal(module, "error", error) < 0 ||
        Module_AddObjectSteal(module, "__doc__", Str_FromUTF8(struct_doc, -1)) < 0 ||
        Module_AddObject(module, "Struct", (Object *)&Struct_Type) < 0)
        return -1;
    return Module_AddFunctions(module, struct_functions);
}
