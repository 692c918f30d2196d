/* input([prompt]), as CPython's: the prompt goes to sys.stdout and the
 * line comes from sys.stdin.readline(), whatever those are; but when they
 * are the process's own descriptors 0 and 1 and both are terminals, the
 * line is read as CPython reads it there without its readline module: the
 * prompt (encoded as sys.stdout encodes) goes to stderr, the line is read
 * from descriptor 0 itself and decoded as sys.stdin decodes. */
#include "modules/builtins_impl.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "runtime/audit.h"
#include "runtime/bytebuf.h"
#include "runtime/interp.h"
#include "runtime/signals.h"
#include <errno.h>
#include <string.h>
#include <unistd.h>

/* Borrowed sys.<name>, or RuntimeError "lost sys.<name>". */
static Object *input_stream(const char *name) {
    Object *f = Sys_GetObject(name);
    if (!f || f == OBJ_NONE) {
        Err_Format(Exc_RuntimeError, "lost sys.%s", name);
        return NULL;
    }
    return f;
}

static int call_flush(Object *f) {
    Object *r = Obj_CallMethodC(f, "flush", NULL, 0);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* f.fileno() is fd and a terminal; errors count as no. */
static bool is_terminal(Object *f, int fd) {
    Object *r = Obj_CallMethodC(f, "fileno", NULL, 0);
    int64_t v = -1;
    if (!r || Int_AsI64(r, &v) < 0) Err_Clear();
    XDECREF(r);
    return v == fd && isatty(fd) == 1;
}

/* f.encoding and f.errors as C strings kept by *keep (two owned str), or
 * false when they are not both str. */
static bool codec_of(Object *f, Object *keep[2], const char **encoding, const char **errors) {
    keep[0] = Obj_GetAttrC(f, "encoding");
    keep[1] = keep[0] ? Obj_GetAttrC(f, "errors") : NULL;
    if (!keep[1] || !Str_Check(keep[0]) || !Str_Check(keep[1])) {
        Err_Clear();
        return false;
    }
    *encoding = Str_AsUTF8(keep[0], NULL);
    *errors = Str_AsUTF8(keep[1], NULL);
    if (*encoding && *errors) return true;
    Err_Clear();
    return false;
}

/* One line from descriptor 0, read a byte at a time so nothing after it is
 * taken: up to and including "\n", empty at the end of the input.  -1 with
 * the exception a signal handler raised (KeyboardInterrupt) or an OSError. */
static int read_terminal_line(ByteBuf *line) {
    for (;;) {
        char c;
        ssize_t n = read(0, &c, 1);
        if (n == 1) {
            if (ByteBuf_AddByte(line, (uint8_t)c) < 0) return ByteBuf_RaiseNoMemory();
            if (c == '\n') return 0;
        } else if (n == 0) {
            return 0;
        } else if (errno != EINTR) {
            Err_FromErrno(Exc_OSError);
            return -1;
        } else if (Signals_Run() < 0) {
            return -1;
        }
    }
}

/* The terminal's way; the line (new str) or NULL with an error. */
static Object *input_from_terminal(Object *fin, Object *fout, Object *prompt, const char *in_enc,
                                   const char *in_err, const char *out_enc, const char *out_err) {
    if (call_flush(fout) < 0) Err_Clear();
    Object *shown = NULL;
    if (prompt) {
        Object *s = Obj_Str(prompt);
        shown = s ? Str_Encode(s, out_enc, out_err) : NULL;
        XDECREF(s);
        if (!shown) return NULL;
        if (memchr(BYTES_DATA(shown), 0, (size_t)BYTES_LEN(shown))) {
            Err_SetString(Exc_ValueError, "input: prompt string cannot contain null characters");
            DECREF(shown);
            return NULL;
        }
    }
    /* the prompt goes to the C library's stderr, beside sys.stderr */
    Out_Flush(&g_interp->out);
    if (shown) Out_Write(&g_interp->err, (const char *)BYTES_DATA(shown), (size_t)BYTES_LEN(shown));
    Out_Flush(&g_interp->err);
    XDECREF(shown);
    ByteBuf line = {0};
    Object *r = NULL;
    if (read_terminal_line(&line) == 0) {
        size_t n = line.len;
        if (n == 0) {
            Err_SetObject(Exc_EOFError, NULL); /* no message, unlike the other way */
        } else {
            if (line.data[n - 1] == '\n') n--;
            if (n && line.data[n - 1] == '\r') n--;
            r = Str_Decode(line.data, (ssize_t)n, in_enc, in_err);
        }
    }
    ByteBuf_Free(&line);
    return r;
}

/* The rest of the time: the prompt through sys.stdout, sys.stdin.readline(). */
static Object *input_from_streams(Object *fin, Object *fout, Object *prompt) {
    if (prompt) {
        Object *p = Obj_Str(prompt);
        if (!p) return NULL;
        int r = Sys_WriteObjToFile(fout, p);
        DECREF(p);
        if (r < 0) return NULL;
    }
    if (call_flush(fout) < 0) Err_Clear(); /* a stdout that cannot flush is passed over */
    Object *line = Obj_CallMethodC(fin, "readline", NULL, 0);
    if (!line) return NULL;
    /* a line of str or of bytes (as CPython's PyFile_GetLine takes it) */
    bool is_str = Str_Check(line);
    if (!is_str && !Bytes_Check(line)) {
        Err_SetString(Exc_TypeError, "object.readline() returned non-string");
        DECREF(line);
        return NULL;
    }
    ssize_t n = is_str ? STR_LEN(line) : BYTES_LEN(line);
    if (n == 0) {
        Err_SetString(Exc_EOFError, "EOF when reading a line");
        DECREF(line);
        return NULL;
    }
    if (is_str && STR_CHAR(line, n - 1) == '\n') SETREF(line, Str_Substring(line, 0, n - 1));
    else if (!is_str && BYTES_DATA(line)[n - 1] == '\n') SETREF(line, Bytes_From(BYTES_DATA(line), n - 1));
    return line;
}

Object *Builtin_Input(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *fin = input_stream("stdin");
    if (!fin) return NULL;
    Object *fout = input_stream("stdout");
    if (!fout) return NULL;
    Object *ferr = input_stream("stderr");
    if (!ferr) return NULL;
    Object *prompt = nargs == 1 ? args[0] : NULL, *line;
    Object *shown = prompt ? prompt : OBJ_NONE;
    if (Audit_EventArgs("builtins.input", 1, &shown) < 0) return NULL;
    INCREF(fin);
    INCREF(fout);
    if (call_flush(ferr) < 0) Err_Clear(); /* CPython ignores a failing stderr flush here */
    Object *in_codec[2] = {NULL, NULL}, *out_codec[2] = {NULL, NULL};
    const char *in_enc, *in_err, *out_enc, *out_err;
    if (is_terminal(fin, 0) && is_terminal(fout, 1) && codec_of(fin, in_codec, &in_enc, &in_err) &&
        codec_of(fout, out_codec, &out_enc, &out_err))
    {
        line = input_from_terminal(fin, fout, prompt, in_enc, in_err, out_enc, out_err);
        if (line && Audit_EventArgs("builtins.input/result", 1, &line) < 0) CLEAR(line);
    } else
        line = input_from_streams(fin, fout, prompt);
    for (int i = 0; i < 2; i++) {
        XDECREF(in_codec[i]);
        XDECREF(out_codec[i]);
    }
    DECREF(fin);
    DECREF(fout);
    return line;
}
