"""Disassembler of Python byte code into mnemonics."""

# How this module is put together:
#   _Walker      decodes one code object (or raw bytes) into Instruction
#                tuples: opargs with EXTENDED_ARG folded in, inline caches
#                skipped, labels, line starts and positions attached.
#   _Layout      turns instructions into the text lines dis.dis prints;
#                it fixes every column width before the first line.
#   the functions at the bottom (dis, disassemble, distb, code_info, ...)
#   find the code object behind what they are given and drive the two.
# cipy does not specialize instructions in place, so the adaptive form of a
# code object is its plain form: adaptive=True shows the same instructions.

import collections
import io
import sys
import types

from opcode import *
from opcode import __all__ as _opcode_all
from opcode import (_cache_format, _inline_cache_entries, _nb_ops,
                    _intrinsic_1_descs, _intrinsic_2_descs,
                    _special_method_names, _specializations,
                    _specialized_opmap, _common_constants)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcode_all
del _opcode_all

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS",
    16: "NESTED", 32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE",
    256: "ITERABLE_COROUTINE", 512: "ASYNC_GENERATOR",
    0x4000000: "HAS_DOCSTRING", 0x8000000: "METHOD",
}

FUNCTION_ATTR_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure', 'annotate')

CACHE = opmap["CACHE"]
EXTENDED_ARG = opmap["EXTENDED_ARG"]

# every specialized form -> the opcode it stands for, by name and by number
deoptmap = {form: base for base, forms in _specializations.items() for form in forms}
_DEOPT = {_specialized_opmap[form]: opmap[base] for form, base in deoptmap.items()}

_NAME_SHIFT = {opmap['LOAD_GLOBAL']: (1, " + NULL"),
               opmap['LOAD_ATTR']: (1, " + NULL|self"),
               opmap['LOAD_SUPER_ATTR']: (2, " + NULL|self")}
_PAIRED_LOCALS = {opmap[n] for n in ('LOAD_FAST_LOAD_FAST', 'LOAD_FAST_BORROW_LOAD_FAST_BORROW',
                                     'STORE_FAST_LOAD_FAST', 'STORE_FAST_STORE_FAST')}
_BACKWARD = {opmap[n] for n in ('JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT', 'END_ASYNC_FOR')}
_JUMPS = frozenset(hasjump)
_WITH_ARG = frozenset(hasarg)
_LOCALS = frozenset(haslocal) | frozenset(hasfree)
_CONVERSIONS = (None, str, repr, ascii)
_VALUE_TEXTS = {
    opmap['IS_OP']: ('is', 'is not'),
    opmap['CONTAINS_OP']: ('in', 'not in'),
}
_TABLE_TEXTS = {
    opmap['BINARY_OP']: [symbol for _, symbol in _nb_ops],
    opmap['CALL_INTRINSIC_1']: _intrinsic_1_descs,
    opmap['CALL_INTRINSIC_2']: _intrinsic_2_descs,
    opmap['LOAD_SPECIAL']: _special_method_names,
    opmap['LOAD_COMMON_CONSTANT']: [c.__name__ if isinstance(c, type) else repr(c)
                                    for c in _common_constants],
}


def _base_of(op):
    return _DEOPT.get(op, op)


def _units_of_cache(op):
    return _inline_cache_entries.get(opname[_base_of(op)], 0)


Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "start_offset",
     "starts_line", "line_number", "label", "positions", "cache_info"],
    defaults=[None, None, None])


class Instruction(_Instruction):
    """Details for a bytecode operation.

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         start_offset - start index of operation within bytecode sequence including extended args if present;
                        otherwise equal to Instruction.offset
         starts_line - True if this opcode starts a source line, otherwise False
         line_number - source line number associated with this opcode (if any), otherwise None
         label - A label if this instruction is a jump target, otherwise None
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
         cache_info - information about the format and content of the instruction's cache
                        entries (if any)
    """

    __slots__ = ()

    @property
    def oparg(self):
        """Alias for Instruction.arg."""
        return self.arg

    @property
    def baseopcode(self):
        """Numeric code for the base operation if operation is specialized.

        Otherwise equal to Instruction.opcode.
        """
        return _base_of(self.opcode)

    @property
    def baseopname(self):
        """Human readable name for the base operation if operation is specialized.

        Otherwise equal to Instruction.opname.
        """
        return opname[self.baseopcode]

    @property
    def cache_offset(self):
        """Start index of the cache entries following the operation."""
        return self.offset + 2

    @property
    def end_offset(self):
        """End index of the cache entries following the operation."""
        return self.cache_offset + 2 * _units_of_cache(self.opcode)

    @property
    def jump_target(self):
        """Bytecode index of the jump target if this is a jump operation.

        Otherwise return None.
        """
        if self.baseopcode in _JUMPS:
            return self.argval
        return None

    @property
    def is_jump_target(self):
        """True if other code jumps to here, otherwise False"""
        return self.label is not None

    @staticmethod
    def make(opname, arg, argval, argrepr, offset, start_offset, starts_line,
             line_number, label=None, positions=None, cache_info=None):
        return Instruction(opname, opmap[opname], arg, argval, argrepr, offset,
                           start_offset, starts_line, line_number, label,
                           positions, cache_info)

    def __str__(self):
        out = io.StringIO()
        _Layout(out, label_width=0).write(self)
        return out.getvalue()


# ---- reading the tables of a code object -------------------------------------

def _table_varints(data):
    """The numbers of an exception table: big-endian groups of six bits, bit 6
    saying another group follows; bit 7 marks the first number of an entry."""
    pos = 0
    while pos < len(data):
        byte = data[pos]
        value = byte & 63
        pos += 1
        while byte & 64:
            byte = data[pos]
            pos += 1
            value = (value << 6) | (byte & 63)
        yield value


class _ExceptionTableEntry(collections.namedtuple(
        '_ExceptionTableEntry', 'start end target depth lasti')):
    __slots__ = ()


def _parse_exception_table(code):
    numbers = _table_varints(code.co_exceptiontable)
    entries = []
    for start in numbers:
        length, target, packed = next(numbers), next(numbers), next(numbers)
        entries.append(_ExceptionTableEntry(2 * start, 2 * (start + length), 2 * target,
                                            packed >> 1, bool(packed & 1)))
    return entries


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    lineno will be an integer or None the offset does not have a source line.
    """
    previous = object()
    for start, _end, line in code.co_lines():
        if line != previous:
            previous = line
            yield start, line


def _raw_instructions(code_bytes):
    """(start_offset, offset, opcode, arg) for each instruction of raw
    bytecode; arg is None for an opcode without one, caches are skipped.
    An EXTENDED_ARG prefix is an instruction of its own, and the start
    offset of the instruction it extends."""
    carried = 0
    chain_start = None
    skip = 0
    for offset in range(0, len(code_bytes) - 1, 2):
        if skip:
            skip -= 1
            continue
        op = code_bytes[offset]
        if chain_start is None:
            chain_start = offset
        if _base_of(op) in _WITH_ARG:
            arg = code_bytes[offset + 1] | carried
            carried = (arg << 8) if op == EXTENDED_ARG else 0
        else:
            arg = None
            carried = 0
        yield chain_start, offset, op, arg
        if op != EXTENDED_ARG:
            chain_start = None
        skip = _units_of_cache(op)


def _target_of(op, arg, offset):
    step = 2 * arg if _base_of(op) not in _BACKWARD else -2 * arg
    return offset + 2 + 2 * _units_of_cache(op) + step


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets.

    Return the list of offsets.

    """
    found = []
    for _start, offset, op, arg in _raw_instructions(code):
        if arg is not None and _base_of(op) in _JUMPS:
            target = _target_of(op, arg, offset)
            if target not in found:
                found.append(target)
    return found


class _Walker:
    """Turns one code object (or raw bytes, code None) into Instructions."""

    def __init__(self, code, code_bytes=None, line_offset=0, entries=()):
        self.code = code
        self.code_bytes = code.co_code if code_bytes is None else code_bytes
        self.line_offset = line_offset
        self.entries = entries
        self.consts = code.co_consts if code is not None else None
        self.names = code.co_names if code is not None else None
        self.labels = self._number_labels()

    def _number_labels(self):
        offsets = set(findlabels(self.code_bytes))
        for entry in self.entries:
            offsets.update((entry.start, entry.end, entry.target))
        return {offset: n for n, offset in enumerate(sorted(offsets), 1)}

    def _lines(self):
        """offset -> (starts a line, its line number) for every code unit."""
        table = {}
        if self.code is None:
            return table
        previous = object()
        for start, end, line in self.code.co_lines():
            if line is not None:
                line += self.line_offset
            first = line != previous
            previous = line
            for offset in range(start, end, 2):
                table[offset] = (first and offset == start, line)
        return table

    def _positions(self):
        if self.code is None:
            return []
        return [Positions(*place) for place in self.code.co_positions()]

    def _describe(self, op, arg, offset):
        """(argval, argrepr) of one instruction."""
        base = _base_of(op)
        if arg is None:
            return None, ''
        if base in _JUMPS:
            target = _target_of(op, arg, offset)
            word = 'from' if base == opmap['END_ASYNC_FOR'] else 'to'
            label = self.labels.get(target)
            return target, '%s L%s' % (word, label) if label is not None else '%s %d' % (word, target)
        if base in hasconst:
            if self.consts is None:
                return arg, ''
            value = self.consts[arg]
            return value, repr(value)
        if base in hasname:
            shift, suffix = _NAME_SHIFT.get(base, (0, ''))
            if self.names is None:
                return arg, ''
            name = self.names[arg >> shift]
            return name, name + suffix if arg & 1 and shift else name
        if base in _PAIRED_LOCALS:
            if self.code is None:
                return arg, ', '
            pair = (self.code._varname_from_oparg(arg >> 4), self.code._varname_from_oparg(arg & 15))
            return pair, ', '.join(pair)
        if base in _LOCALS:
            if self.code is None:
                return arg, ''
            name = self.code._varname_from_oparg(arg)
            return name, name
        if base in hascompare:
            text = cmp_op[arg >> 5]
            return text, 'bool(%s)' % text if arg & 16 else text
        if base == opmap['CONVERT_VALUE']:
            func = _CONVERSIONS[arg]
            return func, func.__name__
        if base == opmap['SET_FUNCTION_ATTRIBUTE']:
            chosen = [flag for bit, flag in enumerate(FUNCTION_ATTR_FLAGS) if arg & (1 << bit)]
            return arg, ', '.join(chosen)
        if base in _VALUE_TEXTS:
            return arg, _VALUE_TEXTS[base][bool(arg)]
        if base in _TABLE_TEXTS:
            return arg, _TABLE_TEXTS[base][arg]
        return arg, ''

    def _cache_info(self, op, offset):
        layout = _cache_format.get(opname[_base_of(op)])
        if not layout:
            return None
        info = []
        at = offset + 2
        for field, units in layout.items():
            info.append((field, units, bytes(self.code_bytes[at:at + 2 * units])))
            at += 2 * units
        return info

    def instructions(self, show_caches=False):
        lines = self._lines()
        places = self._positions()
        no_place = Positions()
        for start, offset, op, arg in _raw_instructions(self.code_bytes):
            argval, argrepr = self._describe(op, arg, offset)
            starts, line = lines.get(offset, (False, None))
            place = places[offset // 2] if offset // 2 < len(places) else no_place
            cache_info = self._cache_info(op, offset)
            yield Instruction(opname[op], op, arg, argval, argrepr, offset, start,
                              starts, line, self.labels.get(offset), place, cache_info)
            if show_caches and cache_info:
                yield from self._cache_lines(cache_info, offset, places, line)

    def _cache_lines(self, cache_info, offset, places, line):
        at = offset + 2
        for field, units, data in cache_info:
            for unit in range(units):
                text = '%s: %d' % (field, int.from_bytes(data, sys.byteorder)) if unit == 0 else ''
                place = places[at // 2] if at // 2 < len(places) else Positions()
                yield Instruction('CACHE', CACHE, self.code_bytes[at + 1], None, text, at, at,
                                  False, line, None, place, None)
                at += 2


# ---- laying instructions out as text -----------------------------------------

def _digits(number):
    return len(str(number))


def _place_text(place):
    if place.lineno is None:
        return '  --'
    line, end_line, col, end_col = ['?' if v is None else v for v in place]
    return '%s:%s-%s:%s' % (line, col, end_line, end_col)


class _Layout:
    """Writes instructions one per line, in columns fixed in advance:
    line number (or source span), label, offset, current-instruction mark,
    then the operation with its argument."""

    def __init__(self, file=None, lineno_width=0, label_width=0, offset_width=0,
                 positions_width=0, current=-1):
        self.file = file
        self.lineno_width = lineno_width
        self.label_width = label_width
        self.offset_width = offset_width
        self.positions_width = positions_width
        self.current = current

    @classmethod
    def fitted(cls, file, instrs, labels, entries, show_offsets, show_positions,
               current, code):
        layout = cls(file, label_width=4 + _digits(len(labels)), current=current)
        layout.entries = entries
        layout.labels = labels
        if code is not None:
            layout.lineno_width = cls._lineno_width(code)
        if show_positions and layout.lineno_width:
            texts = [_place_text(i.positions) for i in instrs]
            layout.positions_width = max(map(len, texts), default=0) + 1
        if show_offsets:
            last = instrs[-1].offset if instrs else 0
            layout.offset_width = max(4, _digits(last))
        return layout

    @staticmethod
    def _lineno_width(code):
        # from the code's own line numbers, even when shown shifted
        numbers = [line for _offset, line in findlinestarts(code)]
        known = [n for n in numbers if n is not None and n != 0]
        if not known:
            return 0
        width = max(3, _digits(max(known)))
        if None in numbers and width < 4:
            width = 4
        return width

    def write(self, instr):
        fields = []
        new_line = instr.starts_line and instr.offset > 0
        if self.positions_width:
            if new_line:
                print(file=self.file)
            fields.append(_place_text(instr.positions).ljust(self.positions_width))
        elif self.lineno_width:
            if new_line:
                print(file=self.file)
            if not instr.starts_line:
                fields.append(' ' * self.lineno_width)
            elif instr.line_number is None:
                fields.append('  --'.rjust(self.lineno_width))
            else:
                fields.append(str(instr.line_number).rjust(self.lineno_width))
        label = '' if instr.label is None else 'L%d:' % instr.label
        fields.append(label.rjust(self.label_width))
        if self.offset_width:
            fields.append(repr(instr.offset).rjust(self.offset_width) + '  ')
        # a traceback's last instruction may point into the inline cache
        current = instr.offset <= self.current < instr.end_offset
        fields.append('-->' if current else '   ')
        fields.append(self._operation(instr))
        print(' '.join(fields).rstrip(), file=self.file)

    @staticmethod
    def _operation(instr):
        name = instr.opname
        if instr.arg is None:
            return name.ljust(20)
        text = name.ljust(20) + ' ' + repr(instr.arg).rjust(max(0, 25 - max(20, len(name))))
        if instr.argrepr:
            text += ' (%s)' % instr.argrepr
        return text

    def write_exception_table(self):
        if not self.entries:
            return
        print("ExceptionTable:", file=self.file)
        for entry in self.entries:
            print("  L%s to L%s -> L%s [%d]%s" % (
                self.labels.get(entry.start), self.labels.get(entry.end),
                self.labels.get(entry.target), entry.depth,
                " lasti" if entry.lasti else ""), file=self.file)


def _print_code(code, file=None, current=-1, line_offset=0, show_caches=False,
                show_offsets=False, show_positions=False, raw=None):
    entries = _parse_exception_table(code) if code is not None else []
    walker = _Walker(code, raw, line_offset, entries)
    plain = list(walker.instructions())
    shown = list(walker.instructions(show_caches)) if show_caches else plain
    layout = _Layout.fitted(file, plain, walker.labels, entries, show_offsets,
                            show_positions, current, code)
    for instr in shown:
        layout.write(instr)
    layout.write_exception_table()


# ---- finding the code behind an object -----------------------------------------

_CODE_HOLDERS = ('__func__', '__code__', 'gi_code', 'ag_code', 'cr_code')


def _unwrap(x):
    for attribute in _CODE_HOLDERS:
        if hasattr(x, attribute):
            x = getattr(x, attribute)
    return x


def _compile_text(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def _get_code_object(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = _compile_text(x, '<disassembly>')
    if isinstance(x, types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    words = []
    for bit in range(32):
        mask = 1 << bit
        if flags & mask:
            words.append(COMPILER_FLAG_NAMES.get(mask, hex(mask)))
    return ', '.join(words) if words else hex(flags)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    co = _get_code_object(x)
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    for title, items, show in (("Constants", co.co_consts, repr),
                               ("Names", co.co_names, str),
                               ("Variable names", co.co_varnames, str),
                               ("Free variables", co.co_freevars, str),
                               ("Cell variables", co.co_cellvars, str)):
        if items:
            lines.append(title + ":")
            lines.extend("%4d: %s" % (n, show(item)) for n, item in enumerate(items))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)


def get_instructions(x, *, first_line=None, show_caches=None, adaptive=False):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.

    If *first_line* is not None, it indicates the line number that should
    be reported for the first source line in the disassembled code.
    Otherwise, the source line information (if any) is taken directly from
    the disassembled code object.
    """
    # unlike a Bytecode's, these labels leave the exception table out
    co = _get_code_object(x)
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    return _Walker(co, None, shift).instructions()


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False,
                show_offsets=False, show_positions=False):
    """Disassemble a code object."""
    _print_code(co, file, lasti, 0, show_caches, show_offsets, show_positions)


disco = disassemble


def _disassemble_nested(co, depth, **options):
    _print_code(co, options['file'], -1, 0, options['show_caches'],
                options['show_offsets'], options['show_positions'])
    if depth is not None and depth <= 0:
        return
    for const in co.co_consts:
        if isinstance(const, types.CodeType):
            print(file=options['file'])
            print("Disassembly of %r:" % (const,), file=options['file'])
            _disassemble_nested(const, None if depth is None else depth - 1, **options)


_HAS_CODE = (types.MethodType, types.FunctionType, types.CodeType,
             classmethod, staticmethod, type)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False,
        show_offsets=False, show_positions=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.

    Compiled objects currently include generator objects, async generator
    objects, and coroutine objects, all of which store their code object
    in a special attribute.
    """
    options = dict(file=file, show_caches=show_caches, adaptive=adaptive,
                   show_offsets=show_offsets, show_positions=show_positions)
    if x is None:
        distb(**options)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__') and not isinstance(x, types.CodeType):
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _HAS_CODE):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, depth=depth, **options)
                except TypeError as problem:
                    print("Sorry:", problem, file=file)
                print(file=file)
    elif isinstance(x, types.CodeType):
        _disassemble_nested(x, depth, **options)
    elif isinstance(x, (bytes, bytearray)):
        _print_code(None, file, -1, 0, show_caches, show_offsets, show_positions, raw=x)
    elif isinstance(x, str):
        _disassemble_nested(_compile_text(x, '<dis>'), depth, **options)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _last_traceback():
    if hasattr(sys, 'last_exc'):
        return sys.last_exc.__traceback__
    if hasattr(sys, 'last_traceback'):
        return sys.last_traceback
    raise RuntimeError("no last traceback to disassemble")


def distb(tb=None, *, file=None, show_caches=False, adaptive=False,
          show_offsets=False, show_positions=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        # the last traceback is shown where it ended; one given, where it starts
        tb = _last_traceback()
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches,
                adaptive=adaptive, show_offsets=show_offsets, show_positions=show_positions)


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False, show_offsets=False, show_positions=False):
        code = _get_code_object(x)
        self.codeobj = code
        self.first_line = code.co_firstlineno if first_line is None else first_line
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(code)
        self.show_caches, self.adaptive = show_caches, adaptive
        self.show_offsets, self.show_positions = show_offsets, show_positions
        self._given = x

    @property
    def _shift(self):
        # how far first_line moves the code's own line numbers
        return self.first_line - self.codeobj.co_firstlineno

    def __iter__(self):
        walker = _Walker(self.codeobj, None, self._shift, self.exception_entries)
        return (instr for instr in walker.instructions())

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._given)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        out = io.StringIO()
        current = -1 if self.current_offset is None else self.current_offset
        _print_code(self.codeobj, out, current, self._shift, self.show_caches,
                    self.show_offsets, self.show_positions)
        return out.getvalue()
