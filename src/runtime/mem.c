/* Size-class object allocator (see mem.h).  Each block carries an 8-byte
 * header with its size class (0: the block came from calloc), so freeing
 * needs no size.  Memory of freed small blocks is kept for reuse. */
#include "mem.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define HEADER 8
#define GRAIN 16
#define MAX_SMALL 512                 /* largest pooled block, header included */
#define NCLASSES (MAX_SMALL / GRAIN)
#define CHUNK (256 * 1024)

#ifdef CIPY_NO_POOL

void *Mem_Alloc(size_t n) { return calloc(1, n ? n : 1); }
void Mem_Free(void *p) { free(p); }

#else

typedef struct FreeBlock { struct FreeBlock *next; } FreeBlock;

static FreeBlock *free_lists[NCLASSES + 1];
static char *bump, *bump_end;

void *Mem_Alloc(size_t n) {
    size_t total = n + HEADER;
    if (total > MAX_SMALL) {
        uint64_t *h = calloc(1, total);
        if (!h) return NULL;
        h[0] = 0;
        return (char *)h + HEADER;
    }
    unsigned c = (unsigned)((total + GRAIN - 1) / GRAIN);
    size_t size = (size_t)c * GRAIN;
    char *b = (char *)free_lists[c];
    if (b) {
        free_lists[c] = ((FreeBlock *)b)->next;
    } else {
        if ((size_t)(bump_end - bump) < size) {
            /* the rest of the old chunk is left unused: it is small */
            bump = malloc(CHUNK);
            if (!bump) {
                bump_end = NULL;
                return NULL;
            }
            bump_end = bump + CHUNK;
        }
        b = bump;
        bump += size;
    }
    memset(b, 0, size);
    *(uint64_t *)b = c;
    return b + HEADER;
}

void Mem_Free(void *p) {
    if (!p) return;
    char *b = (char *)p - HEADER;
    unsigned c = (unsigned)*(uint64_t *)b;
    if (c == 0) {
        free(b);
        return;
    }
    ((FreeBlock *)b)->next = free_lists[c];
    free_lists[c] = (FreeBlock *)b;
}

#endif
