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
from _compiler.fastlocals import superinstructions, borrow, check_unbound_loads
from _compiler.peephole import none_jumps, static_swaps

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
RESUME_DEPTH1 = 4


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
    skip_not_taken = False
    for it in items:
        if isinstance(it, Label):
            seen.add(id(it))
        elif skip_not_taken and it.op == 'NOT_TAKEN':
            skip_not_taken = False
            continue
        elif it.op in COND_JUMPS and id(it.arg) in seen:
            skip = Label()
            out.append(Instr(COND_JUMPS[it.op], skip, it.loc))
            out.append(Instr('NOT_TAKEN', None, it.loc))
            out.append(Instr('JUMP', it.arg, it.loc))
            out.append(skip)
            skip_not_taken = True
            continue
        skip_not_taken = False
        out.append(it)
    return out


def _small_ints(items, consts):
    """LOAD_CONST of an int in range(256) becomes LOAD_SMALL_INT."""
    for it in items:
        if not isinstance(it, Label) and it.op == 'LOAD_CONST':
            value = consts[it.arg]
            if type(value) is int and 0 <= value < 256:
                it.op = 'LOAD_SMALL_INT'
                it.arg = value


def _used_consts(instrs, consts):
    """co_consts without the entries no instruction loads (the first one
    stays: it may be the docstring); renumbers the LOAD_CONSTs."""
    used = {0} if consts else set()
    for ins in instrs:
        if ins.op == 'LOAD_CONST':
            used.add(ins.arg)
    if len(used) == len(consts):
        return tuple(consts)
    new_index = {}
    kept = []
    for k, value in enumerate(consts):
        if k in used:
            new_index[k] = len(kept)
            kept.append(value)
    for ins in instrs:
        if ins.op == 'LOAD_CONST':
            ins.arg = new_index[ins.arg]
    return tuple(kept)


def _fold_to_bool(items):
    """TO_BOOL after a comparison goes: COMPARE_OP converts its result
    itself (bit 16 of its argument), IS_OP and CONTAINS_OP give bools."""
    out = []
    for it in items:
        if not isinstance(it, Label) and it.op == 'TO_BOOL' and out and \
                not isinstance(out[-1], Label):
            prev = out[-1]
            if prev.op == 'COMPARE_OP':
                prev.arg |= 16
                continue
            if prev.op in ('IS_OP', 'CONTAINS_OP'):
                continue
        out.append(it)
    return out


def _thread_jumps(items):
    """A jump to an unconditional jump without a location of its own goes
    straight to where that one goes (CPython's jump threading)."""
    first = {}
    pending = []
    for it in items:
        if isinstance(it, Label):
            pending.append(it)
        else:
            for lab in pending:
                first[id(lab)] = it
            pending = []
    for it in items:
        if isinstance(it, Label) or not isinstance(it.arg, Label) or it.op in SETUPS or \
                it.op in BACK_REFERENCE:
            continue
        if it.op not in COND_JUMPS and it.op not in ('JUMP', 'JUMP_NO_INTERRUPT'):
            continue
        for _ in range(100):
            target = first.get(id(it.arg))
            if target is None or target is it or target.op not in ('JUMP', 'JUMP_NO_INTERRUPT') \
                    or target.loc is not None or target.arg is it.arg:
                break
            it.arg = target.arg
    return items


def _blocks(items, after_jumps=False):
    """items split into basic blocks: [labels, instrs] pairs; a block ends
    after a terminator, and with after_jumps after any jump."""
    blocks = []
    cur = None
    for it in items:
        if isinstance(it, Label):
            if cur is None or cur[1]:
                cur = [[], []]
                blocks.append(cur)
            cur[0].append(it)
        else:
            if cur is None:
                cur = [[], []]
                blocks.append(cur)
            cur[1].append(it)
            if it.op in TERMINATORS or (after_jumps and _is_jump(it)):
                cur = None
    return blocks


def _is_jump(ins):
    return isinstance(ins.arg, Label) and ins.op not in SETUPS and ins.op not in BACK_REFERENCE


def _falls_through(block):
    return not block[1] or block[1][-1].op not in TERMINATORS


EXITS = ('RETURN_VALUE', 'RAISE_VARARGS', 'RERAISE')
MAX_COPY = 4


def _copy_size(instrs):
    # CPython counts a global call's NULL as an instruction of its own here
    return sum(2 if ins.op == 'LOAD_GLOBAL' and ins.arg & 1 else 1 for ins in instrs)


def _is_small_exit(instrs):
    return 0 < _copy_size(instrs) <= MAX_COPY and instrs[-1].op in EXITS and not any(
        isinstance(ins.arg, Label) or ins.op == 'POP_BLOCK' for ins in instrs)


def _duplicate_exits(items):
    """Small blocks that leave the code (a return, a raise) are copied into
    the jumps that lead to them, as CPython does; one without a location
    of its own takes the location of the jump (so that a function's
    implicit return is seen on the line that led to it)."""
    blocks = _blocks(items)
    by_label = {}
    for k, b in enumerate(blocks):
        for lab in b[0]:
            by_label[id(lab)] = k
    jumps = {}
    for b in blocks:
        for ins in b[1]:
            if _is_jump(ins):
                jumps.setdefault(by_label[id(ins.arg)], []).append(ins)
    copies = {}
    for k, b in enumerate(blocks):
        instrs = b[1]
        if not _is_small_exit(instrs):
            continue
        unlocated = all(ins.loc is None for ins in instrs)
        preds = jumps.get(k, [])
        fallthrough = k > 0 and _falls_through(blocks[k - 1])
        for j in preds:
            if j.op in ('JUMP', 'JUMP_NO_INTERRUPT'):
                j.op = 'COPY_OF'
                j.arg = [Instr(ins.op, ins.arg, j.loc if ins.loc is None else ins.loc)
                         for ins in instrs]
            elif unlocated and (fallthrough or len(preds) > 1):
                lab = Label()
                copies.setdefault(k, []).append(lab)
                copies[k].extend(Instr(ins.op, ins.arg, j.loc) for ins in instrs)
                j.arg = lab
            elif unlocated:
                for ins in instrs:
                    ins.loc = j.loc
    out = []
    for k, b in enumerate(blocks):
        out.extend(b[0])
        for ins in b[1]:
            if ins.op == 'COPY_OF':
                out.extend(ins.arg)
            else:
                out.append(ins)
        out.extend(copies.get(k, ()))
    return out


def _line(ins):
    return ins.loc[0] if ins.loc is not None else -1


def _first_located_line(items, j):
    """The line of the first instruction from items[j] on that is not a NOP
    without a location (-1 when the code ends first)."""
    for it in items[j:]:
        if not isinstance(it, Label) and not (it.op == 'NOP' and _line(it) < 0) and \
                it.op not in SETUPS and it.op != 'POP_BLOCK':
            return _line(it)
    return -1


def _remove_nops(items):
    """A NOP goes unless it is the only instruction of its line: CPython
    keeps one where nothing else around it starts that line.  The
    unlocated instruction after a NOP that goes takes its location."""
    out = []
    prev_line = -1
    n = len(items)
    for i, it in enumerate(items):
        if isinstance(it, Label):
            prev_line = -1
            out.append(it)
            continue
        line = _line(it)
        if it.op == 'NOP':
            if line < 0 or line == prev_line:
                continue
            j = i + 1
            while j < n and not isinstance(items[j], Label) and \
                    (items[j].op in SETUPS or items[j].op == 'POP_BLOCK'):
                j += 1              # (pseudo instructions that will go)
            nxt = items[j] if j < n else None
            if nxt is not None and not isinstance(nxt, Label):
                if _line(nxt) == line:
                    continue
                if _line(nxt) < 0 and nxt.op != 'NOP':
                    nxt.loc = it.loc
                    continue
            elif nxt is not None and _first_located_line(items, j) == line:
                continue
        out.append(it)
        prev_line = line
        if isinstance(it.arg, Label) or it.op in TERMINATORS or it.op == 'RESUME':
            prev_line = -1          # (CPython's RESUME ends the entry block)
    return out


def _check_unbound_loads(items, nparams, nlocals):
    """LOAD_FAST_CHECK where a local may be unbound (fastlocals does the
    analysis over the basic blocks and handlers found here)."""
    blocks = _blocks(items, after_jumps=True)
    owner = {}
    for k, b in enumerate(blocks):
        for lab in b[0]:
            owner[id(lab)] = k
    handler_of = {}
    stack = []
    for b in blocks:
        for ins in b[1]:
            if ins.op in SETUPS:
                stack.append(owner[id(ins.arg)])
            elif ins.op == 'POP_BLOCK':
                if stack:
                    stack.pop()
            elif stack:
                handler_of[id(ins)] = stack[-1]

    def successors(k):
        b = blocks[k]
        out = []
        if b[1] and _is_jump(b[1][-1]):
            out.append(owner[id(b[1][-1].arg)])
        if _falls_through(b) and k + 1 < len(blocks):
            out.append(k + 1)
        return out
    check_unbound_loads([b[1] for b in blocks], handler_of, successors, nparams, nlocals)


def _push_cold_blocks(items):
    """Blocks that normal control flow never reaches (exception handlers
    and what only they lead to) go after the others, as CPython lays them
    out; a block that fell through to one that moved jumps to it."""
    blocks = _blocks(items)
    owner = {}
    for k, b in enumerate(blocks):
        for lab in b[0]:
            owner[id(lab)] = k
    warm = set()
    work = [0] if blocks else []
    while work:
        k = work.pop()
        if k in warm:
            continue
        warm.add(k)
        b = blocks[k]
        for ins in b[1]:
            if _is_jump(ins):
                work.append(owner[id(ins.arg)])
        if _falls_through(b) and k + 1 < len(blocks):
            work.append(k + 1)
    if len(warm) == len(blocks):
        return items
    order = [k for k in range(len(blocks)) if k in warm] + \
            [k for k in range(len(blocks)) if k not in warm]
    out = []
    for pos, k in enumerate(order):
        b = blocks[k]
        out.extend(b[0])
        out.extend(b[1])
        if _falls_through(b) and k + 1 < len(blocks) and (
                pos + 1 >= len(order) or order[pos + 1] != k + 1):
            nxt = blocks[k + 1]
            if not nxt[0]:
                nxt[0].append(Label())
            loc = b[1][-1].loc if b[1] else None
            out.append(Instr('JUMP_NO_INTERRUPT', nxt[0][0], loc))
    return out


def _drop_redundant_jumps(items):
    """An unconditional jump to the next instruction goes (a NOP stays if it
    was the only instruction of its line)."""
    out = []
    n = len(items)
    for i, it in enumerate(items):
        if not isinstance(it, Label) and it.op in ('JUMP', 'JUMP_NO_INTERRUPT'):
            j = i + 1
            following = set()
            while j < n and isinstance(items[j], Label):
                following.add(id(items[j]))
                j += 1
            if id(it.arg) in following:
                line = it.loc[0] if it.loc else -1
                prev = next((x for x in reversed(out) if not isinstance(x, Label)), None)
                after = items[j] if j < n else None
                if line >= 0 and (prev is None or prev.loc is None or prev.loc[0] != line) \
                        and (after is None or after.loc is None or after.loc[0] != line):
                    out.append(Instr('NOP', None, it.loc))
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
    prev_index = -1
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
        ins.depth = depth[i]
        if ins.op == 'RESUME' and ins.arg and out and out[-1].op == 'YIELD_VALUE' \
                and len(handlers[prev_index]) == 1:
            # a plain yield with only the generator's own handler around it
            ins.arg |= RESUME_DEPTH1
        prev_index = i
        out.append(ins)
    # labels left over mark unreachable code at the end: nothing jumps there
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


def _location_runs(instrs):
    """(location, size in code units) of each run of instructions with the
    same location: the table has one entry (or more, 8 units each) a run."""
    runs = []
    for ins in instrs:
        if runs and runs[-1][0] == ins.loc:
            runs[-1][1] += ins.size
        else:
            runs.append([ins.loc, ins.size])
    return runs


def _location_table(instrs, firstlineno):
    out = bytearray()
    prev = firstlineno
    for loc, left in _location_runs(instrs):
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


def _propagate_locations(items):
    """Instructions without a location (None) take the one before them in
    their basic block; a block's first one takes its only predecessor's
    (the block before, or the jump to it), as CPython propagates them; what
    is left has no location at all."""
    blocks = _blocks(items, after_jumps=True)
    owner = {}
    for k, b in enumerate(blocks):
        for lab in b[0]:
            owner[id(lab)] = k
    preds = [0] * len(blocks)
    for k, b in enumerate(blocks):
        if k + 1 < len(blocks) and _falls_through(b):
            preds[k + 1] += 1
        for ins in b[1]:
            if _is_jump(ins):
                preds[owner[id(ins.arg)]] += 1
    for k, b in enumerate(blocks):
        prev = None
        for ins in b[1]:
            if ins.loc is None:
                ins.loc = prev
            else:
                prev = ins.loc
        if not b[1]:
            continue
        last = b[1][-1]
        if k + 1 < len(blocks) and _falls_through(b) and preds[k + 1] == 1 and \
                blocks[k + 1][1] and blocks[k + 1][1][0].loc is None:
            blocks[k + 1][1][0].loc = prev
        if _is_jump(last):
            t = owner[id(last.arg)]
            if preds[t] == 1 and blocks[t][1] and blocks[t][1][0].loc is None:
                blocks[t][1][0].loc = last.loc
    for b in blocks:
        for ins in b[1]:
            if ins.loc is None:
                ins.loc = NO_LOCATION


def assemble(items, *, argcount=0, posonlyargcount=0, kwonlyargcount=0, flags=0,
             consts=(), names=(), varnames=(), cellvars=(), freevars=(),
             filename='', name='', qualname='', firstlineno=1):
    """The code object of `items` (Instr and Label in order)."""
    import types
    _small_ints(items, consts)
    items = _fold_to_bool(items)
    none_jumps(items, consts, Label)
    static_swaps(items, Label)
    items = _thread_jumps(items)
    items = _duplicate_exits(items)
    nparams = argcount + kwonlyargcount + bool(flags & CO_VARARGS) + \
        bool(flags & CO_VARKEYWORDS)
    _check_unbound_loads(items, nparams, len(varnames))
    items = superinstructions(items, Label)
    items = _remove_nops(items)
    _propagate_locations(items)
    items = _push_cold_blocks(items)
    items = _drop_redundant_jumps(items)
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
    depth, handlers, maxdepth = _flow(instrs, label_index)
    instrs = _lower(instrs, depth, handlers)
    borrow(instrs, Label)
    consts = _used_consts(instrs, consts)
    _layout(instrs)
    code = _code_bytes(instrs)
    table = _exception_table(instrs)
    lines = _location_table(instrs, firstlineno)
    nlocals = len(varnames)
    return types.CodeType(argcount, posonlyargcount, kwonlyargcount, nlocals, maxdepth,
                          flags, code, tuple(consts), tuple(names), tuple(varnames),
                          filename, name, qualname, firstlineno, lines, table,
                          tuple(freevars), tuple(cellvars))
