/* The _string module: the parser of str.format's replacement fields, for
 * string.Formatter (lib/string/__init__.py).  Both functions return lazy
 * iterators, so an error shows where the walk reaches it, as in CPython. */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"

/* An iterator over the pieces of a format string, or over the .attr/[key]
 * parts of a field name: both walk a str (owned) from pos. */
typedef struct FormatWalk {
    Object ob;
    Object *str;
    ssize_t pos;
} FormatWalk;

static void walk_dealloc(Object *o) {
    XDECREF(((FormatWalk *)o)->str);
    Obj_Free(o);
}

static Object *walk_new(Type *t, Object *str, ssize_t pos) {
    FormatWalk *w = (FormatWalk *)Obj_Alloc(t, sizeof(FormatWalk));
    if (!w) return NULL;
    w->str = NEWREF(str);
    w->pos = pos;
    return (Object *)w;
}

/* The one str argument of fname ("expected str, got int" otherwise). */
static Object *str_arg(const char *fname, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "expected str, got %s", TYPE_NAME(args[0]));
        return NULL;
    }
    return args[0];
}

/* (literal_text, field_name, format_spec, conversion); the last three None
 * for a piece of literal text only. */
static Object *formatter_next(Object *o) {
    FormatWalk *w = (FormatWalk *)o;
    FormatPiece p;
    int r = Format_NextPiece(w->str, &w->pos, STR_LEN(w->str), &p);
    if (r <= 0) return NULL;
    Object *lit = Str_Substring(w->str, p.lit_start, p.lit_end);
    if (!p.has_field) {
        Object *t = lit ? Tuple_Pack(4, lit, OBJ_NONE, OBJ_NONE, OBJ_NONE) : NULL;
        XDECREF(lit);
        return t;
    }
    Object *name = Str_Substring(w->str, p.name_start, p.name_end);
    Object *spec = Str_Substring(w->str, p.spec_start, p.spec_end);
    Object *conv = p.conv ? Str_FromChar(p.conv) : NEWREF(OBJ_NONE);
    Object *t = lit && name && spec && conv ? Tuple_Pack(4, lit, name, spec, conv) : NULL;
    XDECREF(lit);
    XDECREF(name);
    XDECREF(spec);
    XDECREF(conv);
    return t;
}

/* (is_attribute, key) for each part of a field name after the first. */
static Object *fieldname_next(Object *o) {
    FormatWalk *w = (FormatWalk *)o;
    bool is_attr;
    Object *key;
    if (Format_FieldNext(w->str, &w->pos, STR_LEN(w->str), &is_attr, &key) <= 0) return NULL;
    Object *t = Tuple_Pack(2, Bool_From(is_attr), key);
    DECREF(key);
    return t;
}

static Type FormatterIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "formatteriterator",
    .basicsize = sizeof(FormatWalk),
    .dealloc = walk_dealloc,
    .iter = Iter_Self,
    .iternext = formatter_next,
};

static Type FieldNameIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "fieldnameiterator",
    .basicsize = sizeof(FormatWalk),
    .dealloc = walk_dealloc,
    .iter = Iter_Self,
    .iternext = fieldname_next,
};

Type *const String_Types[] = {&FormatterIter_Type, &FieldNameIter_Type, NULL};

static Object *formatter_parser(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *s = str_arg("_string.formatter_parser", args, nargs, kwnames);
    return s ? walk_new(&FormatterIter_Type, s, 0) : NULL;
}

/* (first, iterator over the rest): first is an int for decimal digits. */
static Object *formatter_field_name_split(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *s = str_arg("_string.formatter_field_name_split", args, nargs, kwnames);
    if (!s) return NULL;
    Object *first = Format_FieldFirst(s, 0, STR_LEN(s));
    if (!first) return NULL;
    Object *rest = walk_new(&FieldNameIter_Type, s, Format_FieldFirstEnd(s, 0, STR_LEN(s)));
    Object *t = rest ? Tuple_Pack(2, first, rest) : NULL;
    DECREF(first);
    XDECREF(rest);
    return t;
}

static const MethodDef string_functions[] = {
    {"formatter_field_name_split", formatter_field_name_split, 0,
     ARGS("($self, object, /)", "split the argument as a field name")},
    {"formatter_parser", formatter_parser, 0, ARGS("($self, object, /)", "parse the argument as a format string")},
    {NULL, NULL, 0, NULL},
};

int String_Init(Object *module) {
    if (Module_AddFunctions(module, string_functions) < 0) return -1;
    return Module_AddObjectSteal(module, "__doc__", Str_FromUTF8("string helper module", -1));
}
