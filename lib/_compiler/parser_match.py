"""The match statement and its patterns."""
import _ast
from _compiler.tokenizer import (NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP,
                                 FSTRING_START, TSTRING_START)
from _compiler.parser_expr import node, KEYWORDS, LOAD


def _pat(cls, a, b, **fields):
    return node(cls, a[0], a[1], b[0], b[1], **fields)


class MatchMixin:

    def looks_like_match(self):
        """Whether 'match' here starts a match statement (a soft keyword):
        a subject follows and the line ends with ':'."""
        nt = self.toks[self.i + 1]
        if nt[0] == NEWLINE or nt[0] == OP and nt[1] in ('=', '.', ',', ')', ']', '}', ':',
                                                         ';') or nt[0] == OP and nt[1] in (
                '+=', '-=', '*=', '/=', '|=', '&=', '%=', '//=', '**=', '@=', '^=',
                '>>=', '<<=', ':='):
            return False
        if nt[0] == NAME and nt[1] in ('in', 'is', 'and', 'or', 'if', 'else', 'for', 'not') \
                and not (nt[1] == 'not'):
            return False
        save = self.i
        self.i += 1
        try:
            self.subject()
            ok = self.at(':') or self.toks[self.i][0] == NEWLINE and 'maybe'
        except SyntaxError:
            ok = False
        self.i = save
        return ok

    def subject(self):
        e = self.item_or_tuple(self.star_named_expression, (':',))
        if type(e) is _ast.Starred:
            self.syntax_error_here()
        return e

    def match_stmt(self):
        t = self.next()
        subject = self.subject()
        self.expect(':')
        nl = self.tok()
        if nl[0] != NEWLINE:
            self.syntax_error_here()
        self.i += 1
        ind = self.tok()
        if ind[0] != INDENT:
            self.raise_error("expected an indented block after 'match' statement on line %d"
                             % t[2], ind[2], ind[3], ind[4], ind[5], IndentationError)
        self.i += 1
        cases = []
        while True:
            c = self.tok()
            if c[0] == DEDENT:
                self.i += 1
                break
            if not (c[0] == NAME and c[1] == 'case'):
                self.syntax_error_here()
            cases.append(self.case_block())
        end = cases[-1].body[-1]
        return node(_ast.Match, t[2], t[3], end.end_lineno, end.end_col_offset,
                    subject=subject, cases=cases)

    def case_block(self):
        t = self.next()
        pattern = self.patterns()
        guard = None
        if self.accept('if'):
            guard = self.named_expression()
        body = self.colon_block(t, 'case')
        n = _ast.match_case.__new__(_ast.match_case)
        n.__dict__.update(pattern=pattern, guard=guard, body=body)
        return n

    def _start(self):
        t = self.tok()
        return t[2], t[3]

    def _end_prev(self):
        p = self.prev()
        return p[4], p[5]

    def patterns(self):
        start = self._start()
        first = self.maybe_star_pattern()
        if not self.at(','):
            if type(first) is _ast.MatchStar:
                return _pat(_ast.MatchSequence, start, self._end_prev(), patterns=[first])
            return first
        pats = [first]
        while self.accept(','):
            if self.at(':') or self.at('if'):
                break
            pats.append(self.maybe_star_pattern())
        return _pat(_ast.MatchSequence, start, self._end_prev(), patterns=pats)

    def maybe_star_pattern(self):
        t = self.tok()
        if t[0] == OP and t[1] == '*':
            self.i += 1
            name = self.name()
            return _pat(_ast.MatchStar, (t[2], t[3]), (name[4], name[5]),
                        name=None if name[1] == '_' else name[1])
        return self.pattern()

    def pattern(self):
        start = self._start()
        p = self.or_pattern()
        if self.accept('as'):
            name = self.tok()
            if name[0] != NAME or name[1] in KEYWORDS:
                self.syntax_error_here()
            if name[1] == '_':
                self.raise_error("cannot use '_' as a target", name[2], name[3], name[4],
                                 name[5])
            self.i += 1
            return _pat(_ast.MatchAs, start, (name[4], name[5]), pattern=p, name=name[1])
        return p

    def or_pattern(self):
        start = self._start()
        first = self.closed_pattern()
        if not self.at('|'):
            return first
        pats = [first]
        while self.accept('|'):
            pats.append(self.closed_pattern())
        return _pat(_ast.MatchOr, start, self._end_prev(), patterns=pats)

    def closed_pattern(self):
        t = self.tok()
        start = (t[2], t[3])
        typ = t[0]
        if typ == NAME:
            s = t[1]
            if s in ('None', 'True', 'False'):
                self.i += 1
                return _pat(_ast.MatchSingleton, start, (t[4], t[5]),
                            value=None if s == 'None' else s == 'True')
            if s in KEYWORDS:
                self.syntax_error_here()
            nt = self.toks[self.i + 1]
            if not (nt[0] == OP and nt[1] in ('.', '(')):
                self.i += 1
                return _pat(_ast.MatchAs, start, (t[4], t[5]), pattern=None,
                            name=None if s == '_' else s)
            value = self.name_or_attr()
            if self.at('('):
                return self.class_pattern(value)
            return _pat(_ast.MatchValue, start, (value.end_lineno, value.end_col_offset),
                        value=value)
        if typ == NUMBER or typ == OP and t[1] == '-':
            value = self.signed_number()
            return _pat(_ast.MatchValue, start, (value.end_lineno, value.end_col_offset),
                        value=value)
        if typ == STRING or typ == FSTRING_START or typ == TSTRING_START:
            value = self.strings()
            return _pat(_ast.MatchValue, start, (value.end_lineno, value.end_col_offset),
                        value=value)
        if typ == OP:
            if t[1] == '(':
                self.i += 1
                if self.at(')'):
                    end = self.next()
                    return _pat(_ast.MatchSequence, start, (end[4], end[5]), patterns=[])
                first = self.maybe_star_pattern()
                if self.at(')') and type(first) is not _ast.MatchStar:
                    self.i += 1
                    return first
                pats = [first]
                while self.accept(','):
                    if self.at(')'):
                        break
                    pats.append(self.maybe_star_pattern())
                end = self.expect(')')
                return _pat(_ast.MatchSequence, start, (end[4], end[5]), patterns=pats)
            if t[1] == '[':
                self.i += 1
                pats = []
                while not self.at(']'):
                    pats.append(self.maybe_star_pattern())
                    if not self.accept(','):
                        break
                end = self.expect(']')
                return _pat(_ast.MatchSequence, start, (end[4], end[5]), patterns=pats)
            if t[1] == '{':
                return self.mapping_pattern()
        self.syntax_error_here()

    def name_or_attr(self):
        t = self.name()
        e = node(_ast.Name, t[2], t[3], t[4], t[5], id=t[1], ctx=LOAD)
        while self.accept('.'):
            a = self.name()
            e = node(_ast.Attribute, e.lineno, e.col_offset, a[4], a[5], value=e,
                     attr=a[1], ctx=LOAD)
        return e

    def signed_number(self):
        t = self.tok()
        if t[0] == OP and t[1] == '-':
            self.i += 1
            n = self.tok()
            if n[0] != NUMBER:
                self.syntax_error_here()
            self.i += 1
            operand = node(_ast.Constant, n[2], n[3], n[4], n[5], value=self.number(n[1]),
                           kind=None)
            left = node(_ast.UnaryOp, t[2], t[3], n[4], n[5], op=_ast.USub(), operand=operand)
        else:
            self.i += 1
            left = node(_ast.Constant, t[2], t[3], t[4], t[5], value=self.number(t[1]),
                        kind=None)
        op = self.tok()
        if op[0] == OP and op[1] in ('+', '-'):
            self.i += 1
            n = self.tok()
            if n[0] != NUMBER:
                self.syntax_error_here()
            self.i += 1
            right = node(_ast.Constant, n[2], n[3], n[4], n[5], value=self.number(n[1]),
                         kind=None)
            if isinstance(_real(left), complex):
                self.error_at_node('real number required in complex literal', left)
            if not isinstance(right.value, complex):
                self.error_at_node('imaginary number required in complex literal', right)
            return node(_ast.BinOp, left.lineno, left.col_offset, n[4], n[5], left=left,
                        op=_ast.Add() if op[1] == '+' else _ast.Sub(), right=right)
        return left

    def mapping_pattern(self):
        open_ = self.next()
        keys = []
        pats = []
        rest = None
        while not self.at('}'):
            t = self.tok()
            if t[0] == OP and t[1] == '**':
                self.i += 1
                rest = self.name()[1]
                self.accept(',')
                if not self.at('}'):
                    self.syntax_error_here()
                break
            if t[0] == NAME and t[1] not in ('None', 'True', 'False'):
                key = self.name_or_attr()
                if type(key) is _ast.Name:
                    self.syntax_error_here()
            elif t[0] == NAME:
                self.i += 1
                key = node(_ast.Constant, t[2], t[3], t[4], t[5],
                           value=None if t[1] == 'None' else t[1] == 'True', kind=None)
            elif t[0] in (STRING, FSTRING_START, TSTRING_START):
                key = self.strings()
            else:
                key = self.signed_number()
            self.expect(':')
            keys.append(key)
            pats.append(self.pattern())
            if not self.accept(','):
                break
        end = self.expect('}')
        return node(_ast.MatchMapping, open_[2], open_[3], end[4], end[5], keys=keys,
                    patterns=pats, rest=rest)

    def class_pattern(self, cls):
        self.i += 1
        pats = []
        kwd_attrs = []
        kwd_pats = []
        while not self.at(')'):
            t = self.tok()
            nt = self.toks[self.i + 1]
            if t[0] == NAME and nt[0] == OP and nt[1] == '=':
                self.i += 2
                kwd_attrs.append(t[1])
                kwd_pats.append(self.pattern())
            else:
                p = self.pattern()
                if kwd_attrs:
                    self.error_at_node('positional patterns follow keyword patterns', p)
                pats.append(p)
            if not self.accept(','):
                break
        end = self.expect(')')
        return node(_ast.MatchClass, cls.lineno, cls.col_offset, end[4], end[5], cls=cls,
                    patterns=pats, kwd_attrs=kwd_attrs, kwd_patterns=kwd_pats)


def _real(e):
    if type(e) is _ast.UnaryOp:
        return e.operand.value
    return e.value
