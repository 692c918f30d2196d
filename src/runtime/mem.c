/* Size-class object allocator (see mem.h): the out-of-line parts.  Memory of
 * freed small blocks is kept for reuse. */
#include "mem.h"
#include <string.h>
#include <unistd.h>

bool Mem_BeyondMachine(size_t n) {
    static size_t physical;
    if (!physical) {
        long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
        physical = pages > 0 && page > 0 ? (size_t)pages * (size_t)page : SIZE_MAX;
    }
    return n > physical;
}

#ifdef CIPY_NO_POOL

void *Mem_Alloc(size_t n) { return Mem_BeyondMachine(n) ? NULL : calloc(1, n ? n : 1); }

#else

#define CHUNK (256 * 1024)

MemBlock *Mem_FreeLists[MEM_MAX_SMALL / MEM_GRAIN + 1];
static char *bump, *bump_end;   /* the unused rest of the current chunk */

void *Mem_AllocUninitSlow(size_t n) {
    size_t total = n + MEM_HEADER;
    if (total > MEM_MAX_SMALL) {
        if (Mem_BeyondMachine(n)) return NULL;
        uint64_t *h = malloc(total);
        if (!h) return NULL;
        h[0] = 0;
        return (char *)h + MEM_HEADER;
    }
    unsigned c = (unsigned)((total + MEM_GRAIN - 1) / MEM_GRAIN);
    char *b = (char *)Mem_FreeLists[c];
    if (b) {
        Mem_FreeLists[c] = ((MemBlock *)b)->next;
    } else {
        size_t size = (size_t)c * MEM_GRAIN;
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
    *(uint64_t *)b = c;
    return b + MEM_HEADER;
}

/* Small blocks are cleared with plain 16-byte stores: the compiler would
 * otherwise inline memset as `rep stos`, whose start-up cost dominates at
 * these sizes. */
typedef uint64_t Zero16 __attribute__((vector_size(16), aligned(8)));

void *Mem_Alloc(size_t n) {
    size_t total = n + MEM_HEADER;
    if (total > MEM_MAX_SMALL) {
        if (Mem_BeyondMachine(n)) return NULL;
        uint64_t *h = calloc(1, total);
        if (!h) return NULL;
        h[0] = 0;
        return (char *)h + MEM_HEADER;
    }
    char *p = Mem_AllocUninit(n);
    if (!p) return NULL;
    /* the block is (size class * GRAIN) bytes: zero all of it after the header */
    size_t size = (size_t)((total + MEM_GRAIN - 1) / MEM_GRAIN) * MEM_GRAIN;
    char *b = p - MEM_HEADER;
    *(uint64_t *)(b + 8) = 0;
    for (size_t i = MEM_GRAIN; i < size; i += MEM_GRAIN) *(Zero16 *)(b + i) = (Zero16){0, 0};
    return p;
}

#endif
