/* Instruction-level mutations of code objects (see bytecode.h).  Opcode
 * facts (caches, jump kinds, operand kinds, stack effects) come from the
 * interpreter's generated table, src/opcodes.h. */
#include "bytecode.h"
#include "opcodes.h"
#include <string.h>

/* ---- decoding and encoding --------------------------------------------- */

static int prefixes_needed(uint32_t arg) {
    return arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0;
}

static bool is_jump(int op) { return (Opcode_Flags[op] & (OPF_JUMP_FWD | OPF_JUMP_BACK)) != 0; }

static FInstr *grow_instrs(MTree *t, FCode *fc, int extra) {
    if (fc->n + extra > fc->cap) {
        int cap = (fc->n + extra) * 2 + 8;
        FInstr *a = MTree_Alloc(t, (size_t)cap * sizeof *a);
        if (fc->n) memcpy(a, fc->ins, (size_t)fc->n * sizeof *a);
        fc->ins = a;
        fc->cap = cap;
    }
    return fc->ins;
}

static FExc *grow_exc(MTree *t, FCode *fc) {
    if (fc->nexc == fc->capexc) {
        int cap = fc->capexc * 2 + 4;
        FExc *a = MTree_Alloc(t, (size_t)cap * sizeof *a);
        if (fc->nexc) memcpy(a, fc->exc, (size_t)fc->nexc * sizeof *a);
        fc->exc = a;
        fc->capexc = cap;
    }
    return &fc->exc[fc->nexc++];
}

/* One varint of the exception table: 6-bit groups, most significant first,
 * 0x40 on every group but the last. */
static bool exc_varint(const uint8_t **p, const uint8_t *end, uint32_t *out) {
    uint32_t v = 0;
    for (int i = 0; i < 6; i++) {
        if (*p >= end) return false;
        uint8_t b = *(*p)++;
        v = (v << 6) | (b & 0x3f);
        if (!(b & 0x40)) {
            *out = v;
            return true;
        }
    }
    return false;
}

static void decode_exc(MTree *t, FCode *fc, const MNode *table, const int *unit_to_ins, int nunits) {
    fc->exc_decoded = false;
    if (!table || table->type != 's') return;
    const uint8_t *p = table->data, *end = table->data + table->len;
    while (p < end) {
        uint32_t start, len, target, dl;
        if (!(*p & 0x80)) return;
        if (!exc_varint(&p, end, &start) || !exc_varint(&p, end, &len) ||
            !exc_varint(&p, end, &target) || !exc_varint(&p, end, &dl))
            return;
        uint64_t stop = (uint64_t)start + len;
        if (start >= (uint32_t)nunits || stop > (uint64_t)nunits || target >= (uint32_t)nunits)
            return;
        int s = unit_to_ins[start], e = stop == (uint64_t)nunits ? fc->n : unit_to_ins[stop];
        int h = unit_to_ins[target];
        if (s < 0 || e < 0 || h < 0) return;
        FExc *x = grow_exc(t, fc);
        *x = (FExc){s, e, h, (int)(dl >> 1), (dl & 1) != 0};
    }
    fc->exc_decoded = true;
}

bool FCode_Decode(MTree *t, MNode *code, FCode *fc) {
    memset(fc, 0, sizeof *fc);
    fc->node = code;
    if (code->type != 'c' || code->nkids < CK_COUNT || code->kids[CK_CODE]->type != 's') return false;
    const MNode *bytes = code->kids[CK_CODE];
    int nunits = (int)(bytes->len / 2);
    const uint8_t *d = bytes->data;
    int *unit_to_ins = MTree_Alloc(t, (size_t)(nunits + 1) * sizeof(int));
    int *op_unit = MTree_Alloc(t, (size_t)(nunits + 1) * sizeof(int));
    for (int i = 0; i <= nunits; i++) unit_to_ins[i] = -1;
    for (int i = 0; i < nunits;) {
        int start = i, prefixes = 0;
        uint32_t arg = 0;
        while (i < nunits - 1 && d[2 * i] == OP_EXTENDED_ARG) {
            arg = (arg << 8) | d[2 * i + 1];
            prefixes++;
            i++;
        }
        int op = d[2 * i];
        arg = (arg << 8) | d[2 * i + 1];
        int ncache = (Opcode_Flags[op] & OPF_DEFINED) ? Opcode_Caches[op] : 0;
        if (i + 1 + ncache > nunits) ncache = nunits - i - 1;
        grow_instrs(t, fc, 1);
        FInstr *in = &fc->ins[fc->n];
        *in = (FInstr){(uint8_t)op, arg, prefixes, ncache, NULL, -1};
        if (ncache) {
            in->cache = MTree_Alloc(t, (size_t)ncache * sizeof(uint16_t));
            for (int k = 0; k < ncache; k++)
                in->cache[k] = (uint16_t)(d[2 * (i + 1 + k)] | d[2 * (i + 1 + k) + 1] << 8);
        }
        unit_to_ins[start] = fc->n;
        op_unit[fc->n] = i;
        fc->n++;
        i += 1 + ncache;
    }
    unit_to_ins[nunits] = fc->n;
    for (int k = 0; k < fc->n; k++) {
        FInstr *in = &fc->ins[k];
        if (!is_jump(in->op)) continue;
        int64_t next = (int64_t)op_unit[k] + 1 + in->ncache;
        int64_t tgt = (Opcode_Flags[in->op] & OPF_JUMP_BACK) ? next - in->arg : next + in->arg;
        if (tgt >= 0 && tgt < nunits && unit_to_ins[tgt] >= 0) in->target = unit_to_ins[tgt];
    }
    decode_exc(t, fc, code->kids[CK_EXCTABLE], unit_to_ins, nunits);
    return true;
}

static void put_varint(uint8_t *buf, size_t *len, uint32_t v, bool first) {
    int groups = 1;
    while (groups < 6 && (v >> (6 * groups))) groups++;
    for (int g = groups - 1; g >= 0; g--) {
        uint8_t b = (uint8_t)((v >> (6 * g)) & 0x3f);
        if (g) b |= 0x40;
        if (first && g == groups - 1) b |= 0x80;
        buf[(*len)++] = b;
    }
}

void FCode_Encode(MTree *t, FCode *fc) {
    int n = fc->n;
    int *start = MTree_Alloc(t, (size_t)(n + 1) * sizeof(int));
    /* Jump opargs depend on the layout and the layout on the opargs'
     * prefixes: repeat until no prefix count grows (they only grow). */
    for (int round = 0; round < 8; round++) {
        int off = 0;
        for (int k = 0; k < n; k++) {
            FInstr *in = &fc->ins[k];
            if (in->prefixes < prefixes_needed(in->arg)) in->prefixes = prefixes_needed(in->arg);
            start[k] = off;
            off += in->prefixes + 1 + in->ncache;
        }
        start[n] = off;
        bool grown = false;
        for (int k = 0; k < n; k++) {
            FInstr *in = &fc->ins[k];
            if (in->target < 0 || !is_jump(in->op)) continue;
            int tg = in->target > n ? n : in->target;
            int64_t next = (int64_t)start[k] + in->prefixes + 1 + in->ncache;
            int64_t d = (Opcode_Flags[in->op] & OPF_JUMP_BACK) ? next - start[tg] : start[tg] - next;
            in->arg = d < 0 ? 0 : (uint32_t)d;
            if (prefixes_needed(in->arg) > in->prefixes) grown = true;
        }
        if (!grown) break;
    }
    size_t nunits = (size_t)start[n];
    uint8_t *out = MTree_Alloc(t, nunits * 2 + 1);
    size_t u = 0;
    for (int k = 0; k < n; k++) {
        FInstr *in = &fc->ins[k];
        for (int p = in->prefixes; p > 0; p--) {
            out[2 * u] = OP_EXTENDED_ARG;
            out[2 * u + 1] = (uint8_t)(p > 3 ? 0 : in->arg >> (8 * p));
            u++;
        }
        out[2 * u] = in->op;
        out[2 * u + 1] = (uint8_t)in->arg;
        u++;
        for (int c = 0; c < in->ncache; c++, u++) {
            uint16_t v = in->cache ? in->cache[c] : 0;
            out[2 * u] = (uint8_t)v;
            out[2 * u + 1] = (uint8_t)(v >> 8);
        }
    }
    MNode *bytes = fc->node->kids[CK_CODE];
    bytes->data = out;
    bytes->len = nunits * 2;
    bytes->has_count = false;
    if (!fc->exc_decoded) return;
    uint8_t *tab = MTree_Alloc(t, (size_t)fc->nexc * 24 + 1);
    size_t len = 0;
    for (int k = 0; k < fc->nexc; k++) {
        FExc *e = &fc->exc[k];
        int s = e->start < 0 ? 0 : e->start > n ? n : e->start;
        int end = e->end < 0 ? 0 : e->end > n ? n : e->end;
        int h = e->target < 0 ? 0 : e->target > n ? n : e->target;
        if (start[end] <= start[s]) continue;   /* emptied by deletions */
        put_varint(tab, &len, (uint32_t)start[s], true);
        put_varint(tab, &len, (uint32_t)(start[end] - start[s]), false);
        put_varint(tab, &len, (uint32_t)start[h], false);
        put_varint(tab, &len, (uint32_t)e->depth << 1 | e->lasti, false);
    }
    MNode *et = fc->node->kids[CK_EXCTABLE];
    et->type = 's';
    et->data = tab;
    et->len = len;
    et->has_count = false;
}

/* ---- what to write ------------------------------------------------------- */

bool Bytecode_IsWritable(int op) {
    unsigned f = Opcode_Flags[op & 0xff];
    return (f & OPF_DEFINED) && !(f & OPF_NOT_IN_PYC) && op != OP_EXTENDED_ARG;
}

static int random_op(Rng *rng) {
    for (;;) {
        int op = (int)Rng_Below(rng, 256);
        if (Bytecode_IsWritable(op)) return op;
    }
}

static size_t kid_count(const MNode *code, int field) {
    const MNode *k = code->kids[field];
    if (MType_IsSequence(k->type)) return k->nkids;
    return k->type == 's' ? k->len : 0;
}

/* An oparg that means something for op in this code object: an index just
 * in or just out of range, a valid comparison, ...; now and then a value
 * at an edge of the encoding. */
static uint32_t pick_arg(const MNode *code, int op, Rng *rng) {
    static const uint32_t edges[] = {0, 1, 2, 3, 15, 16, 255, 256, 0xffff, 0x10000, 0xffffff,
                                     0x1000000, 0x7fffffff, 0x80000000u, 0xffffffffu};
    if (Rng_OneIn(rng, 12)) {
        if (Rng_OneIn(rng, 3)) return (uint32_t)Rng_Next(rng);
        return edges[Rng_Below(rng, sizeof edges / sizeof edges[0])];
    }
    unsigned f = Opcode_Flags[op];
    size_t nconsts = kid_count(code, CK_CONSTS), nnames = kid_count(code, CK_NAMES);
    size_t nlp = kid_count(code, CK_LPNAMES);
    /* one past the end now and then: the verifier must refuse it */
    size_t slack = Rng_OneIn(rng, 8) ? 1 : 0;
    if (f & OPF_CONST) return (uint32_t)Rng_Below(rng, nconsts + slack + !nconsts);
    if (f & OPF_NAME) {
        uint32_t idx = (uint32_t)Rng_Below(rng, nnames + slack + !nnames);
        if (op == OP_LOAD_GLOBAL || op == OP_LOAD_ATTR) return idx << 1 | (uint32_t)Rng_Below(rng, 2);
        if (op == OP_LOAD_SUPER_ATTR) return idx << 2 | (uint32_t)Rng_Below(rng, 4);
        return idx;
    }
    if (op == OP_LOAD_FAST_LOAD_FAST || op == OP_LOAD_FAST_BORROW_LOAD_FAST_BORROW ||
        op == OP_STORE_FAST_LOAD_FAST || op == OP_STORE_FAST_STORE_FAST) {
        size_t m = nlp + slack + !nlp;
        if (m > 16) m = 16;
        return (uint32_t)(Rng_Below(rng, m) << 4 | Rng_Below(rng, m));
    }
    if (f & (OPF_LOCAL | OPF_FREE)) return (uint32_t)Rng_Below(rng, nlp + slack + !nlp);
    if (f & OPF_COMPARE) return (uint32_t)(Rng_Below(rng, OP_NUM_COMPARE_OPS + slack) << 5 | Rng_Below(rng, 32));
    switch (op) {
    case OP_BINARY_OP: return (uint32_t)Rng_Below(rng, OP_NUM_BINARY_OPS + slack);
    case OP_CALL_INTRINSIC_1: return (uint32_t)Rng_Below(rng, OP_NUM_INTRINSIC1 + slack);
    case OP_CALL_INTRINSIC_2: return (uint32_t)Rng_Below(rng, OP_NUM_INTRINSIC2 + slack);
    case OP_LOAD_COMMON_CONSTANT: return (uint32_t)Rng_Below(rng, OP_NUM_COMMON_CONSTANTS + slack);
    case OP_LOAD_SPECIAL: return (uint32_t)Rng_Below(rng, OP_NUM_SPECIAL_METHODS + slack);
    case OP_CONVERT_VALUE: return (uint32_t)Rng_Below(rng, OP_NUM_CONVERSIONS + slack);
    case OP_SET_FUNCTION_ATTRIBUTE: return 1u << Rng_Below(rng, OP_NUM_FUNCTION_ATTRS + slack);
    case OP_LOAD_SMALL_INT: return (uint32_t)Rng_Below(rng, 256);
    case OP_RESUME: return (uint32_t)Rng_Below(rng, 8);
    default: return (uint32_t)Rng_Below(rng, Rng_OneIn(rng, 4) ? 16 : 5);
    }
}

/* Opcodes with op's net stack effect for arg (from the generated table). */
static int same_effect_ops(int op, uint32_t arg, uint8_t *out) {
    int n = 0;
    long want = Opcode_StackEffect(op, arg);
    for (int o = 0; o < 256; o++)
        if (o != op && Bytecode_IsWritable(o) && Opcode_StackEffect(o, arg) == want) out[n++] = (uint8_t)o;
    return n;
}

/* Gives in opcode op: caches resized (new ones are zero), a jump target
 * chosen if op jumps. */
static void set_op(MTree *t, FCode *fc, FInstr *in, int op, Rng *rng) {
    in->op = (uint8_t)op;
    int nc = Opcode_Caches[op];
    if (nc != in->ncache) {
        uint16_t *c = nc ? MTree_Alloc(t, (size_t)nc * sizeof(uint16_t)) : NULL;
        for (int k = 0; k < nc && k < in->ncache; k++) c[k] = in->cache[k];
        in->cache = c;
        in->ncache = nc;
    }
    if (is_jump(op)) {
        if (in->target < 0) in->target = (int)Rng_Below(rng, (size_t)fc->n);
    } else {
        in->target = -1;
    }
}

/* ---- edits --------------------------------------------------------------- */

/* Index shifts after inserting (delta 1) or deleting (delta -1) at pos. */
static int shifted(int x, int pos, int delta) {
    if (delta > 0) return x >= pos ? x + 1 : x;
    return x > pos ? x - 1 : x;
}

static void shift_refs(FCode *fc, int pos, int delta) {
    for (int k = 0; k < fc->n; k++)
        if (fc->ins[k].target >= 0) fc->ins[k].target = shifted(fc->ins[k].target, pos, delta);
    for (int k = 0; k < fc->nexc; k++) {
        FExc *e = &fc->exc[k];
        e->start = shifted(e->start, pos, delta);
        e->end = shifted(e->end, pos, delta);
        e->target = shifted(e->target, pos, delta);
    }
}

static void insert_at(MTree *t, FCode *fc, int pos, FInstr in) {
    shift_refs(fc, pos, 1);
    grow_instrs(t, fc, 1);
    memmove(&fc->ins[pos + 1], &fc->ins[pos], (size_t)(fc->n - pos) * sizeof(FInstr));
    fc->ins[pos] = in;
    fc->n++;
}

static void delete_at(FCode *fc, int pos) {
    memmove(&fc->ins[pos], &fc->ins[pos + 1], (size_t)(fc->n - pos - 1) * sizeof(FInstr));
    fc->n--;
    shift_refs(fc, pos, -1);
}

static FInstr new_instr(MTree *t, FCode *fc, int op, Rng *rng) {
    FInstr in = {0};
    in.target = -1;
    set_op(t, fc, &in, op, rng);
    in.arg = pick_arg(fc->node, op, rng);
    return in;
}

/* Instructions whose pair leaves the stack as it was: a push then a pop. */
static void insert_balanced(MTree *t, FCode *fc, int pos, Rng *rng) {
    static const uint8_t pushes[] = {OP_LOAD_CONST, OP_LOAD_SMALL_INT, OP_PUSH_NULL, OP_LOAD_FAST,
                                     OP_LOAD_FAST_BORROW, OP_LOAD_GLOBAL, OP_LOAD_NAME, OP_LOAD_DEREF,
                                     OP_COPY, OP_LOAD_COMMON_CONSTANT, OP_LOAD_FAST_AND_CLEAR,
                                     OP_LOAD_LOCALS, OP_LOAD_BUILD_CLASS};
    static const uint8_t pops[] = {OP_POP_TOP, OP_STORE_FAST, OP_STORE_NAME, OP_STORE_GLOBAL,
                                   OP_STORE_DEREF, OP_RETURN_VALUE, OP_POP_ITER, OP_END_FOR,
                                   OP_POP_EXCEPT, OP_STORE_ATTR, OP_RERAISE};
    FInstr a = new_instr(t, fc, pushes[Rng_Below(rng, sizeof pushes)], rng);
    if (a.op == OP_COPY && a.arg == 0) a.arg = 1;
    FInstr b = new_instr(t, fc, pops[Rng_Below(rng, sizeof pops)], rng);
    insert_at(t, fc, pos, b);
    insert_at(t, fc, pos, a);
}

static bool mutate_instrs(MTree *t, FCode *fc, Rng *rng) {
    uint8_t cands[256];
    int n = fc->n;
    int k = (int)Rng_Below(rng, (size_t)n);
    FInstr *in = n ? &fc->ins[k] : NULL;
    switch (Rng_Below(rng, 12)) {
    case 0: case 1: { /* an opcode with the same stack effect */
        if (!in) return false;
        int nc = same_effect_ops(in->op, in->arg, cands);
        if (!nc) return false;
        set_op(t, fc, in, cands[Rng_Below(rng, (size_t)nc)], rng);
        return true;
    }
    case 2: /* any opcode, a fitting argument */
        if (!in) return false;
        set_op(t, fc, in, random_op(rng), rng);
        in->arg = pick_arg(fc->node, in->op, rng);
        return true;
    case 3: case 4: /* another argument */
        if (!in) return false;
        if (in->target >= 0 && !Rng_OneIn(rng, 4)) {
            in->target = (int)Rng_Below(rng, (size_t)n + 1);
        } else {
            in->target = -1;
            in->arg = Rng_OneIn(rng, 3) ? in->arg + (uint32_t)Rng_Below(rng, 3) - 1 : pick_arg(fc->node, in->op, rng);
        }
        return true;
    case 5: /* an instruction inserted */
        insert_at(t, fc, (int)Rng_Below(rng, (size_t)n + 1), new_instr(t, fc, random_op(rng), rng));
        return true;
    case 6: /* a push and a pop inserted */
        insert_balanced(t, fc, (int)Rng_Below(rng, (size_t)n + 1), rng);
        return true;
    case 7: { /* a few instructions deleted */
        if (!n) return false;
        int count = 1 + (int)Rng_Below(rng, 3);
        for (int i = 0; i < count && k < fc->n; i++) delete_at(fc, k);
        return true;
    }
    case 8: { /* a run of instructions copied elsewhere */
        if (!n) return false;
        int len = 1 + (int)Rng_Below(rng, 6);
        if (k + len > n) len = n - k;
        FInstr run[6];
        memcpy(run, &fc->ins[k], (size_t)len * sizeof(FInstr));
        int at = (int)Rng_Below(rng, (size_t)n + 1);
        for (int i = 0; i < len; i++) insert_at(t, fc, at + i, run[i]);
        return true;
    }
    case 9: { /* two instructions swapped */
        if (n < 2) return false;
        int j = Rng_OneIn(rng, 2) && k + 1 < n ? k + 1 : (int)Rng_Below(rng, (size_t)n);
        FInstr tmp = fc->ins[k];
        fc->ins[k] = fc->ins[j];
        fc->ins[j] = tmp;
        return true;
    }
    case 10: /* inline cache contents the compiler never writes */
        if (!in || !in->ncache) return false;
        in->cache[Rng_Below(rng, (size_t)in->ncache)] = (uint16_t)Rng_Next(rng);
        return true;
    default: /* redundant or too many EXTENDED_ARG prefixes */
        if (!in) return false;
        in->prefixes = (int)Rng_Below(rng, 5);
        return true;
    }
}

static bool mutate_exc(MTree *t, FCode *fc, Rng *rng) {
    if (!fc->exc_decoded) return false;
    int n = fc->n;
    if (fc->nexc == 0 || Rng_OneIn(rng, 4)) {
        /* a new entry: a range (mostly in a gap between the others, where
         * the verifier accepts it), a handler, a depth */
        int pos = (int)Rng_Below(rng, (size_t)fc->nexc + 1);
        int lo = pos ? fc->exc[pos - 1].end : 0, hi = pos < fc->nexc ? fc->exc[pos].start : n;
        if (lo >= hi || Rng_OneIn(rng, 4)) lo = 0, hi = n;
        int s = lo + (int)Rng_Below(rng, (size_t)(hi - lo));
        int e = s + 1 + (int)Rng_Below(rng, (size_t)(hi - s));
        grow_exc(t, fc);
        memmove(&fc->exc[pos + 1], &fc->exc[pos], (size_t)(fc->nexc - 1 - pos) * sizeof(FExc));
        fc->exc[pos] = (FExc){s, e, (int)Rng_Below(rng, (size_t)n + 1), (int)Rng_Below(rng, 6),
                              Rng_OneIn(rng, 2)};
        return true;
    }
    FExc *x = &fc->exc[Rng_Below(rng, (size_t)fc->nexc)];
    switch (Rng_Below(rng, 6)) {
    case 0: x->target = (int)Rng_Below(rng, (size_t)n + 1); break;
    case 1:
        if (Rng_OneIn(rng, 2) && x->depth < (1 << 20)) x->depth++;
        else if (x->depth > 0) x->depth--;
        break;
    case 2: x->lasti = !x->lasti; break;
    case 3: x->start = (int)Rng_Below(rng, (size_t)n + 1); break;
    case 4: x->end = (int)Rng_Below(rng, (size_t)n + 1); break;
    default: /* dropped */
        *x = fc->exc[--fc->nexc];
        break;
    }
    return true;
}

bool Bytecode_Mutate(MTree *t, MNode *code, Rng *rng) {
    FCode fc;
    if (!FCode_Decode(t, code, &fc)) return false;
    bool done = Rng_OneIn(rng, 4) ? mutate_exc(t, &fc, rng) : mutate_instrs(t, &fc, rng);
    if (done) FCode_Encode(t, &fc);
    return done;
}
