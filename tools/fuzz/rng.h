/* The mutator's random numbers: xorshift64*, seeded by libFuzzer, so a
 * mutation is reproducible from its seed. */
#ifndef FUZZ_RNG_H
#define FUZZ_RNG_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Rng { uint64_t s; } Rng;

static inline void Rng_Seed(Rng *r, uint64_t seed) {
    r->s = seed * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull;
    if (!r->s) r->s = 1;
}

static inline uint64_t Rng_Next(Rng *r) {
    r->s ^= r->s >> 12;
    r->s ^= r->s << 25;
    r->s ^= r->s >> 27;
    return r->s * 0x2545F4914F6CDD1Dull;
}

/* Uniform in [0, n); 0 when n is 0. */
static inline size_t Rng_Below(Rng *r, size_t n) { return n ? (size_t)(Rng_Next(r) % n) : 0; }

/* True with probability 1/n. */
static inline bool Rng_OneIn(Rng *r, size_t n) { return Rng_Below(r, n) == 0; }
#endif
