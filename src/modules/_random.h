/* The Mersenne Twister behind _random.Random, shared with the C part of the
 * random module (random_accel.c), which draws from it directly when a
 * generator's class leaves random() and getrandbits() as they are. */
#ifndef CIPY_MODULES_RANDOM_H
#define CIPY_MODULES_RANDOM_H
#include "object.h"
#include <stdint.h>

enum { MT_WORDS = 624 };

/* MT19937: 624 words of state and the position of the next word to temper
 * (MT_WORDS: the whole block is used up and is regenerated first). */
typedef struct MtState {
    uint32_t word[MT_WORDS];
    int pos;
} MtState;

typedef struct RandomCore {
    Object ob;
    MtState mt;
} RandomCore;

extern Type RandomCore_Type;
extern Type *const Random_Types[];

uint32_t Mt_Next(MtState *mt);
/* A double in [0, 1) from two words, with 53 random bits. */
double Mt_Double(MtState *mt);
/* A uniform integer in [0, n) for 0 < n < 2**64, drawing bit_length(n)
 * bits at a time and rejecting draws >= n (what getrandbits() gives). */
uint64_t Mt_Below(MtState *mt, uint64_t n);
/* A new int of k random bits (words drawn least significant first). */
Object *Mt_Bits(MtState *mt, uint64_t k);

/* Whether self.getrandbits (self an instance of _random.Random) is
 * _random.Random's own, so that its bits come straight from self's state. */
bool Random_PlainBits(Object *self);
/* Whether self's own __dict__ has name (interned str), shadowing a method. */
bool Random_InstanceHas(Object *self, Object *name);
#endif
