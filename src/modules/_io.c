/* The _io module: its namespace, UnsupportedOperation, and the helpers the
 * _io_*.c files share (_io.h).  The classes live one concept per file:
 * _io_base.c (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase),
 * _io_fileio.c (FileIO), _io_bytesio.c (BytesIO). */
#include "modules/_io.h"
#include "abstract.h"
#include "class.h"
#include "modules/_warnings.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include <stdio.h>

/* sys.flags.<name> as a C int: 0 when sys.flags is missing or odd. */
static int sys_flag(const char *name) {
    Object *flags = Sys_GetObject("flags");
    Object *v = flags ? Obj_GetAttrC(flags, name) : NULL;
    int r = v ? Obj_IsTrue(v) : 0;
    XDECREF(v);
    if (r < 0 || !v) Err_Clear();
    return r > 0;
}

Object *Io_DefaultEncodingName(void) { return Str_FromUTF8(sys_flag("utf8_mode") ? "utf-8" : "locale", -1); }

int Io_WarnDefaultEncoding(int stacklevel) {
    if (!sys_flag("warn_default_encoding")) return 0;
    return Warn_Emit(Exc_EncodingWarning, "'encoding' argument not specified", stacklevel);
}

Object *Io_ClosedError(void) {
    Err_SetString(Exc_ValueError, "I/O operation on closed file.");
    return NULL;
}

/* The interpreter's io.UnsupportedOperation (borrowed), made with _io
 * (which builtins.open may be used without: imported then). */
static Object *unsupported_type(void) {
    Object *m = g_interp && g_interp->modules ? Dict_GetStr(g_interp->modules, "_io") : NULL;
    if (!m) {
        Object *imported = Import_ImportC("_io");
        if (imported) DECREF(imported); /* sys.modules holds it */
        else Err_Clear();
        m = g_interp && g_interp->modules ? Dict_GetStr(g_interp->modules, "_io") : NULL;
    }
    Object *d = m && TYPE(m) == &Module_Type ? MODULE_DICT(m) : NULL;
    Object *t = d ? Dict_GetStr(d, "UnsupportedOperation") : NULL;
    return t && Type_Check(t) ? t : (Object *)Exc_OSError;
}

Object *Io_Unsupported(const char *msg) {
    Object *s = Str_FromUTF8(msg, -1);
    if (!s) return NULL;
    Object *exc = Exc_New((Type *)unsupported_type(), &s, 1);
    DECREF(s);
    if (exc) Err_SetRaised(exc);
    return NULL;
}

int Io_CheckClosed(Object *self) {
    Object *c = Obj_GetAttr(self, ID(closed));
    if (!c) return -1;
    int r = Obj_IsTrue(c);
    DECREF(c);
    if (r > 0) Io_ClosedError();
    return r ? -1 : 0;
}

int Io_CheckAble(Object *self, const char *what) {
    char name[16];
    snprintf(name, sizeof name, "%sable", what);
    Object *r = Obj_CallMethodC(self, name, NULL, 0);
    if (!r) return -1;
    int t = Obj_IsTrue(r);
    DECREF(r);
    if (t > 0) return 0;
    if (t == 0) {
        char msg[64];
        snprintf(msg, sizeof msg, "File or stream is not %sable.", what);
        Io_Unsupported(msg);
    }
    return -1;
}

int Io_SizeArg(Object *arg, ssize_t *out) {
    if (!arg || arg == OBJ_NONE) {
        *out = -1;
        return 0;
    }
    if (!Int_Check(arg) && !TYPE(arg)->nb_index) {
        Err_Format(Exc_TypeError, "argument should be integer or None, not '%s'", TYPE_NAME(arg));
        return -1;
    }
    /* too large: CPython's "cannot fit 'int' into an index-sized integer" */
    return Index_AsSsize(arg, Exc_OverflowError, out) < 0 ? -1 : 0;
}

/* class UnsupportedOperation(OSError, ValueError), shown in module io. */
static Object *make_unsupported(void) {
    Object *name = Str_FromUTF8("UnsupportedOperation", -1);
    Object *bases = Tuple_Pack(2, (Object *)Exc_OSError, (Object *)Exc_ValueError);
    Object *ns = Dict_New();
    Object *mod = Str_FromUTF8("io", -1);
    Object *t = NULL;
    if (name && bases && ns && mod && Dict_SetStr(ns, "__module__", mod) == 0)
        t = Class_New(&Type_Type, name, bases, ns);
    XDECREF(name);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod);
    return t;
}

Type *const Io_Types[] = {
    &IOBase_Type, &RawIOBase_Type, &BufferedIOBase_Type, &TextIOBase_Type, &FileIO_Type, &BytesIO_Type, &BytesIOBuffer_Type,
    &StringIO_Type, &BufferedReader_Type, &BufferedWriter_Type, &BufferedRandom_Type, &BufferedRWPair_Type,
    &TextIOWrapper_Type, &IncrementalNewlineDecoder_Type, NULL,
};

int Io_Init(Object *m) {
    static const struct { const char *name; Type *type; } types[] = {
        {"_IOBase", &IOBase_Type},       {"_RawIOBase", &RawIOBase_Type},
        {"_BufferedIOBase", &BufferedIOBase_Type}, {"_TextIOBase", &TextIOBase_Type},
        {"FileIO", &FileIO_Type},        {"BytesIO", &BytesIO_Type},
        {"StringIO", &StringIO_Type},    {"BufferedReader", &BufferedReader_Type},
        {"BufferedWriter", &BufferedWriter_Type}, {"BufferedRandom", &BufferedRandom_Type},
        {"BufferedRWPair", &BufferedRWPair_Type}, {"TextIOWrapper", &TextIOWrapper_Type},
        {"IncrementalNewlineDecoder", &IncrementalNewlineDecoder_Type},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (Module_AddObject(m, types[i].name, (Object *)types[i].type) < 0) return -1;
    if (Io_AddFunctions(m) < 0) return -1;
    if (Module_AddObjectSteal(m, "DEFAULT_BUFFER_SIZE", IO_DEFAULT_BUFFER_OBJ) < 0) return -1;
    if (Module_AddObject(m, "BlockingIOError", (Object *)Exc_BlockingIOError) < 0) return -1;
    return Module_AddObjectSteal(m, "UnsupportedOperation", make_unsupported());
}
