/* dict: compact, insertion-ordered hash table. */
#ifndef CIPY_DICT_H
#define CIPY_DICT_H
#include "object.h"

/* The layout is public so the eval loop can cache on `version`. */
typedef struct DictEntry {
    hash_t hash;
    Object *key;             /* NULL: deleted entry */
    Object *value;
} DictEntry;

typedef struct Dict {
    Object ob;
    ssize_t used;            /* live items */
    ssize_t nentries;        /* entries[0..nentries) written, some maybe deleted */
    ssize_t usable;          /* capacity of entries */
    ssize_t mask;            /* index table size - 1 */
    int32_t *indices;        /* -1 empty, -2 deleted, else entry number; NULL when empty */
    DictEntry *entries;      /* insertion order */
    uint64_t version;        /* a new value of Dict_NewVersion() at every change */
} Dict;

/* A dict version never handed out before, by any thread: equal versions
 * mean one state of one dict, so caches key on the version alone (also
 * caches in code objects run by several interpreters in turn).  Each thread
 * takes a block of versions at a time from the process-wide counter. */
extern THREAD_LOCAL uint64_t Dict_VersionNext, Dict_VersionEnd;
uint64_t Dict_NewVersionBlock(void);
static inline uint64_t Dict_NewVersion(void) {
    if (__builtin_expect(Dict_VersionNext == Dict_VersionEnd, 0)) return Dict_NewVersionBlock();
    return Dict_VersionNext++;
}
Object *Dict_New(void);
/* An empty dict with room for n items before it grows (NULL: no memory). */
Object *Dict_NewPresized(ssize_t n);
/* Grows d's table at once to take n more items (an exact dict; a hint:
 * nothing happens when the count is absurd); -1 with MemoryError. */
int Dict_Reserve(Object *d, ssize_t n);
/* 1 and *out borrowed when found, 0 when missing, -1 on error (hash/eq raised). */
int Dict_Lookup(Object *d, Object *key, Object **out);
/* Borrowed value or NULL; swallows nothing: NULL with no error set means missing.
 * Key is a C string compared against str keys. */
Object *Dict_GetStr(Object *d, const char *key);
/* The same for a str key (an interned one is found fastest): only str keys
 * match, so it never raises.  Borrowed, NULL when absent. */
Object *Dict_GetStrObj(Object *d, Object *key);
int Dict_SetItem(Object *d, Object *key, Object *value);   /* increfs both */
int Dict_SetStr(Object *d, const char *key, Object *value);
int Dict_DelItem(Object *d, Object *key);                  /* KeyError if missing */
/* Removes key if present; 1 removed (*out owned value, if out), 0 missing, -1 error. */
int Dict_Pop(Object *d, Object *key, Object **out);
ssize_t Dict_Len(Object *d);
/* Iterate: pos starts at 0; returns false at the end.  k, v borrowed. */
bool Dict_Next(Object *d, ssize_t *pos, Object **k, Object **v);
Object *Dict_Copy(Object *d);
/* Merge a mapping (a dict, or anything with keys() and __getitem__) into d.
 * override=1 replaces existing keys, 0 keeps them, 2 raises KeyError(key) on
 * a duplicate (the caller turns it into "got multiple values for keyword
 * argument").  A non-mapping raises AttributeError ('keys'), as CPython's
 * PyDict_Merge: DICT_UPDATE turns that into "'int' object is not a mapping". */
int Dict_Merge(Object *d, Object *other, int override);
int Dict_Update(Object *d, Object *other);  /* dict.update semantics: mapping or iterable of pairs */
Object *Dict_Keys(Object *d);   /* new list of keys */
Object *Dict_Items(Object *d);  /* new list of (k, v) tuples */
Object *Dict_Values(Object *d); /* new list of values */
void Dict_Clear(Object *d);
/* Variants with a precomputed hash of key. */
int Dict_LookupHash(Object *d, Object *key, hash_t hash, Object **out);
/* Where d's entries hold key: its index, -1 when absent, -2 on error (a
 * key's __eq__ raised).  Attribute caches keep it as a hint. */
ssize_t Dict_EntryIndex(Object *d, Object *key, hash_t hash);
int Dict_SetItemHash(Object *d, Object *key, hash_t hash, Object *value);
/* The same, returning the index of the key's entry in the dict's entry
 * array (a hint for caches that read d->entries), -1 on error. */
ssize_t Dict_SetItemIndex(Object *d, Object *key, hash_t hash, Object *value);
int Dict_PopHash(Object *d, Object *key, hash_t hash, Object **out);
/* The same, giving the stored key too: 1 with *okey and *ovalue owned, 0
 * missing, -1 error. */
int Dict_PopItemHash(Object *d, Object *key, hash_t hash, Object **okey, Object **ovalue);
/* A keys, values or items view: the dict it shows. */
typedef struct DictView {
    Object ob;
    Object *dict; /* owned */
} DictView;
/* A keys, values or items view of type t (DictKeys_Type, ... or a type
 * derived from one) over the dict d. */
Object *DictView_New(Type *t, Object *d);
bool Dict_NextHash(Object *d, ssize_t *pos, Object **k, Object **v, hash_t *hash);
/* Raises KeyError(key) with args exactly (key,), tuples included. */
void Err_SetKeyError(Object *key);

extern Type DictKeys_Type, DictValues_Type, DictItems_Type, DictKeyIter_Type, DictValueIter_Type,
    DictItemIter_Type, DictRevKeyIter_Type, DictRevValueIter_Type, DictRevItemIter_Type;
#endif
