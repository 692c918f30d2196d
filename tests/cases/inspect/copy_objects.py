import inspect, copy
def f(a, b=1, *, c): pass
s = inspect.signature(f)
print(copy.copy(s), copy.deepcopy(s), copy.copy(s.parameters['b']), copy.deepcopy(s.bind(1, c=2)))
print(copy.copy(s) == s)
