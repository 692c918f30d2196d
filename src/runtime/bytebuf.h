/* A growable array of bytes: the one buffer for text and binary data built
 * a piece at a time (reprs, encodings, the traceback and dis text, marshal
 * output, a file read whole).
 *
 * Start from `ByteBuf b = {0};`.  The data is malloc'ed and kept
 * NUL-terminated (one byte past len), so text can be used as a C string.
 * Running out of memory is sticky: the failing call and every later append
 * return -1 and leave the contents alone, `failed` stays set, and the owner
 * checks once at the end.  These functions raise no Python exception (the
 * traceback printer and the loader use them where none may be raised); the
 * `_Put` forms raise MemoryError for code that runs Python. */
#ifndef CIPY_BYTEBUF_H
#define CIPY_BYTEBUF_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct ByteBuf {
    char *data;   /* NULL until something is added */
    size_t len, cap;
    bool failed;
} ByteBuf;

/* The slow path of the functions below: makes room for `extra` more bytes
 * and the NUL; -1 (failed set) when out of memory. */
int ByteBuf_Grow(ByteBuf *b, size_t extra);
/* cap >= len always; a failed buffer has no room left (cap == len), so
 * every later call takes the slow path and fails. */
static inline int ByteBuf_Reserve(ByteBuf *b, size_t extra) {
    return extra < b->cap - b->len ? 0 : ByteBuf_Grow(b, extra);
}
static inline int ByteBuf_Add(ByteBuf *b, const void *data, size_t n) {
    if (ByteBuf_Reserve(b, n) < 0) return -1;
    if (n) memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}
static inline int ByteBuf_AddByte(ByteBuf *b, uint8_t c) { return ByteBuf_Add(b, &c, 1); }
static inline int ByteBuf_Puts(ByteBuf *b, const char *s) { return ByteBuf_Add(b, s, strlen(s)); }
int ByteBuf_Printf(ByteBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int ByteBuf_AddZeros(ByteBuf *b, size_t n);   /* n zero bytes (pages untouched when it can) */
int ByteBuf_AddUTF8(ByteBuf *b, uint32_t code_point); /* the code point's UTF-8 bytes */
/* Appends the whole file at path; -1 when memory runs out (failed set) or
 * the file cannot be opened or read (errno tells why). */
int ByteBuf_ReadFile(ByteBuf *b, const char *path);
/* ByteBuf_Add for code that runs Python: MemoryError when memory runs out. */
int ByteBuf_RaiseNoMemory(void);
static inline int ByteBuf_Put(ByteBuf *b, const void *data, size_t n) {
    return ByteBuf_Add(b, data, n) < 0 ? ByteBuf_RaiseNoMemory() : 0;
}
/* Empties the buffer, keeping its memory for reuse. */
static inline void ByteBuf_Reset(ByteBuf *b) {
    b->len = 0;
    if (b->failed) b->cap = 0;
    if (b->data) b->data[0] = '\0';
}
/* Hands over the malloc'ed data (an empty string when nothing was added;
 * NULL when out of memory) and leaves the buffer empty. */
char *ByteBuf_Steal(ByteBuf *b);
void ByteBuf_Free(ByteBuf *b);
#endif
