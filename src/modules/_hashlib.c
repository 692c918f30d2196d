/* The _hashlib module: message digests, key derivation and HMAC through
 * OpenSSL's libcrypto (the EVP interface), under CPython's names.
 *
 * A HASH object owns one EVP_MD_CTX; digest() finishes a copy of it, so
 * the object can go on being updated.  HASHXOF (the SHAKE functions) is
 * the same object with a digest of the caller's length.  hashlib.py builds
 * the public module on top of this one and _blake2. */
#include "abstract.h"
#include "class.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/err.h"
#include <ctype.h>
#include <limits.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

/* ---- algorithm names ------------------------------------------------------------------ */

/* Python's name of each algorithm and OpenSSL's.  The first ones have a
 * constructor of their own (openssl_<name>); the fetched EVP_MD is kept
 * once found. */
typedef struct Algo {
    const char *py, *ossl;
    bool has_constructor;
    EVP_MD *md; /* fetched on first use; kept for the life of the process */
} Algo;

static Algo algos[] = {
    {"md5", "MD5", true, NULL},
    {"sha1", "SHA1", true, NULL},
    {"sha224", "SHA224", true, NULL},
    {"sha256", "SHA256", true, NULL},
    {"sha384", "SHA384", true, NULL},
    {"sha512", "SHA512", true, NULL},
    {"sha3_224", "SHA3-224", true, NULL},
    {"sha3_256", "SHA3-256", true, NULL},
    {"sha3_384", "SHA3-384", true, NULL},
    {"sha3_512", "SHA3-512", true, NULL},
    {"shake_128", "SHAKE128", true, NULL},
    {"shake_256", "SHAKE256", true, NULL},
    {"sha512_224", "SHA512-224", false, NULL},
    {"sha512_256", "SHA512-256", false, NULL},
    {"blake2b", "BLAKE2B-512", false, NULL},
    {"blake2s", "BLAKE2S-256", false, NULL},
    {"md5-sha1", "MD5-SHA1", false, NULL},
    {"ripemd160", "RIPEMD-160", false, NULL},
    {"sm3", "SM3", false, NULL},
};
enum { NALGOS = sizeof algos / sizeof *algos };

static const EVP_MD *algo_md(Algo *a) {
    if (!a->md) a->md = EVP_MD_fetch(NULL, a->ossl, NULL);
    return a->md;
}

/* The digest called `name` (Python's spelling, or any OpenSSL knows), with
 * *py set to the Python name of what was found (borrowed, static, or NULL
 * when the digest is known only to OpenSSL: `owned` is then fetched and
 * must be freed).  NULL when unknown (no error set). */
static const EVP_MD *md_lookup(const char *name, const char **py, EVP_MD **owned) {
    *owned = NULL;
    *py = NULL;
    for (int i = 0; i < NALGOS; i++)
        if (strcmp(name, algos[i].py) == 0) {
            *py = algos[i].py;
            return algo_md(&algos[i]);
        }
    ERR_set_mark();
    EVP_MD *md = EVP_MD_fetch(NULL, name, NULL);
    ERR_pop_to_mark();
    if (!md) return NULL;
    for (int i = 0; i < NALGOS; i++)
        if (EVP_MD_is_a(md, algos[i].ossl)) {
            *py = algos[i].py;
            EVP_MD_free(md);
            return algo_md(&algos[i]);
        }
    *owned = md;
    return md;
}

/* Python's name of a digest OpenSSL alone knows: its name in lower case. */
static Object *ossl_name(const EVP_MD *md) {
    char buf[64];
    const char *n = EVP_MD_get0_name(md);
    size_t i = 0;
    for (; n && n[i] && i < sizeof buf - 1; i++) buf[i] = (char)tolower((unsigned char)n[i]);
    buf[i] = '\0';
    return Str_FromUTF8(buf, -1);
}

/* The module's UnsupportedDigestmodError (borrowed) raised with text. */
static Object *raise_unsupported(Object *module, const char *text) {
    Object *cls = module ? Dict_GetStr(MODULE_DICT(module), "UnsupportedDigestmodError") : NULL;
    Err_SetString(cls ? (Type *)cls : Exc_ValueError, text);
    return NULL;
}

/* ---- data arguments ----------------------------------------------------------------- */

/* The memory of a hashed object: str is refused with CPython's text. */
static int data_of(Object *o, const uint8_t **p, ssize_t *n) {
    if (Str_Check(o)) {
        Err_SetString(Exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    int got = Buffer_Peek(o, p, n);
    if (got == 0) Err_SetString(Exc_TypeError, "object supporting the buffer API required");
    return got > 0 ? 0 : -1;
}

/* data= or its old name string= (NULL when neither). */
static int data_or_string(Object *data, Object *string, Object **out) {
    if (data && string) {
        Err_SetString(Exc_TypeError, "'data' and 'string' are mutually exclusive and support for 'string' "
                                     "keyword parameter is slated for removal in a future version.");
        return -1;
    }
    *out = data ? data : string && string != OBJ_NONE ? string : NULL;
    return 0;
}

/* ---- HASH and HASHXOF ------------------------------------------------------------------ */

typedef struct Hash {
    Object ob;
    EVP_MD_CTX *ctx;
    Object *name; /* Python's name of the algorithm (str), owned */
} Hash;

static Type Hash_Type, HashXof_Type;

static void hash_dealloc(Object *o) {
    Hash *h = (Hash *)o;
    EVP_MD_CTX_free(h->ctx);
    XDECREF(h->name);
    Obj_Free(o);
}

static Hash *hash_alloc(const EVP_MD *md, Object *name) {
    Type *t = EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF ? &HashXof_Type : &Hash_Type;
    Hash *h = (Hash *)Obj_Alloc(t, sizeof(Hash));
    if (!h) return NULL;
    h->name = NEWREF(name);
    h->ctx = EVP_MD_CTX_new();
    if (!h->ctx) {
        DECREF((Object *)h);
        return (Hash *)Err_NoMemory();
    }
    return h;
}

static int hash_feed(Hash *h, const uint8_t *p, size_t n) {
    if (n > 0 && !EVP_DigestUpdate(h->ctx, p, n)) {
        Err_SetString(Exc_ValueError, "[digital envelope routines] digest update failed");
        return -1;
    }
    return 0;
}

/* A new HASH of md over data (NULL: nothing yet). */
static Object *hash_make(const EVP_MD *md, Object *name, Object *data) {
    const uint8_t *p = NULL;
    ssize_t n = 0;
    if (data && data_of(data, &p, &n) < 0) return NULL;
    Hash *h = hash_alloc(md, name);
    if (!h) return NULL;
    if (!EVP_DigestInit_ex(h->ctx, md, NULL)) {
        DECREF((Object *)h);
        Err_SetString(Exc_ValueError, "[digital envelope routines] initialization error");
        return NULL;
    }
    if (hash_feed(h, p, (size_t)n) < 0) {
        DECREF((Object *)h);
        return NULL;
    }
    return (Object *)h;
}

static Object *hash_update(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    const uint8_t *p;
    ssize_t n;
    if (data_of(args[0], &p, &n) < 0 || hash_feed((Hash *)self, p, (size_t)n) < 0) return NULL;
    RETURN_NONE;
}

/* The digest of what was fed so far, len bytes (an XOF's length; 0: the
 * digest's own size), into out. */
static int hash_finish(Hash *h, uint8_t *out, size_t len) {
    EVP_MD_CTX *tmp = EVP_MD_CTX_new();
    int ok = tmp && EVP_MD_CTX_copy_ex(tmp, h->ctx);
    if (ok) ok = len ? EVP_DigestFinalXOF(tmp, out, len) : EVP_DigestFinal_ex(tmp, out, NULL);
    EVP_MD_CTX_free(tmp);
    if (!ok) Err_SetString(Exc_ValueError, "[digital envelope routines] digest finalization failed");
    return ok ? 0 : -1;
}

static Object *hex_of(const uint8_t *p, size_t n) {
    static const char digits[] = "0123456789abcdef";
    Object *s = Str_NewRaw((ssize_t)(2 * n), 127);
    if (!s) return NULL;
    char *d = STR_DATA(s);
    for (size_t i = 0; i < n; i++) {
        d[2 * i] = digits[p[i] >> 4];
        d[2 * i + 1] = digits[p[i] & 15];
    }
    return s;
}

static Object *hash_digest_of(Object *self, bool hex) {
    Hash *h = (Hash *)self;
    uint8_t buf[EVP_MAX_MD_SIZE];
    size_t n = (size_t)EVP_MD_CTX_get_size(h->ctx);
    if (hash_finish(h, buf, 0) < 0) return NULL;
    return hex ? hex_of(buf, n) : Bytes_From(buf, (ssize_t)n);
}

static Object *hash_digest(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return hash_digest_of(self, false);
}

static Object *hash_hexdigest(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return hash_digest_of(self, true);
}

static Object *xof_digest_of(Object *self, Object *lenobj, bool hex) {
    ssize_t len;
    if (Index_AsSsizeArg(lenobj, &len) < 0) return NULL;
    if (len < 0) {
        /* CPython's answers, from making a bytes object or a buffer of a negative size */
        if (hex) return Err_NoMemory();
        Err_SetString(Exc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        return NULL;
    }
    if (len == 0) return hex ? Str_FromUTF8("", 0) : Bytes_From("", 0);
    uint8_t *buf = malloc((size_t)len);
    if (!buf) return Err_NoMemory();
    Object *r = NULL;
    if (hash_finish((Hash *)self, buf, (size_t)len) == 0) r = hex ? hex_of(buf, (size_t)len) : Bytes_From(buf, len);
    free(buf);
    return r;
}

static Object *xof_digest(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return xof_digest_of(self, args[0], false);
}

static Object *xof_hexdigest(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return xof_digest_of(self, args[0], true);
}

static Object *hash_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Hash *h = (Hash *)self;
    Hash *c = hash_alloc(EVP_MD_CTX_get0_md(h->ctx), h->name);
    if (!c) return NULL;
    if (!EVP_MD_CTX_copy_ex(c->ctx, h->ctx)) {
        DECREF((Object *)c);
        Err_SetString(Exc_ValueError, "[digital envelope routines] copy failed");
        return NULL;
    }
    return (Object *)c;
}

static Object *hash_name(Object *self) { return NEWREF(((Hash *)self)->name); }

static Object *hash_digest_size(Object *self) {
    const EVP_MD *md = EVP_MD_CTX_get0_md(((Hash *)self)->ctx);
    return Int_FromI64(EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF ? 0 : EVP_MD_get_size(md));
}

static Object *hash_block_size(Object *self) {
    return Int_FromI64(EVP_MD_get_block_size(EVP_MD_CTX_get0_md(((Hash *)self)->ctx)));
}

static Object *hash_repr(Object *self) {
    return Str_FromFormat("<%U %s object @ %p>", ((Hash *)self)->name, TYPE(self)->name, (void *)self);
}

static const MethodDef hash_methods[] = {
    {"copy", hash_copy, 0, ARGS("($self, /)", "Return a copy of the hash object.")},
    {"digest", hash_digest, 0, ARGS("($self, /)", "Return the digest value as a bytes object.")},
    {"hexdigest", hash_hexdigest, 0,
     ARGS("($self, /)", "Return the digest value as a string of hexadecimal digits.")},
    {"update", hash_update, 0, ARGS("($self, obj, /)", "Update this hash object's state with the provided string.")},
    {NULL, NULL, 0, NULL},
};

static const MethodDef xof_methods[] = {
    {"digest", xof_digest, 0, ARGS("($self, /, length)", "Return the digest value as a bytes object.")},
    {"hexdigest", xof_hexdigest, 0,
     ARGS("($self, /, length)", "Return the digest value as a string of hexadecimal digits.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef hash_getset[] = {
    {"name", hash_name, NULL, NULL},
    {"digest_size", hash_digest_size, NULL, NULL},
    {"block_size", hash_block_size, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

#define HASH_DOC_HEAD                                                                                   \
    "A hash is an object used to calculate a checksum of a string of information.\n\nMethods:\n\n"     \
    "update() -- updates the current digest with an additional string\n"
#define HASH_DOC_TAIL                                                                                   \
    "copy() -- return a copy of the current hash object\n\nAttributes:\n\n"                           \
    "name -- the hash algorithm being used by this object\n"                                          \
    "digest_size -- number of bytes in this hashes output"

static Type Hash_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_hashlib.HASH",
    .doc = HASH_DOC_HEAD "digest() -- return the current digest value\n"
                         "hexdigest() -- return the current digest as a string of hexadecimal digits\n" HASH_DOC_TAIL,
    .basicsize = sizeof(Hash),
    .flags = TPFLAG_BASETYPE,
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .methods = hash_methods,
    .getset = hash_getset,
};

static Type HashXof_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_hashlib.HASHXOF",
    .doc = HASH_DOC_HEAD "digest(length) -- return the current digest value\n"
                         "hexdigest(length) -- return the current digest as a string of hexadecimal digits\n"
                         HASH_DOC_TAIL,
    .base = &Hash_Type,
    .basicsize = sizeof(Hash),
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .methods = xof_methods,
};

/* ---- constructors ------------------------------------------------------------------------ */

/* new(name, data=b'', *, usedforsecurity=True, string=None) */
static Object *hashlib_new(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "new() argument 'name' must be str, not %s", ARG_TYPE_NAME(args[0]));
        return NULL;
    }
    Object *data;
    if (data_or_string(args[1], args[3], &data) < 0) return NULL;
    const char *name = Str_AsUTF8(args[0], NULL), *py;
    if (!name) return NULL;
    EVP_MD *owned;
    const EVP_MD *md = md_lookup(name, &py, &owned);
    if (!md) {
        return raise_unsupported(m, "[digital envelope routines] unsupported");
    }
    Object *pyname = py ? NEWREF(Str_InternC(py)) : ossl_name(md);
    Object *r = pyname ? hash_make(md, pyname, data) : NULL;
    XDECREF(pyname);
    EVP_MD_free(owned);
    return r;
}

/* openssl_<name>(data=b'', *, usedforsecurity=True, string=None): which
 * algorithm comes from the function's name. */
static Object *construct_named(const char *fname, Object *const *args) {
    Object *data;
    if (data_or_string(args[0], args[2], &data) < 0) return NULL;
    const char *py = fname + strlen("openssl_"), *found;
    EVP_MD *owned;
    const EVP_MD *md = md_lookup(py, &found, &owned);
    if (!md) {
        Err_Format(Exc_ValueError, "unsupported hash type %s", py);
        return NULL;
    }
    Object *r = hash_make(md, Str_InternC(py), data);
    EVP_MD_free(owned);
    return r;
}

#define CONSTRUCTOR(NAME)                                                                                       \
    static Object *hashlib_openssl_##NAME(Object *m, Object *const *args, size_t nargs, Object *kwnames) {      \
        return construct_named("openssl_" #NAME, args);                                                      \
    }
CONSTRUCTOR(md5)
CONSTRUCTOR(sha1)
CONSTRUCTOR(sha224)
CONSTRUCTOR(sha256)
CONSTRUCTOR(sha384)
CONSTRUCTOR(sha512)
CONSTRUCTOR(sha3_224)
CONSTRUCTOR(sha3_256)
CONSTRUCTOR(sha3_384)
CONSTRUCTOR(sha3_512)
CONSTRUCTOR(shake_128)
CONSTRUCTOR(shake_256)

/* ---- key derivation ---------------------------------------------------------------------- */

/* A C long argument, CPython's "l" converter. */
static int long_arg(Object *o, long *out) {
    int64_t v;
    if (!Index_Check(o)) {
        Err_Format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(o));
        return -1;
    }
    Object *i = Obj_Index(o);
    if (!i) return -1;
    int r = Int_AsI64(i, &v);
    DECREF(i);
    if (r < 0) {
        if (Err_Matches(Exc_OverflowError)) {
            Err_Clear();
            Err_SetString(Exc_OverflowError, "Python int too large to convert to C long");
        }
        return -1;
    }
    *out = (long)v;
    return 0;
}

/* pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) */
static Object *hashlib_pbkdf2_hmac(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s", ARG_TYPE_NAME(args[0]));
        return NULL;
    }
    const uint8_t *pw, *salt;
    ssize_t npw, nsalt;
    long iterations, dklen = -1;
    if (Buffer_PeekArg(args[1], &pw, &npw) < 0 || Buffer_PeekArg(args[2], &salt, &nsalt) < 0 ||
        long_arg(args[3], &iterations) < 0)
        return NULL;
    if (iterations < 1) {
        Err_SetString(Exc_ValueError, "iteration value must be greater than 0.");
        return NULL;
    }
    if (iterations > INT_MAX) {
        Err_SetString(Exc_OverflowError, "iteration value is too great.");
        return NULL;
    }
    const char *name = Str_AsUTF8(args[0], NULL), *py;
    if (!name) return NULL;
    EVP_MD *owned;
    const EVP_MD *md = md_lookup(name, &py, &owned);
    if (!md) return raise_unsupported(m, "[digital envelope routines] unsupported");
    if (args[4] && args[4] != OBJ_NONE) {
        if (long_arg(args[4], &dklen) < 0) goto fail;
    } else {
        dklen = EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF ? 0 : EVP_MD_get_size(md);
    }
    if (dklen < 1) {
        Err_SetString(Exc_ValueError, "key length must be greater than 0.");
        goto fail;
    }
    if (dklen > INT_MAX) {
        Err_SetString(Exc_OverflowError, "key length is too great.");
        goto fail;
    }
    Object *key = Bytes_From(NULL, dklen);
    if (!key) goto fail;
    if (!PKCS5_PBKDF2_HMAC((const char *)pw, (int)npw, salt, (int)nsalt, (int)iterations, md, (int)dklen,
                           (unsigned char *)BYTES_DATA(key))) {
        DECREF(key);
        Err_SetString(Exc_ValueError, "[digital envelope routines] PBKDF2 failed");
        goto fail;
    }
    EVP_MD_free(owned);
    return key;
fail:
    EVP_MD_free(owned);
    return NULL;
}

/* scrypt's bound on p * r (RFC 7914: p * r < 2**30). */
#define SCRYPT_PR_MAX ((1u << 30) - 1)

/* scrypt(password, *, salt, n, r, p, maxmem=0, dklen=64) */
static Object *hashlib_scrypt(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const uint8_t *pw, *salt;
    ssize_t npw, nsalt;
    uint64_t n, r, p;
    long maxmem = 0, dklen = 64;
    if (Buffer_PeekArg(args[0], &pw, &npw) < 0 || Buffer_PeekArg(args[1], &salt, &nsalt) < 0 ||
        Int_AsUnsigned(args[2], "unsigned long", UINT64_MAX, &n) < 0 ||
        Int_AsUnsigned(args[3], "unsigned long", UINT64_MAX, &r) < 0 ||
        Int_AsUnsigned(args[4], "unsigned long", UINT64_MAX, &p) < 0 ||
        (args[5] && long_arg(args[5], &maxmem) < 0) || (args[6] && long_arg(args[6], &dklen) < 0))
        return NULL;
    if (n < 2 || (n & (n - 1))) {
        Err_SetString(Exc_ValueError, "n must be a power of 2.");
        return NULL;
    }
    if (maxmem < 0 || maxmem > INT_MAX) {
        Err_Format(Exc_ValueError, "maxmem must be positive and smaller than %d", INT_MAX);
        return NULL;
    }
    if (dklen < 1 || dklen > INT_MAX) {
        Err_Format(Exc_ValueError, "dklen must be greater than 0 and smaller than %d", INT_MAX);
        return NULL;
    }
    /* libcrypto checks the parameters on a dry run (no key asked for); its
     * refusal is worded as CPython words it, by the rule it broke */
    ERR_set_mark();
    int ok = EVP_PBE_scrypt(NULL, 0, NULL, 0, n, r, p, (uint64_t)maxmem, NULL, 0);
    ERR_pop_to_mark();
    if (!ok) {
        if (r == 0 || p == 0)
            Err_SetString(Exc_ValueError, "Invalid parameter combination for n, r, p, maxmem.");
        else if (p > SCRYPT_PR_MAX / r)
            Err_SetString(Exc_ValueError, "[digital envelope routines] parameter too large");
        else
            Err_SetString(Exc_ValueError, "[digital envelope routines] memory limit exceeded");
        return NULL;
    }
    Object *key = Bytes_From(NULL, dklen);
    if (!key) return NULL;
    ERR_set_mark();
    ok = EVP_PBE_scrypt((const char *)pw, (size_t)npw, salt, (size_t)nsalt, n, r, p, (uint64_t)maxmem,
                        (unsigned char *)BYTES_DATA(key), (size_t)dklen);
    ERR_pop_to_mark();
    if (!ok) {
        DECREF(key);
        return Err_NoMemory();
    }
    return key;
}

/* hmac_digest(key, msg, digest): one HMAC in one call (hmac.digest's fast way). */
static Object *hashlib_hmac_digest(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const uint8_t *key, *msg;
    ssize_t nkey, nmsg;
    if (Buffer_PeekArg(args[0], &key, &nkey) < 0 || Buffer_PeekArg(args[1], &msg, &nmsg) < 0) return NULL;
    if (!Str_Check(args[2])) {
        Err_Format(Exc_TypeError, "hmac_digest() argument 'digest' must be str, not %s", ARG_TYPE_NAME(args[2]));
        return NULL;
    }
    const char *name = Str_AsUTF8(args[2], NULL), *py;
    if (!name) return NULL;
    if (nkey > INT_MAX) {
        Err_SetString(Exc_OverflowError, "key is too long.");
        return NULL;
    }
    EVP_MD *owned;
    const EVP_MD *md = md_lookup(name, &py, &owned);
    if (!md) return raise_unsupported(m, "[digital envelope routines] unsupported");
    uint8_t out[EVP_MAX_MD_SIZE];
    unsigned int nout = 0;
    ERR_set_mark();
    bool ok = HMAC(md, key, (int)nkey, msg, (size_t)nmsg, out, &nout) != NULL;
    ERR_pop_to_mark();
    EVP_MD_free(owned);
    if (!ok) return raise_unsupported(m, "[digital envelope routines] unsupported");
    return Bytes_From(out, nout);
}

/* ---- compare_digest ----------------------------------------------------------------------- */

/* Compares in time that depends on the length of b only. */
static bool same_bytes(const uint8_t *a, size_t na, const uint8_t *b, size_t nb) {
    const volatile uint8_t *left = na == nb ? a : b;
    uint8_t diff = na == nb ? 0 : 1;
    for (size_t i = 0; i < nb; i++) diff |= (uint8_t)(left[i] ^ b[i]);
    return diff == 0;
}

static bool str_is_ascii(Object *s) {
    ssize_t n;
    const char *p = Str_AsUTF8(s, &n);
    for (ssize_t i = 0; p && i < n; i++)
        if ((unsigned char)p[i] >= 128) return false;
    return p != NULL;
}

static Object *hashlib_compare_digest(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a = args[0], *b = args[1];
    if (Str_Check(a) && Str_Check(b)) {
        if (!str_is_ascii(a) || !str_is_ascii(b)) {
            Err_SetString(Exc_TypeError, "comparing strings with non-ASCII characters is not supported");
            return NULL;
        }
        ssize_t na, nb;
        const char *pa = Str_AsUTF8(a, &na), *pb = Str_AsUTF8(b, &nb);
        return Bool_From(same_bytes((const uint8_t *)pa, (size_t)na, (const uint8_t *)pb, (size_t)nb));
    }
    if (!Buffer_Check(a) && !Buffer_Check(b)) {
        Err_Format(Exc_TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                   TYPE_NAME(a), TYPE_NAME(b));
        return NULL;
    }
    BufferView va, vb;
    if (Buffer_Get(a, &va, 0) < 0) return NULL;
    if (Buffer_Get(b, &vb, 0) < 0) {
        Buffer_Release(&va);
        return NULL;
    }
    bool same = same_bytes((const uint8_t *)va.buf, (size_t)va.len, (const uint8_t *)vb.buf, (size_t)vb.len);
    Buffer_Release(&va);
    Buffer_Release(&vb);
    return Bool_From(same);
}

static Object *hashlib_get_fips_mode(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromI64(EVP_default_properties_is_fips_enabled(NULL) ? 1 : 0);
}

/* ---- the module ----------------------------------------------------------------------------- */

#define CONSTRUCTOR_DEF(NAME)                                                                   \
    {"openssl_" #NAME, hashlib_openssl_##NAME, 0,                                                \
     ARGS("($module, /, data=b'', *, usedforsecurity=True, string=None)",                        \
          "Returns a " #NAME " hash object; optionally initialized with a string")}

static const MethodDef hashlib_functions[] = {
    {"new", hashlib_new, 0,
     ARGS("($module, /, name, data=b'', *, usedforsecurity=True, string=None)",
          "Return a new hash object using the named algorithm.\n\n"
          "An optional string argument may be provided and will be\nautomatically hashed.\n\n"
          "The MD5 and SHA1 algorithms are always supported.")},
    CONSTRUCTOR_DEF(md5),
    CONSTRUCTOR_DEF(sha1),
    CONSTRUCTOR_DEF(sha224),
    CONSTRUCTOR_DEF(sha256),
    CONSTRUCTOR_DEF(sha384),
    CONSTRUCTOR_DEF(sha512),
    CONSTRUCTOR_DEF(sha3_224),
    CONSTRUCTOR_DEF(sha3_256),
    CONSTRUCTOR_DEF(sha3_384),
    CONSTRUCTOR_DEF(sha3_512),
    CONSTRUCTOR_DEF(shake_128),
    CONSTRUCTOR_DEF(shake_256),
    {"pbkdf2_hmac", hashlib_pbkdf2_hmac, 0,
     ARGS("($module, /, hash_name, password, salt, iterations,\n            dklen=None)",
          "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function.")},
    {"scrypt", hashlib_scrypt, 0,
     ARGS("($module, /, password, *, salt, n, r, p, maxmem=0, dklen=64)",
          "scrypt password-based key derivation function.")},
    {"hmac_digest", hashlib_hmac_digest, 0,
     ARGS("($module, /, key, msg, digest)", "Single-shot HMAC.")},
    {"compare_digest", hashlib_compare_digest, 0,
     ARGS("($module, a, b, /)",
          "Return 'a == b'.\n\nThis function uses an approach designed to prevent\n"
          "timing analysis, making it appropriate for cryptography.\n\n"
          "a and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\n"
          "Note: If a and b are of different lengths, or if an error occurs,\n"
          "a timing attack could theoretically reveal information about the\n"
          "types and lengths of a and b--but not their values.")},
    {"get_fips_mode", hashlib_get_fips_mode, 0,
     ARGS("($module, /)", "Determine the OpenSSL FIPS mode of operation.\n\n"
                          "For OpenSSL 3.0.0 and newer it returns the state of the default provider\n"
                          "in the default OSSL context. It's not quite the same as FIPS_mode() but good\n"
                          "enough for unittests.\n\n"
                          "Effectively any non-zero return value indicates FIPS mode;\n"
                          "values other than 1 may have additional significance.")},
    {NULL, NULL, 0, NULL},
};

Type *const Hashlib_Types[] = {&Hash_Type, &HashXof_Type, NULL};

/* class UnsupportedDigestmodError(ValueError), shown in _hashlib. */
static Object *make_unsupported_class(void) {
    Object *name = Str_FromUTF8("UnsupportedDigestmodError", -1);
    Object *bases = Tuple_Pack(1, (Object *)Exc_ValueError), *ns = Dict_New();
    Object *mod = Str_FromUTF8("_hashlib", -1), *cls = NULL;
    if (name && bases && ns && mod && Dict_SetStr(ns, "__module__", mod) == 0)
        cls = Class_New(&Type_Type, name, bases, ns);
    XDECREF(name);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod);
    return cls;
}

/* The names of the digests this OpenSSL can make, as Python spells them. */
static Object *available_names(void) {
    Object *names = FrozenSet_New(NULL);
    for (int i = 0; names && i < NALGOS; i++) {
        ERR_set_mark();
        const EVP_MD *md = algo_md(&algos[i]);
        ERR_pop_to_mark();
        if (!md) continue;
        Object *s = Str_FromUTF8(algos[i].py, -1);
        if (!s || Set_Add(names, s) < 0) CLEAR(names);
        XDECREF(s);
    }
    return names;
}

int Hashlib_Init(Object *module) {
    if (Module_AddFunctions(module, hashlib_functions) < 0 ||
        Module_AddObject(module, "HASH", (Object *)&Hash_Type) < 0 ||
        Module_AddObject(module, "HASHXOF", (Object *)&HashXof_Type) < 0 ||
        Module_AddObjectSteal(module, "UnsupportedDigestmodError", make_unsupported_class()) < 0 ||
        Module_AddObjectSteal(module, "openssl_md_meth_names", available_names()) < 0 ||
        Module_AddObjectSteal(module, "_GIL_MINSIZE", Int_FromI64(2048)) < 0)
        return -1;
    /* _constructors: each openssl_<name> function and the name it makes */
    Object *ctors = Dict_New();
    if (!ctors) return -1;
    for (int i = 0; i < NALGOS; i++) {
        if (!algos[i].has_constructor) continue;
        char fname[32];
        snprintf(fname, sizeof fname, "openssl_%s", algos[i].py);
        Object *f = Dict_GetStr(MODULE_DICT(module), fname), *s = Str_FromUTF8(algos[i].py, -1);
        int bad = !f || !s || Dict_SetItem(ctors, f, s) < 0;
        XDECREF(s);
        if (bad) {
            DECREF(ctors);
            return -1;
        }
    }
    return Module_AddObjectSteal(module, "_constructors", ctors);
}
