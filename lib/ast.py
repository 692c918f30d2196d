"""
The `ast` module helps Python applications to process trees of the Python
abstract syntax grammar.  The abstract syntax itself might change with
each Python release; this module helps to find out programmatically what
the current grammar looks like and allows modifications of it.

Trees come from `parse()` (or the built-in `compile()` given the flag
`ast.PyCF_ONLY_AST`); every node is an instance of a subclass of `ast.AST`.
`compile()` also accepts a tree and turns it into a code object.

Alongside: helpers to inspect, copy positions, walk, visit, transform,
compare and print trees, `literal_eval()` and `unparse()`.
"""
from _ast import *


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None, optimize=-1):
    """
    Parse the source into an AST node.
    Equivalent to compile(source, filename, mode, PyCF_ONLY_AST).
    Pass type_comments=True to get back type comments where the syntax allows.
    """
    flags = PyCF_ONLY_AST
    if optimize > 0:
        flags |= PyCF_OPTIMIZED_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}")
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    return compile(source, filename, mode, flags,
                   _feature_version=feature_version, optimize=optimize)


def _malformed(node):
    where = getattr(node, 'lineno', None)
    text = 'malformed node or string'
    if where:
        text += ' on line %s' % where
    raise ValueError('%s: %r' % (text, node))


def _literal_number(node, signed):
    """The number a Constant (or, when signed, a +/- before one) stands for."""
    sign = None
    if signed and isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        sign = node.op
        node = node.operand
    if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
        _malformed(node)
    value = node.value
    if sign is None:
        return value
    return -value if isinstance(sign, USub) else +value


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, (Tuple, List, Set)):
        kind = tuple if isinstance(node, Tuple) else list if isinstance(node, List) else set
        return kind(map(_literal, node.elts))
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        return dict(zip(map(_literal, node.keys), map(_literal, node.values)))
    if (isinstance(node, Call) and isinstance(node.func, Name)
            and node.func.id == 'set' and node.args == node.keywords == []):
        return set()
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        # A complex literal: real part (maybe signed) plus or minus imaginary.
        real = _literal_number(node.left, True)
        imag = _literal_number(node.right, False)
        if isinstance(real, (int, float)) and isinstance(imag, complex):
            return real + imag if isinstance(node.op, Add) else real - imag
    return _literal_number(node, True)


def literal_eval(node_or_string):
    """
    Evaluate an expression node or a string containing only a Python
    expression.  The string or node provided may only consist of the following
    Python literal structures: strings, bytes, numbers, tuples, lists, dicts,
    sets, booleans, and None.

    Caution: A complex expression can overflow the C stack and cause a crash.
    """
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(' \t'), mode='eval')
    if isinstance(node, Expression):
        node = node.body
    return _literal(node)


def _is_list_field(cls, name):
    kind = cls._field_types.get(name, object)
    return getattr(kind, '__origin__', ...) is list


class _Dumper:
    """The text of ast.dump(), built bottom-up: each value gives back its
    text and whether it is simple (a leaf, or a node with no arguments),
    since a node of at most three simple arguments stays on one line."""

    def __init__(self, annotate, attributes, indent, show_empty):
        self.annotate = annotate
        self.attributes = attributes
        self.indent = indent
        self.show_empty = show_empty

    def value(self, value, level):
        if isinstance(value, AST):
            return self.node(value, level + 1)
        if isinstance(value, list):
            if not value:
                return '[]', True
            lead, sep = self.separators(level + 1)
            inner = [self.value(item, level + 1)[0] for item in value]
            return '[%s%s]' % (lead, sep.join(inner)), False
        return repr(value), True

    def separators(self, level):
        if self.indent is None:
            return '', ', '
        pad = self.indent * level
        return '\n' + pad, ',\n' + pad

    def node(self, node, level):
        cls = type(node)
        parts = []
        # Empty lists left out while no keyword has been needed yet: they
        # come back if a later positional argument follows them.
        held = []
        simple = True
        named = self.annotate
        for name in node._fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                named = True
                continue
            if value is None and getattr(cls, name, ...) is None:
                named = True
                continue
            if not self.show_empty:
                if value == [] and _is_list_field(cls, name):
                    if not named:
                        held.append(repr(value))
                    continue
                if not named:
                    parts += held
                    held = []
            text, leaf = self.value(value, level)
            simple = simple and leaf
            parts.append('%s=%s' % (name, text) if named else text)
        if self.attributes:
            for name in node._attributes:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    continue
                text, leaf = self.value(value, level)
                simple = simple and leaf
                parts.append('%s=%s' % (name, text))
        title = cls.__name__
        if simple and len(parts) <= 3:
            return '%s(%s)' % (title, ', '.join(parts)), not parts
        lead, sep = self.separators(level)
        return '%s(%s%s)' % (title, lead, sep.join(parts)), False


def dump(
    node, annotate_fields=True, include_attributes=False,
    *,
    indent=None, show_empty=False,
):
    """
    Return a formatted dump of the tree in node.  This is mainly useful for
    debugging purposes.  If annotate_fields is true (by default),
    the returned string will show the names and the values for fields.
    If annotate_fields is false, the result string will be more compact by
    omitting unambiguous field names.  Attributes such as line
    numbers and column offsets are not dumped by default.  If this is wanted,
    include_attributes can be set to true.  If indent is a non-negative
    integer or string, then the tree will be pretty-printed with that indent
    level. None (the default) selects the single line representation.
    If show_empty is False, then empty lists and fields that are None
    will be omitted from the output for better readability.
    """
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    dumper = _Dumper(annotate_fields, include_attributes, indent, show_empty)
    return dumper.node(node, 1)[0]


_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """
    Copy source location (`lineno`, `col_offset`, `end_lineno`, and `end_col_offset`
    attributes) from *old_node* to *new_node* if possible, and return *new_node*.
    """
    for name in _POSITIONS:
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        value = getattr(old_node, name, None)
        # The end positions are optional: a None there is copied too.
        if value is None and not (name.startswith('end_') and hasattr(old_node, name)):
            continue
        setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """
    When you compile a node tree with compile(), the compiler expects lineno and
    col_offset attributes for every node that supports them.  This is rather
    tedious to fill in for generated nodes, so this helper adds these attributes
    recursively where not already set, by setting them to the values of the
    parent node.  It works recursively starting at *node*.
    """
    stack = [(node, (1, 0, 1, 0))]
    while stack:
        item, inherited = stack.pop()
        known = item._attributes
        mine = list(inherited)
        for i, name in enumerate(_POSITIONS):
            if name not in known:
                continue
            if name.startswith('end_'):
                missing = getattr(item, name, None) is None
            else:
                missing = not hasattr(item, name)
            if missing:
                setattr(item, name, mine[i])
            else:
                mine[i] = getattr(item, name)
        children = list(iter_child_nodes(item))
        for child in reversed(children):
            stack.append((child, tuple(mine)))
    return node


def increment_lineno(node, n=1):
    """
    Increment the line number and end line number of each node in the tree
    starting at *node* by *n*. This is useful to "move code" to a different
    location in a file.
    """
    for item in walk(node):
        # A TypeIgnore's lineno is a field, not a position attribute.
        if isinstance(item, TypeIgnore):
            item.lineno = getattr(item, 'lineno', 0) + n
            continue
        known = item._attributes
        if 'lineno' in known:
            item.lineno = getattr(item, 'lineno', 0) + n
        if 'end_lineno' in known:
            end = getattr(item, 'end_lineno', 0)
            if end is not None:
                item.end_lineno = end + n
    return node


def iter_fields(node):
    """
    Yield a tuple of ``(fieldname, value)`` for each field in ``node._fields``
    that is present on *node*.
    """
    for name in node._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            continue
        yield name, value


def iter_child_nodes(node):
    """
    Yield all direct child nodes of *node*, that is, all fields that are nodes
    and all items of fields that are lists of nodes.
    """
    for _, value in iter_fields(node):
        if isinstance(value, list):
            yield from (item for item in value if isinstance(item, AST))
        elif isinstance(value, AST):
            yield value


def get_docstring(node, clean=True):
    """
    Return the docstring for the given node or None if no docstring can
    be found.  If the node provided does not have docstrings a TypeError
    will be raised.

    If *clean* is `True`, all tabs are expanded to spaces and any whitespace
    that can be uniformly removed from the second line onwards is removed.
    """
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    body = node.body
    if not body or not isinstance(body[0], Expr):
        return None
    value = body[0].value
    if not isinstance(value, Constant) or not isinstance(value.value, str):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


_line_pattern = None


def _splitlines_no_ff(source, maxlines=None):
    """The lines of source as the tokenizer sees them: ended by \\r\\n, \\n
    or \\r only (not by form feeds and the other separators str.splitlines
    knows), each keeping its end."""
    global _line_pattern
    if _line_pattern is None:
        import re
        _line_pattern = re.compile(r'(.*?(?:\r\n|\n|\r|$))')
    lines = []
    for match in _line_pattern.finditer(source):
        if maxlines is not None and len(lines) >= maxlines:
            break
        lines.append(match.group(0))
    return lines


def _pad_whitespace(source):
    r"""source with every character but '\f' and '\t' made a space."""
    return ''.join(c if c in '\f\t' else ' ' for c in source)


def get_source_segment(source, node, *, padded=False):
    """Get source code segment of the *source* that generated *node*.

    If some location information (`lineno`, `end_lineno`, `col_offset`,
    or `end_col_offset`) is missing, return None.

    If *padded* is `True`, the first line of a multi-line statement will
    be padded with spaces to match its original position.
    """
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first, last = node.lineno - 1, node.end_lineno - 1
        start, end = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source, maxlines=last + 1)
    # Columns count bytes of the UTF-8 text.
    head = lines[first].encode()
    if first == last:
        return head[start:end].decode()
    pad = _pad_whitespace(head[:start].decode()) if padded else ''
    middle = lines[first + 1:last]
    tail = lines[last].encode()[:end].decode()
    return pad + head[start:].decode() + ''.join(middle) + tail


def walk(node):
    """
    Recursively yield all descendant nodes in the tree starting at *node*
    (including *node* itself), in no specified order.  This is useful if you
    only want to modify nodes in place and don't care about the context.
    """
    from collections import deque
    pending = deque((node,))
    while pending:
        item = pending.popleft()
        pending.extend(iter_child_nodes(item))
        yield item


_MISSING = object()


def _same_value(a, b, with_attributes):
    if isinstance(a, AST):
        return compare(a, b, compare_attributes=with_attributes)
    if isinstance(a, list):
        if len(a) != len(b):
            return False
        return all(_same_value(x, y, with_attributes) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def compare(
    a,
    b,
    /,
    *,
    compare_attributes=False,
):
    """Recursively compares two ASTs.

    compare_attributes affects whether AST attributes are considered
    in the comparison. If compare_attributes is False (default), then
    attributes are ignored. Otherwise they must all be equal. This
    option is useful to check whether the ASTs are structurally equal but
    might differ in whitespace or similar details.
    """
    if type(a) is not type(b) or a._fields != b._fields:
        return False
    for name in a._fields:
        x = getattr(a, name, _MISSING)
        y = getattr(b, name, _MISSING)
        if x is _MISSING or y is _MISSING:
            if x is y:
                continue
            return False
        if not _same_value(x, y, compare_attributes):
            return False
    if not compare_attributes:
        return True
    if a._attributes != b._attributes:
        return False
    for name in a._attributes:
        # Positions are ints: plain equality, a missing one matching only
        # another missing one.
        if getattr(a, name, _MISSING) != getattr(b, name, _MISSING):
            return False
    return True


class NodeVisitor(object):
    """
    A node visitor base class that walks the abstract syntax tree and calls a
    visitor function for every node found.  This function may return a value
    which is forwarded by the `visit` method.

    Subclasses add methods named ``'visit_'`` + a node's class name (such as
    `visit_Name`); `visit` calls the one for the node it is given, or
    `generic_visit` (which visits the node's children) when there is none.

    To change the tree while walking it, use `NodeTransformer`.
    """

    def visit(self, node):
        """Visit a node."""
        handler = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return handler(node)

    def generic_visit(self, node):
        """Called if no explicit visitor function exists for a node."""
        for _, value in iter_fields(node):
            if isinstance(value, AST):
                self.visit(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)


class NodeTransformer(NodeVisitor):
    """
    A :class:`NodeVisitor` subclass that walks the abstract syntax tree and
    allows modification of nodes.

    What a visitor method returns takes the place of the node it was given:
    None removes it, another node replaces it, and (for a node in a list,
    such as a statement of a body) a list of nodes replaces it with them.
    `generic_visit` does this for every child and returns the node, so a
    method that also wants the children changed calls it first::

       class Subscripts(NodeTransformer):
           def visit_Name(self, node):
               new = Subscript(Name('data', Load()), Constant(node.id), node.ctx)
               return copy_location(new, node)

       tree = Subscripts().visit(tree)
    """

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                kept = []
                for item in old:
                    if not isinstance(item, AST):
                        kept.append(item)
                        continue
                    result = self.visit(item)
                    if result is None:
                        continue
                    if isinstance(result, AST):
                        kept.append(result)
                    else:
                        kept.extend(result)
                old[:] = kept
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


# Node classes of earlier versions, kept so that old code still imports.

class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _dims_getter(self):
    """Deprecated. Use elts instead."""
    return self.elts


def _dims_setter(self, value):
    self.elts = value


if not hasattr(Tuple, 'dims'):
    Tuple.dims = property(_dims_getter, _dims_setter)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


def unparse(ast_obj):
    from _ast_unparse import Unparser
    return Unparser().visit(ast_obj)


def _command_line():
    import argparse
    cli = argparse.ArgumentParser(color=True)
    cli.add_argument('infile', nargs='?', default='-',
                     help='the file to parse; defaults to stdin')
    cli.add_argument('-m', '--mode', default='exec',
                     choices=('exec', 'single', 'eval', 'func_type'),
                     help='specify what kind of code must be parsed')
    cli.add_argument('--no-type-comments', default=True, action='store_false',
                     help="don't add information about type comments")
    cli.add_argument('-a', '--include-attributes', action='store_true',
                     help='include attributes such as line numbers and '
                          'column offsets')
    cli.add_argument('-i', '--indent', type=int, default=3,
                     help='indentation of nodes (number of spaces)')
    cli.add_argument('--feature-version', type=str, default=None, metavar='VERSION',
                     help='Python version in the format 3.x '
                          '(for example, 3.10)')
    cli.add_argument('-O', '--optimize', type=int, default=-1, metavar='LEVEL',
                     help='optimization level for parser (default -1)')
    cli.add_argument('--show-empty', default=False, action='store_true',
                     help='show empty lists and fields in dump output')
    return cli


def main(args=None):
    import sys
    cli = _command_line()
    options = cli.parse_args(args)
    if options.infile == '-':
        filename = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        filename = options.infile
        with open(filename, 'rb') as f:
            source = f.read()
    version = None
    if options.feature_version:
        try:
            version = tuple(map(int, options.feature_version.split('.', 1)))
            if len(version) != 2:
                raise ValueError
        except ValueError:
            cli.error('Invalid format for --feature-version; '
                      'expected format 3.x (for example, 3.10)')
    tree = parse(source, filename, options.mode, type_comments=options.no_type_comments,
                 feature_version=version, optimize=options.optimize)
    print(dump(tree, include_attributes=options.include_attributes,
               indent=options.indent, show_empty=options.show_empty))


if __name__ == '__main__':
    main()
