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
/* Makes the shared empty and one-byte bytes objects (start-up). */
int Bytes_Ready(void);
Object *Bytes_Repr(Object *b);
hash_t Bytes_Hash(Object *b);

typedef struct ByteArray {
    Object ob;
    ssize_t len, cap;
    uint8_t *data;
} ByteArray;
/* ---- additions by the text contributor ---- */
extern Type BytesIter_Type, ByteArrayIter_Type;
Object *ByteArray_From(const void *data, ssize_t len);   /* data NULL: zero-filled */
/* Contents of a bytes or bytearray object (borrowed); false for other types. */
bool Bytes_GetBuffer(Object *o, const uint8_t **p, ssize_t *n);
/* bytes subclass instances keep their extra fields after the data, at this offset. */
size_t Bytes_ExtraOffset(Object *b);
#endif
