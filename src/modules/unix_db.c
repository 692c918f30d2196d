/* Shared by pwd and grp (see unix_db.h). */
#include "modules/unix_db.h"
#include "abstract.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/err.h"
#include <stdlib.h>
#include <string.h>

int UnixDb_Id(Object *o, const char *what, uint32_t *out) {
    Object *i = Int_Check(o) ? NEWREF(o) : Obj_Index(o);
    if (!i) {
        Err_Clear();
        Err_Format(Exc_TypeError, "%s should be integer, not %s", what, TYPE_NAME(o));
        return -1;
    }
    int64_t v;
    bool fits = Int_AsI64(i, &v) == 0;
    bool negative = Int_Sign(i) < 0;
    DECREF(i);
    if (!fits) {
        Err_Clear();
        Err_Format(Exc_OverflowError, "%s is %s", what, negative ? "less than minimum" : "greater than maximum");
        return -1;
    }
    if (v == -1) {
        *out = (uint32_t)-1;
        return 0;
    }
    /* CPython 3.14 words a value past the id type's range "less than
     * minimum" too, as long as it fits a C long */
    if (v < 0 || v > (int64_t)UINT32_MAX) {
        Err_Format(Exc_OverflowError, "%s is less than minimum", what);
        return -1;
    }
    *out = (uint32_t)v;
    return 0;
}

Object *UnixDb_IdObject(uint32_t id) { return Int_FromI64(id == (uint32_t)-1 ? -1 : (int64_t)id); }

Object *UnixDb_Str(const char *s) {
    if (!s) s = "";
    return Str_Decode(s, (ssize_t)strlen(s), "utf-8", "surrogateescape");
}

Object *UnixDb_Name(Object *name) {
    Object *b = Str_Encode(name, "utf-8", "surrogateescape");
    if (b && memchr(BYTES_DATA(b), 0, (size_t)BYTES_LEN(b))) {
        DECREF(b);
        Err_SetString(Exc_ValueError, "embedded null byte");
        return NULL;
    }
    return b;
}

char *UnixDb_Grow(char *buf, size_t *size) {
    size_t n = *size ? *size * 2 : 16384;
    char *p = n > (1u << 26) ? NULL : realloc(buf, n);
    if (!p) {
        free(buf);
        Err_NoMemory();
        return NULL;
    }
    *size = n;
    return p;
}
