/* bytes and bytearray. */
#ifndef CIPY_BYTES_H
#define CIPY_BYTES_H
#include "object.h"

typedef struct Bytes {
    Object ob;
    ssize_t len;
    hash_t hash;
    uint8_t data[]; /* NUL-terminated */
} Bytes;
#define BYTES_LEN(b) (((Bytes *)(b))->len)
#define BYTES_DATA(b) (((Bytes *)(b))->data)

Object *Bytes_From(const void *data, ssize_t len); /* data NULL: zero-filled */
/* A new bytes of len bytes for the caller to fill before anyone sees it. */
Object *Bytes_NewRaw(ssize_t len);
/* Makes the shared empty and one-byte bytes objects (start-up). */
int Bytes_Ready(void);
Object *Bytes_Repr(Object *b);
hash_t Bytes_Hash(Object *b);

typedef struct ByteArray {
    Object ob;
    ssize_t len, cap;
    uint8_t *data;
    ssize_t exports; /* buffers lent (runtime/buffer.h): while any, the size is fixed */
} ByteArray;
/* ---- additions by the text contributor ---- */
extern Type BytesIter_Type, ByteArrayIter_Type;
Object *ByteArray_From(const void *data, ssize_t len);   /* data NULL: zero-filled */
/* The contiguous memory of a bytes-like object (bytes, bytearray, a
 * C-contiguous memoryview...: Buffer_Peek), borrowed; false for others,
 * with no exception (for consumers whose own TypeError covers them all). */
bool Bytes_GetBuffer(Object *o, const uint8_t **p, ssize_t *n);
/* bytes.hex(sep, bytes_per_sep) of the bytes object b, args as the method
 * receives them (for memoryview.hex). */
Object *Bytes_HexMethod(Object *b, Object *const *args, size_t nargs, Object *kwnames);
/* bytes subclass instances keep their extra fields after the data, at this offset. */
size_t Bytes_ExtraOffset(Object *b);
#endif
