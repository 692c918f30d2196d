/* The pickling half of _pickle: the Encoder, which writes the opcodes of
 * the built-in types itself and hands every other object to a hook of
 * lib/pickle.py's Pickler (reductions, globals, reducer_override,
 * dispatch_table), which writes through the Encoder's methods in its turn.
 *
 * Output collects in one buffer.  From protocol 4 it is cut into frames:
 * a frame opens with a 9-byte FRAME header reserved at its first write and
 * is closed (the header filled in, or dropped when the frame is tiny) once
 * it holds 64 KiB when the next object starts, and at the end of the pickle.
 * Large bytes and str payloads are written outside any frame.
 *
 * The memo maps objects (by identity, holding a reference) to their index
 * in the order they were memoized, as the unpickler will number them. */
#include "abstract.h"
#include "modules/_json.h"
#include "modules/_pickle.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/bytebuf.h"
#include "runtime/cstack.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include "runtime/tls.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Encoder {
    Object ob;
    int proto;
    bool bin, framing, fast;
    ssize_t frame_start; /* offset of the open frame's header, -1: none open */
    ByteBuf out;
    struct MemoSlot *memo; /* open addressing by pointer (NULL until first used) */
    Object *miss_key;    /* borrowed, or NULL: the last object memo_find missed, */
    size_t miss_slot;    /* and the empty slot that ended its probe (valid until the next insert) */
    Object **memo_keys;  /* owned references, by memo index (the table's capacity) */
    size_t memo_mask, memo_used;
    Object *hook;        /* owned while dump runs: called with objects the Encoder does not write itself */
    Object *pid;         /* owned or NULL: persistent_id */
    Object *write;       /* owned or NULL: the file's write (NULL: dump returns bytes) */
    Object *error;       /* owned: PicklingError */
    Object *codecs_encode; /* owned or NULL until needed: _codecs.encode */
} Encoder;

/* ---- memo ------------------------------------------------------------------- */

/* The largest memo arrays a finished Encoder of this thread left, taken
 * by the next one whose memo grows to that size: pickling large objects
 * one after another then reuses memory the process already has. */
/* A slot of the memo's table: the object (borrowed: memo_keys owns it),
 * NULL when empty, and its index. */
typedef struct MemoSlot {
    Object *key;
    size_t idx;
} MemoSlot;

typedef struct SpareMemo {
    MemoSlot *table;
    Object **keys;
    size_t size;
} SpareMemo;
static THREAD_LOCAL SpareMemo spare_memo;

static inline size_t memo_hash(Object *o) {
    uint64_t h = (uint64_t)(uintptr_t)o;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return (size_t)h;
}

/* The index o was memoized under, or -1. */
static ssize_t memo_find(Encoder *e, Object *o) {
    if (!e->memo) return -1;
    for (size_t i = memo_hash(o) & e->memo_mask;; i = (i + 1) & e->memo_mask) {
        MemoSlot *slot = &e->memo[i];
        if (slot->key == o) return (ssize_t)slot->idx;
        if (!slot->key) { /* memoize usually follows: it takes this slot without a second probe */
            e->miss_key = o;
            e->miss_slot = i;
            return -1;
        }
    }
}

static void memo_insert_raw(MemoSlot *t, size_t mask, Object *o, size_t idx) {
    size_t i = memo_hash(o) & mask;
    while (t[i].key) i = (i + 1) & mask;
    t[i].key = o;
    t[i].idx = idx;
}

/* Adds o (a new reference kept in e->memo_keys) under the next index. */
static int memo_add(Encoder *e, Object *o) {
    size_t used = e->memo_used;
    if (!e->memo || (used + 1) * 3 >= (e->memo_mask + 1) * 2) {
        size_t size = e->memo ? (e->memo_mask + 1) * 4 : 64;
        MemoSlot *t;
        Object **keys;
        if (spare_memo.table && spare_memo.size == size) { /* memory already in use: no page faults */
            t = spare_memo.table;
            keys = spare_memo.keys;
            spare_memo = (SpareMemo){0};
            memset(t, 0, size * sizeof *t);
            if (used) memcpy(keys, e->memo_keys, used * sizeof *keys);
            free(e->memo_keys);
        } else {
            t = calloc(size, sizeof *t);
            keys = t ? realloc(e->memo_keys, size * sizeof *keys) : NULL;
        }
        if (!keys) {
            free(t);
            Err_NoMemory();
            return -1;
        }
        e->memo_keys = keys;
        for (size_t i = 0; i < used; i++) memo_insert_raw(t, size - 1, keys[i], i);
        free(e->memo);
        e->memo = t;
        e->memo_mask = size - 1;
        e->miss_key = NULL;
    }
    e->memo_keys[used] = NEWREF(o);
    if (e->miss_key == o) e->memo[e->miss_slot] = (MemoSlot){o, used};
    else memo_insert_raw(e->memo, e->memo_mask, o, used);
    e->miss_key = NULL;
    e->memo_used = used + 1;
    return 0;
}

static void memo_clear(Encoder *e) {
    Object **keys = e->memo_keys;
    MemoSlot *table = e->memo;
    size_t n = e->memo_used, size = table ? e->memo_mask + 1 : 0;
    e->memo = NULL;
    e->memo_keys = NULL;
    e->miss_key = NULL;
    e->memo_mask = e->memo_used = 0;
    for (size_t i = 0; i < n; i++) DECREF(keys[i]);
    if (size >= 4096 && size <= ((size_t)1 << 22) && size > spare_memo.size) {
        free(spare_memo.table);
        free(spare_memo.keys);
        spare_memo = (SpareMemo){table, keys, size};
    } else {
        free(table);
        free(keys);
    }
}

/* ---- output and frames ------------------------------------------------------ */

/* out_write when a frame must open first or the buffer is full. */
static int out_write_slow(Encoder *e, const void *p, size_t n) {
    if (e->framing && e->frame_start < 0) {
        e->frame_start = (ssize_t)e->out.len;
        if (ByteBuf_AddZeros(&e->out, 9) < 0) return ByteBuf_RaiseNoMemory();
    }
    return ByteBuf_Put(&e->out, p, n);
}

/* Inline, so that the short constant-length writes of the opcodes become
 * a few stores. */
static inline int out_write(Encoder *e, const void *p, size_t n) {
    ByteBuf *b = &e->out;
    if (__builtin_expect((e->framing && e->frame_start < 0) || n >= b->cap - b->len, 0))
        return out_write_slow(e, p, n);
    if (n) memcpy(b->data + b->len, p, n); /* (p may be NULL when n is 0) */
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

static inline int out_op(Encoder *e, uint8_t op) { return out_write(e, &op, 1); }

static void put_le(uint8_t *p, uint64_t v, int n) {
    for (int i = 0; i < n; i++) p[i] = (uint8_t)(v >> (8 * i));
}

static void commit_frame(Encoder *e) {
    if (!e->framing || e->frame_start < 0) return;
    uint8_t *q = (uint8_t *)e->out.data + e->frame_start;
    size_t len = e->out.len - (size_t)e->frame_start - 9;
    if (len >= 4) {
        q[0] = OP_FRAME;
        put_le(q + 1, len, 8);
    } else {
        memmove(q, q + 9, len);
        e->out.len -= 9;
        e->out.data[e->out.len] = '\0';
    }
    e->frame_start = -1;
}

/* Hands the buffer to the file's write and empties it. */
static int flush_to_file(Encoder *e) {
    if (!e->write || !e->out.len) return 0;
    Object *b = Bytes_From(e->out.data, (ssize_t)e->out.len);
    if (!b) return -1;
    ByteBuf_Reset(&e->out);
    Object *r = Obj_CallOneArg(e->write, b);
    DECREF(b);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* Before each object: a frame grown past the target is closed. */
static int opcode_boundary(Encoder *e) {
    if (!e->framing || e->frame_start < 0) return 0;
    if (e->out.len - (size_t)e->frame_start - 9 < PICKLE_FRAME_TARGET) return 0;
    commit_frame(e);
    return flush_to_file(e);
}

/* An opcode with its length header, then a payload that goes outside the
 * frames when it is large. */
static int write_payload(Encoder *e, const uint8_t *head, size_t hn, const void *data, size_t n) {
    if (n < PICKLE_FRAME_TARGET || !e->framing) {
        if (out_write(e, head, hn) < 0) return -1;
        return out_write(e, data, n);
    }
    commit_frame(e);
    e->framing = false;
    int r = out_write(e, head, hn) < 0 || out_write(e, data, n) < 0 ? -1 : 0;
    e->framing = true;
    if (r == 0 && e->write) r = flush_to_file(e);
    return r;
}

/* ---- memo opcodes ----------------------------------------------------------- */

/* A memo index after one of the opcode pairs: text "g"/"p" then the
 * number and a newline; binary the one-byte or four-byte form. */
typedef struct MemoOps {
    char text;
    uint8_t short_op, long_op;
} MemoOps;

static inline int write_memo_index(Encoder *e, const MemoOps *ops, ssize_t idx) {
    uint8_t b[8];
    if (!e->bin) {
        char t[32];
        int n = snprintf(t, sizeof t, "%c%zd\n", ops->text, idx);
        return out_write(e, t, (size_t)n);
    }
    if (idx < 256) {
        b[0] = ops->short_op;
        b[1] = (uint8_t)idx;
        return out_write(e, b, 2);
    }
    b[0] = ops->long_op;
    put_le(b + 1, (uint64_t)idx, 4);
    return out_write(e, b, 5);
}

/* Fetches memo entry idx (GET, BINGET, LONG_BINGET). */
static int write_get(Encoder *e, ssize_t idx) {
    static const MemoOps get = {'g', OP_BINGET, OP_LONG_BINGET};
    return write_memo_index(e, &get, idx);
}

/* Stores o as the next memo entry (PUT, BINPUT, LONG_BINPUT; MEMOIZE from protocol 4). */
static int memoize(Encoder *e, Object *o) {
    static const MemoOps put = {'p', OP_BINPUT, OP_LONG_BINPUT};
    if (e->fast) return 0;
    ssize_t idx = (ssize_t)e->memo_used;
    if (memo_add(e, o) < 0) return -1;
    if (e->proto >= 4) return out_op(e, OP_MEMOIZE);
    return write_memo_index(e, &put, idx);
}

/* ---- atoms ------------------------------------------------------------------ */

static int save(Encoder *e, Object *o, bool check_pid);

static int save_int(Encoder *e, Object *o) {
    int64_t v = 0;
    bool small = IS_SMALL(o) && (v = SMALL_VAL(o)) >= INT32_MIN && v <= INT32_MAX;
    uint8_t b[16];
    if (small && e->bin) {
        if (v >= 0 && v <= 0xff) {
            b[0] = OP_BININT1, b[1] = (uint8_t)v;
            return out_write(e, b, 2);
        }
        if (v >= 0 && v <= 0xffff) {
            b[0] = OP_BININT2;
            put_le(b + 1, (uint64_t)v, 2);
            return out_write(e, b, 3);
        }
        b[0] = OP_BININT;
        put_le(b + 1, (uint64_t)v, 4);
        return out_write(e, b, 5);
    }
    if (small) {
        char t[32];
        int n = snprintf(t, sizeof t, "I%lld\n", (long long)v);
        return out_write(e, t, (size_t)n);
    }
    if (e->proto < 2) {
        size_t len;
        char *text = Int_DecimalText(o, &len);
        if (!text) return -1;
        int r = out_op(e, OP_LONG) < 0 || out_write(e, text, len) < 0 || out_write(e, "L\n", 2) < 0 ? -1 : 0;
        free(text);
        return r;
    }
    /* LONG1 / LONG4: little-endian two's complement, as short as it goes */
    size_t nbytes = Int_SignedLEBytesLen(o);
    size_t hn = nbytes < 256 ? 2 : 5;
    if (nbytes < 256) {
        b[0] = OP_LONG1, b[1] = (uint8_t)nbytes;
    } else {
        b[0] = OP_LONG4;
        put_le(b + 1, nbytes, 4);
    }
    if (out_write(e, b, hn) < 0) return -1;
    if (ByteBuf_Reserve(&e->out, nbytes) < 0) return ByteBuf_RaiseNoMemory();
    Int_ToSignedLEBytes(o, (uint8_t *)e->out.data + e->out.len, nbytes);
    e->out.len += nbytes;
    e->out.data[e->out.len] = '\0';
    return 0;
}

static int save_float(Encoder *e, Object *o) {
    double v = FLOAT_VAL(o);
    if (e->bin) {
        uint8_t b[9];
        uint64_t u;
        memcpy(&u, &v, 8);
        b[0] = OP_BINFLOAT;
        for (int i = 0; i < 8; i++) b[1 + i] = (uint8_t)(u >> (56 - 8 * i));
        return out_write(e, b, 9);
    }
    char t[48];
    t[0] = OP_FLOAT;
    int n = Float_ReprBuf(v, t + 1);
    t[1 + n] = '\n';
    return out_write(e, t, (size_t)n + 2);
}

/* The opcode and payload of n bytes at p, as bytes or bytearray. */
static int write_bytes_data(Encoder *e, const uint8_t *p, size_t n, bool array) {
    uint8_t b[9];
    size_t hn;
    if (array) {
        b[0] = OP_BYTEARRAY8, hn = 9;
        put_le(b + 1, n, 8);
    } else if (n < 256) {
        b[0] = OP_SHORT_BINBYTES, b[1] = (uint8_t)n, hn = 2;
    } else if (n <= 0xffffffffu) {
        b[0] = OP_BINBYTES, hn = 5;
        put_le(b + 1, n, 4);
    } else {
        b[0] = OP_BINBYTES8, hn = 9;
        put_le(b + 1, n, 8);
    }
    return write_payload(e, b, hn, p, n);
}

static int save_bytes(Encoder *e, Object *o, bool array) {
    size_t n = (size_t)(array ? ((ByteArray *)o)->len : BYTES_LEN(o));
    const uint8_t *p = array ? ((ByteArray *)o)->data : BYTES_DATA(o);
    return write_bytes_data(e, p, n, array) < 0 ? -1 : memoize(e, o);
}

/* Protocol 0's UNICODE argument: raw-unicode-escape with the characters
 * that would break the line escaped too. */
static int save_str_text(Encoder *e, Object *s) {
    ByteBuf t = {0};
    ByteBuf_AddByte(&t, OP_UNICODE);
    for (ssize_t i = 0, n = STR_LEN(s); i < n; i++) {
        uint32_t c = STR_CHAR(s, i);
        if (c >= 0x10000)
            ByteBuf_Printf(&t, "\\U%08x", c);
        else if (c >= 0x100 || c == '\\' || c == 0 || c == '\n' || c == '\r' || c == 0x1a)
            ByteBuf_Printf(&t, "\\u%04x", c);
        else
            ByteBuf_AddByte(&t, (uint8_t)c);
    }
    ByteBuf_AddByte(&t, '\n');
    int r = t.failed ? ByteBuf_RaiseNoMemory() : out_write(e, t.data, t.len);
    ByteBuf_Free(&t);
    return r < 0 ? -1 : memoize(e, s);
}

static int save_str(Encoder *e, Object *s) {
    if (!e->bin) return save_str_text(e, s);
    ssize_t n;
    Object *enc = NULL;
    const char *p = Str_AsUTF8(s, &n);
    if (!p) {
        Err_Clear();
        enc = Str_Encode(s, "utf-8", "surrogatepass");
        if (!enc) return -1;
        p = (const char *)BYTES_DATA(enc);
        n = BYTES_LEN(enc);
    }
    uint8_t b[9];
    size_t hn;
    if (n < 256 && e->proto >= 4) {
        b[0] = OP_SHORT_BINUNICODE, b[1] = (uint8_t)n, hn = 2;
    } else if ((size_t)n > 0xffffffffu && e->proto >= 4) {
        b[0] = OP_BINUNICODE8, hn = 9;
        put_le(b + 1, (uint64_t)n, 8);
    } else if ((size_t)n > 0xffffffffu) {
        XDECREF(enc);
        Err_SetString((Type *)e->error, "cannot serialize a string larger than 4GiB");
        return -1;
    } else {
        b[0] = OP_BINUNICODE, hn = 5;
        put_le(b + 1, (uint64_t)n, 4);
    }
    int r = write_payload(e, b, hn, p, (size_t)n);
    XDECREF(enc);
    return r < 0 ? -1 : memoize(e, s);
}

/* ---- containers ------------------------------------------------------------- */

/* Saves item (borrowed; held while it is written); on failure adds the note
 * "when serializing <type> item <index>" for container c. */
static int save_item(Encoder *e, Object *item, Object *c, ssize_t index) {
    INCREF(item);
    int r = save(e, item, true);
    DECREF(item);
    if (r < 0) {
        Object *name = Json_TypeName(c);
        if (name) {
            Json_AddNote("when serializing %U item %zd", name, index);
            DECREF(name);
        }
    }
    return r;
}

static int save_tuple(Encoder *e, Object *t) {
    ssize_t n = TUPLE_LEN(t);
    if (n == 0) return e->proto ? out_op(e, OP_EMPTY_TUPLE) : out_write(e, "(t", 2);
    bool short_form = n <= 3 && e->proto >= 2;
    if (!short_form && out_op(e, OP_MARK) < 0) return -1;
    for (ssize_t i = 0; i < n; i++)
        if (save_item(e, TUPLE_GET(t, i), t, i) < 0) return -1;
    ssize_t idx = memo_find(e, t);
    if (idx >= 0) { /* the tuple refers to itself: drop what was built, fetch it */
        if (short_form || !e->bin) {
            for (ssize_t i = 0; i < (short_form ? n : n + 1); i++)
                if (out_op(e, OP_POP) < 0) return -1;
        } else if (out_op(e, OP_POP_MARK) < 0) {
            return -1;
        }
        return write_get(e, idx);
    }
    if (out_op(e, short_form ? (uint8_t)(OP_TUPLE1 + n - 1) : OP_TUPLE) < 0) return -1;
    return memoize(e, t);
}

static int save_list(Encoder *e, Object *l) {
    if ((e->bin ? out_op(e, OP_EMPTY_LIST) : out_write(e, "(l", 2)) < 0) return -1;
    if (memoize(e, l) < 0) return -1;
    ssize_t n = LIST_LEN(l);
    if (n == 0) return 0;
    if (!e->bin || n == 1) {
        for (ssize_t i = 0; i < LIST_LEN(l); i++) {
            if (save_item(e, LIST_GET(l, i), l, i) < 0 || out_op(e, OP_APPEND) < 0) return -1;
            if (e->bin) break;
        }
        return 0;
    }
    ssize_t i = 0;
    do {
        if (out_op(e, OP_MARK) < 0) return -1;
        for (ssize_t k = 0; k < PICKLE_BATCH && i < n; k++, i++) {
            if (save_item(e, LIST_GET(l, i), l, i) < 0) return -1;
            if (LIST_LEN(l) != n) {
                Err_SetString(Exc_RuntimeError, "list changed size during iteration");
                return -1;
            }
        }
        if (out_op(e, OP_APPENDS) < 0) return -1;
    } while (i < n);
    return 0;
}

/* One key and value of a dict, the value's failure noted with the key. */
static int save_pair(Encoder *e, Object *d, Object *k, Object *v) {
    INCREF(k);
    INCREF(v);
    int r = save(e, k, true);
    if (r == 0 && (r = save(e, v, true)) < 0) {
        Object *name = Json_TypeName(d);
        if (name) {
            Json_AddNote("when serializing %U item %R", name, k);
            DECREF(name);
        }
    }
    DECREF(k);
    DECREF(v);
    return r;
}

static int dict_changed(Object *d, ssize_t size) {
    if (Dict_Len(d) == size) return 0;
    Err_SetString(Exc_RuntimeError, "dictionary changed size during iteration");
    return -1;
}

static int save_dict(Encoder *e, Object *d) {
    if ((e->bin ? out_op(e, OP_EMPTY_DICT) : out_write(e, "(d", 2)) < 0) return -1;
    if (memoize(e, d) < 0) return -1;
    ssize_t size = Dict_Len(d), pos = 0;
    Object *k, *v;
    if (size == 0) return 0;
    if (!e->bin || size == 1) {
        while (Dict_Next(d, &pos, &k, &v)) {
            if (save_pair(e, d, k, v) < 0 || out_op(e, OP_SETITEM) < 0 || dict_changed(d, size) < 0) return -1;
        }
        return 0;
    }
    int count;
    do { /* a batch that comes out full is followed by another, even an empty one */
        if (out_op(e, OP_MARK) < 0) return -1;
        count = 0;
        while (count < PICKLE_BATCH && Dict_Next(d, &pos, &k, &v)) {
            if (save_pair(e, d, k, v) < 0 || dict_changed(d, size) < 0) return -1;
            count++;
        }
        if (out_op(e, OP_SETITEMS) < 0) return -1;
    } while (count == PICKLE_BATCH);
    return 0;
}

/* Saves the elements of a set or frozenset (from *pos, at most `max`);
 * their count in *count. */
static int save_elements(Encoder *e, Object *s, ssize_t *pos, int max, int *count) {
    Object *key;
    hash_t h;
    ssize_t size = Set_Len(s);
    *count = 0;
    while (*count < max && Set_Next(s, pos, &key, &h)) {
        INCREF(key);
        int r = save(e, key, true);
        DECREF(key);
        if (r < 0) {
            Object *name = Json_TypeName(s);
            if (name) {
                Json_AddNote("when serializing %U element", name);
                DECREF(name);
            }
            return -1;
        }
        if (Set_Len(s) != size) {
            Err_SetString(Exc_RuntimeError, "set changed size during iteration");
            return -1;
        }
        (*count)++;
    }
    return 0;
}

static int save_set(Encoder *e, Object *s) {
    if (out_op(e, OP_EMPTY_SET) < 0 || memoize(e, s) < 0) return -1;
    if (Set_Len(s) == 0) return 0;
    ssize_t pos = 0;
    int count;
    do {
        if (out_op(e, OP_MARK) < 0 || save_elements(e, s, &pos, PICKLE_BATCH, &count) < 0 ||
            out_op(e, OP_ADDITEMS) < 0)
            return -1;
    } while (count == PICKLE_BATCH);
    return 0;
}

static int save_frozenset(Encoder *e, Object *s) {
    ssize_t pos = 0;
    int count;
    if (out_op(e, OP_MARK) < 0 || save_elements(e, s, &pos, INT32_MAX, &count) < 0) return -1;
    ssize_t idx = memo_find(e, s);
    if (idx >= 0) return out_op(e, OP_POP_MARK) < 0 ? -1 : write_get(e, idx);
    if (out_op(e, OP_FROZENSET) < 0) return -1;
    return memoize(e, s);
}

/* ---- persistent ids and the hook --------------------------------------------- */

/* 1 when persistent_id gave an id (written), 0 when it gave None, -1 error. */
static int save_pers(Encoder *e, Object *o) {
    Object *pid = Obj_CallOneArg(e->pid, o);
    if (!pid) return -1;
    if (pid == OBJ_NONE) return 0;
    int r;
    if (e->bin) {
        r = save(e, pid, false) < 0 || out_op(e, OP_BINPERSID) < 0 ? -1 : 1;
    } else {
        Object *s = Obj_Str(pid);
        r = s ? 1 : -1;
        if (s) {
            bool ascii = STR_MAX_BOUND(s) < 0x80;
            for (ssize_t i = 0; ascii && i < STR_LEN(s); i++) ascii = STR_CHAR(s, i) < 0x80;
            ssize_t n;
            const char *p = ascii ? Str_AsUTF8(s, &n) : NULL;
            if (!ascii)
                Err_SetString((Type *)e->error, "persistent IDs in protocol 0 must be ASCII strings");
            if (!p || out_op(e, OP_PERSID) < 0 || out_write(e, p, (size_t)n) < 0 || out_op(e, '\n') < 0) r = -1;
            DECREF(s);
        }
    }
    DECREF(pid);
    return r;
}

static int call_hook(Encoder *e, Object *o) {
    Object *r = Obj_CallOneArg(e->hook, o);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* save_reduce for the reductions the protocols before the built-in
 * type's opcode use: func(*args) (args stolen), memoized as obj. */
static int save_reduce_simple(Encoder *e, Object *func, Object *args, Object *obj) {
    if (!args) return -1;
    int r = save(e, func, true);
    if (r == 0 && (r = save(e, args, true)) < 0) {
        Object *name = Json_TypeName(obj);
        if (name) {
            Json_AddNote("when serializing %U reconstructor arguments", name);
            DECREF(name);
        }
    }
    DECREF(args);
    if (r < 0 || out_op(e, OP_REDUCE) < 0) return -1;
    ssize_t idx = memo_find(e, obj);
    if (idx >= 0) return out_op(e, OP_POP) < 0 ? -1 : write_get(e, idx);
    return memoize(e, obj);
}

/* set and frozenset before protocol 4: (type, (list,)). */
static int save_set_reduce(Encoder *e, Object *s) {
    Object *items = List_FromIterable(s);
    if (!items) return -1;
    Object *args = Tuple_Pack(1, items);
    DECREF(items);
    return save_reduce_simple(e, (Object *)TYPE(s), args, s);
}

/* bytearray before protocol 5: (bytearray, (bytes,)) or (bytearray, ()). */
static int save_bytearray_reduce(Encoder *e, Object *o) {
    ByteArray *a = (ByteArray *)o;
    if (a->len == 0) return save_reduce_simple(e, (Object *)&ByteArray_Type, Tuple_Empty(), o);
    Object *b = Bytes_From(a->data, a->len);
    if (!b) return -1;
    Object *args = Tuple_Pack(1, b);
    DECREF(b);
    return save_reduce_simple(e, (Object *)&ByteArray_Type, args, o);
}

/* bytes before protocol 3: _codecs.encode(latin-1 text, 'latin1'), which
 * Python 2 reads as a str; (bytes, ()) when empty. */
static int save_bytes_reduce(Encoder *e, Object *o) {
    if (BYTES_LEN(o) == 0) return save_reduce_simple(e, (Object *)&Bytes_Type, Tuple_Empty(), o);
    if (!e->codecs_encode) {
        Object *mod = Import_ImportC("_codecs");
        e->codecs_encode = mod ? Obj_GetAttrC(mod, "encode") : NULL;
        XDECREF(mod);
        if (!e->codecs_encode) return -1;
    }
    Object *encode = NEWREF(e->codecs_encode);
    Object *text = Str_FromLatin1((const char *)BYTES_DATA(o), BYTES_LEN(o));
    Object *latin1 = text ? Str_InternC("latin1") : NULL;
    Object *args = latin1 ? Tuple_Pack(2, text, latin1) : NULL;
    XDECREF(text);
    int r = save_reduce_simple(e, encode, args, o);
    DECREF(encode);
    return r;
}

static int save_container(Encoder *e, Object *o, Type *t) {
    if (CStack_Check(" while pickling an object") < 0) return -1;
    if (t == &Dict_Type) return save_dict(e, o);
    if (t == &List_Type) return save_list(e, o);
    if (t == &Tuple_Type) return save_tuple(e, o);
    if (t == &Set_Type && e->proto >= 4) return save_set(e, o);
    if (t == &FrozenSet_Type && e->proto >= 4) return save_frozenset(e, o);
    if (t == &ByteArray_Type) return e->proto >= 5 ? save_bytes(e, o, true) : save_bytearray_reduce(e, o);
    if (t == &Set_Type || t == &FrozenSet_Type) return save_set_reduce(e, o);
    if (t == &Bytes_Type) return save_bytes_reduce(e, o);
    return call_hook(e, o);
}

static int save(Encoder *e, Object *o, bool check_pid) {
    if (opcode_boundary(e) < 0) return -1;
    if (check_pid && e->pid) {
        int r = save_pers(e, o);
        if (r) return r < 0 ? -1 : 0;
    }
    Type *t = TYPE(o);
    int r;
    if (o == OBJ_NONE) {
        r = out_op(e, OP_NONE);
    } else if (o == OBJ_TRUE || o == OBJ_FALSE) {
        if (e->proto >= 2)
            r = out_op(e, o == OBJ_TRUE ? OP_NEWTRUE : OP_NEWFALSE);
        else
            r = out_write(e, o == OBJ_TRUE ? "I01\n" : "I00\n", 4);
    } else if (t == &Int_Type) {
        r = save_int(e, o);
    } else if (t == &Float_Type) {
        r = save_float(e, o);
    } else {
        ssize_t idx = memo_find(e, o);
        if (idx >= 0)
            r = write_get(e, idx);
        else if (t == &Str_Type)
            r = save_str(e, o);
        else if (t == &Bytes_Type && e->proto >= 3)
            r = save_bytes(e, o, false);
        else
            r = save_container(e, o, t);
    }
    return r;
}

/* ---- the Encoder object -------------------------------------------------- */

static Object *enc_dump_body(Encoder *e, Object *obj);

/* dump(obj, hook): the hook is held only while the pickle is written, so
 * that the Pickler it belongs to and the Encoder make no cycle. */
static Object *enc_dump(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Encoder *e = (Encoder *)self;
    if (e->hook) {
        Err_SetString(Exc_RuntimeError, "the pickler is already dumping");
        return NULL;
    }
    e->hook = NEWREF(args[1]);
    /* The containers made while pickling (the arguments of reductions)
     * are temporaries: the automatic collections wait until the pickle is
     * written, rather than walk the whole heap for them. */
    bool gc_was_disabled = g_interp->gc_disabled;
    g_interp->gc_disabled = true;
    Object *r = enc_dump_body(e, args[0]);
    g_interp->gc_disabled = gc_was_disabled;
    CLEAR(e->hook);
    return r;
}

static Object *enc_dump_body(Encoder *e, Object *obj) {
    ByteBuf_Reset(&e->out);
    e->frame_start = -1;
    if (e->proto >= 2) {
        uint8_t h[2] = {OP_PROTO, (uint8_t)e->proto};
        if (out_write(e, h, 2) < 0) return NULL;
        e->framing = e->proto >= 4;
    }
    int r = save(e, obj, true);
    if (r == 0) r = out_op(e, OP_STOP);
    if (r == 0) commit_frame(e);
    e->framing = false;
    e->frame_start = -1;
    if (r < 0) {
        ByteBuf_Reset(&e->out);
        return NULL;
    }
    if (e->write) return flush_to_file(e) < 0 ? NULL : OBJ_NONE;
    Object *b = Bytes_From(e->out.data, (ssize_t)e->out.len);
    ByteBuf_Reset(&e->out);
    return b;
}

static Object *enc_save(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return save((Encoder *)self, args[0], true) < 0 ? NULL : OBJ_NONE;
}

static Object *enc_save_nopid(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return save((Encoder *)self, args[0], false) < 0 ? NULL : OBJ_NONE;
}

static Object *enc_write(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Bytes_Check(args[0])) {
        Err_Format(Exc_TypeError, "a bytes object is required, not '%s'", TYPE_NAME(args[0]));
        return NULL;
    }
    return out_write((Encoder *)self, BYTES_DATA(args[0]), (size_t)BYTES_LEN(args[0])) < 0 ? NULL : OBJ_NONE;
}

/* write_data(data, array): a bytes payload as BYTES (or BYTEARRAY8), not memoized. */
static Object *enc_write_data(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    const uint8_t *p;
    ssize_t n;
    int array = Obj_IsTrue(args[1]);
    if (array < 0 || Buffer_PeekArg(args[0], &p, &n) < 0) return NULL;
    return write_bytes_data((Encoder *)self, p, (size_t)n, array) < 0 ? NULL : OBJ_NONE;
}

static Object *enc_memoize(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return memoize((Encoder *)self, args[0]) < 0 ? NULL : OBJ_NONE;
}

/* The memo index of obj, or None. */
static Object *enc_memo_index(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t idx = memo_find((Encoder *)self, args[0]);
    return idx < 0 ? OBJ_NONE : Int_FromI64(idx);
}

static Object *enc_write_get(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t idx = Int_AsSsize(args[0]);
    if (idx < 0 && Err_Occurred()) return NULL;
    return write_get((Encoder *)self, idx) < 0 ? NULL : OBJ_NONE;
}

static Object *enc_clear_memo(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    memo_clear((Encoder *)self);
    RETURN_NONE;
}

/* The memo as CPython's Pickler.memo shows it: {id(obj): (index, obj)}. */
static Object *enc_memo_dict(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Encoder *e = (Encoder *)self;
    Object *d = Dict_New();
    for (size_t i = 0; d && i < e->memo_used; i++) {
        Object *key = e->memo_keys[i];
        Object *id = Int_FromU64((uintptr_t)key), *idx = Int_FromI64((int64_t)i);
        Object *pair = idx ? Tuple_Pack(2, idx, key) : NULL;
        int r = id && pair ? Dict_SetItem(d, id, pair) : -1;
        XDECREF(id);
        XDECREF(idx);
        XDECREF(pair);
        if (r < 0) CLEAR(d);
    }
    return d;
}

static Object *enc_set_fast(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int f = Obj_IsTrue(args[0]);
    if (f < 0) return NULL;
    ((Encoder *)self)->fast = f;
    RETURN_NONE;
}

static Object *enc_set_pid(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Encoder *e = (Encoder *)self;
    Object *pid = args[0] == OBJ_NONE ? NULL : NEWREF(args[0]);
    SETREF(e->pid, pid);
    RETURN_NONE;
}

static int enc_traverse(Object *o, VisitFn visit, void *arg) {
    Encoder *e = (Encoder *)o;
    Object *fields[] = {e->hook, e->pid, e->write, e->error, e->codecs_encode};
    for (size_t k = 0; k < sizeof fields / sizeof *fields; k++)
        if (fields[k] && visit(fields[k], arg)) return 1;
    for (size_t i = 0; i < e->memo_used; i++)
        if (visit(e->memo_keys[i], arg)) return 1;
    return 0;
}

static int enc_clear(Object *o) {
    Encoder *e = (Encoder *)o;
    CLEAR(e->hook);
    CLEAR(e->pid);
    CLEAR(e->write);
    CLEAR(e->error);
    CLEAR(e->codecs_encode);
    memo_clear(e);
    return 0;
}

/* The output buffer the thread's last Encoder left (at most 16 MiB of it),
 * which the next one starts from: pickling object after object then
 * writes into memory that is already there. */
static THREAD_LOCAL ByteBuf spare_out;

void Pickle_ThreadExit(void) {
    ByteBuf_Free(&spare_out);
    free(spare_memo.table);
    free(spare_memo.keys);
    spare_memo = (SpareMemo){0};
}

static void enc_dealloc(Object *o) {
    Encoder *e = (Encoder *)o;
    Gc_Untrack(o);
    enc_clear(o);
    if (!spare_out.data && !e->out.failed && e->out.cap <= (16u << 20)) {
        ByteBuf_Reset(&e->out);
        spare_out = e->out;
    } else {
        ByteBuf_Free(&e->out);
    }
    Obj_Free(o);
}

Object *Pickle_EncoderFn(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t proto = Int_AsSsize(args[0]);
    if (proto == -1 && Err_Occurred()) return NULL;
    int fast = Obj_IsTrue(args[3]);
    if (fast < 0) return NULL;
    if (proto < 0 || proto > PICKLE_HIGHEST) {
        Err_Format(Exc_ValueError, "pickle protocol must be <= %d", PICKLE_HIGHEST);
        return NULL;
    }
    Encoder *e = (Encoder *)Obj_Alloc(&PickleEncoder_Type, sizeof(Encoder));
    if (!e) return NULL;
    e->proto = (int)proto;
    e->bin = proto >= 1;
    e->fast = fast;
    e->frame_start = -1;
    e->out = spare_out;
    spare_out = (ByteBuf){0};
    e->write = args[1] == OBJ_NONE ? NULL : NEWREF(args[1]);
    e->pid = args[2] == OBJ_NONE ? NULL : NEWREF(args[2]);
    e->error = NEWREF(args[4]);
    return (Object *)e;
}

static const MethodDef enc_methods[] = {
    {"dump", enc_dump, 0, ARGS("($self, obj, hook, /)", "Write a whole pickle of obj; hook(x) writes what the Encoder cannot.")},
    {"save", enc_save, 0, ARGS("($self, obj, /)", "Write obj.")},
    {"save_nopid", enc_save_nopid, 0, ARGS("($self, obj, /)", "Write obj without asking persistent_id.")},
    {"write", enc_write, 0, ARGS("($self, data, /)", "Write opcode bytes.")},
    {"write_data", enc_write_data, 0, ARGS("($self, data, array, /)", "Write a bytes payload, not memoized.")},
    {"memoize", enc_memoize, 0, ARGS("($self, obj, /)", "Memoize obj.")},
    {"memo_index", enc_memo_index, 0, ARGS("($self, obj, /)", "The memo index of obj, or None.")},
    {"write_get", enc_write_get, 0, ARGS("($self, index, /)", "Write the opcode fetching a memo entry.")},
    {"clear_memo", enc_clear_memo, 0, ARGS("($self, /)", "Forget the memo.")},
    {"memo_dict", enc_memo_dict, 0, ARGS("($self, /)", "The memo as a dict.")},
    {"set_fast", enc_set_fast, 0, ARGS("($self, fast, /)", "Turn memoization off or on.")},
    {"set_persistent_id", enc_set_pid, 0, ARGS("($self, func, /)", "Set the persistent_id function.")},
    {NULL},
};

Type PickleEncoder_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_pickle.Encoder",
    .basicsize = sizeof(Encoder),
    .flags = TPFLAG_GC,
    .doc = "The opcode writer under pickle.Pickler.",
    .dealloc = enc_dealloc,
    .traverse = enc_traverse,
    .clear = enc_clear,
    .methods = enc_methods,
};
