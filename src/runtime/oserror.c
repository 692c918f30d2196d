/* OSError from errno (see oserror.h). */
#include "runtime/oserror.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/err.h"
#include <errno.h>
#include <string.h>

Object *Err_SetFromErrnoValue(int err, Object *filename) {
    Object *args[3] = {Int_FromI64(err), Str_FromUTF8(strerror(err), -1), filename};
    Object *exc = args[0] && args[1] ? Exc_New(Exc_OSError, args, filename ? 3 : 2) : NULL;
    XDECREF(args[0]);
    XDECREF(args[1]);
    if (exc) Err_SetRaised(exc);
    return NULL;
}

Object *Err_SetFromErrnoWithFilename(Object *filename) { return Err_SetFromErrnoValue(errno, filename); }
