"""Rewrites of short instruction sequences inside a basic block, as
CPython's optimiser makes them (before superinstructions are formed):

  LOAD_CONST None, IS_OP, POP_JUMP_IF_X   -> POP_JUMP_IF_NONE / _NOT_NONE
  SWAP n before stores to distinct locals  -> the stores reordered

What a rewrite leaves behind becomes a NOP (removed later with the others).
"""

SWAPPABLE = ('STORE_FAST', 'STORE_FAST_MAYBE_NULL', 'POP_TOP')


def _instr_at(items, i, label_type):
    if 0 <= i < len(items) and not isinstance(items[i], label_type):
        return items[i]
    return None


def none_jumps(items, consts, label_type):
    """`x is None` / `x is not None` tested by a jump."""
    for i, it in enumerate(items):
        if isinstance(it, label_type) or it.op != 'IS_OP':
            continue
        load = _instr_at(items, i - 1, label_type)
        jump = _instr_at(items, i + 1, label_type)
        if load is None or jump is None or load.op != 'LOAD_CONST' or \
                consts[load.arg] is not None or \
                jump.op not in ('POP_JUMP_IF_TRUE', 'POP_JUMP_IF_FALSE'):
            continue
        if_true = jump.op == 'POP_JUMP_IF_TRUE'
        jump.op = 'POP_JUMP_IF_NONE' if if_true != bool(it.arg) else 'POP_JUMP_IF_NOT_NONE'
        for gone in (load, it):
            gone.op = 'NOP'
            gone.arg = None


def _line(ins):
    return ins.loc[0] if ins.loc is not None else -1


def _next_swappable(items, i, line, label_type):
    """The index of the next swappable instruction after i (NOPs skipped),
    on `line` unless that is negative; -1 if there is none."""
    i += 1
    while i < len(items):
        it = items[i]
        if isinstance(it, label_type):
            return -1
        if it.op != 'NOP':
            if it.op in SWAPPABLE and (line < 0 or _line(it) == line):
                return i
            return -1
        i += 1
    return -1


def _stores_to(it):
    return it.arg if it.op != 'POP_TOP' else -1


def _swap_away(items, i, label_type):
    n = items[i].arg
    j = _next_swappable(items, i, -1, label_type)
    if j < 0:
        return
    k = j
    line = _line(items[j])
    for _ in range(n - 1):
        k = _next_swappable(items, k, line, label_type)
        if k < 0:
            return
    sj, sk = _stores_to(items[j]), _stores_to(items[k])
    if sj >= 0 or sk >= 0:
        if sj == sk:
            return
        for it in items[j + 1:k]:
            s = _stores_to(it) if it.op in SWAPPABLE else -1
            if s >= 0 and s in (sj, sk):
                return
    items[i].op = 'NOP'
    items[i].arg = None
    items[j], items[k] = items[k], items[j]


def static_swaps(items, label_type):
    """A SWAP whose operands go straight into stores (or POP_TOPs) goes;
    the stores trade places instead."""
    for i, it in enumerate(items):
        if not isinstance(it, label_type) and it.op == 'SWAP':
            _swap_away(items, i, label_type)
