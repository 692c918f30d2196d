# ast workload: node construction (positional and keyword, with defaults
# filled in), attribute access, repr, dump, walk, compare, a NodeTransformer
# pass and unparse over a few hundred generated functions.
import ast
import time


N = 260


def make_function(i):
    a = ast.Name('a%d' % i, ast.Load())
    body = [
        ast.Assign([ast.Name('x', ast.Store())],
                   ast.BinOp(a, ast.Mult(), ast.Constant(i)), lineno=1),
        ast.If(ast.Compare(ast.Name('x'), [ast.Gt()], [ast.Constant(10)]),
               [ast.Return(ast.Call(ast.Name('f'), [ast.Name('x'), ast.Constant('s%d' % i)],
                                    [ast.keyword('k', ast.Constant(None))]))],
               [ast.Expr(ast.JoinedStr([ast.Constant('v='),
                                        ast.FormattedValue(ast.Name('x'), 114, None)]))]),
        ast.Return(ast.BoolOp(ast.Or(), [ast.Name('x'), ast.UnaryOp(ast.USub(), a)])),
    ]
    args = ast.arguments(args=[ast.arg('a%d' % i)], defaults=[ast.Constant(i)])
    return ast.FunctionDef(name='f%d' % i, args=args, body=body, lineno=i + 1)


class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'x':
            return ast.copy_location(ast.Name('y', node.ctx), node)
        return node


def main():
    total = 0
    tree = ast.Module([make_function(i) for i in range(N)], [])
    ast.fix_missing_locations(tree)
    for node in ast.walk(tree):
        total += len(type(node).__name__)
    total += len(ast.dump(tree)) + len(repr(tree))
    total += len(ast.unparse(tree))
    Rename().visit(tree)
    text = ast.unparse(tree)
    total += len(text) + text.count('y')
    total += ast.compare(tree, tree) + len(ast.dump(tree.body[0], indent=2))
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000))
