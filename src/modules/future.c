/* The __future__ module: the record of language features, so that
 * `from __future__ import annotations` (and the others) work. */
#include "../abstract.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../runtime/err.h"
#include "modules.h"

typedef struct Feature {
    Object ob;
    Object *optional, *mandatory; /* release tuples; mandatory may be None */
    long flag;
} Feature;

static void feature_dealloc(Object *o) {
    Feature *f = (Feature *)o;
    CLEAR(f->optional);
    CLEAR(f->mandatory);
    Obj_Free(o);
}

static Object *feature_repr(Object *o) {
    Feature *f = (Feature *)o;
    return Str_FromFormat("_Feature(%R, %R, %ld)", f->optional, f->mandatory, f->flag);
}

static Object *feature_get_optional(Object *o) { return NEWREF(((Feature *)o)->optional); }
static Object *feature_get_mandatory(Object *o) { return NEWREF(((Feature *)o)->mandatory); }
static Object *feature_get_flag(Object *o) { return Int_FromI64(((Feature *)o)->flag); }
static Object *feature_optional_release(Object *self, Object *const *a, size_t n, Object *kw) {
    return feature_get_optional(self);
}
static Object *feature_mandatory_release(Object *self, Object *const *a, size_t n, Object *kw) {
    return feature_get_mandatory(self);
}

static const MethodDef feature_methods[] = {
    {"getOptionalRelease", feature_optional_release, 0, NULL},
    {"getMandatoryRelease", feature_mandatory_release, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef feature_getset[] = {
    {"optional", feature_get_optional, NULL, NULL},
    {"mandatory", feature_get_mandatory, NULL, NULL},
    {"compiler_flag", feature_get_flag, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Type Feature_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "_Feature", .basicsize = sizeof(Feature),
    .dealloc = feature_dealloc, .repr = feature_repr, .methods = feature_methods, .getset = feature_getset,
};

/* (name, optional release, mandatory release or none, compiler flag) */
static const struct {
    const char *name;
    int opt[5], man[5]; /* major, minor, micro, level (0 alpha, 1 beta, 2 final), serial; man[0] 0: None */
    long flag;
} features[] = {
    {"nested_scopes", {2, 1, 0, 1, 1}, {2, 2, 0, 0, 0}, 16},
    {"generators", {2, 2, 0, 0, 1}, {2, 3, 0, 2, 0}, 0},
    {"division", {2, 2, 0, 0, 2}, {3, 0, 0, 0, 0}, 131072},
    {"absolute_import", {2, 5, 0, 0, 1}, {3, 0, 0, 0, 0}, 262144},
    {"with_statement", {2, 5, 0, 0, 1}, {2, 6, 0, 0, 0}, 524288},
    {"print_function", {2, 6, 0, 0, 2}, {3, 0, 0, 0, 0}, 1048576},
    {"unicode_literals", {2, 6, 0, 0, 2}, {3, 0, 0, 0, 0}, 2097152},
    {"barry_as_FLUFL", {3, 1, 0, 0, 2}, {4, 0, 0, 0, 0}, 4194304},
    {"generator_stop", {3, 5, 0, 1, 1}, {3, 7, 0, 0, 0}, 8388608},
    {"annotations", {3, 7, 0, 1, 1}, {0, 0, 0, 0, 0}, 16777216},
};

static Object *release(const int r[5]) {
    static const char *const levels[] = {"alpha", "beta", "final"};
    if (r[0] == 0) return NEWREF(OBJ_NONE);
    return Tuple_Pack(5, SMALL_FROM(r[0]), SMALL_FROM(r[1]), SMALL_FROM(r[2]), Str_InternC(levels[r[3]]),
                      SMALL_FROM(r[4]));
}

Type *const Future_Types[] = {&Feature_Type, NULL};

/* _Feature is a class of the __future__ module, not a builtins type. */
int Future_Ready(void) {
    Feature_Type.module = Str_InternC("__future__");
    return 0;
}

int Future_Init(Object *module) {
    Object *names = List_New(0);
    if (!names) return -1;
    for (size_t i = 0; i < sizeof features / sizeof *features; i++) {
        Feature *f = (Feature *)Obj_Alloc(&Feature_Type, sizeof(Feature));
        if (!f) goto fail;
        f->optional = release(features[i].opt);
        f->mandatory = release(features[i].man);
        f->flag = features[i].flag;
        int r = (!f->optional || !f->mandatory) ? -1 : Module_AddObject(module, features[i].name, (Object *)f);
        DECREF((Object *)f);
        if (r < 0 || List_Append(names, Str_InternC(features[i].name)) < 0) goto fail;
    }
    if (Module_AddObject(module, "all_feature_names", names) < 0) goto fail;
    DECREF(names);
    return 0;
fail:
    DECREF(names);
    return -1;
}
