"""The code generator: an abstract syntax tree to a code object.

generate(tree, filename, mode, flags, optimize) builds the symbol table
(symtable.py), then compiles the tree into CPython 3.14 bytecode.  The work
is split by construct, one mixin class per file, all combined in `Codegen`:

  codegen.py          units (one per code object), the emit API, modules,
                      functions, classes, lambdas, simple statements, loops,
                      imports, the frame-block stack for break/continue/return
  codegen_expr.py     expressions, calls, comprehensions, yield/await
  codegen_try.py      try/except/finally, except*, with / async with
  codegen_match.py    match statements
  codegen_types.py    type parameters, type aliases, annotations
                      (__annotate__ functions, `from __future__ import
                      annotations`)

The emit API (methods of Codegen, used by every mixin):

  self.emit(op, arg=None, loc=None)   append an instruction; op is a name
                      (opcode or pseudo instruction, see assembler.py); loc
                      defaults to self.loc, the position of the node being
                      visited: (lineno, end_lineno, col_offset, end_col_offset)
  self.new_label() / self.place(label)    jump targets
  self.emit_jump(op, label, loc=None) a jump or SETUP_* to label
  self.visit(node)    compile a statement or expression (sets self.loc);
                      self.visit_body(stmts) a list of statements
  self.load_const(value) / self.const_index(value) / self.name_index(name)
  self.nameop(name, 'Load'|'Store'|'Del')   the right LOAD_FAST/LOAD_NAME/
                      LOAD_DEREF/LOAD_GLOBAL... for the current scope
  self.jump_if(expr, label, cond)     jump to label when bool(expr) == cond
  self.store_target(node)             store TOS into an assignment target
  self.push_fblock(kind, body_label, exit_label=None, datum=None) /
  self.pop_fblock(kind)               the stack that break/continue/return
                      unwind: for each block they leave, unwind_fblock(fb,
                      preserve_tos) emits its cleanup by calling
                      self.unwind_<kind>(fb, preserve_tos); loops are here;
                      the try/with/except kinds are in codegen_try.py
  self.enter_unit(scope, name, node, firstlineno) / self.exit_unit(...)
                      start and finish a nested code object (returns it)
  self.make_closure(code, flags_bits)  LOAD_CONST code, MAKE_FUNCTION and
                      the SET_FUNCTION_ATTRIBUTEs (closure tuple made here)
  self.error(msg, node)                a SyntaxError at node
"""
import _ast
from _compiler import symtable as st
from _compiler.assembler import (Instr, Label, assemble, CO_OPTIMIZED, CO_NEWLOCALS,
                                 CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR,
                                 CO_COROUTINE, CO_ASYNC_GENERATOR, CO_HAS_DOCSTRING,
                                 CO_METHOD)
from _compiler.codegen_expr import ExprMixin, loc_of
from _compiler.codegen_try import TryMixin
from _compiler.codegen_match import MatchMixin
from _compiler.codegen_types import TypesMixin

CO_FUTURE_ANNOTATIONS = 0x1000000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
FUTURE_FLAGS = {'nested_scopes': 0, 'generators': 0, 'division': 0, 'absolute_import': 0,
                'with_statement': 0, 'print_function': 0, 'unicode_literals': 0,
                'generator_stop': 0, 'annotations': CO_FUTURE_ANNOTATIONS,
                'barry_as_FLUFL': CO_FUTURE_BARRY_AS_BDFL}

# the argument of SET_FUNCTION_ATTRIBUTE
FN_DEFAULTS, FN_KWDEFAULTS, FN_ANNOTATIONS, FN_CLOSURE, FN_ANNOTATE = 1, 2, 4, 8, 16


def const_key(value):
    """Constants equal as Python values but different as constants (0,
    0.0, -0.0, False; tuples of them) get different keys."""
    t = type(value)
    if t in (tuple, frozenset):
        items = tuple(const_key(v) for v in value)
        return (t, items if t is tuple else frozenset(items))
    if t is float:
        return (t, value, repr(value))
    if t is complex:
        return (t, value, repr(value))
    if t.__name__ == 'code' or t is slice:
        return (t, id(value))
    return (t, value)


def clean_doc(doc):
    """A docstring as Python 3.13+ stores it: tabs expanded, the first
    line's leading spaces and the common indentation of the others removed
    (blank lines kept, unlike inspect.cleandoc)."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        body = line.lstrip(' ')
        if body:
            indent = len(line) - len(body)
            if margin is None or indent < margin:
                margin = indent
    if margin is None:
        margin = 0
    out = [lines[0].lstrip(' ')]
    out.extend(line[margin:] for line in lines[1:])
    return '\n'.join(out)


class FBlock:
    __slots__ = ('kind', 'body', 'exit', 'datum', 'loc')

    def __init__(self, kind, body, exit, datum, loc):
        self.kind = kind
        self.body = body
        self.exit = exit
        self.datum = datum
        self.loc = loc


class Deref:
    """The argument of a *_DEREF, MAKE_CELL or LOAD_CLOSURE instruction
    until the unit's locals are all known."""
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name


class Folded:
    """The argument of a LOAD_CONST of a value folded from constants: CPython
    folds after generating the whole unit, so such values take their places
    in co_consts after the others (the unit's finish resolves them)."""
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value


class Unit:
    """One code object being generated."""

    def __init__(self, scope, name, qualname, firstlineno, parent):
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstlineno = firstlineno
        self.parent = parent
        self.instrs = []
        self.consts = []
        self.const_keys = {}
        self.names = []
        self.name_keys = {}
        self.varnames = list(scope.params) if scope is not None else []
        self.fblocks = []
        self.private = parent.private if parent is not None else None
        self.static_attributes = set()
        self.argcount = self.posonlyargcount = self.kwonlyargcount = 0
        self.flags = 0
        self.in_inlined_comp = 0
        self.prologue_loc = None    # RETURN_GENERATOR's, when not RESUME's
        self.comp_scopes = []       # inlined comprehensions being compiled
        cells = []
        frees = []
        if scope is not None:
            for name, sc in scope.scopes.items():
                if sc == st.CELL:
                    cells.append(name)
                elif sc == st.FREE:
                    frees.append(name)
            cells.extend(getattr(scope, 'inlined_cells', ()))
            if scope.needs_class_closure:
                cells.append('__class__')
            if scope.needs_classdict:
                cells.append('__classdict__')
            if scope.kind == 'class':
                frees.extend(getattr(scope, 'free_class', ()))
        self.cellvars = sorted(set(cells))
        self.freevars = sorted(set(frees))

    def varname_index(self, name):
        try:
            return self.varnames.index(name)
        except ValueError:
            self.varnames.append(name)
            return len(self.varnames) - 1

    def deref_index(self, name):
        """The localsplus index of a cell or free variable, decided when the
        unit is finished (its locals are all known then)."""
        return Deref(name)

    def final_deref_index(self, name):
        if name in self.cellvars:
            if name in self.varnames:
                return self.varnames.index(name)
            extra = [c for c in self.cellvars if c not in self.varnames]
            return len(self.varnames) + extra.index(name)
        extra = [c for c in self.cellvars if c not in self.varnames]
        return len(self.varnames) + len(extra) + self.freevars.index(name)


class Codegen(ExprMixin, TryMixin, MatchMixin, TypesMixin):

    def __init__(self, table, filename, flags, optimize):
        self.table = table
        self.filename = filename
        self.flags = flags
        self.optimize = optimize
        self.future = flags & 0x01fe0000
        self.u = None
        self.loc = (1, 1, 0, 0)
        self.stack = []

    # -- errors ------------------------------------------------------------

    def error(self, msg, node=None):
        if node is None:
            lineno, end_lineno, col, end_col = self.loc
            return SyntaxError(msg, (self.filename, lineno, col + 1, None,
                                     end_lineno, end_col + 1))
        return st.syntax_error(msg, node, self.filename)

    # -- emitting ------------------------------------------------------------

    def emit(self, op, arg=None, loc=None):
        self.u.instrs.append(Instr(op, arg, self.loc if loc is None else loc))

    def emit_noloc(self, op, arg=None):
        self.u.instrs.append(Instr(op, arg, (-1, -1, -1, -1)))

    def emit_inherit(self, op, arg=None):
        """An instruction taking the location of the one before it (in
        the final layout), as CPython's implicit `return None`."""
        self.u.instrs.append(Instr(op, arg, None))

    def emit_jump(self, op, label, loc=None):
        self.emit(op, label, loc)

    def new_label(self):
        return Label()

    def place(self, label):
        self.u.instrs.append(label)

    def const_index(self, value):
        u = self.u
        key = const_key(value)
        idx = u.const_keys.get(key)
        if idx is None:
            idx = u.const_keys[key] = len(u.consts)
            u.consts.append(value)
        return idx

    def load_const(self, value, loc=None):
        # small ints become LOAD_SMALL_INT when assembled; like CPython we
        # still enter them in co_consts (the first entry always stays)
        self.emit('LOAD_CONST', self.const_index(value), loc)

    def load_folded(self, value, leaves, loc=None):
        """Loads `value`, folded from the constants `leaves` (which CPython
        loads first, so they are entered in co_consts first)."""
        for leaf in leaves:
            self.const_index(leaf)
        self.emit('LOAD_CONST', Folded(value), loc)

    def name_index(self, name):
        u = self.u
        idx = u.name_keys.get(name)
        if idx is None:
            idx = u.name_keys[name] = len(u.names)
            u.names.append(name)
        return idx

    def mangle(self, name):
        return st.mangle(self.u.private, name)

    def visit(self, node):
        saved = self.loc
        if hasattr(node, 'lineno'):
            self.loc = loc_of(node)
        try:
            meth = getattr(self, 'c_' + type(node).__name__, None)
            if meth is None:
                raise SystemError('compiler: no code generation for %s'
                                  % type(node).__name__)
            return meth(node)
        finally:
            self.loc = saved

    def visit_body(self, stmts):
        for s in stmts:
            self.visit(s)

    # -- name resolution -------------------------------------------------

    def scope_of(self, name):
        """(scope kind, the Scope that decides) for a name in the current
        code, looking through inlined comprehensions."""
        u = self.u
        for comp in reversed(u.comp_scopes):
            sc = comp.scopes.get(name)
            if sc in (st.LOCAL, st.CELL):
                return sc, comp
            if u.scope.kind == 'class' and sc is not None:
                return sc, comp
        sc = u.scope.scopes.get(name)
        if sc is None:
            if u.scope.kind == 'class' and name in u.freevars:
                return st.FREE, u.scope
            sc = st.GLOBAL_IMPLICIT
        return sc, u.scope

    def nameop(self, name, ctx, loc=None):
        name = self.mangle(name)
        if ctx == 'Load' and name == '__debug__':
            self.load_const(self.optimize == 0, loc)
            return
        if ctx != 'Load' and name == '__debug__':
            raise self.error('cannot assign to __debug__' if ctx == 'Store' else
                             'cannot delete __debug__')
        sc, owner = self.scope_of(name)
        u = self.u
        in_comp = owner is not u.scope
        kind = {'Load': 'LOAD', 'Store': 'STORE', 'Del': 'DELETE'}[ctx]
        if kind == 'LOAD' and not in_comp and getattr(u.scope, 'can_see_class', False) and \
                sc in (st.FREE, st.CELL, st.GLOBAL_IMPLICIT) and name != '__classdict__':
            # an annotation or type parameter scope in a class: the class
            # namespace first
            self.emit('LOAD_DEREF', u.deref_index('__classdict__'), loc)
            if sc != st.GLOBAL_IMPLICIT:
                self.emit('LOAD_FROM_DICT_OR_DEREF', u.deref_index(name), loc)
            else:
                self.emit('LOAD_FROM_DICT_OR_GLOBALS', self.name_index(name), loc)
            return
        if sc == st.FREE or sc == st.CELL:
            if in_comp and sc == st.CELL and name not in u.cellvars:
                u.cellvars.append(name)
                u.cellvars.sort()
            idx = u.deref_index(name)
            if kind == 'LOAD' and u.scope.kind == 'class' and not in_comp:
                self.emit('LOAD_LOCALS', None, loc)
                self.emit('LOAD_FROM_DICT_OR_DEREF', idx, loc)
            else:
                self.emit(kind + '_DEREF', idx, loc)
        elif sc == st.LOCAL:
            if u.scope.function_like or in_comp:
                self.emit(kind + '_FAST', u.varname_index(name), loc)
            else:
                self.emit(kind + '_NAME', self.name_index(name), loc)
        elif sc == st.GLOBAL_EXPLICIT or (sc == st.GLOBAL_IMPLICIT and
                                          (u.scope.function_like or
                                           (in_comp and u.scope.kind == 'class'))):
            if kind == 'LOAD':
                self.emit('LOAD_GLOBAL', self.name_index(name) << 1, loc)
            else:
                self.emit(kind + '_GLOBAL', self.name_index(name), loc)
        else:
            self.emit(kind + '_NAME', self.name_index(name), loc)

    # -- frame blocks ------------------------------------------------------

    def push_fblock(self, kind, body, exit=None, datum=None):
        self.u.fblocks.append(FBlock(kind, body, exit, datum, self.loc))

    def pop_fblock(self, kind):
        fb = self.u.fblocks.pop()
        assert fb.kind == kind, (fb.kind, kind)

    def unwind_fblock(self, fb, preserve_tos):
        getattr(self, 'unwind_' + fb.kind)(fb, preserve_tos)

    def unwind_while_loop(self, fb, preserve_tos):
        pass

    def unwind_for_loop(self, fb, preserve_tos):
        if preserve_tos:
            self.emit('SWAP', 2)
        self.emit('POP_TOP')

    def unwind_async_for_loop(self, fb, preserve_tos):
        if preserve_tos:
            self.emit('SWAP', 2)
        self.emit('POP_TOP')

    def unwind_pop_value(self, fb, preserve_tos):
        if preserve_tos:
            self.emit('SWAP', 2)
        self.emit('POP_TOP')

    def unwind_stack(self, stop_at_loop, preserve_tos):
        """Emits the cleanups of the blocks a jump leaves; returns the loop
        block (when stop_at_loop) or None."""
        u = self.u
        saved = list(u.fblocks)
        try:
            while u.fblocks:
                fb = u.fblocks[-1]
                if stop_at_loop and fb.kind in ('while_loop', 'for_loop', 'async_for_loop'):
                    return fb
                u.fblocks.pop()
                self.unwind_fblock(fb, preserve_tos)
            return None
        finally:
            u.fblocks[:] = saved

    # -- units ------------------------------------------------------------

    def enter_unit(self, scope, name, firstlineno, qualname=None):
        parent = self.u
        if qualname is None:
            qualname = self.qualname_for(name, scope)
        u = Unit(scope, name, qualname, firstlineno, parent)
        # inside a function, or a comprehension (a function scope even when
        # inlined)
        u.nested = parent is not None and (
            bool(parent.comp_scopes) or any(p.scope.function_like
                                            for p in self.stack + [parent]))
        if parent is not None:
            self.stack.append(parent)
        u.saved_loc = self.loc
        self.u = u
        return u

    def qualname_for(self, name, scope):
        parent = self.u
        if parent is None or parent.scope.kind == 'module':
            return name
        pscope = parent.scope
        if scope is not None and scope.kind in ('function', 'class', 'lambda'):
            # a name declared global is found at the top
            if pscope.scopes.get(st.mangle(parent.private, name)) == st.GLOBAL_EXPLICIT:
                return name
        base = parent.qualname
        if pscope.kind in ('function', 'lambda'):
            return base + '.<locals>.' + name
        if pscope.kind == 'type_params' and parent.parent is not None:
            return parent.qualname_base + '.' + name if hasattr(parent, 'qualname_base') \
                else name
        return base + '.' + name

    def prologue(self, u, resume_loc):
        """The instructions before RESUME: cells, free variables, and the
        generator's creation."""
        ins = []
        nfree = len(u.freevars)
        if nfree:
            ins.append(Instr('COPY_FREE_VARS', nfree, (-1, -1, -1, -1)))
        # in the order of their slots (parameters first)
        for index in sorted(u.final_deref_index(name) for name in u.cellvars):
            ins.append(Instr('MAKE_CELL', index, (-1, -1, -1, -1)))
        scope = u.scope
        if scope is not None and (scope.is_generator or scope.is_coroutine) and \
                scope.kind != 'class':
            loc = u.prologue_loc or resume_loc
            ins.append(Instr('RETURN_GENERATOR', None, loc))
            ins.append(Instr('POP_TOP', None, loc))
        return ins

    def exit_unit(self, resume_loc):
        """Finishes the current unit: its code object (the previous unit
        becomes current again)."""
        u = self.u
        scope = u.scope
        body = u.instrs
        flags = u.flags
        generator = scope.kind != 'class' and (scope.is_generator or scope.is_coroutine)
        head = self.prologue(u, resume_loc)
        for ins in head + body:
            if type(ins) is Instr and type(ins.arg) is Deref:
                ins.arg = u.final_deref_index(ins.arg.name)
        for ins in body:
            if type(ins) is Instr and type(ins.arg) is Folded:
                ins.arg = self.const_index(ins.arg.value)
        resume = [Instr('RESUME', 0, resume_loc)]
        if generator:
            handler = Label()
            start = [Instr('SETUP_CLEANUP', handler, (-1, -1, -1, -1))]
            tail = [Instr('POP_BLOCK', None, (-1, -1, -1, -1)),
                    handler,
                    Instr('CALL_INTRINSIC_1', 3, (-1, -1, -1, -1)),
                    Instr('RERAISE', 1, (-1, -1, -1, -1))]
            items = head + start + resume + body + tail
            if scope.is_async_gen or (scope.is_generator and scope.is_coroutine):
                flags |= CO_ASYNC_GENERATOR
            elif scope.is_coroutine:
                flags |= CO_COROUTINE
            else:
                flags |= CO_GENERATOR
        else:
            items = head + resume + body
        if scope.function_like:
            flags |= CO_OPTIMIZED | CO_NEWLOCALS
        flags |= self.future            # inherited and imported __future__ features
        if scope.function_like and u.nested:
            flags |= CO_NESTED
        if scope.function_like and self.stack and self.stack[-1].scope.kind == 'class' \
                and scope.kind != 'annotation':
            flags |= CO_METHOD
        code = assemble(items, argcount=u.argcount, posonlyargcount=u.posonlyargcount,
                        kwonlyargcount=u.kwonlyargcount, flags=flags, consts=u.consts,
                        names=u.names, varnames=u.varnames, cellvars=u.cellvars,
                        freevars=u.freevars, filename=self.filename, name=u.name,
                        qualname=u.qualname, firstlineno=u.firstlineno)
        self.u = self.stack.pop() if self.stack else None
        self.loc = u.saved_loc
        return code

    def make_closure(self, code, bits, loc=None):
        """Pushes the function of `code`; `bits` say which attributes the
        caller pushed before (defaults, kwdefaults, annotate...)."""
        u = self.u
        if code.co_freevars:
            for name in code.co_freevars:
                if name in u.varnames and name not in u.cellvars:
                    # an inlined comprehension's variable captured inside it
                    u.cellvars.append(name)
                    u.cellvars.sort()
                # a class's __class__ / __classdict__ cell, or ours
                if name in u.cellvars or name in u.freevars:
                    idx = u.deref_index(name)
                else:
                    raise SystemError('compiler: no cell for free variable %r' % name)
                self.emit('LOAD_CLOSURE', idx, loc)
            self.emit('BUILD_TUPLE', len(code.co_freevars), loc)
            bits |= FN_CLOSURE
        self.emit('LOAD_CONST', self.const_index(code), loc)
        self.emit('MAKE_FUNCTION', None, loc)
        for bit in (FN_CLOSURE, FN_ANNOTATIONS, FN_ANNOTATE, FN_KWDEFAULTS, FN_DEFAULTS):
            if bits & bit:
                self.emit('SET_FUNCTION_ATTRIBUTE', bit, loc)

    # -- module --------------------------------------------------------------

    def docstring_of(self, body):
        if self.optimize >= 2 or not body:
            return None
        first = body[0]
        if type(first).__name__ == 'Expr' and type(first.value).__name__ == 'Constant' \
                and type(first.value.value) is str:
            return clean_doc(first.value.value)
        return None

    def compile_module(self, tree, mode):
        scope = self.table.top
        if self.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT and scope.top_await:
            # the module's code makes a coroutine (asyncio's REPL runs it)
            scope.is_coroutine = True
        u = self.enter_unit(scope, '<module>', 1, '<module>')
        kind = type(tree).__name__
        resume_loc = (0, 1, 0, 0)
        if kind == 'Expression':
            self.loc = loc_of(tree.body)
            self.visit(tree.body)
            self.emit_inherit('RETURN_VALUE')
        elif kind == 'Interactive':
            self.interactive = True
            self.check_future(tree.body)
            self.module_annotations_setup(tree.body)
            self.visit_body(tree.body)
            self.module_annotations_finish()
            self.emit_noloc('LOAD_CONST', self.const_index(None))
            self.emit('RETURN_VALUE', None, (-1, -1, -1, -1))
        else:
            body = tree.body
            self.check_future(body)
            doc = self.docstring_of(body)
            if doc is not None:
                first = body[0]
                self.loc = loc_of(first)
                self.load_const(doc)
                self.nameop('__doc__', 'Store')
                body = body[1:]
            if body:
                self.loc = loc_of(body[0])
            self.module_annotations_setup(body)
            self.visit_body(body)
            self.module_annotations_finish()
            self.loc = None
            self.emit_inherit('LOAD_CONST', self.const_index(None))
            self.emit_inherit('RETURN_VALUE')
            if not tree.body:
                u.instrs = [Instr('LOAD_CONST', self.const_index(None), (1, 1, 0, 0)),
                            Instr('RETURN_VALUE', None, (1, 1, 0, 0))]
        return self.exit_unit(resume_loc)

    def check_future(self, body):
        pos = 0
        for k, s in enumerate(body):
            kind = type(s).__name__
            if k == 0 and kind == 'Expr' and type(s.value).__name__ == 'Constant' and \
                    type(s.value.value) is str:
                continue
            if kind == 'ImportFrom' and s.module == '__future__' and s.level == 0:
                for alias in s.names:
                    if alias.name not in FUTURE_FLAGS:
                        where = alias if hasattr(alias, 'lineno') else s
                        if alias.name == 'braces':
                            raise self.error('not a chance', where)
                        raise self.error('future feature %s is not defined' % alias.name,
                                         where)
                    self.future |= FUTURE_FLAGS[alias.name]
                s._future_ok = True
                continue
            break

    # -- statements ----------------------------------------------------------

    def c_Expr(self, node):
        value = node.value
        if getattr(self, 'interactive', False) and self.u.scope.kind == 'module':
            self.visit(value)
            self.emit('CALL_INTRINSIC_1', 1)
            self.emit('POP_TOP')
            return
        if type(value).__name__ == 'Constant':
            self.emit('NOP')
            return
        self.visit(value)
        self.emit('POP_TOP')

    def c_Pass(self, node):
        self.emit('NOP')

    def c_Global(self, node):
        pass

    c_Nonlocal = c_Global

    def c_Assign(self, node):
        if self.swap_assign(node):
            return
        self.visit(node.value)
        n = len(node.targets)
        for k, target in enumerate(node.targets):
            if k < n - 1:
                self.emit('COPY', 1)
            self.store_target(target)

    def swap_assign(self, node):
        """`a, b = x, y` (up to three names, no starred items) as CPython
        compiles it: the values pushed, swapped into place, stored."""
        target, value = node.targets[0], node.value
        if len(node.targets) != 1 or type(target).__name__ not in ('Tuple', 'List') or \
                type(value).__name__ != 'Tuple' or not 1 <= len(value.elts) <= 3 or \
                len(target.elts) != len(value.elts) or any(
                    type(e).__name__ == 'Starred' for e in target.elts + value.elts):
            return False
        for e in value.elts:
            self.visit(e)
        if len(value.elts) > 1:
            self.emit('SWAP', len(value.elts), loc_of(target))
        for e in target.elts:
            self.store_target(e)
        return True

    def c_AugAssign(self, node):
        target = node.target
        kind = type(target).__name__
        op = self.binop_arg(node.op, inplace=True)
        tloc = loc_of(target)
        if kind == 'Attribute':
            self.visit(target.value)
            self.emit('COPY', 1, tloc)
            self.attr_load(target, tloc)
            self.visit(node.value)
            self.emit('BINARY_OP', op)
            self.emit('SWAP', 2, tloc)
            self.emit('STORE_ATTR', self.name_index(self.mangle(target.attr)), tloc)
        elif kind == 'Subscript':
            if self.is_two_slice(target.slice):
                self.visit(target.value)
                self.slice_bounds(target.slice)
                self.emit('COPY', 3, tloc)
                self.emit('COPY', 3, tloc)
                self.emit('COPY', 3, tloc)
                self.emit('BINARY_SLICE', None, tloc)
                self.visit(node.value)
                self.emit('BINARY_OP', op)
                self.emit('SWAP', 4, tloc)
                self.emit('SWAP', 3, tloc)
                self.emit('SWAP', 2, tloc)
                self.emit('STORE_SLICE', None, tloc)
            else:
                self.visit(target.value)
                self.visit(target.slice)
                self.emit('COPY', 2, tloc)
                self.emit('COPY', 2, tloc)
                self.emit('BINARY_OP', 26, tloc)
                self.visit(node.value)
                self.emit('BINARY_OP', op)
                self.emit('SWAP', 3, tloc)
                self.emit('SWAP', 2, tloc)
                self.emit('STORE_SUBSCR', None, tloc)
        elif kind == 'Name':
            self.nameop(target.id, 'Load', tloc)
            self.visit(node.value)
            self.emit('BINARY_OP', op)
            self.nameop(target.id, 'Store', tloc)
        else:
            raise self.error("'%s' is an illegal expression for augmented assignment"
                             % kind, target)

    def c_Delete(self, node):
        for target in node.targets:
            self.delete_target(target)

    def delete_target(self, target):
        kind = type(target).__name__
        saved = self.loc
        self.loc = loc_of(target)
        try:
            if kind == 'Name':
                self.nameop(target.id, 'Del')
            elif kind == 'Attribute':
                self.visit(target.value)
                self.emit('DELETE_ATTR', self.name_index(self.mangle(target.attr)))
            elif kind == 'Subscript':
                self.visit(target.value)
                self.visit(target.slice)
                self.emit('DELETE_SUBSCR')
            elif kind in ('Tuple', 'List'):
                for elt in target.elts:
                    self.delete_target(elt)
            else:
                raise self.error('cannot delete %s' % kind.lower(), target)
        finally:
            self.loc = saved

    def c_If(self, node):
        end = self.new_label()
        test_value = self.constant_truth(node.test)
        if test_value is True:
            self.emit('NOP', None, loc_of(node.test))
            self.visit_body(node.body)
            return
        if test_value is False:
            self.emit('NOP', None, loc_of(node.test))
            self.visit_body(node.orelse)
            return
        if node.orelse:
            orelse = self.new_label()
            self.jump_if(node.test, orelse, False)
            self.visit_body(node.body)
            self.emit_inherit('JUMP', end)
            self.place(orelse)
            self.visit_body(node.orelse)
        else:
            self.jump_if(node.test, end, False)
            self.visit_body(node.body)
        self.place(end)

    def constant_truth(self, expr):
        if type(expr).__name__ == 'Constant':
            try:
                return bool(expr.value)
            except Exception:
                return None
        if type(expr).__name__ == 'Name' and expr.id == '__debug__':
            return self.optimize == 0
        return None

    def c_While(self, node):
        loop = self.new_label()
        body = self.new_label()
        anchor = self.new_label()
        end = self.new_label()
        truth = self.constant_truth(node.test)
        self.place(loop)
        self.push_fblock('while_loop', loop, end)
        if truth is False:
            self.pop_fblock('while_loop')
            self.visit_body(node.orelse)
            self.place(end)
            return
        if truth is None:
            self.jump_if(node.test, anchor, False)
        else:
            self.emit('NOP', None, loc_of(node.test))
        self.place(body)
        self.visit_body(node.body)
        self.emit_inherit('JUMP', loop)
        self.pop_fblock('while_loop')
        self.place(anchor)
        self.visit_body(node.orelse)
        self.place(end)

    def c_For(self, node):
        start = self.new_label()
        cleanup = self.new_label()
        end = self.new_label()
        iter_loc = loc_of(node.iter)
        self.visit_container(node.iter)
        self.emit('GET_ITER', None, iter_loc)
        self.place(start)
        self.push_fblock('for_loop', start, end)
        self.emit_jump('FOR_ITER', cleanup, iter_loc)
        self.store_target(node.target)
        self.visit_body(node.body)
        self.emit_inherit('JUMP', start)
        self.place(cleanup)
        self.emit('END_FOR', None, iter_loc)
        self.emit('POP_ITER', None, iter_loc)
        self.pop_fblock('for_loop')
        self.visit_body(node.orelse)
        self.place(end)

    def c_AsyncFor(self, node):
        scope = self.u.scope
        if not scope.is_coroutine and not (self.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT):
            raise self.error("'async for' outside async function", node)
        start = self.new_label()
        send = self.new_label()
        except_ = self.new_label()
        end = self.new_label()
        iter_loc = loc_of(node.iter)
        self.visit(node.iter)
        self.emit('GET_AITER', None, iter_loc)
        self.place(start)
        self.push_fblock('async_for_loop', start, end)
        self.emit_jump('SETUP_FINALLY', except_, iter_loc)
        self.emit('GET_ANEXT', None, iter_loc)
        self.load_const(None, iter_loc)
        self.place(send)
        self.yield_from_loop(iter_loc, True)
        self.emit('POP_BLOCK', None, iter_loc)
        self.emit('NOT_TAKEN', None, iter_loc)
        self.store_target(node.target)
        self.visit_body(node.body)
        self.emit_inherit('JUMP', start)
        self.pop_fblock('async_for_loop')
        self.place(except_)
        self.emit_jump('END_ASYNC_FOR', send, iter_loc)
        self.visit_body(node.orelse)
        self.place(end)

    def c_Break(self, node):
        self.emit('NOP')        # the statement's line, before any unwinding
        loop = self.unwind_stack(True, False)
        if loop is None:
            raise self.error("'break' outside loop", node)
        self.unwind_fblock(loop, False)
        self.emit_jump('JUMP', loop.exit)

    def c_Continue(self, node):
        self.emit('NOP')
        loop = self.unwind_stack(True, False)
        if loop is None:
            raise self.error("'continue' not properly in loop", node)
        self.emit_jump('JUMP', loop.body)

    def c_Return(self, node):
        scope = self.u.scope
        if not scope.function_like or scope.kind == 'comprehension' and \
                self.u.comp_scopes:
            raise self.error("'return' outside function", node)
        if node.value is not None and scope.is_coroutine and scope.is_generator:
            raise self.error("'return' with value in async generator", node)
        preserve = node.value is not None
        if preserve:
            self.visit(node.value)
        else:
            self.emit('NOP')
        value = node.value
        if value is not None and type(value).__name__ == 'Constant' and \
                value.lineno == node.lineno:
            self.loc = loc_of(value)     # where CPython unwinds `return <constant>`
        self.unwind_stack(False, preserve)
        if not preserve:
            self.load_const(None)
        self.emit('RETURN_VALUE')

    def c_Raise(self, node):
        n = 0
        if node.exc is not None:
            self.visit(node.exc)
            n = 1
            if node.cause is not None:
                self.visit(node.cause)
                n = 2
        self.emit('RAISE_VARARGS', n)

    def c_Assert(self, node):
        if self.optimize:
            return
        test = node.test
        if type(test).__name__ == 'Tuple' and test.elts:
            self.warn('assertion is always true, perhaps remove parentheses?', node)
        end = self.new_label()
        self.jump_if(test, end, True)
        self.emit('LOAD_COMMON_CONSTANT', 0)
        if node.msg is not None:
            self.visit(node.msg)
            self.emit('CALL', 0)
        self.emit('RAISE_VARARGS', 1, loc_of(test))
        self.place(end)

    def c_Import(self, node):
        for alias in node.names:
            self.load_const(0)
            self.load_const(None)
            self.emit('IMPORT_NAME', self.name_index(alias.name))
            if alias.asname:
                parts = alias.name.split('.')
                if len(parts) > 1:
                    for k, part in enumerate(parts[1:]):
                        self.emit('IMPORT_FROM', self.name_index(part))
                        if k < len(parts) - 2:
                            self.emit('SWAP', 2)
                            self.emit('POP_TOP')
                    self.nameop(alias.asname, 'Store')
                    self.emit('POP_TOP')
                else:
                    self.nameop(alias.asname, 'Store')
            else:
                self.nameop(alias.name.split('.')[0], 'Store')

    def c_ImportFrom(self, node):
        if node.module == '__future__' and node.level == 0 and \
                not getattr(node, '_future_ok', False):
            raise self.error('from __future__ imports must occur at the beginning of the file',
                             node)
        names = tuple(a.name for a in node.names)
        self.load_const(node.level)
        self.load_const(names)
        self.emit('IMPORT_NAME', self.name_index(node.module or ''))
        if names == ('*',):
            self.emit('CALL_INTRINSIC_1', 2)
            self.emit('POP_TOP')
            return
        for alias in node.names:
            self.emit('IMPORT_FROM', self.name_index(alias.name))
            self.nameop(alias.asname or alias.name, 'Store')
        self.emit('POP_TOP')

    # -- functions and classes -------------------------------------------

    def c_FunctionDef(self, node):
        self.function_def(node, False)

    def c_AsyncFunctionDef(self, node):
        self.function_def(node, True)

    def decorators(self, node):
        for d in node.decorator_list:
            self.visit(d)

    def apply_decorators(self, node):
        for d in reversed(node.decorator_list):
            self.emit('CALL', 0, loc_of(d))

    def first_line(self, node):
        if node.decorator_list:
            return node.decorator_list[0].lineno
        return node.lineno

    def defaults(self, args):
        """Pushes defaults and keyword defaults; returns the function bits."""
        bits = 0
        if args.defaults:
            self.tuple_of(args.defaults)
            bits |= FN_DEFAULTS
        n = 0
        for arg, d in zip(args.kwonlyargs, args.kw_defaults):
            if d is not None:
                self.load_const(self.mangle(arg.arg))
                self.visit(d)
                n += 1
        if n:
            self.emit('BUILD_MAP', n)
            bits |= FN_KWDEFAULTS
        return bits

    def function_def(self, node, is_async):
        self.decorators(node)
        firstlineno = self.first_line(node)
        if getattr(node, 'type_params', None):
            self.generic_function(node, is_async, firstlineno)
        else:
            bits = self.defaults(node.args)
            bits |= self.function_annotations(node)
            code = self.function_body(node, is_async, firstlineno)
            self.make_closure(code, bits)
        self.apply_decorators(node)
        self.nameop(node.name, 'Store')

    def set_arg_counts(self, u, args):
        u.argcount = len(args.posonlyargs) + len(args.args)
        u.posonlyargcount = len(args.posonlyargs)
        u.kwonlyargcount = len(args.kwonlyargs)
        if args.vararg is not None:
            u.flags |= CO_VARARGS
        if args.kwarg is not None:
            u.flags |= CO_VARKEYWORDS

    def function_body(self, node, is_async, firstlineno):
        scope = self.table.scopes[id(node)]
        u = self.enter_unit(scope, node.name, firstlineno)
        self.set_arg_counts(u, node.args)
        doc = self.docstring_of(node.body)
        body = node.body
        if doc is not None:
            self.const_index(doc)
            u.flags |= CO_HAS_DOCSTRING
            body = body[1:]
        self.loc = loc_of(node)
        self.visit_body(body)
        self.emit_inherit('LOAD_CONST', self.const_index(None))
        self.emit_inherit('RETURN_VALUE')
        return self.exit_unit((firstlineno, firstlineno, 0, 0))

    def c_Lambda(self, node):
        bits = self.defaults(node.args)
        scope = self.table.scopes[id(node)]
        u = self.enter_unit(scope, '<lambda>', node.lineno)
        self.set_arg_counts(u, node.args)
        self.loc = loc_of(node.body)
        self.visit(node.body)
        if scope.is_generator:
            self.emit('POP_TOP')
            self.load_const(None)
        self.emit('RETURN_VALUE')
        code = self.exit_unit((node.lineno, node.lineno, 0, 0))
        self.make_closure(code, bits)

    def c_ClassDef(self, node):
        self.decorators(node)
        firstlineno = self.first_line(node)
        if getattr(node, 'type_params', None):
            self.generic_class(node, firstlineno)
        else:
            self.emit('LOAD_BUILD_CLASS')
            self.emit('PUSH_NULL')
            code = self.class_body(node, firstlineno)
            self.make_closure(code, 0)
            self.load_const(node.name)
            self.call_helper(2, node.bases, node.keywords)
        self.apply_decorators(node)
        self.nameop(node.name, 'Store')

    def class_body(self, node, firstlineno):
        scope = self.table.scopes[id(node)]
        u = self.enter_unit(scope, node.name, firstlineno)
        u.private = node.name
        head = (firstlineno, firstlineno, 0, 0)
        self.loc = head
        self.nameop('__name__', 'Load')
        self.nameop('__module__', 'Store')
        self.load_const(u.qualname)
        self.nameop('__qualname__', 'Store')
        self.load_const(firstlineno)
        self.nameop('__firstlineno__', 'Store')
        self.class_type_params(node)
        if scope.needs_classdict:
            self.emit('LOAD_LOCALS')
            self.emit('STORE_DEREF', u.deref_index('__classdict__'))
        body = node.body
        doc = self.docstring_of(body)
        if doc is not None:
            self.loc = loc_of(body[0])
            self.load_const(doc)
            self.nameop('__doc__', 'Store')
            body = body[1:]
        self.class_annotations_setup(body)
        self.visit_body(body)
        self.class_annotations_finish()
        self.loc = None         # the epilogue takes the last statement's location
        self.load_const(tuple(sorted(u.static_attributes)), None)
        self.nameop('__static_attributes__', 'Store', None)
        if scope.needs_classdict:
            self.emit('LOAD_CLOSURE', u.deref_index('__classdict__'), None)
            self.nameop('__classdictcell__', 'Store', None)
        if scope.needs_class_closure:
            self.emit('LOAD_CLOSURE', u.deref_index('__class__'), None)
            self.emit('COPY', 1, None)
            self.nameop('__classcell__', 'Store', None)
        else:
            self.load_const(None, None)
        self.emit('RETURN_VALUE', None, None)
        return self.exit_unit(head)


def generate(tree, filename, mode, flags, optimize):
    """The code object of tree (a Module, Expression or Interactive)."""
    if optimize == -1:
        import sys
        optimize = sys.flags.optimize
    table = st.build(tree, filename)
    gen = Codegen(table, filename, flags, optimize)
    return gen.compile_module(tree, mode)
