/* One item of a native struct-style format ('B', 'i', 'd', '?', 'e', ...)
 * to and from its bytes, in the machine's byte order and sizes: what a
 * memoryview reads and writes, and what the struct module's native mode
 * is made of.  Range and type problems come back as codes, not exceptions,
 * since each user words them in its own way. */
#ifndef CIPY_PACKITEM_H
#define CIPY_PACKITEM_H
#include "object.h"

/* Size in bytes of one item of code, 0 for a code that is not a native
 * single-item format. */
ssize_t PackItem_Size(char code);
/* The code of a format that names one native item ("B", "@B"); 0 when fmt
 * is anything else. */
char PackItem_NativeCode(const char *fmt);

/* The value stored at p as a Python object (new reference). */
Object *PackItem_Unpack(char code, const void *p);

enum {
    PACK_ERROR = -1,    /* an exception was raised (MemoryError, __index__ failing, ...) */
    PACK_OK = 0,
    PACK_BAD_TYPE = 1,  /* v cannot be stored as this code at all (a str for 'i') */
    PACK_BAD_VALUE = 2, /* v is of a fitting type but out of range (300 for 'B') */
};
/* Stores v at p.  Integer codes take int and __index__ objects; 'f', 'd'
 * and 'e' anything float() takes ('f' stores inf for a finite value too
 * large, as a memoryview does; 'e' refuses it); 'c' a bytes of length 1;
 * '?' anything with a truth value. */
int PackItem_Pack(char code, void *p, Object *v);
/* d rounded to single precision, inf when beyond its range (as 'f' stores
 * it; a plain C conversion of such a value is undefined). */
float PackItem_ToSingle(double d);
#endif
