"""Expressions: values, operators, calls, comprehensions, yield and await,
and the assignment targets (see codegen.py for the emit API)."""
from _compiler import symtable as st
from _compiler.fold import fold_binop, CANNOT

BINOPS = {'Add': 0, 'BitAnd': 1, 'FloorDiv': 2, 'LShift': 3, 'MatMult': 4, 'Mult': 5,
          'Mod': 6, 'BitOr': 7, 'Pow': 8, 'RShift': 9, 'Sub': 10, 'Div': 11, 'BitXor': 12}
NB_SUBSCR = 26
INPLACE = 13
# comparison: (index << 5) | the mask of outcomes it is true for
CMPOPS = {'Lt': (0 << 5) | 2, 'LtE': (1 << 5) | 10, 'Eq': (2 << 5) | 8,
          'NotEq': (3 << 5) | 6, 'Gt': (4 << 5) | 4, 'GtE': (5 << 5) | 12}
CONVERSIONS = {115: 1, 114: 2, 97: 3}
INTRINSIC_ASYNC_GEN_WRAP, INTRINSIC_UNARY_POSITIVE, INTRINSIC_LIST_TO_TUPLE = 4, 5, 6
NO_LOC = (-1, -1, -1, -1)
MAX_STACK_ITEMS = 30     # longer displays are built with appends (as CPython)
NOT_LITERAL = object()
INFERRED = {'Tuple': 'tuple', 'List': 'list', 'ListComp': 'list', 'Dict': 'dict',
            'DictComp': 'dict', 'Set': 'set', 'SetComp': 'set', 'GeneratorExp': 'generator',
            'Lambda': 'function', 'JoinedStr': 'str', 'FormattedValue': 'str',
            'TemplateStr': 'string.templatelib.Template', 'Slice': 'slice'}
NOT_CALLABLE = ('Constant', 'Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set',
                'SetComp', 'GeneratorExp', 'JoinedStr', 'FormattedValue', 'TemplateStr')


def loc_of(node):
    """(lineno, end_lineno, col_offset, end_col_offset); a tree made by
    hand may lack the ends: they are then the starts (as CPython takes them)."""
    lineno = node.lineno
    col = node.col_offset
    end_lineno = node.end_lineno
    end_col = node.end_col_offset
    return (lineno, lineno if end_lineno is None else end_lineno, col,
            col if end_col is None else end_col)


def kind(node):
    return type(node).__name__


def parse_percent(text):
    """The pieces of a %-format of only %s/%r/%a with optional '-', width
    and precision: str pieces and (conversion, format spec) pairs; None
    for anything else."""
    pieces = []
    literal = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '%':
            literal.append(c)
            i += 1
            continue
        i += 1
        if i < n and text[i] == '%':
            literal.append('%')
            i += 1
            continue
        left = False
        if i < n and text[i] == '-':
            left = True
            i += 1
        start = i
        while i < n and text[i].isdigit() and text[i].isascii():
            i += 1
        width = text[start:i]
        precision = ''
        if i < n and text[i] == '.':
            i += 1
            start = i
            while i < n and text[i].isdigit() and text[i].isascii():
                i += 1
            precision = text[start:i]
            if not precision:
                return None
        if i >= n or text[i] not in 'sra':
            return None
        spec = ''
        if width:
            spec = width if left else '>' + width
        if precision:
            spec += '.' + precision
        pieces.append(''.join(literal))
        literal = []
        pieces.append((text[i], spec))
        i += 1
    pieces.append(''.join(literal))
    return [p for p in pieces if p != ''] or ['']


def constant_value(node):
    """The value of a constant expression CPython folds, or NOT_LITERAL."""
    k = kind(node)
    if k == 'Constant':
        return node.value
    if k == 'UnaryOp' and kind(node.op) == 'USub' and kind(node.operand) == 'Constant' \
            and type(node.operand.value) in (int, float, complex):
        return -node.operand.value
    if k == 'BinOp':
        left = constant_value(node.left)
        right = constant_value(node.right) if left is not NOT_LITERAL else NOT_LITERAL
        if right is NOT_LITERAL:
            return NOT_LITERAL
        value = fold_binop(kind(node.op), left, right)
        return NOT_LITERAL if value is CANNOT else value
    if k == 'Tuple' and kind(node.ctx) == 'Load':
        values = []
        for e in node.elts:
            v = constant_value(e)
            if v is NOT_LITERAL:
                return NOT_LITERAL
            values.append(v)
        return tuple(values)
    return NOT_LITERAL


def constant_leaves(nodes):
    """The constants CPython loads before folding the constant expressions
    `nodes` (see constant_value) into one, in their order."""
    out = []
    for node in nodes:
        k = kind(node)
        if k == 'Constant':
            out.append(node.value)
        elif k == 'UnaryOp':
            out.append(node.operand.value)
        elif k == 'BinOp':
            out.extend(constant_leaves([node.left, node.right]))
        else:
            out.extend(constant_leaves(node.elts))
    return out


class ExprMixin:

    # -- simple values ---------------------------------------------------

    def c_Constant(self, node):
        self.load_const(node.value)

    def c_Name(self, node):
        self.nameop(node.id, kind(node.ctx) if kind(node.ctx) != 'Load' else 'Load')

    def binop_arg(self, op, inplace=False):
        return BINOPS[kind(op)] + (INPLACE if inplace else 0)

    def c_BinOp(self, node):
        if kind(node.op) == 'Mod' and self.percent_format(node):
            return
        value = constant_value(node)
        if value is not NOT_LITERAL:
            self.load_folded(value, constant_leaves([node]))
            return
        self.visit(node.left)
        self.visit(node.right)
        self.emit('BINARY_OP', self.binop_arg(node.op))

    def percent_format(self, node):
        """'...%s...' % (a, b) with only %s, %r and %a (and widths and
        precisions) is compiled as the f-string it equals, as CPython
        does; False when it is not of that shape."""
        left, right = node.left, node.right
        if kind(left) != 'Constant' or type(left.value) is not str or kind(right) != 'Tuple' \
                or any(kind(e) == 'Starred' for e in right.elts):
            return False
        pieces = parse_percent(left.value)
        if pieces is None:
            return False
        if sum(1 for p in pieces if type(p) is not str) != len(right.elts):
            return False
        values = iter(right.elts)
        count = 0
        for piece in pieces:
            if type(piece) is str:
                if piece:
                    self.emit_inherit('LOAD_CONST', self.const_index(piece))
                    count += 1
                continue
            conv, spec = piece
            value = next(values)
            vloc = loc_of(value)
            self.visit(value)
            self.emit('CONVERT_VALUE', CONVERSIONS[ord(conv)], vloc)
            if spec:
                self.emit('LOAD_CONST', self.const_index(spec), vloc)
                self.emit('FORMAT_WITH_SPEC', None, vloc)
            else:
                self.emit('FORMAT_SIMPLE', None, vloc)
            count += 1
        if count == 0:
            self.load_const('')
        elif count > 1:
            self.emit('BUILD_STRING', count)
        return True

    def c_UnaryOp(self, node):
        op = kind(node.op)
        operand = node.operand
        if op == 'USub' and kind(operand) == 'Constant' and \
                type(operand.value) in (int, float, complex):
            self.load_folded(-operand.value, [operand.value])
            return
        self.visit(operand)
        if op == 'USub':
            self.emit('UNARY_NEGATIVE')
        elif op == 'Invert':
            self.emit('UNARY_INVERT')
        elif op == 'Not':
            self.emit('TO_BOOL')
            self.emit('UNARY_NOT')
        else:
            self.emit('CALL_INTRINSIC_1', INTRINSIC_UNARY_POSITIVE)

    def c_BoolOp(self, node):
        end = self.new_label()
        jump = 'POP_JUMP_IF_FALSE' if kind(node.op) == 'And' else 'POP_JUMP_IF_TRUE'
        values = node.values
        for v in values[:-1]:
            self.visit(v)
            self.emit('COPY', 1)
            self.emit('TO_BOOL')
            self.emit_jump(jump, end)
            self.emit('NOT_TAKEN')
            self.emit('POP_TOP')
        self.visit(values[-1])
        self.place(end)

    def compare_op(self, op, loc=None):
        k = kind(op)
        if k == 'In':
            self.emit('CONTAINS_OP', 0, loc)
        elif k == 'NotIn':
            self.emit('CONTAINS_OP', 1, loc)
        elif k == 'Is':
            self.emit('IS_OP', 0, loc)
        elif k == 'IsNot':
            self.emit('IS_OP', 1, loc)
        else:
            self.emit('COMPARE_OP', CMPOPS[k], loc)

    def c_Compare(self, node):
        self.check_compare(node)
        self.visit(node.left)
        n = len(node.ops)
        if n == 1:
            self.visit_operand(node.ops[0], node.comparators[0])
            self.compare_op(node.ops[0])
            return
        cleanup = self.new_label()
        end = self.new_label()
        for k in range(n - 1):
            self.visit_operand(node.ops[k], node.comparators[k])
            self.emit('SWAP', 2)
            self.emit('COPY', 2)
            self.compare_op(node.ops[k])
            self.emit('COPY', 1)
            self.emit('TO_BOOL')
            self.emit_jump('POP_JUMP_IF_FALSE', cleanup)
            self.emit('NOT_TAKEN')
            self.emit('POP_TOP')
        self.visit_operand(node.ops[-1], node.comparators[-1])
        self.compare_op(node.ops[-1])
        self.emit_inherit('JUMP', end)
        self.place(cleanup)
        self.emit('SWAP', 2)
        self.emit('POP_TOP')
        self.place(end)

    def visit_operand(self, op, node):
        if kind(op) in ('In', 'NotIn'):
            self.visit_container(node)
        else:
            self.visit(node)

    def check_compare(self, node):
        """SyntaxWarning for `is` with a literal (a constant, or a tuple of
        constants, which is folded into one)."""
        left = node.left
        for op, right in zip(node.ops, node.comparators):
            if kind(op) in ('Is', 'IsNot'):
                for side in (left, right):
                    value = self.literal_value(side)
                    if value is not NOT_LITERAL:
                        word = 'is not' if kind(op) == 'IsNot' else 'is'
                        literal = '!=' if kind(op) == 'IsNot' else '=='
                        self.warn('"%s" with \'%s\' literal. Did you mean "%s"?'
                                  % (word, type(value).__name__, literal), node)
                        break
            left = right

    def literal_value(self, node):
        k = kind(node)
        if k == 'Constant':
            v = node.value
            if v is None or v is True or v is False or v is Ellipsis:
                return NOT_LITERAL
            return v
        if k == 'Tuple' and all(kind(e) == 'Constant' for e in node.elts):
            return tuple(e.value for e in node.elts)
        return NOT_LITERAL

    def warn(self, msg, node):
        import warnings
        try:
            warnings.warn_explicit(msg, SyntaxWarning, self.filename, node.lineno)
        except SyntaxWarning:
            raise self.error(msg, node) from None

    def inferred_type(self, node):
        """The type an expression surely has, or None."""
        k = kind(node)
        if k == 'Constant':
            return type(node.value).__name__
        return INFERRED.get(k)

    def check_caller(self, func):
        if kind(func) in NOT_CALLABLE:
            self.warn("'%s' object is not callable; perhaps you missed a comma?"
                      % self.inferred_type(func), func)

    def check_subscript(self, node):
        value = node.value
        k = kind(value)
        if k == 'Constant':
            v = value.value
            if v is None or v is Ellipsis or type(v) in (int, float, complex, bool,
                                                         frozenset):
                self.warn("'%s' object is not subscriptable; perhaps you missed a comma?"
                          % type(v).__name__, value)
            elif type(v) not in (str, bytes, tuple):
                return
        elif k in ('Set', 'SetComp', 'GeneratorExp', 'Lambda'):
            self.warn("'%s' object is not subscriptable; perhaps you missed a comma?"
                      % self.inferred_type(value), value)
            return
        elif k not in ('Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'):
            return
        index = self.inferred_type(node.slice)
        if index is None or index in ('int', 'bool', 'slice'):
            return
        self.warn('%s indices must be integers or slices, not %s; perhaps you missed a comma?'
                  % (self.inferred_type(value), index), value)

    def c_IfExp(self, node):
        orelse = self.new_label()
        end = self.new_label()
        self.jump_if(node.test, orelse, False)
        self.visit(node.body)
        self.emit_inherit('JUMP', end)
        self.place(orelse)
        self.visit(node.orelse)
        self.place(end)

    def c_NamedExpr(self, node):
        self.visit(node.value)
        self.emit('COPY', 1)
        self.store_target(node.target)

    # -- conditional jumps ---------------------------------------------------

    def jump_if(self, expr, label, cond):
        """Jumps to label when bool(expr) is cond; falls through otherwise."""
        saved = self.loc
        self.loc = loc_of(expr)
        try:
            self._jump_if(expr, label, cond)
        finally:
            self.loc = saved

    def _jump_if(self, expr, label, cond):
        k = kind(expr)
        if k == 'UnaryOp' and kind(expr.op) == 'Not':
            return self.jump_if(expr.operand, label, not cond)
        if k == 'BoolOp':
            is_or = kind(expr.op) == 'Or'
            if is_or == cond:
                # any value deciding: jump on it
                for v in expr.values:
                    self.jump_if(v, label, cond)
            else:
                skip = self.new_label()
                for v in expr.values[:-1]:
                    self.jump_if(v, skip, not cond)
                self.jump_if(expr.values[-1], label, cond)
                self.place(skip)
            return
        if k == 'IfExp':
            end = self.new_label()
            other = self.new_label()
            self.jump_if(expr.test, other, False)
            self.jump_if(expr.body, label, cond)
            self.emit_inherit('JUMP', end)
            self.place(other)
            self.jump_if(expr.orelse, label, cond)
            self.place(end)
            return
        if k == 'Compare' and len(expr.ops) > 1:
            self.check_compare(expr)
            cleanup = self.new_label()
            self.visit(expr.left)
            n = len(expr.ops)
            for i in range(n - 1):
                self.visit_operand(expr.ops[i], expr.comparators[i])
                self.emit('SWAP', 2)
                self.emit('COPY', 2)
                self.compare_op(expr.ops[i])
                self.emit('TO_BOOL')
                self.emit_jump('POP_JUMP_IF_FALSE', cleanup)
                self.emit('NOT_TAKEN')
            self.visit_operand(expr.ops[-1], expr.comparators[-1])
            self.compare_op(expr.ops[-1])
            self.emit('TO_BOOL')
            self.emit_jump('POP_JUMP_IF_TRUE' if cond else 'POP_JUMP_IF_FALSE', label)
            self.emit('NOT_TAKEN')
            end = self.new_label()
            self.emit_inherit('JUMP', end)
            self.place(cleanup)
            self.emit('POP_TOP')
            if not cond:
                self.emit_inherit('JUMP', label)
            self.place(end)
            return
        self.visit(expr)
        self.emit('TO_BOOL')
        self.emit_jump('POP_JUMP_IF_TRUE' if cond else 'POP_JUMP_IF_FALSE', label)
        self.emit('NOT_TAKEN')

    # -- attributes, subscripts, slices --------------------------------------

    def attr_load(self, node, loc=None):
        self.emit('LOAD_ATTR', self.name_index(self.mangle(node.attr)) << 1,
                  loc or self.attr_loc(node))

    def attr_loc(self, node, loc=None):
        """loc (default: the attribute expression's) starting at the
        attribute's name when that is on a later line (so that a dotted
        chain over several lines points at the failing part)."""
        own = loc_of(node)
        if loc is None:
            loc = own
        attr_line, attr_end = own[1], own[3]
        if loc[0] == attr_line:
            return loc
        n = len(node.attr)
        if n <= attr_end:
            col = attr_end - n
            end_col = loc[3]
        else:
            col = end_col = -1
        end_line = max(attr_line, loc[1])
        if end_line == attr_line and end_col >= 0:
            end_col = max(col, end_col)
        return (attr_line, end_line, col, end_col)

    def c_Attribute(self, node):
        ctx = kind(node.ctx)
        self.visit(node.value)
        if ctx == 'Load':
            self.attr_load(node)
        elif ctx == 'Store':
            self.note_static_attribute(node)
            self.emit('STORE_ATTR', self.name_index(self.mangle(node.attr)), self.attr_loc(node))
        else:
            self.emit('DELETE_ATTR', self.name_index(self.mangle(node.attr)))

    def note_static_attribute(self, node):
        """self.x = ... in a method: x goes into the class's
        __static_attributes__."""
        value = node.value
        u = self.u
        if kind(value) != 'Name' or not u.scope.params or u.scope.kind != 'function':
            return
        if u.comp_scopes:
            return
        args = getattr(u.scope.node, 'args', None)
        if args is None or not (args.posonlyargs or args.args):
            return
        first = (args.posonlyargs + args.args)[0].arg
        if value.id != first:
            return
        for parent in reversed(self.stack):
            if parent.scope.kind == 'class':
                parent.static_attributes.add(node.attr)
                return
            if parent.scope.kind != 'type_params':
                return

    def is_two_slice(self, node):
        return kind(node) == 'Slice' and node.step is None and not self.constant_slice(node)

    def constant_slice(self, node):
        for part in (node.lower, node.upper, node.step):
            if part is not None and kind(part) != 'Constant':
                return False
        return True

    def slice_bounds(self, node):
        for part in (node.lower, node.upper):
            if part is None:
                self.load_const(None)
            else:
                self.visit(part)

    def c_Subscript(self, node):
        ctx = kind(node.ctx)
        if ctx == 'Load':
            self.check_subscript(node)
        self.visit(node.value)
        if ctx == 'Load' and self.is_two_slice(node.slice):
            self.slice_bounds(node.slice)
            self.emit('BINARY_SLICE')
            return
        if ctx == 'Store' and self.is_two_slice(node.slice):
            self.slice_bounds(node.slice)
            self.emit('STORE_SLICE')
            return
        self.visit(node.slice)
        if ctx == 'Load':
            self.emit('BINARY_OP', NB_SUBSCR)
        elif ctx == 'Store':
            self.emit('STORE_SUBSCR')
        else:
            self.emit('DELETE_SUBSCR')

    def c_Slice(self, node):
        if self.constant_slice(node):
            parts = [None if p is None else p.value for p in (node.lower, node.upper, node.step)]
            try:
                value = slice(*parts)
                hash(value)
            except TypeError:
                value = None
            if value is not None:
                self.emit('LOAD_CONST', self.const_index(value))
                return
        self.slice_bounds(node)
        if node.step is not None:
            self.visit(node.step)
            self.emit('BUILD_SLICE', 3)
        else:
            self.emit('BUILD_SLICE', 2)

    # -- displays ---------------------------------------------------------

    def constant_tuple(self, elts):
        """The tuple of constants elts make (tuples of constants and
        negated numbers included, as CPython folds them), or None."""
        values = []
        for e in elts:
            v = constant_value(e)
            if v is NOT_LITERAL:
                return None
            values.append(v)
        return tuple(values)

    def starred_sequence(self, elts, build, add, extend, tuple_result=False):
        """Builds a list/set (or tuple via a list) from elts with *items."""
        has_star = any(kind(e) == 'Starred' for e in elts)
        if not has_star and len(elts) <= MAX_STACK_ITEMS:
            for e in elts:
                self.visit(e)
            self.emit(build, len(elts))
            return
        n = 0
        started = False
        for e in elts:
            if kind(e) == 'Starred':
                if not started:
                    self.emit(build, n)
                    started = True
                self.visit(e.value)
                self.emit(extend, 1)
            elif not started and n < MAX_STACK_ITEMS and has_star:
                self.visit(e)
                n += 1
            else:
                if not started:
                    self.emit(build, n)
                    started = True
                self.visit(e)
                self.emit(add, 1)
        if not started:
            self.emit(build, n)

    def visit_container(self, node):
        """An operand only iterated or searched (`in`, `for`): a list
        display is built as a tuple, a set of constants is a frozenset."""
        k = kind(node)
        if k == 'List' and kind(node.ctx) == 'Load' and len(node.elts) <= MAX_STACK_ITEMS \
                and not any(kind(e) == 'Starred' for e in node.elts):
            saved = self.loc
            self.loc = loc_of(node)
            try:
                self.tuple_of(node.elts)
            finally:
                self.loc = saved
            return
        if k == 'Set' and len(node.elts) <= MAX_STACK_ITEMS:
            frozen = self.constant_frozenset(node.elts)
            if frozen is not None:
                self.load_folded(frozen, constant_leaves(node.elts), loc_of(node))
                return
        self.visit(node)

    def constant_frozenset(self, elts):
        """The frozenset of constants elts make, or None."""
        const = self.constant_tuple(elts)
        try:
            return None if const is None else frozenset(const)
        except TypeError:
            return None

    def tuple_of(self, elts, loc=None):
        """Pushes the tuple of elts (none starred): a constant when they all
        are, else built from their values."""
        const = self.constant_tuple(elts)
        if const is not None:
            self.load_folded(const, constant_leaves(elts), loc)
            return
        for e in elts:
            self.visit(e)
        self.emit('BUILD_TUPLE', len(elts), loc)

    def c_Starred(self, node):
        if kind(node.ctx) == 'Store':
            raise self.error('starred assignment target must be in a list or tuple', node)
        raise self.error("can't use starred expression here", node)

    def c_List(self, node):
        if kind(node.ctx) != 'Load':
            return self.assign_sequence(node)
        const = self.constant_tuple(node.elts)
        if const is not None and 2 < len(const) <= MAX_STACK_ITEMS:
            self.emit('BUILD_LIST', 0)
            self.load_folded(const, constant_leaves(node.elts))
            self.emit('LIST_EXTEND', 1)
            return
        self.starred_sequence(node.elts, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND')

    def c_Tuple(self, node):
        if kind(node.ctx) != 'Load':
            return self.assign_sequence(node)
        elts = node.elts
        if self.constant_tuple(elts) is None and (
                len(elts) > MAX_STACK_ITEMS or any(kind(e) == 'Starred' for e in elts)):
            self.starred_sequence(elts, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND')
            self.emit('CALL_INTRINSIC_1', INTRINSIC_LIST_TO_TUPLE)
            return
        self.tuple_of(elts)

    def c_Set(self, node):
        if 2 < len(node.elts) <= MAX_STACK_ITEMS:
            frozen = self.constant_frozenset(node.elts)
            if frozen is not None:
                self.emit('BUILD_SET', 0)
                self.load_folded(frozen, constant_leaves(node.elts))
                self.emit('SET_UPDATE', 1)
                return
        self.starred_sequence(node.elts, 'BUILD_SET', 'SET_ADD', 'SET_UPDATE')

    def c_Dict(self, node):
        """Runs of key: value pairs become dicts of their own (a long run
        is filled with MAP_ADD, as CPython does), merged with DICT_UPDATE
        together with the **mappings."""
        keys, values = node.keys, node.values
        have_dict = False
        start = 0
        count = 0
        for i, key in enumerate(keys):
            if key is None:
                if count:
                    self.dict_run(keys, values, start, i)
                    if have_dict:
                        self.emit('DICT_UPDATE', 1)
                    have_dict = True
                    count = 0
                if not have_dict:
                    self.emit('BUILD_MAP', 0)
                    have_dict = True
                self.visit(values[i])
                self.emit('DICT_UPDATE', 1)
                start = i + 1
            elif count * 2 > MAX_STACK_ITEMS:
                self.dict_run(keys, values, start, i + 1)
                if have_dict:
                    self.emit('DICT_UPDATE', 1)
                have_dict = True
                count = 0
                start = i + 1
            else:
                count += 1
        if count:
            self.dict_run(keys, values, start, len(keys))
            if have_dict:
                self.emit('DICT_UPDATE', 1)
            have_dict = True
        if not have_dict:
            self.emit('BUILD_MAP', 0)

    def dict_run(self, keys, values, start, end):
        n = end - start
        big = n * 2 > MAX_STACK_ITEMS
        if big:
            self.emit('BUILD_MAP', 0)
        for i in range(start, end):
            self.visit(keys[i])
            self.visit(values[i])
            if big:
                self.emit('MAP_ADD', 1)
        if not big:
            self.emit('BUILD_MAP', n)

    # -- f-strings ------------------------------------------------------------

    def c_JoinedStr(self, node):
        values = node.values
        if not values:
            self.load_const('')
            return
        for v in values:
            self.visit(v)
        if len(values) > 1:
            self.emit('BUILD_STRING', len(values))
        elif kind(values[0]) != 'Constant' and kind(values[0]) != 'FormattedValue':
            pass

    def c_FormattedValue(self, node):
        self.visit(node.value)
        conv = node.conversion
        if conv is not None and conv != -1:
            self.emit('CONVERT_VALUE', CONVERSIONS[conv])
        if node.format_spec is not None:
            self.visit(node.format_spec)
            self.emit('FORMAT_WITH_SPEC')
        else:
            self.emit('FORMAT_SIMPLE')

    def c_TemplateStr(self, node):
        # the static strings (one more than the interpolations) as one
        # constant, then each interpolation
        strings = []
        interpolations = []
        text = ''
        for v in node.values:
            if kind(v) == 'Constant':
                text += v.value
            else:
                strings.append(text)
                text = ''
                interpolations.append(v)
        strings.append(text)
        self.emit('LOAD_CONST', self.const_index(tuple(strings)))
        for v in interpolations:
            self.visit(v)
        self.emit('BUILD_TUPLE', len(interpolations))
        self.emit('BUILD_TEMPLATE')

    def c_Interpolation(self, node):
        self.visit(node.value)
        self.load_const(node.str)
        items = 2
        if node.format_spec is not None:
            self.visit(node.format_spec)
            items = 3
        conv = CONVERSIONS.get(node.conversion, 0)
        self.emit('BUILD_INTERPOLATION', (conv << 2) | items)

    # -- calls ------------------------------------------------------------

    def c_Call(self, node):
        self.validate_keywords(node.keywords)
        func = node.func
        self.check_caller(func)
        if self.super_call(node):
            return
        if kind(func) == 'Attribute' and kind(func.ctx) == 'Load' and self.plain_args(node) \
                and not self.is_imported_name(func.value):
            self.visit(func.value)
            self.emit('LOAD_ATTR', (self.name_index(self.mangle(func.attr)) << 1) | 1,
                      self.attr_loc(func))
            self.call_helper(0, node.args, node.keywords, self.attr_loc(func, loc_of(node)))
            return
        if kind(func) == 'Name' and self.is_global_load(func.id):
            self.emit('LOAD_GLOBAL', (self.name_index(self.mangle(func.id)) << 1) | 1,
                      loc_of(func))
        else:
            self.visit(func)
            self.emit('PUSH_NULL', None, loc_of(func))
        self.call_helper(0, node.args, node.keywords, loc_of(node))

    def is_imported_name(self, node):
        """A name some import binds at the module's top level: CPython calls
        its attributes as plain functions (LOAD_ATTR, PUSH_NULL), not as
        methods, whatever scope the call is in."""
        return kind(node) == 'Name' and \
            bool(self.table.top.symbols.get(node.id, 0) & st.DEF_IMPORT)

    def is_global_load(self, name):
        name = self.mangle(name)
        if name == '__debug__':
            return False
        sc, owner = self.scope_of(name)
        u = self.u
        in_comp = owner is not u.scope
        return sc == st.GLOBAL_EXPLICIT or (sc == st.GLOBAL_IMPLICIT and (
            u.scope.function_like or (in_comp and u.scope.kind == 'class')))

    def plain_args(self, node):
        if len(node.args) + len(node.keywords) >= MAX_STACK_ITEMS:
            return False
        if any(kind(a) == 'Starred' for a in node.args):
            return False
        return all(k.arg is not None for k in node.keywords)

    def validate_keywords(self, keywords):
        seen = set()
        for k in keywords:
            if k.arg is None:
                continue
            if k.arg in seen:
                raise self.error('keyword argument repeated: %s' % k.arg, k)
            seen.add(k.arg)

    def call_helper(self, n, args, keywords, loc=None):
        """Calls what is below n already pushed arguments, with args and
        keywords (CALL, CALL_KW or CALL_FUNCTION_EX)."""
        loc = loc or self.loc
        starred = any(kind(a) == 'Starred' for a in args)
        dstar = any(k.arg is None for k in keywords)
        if not starred and not dstar and len(args) + len(keywords) + n < MAX_STACK_ITEMS * 8:
            for a in args:
                self.visit(a)
            if keywords:
                for k in keywords:
                    self.visit(k.value)
                names = tuple(k.arg for k in keywords)
                self.emit('LOAD_CONST', self.const_index(names), loc)
                self.emit('CALL_KW', n + len(args) + len(keywords), loc)
            else:
                self.emit('CALL', n + len(args), loc)
            return
        # the positional arguments as one tuple
        if n == 0 and len(args) == 1 and kind(args[0]) == 'Starred':
            self.visit(args[0].value)
        elif n == 0 and not any(kind(a) == 'Starred' for a in args):
            self.tuple_of(args, loc)
        else:
            if n:
                self.emit('BUILD_LIST', n, loc)
                started = True
            else:
                started = False
            count = 0
            for a in args:
                if kind(a) == 'Starred':
                    if not started:
                        self.emit('BUILD_LIST', count, loc)
                        started = True
                    self.visit(a.value)
                    self.emit('LIST_EXTEND', 1, loc)
                elif started:
                    self.visit(a)
                    self.emit('LIST_APPEND', 1, loc)
                else:
                    self.visit(a)
                    count += 1
            if not started:
                self.emit('BUILD_LIST', count, loc)
            self.emit('CALL_INTRINSIC_1', INTRINSIC_LIST_TO_TUPLE, loc)
        if keywords:
            have_dict = False
            group = []
            for k in keywords:
                if k.arg is None:
                    if group:
                        self.keyword_group(group, loc)
                        if have_dict:
                            self.emit('DICT_MERGE', 1, loc)
                        have_dict = True
                        group = []
                    if not have_dict:
                        self.emit('BUILD_MAP', 0, loc)
                        have_dict = True
                    self.visit(k.value)
                    self.emit('DICT_MERGE', 1, loc)
                else:
                    group.append(k)
            if group:
                self.keyword_group(group, loc)
                if have_dict:
                    self.emit('DICT_MERGE', 1, loc)
        else:
            self.emit('PUSH_NULL', None, loc)
        self.emit('CALL_FUNCTION_EX', None, loc)

    def keyword_group(self, group, loc):
        for k in group:
            self.load_const(k.arg, loc)
            self.visit(k.value)
        self.emit('BUILD_MAP', len(group), loc)

    def super_call(self, node):
        """super().attr(...) and super(C, self).attr(...) through
        LOAD_SUPER_ATTR (the same lookup, without a super object)."""
        func = node.func
        if kind(func) != 'Attribute' or kind(func.ctx) != 'Load':
            return False
        if not self.is_super_call(func.value):
            return False
        self.load_super(func.value)
        arg = (self.name_index(self.mangle(func.attr)) << 2) | 1
        if func.value.args:
            arg |= 2
        self.emit('LOAD_SUPER_ATTR', arg, self.attr_loc(func))
        self.call_helper(0, node.args, node.keywords, self.attr_loc(func, loc_of(node)))
        return True

    def is_super_call(self, call):
        if kind(call) != 'Call' or kind(call.func) != 'Name' or call.func.id != 'super':
            return False
        if call.keywords or any(kind(a) == 'Starred' for a in call.args):
            return False
        if self.scope_of('super')[0] != st.GLOBAL_IMPLICIT:
            return False
        if len(call.args) == 2:
            return True
        if call.args:
            return False
        u = self.u
        if u.comp_scopes or u.scope.kind != 'function':
            return False
        args = u.scope.node.args
        if not (args.posonlyargs or args.args):
            return False
        return '__class__' in u.freevars

    def load_super(self, call):
        loc = loc_of(call.func)
        self.emit('LOAD_GLOBAL', self.name_index('super') << 1, loc)
        if call.args:
            self.visit(call.args[0])
            self.visit(call.args[1])
        else:
            self.emit('LOAD_DEREF', self.u.deref_index('__class__'), loc_of(call))
            args = self.u.scope.node.args
            first = (args.posonlyargs + args.args)[0].arg
            self.nameop(first, 'Load', loc_of(call))

    # -- assignment targets ---------------------------------------------------

    def store_target(self, target):
        saved = self.loc
        self.loc = loc_of(target)
        try:
            k = kind(target)
            if k == 'Name':
                self.nameop(target.id, 'Store')
            elif k == 'Attribute':
                self.visit(target.value)
                self.note_static_attribute(target)
                self.emit('STORE_ATTR', self.name_index(self.mangle(target.attr)),
                          self.attr_loc(target))
            elif k == 'Subscript':
                self.visit(target.value)
                if self.is_two_slice(target.slice):
                    self.slice_bounds(target.slice)
                    self.emit('STORE_SLICE')
                else:
                    self.visit(target.slice)
                    self.emit('STORE_SUBSCR')
            elif k in ('Tuple', 'List'):
                self.assign_sequence(target)
            elif k == 'Starred':
                raise self.error('starred assignment target must be in a list or tuple',
                                 target)
            else:
                raise self.error('cannot assign to %s' % k.lower(), target)
        finally:
            self.loc = saved

    def assign_sequence(self, target):
        elts = target.elts
        star = [i for i, e in enumerate(elts) if kind(e) == 'Starred']
        if len(star) > 1:
            raise self.error('multiple starred expressions in assignment', target)
        if star:
            i = star[0]
            after = len(elts) - i - 1
            if i >= 256 or after >= (1 << 23):
                raise self.error('too many expressions in star-unpacking assignment', target)
            self.emit('UNPACK_EX', i + (after << 8))
        else:
            self.emit('UNPACK_SEQUENCE', len(elts))
        for e in elts:
            self.store_target(e.value if kind(e) == 'Starred' else e)

    # -- comprehensions -------------------------------------------------------

    def c_ListComp(self, node):
        self.comprehension(node, 'BUILD_LIST', [node.elt])

    def c_SetComp(self, node):
        self.comprehension(node, 'BUILD_SET', [node.elt])

    def c_DictComp(self, node):
        self.comprehension(node, 'BUILD_MAP', [node.key, node.value])

    def c_GeneratorExp(self, node):
        self.comprehension(node, None, [node.elt])

    def comprehension(self, node, build, elts):
        scope = self.table.scopes[id(node)]
        first = node.generators[0]
        is_async = any(g.is_async for g in node.generators) or any(
            self.has_await(e) for e in elts)
        if is_async and build is not None and not scope.inlined:
            pass
        outer = self.u.scope
        if scope.is_coroutine and not scope.is_generator and not self.await_allowed():
            if build is not None:
                raise self.error('asynchronous comprehension outside of an asynchronous '
                                 'function', node)
        if scope.inlined:
            return self.inline_comprehension(node, scope, build, elts)
        # a function of its own (generator expressions; comprehensions in
        # annotation scopes), called with the outermost iterator
        name = {'ListComp': '<listcomp>', 'SetComp': '<setcomp>', 'DictComp': '<dictcomp>',
                'GeneratorExp': '<genexpr>'}[kind(node)]
        if build is None and scope.is_coroutine:
            scope.is_async_gen = True
        u = self.enter_unit(scope, name, node.lineno)
        u.argcount = 1
        self.loc = loc_of(node)
        if build is not None:
            self.emit('BUILD_' + build[6:], 0)
            self.emit('LOAD_FAST', 0)
        else:
            self.emit('LOAD_FAST', 0)
        self.comp_loop(node, node.generators, 0, build, elts, 1 if build else 0, True)
        if build is None:
            self.emit_inherit('LOAD_CONST', self.const_index(None))
        self.emit_inherit('RETURN_VALUE')
        u.prologue_loc = (node.lineno, node.lineno, -1, -1)    # no columns
        code = self.exit_unit((node.lineno, node.lineno, 0, 0))
        self.make_closure(code, 0, loc_of(node))
        self.visit_container(first.iter)
        if first.is_async:
            self.emit('GET_AITER', None, loc_of(first.iter))
        else:
            self.emit('GET_ITER', None, loc_of(first.iter))
        self.emit('CALL', 0)
        if scope.is_coroutine and build is not None:
            self.emit('GET_AWAITABLE', 0)
            self.load_const(None)
            self.yield_from_loop(self.loc, True)

    def await_allowed(self):
        u = self.u
        if u.scope.is_coroutine and u.scope.kind == 'function':
            return True
        if u.scope.kind == 'comprehension' and u.scope.is_coroutine and \
                u.scope.is_generator:
            return True
        if self.flags & 0x2000 and u.scope.kind == 'module':
            return True
        for comp in u.comp_scopes:
            pass
        return False

    def has_await(self, node):
        return False

    def inline_comprehension(self, node, scope, build, elts):
        u = self.u
        first = node.generators[0]
        self.visit_container(first.iter)
        if first.is_async:
            self.emit('GET_AITER', None, loc_of(first.iter))
        else:
            self.emit('GET_ITER', None, loc_of(first.iter))
        # the comprehension's own variables, saved from the frame around it
        own = [n for n, sc in scope.scopes.items()
               if sc in (st.LOCAL, st.CELL) and n != '.0'
               and not scope.symbols.get(n, 0) & st.DEF_NONLOCAL]
        u.comp_scopes.append(scope)
        cells = []
        try:
            for name in own:
                sc = scope.scopes[name]
                if sc == st.CELL:
                    if name not in u.cellvars:
                        u.cellvars.append(name)
                        u.cellvars.sort()
                    cells.append(name)
            slots = []
            for name in own:
                if scope.scopes[name] == st.CELL:
                    idx = u.deref_index(name)
                else:
                    idx = u.varname_index(name)
                slots.append(idx)
                self.emit('LOAD_FAST_AND_CLEAR', idx)
                self.emit('SWAP', 2)
            for name in cells:
                self.emit('MAKE_CELL', u.deref_index(name))
            cleanup = self.new_label()
            end = self.new_label()
            if own:
                self.emit_jump('SETUP_FINALLY', cleanup)
            self.emit('BUILD_' + build[6:], 0)
            self.emit('SWAP', 2)
            self.comp_loop(node, node.generators, 0, build, elts, 1, False)
            if own:
                self.emit('POP_BLOCK')
                for idx in reversed(slots):
                    self.emit('SWAP', 2)
                    self.emit('STORE_FAST', idx)
                self.emit_inherit('JUMP', end)
                self.place(cleanup)
                self.emit('SWAP', 2, NO_LOC)
                self.emit('POP_TOP', None, NO_LOC)
                for idx in reversed(slots):
                    self.emit('SWAP', 2)
                    self.emit('STORE_FAST', idx)
                self.emit('RERAISE', 0)
                self.place(end)
        finally:
            u.comp_scopes.pop()

    def comp_loop(self, node, gens, k, build, elts, depth, own_function):
        """One `for` clause (and its ifs) with the iterator on the stack."""
        gen = gens[k]
        start = self.new_label()
        cleanup = self.new_label()
        anchor = self.new_label()
        iter_loc = loc_of(gen.iter)
        if k > 0:
            self.visit_container(gen.iter)
            self.emit('GET_AITER' if gen.is_async else 'GET_ITER', None, iter_loc)
        self.place(start)
        if gen.is_async:
            send = self.new_label()
            except_ = self.new_label()
            self.emit_jump('SETUP_FINALLY', except_, iter_loc)
            self.emit('GET_ANEXT', None, iter_loc)
            self.load_const(None, iter_loc)
            self.place(send)
            self.yield_from_loop(iter_loc, True)
            self.emit('POP_BLOCK', None, iter_loc)
        else:
            self.emit_jump('FOR_ITER', anchor, iter_loc)
        self.store_target(gen.target)
        for cond in gen.ifs:
            self.jump_if(cond, cleanup, False)
        if k + 1 < len(gens):
            self.comp_loop(node, gens, k + 1, build, elts, depth + 1, own_function)
        else:
            saved = self.loc
            first, last = loc_of(elts[0]), loc_of(elts[-1])
            # the element's location (a dict's: from its key to its value)
            self.loc = (first[0], last[1], first[2], last[3])
            if build is None:
                self.visit(elts[0])
                if self.u.scope.is_coroutine:
                    self.emit('CALL_INTRINSIC_1', INTRINSIC_ASYNC_GEN_WRAP)
                self.emit('YIELD_VALUE', 0)
                self.emit('RESUME', 1)
                self.emit('POP_TOP')
            else:
                for e in elts:
                    self.visit(e)
                op = {'BUILD_LIST': 'LIST_APPEND', 'BUILD_SET': 'SET_ADD',
                      'BUILD_MAP': 'MAP_ADD'}[build]
                self.emit(op, depth + 1)
            self.loc = saved
        self.place(cleanup)
        self.emit_inherit('JUMP', start)
        self.place(anchor)
        if gen.is_async:
            self.place(except_)
            self.emit_jump('END_ASYNC_FOR', send, iter_loc)
        else:
            self.emit('END_FOR', None, iter_loc)
            self.emit('POP_ITER', None, iter_loc)

    # -- generators and coroutines --------------------------------------

    def yield_from_loop(self, loc, is_await):
        """SEND loop over the awaitable/iterator under the value to send."""
        send = self.new_label()
        fail = self.new_label()
        exit = self.new_label()
        self.place(send)
        self.emit_jump('SEND', exit, loc)
        self.emit_jump('SETUP_FINALLY', fail, NO_LOC)
        self.emit('YIELD_VALUE', 1, loc)
        self.emit('POP_BLOCK', None, NO_LOC)
        self.emit('RESUME', 3 if is_await else 2, loc)
        self.emit_jump('JUMP_NO_INTERRUPT', send, loc)
        self.place(fail)
        self.emit('CLEANUP_THROW', None, loc)
        self.place(exit)
        self.emit('END_SEND', None, loc)

    def c_Yield(self, node):
        scope = self.u.scope
        if not scope.function_like or self.u.comp_scopes:
            raise self.error("'yield' outside function", node)
        if node.value is not None:
            self.visit(node.value)
        else:
            self.load_const(None)
        if scope.is_coroutine:
            self.emit('CALL_INTRINSIC_1', INTRINSIC_ASYNC_GEN_WRAP)
        self.emit('YIELD_VALUE', 0)
        self.emit('RESUME', 1)

    def c_YieldFrom(self, node):
        scope = self.u.scope
        if not scope.function_like or self.u.comp_scopes:
            raise self.error("'yield' outside function", node)
        if scope.is_coroutine:
            raise self.error("'yield from' inside async function", node)
        self.visit(node.value)
        self.emit('GET_YIELD_FROM_ITER')
        self.load_const(None)
        self.yield_from_loop(self.loc, False)

    def c_Await(self, node):
        u = self.u
        scope = u.scope
        if not (self.flags & 0x2000 and scope.kind == 'module'):
            if not scope.function_like or scope.kind == 'lambda':
                raise self.error("'await' outside function", node)
            if not scope.is_coroutine:
                if scope.kind == 'comprehension' and scope.is_generator:
                    pass
                else:
                    raise self.error("'await' outside async function", node)
        self.visit(node.value)
        self.emit('GET_AWAITABLE', 0)
        self.load_const(None)
        self.yield_from_loop(self.loc, True)
