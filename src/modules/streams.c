/* The standard streams sys.stdin, sys.stdout and sys.stderr, built as
 * CPython builds them: an _io.TextIOWrapper over an _io.BufferedReader or
 * BufferedWriter over an _io.FileIO of descriptor 0, 1 or 2 that does not
 * close it, named '<stdin>', '<stdout>', '<stderr>'.  With -u the text
 * layer of stdout and stderr writes through to the FileIO itself.
 *
 * stdout and stderr are bound to the interpreter's output streams
 * (runtime/out.c, see TextIO_BindOut): what they hold waits there, beside
 * the tracebacks and other internal output, and print() reaches them
 * without a method call. */
#include "abstract.h"
#include "modules/_io.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include <string.h>

static const char *const stream_names[3] = {"<stdin>", "<stdout>", "<stderr>"};

/* FileIO(fd, 'rb' or 'wb', closefd=False) named as the stream. */
static Object *make_raw(int fd) {
    Object *mode = Str_FromUTF8(fd ? "wb" : "rb", 2);
    Object *args[3] = {SMALL_FROM(fd), mode, OBJ_FALSE};
    Object *raw = mode ? Obj_Call((Object *)&FileIO_Type, args, 3, NULL) : NULL;
    XDECREF(mode);
    Object *name = raw ? Str_FromUTF8(stream_names[fd], -1) : NULL;
    if (!name || Obj_SetAttr(raw, ID(name), name) < 0) CLEAR(raw);
    XDECREF(name);
    return raw;
}

/* The text stream of fd over its buffer (stolen): encoding and errors
 * (borrowed str), newline "\n", the buffering flags; `mode` in its
 * __dict__ as CPython puts it there. */
static Object *make_text(int fd, Object *buffer, Object *encoding, Object *errors, bool line_buffering,
                         bool write_through) {
    Object *newline = Str_FromUTF8("\n", 1);
    Object *args[6] = {buffer, encoding, errors, newline, Bool_From(line_buffering), Bool_From(write_through)};
    Object *text = newline ? Obj_Call((Object *)&TextIOWrapper_Type, args, 6, NULL) : NULL;
    XDECREF(newline);
    DECREF(buffer);
    Object *mode = text ? Str_FromUTF8(fd ? "w" : "r", 1) : NULL;
    if (!mode || Obj_SetAttr(text, ID(mode), mode) < 0) CLEAR(text);
    XDECREF(mode);
    return text;
}

/* One standard stream, as the interpreter's output settings (-u, line
 * buffering) and the given encoding and errors ask. */
static Object *make_stream(int fd, Object *encoding, Object *errors) {
    OutStream *o = Out_OfFd(fd);
    /* -u (stdout's setting) makes every text layer write through, stdin's too */
    OutStream *out = Out_OfFd(1);
    bool unbuffered = out && out->unbuffered;
    Object *raw = make_raw(fd);
    if (!raw) return NULL;
    Object *buffer = raw;
    if (!unbuffered || fd == 0) {
        buffer = Obj_Call((Object *)(fd ? &BufferedWriter_Type : &BufferedReader_Type), &raw, 1, NULL);
        DECREF(raw);
        if (!buffer) return NULL;
        if (o) Buffered_BindOut(buffer, o);
    }
    Object *text = make_text(fd, buffer, encoding, errors, !unbuffered && o && o->line_buffered, unbuffered);
    if (text && o) TextIO_BindOut(text, o);
    return text;
}

static const char *const sys_names[3][2] = {{"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};

/* The encoding's name as CPython shows it: the codec's own ('iso8859-1'
 * for 'latin1').  -2 with LookupError for a codec cipy lacks. */
static int codec_name(const char *encoding, Object **name) {
    const char *codec = Str_CodecName(encoding ? encoding : "utf-8");
    if (!codec) {
        Err_Format(Exc_LookupError, "unknown encoding: %s", encoding);
        return -2;
    }
    return (*name = Str_FromUTF8(codec, -1)) ? 0 : -1;
}

int Streams_Install(Object *sysdict, const char *encoding, const char *errors) {
    Object *enc;
    int r = codec_name(encoding, &enc);
    if (r < 0) return r;
    Object *err = Str_FromUTF8(errors ? errors : "strict", -1);
    Object *err2 = Str_FromUTF8("backslashreplace", -1);
    if (!err || !err2) r = -1;
    for (int fd = 0; fd < 3 && r == 0; fd++) {
        Object *s = make_stream(fd, enc, fd == 2 ? err2 : err);
        if (!s || Dict_SetStr(sysdict, sys_names[fd][0], s) < 0 || Dict_SetStr(sysdict, sys_names[fd][1], s) < 0)
            r = -1;
        XDECREF(s);
    }
    XDECREF(enc);
    XDECREF(err);
    XDECREF(err2);
    return r;
}

int Streams_SetEncoding(Object *sysdict, const char *encoding, const char *errors) {
    Object *enc;
    int r = codec_name(encoding, &enc);
    if (r < 0) return r;
    Object *err = errors ? Str_FromUTF8(errors, -1) : NULL;
    if (errors && !err) r = -1;
    for (int fd = 0; fd < 3 && r == 0; fd++) {
        Object *s = Dict_GetStr(sysdict, sys_names[fd][1]);
        if (s && Type_IsSubtype(TYPE(s), &TextIOWrapper_Type) && TextIO_SetCodec(s, enc, fd == 2 ? NULL : err) < 0)
            r = -1;
    }
    XDECREF(enc);
    XDECREF(err);
    return r;
}

/* Sys_WriteToFile's and Sys_WriteObjToFile's way for any file (and the
 * cases TextIO_WriteBound leaves): file.write(str), str made from data when
 * NULL. */
int Sys_CallWrite(Object *file, const char *data, ssize_t len, Object *str) {
    Object *made = NULL;
    if (!str) {
        if (!(str = made = Str_FromUTF8(data, len))) return -1;
    }
    Object *res = Obj_CallMethodC(file, "write", &str, 1);
    XDECREF(made);
    if (!res) return -1;
    DECREF(res);
    return 0;
}

/* The flush of sys.stdout or sys.stderr at exit, whatever they hold: none
 * for None or a file whose `closed` is true (one whose `closed` cannot be
 * read counts as open, as in CPython). */
int Sys_FlushStdStream(Object *file) {
    if (file == OBJ_NONE) return 0;
    Object *c = Obj_GetAttr(file, ID(closed));
    int closed = c ? Obj_IsTrue(c) : 0;
    XDECREF(c);
    Err_Clear();
    if (closed > 0) {
        TextIO_DiscardBound(file);
        return 0;
    }
    Object *r = Obj_CallMethodC(file, "flush", NULL, 0);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

int Sys_WriteStdout(const char *data, size_t len) {
    Object *f = Sys_GetObjectKey(ID(stdout));
    if (!f) {
        Err_SetString(Exc_RuntimeError, "lost sys.stdout");
        return -1;
    }
    if (f == OBJ_NONE) return 0;
    INCREF(f);
    int r = Sys_WriteToFile(f, data, (ssize_t)len);
    DECREF(f);
    return r;
}
