/* Hashing as CPython computes it, so hash() and set order match. */
#ifndef CIPY_HASH_H
#define CIPY_HASH_H
#include "object.h"
#include <stddef.h>
#include <stdint.h>

#define HASH_MODULUS (((hash_t)1 << 61) - 1)   /* numeric hashes: mod 2**61-1 */
#define HASH_INF 314159
#define HASH_IMAG 1000003
/* SipHash-1-3 of a buffer with the process key (from PYTHONHASHSEED). */
hash_t Hash_Bytes(const void *p, size_t len);
/* SipHash-1-3 of a buffer with the key (key, 0): the source hash of a
 * hash-based .pyc (keyed by the magic number). */
uint64_t Hash_Keyed(uint64_t key, const void *p, size_t len);
/* Sets the key: seed 0 means a zero key; otherwise CPython's LCG expansion.
 * Called once at startup by Hash_InitFromEnv. */
void Hash_SetSeed(uint64_t seed);
void Hash_InitFromEnv(void);
/* The seed to use instead of PYTHONHASHSEED's (the same syntax), before
 * start-up; -1 if start-up made the key already or text is not valid. */
int Hash_SetSeedText(const char *text);
/* Whether the key is not the fixed one of seed 0 (sys.flags.hash_randomization). */
bool Hash_Randomized(void);
hash_t Hash_Pointer(const void *p);     /* object identity hash, as CPython */
#endif
