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

/* ---- the pieces, for formats of other sizes (the struct module's
 * standard sizes) ------------------------------------------------------------- */

/* An integer of size bytes (1 to 8), signed or not, in the machine's order:
 * PACK_OK, PACK_BAD_TYPE (neither int nor __index__), PACK_BAD_VALUE (out
 * of range) or PACK_ERROR (__index__ raised). */
int PackItem_PackInt(void *p, Object *v, int size, bool is_signed);
Object *PackItem_UnpackInt(const void *p, int size, bool is_signed);
/* x rounded to half or single precision (ties to even); false when x is
 * finite but beyond the format's largest value. */
bool PackItem_ToHalf(double x, uint16_t *out);
bool PackItem_ToFloat(double x, float *out);
double PackItem_FromHalf(uint16_t h);
#endif
