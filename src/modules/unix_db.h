/* What pwd and grp share: user and group ids and names converted as
 * CPython converts them for the C library's databases. */
#ifndef CIPY_UNIX_DB_H
#define CIPY_UNIX_DB_H
#include "object.h"
#include <sys/types.h>

/* An id argument (what: "uid" or "gid") as CPython's converter reads it:
 * any int or __index__ object, -1 allowed; TypeError "uid should be
 * integer, not str", OverflowError "uid is less than minimum" / "... is
 * greater than maximum" (as CPython 3.14 words them).  -1 on error. */
int UnixDb_Id(Object *o, const char *what, uint32_t *out);
/* An id as an int: (uid_t)-1 is -1. */
Object *UnixDb_IdObject(uint32_t id);
/* A C string of the databases as str (the file system encoding, UTF-8 with
 * surrogateescape); NULL with an exception. */
Object *UnixDb_Str(const char *s);
/* A name argument as new bytes (the file system encoding); ValueError
 * "embedded null byte".  NULL with an exception. */
Object *UnixDb_Name(Object *name);
/* A buffer for the reentrant lookups (getpwnam_r, ...), grown on ERANGE:
 * *size is updated.  NULL with MemoryError. */
char *UnixDb_Grow(char *buf, size_t *size);
#endif
