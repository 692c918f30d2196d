# Contexts compare equal when they map the same variables to equal values;
# they are not hashable, and have no order.
import contextvars
import operator

v = contextvars.ContextVar('v')
w = contextvars.ContextVar('w')
a, b = contextvars.Context(), contextvars.Context()
print(a == b, a != b, a == a)
a.run(v.set, [1])
print(a == b, a != b)
b.run(v.set, [1])
print(a == b, a[v] is b[v])
b.run(w.set, 0)
print(a == b)
a.run(w.set, 0.0)
print(a == b)
print(a == 1, a != 1, a.__eq__(1), a.__ne__(None), a == {v: [1], w: 0})
class Odd:
    def __eq__(self, other):
        print('Odd.__eq__ called')
        return False
a.run(v.set, Odd())
b.run(v.set, Odd())
print(a == b)
class Boom:
    def __eq__(self, other):
        raise ArithmeticError('no compare')
a.run(v.set, Boom())
try:
    a == b
except ArithmeticError as e:
    print('ArithmeticError', e)
try:
    hash(a)
except TypeError as e:
    print('TypeError', e)
for op in (operator.lt, operator.le, operator.gt, operator.ge):
    try:
        op(a, b)
    except TypeError as e:
        print('TypeError', e)
print(contextvars.Context.__hash__, hash(v) == hash(v), v == v, v != w)
try:
    hash(v.set(1))
except TypeError as e:
    print('TypeError', e)
tok = w.set(1)
print(tok == tok, tok != tok)
