/* The fuzzer's marshal tree: reading, writing, copying (see mtree.h). */
#include "mtree.h"
#include <stdlib.h>
#include <string.h>

/* ---- the arena -------------------------------------------------------- */

#define ARENA_BLOCK (64 * 1024)
#define ARENA_LIMIT (256u * 1024 * 1024)

typedef struct ABlock { struct ABlock *next; size_t used, cap; } ABlock;
struct MArena { ABlock *head; size_t total; };

static _Noreturn void bail(MTree *t) { longjmp(*t->bail, 1); }

void *MTree_Alloc(MTree *t, size_t n) {
    MArena *a = t->arena;
    n = (n + 15) & ~(size_t)15;
    ABlock *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        if (a->total + cap > ARENA_LIMIT) bail(t);
        b = malloc(sizeof(ABlock) + 16 + cap);
        if (!b) bail(t);
        b->cap = cap;
        b->used = 0;
        b->next = a->head;
        a->head = b;
        a->total += cap;
    }
    char *base = (char *)(((uintptr_t)(b + 1) + 15) & ~(uintptr_t)15);
    void *p = base + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

void MTree_Free(MTree *t) {
    if (!t->arena) return;
    for (ABlock *b = t->arena->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(t->arena);
    t->arena = NULL;
}

/* ---- nodes ------------------------------------------------------------- */

bool MType_IsStr(uint8_t type) {
    return type == 't' || type == 'u' || type == 'a' || type == 'A' || type == 'z' || type == 'Z';
}

bool MType_IsSequence(uint8_t type) {
    return type == '(' || type == ')' || type == '[' || type == '<' || type == '>';
}

MNode *MNode_New(MTree *t, uint8_t type) {
    MNode *n = MTree_Alloc(t, sizeof *n);
    n->type = type;
    return n;
}

void MNode_SetData(MTree *t, MNode *n, const void *data, size_t len) {
    n->data = MTree_Alloc(t, len ? len : 1);
    if (len) memcpy(n->data, data, len);
    n->len = len;
}

MNode *MNode_NewData(MTree *t, uint8_t type, const void *data, size_t len) {
    MNode *n = MNode_New(t, type);
    MNode_SetData(t, n, data, len);
    return n;
}

MNode *MNode_NewInt(MTree *t, int32_t v) {
    MNode *n = MNode_New(t, 'i');
    n->ival = v;
    return n;
}

void MNode_Append(MTree *t, MNode *parent, MNode *kid) {
    if (parent->nkids == parent->capkids) {
        size_t cap = parent->capkids ? 2 * parent->capkids : 4;
        MNode **k = MTree_Alloc(t, cap * sizeof *k);
        if (parent->nkids) memcpy(k, parent->kids, parent->nkids * sizeof *k);
        parent->kids = k;
        parent->capkids = cap;
    }
    parent->kids[parent->nkids++] = kid;
}

static MNode *copy_at(MTree *t, const MNode *n, int depth) {
    if (depth > MT_MAX_DEPTH) return MNode_New(t, 'N');
    MNode *c = MNode_New(t, n->type);
    *c = *n;
    c->kids = NULL;
    c->nkids = c->capkids = 0;
    c->wgen = 0;
    if (n->data) MNode_SetData(t, c, n->data, n->len);
    for (size_t i = 0; i < n->nkids; i++) MNode_Append(t, c, copy_at(t, n->kids[i], depth + 1));
    return c;
}

MNode *MNode_Copy(MTree *t, const MNode *n) { return copy_at(t, n, 0); }

static void collect(MNode *n, MNode **out, size_t *len, size_t cap, int depth) {
    if (*len >= cap || depth > MT_MAX_DEPTH) return;
    out[(*len)++] = n;
    for (size_t i = 0; i < n->nkids; i++) collect(n->kids[i], out, len, cap, depth + 1);
}

static size_t count_nodes(const MNode *n, int depth) {
    if (depth > MT_MAX_DEPTH) return 0;
    size_t c = 1;
    for (size_t i = 0; i < n->nkids; i++) c += count_nodes(n->kids[i], depth + 1);
    return c;
}

MList MTree_Nodes(MTree *t) {
    MList l = {NULL, 0};
    if (!t->root) return l;
    size_t cap = count_nodes(t->root, 0);
    l.items = MTree_Alloc(t, cap * sizeof(MNode *));
    collect(t->root, l.items, &l.len, cap, 0);
    return l;
}

static MNode *find_parent(MNode *p, const MNode *n, size_t *idx, int depth) {
    if (depth > MT_MAX_DEPTH) return NULL;
    for (size_t i = 0; i < p->nkids; i++) {
        if (p->kids[i] == n) {
            *idx = i;
            return p;
        }
        MNode *r = find_parent(p->kids[i], n, idx, depth + 1);
        if (r) return r;
    }
    return NULL;
}

MNode *MTree_Parent(MTree *t, const MNode *n, size_t *kid_index) {
    size_t idx = 0;
    MNode *p = t->root && t->root != n ? find_parent(t->root, n, &idx, 0) : NULL;
    if (kid_index) *kid_index = idx;
    return p;
}

/* ---- reading ----------------------------------------------------------- */

typedef struct Reader {
    MTree *t;
    const uint8_t *p, *end;
    MNode **refs;          /* flagged nodes in the order the stream numbers them */
    size_t nrefs, caprefs;
} Reader;

static bool need(Reader *r, size_t n) { return (size_t)(r->end - r->p) >= n; }

static bool rd_i32(Reader *r, int32_t *v) {
    if (!need(r, 4)) return false;
    *v = (int32_t)((uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 | (uint32_t)r->p[2] << 16 |
                   (uint32_t)r->p[3] << 24);
    r->p += 4;
    return true;
}

static bool rd_data(Reader *r, MNode *n, size_t len) {
    if (!need(r, len)) return false;
    MNode_SetData(r->t, n, r->p, len);
    r->p += len;
    return true;
}

static void add_ref(Reader *r, MNode *n) {
    if (r->nrefs == r->caprefs) {
        size_t cap = r->caprefs ? 2 * r->caprefs : 64;
        MNode **a = MTree_Alloc(r->t, cap * sizeof *a);
        if (r->nrefs) memcpy(a, r->refs, r->nrefs * sizeof *a);
        r->refs = a;
        r->caprefs = cap;
    }
    r->refs[r->nrefs++] = n;
}

static MNode *rd_object(Reader *r, int depth);

static bool rd_kids(Reader *r, MNode *n, size_t count, int depth) {
    for (size_t i = 0; i < count; i++) {
        MNode *k = rd_object(r, depth + 1);
        if (!k) return false;
        MNode_Append(r->t, n, k);
    }
    return true;
}

static MNode *rd_object(Reader *r, int depth) {
    if (depth > MT_MAX_DEPTH || !need(r, 1)) return NULL;
    uint8_t code = *r->p++;
    MNode *n = MNode_New(r->t, code & ~MT_FLAG_REF);
    n->flagged = (code & MT_FLAG_REF) != 0;
    /* numbered in preorder, as the interpreter's reader numbers them */
    if (n->flagged) add_ref(r, n);
    int32_t v;
    switch (n->type) {
    case '0': case 'N': case 'F': case 'T': case 'S': case '.':
        return n;
    case 'i':
        if (!rd_i32(r, &n->ival)) return NULL;
        return n;
    case 'I': case 'g':
        return rd_data(r, n, 8) ? n : NULL;
    case 'y':
        return rd_data(r, n, 16) ? n : NULL;
    case 'f':
        return need(r, 1) && rd_data(r, n, 1 + (size_t)r->p[0]) ? n : NULL;
    case 'x': {
        const uint8_t *start = r->p;
        if (!need(r, 1) || !need(r, 2 + (size_t)r->p[0]) || !need(r, 2 + (size_t)r->p[0] + r->p[1 + r->p[0]]))
            return NULL;
        size_t len = 2 + (size_t)r->p[0] + r->p[1 + r->p[0]];
        MNode_SetData(r->t, n, start, len);
        r->p += len;
        return n;
    }
    case 'l':
        if (!rd_i32(r, &n->ival)) return NULL;
        {
            int64_t nd = n->ival < 0 ? -(int64_t)n->ival : n->ival;
            return rd_data(r, n, (size_t)nd * 2) ? n : NULL;
        }
    case 's': case 't': case 'u': case 'a': case 'A':
        if (!rd_i32(r, &v) || v < 0) return NULL;
        return rd_data(r, n, (size_t)v) ? n : NULL;
    case 'z': case 'Z':
        if (!need(r, 1)) return NULL;
        r->p++;
        return rd_data(r, n, r->p[-1]) ? n : NULL;
    case ')':
        if (!need(r, 1)) return NULL;
        return rd_kids(r, n, *r->p++, depth) ? n : NULL;
    case '(': case '[': case '<': case '>':
        if (!rd_i32(r, &v) || v < 0 || (size_t)v > (size_t)(r->end - r->p)) return NULL;
        return rd_kids(r, n, (size_t)v, depth) ? n : NULL;
    case '{':
        for (;;) {
            MNode *k = rd_object(r, depth + 1);
            if (!k) return NULL;
            if (k->type == '0') return n;   /* the end marker (not kept) */
            MNode_Append(r->t, n, k);
        }
    case 'c':
        for (int i = 0; i < CI_FIRSTLINENO; i++)
            if (!rd_i32(r, &n->cint[i])) return NULL;
        if (!rd_kids(r, n, CK_LINETABLE, depth)) return NULL;
        if (!rd_i32(r, &n->cint[CI_FIRSTLINENO])) return NULL;
        return rd_kids(r, n, CK_COUNT - CK_LINETABLE, depth) ? n : NULL;
    case ':':
        return rd_kids(r, n, 3, depth) ? n : NULL;
    case 'r':
        if (!rd_i32(r, &n->ival)) return NULL;
        if (n->ival >= 0 && (size_t)n->ival < r->nrefs) n->target = r->refs[n->ival];
        return n;
    default:
        return NULL;
    }
}

bool MTree_Parse(MTree *t, const uint8_t *data, size_t size) {
    memset(t, 0, sizeof *t);
    if (size < 17) return false;
    t->arena = calloc(1, sizeof(MArena));
    if (!t->arena) return false;
    jmp_buf jb;
    t->bail = &jb;
    if (setjmp(jb)) {
        MTree_Free(t);
        return false;
    }
    memcpy(t->header, data, 16);
    Reader r = {t, data + 16, data + size, NULL, 0, 0};
    t->root = rd_object(&r, 0);
    if (!t->root) {
        MTree_Free(t);
        return false;
    }
    t->tail_len = (size_t)(r.end - r.p);
    if (t->tail_len) {
        t->tail = MTree_Alloc(t, t->tail_len);
        memcpy(t->tail, r.p, t->tail_len);
    }
    t->bail = NULL;
    return true;
}

/* ---- writing ----------------------------------------------------------- */

typedef struct Writer {
    uint8_t *out;
    size_t len, cap;
    uint32_t gen;
    int32_t nrefs;
    bool failed;
} Writer;

static void w_bytes(Writer *w, const void *p, size_t n) {
    if (w->failed || w->cap - w->len < n) {
        w->failed = true;
        return;
    }
    memcpy(w->out + w->len, p, n);
    w->len += n;
}

static void w_u8(Writer *w, unsigned v) {
    uint8_t b = (uint8_t)v;
    w_bytes(w, &b, 1);
}

static void w_i32(Writer *w, int32_t v) {
    uint32_t u = (uint32_t)v;
    uint8_t b[4] = {(uint8_t)u, (uint8_t)(u >> 8), (uint8_t)(u >> 16), (uint8_t)(u >> 24)};
    w_bytes(w, b, 4);
}

static void w_object(Writer *w, MNode *n, int depth);

static void w_kids(Writer *w, MNode *n, size_t from, size_t to, int depth) {
    for (size_t i = from; i < to && i < n->nkids; i++) w_object(w, n->kids[i], depth + 1);
    /* a code object or slice missing fields gets None for them */
    for (size_t i = n->nkids > from ? n->nkids : from; i < to; i++) w_u8(w, 'N');
}

static void w_object(Writer *w, MNode *n, int depth) {
    if (w->failed) return;
    if (depth > MT_MAX_DEPTH) {
        w->failed = true;
        return;
    }
    w_u8(w, n->type | (n->flagged ? MT_FLAG_REF : 0));
    if (n->flagged) {
        n->wgen = w->gen;
        n->windex = w->nrefs++;
    }
    int32_t count;
    switch (n->type) {
    case 'i':
        w_i32(w, n->ival);
        break;
    case 'l':
        w_i32(w, n->has_count ? n->count : n->ival);
        w_bytes(w, n->data, n->len);
        break;
    case 's': case 't': case 'u': case 'a': case 'A':
        w_i32(w, n->has_count ? n->count : (int32_t)n->len);
        w_bytes(w, n->data, n->len);
        break;
    case 'z': case 'Z':
        w_u8(w, n->has_count ? (unsigned)n->count : (unsigned)n->len);
        w_bytes(w, n->data, n->len > 255 ? 255 : n->len);
        break;
    case ')':
        w_u8(w, n->has_count ? (unsigned)n->count : (unsigned)n->nkids);
        w_kids(w, n, 0, n->nkids > 255 ? 255 : n->nkids, depth);
        break;
    case '(': case '[': case '<': case '>':
        count = n->has_count ? n->count : (int32_t)n->nkids;
        w_i32(w, count);
        w_kids(w, n, 0, n->nkids, depth);
        break;
    case '{':
        w_kids(w, n, 0, n->nkids, depth);
        w_u8(w, '0');
        break;
    case 'c':
        for (int i = 0; i < CI_FIRSTLINENO; i++) w_i32(w, n->cint[i]);
        w_kids(w, n, CK_CODE, CK_LINETABLE, depth);
        w_i32(w, n->cint[CI_FIRSTLINENO]);
        w_kids(w, n, CK_LINETABLE, CK_COUNT, depth);
        break;
    case ':':
        w_kids(w, n, 0, 3, depth);
        break;
    case 'r':
        /* a target written earlier in this stream gets its current number */
        w_i32(w, n->target && n->target->wgen == w->gen ? n->target->windex : n->ival);
        break;
    default:
        /* fixed-size payloads ('I', 'g', 'y', 'f', 'x') and markers */
        if (n->data) w_bytes(w, n->data, n->len);
        break;
    }
}

size_t MTree_Write(const MTree *t, uint8_t *out, size_t cap) {
    static uint32_t generation;
    Writer w = {out, 0, cap, ++generation, 0, false};
    if (w.gen == 0) w.gen = ++generation;   /* 0 means "never numbered" */
    w_bytes(&w, t->header, 16);
    if (t->root) w_object(&w, t->root, 0);
    if (t->tail_len) w_bytes(&w, t->tail, t->tail_len);
    return w.failed ? 0 : w.len;
}
