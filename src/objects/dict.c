/* dict: a compact, insertion-ordered hash table.
 *
 * Entries are appended to a dense array in insertion order; a separate index
 * table (open addressing, CPython's perturbed probe sequence) maps hash slots
 * to entry positions.  Deleted entries keep their slot in the entry array
 * (key NULL) until the next resize compacts them away.
 * Views (dict_keys/values/items) and iterators live in dictview.c's section
 * at the end of this file. */
#include "objects/dict.h"
#include "abstract.h"
#include "objects/iterbase.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define IX_ERROR (-3)
#define MIN_SIZE 8
#define PERTURB_SHIFT 5
#define USABLE(size) (((size) << 1) / 3)

static Object *dict_iter(Object *o);

/* ---- the table -------------------------------------------------------------- */

static inline bool str_fast_eq(Object *a, Object *b) {
    return Str_CheckExact(a) && Str_CheckExact(b);
}

/* lookup()'s general case: keys compared with ==, which may run Python
 * code, fail, or change the table (the probe then starts again). */
static __attribute__((noinline)) ssize_t lookup_compare(Dict *d, Object *key, hash_t h) {
restart:
    if (!d->indices) return IX_EMPTY;
    int32_t *indices = d->indices;
    DictEntry *entries = d->entries;
    size_t mask = (size_t)d->mask, perturb = (size_t)h, i = (size_t)h & mask;
    for (;;) {
        int32_t ix = indices[i];
        if (ix == IX_EMPTY) return IX_EMPTY;
        if (ix >= 0) {
            DictEntry *e = &entries[ix];
            Object *sk = e->key;
            if (sk == key) return ix;
            if (e->hash == h) {
                if (str_fast_eq(sk, key)) {
                    if (Str_Eq(sk, key)) return ix;
                } else {
                    INCREF(sk);
                    int c = Obj_RichCompareBool(sk, key, CMP_EQ);
                    DECREF(sk);
                    if (c < 0) return IX_ERROR;
                    if (d->indices != indices || d->entries != entries || (size_t)d->mask != mask ||
                        e->key != sk)
                        goto restart;
                    if (c) return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Entry index of key, IX_EMPTY when absent, IX_ERROR with an exception.
 * The common outcomes (the key object itself, an equal exact str, or no
 * entry of the same hash) need no == call and are settled inline; any other
 * entry of the same hash sends the whole probe to lookup_compare, which
 * repeats it: the entries passed so far involved no comparison. */
static inline ssize_t lookup(Dict *d, Object *key, hash_t h) {
    if (!d->indices) return IX_EMPTY;
    size_t mask = (size_t)d->mask, perturb = (size_t)h, i = (size_t)h & mask;
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == IX_EMPTY) return IX_EMPTY;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key) return ix;
            if (e->hash == h) {
                if (!str_fast_eq(e->key, key)) return lookup_compare(d, key, h);
                if (Str_Eq(e->key, key)) return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Index-table slot that holds entry ix (which must be present). */
static size_t slot_of(Dict *d, hash_t h, ssize_t ix) {
    size_t mask = (size_t)d->mask, perturb = (size_t)h, i = (size_t)h & mask;
    while (d->indices[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* First free (empty or dummy) index slot for hash h. */
static size_t find_free_slot(int32_t *indices, size_t mask, hash_t h) {
    size_t perturb = (size_t)h, i = (size_t)h & mask;
    while (indices[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuilds the table with room for at least minused items, compacting the
 * entries (deleted ones vanish). */
static int dict_resize(Dict *d, ssize_t minused) {
    size_t size = MIN_SIZE;
    while (size < (size_t)minused) {
        size <<= 1;
        if (size > ((size_t)1 << 31)) {
            Err_NoMemory();
            return -1;
        }
    }
    ssize_t usable = USABLE((ssize_t)size);
    if (usable < d->used) usable = d->used;
    /* the object allocator: the tables of small dicts (keyword arguments,
     * instance attributes) then come from its free lists, not malloc */
    int32_t *indices = Mem_AllocUninit(sizeof(int32_t) * size);
    DictEntry *entries = Mem_AllocUninit(sizeof(DictEntry) * (size_t)(usable ? usable : 1));
    if (!indices || !entries) {
        Mem_Free(indices);
        Mem_Free(entries);
        Err_NoMemory();
        return -1;
    }
    /* all IX_EMPTY; the smallest table (most instance dicts) gets a
     * fixed-size fill the compiler writes inline */
    if (size == MIN_SIZE) memset(indices, 0xff, sizeof(int32_t) * MIN_SIZE);
    else memset(indices, 0xff, sizeof(int32_t) * size);
    ssize_t n = 0;
    for (ssize_t k = 0; k < d->nentries; k++) {
        DictEntry *e = &d->entries[k];
        if (!e->key) continue;
        entries[n] = *e;
        indices[find_free_slot(indices, size - 1, e->hash)] = (int32_t)n;
        n++;
    }
    Mem_Free(d->indices);
    Mem_Free(d->entries);
    d->indices = indices;
    d->entries = entries;
    d->mask = (ssize_t)size - 1;
    d->usable = usable;
    d->nentries = n;
    return 0;
}

/* The first item of a dict that has no table yet (new or cleared): the
 * smallest table, made for it directly.  Key and value borrowed; returns 0
 * (the entry index), -1 when out of memory. */
static ssize_t insert_first(Dict *d, Object *key, hash_t h, Object *value) {
    int32_t *indices = Mem_AllocUninit(sizeof(int32_t) * MIN_SIZE);
    DictEntry *entries = Mem_AllocUninit(sizeof(DictEntry) * USABLE(MIN_SIZE));
    if (!indices || !entries) {
        Mem_Free(indices);
        Mem_Free(entries);
        Err_NoMemory();
        return -1;
    }
    memset(indices, 0xff, sizeof(int32_t) * MIN_SIZE); /* all IX_EMPTY */
    indices[(size_t)h & (MIN_SIZE - 1)] = 0;
    entries[0] = (DictEntry){h, NEWREF(key), NEWREF(value)};
    d->indices = indices;
    d->entries = entries;
    d->mask = MIN_SIZE - 1;
    d->usable = USABLE(MIN_SIZE);
    d->nentries = d->used = 1;
    d->version = Dict_NewVersion();
    return 0;
}

/* Inserts or replaces; key and value are borrowed.  Returns the index of
 * the key's entry, -1 on error.  (A replaced value's release may run code
 * that changes the dict: the index is the one before that release.) */
static ssize_t insert(Dict *d, Object *key, hash_t h, Object *value) {
    if (!d->indices) return insert_first(d, key, h, value);
    ssize_t ix = lookup(d, key, h);
    if (ix == IX_ERROR) return -1;
    if (ix >= 0) {
        Object *old = d->entries[ix].value;
        d->entries[ix].value = NEWREF(value);
        d->version = Dict_NewVersion();
        DECREF(old);
        return ix;
    }
    if (d->nentries >= d->usable) {
        if (d->used > SSIZE_MAX / 3 || dict_resize(d, d->used * 3) < 0) {
            if (d->used > SSIZE_MAX / 3) Err_NoMemory();
            return -1;
        }
    }
    ssize_t n = d->nentries++;
    DictEntry *e = &d->entries[n];
    e->hash = h;
    e->key = NEWREF(key);
    e->value = NEWREF(value);
    d->indices[find_free_slot(d->indices, (size_t)d->mask, h)] = (int32_t)n;
    d->used++;
    d->version = Dict_NewVersion();
    return n;
}

/* Unlinks entry ix; returns its key and value (owned) through the pointers. */
static void remove_entry(Dict *d, ssize_t ix, Object **key, Object **value) {
    DictEntry *e = &d->entries[ix];
    d->indices[slot_of(d, e->hash, ix)] = IX_DUMMY;
    *key = e->key;
    *value = e->value;
    e->key = e->value = NULL;
    d->used--;
    d->version = Dict_NewVersion();
}

static hash_t key_hash(Object *key) {
    hash_t h = Obj_Hash(key);
    if (h == -1) Err_UnhashableKey(key, "a dict key");
    return h;
}

void Err_SetKeyError(Object *key) {
    Object *e = Exc_New(Exc_KeyError, &key, 1);
    if (e) Err_SetRaised(e);
}

/* ---- public API ----------------------------------------------------------- */

#define VERSION_BLOCK 65536
static uint64_t version_blocks = 1; /* the next block's first version (0 is never used) */
THREAD_LOCAL uint64_t Dict_VersionNext, Dict_VersionEnd;

uint64_t Dict_NewVersionBlock(void) {
    uint64_t v = __atomic_fetch_add(&version_blocks, VERSION_BLOCK, __ATOMIC_RELAXED);
    Dict_VersionNext = v + 1;
    Dict_VersionEnd = v + VERSION_BLOCK;
    return v;
}

static Object *dict_alloc(Type *t) {
    Dict *d;
    if (t == &Dict_Type) { /* the common case: every field set here */
        if (!(d = (Dict *)Obj_AllocStaticGC(t, sizeof(Dict)))) return NULL;
        *d = (Dict){.ob = d->ob};
    } else if (!(d = (Dict *)Obj_Alloc(t, (size_t)t->basicsize))) {
        return NULL;
    }
    d->version = Dict_NewVersion();
    return (Object *)d;
}

Object *Dict_New(void) { return dict_alloc(&Dict_Type); }

Object *Dict_NewPresized(ssize_t n) {
    Object *d = dict_alloc(&Dict_Type);
    if (d && n > USABLE(MIN_SIZE) && dict_resize((Dict *)d, (n * 3 + 1) / 2) < 0) {
        DECREF(d);
        return NULL;
    }
    return d;
}

int Dict_Reserve(Object *o, ssize_t n) {
    Dict *d = (Dict *)o;
    if (n <= d->usable - d->nentries || n > SSIZE_MAX / 3 - d->used) return 0;
    if (dict_resize(d, ((d->used + n) * 3 + 1) / 2) < 0) return -1;
    d->version = Dict_NewVersion(); /* entries moved: cached entry indices are stale */
    return 0;
}

int Dict_LookupHash(Object *o, Object *key, hash_t h, Object **out) {
    Dict *d = (Dict *)o;
    ssize_t ix = lookup(d, key, h);
    if (ix == IX_ERROR) return -1;
    if (ix < 0) return 0;
    *out = d->entries[ix].value;
    return 1;
}

ssize_t Dict_EntryIndex(Object *o, Object *key, hash_t h) {
    ssize_t ix = lookup((Dict *)o, key, h);
    return ix >= 0 ? ix : ix == IX_ERROR ? -2 : -1;
}

int Dict_Lookup(Object *d, Object *key, Object **out) {
    hash_t h = key_hash(key);
    if (h == -1) return -1;
    return Dict_LookupHash(d, key, h, out);
}

/* Looks up an ASCII C string without making a str: its hash equals the str's. */
static Object *get_ascii(Dict *d, const char *key, size_t len) {
    if (!d->indices) return NULL;
    hash_t h = len ? Hash_Bytes(key, len) : 0;
    if (h == -1) h = -2;
    size_t mask = (size_t)d->mask, perturb = (size_t)h, i = (size_t)h & mask;
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == IX_EMPTY) return NULL;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->hash == h && Str_Check(e->key) && (size_t)STR_LEN(e->key) == len && STR_KIND(e->key) == 1 &&
                memcmp(STR_DATA(e->key), key, len) == 0)
                return e->value;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Object *Dict_GetStrObj(Object *o, Object *key) {
    Dict *d = (Dict *)o;
    if (!d->indices) return NULL;
    hash_t h = Str_Hash(key);
    size_t mask = (size_t)d->mask, perturb = (size_t)h, i = (size_t)h & mask;
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == IX_EMPTY) return NULL;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key || (e->hash == h && Str_Check(e->key) && Str_Eq(e->key, key))) return e->value;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Object *Dict_GetStr(Object *d, const char *key) {
    size_t len = 0;
    bool ascii = true;
    for (; key[len]; len++) ascii &= (unsigned char)key[len] < 128;
    if (ascii) return get_ascii((Dict *)d, key, len);
    Object *k = Str_FromUTF8(key, -1);
    if (!k) return NULL;
    Object *v = NULL;
    Dict_Lookup(d, k, &v);
    DECREF(k);
    return v;
}

int Dict_SetItemHash(Object *d, Object *key, hash_t h, Object *value) {
    return insert((Dict *)d, key, h, value) < 0 ? -1 : 0;
}

ssize_t Dict_SetItemIndex(Object *d, Object *key, hash_t h, Object *value) {
    return insert((Dict *)d, key, h, value);
}

int Dict_SetItem(Object *d, Object *key, Object *value) {
    hash_t h = key_hash(key);
    if (h == -1) return -1;
    return insert((Dict *)d, key, h, value) < 0 ? -1 : 0;
}

int Dict_SetStr(Object *d, const char *key, Object *value) {
    Object *k = Str_FromUTF8(key, -1);
    if (!k) return -1;
    int r = Dict_SetItem(d, k, value);
    DECREF(k);
    return r;
}

int Dict_PopHash(Object *o, Object *key, hash_t h, Object **out) {
    Dict *d = (Dict *)o;
    ssize_t ix = lookup(d, key, h);
    if (ix == IX_ERROR) return -1;
    if (ix < 0) return 0;
    Object *k, *v;
    remove_entry(d, ix, &k, &v);
    DECREF(k);
    if (out) *out = v;
    else DECREF(v);
    return 1;
}

int Dict_PopItemHash(Object *o, Object *key, hash_t h, Object **okey, Object **ovalue) {
    Dict *d = (Dict *)o;
    ssize_t ix = lookup(d, key, h);
    if (ix == IX_ERROR) return -1;
    if (ix < 0) return 0;
    remove_entry(d, ix, okey, ovalue);
    return 1;
}

int Dict_Pop(Object *d, Object *key, Object **out) {
    hash_t h = key_hash(key);
    if (h == -1) return -1;
    return Dict_PopHash(d, key, h, out);
}

int Dict_DelItem(Object *d, Object *key) {
    int r = Dict_Pop(d, key, NULL);
    if (r == 0) {
        Err_SetKeyError(key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

ssize_t Dict_Len(Object *d) { return ((Dict *)d)->used; }

bool Dict_NextHash(Object *o, ssize_t *pos, Object **k, Object **v, hash_t *h) {
    Dict *d = (Dict *)o;
    ssize_t i = *pos;
    if (i < 0) return false;
    while (i < d->nentries && !d->entries[i].key) i++;
    if (i >= d->nentries) {
        *pos = i;
        return false;
    }
    DictEntry *e = &d->entries[i];
    if (k) *k = e->key;
    if (v) *v = e->value;
    if (h) *h = e->hash;
    *pos = i + 1;
    return true;
}

bool Dict_Next(Object *d, ssize_t *pos, Object **k, Object **v) {
    return Dict_NextHash(d, pos, k, v, NULL);
}

void Dict_Clear(Object *o) {
    Dict *d = (Dict *)o;
    int32_t *indices = d->indices;
    DictEntry *entries = d->entries;
    ssize_t n = d->nentries;
    d->indices = NULL;
    d->entries = NULL;
    d->nentries = d->used = d->usable = 0;
    d->mask = 0;
    d->version = Dict_NewVersion();
    Mem_Free(indices);
    if (entries) {
        for (ssize_t i = 0; i < n; i++) {
            XDECREF(entries[i].key);
            XDECREF(entries[i].value);
        }
        Mem_Free(entries);
    }
}

/* Copies src's items (dict) into the empty dict dst, preserving order. */
static int copy_into(Dict *dst, Dict *src) {
    if (src->used == 0) return 0;
    if (dict_resize(dst, src->used + (src->used >> 1) + 1) < 0) return -1;
    for (ssize_t i = 0; i < src->nentries; i++) {
        DictEntry *e = &src->entries[i];
        if (e->key && insert(dst, e->key, e->hash, e->value) < 0) return -1;
    }
    return 0;
}

Object *Dict_Copy(Object *d) {
    Object *r = Dict_New();
    if (!r) return NULL;
    if (copy_into((Dict *)r, (Dict *)d) < 0) {
        DECREF(r);
        return NULL;
    }
    return r;
}

static int merge_dict(Dict *d, Dict *other, int override) {
    if ((Object *)d == (Object *)other || other->used == 0) return 0;
    if (d->used == 0 && override != 2)
        if (dict_resize(d, (other->used + (other->used >> 1) + 1) * 3 / 2) < 0) return -1;
    for (ssize_t i = 0; i < other->nentries; i++) {
        DictEntry *e = &other->entries[i];
        if (!e->key) continue;
        Object *k = NEWREF(e->key), *v = NEWREF(e->value);
        hash_t h = e->hash;
        int r;
        if (override == 1) {
            r = insert(d, k, h, v) < 0 ? -1 : 0;
        } else {
            ssize_t ix = lookup(d, k, h);
            if (ix == IX_ERROR) r = -1;
            else if (ix >= 0) {
                if (override == 2) {
                    Err_SetKeyError(k);
                    r = -1;
                } else {
                    r = 0;
                }
            } else {
                r = insert(d, k, h, v) < 0 ? -1 : 0;
            }
        }
        DECREF(k);
        DECREF(v);
        if (r < 0) return -1;
        if (i >= other->nentries) break; /* other shrank under us */
    }
    return 0;
}

int Dict_Merge(Object *o, Object *other, int override) {
    Dict *d = (Dict *)o;
    if (Dict_Check(other) && TYPE(other)->iter == dict_iter) return merge_dict(d, (Dict *)other, override);
    Object *keys = Obj_CallMethodC(other, "keys", NULL, 0);
    if (!keys) return -1;
    Object *it = Obj_GetIter(keys);
    DECREF(keys);
    if (!it) return -1;
    for (;;) {
        Object *k = Iter_Next(it);
        if (!k) break;
        int r = 0;
        if (override != 1) {
            hash_t h = key_hash(k);
            Object *dummy;
            r = h == -1 ? -1 : Dict_LookupHash(o, k, h, &dummy);
            if (r > 0) {
                if (override == 2) {
                    Err_SetKeyError(k);
                    r = -1;
                } else {
                    DECREF(k);
                    continue;
                }
            }
        }
        if (r == 0) {
            Object *v = Obj_GetItem(other, k);
            r = v ? Dict_SetItem(o, k, v) : -1;
            XDECREF(v);
        }
        DECREF(k);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return Err_Occurred() ? -1 : 0;
}

/* Adds the (key, value) pairs produced by iterable. */
static int merge_pairs(Object *d, Object *iterable) {
    Object *it = Obj_GetIter(iterable);
    if (!it) return -1;
    for (ssize_t n = 0;; n++) {
        Object *item = Iter_Next(it);
        if (!item) break;
        Object *seq;
        if (List_CheckExact(item) || Tuple_CheckExact(item)) {
            seq = NEWREF(item);
        } else {
            Object *iit = Obj_GetIter(item);
            if (!iit) {
                if (Err_Matches(Exc_TypeError)) {
                    Err_Clear();
                    Err_SetString(Exc_TypeError, "object is not iterable");
                }
                seq = NULL;
            } else {
                seq = List_FromIterable(iit);
                DECREF(iit);
            }
        }
        DECREF(item);
        if (!seq) {
            DECREF(it);
            return -1;
        }
        ssize_t len = List_Check(seq) ? LIST_LEN(seq) : TUPLE_LEN(seq);
        if (len != 2) {
            Err_Format(Exc_ValueError, "dictionary update sequence element #%zd has length %zd; 2 is required", n,
                       len);
            DECREF(seq);
            DECREF(it);
            return -1;
        }
        Object **items = List_Check(seq) ? LIST_ITEMS(seq) : TUPLE_ITEMS(seq);
        Object *k = NEWREF(items[0]), *v = NEWREF(items[1]);
        DECREF(seq);
        int r = Dict_SetItem(d, k, v);
        DECREF(k);
        DECREF(v);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return Err_Occurred() ? -1 : 0;
}

int Dict_Update(Object *d, Object *other) {
    if (Dict_Check(other)) return Dict_Merge(d, other, 1);
    Object *keys;
    int r = Obj_LookupAttr(other, ID(keys), &keys);
    if (r < 0) return -1;
    if (r > 0) {
        DECREF(keys);
        return Dict_Merge(d, other, 1);
    }
    return merge_pairs(d, other);
}

static Object *entries_list(Dict *d, int what) {
    Object *l = List_New(d->used);
    if (!l) return NULL;
    ssize_t n = 0;
    for (ssize_t i = 0; i < d->nentries && n < d->used; i++) {
        DictEntry *e = &d->entries[i];
        if (!e->key) continue;
        Object *x = what == 0 ? NEWREF(e->key) : what == 1 ? NEWREF(e->value) : Tuple_Pack(2, e->key, e->value);
        if (!x) {
            /* fill the rest so the list can be released */
            for (; n < d->used; n++) LIST_ITEMS(l)[n] = NEWREF(OBJ_NONE);
            DECREF(l);
            return NULL;
        }
        LIST_ITEMS(l)[n++] = x;
    }
    return l;
}

Object *Dict_Keys(Object *d) { return entries_list((Dict *)d, 0); }
Object *Dict_Values(Object *d) { return entries_list((Dict *)d, 1); }
Object *Dict_Items(Object *d) { return entries_list((Dict *)d, 2); }

/* ---- slots ------------------------------------------------------------------- */

static void dict_dealloc(Object *o) {
    Dict_Clear(o);
    Obj_Free(o);
}

static int dict_traverse(Object *o, VisitFn visit, void *arg) {
    Dict *d = (Dict *)o;
    for (ssize_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (!e->key) continue;
        if (visit(e->key, arg) || visit(e->value, arg)) return 1;
    }
    return 0;
}

static int dict_clear_slot(Object *o) {
    Dict_Clear(o);
    return 0;
}

static Object *dict_repr(Object *o) {
    Dict *d = (Dict *)o;
    /* an empty dict already being shown is "{...}" too (a defaultdict that
     * is its own default_factory), as in CPython */
    int r = Repr_Enter(o);
    if (r) return r > 0 ? Str_FromUTF8("{...}", 5) : NULL;
    if (d->used == 0) {
        Repr_Leave(o);
        return Str_FromUTF8("{}", 2);
    }
    StrBuilder sb;
    SB_Init(&sb);
    bool first = true;
    if (SB_AppendChar(&sb, '{') < 0) goto fail;
    for (ssize_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (!e->key) continue;
        Object *k = NEWREF(e->key), *v = NEWREF(e->value);
        int rc = (!first ? SB_AppendASCII(&sb, ", ", 2) : 0) < 0 || SB_AppendRepr(&sb, k) < 0 ||
                         SB_AppendASCII(&sb, ": ", 2) < 0 || SB_AppendRepr(&sb, v) < 0
                     ? -1
                     : 0;
        DECREF(k);
        DECREF(v);
        if (rc < 0) goto fail;
        first = false;
    }
    if (SB_AppendChar(&sb, '}') < 0) goto fail;
    Repr_Leave(o);
    return SB_Finish(&sb);
fail:
    Repr_Leave(o);
    SB_Discard(&sb);
    return NULL;
}

static ssize_t dict_len(Object *o) { return ((Dict *)o)->used; }

static Object *dict_subscript(Object *o, Object *key) {
    hash_t h = key_hash(key);
    if (h == -1) return NULL;
    Object *v;
    int r = Dict_LookupHash(o, key, h, &v);
    if (r < 0) return NULL;
    if (r > 0) return NEWREF(v);
    if (!Dict_CheckExact(o)) {
        Object *missing = Type_Lookup(TYPE(o), ID(__missing__));
        if (missing) {
            Object *args[2] = {o, key};
            INCREF(missing);
            Object *res = Obj_Call(missing, args, 2, NULL);
            DECREF(missing);
            return res;
        }
    }
    Err_SetKeyError(key);
    return NULL;
}

static int dict_ass_subscript(Object *o, Object *key, Object *v) {
    if (v) return Dict_SetItem(o, key, v);
    return Dict_DelItem(o, key);
}

static int dict_contains(Object *o, Object *key) {
    Object *v;
    return Dict_Lookup(o, key, &v);
}

static Object *dict_richcompare(Object *a, Object *b, int op) {
    if (!Dict_Check(a) || !Dict_Check(b) || (op != CMP_EQ && op != CMP_NE)) return NEWREF(OBJ_NOTIMPL);
    Dict *da = (Dict *)a;
    bool eq = true;
    if (da->used != ((Dict *)b)->used) {
        eq = false;
    } else {
        for (ssize_t i = 0; i < da->nentries; i++) {
            DictEntry *e = &da->entries[i];
            if (!e->key) continue;
            Object *k = NEWREF(e->key), *va = NEWREF(e->value), *vb;
            int r = Dict_LookupHash(b, k, e->hash, &vb);
            if (r > 0) {
                INCREF(vb);
                r = Obj_RichCompareBool(va, vb, CMP_EQ);
                DECREF(vb);
            }
            DECREF(k);
            DECREF(va);
            if (r < 0) return NULL;
            if (!r) {
                eq = false;
                break;
            }
        }
    }
    return NEWREF(Bool_From(op == CMP_EQ ? eq : !eq));
}

static Object *dict_or(Object *a, Object *b) {
    if (!Dict_Check(a) || !Dict_Check(b)) return NEWREF(OBJ_NOTIMPL);
    Object *r = Dict_Copy(a);
    if (!r) return NULL;
    if (Dict_Update(r, b) < 0) {
        DECREF(r);
        return NULL;
    }
    return r;
}

static Object *dict_ior(Object *a, Object *b) {
    if (Dict_Update(a, b) < 0) return NULL;
    return NEWREF(a);
}

static Object *dict_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) { return dict_alloc(t); }

/* dict.update / dict.__init__ argument handling. */
static int update_common(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs && Dict_Update(self, args[0]) < 0) return -1;
    ssize_t nk = KW_COUNT(kwnames);
    for (ssize_t i = 0; i < nk; i++)
        if (Dict_SetItem(self, TUPLE_GET(kwnames, i), args[nargs + (size_t)i]) < 0) return -1;
    return 0;
}

static int dict_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *other;
    if (Arg_Unpack(Dict_Type.args, "dict", args, nargs, kwnames, &other) < 0) return -1;
    return update_common(self, args, nargs, kwnames);
}

/* ---- methods ------------------------------------------------------------------ */

static Object *dict_get(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *v;
    int r = Dict_Lookup(self, args[0], &v);
    if (r < 0) return NULL;
    if (r > 0) return NEWREF(v);
    return NEWREF(nargs > 1 ? args[1] : OBJ_NONE);
}

static Object *dict_setdefault(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    hash_t h = key_hash(args[0]);
    if (h == -1) return NULL;
    Object *v;
    int r = Dict_LookupHash(self, args[0], h, &v);
    if (r < 0) return NULL;
    if (r > 0) return NEWREF(v);
    Object *dflt = nargs > 1 ? args[1] : OBJ_NONE;
    if (insert((Dict *)self, args[0], h, dflt) < 0) return NULL;
    return NEWREF(dflt);
}

static Object *dict_pop(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *v;
    int r = Dict_Pop(self, args[0], &v);
    if (r < 0) return NULL;
    if (r > 0) return v;
    if (nargs > 1) return NEWREF(args[1]);
    Err_SetKeyError(args[0]);
    return NULL;
}

static Object *dict_popitem(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Dict *d = (Dict *)self;
    if (d->used == 0) {
        Err_SetString(Exc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    ssize_t i = d->nentries - 1;
    while (!d->entries[i].key) i--;
    Object *pair = Tuple_New(2);
    if (!pair) return NULL;
    Object *k, *v;
    remove_entry(d, i, &k, &v);
    d->nentries = i; /* the tail slot can be reused */
    TUPLE_ITEMS(pair)[0] = k;
    TUPLE_ITEMS(pair)[1] = v;
    return pair;
}

static Object *dict_update(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (update_common(self, args, nargs, kwnames) < 0) return NULL;
    RETURN_NONE;
}

static Object *dict_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Dict_Copy(self);
}

static Object *dict_clear_method(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Dict_Clear(self);
    RETURN_NONE;
}

static Object *dict_fromkeys(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    Object *value = nargs > 1 ? args[1] : OBJ_NONE;
    Object *d = Obj_CallNoArgs(cls);
    if (!d) return NULL;
    bool fast = Dict_CheckExact(d);
    Object *it = Obj_GetIter(args[0]);
    if (!it) {
        DECREF(d);
        return NULL;
    }
    for (;;) {
        Object *k = Iter_Next(it);
        if (!k) break;
        int r = fast ? Dict_SetItem(d, k, value) : Obj_SetItem(d, k, value);
        DECREF(k);
        if (r < 0) {
            DECREF(it);
            DECREF(d);
            return NULL;
        }
    }
    DECREF(it);
    if (Err_Occurred()) {
        DECREF(d);
        return NULL;
    }
    return d;
}

static Object *dict_contains_method(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int r = dict_contains(self, args[0]);
    if (r < 0) return NULL;
    RETURN_BOOL(r);
}

static Object *dict_getitem_method(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return dict_subscript(self, args[0]);
}

static Object *make_iter(Type *t, Object *d);

static Object *dict_keys(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return DictView_New(&DictKeys_Type, self);
}

static Object *dict_values(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return DictView_New(&DictValues_Type, self);
}

static Object *dict_items(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return DictView_New(&DictItems_Type, self);
}

static Object *dict_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return make_iter(&DictRevKeyIter_Type, self);
}

static const MethodDef dict_methods[] = {
    {"__contains__", dict_contains_method, 0,
     ARGS("($self, key, /)", "True if the dictionary has the specified key, else False.")},
    {"__getitem__", dict_getitem_method, 0, ARGS("($self, key, /)", "Return self[key].")},
    {"get", dict_get, 0,
     ARGS("($self, key, default=None, /)", "Return the value for key if key is in the dictionary, else default.")},
    {"setdefault", dict_setdefault, 0,
     ARGS("($self, key, default=None, /)",
          "Insert key with a value of default if key is not in the dictionary.")},
    {"pop", dict_pop, 0,
     ARGS("($self, key, default=<unrepresentable>, /)",
          "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.")},
    {"popitem", dict_popitem, 0, ARGS("($self, /)", "Remove and return a (key, value) pair as a 2-tuple.")},
    {"keys", dict_keys, 0, ARGS("($self, /)", "Return a set-like object providing a view on the dict's keys.")},
    {"values", dict_values, 0, ARGS("($self, /)", "Return an object providing a view on the dict's values.")},
    {"items", dict_items, 0, ARGS("($self, /)", "Return a set-like object providing a view on the dict's items.")},
    {"update", dict_update, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, other=<unrepresentable>, /, **kwargs)",
            "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.")},
    {"fromkeys", dict_fromkeys, METH_CLASS,
     ARGS("($type, iterable, value=None, /)",
          "Create a new dictionary with keys from iterable and values set to value.")},
    {"clear", dict_clear_method, 0, ARGS("($self, /)", "Remove all items from the dict.")},
    {"copy", dict_copy, 0, ARGS("($self, /)", "Return a shallow copy of the dict.")},
    {"__reversed__", dict_reversed, 0, ARGS("($self, /)", "Return a reverse iterator over the dict keys.")},
    {NULL, NULL, 0, NULL},
};

Type Dict_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "dict",
    .basicsize = sizeof(Dict),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC | TPFLAG_DICT_SUBCLASS,
    .doc = "dict() -> new empty dictionary",
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(other=<unrepresentable>, /, **kwargs)", NULL),
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = Obj_HashNotImplemented,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .nb = {[NB_OR] = dict_or},
    .nb_inplace = {[NB_OR] = dict_ior},
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_subscript,
    .contains = dict_contains,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .new_ = dict_new,
    .init = dict_init,
    .methods = dict_methods,
};

/* ---- iterators ------------------------------------------------------------------ */

typedef struct DictIter {
    ITERBASE_HEAD;  /* the dict */
    ssize_t used;   /* dict size when the iterator was made */
    ssize_t pos;    /* next entry to look at */
    ssize_t remaining;
} DictIter;

static Object *make_iter(Type *t, Object *o) {
    Dict *d = (Dict *)o;
    DictIter *it = (DictIter *)IterBase_New(t, sizeof(DictIter), o);
    if (!it) return NULL;
    it->used = d->used;
    it->remaining = d->used;
    bool rev = t == &DictRevKeyIter_Type || t == &DictRevValueIter_Type || t == &DictRevItemIter_Type;
    it->pos = rev ? d->nentries - 1 : 0;
    return (Object *)it;
}

static Object *dict_iter(Object *o) { return make_iter(&DictKeyIter_Type, o); }

/* The next live entry, or NULL (exhausted, or an error set). */
static DictEntry *dictiter_step(DictIter *it, bool reverse) {
    Dict *d = (Dict *)it->seq;
    if (!d) return NULL;
    if (d->used != it->used) {
        Err_SetString(Exc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1; /* keep failing */
        return NULL;
    }
    ssize_t i = it->pos;
    DictEntry *e = NULL;
    if (reverse) {
        if (i >= d->nentries) i = d->nentries - 1;
        while (i >= 0 && !d->entries[i].key) i--;
        if (i >= 0) e = &d->entries[i];
        it->pos = i - 1;
    } else {
        while (i < d->nentries && !d->entries[i].key) i++;
        if (i < d->nentries) e = &d->entries[i];
        it->pos = i + 1;
    }
    if (!e) {
        CLEAR(it->seq);
        return NULL;
    }
    if (it->remaining <= 0) {
        Err_SetString(Exc_RuntimeError, "dictionary keys changed during iteration");
        CLEAR(it->seq);
        return NULL;
    }
    it->remaining--;
    return e;
}

static Object *dictiter_nextkey(Object *o) {
    DictEntry *e = dictiter_step((DictIter *)o, false);
    return e ? NEWREF(e->key) : NULL;
}
static Object *dictiter_nextvalue(Object *o) {
    DictEntry *e = dictiter_step((DictIter *)o, false);
    return e ? NEWREF(e->value) : NULL;
}
static Object *dictiter_nextitem(Object *o) {
    DictEntry *e = dictiter_step((DictIter *)o, false);
    return e ? Tuple_Pack(2, e->key, e->value) : NULL;
}
static Object *dictreviter_nextkey(Object *o) {
    DictEntry *e = dictiter_step((DictIter *)o, true);
    return e ? NEWREF(e->key) : NULL;
}
static Object *dictreviter_nextvalue(Object *o) {
    DictEntry *e = dictiter_step((DictIter *)o, true);
    return e ? NEWREF(e->value) : NULL;
}
static Object *dictreviter_nextitem(Object *o) {
    DictEntry *e = dictiter_step((DictIter *)o, true);
    return e ? Tuple_Pack(2, e->key, e->value) : NULL;
}

static Object *dictiter_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    DictIter *it = (DictIter *)self;
    ssize_t n = it->seq && ((Dict *)it->seq)->used == it->used ? it->remaining : 0;
    return SMALL_FROM(n);
}

static Object *dictiter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return IterBase_ReduceRest(self);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0,
     ARGS("($self, /)", "Private method returning an estimate of len(list(it)).")},
    {"__reduce__", dictiter_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(var, tname, next)                                                                \
    Type var = {                                                                                     \
        .ob = OBJ_HEAD_INIT(&Type_Type), .name = tname, .basicsize = sizeof(DictIter), .flags = TPFLAG_GC, \
        ITERBASE_SLOTS, .iter = Iter_Self, .iternext = next, .methods = dictiter_methods,                \
    }

DICT_ITER_TYPE(DictKeyIter_Type, "dict_keyiterator", dictiter_nextkey);
DICT_ITER_TYPE(DictValueIter_Type, "dict_valueiterator", dictiter_nextvalue);
DICT_ITER_TYPE(DictItemIter_Type, "dict_itemiterator", dictiter_nextitem);
DICT_ITER_TYPE(DictRevKeyIter_Type, "dict_reversekeyiterator", dictreviter_nextkey);
DICT_ITER_TYPE(DictRevValueIter_Type, "dict_reversevalueiterator", dictreviter_nextvalue);
DICT_ITER_TYPE(DictRevItemIter_Type, "dict_reverseitemiterator", dictreviter_nextitem);

/* ---- views ------------------------------------------------------------------------ */

#define VIEW_DICT(v) (((DictView *)(v))->dict)
/* (OrderedDict's views derive from these) */
#define IS_KEYS(o) (!IS_SMALL(o) && Type_IsSubtype(TYPE(o), &DictKeys_Type))
#define IS_ITEMS(o) (!IS_SMALL(o) && Type_IsSubtype(TYPE(o), &DictItems_Type))
#define IS_SETVIEW(o) (IS_KEYS(o) || IS_ITEMS(o))

Object *DictView_New(Type *t, Object *d) {
    DictView *v = (DictView *)Obj_Alloc(t, sizeof(DictView));
    if (!v) return NULL;
    v->dict = NEWREF(d);
    return (Object *)v;
}

static void view_dealloc(Object *o) {
    Gc_Untrack(o);
    XDECREF(VIEW_DICT(o));
    Obj_Free(o);
}

static int view_traverse(Object *o, VisitFn visit, void *arg) {
    return VIEW_DICT(o) ? visit(VIEW_DICT(o), arg) : 0;
}

static ssize_t view_len(Object *o) { return ((Dict *)VIEW_DICT(o))->used; }

static Object *view_repr(Object *o) {
    int r = Repr_Enter(o);
    if (r) return r > 0 ? Str_FromUTF8("...", 3) : NULL;
    Object *l = List_FromIterable(o);
    Object *s = l ? Str_FromFormat("%s(%R)", TYPE_NAME(o), l) : NULL;
    XDECREF(l);
    Repr_Leave(o);
    return s;
}

static Object *keys_iter(Object *o) { return make_iter(&DictKeyIter_Type, VIEW_DICT(o)); }
static Object *values_iter(Object *o) { return make_iter(&DictValueIter_Type, VIEW_DICT(o)); }
static Object *items_iter(Object *o) { return make_iter(&DictItemIter_Type, VIEW_DICT(o)); }

static int keys_contains(Object *o, Object *key) { return dict_contains(VIEW_DICT(o), key); }

static int items_contains(Object *o, Object *item) {
    if (!Tuple_Check(item) || TUPLE_LEN(item) != 2) return 0;
    Object *v;
    int r = Dict_Lookup(VIEW_DICT(o), TUPLE_GET(item, 0), &v);
    if (r <= 0) return r;
    INCREF(v);
    r = Obj_RichCompareBool(v, TUPLE_GET(item, 1), CMP_EQ);
    DECREF(v);
    return r;
}

static int values_contains(Object *o, Object *x) {
    Dict *d = (Dict *)VIEW_DICT(o);
    for (ssize_t i = 0; i < d->nentries; i++) {
        if (!d->entries[i].key) continue;
        Object *v = NEWREF(d->entries[i].value);
        int r = Obj_RichCompareBool(v, x, CMP_EQ);
        DECREF(v);
        if (r != 0) return r;
    }
    return 0;
}

/* Every element of a is in b (b may be any container). */
static int all_contained_in(Object *a, Object *b) {
    Object *it = Obj_GetIter(a);
    if (!it) return -1;
    int ok = 1;
    for (;;) {
        Object *x = Iter_Next(it);
        if (!x) {
            if (Err_Occurred()) ok = -1;
            break;
        }
        ok = Obj_Contains(b, x);
        DECREF(x);
        if (ok <= 0) break;
    }
    DECREF(it);
    return ok;
}

static Object *view_richcompare(Object *a, Object *b, int op) {
    if (!AnySet_Check(b) && !IS_SETVIEW(b)) return NEWREF(OBJ_NOTIMPL);
    ssize_t la = Obj_Len(a), lb = Obj_Len(b);
    if (la < 0 || lb < 0) return NULL;
    int ok = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        ok = la == lb ? all_contained_in(a, b) : 0;
        if (ok >= 0 && op == CMP_NE) ok = !ok;
        break;
    case CMP_LT: ok = la < lb ? all_contained_in(a, b) : 0; break;
    case CMP_LE: ok = la <= lb ? all_contained_in(a, b) : 0; break;
    case CMP_GT: ok = la > lb ? all_contained_in(b, a) : 0; break;
    case CMP_GE: ok = la >= lb ? all_contained_in(b, a) : 0; break;
    }
    if (ok < 0) return NULL;
    return NEWREF(Bool_From(ok));
}

/* set(a) <method>(b): the binary set operators of keys/items views. */
static Object *view_setop(Object *a, Object *b, const char *method) {
    /* a keys view becomes a set the way its dict does (presized, as CPython) */
    Object *s = Set_New(IS_KEYS(a) ? VIEW_DICT(a) : a);
    if (!s) return NULL;
    Object *r = Obj_CallMethodC(s, method, &b, 1);
    if (!r) {
        DECREF(s);
        return NULL;
    }
    DECREF(r);
    return s;
}

static Object *view_sub(Object *a, Object *b) { return view_setop(a, b, "difference_update"); }
static Object *view_or(Object *a, Object *b) { return view_setop(a, b, "update"); }
static Object *view_xor(Object *a, Object *b) { return view_setop(a, b, "symmetric_difference_update"); }

static Object *view_and(Object *a, Object *b) {
    if (!IS_SETVIEW(a)) {
        Object *t = a;
        a = b;
        b = t;
    }
    ssize_t la = Obj_Len(a);
    if (la < 0) return NULL;
    if (!IS_SMALL(b) && TYPE(b) == &Set_Type && la <= Set_Len(b)) return Obj_CallMethodC(b, "intersection", &a, 1);
    if (IS_SETVIEW(b)) {
        ssize_t lb = Obj_Len(b);
        if (lb > la) {
            Object *t = a;
            a = b;
            b = t;
        }
    }
    Object *result = Set_New(NULL);
    if (!result) return NULL;
    Object *it = Obj_GetIter(b);
    if (!it) {
        DECREF(result);
        return NULL;
    }
    int (*contains)(Object *, Object *) = IS_KEYS(a) ? keys_contains : items_contains;
    for (;;) {
        Object *x = Iter_Next(it);
        if (!x) break;
        int r = contains(a, x);
        if (r > 0) r = Set_Add(result, x);
        DECREF(x);
        if (r < 0) {
            DECREF(it);
            DECREF(result);
            return NULL;
        }
    }
    DECREF(it);
    if (Err_Occurred()) {
        DECREF(result);
        return NULL;
    }
    return result;
}

static Object *view_isdisjoint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *other = args[0];
    if (other == self) RETURN_BOOL(view_len(self) == 0);
    Object *it = Obj_GetIter(other);
    if (!it) return NULL;
    for (;;) {
        Object *x = Iter_Next(it);
        if (!x) break;
        int r = Obj_Contains(self, x);
        DECREF(x);
        if (r != 0) {
            DECREF(it);
            return r < 0 ? NULL : NEWREF(OBJ_FALSE);
        }
    }
    DECREF(it);
    if (Err_Occurred()) return NULL;
    RETURN_BOOL(true);
}

static Object *keys_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return make_iter(&DictRevKeyIter_Type, VIEW_DICT(self));
}
static Object *values_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return make_iter(&DictRevValueIter_Type, VIEW_DICT(self));
}
static Object *items_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return make_iter(&DictRevItemIter_Type, VIEW_DICT(self));
}

static const MethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, 0,
     ARGS("($self, object, /)", "Return True if the view and the given iterable have a null intersection.")},
    {"__reversed__", keys_reversed, 0, ARGS("($self, /)", "Return a reverse iterator over the dict keys.")},
    {NULL, NULL, 0, NULL},
};
static const MethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, 0,
     ARGS("($self, object, /)", "Return True if the view and the given iterable have a null intersection.")},
    {"__reversed__", items_reversed, 0, ARGS("($self, /)", "Return a reverse iterator over the dict items.")},
    {NULL, NULL, 0, NULL},
};
static const MethodDef values_methods[] = {
    {"__reversed__", values_reversed, 0, ARGS("($self, /)", "Return a reverse iterator over the dict values.")},
    {NULL, NULL, 0, NULL},
};

Type DictKeys_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "dict_keys", .basicsize = sizeof(DictView), .flags = TPFLAG_GC,
    .dealloc = view_dealloc, .repr = view_repr, .hash = Obj_HashNotImplemented, .richcompare = view_richcompare,
    .iter = keys_iter, .len = view_len, .contains = keys_contains, .traverse = view_traverse,
    .nb = {[NB_SUBTRACT] = view_sub, [NB_AND] = view_and, [NB_OR] = view_or, [NB_XOR] = view_xor},
    .methods = keys_methods,
};
Type DictItems_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "dict_items", .basicsize = sizeof(DictView), .flags = TPFLAG_GC,
    .dealloc = view_dealloc, .repr = view_repr, .hash = Obj_HashNotImplemented, .richcompare = view_richcompare,
    .iter = items_iter, .len = view_len, .contains = items_contains, .traverse = view_traverse,
    .nb = {[NB_SUBTRACT] = view_sub, [NB_AND] = view_and, [NB_OR] = view_or, [NB_XOR] = view_xor},
    .methods = items_methods,
};
Type DictValues_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "dict_values", .basicsize = sizeof(DictView), .flags = TPFLAG_GC,
    .dealloc = view_dealloc, .repr = view_repr, .iter = values_iter, .len = view_len,
    .contains = values_contains, .traverse = view_traverse, .methods = values_methods,
};
