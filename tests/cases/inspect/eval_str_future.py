from __future__ import annotations
import inspect

def f(a: int, b: list[Node], *, c: Node | None = None) -> dict[str, Node]:
    pass

class Node:
    left: Node | None
    size: int
    def walk(self, depth: int = 0) -> list[Node]: pass

print(inspect.signature(f))
print(inspect.signature(f, eval_str=True))
print(inspect.get_annotations(Node))
print(inspect.get_annotations(Node, eval_str=True))
print(inspect.signature(Node.walk, eval_str=True))
print(inspect.signature(Node, eval_str=True))

def g(x: undefined_name) -> None: pass
try:
    inspect.signature(g, eval_str=True)
except NameError as e:
    print('NameError', e)
print(inspect.signature(g))
