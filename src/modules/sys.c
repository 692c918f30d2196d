/* The sys module: interpreter facts (version, limits, float/int/hash info),
 * argv/path/modules, the standard streams (their types are in streams.c)
 * and the exception being handled. */
#include "abstract.h"
#include "cipy.h"
#include "frame.h"
#include "modules/modules.h"
#include "modules/registry.h"
#include "modules/sys_hooks.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/float.h"
#include "objects/frameobj.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/namespace.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "opcodes.h"
#include "runtime/args.h"
#include "runtime/audit.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/interp.h"
#include "runtime/trace.h"
#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The CPython release cipy reports being (the oracle's). */
#define PY_MAJOR 3
#define PY_MINOR 14
#define PY_MICRO 10
#define PY_HEXVERSION ((PY_MAJOR << 24) | (PY_MINOR << 16) | (PY_MICRO << 8) | 0xF0)
#define STR2(x) #x
#define STR(x) STR2(x)
#ifdef __clang__
#define COMPILER "Clang " __clang_version__
#else
#define COMPILER "GCC " __VERSION__
#endif
#define VERSION_TEXT STR(PY_MAJOR) "." STR(PY_MINOR) "." STR(PY_MICRO) " (main, cipy " CIPY_VERSION ") [" COMPILER "]"

Object *Sys_GetObjectKey(Object *key) {
    if (!g_interp) return NULL;
    Object *sys = g_interp->sys_mod;
    if (!sys && g_interp->modules && Dict_Lookup(g_interp->modules, ID(sys), &sys) < 0) {
        Err_Clear();
        return NULL;
    }
    if (!sys || TYPE(sys) != &Module_Type || !MODULE_DICT(sys)) return NULL;
    Object *v = NULL;
    if (Dict_Lookup(MODULE_DICT(sys), key, &v) < 0) Err_Clear();
    return v;
}

Object *Sys_GetObject(const char *name) { return Sys_GetObjectKey(Str_InternC(name)); }

/* ---- struct sequences (sys.version_info, sys.float_info, ...) ---------------- */

static const StructSeqField version_info_fields[] = {
    {"major", "Major release number"},
    {"minor", "Minor release number"},
    {"micro", "Patch release number"},
    {"releaselevel", "'alpha', 'beta', 'candidate', or 'final'"},
    {"serial", "Serial release number"},
    {NULL, NULL},
};
static StructSeqType version_info_type = STRUCTSEQ_TYPE(
    "sys.version_info", "sys.version_info\n\nVersion information as a named tuple.", version_info_fields, 5, false);

static const StructSeqField float_info_fields[] = {
    {"max", "DBL_MAX -- maximum representable finite float"},
    {"max_exp", "DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable"},
    {"max_10_exp", "DBL_MAX_10_EXP -- maximum int e such that 10**e is representable"},
    {"min", "DBL_MIN -- Minimum positive normalized float"},
    {"min_exp", "DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float"},
    {"min_10_exp", "DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized float"},
    {"dig", "DBL_DIG -- maximum number of decimal digits that can be faithfully represented in a float"},
    {"mant_dig", "DBL_MANT_DIG -- mantissa digits"},
    {"epsilon", "DBL_EPSILON -- Difference between 1 and the next representable float"},
    {"radix", "FLT_RADIX -- radix of exponent"},
    {"rounds", "FLT_ROUNDS -- rounding mode used for arithmetic operations"},
    {NULL, NULL},
};
static StructSeqType float_info_type = STRUCTSEQ_TYPE(
    "sys.float_info",
    "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\n"
    "information about the precision and internal representation. Please study\n"
    "your system's :file:`float.h` for more information.",
    float_info_fields, 11, true);

static const StructSeqField int_info_fields[] = {
    {"bits_per_digit", "size of a digit in bits"},
    {"sizeof_digit", "size in bytes of the C type used to represent a digit"},
    {"default_max_str_digits", "maximum string conversion digits limitation"},
    {"str_digits_check_threshold", "minimum positive value for int_max_str_digits"},
    {NULL, NULL},
};
static StructSeqType int_info_type = STRUCTSEQ_TYPE(
    "sys.int_info",
    "sys.int_info\n\nA named tuple that holds information about Python's\n"
    "internal representation of integers.  The attributes are read only.",
    int_info_fields, 4, true);

static const StructSeqField hash_info_fields[] = {
    {"width", "width of the type used for hashing, in bits"},
    {"modulus", "prime number giving the modulus on which the hash function is based"},
    {"inf", "value to be used for hash of a positive infinity"},
    {"nan", "value to be used for hash of a nan"},
    {"imag", "multiplier used for the imaginary part of a complex number"},
    {"algorithm", "name of the algorithm for hashing of str, bytes and memoryviews"},
    {"hash_bits", "internal output size of hash algorithm"},
    {"seed_bits", "seed size of hash algorithm"},
    {"cutoff", "small string optimization cutoff"},
    {NULL, NULL},
};
static StructSeqType hash_info_type = STRUCTSEQ_TYPE(
    "sys.hash_info",
    "hash_info\n\nA named tuple providing parameters used for computing\n"
    "hashes. The attributes are read only.",
    hash_info_fields, 9, true);

/* The first 18 are the sequence; the others are attributes only. */
static const StructSeqField flags_fields[] = {
    {"debug", "-d"},
    {"inspect", "-i"},
    {"interactive", "-i"},
    {"optimize", "-O or -OO"},
    {"dont_write_bytecode", "-B"},
    {"no_user_site", "-s"},
    {"no_site", "-S"},
    {"ignore_environment", "-E"},
    {"verbose", "-v"},
    {"bytes_warning", "-b"},
    {"quiet", "-q"},
    {"hash_randomization", "-R"},
    {"isolated", "-I"},
    {"dev_mode", "-X dev"},
    {"utf8_mode", "-X utf8"},
    {"warn_default_encoding", "-X warn_default_encoding"},
    {"safe_path", "-P"},
    {"int_max_str_digits", "-X int_max_str_digits"},
    {"gil", "-X gil"},
    {"thread_inherit_context", "-X thread_inherit_context"},
    {"context_aware_warnings", "-X context_aware_warnings"},
    {NULL, NULL},
};
static StructSeqType flags_type = STRUCTSEQ_TYPE(
    "sys.flags", "sys.flags\n\nFlags provided through command line arguments or environment vars.", flags_fields,
    18, false);

enum { FLAGS_INT_MAX_STR_DIGITS = 17 };

static Object *make_version_info(void) {
    Object *items[] = {SMALL_FROM(PY_MAJOR), SMALL_FROM(PY_MINOR), SMALL_FROM(PY_MICRO), Str_FromUTF8("final", -1),
                       SMALL_FROM(0)};
    return StructSeq_New(&version_info_type, items);
}

static Object *make_float_info(void) {
    Object *items[] = {Float_From(DBL_MAX), SMALL_FROM(DBL_MAX_EXP), SMALL_FROM(DBL_MAX_10_EXP),
                       Float_From(DBL_MIN), SMALL_FROM(DBL_MIN_EXP), SMALL_FROM(DBL_MIN_10_EXP),
                       SMALL_FROM(DBL_DIG), SMALL_FROM(DBL_MANT_DIG), Float_From(DBL_EPSILON),
                       SMALL_FROM(FLT_RADIX), SMALL_FROM(1)};
    return StructSeq_New(&float_info_type, items);
}

static Object *make_int_info(void) {
    Object *items[] = {SMALL_FROM(30), SMALL_FROM(4), SMALL_FROM(4300), SMALL_FROM(640)};
    return StructSeq_New(&int_info_type, items);
}

static Object *make_hash_info(void) {
    Object *items[] = {SMALL_FROM(64), Int_FromI64(HASH_MODULUS), SMALL_FROM(HASH_INF), SMALL_FROM(0),
                       SMALL_FROM(HASH_IMAG), Str_FromUTF8("siphash13", -1), SMALL_FROM(64), SMALL_FROM(128),
                       SMALL_FROM(0)};
    return StructSeq_New(&hash_info_type, items);
}

static bool env_set(const char *name) {
    const char *v = getenv(name);
    return v && *v;
}

/* sys.flags for config, or for the defaults (with PYTHONDONTWRITEBYTECODE,
 * as an embedded CPython reads it) when config is NULL. */
static Object *make_flags(const cipy_config *config) {
    cipy_config defaults;
    if (!config) {
        cipy_config_init(&defaults);
        defaults.dont_write_bytecode = env_set("PYTHONDONTWRITEBYTECODE");
        config = &defaults;
    }
    const cipy_config *c = config;
    Object *items[] = {
        SMALL_FROM(0), /* debug */
        SMALL_FROM(c->inspect),
        SMALL_FROM(c->inspect), /* interactive */
        SMALL_FROM(c->optimize),
        SMALL_FROM(c->dont_write_bytecode),
        SMALL_FROM(c->no_user_site),
        SMALL_FROM(c->no_site),
        SMALL_FROM(c->ignore_environment),
        SMALL_FROM(c->verbose),
        SMALL_FROM(c->bytes_warning),
        SMALL_FROM(c->quiet),
        SMALL_FROM(Hash_Randomized()),
        SMALL_FROM(c->isolated),
        Bool_From(c->dev_mode),
        SMALL_FROM(c->utf8_mode),
        SMALL_FROM(c->warn_default_encoding),
        Bool_From(c->safe_path),
        SMALL_FROM(g_interp->int_max_str_digits),
        SMALL_FROM(1), /* gil: always enabled */
        SMALL_FROM(0), /* thread_inherit_context */
        SMALL_FROM(0), /* context_aware_warnings */
    };
    return StructSeq_New(&flags_type, items);
}

/* A list of str from C strings. */
static Object *str_list(const char *const *items, size_t n) {
    Object *l = List_New(0);
    for (size_t i = 0; l && i < n; i++)
        if (List_AppendSteal(l, Str_FromUTF8(items[i], -1)) < 0) CLEAR(l);
    return l;
}

/* sys._xoptions: "name=value" maps name to the value, "name" to True. */
static Object *make_xoptions(const char *const *options, size_t n) {
    Object *d = Dict_New();
    for (size_t i = 0; d && i < n; i++) {
        const char *eq = strchr(options[i], '=');
        Object *key = Str_FromUTF8(options[i], eq ? eq - options[i] : -1);
        Object *value = eq ? Str_FromUTF8(eq + 1, -1) : NEWREF(OBJ_TRUE);
        if (!key || !value || Dict_SetItem(d, key, value) < 0) CLEAR(d);
        XDECREF(key);
        XDECREF(value);
    }
    return d;
}

/* sys.executable as CPython computes it from the command's argv[0]: a name
 * with a '/' made absolute, else the first match along PATH.  NULL (no
 * error) when that finds nothing: the binary's own path stays. */
static Object *executable_from_argv0(const char *argv0) {
    char buf[PATH_MAX];
    if (strchr(argv0, '/')) {
        if (argv0[0] == '/') return Str_FromUTF8(argv0, -1);
        if (!getcwd(buf, sizeof buf)) return NULL;
        size_t n = strlen(buf);
        const char *p = argv0;
        while (p[0] == '.' && p[1] == '/') p += 2;
        return snprintf(buf + n, sizeof buf - n, "/%s", p) < (int)(sizeof buf - n) ? Str_FromUTF8(buf, -1) : NULL;
    }
    const char *path = getenv("PATH");
    while (path && *path) {
        const char *colon = strchr(path, ':');
        int len = colon ? (int)(colon - path) : (int)strlen(path);
        if (len > 0 && snprintf(buf, sizeof buf, "%.*s/%s", len, path, argv0) < (int)sizeof buf &&
            access(buf, X_OK) == 0)
            return Str_FromUTF8(buf, -1);
        path = colon ? colon + 1 : NULL;
    }
    return NULL;
}

int Sys_ApplyConfig(const cipy_config *c) {
    Object *sys = g_interp->sys_mod ? MODULE_DICT(g_interp->sys_mod) : NULL;
    if (!sys) return 0;
    if (c->int_max_str_digits >= 0) g_interp->int_max_str_digits = c->int_max_str_digits;
    g_interp->bytes_warning = c->bytes_warning;
    g_interp->out.unbuffered = g_interp->err.unbuffered = c->unbuffered != 0;
    /* -u: CPython's text layer writes through to the file, without line
     * buffering */
    bool u = c->unbuffered != 0;
    g_interp->out.write_through = g_interp->err.write_through = u;
    g_interp->out.line_buffered = !u && isatty(g_interp->out.fd) == 1;
    g_interp->err.line_buffered = !u;
    g_interp->tb_colors = c->colors;
    g_interp->ignore_environment = c->ignore_environment != 0;
    struct {
        const char *name;
        Object *value;
    } values[] = {
        {"flags", make_flags(c)},
        {"orig_argv", str_list(c->orig_argv, c->norig_argv)},
        {"warnoptions", str_list(c->warnoptions, c->nwarnoptions)},
        {"_xoptions", make_xoptions(c->xoptions, c->nxoptions)},
        {"dont_write_bytecode", NEWREF(Bool_From(c->dont_write_bytecode))},
    };
    int r = 0;
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        if (r == 0 && (!values[i].value || Dict_SetStr(sys, values[i].name, values[i].value) < 0)) r = -1;
        XDECREF(values[i].value);
    }
    Object *exe = r == 0 && c->norig_argv > 0 && c->orig_argv[0][0] ? executable_from_argv0(c->orig_argv[0]) : NULL;
    if (exe && Dict_SetStr(sys, "executable", exe) < 0) r = -1;
    XDECREF(exe);
    /* the streams again for -u; PYTHONIOENCODING and the locale's errors
     * can be set on those made already */
    if (r == 0 && c->unbuffered) r = Streams_Install(sys, c->stdio_encoding, c->stdio_errors);
    else if (r == 0 && (c->stdio_encoding || c->stdio_errors))
        r = Streams_SetEncoding(sys, c->stdio_encoding, c->stdio_errors);
    return r;
}

/* ---- sys.implementation: a SimpleNamespace ------------------------------------ */

static Object *make_implementation(void) {
    Object *d = Dict_New(), *v;
    if (!d) return NULL;
    if (!(v = Str_FromUTF8("cipy", -1)) || Dict_SetStr(d, "name", v) < 0) goto fail_v;
    DECREF(v);
    if (!(v = Str_FromUTF8("cpython-314", -1)) || Dict_SetStr(d, "cache_tag", v) < 0) goto fail_v;
    DECREF(v);
    if (!(v = make_version_info()) || Dict_SetStr(d, "version", v) < 0) goto fail_v;
    DECREF(v);
    if (Dict_SetStr(d, "hexversion", SMALL_FROM(PY_HEXVERSION)) < 0) goto fail;
    if (!(v = Str_FromUTF8("x86_64-linux-gnu", -1)) || Dict_SetStr(d, "_multiarch", v) < 0) goto fail_v;
    DECREF(v);
    Object *ns = Namespace_New(d);
    DECREF(d);
    return ns;
fail_v:
    XDECREF(v);
fail:
    DECREF(d);
    return NULL;
}

/* ---- functions ---------------------------------------------------------------- */

/* SystemExit(arg): a tuple argument becomes the exception's args, as
 * PyErr_SetObject does. */
static Object *sys_exit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *e;
    if (nargs == 0)
        e = Exc_New(Exc_SystemExit, NULL, 0);
    else if (Tuple_CheckExact(args[0]))
        e = Exc_New(Exc_SystemExit, TUPLE_ITEMS(args[0]), (size_t)TUPLE_LEN(args[0]));
    else
        e = Exc_New(Exc_SystemExit, args, 1);
    if (e) Err_SetRaised(e);
    return NULL;
}

static Object *sys_getrecursionlimit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromI64(g_interp->recursion_limit);
}

static Object *sys_setrecursionlimit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int n;
    if (Arg_AsCInt(args[0], &n) < 0) return NULL;
    if (n < 1) {
        Err_SetString(Exc_ValueError, "recursion limit must be greater or equal than 1");
        return NULL;
    }
    if (g_interp->recursion_depth >= n) {
        Err_Format(Exc_RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                   n, g_interp->recursion_depth);
        return NULL;
    }
    g_interp->recursion_limit = n;
    RETURN_NONE;
}

static Object *sys_get_int_max_str_digits(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromI64(g_interp->int_max_str_digits);
}

static Object *sys_set_int_max_str_digits(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a = args[0]; /* maxdigits */
    int n;
    if (Arg_AsCInt(a, &n) < 0) return NULL;
    if (n != 0 && n < 640) {
        Err_SetString(Exc_ValueError, "maxdigits must be >= 640 or 0 for unlimited");
        return NULL;
    }
    g_interp->int_max_str_digits = n;
    /* sys.flags.int_max_str_digits follows the setting, as in CPython. */
    Object *flags = Sys_GetObject("flags");
    if (flags && TYPE(flags) == &flags_type.type && TUPLE_LEN(flags) > FLAGS_INT_MAX_STR_DIGITS)
        SETREF(TUPLE_ITEMS(flags)[FLAGS_INT_MAX_STR_DIGITS], SMALL_FROM(n));
    RETURN_NONE;
}

/* The exception being handled, or NULL (borrowed). */
static Object *handled_exception(void) {
    for (size_t i = g_interp->exc_depth; i > 0; i--) {
        Object *e = g_interp->exc_stack[i - 1];
        if (e && e != OBJ_NONE) return e;
        /* An empty entry is a frame that handles nothing: CPython looks past
         * it to the callers' handlers. */
    }
    return NULL;
}

static Object *sys_exception(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *e = handled_exception();
    return NEWREF(e ? e : OBJ_NONE);
}

static Object *sys_exc_info(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *e = handled_exception();
    if (!e) return Tuple_Pack(3, OBJ_NONE, OBJ_NONE, OBJ_NONE);
    Object *tb = EXC_TRACEBACK(e);
    return Tuple_Pack(3, (Object *)TYPE(e), e, tb ? tb : OBJ_NONE);
}

static Object *sys_intern(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *s = args[0];
    if (!Str_Check(s)) {
        Err_Format(Exc_TypeError, "intern() argument must be str, not %s", TYPE_NAME(s));
        return NULL;
    }
    if (!Str_CheckExact(s)) {
        Err_Format(Exc_TypeError, "can't intern %s", TYPE_NAME(s));
        return NULL;
    }
    return NEWREF(Str_Intern(NEWREF(s)));
}

/* Smallest power-of-two dict table (>= 8) with room for n items. */
static ssize_t dict_table_size(ssize_t n) {
    ssize_t size = 8;
    while (size * 2 / 3 < n) size *= 2;
    return size;
}

/* Approximately CPython's sys.getsizeof (64-bit layout, GC header included). */
ssize_t Sys_SizeOf(Object *o) {
    if (IS_SMALL(o) || Int_Check(o)) {
        if (Bool_Check(o)) return 28;
        mpz_t z;
        mpz_init(z);
        Int_ToMpz(o, z);
        size_t bits = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 1;
        mpz_clear(z);
        return 24 + 4 * (ssize_t)((bits + 29) / 30);
    }
    Type *t = o->type;
    if (Str_Check(o)) {
        ssize_t n = STR_LEN(o);
        if (((Str *)o)->ascii) return 40 + n + 1;
        return 56 + STR_KIND(o) * (n + 1);
    }
    if (Bytes_Check(o)) return 33 + BYTES_LEN(o);
    if (Tuple_Check(o)) return 48 + 8 * TUPLE_LEN(o);
    if (List_Check(o)) return 56 + 8 * ((List *)o)->cap;
    if (Float_Check(o)) return 24;
    if (Type_IsSubtype(t, &Complex_Type)) return 32;
    if (Dict_Check(o)) {
        ssize_t n = Dict_Len(o);
        if (n == 0) return 64;
        bool str_keys = true;
        ssize_t pos = 0;
        Object *k, *v;
        while (str_keys && Dict_Next(o, &pos, &k, &v)) str_keys = Str_CheckExact(k);
        ssize_t size = dict_table_size(n), usable = size * 2 / 3;
        ssize_t index_bytes = size <= 128 ? 1 : size <= 0x8000 ? 2 : 4;
        return 64 + 32 + size * index_bytes + usable * (str_keys ? 16 : 24);
    }
    if (AnySet_Check(o)) {
        ssize_t n = Set_Len(o), size = 8;
        while (n * 5 >= size * 3) size *= 4;
        return 216 + (size > 8 ? size * 16 : 0);
    }
    if (Type_IsSubtype(t, &ByteArray_Type)) {
        ByteArray *b = (ByteArray *)o;
        return 56 + (b->cap ? b->cap + 1 : 0);
    }
    ssize_t base = t->basicsize;
    if (t->flags & TPFLAG_HEAPTYPE) base = 32;
    return base + ((t->flags & TPFLAG_GC) ? 16 : 0);
}

/* What CPython adds to __sizeof__(): the collector's header, and for a
 * class's instance the header holding its __dict__ and weak references. */
static ssize_t header_size(Type *t) {
    return ((t->flags & TPFLAG_GC) ? 16 : 0) + ((t->flags & TPFLAG_HEAPTYPE) ? 16 : 0);
}

ssize_t Sys_SizeOfSelf(Object *o) {
    return Sys_SizeOf(o) - (IS_SMALL(o) ? 0 : header_size(TYPE(o)));
}

/* getsizeof(object, default): a class's own __sizeof__ plus the headers;
 * the built-in types' sizes as estimated above. */
static Object *sys_getsizeof(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *o = args[0], *dflt = nargs > 1 ? args[1] : NULL;
    if (IS_SMALL(o) || !(TYPE(o)->flags & TPFLAG_HEAPTYPE)) return Int_FromI64(Sys_SizeOf(o));
    Object *r = Obj_CallMethod(o, ID(__sizeof__), NULL, 0);
    if (!r || !Int_Check(r)) {
        if (r || Err_Matches(Exc_TypeError)) {
            XDECREF(r);
            Err_Clear();
            if (dflt) return NEWREF(dflt);
            Err_SetString(Exc_TypeError, "an integer is required");
        }
        return NULL;
    }
    ssize_t n = Int_AsSsize(r);
    DECREF(r);
    if (n == -1 && Err_Occurred()) return NULL;
    if (n < 0) {
        Err_SetString(Exc_ValueError, "__sizeof__() should return >= 0");
        return NULL;
    }
    return Int_FromI64((int64_t)n + header_size(TYPE(o)));
}

static Object *sys_getdefaultencoding(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Str_FromUTF8("utf-8", -1);
}

static Object *sys_getfilesystemencoding(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Str_FromUTF8("utf-8", -1);
}

static Object *sys_getfilesystemencodeerrors(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Str_FromUTF8("surrogateescape", -1);
}

/* Whether the caller's frame, running CALL with one argument, pushed that
 * argument with LOAD_FAST_BORROW (read from co_code as compiled, not as
 * quickened). */
static bool arg_from_borrowing_load(void) {
    Frame *f = g_interp->frame;
    if (!f || f->lasti <= 0) return false;
    const uint8_t *code = (const uint8_t *)BYTES_DATA(f->code->code);
    ssize_t n = BYTES_LEN(f->code->code) / 2, prev = -1, i = 0;
    while (i < f->lasti && i < n) {
        prev = i;
        i += 1 + Opcode_Caches[code[2 * i]];
    }
    if (i != f->lasti || prev < 0 || code[2 * i] != OP_CALL || code[2 * i + 1] != 1) return false;
    uint8_t op = code[2 * prev];
    return op == OP_LOAD_FAST_BORROW || op == OP_LOAD_FAST_BORROW_LOAD_FAST_BORROW;
}

/* CPython reports the object's count as it is.  Its stack holds a reference
 * to the argument unless a local was loaded with LOAD_FAST_BORROW, which
 * takes none there; cipy's stack always holds one, not counted then. */
static Object *sys_getrefcount(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *o = args[0];
    /* immortal: the count CPython 3.14 gives its immortal objects (3 << 30) */
    if (IS_SMALL(o) || o->refcnt < 0) return Int_FromI64((int64_t)3 << 30);
    return Int_FromI64(o->refcnt - (arg_from_borrowing_load() ? 1 : 0));
}

static Object *sys_is_finalizing(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    RETURN_BOOL(false);
}

/* sys.settrace and sys.setprofile (runtime/trace.c). */
static Object *sys_settrace(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Trace_SetTrace(args[0]);
    RETURN_NONE;
}
static Object *sys_setprofile(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Trace_SetProfile(args[0]);
    RETURN_NONE;
}
static Object *sys_gettrace(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(g_interp->trace_func ? g_interp->trace_func : OBJ_NONE);
}
static Object *sys_getprofile(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(g_interp->profile_func ? g_interp->profile_func : OBJ_NONE);
}
static Object *sys_audit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "audit() argument 1 must be str, not %s", ARG_TYPE_NAME(args[0]));
        return NULL;
    }
    /* the name is checked even with no hooks to see it, as CPython does */
    const char *event = Str_AsCString(args[0]);
    if (!event) return NULL;
    if (Audit_EventArgs(event, nargs - 1, args + 1) < 0) return NULL;
    RETURN_NONE;
}
static Object *sys_addaudithook(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Audit_AddHook(args[0]) < 0) return NULL;
    RETURN_NONE;
}

/* _getframemodulename(depth=0): __name__ of the caller's globals `depth`
 * frames up (collections.namedtuple and enum use it), or None. */
static Object *sys_getframemodulename(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a = args[0]; /* depth */
    int depth = 0;
    if (a && Arg_AsCInt(a, &depth) < 0) return NULL;
    if (depth < 0) {
        Err_SetString(Exc_ValueError, "depth must be greater than or equal to 0");
        return NULL;
    }
    Frame *f = g_interp->frame;
    while (f && depth-- > 0) f = f->prev;
    Object *name = NULL;
    if (f && f->globals && Dict_Lookup(f->globals, ID(__name__), &name) < 0) return NULL;
    return NEWREF(name ? name : OBJ_NONE);
}

/* _getframe(depth=0): the frame object `depth` calls up from the caller. */
static Object *sys_getframe(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int depth = 0;
    if (nargs && Arg_AsCInt(args[0], &depth) < 0) return NULL;
    Frame *f = g_interp->frame;
    while (f && depth-- > 0) f = f->prev;
    if (!f) {
        Err_SetString(Exc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    Object *frame = FrameObj_Get(f);
    if (frame && Audit_EventArgs("sys._getframe", 1, &frame) < 0) CLEAR(frame);
    return frame;
}

static const MethodDef sys_functions[] = {
    {"_getframe", sys_getframe, 0, ARGS("($module, depth=0, /)", "Return a frame object from the call stack.")},
    {"_getframemodulename", sys_getframemodulename, 0,
     ARGS("($module, /, depth=0)", "Return the name of the module for a calling frame.")},
    {"exit", sys_exit, 0, ARGS("($module, status=None, /)", "Exit the interpreter by raising SystemExit(status).")},
    {"getrecursionlimit", sys_getrecursionlimit, 0,
     ARGS("($module, /)", "Return the current value of the recursion limit.")},
    {"setrecursionlimit", sys_setrecursionlimit, 0,
     ARGS("($module, limit, /)", "Set the maximum depth of the Python interpreter stack to n.")},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0,
     ARGS("($module, /)", "Return the maximum string digits limit for non-binary int<->str conversions.")},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0,
     ARGS("($module, /, maxdigits)", "Set the maximum string digits limit for non-binary int<->str conversions.")},
    {"exception", sys_exception, 0, ARGS("($module, /)", "Return the current exception.")},
    {"exc_info", sys_exc_info, 0,
     ARGS("($module, /)", "Return current exception information: (type, value, traceback).")},
    {"intern", sys_intern, 0, ARGS("($module, string, /)", "``Intern'' the given string.")},
    {"getsizeof", sys_getsizeof, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, object, default=<unrepresentable>)", "getsizeof(object [, default]) -> int")},
    {"getdefaultencoding", sys_getdefaultencoding, 0,
     ARGS("($module, /)", "Return the current default encoding used by the Unicode implementation.")},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0,
     ARGS("($module, /)", "Return the encoding used to convert Unicode filenames to OS filenames.")},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0,
     ARGS("($module, /)", "Return the error mode used Unicode to OS filename conversion.")},
    {"getrefcount", sys_getrefcount, 0, ARGS("($module, object, /)", "Return the reference count of object.")},
    {"is_finalizing", sys_is_finalizing, 0, ARGS("($module, /)", "Return True if Python is exiting.")},
    {"settrace", sys_settrace, 0, ARGS("($module, function, /)", "Set the global debug tracing function.")},
    {"setprofile", sys_setprofile, 0, ARGS("($module, function, /)", "Set the profiling function.")},
    {"gettrace", sys_gettrace, 0,
     ARGS("($module, /)", "Return the global debug tracing function set with sys.settrace.")},
    {"getprofile", sys_getprofile, 0, ARGS("($module, /)", "Return the profiling function set with sys.setprofile.")},
    {"audit", sys_audit, 0,
     ARGS("($module, event, /, *args)", "Passes the event to any audit hooks that are attached.")},
    {"addaudithook", sys_addaudithook, 0, ARGS("($module, /, hook)", "Adds a new audit hook callback.")},
    {NULL, NULL, 0, NULL},
};

/* ---- module init ---------------------------------------------------------------- */

static Object *make_path(void) {
    Object *l = List_New(0);
    if (!l || !g_interp) return l;
    for (size_t i = 0; i < g_interp->nsearch_path; i++) {
        if (List_AppendSteal(l, Str_FromUTF8(g_interp->search_path[i], -1)) < 0) {
            DECREF(l);
            return NULL;
        }
    }
    return l;
}

int Sys_SetPath(void) {
    Object *path = Sys_GetObject("path");
    if (!path || !List_Check(path)) return 0;
    Object *fresh = make_path();
    if (!fresh) return -1;
    /* Replace the contents, keeping the list object scripts may hold. */
    Object *all = Slice_New(NULL, NULL, NULL);
    int r = all ? Obj_SetItem(path, all, fresh) : -1;
    XDECREF(all);
    DECREF(fresh);
    return r;
}

static Object *make_executable(void) {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0) n = 0;
    return Str_FromUTF8(buf, n);
}

/* The registry's modules made by C alone, sorted as CPython lists them. */
static Object *make_builtin_module_names(void) {
    Object *l = List_New(0);
    if (!l) return NULL;
    REGISTRY_EACH(d) {
        if (!d->name || !Registry_IsBuiltin(d)) continue;
        Object *name = Str_InternC(d->name);
        if (!name || List_Append(l, name) < 0) {
            DECREF(l);
            return NULL;
        }
    }
    Object *r = List_Sort(l, NULL, false) < 0 ? NULL : List_AsTuple(l);
    DECREF(l);
    return r;
}

/* sys.builtin_module_names and sys.stdlib_module_names: immutable, so made
 * once at start-up (Sys_Ready) and shared by every interpreter. */
static Object *builtin_module_names, *stdlib_module_names;

static Object *make_stdlib_module_names(void) {
    ssize_t n = 0;
    while (Stdlib_ModuleNames[n]) n++;
    Object *t = Tuple_New(n);
    if (!t) return NULL;
    for (ssize_t i = 0; i < n; i++) {
        Object *s = Str_FromUTF8(Stdlib_ModuleNames[i], -1); /* immortal: made at start-up */
        TUPLE_ITEMS(t)[i] = NEWREF(s ? s : OBJ_NONE);
        if (!s) {
            for (ssize_t j = i + 1; j < n; j++) TUPLE_ITEMS(t)[j] = NEWREF(OBJ_NONE);
            DECREF(t);
            return NULL;
        }
    }
    Object *r = FrozenSet_New(t);
    DECREF(t);
    return r;
}

int Sys_Ready(void) {
    StructSeqType *const seqs[] = {&version_info_type, &float_info_type, &int_info_type, &hash_info_type, &flags_type};
    for (size_t i = 0; i < sizeof seqs / sizeof *seqs; i++)
        if (StructSeq_Ready(seqs[i]) < 0) return -1;
    if (SysHooks_Ready() < 0) return -1;
    builtin_module_names = make_builtin_module_names();
    stdlib_module_names = make_stdlib_module_names();
    /* a frozenset caches its hash: computed now, before it is shared */
    return builtin_module_names && stdlib_module_names && Obj_Hash(stdlib_module_names) != -1 ? 0 : -1;
}

static const char sys_doc[] =
    "This module provides access to some objects used or maintained by the\n"
    "interpreter and to functions that interact strongly with the interpreter.";

Type *const Sys_Types[] = {
    &Namespace_Type, &version_info_type.type, &float_info_type.type,
    &int_info_type.type, &hash_info_type.type, &flags_type.type, &SysHooks_UnraisableType.type,
    &SysHooks_ThreadInfoType.type, &SysHooks_AsyncGenHooksType.type, NULL,
};

int Sys_Init(Object *m) {
    if (Module_AddFunctions(m, sys_functions) < 0 || SysHooks_Init(m) < 0) return -1;
    Object *argv = g_interp && g_interp->argv ? NEWREF(g_interp->argv) : List_New(0);
    if (argv && LIST_LEN(argv) == 0 && List_AppendSteal(argv, Str_FromUTF8("", 0)) < 0) CLEAR(argv);
    if (Module_AddObjectSteal(m, "argv", argv) < 0) return -1;
    if (Module_AddObjectSteal(m, "__doc__", Str_FromUTF8(sys_doc, -1)) < 0 ||
        Module_AddObjectSteal(m, "version", Str_FromUTF8(VERSION_TEXT, -1)) < 0 ||
        Module_AddObjectSteal(m, "version_info", make_version_info()) < 0 ||
        Module_AddObjectSteal(m, "hexversion", Int_FromI64(PY_HEXVERSION)) < 0 ||
        Module_AddObjectSteal(m, "api_version", Int_FromI64(1013)) < 0 ||
        Module_AddObjectSteal(m, "implementation", make_implementation()) < 0 ||
        Module_AddObjectSteal(m, "platform", Str_FromUTF8("linux", -1)) < 0 ||
        Module_AddObjectSteal(m, "byteorder", Str_FromUTF8("little", -1)) < 0 ||
        Module_AddObjectSteal(m, "maxsize", Int_FromI64(INT64_MAX)) < 0 ||
        Module_AddObjectSteal(m, "maxunicode", Int_FromI64(0x10FFFF)) < 0 ||
        Module_AddObjectSteal(m, "float_info", make_float_info()) < 0 ||
        Module_AddObjectSteal(m, "int_info", make_int_info()) < 0 ||
        Module_AddObjectSteal(m, "hash_info", make_hash_info()) < 0 ||
        Module_AddObjectSteal(m, "flags", make_flags(NULL)) < 0 ||
        Module_AddObjectSteal(m, "orig_argv", List_New(0)) < 0 ||
        Module_AddObjectSteal(m, "float_repr_style", Str_FromUTF8("short", -1)) < 0 ||
        Module_AddObjectSteal(m, "abiflags", Str_FromUTF8("", 0)) < 0 ||
        Module_AddObjectSteal(m, "platlibdir", Str_FromUTF8("lib", -1)) < 0 ||
        Module_AddObjectSteal(m, "executable", make_executable()) < 0 ||
        Module_AddObjectSteal(m, "path", make_path()) < 0 ||
        Module_AddObject(m, "builtin_module_names", builtin_module_names) < 0 ||
        Module_AddObject(m, "stdlib_module_names", stdlib_module_names) < 0 ||
        Module_AddObjectSteal(m, "warnoptions", List_New(0)) < 0 ||
        Module_AddObjectSteal(m, "_xoptions", Dict_New()) < 0 ||
        Module_AddObjectSteal(m, "meta_path", List_New(0)) < 0 ||
        Module_AddObjectSteal(m, "path_hooks", List_New(0)) < 0 ||
        Module_AddObjectSteal(m, "path_importer_cache", Dict_New()) < 0)
        return -1;
    const char *prefixes[] = {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"};
    for (size_t i = 0; i < 4; i++)
        if (Module_AddObjectSteal(m, prefixes[i], Str_FromUTF8("/usr/local", -1)) < 0) return -1;
    if (Module_AddObject(m, "dont_write_bytecode", Bool_From(env_set("PYTHONDONTWRITEBYTECODE"))) < 0 ||
        Module_AddObject(m, "pycache_prefix", OBJ_NONE) < 0)
        return -1;
    if (g_interp && g_interp->modules && Module_AddObject(m, "modules", g_interp->modules) < 0) return -1;
    if (Streams_Install(MODULE_DICT(m), NULL, NULL) < 0) return -1;
    return 0;
}
