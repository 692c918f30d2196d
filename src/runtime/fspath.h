/* File system paths as the operating system takes them (os.fspath and
 * the file system encoding: UTF-8 with surrogateescape). */
#ifndef CIPY_FSPATH_H
#define CIPY_FSPATH_H
#include "object.h"

/* os.fspath(p): p itself when a str or bytes, else p.__fspath__() checked
 * to be one.  A new reference, or NULL with CPython's TypeError. */
Object *Path_FSPath(Object *p);
/* The bytes of a path (a str, bytes or os.PathLike) for the system: a
 * new bytes object, or NULL with TypeError, or ValueError "embedded null
 * byte". */
Object *Path_EncodeFS(Object *p);
#endif
