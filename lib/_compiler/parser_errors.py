"""How the parser reports mistakes: SyntaxErrors with CPython's messages
and positions (offsets 1-based, in characters of the line)."""
import _ast
from _compiler.tokenizer import (NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP,
                                 ENDMARKER, ERRORTOKEN, FSTRING_START, TSTRING_START,
                                 FSTRING_END, TSTRING_END)

# What "cannot assign to X" calls each kind of expression.
_DESCRIPTIONS = {
    _ast.Attribute: 'attribute', _ast.Subscript: 'subscript', _ast.Starred: 'starred',
    _ast.Name: 'name', _ast.List: 'list', _ast.Tuple: 'tuple', _ast.Lambda: 'lambda',
    _ast.Call: 'function call', _ast.BoolOp: 'expression', _ast.BinOp: 'expression',
    _ast.UnaryOp: 'expression', _ast.GeneratorExp: 'generator expression',
    _ast.Yield: 'yield expression', _ast.YieldFrom: 'yield expression',
    _ast.Await: 'await expression', _ast.ListComp: 'list comprehension',
    _ast.SetComp: 'set comprehension', _ast.DictComp: 'dict comprehension',
    _ast.Dict: 'dict literal', _ast.Set: 'set display', _ast.JoinedStr: 'f-string expression',
    _ast.TemplateStr: 't-string expression', _ast.Compare: 'comparison',
    _ast.IfExp: 'conditional expression', _ast.NamedExpr: 'named expression',
}


def describe(e):
    cls = type(e)
    if cls is _ast.Constant:
        v = e.value
        if v is None or v is True or v is False:
            return str(v)
        if v is Ellipsis:
            return 'ellipsis'
        return 'literal'
    return _DESCRIPTIONS.get(cls, 'expression')


class ErrorMixin:

    def char_col(self, lineno, bcol):
        """1-based character offset of a byte column."""
        line = self.tokenizer.line_text(lineno)
        if line.isascii():
            return bcol + 1
        data = line.encode('utf-8', 'surrogatepass')
        extra = max(0, bcol - len(data))
        return len(data[:bcol].decode('utf-8', 'replace')) + 1 + extra

    def raise_error(self, msg, lineno, bcol, end_lineno, end_bcol, cls=SyntaxError,
                    end_offset_=None):
        text = self.tokenizer.line_text(lineno)
        if self.exec_input and not text.endswith('\n'):
            text += '\n'
        offset = self.char_col(lineno, bcol)
        if end_lineno is not None and end_lineno > 0:
            end_offset = self.char_col(end_lineno, end_bcol) if end_bcol >= 0 else end_bcol
        else:
            end_offset = end_bcol
        if end_offset_ is not None:
            end_offset = end_offset_
        err = cls(msg, (self.filename, lineno, offset, text, end_lineno, end_offset))
        raise err

    def error_at_token(self, msg, t, cls=SyntaxError):
        self.raise_error(msg, t[2], t[3], t[4], t[5], cls)

    def error_at_span(self, msg, a, b):
        self.raise_error(msg, a[2], a[3], b[4], b[5])

    def error_at_node(self, msg, n, end=None):
        if end is None:
            end = n
        self.raise_error(msg, n.lineno, n.col_offset, end.end_lineno, end.end_col_offset)

    def raise_token_error(self, t):
        err = t[1]
        if err.filename is None:
            err.filename = self.filename
            err.args = (err.args[0], (self.filename, err.lineno, err.offset, err.text,
                                      err.end_lineno, err.end_offset))
        raise err

    def token_error_later(self, lineno=None):
        """The tokenizer's error, if the rest of the text holds one.  A
        bracket left open does not outdo an error on lineno, its own line
        or one before (as in CPython)."""
        t = self.toks[-1]
        if t[0] == ERRORTOKEN:
            unclosed = self.tokenizer.unclosed_line
            if lineno is not None and unclosed is not None and lineno <= unclosed:
                return
            self.raise_token_error(t)

    def end_of_input_error(self):
        """CPython's report of input that stopped too soon in the modes
        'single' and 'eval': on the last line, at offset 0."""
        lines = self.tokenizer.lines
        n = len(lines)
        raise SyntaxError('invalid syntax', (self.filename, n, 0, lines[-1] if lines else '',
                                             n, 0))

    def syntax_error_here(self):
        t = self.toks[self.i]
        if t[0] == ERRORTOKEN:
            self.raise_token_error(t)
        self.token_error_later(t[2])
        if t[0] == OP and t[1] == '>' and self.i:
            p = self.toks[self.i - 1]
            if p[1] == '<' and (p[4], p[5]) == (t[2], t[3]):
                self.raise_error("invalid syntax.  Maybe you meant '!=' instead of '<>'?",
                                 p[2], p[3], t[4], t[5])
        if t[0] == INDENT:
            self.raise_error('unexpected indent', t[2], t[5] - 1, t[2], -1, IndentationError)
        if t[0] == DEDENT:
            self.raise_error('unindent does not match any outer indentation level', t[2],
                             t[3], t[2], -1, IndentationError)
        if getattr(self, 'mode', None) == 'eval' and (t[0] == ENDMARKER or
                                                       t[0] == NEWLINE and not t[1]):
            lines = self.tokenizer.lines
            last = lines[-1] if lines else ''
            if last and not last.strip(' \t\f'):
                # A last line of blanks alone is an indent of nothing.
                self.raise_error('unexpected indent', len(lines), len(last) - 1, len(lines), -1,
                                 IndentationError)
            self.end_of_input_error()
        if getattr(self, 'mode', None) == 'single' and (t[0] == ENDMARKER or
                                                         t[0] == NEWLINE and not t[1]):
            self.raise_error('invalid syntax', t[2], -1, t[2], -1, end_offset_=0)
        if t[0] == ENDMARKER or t[0] == NEWLINE and not t[1]:
            # Past the end: CPython points just after the last token.
            p = self.toks[self.i - 1] if self.i else t
            if t[0] == ENDMARKER and p[0] in (NEWLINE, DEDENT, INDENT) and self.i > 1:
                p = self.toks[self.i - 2]
            if t[0] == NEWLINE:
                self.raise_error('invalid syntax', t[2], t[3], t[4], t[5])
            self.raise_error('invalid syntax', p[4], p[5], p[4], p[5] + 1)
        self.raise_error('invalid syntax', t[2], t[3], t[4], t[5])

    def fail_expected(self, s):
        t = self.toks[self.i]
        if t[0] == ERRORTOKEN:
            self.raise_token_error(t)
        if s == ':':
            self.token_error_later()
            p = self.toks[self.i - 1]
            self.raise_error("expected ':'", p[4], p[5], p[4], p[5] + 1)
        self.syntax_error_here()

    def expected_else(self, save, body):
        self.token_error_later()
        t = self.toks[save]
        last = self.toks[self.i - 1]
        self.raise_error("expected 'else' after 'if' expression", body.lineno,
                         body.col_offset, last[4], last[5])

    def invalid_named_target(self, e):
        self.error_at_node("cannot use assignment expressions with %s" % describe(e), e)

    def keyword_as_argument(self, t):
        if t[1] in ('True', 'False', 'None'):
            p = self.toks[self.i + 1]
            self.raise_error('cannot assign to %s' % t[1], t[2], t[3], p[4], p[5])
        self.raise_error('expression cannot contain assignment, perhaps you meant "=="?',
                         t[2], t[3], self.toks[self.i + 1][4], self.toks[self.i + 1][5])

    def bad_keyword_argument(self, value):
        eq = self.toks[self.i]
        self.raise_error('expression cannot contain assignment, perhaps you meant "=="?',
                         value.lineno, value.col_offset, eq[4], eq[5])

    def generator_not_sole(self, value):
        self.token_error_later()
        self.error_at_node('Generator expression must be parenthesized', value,
                           self.last_node_end())

    def last_node_end(self):
        p = self.toks[self.i - 1]
        return _End(p[4], p[5])

    def keyword_in_expression(self, t):
        self.token_error_later()
        self.syntax_error_here()

    def _missing_comma(self, a, b):
        self.raise_error('invalid syntax. Perhaps you forgot a comma?', a.lineno,
                         a.col_offset, b.end_lineno, b.end_col_offset)

    def call_missing_comma(self, last):
        self.token_error_later()
        self.missing_comma_or_syntax(last)

    def paren_missing_comma(self, open_, last):
        self.token_error_later()
        self.missing_comma_or_syntax(last)

    def missing_comma_or_syntax(self, last):
        """At a token that cannot follow an element of a display or call:
        CPython guesses a missing comma when an expression starts there."""
        t = self.toks[self.i]
        p = self.toks[self.i - 1]
        soft = type(last) is _ast.Name and (last.id in ('match', 'case', 'type', '_') or
                                            t[0] == STRING)
        if self.starts_expression() and not soft and not (
                t[0] == NAME and t[1] in ('not', 'lambda', 'await', 'yield')):
            save = self.i
            # The element before: find it again from the start of the display.
            prev_start = (last.lineno, last.col_offset) if last is not None else None
            try:
                nxt = self.expression()
            except SyntaxError:
                nxt = None
            if nxt is not None and prev_start is not None:
                self.raise_error('invalid syntax. Perhaps you forgot a comma?',
                                 prev_start[0], prev_start[1], nxt.end_lineno,
                                 nxt.end_col_offset)
            self.i = save
        self.syntax_error_here()

    def mixed_bytes(self, first, t):
        self.raise_error('cannot mix bytes and nonbytes literals', first[2], first[3],
                         t[4], t[5])

    def string_error(self, t, e):
        self.raise_error(e.args[0], t[2], t[3], t[4], t[5])

    def warner(self, t):
        def warn(msg):
            import warnings
            try:
                warnings.warn_explicit(msg, SyntaxWarning, self.filename, t[2])
            except SyntaxWarning:
                self.raise_error(msg, t[2], t[3], t[4], t[5])
        return warn


class _End:
    def __init__(self, lineno, col):
        self.end_lineno = lineno
        self.end_col_offset = col
