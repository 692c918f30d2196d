/* Parts of the binascii module shared by its files (binascii.c, binascii_qp.c). */
#ifndef CIPY_BINASCII_H
#define CIPY_BINASCII_H
#include "object.h"
#include "runtime/bytebuf.h"

/* The memory of an a2b_* argument: a bytes-like object or an ASCII str
 * (borrowed).  -1 with CPython's ValueError or TypeError. */
int Binascii_Input(Object *o, const uint8_t **p, ssize_t *n);
/* Raises the module's exception class NAME ("Error") with msg; NULL. */
Object *Binascii_Raise(Object *module, const char *name, const char *msg);
/* A bytes object of what b holds (b is freed either way). */
Object *Binascii_Finish(ByteBuf *b);

Object *Binascii_A2bQp(Object *m, Object *const *args, size_t nargs, Object *kw);
Object *Binascii_B2aQp(Object *m, Object *const *args, size_t nargs, Object *kw);
#endif
