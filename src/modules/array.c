/* array.array: a growable block of C numbers of one type code (the codes
 * are in array_items.c).  Items live unboxed in `data`; a Python object is
 * made for an item only when it is read.  The memory is lent to memoryview
 * and friends through the buffer protocol; while any such loan is out
 * (`exports`), every change of length is refused, since the block may
 * move when it grows. */
#include "modules/array.h"
#include "abstract.h"
#include "modules/_warnings.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/iterbase.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typing.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include <stdlib.h>
#include <string.h>

/* ---- memory ---------------------------------------------------------------------------- */

static int refuse_resize(void) {
    Err_SetString(Exc_BufferError, "cannot resize an array that is exporting buffers");
    return -1;
}

int Array_Resize(Array *a, ssize_t n) {
    if (n == a->len) return 0;
    if (a->exports > 0) return refuse_resize();
    if (n > a->cap) {
        ssize_t size = a->code->size, most = SSIZE_MAX / size;
        if (n > most) {
            Err_NoMemory();
            return -1;
        }
        /* some room to spare, so that appending one by one is linear */
        ssize_t extra = (n >> 4) + (n < 8 ? 3 : 7);
        ssize_t cap = extra <= most - n ? n + extra : n;
        char *data = Mem_RawRealloc(a->data, (size_t)(cap * size));
        if (!data) {
            Err_NoMemory();
            return -1;
        }
        a->data = data;
        a->cap = cap;
    }
    if (n > a->len) memset(ARR_ITEM(a, a->len), 0, (size_t)((n - a->len) * a->code->size));
    a->len = n;
    return 0;
}

int Array_AppendBytes(Array *a, const char *p, ssize_t nbytes) {
    ssize_t n = nbytes / a->code->size, old = a->len;
    if (n == 0) return 0;
    char *copy = NULL;
    uintptr_t at = (uintptr_t)p, base = (uintptr_t)a->data;
    if (a->data && at >= base && at < base + (uintptr_t)(a->cap * a->code->size)) {
        /* our own memory, which growing may move */
        if (!(copy = Mem_RawAlloc((size_t)nbytes))) return Err_NoMemory(), -1;
        memcpy(copy, p, (size_t)nbytes);
        p = copy;
    }
    int r = old > SSIZE_MAX - n ? (Err_NoMemory(), -1) : Array_Resize(a, old + n);
    if (r == 0) memcpy(ARR_ITEM(a, old), p, (size_t)nbytes);
    free(copy);
    return r;
}

Object *Array_NewEmpty(Type *t, const ArrayCode *c, ssize_t n) {
    Array *a = (Array *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!a) return NULL;
    a->code = c;
    if (n > 0) {
        if (n > SSIZE_MAX / c->size || !(a->data = Mem_RawAlloc((size_t)(n * c->size)))) {
            DECREF((Object *)a);
            return Err_NoMemory();
        }
        a->cap = n;
    }
    return (Object *)a;
}

/* a[i] = v for an index the caller checked, converting v first: the
 * conversion (an __index__ or __float__) may change the array, so the
 * index is checked again after it. */
static int array_store(Array *a, ssize_t i, Object *v) {
    char item[8];
    if (ArrayItem_Set(a->code, item, v) < 0) return -1;
    if (i < 0 || i >= a->len) {
        Err_SetString(Exc_IndexError, "array assignment index out of range");
        return -1;
    }
    memcpy(ARR_ITEM(a, i), item, a->code->size);
    return 0;
}

/* Whether converting v can run Python code (a class's __index__, ...). */
static bool may_run_code(Object *v) {
    return !(IS_SMALL(v) || Float_CheckExact(v) || Str_CheckExact(v) || Int_CheckExact(v));
}

/* Inserts v before item `where` (clamped as list.insert does), the way
 * CPython does it, which shows when converting v runs Python code: v is
 * converted once to check it, the array grows by one from the length it
 * had before, and v is converted again into its place. */
static int array_insert_at(Array *a, ssize_t where, Object *v) {
    ssize_t n = a->len, size = a->code->size;
    char item[8];
    if (ArrayItem_Set(a->code, item, v) < 0) return -1;
    if (n == a->len && n < a->cap && a->exports == 0 && where >= n) { /* appending: the usual case */
        if (may_run_code(v)) return Array_Resize(a, n + 1) < 0 ? -1 : array_store(a, n, v);
        memcpy(ARR_ITEM(a, n), item, (size_t)size);
        a->len = n + 1;
        return 0;
    }
    if (n == SSIZE_MAX || Array_Resize(a, n + 1) < 0) return n == SSIZE_MAX ? (Err_NoMemory(), -1) : -1;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    if (where != n) memmove(ARR_ITEM(a, where + 1), ARR_ITEM(a, where), (size_t)((n - where) * size));
    if (may_run_code(v)) return array_store(a, where, v);
    memcpy(ARR_ITEM(a, where), item, (size_t)size);
    return 0;
}

static int array_append(Array *a, Object *v) { return array_insert_at(a, a->len, v); }

/* Appends the items of any iterable; those appended before an error stay. */
static int array_extend_iter(Array *a, Object *iterable) {
    Object *it = Obj_GetIter(iterable), *v;
    if (!it) return -1;
    while ((v = Iter_Next(it))) {
        int r = array_append(a, v);
        DECREF(v);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return Err_Occurred() ? -1 : 0;
}

static int extend_from_array(Array *a, Array *b) {
    if (b->code != a->code) {
        Err_SetString(Exc_TypeError, "can only extend with array of same kind");
        return -1;
    }
    return Array_AppendBytes(a, b->data, b->len * b->code->size);
}

static int array_extend(Array *a, Object *bb) {
    if (Array_Check(bb)) return extend_from_array(a, ARR(bb));
    return array_extend_iter(a, bb);
}

/* ---- construction -------------------------------------------------------------------- */

const ArrayCode *Array_CodeArg(Object *o, const char *func, int argno) {
    if (!Str_Check(o)) {
        Err_Format(Exc_TypeError, "%s() argument %d must be a unicode character, not %s", func, argno, TYPE_NAME(o));
        return NULL;
    }
    if (STR_LEN(o) != 1) {
        /* the generated parser of _array_reconstructor words it with a colon */
        Err_Format(Exc_TypeError, "%s()%s argument %d must be a unicode character, not a string of length %zd", func,
                   argno == 1 ? "" : ":", argno, STR_LEN(o));
        return NULL;
    }
    return ArrayCode_Find(STR_CHAR(o, 0));
}

/* Fills a new array from the initializer of array(code, init). */
static int array_initialize(Array *a, Object *init) {
    const ArrayCode *c = a->code;
    if (Str_Check(init)) {
        if (!ArrayCode_IsText(c)) {
            Err_Format(Exc_TypeError, "cannot use a str to initialize an array with typecode '%c'", c->code);
            return -1;
        }
        for (ssize_t i = 0; i < STR_LEN(init); i++) {
            uint32_t cp = STR_CHAR(init, i);
            if (Array_AppendBytes(a, (const char *)&cp, 4) < 0) return -1;
        }
        return 0;
    }
    if (Array_Check(init)) {
        Array *b = ARR(init);
        if (ArrayCode_IsText(b->code) && !ArrayCode_IsText(c)) {
            Err_Format(Exc_TypeError, "cannot use a unicode array to initialize an array with typecode '%c'", c->code);
            return -1;
        }
        if (b->code->code == c->code || (ArrayCode_IsText(b->code) && ArrayCode_IsText(c)))
            return Array_AppendBytes(a, b->data, b->len * c->size);
        /* another code: item by item, each converted */
        for (ssize_t i = 0; i < b->len; i++) {
            Object *v = ArrayItem_Get(b->code, ARR_ITEM(b, i));
            int r = v ? array_append(a, v) : -1;
            XDECREF(v);
            if (r < 0) return -1;
        }
        return 0;
    }
    if (Bytes_Check(init) || (!IS_SMALL(init) && Type_IsSubtype(TYPE(init), &ByteArray_Type))) {
        const uint8_t *p;
        ssize_t n;
        if (Buffer_PeekArg(init, &p, &n) < 0) return -1;
        if (n % c->size) {
            Err_SetString(Exc_ValueError, "bytes length not a multiple of item size");
            return -1;
        }
        return Array_AppendBytes(a, (const char *)p, n);
    }
    if (List_Check(init) || Tuple_Check(init)) {
        /* sized by the real length; a subclass's __getitem__ gives the items */
        bool exact = List_CheckExact(init) || Tuple_CheckExact(init);
        ssize_t n = List_Check(init) ? LIST_LEN(init) : TUPLE_LEN(init);
        if (Array_Resize(a, n) < 0) return -1;
        for (ssize_t i = 0; i < n; i++) {
            Object *v;
            if (exact && List_Check(init)) {
                if (i >= LIST_LEN(init)) {
                    Err_SetString(Exc_IndexError, "list index out of range");
                    return -1;
                }
                v = NEWREF(LIST_GET(init, i));
            } else if (exact) {
                v = NEWREF(TUPLE_GET(init, i));
            } else {
                Object *index = Int_FromI64(i);
                v = index ? Obj_GetItem(init, index) : NULL;
                XDECREF(index);
            }
            int r = v ? array_store(a, i, v) : -1;
            XDECREF(v);
            if (r < 0) return -1;
        }
        return 0;
    }
    return array_extend_iter(a, init);
}

static Object *array_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (KW_COUNT(kwnames) && (t == &Array_Type || t->init == Array_Type.init)) {
        Err_SetString(Exc_TypeError, "array.array() takes no keyword arguments");
        return NULL;
    }
    Object *a[2] = {NULL, NULL};
    if (Arg_Unpack(Array_Type.args, "array", args, nargs, NULL, a) < 0) return NULL;
    const ArrayCode *c = Array_CodeArg(a[0], "array", 1);
    if (!c) {
        if (!Err_Occurred())
            Err_SetString(Exc_ValueError, "bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)");
        return NULL;
    }
    if (c->code == 'u' &&
        Warn_Format(Exc_DeprecationWarning, 1, "The 'u' type code is deprecated and will be removed in Python 3.16") < 0)
        return NULL;
    Object *self = Array_NewEmpty(t, c, 0);
    if (self && a[1] && array_initialize(ARR(self), a[1]) < 0) CLEAR(self);
    return self;
}

static void array_dealloc(Object *o) {
    Weak_ClearBuiltin(o);
    free(ARR(o)->data);
    Object **dict = Obj_DictPtr(o);
    if (dict) CLEAR(*dict);
    Obj_Free(o);
}

/* Items are numbers, not objects: nothing to visit.  The type is a GC
 * type all the same, as CPython's is (gc.is_tracked() says so), and its
 * subclasses' instance dicts are visited by the class machinery. */
static int array_traverse(Object *o, VisitFn visit, void *arg) { return 0; }
static int array_gc_clear(Object *o) { return 0; }

/* ---- the type's slots ---------------------------------------------------------------- */

static Object *array_tolist_of(Array *a) {
    Object *l = List_New(a->len);
    if (!l) return NULL;
    for (ssize_t i = 0; i < a->len; i++) {
        Object *v = ArrayItem_Get(a->code, ARR_ITEM(a, i));
        if (!v) {
            DECREF(l);
            return NULL;
        }
        LIST_ITEMS(l)[i] = v;
    }
    return l;
}

/* The characters of a 'u' or 'w' array as a str.  Memory written through a
 * buffer may hold values that are no characters: 'u' refuses those beyond
 * U+10FFFF as a wchar_t conversion does, 'w' decodes strictly as UTF-32
 * (no surrogates either). */
static Object *array_tounicode_of(Array *a) {
    for (ssize_t i = 0; i < a->len; i++) {
        uint32_t cp;
        memcpy(&cp, ARR_ITEM(a, i), 4);
        bool surrogate = cp >= 0xd800 && cp < 0xe000;
        if (cp > 0x10ffff && a->code->code == 'u') {
            Err_Format(Exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", cp);
            return NULL;
        }
        if ((cp > 0x10ffff || surrogate) && a->code->code == 'w') {
            Object *bytes = Bytes_From(a->data, a->len * 4);
            if (bytes) {
                Array_DecodeError("utf-32-le", bytes, i * 4, i * 4 + 4,
                                  surrogate ? "code point in surrogate code point range(0xd800, 0xe000)"
                                            : "code point not in range(0x110000)");
                DECREF(bytes);
            }
            return NULL;
        }
    }
    return Str_FromUCS4((const uint32_t *)a->data, a->len);
}

static Object *array_repr(Object *o) {
    Array *a = ARR(o);
    const char *name = TYPE_NAME(o), *dot = strrchr(name, '.');
    if (dot) name = dot + 1; /* "array", or a subclass's own name */
    if (a->len == 0) return Str_FromFormat("%s('%c')", name, a->code->code);
    Object *items = ArrayCode_IsText(a->code) ? array_tounicode_of(a) : array_tolist_of(a);
    if (!items) return NULL;
    Object *s = Str_FromFormat("%s('%c', %R)", name, a->code->code, items);
    DECREF(items);
    return s;
}

static Object *array_richcompare(Object *x, Object *y, int op) {
    if (!Array_Check(x) || !Array_Check(y)) return NEWREF(OBJ_NOTIMPL);
    Array *a = ARR(x), *b = ARR(y);
    if ((op == CMP_EQ || op == CMP_NE) && a->len != b->len) return NEWREF(Bool_From(op == CMP_NE));
    if ((op == CMP_EQ || op == CMP_NE) && a->code == b->code && a->code->kind != ITEM_FLOAT) {
        /* equal memory means equal items, except for floats (nan, -0.0) */
        bool same = a->len == 0 || memcmp(a->data, b->data, (size_t)(a->len * a->code->size)) == 0;
        return NEWREF(Bool_From(same == (op == CMP_EQ)));
    }
    /* the first pair of items that differ decides; items are numbers or
     * characters, whose comparison runs no Python code */
    ssize_t i;
    Object *va = NULL, *vb = NULL;
    for (i = 0; i < a->len && i < b->len; i++) {
        va = ArrayItem_Get(a->code, ARR_ITEM(a, i));
        vb = va ? ArrayItem_Get(b->code, ARR_ITEM(b, i)) : NULL;
        int eq = vb ? Obj_RichCompareBool(va, vb, CMP_EQ) : -1;
        if (eq != 1) {
            if (eq < 0) {
                XDECREF(va);
                XDECREF(vb);
                return NULL;
            }
            break;
        }
        CLEAR(va);
        CLEAR(vb);
    }
    if (i >= a->len || i >= b->len) return NEWREF(Bool_From(Cmp_Holds(a->len, b->len, op)));
    Object *r = op == CMP_EQ ? NEWREF(OBJ_FALSE) : op == CMP_NE ? NEWREF(OBJ_TRUE) : Obj_RichCompare(va, vb, op);
    DECREF(va);
    DECREF(vb);
    return r;
}

static ssize_t array_len(Object *o) { return ARR(o)->len; }

/* Searching for a number without making an object of each item: v is
 * read once as what the items hold, when that is exact (a small int among
 * integers, a float or a small int among floats).  0: no such shortcut. */
typedef struct {
    int mode; /* 0 none, 1 integer, 2 float */
    int64_t i;
    double d;
} Needle;

static Needle needle_of(const Array *a, Object *v) {
    Needle n = {0, 0, 0.0};
    if (a->code->kind == ITEM_SIGNED || a->code->kind == ITEM_UNSIGNED) {
        if (IS_SMALL(v)) n.mode = 1, n.i = SMALL_VAL(v);
    } else if (a->code->kind == ITEM_FLOAT) {
        if (Float_CheckExact(v)) n.mode = 2, n.d = FLOAT_VAL(v);
        else if (IS_SMALL(v) && SMALL_VAL(v) >= -((int64_t)1 << 53) && SMALL_VAL(v) <= ((int64_t)1 << 53))
            n.mode = 2, n.d = (double)SMALL_VAL(v);
    }
    return n;
}

/* Whether item p equals the needle (a mode 1 or 2 needle). */
static inline bool needle_matches(const ArrayCode *c, const char *p, const Needle *n) {
    switch (c->code) {
    case 'b': return *(const int8_t *)p == n->i;
    case 'B': return *(const uint8_t *)p == n->i;
    case 'f': {
        float f;
        memcpy(&f, p, 4);
        return (double)f == n->d;
    }
    case 'd': {
        double d;
        memcpy(&d, p, 8);
        return d == n->d;
    }
    default: {
        uint64_t u = 0;
        memcpy(&u, p, c->size);
        if (c->kind == ITEM_SIGNED) {
            int shift = 64 - 8 * c->size;
            return (int64_t)(u << shift) >> shift == n->i;
        }
        return n->i >= 0 && u == (uint64_t)n->i;
    }
    }
}

/* Index of the first item from start (below stop) equal to v: -1 when
 * none, -2 with an error. */
static ssize_t array_find(Array *a, Object *v, ssize_t start, ssize_t stop) {
    Needle n = needle_of(a, v);
    if (n.mode) {
        for (ssize_t i = start; i < stop && i < a->len; i++)
            if (needle_matches(a->code, ARR_ITEM(a, i), &n)) return i;
        return -1;
    }
    for (ssize_t i = start; i < stop && i < a->len; i++) { /* v's __eq__ may shrink a */
        Object *item = ArrayItem_Get(a->code, ARR_ITEM(a, i));
        int eq = item ? Obj_RichCompareBool(item, v, CMP_EQ) : -1;
        XDECREF(item);
        if (eq) return eq < 0 ? -2 : i;
    }
    return -1;
}

static int array_contains(Object *o, Object *v) {
    ssize_t i = array_find(ARR(o), v, 0, SSIZE_MAX);
    return i == -2 ? -1 : i >= 0;
}

static bool is_array(Object *o) { return Array_Check(o); }

static Object *array_concat(Object *x, Object *y) {
    if (!Array_Check(y)) {
        Err_Format(Exc_TypeError, "can only append array (not \"%s\") to array", TYPE_NAME(y));
        return NULL;
    }
    Array *a = ARR(x), *b = ARR(y);
    if (a->code != b->code) {
        Err_SetString(Exc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    if (a->len > SSIZE_MAX - b->len) return Err_NoMemory();
    Object *r = Array_NewEmpty(&Array_Type, a->code, a->len + b->len);
    if (!r) return NULL;
    if (a->len) memcpy(ARR(r)->data, a->data, (size_t)(a->len * a->code->size));
    if (b->len) memcpy(ARR(r)->data + a->len * a->code->size, b->data, (size_t)(b->len * b->code->size));
    ARR(r)->len = a->len + b->len;
    return r;
}

/* Fills dst with n copies of the nbytes at its start (by doubling). */
static void repeat_fill(char *dst, ssize_t nbytes, ssize_t n) {
    ssize_t done = nbytes, total = nbytes * n;
    while (done < total) {
        ssize_t step = done < total - done ? done : total - done;
        memcpy(dst + done, dst, (size_t)step);
        done += step;
    }
}

static Object *array_repeat(Object *x, Object *y) {
    Object *seq;
    ssize_t n;
    int rc = Seq_RepeatCount(x, y, is_array, &seq, &n);
    if (rc <= 0) return rc < 0 ? NULL : NEWREF(OBJ_NOTIMPL);
    Array *a = ARR(seq);
    ssize_t size = a->code->size;
    if (a->len && n > SSIZE_MAX / a->len / size) return Err_NoMemory();
    ssize_t count = a->len * n;
    Object *r = Array_NewEmpty(&Array_Type, a->code, count);
    if (!r || count == 0) return r;
    memcpy(ARR(r)->data, a->data, (size_t)(a->len * size));
    repeat_fill(ARR(r)->data, a->len * size, n);
    ARR(r)->len = count;
    return r;
}

static Object *array_inplace_concat(Object *x, Object *y) {
    if (!Array_Check(y)) {
        Err_Format(Exc_TypeError, "can only extend array with array (not \"%s\")", TYPE_NAME(y));
        return NULL;
    }
    if (extend_from_array(ARR(x), ARR(y)) < 0) return NULL;
    return NEWREF(x);
}

static Object *array_inplace_repeat(Object *x, Object *y) {
    if (!Index_Check(y)) return NEWREF(OBJ_NOTIMPL);
    ssize_t n;
    if (Index_AsSsize(y, Exc_OverflowError, &n) < 0) return NULL;
    Array *a = ARR(x);
    ssize_t len = a->len, size = a->code->size;
    if (n < 0) n = 0;
    if (len && n > SSIZE_MAX / len / size) return Err_NoMemory();
    if (Array_Resize(a, len * n) < 0) return NULL;
    if (len && n > 1) repeat_fill(a->data, len * size, n);
    return NEWREF(x);
}

/* ---- methods ------------------------------------------------------------------------- */

static Object *array_append_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (array_append(ARR(self), args[0]) < 0) return NULL;
    RETURN_NONE;
}

static Object *array_buffer_info(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *addr = Int_FromU64((uint64_t)(uintptr_t)ARR(self)->data), *len = Int_FromI64(ARR(self)->len);
    Object *r = addr && len ? Tuple_Pack(2, addr, len) : NULL;
    XDECREF(addr);
    XDECREF(len);
    return r;
}

static Object *array_byteswap(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    ssize_t size = a->code->size;
    for (ssize_t i = 0; i < a->len; i++) {
        char *p = ARR_ITEM(a, i);
        for (ssize_t lo = 0, hi = size - 1; lo < hi; lo++, hi--) {
            char t = p[lo];
            p[lo] = p[hi];
            p[hi] = t;
        }
    }
    RETURN_NONE;
}

static Object *array_clear_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Array_Resize(ARR(self), 0) < 0) return NULL;
    RETURN_NONE;
}

static Object *array_count(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    ssize_t n = 0;
    Needle needle = needle_of(a, args[0]);
    if (needle.mode) {
        for (ssize_t i = 0; i < a->len; i++) n += needle_matches(a->code, ARR_ITEM(a, i), &needle);
        return Int_FromI64(n);
    }
    for (ssize_t i = 0; i < a->len; i++) {
        Object *item = ArrayItem_Get(a->code, ARR_ITEM(a, i));
        int eq = item ? Obj_RichCompareBool(item, args[0], CMP_EQ) : -1;
        XDECREF(item);
        if (eq < 0) return NULL;
        n += eq;
    }
    return Int_FromI64(n);
}

static Object *array_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    Object *r = Array_NewEmpty(&Array_Type, a->code, a->len);
    if (r && a->len) {
        memcpy(ARR(r)->data, a->data, (size_t)(a->len * a->code->size));
        ARR(r)->len = a->len;
    }
    return r;
}

static Object *array_extend_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (array_extend(ARR(self), args[0]) < 0) return NULL;
    RETURN_NONE;
}

static Object *array_frombytes(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    /* a counted export: frombytes(a) itself then meets the rule on resizing */
    BufferView view;
    if (Buffer_Get(args[0], &view, BUFFER_SIMPLE) < 0) return NULL;
    int r = -1;
    if (view.itemsize != 1)
        Err_SetString(Exc_TypeError, "a bytes-like object is required");
    else if (view.len % a->code->size)
        Err_SetString(Exc_ValueError, "bytes length not a multiple of item size");
    else
        r = Array_AppendBytes(a, view.buf, view.len);
    Buffer_Release(&view);
    if (r < 0) return NULL;
    RETURN_NONE;
}

static Object *array_fromfile(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    ssize_t n;
    if (Index_AsSsizeArg(args[1], &n) < 0) return NULL;
    if (n < 0) {
        Err_SetString(Exc_ValueError, "negative count");
        return NULL;
    }
    ssize_t size = a->code->size;
    if (n > SSIZE_MAX / size) return Err_NoMemory();
    Object *want = Int_FromI64(n * size);
    if (!want) return NULL;
    Object *data = Obj_CallMethodC(args[0], "read", &want, 1);
    DECREF(want);
    if (!data) return NULL;
    if (!Bytes_Check(data)) {
        DECREF(data);
        Err_SetString(Exc_TypeError, "read() didn't return bytes");
        return NULL;
    }
    ssize_t got = BYTES_LEN(data);
    int r = -1;
    if (got % size) Err_SetString(Exc_ValueError, "bytes length not a multiple of item size");
    else r = Array_AppendBytes(a, (const char *)BYTES_DATA(data), got);
    DECREF(data);
    if (r < 0) return NULL;
    if (got != n * size) {
        Err_SetString(Exc_EOFError, "read() didn't return enough bytes");
        return NULL;
    }
    RETURN_NONE;
}

static Object *array_fromlist(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    Object *list = args[0];
    if (!List_Check(list)) {
        Err_SetString(Exc_TypeError, "arg must be list");
        return NULL;
    }
    ssize_t n = LIST_LEN(list), old = a->len;
    if (n == 0) RETURN_NONE;
    if (old > SSIZE_MAX - n) return Err_NoMemory();
    if (Array_Resize(a, old + n) < 0) return NULL;
    /* all or nothing; each item goes n - i places before the end, wherever
     * that is once the conversions (Python code) have run */
    for (ssize_t i = 0; i < n; i++) {
        Object *v = NEWREF(LIST_GET(list, i));
        int r = array_store(a, a->len - n + i, v);
        DECREF(v);
        if (r == 0 && n != LIST_LEN(list)) {
            Err_SetString(Exc_RuntimeError, "list changed size during iteration");
            r = -1;
        }
        if (r < 0) {
            Object *exc = Err_Fetch();
            if (Array_Resize(a, old) < 0) Err_Clear();
            Err_Restore(exc);
            return NULL;
        }
    }
    RETURN_NONE;
}

static int need_text(Array *a, const char *method) {
    if (ArrayCode_IsText(a->code)) return 0;
    Err_Format(Exc_ValueError, "%s() may only be called on unicode type arrays ('u' or 'w')", method);
    return -1;
}

static Object *array_fromunicode(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    Object *s = args[0];
    if (!Str_Check(s)) {
        Err_Format(Exc_TypeError, "fromunicode() argument must be str, not %s", ARG_TYPE_NAME(s));
        return NULL;
    }
    if (need_text(a, "fromunicode") < 0) return NULL;
    ssize_t n = STR_LEN(s), old = a->len;
    if (n == 0) RETURN_NONE;
    if (old > SSIZE_MAX - n || Array_Resize(a, old + n) < 0) return old > SSIZE_MAX - n ? Err_NoMemory() : NULL;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t cp = STR_CHAR(s, i);
        memcpy(ARR_ITEM(a, old + i), &cp, 4);
    }
    RETURN_NONE;
}

static Object *array_index(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    ssize_t start, stop;
    if (Seq_IndexBounds(args, nargs, a->len, &start, &stop) < 0) return NULL;
    ssize_t i = array_find(a, args[0], start, stop);
    if (i == -2) return NULL;
    if (i < 0) {
        Err_SetString(Exc_ValueError, "array.index(x): x not in array");
        return NULL;
    }
    return Int_FromI64(i);
}

/* Removes item i (in range). */
static int array_delete_at(Array *a, ssize_t i) {
    if (a->exports > 0) return refuse_resize();
    ssize_t size = a->code->size;
    memmove(ARR_ITEM(a, i), ARR_ITEM(a, i + 1), (size_t)((a->len - i - 1) * size));
    return Array_Resize(a, a->len - 1);
}

static Object *array_insert(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    ssize_t i;
    if (Index_AsSsizeArg(args[0], &i) < 0) return NULL;
    if (array_insert_at(a, i, args[1]) < 0) return NULL;
    RETURN_NONE;
}

static Object *array_pop(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    ssize_t i = -1;
    if (nargs > 0 && Index_AsSsizeArg(args[0], &i) < 0) return NULL;
    if (a->len == 0) {
        Err_SetString(Exc_IndexError, "pop from empty array");
        return NULL;
    }
    if (i < 0) i += a->len;
    if (i < 0 || i >= a->len) {
        Err_SetString(Exc_IndexError, "pop index out of range");
        return NULL;
    }
    Object *v = ArrayItem_Get(a->code, ARR_ITEM(a, i));
    if (v && array_delete_at(a, i) < 0) CLEAR(v);
    return v;
}

static Object *array_remove(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    ssize_t i = array_find(a, args[0], 0, SSIZE_MAX);
    if (i == -2) return NULL;
    if (i < 0) {
        Err_SetString(Exc_ValueError, "array.remove(x): x not in array");
        return NULL;
    }
    if (array_delete_at(a, i) < 0) return NULL;
    RETURN_NONE;
}

static Object *array_reverse(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    ssize_t size = a->code->size;
    char t[8];
    for (ssize_t i = 0, j = a->len - 1; i < j; i++, j--) {
        memcpy(t, ARR_ITEM(a, i), (size_t)size);
        memcpy(ARR_ITEM(a, i), ARR_ITEM(a, j), (size_t)size);
        memcpy(ARR_ITEM(a, j), t, (size_t)size);
    }
    RETURN_NONE;
}

static Object *array_tobytes(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    return Bytes_From(a->data, a->len * a->code->size);
}

static Object *array_tofile(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    /* in blocks, so that a huge array needs no second copy of itself; the
     * array may change while write() runs, so each block is cut anew */
    const ssize_t block = 64 * 1024;
    for (ssize_t done = 0;;) {
        Array *a = ARR(self);
        ssize_t total = a->len * a->code->size;
        if (done >= total) break;
        ssize_t n = total - done < block ? total - done : block;
        Object *chunk = Bytes_From(a->data + done, n);
        if (!chunk) return NULL;
        Object *r = Obj_CallMethodC(args[0], "write", &chunk, 1);
        DECREF(chunk);
        if (!r) return NULL;
        DECREF(r);
        done += n;
    }
    RETURN_NONE;
}

static Object *array_tolist(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return array_tolist_of(ARR(self));
}

static Object *array_tounicode(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (need_text(ARR(self), "tounicode") < 0) return NULL;
    return array_tounicode_of(ARR(self));
}

static Object *array_sizeof(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    return Int_FromI64((int64_t)(TYPE(self)->basicsize + a->cap * a->code->size));
}

static Object *array_class_getitem(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    return GenericAlias_New(cls, args[0]);
}

static Object *array_get_typecode(Object *self) { return Str_FromChar((uint32_t)ARR(self)->code->code); }
static Object *array_get_itemsize(Object *self) { return Int_FromI64(ARR(self)->code->size); }

static const MethodDef array_methods[] = {
    {"append", array_append_m, 0, ARGS("($self, v, /)", "Append new value v to the end of the array.")},
    {"buffer_info", array_buffer_info, 0,
     ARGS("($self, /)", "Return a tuple (address, length) giving the current memory address and the length in items "
                        "of the buffer used to hold array's contents.\n\nThe length should be multiplied by the "
                        "itemsize attribute to\ncalculate the buffer length in bytes.")},
    {"byteswap", array_byteswap, 0,
     ARGS("($self, /)", "Byteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes "
                        "in size,\nRuntimeError is raised.")},
    {"clear", array_clear_m, 0, ARGS("($self, /)", "Remove all items from the array.")},
    {"__copy__", array_copy, 0, ARGS("($self, /)", "Return a copy of the array.")},
    {"count", array_count, 0, ARGS("($self, v, /)", "Return number of occurrences of v in the array.")},
    {"__deepcopy__", array_copy, 0, ARGS("($self, unused, /)", "Return a copy of the array.")},
    {"extend", array_extend_m, 0, ARGS_F(ARG_CLINIC_METHOD, "($self, bb, /)", NULL)},
    {"frombytes", array_frombytes, 0,
     ARGS("($self, buffer, /)", "Appends items from the string, interpreting it as an array of machine values, as "
                                "if it had been read from a file using the fromfile() method.")},
    {"fromfile", array_fromfile, 0, ARGS_F(ARG_CLINIC_METHOD, "($self, f, n, /)", NULL)},
    {"fromlist", array_fromlist, 0, ARGS("($self, list, /)", "Append items to array from list.")},
    {"fromunicode", array_fromunicode, 0,
     ARGS("($self, ustr, /)", "Extends this array with data from the unicode string ustr.\n\nThe array must be a "
                              "unicode type array; otherwise a ValueError is\nraised.  Use "
                              "array.frombytes(ustr.encode(...)) to append Unicode\ndata to an array of some other "
                              "type.")},
    {"index", array_index, 0,
     ARGS("($self, v, start=0, stop=sys.maxsize, /)",
          "Return index of first occurrence of v in the array.\n\nRaise ValueError if the value is not present.")},
    {"insert", array_insert, 0, ARGS("($self, i, v, /)", "Insert a new item v into the array before position i.")},
    {"pop", array_pop, 0,
     ARGS("($self, i=-1, /)", "Return the i-th element and delete it from the array.\n\ni defaults to -1.")},
    {"__reduce_ex__", Array_ReduceEx, 0, ARGS_F(ARG_CLINIC_METHOD, "($self, value, /)", NULL)},
    {"remove", array_remove, 0, ARGS("($self, v, /)", "Remove the first occurrence of v in the array.")},
    {"reverse", array_reverse, 0, ARGS("($self, /)", "Reverse the order of the items in the array.")},
    {"tofile", array_tofile, 0, ARGS_F(ARG_CLINIC_METHOD, "($self, f, /)", NULL)},
    {"tolist", array_tolist, 0, ARGS("($self, /)", "Convert array to an ordinary list with the same items.")},
    {"tobytes", array_tobytes, 0,
     ARGS("($self, /)",
          "Convert the array to an array of machine values and return the bytes representation.")},
    {"tounicode", array_tounicode, 0,
     ARGS("($self, /)", "Extends this array with data from the unicode string ustr.\n\nConvert the array to a "
                        "unicode string.  The array must be a unicode\ntype array; otherwise a ValueError is "
                        "raised.  Use\narray.tobytes().decode() to obtain a unicode string from an array of\nsome "
                        "other type.")},
    {"__sizeof__", array_sizeof, 0, ARGS("($self, /)", "Size of the array in memory, in bytes.")},
    {"__class_getitem__", array_class_getitem, METH_CLASS,
     ARGS("($type, object, /)", "Arrays are generic over the type of their elements")},
    {"__buffer__", Buffer_DunderBuffer, 0,
     ARGS_F(ARG_WRAPPER_STYLE, "($self, flags, /)",
            "Return a buffer object that exposes the underlying memory of the object.")},
    {"__release_buffer__", MemoryView_DunderReleaseBuffer, 0,
     ARGS_F(ARG_WRAPPER_STYLE, "($self, buffer, /)",
            "Release the buffer object that exposes the underlying memory of the object.")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef array_getset[] = {
    {"typecode", array_get_typecode, NULL, "the typecode character used to create the array"},
    {"itemsize", array_get_itemsize, NULL, "the size, in bytes, of one array item"},
    {NULL, NULL, NULL, NULL},
};

/* ---- buffers ------------------------------------------------------------------------- */

static int array_getbuf(Object *o, BufferView *view, int flags) {
    Array *a = ARR(o);
    static char empty; /* an empty array lends a valid pointer too */
    Buffer_FillBytes(view, o, a->data ? a->data : &empty, a->len * a->code->size, false);
    view->itemsize = a->code->size;
    if (flags & BUFFER_FORMAT) view->format = a->code->format; /* else plain bytes, "B" */
    view->one_shape = a->len;
    view->one_stride = a->code->size;
    a->exports++;
    return 0;
}

static void array_releasebuf(Object *o, BufferView *view) { ARR(o)->exports--; }

static const BufferProcs array_as_buffer = {array_getbuf, array_releasebuf};

/* ---- iteration ------------------------------------------------------------------------ */

typedef IndexIter ArrayIter;

static Object *array_iter(Object *o) { return IterBase_New(&ArrayIter_Type, sizeof(ArrayIter), o); }

static Object *arrayiter_next(Object *o) {
    ArrayIter *it = (ArrayIter *)o;
    if (!it->seq) return NULL;
    Array *a = ARR(it->seq);
    if (it->index < a->len) {
        ssize_t i = it->index++;
        return ArrayItem_Get(a->code, ARR_ITEM(a, i));
    }
    CLEAR(it->seq);
    return NULL;
}

static Object *arrayiter_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ArrayIter *it = (ArrayIter *)self;
    return IterBase_ReduceIndex(NULL, it->seq, it->index, ITER_EMPTY_TUPLE);
}

static Object *arrayiter_setstate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ArrayIter *it = (ArrayIter *)self;
    ssize_t i;
    if (IterBase_StateIndex(args[0], &i) < 0) return NULL;
    if (it->seq) it->index = IterBase_Clamp(i, 0, ARR(it->seq)->len);
    RETURN_NONE;
}

static const MethodDef arrayiter_methods[] = {
    {"__reduce__", arrayiter_reduce, 0, ARGS("($self, /)", "Return state information for pickling.")},
    {"__setstate__", arrayiter_setstate, 0, ARGS("($self, state, /)", "Set state information for unpickling.")},
    {NULL, NULL, 0, NULL},
};

Type ArrayIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "array.arrayiterator",
    .basicsize = sizeof(ArrayIter),
    .flags = TPFLAG_GC,
    ITERBASE_SLOTS,
    .iter = Iter_Self,
    .iternext = arrayiter_next,
    .methods = arrayiter_methods,
};

Type Array_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "array.array",
    .basicsize = sizeof(Array),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC | TPFLAG_WEAKREF | TPFLAG_MATCH_SEQUENCE,
    .doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, "
           "and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over "
           "elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, "
           "except\nthe type of objects stored in them is constrained. The type is specified\nat object creation "
           "time by using a type code, which is a single character.\nThe following type codes are defined:\n\n"
           "    Type code   C Type             Minimum size in bytes\n"
           "    'b'         signed integer     1\n"
           "    'B'         unsigned integer   1\n"
           "    'u'         Unicode character  2 (see note)\n"
           "    'w'         Py_UCS4            4\n"
           "    'h'         signed integer     2\n"
           "    'H'         unsigned integer   2\n"
           "    'i'         signed integer     2\n"
           "    'I'         unsigned integer   2\n"
           "    'l'         signed integer     4\n"
           "    'L'         unsigned integer   4\n"
           "    'q'         signed integer     8 (see note)\n"
           "    'Q'         unsigned integer   8 (see note)\n"
           "    'f'         floating-point     4\n"
           "    'd'         floating-point     8\n\n"
           "NOTE: The 'u' typecode corresponds to Python's unicode character. On\nnarrow builds this is 2-bytes "
           "on wide builds this is 4-bytes.\n\nNOTE: The 'q' and 'Q' type codes are only available if the "
           "platform\nC compiler used to build Python supports 'long long', or, on Windows,\n'__int64'.\n\n"
           "Methods:\n\nappend() -- append a new item to the end of the array\nbuffer_info() -- return information "
           "giving the current memory info\nbyteswap() -- byteswap all the items of the array\ncount() -- return "
           "number of occurrences of an object\nextend() -- extend array by appending multiple elements from an "
           "iterable\nfromfile() -- read items from a file object\nfromlist() -- append items from the list\n"
           "frombytes() -- append items from the string\nindex() -- return index of first occurrence of an "
           "object\ninsert() -- insert a new item into the array at a provided position\npop() -- remove and "
           "return item (default last)\nremove() -- remove first occurrence of an object\nreverse() -- reverse the "
           "order of the items in the array\ntofile() -- write all items to a file object\ntolist() -- return the "
           "array converted to an ordinary list\ntobytes() -- return the array converted to a string\n\n"
           "Attributes:\n\ntypecode -- the typecode character used to create the array\nitemsize -- the length in "
           "bytes of one array item\n",
    .args = ARGS_F(ARG_TUPLE_STYLE | ARG_NO_TEXT_SIG, "(typecode, initializer=None, /)", NULL),
    .dealloc = array_dealloc,
    .repr = array_repr,
    .hash = Obj_HashNotImplemented,
    .richcompare = array_richcompare,
    .iter = array_iter,
    .sq_concat = array_concat,
    .sq_repeat = array_repeat,
    .sq_inplace_concat = array_inplace_concat,
    .sq_inplace_repeat = array_inplace_repeat,
    .len = array_len,
    .getitem = Array_Subscript,
    .setitem = Array_AssignSubscript,
    .contains = array_contains,
    .traverse = array_traverse,
    .clear = array_gc_clear,
    .new_ = array_new,
    .methods = array_methods,
    .getset = array_getset,
    .as_buffer = &array_as_buffer,
};

/* ---- the module ---------------------------------------------------------------------- */

static const MethodDef array_module_functions[] = {
    {"_array_reconstructor", Array_Reconstructor, 0,
     ARGS("($module, arraytype, typecode, mformat_code, items,\n                     /)",
          "Internal. Used for pickling support.")},
    {NULL, NULL, 0, NULL},
};

Type *const Array_Types[] = {&Array_Type, &ArrayIter_Type, NULL};

static const char module_doc[] =
    "This module defines an object type which can efficiently represent\nan array of basic values: characters, "
    "integers, floating-point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that "
    "the type of objects stored in them is constrained.\n";

int Array_Init(Object *module) {
    if (Module_AddFunctions(module, array_module_functions) < 0) return -1;
    if (Module_AddObjectSteal(module, "__doc__", Str_FromUTF8(module_doc, -1)) < 0) return -1;
    Object *codes = Str_FromUTF8(Array_TypeCodes, (ssize_t)strlen(Array_TypeCodes));
    if (Module_AddObjectSteal(module, "typecodes", codes) < 0) return -1;
    if (Module_AddObject(module, "ArrayType", (Object *)&Array_Type) < 0) return -1;
    return Module_AddObject(module, "array", (Object *)&Array_Type);
}
