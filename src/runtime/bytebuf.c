/* The growable byte buffer (see bytebuf.h). */
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/mem.h"
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ByteBuf_Grow(ByteBuf *b, size_t extra) {
    if (b->failed) return -1;
    if (extra < b->cap - b->len) return 0;
    size_t cap = b->cap ? b->cap : 64;
    if (extra > SIZE_MAX / 4) extra = SIZE_MAX / 4;   /* cannot be had: fails below */
    while (cap <= b->len + extra && cap < SIZE_MAX / 4) cap *= 2;
    char *data = cap > b->len + extra ? Mem_RawRealloc(b->data, cap) : NULL;
    if (!data) {
        b->failed = true;
        b->cap = b->len;   /* no room: the inline paths come here and fail */
        return -1;
    }
    b->data = data;
    b->cap = cap;
    return 0;
}

int ByteBuf_Printf(ByteBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || ByteBuf_Reserve(b, (size_t)n) < 0) return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

int ByteBuf_AddZeros(ByteBuf *b, size_t n) {
    if (!b->data && !b->failed) {
        /* calloc maps fresh zero pages for a large block: bytes(10**9) costs nothing until written */
        b->data = n < SIZE_MAX / 4 ? Mem_RawCalloc(n + 1) : NULL;
        if (!b->data) {
            b->failed = true;
            return -1;
        }
        b->len = n;
        b->cap = n + 1;
        return 0;
    }
    if (ByteBuf_Reserve(b, n) < 0) return -1;
    memset(b->data + b->len, 0, n + 1);
    b->len += n;
    return 0;
}

int ByteBuf_AddUTF8(ByteBuf *b, uint32_t c) {
    uint8_t s[4];
    size_t n;
    if (c < 0x80) {
        s[0] = (uint8_t)c;
        n = 1;
    } else if (c < 0x800) {
        s[0] = (uint8_t)(0xC0 | (c >> 6));
        s[1] = (uint8_t)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        s[0] = (uint8_t)(0xE0 | (c >> 12));
        s[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        s[2] = (uint8_t)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        s[0] = (uint8_t)(0xF0 | (c >> 18));
        s[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
        s[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        s[3] = (uint8_t)(0x80 | (c & 0x3F));
        n = 4;
    }
    return ByteBuf_Add(b, s, n);
}

int ByteBuf_ReadFile(ByteBuf *b, const char *path) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return -1;
    int r = 0;
    for (;;) {
        if (ByteBuf_Reserve(b, b->cap - b->len < 4096 ? 65536 : 0) < 0) {
            r = -1;
            break;
        }
        size_t room = b->cap - b->len - 1;
        size_t got = fread(b->data + b->len, 1, room, fp);
        b->len += got;
        b->data[b->len] = '\0';
        if (got < room) {
            if (ferror(fp)) r = -1;
            break;
        }
    }
    int saved = errno;
    fclose(fp);
    errno = saved;
    return r;
}

int ByteBuf_RaiseNoMemory(void) {
    Err_NoMemory();
    return -1;
}

char *ByteBuf_Steal(ByteBuf *b) {
    char *data = b->failed ? NULL : b->data ? b->data : calloc(1, 1);
    if (b->failed) free(b->data);
    *b = (ByteBuf){0};
    return data;
}

void ByteBuf_Free(ByteBuf *b) {
    free(b->data);
    *b = (ByteBuf){0};
}
