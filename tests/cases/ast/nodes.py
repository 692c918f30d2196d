# Node objects: repr (depth and list elision), pickling and copying,
# __replace__, constructor defaults of user subclasses (from their
# _field_types), the deprecated classes, visitors and transformers.
# lib: callshow
import ast
import copy
import pickle
import sys
import warnings
from ast import *
from callshow import attempt

warnings.simplefilter('always')
sys.stderr = sys.stdout

deep = Module([Expr(BinOp(BinOp(BinOp(Name('a'), Add(), Name('b')), Add(), Name('c')), Mult(), Constant(1)))], [])
print(repr(deep))
print(repr(List([Constant(i) for i in range(5)])))
print(repr(List([Constant(1), Constant(2)])), repr(List([Constant(1)])), repr(List([])))
print(repr(Tuple((Name('x'), 1, 2, 3))), repr(ast.AST()), repr(Load()), repr(arguments()))
loop = List([])
loop.elts.append(loop)
print(repr(loop))
attempt(repr, Name.__new__(Name))
class SubName(Name):
    pass
class Own(AST):
    _fields = ('a', 'b')
print(repr(SubName('s')), repr(Own(a=[1, 2, 3], b=(SubName("t"),))))
attempt(repr, Own(a=1))
print(repr(Module([Expr(List([List([List([Name('z')])])]))], [])))

# Pickling and copying.
n = BinOp(Name('x', lineno=1, col_offset=0), Add(), Constant(1, 'u'), lineno=1, col_offset=0)
n.extra = 'kept'
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    m = pickle.loads(pickle.dumps(n, p))
    print(p, dump(m, include_attributes=True), m.extra, compare(m, n, compare_attributes=True))
print(dump(copy.copy(n)), copy.copy(n).left is n.left)
print(dump(copy.deepcopy(n)), copy.deepcopy(n).left is n.left)
print(n.__reduce__()[0], sorted(n.__reduce__()[2]))
print(Load().__reduce__())
e = Name.__new__(Name)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(e.__reduce__(), dump(copy.copy(e)))
print([str(w.message) for w in caught])

# __replace__ and copy.replace.
r = copy.replace(n, op=Sub(), lineno=4)
print(dump(r, include_attributes=True), r.left is n.left, hasattr(r, 'extra'))
attempt(n.__replace__, nope=1)
attempt(n.__replace__, extra=1)
attempt(Name.__new__(Name).__replace__)
attempt(Name.__new__(Name).__replace__, id='y')
print(dump(Name('x').__replace__(ctx=Store())))

# Constructors of user subclasses.
class Typed(AST):
    _fields = ('a', 'b', 'c', 'd', 'e')
    _field_types = {'a': int, 'b': list[int], 'c': int | None, 'd': expr_context}
t = Typed(1)
print(sorted(t.__dict__.items(), key=str))
class Extra(BinOp):
    _fields = ('left', 'op', 'right', 'extra')
x = Extra(Constant(1), Add(), Constant(2))
print(sorted(x.__dict__))
class NoTypes(AST):
    _fields = ('p', 'q')
print(NoTypes(1).__dict__, NoTypes(q=2).__dict__)
attempt(NoTypes, 1, 2, 3)
attempt(NoTypes, 1, p=2)
print(Name('x', foo=5).foo)

# Deprecated classes.
print(Index(Name('x')), dump(ExtSlice([Name('a'), Name('b')])), dump(ExtSlice()))
print(dump(ExtSlice(dims=[Constant(1)], lineno=2), include_attributes=True))
print([c.__mro__[1].__name__ for c in (slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param)])
print([c.__doc__ for c in (slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param)])
print(repr(Suite()), repr(Param()), repr(slice()), isinstance(AugLoad(), expr_context))
tup = Tuple([Name('a')])
print(dump(tup), tup.dims is tup.elts, Tuple.dims.__doc__)
tup.dims = [Name('b')]
print(dump(tup))

# Visitors.
class Names(NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append(node.id)
        return node.id
    def visit_Constant(self, node):
        self.seen.append(node.value)
v = Names()
tree = Module([Expr(Call(Name('f'), [Name('a'), Constant(1)], [keyword('k', Name('b'))])),
               Assign([Name('x')], BinOp(Name('y'), Add(), Constant(2)), lineno=1)], [])
print(v.visit(tree), v.seen, v.visit(Name('q')))

class Rewrite(NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'a':
            return None
        if node.id == 'y':
            return Subscript(Name('data', Load()), Constant(node.id), node.ctx)
        return node
    def visit_Assign(self, node):
        self.generic_visit(node)
        return [node, Expr(Constant('after'))]
    def visit_Constant(self, node):
        if node.value == 1:
            return []
        return node
out = Rewrite().visit(tree)
print(dump(out))
print(ast.unparse(out))
k = keyword('k', Name('a'))
Rewrite().visit(k)
print(hasattr(k, 'value'), k.__dict__)
mixed = List([Name('a'), 'str', 5, Name('b')])
Rewrite().visit(mixed)
print(mixed.elts[1:3], dump(mixed))
