"""
opcode module - potentially shared between dis and other modules which
operate on bytecodes (e.g. peephole optimizers).
"""

# Every number here comes from the interpreter's generated opcode table,
# through the C modules _opcode (predicates, stack effects, operator and
# intrinsic names) and _opcode_metadata (names, families, cache layouts).

# the public names, in CPython's order
__all__ = """cmp_op stack_effect hascompare opname opmap HAVE_ARGUMENT
EXTENDED_ARG hasarg hasconst hasname hasjump hasjrel hasjabs hasfree
haslocal hasexc""".split()

from _opcode_metadata import (opmap, HAVE_ARGUMENT, MIN_INSTRUMENTED_OPCODE,
                              _cache_format, _specializations, _specialized_opmap)
import _opcode
import builtins
stack_effect = _opcode.stack_effect

EXTENDED_ARG = opmap['EXTENDED_ARG']

cmp_op = ('<', '<=', '==', '!=', '>', '>=')


def _build_opname():
    # one slot per number up to the highest opcode; gaps read '<N>'
    numbers = {**opmap, **_specialized_opmap}
    names = ['<%r>' % n for n in range(max(numbers.values()) + 1)]
    for name, number in numbers.items():
        names[number] = name
    return names


def _numbers_where(predicate):
    return sorted({number for number in opmap.values() if predicate(number)})


opname = _build_opname()
hasarg = [number for number in opmap.values() if _opcode.has_arg(number)]
hasconst = _numbers_where(_opcode.has_const)
hasname = _numbers_where(_opcode.has_name)
hasjump = _numbers_where(_opcode.has_jump)
hasjrel = hasjump
hasjabs = []
hasfree = _numbers_where(_opcode.has_free)
haslocal = _numbers_where(_opcode.has_local)
hasexc = _numbers_where(_opcode.has_exc)
hascompare = [opmap['COMPARE_OP']]

# the texts dis shows for some opargs
_nb_ops, _intrinsic_1_descs, _intrinsic_2_descs, _special_method_names = (
    _opcode.get_nb_ops(), _opcode.get_intrinsic1_descs(),
    _opcode.get_intrinsic2_descs(), _opcode.get_special_method_names())
# what LOAD_COMMON_CONSTANT pushes, by oparg
_common_constants = [getattr(builtins, name) for name in
                     ('AssertionError', 'NotImplementedError', 'tuple', 'all', 'any')]

_inline_cache_entries = {name: sum(layout.values())
                         for name, layout in _cache_format.items()}

