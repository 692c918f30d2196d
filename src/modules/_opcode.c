/* The _opcode and _opcode_metadata modules: what the opcode and dis modules
 * (lib/opcode.py, lib/dis.py) know about opcodes, read from the tables
 * tools/gen_opcodes.py generates from CPython 3.14 into src/opcodes.h.
 * _opcode_metadata is a Python module in CPython; here it is made from the
 * same tables, so the numbers exist in one place only. */
#include "code.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "opcodes.h"
#include "runtime/args.h"
#include "runtime/err.h"

static int kinds_of(int op) { return op >= 0 && op < OP_NUM_OPCODES ? Opcode_Kinds[op] : 0; }

/* One has_* function: converts its argument and tests one bit. */
static Object *opcode_has(Object *arg, int bit) {
    int op;
    if (Arg_AsCInt(arg, &op) < 0) return NULL;
    RETURN_BOOL(kinds_of(op) & bit);
}

#define OPCODE_PREDICATE(fname, bit)                                                                                   \
    static Object *opcode_##fname(Object *self, Object *const *args, size_t nargs, Object *kw) {                       \
        return opcode_has(args[0], bit);                                                                               \
    }
OPCODE_PREDICATE(is_valid, OPK_VALID)
OPCODE_PREDICATE(has_arg, OPK_ARG)
OPCODE_PREDICATE(has_const, OPK_CONST)
OPCODE_PREDICATE(has_name, OPK_NAME)
OPCODE_PREDICATE(has_jump, OPK_JUMP)
OPCODE_PREDICATE(has_free, OPK_FREE)
OPCODE_PREDICATE(has_local, OPK_LOCAL)
OPCODE_PREDICATE(has_exc, OPK_EXC)

/* A specialized form: valid, but with no stack effect of its own. */
static bool is_specialized(int op) {
    for (const OpNamed *s = Opcode_SpecializedMap; s->name; s++)
        if (s->op == op) return true;
    return false;
}

/* stack_effect(opcode, oparg=None, /, *, jump=None).  A real opcode's effect
 * does not depend on the jump; a pseudo opcode's does (None: the larger). */
static Object *opcode_stack_effect(Object *self, Object *const *args, size_t nargs, Object *kw) {
    int op, oparg = 0;
    if (Arg_AsCInt(args[0], &op) < 0) return NULL;
    if (args[1] && args[1] != OBJ_NONE && Arg_AsCInt(args[1], &oparg) < 0) return NULL;
    Object *jump = args[2] ? args[2] : OBJ_NONE;
    if (jump != OBJ_NONE && jump != OBJ_TRUE && jump != OBJ_FALSE) {
        Err_SetString(Exc_ValueError, "stack_effect: jump must be False, True or None");
        return NULL;
    }
    if (!(kinds_of(op) & OPK_VALID) || is_specialized(op)) goto invalid;
    if (op >= OP_MIN_PSEUDO) {
        const OpPseudoEffect *e = &Opcode_PseudoEffects[op - OP_MIN_PSEUDO];
        int effect = e->taken > e->plain ? e->taken : e->plain;
        if (jump != OBJ_NONE) effect = jump == OBJ_TRUE ? e->taken : e->plain;
        return Int_FromI64(effect);
    }
    long effect = Opcode_StackEffect(op, (unsigned)oparg);
    /* a negative oparg passes only where the oparg changes nothing */
    if (effect > INT32_MAX || effect < INT32_MIN || (oparg < 0 && effect != Opcode_StackEffect(op, 0))) goto invalid;
    return Int_FromI64(effect);
invalid:
    Err_SetString(Exc_ValueError, "invalid opcode or oparg");
    return NULL;
}

/* _stack_inputs(opcode, oparg, /): how many stack items a real opcode reads
 * (pops or looks at); the compiler's analysis of borrowed loads needs it
 * besides the net effect. */
static Object *opcode_stack_inputs(Object *self, Object *const *args, size_t nargs, Object *kw) {
    int op, oparg;
    if (Arg_AsCInt(args[0], &op) < 0 || Arg_AsCInt(args[1], &oparg) < 0) return NULL;
    if (!(kinds_of(op) & OPK_VALID) || op >= OP_MIN_PSEUDO || is_specialized(op) || oparg < 0) {
        Err_SetString(Exc_ValueError, "invalid opcode or oparg");
        return NULL;
    }
    return Int_FromI64(Opcode_StackInputs(op, (unsigned)oparg));
}

static Object *opcode_get_specialization_stats(Object *self, Object *const *args, size_t nargs, Object *kw) {
    RETURN_NONE;
}

/* cipy has no tier-2 executors: every offset of a code object has none. */
static Object *opcode_get_executor(Object *self, Object *const *args, size_t nargs, Object *kw) {
    if (IS_SMALL(args[0]) || TYPE(args[0]) != &Code_Type) {
        Err_Format(Exc_TypeError, "expected a code object, not '%s'", TYPE_NAME(args[0]));
        return NULL;
    }
    int offset;
    if (Arg_AsCInt(args[1], &offset) < 0) return NULL;
    Err_SetString(Exc_ValueError, "no executor at given byte offset");
    return NULL;
}

/* A list of str made from n C strings. */
static Object *str_list(const char *const *items, int n) {
    Object *list = List_New(0);
    for (int i = 0; list && i < n; i++) {
        Object *s = Str_FromUTF8(items[i], -1);
        if (!s || List_AppendSteal(list, s) < 0) CLEAR(list);
    }
    return list;
}

static Object *opcode_get_intrinsic1_descs(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return str_list(Op_Intrinsic1Names, OP_NUM_INTRINSIC1);
}
static Object *opcode_get_intrinsic2_descs(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return str_list(Op_Intrinsic2Names, OP_NUM_INTRINSIC2);
}
static Object *opcode_get_special_method_names(Object *self, Object *const *args, size_t nargs, Object *kw) {
    return str_list(Op_SpecialMethodNames, OP_NUM_SPECIAL_METHODS);
}

/* [(name, symbol), ...] indexed by BINARY_OP's oparg. */
static Object *opcode_get_nb_ops(Object *self, Object *const *args, size_t nargs, Object *kw) {
    Object *list = List_New(0);
    for (int i = 0; list && i < OP_NUM_BINARY_OPS; i++) {
        Object *name = Str_FromUTF8(Op_BinaryOpNames[i], -1), *sym = Str_FromUTF8(Op_BinaryOpSymbols[i], -1);
        Object *pair = name && sym ? Tuple_Pack(2, name, sym) : NULL;
        XDECREF(name);
        XDECREF(sym);
        if (!pair || List_AppendSteal(list, pair) < 0) CLEAR(list);
    }
    return list;
}

#define OPCODE_ARGS "($module, /, opcode)"
static const MethodDef opcode_functions[] = {
    {"stack_effect", opcode_stack_effect, 0,
     ARGS("($module, opcode, oparg=None, /, *, jump=None)", "Compute the stack effect of the opcode.")},
    {"_stack_inputs", opcode_stack_inputs, 0,
     ARGS("($module, opcode, oparg, /)", "How many stack items the opcode reads.")},
    {"is_valid", opcode_is_valid, 0, ARGS(OPCODE_ARGS, "Return True if opcode is valid, False otherwise.")},
    {"has_arg", opcode_has_arg, 0, ARGS(OPCODE_ARGS, "Return True if the opcode uses its oparg, False otherwise.")},
    {"has_const", opcode_has_const, 0,
     ARGS(OPCODE_ARGS, "Return True if the opcode accesses a constant, False otherwise.")},
    {"has_name", opcode_has_name, 0,
     ARGS(OPCODE_ARGS, "Return True if the opcode accesses an attribute by name, False otherwise.")},
    {"has_jump", opcode_has_jump, 0,
     ARGS(OPCODE_ARGS, "Return True if the opcode has a jump target, False otherwise.")},
    {"has_free", opcode_has_free, 0,
     ARGS(OPCODE_ARGS, "Return True if the opcode accesses a free variable, False otherwise.\n\n"
                       "Note that 'free' in this context refers to names in the current scope\n"
                       "that are referenced by inner scopes or names in outer scopes that are\n"
                       "referenced from this scope. It does not include references to global\n"
                       "or builtin scopes.")},
    {"has_local", opcode_has_local, 0,
     ARGS(OPCODE_ARGS, "Return True if the opcode accesses a local variable, False otherwise.")},
    {"has_exc", opcode_has_exc, 0,
     ARGS(OPCODE_ARGS, "Return True if the opcode sets an exception handler, False otherwise.")},
    {"get_specialization_stats", opcode_get_specialization_stats, 0,
     ARGS("($module, /)", "Return the specialization stats")},
    {"get_intrinsic1_descs", opcode_get_intrinsic1_descs, 0,
     ARGS("($module, /)", "Return a list of names of the unary intrinsics.")},
    {"get_intrinsic2_descs", opcode_get_intrinsic2_descs, 0,
     ARGS("($module, /)", "Return a list of names of the binary intrinsics.")},
    {"get_special_method_names", opcode_get_special_method_names, 0,
     ARGS("($module, /)", "Return a list of special method names.")},
    {"get_nb_ops", opcode_get_nb_ops, 0,
     ARGS("($module, /)", "Return array of symbols of binary ops.\n\nIndexed by the BINARY_OP oparg value.")},
    {"get_executor", opcode_get_executor, 0,
     ARGS("($module, /, code, offset)", "Return the executor object at offset in code if exists, None otherwise.")},
    {NULL, NULL, 0, NULL},
};

int Opcode_Init(Object *module) {
    if (Module_AddObjectSteal(module, "__doc__", Str_FromUTF8("Opcode support module.", -1)) < 0 ||
        Module_AddObjectSteal(module, "ENABLE_SPECIALIZATION", Int_FromI64(1)) < 0 ||
        Module_AddObjectSteal(module, "ENABLE_SPECIALIZATION_FT", Int_FromI64(1)) < 0)
        return -1;
    return Module_AddFunctions(module, opcode_functions);
}

/* ---- _opcode_metadata ------------------------------------------------------ */

/* {name: number} from a table ending in a NULL name. */
static Object *named_dict(const OpNamed *table) {
    Object *d = Dict_New();
    for (const OpNamed *e = table; d && e->name; e++) {
        Object *num = Int_FromI64(e->op);
        if (!num || Dict_SetStr(d, e->name, num) < 0) CLEAR(d);
        XDECREF(num);
    }
    return d;
}

static const char *specialized_name(int op) {
    for (const OpNamed *s = Opcode_SpecializedMap; s->name; s++)
        if (s->op == op) return s->name;
    return "?";
}

/* {base name: [specialized names]} */
static Object *families_dict(void) {
    Object *d = Dict_New();
    for (const OpFamily *f = Opcode_Families; d && f->base >= 0; f++) {
        const char *names[64];
        int n = f->count < 64 ? f->count : 64;
        for (int i = 0; i < n; i++) names[i] = specialized_name(Opcode_FamilyForms[f->first + i]);
        Object *forms = str_list(names, n);
        if (!forms || Dict_SetStr(d, Opcode_Names[f->base], forms) < 0) CLEAR(d);
        XDECREF(forms);
    }
    return d;
}

/* {opname: {field: size in code units}}: opcode._cache_format, which
 * CPython writes out in opcode.py; here it is one more generated table. */
static Object *cache_format_dict(void) {
    Object *d = Dict_New(), *fields = NULL;
    int op = -1;
    for (const OpCacheField *f = Opcode_CacheFormat; d && f->op >= 0; f++) {
        if (f->op != op) {
            op = f->op;
            fields = Dict_New();
            if (!fields || Dict_SetStr(d, Opcode_Names[op], fields) < 0) CLEAR(d);
            XDECREF(fields); /* d holds it */
            if (!d) break;
        }
        Object *size = Int_FromI64(f->size);
        if (!size || Dict_SetStr(fields, f->name, size) < 0) CLEAR(d);
        XDECREF(size);
    }
    return d;
}

int OpcodeMetadata_Init(Object *module) {
    if (Module_AddObjectSteal(module, "_cache_format", cache_format_dict()) < 0) return -1;
    if (Module_AddObjectSteal(module, "_specializations", families_dict()) < 0 ||
        Module_AddObjectSteal(module, "_specialized_opmap", named_dict(Opcode_SpecializedMap)) < 0 ||
        Module_AddObjectSteal(module, "opmap", named_dict(Opcode_Map)) < 0 ||
        Module_AddObjectSteal(module, "HAVE_ARGUMENT", Int_FromI64(OP_HAVE_ARGUMENT)) < 0 ||
        Module_AddObjectSteal(module, "MIN_INSTRUMENTED_OPCODE", Int_FromI64(OP_MIN_INSTRUMENTED)) < 0)
        return -1;
    return 0;
}
