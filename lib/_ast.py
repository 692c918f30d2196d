"""The node classes of Python's abstract syntax trees.

Every class is made from one row of the table below, which states the
grammar's node types in ASDL notation: `expr? x` is an optional field,
`expr* x` a list, `identifier`, `string`, `constant` and `int` the leaf
types.  The classes answer to the module name `ast`, as CPython's do.
"""
PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192
PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST

_LOCATION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
_LEAF_TYPES = {'identifier': str, 'string': str, 'constant': object, 'int': int}


_ABSENT = object()
_UNION = type(int | None)
_ALIAS = type(list[int])


def _warn(message):
    import warnings
    # stacklevel 3: the frame that called the class, past __init__.
    warnings.warn(message, DeprecationWarning, stacklevel=3)


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (cls.__name__, len(fields), '' if len(fields) == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError('%s got multiple values for argument %r' % (cls.__name__, name))
            if name not in fields and name not in cls._attributes:
                owner = 'ast.AST' if cls is AST else cls.__name__
                _warn('%s.__init__ got an unexpected keyword argument %r. Support for '
                      'arbitrary keyword arguments is deprecated and will be removed '
                      'in Python 3.15.' % (owner, name))
            setattr(self, name, value)
        # Fields left out, visited in the order of a set of their names as
        # CPython visits them (the order its warnings come in): lists start
        # empty, a context is Load(), optional ones keep the class's None.
        remaining = set(fields)
        for name in fields[:len(args)]:
            remaining.discard(name)
        for name in kwargs:
            remaining.discard(name)
        if not remaining:
            return
        types = getattr(cls, '_field_types', None)
        if types is None:
            return
        for name in remaining:
            kind = types.get(name, _ABSENT)
            if kind is _ABSENT:
                _warn("Field %r is missing from %s._field_types. This will "
                      "become an error in Python 3.15." % (name, cls.__name__))
            elif type(kind) is _UNION:
                pass
            elif type(kind) is _ALIAS:
                setattr(self, name, [])
            elif kind is expr_context:
                setattr(self, name, Load())
            else:
                _warn('%s.__init__ missing 1 required positional argument: %r. This '
                      'will become an error in Python 3.15.' % (cls.__name__, name))

    def __repr__(self):
        return _node_repr(self, 3)

    def __reduce__(self):
        return type(self), (), self.__dict__ or None

    def __replace__(self, **changes):
        cls = type(self)
        known = cls._fields + cls._attributes
        for name in changes:
            if name not in known:
                raise TypeError('%s.__replace__ got an unexpected keyword argument %r.'
                                % (cls.__name__, name))
        values = {}
        for name in known:
            if name in changes:
                values[name] = changes[name]
            elif name in self.__dict__:
                values[name] = self.__dict__[name]
        return cls(**values)


AST.__module__ = 'ast'

# Nodes whose repr is being written (a node inside itself shows as `X(...)`).
_REPR_ACTIVE = set()


def _class_name(node):
    cls = type(node)
    return 'ast.AST' if cls is AST else cls.__name__


def _value_repr(value, depth):
    if isinstance(value, AST):
        return _node_repr(value, depth - 1)
    return repr(value)


def _sequence_repr(seq, depth):
    """A list or tuple field: its first and last items only (nodes one level
    shallower), with `...` between them when there are more."""
    if not seq:
        return repr(seq)
    shown = [_value_repr(seq[0], depth)]
    if len(seq) > 2:
        shown.append('...')
    if len(seq) > 1:
        shown.append(_value_repr(seq[-1], depth))
    text = ', '.join(shown)
    return '[%s]' % text if isinstance(seq, list) else '(%s)' % text


def _node_repr(node, depth):
    """CPython's repr of a node: fields three levels deep, deeper nodes
    as `Name(...)`."""
    name = _class_name(node)
    if depth <= 0 or id(node) in _REPR_ACTIVE:
        return name + '(...)'
    _REPR_ACTIVE.add(id(node))
    try:
        parts = []
        for field in getattr(type(node), '_fields', ()):
            value = getattr(node, field)
            if isinstance(value, (list, tuple)):
                text = _sequence_repr(value, depth)
            else:
                text = _value_repr(value, depth)
            parts.append('%s=%s' % (field, text))
        return '%s(%s)' % (name, ', '.join(parts))
    finally:
        _REPR_ACTIVE.discard(id(node))


def _parse_fields(text):
    """[(name, kind)] from an ASDL field list: kind is the type with its
    `?`, `*` or `?*` mark."""
    out = []
    for item in text.split(', ') if text else ():
        kind, name = item.split(' ')
        out.append((name, kind))
    return out


def _field_type(kind, classes):
    base = kind.rstrip('?*')
    t = _LEAF_TYPES.get(base) or classes[base]
    if kind.endswith('*'):
        return list[t]
    if kind.endswith('?'):
        return t | None
    return t


def _doc(name, row_fields):
    return '%s(%s)' % (name, row_fields) if row_fields else name


def _make_classes(rows, namespace):
    classes = {'AST': AST}
    children = {}
    for name, base, fields, located in rows:
        body = {'__module__': 'ast'}
        if fields is not None:
            pairs = _parse_fields(fields)
            names = tuple(n for n, _ in pairs)
            body['_fields'] = names
            body['__match_args__'] = names
            body['__doc__'] = _doc(name, fields)
            for n, kind in pairs:
                if kind.endswith('?'):
                    body[n] = None
        else:
            body['_fields'] = ()
            body['__match_args__'] = ()
        if located:
            body['_attributes'] = _LOCATION
        if located == 1:
            body['end_lineno'] = None
            body['end_col_offset'] = None
        cls = type(name, (classes[base],), body)
        classes[name] = cls
        children.setdefault(base, []).append((name, fields))
    for name, base, fields, located in rows:
        cls = classes[name]
        if fields is not None:
            cls._field_types = {n: _field_type(k, classes) for n, k in _parse_fields(fields)}
        else:
            kids = children.get(name, ())
            if all(not f for _, f in kids):
                cls.__doc__ = '%s = %s' % (name, ' | '.join(n for n, _ in kids))
            else:
                sep = '\n' + ' ' * len(name) + ' | '
                cls.__doc__ = '%s = %s' % (name, sep.join(_doc(n, f) for n, f in kids))
    del classes['AST']
    namespace.update(classes)


# BEGIN table generated by tools/gen_ast.py: do not edit
_NODE_ROWS = (
    ('mod', 'AST', None, 0),
    ('Module', 'mod', 'stmt* body, type_ignore* type_ignores', 0),
    ('Interactive', 'mod', 'stmt* body', 0),
    ('Expression', 'mod', 'expr body', 0),
    ('FunctionType', 'mod', 'expr* argtypes, expr returns', 0),
    ('stmt', 'AST', None, 1),
    ('FunctionDef', 'stmt', 'identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params', 0),
    ('AsyncFunctionDef', 'stmt', 'identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params', 0),
    ('ClassDef', 'stmt', 'identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, type_param* type_params', 0),
    ('Return', 'stmt', 'expr? value', 0),
    ('Delete', 'stmt', 'expr* targets', 0),
    ('Assign', 'stmt', 'expr* targets, expr value, string? type_comment', 0),
    ('TypeAlias', 'stmt', 'expr name, type_param* type_params, expr value', 0),
    ('AugAssign', 'stmt', 'expr target, operator op, expr value', 0),
    ('AnnAssign', 'stmt', 'expr target, expr annotation, expr? value, int simple', 0),
    ('For', 'stmt', 'expr target, expr iter, stmt* body, stmt* orelse, string? type_comment', 0),
    ('AsyncFor', 'stmt', 'expr target, expr iter, stmt* body, stmt* orelse, string? type_comment', 0),
    ('While', 'stmt', 'expr test, stmt* body, stmt* orelse', 0),
    ('If', 'stmt', 'expr test, stmt* body, stmt* orelse', 0),
    ('With', 'stmt', 'withitem* items, stmt* body, string? type_comment', 0),
    ('AsyncWith', 'stmt', 'withitem* items, stmt* body, string? type_comment', 0),
    ('Match', 'stmt', 'expr subject, match_case* cases', 0),
    ('Raise', 'stmt', 'expr? exc, expr? cause', 0),
    ('Try', 'stmt', 'stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody', 0),
    ('TryStar', 'stmt', 'stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody', 0),
    ('Assert', 'stmt', 'expr test, expr? msg', 0),
    ('Import', 'stmt', 'alias* names', 0),
    ('ImportFrom', 'stmt', 'identifier? module, alias* names, int? level', 0),
    ('Global', 'stmt', 'identifier* names', 0),
    ('Nonlocal', 'stmt', 'identifier* names', 0),
    ('Expr', 'stmt', 'expr value', 0),
    ('Pass', 'stmt', '', 0),
    ('Break', 'stmt', '', 0),
    ('Continue', 'stmt', '', 0),
    ('expr', 'AST', None, 1),
    ('BoolOp', 'expr', 'boolop op, expr* values', 0),
    ('NamedExpr', 'expr', 'expr target, expr value', 0),
    ('BinOp', 'expr', 'expr left, operator op, expr right', 0),
    ('UnaryOp', 'expr', 'unaryop op, expr operand', 0),
    ('Lambda', 'expr', 'arguments args, expr body', 0),
    ('IfExp', 'expr', 'expr test, expr body, expr orelse', 0),
    ('Dict', 'expr', 'expr?* keys, expr* values', 0),
    ('Set', 'expr', 'expr* elts', 0),
    ('ListComp', 'expr', 'expr elt, comprehension* generators', 0),
    ('SetComp', 'expr', 'expr elt, comprehension* generators', 0),
    ('DictComp', 'expr', 'expr key, expr value, comprehension* generators', 0),
    ('GeneratorExp', 'expr', 'expr elt, comprehension* generators', 0),
    ('Await', 'expr', 'expr value', 0),
    ('Yield', 'expr', 'expr? value', 0),
    ('YieldFrom', 'expr', 'expr value', 0),
    ('Compare', 'expr', 'expr left, cmpop* ops, expr* comparators', 0),
    ('Call', 'expr', 'expr func, expr* args, keyword* keywords', 0),
    ('FormattedValue', 'expr', 'expr value, int conversion, expr? format_spec', 0),
    ('Interpolation', 'expr', 'expr value, constant str, int conversion, expr? format_spec', 0),
    ('JoinedStr', 'expr', 'expr* values', 0),
    ('TemplateStr', 'expr', 'expr* values', 0),
    ('Constant', 'expr', 'constant value, string? kind', 0),
    ('Attribute', 'expr', 'expr value, identifier attr, expr_context ctx', 0),
    ('Subscript', 'expr', 'expr value, expr slice, expr_context ctx', 0),
    ('Starred', 'expr', 'expr value, expr_context ctx', 0),
    ('Name', 'expr', 'identifier id, expr_context ctx', 0),
    ('List', 'expr', 'expr* elts, expr_context ctx', 0),
    ('Tuple', 'expr', 'expr* elts, expr_context ctx', 0),
    ('Slice', 'expr', 'expr? lower, expr? upper, expr? step', 0),
    ('expr_context', 'AST', None, 0),
    ('Load', 'expr_context', '', 0),
    ('Store', 'expr_context', '', 0),
    ('Del', 'expr_context', '', 0),
    ('boolop', 'AST', None, 0),
    ('And', 'boolop', '', 0),
    ('Or', 'boolop', '', 0),
    ('operator', 'AST', None, 0),
    ('Add', 'operator', '', 0),
    ('Sub', 'operator', '', 0),
    ('Mult', 'operator', '', 0),
    ('MatMult', 'operator', '', 0),
    ('Div', 'operator', '', 0),
    ('Mod', 'operator', '', 0),
    ('Pow', 'operator', '', 0),
    ('LShift', 'operator', '', 0),
    ('RShift', 'operator', '', 0),
    ('BitOr', 'operator', '', 0),
    ('BitXor', 'operator', '', 0),
    ('BitAnd', 'operator', '', 0),
    ('FloorDiv', 'operator', '', 0),
    ('unaryop', 'AST', None, 0),
    ('Invert', 'unaryop', '', 0),
    ('Not', 'unaryop', '', 0),
    ('UAdd', 'unaryop', '', 0),
    ('USub', 'unaryop', '', 0),
    ('cmpop', 'AST', None, 0),
    ('Eq', 'cmpop', '', 0),
    ('NotEq', 'cmpop', '', 0),
    ('Lt', 'cmpop', '', 0),
    ('LtE', 'cmpop', '', 0),
    ('Gt', 'cmpop', '', 0),
    ('GtE', 'cmpop', '', 0),
    ('Is', 'cmpop', '', 0),
    ('IsNot', 'cmpop', '', 0),
    ('In', 'cmpop', '', 0),
    ('NotIn', 'cmpop', '', 0),
    ('comprehension', 'AST', 'expr target, expr iter, expr* ifs, int is_async', 0),
    ('excepthandler', 'AST', None, 1),
    ('ExceptHandler', 'excepthandler', 'expr? type, identifier? name, stmt* body', 0),
    ('arguments', 'AST', 'arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr?* kw_defaults, arg? kwarg, expr* defaults', 0),
    ('arg', 'AST', 'identifier arg, expr? annotation, string? type_comment', 1),
    ('keyword', 'AST', 'identifier? arg, expr value', 1),
    ('alias', 'AST', 'identifier name, identifier? asname', 1),
    ('withitem', 'AST', 'expr context_expr, expr? optional_vars', 0),
    ('match_case', 'AST', 'pattern pattern, expr? guard, stmt* body', 0),
    ('pattern', 'AST', None, 2),
    ('MatchValue', 'pattern', 'expr value', 0),
    ('MatchSingleton', 'pattern', 'constant value', 0),
    ('MatchSequence', 'pattern', 'pattern* patterns', 0),
    ('MatchMapping', 'pattern', 'expr* keys, pattern* patterns, identifier? rest', 0),
    ('MatchClass', 'pattern', 'expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns', 0),
    ('MatchStar', 'pattern', 'identifier? name', 0),
    ('MatchAs', 'pattern', 'pattern? pattern, identifier? name', 0),
    ('MatchOr', 'pattern', 'pattern* patterns', 0),
    ('type_ignore', 'AST', None, 0),
    ('TypeIgnore', 'type_ignore', 'int lineno, string tag', 0),
    ('type_param', 'AST', None, 2),
    ('TypeVar', 'type_param', 'identifier name, expr? bound, expr? default_value', 0),
    ('ParamSpec', 'type_param', 'identifier name, expr? default_value', 0),
    ('TypeVarTuple', 'type_param', 'identifier name, expr? default_value', 0),
)
# END table generated by tools/gen_ast.py

_make_classes(_NODE_ROWS, globals())
del _NODE_ROWS
