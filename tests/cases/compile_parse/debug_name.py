# __debug__ as a target parses (ast.parse takes it); compiling refuses it,
# wherever a name would be bound or deleted.
# lib: parseshow
from parseshow import show

SOURCES = ['__debug__ = 1', 'x.__debug__ = 1', 'del __debug__', '__debug__ += 1',
           'for __debug__ in x: pass', 'with a as __debug__: pass', 'def f(__debug__): pass',
           'f(__debug__=1)', 'import __debug__', 'import a as __debug__',
           'from a import b as __debug__', '(__debug__ := 1)', 'x.__debug__ += 1',
           'def __debug__(): pass', 'class __debug__: pass', 'lambda __debug__: 0',
           'match x:\n case __debug__: pass', 'x: int = __debug__', '__debug__: int',
           'del x.__debug__', 'x = __debug__', 'x.__debug__', '[__debug__ for x in y]',
           'a, __debug__ = b']
for src in SOURCES:
    show(src, 'exec')
for src in SOURCES:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), '-> compiles')
