import inspect

class Node:
    def link(self, other: 'Node', weight: 'float' = 1.0) -> 'list[Node]':
        pass
    def __init__(self, value: 'int | None' = None): pass
print(inspect.signature(Node.link))
print(inspect.signature(Node.link, eval_str=True))
print(inspect.signature(Node, eval_str=True))
print(inspect.signature(Node().link, eval_str=True))
def uses_local(a: 'Local') -> 'Local': pass
print(inspect.signature(uses_local, locals={'Local': int}, eval_str=True))
print(inspect.signature(uses_local, globals={'Local': str}, eval_str=True))
try:
    inspect.signature(uses_local, eval_str=True)
except NameError as e:
    print('NameError', e)
def consts(a: 'None', b: '1', c: '"s"', d: '(int, str)', e: '[int]', f: 'dict[str, list[int]]'): pass
print(inspect.signature(consts, eval_str=True))
