"""The symbol tables the symtable module shows, as CPython's _symtable makes
them, derived from the scopes of cipy's compiler (_compiler.symtable).

symtable(code, filename, compile_type) returns the module's Entry: its
type, name, line, nesting, symbols (name -> flags, with the scope in the
bits from SCOPE_OFF on, in the order the names first appear) and children.

The compiler's scopes are what code generation needs; the tables differ in
a few ways, settled here: every def has an annotation scope (empty when it
has no annotations), list, set and dict comprehensions are folded into the
scope they run in (PEP 709), flags have CPython's values, and type
parameters, free names of classes and comprehension cells are marked.
"""
import _symtable_async
from _compiler import symtable as _cs

DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, DEF_NONLOCAL, USE = 1, 2, 4, 8, 16
DEF_FREE_CLASS, DEF_IMPORT, DEF_ANNOT, DEF_COMP_ITER = 64, 128, 256, 512
DEF_TYPE_PARAM, DEF_COMP_CELL = 1024, 2048
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT
SCOPE_OFF, SCOPE_MASK = 12, 15
LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = 1, 2, 3, 4, 5

TYPE_FUNCTION, TYPE_CLASS, TYPE_MODULE, TYPE_ANNOTATION = 0, 1, 2, 3
TYPE_TYPE_ALIAS, TYPE_TYPE_PARAMETERS, TYPE_TYPE_VARIABLE = 4, 5, 6

# the compiler's flag bits and the ones they stand for here
_FLAG_MAP = ((_cs.DEF_GLOBAL, DEF_GLOBAL), (_cs.DEF_LOCAL, DEF_LOCAL), (_cs.DEF_PARAM, DEF_PARAM),
             (_cs.DEF_NONLOCAL, DEF_NONLOCAL), (_cs.USE, USE), (_cs.DEF_IMPORT, DEF_IMPORT),
             (_cs.DEF_ANNOT, DEF_ANNOT | DEF_LOCAL), (_cs.DEF_COMP_ITER, DEF_COMP_ITER))

_NESTED_SCOPES = ('FunctionDef', 'AsyncFunctionDef', 'Lambda', 'ClassDef', 'GeneratorExp',
                  'ListComp', 'SetComp', 'DictComp')


class Entry:
    """One table: a scope of the program."""

    def __init__(self, type, name, lineno, nested):
        self.type = type
        self.name = name
        self.lineno = lineno
        self.nested = nested
        self.symbols = {}
        self.children = []

    @property
    def id(self):
        return id(self)

    def __repr__(self):
        return '<symtable entry %s(%d), line %d>' % (self.name, self.id, self.lineno)


def _flags(scope, name):
    """The flags of name in the compiler's scope, CPython's way, with its scope."""
    raw = scope.symbols[name]
    flags = 0
    for theirs, ours in _FLAG_MAP:
        if raw & theirs:
            flags |= ours
    where = scope.scopes.get(name, GLOBAL_IMPLICIT)
    if raw & _cs.DEF_ANNOT and where == GLOBAL_IMPLICIT:
        where = LOCAL  # an annotation alone binds the name
    if name in getattr(scope, 'free_class', ()):
        flags |= DEF_FREE_CLASS
    if name in getattr(scope, 'type_param_names', ()):
        flags |= DEF_TYPE_PARAM
    return flags | where << SCOPE_OFF


def _lineno(node):
    return getattr(node, 'lineno', 0)


def _free_in_methods(e):
    """A class's name that a scope in it has free (it passes through the
    class body to them) is marked so."""
    for name, flags in e.symbols.items():
        if flags & ~(SCOPE_MASK << SCOPE_OFF) and \
                any(c.symbols.get(name, 0) >> SCOPE_OFF == FREE for c in e.children):
            e.symbols[name] |= DEF_FREE_CLASS


def _own_loads(node):
    """The names the code of a scope's node reads itself (not in the scopes
    inside it, but in the first iterable of their comprehensions)."""
    found = set()
    body = node.body if isinstance(getattr(node, 'body', None), list) else [getattr(node, 'body', None)]
    todo = [n for n in body if n is not None]
    while todo:
        n = todo.pop()
        kind = type(n).__name__
        if kind == 'Name':
            if type(n.ctx).__name__ == 'Load':
                found.add(n.id)
            continue
        if kind in _NESTED_SCOPES:
            # what runs where the statement or expression is
            if kind in ('GeneratorExp', 'ListComp', 'SetComp', 'DictComp'):
                todo.append(n.generators[0].iter)
            else:
                todo.extend(getattr(n, 'decorator_list', []) + getattr(n, 'bases', []))
                todo.extend(kw.value for kw in getattr(n, 'keywords', []))
                args = getattr(n, 'args', None)
                if args is not None and not isinstance(args, list):
                    todo.extend(args.defaults + [d for d in args.kw_defaults if d is not None])
            continue
        for field in n._fields:
            value = getattr(n, field, None)
            todo.extend(v for v in (value if isinstance(value, list) else [value]) if hasattr(v, '_fields'))
    return found


def _position(node):
    return (getattr(node, 'lineno', 0), getattr(node, 'col_offset', 0))


def _own_use_order(scope, e):
    """A name a comprehension run in place uses and its scope uses later
    again takes the place of the later use (the compiler's scope has it at
    the comprehension's)."""
    late = []
    for comp in scope.children:
        if not (comp.inlined and comp.kind == 'comprehension'):
            continue
        for name, flags in comp.symbols.items():
            node = scope.where.get(name)
            if not flags & _cs.DEF_BOUND and node is not None and name in e.symbols and \
                    _position(node) > _position(comp.node) and name not in late:
                late.append(name)
    for name in late:
        flags = e.symbols.pop(name)
        items = list(e.symbols.items())
        mine = _position(scope.where[name])
        at = len(items)
        for k, (other, _) in enumerate(items):
            node = scope.where.get(other)
            # before a later name of the scope's own, or the comprehensions' names
            if other not in scope.symbols or node is not None and _position(node) > mine:
                at = k
                break
        items.insert(at, (name, flags))
        e.symbols = dict(items)


def _loads(node, name):
    """Whether the tree node reads the variable name."""
    todo = [node]
    while todo:
        node = todo.pop()
        if type(node).__name__ == 'Name' and node.id == name and type(node.ctx).__name__ == 'Load':
            return True
        for field in getattr(node, '_fields', ()):
            value = getattr(node, field, None)
            items = value if isinstance(value, list) else [value]
            todo.extend(v for v in items if hasattr(v, '_fields'))
    return False


def _names_in_order(node, out):
    """Appends the names node uses to out, in source order, each once."""
    if type(node).__name__ == 'Name':
        if node.id not in out:
            out.append(node.id)
        return
    for field in getattr(node, '_fields', ()):
        value = getattr(node, field, None)
        for v in value if isinstance(value, list) else [value]:
            if hasattr(v, '_fields'):
                _names_in_order(v, out)


def _first_annotation(body):
    """The first annotated assignment among statements (not in nested scopes)."""
    todo = list(reversed(body))
    while todo:
        node = todo.pop()
        kind = type(node).__name__
        if kind == 'AnnAssign':
            return node
        if kind in _NESTED_SCOPES:
            continue
        for field in getattr(node, '_fields', ()):
            value = getattr(node, field, None)
            items = value if isinstance(value, list) else [value]
            todo.extend(v for v in reversed(items) if hasattr(v, '_fields'))
    return None


class _Builder:
    def __init__(self, table):
        self.table = table
        self.folded = {}  # id(entry) -> the names comprehensions folded into it placed
        self.loads = {}   # id(compiler scope) -> the names its own code reads
        self.kinds = {}  # id(compiler scope) -> entry type, for the keyed ones
        for key, scope in table.scopes.items():
            if isinstance(key, tuple):
                self.kinds[id(scope)] = {'annotate': TYPE_ANNOTATION, 'type_params': TYPE_TYPE_PARAMETERS,
                                         'alias': TYPE_TYPE_ALIAS}.get(key[0], TYPE_TYPE_VARIABLE)

    def entry(self, scope, nested):
        kind = self.entry_type(scope)
        e = Entry(kind, self.entry_name(scope, kind), self.entry_line(scope, kind), nested)
        for name in scope.symbols:
            if name == 'format' and scope.kind == 'annotation':
                continue
            e.symbols[name] = _flags(scope, name)
        for name in sorted(getattr(scope, 'implicit_free', ())):
            if name not in e.symbols:
                e.symbols[name] = FREE << SCOPE_OFF  # only passed through to inner scopes
        if scope.kind == 'comprehension':
            self.walrus_targets(scope, e)
        if kind == TYPE_ANNOTATION and type(scope.node).__name__ in ('FunctionDef', 'AsyncFunctionDef'):
            self.signature_order(scope.node, e)
        if '.format' in e.symbols or scope.kind == 'annotation':
            # the argument of lazily evaluated code comes first, and is used
            e.symbols = dict([('.format', DEF_PARAM | USE | LOCAL << SCOPE_OFF)] +
                             [(n, f) for n, f in e.symbols.items() if n != '.format'])
        if kind == TYPE_TYPE_PARAMETERS:
            self.type_params_symbols(scope, e)
        if kind == TYPE_CLASS and getattr(scope.node, 'type_params', None):
            e.symbols = dict([('__type_params__', DEF_LOCAL | LOCAL << SCOPE_OFF)] + list(e.symbols.items()))
        if kind == TYPE_MODULE or kind == TYPE_CLASS:
            self.conditional_annotations(scope, e)
        self.add_children(scope, e)
        _own_use_order(scope, e)
        if kind == TYPE_CLASS:
            _free_in_methods(e)
        if kind == TYPE_TYPE_PARAMETERS and '__classdict__' in e.symbols and \
                any('__classdict__' in c.symbols for c in e.children):
            e.symbols['__classdict__'] |= DEF_FREE_CLASS  # passed on to its scopes
        return e

    def signature_order(self, func, e):
        # a signature's annotations are visited positional ones first, then
        # *args, **kwargs, keyword-only ones and the return annotation
        args = func.args
        order = []
        for a in args.posonlyargs + args.args + [args.vararg, args.kwarg] + args.kwonlyargs:
            if a is not None and a.annotation is not None:
                _names_in_order(a.annotation, order)
        if func.returns is not None:
            _names_in_order(func.returns, order)
        rank = {name: k for k, name in enumerate(order)}
        items = list(e.symbols.items())
        fixed = [item for item in items if item[0] not in rank]
        moved = sorted((item for item in items if item[0] in rank), key=lambda item: rank[item[0]])
        e.symbols = dict(fixed + moved)

    def walrus_targets(self, comp, e):
        # a name bound by := in a comprehension is bound in the scope around
        # it: declared nonlocal (global at module level) in the comprehension
        outer = comp.parent
        while outer.kind == 'comprehension':
            outer = outer.parent
        declared = DEF_GLOBAL if outer.kind == 'module' else DEF_NONLOCAL
        for name in getattr(comp, 'walrus', ()):
            used = USE if _loads(comp.node, name) else 0
            e.symbols[name] = e.symbols[name] & ~(DEF_NONLOCAL | USE | SCOPE_MASK << SCOPE_OFF) | \
                declared | DEF_LOCAL | used | (GLOBAL_EXPLICIT if outer.kind == 'module' else FREE) << SCOPE_OFF

    def entry_type(self, scope):
        if scope.kind == 'module':
            return TYPE_MODULE
        if scope.kind == 'class':
            return TYPE_CLASS
        return self.kinds.get(id(scope), TYPE_FUNCTION)

    def entry_name(self, scope, kind):
        if scope.kind == 'lambda':
            return 'lambda'
        if scope.kind == 'comprehension':
            return scope.name.strip('<>')
        if kind == TYPE_TYPE_PARAMETERS:
            node = scope.node
            return node.name.id if type(node).__name__ == 'TypeAlias' else node.name
        return scope.name

    def entry_line(self, scope, kind):
        if kind == TYPE_MODULE:
            return 0
        if kind == TYPE_ANNOTATION and type(scope.node).__name__ in ('Module', 'ClassDef', 'Interactive'):
            first = _first_annotation(scope.node.body)
            return _lineno(first) if first is not None else _lineno(scope.node)
        return _lineno(scope.node)

    def type_params_symbols(self, scope, e):
        first = []
        if '__classdict__' in e.symbols:
            # (a generic in a class body) the class namespace is seen first
            first.append(('__classdict__', USE | FREE << SCOPE_OFF))
        node = type(scope.node).__name__
        if node in ('FunctionDef', 'AsyncFunctionDef'):
            # the generic function's defaults are always arguments of this scope
            first.append(('.defaults', DEF_PARAM | LOCAL << SCOPE_OFF))
            if any(d is not None for d in scope.node.args.kw_defaults):
                first.append(('.kwdefaults', DEF_PARAM | LOCAL << SCOPE_OFF))
        elif node == 'ClassDef':
            for name in ('.type_params', '.generic_base'):
                e.symbols[name] |= USE
        names = {n for n, f in first}
        e.symbols = dict(first + [(n, f) for n, f in e.symbols.items() if n not in names])

    def conditional_annotations(self, scope, e):
        # annotations at module level, or under a condition in a class, are
        # recorded as they run (__conditional_annotations__)
        body = getattr(scope.node, 'body', None)
        if not isinstance(body, list):
            return
        if e.type == TYPE_CLASS:
            # only those under a condition
            found = (_first_annotation([stmt]) for stmt in body if type(stmt).__name__ != 'AnnAssign')
            first = next((a for a in found if a is not None), None)
        else:
            first = _first_annotation(body)
        if first is None or type(first.target).__name__ != 'Name' or not first.simple:
            return
        items = list(e.symbols.items())
        at = [n for n, f in items].index(_cs.mangle(scope.name if e.type == TYPE_CLASS else None,
                                                     first.target.id)) + 1
        items.insert(at, ('__conditional_annotations__', USE | GLOBAL_IMPLICIT << SCOPE_OFF))
        e.symbols = dict(items)

    def add_children(self, scope, e):
        # a scope inside anything but a module or class is nested
        nested = e.nested or e.type not in (TYPE_MODULE, TYPE_CLASS)
        for child in scope.children:
            if child.inlined and child.kind == 'comprehension':
                self.fold(child, scope, e)
                continue
            if child.kind == 'function' and ('annotate', id(child.node)) not in self.table.scopes:
                e.children.append(self.empty_annotations(child, scope, nested))
            e.children.append(self.entry(child, nested))
            if child.kind == 'function':
                self.function_annotations(child, e.children[-1])

    def empty_annotations(self, func, parent, nested):
        a = Entry(TYPE_ANNOTATION, '__annotate__', _lineno(func.node), nested)
        a.symbols['.format'] = DEF_PARAM | USE | LOCAL << SCOPE_OFF
        if parent.kind == 'class' or getattr(parent, 'can_see_class', False):
            a.symbols['__classdict__'] = USE | FREE << SCOPE_OFF
        return a

    def function_annotations(self, func, e):
        # annotated names in a function body are not evaluated, but have a scope
        first = _first_annotation(func.node.body) if isinstance(func.node.body, list) else None
        if first is None:
            return
        a = Entry(TYPE_ANNOTATION, '__annotate__', _lineno(first), True)
        a.symbols['.format'] = DEF_PARAM | USE | LOCAL << SCOPE_OFF
        at = len(e.children)
        for k, c in enumerate(e.children):
            if c.lineno > a.lineno:
                at = k
                break
        e.children.insert(at, a)

    def fold(self, comp, scope, e):
        """A comprehension run in place: its names join the scope's, after
        the scope's own."""
        folded = self.folded.setdefault(id(e), set())
        for name in comp.symbols:
            if name in e.symbols and name not in scope.where and scope.symbols.get(name) == _cs.USE \
                    and name not in folded:
                # the compiler noted the comprehension's use in the scope as it went
                del e.symbols[name]
            folded.add(name)
        for name in comp.symbols:
            if name == '.0':
                continue
            if name in e.symbols and scope.symbols.get(name, 0) & _cs.USE and \
                    not comp.symbols[name] & _cs.DEF_BOUND and scope.kind in ('module', 'class'):
                # a global the comprehension alone reads is not the scope's use
                if name not in self.loads.setdefault(id(scope), _own_loads(scope.node)):
                    e.symbols[name] &= ~USE
            if name in e.symbols:
                if comp.scopes.get(name) == CELL and comp.symbols[name] & _cs.DEF_BOUND:
                    # the comprehension's own variable, in a cell for an inner scope
                    flags = e.symbols[name] & ~(SCOPE_MASK << SCOPE_OFF)
                    e.symbols[name] = flags | DEF_COMP_CELL | CELL << SCOPE_OFF
                continue
            flags = _flags(comp, name)
            if flags >> SCOPE_OFF == CELL:
                flags |= DEF_COMP_CELL
            e.symbols[name] = flags
        self.add_children(comp, e)


def _global_declarations(scope, found):
    """(name, line) of each global statement's names in scopes inside scope."""
    for child in scope.children:
        for name, flags in child.symbols.items():
            if flags & _cs.DEF_GLOBAL:
                found.append((name, _lineno(child.declared.get(name))))
        _global_declarations(child, found)
    return found


def _declare_globals(module, top):
    """A global statement anywhere makes its name a global of the module
    table too, in the place of the statement among the module's names."""
    lines = {name: _lineno(node) for name, node in module.where.items()}
    for name, node in module.where.items():
        if type(node).__name__ == 'NamedExpr' and name in top.symbols:
            # bound by := in a comprehension: a global declaration
            top.symbols[name] = top.symbols[name] & ~(DEF_LOCAL | SCOPE_MASK << SCOPE_OFF) | \
                DEF_GLOBAL | GLOBAL_EXPLICIT << SCOPE_OFF
    for name, line in sorted(_global_declarations(module, []), key=lambda item: item[1]):
        flags = top.symbols.get(name, 0) & ~(SCOPE_MASK << SCOPE_OFF) | DEF_GLOBAL | GLOBAL_EXPLICIT << SCOPE_OFF
        if name in top.symbols and lines.get(name, 0) <= line:
            # the module's own binding came first: the name keeps its place
            top.symbols[name] = flags
            continue
        top.symbols.pop(name, None)
        items = list(top.symbols.items())
        at = len(items)
        for k, (other, _) in enumerate(items):
            if lines.get(other, 0) > line:
                at = k
                break
        items.insert(at, (name, flags))
        lines[name] = line
        top.symbols = dict(items)


def symtable(code, filename, compile_type):
    """The table of the module code (str or bytes) compiled in mode compile_type."""
    if not isinstance(code, (str, bytes)):
        try:
            code = bytes(memoryview(code))
        except TypeError:
            raise TypeError('symtable() arg 1 must be a string or bytes object') from None
    if compile_type not in ('exec', 'eval', 'single'):
        raise ValueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'")
    import _ast
    tree = compile(code, filename, compile_type, _ast.PyCF_ONLY_AST)
    table = _cs.build(tree, filename)
    body = tree.body if isinstance(tree.body, list) else [tree.body]
    for stmt in body:
        _symtable_async.AsyncCheck(filename).visit(stmt, 'module')
    top = _Builder(table).entry(table.top, False)
    _declare_globals(table.top, top)
    return top
