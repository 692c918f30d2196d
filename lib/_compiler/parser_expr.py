"""The expression half of the parser: a recursive descent over the token
list, one method per rule of Python's grammar, from the loosest binding
(star_expressions) to the tightest (atom).  Statements build on it
(parser.py)."""
import _ast
from _compiler import strings
from _compiler.tokenizer import (NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP,
                                 ENDMARKER, ERRORTOKEN, FSTRING_START, FSTRING_MIDDLE,
                                 FSTRING_END, TSTRING_START, TSTRING_MIDDLE, TSTRING_END,
                                 TYPE_COMMENT)

KEYWORDS = frozenset("""False None True and as assert async await break class continue
    def del elif else except finally for from global if import in is lambda nonlocal
    not or pass raise return try while with yield""".split())

LOAD = _ast.Load()
STORE = _ast.Store()
DEL = _ast.Del()

_BINOPS = {'+': _ast.Add, '-': _ast.Sub, '*': _ast.Mult, '/': _ast.Div, '//': _ast.FloorDiv,
           '%': _ast.Mod, '@': _ast.MatMult, '**': _ast.Pow, '<<': _ast.LShift,
           '>>': _ast.RShift, '|': _ast.BitOr, '^': _ast.BitXor, '&': _ast.BitAnd}
_BINOP_OBJ = {k: v() for k, v in _BINOPS.items()}
# How tightly each binary operator binds (loosest 1); '**' is power's.
_BINARY_PREC = {'|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5,
                '*': 6, '/': 6, '//': 6, '%': 6, '@': 6}
# Operators after which a name is a whole expression, and those that
# extend a name into a primary or a power.
_ENDS_EXPRESSION = frozenset((',', ')', ']', '}', ':', '=', ';'))
_TRAILERS = frozenset(('.', '(', '[', '**'))
_CMP = {'==': _ast.Eq(), '!=': _ast.NotEq(), '<': _ast.Lt(), '<=': _ast.LtE(),
        '>': _ast.Gt(), '>=': _ast.GtE()}
_UNARY = {'+': _ast.UAdd(), '-': _ast.USub(), '~': _ast.Invert()}




def node(_cls, lineno, col, end_lineno, end_col, **fields):
    # The keyword dictionary is new to this call: it becomes the node's.
    fields['lineno'] = lineno
    fields['col_offset'] = col
    fields['end_lineno'] = end_lineno
    fields['end_col_offset'] = end_col
    n = _cls.__new__(_cls)
    n.__dict__ = fields
    return n


class ParseError(Exception):
    """The parser found no way on: backtrack or report."""


class ExprParser:

    # -- tokens --------------------------------------------------------

    def tok(self):
        t = self.toks[self.i]
        if t[0] == ERRORTOKEN:
            self.raise_token_error(t)
        return t

    def next(self):
        t = self.tok()
        self.i += 1
        return t

    def at(self, s):
        """Whether the next token is the operator or keyword s."""
        t = self.toks[self.i]
        return t[1] == s and (t[0] == OP or t[0] == NAME)

    def accept(self, s):
        t = self.toks[self.i]
        if t[1] == s and (t[0] == OP or t[0] == NAME):
            self.i += 1
            return t
        if t[0] == ERRORTOKEN:
            self.raise_token_error(t)
        return None

    def expect(self, s):
        t = self.toks[self.i]
        if t[1] == s and (t[0] == OP or t[0] == NAME):
            self.i += 1
            return t
        self.fail_expected(s)

    def prev(self):
        return self.toks[self.i - 1]

    def at_name(self):
        """Whether the next token is a name that is not a keyword."""
        t = self.toks[self.i]
        return t[0] == NAME and t[1] not in KEYWORDS

    def name(self):
        t = self.tok()
        if t[0] != NAME or t[1] in KEYWORDS:
            self.syntax_error_here()
        self.i += 1
        return t

    def end_of(self, n):
        return n.end_lineno, n.end_col_offset

    # -- expressions ---------------------------------------------------

    def item_or_tuple(self, item, ends=None, ctx=LOAD):
        """item(), or a Tuple of items when a comma follows it.  After a
        comma, a token of ends (an operator or keyword) ends the list; by
        default whatever cannot start an expression does."""
        st = self.toks[self.i]
        first = item()
        t = self.toks[self.i]
        if t[1] != ',' or t[0] != OP:
            return first
        return self.tuple_rest(st, first, item, ends, ctx)

    def tuple_rest(self, st, first, item, ends=None, ctx=LOAD):
        """The Tuple of first (which began at token st) and the items after
        the comma that follows it (see item_or_tuple)."""
        toks = self.toks
        elts = [first]
        while True:
            t = toks[self.i]
            if t[1] != ',' or t[0] != OP:
                break
            self.i += 1
            t = toks[self.i]
            if ends is None:
                if not self.starts_expression():
                    break
            elif t[1] in ends and (t[0] == OP or t[0] == NAME):
                break
            elts.append(item())
        last = toks[self.i - 1]
        return node(_ast.Tuple, st[2], st[3], last[4], last[5], elts=elts, ctx=ctx)

    def expressions(self):
        """Expressions without stars (the body of eval input)."""
        return self.item_or_tuple(self.expression)

    def star_expressions(self):
        """Expressions with stars, a tuple if there is a comma."""
        return self.item_or_tuple(self.star_expression)

    def star_expression(self):
        t = self.toks[self.i]
        if t[1] == '*' and t[0] == OP:
            self.i += 1
            value = self.bitwise_or()
            e = self.prev()
            return node(_ast.Starred, t[2], t[3], e[4], e[5], value=value, ctx=LOAD)
        return self.expression()

    def star_named_expression(self):
        t = self.toks[self.i]
        if t[1] == '*' and t[0] == OP:
            self.i += 1
            value = self.bitwise_or()
            e = self.prev()
            return node(_ast.Starred, t[2], t[3], e[4], e[5], value=value, ctx=LOAD)
        return self.named_expression()

    def named_expression(self):
        toks = self.toks
        t = toks[self.i]
        if t[0] == NAME and toks[self.i + 1][1] == ':=' and t[1] not in KEYWORDS:
            self.i += 2
            value = self.expression()
            target = node(_ast.Name, t[2], t[3], t[4], t[5], id=t[1], ctx=STORE)
            e = self.prev()
            return node(_ast.NamedExpr, t[2], t[3], e[4], e[5], target=target, value=value)
        e = self.expression()
        t = toks[self.i]
        if t[1] == ':=' and t[0] == OP:
            self.invalid_named_target(e)
        return e

    def expression(self):
        toks = self.toks
        t = toks[self.i]
        if t[0] == NAME and t[1] not in KEYWORDS:
            after = toks[self.i + 1]
            if (after[0] == OP and after[1] in _ENDS_EXPRESSION) or after[0] == NEWLINE:
                # A lone name, as in most arguments and targets.
                self.i += 1
                return node(_ast.Name, t[2], t[3], t[4], t[5], id=t[1], ctx=LOAD)
        if t[1] == 'lambda' and t[0] == NAME:
            return self.lambdef()
        body = self.disjunction()
        nt = toks[self.i]
        if nt[1] == 'if' and nt[0] == NAME:
            save = self.i
            self.i += 1
            test = self.disjunction()
            if not self.accept('else'):
                self.expected_else(save, body)
            if not self.starts_expression() or self.at('*'):
                self.token_error_later()
                self.error_at_token("expected expression after 'else', but statement is "
                                    "given", self.tok())
            orelse = self.expression()
            e = self.prev()
            return node(_ast.IfExp, t[2], t[3], e[4], e[5], test=test, body=body,
                        orelse=orelse)
        return body

    def disjunction(self):
        toks = self.toks
        t = toks[self.i]
        first = self.conjunction()
        nt = toks[self.i]
        if nt[1] != 'or' or nt[0] != NAME:
            return first
        values = [first]
        while self.accept('or'):
            values.append(self.conjunction())
        e = self.prev()
        return node(_ast.BoolOp, t[2], t[3], e[4], e[5], op=_ast.Or(), values=values)

    def conjunction(self):
        toks = self.toks
        t = toks[self.i]
        if t[1] == 'not' and t[0] == NAME:
            first = self.inversion()
        else:
            first = self.comparison()
        nt = toks[self.i]
        if nt[1] != 'and' or nt[0] != NAME:
            return first
        values = [first]
        while self.accept('and'):
            values.append(self.inversion())
        e = self.prev()
        return node(_ast.BoolOp, t[2], t[3], e[4], e[5], op=_ast.And(), values=values)

    def inversion(self):
        t = self.tok()
        if t[1] == 'not' and t[0] == NAME:
            self.i += 1
            operand = self.inversion()
            e = self.prev()
            return node(_ast.UnaryOp, t[2], t[3], e[4], e[5], op=_ast.Not(), operand=operand)
        return self.comparison()

    def comparison(self):
        st = self.toks[self.i]
        left = self.bitwise_or()
        ops = None
        while True:
            t = self.toks[self.i]
            s = t[1]
            if t[0] == OP and s in _CMP:
                op = _CMP[s]
                self.i += 1
            elif t[0] == NAME and s in ('in', 'is', 'not'):
                if s == 'in':
                    op = _ast.In()
                    self.i += 1
                elif s == 'is':
                    self.i += 1
                    if self.accept('not'):
                        op = _ast.IsNot()
                    else:
                        op = _ast.Is()
                else:
                    if self.toks[self.i + 1][1] != 'in':
                        break
                    self.i += 2
                    op = _ast.NotIn()
            else:
                break
            if ops is None:
                ops, comparators = [], []
            ops.append(op)
            comparators.append(self.bitwise_or())
        if ops is None:
            return left
        e = self.prev()
        return node(_ast.Compare, st[2], st[3], e[4], e[5], left=left, ops=ops,
                    comparators=comparators)

    def bitwise_or(self):
        """The binary operators from '|' to '*': one loop by precedence
        rather than a method a level, which cost six calls an operand."""
        return self._binary(1)

    def _binary(self, min_prec):
        """Operands joined by operators binding at least min_prec, left to
        right (each BinOp starts where its leftmost operand starts)."""
        toks = self.toks
        st = toks[self.i]
        after = toks[self.i + 1] if st[0] == NAME and st[1] not in KEYWORDS else None
        if after is not None and (after[0] != OP or after[1] not in _TRAILERS):
            # A name with nothing bound tighter to it: skip factor..atom.
            self.i += 1
            left = node(_ast.Name, st[2], st[3], st[4], st[5], id=st[1], ctx=LOAD)
        elif st[0] == OP and st[1] in _UNARY:
            left = self.factor()
        else:
            left = self.power()
        while True:
            t = toks[self.i]
            if t[0] != OP:
                return left
            prec = _BINARY_PREC.get(t[1])
            if prec is None or prec < min_prec:
                return left
            self.i += 1
            right = self._binary(prec + 1)
            e = toks[self.i - 1]
            left = node(_ast.BinOp, st[2], st[3], e[4], e[5], left=left,
                        op=_BINOPS[t[1]](), right=right)

    def factor(self):
        t = self.tok()
        if t[0] == OP and t[1] in _UNARY:
            self.i += 1
            operand = self.factor()
            e = self.prev()
            return node(_ast.UnaryOp, t[2], t[3], e[4], e[5], op=_UNARY[t[1]].__class__(),
                        operand=operand)
        return self.power()

    def power(self):
        t = self.toks[self.i]
        if t[1] == 'await' and t[0] == NAME:
            self.i += 1
            value = self.primary()
            e = self.prev()
            left = node(_ast.Await, t[2], t[3], e[4], e[5], value=value)
        else:
            left = self.primary()
        nt = self.toks[self.i]
        if nt[1] == '**' and nt[0] == OP:
            self.i += 1
            right = self.factor()
            e = self.prev()
            return node(_ast.BinOp, t[2], t[3], e[4], e[5], left=left, op=_ast.Pow(),
                        right=right)
        return left

    def primary(self):
        st = self.toks[self.i]
        e = self.atom()
        while True:
            t = self.toks[self.i]
            if t[0] != OP:
                return e
            s = t[1]
            if s == '.':
                self.i += 1
                name = self.name()
                e = node(_ast.Attribute, st[2], st[3], name[4], name[5],
                         value=e, attr=name[1], ctx=LOAD)
            elif s == '(':
                e = self.call(e, st)
            elif s == '[':
                self.i += 1
                sl = self.slices()
                end = self.expect(']')
                e = node(_ast.Subscript, st[2], st[3], end[4], end[5],
                         value=e, slice=sl, ctx=LOAD)
            else:
                return e

    def slices(self):
        e = self.item_or_tuple(self.slice, (']',))
        if type(e) is _ast.Starred:
            # A lone starred subscript is a tuple of one.
            p = self.prev()
            return node(_ast.Tuple, e.lineno, e.col_offset, p[4], p[5], elts=[e], ctx=LOAD)
        return e

    def slice(self):
        t = self.tok()
        if t[0] == OP and t[1] == '*':
            return self.star_expression()
        lower = upper = step = None
        if not (t[0] == OP and t[1] == ':'):
            lower = self.named_expression()
            if not self.at(':'):
                return lower
        self.expect(':')
        if self.starts_expression():
            upper = self.expression()
        if self.accept(':'):
            if self.starts_expression():
                step = self.expression()
        last = self.prev()
        return node(_ast.Slice, t[2], t[3], last[4], last[5], lower=lower, upper=upper,
                    step=step)

    def starts_expression(self):
        t = self.toks[self.i]
        if t[0] == OP:
            return t[1] in ('(', '[', '{', '-', '+', '~', '...', '*')
        if t[0] == NAME:
            return t[1] not in KEYWORDS or t[1] in ('None', 'True', 'False', 'not',
                                                    'lambda', 'await', 'yield')
        return t[0] in (NUMBER, STRING, FSTRING_START, TSTRING_START, ERRORTOKEN)

    # -- calls ---------------------------------------------------------

    def call(self, func, st, genexp=True):
        toks = self.toks
        open_ = toks[self.i]
        self.i += 1
        args = []
        keywords = []
        first = True
        while True:
            t = toks[self.i]
            if t[1] == ')' and t[0] == OP:
                break
            if t[0] == ERRORTOKEN:
                self.raise_token_error(t)
            if t[0] == OP and t[1] == '**':
                self.i += 1
                value = self.expression()
                if self.at('='):
                    self.i += 1
                    self.expression()
                    p = self.prev()
                    self.raise_error('cannot assign to keyword argument unpacking', t[2], t[3],
                                     p[4], p[5])
                e = self.prev()
                keywords.append(node(_ast.keyword, t[2], t[3], e[4], e[5], arg=None,
                                     value=value))
            elif t[0] == OP and t[1] == '*':
                self.i += 1
                if not self.starts_expression():
                    self.error_at_token('Invalid star expression', self.tok())
                value = self.expression()
                if keywords and any(k.arg is None for k in keywords):
                    c = self.prev_comma(t)
                    p = self.prev()
                    self.raise_error('iterable argument unpacking follows keyword argument '
                                     'unpacking', c[2], c[3], p[4], p[5])
                e = self.prev()
                args.append(node(_ast.Starred, t[2], t[3], e[4], e[5], value=value, ctx=LOAD))
            elif (t[0] == NAME and self.toks[self.i + 1][1] == '='
                  and self.toks[self.i + 1][0] == OP):
                if t[1] in KEYWORDS:
                    self.keyword_as_argument(t)
                self.i += 2
                value = self.expression()
                if self.at('for'):
                    eq = self.toks[self.i - 0]
                    self.raise_error("invalid syntax. Maybe you meant '==' or ':=' instead of "
                                     "'='?", t[2], t[3], t[4], t[5] + 1)
                e = self.prev()
                keywords.append(node(_ast.keyword, t[2], t[3], e[4], e[5], arg=t[1],
                                     value=value))
            else:
                value = self.named_expression()
                if first and genexp and (self.at('for') or self.at('async')):
                    gens = self.comprehension_clauses()
                    end = self.tok()
                    if not (end[0] == OP and end[1] == ')'):
                        self.generator_not_sole(value)
                    args.append(node(_ast.GeneratorExp, open_[2], open_[3], end[4], end[5],
                                     elt=value, generators=gens))
                    continue
                if self.at('='):
                    self.bad_keyword_argument(value)
                if (not first or not genexp) and (self.at('for') or self.at('async')):
                    if not genexp:
                        self.syntax_error_here()
                    self.comprehension_clauses()
                    p = self.prev()
                    self.raise_error('Generator expression must be parenthesized', value.lineno,
                                     value.col_offset, p[4], p[5])
                if keywords:
                    nt = self.tok()
                    if any(k.arg is None for k in keywords):
                        self.error_at_token('positional argument follows keyword argument '
                                            'unpacking', nt)
                    self.error_at_token('positional argument follows keyword argument', nt)
                args.append(value)
            first = False
            t = toks[self.i]
            if t[1] == ',' and t[0] == OP:
                self.i += 1
                if self.at('for') and args and type(args[-1]) is not _ast.Starred:
                    self.generator_not_sole(args[-1])
            elif t[1] == ')' and t[0] == OP:
                break
            else:
                if t[0] == ERRORTOKEN:
                    self.raise_token_error(t)
                self.call_missing_comma(args[-1] if args and (not keywords or
                                        _later(args[-1], keywords[-1].value)) else
                                        keywords[-1].value if keywords else None)
        end = toks[self.i]
        self.i += 1
        return node(_ast.Call, st[2], st[3], end[4], end[5],
                    func=func, args=args, keywords=keywords)

    # -- atoms ---------------------------------------------------------

    def atom(self):
        # A tokenizer error here is reported by syntax_error_here below.
        t = self.toks[self.i]
        typ = t[0]
        if typ == NAME:
            s = t[1]
            if s not in KEYWORDS:
                self.i += 1
                return node(_ast.Name, t[2], t[3], t[4], t[5], id=s, ctx=LOAD)
            if s == 'None' or s == 'True' or s == 'False':
                self.i += 1
                value = None if s == 'None' else s == 'True'
                return node(_ast.Constant, t[2], t[3], t[4], t[5], value=value, kind=None)
            self.keyword_in_expression(t)
        if typ == NUMBER:
            self.i += 1
            return node(_ast.Constant, t[2], t[3], t[4], t[5], value=self.number(t[1]),
                        kind=None)
        if typ == STRING or typ == FSTRING_START or typ == TSTRING_START:
            return self.strings()
        if typ == OP:
            s = t[1]
            if s == '(':
                return self.paren()
            if s == '[':
                return self.list_display()
            if s == '{':
                return self.brace_display()
            if s == '...':
                self.i += 1
                return node(_ast.Constant, t[2], t[3], t[4], t[5], value=Ellipsis, kind=None)
        self.syntax_error_here()

    def number(self, s):
        s = s.replace('_', '')
        last = s[-1]
        if last in 'jJ':
            return complex(0, float(s[:-1]))
        if s[:1] == '0' and len(s) > 1 and s[1] in 'xXoObB':
            return int(s, 0)
        if '.' in s or 'e' in s or 'E' in s:
            return float(s)
        return int(s)

    def paren(self):
        open_ = self.next()
        t = self.tok()
        if t[0] == OP and t[1] == ')':
            self.i += 1
            e = node(_ast.Tuple, open_[2], open_[3], t[4], t[5], elts=[], ctx=LOAD)
            self.parenthesized.add(id(e))
            return e
        if t[0] == NAME and t[1] == 'yield':
            e = self.yield_expr()
            self.expect(')')
            return e
        first = self.star_named_expression()
        if self.at('for') or self.at('async'):
            if type(first) is _ast.Starred:
                self.error_at_node('iterable unpacking cannot be used in comprehension', first)
            gens = self.comprehension_clauses()
            end = self.expect(')')
            return node(_ast.GeneratorExp, open_[2], open_[3], end[4], end[5],
                        elt=first, generators=gens)
        if self.at(')'):
            end = self.next()
            if type(first) is _ast.Starred:
                self.error_at_node('cannot use starred expression here', first)
            self.parenthesized.add(id(first))
            return first
        if not self.at(','):
            if type(first) is _ast.NamedExpr or not self.at('='):
                self.paren_missing_comma(open_, first)
            self.paren_missing_comma(open_, first)
        elts = [first]
        while self.accept(','):
            if self.at(')'):
                break
            elts.append(self.star_named_expression())
        if not self.at(')'):
            self.paren_missing_comma(open_, elts[-1])
        end = self.next()
        e = node(_ast.Tuple, open_[2], open_[3], end[4], end[5], elts=elts, ctx=LOAD)
        self.parenthesized.add(id(e))
        return e

    def list_display(self):
        open_ = self.next()
        if self.at(']'):
            end = self.next()
            return node(_ast.List, open_[2], open_[3], end[4], end[5], elts=[], ctx=LOAD)
        first = self.star_named_expression()
        elts, end = self.display_rest(open_, first, ']', _ast.ListComp)
        if end is None:
            return elts
        return node(_ast.List, open_[2], open_[3], end[4], end[5], elts=elts, ctx=LOAD)

    def display_rest(self, open_, first, close, comprehension):
        """What follows the first item of a list or set display: (the
        comprehension node, None), or (the items, the closing token)."""
        if self.at('for') or self.at('async'):
            if type(first) is _ast.Starred:
                self.error_at_node('iterable unpacking cannot be used in comprehension', first)
            gens = self.comprehension_clauses()
            end = self.expect(close)
            return node(comprehension, open_[2], open_[3], end[4], end[5],
                        elt=first, generators=gens), None
        elts = [first]
        while self.accept(','):
            if self.at(close):
                break
            elts.append(self.star_named_expression())
        if self.at('for'):
            self.comprehension_target_error(elts)
        if not self.at(close):
            self.paren_missing_comma(open_, elts[-1])
        return elts, self.next()

    def brace_display(self):
        open_ = self.next()
        if self.at('}'):
            end = self.next()
            return node(_ast.Dict, open_[2], open_[3], end[4], end[5], keys=[], values=[])
        t = self.tok()
        if t[0] == OP and t[1] == '**':
            self.i += 1
            first_key = None
            first = self.bitwise_or()
        else:
            first_key = self.star_named_expression()
            if type(first_key) is not _ast.Starred and self.accept(':'):
                self.no_starred_value()
                first = self.expression()
            else:
                return self.set_display(open_, first_key)
        if first_key is not None and (self.at('for') or self.at('async')):
            gens = self.comprehension_clauses()
            end = self.expect('}')
            return node(_ast.DictComp, open_[2], open_[3], end[4], end[5],
                        key=first_key, value=first, generators=gens)
        if first_key is None and (self.at('for') or self.at('async')):
            self.error_at_token('dict unpacking cannot be used in dict comprehension', t)
        keys = [first_key]
        values = [first]
        while self.accept(','):
            if self.at('}'):
                break
            t = self.tok()
            if t[0] == OP and t[1] == '**':
                self.i += 1
                keys.append(None)
                values.append(self.bitwise_or())
            else:
                k = self.expression()
                if not self.at(':'):
                    self.raise_error("':' expected after dictionary key", k.lineno,
                                     k.col_offset, k.lineno, -1, end_offset_=0)
                colon = self.next()
                keys.append(k)
                self.no_starred_value()
                if not self.starts_expression():
                    self.error_at_token("expression expected after dictionary key and ':'",
                                        colon)
                values.append(self.expression())
        if not self.at('}'):
            self.paren_missing_comma(open_, values[-1])
        end = self.next()
        return node(_ast.Dict, open_[2], open_[3], end[4], end[5], keys=keys, values=values)

    def set_display(self, open_, first):
        elts, end = self.display_rest(open_, first, '}', _ast.SetComp)
        if end is None:
            return elts
        return node(_ast.Set, open_[2], open_[3], end[4], end[5], elts=elts)

    def comprehension_clauses(self):
        gens = []
        while True:
            t = self.tok()
            is_async = 0
            if t[0] == NAME and t[1] == 'async' and self.toks[self.i + 1][1] == 'for':
                self.i += 1
                is_async = 1
            if not self.accept('for'):
                return gens
            target = self.star_targets(in_for=True)
            self.expect('in')
            it = self.disjunction()
            ifs = []
            while self.accept('if'):
                ifs.append(self.disjunction())
            gens.append(_new_comprehension(target, it, ifs, is_async))

    # -- lambda --------------------------------------------------------

    def lambdef(self):
        t = self.next()
        args = self.parameters(':', lambda_=True)
        self.expect(':')
        body = self.expression()
        e = self.prev()
        return node(_ast.Lambda, t[2], t[3], e[4], e[5], args=args, body=body)

    def yield_expr(self):
        t = self.next()
        if self.accept('from'):
            value = self.expression()
            e = self.prev()
            return node(_ast.YieldFrom, t[2], t[3], e[4], e[5], value=value)
        if self.starts_expression():
            value = self.star_expressions()
            e = self.prev()
            return node(_ast.Yield, t[2], t[3], e[4], e[5], value=value)
        return node(_ast.Yield, t[2], t[3], t[4], t[5], value=None)

    # -- strings -------------------------------------------------------

    def strings(self):
        """Adjacent string literals: one Constant, JoinedStr or TemplateStr."""
        first = self.tok()
        parts = []          # (kind, value-or-node, start tok, end tok)
        has_f = has_t = has_plain = mixed = False
        is_bytes = None
        while True:
            t = self.toks[self.i]
            if t[0] == STRING:
                self.i += 1
                prefix = strings.split_prefix(t[1])[0]
                b = 'b' in prefix
                if is_bytes is None:
                    is_bytes = b
                elif b != is_bytes:
                    mixed = True
                try:
                    value = strings.decode(t[1], self.warner(t))
                except strings.EscapeError as e:
                    self.string_error(t, e)
                parts.append(('s', value, t, t))
                has_plain = True
            elif t[0] == FSTRING_START or t[0] == TSTRING_START:
                if is_bytes:
                    mixed = True
                is_bytes = False
                if t[0] == FSTRING_START:
                    has_f = True
                else:
                    has_t = True
                self.fstring(parts)
            else:
                break
        last = self.prev()
        if mixed:
            self.error_at_token('cannot mix bytes and nonbytes literals', self.tok())
        if has_t and (has_f or has_plain):
            self.error_at_span('cannot mix t-string literals with string or bytes literals'
                               if True else '', first, last)
        if not has_f and not has_t:
            kind = 'u' if first[1][:1] == 'u' else None
            if len(parts) == 1:
                value = parts[0][1]
            else:
                value = (b'' if is_bytes else '').join(p[1] for p in parts)
            return node(_ast.Constant, first[2], first[3], last[4], last[5], value=value,
                        kind=kind)
        values = self.merge_parts(parts)
        cls = _ast.TemplateStr if has_t else _ast.JoinedStr
        return node(cls, first[2], first[3], last[4], last[5], values=values)

    def merge_parts(self, parts):
        """Join neighbouring literal pieces into one Constant each."""
        values = []
        run = []
        for p in parts:
            if p[0] == 'n':
                if run:
                    values.append(self._constant_run(run))
                    run = []
                values.append(p[1])
            elif p[1] or p[0] == 's':
                run.append(p)
        if run:
            values.append(self._constant_run(run))
        return [v for v in values if v is not None]

    def _constant_run(self, run):
        text = ''.join(p[1] for p in run)
        a, b = run[0][2], run[-1][3]
        if not text:
            return None
        return node(_ast.Constant, a[2], a[3], b[4], b[5], value=text, kind=None)

    def fstring(self, parts):
        start = self.next()
        kind = 't' if start[0] == TSTRING_START else 'f'
        raw = 'r' in start[1].lower().rstrip('\'"')
        middle = FSTRING_MIDDLE if kind == 'f' else TSTRING_MIDDLE
        end_type = FSTRING_END if kind == 'f' else TSTRING_END
        while True:
            t = self.tok()
            if t[0] == middle:
                self.i += 1
                parts.append(('m', strings.decode_middle(t[1], raw, self.warner(t)), t, t))
            elif t[0] == end_type:
                self.i += 1
                return
            elif t[0] == OP and t[1] == '{':
                self.replacement_field(parts, kind, raw)
            else:
                self.syntax_error_here()

    def replacement_field(self, parts, kind, raw, nested=False):
        open_ = self.next()
        what = kind + '-string'
        t = self.tok()
        if t[0] == OP and t[1] in ('}', '!', ':', '='):
            self.error_at_token("%s: valid expression required before '%s'" % (what, t[1]), t)
        if t[0] == OP and t[1] == '**':
            self.error_at_token("%s: expecting a valid expression after '{'" % what, t)
        if t[0] == NAME and t[1] == 'yield':
            value = self.yield_expr()
        elif t[0] == NAME and t[1] == 'lambda':
            self.i += 1
            self.parameters(':', lambda_=True)
            colon = self.tok()
            self.raise_error('%s: lambda expressions are not allowed without parentheses'
                             % what, t[2], t[3], colon[4], colon[5])
        else:
            value = self.star_expressions()
        if self.starts_expression():
            self.missing_comma_or_syntax(value)
        debug = None
        t = self.tok()
        expr_end = t
        if t[0] == OP and t[1] == '=':
            self.i += 1
            after = self.tok()
            debug = self.source_between(open_, after)
        conversion = -1
        if self.accept('!'):
            c = self.tok()
            bang = self.prev()
            if c[0] == NAME and (c[2], c[3]) != (bang[4], bang[5]):
                self.raise_error('%s: conversion type must come right after the exclamation '
                                 'mark' % what, bang[2], bang[3], c[4], c[5])
            if c[0] != NAME:
                self.error_at_token('%s: missing conversion character' % what, c)
            if c[1] not in ('s', 'r', 'a'):
                self.error_at_token("%s: invalid conversion character %r: expected 's', 'r', "
                                    "or 'a'" % (what, c[1]), c)
            self.i += 1
            conversion = ord(c[1])
        spec = None
        if self.accept(':'):
            colon = self.prev()
            spec_parts = []
            while True:
                s = self.tok()
                if s[0] == FSTRING_MIDDLE or s[0] == TSTRING_MIDDLE:
                    self.i += 1
                    spec_parts.append(('m', strings.decode_middle(s[1], raw, self.warner(s)),
                                       s, s))
                elif s[0] == OP and s[1] == '{':
                    self.replacement_field(spec_parts, kind, raw, nested=True)
                else:
                    break
            close = self.tok()
            values = self.merge_parts(spec_parts)
            values = [v for v in values if v is not None]
            if spec_parts:
                spec = node(_ast.JoinedStr, colon[2], colon[3], close[2], close[3],
                            values=values)
            else:
                spec = node(_ast.JoinedStr, colon[2], colon[3], close[2], close[3],
                            values=[])
        close = self.tok()
        if not (close[0] == OP and close[1] == '}'):
            if close[0] in (FSTRING_END, TSTRING_END):
                self.error_at_token("%s: expecting '}'" % what, close)
            if conversion != -1:
                self.error_at_token("%s: expecting ':' or '}'" % what, close)
            if close[0] == OP and close[1] == '=':
                self.error_at_token("%s: expecting '}'" % what, close)
            self.error_at_token("%s: expecting '=', or '!', or ':', or '}'" % what, close)
        self.i += 1
        if debug is not None:
            parts.append(('m', debug[0], debug[1], debug[2]))
            if conversion == -1 and spec is None:
                conversion = ord('r')
        if kind == 't' and not nested:
            text = self.source_between(open_, expr_end)[0]
            n = node(_ast.Interpolation, open_[2], open_[3], close[4], close[5],
                     value=value, str=text, conversion=conversion, format_spec=spec)
        else:
            n = node(_ast.FormattedValue, open_[2], open_[3], close[4], close[5],
                     value=value, conversion=conversion, format_spec=spec)
        parts.append(('n', n, open_, close))


    def no_starred_value(self):
        if self.at('*'):
            star = self.next()
            self.bitwise_or()
            p = self.prev()
            self.raise_error('cannot use a starred expression in a dictionary value',
                             star[2], star[3], p[4], p[5])

    def comprehension_target_error(self, elts):
        self.token_error_later()
        a, b = elts[0], elts[-1]
        self.raise_error('did you forget parentheses around the comprehension target?',
                         a.lineno, a.col_offset, b.end_lineno, b.end_col_offset)

    def prev_comma(self, t):
        i = self.i - 1
        while i > 0 and self.toks[i] is not t:
            i -= 1
        return self.toks[i - 1]

    def source_between(self, a, b):
        """The source text from the end of token a to the start of token b,
        with pseudo-tokens for the positions of its ends."""
        lines = self.tokenizer.lines
        l1, c1, l2, c2 = a[4], a[5], b[2], b[3]
        if l1 == l2:
            text = _bslice(lines[l1 - 1], c1, c2)
        else:
            parts = [_bslice(lines[l1 - 1], c1, None)]
            parts.extend(lines[l1:l2 - 1])
            parts.append(_bslice(lines[l2 - 1], 0, c2))
            text = ''.join(parts)
        start = (None, None, l1, c1, l1, c1)
        end = (None, None, l2, c2, l2, c2)
        return text, start, end


def _bslice(line, start, end):
    if line.isascii():
        return line[start:end]
    b = line.encode('utf-8', 'surrogatepass')
    return b[start:end].decode('utf-8', 'surrogatepass')


def _later(a, b):
    return (a.lineno, a.col_offset) > (b.lineno, b.col_offset)


def _new_comprehension(target, it, ifs, is_async):
    n = _ast.comprehension.__new__(_ast.comprehension)
    n.__dict__.update(target=target, iter=it, ifs=ifs, is_async=is_async)
    return n
