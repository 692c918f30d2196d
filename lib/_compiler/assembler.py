"""From a unit's instruction list to a code object.

The code generator hands over a flat list of `Instr` and `Label` items (a
Label marks the position of the instruction after it).  Besides the opcodes
of CPython 3.14, the list may hold these pseudo instructions:

  JUMP L, JUMP_NO_INTERRUPT L   unconditional jumps (their direction is
                                chosen here: JUMP_FORWARD / JUMP_BACKWARD)
  SETUP_FINALLY L               from here, an exception goes to L with the
                                exception pushed (depth + 1)
  SETUP_CLEANUP L               the same, with lasti pushed under it (+ 2)
  SETUP_WITH L                  the same as SETUP_CLEANUP for a with block,
                                whose handler entry depth is one lower (the
                                __enter__ result is not kept)
  POP_BLOCK                     ends the innermost SETUP_*
  LOAD_CLOSURE i                LOAD_FAST of a cell (for building closures)
  STORE_FAST_MAYBE_NULL i       STORE_FAST of a possibly unbound value

Conditional jumps (POP_JUMP_IF_*) may go backwards in the list: they are
inverted around a JUMP_BACKWARD here.  The stages:
  1. flow: from the first instruction along every edge, the stack depth and
     the stack of active handlers before each instruction; unreachable
     instructions are dropped (CPython drops them too);
  2. layout: sizes with EXTENDED_ARG prefixes and inline caches, repeated
     until jump arguments are stable;
  3. the bytes, the exception table and the location table;
  4. types.CodeType(...).
"""
import opcode as _opcode_mod
from _opcode import stack_effect as _stack_effect

OPMAP = _opcode_mod.opmap
CACHES = _opcode_mod._inline_cache_entries
EXTENDED_ARG = OPMAP['EXTENDED_ARG']

SETUPS = {'SETUP_FINALLY': (1, 0), 'SETUP_CLEANUP': (2, 1), 'SETUP_WITH': (1, 1)}
COND_JUMPS = {'POP_JUMP_IF_FALSE': 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_TRUE': 'POP_JUMP_IF_FALSE',
              'POP_JUMP_IF_NONE': 'POP_JUMP_IF_NOT_NONE',
              'POP_JUMP_IF_NOT_NONE': 'POP_JUMP_IF_NONE'}
# jumps whose target is also reached by falling through (or handlers)
BRANCHES = set(COND_JUMPS) | {'FOR_ITER', 'SEND'}
UNCONDITIONAL = {'JUMP', 'JUMP_NO_INTERRUPT', 'JUMP_FORWARD', 'JUMP_BACKWARD',
                 'JUMP_BACKWARD_NO_INTERRUPT'}
TERMINATORS = {'RETURN_VALUE', 'RAISE_VARARGS', 'RERAISE'} | UNCONDITIONAL
# END_ASYNC_FOR's argument points back at the END_SEND of its loop (for
# instrumentation); control never goes there
BACK_REFERENCE = {'END_ASYNC_FOR'}

# co_flags
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 0x10, 0x20, 0x40, 0x80
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 0x100, 0x200
CO_HAS_DOCSTRING, CO_METHOD = 0x4000000, 0x8000000


class Label:
    """A jump target: placed in the list where its instruction follows."""
    __slots__ = ('index', 'offset')

    def __init__(self):
        self.index = -1
        self.offset = -1

    def __repr__(self):
        return 'Label(%d)' % self.index


class Instr:
    """One instruction: op is the opcode's (or pseudo's) name, arg an int or
    (for jumps and SETUP_*) a Label, loc (lineno, end_lineno, col,
    end_col) or None for 'the previous instruction's location'."""
    __slots__ = ('op', 'arg', 'loc', 'size', 'offset', 'handler', 'depth', '_labels',
                 '_real', '_value')

    def __init__(self, op, arg, loc):
        self.op = op
        self.arg = arg
        self.loc = loc

    def __repr__(self):
        return 'Instr(%s, %r, %r)' % (self.op, self.arg, self.loc)


NO_LOCATION = (-1, -1, -1, -1)


def _effect(ins):
    op = ins.op
    if op in SETUPS or op == 'POP_BLOCK' or op in UNCONDITIONAL:
        return 0
    if op == 'LOAD_CLOSURE':
        return 1
    if op == 'STORE_FAST_MAYBE_NULL':
        return -1
    arg = ins.arg if isinstance(ins.arg, int) else 0
    return _stack_effect(OPMAP[op], arg)


def _invert_backward_conditions(items):
    """POP_JUMP_IF_X back to L becomes POP_JUMP_IF_notX over a JUMP to L."""
    seen = set()
    out = []
    for it in items:
        if isinstance(it, Label):
            seen.add(id(it))
        elif it.op in COND_JUMPS and id(it.arg) in seen:
            skip = Label()
            out.append(Instr(COND_JUMPS[it.op], skip, it.loc))
            out.append(Instr('NOT_TAKEN', None, it.loc))
            out.append(Instr('JUMP', it.arg, it.loc))
            out.append(skip)
            continue
        out.append(it)
    return out


def _flow(instrs, label_index):
    """Depth and handler stack before each instruction; returns max depth."""
    n = len(instrs)
    depth = [None] * n
    handlers = [None] * n
    work = [(0, 0, ())]
    maxdepth = 0
    while work:
        i, d, hs = work.pop()
        while i < n and depth[i] is None:
            ins = instrs[i]
            depth[i] = d
            handlers[i] = hs
            op = ins.op
            if op in SETUPS:
                push, lasti = SETUPS[op]
                target = label_index[id(ins.arg)]
                entry = (ins.arg, d - 1 if op == 'SETUP_WITH' else d, lasti)
                maxdepth = max(maxdepth, d + push)
                work.append((target, d + push, hs))
                hs = hs + (entry,)
                i += 1
                continue
            if op == 'POP_BLOCK':
                hs = hs[:-1]
                i += 1
                continue
            d2 = d + _effect(ins)
            if d2 < 0:
                raise SystemError('compiler: stack underflow at %r' % (ins,))
            maxdepth = max(maxdepth, d2, d)
            if isinstance(ins.arg, Label) and op not in BACK_REFERENCE:
                work.append((label_index[id(ins.arg)], d2, hs))
            if op in TERMINATORS:
                break
            d = d2
            i += 1
        else:
            if i >= n:
                raise SystemError('compiler: code runs past its end')
    return depth, handlers, maxdepth


def _lower(instrs, depth, handlers):
    """Drops unreachable and pseudo instructions (keeping their labels on
    the next real instruction); sets each one's handler entry."""
    out = []
    pending = []
    for i, ins in enumerate(instrs):
        labels = getattr(ins, '_labels', ())
        if depth[i] is None or ins.op in SETUPS or ins.op == 'POP_BLOCK':
            pending.extend(labels)
            continue
        ins._labels = pending + list(labels) if pending else labels
        pending = []
        if ins.op == 'LOAD_CLOSURE':
            ins.op = 'LOAD_FAST'
        elif ins.op == 'STORE_FAST_MAYBE_NULL':
            ins.op = 'STORE_FAST'
        hs = handlers[i]
        ins.handler = hs[-1] if hs else None
        out.append(ins)
    if pending:
        raise SystemError('compiler: label at the end of the code')
    return out


def _ext_count(arg):
    if arg < 0:
        raise SystemError('compiler: negative argument')
    return 0 if arg <= 0xff else 1 if arg <= 0xffff else 2 if arg <= 0xffffff else 3


def _layout(instrs):
    for ins in instrs:
        for lab in ins._labels:
            lab.index = -2          # placed
    for ins in instrs:
        ins.size = 1 + CACHES.get(ins.op, 0)
        if isinstance(ins.arg, Label):
            ins.size += 0
    while True:
        off = 0
        for ins in instrs:
            ins.offset = off
            for lab in ins._labels:
                lab.offset = off
            off += ins.size
        changed = False
        for ins in instrs:
            arg = ins.arg
            op = ins.op
            if isinstance(arg, Label):
                end = ins.offset + ins.size
                if op in ('JUMP', 'JUMP_NO_INTERRUPT'):
                    back = arg.offset < end
                    if op == 'JUMP':
                        real = 'JUMP_BACKWARD' if back else 'JUMP_FORWARD'
                    else:
                        real = 'JUMP_BACKWARD_NO_INTERRUPT' if back else 'JUMP_FORWARD'
                    ins._real = real
                else:
                    ins._real = op
                    back = op.startswith('JUMP_BACKWARD') or op in BACK_REFERENCE
                value = end - arg.offset if back else arg.offset - end
                if value < 0:
                    raise SystemError('compiler: jump %s in the wrong direction' % op)
                ins._value = value
            else:
                ins._real = op
                ins._value = arg if arg is not None else 0
            size = 1 + CACHES.get(ins._real, 0) + _ext_count(ins._value)
            if size != ins.size:
                ins.size = size
                changed = True
        if not changed:
            return off


def _code_bytes(instrs):
    out = bytearray()
    for ins in instrs:
        v = ins._value
        ext = _ext_count(v)
        for k in range(ext, 0, -1):
            out += bytes((EXTENDED_ARG, (v >> (8 * k)) & 0xff))
        out += bytes((OPMAP[ins._real], v & 0xff))
        out += b'\0\0' * CACHES.get(ins._real, 0)
    return bytes(out)


def _except_varint(out, value, first):
    chunks = [value & 63]
    value >>= 6
    while value:
        chunks.append(value & 63)
        value >>= 6
    chunks.reverse()
    for k, c in enumerate(chunks):
        if k < len(chunks) - 1:
            c |= 0x40
        if k == 0 and first:
            c |= 0x80
        out.append(c)


def _exception_table(instrs):
    out = bytearray()
    runs = []
    for ins in instrs:
        h = ins.handler
        if runs and runs[-1][0] is h:
            runs[-1][2] = ins.offset + ins.size
        elif h is not None:
            runs.append([h, ins.offset, ins.offset + ins.size])
        else:
            runs.append([None, ins.offset, ins.offset + ins.size])
    for h, start, end in runs:
        if h is None:
            continue
        label, d, lasti = h
        _except_varint(out, start, True)
        _except_varint(out, end - start, False)
        _except_varint(out, label.offset, False)
        _except_varint(out, (d << 1) | lasti, False)
    return bytes(out)


def _varint(out, v):
    while v >= 64:
        out.append(0x40 | (v & 63))
        v >>= 6
    out.append(v)


def _svarint(out, v):
    _varint(out, ((-v) << 1) | 1 if v < 0 else v << 1)


def _location_table(instrs, firstlineno):
    out = bytearray()
    prev = firstlineno
    for ins in instrs:
        loc = ins.loc
        left = ins.size
        while left:
            n = min(left, 8)
            left -= n
            head = 0x80 | (n - 1)
            if loc is None or loc[0] < 0:
                out.append(head | (15 << 3))
                continue
            line, endline, col, endcol = loc
            delta = line - prev
            prev = line
            if col is None or col < 0 or endcol is None or endcol < 0:
                out.append(head | (13 << 3))
                _svarint(out, delta)
            elif (endline == line and delta == 0 and col < 80
                  and 0 <= endcol - col < 16):
                out.append(head | ((col >> 3) << 3))
                out.append(((col & 7) << 4) | (endcol - col))
            elif endline == line and 0 <= delta < 3 and col < 128 and endcol < 128:
                out.append(head | ((10 + delta) << 3))
                out.append(col)
                out.append(endcol)
            else:
                out.append(head | (14 << 3))
                _svarint(out, delta)
                _varint(out, endline - line)
                _varint(out, col + 1)
                _varint(out, endcol + 1)
    return bytes(out)


def _fill_locations(instrs):
    """An instruction without a location takes the one before it."""
    prev = None
    for ins in instrs:
        if ins.loc is None:
            ins.loc = prev
        else:
            prev = ins.loc


def assemble(items, *, argcount=0, posonlyargcount=0, kwonlyargcount=0, flags=0,
             consts=(), names=(), varnames=(), cellvars=(), freevars=(),
             filename='', name='', qualname='', firstlineno=1):
    """The code object of `items` (Instr and Label in order)."""
    import types
    items = _invert_backward_conditions(items)
    instrs = []
    label_index = {}
    pending = []
    for it in items:
        if isinstance(it, Label):
            pending.append(it)
        else:
            it._labels = pending
            for lab in pending:
                label_index[id(lab)] = len(instrs)
            pending = []
            instrs.append(it)
    if pending:
        raise SystemError('compiler: label at the end of the code')
    _fill_locations(instrs)
    depth, handlers, maxdepth = _flow(instrs, label_index)
    instrs = _lower(instrs, depth, handlers)
    _layout(instrs)
    code = _code_bytes(instrs)
    table = _exception_table(instrs)
    lines = _location_table(instrs, firstlineno)
    nlocals = len(varnames)
    return types.CodeType(argcount, posonlyargcount, kwonlyargcount, nlocals, maxdepth,
                          flags, code, tuple(consts), tuple(names), tuple(varnames),
                          filename, name, qualname, firstlineno, lines, table,
                          tuple(freevars), tuple(cellvars))
