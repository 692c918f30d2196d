# PEP 649: annotations are evaluated when asked for, and cached.
calls = []
def tracked(name):
    calls.append(name)
    return name
def f(x: tracked('x'), y: tracked('y')) -> tracked('ret'): pass
print(calls)
print(f.__annotations__)
print(calls)
f.__annotations__
print(calls)
class C:
    a: tracked('a')
print(calls)
print(C.__annotations__)
print(calls)
def later(x: NotYet): pass
NotYet = complex
print(later.__annotations__)
print(f.__annotate__.__qualname__, C.__annotate__.__qualname__, C.__annotate__(1))
try:
    f.__annotate__(2)
except NotImplementedError as e:
    print("NotImplementedError", e)
