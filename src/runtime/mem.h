/* The object allocator: size-class free lists carved from large chunks, so
 * the many small, short-lived objects of a Python program don't pay for
 * malloc.  Builds with -DCIPY_NO_POOL (the sanitizer build) use calloc/free
 * directly, so AddressSanitizer and leak checking see every object. */
#ifndef CIPY_MEM_H
#define CIPY_MEM_H
#include <stddef.h>

void *Mem_Alloc(size_t n);   /* zeroed; NULL if out of memory */
void Mem_Free(void *p);      /* p from Mem_Alloc, or NULL */
#endif
