"""Parses sources with compile(..., PyCF_ONLY_AST) and prints each tree
(class names, fields, positions) or the SyntaxError it raised."""


def dump(node):
    if isinstance(node, list):
        return '[' + ', '.join(dump(x) for x in node) + ']'
    if not hasattr(node, '_fields'):
        return repr(node)
    parts = ['%s=%s' % (f, dump(getattr(node, f, None))) for f in node._fields]
    if hasattr(node, 'lineno') and 'lineno' in node._attributes:
        parts.append('@%s:%s-%s:%s' % (node.lineno, node.col_offset,
                                       node.end_lineno, node.end_col_offset))
    return '%s(%s)' % (type(node).__name__, ', '.join(parts))


def show(src, mode='eval'):
    try:
        tree = compile(src, '<s>', mode, 0x400)
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
        return
    print(repr(src), '->', dump(tree))


def show_flags(src, mode, flags):
    """show() in any mode with compile flags, then the warnings raised."""
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            tree = compile(src, '<s>', mode, flags | 0x400)
        except SyntaxError as e:
            print(repr(src), mode, flags, '->', type(e).__name__, repr(e.msg), e.lineno,
                  e.offset, e.end_lineno, e.end_offset, repr(e.text), e.filename)
        else:
            print(repr(src), mode, flags, '->', dump(tree))
    for w in caught:
        print('   ', w.category.__name__, w.message, w.filename, w.lineno)
