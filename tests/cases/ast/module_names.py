# The names of the ast and _ast modules, the signatures and docstrings of
# ast's functions.
import ast, _ast, inspect
print([n for n in dir(ast) if not n.startswith('_')])
print([n for n in dir(_ast) if not n.startswith('__')])
for n in ['parse','literal_eval','dump','copy_location','fix_missing_locations','increment_lineno','iter_fields','iter_child_nodes','get_docstring','get_source_segment','walk','compare','main','unparse']:
    f = getattr(ast, n)
    print(n, inspect.signature(f), f.__doc__ is None, f.__module__)
print(ast.NodeVisitor.__doc__ is None, ast.NodeTransformer.__mro__, ast.NodeVisitor.visit.__doc__, ast.NodeVisitor.generic_visit.__doc__)
print(ast.__all__ if hasattr(ast, '__all__') else 'no __all__')
print(ast.Tuple.dims, ast._dims_getter.__doc__)
