/* Raising OSError from errno, with the file names CPython shows. */
#ifndef CIPY_OSERROR_H
#define CIPY_OSERROR_H
#include "object.h"

/* Raises OSError(errno, strerror(errno), filename), which picks the
 * subclass for errno as CPython's does ("FileNotFoundError: [Errno 2] No
 * such file or directory: 'x'").  filename (borrowed) may be NULL: then
 * there is none.  Returns NULL. */
Object *Err_SetFromErrnoWithFilename(Object *filename);
/* The same with an errno given. */
Object *Err_SetFromErrnoValue(int err, Object *filename);
#endif
