# Tracebacks of programs compiled by compile(): the line and the carets of
# each frame (the positions of instructions), line events, co_lines.
# cwd: tmp
# lib: progrun
from progrun import run

run("""\
def f(x):
    return x.attr.other
f(None)
""")

run("""\
data = {'k': [1, 2]}
value = (data['k'][5] +
         1)
""")

run("""\
def g(a,
      b):
    return a(
        b,
        1 / b,
    )
g(print, 0)
""")

run("""\
class C:
    def method(self):
        raise KeyError('m')
obj = C()
obj.method()
""")

run("""\
x = [1, 2]
y = x[0] + x[1] * undefined_name
""")

run("""\
import math
r = math.sqrt(-1) if True else 0
""")

run("""\
s = 'abc'
s.upper().lower().nothing()
""")

run("""\
def h():
    return [1 / i for i in range(-1, 2)]
h()
""")

run("""\
def gen():
    yield 1
    yield 1 / 0
list(gen())
""")

run("""\
t = (1, 2)
t[0] = 5
""")

run("""\
a = b = None
a.x = b.y
""")

run("""\
def deep(n):
    if n == 0:
        raise RuntimeError('bottom')
    deep(n - 1)
deep(3)
""")

run("""\
n = None
for i in n:
    pass
""")

run("""\
d = {}
d['missing'] += 1
""")

run("""\
def kw(**k): return k
kw(**{1: 2})
""")

run("""\
assert 1 + 1 == 3
""")

run("""\
x = 1
x()
""")

run("""\
lst = [1]
lst.append(1, 2)
""")

run("""\
f"{1 / 0}"
""")

run("""\
xs = [1, 2]
a, b, c = xs
""")

run("""\
v = -'a'
""")

run("""\
import sys
def trace(frame, event, arg):
    if frame.f_code.co_filename.startswith('prog'):
        print(event, frame.f_lineno, frame.f_code.co_name)
    return trace
def target(n):
    total = 0
    for i in range(n):
        total += i
    if total > 0:
        total = -total
    return total
sys.settrace(trace)
target(2)
sys.settrace(None)
""")

run("""\
def co():
    c = co.__code__
    print(list(c.co_lines())[:4], len(list(c.co_positions())) == len(c.co_code) // 2)
co()
""")

run("""\
class O:
    def a(self): return self
    def b(self): raise ValueError('b')
o = O()
r = (o
     .a()
     .b())
""")

run("""\
d = {'x': {'y': 1}}
v = (d
     ['x']
     ['z'])
""")

run("""\
def f(a, b): return a / b
f(1,
  0)
""")

run("""\
x = None
y = (x.
     attr)
""")

run("""\
val = [1, 2,
       3][10]
""")

run("""\
total = sum([1, 2,
             'a'])
""")

run("""\
def long_function_name(argument_one, argument_two):
    return argument_one.missing + argument_two
long_function_name(argument_one=None,
                   argument_two=2)
""")

run("""\
z = 1 + \\
    None
""")

run("""\
w = not_defined_at_all(
    1)
""")

run("""\
import sys
def trace(frame, event, arg):
    if frame.f_code.co_name == 'target':
        print(event, frame.f_lineno)
    return trace
def target(n):
    for i in range(n):
        if i > 5:
            print('big')
    while n:
        n -= 1
        if n > 100:
            print('x')
    if n:
        pass
    else:
        n = 3
    return n
sys.settrace(trace)
target(2)
sys.settrace(None)
""")

