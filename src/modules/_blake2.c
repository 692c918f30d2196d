/* The _blake2 module: BLAKE2b and BLAKE2s (RFC 7693) with every parameter
 * of the parameter block (digest size, key, salt, personalisation and the
 * tree-hashing fields), which libcrypto's EVP interface does not expose.
 *
 * Both variants share one implementation written over a word type: a
 * Blake2Spec says how wide the words are and how the rounds rotate, and
 * the compression function is instantiated once per word size. */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/err.h"
#include <stdio.h>
#include <string.h>

/* ---- the hash functions --------------------------------------------------------------- */

static const uint8_t SIGMA[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
};

static const uint64_t IV64[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};
static const uint32_t IV32[8] = {
    0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au, 0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u,
};

/* One compression function per word size: h updated by block m, t the
 * byte count so far (two words), last the finalisation flags f0 and f1. */
#define DEFINE_COMPRESS(NAME, W, WBITS, IV, ROUNDS, R1, R2, R3, R4)                                      \
    static inline W NAME##_rot(W x, int n) { return (W)((x >> n) | (x << (WBITS - n))); }                   \
    static inline W NAME##_load(const uint8_t *p) {                                                      \
        W v = 0;                                                                                         \
        for (int i = (int)sizeof(W) - 1; i >= 0; i--) v = (W)((v << 8) | p[i]);                          \
        return v;                                                                                        \
    }                                                                                                    \
    static void NAME##_compress(W h[8], const uint8_t *block, W t0, W t1, W f0, W f1) {                  \
        W m[16], v[16];                                                                                  \
        for (int i = 0; i < 16; i++) m[i] = NAME##_load(block + i * sizeof(W));                          \
        for (int i = 0; i < 8; i++) {                                                                    \
            v[i] = h[i];                                                                                 \
            v[i + 8] = IV[i];                                                                            \
        }                                                                                                \
        v[12] ^= t0;                                                                                     \
        v[13] ^= t1;                                                                                     \
        v[14] ^= f0;                                                                                     \
        v[15] ^= f1;                                                                                     \
        for (int r = 0; r < ROUNDS; r++) {                                                               \
            const uint8_t *s = SIGMA[r];                                                                 \
            /* columns, then diagonals: (a, b, c, d) index quadruples */                                 \
            static const uint8_t lanes[8][4] = {{0, 4, 8, 12},  {1, 5, 9, 13}, {2, 6, 10, 14},            \
                                                {3, 7, 11, 15}, {0, 5, 10, 15}, {1, 6, 11, 12},          \
                                                {2, 7, 8, 13},  {3, 4, 9, 14}};                          \
            for (int g = 0; g < 8; g++) {                                                                \
                int a = lanes[g][0], b = lanes[g][1], c = lanes[g][2], d = lanes[g][3];                  \
                v[a] = (W)(v[a] + v[b] + m[s[2 * g]]);                                                   \
                v[d] = NAME##_rot(v[d] ^ v[a], R1);                                                      \
                v[c] = (W)(v[c] + v[d]);                                                                 \
                v[b] = NAME##_rot(v[b] ^ v[c], R2);                                                      \
                v[a] = (W)(v[a] + v[b] + m[s[2 * g + 1]]);                                               \
                v[d] = NAME##_rot(v[d] ^ v[a], R3);                                                      \
                v[c] = (W)(v[c] + v[d]);                                                                 \
                v[b] = NAME##_rot(v[b] ^ v[c], R4);                                                      \
            }                                                                                            \
        }                                                                                                \
        for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];                                             \
    }

DEFINE_COMPRESS(b2b, uint64_t, 64, IV64, 12, 32, 24, 16, 63)
DEFINE_COMPRESS(b2s, uint32_t, 32, IV32, 10, 16, 12, 8, 7)

/* The state of either variant; words are kept as uint64_t (BLAKE2s uses
 * their low halves only, through its own copy at each step). */
typedef struct Blake2State {
    uint64_t h[8];
    uint64_t t;       /* bytes compressed so far (BLAKE2b's 128-bit count never exceeds 64 bits here) */
    uint8_t buf[128]; /* the block not yet compressed */
    size_t buflen;
    bool last_node;
} Blake2State;

/* What tells the variants apart. */
typedef struct Blake2Spec {
    const char *name, *title;     /* "blake2b", "Blake2b" */
    size_t block, max_digest, max_key, salt, person, word;
    uint64_t max_node_offset;     /* node_offset must fit in 64 or 48 bits */
} Blake2Spec;

static const Blake2Spec SPEC_B = {"blake2b", "Blake2b", 128, 64, 64, 16, 16, 8, UINT64_MAX};
static const Blake2Spec SPEC_S = {"blake2s", "Blake2s", 64, 32, 32, 8, 8, 4, (1ULL << 48) - 1};

static void state_compress(const Blake2Spec *spec, Blake2State *st, const uint8_t *block, bool final) {
    if (spec->word == 8) {
        uint64_t f0 = final ? UINT64_MAX : 0, f1 = final && st->last_node ? UINT64_MAX : 0;
        b2b_compress(st->h, block, st->t, 0, f0, f1);
    } else {
        uint32_t h[8], f0 = final ? UINT32_MAX : 0, f1 = final && st->last_node ? UINT32_MAX : 0;
        for (int i = 0; i < 8; i++) h[i] = (uint32_t)st->h[i];
        b2s_compress(h, block, (uint32_t)st->t, (uint32_t)(st->t >> 32), f0, f1);
        for (int i = 0; i < 8; i++) st->h[i] = h[i];
    }
}

/* Feeds bytes; the last block is always kept back for the final step. */
static void state_update(const Blake2Spec *spec, Blake2State *st, const uint8_t *p, size_t n) {
    size_t bs = spec->block;
    while (n > 0) {
        if (st->buflen == bs) {
            st->t += bs;
            state_compress(spec, st, st->buf, false);
            st->buflen = 0;
        }
        /* whole blocks straight from the input, keeping the last one back */
        while (st->buflen == 0 && n > bs) {
            st->t += bs;
            state_compress(spec, st, p, false);
            p += bs;
            n -= bs;
        }
        size_t take = bs - st->buflen < n ? bs - st->buflen : n;
        memcpy(st->buf + st->buflen, p, take);
        st->buflen += take;
        p += take;
        n -= take;
    }
}

/* The digest of a copy of the state (the object goes on accepting data). */
static void state_digest(const Blake2Spec *spec, const Blake2State *st0, uint8_t *out, size_t len) {
    Blake2State st = *st0;
    memset(st.buf + st.buflen, 0, spec->block - st.buflen);
    st.t += st.buflen;
    state_compress(spec, &st, st.buf, true);
    for (size_t i = 0; i < len; i++) out[i] = (uint8_t)(st.h[i / spec->word] >> (8 * (i % spec->word)));
}

/* ---- parameters ------------------------------------------------------------------------- */

typedef struct Blake2Params {
    int digest_size, fanout, depth, node_depth, inner_size;
    uint64_t leaf_size, node_offset;
    const uint8_t *key, *salt, *person;
    ssize_t nkey, nsalt, nperson;
    bool last_node;
} Blake2Params;

/* The parameter block laid over the IV (RFC 7693, section 2.5). */
static void state_init(const Blake2Spec *spec, Blake2State *st, const Blake2Params *pp) {
    uint8_t block[64] = {0};
    block[0] = (uint8_t)pp->digest_size;
    block[1] = (uint8_t)pp->nkey;
    block[2] = (uint8_t)pp->fanout;
    block[3] = (uint8_t)pp->depth;
    for (int i = 0; i < 4; i++) block[4 + i] = (uint8_t)(pp->leaf_size >> (8 * i));
    size_t off_len = spec->word == 8 ? 8 : 6, at = 8 + off_len;
    for (size_t i = 0; i < off_len; i++) block[8 + i] = (uint8_t)(pp->node_offset >> (8 * i));
    block[at] = (uint8_t)pp->node_depth;
    block[at + 1] = (uint8_t)pp->inner_size;
    size_t salt_at = spec->word == 8 ? 32 : 16;
    if (pp->nsalt > 0) memcpy(block + salt_at, pp->salt, (size_t)pp->nsalt);
    if (pp->nperson > 0) memcpy(block + salt_at + spec->salt, pp->person, (size_t)pp->nperson);
    memset(st, 0, sizeof *st);
    for (int i = 0; i < 8; i++) {
        uint64_t w = 0;
        for (int k = (int)spec->word - 1; k >= 0; k--) w = (w << 8) | block[i * spec->word + (size_t)k];
        st->h[i] = (spec->word == 8 ? IV64[i] : IV32[i]) ^ w;
    }
    st->last_node = pp->last_node;
    if (pp->nkey > 0) {
        uint8_t keyblock[128] = {0};
        memcpy(keyblock, pp->key, (size_t)pp->nkey);
        state_update(spec, st, keyblock, spec->block);
    }
}

/* An int parameter in [lo, hi], else ValueError text. */
static int small_param(Object *o, int dflt, int lo, int hi, const char *text, int *out) {
    *out = dflt;
    if (!o) return 0;
    if (Arg_AsCInt(o, out) < 0) return -1;
    if (*out < lo || *out > hi) {
        Err_SetString(Exc_ValueError, text);
        return -1;
    }
    return 0;
}

/* An unsigned parameter as CPython's unsigned converters read it, then
 * bounded by max (OverflowError "<name> is too large"). */
static int unsigned_param(Object *o, const char *name, const char *ctype, uint64_t max, uint64_t *out) {
    *out = 0;
    if (!o) return 0;
    if (Int_AsUnsigned(o, ctype, UINT64_MAX, out) < 0) return -1;
    if (*out <= max) return 0;
    Err_Format(Exc_OverflowError, "%s is too large", name);
    return -1;
}

/* A bytes-like parameter of at most max bytes. */
static int bytes_param(Object *o, size_t max, const char *what, const uint8_t **p, ssize_t *n) {
    *p = NULL;
    *n = 0;
    if (!o) return 0;
    if (Buffer_PeekArg(o, p, n) < 0) return -1;
    if ((size_t)*n > max) {
        Err_Format(Exc_ValueError, "maximum %s length is %zu bytes", what, max);
        return -1;
    }
    return 0;
}

/* The memory of hashed data: str is refused with CPython's text. */
static int data_of(Object *o, const uint8_t **p, ssize_t *n) {
    if (Str_Check(o)) {
        Err_SetString(Exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    int got = Buffer_Peek(o, p, n);
    if (got == 0) Err_SetString(Exc_TypeError, "object supporting the buffer API required");
    return got > 0 ? 0 : -1;
}

/* ---- the objects --------------------------------------------------------------------------- */

typedef struct Blake2 {
    Object ob;
    const Blake2Spec *spec;
    int digest_size;
    Blake2State st;
} Blake2;

static Type Blake2b_Type, Blake2s_Type;

static const Blake2Spec *spec_of(Type *t) {
    for (; t; t = t->base)
        if (t == &Blake2s_Type) return &SPEC_S;
    return &SPEC_B;
}

/* Arguments, in the declaration's order: data, then the keyword-only
 * digest_size, key, salt, person, fanout, depth, leaf_size, node_offset,
 * node_depth, inner_size, last_node, usedforsecurity, string. */
enum { A_DATA, A_DIGEST, A_KEY, A_SALT, A_PERSON, A_FANOUT, A_DEPTH, A_LEAF, A_OFFSET, A_NDEPTH, A_INNER,
       A_LAST, A_SECURITY, A_STRING, A_COUNT };

static int read_params(const Blake2Spec *spec, Object *const *a, Blake2Params *pp) {
    pp->digest_size = (int)spec->max_digest;
    if (a[A_DIGEST]) {
        if (Arg_AsCInt(a[A_DIGEST], &pp->digest_size) < 0) return -1;
        if (pp->digest_size < 1 || (size_t)pp->digest_size > spec->max_digest) {
            Err_Format(Exc_ValueError, "digest_size for %s must be between 1 and %zu bytes, here it is %d",
                       spec->title, spec->max_digest, pp->digest_size);
            return -1;
        }
    }
    const char *inner = spec->max_digest == 64 ? "inner_size must be between 0 and is 64"
                                               : "inner_size must be between 0 and is 32";
    if (bytes_param(a[A_KEY], spec->max_key, "key", &pp->key, &pp->nkey) < 0 ||
        bytes_param(a[A_SALT], spec->salt, "salt", &pp->salt, &pp->nsalt) < 0 ||
        bytes_param(a[A_PERSON], spec->person, "person", &pp->person, &pp->nperson) < 0 ||
        small_param(a[A_FANOUT], 1, 0, 255, "fanout must be between 0 and 255", &pp->fanout) < 0 ||
        small_param(a[A_DEPTH], 1, 1, 255, "depth must be between 1 and 255", &pp->depth) < 0 ||
        unsigned_param(a[A_LEAF], "leaf_size", "unsigned long", UINT32_MAX, &pp->leaf_size) < 0 ||
        unsigned_param(a[A_OFFSET], "node_offset", "unsigned long long", spec->max_node_offset, &pp->node_offset) < 0 ||
        small_param(a[A_NDEPTH], 0, 0, 255, "node_depth must be between 0 and 255", &pp->node_depth) < 0 ||
        small_param(a[A_INNER], 0, 0, (int)spec->max_digest, inner, &pp->inner_size) < 0)
        return -1;
    pp->last_node = false;
    if (a[A_LAST]) {
        int truth = Obj_IsTrue(a[A_LAST]);
        if (truth < 0) return -1;
        pp->last_node = truth;
    }
    return 0;
}

static Object *blake2_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[A_COUNT];
    if (Arg_Unpack(t->args, t == &Blake2s_Type ? "blake2s" : "blake2b", args, nargs, kwnames, a) < 0)
        return NULL;
    const Blake2Spec *spec = spec_of(t);
    Object *data = a[A_DATA];
    if (data && a[A_STRING]) {
        Err_SetString(Exc_TypeError, "'data' and 'string' are mutually exclusive and support for 'string' "
                                     "keyword parameter is slated for removal in a future version.");
        return NULL;
    }
    if (!data && a[A_STRING] && a[A_STRING] != OBJ_NONE) data = a[A_STRING];
    const uint8_t *p = NULL;
    ssize_t n = 0;
    Blake2Params pp;
    if (read_params(spec, a, &pp) < 0 || (data && data_of(data, &p, &n) < 0)) return NULL;
    Blake2 *h = (Blake2 *)Obj_Alloc(t, sizeof(Blake2));
    if (!h) return NULL;
    h->spec = spec;
    h->digest_size = pp.digest_size;
    state_init(spec, &h->st, &pp);
    state_update(spec, &h->st, p, (size_t)n);
    return (Object *)h;
}

static Object *blake2_update(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Blake2 *h = (Blake2 *)self;
    const uint8_t *p;
    ssize_t n;
    if (data_of(args[0], &p, &n) < 0) return NULL;
    state_update(h->spec, &h->st, p, (size_t)n);
    RETURN_NONE;
}

static Object *blake2_digest(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Blake2 *h = (Blake2 *)self;
    uint8_t out[64];
    state_digest(h->spec, &h->st, out, (size_t)h->digest_size);
    return Bytes_From(out, h->digest_size);
}

static Object *blake2_hexdigest(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Blake2 *h = (Blake2 *)self;
    uint8_t out[64];
    static const char digits[] = "0123456789abcdef";
    char hex[128];
    state_digest(h->spec, &h->st, out, (size_t)h->digest_size);
    for (int i = 0; i < h->digest_size; i++) {
        hex[2 * i] = digits[out[i] >> 4];
        hex[2 * i + 1] = digits[out[i] & 15];
    }
    return Str_FromUTF8(hex, 2 * h->digest_size);
}

static Object *blake2_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Blake2 *h = (Blake2 *)self;
    Blake2 *c = (Blake2 *)Obj_Alloc(TYPE(self), sizeof(Blake2));
    if (!c) return NULL;
    c->spec = h->spec;
    c->digest_size = h->digest_size;
    c->st = h->st;
    return (Object *)c;
}

static Object *blake2_name(Object *self) { return Str_FromUTF8(((Blake2 *)self)->spec->name, -1); }
static Object *blake2_digest_size(Object *self) { return Int_FromI64(((Blake2 *)self)->digest_size); }
static Object *blake2_block_size(Object *self) { return Int_FromI64((int64_t)((Blake2 *)self)->spec->block); }

static const MethodDef blake2_methods[] = {
    {"copy", blake2_copy, 0, ARGS("($self, /)", "Return a copy of the hash object.")},
    {"digest", blake2_digest, 0, ARGS("($self, /)", "Return the digest value as a bytes object.")},
    {"hexdigest", blake2_hexdigest, 0,
     ARGS("($self, /)", "Return the digest value as a string of hexadecimal digits.")},
    {"update", blake2_update, 0,
     ARGS("($self, data, /)", "Update this hash object's state with the provided bytes-like object.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef blake2_getset[] = {
    {"name", blake2_name, NULL, NULL},
    {"digest_size", blake2_digest_size, NULL, NULL},
    {"block_size", blake2_block_size, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

#define BLAKE2_SIG(V)                                                                                       \
    "(data=b'', *, digest_size=_blake2." V ".MAX_DIGEST_SIZE,\n"                                        \
    "        key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0,\n"                              \
    "        node_offset=0, node_depth=0, inner_size=0, last_node=False,\n"                                 \
    "        usedforsecurity=True, string=None)"

static Type Blake2b_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_blake2.blake2b",
    .doc = "Return a new BLAKE2b hash object.",
    .basicsize = sizeof(Blake2),
    .dealloc = Obj_Free,
    .methods = blake2_methods,
    .getset = blake2_getset,
    .new_ = blake2_new,
    .args = ARGS_F(0, BLAKE2_SIG("blake2b"), NULL),
};

static Type Blake2s_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_blake2.blake2s",
    .doc = "Return a new BLAKE2s hash object.",
    .basicsize = sizeof(Blake2),
    .dealloc = Obj_Free,
    .methods = blake2_methods,
    .getset = blake2_getset,
    .new_ = blake2_new,
    .args = ARGS_F(0, BLAKE2_SIG("blake2s"), NULL),
};

Type *const Blake2_Types[] = {&Blake2b_Type, &Blake2s_Type, NULL};

/* The size limits as class attributes (MAX_DIGEST_SIZE, ...). */
int Blake2_Ready(void) {
    const Blake2Spec *specs[2] = {&SPEC_B, &SPEC_S};
    Type *types[2] = {&Blake2b_Type, &Blake2s_Type};
    for (int i = 0; i < 2; i++) {
        const struct {
            const char *name;
            size_t value;
        } attrs[] = {{"MAX_DIGEST_SIZE", specs[i]->max_digest},
                     {"MAX_KEY_SIZE", specs[i]->max_key},
                     {"PERSON_SIZE", specs[i]->person},
                     {"SALT_SIZE", specs[i]->salt}};
        for (int k = 0; k < 4; k++) {
            Object *v = Int_FromI64((int64_t)attrs[k].value);
            if (!v || Dict_SetStr(types[i]->dict, attrs[k].name, v) < 0) {
                XDECREF(v);
                return -1;
            }
            DECREF(v);
        }
    }
    return 0;
}

int Blake2_Init(Object *module) {
    if (Module_AddObjectSteal(module, "__doc__", Str_FromUTF8("_blake2b provides BLAKE2b for hashlib\n", -1)) < 0 ||
        Module_AddObject(module, "blake2b", (Object *)&Blake2b_Type) < 0 ||
        Module_AddObject(module, "blake2s", (Object *)&Blake2s_Type) < 0 ||
        Module_AddObjectSteal(module, "_GIL_MINSIZE", Int_FromI64(2048)) < 0)
        return -1;
    const Blake2Spec *specs[2] = {&SPEC_B, &SPEC_S};
    const char *prefixes[2] = {"BLAKE2B", "BLAKE2S"};
    for (int i = 0; i < 2; i++) {
        char name[40];
        const struct {
            const char *suffix;
            size_t value;
        } consts[] = {{"MAX_DIGEST_SIZE", specs[i]->max_digest},
                      {"MAX_KEY_SIZE", specs[i]->max_key},
                      {"PERSON_SIZE", specs[i]->person},
                      {"SALT_SIZE", specs[i]->salt}};
        for (int k = 0; k < 4; k++) {
            snprintf(name, sizeof name, "%s_%s", prefixes[i], consts[k].suffix);
            if (Module_AddObjectSteal(module, name, Int_FromI64((int64_t)consts[k].value)) < 0) return -1;
        }
    }
    return 0;
}
