/* The object allocator: size-class free lists carved from large chunks, so
 * the many small, short-lived objects of a Python program don't pay for
 * malloc.  Builds with -DCIPY_NO_POOL (the sanitizer build) use calloc/free
 * directly, so AddressSanitizer and leak checking see every object.
 *
 * Each block carries an 8-byte header with its size class (0: the block came
 * from malloc), so freeing needs no size.  Taking a block from a free list
 * and putting it back are inline; everything else is in mem.c.
 *
 * The free lists and the chunk being carved belong to the running thread,
 * so the fast paths take no lock.  A block may be freed by another thread
 * than the one that allocated it (an interpreter moved to another thread, a
 * code object freed elsewhere): it simply joins that thread's free list.
 * When a thread ends, Mem_ThreadExit hands its free blocks to a shared
 * depot that threads refill from. */
#ifndef CIPY_MEM_H
#define CIPY_MEM_H
#include "runtime/tls.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/* Both allocators fail at once for a block beyond the machine (below). */
void *Mem_Alloc(size_t n);   /* zeroed; NULL if out of memory */
/* True when one block of n bytes is more than the machine's physical memory:
 * such a request fails at once (MemoryError) instead of being tried. */
bool Mem_BeyondMachine(size_t n);
/* malloc, calloc and realloc for data buffers whose size a program chooses
 * ('x'.center(n), bytes(n)): a block beyond the machine fails at once. */
static inline void *Mem_RawAlloc(size_t n) { return Mem_BeyondMachine(n) ? NULL : malloc(n ? n : 1); }
static inline void *Mem_RawCalloc(size_t n) { return Mem_BeyondMachine(n) ? NULL : calloc(n ? n : 1, 1); }
static inline void *Mem_RawRealloc(void *p, size_t n) { return Mem_BeyondMachine(n) ? NULL : realloc(p, n ? n : 1); }
/* Gives the calling thread's free blocks to the depot (at thread exit). */
void Mem_ThreadExit(void);
/* Not zeroed: for objects whose every byte the caller writes (str). */
static inline void *Mem_AllocUninit(size_t n);
static inline void Mem_Free(void *p);   /* p from Mem_Alloc or Mem_AllocUninit, or NULL */
/* Resizes a block from Mem_AllocUninit (p may be NULL), keeping its first
 * bytes; a large block is resized in place where malloc can (no copy, and
 * pages never written take no memory).  NULL if out of memory, with p
 * untouched. */
void *Mem_Realloc(void *p, size_t n);
/* The bytes a block from Mem_AllocUninit or Mem_Realloc can hold: at least
 * what was asked for, often more (its size class, malloc's rounding).  An
 * object that grows in place (a str appended to) uses the rest first. */
size_t Mem_Capacity(void *p);

#ifdef CIPY_NO_POOL

static inline void *Mem_AllocUninit(size_t n) { return Mem_BeyondMachine(n) ? NULL : malloc(n ? n : 1); }
static inline void Mem_Free(void *p) { free(p); }

#else

#define MEM_HEADER 8
#define MEM_GRAIN 16
#define MEM_MAX_SMALL 512   /* largest pooled block, header included */

typedef struct MemBlock { struct MemBlock *next; } MemBlock;
#define MEM_CLASSES (MEM_MAX_SMALL / MEM_GRAIN + 1)
extern THREAD_LOCAL MemBlock *Mem_FreeLists[MEM_CLASSES];   /* by size class */
/* A block for n bytes when its free list is empty or n is large (mem.c). */
void *Mem_AllocUninitSlow(size_t n);

static inline void *Mem_AllocUninit(size_t n) {
    size_t total = n + MEM_HEADER;
    if (total <= MEM_MAX_SMALL) {
        unsigned c = (unsigned)((total + MEM_GRAIN - 1) / MEM_GRAIN);
        MemBlock *b = Mem_FreeLists[c];
        if (b) {
            Mem_FreeLists[c] = b->next;
            *(uint64_t *)b = c;
            return (char *)b + MEM_HEADER;
        }
    }
    return Mem_AllocUninitSlow(n);
}

static inline void Mem_Free(void *p) {
    if (!p) return;
    MemBlock *b = (MemBlock *)((char *)p - MEM_HEADER);
    unsigned c = (unsigned)*(uint64_t *)b;
    if (c == 0) {
        free(b);
        return;
    }
    b->next = Mem_FreeLists[c];
    Mem_FreeLists[c] = b;
}

#endif
#endif
