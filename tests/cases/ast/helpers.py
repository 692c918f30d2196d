# The helpers of the ast module over trees built by hand: literal_eval,
# dump's variants, the location helpers, iter_*, walk, compare,
# get_docstring and get_source_segment.
# lib: callshow
import ast
from ast import *
from callshow import attempt

C = Constant
attempt(literal_eval, Expression(List([C(1), Tuple([C('a'), C(None)]), Set([C(2.5)]),
                                       Dict([C(1)], [C(b'x')])])))
attempt(literal_eval, Call(Name('set'), [], []))
attempt(literal_eval, UnaryOp(USub(), C(3)))
attempt(literal_eval, UnaryOp(UAdd(), C(3.5)))
attempt(literal_eval, BinOp(C(1), Add(), C(2j)))
attempt(literal_eval, BinOp(UnaryOp(USub(), C(1.5)), Sub(), C(2j)))
attempt(literal_eval, BinOp(C(1), Add(), C(2)))
attempt(literal_eval, BinOp(C(1j), Add(), C(2j)))
attempt(literal_eval, BinOp(C('a'), Add(), C(2j)))
attempt(literal_eval, UnaryOp(Not(), C(1)))
attempt(literal_eval, UnaryOp(USub(), C('x')))
attempt(literal_eval, Name('x', lineno=3))
attempt(literal_eval, Name('x', lineno=0))
attempt(literal_eval, Call(Name('f'), [], [], lineno=1))
attempt(literal_eval, Dict([C(1)], [C(2), C(3)]))
attempt(literal_eval, Dict([None], [Dict([C(1)], [C(2)])]))
attempt(literal_eval, C(...))
attempt(literal_eval, 5)

tree = Module([FunctionDef('f', arguments([], [arg('x', Name('int'))], None, [], [], None, [C(1)]),
                           [Expr(C('  doc\n    string\n  ')), Return(BinOp(Name('x'), Add(), C(1)))],
                           [Name('deco')], None, None, [], lineno=1, col_offset=0)], [])
print(dump(tree))
print(dump(tree, annotate_fields=False))
print(dump(tree, show_empty=True))
print(dump(tree, indent=4))
print(dump(tree, indent='\t', annotate_fields=False))
print(dump(tree, indent=0))
print(dump(tree, include_attributes=True))
print(dump(Name()))
print(dump(ImportFrom(None, [alias('x')], 0), annotate_fields=False))
print(dump(ImportFrom('m', [], 0), annotate_fields=False))
print(dump(Dict([None, C(1)], [Name('a'), C(2)])))
print(dump(Constant(5, lineno=1, col_offset=2, end_lineno=None), include_attributes=True))
attempt(dump, [Name('x')])
attempt(dump, 'x')

# Locations.
n = BinOp(Name('a'), Add(), Call(Name('f'), [Name('y', lineno=7, col_offset=2)], []))
n2 = copy_location(Name('z'), Name('q', lineno=4, col_offset=5, end_lineno=None))
print(dump(n2, include_attributes=True))
print(copy_location(Load(), Name('q', lineno=4)))
print(dump(copy_location(Name('z'), Name('q', col_offset=9, end_col_offset=11)), include_attributes=True))
n.lineno = 3
fix_missing_locations(n)
print(dump(n, include_attributes=True))
increment_lineno(n, 10)
print(dump(n, include_attributes=True))
t = TypeIgnore(2, 'x')
m = Module([Pass(lineno=1, col_offset=0, end_lineno=None)], [t])
increment_lineno(m)
print(dump(m, include_attributes=True))
p = Pass()
increment_lineno(p, 5)
print(p.lineno, p.end_lineno)

print(list(iter_fields(Name('x'))), list(iter_fields(Name.__new__(Name))))
print([type(c).__name__ for c in iter_child_nodes(n)])
print([type(c).__name__ for c in walk(tree)])

print(compare(Name('x'), Name('x')), compare(Name('x'), Name('y')), compare(Name('x'), Constant('x')))
print(compare(Constant(1), Constant(1.0)), compare(Constant(1), Constant(True)))
print(compare(Name('x', lineno=1), Name('x', lineno=2)),
      compare(Name('x', lineno=1), Name('x', lineno=2), compare_attributes=True),
      compare(Name('x', lineno=1), Name('x', lineno=1), compare_attributes=True),
      compare(Name('x', lineno=1), Name('x'), compare_attributes=True))
print(compare(List([Name('a')]), List([Name('a'), Name('b')])), compare(tree, tree))
print(compare(Name.__new__(Name), Name.__new__(Name)), compare(Name.__new__(Name), Name('x')))
attempt(compare, Name('x'), Name('x'), True)

print(repr(get_docstring(tree.body[0])), repr(get_docstring(tree.body[0], clean=False)))
print(get_docstring(Module([], [])), get_docstring(ClassDef('C', body=[Expr(C(1))])))
attempt(get_docstring, Name('x'))

src = 'x = 1\nif  y:\n\tz = "é"; w = (1,\n  2)\r\nv = 3\x0cu\n'
for node, pos in [(Name('x'), (1, 0, 1, 1)), (Name('z'), (3, 1, 3, 2)),
                  (Constant('é'), (3, 5, 3, 9)), (Tuple([]), (3, 16, 4, 4)),
                  (Pass(), (2, 0, 5, 1)), (Name('u'), (5, 6, 5, 7))]:
    node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = pos
    print(repr(get_source_segment(src, node)), repr(get_source_segment(src, node, padded=True)))
print(get_source_segment(src, Name('x')), get_source_segment(src, Name('x', lineno=1, col_offset=0, end_lineno=1)))
