# The SyntaxErrors compile() raises after parsing (scopes, misplaced
# statements), with their positions, and the TypeErrors and ValueErrors of
# abstract syntax trees handed to compile().
import _ast as ast


def show(src, mode='exec'):
    try:
        compile(src, '<s>', mode)
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno,
              e.end_offset, repr(e.text))


for src in [
    'def f():\n  x = 1\n  global x',
    'def f():\n  print(x)\n  global x',
    'def f():\n  nonlocal y',
    'nonlocal z',
    'def f(a):\n  global a',
    'def f(a):\n  nonlocal a',
    'def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x',
    'return 1',
    'class C:\n  return 2',
    'break',
    'continue',
    'if x:\n  break',
    'while 1:\n  def f():\n    break',
    'yield 1',
    'class C:\n  yield',
    'await x',
    'def f():\n  await x',
    'async def f():\n  yield from g()',
    'async def f():\n  yield 1\n  return 2',
    'def f():\n  x = 1\n  def g():\n    print(x)\n    nonlocal x',
    '[(x := 1) for x in y]',
    '[i for i in range(3) if (i := 0)]',
    'class C:\n  [(z := 1) for q in y]',
    'def f(x, x): pass',
    'lambda a, a: 1',
    'f(a=1, a=2)',
    'from __future__ import nope',
    'from __future__ import braces',
    'x = 1\nfrom __future__ import annotations',
    'from __future__ import annotations\nx: int = 1',
    '"doc"\nfrom __future__ import division, generators',
    'def f():\n  from os import *',
    'def f():\n  async for x in y: pass',
    'def f():\n  [x async for x in y]',
    'del (a, __debug__)',
    'def f(__debug__): pass',
    'del __debug__',
    'a, *b, *c = d',
    '*a = b',
    'x = *a',
    'print(*a) if 1 else 2',
    'def f():\n  x: int = 1\n  global x',
    'def f():\n  global x\n  x: int = 1',
    'class C:\n  nonlocal a',
    'def f():\n  class C:\n    nonlocal q\n  q = 1',
    'def f():\n  class C:\n    nonlocal q',
]:
    show(src)

show('(yield)', 'eval')
show('await 1', 'eval')


def show_tree(tree, mode='exec'):
    try:
        compile(tree, '<tree>', mode)
        print(type(tree).__name__, mode, 'compiles')
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(tree).__name__, mode, type(e).__name__, e)


show_tree(ast.Expression(ast.Constant(1)), 'exec')
show_tree(ast.Module([], []), 'eval')
show_tree(ast.Constant(1), 'exec')
show_tree(ast.Module([], []), 'single')
show_tree(ast.Interactive([]), 'exec')
show_tree(ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []))
show_tree(ast.Expression(ast.Name('x', ast.Store(), lineno=1, col_offset=0, end_lineno=1,
                                  end_col_offset=1)), 'eval')
show_tree(ast.Module([ast.Expr(ast.Constant(1, lineno=1, col_offset=0),
                               lineno=1, col_offset=0)], []))
tree = compile('x = 1\nprint(x + 1)', '<s>', 'exec', ast.PyCF_ONLY_AST)
exec(compile(tree, '<tree>', 'exec'))
tree = compile('y = [i for i in range(3)]', '<s>', 'exec', ast.PyCF_ONLY_AST)
ns = {}
exec(compile(tree, '<tree>', 'exec'), ns)
print(ns['y'])
pos = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)
e = ast.Expression(ast.BinOp(ast.Constant(2, **pos), ast.Mult(), ast.Constant(21, **pos), **pos))
print(eval(compile(e, '<e>', 'eval')))
P = dict(lineno=1, col_offset=0)
for tree in [
    ast.Module([ast.Expr(ast.Constant(1), **P)], []),
    ast.Module([ast.Expr(ast.Constant([1], **P), **P)], []),
    ast.Module([ast.If(ast.Constant(1, **P), [], [], **P)], []),
    ast.Module([ast.FunctionDef('f', ast.arguments(), [], **P)], []),
    ast.Module([ast.Expr(ast.Name('None', **P), **P)], []),
    ast.Module([ast.Expr(ast.Name('x', ast.Del(), **P), **P)], []),
    ast.Module([ast.Assign([ast.Name('x', ast.Load(), **P)], ast.Constant(1, **P), **P)], []),
    ast.Module([ast.Delete([], **P)], []),
    ast.Module([ast.Expr(ast.Call(ast.Name('f', **P), [ast.Starred(ast.Name('a', **P),
                                                                   ast.Store(), **P)],
                                  [], **P), **P)], []),
    ast.Module([ast.Expr(ast.Dict([ast.Name('a', **P)], [], **P), **P)], []),
    ast.Module([ast.Expr(ast.Compare(ast.Name('a', **P), [], [], **P), **P)], []),
    ast.Module([ast.Expr(ast.Constant(1, **P), lineno=2, col_offset=5, end_lineno=1,
                         end_col_offset=0)], []),
    ast.Module([ast.Expr(ast.Constant((1, 2.5, None), **P), **P)], []),
]:
    show_tree(tree)

# trees made by hand: missing end positions are the starts
t = ast.Module([ast.Expr(ast.Call(ast.Name('print', lineno=2, col_offset=4),
                                  [ast.Constant(5, lineno=2, col_offset=10)], [],
                                  lineno=2, col_offset=4), lineno=2, col_offset=4)], [])
c = compile(t, 'f', 'exec')
exec(c)
print(list(c.co_positions()))
t = ast.Module([ast.Expr(ast.Call(ast.Name('print', lineno=2, col_offset=4, end_col_offset=9),
                                  [ast.Constant(5, lineno=2, col_offset=10)], [],
                                  lineno=2, col_offset=4), lineno=2, col_offset=4)], [])
print(list(compile(t, 'f', 'exec').co_positions()))
m = ast.Attribute(ast.Name('obj', lineno=1, col_offset=0), 'method', lineno=1, col_offset=0,
                  end_lineno=3, end_col_offset=7)
t = ast.Expression(ast.Call(m, [], [], lineno=1, col_offset=0, end_lineno=3, end_col_offset=9))
print(list(compile(t, 'f', 'eval').co_positions()))

# what compile() accepts as source
for source in [5, None, [1], memoryview(b'x = 1'), bytearray(b'x = 2')]:
    try:
        print(type(compile(source, 'src', 'exec')).__name__)
    except TypeError as e:
        print('TypeError', e)
