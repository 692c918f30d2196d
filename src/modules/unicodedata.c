/* The unicodedata module: the properties of the Unicode Character Database
 * (16.0), and ucd_3_2_0, a UCD object with the same methods over Unicode
 * 3.2 (what idna and stringprep need).  The module's functions and the UCD
 * methods are the same C functions: the first argument says which
 * database (the module: 16.0; a UCD object: its own). */
#include "modules/unicodedata.h"
#include "abstract.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/exc.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/err.h"
#include <stdio.h>

#define HANGUL_FIRST 0xAC00
#define HANGUL_LAST 0xD7A3

typedef struct UcdObject {
    Object ob;
    const UcdVersion *version;
    const char *unidata_version;
} UcdObject;

static Type Ucd_Type;

/* The database self (the module or a UCD object) stands for. */
static const UcdVersion *version_of(Object *self) {
    return TYPE(self) == &Ucd_Type ? ((UcdObject *)self)->version : &Ucd_Current;
}

/* The one character of argument o of fname (the function has several
 * parameters when several): 0, or -1 with CPython's TypeError. */
static int char_arg(const char *fname, bool several, Object *o, uint32_t *c) {
    const char *which = several ? " 1" : "";
    if (!Str_Check(o)) {
        Err_Format(Exc_TypeError, "%s() argument%s must be a unicode character, not %s", fname, which,
                   ARG_TYPE_NAME(o));
        return -1;
    }
    if (STR_LEN(o) != 1) {
        Err_Format(Exc_TypeError, "%s(): argument%s must be a unicode character, not a string of length %zd", fname,
                   which, STR_LEN(o));
        return -1;
    }
    *c = STR_CHAR(o, 0);
    return 0;
}

/* The record of the character argument, or NULL with the TypeError. */
static const UcdRecord *record_arg(Object *self, const char *fname, bool several, Object *o) {
    uint32_t c;
    if (char_arg(fname, several, o, &c) < 0) return NULL;
    return Ucd_Lookup(version_of(self), c);
}

/* The interned str of names[i], kept in slots[i] (property values are
 * few and asked often: no allocation per call). */
static Object *value_str(Object **slots, const char *const *names, unsigned i) {
    Object *s = __atomic_load_n(&slots[i], __ATOMIC_ACQUIRE);
    if (!s) s = Str_InternId(&slots[i], names[i]);
    return s ? NEWREF(s) : NULL;
}

static Object *ucd_category(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static Object *slots[32];
    const UcdRecord *r = record_arg(self, "category", false, args[0]);
    return r ? value_str(slots, Ucd_Categories, r->category) : NULL;
}

static Object *ucd_bidirectional(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static Object *slots[32];
    const UcdRecord *r = record_arg(self, "bidirectional", false, args[0]);
    return r ? value_str(slots, Ucd_Bidi, r->bidi) : NULL;
}

static Object *ucd_combining(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    const UcdRecord *r = record_arg(self, "combining", false, args[0]);
    return r ? Int_FromI64(r->combining) : NULL;
}

static Object *ucd_east_asian_width(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static Object *slots[8];
    const UcdRecord *r = record_arg(self, "east_asian_width", false, args[0]);
    return r ? value_str(slots, Ucd_Widths, r->width) : NULL;
}

static Object *ucd_mirrored(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    const UcdRecord *r = record_arg(self, "mirrored", false, args[0]);
    return r ? Int_FromI64(r->flags & UCD_MIRRORED ? 1 : 0) : NULL;
}

/* "<tag> XXXX XXXX": the tag, if any, and the code points in hex. */
static Object *ucd_decomposition(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    uint32_t c;
    if (char_arg("decomposition", false, args[0], &c) < 0) return NULL;
    const UcdVersion *v = version_of(self);
    char text[200];
    size_t len = 0;
    if (c >= HANGUL_FIRST && c <= HANGUL_LAST && Ucd_Lookup(v, c)->category != 0) {
        unsigned s = c - HANGUL_FIRST;
        len = (size_t)snprintf(text, sizeof text, "%04X %04X", 0x1100 + s / 588, 0x1161 + s % 588 / 28);
        if (s % 28) len += (size_t)snprintf(text + len, sizeof text - len, " %04X", 0x11A7 + s % 28);
    } else if (Ucd_Lookup(v, c)->flags & UCD_NFKD_NO) {
        const uint32_t *d = &Ucd_Decomp[Ucd_Decomposition(v, c)];
        len = (size_t)snprintf(text, sizeof text, "%s", Ucd_DecompTags[d[0] >> 8]);
        for (uint32_t i = 1; i <= (d[0] & 0xFF); i++)
            len += (size_t)snprintf(text + len, sizeof text - len, "%s%04X", len ? " " : "", (unsigned)d[i]);
    }
    return Str_FromUTF8(text, (ssize_t)len);
}

/* decimal(), digit() and numeric(): value, else default, else ValueError. */
static Object *value_or_default(Object *value, Object *const *args, size_t nargs, const char *error) {
    if (value) return value;
    if (nargs > 1) return NEWREF(args[1]);
    Err_SetString(Exc_ValueError, error);
    return NULL;
}

static Object *ucd_decimal(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    const UcdRecord *r = record_arg(self, "decimal", true, args[0]);
    if (!r) return NULL;
    Object *v = r->decimal ? Int_FromI64(r->decimal - 1) : NULL;
    return r->decimal && !v ? NULL : value_or_default(v, args, nargs, "not a decimal");
}

static Object *ucd_digit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    const UcdRecord *r = record_arg(self, "digit", true, args[0]);
    if (!r) return NULL;
    Object *v = r->digit ? Int_FromI64(r->digit - 1) : NULL;
    return r->digit && !v ? NULL : value_or_default(v, args, nargs, "not a digit");
}

static Object *ucd_numeric(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    const UcdRecord *r = record_arg(self, "numeric", true, args[0]);
    if (!r) return NULL;
    Object *v = r->numeric ? Float_From(Ucd_Numeric[r->numeric]) : NULL;
    return r->numeric && !v ? NULL : value_or_default(v, args, nargs, "not a numeric character");
}

static Object *ucd_name(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    uint32_t c;
    if (char_arg("name", true, args[0], &c) < 0) return NULL;
    char buf[UCD_NAME_MAX];
    /* a character unassigned in the database has no name there */
    if (Ucd_Lookup(version_of(self), c)->category != 0 && Ucd_Name(c, buf)) return Str_FromUTF8(buf, -1);
    return value_or_default(NULL, args, nargs, "no such name");
}

/* The name may be a str or read-only bytes (both read as UTF-8). */
static Object *ucd_lookup(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *o = args[0];
    const char *name;
    ssize_t len;
    if (Str_Check(o)) {
        if (!(name = Str_AsUTF8(o, &len))) return NULL;
    } else if (Bytes_Check(o)) {
        name = (const char *)BYTES_DATA(o);
        len = BYTES_LEN(o);
    } else if (Buffer_Check(o)) {
        Err_Format(Exc_TypeError, "lookup() argument must be read-only bytes-like object, not %s", TYPE_NAME(o));
        return NULL;
    } else {
        Err_Format(Exc_TypeError, "a bytes-like object is required, not '%s'", TYPE_NAME(o));
        return NULL;
    }
    return Ucd_LookupName(name, (size_t)len, TYPE(self) != &Ucd_Type);
}

static Object *ucd_normalize(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Ucd_Normalize(version_of(self), args[0], args[1]);
}

static Object *ucd_is_normalized(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Ucd_IsNormalized(version_of(self), args[0], args[1]);
}

static const MethodDef ucd_functions[] = {
    {"decimal", ucd_decimal, 0,
     ARGS("($self, chr, default=<unrepresentable>, /)",
          "Converts a Unicode character into its equivalent decimal value.\n\nReturns the decimal value assigned to "
          "the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\n"
          "ValueError is raised.")},
    {"digit", ucd_digit, 0,
     ARGS("($self, chr, default=<unrepresentable>, /)",
          "Converts a Unicode character into its equivalent digit value.\n\nReturns the digit value assigned to the "
          "character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\n"
          "ValueError is raised.")},
    {"numeric", ucd_numeric, 0,
     ARGS("($self, chr, default=<unrepresentable>, /)",
          "Converts a Unicode character into its equivalent numeric value.\n\nReturns the numeric value assigned to "
          "the character chr as float.\nIf no such value is defined, default is returned, or, if not given,\n"
          "ValueError is raised.")},
    {"category", ucd_category, 0,
     ARGS("($self, chr, /)", "Returns the general category assigned to the character chr as string.")},
    {"bidirectional", ucd_bidirectional, 0,
     ARGS("($self, chr, /)", "Returns the bidirectional class assigned to the character chr as string.\n\nIf no "
                             "such value is defined, an empty string is returned.")},
    {"combining", ucd_combining, 0,
     ARGS("($self, chr, /)", "Returns the canonical combining class assigned to the character chr as integer.\n\n"
                             "Returns 0 if no combining class is defined.")},
    {"mirrored", ucd_mirrored, 0,
     ARGS("($self, chr, /)", "Returns the mirrored property assigned to the character chr as integer.\n\nReturns 1 "
                             "if the character has been identified as a \"mirrored\"\ncharacter in bidirectional "
                             "text, 0 otherwise.")},
    {"east_asian_width", ucd_east_asian_width, 0,
     ARGS("($self, chr, /)", "Returns the east asian width assigned to the character chr as string.")},
    {"decomposition", ucd_decomposition, 0,
     ARGS("($self, chr, /)", "Returns the character decomposition mapping assigned to the character chr as "
                             "string.\n\nAn empty string is returned in case no such mapping is defined.")},
    {"is_normalized", ucd_is_normalized, 0,
     ARGS("($self, form, unistr, /)", "Return whether the Unicode string unistr is in the normal form 'form'.\n\n"
                                      "Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.")},
    {"normalize", ucd_normalize, 0,
     ARGS("($self, form, unistr, /)", "Return the normal form 'form' for the Unicode string unistr.\n\nValid "
                                      "values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.")},
    {"name", ucd_name, 0,
     ARGS("($self, chr, default=<unrepresentable>, /)",
          "Returns the name assigned to the character chr as a string.\n\nIf no name is defined, default is "
          "returned, or, if not given,\nValueError is raised.")},
    {"lookup", ucd_lookup, 0,
     ARGS("($self, name, /)", "Look up character by name.\n\nIf a character with the given name is found, return "
                              "the\ncorresponding character.  If not found, KeyError is raised.")},
    {NULL, NULL, 0, NULL},
};

static Object *ucd_get_version(Object *self) {
    return Str_FromUTF8(((UcdObject *)self)->unidata_version, -1);
}

static const GetSetDef ucd_getset[] = {
    {"unidata_version", ucd_get_version, GetSet_Readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

static Type Ucd_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "unicodedata.UCD",
    .basicsize = sizeof(UcdObject),
    .methods = ucd_functions,
    .getset = ucd_getset,
};

Type *const Unicodedata_Types[] = {&Ucd_Type, NULL};

static const char module_doc[] =
    "This module provides access to the Unicode Character Database which\ndefines character properties for all "
    "Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n16.0.0 which is "
    "publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by "
    "the\nUnicodeData File Format 16.0.0.";

int Unicodedata_Init(Object *module) {
    if (Module_AddFunctions(module, ucd_functions) < 0) return -1;
    if (Module_AddObjectSteal(module, "__doc__", Str_FromUTF8(module_doc, -1)) < 0) return -1;
    if (Module_AddObjectSteal(module, "unidata_version", Str_FromUTF8("16.0.0", -1)) < 0) return -1;
    if (Module_AddObject(module, "UCD", (Object *)&Ucd_Type) < 0) return -1;
    UcdObject *old = (UcdObject *)Obj_Alloc(&Ucd_Type, sizeof(UcdObject));
    if (!old) return -1;
    old->version = &Ucd_V32;
    old->unidata_version = "3.2.0";
    return Module_AddObjectSteal(module, "ucd_3_2_0", (Object *)old);
}
