"""match statements (see codegen.py for the emit API).

The subject stays on the stack while a case's pattern is tried.  A
pattern pushes the values it captures (stored into their names only once
the whole pattern has matched) and keeps what it still needs on top of
them; `Patterns` counts both, so that a failing test can jump to the
label that pops exactly what is there (fail_pop[n] pops n items, then
falls into fail_pop[n - 1] ... fail_pop[0], the next case).
"""
import _ast

NO_LOC = (-1, -1, -1, -1)


def _kind(node):
    return type(node).__name__


def _loc(node):
    return (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)


def _is_wildcard(p):
    return _kind(p) == 'MatchAs' and p.pattern is None and p.name is None


def _is_star_wildcard(p):
    return _kind(p) == 'MatchStar' and p.name is None


def _fold(expr):
    """-1, 1+2j, -1-2j in patterns are constants (CPython folds them before
    generating code)."""
    k = _kind(expr)
    if k == 'UnaryOp' and _kind(expr.op) == 'USub':
        inner = _fold(expr.operand)
        if _kind(inner) == 'Constant' and type(inner.value) in (int, float, complex):
            return _const(-inner.value, expr)
    elif k == 'BinOp' and _kind(expr.op) in ('Add', 'Sub'):
        left = _fold(expr.left)
        right = _fold(expr.right)
        if _kind(left) == 'Constant' and _kind(right) == 'Constant' and \
                type(left.value) in (int, float) and type(right.value) is complex:
            value = left.value + right.value if _kind(expr.op) == 'Add' \
                else left.value - right.value
            return _const(value, expr)
    return expr


def _const(value, like):
    node = _ast.Constant(value=value)
    node.lineno, node.end_lineno = like.lineno, like.end_lineno
    node.col_offset, node.end_col_offset = like.col_offset, like.end_col_offset
    return node


class Patterns:
    """The state of one case's pattern being compiled."""
    __slots__ = ('stores', 'allow_irrefutable', 'fail_pop', 'on_top')

    def __init__(self, allow_irrefutable):
        self.stores = []
        self.allow_irrefutable = allow_irrefutable
        self.fail_pop = []
        self.on_top = 0


class MatchMixin:

    def c_Match(self, node):
        self.visit(node.subject)
        end = self.new_label()
        cases = node.cases
        n = len(cases)
        has_default = _is_wildcard(cases[-1].pattern) and n > 1
        for i in range(n - has_default):
            case = cases[i]
            ploc = _loc(case.pattern)
            last = i == n - has_default - 1
            if not last:
                self.emit('COPY', 1, ploc)
            pc = Patterns(case.guard is not None or i == n - 1)
            self.pattern(case.pattern, pc)
            for name in pc.stores:
                self.nameop(name, 'Store', ploc)
            if case.guard is not None:
                self.ensure_fail_pop(pc, 0)
                saved = self.loc
                self.loc = ploc
                self.jump_if(case.guard, pc.fail_pop[0], False)
                self.loc = saved
            if not last:
                self.emit('POP_TOP', None, self.next_loc(case))
            self.visit_body(case.body)
            self.emit_jump('JUMP', end, NO_LOC)
            self.emit_fail_pop(pc, ploc)
        if has_default:
            case = cases[-1]
            ploc = _loc(case.pattern)
            if n == 1:
                self.emit('POP_TOP', None, ploc)
            else:
                self.emit('NOP', None, ploc)
            if case.guard is not None:
                self.jump_if(case.guard, end, False)
            self.visit_body(case.body)
        self.place(end)

    def next_loc(self, case):
        body = case.body
        return _loc(body[0]) if body else self.loc

    # -- fail_pop labels -------------------------------------------------------

    def ensure_fail_pop(self, pc, n):
        while len(pc.fail_pop) <= n:
            pc.fail_pop.append(self.new_label())

    def jump_to_fail_pop(self, pc, loc, op):
        pops = pc.on_top + len(pc.stores)
        self.ensure_fail_pop(pc, pops)
        self.emit_jump(op, pc.fail_pop[pops], loc)
        if op != 'JUMP':
            self.emit('NOT_TAKEN', None, loc)

    def emit_fail_pop(self, pc, loc):
        if not pc.fail_pop:
            return
        for label in reversed(pc.fail_pop[1:]):
            self.place(label)
            self.emit('POP_TOP', None, loc)
        self.place(pc.fail_pop[0])
        pc.fail_pop = []

    # -- helpers -------------------------------------------------------------

    def rotate(self, count, loc):
        while count > 1:
            self.emit('SWAP', count, loc)
            count -= 1

    def store_capture(self, name, pc, loc):
        if name is None:
            self.emit('POP_TOP', None, loc)
            return
        if name == '__debug__':
            raise self.pattern_error('cannot assign to __debug__', loc)
        if name in pc.stores:
            raise self.pattern_error('multiple assignments to name %r in pattern' % name,
                                     loc)
        self.rotate(pc.on_top + len(pc.stores) + 1, loc)
        pc.stores.append(name)

    def pattern_error(self, msg, loc):
        saved = self.loc
        self.loc = loc
        try:
            return self.error(msg)
        finally:
            self.loc = saved

    def subpattern(self, p, pc):
        saved = pc.allow_irrefutable
        pc.allow_irrefutable = True
        self.pattern(p, pc)
        pc.allow_irrefutable = saved

    def pattern(self, p, pc):
        getattr(self, 'p_' + _kind(p))(p, pc)

    # -- the patterns ----------------------------------------------------------

    def p_MatchValue(self, p, pc):
        loc = _loc(p)
        value = _fold(p.value)
        if _kind(value) not in ('Constant', 'Attribute'):
            raise self.pattern_error('patterns may only match literals and attribute lookups',
                                     loc)
        self.visit(value)
        self.compare_op(_ast.Eq(), loc)
        self.emit('TO_BOOL', None, loc)
        self.jump_to_fail_pop(pc, loc, 'POP_JUMP_IF_FALSE')

    def p_MatchSingleton(self, p, pc):
        loc = _loc(p)
        self.emit('LOAD_CONST', self.const_index(p.value), loc)
        self.compare_op(_ast.Is(), loc)
        self.jump_to_fail_pop(pc, loc, 'POP_JUMP_IF_FALSE')

    def p_MatchAs(self, p, pc):
        loc = _loc(p)
        if p.pattern is None:
            if not pc.allow_irrefutable:
                if p.name:
                    raise self.pattern_error(
                        'name capture %r makes remaining patterns unreachable' % p.name, loc)
                raise self.pattern_error('wildcard makes remaining patterns unreachable', loc)
            self.store_capture(p.name, pc, loc)
            return
        pc.on_top += 1
        self.emit('COPY', 1, loc)
        self.pattern(p.pattern, pc)
        pc.on_top -= 1
        self.store_capture(p.name, pc, loc)

    def p_MatchStar(self, p, pc):
        self.store_capture(p.name, pc, _loc(p))

    def p_MatchSequence(self, p, pc):
        loc = _loc(p)
        patterns = p.patterns
        size = len(patterns)
        star = -1
        only_wildcard = True
        star_wildcard = False
        for i, sub in enumerate(patterns):
            if _kind(sub) == 'MatchStar':
                if star >= 0:
                    raise self.pattern_error('multiple starred names in sequence pattern', loc)
                star_wildcard = _is_star_wildcard(sub)
                only_wildcard = only_wildcard and star_wildcard
                star = i
                continue
            only_wildcard = only_wildcard and _is_wildcard(sub)
        pc.on_top += 1
        self.emit('MATCH_SEQUENCE', None, loc)
        self.jump_to_fail_pop(pc, loc, 'POP_JUMP_IF_FALSE')
        if star < 0 or size > 1:
            self.emit('GET_LEN', None, loc)
            self.load_const(size if star < 0 else size - 1, loc)
            self.compare_op(_ast.Eq() if star < 0 else _ast.GtE(), loc)
            self.jump_to_fail_pop(pc, loc, 'POP_JUMP_IF_FALSE')
        pc.on_top -= 1
        if only_wildcard:
            self.emit('POP_TOP', None, loc)
        elif star_wildcard:
            self.sequence_subscr(patterns, star, pc, loc)
        else:
            self.sequence_unpack(patterns, pc, loc)

    def sequence_unpack(self, patterns, pc, loc):
        n = len(patterns)
        seen_star = False
        for i, sub in enumerate(patterns):
            if _kind(sub) == 'MatchStar':
                if seen_star:
                    raise self.pattern_error(
                        'multiple starred expressions in sequence pattern', loc)
                if i >= 256 or n - i - 1 >= (1 << 23):
                    raise self.pattern_error(
                        'too many expressions in star-unpacking sequence pattern', loc)
                self.emit('UNPACK_EX', i + ((n - i - 1) << 8), loc)
                seen_star = True
        if not seen_star:
            self.emit('UNPACK_SEQUENCE', n, loc)
        pc.on_top += n
        for sub in patterns:
            pc.on_top -= 1
            self.subpattern(sub, pc)

    def sequence_subscr(self, patterns, star, pc, loc):
        pc.on_top += 1
        size = len(patterns)
        for i, sub in enumerate(patterns):
            if _is_wildcard(sub) or i == star:
                continue
            self.emit('COPY', 1, loc)
            if i < star:
                self.load_const(i, loc)
            else:
                self.emit('GET_LEN', None, loc)
                self.load_const(size - i, loc)
                self.emit('BINARY_OP', 10, loc)        # -
            self.emit('BINARY_OP', 26, loc)            # []
            self.subpattern(sub, pc)
        pc.on_top -= 1
        self.emit('POP_TOP', None, loc)

    def p_MatchMapping(self, p, pc):
        loc = _loc(p)
        keys = p.keys
        size = len(keys)
        if size != len(p.patterns):
            raise self.pattern_error(
                'keys (%d) / patterns (%d) length mismatch in mapping pattern'
                % (size, len(p.patterns)), loc)
        rest = p.rest
        pc.on_top += 1
        self.emit('MATCH_MAPPING', None, loc)
        self.jump_to_fail_pop(pc, loc, 'POP_JUMP_IF_FALSE')
        if not size and not rest:
            pc.on_top -= 1
            self.emit('POP_TOP', None, loc)
            return
        if size:
            self.emit('GET_LEN', None, loc)
            self.load_const(size, loc)
            self.compare_op(_ast.GtE(), loc)
            self.jump_to_fail_pop(pc, loc, 'POP_JUMP_IF_FALSE')
        seen = set()
        for key, sub in zip(keys, p.patterns):
            if key is None:
                raise self.pattern_error("can't use NULL keys in MatchMapping "
                                         "(set 'rest' parameter instead)", _loc(sub))
            key = _fold(key)
            if _kind(key) == 'Constant':
                value = key.value
                if value in seen:
                    raise self.pattern_error(
                        'mapping pattern checks duplicate key (%r)' % (value,), loc)
                seen.add(value)
            elif _kind(key) != 'Attribute':
                raise self.pattern_error(
                    'mapping pattern keys may only match literals and attribute lookups', loc)
            self.visit(key)
        self.emit('BUILD_TUPLE', size, loc)
        self.emit('MATCH_KEYS', None, loc)
        pc.on_top += 2
        self.emit('COPY', 1, loc)
        self.load_const(None, loc)
        self.emit('IS_OP', 1, loc)
        self.jump_to_fail_pop(pc, loc, 'POP_JUMP_IF_FALSE')
        self.emit('UNPACK_SEQUENCE', size, loc)
        pc.on_top += size - 1
        for sub in p.patterns:
            pc.on_top -= 1
            self.subpattern(sub, pc)
        pc.on_top -= 2
        if rest:
            self.emit('BUILD_MAP', 0, loc)
            self.emit('SWAP', 3, loc)
            self.emit('DICT_UPDATE', 2, loc)
            self.emit('UNPACK_SEQUENCE', size, loc)
            while size:
                self.emit('COPY', 1 + size, loc)
                size -= 1
                self.emit('SWAP', 2, loc)
                self.emit('DELETE_SUBSCR', None, loc)
            self.store_capture(rest, pc, loc)
        else:
            self.emit('POP_TOP', None, loc)
            self.emit('POP_TOP', None, loc)

    def p_MatchClass(self, p, pc):
        loc = _loc(p)
        patterns = p.patterns
        attrs = p.kwd_attrs
        kwd_patterns = p.kwd_patterns
        nargs = len(patterns)
        nattrs = len(attrs)
        if nattrs != len(kwd_patterns):
            raise self.pattern_error(
                'kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern'
                % (nattrs, len(kwd_patterns)), loc)
        for i, attr in enumerate(attrs):
            if attr in attrs[i + 1:]:
                j = attrs.index(attr, i + 1)
                raise self.pattern_error(
                    'attribute name repeated in class pattern: %s' % attr,
                    _loc(kwd_patterns[j]))
        self.visit(p.cls)
        self.emit('LOAD_CONST', self.const_index(tuple(attrs)), loc)
        self.emit('MATCH_CLASS', nargs, loc)
        self.emit('COPY', 1, loc)
        self.load_const(None, loc)
        self.emit('IS_OP', 1, loc)
        pc.on_top += 1
        self.jump_to_fail_pop(pc, loc, 'POP_JUMP_IF_FALSE')
        self.emit('UNPACK_SEQUENCE', nargs + nattrs, loc)
        pc.on_top += nargs + nattrs - 1
        for sub in list(patterns) + list(kwd_patterns):
            pc.on_top -= 1
            if _is_wildcard(sub):
                self.emit('POP_TOP', None, loc)
                continue
            self.subpattern(sub, pc)

    def p_MatchOr(self, p, pc):
        loc = _loc(p)
        end = self.new_label()
        old_stores = pc.stores
        old_allow = pc.allow_irrefutable
        old_fail_pop = pc.fail_pop
        old_on_top = pc.on_top
        control = None
        alts = p.patterns
        for i, alt in enumerate(alts):
            aloc = _loc(alt)
            pc.stores = []
            pc.allow_irrefutable = i == len(alts) - 1 and old_allow
            pc.fail_pop = []
            pc.on_top = 0
            self.emit('COPY', 1, aloc)
            self.pattern(alt, pc)
            stores = pc.stores
            if control is None:
                control = stores
            elif len(stores) != len(control) or set(stores) != set(control):
                raise self.pattern_error('alternative patterns bind different names', loc)
            elif stores:
                for icontrol in range(len(stores) - 1, -1, -1):
                    name = control[icontrol]
                    istores = stores.index(name)
                    if icontrol != istores:
                        rotations = istores + 1
                        rotated = stores[:rotations]
                        del stores[:rotations]
                        stores[icontrol - istores:icontrol - istores] = rotated
                        for _ in range(rotations):
                            self.rotate(icontrol + 1, aloc)
            self.emit_jump('JUMP', end, aloc)
            self.emit_fail_pop(pc, aloc)
        pc.stores = old_stores
        pc.allow_irrefutable = old_allow
        pc.fail_pop = old_fail_pop
        pc.on_top = old_on_top
        self.emit('POP_TOP', None, loc)
        self.jump_to_fail_pop(pc, loc, 'JUMP')
        self.place(end)
        nrots = len(control) + 1 + pc.on_top + len(pc.stores)
        for name in control:
            self.rotate(nrots, loc)
            if name in pc.stores:
                raise self.pattern_error(
                    'multiple assignments to name %r in pattern' % name, loc)
            pc.stores.append(name)
        self.emit('POP_TOP', None, loc)
