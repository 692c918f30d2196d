# match statements: CPython's compile-time errors and their positions.
# lib: execprog
from execprog import run

for src in [
    'match 1:\n    case x:\n        pass\n    case 2:\n        pass\n',
    'match 1:\n    case _:\n        pass\n    case 2:\n        pass\n',
    'match 1:\n    case x if x:\n        pass\n    case 2:\n        pass\n',
    'match 1:\n    case [x] | y:\n        pass\n',
    'match 1:\n    case y | [x]:\n        pass\n',
    'match 1:\n    case 1 | _ | 2:\n        pass\n',
    'match 1:\n    case 1 | x | 2:\n        pass\n',
    'match 1:\n    case [x, x]:\n        pass\n',
    'match 1:\n    case [x, {"a": x}]:\n        pass\n',
    'match 1:\n    case {1: a, 1: b}:\n        pass\n',
    'match 1:\n    case {1: a, True: b}:\n        pass\n',
    'match 1:\n    case {"a": a, "a": b}:\n        pass\n',
    'match 1:\n    case P(a=1, a=2):\n        pass\n',
    'match 1:\n    case [*a, *b]:\n        pass\n',
    'match 1:\n    case (x | x) as x:\n        pass\n',
    'match 1:\n    case (a | b):\n        pass\n',
    'match 1:\n    case [a, *a]:\n        pass\n',
    'match 1:\n    case {**a, "k": a}:\n        pass\n',
    'match 1:\n    case x as x:\n        pass\n',
    'match 1:\n    case (x as y) | (y as x):\n        print(x, y)\n',
    'match 1:\n    case _ as __debug__:\n        pass\n',
    'match 1:\n    case C(x, y=x):\n        pass\n',
    'match 1:\n    case x:\n        pass\n    case _:\n        pass\n',
    'def f():\n    match 1:\n        case x:\n            pass\n        case y:\n            pass\n',
]:
    run(src)

run('''
match (1, 2):
    case (a, b) | (b, a):
        print(a, b)
match [2, 1]:
    case (a, b) | (b, a):
        print(a, b)
match {'k': [1, 2]}:
    case {'k': [a, b]} | {'j': [b, a]}:
        print(a, b)
''')
