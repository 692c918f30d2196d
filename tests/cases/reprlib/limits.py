# reprlib.Repr with its limits and fill value changed.
import reprlib

r = reprlib.Repr(maxlist=2, fillvalue="<+>", maxstring=10)
print(r.repr(list(range(5))), r.repr("abcdefghijklmnop"), r.repr([[1, 2, 3]]))
r = reprlib.Repr()
r.maxother = 5
print(r.repr(object()))
r.maxother = 2
r.fillvalue = "...."
print(r.repr(object()), r.repr([object()]))
r.maxstring = 2
print(r.repr("abcdefg"))
r.maxlong = 3
print(r.repr(123456))
r.maxlong = 0
print(r.repr(123456))
r = reprlib.Repr(maxdict=0, maxlist=0, maxset=0, maxtuple=1, maxfrozenset=1, maxdeque=0)
print(r.repr({1: 2}), r.repr([1]), r.repr({1}), r.repr([]), r.repr((1, 2)), r.repr(frozenset({1, 2})))
print(sorted(vars(reprlib.Repr()).items()))
print(sorted(vars(reprlib.Repr(maxlevel=2, indent=3)).items()))
for args, kwargs in [((5,), {}), ((), {"bad": 1})]:
    try:
        reprlib.Repr(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
