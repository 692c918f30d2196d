/* _io.open (the built-in open), open_code and text_encoding: a FileIO,
 * wrapped in the buffered stream its mode asks for, wrapped in a
 * TextIOWrapper unless the mode is binary. */
#include "abstract.h"
#include "modules/_io.h"
#include "modules/_warnings.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/fspath.h"
#include "runtime/interp.h"
#include <string.h>

typedef struct OpenMode {
    bool creating, reading, writing, appending, updating, text, binary;
    char rawmode[4];
} OpenMode;

static int parse_mode(Object *mode, OpenMode *m) {
    memset(m, 0, sizeof *m);
    const char *s = Str_AsCString(mode);
    if (!s) return -1;
    bool seen[128] = {false};
    for (const char *c = s; *c; c++) {
        unsigned char ch = (unsigned char)*c;
        if (ch >= 128 || !strchr("xrwa+tb", ch) || seen[ch]) {
            Err_Format(Exc_ValueError, "invalid mode: %R", mode);
            return -1;
        }
        seen[ch] = true;
        switch (ch) {
        case 'x': m->creating = true; break;
        case 'r': m->reading = true; break;
        case 'w': m->writing = true; break;
        case 'a': m->appending = true; break;
        case '+': m->updating = true; break;
        case 't': m->text = true; break;
        case 'b': m->binary = true; break;
        }
    }
    char *r = m->rawmode;
    if (m->creating) *r++ = 'x';
    if (m->reading) *r++ = 'r';
    if (m->writing) *r++ = 'w';
    if (m->appending) *r++ = 'a';
    if (m->updating) *r++ = '+';
    *r = '\0';
    if (m->text && m->binary) {
        Err_SetString(Exc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (m->creating + m->reading + m->writing + m->appending > 1) {
        Err_SetString(Exc_ValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    return 0;
}

static int str_or_none(Object *v, const char *what) {
    if (!v || v == OBJ_NONE || Str_Check(v)) return 0;
    Err_Format(Exc_TypeError, "open() argument '%s' must be str or None, not %s", what, TYPE_NAME(v));
    return -1;
}

/* Closes what was opened before a later step failed, keeping that
 * step's error (with the close's chained to it). */
static void close_after_error(Object *f) {
    Object *exc = Err_Fetch();
    Object *r = Obj_CallMethodC(f, "close", NULL, 0);
    if (r) {
        DECREF(r);
    } else {
        Object *e2 = Err_Fetch();
        Exc_SetContext(e2, exc);
        exc = e2;
    }
    Err_Restore(exc);
}

static bool given(Object *v) { return v && v != OBJ_NONE; }

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 *      newline=None, closefd=True, opener=None) */
static Object *io_open(Object *module, Object *const *args, size_t nargs, Object *kwnames) {
    Object *file = args[0], *mode = nargs > 1 && args[1] ? args[1] : NULL;
    Object *buffering_arg = nargs > 2 ? args[2] : NULL, *encoding = nargs > 3 ? args[3] : NULL;
    Object *errors = nargs > 4 ? args[4] : NULL, *newline = nargs > 5 ? args[5] : NULL;
    Object *closefd = nargs > 6 ? args[6] : NULL, *opener = nargs > 7 ? args[7] : NULL;
    if (mode && !Str_Check(mode)) {
        Err_Format(Exc_TypeError, "open() argument 'mode' must be str, not %s",
                   IO_ARG_TYPE_NAME(mode));
        return NULL;
    }
    if (str_or_none(encoding, "encoding") < 0 || str_or_none(errors, "errors") < 0 ||
        str_or_none(newline, "newline") < 0)
        return NULL;
    ssize_t buffering = -1;
    if (buffering_arg && (buffering = Int_AsSsize(buffering_arg)) == -1 && Err_Occurred()) return NULL;
    Object *modeobj = mode ? NEWREF(mode) : Str_FromUTF8("r", -1);
    if (!modeobj) return NULL;
    OpenMode m;
    Object *raw = NULL, *buffer = NULL, *result = NULL;
    if (parse_mode(modeobj, &m) < 0) goto done;
    if (m.binary) {
        const char *which = given(encoding) ? "an encoding" : given(errors) ? "an errors" : given(newline) ? "a newline" : NULL;
        if (which) {
            Err_Format(Exc_ValueError, "binary mode doesn't take %s argument", which);
            goto done;
        }
    }
    if (m.binary && buffering == 1 &&
        Warn_Format(Exc_RuntimeWarning, 1,
                    "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used") < 0)
        goto done;
    Object *path = file;
    if (!Int_Check(file)) {
        if (!(path = Path_FSPath(file))) {
            if (!Err_Matches(Exc_TypeError)) goto done;
            Err_Clear(); /* FileIO words the error */
            path = NEWREF(file);
        }
    } else {
        INCREF(path);
    }
    Object *rawmode = Str_FromUTF8(m.rawmode, -1);
    if (!rawmode) {
        DECREF(path);
        goto done;
    }
    Object *fargs[4] = {path, rawmode, closefd ? closefd : OBJ_TRUE, opener ? opener : OBJ_NONE};
    raw = Obj_Call((Object *)&FileIO_Type, fargs, 4, NULL);
    DECREF(path);
    DECREF(rawmode);
    if (!raw) goto done;
    bool line_buffering = false;
    if (buffering < 0) {
        Object *tty = Obj_CallMethodC(raw, "isatty", NULL, 0);
        int t = tty ? Obj_IsTrue(tty) : -1;
        XDECREF(tty);
        if (t < 0) goto fail;
        if (t) line_buffering = true;
    }
    if (buffering == 1) line_buffering = true;
    if (buffering == 1 || buffering < 0) {
        Object *bs = Obj_GetAttrC(raw, "_blksize");
        if (!bs) goto fail;
        buffering = Int_AsSsize(bs);
        DECREF(bs);
        if (buffering == -1 && Err_Occurred()) goto fail;
        /* The device's block size, within [DEFAULT_BUFFER_SIZE, 8 MiB]:
         * fewer system calls for the many small writes of text files. */
        if (buffering > IO_MAX_BLOCK_BUFFER) buffering = IO_MAX_BLOCK_BUFFER;
        if (buffering < IO_DEFAULT_BUFFER_SIZE) buffering = IO_DEFAULT_BUFFER_SIZE;
    }
    if (buffering == 0) {
        if (!m.binary) {
            Err_SetString(Exc_ValueError, "can't have unbuffered text I/O");
            goto fail;
        }
        result = raw;
        raw = NULL;
        goto done;
    }
    Type *btype = m.updating ? &BufferedRandom_Type
                  : m.creating || m.writing || m.appending ? &BufferedWriter_Type
                  : m.reading ? &BufferedReader_Type : NULL;
    if (!btype) {
        Err_Format(Exc_ValueError, "unknown mode: %R", modeobj);
        goto fail;
    }
    Object *size = Int_FromI64(buffering);
    if (!size) goto fail;
    buffer = Obj_Call((Object *)btype, (Object *[]){raw, size}, 2, NULL);
    DECREF(size);
    if (!buffer) goto fail;
    CLEAR(raw);
    if (m.binary) {
        result = buffer;
        buffer = NULL;
        goto done;
    }
    Object *targs[5] = {buffer, encoding ? encoding : OBJ_NONE, errors ? errors : OBJ_NONE,
                        newline ? newline : OBJ_NONE, Bool_From(line_buffering)};
    Object *wrapper = Obj_Call((Object *)&TextIOWrapper_Type, targs, 5, NULL);
    if (!wrapper) goto fail;
    CLEAR(buffer);
    if (Obj_SetAttrC(wrapper, "mode", modeobj) < 0) {
        close_after_error(wrapper);
        DECREF(wrapper);
        goto done;
    }
    result = wrapper;
    goto done;
fail:
    close_after_error(buffer ? buffer : raw);
done:
    XDECREF(raw);
    XDECREF(buffer);
    DECREF(modeobj);
    return result;
}

/* open_code(path): the file opened for reading as bytes. */
static Object *io_open_code(Object *module, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "open_code() argument 'path' must be str, not %s", IO_ARG_TYPE_NAME(args[0]));
        return NULL;
    }
    Object *mode = Str_FromUTF8("rb", -1);
    if (!mode) return NULL;
    Object *r = io_open(module, (Object *[]){args[0], mode}, 2, NULL);
    DECREF(mode);
    return r;
}

/* text_encoding(encoding, stacklevel=2, /): the encoding as it is, or for
 * None the default one, with an EncodingWarning for the caller's caller
 * (stacklevel counts from the caller of text_encoding) when asked for. */
static Object *io_text_encoding(Object *module, Object *const *args, size_t nargs, Object *kwnames) {
    if (args[0] != OBJ_NONE) return NEWREF(args[0]);
    int stacklevel = 2;
    if (nargs > 1 && Arg_AsCInt(args[1], &stacklevel) < 0) return NULL;
    if (Io_WarnDefaultEncoding(stacklevel) < 0) return NULL;
    return Io_DefaultEncodingName();
}

const MethodDef Io_Functions[] = {
    {"open", io_open, 0,
     ARGS("($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, "
          "opener=None)",
          "Open file and return a stream.  Raise OSError upon failure.")},
    {"open_code", io_open_code, 0,
     ARGS("($module, /, path)", "Opens the provided file with the intent to import the contents.")},
    {"text_encoding", io_text_encoding, 0,
     ARGS("($module, encoding, stacklevel=2, /)", "A helper function to choose the text encoding.")},
    {NULL, NULL, 0, NULL},
};

Object *Io_NewOpen(void) {
    Object *f = BuiltinFunction_New(&Io_Functions[0], NULL);
    if (f) ((BuiltinFunction *)f)->module = NEWREF(Str_InternC("_io"));
    return f;
}

/* builtins.open when it is still the one start-up made, else a new one. */
static Object *builtins_open(void) {
    Object *f = g_interp->builtins ? Dict_GetStr(g_interp->builtins, "open") : NULL;
    if (f && TYPE(f) == &BuiltinFunction_Type && ((BuiltinFunction *)f)->def == &Io_Functions[0]) return NEWREF(f);
    return Io_NewOpen();
}

int Io_AddFunctions(Object *m) {
    if (Module_AddFunctions(m, Io_Functions + 1) < 0) return -1;
    return Module_AddObjectSteal(m, "open", builtins_open());
}
