"""Annotations (PEP 649 __annotate__ functions, `from __future__ import
annotations`), type parameters and type aliases (see codegen.py for the
emit API).

The hooks codegen.py calls:
  module_annotations_setup(body) / module_annotations_finish()
  class_annotations_setup(body) / class_annotations_finish()
  function_annotations(node) -> SET_FUNCTION_ATTRIBUTE bits it pushed
  generic_function(node, is_async, firstlineno)   def f[T](...)
  generic_class(node, firstlineno)                class C[T]: ...

Annotations are compiled into an `__annotate__(format)` function, made
when the function is defined (function annotations), at the start of a
module, or at the end of a class body.  In a module every annotated name,
and in a class those under a compound statement, are "conditional": the
body adds their index to the set `__conditional_annotations__` when it
runs the statement, and __annotate__ includes only those in the set.
"""
import _ast
from _compiler.assembler import Instr
from _compiler.codegen_expr import loc_of as _loc

NO_LOC = (-1, -1, -1, -1)
CO_FUTURE_ANNOTATIONS = 0x1000000
FN_DEFAULTS, FN_KWDEFAULTS, FN_ANNOTATIONS, FN_CLOSURE, FN_ANNOTATE = 1, 2, 4, 8, 16
COMPOUND = ('If', 'For', 'AsyncFor', 'While', 'Try', 'TryStar', 'With', 'AsyncWith', 'Match')
CONDITIONAL = '__conditional_annotations__'


def _kind(node):
    return type(node).__name__


def _annassigns(body):
    """The annotated assignments of body, in its compound statements too
    (not in the functions and classes it defines)."""
    for s in body:
        k = _kind(s)
        if k == 'AnnAssign':
            yield s
            continue
        if k in ('FunctionDef', 'AsyncFunctionDef', 'ClassDef'):
            continue
        for field in ('body', 'orelse', 'finalbody'):
            yield from _annassigns(getattr(s, field, None) or ())
        for part in list(getattr(s, 'handlers', None) or ()) + \
                list(getattr(s, 'cases', None) or ()):
            yield from _annassigns(part.body)


def _conditional_annassigns(body, out, nested):
    """The ids of the simple annotated names of body under a compound
    statement (not inside functions or classes)."""
    for s in body:
        k = _kind(s)
        if k == 'AnnAssign':
            if nested:
                out.add(id(s))
            continue
        if k in ('FunctionDef', 'AsyncFunctionDef', 'ClassDef'):
            continue
        for field in ('body', 'orelse', 'finalbody'):
            sub = getattr(s, field, None)
            if sub:
                _conditional_annassigns(sub, out, True)
        for h in getattr(s, 'handlers', None) or ():
            _conditional_annassigns(h.body, out, True)
        for case in getattr(s, 'cases', None) or ():
            _conditional_annassigns(case.body, out, True)
    return out


class Deferred:
    """The annotations of a module or class body being compiled."""
    __slots__ = ('items', 'conditional', 'next_index', 'is_class')

    def __init__(self, conditional, is_class):
        self.items = []             # (AnnAssign, conditional index or None)
        self.conditional = conditional
        self.next_index = 0
        self.is_class = is_class


class TypesMixin:

    def future_annotations(self):
        return bool(self.future & CO_FUTURE_ANNOTATIONS)

    # -- module and class bodies ---------------------------------------------

    def deferred_annotations(self, body):
        """The simple annotated names of body, whose annotations an
        __annotate__ function evaluates; none under `from __future__
        import annotations`, which stores them at once (into the
        __annotations__ that SETUP_ANNOTATIONS makes)."""
        self.u.deferred = None
        if self.future_annotations():
            if any(True for _ in _annassigns(body)):
                self.emit('SETUP_ANNOTATIONS')
            return []
        return [s for s in _annassigns(body) if s.simple and _kind(s.target) == 'Name']

    def module_annotations_setup(self, body):
        anns = self.deferred_annotations(body)
        if not anns:
            return
        self.u.deferred = Deferred({id(a) for a in anns}, False)
        self.load_const_set_store_conditional()

    def load_const_set_store_conditional(self):
        u = self.u
        self.emit('BUILD_SET', 0)
        if u.scope.kind == 'class':
            if CONDITIONAL not in u.cellvars:
                u.cellvars.append(CONDITIONAL)
                u.cellvars.sort()
            self.emit('STORE_DEREF', u.deref_index(CONDITIONAL))
        else:
            self.emit('STORE_NAME', self.name_index(CONDITIONAL))

    def module_annotations_finish(self):
        u = self.u
        d = getattr(u, 'deferred', None)
        if d is None or not d.items:
            return
        tree = u.scope.node
        first = tree.body[0] if getattr(tree, 'body', None) else None
        line = first.lineno if first is not None else 1
        loc = _loc(first) if first is not None else (line, line, 0, 0)
        saved = u.instrs
        u.instrs = []
        self.loc = loc
        code = self.annotate_function(('annotate', id(tree)), d, loc, '__annotate__', line)
        self.make_closure(code, 0, loc)
        self.emit('STORE_NAME', self.name_index('__annotate__'), loc)
        u.instrs.extend(saved)

    def class_annotations_setup(self, body):
        if not self.deferred_annotations(body):
            return
        conditional = _conditional_annassigns(body, set(), False)
        self.u.deferred = Deferred(conditional, True)
        if conditional:
            self.load_const_set_store_conditional()

    def class_annotations_finish(self):
        u = self.u
        d = getattr(u, 'deferred', None)
        if d is None or not d.items:
            return
        loc = (u.firstlineno, u.firstlineno, 0, 0)
        self.loc = loc
        code = self.annotate_function(('annotate', id(u.scope.node)), d, loc,
                                      u.qualname + '.__annotate__', u.firstlineno)
        self.make_closure(code, 0, loc)
        self.emit('STORE_NAME', self.name_index('__annotate_func__'), loc)

    def annotate_function(self, key, d, loc, qualname, firstlineno):
        u = self.format_unit(self.table.scopes[key], '__annotate__', firstlineno, qualname)
        if d.conditional and d.is_class and CONDITIONAL not in u.freevars:
            u.freevars.append(CONDITIONAL)
            u.freevars.sort()
        self.format_check(loc, 'format')
        self.emit('BUILD_MAP', 0, loc)
        for node, index in d.items:
            if index is not None:
                skip = self.new_label()
                nloc = _loc(node)
                self.load_const(index, nloc)
                if d.is_class:
                    self.emit('LOAD_DEREF', u.deref_index(CONDITIONAL), nloc)
                else:
                    self.emit('LOAD_GLOBAL', self.name_index(CONDITIONAL) << 1, nloc)
                self.emit('CONTAINS_OP', 0, nloc)
                self.emit_jump('POP_JUMP_IF_FALSE', skip, nloc)
                self.emit('NOT_TAKEN', None, nloc)
            self.loc = _loc(node.annotation)
            self.annotation_value(node.annotation)
            self.loc = _loc(node)
            self.emit('COPY', 2)
            self.load_const(self.mangle(node.target.id))
            self.emit('STORE_SUBSCR', None, loc)
            if index is not None:
                self.place(skip)
        self.emit('RETURN_VALUE', None, loc)
        return self.exit_unit((firstlineno, firstlineno, 0, 0))

    def format_unit(self, scope, name, firstlineno, qualname):
        """Starts a function of one positional-only parameter, the format
        (an __annotate__ function, a bound's, a default's, ...)."""
        private = self.u.private
        u = self.enter_unit(scope, name, firstlineno, qualname)
        u.private = private
        u.argcount = u.posonlyargcount = 1
        return u

    def format_check(self, loc, param):
        ok = self.new_label()
        self.const_index(2)  # CPython's constants start with the 2 compared with
        self.emit('LOAD_FAST', self.u.varname_index(param), loc)
        self.load_const(2, loc)
        self.compare_op(_ast.Gt(), loc)
        self.emit_jump('POP_JUMP_IF_FALSE', ok, loc)
        self.emit('NOT_TAKEN', None, loc)
        self.emit('LOAD_COMMON_CONSTANT', 1, loc)
        self.emit('RAISE_VARARGS', 1, loc)
        self.place(ok)

    def annotation_value(self, ann):
        """Pushes an annotation's value (`*Ts` unpacks its one item)."""
        if _kind(ann) == 'Starred':
            self.visit(ann.value)
            self.emit('UNPACK_SEQUENCE', 1, _loc(ann))
        else:
            self.visit(ann)

    # -- annotated assignments ---------------------------------------------------

    def c_AnnAssign(self, node):
        target = node.target
        loc = self.loc
        if node.value is not None:
            self.visit(node.value)
            self.store_target(target)
        k = _kind(target)
        u = self.u
        if k == 'Name':
            if node.simple and u.scope.kind in ('module', 'class'):
                if self.future_annotations():
                    self.load_const(self.annotation_text(node.annotation))
                    self.emit('LOAD_NAME', self.name_index('__annotations__'))
                    self.load_const(self.mangle(target.id))
                    self.emit('STORE_SUBSCR')
                else:
                    self.defer_annotation(node, loc)
        elif k == 'Attribute':
            if node.value is None:
                self.visit(target.value)
                self.emit('POP_TOP', None, loc)
        elif k == 'Subscript':
            if node.value is None:
                self.visit(target.value)
                self.emit('POP_TOP', None, loc)
                sl = target.slice
                if _kind(sl) == 'Slice':
                    for part in (sl.lower, sl.upper, sl.step):
                        if part is not None:
                            self.visit(part)
                            self.emit('POP_TOP', None, loc)
                else:
                    self.visit(sl)
                    self.emit('POP_TOP', None, loc)

    def defer_annotation(self, node, loc):
        u = self.u
        d = getattr(u, 'deferred', None)
        if d is None:
            return
        index = None
        if u.scope.kind == 'module' or id(node) in d.conditional:
            index = d.next_index
            d.next_index += 1
        d.items.append((node, index))
        if index is not None:
            if u.scope.kind == 'class':
                self.emit('LOAD_DEREF', u.deref_index(CONDITIONAL), loc)
            else:
                self.emit('LOAD_NAME', self.name_index(CONDITIONAL), loc)
            self.load_const(index, loc)
            self.emit('SET_ADD', 1, loc)
            self.emit('POP_TOP', None, loc)

    # -- function annotations ------------------------------------------------------

    def function_annotation_items(self, node):
        args = node.args
        items = []
        for a in list(args.args) + list(args.posonlyargs):
            if a.annotation is not None:
                items.append((a.arg, a.annotation))
        if args.vararg is not None and args.vararg.annotation is not None:
            items.append((args.vararg.arg, args.vararg.annotation))
        for a in args.kwonlyargs:
            if a.annotation is not None:
                items.append((a.arg, a.annotation))
        if args.kwarg is not None and args.kwarg.annotation is not None:
            items.append((args.kwarg.arg, args.kwarg.annotation))
        if node.returns is not None:
            items.append(('return', node.returns))
        return items

    def function_annotations(self, node):
        items = self.function_annotation_items(node)
        if not items:
            return 0
        loc = self.loc
        if self.future_annotations():
            for name, ann in items:
                self.load_const(self.mangle(name), loc)
                self.load_const(self.annotation_text(ann), loc)
            self.emit('BUILD_TUPLE', 2 * len(items), loc)
            return FN_ANNOTATIONS
        scope = self.table.scopes[('annotate', id(node))]
        fscope = self.table.scopes[id(node)]
        # named as if defined beside the function (the function it is set on
        # renames it f.__annotate__ when run)
        line = self.first_line(node)
        self.format_unit(scope, '__annotate__', line, self.qualname_for('__annotate__', scope))
        self.format_check(loc, 'format')
        for name, ann in items:
            self.load_const(self.mangle(name), loc)
            saved = self.loc
            self.loc = _loc(ann)
            self.annotation_value(ann)
            self.loc = saved
        self.emit('BUILD_MAP', len(items), loc)
        self.emit('RETURN_VALUE', None, loc)
        code = self.exit_unit((line, line, 0, 0))
        self.make_closure(code, 0, loc)
        return FN_ANNOTATE

    def annotation_text(self, ann):
        return _annotation_unparser().visit(ann)

    # -- type parameters (PEP 695) -------------------------------------------------
    #
    # def f[T](a=1): ...   is compiled as a call of a function made for the
    # type parameters, its scope holding T:
    #     def <generic parameters of f>(.defaults):
    #         T = TypeVar('T');  return set_type_params(<def f>, (T,))

    def type_params_unit(self, node, name, argnames):
        scope = self.table.scopes[('type_params', id(node))]
        qualname = self.qualname_for('<generic parameters of %s>' % name, scope)
        full = self.qualname_for(name, self.table.scopes.get(id(node), scope))
        private = self.u.private
        u = self.enter_unit(scope, '<generic parameters of %s>' % name,
                            self.first_line(node) if hasattr(node, 'decorator_list')
                            else node.lineno, qualname)
        u.private = private
        u.argcount = len(argnames)
        if '.' in full:
            u.qualname_base = full.rsplit('.', 1)[0]
        return u

    def type_params(self, params):
        """Pushes the tuple of the type parameters (each also stored)."""
        for tp in params:
            loc = _loc(tp)
            saved = self.loc
            self.loc = loc
            k = _kind(tp)
            self.load_const(tp.name)
            if k == 'TypeVar':
                if tp.bound is not None:
                    self.lazy_value(tp.bound, ('bound', id(tp)), tp.name, False, _loc(tp.bound))
                    self.emit('CALL_INTRINSIC_2', 3 if _kind(tp.bound) == 'Tuple' else 2)
                else:
                    self.emit('CALL_INTRINSIC_1', 7)
            elif k == 'TypeVarTuple':
                self.emit('CALL_INTRINSIC_1', 9)
            else:
                self.emit('CALL_INTRINSIC_1', 8)
            if tp.default_value is not None:
                self.lazy_value(tp.default_value, ('default_value', id(tp)), tp.name,
                                k == 'TypeVarTuple', _loc(tp.default_value))
                self.emit('CALL_INTRINSIC_2', 5)
            self.emit('COPY', 1)
            self.nameop(tp.name, 'Store')
            self.loc = saved
        self.emit('BUILD_TUPLE', len(params))

    def lazy_value(self, expr, key, name, allow_starred, own_loc=None):
        """Pushes a function of `.format` returning expr (a bound, a
        default, an alias's value), callable without arguments."""
        scope = self.table.scopes[key]
        outer = self.loc
        loc = own_loc or outer
        self.format_unit(scope, name, loc[0], self.qualname_for(name, scope))
        self.format_check(loc, '.format')
        if allow_starred and _kind(expr) == 'Starred':
            self.visit(expr.value)
            self.emit('UNPACK_SEQUENCE', 1, _loc(expr))
        else:
            self.visit(expr)
        self.emit('RETURN_VALUE', None, loc)
        code = self.exit_unit((loc[0], loc[0], 0, 0))
        self.load_const((1,), outer)
        self.make_closure(code, FN_DEFAULTS, outer)

    def generic_function(self, node, is_async, firstlineno):
        bits = self.defaults(node.args)
        argnames = []
        if bits & FN_DEFAULTS:
            argnames.append('.defaults')
        if bits & FN_KWDEFAULTS:
            argnames.append('.kwdefaults')
        if len(argnames) == 2:
            self.emit('SWAP', 2)
        loc = self.loc
        self.type_params_unit(node, node.name, argnames)
        self.type_params(node.type_params)
        for i in range(len(argnames)):
            self.emit('LOAD_FAST', i)
        bits |= self.function_annotations(node)
        code = self.function_body(node, is_async, firstlineno)
        self.make_closure(code, bits)
        self.emit('SWAP', 2)
        self.emit('CALL_INTRINSIC_2', 4)
        self.emit('RETURN_VALUE')
        code = self.exit_unit((firstlineno, firstlineno, 0, 0))
        self.make_closure(code, 0, loc)
        if argnames:
            self.emit('SWAP', len(argnames) + 1, loc)
            self.emit('CALL', len(argnames) - 1, loc)
        else:
            self.emit('PUSH_NULL', None, loc)
            self.emit('CALL', 0, loc)

    def generic_class(self, node, firstlineno):
        loc = self.loc
        self.type_params_unit(node, node.name, [])
        self.type_params(node.type_params)
        self.nameop('.type_params', 'Store')
        self.emit('LOAD_BUILD_CLASS')
        self.emit('PUSH_NULL')
        code = self.class_body(node, firstlineno)
        self.make_closure(code, 0)
        self.load_const(node.name)
        self.nameop('.type_params', 'Load')
        self.emit('CALL_INTRINSIC_1', 10)
        self.nameop('.generic_base', 'Store')
        base = _ast.Name(id='.generic_base', ctx=_ast.Load())
        base.lineno, base.end_lineno = loc[0], loc[1]
        base.col_offset, base.end_col_offset = loc[2], loc[3]
        self.call_helper(2, list(node.bases) + [base], node.keywords)
        self.emit('RETURN_VALUE')
        code = self.exit_unit((firstlineno, firstlineno, 0, 0))
        self.make_closure(code, 0, loc)
        self.emit('PUSH_NULL', None, loc)
        self.emit('CALL', 0, loc)

    def class_type_params(self, node):
        """In a generic class's body: __type_params__ = .type_params."""
        if getattr(node, 'type_params', None):
            self.nameop('.type_params', 'Load')
            self.nameop('__type_params__', 'Store')

    def c_TypeAlias(self, node):
        name = node.name.id
        loc = self.loc
        generic = bool(node.type_params)
        if generic:
            self.type_params_unit(node, name, [])
            self.load_const(name)
            self.type_params(node.type_params)
        else:
            self.load_const(name)
            self.load_const(None)
        self.lazy_value(node.value, ('alias', id(node)), name, False)
        self.emit('BUILD_TUPLE', 3)
        self.emit('CALL_INTRINSIC_1', 11)
        if generic:
            self.emit('RETURN_VALUE')
            code = self.exit_unit((node.lineno, node.lineno, 0, 0))
            self.make_closure(code, 0, loc)
            self.emit('PUSH_NULL', None, loc)
            self.emit('CALL', 0, loc)
        self.nameop(name, 'Store', loc)


_annotation_unparser_class = None


def _annotation_unparser():
    """An unparser writing annotations as CPython's compiler does for
    `from __future__ import annotations`: as ast.unparse, except that a
    generator expression alone in a call keeps the call's parentheses.
    (The class is made on first use: most compilations need none.)"""
    global _annotation_unparser_class
    if _annotation_unparser_class is None:
        from _ast_unparse import ATOM, Unparser

        class AnnotationUnparser(Unparser):
            def visit_Call(self, node):
                if (len(node.args) == 1 and not node.keywords
                        and type(node.args[0]) is _ast.GeneratorExp):
                    self.set_precedence(ATOM, node.func)
                    self.traverse(node.func)
                    self.traverse(node.args[0])
                else:
                    super().visit_Call(node)

        _annotation_unparser_class = AnnotationUnparser
    return _annotation_unparser_class()
