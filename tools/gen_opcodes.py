#!/usr/bin/env python3
"""Generates src/opcodes.h from the running CPython 3.14's own bytecode metadata.

    tools/python3.14 tools/gen_opcodes.py > src/opcodes.h
    tools/python3.14 tools/gen_opcodes.py src/opcodes.h         (writes the file)
    tools/python3.14 tools/gen_opcodes.py --check src/opcodes.h (exit 1 if stale)

Every number and name comes from the opcode / dis / _opcode modules: opcode
numbers, inline cache sizes, argument kinds, stack effects, and the texts dis
prints for arguments (asked from dis itself on synthesized code objects).
"""
import _opcode
import dis
import opcode
import sys

if sys.version_info[:2] != (3, 14):
    sys.exit("gen_opcodes.py: needs CPython 3.14 (run it with tools/python3.14)")

OPMAP = opcode.opmap
CACHES = opcode._inline_cache_entries
HASARG = set(dis.hasarg)
BACKWARD = {"JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "END_ASYNC_FOR"}
# Opcode numbers that only exist at run time (never in a .pyc).
RUNTIME_ONLY = {op for name, op in OPMAP.items()
                if op < 256 and (name.startswith("INSTRUMENTED_") or op >= opcode.MIN_INSTRUMENTED_OPCODE
                                 or name == "ENTER_EXECUTOR")}

# Opcodes CPython's compiler never writes: a placeholder, inline cache units,
# and the instructions of the interpreter's own trampolines.
NEVER_WRITTEN = {"CACHE", "RESERVED", "INTERPRETER_EXIT", "EXIT_INIT_CHECK"}
NOT_IN_PYC = RUNTIME_ONLY | {OPMAP[name] for name in NEVER_WRITTEN}

REAL = sorted((op, name) for name, op in OPMAP.items() if op < 256)
IN_PYC = sorted(name for op, name in REAL if op not in NOT_IN_PYC)

# How many items each instruction reads from the value stack (pops or peeks
# at) in cipy's eval loop, as an expression of its oparg `arg`.  CPython's
# metadata gives only net effects, so this table is the one opcode fact kept
# by hand; the verifier requires that many items before each instruction.
# (YIELD_VALUE 1 is a delegation's: the generator reads its receiver below.)
STACK_INPUTS = {
    "0": """NOP NOT_TAKEN RESUME EXTENDED_ARG LOAD_CONST LOAD_SMALL_INT LOAD_FAST
        LOAD_FAST_BORROW LOAD_FAST_CHECK LOAD_FAST_AND_CLEAR LOAD_FAST_LOAD_FAST
        LOAD_FAST_BORROW_LOAD_FAST_BORROW LOAD_GLOBAL LOAD_NAME LOAD_LOCALS LOAD_DEREF
        LOAD_COMMON_CONSTANT LOAD_BUILD_CLASS DELETE_FAST DELETE_GLOBAL DELETE_NAME
        DELETE_DEREF MAKE_CELL COPY_FREE_VARS PUSH_NULL SETUP_ANNOTATIONS RETURN_GENERATOR
        JUMP_FORWARD JUMP_BACKWARD JUMP_BACKWARD_NO_INTERRUPT""",
    "1": """STORE_FAST STORE_FAST_LOAD_FAST STORE_GLOBAL STORE_NAME STORE_DEREF
        LOAD_FROM_DICT_OR_DEREF LOAD_FROM_DICT_OR_GLOBALS LOAD_ATTR DELETE_ATTR POP_TOP
        END_FOR POP_ITER UNARY_NEGATIVE UNARY_INVERT UNARY_NOT TO_BOOL POP_JUMP_IF_FALSE
        POP_JUMP_IF_TRUE POP_JUMP_IF_NONE POP_JUMP_IF_NOT_NONE GET_ITER GET_LEN FOR_ITER
        LIST_APPEND SET_ADD LIST_EXTEND SET_UPDATE DICT_UPDATE DICT_MERGE UNPACK_SEQUENCE
        UNPACK_EX CONVERT_VALUE FORMAT_SIMPLE MAKE_FUNCTION CALL_INTRINSIC_1 RETURN_VALUE
        IMPORT_FROM RERAISE PUSH_EXC_INFO POP_EXCEPT LOAD_SPECIAL GET_YIELD_FROM_ITER
        GET_AWAITABLE GET_AITER GET_ANEXT MATCH_MAPPING MATCH_SEQUENCE""",
    "2": """STORE_FAST_STORE_FAST BINARY_OP DELETE_SUBSCR COMPARE_OP IS_OP CONTAINS_OP
        STORE_ATTR FORMAT_WITH_SPEC SET_FUNCTION_ATTRIBUTE CALL_INTRINSIC_2 CHECK_EG_MATCH
        CHECK_EXC_MATCH IMPORT_NAME SEND END_SEND END_ASYNC_FOR BUILD_TEMPLATE MATCH_KEYS
        MAP_ADD""",
    "3": "BINARY_SLICE STORE_SUBSCR CLEANUP_THROW LOAD_SUPER_ATTR MATCH_CLASS",
    "4": "STORE_SLICE CALL_FUNCTION_EX",
    "5": "WITH_EXCEPT_START",
    "1 + (arg & 1)": "YIELD_VALUE",
    "2 + (arg & 1)": "BUILD_INTERPOLATION",
    "arg": "BUILD_TUPLE BUILD_LIST BUILD_SET BUILD_STRING BUILD_SLICE RAISE_VARARGS COPY SWAP",
    "2 * arg": "BUILD_MAP",
    "arg + 2": "CALL",
    "arg + 3": "CALL_KW",
}
PSEUDO = sorted((op, name) for name, op in OPMAP.items() if op >= 256)


def flags_of(op, name):
    f = ["OPF_DEFINED"]
    if op in HASARG:
        f.append("OPF_ARG")
    if op in dis.hasjrel:
        f.append("OPF_JUMP_BACK" if name in BACKWARD or name == "INSTRUMENTED_JUMP_BACKWARD"
                 or name == "INSTRUMENTED_END_ASYNC_FOR" else "OPF_JUMP_FWD")
    if op in dis.hasjabs:
        sys.exit("gen_opcodes.py: absolute jumps are not supported (%s)" % name)
    for table, flag in ((dis.hasconst, "OPF_CONST"), (dis.hasname, "OPF_NAME"),
                        (dis.haslocal, "OPF_LOCAL"), (dis.hasfree, "OPF_FREE"),
                        (dis.hascompare, "OPF_COMPARE")):
        if op in table:
            f.append(flag)
    if op in NOT_IN_PYC:
        f.append("OPF_NOT_IN_PYC")
    return " | ".join(f)


SAMPLE_ARGS = list(range(0, 300)) + [511, 512, 513, 1000, 4095, 65535, 65536, 70000, (1 << 24) - 1]


def stack_inputs_models():
    """name -> (base, mul, bit0) with inputs = base + mul*arg + bit0*(arg & 1),
    fitted to STACK_INPUTS and checked against dis's net effects: an
    instruction never pushes a negative number of items."""
    models = {}
    for expr, names in STACK_INPUTS.items():
        def inputs(arg):
            return eval(expr, {"arg": arg})
        base = inputs(0)
        mul = (inputs(2) - base) // 2
        bit0 = inputs(1) - base - mul
        for name in names.split():
            if name in models or name not in IN_PYC:
                sys.exit("gen_opcodes.py: STACK_INPUTS: %s is listed twice or never in a .pyc" % name)
            for a in SAMPLE_ARGS:
                if base + mul * a + bit0 * (a & 1) != inputs(a):
                    sys.exit("gen_opcodes.py: STACK_INPUTS: cannot model %r" % expr)
                if OPMAP[name] in HASARG or a == 0:
                    effect = dis.stack_effect(OPMAP[name], a if OPMAP[name] in HASARG else None)
                    if inputs(a) + effect < 0:
                        sys.exit("gen_opcodes.py: %s %d reads %d items but pops %d" % (name, a, inputs(a), -effect))
            models[name] = (base, mul, bit0)
    missing = [name for name in IN_PYC if name not in models]
    if missing:
        sys.exit("gen_opcodes.py: STACK_INPUTS misses %s" % " ".join(missing))
    return models


def stack_effect_model(op, name):
    """Fits effect = base + lo*(arg & 0xff) + hi*(arg >> 8) + b0*(arg & 1) and
    checks it against dis.stack_effect over many arguments (both branches)."""
    if op not in HASARG:
        e = dis.stack_effect(op)
        if dis.stack_effect(op, jump=True) != e or dis.stack_effect(op, jump=False) != e:
            sys.exit("gen_opcodes.py: %s: branch-dependent stack effect" % name)
        return (e, 0, 0, 0)

    def eff(a):
        e = dis.stack_effect(op, a)
        if dis.stack_effect(op, a, jump=True) != e or dis.stack_effect(op, a, jump=False) != e:
            sys.exit("gen_opcodes.py: %s: branch-dependent stack effect" % name)
        return e
    base = eff(0)
    lo = eff(2) - base
    if lo % 2:
        sys.exit("gen_opcodes.py: %s: cannot model stack effect" % name)
    lo //= 2
    b0 = eff(1) - base - lo
    hi = eff(256) - base
    for a in SAMPLE_ARGS:
        want = eff(a)
        got = base + lo * (a & 0xFF) + hi * (a >> 8) + b0 * (a & 1)
        if want != got:
            sys.exit("gen_opcodes.py: %s: stack effect model fails at oparg %d" % (name, a))
    return (base, lo, hi, b0)


_BASE_CODE = compile("pass", "<gen>", "exec")


def argrepr(name, arg):
    """The text dis prints in parentheses for `name arg` (caches zero)."""
    op = OPMAP[name]
    code = bytes([op, arg]) + bytes(2 * CACHES.get(name, 0))
    co = _BASE_CODE.replace(co_code=code, co_linetable=b"", co_exceptiontable=b"")
    return next(iter(dis.get_instructions(co))).argrepr


def c_str(s):
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            out.append("\\x%02x" % ord(ch))
    out.append('"')
    return "".join(out)


def str_table(cname, items, comment):
    lines = ["/* %s */" % comment,
             "static const char *const %s[%d] __attribute__((unused)) = {" % (cname, len(items))]
    for s in items:
        lines.append("    %s," % c_str(s))
    lines.append("};")
    return lines


# _opcode's has_* predicates, as bits of Opcode_Kinds (every opcode number,
# specialized and pseudo ones included).
KIND_PREDICATES = (("OPK_VALID", _opcode.is_valid), ("OPK_ARG", _opcode.has_arg),
                   ("OPK_CONST", _opcode.has_const), ("OPK_NAME", _opcode.has_name),
                   ("OPK_JUMP", _opcode.has_jump), ("OPK_FREE", _opcode.has_free),
                   ("OPK_LOCAL", _opcode.has_local), ("OPK_EXC", _opcode.has_exc))
SPECIALIZED = opcode._specialized_opmap
NUM_OPCODES = max(list(OPMAP.values()) + list(SPECIALIZED.values())) + 1


def pseudo_effects(op, name):
    """(without jump, with jump) for a pseudo opcode, which dis gives for any
    oparg; stack_effect(jump=None) is the larger of the two."""
    plain = _opcode.stack_effect(op, 0, jump=False)
    taken = _opcode.stack_effect(op, 0, jump=True)
    for a in (1, 5, 300):
        if (_opcode.stack_effect(op, a, jump=False), _opcode.stack_effect(op, a, jump=True)) != (plain, taken):
            sys.exit("gen_opcodes.py: %s: stack effect depends on oparg" % name)
    if _opcode.stack_effect(op, 0) != max(plain, taken):
        sys.exit("gen_opcodes.py: %s: unexpected stack effect without jump" % name)
    return plain, taken


def module_tables():
    """What the opcode, _opcode and _opcode_metadata modules show: every
    name with its number in opmap's own order, the specialized forms of
    each family, the layout of inline caches."""
    L = []
    w = L.append
    w("/* ---- the opcode modules' tables ---- */")
    w("#define OP_NUM_OPCODES %d  /* opcode numbers below this may be valid */" % NUM_OPCODES)
    w("enum {")
    for i, (flag, _) in enumerate(KIND_PREDICATES):
        w("    %s = 1 << %d," % (flag, i))
    w("};")
    w("/* _opcode.is_valid and the has_* predicates for each opcode number. */")
    w("static const uint8_t Opcode_Kinds[OP_NUM_OPCODES] __attribute__((unused)) = {")
    for op in range(NUM_OPCODES):
        bits = [flag for flag, pred in KIND_PREDICATES if pred(op)]
        if bits:
            w("    [%d] = %s," % (op, " | ".join(bits)))
    w("};")
    w("typedef struct OpNamed { const char *name; int16_t op; } OpNamed;")
    w("/* opcode.opmap, in its order (pseudo opcodes included). */")
    w("static const OpNamed Opcode_Map[] __attribute__((unused)) = {")
    for name, op in OPMAP.items():
        w('    {"%s", %d},' % (name, op))
    w("    {0, 0},")
    w("};")
    w("/* opcode._specialized_opmap, in its order. */")
    w("static const OpNamed Opcode_SpecializedMap[] __attribute__((unused)) = {")
    for name, op in SPECIALIZED.items():
        w('    {"%s", %d},' % (name, op))
    w("    {0, 0},")
    w("};")
    w("/* opcode._specializations: each family's base opcode, then its forms. */")
    w("typedef struct OpFamily { int16_t base, first, count; } OpFamily;")
    forms = []
    fams = []
    for base, names in opcode._specializations.items():
        fams.append((OPMAP[base], len(forms), len(names)))
        forms.extend(SPECIALIZED[n] for n in names)
    w("static const int16_t Opcode_FamilyForms[%d] __attribute__((unused)) = {" % len(forms))
    for i in range(0, len(forms), 16):
        w("    " + " ".join("%d," % f for f in forms[i:i + 16]))
    w("};")
    w("static const OpFamily Opcode_Families[] __attribute__((unused)) = {")
    for base, first, count in fams:
        w("    {%d, %d, %d}, /* %s */" % (base, first, count, opcode.opname[base]))
    w("    {-1, 0, 0},")
    w("};")
    w("/* Stack effects of the pseudo opcodes (any oparg): without, with a jump. */")
    w("typedef struct OpPseudoEffect { int8_t plain, taken; } OpPseudoEffect;")
    w("static const OpPseudoEffect Opcode_PseudoEffects[%d] __attribute__((unused)) = {" % len(PSEUDO))
    for op, name in PSEUDO:
        if op - PSEUDO[0][0] != PSEUDO.index((op, name)):
            sys.exit("gen_opcodes.py: pseudo opcodes are not consecutive")
        w("    {%d, %d}, /* %s */" % (pseudo_effects(op, name) + (name,)))
    w("};")
    w("#define OP_MIN_PSEUDO %d" % PSEUDO[0][0])
    w("/* opcode._cache_format: the named fields of each opcode's inline cache. */")
    w("typedef struct OpCacheField { int16_t op; const char *name; int8_t size; } OpCacheField;")
    w("static const OpCacheField Opcode_CacheFormat[] __attribute__((unused)) = {")
    for name, fields in opcode._cache_format.items():
        for field, size in fields.items():
            w('    {%d, "%s", %d}, /* %s */' % (OPMAP[name], field, size, name))
    w("    {-1, 0, 0},")
    w("};")
    return L


def generate():
    L = []
    w = L.append
    w("/* GENERATED by tools/gen_opcodes.py from CPython %d.%d's opcode, dis and _opcode" % sys.version_info[:2])
    w(" * metadata.  Do not edit: regenerate with")
    w(" *     tools/python3.14 tools/gen_opcodes.py src/opcodes.h")
    w(" * (`make check-generated` verifies that it is current). */")
    w("#ifndef CIPY_OPCODES_H")
    w("#define CIPY_OPCODES_H")
    w("#include <stdint.h>")
    w("")
    w("#define OP_HAVE_ARGUMENT %d" % opcode.HAVE_ARGUMENT)
    w("#define OP_MIN_INSTRUMENTED %d" % opcode.MIN_INSTRUMENTED_OPCODE)
    w("")
    w("/* Real opcodes (numbers as stored in co_code). */")
    w("enum {")
    for op, name in REAL:
        w("    OP_%s = %d,%s" % (name, op, "  /* run-time only */" if op in RUNTIME_ONLY else ""))
    w("};")
    w("")
    w("/* Compiler pseudo-opcodes (never in co_code; listed for completeness). */")
    w("enum {")
    for op, name in PSEUDO:
        w("    OPSEUDO_%s = %d," % (name, op))
    w("};")
    w("")
    w("/* Inline cache code units following each instruction. */")
    w("enum {")
    for op, name in REAL:
        w("    OP_CACHE_%s = %d," % (name, CACHES.get(name, 0)))
    w("};")
    w("")
    w("/* Opcode_Flags bits. */")
    w("enum {")
    w("    OPF_DEFINED = 1 << 0,      /* a known opcode number */")
    w("    OPF_ARG = 1 << 1,          /* uses its oparg (dis.hasarg) */")
    w("    OPF_JUMP_FWD = 1 << 2,     /* relative jump: target = next + caches + oparg */")
    w("    OPF_JUMP_BACK = 1 << 3,    /* relative jump: target = next + caches - oparg */")
    w("    OPF_CONST = 1 << 4,        /* oparg indexes co_consts */")
    w("    OPF_NAME = 1 << 5,         /* oparg (shifted for LOAD_GLOBAL/ATTR/SUPER_ATTR) indexes co_names */")
    w("    OPF_LOCAL = 1 << 6,        /* oparg indexes localsplus */")
    w("    OPF_FREE = 1 << 7,         /* oparg indexes localsplus (cell/free) */")
    w("    OPF_COMPARE = 1 << 8,      /* oparg >> 5 is a comparison */")
    w("    OPF_NOT_IN_PYC = 1 << 9,   /* never written by the compiler: refused in a .pyc */")
    w("};")
    w("")
    w("static const char *const Opcode_Names[256] __attribute__((unused)) = {")
    for op, name in REAL:
        w('    [%d] = "%s",' % (op, name))
    w("};")
    w("")
    w("static const uint8_t Opcode_Caches[256] __attribute__((unused)) = {")
    for op, name in REAL:
        if CACHES.get(name, 0):
            w("    [%d] = %d, /* %s */" % (op, CACHES[name], name))
    w("};")
    w("")
    w("static const uint16_t Opcode_Flags[256] __attribute__((unused)) = {")
    for op, name in REAL:
        w("    [OP_%s] = %s," % (name, flags_of(op, name)))
    w("};")
    w("")
    w("/* Net stack effect (dis.stack_effect; the same whether or not a jump is")
    w(" * taken for every real opcode): base + lo*(oparg & 0xff) + hi*(oparg >> 8)")
    w(" * + bit0*(oparg & 1). */")
    w("typedef struct OpStackEffect { int16_t base, lo, hi, bit0; } OpStackEffect;")
    w("static const OpStackEffect Opcode_StackEffects[256] __attribute__((unused)) = {")
    for op, name in REAL:
        b, lo, hi, b0 = stack_effect_model(op, name)
        if (b, lo, hi, b0) != (0, 0, 0, 0):
            w("    [OP_%s] = {%d, %d, %d, %d}," % (name, b, lo, hi, b0))
    w("};")
    w("static inline long Opcode_StackEffect(int op, unsigned oparg) {")
    w("    const OpStackEffect *e = &Opcode_StackEffects[op & 0xff];")
    w("    return e->base + (long)e->lo * (long)(oparg & 0xff) + (long)e->hi * (long)(oparg >> 8)")
    w("           + (long)e->bit0 * (long)(oparg & 1);")
    w("}")
    w("")
    w("/* Items an instruction reads from the value stack (pops or peeks at) in")
    w(" * cipy's eval loop: base + mul*oparg + bit0*(oparg & 1).  Only for opcodes")
    w(" * a .pyc may hold (the verifier refuses the others first). */")
    w("typedef struct OpStackInputs { int8_t base, mul, bit0; } OpStackInputs;")
    w("static const OpStackInputs Opcode_StackInputModels[256] __attribute__((unused)) = {")
    models = stack_inputs_models()
    for op, name in REAL:
        if name in models and models[name] != (0, 0, 0):
            w("    [OP_%s] = {%d, %d, %d}," % ((name,) + models[name]))
    w("};")
    w("static inline long Opcode_StackInputs(int op, uint32_t oparg) {")
    w("    const OpStackInputs *m = &Opcode_StackInputModels[op & 0xff];")
    w("    return m->base + (long)m->mul * (long)oparg + (long)m->bit0 * (long)(oparg & 1);")
    w("}")
    w("")
    w("/* Every opcode a .pyc may hold, in X(NAME) form: the eval loop has a")
    w(" * label for each. */")
    w("#define OPCODE_PYC_LIST(X) \\")
    line = "   "
    for name in IN_PYC:
        item = " X(%s)" % name
        if len(line) + len(item) > 100:
            w(line + " \\")
            line = "   "
        line += item
    w(line)
    w("")
    w("/* ---- texts dis prints for arguments (asked from dis itself) ---- */")
    nb = [argrepr("BINARY_OP", i) for i in range(len(opcode._nb_ops))]
    L.extend(str_table("Op_BinaryOpSymbols", nb, "BINARY_OP oparg -> symbol (opcode._nb_ops)"))
    L.extend(str_table("Op_BinaryOpNames", [n for n, _ in opcode._nb_ops], "BINARY_OP oparg -> NB_* name"))
    w("#define OP_NUM_BINARY_OPS %d" % len(nb))
    L.extend(str_table("Op_CompareOps", list(opcode.cmp_op), "COMPARE_OP oparg >> 5 -> operator (opcode.cmp_op)"))
    w("#define OP_NUM_COMPARE_OPS %d" % len(opcode.cmp_op))
    L.extend(str_table("Op_Intrinsic1Names", list(opcode._intrinsic_1_descs), "CALL_INTRINSIC_1 oparg -> name"))
    w("#define OP_NUM_INTRINSIC1 %d" % len(opcode._intrinsic_1_descs))
    L.extend(str_table("Op_Intrinsic2Names", list(opcode._intrinsic_2_descs), "CALL_INTRINSIC_2 oparg -> name"))
    w("#define OP_NUM_INTRINSIC2 %d" % len(opcode._intrinsic_2_descs))
    cc = [argrepr("LOAD_COMMON_CONSTANT", i) for i in range(len(opcode._common_constants))]
    L.extend(str_table("Op_CommonConstantNames", cc, "LOAD_COMMON_CONSTANT oparg -> dis text"))
    w("#define OP_NUM_COMMON_CONSTANTS %d" % len(cc))
    L.extend(str_table("Op_SpecialMethodNames", list(opcode._special_method_names),
                       "LOAD_SPECIAL oparg -> method name"))
    w("#define OP_NUM_SPECIAL_METHODS %d" % len(opcode._special_method_names))
    cv = [argrepr("CONVERT_VALUE", i) for i in range(4)]
    L.extend(str_table("Op_ConvertNames", cv, "CONVERT_VALUE oparg -> dis text"))
    w("#define OP_NUM_CONVERSIONS %d" % len(cv))
    fa = [argrepr("SET_FUNCTION_ATTRIBUTE", 1 << i) for i in range(len(dis.FUNCTION_ATTR_FLAGS))]
    L.extend(str_table("Op_FunctionAttrNames", fa, "SET_FUNCTION_ATTRIBUTE bit i -> name"))
    w("#define OP_NUM_FUNCTION_ATTRS %d" % len(fa))
    w("")
    L.extend(module_tables())
    w("")
    w("#endif")
    return "\n".join(L) + "\n"


def main(argv):
    text = generate()
    if len(argv) >= 1 and argv[0] == "--check":
        if len(argv) != 2:
            sys.exit("usage: gen_opcodes.py --check FILE")
        try:
            with open(argv[1], encoding="utf-8") as f:
                current = f.read()
        except OSError as e:
            print("gen_opcodes.py: cannot read %s: %s" % (argv[1], e.strerror), file=sys.stderr)
            return 1
        if current != text:
            print("gen_opcodes.py: %s is stale; regenerate it with "
                  "`tools/python3.14 tools/gen_opcodes.py %s`" % (argv[1], argv[1]), file=sys.stderr)
            return 1
        return 0
    if len(argv) == 1:
        with open(argv[0], "w", encoding="utf-8") as f:
            f.write(text)
        return 0
    if argv:
        sys.exit("usage: gen_opcodes.py [--check] [FILE]")
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
