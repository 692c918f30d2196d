/* The eval loop's per-instruction caches: a side table per code object
 * (Code.extra) with an entry for each LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR and
 * LOAD_SUPER_ATTR site, found through a unit of the instruction's inline
 * cache.  The eval loop reads entries through the inline functions below and
 * fills them through EvalCache_Fill*; nothing else touches them. */
#ifndef CIPY_EVAL_CACHE_H
#define CIPY_EVAL_CACHE_H
#include "abstract.h"
#include "code.h"
#include "object.h"
#include "objects/dict.h"
#include "objects/str.h"
#include <stdbool.h>
#include <stdint.h>

/* The table is made when the code first runs one of its sites.  An entry's
 * number (1-based; 0: none yet) lives in one unit of the instruction's
 * inline cache (cleared when the table is made: a .pyc could hold anything). */

/* A LOAD_GLOBAL result, valid while neither the globals nor the builtins dict
 * has changed (their versions are global, so equal versions mean the same
 * state of the same dicts). */
typedef struct GlobalCacheEntry {
    uint64_t gver, bver;
    Object *value; /* borrowed: kept alive by the dict it came from */
} GlobalCacheEntry;

/* What a LOAD_ATTR or STORE_ATTR site learnt about the attribute of one type,
 * valid while Type_CacheEpoch is unchanged: no class has changed since, so
 * the type (borrowed) is alive and its MRO lookup for the name still gives
 * what obj was derived from.  The kinds (see EvalCache_FillAttr): */
enum {
    AC_NONE,
    AC_DICT,         /* the instance dict's value, else obj (a plain class attribute) if not NULL */
    AC_DATA_DESCR,   /* obj is a data descriptor on the type: its __get__ */
    AC_PROPERTY,     /* obj is a property: its getter's frame is entered inline */
    AC_METHOD,       /* method form: obj is a function or method descriptor on the
                      * type, unless the instance dict shadows it */
    AC_CLASSMETHOD,  /* method form: obj is a classmethod's function, called with the type */
    AC_TYPE_VALUE,   /* owner is the class `owner`: the result is obj */
    AC_TYPE_CLASSMETHOD, /* method form on the class `owner`: obj is a classmethod's function */
    AC_MEMBER,       /* a __slots__ member: the object pointer at byte offset `hint` */
    AC_STORE_DICT,   /* STORE_ATTR into the instance dict (no data descriptor on the type) */
    AC_STORE_MEMBER, /* STORE_ATTR into a __slots__ member at byte offset `hint` */
};
typedef struct AttrCacheEntry {
    uint64_t epoch;  /* Type_CacheEpoch when filled; 0: empty */
    Type *type;      /* TYPE(owner) */
    Object *owner;   /* AC_TYPE_*: the class itself (borrowed, like type); else NULL */
    Object *obj;     /* borrowed: in a type's dict, or held by what is there */
    uint32_t hint;   /* the instance dict entry where the name was last found;
                      * AC_MEMBER, AC_STORE_MEMBER: the member's offset */
    uint8_t kind;
} AttrCacheEntry;

/* An attribute site remembers up to ATTR_WAYS types (a loop over objects of
 * a few classes still hits).  A site that keeps meeting new types refills
 * only every ATTR_BACKOFF-th miss. */
#define ATTR_WAYS 4
#define ATTR_BACKOFF 32
typedef struct AttrSite {
    AttrCacheEntry way[ATTR_WAYS];
    uint8_t next;      /* the way to refill when none is free */
    uint8_t backoff;   /* misses left before the next refill */
} AttrSite;

/* A LOAD_SUPER_ATTR site's `super().name(...)` with an instance: the function
 * found after cls in the MRO of type(self), for up to SUPER_WAYS types of
 * self (a method of a base class sees instances of its subclasses), valid
 * while Type_CacheEpoch is unchanged (cls and types borrowed, like funcs). */
#define SUPER_WAYS 4
typedef struct SuperCacheEntry {
    struct {
        uint64_t epoch;
        Type *cls, *type;
        Object *func;
    } way[SUPER_WAYS];
    unsigned next; /* the way to refill */
} SuperCacheEntry;

typedef struct CodeCache {
    int nglobal, nglobal_used, nattr, nattr_used, nsuper, nsuper_used;
    GlobalCacheEntry *global;
    AttrSite *attr;
    SuperCacheEntry *super;
} CodeCache;

/* The unit of an instruction's inline cache that holds its entry number. */
#define GLOBAL_CACHE_UNIT 2  /* of LOAD_GLOBAL's 4 */
#define ATTR_CACHE_UNIT 1    /* of LOAD_ATTR's 9, STORE_ATTR's 4 */
#define SUPER_CACHE_UNIT 1   /* of LOAD_SUPER_ATTR's 1 */

/* Entries of the site whose entry-number unit is *slot (*slot is set when the
 * site first gets one); NULL if there is none (out of memory, or more than
 * 65535 sites of the kind).  The New* functions are the slow paths. */
GlobalCacheEntry *EvalCache_NewGlobalEntry(Code *co, uint16_t *slot);
SuperCacheEntry *EvalCache_NewSuperEntry(Code *co, uint16_t *slot);

static inline GlobalCacheEntry *EvalCache_GlobalEntry(Code *co, uint16_t *slot) {
    CodeCache *cc = co->extra;
    if (cc && *slot) return &cc->global[*slot - 1];
    return EvalCache_NewGlobalEntry(co, slot);
}

static inline SuperCacheEntry *EvalCache_SuperEntry(Code *co, uint16_t *slot) {
    CodeCache *cc = co->extra;
    if (cc && *slot) return &cc->super[*slot - 1];
    return EvalCache_NewSuperEntry(co, slot);
}

/* The function a LOAD_SUPER_ATTR site holds for super(cls, obj).name(...)
 * with obj of type t (the method form), borrowed, or NULL. */
static inline Object *EvalCache_SuperMethod(Code *co, const uint16_t *slot, Type *cls, Type *t) {
    CodeCache *cc = co->extra;
    if (!cc || !*slot) return NULL;
    SuperCacheEntry *ce = &cc->super[*slot - 1];
    for (int w = 0; w < SUPER_WAYS; w++)
        if (ce->way[w].type == t && ce->way[w].cls == cls && ce->way[w].epoch == Type_CacheEpoch)
            return ce->way[w].func;
    return NULL;
}

/* After a miss: the entry of the attribute site to fill, or NULL (no site,
 * or the site is backing off). */
AttrCacheEntry *EvalCache_NewAttrEntry(Code *co, uint16_t *slot);

/* Record in ce how `owner.name` is looked up (method: the method form
 * `owner.name(...)`), or how setting it stores (FillStoreAttr); for the
 * cases the AC_* kinds do not handle, ce says AC_NONE for owner's type (the
 * site then takes the generic path without refilling each time). */
void EvalCache_FillAttr(AttrCacheEntry *ce, Object *owner, Object *name, bool method);
void EvalCache_FillStoreAttr(AttrCacheEntry *ce, Object *owner, Object *name);


/* The entry of an attribute site that holds something valid for owner. */
static inline AttrCacheEntry *EvalCache_AttrLookup(Code *co, const uint16_t *slot, Object *owner) {
    CodeCache *cc = co->extra;
    if (!cc || !*slot) return NULL;
    AttrSite *site = &cc->attr[*slot - 1];
    Type *t = TYPE(owner);
#pragma GCC unroll 4 /* (ATTR_WAYS) the loop's tests, straight: the eval loop's hottest lookup */
    for (int w = 0; w < ATTR_WAYS; w++) {
        AttrCacheEntry *ce = &site->way[w];
        if (ce->type == t && ce->epoch == Type_CacheEpoch && (!ce->owner || ce->owner == owner)) return ce;
    }
    return NULL;
}

/* The instance __dict__ of o when its type keeps it at a fixed offset (what
 * the attribute caches handle), else NULL. */
static inline Object *EvalCache_InstanceDict(Object *o, Type *t) {
    return t->dictoffset > 0 ? *(Object **)((char *)o + t->dictoffset) : NULL;
}

/* Looks the interned name up in an instance dict: its value (borrowed) or
 * NULL when absent; -1 in *err when a key's __eq__ raised.  *hint is the
 * entry where the name was found last, and is updated. */
static inline Object *EvalCache_InstanceDictGet(Object *dict, Object *name, uint32_t *hint, int *err) {
    Dict *d = (Dict *)dict;
    uint32_t h = *hint;
    if (h < (size_t)d->nentries && d->entries[h].key == name) return d->entries[h].value;
    /* every probe sequence starts at hash & mask: an empty slot there means absent */
    hash_t hash = ((Str *)name)->hash;
    if (!d->indices || d->indices[(size_t)hash & (size_t)d->mask] == -1) return NULL;
    ssize_t ix = Dict_EntryIndex(dict, name, hash);
    if (ix < 0) {
        if (ix == -2) *err = -1;
        return NULL;
    }
    if (d->entries[ix].key == name) *hint = (uint32_t)ix; /* the hint compares by identity */
    return d->entries[ix].value;
}

#endif
