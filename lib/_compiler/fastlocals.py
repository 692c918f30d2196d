"""The assembler's passes over loads and stores of fast locals, as CPython's
optimiser makes them:

  superinstructions  LOAD_FAST LOAD_FAST, STORE_FAST LOAD_FAST and
                     STORE_FAST STORE_FAST in one basic block and on one
                     line become one instruction (both locals below 16);
  borrowing          a LOAD_FAST whose value is consumed in its own basic
                     block, while the local keeps it alive, becomes
                     LOAD_FAST_BORROW (the eval loop takes no reference).
"""
from _opcode import stack_effect as _stack_effect, _stack_inputs
import opcode as _opcode_mod

OPMAP = _opcode_mod.opmap

SUPER = {('LOAD_FAST', 'LOAD_FAST'): 'LOAD_FAST_LOAD_FAST',
         ('STORE_FAST', 'LOAD_FAST'): 'STORE_FAST_LOAD_FAST',
         ('STORE_FAST', 'STORE_FAST'): 'STORE_FAST_STORE_FAST'}


def _line(ins):
    return ins.loc[0] if ins.loc is not None else -1


def _pair_nop_stays(first, second, after):
    """Whether the NOP left by merging `second` into `first` must stay for
    its line (CPython keeps a NOP whose line nothing else starts); an
    unlocated instruction after it takes its location."""
    line = _line(second)
    if line < 0 or _line(first) == line:
        return False
    if after is not None:
        if _line(after) == line:
            return False
        if _line(after) < 0:
            after.loc = second.loc
            return False
    return True


def superinstructions(items, label_type):
    """items (Instr and labels in order) with the pairs merged."""
    out = []
    n = len(items)
    i = 0
    while i < n:
        it = items[i]
        nxt = items[i + 1] if i + 1 < n else None
        name = None
        if nxt is not None and not isinstance(it, label_type) and \
                not isinstance(nxt, label_type):
            name = SUPER.get((it.op, nxt.op))
        if name is None or it.arg >= 16 or nxt.arg >= 16 or \
                (_line(it) >= 0 and _line(nxt) >= 0 and _line(it) != _line(nxt)):
            out.append(it)
            i += 1
            continue
        it.op = name
        it.arg = (it.arg << 4) | nxt.arg
        out.append(it)
        after = items[i + 2] if i + 2 < n and not isinstance(items[i + 2], label_type) \
            else None
        if _pair_nop_stays(it, nxt, after):
            nxt.op = 'NOP'
            nxt.arg = None
            out.append(nxt)
        i += 2
    return out


# -- borrowing ----------------------------------------------------------------

JUMPS_END_BLOCK = ('RETURN_VALUE', 'RAISE_VARARGS', 'RERAISE', 'JUMP', 'JUMP_NO_INTERRUPT')
UNCONDITIONAL = ('JUMP', 'JUMP_NO_INTERRUPT', 'RETURN_VALUE', 'RAISE_VARARGS', 'RERAISE')
# opcodes that leave their inputs on the stack and push what they make
PUSH_ONLY = {'FORMAT_SIMPLE', 'GET_ANEXT', 'GET_LEN', 'GET_YIELD_FROM_ITER',
             'IMPORT_FROM', 'MATCH_KEYS', 'MATCH_MAPPING', 'MATCH_SEQUENCE',
             'WITH_EXCEPT_START'}
# opcodes that consume some of their inputs and push nothing new
POP_ONLY = {'DICT_MERGE', 'DICT_UPDATE', 'LIST_APPEND', 'LIST_EXTEND', 'MAP_ADD',
            'RERAISE', 'SET_ADD', 'SET_UPDATE'}

KILLED, STORED, UNCONSUMED = 1, 2, 4
DUMMY = (-1, -1)        # a value from before the block: (instruction, local)
NOT_LOCAL = -1


def _is_jump(ins, label_type):
    return isinstance(ins.arg, label_type)


def _blocks(instrs, label_type):
    """[start, end) index pairs of the basic blocks of the final layout."""
    starts = []
    for k, ins in enumerate(instrs):
        prev = instrs[k - 1] if k else None
        if k == 0 or ins._labels or _is_jump(prev, label_type) or prev.op in JUMPS_END_BLOCK:
            starts.append(k)
    return [(s, starts[j + 1] if j + 1 < len(starts) else len(instrs))
            for j, s in enumerate(starts)]


def _reachable(blocks, instrs, label_type):
    """Blocks normal control flow reaches (not exception handlers)."""
    block_of = {}
    for b, (s, e) in enumerate(blocks):
        block_of[s] = b
    label_block = {}
    for b, (s, e) in enumerate(blocks):
        for lab in instrs[s]._labels:
            label_block[id(lab)] = b
    seen = set()
    work = [0]
    while work:
        b = work.pop()
        if b in seen:
            continue
        seen.add(b)
        s, e = blocks[b]
        last = instrs[e - 1]
        for ins in instrs[s:e]:
            if _is_jump(ins, label_type) and id(ins.arg) in label_block:
                work.append(label_block[id(ins.arg)])
        if last.op not in UNCONDITIONAL and b + 1 < len(blocks):
            work.append(b + 1)
    return seen


def _kill(flags, refs, local):
    for instr, loc in refs:
        if loc == local and instr >= 0:
            flags[instr] |= KILLED


def _store(flags, refs, local, ref):
    _kill(flags, refs, local)
    if ref[0] >= 0:
        flags[ref[0]] |= STORED


def _inputs_outputs(ins):
    op = OPMAP[ins.op]
    arg = ins.arg if isinstance(ins.arg, int) else 0
    popped = _stack_inputs(op, arg)
    return popped, popped + _stack_effect(op, arg if ins.arg is not None else None)


def _step(ins, k, refs, flags):
    """The stack of references after instruction k."""
    op, arg = ins.op, ins.arg
    pop = refs.pop
    if op == 'LOAD_FAST':
        refs.append((k, arg))
    elif op == 'DELETE_FAST':
        _kill(flags, refs, arg)
    elif op == 'LOAD_FAST_AND_CLEAR':
        _kill(flags, refs, arg)
        refs.append((k, arg))
    elif op == 'LOAD_FAST_LOAD_FAST':
        refs.append((k, arg >> 4))
        refs.append((k, arg & 15))
    elif op == 'STORE_FAST':
        _store(flags, refs, arg, pop())
    elif op == 'STORE_FAST_LOAD_FAST':
        _store(flags, refs, arg >> 4, pop())
        refs.append((k, arg & 15))
    elif op == 'STORE_FAST_STORE_FAST':
        _store(flags, refs, arg >> 4, pop())
        _store(flags, refs, arg & 15, pop())
    elif op == 'COPY':
        refs.append(refs[-arg])
    elif op == 'SWAP':
        refs[-1], refs[-arg] = refs[-arg], refs[-1]
    elif op in PUSH_ONLY:
        popped, pushed = _inputs_outputs(ins)
        refs.extend([(k, NOT_LOCAL)] * (pushed - popped))
    elif op in POP_ONLY:
        popped, pushed = _inputs_outputs(ins)
        del refs[len(refs) - (popped - pushed):]
    elif op in ('END_SEND', 'SET_FUNCTION_ATTRIBUTE'):
        top = pop()
        pop()
        refs.append(top)
    elif op == 'CHECK_EXC_MATCH':
        pop()
        refs.append((k, NOT_LOCAL))
    elif op == 'FOR_ITER':
        refs.append((k, NOT_LOCAL))
    elif op in ('LOAD_ATTR', 'LOAD_SUPER_ATTR'):
        owner = pop()
        if op == 'LOAD_SUPER_ATTR':
            pop()
            pop()
        refs.append((k, NOT_LOCAL))
        if arg & 1:
            refs.append(owner)      # a method: the owner may stay as self
    elif op in ('LOAD_SPECIAL', 'PUSH_EXC_INFO'):
        top = pop()
        refs.append((k, NOT_LOCAL))
        refs.append(top)
    elif op in ('JUMP', 'JUMP_NO_INTERRUPT'):
        pass
    elif op == 'SEND':
        pop()
        refs.append((k, NOT_LOCAL))
    else:
        popped, pushed = _inputs_outputs(ins)
        if popped:
            del refs[len(refs) - popped:]
        refs.extend([(k, NOT_LOCAL)] * pushed)


def _borrow_block(instrs, start, end):
    refs = [DUMMY] * instrs[start].depth
    flags = [0] * (end - start)
    for k in range(start, end):
        _step(instrs[k], k - start, refs, flags)
    for instr, _ in refs:
        if instr >= 0:
            flags[instr] |= UNCONSUMED
    for k in range(start, end):
        if flags[k - start]:
            continue
        ins = instrs[k]
        if ins.op == 'LOAD_FAST':
            ins.op = 'LOAD_FAST_BORROW'
        elif ins.op == 'LOAD_FAST_LOAD_FAST':
            ins.op = 'LOAD_FAST_BORROW_LOAD_FAST_BORROW'


def borrow(instrs, label_type):
    """Marks the borrowing loads of the final instruction list (each with
    its depth before it and its labels)."""
    if not instrs:
        return
    blocks = _blocks(instrs, label_type)
    for b in _reachable(blocks, instrs, label_type):
        _borrow_block(instrs, *blocks[b])


# -- loads of possibly unbound locals ----------------------------------------

CLEARS = ('DELETE_FAST', 'LOAD_FAST_AND_CLEAR', 'STORE_FAST_MAYBE_NULL')
MASK_LOCALS = 64        # CPython tracks the first 64 locals along the flow


def _scan_block(instrs, mask, handler_of, push):
    """Marks the loads of a block entered with `mask` (bit i: local i may
    be unbound); the mask at every instruction flows to its handler."""
    for ins in instrs:
        h = handler_of.get(id(ins))
        if h is not None:
            push(h, mask)
        arg = ins.arg
        if not isinstance(arg, int) or arg >= MASK_LOCALS:
            continue
        bit = 1 << arg
        op = ins.op
        if op in CLEARS:
            mask |= bit
        elif op == 'STORE_FAST' or op == 'LOAD_FAST_CHECK':
            mask &= ~bit
        elif op == 'LOAD_FAST':
            if mask & bit:
                ins.op = 'LOAD_FAST_CHECK'
            mask &= ~bit
    return mask


def check_unbound_loads(blocks, handler_of, successors, nparams, nlocals):
    """LOAD_FAST of a local that some path leaves unbound becomes
    LOAD_FAST_CHECK (which raises UnboundLocalError).  blocks: lists of
    instructions; successors(k): the blocks control flows to from block k;
    handler_of: id(instruction) -> the block its exceptions go to."""
    if not blocks:
        return
    masks = [0] * len(blocks)
    seen = [False] * len(blocks)
    work = []

    def push(k, mask):
        both = masks[k] | mask
        if both != masks[k] or not seen[k]:
            masks[k] = both
            seen[k] = True
            work.append(k)

    first = min(nlocals, MASK_LOCALS)
    push(0, ((1 << first) - 1) & ~((1 << min(nparams, first)) - 1))
    while work:
        k = work.pop()
        mask = _scan_block(blocks[k], masks[k], handler_of, push)
        for s in successors(k):
            push(s, mask)
