# Constructing nodes: positional and keyword fields, defaults of optional
# and list fields, the warnings and errors of CPython 3.14.
import _ast as ast
import sys
import warnings

warnings.simplefilter('always')
sys.stderr = sys.stdout

def show(make):
    try:
        node = make()
    except TypeError as e:
        print('TypeError:', e)
    else:
        print(type(node).__name__, sorted(node.__dict__.items(), key=lambda kv: kv[0]) if False else list(node.__dict__))

show(lambda: ast.BinOp(1, 2, 3, 4))
show(lambda: ast.Name(1, 2, 3))
show(lambda: ast.Pass(1))
show(lambda: ast.BinOp(1, left=2))
show(lambda: ast.AST(1))
show(lambda: ast.Name(id='x'))
show(lambda: ast.Constant(1))
show(lambda: ast.arguments())
show(lambda: ast.FunctionDef('f', ast.arguments(), [], []))
show(lambda: ast.Name(id=1, ctx=2, lineno=3, foo=4))
show(lambda: ast.AST(a=1))
show(lambda: ast.Name())
n = ast.Name('x')
print(type(n.ctx).__name__, n.end_lineno, hasattr(n, 'lineno'))
b = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2), lineno=1)
r = b.__reduce__()
print(r[0].__name__, sorted(r[2]))
c = b.__replace__(lineno=7)
print(c.lineno, c.left is b.left)
try:
    b.__replace__(foo=1)
except TypeError as e:
    print(e)

class My(ast.BinOp):
    _fields = ('left', 'op', 'right', 'extra')

m = My(1, 2, 3, 4)
print(m.__dict__)
print(isinstance(b, ast.expr), isinstance(b, ast.AST), issubclass(ast.Load, ast.expr_context))
