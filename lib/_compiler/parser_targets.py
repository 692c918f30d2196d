"""Targets of assignments, for loops, with and del statements, and the
parameters of functions and lambdas."""
import _ast
from _compiler.tokenizer import NAME, OP, NEWLINE
from _compiler.parser_expr import node, KEYWORDS, LOAD, STORE, DEL
from _compiler.parser_errors import describe


class TargetMixin:

    # -- contexts ----------------------------------------------------------

    def set_store(self, e, assign=False, hint=False):
        """Make e (an expression already parsed) a target of assignment."""
        cls = type(e)
        if cls is _ast.Name or cls is _ast.Attribute or cls is _ast.Subscript:
            # (Assigning to __debug__ parses: the compiler refuses it.)
            e.__dict__['ctx'] = STORE
        elif cls is _ast.Tuple or cls is _ast.List:
            e.__dict__['ctx'] = STORE
            for elt in e.elts:
                self.set_store(elt)
        elif cls is _ast.Starred:
            e.__dict__['ctx'] = STORE
            self.set_store(e.value)
        else:
            what = describe(e)
            if cls in (_ast.Yield, _ast.YieldFrom) and assign:
                self.error_at_node('assignment to yield expression not possible', e)
            if hint and cls in (_ast.Call, _ast.BinOp, _ast.BoolOp, _ast.UnaryOp,
                                  _ast.Compare, _ast.Constant, _ast.IfExp, _ast.Lambda,
                                  _ast.JoinedStr, _ast.TemplateStr, _ast.Await) \
                    and what not in ('True', 'False', 'None'):
                self.error_at_node("cannot assign to %s here. Maybe you meant '==' instead "
                                   "of '='?" % what, e)
            self.error_at_node('cannot assign to %s' % what, e)

    def set_del(self, e):
        cls = type(e)
        if cls is _ast.Name or cls is _ast.Attribute or cls is _ast.Subscript:
            e.__dict__['ctx'] = DEL
        elif cls is _ast.Tuple or cls is _ast.List:
            e.__dict__['ctx'] = DEL
            for elt in e.elts:
                self.set_del(elt)
        else:
            self.error_at_node('cannot delete %s' % describe(e), e)

    def check_aug_target(self, e):
        cls = type(e)
        if cls is _ast.Name or cls is _ast.Attribute or cls is _ast.Subscript:
            e.__dict__['ctx'] = STORE
            return
        self.error_at_node("'%s' is an illegal expression for augmented assignment"
                           % describe(e), e)

    # -- target lists --------------------------------------------------------

    def star_target_single(self):
        t = self.tok()
        if t[0] == OP and t[1] == '*':
            self.i += 1
            value = self.star_target_single()
            e = node(_ast.Starred, t[2], t[3], value.end_lineno, value.end_col_offset,
                     value=value, ctx=STORE)
            return e
        e = self.primary()
        self.set_store(e)
        return e

    def star_targets(self, in_for=False):
        """Targets of a for loop or comprehension (stopping before 'in')."""
        e = self.item_or_tuple(self.star_target_elt, ('in', '='), STORE)
        self.set_store(e)
        return e

    def star_target_elt(self):
        t = self.tok()
        if t[0] == OP and t[1] == '*':
            self.i += 1
            value = self.star_target_elt()
            return node(_ast.Starred, t[2], t[3], value.end_lineno, value.end_col_offset,
                        value=value, ctx=STORE)
        e = self.bitwise_or_target()
        return e

    def bitwise_or_target(self):
        """A target: parsed as far as an expression goes without 'in'."""
        e = self.bitwise_or()
        t = self.toks[self.i]
        if t[0] == OP and t[1] in ('==', '!=', '<', '>', '<=', '>=') or \
                t[0] == NAME and t[1] in ('if', 'or', 'and', 'is'):
            self.i -= 0
            e2 = self.disjunction_from(e)
            self.set_store(e2)
        return e

    def disjunction_from(self, e):
        """Rest of a comparison or boolean expression after e, for an error."""
        save = self.i
        self.i = self._start_of(e)
        try:
            return self.expression()
        finally:
            pass

    def _start_of(self, e):
        i = self.i
        while i > 0:
            t = self.toks[i]
            if (t[2], t[3]) == (e.lineno, e.col_offset):
                return i
            i -= 1
        return i

    # -- parameters ----------------------------------------------------------

    def parameters(self, closer, lambda_=False):
        """The parameters before closer (')' of a def, ':' of a lambda)."""
        posonly = []
        args = []
        defaults = []
        vararg = None
        kwonly = []
        kw_defaults = []
        kwarg = None
        star_seen = False
        slash_seen = False
        while not self.at(closer):
            t = self.tok()
            if t[0] == OP and t[1] == '/':
                if slash_seen:
                    self.error_at_token('/ may appear only once', t)
                if star_seen:
                    self.error_at_token('/ must be ahead of *', t)
                if not args:
                    self.syntax_error_here()
                self.i += 1
                slash_seen = True
                posonly = args
                args = []
            elif t[0] == OP and t[1] == '*':
                if star_seen:
                    self.error_at_token('* argument may appear only once', t)
                self.i += 1
                star_seen = True
                if self.at(',') or self.at(closer):
                    if self.at(closer) or self.toks[self.i + 1][1] in (closer, '**'):
                        self.raise_error('named arguments must follow bare *', t[2], t[3],
                                         t[4], t[5])
                else:
                    vararg = self.param(lambda_, star=True)
                    if self.at('='):
                        eq = self.tok()
                        self.raise_error('var-positional argument cannot have default value',
                                         eq[2], eq[3], eq[4], eq[5])
            elif t[0] == OP and t[1] == '**':
                self.i += 1
                kwarg = self.param(lambda_)
                if self.at('='):
                    eq = self.tok()
                    self.raise_error('var-keyword argument cannot have default value',
                                     eq[2], eq[3], eq[4], eq[5])
                if self.at(','):
                    self.i += 1
                if not self.at(closer):
                    nt = self.tok()
                    self.raise_error('arguments cannot follow var-keyword argument',
                                     nt[2], nt[3], nt[4], nt[5])
                break
            else:
                p = self.param(lambda_)
                default = None
                if self.accept('='):
                    default = self.expression()
                if star_seen:
                    kwonly.append(p)
                    kw_defaults.append(default)
                else:
                    if default is not None:
                        defaults.append(default)
                    elif defaults:
                        self.error_at_node('parameter without a default follows parameter '
                                           'with a default', p)
                    args.append(p)
            if not self.accept(','):
                if self.type_comments and not lambda_:
                    self._param_type_comment(posonly, args, vararg, kwonly, kwarg)
                break
            if self.type_comments and not lambda_:
                self._param_type_comment(posonly, args, vararg, kwonly, kwarg)
        n = _ast.arguments.__new__(_ast.arguments)
        n.__dict__.update(posonlyargs=posonly, args=args, vararg=vararg, kwonlyargs=kwonly,
                          kw_defaults=kw_defaults, kwarg=kwarg, defaults=defaults)
        return n

    def param(self, lambda_, star=False):
        t = self.name()
        annotation = None
        if not lambda_ and self.accept(':'):
            if star and self.at('*'):
                annotation = self.star_expression()
            else:
                annotation = self.expression()
        tc = None
        last = self.prev() if annotation is None else None
        if annotation is not None:
            return node(_ast.arg, t[2], t[3], annotation.end_lineno,
                        annotation.end_col_offset, arg=t[1], annotation=annotation,
                        type_comment=tc)
        return node(_ast.arg, t[2], t[3], t[4], t[5], arg=t[1], annotation=None,
                    type_comment=tc)

    def _param_type_comment(self, posonly, args, vararg, kwonly, kwarg):
        """A type comment after a parameter's comma belongs to it."""
        tc = self.type_comment()
        if tc is None:
            return
        last = None
        for p in (posonly[-1:] + args[-1:] + [vararg] + kwonly[-1:] + [kwarg]):
            if p is not None and (last is None or (p.lineno, p.col_offset) >
                                  (last.lineno, last.col_offset)):
                last = p
        if last is not None:
            last.__dict__['type_comment'] = tc
