/* Structural mutations of .pyc marshal trees (see mutate.h). */
#include "mutate.h"
#include "bytecode.h"
#include <string.h>

/* ---- picking nodes ------------------------------------------------------ */

static bool is_code(const MNode *n) { return n->type == 'c' && n->nkids == CK_COUNT; }

static MNode *random_node(MTree *t, Rng *rng) {
    MList all = MTree_Nodes(t);
    return all.len ? all.items[Rng_Below(rng, all.len)] : NULL;
}

/* A random node of the kind keep() accepts, or NULL. */
static MNode *random_node_where(MTree *t, Rng *rng, bool (*keep)(const MNode *)) {
    MList all = MTree_Nodes(t);
    size_t n = 0;
    for (size_t i = 0; i < all.len; i++)
        if (keep(all.items[i])) all.items[n++] = all.items[i];
    return n ? all.items[Rng_Below(rng, n)] : NULL;
}

static bool is_flagged(const MNode *n) { return n->flagged; }
static bool is_sequence(const MNode *n) { return MType_IsSequence(n->type) || n->type == '{'; }
static bool is_str(const MNode *n) { return MType_IsStr(n->type); }
static bool is_int(const MNode *n) { return n->type == 'i'; }

/* Puts repl where n is (the root included). */
static void replace_node(MTree *t, MNode *n, MNode *repl) {
    size_t idx;
    MNode *p = MTree_Parent(t, n, &idx);
    if (p) p->kids[idx] = repl;
    else if (t->root == n) t->root = repl;
}

/* ---- new values ----------------------------------------------------------- */

static const char *const interesting_names[] = {
    "__init__", "__new__", "__class__", "__dict__", "__name__", "__qualname__", "__module__",
    "__builtins__", "__import__", "__build_class__", "__classcell__", "__classdictcell__",
    "__annotate__", "__annotations__", "__getattr__", "__getattribute__", "__setattr__",
    "__del__", "__eq__", "__hash__", "__len__", "__iter__", "__next__", "__enter__", "__exit__",
    "__aenter__", "__aexit__", "__await__", "__aiter__", "__anext__", "__index__", "__repr__",
    "__str__", "__format__", "__set_name__", "__init_subclass__", "__mro_entries__",
    "__prepare__", "__slots__", "__doc__", "__type_params__", "__static_attributes__",
    "__firstlineno__", "__bases__", "__mro__", "__call__", "__get__", "__set__", "__bool__",
    "__contains__", "__getitem__", "__setitem__", "__match_args__", "__orig_bases__",
    "__main__", "print", "len", "sys", "builtins", "time", "super", "type", "object", "globals",
    "locals", "iter", "next", "range", "list", "dict", "str", "int", "exit", "getrecursionlimit",
    "setrecursionlimit", "_getframe", "modules", "stdout", "f_back", "f_locals", "gi_frame",
    "tb_frame", "self", "x", "", ".0", "*",
};

static MNode *new_str(MTree *t, Rng *rng) {
    static const uint8_t types[] = {'a', 'A', 'z', 'Z', 'u', 't'};
    uint8_t type = types[Rng_Below(rng, sizeof types)];
    if (!Rng_OneIn(rng, 4)) {
        const char *s = interesting_names[Rng_Below(rng, sizeof interesting_names / sizeof *interesting_names)];
        return MNode_NewData(t, type, s, strlen(s));
    }
    size_t len = Rng_OneIn(rng, 16) ? Rng_Below(rng, 30000) : Rng_Below(rng, 12);
    if ((type == 'z' || type == 'Z') && len > 255) len = 255;
    /* interned strings live as long as the process: not the long ones */
    if (len > 64) type = Rng_OneIn(rng, 2) ? 'a' : 'u';
    uint8_t *b = MTree_Alloc(t, len + 1);
    for (size_t i = 0; i < len; i++) b[i] = (uint8_t)Rng_Next(rng);
    if (type == 'u' && len >= 3 && Rng_OneIn(rng, 2)) memcpy(b, "\xed\xa0\x80", 3); /* a lone surrogate */
    MNode *n = MNode_New(t, type);
    n->data = b;
    n->len = len;
    return n;
}

static MNode *new_long(MTree *t, Rng *rng) {
    size_t nd = Rng_OneIn(rng, 8) ? 1 + Rng_Below(rng, 20000) : 1 + Rng_Below(rng, 8);
    MNode *n = MNode_New(t, 'l');
    n->len = nd * 2;
    n->data = MTree_Alloc(t, n->len);
    for (size_t i = 0; i < nd; i++) {
        unsigned d = (unsigned)Rng_Below(rng, 0x8000);
        if (i == nd - 1 && d == 0) d = 1;
        n->data[2 * i] = (uint8_t)d;
        n->data[2 * i + 1] = (uint8_t)(d >> 8);
    }
    if (Rng_OneIn(rng, 16)) n->data[n->len - 1] = 0x80;            /* a digit out of range */
    else if (Rng_OneIn(rng, 16)) n->data[n->len - 1] = n->data[n->len - 2] = 0; /* unnormalised */
    n->ival = Rng_OneIn(rng, 2) ? (int32_t)nd : -(int32_t)nd;
    return n;
}

static MNode *new_float(MTree *t, Rng *rng, uint8_t type) {
    static const uint64_t edges[] = {0x7ff8000000000000ull, 0x7ff0000000000000ull,
                                     0xfff0000000000000ull, 0x8000000000000000ull,
                                     0x7fefffffffffffffull, 0x0000000000000001ull, 0x3ff0000000000000ull};
    size_t words = type == 'y' ? 2 : 1;
    MNode *n = MNode_New(t, type);
    n->len = 8 * words;
    n->data = MTree_Alloc(t, n->len);
    for (size_t w = 0; w < words; w++) {
        uint64_t v = Rng_OneIn(rng, 2) ? edges[Rng_Below(rng, sizeof edges / sizeof *edges)] : Rng_Next(rng);
        for (int i = 0; i < 8; i++) n->data[8 * w + (size_t)i] = (uint8_t)(v >> (8 * i));
    }
    return n;
}

static int32_t interesting_i32(Rng *rng) {
    static const int32_t edges[] = {0, 1, -1, 2, 7, 255, 256, 1000, 4300, 65535, 65536,
                                    0x7fffffff, (int32_t)0x80000000, 0x3fffffff, -0x40000000};
    return Rng_OneIn(rng, 3) ? (int32_t)Rng_Next(rng) : edges[Rng_Below(rng, sizeof edges / sizeof *edges)];
}

static MNode *new_const(MTree *t, Rng *rng, int depth);

static MNode *new_container(MTree *t, Rng *rng, uint8_t type, int depth) {
    MNode *n = MNode_New(t, type);
    size_t len = Rng_Below(rng, type == '{' ? 6 : 5);
    for (size_t i = 0; i < len; i++) MNode_Append(t, n, new_const(t, rng, depth + 1));
    return n;
}

/* A code object already in the tree, copied (so constants nest code). */
static MNode *copied_code(MTree *t, Rng *rng) {
    MNode *c = random_node_where(t, rng, is_code);
    return c ? MNode_Copy(t, c) : NULL;
}

/* A back-reference to some flagged node (a later or half-built one is what
 * the loader must refuse). */
static MNode *new_ref(MTree *t, Rng *rng) {
    MNode *target = random_node_where(t, rng, is_flagged);
    MNode *r = MNode_New(t, 'r');
    r->target = target;
    r->ival = target ? 0 : interesting_i32(rng);
    return r;
}

static MNode *new_const(MTree *t, Rng *rng, int depth) {
    static const uint8_t markers[] = {'N', 'T', 'F', '.', 'S', '0'};
    MNode *n = NULL;
    switch (Rng_Below(rng, depth > 3 ? 7 : 14)) {
    case 0: n = MNode_New(t, markers[Rng_Below(rng, Rng_OneIn(rng, 8) ? 6 : 5)]); break;
    case 1: n = MNode_NewInt(t, interesting_i32(rng)); break;
    case 2: n = new_long(t, rng); break;
    case 3: n = new_float(t, rng, Rng_OneIn(rng, 3) ? 'y' : 'g'); break;
    case 4: n = new_str(t, rng); break;
    case 5: {
        size_t len = Rng_Below(rng, 10);
        n = MNode_New(t, 's');
        MNode_SetData(t, n, "\0\x01\x7f\x80\xff\n\r\t ab", len);
        break;
    }
    case 6: n = new_ref(t, rng); break;
    case 7: n = new_container(t, rng, Rng_OneIn(rng, 2) ? ')' : '(', depth); break;
    case 8: n = new_container(t, rng, '>', depth); break;
    case 9: n = new_container(t, rng, "[<{"[Rng_Below(rng, 3)], depth); break;
    case 10:
        n = MNode_New(t, ':');
        for (int i = 0; i < 3; i++) MNode_Append(t, n, new_const(t, rng, depth + 1));
        break;
    default: n = copied_code(t, rng); break;
    }
    if (!n) n = MNode_New(t, 'N');
    if (Rng_OneIn(rng, 6)) n->flagged = true;
    return n;
}

/* ---- code object edits ------------------------------------------------------ */

/* The kids of a code field that should be a sequence; NULL if it is not. */
static MNode *seq_field(MNode *code, int field) {
    MNode *k = code->kids[field];
    return MType_IsSequence(k->type) ? k : NULL;
}

static void swap_kids(MNode *seq, Rng *rng) {
    if (seq->nkids < 2) return;
    size_t a = Rng_Below(rng, seq->nkids), b = Rng_Below(rng, seq->nkids);
    MNode *tmp = seq->kids[a];
    seq->kids[a] = seq->kids[b];
    seq->kids[b] = tmp;
}

static void drop_kid(MNode *seq, size_t i) {
    if (i >= seq->nkids) return;
    memmove(&seq->kids[i], &seq->kids[i + 1], (seq->nkids - i - 1) * sizeof(MNode *));
    seq->nkids--;
}

static bool mutate_consts(MTree *t, MNode *code, Rng *rng) {
    MNode *consts = seq_field(code, CK_CONSTS);
    if (!consts) return false;
    switch (Rng_Below(rng, 5)) {
    case 0: case 1: /* one replaced by a constant of another type */
        if (!consts->nkids) return false;
        consts->kids[Rng_Below(rng, consts->nkids)] = new_const(t, rng, 0);
        return true;
    case 2: /* one more (LOAD_CONST's range grows) */
        MNode_Append(t, consts, new_const(t, rng, 0));
        return true;
    case 3: swap_kids(consts, rng); return true;
    default: /* the last one gone */
        drop_kid(consts, consts->nkids - 1);
        return true;
    }
}

static bool mutate_names(MTree *t, MNode *code, Rng *rng) {
    MNode *names = seq_field(code, Rng_OneIn(rng, 3) ? CK_LPNAMES : CK_NAMES);
    if (!names) return false;
    switch (Rng_Below(rng, 5)) {
    case 0: swap_kids(names, rng); return true;
    case 1: case 2: /* another name, or not a str at all */
        if (!names->nkids) return false;
        names->kids[Rng_Below(rng, names->nkids)] = Rng_OneIn(rng, 8) ? new_const(t, rng, 0) : new_str(t, rng);
        return true;
    case 3: MNode_Append(t, names, new_str(t, rng)); return true;
    default: drop_kid(names, names->nkids ? Rng_Below(rng, names->nkids) : 0); return true;
    }
}

/* co_localspluskinds: bits flipped, kinds the compiler never pairs, a
 * length that does not match co_localsplusnames, or a variable added or
 * removed consistently. */
static bool mutate_kinds(MTree *t, MNode *code, Rng *rng) {
    static const uint8_t kinds[] = {0x20, 0x40, 0x80, 0x60, 0x22, 0x24, 0x28, 0x30, 0xa0, 0xc0, 0x00, 0xff};
    MNode *k = code->kids[CK_LPKINDS];
    MNode *names = seq_field(code, CK_LPNAMES);
    if (k->type != 's') return false;
    switch (Rng_Below(rng, 8)) {
    case 0: case 5: case 6:
        if (!k->len) return false;
        k->data[Rng_Below(rng, k->len)] ^= (uint8_t)(1u << Rng_Below(rng, 8));
        return true;
    case 1:
        if (!k->len) return false;
        k->data[Rng_Below(rng, k->len)] = kinds[Rng_Below(rng, sizeof kinds)];
        return true;
    case 2: { /* one byte more or fewer than there are names */
        uint8_t *d = MTree_Alloc(t, k->len + 2);
        memcpy(d, k->data, k->len);
        d[k->len] = kinds[Rng_Below(rng, sizeof kinds)];
        k->data = d;
        if (Rng_OneIn(rng, 2)) k->len++;
        else if (k->len) k->len--;
        return true;
    }
    case 3: case 7: { /* a variable added: its name and its kind */
        if (!names) return false;
        uint8_t *d = MTree_Alloc(t, k->len + 1);
        memcpy(d, k->data, k->len);
        d[k->len] = kinds[Rng_Below(rng, 3)];
        size_t at = Rng_OneIn(rng, 2) ? k->len : Rng_Below(rng, k->len + 1);
        if (at < k->len) {
            uint8_t kind = d[k->len];
            memmove(d + at + 1, d + at, k->len - at);
            d[at] = kind;
        }
        k->data = d;
        k->len++;
        MNode_Append(t, names, new_str(t, rng));
        if (at < names->nkids - 1) {
            MNode *nm = names->kids[names->nkids - 1];
            memmove(&names->kids[at + 1], &names->kids[at], (names->nkids - 1 - at) * sizeof(MNode *));
            names->kids[at] = nm;
        }
        return true;
    }
    default: /* the last variable removed */
        if (!names || !names->nkids || !k->len) return false;
        names->nkids--;
        k->len--;
        return true;
    }
}

static bool mutate_ints(MNode *code, Rng *rng) {
    int32_t *ci = code->cint;
    MNode *names = seq_field(code, CK_LPNAMES);
    int32_t nlp = names ? (int32_t)names->nkids : 0;
    switch (Rng_Below(rng, 6)) {
    case 0: case 1: /* co_stacksize off by a little, or by a lot */
        if (Rng_OneIn(rng, 4)) ci[CI_STACKSIZE] = interesting_i32(rng);
        else ci[CI_STACKSIZE] = (int32_t)((uint32_t)ci[CI_STACKSIZE] + (Rng_OneIn(rng, 2) ? 1u : ~0u));
        return true;
    case 2: { /* argument counts that disagree with the variables */
        int which = (int)Rng_Below(rng, 3);
        ci[which] = Rng_OneIn(rng, 4) ? interesting_i32(rng) : (int32_t)Rng_Below(rng, (size_t)nlp + 3);
        return true;
    }
    case 3: { /* a flag flipped (generator, coroutine, varargs, ...) */
        static const int32_t flags[] = {0x1, 0x2, 0x4, 0x8, 0x10, 0x20, 0x40, 0x80, 0x100, 0x200,
                                        0x4000000, 0x8000000, 0x20000};
        ci[CI_FLAGS] ^= flags[Rng_Below(rng, sizeof flags / sizeof *flags)];
        return true;
    }
    case 4: ci[CI_FIRSTLINENO] = interesting_i32(rng); return true;
    default: ci[CI_FLAGS] = (int32_t)Rng_Next(rng); return true;
    }
}

/* co_linetable or co_exceptiontable: garbage, cut short, or entries of
 * random kinds (an entry of either starts with a byte with 0x80 set: for
 * the location table 0x80 | kind << 3 | (length - 1)). */
static bool mutate_table(MTree *t, MNode *code, Rng *rng) {
    MNode *lt = code->kids[Rng_OneIn(rng, 3) ? CK_EXCTABLE : CK_LINETABLE];
    if (lt->type != 's') return false;
    switch (Rng_Below(rng, 4)) {
    case 0:
        if (!lt->len) return false;
        lt->len = Rng_Below(rng, lt->len);
        return true;
    case 1:
        if (!lt->len) return false;
        lt->data[Rng_Below(rng, lt->len)] = (uint8_t)Rng_Next(rng);
        return true;
    case 2: {
        size_t len = Rng_Below(rng, 64);
        uint8_t *d = MTree_Alloc(t, len + 1);
        for (size_t i = 0; i < len; i++) d[i] = (uint8_t)Rng_Next(rng);
        lt->data = d;
        lt->len = len;
        return true;
    }
    default: {
        size_t entries = 1 + Rng_Below(rng, 8), len = 0;
        uint8_t *d = MTree_Alloc(t, entries * 16 + lt->len);
        size_t at = Rng_Below(rng, lt->len + 1);
        memcpy(d, lt->data, at);
        len = at;
        for (size_t e = 0; e < entries; e++) {
            d[len++] = (uint8_t)(0x80 | Rng_Below(rng, 16) << 3 | Rng_Below(rng, 8));
            size_t extra = Rng_Below(rng, 6);
            for (size_t i = 0; i < extra; i++) d[len++] = (uint8_t)(Rng_Next(rng) & (Rng_OneIn(rng, 2) ? 0x7f : 0x3f));
        }
        lt->data = d;
        lt->len = len;
        return true;
    }
    }
}

static bool mutate_code_strs(MTree *t, MNode *code, Rng *rng) {
    static const int fields[] = {CK_FILENAME, CK_NAME, CK_QUALNAME};
    int f = fields[Rng_Below(rng, 3)];
    code->kids[f] = Rng_OneIn(rng, 6) ? new_const(t, rng, 0) : new_str(t, rng);
    return true;
}

/* A code object with no code objects among its constants. */
static bool is_leaf_code(const MNode *n) {
    if (!is_code(n) || !MType_IsSequence(n->kids[CK_CONSTS]->type)) return false;
    const MNode *consts = n->kids[CK_CONSTS];
    for (size_t i = 0; i < consts->nkids; i++)
        if (consts->kids[i]->type == 'c') return false;
    return true;
}

/* Puts kid into seq: in place of an item, or after them. */
static void put_kid(MTree *t, MNode *seq, MNode *kid, Rng *rng) {
    if (seq->nkids && Rng_OneIn(rng, 2)) seq->kids[Rng_Below(rng, seq->nkids)] = kid;
    else MNode_Append(t, seq, kid);
}

/* A copy of a code object nested in its own constants; now and then a
 * chain of many copies of a small one, each holding the next (where one of
 * its constants was, so they still load): deep trees of code objects. */
static bool nest_code(MTree *t, MNode *code, Rng *rng) {
    MNode *consts = seq_field(code, CK_CONSTS);
    if (!consts) return false;
    MNode *leaf = Rng_OneIn(rng, 4) ? random_node_where(t, rng, is_leaf_code) : NULL;
    if (!leaf) {
        put_kid(t, consts, MNode_Copy(t, code), rng);
        return true;
    }
    size_t levels = 2 + Rng_Below(rng, Rng_OneIn(rng, 4) ? 2100 : 100);
    MNode *inner = MNode_Copy(t, leaf);
    for (size_t i = 1; i < levels; i++) {
        MNode *outer = MNode_Copy(t, leaf);
        put_kid(t, outer->kids[CK_CONSTS], inner, rng);
        inner = outer;
    }
    put_kid(t, consts, inner, rng);
    return true;
}

static bool mutate_code(MTree *t, Rng *rng) {
    MNode *code = random_node_where(t, rng, is_code);
    if (!code) return false;
    switch (Rng_Below(rng, 20)) {
    case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
        if (!Bytecode_Mutate(t, code, rng)) return false;
        /* edited code often needs a deeper stack: let the verifier pass it */
        if (Rng_OneIn(rng, 2) && code->cint[CI_STACKSIZE] >= 0 && code->cint[CI_STACKSIZE] < 1000)
            code->cint[CI_STACKSIZE] += 1 + (int32_t)Rng_Below(rng, 3);
        return true;
    case 8: case 9: case 10: return mutate_consts(t, code, rng);
    case 11: case 12: return mutate_names(t, code, rng);
    case 13: case 14: return mutate_kinds(t, code, rng);
    case 15: case 16: return mutate_ints(code, rng);
    case 17: return mutate_table(t, code, rng);
    case 18: return mutate_code_strs(t, code, rng);
    default: return nest_code(t, code, rng);
    }
}

/* ---- any node --------------------------------------------------------------- */

/* n replaced by a back-reference: mostly to an object complete before it
 * (a flagged node before it in preorder that is not its ancestor), else to
 * an ancestor (a container holding itself, which the loader must refuse) or
 * to a number that names nothing. */
static bool make_ref(MTree *t, MNode *n, Rng *rng) {
    MNode *anc[64];
    size_t nanc = 0;
    for (MNode *p = MTree_Parent(t, n, NULL); p && nanc < 64; p = MTree_Parent(t, p, NULL)) anc[nanc++] = p;
    MNode *r = MNode_New(t, 'r');
    size_t choice = Rng_Below(rng, 8);
    if (choice < 6) {
        MList all = MTree_Nodes(t);
        size_t ncand = 0;
        for (size_t i = 0; i < all.len && all.items[i] != n; i++) {
            bool ancestor = false;
            for (size_t k = 0; k < nanc && !ancestor; k++) ancestor = anc[k] == all.items[i];
            if (all.items[i]->flagged && !ancestor && all.items[i]->type != 'r') all.items[ncand++] = all.items[i];
        }
        if (!ncand) return false;
        r->target = all.items[Rng_Below(rng, ncand)];
    } else if (choice == 6 && nanc) {
        r->target = anc[Rng_Below(rng, nanc)];
        r->target->flagged = true;
    } else {
        r->ival = interesting_i32(rng);
    }
    replace_node(t, n, r);
    return true;
}

/* n wrapped in many one-item tuples (or lists). */
static bool deep_nest(MTree *t, MNode *n, Rng *rng) {
    static const size_t depths[] = {10, 100, 1000, 1998, 1999, 2000, 2001, 2100, 3000};
    size_t d = depths[Rng_Below(rng, sizeof depths / sizeof *depths)];
    uint8_t type = Rng_OneIn(rng, 4) ? '[' : ')';
    MNode *inner = n;
    for (size_t i = 0; i < d; i++) {
        MNode *w = MNode_New(t, type);
        MNode_Append(t, w, inner);
        inner = w;
    }
    replace_node(t, n, inner);
    return true;
}

static bool lie_about_length(MNode *n, Rng *rng) {
    static const int32_t lies[] = {0x7fffffff, -1, 0x10000000, 0x7ffffff0, (int32_t)0x80000000};
    if (!is_sequence(n) && !MType_IsStr(n->type) && n->type != 's' && n->type != 'l') return false;
    uint32_t real = n->type == 'l' ? (uint32_t)n->ival : (uint32_t)(n->data ? n->len : n->nkids);
    switch (Rng_Below(rng, 3)) {
    case 0: n->count = (int32_t)(real + 1); break;
    case 1: n->count = (int32_t)(real - 1); break;
    default: n->count = lies[Rng_Below(rng, sizeof lies / sizeof *lies)]; break;
    }
    n->has_count = true;
    return true;
}

static bool mutate_any(MTree *t, Rng *rng) {
    MNode *n = random_node(t, rng);
    if (!n) return false;
    /* a code object's fields of the wrong type only test one check */
    MNode *parent = MTree_Parent(t, n, NULL);
    if (parent && is_code(parent) && !Rng_OneIn(rng, 8)) return false;
    switch (Rng_Below(rng, 10)) {
    case 0: n->flagged = !n->flagged; return true;
    case 1: case 2: return make_ref(t, n, rng);
    case 3: return Rng_OneIn(rng, 4) && deep_nest(t, n, rng);
    case 4: return Rng_OneIn(rng, 2) && lie_about_length(n, rng);
    case 5: { /* replaced by a copy of another node */
        MNode *other = random_node(t, rng);
        if (!other || other == n) return false;
        replace_node(t, n, MNode_Copy(t, other));
        return true;
    }
    case 6: /* a container item dropped or added */
        n = random_node_where(t, rng, is_sequence);
        if (!n) return false;
        if (n->nkids && Rng_OneIn(rng, 2)) drop_kid(n, Rng_Below(rng, n->nkids));
        else MNode_Append(t, n, new_const(t, rng, 0));
        return true;
    case 7: { /* a string of another marshal type or contents */
        n = random_node_where(t, rng, is_str);
        if (!n) return false;
        MNode *s = new_str(t, rng);
        if (Rng_OneIn(rng, 2)) n->type = s->type;
        else *n = *s;
        if ((n->type == 'z' || n->type == 'Z') && n->len > 255) n->len = 255;
        return true;
    }
    case 8:
        n = random_node_where(t, rng, is_int);
        if (!n) return false;
        n->ival = interesting_i32(rng);
        return true;
    default:
        replace_node(t, n, new_const(t, rng, 0));
        return true;
    }
}

bool Mutate_Tree(MTree *t, Rng *rng) {
    if (!t->root) return false;
    /* a few tries: an edit may not apply to the node it picked */
    for (int i = 0; i < 4; i++)
        if (Rng_Below(rng, 100) < 85 ? mutate_code(t, rng) : mutate_any(t, rng)) return true;
    return false;
}

bool Mutate_Crossover(MTree *t, MTree *other, Rng *rng) {
    MNode *graft = Rng_OneIn(rng, 2) ? random_node_where(other, rng, is_code) : NULL;
    if (!graft) graft = random_node(other, rng);
    if (!graft || !t->root) return false;
    graft = MNode_Copy(t, graft);
    MNode *code = random_node_where(t, rng, is_code);
    MNode *consts = code ? seq_field(code, CK_CONSTS) : NULL;
    if (consts && !Rng_OneIn(rng, 3)) {
        put_kid(t, consts, graft, rng);   /* where it can be loaded */
        return true;
    }
    MNode *n = random_node(t, rng);
    if (n == t->root && graft->type != 'c') return false;
    replace_node(t, n, graft);
    return true;
}
