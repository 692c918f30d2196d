"""The source text of an expression, as `from __future__ import
annotations` keeps annotations: the shortest spelling that parses back to
the same tree (operators spaced, parentheses only where precedence needs
them, constants by their repr)."""

# binding strength, weakest first
(TUPLE, TEST, OR, AND, NOT, CMP, BOR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR,
 POWER, AWAIT, ATOM) = range(16)

BINOPS = {'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM),
          'MatMult': ('@', TERM), 'Div': ('/', TERM), 'FloorDiv': ('//', TERM),
          'Mod': ('%', TERM), 'Pow': ('**', POWER), 'LShift': ('<<', SHIFT),
          'RShift': ('>>', SHIFT), 'BitOr': ('|', BOR), 'BitXor': ('^', BXOR),
          'BitAnd': ('&', BAND)}
UNARY = {'Not': ('not ', NOT), 'Invert': ('~', FACTOR), 'USub': ('-', FACTOR),
         'UAdd': ('+', FACTOR)}
CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
          'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
INF_TEXT = '1e309'


def _kind(node):
    return type(node).__name__


def unparse_annotation(node):
    return Writer().text(node, TEST)


class Writer:

    def text(self, node, level):
        return getattr(self, 'u_' + _kind(node))(node, level)

    def wrap(self, s, cond):
        return '(' + s + ')' if cond else s

    def join(self, nodes, level):
        return ', '.join(self.text(n, level) for n in nodes)

    # -- atoms -----------------------------------------------------------------

    def u_Name(self, node, level):
        return node.id

    def u_Constant(self, node, level):
        return self.constant(node.value)

    def constant(self, v):
        if v is Ellipsis:
            return '...'
        t = type(v)
        if t is float or t is complex:
            return repr(v).replace('inf', INF_TEXT)
        if t is tuple:
            if len(v) == 1:
                return '(%s,)' % self.constant(v[0])
            return '(' + ', '.join(self.constant(x) for x in v) + ')'
        if t is frozenset:
            return '{' + ', '.join(self.constant(x) for x in v) + '}' if v else '{*()}'
        return repr(v)

    def u_Attribute(self, node, level):
        value = self.text(node.value, ATOM)
        if _kind(node.value) == 'Constant' and type(node.value.value) is int:
            value += ' '
        return value + '.' + node.attr

    def u_Subscript(self, node, level):
        sl = node.slice
        if _kind(sl) == 'Tuple' and sl.elts:
            inner = self.join(sl.elts, TEST)
            if len(sl.elts) == 1:
                inner += ','
        else:
            inner = self.text(sl, TUPLE)
        return self.text(node.value, ATOM) + '[' + inner + ']'

    def u_Slice(self, node, level):
        s = ''
        if node.lower is not None:
            s += self.text(node.lower, TEST)
        s += ':'
        if node.upper is not None:
            s += self.text(node.upper, TEST)
        if node.step is not None:
            s += ':' + self.text(node.step, TEST)
        return s

    def u_Starred(self, node, level):
        return '*' + self.text(node.value, BOR)

    def u_Tuple(self, node, level):
        if not node.elts:
            return '()'
        s = self.join(node.elts, TEST)
        if len(node.elts) == 1:
            s += ','
        return self.wrap(s, level > TUPLE)

    def u_List(self, node, level):
        return '[' + self.join(node.elts, TEST) + ']'

    def u_Set(self, node, level):
        if not node.elts:
            return '{*()}'
        return '{' + self.join(node.elts, TEST) + '}'

    def u_Dict(self, node, level):
        parts = []
        for k, v in zip(node.keys, node.values):
            if k is None:
                parts.append('**' + self.text(v, BOR))
            else:
                parts.append(self.text(k, TEST) + ': ' + self.text(v, TEST))
        return '{' + ', '.join(parts) + '}'

    # -- operators -----------------------------------------------------------------

    def u_BinOp(self, node, level):
        op, pr = BINOPS[_kind(node.op)]
        right_assoc = pr == POWER
        left = self.text(node.left, pr + 1 if right_assoc else pr)
        right = self.text(node.right, pr if right_assoc else pr + 1)
        return self.wrap('%s %s %s' % (left, op, right), level > pr)

    def u_UnaryOp(self, node, level):
        op, pr = UNARY[_kind(node.op)]
        return self.wrap(op + self.text(node.operand, pr), level > pr)

    def u_BoolOp(self, node, level):
        is_and = _kind(node.op) == 'And'
        pr = AND if is_and else OR
        s = (' and ' if is_and else ' or ').join(self.text(v, pr + 1) for v in node.values)
        return self.wrap(s, level > pr)

    def u_Compare(self, node, level):
        s = self.text(node.left, CMP + 1)
        for op, right in zip(node.ops, node.comparators):
            s += ' %s %s' % (CMPOPS[_kind(op)], self.text(right, CMP + 1))
        return self.wrap(s, level > CMP)

    def u_IfExp(self, node, level):
        s = '%s if %s else %s' % (self.text(node.body, TEST + 1), self.text(node.test, TEST + 1),
                                  self.text(node.orelse, TEST))
        return self.wrap(s, level > TEST)

    def u_NamedExpr(self, node, level):
        s = '%s := %s' % (self.text(node.target, ATOM), self.text(node.value, ATOM))
        return self.wrap(s, level > TUPLE)

    def u_Await(self, node, level):
        return self.wrap('await ' + self.text(node.value, ATOM), level > AWAIT)

    def u_Yield(self, node, level):
        s = 'yield' if node.value is None else 'yield ' + self.text(node.value, TEST)
        return self.wrap(s, level > TUPLE)

    def u_YieldFrom(self, node, level):
        return self.wrap('yield from ' + self.text(node.value, TEST), level > TUPLE)

    def u_Lambda(self, node, level):
        params = self.arguments(node.args)
        s = 'lambda ' + params + ': ' if params else 'lambda: '
        return self.wrap(s + self.text(node.body, TEST), level > TEST)

    def arguments(self, a):
        parts = []
        positional = list(a.posonlyargs) + list(a.args)
        first_default = len(positional) - len(a.defaults)
        for i, arg in enumerate(positional):
            p = arg.arg
            if i >= first_default:
                p += '=' + self.text(a.defaults[i - first_default], TEST)
            parts.append(p)
            if a.posonlyargs and i == len(a.posonlyargs) - 1:
                parts.append('/')
        if a.vararg is not None:
            parts.append('*' + a.vararg.arg)
        elif a.kwonlyargs:
            parts.append('*')
        for arg, d in zip(a.kwonlyargs, a.kw_defaults):
            parts.append(arg.arg if d is None else arg.arg + '=' + self.text(d, TEST))
        if a.kwarg is not None:
            parts.append('**' + a.kwarg.arg)
        return ', '.join(parts)

    # -- calls and comprehensions -------------------------------------------------

    def u_Call(self, node, level):
        func = self.text(node.func, ATOM)
        if len(node.args) == 1 and not node.keywords and _kind(node.args[0]) == 'GeneratorExp':
            return func + self.text(node.args[0], TEST)
        parts = [self.text(a, TEST) for a in node.args]
        for kw in node.keywords:
            if kw.arg is None:
                parts.append('**' + self.text(kw.value, TEST))
            else:
                parts.append(kw.arg + '=' + self.text(kw.value, TEST))
        return func + '(' + ', '.join(parts) + ')'

    def generators(self, gens):
        s = ''
        for g in gens:
            s += ' async for ' if g.is_async else ' for '
            s += self.text(g.target, TUPLE) + ' in ' + self.text(g.iter, TEST + 1)
            for cond in g.ifs:
                s += ' if ' + self.text(cond, TEST + 1)
        return s

    def u_ListComp(self, node, level):
        return '[' + self.text(node.elt, TEST) + self.generators(node.generators) + ']'

    def u_SetComp(self, node, level):
        return '{' + self.text(node.elt, TEST) + self.generators(node.generators) + '}'

    def u_GeneratorExp(self, node, level):
        return '(' + self.text(node.elt, TEST) + self.generators(node.generators) + ')'

    def u_DictComp(self, node, level):
        return '{%s: %s%s}' % (self.text(node.key, TEST), self.text(node.value, TEST),
                               self.generators(node.generators))

    # -- f-strings and t-strings ----------------------------------------------------

    def u_JoinedStr(self, node, level):
        return 'f' + self.quoted(self.fstring_body(node.values))

    def u_TemplateStr(self, node, level):
        return 't' + self.quoted(self.fstring_body(node.values))

    def u_FormattedValue(self, node, level):
        return 'f' + self.quoted(self.fstring_body([node]))

    u_Interpolation = u_FormattedValue

    def fstring_body(self, values):
        out = []
        for v in values:
            if _kind(v) == 'Constant':
                out.append(v.value.replace('{', '{{').replace('}', '}}'))
                continue
            inner = self.text(v.value, TEST + 1)
            if inner.startswith('{'):
                inner = ' ' + inner
            s = '{' + inner
            conv = v.conversion
            if conv is not None and conv >= 0:
                s += '!' + chr(conv)
            if v.format_spec is not None:
                spec = v.format_spec
                parts = spec.values if _kind(spec) == 'JoinedStr' else [spec]
                s += ':' + self.fstring_body(parts)
            out.append(s + '}')
        return ''.join(out)

    def quoted(self, body):
        return repr(body)
