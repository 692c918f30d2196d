/* _io.BufferedRWPair: a BufferedReader and a BufferedWriter over two raw
 * streams (the two ends of a pipe, a socket's halves), used as one
 * stream that is not seekable. */
#include "abstract.h"
#include "modules/_io.h"
#include "objects/exc.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"

typedef struct RWPair {
    IOBase base;
    Object *reader, *writer; /* owned; NULL before __init__ */
} RWPair;

#define PAIR(o) ((RWPair *)(o))

static Object *rwpair_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_Alloc(t, (size_t)t->basicsize);
}

/* BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /) */
static int rwpair_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[3];
    if (Arg_Unpack(BufferedRWPair_Type.args, "BufferedRWPair", args, nargs, kwnames, a) < 0) return -1;
    Object *size = a[2] ? a[2] : IO_DEFAULT_BUFFER_OBJ;
    Object *reader = Obj_Call((Object *)&BufferedReader_Type, (Object *[]){a[0], size}, 2, NULL);
    if (!reader) return -1;
    Object *writer = Obj_Call((Object *)&BufferedWriter_Type, (Object *[]){a[1], size}, 2, NULL);
    if (!writer) {
        DECREF(reader);
        return -1;
    }
    SETREF(PAIR(self)->reader, reader);
    SETREF(PAIR(self)->writer, writer);
    return 0;
}

static void rwpair_dealloc(Object *self) {
    if (Io_Finalize(self)) return;
    Weak_ClearBuiltin(self);
    CLEAR(PAIR(self)->reader);
    CLEAR(PAIR(self)->writer);
    IOBase_ClearBase(self);
    Obj_Free(self);
}

static int rwpair_traverse(Object *self, VisitFn visit, void *arg) {
    if (PAIR(self)->reader && visit(PAIR(self)->reader, arg)) return 1;
    if (PAIR(self)->writer && visit(PAIR(self)->writer, arg)) return 1;
    return IOBase_TraverseBase(self, visit, arg);
}

static int rwpair_clear(Object *self) {
    CLEAR(PAIR(self)->reader);
    CLEAR(PAIR(self)->writer);
    IOBase_ClearBase(self);
    return 0;
}

/* The reader or writer, or ValueError before __init__ ran. */
static Object *half(Object *self, bool writer) {
    Object *h = writer ? PAIR(self)->writer : PAIR(self)->reader;
    if (!h) Err_SetString(Exc_ValueError, "I/O operation on uninitialized object");
    return h;
}

#define FORWARD(fn, name, to_writer)                                                        \
    static Object *fn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {   \
        Object *h = half(self, to_writer);                                                  \
        return h ? Obj_CallMethodC(h, name, args, nargs) : NULL;                           \
    }
FORWARD(rwpair_read, "read", false)
FORWARD(rwpair_peek, "peek", false)
FORWARD(rwpair_read1, "read1", false)
FORWARD(rwpair_readinto, "readinto", false)
FORWARD(rwpair_readinto1, "readinto1", false)
FORWARD(rwpair_readable, "readable", false)
FORWARD(rwpair_write, "write", true)
FORWARD(rwpair_flush, "flush", true)
FORWARD(rwpair_writable, "writable", true)

static Object *rwpair_isatty(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *w = half(self, true);
    Object *r = w ? Obj_CallMethodC(w, "isatty", NULL, 0) : NULL;
    if (!r || r != OBJ_FALSE) return r;
    return Obj_CallMethodC(PAIR(self)->reader, "isatty", NULL, 0);
}

/* close(): the writer, then the reader; an error of the second is chained
 * to the first's. */
static Object *rwpair_close(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *w = half(self, true);
    if (!w) return NULL;
    Object *r = Obj_CallMethodC(w, "close", NULL, 0);
    Object *first = r ? NULL : Err_Fetch();
    XDECREF(r);
    r = Obj_CallMethodC(PAIR(self)->reader, "close", NULL, 0);
    if (!r) {
        if (first) {
            Object *e = Err_Fetch();
            Exc_SetContext(e, first);
            Err_Restore(e);
        }
        return NULL;
    }
    DECREF(r);
    if (first) {
        Err_Restore(first);
        return NULL;
    }
    RETURN_NONE;
}

static Object *rwpair_closed(Object *self) {
    Object *w = half(self, true);
    return w ? Obj_GetAttr(w, ID(closed)) : NULL;
}

static const MethodDef rwpair_methods[] = {
    {"read", rwpair_read, 0, ARGS("($self, size=-1, /)", NULL)},
    {"peek", rwpair_peek, 0, ARGS("($self, size=0, /)", NULL)},
    {"read1", rwpair_read1, 0, ARGS("($self, size=-1, /)", NULL)},
    {"readinto", rwpair_readinto, 0, ARGS("($self, buffer, /)", NULL)},
    {"readinto1", rwpair_readinto1, 0, ARGS("($self, buffer, /)", NULL)},
    {"write", rwpair_write, 0, ARGS("($self, buffer, /)", NULL)},
    {"flush", rwpair_flush, 0, ARGS("($self, /)", NULL)},
    {"readable", rwpair_readable, 0, ARGS("($self, /)", NULL)},
    {"writable", rwpair_writable, 0, ARGS("($self, /)", NULL)},
    {"close", rwpair_close, 0, ARGS("($self, /)", NULL)},
    {"isatty", rwpair_isatty, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef rwpair_getset[] = {
    {"closed", rwpair_closed, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type BufferedRWPair_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_io.BufferedRWPair",
    .basicsize = sizeof(RWPair),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .doc = "A buffered reader and writer object together.\n\nA buffered reader object and buffered writer object "
           "put together to\nform a sequential IO object that can read and write. This is typically\nused with a "
           "socket or two-way pipe.\n\nreader and writer are RawIOBase objects that are readable and\nwriteable "
           "respectively. If the buffer_size is omitted it defaults to\nDEFAULT_BUFFER_SIZE.",
    .args = ARGS("(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)", NULL),
    .base = &BufferedIOBase_Type,
    .dealloc = rwpair_dealloc,
    .traverse = rwpair_traverse,
    .clear = rwpair_clear,
    .methods = rwpair_methods,
    .getset = rwpair_getset,
    .dictoffset = offsetof(IOBase, dict),
    .new_ = rwpair_new,
    .init = rwpair_init,
};
