/* posix: path, descriptor and flag arguments, and the OSError of a failed
 * call, as CPython's posixmodule converts and reports them. */
#include "abstract.h"
#include "modules/posix.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/fspath.h"
#include "runtime/signals.h"
#include <fcntl.h>
#include <limits.h>
#include <string.h>

int Posix_CheckSignals(void) { return Signals_Run(); }

static void path_type_error(const PathArg *p, Object *o) {
    const char *kinds = p->allow_fd ? (p->nullable ? "string, bytes, os.PathLike, integer or None"
                                                    : "string, bytes, os.PathLike or integer")
                                    : (p->nullable ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike");
    Err_Format(Exc_TypeError, "%s: %s should be %s, not %s", p->func, p->argname, kinds, TYPE_NAME(o));
}

/* The descriptor of a path argument: "fd is greater than maximum". */
static int path_fd(Object *o, int *out) {
    Object *i = Obj_Index(o);
    if (!i) return -1;
    int64_t v;
    int r = Int_AsI64(i, &v);
    if (r < 0 && Err_Matches(Exc_OverflowError)) {
        Err_Clear();
        v = Int_Sign(i) < 0 ? INT64_MIN : INT64_MAX;
        r = 0;
    }
    DECREF(i);
    if (r < 0) return -1;
    if (v > INT_MAX || v < INT_MIN) {
        Err_SetString(Exc_OverflowError, v > 0 ? "fd is greater than maximum" : "fd is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

int Path_Convert(Object *o, PathArg *p) {
    p->object = p->bytes = NULL;
    p->narrow = NULL;
    p->fd = -1;
    p->is_bytes = false;
    if (!o || o == OBJ_NONE) {
        if (p->nullable) return 0;
        path_type_error(p, o ? o : OBJ_NONE);
        return -1;
    }
    if (p->allow_fd && !Str_Check(o) && !Bytes_Check(o) && Index_Check(o)) {
        if (path_fd(o, &p->fd) < 0) return -1;
        p->object = NEWREF(o);
        return 0;
    }
    Object *s;
    if (Str_Check(o) || Bytes_Check(o)) {
        s = NEWREF(o);
    } else {
        bool found;
        s = Obj_CallSpecial(o, ID(__fspath__), NULL, 0, &found);
        if (!found) {
            if (!Err_Occurred()) path_type_error(p, o);
            return -1;
        }
        if (!s) return -1;
        if (!Str_Check(s) && !Bytes_Check(s)) {
            Err_Format(Exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s", TYPE_NAME(o),
                       TYPE_NAME(s));
            DECREF(s);
            return -1;
        }
    }
    p->object = s;
    if (Bytes_Check(s)) {
        p->is_bytes = true;
        p->bytes = NEWREF(s);
    } else {
        p->bytes = Str_Encode(s, "utf-8", "surrogateescape");
        if (!p->bytes) return -1;
    }
    p->narrow = (const char *)BYTES_DATA(p->bytes);
    if ((ssize_t)strlen(p->narrow) != BYTES_LEN(p->bytes)) {
        Err_Format(Exc_ValueError, "%s: embedded null character in %s", p->func, p->argname);
        return -1;
    }
    return 0;
}

int Path_ConvertFS(Object *o, PathArg *p) {
    if (!Str_Check(o) && !Bytes_Check(o)) {
        Object *s = Path_FSPath(o);
        if (!s) return -1;
        DECREF(s);
    }
    if (Path_Convert(o, p) < 0) {
        if (Err_Matches(Exc_ValueError)) {
            Err_Clear();
            Err_SetString(Exc_ValueError, "embedded null byte");
        }
        return -1;
    }
    return 0;
}

void Path_Release(PathArg *p) {
    CLEAR(p->object);
    CLEAR(p->bytes);
    p->narrow = NULL;
}

Object *Posix_DecodeFS(const char *s, ssize_t len) {
    return Str_FromUTF8Escaped(s, len);
}

Object *Path_Name(const PathArg *p, const char *name, ssize_t len) {
    if (len < 0) len = (ssize_t)strlen(name);
    return p && p->is_bytes ? Bytes_From(name, len) : Posix_DecodeFS(name, len);
}

Object *Path_Error(const PathArg *p) { return Path_Error2(p, NULL); }

Object *Path_Error2(const PathArg *p, const PathArg *p2) {
    if (Err_Occurred()) return NULL;   /* a signal handler raised during the retries */
    return Err_FromErrnoWithFilenames(p ? p->object : NULL, p2 ? p2->object : NULL);
}

Object *Posix_Error(void) {
    if (Err_Occurred()) return NULL;
    return Err_FromErrno(Exc_OSError);
}

int Posix_DirFd(Object *o, int *out) {
    *out = AT_FDCWD;
    if (!o || o == OBJ_NONE) return 0;
    if (!Index_Check(o)) {
        Err_Format(Exc_TypeError, "argument should be integer or None, not %s", TYPE_NAME(o));
        return -1;
    }
    return path_fd(o, out);
}

int Posix_I64(Object *o, int64_t *out) {
    Object *i = Obj_Index(o);
    if (!i) return -1;
    int r = Int_AsI64(i, out);
    DECREF(i);
    return r;
}

int Posix_Int(Object *o, int *out) { return Arg_AsCInt(o, out); }

int Posix_Fd(Object *o, int *out) { return Posix_Int(o, out); }

/* A uid or gid argument; -1 leaves it unchanged. */
int Posix_Id(Object *o, const char *what, unsigned *out) {
    if (!Index_Check(o)) {
        Err_Format(Exc_TypeError, "%s should be integer, not %s", what, TYPE_NAME(o));
        return -1;
    }
    int64_t v;
    if (Posix_I64(o, &v) < 0) return -1;
    if (v < -1 || v > (int64_t)UINT_MAX - 1) {
        Err_Format(Exc_OverflowError, v < 0 ? "%s is less than minimum" : "%s is greater than maximum", what);
        return -1;
    }
    *out = (unsigned)v;
    return 0;
}


int Posix_Bool(Object *o, bool dflt) {
    if (!o) return dflt;
    return Obj_IsTrue(o);
}
