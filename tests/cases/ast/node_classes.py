# Every node class: its place in the hierarchy, fields, attributes,
# docstring, field types and class-level defaults.
import _ast

names = sorted(n for n in dir(_ast)
               if isinstance(getattr(_ast, n), type) and issubclass(getattr(_ast, n), _ast.AST))
print(len(names))
for n in names:
    cls = getattr(_ast, n)
    own = {k: v for k, v in vars(cls).items()
           if k in ('lineno', 'end_lineno', 'end_col_offset') or k in cls._fields}
    print(n, [c.__name__ for c in cls.__mro__], cls._fields, cls._attributes,
          cls.__match_args__, cls.__module__, own)
    print('  ', repr(cls.__doc__))
    print('  ', getattr(cls, '_field_types', None))
print([n for n in dir(_ast) if n.startswith('PyCF')], _ast.PyCF_OPTIMIZED_AST)
