/* Size-class object allocator (see mem.h): the out-of-line parts.  Memory of
 * freed small blocks is kept for reuse. */
#include "runtime/mem.h"
#include <malloc.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

bool Mem_BeyondMachine(size_t n) {
    static size_t physical; /* computed once; every thread computes the same value */
    size_t p = __atomic_load_n(&physical, __ATOMIC_RELAXED);
    if (!p) {
        long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
        p = pages > 0 && page > 0 ? (size_t)pages * (size_t)page : SIZE_MAX;
        __atomic_store_n(&physical, p, __ATOMIC_RELAXED);
    }
    return n > p;
}

#ifdef CIPY_NO_POOL

void *Mem_Alloc(size_t n) { return Mem_BeyondMachine(n) ? NULL : calloc(1, n ? n : 1); }
void *Mem_Realloc(void *p, size_t n) { return Mem_BeyondMachine(n) ? NULL : realloc(p, n ? n : 1); }
void Mem_ThreadExit(void) {}
size_t Mem_Capacity(void *p) { return malloc_usable_size(p); }

#else

#define CHUNK (256 * 1024)

THREAD_LOCAL MemBlock *Mem_FreeLists[MEM_CLASSES];
static THREAD_LOCAL char *bump, *bump_end;   /* the unused rest of the thread's chunk */

/* What ended threads left: their free lists, by size class, and the unused
 * rests of their chunks (a Remnant at the start of each).  Threads take from
 * here before carving new memory.  The heads are read without the lock
 * (atomically) only to skip it when there is nothing to take. */
typedef struct Remnant { struct Remnant *next; char *end; } Remnant;
static pthread_mutex_t depot_lock = PTHREAD_MUTEX_INITIALIZER;
static MemBlock *depot[MEM_CLASSES];
static Remnant *remnants;

/* The depot's whole list of class c (its first block returned, the others
 * made the thread's free list), or NULL. */
static char *depot_take(unsigned c) {
    if (!__atomic_load_n(&depot[c], __ATOMIC_RELAXED)) return NULL;
    pthread_mutex_lock(&depot_lock);
    MemBlock *b = depot[c];
    __atomic_store_n(&depot[c], NULL, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&depot_lock);
    if (b) Mem_FreeLists[c] = b->next;
    return (char *)b;
}

/* Makes [bump, bump_end) a fresh stretch of memory: a remnant left by an
 * ended thread, or a new chunk.  False if out of memory. */
static bool refill_bump(size_t need) {
    Remnant *r = NULL;
    if (__atomic_load_n(&remnants, __ATOMIC_RELAXED)) {
        pthread_mutex_lock(&depot_lock);
        r = remnants;
        if (r && (size_t)(r->end - (char *)r) >= need) {
            __atomic_store_n(&remnants, r->next, __ATOMIC_RELAXED);
        } else {
            r = NULL;
        }
        pthread_mutex_unlock(&depot_lock);
    }
    if (r) {
        bump_end = r->end;
        bump = (char *)r;
        return true;
    }
    /* the rest of the old chunk is left unused: it is small */
    bump = malloc(CHUNK);
    bump_end = bump ? bump + CHUNK : NULL;
    return bump != NULL;
}

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
    } else if (!(b = depot_take(c))) {
        size_t size = (size_t)c * MEM_GRAIN;
        if ((size_t)(bump_end - bump) < size && !refill_bump(size)) return NULL;
        b = bump;
        bump += size;
    }
    *(uint64_t *)b = c;
    return b + MEM_HEADER;
}

void Mem_ThreadExit(void) {
    MemBlock *tails[MEM_CLASSES] = {0}; /* found before taking the lock: the lists are ours */
    for (unsigned c = 1; c < MEM_CLASSES; c++)
        for (MemBlock *b = Mem_FreeLists[c]; b; b = b->next) tails[c] = b;
    pthread_mutex_lock(&depot_lock);
    for (unsigned c = 1; c < MEM_CLASSES; c++) {
        if (!tails[c]) continue;
        tails[c]->next = depot[c];
        __atomic_store_n(&depot[c], Mem_FreeLists[c], __ATOMIC_RELAXED);
        Mem_FreeLists[c] = NULL;
    }
    if (bump && (size_t)(bump_end - bump) >= MEM_MAX_SMALL) {
        Remnant *r = (Remnant *)bump;
        r->end = bump_end;
        r->next = remnants;
        __atomic_store_n(&remnants, r, __ATOMIC_RELAXED);
    }
    bump = bump_end = NULL;
    pthread_mutex_unlock(&depot_lock);
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
    /* two grains a step, then the odd one left */
    size_t i = MEM_GRAIN;
    for (; i + MEM_GRAIN < size; i += 2 * MEM_GRAIN) {
        *(Zero16 *)(b + i) = (Zero16){0, 0};
        *(Zero16 *)(b + i + MEM_GRAIN) = (Zero16){0, 0};
    }
    if (i < size) *(Zero16 *)(b + i) = (Zero16){0, 0};
    return p;
}

void *Mem_Realloc(void *p, size_t n) {
    if (!p) return Mem_AllocUninit(n);
    uint64_t *h = (uint64_t *)((char *)p - MEM_HEADER);
    unsigned c = (unsigned)h[0];
    if (c == 0) { /* came from malloc: stays there */
        if (Mem_BeyondMachine(n)) return NULL;
        uint64_t *nh = realloc(h, n + MEM_HEADER);
        return nh ? (char *)nh + MEM_HEADER : NULL;
    }
    size_t have = (size_t)c * MEM_GRAIN - MEM_HEADER;
    if (n <= have) return p;
    void *q = Mem_AllocUninit(n);
    if (!q) return NULL;
    memcpy(q, p, have);
    Mem_Free(p);
    return q;
}

size_t Mem_Capacity(void *p) {
    uint64_t *h = (uint64_t *)((char *)p - MEM_HEADER);
    unsigned c = (unsigned)h[0];
    if (c == 0) return malloc_usable_size(h) - MEM_HEADER;
    return (size_t)c * MEM_GRAIN - MEM_HEADER;
}

#endif
