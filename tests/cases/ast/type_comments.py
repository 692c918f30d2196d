# Type comments through ast.parse (type_comments=True) and back through
# unparse; func_type mode; class patterns.
import ast, sys
sys.stderr = sys.stdout
src = 'def f(a,  # type: int\n      ):\n    # type: (...) -> None\n    x = [] # type: list[int]\n    for i in y:  # type: int\n        pass  # type: ignore[misc]\n    with a as b:  # type: str\n        pass\n'
print(ast.dump(ast.parse(src, type_comments=True), indent=1, include_attributes=True))
print(ast.dump(ast.parse(src)))
print(ast.unparse(ast.parse(src, type_comments=True)))
print(ast.dump(ast.parse('(int, *str) -> list[int]', mode='func_type')))
print(ast.unparse(ast.parse('(int, *str) -> list[int]', mode='func_type')))
print(ast.unparse(ast.parse('match p:\n    case Point(x=0) | P(1, y=[2]):\n        pass')))
