"""ast.unparse(): source text back from a tree of _ast nodes.

Kept apart from ast so that importing ast stays cheap.  The output is the
one CPython 3.14 writes: each expression is wrapped in parentheses only
where the binding strength of its context requires them.  That strength is
recorded per node (a dict keyed by the node) by whoever writes the parent,
before the child is written; a node nobody ranked counts as a `test`.
"""
import sys
from _ast import *
from ast import NodeVisitor

# Literals too large for a float come back from the parser as infinities;
# they are written as a decimal literal that overflows again.
_HUGE = '1e%d' % (sys.float_info.max_10_exp + 1)

# Binding strengths, weakest first.  `|` shares its rank with a bare
# expression (the operand of `*` in a call, of `**` in a dict display).
(NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT,
 ARITH, TERM, FACTOR, POWER, AWAIT, ATOM) = range(1, 19)
BOR = EXPR


def _stronger(rank):
    return rank + 1 if rank < ATOM else ATOM


_BINARY = {
    'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM),
    'MatMult': ('@', TERM), 'Div': ('/', TERM), 'Mod': ('%', TERM),
    'FloorDiv': ('//', TERM), 'LShift': ('<<', SHIFT), 'RShift': ('>>', SHIFT),
    'BitOr': ('|', BOR), 'BitXor': ('^', BXOR), 'BitAnd': ('&', BAND),
    'Pow': ('**', POWER),
}
_UNARY = {'Invert': ('~', FACTOR), 'UAdd': ('+', FACTOR),
          'USub': ('-', FACTOR), 'Not': ('not', NOT)}
_COMPARISON = {
    'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
    'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in',
}
_BOOLEAN = {'And': ('and', AND), 'Or': ('or', OR)}

_TRIPLE = ('"""', "'''")
_QUOTES = ("'", '"') + _TRIPLE


def _escape(text, escape_layout):
    """text with backslashes and unprintable characters escaped; newlines
    and tabs too when escape_layout is true."""
    out = []
    for ch in text:
        if ch == '\\' or (not ch.isprintable()
                          and (escape_layout or ch not in '\n\t')):
            ch = ch.encode('unicode_escape').decode('ascii')
        out.append(ch)
    return ''.join(out)


def _quote_choice(text, quotes, escape_layout=False):
    """(body, usable quotes) for writing the str `text` between one of
    `quotes` with as few backslashes as can be: a quote that occurs in the
    body cannot delimit it, a one-character quote cannot hold a newline."""
    body = _escape(text, escape_layout)
    multiline = '\n' in body
    usable = [q for q in quotes
              if q not in body and (len(q) == 3 or not multiline)]
    if not usable:
        # Nothing fits: repr's escaping, with a quote of the caller's kinds
        # that starts like repr's (so a docstring keeps its triple quotes).
        shown = repr(text)
        for q in quotes:
            if shown[0] in q:
                return shown[1:-1], [q]
        return shown[1:-1], [shown[0]]
    if body:
        last = body[-1]
        # A quote unlike the last character goes first (stable order).
        usable.sort(key=lambda q: q[0] == last)
        if usable[0][0] == last:
            body = body[:-1] + '\\' + last
    return body, usable


class _Around:
    """Writes `start` on entering and `end` on leaving (nothing when off)."""
    __slots__ = ('out', 'start', 'end', 'on')

    def __init__(self, out, start, end, on=True):
        self.out = out
        self.start = start
        self.end = end
        self.on = on

    def __enter__(self):
        if self.on:
            self.out.write(self.start)

    def __exit__(self, *exc):
        if self.on:
            self.out.write(self.end)


class _Block:
    """A suite: the colon (and what follows it on the line), then its
    statements one level further in."""
    __slots__ = ('out', 'extra')

    def __init__(self, out, extra):
        self.out = out
        self.extra = extra

    def __enter__(self):
        self.out.write(':')
        if self.extra:
            self.out.write(self.extra)
        self.out._depth += 1

    def __exit__(self, *exc):
        self.out._depth -= 1


class Unparser(NodeVisitor):
    """Writes the source text of a tree: `Unparser().visit(tree)`."""

    def __init__(self):
        self._source = []
        self._precedences = {}
        self._type_ignores = {}
        self._depth = 0
        self._star_handlers = False
        self._interactive = False

    # -- output ------------------------------------------------------------

    def write(self, *parts):
        self._source.extend(parts)

    def _capture(self, node):
        """What writing `node` (or a list of them) produces, kept apart
        from the output."""
        saved = self._source
        self._source = []
        try:
            self.traverse(node)
            return self._source
        finally:
            self._source = saved

    def fill(self, text='', *, allow_semicolon=True):
        """Starts a statement: on a new line at the current depth, or after
        '; ' at the top level of an interactive tree."""
        if allow_semicolon and self._interactive and not self._depth:
            if self._source:
                self.write('; ')
            self.write(text)
            return
        if self._source:
            self.write('\n')
        self.write('    ' * self._depth + text)

    def _blank_line(self):
        if self._source:
            self.write('\n')

    def _suite(self, body, extra=None):
        with _Block(self, extra):
            self.traverse(body)

    def _clause(self, keyword, body):
        """`else:`, `finally:` and the like, with their statements."""
        self.fill(keyword, allow_semicolon=False)
        self._suite(body)

    def _around(self, start, end, on=True):
        return _Around(self, start, end, on)

    def _parens_if_weaker(self, rank, node):
        return _Around(self, '(', ')', self.get_precedence(node) > rank)

    def _each(self, items, write_one, sep=', '):
        first = True
        for item in items:
            if not first:
                self.write(sep)
            first = False
            write_one(item)

    def _items(self, items, write_one):
        """Comma-separated; a lone item gets its trailing comma."""
        if len(items) == 1:
            write_one(items[0])
            self.write(',')
        else:
            self._each(items, write_one)

    # -- ranks -------------------------------------------------------------

    def get_precedence(self, node):
        return self._precedences.get(node, TEST)

    def set_precedence(self, rank, *nodes):
        for node in nodes:
            self._precedences[node] = rank

    # -- traversal ---------------------------------------------------------

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            NodeVisitor.visit(self, node)

    def visit(self, node):
        """The source text of `node` (a fresh output each call)."""
        self._source = []
        self.traverse(node)
        return ''.join(self._source)

    # -- modules -----------------------------------------------------------

    def _docstring_node(self, node):
        """The Constant of `node`'s docstring, if it has one."""
        if not isinstance(node, (Module, ClassDef, FunctionDef, AsyncFunctionDef)):
            return None
        if not node.body or not isinstance(node.body[0], Expr):
            return None
        value = node.body[0].value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def _body_with_docstring(self, node):
        doc = self._docstring_node(node)
        if doc:
            self.fill(allow_semicolon=False)
            if doc.kind == 'u':
                self.write('u')
            text, quotes = _quote_choice(doc.value, _TRIPLE)
            self.write(quotes[0], text, quotes[0])
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    def visit_Module(self, node):
        self._type_ignores = {ti.lineno: 'ignore' + ti.tag for ti in node.type_ignores}
        try:
            self._body_with_docstring(node)
        finally:
            self._type_ignores.clear()

    def visit_Interactive(self, node):
        self._interactive = True
        try:
            self._body_with_docstring(node)
        finally:
            self._interactive = False

    def visit_FunctionType(self, node):
        with self._around('(', ')'):
            self._each(node.argtypes, self.traverse)
        self.write(' -> ')
        self.traverse(node.returns)

    def _type_comment(self, node):
        text = self._type_ignores.get(node.lineno) or node.type_comment
        return None if text is None else ' # type: ' + text

    # -- simple statements ---------------------------------------------------

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(YIELD, node.value)
        self.traverse(node.value)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)
        comment = self._type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' %s= ' % _BINARY[type(node.op).__name__][0])
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        wrap = not node.simple and isinstance(node.target, Name)
        with self._around('(', ')', wrap):
            self.traverse(node.target)
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self._each(node.targets, self.traverse)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ' + ', '.join(node.names))

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ' + ', '.join(node.names))

    def visit_Import(self, node):
        self.fill('import ')
        self._each(node.names, self.traverse)

    def visit_ImportFrom(self, node):
        self.fill('from ' + '.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self._each(node.names, self.traverse)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    def visit_TypeAlias(self, node):
        self.fill('type ')
        self.traverse(node.name)
        self._type_params(node.type_params)
        self.write(' = ')
        self.traverse(node.value)

    # -- compound statements -------------------------------------------------

    def _try(self, node, star):
        outer = self._star_handlers
        self._star_handlers = star
        try:
            self.fill('try', allow_semicolon=False)
            self._suite(node.body)
            self.traverse(node.handlers)
            if node.orelse:
                self._clause('else', node.orelse)
            if node.finalbody:
                self._clause('finally', node.finalbody)
        finally:
            self._star_handlers = outer

    def visit_Try(self, node):
        self._try(node, False)

    def visit_TryStar(self, node):
        self._try(node, True)

    def visit_ExceptHandler(self, node):
        self.fill('except*' if self._star_handlers else 'except',
                  allow_semicolon=False)
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ', node.name)
        self._suite(node.body)

    def _decorators(self, node):
        self._blank_line()
        for decorator in node.decorator_list:
            self.fill('@', allow_semicolon=False)
            self.traverse(decorator)

    def visit_ClassDef(self, node):
        self._decorators(node)
        self.fill('class ' + node.name, allow_semicolon=False)
        if hasattr(node, 'type_params'):
            self._type_params(node.type_params)
        with self._around('(', ')', bool(node.bases or node.keywords)):
            self._each([*node.bases, *node.keywords], self.traverse)
        with _Block(self, None):
            self._body_with_docstring(node)

    def _function(self, node, keyword):
        self._decorators(node)
        self.fill('%s %s' % (keyword, node.name), allow_semicolon=False)
        if hasattr(node, 'type_params'):
            self._type_params(node.type_params)
        with self._around('(', ')'):
            self.traverse(node.args)
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        with _Block(self, self._type_comment(node)):
            self._body_with_docstring(node)

    def visit_FunctionDef(self, node):
        self._function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def _type_params(self, params):
        if params:
            with self._around('[', ']'):
                self._each(params, self.traverse)

    def _default_value(self, node):
        if node.default_value:
            self.write(' = ')
            self.traverse(node.default_value)

    def visit_TypeVar(self, node):
        self.write(node.name)
        if node.bound:
            self.write(': ')
            self.traverse(node.bound)
        self._default_value(node)

    def visit_TypeVarTuple(self, node):
        self.write('*' + node.name)
        self._default_value(node)

    def visit_ParamSpec(self, node):
        self.write('**' + node.name)
        self._default_value(node)

    def _for(self, node, keyword):
        self.fill(keyword, allow_semicolon=False)
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        self._suite(node.body, self._type_comment(node))
        if node.orelse:
            self._clause('else', node.orelse)

    def visit_For(self, node):
        self._for(node, 'for ')

    def visit_AsyncFor(self, node):
        self._for(node, 'async for ')

    def visit_If(self, node):
        keyword = 'if '
        # An else holding nothing but another if is written as elif.
        while True:
            self.fill(keyword, allow_semicolon=False)
            self.traverse(node.test)
            self._suite(node.body)
            rest = node.orelse
            if len(rest) == 1 and isinstance(rest[0], If):
                node = rest[0]
                keyword = 'elif '
                continue
            if rest:
                self._clause('else', rest)
            return

    def visit_While(self, node):
        self.fill('while ', allow_semicolon=False)
        self.traverse(node.test)
        self._suite(node.body)
        if node.orelse:
            self._clause('else', node.orelse)

    def _with(self, node, keyword):
        self.fill(keyword, allow_semicolon=False)
        self._each(node.items, self.traverse)
        self._suite(node.body, self._type_comment(node))

    def visit_With(self, node):
        self._with(node, 'with ')

    def visit_AsyncWith(self, node):
        self._with(node, 'async with ')

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    # -- match -------------------------------------------------------------

    def visit_Match(self, node):
        self.fill('match ', allow_semicolon=False)
        self.traverse(node.subject)
        self._suite(node.cases)

    def visit_match_case(self, node):
        self.fill('case ', allow_semicolon=False)
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        self._suite(node.body)

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._constant(node.value)

    def visit_MatchSequence(self, node):
        with self._around('[', ']'):
            self._each(node.patterns, self.traverse)

    def visit_MatchStar(self, node):
        self.write('*' + ('_' if node.name is None else node.name))

    def _pairs(self, left, right, write_left):
        def one(pair):
            write_left(pair[0])
            self.traverse(pair[1])
        self._each(zip(left, right, strict=True), one)

    def visit_MatchMapping(self, node):
        def key(k):
            self.traverse(k)
            self.write(': ')
        with self._around('{', '}'):
            self._pairs(node.keys, node.patterns, key)
            if node.rest is not None:
                if node.keys:
                    self.write(', ')
                self.write('**' + node.rest)

    def visit_MatchClass(self, node):
        self.set_precedence(ATOM, node.cls)
        self.traverse(node.cls)
        with self._around('(', ')'):
            self._each(node.patterns, self.traverse)
            if node.kwd_attrs:
                if node.patterns:
                    self.write(', ')
                self._pairs(node.kwd_attrs, node.kwd_patterns,
                            lambda attr: self.write(attr + '='))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self._parens_if_weaker(TEST, node):
                self.set_precedence(BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(' as ' + node.name)

    def visit_MatchOr(self, node):
        with self._parens_if_weaker(BOR, node):
            self.set_precedence(_stronger(BOR), *node.patterns)
            self._each(node.patterns, self.traverse, ' | ')

    # -- strings -------------------------------------------------------------

    def _constant(self, value):
        text = repr(value)
        if isinstance(value, (float, complex)):
            text = text.replace('inf', _HUGE).replace('nan', '(%s-%s)' % (_HUGE, _HUGE))
        self.write(text)

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self._around('(', ')'):
                self._items(value, self._constant)
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self._constant(value)

    def visit_JoinedStr(self, node):
        self._template(node.values, 'f')

    def visit_TemplateStr(self, node):
        self._template(node.values, 't')

    def _template(self, values, prefix):
        self.write(prefix)
        pieces = []
        for value in values:
            saved = self._source
            self._source = []
            try:
                self._template_part(value, False)
                pieces.append((''.join(self._source), isinstance(value, Constant)))
            finally:
                self._source = saved
        self._write_template_pieces(pieces)

    def _write_template_pieces(self, pieces):
        """Picks the quotes of an f- or t-string from its literal pieces
        (escaped as they need) and its replacement fields (which cannot
        hold the quote that delimits them)."""
        quotes = list(_QUOTES)
        texts = []
        for text, literal in pieces:
            if literal:
                text, fitting = _quote_choice(text, quotes, True)
                if not set(fitting) & set(quotes):
                    return self._template_by_repr(pieces)
                quotes = fitting
            else:
                if '\n' in text:
                    quotes = [q for q in quotes if len(q) == 3]
                fitting = [q for q in quotes if q not in text]
                if fitting:
                    quotes = fitting
            texts.append(text)
        self.write(quotes[0], ''.join(texts), quotes[0])

    def _template_by_repr(self, pieces):
        texts = []
        for text, literal in pieces:
            if literal:
                # A leading double quote makes repr choose single quotes.
                text = repr('"' + text)[2:-1]
            texts.append(text)
        self.write("'''", ''.join(texts), "'''")

    def _template_part(self, node, in_spec):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self._template_part(value, in_spec)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            text = node.value.replace('{', '{{').replace('}', '}}')
            if in_spec:
                for old, new in (('\\', '\\\\'), ("'", "\\'"), ('"', '\\"'), ('\n', '\\n')):
                    text = text.replace(old, new)
            self.write(text)
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        elif isinstance(node, Interpolation):
            self.visit_Interpolation(node)
        else:
            raise ValueError('Unexpected node inside JoinedStr, %r' % (node,))

    def _replacement_field(self, node, text):
        if text is None:
            inner = type(self)()
            inner.set_precedence(_stronger(TEST), node.value)
            text = inner.visit(node.value)
        self.write('{')
        if text.startswith('{'):
            # "{{" would be a literal brace.
            self.write(' ')
        self.write(text)
        if node.conversion != -1:
            self.write('!' + chr(node.conversion))
        if node.format_spec:
            self.write(':')
            self._template_part(node.format_spec, True)
        self.write('}')

    def visit_FormattedValue(self, node):
        self._replacement_field(node, None)

    def visit_Interpolation(self, node):
        self._replacement_field(node, node.str)

    # -- expressions ---------------------------------------------------------

    def visit_Name(self, node):
        self.write(node.id)

    def visit_NamedExpr(self, node):
        with self._parens_if_weaker(NAMED_EXPR, node):
            self.set_precedence(ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(' := ')
            self.traverse(node.value)

    def _operand_of(self, keyword, rank, node):
        """await / yield: the keyword, then an atom."""
        with self._parens_if_weaker(rank, node):
            self.write(keyword)
            if node.value:
                self.write(' ')
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)

    def visit_Await(self, node):
        self._operand_of('await', AWAIT, node)

    def visit_Yield(self, node):
        self._operand_of('yield', YIELD, node)

    def visit_YieldFrom(self, node):
        with self._parens_if_weaker(YIELD, node):
            self.write('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(ATOM, node.value)
            self.traverse(node.value)

    def visit_List(self, node):
        with self._around('[', ']'):
            self._each(node.elts, self.traverse)

    def visit_Set(self, node):
        if not node.elts:
            # {} is a dict, and the name set may be rebound.
            self.write('{*()}')
            return
        with self._around('{', '}'):
            self._each(node.elts, self.traverse)

    def visit_Dict(self, node):
        def entry(pair):
            key, value = pair
            if key is None:
                self.write('**')
                self.set_precedence(EXPR, value)
            else:
                self.traverse(key)
                self.write(': ')
            self.traverse(value)
        with self._around('{', '}'):
            self._each(zip(node.keys, node.values), entry)

    def visit_Tuple(self, node):
        bare = node.elts and self.get_precedence(node) <= TUPLE
        with self._around('(', ')', not bare):
            self._items(node.elts, self.traverse)

    def _comprehension(self, node, start, end, *heads):
        with self._around(start, end):
            for i, head in enumerate(heads):
                if i:
                    self.write(': ')
                self.traverse(head)
            self.traverse(node.generators)

    def visit_ListComp(self, node):
        self._comprehension(node, '[', ']', node.elt)

    def visit_SetComp(self, node):
        self._comprehension(node, '{', '}', node.elt)

    def visit_GeneratorExp(self, node):
        self._comprehension(node, '(', ')', node.elt)

    def visit_DictComp(self, node):
        self._comprehension(node, '{', '}', node.key, node.value)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_precedence(_stronger(TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(' if ')
            self.traverse(condition)

    def visit_IfExp(self, node):
        with self._parens_if_weaker(TEST, node):
            self.set_precedence(_stronger(TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(' if ')
            self.traverse(node.test)
            self.write(' else ')
            self.set_precedence(TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_UnaryOp(self, node):
        symbol, rank = _UNARY[type(node.op).__name__]
        with self._parens_if_weaker(rank, node):
            # -x and ~x stay together; `not` is a word.
            self.write(symbol if rank == FACTOR else symbol + ' ')
            self.set_precedence(rank, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        symbol, rank = _BINARY[type(node.op).__name__]
        # Operands of the same rank: on the left for the left-associative
        # operators, on the right for **.
        if rank == POWER:
            left, right = _stronger(rank), rank
        else:
            left, right = rank, _stronger(rank)
        with self._parens_if_weaker(rank, node):
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(' %s ' % symbol)
            self.set_precedence(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self._parens_if_weaker(CMP, node):
            self.set_precedence(_stronger(CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for op, operand in zip(node.ops, node.comparators):
                self.write(' %s ' % _COMPARISON[type(op).__name__])
                self.traverse(operand)

    def visit_BoolOp(self, node):
        word, rank = _BOOLEAN[type(node.op).__name__]
        # Each operand is ranked one step above the one before it (so that
        # a nested and/or of the same kind is parenthesised after the first).
        ranks = [rank]

        def operand(value):
            ranks[0] = _stronger(ranks[0])
            self.set_precedence(ranks[0], value)
            self.traverse(value)

        with self._parens_if_weaker(rank, node):
            self._each(node.values, operand, ' %s ' % word)

    def visit_Attribute(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        # `1.real` would read as a float: write `1 .real`.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.', node.attr)

    def visit_Call(self, node):
        self.set_precedence(ATOM, node.func)
        self.traverse(node.func)
        with self._around('(', ')'):
            self._each([*node.args, *node.keywords], self.traverse)

    def visit_keyword(self, node):
        self.write('**' if node.arg is None else node.arg + '=')
        self.traverse(node.value)

    def visit_Subscript(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        index = node.slice
        with self._around('[', ']'):
            if isinstance(index, Tuple) and index.elts:
                self._items(index.elts, self.traverse)
            else:
                self.traverse(index)

    def visit_Starred(self, node):
        self.write('*')
        self.set_precedence(EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_Lambda(self, node):
        with self._parens_if_weaker(TEST, node):
            params = self._capture(node.args)
            self.write('lambda')
            if params:
                self.write(' ', *params)
            self.write(': ')
            self.set_precedence(TEST, node.body)
            self.traverse(node.body)

    # -- parameters ----------------------------------------------------------

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def _param(self, arg, default):
        self.traverse(arg)
        if default:
            self.write('=')
            self.traverse(default)

    def _starred_param(self, stars, arg):
        self.write(stars + arg.arg)
        if arg.annotation:
            self.write(': ')
            self.traverse(arg.annotation)

    def visit_arguments(self, node):
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        slash_after = len(node.posonlyargs)
        pieces = 0
        for number, (arg, default) in enumerate(zip(positional, defaults), 1):
            if pieces:
                self.write(', ')
            pieces += 1
            self._param(arg, default)
            if number == slash_after:
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            if pieces:
                self.write(', ')
            pieces += 1
            if node.vararg:
                self._starred_param('*', node.vararg)
            else:
                self.write('*')
        if node.kwonlyargs:
            for arg, default in zip(node.kwonlyargs, node.kw_defaults):
                self.write(', ')
                self._param(arg, default)
        if node.kwarg:
            if pieces:
                self.write(', ')
            self._starred_param('**', node.kwarg)
