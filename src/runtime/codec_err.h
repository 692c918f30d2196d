/* Codec error handlers: the registry of codecs.register_error(), the
 * eight handlers every interpreter starts with, and the two calls a codec
 * makes when it meets something it cannot convert.
 *
 * A codec handles a run of bad input by asking CodecErr_Decode or
 * CodecErr_Encode.  The built-in handlers whose result is known
 * (strict, ignore, replace, backslashreplace, xmlcharrefreplace,
 * surrogateescape) are applied here without building the exception;
 * any other name is looked up, called with a Unicode*Error and its
 * (replacement, position) answer checked as CPython checks it. */
#ifndef CIPY_CODEC_ERR_H
#define CIPY_CODEC_ERR_H
#include "object.h"
#include "objects/str.h"
#include "runtime/bytebuf.h"

/* The handler registered under name (a new reference), or NULL with
 * LookupError "unknown error handler name '...'". */
Object *CodecErr_Lookup(const char *name);
/* codecs.register_error(name, handler): handler is callable. */
int CodecErr_Register(Object *name, Object *handler);
/* _codecs._unregister_error(name): 1 removed, 0 not there, -1 (ValueError)
 * for a built-in handler's name. */
int CodecErr_Unregister(Object *name);

/* Bad bytes [start, end) of the input (s, len) being decoded.  The
 * replacement is appended to sb; returns the position to go on from
 * (0..len), or -1 with an exception.  *input caches the bytes object the
 * exception carries (made on first need, owned by the caller: NULL at
 * first, XDECREF at the end). */
ssize_t CodecErr_Decode(const char *errors, const char *encoding, const char *reason, const char *s,
                        ssize_t len, Object **input, ssize_t start, ssize_t end, StrBuilder *sb);

/* Characters [start, end) of str cannot be encoded.  Returns the
 * replacement (a new reference: bytes, copied as they are, or str, which
 * the codec encodes itself and rejects if it cannot) and sets *next to the
 * position to go on from; NULL with an exception. */
Object *CodecErr_Encode(const char *errors, const char *encoding, const char *reason, Object *str, ssize_t start,
                        ssize_t end, ssize_t *next);

/* Raises UnicodeEncodeError / UnicodeDecodeError with these fields. */
void CodecErr_RaiseEncode(const char *encoding, Object *str, ssize_t start, ssize_t end, const char *reason);
void CodecErr_RaiseDecode(const char *encoding, const char *s, ssize_t len, ssize_t start, ssize_t end,
                          const char *reason);
#endif
