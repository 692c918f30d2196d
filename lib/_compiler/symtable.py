"""The scopes of a module's names, before code generation.

build(tree, filename) walks the tree once, making a Scope for the module and
for every function, lambda, class, comprehension (and annotation or
type-parameter scope, which codegen_types builds on) with the flags of each
name used in it; then analyze() decides, top down, where each name lives:

  LOCAL             a local of its scope (fast local in functions, a name in
                    module and class bodies)
  GLOBAL_EXPLICIT   declared global
  GLOBAL_IMPLICIT   not bound anywhere around: global or builtin
  FREE              bound in an enclosing function (a closure variable)
  CELL              a local that an inner scope uses (lives in a cell)

List, set and dict comprehensions are inlined into the scope around them
(PEP 709) unless that is a class: their iteration variables are locals of
the comprehension (`Scope.inlined` is True) that codegen saves and restores
around it, while their other names are resolved as the parent's own.

Scopes are found by node: `table.scopes[id(node)]` for FunctionDef,
AsyncFunctionDef, Lambda, ClassDef, GeneratorExp, ListComp, SetComp,
DictComp and Module/Expression/Interactive.
"""

DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, DEF_NONLOCAL = 1, 2, 4, 8
USE, DEF_IMPORT, DEF_ANNOT, DEF_COMP_ITER = 16, 32, 64, 128
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = 1, 2, 3, 4, 5

FUNCTION_KINDS = ('function', 'lambda', 'comprehension', 'annotation', 'type_params')


def syntax_error(msg, node, filename):
    lineno = getattr(node, 'lineno', 1)
    col = getattr(node, 'col_offset', -1)
    end_lineno = getattr(node, 'end_lineno', lineno)
    end_col = getattr(node, 'end_col_offset', -1)
    return SyntaxError(msg, (filename, lineno, col + 1, None, end_lineno, end_col + 1))


class Scope:
    def __init__(self, name, kind, node, parent):
        self.name = name
        self.kind = kind            # module, class, function, lambda, comprehension, ...
        self.node = node
        self.parent = parent
        self.symbols = {}           # name -> DEF_* | USE flags
        self.where = {}             # name -> first node that bound or declared it
        self.declared = {}          # name -> its first global/nonlocal statement
        self.children = []
        self.params = []            # parameter names in order
        self.scopes = {}            # name -> LOCAL ... CELL (after analysis)
        self.free = set()           # names this scope passes up as free
        self.is_generator = False
        self.is_coroutine = False
        self.is_async_gen = False
        self.inlined = False        # a comprehension compiled into its parent
        self.needs_class_closure = False   # class: __class__ cell
        self.needs_classdict = False
        self.comp_iter_target = False
        self.has_docstring = False
        self.top_await = False      # await, async for/with directly in it
        self.uses_super = False

    @property
    def function_like(self):
        return self.kind in FUNCTION_KINDS

    def add(self, name, flag, node=None):
        old = self.symbols.get(name, 0)
        self.symbols[name] = old | flag
        if node is not None and name not in self.where:
            self.where[name] = node

    def __repr__(self):
        return '<Scope %s %s>' % (self.kind, self.name)


_COMPREHENSIONS = ('ListComp', 'SetComp', 'DictComp')


def async_comprehension(e):
    """The outermost list, set or dict comprehension in the expression e
    that would have to run asynchronously (an 'async for', an await or such
    a comprehension inside it), or None.  A generator expression may be
    asynchronous anywhere: it is not looked into."""
    kind = type(e).__name__
    if kind == 'GeneratorExp':
        return None
    if kind in _COMPREHENSIONS and _runs_async(e):
        return e
    for field in e._fields:
        value = getattr(e, field, None)
        for item in value if isinstance(value, list) else (value,):
            if hasattr(item, '_fields'):
                found = async_comprehension(item)
                if found is not None:
                    return found
    return None


def _runs_async(e):
    kind = type(e).__name__
    if kind in ('Lambda', 'GeneratorExp'):
        return False
    if kind == 'Await' or kind == 'comprehension' and e.is_async:
        return True
    for field in e._fields:
        value = getattr(e, field, None)
        for item in value if isinstance(value, list) else (value,):
            if hasattr(item, '_fields') and _runs_async(item):
                return True
    return False


def mangle(private, name):
    """Private name mangling: __x in class C is _C__x."""
    if private is None or not name.startswith('__') or name.endswith('__') or '.' in name:
        return name
    stripped = private.lstrip('_')
    if not stripped:
        return name
    return '_' + stripped + name


class SymbolTable:
    def __init__(self, filename):
        self.filename = filename
        self.scopes = {}
        self.cur = None
        self.private = None
        self.top = None

    def error(self, msg, node):
        return syntax_error(msg, node, self.filename)

    # -- building ------------------------------------------------------

    def enter(self, name, kind, node):
        scope = Scope(name, kind, node, self.cur)
        if self.cur is not None:
            self.cur.children.append(scope)
        self.scopes[id(node)] = scope
        self.cur = scope
        return scope

    def leave(self):
        self.cur = self.cur.parent

    def define(self, name, flag, node):
        name = mangle(self.private, name)
        cur = self.cur
        old = cur.symbols.get(name, 0)
        if flag & DEF_PARAM and old & DEF_PARAM:
            raise self.error("duplicate argument '%s' in function definition" % name, node)
        cur.add(name, flag, node)

    def visit(self, node):
        if node is None:
            return
        meth = getattr(self, 'v_' + type(node).__name__, None)
        if meth is not None:
            meth(node)
        else:
            self.generic(node)

    def generic(self, node):
        for field in node._fields:
            value = getattr(node, field, None)
            if isinstance(value, list):
                for item in value:
                    if hasattr(item, '_fields'):
                        self.visit(item)
            elif hasattr(value, '_fields'):
                self.visit(value)

    def visit_list(self, nodes):
        for n in nodes:
            self.visit(n)

    def v_Module(self, node):
        self.visit_list(node.body)

    v_Interactive = v_Module

    def v_Expression(self, node):
        self.visit(node.body)

    def v_FunctionDef(self, node):
        self.define(node.name, DEF_LOCAL, node)
        if self.cur.kind == 'class':
            # its annotations may look at the class namespace
            self.cur.needs_classdict = True
        self.visit_list(node.decorator_list)
        self.visit_defaults(node.args)
        if getattr(node, 'type_params', None):
            self.visit_type_params_then(node, lambda: self.function_body(node))
        else:
            self.visit_annotations(node)
            self.function_body(node)

    v_AsyncFunctionDef = v_FunctionDef

    def visit_defaults(self, args):
        self.visit_list(args.defaults)
        self.visit_list([d for d in args.kw_defaults if d is not None])

    def visit_annotations(self, node):
        # evaluated lazily in an annotation scope (PEP 649); codegen_types
        # compiles them; names used there are recorded in that scope
        args = node.args
        anns = [a.annotation for a in
                args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]
                if a is not None and a.annotation is not None]
        if node.returns is not None:
            anns.append(node.returns)
        for a in anns:
            self.forbid_async_comprehension(a)
        if anns:
            self.annotation_scope(node, anns)

    def annotation_scope(self, key, nodes):
        private = self.private
        scope = Scope('__annotate__', 'annotation', key, self.cur)
        scope.info = 'an annotation'
        self.cur.children.append(scope)
        self.scopes[('annotate', id(key))] = scope
        self.see_class_scope(scope, True)
        self.cur = scope
        scope.add('format', DEF_PARAM)
        scope.params.append('format')
        for n in nodes:
            self.visit(n)
        self.cur = scope.parent
        self.private = private

    def visit_type_params_then(self, node, body):
        kind = type(node).__name__
        name = node.name.id if kind == 'TypeAlias' else node.name
        scope = Scope('<generic parameters of %s>' % name, 'type_params', node, self.cur)
        scope.info = 'the definition of a generic'
        scope.type_param_names = {tp.name for tp in node.type_params}
        self.cur.children.append(scope)
        self.scopes[('type_params', id(node))] = scope
        self.see_class_scope(scope)
        self.cur = scope
        if kind == 'ClassDef':
            scope.add('.type_params', DEF_LOCAL)
            scope.add('.generic_base', DEF_LOCAL)
        elif kind != 'TypeAlias':
            # the function's defaults are the arguments of this scope's code
            args = node.args
            if args.defaults:
                scope.add('.defaults', DEF_PARAM)
                scope.params.append('.defaults')
            if any(d is not None for d in args.kw_defaults):
                scope.add('.kwdefaults', DEF_PARAM)
                scope.params.append('.kwdefaults')
        seen = set()
        for tp in node.type_params:
            if tp.name in seen:
                raise self.error("duplicate type parameter '%s'" % tp.name, tp)
            if tp.name == '__classdict__':
                raise self.error("reserved name '__classdict__' cannot be used for type parameter",
                                 tp)
            seen.add(tp.name)
            self.define(tp.name, DEF_LOCAL, tp)
            for field in ('bound', 'default_value'):
                value = getattr(tp, field, None)
                if value is not None:
                    sub = Scope(tp.name, 'type_params', value, self.cur)
                    if field == 'bound':
                        sub.info = 'a TypeVar constraint' if type(value).__name__ == 'Tuple' \
                            else 'a TypeVar bound'
                    else:
                        sub.info = 'a %s default' % type(tp).__name__
                    self.cur.children.append(sub)
                    self.scopes[(field, id(tp))] = sub
                    self.see_class_scope(sub, True)
                    self.lazy_format_param(sub)
                    self.cur = sub
                    self.visit(value)
                    self.cur = sub.parent
        if type(node).__name__ != 'ClassDef' and type(node).__name__ != 'TypeAlias':
            self.visit_annotations(node)
        body()
        self.cur = scope.parent

    def see_class_scope(self, scope, inherit=False, in_class=False):
        # annotation and type parameter scopes directly in a class look
        # names up in the class namespace first (through __classdict__)
        parent = scope.parent
        if in_class or parent is not None and (
                parent.kind == 'class' or inherit and getattr(parent, 'can_see_class', False)):
            scope.can_see_class = True
            scope.add('__classdict__', USE)

    def lazy_format_param(self, scope):
        # bounds, defaults and alias values are functions of one argument
        scope.add('.format', DEF_PARAM)
        scope.params.append('.format')

    def function_body(self, node):
        kind = 'lambda' if type(node).__name__ == 'Lambda' else 'function'
        name = '<lambda>' if kind == 'lambda' else node.name
        scope = self.enter(name, kind, node)
        if type(node).__name__ == 'AsyncFunctionDef':
            scope.is_coroutine = True
        self.visit_params(node.args)
        if kind == 'lambda':
            self.visit(node.body)
        else:
            self.visit_list(node.body)
        self.leave()

    def visit_params(self, args):
        scope = self.cur
        for a in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]:
            if a is not None and a.arg == '__debug__':
                raise self.error('cannot assign to __debug__', a)
        for a in args.posonlyargs + args.args + args.kwonlyargs:
            self.define(a.arg, DEF_PARAM, a)
            scope.params.append(mangle(self.private, a.arg))
        for a in (args.vararg, args.kwarg):
            if a is not None:
                self.define(a.arg, DEF_PARAM, a)
        # order in co_varnames: positional, keyword-only, *args, **kwargs
        scope.params = [mangle(self.private, a.arg) for a in args.posonlyargs + args.args +
                        args.kwonlyargs]
        if args.vararg is not None:
            scope.params.append(mangle(self.private, args.vararg.arg))
        if args.kwarg is not None:
            scope.params.append(mangle(self.private, args.kwarg.arg))

    def v_Lambda(self, node):
        self.visit_defaults(node.args)
        self.function_body(node)

    def v_ClassDef(self, node):
        self.define(node.name, DEF_LOCAL, node)
        self.visit_list(node.decorator_list)
        if getattr(node, 'type_params', None):
            self.visit_type_params_then(node, lambda: self.class_body(node))
        else:
            self.class_body(node)

    def class_body(self, node):
        self.visit_list(node.bases)
        self.visit_list(node.keywords)
        private = self.private
        self.enter(node.name, 'class', node)
        self.private = node.name
        if getattr(node, 'type_params', None):
            self.cur.add('.type_params', USE)
        self.visit_list(node.body)
        self.private = private
        self.leave()

    def v_TypeAlias(self, node):
        self.visit(node.name)
        in_class = self.cur.kind == 'class'
        value_scope = lambda: self.alias_value(node, in_class)
        if node.type_params:
            self.visit_type_params_then(node, value_scope)
        else:
            value_scope()

    def alias_value(self, node, in_class):
        scope = Scope(node.name.id, 'type_params', node.value, self.cur)
        scope.info = 'a type alias'
        self.cur.children.append(scope)
        self.scopes[('alias', id(node))] = scope
        self.see_class_scope(scope, in_class=in_class)
        self.lazy_format_param(scope)
        self.cur = scope
        self.visit(node.value)
        self.cur = scope.parent

    def v_Return(self, node):
        self.visit(node.value)

    def v_Global(self, node):
        self.declare(node, DEF_GLOBAL, 'global')

    def v_Nonlocal(self, node):
        if self.cur.kind == 'module':
            raise self.error('nonlocal declaration not allowed at module level', node)
        for raw in node.names:
            self.check_nonlocal_type_param(mangle(self.private, raw), node)
        self.declare(node, DEF_NONLOCAL, 'nonlocal')

    def check_nonlocal_type_param(self, name, node):
        scope = self.cur.parent
        while scope is not None and scope.kind != 'module':
            if scope.kind != 'class' and name in scope.symbols:
                if name in getattr(scope, 'type_param_names', ()):
                    raise self.error("nonlocal binding not allowed for type parameter '%s'"
                                     % name, node)
                return
            scope = scope.parent

    def declare(self, node, flag, word):
        cur = self.cur
        for raw in node.names:
            name = mangle(self.private, raw)
            old = cur.symbols.get(name, 0)
            other = DEF_NONLOCAL if flag == DEF_GLOBAL else DEF_GLOBAL
            if old & other:
                raise self.error("name '%s' is nonlocal and global" % name,
                                 cur.declared.get(name, node))
            if old & DEF_PARAM:
                raise self.error("name '%s' is parameter and %s" % (name, word), node)
            if old & DEF_ANNOT:
                raise self.error("annotated name '%s' can't be %s" % (name, word), node)
            if old & (DEF_LOCAL | DEF_IMPORT) and not old & flag:
                raise self.error("name '%s' is assigned to before %s declaration"
                                 % (name, word), node)
            if old & USE and not old & flag:
                raise self.error("name '%s' is used prior to %s declaration"
                                 % (name, word), node)
            cur.add(name, flag, node)
            cur.declared.setdefault(name, node)

    def forbid_debug(self, name, node, ctx='Store'):
        """__debug__ is a constant: nothing may bind or delete it."""
        if name == '__debug__':
            raise self.error('cannot delete __debug__' if ctx == 'Del' else
                             'cannot assign to __debug__', node)

    def v_Name(self, node):
        ctx = type(node.ctx).__name__
        if ctx != 'Load':
            self.forbid_debug(node.id, node, ctx)
        if ctx == 'Load':
            self.define(node.id, USE, node)
            if node.id == 'super' and self.cur.function_like:
                self.cur.add('__class__', USE)
                self.cur.uses_super = True
        else:
            self.define(node.id, DEF_LOCAL, node)
            if self.cur.comp_iter_target:
                self.cur.add(mangle(self.private, node.id), DEF_COMP_ITER)

    def v_Attribute(self, node):
        ctx = type(node.ctx).__name__
        if ctx != 'Load':
            self.forbid_debug(node.attr, node, ctx)
        self.visit(node.value)

    def v_keyword(self, node):
        self.forbid_debug(node.arg, node)
        self.visit(node.value)

    def v_Import(self, node):
        for alias in node.names:
            self.forbid_debug(alias.asname or alias.name, alias)
            if alias.name == '*':
                if self.cur.kind != 'module':
                    raise self.error('import * only allowed at module level', alias)
                continue
            name = alias.asname or alias.name.split('.')[0]
            self.define(name, DEF_IMPORT, node)

    v_ImportFrom = v_Import

    def forbid_async_comprehension(self, annotation):
        """An annotation runs in a scope of its own, never asynchronous
        (even when it is only kept as text, or never evaluated)."""
        comp = async_comprehension(annotation)
        if comp is not None:
            raise self.error('asynchronous comprehension outside of an asynchronous '
                             'function', comp)

    def v_AnnAssign(self, node):
        self.forbid_async_comprehension(node.annotation)
        target = node.target
        if type(target).__name__ == 'Name':
            self.forbid_debug(target.id, target)
            name = mangle(self.private, target.id)
            old = self.cur.symbols.get(name, 0)
            if old & (DEF_GLOBAL | DEF_NONLOCAL) and node.simple:
                word = 'global' if old & DEF_GLOBAL else 'nonlocal'
                raise self.error("annotated name '%s' can't be %s" % (name, word), node)
            if node.simple:
                self.define(target.id, DEF_ANNOT | DEF_LOCAL if node.value else DEF_ANNOT, node)
            elif node.value is not None:
                self.define(target.id, DEF_LOCAL, node)
        else:
            self.visit(target)
        if node.simple and self.cur.kind in ('module', 'class'):
            if self.cur.kind == 'class':
                self.cur.needs_classdict = True
            self.annotation_scope_add(node)
        else:
            pass        # not evaluated in functions / for complex targets below
        if not node.simple or self.cur.kind not in ('module', 'class'):
            if not node.simple and self.cur.kind in ('module', 'class'):
                self.visit(node.annotation)
        self.visit(node.value)

    def annotation_scope_add(self, node):
        key = ('annotate', id(self.cur.node))
        scope = self.scopes.get(key)
        if scope is None:
            scope = Scope('__annotate__', 'annotation', self.cur.node, self.cur)
            scope.info = 'an annotation'
            self.cur.children.append(scope)
            self.scopes[key] = scope
            self.see_class_scope(scope)
            scope.add('format', DEF_PARAM)
            scope.params.append('format')
        saved = self.cur
        self.cur = scope
        self.visit(node.annotation)
        self.cur = saved

    def v_Yield(self, node):
        self.check_yield(node, 'yield')
        self.visit(node.value)

    def v_YieldFrom(self, node):
        self.check_yield(node, 'yield')
        if self.cur.is_coroutine:
            raise self.error("'yield from' inside async function", node)
        self.visit(node.value)

    def check_yield(self, node, word):
        cur = self.cur
        if cur.kind in ('module', 'class'):
            raise self.error("'%s' outside function" % word, node)
        if cur.kind == 'comprehension':
            raise self.error("'yield' inside %s" % comp_description(cur.node), node)
        if cur.kind in ('annotation', 'type_params'):
            raise self.error('yield expression cannot be used within %s' % cur.info, node)
        cur.is_generator = True
        if cur.is_coroutine:
            cur.is_async_gen = True

    def v_AsyncFor(self, node):
        self.cur.top_await = True
        self.generic(node)

    def v_AsyncWith(self, node):
        self.cur.top_await = True
        self.generic(node)

    def v_Await(self, node):
        cur = self.cur
        cur.top_await = True
        if cur.kind == 'comprehension':
            cur.is_coroutine = True
        if cur.kind in ('annotation', 'type_params'):
            raise self.error('await expression cannot be used within %s' % cur.info, node)
        self.visit(node.value)

    def v_NamedExpr(self, node):
        target = node.target.id
        scope = self.cur
        if scope.kind in ('annotation', 'type_params'):
            raise self.error('named expression cannot be used within %s' % scope.info, node)
        if scope.kind == 'comprehension':
            if scope.symbols.get(target, 0) & DEF_COMP_ITER:
                raise self.error("assignment expression cannot rebind comprehension iteration "
                                 "variable '%s'" % target, node.target)
            while scope.kind == 'comprehension':
                if scope.symbols.get(target, 0) & DEF_COMP_ITER:
                    raise self.error("assignment expression cannot rebind comprehension "
                                     "iteration variable '%s'" % target, node.target)
                scope = scope.parent
            if scope.kind == 'class':
                raise self.error('assignment expression within a comprehension cannot be '
                                 'used in a class body', node.target)
            self.visit(node.value)
            saved = self.cur
            self.cur = scope
            if scope.kind == 'function' or scope.kind == 'lambda':
                scope.add(target, DEF_LOCAL, node)
            elif scope.kind == 'module':
                scope.add(target, DEF_LOCAL | DEF_GLOBAL if False else DEF_LOCAL, node)
            else:
                scope.add(target, DEF_LOCAL, node)
            self.cur = saved
            # the comprehension itself sees the name as its parent's
            c = self.cur
            while c is not scope:
                c.add(target, USE | DEF_NONLOCAL if scope.kind != 'module' else USE, node)
                c.walrus = getattr(c, 'walrus', set()) | {target}
                c = c.parent
            return
        self.visit(node.value)
        self.visit(node.target)

    def v_ListComp(self, node):
        self.comprehension(node, [node.elt], 'listcomp')

    def v_SetComp(self, node):
        self.comprehension(node, [node.elt], 'setcomp')

    def v_DictComp(self, node):
        self.comprehension(node, [node.key, node.value], 'dictcomp')

    def v_GeneratorExp(self, node):
        self.comprehension(node, [node.elt], 'genexpr')

    def comprehension(self, node, elts, name):
        gens = node.generators
        # the first iterable is evaluated in the enclosing scope
        self.visit(gens[0].iter)
        scope = self.enter('<%s>' % name, 'comprehension', node)
        scope.params.append('.0')
        scope.add('.0', DEF_PARAM)
        if name == 'genexpr':
            scope.is_generator = True
        elif self.cur.parent.kind not in ('annotation', 'type_params'):
            scope.inlined = True
        if any(g.is_async for g in gens):
            scope.is_coroutine = True
        for k, gen in enumerate(gens):
            scope.comp_iter_target = True
            self.visit(gen.target)
            scope.comp_iter_target = False
            if k:
                self.visit(gen.iter)
            self.visit_list(gen.ifs)
        self.visit_list(elts)
        self.leave()
        if scope.inlined and self.cur.kind != 'class':
            # its free uses are its parent's (the comprehension runs there)
            for name, flags in scope.symbols.items():
                if not flags & DEF_BOUND:
                    self.cur.add(name, USE)

    def v_alias(self, node):
        pass

    def v_ExceptHandler(self, node):
        self.visit(node.type)
        if node.name:
            self.define(node.name, DEF_LOCAL, node)
        self.visit_list(node.body)

    def v_MatchAs(self, node):
        self.visit(node.pattern)
        if node.name:
            self.define(node.name, DEF_LOCAL, node)

    def v_MatchStar(self, node):
        if node.name:
            self.define(node.name, DEF_LOCAL, node)

    def v_MatchMapping(self, node):
        self.visit_list(node.keys)
        self.visit_list(node.patterns)
        if node.rest:
            self.define(node.rest, DEF_LOCAL, node)

    # -- analysis --------------------------------------------------------

    def analyze(self, scope, bound, global_names, class_parent=False):
        """Resolves scope's names; returns the set of names it needs free."""
        local = set()
        if scope.inlined:
            pass
        for name, flags in scope.symbols.items():
            if flags & DEF_GLOBAL:
                scope.scopes[name] = GLOBAL_EXPLICIT
            elif flags & DEF_NONLOCAL:
                if name not in bound:
                    raise self.error("no binding for nonlocal '%s' found" % name,
                                     scope.where.get(name, scope.node))
                scope.scopes[name] = FREE
            elif flags & DEF_BOUND:
                scope.scopes[name] = LOCAL
                local.add(name)
            elif name in bound and (scope.kind != 'class' or True):
                scope.scopes[name] = FREE
            elif name in global_names:
                scope.scopes[name] = GLOBAL_EXPLICIT
            else:
                scope.scopes[name] = GLOBAL_IMPLICIT
        new_bound = set(bound)
        new_global = set(global_names)
        if scope.kind != 'class':
            if scope.kind != 'module':
                new_bound |= local
            new_global -= local
        for name, flags in scope.symbols.items():
            if flags & DEF_GLOBAL:
                new_global.add(name)
                new_bound.discard(name)
        if scope.kind == 'class':
            new_bound.add('__class__')
            new_bound.add('__classdict__')
        if scope.kind == 'module':
            new_bound = set()
        child_free = set()
        for child in scope.children:
            free = self.analyze(child, new_bound, new_global)
            if child.inlined and scope.kind != 'class':
                # its own uses are this scope's; its children's needs pass on
                free = set(child.deep_free)
                for name, sc in child.scopes.items():
                    if sc == CELL and name not in scope.scopes:
                        scope.inlined_cells = getattr(scope, 'inlined_cells', set()) | {name}
            child_free |= free
        own_free = {n for n, s in scope.scopes.items() if s == FREE}
        passed = set()
        for name in child_free:
            sc = scope.scopes.get(name)
            if scope.kind == 'class' and name == '__class__':
                scope.needs_class_closure = True
                continue
            if scope.kind == 'class' and name == '__classdict__':
                scope.needs_classdict = True
                continue
            if sc == LOCAL and scope.kind != 'class':
                scope.scopes[name] = CELL
            elif sc in (GLOBAL_EXPLICIT, GLOBAL_IMPLICIT) and scope.kind != 'class':
                pass
            elif sc == LOCAL and scope.kind == 'class':
                # a class's own name of the same spelling: both kinds of access
                scope.free_class = getattr(scope, 'free_class', set()) | {name}
                passed.add(name)
            elif sc is None or sc == FREE or (scope.kind == 'class'):
                if sc is None:
                    scope.scopes[name] = FREE
                    scope.implicit_free = getattr(scope, 'implicit_free', set()) | {name}
                passed.add(name)
        scope.deep_free = passed - {n for n, s in scope.scopes.items() if s == CELL}
        if scope.kind == 'module':
            return set()
        scope.free = own_free | passed
        return scope.free


def comp_description(node):
    return {'ListComp': 'list comprehension', 'SetComp': 'set comprehension',
            'DictComp': 'dict comprehension',
            'GeneratorExp': 'generator expression'}[type(node).__name__]


def build(tree, filename):
    """The SymbolTable of a Module, Expression or Interactive tree."""
    table = SymbolTable(filename)
    top = table.enter('top', 'module', tree)
    table.top = top
    table.visit(tree)
    table.analyze(top, set(), set())
    return table
