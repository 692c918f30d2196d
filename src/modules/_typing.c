/* _typing: the C objects of typing (type parameters, type aliases, Generic,
 * unions), which lib/typing.py re-exports. */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/module.h"
#include "objects/typing.h"
#include "runtime/args.h"

/* _idfunc(x) returns x: NewType instances are their argument */
static Object *typing_idfunc(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(args[0]);
}

static const MethodDef typing_functions[] = {
    {"_idfunc", typing_idfunc, 0, ARGS("($module, x, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

int TypingModule_Init(Object *module) {
    const struct { const char *name; Object *value; } exposed[] = {
        {"Generic", (Object *)&Generic_Type},
        {"NoDefault", &NoDefault_Obj},
        {"ParamSpec", (Object *)&ParamSpec_Type},
        {"ParamSpecArgs", (Object *)&ParamSpecArgs_Type},
        {"ParamSpecKwargs", (Object *)&ParamSpecKwargs_Type},
        {"TypeAliasType", (Object *)&TypeAlias_Type},
        {"TypeVar", (Object *)&TypeVar_Type},
        {"TypeVarTuple", (Object *)&TypeVarTuple_Type},
        {"Union", (Object *)&Union_Type},
    };
    if (Module_AddFunctions(module, typing_functions) < 0) return -1;
    for (size_t i = 0; i < sizeof exposed / sizeof *exposed; i++)
        if (Module_AddObject(module, exposed[i].name, exposed[i].value) < 0) return -1;
    return Module_AddObjectSteal(module, "__doc__", Str_FromUTF8("Primitives and accelerators for the typing module.\n", -1));
}
