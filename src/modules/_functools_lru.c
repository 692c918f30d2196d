/* functools._lru_cache_wrapper: the callable lru_cache returns.
 *
 * An unbounded cache is a dict from argument keys to results.  A bounded
 * one maps each key to a node of a list kept in order of use, oldest first:
 * a hit moves its node to the end, and a miss that makes the cache grow past
 * maxsize drops the first node and its key.  The nodes are not tracked by
 * the collector; the wrapper visits what they hold. */
#include "abstract.h"
#include "modules/_functools.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"

typedef struct LruNode {
    Object ob;
    struct LruNode *prev, *next; /* neighbours in the list (the dict owns the nodes) */
    Object *key, *result;        /* owned */
    hash_t hash;
} LruNode;

typedef struct LruCache {
    Object ob;
    Object *func;       /* owned */
    Object *cache;      /* owned dict */
    Object *info_type;  /* owned: makes cache_info()'s result */
    Object *dict;       /* the instance __dict__ (update_wrapper fills it), or NULL */
    ssize_t maxsize;    /* -1: unbounded */
    bool typed;
    ssize_t hits, misses;
    LruNode root;       /* bounded: root.next is the oldest node, root.prev the newest */
} LruCache;

static void node_dealloc(Object *o) {
    LruNode *n = (LruNode *)o;
    XDECREF(n->key);
    XDECREF(n->result);
    Obj_Free(o);
}

Type LruNode_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "functools._lru_list_elem",
    .basicsize = sizeof(LruNode),
    .dealloc = node_dealloc,
};

static void list_unlink(LruNode *n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

static void list_append(LruCache *lc, LruNode *n) {
    n->prev = lc->root.prev;
    n->next = &lc->root;
    lc->root.prev->next = n;
    lc->root.prev = n;
}

static void list_reset(LruCache *lc) { lc->root.prev = lc->root.next = &lc->root; }

/* Separates the positional arguments from the keyword ones in a key. */
static Object KwdMark_Obj = OBJ_HEAD_INIT(&Object_Type);

/* The key of a call: the one argument itself when it is an exact int or
 * str, else a tuple of the arguments, then (with keywords) the mark and
 * each name and value, then (typed) the types of the values. */
static Object *make_key(LruCache *lc, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t nkw = KW_COUNT(kwnames);
    if (!nkw && !lc->typed && nargs == 1 && (Int_CheckExact(args[0]) || Str_CheckExact(args[0])))
        return NEWREF(args[0]);
    ssize_t nvals = (ssize_t)nargs + nkw;
    ssize_t n = (ssize_t)nargs + (nkw ? 1 + 2 * nkw : 0) + (lc->typed ? nvals : 0);
    Object *key = Tuple_New(n);
    if (!key) return NULL;
    Object **out = TUPLE_ITEMS(key);
    ssize_t k = 0;
    for (size_t i = 0; i < nargs; i++) out[k++] = NEWREF(args[i]);
    if (nkw) {
        out[k++] = &KwdMark_Obj; /* immortal */
        for (ssize_t i = 0; i < nkw; i++) {
            out[k++] = NEWREF(TUPLE_ITEMS(kwnames)[i]);
            out[k++] = NEWREF(args[nargs + (size_t)i]);
        }
    }
    if (lc->typed)
        for (ssize_t i = 0; i < nvals; i++) out[k++] = NEWREF((Object *)TYPE(args[i]));
    return key;
}

/* Stores result under key (hash h) after a miss, unless the call itself
 * stored one meanwhile; a bounded cache then drops its oldest entry if it
 * has grown too big.  -1 on error. */
static int store(LruCache *lc, Object *key, hash_t h, Object *result) {
    Object *cache = lc->cache, *now;
    int found = Dict_LookupHash(cache, key, h, &now);
    if (found != 0) return found < 0 ? -1 : 0;
    if (lc->maxsize < 0) return Dict_SetItemHash(cache, key, h, result);
    LruNode *n = (LruNode *)Obj_Alloc(&LruNode_Type, sizeof(LruNode));
    if (!n) return -1;
    n->key = NEWREF(key);
    n->result = NEWREF(result);
    n->hash = h;
    int rc = Dict_SetItemHash(cache, key, h, (Object *)n);
    if (rc == 0) list_append(lc, n);
    DECREF((Object *)n); /* the dict holds it */
    if (rc < 0 || Dict_Len(cache) <= lc->maxsize || lc->root.next == &lc->root) return rc;
    LruNode *oldest = lc->root.next;
    list_unlink(oldest);
    Object *popped = NULL;
    INCREF((Object *)oldest);
    rc = Dict_PopHash(cache, oldest->key, oldest->hash, &popped);
    XDECREF(popped);
    DECREF((Object *)oldest);
    return rc < 0 ? -1 : 0;
}

static Object *lru_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    LruCache *lc = (LruCache *)o;
    if (!lc->func || !lc->cache) {
        Err_SetString(Exc_TypeError, "lru_cache wrapper was cleared");
        return NULL;
    }
    if (lc->maxsize == 0) {
        lc->misses++;
        return Obj_Call(lc->func, args, nargs, kwnames);
    }
    Object *key = make_key(lc, args, nargs, kwnames);
    if (!key) return NULL;
    hash_t h = Obj_Hash(key);
    Object *r = NULL, *found_value;
    if (h == -1) goto done;
    int found = Dict_LookupHash(lc->cache, key, h, &found_value); /* borrowed */
    if (found < 0) goto done;
    if (found) {
        lc->hits++;
        if (lc->maxsize < 0) {
            r = NEWREF(found_value);
        } else {
            LruNode *n = (LruNode *)found_value;
            list_unlink(n);
            list_append(lc, n);
            r = NEWREF(n->result);
        }
        goto done;
    }
    lc->misses++;
    INCREF(o); /* the call may drop the last other reference to the wrapper */
    r = Obj_Call(lc->func, args, nargs, kwnames);
    if (r && lc->cache && store(lc, key, h, r) < 0) CLEAR(r);
    DECREF(o);
done:
    DECREF(key);
    return r;
}

static Object *lru_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[4];
    if (Arg_Unpack(LruCache_Type.args, "lru_cache", args, nargs, kwnames, a) < 0) return NULL;
    if (!Obj_IsCallable(a[0])) {
        Err_SetString(Exc_TypeError, "the first argument must be callable");
        return NULL;
    }
    ssize_t maxsize = -1;
    if (a[1] != OBJ_NONE) {
        if (!Int_Check(a[1])) {
            Err_SetString(Exc_TypeError, "maxsize should be integer or None");
            return NULL;
        }
        if (Index_AsSsize(a[1], Exc_OverflowError, &maxsize) < 0) return NULL;
        if (maxsize < 0) maxsize = 0;
    }
    int typed = Obj_IsTrue(a[2]);
    if (typed < 0) return NULL;
    Object *cache = Dict_New();
    LruCache *lc = cache ? (LruCache *)Obj_Alloc(t, (size_t)t->basicsize) : NULL;
    if (!lc) {
        XDECREF(cache);
        return NULL;
    }
    lc->func = NEWREF(a[0]);
    lc->cache = cache;
    lc->info_type = NEWREF(a[3]);
    lc->maxsize = maxsize;
    lc->typed = typed;
    list_reset(lc);
    return (Object *)lc;
}

/* Empties the cache: the list first, so that code run by the results'
 * deallocation finds a consistent (empty) cache. */
static void lru_empty(LruCache *lc) {
    list_reset(lc);
    if (lc->cache) Dict_Clear(lc->cache);
}

static int lru_clear(Object *o) {
    LruCache *lc = (LruCache *)o;
    list_reset(lc);
    CLEAR(lc->cache);
    CLEAR(lc->func);
    CLEAR(lc->info_type);
    CLEAR(lc->dict);
    return 0;
}

static void lru_dealloc(Object *o) {
    Weak_ClearBuiltin(o);
    Gc_Untrack(o);
    lru_clear(o);
    Obj_Free(o);
}

static int lru_traverse(Object *o, VisitFn visit, void *arg) {
    LruCache *lc = (LruCache *)o;
    if (lc->cache && lc->maxsize > 0)
        for (LruNode *n = lc->root.next; n != &lc->root; n = n->next)
            if (visit(n->key, arg) || visit(n->result, arg)) return 1;
    return (lc->func && visit(lc->func, arg)) || (lc->cache && visit(lc->cache, arg)) ||
           (lc->info_type && visit(lc->info_type, arg)) || (lc->dict && visit(lc->dict, arg));
}

static Object *lru_descr_get(Object *self, Object *obj, Type *owner) {
    if (!obj || obj == OBJ_NONE) return NEWREF(self);
    return Method_New(self, obj);
}

static Object *lru_cache_info(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    LruCache *lc = (LruCache *)self;
    if (!lc->info_type) {
        Err_SetString(Exc_TypeError, "lru_cache wrapper was cleared");
        return NULL;
    }
    Object *v[4] = {Int_FromI64(lc->hits), Int_FromI64(lc->misses),
                    lc->maxsize < 0 ? NEWREF(OBJ_NONE) : Int_FromI64(lc->maxsize),
                    Int_FromI64(lc->cache ? Dict_Len(lc->cache) : 0)};
    Object *r = v[0] && v[1] && v[2] && v[3] ? Obj_Call(lc->info_type, v, 4, NULL) : NULL;
    for (int i = 0; i < 4; i++) XDECREF(v[i]);
    return r;
}

static Object *lru_cache_clear(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    LruCache *lc = (LruCache *)self;
    lc->hits = lc->misses = 0;
    lru_empty(lc);
    RETURN_NONE;
}

static Object *lru_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_GetAttr(self, ID(__qualname__));
}

static Object *lru_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) { return NEWREF(self); }

static const MethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, 0, ARGS("($self, /)", "Report cache statistics")},
    {"cache_clear", lru_cache_clear, 0, ARGS("($self, /)", "Clear the cache and cache statistics")},
    {"__reduce__", lru_reduce, 0, ARGS("($self, /)", NULL)},
    {"__copy__", lru_copy, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", NULL)},
    {"__deepcopy__", lru_copy, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, memo, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef lru_getset[] = {
    GETSET_DICT,
    {NULL, NULL, NULL, NULL},
};

Type LruCache_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "functools._lru_cache_wrapper",
    .basicsize = sizeof(LruCache),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .doc = "Create a cached callable that wraps another function.\n"
           "\n"
           "user_function:      the function being cached\n"
           "\n"
           "maxsize:  0         for no caching\n"
           "          None      for unlimited cache size\n"
           "          n         for a bounded cache\n"
           "\n"
           "typed:    False     cache f(3) and f(3.0) as identical calls\n"
           "          True      cache f(3) and f(3.0) as distinct calls\n"
           "\n"
           "cache_info_type:    namedtuple class with the fields:\n"
           "                        hits misses currsize maxsize\n",
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(user_function, maxsize, typed, cache_info_type)", NULL),
    .dealloc = lru_dealloc,
    .traverse = lru_traverse,
    .clear = lru_clear,
    .call = lru_call,
    .descr_get = lru_descr_get,
    .new_ = lru_new,
    .methods = lru_methods,
    .getset = lru_getset,
    .dictoffset = offsetof(LruCache, dict),
};
