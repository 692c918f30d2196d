/* The array module: compact sequences of one C number type.  The object
 * and its type live in array.c; the table of type codes and the conversion
 * of one item to and from Python in array_items.c; slicing in
 * array_slice.c; pickling support in array_reduce.c. */
#ifndef CIPY_ARRAY_H
#define CIPY_ARRAY_H
#include "object.h"

/* What a type code stores. */
typedef enum { ITEM_SIGNED, ITEM_UNSIGNED, ITEM_FLOAT, ITEM_CHAR } ItemKind;

typedef struct ArrayCode {
    char code;          /* 'b', 'B', ..., 'd' */
    unsigned char size; /* bytes per item, as CPython on this machine */
    ItemKind kind;
    const char *format; /* what a memoryview of such an array shows */
    const char *name;   /* "signed char": the subject of the range errors */
} ArrayCode;

typedef struct Array {
    Object ob;
    char *data;          /* cap * code->size bytes (malloc'd; NULL while cap is 0) */
    ssize_t len, cap;    /* in items */
    const ArrayCode *code;
    ssize_t exports;     /* buffers lent and not given back: no resizing while > 0 */
} Array;

#define ARR(o) ((Array *)(o))
#define ARR_ITEM(a, i) ((a)->data + (i) * (ssize_t)(a)->code->size)

extern Type Array_Type, ArrayIter_Type;

static inline bool Array_Check(Object *o) { return !IS_SMALL(o) && Type_IsSubtype(TYPE(o), &Array_Type); }

/* ---- array_items.c ---- */
/* "bBuwhHiIlLqQfd", and the entry of one code (NULL: not a type code). */
extern const char Array_TypeCodes[];
const ArrayCode *ArrayCode_Find(uint32_t code);
/* Item p of kind c as a Python object (new reference). */
Object *ArrayItem_Get(const ArrayCode *c, const char *p);
/* Stores v at p; -1 with CPython's error for that code (p untouched). */
int ArrayItem_Set(const ArrayCode *c, char *p, Object *v);
/* Whether the code holds characters ('u', 'w'). */
static inline bool ArrayCode_IsText(const ArrayCode *c) { return c->kind == ITEM_CHAR; }

/* ---- array.c ---- */
/* The type code given as argument argno of func (array() or
 * _array_reconstructor()); NULL with CPython's TypeError for a value that
 * is no character, NULL without an error for a character that is no code. */
const ArrayCode *Array_CodeArg(Object *o, const char *func, int argno);
/* A new empty array of type t (a subtype of array.array) and code c, with
 * room for n items. */
Object *Array_NewEmpty(Type *t, const ArrayCode *c, ssize_t n);
/* Makes the length n (items beyond the old length are zero), growing the
 * memory when needed; -1 with BufferError while buffers are lent, or
 * MemoryError. */
int Array_Resize(Array *a, ssize_t n);
/* Appends n items' bytes (copied first when they lie in a's own memory). */
int Array_AppendBytes(Array *a, const char *p, ssize_t nbytes);

/* ---- array_slice.c ---- */
Object *Array_Subscript(Object *self, Object *key);
int Array_AssignSubscript(Object *self, Object *key, Object *value);

/* ---- array_reduce.c ---- */
Object *Array_ReduceEx(Object *self, Object *const *args, size_t nargs, Object *kwnames);
/* Raises the UnicodeDecodeError of codec on bytes [start, end) of items. */
void Array_DecodeError(const char *codec, Object *items, ssize_t start, ssize_t end, const char *reason);
Object *Array_Reconstructor(Object *module, Object *const *args, size_t nargs, Object *kwnames);
#endif
