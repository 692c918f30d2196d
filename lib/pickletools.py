'''"Executable documentation" for the pickle module.

This module reads pickles without running them: genops() yields their
opcodes one at a time, dis() prints a symbolic disassembly (checking the
stack and memo use as it goes), and optimize() drops the PUT opcodes no
GET refers to.

The opcode table below gives, for each opcode, its name, its one-byte
code, the kind of argument that follows it in the pickle, the protocol
that introduced it, what it takes from the stack and leaves there, and
the first line of its description.
'''

import codecs
import io
import sys
from struct import unpack as _unpack

__all__ = ['dis', 'genops', 'optimize']

bytes_types = (bytes, bytearray)

UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3
TAKEN_FROM_ARGUMENT4U = -4
TAKEN_FROM_ARGUMENT8U = -5


class ArgumentDescriptor(object):
    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc


class StackObject(object):
    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype, doc):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


class OpcodeInfo(object):
    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after',
                 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


# ---- argument readers ---------------------------------------------------

def _exact(f, n, what):
    """n bytes from f, or ValueError naming `what`."""
    data = f.read(n)
    if len(data) != n:
        raise ValueError(f"not enough data in stream to read {what}")
    return data


def read_uint1(f):
    return _exact(f, 1, 'uint1')[0]


def read_uint2(f):
    return int.from_bytes(_exact(f, 2, 'uint2'), 'little')


def read_int4(f):
    return int.from_bytes(_exact(f, 4, 'int4'), 'little', signed=True)


def read_uint4(f):
    return int.from_bytes(_exact(f, 4, 'uint4'), 'little')


def read_uint8(f):
    return int.from_bytes(_exact(f, 8, 'uint8'), 'little')


def _line(f, what='stringnl'):
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError(f"no newline found when trying to read {what}")
    return data[:-1]


def read_stringnl(f, decode=True, stripquotes=True, *, encoding='latin-1'):
    data = _line(f)
    if stripquotes:
        for quote in (b'"', b"'"):
            if data.startswith(quote):
                if not data.endswith(quote):
                    raise ValueError("string quote %r not found at both ends of %r"
                                     % (quote, data))
                data = data[1:-1]
                break
        else:
            raise ValueError(f"no string quotes around {data!r}")
    if decode:
        data = codecs.escape_decode(data)[0].decode(encoding)
    return data


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False, encoding='utf-8')


def read_stringnl_noescape_pair(f):
    first = read_stringnl_noescape(f)
    return f"{first} {read_stringnl_noescape(f)}"


def _counted(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError(f"expected {n} bytes in a {what}, but only {len(data)} remain")
    return data


def _size(f, reader, what):
    n = reader(f)
    if n < 0:
        raise ValueError(f"{what} byte count < 0: {n}")
    if n > sys.maxsize:
        raise ValueError(f"{what} byte count > sys.maxsize: {n}")
    return n


def read_string1(f):
    return _counted(f, read_uint1(f), 'string1').decode('latin-1')


def read_string4(f):
    return _counted(f, _size(f, read_int4, 'string4'), 'string4').decode('latin-1')


def read_bytes1(f):
    return _counted(f, read_uint1(f), 'bytes1')


def read_bytes4(f):
    return _counted(f, _size(f, read_uint4, 'bytes4'), 'bytes4')


def read_bytes8(f):
    return _counted(f, _size(f, read_uint8, 'bytes8'), 'bytes8')


def read_bytearray8(f):
    return bytearray(_counted(f, _size(f, read_uint8, 'bytearray8'), 'bytearray8'))


def read_unicodestringnl(f):
    return str(_line(f, 'unicodestringnl'), 'raw-unicode-escape')


def _utf8(data):
    return str(data, 'utf-8', 'surrogatepass')


def read_unicodestring1(f):
    return _utf8(_counted(f, read_uint1(f), 'unicodestring1'))


def read_unicodestring4(f):
    return _utf8(_counted(f, _size(f, read_uint4, 'unicodestring4'), 'unicodestring4'))


def read_unicodestring8(f):
    return _utf8(_counted(f, _size(f, read_uint8, 'unicodestring8'), 'unicodestring8'))


def read_decimalnl_short(f):
    text = read_stringnl(f, decode=False, stripquotes=False)
    if text in (b'00', b'01'):
        return text == b'01'
    return int(text)


def read_decimalnl_long(f):
    text = read_stringnl(f, decode=False, stripquotes=False)
    return int(text[:-1] if text.endswith(b'L') else text)


def read_floatnl(f):
    return float(read_stringnl(f, decode=False, stripquotes=False))


def read_float8(f):
    return _unpack('>d', _exact(f, 8, 'float8'))[0]


def read_long1(f):
    n = read_uint1(f)
    return int.from_bytes(_exact(f, n, 'long1'), 'little', signed=True)


def read_long4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError(f"long4 byte count < 0: {n}")
    return int.from_bytes(_exact(f, n, 'long4'), 'little', signed=True)


def _make_args():
    sizes = {
        'uint1': 1, 'uint2': 2, 'int4': 4, 'uint4': 4, 'uint8': 8, 'float8': 8,
        'string1': TAKEN_FROM_ARGUMENT1, 'bytes1': TAKEN_FROM_ARGUMENT1,
        'unicodestring1': TAKEN_FROM_ARGUMENT1, 'long1': TAKEN_FROM_ARGUMENT1,
        'string4': TAKEN_FROM_ARGUMENT4, 'long4': TAKEN_FROM_ARGUMENT4,
        'bytes4': TAKEN_FROM_ARGUMENT4U, 'unicodestring4': TAKEN_FROM_ARGUMENT4U,
        'bytes8': TAKEN_FROM_ARGUMENT8U, 'bytearray8': TAKEN_FROM_ARGUMENT8U,
        'unicodestring8': TAKEN_FROM_ARGUMENT8U,
    }
    made = {}
    for name, reader in globals().items():
        if name.startswith('read_'):
            kind = name[5:]
            made[kind] = ArgumentDescriptor(kind, sizes.get(kind, UP_TO_NEWLINE), reader, '')
    return made


_ARGS = _make_args()
globals().update(_ARGS)

# ---- stack objects ---------------------------------------------------------

_STACK = {}
for _name, _type in (('int', int), ('bool', bool), ('int_or_bool', (int, bool)),
                     ('bytes_or_str', (bytes, str)), ('str', str), ('bytes', bytes),
                     ('bytearray', bytearray), ('buffer', object), ('None', type(None)),
                     ('tuple', tuple), ('list', list), ('dict', dict), ('set', set),
                     ('frozenset', set), ('float', float), ('any', object),
                     ('mark', StackObject), ('stackslice', StackObject)):
    _STACK[_name] = StackObject(_name, _type, '')
pyint = pylong = _STACK['int']
pybool = _STACK['bool']
pyint_or_bool = _STACK['int_or_bool']
pybytes_or_str = pystring = _STACK['bytes_or_str']
pybytes = _STACK['bytes']
pybytearray = _STACK['bytearray']
pybuffer = _STACK['buffer']
pyunicode = _STACK['str']
pynone = _STACK['None']
pytuple = _STACK['tuple']
pylist = _STACK['list']
pydict = _STACK['dict']
pyset = _STACK['set']
pyfrozenset = _STACK['frozenset']
pyfloat = _STACK['float']
anyobject = _STACK['any']
markobject = _STACK['mark']
stackslice = _STACK['stackslice']
del _name, _type

# ---- the opcodes -------------------------------------------------------------

# name, code, argument, protocol, stack before, stack after, summary
_TABLE = [
    ('INT', 'I', 'decimalnl_short', 0, '', 'int_or_bool',
     'Push an integer or bool.'),
    ('BININT', 'J', 'int4', 1, '', 'int',
     'Push a four-byte signed integer.'),
    ('BININT1', 'K', 'uint1', 1, '', 'int',
     'Push a one-byte unsigned integer.'),
    ('BININT2', 'M', 'uint2', 1, '', 'int',
     'Push a two-byte unsigned integer.'),
    ('LONG', 'L', 'decimalnl_long', 0, '', 'int',
     'Push a long integer.'),
    ('LONG1', '\x8a', 'long1', 2, '', 'int',
     'Long integer using one-byte length.'),
    ('LONG4', '\x8b', 'long4', 2, '', 'int',
     'Long integer using four-byte length.'),
    ('STRING', 'S', 'stringnl', 0, '', 'bytes_or_str',
     'Push a Python string object.'),
    ('BINSTRING', 'T', 'string4', 1, '', 'bytes_or_str',
     'Push a Python string object.'),
    ('SHORT_BINSTRING', 'U', 'string1', 1, '', 'bytes_or_str',
     'Push a Python string object.'),
    ('BINBYTES', 'B', 'bytes4', 3, '', 'bytes',
     'Push a Python bytes object.'),
    ('SHORT_BINBYTES', 'C', 'bytes1', 3, '', 'bytes',
     'Push a Python bytes object.'),
    ('BINBYTES8', '\x8e', 'bytes8', 4, '', 'bytes',
     'Push a Python bytes object.'),
    ('BYTEARRAY8', '\x96', 'bytearray8', 5, '', 'bytearray',
     'Push a Python bytearray object.'),
    ('NEXT_BUFFER', '\x97', '', 5, '', 'buffer',
     'Push an out-of-band buffer object.'),
    ('READONLY_BUFFER', '\x98', '', 5, 'buffer', 'buffer',
     'Make an out-of-band buffer object read-only.'),
    ('NONE', 'N', '', 0, '', 'None',
     'Push None on the stack.'),
    ('NEWTRUE', '\x88', '', 2, '', 'bool',
     'Push True onto the stack.'),
    ('NEWFALSE', '\x89', '', 2, '', 'bool',
     'Push False onto the stack.'),
    ('UNICODE', 'V', 'unicodestringnl', 0, '', 'str',
     'Push a Python Unicode string object.'),
    ('SHORT_BINUNICODE', '\x8c', 'unicodestring1', 4, '', 'str',
     'Push a Python Unicode string object.'),
    ('BINUNICODE', 'X', 'unicodestring4', 1, '', 'str',
     'Push a Python Unicode string object.'),
    ('BINUNICODE8', '\x8d', 'unicodestring8', 4, '', 'str',
     'Push a Python Unicode string object.'),
    ('FLOAT', 'F', 'floatnl', 0, '', 'float',
     'Newline-terminated decimal float literal.'),
    ('BINFLOAT', 'G', 'float8', 1, '', 'float',
     'Float stored in binary form, with 8 bytes of data.'),
    ('EMPTY_LIST', ']', '', 1, '', 'list',
     'Push an empty list.'),
    ('APPEND', 'a', '', 0, 'list any', 'list',
     'Append an object to a list.'),
    ('APPENDS', 'e', '', 1, 'list mark stackslice', 'list',
     'Extend a list by a slice of stack objects.'),
    ('LIST', 'l', '', 0, 'mark stackslice', 'list',
     'Build a list out of the topmost stack slice, after markobject.'),
    ('EMPTY_TUPLE', ')', '', 1, '', 'tuple',
     'Push an empty tuple.'),
    ('TUPLE', 't', '', 0, 'mark stackslice', 'tuple',
     'Build a tuple out of the topmost stack slice, after markobject.'),
    ('TUPLE1', '\x85', '', 2, 'any', 'tuple',
     'Build a one-tuple out of the topmost item on the stack.'),
    ('TUPLE2', '\x86', '', 2, 'any any', 'tuple',
     'Build a two-tuple out of the top two items on the stack.'),
    ('TUPLE3', '\x87', '', 2, 'any any any', 'tuple',
     'Build a three-tuple out of the top three items on the stack.'),
    ('EMPTY_DICT', '}', '', 1, '', 'dict',
     'Push an empty dict.'),
    ('DICT', 'd', '', 0, 'mark stackslice', 'dict',
     'Build a dict out of the topmost stack slice, after markobject.'),
    ('SETITEM', 's', '', 0, 'dict any any', 'dict',
     'Add a key+value pair to an existing dict.'),
    ('SETITEMS', 'u', '', 1, 'dict mark stackslice', 'dict',
     'Add an arbitrary number of key+value pairs to an existing dict.'),
    ('EMPTY_SET', '\x8f', '', 4, '', 'set',
     'Push an empty set.'),
    ('ADDITEMS', '\x90', '', 4, 'set mark stackslice', 'set',
     'Add an arbitrary number of items to an existing set.'),
    ('FROZENSET', '\x91', '', 4, 'mark stackslice', 'frozenset',
     'Build a frozenset out of the topmost slice, after markobject.'),
    ('POP', '0', '', 0, 'any', '',
     'Discard the top stack item, shrinking the stack by one item.'),
    ('DUP', '2', '', 0, 'any', 'any any',
     'Push the top stack item onto the stack again, duplicating it.'),
    ('MARK', '(', '', 0, '', 'mark',
     'Push markobject onto the stack.'),
    ('POP_MARK', '1', '', 1, 'mark stackslice', '',
     'Pop all the stack objects at and above the topmost markobject.'),
    ('GET', 'g', 'decimalnl_short', 0, '', 'any',
     'Read an object from the memo and push it on the stack.'),
    ('BINGET', 'h', 'uint1', 1, '', 'any',
     'Read an object from the memo and push it on the stack.'),
    ('LONG_BINGET', 'j', 'uint4', 1, '', 'any',
     'Read an object from the memo and push it on the stack.'),
    ('PUT', 'p', 'decimalnl_short', 0, '', '',
     'Store the stack top into the memo.  The stack is not popped.'),
    ('BINPUT', 'q', 'uint1', 1, '', '',
     'Store the stack top into the memo.  The stack is not popped.'),
    ('LONG_BINPUT', 'r', 'uint4', 1, '', '',
     'Store the stack top into the memo.  The stack is not popped.'),
    ('MEMOIZE', '\x94', '', 4, 'any', 'any',
     'Store the stack top into the memo.  The stack is not popped.'),
    ('EXT1', '\x82', 'uint1', 2, '', 'any',
     'Extension code.'),
    ('EXT2', '\x83', 'uint2', 2, '', 'any',
     'Extension code.'),
    ('EXT4', '\x84', 'int4', 2, '', 'any',
     'Extension code.'),
    ('GLOBAL', 'c', 'stringnl_noescape_pair', 0, '', 'any',
     'Push a global object (module.attr) on the stack.'),
    ('STACK_GLOBAL', '\x93', '', 4, 'str str', 'any',
     'Push a global object (module.attr) on the stack.'),
    ('REDUCE', 'R', '', 0, 'any any', 'any',
     'Push an object built from a callable and an argument tuple.'),
    ('BUILD', 'b', '', 0, 'any any', 'any',
     'Finish building an object, via __setstate__ or dict update.'),
    ('INST', 'i', 'stringnl_noescape_pair', 0, 'mark stackslice', 'any',
     'Build a class instance.'),
    ('OBJ', 'o', '', 1, 'mark any stackslice', 'any',
     'Build a class instance.'),
    ('NEWOBJ', '\x81', '', 2, 'any any', 'any',
     'Build an object instance.'),
    ('NEWOBJ_EX', '\x92', '', 4, 'any any any', 'any',
     'Build an object instance.'),
    ('PROTO', '\x80', 'uint1', 2, '', '',
     'Protocol version indicator.'),
    ('STOP', '.', '', 0, 'any', '',
     'Stop the unpickling machine.'),
    ('FRAME', '\x95', 'uint8', 4, '', '',
     'Indicate the beginning of a new frame.'),
    ('PERSID', 'P', 'stringnl_noescape', 0, '', 'any',
     'Push an object identified by a persistent ID.'),
    ('BINPERSID', 'Q', '', 1, 'any', 'any',
     'Push an object identified by a persistent ID.'),
]

opcodes = [OpcodeInfo(name, code, _ARGS[arg] if arg else None,
                      [_STACK[s] for s in before.split()],
                      [_STACK[s] for s in after.split()], proto, doc)
           for name, code, arg, proto, before, after, doc in _TABLE]
del _TABLE

code2op = {op.code: op for op in opcodes}

# ---- reading -----------------------------------------------------------------

def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    tell = getattr(data, 'tell', None)
    while True:
        pos = tell() if tell is not None else None
        code = data.read(1)
        op = code2op.get(code.decode('latin-1'))
        if op is None:
            if not code:
                raise ValueError("pickle exhausted before seeing STOP")
            where = '<unknown>' if pos is None else pos
            raise ValueError(f"at position {where}, opcode {code!r} unknown")
        arg = None if op.arg is None else op.arg.reader(data)
        if yield_end_pos:
            yield op, arg, pos, tell() if tell is not None else None
        else:
            yield op, arg, pos
        if op.name == 'STOP':
            return


def genops(pickle):
    """Generate all the opcodes in a pickle.

    'pickle' is a file-like object, or string, containing the pickle.

    Each opcode in the pickle is generated, from the current pickle position,
    stopping after a STOP opcode is delivered.  A triple is generated for
    each opcode:

        opcode, arg, pos

    opcode is an OpcodeInfo record, describing the current opcode.

    If the opcode has an argument embedded in the pickle, arg is its decoded
    value, as a Python object.  If the opcode doesn't have an argument, arg
    is None.

    If the pickle has a tell() method, pos was the value of pickle.tell()
    before reading the current opcode.  If the pickle is a bytes object,
    it's wrapped in a BytesIO object, and the latter's tell() result is
    used.  Else (the pickle doesn't have a tell(), and it's not obvious how
    to query its current position) pos is None.
    """
    return _genops(pickle)

# ---- optimize ------------------------------------------------------------------

_FRAME_TARGET = 64 * 1024


class _FrameWriter:
    """Writes opcodes as a pickler of protocol `proto` does, framed from 4."""

    def __init__(self, proto):
        self.proto = proto
        self.out = io.BytesIO()
        self.frame = io.BytesIO() if proto >= 4 else None

    def put(self, idx):
        if self.proto >= 4:
            return b'\x94'
        if self.proto >= 1:
            return b'q' + bytes([idx]) if idx < 256 else b'r' + idx.to_bytes(4, 'little')
        return b'p%d\n' % idx

    def get(self, idx):
        if self.proto >= 1:
            return b'h' + bytes([idx]) if idx < 256 else b'j' + idx.to_bytes(4, 'little')
        return b'g%d\n' % idx

    def close_frame(self, force):
        frame = self.frame
        if frame is None or not (force or frame.tell() >= _FRAME_TARGET):
            return
        data = frame.getvalue()
        if len(data) >= 4:
            self.out.write(b'\x95' + len(data).to_bytes(8, 'little'))
        self.out.write(data)
        self.frame = io.BytesIO()

    def write(self, data, frameless=False):
        self.close_frame(frameless)
        if frameless or self.frame is None:
            self.out.write(data)
        else:
            self.frame.write(data)

    def finish(self):
        if self.frame is not None and self.frame.tell():
            self.close_frame(True)
        return self.out.getvalue()


def optimize(p):
    'Optimize a pickle string by removing unused PUT opcodes'
    steps = []            # ('put', id), ('get', id) or (start, end) of p
    stored = set()
    fetched = {}
    proto = 0
    header = b''
    for op, arg, pos, end in _genops(p, yield_end_pos=True):
        name = op.name
        if 'PUT' in name or name == 'MEMOIZE':
            key = arg if name != 'MEMOIZE' else len(stored)
            stored.add(key)
            steps.append(('put', key))
        elif 'FRAME' in name:
            continue
        elif 'GET' in name:
            proto = max(proto, op.proto)
            fetched[arg] = None
            steps.append(('get', arg))
        elif name == 'PROTO':
            proto = max(proto, arg)
            if pos == 0:
                header = p[pos:end]
            else:
                steps.append((pos, end))
        else:
            steps.append((pos, end))
    writer = _FrameWriter(proto)
    writer.out.write(header)
    count = 0
    for kind, value in steps:
        if kind == 'put':
            if value not in fetched:
                continue
            fetched[value] = count
            writer.write(writer.put(count))
            count += 1
        elif kind == 'get':
            writer.write(writer.get(fetched[value]))
        else:
            data = p[kind:value]
            writer.write(data, len(data) > _FRAME_TARGET)
    return writer.finish()

# ---- dis -------------------------------------------------------------------------

def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Produce a symbolic disassembly of a pickle.

    'pickle' is a file-like object, or string, containing a (at least one)
    pickle.  The pickle is disassembled from the current position, through
    the first STOP opcode encountered.

    Optional arg 'out' is a file-like object to which the disassembly is
    printed.  It defaults to sys.stdout.

    Optional arg 'memo' is a Python dict, used as the pickle's memo.  It
    may be mutated by dis(), if the pickle contains PUT or BINPUT opcodes.
    Passing the same memo object to another dis() call then allows disassembly
    to proceed across multiple pickles that were all created by the same
    pickler with the same memo.  Ordinarily you don't need to worry about this.

    Optional arg 'indentlevel' is the number of blanks by which to indent
    a new MARK level.  It defaults to 4.

    Optional arg 'annotate' if nonzero instructs dis() to add short
    description of the opcode on each line of disassembled output.
    The value given to 'annotate' must be an integer and is used as a
    hint for the column where annotation should start.  The default
    value is 0, meaning no annotations.

    In addition to printing the disassembly, some sanity checks are made:

    + All embedded opcode arguments "make sense".

    + Explicit and implicit pop operations have enough items on the stack.

    + When an opcode implicitly refers to a markobject, a markobject is
      actually on the stack.

    + A memo entry isn't referenced before it's defined.

    + The markobject isn't stored in the memo.
    """
    stack = []            # what the unpickler's stack would hold, by kind
    marks = []            # positions of the MARKs on it
    memo = {} if memo is None else memo
    highest = -1
    indent = ' ' * indentlevel
    column = annotate
    for op, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)
        line = "%-4s %s%s" % (repr(op.code)[1:-1], indent * len(marks), op.name)
        highest = max(highest, op.proto)
        before, after = op.stack_before, op.stack_after
        npop = len(before)
        note = problem = None
        if markobject in before or (op.name == 'POP' and stack and stack[-1] is markobject):
            if marks:
                at = marks.pop()
                note = "(MARK at unknown opcode offset)" if at is None else f"(MARK at {at})"
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                npop = before.index(markobject) if markobject in before else 0
            else:
                problem = "no MARK exists on stack"
        if op.name in ('PUT', 'BINPUT', 'LONG_BINPUT', 'MEMOIZE'):
            key = arg
            if op.name == 'MEMOIZE':
                key = len(memo)
                note = f"(as {key})"
            if not stack:
                problem = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                problem = "can't store markobject in the memo"
            else:
                memo[key] = stack[-1]
        elif op.name in ('GET', 'BINGET', 'LONG_BINGET'):
            if arg in memo:
                after = [memo[arg]]
            else:
                problem = f"memo key {arg!r} has never been stored into"
        if arg is not None or note:
            line += ' ' * (10 - len(op.name))
            if arg is not None:
                shown = ascii(arg) if op.name in ('STRING', 'BINSTRING', 'SHORT_BINSTRING') else repr(arg)
                line += ' ' + shown
            if note:
                line += ' ' + note
        if annotate:
            line += ' ' * (column - len(line))
            column = len(line)
            if column > 50:
                column = annotate
            line += ' ' + op.doc.split('\n', 1)[0]
        print(line, file=out)
        if problem:
            raise ValueError(problem)
        if len(stack) < npop:
            raise ValueError(f"tries to pop {npop} items from stack with only {len(stack)} items")
        if npop:
            del stack[-npop:]
        if markobject in after:
            marks.append(pos)
        stack.extend(after)
    print("highest protocol among opcodes =", highest, file=out)
    if stack:
        raise ValueError(f"stack not empty after STOP: {stack!r}")
