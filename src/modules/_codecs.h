/* The _codecs module: the codec registry and the codecs written in C.
 * The registry and the module's table are in _codecs.c; the UTF-16 and
 * UTF-32 codecs in _codecs_utf.c. */
#ifndef CIPY_CODECS_MOD_H
#define CIPY_CODECS_MOD_H
#include "object.h"
#include <stdbool.h>

/* codecs.lookup(encoding): the CodecInfo found (new reference), or NULL
 * with LookupError "unknown encoding: ...". */
Object *Codecs_Lookup(Object *encoding);
/* The CodecInfo of a text encoding (new reference); LookupError for an
 * unknown one, and "'x' is not a text encoding; use codecs.VERB() ..." for
 * a bytes-to-bytes codec (verb NULL: the first half only, as open() says). */
Object *Codecs_LookupText(const char *encoding, const char *verb);
/* str.encode / bytes.decode through the registry, for the encodings
 * str.c does not know: only text encodings, and the result checked. */
Object *Codecs_EncodeText(Object *str, const char *encoding, const char *errors);
Object *Codecs_DecodeText(const char *s, ssize_t len, const char *encoding, const char *errors);
/* Notes "decoding with 'NAME' codec failed" (or encoding) on the exception
 * being raised: what CPython adds to errors of codecs it reaches through
 * the registry. */
void Codecs_NoteFailure(bool decoding, const char *encoding);

/* Argument helpers of the codec functions (fn names the function in
 * CPython's TypeError): the str at args[i]; the errors name at args[i]
 * (NULL for None or a missing argument); a bool flag. */
bool Codecs_StrArg(const char *fn, Object *const *args, size_t nargs, size_t i);
int Codecs_ErrorsArg(const char *fn, Object *const *args, size_t nargs, size_t i, const char **errors);
int Codecs_FlagArg(Object *const *args, size_t nargs, size_t i, bool *flag);
/* The (result, consumed) pair codec functions return; steals result. */
Object *Codecs_Pair(Object *result, ssize_t consumed);

/* UTF-16 and UTF-32 (_codecs_utf.c).  unit is 2 or 4; byteorder -1
 * little-endian, 1 big-endian, 0: a BOM and the machine's order. */
Object *Codecs_UtfEncode(Object *str, int unit, int byteorder, const char *errors);
/* Decodes up to the last whole character unless final; *byteorder in
 * and out (0: read a BOM first), *consumed the bytes used. */
Object *Codecs_UtfDecode(const char *s, ssize_t len, int unit, int *byteorder, const char *errors, bool final,
                         ssize_t *consumed);
extern const MethodDef Codecs_UtfFunctions[];

/* The charmap codec (_codecs_charmap.c): str through mapping (an
 * EncodingMap or any mapping of code points). */
Object *Codecs_CharmapEncode(Object *str, const char *errors, Object *mapping);
extern const MethodDef Codecs_CharmapFunctions[];
extern Type *const Codecs_Types[];
/* unicode_escape, raw_unicode_escape, escape_* (_codecs_escape.c). */
extern const MethodDef Codecs_EscapeFunctions[];
/* utf_7_encode, utf_7_decode (_codecs_utf7.c). */
extern const MethodDef Codecs_Utf7Functions[];
#endif
