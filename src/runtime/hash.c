/* Hashing as CPython computes it: SipHash-1-3 over bytes, keyed from
 * PYTHONHASHSEED exactly as CPython derives its key, and the identity hash of
 * objects (address rotated right by 4 bits). */
#include "runtime/hash.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

/* CPython keeps 24 bytes of secret; SipHash uses the first 16 as k0, k1. */
static uint64_t sip_k0, sip_k1;

static inline uint64_t rotl64(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

static inline uint64_t load_le64(const uint8_t *p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = (v << 8) | p[i];
    return v;
}

#define SIP_ROUND()                                                                                 \
    do {                                                                                            \
        v0 += v1; v1 = rotl64(v1, 13); v1 ^= v0; v0 = rotl64(v0, 32);                              \
        v2 += v3; v3 = rotl64(v3, 16); v3 ^= v2;                                                    \
        v0 += v3; v3 = rotl64(v3, 21); v3 ^= v0;                                                    \
        v2 += v1; v1 = rotl64(v1, 17); v1 ^= v2; v2 = rotl64(v2, 32);                              \
    } while (0)

/* SipHash with one compression round per word and three finalisation rounds. */
static uint64_t siphash13(uint64_t k0, uint64_t k1, const uint8_t *p, size_t len) {
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    size_t nwords = len / 8;
    for (size_t i = 0; i < nwords; i++, p += 8) {
        uint64_t m = load_le64(p);
        v3 ^= m;
        SIP_ROUND();
        v0 ^= m;
    }
    uint64_t b = (uint64_t)len << 56;
    size_t rest = len & 7;
    for (size_t i = 0; i < rest; i++) b |= (uint64_t)p[i] << (8 * i);
    v3 ^= b;
    SIP_ROUND();
    v0 ^= b;
    v2 ^= 0xff;
    SIP_ROUND();
    SIP_ROUND();
    SIP_ROUND();
    return v0 ^ v1 ^ v2 ^ v3;
}

uint64_t Hash_Keyed(uint64_t key, const void *p, size_t len) {
    return siphash13(key, 0, (const uint8_t *)p, len);
}

hash_t Hash_Bytes(const void *p, size_t len) {
    if (len == 0) return 0;
    hash_t h = (hash_t)siphash13(sip_k0, sip_k1, (const uint8_t *)p, len);
    return h == -1 ? -2 : h;
}

static void set_key_bytes(const uint8_t key[24]) {
    sip_k0 = load_le64(key);
    sip_k1 = load_le64(key + 8);
}

void Hash_SetSeed(uint64_t seed) {
    uint8_t key[24] = {0};
    if (seed != 0) {
        /* CPython's 32-bit LCG (the MSVC rand() constants), one byte per step. */
        uint32_t x = (uint32_t)seed;
        for (int i = 0; i < 24; i++) {
            x = x * 214013u + 2531011u;
            key[i] = (uint8_t)((x >> 16) & 0xff);
        }
    }
    set_key_bytes(key);
}

static void random_key(void) {
    uint8_t key[24];
    size_t got = 0;
    while (got < sizeof key) {
        ssize_t n = getrandom(key + got, sizeof key - got, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            break;
        }
        got += (size_t)n;
    }
    if (got < sizeof key) {
        int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            while (got < sizeof key) {
                ssize_t n = read(fd, key + got, sizeof key - got);
                if (n <= 0) break;
                got += (size_t)n;
            }
            close(fd);
        }
    }
    if (got < sizeof key) {
        /* Last resort: never leave the key predictable-zero by accident. */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint64_t s = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20) ^ (uint64_t)getpid();
        for (size_t i = got; i < sizeof key; i++) {
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            key[i] = (uint8_t)(s >> 56);
        }
    }
    set_key_bytes(key);
}

/* Set by Hash_SetSeedText before start-up: the seed in place of PYTHONHASHSEED. */
static bool seed_given;
static bool seed_random = true;
static uint64_t seed_value;
static bool seed_taken; /* start-up made the key: too late to change it */

/* Reads a PYTHONHASHSEED value: "random" (or empty) or a decimal in
 * [0, 4294967295], as CPython accepts; -1 for anything else. */
static int parse_seed(const char *s, bool *random, uint64_t *value) {
    if (!s || !*s || strcmp(s, "random") == 0) {
        *random = true;
        return 0;
    }
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v > 4294967295ULL || strchr(s, '-')) return -1;
    *random = false;
    *value = v;
    return 0;
}

int Hash_SetSeedText(const char *text) {
    bool random;
    uint64_t value = 0;
    if (__atomic_load_n(&seed_taken, __ATOMIC_ACQUIRE) || parse_seed(text, &random, &value) < 0) return -1;
    seed_given = true;
    seed_random = random;
    seed_value = value;
    return 0;
}

bool Hash_Randomized(void) { return seed_random || seed_value != 0; }

void Hash_InitFromEnv(void) {
    __atomic_store_n(&seed_taken, true, __ATOMIC_RELEASE);
    /* CPython refuses an invalid PYTHONHASHSEED at start-up (the cipy
     * command does too); an embedder gets a random key. */
    if (!seed_given && parse_seed(getenv("PYTHONHASHSEED"), &seed_random, &seed_value) < 0) seed_random = true;
    if (seed_random) random_key();
    else Hash_SetSeed(seed_value);
}

hash_t Hash_Pointer(const void *p) {
    uint64_t y = (uint64_t)(uintptr_t)p;
    y = (y >> 4) | (y << 60);
    hash_t h = (hash_t)y;
    return h == -1 ? -2 : h;
}
