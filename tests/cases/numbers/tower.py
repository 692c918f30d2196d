# numbers: the ABC tower, and where the built-in numbers sit in it.
import numbers

names = numbers.__all__
print(names, numbers.__doc__)
for n in names:
    c = getattr(numbers, n)
    print(n, [b.__name__ for b in c.__mro__], type(c).__name__, c.__slots__, c.__module__)
for t in (int, float, complex, bool):
    print(t.__name__, [n for n in names if issubclass(t, getattr(numbers, n))],
          [n for n in names if isinstance(t(1), getattr(numbers, n))])
for v in ["1", b"1", [1], None, object()]:
    print(repr(v), [n for n in names if isinstance(v, getattr(numbers, n))])
