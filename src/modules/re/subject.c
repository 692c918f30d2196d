/* Subjects as PCRE2 sees them: 32-bit code units.  A str of kind 4 is used
 * in place; any other str, and bytes, are widened into a copy.
 *
 * A program often searches one string many times (pattern.match(s, pos)
 * at each place of a long text, several patterns over the same text), so
 * the copies of the last few immutable subjects are kept per interpreter,
 * keyed on the subject object itself: the cache holds a reference to it,
 * so the key cannot be freed and its address reused while the entry lives.
 * Copies are objects: a search holding one keeps it alive even if the
 * entry is dropped meanwhile (a search run from a callback, say). */
#include "modules/re/engine.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include "runtime/mem.h"

/* A subject widened: len units. */
typedef struct Widened {
    Object ob;
    ssize_t len;
    uint32_t units[];
} Widened;

static void widened_dealloc(Object *o) { Obj_Free(o); }

Type Widened_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_pcre.widened",
    .basicsize = sizeof(Widened),
    .dealloc = widened_dealloc,
};

/* The cache: the most recently used entry first. */
#define CACHED 4
/* Shorter subjects are widened each time: cheaper than taking a slot a
 * long subject may need. */
#define CACHE_MIN_LEN 64

typedef struct SubjectCache {
    Object ob;
    Object *subject[CACHED]; /* owned, NULL: a free slot */
    Object *wide[CACHED];    /* owned Widened */
} SubjectCache;

static void drop_entry(SubjectCache *c, int i) {
    CLEAR(c->subject[i]);
    CLEAR(c->wide[i]);
}

static void cache_dealloc(Object *o) {
    for (int i = 0; i < CACHED; i++) drop_entry((SubjectCache *)o, i);
    Obj_Free(o);
}

Type SubjectCache_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_pcre.subject_cache",
    .basicsize = sizeof(SubjectCache),
    .dealloc = cache_dealloc,
};

/* The copy of s (a str or bytes-like object of len units), new reference;
 * NULL after raising. */
static Object *widen(Object *s, ssize_t len) {
    Widened *w = (Widened *)Obj_AllocUninit(&Widened_Type, sizeof(Widened) + (size_t)len * sizeof(uint32_t));
    if (!w) return NULL;
    w->len = len;
    uint32_t *u = w->units;
    if (Str_Check(s) && STR_KIND(s) == 1) {
        for (ssize_t k = 0; k < len; k++) u[k] = ((const uint8_t *)STR_DATA(s))[k];
    } else if (Str_Check(s)) {
        for (ssize_t k = 0; k < len; k++) u[k] = ((const uint16_t *)STR_DATA(s))[k];
    } else {
        const uint8_t *b;
        ssize_t n;
        Bytes_GetBuffer(s, &b, &n);
        for (ssize_t k = 0; k < len; k++) u[k] = b[k];
    }
    return (Object *)w;
}

/* Moves entry i to the front. */
static void to_front(SubjectCache *c, int i) {
    Object *s = c->subject[i], *w = c->wide[i];
    for (; i > 0; i--) {
        c->subject[i] = c->subject[i - 1];
        c->wide[i] = c->wide[i - 1];
    }
    c->subject[0] = s;
    c->wide[0] = w;
}

/* The interpreter's cache, made on first use (borrowed); NULL after raising. */
static SubjectCache *the_cache(void) {
    Interp *in = g_interp;
    if (!in->re_subjects) in->re_subjects = Obj_Alloc(&SubjectCache_Type, sizeof(SubjectCache));
    return (SubjectCache *)in->re_subjects;
}

/* The copy of s from the cache, made and cached on a miss (new reference);
 * NULL after raising.  s is an exact str or bytes: immutable. */
static Object *cached_copy(Object *s, ssize_t len) {
    SubjectCache *c = the_cache();
    if (!c) return NULL;
    for (int i = 0; i < CACHED; i++) {
        if (c->subject[i] == s) {
            to_front(c, i);
            return NEWREF(c->wide[0]);
        }
    }
    /* entries only the cache still refers to can never be asked for again */
    for (int i = 0; i < CACHED; i++)
        if (c->subject[i] && c->subject[i]->refcnt == 1) drop_entry(c, i);
    Object *w = widen(s, len);
    if (!w) return NULL;
    int slot = CACHED - 1;
    for (int i = 0; i < CACHED; i++)
        if (!c->subject[i]) {
            slot = i;
            break;
        }
    drop_entry(c, slot);
    c->subject[slot] = NEWREF(s);
    c->wide[slot] = NEWREF(w);
    to_front(c, slot);
    return w;
}

/* CPython's TypeError when s is not of the pattern's kind; -1 after raising. */
static int check_kind(const Engine *e, Object *s, bool is_str, bool is_bytes) {
    if (!e->bytes && !is_str) {
        if (is_bytes) Err_Format(Exc_TypeError, "cannot use a string pattern on a bytes-like object");
        else Err_Format(Exc_TypeError, "expected string or bytes-like object, got '%s'", TYPE_NAME(s));
        return -1;
    }
    if (e->bytes && !is_bytes) {
        if (is_str) Err_Format(Exc_TypeError, "cannot use a bytes pattern on a string-like object");
        else Err_Format(Exc_TypeError, "expected string or bytes-like object, got '%s'", TYPE_NAME(s));
        return -1;
    }
    return 0;
}

int Engine_TakeSubject(Engine *e, Object *s, Subject *out) {
    const uint8_t *b;
    ssize_t blen;
    bool is_str = Str_Check(s);
    bool is_bytes = !is_str && Bytes_GetBuffer(s, &b, &blen);
    if (check_kind(e, s, is_str, is_bytes) < 0) return -1;
    ssize_t len = is_str ? STR_LEN(s) : blen;
    out->len = len;
    out->wide = NULL;
    if (is_str && STR_KIND(s) == 4) {
        out->units = STR_DATA(s);
    } else {
        /* a bytearray may change between searches: only immutable subjects are cached */
        bool immutable = Str_CheckExact(s) || TYPE(s) == &Bytes_Type;
        out->wide = immutable && len >= CACHE_MIN_LEN ? cached_copy(s, len) : widen(s, len);
        if (!out->wide) return -1;
        out->units = ((Widened *)out->wide)->units;
    }
    out->obj = NEWREF(s);
    return 0;
}

void Engine_GiveSubject(Subject *s) {
    CLEAR(s->wide);
    CLEAR(s->obj);
    s->units = NULL;
}
