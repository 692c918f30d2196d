# ast.unparse over trees built by hand: what no parse makes (Interactive,
# FunctionType, odd constants, shared nodes), its errors, and the quoting
# choices of strings, docstrings and f-strings.
import ast
import sys
from ast import *

def show(node):
    try:
        print(repr(ast.unparse(node)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

C = Constant
show(Interactive([Pass(), If(Name('x'), [Pass(), Pass()], []), Pass(), Expr(C(1))]))
show(Interactive([Expr(C('doc')), Pass()]))
show(FunctionType([Name('int'), Name('str')], Name('bool')))
show(Expression(BinOp(C(1), Add(), C(2))))
show(C(float('inf')))
show(C(-float('inf')))
show(C(float('nan')))
show(C(complex(float('inf'), 1)))
show(C(1e300 * 1e300j))
show(C((1, 'a', (2.5, None))))
show(C((1,)))
show(C(()))
show(C(...))
show(C('x', 'u'))
show(C(frozenset()))
show(MatchSingleton(None))
show(Raise(None, Name('c')))
show(YieldFrom(None))
show(JoinedStr([Name('x')]))
show(ImportFrom(None, [alias('x', 'y')], None))
show(ImportFrom('m', [alias('*')], 2))
show(Set([]))
show(Tuple([]))
show(Dict([None, C(1)], [Name('d'), C(2)]))
show(Lambda(arguments(), C(1)))
show(Lambda(arguments([], [], None, [arg('k')], [None]), Name('k')))
show(arguments([arg('a')], [arg('b')], arg('c', Name('int')), [arg('d')], [C(1)], arg('e', Name('str')), [C(0), C(1)]))
show(Module([FunctionDef('f', arguments(), [Pass()], lineno=1)], [TypeIgnore(1, '[x]')]))
show(Module([Assign([Name('x')], C(1), 'int', lineno=2)], []))
show(Module([For(Name('x'), Name('y'), [Pass()], [], 'int', lineno=1)], []))
show(Module([With([withitem(Name('a'))], [Pass()], 'int', lineno=1)], []))
show(Module([Expr(C('doc with """ inside')), Pass()], []))
show(Module([Expr(C("ends with '")), Pass()], []))
show(Module([Expr(C('ends with "')), Pass()], []))
show(Module([Expr(C('both \'\'\' and """')), Pass()], []))
show(Module([Expr(C('back\\slash\n\tand tab\x01')), Pass()], []))
show(Module([Expr(C('u-kind', 'u'))], []))
show(Module([Expr(C(1)), Expr(C('not a docstring'))], []))
show(ClassDef('C', [], [], [Expr(C('x'))], [], []))
for parts in (["'", '"'], ["'''", '"""'], ['\n', "'"], ['{', '}'], ["'\"", "x"]):
    show(JoinedStr([C(p) for p in parts] + [FormattedValue(Name('v'), -1, None)]))
show(JoinedStr([FormattedValue(C('a\'b"c'), -1, None)]))
show(JoinedStr([FormattedValue(Dict([C(1)], [C(2)]), 114, JoinedStr([C("'\"\n\\")]))]))
show(JoinedStr([FormattedValue(Lambda(arguments(), Name('x')), -1, None)]))
show(JoinedStr([FormattedValue(Tuple([Name('a'), Name('b')]), -1, None)]))
show(JoinedStr([FormattedValue(IfExp(Name('a'), Name('b'), Name('c')), -1, None)]))
show(JoinedStr([FormattedValue(NamedExpr(Name('a'), C(1)), -1, None)]))
show(TemplateStr([Interpolation(Name('x'), None, -1), Interpolation(Name('y'), 'y  ', 115, JoinedStr([C('>3')]))]))
show(TemplateStr([]))
show(JoinedStr([]))
shared = Name('s')
show(Tuple([shared, Tuple([shared, Name('t')])]))
show(BinOp(shared, Pow(), UnaryOp(USub(), shared)))
show(BoolOp(And(), [BoolOp(And(), [Name('a'), Name('b')]), BoolOp(Or(), [Name('c'), Name('d')]), BoolOp(And(), [Name('e'), Name('f')])]))
show(Compare(Compare(Name('a'), [Lt()], [Name('b')]), [Eq(), NotIn()], [Name('c'), Compare(Name('d'), [Is()], [Name('e')])]))
show(UnaryOp(Not(), UnaryOp(Not(), UnaryOp(Invert(), UnaryOp(UAdd(), Name('x'))))))
show(Attribute(C(1), 'real'))
show(Attribute(C(1.5), 'real'))
show(Attribute(BinOp(C(1), Add(), C(2)), 'x'))
show(Subscript(Name('a'), Tuple([Slice(), Slice(C(1), None, C(2))])))
show(Subscript(Name('a'), Tuple([Name('b')])))
show(Starred(BoolOp(Or(), [Name('a'), Name('b')])))
show(Await(Await(Name('x'))))
show(Yield(Yield(None)))
show(MatchAs(MatchOr([MatchValue(C(1)), MatchAs(None, 'x')]), 'y'))
show(MatchOr([MatchOr([MatchStar(None), MatchStar('r')]), MatchAs(MatchAs(None, 'a'), 'b')]))
show(MatchMapping([], [], None))
show(MatchClass(Attribute(Name('m'), 'C'), [], ['a'], [MatchAs()]))
show(MatchMapping([C(1)], [], None))
show(TypeAlias(Name('X'), [TypeVar('T', Tuple([Name('int')]), Name('int')), TypeVarTuple('Ts', Starred(Name('u'))), ParamSpec('P', List([]))], Name('T')))
show([Pass(), Name('x')])
show(Name('x', Load()))
show(Load())
show(Pass())
class Custom(Name):
    pass
show(Module([Expr(BinOp(Custom('a'), Add(), Name('b')))], []))
show(Module([Pass(), Expr(Custom('z'))], []))
show(Module([If(Name('a'), [Pass()], [If(Name('b'), [Pass()], [Pass(), Pass()])])], []))
show(Module([If(Name('a'), [Pass()], [If(Name('b'), [Pass()], []), Pass()])], []))
show(Module([Try([Pass()], [ExceptHandler(None, None, [Pass()])], [], []),
             TryStar([Try([Pass()], [ExceptHandler(Name('E'), 'e', [Pass()])], [], [])],
                     [ExceptHandler(Name('F'), None, [Pass()])], [], [Pass()])], []))
show(Module([AnnAssign(Name('x'), Name('int'), None, 0), AnnAssign(Attribute(Name('a'), 'b'), Name('int'), C(1), 0)], []))
show(Module([Global(['a', 'b']), Nonlocal(['c']), Delete([Name('a'), Subscript(Name('b'), C(0))])], []))

# The command line's usage and its errors.
for argv in (['-h'], ['--mode', 'bad'], ['--indent', 'x'], ['a', 'b']):
    try:
        ast.main(argv)
    except SystemExit as e:
        print('exit', e.code)
sys.stderr = sys.stdout
try:
    ast.main(['--feature-version', '3', '/nonexistent-file-name'])
except SystemExit as e:
    print('exit', e.code)
except OSError as e:
    print(type(e).__name__, e.errno)
