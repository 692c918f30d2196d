/* The _types module: the interpreter's own types under the names the types
 * module gives them.  Most have no builtins name, and some cannot be
 * reached from Python code at all (PyCapsule), so the types module takes
 * them from here rather than from sample objects. */
#include "class.h"
#include "code.h"
#include "modules/modules.h"
#include "objects/frameobj.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/module.h"
#include "objects/namespace.h"
#include "objects/str.h"
#include "objects/typing.h"
#include "runtime/err.h"
#include "slots.h"

/* CPython's capsule wraps a C pointer for extension modules.  cipy loads
 * no extension modules, so no capsule is ever made: the type exists for
 * isinstance checks and introspection only (no constructor, no subclass). */
static Type Capsule_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "PyCapsule",
    .basicsize = sizeof(Object),
    .doc = "Capsule objects let you wrap a C \"void *\" pointer in a Python\n"
           "object.  They're a way of passing data through the Python interpreter\n"
           "without creating your own custom type.\n\n"
           "Capsules are used for communication between extension modules.\n"
           "They provide a way for an extension module to export a C interface\n"
           "to other extension modules, so that extension modules can use the\n"
           "Python import mechanism to link to one another.\n",
};

Type *const Types_Types[] = {&Capsule_Type, NULL};

typedef struct TypeName {
    const char *name;
    Type *type;
} TypeName;

/* In the order of CPython's _types module (alphabetical). */
static const TypeName exposed[] = {
    {"AsyncGeneratorType", &AsyncGen_Type},
    {"BuiltinFunctionType", &BuiltinFunction_Type},
    {"BuiltinMethodType", &BuiltinFunction_Type},
    {"CapsuleType", &Capsule_Type},
    {"CellType", &Cell_Type},
    {"ClassMethodDescriptorType", &ClassMethodDescr_Type},
    {"CodeType", &Code_Type},
    {"CoroutineType", &Coro_Type},
    {"EllipsisType", &EllipsisType_Type},
    {"FrameType", &Frame_Type},
    {"FunctionType", &Function_Type},
    {"GeneratorType", &Gen_Type},
    {"GenericAlias", &GenericAlias_Type},
    {"GetSetDescriptorType", &GetSetDescr_Type},
    {"LambdaType", &Function_Type},
    {"MappingProxyType", &MappingProxy_Type},
    {"MemberDescriptorType", &MemberDescr_Type},
    {"MethodDescriptorType", &MethodDescr_Type},
    {"MethodType", &Method_Type},
    {"MethodWrapperType", &MethodWrapper_Type},
    {"ModuleType", &Module_Type},
    {"NoneType", &NoneType_Type},
    {"NotImplementedType", &NotImplType_Type},
    {"SimpleNamespace", &Namespace_Type},
    {"TracebackType", &Traceback_Type},
    {"UnionType", &Union_Type},
    {"WrapperDescriptorType", &SlotWrapper_Type},
};

/* types.coroutine() turns a generator function into an iterable coroutine
 * in place.  CPython gives the function a copy of its code with
 * CO_ITERABLE_COROUTINE set; here a function's code cannot be replaced (its
 * running frames borrow it), so the flag is set on the code object itself.
 * It changes only whether the generators it makes may be awaited. */
static Object *types_mark_iterable_coroutine(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *fn = args[0];
    if (TYPE(fn) != &Function_Type || !(((Function *)fn)->code->flags & CO_GENERATOR)) {
        Err_SetString(Exc_TypeError, "a generator function is required");
        return NULL;
    }
    ((Function *)fn)->code->flags |= CO_ITERABLE_COROUTINE;
    RETURN_NONE;
}

static const MethodDef types_functions[] = {
    {"_mark_iterable_coroutine", types_mark_iterable_coroutine, 0,
     ARGS("($module, function, /)", "Let the generators of a generator function be awaited.")},
    {NULL, NULL, 0, NULL},
};

int Types_Init(Object *module) {
    if (Module_AddFunctions(module, types_functions) < 0) return -1;
    for (size_t i = 0; i < sizeof exposed / sizeof *exposed; i++)
        if (Module_AddObject(module, exposed[i].name, (Object *)exposed[i].type) < 0) return -1;
    return Module_AddObjectSteal(module, "__doc__", Str_FromUTF8("Define names for built-in types.", -1));
}
