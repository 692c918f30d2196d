# The opcode module's tables and the _opcode helpers they come from
import opcode
import _opcode
import _opcode_metadata

print(sorted(opcode.__all__))
print(opcode.opmap)
print(opcode.opname)
print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.MIN_INSTRUMENTED_OPCODE)
for name in ("hasarg", "hasconst", "hasname", "hasjump", "hasjrel", "hasjabs",
             "hasfree", "haslocal", "hascompare", "hasexc"):
    print(name, getattr(opcode, name))
print(opcode.cmp_op)
print(opcode._specializations)
print(opcode._specialized_opmap)
print(opcode._cache_format)
print(opcode._inline_cache_entries)
print(opcode._nb_ops)
print(opcode._intrinsic_1_descs)
print(opcode._intrinsic_2_descs)
print(opcode._special_method_names)
print(opcode._common_constants)
print(opcode.stack_effect is _opcode.stack_effect)
print(_opcode_metadata.opmap == opcode.opmap)

effects = []
for op in range(270):
    for arg in (None, 0, 1, 2, 7, 256, 1000):
        for jump in (None, True, False):
            try:
                effects.append(_opcode.stack_effect(op, arg, jump=jump))
            except ValueError as e:
                effects.append(str(e))
print(effects)
print([(op, _opcode.is_valid(op), _opcode.has_arg(op), _opcode.has_const(op),
        _opcode.has_name(op), _opcode.has_jump(op), _opcode.has_free(op),
        _opcode.has_local(op), _opcode.has_exc(op)) for op in range(-2, 270)])
print(_opcode.get_specialization_stats())
print(_opcode.get_nb_ops())
print(_opcode.get_intrinsic1_descs(), _opcode.get_intrinsic2_descs())
print(_opcode.get_special_method_names())
for bad in ("x", 2 ** 70, 1.5):
    try:
        _opcode.has_arg(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    _opcode.stack_effect(1, jump=1)
except ValueError as e:
    print(e)
try:
    _opcode.stack_effect(1, "x")
except TypeError as e:
    print(e)
try:
    _opcode.get_executor(1, 2)
except TypeError as e:
    print(e)
try:
    _opcode.get_executor(lambda: 0, 0)
except TypeError as e:
    print(e)
try:
    _opcode.get_executor((lambda: 0).__code__, 0)
except ValueError as e:
    print(e)
print(_opcode.stack_effect.__text_signature__, _opcode.has_free.__doc__)
