import operator
class A:
    def __length_hint__(self): return NotImplemented
class B:
    def __length_hint__(self): return -1
class C:
    def __length_hint__(self): return 'x'
class D:
    def __len__(self): raise ValueError('boom')
class E:
    def __length_hint__(self): raise TypeError('hint fails')
class F:
    def __length_hint__(self): raise KeyError('other')
class G:
    def __len__(self): return 4
    def __length_hint__(self): return 10
class H:
    def __length_hint__(self): return True
for o in [A(), B(), C(), D(), E(), F(), G(), H(), 5, [1, 2], iter([1, 2, 3]), iter(range(10)), iter({1: 2}), reversed([1, 2])]:
    try: print(operator.length_hint(o, 3))
    except Exception as e: print(type(e).__name__, e)
print(operator.length_hint([]), operator.length_hint(iter('abc')))
for bad in [lambda: operator.length_hint(1, 'x'), lambda: operator.length_hint(1, 2.0), lambda: operator.length_hint()]:
    try: bad()
    except TypeError as e: print(e)
it = iter([1, 2, 3]); next(it)
print(operator.length_hint(it))
