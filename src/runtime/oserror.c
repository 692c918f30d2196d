/* OSError from errno (see oserror.h). */
#include "runtime/oserror.h"
#include "runtime/err.h"
#include <errno.h>

Object *Err_SetFromErrnoValue(int err, Object *filename) { return Err_FromErrnoCode(err, filename, NULL); }

Object *Err_SetFromErrnoWithFilename(Object *filename) { return Err_FromErrnoCode(errno, filename, NULL); }
