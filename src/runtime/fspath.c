/* os.fspath and the encoding of paths (see fspath.h). */
#include "runtime/fspath.h"
#include "abstract.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "runtime/err.h"
#include <string.h>

Object *Path_FSPath(Object *p) {
    if (Str_Check(p) || Bytes_Check(p)) return NEWREF(p);
    bool found;
    Object *r = Obj_CallSpecial(p, ID(__fspath__), NULL, 0, &found);
    if (!found) {
        if (!Err_Occurred())
            Err_Format(Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", TYPE_NAME(p));
        return NULL;
    }
    if (r && !Str_Check(r) && !Bytes_Check(r)) {
        Err_Format(Exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s", TYPE_NAME(p),
                   TYPE_NAME(r));
        CLEAR(r);
    }
    return r;
}

Object *Path_EncodeFS(Object *p) {
    Object *path = Path_FSPath(p);
    if (!path) return NULL;
    Object *b = Str_Check(path) ? Str_Encode(path, "utf-8", "surrogateescape") : NEWREF(path);
    DECREF(path);
    if (b && memchr(BYTES_DATA(b), 0, (size_t)BYTES_LEN(b))) {
        Err_SetString(Exc_ValueError, "embedded null byte");
        CLEAR(b);
    }
    return b;
}
