"""Checks of an abstract syntax tree handed to compile() (not made by our
parser): the node expected for the mode, required fields and locations,
expression contexts, constants and the shapes codegen relies on, with
CPython's TypeErrors and ValueErrors."""
import _ast

MODES = {'exec': 'Module', 'eval': 'Expression', 'single': 'Interactive',
         'func_type': 'FunctionType'}
# the abstract class named in 'required field "lineno" missing from ...'
LOCATED = ('stmt', 'expr', 'excepthandler', 'arg', 'keyword', 'alias', 'pattern',
           'type_param')
CONSTANT_TYPES = (type(None), type(Ellipsis), bool, int, float, complex, str, bytes)
# statements whose list fields may not be empty
NONEMPTY = {'FunctionDef': ('body',), 'AsyncFunctionDef': ('body',), 'ClassDef': ('body',),
            'For': ('body',), 'AsyncFor': ('body',), 'While': ('body',), 'If': ('body',),
            'With': ('body', 'items'), 'AsyncWith': ('body', 'items'),
            'Try': ('body',), 'TryStar': ('body',), 'ExceptHandler': ('body',),
            'Delete': ('targets',), 'Assign': ('targets',), 'Global': ('names',),
            'Nonlocal': ('names',), 'ImportFrom': ('names',), 'Import': ('names',),
            'BoolOp': (), 'match_case': ('body',), 'Match': ('cases',)}
STORE_CONTEXTS = {'Name', 'Attribute', 'Subscript', 'Starred', 'List', 'Tuple'}


def kind(node):
    return type(node).__name__


def abstract_name(node):
    for klass in type(node).__mro__:
        if klass.__name__ in LOCATED:
            return klass.__name__
    return None


def _kind_of_type(t):
    """The ASDL kind of a field from its _field_types entry: 'expr*' for
    list[expr], 'expr?' for expr | None, 'constant' for object."""
    if getattr(t, '__origin__', None) is list:
        return _kind_of_type(t.__args__[0]).rstrip('?') + '*'
    args = getattr(t, '__args__', None)
    if args is not None and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return (_kind_of_type(rest[0]) if rest else 'constant') + '?'
    if t is object:
        return 'constant'
    return getattr(t, '__name__', 'constant')


def field_kinds(node):
    types = getattr(type(node), '_field_types', None)
    if types is None:
        return None
    return {name: _kind_of_type(t) for name, t in types.items()}


def check_mode(tree, mode):
    want = MODES[mode]
    if kind(tree) != want:
        raise TypeError('expected %s node, got %s' % (want, kind(tree)))


class Validator:
    def node(self, node, ctx='Load'):
        if node is None:
            return
        if isinstance(node, list):
            for item in node:
                self.node(item)
            return
        if not isinstance(node, _ast.AST):
            return
        self.required(node)
        meth = getattr(self, 'v_' + kind(node), None)
        if meth is not None:
            meth(node, ctx)
        else:
            self.children(node)

    def required(self, node):
        kinds = field_kinds(node) or {}
        for field in node._fields:
            k = kinds.get(field, '')
            if k.endswith('?') or k.endswith('*'):
                continue
            if not hasattr(node, field) or (getattr(node, field) is None and
                                             k not in ('constant',)):
                if k == 'expr_context':
                    continue
                raise TypeError('required field "%s" missing from %s' % (field, kind(node)))
        base = abstract_name(node)
        if base is not None:
            for attr in ('lineno', 'col_offset'):
                if getattr(node, attr, None) is None:
                    raise TypeError('required field "%s" missing from %s' % (attr, base))
            end = getattr(node, 'end_lineno', None)
            if end is not None and base != 'type_param':
                if end < node.lineno:
                    raise ValueError('AST node line range (%d, %d) is not valid'
                                     % (node.lineno, end))
                if node.lineno < 0 and end != node.lineno or \
                        node.col_offset < 0 and getattr(node, 'end_col_offset', 0) != \
                        node.col_offset:
                    pass
                if end == node.lineno and getattr(node, 'end_col_offset', None) is not None \
                        and node.end_col_offset < node.col_offset and node.lineno >= 0:
                    raise ValueError('AST node column range (%d, %d) for line range '
                                     '(%d, %d) is not valid'
                                     % (node.col_offset, node.end_col_offset,
                                        node.lineno, end))
        for field, k in kinds.items():
            if k.endswith('*') and field not in NONEMPTY.get(kind(node), ()):
                continue
            if k.endswith('*') and not getattr(node, field, None):
                raise ValueError('empty %s on %s' % (field, kind(node)))

    def children(self, node):
        for field in node._fields:
            self.node(getattr(node, field, None))

    def context(self, node, ctx):
        actual = kind(getattr(node, 'ctx', None) or _ast.Load())
        if actual != ctx:
            raise ValueError('expression must have %s context but has %s instead'
                             % (ctx, actual))

    def v_Name(self, node, ctx):
        if node.id in ('None', 'True', 'False'):
            raise ValueError("identifier field can't represent '%s' constant" % node.id)
        self.context(node, ctx)

    def v_Attribute(self, node, ctx):
        self.context(node, ctx)
        self.node(node.value)

    def v_Subscript(self, node, ctx):
        self.context(node, ctx)
        self.node(node.value)
        self.node(node.slice)

    def v_Starred(self, node, ctx):
        self.context(node, ctx)
        self.node(node.value, ctx)

    def v_List(self, node, ctx):
        self.context(node, ctx)
        for e in node.elts:
            self.node(e, ctx)

    v_Tuple = v_List

    def v_Constant(self, node, ctx):
        check_constant(node.value)

    def v_Assign(self, node, ctx):
        for t in node.targets:
            self.node(t, 'Store')
        self.node(node.value)

    def v_AugAssign(self, node, ctx):
        self.node(node.target, 'Store')
        self.node(node.value)

    def v_AnnAssign(self, node, ctx):
        self.node(node.target, 'Store')
        self.node(node.annotation)
        self.node(node.value)

    def v_Delete(self, node, ctx):
        for t in node.targets:
            self.node(t, 'Del')

    def v_For(self, node, ctx):
        self.node(node.target, 'Store')
        self.node(node.iter)
        self.node(node.body)
        self.node(node.orelse)

    v_AsyncFor = v_For

    def v_comprehension(self, node, ctx):
        self.node(node.target, 'Store')
        self.node(node.iter)
        self.node(node.ifs)

    def v_withitem(self, node, ctx):
        self.node(node.context_expr)
        self.node(node.optional_vars, 'Store')

    def v_NamedExpr(self, node, ctx):
        if kind(node.target) != 'Name':
            raise TypeError('NamedExpr target must be a Name')
        self.node(node.target, 'Store')
        self.node(node.value)

    def v_Dict(self, node, ctx):
        if len(node.keys) != len(node.values):
            raise ValueError("Dict doesn't have the same number of keys as values")
        for k in node.keys:
            self.node(k)
        self.node(node.values)

    def v_Compare(self, node, ctx):
        if not node.comparators:
            raise ValueError('Compare with no comparators')
        if len(node.comparators) != len(node.ops):
            raise ValueError('Compare has a different number of comparators and operands')
        self.node(node.left)
        self.node(node.comparators)

    def v_BoolOp(self, node, ctx):
        if len(node.values) < 2:
            raise ValueError('BoolOp with less than 2 values')
        self.node(node.values)


def check_constant(value):
    if type(value) in CONSTANT_TYPES:
        return
    if type(value) in (tuple, frozenset):
        for v in value:
            check_constant(v)
        return
    raise TypeError('got an invalid type in Constant: %s' % type(value).__name__)


def validate(tree, mode):
    check_mode(tree, mode)
    Validator().node(tree)
