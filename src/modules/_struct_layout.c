/* Format strings of the struct module: compiling one to a layout of runs,
 * and packing values into it or reading them out (see _struct.h).
 *
 * Every value goes through the item codec of runtime/packitem.c in the
 * machine's (little-endian) order; a big-endian layout reverses the bytes
 * of each value as it copies them. */
#include "abstract.h"
#include "modules/_struct.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "runtime/err.h"
#include "runtime/packitem.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the format codes ------------------------------------------------------------ */

typedef struct CodeInfo {
    char code;
    uint8_t kind;           /* RunKind; PAD for 'x' */
    uint8_t std_size;       /* 0: native formats only */
    uint8_t native_size, native_align;
} CodeInfo;

enum { PAD = 0xff };

static const CodeInfo codes[] = {
    {'x', PAD, 1, 1, 1},           {'c', RUN_CHAR, 1, 1, 1},       {'b', RUN_SIGNED, 1, 1, 1},
    {'B', RUN_UNSIGNED, 1, 1, 1},  {'?', RUN_BOOL, 1, 1, 1},       {'h', RUN_SIGNED, 2, 2, 2},
    {'H', RUN_UNSIGNED, 2, 2, 2},  {'i', RUN_SIGNED, 4, 4, 4},     {'I', RUN_UNSIGNED, 4, 4, 4},
    {'l', RUN_SIGNED, 4, sizeof(long), sizeof(long)},              {'L', RUN_UNSIGNED, 4, sizeof(long), sizeof(long)},
    {'q', RUN_SIGNED, 8, 8, 8},    {'Q', RUN_UNSIGNED, 8, 8, 8},   {'n', RUN_SIGNED, 0, sizeof(ssize_t), sizeof(ssize_t)},
    {'N', RUN_UNSIGNED, 0, sizeof(size_t), sizeof(size_t)},        {'P', RUN_POINTER, 0, sizeof(void *), sizeof(void *)},
    {'e', RUN_HALF, 2, 2, 2},      {'f', RUN_FLOAT, 4, 4, 4},      {'d', RUN_DOUBLE, 8, 8, 8},
    {'F', RUN_CFLOAT, 8, 8, 4},    {'D', RUN_CDOUBLE, 16, 16, 8},  {'s', RUN_BYTES, 1, 1, 1},
    {'p', RUN_PASCAL, 1, 1, 1},    {0, 0, 0, 0, 0},
};

static const CodeInfo *code_info(char c, bool native) {
    for (const CodeInfo *ci = codes; ci->code; ci++)
        if (ci->code == c) return native || ci->std_size ? ci : NULL;
    return NULL;
}

static int layout_error(const char *msg) {
    Err_SetString((Type *)Struct_Error(), msg);
    return -1;
}

/* ---- compiling -------------------------------------------------------------------- */

/* One pass over the format.  With lay NULL it only counts runs (*nruns) and
 * checks everything; with lay it fills lay->runs and the totals. */
static int layout_scan(const char *fmt, const char *end, bool native, StructLayout *lay, size_t *nruns) {
    const ssize_t max = SSIZE_MAX;
    ssize_t offset = 0, nvalues = 0;
    size_t runs = 0;
    for (const char *s = fmt; s < end;) {
        if (strchr(" \t\n\r\v\f", *s)) {
            s++;
            continue;
        }
        ssize_t count = 1;
        if (*s >= '0' && *s <= '9') {
            for (count = 0; s < end && *s >= '0' && *s <= '9'; s++) {
                int digit = *s - '0';
                if (count > (max - digit) / 10) return layout_error("total struct size too long");
                count = count * 10 + digit;
            }
            if (s == end) return layout_error("repeat count given without format specifier");
        }
        const CodeInfo *ci = code_info(*s++, native);
        if (!ci) return layout_error("bad char in struct format");
        ssize_t size = native ? ci->native_size : ci->std_size;
        if (native && offset % ci->native_align) {
            ssize_t pad = ci->native_align - offset % ci->native_align;
            if (offset > max - pad) return layout_error("total struct size too long");
            offset += pad;
        }
        bool string = ci->kind == RUN_BYTES || ci->kind == RUN_PASCAL;
        ssize_t bytes_per = string || ci->kind == PAD ? 1 : size;
        if (count > (max - offset) / bytes_per) return layout_error("total struct size too long");
        if (ci->kind != PAD && (string || count > 0)) {
            if (lay)
                lay->runs[runs] = (StructRun){ci->code, ci->kind, string ? 0 : (uint8_t)size, offset,
                                              string ? 1 : count, string ? count : 0};
            runs++;
            nvalues += string ? 1 : count; /* at most offset grows: cannot overflow */
        }
        offset += count * bytes_per;
    }
    if (lay) {
        lay->size = offset;
        lay->nvalues = nvalues;
        lay->nruns = runs;
    }
    *nruns = runs;
    return 0;
}

StructLayout *StructLayout_Compile(const char *fmt, size_t len) {
    if (memchr(fmt, '\0', len)) {
        layout_error("embedded null character");
        return NULL;
    }
    const char *end = fmt + len;
    char order = len && strchr("@=<>!", fmt[0]) ? *fmt++ : '@';
    bool native = order == '@';
    size_t nruns;
    if (layout_scan(fmt, end, native, NULL, &nruns) < 0) return NULL;
    StructLayout *lay = malloc(sizeof(StructLayout) + nruns * sizeof(StructRun));
    if (!lay) {
        Err_NoMemory();
        return NULL;
    }
    lay->refs = 1;
    lay->big_endian = order == '>' || order == '!';
    lay->native = native;
    layout_scan(fmt, end, native, lay, &nruns);
    return lay;
}

/* ---- packing ---------------------------------------------------------------------- */

/* Copies n bytes from the machine's order to the layout's. */
static void put_bytes(uint8_t *dst, const void *src, size_t n, bool big_endian) {
    if (!big_endian) {
        memcpy(dst, src, n);
        return;
    }
    for (size_t i = 0; i < n; i++) dst[i] = ((const uint8_t *)src)[n - 1 - i];
}

static int int_range_error(const StructRun *r) {
    char msg[96];
    int bits = 8 * r->size;
    if (r->kind == RUN_POINTER) return layout_error("int too large to convert");
    if (r->kind == RUN_UNSIGNED)
        snprintf(msg, sizeof msg, "'%c' format requires 0 <= number <= %llu", r->code,
                 bits == 64 ? (unsigned long long)UINT64_MAX : (1ull << bits) - 1);
    else
        snprintf(msg, sizeof msg, "'%c' format requires %lld <= number <= %lld", r->code,
                 (long long)(-(int64_t)((1ull << (bits - 1)) - 1) - 1), (long long)((1ull << (bits - 1)) - 1));
    return layout_error(msg);
}

static int pack_int(const StructRun *r, uint8_t *dst, Object *v, bool big_endian) {
    uint64_t u;
    int res = r->kind == RUN_POINTER ? PackItem_Pack('P', &u, v) : PackItem_PackInt(&u, v, r->size, r->kind == RUN_SIGNED);
    if (res == PACK_OK) {
        put_bytes(dst, &u, r->size, big_endian);
        return 0;
    }
    if (res == PACK_BAD_TYPE) return layout_error("required argument is not an integer");
    if (res == PACK_BAD_VALUE) return int_range_error(r);
    return -1;
}

/* float(v), any failure worded as struct words it. */
static int float_arg(Object *v, double *d) {
    *d = Float_Check(v) ? FLOAT_VAL(v) : Float_AsDouble(v);
    if (*d == -1.0 && Err_Occurred()) {
        Err_Clear();
        return layout_error("required argument is not a float");
    }
    return 0;
}

/* A value v too large for half or single precision: CPython words it
 * differently when v is an int. */
static int too_large(char code, Object *v) {
    if (Int_Check(v)) return layout_error("int too large to convert");
    Err_Format(Exc_OverflowError, "float too large to pack with %c format", code);
    return -1;
}

/* A float in single precision; strict: too large a value is an error, not inf. */
static int put_float(uint8_t *dst, double d, Object *v, bool strict, bool big_endian) {
    float f;
    if (!PackItem_ToFloat(d, &f)) {
        if (strict) return too_large('f', v);
        f = copysignf(INFINITY, d < 0 ? -1.0f : 1.0f);
    }
    put_bytes(dst, &f, 4, big_endian);
    return 0;
}

static int pack_float(const StructRun *r, uint8_t *dst, Object *v, bool big_endian) {
    double d;
    if (float_arg(v, &d) < 0) return -1;
    if (r->kind == RUN_HALF) {
        uint16_t h;
        if (!PackItem_ToHalf(d, &h)) return too_large('e', v);
        put_bytes(dst, &h, 2, big_endian);
        return 0;
    }
    if (r->kind == RUN_FLOAT) return put_float(dst, d, v, true, big_endian);
    put_bytes(dst, &d, 8, big_endian);
    return 0;
}

/* A complex: its real part, then its imaginary part, each as 'f' or 'd'.
 * Only the big-endian single-precision form refuses values that overflow. */
static int pack_complex(const StructRun *r, uint8_t *dst, Object *v, bool big_endian) {
    double re, im;
    if (Complex_AsParts(v, &re, &im) != 0) { /* 1: not a number */
        Err_Clear();
        return layout_error("required argument is not a complex");
    }
    if (r->kind == RUN_CDOUBLE) {
        put_bytes(dst, &re, 8, big_endian);
        put_bytes(dst + 8, &im, 8, big_endian);
        return 0;
    }
    if (put_float(dst, re, v, big_endian, big_endian) < 0) return -1;
    return put_float(dst + 4, im, v, big_endian, big_endian);
}

static int pack_string(const StructRun *r, uint8_t *dst, Object *v) {
    const uint8_t *p;
    ssize_t n;
    if (Bytes_Check(v)) {
        p = BYTES_DATA(v);
        n = BYTES_LEN(v);
    } else if (Type_IsSubtype(TYPE(v), &ByteArray_Type)) {
        p = ((ByteArray *)v)->data;
        n = ((ByteArray *)v)->len;
    } else {
        char msg[48];
        snprintf(msg, sizeof msg, "argument for '%c' must be a bytes object", r->code);
        return layout_error(msg);
    }
    if (r->kind == RUN_BYTES) {
        memcpy(dst, p, (size_t)(n < r->width ? n : r->width));
        return 0;
    }
    if (r->width == 0) return 0; /* no room even for the length byte */
    if (n > r->width - 1) n = r->width - 1;
    memcpy(dst + 1, p, (size_t)n);
    dst[0] = (uint8_t)(n > 255 ? 255 : n);
    return 0;
}

/* One value v of run r at dst. */
static int pack_value(const StructRun *r, uint8_t *dst, Object *v, bool big_endian) {
    switch (r->kind) {
    case RUN_SIGNED: case RUN_UNSIGNED: case RUN_POINTER:
        return pack_int(r, dst, v, big_endian);
    case RUN_BOOL: {
        int t = Obj_IsTrue(v);
        if (t < 0) return -1;
        *dst = (uint8_t)t;
        return 0;
    }
    case RUN_CHAR:
        if (!Bytes_Check(v) || BYTES_LEN(v) != 1) return layout_error("char format requires a bytes object of length 1");
        *dst = BYTES_DATA(v)[0];
        return 0;
    case RUN_HALF: case RUN_FLOAT: case RUN_DOUBLE:
        return pack_float(r, dst, v, big_endian);
    case RUN_CFLOAT: case RUN_CDOUBLE:
        return pack_complex(r, dst, v, big_endian);
    default:
        return pack_string(r, dst, v);
    }
}

int StructLayout_Pack(const StructLayout *lay, uint8_t *dst, Object *const *values) {
    memset(dst, 0, (size_t)lay->size);
    for (size_t i = 0; i < lay->nruns; i++) {
        const StructRun *r = &lay->runs[i];
        uint8_t *p = dst + r->offset;
        for (ssize_t k = 0; k < r->count; k++, p += r->size)
            if (pack_value(r, p, *values++, lay->big_endian) < 0) return -1;
    }
    return 0;
}

/* ---- unpacking -------------------------------------------------------------------- */

/* Copies n bytes from the layout's order to the machine's. */
static void get_bytes(void *dst, const uint8_t *src, size_t n, bool big_endian) {
    put_bytes(dst, src, n, big_endian); /* reversing is its own inverse */
}

static double get_float(const uint8_t *src, bool big_endian) {
    float f;
    get_bytes(&f, src, 4, big_endian);
    return f;
}

static double get_double(const uint8_t *src, bool big_endian) {
    double d;
    get_bytes(&d, src, 8, big_endian);
    return d;
}

static Object *unpack_string(const StructRun *r, const uint8_t *src) {
    if (r->kind == RUN_BYTES || r->width == 0) return Bytes_From(src, r->width);
    ssize_t n = src[0];
    if (n >= r->width) n = r->width - 1;
    return Bytes_From(src + 1, n);
}

static Object *unpack_value(const StructRun *r, const uint8_t *src, bool big_endian) {
    uint64_t u = 0;
    switch (r->kind) {
    case RUN_SIGNED: case RUN_UNSIGNED: case RUN_POINTER:
        get_bytes(&u, src, r->size, big_endian);
        return PackItem_UnpackInt(&u, r->size, r->kind == RUN_SIGNED);
    case RUN_BOOL:
        return NEWREF(Bool_From(*src != 0));
    case RUN_CHAR:
        return Bytes_From(src, 1);
    case RUN_HALF: {
        uint16_t h;
        get_bytes(&h, src, 2, big_endian);
        return Float_From(PackItem_FromHalf(h));
    }
    case RUN_FLOAT:
        return Float_From(get_float(src, big_endian));
    case RUN_DOUBLE:
        return Float_From(get_double(src, big_endian));
    case RUN_CFLOAT:
        return Complex_From(get_float(src, big_endian), get_float(src + 4, big_endian));
    case RUN_CDOUBLE:
        return Complex_From(get_double(src, big_endian), get_double(src + 8, big_endian));
    default:
        return unpack_string(r, src);
    }
}

Object *StructLayout_Unpack(const StructLayout *lay, const uint8_t *src) {
    Object *t = Tuple_New(lay->nvalues);
    if (!t) return NULL;
    Object **items = TUPLE_ITEMS(t);
    ssize_t n = 0;
    for (size_t i = 0; i < lay->nruns; i++) {
        const StructRun *r = &lay->runs[i];
        const uint8_t *p = src + r->offset;
        for (ssize_t k = 0; k < r->count; k++, p += r->size) {
            Object *v = unpack_value(r, p, lay->big_endian);
            if (!v) {
                DECREF(t); /* the slots not yet filled are NULL */
                return NULL;
            }
            items[n++] = v;
        }
    }
    return t;
}
