/* set and frozenset.  The table follows CPython's layout rules exactly (size,
 * probe sequence, fill ratio, growth, dummy reuse, pop finger, how each
 * operation inserts) because iteration order is visible to programs. */
#include "objects/set.h"
#include "abstract.h"
#include "objects/dict.h"
#include "objects/iterbase.h"
#include "objects/list.h"
#include "objects/reduce.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct SetEntry {
    Object *key; /* NULL empty, &dummy_obj deleted */
    hash_t hash; /* -1 for deleted */
} SetEntry;

typedef struct SetObj {
    Object ob;
    ssize_t fill; /* active + dummy */
    ssize_t used; /* active */
    ssize_t mask;
    SetEntry *table;
    hash_t hash;    /* frozenset only; -1 until computed */
    ssize_t finger; /* where pop() looks next */
    SetEntry smalltable[SET_MINSIZE];
} SetObj;

static Object dummy_obj = OBJ_HEAD_INIT(&Object_Type);
#define DUMMY (&dummy_obj)

#define S(o) ((SetObj *)(o))
#define IS_SET(o) (!IS_SMALL(o) && Type_IsSubtype(TYPE(o), &Set_Type))
#define IS_FROZEN_EXACT(o) (!IS_SMALL(o) && TYPE(o) == &FrozenSet_Type)

static Object *set_iter(Object *o);

static hash_t elem_hash(Object *key) {
    hash_t h = Obj_Hash(key);
    if (h == -1) Err_UnhashableKey(key, "a set element");
    return h;
}

/* ---- the table ----------------------------------------------------------- */

/* Entry holding key, an empty entry (key NULL) if absent, NULL on error. */
static SetEntry *lookkey(SetObj *so, Object *key, hash_t hash) {
restart:;
    size_t mask = (size_t)so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) return entry;
            if (entry->hash == hash) {
                Object *startkey = entry->key;
                if (startkey == key) return entry;
                if (Str_CheckExact(startkey) && Str_CheckExact(key) && Str_Eq(startkey, key)) return entry;
                SetEntry *table = so->table;
                INCREF(startkey);
                int cmp = Obj_RichCompareBool(startkey, key, CMP_EQ);
                DECREF(startkey);
                if (cmp < 0) return NULL;
                if (table != so->table || entry->key != startkey) goto restart;
                if (cmp > 0) return entry;
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void insert_clean(SetEntry *table, size_t mask, Object *key, hash_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (entry->key == NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

static int table_resize(SetObj *so, ssize_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
        if (newsize > (size_t)SSIZE_MAX / sizeof(SetEntry)) {
            Err_NoMemory();
            return -1;
        }
    }
    SetEntry *oldtable = so->table, small_copy[SET_MINSIZE];
    bool old_small = oldtable == so->smalltable;
    if (old_small) {
        memcpy(small_copy, so->smalltable, sizeof small_copy);
        oldtable = small_copy;
    }
    SetEntry *newtable = so->smalltable;
    if (newsize > SET_MINSIZE) {
        if (!(newtable = calloc(newsize, sizeof(SetEntry)))) { /* zeroed: no memset */
            Err_NoMemory();
            return -1;
        }
    } else {
        memset(newtable, 0, sizeof(SetEntry) * newsize);
    }
    for (ssize_t k = 0; k <= so->mask; k++) {
        SetEntry *e = &oldtable[k];
        if (e->key && e->key != DUMMY) insert_clean(newtable, newsize - 1, e->key, e->hash);
    }
    if (!old_small) free(so->table);
    so->table = newtable;
    so->mask = (ssize_t)newsize - 1;
    so->fill = so->used;
    return 0;
}

/* Adds key (borrowed) with a known hash. */
static int add_entry(SetObj *so, Object *key, hash_t hash) {
    INCREF(key);
restart:;
    size_t mask = (size_t)so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Object *startkey = entry->key;
                if (startkey == key) goto found_active;
                if (Str_CheckExact(startkey) && Str_CheckExact(key) && Str_Eq(startkey, key)) goto found_active;
                SetEntry *table = so->table;
                INCREF(startkey);
                int cmp = Obj_RichCompareBool(startkey, key, CMP_EQ);
                DECREF(startkey);
                if (cmp > 0) goto found_active;
                if (cmp < 0) {
                    DECREF(key);
                    return -1;
                }
                if (table != so->table || entry->key != startkey) goto restart;
                mask = (size_t)so->mask;
            } else if (entry->hash == -1) { /* the last deleted slot seen is reused, as CPython */
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    DECREF(key);
    return 0;
}

static int add_key(SetObj *so, Object *key) {
    hash_t h = elem_hash(key);
    if (h == -1) return -1;
    return add_entry(so, key, h);
}

/* 1 found, 0 absent, -1 error. */
static int contains_entry(SetObj *so, Object *key, hash_t hash) {
    SetEntry *e = lookkey(so, key, hash);
    if (!e) return -1;
    return e->key != NULL;
}

static int contains_key(SetObj *so, Object *key) {
    hash_t h = elem_hash(key);
    if (h == -1) return -1;
    return contains_entry(so, key, h);
}

/* 1 removed, 0 absent, -1 error. */
static int discard_entry(SetObj *so, Object *key, hash_t hash) {
    SetEntry *e = lookkey(so, key, hash);
    if (!e) return -1;
    if (!e->key) return 0;
    Object *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    DECREF(old);
    return 1;
}

static int discard_key(SetObj *so, Object *key) {
    hash_t h = elem_hash(key);
    if (h == -1) return -1;
    return discard_entry(so, key, h);
}

static bool set_next_entry(SetObj *so, ssize_t *pos, SetEntry **out) {
    ssize_t i = *pos;
    while (i <= so->mask && (so->table[i].key == NULL || so->table[i].key == DUMMY)) i++;
    *pos = i + 1;
    if (i > so->mask) return false;
    *out = &so->table[i];
    return true;
}

static void clear_internal(SetObj *so) {
    SetEntry *table = so->table;
    ssize_t fill = so->fill, mask = so->mask;
    bool small = table == so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (small) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
    for (ssize_t i = 0; fill > 0 && i <= mask; i++) {
        SetEntry *e = &table[i];
        if (e->key) {
            fill--;
            if (e->key != DUMMY) DECREF(e->key);
        }
    }
    if (!small) free(table);
}

/* ---- set-level operations (CPython's insertion patterns) ------------------- */

static int merge_set(SetObj *so, SetObj *other) {
    if (so == other || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        if (table_resize(so, (so->used + other->used) * 2) < 0) return -1;
    SetEntry *so_entry = so->table, *other_entry = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (ssize_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            Object *key = other_entry->key;
            if (key) {
                so_entry->key = NEWREF(key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (ssize_t i = 0; i <= other->mask; i++, other_entry++) {
            Object *key = other_entry->key;
            if (key && key != DUMMY) insert_clean(so->table, (size_t)so->mask, NEWREF(key), other_entry->hash);
        }
        return 0;
    }
    for (ssize_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        Object *key = other_entry->key;
        if (key && key != DUMMY && add_entry(so, key, other_entry->hash) < 0) return -1;
    }
    return 0;
}

static int update_internal(SetObj *so, Object *other) {
    if (AnySet_Check(other)) return merge_set(so, S(other));
    if (Dict_CheckExact(other)) {
        ssize_t n = Dict_Len(other);
        if ((so->fill + n) * 5 >= so->mask * 3)
            if (table_resize(so, (so->used + n) * 2) < 0) return -1;
        ssize_t pos = 0;
        Object *k;
        hash_t h;
        while (Dict_NextHash(other, &pos, &k, NULL, &h)) {
            INCREF(k);
            int r = add_entry(so, k, h);
            DECREF(k);
            if (r < 0) return -1;
        }
        return 0;
    }
    Object *it = Obj_GetIter(other);
    if (!it) return -1;
    for (;;) {
        Object *k = Iter_Next(it);
        if (!k) break;
        int r = add_key(so, k);
        DECREF(k);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return Err_Occurred() ? -1 : 0;
}

static Object *set_alloc(Type *t) {
    SetObj *so = (SetObj *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!so) return NULL;
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->hash = -1;
    return (Object *)so;
}

static Object *make_new_set(Type *t, Object *iterable) {
    Object *so = set_alloc(t);
    if (!so) return NULL;
    if (iterable && update_internal(S(so), iterable) < 0) {
        DECREF(so);
        return NULL;
    }
    return so;
}

static Object *make_new_set_basetype(Type *t, Object *iterable) {
    if (t != &Set_Type && t != &FrozenSet_Type) t = Type_IsSubtype(t, &Set_Type) ? &Set_Type : &FrozenSet_Type;
    return make_new_set(t, iterable);
}

static Object *set_copy_obj(Object *so) { return make_new_set_basetype(TYPE(so), so); }

static Object *intersection(SetObj *so, Object *other) {
    if ((Object *)so == other) return set_copy_obj((Object *)so);
    Object *result = make_new_set_basetype(TYPE((Object *)so), NULL);
    if (!result) return NULL;
    if (AnySet_Check(other)) {
        SetObj *a = so, *b = S(other);
        if (b->used > a->used) {
            SetObj *t = a;
            a = b;
            b = t;
        }
        ssize_t pos = 0;
        SetEntry *e;
        while (set_next_entry(b, &pos, &e)) {
            Object *key = NEWREF(e->key);
            hash_t h = e->hash;
            int r = contains_entry(a, key, h);
            if (r > 0) r = add_entry(S(result), key, h);
            DECREF(key);
            if (r < 0) {
                DECREF(result);
                return NULL;
            }
        }
        return result;
    }
    Object *it = Obj_GetIter(other);
    if (!it) {
        DECREF(result);
        return NULL;
    }
    for (;;) {
        Object *key = Iter_Next(it);
        if (!key) break;
        hash_t h = elem_hash(key);
        int r = h == -1 ? -1 : contains_entry(so, key, h);
        if (r > 0) r = add_entry(S(result), key, h);
        DECREF(key);
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

/* Gives so the table of other and vice versa (intersection_update). */
static void swap_bodies(SetObj *a, SetObj *b) {
    SetObj t;
    ssize_t fa = a->fill, ua = a->used, ma = a->mask;
    SetEntry *ta = a->table;
    memcpy(t.smalltable, a->smalltable, sizeof t.smalltable);
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    if (b->table == b->smalltable) {
        memcpy(a->smalltable, b->smalltable, sizeof a->smalltable);
        a->table = a->smalltable;
    } else {
        a->table = b->table;
    }
    b->fill = fa;
    b->used = ua;
    b->mask = ma;
    if (ta == a->smalltable) {
        memcpy(b->smalltable, t.smalltable, sizeof b->smalltable);
        b->table = b->smalltable;
    } else {
        b->table = ta;
    }
    a->hash = b->hash = -1;
}

static int intersection_update(SetObj *so, Object *other) {
    Object *tmp = intersection(so, other);
    if (!tmp) return -1;
    swap_bodies(so, S(tmp));
    DECREF(tmp);
    return 0;
}

static int difference_update_internal(SetObj *so, Object *other) {
    if ((Object *)so == other) {
        clear_internal(so);
        return 0;
    }
    if (AnySet_Check(other)) {
        Object *src;
        if ((S(other)->used >> 3) > so->used) {
            src = intersection(so, other);
            if (!src) return -1;
        } else {
            src = NEWREF(other);
        }
        ssize_t pos = 0;
        SetEntry *e;
        while (set_next_entry(S(src), &pos, &e)) {
            Object *key = NEWREF(e->key);
            int r = discard_entry(so, key, e->hash);
            DECREF(key);
            if (r < 0) {
                DECREF(src);
                return -1;
            }
        }
        DECREF(src);
    } else {
        Object *it = Obj_GetIter(other);
        if (!it) return -1;
        for (;;) {
            Object *key = Iter_Next(it);
            if (!key) break;
            int r = discard_key(so, key);
            DECREF(key);
            if (r < 0) {
                DECREF(it);
                return -1;
            }
        }
        DECREF(it);
        if (Err_Occurred()) return -1;
    }
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Object *copy_and_difference(SetObj *so, Object *other) {
    Object *r = set_copy_obj((Object *)so);
    if (!r) return NULL;
    if (difference_update_internal(S(r), other) < 0) {
        DECREF(r);
        return NULL;
    }
    return r;
}

static Object *difference(SetObj *so, Object *other) {
    ssize_t other_size;
    if (AnySet_Check(other)) other_size = S(other)->used;
    else if (Dict_CheckExact(other)) other_size = Dict_Len(other);
    else return copy_and_difference(so, other);
    if ((so->used >> 2) > other_size) return copy_and_difference(so, other);
    Object *result = make_new_set_basetype(TYPE((Object *)so), NULL);
    if (!result) return NULL;
    ssize_t pos = 0;
    SetEntry *e;
    while (set_next_entry(so, &pos, &e)) {
        Object *key = NEWREF(e->key);
        hash_t h = e->hash;
        int r;
        if (Dict_CheckExact(other)) {
            Object *dummy;
            r = Dict_LookupHash(other, key, h, &dummy);
        } else {
            r = contains_entry(S(other), key, h);
        }
        if (r == 0) r = add_entry(S(result), key, h);
        DECREF(key);
        if (r < 0) {
            DECREF(result);
            return NULL;
        }
    }
    return result;
}

static int symmetric_difference_update(SetObj *so, Object *other) {
    if ((Object *)so == other) {
        clear_internal(so);
        return 0;
    }
    if (Dict_CheckExact(other)) {
        ssize_t pos = 0;
        Object *k;
        hash_t h;
        while (Dict_NextHash(other, &pos, &k, NULL, &h)) {
            INCREF(k);
            int r = discard_entry(so, k, h);
            if (r == 0) r = add_entry(so, k, h);
            DECREF(k);
            if (r < 0) return -1;
        }
        return 0;
    }
    Object *otherset;
    if (AnySet_Check(other)) otherset = NEWREF(other);
    else if (!(otherset = make_new_set_basetype(TYPE((Object *)so), other))) return -1;
    ssize_t pos = 0;
    SetEntry *e;
    while (set_next_entry(S(otherset), &pos, &e)) {
        Object *key = NEWREF(e->key);
        hash_t h = e->hash;
        int r = discard_entry(so, key, h);
        if (r == 0) r = add_entry(so, key, h);
        DECREF(key);
        if (r < 0) {
            DECREF(otherset);
            return -1;
        }
    }
    DECREF(otherset);
    return 0;
}

static Object *symmetric_difference(SetObj *so, Object *other) {
    Object *result = make_new_set_basetype(TYPE((Object *)so), other);
    if (!result) return NULL;
    if (symmetric_difference_update(S(result), (Object *)so) < 0) {
        DECREF(result);
        return NULL;
    }
    return result;
}

static int issubset(SetObj *so, Object *other); /* other: any set */

static int issubset(SetObj *so, Object *other) {
    if (so->used > S(other)->used) return 0;
    ssize_t pos = 0;
    SetEntry *e;
    while (set_next_entry(so, &pos, &e)) {
        Object *key = NEWREF(e->key);
        int r = contains_entry(S(other), key, e->hash);
        DECREF(key);
        if (r <= 0) return r;
    }
    return 1;
}

/* so.issubset(other) for any iterable other. */
static int issubset_any(Object *so, Object *other) {
    if (AnySet_Check(other)) return issubset(S(so), other);
    Object *tmp = make_new_set(&Set_Type, other);
    if (!tmp) return -1;
    int r = issubset(S(so), tmp);
    DECREF(tmp);
    return r;
}

static int issuperset_any(Object *so, Object *other) {
    if (AnySet_Check(other)) return issubset(S(other), so);
    Object *it = Obj_GetIter(other);
    if (!it) return -1;
    int ok = 1;
    for (;;) {
        Object *key = Iter_Next(it);
        if (!key) {
            if (Err_Occurred()) ok = -1;
            break;
        }
        ok = contains_key(S(so), key);
        DECREF(key);
        if (ok <= 0) break;
    }
    DECREF(it);
    return ok;
}

/* ---- public API -------------------------------------------------------------- */

Object *Set_New(Object *iterable) { return make_new_set(&Set_Type, iterable); }
Object *FrozenSet_New(Object *iterable) { return make_new_set(&FrozenSet_Type, iterable); }
int Set_Add(Object *s, Object *key) { return add_key(S(s), key); }
int Set_Discard(Object *s, Object *key) { return discard_key(S(s), key); }
ssize_t Set_Len(Object *s) { return S(s)->used; }
int Set_Update(Object *s, Object *iterable) { return update_internal(S(s), iterable); }

int Set_Contains(Object *s, Object *key) {
    int r = contains_key(S(s), key);
    if (r < 0 && IS_SET(key) && Err_Matches(Exc_TypeError)) {
        Err_Clear();
        Object *tmp = make_new_set(&FrozenSet_Type, key);
        if (!tmp) return -1;
        r = contains_key(S(s), tmp);
        DECREF(tmp);
    }
    return r;
}

bool Set_Next(Object *s, ssize_t *pos, Object **key, hash_t *hash) {
    SetEntry *e;
    if (!set_next_entry(S(s), pos, &e)) return false;
    if (key) *key = e->key;
    if (hash) *hash = e->hash;
    return true;
}

/* ---- slots ------------------------------------------------------------------ */

static void set_dealloc(Object *o) {
    Weak_ClearBuiltin(o);
    clear_internal(S(o));
    Obj_Free(o);
}

static int set_traverse(Object *o, VisitFn visit, void *arg) {
    ssize_t pos = 0;
    SetEntry *e;
    while (set_next_entry(S(o), &pos, &e))
        if (visit(e->key, arg)) return 1;
    return 0;
}

static int set_clear_slot(Object *o) {
    clear_internal(S(o));
    return 0;
}

static Object *set_repr(Object *o) {
    const char *tname = TYPE_NAME(o);
    int rr = Repr_Enter(o);
    if (rr) return rr > 0 ? Str_FromFormat("%s(...)", tname) : NULL;
    Object *result = NULL;
    if (S(o)->used == 0) {
        result = Str_FromFormat("%s()", tname);
    } else {
        Object *keys = List_FromIterable(o);
        Object *lr = keys ? Obj_Repr(keys) : NULL;
        XDECREF(keys);
        if (lr) {
            Object *inner = Str_Substring(lr, 1, STR_LEN(lr) - 1);
            if (inner) {
                if (TYPE(o) == &Set_Type) result = Str_FromFormat("{%U}", inner);
                else result = Str_FromFormat("%s({%U})", tname, inner);
                DECREF(inner);
            }
            DECREF(lr);
        }
    }
    Repr_Leave(o);
    return result;
}

static ssize_t set_len(Object *o) { return S(o)->used; }

static int set_contains_slot(Object *o, Object *key) { return Set_Contains(o, key); }

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

static hash_t frozenset_hash(Object *o) {
    SetObj *so = S(o);
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    for (ssize_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    so->hash = (hash_t)hash;
    return so->hash;
}

static Object *set_richcompare(Object *v, Object *w, int op) {
    if (!AnySet_Check(w)) return NEWREF(OBJ_NOTIMPL);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (S(v)->used != S(w)->used) r = 0;
        else if (S(v)->hash != -1 && S(w)->hash != -1 && S(v)->hash != S(w)->hash) r = 0;
        else r = issubset(S(v), w);
        if (r >= 0 && op == CMP_NE) r = !r;
        break;
    case CMP_LE: r = issubset(S(v), w); break;
    case CMP_GE: r = issubset(S(w), v); break;
    case CMP_LT: r = S(v)->used >= S(w)->used ? 0 : issubset(S(v), w); break;
    default: r = S(v)->used <= S(w)->used ? 0 : issubset(S(w), v); break;
    }
    if (r < 0) return NULL;
    return NEWREF(Bool_From(r));
}

static Object *set_or(Object *a, Object *b) {
    if (!AnySet_Check(a) || !AnySet_Check(b)) return NEWREF(OBJ_NOTIMPL);
    Object *r = set_copy_obj(a);
    if (!r || a == b) return r;
    if (update_internal(S(r), b) < 0) {
        DECREF(r);
        return NULL;
    }
    return r;
}

static Object *set_and(Object *a, Object *b) {
    if (!AnySet_Check(a) || !AnySet_Check(b)) return NEWREF(OBJ_NOTIMPL);
    return intersection(S(a), b);
}

static Object *set_sub(Object *a, Object *b) {
    if (!AnySet_Check(a) || !AnySet_Check(b)) return NEWREF(OBJ_NOTIMPL);
    return difference(S(a), b);
}

static Object *set_xor(Object *a, Object *b) {
    if (!AnySet_Check(a) || !AnySet_Check(b)) return NEWREF(OBJ_NOTIMPL);
    return symmetric_difference(S(a), b);
}

static Object *set_ior(Object *a, Object *b) {
    if (!AnySet_Check(b)) return NEWREF(OBJ_NOTIMPL);
    if (update_internal(S(a), b) < 0) return NULL;
    return NEWREF(a);
}

static Object *set_iand(Object *a, Object *b) {
    if (!AnySet_Check(b)) return NEWREF(OBJ_NOTIMPL);
    if (intersection_update(S(a), b) < 0) return NULL;
    return NEWREF(a);
}

static Object *set_isub(Object *a, Object *b) {
    if (!AnySet_Check(b)) return NEWREF(OBJ_NOTIMPL);
    if (difference_update_internal(S(a), b) < 0) return NULL;
    return NEWREF(a);
}

static Object *set_ixor(Object *a, Object *b) {
    if (!AnySet_Check(b)) return NEWREF(OBJ_NOTIMPL);
    if (symmetric_difference_update(S(a), b) < 0) return NULL;
    return NEWREF(a);
}

/* The name CPython's set and frozenset constructors give in their messages:
 * keywords are refused for the base type, counts are worded for t. */
static const char *ctor_name(Type *t, Object *kwnames, const char *base) { return KW_COUNT(kwnames) ? base : t->name; }

static Object *set_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *iterable;
    /* a subclass with an __init__ of its own takes what that takes */
    if ((t == &Set_Type || t->init == Set_Type.init) &&
        Arg_Unpack(Set_Type.args, ctor_name(t, kwnames, "set"), args, nargs, kwnames, &iterable) < 0)
        return NULL;
    return make_new_set(t, NULL);
}

static int set_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *iterable;
    if (Arg_Unpack(Set_Type.args, ctor_name(TYPE(self), kwnames, "set"), args, nargs, kwnames, &iterable) < 0)
        return -1;
    if (S(self)->fill) clear_internal(S(self));
    S(self)->hash = -1;
    if (iterable) return update_internal(S(self), iterable);
    return 0;
}

static Object *frozenset_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *iterable;
    /* a subclass with an __init__ of its own takes the keywords */
    Object *kw = t == &FrozenSet_Type || t->init == FrozenSet_Type.init ? kwnames : NULL;
    if (Arg_Unpack(FrozenSet_Type.args, ctor_name(t, kw, "frozenset"), args, nargs, kw, &iterable) < 0) return NULL;
    if (t == &FrozenSet_Type && iterable && IS_FROZEN_EXACT(iterable)) return NEWREF(iterable);
    return make_new_set(t, iterable);
}

/* ---- methods --------------------------------------------------------------- */


static Object *set_add(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (add_key(S(self), args[0]) < 0) return NULL;
    RETURN_NONE;
}

/* remove/discard accept a set as key, looked up as a frozenset. */
static int discard_with_set_key(Object *self, Object *key) {
    int r = discard_key(S(self), key);
    if (r < 0 && IS_SET(key) && Err_Matches(Exc_TypeError)) {
        Err_Clear();
        Object *tmp = make_new_set(&FrozenSet_Type, key);
        if (!tmp) return -1;
        r = discard_key(S(self), tmp);
        DECREF(tmp);
    }
    return r;
}

static Object *set_discard(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (discard_with_set_key(self, args[0]) < 0) return NULL;
    RETURN_NONE;
}

static Object *set_remove(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int r = discard_with_set_key(self, args[0]);
    if (r < 0) return NULL;
    if (r == 0) {
        Err_SetKeyError(args[0]);
        return NULL;
    }
    RETURN_NONE;
}

static Object *set_pop(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    SetObj *so = S(self);
    if (so->used == 0) {
        Err_SetString(Exc_KeyError, "pop from an empty set");
        return NULL;
    }
    SetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == DUMMY) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    Object *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static Object *set_clear_method(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    clear_internal(S(self));
    RETURN_NONE;
}

static Object *set_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (IS_FROZEN_EXACT(self)) return NEWREF(self);
    return set_copy_obj(self);
}

static Object *set_union(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *result = set_copy_obj(self);
    if (!result) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (update_internal(S(result), args[i]) < 0) {
            DECREF(result);
            return NULL;
        }
    }
    return result;
}

static Object *set_update(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(S(self), args[i]) < 0) return NULL;
    RETURN_NONE;
}

static Object *set_intersection_multi(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs == 0) return set_copy_obj(self);
    Object *result = NEWREF(self);
    for (size_t i = 0; i < nargs; i++) {
        Object *n = intersection(S(result), args[i]);
        DECREF(result);
        if (!n) return NULL;
        result = n;
    }
    return result;
}

static Object *set_intersection_update_multi(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *tmp = set_intersection_multi(self, args, nargs, NULL);
    if (!tmp) return NULL;
    swap_bodies(S(self), S(tmp));
    DECREF(tmp);
    RETURN_NONE;
}

static Object *set_difference_multi(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs == 0) return set_copy_obj(self);
    Object *result = difference(S(self), args[0]);
    if (!result) return NULL;
    for (size_t i = 1; i < nargs; i++) {
        if (difference_update_internal(S(result), args[i]) < 0) {
            DECREF(result);
            return NULL;
        }
    }
    return result;
}

static Object *set_difference_update(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    for (size_t i = 0; i < nargs; i++)
        if (difference_update_internal(S(self), args[i]) < 0) return NULL;
    RETURN_NONE;
}

static Object *set_symmetric_difference(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return symmetric_difference(S(self), args[0]);
}

static Object *set_symmetric_difference_update(Object *self, Object *const *args, size_t nargs,
                                               Object *kwnames) {
    if (symmetric_difference_update(S(self), args[0]) < 0) return NULL;
    RETURN_NONE;
}

static Object *set_issubset(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int r = issubset_any(self, args[0]);
    if (r < 0) return NULL;
    RETURN_BOOL(r);
}

static Object *set_issuperset(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int r = issuperset_any(self, args[0]);
    if (r < 0) return NULL;
    RETURN_BOOL(r);
}

static Object *set_isdisjoint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *other = args[0];
    if (other == self) RETURN_BOOL(S(self)->used == 0);
    if (AnySet_Check(other)) {
        SetObj *a = S(self), *b = S(other);
        if (b->used > a->used) {
            SetObj *t = a;
            a = b;
            b = t;
        }
        ssize_t pos = 0;
        SetEntry *e;
        while (set_next_entry(b, &pos, &e)) {
            Object *key = NEWREF(e->key);
            int r = contains_entry(a, key, e->hash);
            DECREF(key);
            if (r < 0) return NULL;
            if (r) RETURN_BOOL(false);
        }
        RETURN_BOOL(true);
    }
    Object *it = Obj_GetIter(other);
    if (!it) return NULL;
    for (;;) {
        Object *key = Iter_Next(it);
        if (!key) break;
        int r = contains_key(S(self), key);
        DECREF(key);
        if (r != 0) {
            DECREF(it);
            return r < 0 ? NULL : NEWREF(OBJ_FALSE);
        }
    }
    DECREF(it);
    if (Err_Occurred()) return NULL;
    RETURN_BOOL(true);
}

static Object *set_contains_method(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int r = Set_Contains(self, args[0]);
    if (r < 0) return NULL;
    RETURN_BOOL(r);
}

/* (type, (list of the items,), state): a set or frozenset is rebuilt by
 * calling its class with its items. */
static Object *set_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *items = List_FromIterable(self);
    Object *call_args = items ? Tuple_Pack(1, items) : NULL;
    XDECREF(items);
    return Object_ReduceByCall(self, call_args);
}

static const MethodDef set_methods[] = {
    {"__reduce__", set_reduce, 0, ARGS("($self, /)", "Return state information for pickling.")},
    {"add", set_add, 0, ARGS("($self, object, /)", "Add an element to a set.")},
    {"clear", set_clear_method, 0, ARGS("($self, /)", "Remove all elements from this set.")},
    {"__contains__", set_contains_method, 0, ARGS("($self, object, /)", "x.__contains__(y) <==> y in x.")},
    {"copy", set_copy, 0, ARGS("($self, /)", "Return a shallow copy of a set.")},
    {"discard", set_discard, 0, ARGS("($self, object, /)", "Remove an element from a set if it is a member.")},
    {"difference", set_difference_multi, 0,
     ARGS("($self, /, *others)", "Return a new set with elements in the set that are not in the others.")},
    {"difference_update", set_difference_update, 0,
     ARGS("($self, /, *others)", "Update the set, removing elements found in others.")},
    {"intersection", set_intersection_multi, 0,
     ARGS("($self, /, *others)", "Return a new set with elements common to the set and all others.")},
    {"intersection_update", set_intersection_update_multi, 0,
     ARGS("($self, /, *others)", "Update the set, keeping only elements found in it and all others.")},
    {"isdisjoint", set_isdisjoint, 0, ARGS("($self, other, /)", "Return True if two sets have a null intersection.")},
    {"issubset", set_issubset, 0, ARGS("($self, other, /)", "Report whether another set contains this set.")},
    {"issuperset", set_issuperset, 0, ARGS("($self, other, /)", "Report whether this set contains another set.")},
    {"pop", set_pop, 0, ARGS("($self, /)", "Remove and return an arbitrary set element.")},
    {"remove", set_remove, 0, ARGS("($self, object, /)", "Remove an element from a set; it must be a member.")},
    {"symmetric_difference", set_symmetric_difference, 0,
     ARGS("($self, other, /)", "Return a new set with elements in either the set or other but not both.")},
    {"symmetric_difference_update", set_symmetric_difference_update, 0,
     ARGS("($self, other, /)", "Update the set, keeping only elements found in either set, but not in both.")},
    {"union", set_union, 0,
     ARGS("($self, /, *others)", "Return a new set with elements from the set and all others.")},
    {"update", set_update, 0, ARGS("($self, /, *others)", "Update the set, adding elements from all others.")},
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"__reduce__", set_reduce, 0, ARGS("($self, /)", "Return state information for pickling.")},
    {"__contains__", set_contains_method, 0, ARGS("($self, object, /)", "x.__contains__(y) <==> y in x.")},
    {"copy", set_copy, 0, ARGS("($self, /)", "Return a shallow copy of a set.")},
    {"difference", set_difference_multi, 0,
     ARGS("($self, /, *others)", "Return a new set with elements in the set that are not in the others.")},
    {"intersection", set_intersection_multi, 0,
     ARGS("($self, /, *others)", "Return a new set with elements common to the set and all others.")},
    {"isdisjoint", set_isdisjoint, 0, ARGS("($self, other, /)", "Return True if two sets have a null intersection.")},
    {"issubset", set_issubset, 0, ARGS("($self, other, /)", "Report whether another set contains this set.")},
    {"issuperset", set_issuperset, 0, ARGS("($self, other, /)", "Report whether this set contains another set.")},
    {"symmetric_difference", set_symmetric_difference, 0,
     ARGS("($self, other, /)", "Return a new set with elements in either the set or other but not both.")},
    {"union", set_union, 0,
     ARGS("($self, /, *others)", "Return a new set with elements from the set and all others.")},
    {NULL, NULL, 0, NULL},
};

Type Set_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "set",
    .basicsize = sizeof(SetObj),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC | TPFLAG_WEAKREF,
    .doc = "Build an unordered collection of unique elements.",
    .args = ARGS("(iterable=(), /)", NULL),
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = Obj_HashNotImplemented,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUBTRACT] = set_sub, [NB_XOR] = set_xor},
    .nb_inplace = {[NB_OR] = set_ior, [NB_AND] = set_iand, [NB_SUBTRACT] = set_isub, [NB_XOR] = set_ixor},
    .len = set_len,
    .contains = set_contains_slot,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .new_ = set_new,
    .init = set_init,
    .methods = set_methods,
};

Type FrozenSet_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "frozenset",
    .basicsize = sizeof(SetObj),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC | TPFLAG_WEAKREF,
    .doc = "Build an immutable unordered collection of unique elements.",
    .args = ARGS("(iterable=(), /)", NULL),
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUBTRACT] = set_sub, [NB_XOR] = set_xor},
    .len = set_len,
    .contains = set_contains_slot,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .new_ = frozenset_new,
    .methods = frozenset_methods,
};

/* ---- iterator ------------------------------------------------------------------ */

typedef struct SetIter {
    ITERBASE_HEAD; /* the set */
    ssize_t used, pos, len;
} SetIter;

static Object *set_iter(Object *o) {
    SetIter *it = (SetIter *)IterBase_New(&SetIter_Type, sizeof(SetIter), o);
    if (!it) return NULL;
    it->used = S(o)->used;
    it->len = S(o)->used;
    return (Object *)it;
}

static Object *setiter_next(Object *o) {
    SetIter *it = (SetIter *)o;
    if (!it->seq) return NULL;
    SetObj *so = S(it->seq);
    if (it->used != so->used) {
        Err_SetString(Exc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return NULL;
    }
    ssize_t i = it->pos;
    while (i <= so->mask && (so->table[i].key == NULL || so->table[i].key == DUMMY)) i++;
    it->pos = i + 1;
    if (i > so->mask) {
        CLEAR(it->seq);
        return NULL;
    }
    it->len--;
    return NEWREF(so->table[i].key);
}

static Object *setiter_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    SetIter *it = (SetIter *)self;
    return SMALL_FROM(it->seq && it->used == S(it->seq)->used ? it->len : 0);
}

static Object *setiter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return IterBase_ReduceRest(self);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0,
     ARGS("($self, /)", "Private method returning an estimate of len(list(it)).")},
    {"__reduce__", setiter_reduce, 0, ARGS("($self, /)", ITER_REDUCE_DOC)},
    {NULL, NULL, 0, NULL},
};

Type SetIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "set_iterator",
    .basicsize = sizeof(SetIter),
    .flags = TPFLAG_GC,
    ITERBASE_SLOTS,
    .iter = Iter_Self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};
