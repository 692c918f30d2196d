import operator as op
print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)))
for bad in [lambda: op.concat(1, 2), lambda: op.concat({}, {}), lambda: op.concat([1], (2,)), lambda: op.concat('a', 1)]:
    try: bad()
    except TypeError as e: print(e)
print(op.contains([1, 2], 2), op.contains('abc', 'bc'), op.contains({1: 2}, 2))
try: op.contains(1, 1)
except TypeError as e: print(e)
print(op.countOf([1, 1.0, 2, True], 1), op.countOf('banana', 'a'), op.countOf(iter([None, None]), None))
nan = float('nan')
print(op.countOf([nan, nan], nan), op.indexOf([nan], nan))
print(op.indexOf((3, 4, 5), 5), op.indexOf('abc', 'c'))
for bad in [lambda: op.indexOf([1], 2), lambda: op.countOf(1, 1), lambda: op.indexOf(5, 1)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
d = {}
op.setitem(d, 'k', 1); print(d, op.getitem(d, 'k'))
op.delitem(d, 'k'); print(d)
l = list(range(10))
print(op.getitem(l, slice(2, 5)), op.getitem('hello', -1))
op.setitem(l, slice(0, 8), []); print(l)
op.delitem(l, 0); print(l)
for bad in [lambda: op.getitem(d, 'x'), lambda: op.delitem([], 0), lambda: op.getitem(1, 0), lambda: op.setitem((), 0, 1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
