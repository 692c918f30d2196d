# sys.version_info, sys.flags and the other struct sequences of sys: tuples
# whose items are also read-only attributes, with their own reprs.
import sys


def attempt(action):
    try:
        print(action())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


vi = sys.version_info
t = type(vi)
print(t, t.__name__, t.__qualname__, t.__module__, t.__mro__)
print(vi[:2], vi[0], vi[-2], vi.major, vi.releaselevel, len(vi))
print(vi >= (3, 14), vi < (4,), vi == tuple(vi), hash(vi) == hash(tuple(vi)))
print(repr(vi.__replace__(micro=0)))
print(t.n_sequence_fields, t.n_fields, t.n_unnamed_fields, t.__match_args__)
print(t.major, t.major.__doc__, t.releaselevel.__doc__)
print(repr(t.__doc__))
print(sorted(t.__dict__))
print('__new__' in t.__dict__, isinstance(vi, tuple))
print(vi.__reduce__()[0] is t, vi.__reduce__()[1][1])
major, minor, *rest = vi
print(major, minor, len(rest))
match vi:
    case (3, minor, *_):
        print("three", minor >= 14)
match vi:
    case t(major=m, minor=n):
        print(m, n >= 14)

attempt(lambda: t((3, 14, 0, 'final', 0)))
attempt(lambda: t())
attempt(lambda: t.__new__(t))
attempt(lambda: tuple.__new__(t, (1, 2, 3, 4, 5)))
attempt(lambda: setattr(vi, "major", 4))
attempt(lambda: setattr(vi, "spam", 1))
attempt(lambda: delattr(vi, "major"))
attempt(lambda: type("Sub", (t,), {}))

f = sys.flags
ft = type(f)
print(repr(f))
print(len(f), f.int_max_str_digits, f.safe_path, f.dev_mode, f.gil, f.optimize)
print(ft.n_sequence_fields, ft.n_fields, ft.n_unnamed_fields, len(ft.__match_args__))
print(ft.optimize.__doc__, ft.gil.__doc__, repr(ft.__doc__))
attempt(lambda: ft(range(18)))

fi = sys.float_info
print(fi)
print(type(fi)(tuple(fi)) == fi, type(type(fi)(list(fi))).__name__)
print(sys.int_info)
h = sys.hash_info
print(h.width, h.modulus, h.inf, h.nan, h.imag, h.algorithm, type(h).__name__)
print(repr(type(fi).__doc__))
print(type(sys.int_info).__doc__)
