"""Tokens to an abstract syntax tree: parse(source, filename, mode, flags,
feature_version) as compile() and ast.parse() need it.

Statements are here; expressions in parser_expr, targets and parameters
in parser_targets, patterns of match statements in parser_match, error
reports in parser_errors.
"""
import _ast
from _compiler import source as _source
from _compiler.tokenizer import (Tokenizer, NAME, NEWLINE, INDENT, DEDENT, OP, ENDMARKER,
                                 ERRORTOKEN, TYPE_COMMENT, TYPE_IGNORE)
from _compiler.parser_expr import ExprParser, KEYWORDS, node, LOAD, STORE, DEL
from _compiler.parser_errors import ErrorMixin
from _compiler.parser_targets import TargetMixin
from _compiler.parser_match import MatchMixin

PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
PyCF_DONT_IMPLY_DEDENT = 0x200

_AUGOPS = {'+=': _ast.Add, '-=': _ast.Sub, '*=': _ast.Mult, '/=': _ast.Div,
           '//=': _ast.FloorDiv, '%=': _ast.Mod, '@=': _ast.MatMult, '**=': _ast.Pow,
           '<<=': _ast.LShift, '>>=': _ast.RShift, '|=': _ast.BitOr, '^=': _ast.BitXor,
           '&=': _ast.BitAnd}

_BLOCK_NAMES = {'if': "'if' statement", 'elif': "'elif' statement",
                'else': "'else' statement", 'while': "'while' statement",
                'for': "'for' statement", 'with': "'with' statement",
                'try': "'try' statement", 'finally': "'finally' statement",
                'class': 'class definition', 'def': 'function definition',
                'except': "'except' statement", 'except*': "'except*' statement",
                'match': "'match' statement", 'case': "'case' statement"}


_COMPOUND_NODES = (_ast.If, _ast.For, _ast.AsyncFor, _ast.While, _ast.With, _ast.AsyncWith,
                   _ast.Try, _ast.TryStar, _ast.FunctionDef, _ast.AsyncFunctionDef,
                   _ast.ClassDef, _ast.Match)


class Parser(ExprParser, TargetMixin, MatchMixin, ErrorMixin):

    def __init__(self, tokenizer, filename, flags):
        self.tokenizer = tokenizer
        self.toks = tokenizer.run()
        self.i = 0
        self.filename = filename
        self.flags = flags
        self.type_ignores = []
        self.parenthesized = set()    # id() of the expressions written in parentheses
        self.type_comments = bool(flags & PyCF_TYPE_COMMENTS)
        if self.type_comments:
            self._collect_type_ignores()

    def _collect_type_ignores(self):
        keep = []
        for t in self.toks:
            if t[0] == TYPE_IGNORE:
                n = _ast.TypeIgnore.__new__(_ast.TypeIgnore)
                n.__dict__.update(lineno=t[2], tag=t[1])
                self.type_ignores.append(n)
            else:
                keep.append(t)
        self.toks = keep

    def type_comment(self):
        t = self.toks[self.i]
        if t[0] == TYPE_COMMENT:
            self.i += 1
            return t[1]
        return None

    # -- modes -----------------------------------------------------------

    def file(self):
        body = self.statements_until(ENDMARKER)
        n = _ast.Module.__new__(_ast.Module)
        n.__dict__.update(body=body, type_ignores=self.type_ignores)
        return n

    def interactive(self):
        t = self.tok()
        if t[0] == ENDMARKER or t[0] == NEWLINE:
            lines = self.tokenizer.lines
            text = lines[-1] if lines else ''
            raise SyntaxError('invalid syntax', (self.filename, len(lines), 0, text,
                                                 len(lines), 0))
        body = self.statement()
        if self._single_cut_short(body):
            self.end_of_input_error()
        end = self.prev()
        t = self.toks[self.i]
        while t[0] == NEWLINE or t[0] == DEDENT:
            self.i += 1
            t = self.toks[self.i]
        if t[0] != ENDMARKER:
            self.raise_error('multiple statements found while compiling a single statement',
                             end[2], end[3], end[4], end[5])
        n = _ast.Interactive.__new__(_ast.Interactive)
        n.__dict__.update(body=body)
        return n

    def _single_cut_short(self, body):
        """Whether one statement of 'single' input lacks the newline that
        ends it.  Without a final newline, CPython's tokenizer ends the text
        with one NEWLINE, then the dedents and another NEWLINE when there
        are dedents: a compound statement needs a NEWLINE after its own."""
        text = self.tokenizer.text
        if not text or text[-1] == '\n':
            return False
        toks = self.toks
        k = len(toks) - 1                  # the ENDMARKER
        while toks[k - 1][0] == DEDENT:
            k -= 1
        dedents = len(toks) - 1 - k
        if toks[k - 1][0] == NEWLINE and not toks[k - 1][1]:
            # The last line holds tokens: its NEWLINE is the one made up.
            return dedents == 0 and type(body[0]) in _COMPOUND_NODES
        # A blank last line: the made-up NEWLINE comes before the dedents.
        return dedents > 0

    def eval_input(self):
        t = self.tok()
        while t[0] == NEWLINE:
            self.i += 1
            t = self.tok()
        body = self.expressions()
        while self.toks[self.i][0] == NEWLINE:
            self.i += 1
        t = self.tok()
        if t[0] != ENDMARKER:
            self.syntax_error_here()
        n = _ast.Expression.__new__(_ast.Expression)
        n.__dict__.update(body=body)
        return n

    def func_type_input(self):
        self.expect('(')
        argtypes = []
        while not self.at(')'):
            t = self.tok()
            if t[0] == OP and t[1] in ('*', '**'):
                self.i += 1
                value = self.expression()
                argtypes.append(value)
            else:
                argtypes.append(self.expression())
            if not self.accept(','):
                break
        self.expect(')')
        self.expect('->')
        returns = self.expression()
        while self.toks[self.i][0] == NEWLINE:
            self.i += 1
        if self.tok()[0] != ENDMARKER:
            self.syntax_error_here()
        n = _ast.FunctionType.__new__(_ast.FunctionType)
        n.__dict__.update(argtypes=argtypes, returns=returns)
        return n

    # -- statements --------------------------------------------------------

    def statements_until(self, end_type):
        body = []
        toks = self.toks
        while True:
            t = toks[self.i]
            typ = t[0]
            if typ == end_type:
                return body
            if typ == NEWLINE:
                self.i += 1
                continue
            body.extend(self.statement())

    def statement(self):
        t = self.tok()
        if t[0] == NAME:
            s = t[1]
            method = _COMPOUND.get(s)
            if method is not None:
                return [method(self)]
            if s == 'match':
                kind = self.looks_like_match()
                if kind == 'maybe':
                    save = self.i
                    try:
                        return self.simple_stmts()
                    except SyntaxError:
                        self.i = save
                if kind:
                    return [self.match_stmt()]
        elif t[0] == OP and t[1] == '@':
            return [self.decorated()]
        elif t[0] == INDENT or t[0] == DEDENT:
            self.syntax_error_here()
        return self.simple_stmts()

    def simple_stmts(self):
        stmts = [self.simple_stmt()]
        while self.accept(';'):
            if self.toks[self.i][0] == NEWLINE:
                break
            stmts.append(self.simple_stmt())
        t = self.tok()
        if t[0] != NEWLINE:
            self.statement_end_error(stmts[-1])
        self.i += 1
        return stmts

    def simple_stmt(self):
        t = self.tok()
        if t[0] == NAME:
            method = _SIMPLE.get(t[1])
            if method is not None:
                return method(self, t)
            if t[1] == 'type' and self.toks[self.i + 1][0] == NAME:
                return self.type_alias(t)
        return self.expr_stmt(t)

    def expr_stmt(self, start):
        if start[0] == NAME and start[1] == 'yield':
            e = self.yield_expr()
        else:
            e = self.star_expressions()
        t = self.toks[self.i]
        if t[0] != OP:
            p = self.prev()
            return node(_ast.Expr, start[2], start[3], p[4], p[5], value=e)
        s = t[1]
        if s == '=':
            return self.assignment(e, start)
        if s == ':':
            return self.annotated(e, start)
        op = _AUGOPS.get(s)
        if op is not None:
            self.check_aug_target(e)
            self.i += 1
            if self.at('yield'):
                value = self.yield_expr()
            else:
                value = self.star_expressions()
            p = self.prev()
            return node(_ast.AugAssign, start[2], start[3], p[4], p[5], target=e, op=op(),
                        value=value)
        p = self.prev()
        return node(_ast.Expr, start[2], start[3], p[4], p[5], value=e)

    def assignment(self, first, start):
        targets = [first]
        while True:
            self.i += 1
            if self.at('yield'):
                value = self.yield_expr()
            else:
                value = self.star_expressions()
            if not self.at('='):
                break
            targets.append(value)
        for target in targets:
            self.set_store(target, assign=True, hint=len(targets) == 1)
        tc = self.type_comment() if self.type_comments else None
        p = self.prev()
        return node(_ast.Assign, start[2], start[3], p[4], p[5], targets=targets, value=value,
                    type_comment=tc)

    def annotated(self, target, start):
        cls = type(target)
        if cls not in (_ast.Name, _ast.Attribute, _ast.Subscript):
            self.bad_annotation_target(target)
        self.set_store(target)
        self.i += 1
        annotation = self.expression()
        value = None
        if self.accept('='):
            if self.at('yield'):
                value = self.yield_expr()
            else:
                value = self.star_expressions()
        simple = 1 if cls is _ast.Name and id(target) not in self.parenthesized else 0
        p = self.prev()
        return node(_ast.AnnAssign, start[2], start[3], p[4], p[5], target=target,
                    annotation=annotation, value=value, simple=simple)

    def bad_annotation_target(self, target):
        """Raise for an annotation of target (at the ':'), which no
        annotation may have: of the target when an annotation follows."""
        cls = type(target)
        after = self.toks[self.i + 1]
        if after[0] == ERRORTOKEN:
            self.raise_token_error(after)
        self.i += 1
        follows = self.starts_expression() and not self.at('*')
        self.i -= 1
        if not follows:
            self.syntax_error_here()
        if cls is _ast.Tuple and id(target) not in self.parenthesized:
            self.error_at_node('only single target (not tuple) can be annotated',
                               target.elts[0])
        if cls is _ast.Tuple:
            self.error_at_node('only single target (not tuple) can be annotated', target)
        if cls is _ast.List:
            self.error_at_node('only single target (not list) can be annotated', target)
        self.error_at_node('illegal target for annotation', target)

    def statement_end_error(self, last):
        t = self.toks[self.i]
        if t[0] == ERRORTOKEN:
            self.raise_token_error(t)
        unclosed = self.tokenizer.unclosed_line
        if unclosed is None or unclosed <= t[2]:
            # (A bracket left open on a later line is not this statement's.)
            self.token_error_later()
        if t[0] == OP and t[1] == '=' and type(last) is _ast.Expr:
            self.set_store(last.value, assign=True, hint=True)
        if type(last) is _ast.Expr:
            e = last.value
            if type(e) is _ast.Name and e.id in ('print', 'exec') and self.starts_expression():
                nxt = self.star_expressions()
                self.raise_error("Missing parentheses in call to '%s'. Did you mean %s(...)?"
                                 % (e.id, e.id), e.lineno, e.col_offset, nxt.end_lineno,
                                 nxt.end_col_offset)
            if self.starts_expression() and t[0] != NAME or (
                    t[0] == NAME and t[1] not in KEYWORDS):
                if type(e) not in (_ast.Constant,) or True:
                    self.missing_comma_statement(e)
        self.syntax_error_here()

    def missing_comma_statement(self, e):
        t = self.toks[self.i]
        self.syntax_error_here()

    # -- simple statements -------------------------------------------------

    def pass_stmt(self, t):
        self.i += 1
        return node(_ast.Pass, t[2], t[3], t[4], t[5])

    def break_stmt(self, t):
        self.i += 1
        return node(_ast.Break, t[2], t[3], t[4], t[5])

    def continue_stmt(self, t):
        self.i += 1
        return node(_ast.Continue, t[2], t[3], t[4], t[5])

    def return_stmt(self, t):
        self.i += 1
        value = None
        end = t
        if self.starts_expression():
            value = self.star_expressions()
            p = self.prev()
            return node(_ast.Return, t[2], t[3], p[4], p[5], value=value)
        return node(_ast.Return, t[2], t[3], end[4], end[5], value=value)

    def raise_stmt(self, t):
        self.i += 1
        exc = cause = None
        if self.starts_expression():
            exc = self.expression()
            if self.accept('from'):
                cause = self.expression()
        last = self.prev()
        return node(_ast.Raise, t[2], t[3], last[4], last[5], exc=exc, cause=cause)

    def global_stmt(self, t):
        self.i += 1
        names = [self.name()[1]]
        while self.accept(','):
            names.append(self.name()[1])
        last = self.prev()
        cls = _ast.Global if t[1] == 'global' else _ast.Nonlocal
        return node(cls, t[2], t[3], last[4], last[5], names=names)

    def del_stmt(self, t):
        self.i += 1
        targets = []
        while True:
            if self.at('*'):
                e = self.star_target_elt()
                self.error_at_node('cannot delete starred', e)
            e = self.bitwise_or_target()
            self.set_del(e)
            targets.append(e)
            if not self.accept(','):
                break
            if self.toks[self.i][0] == NEWLINE or self.at(';'):
                break
        last = self.prev()
        t2 = self.toks[self.i]
        if not (t2[0] == NEWLINE or (t2[0] == OP and t2[1] == ';')):
            self.syntax_error_here()
        return node(_ast.Delete, t[2], t[3], last[4], last[5], targets=targets)

    def assert_stmt(self, t):
        self.i += 1
        test = self.expression()
        msg = None
        if self.accept(','):
            msg = self.expression()
        p = self.prev()
        return node(_ast.Assert, t[2], t[3], p[4], p[5], test=test, msg=msg)

    def dotted_name(self):
        first = self.name()
        name = first[1]
        while self.at('.'):
            self.i += 1
            name += '.' + self.name()[1]
        return first, name

    def no_names(self):
        p = self.prev()
        if not self.at_name():
            if self.toks[self.i][0] != NEWLINE:
                self.syntax_error_here()
            self.token_error_later()
            self.raise_error("Expected one or more names after 'import'", p[4], p[5], p[4],
                             p[5])

    def dotted_name_rest(self):
        while self.accept('.'):
            self.name()

    def import_stmt(self, t):
        self.i += 1
        self.no_names()
        names = []
        while True:
            first, name = self.dotted_name()
            asname = None
            if self.accept('as'):
                target = self.name()
                asname = target[1]
                if self.at('.'):
                    self.dotted_name_rest()
                    p = self.prev()
                    self.raise_error('cannot use attribute as import target', target[2],
                                     target[3], p[4], p[5])
            last = self.prev()
            names.append(node(_ast.alias, first[2], first[3], last[4], last[5],
                              name=name, asname=asname))
            if not self.accept(','):
                break
        if self.at('from'):
            self.i += 1
            self.dotted_name()
            p = self.prev()
            self.raise_error("Did you mean to use 'from ... import ...' instead?", t[2], t[3],
                             p[4], p[5])
        last = self.prev()
        return node(_ast.Import, t[2], t[3], last[4], last[5], names=names)

    def from_stmt(self, t):
        self.i += 1
        level = 0
        while True:
            if self.accept('.'):
                level += 1
            elif self.accept('...'):
                level += 3
            else:
                break
        module = None
        if not (level and self.at('import')):
            module = self.dotted_name()[1]
        self.expect('import')
        names = []
        star = self.accept('*')
        if star:
            names.append(node(_ast.alias, star[2], star[3], star[4], star[5],
                              name='*', asname=None))
        else:
            paren = self.accept('(')
            if not paren:
                self.no_names()
            while True:
                first = self.name()
                asname = None
                if self.accept('as'):
                    asname = self.name()[1]
                last = self.prev()
                names.append(node(_ast.alias, first[2], first[3], last[4], last[5],
                                  name=first[1], asname=asname))
                if not self.accept(','):
                    break
                if paren and self.at(')'):
                    break
                if not paren and self.toks[self.i][0] == NEWLINE:
                    p = self.tok()
                    self.raise_error('trailing comma not allowed without surrounding '
                                     'parentheses', p[2], p[3], p[4], p[5])
            if paren:
                self.expect(')')
        last = self.prev()
        return node(_ast.ImportFrom, t[2], t[3], last[4], last[5], module=module,
                    names=names, level=level)

    def type_alias(self, t):
        save = self.i
        self.i += 1
        name = self.name()
        if not (self.at('[') or self.at('=')):
            self.i = save
            return self.expr_stmt(t)
        type_params = self.type_params(True) if self.at('[') else []
        self.expect('=')
        value = self.expression()
        target = node(_ast.Name, name[2], name[3], name[4], name[5], id=name[1], ctx=STORE)
        p = self.prev()
        return node(_ast.TypeAlias, t[2], t[3], p[4], p[5],
                    name=target, type_params=type_params, value=value)

    # -- blocks ------------------------------------------------------------

    def block(self, keyword_tok, what=None):
        """The body after a ':' (already read)."""
        t = self.tok()
        if t[0] == NEWLINE:
            self.i += 1
            if self.type_comments:
                pass
            t = self.tok()
            if t[0] != INDENT:
                self.token_error_later()
                name = _BLOCK_NAMES.get(what or keyword_tok[1], "'%s' statement"
                                        % keyword_tok[1])
                self.raise_error('expected an indented block after %s on line %d'
                                 % (name, keyword_tok[2]), t[2], t[3], t[4], t[5],
                                 IndentationError)
            self.i += 1
            body = self.statements_until(DEDENT)
            self.i += 1
            return body
        if t[0] == TYPE_COMMENT:
            return self.block(keyword_tok, what)
        return self.simple_stmts()

    def colon_block(self, keyword_tok, what=None):
        self.expect(':')
        return self.block(keyword_tok, what)

    @staticmethod
    def _end(body):
        last = body[-1]
        return last.end_lineno, last.end_col_offset

    def condition(self):
        """The test of an if, elif or while statement."""
        test = self.named_expression()
        if self.at('='):
            self.i += 1
            self.expression()
            p = self.prev()
            self.raise_error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                             test.lineno, test.col_offset, p[4], p[5])
        return test

    def if_stmt(self, t=None):
        t = self.next()
        test = self.condition()
        body = self.colon_block(t)
        orelse = []
        nt = self.toks[self.i]
        if nt[0] == NAME and nt[1] == 'elif':
            orelse = [self.if_stmt()]
        elif nt[0] == NAME and nt[1] == 'else':
            orelse = self.else_block()
        end = self._end(orelse or body)
        return node(_ast.If, t[2], t[3], end[0], end[1], test=test, body=body, orelse=orelse)

    def while_stmt(self):
        t = self.next()
        test = self.condition()
        body = self.colon_block(t)
        orelse = self.else_block()
        end = self._end(orelse or body)
        return node(_ast.While, t[2], t[3], end[0], end[1], test=test, body=body,
                    orelse=orelse)

    def else_block(self):
        nt = self.toks[self.i]
        if nt[0] == NAME and nt[1] == 'else':
            e = self.next()
            if not self.at(':'):
                self.token_error_later()
                self.error_at_token("expected ':'", self.tok())
            return self.colon_block(e)
        return []

    def for_stmt(self, start=None):
        t = self.next()
        if start is None:
            start = t
        target = self.star_targets(in_for=True)
        if not self.at('in'):
            self.token_error_later()
            self.syntax_error_here()
        self.i += 1
        it = self.star_expressions()
        self.expect(':')
        tc = self.type_comment() if self.type_comments else None
        body = self.block(t)
        orelse = self.else_block()
        end = self._end(orelse or body)
        cls = _ast.AsyncFor if start is not t else _ast.For
        return node(cls, start[2], start[3], end[0], end[1], target=target, iter=it,
                    body=body, orelse=orelse, type_comment=tc)

    def with_stmt(self, start=None):
        t = self.next()
        if start is None:
            start = t
        items = None
        if self.at('('):
            save = self.i
            try:
                items = self.with_items_parenthesized()
            except SyntaxError:
                items = None
                self.i = save
        if items is None:
            items = [self.with_item()]
            while self.accept(','):
                items.append(self.with_item())
        self.expect(':')
        tc = self.type_comment() if self.type_comments else None
        body = self.block(t)
        end = self._end(body)
        cls = _ast.AsyncWith if start is not t else _ast.With
        return node(cls, start[2], start[3], end[0], end[1], items=items, body=body,
                    type_comment=tc)

    def with_items_parenthesized(self):
        self.i += 1
        items = [self.with_item()]
        while self.accept(','):
            if self.at(')'):
                break
            items.append(self.with_item())
        self.expect(')')
        if not self.at(':'):
            raise SyntaxError('backtrack')
        return items

    def with_item(self):
        e = self.expression()
        target = None
        if self.accept('as'):
            target = self.star_target_single()
            nt = self.toks[self.i]
            if not (nt[0] == OP and nt[1] in (',', ')', ':') or nt[0] == NEWLINE):
                self.syntax_error_here()
        n = _ast.withitem.__new__(_ast.withitem)
        n.__dict__.update(context_expr=e, optional_vars=target)
        return n

    def try_stmt(self):
        t = self.next()
        body = self.colon_block(t)
        handlers = []
        star = None
        while self.at('except'):
            h, is_star = self.except_block()
            if star is None:
                star = is_star
            elif star != is_star:
                self.raise_error("cannot have both 'except' and 'except*' on the same "
                                 "'try'", h.lineno, h.col_offset, h.lineno,
                                 h.col_offset + 6 + is_star)
            handlers.append(h)
        orelse = []
        if handlers:
            orelse = self.else_block()
        finalbody = []
        if self.at('finally'):
            f = self.next()
            finalbody = self.colon_block(f)
        if not handlers and not finalbody:
            self.token_error_later()
            nt = self.toks[self.i]
            self.raise_error("expected 'except' or 'finally' block", nt[2], nt[3], nt[4],
                             nt[5])
        end = self._end(finalbody or orelse or handlers[-1].body)
        cls = _ast.TryStar if star else _ast.Try
        return node(cls, t[2], t[3], end[0], end[1], body=body, handlers=handlers,
                    orelse=orelse, finalbody=finalbody)

    def except_block(self):
        t = self.next()
        is_star = bool(self.accept('*'))
        typ = None
        name = None
        if not self.at(':'):
            st = self.tok()
            typ = first = self.expression()
            if self.at(','):
                typ = self.tuple_rest(st, first, self.expression, (':', 'as'))
                if self.at('as'):
                    self.i += 1
                    self.name()
                    p = self.prev()
                    self.raise_error("multiple exception types must be parenthesized when "
                                     "using 'as'", first.lineno, first.col_offset, p[4], p[5])
            if self.accept('as'):
                name = self.name()[1]
        elif is_star:
            self.raise_error('expected one or more exception types', t[2], t[3],
                             self.toks[self.i][4], self.toks[self.i][5])
        body = self.colon_block(t, 'except*' if is_star else 'except')
        end = self._end(body)
        return node(_ast.ExceptHandler, t[2], t[3], end[0], end[1], type=typ, name=name,
                    body=body), is_star

    def async_stmt(self):
        t = self.tok()
        nt = self.toks[self.i + 1]
        if nt[0] == NAME:
            if nt[1] == 'def':
                self.i += 1
                return self.funcdef([], t)
            if nt[1] == 'for':
                self.i += 1
                return self.for_stmt(t)
            if nt[1] == 'with':
                self.i += 1
                return self.with_stmt(t)
        self.i += 1
        self.syntax_error_here()

    def decorated(self):
        decorators = []
        while self.at('@'):
            self.i += 1
            decorators.append(self.named_expression())
            if self.toks[self.i][0] != NEWLINE:
                self.syntax_error_here()
            self.i += 1
        t = self.tok()
        if t[0] == NAME:
            if t[1] == 'def':
                return self.funcdef(decorators, t)
            if t[1] == 'class':
                return self.classdef(decorators)
            if t[1] == 'async' and self.toks[self.i + 1][1] == 'def':
                self.i += 1
                return self.funcdef(decorators, t)
        self.syntax_error_here()

    def funcdef(self, decorators=None, start=None):
        t = self.next()
        if start is None:
            start = t
        if decorators is None:
            decorators = []
        name = self.name()[1]
        type_params = self.type_params() if self.at('[') else []
        if not self.at('('):
            self.token_error_later()
            self.error_at_token("expected '('", self.tok())
        self.i += 1
        args = self.parameters(')')
        self.expect(')')
        returns = None
        if self.at('->'):
            arrow = self.next()
            if not self.starts_expression():
                self.error_at_token("expected ':'", arrow)
            returns = self.expression()
        self.expect(':')
        tc = None
        if self.type_comments:
            tc = self.type_comment()
            if tc is None and self.toks[self.i][0] == NEWLINE and \
                    self.toks[self.i + 1][0] == TYPE_COMMENT:
                self.i += 1
                tc = self.type_comment()
        body = self.block(t)
        end = self._end(body)
        cls = _ast.AsyncFunctionDef if start is not t else _ast.FunctionDef
        return node(cls, start[2], start[3], end[0], end[1], name=name, args=args,
                    body=body, decorator_list=decorators, returns=returns,
                    type_comment=tc, type_params=type_params)

    def classdef(self, decorators=None):
        t = self.next()
        name = self.name()[1]
        type_params = self.type_params() if self.at('[') else []
        bases = []
        keywords = []
        if self.at('('):
            call = self.call(node(_ast.Name, t[2], t[3], t[4], t[5], id=name, ctx=LOAD), t,
                             genexp=False)
            bases = call.args
            keywords = call.keywords
        body = self.colon_block(t)
        end = self._end(body)
        return node(_ast.ClassDef, t[2], t[3], end[0], end[1], name=name, bases=bases,
                    keywords=keywords, body=body, decorator_list=decorators or [],
                    type_params=type_params)

    def type_params(self, alias=False):
        self.expect('[')
        params = []
        while not self.at(']'):
            t = self.tok()
            if t[0] == OP and t[1] in ('*', '**'):
                self.i += 1
                name = self.name()
                default = None
                if self.at(':'):
                    colon = self.tok()
                    self.i += 1
                    bound = self.expression()
                    kind = 'TypeVarTuple' if t[1] == '*' else 'ParamSpec'
                    self.raise_error('cannot use bound with %s' % kind, colon[2], colon[3],
                                     bound.end_lineno, bound.end_col_offset)
                if self.accept('='):
                    default = self.star_expression() if t[1] == '*' else self.expression()
                last = self.prev()
                cls = _ast.TypeVarTuple if t[1] == '*' else _ast.ParamSpec
                params.append(node(cls, t[2], t[3], last[4], last[5], name=name[1],
                                   default_value=default))
            else:
                name = self.name()
                bound = default = None
                if self.accept(':'):
                    bound = self.expression()
                if self.accept('='):
                    default = self.expression()
                last = self.prev()
                params.append(node(_ast.TypeVar, t[2], t[3], last[4], last[5], name=name[1],
                                   bound=bound, default_value=default))
            if not self.accept(','):
                break
        if not params:
            t = self.tok()
            end = self.toks[self.i + 1] if alias else t
            self.raise_error('Type parameter list cannot be empty', t[2], t[3], end[2], end[3])
        self.expect(']')
        return params


_COMPOUND = {'if': Parser.if_stmt, 'while': Parser.while_stmt, 'for': Parser.for_stmt,
             'with': Parser.with_stmt, 'try': Parser.try_stmt, 'def': Parser.funcdef,
             'class': Parser.classdef, 'async': Parser.async_stmt}
_SIMPLE = {'pass': Parser.pass_stmt, 'break': Parser.break_stmt,
           'continue': Parser.continue_stmt, 'return': Parser.return_stmt,
           'raise': Parser.raise_stmt, 'global': Parser.global_stmt,
           'nonlocal': Parser.global_stmt, 'del': Parser.del_stmt,
           'assert': Parser.assert_stmt, 'import': Parser.import_stmt,
           'from': Parser.from_stmt}


def parse(source, filename='<unknown>', mode='exec', flags=0, feature_version=-1):
    """The tree of source (str, or bytes in their declared encoding)."""
    import sys
    import gc
    limit = sys.getrecursionlimit()
    # Each level of nesting takes some twenty calls of the recursive descent.
    if limit < _DEPTH:
        sys.setrecursionlimit(_DEPTH)
    # The tokens and nodes make no cycles: collecting while they pile up
    # would only traverse them again and again.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return _parse(source, filename, mode, flags)
    finally:
        if collecting:
            gc.enable()
        if limit < _DEPTH:
            sys.setrecursionlimit(limit)


_DEPTH = 12000


def _parse(source, filename, mode, flags):
    if not isinstance(source, str):
        source = _source.decode(source, filename)
    elif '\0' in source:
        raise SyntaxError('source code string cannot contain null bytes')
    if '\r' in source:
        source = source.replace('\r\n', '\n').replace('\r', '\n')
    tokenizer = Tokenizer(source, type_comments=bool(flags & PyCF_TYPE_COMMENTS))
    tokenizer.exec_input = mode == 'exec'
    parser = Parser(tokenizer, filename, flags)
    parser.exec_input = mode == 'exec'
    parser.mode = mode
    for msg, lineno in tokenizer.warnings:
        parser.warner((None, None, lineno, 0, lineno, 0))(msg)
    if flags & PyCF_ALLOW_INCOMPLETE_INPUT:
        try:
            return _run(parser, mode, flags)
        except SyntaxError as e:
            if _incomplete(parser, e):
                import builtins
                raise builtins._IncompleteInputError(
                    'incomplete input', (filename, e.lineno, e.offset, e.text, e.end_lineno,
                                         e.end_offset)) from None
            raise
    return _run(parser, mode, flags)


# What a SyntaxError says when the text may only be unfinished (for codeop).
_UNFINISHED = ("was never closed", "unterminated triple-quoted", "expected an indented block",
               "unexpected EOF")


def _incomplete(parser, err):
    msg = err.msg or ''
    if getattr(parser, 'open_block', False):
        return True
    if any(part in msg for part in _UNFINISHED):
        return True
    toks = parser.toks
    i = min(parser.i, len(toks) - 1)
    while i < len(toks) and toks[i][0] in (NEWLINE, DEDENT) and not toks[i][1]:
        i += 1
    return i >= len(toks) - 1 and toks[-1][0] == ENDMARKER and not msg.startswith(
        ('invalid character', 'unexpected character'))


def _run(parser, mode, flags):
    if mode == 'single' and flags & PyCF_DONT_IMPLY_DEDENT:
        toks = parser.toks
        text = parser.tokenizer.text
        if text and not text.endswith('\n') and len(toks) > 2 and toks[-2][0] == DEDENT:
            lines = parser.tokenizer.lines
            parser.open_block = True
            raise SyntaxError('invalid syntax', (parser.filename, len(lines), 0, lines[-1],
                                                 len(lines), 0))
    if mode == 'exec':
        return parser.file()
    if mode == 'eval':
        return parser.eval_input()
    if mode == 'single':
        return parser.interactive()
    if mode == 'func_type':
        return parser.func_type_input()
    raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
