/* Parts of the binascii module shared by its files (binascii.c, binascii_qp.c). */
#ifndef CIPY_BINASCII_H
#define CIPY_BINASCII_H
#include "object.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"

/* The body of a function, called with the data of its first argument,
 * which stays held (a counted export) while it runs: the options it reads
 * may run Python code. */
typedef Object *(*BinBody)(Object *m, Object *const *args, size_t nargs, const uint8_t *p, ssize_t n);
/* Gets args[0] (a bytes-like object; with ascii_ok also an ASCII str, as
 * the a2b_* functions take), runs body, gives the data back. */
Object *Binascii_WithData(Object *m, Object *const *args, size_t nargs, bool ascii_ok, BinBody body);
/* Raises the module's exception class NAME ("Error") with msg; NULL. */
Object *Binascii_Raise(Object *module, const char *name, const char *msg);
/* A bytes object of what b holds (b is freed either way). */
Object *Binascii_Finish(ByteBuf *b);

Object *Binascii_A2bQp(Object *m, Object *const *args, size_t nargs, Object *kw);
Object *Binascii_B2aQp(Object *m, Object *const *args, size_t nargs, Object *kw);
#endif
