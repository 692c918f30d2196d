# range_iterator and longrange_iterator: iter(range(rest)) with state None,
# __setstate__ skipping from where the iterator stands; which of the two
# types a range gets.
# lib: itershape
from itershape import show, attempt, drain

M = 2**63
for r in (range(5), range(1, 10, 2), range(10, 0, -3), range(5, 5, 3), range(-4, 4),
          range(M - 3, M - 1), range(0, M - 1, 2**62), range(2**70, 2**70 + 10, 3),
          range(-M, 0, 2**62), range(0, 10, M), range(0, 2**64, 2**62)):
    for it in (iter(r), reversed(r)):
        print(repr(r), type(it).__name__)
        show("  fresh", it)
        if r:
            next(it)
            show("  after one", it)
        show("  finished", drain(it))

for make in (lambda: iter(range(10)), lambda: iter(range(2**70, 2**70 + 10)),
             lambda: reversed(range(0, 30, 3)), lambda: iter(range(-M, 0, 2**62)),
             lambda: reversed(range(-M + 1, M, 2**62))):
    for state in (-5, 0, 2, 9, 10, 11, 2**40, -2**40):
        it = make()
        next(it)
        it.__setstate__(state)
        print(state, it.__reduce__()[1], it.__length_hint__(), list(it))
    it = make()
    it.__setstate__(2)
    it.__setstate__(3)
    print("twice", it.__reduce__()[1], list(it))

class Idx:
    def __index__(self):
        return 2

it = iter(range(6))
it.__setstate__(Idx())
print("__index__", list(it))
it = iter(range(6))
it.__setstate__(True)
print("bool", list(it))
it = iter(range(2**70, 2**70 + 3))
it.__setstate__(2**200)
print("huge on long", list(it))
it = iter(range(2**70, 2**70 + 3))
it.__setstate__(-2**200)
print("very negative on long", it.__length_hint__())

for state in (2**63, -2**63 - 1, 1.5, "1", None, [], Idx()):
    attempt(f"range_iterator {state!r}", lambda: iter(range(3)).__setstate__(state))
for state in (True, 1.5, "1", None, Idx(), type("I", (int,), {})(1)):
    attempt(f"longrange_iterator {state!r}", lambda: iter(range(2**64, 2**64 + 3)).__setstate__(state))
