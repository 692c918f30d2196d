/* Pickling arrays.  From protocol 3 an array reduces to
 * _array_reconstructor(cls, typecode, mformat, bytes), where mformat names
 * the machine layout of the bytes (an integer of a size, signedness and
 * byte order; an IEEE float; UTF-16/32 text): an array pickled on one
 * machine can be rebuilt on another, whose C types may differ.  Below
 * protocol 3 it reduces to cls(typecode, list). */
#include "abstract.h"
#include "modules/array.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/import.h"
#include "runtime/mem.h"
#include <stdlib.h>
#include <string.h>

/* The machine formats, numbered as pickles store them. */
enum {
    MF_UINT8, MF_INT8, MF_UINT16_LE, MF_UINT16_BE, MF_INT16_LE, MF_INT16_BE, MF_UINT32_LE, MF_UINT32_BE,
    MF_INT32_LE, MF_INT32_BE, MF_UINT64_LE, MF_UINT64_BE, MF_INT64_LE, MF_INT64_BE, MF_FLOAT_LE, MF_FLOAT_BE,
    MF_DOUBLE_LE, MF_DOUBLE_BE, MF_UTF16_LE, MF_UTF16_BE, MF_UTF32_LE, MF_UTF32_BE, MF_COUNT
};

/* The format of this machine's items of code c (little-endian). */
static int native_format(const ArrayCode *c) {
    switch (c->kind) {
    case ITEM_CHAR: return MF_UTF32_LE;
    case ITEM_FLOAT: return c->size == 4 ? MF_FLOAT_LE : MF_DOUBLE_LE;
    default: {
        int base = c->size == 1 ? MF_UINT8 : c->size == 2 ? MF_UINT16_LE : c->size == 4 ? MF_UINT32_LE : MF_UINT64_LE;
        if (c->size == 1) return c->kind == ITEM_SIGNED ? MF_INT8 : MF_UINT8;
        return base + (c->kind == ITEM_SIGNED ? 2 : 0);
    }
    }
}

Object *Array_ReduceEx(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Array *a = ARR(self);
    if (!Int_Check(args[0])) {
        Err_SetString(Exc_TypeError, "__reduce_ex__ argument should be an integer");
        return NULL;
    }
    ssize_t protocol = Int_AsSsize(args[0]);
    if (protocol == -1 && Err_Occurred()) return NULL;
    Object *dict;
    if (Obj_LookupAttr(self, ID(__dict__), &dict) < 0) return NULL;
    if (!dict) dict = NEWREF(OBJ_NONE);
    Object *code = Str_FromChar((uint32_t)a->code->code), *cargs = NULL, *fn = NULL, *r = NULL;
    if (!code) goto done;
    if (protocol < 3) {
        Object *list = List_New(a->len);
        for (ssize_t i = 0; list && i < a->len; i++) {
            Object *v = ArrayItem_Get(a->code, ARR_ITEM(a, i));
            if (!v) CLEAR(list);
            else LIST_ITEMS(list)[i] = v;
        }
        if (!list) goto done;
        cargs = Tuple_Pack(2, code, list);
        DECREF(list);
        if (cargs) r = Tuple_Pack(3, (Object *)TYPE(self), cargs, dict);
        goto done;
    }
    Object *module = Import_ImportC("array");
    if (!module) goto done;
    fn = Obj_GetAttrC(module, "_array_reconstructor");
    DECREF(module);
    Object *mf = SMALL_FROM(native_format(a->code)), *bytes = fn ? Bytes_From(a->data, a->len * a->code->size) : NULL;
    if (!bytes) goto done;
    Object *items[4] = {(Object *)TYPE(self), code, mf, bytes};
    cargs = Tuple_FromArray(items, 4);
    DECREF(bytes);
    if (cargs) r = Tuple_Pack(3, fn, cargs, dict);
done:
    XDECREF(code);
    XDECREF(cargs);
    XDECREF(fn);
    DECREF(dict);
    return r;
}

/* ---- rebuilding ------------------------------------------------------------------------ */

/* cls(code, init) (init borrowed), as the pickle would have called it. */
static Object *make_array(Object *cls, char code, Object *init) {
    Object *c = Str_FromChar((uint32_t)code);
    if (!c) return NULL;
    Object *args[2] = {c, init};
    Object *r = Obj_Call(cls, args, 2, NULL);
    DECREF(c);
    return r;
}

static int not_a_multiple(void) {
    Err_SetString(Exc_ValueError, "string length not a multiple of item size");
    return -1;
}

/* The value of n bytes at p in the byte order asked, as an unsigned number. */
static uint64_t read_bits(const uint8_t *p, int n, bool big_endian) {
    uint64_t u = 0;
    for (int k = 0; k < n; k++) u |= (uint64_t)p[big_endian ? n - 1 - k : k] << (8 * k);
    return u;
}

/* A list of the numbers the bytes hold in format mf (an integer or float
 * format); NULL with an error. */
static Object *decode_numbers(int mf, const uint8_t *p, ssize_t n) {
    bool is_float = mf >= MF_FLOAT_LE;
    int size = is_float ? (mf < MF_DOUBLE_LE ? 4 : 8) : mf < MF_UINT16_LE ? 1 : mf < MF_UINT32_LE ? 2 : mf < MF_UINT64_LE ? 4 : 8;
    bool big = is_float ? (mf == MF_FLOAT_BE || mf == MF_DOUBLE_BE) : size > 1 && (mf - MF_UINT16_LE) % 2 == 1;
    bool is_signed = size == 1 ? mf == MF_INT8 : ((mf - MF_UINT16_LE) / 2) % 2 == 1;
    if (n % size) return not_a_multiple(), NULL;
    Object *list = List_New(n / size);
    for (ssize_t i = 0; list && i < n / size; i++) {
        uint64_t u = read_bits(p + i * size, size, big);
        Object *v;
        if (is_float && size == 4) {
            float f;
            uint32_t w = (uint32_t)u;
            memcpy(&f, &w, 4);
            v = Float_From(f);
        } else if (is_float) {
            double d;
            memcpy(&d, &u, 8);
            v = Float_From(d);
        } else if (is_signed) {
            int shift = 64 - 8 * size;
            v = Int_FromI64((int64_t)(u << shift) >> shift);
        } else {
            v = Int_FromU64(u);
        }
        if (!v) CLEAR(list);
        else LIST_ITEMS(list)[i] = v;
    }
    return list;
}

void Array_DecodeError(const char *codec, Object *items, ssize_t start, ssize_t end, const char *reason) {
    Object *args[5] = {Str_FromUTF8(codec, -1), NEWREF(items), Int_FromI64(start), Int_FromI64(end),
                       Str_FromUTF8(reason, -1)};
    bool ok = args[0] && args[2] && args[3] && args[4];
    Object *exc = ok ? Exc_New(Exc_UnicodeDecodeError, args, 5) : NULL;
    for (int k = 0; k < 5; k++) XDECREF(args[k]);
    if (exc) Err_SetRaised(exc);
}

/* The text of items in one of the UTF-16/32 formats, strictly decoded. */
static Object *decode_text(int mf, Object *items) {
    static const char *const codecs[] = {"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"};
    const char *codec = codecs[mf - MF_UTF16_LE];
    bool wide = mf >= MF_UTF32_LE, big = mf == MF_UTF16_BE || mf == MF_UTF32_BE;
    int unit = wide ? 4 : 2;
    const uint8_t *p = (const uint8_t *)BYTES_DATA(items);
    ssize_t n = BYTES_LEN(items), count = 0;
    uint32_t *cps = Mem_RawAlloc((size_t)(n / unit + 1) * sizeof(uint32_t));
    if (!cps) return Err_NoMemory();
    for (ssize_t i = 0; i < n;) {
        if (n - i < unit) {
            Array_DecodeError(codec, items, i, n, "truncated data");
            goto fail;
        }
        uint32_t cp = (uint32_t)read_bits(p + i, unit, big);
        if (wide) {
            if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) {
                Array_DecodeError(codec, items, i, i + 4, cp > 0x10ffff ? "code point not in range(0x110000)"
                                                                   : "code point in surrogate code point range(0xd800, 0xe000)");
                goto fail;
            }
            i += 4;
        } else if (cp >= 0xd800 && cp < 0xdc00) { /* a high surrogate needs its low one */
            if (n - i < 4) {
                Array_DecodeError(codec, items, i, n, "unexpected end of data");
                goto fail;
            }
            uint32_t lo = (uint32_t)read_bits(p + i + 2, 2, big);
            if (lo < 0xdc00 || lo >= 0xe000) {
                Array_DecodeError(codec, items, i, i + 2, "illegal UTF-16 surrogate");
                goto fail;
            }
            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
            i += 4;
        } else if (cp >= 0xdc00 && cp < 0xe000) {
            Array_DecodeError(codec, items, i, i + 2, "illegal encoding");
            goto fail;
        } else {
            i += 2;
        }
        cps[count++] = cp;
    }
    Object *s = Str_FromUCS4(cps, count);
    free(cps);
    return s;
fail:
    free(cps);
    return NULL;
}

/* The type code of this machine for the integers of format mf. */
static char integer_code(int mf) {
    static const char codes[] = "BbHHhhIIiiQQqq";
    return codes[mf];
}

Object *Array_Reconstructor(Object *module, Object *const *args, size_t nargs, Object *kwnames) {
    Object *cls = args[0], *items = args[3];
    if (!Type_Check(cls)) {
        Err_Format(Exc_TypeError, "first argument must be a type object, not %s", TYPE_NAME(cls));
        return NULL;
    }
    if (!Type_IsSubtype((Type *)cls, &Array_Type)) {
        Err_Format(Exc_TypeError, "%s is not a subtype of array.array", ((Type *)cls)->name);
        return NULL;
    }
    const ArrayCode *c = Array_CodeArg(args[1], "_array_reconstructor", 2);
    if (!c) {
        if (!Err_Occurred()) Err_SetString(Exc_ValueError, "second argument must be a valid type code");
        return NULL;
    }
    int mf;
    if (Arg_AsCInt(args[2], &mf) < 0) return NULL;
    if (mf < 0 || mf >= MF_COUNT) {
        Err_SetString(Exc_ValueError, "third argument must be a valid machine format code.");
        return NULL;
    }
    if (!Bytes_Check(items)) {
        Err_Format(Exc_TypeError, "fourth argument should be bytes, not %s", TYPE_NAME(items));
        return NULL;
    }
    /* this machine's own layout: the bytes as they are */
    if (mf == native_format(c)) return make_array(cls, c->code, items);
    const uint8_t *p = (const uint8_t *)BYTES_DATA(items);
    ssize_t n = BYTES_LEN(items);
    if (mf >= MF_UTF16_LE) {
        Object *s = decode_text(mf, items);
        Object *r = s ? make_array(cls, c->code, s) : NULL;
        XDECREF(s);
        return r;
    }
    Object *list = decode_numbers(mf, p, n);
    if (!list) return NULL;
    Object *r = make_array(cls, mf >= MF_FLOAT_LE ? c->code : integer_code(mf), list);
    DECREF(list);
    return r;
}
