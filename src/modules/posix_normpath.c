/* posix._path_normpath: posixpath.normpath in C, as CPython has it: the
 * hot path of code that builds paths. */
#include "abstract.h"
#include "modules/posix.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <stdlib.h>

/* The characters of a str or bytes path, read one at a time. */
typedef struct PathChars {
    Object *s;
    bool is_bytes;
    ssize_t n;
} PathChars;

static inline uint32_t at(const PathChars *p, ssize_t i) {
    return p->is_bytes ? BYTES_DATA(p->s)[i] : STR_CHAR(p->s, i);
}

static bool is_dotdot(const PathChars *p, ssize_t start, ssize_t len) {
    return len == 2 && at(p, start) == '.' && at(p, start + 1) == '.';
}

/* The result from the root's length and the kept components. */
static Object *assemble(const PathChars *p, ssize_t root, const ssize_t *start, const ssize_t *len, ssize_t count) {
    ssize_t total = root;
    for (ssize_t k = 0; k < count; k++) total += len[k] + (k > 0);
    if (total == 0) return p->is_bytes ? Bytes_From(".", 1) : Str_FromUTF8(".", 1);
    uint32_t *out = malloc((size_t)total * sizeof *out);
    if (!out) return Err_NoMemory();
    ssize_t o = 0;
    for (ssize_t i = 0; i < root; i++) out[o++] = '/';
    for (ssize_t k = 0; k < count; k++) {
        if (k > 0) out[o++] = '/';
        for (ssize_t i = 0; i < len[k]; i++) out[o++] = at(p, start[k] + i);
    }
    Object *r;
    if (p->is_bytes) {
        r = Bytes_From(NULL, total);
        for (ssize_t i = 0; r && i < total; i++) BYTES_DATA(r)[i] = (uint8_t)out[i];
    } else {
        r = Str_FromUCS4(out, total);
    }
    free(out);
    return r;
}

/* Drops empty and "." components, and each ".." with what precedes it
 * where there is something to drop; keeps a root of one slash, or of
 * exactly two (POSIX leaves "//" to the implementation). */
static Object *normpath(const PathChars *p) {
    ssize_t n = p->n, root = 0;
    if (n > 0 && at(p, 0) == '/') root = n > 1 && at(p, 1) == '/' && !(n > 2 && at(p, 2) == '/') ? 2 : 1;
    ssize_t cap = n / 2 + 1, count = 0;
    ssize_t *start = malloc((size_t)cap * sizeof *start), *len = malloc((size_t)cap * sizeof *len);
    if (!start || !len) {
        free(start);
        free(len);
        return Err_NoMemory();
    }
    for (ssize_t i = root; i < n;) {
        while (i < n && at(p, i) == '/') i++;
        ssize_t j = i;
        while (j < n && at(p, j) != '/') j++;
        ssize_t l = j - i;
        if (l > 0 && !(l == 1 && at(p, i) == '.')) {
            if (!is_dotdot(p, i, l) || (!root && !count) || (count && is_dotdot(p, start[count - 1], len[count - 1]))) {
                start[count] = i;
                len[count++] = l;
            } else if (count) {
                count--;
            }
        }
        i = j;
    }
    Object *r = assemble(p, root, start, len, count);
    free(start);
    free(len);
    return r;
}

static Object *posix__path_normpath(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *o = args[0], *s;
    if (Str_Check(o) || Bytes_Check(o)) {
        s = NEWREF(o);
    } else {
        bool found;
        s = Obj_CallSpecial(o, ID(__fspath__), NULL, 0, &found);
        if (!found) {
            if (!Err_Occurred())
                Err_Format(Exc_TypeError, "_path_normpath: path should be string, bytes or os.PathLike, not %s",
                           TYPE_NAME(o));
            return NULL;
        }
        if (s && !Str_Check(s) && !Bytes_Check(s)) {
            Err_Format(Exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s", TYPE_NAME(o),
                       TYPE_NAME(s));
            CLEAR(s);
        }
        if (!s) return NULL;
    }
    PathChars p = {s, Bytes_Check(s), Bytes_Check(s) ? BYTES_LEN(s) : STR_LEN(s)};
    Object *r = normpath(&p);
    DECREF(s);
    return r;
}

const MethodDef PosixNormpath_Functions[] = {
    {"_path_normpath", posix__path_normpath, 0,
     ARGS("($module, /, path)", "Normalize path, eliminating double slashes, etc.")},
    {NULL, NULL, 0, NULL},
};
