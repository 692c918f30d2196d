/* The _random module: _random.Random, a Mersenne Twister (MT19937) seeded,
 * drawn from and saved exactly as CPython's, so a seed gives CPython's
 * sequence bit for bit.
 *
 * Seeding turns the seed into 32-bit key words and runs the reference
 * init_by_array over a state first filled by init_genrand(19650218): an int
 * gives the words of its absolute value, least significant first (0 gives
 * one zero word), None gives 624 words of os entropy, anything else the
 * words of its hash taken as an unsigned 64-bit number.  random.Random
 * (lib/random.py) seeds str and bytes itself and calls this with an int. */
#include "modules/_random.h"
#include "abstract.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

enum { MT_SHIFT = 397 };
#define MT_MATRIX 0x9908b0dfu
#define MT_HIGH_BIT 0x80000000u
#define MT_LOW_BITS 0x7fffffffu

/* ---- the generator ---------------------------------------------------------- */

/* Refills the whole block: each word mixes its high bit with the next
 * word's low bits and the word MT_SHIFT places on (wrapping around). */
static void mt_regenerate(MtState *mt) {
    uint32_t *w = mt->word;
    for (int i = 0; i < MT_WORDS; i++) {
        uint32_t y = (w[i] & MT_HIGH_BIT) | (w[(i + 1) % MT_WORDS] & MT_LOW_BITS);
        w[i] = w[(i + MT_SHIFT) % MT_WORDS] ^ (y >> 1) ^ ((y & 1) ? MT_MATRIX : 0);
    }
    mt->pos = 0;
}

uint32_t Mt_Next(MtState *mt) {
    if (mt->pos >= MT_WORDS) mt_regenerate(mt);
    uint32_t y = mt->word[mt->pos++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    return y ^ (y >> 18);
}

double Mt_Double(MtState *mt) {
    uint32_t hi = Mt_Next(mt) >> 5, lo = Mt_Next(mt) >> 6; /* 27 + 26 bits */
    return ((double)hi * 67108864.0 + (double)lo) * (1.0 / 9007199254740992.0);
}

/* k (1..32) random bits: the top k of one word. */
static inline uint32_t mt_top_bits(MtState *mt, unsigned k) { return Mt_Next(mt) >> (32 - k); }

uint64_t Mt_Below(MtState *mt, uint64_t n) {
    unsigned k = 64 - (unsigned)__builtin_clzll(n);
    for (;;) {
        uint64_t r;
        if (k <= 32) {
            r = mt_top_bits(mt, k);
        } else {
            uint64_t low = Mt_Next(mt);
            r = ((uint64_t)mt_top_bits(mt, k - 32) << 32) | low;
        }
        if (r < n) return r;
    }
}

Object *Mt_Bits(MtState *mt, uint64_t k) {
    if (k == 0) return SMALL_FROM(0);
    if (k <= 32) return SMALL_FROM(mt_top_bits(mt, (unsigned)k));
    if (k <= 62) {
        uint64_t low = Mt_Next(mt);
        return SMALL_FROM(((uint64_t)mt_top_bits(mt, (unsigned)(k - 32)) << 32) | low);
    }
    if (k > ((uint64_t)1 << 40)) {
        Err_SetString(Exc_MemoryError, "");
        return NULL;
    }
    size_t nwords = (size_t)((k - 1) / 32 + 1);
    uint32_t *words = malloc(nwords * sizeof *words);
    if (!words) {
        Err_SetString(Exc_MemoryError, "");
        return NULL;
    }
    for (size_t i = 0; i < nwords; i++) {
        uint64_t left = k - 32 * (uint64_t)i;
        words[i] = left >= 32 ? Mt_Next(mt) : mt_top_bits(mt, (unsigned)left);
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, nwords, -1, sizeof *words, 0, 0, words);
    free(words);
    Object *r = Int_FromMpz(z);
    mpz_clear(z);
    return r;
}

/* The reference init_genrand: a linear recurrence from one word. */
static void mt_fill(MtState *mt, uint32_t s) {
    mt->word[0] = s;
    for (uint32_t i = 1; i < MT_WORDS; i++) {
        uint32_t prev = mt->word[i - 1];
        mt->word[i] = 1812433253u * (prev ^ (prev >> 30)) + i;
    }
    mt->pos = MT_WORDS;
}

/* The reference init_by_array: two passes folding the key into the state. */
static void mt_seed_words(MtState *mt, const uint32_t *key, size_t nkey) {
    uint32_t *w = mt->word;
    mt_fill(mt, 19650218u);
    size_t i = 1, j = 0;
    for (size_t steps = nkey > MT_WORDS ? nkey : MT_WORDS; steps; steps--) {
        uint32_t prev = w[i - 1];
        w[i] = (w[i] ^ ((prev ^ (prev >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        if (++i >= MT_WORDS) {
            w[0] = w[MT_WORDS - 1];
            i = 1;
        }
        if (++j >= nkey) j = 0;
    }
    for (size_t steps = MT_WORDS - 1; steps; steps--) {
        uint32_t prev = w[i - 1];
        w[i] = (w[i] ^ ((prev ^ (prev >> 30)) * 1566083941u)) - (uint32_t)i;
        if (++i >= MT_WORDS) {
            w[0] = w[MT_WORDS - 1];
            i = 1;
        }
    }
    w[0] = MT_HIGH_BIT; /* the state is never all zeros */
}

/* Seeds from the absolute value of an int. */
static void mt_seed_int(MtState *mt, Object *n) {
    if (IS_SMALL(n)) {
        uint64_t v = (uint64_t)llabs(SMALL_VAL(n));
        uint32_t key[2] = {(uint32_t)v, (uint32_t)(v >> 32)};
        mt_seed_words(mt, key, key[1] ? 2 : 1);
        return;
    }
    mpz_t z;
    mpz_init(z);
    Int_ToMpz(n, z);
    size_t count = (mpz_sizeinbase(z, 2) + 31) / 32;
    uint32_t one = 0, *key = count > 1 ? malloc(count * sizeof *key) : &one;
    if (!key) { /* no memory for the words: their low part still seeds */
        key = &one;
        count = 1;
        one = (uint32_t)mpz_getlimbn(z, 0);
    } else {
        mpz_export(key, &count, -1, sizeof *key, 0, 0, z);
        if (count == 0) count = 1;
    }
    mpz_clear(z);
    mt_seed_words(mt, key, count);
    if (key != &one) free(key);
}

/* Seeds from the system's entropy, or from the time and process id when
 * there is none. */
static void mt_seed_entropy(MtState *mt) {
    uint32_t key[MT_WORDS];
    size_t got = 0;
    while (got < sizeof key) {
        ssize_t n = getrandom((char *)key + got, sizeof key - got, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += (size_t)n;
    }
    if (got == sizeof key) {
        mt_seed_words(mt, key, MT_WORDS);
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t fallback[4] = {(uint32_t)ts.tv_sec, (uint32_t)((uint64_t)ts.tv_sec >> 32), (uint32_t)ts.tv_nsec,
                            (uint32_t)getpid()};
    mt_seed_words(mt, fallback, 4);
}

/* ---- _random.Random --------------------------------------------------------- */

#define CORE(o) (&((RandomCore *)(o))->mt)

/* Seeds self's generator from a seed object (borrowed; NULL: None). */
static int core_seed(Object *self, Object *seed) {
    if (!seed || seed == OBJ_NONE) {
        mt_seed_entropy(CORE(self));
        return 0;
    }
    if (Int_Check(seed)) {
        mt_seed_int(CORE(self), seed);
        return 0;
    }
    hash_t h = Obj_Hash(seed);
    if (h == -1 && Err_Occurred()) return -1;
    Object *n = Int_FromU64((uint64_t)h);
    if (!n) return -1;
    mt_seed_int(CORE(self), n);
    DECREF(n);
    return 0;
}

static Object *core_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Obj_Alloc(t, (size_t)t->basicsize); /* a zero state until seeded */
}

static ArgSpec *const core_init_args = ARGS_F(ARG_COUNT_STYLE | ARG_NO_TEXT_SIG, "(seed=None, /)", NULL);

static int core_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[1];
    if (Arg_Unpack(core_init_args, "Random", args, nargs, kwnames, a) < 0) return -1;
    return core_seed(self, a[0]);
}

static void core_dealloc(Object *o) { Obj_Free(o); }

static Object *core_random(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Float_From(Mt_Double(CORE(self)));
}

static Object *core_seed_method(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)kwnames;
    if (core_seed(self, nargs ? args[0] : NULL) < 0) return NULL;
    RETURN_NONE;
}

static Object *core_getstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    MtState *mt = CORE(self);
    Object *t = Tuple_New(MT_WORDS + 1);
    if (!t) return NULL;
    for (int i = 0; i < MT_WORDS; i++) TUPLE_ITEMS(t)[i] = SMALL_FROM(mt->word[i]);
    TUPLE_ITEMS(t)[MT_WORDS] = SMALL_FROM(mt->pos);
    return t;
}

/* One word of a saved state: an int in [0, 2**64), as an unsigned long. */
static int state_word(Object *o, uint64_t *out) {
    if (!Int_Check(o)) {
        Err_SetString(Exc_TypeError, "an integer is required");
        return -1;
    }
    if (Int_Sign(o) < 0) {
        Err_SetString(Exc_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    Int_ToMpz(o, z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    *out = fits ? (uint64_t)mpz_getlimbn(z, 0) : 0;
    mpz_clear(z);
    if (fits) return 0;
    Err_SetString(Exc_OverflowError, "Python int too large to convert to C unsigned long");
    return -1;
}

static Object *core_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    Object *state = args[0];
    if (!Tuple_Check(state)) {
        Err_SetString(Exc_TypeError, "state vector must be a tuple");
        return NULL;
    }
    if (TUPLE_LEN(state) != MT_WORDS + 1) {
        Err_SetString(Exc_ValueError, "state vector is the wrong size");
        return NULL;
    }
    MtState fresh;
    for (int i = 0; i < MT_WORDS; i++) {
        uint64_t v;
        if (state_word(TUPLE_GET(state, i), &v) < 0) return NULL;
        fresh.word[i] = (uint32_t)v; /* CPython keeps the low 32 bits of each */
    }
    Object *pos = Obj_Index(TUPLE_GET(state, MT_WORDS));
    if (!pos) return NULL;
    int64_t p;
    int r = Int_AsI64(pos, &p);
    DECREF(pos);
    if (r < 0) {
        Err_Clear();
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C long");
        return NULL;
    }
    if (p < 0 || p > MT_WORDS) {
        Err_SetString(Exc_ValueError, "invalid state");
        return NULL;
    }
    fresh.pos = (int)p;
    *CORE(self) = fresh;
    RETURN_NONE;
}

static Object *core_getrandbits(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    uint64_t bits;
    if (Int_AsUnsigned(args[0], "uint64_t", UINT64_MAX, &bits) < 0) return NULL;
    return Mt_Bits(CORE(self), bits);
}

static const MethodDef core_methods[] = {
    {"random", core_random, 0, ARGS("($self, /)", "random() -> x in the interval [0, 1).")},
    {"seed", core_seed_method, 0,
     ARGS("($self, n=None, /)", "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\n"
                                "of the current time and the process identifier.")},
    {"getstate", core_getstate, 0, ARGS("($self, /)", "getstate() -> tuple containing the current state.")},
    {"setstate", core_setstate, 0, ARGS("($self, state, /)", "setstate(state) -> None.  Restores generator state.")},
    {"getrandbits", core_getrandbits, 0,
     ARGS("($self, k, /)", "getrandbits(k) -> x.  Generates an int with k random bits.")},
    {NULL, NULL, 0, NULL},
};

Type RandomCore_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_random.Random",
    .basicsize = sizeof(RandomCore),
    .flags = TPFLAG_BASETYPE,
    .doc = "Random() -> create a random number generator with its own internal state.",
    .dealloc = core_dealloc,
    .new_ = core_new,
    .init = core_init,
    .methods = core_methods,
};

Type *const Random_Types[] = {&RandomCore_Type, NULL};

/* ---- what random.Random's C helpers ask ------------------------------------ */

static bool is_core_method(Object *self, Object *name) {
    Object *found = Type_Lookup(TYPE(self), name);
    return found && found == Type_Lookup(&RandomCore_Type, name);
}

bool Random_InstanceHas(Object *self, Object *name) {
    Object **dict = Obj_DictPtr(self), *found;
    if (!dict || !*dict) return false;
    int r = Dict_Lookup(*dict, name, &found);
    if (r < 0) Err_Clear(); /* a key's __eq__ raised: take the slow, exact path */
    return r != 0;
}

bool Random_PlainBits(Object *self) {
    return is_core_method(self, ID(getrandbits)) && !Random_InstanceHas(self, ID(getrandbits));
}

int Random_Init(Object *module) {
    if (Module_AddObjectSteal(module, "__doc__",
                              Str_FromUTF8("Module implements the Mersenne Twister random number generator.", -1)) < 0)
        return -1;
    return Module_AddObject(module, "Random", (Object *)&RandomCore_Type);
}
